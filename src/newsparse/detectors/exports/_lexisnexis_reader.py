"""Reading one LexisNexis document from its paragraphs: masthead, labels, text, trailer; and the count check.

The plain-text and the HTML exports lay a document out the same way, after its
"N of M DOCUMENTS" marker::

    [Copyright line]             centred (older exports put the copyright first)
    Publication                  centred
    Date line [Edition lines]    centred
    Headline                     flush left (absent from some documents)
    BYLINE: / SECTION: / LENGTH: / DATELINE: / HIGHLIGHT: ...   labelled paragraphs
    [HEADLINE: ... BODY:]        older exports label the headline and the text too
    Text paragraphs
    LOAD-DATE: / LANGUAGE: / PUBLICATION-TYPE: / GRAPHIC: / URL: ...
    [Copyright line, All Rights Reserved]

:func:`read_document` takes the paragraphs (as :class:`Para`, with whether each
is centred) and gives a :class:`~._lexisnexis_fields.Collected`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from newsparse._problems import Problem
from newsparse.detectors.exports._lexisnexis_fields import (
    Collected,
    joined,
    looks_like_date,
    strip_markup,
    unwrap,
    vocabulary,
    wrap_width,
)
from newsparse.detectors.exports._lexisnexis_labels import COPYRIGHT, LABELS, label_key

__all__ = ["Para", "count_problem", "read_document"]

_CAPS = "A-ZÀ-ÖØ-Þ"
_LABEL = re.compile(rf"([{_CAPS}][{_CAPS}0-9()]*(?:[- ][{_CAPS}0-9()]+){{0,3}}):(?:[ \t\u00a0]+|$)")
_RESERVED = re.compile(r"All Rights Reserved|Alle Rechte vorbehalten|Tous droits réservés|Todos los derechos", re.I)
_UNKNOWN_MAX = 120  # an unknown label's value is short; a longer paragraph is text that starts "WORD: "


@attrs.frozen
class Para:
    """One paragraph of a document: its lines (stripped, none empty) and whether it is centred."""

    lines: tuple[str, ...]
    centred: bool = False

    def text(self) -> str:
        """The paragraph on one line (a word hyphenated at a line end keeps its hyphen and no space)."""
        return joined(self.lines)


def _label(para: Para) -> tuple[str, str] | None:
    """The paragraph's label and value, when it starts with an upper-case label ("LOAD-DATE: ...")."""
    match = _LABEL.match(para.lines[0])
    if match is None:
        return None
    return match.group(1), joined([para.lines[0][match.end() :].strip(), *para.lines[1:]])


def _known(para: Para) -> bool:
    found = _label(para)
    return found is not None and label_key(found[0]) in LABELS


def _labelled(para: Para) -> bool:
    """A known label, or an unknown one that reads as a label (three letters or more, a short value)."""
    found = _label(para)
    if found is None:
        return False
    return label_key(found[0]) in LABELS or (len(found[0]) >= 3 and len(found[1]) <= _UNKNOWN_MAX)


def _copyright(para: Para) -> bool:
    return COPYRIGHT.match(para.lines[0]) is not None


def read_document(paras: Sequence[Para], number: int, *, wrapped: bool) -> Collected:
    """Read one document's paragraphs (after its marker) into its fields.

    ``wrapped`` says the lines are hard-wrapped at a fixed width (plain text),
    so that paragraphs are joined back with :func:`unwrap`.
    """
    doc = Collected(number)
    paras = [p for p in paras if p.lines]
    count = len(paras)
    first = next((i for i, p in enumerate(paras) if _known(p)), None)
    if first is None:
        first = _masthead_size(paras)
    start = first
    while start < count and _labelled(paras[start]):
        label, value = _label(paras[start]) or ("", "")
        start += 1
        if doc.label(label, value) == "body":
            break
    end = count
    while end > start and (_copyright(paras[end - 1]) or _labelled(paras[end - 1])):
        end -= 1
    while end < count and not (_copyright(paras[end]) or _known(paras[end]) or "-" in (_label(paras[end]) or ("",))[0]):
        end += 1  # unknown labels before the first known one are the text's ("CONTACT: ...")
    for para in paras[end:]:
        found = _label(para)
        if found is None or _copyright(para):
            doc.notes.append(para.text())
        else:
            doc.label(*found)
    _read_masthead(paras[:first], doc)
    body = paras[start:end]
    words = vocabulary(" ".join(line for p in body for line in p.lines)) if wrapped and _any_hyphen(body) else None
    width = wrap_width([p.lines for p in body])
    for para in body:
        doc.body.extend(unwrap(para.lines, wrapped=wrapped, words=words, width=width))
    return doc


def _any_hyphen(paras: Sequence[Para]) -> bool:
    return any(line.endswith("-") for para in paras for line in para.lines[:-1])


def _masthead_size(paras: Sequence[Para]) -> int:
    """Without labels: how many leading paragraphs are masthead and headline (the rest is text)."""
    lead = sum(1 for _ in itertools.takewhile(lambda p: p.centred, paras)) or _positional(paras)
    return lead + 1 if len(paras) - lead > 1 else lead


def _positional(items: Sequence[Para]) -> int:
    """Without centring: publication first when something follows it, then the date line if it is one."""
    size = 1 if len(items) >= 2 and not looks_like_date(items[0].lines[0]) else 0
    if size < len(items) and looks_like_date(items[size].lines[0]) and len(items) > 1:
        size += 1
    return size


def _read_masthead(items: Sequence[Para], doc: Collected) -> None:
    """Publication, date line (edition lines to notes), copyright (to notes), then the headline."""
    rest: list[Para] = []
    notes: list[str] = []
    for para in items:
        if not _copyright(para):
            rest.append(para)
            continue
        own = [line for k, line in enumerate(para.lines) if k == 0 or _RESERVED.match(line)]
        notes.append(" ".join(own))
        others = tuple(line for k, line in enumerate(para.lines) if k > 0 and not _RESERVED.match(line))
        if others:  # "Copyright 2006 The Times Company" with the publication under it, no blank line between
            rest.append(Para(others, para.centred))
    if doc.title is not None:
        top, heads = rest, []
    elif any(p.centred for p in rest):
        lead = sum(1 for _ in itertools.takewhile(lambda p: p.centred, rest))
        top, heads = rest[:lead], rest[lead:]
    else:
        size = _positional(rest)
        top, heads = rest[:size], rest[size:]
    for para in top:
        line, *more = para.lines
        if doc.published is None and looks_like_date(line):
            doc.published = line
        elif doc.source is None and not looks_like_date(line):
            doc.source = strip_markup(line)
        elif doc.title is None and not heads and doc.published is not None:
            doc.title, more = strip_markup(para.text()), []  # a centred headline, with nothing flush left after it
        else:
            more.insert(0, line)
        notes.extend(more)
    for para in heads:
        text = strip_markup(para.text())
        if doc.published is None and para.centred and looks_like_date(para.lines[0]):
            doc.published = para.lines[0]  # some exports put the date line after the headline
            notes.extend(para.lines[1:])
        elif doc.title is None:
            doc.title = text
        elif doc.subtitle is None:
            doc.subtitle = text
        else:
            notes.append(text)
    doc.notes[:0] = notes


def count_problem(markers: Sequence[tuple[int, int]], declared: int | None = None) -> Problem | None:
    """The problem of an export whose documents disagree with the count it declares, or None.

    ``markers`` are the (number, total) of each "N of M" marker in order;
    ``declared`` a count the export states elsewhere (a cover page, a header).
    Numbers that skip or repeat, totals that differ, and a first "1 of M"
    series that ends before M are all reported.

    Example:
        >>> problem = count_problem([(1, 3), (2, 3)])
        >>> problem.code, problem
        ('export-count-mismatch', 'the export declares 3 documents ("1 of 3"); 2 are present')
        >>> count_problem([(1, 2), (2, 2)]) is None
        True
    """
    found = len(markers)
    issues: list[str] = []
    if declared is not None and declared != found:
        issues.append(f"the export declares {declared} documents; {found} are present")
    numbers = [n for n, _ in markers]
    skips = [(a, b) for a, b in itertools.pairwise(numbers) if b != a + 1]
    if skips:
        a, b = skips[0]
        issues.append(f"document numbers go from {a} to {b}" + (f" ({len(skips)} breaks)" if len(skips) > 1 else ""))
    totals = sorted({m for _, m in markers})
    if len(totals) > 1:
        issues.append(f"the markers declare different totals ({', '.join(map(str, totals[:5]))})")
    elif totals and declared is None and numbers[0] == 1 and not skips and totals[0] != found:
        issues.append(f'the export declares {totals[0]} documents ("1 of {totals[0]}"); {found} are present')
    if not issues:
        return None
    return Problem("export-count-mismatch", "; ".join(issues))
