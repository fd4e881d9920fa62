"""The fields of one parsed feed item: RSS 0.9x/1.0/2.0, Atom 0.3/1.0, Dublin Core, content:, Media RSS, iTunes.

Children are keyed by a short name: no namespace (or an RSS 0.90/1.0 one) is
the plain name, ``atom:`` for Atom 0.3 and 1.0, ``dc:``, ``content:``,
``media:`` and the like for the known modules, and ``{uri}name`` for any
other namespace, so that an extension's ``description`` is never taken for
the item's. Every text field goes through
:mod:`~newsparse.detectors.markup._feed_text`: titles, authors, captions and
tags are text, never markup; the body is HTML (``body_html``) or text
(``body``) as the element says.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from newsparse._problems import Problem
from newsparse.detectors.markup._feed_text import (
    ATOM_NAMESPACES,
    Content,
    as_text,
    element_text,
    local,
    prepare_html,
    read_content,
)

__all__ = ["item_fields"]

_RSS_NAMESPACES = frozenset(
    {
        "",
        "http://purl.org/rss/1.0/",
        "http://my.netscape.com/rdf/simple/0.9/",
        "http://backend.userland.com/rss2",
        "http://backend.userland.com/rss",
    }
)
MODULES = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "media": "http://search.yahoo.com/mrss/",
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
_PREFIX_OF = {uri.lower(): prefix for prefix, uri in MODULES.items()}
_MEDIA = "{" + MODULES["media"] + "}"
_TITLE_KEYS = ("title", "atom:title", "dc:title", "media:title")
_BODY_KEYS = (
    "content:encoded",
    "atom:content",
    "xhtml:body",
    "body",
    "fullitem",
    "description",
    "atom:summary",
    "dc:description",
    "dcterms:abstract",
    "itunes:summary",
)
_PUBLISHED_KEYS = ("pubDate", "atom:published", "atom:issued", "dc:date", "dcterms:issued", "atom:created")
_UPDATED_KEYS = ("atom:updated", "atom:modified", "dcterms:modified")
_ID_KEYS = ("guid", "atom:id", "dc:identifier")
_AUTHOR_KEYS = frozenset({"author", "dc:creator", "atom:author", "itunes:author", "dc:contributor"})
_TAG_KEYS = frozenset({"category", "atom:category", "dc:subject"})
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)", re.IGNORECASE)
_URL = re.compile(r"https?://\S+$")
_RDF_ABOUT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"


def key_of(tag: str) -> str:
    """The short key of a child's tag (see the module's docstring)."""
    uri, name = local(tag)
    if uri in _RSS_NAMESPACES:
        return name
    if uri in ATOM_NAMESPACES:
        return f"atom:{name}"
    prefix = _PREFIX_OF.get(uri.lower())
    return f"{prefix}:{name}" if prefix else f"{{{uri}}}{name}"


def item_fields(item: ET.Element, problems: list[Problem]) -> dict[str, Any]:
    """The contract's fields of one ``<item>`` or ``<entry>`` (problems found on the way are appended)."""
    found: dict[str, ET.Element] = {}
    tags: list[str] = []
    authors: list[str] = []
    for child in item:
        key = key_of(child.tag)
        found.setdefault(key, child)
        if key in _TAG_KEYS:
            term = child.get("term") or element_text(child)
            if term:
                tags.append(term)
        elif key in _AUTHOR_KEYS:
            person = _person(child, atom=key.startswith("atom:"))
            if person:
                authors.append(person)
    fields: dict[str, Any] = {}
    title = _first_text(found, _TITLE_KEYS, problems) or element_text(item.find(f".//{_MEDIA}title"), typed=True)
    if title:
        fields["title"] = title
    fields.update(_body(found, item, problems))
    _put(fields, "published", _first_text(found, _PUBLISHED_KEYS, problems))
    _put(fields, "updated", _first_text(found, _UPDATED_KEYS, problems))
    _put(fields, "url", _link(item, found))
    _put(fields, "id", _first_text(found, _ID_KEYS, problems) or item.get(_RDF_ABOUT))
    _put(fields, "image", _image(item, found))
    if authors:
        fields["authors"] = list(dict.fromkeys(authors))
    if tags:
        fields["tags"] = list(dict.fromkeys(tags))
    caption = element_text(item.find(f".//{_MEDIA}description"), typed=True)
    if caption:
        credit = element_text(item.find(f".//{_MEDIA}credit"))
        fields["captions"] = [{"text": caption, "credit": credit}]
    return fields


def _put(fields: dict[str, Any], key: str, value: str | None) -> None:
    if value:
        fields[key] = value


def _typed(key: str) -> bool:
    return key.startswith(("atom:", "media:"))


def _content(element: ET.Element, key: str, problems: list[Problem]) -> Content | None:
    content = read_content(element, typed=_typed(key))
    if content is not None and content.bad_base64:
        problems.append(Problem("base64-invalid", f"{key} says base64 but is not; kept as written"))
    return content


def _first_text(found: dict[str, ET.Element], keys: tuple[str, ...], problems: list[Problem]) -> str | None:
    """The text of the first element under ``keys`` that has any."""
    for key in keys:
        element = found.get(key)
        if element is not None:
            text = as_text(_content(element, key, problems))
            if text:
                return text
    return None


def _body(found: dict[str, ET.Element], item: ET.Element, problems: list[Problem]) -> dict[str, str]:
    """``body_html`` or ``body`` from the first body element with text (an empty ``<content src>`` falls through)."""
    for key in _BODY_KEYS:
        element = found.get(key)
        if element is None:
            continue
        content = _content(element, key, problems)
        if content is None:
            continue
        if not content.html and _typed(key):  # text by its type; an RSS body is HTML whatever it looks like
            return {"body": content.value}
        return {"body_html": prepare_html(content.value)}
    return {}


def _person(element: ET.Element, *, atom: bool) -> str | None:
    """An author's name: Atom's ``name`` child, else the element's text (an RSS ``mail (Name)`` gives Name)."""
    if atom:
        name = element.find(f"{element.tag.partition('}')[0]}}}name") if element.tag.startswith("{") else None
        return element_text(name) or element_text(element)
    text = element_text(element)
    if text and "@" in text and text.endswith(")") and "(" in text:
        return text[text.index("(") + 1 : -1].strip() or text
    return text


def _link(item: ET.Element, found: dict[str, ET.Element]) -> str | None:
    """The item's page: the RSS ``link``, Atom's alternate link, else a permalink ``guid``."""
    for child in item:
        if key_of(child.tag) not in ("link", "atom:link"):
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and (child.text or "").strip():
            return (child.text or "").strip()
    guid = found.get("guid")
    if guid is not None and guid.get("isPermaLink", "true").lower() != "false":
        value = (guid.text or "").strip()
        if _URL.match(value):
            return value
    return None


def _image(item: ET.Element, found: dict[str, ET.Element]) -> str | None:
    """The lead image: a media thumbnail or image content, an image enclosure, an iTunes image."""
    for element in item.iter():
        key = key_of(element.tag)
        url = element.get("url") or element.get("href")
        if not url:
            continue
        kind = (element.get("type") or "").lower()
        medium = (element.get("medium") or "").lower()
        if key == "media:thumbnail" or key == "itunes:image":
            return url.strip()
        enclosure = key in ("media:content", "enclosure") or (key == "atom:link" and element.get("rel") == "enclosure")
        if enclosure and _is_image(url, kind, medium):
            return url.strip()
    return None


def _is_image(url: str, kind: str, medium: str) -> bool:
    """Whether an enclosure is a picture: its MIME type or medium says so, or, saying nothing, its file name does."""
    return kind.startswith("image/") or medium == "image" or (not kind and not medium and bool(_IMAGE_FILE.search(url)))
