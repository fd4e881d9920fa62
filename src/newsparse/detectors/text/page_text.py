"""Page text: an article copied from a web page, with a section label and a "via <date>" footer."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.detectors._base import RawArticle
from newsparse.detectors._lines import BLOCK_GAP, first_line, last_complete_gap, last_line_end, spans_between
from newsparse.detectors.text._scan import has_line_match, line_match_ends
from newsparse.vocabulary import PATTERNS

__all__ = ["PageTextDetector"]


class PageTextDetector:
    """One or more articles copied as text from web pages: label, title, caption, body, via-footer.

    Articles end at a "via <date>" footer line or at three or more blank lines.
    """

    name = "page-text"
    description = 'Articles copied from web pages: a section label, a title, and a "via <date>" footer.'

    def sniff(self, head: str) -> float:
        """Score the label on the first line and "via" footers."""
        if head.lstrip()[:1] in "{[<":
            return 0.0
        score = 0.0
        if first_line(head).casefold() in PATTERNS.labels:  # the labels the reader drops
            score += 0.35
        if has_line_match(PATTERNS.via_footer, head):
            score += 0.35
        return score

    def split(self, text: str) -> Iterator[RawArticle]:
        """Cut after every via-footer and at every long blank gap."""
        cuts = sorted(line_match_ends(PATTERNS.via_footer, text) + [m.start() for m in BLOCK_GAP.finditer(text)])
        for start, end in spans_between(text, cuts):
            yield RawArticle(start, end)

    def safe_cut(self, text: str) -> int:
        """Streaming: after the last complete via-footer line or at the last complete gap, whichever is later."""
        return max(last_line_end(PATTERNS.via_footer, text), last_complete_gap(text))

    def split_block(self, text: str, *, first_line: int = 1) -> Iterator[RawArticle]:
        """Streaming: ``split`` on a block of the whole text (line numbers do not matter here)."""
        return self.split(text)
