"""JSON arrays read element by element: a broken element is reported and reading goes on after it.

Built on :mod:`newsparse.detectors.json._json`'s scanner: an element whose
brackets pair up is skipped exactly; a truncated or badly quoted one makes the
reader resync at the next ``, {"`` from which a whole, accepted element decodes.
"""

from __future__ import annotations

from collections.abc import Callable, Generator

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
    read_value,
    skip_ws,
)

__all__ = ["array_articles", "iter_array"]


def iter_array(
    text: str, pos: int, accept: Callable[[object], bool], walk: Walk | None = None
) -> Generator[Element, None, int | None]:
    """Yield each element of the JSON array that starts at ``pos``; return the offset past its ``]``.

    A broken element is yielded with its ``error`` and reading goes on: just past it
    when its end is known, else at the next ``, {"`` from which a whole element that
    ``accept`` takes decodes. Returns None when the text ends inside the array. Arrays
    of one text read in order share a ``walk``.
    """
    walk = walk or Walk(text)
    last = pos + 1  # just past what was read so far: a broken element's span starts here
    pos = skip_ws(text, pos + 1)
    if text.startswith("]", pos):
        return pos + 1
    while True:
        if pos >= len(text):
            yield Element(last, len(text), None, Problem("record-broken", "the JSON array is truncated"))
            return None
        read = read_value(text, pos, walk)
        after = len(text) if read.end is None else skip_ws(text, read.end)
        if read.error is None:
            assert read.end is not None
            yield Element(pos, read.end, read.value, None, read.unreadable)
            last = read.end
        if text[after : after + 1] not in (",", "]"):  # the end of the element is unknown, or garbage follows it
            resume = _resync(text, after if read.error is None else pos + 1, accept, walk)
            stop = len(text) if resume is None else resume
            if read.error is None:
                message = f"expected ',' or ']' at offset {after}; the JSON array is truncated or broken"
                error: str = Problem("record-broken", message)
            else:
                error = read.error or error_message(text, pos, stop, walk)  # decoded up to the resume point only
            yield Element(last, stop, None, error)
            if resume is None:
                return None
            last = resume
            pos = skip_ws(text, resume + 1)
            continue
        if read.error is not None:
            assert read.end is not None
            yield Element(last, read.end, None, read.error)  # a broken element with a known end: skip just it
            last = read.end
        if text[after] == "]":
            return after + 1
        pos = skip_ws(text, after + 1)


def _resync(text: str, start: int, accept: Callable[[object], bool], walk: Walk) -> int | None:
    """The offset of the next ``,`` after ``start`` that begins a whole element ``accept`` takes.

    The element must be followed by ``,`` or ``]``. Each candidate ``, {"`` is scanned
    on its own, and one inside a string of the broken element stops its scan at the
    first bare word, so a broken element full of ``, {`` costs about one pass over it.
    None when no element after ``start`` can be read.
    """
    for match in CANDIDATE.finditer(text, start):
        scan = walk.scanner.scan(match.end())
        if scan.end is None or scan.depth > MAX_JSON_DEPTH:
            continue
        after = skip_ws(text, scan.end)
        if text[after : after + 1] not in (",", "]"):
            continue
        try:
            value = decode_piece(text[match.end() : scan.end])[0]
        except (ValueError, RecursionError):
            continue
        if accept(value):
            return match.start()
    return None


def array_articles(
    text: str, pos: int, accept: Callable[[object], bool], name: Callable[[int], str], walk: Walk | None = None
) -> Generator[RawArticle, None, int | None]:
    """Yield a raw article per element of the array at ``pos`` (see :func:`iter_array`); return its end.

    ``name(n)`` names the n-th element in problems ("post 3"); an element that could
    not be read is a raw article with empty fields and the problem, spanning what was skipped.
    """
    elements = iter_array(text, pos, accept, walk)
    number = 0
    while True:
        try:
            element = next(elements)
        except StopIteration as stop:
            end: int | None = stop.value
            return end
        number += 1
        where = name(number)
        at = Location(record=number)
        if element.error is not None:
            code = element.error.code if isinstance(element.error, Problem) else "record-broken"
            problem = Problem(code, f"{where} could not be read: {element.error}", at)
            yield RawArticle(element.start, element.end, {}, (problem,))
        else:
            fields, problems = map_record(element.value, where=where, unreadable=element.unreadable, at=at)
            yield RawArticle(element.start, element.end, fields, problems)
