"""RSS 2.0 and Atom feeds: one article per <item> or <entry>.

The feed is read in one forward pass that finds the items' start and end tags
outside comments, CDATA sections and processing instructions, so the time is
linear in the text whatever its tags. Each item is then parsed on its own (with
the namespace declarations of the feed's header), so one malformed item is
reported and the others still come out. An item without an end tag (the text
ends inside it, or the next item starts first) is read as far as it goes.

Untrusted XML: no DTD is read and no entity is expanded. An item never carries
a DOCTYPE (one inside an element is not well-formed), HTML named entities are
rewritten to numeric character references from the standard library's table
before parsing, and any other entity is escaped so it stays as text (see
:mod:`newsparse.detectors.markup._xml`). The standard library's expat parser never
fetches external entities.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import attrs

from newsparse._problems import Location, Problem
from newsparse.detectors._base import HEAD_SIZE, RawArticle
from newsparse.detectors.markup._xml import close_truncated, fix_references, skip_prolog, tag_end
from newsparse.vocabulary import normalise_language

__all__ = ["FeedDetector"]

_QNAME_PREFIX = r"(?:[A-Za-z_][\w.-]*:)?"
_ROOT = re.compile(rf"<{_QNAME_PREFIX}(?:rss|feed|RDF)[\s>]", re.IGNORECASE)
_ITEM_START = re.compile(rf"<{_QNAME_PREFIX}(?:item|entry)[\s/>]", re.IGNORECASE)
_BOUNDARY = re.compile(
    rf"<(?:!--|!\[CDATA\[|\?|(/?)({_QNAME_PREFIX}(?:item|entry))(?=[\s/>]|\Z))",
    re.IGNORECASE,
)
_CLOSERS = {"<!--": "-->", "<![CDATA[": "]]>", "<?": "?>"}
_START_TAG = re.compile(r"<[A-Za-z_][^<>]*>")
_FEED_LANGUAGE = re.compile(r"<(?:dc:)?language>\s*([^<]{1,40}?)\s*</", re.IGNORECASE)
_XML_LANG = re.compile(r"""\sxml:lang\s*=\s*["']([^"']{1,40})["']""")
_XML_LANG_KEY = "{http://www.w3.org/XML/1998/namespace}lang"
_XMLNS = re.compile(r"""\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']""")
_USED_PREFIX = re.compile(r"""</?([A-Za-z_][\w.-]*):[A-Za-z_]|\s([A-Za-z_][\w.-]*):[\w.-]+\s*=""")
_UNDECLARED = "urn:newsparse:undeclared:"
_ATOM = "http://www.w3.org/2005/Atom"
_NAMES = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "media": "http://search.yahoo.com/mrss/",
}
_SHOWN = 5  # how many unknown entities one problem names
_SHOWN_TAG = 60  # how many characters of an empty item's tag a problem shows


@attrs.frozen
class _Span:
    """Where one item is in the feed, and how it ends.

    ``kind`` is ``closed`` (it has its end tag), ``empty`` (a self-closing
    ``<item/>``), ``cut`` (the next item starts before its end tag), ``truncated``
    (the text ends inside it) or ``unclosed-markup`` (outside any item, a comment
    or CDATA section that the text ends inside: not an item, but reported).
    """

    start: int
    end: int
    kind: str


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
        """Near-certain for an <rss>, <feed> or <rdf:RDF> root with items or entries.

        The root is looked for right after the prolog (declaration, comments,
        processing instructions, DOCTYPE with its internal subset), however long
        the prolog is within the head.
        """
        head = head[:HEAD_SIZE]
        root = _find_root(head)
        if root is None:
            return 0.0
        return 0.95 if _ITEM_START.search(head, root.end() - 1) else 0.6

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one structured raw article per item or entry (an unreadable one with its problem)."""
        root = _find_root(text)
        start = root.start() if root else skip_prolog(text)
        declarations: str | None = None
        language: str | None = None
        number = 0
        for span in _spans(text, start):
            if span.kind == "unclosed-markup":
                what = "comment" if text.startswith("<!--", span.start) else "markup section"
                problem = Problem("text-truncated", f"the text ends inside a {what} outside any item")
                yield RawArticle(span.start, span.end, {}, (problem,))
                continue
            number += 1
            if declarations is None:
                declarations = _header_namespaces(text[start : span.start])
                language = _feed_language(text[start : span.start])
            yield _read_item(text[span.start : span.end], span, number, declarations, language)


def _feed_language(header: str) -> str | None:
    """The feed's declared language: the channel's ``<language>`` / ``<dc:language>``, else the root's xml:lang."""
    match = _FEED_LANGUAGE.search(header) or _XML_LANG.search(header)
    return normalise_language(match.group(1)) if match else None


def _find_root(text: str) -> re.Match[str] | None:
    """The feed's root tag: right after the prolog, else (the old rule) in the first 4,000 characters."""
    root = _ROOT.match(text, skip_prolog(text, 0, HEAD_SIZE))
    if root is None and text.lstrip()[:1] == "<":
        root = _ROOT.search(text, 0, 4000)
    return root


def _spans(text: str, pos: int) -> Iterator[_Span]:
    """The items of ``text`` from ``pos`` on, in one forward pass (linear time).

    Comments, CDATA sections and processing instructions are skipped whole, so
    an ``<item>`` inside them is not an item. Items do not nest: a start tag of
    the open item's name ends it (``cut``); tags of other names are its content.
    """
    open_at, open_name = -1, ""
    while True:
        mark = _BOUNDARY.search(text, pos)
        if mark is None:
            break
        closer = _CLOSERS.get(mark.group().upper())
        if closer is not None:
            close = text.find(closer, mark.end())
            if close < 0:
                if open_at < 0:
                    yield _Span(mark.start(), len(text), "unclosed-markup")
                break
            pos = close + len(closer)
            continue
        after = _tag_end(text, mark.end())
        name = mark.group(2).lower()
        if mark.group(1):  # an end tag (cut short at the end of the text: the item is truncated)
            if open_at >= 0 and name == open_name and after >= 0:
                yield _Span(open_at, after, "closed")
                open_at = -1
        elif open_at < 0 or name == open_name:
            if open_at >= 0:
                yield _Span(open_at, mark.start(), "cut")
            if after >= 0 and text[after - 2] == "/":
                yield _Span(mark.start(), after, "empty")
                open_at = -1
            else:
                open_at, open_name = mark.start(), name
        if after < 0:
            break
        pos = after
    if open_at >= 0:
        yield _Span(open_at, len(text), "truncated")


def _tag_end(text: str, pos: int) -> int:
    """Past the ``>`` of the tag open before ``pos``; an unbalanced quote falls back to the next ``>``."""
    after = tag_end(text, pos)
    if after < 0:
        gt = text.find(">", pos)
        after = gt + 1 if gt >= 0 else -1
    return after


def _read_item(fragment: str, span: _Span, number: int, declarations: str, language: str | None = None) -> RawArticle:
    """One item's raw article: its fields, or no fields and a problem saying why.

    ``language`` is the feed's; an item's own ``xml:lang`` or ``dc:language`` comes first.
    """
    where, at = f"item {number}", Location(record=number)
    if span.kind == "empty":
        tag = fragment.strip()
        shown = tag if len(tag) <= _SHOWN_TAG else tag[: _SHOWN_TAG - 4] + " ...>"
        return RawArticle(
            span.start, span.end, {}, (Problem("item-empty", f"{where} is empty ({shown}); skipped", at),)
        )
    problems: list[Problem] = []
    if span.kind != "closed":
        fragment = close_truncated(fragment)
        ends = "the next item starts" if span.kind == "cut" else "the feed ends"
        message = f"{where} is truncated: {ends} before its end tag; read what it has"
        problems.append(Problem("item-truncated", message, at))
    fragment, unknown = fix_references(fragment)
    if unknown:
        problems.append(Problem("entity-unknown", f"{where}: {_unknown_words(unknown)} kept as text", at))
    try:
        wrapper = _parse_item(fragment, declarations)
    except ET.ParseError as exc:
        broken = Problem("record-broken", f"{where} is not well-formed XML: {exc}", at)
        return RawArticle(span.start, span.end, {}, (broken, *problems))
    if not len(wrapper):  # the text ends inside the item's own start tag
        message = f"{where} is truncated: the text ends inside its start tag"
        return RawArticle(span.start, span.end, {}, (Problem("item-truncated", message, at),))
    element = wrapper[0]
    fields = _fields(element)
    if not fields:
        problems.append(Problem("item-empty", f"{where} has no title, link, date or text; skipped", at))
        return RawArticle(span.start, span.end, {}, problems)
    own = element.get(_XML_LANG_KEY) or _text(element.find(f"{{{_NAMES['dc']}}}language"))
    language = normalise_language(own) or language
    if language:
        fields["language"] = language
    return RawArticle(span.start, span.end, fields, problems)


def _parse_item(fragment: str, declarations: str) -> ET.Element:
    """The item inside a wrapper element that declares the feed's namespaces (raises ``ET.ParseError``).

    A prefix that nothing declares would make the item unreadable: on that error
    the item is parsed again with a placeholder declaration for each such prefix.
    """
    try:
        return ET.fromstring(f"<wrapper{declarations}>{fragment}</wrapper>")
    except ET.ParseError as exc:
        if "unbound prefix" not in str(exc):
            raise
    return ET.fromstring(f"<wrapper{declarations}{_undeclared(fragment, declarations)}>{fragment}</wrapper>")


def _unknown_words(unknown: list[str]) -> str:
    names = list(dict.fromkeys(unknown))
    shown = ", ".join(names[:_SHOWN]) + (f" and {len(names) - _SHOWN} more" if len(names) > _SHOWN else "")
    return f"unknown entit{'y' if len(names) == 1 else 'ies'} {shown}"


def _header_namespaces(header: str) -> str:
    """The namespace declarations of the start tags before the first item (the root's, the channel's)."""
    declared: dict[str, str] = {}
    for tag in _START_TAG.findall(header):
        for prefix, uri in _XMLNS.findall(tag):
            declared.setdefault(prefix or "", uri)
    for prefix, uri in _NAMES.items():
        declared.setdefault(prefix, uri)
    return "".join(f' xmlns{":" + p if p else ""}="{uri}"' for p, uri in declared.items())


def _undeclared(fragment: str, declarations: str) -> str:
    """Placeholder declarations for the prefixes an item uses that nothing declares (else it is unreadable)."""
    used = {a or b for a, b in _USED_PREFIX.findall(fragment)} - {"xml", "xmlns"}
    declared = {p for p, _ in _XMLNS.findall(declarations + fragment) if p}
    return "".join(f' xmlns:{p}="{_UNDECLARED}{p}"' for p in sorted(used - declared))


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
    fields.update(_body(found))
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


_BODY_KEYS = ("content:encoded", "atom:content", "description", "atom:summary")


def _body(found: dict[str, ET.Element]) -> dict[str, str]:
    """The body field from the first body element that has text (an empty ``<content src=...>`` falls through).

    Atom says what its text holds: ``type="text"`` is plain text (a ``<b>`` in
    it is text, not a tag), ``type="xhtml"`` is markup inside the element, and
    anything else is escaped HTML, as RSS bodies are.
    """
    for key in _BODY_KEYS:
        element = found.get(key)
        if element is None:
            continue
        kind = (element.get("type") or "").strip().lower() if key.startswith("atom:") else ""
        value = _xhtml(element) if kind == "xhtml" else _text(element)
        if value:
            return {"body" if kind == "text" else "body_html": value}
    return {}


def _xhtml(element: ET.Element) -> str | None:
    """The markup inside an Atom ``type="xhtml"`` element, as HTML without namespaces.

    Markup nested too deeply for the serializer (which recurses) gives the element's text instead.
    """
    for node in element.iter():
        node.tag = _local(node.tag)[1]
        node.attrib = {_local(name)[1]: value for name, value in node.attrib.items()}
    try:
        children = "".join(ET.tostring(child, encoding="unicode", method="html") for child in element)
    except RecursionError:
        return _text(element)
    inner = (element.text or "") + children
    return inner.strip() or None


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
