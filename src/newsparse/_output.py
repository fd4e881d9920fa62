"""Where output goes: a temporary file beside the target, renamed onto it only when the run succeeds.

A reader of the target never sees half a file: while a run writes, the old
file (if any) is still there, whole; on success the temporary file replaces it
in one rename; on failure or interruption the temporary file is removed and the
target is untouched. Two runs writing the same target each rename a whole file
(the last rename wins). A target that exists and is not a regular file (a
device such as ``/dev/null``, a FIFO) is written in place: it cannot be replaced.

Example:
    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> out = Destination.at(os.path.join(folder, "articles.jsonl"))
    >>> out.create()
    >>> with open(out.where, "w") as handle:
    ...     _ = handle.write("{}\\n")
    >>> os.listdir(folder) == [os.path.basename(out.where)]  # only the hidden temporary file so far
    True
    >>> out.commit()
    >>> os.listdir(folder)
    ['articles.jsonl']
    >>> import shutil; shutil.rmtree(folder)
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import secrets
import stat
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any

import attrs

from newsparse import _views
from newsparse._decode import LONE_SURROGATES

__all__ = ["Destination", "OutputError", "Sink", "clean_text", "has_surrogates", "same_file", "scrub"]


class OutputError(Exception):
    """The output could not be written (a full disk, an I/O error, a closed descriptor)."""


@attrs.define
class Destination:
    """The file a run writes: ``where`` while writing, ``final`` once :meth:`commit` renamed it.

    The temporary file's name is held (so :meth:`discard` removes it) before
    the file exists: a stop (Ctrl-C) between any two lines leaves nothing behind
    as long as the caller holds the destination before calling :meth:`create`.
    """

    final: str
    in_place: bool = False  # a device or a FIFO: written where it is
    mode: int | None = None  # that of the file replaced
    temp: str | None = None

    @property
    def where(self) -> str:
        """The path to open for writing."""
        return self.temp or self.final

    @classmethod
    def at(cls, path: str | os.PathLike[str]) -> Destination:
        """Where ``path`` is written, before anything is created.

        A symbolic link is followed, so its target is replaced and the link kept.
        Raises :class:`IsADirectoryError` when ``path`` is a folder.
        """
        final = os.fspath(path)
        if os.path.islink(final):
            final = os.path.realpath(final)
        try:
            info: os.stat_result | None = os.stat(final)
        except FileNotFoundError:
            info = None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, os.strerror(21), final)
        if info is not None and not stat.S_ISREG(info.st_mode):
            return cls(final, in_place=True)
        return cls(final, mode=None if info is None else stat.S_IMODE(info.st_mode))

    def create(self) -> None:
        """Create the (empty) temporary file, with the mode of the file it replaces (or a new file's, by umask).

        Raises :class:`OSError` when the folder cannot be written; call
        :meth:`discard` on any exception (it removes what was made).
        """
        if self.in_place:
            return
        folder, name = os.path.split(self.final)
        while True:
            self.temp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.newsparse-tmp")  # held first
            try:
                fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
            except FileExistsError:  # pragma: no cover - 32 random bits taken: not ours to remove
                self.temp = None
                continue
            break
        try:
            if self.mode is not None:
                with contextlib.suppress(OSError):  # a file system without modes
                    os.chmod(fd, self.mode)
        finally:
            os.close(fd)

    def commit(self) -> None:
        """Put the written file in place (one rename)."""
        if self.temp is not None:
            os.replace(self.temp, self.final)
            self.temp = None

    def discard(self) -> None:
        """Remove the temporary file; the target keeps what it held before."""
        if self.temp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.temp)
            self.temp = None


def same_file(a: os.stat_result, b: os.stat_result) -> bool:
    """Whether two ``stat`` results are the same file (through hard links and symbolic links)."""
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds lone surrogates (a file name that is not valid UTF-8, a JSON ``"\\ud800"``)."""
    return not text.isascii() and LONE_SURROGATES.search(text) is not None


def clean_text(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (bytes escaped by ``surrogateescape`` decoded back first).

    Example:
        >>> clean_text("caf\\udce9.txt"), clean_text("\\ud800x")
        ('caf\\ufffd.txt', '\\ufffdx')
        >>> clean_text("r\\udcc3\\udca9sum\\udce9")  # the escaped bytes of a UTF-8 'é', then a lone byte
        'résum\\ufffd'
    """
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # surrogates that are not escaped bytes
        return LONE_SURROGATES.sub("\ufffd", text)


def scrub(record: dict[str, object]) -> list[str]:
    """Replace lone surrogates in every string of an article record, in place; return the fields changed.

    JSON Lines and Parquet readers outside Python reject lone surrogates, so an
    article is written with U+FFFD in their place, and the caller reports it.

    Example:
        >>> record = {"title": "ok", "tags": ["a\\udce9"], "provenance": {"source": "caf\\udce9.txt"}}
        >>> scrub(record), record["provenance"]
        (['tags', 'provenance.source'], {'source': 'caf\\ufffd.txt'})
    """
    changed: list[str] = []
    for key, value in record.items():
        cleaned = _scrubbed(value)
        if cleaned is value:
            continue
        record[key] = cleaned
        if isinstance(value, dict) and isinstance(cleaned, dict):
            changed.extend(f"{key}.{inner}" for inner in value if cleaned[inner] is not value[inner])
        else:
            changed.append(key)
    return changed


def _scrubbed(value: object) -> object:
    """``value`` itself when it holds no lone surrogate, else a cleaned copy."""
    if isinstance(value, str):
        return clean_text(value) if has_surrogates(value) else value
    if isinstance(value, list):
        items = [_scrubbed(item) for item in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if isinstance(value, dict):
        pairs = {key: _scrubbed(inner) for key, inner in value.items()}
        return pairs if any(pairs[key] is not value[key] for key in value) else value
    return value


class Sink:
    """Where the CLI's article JSON lines go: JSON Lines, a JSON array, text, Markdown or CSV, or Parquet.

    Making a sink creates nothing; :meth:`open` creates the output (a file's
    temporary file), so a caller that holds the sink before it opens it can
    always :meth:`abort`, wherever a stop lands. Text is written as UTF-8 bytes
    with ``\\n`` line ends. :meth:`commit` ends the output and puts a file in
    place; :meth:`abort` throws a file's output away. A write error (a full
    disk, an I/O error, a closed descriptor) is raised as
    :class:`OutputError`, a closed pipe as :class:`BrokenPipeError`.
    """

    def __init__(self, fmt: str, path: str | None) -> None:
        """Raises :class:`ImportError` for Parquet without pyarrow, :class:`OutputError` for a closed stdout."""
        self.fmt = fmt
        self.path = path
        self.first = True
        self.problems: list[str] = []  # records Parquet could not hold as they were (see ParquetWriter)
        self.parquet: Any = None
        self.destination: Destination | None = None
        self.out: IO[bytes] | None = None
        if fmt == "parquet":
            from newsparse._tables import load_pyarrow

            assert path is not None
            load_pyarrow()
        elif path is None:
            self.out = getattr(sys.stdout, "buffer", None)
            if self.out is None:
                raise OutputError("cannot write output: standard output is closed")

    def open(self) -> None:
        """Create the output; raises :class:`OSError` when the file cannot be made (nothing is left behind)."""
        try:
            if self.path is not None:
                self.destination = Destination.at(self.path)  # held before create(): abort() removes what it made
                self.destination.create()
                if self.fmt == "parquet":
                    from newsparse.parquet import ParquetWriter

                    self.parquet = ParquetWriter._into(self.destination)
                else:
                    self.out = open(self.destination.where, "wb")  # noqa: SIM115 - closed by commit or abort
            if self.fmt == "json":
                self._put("[")
            elif self.fmt == "csv":
                self._put(_csv_line(_views.CSV_COLUMNS))
        except BaseException:
            self.abort()
            raise

    def _put(self, text: str) -> None:
        assert self.out is not None
        with _output_errors():
            self.out.write(text.encode("utf-8", "backslashreplace"))

    def write(self, line: str) -> None:
        """Add one article's JSON line."""
        if self.parquet is not None:
            with _output_errors():
                self.parquet.write(json.loads(line))
            self.problems.extend(self.parquet.problems)
            self.parquet.problems.clear()
            return
        if self.fmt == "json":
            self._put(("\n" if self.first else ",\n") + line)
        elif self.fmt in _VIEWS:
            separator = "" if self.first or self.fmt == "csv" else "\n"
            self._put(separator + _VIEWS[self.fmt](json.loads(line)))
        else:
            self._put(line + "\n")
        self.first = False

    def commit(self) -> None:
        """End the output; a file is renamed into place."""
        try:
            with _output_errors():
                if self.parquet is not None:
                    self.parquet.close()
                    self.problems.extend(self.parquet.problems)
                    return
                assert self.out is not None
                if self.fmt == "json":
                    self._put("\n]\n" if not self.first else "]\n")
                self.out.flush()
                if self.destination is not None:
                    self.out.close()
                    self.destination.commit()
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Stop: a file's temporary file is removed (the target keeps what it held); stdout keeps what it got.

        Safe to call more than once, and whatever the sink got to (its file may not exist or be open yet).
        """
        if self.parquet is not None:
            self.parquet.abort()
        if self.destination is not None:
            if self.out is not None:
                with contextlib.suppress(OSError, ValueError):
                    self.out.close()
            self.destination.discard()


def _csv_line(cells: Any) -> str:
    """One CSV record (RFC 4180 quoting, ``\\r\\n`` line end), as spreadsheets read it."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(cells)
    return buffer.getvalue()


def _csv_record(record: dict[str, Any]) -> str:
    return _csv_line(_views.csv_row(record))


_VIEWS: dict[str, Callable[[dict[str, Any]], str]] = {
    "text": _views.text_view,
    "markdown": _views.markdown_view,
    "csv": _csv_record,
}


@contextlib.contextmanager
def _output_errors() -> Iterator[None]:
    """Turn an ``OSError`` while writing into one :class:`OutputError` (a closed pipe stays a BrokenPipeError)."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write output: {exc.strerror or exc}") from None
