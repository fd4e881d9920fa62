"""A plain-text article's body: lines into paragraphs, in-body chrome and rules out, the dateline split off."""

from __future__ import annotations

import itertools
import operator
import re
from itertools import compress
from typing import TYPE_CHECKING

from newsparse import _meta
from newsparse._model import Dropped
from newsparse.vocabulary import PATTERNS

if TYPE_CHECKING:
    from newsparse._plaintext import Draft

__all__ = ["RULE_LINE", "SEPARATOR_FIRST", "finish_body", "is_separator"]

_SEPARATOR = re.compile(r"^(?:_{3,}|-{3,}|\*{3,}|={3,}|—{2,}|(?:\* ){2,}\*)$")
SEPARATOR_FIRST = frozenset("_-*=—")  # the characters a _SEPARATOR line can start with
_RULE_FIRST = re.compile("[" + re.escape("".join(sorted(SEPARATOR_FIRST))) + "]")
RULE_LINE = re.compile(r"\n[^\S\n]*" + _RULE_FIRST.pattern)
"""A line after the first that opens, stripped, with a rule's character (the engine scans for the newline)."""
_FIRST = operator.itemgetter(slice(0, 1))


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
    kept = _without_chrome(paragraphs, draft.dropped)
    if kept and draft.dateline is None:
        _take_dateline(draft, kept)
    draft.paragraphs.extend(kept)


def _without_chrome(paragraphs: list[str], dropped: list[Dropped]) -> list[str]:
    """The paragraphs that are neither in-body chrome nor a rule; those go to ``dropped``, in order.

    Only a paragraph no longer than the longest chrome phrase (casefold() never shortens a string) or
    opening with a rule's character can be one: they are found without a Python loop, and most bodies have
    few or none.
    """
    body_chrome, longest = PATTERNS.body_chrome, PATTERNS.body_chrome_max
    firsts = "".join(map(_FIRST, paragraphs))
    if min(map(len, paragraphs), default=0) > longest and _RULE_FIRST.search(firsts) is None:
        return paragraphs  # the common case: none short enough to be chrome, none opening as a rule, none empty
    suspects = set(compress(range(len(paragraphs)), map(longest.__ge__, map(len, paragraphs))))
    if len(firsts) == len(paragraphs):  # every paragraph has a first character
        suspects.update(match.start() for match in _RULE_FIRST.finditer(firsts))
    else:
        suspects.update(range(len(paragraphs)))
    removed: set[int] = set()
    for index in sorted(suspects):
        paragraph = paragraphs[index]
        if len(paragraph) <= longest and paragraph.casefold() in body_chrome:
            dropped.append(Dropped(paragraph, "site chrome"))
        elif paragraph[:1] in SEPARATOR_FIRST and _SEPARATOR.match(paragraph):  # is_separator, inlined
            dropped.append(Dropped(paragraph, "separator"))
        else:
            continue
        removed.add(index)
    if not removed:
        return paragraphs
    return [paragraph for index, paragraph in enumerate(paragraphs) if index not in removed]


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
        parsed = _meta.parse_byline(dateline.names or dateline.byline)
        if parsed is not None:
            draft.byline, draft.authors = dateline.byline, parsed[0]


def _paragraphs(lines: list[str]) -> list[str]:
    """One paragraph per line, unless the text is hard-wrapped (then blank lines separate them)."""
    nonblank = list(filter(None, lines))
    if len(nonblank) < 4 or not _hard_wrapped(lines, nonblank):
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


def _hard_wrapped(lines: list[str], nonblank: list[str]) -> bool:
    """True when most lines are short, similar in length, and run on without final punctuation.

    ``nonblank`` are the non-blank ``lines``; a line over 100 characters is found without a Python loop.
    """
    if max(map(len, nonblank)) > 100:
        return False
    runs_on = sum(1 for line in nonblank if line[-1] not in ".!?:”\"'’)")
    follows = sum(1 for a, b in itertools.pairwise(lines) if a and b)
    return runs_on * 2 > len(nonblank) and follows * 2 > len(nonblank)
