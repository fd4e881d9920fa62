"""The pipeline: source -> decode -> repair -> detect -> split -> per-article reading -> Article."""

from __future__ import annotations

import bisect
import os
import stat
from typing import IO

import attrs

from newsparse._captions import dedupe_captions
from newsparse._decode import decode, normalise, refuse_binary
from newsparse._model import Article, Detection, Provenance, Result
from newsparse._plaintext import read_plain
from newsparse._repair import repair_mojibake
from newsparse._structured import draft_from_fields as _draft_from_fields
from newsparse.detectors._base import RawArticle
from newsparse.detectors._registry import get_detector, list_detectors, rank_detectors
from newsparse.errors import InputError, SourceError

__all__ = ["Source", "load", "parse", "parse_text", "split_articles"]

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""What :func:`load` accepts: a path, bytes, or a binary file object.

Example:
    >>> import io
    >>> sources: list[Source] = [b"Title\\n\\nBody.", io.BytesIO(b"Title\\n\\nBody.")]
    >>> [load(source)[0].title for source in sources]
    ['Title', 'Title']
"""

_FALLBACK = "whole-text"
_HEAD_BYTES = 1 << 16  # what refuse_binary() looks at


def load(source: Source, *, detector: str | None = None, name: str | None = None) -> list[Article]:
    """Parse a news dump into articles.

    ``source`` is a path (``str`` or ``os.PathLike``), ``bytes``, or a binary file
    object. The bytes are decoded (BOM, declared charset, charset-normalizer),
    mojibake is repaired where the text shows it, the registered detectors are
    ranked on the text (or the one named by ``detector`` is used), and each
    article is read into the field contract. ``name`` names the source in
    errors and provenance when it has no path of its own.

    Problems that do not stop the parse are on each article's ``problems``;
    use :func:`parse` to also see those that concern the whole source.

    Raises:
        SourceError: the path or file cannot be read.
        InputError: the input is binary or undecodable (subclasses say which).
        DetectorError: ``detector`` names no registered detector.

    Example:
        >>> articles = load(b"Storm hits coast\\n\\nRain fell all night.\\n")
        >>> articles[0].title, articles[0].body
        ('Storm hits coast', 'Rain fell all night.')
    """
    return list(parse(source, detector=detector, name=name).articles)


def split_articles(text: str, *, detector: str | None = None) -> list[Article]:
    """Split an already-decoded text into articles (the same pipeline as :func:`load`, minus decoding).

    Example:
        >>> text = "Title A\\n\\nBody A.\\n\\nView 10 times\\n\\nTitle B\\n\\nBody B.\\n\\nView 12 times"
        >>> [(a.title, a.views) for a in split_articles(text)]
        [('Title A', 10), ('Title B', 12)]
    """
    if not isinstance(text, str):
        raise TypeError(f"split_articles() takes a str, not {type(text).__name__}; use load() for bytes and paths")
    return list(parse_text(text, detector=detector).articles)


def parse(source: Source, *, detector: str | None = None, name: str | None = None) -> Result:
    """Like :func:`load`, but return a :class:`Result` that explains itself.

    The result carries the articles, the problems found on the way, the
    encoding, the repairs made to the whole text, and the detectors' ranking.

    Example:
        >>> result = parse(b'{"title": "Hi", "text": "Body."}\\n{"title": "Yo", "text": "More."}\\n')
        >>> result.detection.chosen, [a.title for a in result.articles], result.problems
        ('jsonlines', ['Hi', 'Yo'], ())
    """
    data, path, display = _read(source, name)
    decoded = decode(data, source=display)
    return _parse(decoded.text, path, decoded.encoding, list(decoded.repairs), detector)


def parse_text(text: str, *, detector: str | None = None) -> Result:
    """Like :func:`parse`, for a ``str`` that is already decoded.

    Example:
        >>> result = parse_text("Title\\n\\nBody.\\n\\nView 3 times")
        >>> [a.views for a in result.articles], result.encoding, result.detection.chosen
        ([3], None, 'counter-footer')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_text() takes a str, not {type(text).__name__}")
    text, repairs = normalise(text)
    return _parse(text, None, None, repairs, detector)


def _read(source: Source, name: str | None) -> tuple[bytes, str | None, str]:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), None, name or "<bytes>"
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        display = name or str(path)
        if isinstance(path, str) and ("\n" in path or len(path) > 4096):
            raise SourceError(
                "not a file path; to parse a text string, use split_articles()",
                source=name,
            )
        try:
            with open(path, "rb") as handle:
                return _read_all(handle, display), str(path), display
        except IsADirectoryError:
            raise SourceError("is a directory, not a file", source=display) from None
        except InputError:
            raise  # binary data from a device: the same error as for a file of it
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise SourceError(f"cannot be read ({reason})", source=display) from None
    read = getattr(source, "read", None)
    if callable(read):
        display = name or str(getattr(source, "name", "<stream>"))
        try:
            data = read()
        except (OSError, ValueError) as exc:
            raise SourceError(f"cannot be read ({exc})", source=display) from None
        if isinstance(data, str):
            data = data.encode("utf-8", errors="surrogatepass")
        if not isinstance(data, bytes | bytearray):
            raise SourceError(f"read() returned {type(data).__name__}, not bytes", source=display)
        source_name = getattr(source, "name", None)
        is_path = isinstance(source_name, str) and not (source_name.startswith("<") and source_name.endswith(">"))
        return bytes(data), source_name if is_path else None, display
    raise TypeError(
        f"load() takes a path, bytes or a binary file object, not {type(source).__name__}; "
        "for a str of text, use split_articles()"
    )


def _read_all(handle: IO[bytes], display: str) -> bytes:
    """All the bytes of an open file; a device or pipe is refused after its first bytes if they are binary.

    ``/dev/zero`` or ``/dev/urandom`` never ends: reading it whole would exhaust memory.
    """
    if stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
        return handle.read()
    head = handle.read(_HEAD_BYTES)
    refuse_binary(head, source=display)
    return head + handle.read()


def _parse(
    text: str,
    path: str | None,
    encoding: str | None,
    repairs: list[str],
    forced: str | None,
) -> Result:
    text, repaired_spans = repair_mojibake(text)
    if repaired_spans:
        repairs.append(f"mojibake repaired ({len(repaired_spans)} lines)")
    detection = _detect(text, forced)
    problems: list[str] = [
        f"detector {s.name!r} crashed while sniffing: {s.error}" for s in detection.ranking if s.error
    ]
    raws, used = _split(text, detection, problems)
    context = _Context(path, encoding, tuple(repairs), repaired_spans, detection)
    articles: list[Article] = []
    for raw, name in zip(raws, used, strict=True):
        if raw.fields is not None and not raw.fields:
            problems.extend(_record_problems(raw))
            continue
        articles.append(_article(raw, text, name, context))
    return Result(
        articles=tuple(articles),
        problems=tuple(problems),
        source=path,
        encoding=encoding,
        repairs=tuple(repairs),
        detection=detection,
        text=text,
    )


def _detect(text: str, forced: str | None) -> Detection:
    if forced is None:
        return rank_detectors(text)
    get_detector(forced)  # raises DetectorError for an unknown name
    ranking = rank_detectors(text).ranking
    return Detection(ranking=ranking, chosen=forced, forced=True)


def _fallback_order(detection: Detection) -> list[str]:
    """The detectors to split with: the chosen one, then the others that scored, then the fallback."""
    names = [detection.chosen] + [s.name for s in detection.ranking if s.score > 0 and s.name != detection.chosen]
    if _FALLBACK not in names:
        names.append(_FALLBACK)
    known = {d.name for d in list_detectors()}
    return [name for name in names if name in known]


def _record_problems(raw: RawArticle) -> list[str]:
    """The problems of a record that could not be read (a raw article with empty fields), with its span."""
    return [f"{p} (characters {raw.start}-{raw.end})" for p in raw.problems]


def _split(text: str, detection: Detection, problems: list[str]) -> tuple[list[RawArticle], list[str]]:
    """Split with the chosen detector, falling back down the ranking if it fails."""
    raws: list[RawArticle] = []
    used: list[str] = []
    offset = 0
    for name in _fallback_order(detection):
        try:
            for raw in get_detector(name).split(text[offset:] if offset else text):
                checked = _checked(raw, offset, raws[-1].end if raws else 0, len(text), name, problems)
                if checked is not None:
                    raws.append(checked)
                    used.append(name)
            return raws, used
        except Exception as exc:  # a detector's bug or a broken input: report, then fall back
            problems.append(f"detector {name!r} failed: {type(exc).__name__}: {exc}")
            if raws:
                offset = raws[-1].end
            if offset >= len(text) or not text[offset:].strip():
                return raws, used
    return raws, used


def _checked(raw: object, offset: int, floor: int, size: int, name: str, problems: list[str]) -> RawArticle | None:
    if not isinstance(raw, RawArticle):
        problems.append(f"detector {name!r} yielded {type(raw).__name__}, not RawArticle; skipped")
        return None
    start, end = raw.start + offset, raw.end + offset
    fixed_start = min(max(start, floor), size)
    fixed_end = min(max(end, fixed_start), size)
    if (fixed_start, fixed_end) != (start, end):
        problems.append(f"detector {name!r} gave span {start}-{end}, outside the text or overlapping; clamped")
    if fixed_start == fixed_end and raw.fields is None:
        return None
    if (fixed_start, fixed_end) == (raw.start, raw.end):
        return raw
    return RawArticle(fixed_start, fixed_end, raw.fields, raw.problems)


@attrs.frozen
class _Context:
    path: str | None
    encoding: str | None
    repairs: tuple[str, ...]
    repaired_spans: list[tuple[int, int]]
    detection: Detection

    def repairs_for(self, start: int, end: int) -> tuple[str, ...]:
        # The spans are in order and do not overlap: find the first that ends after start (linear time overall).
        spans = self.repaired_spans
        i = bisect.bisect_right(spans, start, key=_span_end)
        lines = 0
        while i < len(spans) and spans[i][0] < end:
            lines += spans[i][1] > start
            i += 1
        general = tuple(r for r in self.repairs if not r.startswith("mojibake"))
        return general + ((f"mojibake repaired ({lines} lines)",) if lines else ())


def _span_end(span: tuple[int, int]) -> int:
    return span[1]


def _article(raw: RawArticle, text: str, name: str, context: _Context, base: int = 0) -> Article:
    """Read one raw article; ``text`` starts at offset ``base`` of the whole text (streaming reads blocks)."""
    draft = (
        read_plain(text[raw.start - base : raw.end - base]) if raw.fields is None else _draft_from_fields(raw.fields)
    )
    draft.problems.extend(raw.problems)
    score = next((s.score for s in context.detection.ranking if s.name == name), 0.0)
    provenance = Provenance(
        source=context.path,
        detector=name,
        confidence=score,
        encoding=context.encoding,
        start=raw.start,
        end=raw.end,
        repairs=context.repairs_for(raw.start, raw.end),
    )
    return dedupe_captions(Article(**draft.fields(), provenance=provenance))
