"""The ``anpa`` detector: ANPA-1312 / IPTC 7901 wire text, and the decoder keeping the wire's control characters.

Messages are written here in the layout the standards describe (SOH, header, STX, text, ETX, trailer, EOT);
each test states the records it must give.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse._decode import decode, normalise
from newsparse.detectors.wire.anpa import AnpaDetector

SOH, STX, ETX, EOT = "\x01", "\x02", "\x03", "\x04"


def _message(number: int, title: str, paragraphs: list[str], *, trailer: str = "AP-NY-03-01-24 1015EST") -> str:
    text = "".join(f"\t{p}\n" for p in paragraphs)
    return (
        f"\x16\x16{SOH}a{number:04d} r i BC-Story-{number} 03-01 0100{STX}\n"
        f"^BC-Story-{number},0100<\n^{title}<\n{text}{ETX}{trailer}<\n{EOT}"
    )


# --- decoding --------------------------------------------------------------------------------------


def test_the_decoder_keeps_the_frame_of_wire_text_and_drops_other_controls() -> None:
    data = _message(1, "Title", ["Body."]).encode()
    text = decode(data, source="<bytes>").text
    assert text.count(SOH) == text.count(STX) == text.count(ETX) == text.count(EOT) == 1
    assert "\x16" not in text
    assert normalise("a\x01b\x03c")[0] == "abc"  # no SOH ... STX frame: not wire text, every control goes
    assert normalise("\x01a0001 r i\x02x\x1fy")[0] == "\x01a0001 r i\x02x y"  # the unit separator parts fields


# --- detection and fields --------------------------------------------------------------------------


def test_a_framed_message_gives_its_fields() -> None:
    wire = (
        f"{SOH}a0547 r i BC-Harbour-Lights 03-01 0420{STX}\n^BC-Harbour-Lights,0420<\n"
        "^Harbour lights return<\n^By ADA LUND and PER DAHL=\n^Associated Press Writer=\n"
        "\tPORTSEA, England (AP) _ The lamps were lit again\non Friday.\n\tResidents cheered.\n\t(END)\n"
        f"{ETX}AP-NY-03-01-24 1015EST<\n{EOT}"
    )
    assert newsparse.rank_detectors(wire).chosen == "anpa"
    (article,) = newsparse.load(wire.encode())
    assert (article.id, article.title, article.byline) == ("a0547", "Harbour lights return", "By ADA LUND and PER DAHL")
    assert article.authors == ("ADA LUND", "PER DAHL")
    assert (article.dateline, article.source, article.published) == (
        "PORTSEA, England", "AP", "2024-03-01T10:15:00-05:00")  # fmt: skip
    assert article.body == "The lamps were lit again on Friday.\n\nResidents cheered."
    assert "priority: r (regular)" in article.notes
    assert "word count: 420" in article.notes
    assert "byline title: Associated Press Writer" in article.notes
    assert [d.reason for d in article.dropped] == ["end mark"]


def test_iptc_7901_trailer_forms_give_the_date() -> None:
    one = f"{SOH}dpa0001 4 vm 50 Test{STX}\nTest\nErste Meldung\n  BERLIN (dpa) - Text.\n{ETX}dpa ab 011015 Mar 24\n"
    two = f"{SOH}dpa0002 3 vm 50 Test{STX}\nTest\nZweite Meldung\n  BERLIN (dpa) - Text.\n"
    two += f"dpa ab cd\n021120 Dez 23\n{ETX}\n"  # the trailer on two lines, inside the text
    first, second = newsparse.load((one + two).encode())
    assert (first.title, first.published, first.source, first.dateline) == (
        "Erste Meldung", "2024-03-01T10:15:00", "dpa", "BERLIN")  # fmt: skip
    assert (second.title, second.published, second.body) == ("Zweite Meldung", "2023-12-02T11:20:00", "Text.")


def test_a_kill_notice_is_read_with_a_problem() -> None:
    (article,) = newsparse.load(_message(3, "KILL Ferry story", ["Editors: kill it."]).encode())
    assert [p.code for p in article.problems] == ["item-withdrawn"]


def test_a_message_without_stx_or_etx_is_read_with_wire_framing_lost() -> None:
    text = (
        f"{SOH}a0001 r i BC-One 03-01 0100{STX}\n^One<\n\tFirst.\n{SOH}a0002 r i BC-Two 03-01 0100\n^Two<\n\tSecond.\n"
    )
    result = newsparse.parse_text(text, detector="anpa")
    assert [a.title for a in result.articles] == ["One", "Two"]
    assert [[p.code for p in a.problems] for a in result.articles] == [["wire-framing-lost"], ["wire-framing-lost"] * 2]


# --- damaged files ---------------------------------------------------------------------------------


def test_caret_notation_is_framed_and_a_caret_headline_is_text() -> None:
    two = _message(1, "Bridge closes", ["The bridge closes."]) + _message(2, "A ferry is late", ["Fog."])
    caret = two.replace("\x16", "^V").replace(SOH, "^A").replace(STX, "^B").replace(ETX, "^C").replace(EOT, "^D")
    assert newsparse.rank_detectors(caret).chosen == "anpa"
    result = newsparse.parse_text(caret)
    assert [(a.title, a.body) for a in result.articles] == [("Bridge closes", "The bridge closes."),
                                                             ("A ferry is late", "Fog.")]  # fmt: skip
    assert result.problems == ()


def test_lost_framing_is_cut_at_header_lines_then_at_trailers() -> None:
    two = _message(1, "One", ["First."]) + _message(2, "Two", ["Second."])
    lost = two.replace("\x16", "").replace(SOH, "").replace(STX, "\n").replace(ETX, "").replace(EOT, "")
    assert newsparse.rank_detectors(lost).chosen == "anpa"
    result = newsparse.parse_text(lost)
    assert [(a.title, a.body, a.published) for a in result.articles] == [
        ("One", "First.", "2024-03-01T10:15:00-05:00"), ("Two", "Second.", "2024-03-01T10:15:00-05:00")]  # fmt: skip
    assert all([p.code for p in a.problems] == ["wire-framing-lost"] for a in result.articles)
    no_headers = "^One<\n\tFirst.\nAP-NY-03-01-24 1015EST\n^Two<\n\tSecond.\nAP-NY-03-01-24 1020EST\n"
    assert [a.title for a in newsparse.parse_text(no_headers, detector="anpa").articles] == ["One", "Two"]


def test_telex_framing_zczc_and_nnnn_is_read() -> None:
    text = (
        "ZCZC dpa0001 4 vm 50 Markt\nMarkt\nMarkt zieht um\n  HUSUM (dpa) - Der Markt zieht um.\nNNNN\n"
        "ZCZC dpa0002 4 vm 40 Hafen\nHafen\nHafen offen\n  KIEL (dpa) - Der Hafen ist offen.\nNNNN\n"
    )
    assert newsparse.rank_detectors(text).chosen == "anpa"
    result = newsparse.parse_text(text)
    assert [(a.id, a.title, a.dateline, a.body) for a in result.articles] == [
        ("dpa0001", "Markt zieht um", "HUSUM", "Der Markt zieht um."),
        ("dpa0002", "Hafen offen", "KIEL", "Der Hafen ist offen."),
    ]


def test_plain_text_and_the_other_layouts_are_not_claimed() -> None:
    detector = AnpaDetector()
    for text in ("Title\n\nBody text here.\n", "<html><p>^A</p></html>", '{"title": "A"}', "^Headline<\n\tText.\n"):
        assert detector.sniff(text) == 0.0


@pytest.mark.parametrize("text", ["", SOH, SOH * 50, STX + ETX, f"{SOH}{STX}{ETX}{EOT}", "^A0000^B^C", "x" + SOH])
def test_garbage_never_raises(text: str) -> None:
    list(AnpaDetector().split(text))
    newsparse.parse_text(text, detector="anpa")


# --- properties ------------------------------------------------------------------------------------

_WORDS = st.text(alphabet=st.sampled_from("abcdefghij ABC,.'é"), min_size=1, max_size=40).map(str.strip).filter(bool)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.lists(_WORDS, min_size=1, max_size=4)), min_size=1, max_size=6))
@example([("A  A", ["A"])])  # found by Hypothesis 6.170: a headline's double space
def test_the_articles_are_the_messages_as_built(messages: list[tuple[str, list[str]]]) -> None:
    """Built from (headline, paragraphs): one article per message, paragraphs as written."""
    assume(all(not t.startswith(("By ", "BY ")) and t.split() != ps[0].split() for t, ps in messages))
    text = "".join(_message(n, t, ps) for n, (t, ps) in enumerate(messages, start=1))
    result = newsparse.parse(text.encode())
    assert result.detection.chosen == "anpa"
    assert [(a.id, a.title, a.body) for a in result.articles] == [
        (f"a{n:04d}", " ".join(t.split()), "\n\n".join(ps))  # a paragraph's own spacing is kept
        for n, (t, ps) in enumerate(messages, start=1)
    ]
