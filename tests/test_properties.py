"""Properties of the whole pipeline on dumps generated from the real samples (see tests/strategies.py).

Each test states its property in its docstring. The "ci" hypothesis profile
(the default) keeps them fast and derandomized; ``tox run -e thorough`` runs
them with many more examples.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Caption
from newsparse._meta import strip_hashtags
from newsparse.detectors import rank_detectors

from .strategies import (
    ENCODINGS,
    LAYOUTS,
    PLAIN_LAYOUTS,
    SENTENCES,
    Dump,
    concatenate,
    dumps,
    encode,
    encoded_dumps,
    html_fragments,
    mojibaked_dumps,
    noisy_dumps,
    plain_texts,
    without_provenance,
)


def _fields(articles: list[Article] | tuple[Article, ...]) -> list[dict[str, object]]:
    return [without_provenance(a) for a in articles]


def _check_spans(result: newsparse.Result) -> None:
    previous = 0
    for article in result.articles:
        assert article.provenance is not None
        assert previous <= article.provenance.start <= article.provenance.end <= len(result.text)
        previous = article.provenance.end


# --------------------------------------------------------------------------- 1. split invariance


@given(dumps())
def test_split_gives_the_articles_the_dump_was_built_from(dump: Dump) -> None:
    """Splitting a dump built from sample articles gives exactly those articles, in order, with the same fields.

    Every article also names the sample's detector, and (for plain text) its span
    in the dump is exactly the chunk it was built from.
    """
    result = newsparse.parse_text(dump.text)
    assert result.problems == ()
    assert _fields(result.articles) == _fields(dump.expected)
    assert [a.provenance.detector for a in result.articles if a.provenance] == [dump.layout.detector] * len(
        dump.expected
    )
    if not dump.layout.json:
        spans = [result.text[a.provenance.start : a.provenance.end] for a in result.articles if a.provenance]
        assert spans == list(dump.chunks)


@given(st.data())
def test_concatenating_two_dumps_concatenates_their_articles(data: st.DataObject) -> None:
    """split(a + separator + b) == split(a) + split(b) for two dumps a and b of the same layout.

    For WordPress the two JSON documents are simply written one after the other
    (``cat a.json b.json``), which must not lose the second one.
    """
    layout = data.draw(st.sampled_from(LAYOUTS))
    first = data.draw(dumps([layout]))
    second = data.draw(dumps([layout]))
    both = concatenate(first, second)
    result = newsparse.parse_text(both.text)
    assert result.problems == ()
    expected = newsparse.split_articles(first.text) + newsparse.split_articles(second.text)
    assert _fields(result.articles) == _fields(expected)
    assert _fields(result.articles) == _fields(both.expected)


# --------------------------------------------------------------------------- 2. encoding invariance


@given(encoded_dumps())
def test_encoding_does_not_change_the_articles(dump: Dump) -> None:
    """load(text.encode(enc)) gives the same articles as load(text.encode("utf-8")), field by field.

    Covers UTF-8 with and without BOM, UTF-16 LE/BE with BOM, cp1252 and latin-1
    (the text made representable first). Provenance (offsets, encoding) aside.
    """
    reference = newsparse.load(dump.text.encode("utf-8"))
    assert reference
    articles = newsparse.load(encode(dump.text, dump.encoding))
    assert _fields(articles) == _fields(reference)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_every_sample_in_every_encoding(layout: object, encoding: str) -> None:
    """Each whole sample, in each encoding, gives the articles of its UTF-8 form (explicit, not sampled)."""
    from .strategies import representable

    text = representable(layout.join(layout.chunks) if not layout.json else layout.chunks[0], encoding)  # type: ignore[attr-defined]
    reference = newsparse.load(text.encode("utf-8"))
    assert _fields(newsparse.load(encode(text, encoding))) == _fields(reference)


# --------------------------------------------------------------------------- 3. mojibake


def _titles_and_bodies(articles: list[Article]) -> list[tuple[str | None, str]]:
    return [(a.title, a.body) for a in articles]


@given(mojibaked_dumps())
def test_mojibake_is_repaired(dump: Dump) -> None:
    """A dump whose articles were mojibaked (UTF-8 read as cp1252 or latin-1, once or twice) gives the
    same titles and bodies as the clean dump, and the repair is recorded."""
    clean, broken = dump, dump.broken
    note(f"broken head: {broken[:300]!r}")
    repaired = newsparse.parse_text(broken)
    reference = newsparse.split_articles(clean.text)
    assert _titles_and_bodies(list(repaired.articles)) == _titles_and_bodies(reference)
    if broken != clean.text:
        assert any("mojibake" in r for r in repaired.repairs) or any(
            "mojibake" in r for a in repaired.articles for r in (a.provenance.repairs if a.provenance else ())
        )


@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_clean_samples_are_never_repaired(layout: object) -> None:
    """Clean text is never "repaired": no sample records a mojibake repair, and the text is left as read."""
    path = next(p for p in (layout_path(layout),))
    result = newsparse.parse(path)
    assert not [r for r in result.repairs if "mojibake" in r]
    for article in result.articles:
        assert article.provenance is not None
        assert not [r for r in article.provenance.repairs if "mojibake" in r]
    assert result.text == path.read_text(encoding="utf-8").replace("\r\n", "\n")


def layout_path(layout: object) -> object:
    from .conftest import sample_path

    return sample_path(layout.name)  # type: ignore[attr-defined]


@given(dumps())
def test_clean_generated_dumps_are_never_repaired(dump: Dump) -> None:
    """No generated clean dump triggers a mojibake repair (no false positives)."""
    result = newsparse.parse_text(dump.text)
    assert not [r for r in result.repairs if "mojibake" in r]


# --------------------------------------------------------------------------- 4. whitespace


@given(noisy_dumps(LAYOUTS))
def test_whitespace_noise_does_not_change_the_fields(dump: Dump) -> None:
    """CRLF or CR line ends, trailing spaces/tabs/non-breaking spaces and an extra blank line where the
    layout tolerates one (between articles; a single blank line doubled) give the same fields."""
    note(repr(dump.text[:500]))
    result = newsparse.parse_text(dump.text)
    assert _fields(result.articles) == _fields(dump.expected)
    assert result.problems == ()


# --------------------------------------------------------------------------- 5. nothing lost

_BULLET = re.compile(r"^[•●▪◦‣∙·*–-]\s+")
_DATELINE_JOINT = re.compile(
    r"^(?: \((?:AP|Reuters|AFP|UPI|dpa|AA|CNN|Xinhua|Bloomberg)\))?(?::\s+| ?[—–]\s*| -- | - )$"
)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _accounted(line: str, article: Article) -> bool:
    """Whether one stripped, non-blank input line is accounted for by ``article`` (see the rule below)."""
    candidates = {_squash(line), _squash(strip_hashtags(line))}
    whole: set[str] = set()
    for value in (article.title, article.subtitle, article.byline, article.dateline):
        if value:
            whole.add(_squash(value))
    whole.update(_squash(x) for x in (*article.highlights, *article.notes, *article.paragraphs))
    whole.update(_squash(d.text) for d in article.dropped)
    for caption in article.captions:
        whole.add(_squash(caption.text))
        if caption.credit:
            whole.add(_squash(caption.credit))
            whole.add(_squash(f"{caption.text} {caption.credit}"))
            whole.add(_squash(f"{caption.text} ({caption.credit})"))
    if candidates & whole:
        return True
    squashed = _squash(line)
    if _BULLET.match(line) and _squash(_BULLET.sub("", line)) in {_squash(h) for h in article.highlights}:
        return True
    paragraphs = [_squash(p) for p in article.paragraphs]
    if article.dateline and paragraphs:
        # "BRUSSELS: If North Korea..." -> dateline "BRUSSELS" + first paragraph "If North Korea..."
        first = paragraphs[0]
        if squashed.startswith(article.dateline) and squashed.endswith(first):
            joint = squashed[len(article.dateline) : len(squashed) - len(first)]
            if _DATELINE_JOINT.match(joint):
                return True
    if article.title and paragraphs and squashed.endswith(" " + paragraphs[0]):
        # A run-in headline: the title (its hashtags' '#' removed), then the first paragraph, on one line.
        head = squashed[: -len(paragraphs[0]) - 1]
        if _squash(strip_hashtags(head)) == _squash(article.title):
            return True
    # A hard-wrapped paragraph: the line is one of the lines joined into a paragraph.
    return any(f" {squashed} " in f" {p} " for p in paragraphs)


@given(st.one_of(dumps(PLAIN_LAYOUTS), noisy_dumps()))
def test_nothing_is_lost(dump: Dump) -> None:
    """Every non-blank line of a plain-text input is accounted for, and article spans are sane.

    Spans are within the text, ordered and non-overlapping; text outside every
    span is blank. A line inside an article's span is accounted for when, with
    its whitespace squashed, it equals (or equals with the '#' of its hashtags
    removed, as titles and bylines are stored):
    the title, subtitle, byline, a highlight (after its bullet), a note, a body
    paragraph, a dropped line (any reason), a caption's text, its credit, or
    "text credit" / "text (credit)" of one caption; or it is a first paragraph
    with its dateline ("BRUSSELS: If ..." = dateline + ": " + paragraph, the
    joint being only a colon or dash and an optional agency like " (AP)"); or a
    run-in headline (title, '#' of its hashtags removed, + " " + first paragraph); or one of the lines that a
    hard-wrapped paragraph was joined from (a whole-word part of a paragraph).
    """
    result = newsparse.parse_text(dump.text)
    text = result.text
    _check_spans(result)
    covered = 0
    for article in result.articles:
        assert article.provenance is not None
        start, end = article.provenance.start, article.provenance.end
        assert not text[covered:start].strip(), f"text between articles: {text[covered:start][:200]!r}"
        covered = end
        for line in text[start:end].split("\n"):
            line = line.strip()
            if line:
                assert _accounted(line, article), f"line not accounted for: {line[:200]!r}"
    assert not text[covered:].strip(), f"text after the last article: {text[covered:][:200]!r}"


def test_nothing_is_lost_from_the_wordpress_post() -> None:
    """For JSON input the unit is the HTML paragraph: each paragraph of content.rendered is in the body,
    or recorded as dropped."""
    layout = next(layout for layout in LAYOUTS if layout.json)
    post = json.loads(layout.chunks[0])
    paragraphs = newsparse.clean_html(post["content"]["rendered"]).split("\n\n")
    (article,) = newsparse.split_articles(layout.chunks[0])
    kept = set(article.paragraphs) | {d.text for d in article.dropped}
    assert [p for p in paragraphs if p not in kept] == []


# --------------------------------------------------------------------------- 6. idempotence

_TAG = re.compile(r"<[A-Za-z/!?][^>]*>")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")


@given(st.sampled_from([a for layout in LAYOUTS for a in layout.articles]))
def test_dedupe_captions_is_idempotent_on_sample_articles(article: Article) -> None:
    """dedupe_captions(dedupe_captions(a)) == dedupe_captions(a) for every sample article."""
    once = newsparse.dedupe_captions(article)
    assert newsparse.dedupe_captions(once) == once


_CAPTION_TEXT = st.sampled_from(SENTENCES[:60])
_CREDITS = st.sampled_from([None, "AFP", "Reuters", "File/AFP", "STR / KCNA VIA KNS/AFP", "AP Photo/Jane Doe"])


@st.composite
def _captioned_articles(draw: st.DrawFn) -> Article:
    captions = draw(st.lists(st.builds(Caption, _CAPTION_TEXT, _CREDITS), max_size=4))
    body = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
    for caption in captions:  # some captions also appear in the body, as scrapes print them
        if draw(st.booleans()):
            form = caption.text if caption.credit is None else f"{caption.text} ({caption.credit})"
            body.insert(draw(st.integers(0, len(body))), form)
    return Article(title="T", body="\n\n".join(body), captions=captions)


@given(_captioned_articles())
def test_dedupe_captions_is_idempotent(article: Article) -> None:
    """dedupe_captions(dedupe_captions(a)) == dedupe_captions(a) for articles with captions repeated in the body."""
    once = newsparse.dedupe_captions(article)
    assert newsparse.dedupe_captions(once) == once


@given(_captioned_articles(), st.data())
def test_duplicating_a_caption_line_changes_nothing(article: Article, data: st.DataObject) -> None:
    """Adding one more copy of a caption line anywhere in the body does not change the deduplicated
    captions or body (the copy is only recorded as dropped)."""
    if not article.captions:
        article = Article(title=article.title, body=article.body, captions=[Caption(SENTENCES[0], "AFP")])
    caption = data.draw(st.sampled_from(article.captions))
    form = data.draw(
        st.sampled_from(
            [caption.text]
            + ([f"{caption.text} {caption.credit}", f"{caption.text} ({caption.credit})"] if caption.credit else [])
        )
    )
    paragraphs = list(article.paragraphs)
    paragraphs.insert(data.draw(st.integers(0, len(paragraphs))), form)
    doubled = Article(title=article.title, body="\n\n".join(paragraphs), captions=article.captions)
    once, twice = newsparse.dedupe_captions(article), newsparse.dedupe_captions(doubled)
    assert (twice.captions, twice.body) == (once.captions, once.body)
    assert len(twice.dropped) == len(once.dropped) + 1


@given(st.sampled_from([lay for lay in PLAIN_LAYOUTS if any(a.captions for a in lay.articles)]), st.data())
def test_duplicating_a_caption_line_in_a_raw_article_changes_nothing(layout: object, data: st.DataObject) -> None:
    """In raw text too: a caption line of the article, copied as an extra line anywhere after its title
    and before its last line (the footer that ends it in some layouts), gives the same fields except
    for one more dropped line."""
    index = data.draw(st.sampled_from([i for i, a in enumerate(layout.articles) if a.captions]))  # type: ignore[attr-defined]
    article: Article = layout.articles[index]  # type: ignore[attr-defined]
    chunk: str = layout.chunks[index]  # type: ignore[attr-defined]
    caption = data.draw(st.sampled_from(article.captions))
    caption_lines = [
        line.strip() for line in chunk.split("\n") if line.strip().startswith(caption.text[:40]) and line.strip()
    ]
    line = data.draw(st.sampled_from(caption_lines))
    lines = chunk.split("\n")
    title = next(i for i, x in enumerate(lines) if x.strip() and x.strip() in (article.title or ""))
    last = max(i for i, x in enumerate(lines) if x.strip())  # the footer line that ends the article
    position = data.draw(st.integers(title + 1, last))
    note(f"inserting {line!r} at line {position}")
    lines.insert(position, line)
    (again,) = newsparse.split_articles("\n".join(lines))
    (reference,) = newsparse.split_articles(chunk)
    got, want = without_provenance(again), without_provenance(reference)
    got.pop("dropped")
    want.pop("dropped")
    assert got == want
    assert len(again.dropped) == len(reference.dropped) + 1


@given(html_fragments())
def test_clean_html_leaves_no_markup_and_keeps_every_word(fragment: object) -> None:
    """clean_html output has no tags or entities, and holds the fragment's sentences, in order, with no word
    glued to or split from another, whatever the inline/block nesting around them."""
    out = newsparse.clean_html(fragment.html)  # type: ignore[attr-defined]
    assert not _TAG.search(out)
    assert not _ENTITY.search(out)
    assert _squash(out) == _squash(" ".join(fragment.sentences))  # type: ignore[attr-defined]
    assert newsparse.clean_html(out) == _squash(out)


@given(plain_texts())
def test_clean_html_of_plain_text_only_normalises_whitespace(text: str) -> None:
    """clean_html of plain text without markup returns it with only its whitespace normalised."""
    assert newsparse.clean_html(text) == _squash(text)


@given(st.text().filter(lambda s: "<" not in s and "&" not in s))
def test_clean_html_of_any_markup_free_text_only_normalises_whitespace(text: str) -> None:
    """The same for arbitrary text: without '<' or '&' nothing but whitespace (and invisible zero-width
    characters) may change."""
    out = newsparse.clean_html(text)
    invisible = re.compile("[\u200b\u2060\ufeff\u00ad]")  # not the joiners U+200C, U+200D: words are spelt with them
    assert _squash(out) == _squash(invisible.sub("", text))


# --------------------------------------------------------------------------- 7. totality


def _total(call: object, value: object) -> None:
    try:
        result = call(value)  # type: ignore[operator]
    except newsparse.NewsparseError:
        return
    articles = result.articles if isinstance(result, newsparse.Result) else result
    for article in articles:
        json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    if isinstance(result, newsparse.Result):
        _check_spans(result)
        json.dumps(list(result.problems), ensure_ascii=False).encode("utf-8")


@given(st.binary(max_size=4096))
def test_load_is_total_on_bytes(data: bytes) -> None:
    """load/parse on arbitrary bytes return articles or raise a NewsparseError, and every article's
    to_dict() is JSON-serialisable as UTF-8."""
    _total(newsparse.load, data)
    _total(newsparse.parse, data)


@given(st.text(max_size=2048))
def test_split_articles_is_total_on_text(text: str) -> None:
    """split_articles/parse_text on arbitrary str (lone surrogates, NULs, control characters included)
    return articles or raise a NewsparseError; every to_dict() is JSON-serialisable as UTF-8."""
    _total(newsparse.split_articles, text)
    _total(newsparse.parse_text, text)


_NASTY = st.text(
    alphabet=st.sampled_from('\x00\x01\x0b\x0c\x1b\x7f\x85\u2028\u2029\ud800\udfff\ufeff\ufffd{}[]":,<>&#\n ')
)


@given(dumps(), st.lists(st.tuples(st.integers(0, 10**6), _NASTY), max_size=5))
def test_load_is_total_on_damaged_dumps(dump: Dump, damage: list[tuple[int, str]]) -> None:
    """Real dumps with nasty characters spliced in anywhere (also into JSON) never crash."""
    text = dump.text
    for position, junk in damage:
        position %= len(text) + 1
        text = text[:position] + junk + text[position:]
    _total(newsparse.parse_text, text)
    _total(newsparse.parse, text.encode("utf-8", errors="surrogatepass"))


# --------------------------------------------------------------------------- 8. detector stability

_HEAD_BYTES = 65536


@st.composite
def _big_dumps(draw: st.DrawFn) -> Dump:
    """Dumps larger than 64 KiB (plain ones doubled until they are), in a UTF encoding."""
    layout = draw(st.sampled_from(LAYOUTS))
    dump = draw(dumps([layout], max_articles=12))
    while not layout.json and len(dump.text.encode("utf-8")) < 2 * _HEAD_BYTES:
        dump = concatenate(dump, dump)
    encoding = draw(st.sampled_from(ENCODINGS[:4]))
    return Dump(dump.layout, dump.text, dump.expected, dump.chunks, encoding)


@given(_big_dumps())
def test_detector_on_the_head_is_the_detector_on_the_whole(dump: Dump) -> None:
    """The detector chosen on the first 64 KiB of a generated dump is the one chosen on the whole dump."""
    data = encode(dump.text, dump.encoding)
    whole = newsparse.parse(data).detection.chosen
    head = newsparse.parse(data[:_HEAD_BYTES]).detection.chosen
    assert head == whole == dump.layout.detector


@given(dumps())
def test_detector_ranking_only_reads_the_head(dump: Dump) -> None:
    """rank_detectors gives the same ranking whatever follows the first HEAD_SIZE characters."""
    from newsparse.detectors._base import HEAD_SIZE

    text = dump.text * (HEAD_SIZE // max(1, len(dump.text)) + 2)
    assert rank_detectors(text[:HEAD_SIZE]) == rank_detectors(text)
    assert rank_detectors(dump.text).chosen == dump.layout.detector
