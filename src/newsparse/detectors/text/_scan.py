"""Whole-text scans for one-line patterns, written so that the regex engine can scan for them.

A footer pattern of a whole text (``PATTERNS.views_footer``, ``PATTERNS.via_footer``) is a MULTILINE
pattern that opens with ``^``. Python's ``re`` has no fast scan for that: it tries the pattern at every
character. The same pattern opening with ``\\n`` instead starts with a literal, which it scans for in a
tight loop, and is only tried at line starts: 3-10x faster on plain-text dumps, with the same matches.
"""

from __future__ import annotations

import functools
import re

from newsparse.detectors._lines import line_pattern

__all__ = ["has_line_match", "led_pattern", "line_match_ends"]


def line_match_ends(pattern: re.Pattern[str], text: str, firsts: str = "") -> list[int]:
    """``[m.end() for m in pattern.finditer(text)]`` for a one-line MULTILINE pattern that opens with ``^``.

    The pattern must not match across a line end (its ``$`` stops before the ``\\n``, which no match takes):
    then a match at a line start after the first is one of the ``\\n``-led copy
    (:func:`~newsparse.detectors._lines.line_pattern`) at the ``\\n`` before it, and each search goes on
    where the last match ended, as ``finditer`` does. Other patterns are run as given.

    ``firsts``, when given, are the characters (a regex character class's inside, read with the pattern's
    flags) one of which every match has first after the white space that opens its line: the lines that
    start with none of them are passed over without trying the pattern (:func:`led_pattern`).

    Example:
        >>> footer = re.compile(r"^View \\d+ times$", re.MULTILINE)
        >>> text = "View 1 times\\nA story.\\nView 22 times\\nMore.\\n"
        >>> line_match_ends(footer, text) == [m.end() for m in footer.finditer(text)]
        True
    """
    try:
        scanner = led_pattern(pattern, firsts) if firsts else line_pattern(pattern)
    except ValueError:  # not anchored at line starts: run as given
        return [match.end() for match in pattern.finditer(text)]
    ends: list[int] = []
    first = pattern.match(text)
    if first is not None:
        ends.append(first.end())
    return ends + [match.end() for match in scanner.finditer(text, ends[0] if ends else 0)]


def has_line_match(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text) is not None`` for a MULTILINE pattern that opens with ``^``, scanned line by line.

    A match at a line start after the first is one of the ``\\n``-led copy at the ``\\n`` before it (see
    :func:`line_match_ends`), and the copy matches nowhere else. Other patterns are searched as given.

    Example:
        >>> footer = re.compile(r"^via \\w+$", re.MULTILINE)
        >>> has_line_match(footer, "A story.\\nvia AP\\n"), has_line_match(footer, "It came via AP")
        (True, False)
    """
    try:
        scanner = line_pattern(pattern)
    except ValueError:  # not anchored at line starts: searched as given
        return pattern.search(text) is not None
    return pattern.match(text) is not None or scanner.search(text) is not None


@functools.lru_cache(maxsize=16)
def led_pattern(pattern: re.Pattern[str], firsts: str) -> re.Pattern[str]:
    """``line_pattern(pattern)``, tried only at lines that start with one of ``firsts`` after white space.

    ``firsts`` is a character class's inside, read with the pattern's flags.

    A lookahead of one character class is a cheap test for the regex engine, and an alternation of many words
    (ignoring case) is not: on text whose lines mostly start otherwise, the scan runs about twice as fast.

    Example:
        >>> scan = led_pattern(re.compile(r"^ *View \\d+$", re.MULTILINE), "Vv")
        >>> [match.start() for match in scan.finditer("x\\n View 2\\nAn end\\n")]  # at the newline before it
        [1]
    """
    line_pattern(pattern)  # the same checks: a MULTILINE pattern anchored at line starts
    return re.compile(f"\n(?=[^\\S\\n]*[{firsts}])(?:{pattern.pattern})", pattern.flags)
