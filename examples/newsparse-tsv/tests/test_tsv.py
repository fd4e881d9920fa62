"""The plug-in's own tests: run them with ``python -m pytest`` once the package is installed."""

from __future__ import annotations

from newsparse_tsv import TsvDetector

import newsparse
from newsparse.testing import assert_detector_conforms

EXPORT = (
    "title\tpublished\tauthors\tviews\tbody\n"
    "Harbour lights return\t2024-05-02\tAda Lund; Per Dahl\t310\tThe lamps are lit again.\\n\\nResidents cheered.\n"
    "Ferry delayed\t2024-05-03\t\t12\tFog kept the ferry in port.\n"
)


def test_the_plug_in_is_registered_by_its_entry_point() -> None:
    assert "tsv" in [d.name for d in newsparse.list_detectors()]
    assert newsparse.rank_detectors(EXPORT).chosen == "tsv"


def test_rows_become_articles() -> None:
    first, second = newsparse.split_articles(EXPORT)
    assert first.title == "Harbour lights return"
    assert first.paragraphs == ("The lamps are lit again.", "Residents cheered.")
    assert first.authors == ("Ada Lund", "Per Dahl")
    assert (first.published, first.views) == ("2024-05-02", 310)
    assert (second.title, second.authors, second.views) == ("Ferry delayed", (), 12)


def test_a_short_row_is_a_problem_not_a_crash() -> None:
    result = newsparse.parse_text(EXPORT + "Half a row\t2024-05-04\n")
    assert len(result.articles) == 2
    assert any("row 4 has 2 cells, the header has 5" in p for p in result.problems)


def test_conformance() -> None:
    assert_detector_conforms(TsvDetector(), [EXPORT])
