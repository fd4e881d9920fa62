"""The page reader's faster paths of issue 12 (second round) give exactly what the plain forms give.

Each fast path is compared with a plain reference written here (the code it
replaced), on generated inputs, as in ``tests/test_page_speed.py``.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import _htmlblocks, _htmlchrome, _htmlmeta, _pagetree

# -- block measuring: own chrome marks judged only outside chrome, against every element judged ------------------

_BLOCK_TAGS = ["div", "section", "p", "a", "nav", "aside", "span", "article", "form", "script", "ul", "li"]
_CLASSES = ["related-posts", "article-body", "share-bar", "col", "content-with-sidebar", "main", "footer", "x"]
_TEXTS = ["word ", "A sentence of some length, written for a paragraph of the story. ", "\n", "Sign up ", "x"]

_BLOCK_ATTRS = ["", "", *(f' class="{c}"' for c in _CLASSES), ' style="display: none"', ' role="navigation"']


@st.composite
def _nested(draw: st.DrawFn, names: list[str], attrs: list[str], texts: list[str], steps: int = 60) -> str:
    """Markup of ``names`` elements (each with one of ``attrs``) opened inside each other, with ``texts`` between."""
    parts: list[str] = ["<html><body>"]
    opened: list[str] = []
    for _ in range(draw(st.integers(0, steps))):
        action = draw(st.sampled_from(["open", "open", "close", "text", "text", "text"]))
        if action == "open":
            name = draw(st.sampled_from(names))
            opened.append(name)
            parts.append(f"<{name}{draw(st.sampled_from(attrs))}>")
        elif action == "close" and opened:
            parts.append(f"</{opened.pop()}>")
        else:
            parts.append(draw(st.sampled_from(texts)))
    return "".join(parts)


def _page(steps: int = 60) -> st.SearchStrategy[str]:
    """Nested block elements, some with chrome or story classes, a hidden style or a role, and text."""
    return _nested(_BLOCK_TAGS, _BLOCK_ATTRS, _TEXTS, steps)


def _reference_chrome(root: _pagetree.Node, blocks: _htmlblocks.Blocks) -> set[int]:
    """The chrome as measure found it before: every element's own marks judged, then inherited down the tree."""
    order = [root, *root.descendants()]
    own = {id(node) for node in order[1:] if id(node) in blocks.text and _htmlchrome.own_chrome(node)}
    own |= blocks.boxes
    whole = blocks.text.get(id(root), 0)
    inside: dict[int, bool] = {}
    chrome: set[int] = set()
    for tag in order:
        key = id(tag)
        if key not in blocks.text:
            continue
        above = inside.get(id(tag.parent), False) if tag is not root else False
        inside[key] = above or (key in own and blocks.text[key] * 2 < whole)
        if inside[key]:
            chrome.add(key)
    return chrome


@given(_page())
@example('<html><body><div class="footer"><p>x</p><form></form></div><div class="article-body"><p>y</p></div>')
@example('<html><body><nav class="related-posts"><div class="share-bar"><a>x</a></div></nav><p>long text</p>')
def test_chrome_is_what_judging_every_element_found(markup: str) -> None:
    tree = _pagetree.build(markup)
    blocks = _htmlblocks.measure(tree)
    assert blocks.chrome == _reference_chrome(tree, blocks)


# -- descendants: children stacked whole, against a recursive walk ------------------------------------------------


def _recursive(node: _pagetree.Node) -> list[_pagetree.Node]:
    found: list[_pagetree.Node] = []
    for child in node.contents:
        if isinstance(child, _pagetree.Node):
            found.append(child)
            found.extend(_recursive(child))
    return found


@given(_page(steps=40), st.integers(0, 50))
def test_descendants_are_the_elements_of_a_recursive_walk_in_order(markup: str, pick: int) -> None:
    tree = _pagetree.build(markup)
    node = tree.order[pick % len(tree.order)] if tree.order else tree
    assert list(_pagetree.Node.descendants(node)) == _recursive(node)


# -- the home-link pattern: the host read possessively, against the pattern that could give some of it back -------

_OLD_HOME_HREF = re.compile(r"^(?:(?:https?:)?//[^/?#\s]+/?|/)(?:index\.[a-z]+)?$", re.IGNORECASE)
_HREF_PARTS = st.sampled_from(
    ["https:", "http:", "HTTP:", "//", "/", "example.com", "www", ".", "index", "INDEX", ".html", "html", "?", "#",
     " ", "\t", "news", "a1", "-", "x", "index.", "é"]
)  # fmt: skip


@given(st.lists(_HREF_PARTS, max_size=12).map("".join))
@example("https://example.com/")
@example("//exampleindex.html")
@example("https://example.com/index.html?x")
@example("/index.php")
def test_home_links_are_those_the_backtracking_pattern_found(href: str) -> None:
    assert bool(_htmlmeta._HOME_HREF.match(href)) == bool(_OLD_HOME_HREF.match(href))


# -- the metadata pass: marks of class-only elements read inline, against _marks for every element ----------------


def _reference_hints(soup: _pagetree.Node, story: _pagetree.Node | None) -> dict[str, list[str]]:
    """tree_hints with ``_marks`` called for every element that has attributes (the loop as it was)."""
    hints: dict[str, list[str]] = {}
    trails = 0
    for tag in soup.descendants():
        attrs = tag.attrs
        if not attrs:
            continue
        itemprop = attrs.get("itemprop")
        if isinstance(itemprop, str):
            _htmlmeta._itemprop(tag, itemprop.lower(), hints)
        marked = _htmlmeta._marks(attrs)
        if marked & _htmlmeta._TRAIL and trails < _htmlmeta._MAX_CRUMBS and "breadcrumb" not in hints:
            trails += 1
            crumbs = _htmlmeta._breadcrumb(tag)
            if crumbs:
                hints["breadcrumb"] = crumbs
        if tag.name in _htmlmeta._HINT_TAGS:
            _htmlmeta._tag_hint(tag, tag.name, story, hints, marked, {})  # no comment verdict remembered
        elif marked & _htmlmeta._BYLINE and tag.name not in _htmlmeta._NO_BYLINE:
            _htmlmeta._byline(tag, hints, {}, story)
    return hints


_HINT_ELEMENTS = ["div", "span", "a", "p", "time", "nav", "ol"]
_HINT_ATTRS = [
    "", ' class="byline"', ' class="post-author name"', ' id="byline"', ' class="x" id="breadcrumbs"',
    ' aria-label="Breadcrumb"', ' class="breadcrumb"', ' itemprop="author"', ' href="/"', ' href="/author/jane-roe"',
    ' rel="author"', ' class="x" aria-label="y"', ' datetime="2024-01-02"', ' class=""', ' id=""',
]  # fmt: skip
_HINT_TEXTS = ["Jane Roe ", "By Jane Roe", "Home", "\n", "News", "Politics "]


@given(_nested(_HINT_ELEMENTS, _HINT_ATTRS, _HINT_TEXTS, 40), st.integers(0, 40))
@example('<html><body><div class="byline">By Jane Roe</div><ol class="breadcrumb"><a href="/">Home</a></ol>', 0)
def test_tree_hints_are_those_of_marks_read_for_every_element(markup: str, pick: int) -> None:
    tree = _pagetree.build(markup)
    story = tree.order[pick % len(tree.order)] if tree.order else None
    assert _htmlmeta.tree_hints(tree, story) == _reference_hints(tree, story)
