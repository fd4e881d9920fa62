"""Articles as tables for Python pipelines (issue 15, item 4): to_pandas, to_arrow, and Parquet dates as timestamps."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse._tables import timestamp

from .test_cli import SAMPLES, run

_LINES = [
    {"title": "A", "text": "One.", "published": "2024-03-01T10:15:00+02:00", "tags": ["x", "y"], "views": 4},
    {"title": "B", "text": "Two.", "published": "2024-03-02", "updated": "2024-03-03T08:00:00"},
    {"title": "C", "text": "Three."},
]
_DUMP = "\n".join(json.dumps(line) for line in _LINES).encode()


def test_to_pandas_gives_tz_aware_dates_lists_and_nullable_counts() -> None:
    pd = pytest.importorskip("pandas")
    frame = newsparse.to_pandas(newsparse.load(_DUMP))
    assert list(frame["title"]) == ["A", "B", "C"]
    assert str(frame["published"].dtype).startswith("datetime64")
    assert str(frame["published"].dt.tz) == "UTC"
    assert frame["published"][0] == pd.Timestamp("2024-03-01T08:15:00Z")
    assert frame["published"][1] == pd.Timestamp("2024-03-02T00:00:00Z")
    assert pd.isna(frame["published"][2])
    assert list(frame["published_text"][:2]) == ["2024-03-01T10:15:00+02:00", "2024-03-02"]
    assert pd.isna(frame["published_text"][2])
    assert frame["tags"][0] == ["x", "y"]
    assert isinstance(frame["tags"][2], list)
    assert str(frame["views"].dtype) == "Int64"
    assert frame["provenance"][0]["detector"] == "jsonlines"


def test_to_arrow_has_the_parquet_schema() -> None:
    pa = pytest.importorskip("pyarrow")
    table = newsparse.to_arrow(newsparse.load(_DUMP))
    from newsparse.parquet import schema

    assert table.schema == schema()
    assert table.schema.field("published").type == pa.timestamp("us", tz="UTC")
    assert table.column("published_text").to_pylist() == ["2024-03-01T10:15:00+02:00", "2024-03-02", None]
    assert table.column("updated").to_pylist()[1] == dt.datetime(2024, 3, 3, 8, 0, tzinfo=dt.UTC)


def test_records_from_to_dict_are_accepted_too() -> None:
    pytest.importorskip("pandas")
    records = [a.to_dict() for a in newsparse.load(_DUMP)]
    assert list(newsparse.to_pandas(records)["title"]) == ["A", "B", "C"]


@pytest.mark.parametrize(("call", "extra"), [("to_pandas", "pandas"), ("to_arrow", "parquet")])
def test_a_missing_extra_is_a_clear_error_naming_it(monkeypatch: pytest.MonkeyPatch, call: str, extra: str) -> None:
    monkeypatch.setitem(sys.modules, "pandas" if extra == "pandas" else "pyarrow", None)
    with pytest.raises(ImportError, match=rf"pip install 'newsparse\[{extra}\]'"):
        getattr(newsparse, call)(newsparse.load(_DUMP))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-14", "2024-03-14T00:00:00+00:00"),
        ("2024-03-14T10:00:00", "2024-03-14T10:00:00+00:00"),
        ("2024-03-14T10:00:00-05:00", "2024-03-14T15:00:00+00:00"),
        ("not a date", None),
        (None, None),
    ],
)
def test_contract_dates_become_utc_timestamps(text: str | None, expected: str | None) -> None:
    moment = timestamp(text)
    assert (moment.isoformat() if moment else None) == expected


def test_parquet_output_writes_dates_as_timestamps(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    assert run("parse", "-o", str(out), str(SAMPLES)).returncode == 0
    table = pq.read_table(out)
    assert str(table.schema.field("published").type) == "timestamp[us, tz=UTC]"
    texts = [json.loads(line)["published"] for line in run("parse", str(SAMPLES)).stdout.splitlines()]
    assert table.column("published_text").to_pylist() == texts
