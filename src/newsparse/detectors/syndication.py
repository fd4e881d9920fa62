"""RSS 2.0 and Atom feeds: one article per <item> or <entry>.

Each item is cut out of the feed with a pattern and parsed on its own (with the
namespace declarations of the feed's root), so one malformed item is reported
and the others still come out. The standard library's expat parser never
fetches external entities and refuses entity expansion bombs (expat >= 2.4).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

from newsparse.detectors._base import RawArticle

__all__ = ["FeedDetector"]

_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_ITEM = re.compile(r"<(item|entry)(?=[\s>/])[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_XMLNS = re.compile(r"""\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']""")
_ATOM = "http://www.w3.org/2005/Atom"
_NAMES = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "media": "http://search.yahoo.com/mrss/",
}


class FeedDetector:
    """RSS 2.0 ``<item>`` and Atom ``<entry>`` elements, with HTML content cleaned.

    Reads the title, the link, ``content:encoded`` / Atom ``content`` (else the
    description or summary) as the body, ``pubDate`` / ``published``,
    ``updated``, ``dc:creator`` / ``author``, the categories as tags, and
    ``media:description`` / ``media:credit`` as a caption.
    """

    name = "rss-atom"
    description = "RSS 2.0 and Atom feeds: one article per <item> or <entry>."

    def sniff(self, head: str) -> float:
        """Near-certain for an <rss>, <feed> or <rdf:RDF> root with items or entries."""
        start = head.lstrip()[:2000]
        if not start.startswith("<") or _ROOT.search(head, 0, 4000) is None:
            return 0.0
        return 0.95 if _ITEM.search(head) else 0.6

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one structured raw article per item or entry."""
        root = _ROOT.search(text)
        declarations = _root_namespaces(text[root.start() : root.start() + 4000] if root else "")
        for number, match in enumerate(_ITEM.finditer(text), start=1):
            snippet = f"<wrapper{declarations}>{match.group()}</wrapper>"
            try:
                element = ET.fromstring(snippet)[0]
            except ET.ParseError as exc:
                yield RawArticle(match.start(), match.end(), {}, (f"item {number} is not well-formed XML: {exc}",))
                continue
            yield RawArticle(match.start(), match.end(), _fields(element))


def _root_namespaces(root_tag: str) -> str:
    end = root_tag.find(">")
    declared = {prefix or "": uri for prefix, uri in _XMLNS.findall(root_tag[: end if end >= 0 else None])}
    for prefix, uri in _NAMES.items():
        declared.setdefault(prefix, uri)
    return "".join(f' xmlns{":" + p if p else ""}="{uri}"' for p, uri in declared.items())


def _local(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        uri, _, name = tag[1:].partition("}")
        return uri, name
    return "", tag


def _text(element: ET.Element | None) -> str | None:
    if element is None:
        return None
    value = "".join(element.itertext()).strip()
    return value or None


def _fields(item: ET.Element) -> dict[str, Any]:
    found: dict[str, ET.Element] = {}
    tags: list[str] = []
    authors: list[str] = []
    link: str | None = None
    for child in item:
        uri, name = _local(child.tag)
        key = f"{'atom:' if uri == _ATOM else ''}{_prefix(uri)}{name}"
        found.setdefault(key, child)
        if name == "category":
            term = child.get("term") or _text(child)
            if term:
                tags.append(term)
        elif name in ("creator", "author"):
            person = _text(child.find(f"{{{_ATOM}}}name")) if uri == _ATOM else _text(child)
            if person:
                authors.append(person)
        elif name == "link" and link is None:
            href = child.get("href")
            if href and child.get("rel", "alternate") == "alternate":
                link = href
            elif not href:
                link = _text(child)
    fields: dict[str, Any] = {}
    title = _text(_first(found, "title", "atom:title"))
    if title:
        fields["title"] = title
    body = next(
        (_text(found[k]) for k in ("content:encoded", "atom:content", "description", "atom:summary") if k in found),
        None,
    )
    if body:
        fields["body_html"] = body
    published = _text(_first(found, "pubDate", "atom:published", "dc:date"))
    if published:
        fields["published"] = published
    updated = _text(found.get("atom:updated"))
    if updated:
        fields["updated"] = updated
    if link:
        fields["url"] = link
    if authors:
        fields["authors"] = list(dict.fromkeys(authors))
    if tags:
        fields["tags"] = list(dict.fromkeys(tags))
    caption = _text(item.find(f".//{{{_NAMES['media']}}}description"))
    if caption:
        credit = _text(item.find(f".//{{{_NAMES['media']}}}credit"))
        fields["captions"] = [{"text": caption, "credit": credit}]
    return fields


def _first(found: dict[str, ET.Element], *keys: str) -> ET.Element | None:
    """The first element present under any of ``keys`` (an element with no children is falsy: test for None)."""
    for key in keys:
        element = found.get(key)
        if element is not None:
            return element
    return None


def _prefix(uri: str) -> str:
    for prefix, known in _NAMES.items():
        if uri == known:
            return f"{prefix}:"
    return ""
