"""Build benchmark dumps of a requested size by recombining the articles of the sample dumps.

Every layout newsparse reads is generated from the same few real articles (the five
sample dumps in ``tests/data/samples``), shuffled with a fixed seed so that a dump
of a given layout and size is the same bytes on every run:

=============  ===================================================================
``echo``       title-echo plain text (samples 000 and 001)
``feed``       counter-footer plain text (sample 004)
``pagetext``   page-text plain text with "via <date>" footers (sample 003)
``mojibake``   the feed layout with 1% of the articles mojibaked (UTF-8 read as cp1252)
``cp1252``     the feed layout encoded in cp1252 instead of UTF-8
``wordpress``  a WordPress REST JSON array; CMS HTML in ``content.rendered`` (sample 002
               and the plain-text articles turned into HTML)
``jsonl``      JSON Lines crawler records with HTML in ``maintext``
``html``       concatenated HTML pages, one article each
=============  ===================================================================

Usage::

    python benchmarks/corpus.py feed 10        # -> benchmarks/corpus/feed-10MB.txt
    python benchmarks/corpus.py --all 100      # every layout at 100 MB

Generated dumps go to ``benchmarks/corpus/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  registers the "sloppy-windows-1252" codec used for mojibake

import newsparse

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "data" / "samples"
CORPUS = Path(__file__).resolve().parent / "corpus"
MB = 1024 * 1024
SEED = 20261122

PLAIN_LAYOUTS = ("echo", "feed", "pagetext", "mojibake", "cp1252")
JSON_LAYOUTS = ("wordpress", "jsonl", "html")
LAYOUTS = PLAIN_LAYOUTS + JSON_LAYOUTS


def _sample(prefix: str) -> Path:
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path


def _spans(prefix: str) -> list[str]:
    """The text of each article of a sample dump, as newsparse split it."""
    path = _sample(prefix)
    text = path.read_text(encoding="utf-8")
    return [text[a.provenance.start : a.provenance.end] for a in newsparse.load(path) if a.provenance]


def _plain_articles(layout: str) -> list[str]:
    if layout == "echo":
        return _spans("000") + _spans("001")
    if layout == "pagetext":
        return _spans("003")
    return _spans("004")


def _separator(layout: str) -> str:
    return "\n\n\n" if layout == "echo" else "\n\n"


def _records() -> list[dict[str, object]]:
    """Every sample article as structured fields (title, paragraphs, captions, ...)."""
    records: list[dict[str, object]] = []
    for prefix in ("000", "001", "003", "004"):
        for article in newsparse.load(_sample(prefix)):
            records.append(
                {
                    "title": article.title or "Untitled",
                    "paragraphs": list(article.paragraphs) or [article.title or ""],
                    "captions": [c.text for c in article.captions],
                    "authors": list(article.authors),
                    "published": article.published or "2025-09-04",
                }
            )
    return records


def _as_html(record: dict[str, object], number: int) -> str:
    """A CMS-like HTML body: paragraphs with inline markup, a figure, a subheading."""
    paragraphs = [str(p) for p in record["paragraphs"]]  # type: ignore[attr-defined]
    parts: list[str] = []
    captions = record["captions"]
    if captions:
        caption = html.escape(str(captions[0]))  # type: ignore[index]
        parts.append(
            f'<figure class="wp-block-image"><img src="https://example.org/{number}.jpg" alt="">'
            f"<figcaption>{caption}</figcaption></figure>"
        )
    for index, paragraph in enumerate(paragraphs):
        words = html.escape(paragraph).split(" ")
        if len(words) > 6:
            words[1] = f"<strong>{words[1]}</strong>"
            words[4] = f'<a href="https://example.org/{number}/{index}">{words[4]}</a>'
        body = " ".join(words).replace("  ", "&nbsp; ")
        if index == 3 and len(paragraph) < 80:
            parts.append(f"<h2>{body}</h2>")
        else:
            parts.append(f'<p class="paragraph" data-uri="cms/{number}/{index}">{body}</p>')
    return "\n".join(parts)


def _wordpress_template() -> dict[str, object]:
    data: dict[str, object] = json.loads(_sample("002").read_text(encoding="utf-8"))
    return data


def _wordpress_posts(rng: random.Random) -> Iterator[str]:
    template = _wordpress_template()
    records = _records()
    number = 0
    while True:
        number += 1
        if number % 5 == 1:
            post = dict(template)
        else:
            record = rng.choice(records)
            post = dict(template)
            post["title"] = {"rendered": html.escape(str(record["title"]))}
            post["content"] = {"rendered": _as_html(record, number), "protected": False}
            post["excerpt"] = {"rendered": "", "protected": False}
        post["id"] = number
        post["link"] = f"https://example.org/{number}/"
        yield json.dumps(post, ensure_ascii=False)


def _jsonl_records(rng: random.Random) -> Iterator[str]:
    template = _wordpress_template()
    wp_html = str(template["content"]["rendered"])  # type: ignore[index]
    wp_title = html.unescape(str(template["title"]["rendered"]))  # type: ignore[index]
    records = _records()
    number = 0
    while True:
        number += 1
        if number % 5 == 1:
            title, body, authors, date = wp_title, wp_html, ["Staff"], "2024-10-23 15:39:54"
        else:
            record = rng.choice(records)
            title, body = str(record["title"]), _as_html(record, number)
            authors, date = list(record["authors"]), str(record["published"])  # type: ignore[call-overload]
        line = {
            "url": f"https://example.org/{number}/",
            "title": title,
            "date_publish": date,
            "authors": authors,
            "source_domain": "example.org",
            "maintext": body,
        }
        yield json.dumps(line, ensure_ascii=False)


def _html_pages(rng: random.Random) -> Iterator[str]:
    records = _records()
    number = 0
    while True:
        number += 1
        record = rng.choice(records)
        title = html.escape(str(record["title"]))
        yield (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>{title} | Example News</title>"
            f'<meta property="og:title" content="{title}">'
            f'<meta property="article:published_time" content="{record["published"]}">'
            f'<meta property="og:url" content="https://example.org/{number}/">'
            "<style>body{font-family:serif}</style><script>var x = 1;</script></head>\n<body>"
            '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            f"<article><h1>{title}</h1>\n{_as_html(record, number)}</article>"
            "<footer>Copyright Example News</footer></body></html>\n"
        )


def _plain_stream(layout: str, rng: random.Random) -> Iterator[str]:
    articles = _plain_articles(layout)
    separator = _separator(layout)
    last = -1
    number = 0
    while True:
        choice = rng.randrange(len(articles))
        if len(articles) > 1 and choice == last:
            continue  # the same article twice in a row would hide the echoed title
        last = choice
        number += 1
        text = articles[choice]
        if layout == "mojibake" and number % 100 == 50:
            text = text.encode("utf-8").decode("sloppy-windows-1252")
        yield text + separator


def _stream(layout: str, rng: random.Random) -> tuple[Iterator[str], str, str, str]:
    """The pieces of a layout, and the text before, between and after them."""
    if layout == "wordpress":
        return _wordpress_posts(rng), "[", ",\n", "]\n"
    if layout == "jsonl":
        return _jsonl_records(rng), "", "\n", "\n"
    if layout == "html":
        return _html_pages(rng), "", "", ""
    return _plain_stream(layout, rng), "", "", ""


def path_for(layout: str, size_mb: float) -> Path:
    """Where the dump of this layout and size is stored."""
    label = f"{size_mb:g}".replace(".", "_")
    return CORPUS / f"{layout}-{label}MB.{'json' if layout in ('wordpress',) else 'txt'}"


def build(layout: str, size_mb: float, *, force: bool = False) -> Path:
    """Write a dump of ``layout`` of about ``size_mb`` MB (stopping at the first piece past the size)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; choose from {', '.join(LAYOUTS)}")
    path = path_for(layout, size_mb)
    if path.exists() and not force:
        return path
    CORPUS.mkdir(parents=True, exist_ok=True)
    target = int(size_mb * MB)
    encoding = "cp1252" if layout == "cp1252" else "utf-8"
    encode: Callable[[str], bytes] = lambda s: s.encode(encoding)  # noqa: E731
    pieces, before, between, after = _stream(layout, random.Random(SEED))
    tmp = path.with_suffix(".part")
    written = 0
    count = 0
    with open(tmp, "wb") as out:
        out.write(encode(before))
        for piece in pieces:
            data = encode((between if count else "") + piece)
            out.write(data)
            written += len(data)
            count += 1
            if written >= target:
                break
        out.write(encode(after))
    tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("layout", nargs="?", choices=LAYOUTS)
    parser.add_argument("size_mb", type=float, help="size in MB (1 MB = 2**20 bytes)")
    parser.add_argument("--all", action="store_true", help="every layout")
    parser.add_argument("--force", action="store_true", help="rebuild even if the file exists")
    args = parser.parse_args(argv)
    layouts = LAYOUTS if args.all else (args.layout,)
    if layouts == (None,):
        parser.error("name a layout or pass --all")
    for layout in layouts:
        print(build(layout, args.size_mb, force=args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())
