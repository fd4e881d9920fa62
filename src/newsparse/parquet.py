"""Parquet output: the article records as an Arrow table with a fixed schema (``pip install newsparse[parquet]``).

The schema mirrors the JSON field contract (:func:`newsparse.article_schema`)
column for column: lists stay lists, captions, provenance and dropped lines are
structs, so a Parquet file and the JSON Lines of the same dump hold the same
data. The schema does not depend on the data: an empty file, or a file whose
articles have no captions, has the same columns and types as any other.

Example:
    >>> import newsparse, newsparse.parquet  # doctest: +SKIP
    >>> newsparse.parquet.write_parquet(newsparse.iter_load("dump.txt"), "dump.parquet")  # doctest: +SKIP
    1204
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from newsparse._model import Article

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow

__all__ = ["ParquetWriter", "schema", "write_parquet"]

_BATCH = 2000  # records per row group


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ImportError("Parquet output needs pyarrow: pip install 'newsparse[parquet]'") from None
    return pyarrow


def schema() -> pyarrow.Schema:
    """The Arrow schema of one article record, in the order of ``Article.to_dict()``.

    Example:
        >>> from newsparse.parquet import schema  # doctest: +SKIP
        >>> schema().field("provenance").type  # doctest: +SKIP
        StructType(struct<source: string, detector: string, confidence: double, ...>)
    """
    pa = _pyarrow()
    strings = pa.list_(pa.string())
    return pa.schema(
        [
            pa.field("title", pa.string()),
            pa.field("subtitle", pa.string()),
            pa.field("highlights", strings),
            pa.field("body", pa.string()),
            pa.field("captions", pa.list_(pa.struct([("text", pa.string()), ("credit", pa.string())]))),
            pa.field("byline", pa.string()),
            pa.field("authors", strings),
            pa.field("source", pa.string()),
            pa.field("published", pa.string()),
            pa.field("updated", pa.string()),
            pa.field("dateline", pa.string()),
            pa.field("url", pa.string()),
            pa.field("tags", strings),
            pa.field("views", pa.int64()),
            pa.field("notes", strings),
            pa.field(
                "provenance",
                pa.struct(
                    [
                        ("source", pa.string()),
                        ("detector", pa.string()),
                        ("confidence", pa.float64()),
                        ("encoding", pa.string()),
                        ("start", pa.int64()),
                        ("end", pa.int64()),
                        ("repairs", strings),
                    ]
                ),
            ),
            pa.field("dropped", pa.list_(pa.struct([("text", pa.string()), ("reason", pa.string())]))),
            pa.field("problems", strings),
        ],
        metadata={"newsparse": "article records; see newsparse.article_schema() for the JSON contract"},
    )


class ParquetWriter:
    """Write article records to a Parquet file in row groups, in constant memory.

    Records are ``Article`` objects or the dicts of ``Article.to_dict()``.
    Use as a context manager, or call :meth:`close`.

    Example:
        >>> import newsparse  # doctest: +SKIP
        >>> with ParquetWriter("articles.parquet") as writer:  # doctest: +SKIP
        ...     for article in newsparse.iter_load("dump.txt"):
        ...         writer.write(article)
        >>> writer.count  # doctest: +SKIP
        1204
    """

    def __init__(self, path: str | os.PathLike[str], *, batch: int = _BATCH) -> None:
        pa = _pyarrow()
        self._pa = pa
        self._schema = schema()
        self._writer = pa.parquet.ParquetWriter(os.fspath(path), self._schema)
        self._batch = batch
        self._rows: list[Mapping[str, Any]] = []
        self.count = 0

    def write(self, record: Article | Mapping[str, Any]) -> None:
        """Add one record."""
        self._rows.append(record.to_dict() if isinstance(record, Article) else record)
        self.count += 1
        if len(self._rows) >= self._batch:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        """Write what is left and close the file (a file with no records still has the schema)."""
        self._flush()
        self._writer.close()

    def __enter__(self) -> ParquetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_parquet(records: Iterable[Article | Mapping[str, Any]], path: str | os.PathLike[str]) -> int:
    """Write articles (or their dicts) to a Parquet file; return how many were written.

    Example:
        >>> import newsparse  # doctest: +SKIP
        >>> write_parquet(newsparse.iter_load("dump.jsonl"), "dump.parquet")  # doctest: +SKIP
        5000
    """
    with ParquetWriter(path) as writer:
        for record in records:
            writer.write(record)
    return writer.count
