"""Deep HTML nesting is flattened before a tree is built: linear work, every word kept."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup, Tag
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _html, _limits, _pagetree
from newsparse._nesting import bound_nesting

_TAGS = re.compile(r"<[^>]*>")


def nested_quotes(levels: int) -> str:
    """A page of ``levels`` blockquotes and pre blocks, each opened inside the one before and never closed."""
    body = "".join(f"<blockquote><p>Quoted line number {i}.</p><pre>code {i}</pre>\n" for i in range(levels))
    return f"<html><head><title>Quotes</title></head><body><article><h1>Quotes</h1>\n{body}</article></body></html>"


def depth(tag: Tag | _pagetree.Node) -> int:
    """The depth of the deepest element under ``tag`` (a BeautifulSoup or a page tree), without recursion."""
    deepest = 0
    stack: list[tuple[Tag | _pagetree.Node, int]] = [(tag, 0)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        children = node.children if isinstance(node, Tag) else node.contents
        stack.extend((child, level + 1) for child in children if isinstance(child, Tag | _pagetree.Node))
    return deepest


@pytest.fixture
def built_depths(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The depth of every tree newsparse builds while the test runs."""
    depths: list[int] = []

    def recording(markup: str, parser: str) -> BeautifulSoup:
        soup = BeautifulSoup(markup, parser)
        depths.append(depth(soup))
        return soup

    def recording_tree(markup: str) -> _pagetree.Document:
        tree = real_tree(markup)
        depths.append(depth(tree))
        return tree

    real_tree = _pagetree.build
    monkeypatch.setattr(_html, "BeautifulSoup", recording)
    monkeypatch.setattr(_pagetree, "build", recording_tree)  # whole pages: the page tree, from lxml or bs4
    return depths


def test_a_page_of_thousands_of_unclosed_quotes_keeps_every_line_in_a_shallow_tree(built_depths: list[int]) -> None:
    levels = 3 * _limits.MAX_HTML_DEPTH
    result = newsparse.parse(nested_quotes(levels).encode())
    body = "\n".join(a.body for a in result.articles)
    for i in range(levels):
        assert f"Quoted line number {i}." in body
        assert f"code {i}" in body
    problems = [p for a in result.articles for p in a.problems]
    assert any("MAX_HTML_DEPTH" in p for p in problems)
    # Building a tree costs work in proportion to its depth for each node: bounded depth, linear work.
    assert built_depths
    assert max(built_depths) <= _limits.MAX_HTML_DEPTH + 8


def test_clean_html_flattens_deep_fragments_and_keeps_their_text(built_depths: list[int]) -> None:
    levels = 2 * _limits.MAX_HTML_DEPTH
    fragment = "".join(f"<div><p>Line {i} of the quote.</p>" for i in range(levels))
    text = newsparse.clean_html(fragment)
    assert [f"Line {i} of the quote." for i in range(levels)] == text.split("\n\n")
    assert all(d <= _limits.MAX_HTML_DEPTH + 8 for d in built_depths)


def test_ordinary_markup_is_returned_unchanged() -> None:
    page = nested_quotes(_limits.MAX_HTML_DEPTH // 4)
    assert bound_nesting(page, _limits.MAX_HTML_DEPTH) == (page, 0)


def test_tags_inside_comments_scripts_and_styles_add_no_depth() -> None:
    hidden = "<!-- <div> -->" * 50 + "<script>var s = '<div>';</script>" * 50 + "<style>/* <div> */</style>" * 50
    markup = hidden + "<div><div>text</div></div>"
    assert bound_nesting(markup, 3) == (markup, 0)


@st.composite
def nestings(draw: st.DrawFn) -> tuple[str, int, int, list[str]]:
    """Markup nesting ``levels`` elements, each holding a word and maybe closed at once; the expected drops."""
    names = st.sampled_from(["div", "blockquote", "pre", "font", "span", "DIV"])
    levels = draw(st.integers(1, 40))
    limit = draw(st.integers(1, 40))
    words = [f"w{i}" for i in range(levels)]
    opened = [draw(names) for _ in range(levels)]
    markup = "".join(f"<{name} class='x'>{word} " for name, word in zip(opened, words, strict=True))
    markup += "".join(f"</{name}>" for name in reversed(opened))
    return markup, limit, max(0, levels - limit), words


@given(nestings())
def test_bound_nesting_drops_exactly_the_elements_beyond_the_limit_and_keeps_the_text(
    case: tuple[str, int, int, list[str]],
) -> None:
    markup, limit, expected_drops, words = case
    bounded, dropped = bound_nesting(markup, limit)
    assert dropped == expected_drops
    assert _TAGS.sub("", bounded) == _TAGS.sub("", markup) == "".join(f"{w} " for w in words)
    assert bounded.count("<") == markup.count("<") - 2 * expected_drops
    assert depth(BeautifulSoup(bounded, "html.parser")) <= limit


def test_meaningful_elements_are_kept_at_any_depth() -> None:
    markup = "<div>" * 10 + "<article><h2>Title</h2><time datetime='2024-01-01'>x</time></article>" + "</div>" * 10
    bounded, dropped = bound_nesting(markup, 3)
    assert dropped == 7
    assert "<article><h2>Title</h2><time datetime='2024-01-01'>x</time></article>" in bounded
