"""Small helpers shared by the plain-text detectors: spans, blank runs, trimming."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

__all__ = ["BLOCK_GAP", "first_line", "spans_between", "trimmed"]

BLOCK_GAP = re.compile(r"\n(?:[ \t\u00a0]*\n){3,}")
"""Three or more blank lines: the gap that separates articles in block dumps."""


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
    """Yield the trimmed, non-empty spans between successive cut offsets (0 and len(text) implied)."""
    edges = [0, *cuts, len(text)]
    for start, end in itertools.pairwise(edges):
        span = trimmed(text, start, end)
        if span is not None:
            yield span


def first_line(text: str) -> str:
    """The first non-blank line of ``text``, stripped ('' when there is none)."""
    for line in text.split("\n", 50):
        if line.strip():
            return line.strip()
    return ""
