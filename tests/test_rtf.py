"""RTF: one member whose bytes are the document's text, read as a text export is."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import _limits, sources
from newsparse.sources import _rtf, _rtfblocks
from newsparse.sources._rtf import is_rtf, rtf_text

FORMATS = Path(__file__).parent / "data" / "formats"
FIXTURES = Path(__file__).parent / "data" / "rtf"  # not under formats/: the frozen sniff reference does not list them
HEADER = (
    r"{\rtf1\ansi\ansicpg{cpg}\deff0\nouicompat\deflang1033"
    r"{\fonttbl{\f0\froman\fprq2\fcharset0 Times New Roman;}{\f1\fswiss\fprq2\fcharset{charset} Arial;}"
    r"{\f2\fnil\fcharset2 Symbol;}}"
    r"{\colortbl ;\red0\green0\blue0;\red31\green73\blue125;}"
    r"{\stylesheet{\s0\snext0\f0\fs24 Normal;}{\*\cs10\additive Default Paragraph Font;}}"
    r"{\*\generator Riched20 10.0.19041}{\info{\title Export}{\author Nexis}{\creatim\yr2024\mo3\dy10\hr16\min51}}"
    r"\viewkind4\uc1"
    "\r\n"
)


def escape(text: str, code_page: str = "cp1252", unicode: bool = True) -> str:
    """``text`` written as RTF: ``\\'hh`` in ``code_page`` where it can, else (or always, with ``unicode``) ``\\uN``."""
    out: list[str] = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif char == "\t":
            out.append(r"\tab ")
        elif char == "\n":
            out.append(r"\line ")
        elif " " <= char < "\x7f":
            out.append(char)
        else:
            out.append(_escaped(char, code_page, unicode))
    return "".join(out)


def _escaped(char: str, code_page: str, unicode: bool) -> str:
    try:
        encoded = char.encode(code_page)
        native = "".join(f"\\'{byte:02x}" for byte in encoded) if encoded.decode(code_page) == char else ""
    except UnicodeEncodeError:
        native = ""
    if native and not unicode:
        return native
    units = char.encode("utf-16-le")
    numbers = [int.from_bytes(units[i : i + 2], "little") for i in range(0, len(units), 2)]
    # signed 16-bit, as Word writes them; the fallback is the native bytes or "?"
    signed = [n - 65536 if n > 32767 else n for n in numbers]
    if len(signed) == 2:
        return f"\\u{signed[0]}?\\u{signed[1]}?"
    fallback = native if native and native.count("\\'") == 1 else "?"
    return f"\\u{signed[0]}{fallback}"


def render(
    text: str, *, lines: bool = False, cpg: int = 1252, charset: int = 0, code_page: str = "cp1252", uni: bool = True
) -> bytes:
    """A text export as Word or Nexis saves it as RTF.

    With ``lines``, every line is a paragraph and a blank line an empty one; else
    each block between blank lines is a paragraph, its lines ``\\line`` breaks.
    """
    head = HEADER.replace("{cpg}", str(cpg)).replace("{charset}", str(charset))
    parts = [head]
    blocks = text.split("\n") if lines else list(text.split("\n\n"))
    for block in blocks:
        body = escape(block, code_page, uni)
        parts.append(rf"\pard\plain\sa200\sl276\slmult1\f1\fs24\lang9 {body}\par" + "\r\n")
    parts.append("}\r\n\x00")
    return "".join(parts).encode("ascii")


def text_of(data: bytes) -> str:
    text, broken = rtf_text(data)
    assert broken == []
    return text


# --- the constructs, one by one ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rtf", "expected"),
    [
        (r"{\rtf1 Hello world\par}", "Hello world\n"),
        (r"{\rtf1\ansi Two\par\par\par Paras\par}", "Two\n\nParas\n"),
        (r"{\rtf1 One\sect Two\page Three\par}", "One\n\nTwo\n\nThree\n"),
        (r"{\rtf1 a\line b\tab c\par}", "a\nb\tc\n"),
        (r"{\rtf1 \line a\line\par}", "a\n"),  # a break at either end of a paragraph is no line
        (r"{\rtf1 a\~b\-c\_d\{\}\\e}", "a\u00a0bc-d{}\\e\n"),
        (r"{\rtf1 \emdash\endash\bullet\lquote x\rquote\ldblquote y\rdblquote}", "—–•‘x’“y”\n"),
        (r"{\rtf1 a\emspace b\enspace c}", "a\u2003b\u2002c\n"),
        (r"{\rtf1 {\b bold} and {\i italic\i0} text}", "bold and italic text\n"),
        (r"{\rtf1\fs24 Delimiter:\b\fs20 kept}", "Delimiter:kept\n"),  # the space after a word is its delimiter
        (r"{\rtf1 two  spaces\b  one}", "two  spaces one\n"),  # only the first space after a word is eaten
        ("{\\rtf1 line\r\nbreaks\nignored}", "linebreaksignored\n"),
        ("{\\rtf1 a\\\nb}", "a\n\nb\n"),  # a backslash before a line end is \par
        (r"{\rtf1 x{\*\unknowndest secret}y{\*\bkmkstart b1}z}", "xyz\n"),
        (r"{\rtf1 a{\v hidden}b\v c\v0 d}", "abd\n"),
        (r"{\rtf1 a{\fonttbl{\f0 Arial;}}{\colortbl;\red1;}b}", "ab\n"),
        (r"{\rtf1 {\info{\title T}{\author A}{\creatim\yr2024}}Body}", "Body\n"),
        (r"{\rtf1 {\header Page head}{\footerr foot}{\footnote note}Body}", "Body\n"),
        (r"{\rtf1 {\pict\pngblip 89504e47}{\object{\*\objdata 0102}}Body}", "Body\n"),
        (r"{\rtf1 {\*\themedata 5}{\*\datastore 6}{\*\latentstyles\lsdstimax1}Body}", "Body\n"),
        (r"{\rtf1 {\listtable{\list\listid1{\listlevel{\leveltext \'01\u-3913 ?;}}}}Body}", "Body\n"),
        (r"{\rtf1 {\*\rsidtbl \rsid1}{\*\xmlnstbl {\xmlns1 http://x}}{\*\generator W;}Body}", "Body\n"),
        (
            r'{\rtf1 See {\field{\*\fldinst {HYPERLINK "http://example.com/"}}{\fldrslt {\ul the site}}}.}',
            "See the site.\n",
        ),
        (r"{\rtf1 {\fldinst PAGE}{\fldrslt 3}}", "3\n"),
        (r"{\rtf1 {\pntext\f0 1.\tab}Item}", "1.\tItem\n"),  # a list item's number is shown
        (r"{\rtf1 a\bin4 }{\}b}", "ab\n"),  # binary data is skipped, braces and all
        (r"{\rtf1 {\pict\bin5 {{{{{}Body}", "Body\n"),
    ],
)
def test_a_construct_gives_its_text(rtf: str, expected: str) -> None:
    assert text_of(rtf.encode("latin-1")) == expected


@pytest.mark.parametrize(
    ("rtf", "expected"),
    [
        (rb"{\rtf1\ansi Caf\'e9 \'93quoted\'94 \'80}", "Café “quoted” €\n"),  # Windows-1252 by default
        (rb"{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2}", "Привет\n"),
        (rb"{\rtf1\ansi\ansicpg1253 \'e1\'e2}", "αβ\n"),
        (rb"{\rtf1\mac \'8e}", "é\n"),
        (rb"{\rtf1\pc \'82}", "é\n"),
        (rb"{\rtf1\ansi\ansicpg932 \'82\'a0\'83\'41}", "あア\n"),  # two bytes, one character
        (rb"{\rtf1\ansi\ansicpg936 \'d6\'d0\'ce\'c4}", "中文\n"),
        (rb"{\rtf1\ansi\ansicpg949 \'c7\'d1}", "한\n"),
        (rb"{\rtf1\ansi\ansicpg950 \'a4\'a4}", "中\n"),
        (rb"{\rtf1\ansi\ansicpg932 \'82" + b"\xa0}", "あ\n"),  # an escaped lead byte and a raw trail byte
        (rb"{\rtf1\ansi\ansicpg99999 \'e9}", "é\n"),  # a code page Python lacks: Windows-1252
        (rb"{\rtf1\ansi Raw 8-bit: " + "é".encode("cp1252") + b"}", "Raw 8-bit: é\n"),
    ],
)
def test_code_pages(rtf: bytes, expected: str) -> None:
    assert text_of(rtf) == expected


@pytest.mark.parametrize(
    ("charset", "data", "expected"),
    [
        (0, rb"\'e9", "é"),
        (128, rb"\'82\'a0", "あ"),
        (129, rb"\'c7\'d1", "한"),
        (134, rb"\'d6\'d0", "中"),
        (136, rb"\'a4\'a4", "中"),
        (161, rb"\'e1", "α"),
        (162, rb"\'fe", "ş"),
        (177, rb"\'e0", "א"),
        (178, rb"\'c7", "ا"),
        (186, rb"\'e0", "ą"),
        (204, rb"\'cf", "П"),
        (238, rb"\'b9", "ą"),
        (1, rb"\'e9", "é"),  # the default charset: the document's code page
    ],
)
def test_a_fonts_charset_overrides_the_code_page(charset: int, data: bytes, expected: str) -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fcharset0 Arial;}{\f3\fcharset"
        + str(charset).encode()
        + rb" X;}}"
        rb"A\f3 " + data + rb"\f0 B{\f3 " + data + rb"}\'e9\par}"
    )
    assert text_of(rtf) == f"A{expected}B{expected}é\n"


def test_the_default_font_and_plain_give_the_code_page() -> None:
    rtf = rb"{\rtf1\ansi\deff1{\fonttbl{\f0\fcharset0 A;}{\f1\fcharset204 B;}}\'cf{\f0\'e9}\f0\'e9\plain\'cf}"
    assert text_of(rtf) == "ПééП\n"
    assert text_of(rb"{\rtf1{\fonttbl{\f5\cpg1251 Cyr;}}\f5\'cf}") == "П\n"  # \cpgN in the font table


@pytest.mark.parametrize(
    ("rtf", "expected"),
    [
        (rb"{\rtf1 \u233\'e9t\u233 ?}", "été\n"),  # one fallback character skipped by default
        (rb"{\rtf1 \u-3913?}", "\uf0b7\n"),  # negative: counts from 65536
        (rb"{\rtf1\uc0 \u233\u234 x}", "éêx\n"),
        (rb"{\rtf1\uc2 \u12354\'82\'a0!}", "あ!\n"),
        (rb"{\rtf1 {\uc2 \u12354\'82\'a0}\u12354?!}", "ああ!\n"),  # \uc is the group's
        (rb"{\rtf1 \u-10179?\u-8704?}", "\U0001f600\n"),  # a surrogate pair, joined
        (rb"{\rtf1 \u-10179?x}", "\ufffdx\n"),  # a lone high surrogate
        (rb"{\rtf1 \u-8704?x}", "\ufffdx\n"),  # a lone low surrogate
        (rb"{\rtf1 \u1055\'cf{}x}", "Пx\n"),  # a group's end stops the fallback
        (rb"{\rtf1\uc1 \u8220\'93q\u8221\'94}", "“q”\n"),
        (rb"{\rtf1 \u0?a\u7?b}", "ab\n"),  # control characters are dropped
        (rb"{\rtf1 \u1055\u1056?x}", "\u041f?x\n"),  # a \uN with no fallback: the next escape is skipped
        (rb"{\rtf1\ansicpg1251 \u1055\'cf\'f0\u1080\'e8 \u1074" + b"\r\n" + rb"\'e2}", "\u041f\u0440\u0438 \u0432\n"),
        (rb"{\rtf1 {\v \u1055?}\u1056?}", "\u0420\n"),  # hidden escapes
    ],
)
def test_unicode_escapes(rtf: bytes, expected: str) -> None:
    assert text_of(rtf) == expected


def test_a_table_is_a_block_of_tab_separated_rows() -> None:
    rtf = (
        rb"{\rtf1 Before\par"
        rb"\trowd\trgaph108\cellx3000\cellx6000\pard\intbl Name\cell Value\cell\row"
        rb"\trowd\cellx3000\cellx6000\pard\intbl First\par line\cell 2\tab x\cell\row"
        rb"\trowd\cellx3000\pard\intbl\cell\cell\row"  # an empty row: left out
        rb"\pard After\par}"
    )
    assert text_of(rtf) == "Before\n\nName\tValue\nFirst line\t2 x\n\nAfter\n"
    nested = rb"{\rtf1\pard\intbl a\nestcell b\nestcell{\*\nesttableprops\trowd}\nestrow c\cell\row}"
    assert text_of(nested) == "a b c\n"


# --- whole exports ---------------------------------------------------------------------------------


def _fields(article: newsparse.Article) -> dict[str, Any]:
    data = article.to_dict()
    for key in ("provenance", "id", "problems"):
        data.pop(key, None)
    return data


def _export_texts(folder: str) -> list[Path]:
    return sorted((FORMATS / folder).glob("*.txt"))


_EXPORTS = [*_export_texts("nexis-uni"), *_export_texts("lexisnexis"), *_export_texts("factiva-text")]


@pytest.mark.parametrize("path", _EXPORTS, ids=lambda p: f"{p.parent.name}/{p.name}")
@pytest.mark.parametrize("unicode", [False, True], ids=["hex", "unicode"])
def test_an_rtf_export_gives_the_articles_of_its_text_export(path: Path, unicode: bool) -> None:
    plain = path.read_bytes()
    text = plain.decode("utf-8-sig").replace("\r\n", "\n")
    want = [_fields(a) for a in newsparse.load(plain)]
    assert want
    rtf = render(text, uni=unicode)
    assert [_fields(a) for a in newsparse.load(rtf)] == want
    if path.parent.name in ("nexis-uni", "factiva-text"):  # one paragraph a line, as these write them
        assert [_fields(a) for a in newsparse.load(render(text, lines=True, uni=unicode))] == want
    result = newsparse.parse(rtf, name="export.rtf")
    assert result.detection.chosen == path.parent.name
    assert [p.code for p in result.problems] == [p.code for p in newsparse.parse(plain).problems]


RUSSIAN = """Documents (1)

1. Шторм обрушился на побережье

Шторм обрушился на побережье

Вечерняя газета

10 марта 2024 г. воскресенье

Body

Дождь шёл всю ночь, и «гавань» закрыли.

Classification

Language: RUSSIAN

Load-Date: March 11, 2024

End of Document
"""


@pytest.mark.parametrize(
    ("options"),
    [
        {"cpg": 1251, "charset": 204, "code_page": "cp1251", "uni": False},  # \'hh in Windows-1251
        {"cpg": 1251, "charset": 204, "code_page": "cp1251", "uni": True},  # \uN with \'hh fallbacks
        {"cpg": 1252, "charset": 0, "code_page": "cp1252", "uni": True},  # \uN with ? fallbacks
    ],
)
def test_a_russian_export(options: dict[str, Any]) -> None:
    want = [_fields(a) for a in newsparse.load(RUSSIAN.encode())]
    assert want[0]["title"] == "Шторм обрушился на побережье"
    assert [_fields(a) for a in newsparse.load(render(RUSSIAN, **options))] == want


def test_a_japanese_document() -> None:
    lines = ["東京で大雨", "気象庁は「警報」を出した。"]
    runs = [
        "".join(f"\\'{byte:02x}" for byte in line.encode("cp932")) + r"\par" for line in lines
    ]  # raw Shift-JIS bytes in a charset-128 font, as Word's \dbch runs
    rtf = (
        r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0\fcharset0 Arial;}{\f1\fcharset128 MS Mincho;}}"
        + r"\f1 "
        + "".join(runs)
        + r"\f0\uc2 "
        + "".join(
            "".join(f"\\u{ord(c)}" + "".join(f"\\'{b:02x}" for b in c.encode("cp932")) for c in line) + r"\par"
            for line in lines
        )
        + "}"
    ).encode("ascii")
    assert text_of(rtf) == "\n\n".join(lines + lines) + "\n"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.rtf")), ids=lambda p: p.name)
def test_an_rtf_fixture_gives_the_records_it_was_written_with(fixture: Path) -> None:
    """As tests/test_formats.py reads tests/data/formats/: the detector, each listed field, the problem codes."""
    want: dict[str, Any] = json.loads(fixture.with_name(fixture.stem + ".expected.json").read_text(encoding="utf-8"))
    result = newsparse.parse(fixture)
    assert result.detection.chosen == want["detector"]
    got = [article.to_dict() for article in result.articles]
    assert len(got) == len(want["articles"])
    for number, (article, fields) in enumerate(zip(got, want["articles"], strict=True), 1):
        for key, value in fields.items():
            assert article[key] == value, f"article {number}, {key}"
    codes = {p.code for p in result.problems} | {p.code for a in result.articles for p in a.problems}
    assert set(want["problem_codes"]) == codes


# --- the sources stage -----------------------------------------------------------------------------


def test_an_rtf_is_one_member_read_as_the_source_itself(tmp_path: Path) -> None:
    path = tmp_path / "export.rtf"
    path.write_bytes(b"\xef\xbb\xbf\r\n " + render("Storm hits coast\n\nRain fell all night."))
    with sources.opened(path) as members:
        found = [(m.name, m.display, sources.read_all(m)) for m in members if isinstance(m, sources.Member)]
    assert found == [(None, str(path), b"Storm hits coast\n\nRain fell all night.\n")]
    result = newsparse.parse(path)
    (article,) = result.articles
    assert (article.title, article.body) == ("Storm hits coast", "Rain fell all night.")
    assert article.provenance is not None
    assert article.provenance.source == str(path)
    assert result.problems == ()


def test_rtf_files_inside_a_zip_are_each_a_member() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Files/a.rtf", render("First story\n\nIts body."))
        archive.writestr("Files/b.RTF", render("Second story\n\nMore body."))
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(buffer.getvalue()), name="Files.zip", problems=problems))
    assert [(a.title, a.provenance.member if a.provenance else None) for a in articles] == [
        ("First story", "Files/a.rtf"),
        ("Second story", "Files/b.RTF"),
    ]
    assert problems == []


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"{\\rtf1", True),
        (b"\xef\xbb\xbf{\\rtf", True),
        (b" \r\n{\\rtf1", True),
        (b"{\\rt", False),
        (b"x{\\rtf", False),
    ],
)
def test_what_is_rtf(head: bytes, expected: bool) -> None:
    assert is_rtf(head) is expected


def test_a_large_document_is_read_across_chunks() -> None:
    """Tokens straddle every chunk boundary: the text is the same as the document's."""
    unit = "Caf\u00e9 \u201cx\u201d {y} \\ \u0416\t\U0001f600 "  # 11 characters, escaped to a length prime to 64 KiB
    paragraph = unit * 50
    count = 400
    rtf = render("\n\n".join([paragraph] * count))
    assert len(rtf) > 5 * 2**16
    problems: list[str] = []
    articles = list(newsparse.iter_load(io.BytesIO(rtf), problems=problems))
    assert problems == []
    stream = _rtf._RtfText(sources.Reader(io.BytesIO(rtf).read, "<stream>"))
    pieces = iter(lambda: stream.read(1000), b"")
    assert b"".join(pieces).decode() == "\n\n".join([paragraph] * count) + "\n"
    assert articles


def test_a_paragraph_longer_than_the_flush_size_is_kept_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_rtfblocks, "FLUSH_CHARS", 100)
    words = " ".join(f"w{n}" for n in range(500))
    assert (
        text_of(("{\\rtf1 Head\\par " + words + "\\line x\\par Tail\\par}").encode()) == f"Head\n\n{words}\nx\n\nTail\n"
    )
    row = "\\pard\\intbl " + "\\cell ".join(words.split()[:60]) + "\\cell\\row "
    table = text_of(("{\\rtf1 " + row * 5 + "\\pard End\\par}").encode())
    assert table == "\n".join(["\t".join(words.split()[:60])] * 5) + "\n\nEnd\n"


# --- hostile input ---------------------------------------------------------------------------------


def _broken(data: bytes) -> tuple[str, list[str]]:
    text, broken = rtf_text(data)
    assert broken, "a broken document must say so"
    return text, broken


def test_a_million_open_braces() -> None:
    text, broken = _broken(b"{\\rtf1 Start" + b"{" * 1_000_000 + b"deep")
    assert text == "Startdeep\n"
    assert any("MAX_RTF_DEPTH" in reason for reason in broken)
    problems: list[str] = []
    articles = list(newsparse.iter_load(b"{\\rtf1 Start" + b"{" * 1_000_000 + b" deep text", problems=problems))
    assert [getattr(p, "code", None) for p in problems] == ["rtf-broken"]
    assert articles
    assert "deep text" in (articles[0].title or "") + (articles[0].body or "")


def test_deep_groups_are_closed_in_order() -> None:
    depth = _limits.MAX_RTF_DEPTH + 50
    text, broken = _broken(b"{\\rtf1 a" + b"{x" * depth + b"}" * depth + b"b\\par}")
    assert text == "a" + "x" * depth + "b\n"
    assert len(broken) == 1
    assert "MAX_RTF_DEPTH" in broken[0]


@pytest.mark.parametrize(
    ("rtf", "expected", "reason"),
    [
        (rb"{\rtf1 Text\bin999999999 more}", "Textmore\n", "MAX_RTF_BIN_BYTES"),
        (rb"{\rtf1 Text{\pict\bin100 ab", "Text\n", "binary data"),
        (rb"{\rtf1 Text\par More", "Text\n\nMore\n", "1 open group"),
        (rb"{\rtf1 Text}}} after", "Text\n", "after its last closing brace"),
        (rb"{\rtf1 a\u-1 b\'zz c\x00d\'", "a\uffffzz cd\n", "open group"),  # "b" is \u-1's fallback
        (rb"{\rtf1 \fs99999999999999999999999 x", "9999999999999 x\n", "open group"),  # ten digits read
        (rb"{\rtf1 {\*\fldinst " + b"\\" * 100_001, "", "open group"),
    ],
)
def test_hostile_input_gives_the_text_and_a_reason(rtf: bytes, expected: str, reason: str) -> None:
    text, broken = _broken(rtf)
    assert text == expected
    assert any(reason in r for r in broken), broken


def test_every_prefix_of_a_document_is_read_without_error() -> None:
    rtf = render("Caf\u00e9 \u0416 \U0001f600 {x}\n\nSecond\tcell", uni=True)
    whole = text_of(rtf)
    for cut in range(len(rtf)):
        text, _ = rtf_text(rtf[:cut])
        assert len(text) <= len(whole) + 1


def test_inputs_that_would_be_quadratic_are_read() -> None:
    many = 200_000
    assert text_of(b"{\\rtf1 " + b"\\'e9" * many + b"}") == "\u00e9" * many + "\n"
    assert text_of(b"{\\rtf1 " + b"\\u233?" * many + b"}") == "\u00e9" * many + "\n"
    assert text_of(b"{\\rtf1 " + b"{}" * many + b"x}") == "x\n"
    assert text_of(b"{\\rtf1 " + b"\\par " * many + b"x}") == "x\n"
    assert text_of(b"{\\rtf1 " + b"a" * (3 * 2**20) + b"}") == "a" * (3 * 2**20) + "\n"
    assert text_of(b"{\\rtf1\\ansicpg932 " + b"\\'82" * many + b"}").count("\ufffd") <= many


def test_problem_code_reaches_parse() -> None:
    result = newsparse.parse(b"{\\rtf1\\ansi Storm hits coast\\par Rain fell all night.\\par")
    assert [p.code for p in result.problems] == ["rtf-broken"]
    assert [(a.title, a.body) for a in result.articles] == [("Storm hits coast", "Rain fell all night.")]


# --- the property: paragraphs come back as they went in ---------------------------------------------

_TEXT = st.text(
    st.characters(exclude_categories=("Cc", "Cs"), include_characters="\t\\{}"),
    min_size=1,
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_TEXT, min_size=1, max_size=8),
    st.sampled_from([("cp1252", 1252, True), ("cp1252", 1252, False), ("cp1251", 1251, False), ("cp932", 932, False)]),
)
def test_paragraphs_come_back_as_they_went_in(paragraphs: list[str], encoding: tuple[str, int, bool]) -> None:
    code_page, cpg, unicode = encoding
    rtf = (
        rf"{{\rtf1\ansi\ansicpg{cpg}\uc1{{\fonttbl{{\f0\fcharset1 X;}}}}\f0 "
        + "".join(rf"\pard {escape(p, code_page, unicode)}\par " for p in paragraphs)
        + "}"
    )
    kept = [p for p in paragraphs if p.strip()]
    expected = "\n\n".join(kept) + "\n" if kept else ""
    assert text_of(rtf.encode("ascii")) == expected
