"""Whole-text footer scans that pass over lines by their first character find what the plain pattern finds."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.detectors.text import _scan, counter_footer
from newsparse.vocabulary import PATTERNS

# counter words in several scripts and cases, letters that match ASCII ones ignoring case (İ ı ſ K), digits of
# other scripts, white space of several kinds, and prose
_PIECES = [
    "View 227 times",
    "VIEWS: 1,204",
    "views 3",
    "1 204 views",
    "٣ views",
    "ſeen 3",
    "İ 3 views",
    "Aufrufe: 12",
    "Просмотров: 5",
    "조회수 7",
    "閲覧数 9",
    "Read 4 times",
    "  View 2 times  ",
    "\tRead 5 times",
    "\u00a0View 6 times",
    "The story goes on.",
    "Viewpoint",
    "Kelvin K 3",
    "",
    " ",
    "#3 views",
]


def _footer_ends(text: str) -> list[int]:
    return [match.end() for match in PATTERNS.views_footer.finditer(text)]


@given(st.lists(st.sampled_from(_PIECES) | st.text(alphabet="vViIıſKk3٣ :\t\u00a0ws", max_size=12), max_size=30))
@example(["View 2 times", "View 3 times"])
@example(["", "1 view"])
def test_the_led_scan_finds_every_counter_line(lines: list[str]) -> None:
    """``line_match_ends`` with the counter words' first characters gives the ends ``finditer`` gives."""
    footer = PATTERNS.views_footer
    firsts = PATTERNS.views_firsts
    assert firsts  # the bundled words all start with a letter
    for separator in ("\n", "\r\n"):
        text = separator.join(lines)
        assert _scan.line_match_ends(footer, text, firsts) == _footer_ends(text)


def test_the_detector_cuts_after_each_counter() -> None:
    """The counter-footer split ends an article after each counter line, on the first line too."""
    text = "View 1 times\nA story.\n\nviews: 22\nMore.\n 3 views\nEnd."
    cuts = [raw.end for raw in counter_footer.CounterFooterDetector().split(text)]
    assert cuts == [12, text.index("views: 22") + 9, text.index(" 3 views") + 8, len(text)]


def test_a_led_pattern_needs_a_line_anchored_pattern() -> None:
    """A pattern that is not MULTILINE and anchored at line starts is refused, as ``line_pattern`` refuses it."""
    try:
        _scan.led_pattern(re.compile("View"), "V")
    except ValueError:
        return
    raise AssertionError("not refused")
