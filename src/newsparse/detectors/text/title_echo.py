"""Title-echo dumps: every article repeats its title after a few lines of site furniture.

Scrapes of sites that print a headline, a photo caption (often twice), markers
such as "TT", "Short Url", "Updated ...", "Follow", then the headline again
above the body. The echoed title is what marks an article's start; the blank
lines between articles vary from site to site and are not relied on.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterator
from typing import NamedTuple

from newsparse._captions import is_credit, split_credit
from newsparse.detectors._base import RawArticle
from newsparse.detectors._lines import spans_between
from newsparse.detectors._sniff import content_start, line_starts, lines_from, markup_document, search_lines
from newsparse.vocabulary import PATTERNS, active

__all__ = ["TitleEchoDetector"]

_LOOKAHEAD = 14  # non-blank lines within which the title comes back
_SEGMENTS_ALONE = 64  # segments the sniff tries one at a time before it reads the rest of the head's lines at once
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


# For sniff, which needs only the first title. A title follows a blank line (white space only, what str.strip()
# removes), so the text is cut at its runs of blank lines, found by a pattern that starts with a newline (re jumps from
# one to the next), into segments of non-blank lines; a title is the first line of a segment. No loop over every line.
_BLANK_RUN = re.compile(r"\n(?: *+[^\S\n]*+\n)++")  # a line's end, then blank lines (spaces first: read the fastest)


def _first_title(text: str) -> int | None:
    """``echo_starts(text)[0]`` (None when there is none), looking only at the lines after a blank line.

    The decisions of :func:`_start_indices` up to its first title, on the same
    lines: a title starts a segment (a run of non-blank lines), and its text comes
    back before the start of the 15th non-blank line after it, which is found by
    counting the lines of the segments that follow.
    """
    last = len(text.rstrip()) if text[-1:].isspace() else len(text)  # the end of the last non-blank line's text
    if not last:
        return None
    segments = _Segments(text, text.rfind("\n", 0, content_start(text)) + 1, last)
    starts, sizes, find = segments.starts, segments.sizes, text.find
    number, ahead_lines = 0, 1 + _LOOKAHEAD
    while True:
        # the segments up to the one of the 15th line after this segment's first (each has a line at least)
        while len(sizes) <= number + ahead_lines and segments.extend():
            pass
        if number >= len(sizes):
            return None
        start = starts[number]
        if number == _SEGMENTS_ALONE:
            # no title in the first segments: a text of short paragraphs, whose lines are read at once (cheaper
            # than a segment at a time); the decisions from here on look only at the lines from here on
            rest = _nonblank_lines(text[start:])
            return next((start + rest.offsets[k] for k in _start_indices(rest)), None)
        number += 1
        end = find("\n", start)
        if end < 0 or (end - start > 300 and not text[start].isspace() and not text[end - 1].isspace()):
            continue  # the last line (nothing after it), or one too long to strip to 300 characters
        line = text[start:end].strip()
        if not 3 <= len(line) <= 300:
            continue
        # the text from here on up to the 15th line after this one: blank lines add nothing to it
        following = end + 1
        at, ahead = number - 1, ahead_lines  # the segment of the 15th line after this one, and its line there
        count = len(sizes)
        while at < count and ahead >= sizes[at]:
            ahead -= sizes[at]
            at += 1
        # the echo is looked for up to the end of that segment first (its 15th line starts before), and where the
        # 15th line starts is found only for a line that comes back there: the first match ends before it or none does
        found = find(line, following, starts[at + 1] if at + 1 < len(starts) else len(text))
        if found < 0:
            continue
        if at == count:  # fewer lines than that: up to the end
            stop = len(text)
        else:
            stop = starts[at]
            for _ in range(ahead):
                stop = find("\n", stop) + 1
        if found + len(line) > stop:
            continue
        window = [other for other in map(str.strip, text[following:stop].split("\n")) if other][:_LOOKAHEAD]
        if window.count(line) != 1 or window[0] == line or split_credit(line)[1] is not None:
            continue
        if _furniture(window[: window.index(line)]):
            return start


class _Segments:
    """The segments of a text (runs of non-blank lines between blank ones), found as far as they are asked for."""

    def __init__(self, text: str, first: int, last: int) -> None:
        self.text, self.last = text, last
        self.starts = [first]  # where each segment's first line starts
        self.sizes: list[int] = []  # how many lines each has (the last start found has none yet, until the end)
        self._runs = _BLANK_RUN.finditer(text, first, last)
        self._done = False
        self._chunk = 16  # runs found at a time, doubled each time: the first title is often near the start

    def extend(self) -> bool:
        """Find the next segments; False when there are none."""
        if self._done:
            return False
        chunk = self._chunk
        self._chunk = min(2 * chunk, 512)
        runs = list(itertools.islice(self._runs, chunk))
        ends, after = list(map(re.Match.start, runs)), list(map(re.Match.end, runs))  # C-level loops: no generator
        if len(runs) < chunk:
            self._done = True
            ends.append(self.last)
        starts = self.starts
        begins = [starts[-1], *after]
        newlines = map(self.text.count, itertools.repeat("\n"), begins, ends)  # as zip: up to the shorter one
        self.sizes.extend(map(operator.add, newlines, itertools.repeat(1)))
        starts.extend(after)
        return bool(ends)


@functools.lru_cache(maxsize=8)
def _marker_starts(markers: re.Pattern[str]) -> re.Pattern[bytes] | None:
    """The lines where ``markers`` (built from the active vocabularies) may match.

    A marker line is a marker ("Short Url") or starts with an "Updated" word and
    has up to 42 characters after it (a colon, a space and 1 to 40 characters).
    """
    marks = [w for v in active() for w in v.echo_markers]
    updated = [w for v in active() for w in v.updated_words]
    longest = max([*(len(w.lower()) for w in marks), *(len(w.lower()) + 42 for w in updated)], default=1)
    # UTF-8 takes up to 4 bytes a character
    return line_starts([*marks, *updated], indented=False, rest=b"[^\\n]{0,%d}+" % (4 * longest - 4))


class TitleEchoDetector:
    """Articles whose title is printed twice, around captions and site markers."""

    name = "title-echo"
    description = "Articles that print their title twice around captions and markers (TT, Short Url, Follow)."

    def sniff(self, head: str) -> float:
        """High when the first line is echoed; higher still with the usual site markers (0 for a markup document)."""
        if markup_document(head):
            return 0.0
        start = _first_title(head)
        if start is None:
            return 0.0
        score = 0.8 if content_start(head) >= start else 0.5  # head[:start].strip() == "", without the copy
        markers = PATTERNS.echo_markers
        starts = _marker_starts(markers)
        # a marker is a whole line: the lines that may be one are matched one by one
        if search_lines(markers, head) if starts is None else any(map(markers.match, lines_from(head, starts))):
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
