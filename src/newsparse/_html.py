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

from newsparse import _limits
from newsparse._nesting import bound_nesting
from newsparse.vocabulary import PATTERNS as _VOCABULARY

__all__ = ["HtmlText", "PageInfo", "Story", "clean_html", "html_to_text", "parse_page", "unescape_inline"]

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
_CHROME_MARKS = _VOCABULARY.chrome_classes  # class and id words of page chrome: newsparse.vocabulary
_PAGE_CHROME = frozenset("nav header footer aside form".split())
_BREAK = "\u2028"  # stands for <br> until whitespace is collapsed
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TAG_HINT = re.compile(r"<[A-Za-z!/?]")
_SURROGATES = re.compile("[\ud800-\udfff]")

# "This post appeared first on cnn.com", "The post X appeared first on Site.", ...: newsparse.vocabulary
_SYNDICATION = _VOCABULARY.syndication


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
class Story:
    """One of several full ``<article>`` elements on a page, read as an article of its own.

    ``ordinal`` is its place among all the page's ``<article>`` elements in
    document order, so that the caller can find it in the markup.
    """

    heading: str | None
    main: HtmlText
    time: str | None
    ordinal: int
    is_main: bool


@attrs.frozen
class PageInfo:
    """What a whole HTML page says about its article: meta tags, JSON-LD, title and main text.

    ``stories`` is empty for a page with one article; a page that holds several
    full ``<article>`` elements side by side (a listing page, articles saved one
    after another) has one :class:`Story` each, in order. ``teasers`` is the text
    of the other ``<article>`` elements outside the main text (cards of related
    stories), which are in no field; ``outside`` the paragraphs of a listing's
    main element outside its stories; ``problems`` says what could not be read.
    """

    title: str | None
    meta: dict[str, str]
    json_ld: tuple[dict[str, Any], ...]
    main: HtmlText
    time: str | None = None
    stories: tuple[Story, ...] = ()
    teasers: tuple[str, ...] = ()
    outside: tuple[str, ...] = ()
    article_count: int = 0
    problems: tuple[str, ...] = ()


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


def _soup(markup: str, *, bounded: bool = False) -> BeautifulSoup:
    """The tree of ``markup``; nesting beyond MAX_HTML_DEPTH is flattened first unless the caller did it."""
    if not bounded:
        markup, _ = bound_nesting(markup, _limits.MAX_HTML_DEPTH)
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
        paragraphs = _paragraphs(html)
    return _finish(paragraphs)


def _paragraphs(html: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """The paragraphs of markup, leaving out ``_SKIP`` and ``skip`` elements.

    lxml's parse events when lxml is there (no tree, fed in pieces); else the
    BeautifulSoup tree walk. Markup beyond :data:`~newsparse._limits.MAX_HTML_CHARS`
    is never built into one tree: it is walked piece by piece (see ``_pieces``).
    """
    if _PARSER == "lxml":
        fast = _fast_paragraphs(html, skip)
        if fast is not None:
            return fast
    paragraphs: list[str] = []
    for piece in _pieces(html, _limits.MAX_HTML_CHARS):
        paragraphs.extend(_walk(_soup(piece), skip=skip))
    return paragraphs


# Where a piece of over-cap markup may end: before a block's start tag, else before any tag.
_BLOCK_START = re.compile(
    r"<(?:p|div|article|section|main|aside|nav|header|footer|h[1-6]|li|ul|ol|dl|table|tr|blockquote|pre|"
    r"figure|br|hr)[\s>/]",
    re.IGNORECASE,
)


def _pieces(html: str, cap: int) -> Iterator[str]:
    """``html`` in pieces of at most ``cap`` characters, for markup beyond the cap.

    A piece ends before the last block start tag that fits (``<p``, ``<div``...),
    else before the last ``<``, else at the cap: paragraphs stay whole as far as
    the markup allows; an element open across a cut ends a paragraph there. Each
    piece is scanned once. One piece when the markup is within the cap.
    """
    start = 0
    while len(html) - start > cap:
        blocks = [match.start() for match in _BLOCK_START.finditer(html, start + 1, start + cap)]
        cut = blocks[-1] if blocks else html.rfind("<", start + 1, start + cap)
        end = cut if cut > start else start + cap
        yield html[start:end]
        start = end
    yield html[start:]


def _fast_paragraphs(html: str, skip: frozenset[str] = frozenset()) -> list[str] | None:
    """The paragraphs straight from lxml's parse events (see ``_lxmltext``); None if lxml refuses the markup."""
    from lxml import etree  # only called when lxml is installed

    from newsparse import _lxmltext

    try:
        return _lxmltext.paragraphs(_prepared(html), block=_BLOCK, skip=_SKIP | skip, brk=_BREAK, flush=_flush)
    except (etree.LxmlError, ValueError):  # lxml refused the markup: BeautifulSoup has its own fallbacks
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
    Other ``<article>`` elements are read as stories of their own when they are
    full articles, else kept as teasers (see :class:`PageInfo`). A page beyond
    :data:`~newsparse._limits.MAX_HTML_CHARS` is read without building its tree
    (see ``_long_page``).
    """
    cap = _limits.MAX_HTML_CHARS
    if len(html) > cap:
        return _long_page(html, cap)
    html, flattened = bound_nesting(html, _limits.MAX_HTML_DEPTH)
    with _gc_paused():
        soup = _soup(html, bounded=True)
        title, meta, json_ld = _head(soup)
        time_value = _time(soup)
        root = _main_element(soup)
        main = _finish(_walk(root, skip=_PAGE_CHROME))
        articles = soup.find_all("article")
        stories, teasers, outside = _stories(soup, root, main, articles)
    return PageInfo(
        title=title,
        meta=meta,
        json_ld=json_ld,
        main=main,
        time=time_value,
        stories=stories,
        teasers=teasers,
        outside=outside,
        article_count=len(articles),
        problems=(_flattened_problem(flattened),) if flattened else (),
    )


def _flattened_problem(count: int) -> str:
    return (
        f"{count:,} elements nested deeper than {_limits.MAX_HTML_DEPTH} levels (MAX_HTML_DEPTH) were flattened; "
        "their text was kept"
    )


def _head(soup: BeautifulSoup) -> tuple[str | None, dict[str, str], tuple[dict[str, Any], ...]]:
    """The page's <title>, its <meta> tags (first of each name) and its JSON-LD objects."""
    title_tag = soup.find("title")
    title = _collapse(title_tag.get_text(), keep_breaks=False) if title_tag else None
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        value = tag.get("content")
        if isinstance(key, str) and isinstance(value, str) and key.lower() not in meta:
            meta[key.lower()] = value.strip()
    return title or None, meta, tuple(_json_ld(soup))


def _time(node: Tag) -> str | None:
    """The ``datetime`` of the first ``<time>`` element that has one."""
    time_tag = node.find("time", attrs={"datetime": True})
    value = time_tag.get("datetime") if isinstance(time_tag, Tag) else None
    return value if isinstance(value, str) else None


_BODY_TAG = re.compile(r"<body[\s>]", re.IGNORECASE)


def _long_page(html: str, cap: int) -> PageInfo:
    """A page beyond the cap: its head read as a tree, its text as a stream, never the whole as one tree.

    The title, meta tags and JSON-LD come from the markup before ``<body>`` (at
    most ``cap`` characters); the text is every paragraph outside navigation,
    headers, footers, asides and forms, since choosing a main element needs the
    whole tree.
    """
    body = _BODY_TAG.search(html, 0, cap)
    head = html[: body.start() if body else cap]
    with _gc_paused():
        title, meta, json_ld = _head(_soup(head))
        main = _finish(_paragraphs(html, _PAGE_CHROME))
    problem = (
        f"the page has {len(html):,} characters, more than the cap of {cap:,} (MAX_HTML_CHARS): "
        "its whole text was kept without choosing the main element, and its title and meta tags "
        f"were read from its first {len(head):,} characters"
    )
    return PageInfo(title=title, meta=meta, json_ld=json_ld, main=main, problems=(problem,))


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
    paragraphs = soup.find_all(_SCORED)
    lengths = _text_lengths(paragraphs)
    for paragraph in paragraphs:
        if _is_chrome(paragraph):
            continue
        length = lengths[id(paragraph)]
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


def _text_lengths(tags: list[Tag]) -> dict[int, int]:
    """``len(tag.get_text().strip())`` for each tag (by id), in one walk over their subtrees.

    ``tags`` are in document order. Calling ``get_text`` on each costs the size of
    every nested element again (quadratic for nested ``<blockquote>`` or ``<pre>``);
    here each outermost tag's subtree is walked once, and every tag inside it gets
    its length from its children: total, leading and trailing whitespace.
    """
    lengths: dict[int, int] = {}
    wanted = {id(tag) for tag in tags}
    for tag in tags:
        if id(tag) not in lengths:
            _measure(tag, wanted, lengths)
    return lengths


def _measure(root: Tag, wanted: set[int], lengths: dict[int, int]) -> None:
    """Set ``lengths`` for ``root`` and every wanted tag inside it, without recursion."""
    types = root.interesting_string_types or Tag.MAIN_CONTENT_STRING_TYPES
    # A frame: the tag, its children still to visit, and its text so far as [size, leading, trailing] whitespace.
    frames: list[tuple[Tag, Iterator[Any], list[int]]] = [(root, iter(root.contents), [0, 0, 0])]
    while frames:
        tag, children, stats = frames[-1]
        child = next(children, None)
        if child is None:
            frames.pop()
            size, lead, trail = stats
            if id(tag) in wanted:
                if (tag.interesting_string_types or Tag.MAIN_CONTENT_STRING_TYPES) == types:
                    lengths[id(tag)] = 0 if lead == size else size - lead - trail
                else:  # pragma: no cover - no builder gives p, pre and blockquote different string types
                    lengths[id(tag)] = len(tag.get_text().strip())
            if frames:
                _append_stats(frames[-1][2], stats)
        elif isinstance(child, Tag):
            frames.append((child, iter(child.contents), [0, 0, 0]))
        elif isinstance(child, NavigableString) and _interesting(child, types):
            size = len(child)
            lead = size - len(child.lstrip())
            trail = size if lead == size else size - len(child.rstrip())
            _append_stats(stats, [size, lead, trail])


def _interesting(string: NavigableString, types: Any) -> bool:
    """Whether ``get_text`` counts a string of this type (as bs4's ``_all_strings`` decides)."""
    if isinstance(types, type):
        return type(string) is types
    return types is None or type(string) in types


def _append_stats(stats: list[int], more: list[int]) -> None:
    """Extend [size, leading, trailing] whitespace of a text by those of the text that follows it."""
    size, lead, trail = stats
    more_size, more_lead, more_trail = more
    if not more_size:
        return
    stats[1] = size + more_lead if lead == size else lead
    stats[2] = more_size + trail if more_trail == more_size else more_trail
    stats[0] = size + more_size


def _stories(soup: BeautifulSoup, root: Tag, main: HtmlText, articles: list[Tag]) -> _Split:
    """The page's full articles when it holds several, and the text of the <article> elements left out.

    Only outermost ``<article>`` elements count (an article inside another is part
    of it, such as the comments under a post). An ``<article>`` is a full article
    of its own when it is not page chrome, has a heading, a paragraph of some
    length, and at least a third as much text as the main one; otherwise it is a
    teaser, whose text is returned so that the caller can report it.

    Two shapes hold several: the main text is one ``<article>`` and full ones
    sit beside it (articles saved one after the other), or the main text is an
    element that holds two or more full ``<article>`` elements (a listing page),
    whose own text outside them is returned too.
    """
    if not articles:
        return (), (), ()
    ordinals = {id(tag): index for index, tag in enumerate(articles)}
    around = _ancestor_ids(root)
    outer = list(_outermost(soup, "article", root))
    if not any(id(article) in around for article, _, _ in outer):
        listing = _listing([(article, chrome) for article, chrome, in_main in outer if in_main], ordinals)
        if listing is not None:
            stories, teasers = listing
            teasers.extend(_teaser(article) for article, _, in_main in outer if not in_main)
            outside = _finish(_walk(root, skip=_PAGE_CHROME | {"article"})).paragraphs
            return tuple(stories), tuple(t for t in teasers if t), outside
    main_size = _size(main)
    stories = []
    teasers = []
    for article, chrome, in_main in outer:
        if id(article) in around:  # the main text is this article or inside it
            stories.append(Story(_heading(article) or None, main, _time(article), ordinals[id(article)], True))
        elif not in_main:  # (inside the main text, its text is there already)
            title, text = _heading(article), _finish(_walk(article, skip=_PAGE_CHROME))
            if not chrome and _is_full(text, title, main_size):
                stories.append(Story(title, text, _time(article), ordinals[id(article)], False))
            else:
                teasers.append(_teaser(article))
    if len(stories) < 2 or not any(story.is_main for story in stories):
        teasers.extend("\n".join(s.main.paragraphs) for s in stories if not s.is_main)
        return (), tuple(t for t in teasers if t), ()
    return tuple(stories), tuple(t for t in teasers if t), ()


_Split = tuple[tuple[Story, ...], tuple[str, ...], tuple[str, ...]]


def _listing(articles: list[tuple[Tag, bool]], ordinals: dict[int, int]) -> tuple[list[Story], list[str]] | None:
    """The stories and teasers of a main element that holds two or more full articles; None if it does not."""
    read = [
        (article, chrome, _heading(article), _finish(_walk(article, skip=_PAGE_CHROME))) for article, chrome in articles
    ]
    biggest = max((_size(text) for _, _, _, text in read), default=0)
    full = [not chrome and _is_full(text, title, biggest) for _, chrome, title, text in read]
    if sum(full) < 2:
        return None
    stories: list[Story] = []
    teasers: list[str] = []
    for (article, _, title, text), is_full in zip(read, full, strict=True):
        if is_full:
            stories.append(Story(title, text, _time(article), ordinals[id(article)], not stories))
        else:
            teasers.append(_teaser(article))
    return stories, teasers


def _heading(article: Tag) -> str:
    """The text of an element's first heading ('' when it has none)."""
    heading = article.find(_HEADINGS)
    return _collapse(heading.get_text(), keep_breaks=False) if isinstance(heading, Tag) else ""


def _teaser(article: Tag) -> str:
    """All the text of an element left out of the page's article, one line per paragraph."""
    return "\n".join(_finish(_walk(article)).paragraphs)


def _size(text: HtmlText) -> int:
    return sum(len(p) for p in text.paragraphs)


def _is_full(text: HtmlText, title: str, main_size: int) -> bool:
    """Whether an article's text is a story of its own: a heading, a real paragraph, a third of the main text."""
    size = _size(text)
    has_paragraph = any(len(p) >= _MIN_PARAGRAPH and p != title for p in text.paragraphs)
    return bool(title) and has_paragraph and 3 * size >= main_size


def _ancestor_ids(tag: Tag) -> set[int]:
    """The ids of a tag and of every element that encloses it."""
    ids = {id(tag)}
    ids.update(id(parent) for parent in tag.parents)
    return ids


def _outermost(soup: BeautifulSoup, name: str, root: Tag) -> Iterator[tuple[Tag, bool, bool]]:
    """Each ``name`` element not inside another one, in document order, without recursion.

    With it: whether it sits inside page chrome (navigation, an aside, a
    related-links block...), and whether its text is in the main text (inside
    ``root`` and not inside an element that the walk of ``root`` leaves out).
    """
    # A frame: the node, whether it is chrome, whether it is inside root, whether the walk of root skips it.
    stack: list[tuple[Tag, bool, bool, bool]] = [(soup, False, soup is root, False)]
    while stack:
        node, chrome, inside, hidden = stack.pop()
        if node.name == name and node is not soup:
            yield node, chrome, inside and not hidden
            continue
        for child in reversed(node.contents):
            if isinstance(child, Tag):
                dropped = child.name in _PAGE_CHROME or child.name in _SKIP
                child_chrome = chrome or dropped or _marked(child)
                child_inside = inside or child is root
                stack.append((child, child_chrome, child_inside, hidden or (inside and dropped)))


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
