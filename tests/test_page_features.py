"""Whole pages: bodies held only in embedded JSON state, the story's captions, and the standfirst as subtitle.

The pages are written for the test (or generated from parts); each states the
article it must give. The fixtures under tests/data/formats/html-page are read
with lxml and with the standard library's parser and must give the same articles.
"""

from __future__ import annotations

import html
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import newsparse
from newsparse import _html, _htmlpage, _htmlstate, _limits, _pagetree

FIXTURES = sorted((Path(__file__).parent / "data" / "formats" / "html-page").glob("*.html"))
_NAV = '<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
_FOOTER = '<footer class="site-footer"><p>© 2024 The Example Group. All rights reserved.</p></footer>'


def _page(title: str, body: str, head: str = "", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{html.escape(title)}">{head}</head>'
        f"<body>{_NAV}{body}{_FOOTER}</body></html>\n"
    )


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _story(inner: str, after: str = "") -> str:
    """An article with the headline "River park grows" and ``inner`` as its body block."""
    return f'<article><h1>River park grows</h1><div class="article-body">{inner}</div>{after}</article>'


def _read(page: str) -> newsparse.Article:
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    return article


def _codes(article: newsparse.Article) -> set[str]:
    return {problem.code for problem in article.problems}


def _shell(title: str, state: str, shown: str = "<p>Loading…</p>") -> str:
    return _page(title, f"<main><h1>{title}</h1>{shown}</main>{state}")


_STORY = [
    "The council voted on Tuesday to expand the river park, a plan that had been debated for more than three years.",
    "Officials said work would begin in the spring once the final budget is approved by the regional government.",
    "Residents who opposed the plan said they would keep campaigning for a smaller park with fewer car parks.",
]


# --------------------------------------------------------------------------- both parsers, every fixture


@pytest.mark.skipif(importlib.util.find_spec("lxml") is None, reason="lxml is not installed")
@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_the_fixtures_read_the_same_without_lxml(fixture: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    results = []
    for name in ("lxml", "html.parser"):
        monkeypatch.setattr(_html, "_PARSER", name)
        articles = [a.to_dict() for a in newsparse.parse(fixture).articles]
        for article in articles:
            article.pop("provenance")
        results.append(articles)
    assert results[0] == results[1]
    assert any(a["subtitle"] or a["captions"] or a["body"] for a in results[0])


# --------------------------------------------------------------------------- embedded state


def test_a_next_data_body_is_read_when_the_page_is_an_app_shell(backend: str) -> None:
    state = {
        "props": {
            "pageProps": {"post": {"title": "River park grows", "content": [{"type": "p", "text": p} for p in _STORY]}}
        }
    }
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    article = _read(_shell("River park grows", script))
    assert article.body.split("\n\n") == _STORY
    assert "page-body-from-state" in _codes(article)


def test_a_page_that_holds_its_story_does_not_take_the_state(backend: str) -> None:
    shown = "".join(f"<p>{p} {p}</p>" for p in _STORY * 3)
    state = {"article": {"title": "River park grows", "body": " ".join(_STORY * 10)}}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    article = _read(_page("River park grows", f"<article><h1>River park grows</h1>{shown}</article>{script}"))
    assert article.body.split("\n\n") == [f"{p} {p}" for p in _STORY * 3]
    assert "page-body-from-state" not in _codes(article)


_MORE = [
    "The regional government is expected to publish the final budget in March, a spokeswoman said on Wednesday.",
    "Construction of the first section, along the northern bank, should take about eighteen months to complete.",
]
_PAYWALL = "<p>This article is for subscribers only.</p><p>Try four weeks for 99 cents</p>"


def test_a_paywalls_teaser_gives_way_to_the_whole_story_in_the_state(backend: str) -> None:
    """The markup shows the first paragraphs; the state holds them and the rest (less than twice as much)."""
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "title": "River park grows",
                    "body": [{"type": "paragraph", "text": p} for p in [*_STORY, *_MORE]],
                }
            }
        }
    }
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    article = _read(_page("River park grows", _story(_ps(_STORY) + _PAYWALL) + script))
    assert article.body.split("\n\n") == [*_STORY, *_MORE]
    assert "page-body-from-state" in _codes(article)


def test_a_paywalls_teaser_gives_way_to_the_whole_story_in_json_ld(backend: str) -> None:
    ld = {"@type": "NewsArticle", "headline": "River park grows", "articleBody": "\n".join([*_STORY, *_MORE])}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    article = _read(_page("River park grows", _story(_ps(_STORY) + _PAYWALL), head=head))
    assert article.body.split("\n\n") == [*_STORY, *_MORE]
    assert "page-body-from-json" in _codes(article)


_OFFER = (
    '<div class="paywall"><h3>Read on with Plus</h3><p>You have used up your free articles this month. Read every '
    "Plus article on the site and in the app, with the e-paper from 10 pm the evening before.</p>"
    "<ul><li>All the news from the region</li><li>Cancel at any time</li></ul><p>1 month for 0.99</p></div>"
)


def test_a_teaser_above_a_long_paywall_offer_gives_way_to_the_story_in_json_ld(backend: str) -> None:
    """The page shows a standfirst and the story's first paragraph, then a long offer; JSON-LD holds the story
    without the standfirst."""
    lead = "The council backed a larger river park on Tuesday after three years of debate."
    ld = {"@type": "NewsArticle", "headline": "River park grows", "articleBody": "\n\n".join([*_STORY, *_MORE])}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    article = _read(_page("River park grows", _story(_ps([lead, _STORY[0]]) + _OFFER), head=head))
    assert article.body.split("\n\n") == [*_STORY, *_MORE]
    assert "page-body-from-json" in _codes(article)


def test_a_json_ld_body_that_does_not_open_with_the_teaser_is_not_taken(backend: str) -> None:
    """The data's paragraphs are another story's (only the first shown paragraph matches nothing)."""
    ld = {"@type": "NewsArticle", "headline": "River park grows", "articleBody": "\n\n".join(_MORE * 3)}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    article = _read(_page("River park grows", _story(_ps(_STORY[:1]) + _OFFER), head=head))
    assert article.body.split("\n\n")[0] == _STORY[0]
    assert "page-body-from-json" not in _codes(article)


def test_character_references_in_a_plain_json_ld_body_are_resolved(backend: str) -> None:
    """A CMS escapes the plain text of ``articleBody`` for HTML, sometimes twice: the text is what it meant."""
    escaped = [p.replace("council", "&amp;quot;council&amp;quot;").replace("park", "park&rsquo;s") for p in _STORY]
    ld = {"@type": "NewsArticle", "headline": "River park grows", "articleBody": "\n\n".join([*escaped, *_MORE])}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    expected = [p.replace("council", '"council"').replace("park", "park’s") for p in _STORY]
    article = _read(_page("River park grows", _story(_ps(expected[:1]) + _OFFER), head))
    assert article.body.split("\n\n") == [*expected, *_MORE]


def test_a_small_block_whose_class_names_a_paywall_is_its_offer(backend: str) -> None:
    offer = (
        '<div class="paywall" data-test="paywall"><h3 class="paywall__title">The full story is for subscribers '
        'only</h3><p class="paywall__text">Join now for full access to everything on the site and in the app.</p>'
        "<p>Subscribe for 1 dollar the first month</p></div>"
    )
    article = _read(_page("River park grows", _story(_ps(_STORY) + offer)))
    assert article.body.split("\n\n") == _STORY


def test_a_story_wrapped_in_a_block_whose_class_names_a_paywall_stays(backend: str) -> None:
    """A site may wrap the text behind its wall in such a block: a large one is the story."""
    body = f'<article><h1>River park grows</h1><div class="paywall-content">{_ps(_STORY * 3)}</div></article>'
    article = _read(_page("River park grows", body))
    assert article.body.split("\n\n") == _STORY * 3


def test_an_arc_xp_global_content_holds_the_whole_story(backend: str) -> None:
    content = {
        "type": "story",
        "headlines": {"basic": "River park grows"},
        "content_elements": [{"type": "text", "content": p} for p in [*_STORY, *_MORE]],
    }
    script = f"<script>window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps(content)};</script>"
    article = _read(_page("River park grows", _story(_ps(_STORY) + _PAYWALL) + script))
    assert article.body.split("\n\n") == [*_STORY, *_MORE]


@pytest.mark.parametrize(
    ("extra", "published", "authors"),
    [
        ({"publishedAt": "2026-11-07T06:00:00+09:00", "byline": {"name": "Jane Roe", "role": "City desk"}},
         "2026-11-07T06:00:00+09:00", ("Jane Roe",)),
        ({"datePublished": 1762462800000, "authors": [{"displayName": "Jane Roe"}, {"displayName": "Tom Lee"}]},
         "2025-11-06T21:00:00+00:00", ("Jane Roe", "Tom Lee")),
        ({}, None, ()),
    ],
)  # fmt: skip
def test_a_story_read_from_the_state_takes_its_objects_date_and_writers(
    extra: dict[str, object], published: str | None, authors: tuple[str, ...], backend: str
) -> None:
    """An app shell's head and markup give no date and no byline: the object that holds the story does."""
    article_state = {"title": "River park grows", "body": [{"type": "paragraph", "text": p} for p in _STORY * 3]}
    state = {"props": {"pageProps": {"article": {**article_state, **extra}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    article = _read(_shell("River park grows", script))
    assert article.body.split("\n\n") == _STORY * 3
    assert (article.published, article.authors) == (published, authors)


def test_a_states_blocks_of_inline_markup_and_plain_headings_are_paragraphs_and_its_intro_the_subtitle(
    backend: str,
) -> None:
    """A Next.js app's blocks: paragraphs of inline markup (a link inside), headings as plain text, an intro."""
    intro = "The council has found the money to keep the river park's ferry running for three more summers."
    blocks = [
        {"__typename": "ParagraphBlock", "html": f'{_STORY[0]} <a href="https://ferry.example">Ferry</a> said so.'},
        {"__typename": "HeadingBlock", "level": 2, "text": "Three more summers"},
        {"__typename": "ParagraphBlock", "html": _STORY[1]},
        {"__typename": "RelatedBlock", "html": '<a href="/other">Other story about the council</a>'},
        {"__typename": "ParagraphBlock", "html": _STORY[2]},
    ]
    state = {"props": {"pageProps": {"article": {"title": "River park grows", "intro": intro, "body": blocks}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    article = _read(_shell("River park grows", script))
    assert article.body.split("\n\n") == [f"{_STORY[0]} Ferry said so.", "Three more summers", *_STORY[1:]]
    assert article.subtitle == intro


@pytest.mark.parametrize(
    ("extra", "first"),
    [
        ({"summary": "Everything you need to know about the council vote. Read the latest news on the park."}, None),
        ({"intro": "The council voted on Tuesday to expand the…"}, None),  # a teaser cut short
        ({"intro": _STORY[0]}, f"RIVERTON, Ore. — {_STORY[0]}"),  # the first paragraph, after a dateline
        ({"intro": "x " * 200}, None),  # longer than a standfirst
    ],
)
def test_a_states_lead_that_is_no_standfirst_gives_no_subtitle(
    extra: dict[str, str], first: str | None, backend: str
) -> None:
    blocks = [{"type": "paragraph", "text": p} for p in [first or _STORY[0], *_STORY[1:]] * 2]
    state = {"props": {"pageProps": {"article": {"title": "River park grows", "body": blocks, **extra}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    assert _read(_shell("River park grows", script)).subtitle is None


def test_a_state_that_runs_other_headlines_on_after_the_story_is_not_taken(backend: str) -> None:
    """The state's text is the story shown and a run of other stories' headlines (no paragraphs of its own)."""
    headlines = " ".join(f"Other story number {n} about the council and its many plans" for n in range(3))
    state = {"article": {"title": "River park grows", "text": " ".join(_STORY) + " You may also like... " + headlines}}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    article = _read(_page("River park grows", _story(_ps(_STORY)) + script))
    assert article.body.split("\n\n") == _STORY


def test_a_state_little_longer_than_the_story_shown_is_not_taken(backend: str) -> None:
    """Four paragraphs shown; the state's text holds them and one more: not a teaser and the rest."""
    shown = [*_STORY, _MORE[0]]
    state = {"article": {"title": "River park grows", "body": " ".join([*shown, _MORE[1]])}}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    article = _read(_page("River park grows", _story(_ps(shown)) + script))
    assert article.body.split("\n\n") == shown


@pytest.mark.parametrize("shown", [True, False], ids=["story-shown", "app-shell"])
def test_an_article_body_of_escaped_markup_is_read_as_markup(shown: bool, backend: str) -> None:
    escaped = html.escape("".join(f'<p>{p} <a href="/x">more</a></p>' for p in _STORY))
    ld = {"@type": "NewsArticle", "headline": "River park grows", "articleBody": escaped}
    head = (
        f'<meta name="description" content="{_STORY[0]}"><script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    inner = _ps([f"{p} more" for p in _STORY]) if shown else "<p>Loading…</p>"
    article = _read(_page("River park grows", _story(inner), head=head))
    assert article.body.split("\n\n") == [f"{p} more" for p in _STORY]
    assert "&lt;" not in article.body
    assert "<" not in article.body


@pytest.mark.parametrize(
    "script",
    [
        # a JavaScript object literal, a function call, a JSON.parse of a broken string: skipped, never run
        "<script>window.__INITIAL_STATE__ = {article: {title: 'River park grows', body: '"
        + "Words. " * 80
        + "'}};</script>",
        "<script>window.__NUXT__=(function(a){return {body:a}}('" + "Words. " * 80 + "'));</script>",
        '<script>window.__APOLLO_STATE__=JSON.parse("{\\"body\\": \\"unterminated);</script>',
        '<script type="application/json">' + "[" * 100_000 + "</script>",
        '<script type="application/json">{"body": "' + "Words. " * 80 + '", </script>',
    ],
)
def test_state_that_is_not_json_is_skipped(script: str, backend: str) -> None:
    article = _read(_shell("River park grows", script, "<p>The council voted on Tuesday to expand the river park.</p>"))
    assert article.body == "The council voted on Tuesday to expand the river park."
    assert "page-body-from-state" not in _codes(article)


@pytest.mark.parametrize(
    "assign",
    [
        "window.__NUXT__ = {state}",
        'window["__INITIAL_STATE__"]={state};',
        "self.__PRELOADED_STATE__ = {state}\n",
        "var x = 1; window.appState = {state};",
    ],
)
def test_state_assigned_in_a_script_is_found(assign: str, backend: str) -> None:
    state = json.dumps({"data": [{"article": {"headline": "River park grows", "body": "\n".join(_STORY)}}]})
    article = _read(_shell("River park grows", "<script>" + assign.replace("{state}", state) + "</script>"))
    assert article.body.split("\n\n") == _STORY
    assert "page-body-from-state" in _codes(article)


def test_state_over_the_cap_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    state = {"article": {"title": "River park grows", "body": "\n".join(_STORY)}}
    page = _shell("River park grows", f'<script type="application/json">{json.dumps(state)}</script>')
    assert _read(page).body.split("\n\n") == _STORY
    monkeypatch.setattr(_htmlstate, "MAX_PAGE_STATE_CHARS", 100)
    assert "page-body-from-state" not in _codes(_read(page))


def test_html_in_state_is_cleaned_and_never_reaches_a_text_field() -> None:
    body = "".join(f'<p class="x">{p} <a href="/l">link</a><script>alert(1)</script></p>' for p in _STORY)
    state = {"story": {"headline": "River park grows", "bodyHtml": body}}
    escaped = json.dumps(state).replace("</", "<\\/")  # as pages write it: "</script>" would end the element
    script = f"<script>window['__PRELOADED_STATE__'] = {escaped}</script>"
    article = _read(_shell("River park grows", script))
    assert article.body.split("\n\n") == [f"{p} link" for p in _STORY]
    assert "<" not in article.body


def test_state_titled_for_another_story_is_not_used_even_when_it_is_the_longest() -> None:
    state = {
        "page": {"title": "River park grows", "teaser": "Short."},
        "related": [{"title": "Bridge opens", "body": "\n".join(_STORY * 3)}],
    }
    article = _read(_shell("River park grows", f"<script>window.__INITIAL_STATE__={json.dumps(state)};</script>"))
    assert "page-body-from-state" not in _codes(article)
    assert "Officials said" not in article.body


def test_untitled_state_is_used_when_the_page_shows_its_opening() -> None:
    state = {"cache": [{"content": "\n".join(_STORY)}]}
    shown = f"<p>{_STORY[0]}</p>"
    article = _read(_shell("River park grows", f'<script type="application/json">{json.dumps(state)}</script>', shown))
    assert article.body.split("\n\n") == _STORY


_WORDS = st.sampled_from("river park council budget spring plan city water bridge school vote year ferry".split())
_SENTENCES = st.lists(_WORDS, min_size=10, max_size=25).map(lambda words: " ".join(words).capitalize() + ".")
_TITLES = st.lists(_WORDS, min_size=3, max_size=6).map(lambda words: " ".join(words).capitalize())


@given(
    paragraphs=st.lists(_SENTENCES, min_size=3, max_size=8),
    title=_TITLES,
    other=_TITLES,
    key=st.sampled_from(["body", "articleBody", "text", "paragraphs"]),
)
def test_generated_state_is_used_only_for_its_own_title(
    paragraphs: list[str], title: str, other: str, key: str
) -> None:
    """A shell whose state holds paragraphs under a body key: read when titled for the page, never for another."""
    value: object = paragraphs if key == "paragraphs" else "".join(f"<p>{p}</p>" for p in paragraphs)
    own = _read(
        _shell(title, f'<script type="application/json">{json.dumps({"a": {"title": title, key: value}})}</script>')
    )
    if sum(map(len, paragraphs)) + 2 * (len(paragraphs) - 1) >= 200:
        assert own.body.split("\n\n") == paragraphs
    if title.casefold() not in other.casefold() and other.casefold() not in title.casefold():
        foreign = {"a": {"title": other, key: value}}
        read = _read(_shell(title, f'<script type="application/json">{json.dumps(foreign)}</script>'))
        assert "page-body-from-state" not in _codes(read)


# --------------------------------------------------------------------------- captions


def test_captions_and_credits_leave_the_body(backend: str) -> None:
    figure = (
        '<figure><img src="a.jpg" alt=""><figcaption>The river at dawn. <span class="image-credit">Jane Roe/AP</span>'
        "</figcaption></figure>"
    )
    body = _story(f"<p>{_STORY[0]}</p>{figure}<p>{_STORY[1]}</p>")
    article = _read(_page("River park grows", body))
    assert [(c.text, c.credit) for c in article.captions] == [("The river at dawn.", "Jane Roe/AP")]
    assert article.body.split("\n\n") == _STORY[:2]


def test_a_pull_quote_figure_is_no_caption() -> None:
    quote = "<figure><blockquote><p>We waited three years for this park.</p></blockquote>"
    quote += "<figcaption>— A resident</figcaption></figure>"
    body = _story(f"<p>{_STORY[0]}</p>{quote}<p>{_STORY[1]}</p>")
    assert _read(_page("River park grows", body)).captions == ()


def test_captions_of_teaser_cards_and_asides_are_not_the_story_s() -> None:
    card = (
        '<div class="related-stories"><figure><img src="c.jpg"><figcaption>Another story.</figcaption></figure></div>'
    )
    aside = '<aside><figure><img src="d.jpg"><figcaption>An advert picture.</figcaption></figure></aside>'
    body = _story(_ps(_STORY), card + aside)
    assert _read(_page("River park grows", body)).captions == ()


@given(
    captions=st.lists(_SENTENCES, min_size=1, max_size=5, unique_by=str.casefold),
    repeats=st.integers(min_value=1, max_value=3),
)
def test_a_gallery_s_repeated_captions_are_kept_once_in_order(captions: list[str], repeats: int) -> None:
    slides = "".join(
        f'<figure><img src="{n}.jpg"><figcaption>{c}</figcaption></figure>' for n, c in enumerate(captions)
    )
    gallery = f'<div class="gallery">{slides * repeats}</div>'
    body = _story(f"<p>{_STORY[0]}</p>{gallery}<p>{_STORY[1]}</p>")
    article = _read(_page("River park grows", body))
    assert [c.text for c in article.captions] == captions
    assert article.body.split("\n\n") == _STORY[:2]
    assert sum(d.reason == "duplicate caption" for d in article.dropped) == len(captions) * (repeats - 1)


def test_caption_labels_counters_and_buttons_are_left_out(backend: str) -> None:
    figures = [
        '<figure><img src="a.jpg"><figcaption><span>Image caption</span>Crowds at the gate. '
        '<span class="copyright">Image copyright Reuters</span></figcaption></figure>',
        '<figure><img src="b.jpg"><figcaption>2 of 5 The park at night.</figcaption></figure>',
        '<figure><img src="c.jpg"><figcaption>Workers lay the path.Credit...Ana Lima/Valley News</figcaption></figure>',
        '<figure><img src="d.jpg"><figcaption>Council members (Credit: Tom Reed)</figcaption></figure>',
        '<figure><img src="e.jpg"><figcaption><span>Caption</span> <span>Close</span></figcaption></figure>',
    ]
    article = _read(_page("River park grows", _story(f"<p>{_STORY[0]}</p>{''.join(figures)}<p>{_STORY[1]}</p>")))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Crowds at the gate.", "Reuters"),
        ("The park at night.", None),
        ("Workers lay the path.", "Ana Lima/Valley News"),
        ("Council members", "Tom Reed"),
    ]


def test_a_caption_element_outside_figures_takes_the_credit_after_it() -> None:
    block = '<div class="photo"><img src="a.jpg"><p class="bildunterschrift">Das neue Bad.</p>'
    block += '<p class="credit">dpa</p></div>'
    article = _read(_page("River park grows", _story(f"<p>{_STORY[0]}</p>{block}<p>{_STORY[1]}</p>"), lang="de"))
    assert [(c.text, c.credit) for c in article.captions] == [("Das neue Bad.", "dpa")]
    assert article.body.split("\n\n") == _STORY[:2]


# --------------------------------------------------------------------------- standfirst

_DECK = "Councillors back the plan after a long debate over what it will cost."
_CLASSES = [
    "standfirst", "article__dek", "chapo", "entradilla", "teaser-text", "lead", "intro", "article-summary", "vorspann",
    "sottotitolo", "bajada", "linha-fina", "storyLead", "sub-title", "excerpt", "perex", "ingress", "podnaslov",
    "spot", "news-spot", "article-ingressi", "sapou",
]  # fmt: skip


@pytest.mark.parametrize("cls", _CLASSES)
def test_a_standfirst_class_in_the_header_gives_the_subtitle(cls: str, backend: str) -> None:
    body = (
        f'<article><header><h1>River park grows</h1><div class="{cls}">{_DECK}</div></header><div class="article-body">'
    )
    body += "".join(f"<p>{p}</p>" for p in _STORY) + "</div></article>"
    article = _read(_page("River park grows", body))
    assert article.subtitle == _DECK
    assert article.body.split("\n\n") == _STORY


def test_a_deck_of_two_short_lines_is_the_subtitle(backend: str) -> None:
    lines = ["Old school canteen turned into a shared kitchen", "Cookers and fridges for two euros an hour"]
    deck = f'<div class="subheading">{_ps(lines)}</div>'
    body = f'<article><header><h1>River park grows</h1>{deck}</header><div class="article-body">{_ps(_STORY)}</div>'
    article = _read(_page("River park grows", body + "</article>"))
    assert article.subtitle == " ".join(lines)
    assert article.body.split("\n\n") == _STORY


def test_two_paragraphs_of_the_story_in_a_lead_block_are_no_deck(backend: str) -> None:
    """Two long paragraphs in a block whose class says "intro" are the story's first paragraphs, not a deck."""
    body = (
        f'<article><h1>River park grows</h1><div class="intro">{_ps(_STORY[:2])}</div>'
        f'<div class="article-body">{_ps(_STORY[2:])}</div></article>'
    )
    article = _read(_page("River park grows", body))
    assert article.body.split("\n\n") == _STORY


@pytest.mark.parametrize(
    "cls", ["author-bio-dek", "teaserTitle", "lead-image", "leaderboard", "card-summary", "ad-spot", "spot-banner"]
)
def test_other_classes_are_no_standfirst(cls: str) -> None:
    body = (
        f'<article><header><h1>River park grows</h1><div class="{cls}">{_DECK}</div></header><div class="article-body">'
    )
    body += "".join(f"<p>{p}</p>" for p in _STORY) + "</div></article>"
    assert _read(_page("River park grows", body)).subtitle is None


def test_a_deck_opening_the_body_leaves_it_and_an_intro_paragraph_stays() -> None:
    for cls, kept in (("standfirst", False), ("article__intro", True)):
        body = f'<article><h1>River park grows</h1><div class="article-body"><p class="{cls}">{_DECK}</p>'
        body += "".join(f"<p>{p}</p>" for p in _STORY) + "</div></article>"
        article = _read(_page("River park grows", body))
        assert article.subtitle == _DECK
        assert article.body.split("\n\n") == ([_DECK] if kept else []) + _STORY


def test_a_lead_after_the_body_has_started_is_no_standfirst() -> None:
    body = f'<article><h1>River park grows</h1><div class="article-body"><p>{_STORY[0]}</p><p class="lead">{_DECK}</p>'
    body += f"<p>{_STORY[1]}</p></div></article>"
    assert _read(_page("River park grows", body)).subtitle is None


@given(
    cls=st.sampled_from(_CLASSES),
    deck=st.lists(_WORDS, min_size=6, max_size=12).map(lambda words: " ".join(words).capitalize() + "."),
    paragraphs=st.lists(_SENTENCES, min_size=3, max_size=6),
    tag=st.sampled_from(["p", "div", "h2"]),
)
def test_generated_standfirsts_become_the_subtitle(cls: str, deck: str, paragraphs: list[str], tag: str) -> None:
    """A hinted deck between the headline and the body is the subtitle; the body is the paragraphs."""
    assume(deck not in paragraphs[:3])  # a deck repeated at the top of the body leaves it: see the test below
    body = f'<article><header><h1>River park grows</h1><{tag} class="{cls}">{deck}</{tag}></header>'
    body += f'<div class="article-body">{_ps(paragraphs)}</div></article>'
    article = _read(_page("River park grows", body))
    assert article.subtitle == deck
    assert article.body.split("\n\n") == paragraphs


def test_a_header_deck_repeated_at_the_top_of_the_body_leaves_the_body() -> None:
    body = f'<article><header><h1>River park grows</h1><p class="dek">{_DECK}</p></header>'
    body += f'<div class="article-body"><p>{_DECK}</p>{_ps(_STORY)}</div></article>'
    article = _read(_page("River park grows", body))
    assert article.subtitle == _DECK
    assert article.body.split("\n\n") == _STORY
    assert newsparse.Dropped(_DECK, "repeated subtitle") in article.dropped


def test_the_description_is_a_standfirst_only_apart_from_the_body() -> None:
    head = f'<meta name="description" content="{_STORY[0]}">'
    body = _story(_ps(_STORY))
    assert _read(_page("River park grows", body, head)).subtitle is None
    head = f'<meta property="og:description" content="{_DECK[:50]}...">'
    body = f'<div class="story"><h1>River park grows</h1><div class="deck-wrap"><span>{_DECK}</span></div>'
    body += f'<div class="story-body">{"".join(f"<p>{p}</p>" for p in _STORY)}</div></div>'
    assert _read(_page("River park grows", body, head)).subtitle == _DECK


@pytest.mark.parametrize("lines", [[_DECK], [_DECK[:40], _DECK[40:]]], ids=["one-line", "two-lines"])
def test_a_summary_in_strong_above_text_between_breaks_is_the_subtitle_not_the_body(lines: list[str]) -> None:
    """A summary set in <strong> atop a body of text between <br>s (one block of lines): a deck, not a paragraph."""
    summary = "<br>".join(lines)
    text = "<br><br>".join(_STORY)
    body = f'<article><h1>River park grows</h1><div id="article-body"><strong class="summary">{summary}</strong>'
    body += f"<br><br>{text}</div></article>"
    article = _read(_page("River park grows", body))
    assert article.subtitle == "\n".join(lines)
    assert article.body.split("\n\n") == _STORY


def test_a_date_line_under_a_deck_repeated_in_the_body_leaves_it() -> None:
    deck = f"{_DECK} It passed by a single vote late on Tuesday."  # as long as a paragraph of text
    body = f'<article><header><h1>River park grows</h1><p class="dek">{deck}</p></header>'
    body += f'<div class="article-body"><p>{deck}</p><p>14 March 2024 - 10:45</p>{_ps(_STORY)}</div></article>'
    article = _read(_page("River park grows", body))
    assert article.subtitle == deck
    assert article.body.split("\n\n") == _STORY


def test_the_description_set_as_a_heading_in_the_body_is_the_subtitle_not_the_body() -> None:
    head = f'<meta name="description" content="{_DECK}">'
    body = _story(f"<h2>{_DECK}</h2>{_ps(_STORY)}")
    article = _read(_page("River park grows", body, head))
    assert article.subtitle == _DECK
    assert article.body.split("\n\n") == _STORY


_ENTRIES = [
    ("Power restored to 12,000 homes", "Crews restored electricity to about 12,000 of the 31,000 homes that lost it."),
    ("Trains suspended", "Services between the two towns stopped after a tree fell across the tracks near the bridge."),
    ("Warning extended", "The severe thunderstorm warning now covers the mountains and the tablelands as well."),
    ("Calls for help", "The emergency service says it has answered more than nine hundred calls since midday."),
]


def _live_page(head: str, itemtype: str = "") -> str:
    entries = "".join(
        f'<article class="entry"><time datetime="2026-02-17T17:00">5pm</time><h3>{title}</h3>'
        f'<div class="entry-body"><p>{text} {_STORY[n]}</p><p>{_STORY[-1 - n]}</p></div></article>'
        for n, (title, text) in enumerate(_ENTRIES[:3])
    )
    body = f'<article class="live"{itemtype}><h1>River park grows</h1><div class="intro"><p>{_DECK}</p></div>'
    return _page("River park grows", body + f'<div class="feed">{entries}</div></article>', head)


@pytest.mark.parametrize(
    ("head", "itemtype"),
    [
        (
            '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "River park grows"}</script>',
            "",
        ),
        ("", ' itemscope itemtype="https://schema.org/LiveBlogPosting"'),
    ],
    ids=["json-ld", "microdata"],
)
def test_the_entries_of_a_live_blog_are_its_text(head: str, itemtype: str, backend: str) -> None:
    """A live article holding its entries as <article> elements: every entry is read, in order."""
    article = _read(_live_page(head, itemtype))
    paragraphs = article.body.split("\n\n")
    for n, (title, text) in enumerate(_ENTRIES[:3]):
        assert title in paragraphs
        assert f"{text} {_STORY[n]}" in paragraphs
    assert paragraphs.index(_ENTRIES[0][0]) < paragraphs.index(_ENTRIES[2][0])


def test_the_entries_of_a_live_blog_in_a_feed_of_their_own_are_one_story(backend: str) -> None:
    """Entries as <article> elements in a plain feed (no live <article> holds them), under a summary, a byline
    and a date line: one article, the summary then every entry in order; the byline and date give its fields."""
    entries = "".join(
        f'<article class="post"><div class="post-meta"><time datetime="2026-02-17T17:0{n}">17:0{n}</time>'
        f'<span class="post-author">By the web desk</span></div><h2>{title}</h2>'
        f'<div class="post-body"><p>{text} {_STORY[n]}</p></div></article>'
        for n, (title, text) in enumerate(_ENTRIES[:3])
    )
    summary = f"{_DECK} Follow the latest on the storm and the council's decision here."
    body = (
        f'<main><div class="live-head"><h1>River park grows</h1><p class="live-summary">{summary}</p>'
        '<div class="live-authors">By Jane Roe and Tom Baker</div><div class="live-dates">Opened 17 February 2026, '
        f'9:20 · Last update 17:02</div></div><div class="live-feed">{entries}</div></main>'
    )
    head = '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "River park grows"}</script>'
    (article,) = newsparse.load(_page("River park grows", body, head).encode(), name="p.html", detector="html-page")
    expected = [p for n, (t, x) in enumerate(_ENTRIES[:3]) for p in (t, f"{x} {_STORY[n]}")]
    assert article.subtitle == summary
    assert [p for p in article.body.split("\n\n") if p != summary] == expected
    assert article.authors == ("Jane Roe", "Tom Baker")
    assert (article.published or "")[:10] == "2026-02-17"
    assert not [d for d in article.dropped if d.reason == "teaser article"]


def test_a_byline_and_date_under_a_standfirst_in_the_text_are_header_lines(backend: str) -> None:
    lead = "The council backed a larger river park on Tuesday after three years of debate among residents."
    lines = "<p>By Jane Roe</p><p>Published 14 March 2024, 10:05</p>"
    article = _read(_page("River park grows", _story(f'<p class="summary">{lead}</p>{lines}{_ps(_STORY)}')))
    assert article.subtitle == lead
    assert [p for p in article.body.split("\n\n") if p != lead] == _STORY
    assert article.authors == ("Jane Roe",)


def test_a_figure_of_a_table_or_a_quote_is_text_and_a_figure_of_a_picture_is_not(backend: str) -> None:
    table = (
        '<figure class="wp-block-table"><table><tr><th>Item</th><th>Cost</th></tr><tr><td>Bridge</td><td>4m</td></tr>'
        "</table><figcaption>Source: the council</figcaption></figure>"
    )
    quote = '<figure class="wp-block-pullquote"><blockquote><p>We waited ten years for this.</p></blockquote></figure>'
    picture = '<figure><img src="a.jpg"><figcaption>The river at dawn. Photo: Jo Roe</figcaption></figure>'
    article = _read(_page("River park grows", _story(_ps(_STORY[:1]) + table + quote + picture + _ps(_STORY[1:]))))
    paragraphs = article.body.split("\n\n")
    assert {"Item", "Cost", "Bridge", "4m", "We waited ten years for this."} <= set(paragraphs)
    assert "The river at dawn." not in article.body
    assert "Source: the council" not in article.body
    assert paragraphs[0] == _STORY[0]
    assert paragraphs[-2:] == _STORY[1:]


def test_caps_are_documented() -> None:
    assert _limits.MAX_PAGE_STATE_CHARS == 16 * 2**20


# --------------------------------------------------------------------------- never a traceback

_FRAGMENTS = st.sampled_from(
    [
        "<h1>River park grows</h1>", "<header>", "</header>", "<figure>", "</figure>", "<figcaption>", "</figcaption>",
        '<span class="credit">AP</span>', '<p class="dek">', '<div class="standfirst">', "</div>", "<p>", "</p>",
        '<div class="gallery">', '<p class="caption">', "<blockquote>", "<article>", "</article>", "<br>", "<img>",
        '<script type="application/json">{"body": "x"}</script>', "<script>window.__INITIAL_STATE__ = {</script>",
        "<aside>", "</aside>", '<p class="credit">', "<hgroup>", "<h2>", "</h2>", "<a href='/'>", "</a>",
    ]
)  # fmt: skip
_TEXTS = st.one_of(_SENTENCES, st.text(max_size=30))


@given(parts=st.lists(st.one_of(_FRAGMENTS, _TEXTS), max_size=40), lxml=st.booleans())
def test_pages_built_from_random_fragments_never_raise(parts: list[str], lxml: bool) -> None:
    """The page reader itself (not the pipeline, which would fall back) reads any mix of figures, decks and state."""
    from newsparse._htmlpage import parse_page

    previous = _html._PARSER
    _html._PARSER = "lxml" if lxml and importlib.util.find_spec("lxml") is not None else "html.parser"
    try:
        info = parse_page(_page("River park grows", "".join(parts)))
    finally:
        _html._PARSER = previous
    assert all("<" not in caption.text for caption in info.captions)
    assert info.subtitle is None or info.subtitle.strip() == info.subtitle


# -- JSON-LD as pages write it ------------------------------------------------------------------------------------


def _containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Lists and objects of ``inner`` (a named function: Hypothesis reads a lambda's source to check it recurses)."""
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(alphabet="ab,]", max_size=4), inner, max_size=4)


# Strings with the characters that could fool a repair (no letter "n", so that an escaped backslash before it
# never reads as the escape of a line break below).
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='ab ,]}"\\\n\t{[', max_size=8),
    _containers,
    max_leaves=12,
)


def _with_trailing_commas(value: object) -> str:
    """``value`` as JSON with a comma after the last item of every non-empty list and object, raw newlines kept."""
    if isinstance(value, list):
        return "[" + "".join(_with_trailing_commas(item) + ", " for item in value) + "]"
    if isinstance(value, dict):
        return "{" + "".join(f"{json.dumps(k)}: {_with_trailing_commas(v)}, " for k, v in value.items()) + "}"
    return json.dumps(value).replace("\\n", "\n")  # a raw line break inside a string, as pages write them


@given(_JSON)
@example({"keywords": ["a, ]", "b"], "articleBody": "one\ntwo"})
def test_json_ld_with_trailing_commas_and_raw_line_breaks_reads_as_written(value: object) -> None:
    assert _htmlpage.lenient_json(_with_trailing_commas(value)) == value


def test_json_ld_that_is_a_script_is_never_read() -> None:
    assert _htmlpage.lenient_json("{headline: 'x', body: f()}") is None
    assert _htmlpage.lenient_json('{"a": [1, 2,, ]}') is None  # a missing item is not a trailing comma


def _ld_page(graph: list[dict[str, object]], byline: str = "") -> bytes:
    body = "".join(
        f"<p>Paragraph {n} of the story, long enough to be read as the text of the article.</p>" for n in range(3)
    )
    return (
        '<html><head><title>Bridge reopens</title><script type="application/ld+json">'
        + json.dumps({"@context": "https://schema.org", "@graph": graph})
        + f"</script></head><body><article><h1>Bridge reopens</h1>{byline}{body}</article></body></html>"
    ).encode()


def test_json_ld_authors_and_publishers_named_by_reference_are_found() -> None:
    graph: list[dict[str, object]] = [
        {"@type": "Organization", "@id": "#org", "name": "Valley Times"},
        {"@type": "Person", "@id": "#p1", "name": "Ada Lund"},
        {"@type": "Person", "@id": "#p2", "name": "Per Dahl"},
        {"@type": "NewsArticle", "headline": "Bridge reopens", "author": [{"@id": "#p1"}, {"@id": "#p2"}],
         "publisher": {"@id": "#org"}, "datePublished": "2024-06-01T09:00:00Z"},
    ]  # fmt: skip
    (article,) = newsparse.load(_ld_page(graph), name="page.html")
    assert article.authors == ("Ada Lund", "Per Dahl")
    assert article.source == "Valley Times"


def test_a_script_inside_a_byline_element_is_not_an_author() -> None:
    byline = '<div class="byline">By Ada Lund<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'
    (article,) = newsparse.load(_ld_page([], byline), name="page.html")
    assert article.authors == ("Ada Lund",)


# --------------------------------------------------------------------------- a byline under the standfirst


@pytest.mark.parametrize(
    ("wrapper", "line", "author", "day"),
    [
        (
            '<div class="field field--name-field-chapo field--type-text-long field__item"><p>{lead}</p></div>',
            "Par <span>Claire Martin</span>, publié le 18/11/2024 - 08:00",
            "Claire Martin",
            "2024-11-18",
        ),
        (
            '<div class="article__dek"><p>{lead}</p></div>',
            "By Jane Roe | Published March 3, 2024",
            "Jane Roe",
            "2024-03-03",
        ),
        ('<div id="standfirst"><p>{lead}</p></div>', "Von Max Muster, 3. März 2024", "Max Muster", "2024-03-03"),
    ],
)
def test_a_byline_printed_under_a_standfirst_paragraph_is_read(
    wrapper: str, line: str, author: str, day: str, backend: str
) -> None:
    """A standfirst marked on the block around its paragraph does not end the look for the byline after it."""
    lead = "The council voted to expand the river park after three years of debate, and work will start in spring."
    body = (
        f"<article><h1>River park grows</h1>{wrapper.format(lead=lead)}"
        f'<footer class="node__meta"><div class="submitted">{line}</div></footer>'
        f'<div class="article-body">{_ps(_STORY * 2)}</div></article>'
    )
    article = _read(_page("River park grows", body))
    assert list(article.authors) == [author]
    assert (article.published or "")[:10] == day
    assert article.subtitle == lead
    assert lead not in (article.body or "")


# --------------------------------------------------------------------------- a caption under its picture, in one <p>


@pytest.mark.parametrize(
    "picture",
    ['<img src="/a.jpg">', '<a href="/a.jpg"><img src="/a-small.jpg"></a>', '<picture><img src="/a.jpg"></picture>'],
)
@pytest.mark.parametrize("caption", ["Residents at the new river park on Sunday.", "老人们在社区食堂就餐。"])
def test_a_short_text_under_a_picture_in_one_paragraph_is_its_caption(picture: str, caption: str, backend: str) -> None:
    body = _story(_ps(_STORY[:2]) + f'<p class="center">{picture}<br>{caption}</p>' + _ps(_STORY[2:]))
    article = _read(_page("River park grows", body))
    assert [c.text for c in article.captions] == [caption]
    assert caption not in (article.body or "")
    assert all(paragraph in (article.body or "") for paragraph in _STORY)


@pytest.mark.parametrize(
    "paragraph",
    [
        '<img class="emoji" src="/flag.png"> Germany won the final on Sunday evening.',  # no break: inline
        f'<img src="/a.jpg"><br>{_STORY[0]} {_STORY[1]}',  # a long text: prose beside a picture
        '<img src="/a.jpg"><br><img src="/b.jpg"> Two pictures',
    ],
)
def test_a_paragraph_that_only_starts_with_a_picture_stays_text(paragraph: str, backend: str) -> None:
    body = _story(_ps(_STORY) + f"<p>{paragraph}</p>")
    article = _read(_page("River park grows", body))
    assert article.captions == ()
    assert paragraph.rsplit(">", 1)[-1].strip() in (article.body or "")


@pytest.mark.parametrize(
    ("picture", "line", "text", "credit"),
    [
        ('<p style="text-align:center"><img src="/a.jpg"></p>', "3月14日，市民在滨江公园散步。记者 李华 摄",
         "3月14日，市民在滨江公园散步。", "记者 李华 摄"),
        ('<div class="pic"><a href="/a.jpg"><img src="/a-small.jpg"></a></div>', "新华社记者 赵强 摄",
         "新华社记者 赵强 摄", None),
        ('<p><img src="/a.jpg"></p>', "The new pier at dawn. Photo: Jane Roe", "The new pier at dawn.",
         "Photo: Jane Roe"),
        ('<p><img src="/a.jpg"></p>', "開通した新しい橋。写真 山田太郎", "開通した新しい橋。", "写真 山田太郎"),
    ],
)  # fmt: skip
def test_a_credited_line_after_a_picture_of_its_own_is_its_caption(
    picture: str, line: str, text: str, credit: str | None, backend: str
) -> None:
    """A picture in a paragraph of its own, and its caption in the next one, naming who took it."""
    body = _story(_ps(_STORY[:2]) + picture + f"<p>{line}</p>" + _ps(_STORY[2:]))
    article = _read(_page("River park grows", body))
    assert [(c.text, c.credit) for c in article.captions] == [(text, credit)]
    assert line not in (article.body or "")
    assert (article.body or "").split("\n\n") == _STORY


@pytest.mark.parametrize(
    "line",
    [
        "The pier was rebuilt after the storm of 2019, and it reopened to anglers and walkers this spring.",
        "Photo editors chose the picture above.",  # a sentence of prose: it ends as one
    ],
)
def test_a_sentence_after_a_picture_of_its_own_stays_text(line: str, backend: str) -> None:
    body = _story(_ps(_STORY[:2]) + '<p><img src="/a.jpg"></p>' + f"<p>{line}</p>" + _ps(_STORY[2:]))
    article = _read(_page("River park grows", body))
    assert article.captions == ()
    assert line in (article.body or "")


# --------------------------------------------------------------------------- the time stamps of live entries


@pytest.mark.parametrize(
    "stamp",
    ['<div class="post-time">18:40</div>', "<time>17:15</time>", '<span class="timestamp">6.40pm</span>',
     '<p class="entry__hora">14h30</p>', '<div class="time-label">10:05 a.m. ET</div>'],
)  # fmt: skip
def test_an_entrys_time_stamp_element_is_no_text(stamp: str, backend: str) -> None:
    entries = "".join(f'<div class="entry">{stamp}<p>{text}</p></div>' for text in _STORY)
    article = _read(_page("River park grows", _story(entries)))
    assert (article.body or "").split("\n\n") == _STORY


def test_a_time_written_as_the_storys_own_heading_stays(backend: str) -> None:
    """A plain paragraph "4:14 p.m." opening a part of a running story ("The Latest") is its text."""
    parts = "".join(
        f"<p>{time}</p><p>{text}</p>" for time, text in zip(["4:14 p.m.", "3:50 p.m."], _STORY[1:], strict=True)
    )
    article = _read(_page("River park grows", _story(f"<p>{_STORY[0]}</p>" + parts)))
    assert "4:14 p.m." in (article.body or "")
    assert "3:50 p.m." in (article.body or "")


# --------------------------------------------------------------------------- a byline printed under the story


@pytest.mark.parametrize(
    ("signature", "author"),
    [
        ('<div style="text-align:right"><b>Автор: Глеб Сазонов</b></div>', "Глеб Сазонов"),
        ("<p><i>Author: Jane Roe</i></p>", "Jane Roe"),
        ("<p>Text: Max Muster</p>", "Max Muster"),
    ],
)
def test_a_byline_under_the_story_is_its_author_and_no_text(signature: str, author: str, backend: str) -> None:
    article = _read(_page("River park grows", _story(_ps(_STORY) + signature)))
    assert list(article.authors) == [author]
    assert (article.body or "").split("\n\n") == _STORY


@pytest.mark.parametrize(
    "last", ["By the end of the year the park will have forty new trees.", "Von der Leyen besucht Kiew"]
)
def test_a_last_paragraph_that_opens_with_a_byline_word_but_names_nobody_stays(last: str, backend: str) -> None:
    article = _read(_page("River park grows", _story(_ps([*_STORY, last]))))
    assert (article.body or "").endswith(last)
    assert list(article.authors) == []


@pytest.mark.parametrize(
    "box",
    [
        '<div class="cta-box"><h3>Want to know more?</h3><p>Book a free energy check with our partner today.</p></div>',
        '<div class="contributions-epic"><h3>Before you move on…</h3><p>Please support our journalism.</p></div>',
        '<aside class="call-to-action"><p>Join our members for full access to every story we publish.</p></aside>',
        '<div class="support-us"><p>We have no billionaire owner. Support us from just £2.</p></div>',
    ],
)
def test_a_call_to_action_box_in_the_story_is_no_text(box: str, backend: str) -> None:
    article = _read(_page("River park grows", _story(_ps(_STORY) + box)))
    assert (article.body or "").split("\n\n") == _STORY


# --------------------------------------------------------------------------- a headline that is no <h1>

_POST = "Villagers build a new bamboo bridge over the river together"


def test_a_blogs_post_title_in_an_h3_is_the_headline_not_the_blogs_name_in_the_h1(backend: str) -> None:
    page = (
        f"<!DOCTYPE html><html><head><title>Kabar Desa: {_POST}</title></head><body>"
        '<header><h1 class="blog-title"><a href="/">Kabar Desa</a></h1><p>News of the village</p></header>'
        f'<div class="post"><h3 class="post-title">{_POST}</h3><div class="post-body">{_ps(_STORY)}</div></div>'
        "</body></html>"
    )
    article = _read(page)
    assert article.title == _POST
    assert (article.body or "").split("\n\n") == _STORY


def test_a_portals_headline_in_an_h2_gives_the_title_and_the_date_beside_it(backend: str) -> None:
    page = (
        f"<!DOCTYPE html><html><head><title>{_POST} : Portal News</title></head><body>"
        f'<div id="ct" role="main"><div class="head"><h2 id="title_area"><span>{_POST}</span></h2>'
        '<div class="info"><span class="term">Published</span><span class="stamp">2026.03.12. 14:05</span></div></div>'
        f'<article id="dic_area">{"<br><br>".join(_STORY)}</article></div></body></html>'
    )
    article = _read(page)
    assert article.title == _POST
    assert (article.published or "")[:10] == "2026-03-12"


# --------------------------------------------------------------------------- the writer's bio closing the story


@pytest.mark.parametrize(
    "end",
    [
        ["Jane Roe covers City Hall for the Example Times. Reach her at jane@example.com."],
        ["About the author", "Jane Roe ist Redakteurin im Ressort Region und berichtet über Kreispolitik."],
        ["Jane Roe est maire de Saint-Aubin.", "Les tribunes publiées n’engagent que leurs auteurs."],
        ["Jane Roe", "Dziennikarka działu Miasto, pisze o zieleni miejskiej i ekologii."],  # an author's box
        ["Jane Roe", "Reporter on the city desk since 2019.", "All stories by this author"],
        ["Have a tip? Jane Roe may be reached at jroe@example.com. Follow her on social media."],  # how to reach her
        ["Email Jane Roe at jroe@example.com or follow her on social media.", "Join our readers' forums."],
        ['Jane Roe\'s book about the river, "Upstream" (Example Press, 2018), is out now. Follow her @janeroe.'],
    ],
)
def test_a_bio_of_the_stories_writer_after_it_leaves_the_body(end: list[str], backend: str) -> None:
    head = '<meta name="author" content="Jane Roe">'
    article = _read(_page("River park grows", _story(_ps([*_STORY, *end])), head))
    assert list(article.authors) == ["Jane Roe"]
    assert (article.body or "").split("\n\n") == _STORY
    assert [d.text for d in article.dropped if d.reason == "author bio"] == end


@pytest.mark.parametrize(
    "end",
    [
        "Readers can send their questions to the council at questions@example.org before the meeting.",
        "In an email sent to Jane Roe, the spokesperson Dana Kim (dkim@city.example) declined to comment.",
        "Jane Roe's prediction: Rovers 2, United 1.",
    ],
)
def test_a_last_paragraph_that_is_no_contact_note_nor_bio_stays(end: str, backend: str) -> None:
    head = '<meta name="author" content="Jane Roe">'
    article = _read(_page("River park grows", _story(_ps([*_STORY, end])), head))
    assert (article.body or "").split("\n\n") == [*_STORY, end]


@pytest.mark.parametrize("line", ["Jane Roe - LONDON", "Jane Roe, Amman", "Amman - Jane Roe", "Jane Roe | Staff"])
def test_a_line_of_the_writers_name_and_a_word_or_two_atop_the_story_leaves_it(line: str, backend: str) -> None:
    head = '<meta name="author" content="Jane Roe">'
    article = _read(_page("River park grows", _story(_ps([line, *_STORY])), head))
    assert (article.body or "").split("\n\n") == _STORY
    assert line in [d.text for d in article.dropped]


@pytest.mark.parametrize(
    "first",
    ["Jane Roe: Why did you open the shop?", "Jane Roe walked the river path.", "Jane Roe and four friends of hers"],
)
def test_a_first_line_naming_the_writer_in_a_sentence_or_with_more_words_stays(first: str, backend: str) -> None:
    head = '<meta name="author" content="Jane Roe">'
    article = _read(_page("River park grows", _story(_ps([first, *_STORY])), head))
    assert (article.body or "").split("\n\n") == [first, *_STORY]


def test_a_print_views_date_line_under_its_lead_and_a_caption_is_its_date(backend: str) -> None:
    """A print view sets the lead, the picture's caption, then the date line, straight in its body."""
    page = (
        "<!DOCTYPE html><html><head><title>River park grows - Print version</title></head><body>"
        '<h1>River park grows</h1><p class="lead">The council backs a plan to double the park along the river.</p>'
        '<img src="/park.jpg"><p class="legenda">The river park seen from the old bridge on Sunday.</p>'
        f'<p class="data">Publicado a 6 de maio de 2026, 18:20</p>{_ps(_STORY)}'
        '<div class="rodape"><p>Impresso em 01/12/2026 13:05 a partir de https://example.pt/park</p>'
        "<p>© 2026 Jornal da Beira. Todos os direitos reservados.</p></div></body></html>"
    )
    article = _read(page)
    assert (article.published or "")[:16] == "2026-05-06T18:20"
    assert (article.body or "").split("\n\n")[-len(_STORY) :] == _STORY
    assert "Publicado a 6 de maio de 2026, 18:20" in [d.text for d in article.dropped]


@pytest.mark.parametrize("word", ["rodape", "pie-de-pagina", "pied-de-page", "fusszeile", "stopka"])
def test_a_footer_named_in_more_languages_is_no_story(word: str, backend: str) -> None:
    footer = (
        f'<div class="{word}"><p>Ficha técnica: Diretor Jorge Matos Lopes, editora executiva Sara Quelhas. Propriedade'
        " de Beira Media, registo 100000, periodicidade semanal, edição online atualizada diariamente.</p></div>"
    )
    page = "<!DOCTYPE html><html><head><title>River park grows</title></head><body><h1>River park grows</h1>"
    article = _read(f"{page}{_ps(_STORY)}{footer}</body></html>")  # a print view: the story's text in the body
    assert (article.body or "").split("\n\n") == _STORY


def test_the_writers_name_alone_closing_the_story_is_no_box(backend: str) -> None:
    """A name alone with no bio under it is a signature (read as a byline), and a name over a long text stays."""
    head = '<meta name="author" content="Jane Roe">'
    long_bio = "Jane Roe has covered the city for years. " * 9
    article = _read(_page("River park grows", _story(_ps([*_STORY, "Jane Roe", long_bio.strip()])), head))
    assert (article.body or "").split("\n\n") == [*_STORY, "Jane Roe", long_bio.strip()]


def test_a_story_paragraph_that_names_its_writer_early_on_stays(backend: str) -> None:
    """Only the last paragraphs are looked at, and a long one is the story's."""
    first = "Jane Roe, who wrote this, walked the new river path on Sunday with the council's planners."
    long_last = "Jane Roe asked the mayor about the budget. " * 8
    head = '<meta name="author" content="Jane Roe">'
    article = _read(_page("River park grows", _story(_ps([first, *_STORY, long_last.strip()])), head))
    assert (article.body or "").split("\n\n") == [first, *_STORY, long_last.strip()]


def test_captions_of_the_storys_article_are_read_when_the_headline_is_outside_it(backend: str) -> None:
    """A portal sets its headline above the story's ``<article>``: that article is the story's, not another one."""
    page = (
        f"<!DOCTYPE html><html><head><title>{_POST}</title></head><body>"
        f'<div id="ct" role="main"><div class="head"><h2 id="title_area">{_POST}</h2></div>'
        '<article id="dic_area"><span class="end_photo"><img src="/a.jpg">'
        '<em class="img_desc">Residents at the new river park on Sunday.</em></span><br><br>'
        f"{'<br><br>'.join(_STORY)}</article></div></body></html>"
    )
    article = _read(page)
    assert [c.text for c in article.captions] == ["Residents at the new river park on Sunday."]
    assert (article.body or "").split("\n\n") == _STORY


def test_a_chrome_line_in_a_captions_place_is_no_caption(backend: str) -> None:
    figure = '<figure><img src="/a.jpg"><figcaption>Advertisement</figcaption></figure>'
    article = _read(_page("River park grows", _story(_ps(_STORY[:1]) + figure + _ps(_STORY[1:]))))
    assert article.captions == ()


# --------------------------------------------------------------------------- a page of several full stories

_OTHER = [
    "A regional bus operator will add night services on four routes from next month, citing demand from shift workers.",
    "The operator said the extra buses would run every forty minutes between midnight and five in the morning.",
    "Unions welcomed the move but said drivers needed better rest areas at the end of the routes, which lack toilets.",
    "The transport authority will review the trial after six months and decide whether to extend it to other areas.",
]


def _full(headline: str, line: str, paragraphs: list[str], end: str = "") -> str:
    return (
        f'<article class="story"><h1>{headline}</h1><div class="dateline">{line}</div>'
        f'<div class="article-body">{_ps(paragraphs)}{end}</div></article>'
    )


@pytest.mark.parametrize("longer", ["page", "next"])
def test_each_story_of_a_page_of_several_loses_its_header_lines(longer: str, backend: str) -> None:
    """Infinite-scroll pages save the next story in full after the page's own: each story's byline and date line
    leave its text, and give the next story its author and date; the page's story is read as on a page of one."""
    own = _STORY * 2 if longer == "page" else _STORY
    page = _page(
        "River park grows",
        _full("River park grows", "By Jane Roe | March 14, 2024", own)
        + '<div class="up-next">Next story</div>'
        + _full("Night buses added", "By Tom Baker | March 13, 2024", _OTHER, "<p>© 2024 The Example Group</p>"),
    )
    first, second = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert (first.title, first.body.split("\n\n")) == ("River park grows", own)
    assert (second.title, second.body.split("\n\n")) == ("Night buses added", _OTHER)
    assert first.authors == ("Jane Roe",)
    assert (first.published or "")[:10] == "2024-03-14"
    if longer == "page":  # the next story is not the main text: its own header lines give its author and date
        assert second.authors == ("Tom Baker",)
        assert (second.published or "")[:10] == "2024-03-13"
    assert "By Tom Baker | March 13, 2024" in [d.text for d in second.dropped]


# --------------------------------------------------------------------------- a kicker above the headline


@pytest.mark.parametrize(
    "kicker",
    ['<span class="label">Gastbeitrag</span>', "<div>Opinion</div>", "<p>Tus derechos · Viajes</p>",
     '<div class="over">学生の活躍</div><div class="over">理学部</div>'],
)  # fmt: skip
def test_short_lines_above_the_headline_leave_the_text(kicker: str, backend: str) -> None:
    body = f'<article>{kicker}<h1>River park grows</h1><div class="article-body">{_ps(_STORY)}</div></article>'
    article = _read(_page("River park grows", body))
    assert (article.body or "").split("\n\n") == _STORY


def test_a_sentence_above_the_headline_stays(backend: str) -> None:
    """Only short lines that are no sentence are a headline's kicker."""
    note = "Editor's note: this story was first published in print."
    body = f'<article><p>{note}</p><h1>River park grows</h1><div class="article-body">{_ps(_STORY)}</div></article>'
    article = _read(_page("River park grows", body))
    assert (article.body or "").split("\n\n") == [note, *_STORY]


# --------------------------------------------------------------------------- tags from the story's rel="tag" links


def test_the_storys_tag_links_are_its_tags_when_no_tags_are_declared(backend: str) -> None:
    links = (
        '<footer class="entry-footer">Tags: <a href="/tag/parks" rel="tag">Parks</a>, '
        '<a href="/tag/council" rel="tag">City council</a> <a href="/c/news" rel="category tag">News</a></footer>'
    )
    cloud = '<aside><a href="/tag/weather" rel="tag">Weather</a></aside>'  # outside the story: not its tag
    article = _read(_page("River park grows", _story(_ps(_STORY), links) + cloud))
    assert article.tags == ("Parks", "City council")
    declared_tag = '<meta property="article:tag" content="Rivers">'
    declared = _read(_page("River park grows", _story(_ps(_STORY), links), declared_tag))
    assert declared.tags == ("Rivers",)


# --------------------------------------------------------------------------- a story's end mark


@pytest.mark.parametrize(
    "mark",
    [
        "###",
        "# # #",
        "-30-",
        "- ENDS -",
        "ENDS",
        "(END)",
        "-TAMAT-",
        "-انتهى-",
        "（完）",
        "انتهای پیام/ ۴۲۱",
        "انتهای پیام",
    ],
)
def test_what_follows_a_storys_end_mark_is_no_story(mark: str, backend: str) -> None:
    """A press release's boilerplate and media contacts after its "###" leave the text with the mark."""
    after = ["About the River Trust", "The River Trust looks after 40 parks in the region since 1987.",
             "Media contact: press@rivertrust.example"]  # fmt: skip
    article = _read(_page("River park grows", _story(_ps([*_STORY, *_MORE, mark, *after]))))
    assert article.body.split("\n\n") == [*_STORY, *_MORE]
    assert {mark, *after} <= {d.text for d in article.dropped}


@pytest.mark.parametrize("cell", ["End", "30", "Fine"])
def test_a_word_alone_in_small_letters_is_no_end_mark(cell: str, backend: str) -> None:
    """A table's cell or a list's item ("End" of a column of times) is no end mark: the story goes on."""
    article = _read(_page("River park grows", _story(_ps([*_STORY, cell, *_MORE]))))
    assert article.body.split("\n\n") == [*_STORY, cell, *_MORE]


def test_a_transcripts_last_turns_by_the_writer_are_no_bio(backend: str) -> None:
    """A speaker's label ("Jane Roe : …") opens a turn of a transcript, not the writer's bio."""
    turns = [f"{who} : {text}" for who, text in zip(["Jane Roe", "Tom Lee", "Jane Roe"], _STORY, strict=True)]
    article = _read(_page("River park grows", _story(_ps(turns)), '<meta name="author" content="Jane Roe">'))
    assert article.body.split("\n\n") == turns


@pytest.mark.parametrize(
    "call",
    [
        "Sign up for our Morning Edition newsletter.",
        "Get the latest updates right in your inbox. Subscribe to our newsletters.",
        "Abonnez-vous à notre newsletter pour recevoir l'essentiel.",
        "Suscríbete al boletín y recibe las noticias del día.",
    ],
)
def test_a_call_to_sign_up_for_the_newsletter_closing_the_story_is_no_text(call: str, backend: str) -> None:
    article = _read(_page("River park grows", _story(_ps([*_STORY, call]))))
    assert article.body.split("\n\n") == _STORY


def test_a_story_paragraph_about_a_newsletter_stays(backend: str) -> None:
    """A sentence of the story that speaks of a newsletter and no sign-up is the story's."""
    line = "The council's newsletter, sent to 40,000 homes, will carry the final plan in March."
    article = _read(_page("River park grows", _story(_ps([*_STORY, line]))))
    assert article.body.split("\n\n") == [*_STORY, line]


_KICKED = "Clinics close wards in six towns"
_REFORM = "".join(f"<p>Part {n}. The ministry said on Tuesday that the reform would close wards.</p>" for n in range(4))


@pytest.mark.parametrize("hidden", ['class="hidden"', 'class="sr-only"', 'style="display: none"'])
def test_a_topic_before_a_hidden_separator_in_the_headline_is_no_part_of_the_title(hidden: str) -> None:
    heading = f'<h1><span class="kicker">Hospital reform</span><span {hidden}>:</span> <span>{_KICKED}</span></h1>'
    assert (
        _read(_page(f"Hospital reform: {_KICKED.lower()}", f"<article>{heading}{_REFORM}</article>")).title == _KICKED
    )


def test_a_headline_with_a_visible_separator_keeps_its_topic() -> None:
    heading = f"<h1><span>Hospital reform</span><span>:</span> <span>{_KICKED}</span></h1>"
    page = _page("News", f"<article>{heading}{_REFORM}</article>")
    assert _read(page).title == f"Hospital reform : {_KICKED}"


@pytest.mark.parametrize("line", ["| With inputs from PTI", "(With inputs from agencies)", "© ANP / Example Foto"])
def test_a_credit_line_atop_the_story_leaves_it(line: str, backend: str) -> None:
    head = '<meta name="author" content="Jane Roe">'
    article = _read(_page("River park grows", _story(_ps([line, *_STORY])), head))
    assert (article.body or "").split("\n\n") == _STORY
    assert line in [d.text for d in article.dropped]


def test_a_first_sentence_that_opens_like_a_credit_stays(backend: str) -> None:
    first = "With inputs from experts, the council drew up a plan."
    article = _read(_page("River park grows", _story(_ps([first, *_STORY])), '<meta name="author" content="Jane Roe">'))
    assert (article.body or "").split("\n\n") == [first, *_STORY]


_PT = (
    "A prefeitura anunciou nesta segunda-feira que a frota de ônibus da cidade será reduzida em um terço a partir "
    "de março, e os moradores das regiões mais distantes do centro dizem que já esperam mais de uma hora nos pontos."
)


@pytest.mark.parametrize(
    ("lang", "paragraphs", "expected"),
    [
        ("en", [_PT] * 4, "pt"),  # a platform's own language over a post in Portuguese
        ("pt-BR", [_PT] * 4, "pt-BR"),  # declared and written alike
        ("en", [_PT], "en"),  # too short to contradict what the page says
        ("en", [*_STORY, _PT], "en"),  # a quote in another language inside an English story
    ],
)
def test_a_declared_language_the_text_clearly_contradicts_is_corrected(
    lang: str, paragraphs: list[str], expected: str, backend: str
) -> None:
    page = _page("River park grows", _story(_ps(paragraphs)), lang=lang)
    article = _read(page)
    assert article.language == expected
    assert ("language-detected" in {r.code for r in article.provenance.repairs}) == (expected != lang)


def test_a_deck_holding_the_search_title_does_not_replace_the_storys_headline(backend: str) -> None:
    body = (
        "<article><h1>After a decade of campaigning, the river park grows by twelve acres</h1>"
        "<h2 class='standfirst'>River park grows after years of lobbying by the residents of the valley</h2>"
        f"<div class='article-body'>{_ps(_STORY)}</div></article>"
    )
    assert _read(_page("River park grows", body)).title == (
        "After a decade of campaigning, the river park grows by twelve acres"
    )


def test_a_todays_date_bar_above_the_story_is_no_publication_date(backend: str) -> None:
    body = (
        "<div class='topbar'><span class='today'>Wednesday, December 2, 2026</span></div>"
        f"<main><div class='story'>{_story(_ps(_STORY))}</div></main>"
    )
    assert _read(_page("River park grows", body)).published is None


_DE = (
    "Der Stadtrat hat am Dienstag beschlossen, den Park am Fluss zu erweitern, und die Arbeiten sollen im Frühjahr "
    "beginnen, wenn der Haushalt von der Regierung des Landes genehmigt ist und die Anwohner zugestimmt haben."
)


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        ("de", [f"„{' '.join(_STORY * 2)}“", *[_DE] * 4]),  # a long English quote opening a German story
        (
            "en",
            ["Mae Cyngor Sir Gâr wedi cytuno i ehangu parc yr afon, ac fe fydd y gwaith yn dechrau yn y gwanwyn."] * 6,
        ),
    ],
)
def test_a_declared_language_stays_when_the_text_does_not_clearly_contradict_it(
    lang: str, paragraphs: list[str], backend: str
) -> None:
    assert _read(_page("River park grows", _story(_ps(paragraphs)), lang=lang)).language == lang


# --------------------------------------------------------------------------- stories told in other shapes

_SLIDES = [
    "Sunrise over the river bend: shortly after seven the first pickers are already on the slope, which is as steep "
    "as sixty degrees in places.",
    "The family's grandfather handed the estate to his daughter twelve years ago but still comes out every day of "
    "the harvest to show where the best grapes hang.",
    "A small rail with a motor pulls the tubs of grapes up the hill; before it was built, everything was carried "
    "down on the pickers' backs in wooden baskets.",
    "About twenty helpers work through the busiest weeks, many of them returning every year from the same villages "
    "and joined by students from the nearby university.",
    "A night frost in the middle of October damaged part of the crop in the lower rows, and the spoiled bunches are "
    "sorted out by hand before they reach the press.",
    "The press runs until after midnight, and the juice goes into the old oak barrels the same evening, where it "
    "ferments slowly without any added yeast.",
]


def _slide(number: int, total: int, text: str, holder: str) -> str:
    return (
        f'<div class="{holder}-item"><figure><img src="/img/{number}.jpg" alt="">'
        f'<figcaption class="{holder}__caption"><span class="{holder}__counter">{number} / {total}</span>'
        f'<p class="{holder}__text">{text}</p><span class="{holder}__credit">Photo: Hanna Berg / The Ledger</span>'
        f'</figcaption></figure><div class="{holder}__share"><button>Share</button></div></div>'
    )


@pytest.mark.parametrize("holder", ["gallery-slide", "slideshow", "carousel-item", "photo-gallery"])
@pytest.mark.parametrize("count", [3, 4, 6])
def test_a_photo_gallerys_story_is_its_slides_captions(holder: str, count: int, backend: str) -> None:
    """A gallery page's text is its slides' captions, in order, without counters and credits (no caption beside it);
    a cookie banner's paragraph is never its story."""
    slides = "".join(_slide(n + 1, count, text, holder) for n, text in enumerate(_SLIDES[:count]))
    banner = (
        '<div id="consent-host" class="sp-cmp"><h2>We need your consent</h2><p>We and our partners use cookies and '
        "similar technologies to personalise content and advertising and to analyse our traffic.</p>"
        "<button>Accept and continue</button></div>"
    )
    body = (
        f'{banner}<main><article><header class="gallery-intro"><h2>Harvest on the steep slope</h2><p class="teaser">'
        'A week with a family of wine growers.</p></header><div class="gallery-slider">'
        f"{slides}</div></article></main>"
    )
    article = _read(_page("Harvest on the steep slope", body))
    assert article.body.split("\n\n")[-count:] == _SLIDES[:count]
    assert all(noise not in article.body for noise in ("cookies", "Photo:", "/ "))
    assert not {caption.text for caption in article.captions} & set(_SLIDES)


def test_a_storys_pictures_with_long_captions_keep_their_captions_apart(backend: str) -> None:
    """A story with more text of its own than its pictures' captions is no gallery: the captions stay captions."""
    figures = _figures(_SLIDES[:3])
    story = [*_STORY, *_OTHER] * 2
    article = _read(_page("River park grows", f"<article><h1>River park grows</h1>{figures}{_ps(story)}</article>"))
    assert article.body.split("\n\n") == story
    assert [caption.text for caption in article.captions] == _SLIDES[:3]


def test_a_live_blogs_entry_headings_in_their_headers_are_its_text(backend: str) -> None:
    """Each entry's <header> holds its time (no text) and its heading (text), as live blogs set them."""
    entries = "".join(
        f'<div class="block"><header class="block-header"><a href="#b{n}" class="block-time"><time>1{n}.05 GMT'
        f'</time></a><h2 class="block-title">Update heading {n}</h2></header><div class="block-body"><p>{text}</p>'
        "</div></div>"
        for n, text in enumerate(_OTHER)
    )
    ld = '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Night buses live"}</script>'
    page = _page(
        "Night buses live", f'<article><h1>Night buses live</h1><div class="live-blog">{entries}</div></article>', ld
    )
    article = _read(page)
    assert article.body.split("\n\n") == [
        line for n, text in enumerate(_OTHER) for line in (f"Update heading {n}", text)
    ]


@pytest.mark.parametrize(("same", "stories"), [(True, 2), (False, 1)])
def test_a_short_next_story_in_the_same_template_is_a_story_of_its_own(same: bool, stories: int, backend: str) -> None:
    """A page saved as its reader scrolled holds the next story in the same template: a story however short (two
    paragraphs, a heading that links nowhere). A short <article> in another template beside the story is a teaser,
    and so is a related post's card in the same template (see the next test)."""
    short = _OTHER[:2]
    cls = "news-full" if same else "news-teaser"
    page = _page(
        "River park grows",
        f'<div class="scroll"><article class="news-full"><h1>River park grows</h1><div class="text">'
        f"{_ps(_STORY * 3)}</div></article><div class='next'>Next story</div><article class='{cls}'>"
        f"<h2>Night buses added</h2><div class='text'>{_ps(short)}</div></article></div>",
    )
    articles = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert len(articles) == stories
    assert articles[0].body.split("\n\n") == _STORY * 3
    if same:
        assert (articles[1].title, articles[1].body.split("\n\n")) == ("Night buses added", short)


def test_related_posts_cards_in_the_story_s_template_are_teasers(backend: str) -> None:
    """A theme renders its related posts as <article> elements of the post's classes: a linked heading, an excerpt."""
    cards = "".join(
        f'<article class="post type-post"><h2><a href="/p{n}">Other story {n}</a></h2><p>{_OTHER[n]}</p></article>'
        for n in range(2)
    )
    page = _page(
        "River park grows",
        f'<div class="posts"><article class="post type-post"><h1>River park grows</h1><div class="entry-content">'
        f"{_ps(_STORY * 3)}</div></article>{cards}</div>",
    )
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert article.body.split("\n\n") == _STORY * 3


@pytest.mark.parametrize("place", ["Dodoma", "Kilosa"])
def test_a_word_after_the_writers_name_that_is_a_part_of_the_breadcrumb_trail_is_a_place(
    place: str, backend: str
) -> None:
    """ "Mwandishi: Halima Mkwawa, Dodoma" under "Mwanzo » Mikoani » Dodoma": the region the site files it in."""
    body = (
        f'<div class="content"><div class="crumbs"><a href="/">Home</a> » <a href="/regions">Regions</a> » {place}'
        f'</div><h1>River park grows</h1><div class="byline">By Halima Mkwawa, {place}</div>{_ps(_STORY)}</div>'
    )
    assert _read(_page("River park grows", body)).authors == ("Halima Mkwawa",)


def _figures(captions: list[str]) -> str:
    """Pictures with their captions, one figure each."""
    return "".join(
        f'<figure><img src="/p{n}.jpg" alt=""><figcaption>{text}</figcaption></figure>'
        for n, text in enumerate(captions)
    )


def test_a_rail_of_other_pictures_under_a_short_story_is_no_gallery(backend: str) -> None:
    """A story of its own paragraphs, its headline in an <h1>, and a rail of pictures with long captions under it."""
    rail = _figures(_SLIDES[:4])
    body = (
        f'<main><h1>River park grows</h1><div class="story">{_ps(_STORY[:2])}</div><section class="picture-grid">'
        f"<h2>Picture this</h2>{rail}</section></main>"
    )
    article = _read(_page("River park grows", body))
    assert article.body.split("\n\n") == _STORY[:2]


def test_a_short_reviews_product_pictures_keep_their_captions_apart(backend: str) -> None:
    """Two paragraphs of a review beside four pictures with long captions: a story with its pictures."""
    figures = _figures(_SLIDES[:4])
    body = (
        f'<article><h1>River park grows</h1><div class="review-body">{_ps(_STORY[:2])}</div>'
        f'<div class="product-images">{figures}</div></article>'
    )
    article = _read(_page("River park grows", body))
    assert article.body.split("\n\n") == _STORY[:2]
    assert [caption.text for caption in article.captions] == _SLIDES[:4]


def test_a_gallerys_slides_without_counters_or_credits_are_its_text(backend: str) -> None:
    slides = "".join(
        f'<figure class="slide"><img src="/{n}.jpg" alt=""><figcaption>{text}</figcaption></figure>'
        for n, text in enumerate(_SLIDES)
    )
    body = (
        '<article><h1>In pictures: the harvest</h1><p class="standfirst">A week on the slope.</p>'
        f'<div class="gallery">{slides}</div></article>'
    )
    article = _read(_page("In pictures: the harvest", body))
    assert article.body.split("\n\n")[-len(_SLIDES) :] == _SLIDES


def test_a_captions_gallery_buttons_are_neither_its_text_nor_its_credit(backend: str) -> None:
    caption = (
        f'<figcaption><span class="caption-text">{_SLIDES[0]}</span> <a class="gallery-link" href="/g">View gallery '
        '(24 photos)</a> <span class="carousel-counter">1/24</span></figcaption>'
    )
    body = (
        f'<article><h1>River park grows</h1><figure><img src="/a.jpg" alt="">{caption}</figure>{_ps(_STORY)}</article>'
    )
    (caption_read,) = _read(_page("River park grows", body)).captions
    assert (caption_read.text, caption_read.credit) == (_SLIDES[0], None)


def test_a_live_entrys_writer_time_and_label_in_its_header_are_no_text(backend: str) -> None:
    headers = [
        '<h4 class="entry-author">Daniel Park</h4>',
        "<h3>9:40 a.m.</h3>",
        "<h4>Pinned</h4>",
        '<h3 class="byline">Maria Gonzalez</h3>',
    ]
    entries = "".join(
        f'<div class="entry"><header><time>1{n}:05</time>{header}</header><p>{text}</p></div>'
        for n, (header, text) in enumerate(zip(headers, _OTHER, strict=True))
    )
    ld = '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Night buses live"}</script>'
    page = _page(
        "Night buses live", f'<article><h1>Night buses live</h1><div class="feed">{entries}</div></article>', ld
    )
    assert _read(page).body.split("\n\n") == _OTHER


@pytest.mark.parametrize(
    ("heading", "stories"),
    [
        ("<h1>Night buses added</h1>", 2),
        ('<h1><a href="/b">Night buses added</a></h1>', 1),
        ("<h3>Night buses added</h3>", 1),
    ],
)
def test_a_short_next_story_with_an_h1_of_its_own_is_a_story_of_its_own(
    heading: str, stories: int, backend: str
) -> None:
    """The next story loaded as the reader scrolled, in a template of its own ("b-article--next"): its own <h1>,
    linking nowhere, over two paragraphs. A card's linked or smaller heading makes no story."""
    page = _page(
        "River park grows",
        f'<main><article class="b-article"><h1>River park grows</h1><div class="text">{_ps(_STORY * 3)}</div>'
        f'</article><article class="b-article b-article--next">{heading}<div class="text">{_ps(_OTHER[:2])}</div>'
        "</article></main>",
    )
    articles = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert len(articles) == stories
    assert articles[0].body.split("\n\n") == _STORY * 3


def test_a_reviews_header_with_its_stars_is_no_rating_box_and_keeps_its_standfirst(backend: str) -> None:
    """The header names the reviewed product and shows its stars beside the headline: it is the story's header,
    and the standfirst in it is the subtitle (a rating box sits beside the story, holding no headline)."""
    ld = (
        '<script type="application/ld+json">{"@type": "Review", "itemReviewed": {"@type": "Product", "name": '
        '"Vantor Aero 14"}, "reviewRating": {"@type": "Rating", "ratingValue": "4.5", "bestRating": "5"}}</script>'
    )
    lead = "Light, quiet and with a battery that lasts all day: the Vantor Aero 14 is made for people on the road."
    page = _page(
        "Vantor Aero 14 review",
        f'<article><header class="a-header"><h1>Vantor Aero 14 review: light and long-lasting</h1><p class="a-lead">'
        f'{lead}</p><div class="a-rating">★★★★☆ 4.5</div></header><div class="a-body">{_ps(_STORY)}</div></article>',
        ld,
    )
    article = _read(page)
    assert article.subtitle == lead
    assert article.body.split("\n\n")[-len(_STORY) :] == _STORY


@pytest.mark.parametrize("cls", ["news-detail-preview", "detail-preview", "article-preview-text"])
def test_a_preview_text_under_the_headline_is_the_standfirst(cls: str, backend: str) -> None:
    """1C-Bitrix prints a story's preview text (its lead) under the headline in a "news-detail-preview" block."""
    lead = "The first boat leaves the pier on 1 June; a ticket costs 60 roubles and pupils ride free all summer."
    body = f'<div class="news-detail"><h1>River park grows</h1><div class="{cls}"><b>{lead}</b></div>'
    body += f'<div class="news-detail-text">{_ps(_STORY)}</div></div>'
    article = _read(_page("River park grows", body))
    assert article.subtitle == lead
    assert article.body.split("\n\n")[-len(_STORY) :] == _STORY


@pytest.mark.parametrize("label", ["Key points", "What we know"])
def test_a_live_blogs_summary_box_over_its_entries_is_read_with_them_and_its_list_of_links_is_not(label: str) -> None:
    """The writers' summary above a live blog's entries is the story's; the "Key events" links to entries are not."""
    from newsparse import _htmlblocks

    points = "".join(f"<li>{text}</li>" for text in _STORY)
    events = "".join(f'<li><a href="#e{n}">1{n}:05 Update heading number {n} of the day</a></li>' for n in range(8))
    entries = "".join(f'<div class="entry" id="e{n}"><p>{text}</p></div>' for n, text in enumerate(_OTHER))
    page = (
        f'<html><body><article><h1>Night buses live</h1><section class="summary-box"><h2>{label}</h2><ul>{points}'
        f'</ul></section><div class="events"><h3>Key events</h3><ul>{events}</ul></div><div class="feed">{entries}'
        "</div></article></body></html>"
    )
    tree = _pagetree.build(page)
    blocks = _htmlblocks.measure(tree, live=True)
    feed = next(node for node in tree.order if node.attrs.get("class") == ["feed"])
    roots = _htmlblocks.live_summary([feed], blocks, tree.order)
    assert [node.attrs.get("class") for node in roots] == [["summary-box"], ["feed"]]


@pytest.mark.parametrize(
    ("follower", "stories"),
    [
        ('<div class="nextStory"><h1>Night buses added on four routes</h1>{text}</div>', 2),
        ('<section class="news-detail"><h1>Night buses added on four routes</h1>{text}</section>', 2),
        ('<section class="tile-hub"><h1><img src="/related.svg" alt=""></h1>{text}</section>', 1),  # a picture
        ('<div class="more"><h1><a href="/b">Night buses added on four routes</a></h1>{text}</div>', 1),  # linked
    ],
)
def test_a_next_story_saved_under_the_first_in_a_block_of_its_own_is_an_article(
    follower: str, stories: int, backend: str
) -> None:
    """Infinite scroll without <article> elements: the block after the story's with an <h1> of its own (the story's
    block closes with its tags and a call to get the app, as it does above each story of the scroll)."""
    tags = '<div class="tagsBox">Tags: ' + " ".join(f'<a href="/t/{n}">tag number {n}</a>' for n in range(6)) + "</div>"
    app = '<div class="appCta">Get the latest news on the go. <a href="/app">Download our app</a></div>'
    page = _page(
        "River park grows",
        f'<div class="content"><div class="storyWrap"><h1>River park grows</h1><div class="articleBody">'
        f"{_ps(_STORY * 3)}</div>{tags}{app}</div>"
        '<div class="loader">Next Story</div>' + follower.format(text=_ps(_OTHER[:2])) + "</div>",
    )
    articles = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert len(articles) == stories
    assert articles[0].body.split("\n\n") == _STORY * 3
    if stories == 2:
        assert (articles[1].title, articles[1].body.split("\n\n")) == ("Night buses added on four routes", _OTHER[:2])


def test_a_deck_under_a_video_players_labels_leaves_the_body_with_the_header_line_under_it(backend: str) -> None:
    """A broadcaster's story opens with its video's labels, then the headline, the deck and the info line: the deck
    is the subtitle, and the info line under it is a header line."""
    body = (
        '<article><div class="detail-video"><button class="play">Watch</button><span class="duration">01:46</span>'
        '<p class="video-title">Families leave their homes</p></div><h1>River park grows</h1>'
        f'<h2 class="news-spot">{_DECK}</h2><div class="news-info"><span class="source">Jane Roe / Springfield</span>'
        ' <span class="update">Updated: 29.11.2026 16:03</span></div>'
        f'<div class="news-content">{_ps(_STORY)}</div></article>'
    )
    article = _read(_page("River park grows", body))
    assert article.subtitle == _DECK
    assert article.body.split("\n\n") == _STORY
