"""Timestamp lines of a plain-text article: "Updated 5 May 2024", "Publié le 3 mars 2024 à 14h05", a bare date.

The header reader and the end-matter reader of :mod:`newsparse._plaintext` hand a line here; a line taken fills
the draft's ``published`` or ``updated`` (dates read by :mod:`newsparse._dates`) and goes to ``dropped``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse import _dates
from newsparse._dates import Order
from newsparse._model import Dropped
from newsparse._problems import Problem
from newsparse.vocabulary import PATTERNS

if TYPE_CHECKING:
    from newsparse._plaintext import Draft

__all__ = ["take_end_timestamp", "take_timestamp"]

_TWO_STAMPS_MAX = 160  # a line with a publication and an update stamp is at most this long
_DIGIT = re.compile(r"\d")


def take_timestamp(line: str, draft: Draft) -> bool:
    """A timestamp line ("Updated 5 May 2024", "Publié le 3 mars 2024 à 14h05", a bare date): taken or not."""
    match = PATTERNS.timestamp.match(line)
    two = len(line) <= _TWO_STAMPS_MAX and _dates.may_hold_date(line)  # a second stamp needs a date of its own
    if match is None and not two:
        # no kind word and no year: a bare date is read only from a line under 60 characters (shorter than
        # _TWO_STAMPS_MAX), and a line without a year holds none (_dates.read looks for one first)
        return False
    inline = PATTERNS.updated_inline.search(line, 1) if two else None
    if match is None:
        head = line[: inline.start()] if inline else line
        when = _read_when(head, "", draft) if len(head) < 60 else None
        if when is None:
            return False
        draft.published = draft.published or when
        _take_inline_update(inline, draft)
        draft.dropped.append(Dropped(line, "timestamp"))
        return True
    if len(line) > 80 and inline is None:
        return False
    kind, rest = match.group("kind"), match.group("when")
    if inline is not None and inline.start() > match.start("when"):
        rest = line[match.start("when") : inline.start()]  # "Publié le ..., mis à jour le ...": two stamps
    else:
        inline = None
    when = _read_when(rest, _dates.word_order(kind), draft)
    if when is not None:
        if " ".join(kind.split()).casefold() in PATTERNS.updated_words:
            draft.updated = draft.updated or when
        else:
            draft.published = draft.published or when
    elif not _is_time(rest):  # "Stand der Dinge", "Posted by admin": not a timestamp at all
        return False
    _take_inline_update(inline, draft)
    draft.dropped.append(Dropped(line, "timestamp"))
    return True


def _take_inline_update(inline: re.Match[str] | None, draft: Draft) -> None:
    """The second stamp of a line that has two ("..., mis à jour le 4 mars 2024"): the update."""
    if inline is not None:
        when = _read_when(inline.group("when"), _dates.word_order(inline.group("kind")), draft)
        draft.updated = draft.updated or when


def _is_time(text: str) -> bool:
    """Whether text that is not a date still reads as a time: it has a digit, or says "ago" ("vor 2 Stunden")."""
    return _DIGIT.search(text) is not None or PATTERNS.dates.is_relative(text)


def _read_when(text: str, order: Order, draft: Draft) -> str | None:
    """The date in a timestamp; an all-number date that nothing settles adds a ``date-ambiguous`` problem."""
    reading = _dates.read(text, order=order)
    if reading is None:
        return None
    if reading.ambiguous:
        message = f"the date {text[:60]!r} may be day first or month first; read as {reading.iso}"
        draft.problems.append(Problem("date-ambiguous", message))
    return reading.iso


def take_end_timestamp(line: str, draft: Draft) -> bool:
    """A timestamp line in the end matter ("Publié le 3 mars 2024", "입력 2024.03.14 14:05") with a date in it."""
    match = PATTERNS.timestamp.match(line) if _dates.may_hold_date(line) else None
    if match is None:
        return False
    kind = " ".join(match.group("kind").split()).casefold()
    when = _read_when(match.group("when"), _dates.word_order(kind), draft)
    if when is None:
        return False
    if kind in PATTERNS.updated_words:
        draft.updated = draft.updated or when
    else:
        draft.published = draft.published or when
    draft.dropped.append(Dropped(line, "timestamp"))
    return True
