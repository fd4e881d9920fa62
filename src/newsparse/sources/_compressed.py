"""Single-file compressed sources: gzip, bzip2 and xz, decompressed as they are read.

A compressed source holds one member, the file that was compressed: its name is
the source's name without the ``.gz``, ``.bz2`` or ``.xz`` suffix. Reading it
decompresses in bounded steps (never more than was asked for at a time), so a
stream stays in bounded memory, and a decompression bomb is stopped by
:data:`~newsparse._limits.MAX_DECOMPRESSION_RATIO` (the member's size is capped
where it is handed on, see :mod:`newsparse.sources._open`). Inside an archive
(``2024/a.jsonl.gz`` in a tar) the member keeps the archive's name for it. Data that is not what its
magic number says, or that ends early, is refused as a
:class:`~newsparse.BinaryInputError` naming the format.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from typing import IO, cast

from newsparse import _limits
from newsparse.errors import BinaryInputError, NewsparseError
from newsparse.sources._base import Member, Reader
from newsparse.sources._caps import STEP, check_ratio

__all__ = ["MAGIC", "compressed_kind", "compressed_members"]

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
)
"""The magic numbers of the compressed formats read here, and their names."""

_SUFFIXES = {"gzip": (".gz", ".gzip"), "bzip2": (".bz2", ".bzip2"), "xz": (".xz",)}
# Compressed bytes handed to the decompressor at a time, whatever it asks for (Python 3.12's gzip asks for
# 128 KiB): the decompression cap compares output with input consumed, so the input must come in small steps.
_TAKE = 8192


def compressed_kind(head: bytes) -> str | None:
    """``"gzip"``, ``"bzip2"`` or ``"xz"`` when ``head`` starts with that format's magic number, else None."""
    return next((kind for magic, kind in MAGIC if head.startswith(magic)), None)


def compressed_members(reader: Reader, path: str | None, display: str) -> list[Member] | None:
    """The one member of a gzip, bzip2 or xz source, or None when ``reader`` holds none of these."""
    kind = compressed_kind(reader.peek(6))
    if kind is None:
        return None
    inflating = _Inflating(reader, kind, display)
    member = Reader(inflating.read, display, close=inflating.close)
    return [Member(_member_name(display, kind), lambda: member, path, display)]


def _member_name(display: str, kind: str) -> str:
    """``dump.jsonl`` for ``dir/dump.jsonl.gz``; the name itself when it has no such suffix."""
    base = os.path.basename(display) or display
    for suffix in _SUFFIXES[kind]:
        if base.lower().endswith(suffix) and len(base) > len(suffix):
            return base[: -len(suffix)]
    return base


class _Counted:
    """The compressed bytes, counted as the decompressor reads them (a file object for gzip, bz2, lzma)."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.taken = 0
        self.mode = "rb"
        self.name = ""

    def read(self, size: int = -1) -> bytes:
        data = self.reader.read(_TAKE if size < 0 else min(size, _TAKE))
        self.taken += len(data)
        return data

    def readable(self) -> bool:
        return True


class _Inflating:
    """The decompressed bytes of one member, at most ``size`` at a time, within the decompression cap."""

    def __init__(self, reader: Reader, kind: str, display: str) -> None:
        self.kind = kind
        self.display = display
        self.counted = _Counted(reader)
        self.given = 0
        self.caps = _limits.current()
        self.failed: NewsparseError | None = None  # once failed, always failed: a bomb is never read on
        self.file, self.errors = _OPENERS[kind](cast("IO[bytes]", self.counted))

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            return b"".join(iter(lambda: self.read(STEP), b""))
        if self.failed is not None:
            raise self.failed
        try:
            data = self._inflate(size)
            self.given += len(data)
            check_ratio(self.given, self.counted.taken, f"{self.kind}-compressed data", self.display, self.caps)
        except NewsparseError as exc:
            self.failed = exc
            raise
        return data

    def _inflate(self, size: int) -> bytes:
        try:
            return self.file.read(size)
        except NewsparseError:
            raise  # the compressed bytes cannot be read: the reader said why
        except self.errors as exc:  # the format's own error, BadGzipFile, EOFError when the data ends early
            reason = str(exc) or type(exc).__name__
            raise BinaryInputError(
                f"binary data ({self.kind}-compressed data that cannot be decompressed: {reason}), not text",
                source=self.display,
            ) from None

    def close(self) -> None:
        self.file.close()
        self.counted.reader.close()


_Errors = tuple[type[Exception], ...]
_READ_ERRORS: _Errors = (OSError, EOFError, ValueError)


def _gzip(raw: IO[bytes]) -> tuple[io.BufferedIOBase, _Errors]:
    import gzip
    import zlib

    return gzip.GzipFile(fileobj=raw, mode="rb"), (*_READ_ERRORS, zlib.error)


def _bzip2(raw: IO[bytes]) -> tuple[io.BufferedIOBase, _Errors]:
    import bz2

    return bz2.BZ2File(raw), _READ_ERRORS


def _xz(raw: IO[bytes]) -> tuple[io.BufferedIOBase, _Errors]:
    import lzma

    return lzma.LZMAFile(raw), (*_READ_ERRORS, lzma.LZMAError)


_OPENERS: dict[str, Callable[[IO[bytes]], tuple[io.BufferedIOBase, _Errors]]] = {
    "gzip": _gzip,
    "bzip2": _bzip2,
    "xz": _xz,
}
