"""JSON records (WordPress REST posts and crawler records) mapped onto the field contract."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsparse._fields import read_date, split_names, split_tags
from newsparse._html import unescape_inline
from newsparse._problems import Location, Problem
from newsparse.vocabulary import normalise_language

__all__ = ["MARKER_KEYS", "is_record", "is_wordpress_post", "map_record"]

_TITLE_KEYS = ("title", "headline", "name")
_BODY_KEYS = (
    "content", "body", "text", "article", "articleBody", "maintext", "article_body", "full_text", "fulltext",
    "fullText", "body_text", "bodyText", "story", "story_text", "html", "content_html", "contentHtml", "text_html",
    "body_html", "bodyHtml", "article_html",
    # a summary is the body only when there is no full text
    "summary", "description", "abstract", "lead", "teaser", "excerpt", "snippet",
)  # fmt: skip
_HTML_BODY_KEYS = frozenset(k for k in _BODY_KEYS if "html" in k.lower())  # always cleaned as HTML
_SUBTITLE_KEYS = ("subtitle", "deck", "dek", "standfirst", "subheadline", "alternativeHeadline")
_URL_KEYS = ("url", "link", "canonical_url", "canonical", "source_url", "permalink")
_PUBLISHED_KEYS = (
    "published", "published_at", "publishedAt", "datePublished", "date_publish", "publish_date",
    "pubDate", "pub_date", "date", "created_at", "timestamp", "time",
)  # fmt: skip
_UPDATED_KEYS = ("updated", "updated_at", "dateModified", "date_modify", "modified", "last_modified")
_AUTHOR_KEYS = ("authors", "author", "creator", "byline", "writers")
_SOURCE_KEYS = ("source", "publisher", "site_name", "source_domain", "site", "outlet", "domain")
_TAG_KEYS = ("tags", "keywords", "categories", "topics")
_ID_KEYS = ("id", "guid", "uuid", "_id", "article_id", "doc_id", "docid")
_LANGUAGE_KEYS = ("language", "lang", "inLanguage", "language_code", "languageCode", "locale")
MARKER_KEYS = (
    "title", "headline", "text", "content", "body", "maintext", "articleBody", "description", "url", "link",
    "publishedAt", "datePublished", "date_publish", "published", "author", "authors",
)  # fmt: skip
"""Keys that mark a JSON object as an article record when a detector sniffs a text's head.

A subset of the mapped keys: the ones distinctive enough that an object holding one is
likely an article (``name`` or ``date`` alone are not).
"""
_HTML_HINT = ("<p", "<div", "<br", "</", "&nbsp;", "&#")
_KNOWN_KEYS = frozenset(
    _TITLE_KEYS + _BODY_KEYS + _SUBTITLE_KEYS + _URL_KEYS + _PUBLISHED_KEYS + _UPDATED_KEYS + _AUTHOR_KEYS
    + _SOURCE_KEYS + _TAG_KEYS + _ID_KEYS + _LANGUAGE_KEYS + ("views",)
)  # fmt: skip
_LONG_TEXT = 200  # characters: a string this long, with spaces, under an unknown key is likely the lost body


def is_wordpress_post(obj: object) -> bool:
    """Whether a decoded JSON value looks like a WordPress REST post.

    Example:
        >>> is_wordpress_post({"title": {"rendered": "Hi"}, "content": {"rendered": "<p>x</p>"}})
        True
    """
    if not isinstance(obj, Mapping):
        return False
    content = obj.get("content")
    title = obj.get("title")
    return (isinstance(content, Mapping) and "rendered" in content) or (
        isinstance(title, Mapping) and "rendered" in title
    )


def is_record(obj: object) -> bool:
    """Whether a decoded JSON value is an object with a title or a body key this module maps.

    Example:
        >>> is_record({"headline": "Hi", "id": 3}), is_record({"id": 3}), is_record(["title"])
        (True, False, False)
    """
    return isinstance(obj, Mapping) and any(key in obj for key in _TITLE_KEYS + _BODY_KEYS)


def map_record(
    obj: object, *, where: str, unreadable: Sequence[str] = (), at: Location | None = None
) -> tuple[dict[str, Any], list[Problem]]:
    """Map one JSON record onto article fields; return the fields and the problems found.

    ``where`` names the record in problem messages ("post 3", "line 12"), and
    ``at`` locates it (``Location(line=12)``) on each :class:`~newsparse.Problem`;
    ``unreadable`` lists the parts of the record its decoder had to leave out
    (each becomes a problem).

    Example:
        >>> map_record({"headline": "Hi", "summary": "Short text."}, where="line 1")
        ({'title': 'Hi', 'body': 'Short text.'}, [])
        >>> from newsparse import Location
        >>> _, (problem,) = map_record(["Hi"], where="line 3", at=Location(line=3))
        >>> problem, problem.code, problem.location.line
        ('line 3 is a JSON list, not an object', 'record-not-object', 3)
    """
    left_out = [Problem("value-unreadable", f"{where}: {part}", at) for part in unreadable]
    if not isinstance(obj, Mapping):
        return {}, [
            *left_out,
            Problem("record-not-object", f"{where} is a JSON {type(obj).__name__}, not an object", at),
        ]
    fields, problems = _wordpress(obj, where) if is_wordpress_post(obj) else _generic(obj, where)
    if at is not None and problems:
        problems = [Problem(p.code, p, at) for p in problems]
    return fields, left_out + problems


def _rendered(value: object) -> object:
    if isinstance(value, Mapping) and "rendered" in value:
        return value["rendered"]
    return value


def _text(value: object) -> str | None:
    value = _rendered(value)
    if isinstance(value, str):
        return unescape_inline(value) or None
    return None


def _first(obj: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[str | None, object]:
    for key in keys:
        if key in obj and obj[key] not in (None, "", [], {}):
            return key, obj[key]
    return None, None


def _identifier(value: object) -> str | None:
    """A record's own id as text: a string or an integer (``True`` and floats are not ids)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value).strip() or None


def _language(obj: Mapping[str, Any]) -> str | None:
    """The record's declared language as a BCP 47 tag ("en_US" -> "en-US", "English" -> "en"), if any."""
    _, value = _first(obj, _LANGUAGE_KEYS)
    if isinstance(value, Mapping):  # JSON-LD: {"@type": "Language", "name": "English", "alternateName": "en"}
        value = value.get("alternateName") or value.get("name")
    return normalise_language(value)


def _date(*values: object) -> object:
    """The first date value given, as it is: the field contract reads it (or reports it unreadable)."""
    return next((value for value in values if value not in (None, "", [], {})), None)


def _body(value: object, fields: dict[str, Any], problems: list[Problem], where: str, key: str) -> None:
    value = _rendered(value)
    if value is None:
        return
    if not isinstance(value, str):
        message = f"{where}: {key} is a JSON {type(value).__name__}, not a string; body left empty"
        problems.append(Problem("record-field-wrong-type", message))
        return
    if key in _HTML_BODY_KEYS or any(hint in value for hint in _HTML_HINT):
        fields["body_html"] = value
    else:
        fields["body"] = value


def _wordpress(post: Mapping[str, Any], where: str) -> tuple[dict[str, Any], list[Problem]]:
    fields: dict[str, Any] = {}
    problems: list[Problem] = []
    title = _rendered(post.get("title"))
    if isinstance(title, str):
        fields["title"] = unescape_inline(title) or None
    elif title is not None:
        message = f"{where}: title.rendered is a JSON {type(title).__name__}, not a string"
        problems.append(Problem("record-field-wrong-type", message))
    if "content" in post:
        _body(post["content"], fields, problems, where, "content.rendered")
    else:
        problems.append(Problem("post-no-content", f"{where}: the post has no content"))
    gmt, modified_gmt = post.get("date_gmt"), post.get("modified_gmt")
    fields["published"] = _utc(gmt) or _date(post.get("date"), gmt)
    fields["updated"] = _utc(modified_gmt) or _date(post.get("modified"), modified_gmt)
    link = post.get("link")
    if isinstance(link, str):
        fields["url"] = link
    fields["id"] = _identifier(post.get("id"))
    fields["language"] = _language(post)  # a multilingual plug-in's "lang"
    embedded = post.get("_embedded")
    if isinstance(embedded, Mapping):
        _wordpress_embedded(embedded, fields)
    return fields, problems


def _utc(value: object) -> str | None:
    if isinstance(value, str) and value and value[-1].isdigit() and "T" in value:
        return read_date(value + "+00:00")
    return None


def _wordpress_embedded(embedded: Mapping[str, Any], fields: dict[str, Any]) -> None:
    authors = list(split_names(embedded.get("author")))
    if authors:
        fields["authors"] = authors
    media = embedded.get("wp:featuredmedia")
    if isinstance(media, list) and media and isinstance(media[0], Mapping):
        caption = _text(media[0].get("caption"))
        if caption:
            fields["captions"] = [caption]
    terms = embedded.get("wp:term")
    tags: list[str] = []
    if isinstance(terms, list):
        for group in terms:
            for term in group if isinstance(group, list) else []:
                name = _text(term.get("name")) if isinstance(term, Mapping) else None
                if name and name not in tags:
                    tags.append(name)
    if tags:
        fields["tags"] = tags


def _generic(obj: Mapping[str, Any], where: str) -> tuple[dict[str, Any], list[Problem]]:
    fields: dict[str, Any] = {}
    problems: list[Problem] = []
    _, title = _first(obj, _TITLE_KEYS)
    if title is not None:
        fields["title"] = _text(title)
    key, body = _first(obj, _BODY_KEYS)
    if key is not None:
        _body(body, fields, problems, where, key)
    _, subtitle = _first(obj, _SUBTITLE_KEYS)
    if subtitle is not None:
        fields["subtitle"] = _text(subtitle)
    _, url = _first(obj, _URL_KEYS)
    if isinstance(url, str):
        fields["url"] = url
    _, published = _first(obj, _PUBLISHED_KEYS)
    fields["published"] = _date(published)
    _, updated = _first(obj, _UPDATED_KEYS)
    fields["updated"] = _date(updated)
    key, authors = _first(obj, _AUTHOR_KEYS)
    if authors is not None:
        fields["authors"] = list(split_names(authors))
        if key == "byline" and isinstance(authors, str):
            fields["byline"] = authors
    _, source = _first(obj, _SOURCE_KEYS)
    names = list(split_names(source)) if source is not None else []
    if names:
        fields["source"] = names[0]
    _, tags = _first(obj, _TAG_KEYS)
    if isinstance(tags, list):
        fields["tags"] = [
            t for t in (_text(x) if not isinstance(x, Mapping) else _text(x.get("name")) for x in tags) if t
        ]
    elif isinstance(tags, str):
        fields["tags"] = split_tags(tags)
    _, identifier = _first(obj, _ID_KEYS)
    fields["id"] = _identifier(identifier)
    fields["language"] = _language(obj)
    _, fields["views"] = _first(obj, ("views",))  # a count: the field contract reads it
    if "title" not in fields and "body" not in fields and "body_html" not in fields:
        keys = ", ".join(list(obj)[:10]).encode("utf-8", "replace").decode("utf-8")  # no lone surrogates in messages
        problems.append(Problem("record-unmapped", f"{where}: no title or body field found (keys: {keys})"))
    elif "body" not in fields and "body_html" not in fields:
        problems.extend(_unmapped_text(obj, where))
    return {k: v for k, v in fields.items() if v is not None}, problems


def _unmapped_text(obj: Mapping[str, Any], where: str) -> list[Problem]:
    """A problem naming the unknown key of a long text, for a record whose body came out empty."""
    for key, value in obj.items():
        if key not in _KNOWN_KEYS and isinstance(value, str) and len(value) >= _LONG_TEXT and " " in value:
            name = key.encode("utf-8", "replace").decode("utf-8")
            message = f"{where}: no body field found; {len(value):,} characters of text under {name!r} were not read"
            return [Problem("record-text-unread", message)]
    return []
