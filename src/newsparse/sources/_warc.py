"""Web archives (WARC 1.0 and 1.1, ISO 28500): each captured page a member of its own, read one record at a time.

A WARC file is a run of records, each a block of named header lines (``WARC/1.1``,
``WARC-Type``, ``WARC-Target-URI``, ``WARC-Date``, ``Content-Length``...), an empty
line, ``Content-Length`` bytes of content and two line ends. Crawlers write it
plain or, far more often, with each record compressed as a gzip member of its
own (``.warc.gz``); both are recognised by their first bytes, whatever the name.

Records are read forwards through a bounded buffer, so a multi-GB archive never
sits in memory: only the record being read is held, and one whose content is
larger than :data:`~newsparse._limits.MAX_RECORD_BYTES` is skipped with a
``record-over-cap`` problem without being held. What a record holds is judged
by :mod:`newsparse.sources._warcpage`: a ``response`` with a 2xx status and an
HTML, JSON or feed payload, or such a ``resource``, becomes a :class:`Member`
named ``record 3 at byte 12345: https://example.com/a`` (the byte is where the
record starts in the file as stored: its gzip member's offset, as CDX indexes
give it), with :class:`Hints` carrying its address, its WARC-Date and its HTTP
charset. Every other record is counted, and the counts are one
``warc-records-skipped`` problem at the end.

Damage is a problem, never a crash: a record that breaks off at the end of the
file is ``warc-truncated``; bytes that are not a record (a wrong
``Content-Length``, a corrupt gzip member) are ``record-broken``, and reading
goes on at the next record found (the next gzip member, or the next
``WARC/`` version line at a line start).
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterator

from newsparse import _limits
from newsparse._problems import Location, Problem
from newsparse.errors import LimitError
from newsparse.sources._base import Hints, Member, Reader
from newsparse.sources._warcpage import HEAD, binary, fields_of, judge, payload_of

__all__ = ["warc_members"]

_GZIP = b"\x1f\x8b\x08"  # a gzip member's magic number and its one compression method, deflate
_VERSION = re.compile(rb"WARC/[0-9]{1,3}\.[0-9]{1,3}\r?\n")
_HEADER_END = re.compile(rb"\n\r?\n")
_MAX_HEADER = 1 << 20  # bytes: a record's header lines longer than this are not a record
_TAKE = 1 << 16  # compressed bytes read at a time
_STEP = 1 << 20  # bytes decompressed (or read, for a plain file) at a time
_KEEP = 1 << 22  # compressed bytes of the current gzip member kept, to look for the next one if it is corrupt
_SNIFF = 512
_TEXT = re.compile(rb"[^\r\n]")
_LENGTH = re.compile(r"[0-9]{1,18}")  # ASCII digits only (str.isdigit takes "²"), and never a 5,000-digit int


def warc_members(reader: Reader, path: str | None, display: str) -> Records | None:
    """The records of a WARC file (plain, or gzip-compressed record by record), or None when it is not one."""
    head = reader.peek(_SNIFF)
    if head.startswith(_GZIP):
        try:
            if not _VERSION.match(zlib.decompressobj(31).decompress(head, 16)):
                return None
        except zlib.error:
            return None
        gzipped = True
    elif _VERSION.match(head):
        gzipped = False
    else:
        return None
    return Records(_Input(reader, gzipped, display), path, display)


class _Input:
    """The bytes of a WARC file, decompressed gzip member by gzip member, read forwards through a bounded buffer.

    ``pos`` is the offset in the (decompressed) WARC of the first byte not read yet.
    A corrupt gzip member is cut where it fails: ``gap`` is then that offset, and
    the bytes after it are those of the next gzip member found in the file.
    """

    def __init__(self, reader: Reader, gzipped: bool, display: str) -> None:
        self.reader = reader
        self.gzipped = gzipped
        self.display = display
        self.buf = bytearray()
        self.pos = 0
        self.eof = False
        self.gap: int | None = None
        self.why = ""  # why the gzip member before the gap was cut
        self.starts: deque[tuple[int, int]] = deque([(0, 0)])  # (WARC offset, file offset) of gzip members ahead
        self.inflater = zlib.decompressobj(31)
        self.pending = b""  # compressed bytes not given to the inflater yet
        self.cpos = 0  # the file offset of pending[0]
        self.member_out = 0  # bytes the current gzip member gave so far
        self.member_in = 0  # compressed bytes it took so far
        self.history = bytearray()  # those bytes, while they are fewer than _KEEP
        self.lost: int | None = None  # where a gzip member starts that the file ends inside, before it gave a byte

    def offset(self, at: int) -> int:
        """Where the record starting at WARC offset ``at`` starts in the file as stored."""
        if self.gzipped and self.starts and self.starts[0][0] == at:
            return self.starts[0][1]
        return at

    def done(self) -> bool:
        """True when every byte was read."""
        return not self._want(1)

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes; fewer at the end of the input or at a gap."""
        size = min(size, self._want(size))
        out = bytes(self.buf[:size])
        self._drop(size)
        return out

    def discard(self, size: int) -> int:
        """Pass over ``size`` bytes without holding them; returns how many there were (fewer: end or gap)."""
        done = 0
        while done < size:
            step = min(size - done, self._want(min(size - done, _STEP)))
            if step == 0:
                break
            self._drop(step)
            done += step
        return done

    def header_end(self) -> int | None:
        """The length of the header lines ahead (through their empty line), or None if there are none."""
        scanned = 0
        while True:
            have = self._want(scanned + _STEP)
            match = _HEADER_END.search(self.buf, max(0, scanned - 3), min(have, _MAX_HEADER))
            if match is not None:
                return match.end()
            if have <= scanned or have >= _MAX_HEADER:
                return None
            scanned = have

    def skip_blank(self) -> None:
        """Pass over the line ends between two records."""
        while True:
            have = self._want(1)
            text = _TEXT.search(self.buf, 0, have)
            self._drop(have if text is None else text.start())
            if text is not None or have == 0:
                return

    def skip_to_record(self) -> int:
        """Pass over bytes up to the next ``WARC/`` line start, gap or end; returns how many."""
        skipped = 0
        while True:
            have = self._want(_STEP)
            found = self.buf.find(b"\nWARC/", 0, have)
            if found >= 0:
                self._drop(found + 1)
                return skipped + found + 1
            if have < len(self.buf) or self.eof or self.gap == self.pos + have:  # a gap or the end: stop there
                self._drop(have)
                return skipped + have
            drop = max(have - 5, 1)  # keep what may be the start of a "\nWARC/" that the next bytes finish
            self._drop(drop)
            skipped += drop

    def at_gap(self) -> str | None:
        """Why the gzip member before this point was cut, when a gap is here (the gap is then passed)."""
        if self.gap is None or self.gap != self.pos:
            return None
        self.gap = None
        return self.why

    # --- filling the buffer -----------------------------------------------------------------------

    def _want(self, size: int) -> int:
        """Fill the buffer to ``size`` bytes if the input has them; how many bytes may be read before a gap."""
        while len(self.buf) < size and (self.gap is None or self.gap >= self.pos + len(self.buf)) and not self.eof:
            self._fill()
        have = len(self.buf)
        return have if self.gap is None else min(have, self.gap - self.pos)

    def _drop(self, size: int) -> None:
        del self.buf[:size]
        self.pos += size
        while self.starts and self.starts[0][0] < self.pos:
            self.starts.popleft()

    def _fill(self) -> None:
        if not self.gzipped:
            data = self.reader.read(_STEP)
            self.buf += data
            self.eof = not data
            return
        while not self.eof:
            if not self.pending:
                self.pending = self.reader.read(_TAKE)
                if not self.pending:
                    self.eof = True
                    if self.member_in and not self.member_out:  # it ends inside a member that gave nothing yet
                        self.lost = self.cpos - self.member_in
                    return
            try:
                out = self.inflater.decompress(self.pending, _STEP)
            except zlib.error as exc:
                self._cut(f"the gzip member at byte {self.cpos - self.member_in} cannot be decompressed ({exc})")
                return
            ended = self.inflater.eof
            rest = self.inflater.unused_data if ended else self.inflater.unconsumed_tail
            self._took(len(self.pending) - len(rest))
            self.pending = rest
            self._gave(out)
            if ended:
                self._next_member()
            if out:
                return

    def _took(self, used: int) -> None:
        if self.member_in + used <= _KEEP:
            self.history += self.pending[:used]
        else:
            self.history.clear()
        self.member_in += used
        self.cpos += used

    def _gave(self, out: bytes) -> None:
        self.buf += out
        self.member_out += len(out)
        ratio = _limits.MAX_DECOMPRESSION_RATIO
        if self.member_out > _limits.MAX_RECORD_BYTES and self.member_out > ratio * max(self.member_in, 1):
            raise LimitError(
                f"a gzip member of this WARC expands more than {_limits.describe(ratio)} times "
                f"(past {_limits.describe(_limits.MAX_RECORD_BYTES)}), the decompression cap",
                source=self.display,
            )

    def _next_member(self) -> None:
        self.inflater = zlib.decompressobj(31)
        self.member_in = self.member_out = 0
        self.history.clear()
        self.starts.append((self.pos + len(self.buf), self.cpos))

    def _cut(self, why: str) -> None:
        """The current gzip member is corrupt: look for the next one after its start, and mark a gap."""
        intact = self.member_in == len(self.history)  # the member's bytes from its start are all here
        window = (bytes(self.history) if intact else b"") + self.pending
        at = self.cpos - (len(window) - len(self.pending))
        found = window.find(_GZIP, 1 if intact else 0)  # never the corrupt member's own start
        while found < 0:
            at += max(len(window) - 2, 0)
            window = window[-2:]
            more = self.reader.read(_TAKE)
            if not more:
                self.eof = True
                break
            window += more
            found = window.find(_GZIP)
        self.pending, self.cpos = (window[found:], at + found) if found >= 0 else (b"", at + len(window))
        self.gap, self.why = self.pos + len(self.buf), why
        self._next_member()


class Records:
    """The members of a WARC file, read one record at a time, with the problems met on the way.

    Iterate once: each page record is yielded as a :class:`Member` holding its
    decoded payload (named ``record 3 at byte 1546: https://...``, shown in
    messages as ``crawl.warc.gz!record 3 ...``), and the next record is read
    only when the next member is asked for. A :class:`~newsparse.Problem` is
    yielded where it was met, and the ``warc-records-skipped`` summary after
    the last record.
    """

    def __init__(self, data: _Input, path: str | None, display: str) -> None:
        self.data = data
        self.path = path
        self.display = display
        self.problems: list[Problem] = []
        self.skipped: Counter[str] = Counter()
        self.count = 0

    def __iter__(self) -> Iterator[Member | Problem]:
        data = self.data
        while True:
            data.skip_blank()
            why = data.at_gap()  # a corrupt gzip member that gave no byte at all
            if why is not None:
                self.problems.append(Problem("record-broken", f"{why}; skipped", self._at()))
            if data.done():
                break
            for member in self._record(data.pos):
                yield from self._said()
                yield member
            yield from self._said()
        if data.lost is not None:
            self.problems.append(
                Problem(
                    "warc-truncated",
                    f"the file ends inside the gzip member at byte {data.lost}; it is lost",
                    self._at(),
                )
            )
        if self.skipped:
            total = sum(self.skipped.values())
            counts = ", ".join(f"{n} {reason}" for reason, n in self.skipped.items())
            message = f"{total} of {self.count} WARC records are not pages and were skipped: {counts}"
            self.problems.append(Problem("warc-records-skipped", message))
        yield from self._said()

    def _said(self) -> Iterator[Problem]:
        """The problems met since the last were yielded."""
        said, self.problems = self.problems, []
        yield from said

    def _record(self, start: int) -> Iterator[Member]:
        """The member of the record at ``start``, if it is a page (else nothing, and it is counted or reported)."""
        data = self.data
        end = data.header_end()
        if end is None or not _VERSION.match(data.buf):
            self._not_a_record(start, end)
            return
        self.count += 1
        offset = data.offset(start)
        fields = fields_of(data.read(end))
        uri = fields.get("warc-target-uri", "").strip().strip("<>").strip()
        name = f"record {self.count} at byte {offset}" + (f": {uri}" if uri else "")
        length = fields.get("content-length", "").strip()
        if not _LENGTH.fullmatch(length):
            self.problems.append(
                Problem(
                    "record-broken", f"{name} has no valid Content-Length; skipped to the next record", self._at(name)
                )
            )
            data.skip_to_record()
            return
        size = int(length)
        kind = fields.get("warc-type", "").strip().lower()
        if kind not in ("response", "resource"):
            self._skip(kind or "record without a WARC-Type", size, name)
            return
        head = data.read(min(size, HEAD))
        if len(head) < min(size, HEAD):
            self._short(name, size, len(head))
            return
        page = judge(kind, fields, head)
        if isinstance(page, str):
            self._skip(page, size - len(head), name)
            return
        if size > _limits.MAX_RECORD_BYTES:
            cap = _limits.describe(_limits.MAX_RECORD_BYTES)
            self.problems.append(
                Problem("record-over-cap", f"{name} is larger than the record cap ({cap}); skipped", self._at(name))
            )
            self._skip(None, size - len(head), name)
            return
        rest = data.read(size - len(head))
        if len(rest) < size - len(head):
            self._short(name, size, len(head) + len(rest))
            return
        try:
            payload = payload_of(page, head + rest)
        except ValueError as exc:
            self.problems.append(Problem("payload-undecodable", f"{name}: {exc}; skipped", self._at(name)))
            return
        if binary(payload):
            self.skipped["binary payload"] += 1
            return
        date = fields.get("warc-date", "").strip() or None
        hints = Hints(page.charset, uri or None, date, "the capture date (WARC-Date)", offset)
        display = f"{self.display}!{name}"
        yield Member(name, _opener(payload, display), self.path, display, hints)

    def _skip(self, reason: str | None, size: int, name: str) -> None:
        """Pass over the rest of a record that is not a page, and count it under ``reason``."""
        passed = self.data.discard(size)
        if passed < size:
            self._short(name, size, passed)
        elif reason is not None:
            self.skipped[reason] += 1

    def _short(self, name: str, size: int, got: int) -> None:
        """A record that breaks off: at a corrupt gzip member, or at the end of the file."""
        why = self.data.at_gap()
        if why is not None:
            self.problems.append(Problem("record-broken", f"{name} breaks off: {why}; skipped", self._at(name)))
        else:
            message = f"the file ends inside {name} ({got} of its {size} bytes); skipped"
            self.problems.append(Problem("warc-truncated", message, self._at(name)))

    def _not_a_record(self, start: int, end: int | None) -> None:
        data = self.data
        where = f"byte {data.offset(start)}"
        if end is None and data.eof and data.gap is None and _VERSION.match(data.buf):
            self.problems.append(
                Problem("warc-truncated", f"the file ends inside the header of the record at {where}", self._at())
            )
            data.discard(_MAX_HEADER)
            return
        skipped = data.skip_to_record()
        why = data.at_gap()
        because = f" ({why})" if why is not None else ""
        self.problems.append(
            Problem("record-broken", f"{skipped} bytes at {where} are not a WARC record{because}; skipped", self._at())
        )

    def _at(self, member: str | None = None) -> Location:
        """The location of a problem met in the record just read (or between records)."""
        return Location(record=self.count or None, member=member)


def _opener(payload: bytes, display: str) -> Callable[[], Reader]:
    return lambda: Reader.of(payload, display)
