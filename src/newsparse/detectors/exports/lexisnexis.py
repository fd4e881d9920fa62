"""LexisNexis Academic / Nexis plain-text exports: documents headed "N of M DOCUMENTS".

A download of search results, one document after another, each headed by a
centred marker line ("1 of 161 DOCUMENTS", "Dokument 1 von 161", "Document 1
de 161"...), laid out as :mod:`._lexisnexis_reader` describes, hard-wrapped at
about 70-80 characters. A cover page (the request, the search terms) may come
before the first document; it is kept in the first article's ``dropped``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.detectors._base import RawArticle
from newsparse.detectors.exports._lexisnexis_labels import MARKER
from newsparse.detectors.exports._lexisnexis_reader import Para, count_problem, read_document

__all__ = ["LexisNexisDetector", "marker_numbers"]

_GAP = re.compile(r"\n[ \t\u00a0]*\n")
_LABEL_LINE = re.compile(
    r"^(?:LENGTH|LÄNGE|LONGUEUR|LONGITUD|LOAD-DATE|BYLINE|SECTION|RUBRIK|RUBRIQUE|LANGUAGE|SPRACHE|LANGUE"
    r"|PUBLICATION-TYPE|DATELINE|HIGHLIGHT): ",
    re.MULTILINE,
)
_RANGE = re.compile(r"^[ \t]*(?:Selected Items|Ausgabeauftrag: Dokumente?)[: \t]+(\d{1,7})[ \t]*-[ \t]*(\d{1,7})", re.M)
_CENTRED = 6  # leading spaces of a centred masthead line (flush-left text has none, indented text two or three)


def marker_numbers(match: re.Match[str]) -> tuple[int, int]:
    """The (number, total) of a :data:`MARKER` match.

    Example:
        >>> marker_numbers(MARKER.search("Dokument 2 von 9"))
        (2, 9)
    """
    groups = match.groups()
    number, total = (groups[0], groups[1]) if groups[0] is not None else (groups[2], groups[3])
    return int(number), int(total)


class LexisNexisDetector:
    """LexisNexis plain-text exports: one article per "N of M DOCUMENTS" document."""

    name = "lexisnexis"
    description = 'LexisNexis / Nexis plain-text exports: documents headed "N of M DOCUMENTS".'

    def sniff(self, head: str) -> float:
        """Near-certain with a marker line and a vendor label ("LENGTH:", "LOAD-DATE:"); high with markers alone."""
        if head.lstrip()[:1] == "<":  # markup: the HTML export's, or another layout's
            return 0.0
        markers = sum(1 for _ in zip(range(2), MARKER.finditer(head), strict=False))
        if not markers:
            return 0.0
        return 0.97 if _LABEL_LINE.search(head) else 0.7 + 0.1 * markers

    def split(self, text: str) -> Iterator[RawArticle]:
        """One structured raw article per document; the count check as a problem of its own at the end."""
        markers = list(MARKER.finditer(text))
        if not markers:  # named by hand on a text without markers: one document
            yield _article(text, 0, len(text), 1, "")
            return
        cover = text[: markers[0].start()].strip()
        for k, marker in enumerate(markers):
            end = markers[k + 1].start() if k + 1 < len(markers) else len(text)
            start = 0 if k == 0 and cover else marker.start()
            yield _article(text, marker.end(), end, k + 1, cover if k == 0 else "", start)
        declared = _RANGE.search(cover)
        expected = int(declared.group(2)) - int(declared.group(1)) + 1 if declared else None
        problem = count_problem([marker_numbers(m) for m in markers], expected)
        if problem is not None:
            yield RawArticle(len(text), len(text), {}, (problem,))


def _article(text: str, after: int, end: int, number: int, cover: str, start: int | None = None) -> RawArticle:
    """The raw article of the document between ``after`` (its marker's end) and ``end``."""
    doc = read_document(_paragraphs(text[after:end]), number, wrapped=True)
    return doc.raw(after if start is None else start, end, cover=cover)


def _paragraphs(text: str) -> list[Para]:
    """The blank-line separated paragraphs of a document, each with whether its first line is centred."""
    paras = []
    for block in _GAP.split(text):
        lines = block.split("\n")
        kept = tuple(line.strip() for line in lines if line.strip())
        if kept:
            first = next(line for line in lines if line.strip())
            indent = len(first) - len(first.lstrip())
            paras.append(Para(kept, centred=indent >= _CENTRED))
    return paras
