"""The header window's quick answers agree with the slow ones they stand for, whatever the lines."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import _linekeys

# letters whose case folding changes length (ß, ﬁ, ΐ) or maps several to one (σ ς Σ, K K), hashtags, white space
_ALPHABET = "aAßİKK#  \t\u00a0\u200b.ΣσςﬁΐÉé"


@given(st.lists(st.text(alphabet=_ALPHABET, max_size=12).map(str.strip), max_size=20), st.data())
@example(["Ab", "ab", "x"], None)
@example(["#Ab", "Ab", "x"], None)
@example(["STRASSE", "straße"], None)
def test_twice_is_a_count_of_two(lines: list[str], data: st.DataObject | None) -> None:
    """``twice(line, key)`` says what counting the window lines with the line's key (slowly) says."""
    norms = _linekeys.Norms(lines, 0, len(lines))
    keys = [_linekeys.norm(line) for line in lines]
    for line, key in zip(lines, keys, strict=True):
        if line:
            expected = sum(1 for other, other_key in zip(lines, keys, strict=True) if other and other_key == key)
            assert norms.twice(line, key) == (expected >= 2)


@given(st.lists(st.text(alphabet=_ALPHABET, max_size=12).map(str.strip), min_size=1, max_size=20), st.data())
def test_has_is_key_equality(lines: list[str], data: st.DataObject) -> None:
    """``has(index, key)`` is ``norm(lines[index]) == key``, for keys of other lines and made-up ones."""
    norms = _linekeys.Norms(lines, 0, len(lines))
    index = data.draw(st.integers(0, len(lines) - 1))
    key = data.draw(st.sampled_from([*(_linekeys.norm(line) for line in lines), "a", "ss", ""]))
    assert norms.has(index, key) == (_linekeys.norm(lines[index]) == key)
