"""The page-text sniff looks for a "via" footer line by line: it finds one where the plain search does."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.detectors.text import _scan
from newsparse.vocabulary import PATTERNS

_PIECES = [
    "via February 19th 2025",
    "VIA AP",
    "  via Reuters  ",
    "\u00a0via dpa",
    "\tvia 3 March 2024",
    "It came via AP.",
    "via",
    "via ",
    "über AFP",
    "The story goes on.",
    "İ via x",
    "",
    " ",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.sampled_from(["\n", "\r\n", "\n\n"]))
@example(["via AP"], "\n")
@example(["The story goes on.", "via AP"], "\n")
@example(["It came via AP."], "\n")
def test_a_footer_line_is_found_where_the_search_finds_one(pieces: list[str], end: str) -> None:
    """``has_line_match`` says what ``pattern.search`` says, for the via footer and a plain ``^`` pattern."""
    text = end.join(pieces)
    for pattern in (PATTERNS.via_footer, re.compile(r"^ *via \w+$", re.MULTILINE)):
        assert _scan.has_line_match(pattern, text) == (pattern.search(text) is not None)


def test_a_pattern_not_anchored_at_line_starts_is_searched_as_it_is() -> None:
    """A pattern that does not open with ``^`` is searched as given."""
    assert _scan.has_line_match(re.compile("via"), "It came via AP.")


_LINES = ["Title A", "Title B", "TT", "Follow", "Short Url", "A body line that goes on.", "", "", "  ", "x"]


@given(st.lists(st.sampled_from(_LINES), max_size=60), st.integers(0, 6))
@example(["Title A", "", "TT", "Title A", "", "Body."], 0)
@example(["x", "", "Body.", "", "Title B", "Follow", "Title B", "", "More."], 1)
def test_the_sniffs_first_title_is_the_splits(lines: list[str], alone: int) -> None:
    """``_first_title`` (segment by segment, then the rest's lines at once) is the split's first title."""
    import pytest

    from newsparse.detectors.text import title_echo

    text = "\n".join(lines)
    starts = title_echo.echo_starts(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(title_echo, "_SEGMENTS_ALONE", alone)
        assert title_echo._first_title(text) == (starts[0] if starts else None)
