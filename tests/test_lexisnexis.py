"""The LexisNexis family: plain-text exports, HTML exports, and Nexis Uni Word exports read as text.

Every fixture here is written by hand (or built from generated parts) in the layouts the public descriptions give;
each test states the records its input was written with.
"""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.detectors.exports._lexisnexis_fields import unwrap, vocabulary
from newsparse.detectors.exports._lexisnexis_labels import language_code
from newsparse.detectors.exports.lexisnexis import LexisNexisDetector
from newsparse.detectors.exports.lexisnexis_html import LexisNexisHtmlDetector
from newsparse.detectors.exports.nexis_uni import NexisUniDetector
from newsparse.testing import check_detector

NB = "\u00a0"


def _centre(line: str) -> str:
    return " " * max(0, (78 - len(line)) // 2) + line


def _doc(
    marker: str,
    masthead: Sequence[str],
    title: str | None,
    labels: Sequence[str],
    paragraphs: Sequence[str],
    trailer: Sequence[str] = ("LOAD-DATE: March 4, 2024", "LANGUAGE: ENGLISH"),
    *,
    width: int = 72,
) -> str:
    """One plain-text export document: marker, centred masthead, headline, labels, wrapped text, trailer."""
    parts = [_centre(marker), "", "", *("\n".join(_centre(x) for x in m.split("\n")) + "\n" for m in masthead)]
    if title is not None:
        parts += [title, ""]
    parts += [f"{label}\n" for label in labels]
    parts += [textwrap.fill(p, width=width, break_long_words=False) + "\n" for p in paragraphs]
    parts += [f"{label}\n" for label in trailer]
    return "\n".join(parts) + "\n"


def _parse(text: str | bytes) -> newsparse.Result:
    return newsparse.parse(text.encode("utf-8") if isinstance(text, str) else text)


def _codes(result: newsparse.Result) -> set[str]:
    return {p.code for p in result.problems} | {p.code for a in result.articles for p in a.problems}


# --------------------------------------------------------------------------- plain text

LONG = (
    "The lamps along the harbour wall were lit again on Friday evening, after a restoration that the "
    "council had promised for ten years and that residents paid for in part."
)


def test_a_plain_text_export_gives_one_record_per_document_with_its_labelled_fields() -> None:
    text = (
        "Download Request: Selected Items: 1-2\nTerms: harbour\n\n\n"
        + _doc(
            "1 of 2 DOCUMENTS",
            ["The Coastal Herald", "March 3, 2024 Sunday\nFinal Edition"],
            "Harbour lights return",
            [
                "BYLINE: Ada Lund and Per Dahl",
                "SECTION: NEWS; Pg. 4",
                "LENGTH: 61 words",
                "DATELINE: PORT ELLEN",
                "HIGHLIGHT: The lamps are lit again.",
                "URL: https://herald.example/lights",
            ],
            [LONG, "Residents cheered."],
            [
                "LOAD-DATE: March 4, 2024",
                "LANGUAGE: ENGLISH",
                "PUBLICATION-TYPE: Newspaper",
                "SUBJECT: HARBOURS (90%); LIGHTING (72%)",
            ],
        )
        + _doc(
            "2 of 2 DOCUMENTS",
            ["Island Gazette", "March 9, 2024 Saturday"],
            "Ferry delayed",
            ["LENGTH: 4 words"],
            ["Fog."],
        )
    )
    result = _parse(text)
    assert result.detection.chosen == "lexisnexis"
    first, second = result.articles
    assert (first.title, first.source, first.published) == ("Harbour lights return", "The Coastal Herald", "2024-03-03")
    assert (first.byline, first.authors) == ("Ada Lund and Per Dahl", ("Ada Lund", "Per Dahl"))
    assert (first.section, first.dateline, first.subtitle) == ("NEWS; Pg. 4", "PORT ELLEN", "The lamps are lit again.")
    assert (first.language, first.url, first.tags) == ("en", "https://herald.example/lights", ("HARBOURS", "LIGHTING"))
    assert first.paragraphs == (LONG, "Residents cheered.")
    assert "Final Edition" in first.notes
    assert "LENGTH: 61 words" in first.notes
    assert "LOAD-DATE: March 4, 2024" in first.notes
    assert "PUBLICATION-TYPE: Newspaper" in first.notes
    assert not any("LOAD-DATE" in p or "LENGTH" in p for p in first.paragraphs)
    assert [d.reason for d in first.dropped] == ["export cover page"]
    assert (second.title, second.source, second.body) == ("Ferry delayed", "Island Gazette", "Fog.")
    assert result.problems == ()


def test_bom_and_crlf_line_endings_read_the_same() -> None:
    text = _doc("1 of 1 DOCUMENTS", ["Herald", "May 2, 2024 Thursday"], "Pier reopens", ["LENGTH: 9 words"], [LONG])
    plain = _parse(text).articles
    crlf = _parse(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")).articles
    assert [a.to_dict()["body"] for a in crlf] == [a.to_dict()["body"] for a in plain] == [LONG]
    assert [a.title for a in crlf] == ["Pier reopens"]


@pytest.mark.parametrize(
    ("marker", "labels", "trailer"),
    [
        (
            "Dokument 1 von 1",
            ["AUTOR: Anna Berg", "RUBRIK: LOKALES", "LÄNGE: 9 Wörter"],
            ["UPDATE: 4. März 2024", "SPRACHE: GERMAN"],
        ),
        ("Document 1 de 1", ["AUTEUR: Anna Berg", "RUBRIQUE: LOKALES", "LONGUEUR: 9 mots"], ["LANGUE: ALLEMAND"]),
        ("Documento 1 de 1", ["AUTOR: Anna Berg", "SECCIÓN: LOKALES", "LONGITUD: 9 palabras"], ["IDIOMA: ALEMÁN"]),
        ("1 di 1 DOCUMENTI", ["AUTORE: Anna Berg", "SEZIONE: LOKALES", "LUNGHEZZA: 9 parole"], ["LINGUA: TEDESCO"]),
        ("1 of 1 DOCUMENT", ["BYLINE: Anna Berg", "SECTION: LOKALES", "LENGTH: 9 words"], ["LANGUAGE: GERMAN"]),
    ],
)
def test_localised_markers_and_labels(marker: str, labels: list[str], trailer: list[str]) -> None:
    text = _doc(marker, ["Der Kurier", "3. März 2024 Sonntag"], "Fähre verspätet", labels, ["Dichter Nebel."], trailer)
    result = _parse(text)
    assert result.detection.chosen == "lexisnexis"
    (article,) = result.articles
    assert (article.title, article.byline, article.section) == ("Fähre verspätet", "Anna Berg", "LOKALES")
    assert (article.source, article.language, article.body) == ("Der Kurier", "de", "Dichter Nebel.")
    assert labels[2] in article.notes
    assert "export-label-unknown" not in _codes(result)


def test_hyphens_at_line_ends_follow_the_stated_rule() -> None:
    """Kept for compounds; dropped only for lower-case continuations whose joined word the document writes."""
    lines = [
        "The state-of-the-",
        "art plant, paid for by the govern-",
        "ment, opened. A Franco-",
        "German crew worked for the",
        "government.",
    ]  # wrapped at 34 columns: no line's next word would have fitted on it
    words = vocabulary(" ".join(lines))
    assert unwrap(lines, wrapped=True, words=words) == [
        "The state-of-the-art plant, paid for by the government, opened. "
        "A Franco-German crew worked for the government."
    ]
    assert unwrap(["the well-", "known plan"], wrapped=True, words=vocabulary("the well- known plan")) == [
        "the well-known plan"
    ]
    assert unwrap(["a self-", "made man"], wrapped=True, words=vocabulary("selfmade a self-made man self- made")) == [
        "a self-made man"
    ]  # the hyphenated form is written elsewhere: a compound


def test_a_line_whose_next_word_would_have_fitted_is_a_deliberate_break() -> None:
    table = ["Results of the regatta on the bay, sailed in a strong wind:", "1. Ada Lund", "2. Per Dahl"]
    assert unwrap(table, wrapped=True, width=76) == [table[0], "1. Ada Lund", "2. Per Dahl"]  # 76: the document's
    prose = textwrap.wrap(LONG, width=60)
    assert unwrap(prose, wrapped=True) == [LONG]


def test_the_older_layout_with_copyright_first_and_headline_and_body_labels() -> None:
    text = "\n".join(
        [
            _centre("1 of 1 DOCUMENT"),
            "",
            _centre("Copyright 1999 The Town Herald Company"),
            _centre("The Town Herald"),
            "",
            _centre("March 3, 1999, Wednesday, Late Edition - Final"),
            "",
            "SECTION: Metro Desk",
            "",
            "LENGTH: 9 words",
            "",
            "HEADLINE: Library to open late",
            "",
            "BYLINE: By JANE ROE",
            "",
            "BODY:",
            "",
            "   The library opens late.",
            "",
            "LOAD-DATE: March 4, 1999",
            "",
        ]
    )
    (article,) = _parse(text).articles
    assert (article.title, article.source, article.published) == (
        "Library to open late",
        "The Town Herald",
        "1999-03-03",
    )
    assert (article.byline, article.section, article.body) == ("By JANE ROE", "Metro Desk", "The library opens late.")
    assert article.notes[0] == "Copyright 1999 The Town Herald Company"


def test_declared_counts_that_disagree_are_reported_and_the_documents_still_read() -> None:
    doc = _doc("{} of {} DOCUMENTS", ["Herald", "May 2, 2024 Thursday"], "Title {}", ["LENGTH: 1 words"], ["Text {}."])
    missing = doc.format(1, 4, 1, 1) + doc.format(2, 4, 2, 2) + doc.format(4, 4, 4, 4)
    result = _parse(missing)
    assert [a.title for a in result.articles] == ["Title 1", "Title 2", "Title 4"]
    (problem,) = result.problems
    assert problem.code == "export-count-mismatch"
    assert "from 2 to 4" in problem
    short = _parse(doc.format(1, 3, 1, 1) + doc.format(2, 3, 2, 2))
    assert [p.code for p in short.problems] == ["export-count-mismatch"]
    assert "declares 3" in short.problems[0]
    whole = _parse(doc.format(1, 2, 1, 1) + doc.format(2, 2, 2, 2))
    assert whole.problems == ()
    ranged = _parse(
        "Download Request: Selected Items: 101-102\n\n" + doc.format(101, 500, 1, 1) + doc.format(102, 500, 2, 2)
    )
    assert ranged.problems == ()  # a range of a longer result list: numbered from 101, all present


def test_documents_without_headline_or_text_are_still_records_and_an_empty_one_is_reported() -> None:
    untitled = _doc("1 of 3 DOCUMENTS", ["Herald", "May 2, 2024 Thursday"], None, ["SECTION: CITY"], ["Text."])
    bodiless = _doc(
        "2 of 3 DOCUMENTS", ["Gazette", "May 2, 2024 Thursday"], "Photo of the day", ["GRAPHIC: A pier"], [], []
    )
    empty = _centre("3 of 3 DOCUMENTS") + "\n\n"
    result = _parse(untitled + bodiless + empty)
    first, second = result.articles
    assert (first.title, first.section, first.body) == (None, "CITY", "Text.")
    assert [(p.code, p.message) for p in first.problems] == [("export-field-missing", "document 1 has no headline")]
    assert (second.title, second.body) == ("Photo of the day", "")
    assert ("export-field-missing", "document 2 has no text") in {(p.code, p.message) for p in second.problems}
    assert [p.code for p in result.problems] == ["export-document-empty"]
    assert "document 3 is empty" in result.problems[0]


def test_unknown_labels_are_kept_in_notes_with_a_problem() -> None:
    text = _doc(
        "1 of 1 DOCUMENTS",
        ["Herald", "May 2, 2024"],
        "Title",
        ["LENGTH: 2 words", "CORRECTION-APPENDED: Yes"],
        ["Text."],
        ["LOAD-DATE: May 3, 2024", "FROBNICATION-LEVEL: 7", "LANGUAGE: ENGLISH"],
    )
    result = _parse(text)
    (article,) = result.articles
    assert "CORRECTION-APPENDED: Yes" in article.notes
    assert "FROBNICATION-LEVEL: 7" in article.notes
    (problem,) = [p for p in article.problems if p.code == "export-label-unknown"]
    assert "CORRECTION-APPENDED" in problem
    assert "FROBNICATION-LEVEL" in problem
    assert article.body == "Text."


def test_a_text_paragraph_that_starts_like_a_label_stays_text() -> None:
    long = "WASHINGTON: " + LONG
    text = _doc("1 of 1 DOCUMENTS", ["Herald", "May 2, 2024"], "Title", ["LENGTH: 2 words"], [long, "End."])
    (article,) = _parse(text).articles
    assert article.paragraphs == (LONG, "End.")
    assert article.dateline == "WASHINGTON"
    assert not any("WASHINGTON" in note for note in article.notes)


def test_the_same_story_syndicated_in_several_papers_stays_one_record_per_paper() -> None:
    story = "Thick fog kept the morning ferry in port for three hours."
    papers = ["Island Gazette", "North Shore News", "Coastal Herald"]
    text = "".join(
        _doc(f"{k} of 3 DOCUMENTS", [paper, "March 9, 2024 Saturday"], "Ferry delayed", ["BYLINE: Per Dahl"], [story])
        for k, paper in enumerate(papers, start=1)
    )
    articles = _parse(text).articles
    assert [(a.title, a.source, a.body) for a in articles] == [("Ferry delayed", p, story) for p in papers]
    assert len({a.id for a in articles}) == 3


def test_stray_markup_in_an_abstract_becomes_text() -> None:
    text = _doc(
        "1 of 1 DOCUMENTS",
        ["Herald", "May 2, 2024"],
        "Title",
        ["HIGHLIGHT: Rates <b>rise</b> &amp; savers <i>wait</i>"],
        ["Text."],
    )
    (article,) = _parse(text).articles
    assert article.subtitle == "Rates rise & savers wait"
    assert [p.message for p in article.problems if p.code == "export-markup-in-text"] == [
        "document 1: markup in HIGHLIGHT read as text"
    ]


def test_markers_must_be_lines_of_their_own_so_prose_is_not_an_export() -> None:
    prose = "Title\n\nThe court read 1 of 3 documents aloud.\n\nThen 2 of 3 documents.\n"
    assert LexisNexisDetector().sniff(prose) == 0.0
    assert LexisNexisDetector().sniff("<html><p>1 of 2 DOCUMENTS</p></html>") == 0.0


# --------------------------------------------------------------------------- HTML

_STYLE = "<STYLE><!-- .c0 { text-align: center; } .c1 { text-align: center; } .c5 { text-align: left; } --></STYLE>"


def _html_doc(k: int, total: int, title_spans: str, paragraphs: Sequence[str], *, labels: str = "") -> str:
    def centred(text: str) -> str:
        return f'<BR><DIV CLASS="c0"><P CLASS="c1"><SPAN CLASS="c2">{text}</SPAN></P></DIV>\n'

    def left(inner: str) -> str:
        return f'<BR><DIV CLASS="c5"><P CLASS="c6">{inner}</P></DIV>\n'

    body = "".join(f'<P CLASS="c9"><SPAN CLASS="c2">{p}</SPAN></P>' for p in paragraphs)
    return (
        f'<A NAME="DOC_ID_{k}_0"></A><!-- <DOC NUMBER={k}> -->\n'
        + centred(f"{k} of {total} DOCUMENTS")
        + centred("The Coastal Herald")
        + centred("March 3, 2024 Sunday")
        + (left(title_spans) if title_spans else "")
        + left('<SPAN CLASS="c8">LENGTH: </SPAN><SPAN CLASS="c2">9 words</SPAN>')
        + labels
        + f'<BR><DIV CLASS="c5">{body}</DIV>\n'
        + left('<SPAN CLASS="c8">LOAD-DATE: </SPAN><SPAN CLASS="c2">March 4, 2024</SPAN>')
        + centred("Copyright 2024 Coastal Herald<BR>All Rights Reserved")
    )


def _html(docs: str, declared: int | None = None) -> str:
    meta = f'<META TOPIC="null" DOCUMENTS="{declared}" />' if declared is not None else ""
    return f"<HTML><HEAD>{_STYLE}<TITLE>&nbsp;</TITLE>{meta}</HEAD><BODY>{docs}</BODY></HTML>"


def test_search_hit_spans_splitting_a_headline_give_it_whole_without_doubled_spaces() -> None:
    title = '<SPAN CLASS="c7">Harbour </SPAN><SPAN CLASS="c10">bank</SPAN><SPAN CLASS="c7"> </SPAN>'
    title += '<SPAN CLASS="c10">crisis</SPAN>'
    title += '<SPAN CLASS="c7">  deepens</SPAN><SPAN CLASS="c10">ly</SPAN>'
    result = _parse(_html(_html_doc(1, 1, title, ['The <SPAN CLASS="c4">bank</SPAN> closed.'])))
    assert result.detection.chosen == "lexisnexis-html"
    (article,) = result.articles
    assert article.title == "Harbour bank crisis deepensly"
    assert (article.source, article.published, article.body) == ("The Coastal Herald", "2024-03-03", "The bank closed.")
    assert "LENGTH: 9 words" in article.notes
    assert "Copyright 2024 Coastal Herald All Rights Reserved" in article.notes


def test_html_declared_count_entities_lists_and_stray_markup() -> None:
    labels = '<BR><DIV CLASS="c5"><P CLASS="c6"><SPAN CLASS="c8">HIGHLIGHT: </SPAN>'
    labels += "<SPAN>Savers &lt;b&gt;wait&lt;/b&gt; &amp; hope</SPAN></P></DIV>"
    bullets = "<UL><LI><P><SPAN><NOBR>&bull;</NOBR></SPAN></P><DIV><P>First point</P></DIV></LI></UL>"
    docs = _html_doc(1, 2, "<SPAN>Caf&eacute; closes</SPAN>", ["Doors shut.", bullets], labels=labels)
    docs += _html_doc(2, 2, "<SPAN>Second</SPAN>", ["More."])
    result = _parse(_html(docs, declared=3))
    first, second = result.articles
    assert (first.title, first.subtitle) == ("Café closes", "Savers wait & hope")
    assert first.paragraphs == ("Doors shut.", "First point")
    assert second.title == "Second"
    assert [p.code for p in result.problems] == ["export-count-mismatch"]


def test_html_entities_nobody_defines_stay_text_and_nothing_expands() -> None:
    bomb = '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    page = bomb + _html(_html_doc(1, 1, "<SPAN>Title &b;</SPAN>", ["Text &a; &#65;."]))
    (article,) = _parse(page).articles
    assert article.title == "Title &b;"
    assert article.body == "Text &a; A."


def test_a_truncated_html_export_gives_what_it_has() -> None:
    page = _html(
        _html_doc(1, 2, "<SPAN>One</SPAN>", ["First."]) + _html_doc(2, 2, "<SPAN>Two</SPAN>", ["Second text."])
    )
    cut = page[: page.index("Second text.") + 6]
    result = _parse(cut)
    assert [a.title for a in result.articles] == ["One", "Two"]
    assert result.articles[1].body == "Second"


# --------------------------------------------------------------------------- Nexis Uni


def _uni_doc(
    title: str, paper: str, body: Sequence[str], *, end: str = "End of Document", extra: Sequence[str] = ()
) -> list[str]:
    return [
        title,
        paper,
        "March 3, 2024 Sunday",
        "Copyright 2024 The Paper",
        f"Section:{NB}NEWS",
        f"Length:{NB}9 words",
        f"Byline:{NB}Ada Lund",
        "Body",
        *body,
        "Classification",
        f"Language:{NB}ENGLISH",
        f"Subject:{NB}HARBOURS (90%); FERRIES (71%)",
        f"Load-Date:{NB}March 4, 2024",
        *extra,
        end,
    ]


def _uni(*docs: list[str], cover: Sequence[str] = ()) -> str:
    return "\n\n".join([*cover, *(line for doc in docs for line in doc)]) + "\n"


def test_nexis_uni_reads_documents_and_never_the_table_of_contents() -> None:
    cover = [
        "Date and Time: Sunday, March 10, 2024",
        "Job Number: 1",
        "Documents (2)",
        "1. Pier reopens",
        "Client/Matter: -None-",
        "Search Terms: pier",
        "2. Pier reopens",
        "Client/Matter: -None-",
    ]
    text = _uni(
        _uni_doc("Pier reopens", "Herald", ["The pier is open.", "Crowds came."]),
        _uni_doc("Pier reopens", "Gazette", ["The pier is open."]),
        cover=cover,
    )
    result = _parse(text)
    assert result.detection.chosen == "nexis-uni"
    first, _second = result.articles
    assert [(a.title, a.source) for a in result.articles] == [("Pier reopens", "Herald"), ("Pier reopens", "Gazette")]
    assert (first.published, first.byline, first.section, first.language) == ("2024-03-03", "Ada Lund", "NEWS", "en")
    assert first.paragraphs == ("The pier is open.", "Crowds came.")
    assert first.tags == ("HARBOURS", "FERRIES")
    assert "Length: 9 words" in first.notes
    assert "Load-Date: March 4, 2024" in first.notes
    assert "Client/Matter: -None-" in first.dropped[0].text
    assert result.problems == ()


def test_nexis_uni_without_a_cover_and_with_unknown_labels() -> None:
    text = _uni(_uni_doc("Pier reopens", "Herald", ["Open."], extra=[f"Frobnicator:{NB}7"]))
    result = _parse(text)
    (article,) = result.articles
    assert article.title == "Pier reopens"
    assert "Frobnicator: 7" in article.notes
    assert "export-label-unknown" in _codes(result)


def test_nexis_uni_localised_headings_and_a_cut_short_export() -> None:
    de = _uni_doc("Fähre verspätet", "Der Kurier", ["Nebel."], end="Ende des Dokuments")
    de = [line.replace("Body", "Text").replace("Section:", "Rubrik:").replace("Length:", "Länge:") for line in de]
    cut = _uni_doc("Zweiter Text", "Der Kurier", ["Noch mehr."])[:-3]
    result = _parse(_uni(de, cut, cover=["Dokumente (3)"]))
    assert [a.title for a in result.articles] == ["Fähre verspätet", "Zweiter Text"]
    assert result.articles[0].section == "NEWS"
    assert result.articles[1].body == "Noch mehr."
    assert {"export-truncated", "export-count-mismatch"} <= _codes(result)


def test_nexis_uni_without_body_heading_reads_the_header_by_position() -> None:
    lines = [
        "Pier reopens",
        "Herald",
        "March 3, 2024 Sunday",
        f"Length:{NB}2 words",
        "The pier is open.",
        f"Load-Date:{NB}March 4, 2024",
        "End of Document",
    ]
    (article,) = _parse(_uni(lines)).articles
    assert (article.title, article.source, article.published, article.body) == (
        "Pier reopens",
        "Herald",
        "2024-03-03",
        "The pier is open.",
    )


# --------------------------------------------------------------------------- properties

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=40).map(lambda words: " ".join(words).capitalize() + ".")
_TITLE = st.lists(_WORD, min_size=1, max_size=8).map(lambda words: " ".join(words).title())
_STORY = st.tuples(_TITLE, st.lists(_SENTENCE, min_size=1, max_size=4))


_MARKERS = (
    "{k} of {n} DOCUMENTS",
    "Dokument {k} von {n}",
    "Document {k} de {n}",
    "Documento {k} de {n}",
    "{k} di {n} DOCUMENTI",
)
_LENGTHS = ("LENGTH: 9 words", "LÄNGE: 9 Wörter", "LONGUEUR: 9 mots", "LONGITUD: 9 palabras", "LUNGHEZZA: 9 parole")


@given(
    st.lists(_STORY, min_size=1, max_size=5),
    st.integers(min_value=50, max_value=90),
    st.integers(min_value=0, max_value=len(_MARKERS) - 1),
    st.booleans(),
)
def test_generated_plain_text_exports_give_the_stories_they_were_built_from(
    stories: list[tuple[str, list[str]]], width: int, language: int, windows: bool
) -> None:
    """Titles, count and paragraphs (hard-wrapped at any width, any marker language, CRLF or not) come back."""
    total, masthead = len(stories), ["Herald", "May 2, 2024"]
    text = "".join(
        _doc(_MARKERS[language].format(k=k, n=total), masthead, t, [_LENGTHS[language]], ps, width=width)
        for k, (t, ps) in enumerate(stories, start=1)
    )
    result = _parse(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode() if windows else text.encode())
    assert result.detection.chosen == "lexisnexis"
    assert [(a.title, a.paragraphs) for a in result.articles] == [(t, tuple(ps)) for t, ps in stories]
    assert all(_LENGTHS[language] in a.notes for a in result.articles)
    assert result.problems == ()


@given(st.lists(_STORY, min_size=1, max_size=4), st.data())
def test_generated_html_exports_with_hit_spans_give_whole_titles(
    stories: list[tuple[str, list[str]]], data: st.DataObject
) -> None:
    """A title cut into highlighted runs at any character comes back whole."""
    docs = ""
    for k, (title, paragraphs) in enumerate(stories, start=1):
        cuts = sorted(data.draw(st.lists(st.integers(0, len(title)), max_size=4)))
        runs = [title[a:b] for a, b in zip([0, *cuts], [*cuts, len(title)], strict=True)]
        spans = "".join(f'<SPAN CLASS="c{7 + 3 * (n % 2)}">{run}</SPAN>' for n, run in enumerate(runs))
        docs += _html_doc(k, len(stories), spans, paragraphs)
    result = _parse(_html(docs))
    assert [(a.title, a.paragraphs) for a in result.articles] == [(t, tuple(ps)) for t, ps in stories]


_UNI_WORDS = (
    ("Body", "Classification", "End of Document", "Documents"),
    ("Text", "Klassifikation", "Ende des Dokuments", "Dokumente"),
    ("Corps", "Classification", "Fin du document", "Documents"),
    ("Cuerpo", "Clasificación", "Fin del documento", "Documentos"),
)


@given(st.lists(_STORY, min_size=1, max_size=4), st.booleans(), st.sampled_from(_UNI_WORDS))
def test_generated_nexis_uni_exports_give_the_stories_they_were_built_from(
    stories: list[tuple[str, list[str]]], with_cover: bool, words: tuple[str, str, str, str]
) -> None:
    """Any number of documents, with or without a cover and contents, in any interface language."""
    body, classification, end, documents = words
    cover = [f"{documents} ({len(stories)})", *(f"{k}. {t}" for k, (t, _) in enumerate(stories, start=1))]
    headings = {"Body": body, "Classification": classification}
    docs = [[headings.get(line, line) for line in _uni_doc(t, "Herald", ps, end=end)] for t, ps in stories]
    result = _parse(_uni(*docs, cover=cover if with_cover else ()))
    assert result.detection.chosen == "nexis-uni"
    assert [(a.title, a.paragraphs) for a in result.articles] == [(t, tuple(ps)) for t, ps in stories]
    assert result.problems == ()


_PIECES = [
    *"aB1 :-\n\u00a0<>/&;#\"'=",
    "DOCUMENTS",
    "1 of 2",
    "LENGTH: ",
    "End of Document",
    "Body",
    "<P>",
    "<!--",
    '<A NAME="DOC_ID_1">',
    "Copyright ",
    "Load-Date:\u00a0",
    "1. ",
    "Documents (3)",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=120).map("".join))
def test_every_detector_of_the_family_reads_any_text_without_raising(text: str) -> None:
    for detector in (LexisNexisDetector(), LexisNexisHtmlDetector(), NexisUniDetector()):
        assert 0.0 <= detector.sniff(text) <= 1.0
        raws = list(detector.split(text))
        assert all(0 <= r.start <= r.end <= len(text) for r in raws)
        assert all(a.end <= b.start for a, b in itertools.pairwise(raws))


def test_the_family_passes_the_plugin_conformance_check() -> None:
    samples = {
        LexisNexisDetector(): [_doc("1 of 1 DOCUMENTS", ["Herald", "May 2, 2024"], "T", ["LENGTH: 1 words"], ["X."])],
        LexisNexisHtmlDetector(): [_html(_html_doc(1, 1, "<SPAN>T</SPAN>", ["X."]))],
        NexisUniDetector(): [_uni(_uni_doc("T", "Herald", ["X."]))],
    }
    for detector, texts in samples.items():
        assert check_detector(detector, texts) == []


def test_language_names_become_bcp47_codes_and_unknown_ones_stay_in_notes() -> None:
    assert [language_code(v) for v in ("ENGLISH", "Französisch", "ESPAÑOL; INGLÉS", "nl", "Esperanto")] == [
        "en",
        "fr",
        "es",
        "nl",
        None,
    ]
    text = _doc(
        "1 of 1 DOCUMENTS", ["Herald", "May 2, 2024"], "T", ["LENGTH: 1 words"], ["X."], ["LANGUAGE: ESPERANTO"]
    )
    (article,) = _parse(text).articles
    assert article.language is None
    assert "LANGUAGE: ESPERANTO" in article.notes


def test_a_centred_headline_with_nothing_flush_left_is_the_title() -> None:
    masthead = ["Herald", "May 2, 2024 Thursday", "Pier reopens"]
    text = _doc("1 of 1 DOCUMENTS", masthead, None, ["LENGTH: 3 words"], ["Open."])
    (article,) = _parse(text).articles
    assert (article.title, article.source, article.published) == ("Pier reopens", "Herald", "2024-05-02")


def test_html_viewer_links_are_not_text() -> None:
    page = _html(_html_doc(1, 1, "<SPAN>Title</SPAN>", ["Text.", "Return to List"]))
    (article,) = _parse(page).articles
    assert article.body == "Text."


def test_nexis_uni_a_heading_word_inside_the_text_stays_text() -> None:
    text = _uni(_uni_doc("Pier reopens", "Herald", ["Open.", "Classification", "More text."]))
    (article,) = _parse(text).articles
    assert article.paragraphs == ("Open.", "Classification", "More text.")
    assert article.language == "en"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Ada Lund and Per Dahl, Associated Press", ("Ada Lund", "Per Dahl")),
        ("von Anna Berg und Jan Ott in Kiel", ("Anna Berg", "Jan Ott")),
        ("Lois Lane; Clark Kent", ("Lois Lane", "Clark Kent")),
        ("João Silva e Sousa", ("João Silva e Sousa",)),
    ],
)
def test_bylines_give_authors(byline: str, authors: tuple[str, ...]) -> None:
    text = _doc("1 of 1 DOCUMENTS", ["Herald", "May 2, 2024"], "T", [f"BYLINE: {byline}"], ["X."])
    (article,) = _parse(text).articles
    assert (article.byline, article.authors) == (byline, authors)


def test_a_headline_wrapped_at_a_hyphen_keeps_it_without_a_space() -> None:
    title = "A state-of-the-\nart pier opens"
    text = _doc("1 of 1 DOCUMENTS", ["Herald", "May 2, 2024"], title, ["LENGTH: 1 words"], ["X."])
    (article,) = _parse(text).articles
    assert article.title == "A state-of-the-art pier opens"


def test_nexis_uni_a_headline_that_is_a_heading_word_is_the_title() -> None:
    (article,) = _parse(_uni(_uni_doc("Text", "Herald", ["Open."]))).articles
    assert (article.title, article.body) == ("Text", "Open.")


def test_a_word_the_export_broke_at_a_line_end_is_joined_in_a_whole_document() -> None:
    text = _doc("1 of 1 DOCUMENTS", ["Herald", "May 2, 2024"], "T", ["LENGTH: 9 words"], ["X."])
    text = text.replace("X.", "The government met. The govern-\nment said the state-of-the-\nart pier is open.")
    (article,) = _parse(text).articles
    assert article.body == "The government met. The government said the state-of-the-art pier is open."


def _word_file(paragraphs: Sequence[str]) -> bytes:
    """A minimal .docx whose body is ``paragraphs``, each label in a bold run as Nexis Uni writes it."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    def run(text: str, bold: bool = False) -> str:
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    body = ""
    for paragraph in paragraphs:
        label, colon, value = paragraph.partition(f":{NB}")
        runs = run(label + ":", bold=True) + run(NB + value) if colon else run(paragraph)
        body += f"<w:p>{runs}</w:p>"
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>'
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def test_a_nexis_uni_word_file_is_read_through_the_docx_source(tmp_path: Path) -> None:
    cover = ["Documents (2)", "1. Pier reopens", "Client/Matter: -None-", "2. Ferry delayed"]
    lines = [
        *cover,
        *_uni_doc("Pier reopens", "Herald", ["Open.", "Crowds."]),
        *_uni_doc("Ferry delayed", "Gazette", ["Fog."]),
    ]
    path = tmp_path / "Files (2).docx"
    path.write_bytes(_word_file(lines))
    result = newsparse.parse(path)
    assert result.detection.chosen == "nexis-uni"
    assert [(a.title, a.source, a.body) for a in result.articles] == [
        ("Pier reopens", "Herald", "Open.\n\nCrowds."),
        ("Ferry delayed", "Gazette", "Fog."),
    ]
    assert result.articles[0].byline == "Ada Lund"
    assert result.problems == ()
