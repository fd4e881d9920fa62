"""The ``proquest`` detector: e-mailed (.eml), saved HTML and plain-text ProQuest exports.

Every export here is built by this file from made-up documents (written from the public descriptions of
the format: labelled paragraphs, a ``<Text>`` element for the full text, MIME with quoted-printable or
base64), so each test knows what the export holds without asking newsparse.
"""

from __future__ import annotations

import base64
import itertools
import quopri
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.detectors.exports import _mime
from newsparse.detectors.exports._proquest import read_document
from newsparse.detectors.exports.proquest import ProQuestDetector
from newsparse.testing import assert_detector_conforms

from .strategies import sentences

FORMATS = Path(__file__).parent / "data" / "formats" / "proquest"
DETECTOR = ProQuestDetector()
RULE = "_" * 60
P = '<p style="margin-bottom:5pt; margin-top:0; padding:0;">'


def _doc(
    title: str | None,
    body: list[str] | None,
    *,
    number: int = 1,
    labels: list[tuple[str, str]] | None = None,
    abstract: str | None = None,
) -> str:
    """One document of the HTML export (the e-mailed one and the saved one are the same markup)."""
    out = [f'<div style="margin-bottom:20pt;padding-bottom:5pt"><a name="DocID_MSTAR_{number}"></a>{P}</p>']
    if title is not None:
        out.append(f'<p style="font-size:11pt;font-weight:bold;">{title}</p>')
    rows = labels if labels is not None else [("Author", "Lund, Ada")]
    out.extend(f"{P}<strong>{k}:  </strong>{v}</p>" for k, v in rows[:1])
    out.append(f'{P}<a href="https://www.proquest.com/docview/{number}">ProQuest document link</a></p>')
    if abstract is not None:
        out.append(f"{P}<strong>Abstract:  </strong>{abstract}</p>")
    if body is not None:
        paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
        out.append(
            f'{P}<strong>Full text: </strong><Text WordCount="10" HTMLContent="true"><html><head><title></title>'
            f"</head><body><div>{paragraphs}</div></body></html></Text></p>"
        )
    out.extend(f"{P}<strong>{k}: </strong>{v}</p>" for k, v in rows[1:])
    out.append(f"{P}<strong>ProQuest document ID: </strong>{number}</p></div>")
    return "".join(out)


def _page(docs: list[str]) -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<title>Document Email</title></head><body><table><tr><td>" + "".join(docs) + "</td></tr></table></body></html>"
    )


def _mail(html: str, *, charset: str = "UTF-8", encoding: str = "quoted-printable", data: bytes | None = None) -> str:
    """An e-mailed export: multipart/mixed with one text/html part, encoded as asked."""
    raw = html.encode(charset) if data is None else data
    if encoding == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif encoding == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode(charset)
    return (
        "From: noreply@proquest.com\nSubject: Your ProQuest Research\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed;\n\tboundary="----=_Part_7"\n\n------=_Part_7\n'
        f'Content-Type: text/html; charset="{charset}"\nContent-Transfer-Encoding: {encoding}\n\n'
        f"{payload}\n------=_Part_7--\n"
    )


def _text_export(docs: list[tuple[str, list[str]]], *, declared: int | None = None) -> str:
    toc = ""
    if declared is not None:
        toc = "Table of contents\n\n" + "\n\n".join(f"{n}. Title {n}" for n in range(1, declared + 1)) + f"\n{RULE}\n\n"
    sections = [
        f"{title}\n\nAuthor: Anonymous\n\nFull text: " + "\n\n".join(body) + f"\n\nProQuest document ID: {n}"
        for n, (title, body) in enumerate(docs, start=1)
    ]
    return (
        f"{RULE}\n\nReport Information from ProQuest\n{RULE}\n\n{toc}" + f"\n{RULE}\n\n".join(sections) + f"\n{RULE}\n"
    )


def _codes(result: newsparse.Result) -> list[str]:
    return [p.code for p in result.problems] + [p.code for a in result.articles for p in a.problems]


# --------------------------------------------------------------------------- fixtures


def test_the_fixtures_are_detected_as_proquest_and_give_the_fields_read() -> None:
    result = newsparse.parse(FORMATS / "two-documents.eml")
    first, second = result.articles
    assert (first.id, first.language, first.section) == ("100000001", "en", "Local News")
    assert first.body.startswith("The lamps along the harbour wall")
    assert "“It feels like the town has its eyes back,” said Ada Lund, who runs the café on the quay." in first.body
    assert second.id == "100000002"
    assert second.notes[0] == "Abstract: The lamps along the harbour wall were lit again."
    assert first.body == second.body  # a story syndicated in two papers stays two records
    assert [d.reason for d in first.dropped] == ["citation line", "export chrome"]


def test_a_windows_1252_part_is_decoded_with_its_charset() -> None:
    (article,) = newsparse.parse(FORMATS / "windows-1252.eml").articles
    assert article.title == "Café owners welcome the summer season"
    assert article.body == "Café owners on the promenade said bookings were up.\n\n“Déjà complet,” one owner said."
    assert article.language == "fr"
    assert article.problems == ()


def test_the_plain_text_export_with_bom_and_crlf_counts_its_documents() -> None:
    result = newsparse.parse(FORMATS / "text-export.txt")
    assert [a.title for a in result.articles] == ["Harbour lights return", "Ferry delayed by fog"]
    assert [p.code for p in result.problems] == ["export-count-mismatch"]
    assert "declares 3 documents but holds 2" in result.problems[0]
    ferry = result.articles[1]
    assert ferry.published == "2009-03-03"
    assert ferry.authors == ()
    assert ferry.byline is None


# --------------------------------------------------------------------------- MIME


def test_quoted_printable_utf8_with_a_character_split_across_soft_line_breaks() -> None:
    body = ["Sch\u00f6ne Gr\u00fc\u00dfe \u2014 " + "lange Zeile " * 12 + "\u201cEnde\u201d."]
    mail = _mail(_page([_doc("Gr\u00fc\u00dfe aus K\u00f6ln", body)]))
    (article,) = newsparse.parse_text(mail).articles
    assert article.title == "Gr\u00fc\u00dfe aus K\u00f6ln"
    assert article.body == body[0]


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64", "8bit"])
def test_every_transfer_encoding_gives_the_same_documents(encoding: str) -> None:
    html = _page(
        [_doc("Caf\u00e9 reopens", ["The caf\u00e9 reopened on Friday."]), _doc("Ferry late", ["Fog."], number=2)]
    )
    result = newsparse.parse_text(_mail(html, encoding=encoding))
    assert [a.title for a in result.articles] == ["Caf\u00e9 reopens", "Ferry late"]
    assert [a.body for a in result.articles] == ["The caf\u00e9 reopened on Friday.", "Fog."]
    assert _codes(result) == []


def test_a_charset_that_lies_is_replaced_and_reported() -> None:
    html = _page([_doc("Caf\u00e9 reopens", ["D\u00e9j\u00e0 vu at the caf\u00e9."])])
    mail = _mail(html, charset="utf-8", data=html.encode("cp1252"))  # declares UTF-8, holds Windows-1252
    (article,) = newsparse.parse_text(mail).articles
    assert article.body == "D\u00e9j\u00e0 vu at the caf\u00e9."
    assert [p.code for p in article.problems] == ["charset-mismatch"]
    unknown = _mail(html, charset="x-no-such-charset", data=html.encode("utf-8"))
    (article,) = newsparse.parse_text(unknown).articles
    assert article.title == "Caf\u00e9 reopens"
    assert [p.code for p in article.problems] == ["charset-mismatch"]


def test_a_damaged_base64_part_keeps_what_decodes() -> None:
    html = _page([_doc("Harbour lights", ["The lamps were lit again."])])
    mail = _mail(html, encoding="base64").replace("\n------=_Part_7--", "!!@@\n------=_Part_7--")
    result = newsparse.parse_text(mail)
    assert [a.title for a in result.articles] == ["Harbour lights"]
    assert "mime-part-unreadable" in _codes(result)


def test_a_forwarded_export_inside_message_rfc822_and_nested_multiparts() -> None:
    inner = _mail(_page([_doc("Harbour lights", ["Lit again."])]))
    outer = (
        "From: colleague@university.example\nSubject: Fwd: Your ProQuest Research\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="outer"\n\n--outer\nContent-Type: multipart/alternative; '
        'boundary="alt"\n\n--alt\nContent-Type: text/plain\n\nSee the export below.\n--alt--\n'
        "--outer\nContent-Type: message/rfc822\n\n" + inner + "--outer--\n"
    )
    result = newsparse.parse_text(outer)
    assert result.detection.chosen == "proquest"
    assert [a.title for a in result.articles] == ["Harbour lights"]


def test_a_single_part_message_and_a_plain_text_part_are_read() -> None:
    html = _page([_doc("Harbour lights", ["Lit again."])])
    single = "From: noreply@proquest.com\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + html
    assert [a.title for a in newsparse.parse_text(single).articles] == ["Harbour lights"]
    text = _text_export([("Ferry late", ["Fog kept the ferry in port."])])
    plain = "From: noreply@proquest.com\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + text
    (article,) = newsparse.parse_text(plain).articles
    assert (article.title, article.body) == ("Ferry late", "Fog kept the ferry in port.")


def test_article_spans_are_the_raw_lines_of_each_document_in_the_mail() -> None:
    docs = [_doc(f"Story {n}", [f"Paragraph of story {n}. " * 30], number=n) for n in range(1, 5)]
    mail = _mail(_page(docs))
    articles = DETECTOR.split(mail)
    spans = [(a.start, a.end) for a in articles]
    assert all(s <= e for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))
    for number, (start, end) in enumerate(spans, start=1):
        raw = mail[start:end].replace("=\n", "")
        assert f"DocID_MSTAR_{number}" in raw  # each span holds its own document's anchor...
        assert f"DocID_MSTAR_{number + 1}" not in raw  # ...and not the next one's
        assert mail[start - 1] == "\n"  # and starts at a raw line


def test_raw_offset_maps_a_decoded_position_to_its_encoded_line() -> None:
    mail = _mail("<p>" + "caf\u00e9 " * 40 + "MARK</p>")
    (part,) = _mime.text_parts(mail)
    line_start = part.raw_offset(part.text.index("MARK"))
    line = mail[line_start : mail.index("\n", line_start)]
    assert "MA" in line  # the encoded line that holds the start of "MARK"
    assert part.raw_offset(0) == part.start
    assert part.raw_offset(len(part.text) + 5) <= part.end


# --------------------------------------------------------------------------- documents and fields


def test_anonymous_is_no_author_and_a_split_year_is_read() -> None:
    labels = [("Author", "Anonymous"), ("Publication title", "Town Herald"), ("Publication date", "Feb 26, 2 009")]
    (article,) = newsparse.parse_text(_page([_doc("Harbour", ["Lit."], labels=labels)])).articles
    assert article.authors == ()
    assert article.byline is None
    assert article.published == "2009-02-26"
    assert article.source == "Town Herald"


def test_missing_fields_still_give_articles_and_an_empty_document_gives_a_problem() -> None:
    html = _page(
        [
            _doc("Abstract only", None, abstract="A short summary.", number=1),
            _doc(None, ["Text without a title."], number=2),
            _doc(None, None, labels=[("Publication title", "Town Herald")], number=3),
            _doc("Whole", ["All there."], number=4),
        ]
    )
    result = newsparse.parse_text(html)
    assert [a.title for a in result.articles] == ["Abstract only", None, "Whole"]
    abstract_only, untitled, _ = result.articles
    assert abstract_only.body == ""
    assert abstract_only.notes[0] == "Abstract: A short summary."
    assert [p.code for p in abstract_only.problems] == ["export-field-missing"]
    assert untitled.body == "Text without a title."
    assert [p.code for p in untitled.problems] == ["export-field-missing"]
    assert [p.code for p in result.problems] == ["export-document-empty"]


def test_stray_markup_in_an_abstract_becomes_text() -> None:
    html = _page([_doc("Harbour", ["Lit."], abstract="The &lt;b&gt;lamps&lt;/b&gt; were &amp;lt;i&amp;gt;lit.")])
    (article,) = newsparse.parse_text(html).articles
    assert article.notes[0] == "Abstract: The lamps were <i>lit."
    assert [p.code for p in article.problems] == ["export-markup-in-text"]


def test_an_abstract_in_the_paragraph_after_its_label_old_layout() -> None:
    doc = read_document(["Title", "Abstract:", "The summary.", "Full text: Body.", "Database: Dailies"], number=1)
    assert doc.fields["notes"] == ["Abstract: The summary.", "Database: Dailies"]
    assert doc.fields["body"] == "Body."


def test_localised_labels_are_read() -> None:
    paragraphs = [
        "Hafen wieder beleuchtet",
        "Autor: Lund, Ada",
        "Titel der Publikation: Stadtanzeiger",
        "Publikationsdatum: 26.02.2009",
        "Publikationssprache: Deutsch",
        "Volltext: Die Lampen brennen wieder.",
        "Thema: Hafen; Licht",
    ]
    fields = read_document(paragraphs, number=1).fields
    assert fields["title"] == "Hafen wieder beleuchtet"
    assert fields["authors"] == ["Ada Lund"]
    assert (fields["source"], fields["language"], fields["tags"]) == ("Stadtanzeiger", "de", ["Hafen", "Licht"])
    assert fields["body"] == "Die Lampen brennen wieder."


def test_an_unknown_or_second_language_is_kept_in_notes() -> None:
    fields = read_document(["T", "Language of publication: English; French", "Full text: x"], number=1).fields
    assert fields["language"] == "en"
    assert fields["notes"] == ["Language of publication: English; French"]
    fields = read_document(["T", "Language of publication: Klingon", "Full text: x"], number=1).fields
    assert "language" not in fields
    assert fields["notes"] == ["Language of publication: Klingon"]


def test_a_truncated_export_gives_partial_articles_without_a_traceback() -> None:
    html = _page([_doc("First", ["One."]), _doc("Second", ["Two " * 50], number=2)])
    cut = html[: html.index("Two") + 40]
    result = newsparse.parse_text(cut)
    assert [a.title for a in result.articles] == ["First", "Second"]
    assert result.articles[1].body.startswith("Two Two")
    mail = _mail(html)
    for end in range(0, len(mail), max(1, len(mail) // 37)):
        newsparse.parse_text(mail[:end])  # never raises, whatever the cut


def test_a_declared_document_count_line_is_checked() -> None:
    text = _text_export([("A", ["a."]), ("B", ["b."])], declared=2)
    assert _codes(newsparse.parse_text(text)) == []
    more = _text_export([("A", ["a."])], declared=4)
    assert _codes(newsparse.parse_text(more)) == ["export-count-mismatch"]
    doc = read_document(["Document 1 of 9", "Title", "Full text: x"], number=1)
    assert doc.declared == 9
    assert doc.fields["title"] == "Title"


# --------------------------------------------------------------------------- sniffing


def test_sniff_scores() -> None:
    assert DETECTOR.sniff(_mail(_page([_doc("T", ["b"])]))) == 0.97
    assert DETECTOR.sniff(_page([_doc("T", ["b"])])) == 0.97
    assert DETECTOR.sniff(_text_export([("T", ["b"])])) == 0.97
    page = "<!doctype html><html><body><article><h1>ProQuest buys a startup</h1><p>ProQuest said.</p></article>"
    assert DETECTOR.sniff(page) == 0.0
    assert newsparse.rank_detectors(page).chosen == "html-page"
    assert DETECTOR.sniff("From: a@b.example\nMIME-Version: 1.0\n\nHello") == 0.0


def test_the_detector_conforms_on_every_shape() -> None:
    texts = [
        _mail(_page([_doc("T", ["b"]), _doc("U", ["c"], number=2)])),
        _page([_doc("T", ["b"])]),
        _text_export([("T", ["b"]), ("U", ["c"])], declared=3),
    ]
    assert_detector_conforms(DETECTOR, texts)


# --------------------------------------------------------------------------- properties

_titles = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1, max_size=12).map(
    lambda word: f"Story {word}"
)
_bodies = st.lists(sentences(), min_size=1, max_size=4)
_exports = st.lists(st.tuples(_titles, _bodies), min_size=1, max_size=5)


@given(_exports, st.sampled_from(["html", "quoted-printable", "base64", "text"]))
def test_an_export_gives_one_record_per_document_built(docs: list[tuple[str, list[str]]], shape: str) -> None:
    """Whatever the shape, the detector finds the documents built, in order, with their titles and bodies."""
    if shape == "text":
        text = _text_export(docs)
    else:
        html = _page([_doc(title, body, number=n) for n, (title, body) in enumerate(docs, start=1)])
        text = html if shape == "html" else _mail(html, encoding=shape)
    raws = list(DETECTOR.split(text))
    assert [r.fields.get("title") for r in raws if r.fields] == [title for title, _ in docs]
    assert [r.fields.get("body") for r in raws if r.fields] == ["\n\n".join(body) for _, body in docs]
    assert newsparse.rank_detectors(text).chosen == "proquest"


def test_a_part_without_headers_is_plain_text_and_a_deep_nest_falls_back() -> None:
    text = _text_export([("Ferry late", ["Fog."])])
    mail = 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\n\n' + text + "\n--b--\n"
    assert [a.title for a in newsparse.parse_text(mail).articles] == ["Ferry late"]
    nested = "MIME-Version: 1.0\nFrom: noreply@proquest.com\n"
    for depth in range(40):
        nested += f'Content-Type: multipart/mixed; boundary="b{depth}"\n\n--b{depth}\n'
    result = newsparse.parse_text(nested + "Content-Type: text/html\n\n" + _page([_doc("Deep", ["x."])]))
    assert result.articles  # nothing read as an export: the next detector keeps the text
    assert {a.provenance.detector for a in result.articles if a.provenance} == {"html-page"}
    assert [p.code for p in result.problems] == ["detector-failed"]
    assert "no ProQuest document found" in result.problems[0]


def test_entities_declared_in_a_doctype_are_never_expanded() -> None:
    lol = "".join(f'<!ENTITY lol{n} "' + f"&lol{n - 1};" * 10 + '">' for n in range(1, 10))
    bomb = f'<!DOCTYPE html [<!ENTITY lol0 "lol">{lol}<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
    html = bomb + _page([_doc("Harbour &lol9; &ext;", ["Lit &lol9; &ext;."])])[len("<!DOCTYPE html>") :]
    result = newsparse.parse_text(_mail(html))
    (article,) = result.articles
    assert len(article.body) < 100
    assert "root:" not in article.body


def test_the_older_layout_with_its_abstract_in_a_stray_body_and_the_mail_preamble() -> None:
    doc = _doc("Harbour lights", ["Lit again."], labels=[("Author", "Lund, Ada"), ("Database", "Dailies")])
    doc = doc.replace(
        f'{P}<a href="https://www.proquest.com/docview/1">ProQuest document link</a></p>',
        f'{P}<a href="https://www.proquest.com/docview/1">ProQuest document link</a></p>'
        f"{P}<strong>Abstract:  </strong><body></p>{P}The lamps were lit.</p>{P}</body></p>",
    )
    preamble = (
        '<table><tr><td><span class="headerText">All documents are reproduced with the permission of the '
        'copyright owner.</span></td></tr></table><div class="mainCopyBlock">Ada sent you the following:</div>'
        "<p>Email 1 of 1</p>"
    )
    html = _page([preamble + doc])
    (article,) = newsparse.parse_text(_mail(html)).articles
    assert article.title == "Harbour lights"
    assert article.notes == ("Abstract: The lamps were lit.", "Database: Dailies")
    assert article.body == "Lit again."


def test_a_text_export_without_rules_is_split_at_its_document_lines() -> None:
    text = (
        "Table of contents\n1. Harbour\n2. Ferry\n\nDocument 1 of 2\n\nHarbour\n\nFull text: Lit.\n\n"
        "ProQuest document ID: 1\n\nDocument 2 of 2\n\nFerry\n\nFull text: Fog.\n\nProQuest document ID: 2\n"
    )
    raws = [r for r in DETECTOR.split(text) if r.fields]
    assert [(r.fields["title"], r.fields["body"], r.fields["id"]) for r in raws] == [
        ("Harbour", "Lit.", "1"),
        ("Ferry", "Fog.", "2"),
    ]
    assert text[raws[0].start : raws[0].end].startswith("Document 1 of 2")
    assert text[raws[1].start : raws[1].end] == "Document 2 of 2\n\nFerry\n\nFull text: Fog.\n\nProQuest document ID: 2"
    assert _codes(newsparse.parse_text(text)) == []
    assert DETECTOR.sniff(text) == 0.97


def test_a_text_export_with_markup_in_an_abstract_is_still_read_as_text() -> None:
    text = _text_export([("Harbour", ["Lit."])]).replace("Author: Anonymous", "Abstract: The <p>lamps</p> were lit.")
    (article,) = newsparse.parse_text(text).articles
    assert (article.title, article.body) == ("Harbour", "Lit.")
    assert article.notes == ("Abstract: The lamps were lit.",)
    assert [p.code for p in article.problems] == ["export-markup-in-text"]
