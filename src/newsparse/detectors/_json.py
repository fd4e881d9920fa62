"""Walking JSON text value by value, so one broken record does not cost the others."""

from __future__ import annotations

import json
from collections.abc import Iterator

__all__ = ["BrokenJsonError", "iter_array", "skip_ws"]

_DECODER = json.JSONDecoder()
_WS = " \t\n\r"


class BrokenJsonError(ValueError):
    """The JSON text is broken at ``position``."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.position = position


def skip_ws(text: str, pos: int) -> int:
    """Return the offset of the next non-whitespace character at or after ``pos``."""
    while pos < len(text) and text[pos] in _WS:
        pos += 1
    return pos


def decode_at(text: str, pos: int) -> tuple[object, int]:
    """Decode one JSON value at ``pos``; raise :class:`BrokenJsonError` with a readable message."""
    try:
        return _DECODER.raw_decode(text, pos)
    except json.JSONDecodeError as exc:
        raise BrokenJsonError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}", exc.pos) from None
    except RecursionError:
        raise BrokenJsonError("JSON nested too deeply to decode", pos) from None


def iter_array(text: str, pos: int) -> Iterator[tuple[int, int, object]]:
    """Yield (start, end, value) for each element of the JSON array that starts at ``pos``.

    Raises :class:`BrokenJsonError` where the array breaks; elements before it are already yielded.
    """
    pos = skip_ws(text, pos + 1)
    if pos < len(text) and text[pos] == "]":
        return
    while True:
        if pos >= len(text):
            raise BrokenJsonError("the JSON array is truncated", pos)
        value, end = decode_at(text, pos)
        yield pos, end, value
        pos = skip_ws(text, end)
        if pos < len(text) and text[pos] == ",":
            pos = skip_ws(text, pos + 1)
        elif pos < len(text) and text[pos] == "]":
            return
        else:
            raise BrokenJsonError(f"expected ',' or ']' at offset {pos}; the JSON array is truncated or broken", pos)
