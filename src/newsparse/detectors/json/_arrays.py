"""JSON arrays read element by element: a broken element is reported and reading goes on after it.

Built on :mod:`newsparse.detectors.json._json`'s scanner: an element whose
brackets pair up is skipped exactly; a truncated or badly quoted one makes the
reader resync at the next ``, {"`` from which a whole, accepted element decodes.

The walk is resumable, so that :func:`newsparse.iter_load` streams an array:
an :class:`ArrayCursor` says where the walk stands, and a walk over a block that
is not the end of the input stops (returns :data:`PAUSED`) before an element
whose reading could still change with more text: one that runs to the end of
the block, or a broken one whose resync point is not in the block yet. The
elements it yields before that are those a walk over the whole text yields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from typing import TypeVar

import attrs

from newsparse._limits import MAX_JSON_DEPTH
from newsparse._problems import Location, Problem
from newsparse._records import map_record
from newsparse.detectors._base import RawArticle
from newsparse.detectors.json._json import (
    CANDIDATE,
    Element,
    Walk,
    decode_piece,
    error_message,
    over_cap_problem,
    read_value,
    skip_ws,
    too_large,
)

__all__ = [
    "PAUSED",
    "ArrayCursor",
    "Outcome",
    "Paused",
    "Place",
    "WalkState",
    "array_articles",
    "collect",
    "iter_array",
    "resumed",
    "walk_array",
    "walk_articles",
]


class Paused:
    """What a walk over a block returns when it cannot go on without more text (see :data:`PAUSED`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "PAUSED"


PAUSED = Paused()
"""The walk stopped before an element that more text could change; its cursor says where to go on."""

T = TypeVar("T")
R = TypeVar("R")
Outcome = int | None | Paused  # past the array's "]"; None: the text ends inside it; or PAUSED
_GO_ON = -1  # what _read_past returns when the walk goes on with the next element


_SPECIAL = re.compile(r'[\[\]{}"]')
_STRING_BODY = re.compile(r'(?:[^"\\]++|\\.)*+', re.DOTALL)  # up to a closing quote (or a final backslash)


@attrs.define
class Skip:
    """An element over the record cap that a stream reads past without holding it.

    ``start`` is where its span starts in the whole text; the rest is the state of
    a bracket count that skips strings, carried from block to block.
    """

    start: int
    depth: int = 0
    in_string: bool = False
    escaped: bool = False  # the block ended on a backslash inside a string

    def through(self, text: str, pos: int) -> int | None:
        """The offset just past the element's end in ``text`` from ``pos``; None if the block ends first."""
        size = len(text)
        while pos < size:
            if self.escaped:
                self.escaped, pos = False, pos + 1
            elif self.in_string:
                pos = _STRING_BODY.match(text, pos).end()  # type: ignore[union-attr]  # matches the empty string
                if pos >= size:
                    return None
                self.in_string, self.escaped = text[pos] != '"', text[pos] != '"'
                pos += 1
                if not self.in_string and self.depth == 0:
                    return pos  # a string element
            else:
                match = _SPECIAL.search(text, pos)
                if match is None:
                    return None
                pos, char = match.end(), match.group()
                if char == '"':
                    self.in_string = True
                else:
                    self.depth += 1 if char in "[{" else -1
                    if self.depth <= 0:
                        return pos
        return None


@attrs.define
class ArrayCursor:
    """Where a walk over one JSON array stands, in offsets of the current block.

    ``last`` is just past what was read so far (a broken element's span starts
    there), ``pos`` where the next element starts (whitespace may precede it),
    ``opened`` that the walk is just past the ``[`` (an empty array may close
    there), ``count`` how many elements were met. ``skip`` is an element over
    the record cap being read past, ``after`` that ``pos`` is just past such an
    element (a ``,`` or ``]`` must follow).
    """

    last: int
    pos: int
    opened: bool = True
    count: int = 0
    skip: Skip | None = None
    after: bool = False

    @classmethod
    def at(cls, bracket: int) -> ArrayCursor:
        """The cursor of a walk about to read the array whose ``[`` is at ``bracket``."""
        return cls(bracket + 1, bracket + 1)

    def shift(self, cut: int) -> None:
        """The block lost its first ``cut`` characters: move the offsets with it."""
        self.last -= cut
        self.pos -= cut


@attrs.define
class Place:
    """Where a block of a stream starts in the whole text (for messages), and the walk's decode window."""

    base: int = 0
    line: int = 1
    column: int = 1
    window: int = 512

    def walk(self, text: str) -> Walk:
        """A walk over the block ``text`` that names offsets, lines and columns of the whole text."""
        return Walk(text, self.base, self.line, self.column, self.window)

    def advance(self, text: str, cut: int, walk: Walk) -> None:
        """The next block starts at offset ``cut`` of ``text``."""
        newline = text.rfind("\n", 0, cut)
        if newline >= 0:
            self.line += text.count("\n", 0, cut)
            self.column = cut - newline
        else:
            self.column += cut
        self.base += cut
        self.window = walk.window


@attrs.define
class WalkState:
    """What a resumable split keeps between blocks: the block's place, where to go on, the array it is in.

    ``pos`` is where the next top-level value is looked for and ``cursor`` the walk
    over the array being read, both in offsets of the current block. Detectors
    extend it with what else they need.
    """

    place: Place = attrs.Factory(Place)
    pos: int = 0
    cursor: ArrayCursor | None = None


S = TypeVar("S", bound=WalkState)


def resumed(
    text: str, state: S, read: Callable[[str, S, Walk], Generator[RawArticle, None, int]]
) -> Generator[RawArticle, None, tuple[int, object]]:
    """Run ``read`` over the block ``text`` from ``state``; return the cut it names and the state for the next block.

    The shape of every ``split_resumable``: ``read(text, state, walk)`` yields raw
    articles and returns where the unread rest starts; the offsets the state keeps
    are then moved to the next block, which starts there.
    """
    walk = state.place.walk(text)
    cut = yield from read(text, state, walk)
    state.place.advance(text, cut, walk)
    state.pos -= cut
    if state.cursor is not None:
        state.cursor.shift(cut)
    return cut, state


def collect(generator: Generator[T, None, R], out: list[T]) -> R:
    """Run ``generator`` to its end: what it yields goes to ``out``; return what it returns.

    For a reader that must not yield anything until it knows it will not pause.
    """
    while True:
        try:
            out.append(next(generator))
        except StopIteration as stop:
            result: R = stop.value
            return result


def iter_array(
    text: str, pos: int, accept: Callable[[object], bool], walk: Walk | None = None
) -> Generator[Element, None, int | None]:
    """Yield each element of the JSON array that starts at ``pos``; return the offset past its ``]``.

    A broken element is yielded with its ``error`` and reading goes on: just past it
    when its end is known, else at the next ``, {"`` from which a whole element that
    ``accept`` takes decodes. Returns None when the text ends inside the array. Arrays
    of one text read in order share a ``walk``.
    """
    end = yield from walk_array(text, ArrayCursor.at(pos), accept, walk or Walk(text), final=True)
    assert not isinstance(end, Paused)  # a walk over the whole text never pauses
    return end


def walk_array(
    text: str, cursor: ArrayCursor, accept: Callable[[object], bool], walk: Walk, *, final: bool
) -> Generator[Element, None, Outcome]:
    """:func:`iter_array` from ``cursor``, over a block that is the rest of the text when ``final``.

    When not ``final``, returns :data:`PAUSED` before the first element whose reading
    depends on text past the block; ``cursor`` then says where to go on.
    """
    size = len(text)
    if cursor.opened:
        pos = skip_ws(text, cursor.pos)
        if pos >= size and not final:
            return PAUSED
        cursor.opened = False
        cursor.pos = pos
        if text.startswith("]", pos):
            return pos + 1
    while True:
        if cursor.skip is not None or cursor.after:
            end = yield from _read_past(text, cursor, accept, walk, final=final)
            if end != _GO_ON:
                return end
            continue
        last, pos = cursor.last, skip_ws(text, cursor.pos)
        if pos >= size:
            if not final:
                return PAUSED
            cursor.count += 1
            yield Element(last, size, None, Problem("record-broken", "the JSON array is truncated"))
            return None
        read = read_value(text, pos, walk)
        after = size if read.end is None else skip_ws(text, read.end)
        if not final and after >= size and (read.end is not None or read.open):
            if read.end is None and too_large(text, pos, size):  # over the cap already: read past it
                cursor.skip, cursor.pos = Skip(walk.base + last), pos
                continue
            return PAUSED  # the element, or what follows it, runs to the end of the block
        if text[after : after + 1] not in (",", "]"):  # the end of the element is unknown, or garbage follows it
            resume = _resync(text, after if read.error is None else pos + 1, accept, walk, final=final)
            if isinstance(resume, Paused):
                return PAUSED
            if read.error is None:
                assert read.end is not None
                cursor.count += 1
                yield Element(pos, read.end, read.value, None, read.unreadable)
                last = read.end
            stop = size if resume is None else resume
            if read.error is None:
                message = f"expected ',' or ']' at offset {walk.base + after}; the JSON array is truncated or broken"
                error: str = Problem("record-broken", message)
            else:
                error = read.error or error_message(text, pos, stop, walk)  # decoded up to the resume point only
            cursor.count += 1
            yield Element(last, stop, None, error)
            if resume is None:
                return None
            cursor.last = cursor.pos = resume
            cursor.pos += 1
            continue
        assert read.end is not None
        cursor.count += 1
        if read.error is None:
            yield Element(pos, read.end, read.value, None, read.unreadable)
        else:
            yield Element(last, read.end, None, read.error)  # a broken element with a known end: skip just it
        cursor.last = read.end
        if text[after] == "]":
            return after + 1
        cursor.pos = after + 1


def _read_past(
    text: str, cursor: ArrayCursor, accept: Callable[[object], bool], walk: Walk, *, final: bool
) -> Generator[Element, None, Outcome]:
    """Go on reading past an element over the record cap; :data:`_GO_ON` to go on with the next element.

    The element is reported with ``record-over-cap`` and its span once its end is
    found (to the end of the text if it never ends). What follows it is read as
    after any element: a ``,``, a ``]``, or else a resync.
    """
    size = len(text)
    if cursor.skip is not None:
        end = cursor.skip.through(text, cursor.pos)
        if end is None and not final:
            cursor.last = cursor.pos = size  # nothing of it is held
            return PAUSED
        cursor.count += 1
        yield Element(cursor.skip.start - walk.base, size if end is None else end, None, over_cap_problem())
        if end is None:
            return None
        cursor.skip, cursor.last, cursor.pos, cursor.after = None, end, end, True
    after = skip_ws(text, cursor.pos)
    if after >= size and not final:
        return PAUSED
    if text[after : after + 1] == ",":
        cursor.after, cursor.pos = False, after + 1
        return _GO_ON
    if text[after : after + 1] == "]":
        cursor.after = False
        return after + 1
    resume = _resync(text, after, accept, walk, final=final)
    if isinstance(resume, Paused):
        return PAUSED
    cursor.after = False
    stop = size if resume is None else resume
    message = f"expected ',' or ']' at offset {walk.base + after}; the JSON array is truncated or broken"
    cursor.count += 1
    yield Element(cursor.last, stop, None, Problem("record-broken", message))
    if resume is None:
        return None
    cursor.last, cursor.pos = resume, resume + 1
    return _GO_ON


def _resync(text: str, start: int, accept: Callable[[object], bool], walk: Walk, *, final: bool) -> Outcome:
    """The offset of the next ``,`` after ``start`` that begins a whole element ``accept`` takes.

    The element must be followed by ``,`` or ``]``. Each candidate ``, {"`` is scanned
    on its own, and one inside a string of the broken element stops its scan at the
    first bare word, so a broken element full of ``, {`` costs about one pass over it.
    None when no element after ``start`` can be read; :data:`PAUSED` (when not
    ``final``) when the answer depends on text past the block.
    """
    size = len(text)
    for match in CANDIDATE.finditer(text, start):
        scan = walk.scanner.scan(match.end())
        if scan.end is None and scan.open and not final:
            return PAUSED
        if scan.end is None or scan.depth > MAX_JSON_DEPTH:
            continue
        after = skip_ws(text, scan.end)
        if after >= size and not final:
            return PAUSED
        if text[after : after + 1] not in (",", "]"):
            continue
        try:
            value = decode_piece(text[match.end() : scan.end])[0]
        except (ValueError, RecursionError):
            continue
        if accept(value):
            return match.start()
    return None if final else PAUSED


def array_articles(
    text: str, pos: int, accept: Callable[[object], bool], name: Callable[[int], str], walk: Walk | None = None
) -> Generator[RawArticle, None, int | None]:
    """Yield a raw article per element of the array at ``pos`` (see :func:`iter_array`); return its end.

    ``name(n)`` names the n-th element in problems ("post 3"); an element that could
    not be read is a raw article with empty fields and the problem, spanning what was skipped.
    """
    cursor = ArrayCursor.at(pos)
    end = yield from walk_articles(text, cursor, accept, name, walk or Walk(text), final=True)
    assert not isinstance(end, Paused)
    return end


def walk_articles(
    text: str,
    cursor: ArrayCursor,
    accept: Callable[[object], bool],
    name: Callable[[int], str],
    walk: Walk,
    *,
    final: bool,
) -> Generator[RawArticle, None, Outcome]:
    """:func:`array_articles` from ``cursor`` over a block (see :func:`walk_array`)."""
    elements = walk_array(text, cursor, accept, walk, final=final)
    while True:
        try:
            element = next(elements)
        except StopIteration as stop:
            end: Outcome = stop.value
            return end
        number = cursor.count
        where = name(number)
        at = Location(record=number)
        if element.error is not None:
            code = element.error.code if isinstance(element.error, Problem) else "record-broken"
            problem = Problem(code, f"{where} could not be read: {element.error}", at)
            yield RawArticle(element.start, element.end, {}, (problem,))
        else:
            fields, problems = map_record(element.value, where=where, unreadable=element.unreadable, at=at)
            yield RawArticle(element.start, element.end, fields, problems)
