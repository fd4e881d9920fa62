"""A feed served inside an HTML page: a ``<pre>`` (or ``<xmp>``, ``<textarea>``, ``<code>``) that starts with it.

Browsers and "view source" pages show a feed either as its markup escaped
(``&lt;rss ...&gt;``, perhaps with highlighting ``<span>`` tags around the
tokens) or as the raw tags inside the block. :func:`embedded_feed` finds such a
block in the head of a text and gives the feed's own text back.
"""

from __future__ import annotations

import html
import re

import attrs

__all__ = ["Embedded", "embedded_feed", "has_items"]

_BLOCK = re.compile(
    r"<(pre|xmp|textarea|code|plaintext)\b[^<>]{0,300}>\s*"
    r"(?:(?:&lt;|<)\?xml[^<>]{0,200}?\?(?:&gt;|>)\s*)?"
    r"(&lt;|<)(?:[A-Za-z_][\w.-]{0,30}:)?(?:rss|feed|RDF)\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r"(?:&lt;|<)(?:[A-Za-z_][\w.-]{0,30}:)?(?:item|entry)\b", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")


@attrs.frozen
class Embedded:
    """Where the feed is in the page (``start``, ``end``), whether it is escaped, and its text."""

    start: int
    end: int
    escaped: bool
    text: str


def embedded_feed(text: str, limit: int) -> Embedded | None:
    """The feed in the first block (within ``text[:limit]``) that starts with a feed's root tag, or None.

    Example:
        >>> page = '<html><body><pre>&lt;rss&gt;&lt;item&gt;&lt;title&gt;A &amp;amp; B&lt;/title&gt;</pre>'
        >>> embedded_feed(page, 10_000).text
        '<rss><item><title>A &amp; B</title>'
    """
    block = _BLOCK.search(text, 0, limit)
    if block is None:
        return None
    start = block.start(2)
    close = re.compile(rf"</{block.group(1)}\s*>", re.IGNORECASE).search(text, start)
    end = close.start() if close else len(text)
    if block.group(2) != "&lt;":
        return Embedded(start, end, False, text[start:end])
    return Embedded(start, end, True, html.unescape(_TAG.sub("", text[start:end])))


def has_items(text: str, pos: int, limit: int) -> bool:
    """Whether an item or entry tag (escaped or not) follows ``pos`` within ``text[:limit]``."""
    return _ITEM.search(text, pos, limit) is not None
