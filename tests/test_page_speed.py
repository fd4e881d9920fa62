"""The page reader's faster paths give exactly what the straightforward ones give.

Each fast path is compared with a plain reference written here the simple way
(the code it replaced, or the definition it computes), on generated inputs.
"""

from __future__ import annotations

import gc
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import (
    _html,
    _htmlblocks,
    _htmlchrome,
    _htmlmeta,
    _htmlpage,
    _htmlstate,
    _htmlstories,
    _limits,
    _pagetree,
)
from newsparse._html import _PAGE_CHROME, _SKIP
from newsparse._nesting import bound_nesting
from newsparse.detectors.markup import html_page

# -- page openings: a literal-led pattern and a line-start check, against the old line-anchored pattern ----------

_OLD_NEXT_PAGE = re.compile(r"^[ \t]*(?:(<!doctype\s+html)|<html[\s>])", re.IGNORECASE | re.MULTILINE)


def _old_page_starts(text: str) -> list[int]:
    """The page openings as the line-anchored pattern found them (the reference)."""
    ends = iter(html_page._PAGE_END.finditer(text))
    end = next(ends, None)
    cuts: list[int] = []
    last = 0
    closed = False
    for match in _OLD_NEXT_PAGE.finditer(text):
        start = match.start()
        while end is not None and end.end() <= start:
            closed = closed or end.start() >= last
            end = next(ends, None)
        if start > last and (closed or match.group(1) is not None):
            cuts.append(start)
            last = start
            closed = False
    return cuts


_PIECES = st.sampled_from(
    ["<html>", "<HTML lang=en>", "<!DOCTYPE html>", "<!doctype HTML>", "</html>", "</HTML >", " ", "\t", "\n", "x",
     "<p>text</p>", "<htmlx>", "<!doctype xml>", "\r\n"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=40).map("".join))
@example("<!DOCTYPE html><p>a</p></html>\n  <html>\n<p>b</p></html>\t<html>x\n<html>")
@example("x <html> <html>\n\t <!doctype html>")
def test_page_openings_are_found_where_the_line_anchored_pattern_found_them(text: str) -> None:
    assert html_page._page_starts(text) == _old_page_starts(text)


# -- the depth check: lxml's own tree when it is shallow enough, the bounded markup otherwise -------------------


def _shape(node: _pagetree.Node) -> list[object]:
    """A tree as nested lists of names, attributes and strings (for comparing two trees)."""
    return [node.name, node.attrs, [_shape(c) if isinstance(c, _pagetree.Node) else str(c) for c in node.contents]]


_NESTING_TAGS = ["div", "span", "p", "blockquote", "article", "b", "section", "li", "pre"]
_WORDS = ["word ", "two words ", "\n", "  ", "Some words here. ", "x", "A longer sentence of text. "]


@st.composite
def _markup(draw: st.DrawFn, names: list[str], steps: int = 60, classes: bool = False) -> str:
    """Markup of ``names`` elements opened inside each other (some closed, some never), with text between them."""
    parts: list[str] = ["<html><body>"]
    opened: list[str] = []
    for _ in range(draw(st.integers(0, steps))):
        action = draw(st.sampled_from(["open", "open", "close", "text", "text"]))
        if action == "open":
            name = draw(st.sampled_from(names))
            opened.append(name)
            parts.append(f'<{name} class="c{len(opened)}">' if classes else f"<{name}>")
        elif action == "close" and opened:
            parts.append(f"</{opened.pop()}>")
        else:
            parts.append(draw(st.sampled_from(_WORDS)))
    return "".join(parts)


@pytest.mark.skipif(_html._parser() != "lxml", reason="the depth check reads lxml's tree")
@given(_markup(_NESTING_TAGS, classes=True), st.integers(2, 12))
def test_a_tree_is_the_one_of_the_bounded_markup_whatever_its_depth(markup: str, limit: int) -> None:
    tree, flattened = _pagetree.build_bounded(markup, limit)
    bounded, dropped = bound_nesting(markup, limit)
    if flattened or not dropped:  # as before: the tree of the bounded markup (the markup itself when nothing cut)
        assert (_shape(tree), flattened) == (_shape(_pagetree.build(bounded)), dropped)
    else:  # the tag count said "too deep" but lxml's tree (which closes what the markup left open) is not
        assert _shape(tree) == _shape(_pagetree.build(markup))
        assert _depth(tree) <= limit  # levels below the document node


def _depth(root: _pagetree.Node) -> int:
    deepest, stack = 0, [(root, 0)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in node.contents if isinstance(child, _pagetree.Node))
    return deepest


def test_a_page_deeper_than_the_cap_is_flattened_and_reported() -> None:
    levels = _limits.MAX_HTML_DEPTH + 50
    page = "<html><body>" + "<div>level " * levels + "</div>" * levels + "</body></html>"
    tree, flattened = _pagetree.build_bounded(page, _limits.MAX_HTML_DEPTH)
    assert flattened > 0
    assert _depth(tree) <= _limits.MAX_HTML_DEPTH + 3  # the cap, plus html, body and the document
    assert tree.get_text().count("level") == levels


# -- block sizes: two passes over document order, against the definition ---------------------------------------


def _reference_sizes(root: _pagetree.Node) -> tuple[dict[int, int], dict[int, int]]:
    """Text and link-text size of every element read (none inside a skipped one), by walking each one's strings."""
    text: dict[int, int] = {}
    links: dict[int, int] = {}

    def strings(node: _pagetree.Node, in_link: bool) -> list[tuple[str, bool]]:
        found: list[tuple[str, bool]] = []
        for child in node.contents:
            if isinstance(child, _pagetree.Node):
                if child.name not in _SKIP:
                    found.extend(strings(child, in_link or child.name == "a"))
            else:
                found.append((child, in_link))
        return found

    stack = [(root, False)]
    while stack:
        node, in_link = stack.pop()
        found = strings(node, in_link)
        text[id(node)] = sum(len(s.strip()) for s, _ in found)
        links[id(node)] = sum(len(s.strip()) for s, linked in found if linked)
        stack.extend(
            (child, in_link or child.name == "a")
            for child in node.contents
            if isinstance(child, _pagetree.Node) and child.name not in _SKIP
        )
    return text, links


_INLINE = ["a", "b", "span", "script", "style", "p", "div", "nav"]


@given(_markup(_INLINE, steps=50))
@example("<html><body><p>Read <a>this <b>link</b></a> now.</p><script>var x = 1;</script><a><div>in</div></a>")
def test_block_sizes_are_the_sizes_of_the_strings_under_each_element(markup: str) -> None:
    tree = _pagetree.build(markup)
    blocks = _htmlblocks.Blocks()
    _htmlblocks._sizes(tree, blocks)
    assert (blocks.text, blocks.links) == _reference_sizes(tree)


# -- chrome words: looked up per word and by first letter, against one pattern of every word --------------------


def _old_is_chrome_mark(words: str) -> bool:
    """The chrome test with one pattern of all the chrome words (the reference)."""
    if not words.strip() or _htmlchrome._STORY.search(words):
        return False
    every = {w.lower() for w in (*_htmlchrome._CHROME_WORDS, *(w for v in _registered() for w in v.chrome_classes))}
    start = re.compile("|".join(sorted(map(re.escape, every), key=len, reverse=True)))
    for word in _htmlchrome._WORD.findall(words):
        parts = word.split("-")
        if parts[-1] in _htmlchrome._STATES and len(parts) > 1:
            continue
        if word in _htmlchrome._CHROME_EXACT or start.match(word):
            return True
        for at in range(1, len(parts)):  # a chrome word from any part on ("b-author-bio"), but after a layout word
            if parts[at - 1] not in _htmlchrome._LAYOUT and start.match("-".join(parts[at:])):
                return True
    return False


def _registered() -> tuple[object, ...]:
    from newsparse.vocabulary import registered

    return tuple(registered())


_CLASS_PARTS = st.sampled_from(
    [*_htmlchrome._CHROME_WORDS[:40], "col", "md", "6", "with", "has", "open", "enabled", "article", "body",
     "content", "main", "story", "x1y2", "css", "related", "share", "ad", "nav", "footer", "comments", "teaser"]
)  # fmt: skip


@given(st.lists(st.lists(_CLASS_PARTS, min_size=1, max_size=4).map("-".join), max_size=5).map(" ".join))
@example("share-bar")
@example("content-with-sidebar has-comments")
@example("article-body related-posts")
@example("b-author-bio with-author-bio")
def test_chrome_classes_are_judged_as_the_one_pattern_judged_them(words: str) -> None:
    assert _htmlchrome.is_chrome_mark(words) == _old_is_chrome_mark(words)


# -- look-ups by name, and a tree released after reading ---------------------------------------------------------


@given(_markup(_INLINE, steps=50), st.sampled_from(["p", "a", "div", "script", "nav", "body", "missing"]))
def test_finding_by_name_gives_the_elements_of_a_full_scan_in_order(markup: str, name: str) -> None:
    tree = _pagetree.build(markup)
    scanned = [node for node in tree.order if node.name == name]
    assert tree.find_all(name) == scanned
    assert tree.find(name) == (scanned[0] if scanned else None)


def test_a_released_tree_is_freed_without_the_garbage_collector() -> None:
    tree = _pagetree.build("<html><body><div><p>One <b>two</b></p></div><p>three</p></body></html>")
    nodes = list(tree.order)
    tree.release()
    assert all(node.parent is None for node in nodes)
    del nodes, tree
    gc.collect()
    gc.disable()
    try:
        before = _nodes_alive()
        _htmlpage.parse_page("<html><body>" + "<div><p>A paragraph of text.</p></div>" * 200 + "</body></html>")
        assert _nodes_alive() == before  # the page's ~800 elements did not wait for the collector
    finally:
        gc.enable()


def _nodes_alive() -> int:
    """How many page-tree elements exist (BeautifulSoup's own tree, without lxml, is not one of them)."""
    return sum(1 for item in gc.get_objects() if isinstance(item, _pagetree.Node))


_BYLINE_PARTS = st.sampled_from(
    ["byline", "By-Line", "author", "post", "autor", "auteur", "meta", "writer", "co", "reporter", "x", "_", "-",
     "Author", "coauthor", "name"]
)  # fmt: skip


@given(
    st.lists(st.lists(_BYLINE_PARTS, min_size=1, max_size=3).map("".join), max_size=4),
    st.one_of(st.none(), st.lists(_BYLINE_PARTS, min_size=1, max_size=3).map("".join)),
)
@example(["article-author"], None)
@example([], "byline main")
@example(["coauthor"], None)
def test_byline_classes_are_judged_as_the_joined_words_were(classes: list[str], ident: str | None) -> None:
    attrs: dict[str, object] = {"class": classes} | ({"id": ident} if ident is not None else {})
    joined = " ".join([*classes, ident or ""])
    joined = re.sub(r"(?<=[a-z])(?=[A-Z])", "-", joined)  # camelCase parts apart ("postBy-Line": "post-By-Line")
    expected = bool(joined.strip()) and _htmlmeta._BYLINE_MARK.search(joined) is not None
    assert bool(_htmlmeta._marks(attrs) & _htmlmeta._BYLINE) == expected


# -- state assignments: found from the "=" signs, against a scan of the whole script ------------------------------

_SCRIPT_PIECES = st.sampled_from(
    ["window.", "__INITIAL_STATE__", "__NEXT_DATA__", "appState", "pageData", "x", "$Store", "PROPS", "_", "a1",
     " = ", "=", "= ", " =\n", "==", "{", "}", '{"a": 1}', 'JSON.parse("', 'JSON.parse( "', 'JSON.parse(x', '["',
     "['", '"]', "']", "[", "]", ";", "\n", " ", "var ", "self.", "__", "State", "Data", "é", "1", "-", "=>"]
)  # fmt: skip


@given(st.lists(_SCRIPT_PIECES, max_size=60).map("".join))
@example('window.__INITIAL_STATE__ = {"a": 1}; var appState=JSON.parse("{}"); x["__NUXT__"] ={}')
@example("aState = bState = {}")
@example("x==y; pageData = = {}")
def test_state_assignments_are_where_a_scan_of_the_whole_script_finds_them(script: str) -> None:
    whole = [match.end() for match in _htmlstate._ASSIGN.finditer(script)]
    assert list(_htmlstate.assignments(script)) == whole


# -- outermost articles: judged by their ancestors, against a walk of the whole tree ------------------------------


def _outermost_by_walk(soup: _pagetree.Node, root: _pagetree.Node) -> list[tuple[int, bool, bool]]:
    """The outermost <article> elements as a walk down the whole tree finds them (the reference)."""
    found: list[tuple[int, bool, bool]] = []

    def down(node: _pagetree.Node, chrome: bool, inside: bool, hidden: bool) -> None:
        if node.name == "article" and node is not soup:
            found.append((id(node), chrome, inside and not hidden))
            return
        for child in node.contents:
            if isinstance(child, _pagetree.Node):
                dropped = child.name in _PAGE_CHROME or child.name in _SKIP
                down(
                    child,
                    chrome or dropped or _html._marked(child),
                    inside or child is root,
                    hidden or (inside and dropped),
                )

    down(soup, False, soup is root, False)
    return found


_STORY_TAGS = ["article", "div", "section", "nav", "aside", "footer", "main", "noscript", "p"]


@given(_markup(_STORY_TAGS, steps=50, classes=True), st.integers(0, 40), st.booleans())
@example("<html><body><main><article><p>x</p><article>y</article></article></main></body></html>", 2, False)
@example('<html><body><div class="related"><article>x</article></div><nav><article>y</article></nav>', 3, True)
def test_outermost_articles_are_those_a_walk_of_the_whole_tree_finds(markup: str, pick: int, related: bool) -> None:
    soup = _pagetree.build(markup.replace('class="c2"', 'class="related-posts"') if related else markup)
    elements = [soup, *soup.order]
    root = elements[pick % len(elements)]
    articles = soup.find_all("article")
    got = [(id(node), chrome, in_main) for node, chrome, in_main in _htmlstories._outermost(articles, root)]
    assert got == _outermost_by_walk(soup, root)


# -- the tree from lxml's parse events, against lxml's own tree ---------------------------------------------------


def _lxml_shape(markup: str) -> list[object]:
    """The tree lxml's HTML parser builds for ``markup``, as :func:`_shape` gives ours (the reference).

    Comments and processing instructions are left out with their tails kept; the insides of the opaque
    elements are not kept but their own text is; whitespace-only strings are one newline or space outside
    ``<pre>``, and left out in a container of blocks (``_SPACED``) when what comes before them there is nothing
    or a block (``_APART``) and what comes after them is nothing or a block (not a comment); ``class`` and ``rel``
    are lists of words; an attribute written without a value has "".
    """
    from lxml import etree

    top = etree.fromstring(markup, etree.HTMLParser(recover=True, no_network=True, huge_tree=True))

    def text(value: str, pre: bool) -> str:
        return value if pre or value.strip(" \n\t\f\r") else ("\n" if "\n" in value else " ")

    def shape(element: object, pre: bool) -> list[object]:
        tag = element.tag  # type: ignore[attr-defined]
        pre = pre or tag in ("pre", "textarea")
        attrs = {k: (v.split() if k in ("class", "rel") else v) for k, v in element.items()}  # type: ignore[attr-defined]
        attrs = {k: ("" if v == k and k not in ("class", "rel") else v) for k, v in attrs.items()}
        spaced = tag in _pagetree._SPACED and not pre
        children = list(element) if tag not in _pagetree._OPAQUE else []  # type: ignore[call-overload]

        def apart(item: object) -> bool:  # nothing, or a block (a comment is neither)
            return item is None or (isinstance(item, list) and item[0] in _pagetree._APART)

        def add(value: str, after: object, contents: list[object]) -> None:
            blank = not value.strip(" \n\t\f\r")
            before = contents[-1] if contents else None
            if not (
                spaced
                and blank
                and apart(before)
                and (after is None or (isinstance(after.tag, str) and after.tag in _pagetree._APART))
            ):  # type: ignore[attr-defined]
                contents.append(text(value, pre))

        contents: list[object] = []
        if element.text:  # type: ignore[attr-defined]
            add(element.text, children[0] if children else None, contents)  # type: ignore[attr-defined]
        for index, child in enumerate(children):
            if isinstance(child.tag, str):
                contents.append(shape(child, pre))
            if child.tail:
                add(child.tail, children[index + 1] if index + 1 < len(children) else None, contents)
        return [tag, attrs, contents]

    return ["[document]", {}, [shape(top, False)]] if top is not None else ["[document]", {}, []]


def _normalised(shape: list[object]) -> list[object]:
    name, attrs, contents = shape
    flags = {k: ("" if v == k else v) for k, v in attrs.items()}  # type: ignore[union-attr]
    return [name, flags, [_normalised(c) if isinstance(c, list) else c for c in contents]]  # type: ignore[union-attr]


_EVENT_PIECES = st.sampled_from(
    ["<div>", "</div>", "<p class='a b'>", "</p>", "<pre>", "</pre>", "<svg><g>x</g> y</svg>", "<picture>\n<!-- c -->"
     "\n<source srcset='a'>\n</picture>", "<!-- note -->", "<?php x ?>", "text ", "\n  ", "\t", "<b>", "</b>",
     "<input disabled>", "<a rel='nofollow author' href='/x'>", "</a>", "<br>", "<textarea>\n t \n</textarea>",
     "<script>var a = '<p>';</script>", "<table><tr><td>c", "</table>", "&amp; é", "<span hidden>h</span>"]
)  # fmt: skip


@pytest.mark.skipif(_html._parser() != "lxml", reason="compares with lxml's own tree")
@given(st.lists(_EVENT_PIECES, max_size=40).map(lambda parts: "<html><body>" + "".join(parts)))
@example("<html><body><svg>\n<path d='x'/>\n</svg> after <pre>\n a \n</pre></body></html>")
@example("<!DOCTYPE html>\n<!-- first -->\n<html><head><title>T</title></head><body>x</body></html>\n<!-- end -->")
def test_the_tree_from_parse_events_is_lxmls_tree(markup: str) -> None:
    assert _normalised(_shape(_pagetree.build(markup))) == _normalised(_lxml_shape(markup))


# -- lone surrogates: looked for only when lxml refuses the page ----------------------------------------------

_SURROGATE_PIECES = st.sampled_from(
    ["<p>", "</p>", "<div class='a'>", "</div>", "text", " ", "\n", "é", "\ud800", "\udfff", "日本", "<br>", "&amp;"]
)


def _names_and_strings(node: _pagetree.Node) -> list[object]:
    return [node.name, [child if isinstance(child, str) else _names_and_strings(child) for child in node.contents]]


@pytest.mark.skipif(_html._parser() != "lxml", reason="the lxml path's fallback")
@given(st.lists(_SURROGATE_PIECES, max_size=40).map(lambda parts: "<html><body>" + "".join(parts)))
def test_a_page_with_lone_surrogates_builds_the_tree_its_cleaned_text_builds(markup: str) -> None:
    tree, flattened = _pagetree.build_bounded(markup, _limits.MAX_HTML_DEPTH)
    reference = _pagetree._from_lxml(_html._prepared(markup), _limits.MAX_HTML_DEPTH)
    assert reference is not None
    assert flattened == 0
    assert _names_and_strings(tree) == _names_and_strings(reference)
