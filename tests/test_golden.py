"""Golden snapshots: the full JSON records of every sample, reviewed by hand, compared field by field.

A change to the output of any sample shows here first. When a change is intended,
regenerate the snapshots with ``NEWSPARSE_UPDATE_GOLDEN=1 pytest tests/test_golden.py``,
read the diff of ``tests/data/golden/`` line by line, and commit it with the change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import newsparse

from .conftest import SAMPLES

GOLDEN = Path(__file__).parent / "data" / "golden"


def _records(sample: Path) -> list[dict[str, Any]]:
    records = []
    for article in newsparse.load(sample):
        record = article.to_dict()
        record["provenance"]["source"] = sample.name  # independent of where the checkout is
        records.append(record)
    return records


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_sample_matches_its_golden_snapshot(sample: Path) -> None:
    golden = GOLDEN / (sample.stem + ".jsonl")
    records = _records(sample)
    if os.environ.get("NEWSPARSE_UPDATE_GOLDEN"):
        golden.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    expected = [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(expected)
    for got, want in zip(records, expected, strict=True):
        for field in want:
            assert got[field] == want[field], f"{sample.name}: {want['title']!r}: field {field!r} changed"
        assert set(got) == set(want)
