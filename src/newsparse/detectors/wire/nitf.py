"""NITF 3.x (News Industry Text Format): one article per ``<nitf>`` document.

A file holds one document, several concatenated (each with its own XML
declaration and DOCTYPE), or several inside a wrapper element. Each document
is found in one forward pass and read on its own (see :mod:`._xmltree`), so a
broken document is reported and its neighbours still come out. The DOCTYPE
(``<!DOCTYPE nitf SYSTEM "nitf-3-3.dtd">``) is skipped as text: never read,
never fetched.

The head gives the metadata (``docdata``, ``pubdata``, ``meta``), the body the
text (:mod:`._nitf_body`). Agencies fill different parts: the date may be in
``date.issue``, in ``pubdata/@date.publication``, or only in the dateline's
``story.date``; the title in ``hl1`` or only in ``head/title``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

from newsparse._problems import Location, Problem
from newsparse.detectors._base import HEAD_SIZE, RawArticle
from newsparse.detectors.wire._nitf_body import find_body, read_body
from newsparse.detectors.wire._xmldates import extended_iso
from newsparse.detectors.wire._xmltree import attribute, item_spans, local_root, read_item, text_of

__all__ = ["NitfDetector"]

_NITF_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?nitf[\s>/]")
_NOT_NITF_ROOTS = frozenset(
    {"html", "rss", "feed", "RDF", "newsMessage", "newsItem", "packageItem", "NewsML", "NewsItem"}
)
_NEWSML_MARK = re.compile(r"http://iptc\.org/std/nar/2006-10-01/|<(?:[A-Za-z_][\w.-]*:)?News(?:ML|Item)[\s>]")
_META_FIELDS = {"language": "language", "lang": "language", "section": "section", "category": "section"}
_DATE_ORDER = ("date.issue", "date.publication", "story.date", "date.release")


class NitfDetector:
    """NITF 3.x documents: head metadata (docdata, pubdata) and body (hedline, byline, dateline, content, media)."""

    name = "nitf"
    description = "NITF 3.x news documents: one article per <nitf> element (several per file or in a wrapper)."

    def sniff(self, head: str) -> float:
        """Near-certain for a ``<nitf>`` root (after any prolog and DOCTYPE); high for ``<nitf>`` in a wrapper.

        NITF also travels inside NewsML, RSS and HTML pages: under those roots it
        is theirs, and scores 0.
        """
        head = head[:HEAD_SIZE]
        root = local_root(head, HEAD_SIZE)
        if root == "nitf":
            return 0.97  # above html-page's 0.95 for an XML text with <html> near its start
        if root is None or root in _NOT_NITF_ROOTS or _NEWSML_MARK.search(head):
            return 0.0  # NITF inside NewsML (a G2 inlineXML, a 1.x DataContent) is NewsML's
        return 0.9 if _NITF_TAG.search(head) else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """One structured raw article per NITF document; one that cannot be read, a problem."""
        number = 0
        for span in item_spans(text, "nitf"):
            if span.kind == "unclosed-markup":
                message = "the text ends inside a comment or CDATA section outside any document"
                problem = Problem("text-truncated", message)
                yield RawArticle(span.start, span.end, {}, (problem,))
                continue
            number += 1
            where = f"document {number}"
            element, problems = read_item(text, span, where, number)
            fields = read_document(element) if element is not None else {}
            if element is not None and not fields:
                at = Location(record=number, start=span.start, end=span.end)
                problems.append(Problem("item-empty", f"{where} has no headline, date or text; skipped", at))
            yield RawArticle(span.start, span.end, fields, tuple(problems))


def read_document(nitf: ET.Element) -> dict[str, Any]:
    """The article fields of one ``<nitf>`` element: its body's, completed and overridden by its head.

    Example:
        >>> doc = ET.fromstring(
        ...     '<nitf><head><title>Ferry</title><docdata><doc-id id-string="F-1"/>'
        ...     '<date.issue norm="20240301T101500Z"/></docdata></head>'
        ...     "<body><body.content><p>Fog.</p></body.content></body></nitf>"
        ... )
        >>> fields = read_document(doc)
        >>> fields["title"], fields["id"], fields["published"], fields["body"]
        ('Ferry', 'F-1', '2024-03-01T10:15:00Z', 'Fog.')
    """
    body = find_body(nitf)
    fields = read_body(body) if body is not None else {}
    dates: dict[str, str] = {}
    if "published" in fields:
        dates["story.date"] = fields.pop("published")
    head = nitf.find("head")
    if head is not None:
        _read_head(head, fields, dates)
    for key in _DATE_ORDER:
        if dates.get(key):
            fields["published"] = dates[key]
            break
    language = attribute(nitf, "lang") or attribute(head, "lang") or attribute(body, "lang")
    if language:
        fields.setdefault("language", language)
    return fields


def _read_head(head: ET.Element, fields: dict[str, Any], dates: dict[str, str]) -> None:
    """``head``: the title (when the body has no headline), meta, tobject, docdata and pubdata."""
    title = text_of(head.find("title"))
    if title and "title" not in fields:
        fields["title"] = title
    tags: list[str] = []
    notes: list[str] = []
    for meta in head.findall("meta"):
        key = _META_FIELDS.get((attribute(meta, "name") or "").lower())
        value = attribute(meta, "content")
        if key and value:
            fields.setdefault(key, value)
    for subject in head.iter("tobject.subject"):
        value = attribute(subject, "tobject.subject.matter", "tobject.subject.type")
        if value:
            tags.append(value)
    pubdata = head.find("pubdata")
    if pubdata is not None:  # before docdata: the publication's name is a better source than the copyright holder
        _read_pubdata(pubdata, fields, dates)
    docdata = head.find("docdata")
    if docdata is not None:
        _read_docdata(docdata, fields, dates, tags, notes)
    if tags:
        fields["tags"] = list(dict.fromkeys(tags))
    if notes:
        fields["notes"] = [*notes, *fields.get("notes", [])]


def _read_docdata(
    docdata: ET.Element, fields: dict[str, Any], dates: dict[str, str], tags: list[str], notes: list[str]
) -> None:
    """doc-id, the issue and release dates, urgency, status, editorial message, keywords and classifiers."""
    doc_id = attribute(docdata.find("doc-id"), "id-string")
    if doc_id:
        fields["id"] = doc_id
    for name in ("date.issue", "date.release"):
        date = docdata.find(name)
        value = attribute(date, "norm") or text_of(date)
        if value:
            dates[name] = extended_iso(value)
    urgency = attribute(docdata.find("urgency"), "ed-urg")
    if urgency:
        notes.append(f"Urgency: {urgency}")
    status = attribute(docdata, "management-status")
    if status and status.lower() != "usable":
        notes.append(f"Status: {status}")
    notes.extend(info for info in (attribute(m, "info") or text_of(m) for m in docdata.findall("ed-msg")) if info)
    classifiers = [c for content in docdata.findall("identified-content") for c in content.iter("classifier")]
    for element, name in [*((k, "key") for k in docdata.iter("keyword")), *((c, "value") for c in classifiers)]:
        value = attribute(element, name) or text_of(element)
        if value:
            tags.append(value)
    holder = attribute(docdata.find("doc.copyright"), "holder")
    if holder:
        fields.setdefault("source", holder)


def _read_pubdata(pubdata: ET.Element, fields: dict[str, Any], dates: dict[str, str]) -> None:
    """The publication: its date, its name (the source, after the body's distributor), URL and section."""
    value = attribute(pubdata, "date.publication")
    if value:
        dates["date.publication"] = extended_iso(value)
    for name, key in (("name", "source"), ("ex-ref", "url"), ("position.section", "section")):
        found = attribute(pubdata, name)
        if found and key not in fields:
            fields[key] = found
