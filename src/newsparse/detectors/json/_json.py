"""Walking JSON text value by value, so one broken record does not cost the others.

Every array or object is first *scanned*: one pass over its brackets that skips
strings, numbers and literals in a regular expression and checks the little
grammar a bracket scan can check (no bare words outside strings, a ``{`` after a
``,`` only inside an array, brackets that pair up). The scan tells where the
value ends and how deeply it nests before :mod:`json` sees it, so the caps of
:mod:`newsparse._limits` hold whatever the caller's stack depth, a value is
decoded from a slice of its own size (a decode error never costs a count of the
lines of the whole text), and a broken element whose brackets still pair up is
skipped exactly. Only an element that is truncated or whose quoting is broken
needs a resync: the next ``, {"`` from which a whole, accepted element decodes.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from newsparse._limits import MAX_JSON_DEPTH, MAX_RECORD_BYTES, describe
from newsparse._problems import Problem
from newsparse.errors import LimitError

__all__ = [
    "CANDIDATE",
    "BrokenJsonError",
    "Element",
    "HugeInt",
    "Walk",
    "decode_at",
    "decode_piece",
    "decode_settled",
    "error_code",
    "error_message",
    "over_cap_problem",
    "read_value",
    "skip_ws",
    "too_large",
    "utf8_over",
]

_WS = " \t\n\r"
_LONGEST_WORD = 10  # "-Infinity" and a margin: a word this close to the end of a block may be cut off

# What may stand between two brackets of JSON: whitespace, separators, strings, numbers, literals (with the
# NaN and Infinity that Python's json reads and pandas writes).
# Possessive quantifiers: the scan never backtracks, so it is linear in the text it passes.
_BETWEEN = re.compile(
    r'(?:[ \t\n\r,:]++|"(?:[^"\\]++|\\.)*+"|-?[0-9][0-9.eE+\-]*+|true|false|null|NaN|-?Infinity)*+', re.DOTALL
)
_SCALAR = re.compile(r'"(?:[^"\\]++|\\.)*+"|-?[0-9][0-9.eE+\-]*+|true|false|null|NaN|-?Infinity')
# The start of an element an array could resume at after a broken one: ", {" and then a key.
CANDIDATE = re.compile(r',[ \t\n\r]*+(?=\{[ \t\n\r]*+")')


class BrokenJsonError(ValueError):
    """The JSON text is broken at ``position``."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.position = position


class HugeInt:
    """Stands for a JSON integer too long for Python to convert (by default, more than 4,300 digits)."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


class Element(NamedTuple):
    """One element of a JSON array: its span, its value, or why it could not be read.

    ``error`` is None for an element that was read; then ``unreadable`` names the
    parts of it that were left out (an integer too long to convert, as a path such as
    ``views`` or ``tags[2]``). A broken element's span starts just past the element
    before it, so that the problem covers every character that was not read.
    """

    start: int
    end: int
    value: object
    error: str | None
    unreadable: tuple[str, ...] = ()


class _Scan(NamedTuple):
    end: int | None  # offset past the closing bracket; None if the value breaks or the text ends first
    depth: int  # the deepest nesting met (arrays and objects)
    open: bool = False  # end is None because the text ends (or may end) inside the value: more text could close it


def skip_ws(text: str, pos: int) -> int:
    """Return the offset of the next non-whitespace character at or after ``pos``."""
    while pos < len(text) and text[pos] in _WS:
        pos += 1
    return pos


class _Scanner:
    """Bracket scans of one text, with what the last long scan learnt about the objects it passed.

    A scan from an element that is cut off inside a list (``"tags": ["a"`` and then the
    next posts) only ends where the text does. Every element start it passed, with its
    end or the fact that it never closes, is remembered, so the next such element is
    answered without scanning the same text again: each character is scanned about once.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[int, _Scan] = {}
        self.start = self.stop = 0

    def scan(self, pos: int) -> _Scan:
        """Scan the array or object at ``pos``: where it ends (None if it breaks first) and how deep it goes."""
        if self.start <= pos < self.stop and pos in self.known:
            return self.known[pos]
        known, stop = self._run(pos)
        if stop >= self.stop:
            self.known, self.start, self.stop = known, pos, stop
        return known[pos]

    def _run(self, pos: int) -> tuple[dict[int, _Scan], int]:
        text, size, start = self.text, len(self.text), pos
        known: dict[int, _Scan] = {}
        stack: list[list[int]] = []  # per open bracket: [offset if remembered else -1, "{" or "[", level, deepest]
        while True:
            pos = _BETWEEN.match(text, pos).end()  # type: ignore[union-attr]  # the pattern matches the empty string
            if pos >= size:
                break
            char = text[pos]
            if char in "[{":
                before = text[_last_non_ws(text, pos)] if stack else ""
                if stack and stack[-1][1] == ord("{") and before != ":":
                    break  # a value where an object needs a key: broken here
                remember = pos == start or (char == "{" and before in ",[")
                stack.append([pos if remember else -1, ord(char), len(stack) + 1, len(stack) + 1])
            elif char in "]}":
                if not stack or stack[-1][1] != ord("[" if char == "]" else "{"):
                    break
                offset, _, level, deepest = stack.pop()
                if offset >= 0:
                    known[offset] = _Scan(pos + 1, deepest - level + 1)
                if not stack:
                    return known, pos + 1
                stack[-1][3] = max(stack[-1][3], deepest)
            else:
                break  # a bare word or an unterminated string
            pos += 1
        open_ = _runs_to_end(text, pos)
        for k in range(len(stack) - 1, -1, -1):  # never closed: broken, as deep as seen so far
            offset, _, level, deepest = stack[k]
            if k:
                stack[k - 1][3] = max(stack[k - 1][3], deepest)
            if offset >= 0:
                known[offset] = _Scan(None, deepest - level + 1, open_)
        return known, max(pos, start + 1)


def _runs_to_end(text: str, pos: int) -> bool:
    """Whether a scan that stopped at ``pos`` may have stopped only because the text ends there.

    True at the end of the text, at a string that never closes (its quote runs to the
    end), or at a word close enough to the end to be a cut-off literal or number.
    """
    return pos >= len(text) or text[pos] == '"' or len(text) - pos <= _LONGEST_WORD


def _last_non_ws(text: str, pos: int) -> int:
    pos -= 1
    while pos > 0 and text[pos] in _WS:
        pos -= 1
    return pos


def _parse_int(digits: str) -> int | HugeInt:
    try:
        return int(digits)
    except ValueError:  # beyond the int-conversion limit (sys.get_int_max_str_digits)
        return HugeInt(len(digits.lstrip("-")))


_DECODER = json.JSONDecoder()
_TOLERANT = json.JSONDecoder(parse_int=_parse_int)


class Walk:
    """What one walk over a text keeps: the scans, the line numbers met so far, the decode window.

    Line and column of offsets met in increasing order count each newline once (linear
    overall). The decode window is how much text a first, optimistic decode of an element
    is given: twice the size of the element before, at least 512 characters, so that the
    copy it decodes stays near the element's own size.

    ``text`` may be one block of a longer text read as a stream: ``base`` is the
    offset of its first character in the whole, on line ``line`` at column ``column``,
    so that messages name offsets, lines and columns of the whole text.
    """

    def __init__(self, text: str, base: int = 0, line: int = 1, column: int = 1, window: int = 512) -> None:
        self.text = text
        self.scanner = _Scanner(text)
        self.base = base
        self.first_line = line
        self.first_start = 1 - column  # where the first line starts, relative to text[0]
        self.pos = 0
        self.line = line
        self.line_start = self.first_start
        self.window = window

    def at(self, pos: int) -> tuple[int, int]:
        """The line and column (from 1) of offset ``pos`` (of ``text``) in the whole text."""
        if pos < self.pos:
            self.pos, self.line, self.line_start = 0, self.first_line, self.first_start
        newlines = self.text.count("\n", self.pos, pos)
        if newlines:
            self.line += newlines
            self.line_start = self.text.rfind("\n", self.pos, pos) + 1
        self.pos = pos
        return self.line, pos - self.line_start + 1


class _Read(NamedTuple):
    end: int | None  # where the value ends (also for a broken value whose brackets pair up); None if unknown
    value: object
    error: str | None  # None: read; "" : broken where its end is unknown (the message needs a bound, see error_message)
    unreadable: tuple[str, ...]
    over_cap: bool  # the value is beyond a cap (nesting or size), not merely broken
    open: bool = False  # the end is unknown because the text may end inside the value (more text could close it)


def read_value(text: str, pos: int, walk: Walk) -> _Read:
    """Read the JSON value at ``pos`` within the caps, decoding only its own slice; never raises."""
    if text[pos : pos + 1] in ("[", "{"):
        fast = _read_fast(text, pos, walk)
        if fast is not None:
            return fast
        scan = walk.scanner.scan(pos)
        if scan.depth > MAX_JSON_DEPTH:
            message = f"it nests deeper than the {describe(MAX_JSON_DEPTH)} levels newsparse reads"
            return _Read(scan.end, None, Problem("record-too-deep", message), (), True)
        if scan.end is None:
            return _Read(None, None, "", (), False, scan.open)
        end = scan.end
    else:
        match = _SCALAR.match(text, pos)
        if match is None:
            return _Read(None, None, "", (), False, _runs_to_end(text, pos))
        end = match.end()
    if too_large(text, pos, end):
        return _Read(end, None, over_cap_problem(), (), True)
    walk.window = max(512, 2 * (end - pos))
    piece = text[pos:end]
    try:
        value, unreadable = decode_piece(piece)
    except json.JSONDecodeError as exc:
        return _Read(end, None, _message(pos + exc.pos, exc.msg, walk), (), False)
    except RecursionError:  # within MAX_JSON_DEPTH, only a caller already deep in its stack gets here
        message = "it nests too deeply for the current stack to decode"
        return _Read(end, None, Problem("record-too-deep", message), (), True)
    return _Read(end, value, None, unreadable, False)


def _read_fast(text: str, pos: int, walk: Walk) -> _Read | None:
    """The common case first: the array or object at ``pos`` decodes within the window, few brackets in it.

    Its bracket count bounds its depth, so no scan is needed. None when that is not so
    (broken, deeper, larger than the window, or an over-long integer): then ``read_value`` scans.
    """
    try:
        value, used = _DECODER.raw_decode(text[pos : pos + walk.window])
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return None
    end = pos + used
    walk.window = max(512, 2 * used)
    if text.count("{", pos, end) + text.count("[", pos, end) > MAX_JSON_DEPTH or too_large(text, pos, end):
        return None
    return _Read(end, value, None, (), False)


def decode_piece(piece: str) -> tuple[object, tuple[str, ...]]:
    """Decode a whole JSON value: (value, the parts left out). Raises JSONDecodeError or RecursionError."""
    try:
        return _DECODER.raw_decode(piece)[0], ()
    except json.JSONDecodeError:
        raise
    except ValueError:  # an integer beyond Python's int-conversion limit: decode it as HugeInt, then leave it out
        return _without_huge_ints(_TOLERANT.raw_decode(piece)[0])


def _message(pos: int, what: str, walk: Walk) -> Problem:
    line, column = walk.at(pos)
    return Problem("record-broken", f"invalid JSON at line {line} column {column}: {what}")


def error_code(exc: BaseException) -> str:
    """The problem code for an error :func:`decode_at` raised: the cap it hit, else ``record-broken``.

    Example:
        >>> error_code(RecursionError()), error_code(BrokenJsonError("broken", 3))
        ('record-too-deep', 'record-broken')
    """
    problem = getattr(exc, "problem", None)  # a LimitError keeps the coded problem it was raised with
    if isinstance(problem, Problem):
        return problem.code
    return "record-too-deep" if isinstance(exc, RecursionError) else "record-broken"


def error_message(text: str, pos: int, end: int, walk: Walk) -> str:
    """The decoder's message for the broken value at ``pos``, decoded from ``text[pos:end]`` only."""
    try:
        _DECODER.raw_decode(text[pos:end])
    except json.JSONDecodeError as exc:
        return _message(pos + exc.pos, exc.msg, walk)
    except (ValueError, RecursionError):
        pass
    return _message(end, "the value is truncated or broken", walk)


def utf8_over(text: str, cap: int, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` takes more than ``cap`` bytes in UTF-8 (encoded only when its length leaves doubt).

    Example:
        >>> utf8_over("é" * 3, 5), utf8_over("e" * 3, 5)
        (True, False)
    """
    end = len(text) if end is None else end
    if end - start <= cap // 4:  # at most 4 UTF-8 bytes a character: surely within the cap
        return False
    return end - start > cap or len(text[start:end].encode("utf-8", "surrogatepass")) > cap


def too_large(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is over the record cap (:data:`~newsparse._limits.MAX_RECORD_BYTES` in UTF-8)."""
    return utf8_over(text, MAX_RECORD_BYTES, start, end)


def over_cap_problem() -> Problem:
    """The problem of a value over the record cap."""
    return Problem("record-over-cap", f"it is larger than the {describe(MAX_RECORD_BYTES)} a record may be")


def _without_huge_ints(value: object) -> tuple[object, tuple[str, ...]]:
    """``value`` with every :class:`HugeInt` replaced by None, and what was left out, by path."""
    if isinstance(value, HugeInt):
        return None, (f"the value is an integer of {value.digits:,} digits, too long to read",)
    found: list[str] = []
    stack: list[tuple[dict[str, object] | list[object], str]] = [(value, "")] if isinstance(value, dict | list) else []
    while stack:
        node, path = stack.pop()
        keys: list[str] | range = list(node) if isinstance(node, dict) else range(len(node))
        for key in keys:
            item = node[key]  # type: ignore[index]
            where = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else key
            if isinstance(item, HugeInt):
                node[key] = None  # type: ignore[index]
                found.append(f"{where} is an integer of {item.digits:,} digits, too long to read; left empty")
            elif isinstance(item, dict | list):
                stack.append((item, where))
    return value, tuple(sorted(found))


def decode_at(text: str, pos: int, walk: Walk | None = None) -> tuple[object, int, tuple[str, ...]]:
    """Decode the one JSON value at ``pos``: (value, end, the parts left out as unreadable).

    Raises :class:`BrokenJsonError` for a broken value and :class:`~newsparse.LimitError`
    for one beyond the nesting or size caps. Values of one text read in order share a ``walk``.
    """
    walk = walk or Walk(text)
    return _decoded(text, pos, walk, read_value(text, pos, walk))


def decode_settled(text: str, pos: int, walk: Walk, *, final: bool) -> tuple[object, int, tuple[str, ...]] | None:
    """:func:`decode_at` on a block of a stream; None when more text could change the answer.

    The answer is settled when ``final`` (the block is the rest of the text), when
    the value ends inside the block, or when it is over a cap already.
    """
    read = read_value(text, pos, walk)
    if not (final or read.over_cap or (read.end is not None and read.end < len(text))):
        return None
    return _decoded(text, pos, walk, read)


def _decoded(text: str, pos: int, walk: Walk, read: _Read) -> tuple[object, int, tuple[str, ...]]:
    if read.over_cap:
        raise LimitError(read.error or "beyond a cap")
    if read.error is not None:
        raise BrokenJsonError(read.error or error_message(text, pos, len(text), walk), pos)
    assert read.end is not None
    return read.value, read.end, read.unreadable
