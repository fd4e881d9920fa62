"""Factiva's HTML exports: the pages saved from "Format for Saving", one article per block.

Two layouts come out of Factiva, both one ``<div class="article xxArticle">``
per article (``xx`` the article's language):

* **field codes** ("Full Article/Report plus Indexing"): a table with one row
  per field, the two- or three-letter code (``HD``, ``BY``, ``WC``, ``PD``...)
  in bold in the first cell, the value in the second; the accession number is
  the ``AN`` row, "Document ...".
* **article format** ("Full Article/Report"): no codes. An optional section
  line, the headline (``<div id="hd">``, a ``xxHeadline`` span), the byline,
  the word count ("523 words", "590 Wörter"), the date, the time, the source,
  its code, the language, the copyright line, then the paragraphs
  (``articleParagraph``) and the trailer "Document ..." ("Dokument ...").

A page that has neither the article blocks nor the table is cut after each
accession trailer. Each article is parsed on its own, so one broken block
costs only itself. The codes and their mapping are shared with ``factiva-xml``
(:mod:`newsparse.detectors.exports._factiva`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsparse._html import _soup
from newsparse._problems import Location, Problem
from newsparse.detectors._base import RawArticle
from newsparse.detectors._sniff import encoded, tag_hints
from newsparse.detectors.exports._factiva import (
    FIELD_CODES,
    TRAILER,
    TRAILER_NUMBER,
    TRAILER_WORDS,
    Record,
    accession,
    record_fields,
    squash,
)
from newsparse.detectors.exports._factiva_meta import read_meta

if TYPE_CHECKING:
    from bs4 import Tag

__all__ = ["FactivaHtmlDetector"]

_DIV_TAG = re.compile(r"<div\b[^<>]*>", re.IGNORECASE)  # stops at the next "<": each character is read once
_CLASS_VALUE = re.compile(r"""\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_ARTICLE_CLASS_NAME = re.compile(r"^[a-z]{2}(?:-[A-Za-z]+)?Article$")
_TABLE = re.compile(r"<table\b", re.IGNORECASE)
_CODE_CELL = re.compile(r"<b>\s*([A-Z]{2,3})\s*</b>")
_TITLE = re.compile(r"<title>\s*Factiva\s*</title>", re.IGNORECASE)
_TAGS = re.compile(r"<(?:html|head|title|body|p|div|td|table|span|b|br)\b", re.IGNORECASE)
_CODE = re.compile(r"[A-Z]{2,4}")
_NUMBERED = re.compile(r"(\d{1,4})\)\s+(?=\S)")
_HEADLINE_CLASS = re.compile(r"Headline$")
_PARAGRAPH_CLASS = re.compile(r"articleParagraph$")
_BODY_CHROME = re.compile(r"<body\b", re.IGNORECASE)
_MARKERS = re.compile(r"articleParagraph|id=[\"']?hd\b|<b>\s*(?:HD|LP|TD)\s*</b>")
# For sniff: TRAILER without its look-behind, one pattern per first letter of the label, so that each starts with a
# literal (re scans for it fast). Each runs only on a head that holds one of its labels: an ASCII one is looked for
# first in the head's UTF-8 (scanned twice as fast), another by its first letter.
_SNIFF_TRAILERS = tuple(
    (first, re.compile("|".join(words).encode()), re.compile(f"({'|'.join(words)}){TRAILER_NUMBER}"))
    for first in dict.fromkeys(word[0] for word in TRAILER_WORDS)
    for words in [[word for word in TRAILER_WORDS if word[0] == first]]
)
_SNIFF_DIV_TAG = re.compile(rb"<div\b[^<>]*>", re.IGNORECASE)  # _DIV_TAG in UTF-8
_SNIFF_ARTICLE = re.compile(rb"Article")  # re scans for a literal about twice as fast as bytes.find
_SNIFF_WORDLIKE = re.compile(r"[\w-]")  # what TRAILER's look-behind refuses before the label


class FactivaHtmlDetector:
    """Factiva HTML exports in either layout, one article per ``article`` block (or per accession trailer)."""

    name = "factiva-html"
    description = "Factiva HTML exports (field codes or article format), one article per block."

    def sniff(self, head: str) -> float:
        """Near-certain on Factiva's own markers; 0.0 without them (and for anything that is not HTML).

        0.97 for the field-code table (three codes in bold cells, one of them
        HD, AN, LP or TD), an article
        block of class ``article xxArticle``, or an accession trailer; 0.96 for a
        page titled "Factiva" (a saved export whose first articles lie beyond
        the head, behind Factiva's style sheet): more than ``html-page``'s 0.95.
        """
        if _TAGS.search(head) is None:
            return 0.0
        bold = "bold" in tag_hints(head)  # the cells' "<b>", looked for first in one scan shared with other detectors
        codes = set(_CODE_CELL.findall(head)) & FIELD_CODES.keys() if bold else set()
        if len(codes) >= 3 and codes & {"HD", "AN", "LP", "TD"}:
            return 0.97
        if _has_article_tag(head):
            return 0.97
        if any(accession(m.group()) for m in _sniff_trailers(head)[:50]):
            return 0.97
        return 0.96 if _TITLE.search(head, 0, 5000) else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one raw article per article block; trailers outside any article are reported.

        Without article blocks, each field-code table is an article; without
        those either, the page is cut after each accession trailer. A page with
        none of the three is not an export: ``split`` raises ``ValueError``, and
        newsparse reads the page with the next detector.
        """
        starts = [tag.start() for tag in _DIV_TAG.finditer(text) if _is_article_tag(tag.group())]
        if not starts:
            starts = _code_tables(text)
        if starts:
            yield from _orphans(text, 0, starts[0])
            ends = [*starts[1:], len(text)]
            for number, (start, end) in enumerate(zip(starts, ends, strict=True), start=1):
                yield _read(text[start:end], start, number)
            return
        if text.strip() and not any(accession(m.group()) for m in TRAILER.finditer(text)):
            raise ValueError("no Factiva article block, field-code table or accession trailer in the text")
        yield from _by_trailer(text)


def _is_article_tag(tag: str) -> bool:
    """Whether a ``<div ...>`` tag opens an article block: classes ``article`` and ``xxArticle``."""
    value = _CLASS_VALUE.search(tag)
    if value is None:
        return False
    classes = (value.group(1) or value.group(2) or value.group(3) or "").split()
    return "article" in classes and any(_ARTICLE_CLASS_NAME.match(name) for name in classes)


def _has_article_tag(head: str) -> bool:
    """``any(_is_article_tag(tag.group()) for tag in _DIV_TAG.finditer(head))``, looking only at tags with "Article".

    An article tag has a class ``xxArticle``; a tag holding a place is the one
    that starts at the last "<" before it (a ``<div ...>`` tag holds no "<"),
    looked for back to the previous "Article" only, so that each character is read
    once. All in the head's UTF-8, scanned faster, where the tag pattern finds at
    least the text's tags (each is checked again as text); but a head with ``İ`` or
    ``ı``, which match the "i" of "div" ignoring case in text only, is read as text.
    """
    data = encoded(head)
    if b"\xc4" in data and (b"\xc4\xb0" in data or b"\xc4\xb1" in data):  # İ or ı in UTF-8 (a rare first byte)
        return any(_is_article_tag(tag.group()) for tag in _DIV_TAG.finditer(head))
    searched = 0
    for word in _SNIFF_ARTICLE.finditer(data):  # "Article" overlaps no other: these are all of bytes.find's finds
        at = word.start()
        start = data.rfind(b"<", searched, at)  # none: the tag before the previous "Article", checked already
        found = _SNIFF_DIV_TAG.match(data, start) if start >= 0 else None
        if found is not None and found.end() > at:
            tag = found.group().decode("utf-8", "surrogatepass")
            if _DIV_TAG.fullmatch(tag) is not None and _is_article_tag(tag):
                return True
        searched = at
    return False


def _sniff_trailers(head: str) -> list[re.Match[str]]:
    """The matches of ``TRAILER.finditer(head)``, in order.

    A match of a pattern of ``_SNIFF_TRAILERS`` that TRAILER's look-behind refuses
    hides no match of TRAILER: inside it, every position follows a letter or a
    digit, or is white space, or starts an accession number too short to hold a
    label followed by white space.
    """
    found = [
        match
        for first, words, pattern in _SNIFF_TRAILERS
        if (words.search(encoded(head)) is not None if first.isascii() else first in head)
        for match in pattern.finditer(head)
        if not match.start() or _SNIFF_WORDLIKE.match(head, match.start() - 1) is None
    ]
    return sorted(found, key=lambda match: match.start())


def _orphans(text: str, start: int, end: int) -> Iterator[RawArticle]:
    """A problem for each accession trailer in ``text[start:end]`` (outside every article)."""
    for match in TRAILER.finditer(text, start, end):
        if accession(match.group()):
            message = f"the trailer {match.group()!r} is outside every article; no article"
            problem = Problem("factiva-trailer-orphan", message, Location(start=match.start(), end=match.end()))
            yield RawArticle(match.start(), match.end(), {}, (problem,))


def _code_tables(text: str) -> list[int]:
    """Where each ``<table>`` that holds two or more field-code cells starts (one pass over the tables)."""
    tables = [match.start() for match in _TABLE.finditer(text)]
    starts: list[int] = []
    if not tables:
        return starts
    for start, end in zip(tables, [*tables[1:], len(text)], strict=True):
        codes = _CODE_CELL.finditer(text, start, end)
        if sum(1 for _, code in zip(range(2), codes, strict=False) if code.group(1) in FIELD_CODES) >= 2:
            starts.append(start)
    return starts


def _by_trailer(text: str) -> Iterator[RawArticle]:
    """Articles cut after each accession trailer, for pages without article blocks."""
    body = _BODY_CHROME.search(text)
    start = body.start() if body else 0
    number = 0
    for match in TRAILER.finditer(text, start):
        if not accession(match.group()):
            continue
        close = text.find(">", match.end())  # the end of the trailer's element (its end tag)
        end = close + 1 if 0 <= close < match.end() + 200 else match.end()
        number += 1
        yield _read(text[start:end], start, number)
        start = end
    rest = text[start:]
    if number and _MARKERS.search(rest):  # an article after the last trailer: it has no trailer of its own
        yield _read(rest, start, number + 1)


def _read(fragment: str, offset: int, number: int) -> RawArticle:
    """One article block's raw article (or no fields and a problem when it holds nothing)."""
    root = _root(fragment)
    record = Record(html=True)
    extra: list[Problem] = []
    if not _read_table(root, record):
        _read_blocks(root, record, extra, number)
    end = offset + len(fragment)
    at = Location(record=number, start=offset, end=end)
    if record.is_empty():
        message = f"article {number} holds nothing readable; skipped"
        return RawArticle(offset, end, {}, (Problem("factiva-article-empty", message, at),))
    if set(record.values) == {"AN"} and not record.paragraphs:
        message = f"the trailer {record.first('AN')!r} belongs to no article; no article"
        return RawArticle(offset, end, {}, (Problem("factiva-trailer-orphan", message, at),))
    fields, problems = record_fields(record, number)
    if not record.first("AN"):
        message = f'article {number} has no accession trailer ("Document ..."); read all the same'
        problems.append(Problem("factiva-trailer-missing", message, at))
    return RawArticle(offset, end, fields, (*problems, *extra))


def _root(fragment: str) -> Tag:
    soup = _soup(fragment)
    found = soup.find("div", class_=_ARTICLE_CLASS_NAME)
    if found is not None:
        return found
    return soup.body or soup


def _read_table(root: Tag, record: Record) -> bool:
    """Read the field-code table's rows into ``record``; False when the block has no such table."""
    found = False
    for row in root.find_all("tr"):
        cells = row.find_all("td", recursive=False)
        if len(cells) < 2:
            continue
        code = _text(cells[0])
        if not _CODE.fullmatch(code):
            continue
        found = True
        value = cells[1]
        if code in ("LP", "TD"):
            paragraphs = value.find_all("p")
            if paragraphs:
                record.paragraphs.extend(str(p) for p in paragraphs)
            else:
                record.paragraphs.append(f"<p>{value.decode_contents()}</p>")
            continue
        record.add(code, _text(value))
    return found


def _read_blocks(root: Tag, record: Record, problems: list[Problem], number: int) -> None:
    """Read the article format: section, headline, metadata lines, paragraphs, trailer."""
    before: list[str] = []
    meta: list[tuple[str, bool]] = []
    after: list[str] = []
    plain: list[str] = []
    headline_seen = False
    for block in _leaf_blocks(root):
        text = _text(block)
        if not text:
            continue
        if _is_headline(block):
            _add_headline(record, text)
            headline_seen = True
        elif accession(text) and TRAILER.match(text):
            if record.first("AN"):
                message = f"article {number} has a second trailer {text!r}; it belongs to no article"
                problems.append(Problem("factiva-trailer-orphan", message, Location(record=number)))
            else:
                record.add("AN", text)
        elif _PARAGRAPH_CLASS.search(" ".join(block.get("class") or ())):
            record.paragraphs.append(str(block))
        elif block.name == "p" and (headline_seen or meta):
            (after if record.paragraphs else plain).append(text)
        elif not headline_seen and not meta:
            before.append(text)
        else:
            meta.append((text, "author" in (block.get("class") or ())))
    if not record.paragraphs and plain:  # no articleParagraph class: the plain paragraphs are the text
        record.paragraphs.extend(f"<p>{html.escape(p, quote=False)}</p>" for p in plain)
        plain = []
    if not headline_seen:  # no headline: the lines are metadata all the same
        meta[:0] = [(text, False) for text in before]
        before = []
    if before:
        record.add("SE", before[0])
        record.notes.extend(before[1:])
    read_meta(meta, record)
    record.notes.extend([*plain, *after])  # after the text: photo captions, the publisher's line


def _text(element: Tag) -> str:
    """The text of an element as one line: inline markup joins its words as written, ``<br>`` is a space."""
    for br in element.find_all("br"):
        br.replace_with(" ")
    return squash(element.get_text())


def _add_headline(record: Record, text: str) -> None:
    """The headline (Factiva's "4) " position number goes to notes); a second headline is a note."""
    if record.first("HD"):
        record.notes.append(text)
        return
    number_shown = _NUMBERED.match(text)
    if number_shown:
        record.notes.append(f"number in the export: {number_shown.group(1)}")
        text = text[number_shown.end() :]
    record.add("HD", text)


def _leaf_blocks(root: Tag) -> Iterator[Tag]:
    """The ``div`` and ``p`` elements of ``root`` that hold no other ``div`` or ``p``, in document order.

    The headline's ``<div id="hd">`` counts as a leaf whatever it holds.
    """
    for block in root.find_all(["div", "p"]):
        leaf = block.get("id") == "hd" or block.find(["div", "p"]) is None
        if leaf and block.find_parent(id="hd") is None:
            yield block


def _is_headline(block: Tag) -> bool:
    if block.get("id") == "hd":
        return True
    classes = " ".join(block.get("class") or ())
    return bool(_HEADLINE_CLASS.search(classes)) or block.find(class_=_HEADLINE_CLASS) is not None
