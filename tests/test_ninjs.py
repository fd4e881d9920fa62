"""The ``ninjs`` detector: IPTC ninjs 1.x and 2.x items as one object, an array, JSON Lines or an API response.

The items are written here from the public ninjs schemas' field names; each test states what it must give.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.detectors.wire.ninjs import NinjsDetector


def _v1(n: int, title: str, body: str, **extra: Any) -> dict[str, Any]:
    return {"uri": f"urn:example:{n}", "type": "text", "versioncreated": "2024-03-01T10:00:00Z",
            "headline": title, "body_text": body, **extra}  # fmt: skip


def _v2(n: int, title: str, body: str, **extra: Any) -> dict[str, Any]:
    return {"uri": f"urn:example:{n}", "standard": {"name": "ninjs", "version": "2.0"}, "type": "text",
            "firstcreated": "2024-03-01T10:00:00Z", "headlines": [{"role": "main", "value": title}],
            "bodies": [{"role": "main", "contenttype": "text/plain", "value": body}], **extra}  # fmt: skip


# --- detection -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        json.dumps([_v1(1, "A", "One."), _v1(2, "B", "Two.")]),
        json.dumps(_v1(1, "A", "One.")),
        "\n".join(json.dumps(_v1(n, "A", "One.")) for n in range(3)) + "\n",
        json.dumps([_v2(1, "A", "One.")]),
        json.dumps({"data": {"items": [{"item": _v1(1, "A", "One.")}]}}),
    ],
    ids=["array-1x", "object-1x", "jsonl-1x", "array-2x", "envelope"],
)
def test_ninjs_outranks_the_json_detectors(text: str) -> None:
    detection = newsparse.rank_detectors(text)
    assert detection.chosen == "ninjs"
    scores = {s.name: s.score for s in detection.ranking}
    assert all(scores["ninjs"] > scores[name] for name in ("wordpress", "jsonlines", "json-records"))


@pytest.mark.parametrize(
    "text",
    [
        '{"title": "A", "text": "One.", "url": "https://example.org/a"}\n{"title": "B", "text": "Two."}\n',
        '[{"headline": "A", "articleBody": "One.", "datePublished": "2024-01-01", "url": "https://x.example/a"}]',
        '{"id": 3, "title": {"rendered": "A"}, "content": {"rendered": "<p>x</p>"}, "date_gmt": "2024-01-01"}',
    ],
)
def test_generic_records_and_wordpress_posts_are_not_claimed(text: str) -> None:
    assert NinjsDetector().sniff(text) == 0.0


# --- fields ----------------------------------------------------------------------------------------


def test_ninjs_1x_fields() -> None:
    item = _v1(
        7, "Harbour lights", "Lit again.", firstcreated="2024-03-01T09:00:00Z", byline="By Ada Lund and Per Dahl",
        located="PORTSEA", language="en-GB", description_text="The lamps are back.",
        subject=[{"name": "tourism", "code": "x"}], keywords=["lamps"], urgency=2, pubstatus="usable",
        infosource=[{"name": "Harbour Wire"}],
    )  # fmt: skip
    (article,) = newsparse.load(json.dumps(item).encode())
    assert (article.id, article.title, article.subtitle, article.body) == (
        "urn:example:7", "Harbour lights", "The lamps are back.", "Lit again.")  # fmt: skip
    assert article.authors == ("Ada Lund", "Per Dahl")
    assert (article.published, article.updated) == ("2024-03-01T09:00:00+00:00", "2024-03-01T10:00:00+00:00")
    assert (article.dateline, article.language, article.source) == ("PORTSEA", "en-GB", "Harbour Wire")
    assert article.tags == ("tourism", "lamps")
    assert article.notes == ("urgency: 2",)


def test_versioncreated_alone_is_the_published_date() -> None:
    (article,) = newsparse.load(json.dumps(_v1(1, "A", "One.")).encode())
    assert (article.published, article.updated) == ("2024-03-01T10:00:00+00:00", None)


def test_ninjs_2x_headlines_descriptions_bodies_and_associations() -> None:
    item = _v2(
        1, "Main headline", "ignored plain body",
        headlines=[{"role": "sub", "value": "A sub headline"}, {"role": "main", "value": "Main headline"}],
        bodies=[{"role": "main", "contenttype": "text/plain", "value": "Plain."},
                {"role": "main", "contenttype": "text/html", "value": "<p>First.</p><p>Second.</p>"}],
        by="Jana Berg",
        associations=[
            {"name": "pic", "type": "picture", "descriptions": [{"value": "The quay."}],
             "copyrightnotice": "(c) Agency", "renditions": [{"name": "thumb", "href": "https://i.example/t.jpg"},
                                                              {"name": "original", "href": "https://i.example/o.jpg"}]},
            {"name": "related", "type": "text", "headlines": [{"value": "Related story"}]},
        ],
    )  # fmt: skip
    (article,) = newsparse.load(json.dumps(item).encode())
    assert (article.title, article.subtitle, article.byline) == ("Main headline", "A sub headline", "Jana Berg")
    assert article.body == "First.\n\nSecond."
    assert [(c.text, c.credit) for c in article.captions] == [("The quay.", "(c) Agency")]
    assert article.image == "https://i.example/o.jpg"


def test_media_items_are_not_articles_and_withdrawn_items_are_marked() -> None:
    items = [
        _v1(1, "Story", "Text."),
        {"uri": "urn:example:2", "type": "picture", "headline": "Photo", "versioncreated": "2024-03-01T10:00:00Z"},
        {"uri": "urn:example:3", "type": "video", "headline": "Clip", "versioncreated": "2024-03-01T10:00:00Z"},
        _v1(4, "Killed story", "Do not use.", pubstatus="canceled"),
        _v1(5, "Held story", "Hold.", pubstatus="withheld"),
    ]
    result = newsparse.parse_text(json.dumps(items))
    assert [a.title for a in result.articles] == ["Story", "Killed story", "Held story"]
    assert [p.code for p in result.problems] == ["item-not-article", "item-not-article"]
    assert [p.location.record for p in result.problems] == [2, 3]
    killed, held = result.articles[1:]
    assert "pubstatus: canceled" in killed.notes
    assert "pubstatus: withheld" in held.notes
    assert {p.code for p in killed.problems} == {p.code for p in held.problems} == {"item-withdrawn"}


# --- malformed input -------------------------------------------------------------------------------


def test_a_broken_item_costs_only_itself_in_an_array_and_in_json_lines() -> None:
    good = json.dumps(_v1(1, "Good", "Text."))
    array = f'[{good}, {{"uri": "urn:x", "headline": "Broken", "body_text": nope}}, {good}]'
    result = newsparse.parse_text(array, detector="ninjs")
    assert [a.title for a in result.articles] == ["Good", "Good"]
    assert [(p.code, p.location.record) for p in result.problems] == [("record-broken", 2)]
    lines = f'{good}\n{{"uri": "urn:x", "headline": "Cut\n{good}\nnot json at all\n{good}\n'
    result = newsparse.parse_text(lines, detector="ninjs")
    assert [a.title for a in result.articles] == ["Good", "Good", "Good"]
    assert [p.code for p in result.problems] == ["record-broken", "record-broken"]


def test_an_item_over_the_record_cap_is_record_over_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsparse.detectors.json._json.MAX_RECORD_BYTES", 300)
    big = json.dumps(_v1(2, "Big", "x" * 1000))
    text = f"[{json.dumps(_v1(1, 'Small', 'Text.'))}, {big}]"
    result = newsparse.parse_text(text, detector="ninjs")
    assert [a.title for a in result.articles] == ["Small"]
    assert [p.code for p in result.problems] == ["record-over-cap"]


def test_an_object_without_ninjs_keys_and_an_item_without_text_are_unmapped() -> None:
    text = json.dumps([{"uri": "urn:1", "versioncreated": "2024-01-01T00:00:00Z"}, {"hello": "world"}])
    result = newsparse.parse_text(text, detector="ninjs")
    assert result.articles == ()
    assert [p.code for p in result.problems] == ["record-unmapped", "record-unmapped"]


@pytest.mark.parametrize(
    "text", ["", "[", "{", "[{]", '{"uri": "a"', "]]]", "[1, 2, null]", "\x00{}", '[{"a": [' * 300]
)
def test_garbage_never_raises(text: str) -> None:
    list(NinjsDetector().split(text))
    newsparse.parse_text(text, detector="ninjs")


# --- properties ------------------------------------------------------------------------------------

_TEXT = st.text(alphabet=st.sampled_from("abcdefgh éü&<>\"'\\"), min_size=1, max_size=30).filter(str.strip)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(_TEXT, _TEXT, st.booleans()), min_size=1, max_size=6),
    st.sampled_from(["array", "jsonl", "envelope"]),
)
def test_the_articles_are_the_items_as_built(items: list[tuple[str, str, bool]], shape: str) -> None:
    """Built from (headline, body, ninjs 2.x?) in one of the container shapes: one article per item, in order."""
    assume(all(t.split() != b.split() for t, b, _ in items))  # a first body line equal to the title is dropped
    built = [(_v2 if v2 else _v1)(n, t, b) for n, (t, b, v2) in enumerate(items)]
    if shape == "array":
        text = json.dumps(built)
    elif shape == "jsonl":
        text = "".join(json.dumps(item) + "\n" for item in built)
    else:
        text = json.dumps({"data": {"items": [{"item": item} for item in built]}})
    assert newsparse.rank_detectors(text).chosen == "ninjs"
    result = newsparse.parse_text(text)
    assert [(a.title, a.body, a.id) for a in result.articles] == [
        (" ".join(t.split()), " ".join(b.split()), f"urn:example:{n}") for n, (t, b, _) in enumerate(items)
    ]
    assert result.problems == ()


def test_json_lines_whose_first_lines_are_all_broken_are_still_read_line_by_line() -> None:
    good = json.dumps(_v1(9, "Good", "Text."))
    lines = [good[:-9]] * 5 + [good, json.dumps({"data": {"items": [_v1(10, "Wrapped", "Text.")]}})]
    result = newsparse.parse_text("\n".join(lines) + "\n", detector="ninjs")
    assert [a.title for a in result.articles] == ["Good", "Wrapped"]
    assert [(p.code, p.location.record) for p in result.problems] == [("record-broken", n) for n in range(1, 6)]
    text = "\n".join(lines)
    spans = [(a.provenance.start, a.provenance.end) for a in result.articles if a.provenance]
    assert text[spans[0][0] : spans[0][1]] == good


def test_superdesk_flavour_guid_authors_service_and_firstpublished() -> None:
    item = {
        "guid": "urn:newsml:superdesk.example:2024:abc", "type": "text", "headline": "Council meets",
        "body_html": "<p>The council met.</p>", "versioncreated": "2024-04-02T12:00:00+0000",
        "firstcreated": "2024-04-01T08:00:00+0000", "firstpublished": "2024-04-01T09:30:00+0000",
        "authors": [{"name": "Mia Stone", "role": "writer"}, {"name": "Kai Moe", "role": "photographer"}],
        "service": [{"code": "d", "name": "Domestic"}], "slugline": "COUNCIL", "priority": 5,
    }  # fmt: skip
    (article,) = newsparse.load(json.dumps(item).encode())
    assert (article.id, article.section) == ("urn:newsml:superdesk.example:2024:abc", "Domestic")
    assert article.authors == ("Mia Stone",)  # the photographer is not an author
    assert (article.published, article.updated) == ("2024-04-01T09:30:00+00:00", "2024-04-02T12:00:00+00:00")
    assert "slugline: COUNCIL" in article.notes
