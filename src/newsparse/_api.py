"""The public entry points: source (:mod:`newsparse.sources`) -> decode -> the pipeline (:mod:`newsparse._pipeline`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import IO

import attrs

from newsparse import sources
from newsparse._decode import decode, normalise, utf8_unchanged
from newsparse._model import Article, Result
from newsparse._pipeline import parse_decoded
from newsparse._problems import Problem
from newsparse.errors import NewsparseError, SourceError

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
    object; gzip, bzip2 and xz input is decompressed as it is read, and each file
    of a zip or tar archive, and the text of a Word ``.docx``, is read as a source
    of its own (see :mod:`newsparse.sources`), the provenance naming the member.
    A member that cannot be read (binary, corrupt, past a cap) is left out and
    the others are read; :func:`iter_load` with ``problems=`` says which. The bytes are
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
            expands past a cap (subclasses say which); for an archive, when no
            member at all can be read.
        DetectorError: ``detector`` names no registered detector.

    Example:
        >>> articles = load(b"Storm hits coast\\n\\nRain fell all night.\\n")
        >>> articles[0].title, articles[0].body
        ('Storm hits coast', 'Rain fell all night.')
    """
    return list(each_article(source, detector, name, []))


def each_article(source: Source, detector: str | None, name: str | None, sink: list[str]) -> Iterator[Article]:
    """The articles of every member of ``source``, each member parsed whole; problems go to ``sink``.

    What :func:`load` returns, and :func:`~newsparse.iter_load` gives for bytes (not a public name).
    """
    with sources.opened(source, name) as members:
        yield from sources.each_member(
            members, lambda member, problems: _parse_member(member, detector, problems).articles, sink
        )


def _parse_member(member: sources.Member, detector: str | None, problems: list[str]) -> Result:
    data = sources.read_all(member)
    hints = member.hints  # what a container knows of the member: a declared charset, a fallback url and date
    decoded = decode(data, source=member.display, declared=hints.encoding if hints else None)
    encoded = data if utf8_unchanged(data, decoded) else None  # read by the mojibake gate and article ids
    del data
    repairs = list(decoded.repairs)
    text, encoding, name = decoded.text, decoded.encoding, member.name
    result = parse_decoded(text, member.source, encoding, repairs, detector, name, hints, encoded)
    problems.extend(result.problems)
    return result


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
    A container holding one file (a ``.gz``, a Word ``.docx``, a zip of one
    file) is parsed as that file; one holding several is refused with a
    :class:`~newsparse.SourceError` (a result has one text): use :func:`load` or
    :func:`iter_load`.

    Example:
        >>> result = parse(b'{"title": "Hi", "text": "Body."}\\n{"title": "Yo", "text": "More."}\\n')
        >>> result.detection.chosen, [a.title for a in result.articles], result.problems
        ('jsonlines', ['Hi', 'Yo'], ())
    """
    notes: list[Problem] = []
    with sources.opened(source, name) as members:
        member = _next_member(members, notes, None)
        if member is None:
            empty = parse_decoded("", members.path, None, [], detector)
            return attrs.evolve(empty, problems=(*empty.problems, *notes, sources.NOTHING_TO_READ))
        result = _parse_single(member, detector)
        more = _next_member(members, notes, member)
        if more is not None:
            raise SourceError(
                f"holds several files ({member.name}, {more.name}, ...); load() and iter_load() read them "
                "one after another",
                source=members.display,
            )
    if isinstance(result, NewsparseError):
        raise result
    return attrs.evolve(result, problems=(*result.problems, *notes)) if notes else result


def _parse_single(member: sources.Member, detector: str | None) -> Result | NewsparseError:
    """The member parsed, or the error that stopped it (raised once it is known to be the only member)."""
    try:
        return _parse_member(member, detector, [])
    except NewsparseError as exc:
        return exc


def _next_member(members: sources.Members, notes: list[Problem], read: sources.Member | None) -> sources.Member | None:
    """The next member, the notes on skipped ones added to ``notes``; an archive breaking after one is a note."""
    while True:
        try:
            item = next(members, None)
        except NewsparseError as exc:
            if read is None:
                raise
            notes.append(Problem("archive-broken", f"{exc.problem}; the members before it were read"))
            return None
        if not isinstance(item, Problem):
            return item
        notes.append(item)


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


def _member_bytes(source: Source, name: str | None) -> Iterator[tuple[str, bytes | NewsparseError]]:
    """Each member's name for messages and its bytes, or the error that stopped it (for ``newsparse detect``)."""
    with sources.opened(source, name) as members:
        for item in members:
            if isinstance(item, Problem):
                continue
            try:
                yield item.display, sources.read_all(item)
            except NewsparseError as exc:
                yield item.display, exc
