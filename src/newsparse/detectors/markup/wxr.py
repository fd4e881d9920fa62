"""WordPress eXtended RSS (WXR) exports: one article per published post.

A WXR file is an RSS 2.0 channel with WordPress's namespaces (``wp:``,
``content:``, ``excerpt:``, ``dc:``) holding every item of a site: posts, pages,
attachments, menu items, templates, reusable blocks, revisions. The items are
found with the ``rss-atom`` detector's forward scan and each one is parsed on
its own with :func:`newsparse.detectors.kit.read_element` (no DTD, no entity
expansion, no external entity), so one broken item costs only itself.

Only items of the chosen post types (``post`` by default) with a chosen status
(``publish`` by default) are articles; the others are counted in one
``item-not-article`` problem at the end. Attachments are read first, so that a
post's featured image (``_thumbnail_id``) gives its ``image`` and caption.
"""

from __future__ import annotations

import contextlib
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from newsparse._problems import Location, Problem
from newsparse.detectors._base import HEAD_SIZE, RawArticle
from newsparse.detectors.kit import close_truncated, read_element, skip_prolog
from newsparse.detectors.markup._wxr_content import inline_text, post_html
from newsparse.detectors.markup._xml import element_spans

__all__ = ["WxrDetector"]

_MARKER = re.compile(r"<wp:wxr_version>|xmlns:wp=[\"']https?://wordpress\.org/export/")
_ITEM = re.compile(r"<item[\s>]")
# Where an <item> starts or ends, and the comments, CDATA sections and processing instructions skipped whole.
_ITEMS = re.compile(r"<(?:!--|!\[CDATA\[|\?|(/?)(item)(?=[\s/>]|\Z))", re.IGNORECASE)
_XMLNS = re.compile(r"""\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']""")
_TYPE = re.compile(r"<wp:post_type>\s*(?:<!\[CDATA\[)?\s*([\w-]{1,64})")
_DEFAULT_NAMESPACES = {
    "wp": "http://wordpress.org/export/1.2/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "wfw": "http://wellformedweb.org/CommentAPI/",
}
_NO_DATE = ("", "0000-00-00 00:00:00")
_SHOWN = 6  # how many kinds a count problem names


class WxrDetector:
    """WordPress WXR exports: published posts (and pages if asked) with their authors, terms and excerpts.

    ``post_types`` are the ``wp:post_type`` values that are articles (``("post",)``;
    add ``"page"`` or a custom type such as ``"news"``) and ``statuses`` the
    ``wp:status`` values read (``("publish",)``; add ``"draft"``, ``"private"``...).
    To change them for every parse, register an instance under the same name::

        newsparse.register_detector(WxrDetector(post_types=("post", "page")), replace=True)
    """

    name = "wxr"
    description = "WordPress WXR exports (RSS with wp: elements): one article per published post."

    def __init__(self, post_types: Iterable[str] = ("post",), statuses: Iterable[str] = ("publish",)) -> None:
        """Choose which post types and statuses are articles."""
        self.post_types = frozenset(t.strip().lower() for t in post_types)
        self.statuses = frozenset(s.strip().lower() for s in statuses)

    def sniff(self, head: str) -> float:
        """Near-certain on ``<wp:wxr_version>`` or WordPress's export namespace: above ``rss-atom`` (0.95)."""
        head = head[:HEAD_SIZE]
        if head[skip_prolog(head, 0, HEAD_SIZE) :].lstrip()[:4].lower() != "<rss" or not _MARKER.search(head):
            return 0.0
        return 0.97 if _ITEM.search(head) or "<wp:wxr_version>" in head else 0.8

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one raw article per published post, then one problem counting the items that are not articles."""
        first = _ITEM.search(text)
        header = text[: first.start() if first else len(text)]
        namespaces = {**_DEFAULT_NAMESPACES, **dict(_XMLNS.findall(header))}
        channel = _channel(header, namespaces)
        start = first.start() if first else len(text)
        spans = [span for span in element_spans(text, start, _ITEMS, lenient=True) if span.kind != "unclosed-markup"]
        attachments = _attachments(text, spans, namespaces)
        skipped: Counter[str] = Counter()
        for number, span in enumerate(spans, start=1):
            where, at = f"item {number}", Location(record=number)
            fragment = text[span.start : span.end]
            kind = _TYPE.search(fragment)
            if kind is not None and kind.group(1).lower() not in self.post_types:
                skipped[kind.group(1).lower()] += 1
                continue
            problems: list[Problem] = []
            if span.kind != "closed":
                fragment = close_truncated(fragment)
                problems.append(
                    Problem("item-truncated", f"{where} breaks off before its end tag; read what it has", at)
                )
            try:
                item, unknown = read_element(fragment, namespaces)
            except ET.ParseError as exc:
                problem = Problem("record-broken", f"{where} is not well-formed XML: {exc}", at)
                yield RawArticle(span.start, span.end, {}, (problem, *problems))
                continue
            if unknown:
                shown = ", ".join(sorted(set(unknown))[:_SHOWN])
                problems.append(Problem("entity-unknown", f"{where}: unknown entities {shown} kept as text", at))
            post = _values(item, namespaces)
            post_type = post.get("wp:post_type", "post").lower()
            status = post.get("wp:status", "publish").lower()
            if post_type not in self.post_types:
                skipped[post_type] += 1
            elif status not in self.statuses:
                skipped[f"{post_type} ({status})"] += 1
            else:
                fields = _post_fields(item, post, channel, attachments, status)
                yield RawArticle(span.start, span.end, fields, tuple(problems))
        if skipped:
            yield RawArticle(len(text), len(text), {}, (_skipped_problem(skipped, self),))


def _skipped_problem(skipped: Counter[str], detector: WxrDetector) -> Problem:
    total = sum(skipped.values())
    kinds = skipped.most_common()
    shown = ", ".join(f"{kind} {count}" for kind, count in kinds[:_SHOWN])
    more = f" and {len(kinds) - _SHOWN} more kinds" if len(kinds) > _SHOWN else ""
    wanted = "/".join(sorted(detector.post_types))
    message = (
        f"{total} item{'s' if total != 1 else ''} of the export are not published {wanted} items "
        f"({shown}{more}); skipped (see WxrDetector(post_types=..., statuses=...))"
    )
    return Problem("item-not-article", message)


def _local(tag: str, prefixes: dict[str, str]) -> str:
    """``{uri}name`` as ``prefix:name`` with the export's own prefixes (``wp:post_id``); plain names as they are."""
    if tag.startswith("{"):
        uri, _, name = tag[1:].partition("}")
        return f"{prefixes.get(uri, uri)}:{name}"
    return tag


def _prefixes(namespaces: dict[str, str]) -> dict[str, str]:
    """URI to prefix; the WordPress namespaces of any export version map to ``wp`` and ``excerpt``."""
    found = {uri: prefix for prefix, uri in namespaces.items()}
    for uri in list(found):
        if re.match(r"https?://wordpress\.org/export/[\d.]+/excerpt/?$", uri):
            found[uri] = "excerpt"
        elif re.match(r"https?://wordpress\.org/export/[\d.]+/?$", uri):
            found[uri] = "wp"
    return found


def _text(element: ET.Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


def _values(item: ET.Element, namespaces: dict[str, str]) -> dict[str, str]:
    """The item's simple children by ``prefix:name`` (the first of each), as text."""
    prefixes = _prefixes(namespaces)
    values: dict[str, str] = {}
    for child in item:
        values.setdefault(_local(child.tag, prefixes), _text(child))
    return values


def _channel(header: str, namespaces: dict[str, str]) -> dict[str, Any]:
    """The site's title and language, and the authors' display names by login, from the channel header."""
    channel: dict[str, Any] = {"authors": {}}
    for name in ("title", "language"):
        start = header.find(f"<{name}>")
        end = header.find(f"</{name}>", start)
        if start >= 0 and end >= 0:
            with contextlib.suppress(ET.ParseError):
                channel[name] = _text(read_element(header[start : end + len(name) + 3])[0]) or None
    pos = 0
    while (start := header.find("<wp:author>", pos)) >= 0:
        end = header.find("</wp:author>", start)
        if end < 0:
            break
        pos = end + len("</wp:author>")
        try:
            author = _values(read_element(header[start:pos], namespaces)[0], namespaces)
        except ET.ParseError:
            continue
        login = author.get("wp:author_login", "")
        display = author.get("wp:author_display_name") or " ".join(
            part for part in (author.get("wp:author_first_name"), author.get("wp:author_last_name")) if part
        )
        if login and display:
            channel["authors"][login] = inline_text(display)
    return channel


def _attachments(text: str, spans: list[Any], namespaces: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Each attachment's post id mapped to (its URL, its caption), for the posts' featured images."""
    found: dict[str, tuple[str, str]] = {}
    for span in spans:
        fragment = text[span.start : span.end]
        kind = _TYPE.search(fragment)
        if span.kind != "closed" or kind is None or kind.group(1).lower() != "attachment":
            continue
        try:
            values = _values(read_element(fragment, namespaces)[0], namespaces)
        except ET.ParseError:
            continue
        url = values.get("wp:attachment_url") or values.get("guid", "")
        if values.get("wp:post_id") and url:
            found[values["wp:post_id"]] = (url, inline_text(values.get("excerpt:encoded", "")))
    return found


def _date(gmt: str, local: str, rss: str) -> str | None:
    """The GMT date as ISO 8601 in UTC, else the local one (no zone), else the RSS date."""
    if gmt.strip() not in _NO_DATE:
        return gmt.strip().replace(" ", "T") + "+00:00"
    if local.strip() not in _NO_DATE:
        return local.strip()
    return rss or None


def _post_fields(
    item: ET.Element,
    post: dict[str, str],
    channel: dict[str, Any],
    attachments: dict[str, tuple[str, str]],
    status: str,
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "title": inline_text(post.get("title", "")) or None,
        "subtitle": inline_text(post.get("excerpt:encoded", "")) or None,
        "published": _date(post.get("wp:post_date_gmt", ""), post.get("wp:post_date", ""), post.get("pubDate", "")),
        "updated": _date(post.get("wp:post_modified_gmt", ""), post.get("wp:post_modified", ""), ""),
        "url": post.get("link") or post.get("guid") or None,
        "id": post.get("wp:post_id") or None,
        "source": channel.get("title"),
        "language": channel.get("language"),
    }
    html, captions = post_html(post.get("content:encoded", ""))
    if html:
        fields["body_html"] = html
    creator = post.get("dc:creator", "")
    if creator:
        fields["authors"] = [channel["authors"].get(creator, creator)]
    categories: list[str] = []
    tags: list[str] = []
    for child in item:
        if child.tag == "category" and _text(child):
            domain = (child.get("domain") or "category").lower()
            if domain == "category":
                categories.append(inline_text(_text(child)))
            elif domain in ("post_tag", "tag"):  # WXR 1.0 wrote domain="tag"
                tags.append(inline_text(_text(child)))
    if categories or tags:
        fields["tags"] = list(dict.fromkeys(categories + tags))
    if categories:
        fields["section"] = categories[0]
    meta = _post_meta(item)
    thumbnail = attachments.get(meta.get("_thumbnail_id", ""))
    if thumbnail is not None:
        fields["image"] = thumbnail[0]
        if thumbnail[1]:
            captions.insert(0, thumbnail[1])
    if captions:
        fields["captions"] = captions
    fields["notes"] = _notes(item, post, status)
    return {key: value for key, value in fields.items() if value not in (None, "", [])}


def _post_meta(item: ET.Element) -> dict[str, str]:
    """The item's ``wp:postmeta`` key/value pairs (by local name, whatever the export version)."""
    meta: dict[str, str] = {}
    for child in item:
        if child.tag.endswith("}postmeta"):
            key = value = ""
            for part in child:
                if part.tag.endswith("}meta_key"):
                    key = _text(part)
                elif part.tag.endswith("}meta_value"):
                    value = _text(part)
            if key:
                meta.setdefault(key, value)
    return meta


def _notes(item: ET.Element, post: dict[str, str], status: str) -> list[str]:
    notes = [f"status: {status}"]
    if post.get("wp:is_sticky", "0") not in ("", "0"):
        notes.append("sticky post")
    if post.get("wp:post_password"):
        notes.append("password-protected post")
    comments = sum(1 for child in item if child.tag.endswith("}comment"))
    if comments:
        notes.append(f"{comments} comment{'s' if comments != 1 else ''} in the export, not read")
    return notes
