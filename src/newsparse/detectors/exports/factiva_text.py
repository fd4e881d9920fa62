"""Factiva articles saved as text: copied from the browser, or Factiva's RTF and Word downloads converted to text.

Each article ends with its accession trailer, a line "Document
FOO0000020240314ek3e0000x" (localised: "Dokument", "Documento"...), in one of
two layouts:

* **article format** ("Full Article/Report"): an optional section line, the
  headline, an optional byline, the word count ("1,234 words", "1.234 Wörter",
  "1 234 mots", "523 語"), the date, an optional time, the source name, its
  code, the language name ("English", "Deutsch"), the copyright line, then the
  lead and body paragraphs, one per line or separated by blank lines;
* **field codes** ("Full Article/Report plus Indexing"): one line per field
  starting with Factiva's code (``HD``, ``BY``, ``WC``, ``PD``, ``SN``, ``LA``,
  ``LP``, ``TD``, ``NS``, ``RE``...), the value after white space on the same
  line or on the lines that follow, up to the next code; the trailer is the
  ``AN`` line.

Articles follow one another, often separated by a form feed (a page break of
the RTF download); text before the first one (a cover page, a search summary)
goes to the first article's ``dropped``, text after the last trailer to the
last one's, and an article after the last trailer is read with an
``export-truncated`` problem. The codes, localised words and the mapping onto
the field contract are those of ``factiva-html`` and ``factiva-xml``
(:mod:`newsparse.detectors.exports._factiva`), so one article gives the same
fields in every Factiva format.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Any

from newsparse._model import Dropped
from newsparse._problems import Location, Problem
from newsparse.detectors._base import RawArticle
from newsparse.detectors._lines import line_pattern
from newsparse.detectors._sniff import encoded, first_char
from newsparse.detectors.exports._factiva import (
    FIELD_CODES,
    LANGUAGES,
    TOPICS,
    TRAILER_NUMBER,
    TRAILER_WORDS,
    Record,
    accession,
    is_word_count,
    record_fields,
    squash,
)
from newsparse.detectors.exports._factiva_meta import COPYRIGHT, SOURCE_CODE, TIME, YEAR, read_meta
from newsparse.vocabulary import PATTERNS

__all__ = ["FactivaTextDetector"]

_TRAILER_LINE = re.compile(
    rf"^[ \t\f\v]*(?:AN\s+)?((?:{'|'.join(TRAILER_WORDS)}){TRAILER_NUMBER})[ \t\r\f\v\u00a0]*$", re.MULTILINE
)
_TRAILER_SCAN = line_pattern(_TRAILER_LINE)  # searched over "\n" + text: re jumps from newline to newline
# Sniff: "umen" is in every ASCII label but "Belge" ("Document", "Dokument", "Documento", "Dokumen"...). A pattern
# that starts with it, followed by what an accession number looks like, runs over the head's UTF-8 (re jumps to the
# literal); each line it finds is then matched whole. The other labels are looked for by name first.
_SNIFF_ASCII = re.compile(rb"umen[a-z]{0,3}(?:[ \t]|\xc2\xa0)+[A-Za-z0-9]{16,40}")
_OTHER_LABELS = tuple(word for word in TRAILER_WORDS if not word.isascii() or "umen" not in word)
_WC_LINE = line_pattern(
    re.compile(r"^[ \t]*(?:WC[ \t]+)?(\d[\d.,\u00a0\u202f ]{0,12}[ \t]*[^\W\d_]{1,12}\.?)[ \t\r]*$", re.MULTILINE)
)
_SNIFF_FIELDS = line_pattern(re.compile(r"^[ \t]*(HD|LP|TD|WC|PD|SN|LA|BY|SE)(?=[ \t\r]|$)", re.MULTILINE))
_CODE_LINE = re.compile(r"([A-Z]{2,3})(?:([ \t\u00a0]+)(.*))?")
_BODY_FIELDS = frozenset({"LP", "TD"})
_PAGE_LINE = re.compile(
    r"(?:Page \d{1,5} of \d{1,5}\s*)?(?:(?:©|\(c\)|Copyright)\s*\d{4}\s+(?:Dow Jones & Company|Factiva),? Inc\.?"
    r"(?:\s*All rights reserved\.?)?)?",
    re.IGNORECASE,
)
_SENTENCE_END = (".", "!", "?", "。", "！", "？")
_HEAD_LINES = 40  # how far into an article the word count is looked for


class FactivaTextDetector:
    """Factiva articles as text, in the article format or with field codes, one article per accession trailer."""

    name = "factiva-text"
    description = "Factiva articles as text (copied, or RTF/Word downloads): article format or field codes."

    def sniff(self, head: str) -> float:
        """Near-certain (0.97) on an accession trailer line with a word-count line or field codes; 0.0 without one.

        0.75 for trailers alone. Markup and JSON (the HTML export's, a feed's)
        score 0.0: the trailer must stand on a line of its own in text.
        """
        if first_char(head) in ("<", "{", "["):
            return 0.0
        if not _has_trailer(head):
            return 0.0
        lined = "\n" + head
        if any(is_word_count(m.group(1)) for m in _WC_LINE.finditer(lined)):
            return 0.97
        codes = {m.group(1) for m in _SNIFF_FIELDS.finditer(lined)}
        return 0.97 if len(codes) >= 3 and codes & {"HD", "LP", "TD"} else 0.75

    def split(self, text: str) -> Iterator[RawArticle]:
        """One raw article per accession trailer; one after the last trailer is read with ``export-truncated``.

        A text with neither a trailer nor an article's marks (a word-count line,
        field codes) is not such an export: ``ValueError``, and newsparse reads it
        with the next detector.
        """
        trailers = _trailers(text)
        starts = [0, *(end for _, end, _ in trailers)]
        rest = text[starts[-1] :]
        truncated = _looks_like_article(rest.split("\n"))
        if not trailers and not truncated:
            raise ValueError("no Factiva accession trailer and no article in the text")
        after = [] if truncated else [Dropped(line, "export chrome") for line in _kept_lines(rest)]
        for number, (start, end, label) in enumerate(trailers, start=1):
            tail = after if number == len(trailers) else []
            yield _article(text, starts[number - 1], start, end, label, number, tail)
        if truncated:
            yield _article(text, starts[-1], len(text), len(text), None, len(trailers) + 1, [])


def _has_trailer(head: str) -> bool:
    """Whether a line of ``head`` is an accession trailer (``any(_trailers(head))``, looked for cheaply)."""
    data = encoded(head)
    for found in _SNIFF_ASCII.finditer(data):
        start = data.rfind(b"\n", 0, found.start()) + 1
        end = data.find(b"\n", found.end())
        line = _TRAILER_LINE.fullmatch(data[start : end if end >= 0 else len(data)].decode("utf-8", "surrogatepass"))
        if line is not None and accession(line.group(1)):
            return True
    if not any(label in head for label in _OTHER_LABELS):
        return False
    return any(accession(match.group(1)) for match in _TRAILER_SCAN.finditer("\n" + head))


def _trailers(text: str) -> list[tuple[int, int, str]]:
    """(start of the trailer line, its end, "Document <accession>") of each accession trailer, in order."""
    found = []
    for match in _TRAILER_SCAN.finditer("\n" + text):
        if accession(match.group(1)):
            found.append((match.start(), match.end() - 1, match.group(1)))
    return found


def _kept_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, stripped."""
    return [line for line in (squash(line) for line in text.split("\n")) if line]


def _code_of(line: str, *, in_body: bool) -> tuple[str, str] | None:
    """(code, value) of a line that starts with a field code.

    Inside the text (``in_body``), where prose may start with one ("TD Bank
    said", "IN BRIEF"), the code must be alone on its line or followed by a tab
    or two spaces, or be a coded list ("NS gtrans : Transport").
    """
    match = _CODE_LINE.fullmatch(line.strip(" \t\r\f\v\u00a0"))
    if match is None or match.group(1) not in FIELD_CODES:
        return None
    code, gap, value = match.group(1), match.group(2), (match.group(3) or "").strip()
    spaced = gap is None or "\t" in gap or len(gap) >= 2 or (code in TOPICS and " : " in value)
    return (code, value) if spaced or not in_body else None


def _without_footers(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines without Factiva's page footers ("Page 1 of 3 © 2024 Factiva, Inc. ..."), and those footers."""
    kept, footers = [], []
    for line in lines:
        text = squash(line)
        if text and _PAGE_LINE.fullmatch(text):
            footers.append(text)
        else:
            kept.append(line)
    return kept, footers


def _looks_like_article(lines: Sequence[str]) -> bool:
    """Whether lines hold an article: a word-count line near the start, or field codes with HD, LP or TD."""
    kept = [line for line in lines if line.strip()]
    if any(is_word_count(line) for line in kept[:_HEAD_LINES]):
        return True
    return _is_coded(kept)


def _is_coded(lines: Sequence[str]) -> bool:
    """Whether lines are in the field-code layout: three codes, among them HD, LP or TD and WC, PD, SN or LA.

    Prose may start a line with a code ("TD Bank said", "IN BRIEF"), rarely with three of them of both kinds.
    """
    codes = {found[0] for line in lines if (found := _code_of(line, in_body=False)) is not None}
    return len(codes) >= 3 and bool(codes & {"HD", "LP", "TD"}) and bool(codes & {"WC", "PD", "SN", "LA"})


def _article(
    text: str, start: int, stop: int, end: int, trailer: str | None, number: int, after: list[Dropped]
) -> RawArticle:
    """The raw article of ``text[start:stop]``, whose trailer (if any) runs from ``stop`` to ``end``."""
    at = Location(record=number, start=start, end=end)
    lines, footers = _without_footers(text[start:stop].split("\n"))
    lines = _single_spaced(lines)
    record = Record()
    dropped = [Dropped(line, "export chrome") for line in footers]
    if not any(line.strip() for line in lines):  # a trailer with nothing before it (but page footers)
        before = f" ({len(footers)} page footer lines before it)" if footers else ""
        message = f"the trailer {trailer!r} follows no article{before}; no article"
        return RawArticle(start, end, {}, (Problem("factiva-trailer-orphan", message, at),))
    where = "export cover page" if number == 1 else "export chrome"
    if _is_coded(lines):
        dropped.extend(Dropped(line, where) for line in _read_codes(lines, record))
    else:
        dropped.extend(Dropped(line, where) for line in _read_article(lines, record, first=number == 1))
    if trailer is not None:
        record.add("AN", trailer)
    fields, problems = record_fields(record, number)
    extra: dict[str, Any] = {"dropped": [*dropped, *after]} if dropped or after else {}
    if not record.first("PD"):
        problems.append(Problem("export-field-missing", f"article {number} has no date (PD); read the rest", at))
    if trailer is None:
        message = f'article {number} has no accession trailer ("Document ..."): the export may be cut short'
        problems.append(Problem("export-truncated", message, at))
    return RawArticle(start, end, {**fields, **extra}, tuple(problems))


def _single_spaced(lines: list[str]) -> list[str]:
    """The lines of an article written one paragraph a line with a blank line after each, without the blank lines.

    Factiva's RTF and Word downloads make every line a paragraph; as text (see
    :mod:`newsparse.sources._rtf`), paragraphs stand a blank line apart, and which
    lines stand together (section, headline, byline) would be lost. A text with
    lines together anywhere is returned as it is.
    """
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) < 3 or any(below - above != 2 for above, below in itertools.pairwise(filled)):
        return lines
    return [lines[k] for k in filled]


def _read_codes(lines: list[str], record: Record) -> list[str]:
    """Read field-code lines into ``record``; the lines before the first code are returned (a cover)."""
    before: list[str] = []
    code: str | None = None
    value: list[str] = []
    for line in lines:
        found = _code_of(line, in_body=code in _BODY_FIELDS)
        if found is None:
            if code is None:
                if line.strip():
                    before.append(squash(line))
            else:
                value.append(line)
            continue
        if code is not None:
            _add_value(record, code, value)
        code, value = found[0], [found[1]]
    if code is not None:
        _add_value(record, code, value)
    return before


def _add_value(record: Record, code: str, lines: list[str]) -> None:
    """A code's value: paragraphs for LP and TD, one line of text for the others."""
    if code in _BODY_FIELDS:
        record.paragraphs.extend(_paragraphs(lines))
    else:
        record.add(code, squash(" ".join(lines)))


def _paragraphs(lines: Sequence[str]) -> list[str]:
    """Paragraphs separated by blank lines (their lines joined); one per line when there is no blank line between."""
    kept = [line.strip() for line in lines]
    while kept and not kept[-1]:
        kept.pop()
    first = next((k for k, line in enumerate(kept) if line), len(kept))
    kept = kept[first:]
    if "" not in kept:
        return [squash(line) for line in kept]
    blocks, block = [], []
    for line in kept:
        if line:
            block.append(line)
        elif block:
            blocks.append(squash(" ".join(block)))
            block = []
    if block:
        blocks.append(squash(" ".join(block)))
    return blocks


def _read_article(lines: list[str], record: Record, *, first: bool) -> list[str]:
    """Read the article format into ``record``; the lines before the section or headline are returned."""
    kept = [(k, squash(line)) for k, line in enumerate(lines) if line.strip()]
    looked = kept if first else kept[:_HEAD_LINES]  # a cover page of any length may come before the first article
    count = next((n for n, (_, line) in enumerate(looked) if is_word_count(line)), None)
    if count is None:  # no word count: the first line is the headline, the metadata lines follow it
        record.add("HD", kept[0][1])
        head, meta_start = 1, 1
    else:
        head, meta_start = count, count
    before = _read_head(lines, kept[:head], record, first=first)
    meta_end = _meta_end(kept, meta_start)
    read_meta([(line, False) for _, line in kept[meta_start:meta_end]], record)
    if meta_end < len(kept):
        record.paragraphs.extend(_paragraphs(lines[kept[meta_end][0] :]))
    return before


def _read_head(lines: list[str], head: list[tuple[int, str]], record: Record, *, first: bool) -> list[str]:
    """Headline, byline and section from the lines before the word count; what comes before them is returned.

    The byline is the last line when it starts with a byline word ("By", "Von",
    "Par"...), or when three lines stand together right above the word count
    (section, headline, byline: Factiva's order); the section is a short line
    right above the headline.
    """
    if not head or record.first("HD"):
        return []
    last = len(head) - 1
    together = next((n for n in range(last, 0, -1) if not _adjacent(lines, head[n - 1][0], head[n][0])), 0)
    if last >= 1 and (PATTERNS.by.match(head[last][1]) or last - together >= 2):
        record.add("BY", head[last][1])
        last -= 1
    record.add("HD", head[last][1])
    if (
        last >= 1
        and _is_section(head[last - 1][1])
        and (not first or _adjacent(lines, head[last - 1][0], head[last][0]))
    ):
        record.add("SE", head[last - 1][1])
        last -= 1
    return [line for _, line in head[:last]]


def _adjacent(lines: list[str], above: int, below: int) -> bool:
    """Whether line ``above`` is right above line ``below``, with no blank line or page break between."""
    return below == above + 1 and "\f" not in lines[below]


def _is_section(text: str) -> bool:
    """Whether a line above the headline may be its section: short, and not a sentence."""
    return len(text) <= 60 and not text.endswith(_SENTENCE_END)


def _meta_end(kept: list[tuple[int, str]], start: int) -> int:
    """Where the metadata lines after the headline end.

    After the language line (and the copyright line right below it), else
    after a copyright line, else after the word count, date, time, source and
    source code as far as they are there.
    """
    window = [line for _, line in kept[start : start + 12]]
    language = next((n for n, line in enumerate(window) if line.casefold() in LANGUAGES), None)
    if language is not None:  # the copyright line follows the language line, if there is one
        has_copyright = language + 1 < len(window) and COPYRIGHT.search(window[language + 1])
        return start + language + (2 if has_copyright else 1)
    copyright_at = next((n for n, line in enumerate(window) if COPYRIGHT.search(line)), None)
    if copyright_at is not None:
        return start + copyright_at + 1
    n = 0
    if n < len(window) and is_word_count(window[n]):
        n += 1
    if n < len(window) and YEAR.search(window[n]) and len(window[n]) <= 40:
        n += 1
    if n < len(window) and TIME.fullmatch(window[n]):
        n += 1
    if n < len(window) and len(window[n]) <= 80 and not window[n].endswith(_SENTENCE_END):
        n += 1
        if n < len(window) and SOURCE_CODE.fullmatch(window[n]):
            n += 1
    return start + n
