"""Whole HTML pages: one article per page, from meta tags, JSON-LD and the main content."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from newsparse._html import parse_page
from newsparse._meta import parse_date
from newsparse.detectors._base import RawArticle
from newsparse.detectors._lines import spans_between

__all__ = ["HtmlPageDetector"]

_PAGE_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
# A later page must start a line; "<html>" inside scripts (ad frames, templates) does not.
_NEXT_PAGE = re.compile(r"^[ \t]*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE | re.MULTILINE)
_PAGE_END = re.compile(r"</html\s*>", re.IGNORECASE)
_TAGS = re.compile(r"<(?:p|div|article|h[1-6]|span|a|br|li)[\s>/]", re.IGNORECASE)
_ARTICLE_TYPES = frozenset(
    "article newsarticle reportagenewsarticle analysisnewsarticle blogposting opinionnewsarticle "
    "backgroundnewsarticle report webpage".split()
)


class HtmlPageDetector:
    """Saved web pages, one or several concatenated, one article each.

    The title comes from ``og:title``, JSON-LD ``headline``, or ``<title>``; dates,
    authors, publisher, URL and tags from meta tags and JSON-LD; the body from
    the page's ``<article>`` (else ``<main>``, else ``<body>``) without
    navigation, headers, footers, asides and forms.
    """

    name = "html-page"
    description = "Whole HTML pages (one or several concatenated), one article per page."

    def sniff(self, head: str) -> float:
        """Near-certain for a doctype or <html> at the start; lower for bare HTML fragments."""
        start = head.lstrip()[:300].lower()
        if start.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in head[:5000].lower():
            return 0.95
        if _PAGE_START.search(head[:5000]):
            return 0.8
        if start.startswith("<") and len(_TAGS.findall(head, 0, 20000)) >= 3:
            return 0.4  # an HTML fragment: we can still read it as one page
        return 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one structured raw article per page; a page starts a line after the previous one's </html>."""
        for start, end in spans_between(text, _page_starts(text)):
            fields, problems = _page_fields(text[start:end])
            yield RawArticle(start, end, fields, problems)

    def safe_cut(self, text: str) -> int:
        """Streaming: at the start of the last page that follows a complete page."""
        starts = _page_starts(text)
        return starts[-1] if starts else 0

    def split_block(self, text: str, *, first_line: int = 1) -> Iterator[RawArticle]:
        """Streaming: ``split`` on a block of the whole text (line numbers do not matter here)."""
        return self.split(text)


def _page_starts(text: str) -> list[int]:
    """Offsets where a later page starts: a line that opens a page after the previous page's </html>."""
    cuts: list[int] = []
    last = 0
    for match in _NEXT_PAGE.finditer(text):
        start = match.start()
        if start > last and _PAGE_END.search(text, last, start) is not None:
            cuts.append(start)
            last = start
    return cuts


def _page_fields(page: str) -> tuple[dict[str, Any], list[str]]:
    info = parse_page(page)
    meta = info.meta
    ld = _article_ld(info.json_ld)
    fields: dict[str, Any] = {}
    fields["title"] = meta.get("og:title") or _str(ld.get("headline")) or info.title
    fields["body"] = info.main.text
    published = meta.get("article:published_time") or _str(ld.get("datePublished")) or info.time
    updated = meta.get("article:modified_time") or _str(ld.get("dateModified"))
    fields["published"] = parse_date(published) if published else None
    fields["updated"] = parse_date(updated) if updated else None
    fields["url"] = meta.get("og:url") or _str(ld.get("url")) or None
    authors = _ld_names(ld.get("author")) or ([meta["author"]] if meta.get("author") else [])
    fields["authors"] = authors
    publishers = _ld_names(ld.get("publisher"))
    fields["source"] = meta.get("og:site_name") or (publishers[0] if publishers else info.main.syndicated_from)
    tags = [v for k, v in meta.items() if k == "article:tag"]
    keywords = ld.get("keywords")
    if isinstance(keywords, str):
        tags.extend(t.strip() for t in keywords.split(",") if t.strip())
    elif isinstance(keywords, list):
        tags.extend(t for t in keywords if isinstance(t, str))
    fields["tags"] = list(dict.fromkeys(tags))
    problems = [] if fields["title"] or fields["body"] else ["the page has no title and no text"]
    return {k: v for k, v in fields.items() if v not in (None, "", [])}, problems


def _str(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _article_ld(items: tuple[dict[str, Any], ...]) -> Mapping[str, Any]:
    for item in items:
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
            return item
    return {}


def _ld_names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, Mapping):
        name = value.get("name")
        return [name.strip()] if isinstance(name, str) and name.strip() else []
    if isinstance(value, list):
        return [n for item in value for n in _ld_names(item)]
    return []
