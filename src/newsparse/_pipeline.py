"""The one pipeline from decoded text to articles, block by block.

:func:`parse_decoded` (``load``, ``parse``, ``parse_text``, ``split_articles``) and
:func:`newsparse.iter_load` share every step after decoding:

1. **Repair** mojibake line by line (``iter_load`` does it piece by piece, which is the same).
2. **Detect**: rank the detectors on the head of the text, or take the one named.
3. **Split** with :func:`split`: the chosen detector first, then down the ranking
   and finally ``whole-text`` when a detector fails, each going on after the last
   article read. Spans are clamped into the text and kept in order (:func:`checked`).
4. **Read** each raw article into an :class:`~newsparse.Article` with its provenance
   (:func:`build_article`); a record that could not be read becomes a problem
   naming its characters (:func:`record_problems`).

The text arrives through a :class:`Feed`: the whole text at once (:class:`Whole`),
or a stream that reads more on demand (``newsparse._stream``). With the whole
text, every block is final and the splitting is that of one ``split`` call.
A detector that keeps a resumable state (``split_resumable``: the JSON array
detectors) is driven through the same two hooks by :class:`Resumed`.
"""

from __future__ import annotations

import bisect
import hashlib
import os
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any, Protocol

import attrs

from newsparse._captions import dedupe_paragraphs
from newsparse._fields import read_date
from newsparse._model import Article, Detection, Provenance, Result
from newsparse._plaintext import read_plain
from newsparse._problems import Location, Problem, Repair
from newsparse._repair import repair_mojibake
from newsparse._structured import draft_from_fields
from newsparse.detectors._base import RawArticle
from newsparse.detectors._registry import get_detector, list_detectors, rank_detectors
from newsparse.sources import Hints
from newsparse.vocabulary import identify, identifying
from newsparse.vocabulary._identify import contradicted

__all__ = [
    "FALLBACK",
    "Context",
    "Feed",
    "Resumed",
    "Whole",
    "WholeText",
    "build_article",
    "checked",
    "detect",
    "detector_score",
    "fallback_order",
    "parse_decoded",
    "record_problems",
    "sniff_problems",
    "split",
    "yield_all",
]

Span = tuple[int, int]

FALLBACK = "whole-text"
"""The detector that reads any text as one article when no layout is recognised."""


def parse_decoded(
    text: str,
    path: str | None,
    encoding: str | None,
    repairs: list[Repair],
    forced: str | None,
    member: str | None = None,
    hints: Hints | None = None,
    encoded: bytes | None = None,
) -> Result:
    """Repair, detect, split and read a whole decoded text: the :class:`~newsparse.Result` of ``parse``.

    ``encoded`` is the text's UTF-8, when the caller holds it (:func:`~newsparse._decode.utf8_unchanged`).
    """
    problems: list[str] = []
    read = WholeText(text, path, encoding, repairs, forced, problems, member, hints, encoded)
    articles = tuple(read)
    text, detection = read.text, read.detection
    return Result(
        articles=articles,
        problems=tuple(problems),
        source=path,
        encoding=encoding,
        repairs=tuple(repairs),
        detection=detection,
        text=text,
    )


class WholeText:
    """Repair, detect and split a whole decoded text; iterate over its articles as they are read.

    The articles of :func:`parse_decoded`, one at a time: a reader that hands each on (``iter_load`` on an input
    it holds whole) does not keep them all. The problems go to ``problems`` as they are met (the sniffs' first);
    the repaired text and the detection are attributes, for the :class:`~newsparse.Result`.
    """

    def __init__(
        self,
        text: str,
        path: str | None,
        encoding: str | None,
        repairs: list[Repair],
        forced: str | None,
        problems: list[str],
        member: str | None = None,
        hints: Hints | None = None,
        encoded: bytes | None = None,
    ) -> None:
        text, spans = repair_mojibake(text, encoded)  # ``encoded``: the text's UTF-8 bytes, when at hand
        if spans:
            repairs.append(Repair("mojibake-repaired", f"mojibake repaired ({len(spans)} lines)"))
        self.text = text
        self.detection = detect(text, forced)
        problems.extend(sniff_problems(self.detection))
        whole = None if spans else encoded  # a repaired text is no longer those bytes
        context = Context(path, encoding, tuple(repairs), spans, self.detection, member, hints, whole)
        self._articles = split(Whole(context), text, spans, self.detection, problems)

    def __iter__(self) -> Iterator[Article]:
        return self._articles


def detect(text: str, forced: str | None) -> Detection:
    """Rank the detectors on ``text``; with ``forced``, choose that one (DetectorError if it is unknown)."""
    if forced is None:
        return rank_detectors(text)
    get_detector(forced)  # raises DetectorError for an unknown name
    ranking = rank_detectors(text).ranking
    return Detection(ranking=ranking, chosen=forced, forced=True)


def sniff_problems(detection: Detection) -> list[Problem]:
    """One problem per detector that crashed while sniffing."""
    return [
        Problem("detector-crashed", f"detector {s.name!r} crashed while sniffing: {s.error}")
        for s in detection.ranking
        if s.error
    ]


def fallback_order(detection: Detection) -> list[str]:
    """The detectors to split with: the chosen one, then the others that scored, then the fallback."""
    names = [detection.chosen] + [s.name for s in detection.ranking if s.score > 0 and s.name != detection.chosen]
    if FALLBACK not in names:
        names.append(FALLBACK)
    known = {d.name for d in list_detectors()}
    return [name for name in names if name in known]


def record_problems(raw: RawArticle, member: str | None = None) -> list[Problem]:
    """The problems of a record that could not be read (a raw article with empty fields), with its span."""
    where = {"start": raw.start, "end": raw.end} | ({"member": member} if member is not None else {})
    return [p.reworded(f"{p} (characters {raw.start}-{raw.end})", **where) for p in raw.problems]


def checked(raw: object, offset: int, floor: int, size: int, name: str, problems: list[str]) -> RawArticle | None:
    """``raw`` shifted by ``offset`` and clamped into ``floor..size`` (said in a problem); None to skip it."""
    if not isinstance(raw, RawArticle):
        problems.append(
            Problem("detector-bad-output", f"detector {name!r} yielded {type(raw).__name__}, not RawArticle; skipped")
        )
        return None
    start, end = raw.start + offset, raw.end + offset
    fixed_start = min(max(start, floor), size)
    fixed_end = min(max(end, fixed_start), size)
    if (fixed_start, fixed_end) != (start, end):
        message = f"detector {name!r} gave span {start}-{end}, outside the text or overlapping; clamped"
        problems.append(Problem("detector-span-clamped", message, Location(start=start, end=end)))
    if fixed_start == fixed_end and raw.fields is None:
        return None
    if (fixed_start, fixed_end) == (raw.start, raw.end):
        return raw
    return RawArticle(fixed_start, fixed_end, raw.fields, raw.problems)


@attrs.frozen
class Context:
    """What every article of one block shares in its provenance."""

    path: str | None
    encoding: str | None
    repairs: tuple[Repair, ...]
    repaired_spans: list[Span]
    detection: Detection
    member: str | None = None
    hints: Hints | None = None  # what the container knows of the member: a fallback url and date
    encoded: bytes | None = attrs.field(default=None, repr=False)  # the whole text's UTF-8, when at hand

    def repairs_for(self, start: int, end: int) -> tuple[Repair, ...]:
        """The repairs to the whole text, with the mojibake repairs counted inside ``start..end``."""
        # The spans are in order and do not overlap: find the first that ends after start (linear time overall).
        spans = self.repaired_spans
        i = bisect.bisect_right(spans, start, key=span_end)
        lines = 0
        while i < len(spans) and spans[i][0] < end:
            lines += spans[i][1] > start
            i += 1
        general = tuple(r for r in self.repairs if r.code != "mojibake-repaired")
        return general + ((Repair("mojibake-repaired", f"mojibake repaired ({lines} lines)"),) if lines else ())


def span_end(span: Span) -> int:
    """The end of a repaired span (a key for :mod:`bisect`)."""
    return span[1]


def build_article(
    raw: RawArticle,
    text: str,
    name: str,
    context: Context,
    base: int = 0,
    score: float | None = None,
    *,
    guess_language: bool = False,
) -> Article:
    """Read one raw article; ``text`` starts at offset ``base`` of the whole text (a stream reads blocks).

    ``score`` is the detector's score in the ranking (:func:`detector_score`), when the caller knows it.
    ``guess_language``: the detector's articles are told their language from the text when they declare none,
    with the bundled identifier when the optional one is not installed (a detector's ``language_from_text``).
    """
    fields = raw.fields
    span = text[raw.start - base : raw.end - base]
    draft = read_plain(span) if fields is None else draft_from_fields(fields)
    draft.problems.extend(raw.problems)
    if score is None:
        score = detector_score(context.detection, name)
    if draft.id is None:
        # an article that spans the whole text (a page) is hashed from its UTF-8, when at hand: not encoded again
        whole = context.encoded if base == 0 and raw.start == 0 and raw.end == len(text) else None
        draft.id = article_id(context.path, context.member, raw.start, raw.end, span, encoded=whole)
    values = draft.fields()
    repairs = context.repairs_for(raw.start, raw.end)
    if context.hints is not None:
        repairs += _fill_from_hints(values, context.hints)
    provenance = Provenance(
        source=context.path,
        detector=name,
        confidence=score,
        encoding=context.encoding,
        start=raw.start,
        end=raw.end,
        repairs=repairs,
        member=context.member,
    )
    if draft.language is None and (guess_language or identifying()):
        provenance = _detect_language(values, provenance, fallback=guess_language or None)
    elif draft.language is not None and guess_language:
        provenance = _checked_language(values, draft.language, provenance)
    article = Article(**values, provenance=provenance)
    if not article.captions:
        return article  # what the caption pass gives back: no caption to collapse or to find in the body
    return dedupe_paragraphs(article, _paragraphs(article, draft.paragraphs))


def _paragraphs(article: Article, paragraphs: list[str]) -> Sequence[str]:
    """``article.paragraphs``, where its body was joined from ``paragraphs`` (``Draft.fields``): those, if it can.

    With no line end in the body but the ``2 * (n - 1)`` of the joins (counted, not looked for paragraph by
    paragraph), splitting the body at ``"\n\n"`` gives the paragraphs back: they are not split again.
    """
    body = article.body
    if body and body.count("\n") == 2 * (len(paragraphs) - 1):
        return paragraphs
    return article.paragraphs


def detector_score(detection: Detection, name: str) -> float:
    """The score of detector ``name`` in the ranking (0.0 when it is not ranked)."""
    return next((s.score for s in detection.ranking if s.name == name), 0.0)


def _fill_from_hints(values: dict[str, object], hints: Hints) -> tuple[Repair, ...]:
    """Give the article the container's url and date where it has none; a date so given is said as a repair."""
    if not values.get("url") and hints.url:
        values["url"] = hints.url
    date = read_date(hints.published) if not values.get("published") and hints.published else None
    if date is None:
        return ()
    values["published"] = date
    return (Repair("date-from-capture", f"published is {hints.published_is}: the text gives no date"),)


def _checked_language(values: dict[str, Any], declared: str, provenance: Provenance) -> Provenance:
    """The text's language where it clearly contradicts the one declared (a platform's "en" on a post in Portuguese).

    Recorded as a ``language-detected`` repair that names the declared language.
    """
    found = contradicted(declared, values.get("body") or "")
    if found is None:
        return provenance
    values["language"] = found
    message = f"language detected from the text (stopwords): {found}, where the page declares {declared}"
    return attrs.evolve(provenance, repairs=(*provenance.repairs, Repair("language-detected", message)))


def _detect_language(values: dict[str, Any], provenance: Provenance, fallback: bool | None = None) -> Provenance:
    """Fill an undeclared language from the text; provenance records it as detected (a ``language-detected``).

    ``fallback`` as :func:`~newsparse.vocabulary.identify` takes it (None: its module's default).
    """
    detected = identify(values.get("body") or values.get("title") or "", fallback=fallback)
    if detected is None:
        return provenance
    values["language"] = detected[0]
    message = f"language detected from the text ({detected[1]}): {detected[0]}"
    return attrs.evolve(provenance, repairs=(*provenance.repairs, Repair("language-detected", message)))


def article_id(
    source: str | None, member: str | None, start: int, end: int, raw: str, *, encoded: bytes | None = None
) -> str:
    """A stable id for an article whose format gives none: a hash of where it is and what it says.

    The same for ``load``, ``iter_load`` and ``--jobs N`` (they agree on offsets),
    and wherever the file is: 16 hexadecimal digits of BLAKE2b over the source's
    file name (not its folder), the member, the span and the raw text of the span
    in UTF-8 (``encoded``, when the caller holds it), so two byte inputs with the
    same spans differ too.

    Example:
        >>> article_id("dump.txt", None, 0, 12, "Title\\n\\nBody.")
        '72184e7f46c18aea'
    """
    key = f"{os.path.basename(source or '')}\0{member or ''}\0{start}\0{end}\0".encode("utf-8", "surrogatepass")
    digest = hashlib.blake2b(key, digest_size=8)
    digest.update(raw.encode("utf-8", "surrogatepass") if encoded is None else encoded)
    return digest.hexdigest()


class Feed(Protocol):
    """Where :func:`split` gets its text: all of it at once, or more of a stream on demand."""

    eof: bool  # True when the block holds the rest of the text
    chunk: int  # how much more text to ask for at a time
    failure: Exception | None  # the feed's own error (a read error): raised, never taken for a detector's

    def capped(self, capped: bool) -> None:
        """Told whether the detector caps its records (then long lines are read in smaller pieces)."""

    def more(
        self, text: str, spans: list[Span], base: int, size: int = 0, *, whole: bool = False
    ) -> tuple[str, list[Span]]:
        """The block with about ``size`` more characters (with ``whole``: all the rest) appended."""

    def skip_line(self, text: str, spans: list[Span], base: int) -> tuple[int, str, list[Span]]:
        """Read past the line ``text`` starts: where it ends, and the text after it with its spans."""

    def context(self, spans: list[Span], detection: Detection) -> Context:
        """The provenance shared by the articles of the current block."""


@attrs.define
class Whole:
    """The feed of a text that is all in memory: one final block."""

    fixed: Context
    eof: bool = True
    chunk: int = 0
    failure: Exception | None = None

    def capped(self, capped: bool) -> None:
        """Nothing to do: the text is read already."""

    def more(
        self, text: str, spans: list[Span], base: int, size: int = 0, *, whole: bool = False
    ) -> tuple[str, list[Span]]:
        """There is no more: the block is the whole text."""
        return text, spans

    def skip_line(self, text: str, spans: list[Span], base: int) -> tuple[int, str, list[Span]]:
        """Never needed (every block is final); the rest of the text is the line."""
        return base + len(text), "", []

    def context(self, spans: list[Span], detection: Detection) -> Context:
        """The same provenance for every article."""
        return self.fixed


class Resumed:
    """The two streaming hooks of a detector with ``split_resumable`` (see ``StreamingDetector``).

    ``safe_cut(block)`` runs the detector over a block that is not the end of the
    input, keeps the raw articles it yields and its state, and returns the offset
    where the unread rest starts; ``split_block`` hands over the articles kept
    (shifted by nothing: the block is the same). On the final block the detector
    runs with ``final=True`` from the state reached, and reads everything.
    """

    def __init__(self, resumable: Callable[..., Generator[RawArticle, None, tuple[int, object]]], feed: Feed) -> None:
        self.resumable = resumable
        self.feed = feed
        self.state: object = None
        self.kept: list[RawArticle] = []

    def safe_cut(self, text: str) -> int:
        """Read the block as far as more text cannot change; the offset where the next block starts."""
        self.kept = []
        cut, self.state = yield_all(self.resumable(text, self.state, final=False), self.kept)
        return cut

    def split_block(self, text: str, *, first_line: int) -> Iterator[RawArticle]:
        """The raw articles read by ``safe_cut`` on this block; on the final block, all that is left."""
        if not self.feed.eof:
            kept, self.kept = self.kept, []
            return iter(kept)
        return _values(self.resumable(text, self.state, final=True))


def yield_all(generator: Generator[RawArticle, None, tuple[int, object]], out: list[RawArticle]) -> tuple[int, object]:
    """Run a resumable split over one block: its raw articles go to ``out``; return its (cut, state)."""
    while True:
        try:
            out.append(next(generator))
        except StopIteration as stop:
            cut, state = stop.value
            return int(cut), state


def _values(generator: Generator[RawArticle, None, object]) -> Iterator[RawArticle]:
    yield from generator


def split(feed: Feed, text: str, spans: list[Span], detection: Detection, problems: list[str]) -> Iterator[Article]:
    """Split block after block with the chosen detector, falling back down the ranking if it fails.

    ``text`` is the first block (offset 0). A detector with the streaming hooks
    (``safe_cut``, ``split_block``) splits each block up to its safe cut and the rest
    is carried into the next; one without them gets the rest of the text in one
    block. Problems (clamped spans, failures, unreadable records) are appended to
    ``problems`` in the order they are met, as :class:`~newsparse.Problem` records.
    """
    base = 0  # global offset of text[0]
    line = 1  # number of the line text starts on
    floor = 0  # global end of the last raw article
    for name in fallback_order(detection):
        detector = get_detector(name)
        cutter = getattr(detector, "safe_cut", None)
        splitter = getattr(detector, "split_block", None)
        resumable = getattr(detector, "split_resumable", None)
        if callable(resumable):  # an array detector: its resumable state gives both hooks
            resumed = Resumed(resumable, feed)
            cutter, splitter = resumed.safe_cut, resumed.split_block
        score = detector_score(detection, name)  # the same for every article it reads
        guess = getattr(detector, "language_from_text", False) is True
        oversized = getattr(detector, "oversized", None)
        feed.capped(callable(oversized) or callable(resumable))  # records, not lines: long lines in pieces
        if not callable(cutter) or not callable(splitter):
            cutter = splitter = None
            text, spans = feed.more(text, spans, base, whole=True)  # no hook: the rest is one block
        size = feed.chunk
        try:
            while True:
                final = feed.eof
                cut = len(text) if final or cutter is None else int(cutter(text))
                if cut > 0 or (final and base == 0):
                    context = feed.context(spans, detection)
                    whole = base == 0 and final  # the whole text: split it as one call does
                    raws = detector.split(text) if whole or not splitter else splitter(text, first_line=line)
                    for raw in raws:
                        if not final and isinstance(raw, RawArticle) and raw.end > cut:
                            cut = min(cut, max(raw.start, floor - base, 0))  # a hook that broke its promise
                            break
                        kept = checked(raw, base, floor, base + len(text), name, problems)
                        if kept is None:
                            continue
                        floor = kept.end
                        if kept.fields is not None and not kept.fields:
                            problems.extend(record_problems(kept, context.member))
                            continue
                        yield build_article(kept, text, name, context, base, score, guess_language=guess)
                    if final:
                        return
                    line += text.count("\n", 0, cut)
                    base += cut
                    text = text[cut:]
                    spans = spans[bisect.bisect_right(spans, base, key=span_end) :]
                elif final:
                    return
                problem = oversized(text, line) if cut == 0 and callable(oversized) else None
                if problem is not None:  # one record over the cap: read past it, report it, go on after it
                    end, text, spans = feed.skip_line(text, spans, base)
                    if not isinstance(problem, Problem):  # a plug-in's plain string: the hook's meaning
                        problem = Problem("record-over-cap", str(problem), Location(line=line))
                    problems.extend(record_problems(RawArticle(base, end, {}, (problem,))))
                    floor = end
                    base, line, size = end + 1, line + 1, feed.chunk
                    continue
                # no cut yet (one long article): read twice as much, so the block grows in linear time
                size = feed.chunk if cut > 0 else 2 * size
                text, spans = feed.more(text, spans, base, size)
        except Exception as exc:  # a detector's bug or a broken input: report, then fall back
            if exc is feed.failure:
                raise  # the source cannot be read on: not a detector's failure
            problems.append(Problem("detector-failed", f"detector {name!r} failed: {type(exc).__name__}: {exc}"))
            keep = max(0, floor - base)
            line += text.count("\n", 0, keep)
            base += keep
            text = text[keep:]
            spans = spans[bisect.bisect_right(spans, base, key=span_end) :]
            if feed.eof and not text.strip():
                return
