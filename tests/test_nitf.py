"""Issue 11, NITF 3.x: one article per <nitf> document, its head and body read, safely and in linear time.

Every document here is written inline for the test, from the public NITF 3.x element set; the expected records
come from how each was built. The shared safe reader (wire/_xmltree.py) and the compact ISO dates
(wire/_xmldates.py) are tested here too; tests/test_newsml.py covers the NewsML detectors.
"""

from __future__ import annotations

import itertools
import socket
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsparse
from newsparse.detectors.wire import nitf
from newsparse.detectors.wire._xmldates import extended_iso
from newsparse.detectors.wire._xmltree import Span, item_spans, read_item

DECL = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-3.dtd">\n'


def _doc(title: str, paragraphs: tuple[str, ...] = ("Some text.",), head: str = "", body_head: str = "") -> str:
    content = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<nitf><head>{head}</head><body><body.head><hedline><hl1>{title}</hl1></hedline>{body_head}</body.head>"
        f"<body.content>{content}</body.content></body></nitf>\n"
    )


def _parse(text: str) -> newsparse.Result:
    return newsparse.parse(text.encode("utf-8"))


def _codes(result: newsparse.Result) -> set[str]:
    return {p.code for p in result.problems} | {p.code for a in result.articles for p in a.problems}


# --------------------------------------------------------------------------- compact ISO dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20240301T101500Z", "2024-03-01T10:15:00Z"),
        ("20240301T101500+0100", "2024-03-01T10:15:00+01:00"),
        ("20240301T101500-0500", "2024-03-01T10:15:00-05:00"),
        ("20240301T101500+01:00", "2024-03-01T10:15:00+01:00"),
        ("20240301T1015Z", "2024-03-01T10:15:00Z"),
        ("20240301T101500.25Z", "2024-03-01T10:15:00.25Z"),
        ("20240301T101500", "2024-03-01T10:15:00"),
        ("20240301", "2024-03-01"),
        (" 20240301 ", "2024-03-01"),
        ("2024-03-01T10:15:00Z", "2024-03-01T10:15:00Z"),  # already extended: unchanged
        ("Fri, 01 Mar 2024", "Fri, 01 Mar 2024"),  # not compact ISO: unchanged, for the contract to read
        ("20240301+0100", "20240301+0100"),  # a zone without a time: not made up into a date
        ("2024030", "2024030"),
    ],
)
def test_extended_iso_writes_compact_iso_out_and_leaves_the_rest(value: str, expected: str) -> None:
    assert extended_iso(value) == expected


@given(
    st.integers(1900, 2099),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(0, 59),
    st.sampled_from(["Z", "+0100", "-0530", "+0000"]),
)
def test_every_compact_nitf_date_is_read_by_the_field_contract(
    year: int, month: int, day: int, hour: int, minute: int, second: int, zone: str
) -> None:
    """Round trip: the extended form names the same instant as the compact one (read by the contract)."""
    compact = f"{year:04}{month:02}{day:02}T{hour:02}{minute:02}{second:02}{zone}"
    text = DECL + _doc("Dated", head=f'<docdata><date.issue norm="{compact}"/></docdata>')
    (article,) = _parse(text).articles
    assert article.published is not None
    assert article.published.startswith(f"{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}")


# --------------------------------------------------------------------------- what is read, and from where


def test_head_and_body_fields() -> None:
    head = (
        '<meta name="language" content="sv"/><docdata management-status="withheld">'
        '<doc-id id-string="SE-77"/><urgency ed-urg="2"/><date.release norm="20240601T060000Z"/>'
        '<ed-msg info="Correction: fixes the name"/><key-list><keyword key="ferries"/></key-list>'
        '<identified-content><classifier type="topic" value="Transport"/></identified-content></docdata>'
        '<pubdata name="Kustposten" ex-ref="https://kp.example/77" position.section="Inrikes"/>'
    )
    body_head = (
        "<byline>Av <person>Lena Berg</person> och <person>Kai Moe</person></byline>"
        "<byline>Additional reporting by Per Dahl</byline>"
        '<dateline><location>GÖTEBORG</location> <story.date norm="20240601T050000Z">1 juni</story.date></dateline>'
        "<abstract><p>Fog stopped the ferries.</p></abstract><distributor>Nordwire</distributor>"
    )
    (article,) = _parse(DECL + _doc("Färjor stoppade", ("Dimman låg tät.",), head, body_head)).articles
    assert (article.title, article.subtitle, article.id) == ("Färjor stoppade", "Fog stopped the ferries.", "SE-77")
    assert article.published == "2024-06-01T05:00:00+00:00"  # story.date comes before date.release
    assert article.byline == "Av Lena Berg och Kai Moe"
    assert article.authors == ("Lena Berg", "Kai Moe")
    assert article.dateline == "GÖTEBORG 1 juni"
    assert (article.source, article.url, article.section, article.language) == (
        "Nordwire",
        "https://kp.example/77",
        "Inrikes",
        "sv",
    )
    assert article.tags == ("ferries", "Transport")
    assert article.notes == (
        "Urgency: 2",
        "Status: withheld",
        "Correction: fixes the name",
        "Additional reporting by Per Dahl",
    )
    assert article.body == "Dimman låg tät."


def test_a_job_title_is_never_an_author() -> None:
    body_head = "<byline>By Ada Lund, <byttl>Chief Science Correspondent</byttl></byline>"
    (article,) = _parse(DECL + _doc("Comet seen", body_head=body_head)).articles
    assert article.byline == "By Ada Lund, Chief Science Correspondent"
    assert article.authors == ("Ada Lund",)


@pytest.mark.parametrize(
    ("head", "body_head", "expected"),
    [
        ('<docdata><date.issue norm="20240301T101500Z"/></docdata>', "", "2024-03-01T10:15:00+00:00"),
        ('<pubdata date.publication="20240302T000000+0100"/>', "", "2024-03-02T00:00:00+01:00"),
        (
            "",
            '<dateline><story.date norm="20240303T120000Z">March 3</story.date></dateline>',
            "2024-03-03T12:00:00+00:00",
        ),
        ('<docdata><date.release norm="20240304"/></docdata>', "", "2024-03-04"),
        ("", "", None),  # no date anywhere: none is made up
    ],
)
def test_each_agency_variant_of_the_date(head: str, body_head: str, expected: str | None) -> None:
    (article,) = _parse(DECL + _doc("Dated", head=head, body_head=body_head)).articles
    assert article.published == expected


def test_a_line_break_separates_words() -> None:
    (article,) = _parse(DECL + _doc("Breaks", ("Line one<br/>line two.",))).articles
    assert article.body == "Line one line two."


def test_title_from_the_head_when_the_body_has_no_hedline() -> None:
    text = DECL + "<nitf><head><title>Only in the head</title></head><body><body.content><p>Text.</p></body.content>"
    text += "</body></nitf>"
    (article,) = _parse(text).articles
    assert article.title == "Only in the head"


def test_content_blocks_lists_tables_media_and_text_between_them() -> None:
    content = (
        "<block>Loose text<p>First.</p><hl2>Sub heading</hl2><block><p>Nested.</p></block>tail text</block>"
        "<ol><li>One</li><li>Two</li></ol><bq><p>A quote.</p><credit>Someone</credit></bq>"
        "<table><caption>Scores</caption><tr><th>Team</th><th>Goals</th></tr><tr><td>Harbour</td><td>3</td></tr></table>"
        '<media media-type="image"><media-reference source="https://x.example/a.jpg" alternate-text="Alt"/>'
        "<media-producer>Photo Desk</media-producer></media>"
        '<media media-type="video"><media-reference source="https://x.example/v.mp4"/>'
        "<media-caption>The clip.</media-caption></media>"
    )
    text = DECL + f"<nitf><body><body.content>{content}</body.content><body.end><tagline>End.</tagline></body.end>"
    text += "</body></nitf>"
    (article,) = _parse(text).articles
    assert article.paragraphs == (
        "Loose text",
        "First.",
        "Sub heading",
        "Nested.",
        "tail text",
        "One",
        "Two",
        "A quote.",
        "Someone",
        "Scores",
        "Team | Goals",
        "Harbour | 3",
    )
    assert [(c.text, c.credit) for c in article.captions] == [("Alt", "Photo Desk"), ("The clip.", None)]
    assert article.image == "https://x.example/a.jpg"
    assert article.notes == ("End.",)


def test_namespaced_and_prefixed_documents_read_the_same() -> None:
    plain = _doc("Same story", ("Same text.",))
    default = plain.replace("<nitf>", '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">', 1)
    prefixed = plain.replace("<", "<n:").replace("<n:/", "</n:")
    prefixed = prefixed.replace("<n:nitf>", '<n:nitf xmlns:n="http://iptc.org/std/NITF/2006-10-18/">', 1)
    undeclared = plain.replace("<", "<q:").replace("<q:/", "</q:")  # a prefix nobody declares
    for text in (plain, default, prefixed, undeclared):
        result = _parse(text)
        assert result.detection.chosen == "nitf", text[:60]
        assert [(a.title, a.body) for a in result.articles] == [("Same story", "Same text.")]


# --------------------------------------------------------------------------- documents and malformed input


def test_concatenated_documents_and_a_wrapper() -> None:
    docs = DECL + _doc("One") + DECL + _doc("Two")
    assert [a.title for a in _parse(docs).articles] == ["One", "Two"]
    wrapped = '<?xml version="1.0"?><batch>' + _doc("One") + "<!-- <nitf> in a comment -->" + _doc("Two") + "</batch>"
    result = _parse(wrapped)
    assert (result.detection.chosen, result.detection.confidence) == ("nitf", 0.9)
    assert [a.title for a in result.articles] == ["One", "Two"]


def test_truncated_and_broken_documents_keep_their_neighbours() -> None:
    cut = "<nitf><body><body.head><hedline><hl1>Cut short</hl1></hedline></body.head><body.content><p>Half a sen"
    broken = _doc("Broken", ("Good part.", "Bad <b>part</i> here.", "Lost."))
    text = DECL + _doc("First") + DECL + cut + "\n" + DECL + broken + _doc("Last")
    result = _parse(text)
    assert [a.title for a in result.articles] == ["First", "Cut short", "Broken", "Last"]
    assert result.articles[1].body == "Half a sen"
    assert any(p.code == "item-truncated" and "document 2" in p for p in result.articles[1].problems)
    assert result.articles[2].paragraphs[0] == "Good part."
    assert any(p.code == "record-broken" and "document 3" in p for p in result.articles[2].problems)
    truncated_at_end = _parse(DECL + _doc("Whole") + DECL + cut)
    assert [a.title for a in truncated_at_end.articles] == ["Whole", "Cut short"]


def test_empty_and_unreadable_documents_are_problems_not_articles() -> None:
    text = _doc("First") + "<nitf/>" + "<nitf><head></head></nitf>" + "<nitf <<<" + _doc("Last")
    result = _parse(text)
    assert [a.title for a in result.articles] == ["First", "Last"]
    assert {"item-empty"} <= {p.code for p in result.problems}


def test_unclosed_comment_after_the_documents_is_reported() -> None:
    result = _parse(_doc("First") + "<!-- never closed <nitf>")
    assert [a.title for a in result.articles] == ["First"]
    assert "text-truncated" in {p.code for p in result.problems}


def test_crlf_and_a_byte_order_mark() -> None:
    text = "\ufeff" + (DECL + _doc("Windows file", ("Line one.",))).replace("\n", "\r\n")
    (article,) = newsparse.parse(text.encode("utf-8")).articles
    assert (article.title, article.body) == ("Windows file", "Line one.")


# --------------------------------------------------------------------------- safety


def laughs(root: str) -> str:
    """A prolog whose DOCTYPE declares a billion-laughs bomb (``&lol9;``) and a 50,000-character ``&big;``."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10)
    )
    return f'<?xml version="1.0"?>\n<!DOCTYPE {root} [{entities}<!ENTITY big "{"x" * 50_000}">]>\n'


def test_billion_laughs_is_not_expanded() -> None:
    result = _parse(laughs("nitf") + _doc("Bomb &lol9;", ("Body &lol9; here.",)))
    (article,) = result.articles
    assert (article.title, article.body) == ("Bomb &lol9;", "Body &lol9; here.")
    assert "entity-unknown" in _codes(result)


def test_quadratic_blowup_is_not_expanded() -> None:
    text = laughs("nitf") + _doc("Blow", ("&big;" * 5_000,))
    (article,) = _parse(text).articles
    assert "x" * 100 not in article.body
    assert len(article.body) < 40_000  # 5,000 references as written, not 250 million characters


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every way out to the network, recorded and refused."""
    attempts: list[object] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("network refused by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return attempts


def test_external_entities_and_the_dtd_are_never_fetched(tmp_path: Path, no_network: list[object]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    prolog = (
        f'<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/nitf-3-3.dtd" [<!ENTITY xxe SYSTEM '
        f'"{secret.as_uri()}"><!ENTITY net SYSTEM "http://127.0.0.1:9/x"><!ENTITY % pe SYSTEM "http://127.0.0.1:9/p">'
        "%pe;]>\n"
    )
    result = _parse(prolog + _doc("Leak &xxe; &net;", ("Body &xxe;.",)))
    (article,) = result.articles
    assert article.title == "Leak &xxe; &net;"
    assert "TOP-SECRET-CONTENT" not in repr(result.articles) + repr(result.problems)
    assert no_network == []


def test_a_doctype_inside_a_document_ends_it_and_declares_nothing() -> None:
    text = "<nitf><!DOCTYPE x [<!ENTITY a 'boom'>]><body><p>&a;</p></body></nitf>" + _doc("Next")
    result = _parse(text)
    assert "boom" not in repr(result.articles)
    assert [a.title for a in result.articles] == ["Next"]


def test_deep_nesting_is_no_traceback() -> None:
    deep = "<block>" * 50_000 + "<p>Deep.</p>" + "</block>" * 50_000
    text = f"<nitf><body><body.head><hedline><hl1>Deep</hl1></hedline></body.head><body.content>{deep}"
    text += "</body.content></body></nitf>"
    (article,) = _parse(text).articles
    assert (article.title, article.body) == ("Deep", "Deep.")


def test_many_unclosed_documents_are_read_in_one_pass() -> None:
    """Linear work: n documents without end tags give n spans that never overlap (each character read once)."""
    piece = "<nitf><body><body.content><p>Never closed.</p>"
    text = piece * 3_000
    spans = list(item_spans(text, "nitf"))
    assert len(spans) == 3_000
    assert sum(s.end - s.start for s in spans) == len(text)
    result = _parse(text)
    assert len(result.articles) == 3_000


@pytest.mark.parametrize("piece", ['<nitf a="', "<nitf ", "<nitf a='x' <", "<nitf><p>x</p"])
def test_broken_tags_never_make_the_scan_read_the_rest_again(piece: str) -> None:
    """Tags broken off by the next "<" (an open quote, no ">"): spans never overlap, so the work stays linear."""
    text = piece * 5_000 + ">"
    spans = list(item_spans(text, "nitf"))
    assert sum(s.end - s.start for s in spans) <= len(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_a_malformed_item_is_cut_at_most_a_few_times() -> None:
    """A document with an error in every paragraph is read up to its first errors, never once per error."""
    bad = "".join(f"<p>x{n}</i>" for n in range(2_000))
    element, problems = read_item(f"<nitf>{bad}</nitf>", Span(0, 16_000, "closed"), "document 1", 1)
    assert [p.code for p in problems].count("record-broken") == 1
    assert element is None or element.tag == "nitf"


# --------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("text", "score"),
    [
        (DECL + "<nitf>", 0.97),
        ('<nitf:nitf xmlns:nitf="http://iptc.org/std/NITF/2006-10-18/">', 0.97),
        ("<documents><nitf>", 0.9),
        ('<documents><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><nitf>', 0.0),
        ("<archive><NewsML><NewsItem><nitf>", 0.0),
        ("<NewsItem><NewsComponent><nitf>", 0.0),
        ('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><nitf>', 0.0),
        ("<NewsML><NewsItem><nitf>", 0.0),
        ("<html><body><nitf>", 0.0),
        ("Plain text about <nitf> files.", 0.0),
        ("", 0.0),
    ],
)
def test_sniff(text: str, score: float) -> None:
    assert nitf.NitfDetector().sniff(text) == score


def test_nitf_beats_the_html_page_detector() -> None:
    text = '<?xml version="1.0"?><nitf><body><body.content><p>See <a href="x">this</a>.</p>' * 3
    detection = newsparse.rank_detectors(text)
    assert detection.chosen == "nitf"
    assert next(s.score for s in detection.ranking if s.name == "html-page") < 0.97


# --------------------------------------------------------------------------- properties

_WORDS = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzÅÉß &<>\"'"), min_size=1, max_size=30).filter(
    lambda s: s.strip() != ""
)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@given(st.lists(st.tuples(_WORDS, st.lists(_WORDS, min_size=1, max_size=4)), min_size=1, max_size=6), st.booleans())
def test_generated_documents_give_their_titles_and_paragraphs(
    stories: list[tuple[str, list[str]]], concatenated: bool
) -> None:
    """Each generated document is one article with its own title and paragraphs, in order, whatever the packing."""
    assume(all(" ".join(ps[0].split()) != " ".join(t.split()) for t, ps in stories))  # a repeated title is dropped
    docs = [_doc(_escape(title), tuple(_escape(p) for p in paragraphs)) for title, paragraphs in stories]
    text = "".join(DECL + d for d in docs) if concatenated else "<batch>" + "".join(docs) + "</batch>"
    result = _parse(text)
    assert result.detection.chosen == "nitf"
    expected = [(" ".join(t.split()), [" ".join(p.split()) for p in ps]) for t, ps in stories]
    assert [(a.title, list(a.paragraphs)) for a in result.articles] == expected
