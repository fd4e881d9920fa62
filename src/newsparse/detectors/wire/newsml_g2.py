"""NewsML-G2: one article per text ``newsItem``, in a ``newsMessage``, a ``packageItem`` or on its own.

Each ``newsItem`` is found in one forward pass and read on its own (see
:mod:`._xmltree`), so a broken item is reported and the others still come out.
Elements are known by their local names: the NewsML-G2 namespace
(``http://iptc.org/std/nar/2006-10-01/``) may be the default one, carry any
prefix, or be missing.

Items whose ``itemClass`` is a picture, graphic, video or audio
(``ninat:picture``...) are not text articles: each is reported with the code
``newsml-item-not-text`` and gives no article (the caption stays with the
picture; a text item's own ``description role="drol:caption"`` is a caption).
A package of references only (a ``packageItem`` without inline items) is
reported with ``newsml-package-only``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

from newsparse import _meta
from newsparse._problems import Location, Problem
from newsparse.detectors._base import HEAD_SIZE, RawArticle
from newsparse.detectors.wire._xmlcontent import is_picture_type, read_inline
from newsparse.detectors.wire._xmltree import attribute, item_spans, local_root, read_item, text_of, texts_of

__all__ = ["NewsMLG2Detector"]

_NAR = "http://iptc.org/std/nar/2006-10-01/"
_ROOTS = frozenset({"newsMessage", "newsItem", "packageItem"})
_ITEM_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?newsItem[\s>/]")
_PACKAGE_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?packageItem[\s>/]")
_FOREIGN_ROOTS = frozenset({"html", "rss", "feed", "RDF", "nitf", "NewsML"})
_SUMMARY_ROLES = ("", "drol:summary", "drol:teaser", "drol:abstract")


class NewsMLG2Detector:
    """NewsML-G2 news items: itemMeta and contentMeta, with the text from inlineXML (XHTML or NITF) or inlineData."""

    name = "newsml-g2"
    description = "NewsML-G2 newsMessage, packageItem or newsItem: one article per text newsItem."

    def sniff(self, head: str) -> float:
        """Near-certain for a G2 root with the NewsML-G2 namespace; high for the root names alone.

        A G2 item's XHTML content puts ``<html`` near the start of the text:
        these scores stay above html-page's 0.95 for that case.
        """
        head = head[:HEAD_SIZE]
        root = local_root(head, HEAD_SIZE)
        if root is None or root in _FOREIGN_ROOTS:
            return 0.0
        if root in _ROOTS:
            return 0.98 if _NAR in head else 0.9
        return 0.9 if _NAR in head and _ITEM_TAG.search(head) else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """One structured raw article per text newsItem; other items and broken ones are problems."""
        number = 0
        for span in item_spans(text, "newsItem"):
            if span.kind == "unclosed-markup":
                problem = Problem("text-truncated", "the text ends inside a comment or CDATA section outside any item")
                yield RawArticle(span.start, span.end, {}, (problem,))
                continue
            number += 1
            where = f"newsItem {number}"
            element, problems = read_item(text, span, where, number)
            at = Location(record=number, start=span.start, end=span.end)
            fields: dict[str, Any] = {}
            if element is not None:
                item_class = attribute(element.find("itemMeta/itemClass"), "qcode")
                if is_picture_type(item_class):
                    message = f"{where} is a {item_class} item, not a text article; skipped"
                    problems.append(Problem("newsml-item-not-text", message, at))
                else:
                    fields = read_news_item(element, problems, where, at)
                    if not fields:
                        problems.append(Problem("item-empty", f"{where} has no headline, date or text; skipped", at))
            yield RawArticle(span.start, span.end, fields, tuple(problems))
        if number == 0 and _PACKAGE_TAG.search(text):
            message = "a packageItem with no newsItem inside: it only refers to items elsewhere; no article"
            yield RawArticle(len(text), len(text), {}, (Problem("newsml-package-only", message),))


def _name(element: ET.Element) -> str | None:
    """A concept's name: its ``name`` child, else its ``literal`` attribute, else the code after the scheme."""
    return text_of(element.find("name")) or attribute(element, "literal") or _code(attribute(element, "qcode"))


def _code(qcode: str | None) -> str | None:
    return qcode.rpartition(":")[2] or None if qcode else None


def read_news_item(item: ET.Element, problems: list[Problem], where: str, at: Location) -> dict[str, Any]:
    """The article fields of one text ``newsItem`` (namespaces already dropped).

    Example:
        >>> item = ET.fromstring(
        ...     '<newsItem guid="urn:x:1"><itemMeta><versionCreated>2024-03-01T10:15:00Z</versionCreated></itemMeta>'
        ...     "<contentMeta><headline>Ferry delayed</headline><by>By Ada Lund</by></contentMeta>"
        ...     '<contentSet><inlineData contenttype="text/plain">Fog.</inlineData></contentSet></newsItem>'
        ... )
        >>> fields = read_news_item(item, [], "newsItem 1", Location())
        >>> fields["id"], fields["title"], fields["authors"], fields["published"], fields["body"]
        ('urn:x:1', 'Ferry delayed', ['Ada Lund'], '2024-03-01T10:15:00Z', 'Fog.')
    """
    content = _content(item.find("contentSet"), problems, where, at)
    fields: dict[str, Any] = {}
    notes: list[str] = []
    guid = attribute(item, "guid")
    if guid:
        fields["id"] = guid
    _read_item_meta(item.find("itemMeta"), fields, notes)
    _read_content_meta(item.find("contentMeta"), fields, notes)
    fields.update(_dates(item))
    for key, value in content.items():  # the inline NITF's own headline, byline... fill what the metadata lacks
        if key == "notes":
            notes.extend(value)
        elif key not in fields:
            fields[key] = value
    language = item.get("lang")
    if language and language.strip():
        fields.setdefault("language", language.strip())
    if notes:
        fields["notes"] = list(dict.fromkeys(notes))
    return fields if set(fields) - {"id", "language", "notes"} else {}


def _dates(item: ET.Element) -> dict[str, str]:
    """``published``: firstCreated, else contentCreated, else versionCreated; ``updated``: a later one that differs.

    Example:
        >>> _dates(ET.fromstring("<i><itemMeta><versionCreated>B</versionCreated></itemMeta>"
        ...                      "<contentMeta><contentCreated>A</contentCreated></contentMeta></i>"))
        {'published': 'A', 'updated': 'B'}
    """
    first = text_of(item.find("itemMeta/firstCreated"))
    created = text_of(item.find("contentMeta/contentCreated"))
    version = text_of(item.find("itemMeta/versionCreated"))
    modified = text_of(item.find("contentMeta/contentModified"))
    published = first or created or version
    updated = next((d for d in (version, modified) if d and d != published), None)
    dates = {"published": published} if published else {}
    return dates | ({"updated": updated} if updated else {})


def _read_item_meta(meta: ET.Element | None, fields: dict[str, Any], notes: list[str]) -> None:
    """Dates, status, the management title, editorial notes and the provider."""
    if meta is None:
        return
    status = attribute(meta.find("pubStatus"), "qcode")
    if status and _code(status) != "usable":
        notes.append(f"Status: {_code(status)}")
    title = text_of(meta.find("title"))
    if title:
        fields["title"] = title
    notes.extend(texts_of(meta.findall("edNote")))
    provider = meta.find("provider")
    if provider is not None and _name(provider):
        fields["source"] = _name(provider)


def _read_content_meta(meta: ET.Element | None, fields: dict[str, Any], notes: list[str]) -> None:
    """Headline, slugline, by, creators, dateline, located, subjects, keywords, language, description, genre."""
    if meta is None:
        return
    headlines = texts_of(meta.findall("headline"))
    if headlines:
        fields["title"] = headlines[0]  # over itemMeta/title, a management title
    if len(headlines) > 1:
        fields["subtitle"] = headlines[1]
    by = text_of(meta.find("by"))
    if by:
        fields["byline"] = by
    authors = [name for name in (_name(c) for c in meta.findall("creator")) if name]
    if not authors and by:
        parsed = _meta.parse_byline(by)
        authors = parsed[0] if parsed else []
    if authors:
        fields["authors"] = list(dict.fromkeys(authors))
    located = [name for name in (_name(place) for place in meta.findall("located")) if name]
    dateline = text_of(meta.find("dateline")) or ", ".join(dict.fromkeys(located))
    if dateline:
        fields["dateline"] = dateline
    credit = text_of(meta.find("creditline"))
    if credit:
        fields["source"] = credit
    language = attribute(meta.find("language"), "tag")
    if language:
        fields["language"] = language
    _read_descriptions(meta, fields)
    subjects = [name for name in (_name(s) for s in meta.findall("subject")) if name]
    tags = [*subjects, *texts_of(meta.findall("keyword"))]
    if tags:
        fields["tags"] = list(dict.fromkeys(tags))
    slugline = text_of(meta.find("slugline"))
    if slugline:
        notes.append(f"Slugline: {slugline}")
    genres = [name for name in (_name(g) for g in meta.findall("genre")) if name]
    if genres:
        notes.append(f"Genre: {', '.join(dict.fromkeys(genres))}")


def _read_descriptions(meta: ET.Element, fields: dict[str, Any]) -> None:
    """The summary description is the subtitle (else a highlight); a caption description is a caption."""
    for description in meta.findall("description"):
        text = text_of(description)
        role = (description.get("role") or "").strip().lower()
        if not text:
            continue
        if role in _SUMMARY_ROLES:
            if "subtitle" not in fields:
                fields["subtitle"] = text
            else:
                fields.setdefault("highlights", []).append(text)
        elif "caption" in role:
            fields.setdefault("captions", []).append({"text": text, "credit": text_of(meta.find("creditline"))})


def _content(content_set: ET.Element | None, problems: list[Problem], where: str, at: Location) -> dict[str, Any]:
    """The item's text: the first inlineXML or inlineData that has some (other renditions repeat it)."""
    if content_set is None:
        return {}
    remote: list[str] = []
    for child in content_set:
        content_type = (child.get("contenttype") or "").strip()
        if child.tag in ("inlineXML", "inlineData"):
            found = read_inline(child, content_type)
            if "body" in found or "body_html" in found:
                return found
        elif child.tag == "remoteContent" and not is_picture_type(content_type):
            remote.append((child.get("href") or child.get("residref") or "").strip())
    if remote:
        message = f"{where}: its text is only referred to ({remote[0] or 'no address'}), not included"
        problems.append(Problem("newsml-content-remote", message, at))
    return {}
