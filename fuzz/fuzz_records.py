"""Fuzz target: structured records. The fuzz data is turned into JSON posts and crawler records.

Random bytes rarely get past a JSON parser, so this target uses the bytes to
choose a shape instead: a WordPress post, an array of them, JSON Lines or a
record array, with keys from the vocabularies the detectors read and values
of every JSON type (HTML snippets, dates, nested objects, lone surrogates).
The document goes through ``parse`` as bytes; the same checks as the load
target apply. Run through fuzz/run.sh records.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    from _common import check_result, import_everything

    import newsparse

    import_everything()

KEYS = (
    "title content excerpt rendered date date_gmt modified modified_gmt link guid id author authors byline "
    "tags categories _embedded wp:featuredmedia wp:term name caption credit body text headline url source "
    "published updated datePublished description summary items entries articles data results"
).split()
SNIPPETS = (
    "<p>", "</p>", "<br>", "<em>", "</em>", "&amp;", "&#8217;", "&nbsp;", "2024-10-23T15:39:54", "2024-02-30",
    "Mon, 21 Oct 2024 10:00:00 GMT", "By Jane Doe", "\ud800", "\x00", "View 12 times", "(Reuters)", "\n\n\n",
    "BRUSSELS: ", "#tag", "It\u00e2\u20ac\u2122s", "https://example.org/a", "<script>x</script>", "<![CDATA[",
)  # fmt: skip


def _value(fdp: atheris.FuzzedDataProvider, depth: int) -> object:
    kind = fdp.ConsumeIntInRange(0, 8 if depth < 4 else 4)
    if kind == 0:
        return fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 40))
    if kind == 1:
        return "".join(
            SNIPPETS[fdp.ConsumeIntInRange(0, len(SNIPPETS) - 1)] for _ in range(fdp.ConsumeIntInRange(0, 6))
        )
    if kind == 2:
        return fdp.ConsumeIntInRange(-(2**40), 2**40)
    if kind == 3:
        return [None, True, False, 1.5][fdp.ConsumeIntInRange(0, 3)]
    if kind == 4:
        return fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 8))
    if kind in (5, 6):
        return {_key(fdp): _value(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 6))}
    return [_value(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 4))]


def _key(fdp: atheris.FuzzedDataProvider) -> str:
    if fdp.ConsumeIntInRange(0, 7) == 0:
        return fdp.ConsumeUnicode(6)
    return KEYS[fdp.ConsumeIntInRange(0, len(KEYS) - 1)]


def _record(fdp: atheris.FuzzedDataProvider) -> dict[str, object]:
    record = {_key(fdp): _value(fdp, 1) for _ in range(fdp.ConsumeIntInRange(1, 8))}
    if fdp.ConsumeBool():
        record["title"] = {"rendered": _value(fdp, 3)}
        record["content"] = {"rendered": _value(fdp, 3)}
    return record


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    shape = fdp.ConsumeIntInRange(0, 3)
    records = [_record(fdp) for _ in range(fdp.ConsumeIntInRange(1, 5))]
    ascii_only = fdp.ConsumeBool()
    if shape == 0:
        text = json.dumps(records[0], ensure_ascii=ascii_only)
    elif shape == 1:
        text = json.dumps(records, ensure_ascii=ascii_only)
    elif shape == 2:
        text = "\n".join(json.dumps(r, ensure_ascii=ascii_only) for r in records)
    else:
        text = json.dumps({"status": "ok", "articles": records}, ensure_ascii=ascii_only)
    cut = fdp.ConsumeIntInRange(0, 3)
    if cut == 0 and text:
        text = text[: fdp.ConsumeIntInRange(0, len(text))]  # truncated anywhere
    try:
        result = newsparse.parse(text.encode("utf-8", errors="surrogatepass"))
    except newsparse.NewsparseError:
        return
    check_result(result)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
