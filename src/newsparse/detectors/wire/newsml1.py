"""NewsML 1.x: one article per story of a ``NewsItem``, read from its NewsComponents.

A NewsItem holds one top NewsComponent, which may nest more: a story with its
text, a "content list" of several stories, pictures with their captions. The
rule, in one sentence: **a story is the item's top component, or a component
that has its own HeadLine and text; each story takes the text of the
components under it that are not stories themselves.** So a usual item (one
component, or a main text component and a picture under a titled one) is one
article, and a package of several titled texts gives one article per text.
Under a story, a component whose Role is a caption, or a picture component,
gives a caption (its text, else its HeadLine; its CreditLine as the credit),
not body text.

Each NewsItem is found in one forward pass (NewsItems may nest) and read on
its own (see :mod:`._xmltree`); the text of a ContentItem is its DataContent
(NITF, XHTML or plain text, :mod:`._xmlcontent`). A ContentItem that only
refers to its text (``Href``) is reported (``newsml-content-remote``); an item
with pictures only gives no article (``newsml-item-not-text``).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import attrs

from newsparse import _meta
from newsparse._problems import Location, Problem
from newsparse.detectors._base import HEAD_SIZE, RawArticle
from newsparse.detectors.wire._xmlcontent import is_picture_type, join_bodies, read_inline
from newsparse.detectors.wire._xmldates import extended_iso
from newsparse.detectors.wire._xmltree import Span, item_spans, local_root, read_item, text_of, texts_of

__all__ = ["NewsML1Detector"]

_TAG = re.compile(r"<[^<>]*>")
_COMPONENT_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?NewsComponent[\s>/]")
_NEWSML_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?NewsML[\s>]")
_FOREIGN_ROOTS = frozenset({"html", "rss", "feed", "RDF", "nitf", "newsMessage", "newsItem", "packageItem"})
_TAG_PROPERTIES = ("keyword", "keywords", "topic", "category", "subject")
_LINE_FIELDS = (("HeadLine", "title"), ("SubHeadLine", "subtitle"), ("DateLine", "dateline"), ("CreditLine", "source"))
_LINE_NOTES = (("SlugLine", "Slugline"), ("CopyrightLine", "Copyright"), ("RightsLine", "Rights"))


_Metadata = tuple[ET.Element | None, ET.Element | None]
"""The nearest DescriptiveMetadata and AdministrativeMetadata of a component (its own, else an ancestor's)."""


@attrs.define
class _Story:
    """A story component, with what it gathered from the components under it."""

    component: ET.Element
    order: int
    parts: list[dict[str, Any]] = attrs.field(factory=list)
    captions: list[dict[str, str | None]] = attrs.field(factory=list)
    images: list[str] = attrs.field(factory=list)
    remote: list[str] = attrs.field(factory=list)
    pictures: int = 0
    descriptive: ET.Element | None = None
    administrative: ET.Element | None = None


class NewsML1Detector:
    """NewsML 1.x: NewsItems, their NewsComponents, NewsLines, metadata and DataContent (NITF, XHTML, text)."""

    name = "newsml1"
    description = "NewsML 1.x documents: one article per story (a text NewsComponent) of each NewsItem."

    def sniff(self, head: str) -> float:
        """Near-certain for a ``<NewsML>`` root; high for a NewsItem root, or NewsML documents in a wrapper."""
        head = head[:HEAD_SIZE]
        root = local_root(head, HEAD_SIZE)
        if root == "NewsML":
            return 0.97  # above html-page's 0.95 when XHTML content puts <html> near the start
        if root is None or root in _FOREIGN_ROOTS:
            return 0.0
        if root == "NewsItem" and _COMPONENT_TAG.search(head):
            return 0.9
        return 0.9 if _NEWSML_TAG.search(head) else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """One structured raw article per story; items with no story, and broken items, are problems."""
        number = 0
        for span in item_spans(text, "NewsItem", nested=True):
            if span.kind == "unclosed-markup":
                problem = Problem("text-truncated", "the text ends inside a comment or CDATA section outside any item")
                yield RawArticle(span.start, span.end, {}, (problem,))
                continue
            number += 1
            yield from _span_articles(text, span, number)


def _span_articles(text: str, span: Span, number: int) -> Iterator[RawArticle]:
    """The articles of the NewsItem at ``span`` (and of the NewsItems nested in it), in document order."""
    where = f"NewsItem {number}"
    at = Location(record=number, start=span.start, end=span.end)
    root, problems = read_item(text, span, where, number)
    if root is None:
        yield RawArticle(span.start, span.end, {}, tuple(problems))
        return
    order = {id(c): k for k, c in enumerate(root.iter("NewsComponent"))}
    found: list[tuple[int, dict[str, Any]]] = []
    for item in root.iter("NewsItem"):
        found.extend(_item_articles(item, order, problems, where, at))
    found.sort(key=lambda pair: pair[0])
    if not found:
        if not any(p.code in ("newsml-item-not-text", "record-broken", "item-truncated") for p in problems):
            problems.append(Problem("item-empty", f"{where} has no headline or text; skipped", at))
        yield RawArticle(span.start, span.end, {}, tuple(problems))
        return
    offsets = [m.start() for m in _COMPONENT_TAG.finditer(text, span.start, span.end)]
    starts = [span.start]
    for k, _ in found[1:]:  # where each later story's component starts (never before the previous story)
        starts.append(max(starts[-1], offsets[k] if k < len(offsets) else span.end))
    for index, (_, fields) in enumerate(found):
        start = min(max(starts[index], span.start), span.end)
        end = starts[index + 1] if index + 1 < len(found) else span.end
        yield RawArticle(start, max(start, end), fields, tuple(problems) if index == 0 else ())


def _item_articles(
    item: ET.Element, order: dict[int, int], problems: list[Problem], where: str, at: Location
) -> list[tuple[int, dict[str, Any]]]:
    """(document order, fields) for each story of one NewsItem; its problems are added to ``problems``."""
    common = _item_fields(item)
    stories = _stories(item, order)
    texts = [story for story in stories if story.parts]
    articles = []
    for story in texts:
        fields = _story_fields(story, common)
        if len(texts) > 1 and "id" in fields:
            fields["id"] = f"{fields['id']}#{story.component.get('Duid') or story.order}"
        articles.append((story.order, fields))
    for story in stories:
        for href in story.remote:
            message = f"{where}: a text is only referred to ({href or 'no address'}), not included"
            problems.append(Problem("newsml-content-remote", message, at))
    if not texts:
        if any(story.pictures for story in stories):
            message = f"{where} holds pictures or other media only, not a text article; skipped"
            problems.append(Problem("newsml-item-not-text", message, at))
        elif any(story.remote for story in stories) and _headline(stories[0].component):
            articles.append((stories[0].order, _story_fields(stories[0], common)))
    return articles


def _headline(component: ET.Element) -> str | None:
    return text_of(component.find("NewsLines/HeadLine"))


def _role(component: ET.Element) -> str:
    return _formal(component, "Role").lower()


def _stories(item: ET.Element, order: dict[int, int]) -> list[_Story]:
    """The stories of an item: its top components and the titled components with text under them."""
    has_text = _has_text(item)
    stories: list[_Story] = []
    for top in item.findall("NewsComponent"):
        stack: list[tuple[ET.Element, _Story | None, bool, _Metadata]] = [(top, None, False, (None, None))]
        while stack:
            component, story, caption, inherited = stack.pop()
            own = component.find("DescriptiveMetadata"), component.find("AdministrativeMetadata")
            metadata = (own[0] if own[0] is not None else inherited[0], own[1] if own[1] is not None else inherited[1])
            is_root = story is None or (not caption and _headline(component) and has_text.get(id(component)))
            if story is None or is_root:
                story = _Story(
                    component, order.get(id(component), 0), descriptive=metadata[0], administrative=metadata[1]
                )
                stories.append(story)
            _gather(component, story, caption)
            for child in reversed(component.findall("NewsComponent")):
                stack.append((child, story, caption or "caption" in _role(child), metadata))
    stories.sort(key=lambda story: story.order)
    return stories


def _has_text(item: ET.Element) -> dict[int, bool]:
    """For each component of the item (not of nested items), whether it or a non-caption component under it has text."""
    post: list[ET.Element] = []
    stack = item.findall("NewsComponent")
    while stack:
        component = stack.pop()
        post.append(component)
        stack.extend(c for c in component.findall("NewsComponent") if "caption" not in _role(c))
    found: dict[int, bool] = {}
    for component in reversed(post):  # children before their parents
        own = any(_kind(ci) == "text" for ci in component.findall("ContentItem"))
        found[id(component)] = own or any(found.get(id(c), False) for c in component.findall("NewsComponent"))
    return found


def _kind(content_item: ET.Element) -> str:
    """``text``, ``remote`` (text it only refers to), ``picture`` or ``other``."""
    media, mime = _formal(content_item, "MediaType"), _formal(content_item, "MimeType")
    if is_picture_type(media) or mime.lower().startswith(("image/", "video/", "audio/")):
        return "picture"
    if content_item.find("DataContent") is not None:
        return "text"
    if content_item.get("Href") and (media.lower() in ("text", "") or mime.lower().startswith("text/")):
        return "remote"
    return "other"


def _formal(element: ET.Element, path: str) -> str:
    """The ``FormalName`` of the element at ``path`` under ``element``, stripped; "" when there is none."""
    found = element.find(path)
    return (found.get("FormalName") or "").strip() if found is not None else ""


def _gather(component: ET.Element, story: _Story, caption: bool) -> None:
    """What one component gives its story: body parts, captions, pictures, texts it only refers to."""
    texts: list[dict[str, Any]] = []
    for content_item in component.findall("ContentItem"):
        kind = _kind(content_item)
        data = content_item.find("DataContent")
        if kind == "text" and data is not None:
            part = read_inline(data, f"{_formal(content_item, 'MimeType')} {_formal(content_item, 'Format')}")
            if part:
                texts.append(part)
        elif kind == "picture":
            story.pictures += 1
            if content_item.get("Href", "").strip():
                story.images.append(content_item.get("Href", "").strip())
        elif kind == "remote":
            story.remote.append(content_item.get("Href", "").strip())
    credit = text_of(component.find("NewsLines/CreditLine"))
    is_picture = not texts and any(_kind(ci) == "picture" for ci in component.findall("ContentItem"))
    if caption:
        body = join_bodies(texts)
        words = body.get("body") or _meta_text(body.get("body_html")) or _headline(component)
        if words:
            story.captions.append({"text": words, "credit": credit})
    elif is_picture and component is not story.component and _headline(component):
        story.captions.append({"text": _headline(component) or "", "credit": credit})
    else:
        story.parts.extend(texts)


def _meta_text(markup: str | None) -> str | None:
    """The words of a short HTML caption (tags dropped), for a caption given as XHTML."""
    if not markup:
        return None
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split()) or None


def _item_fields(item: ET.Element) -> dict[str, Any]:
    """What every story of the item shares: its identifier, dates, status and name."""
    fields: dict[str, Any] = {}
    identifier = text_of(item.find("Identification/NewsIdentifier/PublicIdentifier"))
    identifier = identifier or text_of(item.find("Identification/NewsIdentifier/NewsItemId"))
    if identifier:
        fields["id"] = identifier
    management = item.find("NewsManagement")
    first = text_of(management.find("FirstCreated")) if management is not None else None
    first = first or text_of(item.find("Identification/NewsIdentifier/DateId"))
    revised = text_of(management.find("ThisRevisionCreated")) if management is not None else None
    if first:
        fields["published"] = extended_iso(first)
    if revised and revised != first:
        fields["updated" if first else "published"] = extended_iso(revised)
    value = _formal(management, "Status") if management is not None else ""
    if value and value.lower() != "usable":
        fields["notes"] = [f"Status: {value}"]
    label = text_of(item.find("Identification/NameLabel"))
    if label:
        fields["title"] = label
    return fields


def _story_fields(story: _Story, common: dict[str, Any]) -> dict[str, Any]:
    """One story's fields: its NewsLines, the nearest metadata, its content, then the item's shared fields."""
    component = story.component
    fields: dict[str, Any] = {}
    notes: list[str] = []
    _read_lines(component.find("NewsLines"), fields, notes)
    _read_metadata(story.descriptive, story.administrative, fields, notes)
    content = join_bodies(story.parts)
    fields.update(content)
    for part in story.parts:  # an NITF part's headline, byline, dateline... fill what the NewsLines lack
        for key, value in part.items():
            if key == "notes":
                notes.extend(value)
            elif key not in ("body", "body_html", "captions"):
                fields.setdefault(key, value)
    captions = [c for part in story.parts for c in part.get("captions", [])] + story.captions
    if captions:
        fields["captions"] = captions
    if story.images:
        fields.setdefault("image", story.images[0])
    for key, value in common.items():
        if key == "notes":
            notes = [*value, *notes]
        else:
            fields.setdefault(key, value)
    if notes:
        fields["notes"] = list(dict.fromkeys(notes))
    return fields


def _read_lines(lines: ET.Element | None, fields: dict[str, Any], notes: list[str]) -> None:
    """HeadLine, SubHeadLine, ByLine (its ByLineTitle is not an author), DateLine, CreditLine, other lines."""
    if lines is None:
        return
    for tag, key in _LINE_FIELDS:
        value = text_of(lines.find(tag))
        if value:
            fields[key] = value
    byline = text_of(lines.find("ByLine"))
    if byline:
        fields["byline"] = byline
        parsed = _meta.parse_byline(byline)
        if parsed and parsed[0]:
            fields["authors"] = parsed[0]
    for tag, label in _LINE_NOTES:
        notes.extend(f"{label}: {value}" for value in texts_of(lines.findall(tag)))
    keywords = texts_of(lines.findall("KeywordLine"))
    if keywords:
        fields["tags"] = keywords
    for line in lines.findall("NewsLine"):
        kind = line.find("NewsLineType")
        label = (kind.get("FormalName") or "").strip() if kind is not None else ""
        value = text_of(line.find("NewsLineText"))
        if value:
            notes.append(f"{label}: {value}" if label else value)


def _read_metadata(
    descriptive: ET.Element | None, administrative: ET.Element | None, fields: dict[str, Any], notes: list[str]
) -> None:
    """Language, genre and keyword properties; the creator (when the ByLine names nobody) and the provider."""
    if descriptive is not None:
        language, genre = _formal(descriptive, "Language"), _formal(descriptive, "Genre")
        if language:
            fields["language"] = language
        if genre:
            notes.append(f"Genre: {genre}")
        tags = [
            (p.get("Value") or "").strip()
            for p in descriptive.iter("Property")
            if (p.get("FormalName") or "").strip().lower() in _TAG_PROPERTIES and (p.get("Value") or "").strip()
        ]
        if tags:
            fields["tags"] = list(dict.fromkeys([*fields.get("tags", []), *tags]))
    if administrative is not None:
        creators = [(p.get("FormalName") or "").strip() for p in administrative.findall("Creator/Party")]
        if creators and "authors" not in fields and any(creators):
            fields["authors"] = [c for c in creators if c]
        for path in ("Provider/Party", "Source/Party"):
            party = _formal(administrative, path)
            if party:
                fields.setdefault("source", party)
