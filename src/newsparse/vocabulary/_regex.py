"""Turning phrase lists into regular-expression text: one factored alternation per list."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["alternation", "fragments"]

_Trie = dict[str, "_Trie"]
_END = ""  # the key that marks the end of a phrase in a trie node


def alternation(phrases: Iterable[str]) -> str:
    """A non-capturing regex matching any of ``phrases`` literally, factored by common prefixes.

    The factoring keeps a list of one word a plain literal (Python's ``re`` scans fast for a pattern that starts
    with one), shares the work of phrases with a common start, and tries the longer of two phrases where one
    starts the other first, as a greedy ``?`` does.

    Example:
        >>> alternation(["jan", "january", "jun", "june"])
        'j(?:an(?:uary)?|une?)'
        >>> alternation(["via"]), alternation(["a.b", "c"])
        ('via', '(?:a\\\\.b|c)')
    """
    return _alternation(tuple(sorted(set(phrases))))


@functools.lru_cache(maxsize=256)
def _alternation(phrases: tuple[str, ...]) -> str:
    """:func:`alternation` of a sorted tuple, remembered: a list several patterns share is factored once."""
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not trie:
        return "(?!)"  # an empty list matches nothing
    return _emit(trie)


def _emit(node: _Trie) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    optional = _END in node
    if len(branches) == 1:
        body = branches[0]
        if not optional:
            return body
        return f"{body}?" if len(body) == 1 else f"(?:{body})?"
    return f"(?:{'|'.join(branches)})" + ("?" if optional else "")


def fragments(patterns: Iterable[str]) -> str:
    """Regex fragments as one non-capturing alternation, in their order.

    Example:
        >>> fragments([r"on|at", "by"])
        '(?:(?:on|at)|(?:by))'
    """
    return "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"
