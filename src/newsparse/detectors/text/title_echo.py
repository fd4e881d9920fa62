"""Title-echo dumps: every article repeats its title after a few lines of site furniture.

Scrapes of sites that print a headline, a photo caption (often twice), markers
such as "TT", "Short Url", "Updated ...", "Follow", then the headline again
above the body. The echoed title is what marks an article's start; the blank
lines between articles vary from site to site and are not relied on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from newsparse._captions import is_credit, split_credit
from newsparse.detectors._base import RawArticle
from newsparse.detectors._lines import spans_between
from newsparse.vocabulary import PATTERNS

__all__ = ["TitleEchoDetector"]

_LOOKAHEAD = 14  # non-blank lines within which the title comes back
_SHORT = 60  # a line this short between a title and its echo is a marker or a kicker


class _Lines(NamedTuple):
    """The non-blank lines of a text, numbered 0, 1, ... among them.

    ``offsets[k]`` is where line k starts, ``texts[k]`` is it stripped; ``openers`` are the numbers of the
    lines after a blank line (and of the first), the only ones that can be titles.
    """

    offsets: list[int]
    texts: list[str]
    openers: list[int]


def _nonblank_lines(text: str) -> _Lines:
    """The non-blank lines of ``text`` (see :class:`_Lines`), in one pass."""
    offsets: list[int] = []
    texts: list[str] = []
    openers: list[int] = []
    pos = 0
    blank_before = True
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            if blank_before:
                openers.append(len(texts))
            offsets.append(pos)
            texts.append(stripped)
            blank_before = False
        else:
            blank_before = True
        pos += len(line) + 1
    return _Lines(offsets, texts, openers)


def echo_starts(text: str) -> list[int]:
    """Offsets of lines whose text comes back within the next few lines, once, as a title does.

    Example:
        >>> echo_starts("Title A\\n\\nTT\\nTitle A\\n\\nBody.\\n\\n\\nTitle B\\nFollow\\nTitle B\\nBody.")
        [0, 21]
    """
    lines = _nonblank_lines(text)
    return [lines.offsets[k] for k in _start_indices(lines)]


def _start_indices(lines: _Lines) -> Iterator[int]:
    """Numbers of the title lines among the non-blank lines; each decision looks _LOOKAHEAD lines ahead.

    ``lines`` are ``_nonblank_lines`` of a text (or of a prefix of it). Only a line after a blank line is
    tried; a title found passes over the lines up to its echo.
    """
    texts = lines.texts
    count = len(texts)
    skip_to = 0
    for i in lines.openers:
        if i < skip_to:
            continue
        line = texts[i]
        if 3 <= len(line) <= 300 and i + 1 < count:
            window = texts[i + 1 : i + 1 + _LOOKAHEAD]
            # the cheap tests first (C-level): split_credit runs regexes, and most lines are not echoed
            if window.count(line) == 1 and window[0] != line and split_credit(line)[1] is None:
                gap = window[: window.index(line)]
                if _furniture(gap):
                    yield i
                    skip_to = i + 2 + len(gap)


def _furniture(gap: list[str]) -> bool:
    """Whether the lines between a title and its echo are site furniture, not story prose.

    Furniture is short (markers, timestamps, kickers), carries a photo credit, comes
    twice (doubled captions), or is followed by a credit line. A line repeated in a
    story's body has prose between its two copies, and is not taken for a title.
    """
    for k, line in enumerate(gap):
        if len(line) <= _SHORT or gap.count(line) > 1 or split_credit(line)[1] is not None:
            continue
        if k + 1 < len(gap) and is_credit(gap[k + 1]):
            continue
        return False
    return True


class TitleEchoDetector:
    """Articles whose title is printed twice, around captions and site markers."""

    name = "title-echo"
    description = "Articles that print their title twice around captions and markers (TT, Short Url, Follow)."

    def sniff(self, head: str) -> float:
        """High when the first line is echoed; higher still with the usual site markers."""
        starts = echo_starts(head)
        if not starts:
            return 0.0
        score = 0.8 if head[: starts[0]].strip() == "" else 0.5
        if PATTERNS.echo_markers.search(head):
            score += 0.1
        return score

    def split(self, text: str) -> Iterator[RawArticle]:
        """Cut before every echoed title."""
        cuts = [start for start in echo_starts(text) if start > 0]
        for start, end in spans_between(text, cuts):
            yield RawArticle(start, end)

    _kept: tuple[str, list[int]] | None = None  # the block safe_cut read last and its titles up to the cut

    def safe_cut(self, text: str) -> int:
        """Streaming: at the last title whose decision, and every one before it, saw a full lookahead."""
        head = text[: text.rfind("\n") + 1]
        lines = _nonblank_lines(head)
        settled = len(lines.texts) - 1 - _LOOKAHEAD
        starts: list[int] = []
        for k in _start_indices(lines):
            if k > settled:
                break
            starts.append(lines.offsets[k])
        self._kept = (text, starts) if starts else None  # one tuple: read and written whole (threads)
        return starts[-1] if starts else 0

    def split_block(self, text: str, *, first_line: int = 1) -> Iterator[RawArticle]:
        """Streaming: ``split`` on a block of the whole text (line numbers do not matter here).

        On the block ``safe_cut`` just read, its titles up to the cut are not looked for again: by the promise
        of ``safe_cut``, the titles of the block are those and the titles of the text from the cut on.
        """
        kept, self._kept = self._kept, None
        if kept is None or kept[0] is not text:
            return self.split(text)
        starts = kept[1]
        cut = starts[-1]
        after = [cut + start for start in echo_starts(text[cut:]) if start > 0]
        cuts = [start for start in starts if start > 0] + after
        return (RawArticle(start, end) for start, end in spans_between(text, cuts))
