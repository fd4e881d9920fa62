"""The public entry points: source (:mod:`newsparse.sources`) -> decode -> the pipeline (:mod:`newsparse._pipeline`)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sized
from itertools import chain
from typing import IO

from newsparse import sources
from newsparse._decode import decode, normalise
from newsparse._model import Article, Detection, Result
from newsparse._pipeline import parse_decoded
from newsparse._problems import Location, Problem
from newsparse.detectors import rank_detectors
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


def load(source: Source, *, detector: str | None = None, name: str | None = None) -> list[Article]:
    """Parse a news dump into articles.

    ``source`` is a path (``str`` or ``os.PathLike``), ``bytes``, or a binary file
    object; gzip, bzip2 and xz input is decompressed as it is read (see
    :mod:`newsparse.sources`), and the provenance names the member. The bytes are
    decoded (BOM, declared charset, charset-normalizer), mojibake is repaired
    where the text shows it, the registered detectors are
    ranked on the text (or the one named by ``detector`` is used), and each
    article is read into the field contract. ``name`` names the source in
    errors and provenance when it has no path of its own.

    Problems that do not stop the parse are on each article's ``problems``;
    use :func:`parse` to also see those that concern the whole source.

    Raises:
        SourceError: the path or file cannot be read.
        InputError: the input is binary or undecodable, or a compressed input
            expands past the decompression cap (subclasses say which).
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
    with sources.opened(source, name) as members:
        found = iter(members)
        member = next(found, None)
        if member is None or member.hints is not None:  # a web archive: each record is parsed on its own
            return _parse_records(member, found, members, detector, name)
        if next(found, None) is not None:
            raise _several(member.display, members)
        data = sources.read_all(member)
    return _parse_member(data, member, detector)


def _parse_member(data: bytes, member: sources.Member, detector: str | None) -> Result:
    """Decode and parse the bytes of one member (with its hints: a declared charset, a fallback url and date)."""
    hints = member.hints
    decoded = decode(data, source=member.display, declared=hints.encoding if hints else None)
    del data
    repairs = list(decoded.repairs)
    return parse_decoded(decoded.text, member.source, decoded.encoding, repairs, detector, member.name, hints)


def _parse_records(
    first: sources.Member | None,
    rest: Iterator[sources.Member],
    members: Iterable[sources.Member],
    detector: str | None,
    name: str | None,
) -> Result:
    """The records of a web archive, each parsed as a source of its own, in one :class:`Result`.

    The result's ``text`` is empty and its ``detection`` that of the first page:
    each article's offsets refer to its own record's text (its provenance names the record).
    """
    articles: list[Article] = []
    problems: list[Problem] = []
    detection: Detection | None = None
    encodings: set[str | None] = set()
    for member in chain([first] if first else [], rest):
        try:
            result = _parse_member(sources.read_all(member), member, detector)
        except InputError as exc:  # one record that is not text: the others are read
            problems += [*sources.take_problems(members), unreadable(member, exc)]
            continue
        articles.extend(result.articles)
        problems += sources.take_problems(members) + list(result.problems)
        detection = detection or result.detection
        encodings.add(result.encoding)
    return Result(
        articles=tuple(articles),
        problems=(*problems, *sources.take_problems(members)),
        source=first.source if first else None,
        encoding=encodings.pop() if len(encodings) == 1 else None,
        repairs=(),
        detection=detection or rank_detectors(""),
        text="",
    )


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
    return parse_decoded(text, None, None, repairs, detector)


def unreadable(member: sources.Member, exc: InputError) -> Problem:
    """The problem of a web-archive record whose payload cannot be decoded as text."""
    return Problem(
        "record-broken", f"{member.name} cannot be read: {exc.problem}; skipped", Location(member=member.name)
    )


def _read(source: Source, name: str | None) -> tuple[bytes, str | None, str]:
    """All the bytes of ``source`` (decompressed), the path provenance names, and the name errors use (for the CLI)."""
    data, member = _read_member(source, name)
    return data, member.source, member.display


def _read_member(source: Source, name: str | None) -> tuple[bytes, sources.Member]:
    with sources.opened(source, name) as members:
        found = iter(members)
        member = next(found, None)
        if member is None or next(found, None) is not None:  # a container of several files: one text is asked for
            raise _several(member.display if member else name or "<source>", members)
        return sources.read_all(member), member


def _several(display: str, members: Iterable[sources.Member]) -> SourceError:
    count = len(members) if isinstance(members, Sized) else "several"
    return SourceError(f"holds {count} files; iter_load() reads them one after another", source=display)
