"""Small helpers shared by the plain-text detectors: spans, blank runs, trimming."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

__all__ = [
    "BLOCK_GAP",
    "first_line",
    "last_complete_gap",
    "last_line_end",
    "line_pattern",
    "spans_between",
    "trimmed",
]

BLOCK_GAP = re.compile(r"\n(?:[ \t\u00a0]*\n){3,}")
"""Three or more blank lines: the gap that separates articles in block dumps."""

_TAIL = 65536  # how far back from the end the streaming cuts look first
_NOT_BLANK = re.compile(r"[^ \t\u00a0\n]")


def trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink ``text[start:end]`` to exclude surrounding whitespace; None if nothing is left.

    Example:
        >>> trimmed("  ab \\n", 0, 6)
        (2, 4)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def spans_between(text: str, cuts: list[int]) -> Iterator[tuple[int, int]]:
    """Yield the trimmed, non-empty spans between successive cut offsets (0 and len(text) implied).

    Example:
        >>> list(spans_between("One \\n\\nTwo\\n\\n", [5]))
        [(0, 3), (6, 9)]
    """
    edges = [0, *cuts, len(text)]
    for start, end in itertools.pairwise(edges):
        span = trimmed(text, start, end)
        if span is not None:
            yield span


def first_line(text: str, start: int = 0) -> str:
    """The first non-blank line of ``text[start:]``, stripped ('' when there is none).

    Only the first 50 lines are looked at one by one; after them, the rest is one
    line. ``start`` spares callers a copy of the text for every start they try.

    Example:
        >>> first_line("\\n  \\n Title \\nBody"), first_line("A\\n\\n\\nB", 2)
        ('Title', 'B')
    """
    pos = start
    for _ in range(50):
        end = text.find("\n", pos)
        if end < 0:
            break
        line = text[pos:end].strip()
        if line:
            return line
        pos = end + 1
    return text[pos:].strip()


def _tail_starts(text: str) -> Iterator[int]:
    """Line starts from which to search the end of ``text``: close to the end first, then everything."""
    size = _TAIL
    while size < len(text):
        yield text.rfind("\n", 0, len(text) - size) + 1
        size *= 8
    yield 0


def last_line_end(pattern: re.Pattern[str], text: str) -> int:
    """End of the last match of a one-line ``pattern`` that is followed by a newline (0 when none).

    A match at the very end of ``text`` may still grow or stop matching when more
    text follows, so it does not count. For streaming cuts (``safe_cut``).

    Example:
        >>> last_line_end(re.compile(r"^View \\d+ times$", re.MULTILINE), "a\\nView 2 times\\nb\\nView 3 times")
        14
    """
    for start in _tail_starts(text):
        last = 0
        for match in pattern.finditer(text, start):
            if text.startswith("\n", match.end()):
                last = match.end()
        if last:
            return last
    return 0


def last_complete_gap(text: str) -> int:
    """Start of the last :data:`BLOCK_GAP` that non-blank text follows (0 when none), for streaming cuts.

    Example:
        >>> last_complete_gap("a\\n\\n\\n\\nb\\n\\n\\n\\nc"), last_complete_gap("a\\n\\n\\n\\n")
        (6, 0)
    """
    for start in _tail_starts(text):
        last = 0
        for match in BLOCK_GAP.finditer(text, max(0, start - 1)):
            if match.start() > 0 and _NOT_BLANK.search(text, match.end()) is not None:
                last = match.start()
        if last:
            return last
    return 0


@functools.lru_cache(maxsize=64)
def line_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, a MULTILINE pattern whose every alternative starts with ``^``, as ``\\n(?:pattern)``.

    Searched over ``"\\n" + text``, it matches where ``pattern`` matches in
    ``text``, one character later, with the same length: ``re`` jumps from newline
    to newline instead of trying every position.

    Example:
        >>> line_pattern(re.compile("^Body$", re.MULTILINE)).pattern
        '\\n(?:^Body$)'
    """
    if not pattern.flags & re.MULTILINE or not pattern.pattern.startswith("^"):
        raise ValueError(f"not a MULTILINE pattern anchored at line starts: {pattern.pattern[:60]!r}")
    return re.compile(f"\n(?:{pattern.pattern})", pattern.flags)
