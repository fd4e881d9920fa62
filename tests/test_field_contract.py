"""One field contract (issue 9, item 2): the model, to_dict, the JSON Schema, the Parquet schema, the detectors'
field names and the plain-text draft agree with newsparse._fields; and a date or a count that cannot be read
is a problem on the article, in the same words, whichever detector read it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Caption, Dropped, Provenance
from newsparse._fields import ARTICLE_NAMES, DETECTOR_NAMES, FIELDS, read_count, read_date, unreadable
from newsparse._plaintext import Draft
from newsparse._schema import contract_mismatches
from newsparse.detectors import FIELD_NAMES, RawArticle

# ---------------------------------------------------------------------------------------------------------------
# Everyone agrees with the contract

_ANNOTATION = {
    "text": "str | None",
    "body": "str",
    "date": "str | None",
    "count": "int | None",
    "texts": "tuple[str, ...]",
    "captions": "tuple[Caption, ...]",
    "dropped": "tuple[Dropped, ...]",
    "provenance": "Provenance | None",
}


def test_article_attributes_are_the_contract_in_order_with_its_types() -> None:
    fields = attrs.fields(Article)
    assert tuple(f.name for f in fields) == ARTICLE_NAMES
    assert {f.name: f.type for f in fields} == {f.name: _ANNOTATION[f.kind] for f in FIELDS}


def _full_article() -> Article:
    return Article(
        title="T", subtitle="S", highlights=["h"], body="B", captions=[Caption("c", "cr")], byline="By A",
        authors=["A"], source="Src", section="World", published="2024-01-02", updated="2024-01-03T04:05:06",
        dateline="PARIS", language="fr", url="https://example.org/a", image="https://example.org/a.jpg", tags=["t"],
        views=7, notes=["n"], id="a-1",
        provenance=Provenance(None, "whole-text", 0.5, "utf-8", 0, 1), dropped=[Dropped("x", "label")],
        problems=["p"],
    )  # fmt: skip


def test_to_dict_keys_are_the_contract_in_order() -> None:
    assert tuple(Article().to_dict()) == ARTICLE_NAMES
    assert tuple(_full_article().to_dict()) == ARTICLE_NAMES


def test_every_field_set_survives_to_dict() -> None:
    """No field of the contract is forgotten by to_dict: each set value comes out (as JSON-ready data)."""
    record = _full_article().to_dict()
    empty = Article().to_dict()
    assert all(record[name] != empty[name] for name in ARTICLE_NAMES)


def test_the_shipped_json_schema_agrees_with_the_contract() -> None:
    schema = newsparse.article_schema()
    assert contract_mismatches(schema) == []
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(json.loads(json.dumps(_full_article().to_dict())))


@pytest.mark.parametrize(
    ("change", "mismatch"),
    [
        (lambda s: s["properties"].pop("views"), "views: not in the schema"),
        (lambda s: s["properties"]["views"].update(type="string"), "views: type 'string', not ['integer', 'null']"),
        (lambda s: s["properties"].update(extra={"type": "string"}), "extra: in the schema, not in the contract"),
        (lambda s: s["required"].reverse(), "required: not the contract's field names in its order"),
    ],
    ids=["missing", "wrong type", "extra", "order"],
)
def test_the_schema_check_sees_a_disagreement(change: Any, mismatch: str) -> None:
    schema = newsparse.article_schema()
    change(schema)
    assert mismatch in contract_mismatches(schema)


def test_detector_field_names_are_the_contract() -> None:
    assert FIELD_NAMES == DETECTOR_NAMES
    assert {f.name for f in FIELDS if f.from_detector} | {"body_html"} == FIELD_NAMES
    assert "provenance" not in FIELD_NAMES
    assert "problems" not in FIELD_NAMES


def test_the_plain_text_draft_has_the_contracts_fields() -> None:
    draft = [f.name for f in attrs.fields(Draft)]
    expected = [("paragraphs" if name == "body" else name) for name in ARTICLE_NAMES if name != "provenance"]
    assert draft == expected
    assert tuple(Draft().fields()) != ()  # the draft's keywords build an Article
    assert Article(**Draft(title="x").fields()).title == "x"


def test_the_parquet_schema_agrees_with_the_contract_and_holds_an_article() -> None:
    """The contract's columns in order, dates as UTC timestamps with their text beside them (issue 15)."""
    pa = pytest.importorskip("pyarrow")
    from newsparse.parquet import schema

    arrow = schema()
    assert tuple(arrow.names) == (*ARTICLE_NAMES, "published_text", "updated_text")
    kinds = {
        "text": pa.string(), "body": pa.string(), "date": pa.timestamp("us", tz="UTC"), "count": pa.int64(),
        "texts": pa.list_(pa.string()),
    }  # fmt: skip
    for field in FIELDS:
        if field.kind in kinds:
            assert arrow.field(field.name).type == kinds[field.kind], field.name
    record = _full_article().to_dict()
    from newsparse._tables import arrow_record

    (row,) = pa.Table.from_pylist([arrow_record(record)], schema=arrow).to_pylist()
    assert (row["published_text"], row["updated_text"]) == (record["published"], record["updated"])
    assert row["published"].isoformat() == "2024-01-02T00:00:00+00:00"
    assert row["updated"].isoformat() == "2024-01-03T04:05:06+00:00"
    assert {k: v for k, v in row.items() if k not in ("published", "updated", "published_text", "updated_text")} == {
        k: v for k, v in record.items() if k not in ("published", "updated")
    }


# ---------------------------------------------------------------------------------------------------------------
# An unreadable date is a problem in every detector, in the same words

_NOT_A_DATE = "published 'someday soon' is not a date newsparse can read; left empty"
_NOT_A_DATE_UPDATED = "updated 'later on' is not a date newsparse can read; left empty"


def _only(text: str, detector: str) -> Article:
    """The first article of ``text``, which ``detector`` must have read."""
    result = newsparse.parse_text(text)
    assert result.detection.chosen == detector
    article = result.articles[0]
    assert article.provenance is not None
    assert article.provenance.detector == detector
    return article


def test_jsonlines_unreadable_date_is_a_problem() -> None:
    line = json.dumps({"title": "T", "text": "Body.", "published": "someday soon", "updated": "later on"})
    article = _only(line + "\n" + json.dumps({"title": "U", "text": "More."}) + "\n", "jsonlines")
    assert article.published is None
    assert article.updated is None
    assert _NOT_A_DATE in article.problems
    assert _NOT_A_DATE_UPDATED in article.problems


def test_json_records_unreadable_date_is_a_problem() -> None:
    text = json.dumps([{"headline": "T", "articleBody": "Body.", "datePublished": "someday soon"}])
    article = _only(text, "json-records")
    assert article.published is None
    assert _NOT_A_DATE in article.problems


def test_wordpress_unreadable_date_is_a_problem() -> None:
    post = {"title": {"rendered": "T"}, "content": {"rendered": "<p>Body.</p>"}, "date": "someday soon",
            "date_gmt": "never", "modified": "later on"}  # fmt: skip
    article = _only(json.dumps([post]), "wordpress")
    assert article.published is None
    assert article.updated is None
    assert _NOT_A_DATE in article.problems
    assert _NOT_A_DATE_UPDATED in article.problems


def test_wordpress_unreadable_gmt_date_alone_is_a_problem() -> None:
    post = {"title": {"rendered": "T"}, "content": {"rendered": "<p>Body.</p>"}, "date_gmt": "someday soon"}
    article = _only(json.dumps([post]), "wordpress")
    assert article.published is None
    assert _NOT_A_DATE in article.problems


def test_wordpress_readable_local_date_behind_an_unreadable_gmt_is_used_without_problem() -> None:
    post = {"title": {"rendered": "T"}, "content": {"rendered": "<p>Body.</p>"}, "date_gmt": "",
            "date": "2024-01-02T03:04:05"}  # fmt: skip
    article = _only(json.dumps([post]), "wordpress")
    assert article.published == "2024-01-02T03:04:05"
    assert article.problems == ()


@pytest.mark.parametrize(
    ("feed", "problem"),
    [
        (
            '<rss version="2.0"><channel><item><title>T</title><description>Body.</description>'
            "<pubDate>someday soon</pubDate></item></channel></rss>",
            _NOT_A_DATE,
        ),
        (
            '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><content>Body.</content>'
            "<updated>later on</updated></entry></feed>",
            _NOT_A_DATE_UPDATED,
        ),
    ],
    ids=["rss pubDate", "atom updated"],
)
def test_rss_unreadable_date_is_a_problem(feed: str, problem: str) -> None:
    article = _only(feed, "rss-atom")
    assert article.published is None
    assert article.updated is None
    assert problem in article.problems


def test_html_page_unreadable_date_is_a_problem() -> None:
    page = (
        '<!DOCTYPE html><html><head><title>T</title><meta property="article:published_time" content="someday soon">'
        '<meta property="article:modified_time" content="later on"></head>'
        "<body><p>Body of the page, long enough to be a page.</p></body></html>"
    )
    article = _only(page, "html-page")
    assert article.published is None
    assert article.updated is None
    assert _NOT_A_DATE in article.problems
    assert _NOT_A_DATE_UPDATED in article.problems


def test_html_page_readable_date_is_read() -> None:
    page = (
        '<!DOCTYPE html><html><head><title>T</title><meta property="article:published_time" '
        'content="2024-01-02T03:04:05Z"></head><body><p>Body.</p></body></html>'
    )
    article = _only(page, "html-page")
    assert article.published == "2024-01-02T03:04:05+00:00"
    assert article.problems == ()


# ---------------------------------------------------------------------------------------------------------------
# Counts and epoch dates from JSON records, and from any detector's fields


def test_jsonlines_unreadable_count_is_a_problem_and_a_count_string_is_read() -> None:
    lines = [
        json.dumps({"title": "A", "text": "Body.", "views": "many"}),
        json.dumps({"title": "B", "text": "Body.", "views": "1,204"}),
        json.dumps({"title": "C", "text": "Body.", "views": -3}),
        json.dumps({"title": "D", "text": "Body.", "views": 12}),
    ]
    articles = newsparse.parse_text("\n".join(lines) + "\n").articles
    assert [a.views for a in articles] == [None, 1204, None, 12]
    assert "views 'many' is not a count newsparse can read; left empty" in articles[0].problems
    assert "views -3 is not a count newsparse can read; left empty" in articles[2].problems
    assert articles[1].problems == articles[3].problems == ()


def test_jsonlines_epoch_dates_still_read_and_out_of_range_ones_reported() -> None:
    lines = [
        json.dumps({"title": "A", "text": "Body.", "published": 1700000000}),
        json.dumps({"title": "B", "text": "Body.", "published": 1700000000000000}),
        json.dumps({"title": "C", "text": "Body.", "published": {"when": "now"}}),
    ]
    first, second, third = newsparse.parse_text("\n".join(lines) + "\n").articles
    assert first.published == "2023-11-14T22:13:20+00:00"
    assert first.problems == ()
    assert second.published is None  # milliseconds are read (issue 14); microseconds are not
    assert "published 1700000000000000 is not a date newsparse can read; left empty" in second.problems
    assert third.published is None
    assert "field 'published' has the wrong type (dict); ignored" in third.problems


class _Fields:
    """A plug-in detector whose one article has the given fields."""

    name = "fields-test"

    def __init__(self, fields: Mapping[str, Any]) -> None:
        self.fields = fields

    def sniff(self, head: str) -> float:
        return 0.0

    def split(self, text: str) -> Iterable[RawArticle]:
        yield RawArticle(0, len(text), self.fields)


def _read(fields: Mapping[str, Any]) -> Article:
    newsparse.register_detector(_Fields(fields), replace=True)
    try:
        (article,) = newsparse.split_articles("x", detector="fields-test")
    finally:
        newsparse.unregister_detector("fields-test")
    return article


def test_a_plugins_unreadable_date_and_count_are_problems_in_the_same_words() -> None:
    article = _read({"title": "T", "body": "B", "published": "someday soon", "views": "many"})
    assert article.published is None
    assert article.views is None
    assert article.problems == (_NOT_A_DATE, "views 'many' is not a count newsparse can read; left empty")


def test_a_plugins_wrong_types_are_still_reported_as_wrong_types() -> None:
    article = _read({"title": "T", "published": ["2024"], "views": 2.5})
    assert article.problems == (
        "field 'published' has the wrong type (list); ignored",
        "field 'views' has the wrong type (float); ignored",
    )


# ---------------------------------------------------------------------------------------------------------------
# The coercions, as properties built from their input


@given(st.integers(min_value=0, max_value=10**18 - 1))
def test_a_count_is_read_from_its_digits_with_or_without_separators(n: int) -> None:
    assert read_count(n) == n
    assert read_count(str(n)) == n
    assert read_count(f"{n:,}") == n


@given(st.integers(max_value=-1))
def test_a_negative_count_is_unreadable(n: int) -> None:
    assert read_count(n) is None
    assert read_count(str(n)) is None


@given(st.dates(min_value=__import__("datetime").date(1900, 1, 1)))
def test_an_iso_date_reads_as_itself(day: Any) -> None:
    assert read_date(day.isoformat()) == day.isoformat()


@given(st.text(max_size=200))
def test_the_unreadable_problem_quotes_at_most_sixty_characters(value: str) -> None:
    problem = unreadable("published", value, "a date")
    assert problem == f"published {value[:60]!r} is not a date newsparse can read; left empty"
