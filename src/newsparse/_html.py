"""HTML to plain text: the only module that imports BeautifulSoup.

One iterative walk over the parsed tree (no recursion, so documents nested
100,000 levels deep are fine) turns block elements into paragraphs and keeps
inline elements' text glued exactly as written, so ``to<strong> </strong>Ukraine``
stays two words and ``<em>Wash</em>ington`` stays one. The cyclic garbage
collector is paused while the tree is built and walked: with it running, bs4
becomes superlinear on large documents (see FACTS in the developer docs).
"""

from __future__ import annotations

import gc
import html as _htmllib
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs
from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

__all__ = ["HtmlText", "PageInfo", "clean_html", "html_to_text", "parse_page", "unescape_inline"]

_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav "
    "ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_SKIP = frozenset(
    "script style noscript template iframe svg math head title object embed canvas select "
    "option button input textarea audio video source track map area".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_SCORED = ["p", "pre", "blockquote"]
_MIN_PARAGRAPH = 25
_CHROME_MARKS = re.compile(
    r"(?:^|[\s_-])(?:comments?|share|sharing|social|related|recommended|promo|newsletter|subscribe|"
    r"sidebar|breadcrumbs?|advert|ad-slot|ads|sponsor|popular|trending|cookies?|consent|privacy|signup|byline-share)(?:$|[\s_-])",
    re.IGNORECASE,
)
_PAGE_CHROME = frozenset("nav header footer aside form".split())
_BREAK = "\u2028"  # stands for <br> until whitespace is collapsed
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TAG_HINT = re.compile(r"<[A-Za-z!/?]")
_SURROGATES = re.compile("[\ud800-\udfff]")

# "This post appeared first on cnn.com", "The post X appeared first on Site.", ...
_SYNDICATION = re.compile(
    r"^(?:this (?:post|article|story|piece|content)|the post\b.{0,300}?)\s+"
    r"(?:(?:originally|first)\s+)?(?:appeared|was (?:originally |first )?(?:published|posted))\s+"
    r"(?:first\s+|originally\s+)?(?:on|in|at|by)\s+(?P<site>[^\s].{0,80}?)\.?$",
    re.IGNORECASE,
)


@attrs.frozen
class HtmlText:
    """Plain text from HTML: its paragraphs, which of them are headings, and removed footers."""

    paragraphs: tuple[str, ...]
    footers: tuple[str, ...] = ()
    syndicated_from: str | None = None

    @property
    def text(self) -> str:
        """The paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)


@attrs.frozen
class PageInfo:
    """What a whole HTML page says about its article: meta tags, JSON-LD, title and main text."""

    title: str | None
    meta: dict[str, str]
    json_ld: tuple[dict[str, Any], ...]
    main: HtmlText
    time: str | None = None


@contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parser() -> str:
    try:
        import lxml  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the environment
        return "html.parser"
    return "lxml"


_PARSER = _parser()


def _prepared(markup: str) -> str:
    if not markup.isascii():
        # lxml cannot encode lone surrogates (UnicodeEncodeError); they stand for nothing anyway.
        markup = _SURROGATES.sub("\ufffd", markup)
    return _XML_DECL.sub("", markup, count=1)


def _soup(markup: str) -> BeautifulSoup:
    return BeautifulSoup(_prepared(markup), _PARSER)


def clean_html(html: str) -> str:
    """Turn an HTML fragment or page into plain text.

    Block elements become paragraphs separated by a blank line; inline elements
    never glue or split words; entities and ``&nbsp;`` are decoded; runs of
    whitespace collapse to one space; scripts, styles, comments and attributes
    disappear; syndication footers ("This post appeared first on cnn.com") are
    removed. Plain text without markup comes back with only its whitespace
    normalised.

    Example:
        >>> clean_html('<p class="x">Sent to<strong> </strong>Ukraine&nbsp;now.</p><p>Next</p>')
        'Sent to Ukraine now.\\n\\nNext'
        >>> clean_html("<div>This post appeared first on cnn.com</div>")
        ''
    """
    if not isinstance(html, str):
        raise TypeError(f"clean_html() takes a str, not {type(html).__name__}; decode bytes first")
    return html_to_text(html).text


def html_to_text(html: str) -> HtmlText:
    """Like :func:`clean_html`, but also say which footers were removed and who syndicated it."""
    if not _TAG_HINT.search(html) and "&" not in html:
        return _finish([_collapse(html, keep_breaks=False)])
    with _gc_paused():
        paragraphs = _fast_paragraphs(html) if _PARSER == "lxml" else None
        if paragraphs is None:
            paragraphs = _walk(_soup(html))
    return _finish(paragraphs)


def _fast_paragraphs(html: str) -> list[str] | None:
    """The paragraphs straight from lxml's parse events (see ``_lxmltext``); None if lxml refuses the markup."""
    from newsparse import _lxmltext

    try:
        return _lxmltext.paragraphs(_prepared(html), block=_BLOCK, skip=frozenset(_SKIP), brk=_BREAK, flush=_flush)
    except Exception:  # lxml refused the markup: BeautifulSoup has its own fallbacks
        return None


def unescape_inline(text: str) -> str:
    """Decode entities and drop tags in a short inline string such as a WordPress title.

    Example:
        >>> unescape_inline("Here&#8217;s <em>what</em> we know")
        'Here’s what we know'
    """
    if "<" in text:
        return " ".join(html_to_text(text).paragraphs)
    return _collapse(_htmllib.unescape(text), keep_breaks=False)


def parse_page(html: str) -> PageInfo:
    """Read a whole page: <title>, <meta> tags, JSON-LD blocks, <time>, and its main text.

    The main text is the page's ``<article>`` (the longest one), else ``<main>``,
    else ``<body>``, without navigation, headers, footers, asides and forms.
    """
    with _gc_paused():
        soup = _soup(html)
        title_tag = soup.find("title")
        title = _collapse(title_tag.get_text(), keep_breaks=False) if title_tag else None
        meta: dict[str, str] = {}
        for tag in soup.find_all("meta"):
            key = tag.get("property") or tag.get("name") or tag.get("itemprop")
            value = tag.get("content")
            if isinstance(key, str) and isinstance(value, str) and key.lower() not in meta:
                meta[key.lower()] = value.strip()
        json_ld = tuple(_json_ld(soup))
        time_tag = soup.find("time", attrs={"datetime": True})
        time_value = time_tag.get("datetime") if time_tag else None
        root = _main_element(soup)
        paragraphs = _walk(root, skip=_PAGE_CHROME)
    return PageInfo(
        title=title or None,
        meta=meta,
        json_ld=json_ld,
        main=_finish(paragraphs),
        time=time_value if isinstance(time_value, str) else None,
    )


def _json_ld(soup: BeautifulSoup) -> Iterator[dict[str, Any]]:
    for tag in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(tag.string or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
                yield item


def _main_element(soup: BeautifulSoup) -> Tag:
    """The element that holds the story: where the most paragraph text sits.

    Every paragraph of some length gives its length to its parent and half of
    it to its grandparent; the best-scoring element wins, widened to an
    enclosing ``<article>`` when there is one. Pages with no such paragraphs
    fall back to ``<main>``, then ``<body>``.
    """
    scores: dict[int, float] = {}
    nodes: dict[int, Tag] = {}
    for paragraph in soup.find_all(_SCORED):
        if _is_chrome(paragraph):
            continue
        length = len(paragraph.get_text().strip())
        if length < _MIN_PARAGRAPH:
            continue
        parent = paragraph.parent
        for share, node in ((1.0, parent), (0.5, parent.parent if parent else None)):
            if isinstance(node, Tag):
                scores[id(node)] = scores.get(id(node), 0.0) + share * length
                nodes[id(node)] = node
    if scores:
        best = nodes[max(scores, key=lambda key: scores[key])]
        article = best if best.name == "article" else best.find_parent("article")
        return article if isinstance(article, Tag) else best
    for name in ("main", "body"):
        found = soup.find(name)
        if isinstance(found, Tag):
            return found
    return soup


def _marked(tag: Tag) -> bool:
    """Whether a tag's own class or id marks it as page chrome."""
    marks = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
    return bool(marks) and _CHROME_MARKS.search(marks) is not None


def _is_chrome(tag: Tag) -> bool:
    """Whether a tag or its parent is marked as comments, sharing, related links, a cookie banner..."""
    node: Tag | None = tag
    for _ in range(2):
        if node is None:
            return False
        if node.name in _PAGE_CHROME or _marked(node):
            return True
        node = node.parent
    return False


def _walk(root: Tag, skip: frozenset[str] = frozenset()) -> list[str]:
    """Collect paragraphs from a tree without recursion."""
    paragraphs: list[str] = []
    buffer: list[str] = []
    pre_depth = 0
    # The stack holds nodes to visit, and ("end", tag) markers for leaving a block.
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            name = node[1]
            if name == "pre":
                pre_depth -= 1
            _flush(buffer, paragraphs, pre_depth > 0 or name == "pre")
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):
                buffer.append(str(node).replace("\n", _BREAK) if pre_depth else str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in _SKIP or name in skip:
            if name in _BLOCK:
                _flush(buffer, paragraphs, pre_depth > 0)
            continue
        if name == "br":
            buffer.append(_BREAK)
            continue
        if name in _BLOCK:
            _flush(buffer, paragraphs, pre_depth > 0)
            if name == "pre":
                pre_depth += 1
            stack.append(("end", name))
        stack.extend(reversed(node.contents))
    _flush(buffer, paragraphs, False)
    return paragraphs


def _flush(buffer: list[str], paragraphs: list[str], pre: bool) -> None:
    if not buffer:
        return
    text = _collapse("".join(buffer), keep_breaks=True)
    buffer.clear()
    if text:
        paragraphs.append(text)


def _collapse(text: str, *, keep_breaks: bool) -> str:
    """Collapse whitespace runs; <br> markers become newlines when kept."""
    if not text.isascii():  # every zero-width character is outside ASCII
        text = _ZERO_WIDTH.sub("", text)
    if not keep_breaks:
        return _squash(text.replace(_BREAK, " "))
    lines = (_squash(line) for line in text.split(_BREAK))
    return "\n".join(line for line in lines if line)


def _squash(line: str) -> str:
    """``_SPACES.sub(" ", line).strip()``, without a regex on printable lines (their only whitespace is " ")."""
    if line.isprintable():
        return " ".join(line.split()) if "  " in line else line.strip()
    return _SPACES.sub(" ", line).strip()


def _finish(paragraphs: list[str]) -> HtmlText:
    kept: list[str] = []
    footers: list[str] = []
    site: str | None = None
    for paragraph in paragraphs:
        if not paragraph:
            continue
        match = _SYNDICATION.match(paragraph) if len(paragraph) < 400 else None
        if match:
            footers.append(paragraph)
            site = site or match.group("site").strip().rstrip(".")
        else:
            kept.append(paragraph)
    return HtmlText(tuple(kept), tuple(footers), site)
