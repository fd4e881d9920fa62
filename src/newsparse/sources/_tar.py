"""Tar archives, read as one stream (:mod:`tarfile` in stream mode): each regular file a member, in order.

Plain or inside a gzip, bzip2 or xz layer (``.tar.gz``, ``.tgz``, ``.tar.bz2``,
``.tar.xz``), from a file, bytes or a pipe, in bounded memory: a member is handed
on as its bytes come, and the next header is read once the consumer is done
with it. A tar is recognised by a first block that is a valid header (its
checksum is checked), so old V7 archives without the ``ustar`` magic are read
too. Directories, hidden files and clutter are passed over, links and devices
skipped with a problem, as in a zip (:mod:`newsparse.sources._archives`).
tarfile reads a pax record or a GNU long name whole, so what it may read for one
header is bounded (:data:`_TAR_HEADER_ROOM`): a forged size is a
:class:`~newsparse.LimitError`, never gigabytes in memory.
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterator
from typing import IO

from newsparse import _limits
from newsparse._problems import Problem
from newsparse.errors import BinaryInputError, LimitError, NewsparseError
from newsparse.sources._archives import is_junk, member_name, reason, skipped
from newsparse.sources._base import Member, Reader

__all__ = ["tar_members"]

_TAR_HEADER_ROOM = _limits.MAX_RECORD_BYTES
"""Bytes tarfile may read for one header (a pax record, a GNU long name) past the data of the member before."""


def tar_members(reader: Reader, path: str | None, display: str) -> Iterator[Member | Problem] | None:
    """The regular files of a tar archive, streamed in order, or None when ``reader`` holds no tar."""
    if not _is_tar(reader.peek(tarfile.BLOCKSIZE)):
        return None
    return _tar_items(reader, path, display)


def _is_tar(head: bytes) -> bool:
    """A first block that is a valid tar header (POSIX, GNU or old V7: the checksum is checked)."""
    if len(head) < tarfile.BLOCKSIZE:
        return False
    try:
        tarfile.TarInfo.frombuf(head[: tarfile.BLOCKSIZE], "utf-8", "surrogateescape")
    except (tarfile.TarError, ValueError, UnicodeError):
        return False
    return True


class _TarFeed:
    """The archive's bytes for tarfile, with a bound on what it may read between two members."""

    def __init__(self, reader: Reader, display: str) -> None:
        self.reader = reader
        self.display = display
        self.taken = 0
        self.limit: int | None = None
        self.failed: NewsparseError | None = None  # the stream broke: no member after it can be read

    def read(self, size: int = -1) -> bytes:
        if self.limit is not None and self.taken > self.limit:
            raise LimitError(
                f"a tar header (a long name or pax record) larger than {_limits.describe(_TAR_HEADER_ROOM)}",
                source=self.display,
            )
        try:
            data = self.reader.read(size)
        except NewsparseError as exc:
            self.failed = exc
            raise
        self.taken += len(data)
        return data


def _tar_items(reader: Reader, path: str | None, display: str) -> Iterator[Member | Problem]:
    feed = _TarFeed(reader, display)
    feed.limit = _TAR_HEADER_ROOM + 2 * tarfile.RECORDSIZE  # opening reads the first header
    try:
        archive = tarfile.open(fileobj=feed, mode="r|")  # type: ignore[call-overload]  # noqa: SIM115
    except NewsparseError:
        raise
    except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
        raise BinaryInputError(
            f"binary data (tar archive that cannot be read: {reason(exc)}), not text", source=display
        ) from None
    feed.limit = None
    with archive:
        while feed.failed is None:
            info = _next(archive, feed, display)
            if info is None:
                return
            name = member_name(info.name)
            if info.isdir() or is_junk(name) or not name:
                continue
            if not info.isfile():
                yield skipped(name, _tar_kind(info))
                continue
            where = f"{display}!{name}"
            handle = archive.extractfile(info)
            if handle is None:  # pragma: no cover - isfile() members always have data
                continue
            member = _TarMember(handle, feed, where)
            yield Member(name, member.open, path, where)


def _next(archive: tarfile.TarFile, feed: _TarFeed, display: str) -> tarfile.TarInfo | None:
    """The next member's header; the archive's own errors said as binary input that breaks off."""
    feed.limit = max(archive.offset, feed.taken) + _TAR_HEADER_ROOM + 2 * tarfile.RECORDSIZE
    try:
        return archive.next()
    except NewsparseError:
        raise
    except (tarfile.TarError, OSError, EOFError, ValueError, UnicodeError) as exc:
        raise BinaryInputError(
            f"binary data (a tar archive that breaks off: {reason(exc)}), not text", source=display
        ) from None
    finally:
        feed.limit = None


class _TarMember:
    """One tar member's bytes; an error of the stream under it ends the archive, said on this member."""

    def __init__(self, handle: IO[bytes], feed: _TarFeed, where: str) -> None:
        self.handle = handle
        self.feed = feed
        self.where = where

    def open(self) -> Reader:
        """The member's reader."""
        return Reader(self.read, self.where)

    def read(self, size: int = -1) -> bytes:
        try:
            return self.handle.read(size)
        except NewsparseError as exc:
            raise type(exc)(f"{exc.problem}; the rest of the archive is not read", source=self.where) from None
        except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
            self.feed.failed = BinaryInputError("broken", source=self.where)
            raise BinaryInputError(
                f"binary data (a tar archive that breaks off: {reason(exc)}), not text; "
                "the rest of the archive is not read",
                source=self.where,
            ) from None


def _tar_kind(info: tarfile.TarInfo) -> str:
    if info.issym():
        return "a symbolic link"
    if info.islnk():
        return f"a hard link to {member_name(info.linkname)} (read there)"
    if info.ischr() or info.isblk():
        return "a device"
    if info.isfifo():
        return "a named pipe"
    return "not a regular file"
