"""Issue 8, HTML pages: nothing silently lost, nothing quadratic, nothing built whole beyond the cap.

Work is measured, never wall time: ``_work`` counts the Python function calls
(and C calls) that a call makes, with ``sys.setprofile``; linear code makes
about ten times the calls on ten times the input, quadratic code a hundred.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _html, _limits
from newsparse.detectors.markup import html_page as html_detector

_HAS_LXML = importlib.util.find_spec("lxml") is not None
_BACKENDS = [
    pytest.param("lxml", marks=pytest.mark.skipif(not _HAS_LXML, reason="lxml is not installed")),
    "html.parser",
]


@pytest.fixture(params=_BACKENDS)
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with lxml (when installed) and with Python's html.parser, as the suite runs without lxml."""
    name: str = request.param
    monkeypatch.setattr(_html, "_PARSER", name)
    return name


def _work(call: Callable[[], object]) -> int:
    """How many function calls ``call()`` makes (Python and C), a deterministic measure of its work."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        count += 1

    call()  # warm up: imports and caches are not the input's work
    sys.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
    return count


def _assert_linear(make: Callable[[int], Callable[[], object]], size: int) -> None:
    small, large = _work(make(size)), _work(make(10 * size))
    assert large <= 15 * small, f"10x input cost {large / small:.0f}x the work"


# --------------------------------------------------------------------------- page splitting


def test_splitting_truncated_pages_is_linear() -> None:
    """Thousands of page openings with no </html>: the end tag is not searched again from every opening."""

    class Counting:
        """Stands in for a compiled pattern and counts the characters it is asked to scan."""

        def __init__(self, pattern: Any) -> None:
            self.pattern = pattern
            self.scanned = 0

        def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
            self.scanned += min(endpos, len(text)) - pos
            return self.pattern.search(text, pos, endpos)

        def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Any]:
            self.scanned += min(endpos, len(text)) - pos
            return self.pattern.finditer(text, pos, endpos)

    line = "<html><head><title>T</title></head><body><p>A paragraph of a page cut short.</p></body>\n"
    scanned = []
    for copies in (200, 2000):
        counting = Counting(html_detector._PAGE_END)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(html_detector, "_PAGE_END", counting)
            assert html_detector._page_starts(line * copies) == []
        scanned.append(counting.scanned)
    assert scanned[1] <= 12 * scanned[0], scanned


def test_a_doctype_starts_a_new_page_after_a_page_cut_short() -> None:
    """A saved page cut off before </html>, then the next page: two articles, the second title kept."""
    first = "<!doctype html>\n<html><head><title>First page</title></head><body><p>Cut short here, mid"
    second = "<!doctype html>\n<html><head><title>Second page</title></head><body><p>Whole.</p></body></html>"
    result = newsparse.parse(f"{first}\n{second}\n".encode())
    assert [a.title for a in result.articles] == ["First page", "Second page"]
    assert result.articles[0].body == "Cut short here, mid"


def test_html_without_doctype_after_a_page_cut_short_stays_one_page() -> None:
    """Only a doctype proves a new document; a bare <html> line needs the previous </html> (templates in scripts)."""
    text = "<html><head><title>One</title></head><body><p>a</p>\n<html><p>b</p>\n"
    assert html_detector._page_starts(text) == []


# --------------------------------------------------------------------------- nested blockquote and pre


@pytest.mark.parametrize("tag", ["blockquote", "pre"])
def test_a_page_of_nested_quotes_is_linear(backend: str, tag: str) -> None:
    """Nested <blockquote>/<pre>: choosing the main text measured every nested element's text again."""

    def make(depth: int) -> Callable[[], object]:
        page = "<html><body>" + f"<{tag}>a quoted line that is long enough to count\n" * depth + "end</body></html>"
        return lambda: _html.parse_page(page)

    _assert_linear(make, 60)


@pytest.mark.parametrize("tag", ["blockquote", "pre"])
def test_cleaning_nested_quotes_is_linear(backend: str, tag: str) -> None:
    """clean_html on nested <blockquote>/<pre>, both backends."""

    def make(depth: int) -> Callable[[], object]:
        markup = f"<{tag}>a quoted line\n  indented\n" * depth + "end" + f"</{tag}>" * depth
        return lambda: newsparse.clean_html(markup)

    _assert_linear(make, 60)


def test_text_lengths_equal_get_text(backend: str) -> None:
    """The one-walk lengths used to choose the main text are those of ``get_text().strip()``."""
    markup = (
        "<blockquote> <b>x<script>no</script> </b><pre>\n y \n</pre><blockquote>\u00a0</blockquote></blockquote>"
        "<p>  </p><p><!-- c --> a <![CDATA[ b ]]> c </p><pre><p> inner </p> tail </pre>"
    )
    tags = _html._soup(markup).find_all(_html._SCORED)
    lengths = _html._text_lengths(tags)
    assert [lengths[id(t)] for t in tags] == [len(t.get_text().strip()) for t in tags]
    assert len(tags) >= 6


def test_deeply_nested_divs_in_a_page_with_articles(backend: str) -> None:
    """100,000 nested <div> around two articles: no RecursionError, both articles read."""
    sentence = "The story called {0} has a long enough paragraph here. "
    story = "<article><h2>{0}</h2><p>" + sentence * 3 + "</p></article>"
    depth = 100_000
    page = (
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + story.format("Alpha")
        + story.format("Beta")
        + "</div>" * depth
        + "</body></html>"
    )
    result = newsparse.parse(page.encode())
    assert [a.title for a in result.articles] == ["Alpha", "Beta"]


# --------------------------------------------------------------------------- the page cap


def _record_soups(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make every BeautifulSoup tree's markup size recorded."""
    sizes: list[int] = []
    real = _html._soup

    def soup(markup: str) -> Any:
        sizes.append(len(markup))
        return real(markup)

    monkeypatch.setattr(_html, "_soup", soup)
    return sizes


def _long_page(paragraphs: int) -> str:
    body = "".join(f"<p>Paragraph number {i} of a very long page.</p>" for i in range(paragraphs))
    head = '<head><title>Long page</title><meta property="og:site_name" content="Herald"></head>'
    return f"<!doctype html><html>{head}<body><nav>Home</nav>{body}</body></html>"


def test_a_page_beyond_the_cap_is_never_one_tree(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page beyond MAX_HTML_CHARS: no tree of more than the cap, every paragraph kept, a problem names the cap."""
    monkeypatch.setattr(_limits, "MAX_HTML_CHARS", 2000)
    sizes = _record_soups(monkeypatch)
    page = _long_page(400)
    assert len(page) > 9 * 2000
    (article,) = newsparse.parse(page.encode()).articles
    assert max(sizes) <= 2000
    assert article.title == "Long page"
    assert article.source == "Herald"
    assert article.body.split("\n\n") == [f"Paragraph number {i} of a very long page." for i in range(400)]
    assert any("MAX_HTML_CHARS" in p and "cap of 2,000" in p for p in article.problems), article.problems


def test_a_fragment_beyond_the_cap_is_never_one_tree(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """clean_html beyond the cap: lxml streams it, html.parser reads it in pieces cut before a tag; no text lost."""
    monkeypatch.setattr(_limits, "MAX_HTML_CHARS", 1000)
    sizes = _record_soups(monkeypatch)
    markup = "".join(f"<div><p>Item {i} <b>bold</b> text</p></div>" for i in range(500))
    assert newsparse.clean_html(markup).split("\n\n") == [f"Item {i} bold text" for i in range(500)]
    assert max(sizes, default=0) <= 1000


def test_pieces_cut_before_a_block_else_a_tag_else_at_the_cap() -> None:
    """The pieces of over-cap markup join back to it, each within the cap, cut where the least is split."""
    markup = "<p>a <b>b</b> c</p>" * 4 + "<i>" + "x" * 150 + "<i>y</i>" + "z" * 150
    pieces = list(_html._pieces(markup, 100))
    assert "".join(pieces) == markup
    assert all(len(piece) <= 100 for piece in pieces)
    assert pieces[0] == "<p>a <b>b</b> c</p>" * 3  # before the last block start in reach
    assert pieces[1] == "<p>a <b>b</b> c</p>"  # before the last tag in reach (no block start)
    assert pieces[2] == "<i>" + "x" * 97  # at the cap: no '<' in reach
    assert pieces[3] == "x" * 53 + "<i>y"  # before the last "<"
    assert pieces[4].startswith("</i>z")


def test_the_cap_is_read_when_called(monkeypatch: pytest.MonkeyPatch) -> None:
    """Within the cap, a page is read whole as before (main element chosen, no problem)."""
    monkeypatch.setattr(_limits, "MAX_HTML_CHARS", 10**9)
    (article,) = newsparse.parse(_long_page(5).encode()).articles
    assert article.problems == ()
    assert "Home" not in article.body


# --------------------------------------------------------------------------- several <article> elements

_SENTENCE = "The {0} committee met on Tuesday and agreed on the plan for the coming year. "


def _story(heading: str, sentences: int = 6, level: int = 2) -> str:
    paragraphs = "".join(f"<p>{_SENTENCE.format(heading) * 2}Part {i} of {heading}.</p>" for i in range(sentences))
    return f"<article><h{level}>{heading}</h{level}>{paragraphs}</article>"


def _page(body: str, title: str = "Herald", head: str = "") -> str:
    return f"<!doctype html>\n<html><head><title>{title}</title>{head}</head><body>{body}</body></html>\n"


def test_two_full_articles_in_one_page_are_two_articles() -> None:
    """Two articles saved one after the other in one page: two articles, the page's meta on the first."""
    head = '<meta property="og:title" content="Alpha"><meta property="og:url" content="https://h.example/a">'
    page = _page(_story("Alpha", level=1) + _story("Beta", 5, level=1), head=head)
    articles = newsparse.parse(page.encode()).articles
    assert [a.title for a in articles] == ["Alpha", "Beta"]
    assert [a.url for a in articles] == ["https://h.example/a", None]
    assert "Part 4 of Beta." in articles[1].body
    assert "Beta" not in articles[0].body
    assert articles[0].provenance.end == articles[1].provenance.start
    assert page[articles[1].provenance.start :].startswith("<article><h1>Beta")


def test_a_listing_page_is_one_article_per_entry() -> None:
    """A main element holding several full articles: one article each; the list's own text and title reported."""
    body = "<main><h1>Latest news</h1>" + "".join(_story(f"Story {n}", 3) for n in range(4)) + "</main>"
    (*articles,) = newsparse.parse(_page(body, title="Latest news | Herald").encode()).articles
    assert [a.title for a in articles] == [f"Story {n}" for n in range(4)]
    dropped = {(d.text, d.reason) for d in articles[0].dropped}
    assert ("Latest news | Herald", "page title") in dropped
    assert ("Latest news", "outside the articles") in dropped
    assert all(f"Part 2 of Story {n}." in a.body for n, a in enumerate(articles))


def test_related_cards_are_reported_as_dropped() -> None:
    """An article with small teaser cards (a link and a line) beside it: one article, each card in ``dropped``."""
    cards = (
        "<aside><article><h3><a href='/x'>Another story</a></h3><p>A line about it.</p></article></aside>"
        "<section><article><h3><a href='/y'>A second card</a></h3></article></section>"
    )
    (article,) = newsparse.parse(_page(_story("Main story", 8, level=1) + cards).encode()).articles
    assert ("Another story\nA line about it.", "teaser article") in {(d.text, d.reason) for d in article.dropped}
    assert ("A second card", "teaser article") in {(d.text, d.reason) for d in article.dropped}
    assert "Another story" not in article.body


def test_a_short_second_article_is_reported_not_lost() -> None:
    """A second article with a heading but far less text than the main one: a teaser, in ``dropped``."""
    page = _page(_story("Main story", 12) + _story("Brief", 1))
    (article,) = newsparse.parse(page.encode()).articles
    assert any("Part 0 of Brief." in d.text and d.reason == "teaser article" for d in article.dropped)


def test_nested_articles_stay_one_article() -> None:
    """Comments as <article> elements inside the post's <article> are part of it, not articles of their own."""
    comment = "<article><h3>Reader</h3><p>A reader's comment that is long enough to count as text.</p></article>"
    post = _story("The post", 4).replace("</article>", comment + "</article>")
    (article,) = newsparse.parse(_page(post).encode()).articles
    assert "A reader's comment" in article.body
    assert article.dropped == () or all(d.reason == "repeated title" for d in article.dropped)


def test_streaming_reads_several_articles_as_load_does() -> None:
    """iter_load gives the same articles as load for pages with several articles."""
    text = _page(_story("Alpha") + _story("Beta")) + _page("<main>" + _story("Gamma") + _story("Delta") + "</main>")
    loaded = [(a.title, a.body) for a in newsparse.load(text.encode())]
    streamed = [(a.title, a.body) for a in newsparse.iter_load(text.encode())]
    assert loaded == streamed
    assert [title for title, _ in loaded] == ["Alpha", "Beta", "Gamma", "Delta"]


# --------------------------------------------------------------------------- nothing lost, over many pages

_WORDS = st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=4, max_size=8)


@st.composite
def _pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Several pages concatenated, and the distinctive words that must each end up somewhere.

    A page has one or two full articles, maybe a teaser card, and may be cut
    short before ``</html>``. A page that follows one cut short starts with a
    doctype (a bare ``<html>`` line there is not a new document).
    """
    count = draw(st.integers(1, 5))
    text: list[str] = []
    expected: list[str] = []
    previous_closed = True
    for index in range(count):
        title = f"Title{index}{draw(_WORDS)}"
        expected.append(title)
        stories = []
        for number in range(draw(st.integers(1, 3))):
            mark = f"Mark{index}x{number}{draw(_WORDS)}"
            expected.append(mark)
            sentences = draw(st.integers(1, 4))
            paragraphs = "".join(f"<p>{mark} {_SENTENCE.format(mark)}</p>" for _ in range(sentences))
            stories.append(f"<article><h2>Heading {mark}</h2>{paragraphs}</article>")
        if draw(st.booleans()):
            card = f"Card{index}{draw(_WORDS)}"
            expected.append(card)
            stories.append(f"<aside><article><a href='/{card}'>{card}</a></article></aside>")
        closed = draw(st.booleans())
        doctype = "<!doctype html>\n" if not previous_closed or draw(st.booleans()) else ""
        page = f"{doctype}<html><head><title>{title}</title></head><body>{''.join(stories)}"
        text.append(page + ("</body></html>\n" if closed else "\n"))
        previous_closed = closed
    return "".join(text), expected


@given(_pages())
def test_every_page_title_and_article_text_is_kept_somewhere(case: tuple[str, list[str]]) -> None:
    """Every page's title and every <article>'s words are in an article's fields, ``dropped`` or a problem."""
    text, expected = case
    result = newsparse.parse(text.encode(), detector="html-page")
    kept = list(result.problems)
    for article in result.articles:
        kept.extend([article.title or "", article.body, *article.problems, *(d.text for d in article.dropped)])
    everything = "\n".join(kept)
    assert [word for word in expected if word not in everything] == []


@pytest.mark.skipif(not _HAS_LXML, reason="lxml is not installed")
def test_a_bug_in_the_fast_path_is_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only lxml refusing the markup falls back to BeautifulSoup; any other error is a bug and surfaces."""
    from newsparse import _lxmltext

    def broken(markup: str, **kwargs: object) -> list[str]:
        raise RuntimeError("a bug in the collector")

    monkeypatch.setattr(_html, "_PARSER", "lxml")
    monkeypatch.setattr(_lxmltext, "paragraphs", broken)
    with pytest.raises(RuntimeError, match="a bug in the collector"):
        _html.clean_html("<p>x</p>")
