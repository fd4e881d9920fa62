"""Legacy Latin code pages told apart by the letters of the text's language (``_codepages``), through ``decode``.

Every expected answer comes from how the bytes were made: a text written in a
language is encoded with a code page that language is written in, and decoding
must give the text back. The word lists are written here, apart from the
module's letter table.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import _decode
from newsparse._codepages import PAGES, latin_page, latin_shaped
from newsparse._decode import decode

# Words of each language with letters beyond ASCII, and the code pages the language is written in.
_WORDS = {
    "tr": ("ışık doğru şehir öğrenci güzel çalışma İstanbul ağaç yüzde değişiklik Işıklar", ("cp1254", "iso8859_9")),
    "pl": ("środa źródło łódź żółty się ćwiczenie zwiększyć Śląsk będą mówią Źródła miał", ("cp1250", "iso8859_2")),
    "cs": ("středa řeka žena šťastný účet děti město Žďár ještě příliš Šumava změna", ("cp1250", "iso8859_2")),
    "sk": ("ľudia štát ďalší päť vôbec mäso rieka Žilina kôň ťava šesť Ľubica", ("cp1250", "iso8859_2")),
    "hu": ("őszinte fűtés egészség főváros szerző különböző útján öröm ügyvéd Győr ősz", ("cp1250", "iso8859_2")),
    "ro": ("învăţământ ţară şcoală preşedinte aşteaptă sănătate reformă aceştia Ştefan", ("cp1250", "iso8859_2")),
    "hr": ("čovjek ćevapi đak šuma žena mišljenje Đakovo Čakovec kuća", ("cp1250", "iso8859_2")),
    "lt": ("trečiadienį vyriausybė išlaidas Žmonės šventė ąžuolas ūkis įstatymas Šiauliai", ("cp1257",)),
    "lv": ("valdība ģimene ķēniņš ļoti šodien ūdens Rīga nākotne Ēriks", ("cp1257",)),
    "et": ("tõusis žürii šokolaad päev õhtu ülikool jäätis Tõnu", ("cp1257", "iso8859_15")),
    "fr": ("été élève déjà français cœur œuvre très où garçon Noël île hôtel", ("cp1252", "iso8859_15")),
    "de": ("Straße über Schüler größer Bären Köln Mädchen müssen Äpfel", ("cp1252", "latin-1", "iso8859_15")),
    "es": ("señor año niño miércoles economía según España acción pingüino", ("cp1252", "latin-1")),
    "pt": ("não eleições três coração São Paulo informação já avó", ("cp1252", "latin-1")),
    "it": ("città perché più così università Papà caffè", ("cp1252", "latin-1")),
    "sv": ("Göteborg år Malmö säger överens höst", ("cp1252", "latin-1")),
    "da": ("København øl Århus æble søndag", ("cp1252", "latin-1")),
    "is": ("Reykjavík þjóðin miðvikudag ráðherra útgjöld Þórður", ("cp1252", "latin-1")),
}
_FILLER = "the minister said on Monday that prices rose and talks went on".split()
_CASES = [(language, page) for language, (_, pages) in _WORDS.items() for page in pages]


def _sentence(language: str, picks: list[int], fillers: list[int]) -> str:
    words = _WORDS[language][0].split()
    out: list[str] = []
    for pick, filler in zip(picks, fillers, strict=False):
        out.extend((words[pick % len(words)], _FILLER[filler % len(_FILLER)]))
    text = " ".join(out)
    return text[0].upper() + text[1:] + "."  # not capitalize(): it lower-cases "İ" into "i" and a combining dot


@pytest.mark.parametrize(("language", "page"), _CASES)
def test_a_paragraph_in_a_legacy_page_decodes_to_its_text(language: str, page: str) -> None:
    text = "\n\n".join(
        _sentence(language, list(range(k, k + 8)), list(range(k * 3, k * 3 + 8))) for k in range(0, 24, 4)
    )
    data = text.encode(page)
    decoded = decode(data, source="x")
    assert decoded.text == text
    assert decoded.encoding is not None
    assert data.decode(decoded.encoding) == text


@settings(max_examples=300, deadline=None)
@given(
    case=st.sampled_from(_CASES),
    picks=st.lists(st.integers(0, 7), min_size=6, max_size=8, unique=True),
    fillers=st.lists(st.integers(0, 50), min_size=6, max_size=8),
    repeat=st.integers(1, 4),
)
def test_random_sentences_in_a_legacy_page_decode_to_their_text(
    case: tuple[str, str], picks: list[int], fillers: list[int], repeat: int
) -> None:
    """Six or more different words of the language, as any paragraph has (one word repeated can be ambiguous:
    "ışık" in cp1254 is "ýþýk" in cp1252, which could be Icelandic)."""
    language, page = case
    picks = picks * repeat
    text = _sentence(language, picks, fillers)
    assert decode(text.encode(page), source="x").text == text


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Президент заявил в среду, что правительство увеличит расходы на здравоохранение. " * 4, "cp1251"),
        ("Компания Apple представила новый iPhone на конференции WWDC в Cupertino, California. " * 4, "cp1251"),
        ("Ο πρόεδρος δήλωσε την Τετάρτη ότι η κυβέρνηση θα αυξήσει τις δαπάνες για την υγεία. " * 4, "iso8859_7"),
        ("首相は水曜日、政府が医療費を増やすと述べた。東京の会見で発表した。" * 4, "shift_jis"),
    ],
)
def test_other_scripts_are_not_latin_shaped_and_are_left_to_detection(text: str, page: str) -> None:
    data = text.encode(page)
    assert not latin_shaped(data)
    assert decode(data, source="x").text == text


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose £5 on Monday, © 2024 The Times, 20°C at noon, ½ of the votes.",
        "El precio subió en el nº 5 de la calle, 1ª planta, según el señor Pérez.",
        "The minister said it’s a “very strong” economy — and prices rose… again.",
    ],
)
def test_signs_outside_words_never_outvote_the_letters(text: str) -> None:
    assert decode(text.encode("cp1252"), source="x").text == text


def test_punctuation_alone_is_cp1252() -> None:
    data = "The “quoted” words – and more of them… © 2024 The Times, all rights reserved.".encode("cp1252")
    assert latin_page(data) is None  # no letter in any page: the caller's default, cp1252, decides
    assert decode(data, source="x").encoding == "cp1252"


def test_a_latin_text_is_decided_without_the_statistical_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(window: bytes) -> str | None:
        raise AssertionError("charset-normalizer asked about a Latin text")

    monkeypatch.setattr(_decode, "_ask_charset_normalizer", refuse)
    text = "Türkiye'de ışık ve doğalgaz fiyatları değişmedi, öğrenciler yürüyüş düzenledi."
    assert decode(text.encode("cp1254"), source="x").encoding == "cp1254"


def test_a_turkish_dump_parses_with_its_letters() -> None:
    dump = "Ankara'da açıklama\n\nBakan, ağır şartlara rağmen büyümenin sürdüğünü söyledi.\n"
    result = newsparse.parse(dump.encode("cp1254"))
    assert result.encoding == "cp1254"
    assert (result.articles[0].title, result.articles[0].body) == (
        "Ankara'da açıklama",
        "Bakan, ağır şartlara rağmen büyümenin sürdüğünü söyledi.",
    )


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=900))  # fewer non-ASCII bytes than the module looks at
def test_any_bytes_give_a_page_or_none(data: bytes) -> None:
    page = latin_page(data)
    assert page is None or page in PAGES
    assert isinstance(latin_shaped(data), bool)
    if page is not None and page != "cp1252":  # the page chosen decodes every non-ASCII byte standing in a word
        for word in re.findall(rb"[A-Za-z\x80-\xff]*[\x80-\xff][A-Za-z\x80-\xff]*", data):
            if len(word) > 1:
                word.decode(page)  # raises if the page cannot read one of its bytes
                assert not (page.startswith("iso") and re.search(rb"[\x80-\x9f]", word))
