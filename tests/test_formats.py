"""Every fixture file under tests/data/formats/<detector>/ is read as its ``.expected.json`` says.

Each fixture is a file in a real export, wire or publishing format, written by hand for these tests, beside
``<stem>.expected.json``::

    {"detector": "factiva-html",                 # the detector that must be chosen (default: the folder's name)
     "articles": [{"title": "...", ...}, ...],   # one per article, each a subset of its to_dict()
     "problem_codes": ["..."]}                   # codes among the result's and the articles' problems

The expected records come from how the fixture was written, never from newsparse's output.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import newsparse

FORMATS = Path(__file__).parent / "data" / "formats"
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>|<!--|<!\[CDATA\[")


def _cases() -> list[tuple[Path, Path]]:
    if not FORMATS.is_dir():
        return []
    return sorted(
        (fixture, fixture.with_name(fixture.name.split(".")[0] + ".expected.json"))
        for fixture in FORMATS.glob("*/*")
        if fixture.is_file() and not fixture.name.endswith(".expected.json")
    )


CASES = _cases()


def test_every_fixture_states_its_expected_records() -> None:
    for fixture, expected in CASES:
        assert expected.is_file(), f"{fixture} has no {expected.name}"
    stems = {f.name.split(".")[0] for f, _ in CASES}
    for expected in FORMATS.glob("*/*.expected.json") if FORMATS.is_dir() else ():
        assert expected.name.removesuffix(".expected.json") in stems, f"{expected} has no fixture"


@pytest.mark.parametrize(("fixture", "expected"), CASES, ids=[f"{f.parent.name}/{f.name}" for f, _ in CASES])
def test_a_format_fixture_gives_the_records_it_was_written_with(fixture: Path, expected: Path) -> None:
    want: dict[str, Any] = json.loads(expected.read_text(encoding="utf-8"))
    result = newsparse.parse(fixture)
    assert result.detection.chosen == want.get("detector", fixture.parent.name)
    got = [article.to_dict() for article in result.articles]
    assert len(got) == len(want["articles"]), [a["title"] for a in got]
    for number, (article, fields) in enumerate(zip(got, want["articles"], strict=True), 1):
        for key, value in fields.items():
            assert article[key] == value, f"article {number}, {key}"
        assert article["provenance"]["detector"] == result.detection.chosen
    codes = {p.code for p in result.problems} | {p.code for a in result.articles for p in a.problems}
    assert set(want.get("problem_codes", ())) <= codes, codes
    for article in got:  # text fields never carry markup
        for key in ("title", "subtitle", "byline", "source", "section", "dateline", "body"):
            found = _TAG.search(article[key] or "")
            assert found is None, (fixture.name, key, found and found.group())
