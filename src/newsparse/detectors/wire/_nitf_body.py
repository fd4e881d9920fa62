"""The NITF ``body`` read into article fields: shared by the ``nitf``, ``newsml-g2`` and ``newsml1`` detectors.

An NITF body has three parts, each optional:

* ``body.head``: ``hedline`` (``hl1`` the headline, ``hl2`` subheadlines),
  ``byline`` (``person`` the authors, ``byttl`` a job title that is not an
  author), ``dateline`` (``location``, ``story.date`` with a ``norm`` date),
  ``abstract``, ``distributor``, ``note``;
* ``body.content``: paragraphs (``p``), subheadings (``hl2``), ``block`` and
  ``bq`` containers, lists, tables (read as text, a row a paragraph, cells
  separated by `` | ``), ``pre``, and ``media`` (a picture with its caption and
  producer: a caption with its credit, not body text);
* ``body.end``: ``tagline`` and ``bibliography``, kept as notes.

Elements are known by their local names (namespaces dropped by the reader).
The walk over nested blocks uses a stack, so deep nesting costs no recursion.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from newsparse import _meta
from newsparse.detectors.wire._xmldates import extended_iso
from newsparse.detectors.wire._xmltree import attribute, text_of, texts_of

__all__ = ["find_body", "read_body"]

_CONTAINERS = frozenset({"block", "bq", "body.content", "fn", "note", "nitf-table", "div", "section"})
_LISTS = frozenset({"ol", "ul", "dl"})
_SKIPPED = frozenset({"nitf-table-metadata", "hr", "br", "nitf-col", "nitf-colgroup", "col", "colgroup"})
_CELL_SEPARATOR = " | "


def find_body(element: ET.Element) -> ET.Element | None:
    """The NITF body in ``element``: itself when it is a ``body`` or ``body.content``, else the first ``body`` in it.

    Some senders leave the ``body`` wrapper out: a bare ``body.content`` is the body then.

    Example:
        >>> find_body(ET.fromstring("<nitf><head/><body><body.content/></body></nitf>")).tag
        'body'
        >>> find_body(ET.fromstring("<nitf><body.content><p>Text.</p></body.content></nitf>")).tag
        'body.content'
    """
    if element.tag in ("body", "body.content"):
        return element
    body = next(element.iter("body"), None)
    return body if body is not None else next(element.iter("body.content"), None)


def read_body(body: ET.Element) -> dict[str, Any]:
    """The article fields an NITF ``body`` (or a bare ``body.content``) holds.

    ``published`` comes from the dateline's ``story.date`` (its ``norm``
    attribute, else its text): the document's head, when there is one, has the
    better date and overrides it.

    Example:
        >>> body = ET.fromstring(
        ...     "<body><body.head><hedline><hl1>Ferry delayed</hl1></hedline>"
        ...     "<byline>By <person>Ada Lund</person>, <byttl>Staff Writer</byttl></byline></body.head>"
        ...     "<body.content><p>Fog kept the ferry in port.</p></body.content></body>"
        ... )
        >>> fields = read_body(body)
        >>> fields["title"], fields["byline"], fields["authors"], fields["body"]
        ('Ferry delayed', 'By Ada Lund, Staff Writer', ['Ada Lund'], 'Fog kept the ferry in port.')
    """
    fields: dict[str, Any] = {}
    notes: list[str] = []
    for line_break in body.iter("br"):  # a line break separates words: "one<br/>two" reads "one two"
        line_break.tail = " " + (line_break.tail or "")
    head = body.find("body.head") if body.tag == "body" else None
    if head is not None:
        _read_head(head, fields, notes)
    contents = [body] if body.tag == "body.content" else body.findall("body.content")
    if not contents and body.tag == "body":  # a body without body.content: its other children are the content
        contents = [body]
    paragraphs: list[str] = []
    captions: list[dict[str, str | None]] = []
    images: list[str] = []
    for content in contents:
        _walk(content, paragraphs, captions, images)
    end = body.find("body.end") if body.tag == "body" else None
    if end is not None:
        notes.extend(texts_of([*end.iter("tagline"), *end.iter("bibliography")]))
    if paragraphs:
        fields["body"] = "\n\n".join(paragraphs)
    if captions:
        fields["captions"] = captions
    if images:
        fields["image"] = images[0]
    if notes:
        fields["notes"] = notes
    return fields


def _read_head(head: ET.Element, fields: dict[str, Any], notes: list[str]) -> None:
    """Headline, subheadlines, bylines, dateline, abstract and distributor of ``body.head``."""
    hedline = head.find("hedline")
    if hedline is not None:
        title = text_of(hedline.find("hl1"))
        if title:
            fields["title"] = title
        subtitles = texts_of(hedline.findall("hl2"))
        if subtitles:
            fields["subtitle"] = subtitles[0]
        if len(subtitles) > 1:
            fields["highlights"] = subtitles[1:]
    _read_bylines(head.findall("byline"), fields, notes)
    dateline = head.find("dateline")
    if dateline is not None:
        text = text_of(dateline)
        if text:
            fields["dateline"] = text
        story_date = dateline.find(".//story.date")
        if story_date is not None:
            value = story_date.get("norm") or text_of(story_date)
            if value:
                fields["published"] = extended_iso(value)
    abstract = text_of(head.find("abstract"))
    if abstract:
        if "subtitle" in fields:
            fields["highlights"] = [*fields.get("highlights", []), abstract]
        else:
            fields["subtitle"] = abstract
    distributor = text_of(head.find("distributor"))
    if distributor:
        fields["source"] = distributor
    notes.extend(texts_of([*head.findall("note"), *head.findall("series")]))


def _read_bylines(bylines: list[ET.Element], fields: dict[str, Any], notes: list[str]) -> None:
    """The first byline is the byline; every byline's persons (or its names, when it marks none) are authors.

    A job title (``byttl``) is never an author; later bylines go to the notes.
    """
    authors: list[str] = []
    for number, byline in enumerate(bylines):
        text = text_of(byline)
        if not text:
            continue
        if number == 0 or "byline" not in fields:
            fields["byline"] = text
        else:
            notes.append(text)
        persons = texts_of(byline.iter("person"))
        if not persons:
            persons = _names_without_titles(byline)
        authors.extend(persons)
    if authors:
        fields["authors"] = list(dict.fromkeys(authors))


def _names_without_titles(byline: ET.Element) -> list[str]:
    """The author names of a byline that marks no ``person``: its text without job titles, read as a byline."""
    titles = {id(node) for node in byline.iter("byttl")}
    pieces: list[str] = [byline.text or ""]
    for child in byline:
        if id(child) not in titles:
            pieces.append("".join(child.itertext()))
        pieces.append(child.tail or "")
    text = " ".join("".join(pieces).split()).strip(" ,;/")
    if not text:
        return []
    parsed = _meta.parse_byline(text)
    return parsed[0] if parsed else []


def _walk(content: ET.Element, paragraphs: list[str], captions: list[dict[str, str | None]], images: list[str]) -> None:
    """Paragraphs, captions and pictures of a ``body.content``, in document order (a stack: no recursion).

    A container's own text and the text between its children are paragraphs
    too: nothing the content says is left out.
    """
    stack: list[ET.Element | str] = [content]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            _add(paragraphs, node)
            continue
        name = node.tag if isinstance(node.tag, str) else ""
        if name in _SKIPPED:
            pass
        elif name == "media":
            _read_media(node, captions, images)
        elif name in _CONTAINERS or node is content:
            _add(paragraphs, node.text or "")
            for child in reversed(node):
                if child.tail and child.tail.strip():
                    stack.append(child.tail)
                stack.append(child)
        elif name in _LISTS:
            paragraphs.extend(texts_of([item for item in node.iter() if item.tag in ("li", "dt", "dd")]))
        elif name == "table":
            _read_table(node, paragraphs)
        else:  # p, hl2, pre and anything else: one paragraph of its text
            _add(paragraphs, "".join(node.itertext()))


def _add(paragraphs: list[str], text: str) -> None:
    value = " ".join(text.split())
    if value:
        paragraphs.append(value)


def _read_table(table: ET.Element, paragraphs: list[str]) -> None:
    """A table as text: its caption, then one paragraph per row with the cells separated by `` | ``."""
    caption = table.find("caption")
    if caption is not None:
        _add(paragraphs, "".join(caption.itertext()))
    for row in table.iter("tr"):
        cells = [" ".join("".join(cell.itertext()).split()) for cell in row if cell.tag in ("td", "th")]
        _add(paragraphs, _CELL_SEPARATOR.join(cell for cell in cells if cell))


def _read_media(media: ET.Element, captions: list[dict[str, str | None]], images: list[str]) -> None:
    """A picture (or other media): its source URL, and its caption with the producer as credit."""
    pictured = (attribute(media, "media-type") or "image").lower() in ("image", "photo", "graphic")
    for reference in media.iter("media-reference"):
        source = attribute(reference, "source", "data-location")
        if source and pictured:
            images.append(source)
            break
    caption = text_of(media.find("media-caption")) or attribute(media.find("media-reference"), "alternate-text")
    if caption:
        captions.append({"text": caption, "credit": text_of(media.find("media-producer"))})
