"""Plain-text output is frozen: the sped-up reader (issue 16) gives exactly what the reader of commit 379b214 gave.

One intended change since: a job title among a byline's names is no author (the 75 articles whose byline is
"By STAFF REPORTER" now have no authors, where they had ``["STAFF REPORTER"]``); the reference was made again
for it and nothing else differed. A second: the legacy Latin code page is told by the letters of the words
(``_codepages``), so the five dumps of mojibaked UTF-8 saved as cp1252 are decoded as cp1252 (they were taken for
cp1250, with bytes replaced): their accented letters and more of their mojibake lines come out right, and one
"Publié le 3 mars 2024" line is now read as a timestamp; the reference was made again, nothing else differed.

``tests/plain_dumps.py`` builds a few hundred varied plain-text dumps from fixed seeds (synthetic articles with
captions, furniture, bylines, datelines and timestamps in several languages, the fifteen-language articles, and the
sample dumps recombined; CRLF, trailing spaces, mojibake, cp1252 and UTF-16). The reference holds, for each dump,
every article's ``to_dict()`` with its problem and repair codes, the result's problems, the detector, the encoding,
and whether ``iter_load`` in small chunks agreed. Regenerate it only for an intended output change:
``PYTHONPATH=src python -m tests.plain_dumps``.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import _captions, _linekeys, _repair

from .conftest import HAVE_SAMPLES
from .plain_dumps import dumps, load_reference, read

REFERENCE = load_reference()
DUMPS = list(dumps())


def _first_difference(expected: Any, got: Any, path: str = "") -> str:
    """Where two JSON values first differ, for a readable failure."""
    if isinstance(expected, dict) and isinstance(got, dict):
        for key in sorted(set(expected) | set(got)):
            if expected.get(key) != got.get(key):
                return _first_difference(expected.get(key), got.get(key), f"{path}.{key}")
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        for index, (a, b) in enumerate(zip(expected, got, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{path}[{index}]")
    return f"{path}: expected {expected!r:.300}, got {got!r:.300}"


def test_the_dumps_are_the_ones_the_reference_was_made_from() -> None:
    """The generator is deterministic: same names, same bytes (a changed generator needs a new reference)."""
    names = [name for name, _ in DUMPS]
    expected = [name for name in REFERENCE if HAVE_SAMPLES or name.startswith("synthetic-")]
    assert sorted(names) == sorted(expected)
    assert len(names) >= 600


@pytest.mark.parametrize(("name", "data"), DUMPS, ids=[name for name, _ in DUMPS])
def test_output_is_identical_to_the_reference(name: str, data: bytes) -> None:
    """Every article field, problem, repair, the detector and the streaming agreement are as frozen."""
    reference = REFERENCE[name]
    got = read(data)
    assert got["sha256"] == reference["sha256"], "the generator changed: this is not the input of the reference"
    assert got == reference, _first_difference(reference, got)


def test_the_reference_covers_the_plain_text_reader() -> None:
    """The dumps exercise what the reader does: each layout, each drop reason, dates, bylines, captions, repairs."""
    detectors = {entry["detector"] for entry in REFERENCE.values()}
    assert {"title-echo", "counter-footer", "page-text", "whole-text", "blank-blocks"} <= detectors
    articles = [article for entry in REFERENCE.values() for article in entry["articles"]]
    reasons = {dropped["reason"] for article in articles for dropped in article["dropped"]}
    assert {"repeated title", "duplicate caption", "label", "site chrome", "timestamp", "footer"} <= reasons
    assert {"header furniture", "separator"} <= reasons
    for field in ("byline", "published", "updated", "dateline", "captions", "highlights", "notes", "views", "tags"):
        assert sum(1 for article in articles if article[field]) >= 10, field
    repairs = {code for article in articles for code, _, _ in article["repair_codes"]}
    assert {"mojibake-repaired", "line-endings-normalised"} <= repairs


# The pieces of the fast paths, checked against the slow forms they stand for, on generated text.

_MOJIBAKE_ALPHABET = (
    "aZ .\n\u00c1\u00c2\u00c3\u00e2\u00f4\u00f5\u00a0\u00a9\u00bf\u0152\u0153\u0161\u017e\u0192\u02c6\u02dc"
    "\u2013\u2019\u201a\u201d\u2022\u2026\u2030\u203a\u20ac\u2122\ufffd\u00e9\ud800"
)


@given(st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=40), st.lists(st.integers(0, 45), max_size=6))
@example("It\u00e2\u20ac\u2122s \ufffd caf\u00c3\u00a9 \ud800\u00c3\u00a9", [0, 3, 9, 12])
def test_the_byte_gate_finds_what_the_text_gate_finds(text: str, positions: list[int]) -> None:
    """The mojibake gate run on UTF-8 bytes gives the text gate's matches, from any positions in order."""
    hits = _repair._Hits(text)
    for pos in sorted(min(p, len(text)) for p in positions):
        got, expected = hits.search(pos), _repair._GATE.search(text, pos)
        assert (got and got.span()) == (expected and expected.span())


_LINE_ALPHABET = "aAßİK#  \t\u00a0\u200b.ΣσςﬁΐÉé"


@given(st.text(alphabet=_LINE_ALPHABET, max_size=14), st.text(alphabet=_LINE_ALPHABET, max_size=14))
@example("ab  cd", "")
@example("abcdefg  x", "")
@example("abcdefg \tx", "")
@example("ab\u00a0cd", "")
@example(" abc", "")
@example("abc #tag", "")
@example("#tag abc", "")
@example("Straße ΐ", "ﬁx")
@example("abcdefg ", "")
def test_a_key_starts_as_its_start_says(text: str, other: str) -> None:
    """``key_start`` and the header reader's ``head`` are starts of the keys they stand for, whatever the text."""
    start = _captions.key_start(text)
    assert start is None or _captions._key(text).startswith(start)
    for line in (text.strip(), (text + other).strip(), text.strip() * 60):
        head = _linekeys.head(line)
        assert head is None or _linekeys.norm(line).startswith(head)


@given(st.lists(st.text(alphabet=_LINE_ALPHABET, max_size=12).map(str.strip), max_size=20), st.data())
def test_the_header_window_finds_what_the_slow_count_finds(lines: list[str], data: st.DataObject) -> None:
    """The window lines with a given key are those whose ``norm`` is it (candidates miss none)."""
    norms = _linekeys.Norms(lines, 0, len(lines))
    keys = [_linekeys.norm(line) for line in lines]
    probe = data.draw(st.sampled_from([*keys, "a", "ss", ""]))
    expected = sum(1 for line, key in zip(lines, keys, strict=True) if line and key == probe)
    assert norms.count(probe) == expected
