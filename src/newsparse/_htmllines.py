"""The lines of a page's chosen story that are not the story: repeated header lines, labels, headline lists.

:func:`trim_header` drops the headline, byline, date, URL and "N min read" lines
repeated at the top; :func:`drop_furniture` drops label lines ("Advertisement",
"Share") and the headlines listed under a "Related" or "Don't miss" heading, with
the words of every registered vocabulary (``chrome``, ``story_lists``,
``tag_labels``); :func:`drop_end_matter` what follows the story at its end
(copyright notices, signatures); :func:`drop_deck` and :func:`drop_captions` the
copy of the deck and the captions written into the text. What they drop is
handed back so that it is reported.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

from newsparse._captions import split_credit
from newsparse._dates import may_hold_date
from newsparse._dates import start as date_start
from newsparse._html import _collapse
from newsparse._htmldates import date_alone, parts_apart
from newsparse._meta import is_end_note, parse_date
from newsparse._model import Caption
from newsparse.vocabulary import PATTERNS

__all__ = [
    "EMAIL", "EMAIL_ADDRESS", "by_word_alone", "drop_after_end_mark", "drop_captions", "drop_deck",
    "drop_end_matter", "drop_entry_bylines", "drop_furniture", "is_byline", "is_dated", "is_reading_time",
    "trim_header",
]  # fmt: skip

_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
# A time ("12:30", "9h05"), an all-number date, or a day number and a year in one line.
_NUMERIC_DATE = re.compile(
    r"\b\d{1,2}[:.h]\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\b.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\b\d{1,2}\b"
)
_DIGIT = re.compile(r"\d")
_RELATIVE_SIZE = 40  # characters: "3 hours ago", "vor 5 Minuten", "Updated 2 hours ago" are this short


def is_byline(text: str) -> bool:
    """Whether a line opens with a byline word: "By", "Von", "Par", "Autor:", "記者：" (every vocabulary's).

    A line that ends as a sentence is none: many byline words also open sentences (Spanish "Por", Polish and
    Portuguese "Na", which is Swahili's "by", French and Spanish "Ni", Filipino's), and a name ends with no full
    stop but an initial's ("Sonia Pérez D.").
    """
    if PATTERNS.by.match(text) is None:
        return False
    end = text.rstrip()
    return not end.endswith(_SENTENCE_ENDS) or (end.endswith(".") and end[-3:-2] == " " and end[-2:-1].isupper())


def is_reading_time(text: str) -> bool:
    """Whether a short line gives a reading time, in any vocabulary's words ("5 min read", "Lesezeit: 3 Minuten")."""
    return len(text) < 60 and PATTERNS.reading_time.match(text) is not None


def is_dated(text: str) -> bool:
    """Whether a line gives a date, a time or a timestamp, in any bundled language ("Publié le 3 mars 2024").

    Also a timestamp's word alone ("Updated"), one inside a line with a number
    ("Foto: dpa | aktualisiert 12:30"), and a short relative time that is no
    sentence ("3 hours ago", "vor 5 Minuten", "2時間前"), as a header shows them.
    """
    if _NUMERIC_DATE.search(text) or PATTERNS.timestamp.match(text):
        return True
    if " ".join(text.split()).casefold().rstrip(" .:：") in PATTERNS.timestamp_kinds:
        return True
    if _DIGIT.search(text) is not None and (PATTERNS.timestamp_word.search(text) or _relative_time(text)):
        return True
    return may_hold_date(text) and parse_date(text) is not None


def _relative_time(text: str) -> bool:
    """A short line that says how long ago ("3 hours ago"), not a sentence that does ("He left 2 days ago.")."""
    return (
        len(text) <= _RELATIVE_SIZE
        and not text.rstrip().endswith(_SENTENCE_ENDS)
        and PATTERNS.relative_date.search(text) is not None  # also "ago", which is_relative leaves to the months
    )


_HEAD_SIZE = 80  # a line this short before the first real paragraph may be a repeated header line
_HEAD_LINES = 8  # how many lines at the top are looked at


def trim_header(
    paragraphs: list[str],
    title: str | None,
    dropped: list[str],
    headline: str | None = None,
    unit: int = 1,
    lead: str | None = None,
) -> list[str]:
    """Drop the headline, byline, date, URL and "N min read" lines repeated at the top of the story.

    Only short lines before the first paragraph of some length are looked at;
    other short lines there (a kicker, a subheading) are kept. Such lines that
    open a paragraph of several lines (text between ``<br>``) are looked at too.
    The headline is the title, and the story's ``<h1>`` (``headline``) when its
    text is another: each is dropped from the top, with the short lines above it
    (a kicker, a section's name). The standfirst (``lead``), kept where it is,
    does not end the top: a byline and a date set under it are header lines too.
    Lengths count a character as
    ``unit`` letters (:func:`~newsparse._htmlblocks.char_unit`): a Japanese
    sentence of 30 characters is no short dated line.
    """
    key = " ".join((title or "").split()).casefold()
    shown = " ".join((headline or "").split()).casefold()
    standfirst = " ".join((lead or "").split()).casefold() or None
    kept: list[str] = []
    top = True
    above = _above_headline(paragraphs, {key, shown} - {""}, unit)
    dropped.extend(paragraphs[:above])
    for index, paragraph in enumerate(paragraphs[above:], start=above):
        if top and index < _HEAD_LINES and "\n" in paragraph:
            lines = paragraph.split("\n")
            above = _above_headline(lines, {key, shown} - {""}, unit)  # a kicker on the headline's line before it
            dropped.extend(lines[:above])
            del lines[:above]
            while len(lines) > 1 and (
                _header_line(lines[0].strip(), key, unit) or " ".join(lines[0].split()).casefold() == shown
            ):
                dropped.append(lines.pop(0))
            paragraph = "\n".join(lines)
        text = paragraph.strip()
        folded = " ".join(text.split()).casefold()
        long = (
            _size(text, unit) >= _HEAD_SIZE
            and folded not in (key, shown, standfirst)
            and not (_stamp_line(text) or _header_parts(text, key, unit))
        )
        if top and (index >= _HEAD_LINES or long):
            top = False
        if (top and (_header_line(text, key, unit) or (shown and folded == shown))) or is_reading_time(text):
            dropped.append(paragraph)
        else:
            kept.append(paragraph)
    return kept


def _above_headline(paragraphs: list[str], headlines: set[str], unit: int) -> int:
    """How many lines open the text above its headline: a kicker, a section's name, a label ("Gastbeitrag").

    They count only when the headline follows them among the first lines, and each is short and no sentence.
    """
    for index, paragraph in enumerate(paragraphs[:_HEAD_LINES]):
        if " ".join(paragraph.split()).casefold() in headlines:
            return index
        if _size(paragraph, unit) >= _HEAD_SIZE or paragraph.rstrip().endswith(_SENTENCE_ENDS):
            return 0
    return 0


def _header_line(text: str, key: str, unit: int = 1) -> bool:
    """Whether a line at the top is a header line: the title again, a URL, a byline, a short dated line."""
    folded = " ".join(text.split()).casefold()
    size = _size(text, unit)
    return bool(
        (key and (folded == key or (len(folded) > 15 and folded in key)))
        or _URL_LINE.match(text)
        or (size < _HEAD_SIZE and is_byline(text))
        or (size < _HEAD_SIZE and is_end_note(text) and not text.rstrip().endswith(_SENTENCE_ENDS))  # a credit line
        or (size < _DATED_SIZE and is_dated(text))
        or _stamp_line(text)
        or _dated_fields(text)
        or _header_parts(text, key, unit)
    )


def _header_parts(text: str, key: str, unit: int) -> bool:
    """Whether a line is a header's fields set apart by bars or dots: a date, a byline, counts, nothing else.

    As a portal prints them in one line, long in a language of long words ("วันพฤหัสบดีที่ ๕ พฤศจิกายน พ.ศ. ๒๕๖๙
    เวลา ๑๐:๓๐ น. | ผู้เขียน: ศิริพร วงศ์ใหญ่ | อ่าน ๒,๑๔๗ ครั้ง"): one part is a date, another a header line of
    another kind, and each of the others is one too or a short count ("2,147 views").

    Example:
        >>> _header_parts("Thursday 5 March 2026, 10:30 | Author: Jane Roe | Read 2,147 times", "", 1)
        True
        >>> _header_parts("Thursday 5 March 2026 | The council met and voted to close the library", "", 1)
        False
    """
    if len(text) > _STAMP_LINE or text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    parts = [part.strip() for part in parts_apart(text) if part.strip()]
    if len(parts) < 2:
        return False
    dated = [part for part in parts if is_dated(part) and _size(part, unit) < _HEAD_SIZE]
    if not dated:
        return False
    others = [part for part in parts if part not in dated]
    headers = [part for part in others if _header_line(part, key, unit)]
    return bool(headers) and all(part in headers or _COUNT_PART.fullmatch(part) for part in others)


# A short count in a header line: a number and a word or two around it ("2,147 views", "อ่าน ๒,๑๔๗ ครั้ง", "💬 3").
_COUNT_PART = re.compile(r"(?:[^\s\d]{1,12}\s+){0,2}\d[\d,.\s]{0,8}(?:\s+[^\s\d]{1,12}){0,2}")


_STAMP_LINE = 200  # characters: a longer line with a timestamp word in it is prose


def _dated_fields(text: str) -> bool:
    """Whether a line is a header's date, then labelled fields: a date opens it, two labels follow, no sentence.

    As a portal's info line under the headline prints them ("17 марта 2026 10:15 Категория: Город Автор: admin"):
    one of the labels is a byline's or a views count's (a match's facts, "Final: … Top scorer: …", are the text).

    Example:
        >>> _dated_fields("17 марта 2026 10:15 Категория: Город Автор: admin Просмотров: 1 042")
        True
        >>> _dated_fields("5 March 2026: the council met. Agenda: budget, roads.")
        False
    """
    if len(text) > _STAMP_LINE or text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    labels = list(_FIELD_LABEL.finditer(text))
    if len(labels) < 2 or date_start(text) != 0 or parse_date(text[: labels[0].start()]) is None:
        return False
    return any(_header_label(label.group().strip(" :：")) for label in labels)


def _header_label(word: str) -> bool:
    """Whether a field's label is a header's: a byline word's ("Автор"), a views count's ("Просмотров"), tags'."""
    folded = word.casefold()
    return folded in PATTERNS.by_labels or folded in PATTERNS.views_labels or folded in PATTERNS.tag_labels


_FIELD_LABEL = re.compile(r"(?<!\S)[^\W\d_][^\W\d_-]{1,24}\s?[:：]\s")  # "Категория: ", "Autor: ", "Source : "


def _stamp_line(text: str) -> bool:
    """Whether a line is a header's line of stamps: a timestamp word set as a label, a number soon after, no sentence.

    "Anurag Mishra, Lucknow Published: Thu, 12 Mar 2026 06:15 PM (IST) Updated: …",
    "Jane Roe | Updated 3 March 2024": the label is capitalised or followed by a
    colon; a sentence that says when something was published ends as a sentence.
    """
    if len(text) > _STAMP_LINE or text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    for word in PATTERNS.timestamp_word.finditer(text):
        after = text[word.end() : word.end() + 40]
        label = text[word.start()].isupper() or after.lstrip().startswith((":", "："))
        if label and _DIGIT.search(after):
            return True
    return False


_DATED_SIZE = 60  # letters: a dated line this short is a header's date, a longer one a sentence with a date in it


def _size(line: str, unit: int) -> int:
    """A line's length in letters of alphabetic text: a sentence counts its characters as ``unit`` letters each.

    Only a sentence (it ends with a sentence's end, or a full-width colon or
    semicolon) is weighed so: a CJK byline or date line ("by 山田太郎 ／ 2016.12.01")
    is as short as its characters.
    """
    return len(line) * unit if unit > 1 and line.rstrip().endswith(_CLAUSE_ENDS) else len(line)


_SENTENCE_ENDS = (".", "。", "!", "！", "?", "？", "」", "”", '"', "।", "॥", "؟")  # the danda ends a Hindi sentence
# A CJK sentence may end a paragraph with the colon or semicolon of a notice ("现将有关事项通告如下：").
_CLAUSE_ENDS = (*_SENTENCE_ENDS, "：", "；")


# Lines of a page's widgets that stand alone in its text (a player's or an ad slot's label, a tag list's heading),
# compared case-folded without end punctuation; besides these, any chrome line of a vocabulary ("Share", "Anzeige").
_WIDGET_LINES = frozenset(("loading", "skip ad", "video", "sponsored", "tags"))
# A gallery's counter in any language: a word, a number, "of" or "/" (any word of up to three letters), a number no
# smaller ("Photo 3 of 12", "Bild 2 von 10", "Фото 1 из 5", "写真 1/5").
_COUNTER = re.compile(r"^[^\W\d_]{2,12}\s*(\d{1,3})\s*(?:/|[^\W\d_]{1,3})\s*(\d{1,3})$")
_HEADLINE_SIZE = 150


def _is_counter(folded: str) -> bool:
    """Whether a line is a gallery's counter ("photo 3 of 12"): its first number is no larger than its second."""
    match = _COUNTER.match(folded)
    return match is not None and 0 < int(match.group(1)) <= int(match.group(2))


_LABEL_SIZE = 30  # characters: a byline word alone, or a chrome word and its count, is this short
# A count beside a chrome word: "Comments (0)", "Share 24", "12 comentarios".
_COUNTED = re.compile(r"^\d+\s+(?=\D)|(?<=\D)\s*[(\[]?\d+[)\]]?$")


def _short_label(folded: str, paragraph: str, chrome: frozenset[str]) -> bool:
    """Whether a short line is a chrome word with its count ("Comments (0)") or a byline word alone ("Author")."""
    return (_DIGIT.search(folded) is not None and _COUNTED.sub("", folded) in chrome) or by_word_alone(paragraph)


def by_word_alone(line: str) -> bool:
    """Whether a line is a byline word alone ("Author", "Por", "Autor:"), a label whose name is read apart.

    Example:
        >>> by_word_alone("Autor:"), by_word_alone("By Jane Roe")
        (True, False)
    """
    text = " ".join(line.split())
    if text.rstrip(":：").casefold() in PATTERNS.by_labels:
        return True  # "Author" printed apart from the name, its colon left out
    by = PATTERNS.by.match(f"{text} ")
    return by is not None and by.end() >= len(text)


def _folded(line: str) -> str:
    return " ".join(line.split()).casefold().rstrip(" .:!…|»›>")


def drop_furniture(paragraphs: list[str], dropped: list[str]) -> list[str]:
    """Drop label lines ("Advertisement", "Share") and the related stories and tags listed in the body.

    Those are the headlines under a "Related" or "Don't miss" heading, "Read
    more: <headline>" lines, a line of pictographs alone ("📬"), a call to sign
    up for a newsletter or join a messaging channel, a chrome word
    with its count ("Comments (0)"), a byline word alone ("Author"), and a list of
    tags among the last lines ("Tags: politics, elections", "Schlagwörter: ...").
    """
    kept: list[str] = []
    in_list = False
    last = len(paragraphs) - _TAIL_LINES
    headings, tag_labels, chrome = PATTERNS.story_lists, PATTERNS.tag_labels, PATTERNS.chrome
    for index, paragraph in enumerate(paragraphs):
        folded = _folded(paragraph)
        if folded in headings:
            in_list = True
        elif in_list and len(paragraph) < _HEADLINE_SIZE and not paragraph.rstrip().endswith(_SENTENCE_ENDS):
            pass  # a headline of the list
        else:
            in_list = False
            if not (
                folded in chrome
                or folded in _WIDGET_LINES
                or (len(folded) <= _LABEL_SIZE and _short_label(folded, paragraph, chrome))
                or _is_counter(folded)
                or _pictographs_only(paragraph)
                or (len(paragraph) <= _OFFER_SIZE and _is_offer(paragraph, inside=True))  # "Join our WhatsApp …"
                or _labelled(folded, headings, _HEADLINE_SIZE)
                or _headline_after_heading(paragraph, headings)
                or (index >= last and _labelled(folded, tag_labels, _TAGS_SIZE))
            ):
                kept.append(paragraph)
                continue
        dropped.append(paragraph)
    return kept


def _labelled(folded: str, labels: frozenset[str], size: int) -> bool:
    """Whether a line is one of ``labels``, a separator and a short text ("read more: ...", "lire aussi | ...").

    The separator is a colon (a full-width one too: "标签："), a bar, a guillemet or
    a spaced dash.
    """
    if len(folded) > size:
        return False
    separator = _LABEL_SEPARATOR.search(folded)
    return (
        separator is not None
        and folded[: separator.start()].strip() in labels
        and bool(folded[separator.end() :].strip())
    )


_LABEL_SEPARATOR = re.compile(r"[:：|»›]|\s[–—-]\s")


def _headline_after_heading(paragraph: str, headings: frozenset[str]) -> bool:
    """Whether a short line is a story list's heading run into a headline ("Lire aussi Le Sénat adopte la loi").

    The heading is one to five words, and the headline after it four words or
    more that start with a capital letter and end no sentence (a
    subheading "Recommended Reading" stays).
    """
    if len(paragraph) >= _HEADLINE_SIZE or paragraph.rstrip().endswith(_SENTENCE_ENDS):
        return False
    words = paragraph.split()
    for count in range(1, min(len(words) - 3, 6)):
        rest = words[count]
        if rest[:1].isupper() and " ".join(words[:count]).casefold() in headings:
            return True
    return False


_OFFER_SIZE = 200  # characters: a call to sign up or join among the paragraphs is a line, never a long paragraph
_TAIL_LINES = 3  # a list of tags is looked for among the body's last lines
_TAGS_SIZE = 300


_END_LINES = 6  # how many paragraphs at the end of a story may be its end matter
_END_SIZE = 300  # characters: a longer paragraph is the story's own
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
"""The pattern of an e-mail address (a signature's, a byline's)."""
EMAIL_ADDRESS = re.compile(EMAIL)
"""Searches a text for an e-mail address."""
_SIGNATURE_WORDS = 12  # a line with an e-mail address and no more words than this is the writer's signature
_POINTERS = ("▶", "►", "▷", "☞", "➤", "➜", "→")  # pointers opening the links to other stories after a story


def drop_entry_bylines(paragraphs: list[str], dropped: list[str]) -> list[str]:
    """Drop the byline lines of a live blog's entries ("By the web desk", "di Redazione Web"), wherever they are.

    Each entry of a live blog may name who wrote it, in a short line of its own:
    the entries are the story, their bylines are no text of it.
    """
    kept: list[str] = []
    for paragraph in paragraphs:
        if len(paragraph) < _HEAD_SIZE and is_byline(paragraph.strip()):
            dropped.append(paragraph)
        else:
            kept.append(paragraph)
    return kept


def drop_after_end_mark(paragraphs: list[str], dropped: list[str]) -> list[str]:
    """Drop a story's end mark and what follows it: a press release's "###", a wire story's "-30-", "(完)".

    After the mark come the issuer's boilerplate ("About the company"), its media contacts, a distribution
    note: no story. Only a mark in the story's second half counts (one nearer the top parts its sections).
    """
    total = sum(map(len, paragraphs))
    seen = 0
    for index, paragraph in enumerate(paragraphs):
        if 2 * seen >= total and _is_end_mark(paragraph.strip()):
            dropped.extend(paragraphs[index:])
            return paragraphs[:index]
        seen += len(paragraph)
    return paragraphs


def _is_end_mark(text: str) -> bool:
    """Whether a paragraph is an end mark: "###", a word between dashes or brackets, in capitals or caseless.

    A word alone in small letters ("End", "30", "Fine") may be a table's cell or a list's item.
    """
    if _END_MARK.fullmatch(text) is None:
        return False
    word = text.strip("-–—=()（）[]* ")
    caseless = not any(c.isupper() or c.islower() for c in word) and not word.isdigit()  # "انتهای پیام", "完"
    return "#" in text or word != text or (word.isupper() and not word.isdigit()) or caseless


# A story's end mark, alone in its paragraph, in the forms news and press releases print it: "###", "# # #",
# "-30-", "- ENDS -", "(END)", "-TAMAT-", "-انتهى-", "（完）", "– Ende –", "-FIN-", "КОНЕЦ", Persian agencies'
# "انتهای پیام/ ۴۲۱" (end of the message, and its desk's code).
_END_MARK = re.compile(
    r"[-–—=(（\[*]*\s*(?:#\s*#\s*#|30|ends?|fin|fine|fim|ende|einde|slut|loppu|koniec|konec|kraj|vége|tamat|son"
    r"|sfârșit|конец|кінець|край|край на|انتهى|انتهی|完|انتهای\s+پیام(?:\s*/\s*[0-9۰-۹]{1,8})?)\s*[-–—=)）\]*]*",
    re.IGNORECASE,
)


def drop_end_matter(paragraphs: list[str], dropped: list[str]) -> list[str]:
    """Drop what follows a story at its end: a copyright notice, the writer's signature, links to other stories.

    Only short paragraphs at the very end are looked at, from the last one up:
    a copyright notice in any bundled language ("© 2024 …", "Alle Rechte
    vorbehalten", "<저작권자(c) …무단 전재 금지>", "特别声明：…"), a signature
    with an e-mail address ("홍길동 기자 hong@example.co.kr"), a line that opens
    with a pointer ("▶ 구독하기"). The first paragraph that is none of these ends
    the look: such lines inside the story stay. A press release's contact block
    (:func:`_without_contacts`) goes first.
    """
    kept = _without_about(_without_contacts(list(paragraphs), dropped), dropped)
    ends: list[str] = []  # the end matter, last line first
    while kept and len(ends) < _END_LINES:
        lines = kept[-1].split("\n")  # a block of lines between <br>s ends line by line
        while lines and len(ends) < _END_LINES and _end_line(lines[-1].strip()):
            ends.append(lines.pop())
        if lines:
            kept[-1] = "\n".join(lines).strip()
            break
        kept.pop()
    dropped.extend(reversed(ends))
    return kept


def _without_about(paragraphs: list[str], dropped: list[str]) -> list[str]:
    """The story without a press release's closing boilerplate, from its heading about the issuer on.

    The heading is a short line of an about word and a name ("About Hollin Robotics", "Über Nordwerk"), and
    the paragraph after it opens with that name as a company's, its legal form after it ("Hollin Robotics, Inc.
    designs…", "Nordwerk GmbH ist…"): what follows it among the last ``_ABOUT_PARAGRAPHS`` (the issuer's
    profile, its forward-looking statements, its contacts) goes to ``dropped``. A person's profile ("About Dana
    Whitfield" / "Dana Whitfield, 41, is…"), a heading whose name is no proper name ("About the study"), and
    several such headings (a voter guide's candidates, an interview's topics) leave the text as it is.
    """
    first = max(len(paragraphs) - _ABOUT_PARAGRAPHS, 1)  # (never the story's first paragraph)
    found = [(index, match) for index in range(first, len(paragraphs) - 1) if (match := _about(paragraphs[index]))]
    if len(found) != 1:
        return paragraphs
    index, match = found[0]
    name = match.group("name").split()
    words = paragraphs[index + 1].split()
    opening = " ".join(itertools.takewhile(lambda word: not word[:1].islower(), words[:_ABOUT_WORDS]))
    same = [w.strip(",.:;") for w in words[: len(name[:2])]] == [w.strip(",.:;") for w in name[:2]]
    if same and name[0][:1].isupper() and PATTERNS.company.search(opening.rstrip(",;:")):
        dropped.extend(paragraphs[index:])
        return paragraphs[:index]
    return paragraphs


def _about(paragraph: str) -> re.Match[str] | None:
    """The about heading a paragraph is (a short line, no sentence), with the issuer's ``name``; else None."""
    heading = " ".join(paragraph.split())
    if len(heading.split()) > _ABOUT_WORDS or heading.endswith(_SENTENCE_ENDS):
        return None
    return PATTERNS.about_heading.match(heading)


_ABOUT_PARAGRAPHS = 16  # paragraphs at a release's end looked at: profile, statements, two contacts
_ABOUT_WORDS = 8


def _without_contacts(paragraphs: list[str], dropped: list[str]) -> list[str]:
    """The story without a press release's contact block closing it, which goes to ``dropped``.

    The block opens with a contact heading ("For more information, contact:", "Yderligere oplysninger:",
    "Pressekontakt: Jane Roe"), holds a telephone or e-mail line after a label ("Tlf.: 96 12 34 50",
    "E-mail: …") and otherwise short lines (the contacts' names and titles), and ends the story. Without the
    heading nothing goes: a story may close with a help line, a police appeal or a list of names above a number.
    """
    lines = [(index, line) for index, paragraph in enumerate(paragraphs) for line in paragraph.split("\n")]
    start, contact = None, False
    for at in range(len(lines) - 1, max(len(lines) - _CONTACT_LINES, 0) - 1, -1):
        line = lines[at][1].strip()
        if _contact_line(line):
            contact = True
        elif not line or not _contact_label(line):
            break
        if contact and PATTERNS.contact_heading.match(line):
            start = at  # (the topmost heading wins: two contacts may each have one)
    if start is None:
        return paragraphs
    dropped.extend(line for _, line in lines[start:])
    first = lines[start][0]
    head = [line for index, line in lines[:start] if index == first]
    return [*paragraphs[:first], *(["\n".join(head).strip()] if head else [])]


def _contact_line(text: str) -> bool:
    """Whether a line is a contact's telephone number or e-mail address after a label ("Tlf.: 96 12 34 50").

    Example:
        >>> _contact_line("Tel.: +45 96 12 34 50"), _contact_line("E-mail: press@example.com")
        (True, True)
        >>> _contact_line("Phone sales rose 12% in 2024")
        False
    """
    return _PHONE_LINE.fullmatch(text) is not None or _MAIL_LINE.fullmatch(text) is not None


def _contact_label(text: str) -> bool:
    """Whether a line of a contact block names the contact or heads the block: short, no sentence, no number.

    "Mette Kjærgaard, administrerende direktør, NordVest Energi A/S", "Presseansvarlig Anders Holm Bech",
    "For more information:".
    """
    return (
        0 < len(text.split()) <= _CONTACT_WORDS
        and not text.endswith((".", "!", "?", "…", "。"))
        and _DIGIT.search(text) is None
    )


_CONTACT_WORDS = 12
_CONTACT_LINES = 12  # lines of a press release's contact block (two contacts, each a name, a title, two numbers)
# A telephone line: a label in one of many languages, then a number ("Tlf.: 96 12 34 50", "Phone: +1 (555) 010-2000",
# "Puh. 040 123 4567", "Тел.: +7 495 123-45-67").
_PHONE_LINE = re.compile(
    r"\W*(?:tel|tlf|tfn|phone|telephone|tel[eé]fono|telefone|telefon|t[eé]l[eé]phone|t[eé]l|telefono|puh|puhelin"
    r"|mob|mobile|mobil|cell|fax|gsm|телефон|тел|電話|电话|전화)\.?\s*[:.：]?\s*\+?[\d(][\d\s().\-/]{5,}"
    r"(?:\s*[（(][^）)]{0,40}[）)])?",  # (office hours after it: "（平日8時30分〜17時15分）")
    re.IGNORECASE,
)
# An e-mail line: a label, then an address alone ("E-mail: press@example.com", "Courriel : …").
_MAIL_LINE = re.compile(rf"\W*(?:e-?mail|courriel|correo|sähköposti|epost|e-post|почта)\s*[:.]?\s*{EMAIL}", re.I)


def _source_footer(text: str) -> bool:
    """Whether a line names the story's source after a label ("Quelle: dpa", "来源：新华社"): a name alone.

    Never a sentence ("Source: the ministry said …", "来源：国家统计局数据显示，…") nor a line with another label
    ("来源：人民日报 作者：王晓燕" names the writer too).
    """
    found = PATTERNS.source_footer.match(text) if ":" in text or "：" in text else None
    if found is None:
        return False
    what = found.group("what")
    return (
        len(what.split()) <= _SOURCE_WORDS
        and len(what) <= _SOURCE_SIZE
        and not any(mark in what for mark in ":：，。")
        and not what.endswith(".")
    )


_SOURCE_WORDS = 5  # words of the source's name (a longer line is a sentence: "Source: the ministry said …")
_SOURCE_SIZE = 40  # characters: in a script without spaces a sentence is one "word"


def _end_line(text: str) -> bool:
    if not text or len(text) > _END_SIZE:
        return False
    if text.startswith(_POINTERS) or PATTERNS.rights.search(text) or _LABELLED_URL.match(text):
        return True
    if (
        _DESK_INITIALS.fullmatch(text)
        or _SLUG_CODE.fullmatch(text)
        or (_FOLLOW_US.search(text) and not _DIGIT.search(text))
        or _is_offer(text)
    ):
        return True  # (a sentence of the story about the service gives a number: "traffic fell 20%")
    if _labelled_date(text) or _stamp_alone(text) or _CTRL_ENTER.search(text) or _crew_line(text):  # "Ctrl+Enter"
        return True
    if len(text) <= _DATED_SIZE and _stamped_under(text):
        return True  # the story's date printed under it ("10 de febrero de 2026 · <span class=time>22:30</span>")
    if PATTERNS.agency_line.match(text) or _source_footer(text):
        return True  # the source: an agency's credit alone ("AFP", "（共同）") or a footer ("Źródło: PAP")
    if _SOCIAL.search(text) and is_end_note(text):
        return True  # a call to follow the desk on social networks ("Follow BBC Cumbria on X, Facebook and …")
    if _dangling_label(text):
        return True  # "Přílohy:", "Attachments:": a label whose links or files were left out
    return EMAIL_ADDRESS.search(text) is not None and len(text.split()) <= _SIGNATURE_WORDS


def _dangling_label(text: str) -> bool:
    """Whether a line is a label alone, a word or two and a colon, with nothing after it ("Přílohy:", "附件：").

    At a story's end it labelled the files or links under the text, which are not text (a quote it opened
    would follow it).

    Example:
        >>> _dangling_label("Přílohy:"), _dangling_label("Related stories:"), _dangling_label("He said: yes")
        (True, True, False)
    """
    label = text.rstrip()
    return label.endswith((":", "：")) and len(label.split()) <= _LABEL_WORDS and not _DIGIT.search(label)


_LABEL_WORDS = 2


def _crew_line(text: str) -> bool:
    """Whether a line credits a crew: two parts or more, each a credit's word and a name.

    "(영상취재 : 박준형, 영상편집 : 이소연)" closes a Korean broadcaster's story (camera, editing); a lone
    credit may be the story's own line (a picture's source), and stays.

    Example:
        >>> _crew_line("(Photos: Jane Roe / Images: Al Li)"), _crew_line("Photo: Jane Roe")
        (True, False)
    """
    parts = _CREW_SPLIT.split(text.strip().strip("()[]（）"))
    return len(parts) >= 2 and all(_CREW_PART.match(part) and PATTERNS.tail_credit.search(part) for part in parts)


_CREW_SPLIT = re.compile(r"\s*[,，/|·]\s*")
_CREW_PART = re.compile(r"^\s*[^:：]{1,20}?\s*[:：]\s*\S.{0,30}$")  # a label, a colon, a name


def _pictographs_only(text: str) -> bool:
    """Whether a line holds pictographs alone ("📬" over a callout, "👉"): no text of the story.

    Example:
        >>> _pictographs_only("📬"), _pictographs_only("👍🏽 🙏")
        (True, True)
        >>> _pictographs_only("* * *"), _pictographs_only("Yes 👍"), _pictographs_only("★★★★☆")
        (False, False, False)
    """
    start = text.lstrip()[:1]
    return (
        bool(start) and start >= _PICTOGRAPHS and all(c.isspace() or c in _JOINERS or c >= _PICTOGRAPHS for c in text)
    )


_JOINERS = frozenset("\u200d\ufe0f\ufe0e")  # a zero-width joiner and the variation selectors of emoji
_PICTOGRAPHS = "\U0001f000"  # emoji and pictographs start here (a rating's "★★★★☆" is text)


def _is_offer(text: str, *, inside: bool = False) -> bool:
    """Whether a line asks the reader to sign up for the site's newsletter, join its messaging channel or send it news.

    A newsletter's word and a call to sign up ("Sign up for our newsletter", "Get local news in your inbox
    every Friday. Subscribe free."), or a messaging service and a call to join or follow ("Join the Ledger's
    WhatsApp channel", "entre no nosso canal do WhatsApp ou do Telegram").

    ``inside`` the story, between its paragraphs, the call must be in the line's first or last sentence, and the
    newsletter in the call's own sentence (a quoted scam, "Hello! Join our WhatsApp group and earn £300 a day.
    Reply YES to start.", stays).

    Example:
        >>> _is_offer("Join the Ledger WhatsApp channel for breaking news. Click here"), _is_offer("WhatsApp grew.")
        (True, False)
        >>> _is_offer("Telegram's founder will join the board.")
        False
        >>> _is_offer("Hello! Join our WhatsApp group and earn £300 a day. Reply YES to start.", inside=True)
        False
    """
    if EMAIL_ADDRESS.search(text) is not None and (
        (_tip_question(text) and len(text.split()) <= _TIP_WORDS and not _names_someone(text))
        or (_MESSAGING.search(text) is not None and "?" in text)
    ):
        return True  # "Got a tip? Message us on WhatsApp or mail news@…": where to send news, no story's line
    # the call opens a sentence ("Sign up …", "…no celular: entre no nosso canal"), where a story's line about the
    # service runs on ("Telegram's founder will join the board", "She urged readers to subscribe") or quotes one
    calls = [call for call in PATTERNS.sign_up.finditer(text) if _opens(text, call.start())]
    if inside:  # the call in the line's first or last sentence, the newsletter in the call's sentence
        line = text.rstrip()
        ends = [end.start() for end in _SENTENCE_END.finditer(line) if end.start() < len(line) - 1]
        calls = [call for call in calls if not ends or call.start() < ends[0] or call.start() > ends[-1]]
        sentences = [_SENTENCE_END.split(text[call.end() :], 1)[0] for call in calls]
        if any(PATTERNS.newsletter.search(sentence) for sentence in sentences):
            return True
    elif calls and PATTERNS.newsletter.search(text) is not None:
        return True
    # a messaging service's channel named in the call's own clause ("Join the Ledger's WhatsApp channel"; not "Join
    # the protest, organisers wrote on WhatsApp")
    return any(_MESSAGING.search(_CLAUSE_END.split(text[call.end() :], 1)[0]) for call in calls)


def _tip_question(text: str) -> bool:
    """Whether a line opens with a short question asking for news ("Har du tips?", "Got a story?", "Une info ?").

    Example:
        >>> _tip_question("Got a tip? Email us"), _tip_question("What can parents do? Email the school")
        (True, False)
    """
    question = _TIP_QUESTION.match(text)
    return question is not None and PATTERNS.tip_word.search(question.group()) is not None


def _names_someone(text: str) -> bool:
    """Whether a line names a person: two words in a row that are each a capital and small letters ("Jane Roe").

    A call to send the newsroom news names none; a writer's bio does ("Have a tip? Jane Roe may be reached at …").

    Example:
        >>> _names_someone("Have a tip? Jane Roe may be reached at jroe@x.com"), _names_someone("Got a tip? Email us")
        (True, False)
    """
    words = text.split()
    common = PATTERNS.common_words  # "Haben Sie", "Schreiben Sie": German capitalises its nouns and "Sie"
    for before, after in itertools.pairwise(words):
        if before.endswith((".", ",", ";", ":", "!", "?")):
            continue  # a pair never runs over a sentence's or a clause's end
        first, second = before.strip("()\"'“”„"), after.strip(".,;:!?()\"'“”")
        if _titled(first) and _titled(second) and not {first.casefold(), second.casefold()} & common:
            return True
    return False


def _titled(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _opens(text: str, at: int) -> bool:
    """Whether a word at ``at`` opens a sentence: the line's start, or after a sentence's end, a colon or a dash."""
    before = text[:at].rstrip()[-1:]
    return not before or before in _SENTENCE_BREAKS or unicodedata.category(before) == "So"  # "📢 Receba …"


_SENTENCE_BREAKS = frozenset(".:!?;|—–-")
_CLAUSE_END = re.compile(r"[,.;!?]\s")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# Messaging services whose channels sites ask readers to join, named alike in every language.
# A short question opening a line ("Har du tips?", "Got a tip?", "Vous avez une info ?"): with an e-mail address
# after it, a call to send the newsroom news.
_TIP_WORDS = 25  # words: a longer line with a question and an address is the story's
_TIP_QUESTION = re.compile(r"\W*[^\W\d][^?.!\n]{1,60}\s?\?")
_MESSAGING = re.compile(
    r"whats\s?app|telegram|viber|(?:facebook|fb)\s?messenger|واتس\s?اب|تيليجرام|व्हाट्सएप|टेलीग्राम", re.IGNORECASE
)
# A site's call to report a typo, the same keys in every language.
_CTRL_ENTER = re.compile(r"\bCtrl\s*\+\s*Enter\b", re.IGNORECASE)
# A call to follow the site on a news aggregator, in any language ("Follow us on Google News", "Ikuti … di Google
# News", "… को गूगल न्यूज़ पर फॉलो करें"): the service's name is the same in all of them.
# Social networks' names, in a call to follow a desk on them (its words are the vocabularies' end notes).
_SOCIAL = re.compile(r"\b(?:Facebook|Instagram|Twitter|TikTok|YouTube|WhatsApp|Telegram|LinkedIn|Threads|Bluesky)\b")
_FOLLOW_US = re.compile(r"google\s*(?:news|discover)|गूगल\s*न्यूज़", re.IGNORECASE)
# A wire story's slug code closing it: desks' and editors' codes and a number apart by slashes
# ("MTW/KIL/ZL/HC/1310", "XYZ/AB/CD").
_SLUG_CODE = re.compile(r"[A-Z]{2,5}(?:/[A-Z0-9]{1,6}){2,}")
# The desk's initials closing a story, in brackets: "(rzp/dnu)", "(dpa/lnw)", "(ab)".
_DESK_INITIALS = re.compile(r"[(\[]\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*\s*[)\]]", re.IGNORECASE)
# A page's address at the end after a label ("Quelle: https://…", "Source URL: www.…"): a print footer. (A bare
# address may be the last item of a list of links the story gives.)
_LABEL = re.compile(r"[^\W\d_][\w .'’-]{0,30}:\s*")  # a short label and its colon: "Quelle: ", "Printed: "
_LABELLED_URL = re.compile(_LABEL.pattern + r"(?:https?://|www\.)\S+$")


def _stamp_alone(text: str) -> bool:
    """A timestamp line alone: its word, a date and a time of day ("First Published on Nov 20, 2019 01:38 pm").

    Not a sentence that opens with one ("Published on 3 March, the report found …"), nor a book's or a film's
    details line, which gives a day alone ("Published March 3, 2026").

    Example:
        >>> _stamp_alone("Veröffentlicht am 3. März 2024, 17:42 Uhr"), _stamp_alone("Published March 3, 2026")
        (True, False)
    """
    stamp = PATTERNS.timestamp.match(text)
    if stamp is None:
        return False
    when = stamp.group("when").strip()
    return date_alone(when) and "T" in (parse_date(when) or "")


def _stamped_under(text: str) -> bool:
    """Whether a line is a date alone before a separator: a stamp whose time the walk left out (a clock's element).

    A notice's or a letter's date under its signature ("2026年3月17日", "Berlin, 3. März 2026") is its text, and so
    is an event's date and time closing it ("When:" over "Saturday, March 14, 2026, 7:30 pm").

    Example:
        >>> _stamped_under("10 de febrero de 2026 ·"), _stamped_under("10 de febrero de 2026")
        (True, False)
    """
    return text.rstrip()[-1:] in _SEPARATORS and date_alone(text)


_SEPARATORS = "·•|–—-,"


def _labelled_date(text: str) -> bool:
    """A label and a date alone ("Datum des Ausdrucks: 17.03.2026", "Printed: 3 March 2024"): a print footer."""
    label = _LABEL.match(text)
    if label is None or len(text) > _DATED_SIZE or not may_hold_date(text):
        return False
    return parse_date(text[label.end() :]) is not None


_CAPTION_SIZE = 300  # characters: a longer paragraph with a credit at its end is prose, not a caption
_CREDIT_REACH = 110  # characters from a line's end where a credit may start (a credit is at most 100)
_CREDIT_MARKS = frozenset(":=/(：")  # one of which a labelled credit holds


def drop_captions(paragraphs: list[str], sources: Iterable[str], dropped: list[str]) -> tuple[list[str], list[Caption]]:
    """The story's paragraphs without the captions in them, and the captions found only there.

    A paragraph, or a line of a block of lines between ``<br>``s, that is the
    text of a caption element read (``sources``: the walk kept an
    ``<em class="img_desc">`` among the lines of text), or a short one that ends
    with a photo credit opened by a credit word ("… Фото: пресс-служба",
    "… /사진=연합뉴스", "… (credit: NASA)"): a caption written into the text under
    its picture.
    """
    known = {_collapse(text, keep_breaks=False) for text in sources if text}  # as the walk wrote the lines
    kept: list[str] = []
    captions: list[Caption] = []
    for paragraph in paragraphs:
        lines = [line for line in paragraph.split("\n") if not _caption_line(line, known, captions, dropped)]
        if len(lines) == paragraph.count("\n") + 1:
            kept.append(paragraph)
        elif any(line.strip() for line in lines):
            kept.append("\n".join(lines).strip())
    return kept, captions


def _caption_line(line: str, known: set[str], captions: list[Caption], dropped: list[str]) -> bool:
    """Whether a line of the story is a caption (see :func:`drop_captions`), read into ``captions`` if new."""
    if known and line.strip() in known:
        dropped.append(line)
        return True
    if len(line) > _CAPTION_SIZE or _CREDIT_MARKS.isdisjoint(line[-_CREDIT_REACH:]):
        return False  # a credit opened by a word is labelled ("Фото:", "/사진=", "(credit: …)"): the cheap test first
    text, credit = split_credit(line)
    if credit is None or not text or not PATTERNS.tail_credit.match(credit.lstrip("(/ ")):
        return False
    captions.append(Caption(text, credit))
    dropped.append(line)
    return True


_SHORT_LINE = 40  # characters: a shorter line at the top is a label, a duration, a video's title


def _deck_reach(paragraphs: list[str]) -> int:
    """How many paragraphs at the story's top hold three that are no short line (a label, a player's duration)."""
    counted = 0
    for index, paragraph in enumerate(paragraphs):
        counted += len(paragraph) >= _SHORT_LINE
        if counted == 3:
            return index + 1
    return len(paragraphs)


def drop_deck(paragraphs: list[str], deck: str, dropped: list[str]) -> list[str]:
    """The story's paragraphs without the deck when it opens them (it is the subtitle); the copy goes to ``dropped``.

    The copy is one of the first three paragraphs, short lines among them not counted (a video's labels may come
    first), or a run of them that reads as
    the deck when joined (a deck of several lines between ``<br>`` read as paragraphs),
    or the first lines of one (a deck set above the text in one block of lines).
    """
    key = _collapse(deck, keep_breaks=False)
    reach = _deck_reach(paragraphs)
    for index, paragraph in enumerate(paragraphs[:reach]):
        lines = paragraph.split("\n")
        for count in range(1, len(lines)):
            if _collapse(" ".join(lines[:count]), keep_breaks=False) == key:
                dropped.append("\n".join(lines[:count]))
                rest = "\n".join(lines[count:]).strip()
                return [*paragraphs[:index], *([rest] if rest else []), *paragraphs[index + 1 :]]
    for index in range(min(reach, len(paragraphs))):
        joined = ""
        for end in range(index, len(paragraphs)):
            joined = _collapse(f"{joined} {paragraphs[end]}", keep_breaks=False)
            if joined == key:
                dropped.extend(paragraphs[index : end + 1])
                return [*paragraphs[:index], *paragraphs[end + 1 :]]
            if len(joined) >= len(key) or not key.startswith(joined):
                break
    return paragraphs
