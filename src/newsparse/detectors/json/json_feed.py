"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org): one article per element of ``items``.

A JSON Feed is one object: ``version`` (``https://jsonfeed.org/version/1`` or
``/1.1``), the feed's ``title``, ``language`` and ``authors``, and ``items``,
an array of objects with ``id``, ``url``, ``title``, ``content_html`` and/or
``content_text``, ``summary``, ``image``, ``date_published``,
``date_modified``, ``authors`` (1.0: ``author``), ``tags`` and ``language``.
The items are read element by element, so a broken item is reported and the
others still come out, and a feed cut off mid-way keeps the items it has.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from newsparse._problems import Location, Problem
from newsparse.detectors._base import HEAD_SIZE, RawArticle
from newsparse.detectors.json._arrays import iter_array
from newsparse.detectors.json._json import Walk
from newsparse.detectors.markup._feed_text import map_c1, text_of
from newsparse.vocabulary import normalise_language

__all__ = ["JsonFeedDetector"]

_VERSION = re.compile(r'"version"\s*:\s*"https?://jsonfeed\.org/version/1(?:\.\d+)?/?"')
_ITEMS = re.compile(r'"items"\s*:\s*(?=\[)')
_HEADER_LANGUAGE = re.compile(r'"language"\s*:\s*"([^"\\]{1,40})"')
_SHOWN = 60


class JsonFeedDetector:
    """JSON Feed 1.0 / 1.1 documents: each item an article, its HTML content cleaned, its title text."""

    name = "json-feed"
    description = "JSON Feed 1.0 and 1.1 (jsonfeed.org): one article per item."

    def sniff(self, head: str) -> float:
        """Near-certain when the object's ``version`` names jsonfeed.org (no other layout carries it)."""
        head = head[:HEAD_SIZE]
        if head.lstrip()[:1] != "{":
            return 0.0
        return 0.97 if _VERSION.search(head) else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one raw article per item; a broken item is a problem, the others still come out."""
        items = _ITEMS.search(text)
        if items is None:
            problem = Problem("item-empty", "the JSON Feed has no items array; no article")
            yield RawArticle(0, len(text), {}, (problem,))
            return
        feed = _feed_object(text, items.start())
        number = 0
        for element in iter_array(text, items.end(), lambda value: isinstance(value, dict), Walk(text)):
            number += 1
            where, at = f"item {number}", Location(record=number)
            if element.error is not None:
                message = f"{where} could not be read: {element.error}"
                if isinstance(element.error, Problem):
                    problem = element.error.reworded(message, record=number)
                else:
                    problem = Problem("record-broken", message, at)
                yield RawArticle(element.start, element.end, {}, (problem,))
                continue
            yield _article(element.value, element.start, element.end, feed, where, at)


def _feed_object(text: str, items_at: int) -> Mapping[str, Any]:
    """The feed's own fields: from the whole document when it decodes, else what its header shows."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        language = _HEADER_LANGUAGE.search(text, 0, items_at)
        return {"language": language.group(1)} if language else {}
    return document if isinstance(document, dict) else {}


def _article(item: object, start: int, end: int, feed: Mapping[str, Any], where: str, at: Location) -> RawArticle:
    """One item's raw article, or a problem when it is not an object or has no title and no text."""
    if not isinstance(item, dict):
        problem = Problem("record-not-object", f"{where} is a JSON {type(item).__name__}, not an object; skipped", at)
        return RawArticle(start, end, {}, (problem,))
    fields = {key: _without_c1(value) for key, value in _fields(item, feed).items()}
    if "title" not in fields and "body" not in fields and "body_html" not in fields:
        has = "; ".join(f"{key} {value!r}"[:_SHOWN] for key, value in fields.items()) or "nothing"
        problem = Problem("item-no-text", f"{where} has no title and no text (only {has}); skipped", at)
        return RawArticle(start, end, {}, (problem,))
    return RawArticle(start, end, fields, ())


def _fields(item: Mapping[str, Any], feed: Mapping[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    _put(fields, "title", text_of(_string(item.get("title"))))
    html, plain, summary = (_string(item.get(key)) for key in ("content_html", "content_text", "summary"))
    if html and html.strip():
        fields["body_html"] = html
    elif plain and plain.strip():
        fields["body"] = plain
    elif summary and summary.strip():
        fields["body_html"] = summary
        summary = None
    _put(fields, "subtitle", text_of(summary))
    _put(fields, "url", _string(item.get("url")) or _string(item.get("external_url")))
    identifier = item.get("id")
    _put(
        fields,
        "id",
        str(identifier) if isinstance(identifier, str | int) and not isinstance(identifier, bool) else None,
    )
    _put(fields, "published", _string(item.get("date_published")))
    _put(fields, "updated", _string(item.get("date_modified")))
    _put(fields, "image", _string(item.get("image")) or _string(item.get("banner_image")) or _attached_image(item))
    _put(fields, "language", normalise_language(_string(item.get("language")) or _string(feed.get("language"))))
    authors = _names(item.get("authors")) or _names([item.get("author")]) or _names(feed.get("authors"))
    if not authors:
        authors = _names([feed.get("author")])
    if authors:
        fields["authors"] = authors
    tags = [tag for tag in (text_of(_string(t)) for t in _list(item.get("tags"))) if tag]
    if tags:
        fields["tags"] = list(dict.fromkeys(tags))
    return fields


def _without_c1(value: Any) -> Any:
    """A field's value (a string or a list of strings) with its C1 controls mapped (see :func:`map_c1`)."""
    return map_c1(value) if isinstance(value, str) else [_without_c1(v) for v in value]


def _put(fields: dict[str, Any], key: str, value: str | None) -> None:
    if value and value.strip():
        fields[key] = value.strip()


def _string(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _names(people: object) -> list[str]:
    """The names of JSON Feed author objects (``{"name": ..., "url": ...}``), as text."""
    names = [text_of(_string(p.get("name"))) for p in _list(people) if isinstance(p, dict)]
    return list(dict.fromkeys(name for name in names if name))


def _attached_image(item: Mapping[str, Any]) -> str | None:
    """The first attachment whose MIME type is an image."""
    for attachment in _list(item.get("attachments")):
        if isinstance(attachment, dict) and str(attachment.get("mime_type", "")).startswith("image/"):
            return _string(attachment.get("url"))
    return None
