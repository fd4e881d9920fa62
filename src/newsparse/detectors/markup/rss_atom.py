"""RSS and Atom feeds: one article per <item> or <entry>.

The feed is read in one forward pass that finds the items' start and end tags
outside comments, CDATA sections and processing instructions, so the time is
linear in the text whatever its tags. Each item is then parsed on its own (with
the namespace declarations of the feed's header), so one malformed item is
reported and the others still come out. An item without an end tag (the text
ends inside it, or the next item starts first) is read as far as it goes; an
item that is not well-formed is repaired (:func:`~newsparse.detectors.markup.
_xml.repair_markup`) or, when no repair keeps its text, read as HTML.

Untrusted XML: no DTD is read and no entity is expanded. A DOCTYPE inside an
item is not well-formed and the repair drops it unread; HTML named entities are
rewritten to numeric character references from the standard library's table
before parsing, and any other entity is escaped so it stays as text (see
:mod:`newsparse.detectors.markup._xml`). The standard library's expat parser never
fetches external entities.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import attrs

from newsparse._problems import Location, Problem
from newsparse.detectors._base import HEAD_SIZE, RawArticle
from newsparse.detectors._sniff import tag_hints
from newsparse.detectors.markup._feed_embedded import Embedded, embedded_feed, has_items
from newsparse.detectors.markup._feed_items import MODULES, item_fields
from newsparse.detectors.markup._feed_text import element_text, map_c1
from newsparse.detectors.markup._xml import (
    ElementSpan,
    close_truncated,
    element_spans,
    fix_references,
    repair_markup,
    skip_prolog,
)
from newsparse.vocabulary import normalise_language

__all__ = ["FeedDetector"]

_QNAME_PREFIX = r"(?:[A-Za-z_][\w.-]*:)?"
_ROOT = re.compile(rf"<{_QNAME_PREFIX}(?:rss|feed|RDF)[\s>]", re.IGNORECASE)
_ITEM_START = re.compile(rf"<{_QNAME_PREFIX}(?:item|entry)[\s/>]", re.IGNORECASE)
_BOUNDARY = re.compile(
    rf"<(?:!--|!\[CDATA\[|\?|(/?)({_QNAME_PREFIX}(?:item|entry))(?=[\s/>]|\Z))",
    re.IGNORECASE,
)
_START_TAG = re.compile(r"<[A-Za-z_][^<>]*>")
_FEED_LANGUAGE = re.compile(r"<(?:dc:)?language>\s*([^<]{1,40}?)\s*</", re.IGNORECASE)
_XML_LANG = re.compile(r"""\sxml:lang\s*=\s*["']([^"']{1,40})["']""")
_XML_LANG_KEY = "{http://www.w3.org/XML/1998/namespace}lang"
_XMLNS = re.compile(r"""\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']""")
_USED_PREFIX = re.compile(r"""</?([A-Za-z_][\w.-]*):[A-Za-z_]|\s([A-Za-z_][\w.-]*):[\w.-]+\s*=""")
_UNDECLARED = "urn:newsparse:undeclared:"
_NAMES = MODULES
_TEXT_ONLY = re.compile(r"<[^<>]*>|\s+")
_TITLE_TAG = re.compile(r"<(?:[\w.-]+:)?title\b[^<>]*>([^<]*)<", re.IGNORECASE)
_SHOWN = 5  # how many unknown entities one problem names
_SHOWN_TAG = 60  # how many characters of an empty item's tag a problem shows


class FeedDetector:
    """RSS 0.9x / 1.0 / 2.0 ``<item>`` and Atom 0.3 / 1.0 ``<entry>`` elements: each an article or a named problem.

    The fields are read by :mod:`~newsparse.detectors.markup._feed_items`
    (Dublin Core, ``content:``, Media RSS and iTunes included); text fields are
    text (:mod:`~newsparse.detectors.markup._feed_text`). A malformed item is
    repaired or read as HTML, and a feed shown in an HTML page is read from it.
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
        if root is None or root.start() > skip_prolog(head, 0, HEAD_SIZE):
            # a feed in a page is in a <pre>, <xmp>, <textarea>, <code> or <plaintext> block (any case)
            embedded = embedded_feed(head, HEAD_SIZE) if "block" in tag_hints(head) else None
            if embedded is not None:  # a feed shown in a page: above the page itself (html-page's 0.95)
                return 0.96 if has_items(head, embedded.start, HEAD_SIZE) else 0.6
        if root is None:
            return 0.0
        return 0.95 if _ITEM_START.search(head, root.end() - 1) else 0.6

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one structured raw article per item or entry (an unreadable one with its problem)."""
        root = _find_root(text)
        embedded = embedded_feed(text, HEAD_SIZE) if root is None or root.start() > skip_prolog(text) else None
        if embedded is not None and embedded.escaped:
            yield from _split_escaped(self, embedded)
            return
        if embedded is not None:
            root = _ROOT.match(text, embedded.start)
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


def _split_escaped(detector: FeedDetector, embedded: Embedded) -> Iterator[RawArticle]:
    """The items of a feed shown escaped in a page; spans are mapped back in proportion (ordered, approximate)."""
    scale = (embedded.end - embedded.start) / max(len(embedded.text), 1)
    for raw in detector.split(embedded.text):
        start, end = (
            embedded.start + min(int(pos * scale), embedded.end - embedded.start) for pos in (raw.start, raw.end)
        )
        yield attrs.evolve(raw, start=start, end=end)


def _find_root(text: str) -> re.Match[str] | None:
    """The feed's root tag: right after the prolog, else (the old rule) in the first 4,000 characters."""
    root = _ROOT.match(text, skip_prolog(text, 0, HEAD_SIZE))
    if root is None and text.lstrip()[:1] == "<":
        root = _ROOT.search(text, 0, 4000)
    return root


def _spans(text: str, pos: int) -> Iterator[ElementSpan]:
    """The items of ``text`` from ``pos`` on (``<item>`` or ``<entry>``), in one forward pass (linear time)."""
    return element_spans(text, pos, _BOUNDARY, lenient=True)


def _read_item(
    fragment: str, span: ElementSpan, number: int, declarations: str, language: str | None = None
) -> RawArticle:
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
    fragment, unknown = fix_references(map_c1(fragment))
    if unknown:
        problems.append(Problem("entity-unknown", f"{where}: {_unknown_words(unknown)} kept as text", at))
    try:
        wrapper = _parse_item(fragment, declarations)
    except ET.ParseError as exc:
        repaired = _repaired(fragment, declarations)
        if repaired is None:
            return _read_broken(fragment, span, where, exc, problems)
        wrapper = repaired
        problems.append(Problem("item-repaired", f"{where} is not well-formed XML ({exc}); read after repair", at))
    if not len(wrapper):  # the text ends inside the item's own start tag
        message = f"{where} is truncated: the text ends inside its start tag"
        return RawArticle(span.start, span.end, {}, (Problem("item-truncated", message, at),))
    found: list[Problem] = []
    fields = item_fields(wrapper[0], found)
    problems += [p.reworded(f"{where}: {p}", record=number) for p in found]
    if "title" not in fields and "body" not in fields and "body_html" not in fields:
        problems.append(_no_text(fields, where, at))
        return RawArticle(span.start, span.end, {}, problems)
    own = wrapper[0].get(_XML_LANG_KEY) or element_text(wrapper[0].find(f"{{{_NAMES['dc']}}}language"))
    language = normalise_language(own) or language
    if language:
        fields["language"] = language
    return RawArticle(span.start, span.end, fields, problems)


def _no_text(fields: dict[str, Any], where: str, at: Location) -> Problem:
    """The problem for an item with no title and no text, naming what it has so that nothing is lost silently."""
    has = "; ".join(f"{key} {value!r}"[:_SHOWN_TAG] for key, value in fields.items())
    if not set(fields) - {"id", "image"}:
        return Problem(
            "item-empty", f"{where} has no title, link, date or text{f' (only {has})' if has else ''}; skipped", at
        )
    return Problem("item-no-text", f"{where} has no title and no text (only {has}); skipped", at)


def _repaired(fragment: str, declarations: str) -> ET.Element | None:
    """The item parsed again after :func:`repair_markup`; None when it is still not well-formed or lost text.

    A repair that cuts text (a tag broken mid-item reads as the end of the item)
    is refused: the item is then read as HTML, which keeps every word.
    """
    try:
        wrapper = _parse_item(repair_markup(fragment), declarations)
    except ET.ParseError:
        return None
    kept = sum(len(piece.strip()) for piece in wrapper.itertext())
    return wrapper if kept * 10 >= len(_TEXT_ONLY.sub("", fragment).strip()) * 9 else None


def _read_broken(
    fragment: str, span: ElementSpan, where: str, exc: ET.ParseError, problems: list[Problem]
) -> RawArticle:
    """An item that no repair makes well-formed: its title tag's text, and the rest read as HTML."""
    at = Location(record=int(where.split()[-1]))
    broken = Problem("record-broken", f"{where} is not well-formed XML ({exc}); read as HTML", at)
    fields: dict[str, Any] = {}
    title = _TITLE_TAG.search(fragment)
    if title and title.group(1).strip():
        fields["title"] = " ".join(html.unescape(title.group(1)).split())
        fragment = fragment[: title.start()] + fragment[title.end() - 1 :]
    fields["body_html"] = fragment
    return RawArticle(span.start, span.end, fields, (broken, *problems))


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
