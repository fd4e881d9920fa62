"""Typed use of the public API, as a downstream project would write it.

``mypy --strict`` checks this file against the *installed* package (``tox -e type``): it fails if a public
name disappears, if an annotation becomes less precise (``Any`` leaking out), or if ``py.typed`` is missing
from the wheel. ``tests/typing/test_usage.py`` also runs it, so the code is true as well as well-typed.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, assert_type

import attrs

import newsparse
from newsparse import (
    Article,
    BinaryInputError,
    Caption,
    DecodingError,
    Detection,
    Detector,
    DetectorError,
    Dropped,
    InputError,
    NewsparseError,
    Provenance,
    RawArticle,
    Result,
    Score,
    SourceError,
)
from newsparse.detectors import FIELD_NAMES, HEAD_SIZE, NEAR_TIE


class SemicolonDetector:
    """A downstream detector: one article per ``;;``-separated chunk, its first line the title."""

    name = "semicolons"
    description = "Articles separated by ';;' lines."

    def sniff(self, head: str) -> float:
        return 0.8 if "\n;;\n" in head else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        start = 0
        for chunk in text.split("\n;;\n"):
            end = start + len(chunk)
            title, _, body = chunk.partition("\n")
            fields: dict[str, Any] = {"title": title.strip(), "body": body.strip()}
            if title.strip():
                yield RawArticle(start, end, fields)
            start = end + 4


def read_dump() -> list[str]:
    articles = newsparse.load(b"Harbour lights return\n\nThe lamps are lit again.\n\nView 12 times\n")
    assert_type(articles, list[Article])
    from_stream = newsparse.load(io.BytesIO(b"Title\n\nBody.\n"), name="stream.txt")
    titles: list[str] = [a.title for a in articles + from_stream if a.title is not None]
    return titles


def inspect_article(article: Article) -> dict[str, Any]:
    title: str | None = article.title
    body: str = article.body
    paragraphs: tuple[str, ...] = article.paragraphs
    authors: tuple[str, ...] = article.authors
    views: int | None = article.views
    captions: tuple[Caption, ...] = article.captions
    credits: list[str | None] = [c.credit for c in captions]
    dropped: list[tuple[str, str]] = [(d.text, d.reason) for d in article.dropped]
    problems: tuple[str, ...] = article.problems
    provenance: Provenance | None = article.provenance
    if provenance is not None:
        detector: str = provenance.detector
        confidence: float = provenance.confidence
        span: tuple[int, int] = (provenance.start, provenance.end)
        source: str | None = provenance.source
        encoding: str | None = provenance.encoding
        repairs: tuple[str, ...] = provenance.repairs
        assert detector
        assert 0.0 <= confidence <= 1.0
        assert span[0] <= span[1]
        del source, encoding, repairs
    del title, body, paragraphs, authors, views, credits, dropped, problems
    record = article.to_dict()
    assert_type(record, dict[str, Any])
    return record


def explain(source: bytes) -> tuple[int, str, tuple[str, ...]]:
    result: Result = newsparse.parse(source, name="dump.txt")
    detection: Detection = result.detection
    best: Score = detection.ranking[0]
    near: tuple[str, ...] = detection.near_ties
    assert best.score >= 0.0
    assert isinstance(near, tuple)
    text: str = result.text
    encoding: str | None = result.encoding
    del text, encoding
    return len(result.articles), detection.chosen, result.problems


def stream(data: bytes) -> tuple[list[str], list[str]]:
    problems: list[str] = []
    titles = [a.title or "" for a in newsparse.iter_load(io.BytesIO(data), chunk_size=4096, problems=problems)]
    return titles, problems


def split_text() -> list[Article]:
    articles = newsparse.split_articles("Title A\n\nBody A.\n\nView 10 times\n\nTitle B\n\nBody B.\n\nView 12 times")
    result = newsparse.parse_text("Title\n\nBody.", detector="whole-text")
    return articles + list(result.articles)


def clean() -> str:
    text: str = newsparse.clean_html("<p>Sent to<strong> </strong>Ukraine&nbsp;now.</p>")
    return text


def dedupe() -> Article:
    article = Article(
        title="Storm",
        body="Kim at a rally. (Reuters)\n\nThe story.",
        captions=[Caption("Kim at a rally. (Reuters)"), Caption("Kim at a rally.", "Reuters")],
        dropped=[Dropped("Short Url", "site chrome")],
    )
    deduped = newsparse.dedupe_captions(article)
    assert_type(deduped, Article)
    return attrs.evolve(deduped, title="Storm hits coast")


def plug_in() -> str:
    detector = SemicolonDetector()
    assert isinstance(detector, Detector)  # the protocol is runtime-checkable
    newsparse.register_detector(detector)
    try:
        registered: Detector = newsparse.get_detector("semicolons")
        names: list[str] = [d.name for d in newsparse.list_detectors()]
        detection = newsparse.rank_detectors("One\nfirst body\n;;\nTwo\nsecond body")
        articles = newsparse.split_articles("One\nfirst body\n;;\nTwo\nsecond body")
        assert "semicolons" in names
        assert registered is detector
        assert [a.title for a in articles] == ["One", "Two"]
        return detection.chosen
    finally:
        newsparse.unregister_detector("semicolons")


def handle_errors(data: bytes) -> str:
    try:
        newsparse.load(data, name="upload")
    except BinaryInputError as exc:
        return f"binary: {exc.problem}"
    except DecodingError as exc:
        return f"undecodable: {exc.source}"
    except InputError as exc:
        return f"bad input: {exc}"
    except SourceError as exc:
        return f"unreadable: {exc}"
    except DetectorError as exc:
        return f"detector: {exc}"
    except NewsparseError as exc:
        return f"other: {exc}"
    return "ok"


def schema() -> list[str]:
    contract: dict[str, Any] = newsparse.article_schema()
    required: list[str] = contract["required"]
    return required


def constants() -> tuple[str, int, float, frozenset[str]]:
    version: str = newsparse.__version__
    return version, HEAD_SIZE, NEAR_TIE, FIELD_NAMES


def main() -> None:
    assert read_dump() == ["Harbour lights return", "Title"]
    assert split_text()[0].views == 10
    assert stream(b"Title A\n\nBody A.\n\nView 10 times\n") == (["Title A"], [])
    record = inspect_article(newsparse.load(b"Title\n\nBody.\n\nView 3 times\n")[0])
    assert record["views"] == 3
    assert explain(b'{"title": "A", "text": "B"}\n') == (1, "jsonlines", ())
    assert clean() == "Sent to Ukraine now."
    assert dedupe().captions == (Caption("Kim at a rally.", "Reuters"),)
    assert plug_in() == "semicolons"
    assert handle_errors(b"\x89PNG\r\n\x1a\n" + bytes(16)).startswith("binary:")
    assert handle_errors(b"Title\n\nBody.") == "ok"
    assert "provenance" in schema()
    assert constants()[1] == HEAD_SIZE


if __name__ == "__main__":
    main()
