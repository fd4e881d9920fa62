"""What the sources stage hands on: a :class:`Reader` of bytes, and the named :class:`Member` it belongs to."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

import attrs

from newsparse.errors import NewsparseError, SourceError

__all__ = ["Hints", "Member", "Reader"]


class Reader:
    """The bytes of one source or member, read through one door.

    ``read(size)`` returns up to ``size`` bytes (all the rest when ``size`` is
    negative); an error of the underlying read becomes a
    :class:`~newsparse.SourceError` naming ``display``, a ``str`` (a text-mode
    file) is encoded as UTF-8, anything else that is not bytes is refused.
    :meth:`peek` looks at the first bytes without consuming them, so that a
    container can be recognised by its magic number on a pipe too.

    ``whole`` says that reading everything at once is safe and expected (bytes in
    memory, a regular file, a file object given to ``load``): :meth:`peek` then
    reads it all, with one ``read()`` call and no size, as ``load`` always did.
    ``seekable`` is the underlying file when it is a regular file newsparse
    opened (a zip archive is read from it by seeking, never copied); :meth:`peek`
    then reads no more than asked.

    Example:
        >>> import io
        >>> reader = Reader(io.BytesIO(b"Title\\n\\nBody.").read, "<bytes>")
        >>> reader.peek(5), reader.read(7), reader.read()
        (b'Title', b'Title\\n\\n', b'Body.')
    """

    def __init__(
        self,
        read: Callable[..., object],
        display: str,
        *,
        whole: bool = False,
        close: Callable[[], object] | None = None,
        strerror: bool = False,
        seekable: IO[bytes] | None = None,
    ) -> None:
        self.display = display
        self.whole = whole
        self.seekable = seekable
        self.eof = False
        self._read = read
        self._close = close
        self._strerror = strerror  # name an OSError by its strerror alone ("No such file or directory")
        self._buffer = b""

    @classmethod
    def of(cls, data: bytes, display: str) -> Reader:
        """A reader of bytes already in memory."""
        reader = cls(bytes, display, whole=True)
        reader._buffer = data
        reader.eof = True
        return reader

    def peek(self, size: int) -> bytes:
        """The first ``size`` bytes (fewer at the end of the input), kept for the next :meth:`read`."""
        whole = self.whole and self.seekable is None
        while len(self._buffer) < size and not self.eof:
            data = self._raw(-1 if whole else size - len(self._buffer))
            self.eof = whole or not data
            self._buffer += data
        return self._buffer

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (all the rest when negative); ``b""`` at the end of the input."""
        if size < 0 and self._buffer and self.seekable is not None and not self.eof:
            self.seekable.seek(-len(self._buffer), 1)  # read the peeked bytes again: no copy of a whole file
            self._buffer = b""
        if size < 0:
            out, self._buffer = self._buffer, b""
        else:
            out, self._buffer = self._buffer[:size], self._buffer[size:]
        if self.eof or len(out) >= size >= 0:
            return out
        more = self._raw(size - len(out) if size >= 0 else -1)
        self.eof = size < 0 or not more
        return out + more if out else more

    def close(self) -> None:
        """Close what was opened for this reader (never a file object the caller passed in)."""
        if self._close is not None:
            self._close()

    def _raw(self, size: int) -> bytes:
        try:
            data = self._read() if size < 0 else self._read(size)
        except NewsparseError:
            raise  # already says what is wrong (a cap, binary data inside a compressed stream)
        except (OSError, ValueError) as exc:
            reason = (getattr(exc, "strerror", None) if self._strerror else None) or str(exc)
            raise SourceError(f"cannot be read ({reason})", source=self.display) from None
        if isinstance(data, str):  # a text-mode file
            data = data.encode("utf-8", errors="surrogatepass")
        if not isinstance(data, bytes | bytearray):
            raise SourceError(f"read() returned {type(data).__name__}, not bytes", source=self.display)
        return bytes(data)


@attrs.frozen
class Hints:
    """What a container knows about one member that the member's own text may not say.

    A web archive's record, say, knows the page's address, when it was captured
    and the charset its server declared. The pipeline decodes the member with
    ``encoding`` as the declared charset (strict UTF-8 is still tried first, and a
    charset the bytes contradict is not used) and gives ``url`` and ``published``
    to the articles that have none of their own; a date filled in this way is
    said in the article's provenance as a repair coded ``date-from-capture``.

    Attributes:
        encoding: the charset declared for the member's bytes (an HTTP ``Content-Type`` charset).
        url: the address to give articles without one (a WARC record's target URI).
        published: the date to give articles without one, as the container writes it (a WARC-Date).
        published_is: what that date is, for the repair's message ("the capture date (WARC-Date)").
        offset: where the member starts in the source, in bytes as stored.

    Example:
        >>> Hints(url="https://example.com/a", published="2024-03-01T12:00:00Z", offset=512).url
        'https://example.com/a'
    """

    encoding: str | None = None
    url: str | None = None
    published: str | None = None
    published_is: str = "the container's date"
    offset: int | None = None


@attrs.frozen
class Member:
    """One named stream of bytes in a source: the source itself, or one file of a container.

    Attributes:
        name: the member's name inside its container (``"dump.jsonl"`` inside
            ``dump.jsonl.gz``), or ``None`` when the member is the source itself.
        open: returns the member's :class:`Reader`.
        source: the path of the source, for provenance (``None`` for bytes and streams).
        display: how errors name the source.
        hints: what the container knows about the member (its address, date, charset), or ``None``.
    """

    name: str | None
    open: Callable[[], Reader]
    source: str | None
    display: str
    hints: Hints | None = None
