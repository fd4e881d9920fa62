"""Counter-footer feeds: every entry ends with a view counter such as "View 227 times"."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.detectors._base import RawArticle
from newsparse.detectors._lines import last_line_end, spans_between
from newsparse.detectors.text._scan import line_match_ends
from newsparse.vocabulary import PATTERNS

__all__ = ["CounterFooterDetector"]


class CounterFooterDetector:
    """Feed dumps whose entries each end with a view-counter footer line."""

    name = "counter-footer"
    description = 'Feed entries each ended by a view counter ("View 227 times").'

    def sniff(self, head: str) -> float:
        """High with two or more counter lines in the head, medium with one."""
        count = sum(1 for _ in zip(range(3), PATTERNS.views_footer.finditer(head), strict=False))
        return {0: 0.0, 1: 0.5}.get(count, 0.9)

    def split(self, text: str) -> Iterator[RawArticle]:
        """Cut after every footer line; text after the last footer is one more entry."""
        cuts = line_match_ends(PATTERNS.views_footer, text)
        for start, end in spans_between(text, cuts):
            yield RawArticle(start, end)

    def safe_cut(self, text: str) -> int:
        """Streaming: just after the last complete footer line (an article ends there)."""
        return last_line_end(PATTERNS.views_footer, text)

    def split_block(self, text: str, *, first_line: int = 1) -> Iterator[RawArticle]:
        """Streaming: ``split`` on a block of the whole text (line numbers do not matter here)."""
        return self.split(text)
