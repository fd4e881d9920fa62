"""Sources, decoding and bad input: clear errors naming the source, never a traceback."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import newsparse
from newsparse._codepages import CP1252_UNDEFINED
from newsparse._decode import decode

from .conftest import sample_path


def test_empty_input_gives_no_articles(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert newsparse.load(empty) == []
    assert newsparse.load(b"") == []
    assert newsparse.load(b"  \n\n\t\n") == []
    assert newsparse.split_articles("") == []


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"PK\x03\x04" + bytes(100), "ZIP archive"),
        (b"\x1f\x8b\x08\x00" + bytes(50), "gzip"),
        (b"%PDF-1.7\n" + bytes(50), "PDF"),
        (b"\x00\x01\x02\x00\x00\x03" * 500, "NUL bytes"),
    ],
)
def test_binary_input_is_refused_naming_the_source(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "dump.bin"
    path.write_bytes(data)
    with pytest.raises(newsparse.BinaryInputError) as info:
        newsparse.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert what in message
    assert info.value.source == str(path)
    assert isinstance(info.value, ValueError)  # catchable as the nearest builtin too


def test_bytes_get_a_name_in_errors() -> None:
    with pytest.raises(newsparse.BinaryInputError, match=r"^upload\.png: binary data \(PNG image\)"):
        newsparse.load(b"\x89PNG\r\n\x1a\n....", name="upload.png")
    with pytest.raises(newsparse.BinaryInputError, match=r"^<bytes>: "):
        newsparse.load(b"\x89PNG\r\n\x1a\n....")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(newsparse.SourceError, match=r"nope\.txt: cannot be read \(No such file or directory\)"):
        newsparse.load(tmp_path / "nope.txt")
    with pytest.raises(newsparse.SourceError, match="is a directory"):
        newsparse.load(tmp_path)
    with pytest.raises(OSError, match="nope"):  # SourceError is an OSError too
        newsparse.load(tmp_path / "nope.txt")


def test_a_text_passed_as_a_path_gets_advice() -> None:
    with pytest.raises(newsparse.SourceError, match="use split_articles"):
        newsparse.load("Title\n\nBody of a story.")


def test_wrong_argument_types() -> None:
    with pytest.raises(TypeError, match="binary file object"):
        newsparse.load(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="use load"):
        newsparse.split_articles(b"bytes")  # type: ignore[arg-type]


def test_file_objects_are_read() -> None:
    data = sample_path("001").read_bytes()
    from_object = newsparse.load(io.BytesIO(data))
    assert [a.title for a in from_object] == [a.title for a in newsparse.load(data)]
    with sample_path("001").open("rb") as handle:
        from_file = newsparse.load(handle)
    assert from_file[0].provenance is not None
    assert from_file[0].provenance.source == str(sample_path("001"))


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        ("Café crème\r\n".encode("utf-8-sig"), "utf-8"),
        ("Café crème\n".encode("utf-16"), "utf-16-le"),
        ("Café crème\n".encode("utf-16-be"), "utf-16-be"),
        ("Café crème à la française, déjà vu, s’il vous plaît.\n".encode("cp1252"), "cp1252"),
        ("Zażółć gęślą jaźń, łódź. Śląsk i Kraków są piękne.\n".encode("cp1250"), "cp1250"),
    ],
)
def test_decoding_guesses(encoded: bytes, encoding: str) -> None:
    decoded = decode(encoded, source="x")
    assert decoded.encoding == encoding
    assert "\r" not in decoded.text
    assert decoded.text.startswith(("Café crème", "Zażółć"))


def test_the_bytes_cp1252_leaves_undefined_are_the_codecs() -> None:
    """The check that picks latin-1 instead looks for exactly the bytes the cp1252 codec cannot decode."""
    undefined = []
    for byte in range(256):
        try:
            bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            undefined.append(bytes([byte]))
    assert tuple(undefined) == CP1252_UNDEFINED


@pytest.mark.parametrize("byte", CP1252_UNDEFINED)
def test_a_western_text_with_a_byte_cp1252_leaves_undefined_is_latin_1(byte: bytes) -> None:
    data = "Café crème à la française, déjà vu.\n".encode("cp1252") * 20 + byte + b" end\n"
    decoded = decode(data, source="x")
    assert decoded.encoding == "latin-1"
    assert decoded.text.endswith(byte.decode("latin-1") + " end\n")


def test_utf16_without_bom() -> None:
    text = "A headline\n\nSome body text for the story, long enough to see the pattern.\n" * 5
    decoded = decode(text.encode("utf-16-le"), source="x")
    assert decoded.text == text
    assert decoded.repairs == ("utf-16-le without BOM recognised",)


def test_invalid_bytes_inside_utf8_are_replaced_and_reported() -> None:
    data = "Naïve café — “quoted” text.\n".encode() * 50 + b"\xff\xfe broken \xc3\n" + "Après.\n".encode() * 50
    decoded = decode(data, source="x")
    assert decoded.encoding == "utf-8"
    assert "invalid UTF-8 bytes replaced" in decoded.repairs
    assert decoded.text.count("\ufffd") == 3
    assert decoded.text.startswith("Naïve café")


def test_cp1252_sample_keeps_its_text() -> None:
    original = sample_path("004").read_text(encoding="utf-8")
    result = newsparse.parse(original.encode("cp1252"))
    assert result.encoding == "cp1252"
    assert result.text == original
    assert [a.title for a in result.articles] == [a.title for a in newsparse.load(sample_path("004"))]


def _sloppy_cp1252(data: bytes) -> str:
    """Decode as cp1252 the way browsers do: the five undefined bytes map to the same code points."""
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data)


def test_mojibake_is_repaired_and_reported() -> None:
    original = sample_path("001").read_text(encoding="utf-8")
    mojibake = _sloppy_cp1252(original.encode("utf-8"))
    clean = newsparse.split_articles(original)
    repaired = newsparse.split_articles(mojibake)
    assert [a.title for a in repaired] == [a.title for a in clean]
    assert [a.body for a in repaired] == [a.body for a in clean]
    assert all(a.provenance and any(r.startswith("mojibake repaired") for r in a.provenance.repairs) for a in repaired)
    assert all(a.provenance and a.provenance.repairs == () for a in clean)


@pytest.mark.parametrize(
    "text",
    [
        '{"title": {"rendered": "A"}, "content": {"rendered": "<p>Trunc',  # truncated mid-string
        '[{"title": {"rendered": "A"}, "content": {"rendered": "<p>x</p>"}}, {"title": ',  # truncated array
        '{"title": {"rendered": "A"}, "content": {"rendered": 42}}',  # wrong-shaped
    ],
)
def test_broken_json_falls_back_or_reports(text: str) -> None:
    result = newsparse.parse_text(text)
    assert result.problems or any(a.problems for a in result.articles)
    for article in result.articles:
        assert article.to_dict()


def test_wordpress_array_keeps_good_posts_around_a_broken_one() -> None:
    text = (
        '[{"title": {"rendered": "Good one"}, "content": {"rendered": "<p>First.</p>"}},'
        ' "not a post",'
        ' {"title": {"rendered": "Good two"}, "content": {"rendered": "<p>Second.</p>"}}]'
    )
    result = newsparse.parse_text(text)
    assert [a.title for a in result.articles] == ["Good one", "Good two"]
    assert any("post 2 is a JSON str, not an object" in p for p in result.problems)


def test_wordpress_embedded_form() -> None:
    post = (
        '{"title": {"rendered": "Here&#8217;s the news"}, "content": {"rendered": "<p>Body.</p>"},'
        ' "date": "2024-05-01T10:00:00", "link": "https://example.org/news",'
        ' "_embedded": {"author": [{"name": "Jane Doe"}],'
        ' "wp:featuredmedia": [{"caption": {"rendered": "<p>A harbour at dawn. (Reuters)</p>"}}],'
        ' "wp:term": [[{"name": "World"}], [{"name": "Harbours"}]]}}'
    )
    (article,) = newsparse.split_articles(post)
    assert article.title == "Here’s the news"
    assert article.authors == ("Jane Doe",)
    assert article.captions == (newsparse.Caption("A harbour at dawn.", "Reuters"),)
    assert article.tags == ("World", "Harbours")
    assert article.published == "2024-05-01T10:00:00"
    assert article.url == "https://example.org/news"


def test_jsonlines_with_a_broken_line() -> None:
    text = '{"title": "A", "text": "One."}\n{"title": "B", "text": \n{"title": "C", "content": "<p>Three</p>"}\n'
    result = newsparse.parse_text(text)
    assert [a.title for a in result.articles] == ["A", "C"]
    assert result.articles[1].body == "Three"
    assert any(p.startswith("line 2 is not valid JSON") for p in result.problems)


def test_unknown_layout_is_one_low_confidence_article() -> None:
    (article,) = newsparse.split_articles("some words\nmore words without any structure")
    assert article.provenance is not None
    assert article.provenance.detector == "whole-text"
    assert article.provenance.confidence < 0.1
    assert article.title == "some words"


def test_nul_and_control_characters_are_removed() -> None:
    result = newsparse.parse(b"Title\x00\n\nBody\x07 text.\x1b\n")
    assert [a.title for a in result.articles] == ["Title"]
    assert result.articles[0].body == "Body text."
    assert "control characters removed" in result.repairs


def test_lone_surrogates_in_strings_are_replaced() -> None:
    (article,) = newsparse.split_articles("Title \ud800 here\n\nBody.")
    assert article.title == "Title \ufffd here"
    article.to_dict()
