"""The date reader's shortcut: once a date starts the text, the other shapes are only matched there."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import _dates
from newsparse.vocabulary import PATTERNS

_PIECES = [
    "21 October 2024",
    "October 21, 2024",
    "2024-10-21",
    "2024-10-21T14:05:00Z",
    "20241021",
    "21.10.2024",
    "10/21/24",
    "2024年10月21日",
    "14:05",
    "at 2:05 pm EST",
    "Updated",
    "Sept. 4",
    ", ",
    " ",
    "vor 2 Stunden",
    "x",
]


def _slow_first(text: str, whole: bool) -> tuple[str, re.Match[str]] | None:
    """``_dates._first`` as it was: every shape searched for in the whole text."""
    if len(text) > _dates._MAX or _dates._YEARISH.search(text) is None:
        return None
    tables = PATTERNS.dates
    if tables.is_relative(text):
        return None
    best: tuple[int, int, str, re.Match[str]] | None = None
    for kind, pattern in _dates._candidates(tables):
        match = pattern.search(text)
        if match is None:
            continue
        bare = kind == "iso" and not match.group("dash") and match.group("hour") is None
        if bare and not (whole and match.group() == text):
            continue
        key = (match.start(), -len(match.group()))
        if best is None or key < best[:2]:
            best = (*key, kind, match)
    return None if best is None else (best[2], best[3])


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5), st.booleans())
@example(["21 October 2024"], True)
@example(["21.10.2024", " ", "14:05"], False)
@example(["20241021"], True)
def test_the_first_date_is_the_one_a_search_of_every_shape_finds(pieces: list[str], whole: bool) -> None:
    """``_first`` gives the kind and span of the slow form's first date."""
    text = "".join(pieces)
    got, expected = _dates._first(text, whole), _slow_first(text, whole)
    assert (got and (got[0], got[1].span(), got[1].groupdict())) == (
        expected and (expected[0], expected[1].span(), expected[1].groupdict())
    )
