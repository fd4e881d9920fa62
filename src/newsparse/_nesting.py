"""Bounding how deeply HTML elements nest before a tree is built from them.

BeautifulSoup links every new node to the ancestors of the node it follows, so
building a tree costs time in proportion to its depth for every node: a page of
thousands of unclosed ``<blockquote>``, ``<div>`` or ``<pre>`` elements takes
quadratic time. :func:`bound_nesting` finds such markup in one linear scan of
its tags and drops the start and end tags of containers (``div``, ``blockquote``,
``pre``, ``span``...) opened deeper than a limit. Their text stays where it
was; elements that mean something to a reader (``article``, headings, ``time``)
are kept at any depth.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["bound_nesting"]

# Comments, scripts and styles are skipped whole (an unterminated one runs to the end, as in a browser);
# any other tag is matched up to its end or to the next "<".
_TOKEN = re.compile(
    r"<!--(?:.*?-->|.*)|<(script|style)\b(?:.*?</\1\s*>|.*)|<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>?",
    re.IGNORECASE | re.DOTALL,
)
# Elements that never hold others, or that the parser closes by itself when a sibling starts: they add no depth.
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rt rp".split()
)
# Containers and inline wrappers whose tags carry no meaning for a reader of paragraphs: the only tags dropped.
# Anything else (article, main, headings, time, nav, footer...) is kept at any depth, and adds none.
_DROPPABLE = frozenset(
    "div span blockquote pre font center b i u s em strong small big strike sub sup q cite code tt kbd samp var "
    "mark ins del abbr dfn bdi bdo label ul ol dl menu table".split()
)


def bound_nesting(markup: str, limit: int) -> tuple[str, int]:
    """Drop the tags of elements opened more than ``limit`` levels deep; return the markup and how many.

    Example:
        >>> bound_nesting("<div><div><div>deep</div></div></div>", 2)
        ('<div><div>deep</div></div>', 1)
        >>> bound_nesting("<p>fine</p>", 2)
        ('<p>fine</p>', 0)
    """
    if markup.count("<") <= limit:
        return markup, 0  # too few tags to nest that deep
    cuts = _deep_tags(markup, limit)
    if not cuts:
        return markup, 0
    parts: list[str] = []
    position = 0
    for start, end in cuts:
        parts.append(markup[position:start])
        position = end
    parts.append(markup[position:])
    return "".join(parts), sum(1 for start, _ in cuts if markup[start + 1] != "/")


def _deep_tags(markup: str, limit: int) -> list[tuple[int, int]]:
    """The spans of the start and end tags to drop, in order."""
    open_names: list[str] = []
    open_counts: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    cuts: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(markup):
        name = match.group(3)
        if name is None:
            continue  # a comment, script or style
        name = name.lower()
        if name in _FLAT or match.group(0).endswith("/>"):
            continue
        if not match.group(2):
            if len(open_names) < limit:
                open_names.append(name)
                open_counts[name] += 1
            elif name in _DROPPABLE:
                dropped[name] += 1
                cuts.append(match.span())
        elif dropped[name]:
            dropped[name] -= 1
            cuts.append(match.span())
        elif open_counts[name]:
            while open_names:  # close it and whatever it holds: each name is pushed and popped once
                closed = open_names.pop()
                open_counts[closed] -= 1
                if closed == name:
                    break
    return cuts
