"""Word .docx: one member, ``word/document.xml``, whose bytes are the document's text (never a zip of XML)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import _limits, sources
from newsparse.errors import InputError, LimitError
from newsparse.sources._docx import docx_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
    b' Target="word/document.xml"/></Relationships>'
)


def document(
    body: str, namespace: str = W, declaration: str = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
) -> bytes:
    return (
        f'{declaration}<w:document xmlns:w="{namespace}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    ).encode()


def docx(document_xml: bytes, extra: list[tuple[str, bytes]] = ()) -> bytes:  # type: ignore[assignment]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document_xml)
        archive.writestr("word/styles.xml", b'<w:styles xmlns:w="' + W.encode() + b'"/>')
        for name, data in extra:
            archive.writestr(name, data)
    return buffer.getvalue()


def p(*runs: str, props: str = "") -> str:
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def r(text: str) -> str:
    return f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def table(rows: list[list[str]]) -> str:
    cells = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr/>{p(r(c))}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl><w:tblPr/>{cells}</w:tbl>"


def test_the_text_of_a_word_document() -> None:
    body = "".join(
        [
            p(r("Storm hits coast"), props='<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'),
            p(),  # an empty paragraph: left out
            p(r("Line one"), "<w:r><w:br/></w:r>", r("line two"), "<w:r><w:tab/></w:r>", r("tabbed")),
            p(
                '<w:hyperlink r:id="rId5" xmlns:r="x">',
                r("a link"),
                "</w:hyperlink>",
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText></w:r>',
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
                r(" and a field"),
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            ),
            p(r("End of Document"), '<w:r><w:br w:type="page"/></w:r>'),
            p("<w:r><w:br/></w:r>", r("after a break"), "<w:r><w:br/><w:br/></w:r>"),
            p(
                r("kept"),
                "<w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>",
                r(" text"),
                "<w:r><w:noBreakHyphen/></w:r>",
                r("x"),
            ),
            table([["Name", "Value"], ["Load-Date", "March 1, 2024"], ["", ""]]),
            p(
                r("Anchor"),
                "<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>",
                p(r("boxed")),
                "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>",
                p(r("boxed")),
                "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>",
            ),
            p("<w:r><a:t>DrawingML text is not Word's</a:t></w:r>", r("&amp; <markup> stays text")),
        ]
    )
    assert docx_text(document(body)) == (
        "Storm hits coast\n\n"
        "Line one\nline two\ttabbed\n\n"
        "a link and a field\n\n"
        "End of Document\n\n"
        "after a break\n\n"
        "kept text-x\n\n"
        "Name\tValue\nLoad-Date\tMarch 1, 2024\n\n"
        "Anchor boxed \n\n"
        "&amp; <markup> stays text\n"
    )


def test_a_docx_is_one_member_named_word_document_xml(tmp_path: Path) -> None:
    path = tmp_path / "export.docx"
    path.write_bytes(docx(document(p(r("Storm hits coast")) + p(r("Rain fell all night.")))))
    with sources.opened(path) as members:
        found = [(m.name, m.display, sources.read_all(m)) for m in members if isinstance(m, sources.Member)]
    assert found == [("word/document.xml", str(path), b"Storm hits coast\n\nRain fell all night.\n")]
    result = newsparse.parse(path)
    (article,) = result.articles
    assert (article.title, article.body) == ("Storm hits coast", "Rain fell all night.")
    assert article.provenance is not None
    assert (article.provenance.source, article.provenance.member) == (str(path), "word/document.xml")
    assert result.problems == ()
    assert [a.title for a in newsparse.iter_load(path)] == ["Storm hits coast"]


NEXIS = [
    ("Documents (2)", []),
    ("1. Storm hits coast", []),
    ("2. Markets fall", []),
    (
        "Storm hits coast",
        [
            "The Daily Example",
            "March 1, 2024 Friday",
            "Body",
            "Rain fell all night.",
            "Classification",
            "Language: ENGLISH",
            "Load-Date: March 2, 2024",
            "End of Document",
        ],
    ),
    (
        "Markets fall",
        ["Example Times", "March 3, 2024", "Body", "Shares dropped.", "Load-Date: March 4, 2024", "End of Document"],
    ),
]


def test_a_nexis_uni_like_export_keeps_its_shape() -> None:
    """The shape the Nexis Uni detector reads: one paragraph per line, a blank line between paragraphs."""
    paragraphs = [line for title, rest in NEXIS for line in (title, *rest)]
    body = "".join(
        p(r(line)) + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' * (line == "End of Document") for line in paragraphs
    )
    data = docx(document(body))
    with sources.opened(data, "nexis.docx") as members:
        (member,) = list(members)
        assert isinstance(member, sources.Member)
        text = sources.read_all(member)
    assert text == ("\n\n".join(paragraphs) + "\n").encode()
    assert newsparse.load(data)  # some detector reads it; which one is the Nexis detector's business


def test_strict_ooxml_and_utf16_documents() -> None:
    assert docx_text(document(p(r("Strict")), namespace=STRICT)) == "Strict\n"
    utf16 = document(p(r("Größe – ünïcode")), declaration='<?xml version="1.0" encoding="UTF-16"?>')
    assert docx_text(utf16.decode().encode("utf-16")) == "Größe – ünïcode\n"


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10))
    + "]>"
)


@pytest.mark.parametrize(
    "prolog",
    [
        BILLION_LAUGHS,
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<?xml version="1.0"?><!DOCTYPE w:document SYSTEM "http://example.org/evil.dtd">',
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY % remote SYSTEM "http://example.org/x">%remote;]>',
    ],
)
def test_a_document_with_a_dtd_is_refused_before_anything_is_expanded(prolog: str) -> None:
    body = p(r("before")) + "<w:p><w:r><w:t>&lol9;&xxe;</w:t></w:r></w:p>"
    data = docx(document(body, declaration=prolog))
    with pytest.raises(InputError, match=r"^laughs\.docx: a Word document whose word/document\.xml declares a DTD"):
        newsparse.load(data, name="laughs.docx")
    with pytest.raises(InputError, match="declares a DTD"):
        list(newsparse.iter_load(io.BytesIO(data), name="laughs.docx"))


def test_an_undefined_entity_without_a_dtd_is_not_expanded() -> None:
    data = docx(document(p(r("Kept paragraph")) + "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"))
    result = newsparse.parse(data, name="ent.docx")
    assert [a.title for a in result.articles] == ["Kept paragraph"]
    assert [pr.code for pr in result.problems] == ["archive-broken"]
    assert "undefined entity" in result.problems[0]


def test_a_document_that_breaks_off_keeps_its_text_and_says_so() -> None:
    whole = document("".join(p(r(f"Paragraph {n}.")) for n in range(200)))
    cut = whole[: len(whole) // 2]
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(docx(cut)), name="cut.docx", problems=problems))
    text = "\n".join(a.body or "" for a in articles) + "".join(a.title or "" for a in articles)
    assert "Paragraph 0." in text
    assert "Paragraph 199." not in text
    assert [getattr(pr, "code", None) for pr in problems] == ["archive-broken"]
    assert problems[0].startswith("word/document.xml breaks off or is not well-formed XML")
    with pytest.raises(InputError, match=r"not well-formed XML .*no text was read"):
        newsparse.load(docx(b"<w:document"), name="empty.docx")


def test_word_files_inside_a_zip_are_read_each_as_one_member() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Files (2)/a.docx", docx(document(p(r("First story")) + p(r("Its body.")))))
        archive.writestr("Files (2)/b.DOCX", docx(document(p(r("Second story")) + p(r("More body.")))))
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(buffer.getvalue()), name="Files.zip", problems=problems))
    assert [(a.title, a.provenance.member if a.provenance else None) for a in articles] == [
        ("First story", "Files (2)/a.docx"),
        ("Second story", "Files (2)/b.DOCX"),
    ]
    assert problems == []


def test_a_docx_bomb_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_limits, "MAX_RECORD_BYTES", 1 << 20)
    huge = document(p(r("Title")) + p(r("a" * (8 << 20))))  # 8 MiB of one letter: a ratio near 1000
    with pytest.raises(LimitError, match=r"^bomb\.docx: a compressed zip member expands more than 100 times"):
        newsparse.load(docx(huge), name="bomb.docx")
    with newsparse.limits(member_bytes=1000), pytest.raises(LimitError, match="MAX_MEMBER_BYTES"):
        newsparse.load(docx(document(p(r("b" * 5000)))), name="long.docx")


def test_the_cli_detects_and_parses_a_docx(tmp_path: Path) -> None:
    from newsparse.cli import main

    path = tmp_path / "story.docx"
    path.write_bytes(docx(document(p(r("Storm hits coast")) + p(r("Rain fell all night.")))))
    assert main(["detect", str(path)]) == 0
    assert main(["parse", str(path)]) == 0


_PARAGRAPH = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp"), exclude_characters="\ufffe\uffff"),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip() != "")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_PARAGRAPH, min_size=1, max_size=3), min_size=1, max_size=8))
def test_paragraphs_come_out_as_they_went_in(paragraphs: list[list[str]]) -> None:
    """A document built from paragraphs (each of one or more runs) gives them back, one blank line apart."""
    body = "".join(p(*(r(run) for run in runs)) for runs in paragraphs)
    assert docx_text(document(body)) == "\n\n".join("".join(runs) for runs in paragraphs) + "\n"


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.lists(_PARAGRAPH.map(lambda t: t.replace("\t", " ").strip()).filter(bool), min_size=1, max_size=4),
        min_size=1,
        max_size=5,
    )
)
def test_table_rows_come_out_as_tab_separated_lines(rows: list[list[str]]) -> None:
    assert docx_text(document(table(rows))) == "\n".join("\t".join(row) for row in rows) + "\n"
