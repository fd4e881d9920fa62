"""What Factiva's exports share: the field codes, the accession trailer, and how a record maps onto the contract.

Factiva names every part of an article with a fixed field code (``HD`` the
headline, ``LP`` the lead paragraphs, ``AN`` the accession number...) whatever
the language of the interface. The HTML export (``factiva-html``) and the XML
export (``factiva-xml``) both read an article into a :class:`Record` of codes
and values, and :func:`record_fields` maps it onto the field contract the same
way for both. The tables here (codes, language names, localised month names,
words for "words", the trailer's label) are the one place that knowledge lives.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from typing import Any

import attrs

from newsparse._meta import byline_names
from newsparse._problems import Location, Problem

__all__ = [
    "FIELD_CODES",
    "LANGUAGES",
    "TRAILER",
    "TRAILER_NUMBER",
    "TRAILER_WORDS",
    "Record",
    "accession",
    "authors_from_byline",
    "is_word_count",
    "language_code",
    "published",
    "record_fields",
    "squash",
    "topic_names",
]

FIELD_CODES: Mapping[str, str] = {
    "HD": "headline",
    "BY": "byline",
    "CR": "credit",
    "WC": "word count",
    "PD": "publication date",
    "ET": "publication time",
    "SN": "source name",
    "SC": "source code",
    "SE": "section",
    "CLM": "column",
    "ED": "edition",
    "PG": "page",
    "VOL": "volume",
    "LA": "language",
    "CY": "copyright",
    "LP": "lead paragraphs",
    "TD": "text",
    "CT": "contact",
    "CX": "correction",
    "DLN": "dateline",
    "RF": "reference notes",
    "ART": "art (pictures and captions)",
    "CO": "companies",
    "IN": "industries",
    "NS": "subjects",
    "RE": "regions",
    "IPC": "information provider codes",
    "IPD": "information provider descriptors",
    "PUB": "publisher",
    "RST": "source restrictor codes",
    "AN": "accession number",
    "NGC": "news group code",
    "GC": "group code",
}
"""Factiva's field codes and what each holds; the codes are the same in every interface language."""

TOPICS = ("NS", "RE", "IN", "CO")
"""Codes whose values are ``code : Description | code : Description`` lists: their descriptions become tags."""

_LANGUAGE_NAMES: Mapping[str, str] = {
    "en": "English|Englisch|Anglais|Inglés|Ingles|Inglese|Inglês|Engels|Engelsk|Английский|英语|英語|영어",
    "de": "German|Deutsch|Allemand|Alemán|Aleman|Tedesco|Alemão|Duits|Tysk|Немецкий|德语|ドイツ語|독일어",
    "fr": "French|Français|Francais|Französisch|Francés|Frances|Francese|Francês|Frans|Fransk|Французский|法语",
    "es": "Spanish|Español|Espanol|Spanisch|Espagnol|Spagnolo|Espanhol|Spaans|Spansk|Испанский|西班牙语",
    "it": "Italian|Italiano|Italienisch|Italien|Italiaans|Italiensk|Итальянский|意大利语",
    "pt": "Portuguese|Português|Portugues|Portugiesisch|Portugais|Portugués|Portoghese|Portugees|Португальский",
    "nl": "Dutch|Nederlands|Niederländisch|Néerlandais|Neerlandés|Olandese|Holandês|Hollandsk",
    "ru": "Russian|Русский|Russisch|Russe|Ruso|Russo|Russisk|俄语|ロシア語",
    "zh": "Chinese|中文|Chinesisch|Chinois|Chino|Cinese|Chinês",
    "zh-Hans": "Chinese-Simplified|Chinese (Simplified)|Simplified Chinese|简体中文|中文(简体)|中文（简体）",
    "zh-Hant": "Chinese-Traditional|Chinese (Traditional)|Traditional Chinese|繁體中文|中文(繁體)|中文（繁體）",
    "ja": "Japanese|日本語|Japanisch|Japonais|Japonés|Giapponese|Japonês",
    "ko": "Korean|한국어|Koreanisch|Coréen|Coreano",
    "ar": "Arabic|العربية|Arabisch|Arabe|Árabe|Arabo",
    "sv": "Swedish|Svenska|Schwedisch|Suédois|Sueco|Svedese",
    "da": "Danish|Dansk|Dänisch|Danois|Danés|Danese",
    "no": "Norwegian|Norsk|Norwegisch|Norvégien|Noruego|Norvegese",
    "fi": "Finnish|Suomi|Finnisch|Finnois|Finlandés|Finlandese",
    "pl": "Polish|Polski|Polnisch|Polonais|Polaco|Polacco",
    "tr": "Turkish|Türkçe|Türkisch|Turc|Turco",
    "el": "Greek|Ελληνικά|Griechisch|Grec|Griego|Greco",
    "cs": "Czech|Čeština|Tschechisch|Tchèque|Checo|Ceco",
    "hu": "Hungarian|Magyar|Ungarisch|Hongrois|Húngaro|Ungherese",
    "id": "Indonesian|Bahasa Indonesia|Indonesisch|Indonésien|Indonesio",
    "ms": "Malay|Bahasa Melayu|Malaiisch|Malais|Malayo",
    "vi": "Vietnamese|Tiếng Việt|Vietnamesisch|Vietnamien",
    "th": "Thai|ไทย|Thailändisch|Thaï|Tailandés",
    "he": "Hebrew|עברית|Hebräisch|Hébreu|Hebreo",
    "ca": "Catalan|Català|Katalanisch|Catalán",
    "uk": "Ukrainian|Українська|Ukrainisch|Ukrainien|Ucraniano",
    "ro": "Romanian|Română|Rumänisch|Roumain|Rumano",
    "bg": "Bulgarian|Български|Bulgarisch|Bulgare|Búlgaro",
    "sk": "Slovak|Slovenčina|Slowakisch|Slovaque|Eslovaco",
    "sl": "Slovenian|Slovenščina|Slowenisch|Slovène|Esloveno",
    "hr": "Croatian|Hrvatski|Kroatisch|Croate|Croata",
    "sr": "Serbian|Српски|Srpski|Serbisch|Serbe|Serbio",
}

LANGUAGES: Mapping[str, str] = {
    name.casefold(): code for code, names in _LANGUAGE_NAMES.items() for name in names.split("|")
}
"""Language names as Factiva writes them (English, the language's own name, other interface languages),
casefolded, to BCP 47 codes.

Example:
    >>> LANGUAGES["deutsch"], LANGUAGES["français"], LANGUAGES["chinese-simplified"]
    ('de', 'fr', 'zh-Hans')
"""

# Localised month names of Factiva's interface languages, January to December. "-" marks a name spelt as in
# English (German "April", Dutch "november"...): the field contract's vocabulary reads those.
_MONTH_NAMES = {
    "de": "januar|februar|märz|-|mai|juni|juli|-|-|oktober|-|dezember",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    "it": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    "pt": "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
    "nl": "januari|februari|maart|-|mei|juni|juli|augustus|-|oktober|-|-",
}
_MONTHS: Mapping[str, int] = {
    name: number
    for names in _MONTH_NAMES.values()
    for number, name in enumerate(names.split("|"), start=1)
    if name != "-"
} | {"jänner": 1, "setiembre": 9, "fevrier": 2, "aout": 8, "decembre": 12, "marz": 3}

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(\d{4})", re.IGNORECASE)
_CJK_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
_COMPACT_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_TIME = re.compile(r"(\d{1,2}):?(\d{2})(?::?(\d{2}))?(?:\s*(GMT|UTC|Z))?", re.IGNORECASE)

_WORD_LABELS = frozenset(
    "words word mots mot wörter wort palabras palabra parole parola palavras palavra woorden woord ord "
    "sanaa слов слова слово słów słowa kelime kata λέξεις szó slov slova cuvinte riječi besed 字 語 词 詞 단어".split()
)
_WORD_COUNT = re.compile(r"(\d[\d.,\u00a0\u202f ]{0,12})\s*([^\W\d_]{1,12})\.?")

TRAILER_WORDS = (
    "Document", "Dokument", "Documento", "Dokumen", "Documents", "Документ", "Dokumentti", "Belge", "Έγγραφο", "文档",
    "文件", "文書", "ドキュメント", "문서",
)  # fmt: skip
"""The trailer's label: "Document" in the languages of Factiva's interface."""
TRAILER_NUMBER = r"[ \t\u00a0]+([A-Za-z0-9]{16,40})(?![\w-])"
"""What follows the label in a trailer: the accession number (the second group of :data:`TRAILER`)."""
TRAILER = re.compile(rf"(?<![\w-])({'|'.join(TRAILER_WORDS)}){TRAILER_NUMBER}")
"""The accession trailer that ends every article: "Document" (or its translation) and the accession number.

Example:
    >>> TRAILER.search("<p>Dokument TAGON00020170401ed4100009</p>").group(2)
    'TAGON00020170401ed4100009'
"""
_ACCESSION_DATE = re.compile(r"(?:19|20)\d\d[01]\d[0-3]\d")

_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    """White space collapsed to single spaces, trimmed (non-breaking spaces too)."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def accession(text: str) -> str | None:
    """The accession number of a trailer or an ``AN`` value ("Document ABC..."), if it looks like one.

    An accession number is a source code padded with zeros, a load date (yyyymmdd) and a serial.

    Example:
        >>> accession("Document TESTFR0020111229e7ct0001r"), accession("WSJO000020240301ek310000y")
        ('TESTFR0020111229e7ct0001r', 'WSJO000020240301ek310000y')
        >>> accession("Document 42") is None
        True
    """
    text = squash(text)
    match = TRAILER.search(text)
    token = match.group(2) if match else text.rpartition(" ")[2]
    if 16 <= len(token) <= 40 and token.isascii() and token.isalnum() and _ACCESSION_DATE.search(token):
        return token
    return None


def is_word_count(text: str) -> bool:
    """Whether a line is a word count ("523 words", "590 Wörter", "1.204 mots", "523 字").

    Example:
        >>> is_word_count("590 Wörter"), is_word_count("1 April 2017"), is_word_count("Berlin")
        (True, False, False)
    """
    match = _WORD_COUNT.fullmatch(squash(text))
    return match is not None and match.group(2).casefold() in _WORD_LABELS


def language_code(value: str) -> str | None:
    """A BCP 47 code for a language as Factiva writes it ("English", "Deutsch", "FR", "en"); None if unknown.

    Example:
        >>> language_code("Deutsch"), language_code("EN"), language_code("pt-BR"), language_code("Klingon")
        ('de', 'en', 'pt-BR', None)
    """
    value = squash(value)
    known = LANGUAGES.get(value.casefold())
    if known:
        return known
    primary, dash, region = value.partition("-")
    if len(primary) in (2, 3) and primary.isascii() and primary.isalpha():
        if not dash:
            return primary.lower()
        if region.isascii() and region.isalnum() and 2 <= len(region) <= 4:
            return f"{primary.lower()}-{region.upper() if len(region) == 2 else region.title()}"
    return None


def _iso_date(value: str) -> str | None:
    """The date of a PD value in ISO 8601 when it is certain: localised month names, CJK dates, yyyymmdd."""
    match = _DAY_MONTH_YEAR.fullmatch(value)
    if match:
        month = _MONTHS.get(match.group(2).casefold())
        parts = (int(match.group(3)), month or 0, int(match.group(1)))
    elif (match := _CJK_DATE.fullmatch(value)) or (match := _COMPACT_DATE.fullmatch(value)):
        parts = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    else:
        return None
    try:
        return _dt.date(*parts).isoformat()
    except ValueError:
        return None


def _iso_time(value: str) -> str | None:
    """An ET value as ``HH:MM:SS`` (with ``+00:00`` when it says GMT or UTC); None if it is not a time."""
    match = _TIME.fullmatch(value)
    if match is None:
        return None
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}" + ("+00:00" if match.group(4) else "")


def published(date: str | None, time: str | None) -> str | None:
    """The published date from PD and ET, as a string the field contract reads.

    A date with a localised month name, a CJK date or a compact ``yyyymmdd`` is
    written in ISO 8601 (with the time when ET is one); any other date is passed
    on as written, followed by the time, for the contract to read.

    Example:
        >>> published("1 March 2024", "10:05 GMT"), published("29 décembre 2011", "15:32")
        ('1 March 2024 10:05 GMT', '2011-12-29T15:32:00')
        >>> published("20041021", "030856"), published("2012-01-09T01:35:58Z", None)
        ('2004-10-21T03:08:56', '2012-01-09T01:35:58Z')
    """
    return _combined(date, time)[0]


def _combined(date: str | None, time: str | None) -> tuple[str | None, bool]:
    """:func:`published`, and whether the time was used in it."""
    date, time = squash(date or ""), squash(time or "")
    if not date:
        return None, False
    clock = _iso_time(time) if time else None
    day = _iso_date(date)
    if day is not None:
        return (f"{day}T{clock}", True) if clock else (day, False)
    if clock and "T" not in date and ":" not in date:
        return f"{date} {time}", True
    return date, False


def authors_from_byline(byline: str) -> list[str]:
    """The names in a byline: "By"/"Von"/"Par"... stripped, split at commas and localised "and", roles left out.

    Example:
        >>> authors_from_byline("By Jane Doe and Ola Nordmann, Staff Reporter")
        ['Jane Doe', 'Ola Nordmann']
        >>> authors_from_byline("Von Klaus Kurpjuweit und Anna Roth in Berlin")
        ['Klaus Kurpjuweit', 'Anna Roth']
    """
    return [name for name in (_without_place(name) for name in byline_names(squash(byline))) if name]


def _without_place(name: str) -> str:
    """A name without a trailing place ("Jane Doe in London", "Anna Roth aus Wien", "Luc Martin à Paris")."""
    for marker in (" in ", " aus ", " à ", " from "):
        head, found, place = name.partition(marker)
        if found and place[:1].isupper():
            return head.strip()
    return name


def topic_names(value: str) -> list[str]:
    """The descriptions of a coded list ("gpol : Domestic Politics | usa : United States"); plain items as they are.

    Example:
        >>> topic_names("gpol : Domestic Politics | usa : United States | Reuters")
        ['Domestic Politics', 'United States', 'Reuters']
    """
    names = []
    for item in squash(value).split("|"):
        _, colon, description = item.partition(" : ")
        name = (description if colon else item).strip()
        if name:
            names.append(name)
    return names


@attrs.define
class Record:
    """One Factiva article as read from the export: its coded values, body paragraphs and what was left over.

    Attributes:
        values: every code's values in order of appearance (text, white space collapsed).
        paragraphs: the lead paragraphs (``LP``) then the text (``TD``), as HTML when ``html`` is true.
        html: whether ``paragraphs`` hold HTML (cleaned by newsparse) or plain text.
        unknown: the codes not in :data:`FIELD_CODES`, in order (their values are in ``values`` too).
        notes: lines the reader could not place (an unlabelled metadata line, a caption after the text).
    """

    values: dict[str, list[str]] = attrs.field(factory=dict)
    paragraphs: list[str] = attrs.field(factory=list)
    html: bool = False
    unknown: list[str] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)

    def add(self, code: str, value: str) -> None:
        """Keep ``value`` under ``code`` (an unknown code is remembered once)."""
        code = code.upper()
        if code not in FIELD_CODES and code not in self.unknown:
            self.unknown.append(code)
        self.values.setdefault(code, []).append(value)

    def first(self, code: str) -> str | None:
        """The first non-empty value of ``code``."""
        return next((v for v in self.values.get(code, ()) if v), None)

    def is_empty(self) -> bool:
        """Whether nothing at all was read."""
        return not self.paragraphs and not any(any(v) for v in self.values.values())


# Codes that map onto contract fields (their first value); every other value is written to notes as "CODE: value".
_MAPPED = frozenset({"HD", "BY", "PD", "SN", "LA", "AN", "SE", "LP", "TD"})


def record_fields(record: Record, number: int, *, where: str = "article") -> tuple[dict[str, Any], list[Problem]]:
    """The contract fields of one record, and the problems found in it (``where`` names it in messages).

    HD is the title; BY the byline and the authors; PD with ET the published
    date; SN the source; SE the section; LA the language (BCP 47); AN the id;
    LP then TD the body. Every other code goes to ``notes`` as ``"CODE: value"``
    (WC, SC, ED, PG, CY, IPC...), and the descriptions of NS, RE, IN and CO
    become ``tags`` as well. An unknown code is kept in notes with a problem;
    so is a second value of a mapped code (a second headline).
    """
    fields, notes = _mapped_fields(record)
    tags: list[str] = []
    for code, values in record.values.items():
        if code in TOPICS:
            tags.extend(name for value in values for name in topic_names(value))
        kept = values[1:] if code in _MAPPED else values
        if code == "ET" and fields.get("published") and _combined(record.first("PD"), values[0])[1]:
            kept = values[1:]
        notes.extend(f"{code}: {value}" for value in kept if value)
    if tags:
        fields["tags"] = list(dict.fromkeys(tags))
    notes.extend(record.notes)
    if notes:
        fields["notes"] = notes
    return fields, _record_problems(record, f"{where} {number}", Location(record=number))


def _mapped_fields(record: Record) -> tuple[dict[str, Any], list[str]]:
    """The fields read from the mapped codes (HD, BY, PD+ET, SN, SE, LA, AN, LP+TD), and notes they leave."""
    fields: dict[str, Any] = {}
    notes: list[str] = []
    for code, key in (("HD", "title"), ("BY", "byline"), ("SN", "source"), ("SE", "section")):
        value = record.first(code)
        if value:
            fields[key] = value
    authors = authors_from_byline(fields.get("byline", ""))
    if authors:
        fields["authors"] = authors
    when = published(record.first("PD"), record.first("ET"))
    if when:
        fields["published"] = when
    language = record.first("LA")
    if language:
        bcp47 = language_code(language)
        if bcp47:
            fields["language"] = bcp47
        else:
            notes.append(f"LA: {language}")
    identifier = record.first("AN")
    if identifier:
        fields["id"] = accession(identifier) or identifier.removeprefix("Document ")
    if record.paragraphs:
        fields["body_html" if record.html else "body"] = ("" if record.html else "\n\n").join(record.paragraphs)
    return fields, notes


def _record_problems(record: Record, label: str, at: Location) -> list[Problem]:
    """Unknown codes, and a missing headline or text."""
    problems = [
        Problem("factiva-code-unknown", f"{label} has the unknown field code {code}; its value is kept in notes", at)
        for code in record.unknown
    ]
    if not record.first("HD"):
        problems.append(Problem("factiva-headline-missing", f"{label} has no headline (HD); read the rest", at))
    if not record.paragraphs:
        problems.append(Problem("factiva-body-missing", f"{label} has no text (LP, TD); read the rest", at))
    return problems
