"""Opening what ``load`` and ``iter_load`` accept: paths, bytes, binary file objects and standard input.

Opening a source walks its containers, lazily and in archive order: a member
that is itself a container (a tar inside a gzip, a zip or a Word file inside a
zip) is opened in turn, up to :data:`~newsparse._limits.MAX_ARCHIVE_DEPTH`
archives deep, and what is handed on are the *leaves*, each capped at
:data:`~newsparse._limits.MAX_MEMBER_BYTES`. A member that cannot be opened is
handed on as a member whose ``open()`` raises the error, so that the consumer
reports it and goes on with the next one.

Names: a member of an archive (zip, tar) is named by its path inside it, joined
with ``!`` to the path of the archive it is in when archives nest
(``inner.zip!a.txt``), and shown in messages after the source's name
(``bundle.zip!2024/03/a.txt``). A single-file layer (gzip, bzip2, xz, a Word
document) keeps the name of the member it is (``2024/a.jsonl.gz`` inside a tar,
``a.docx`` inside a zip); at the top it names what it holds (``dump.jsonl`` in
``dump.jsonl.gz``, ``word/document.xml`` in a ``.docx``), and a ``.tar.gz``
names its members by their paths in the tar. An RTF document's text is the
source itself (named ``None``, as a plain file is) at the top, and keeps the
name of the member it is inside an archive.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from newsparse import _limits
from newsparse._decode import HEAD_BYTES, refuse_binary
from newsparse._problems import Problem
from newsparse.errors import LimitError, NewsparseError, SourceError
from newsparse.sources._archives import zip_members
from newsparse.sources._base import Hints, Member, Reader
from newsparse.sources._caps import Sized
from newsparse.sources._compressed import compressed_members
from newsparse.sources._rtf import rtf_members
from newsparse.sources._tar import tar_members
from newsparse.sources._warc import warc_members

__all__ = ["CONTAINERS", "Container", "Members", "Openable", "opened", "read_all", "stdin"]

Openable = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""A path, bytes, or a binary file object (the same as :data:`newsparse.Source`)."""

Container = Callable[[Reader, str | None, str], Iterable[Member | Problem] | None]
"""A container reader: ``(reader, path, display)`` -> the members (and notes on skipped ones), or None."""

CONTAINERS: list[Container] = [warc_members, compressed_members, zip_members, tar_members, rtf_members]
"""The container readers, tried in order on every source: each returns the members, or None for "not mine".

A container recognises itself on ``reader.peek(n)`` and gives its members
(lazily, in archive order), each with its own name; a :class:`~newsparse.Problem`
among them says that a member was skipped. A member of an archive has its own
``display`` (``f"{display}!{name}"``); a member whose ``display`` is the
container's is its single content (a gzip layer, a Word document's text). A
source that no container claims is its own single member, named ``None``.
WARC comes first: a ``.warc.gz`` is read record by record, not as one gzip
stream, and its members carry :class:`~newsparse.sources.Hints`.
"""

_MAX_PATH = 4096


class Members(Iterator[Member | Problem]):
    """The members of an opened source, in order (see :func:`opened`), and the source's names.

    Attributes:
        path: the path of the source, for provenance (``None`` for bytes and streams).
        display: how messages name the source.
    """

    def __init__(self, walk: Iterator[Member | Problem], path: str | None, display: str) -> None:
        self._walk = walk
        self.path = path
        self.display = display

    def __next__(self) -> Member | Problem:
        return next(self._walk)

    def close(self) -> None:
        """Stop the walk (closing the archives it opened)."""
        close = getattr(self._walk, "close", None)
        if close is not None:
            close()


@contextlib.contextmanager
def opened(source: Openable, name: str | None = None, *, stream: bool = False) -> Iterator[Members]:
    """Open ``source`` and give its members, lazily and in order; closed on leaving the ``with`` block.

    ``name`` names the source in errors when it has no path of its own. With
    ``stream``, a file object is read with ``read(n)`` only (``load`` reads a file
    object with one ``read()``). A member must be read (or left) before the next
    one is asked for: a tar archive is read as one stream. A
    :class:`~newsparse.Problem` among the members says that one was skipped (a
    link, a device); asking for the next member may raise when the archive
    itself breaks off.

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
    members = Members(_walk(reader, path, display, _Place(None, None, 0, False, _limits.current())), path, display)
    try:
        yield members
    finally:
        try:
            members.close()
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


class _Place:
    """Where the walk is: the leaf's name so far, the prefix of archive members, how deep, under what caps."""

    __slots__ = ("caps", "compressed", "hints", "levels", "name", "prefix")

    def __init__(
        self,
        name: str | None,
        prefix: str | None,
        levels: int,
        compressed: bool,
        caps: _limits.Limits,
        hints: Hints | None = None,
    ) -> None:
        self.name = name  # what a leaf found here is called
        self.prefix = prefix  # the archive member this is inside (None at the top)
        self.levels = levels  # archives around this point
        self.compressed = compressed  # directly inside a gzip, bzip2 or xz layer
        self.caps = caps
        self.hints = hints  # what the container said of the member (a WARC record's address, date, charset)

    def inside(self, member: Member, display: str, archive: bool) -> _Place:
        """The place of ``member``, found by a container at this place."""
        if member.display == display:  # the container's single content: a gzip layer, a Word document's text
            name = self.name if self.name is not None else member.name
            return _Place(name, self.prefix, self.levels + archive, not archive, self.caps, member.hints)
        joined = member.name if self.prefix is None else f"{self.prefix}!{member.name}"
        return _Place(joined, joined, self.levels + archive, False, self.caps, member.hints)


def _walk(reader: Reader, path: str | None, display: str, place: _Place) -> Iterator[Member | Problem]:
    """The leaves under ``reader``, in order, with notes on skipped members."""
    for container in CONTAINERS:
        if place.compressed and container is compressed_members:
            continue  # one compressed layer directly inside another is refused as binary, not unpacked
        found = container(reader, path, display)
        if found is None:
            continue
        archive = container is not compressed_members
        try:
            if archive and place.levels >= place.caps.archive_depth:
                raise LimitError(
                    f"an archive nested more than {place.caps.archive_depth} deep (MAX_ARCHIVE_DEPTH); "
                    "raise the cap with newsparse.limits(archive_depth=...)",
                    source=display,
                )
            yield from _leaves(found, path, display, place, archive)
        finally:
            getattr(found, "close", lambda: None)()  # an archive left early (or never entered) is closed too
        return
    if place.name is None:  # the source itself
        yield Member(None, lambda: reader, path, display)
        return
    sized = Sized(reader, place.caps)
    leaf = Reader(sized.read, display, close=sized.close)
    yield Member(place.name, lambda: leaf, path, display, place.hints)


def _leaves(
    found: Iterable[Member | Problem], path: str | None, display: str, place: _Place, archive: bool
) -> Iterator[Member | Problem]:
    for item in found:
        if isinstance(item, Problem):
            yield _renamed(item, place.prefix)
            continue
        inner = place.inside(item, display, archive)
        try:
            yield from _walk(item.open(), path, item.display, inner)
        except NewsparseError as exc:  # this member (or the archive it is) cannot be read: the others can
            yield Member(inner.name, _raiser(exc), path, item.display)


def _renamed(problem: Problem, prefix: str | None) -> Problem:
    """A container's note on a member, with the member's full name (``inner.zip!link``)."""
    member = problem.location.member
    if prefix is None or member is None:
        return problem
    full = f"{prefix}!{member}"
    message = str(problem)
    if message.startswith(f"{member}: "):
        message = f"{full}: {message[len(member) + 2 :]}"
    return problem.reworded(message, member=full)


def _raiser(error: NewsparseError) -> Callable[[], Reader]:
    def fail() -> Reader:
        raise error

    return fail


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
    file: IO[bytes] = handle.detach() if regular else handle  # type: ignore[assignment]  # unbuffered: no copy
    reader = Reader(
        file.read,
        display,
        whole=regular and not stream,
        close=file.close,
        strerror=True,
        seekable=file if regular else None,
    )
    return reader, str(path), display
