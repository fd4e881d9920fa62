"""The lxml event path of HTML cleaning gives exactly what the BeautifulSoup tree walk gives."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _html

from .conftest import sample_path

pytest.importorskip("lxml")

_TAGS = [
    "p", "div", "pre", "br", "b", "em", "script", "style", "textarea", "span", "li", "ul", "h2", "table",
    "td", "svg", "template", "title", "a", "figure", "figcaption", "head", "body", "html", "noscript",
]  # fmt: skip
_PIECES = [
    "hello", " ", "\n", "  \n ", "&nbsp;", "&amp;", "<!-- c -->", "<?php x ?>", "<!DOCTYPE html>", "\u00a0",
    "x\ty", "é", "<br/>", "&#8217;", "\r\n", "<![CDATA[x]]>", "<svg:rect/>", "\ufeff", "\u200b", "<p class='a'>",
]  # fmt: skip

_markup = st.lists(
    st.one_of(
        st.sampled_from(_TAGS).map(lambda t: f"<{t}>"),
        st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
        st.sampled_from(_PIECES),
        st.text(max_size=8),
    ),
    max_size=30,
).map("".join)


def _tree_walk(markup: str) -> list[str]:
    return _html._walk(_html._soup(markup))


@given(_markup)
def test_events_equal_the_tree_walk_on_random_markup(markup: str) -> None:
    fast = _html._fast_paragraphs(markup)
    if fast is not None:  # None: lxml refused, and the tree walk is used instead
        assert fast == _tree_walk(markup)


def test_events_equal_the_tree_walk_on_the_wordpress_sample() -> None:
    post = json.loads(sample_path("002").read_text(encoding="utf-8"))
    content = post["content"]["rendered"]
    assert _html._fast_paragraphs(content) == _tree_walk(content)
    assert len(_tree_walk(content)) > 10


@pytest.mark.parametrize(
    "markup",
    [
        "<pre>  a\n  b  </pre><p>c</p>",
        "<p>Sent to<strong> </strong>Ukraine&nbsp;now.</p>",
        "<div>x<br>y<textarea> z </textarea></div>",
        "\ufeff<p>bom</p>",
        "<?xml version='1.0'?><p>decl</p>",
    ],
)
def test_events_equal_the_tree_walk_on_edge_cases(markup: str) -> None:
    assert _html._fast_paragraphs(markup) == _tree_walk(markup)
