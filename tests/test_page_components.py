"""Pages whose components name themselves in data attributes, and captions whose credit is in brackets.

React and design-system sites generate their class names ("css-1q2w3e", "sc-bdVaJa"): the only words that say
what a block is are in attributes such as ``data-component="byline-block"``, ``data-testid="share-tools"`` or
``data-qa="author-name"``. Those words count as class names. Each page is built here from its parts (a headline,
a standfirst, a byline, a date, the story's paragraphs, and the noise around them), so the expected fields are the
ones put into it, whichever attribute and spelling names the parts.
"""

from __future__ import annotations

import html

import pytest

import newsparse

_HEADLINE = "Harbour authority approves night dredging after two years of delays"
_STANDFIRST = "Residents near the quay had asked for daytime work only; the board says the tides leave no choice"
_WRITER = "Maren Holt"
_PARAGRAPHS = [
    "The harbour authority voted on Tuesday to allow dredging crews to work through the night from January, "
    "ending a dispute with residents that had held up the deepening of the main channel since 2023.",
    "Board members said the new schedule was the only way to finish the work before the spring shipping season, "
    "when container traffic through the port doubles and the channel cannot be closed for long.",
    "Residents of the old quay district, who had collected more than two thousand signatures against night work, "
    "said they would ask the city council to review the decision at its next meeting.",
    "The authority promised to measure noise at four points along the quay and to stop work on any night when "
    "the readings pass the limits set in the original permit.",
]
_NOISE = {
    "share": "Share this article Facebook X Email",
    "related": "Most read: Ferry timetable changes from Monday",
    "tags": "Topics Harbour Dredging Port",
}


def _named(attribute: str, name: str) -> str:
    return f'{attribute}="{html.escape(name)}"'


def _page(attribute: str, names: dict[str, str]) -> str:
    """A React-style page: hashed class names everywhere, each part named only in ``attribute``."""
    paragraphs = [f"<p class='css-{k}x9'>{html.escape(p)}</p>" for k, p in enumerate(_PARAGRAPHS)]
    half = len(paragraphs) // 2
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(_HEADLINE)} - Coastal Courier</title></head><body>"
        f"<header class='css-a1b2'><a href='/'>Coastal Courier</a></header>"
        "<main class='css-m3n4'><article class='css-q5r6'>"
        f"<h1 class='css-h7' {_named(attribute, names['headline'])}>{html.escape(_HEADLINE)}</h1>"
        f"<div class='css-s8' {_named(attribute, names['standfirst'])}><p class='css-s9'>{_STANDFIRST}</p></div>"
        f"<div class='css-b1' {_named(attribute, names['byline'])}><span class='css-b2'>{_WRITER}</span>"
        "<span class='css-b3'>Harbour reporter</span></div>"
        f"<div class='css-t1' {_named(attribute, names['time'])}>Published 3 March 2026</div>"
        f"<div class='css-x1' {_named(attribute, names['share'])}><span>Share this article</span> "
        "<button>Facebook</button> <button>X</button> <button>Email</button></div>"
        f"<div class='css-body'>{''.join(paragraphs[:half])}"
        f"<div class='css-r1' {_named(attribute, names['related'])}><span>Most read:</span> "
        "<span>Ferry timetable changes from Monday</span></div>"
        f"{''.join(paragraphs[half:])}</div>"
        f"<div class='css-g1' {_named(attribute, names['tags'])}><span>Topics</span> <span>Harbour</span> "
        "<span>Dredging</span> <span>Port</span></div>"
        "</article></main><footer class='css-f1'>© 2026 Coastal Courier</footer></body></html>"
    )


_DASHED = {
    "headline": "headline-block",
    "standfirst": "standfirst",
    "byline": "byline-block",
    "time": "timestamp",
    "share": "share-tools",
    "related": "most-read",
    "tags": "tag-list",
}
_CAMEL = {
    "headline": "articleHeadline",
    "standfirst": "articleStandfirst",
    "byline": "articleByline",
    "time": "publishedTimestamp",
    "share": "shareBar",
    "related": "mostRead",
    "tags": "tagList",
}


@pytest.mark.parametrize("names", [_DASHED, _CAMEL], ids=["dashed", "camelCase"])
@pytest.mark.parametrize("attribute", ["data-component", "data-testid", "data-qa", "data-test-id", "data-module"])
def test_parts_named_only_in_data_attributes_are_read_as_their_class_names_say(
    attribute: str, names: dict[str, str], backend: str
) -> None:
    (article,) = newsparse.load(_page(attribute, names).encode(), name="page.html", detector="html-page")
    assert article.title == _HEADLINE
    assert article.authors == (_WRITER,)
    assert article.subtitle == _STANDFIRST
    assert (article.published or "")[:10] == "2026-03-03"
    assert all(paragraph in article.body for paragraph in _PARAGRAPHS)
    for noise in _NOISE.values():
        assert noise not in article.body
    for part in ("Share this article", "Most read", "Topics", "Harbour reporter", "Published 3 March"):
        assert part not in article.body


def test_an_attribute_that_names_no_part_changes_nothing(backend: str) -> None:
    """A data attribute outside the naming ones ("data-type") is no class name: the share bar stays unnamed."""
    names = dict.fromkeys(_DASHED, "x")
    plain = newsparse.load(_page("data-type", _DASHED).encode(), name="page.html", detector="html-page")[0]
    unnamed = newsparse.load(_page("data-component", names).encode(), name="page.html", detector="html-page")[0]
    assert plain.body == unnamed.body
    assert plain.authors == unnamed.authors


def _figure(caption: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in _PARAGRAPHS)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour</title></head><body><article>"
        f"<h1>{html.escape(_HEADLINE)}</h1><figure><img src='/q.jpg' alt=''><figcaption>{caption}</figcaption>"
        f"</figure>{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        (
            "The quay at low tide on Monday. <span class='credit'>(Lena Fisk/Coastal Courier)</span>",
            "The quay at low tide on Monday.",
            "Lena Fisk/Coastal Courier",
        ),
        (
            "The quay at low tide on Monday. <span class='credit'>(Image credit: Port Authority)</span>",
            "The quay at low tide on Monday.",
            "Port Authority",
        ),
        ("The quay at low tide on Monday. (Photo credit: Lena Fisk)", "The quay at low tide on Monday.", "Lena Fisk"),
        (
            "The quay at low tide. <span class='credit'>(Lena Fisk) and (Ole Berg)</span>",
            "The quay at low tide.",
            "(Lena Fisk) and (Ole Berg)",
        ),
    ],
)
def test_a_credit_in_brackets_of_its_own_loses_them(caption: str, text: str, credit: str, backend: str) -> None:
    (article,) = newsparse.load(_figure(caption).encode(), name="page.html", detector="html-page")
    assert [(c.text, c.credit) for c in article.captions] == [(text, credit)]


# -- chrome words after a block's prefix ("b-author-bio", "c-article__disclaimer") ------------------------------

_BIO = (
    "Maren Holt has covered the port and the coast for the Courier since 2015. She studied marine engineering in "
    "Bergen and worked for a shipping register before she turned to journalism."
)
_DISCLAIMER = "Opinion pieces reflect the views of their authors and not necessarily those of the Coastal Courier."


def _bio_page(bio_class: str, note_class: str, wrapper: str = "c-article") -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in _PARAGRAPHS)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour</title></head><body>"
        f"<article class='{wrapper}'><h1>{html.escape(_HEADLINE)}</h1><div class='c-article__body'>{paragraphs}</div>"
        f"<div class='{note_class}'><p>{_DISCLAIMER}</p></div>"
        f"<section class='{bio_class}'><p class='{bio_class}__name'>{_WRITER}</p><div class='{bio_class}__text'>"
        f"<p>{_BIO}</p></div></section></article></body></html>"
    )


@pytest.mark.parametrize(
    ("bio_class", "note_class"),
    [
        ("b-author-bio", "b-article__disclaimer"),
        ("o-author-box", "c-disclaimer"),
        ("tdb-about-author", "article-disclaimer"),
        ("jeg-author-bio", "post-disclaimer-note"),
    ],
)
def test_an_author_bio_or_a_disclaimer_under_a_blocks_prefix_leaves_the_text(
    bio_class: str, note_class: str, backend: str
) -> None:
    (article,) = newsparse.load(_bio_page(bio_class, note_class).encode(), name="page.html", detector="html-page")
    assert article.body == "\n\n".join(_PARAGRAPHS)
    left_out = " ".join(dropped.text for dropped in article.dropped)
    assert _BIO in left_out
    assert _DISCLAIMER in left_out


def test_a_story_wrapper_named_for_its_author_box_layout_keeps_its_text(backend: str) -> None:
    """A layout word before the chrome word ("with-author-bio") names the story's wrapper, not the box."""
    page = _bio_page("b-author-bio", "b-article__disclaimer", wrapper="layout-with-author-bio")
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert all(paragraph in article.body for paragraph in _PARAGRAPHS)


def _boxed_page(box: str) -> str:
    """A story with ``box`` between its paragraphs."""
    paragraphs = [f"<p>{html.escape(p)}</p>" for p in _PARAGRAPHS]
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(_HEADLINE)}</title></head><body><main><article><h1>{html.escape(_HEADLINE)}</h1>"
        f"<div class='article-body'>{''.join(paragraphs[:2])}{box}{''.join(paragraphs[2:])}</div>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("box", "words"),
    [
        ("<div data-component='AppDownload'><p>Read the latest news first: download our app</p></div>",
         "download our app"),
        ("<div class='ts-mediaplayer-audio'><span>Audio: Residents react to the vote</span><span>Audio 2:11 min"
         "</span></div>", "Audio 2:11"),
        ("<div class='video-player'><p>Video duration: 2 minutes 14 seconds</p><p>Watch again</p></div>",
         "Video duration"),
    ],
)  # fmt: skip
def test_an_app_promotion_or_a_players_labels_inside_the_story_leave_its_text(
    box: str, words: str, backend: str
) -> None:
    (article,) = newsparse.load(_boxed_page(box).encode(), name="page.html", detector="html-page")
    assert words not in article.body
    assert all(paragraph in article.body for paragraph in _PARAGRAPHS)


@pytest.mark.parametrize(
    "box",
    [
        "<div class='c-media-player'><audio></audio><div class='c-media-player__transcript'><h2>Transcript</h2>{}"
        "</div></div>",
        "<div class='videoplayer-wrapper'><video></video>{}</div>",
    ],
)
def test_the_storys_own_text_in_a_players_box_stays(box: str, backend: str) -> None:
    """A transcript or a summary in the player's box is the story's (a player's own text is a few labels)."""
    inside = "".join(f"<p>{html.escape(p)}</p>" for p in _PARAGRAPHS[:2])
    page = _boxed_page("").replace("".join(f"<p>{html.escape(p)}</p>" for p in _PARAGRAPHS[:2]), box.format(inside))
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert all(paragraph in article.body for paragraph in _PARAGRAPHS)


def test_a_video_figures_caption_is_a_caption(backend: str) -> None:
    box = (
        "<figure class='video-player'><video></video><figcaption>The harbour seen from the ferry terminal. Photo: "
        "Jane Roe</figcaption></figure>"
    )
    (article,) = newsparse.load(_boxed_page(box).encode(), name="page.html", detector="html-page")
    assert any("ferry terminal" in caption.text for caption in article.captions)


@pytest.mark.parametrize("box", ["live-updates-box", "livebox", "c-live-box"])
def test_a_live_blogs_entries_in_a_box_of_updates_stay_its_text(box: str, backend: str) -> None:
    entries = "".join(
        f"<div class='live-entry'><time>{10 + k}:00</time><h3>Update {k}</h3><p>{html.escape(p)}</p></div>"
        for k, p in enumerate(_PARAGRAPHS)
    )
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Live: harbour vote</title></head><body>"
        "<nav>" + "".join(f"<a href='/s{k}'>Section number {k}</a>" for k in range(30)) + "</nav><main><article>"
        f"<h1>Live: harbour vote</h1><p class='intro'>Follow our live coverage of the vote.</p><div class='{box}'>"
        f"{entries}</div></article></main><footer>"
        + "".join(f"<a href='/f{k}'>Footer link {k}</a>" for k in range(40))
        + "</footer></body></html>"
    )
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert all(paragraph in article.body for paragraph in _PARAGRAPHS)


def test_a_storys_own_live_updates_stay_its_text(backend: str) -> None:
    """A story whose own timeline of updates is a "live-updates" block: its entries are the story."""
    entries = "".join(
        f"<div class='live-update'><time>{10 + k}:00</time><p>{html.escape(p)}</p></div>"
        for k, p in enumerate(_PARAGRAPHS[2:])
    )
    box = f"<h2>Minute by minute</h2><div class='live-updates'>{entries}</div>"
    (article,) = newsparse.load(_boxed_page(box).encode(), name="page.html", detector="html-page")
    assert all(paragraph in article.body for paragraph in _PARAGRAPHS)


def test_a_video_pages_short_description_in_the_players_box_is_its_text(backend: str) -> None:
    description = "Waves topped the sea wall on Sunday night, flooding the promenade."
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Storm surge floods seafront - Video | "
        "Coast News</title></head><body><main><div class='video-page'><h1>Storm surge floods seafront</h1>"
        "<section class='media-player'><div class='player-embed'><iframe src='https://example.com/v'></iframe></div>"
        f"<p class='desc'>{description}</p></section><div class='meta'>3 November 2024</div></div></main>"
        "</body></html>"
    )
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert description in article.body
    assert article.title == "Storm surge floods seafront"
