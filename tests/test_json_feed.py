"""The json-feed detector: JSON Feed 1.0 and 1.1, item by item. Every feed is written inline for its test."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.detectors.json.json_feed import JsonFeedDetector

from .strategies import sentences

V11 = "https://jsonfeed.org/version/1.1"
_LETTERS = st.characters(whitelist_categories=("L", "N", "Zs", "Pd", "Pi", "Pf"))
_TITLES = st.text(alphabet=_LETTERS, min_size=1, max_size=40).filter(str.strip)


def _feed(*items: Any, version: str = V11, **feed: Any) -> str:
    return json.dumps({"version": version, "title": "Coast Courier", **feed, "items": list(items)})


def _parse(text: str) -> newsparse.Result:
    return newsparse.parse(text.encode("utf-8"))


def _codes(result: newsparse.Result) -> set[str]:
    return {p.code for p in result.problems} | {p.code for a in result.articles for p in a.problems}


@pytest.mark.parametrize(
    ("head", "score"),
    [
        (_feed({"id": "1", "content_text": "x"}), 0.97),
        (_feed({"id": "1", "content_text": "x"}, version="https://jsonfeed.org/version/1"), 0.97),
        ('  \n{"version":"http://jsonfeed.org/version/1","items":[]}', 0.97),
        ('{"title": "A", "items": [{"id": 1}]}', 0.0),
        ('[{"version": "https://jsonfeed.org/version/1.1"}]', 0.0),
        ("<rss><channel/></rss>", 0.0),
    ],
)
def test_sniff(head: str, score: float) -> None:
    assert JsonFeedDetector().sniff(head) == score


def test_a_full_item_gives_every_field() -> None:
    item = {
        "id": "https://coast.example/a",
        "url": "https://coast.example/a",
        "title": "Lighthouse &amp; <b>keeper</b>",
        "content_html": "<p>Forty years.</p><p onclick='x()'>Automatic now.</p><script>track()</script>",
        "summary": "She retires.",
        "date_published": "2024-03-01T07:00:00Z",
        "date_modified": "2024-03-02T07:00:00Z",
        "authors": [{"name": "Eva <i>Dahl</i>"}, {"url": "https://no-name.example"}],
        "tags": ["Island", "People", "Island"],
        "image": "https://coast.example/lamp.jpg",
        "language": "en-GB",
    }
    (article,) = _parse(_feed(item)).articles
    assert article.title == "Lighthouse & keeper"
    assert article.body == "Forty years.\n\nAutomatic now."
    assert article.subtitle == "She retires."
    assert article.id == "https://coast.example/a"
    assert article.url == "https://coast.example/a"
    assert article.published == "2024-03-01T07:00:00+00:00"
    assert article.updated == "2024-03-02T07:00:00+00:00"
    assert article.authors == ("Eva Dahl",)
    assert article.tags == ("Island", "People")
    assert article.image == "https://coast.example/lamp.jpg"
    assert article.language == "en-GB"


def test_json_feed_10_author_numeric_id_external_url_and_fallbacks() -> None:
    attachment = {"url": "https://c.example/d.jpg", "mime_type": "image/jpeg"}
    items = [
        {"id": 7, "external_url": "https://e.example/b", "content_text": "Plain <x> stays.", "author": {"name": "T"}},
        {"id": "c", "summary": "<p>Only a summary.</p>", "banner_image": "https://coast.example/banner.png"},
        {"id": "d", "title": "Attached", "content_text": "x", "attachments": [attachment]},
    ]  # fmt: skip
    feed = _feed(*items, version="https://jsonfeed.org/version/1", author={"name": "Desk"}, language="nb")
    b, c, d = _parse(feed).articles
    assert (b.id, b.url, b.body, b.authors) == ("7", "https://e.example/b", "Plain <x> stays.", ("T",))
    assert (c.title, c.body, c.subtitle, c.image) == (None, "Only a summary.", None, "https://coast.example/banner.png")
    assert c.authors == ("Desk",)
    assert c.language == "nb"
    assert d.image == "https://c.example/d.jpg"


def test_an_item_with_no_title_and_no_text_is_a_problem_and_its_neighbours_stay() -> None:
    result = _parse(
        _feed({"id": "1", "title": "A"}, {"id": "2", "url": "https://x.example/2"}, {"id": "3", "title": "C"})
    )
    assert [a.title for a in result.articles] == ["A", "C"]
    (problem,) = [p for p in result.problems if p.code == "item-no-text"]
    assert "item 2" in problem
    assert "https://x.example/2" in problem


def test_an_item_that_is_not_an_object_is_a_problem() -> None:
    text = (
        '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "A"}, "oops", {"title": "B"}]}'
    )
    result = _parse(text)
    assert [a.title for a in result.articles] == ["A", "B"]
    assert "record-not-object" in _codes(result)


def test_a_broken_item_costs_only_itself_and_a_truncated_feed_keeps_what_it_has() -> None:
    text = (
        '{"version": "https://jsonfeed.org/version/1.1", "language": "de", "items": [\n'
        '{"id": "1", "title": "Erste", "content_text": "Eins."},\n'
        '{"id": "2", "title": "Kaputt", "content_text": "nicht beendet },\n'
        '{"id": "3", "title": "Dritte", "content_text": "Drei."},\n'
        '{"id": "4", "title": "Abgeschnitten", "content_text": "Vi'
    )
    result = _parse(text)
    assert result.detection.chosen == "json-feed"
    assert [a.title for a in result.articles] == ["Erste", "Dritte"]
    assert [a.language for a in result.articles] == ["de", "de"]
    assert "record-broken" in _codes(result)


def test_a_feed_without_items_is_reported() -> None:
    result = _parse('{"version": "https://jsonfeed.org/version/1.1", "title": "Empty"}')
    assert not result.articles
    assert "item-empty" in _codes(result)


def test_an_empty_items_array_gives_no_article_and_no_crash() -> None:
    assert not _parse(_feed()).articles


def test_crlf_and_a_bom() -> None:
    text = "\ufeff" + _feed({"id": "1", "title": "Windows", "content_text": "Line one.\r\nLine two."}).replace(
        ", ", ",\r\n"
    )
    (article,) = newsparse.parse(text.encode("utf-8")).articles
    assert article.title == "Windows"
    assert article.body.startswith("Line one.")


@settings(max_examples=50)
@given(
    st.lists(
        st.tuples(_TITLES, sentences()),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_generated_feeds(stories: list[tuple[str, str]], html: bool) -> None:
    key = "content_html" if html else "content_text"
    items = [{"id": str(n), "title": t, key: f"<p>{b}</p>" if html else b} for n, (t, b) in enumerate(stories)]
    result = _parse(_feed(*items))
    assert result.detection.chosen == "json-feed"
    assert [a.title for a in result.articles] == [" ".join(t.split()) for t, _ in stories]
    assert [a.body for a in result.articles] == [b for _, b in stories]


def test_c1_controls_in_strings_become_windows_1252_characters() -> None:
    (article,) = _parse(
        _feed({"id": "1", "title": "Don\u0092t", "content_text": "\u0093Quoted\u0094", "tags": ["a\u0096b"]})
    ).articles
    assert (article.title, article.body, article.tags) == ("Don’t", "“Quoted”", ("a–b",))
