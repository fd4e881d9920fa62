"""Streaming: read a dump in chunks and yield its articles one at a time, in bounded memory.

:func:`iter_load` gives the same articles as :func:`newsparse.load` (same fields,
same offsets, same provenance) without holding the whole text:

1. **Read** the source (opened by :mod:`newsparse.sources`, which also
   decompresses gzip, bzip2 and xz and gives the files of a zip or tar archive
   one after another, each streamed as a source of its own) in chunks of
   ``chunk_size`` bytes, each
   cut after its last line end (a ``\\n``, or a lone ``\\r`` of an old-Mac
   file; never between ``\\r`` and ``\\n``), so that every piece holds whole
   lines. A line longer than
   :data:`~newsparse._limits.MAX_LINE_CHARS` bytes is cut inside, at a space or
   between two ASCII characters, so input without line ends still streams. The
   first read is checked for binary data (``/dev/zero``, an archive) at once.
2. **Decode** the first piece with the same rules as ``load`` (BOM, strict UTF-8,
   declared charset, charset-normalizer on a bounded window). While every piece
   is ASCII the encoding is not decided: at the first non-ASCII piece the same
   rules are applied to the bytes around its first non-UTF-8 byte (32 KiB of the
   ASCII before, 64 KiB after, as ``load`` looks at them), and later pieces are
   decoded with that choice. Cutting at line ends is safe in UTF-8 and in the
   single-byte code pages, and keeps ``\\r\\n`` pairs and runs of control
   characters inside one piece, so line-end, control-character and BOM
   normalisation give the same text as on the whole. UTF-16 and UTF-32 dumps
   are read whole.
3. **Repair** mojibake piece by piece: the repair works line by line, so the
   repaired text and the repaired spans are those of the whole text.
4. **Detect** on the first :data:`~newsparse.detectors.HEAD_SIZE` characters,
   exactly as ``load`` does.
5. **Split** and read the articles with the pipeline ``load`` uses
   (:func:`newsparse._pipeline.split`, this stream being its feed), through
   the chosen detector's streaming hook (see
   :class:`~newsparse.detectors.StreamingDetector`): ``safe_cut(text)`` names an
   offset no article crosses and where splitting can start again, whatever
   follows; the articles before it are read and yielded, the text after it is
   carried into the next block. Offsets stay global. A detector of JSON values
   (``wordpress``, ``json-records``, ``ninjs``) offers ``split_resumable`` instead:
   it reads the elements of an array one by one, keeps where its walk stands, and
   names where the unread rest starts; only that tail is carried (an element
   over the record cap is read past without being held). A detector without
   either hook (a plug-in, the ``whole-text`` fallback) gets the rest of the
   text in one block, as in ``load``. A detector with an ``oversized(text, line)``
   hook (``jsonlines``) names a record over its cap while it is still open: the
   stream reads past the rest of that line without holding it and reports it.
   Until a detector is chosen, and for detectors of records rather than lines,
   a long line is read in pieces of about 1 MiB (a minified JSON array has none).

What can differ from ``load`` on unusual input, because a stream cannot look
ahead: a repair first needed far into the file (invalid UTF-8 bytes after the
first chunk, the first ``\\r\\n`` line end after it) is listed in the provenance of
the articles from that point on, not of those before it; articles read before
the first non-ASCII byte say ``utf-8`` as their encoding (their text is the same
in the encoding chosen later); and the choice between cp1252 and latin-1, or a
declared charset, is checked on the bytes around the first non-ASCII byte, not
on the whole input.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Iterator
from typing import Literal

from newsparse import _limits, sources
from newsparse._api import Source, each_article
from newsparse._decode import (
    HEAD_BYTES,
    _may_have_controls,
    choose_encoding,
    decode,
    normalise,
    refuse_binary,
    replaced,
    utf8_unchanged,
)
from newsparse._model import Article, Detection
from newsparse._pipeline import Context, WholeText, detect, sniff_problems, split
from newsparse._problems import Repair
from newsparse._repair import repair_mojibake
from newsparse.detectors._base import HEAD_SIZE
from newsparse.errors import InputError, NewsparseError

__all__ = ["iter_load"]

CHUNK_SIZE = 1 << 20
"""How many bytes :func:`iter_load` reads at a time by default (1 MiB)."""

_FIRST = 4 * HEAD_SIZE  # bytes in the first piece at least: enough text for detection in any encoding
_WIDE = ("utf-16", "utf-32")
_TAIL = HEAD_BYTES // 2  # ASCII bytes kept before the first non-ASCII piece, as decode() sees them before that byte
_SKIP_PIECE = 1 << 20  # bytes: how long a piece of a long line may be for a detector that caps its records
_NON_ASCII = re.compile(rb"[\x80-\xff]")
# Byte translation for _cut: printable ASCII (never inside a multi-byte character) to "a", everything else to NUL.
_PRINTABLE = bytes(0x61 if 0x20 <= b < 0x7F else 0 for b in range(256))


def iter_load(
    source: Source,
    *,
    detector: str | None = None,
    name: str | None = None,
    chunk_size: int = CHUNK_SIZE,
    problems: list[str] | None = None,
) -> Iterator[Article]:
    """Yield the articles of a dump one at a time, reading it in chunks.

    The streaming form of :func:`load`: ``list(iter_load(source))`` gives the same
    articles as ``load(source)``, but memory stays bounded by the chunk size and
    the longest article, not the size of the dump, so a 1 GB plain-text or JSON
    Lines dump is parsed in well under 200 MB. ``source`` is a path, ``bytes``
    (parsed whole: they are in memory already) or a binary file object, read with
    ``.read(n)`` (stdin and pipes work); gzip, bzip2 and xz input is decompressed
    as it is read, in bounded memory, and the files of a zip or tar archive are
    read one after another, each a source of its own (a zip on a pipe is first
    spooled to a temporary file). ``chunk_size`` is how many bytes are read
    at a time. Problems that concern the whole source (a broken record, a detector
    that failed, a member of an archive that cannot be read) are appended to
    ``problems`` when a list is given; those of a member say which in
    ``problem.location.member``.

    Errors are raised as by :func:`load`; an error found after some articles
    were yielded (an unreadable file, say) is raised at that point, unless other
    members of the archive could be read: it is then a ``member-unreadable``
    problem and the next member is read.

    Example:
        >>> import io
        >>> dump = b"Title A\\n\\nBody A.\\n\\nView 10 times\\n\\nTitle B\\n\\nBody B.\\n\\nView 12 times\\n"
        >>> [(a.title, a.views) for a in iter_load(io.BytesIO(dump))]
        [('Title A', 10), ('Title B', 12)]
        >>> sum(1 for _ in iter_load(io.BytesIO(dump * 5000), chunk_size=4096))
        10000
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be 1 or more")
    sink = problems if problems is not None else []
    if isinstance(source, bytes | bytearray | memoryview) or not _streamable(source):
        yield from _whole(source, detector, name, sink)
        return
    with sources.opened(source, name, stream=True) as members:
        yield from sources.each_member(
            members, lambda member, found: _Stream(member.open(), member, detector, chunk_size, found).articles(), sink
        )


def _streamable(source: object) -> bool:
    if isinstance(source, str | os.PathLike):
        return True
    return callable(getattr(source, "read", None))


def _whole(source: Source, detector: str | None, name: str | None, sink: list[str]) -> Iterator[Article]:
    yield from each_article(source, detector, name, sink)


class _Stream:
    """The state of one streaming parse: the reader, the decoder's choices, the block being split."""

    def __init__(
        self, reader: sources.Reader, member: sources.Member, forced: str | None, chunk: int, sink: list[str]
    ) -> None:
        self.reader = reader
        self.path = member.source
        self.display = member.display
        self.member = member.name
        self.hints = member.hints
        self.declared = member.hints.encoding if member.hints else None
        self.forced = forced
        self.chunk = chunk
        self.problems = sink
        self.pending = b""  # bytes read after the last newline byte, not decoded yet
        self.eof = False
        self.encoding: str | None = None  # None while every piece so far is ASCII: not decided yet
        self.errors = "strict"
        self.repairs: list[Repair] = []
        self.head = b""  # the first bytes of the input, where decode() looks for a declared charset
        self.tail: deque[bytes] = deque()  # the last ASCII pieces before the first non-ASCII one
        self.kept = 0  # how many bytes they hold
        self.lead: Literal["input", "line", "inside"] = "input"  # where the next piece starts
        self.line_cap: int | None = None  # a lower cap for cutting inside a line, while records are capped
        self.failure: Exception | None = None  # a reading or decoding error: raised, never taken for a detector's

    # --- reading and decoding -------------------------------------------------------------------

    def _read(self, size: int) -> bytes:
        try:
            return self.reader.read(size)
        except NewsparseError as exc:  # cannot be read, or a compressed member cannot be decompressed
            raise self._failed(exc) from None

    def _failed(self, error: Exception) -> Exception:
        """Remember ``error`` as the stream's own, so that the detector fallback re-raises it."""
        self.failure = error
        return error

    def _piece(self, size: int) -> bytes:
        """The next bytes up to a line end (everything left at the end of the input).

        A piece ends after a ``\\n`` or a lone ``\\r`` (never between ``\\r`` and ``\\n``);
        a line longer than :data:`~newsparse._limits.MAX_LINE_CHARS` bytes (or
        ``self.line_cap`` when it is set lower) is cut inside (see :func:`_cut`), so
        that memory stays bounded without line ends.
        """
        parts = [self.pending]
        have = len(self.pending)
        cap = max(min(_limits.MAX_LINE_CHARS, self.line_cap or _limits.MAX_LINE_CHARS), 8)
        while not self.eof:
            data = self._read(max(size - have, self.chunk))
            if not data:
                self.eof = True
                break
            parts.append(data)
            have += len(data)
            if have >= size and (b"\n" in data or data.find(b"\r", 0, len(data) - 1) >= 0 or have >= cap):
                break
        joined = b"".join(parts)
        if self.eof:
            self.pending = b""
            return joined
        cut = _cut(joined, cap)
        self.pending = joined[cut:]
        return joined[:cut]

    def _repaired(self, data: bytes) -> tuple[str, list[tuple[int, int]]]:
        """A later piece decoded, normalised and repaired: its text and the repaired spans in it."""
        text, encoded = self._decode(data)
        return repair_mojibake(text, encoded)

    def _decode(self, data: bytes) -> tuple[str, bytes | None]:
        """Decode a later piece and normalise it; the first non-ASCII piece decides an undecided encoding.

        Returns the text and, when it is the piece's bytes decoded as strict UTF-8 and left as they were (no
        byte replaced, nothing normalised), those bytes: the text's UTF-8, which the mojibake gate reads.
        """
        if self.encoding is None:
            if data.isascii():
                self._keep_tail(data)
                return self._normalised(data.decode("ascii"), data, "utf-8")[0], None  # ASCII: never repaired
            try:
                data = self._decide(data)
            except InputError as exc:  # not text in any encoding newsparse can identify
                raise self._failed(exc) from None
        assert self.encoding is not None
        strict = self.errors == "strict"
        try:
            text = data.decode(self.encoding, errors=self.errors)
        except UnicodeDecodeError:
            strict = False
            self.errors = "replace"
            text = data.decode(self.encoding, errors="replace")
            self._note(replaced(self.encoding))
        text, changed = self._normalised(text, data, self.encoding)
        return text, data if strict and not changed and self.encoding == "utf-8" else None

    def _decide(self, data: bytes) -> bytes:
        """Choose the encoding at the first non-ASCII piece, by the rules :func:`decode` applies to the whole.

        Every byte before is ASCII, the same in every encoding ``decode`` may choose
        for such input. The choice is made on the kept ASCII tail before the piece
        plus the piece, extended as :meth:`_widened` says. Returns the extended piece.
        """
        data, bad = self._widened(data)
        if bad is None:
            self.encoding = "utf-8"
            return data
        view = b"".join(self.tail)[-_TAIL:] + data
        first_bad = len(view) - len(data) + bad
        self.encoding = choose_encoding(view, first_bad, head=self.head, source=self.display, declared=self.declared)
        return data

    def _widened(self, data: bytes) -> tuple[bytes, int | None]:
        """``data`` (with a non-ASCII byte) and whole lines after it, up to 64 KiB past its first non-UTF-8 byte.

        That is what ``decode`` looks at after the first byte that is not strict UTF-8.
        Returns the extended bytes and the offset of that byte (None: all valid UTF-8).
        """
        parts = [data]
        size = len(data)
        mark = _NON_ASCII.search(data).start()  # type: ignore[union-attr]  # the caller saw a non-ASCII byte
        while True:
            while size - mark < HEAD_BYTES and not self.eof:
                more = self._piece(self.chunk)
                parts.append(more)
                size += len(more)
            data = b"".join(parts)
            parts = [data]
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as exc:
                if size - exc.start < HEAD_BYTES and not self.eof:
                    mark = exc.start
                    continue
                return data, exc.start
            return data, None

    def _keep_tail(self, data: bytes) -> None:
        """Keep the last :data:`_TAIL` bytes read so far (and up to one piece more), in linear time."""
        self.tail.append(data)
        self.kept += len(data)
        while self.kept - len(self.tail[0]) >= _TAIL:
            self.kept -= len(self.tail.popleft())

    def _normalised(self, text: str, data: bytes, encoding: str) -> tuple[str, bool]:
        """The piece's text normalised, and whether that changed it.

        ``normalise`` says each change as a repair, but for a byte order mark at the start of the input (a
        later piece does not start the input: this is not the first).
        """
        text, more = normalise(text, surrogates=False, controls=_may_have_controls(data, encoding), lead=self.lead)
        for phrase in more:
            self._note(phrase)
        changed = bool(more) or self.lead == "input"
        self.lead = _lead_after(data)
        return text, changed

    def _note(self, phrase: Repair) -> None:
        if phrase not in self.repairs:
            self.repairs.append(phrase)

    # --- the pipeline ---------------------------------------------------------------------------

    def articles(self) -> Iterator[Article]:
        """Yield every article of the source."""
        self.pending = self._read(max(_FIRST, self.chunk))
        refuse_binary(self.pending, source=self.display)  # /dev/zero or an archive: refused after one read
        self.capped(True)  # until a detector is chosen, a long line is read in pieces (a minified JSON array)
        first = self._piece(max(_FIRST, self.chunk))
        self._see_end()
        if not self.eof and not first.isascii():  # decode() must see 64 KiB past the first bad byte, as on the whole
            first, _ = self._widened(first)
            self._see_end()
        if self.eof:  # all there: decoded once, as a whole (and never checked as UTF-8 before)
            yield from self._rest_whole(first)
            return
        decoded = decode(first, source=self.display, declared=self.declared)
        if decoded.encoding is None or decoded.encoding.startswith(_WIDE):
            yield from self._rest_whole(first)
            return
        self.head = first[:HEAD_BYTES]
        if first.isascii():
            self._keep_tail(first)  # undecided: every later ASCII piece reads the same in any encoding
        else:
            self.encoding = decoded.encoding
        self.repairs = list(decoded.repairs)
        self.lead = _lead_after(first)
        if any(r.code in ("invalid-utf8-replaced", "undecodable-replaced") for r in self.repairs):
            self.errors = "replace"
        text, spans = repair_mojibake(decoded.text, first if utf8_unchanged(first, decoded) else None)
        while len(text) < HEAD_SIZE and not self.eof:  # detection looks at HEAD_SIZE characters
            more, more_spans = self._repaired(self._piece(self.chunk))
            spans += [(a + len(text), b + len(text)) for a, b in more_spans]
            text += more
        detection = detect(text, self.forced)
        self.problems.extend(sniff_problems(detection))
        yield from split(self, text, spans, detection, self.problems)

    def _see_end(self) -> None:
        """Find out whether the input ends after what was read: one more byte is read (and kept for later).

        An input that ends within its first piece and a line (a file just over the
        chunk size) is then parsed whole, as ``load`` does, rather than split as a
        stream that looks for safe cuts in a block that is all there is.
        """
        if not self.eof:
            more = self._read(1)
            if more:
                self.pending += more
            else:
                self.eof = True

    def _rest_whole(self, first: bytes) -> Iterator[Article]:
        """Small inputs and wide encodings: read everything and parse it as ``load`` does."""
        rest = [first]
        while not self.eof:
            rest.append(self._piece(self.chunk))
        if self.pending:  # bytes after the last line end, when the end was seen by _see_end
            rest.append(self.pending)
        self.pending = b""
        data = b"".join(rest)  # one piece (a small input) is joined as it is, not copied
        del rest
        decoded = decode(data, source=self.display, declared=self.declared)
        encoded = data if utf8_unchanged(data, decoded) else None  # the mojibake gate reads them: not encoded again
        del data
        repairs = list(decoded.repairs)
        text, encoding = decoded.text, decoded.encoding
        del decoded
        # as parse_decoded reads it, but each article is handed on when read, not kept until the last is
        problems, member, hints = self.problems, self.member, self.hints
        read = WholeText(text, self.path, encoding, repairs, self.forced, problems, member, hints, encoded)
        del encoded, text
        yield from read

    # --- the feed of the pipeline: more text on demand ------------------------------------------

    def capped(self, capped: bool) -> None:
        """A detector that caps its records reads long lines in small pieces.

        The cap is then noticed soon after it is passed, and a skipped line is never
        held (whole lines do not matter to such a detector).
        """
        self.line_cap = max(self.chunk, _SKIP_PIECE) if capped else None

    def context(self, spans: list[tuple[int, int]], detection: Detection) -> Context:
        """The provenance of the articles of the current block (the repairs found so far)."""
        encoding = self.encoding or "utf-8"
        return Context(self.path, encoding, tuple(self.repairs), spans, detection, self.member, self.hints)

    def skip_line(self, text: str, spans: list[tuple[int, int]], base: int) -> tuple[int, str, list[tuple[int, int]]]:
        """Read past the rest of the line that ``text`` starts, holding one piece at a time.

        Returns the global offset where the line ends (its ``\\n``, or the end of the
        input) and the text after that ``\\n`` with its repaired spans.
        """
        offset = base + len(text)
        while not self.eof:
            more, more_spans = self._repaired(self._piece(self.chunk))
            newline = more.find("\n")
            if newline >= 0:
                kept = [(a + offset, b + offset) for a, b in more_spans if b + offset > offset + newline]
                return offset + newline, more[newline + 1 :], kept
            offset += len(more)
        return offset, "", []

    def more(
        self, text: str, spans: list[tuple[int, int]], base: int, size: int = 0, *, whole: bool = False
    ) -> tuple[str, list[tuple[int, int]]]:
        """Append the next ``size`` bytes (or, with ``whole``, all the rest) of repaired text to the block."""
        parts = [text]
        spans = list(spans)
        offset = base + len(text)
        while not self.eof:
            more, more_spans = self._repaired(self._piece(size or self.chunk))
            spans.extend((a + offset, b + offset) for a, b in more_spans)
            parts.append(more)
            offset += len(more)
            if not whole:
                break
        return "".join(parts), spans


def _cut(data: bytes, cap: int) -> int:
    """Where to end a piece of ``data``: after its last line end, else (a line of ``cap`` bytes or more) inside it.

    After the last ``\\n`` or the last ``\\r`` that is not the final byte (a ``\\r\\n``
    pair is never split, and the line-end normalisation of each piece is that of
    the whole). Without a line end: after the last space in the second half, else
    between the last two printable ASCII bytes there (never inside a character in
    UTF-8, the single-byte code pages or the double-byte CJK encodings, and never
    inside a run of control characters), else at the end, moved back off UTF-8
    continuation bytes. Each cut without a line end keeps at least half the bytes,
    so a long line costs linear time.
    """
    line_end = max(data.rfind(b"\n") + 1, data.rfind(b"\r", 0, len(data) - 1) + 1)
    if line_end > 0 or len(data) < cap:
        return line_end
    half = len(data) // 2
    space = data.rfind(b" ", half)
    if space >= 0:
        return space + 1
    pair = data.translate(_PRINTABLE).rfind(b"aa", half)
    if pair >= 0:
        return pair + 1
    cut = len(data) - 1
    while cut > len(data) - 4 and 0x80 <= data[cut] < 0xC0:
        cut -= 1
    return cut


def _lead_after(data: bytes) -> Literal["line", "inside"]:
    """Where the piece after ``data`` starts: at a line start, or inside a line cut for its length."""
    return "line" if data.endswith((b"\n", b"\r")) else "inside"
