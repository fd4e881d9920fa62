"""The whole-text detector: the last-resort fallback that reads the whole text as one article."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.detectors._base import RawArticle
from newsparse.detectors._lines import trimmed
from newsparse.detectors._sniff import first_char

__all__ = ["WholeTextDetector"]


class WholeTextDetector:
    """The fallback: the whole text is one article, read line by line.

    It scores just above zero on any non-blank text, so it wins only when no
    other detector recognises anything: a layout nobody knows still parses,
    with a confidence that says so.
    """

    name = "whole-text"
    description = "Fallback: the whole text as one plain-text article."

    def sniff(self, head: str) -> float:
        """A token score for any non-blank text."""
        return 0.01 if first_char(head) else 0.0  # head.strip() without the copy

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield the whole (trimmed) text as one raw article."""
        span = trimmed(text, 0, len(text))
        if span is not None:
            yield RawArticle(*span)
