"""HTML fragments to plain text, and the tree primitives that the page reader builds on.

One iterative walk over the parsed tree (no recursion, so documents nested
100,000 levels deep are fine) turns block elements into paragraphs and keeps
inline elements' text glued exactly as written, so ``to<strong> </strong>Ukraine``
stays two words and ``<em>Wash</em>ington`` stays one. The cyclic garbage
collector is paused while the tree is built and walked: with it running, bs4
becomes superlinear on large documents (see FACTS in the developer docs).

BeautifulSoup and lxml are imported on first use, never by ``import newsparse``.
Whole pages are read by ``_htmlpage`` (the page reader) and ``_htmlstories``
(several articles on one page); their public names are reachable from here too.
"""

from __future__ import annotations

import gc
import html as _htmllib
import importlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import attrs

from newsparse import _limits
from newsparse._decode import LONE_SURROGATES
from newsparse._nesting import bound_nesting
from newsparse.vocabulary import PATTERNS as _VOCABULARY

if TYPE_CHECKING:
    import bs4
    from bs4.element import Tag

    from newsparse._htmlpage import PageInfo, parse_page
    from newsparse._htmlstories import Story

__all__ = ["HtmlText", "PageInfo", "Story", "clean_html", "html_to_text", "parse_page", "unescape_inline"]

_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav "
    "ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_SKIP = frozenset(
    "script style noscript template iframe svg math head title object embed canvas select "
    "option button input textarea audio video source track map area "
    # AMP's players, frames and ads: their text is a fallback ("Your browser does not support video") or a label
    "amp-video amp-audio amp-iframe amp-ad amp-embed amp-youtube amp-vimeo amp-dailymotion amp-brightcove "
    "amp-jwplayer amp-video-iframe".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_SCORED = ["p", "pre", "blockquote"]
_MIN_PARAGRAPH = 25
_CHROME_MARKS = _VOCABULARY.chrome_classes  # class and id words of page chrome: newsparse.vocabulary
_PAGE_CHROME = frozenset("nav header footer aside form".split())
_BREAK = "\u2028"  # stands for <br> until whitespace is collapsed
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Invisible characters that only break or hint words: a zero-width space, a word joiner, a BOM, a soft hyphen. The
# zero-width (non-)joiners U+200C and U+200D are kept: Persian, Urdu and the Indic scripts spell words with them.
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u00ad]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TAG_HINT = re.compile(r"<[A-Za-z!/?]")

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


@contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Where the page reader's names live; ``_html.parse_page`` and the like import them on first use.
_ELSEWHERE = {
    "PageInfo": "newsparse._htmlpage",
    "parse_page": "newsparse._htmlpage",
    "_text_lengths": "newsparse._htmlpage",
    "Story": "newsparse._htmlstories",
}


def __getattr__(name: str) -> Any:
    """The page reader's names, from the modules that hold them (imported here lazily: they import this one)."""
    home = _ELSEWHERE.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)


def BeautifulSoup(markup: str, features: str) -> bs4.BeautifulSoup:  # noqa: N802  (stands in for the class)
    """``bs4.BeautifulSoup(markup, features)``, importing bs4 on the first call (it costs ~50 ms to import)."""
    from bs4 import BeautifulSoup as _BeautifulSoup

    return _BeautifulSoup(markup, features)


_PARSER: str | None = None
"""BeautifulSoup's parser, ``"lxml"`` or ``"html.parser"``: chosen by :func:`_parser` on first use."""


def _parser() -> str:
    """``"lxml"`` when lxml can be imported, else the standard library's ``"html.parser"`` (decided once)."""
    global _PARSER
    if _PARSER is None:
        try:
            import lxml  # type: ignore[import-untyped]  # noqa: F401
        except ImportError:  # pragma: no cover - depends on the environment
            _PARSER = "html.parser"
        else:
            _PARSER = "lxml"
    return _PARSER


def _prepared(markup: str) -> str:
    if not markup.isascii() and not _encodable(markup):
        # lxml cannot encode lone surrogates (UnicodeEncodeError); they stand for nothing anyway.
        markup = LONE_SURROGATES.sub("\ufffd", markup)
    return _undeclared(markup)


def _undeclared(markup: str) -> str:
    """``markup`` without its XML declaration (lxml refuses one in a str): :func:`_prepared` less the surrogates."""
    return _XML_DECL.sub("", markup, count=1)


def _encodable(text: str) -> bool:
    """Whether ``text`` has no lone surrogate (encoding it is several times faster than searching it for them)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _soup(markup: str, *, bounded: bool = False) -> bs4.BeautifulSoup:
    """The tree of ``markup``; nesting beyond MAX_HTML_DEPTH is flattened first unless the caller did it."""
    if not bounded:
        markup, _ = bound_nesting(markup, _limits.MAX_HTML_DEPTH)
    parser = _parser()
    if parser == "html.parser" and "&" in markup:
        markup = _NAMED_REFERENCE.sub(_unknown_kept, markup)
    return BeautifulSoup(_prepared(markup), parser)


_NAMED_REFERENCE = re.compile(r"&([A-Za-z][A-Za-z0-9]{0,40});")


def _unknown_kept(match: re.Match[str]) -> str:
    """An unknown ``&name;`` as literal text: bs4's html.parser builder keeps it without its ``;``, lxml whole."""
    reference = match.group(0)
    return reference if reference[1:] in _htmllib.entities.html5 else "&amp;" + reference[1:]


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
    if _parser() == "lxml":
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


def _marked(tag: Any) -> bool:
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
    from bs4.element import NavigableString, PreformattedString, Tag

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
