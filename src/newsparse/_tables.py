"""Articles as tables: an Arrow table (``to_arrow``) and a pandas DataFrame (``to_pandas``), dates as timestamps.

Both hold one row per article and the columns of the field contract, in its
order; ``published`` and ``updated`` are UTC timestamps, and the ISO 8601 text
they were read from is kept beside them in ``published_text`` and
``updated_text`` (a date without a time is midnight UTC, a time without an
offset is taken as UTC: the text says which it was). pyarrow and pandas are
optional extras, imported only when asked for.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from newsparse._fields import FIELDS, Kind
from newsparse._model import Article

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import pyarrow

__all__ = ["TEXT_COLUMNS", "arrow_record", "arrow_schema", "load_pyarrow", "timestamp", "to_arrow", "to_pandas"]

TEXT_COLUMNS: Mapping[str, str] = {f.name: f"{f.name}_text" for f in FIELDS if f.kind == "date"}
"""Each date field and the companion column that keeps its ISO 8601 text as written.

Example:
    >>> dict(TEXT_COLUMNS)
    {'published': 'published_text', 'updated': 'updated_text'}
"""


def timestamp(value: object) -> _dt.datetime | None:
    """An ISO 8601 date or date-time of the contract as an aware UTC datetime; None when there is none.

    Example:
        >>> timestamp("2024-03-14").isoformat(), timestamp("2024-05-02T09:30:00+02:00").isoformat()
        ('2024-03-14T00:00:00+00:00', '2024-05-02T07:30:00+00:00')
    """
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = _dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=_dt.UTC)
    return moment.astimezone(_dt.UTC)


def arrow_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """An article record with its dates as timestamps and their text in the companion columns."""
    row = dict(record)
    for name, text in TEXT_COLUMNS.items():
        row[text] = record.get(name)
        row[name] = timestamp(record.get(name))
    return row


def load_pyarrow(extra: str = "parquet") -> Any:
    """The pyarrow module (with pyarrow.parquet); an ImportError naming the extra to install when it is missing."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ImportError(f"this needs pyarrow: pip install 'newsparse[{extra}]'") from None
    return pyarrow


def arrow_schema() -> pyarrow.Schema:
    """The Arrow schema of one article row: the contract's columns in order, then the dates' text columns.

    Example:
        >>> arrow_schema().field("published").type  # doctest: +SKIP
        TimestampType(timestamp[us, tz=UTC])
    """
    pa = load_pyarrow()
    types = _arrow_types(pa)
    columns = [pa.field(field.name, types[field.kind]) for field in FIELDS]
    columns += [pa.field(text, pa.string()) for text in TEXT_COLUMNS.values()]
    return pa.schema(
        columns, metadata={"newsparse": "article records; see newsparse.article_schema() for the JSON contract"}
    )


def _arrow_types(pa: Any) -> dict[Kind, Any]:
    """The Arrow type of each kind of field in the field contract."""
    strings = pa.list_(pa.string())
    provenance = pa.struct(
        [
            ("source", pa.string()),
            ("detector", pa.string()),
            ("confidence", pa.float64()),
            ("encoding", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("repairs", strings),
            ("member", pa.string()),
        ]
    )
    return {
        "text": pa.string(),
        "body": pa.string(),
        "date": pa.timestamp("us", tz="UTC"),
        "count": pa.int64(),
        "texts": strings,
        "captions": pa.list_(pa.struct([("text", pa.string()), ("credit", pa.string())])),
        "dropped": pa.list_(pa.struct([("text", pa.string()), ("reason", pa.string())])),
        "provenance": provenance,
    }


def _records(articles: Iterable[Article | Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [arrow_record(a.to_dict() if isinstance(a, Article) else a) for a in articles]


def to_arrow(articles: Iterable[Article | Mapping[str, Any]]) -> pyarrow.Table:
    """A pyarrow Table of articles (or their ``to_dict()`` records), in the Parquet schema (``newsparse[parquet]``).

    Example:
        >>> import newsparse  # doctest: +SKIP
        >>> table = newsparse.to_arrow(newsparse.load("dump.jsonl"))  # doctest: +SKIP
        >>> table.schema.field("published").type  # doctest: +SKIP
        TimestampType(timestamp[us, tz=UTC])
    """
    pa = load_pyarrow()
    return pa.Table.from_pylist(_records(articles), schema=arrow_schema())


def to_pandas(articles: Iterable[Article | Mapping[str, Any]]) -> pandas.DataFrame:
    """A pandas DataFrame of articles, one row each (``pip install 'newsparse[pandas]'``).

    ``published`` and ``updated`` are tz-aware ``datetime64[ns, UTC]`` columns
    (their text in ``published_text`` and ``updated_text``); list fields hold
    Python lists, ``provenance`` a dict, ``views`` a nullable integer.

    Example:
        >>> import newsparse  # doctest: +SKIP
        >>> frame = newsparse.to_pandas(newsparse.load("dump.jsonl"))  # doctest: +SKIP
        >>> frame["published"].dt.year.value_counts()  # doctest: +SKIP
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_pandas needs pandas: pip install 'newsparse[pandas]'") from None
    columns = [field.name for field in FIELDS] + list(TEXT_COLUMNS.values())
    frame = pd.DataFrame.from_records(_records(articles), columns=columns)
    for name in TEXT_COLUMNS:
        frame[name] = pd.to_datetime(frame[name], utc=True)
    for field in FIELDS:
        if field.kind == "count":
            frame[field.name] = frame[field.name].astype("Int64")
    return frame
