"""The blank-blocks detector: plain-text articles separated by three or more blank lines."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.detectors._base import RawArticle
from newsparse.detectors._lines import BLOCK_GAP, first_line, last_complete_gap, spans_between
from newsparse.detectors._sniff import first_char

__all__ = ["BlankBlocksDetector"]


class BlankBlocksDetector:
    """Plain-text articles separated by runs of three or more blank lines.

    Each block is read as one article: its first line is the title. This is the
    layout of most "copy every article into one file" scrapes that have no
    other marker.
    """

    name = "blank-blocks"
    description = "Plain-text articles separated by three or more blank lines."

    def sniff(self, head: str) -> float:
        """Score by how many blocks there are and whether they start with title-like lines."""
        if first_char(head) in "{[<":
            return 0.0
        gaps = list(BLOCK_GAP.finditer(head))
        if not gaps:
            return 0.0
        titled = sum(1 for gap in gaps if 0 < len(first_line(head, gap.end())) <= 250)  # no copy per gap
        return 0.3 if titled * 2 >= len(gaps) else 0.15  # below every layout with its own markers

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one raw article per block."""
        cuts = [gap.start() for gap in BLOCK_GAP.finditer(text)]
        for start, end in spans_between(text, cuts):
            yield RawArticle(start, end)

    def safe_cut(self, text: str) -> int:
        """Streaming: at the start of the last gap that text follows (an article starts after it)."""
        return last_complete_gap(text)

    def split_block(self, text: str, *, first_line: int = 1) -> Iterator[RawArticle]:
        """Streaming: ``split`` on a block of the whole text (line numbers do not matter here)."""
        return self.split(text)
