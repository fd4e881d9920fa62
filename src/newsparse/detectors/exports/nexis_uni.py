"""Nexis Uni (LexisNexis Advance) Word exports, as text: one paragraph a line, documents ended by "End of Document".

newsparse reads a ``.docx`` into its paragraphs, one a line with a blank line
between them; a Nexis Uni export then looks like this::

    Date and Time: Sunday, March 3, 2024 4:51:00 PM GMT      (cover page, optional)
    Documents (2)
    1. Harbour lights return                                  (table of contents)
    Client/Matter: -None-
    ...
    Harbour lights return                                     title
    The Coastal Herald                                        publication
    March 3, 2024 Sunday                                      date line
    Copyright 2024 Coastal Herald Ltd All Rights Reserved
    Section: NEWS; Pg. 4                                      labels: "Label:" and a no-break space
    Length: 523 words
    Byline: Ada Lund
    Body                                                      the text's heading
    The lamps along the harbour wall were lit again.          one paragraph a line
    Classification                                            labelled metadata
    Language: ENGLISH
    Subject: HARBOURS (90%); LIGHTING (78%)
    Load-Date: March 4, 2024
    End of Document

The cover page and the table of contents are left out of every article (kept
in the first one's ``dropped``). The headings and labels are localised (see
:mod:`._lexisnexis_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newsparse._problems import Location, Problem
from newsparse.detectors._base import RawArticle
from newsparse.detectors._sniff import markup_document, plain_lines, search_lines
from newsparse.detectors.exports._lexisnexis_fields import Collected, looks_like_date, strip_markup
from newsparse.detectors.exports._lexisnexis_labels import (
    BODY_HEADINGS,
    CLASSIFICATION_HEADINGS,
    COPYRIGHT,
    END_OF_DOCUMENT,
    GRAPHIC_HEADINGS,
    LABELS,
    label_key,
)

__all__ = ["NexisUniDetector"]

_LINE = re.compile(r"[^\n]+")
_LABEL = re.compile(r"([A-Za-zÀ-ÖØ-öø-ÿ][\w()]*(?:[- ][\w()]+){0,2}):([ \u00a0]+|$)")
_DECLARED = re.compile(r"(?:Documents?|Dokumente|Documentos|Documenti|Documenten)\s*\((\d{1,7})\)", re.IGNORECASE)
_TOC_ENTRY = re.compile(r"(\d{1,7})\.\s+(\S.*)")
# For sniff. The keys of END_OF_DOCUMENT and BODY_HEADINGS are ASCII capitals and spaces, and label_key keeps every
# character of markup: a line with one of those keys holds none and has a letter, so it is one of the head's plain
# lines, found in one scan shared with other detectors. The labels are looked for only when they can change the score.
_SNIFF_LABEL = re.compile(r"^(?:Load-Date|Length|Byline|Section):[ \u00a0]", re.MULTILINE)

Line = tuple[int, str]  # a non-blank line: where it starts, and its stripped text


class NexisUniDetector:
    """Nexis Uni Word exports read as text: one article per document ended by "End of Document"."""

    name = "nexis-uni"
    description = 'Nexis Uni Word exports (as text): "Body", "Classification", documents ended by "End of Document".'

    def sniff(self, head: str) -> float:
        """Near-certain with an "End of Document" line and a "Body" heading or a "Load-Date:" label.

        A markup document scores 0 at once: these exports are read as text (a saved HTML export is another format's).
        """
        if markup_document(head):
            return 0.0
        keys = {label_key(line) for line in plain_lines(head) if len(line) < 40}
        ends = bool(keys & END_OF_DOCUMENT)
        body = bool(keys & BODY_HEADINGS)
        if ends:
            return 0.95 if body or search_lines(_SNIFF_LABEL, head) else 0.6
        return 0.5 if body and search_lines(_SNIFF_LABEL, head) else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """One structured raw article per document; the count check as a problem of its own at the end."""
        lines = [(m.start(), m.group().strip()) for m in _LINE.finditer(text) if m.group().strip()]
        ends = [k for k, (_, line) in enumerate(lines) if len(line) < 40 and label_key(line) in END_OF_DOCUMENT]
        bounds = list(zip([0, *(e + 1 for e in ends[:-1])], ends, strict=True)) if ends else []
        tail = (ends[-1] + 1) if ends else 0
        truncated = tail < len(lines)
        if truncated:
            bounds.append((tail, len(lines)))
        cover, declared = "", None
        found = 0
        for number, (first, stop) in enumerate(bounds, start=1):
            segment = lines[first:stop]
            if number == 1:
                skip = _document_start(segment)
                cover = "\n".join(line for _, line in segment[:skip])
                declared = _declared(segment[:skip])
                segment = segment[skip:]
            if not segment:
                continue
            found += 1
            start = 0 if cover and number == 1 else segment[0][0]
            end = lines[stop][0] + len(lines[stop][1]) if stop < len(lines) else len(text)
            problems = []
            if truncated and number == len(bounds):
                message = f'document {found} has no "End of Document" line: the export may be cut short'
                problems.append(Problem("export-truncated", message, Location(record=found)))
            doc = _read([line for _, line in segment], found)
            yield doc.raw(start, end, cover=cover if number == 1 else "", problems=problems)
        if declared is not None and declared != found:
            message = f"the export declares {declared} documents; {found} are present"
            yield RawArticle(len(text), len(text), {}, (Problem("export-count-mismatch", message),))


def _label(line: str, *, known_only: bool) -> tuple[str, str] | None:
    """A "Label: value" line; an unknown label counts only with the no-break space Nexis Uni writes."""
    match = _LABEL.match(line)
    if match is None:
        return None
    known = label_key(match.group(1)) in LABELS
    if not known and (known_only or "\u00a0" not in match.group(2)):
        return None
    return match.group(1), line[match.end() :].strip()


def _heading(line: str, names: frozenset[str]) -> bool:
    return len(line) < 40 and label_key(line) in names


def _document_start(segment: Sequence[Line]) -> int:
    """Where the first document starts after the cover page and the table of contents (0 without them)."""
    texts = [line for _, line in segment]
    body = next((k for k, line in enumerate(texts) if _heading(line, BODY_HEADINGS)), None)
    entry = next((m for line in texts[: body or len(texts)] if (m := _TOC_ENTRY.fullmatch(line))), None)
    if entry is not None and entry.group(1) == "1":
        title = entry.group(2).strip()
        at = next((k for k, line in enumerate(texts) if line == title), None)
        if at is not None and (body is None or at < body):
            return at
    if body is None:
        return 0
    k = body
    while k > 0 and (_label(texts[k - 1], known_only=False) or COPYRIGHT.match(texts[k - 1])):
        k -= 1
    return max(0, k - 3 if k > 0 and looks_like_date(texts[k - 1]) else k - 2)


def _declared(cover: Sequence[Line]) -> int | None:
    """The count the cover page declares ("Documents (12)"), else the table of contents' last number."""
    numbers = []
    for _, line in cover:
        declared = _DECLARED.fullmatch(line)
        if declared is not None:
            return int(declared.group(1))
        entry = _TOC_ENTRY.fullmatch(line)
        if entry is not None:
            numbers.append(int(entry.group(1)))
    return max(numbers) if numbers else None


def _read(texts: list[str], number: int) -> Collected:
    """One document's lines (without its "End of Document") into its fields."""
    doc = Collected(number)
    count = len(texts)
    body = next((k for k in range(1, count) if _heading(texts[k], BODY_HEADINGS)), None)  # line 0: the title
    header_end = body if body is not None else _header_end(texts)
    after = header_end + 1 if body is not None else header_end
    end = count
    while end > after and _label(texts[end - 1], known_only=False):
        end -= 1
    # the last headings: a line "Classification" or "Graphic" inside the text is text
    classification = _last_heading(texts, after, end, CLASSIFICATION_HEADINGS)
    graphic = _last_heading(texts, after, classification, GRAPHIC_HEADINGS)
    _read_header(texts[:header_end], doc)
    doc.body.extend(texts[after:graphic])
    doc.notes.extend(f"{texts[graphic]}: {line}" for line in texts[graphic + 1 : classification])
    for line in texts[classification + (classification < end) : end] + texts[end:]:
        found = _label(line, known_only=False)
        if found is None:
            doc.notes.append(line)
        else:
            doc.label(*found)
    return doc


def _last_heading(texts: Sequence[str], start: int, end: int, names: frozenset[str]) -> int:
    """The index of the last heading of ``names`` in ``texts[start:end]``, else ``end``."""
    return next((k for k in range(end - 1, start - 1, -1) if _heading(texts[k], names)), end)


def _header_end(texts: Sequence[str]) -> int:
    """Without a "Body" heading: the text starts after the title, publication, date and the labels after them."""
    k = min(len(texts), 3)
    while k < len(texts) and (_label(texts[k], known_only=False) or COPYRIGHT.match(texts[k])):
        k += 1
    return k


def _read_header(header: Sequence[str], doc: Collected) -> None:
    """Title, publication, date line, copyright, labels; any other line is kept in notes."""
    for k, line in enumerate(header):
        found = _label(line, known_only=k < 1)
        if k == 0 and found is None:
            doc.title = strip_markup(line)
        elif COPYRIGHT.match(line):
            doc.notes.append(line)
        elif found is not None:
            doc.label(*found)
        elif doc.published is None and k <= 3 and looks_like_date(line):
            doc.published = line
        elif doc.source is None and k <= 2:
            doc.source = strip_markup(line)
        else:
            doc.notes.append(line)
