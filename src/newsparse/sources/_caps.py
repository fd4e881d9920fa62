"""The caps on compressed and bundled input, checked on the bytes actually produced.

Two checks, both on counts newsparse makes itself (never on the sizes an archive
declares): the decompression ratio, wherever data is decompressed (a gzip,
bzip2 or xz stream, a compressed zip member), and the expanded size of each
member a container hands on to be parsed (:class:`Sized`). The values come from
:func:`newsparse._limits.current`, taken when the source is opened.
"""

from __future__ import annotations

from newsparse import _limits
from newsparse.errors import LimitError
from newsparse.sources._base import Reader

__all__ = ["STEP", "Sized", "check_ratio", "size_words"]

STEP = 1 << 20
"""Bytes produced at a time when a reader is asked for all the rest: every cap is checked between steps."""


def size_words(size: int) -> str:
    """A size for messages: ``"16 GiB"``, ``"64 MiB"``, ``"65536 bytes"``."""
    words = _limits.describe(size)
    return words if words.endswith("iB") else f"{words} bytes"


def check_ratio(given: int, taken: int, what: str, display: str, caps: _limits.Limits) -> None:
    """Raise :class:`~newsparse.LimitError` when ``given`` bytes out of ``taken`` compressed ones is a bomb.

    ``given`` may always reach :data:`~newsparse._limits.MAX_RECORD_BYTES`; past
    it, no more than ``caps.decompression_ratio`` times ``taken``.
    """
    ratio = caps.decompression_ratio
    if given > _limits.MAX_RECORD_BYTES and given > ratio * max(taken, 1):
        raise LimitError(
            f"{what} expands more than {ratio} times (past {_limits.describe(_limits.MAX_RECORD_BYTES)}), "
            "the decompression cap (MAX_DECOMPRESSION_RATIO); decompress it first if it is genuine, "
            "or raise the cap with newsparse.limits(decompression_ratio=...)",
            source=display,
        )


class Sized:
    """A member's bytes, counted as they are read, refused past the cap on one member's size.

    Example:
        >>> reader = Reader.of(b"x" * 10, "a.zip!a.txt")
        >>> sized = Sized(reader, _limits.Limits(4, 100, 3))
        >>> sized.read(3)
        b'xxx'
        >>> sized.read(3)
        Traceback (most recent call last):
        ...
        newsparse.errors.LimitError: a.zip!a.txt: expands past 4 bytes, the cap on the size of one member \
(MAX_MEMBER_BYTES); raise it with newsparse.limits(member_bytes=...)
    """

    def __init__(self, reader: Reader, caps: _limits.Limits) -> None:
        self.reader = reader
        self.cap = caps.member_bytes
        self.given = 0

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (all the rest, in steps, when negative)."""
        if size < 0:
            return b"".join(iter(lambda: self.read(STEP), b""))
        data = self.reader.read(min(size, self.cap + 1 - self.given) if self.given <= self.cap else 1)
        self.given += len(data)
        if self.given > self.cap:
            raise LimitError(
                f"expands past {size_words(self.cap)}, the cap on the size of one member (MAX_MEMBER_BYTES); "
                "raise it with newsparse.limits(member_bytes=...)",
                source=self.reader.display,
            )
        return data

    def close(self) -> None:
        """Close the member's reader."""
        self.reader.close()
