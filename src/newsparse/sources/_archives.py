"""Zip archives (and what zip and tar share): each regular file inside is a member of its own, in archive order.

- **zip** needs to seek: a regular file is read in place, bytes in memory
  through a view, and anything else (a pipe, standard input, a zip inside
  another archive or inside a gzip layer) is first copied to a temporary spool
  (in memory up to :data:`SPOOL_MEMORY` bytes, on disk past it, deleted on
  close). Each member is inflated as it is read, the decompression ratio checked
  on the bytes actually inflated and the compressed bytes actually read, never
  on the sizes the archive declares. A zip holding ``word/document.xml`` is a
  Word document (see :mod:`newsparse.sources._docx`); other Office and
  OpenDocument files are refused.
- **tar** is read as one stream: see :mod:`newsparse.sources._tar`.

Directories are passed over; links, devices and other files that are not
regular are skipped with a ``member-skipped`` problem; hidden files and folders
(``.DS_Store``, ``._a.txt``), ``__MACOSX/``, ``Thumbs.db`` and ``desktop.ini``
are passed over silently, as a directory walk passes over hidden files. Member
names are only ever read, never used to write anything.
"""

from __future__ import annotations

import io
import re
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from typing import IO

from newsparse import _limits
from newsparse._problems import Location, Problem
from newsparse.errors import BinaryInputError, NewsparseError
from newsparse.sources._base import Member, Reader
from newsparse.sources._caps import STEP, check_ratio

__all__ = ["SPOOL_MEMORY", "is_junk", "member_name", "reason", "skipped", "zip_members"]

SPOOL_MEMORY = 8 << 20
"""How many bytes of a zip that cannot be read in place are spooled in memory before going to disk (8 MiB)."""

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_JUNK_NAMES = frozenset({"__macosx", "thumbs.db", "desktop.ini"})
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError)
_DOCX_PART = "word/document.xml"
_OFFICE = {"xl/workbook.xml": "an Excel workbook", "ppt/presentation.xml": "a PowerPoint presentation"}


def member_name(raw: str) -> str:
    """A member's path as shown and stored: ``./`` prefixes dropped, control characters made visible (U+FFFD).

    Example:
        >>> member_name("./2024/03/a.txt"), member_name("bad\\nname.txt")
        ('2024/03/a.txt', 'bad\\ufffdname.txt')
    """
    while raw.startswith("./"):
        raw = raw[2:]
    return _CONTROLS.sub("\ufffd", raw)


def is_junk(name: str) -> bool:
    """Whether a member is operating-system clutter or hidden: passed over without a word.

    Example:
        >>> [is_junk(n) for n in ("__MACOSX/._a.txt", "a/.DS_Store", "Thumbs.db", "2024/a.txt", "../a.txt")]
        [True, True, True, False, False]
    """
    for part in name.replace("\\", "/").split("/"):
        if part.lower() in _JUNK_NAMES or (part.startswith(".") and part not in (".", "..")):
            return True
    return False


# --- zip -------------------------------------------------------------------------------------------------


def zip_members(reader: Reader, path: str | None, display: str) -> Iterator[Member | Problem] | None:
    """The members of a zip archive (or the text of a Word document), or None when ``reader`` holds no zip."""
    if not reader.peek(4).startswith(_ZIP_MAGIC):
        return None
    file = _seekable(reader)
    try:
        archive = zipfile.ZipFile(file)
        names = set(archive.namelist())
    except _ZIP_ERRORS as exc:
        file.close()
        raise BinaryInputError(
            f"binary data (ZIP archive that cannot be read: {reason(exc)}), not text", source=display
        ) from None
    except BaseException:
        file.close()
        raise
    if _DOCX_PART in names:
        from newsparse.sources._docx import docx_members

        info, caps = archive.getinfo(_DOCX_PART), _limits.current()
        part = docx_members(_zip_opener(archive, file, info, display, caps), _DOCX_PART, path, display)
        return _Closing(part, archive, file)
    _refuse_office(names, archive, file, display)
    return _Closing(_zip_items(archive, file, path, display), archive, file)


class _Closing(Iterator[Member | Problem]):
    """The members of an open zip; :meth:`close` closes the archive and its file, even if never iterated."""

    def __init__(self, items: Iterator[Member | Problem], archive: zipfile.ZipFile, file: _CountedFile) -> None:
        self.items = items
        self.archive = archive
        self.file = file

    def __next__(self) -> Member | Problem:
        return next(self.items)

    def close(self) -> None:
        """Close the archive and the file under it."""
        try:
            getattr(self.items, "close", lambda: None)()
        finally:
            self.archive.close()
            self.file.close()


def _refuse_office(names: set[str], archive: zipfile.ZipFile, file: _CountedFile, display: str) -> None:
    what = next((what for part, what in _OFFICE.items() if part in names), None)
    if what is None and "mimetype" in names:
        with archive.open("mimetype") as handle:
            if handle.read(64).startswith(b"application/vnd.oasis.opendocument"):
                what = "an OpenDocument file"
    if what is not None:
        archive.close()
        file.close()
        raise BinaryInputError(f"binary data ({what}), not text; save it as text or Word first", source=display)


def _zip_items(
    archive: zipfile.ZipFile, file: _CountedFile, path: str | None, display: str
) -> Iterator[Member | Problem]:
    caps = _limits.current()
    for info in archive.infolist():
        name = member_name(info.filename)
        if info.is_dir() or is_junk(name) or not name:
            continue
        kind = _zip_kind(info)
        if kind is not None:
            yield skipped(name, kind)
            continue
        where = f"{display}!{name}"
        yield Member(name, _zip_opener(archive, file, info, where, caps), path, where)


def _zip_kind(info: zipfile.ZipInfo) -> str | None:
    """What a zip member is when it is not a regular file (a link, a device), from its Unix mode if it has one."""
    mode = info.external_attr >> 16
    if info.create_system != 3 or stat.S_IFMT(mode) in (0, stat.S_IFREG):
        return None
    return _kind(mode)


def _zip_opener(
    archive: zipfile.ZipFile, counted: _CountedFile, info: zipfile.ZipInfo, where: str, caps: _limits.Limits
) -> Callable[[], Reader]:
    """Opens one zip member: its reader, inflating within the caps."""

    def open_member() -> Reader:
        if info.flag_bits & 0x1:
            raise BinaryInputError("an encrypted zip member; newsparse reads no password-protected file", source=where)
        before = counted.taken
        try:
            handle = archive.open(info)
        except _ZIP_ERRORS as exc:
            raise BinaryInputError(
                f"binary data (a zip member that cannot be read: {reason(exc)}), not text", source=where
            ) from None
        inflating = _ZipInflating(handle, lambda: counted.taken - before, info.compress_type, where, caps)
        return Reader(inflating.read, where, close=handle.close)

    return open_member


class _ZipInflating:
    """One zip member's bytes, inflated as read, within the decompression cap (on what was really read)."""

    def __init__(
        self, handle: IO[bytes], taken: Callable[[], int], method: int, where: str, caps: _limits.Limits
    ) -> None:
        self.handle = handle
        self.taken = taken
        self.compressed = method != zipfile.ZIP_STORED
        self.where = where
        self.caps = caps
        self.given = 0

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            return b"".join(iter(lambda: self.read(STEP), b""))
        try:
            data = self.handle.read(min(size, STEP))
        except NewsparseError:
            raise
        except Exception as exc:  # BadZipFile (a bad CRC), zlib.error, lzma.LZMAError, EOFError, an unknown method
            raise BinaryInputError(
                f"binary data (a zip member that cannot be read: {reason(exc)}), not text", source=self.where
            ) from None
        self.given += len(data)
        if self.compressed:
            check_ratio(self.given, self.taken(), "a compressed zip member", self.where, self.caps)
        return data


class _CountedFile(io.RawIOBase):
    """A seekable file that counts the bytes read through it (the compressed bytes a member really used)."""

    def __init__(self, file: IO[bytes] | io.RawIOBase) -> None:
        super().__init__()
        self.file = file
        self.taken = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        data = self.file.read(-1 if size is None else size)
        if data is None:  # pragma: no cover - a blocking file never says "no data yet"
            return b""
        self.taken += len(data)
        return bytes(data)

    def readinto(self, buffer: object) -> int:  # pragma: no cover - zipfile calls read()
        data = self.read(len(buffer))  # type: ignore[arg-type]
        buffer[: len(data)] = data  # type: ignore[index]
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.file.seek(offset, whence)

    def tell(self) -> int:
        return self.file.tell()

    def close(self) -> None:
        super().close()
        self.file.close()


def _seekable(reader: Reader) -> _CountedFile:
    """The zip's bytes as a seekable file: the regular file itself, the bytes in memory, or a spooled copy."""
    if reader.seekable is not None:
        return _CountedFile(_Unclosed(reader.seekable))
    if reader.whole:
        return _CountedFile(io.BytesIO(reader.read()))
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY)  # noqa: SIM115 - closed with the archive
    try:
        for data in iter(lambda: reader.read(STEP), b""):
            spool.write(data)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    return _CountedFile(spool)


class _Unclosed(io.RawIOBase):
    """A file newsparse opened for the source: the source's reader closes it, not the archive."""

    def __init__(self, file: IO[bytes]) -> None:
        super().__init__()
        self.file = file

    def read(self, size: int | None = -1) -> bytes:
        return self.file.read(-1 if size is None else size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.file.seek(offset, whence)

    def tell(self) -> int:
        return self.file.tell()


# --- shared ----------------------------------------------------------------------------------------------


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    return "not a regular file"


def skipped(name: str, kind: str) -> Problem:
    """The ``member-skipped`` problem of a member that is not a regular file."""
    return Problem("member-skipped", f"{name}: {kind}, not a file; skipped", Location(member=name))


def reason(exc: BaseException) -> str:
    """An exception's message, or its type's name when it has none."""
    return str(exc) or type(exc).__name__
