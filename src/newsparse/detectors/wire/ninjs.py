"""IPTC ninjs ("News in JSON") 1.x and 2.x: one item, an array of items, JSON Lines, or an API envelope.

The JSON is walked with the JSON detectors' scanner (:mod:`newsparse.detectors.json._json`
and ``_arrays``): each value is decoded from a slice of its own size, within the
record caps, and a broken item costs only itself. Mapping one item onto the
field contract is :mod:`newsparse.detectors.wire._ninjs_map`.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from typing import Any

import attrs

from newsparse._problems import Location, Problem
from newsparse.detectors._base import RawArticle
from newsparse.detectors.json._arrays import (
    PAUSED,
    ArrayCursor,
    Outcome,
    Paused,
    WalkState,
    collect,
    resumed,
    walk_array,
)
from newsparse.detectors.json._json import BrokenJsonError, Element, Walk, decode_at, decode_settled, skip_ws
from newsparse.detectors.wire._ninjs_map import item_fields, unwrap
from newsparse.errors import LimitError

__all__ = ["NinjsDetector"]

_SNIFF_WINDOW = 20000
_ENVELOPE_HEAD = 2000  # how far into an API response its list of items may start
_STANDARD = re.compile(r'"standard"\s*:\s*\{[^{}]{0,300}"name"\s*:\s*"ninjs"', re.IGNORECASE)
_OWN_KEY = re.compile(
    r'"(versioncreated|firstcreated|pubstatus|body_text|body_xhtml|bodies|headlines|representationtype'
    r'|description_text|descriptions|renditions)"\s*:'
)
_ID_KEY = re.compile(r'"(?:uri|guid)"\s*:\s*"')
# The list of items in an API response ({"data": {"items": [{"item": {...}}]}}).
_LIST_KEY = re.compile(r'"(?:items|data|results|hits|documents|entries|stories|news)"\s*:\s*\[')
_NEXT_VALUE = re.compile(r"\n[ \t\r]*+[\[{]")
_Items = Generator[RawArticle, None, Outcome]  # raw articles, then the offset past the value (None: the end; PAUSED)


class NinjsDetector:
    """IPTC ninjs items: headline(s), bodies, byline, dates, subjects, located, associated pictures.

    Reads ninjs 1.x (``headline``, ``body_text``/``body_html``, ``byline``,
    ``description_text``, renditions and associations keyed by name) and 2.x
    (``headlines``, ``bodies``, ``descriptions``, ``by``, lists of renditions and
    associations), as one object, an array, JSON Lines, or an API response whose
    ``items``/``data`` list holds them (each possibly as ``{"item": {...}}``).
    Media items (pictures, graphics, video, audio) are reported, not articles;
    canceled or withheld items are read with a note and a problem.
    """

    name = "ninjs"
    description = "IPTC ninjs (News in JSON) 1.x and 2.x items: an object, an array, JSON Lines or an API response."

    def sniff(self, head: str) -> float:
        """Near-certain on a ninjs ``standard`` object or on ninjs's own keys next to ``uri``/``guid``."""
        start = head.lstrip()[:1]
        if start not in ("{", "["):
            return 0.0
        window = head[:_SNIFF_WINDOW]
        if _STANDARD.search(window):
            return 0.97
        own = {match.group(1) for match in _OWN_KEY.finditer(window)}
        dated = bool(own & {"versioncreated", "firstcreated"})
        if dated and len(own) >= 2 and _ID_KEY.search(window):
            return 0.96  # above wordpress (0.95), jsonlines (0.9) and json-records (0.85)
        if len(own) >= 3 or (dated and _ID_KEY.search(window)):
            return 0.92
        return 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one raw article per ninjs item (a broken or non-text item as a problem)."""
        yield from self.split_resumable(text, None, final=True)

    def split_resumable(
        self, text: str, state: object, *, final: bool
    ) -> Generator[RawArticle, None, tuple[int, object]]:
        """Streaming: the items of the block ``text`` that more text cannot change; return (cut, state).

        See :class:`~newsparse.detectors.StreamingDetector`. JSON Lines go line by
        line and arrays element by element; an object (one item, or an API
        response with its list) is held until its end, as ``split`` reads it whole.
        """
        now = state if isinstance(state, _State) else _State()
        return (yield from resumed(text, now, lambda block, at, walk: self._resume(block, at, walk, final)))

    def _resume(self, text: str, now: _State, walk: Walk, final: bool) -> Generator[RawArticle, None, int]:
        if now.lines is None:
            now.lines = _json_lines(text) if final else _lines_mode(text)
            if now.lines is None:
                return 0  # not enough lines yet to tell JSON Lines from pretty-printed JSON
        if now.lines:  # JSON Lines: each line is read on its own, a broken one costs its line
            cut = len(text) if final else text.rfind("\n") + 1
            yield from self._lines(text[:cut], now.count)
            return cut
        while True:
            if now.cursor is not None:
                end = yield from self._items(text, now.cursor, walk, now.count, final)
                if isinstance(end, Paused):
                    return now.cursor.last
                now.cursor = None
                if end is None:
                    return len(text)
                now.pos = end
            pos = skip_ws(text, now.pos)
            if pos >= len(text):
                return now.pos if not final else len(text)
            if text[pos] == "[":
                now.cursor = ArrayCursor.at(pos)
                continue
            kept: list[RawArticle] = []
            before = now.count[0]
            value = self._object if text[pos] == "{" else self._garbage
            found = collect(value(text, pos, walk, now.count, final), kept)
            if isinstance(found, Paused):
                now.count[0] = before  # read again, whole, from the next block
                return now.pos
            yield from kept
            if found is None:
                return len(text)
            now.pos = found

    def _items(self, text: str, cursor: ArrayCursor, walk: Walk, count: list[int], final: bool) -> _Items:
        """The items of an array from ``cursor``: one raw article each (a broken one as a problem)."""
        elements = walk_array(text, cursor, lambda value: unwrap(value) is not None, walk, final=final)
        ends: list[Outcome] = []
        for element in _keeping_end(elements, ends):
            count[0] += 1
            if element.error is not None:
                problem = _unread(element.error, f"item {count[0]} could not be read: {element.error}", count[0])
                yield RawArticle(element.start, element.end, {}, (problem,))
            else:
                yield _article(element.value, element.start, element.end, f"item {count[0]}", Location(record=count[0]))
        return ends[0]

    def _array(self, text: str, pos: int, walk: Walk, count: list[int], final: bool = True) -> _Items:
        return (yield from self._items(text, ArrayCursor.at(pos), walk, count, final))

    def _object(self, text: str, pos: int, walk: Walk, count: list[int], final: bool) -> _Items:
        """One object: an item, or an API response with its list of items (PAUSED: it needs more text)."""
        try:
            decoded = decode_settled(text, pos, walk, final=final)
        except (BrokenJsonError, LimitError) as exc:
            listed = _LIST_KEY.search(text, pos, pos + _ENVELOPE_HEAD) if isinstance(exc, LimitError) else None
            if listed is None and isinstance(exc, LimitError) and not final and pos + _ENVELOPE_HEAD > len(text):
                return PAUSED
            if listed is not None:  # an API response over the record cap: its items one by one
                return (yield from self._array(text, listed.end() - 1, walk, count, final))
            resume = _NEXT_VALUE.search(text, pos + 1)
            if resume is None and not final:
                return PAUSED
            count[0] += 1
            stop = resume.start() if resume else len(text)
            problem = _unread(getattr(exc, "problem", None), f"item {count[0]} could not be read: {exc}", count[0])
            yield RawArticle(pos, stop, {}, (problem,))
            return stop if resume else None
        if decoded is None:
            return PAUSED  # the object may go on in the next block
        value, end, _ = decoded
        if unwrap(value) is None and isinstance(value, dict):
            listed = _LIST_KEY.search(text, pos, end)
            if listed is not None:
                after = yield from self._array(text, listed.end() - 1, walk, count, final)
                if isinstance(after, Paused):
                    return PAUSED
                return end if after is not None else None
        count[0] += 1
        yield _article(value, pos, end, f"item {count[0]}", Location(record=count[0]))
        return end

    def _lines(self, text: str, count: list[int]) -> Iterator[RawArticle]:
        """JSON Lines: one item (or API envelope) per line; a line that is not a JSON object is reported."""
        start = 0
        for line in text.split("\n"):
            begin, end = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
            start += len(line) + 1
            if begin >= end:
                continue
            piece = text[begin:end]
            try:
                value, stop, _ = decode_at(piece, 0)
                if stop != len(piece):
                    raise BrokenJsonError(f"extra data after the JSON value at column {stop + 1}", stop)
            except (BrokenJsonError, LimitError) as exc:
                count[0] += 1
                message = f"item {count[0]} could not be read: {exc}"
                yield RawArticle(begin, end, {}, (_unread(getattr(exc, "problem", None), message, count[0]),))
                continue
            listed = _LIST_KEY.search(piece) if isinstance(value, dict) and unwrap(value) is None else None
            if listed is not None:  # an API response on one line: its items, with spans in the whole text
                for raw in self._array(piece, listed.end() - 1, Walk(piece), count):
                    yield attrs.evolve(raw, start=raw.start + begin, end=raw.end + begin)
                continue
            count[0] += 1
            yield _article(value, begin, end, f"item {count[0]}", Location(record=count[0]))

    def _garbage(self, text: str, pos: int, walk: Walk, count: list[int], final: bool) -> _Items:
        """Text between JSON values that is not JSON: reported, and reading goes on at the next line's value."""
        resume = _NEXT_VALUE.search(text, pos)
        if resume is None and not final:
            return PAUSED
        stop = resume.start() if resume else len(text)
        count[0] += 1
        message = f"item {count[0]} could not be read: text that is not JSON at offset {walk.base + pos}"
        yield RawArticle(pos, stop, {}, (Problem("record-broken", message, Location(record=count[0])),))
        return stop if resume else None


@attrs.define
class _State(WalkState):
    """Where a resumable split stands: JSON Lines or not (None: not known yet), between values, or in an array."""

    lines: bool | None = None
    count: list[int] = attrs.Factory(lambda: [0])


def _lines_mode(head: str) -> bool | None:
    """:func:`_json_lines` on the start of a text, or None when that start cannot tell yet.

    The answer is known once the first five non-blank lines are seen (or one of the
    lines seen does not start an object); the last line of the block may be cut off,
    but its first character is known when it has one.
    """
    if head.count("\n") >= 6:
        return _json_lines(head)
    seen = [line for line in (part.strip() for part in head.split("\n")) if line]
    if any(not line.startswith("{") for line in seen[:5]):
        return False
    return True if len(seen) >= 5 else None


def _json_lines(text: str) -> bool:
    """Whether the text is JSON Lines: two or more first lines, each starting an object.

    A pretty-printed object has lines that start with a key or a bracket's close instead.
    """
    lines = [line.strip() for line in text.split("\n", 6)[:6] if line.strip()]
    return len(lines) >= 2 and all(line.startswith("{") for line in lines[:5])


def _keeping_end(elements: Generator[Element, None, Outcome], ends: list[Outcome]) -> Iterator[Element]:
    """The elements of an array walk; the offset past the array (its generator's return value) goes to ``ends``."""
    ends.append((yield from elements))


def _unread(error: object, message: str, number: int) -> Problem:
    """The problem for an item that could not be read: the walker's own code (a cap), else ``record-broken``."""
    if isinstance(error, Problem):
        return error.reworded(message, record=number)
    return Problem("record-broken", message, Location(record=number))


def _article(value: object, start: int, end: int, where: str, at: Location) -> RawArticle:
    item = unwrap(value)
    if item is None:
        message = f"{where} is not a ninjs item (no ninjs keys)"
        return RawArticle(start, end, {}, (Problem("record-unmapped", message, at),))
    fields: dict[str, Any]
    fields, problems = item_fields(item, where, at)
    return RawArticle(start, end, fields, tuple(problems))
