"""Parquet output: the article records as an Arrow table with a fixed schema (``pip install newsparse[parquet]``).

The schema mirrors the JSON field contract (:func:`newsparse.article_schema`)
column for column: lists stay lists, captions, provenance and dropped lines are
structs, ``published`` and ``updated`` are UTC timestamps with their ISO 8601
text kept in ``published_text`` and ``updated_text``, so a Parquet file and the
JSON Lines of the same dump hold the same data. The schema does not depend on the data: an empty file, or a file whose
articles have no captions, has the same columns and types as any other.

Example:
    >>> import newsparse, newsparse.parquet  # doctest: +SKIP
    >>> newsparse.parquet.write_parquet(newsparse.iter_load("dump.txt"), "dump.parquet")  # doctest: +SKIP
    1204
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from newsparse._model import Article
from newsparse._output import Destination, scrub
from newsparse._problems import Location, Problem
from newsparse._tables import arrow_record, arrow_schema, load_pyarrow

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow

__all__ = ["ParquetWriter", "schema", "write_parquet"]

_BATCH = 2000  # records per row group


def schema() -> pyarrow.Schema:
    """The Arrow schema of one article record: the contract's columns in order, then the dates' text columns.

    ``published`` and ``updated`` are UTC timestamps; ``published_text`` and
    ``updated_text`` keep the ISO 8601 text they were read from.

    Example:
        >>> from newsparse.parquet import schema  # doctest: +SKIP
        >>> schema().field("published").type  # doctest: +SKIP
        TimestampType(timestamp[us, tz=UTC])
    """
    return arrow_schema()


class ParquetWriter:
    """Write article records to a Parquet file in row groups, in constant memory.

    Records are ``Article`` objects or the dicts of ``Article.to_dict()``.
    Use as a context manager, or call :meth:`close`.

    The file is written beside ``path`` under a temporary name and renamed onto
    ``path`` by :meth:`close`, so ``path`` never holds a partial file; leaving
    the ``with`` block on an exception (or calling :meth:`abort`) removes the
    temporary file and leaves ``path`` as it was.

    A record that Parquet cannot hold as it is (``views`` beyond int64, text
    with lone surrogates such as a file name that is not valid UTF-8, a value of
    the wrong type) never stops the file: its text is written with U+FFFD in
    place of the surrogates, a value that still does not fit is written as null,
    and a problem saying so is added to the record's ``problems`` and to
    :attr:`problems`.

    Example:
        >>> import newsparse  # doctest: +SKIP
        >>> with ParquetWriter("articles.parquet") as writer:  # doctest: +SKIP
        ...     for article in newsparse.iter_load("dump.txt"):
        ...         writer.write(article)
        >>> writer.count, writer.problems  # doctest: +SKIP
        (1204, [])
    """

    def __init__(self, path: str | os.PathLike[str], *, batch: int = _BATCH) -> None:
        pa = load_pyarrow()
        self._destination = Destination.at(path)
        try:
            self._destination.create()
            self._start(pa, batch)
        except BaseException:
            self._destination.discard()
            raise

    @classmethod
    def _into(cls, destination: Destination, *, batch: int = _BATCH) -> ParquetWriter:
        """A writer into ``destination``, already created and held by the caller (who discards it on a stop)."""
        writer = cls.__new__(cls)
        writer._destination = destination
        writer._start(load_pyarrow(), batch)
        return writer

    def _start(self, pa: Any, batch: int) -> None:
        self._pa = pa
        self._unstorable = (ArithmeticError, ValueError, TypeError, pa.ArrowException)  # a value that does not fit
        self._schema = schema()
        self._writer = pa.parquet.ParquetWriter(self._destination.where, self._schema)
        self._batch = batch
        self._rows: list[Mapping[str, Any]] = []
        self.count = 0
        self.problems: list[Problem] = []
        """What could not be stored as it was, one line per record and field (as in the record's ``problems``)."""

    def write(self, record: Article | Mapping[str, Any]) -> None:
        """Add one record."""
        self._rows.append(arrow_record(record.to_dict() if isinstance(record, Article) else record))
        self.count += 1
        if len(self._rows) >= self._batch:
            self._flush()

    def _flush(self) -> None:
        rows, self._rows = self._rows, []  # a batch is never tried twice, whatever happens
        if not rows:
            return
        try:
            table = self._pa.Table.from_pylist(rows, schema=self._schema)
        except self._unstorable:  # some record does not fit: store each one as well as it can be
            start = self.count - len(rows)
            table = self._pa.Table.from_pylist(
                [self._storable(row, start + offset) for offset, row in enumerate(rows)], schema=self._schema
            )
        self._writer.write_table(table)

    def _storable(self, row: Mapping[str, Any], index: int) -> Mapping[str, Any]:
        """``row`` if Parquet takes it; else a copy with surrogates replaced and unfit fields null, problems added."""
        if self._fits(row):
            return row
        record = dict(row)
        notes = [f"{field}: not valid Unicode (lone surrogates), written as U+FFFD" for field in scrub(record)]
        for field in self._schema:
            if field.name in record and not self._fits({field.name: record[field.name]}):
                value, kind = _short(repr(record[field.name])), _short(str(field.type))
                notes.append(f"{field.name}: {value} does not fit {kind}, written as null")
                record[field.name] = None
        title = record.get("title")
        where = f"record {index + 1}" + (f" (title {title!r})" if isinstance(title, str) else "")
        problems = [f"cannot be stored in Parquet as it is: {note}" for note in notes]
        at = Location(record=index + 1)
        self.problems.extend(Problem("parquet-unfit", f"{where}: {problem}", at) for problem in problems)
        record["problems"] = [*(record.get("problems") or []), *problems]
        return record

    def _fits(self, row: Mapping[str, Any]) -> bool:
        try:
            self._pa.Table.from_pylist([row], schema=self._schema)
        except self._unstorable:
            return False
        return True

    def close(self) -> None:
        """Write what is left, close the file and put it in place (a file with no records still has the schema)."""
        try:
            self._flush()
            self._writer.close()
        except BaseException:
            self.abort()
            raise
        self._destination.commit()

    def abort(self) -> None:
        """Stop without writing the file: remove the temporary file; ``path`` keeps what it held."""
        self._rows = []
        with contextlib.suppress(Exception):  # the file is being thrown away: its own error does not matter
            self._writer.close()
        self._destination.discard()

    def __enter__(self) -> ParquetWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def write_parquet(records: Iterable[Article | Mapping[str, Any]], path: str | os.PathLike[str]) -> int:
    """Write articles (or their dicts) to a Parquet file; return how many were written.

    Example:
        >>> import newsparse  # doctest: +SKIP
        >>> write_parquet(newsparse.iter_load("dump.jsonl"), "dump.parquet")  # doctest: +SKIP
        5000
    """
    destination = Destination.at(path)  # held before its file exists: a stop anywhere below leaves nothing behind
    writer: ParquetWriter | None = None
    try:
        destination.create()
        writer = ParquetWriter._into(destination)
        for record in records:
            writer.write(record)
        writer.close()
    except BaseException:
        if writer is not None:
            writer.abort()
        destination.discard()
        raise
    return writer.count
