"""The ``reuters-sgml`` detector: Reuters-21578 ``.sgm`` files, one article per ``<REUTERS>`` element.

Records are written here in the collection's SGML layout (as its README describes it); each test states its records.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.detectors.wire.reuters_sgml import ReutersSgmlDetector

DOCTYPE = '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'


def _record(newid: int, title: str, body: str, *, topics: str = "", kind: str = "", date: str = "") -> str:
    text_tag = f'<TEXT TYPE="{kind}">' if kind else "<TEXT>"
    return (
        f'<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="{newid + 5000}" NEWID="{newid}">\n'
        f"<DATE>{date or '26-FEB-1987 15:01:01.79'}</DATE>\n<TOPICS>{topics}</TOPICS>\n<PLACES></PLACES>\n"
        f"<PEOPLE></PEOPLE>\n<ORGS></ORGS>\n<EXCHANGES></EXCHANGES>\n<COMPANIES></COMPANIES>\n"
        f"<UNKNOWN> \n&#5;&#5;&#5;C T\n&#22;&#22;&#1;f0704&#31;reute\nu f BC-STORY   02-26 0105</UNKNOWN>\n"
        f"{text_tag}&#2;\n<TITLE>{title}</TITLE>\n<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>{body}\n"
        f" Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
    )


def test_it_is_recognised_by_its_doctype_or_a_reuters_start_tag_and_is_not_an_html_page() -> None:
    text = DOCTYPE + _record(1, "COCOA", "Showers.")
    assert ReutersSgmlDetector().sniff(text) == 0.98
    assert ReutersSgmlDetector().sniff(_record(1, "COCOA", "Showers.")) == 0.95
    assert newsparse.rank_detectors(text).chosen == "reuters-sgml"
    assert ReutersSgmlDetector().sniff("<html><body><p>REUTERS</p></body></html>") == 0.0


def test_fields_of_a_record() -> None:
    body = "Showers continued throughout the week in\nthe cocoa zone.\n    Arrivals are 1,234 bags &lt;up&gt; &amp; up."
    (article,) = newsparse.load((DOCTYPE + _record(17, "COCOA REVIEW", body, topics="<D>cocoa</D>")).encode())
    assert (article.id, article.title, article.dateline) == ("17", "COCOA REVIEW", "SALVADOR, Feb 26")
    assert article.published == "1987-02-26T15:01:01.790000"
    paragraphs = ("Showers continued throughout the week in the cocoa zone.", "Arrivals are 1,234 bags <up> & up.")
    assert article.body == "\n\n".join(paragraphs)
    assert (article.tags, article.source) == (("cocoa",), "Reuters")
    assert "TOPICS: cocoa" in article.notes
    assert "OLDID 5017" in article.notes
    reasons = {d.reason for d in article.dropped}
    assert {"wire routing codes", "agency signature"} <= reasons
    assert all("\x03" not in d.text and "\x01" not in d.text for d in article.dropped)


def test_brief_and_unprocessed_records_are_recorded_as_what_they_are() -> None:
    brief = (
        '<REUTERS NEWID="2"><DATE>26-FEB-1987 15:02:20.00</DATE><TEXT TYPE="BRIEF">&#2;\n'
        "******<TITLE>GRAIN SHIPS WAITING\n</TITLE>\nBlah blah blah.\n&#3;\n\n</TEXT>\n</REUTERS>\n"
    )
    unproc = (
        '<REUTERS NEWID="3"><TEXT TYPE="UNPROC">&#2;\nTIDE TABLE\n    HIGH 0612\n REUTER\n&#3;</TEXT>\n</REUTERS>\n'
    )
    first, second = newsparse.load((DOCTYPE + brief + unproc).encode())
    assert (first.title, first.body) == ("GRAIN SHIPS WAITING", "")
    assert [p.code for p in first.problems] == ["brief-record"]
    assert ("Blah blah blah.", "placeholder text of a brief record") in [(d.text, d.reason) for d in first.dropped]
    assert (second.title, second.body) == ("TIDE TABLE", "HIGH 0612")
    assert [p.code for p in second.problems] == ["brief-record"]


def test_a_stray_byte_and_control_references_break_nothing() -> None:
    data = (DOCTYPE + _record(1, "CAFE PRICES", "Caf\xe9 owners &#127;said &#0;so.\x7f")).encode("latin-1")
    (article,) = newsparse.load(data)
    assert article.body == "Café owners said so."


def test_a_record_without_its_end_tag_ends_where_the_next_begins() -> None:
    first = _record(1, "ONE", "First.").replace("</REUTERS>\n", "")
    result = newsparse.parse_text(DOCTYPE + first + _record(2, "TWO", "Second.") + '<REUTERS NEWID="3">\n<TEXT>')
    assert [a.title for a in result.articles] == ["ONE", "TWO"]
    assert [p.code for p in result.articles[0].problems] == ["record-broken"]
    assert [p.code for p in result.problems] == ["record-broken", "record-unmapped"]


def test_streaming_gives_the_same_articles_as_a_whole_load() -> None:
    text = DOCTYPE + "".join(_record(n, f"STORY {n}", f"Body of story {n}.") for n in range(1, 40))
    whole = [(a.id, a.title, a.body) for a in newsparse.load(text.encode())]
    streamed = [(a.id, a.title, a.body) for a in newsparse.iter_load(io.BytesIO(text.encode()), chunk_size=512)]
    assert streamed == whole
    assert len(whole) == 39


@pytest.mark.parametrize("text", ["", "<REUTERS", "<REUTERS NEWID=", "</REUTERS>" * 5, "<REUTERS>" * 1000, DOCTYPE])
def test_garbage_never_raises(text: str) -> None:
    list(ReutersSgmlDetector().split(text))
    newsparse.parse_text(text, detector="reuters-sgml")


_WORDS = st.text(alphabet=st.sampled_from("ABCDEFGH 0123&<>é"), min_size=1, max_size=30).filter(str.strip)


def _escaped(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.lists(_WORDS, min_size=1, max_size=3)), min_size=1, max_size=8))
def test_the_articles_are_the_records_as_built(records: list[tuple[str, list[str]]]) -> None:
    """Built from (title, paragraphs): one article per record, the paragraphs joined as written."""
    assume(all(t.split() != ps[0].split() for t, ps in records))
    text = DOCTYPE + "".join(
        _record(n, _escaped(t), "\n".join(f"    {_escaped(p)}" for p in ps)) for n, (t, ps) in enumerate(records)
    )
    articles = newsparse.load(text.encode())
    assert [(a.id, a.title, a.body) for a in articles] == [
        (str(n), " ".join(t.split()), "\n\n".join(" ".join(p.split()) for p in ps)) for n, (t, ps) in enumerate(records)
    ]
