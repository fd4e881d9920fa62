"""Plain-text output is frozen: the sped-up reader (issue 16) gives exactly what the reader of commit 379b214 gave.

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
