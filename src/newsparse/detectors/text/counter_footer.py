"""Counter-footer feeds: every entry ends with a view counter such as "View 227 times"."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from newsparse.detectors._base import RawArticle
from newsparse.detectors._lines import last_line_end, spans_between
from newsparse.detectors._sniff import MARKUP, count_lines, line_starts, lines_from, markup_document, plain_lines
from newsparse.detectors.text._scan import line_match_ends
from newsparse.vocabulary import PATTERNS, active

__all__ = ["CounterFooterDetector"]


_NOT_IN_COUNTERS = MARKUP  # characters of markup and code, in no counter line (nor word, checked)


@functools.lru_cache(maxsize=8)
def _footer_starts(footer: re.Pattern[str]) -> re.Pattern[bytes] | None:
    """The lines where ``footer`` (built from the active vocabularies) may match.

    A view counter line starts, after white space, with a word said before the
    count ("Views: 227"), a verb before it ("View 227 times") or the count itself,
    and holds only those words, the count, colons, dots and white space: none of
    the characters of markup and code that most lines of a page have.
    """
    words = [w for v in active() for w in (*v.views_before, *v.views_verbs, *v.views_times, *v.views_after)]
    clean = not any(char in word for word in words for char in _NOT_IN_COUNTERS)
    rest = b"[^\\n" + re.escape(_NOT_IN_COUNTERS.encode()) + b"]*+" if clean else b""
    firsts = (w for v in active() for w in (*v.views_before, *v.views_verbs))
    return line_starts(firsts, digit=True, rest=rest)


@functools.lru_cache(maxsize=8)
def _plain_counters(footer: re.Pattern[str]) -> bool:
    """Whether every line ``footer`` (built from the active vocabularies) matches is among the head's plain lines.

    A view counter line holds the vocabularies' words, the count, colons, dots
    and white space, and starts, after white space, with a word or a digit: it
    is a plain line (:func:`~newsparse.detectors._sniff.plain_lines`) when no
    word holds a character of markup.
    """
    words = [w for v in active() for w in (*v.views_before, *v.views_verbs, *v.views_times, *v.views_after)]
    return not any(char in word for word in words for char in _NOT_IN_COUNTERS)


class CounterFooterDetector:
    """Feed dumps whose entries each end with a view-counter footer line."""

    name = "counter-footer"
    description = 'Feed entries each ended by a view counter ("View 227 times").'

    def sniff(self, head: str) -> float:
        """High with two or more counter lines in the head, medium with one (0 for a markup document)."""
        if markup_document(head):
            return 0.0
        footer = PATTERNS.views_footer
        starts = _footer_starts(footer)
        if starts is None:
            count = count_lines(footer, head, 3)
        else:  # a counter is a whole line: the lines that may be one are matched one by one
            count = 0
            if _plain_counters(footer):  # the plain lines (one scan, shared) that start as a counter does
                lines: Iterable[str] = (
                    line for line in plain_lines(head) if starts.match(b"\n" + line.encode("utf-8", "surrogatepass"))
                )
            else:
                lines = lines_from(head, starts)
            for line in lines:
                count += footer.match(line) is not None
                if count == 3:
                    break
        return {0: 0.0, 1: 0.5}.get(count, 0.9)

    def split(self, text: str) -> Iterator[RawArticle]:
        """Cut after every footer line; text after the last footer is one more entry."""
        cuts = line_match_ends(PATTERNS.views_footer, text, PATTERNS.views_firsts)
        for start, end in spans_between(text, cuts):
            yield RawArticle(start, end)

    def safe_cut(self, text: str) -> int:
        """Streaming: just after the last complete footer line (an article ends there)."""
        return last_line_end(PATTERNS.views_footer, text)

    def split_block(self, text: str, *, first_line: int = 1) -> Iterator[RawArticle]:
        """Streaming: ``split`` on a block of the whole text (line numbers do not matter here)."""
        return self.split(text)
