"""The mojibake gate's fast path (``_repair._Hits``) finds exactly what the text gate finds, on longer texts.

``_Hits`` finds the hits on the text's UTF-8 bytes and places each in the text by looking for its characters
after the hit before it; texts here repeat the lead characters (``Ã``, ``â``) without a continuation character
between the hits, so that placing a hit has to pass over them.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import _repair

_PIECES = [
    "a",
    " ",
    "\n",
    "\u00c3",
    "\u00e2",
    "\u00c3\u00a9",
    "\u00e2\u20ac\u2122",
    "\u00e2\u20ac",
    "\u00c3\u00c3\u00a9",
    "\u00e9",
    "\u2019",
    "\ufffd",
    "\ud800",
    "\u00c2\u00a0",
    "\u00f4\u0153",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=80), st.lists(st.integers(0, 200), max_size=10))
@example(["\u00c3", "a", "\u00c3", "\u00c3\u00a9", "\u00c3\u00a9"], [0, 2, 3, 5])
@example(["\u00e2", "\u00e2\u20ac", "\ufffd", "\u00e2\u20ac\u2122"], [0, 1, 1, 4])
def test_the_fast_gate_finds_what_the_text_gate_finds(pieces: list[str], positions: list[int]) -> None:
    """From any positions in order, ``_Hits.search`` is ``_GATE.search``."""
    text = "".join(pieces)
    hits = _repair._Hits(text)
    for pos in sorted(min(p, len(text)) for p in positions):
        got, expected = hits.search(pos), _repair._GATE.search(text, pos)
        assert (got and got.span()) == (expected and expected.span())


@given(st.lists(st.sampled_from(_PIECES), max_size=80))
def test_every_hit_is_found_in_turn(pieces: list[str]) -> None:
    """Walking hit after hit (as the repair does) gives every text gate match."""
    text = "".join(pieces)
    hits = _repair._Hits(text)
    found, match = [], hits.search(0)
    while match is not None:
        found.append(match.span())
        match = hits.search(match.end())
    assert found == [m.span() for m in _repair._GATE.finditer(text)]
