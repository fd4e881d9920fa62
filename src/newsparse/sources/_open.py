"""Opening what ``load`` and ``iter_load`` accept: paths, bytes, binary file objects and standard input."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from newsparse._decode import HEAD_BYTES, refuse_binary
from newsparse._problems import Problem
from newsparse.errors import SourceError
from newsparse.sources._base import Member, Reader
from newsparse.sources._compressed import compressed_members
from newsparse.sources._warc import warc_members

__all__ = ["CONTAINERS", "Openable", "opened", "read_all", "stdin", "take_problems"]

Openable = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""A path, bytes, or a binary file object (the same as :data:`newsparse.Source`)."""

CONTAINERS: list[Callable[[Reader, str | None, str], Iterable[Member] | None]] = [warc_members, compressed_members]
"""The container readers, tried in order on every source: each returns the members, or None for "not mine".

A container (gzip, WARC; zip, tar and DOCX later) recognises itself on
``reader.peek(n)`` and names its members; a source that no container claims is
its own single member, named ``None``. The members may be read lazily, one at a
time (a WARC's records): such a container gives an iterable with a ``problems``
list, which :func:`take_problems` empties (WARC comes before gzip: a ``.warc.gz``
is read record by record, not as one gzip stream).
"""

_MAX_PATH = 4096


@contextlib.contextmanager
def opened(source: Openable, name: str | None = None, *, stream: bool = False) -> Iterator[Iterable[Member]]:
    """Open ``source`` and give its members; closed on leaving the ``with`` block.

    ``name`` names the source in errors when it has no path of its own. With
    ``stream``, a file object is read with ``read(n)`` only (``load`` reads a file
    object with one ``read()``).

    Raises:
        SourceError: the path or file cannot be read.
        TypeError: ``source`` is none of the accepted kinds.

    Example:
        >>> import gzip
        >>> with opened(gzip.compress(b"Title\\n\\nBody."), "dump.txt.gz") as members:
        ...     [(m.name, read_all(m)) for m in members]
        [('dump.txt', b'Title\\n\\nBody.')]
    """
    reader, path, display = _open(source, name, stream)
    try:
        yield _members(reader, path, display)
    finally:
        reader.close()


def read_all(member: Member) -> bytes:
    """All the bytes of ``member``; a device, pipe or compressed member is refused after its first bytes if binary.

    ``/dev/zero`` or ``/dev/urandom`` never ends: reading it whole would exhaust memory.
    """
    reader = member.open()
    if reader.whole:
        return reader.read()
    refuse_binary(reader.peek(HEAD_BYTES), source=member.display)
    return reader.read()


def stdin(display: str = "<stdin>") -> IO[bytes]:
    """The binary standard input; a :class:`~newsparse.SourceError` when the process was started without one."""
    if sys.stdin is None:
        raise SourceError("cannot be read (standard input is closed)", source=display)
    return sys.stdin.buffer


def take_problems(members: Iterable[Member]) -> list[Problem]:
    """The problems a container met while its members were read so far (a WARC's broken records), once each."""
    problems: list[Problem] | None = getattr(members, "problems", None)
    if not problems:
        return []
    taken = list(problems)
    problems.clear()
    return taken


def _members(reader: Reader, path: str | None, display: str) -> Iterable[Member]:
    for container in CONTAINERS:
        members = container(reader, path, display)
        if members is not None:
            return members
    return [Member(None, lambda: reader, path, display)]


def _open(source: Openable, name: str | None, stream: bool) -> tuple[Reader, str | None, str]:
    """The reader of ``source``, the path provenance names (or None) and the name errors use."""
    if isinstance(source, bytes | bytearray | memoryview):
        display = name or "<bytes>"
        return Reader.of(bytes(source), display), None, display
    if isinstance(source, str | os.PathLike):
        return _open_path(os.fspath(source), name, stream)
    read = getattr(source, "read", None)
    if callable(read):
        source_name = getattr(source, "name", None)
        display = name or str(source_name if source_name is not None else "<stream>")
        is_path = isinstance(source_name, str) and not (source_name.startswith("<") and source_name.endswith(">"))
        return Reader(read, display, whole=not stream), source_name if is_path else None, display
    raise TypeError(
        f"load() takes a path, bytes or a binary file object, not {type(source).__name__}; "
        "for a str of text, use split_articles()"
    )


def _open_path(path: str | bytes, name: str | None, stream: bool) -> tuple[Reader, str, str]:
    display = name or str(path)
    if isinstance(path, str) and ("\n" in path or len(path) > _MAX_PATH):
        raise SourceError("not a file path; to parse a text string, use split_articles()", source=name)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the reader
    except IsADirectoryError:
        raise SourceError("is a directory, not a file", source=display) from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise SourceError(f"cannot be read ({reason})", source=display) from None
    try:
        regular = stat.S_ISREG(os.fstat(handle.fileno()).st_mode)
    except OSError:
        regular = False
    reader = Reader(handle.read, display, whole=regular and not stream, close=handle.close, strerror=True)
    return reader, str(path), display
