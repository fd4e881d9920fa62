"""Article bodies held only in a page's embedded JSON state: app shells of Next.js, Nuxt, Redux stores and the like.

A page rendered in the browser may ship its article as data rather than markup:
``<script id="__NEXT_DATA__" type="application/json">``, ``window.__INITIAL_STATE__ = {...};``,
``window.__PRELOADED_STATE__``, ``__NUXT__``, or any ``<script type="application/json">``.
:func:`state_body` finds such objects (only JSON: a JavaScript literal that is
not JSON is skipped, never evaluated), walks them without recursion, gathers the
text under body-like keys (``body``, ``articleBody``, ``content``, ``text``,
``paragraphs``, ``blocks``...: a string, HTML cleaned like any body, or a list of
paragraph-like items), and returns the longest one that belongs to the page:
the nearest title above it matches the page's title, or, when it has none, the
page's own text agrees with it (it is a teaser or a prefix of it). The caller
(``detectors/markup/html_page``) asks only when the markup holds little text.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsparse._html import _collapse, html_to_text
from newsparse._htmlblocks import better_json_body
from newsparse._htmllead import title_key, titles_match
from newsparse._htmllines import drop_furniture
from newsparse._htmlmeta import _squeezed
from newsparse._limits import MAX_PAGE_STATE_CHARS

__all__ = ["StateStory", "assignments", "is_poor", "state_story"]

# ``window.__INITIAL_STATE__ =``, ``window["__APOLLO_STATE__"]=``, ``__NEXT_DATA__=``, ``self.__NUXT__=``,
# ``Fusion.globalContent=`` (Arc XP): a name in capitals between double underscores, or one ending in
# State/Data/Store/Props/Content, assigned an object or JSON.parse.
_ASSIGN = re.compile(
    r"""(?:\[\s*["'])?(?<![\w$])(__[A-Za-z0-9_]+__|[A-Za-z_$][\w$]*(?:State|STATE|Data|DATA|Store|STORE|Props|PROPS|Content))"""
    r"""(?:["']\s*\])?\s*=\s*(?=\{|JSON\.parse\(\s*")"""
)
# An "=" followed by an object or ``JSON.parse("``: where ``_ASSIGN`` can end.
_ASSIGN_AT = re.compile(r"""=\s*(?:\{|JSON\.parse\(\s*")""")
_NAME_REACH = 256  # how far before its "=" the name of a state may start
_JSON_TYPES = frozenset(("application/json", "application/x-json", "text/json"))
_SCRIPT_TYPES = frozenset(("", "text/javascript", "application/javascript", "module"))
# Keys whose value may be the article's text (compared lower-case, without "_" and "-").
_BODY_KEYS = frozenset(
    "body articlebody content contents text html bodyhtml contenthtml bodytext richtext fulltext articletext "
    "articlecontent storybody storytext maintext paragraphs blocks components contentelements elements "
    "bodycontent renderedbody bodyparsed".split()
)
# Keys of the nearest object that name the article a text belongs to.
_TITLE_KEYS = ("headline", "title", "seotitle", "headlinetext")
# Keys of a list item's text, in order of preference; and item types that hold no text of the story.
_ITEM_TEXT_KEYS = ("text", "content", "html", "value", "body", "children", "spans", "paragraph")
_NOT_TEXT = re.compile(r"image|photo|video|gallery|embed|\bad\b|advert|related|promo|tweet|social|audio")
_TYPE_KEYS = ("type", "_type", "__typename", "kind", "component", "blocktype")
_HTML_HINT = re.compile(r"</?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|strong|em|a|span)\b", re.IGNORECASE)
_MIN_TEXT = 200  # characters: a shorter text is no article body
_TRIED = 6  # how many of the longest candidates are cleaned and checked against the page
_MAX_NODES = 500_000  # values of one state object walked at most
_POOR_CHARS = 1500
_POOR_PARAGRAPHS = 4
_TOKENS = re.compile(r"\w+")


def is_poor(paragraphs: Iterable[str]) -> bool:
    """Whether a page's own main text is too little to be the article (an app shell, a teaser).

    Fewer than four paragraphs of some length, or under 1,500 characters in all.
    """
    kept = [p for p in paragraphs if len(p) >= 60]
    return len(kept) < _POOR_PARAGRAPHS or sum(map(len, kept)) < _POOR_CHARS


@attrs.frozen
class StateStory:
    """An article read from a page's embedded state: its text, and what the object that holds it says of it.

    Attributes:
        text: the body, in paragraphs.
        published, updated: the object's dates as given (a string or epoch number), for the field contract.
        authors: the names its author keys give ("byline": {"name": ...}, "authors": [...]).
        lead: the standfirst its lead keys give ("intro", "standfirst", "dek"...), when the text does not open
            with it; None when none does (never a "summary", often written for search engines).
    """

    text: str
    published: str | int | float | None = None
    updated: str | int | float | None = None
    authors: tuple[str, ...] = ()
    lead: str | None = None


def state_story(
    scripts: Iterable[tuple[str, str]], titles: Iterable[str | None], page_text: str, page_words: str
) -> StateStory | None:
    """The article from the page's JSON state, when one there is the fuller story of this page.

    ``scripts`` are the page's inline scripts as (type, text); ``titles`` the
    page's titles (og:title, JSON-LD headline, ``<title>``, ``<h1>``);
    ``page_text`` the text read from the markup; ``page_words`` that text with the
    page's descriptions. None when no state holds a body that agrees with the page.
    """
    keys = [title_key(t) for t in titles if t and title_key(t)]
    candidates: list[tuple[int, str, str | None, dict[str, Any]]] = []
    for value in _state_objects(scripts):
        candidates.extend(_candidates(value))
    candidates.sort(key=lambda item: -item[0])
    seen: set[str] = set()
    for _, raw, title, holder in candidates[:_TRIED]:
        if raw in seen:
            continue
        seen.add(raw)
        text = _text_of(raw)
        if len(text) < _MIN_TEXT:
            continue
        if title is not None and title_key(title):
            if not titles_match(title_key(title), keys):
                continue  # the text of another article (a related story, a stale store)
            if len(text) >= 2 * len(page_text) or better_json_body(text, page_text, page_words):
                return _story(text, holder)  # this article's: twice the page's text, or the page's teaser and more
        elif better_json_body(text, page_text, page_words):
            return _story(text, holder)
    return None


# Keys of the object holding a body that give its dates and its writers (compared as _plain_key gives them).
_PUBLISHED_KEYS = (
    "datepublished", "publishedat", "publishdate", "publisheddate", "firstpublished", "firstpublishedat",
    "publicationdate", "pubdate", "published", "displaydate", "createdat", "datecreated", "date",
)  # fmt: skip
_UPDATED_KEYS = ("datemodified", "updatedat", "modifiedat", "lastmodified", "updated", "modified", "lastupdated")
_AUTHOR_KEYS = ("authors", "author", "bylines", "byline", "writers", "writer", "creators", "creator", "reporters")
_NAME_KEYS = ("name", "displayname", "fullname", "title", "text")
# (not "summary": often a blurb written for search engines)
_LEAD_KEYS = ("intro", "standfirst", "lead", "leadtext", "dek", "deck", "subtitle", "subheadline")


def _story(text: str, holder: dict[str, Any]) -> StateStory:
    """The story of a body found in ``holder``, with the dates and writers the same object gives.

    The body's furniture leaves it as it leaves a body read from the markup (a story list's heading and its
    headlines, label lines).
    """
    named = {_plain_key(key): value for key, value in holder.items() if isinstance(key, str)}
    text = "\n\n".join(drop_furniture(text.split("\n\n"), []))  # "You may also like…" and its headlines
    return StateStory(
        text,
        published=_first_date(named, _PUBLISHED_KEYS),
        updated=_first_date(named, _UPDATED_KEYS),
        authors=tuple(next((names for key in _AUTHOR_KEYS if (names := _names(named.get(key)))), [])),
        lead=_lead(named, text),
    )


def _lead(named: dict[str, Any], text: str) -> str | None:
    """The standfirst the object's lead keys give, as plain text, unless the body already holds it.

    Not a teaser cut short ("…"), nor a summary longer than a standfirst (a search engine's blurb), nor one the
    first paragraphs hold (after a dateline too: "RIVERTON, Ore. — The council …").
    """
    for key in _LEAD_KEYS:
        value = named.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        lead = _collapse(html_to_text(value).text if _HTML_HINT.search(value) else value, keep_breaks=False)
        if not lead or len(lead) > _LEAD_SIZE or lead.endswith(("…", "...")):
            return None
        opening = _squeezed("\n\n".join(text.split("\n\n")[:2]))  # "RIVERTON, Ore. — The" is "rivertonorethe"
        return None if _squeezed(lead)[:_LEAD_KEY] in opening else lead
    return None


_LEAD_SIZE = 320  # characters: a longer summary is a search engine's blurb, no standfirst
_LEAD_KEY = 80  # letters of a lead that, found in the first paragraphs, show the body holds it


def _first_date(named: dict[str, Any], keys: tuple[str, ...]) -> str | int | float | None:
    for key in keys:
        value = named.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            return value
    return None


def _names(value: Any) -> list[str]:
    """The names in an author value: a string, an object with a name, or a list of those."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        named = {_plain_key(key): item for key, item in value.items() if isinstance(key, str)}
        name = next((named[k] for k in _NAME_KEYS if isinstance(named.get(k), str) and named[k].strip()), None)
        return [name.strip()] if name is not None else []
    if isinstance(value, list):
        return [name for item in value[:20] for name in _names(item)]
    return []


def _state_objects(scripts: Iterable[tuple[str, str]]) -> Iterator[Any]:
    """The JSON values of the page's state scripts, each parsed on its own; what is not JSON is skipped."""
    decoder = json.JSONDecoder()
    for kind, text in scripts:
        kind = kind.strip().lower()
        if len(text) > MAX_PAGE_STATE_CHARS:
            continue
        if kind in _JSON_TYPES:
            yield from _loaded(decoder, text.strip(), 0)
        elif kind in _SCRIPT_TYPES:
            for start in assignments(text):
                yield from _loaded(decoder, text, start)


def assignments(text: str) -> Iterator[int]:
    """Where the value of each state assignment in a script starts: the ends of ``_ASSIGN``'s matches.

    Found from the ``=`` signs (a literal the regex engine scans for quickly):
    ``_ASSIGN`` is only tried in the ``_NAME_REACH`` characters before each, for
    a name that ends at that sign. Scanning a whole script with ``_ASSIGN``, which
    starts with no literal, was ten times slower.
    """
    last = 0
    for sign in _ASSIGN_AT.finditer(text):
        found = _ASSIGN.search(text, max(last, sign.start() - _NAME_REACH), sign.end())
        if found is not None and found.end() > sign.start():
            last = found.end()
            yield last


def _loaded(decoder: json.JSONDecoder, text: str, start: int) -> Iterator[Any]:
    """The JSON value at ``start`` (an object, or the string given to ``JSON.parse``); nothing if it is not JSON."""
    try:
        if text.startswith("JSON.parse(", start):
            quoted = text.index('"', start)
            inner, _ = decoder.raw_decode(text, quoted)
            if isinstance(inner, str) and len(inner) <= MAX_PAGE_STATE_CHARS:
                yield decoder.raw_decode(inner.strip())[0]
            return
        value, _ = decoder.raw_decode(text, start)
    except (ValueError, RecursionError):
        return
    if isinstance(value, dict | list):
        yield value


def _candidates(root: Any) -> Iterator[tuple[int, str, str | None, dict[str, Any]]]:
    """(raw size, raw text, the nearest title above it, the object holding it) of each body-like value.

    The raw text is a string as given (HTML or plain), or a list's paragraph-like
    items joined by blank lines. Walked without recursion, at most ``_MAX_NODES`` values.
    """
    stack: list[tuple[Any, str | None]] = [(root, None)]
    walked = 0
    while stack and walked < _MAX_NODES:
        value, title = stack.pop()
        walked += 1
        if isinstance(value, dict):
            named = {_plain_key(key): item for key, item in value.items() if isinstance(key, str)}
            title = next((t for t in map(named.get, _TITLE_KEYS) if isinstance(t, str) and t.strip()), title)
            for key, item in named.items():
                if key in _BODY_KEYS:
                    raw = item if isinstance(item, str) else _joined(item) if isinstance(item, list) else ""
                    if len(raw) >= _MIN_TEXT:
                        yield len(raw), raw, title, value
                        continue
                if isinstance(item, dict | list):
                    stack.append((item, title))
                elif isinstance(item, str) and len(item) >= 500 and item.count("<p") >= 2:
                    yield len(item), item, title, value  # an HTML body under a key of its own name
        elif isinstance(value, list):
            stack.extend((item, title) for item in value if isinstance(item, dict | list))


def _plain_key(key: str) -> str:
    """A key compared lower-case, without "_" and "-" ("article_body", "articleBody": "articlebody")."""
    return key.replace("_", "").replace("-", "").lower()


def _joined(items: list[Any]) -> str:
    """A list's paragraph-like items (strings, or objects holding text) joined by blank lines.

    When some hold markup, the text is read as HTML, where a blank line parts nothing: each item that is not a
    block of its own then becomes a paragraph ("text with <a>a link</a>", a heading's plain text). An item that
    is a link alone is another story's headline, and left out.
    """
    parts = [
        part for part in (_item_text(item, 0) for item in items[:5000]) if part.strip() and not _LINK_ALONE.match(part)
    ]
    if not any(_HTML_HINT.search(part) for part in parts):
        return "\n\n".join(parts)
    return "\n\n".join(
        part if _BLOCK.match(part) else f"<p>{part if _HTML_HINT.search(part) else html.escape(part)}</p>"
        for part in parts
    )


# An item that is a link alone: another story's headline among the body's items ("You may also like…").
_LINK_ALONE = re.compile(r"\s*(?:<p\b[^>]*>)?\s*<a\b[^>]*>[^<]*</a>\s*(?:</p>)?\s*$", re.IGNORECASE)
_BLOCK = re.compile(r"\s*<(?:p|div|h[1-6]|ul|ol|blockquote|figure|table|pre|section)\b", re.IGNORECASE)


def _item_text(item: Any, depth: int) -> str:
    """The text of one item of a body list: a string, or the text under an object's text keys."""
    if isinstance(item, str):
        return item
    if depth > 4:
        return ""
    if isinstance(item, list):
        parts = [_item_text(part, depth + 1) for part in item[:1000]]
        return ("\n\n" if any(_HTML_HINT.search(p) for p in parts) else "").join(parts)
    if not isinstance(item, dict):
        return ""
    kind = next((item[k] for k in _TYPE_KEYS if isinstance(item.get(k), str)), "")
    if _NOT_TEXT.search(kind.lower()):
        return ""
    for key in _ITEM_TEXT_KEYS:
        if key in item:
            text = _item_text(item[key], depth + 1)
            if text.strip():
                return text
    return ""


def _text_of(raw: str) -> str:
    """A candidate's text: HTML cleaned like any body, plain text as paragraphs of its lines."""
    if _HTML_HINT.search(raw):
        return html_to_text(raw).text
    lines = (_collapse(line, keep_breaks=False) for line in raw.split("\n"))
    return "\n\n".join(line for line in lines if line)
