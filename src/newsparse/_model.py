"""The data model: frozen attrs classes for articles and for what explains them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from newsparse._problems import Problem, Repair, as_problems, as_repairs

__all__ = ["Article", "Caption", "Detection", "Dropped", "Provenance", "Result", "Score"]


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _caption_tuple(values: Iterable[Caption]) -> tuple[Caption, ...]:
    return tuple(values)


def _dropped_tuple(values: Iterable[Dropped]) -> tuple[Dropped, ...]:
    return tuple(values)


@attrs.frozen
class Caption:
    """A photo caption, with the photo credit split off when there is one.

    Example:
        >>> Caption("Kim Jong Un at a parade.", credit="KCNA VIA KNS/AFP").to_dict()
        {'text': 'Kim Jong Un at a parade.', 'credit': 'KCNA VIA KNS/AFP'}
    """

    text: str
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form ``{"text": ..., "credit": ...}``."""
        return {"text": self.text, "credit": self.credit}


@attrs.frozen
class Dropped:
    """A line of the input that is in no field, and why it was left out.

    ``reason`` is a short fixed phrase such as ``"repeated title"``,
    ``"duplicate caption"``, ``"site chrome"``, ``"label"``, ``"separator"``,
    ``"footer"`` or ``"syndication footer"``, so that callers can filter on it.

    Example:
        >>> Dropped("Short Url", "site chrome").to_dict()
        {'text': 'Short Url', 'reason': 'site chrome'}
    """

    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form ``{"text": ..., "reason": ...}``."""
        return {"text": self.text, "reason": self.reason}


@attrs.frozen
class Provenance:
    """Where an article came from and what was done to get it.

    Attributes:
        source: the path the article was read from, or ``None`` for bytes and strings.
        detector: the name of the detector that split the text.
        confidence: that detector's score on the text, 0.0 to 1.0.
        encoding: the encoding the bytes were decoded with (``None`` for ``str`` input).
        start: offset of the article's first character in the decoded text.
        end: offset just past its last character (``text[start:end]``).
        repairs: what was fixed on the way, e.g. ``"mojibake repaired"``.
        member: the file inside a container the article was read from (``"dump.jsonl"`` in ``dump.jsonl.gz``).

    Example:
        >>> import newsparse
        >>> (article,) = newsparse.load(b"Title\\r\\n\\r\\nBody.\\r\\n")
        >>> article.provenance  # doctest: +NORMALIZE_WHITESPACE
        Provenance(source=None, detector='whole-text', confidence=0.01, encoding='utf-8',
                   start=0, end=12, repairs=('line endings normalised',))
    """

    source: str | None
    detector: str
    confidence: float
    encoding: str | None
    start: int
    end: int
    repairs: tuple[Repair, ...] = attrs.field(default=(), converter=as_repairs)
    member: str | None = attrs.field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form used under ``"provenance"`` in an article."""
        return {
            "source": self.source,
            "detector": self.detector,
            "confidence": self.confidence,
            "encoding": self.encoding,
            "start": self.start,
            "end": self.end,
            "repairs": [str(r) for r in self.repairs],
            "member": self.member,
        }


@attrs.frozen(repr=False)
class Article:
    """One news article: the fields of the newsparse contract, plus its provenance.

    All sequence fields are tuples, so an article is hashable and immutable; use
    :func:`attrs.evolve` to derive a changed copy. ``to_dict()`` gives the JSON
    object documented as the field contract (the data model page has each
    field's rules and examples).

    Attributes:
        title: the headline.
        subtitle: a deck or standfirst under the title.
        highlights: bullet summary points.
        body: plain text, paragraphs separated by a blank line (``"\\n\\n"``).
        captions: photo captions, each once, with their credits.
        byline: the byline as written.
        authors: person names.
        source: the publisher or agency.
        section: the section or category the publisher filed it under.
        published: when it was first published, ISO 8601.
        updated: when it was last updated, ISO 8601.
        dateline: the place the story was filed from.
        language: the language as a BCP 47 tag (``"de"``, ``"pt-BR"``).
        url: the article's address.
        image: the URL of the lead image.
        tags: topics, keywords, categories.
        views: the view counter.
        notes: end matter (contributor lines, publication notes, export metadata).
        id: a stable identifier: the record's own, else a hash of source, span and text.
        provenance: where the article came from and how it was read.
        dropped: input lines left out of every field, with the reason.
        problems: what was wrong with this article's input (:class:`Problem` records).

    Example:
        >>> a = Article(title="Storm hits coast", body="Rain fell.\\n\\nWind blew.")
        >>> a.paragraphs
        ('Rain fell.', 'Wind blew.')
        >>> a.to_dict()["title"]
        'Storm hits coast'
    """

    title: str | None = None
    subtitle: str | None = None
    highlights: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    body: str = ""
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_caption_tuple)
    byline: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    source: str | None = None
    section: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    language: str | None = None
    url: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    views: int | None = None
    notes: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    id: str | None = None
    provenance: Provenance | None = None
    dropped: tuple[Dropped, ...] = attrs.field(default=(), converter=_dropped_tuple)
    # Problem records; annotated as the field contract's tuple[str, ...] (a Problem is a str)
    problems: tuple[str, ...] = attrs.field(default=(), converter=as_problems)

    def __repr__(self) -> str:
        """A short, readable summary: title, date, source, body length, detector and id (not the whole text).

        Example:
            >>> Article(title="Storm hits coast", body="Rain fell.", published="2024-03-01")
            Article(title='Storm hits coast', published='2024-03-01', body=<10 chars>)
        """
        parts = [f"title={_shortened(self.title)!r}"]
        parts += [f"{name}={value!r}" for name, value in (("published", self.published), ("source", self.source))]
        parts = [part for part in parts if not part.endswith("=None")]
        parts.append(f"body=<{len(self.body):,} chars>")
        if self.provenance is not None:
            parts.append(f"detector={self.provenance.detector!r}")
        if self.problems:
            parts.append(f"problems=<{len(self.problems)}>")
        if self.id is not None:
            parts.append(f"id={self.id!r}")
        return f"Article({', '.join(parts)})"

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The body split into paragraphs (an empty tuple for an empty body)."""
        return tuple(self.body.split("\n\n")) if self.body else ()

    def to_dict(self) -> dict[str, Any]:
        """Return the article as JSON-ready data, in the documented field contract.

        The keys are those of ``newsparse._fields.FIELDS``, in its order (written out
        here for speed; tests/test_field_contract.py checks that they agree).
        """
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "highlights": list(self.highlights),
            "body": self.body,
            "captions": [c.to_dict() for c in self.captions],
            "byline": self.byline,
            "authors": list(self.authors),
            "source": self.source,
            "section": self.section,
            "published": self.published,
            "updated": self.updated,
            "dateline": self.dateline,
            "language": self.language,
            "url": self.url,
            "image": self.image,
            "tags": list(self.tags),
            "views": self.views,
            "notes": list(self.notes),
            "id": self.id,
            "provenance": self.provenance.to_dict() if self.provenance else None,
            "dropped": [d.to_dict() for d in self.dropped],
            "problems": [str(p) for p in self.problems],
        }


def _shortened(text: str | None, limit: int = 60) -> str | None:
    """``text`` cut to ``limit`` characters with an ellipsis, for a repr."""
    return text if text is None or len(text) <= limit else text[: limit - 1] + "…"


@attrs.frozen
class Score:
    """One detector's score on a text, with the error it raised if it crashed.

    Example:
        >>> Score("wordpress", 0.95)
        Score(name='wordpress', score=0.95, error=None)
    """

    name: str
    score: float
    error: str | None = None


@attrs.frozen
class Detection:
    """How the detectors ranked a text, best first, and which one was used.

    Attributes:
        ranking: every registered detector's :class:`Score`, best first; ties are
            broken by origin (built-ins, then plug-ins, then detectors registered at
            run time), then by name.
        chosen: the name of the detector that split the text.
        forced: ``True`` when the caller named the detector instead of ranking.
        near_ties: names of the other detectors whose score was within
            ``NEAR_TIE`` of the chosen one's: a sign the layout is ambiguous.

    Example:
        >>> import newsparse
        >>> detection = newsparse.rank_detectors("Title\\n\\nBody.\\n\\nView 5 times\\n\\nNext\\n\\nView 6 times")
        >>> detection.chosen, detection.confidence, detection.forced, detection.ranking[0]
        ('counter-footer', 0.9, False, Score(name='counter-footer', score=0.9, error=None))
    """

    ranking: tuple[Score, ...]
    chosen: str
    forced: bool = False
    near_ties: tuple[str, ...] = ()

    @property
    def confidence(self) -> float:
        """The chosen detector's score (1.0 when the caller forced it and it has no score)."""
        for entry in self.ranking:
            if entry.name == self.chosen:
                return entry.score
        return 1.0


@attrs.frozen
class Result:
    """Everything :func:`newsparse.parse` found in one source.

    Attributes:
        articles: the articles, in the order they appear in the source.
        problems: what went wrong without stopping the parse (a broken record, a
            detector that failed and was replaced by the next one, ...), as
            sentences that do not repeat the source's name.
        source: the name of the source (its path, or ``None``).
        encoding: the encoding the bytes were decoded with (``None`` for ``str``).
        repairs: what was repaired in the whole text before splitting.
        detection: how the detectors ranked the text.
        text: the decoded, repaired text that article offsets refer to.

    Example:
        >>> import newsparse
        >>> result = newsparse.parse(b'{"title": "A", "text": "One."}\\n{"title": "B", "te\\n', name="crawl.jsonl")
        >>> [a.title for a in result.articles], result.encoding, result.detection.chosen
        (['A'], 'utf-8', 'jsonlines')
        >>> result.problems  # doctest: +ELLIPSIS
        ('line 2 is not valid JSON: ...',)
        >>> first = result.articles[0].provenance
        >>> result.text[first.start : first.end]
        '{"title": "A", "text": "One."}'
    """

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...] = attrs.field(converter=as_problems)
    source: str | None
    encoding: str | None
    repairs: tuple[Repair, ...] = attrs.field(converter=as_repairs)
    detection: Detection
    text: str = attrs.field(repr=False)
