"""Comparison keys of plain-text lines, made only for the lines that may match.

Reading an article's header compares lines with the title and with each other
by a key (case-folded, hashtags' ``#`` removed, whitespace collapsed). Most lines
of a header window are body text that matches nothing: :class:`Norms` tells the
lines apart by their first character folded first (all of a window's at once),
then by their length and the start of their keys, made from their first few
characters alone, and folds a whole line only when all of these fit.
"""

from __future__ import annotations

import operator
from itertools import compress

from newsparse import _meta
from newsparse._captions import KEY_START, key_start

__all__ = ["HEAD", "TITLE_MAX", "Norms", "head", "norm"]

TITLE_MAX = 500  # a first line longer than this with no run-in headline is body text, not a title
# how many first characters of a line tell the start of its key: enough to tell apart lines that open alike ("The
# ...", a name), when those characters can tell it (else the first KEY_START)
HEAD = 4 * KEY_START
_FIRST = operator.itemgetter(slice(0, 1))


def norm(line: str) -> str:
    """A line's comparison key: case-folded, without hashtags' ``#``, whitespace collapsed (long lines as they are)."""
    if len(line) > TITLE_MAX:  # never a title or a caption: compare as is (str.split() on a huge line eats memory)
        return line.casefold()
    line = _meta.strip_hashtags(line)
    if not line.isprintable() or "  " in line or line[:1] == " " or line[-1:] == " ":
        line = " ".join(line.split())  # only when there is whitespace to collapse: split() allocates every word
    return line.casefold()


class Norms(dict[int, str]):
    """``norm`` of the lines of one article by index, each made once, and only for lines that may match.

    ``window`` holds the indices of the non-blank lines of the header window. To find the window lines whose
    key is a given one, the lines are first told apart by their first character folded (a stripped line's key
    starts with it, unless it is a hashtag's ``#``), then by :meth:`has`: most body lines in a header window
    never get a key.
    """

    def __init__(self, lines: list[str], start: int, stop: int, known: dict[str, str] | None = None) -> None:
        super().__init__()
        self.lines = lines
        # the keys made so far by line text (``known``: some made before): a line printed again (a title's echo,
        # a caption's copies) is the same text, whose key is looked up, not made again
        self.known = {} if known is None else known
        self.start = start
        self.stop = stop
        self.window = list(compress(range(start, stop), lines[start:stop]))
        # the first character of each window line's key ("" for a "#"); one string when each is one character
        self.heads: str | list[str] | None = None

    def __missing__(self, index: int) -> str:
        line = self.lines[index]
        value = self.known.get(line)
        if value is None:
            value = self.known[line] = norm(line)
        self[index] = value
        return value

    def candidates(self, key: str) -> list[int]:
        """The window lines (in order) whose key may be ``key``: every one whose key is ``key`` is among them."""
        if self.heads is None:
            self.heads = self._heads()
        heads = self.heads
        if isinstance(heads, list):
            return list(compress(self.window, map(key.startswith, heads)))  # "" starts every key
        first, window, found = key[:1], self.window, []
        at = heads.find(first) if first else -1
        while at >= 0:  # the lines whose key starts as this one does, found by str.find: few of them
            found.append(window[at])
            at = heads.find(first, at + 1)
        return found

    def count(self, key: str) -> int:
        """How many window lines have ``key`` as their key."""
        return sum(1 for index in self.candidates(key) if self.has(index, key))

    def twice(self, line: str, key: str) -> bool:
        """Whether two or more window lines have ``key``, the key of ``line`` (``count(key) >= 2``).

        The window lines are compared as they are first (copies of ``line`` have its key), then by key.
        """
        if self.lines[self.start : self.stop].count(line) >= 2:
            return True
        found = 0
        for index in self.candidates(key):
            if self.has(index, key):
                found += 1
                if found == 2:
                    return True
        return False

    def has(self, index: int, key: str) -> bool:
        """Whether line ``index`` has ``key`` as its key; a line told apart by its start or length gets none made."""
        known = self.get(index)
        if known is not None:
            return known == key
        line = self.lines[index]
        if len(line) < len(key) and line.isascii():  # norm never lengthens an ASCII line: it folds to one as long
            return False
        start = head(line)
        if start is not None and not key.startswith(start):
            return False
        return self[index] == key

    def first(self, key: str, indices: list[int]) -> int:
        """The first of ``indices`` (non-blank lines from the window's start on) whose key is ``key``, or -1."""
        window = self.window
        inside = len(indices) if len(indices) <= len(window) else len(window)
        if inside:
            last = indices[inside - 1]
            for index in self.candidates(key):
                if index > last:
                    break
                if self.has(index, key):
                    return index
        for index in indices[inside:]:  # past the window (a header with many blank lines)
            if self.has(index, key):
                return index
        return -1

    def _heads(self) -> str | list[str]:
        """The start of each window line's key: its first character folded ("" for a "#", which may go).

        One string of them when each folds to one character and none is a "#" (the common case), else a list.
        """
        # the first character of each window line (the non-blank lines: one character each)
        firsts = "".join(map(_FIRST, filter(None, self.lines[self.start : self.stop])))
        folded = firsts.casefold()
        if len(folded) == len(firsts) and "#" not in firsts:  # each folds to one character: one call folds them all
            return folded
        return ["" if first == "#" else first.casefold() for first in firsts]


def head(line: str) -> str | None:
    """The start of ``norm(line)``, from the first :data:`HEAD` characters alone; None when they cannot tell.

    ``norm`` folds each character on its own (``str.casefold`` maps characters one by one), removes ``#``
    signs and collapses whitespace: when the first characters (without a last space) have no ``#``, no
    whitespace but single spaces inside them and no space at their ends, the key starts with them folded.
    When the first :data:`HEAD` characters cannot tell, the first :data:`~newsparse._captions.KEY_START` may.
    A line too long to be a title is folded as it is.
    """
    if len(line) > TITLE_MAX:
        return line[:HEAD].casefold()
    start = None if "#" in line[:HEAD] else key_start(line, HEAD)
    if start is None and "#" not in line[:KEY_START]:
        start = key_start(line)
    return start
