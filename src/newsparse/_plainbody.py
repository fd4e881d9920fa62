"""A plain-text article's body: lines into paragraphs, in-body chrome and rules out, the dateline split off."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from newsparse import _meta
from newsparse._model import Dropped
from newsparse.vocabulary import PATTERNS

if TYPE_CHECKING:
    from newsparse._plaintext import Draft

__all__ = ["SEPARATOR_FIRST", "finish_body", "is_separator"]

_SEPARATOR = re.compile(r"^(?:_{3,}|-{3,}|\*{3,}|={3,}|—{2,}|(?:\* ){2,}\*)$")
SEPARATOR_FIRST = frozenset("_-*=—")  # the characters a _SEPARATOR line can start with


def is_separator(line: str) -> bool:
    """Whether a stripped line is a rule ("___", "* * *") between the body and its end matter.

    Example:
        >>> is_separator("___"), is_separator("* * *"), is_separator("-- end")
        (True, True, False)
    """
    return line[:1] in SEPARATOR_FIRST and _SEPARATOR.match(line) is not None


def finish_body(draft: Draft, lines: list[str]) -> None:
    """Turn body lines into paragraphs: drop in-body chrome, split off the dateline."""
    paragraphs = _paragraphs(lines)
    kept: list[str] = []
    body_chrome, longest = PATTERNS.body_chrome, PATTERNS.body_chrome_max
    for paragraph in paragraphs:
        # casefold() never shortens a string, so a paragraph longer than every chrome phrase is not one
        if len(paragraph) <= longest and paragraph.casefold() in body_chrome:
            draft.dropped.append(Dropped(paragraph, "site chrome"))
        elif paragraph[:1] in SEPARATOR_FIRST and _SEPARATOR.match(paragraph):  # is_separator, inlined
            draft.dropped.append(Dropped(paragraph, "separator"))
        else:
            kept.append(paragraph)
    if kept and draft.dateline is None:
        _take_dateline(draft, kept)
    draft.paragraphs.extend(kept)


def _take_dateline(draft: Draft, kept: list[str]) -> None:
    """Split the dateline off the first paragraph.

    Its agency ("BERLIN (dpa) - ") fills an empty source, a reporter's byline written into it an empty byline.
    """
    dateline = _meta.read_dateline(kept[0])
    if dateline is None or not dateline.rest:
        return
    draft.dateline = dateline.place
    draft.source = draft.source or dateline.agency
    kept[0] = dateline.rest
    if dateline.byline and draft.byline is None:
        parsed = _meta.parse_byline(dateline.byline)
        if parsed is not None:
            draft.byline, draft.authors = dateline.byline, parsed[0]


def _paragraphs(lines: list[str]) -> list[str]:
    """One paragraph per line, unless the text is hard-wrapped (then blank lines separate them)."""
    nonblank = [line for line in lines if line]
    if len(nonblank) < 4 or not _hard_wrapped(lines):
        return nonblank
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _hard_wrapped(lines: list[str]) -> bool:
    """True when most lines are short, similar in length, and run on without final punctuation."""
    lengths = [len(line) for line in lines if line]
    if max(lengths) > 100:
        return False
    runs_on = sum(1 for line in lines if line and line[-1] not in ".!?:”\"'’)")
    follows = sum(1 for a, b in itertools.pairwise(lines) if a and b)
    return runs_on * 2 > len(lengths) and follows * 2 > len(lengths)
