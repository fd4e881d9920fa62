"""Streaming: read a dump in chunks and yield its articles one at a time, in bounded memory.

:func:`iter_load` gives the same articles as :func:`newsparse.load` (same fields,
same offsets, same provenance) without holding the whole text:

1. **Read** the source in chunks of ``chunk_size`` bytes, each cut after its last
   newline byte, so that every piece holds whole lines.
2. **Decode** the first piece with the same rules as ``load`` (BOM, strict UTF-8,
   declared charset, charset-normalizer on a bounded window) and every later piece
   with the encoding chosen there. Cutting at newlines is safe in UTF-8 and in the
   single-byte code pages, and keeps ``\\r\\n`` pairs and runs of control
   characters inside one piece, so line-end and control-character normalisation
   give the same text as on the whole. UTF-16 and UTF-32 dumps are read whole.
3. **Repair** mojibake piece by piece: the repair works line by line, so the
   repaired text and the repaired spans are those of the whole text.
4. **Detect** on the first :data:`~newsparse.detectors.HEAD_SIZE` characters,
   exactly as ``load`` does.
5. **Split** with the chosen detector's streaming hook (see
   :class:`~newsparse.detectors.StreamingDetector`): ``safe_cut(text)`` names an
   offset no article crosses and where splitting can start again, whatever
   follows; the articles before it are read and yielded, the text after it is
   carried into the next block. Offsets stay global. A detector without the hook
   (a plug-in, ``wordpress``, the ``whole-text`` fallback) gets the rest of the
   text in one block, as in ``load``.

What can differ from ``load`` on unusual input, because a stream cannot look
ahead: a repair first needed far into the file (invalid UTF-8 bytes after the
first chunk, the first ``\\r\\n`` line end after it) is listed in the provenance of
the articles from that point on, not of those before it.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterator
from typing import IO

from newsparse._api import (
    Source,
    _article,
    _checked,
    _Context,
    _detect,
    _fallback_order,
    _parse,
    _read,
    _record_problems,
    parse,
)
from newsparse._decode import _may_have_controls, decode, normalise
from newsparse._model import Article, Detection
from newsparse._repair import repair_mojibake
from newsparse.detectors._base import HEAD_SIZE, RawArticle
from newsparse.detectors._registry import get_detector
from newsparse.errors import SourceError

__all__ = ["iter_load"]

CHUNK_SIZE = 1 << 20
"""How many bytes :func:`iter_load` reads at a time by default (1 MiB)."""

_FIRST = 4 * HEAD_SIZE  # bytes in the first piece at least: enough text for detection in any encoding
_WIDE = ("utf-16", "utf-32")


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
    ``.read(n)`` (stdin and pipes work). ``chunk_size`` is how many bytes are read
    at a time. Problems that concern the whole source (a broken record, a detector
    that failed) are appended to ``problems`` when a list is given.

    Errors are raised as by :func:`load`; an error found after some articles
    were yielded (an unreadable file, say) is raised at that point.

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
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        if isinstance(path, str) and ("\n" in path or len(path) > 4096):
            _read(path, name)  # raises the same SourceError as load()
        display = name or str(path)
        try:
            handle: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed in the finally below
        except IsADirectoryError:
            raise SourceError("is a directory, not a file", source=display) from None
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise SourceError(f"cannot be read ({reason})", source=display) from None
        try:
            yield from _Stream(handle, str(path), display, detector, chunk_size, sink).articles()
        finally:
            handle.close()
        return
    source_name = getattr(source, "name", None)
    is_path = isinstance(source_name, str) and not (source_name.startswith("<") and source_name.endswith(">"))
    display = name or str(source_name if source_name is not None else "<stream>")
    stream = _Stream(source, source_name if is_path else None, display, detector, chunk_size, sink)
    yield from stream.articles()


def _streamable(source: object) -> bool:
    if isinstance(source, str | os.PathLike):
        return True
    return callable(getattr(source, "read", None))


def _whole(source: Source, detector: str | None, name: str | None, sink: list[str]) -> Iterator[Article]:
    result = parse(source, detector=detector, name=name)
    sink.extend(result.problems)
    yield from result.articles


class _Stream:
    """The state of one streaming parse: the reader, the decoder's choices, the block being split."""

    def __init__(
        self, handle: IO[bytes], path: str | None, display: str, forced: str | None, chunk: int, sink: list[str]
    ) -> None:
        self.handle = handle
        self.path = path
        self.display = display
        self.forced = forced
        self.chunk = chunk
        self.problems = sink
        self.pending = b""  # bytes read after the last newline byte, not decoded yet
        self.eof = False
        self.encoding: str | None = None
        self.errors = "strict"
        self.repairs: list[str] = []

    # --- reading and decoding -------------------------------------------------------------------

    def _read(self, size: int) -> bytes:
        try:
            data: object = self.handle.read(size)  # a text-mode file returns str: accepted, as by load()
        except (OSError, ValueError) as exc:
            raise SourceError(f"cannot be read ({exc})", source=self.display) from None
        if isinstance(data, str):
            data = data.encode("utf-8", errors="surrogatepass")
        if not isinstance(data, bytes | bytearray):
            raise SourceError(f"read() returned {type(data).__name__}, not bytes", source=self.display)
        return bytes(data)

    def _piece(self, size: int) -> bytes:
        """The next bytes up to and including a newline byte (everything left at the end of the input)."""
        parts = [self.pending]
        have = len(self.pending)
        while not self.eof:
            data = self._read(max(size - have, self.chunk))
            if not data:
                self.eof = True
                break
            parts.append(data)
            have += len(data)
            if have >= size and b"\n" in data:
                break
        joined = b"".join(parts)
        if self.eof:
            self.pending = b""
            return joined
        cut = joined.rfind(b"\n") + 1
        self.pending = joined[cut:]
        return joined[:cut]

    def _decode(self, data: bytes) -> str:
        """Decode a later piece with the encoding chosen on the first, and normalise it."""
        assert self.encoding is not None
        try:
            text = data.decode(self.encoding, errors=self.errors)
        except UnicodeDecodeError:
            self.errors = "replace"
            text = data.decode(self.encoding, errors="replace")
            phrase = "invalid UTF-8 bytes replaced" if self.encoding == "utf-8" else None
            self._note(phrase or f"undecodable bytes replaced ({self.encoding})")
        text, more = normalise(text, surrogates=False, controls=_may_have_controls(data, self.encoding))
        for phrase in more:
            self._note(phrase)
        return text

    def _note(self, phrase: str) -> None:
        if phrase not in self.repairs:
            self.repairs.append(phrase)

    # --- the pipeline ---------------------------------------------------------------------------

    def articles(self) -> Iterator[Article]:
        """Yield every article of the source."""
        first = self._piece(max(_FIRST, self.chunk))
        decoded = decode(first, source=self.display)
        if self.eof or decoded.encoding is None or decoded.encoding.startswith(_WIDE):
            yield from self._rest_whole(first)
            return
        self.encoding = decoded.encoding
        self.repairs = list(decoded.repairs)
        if any(r.startswith(("invalid UTF-8", "undecodable")) for r in self.repairs):
            self.errors = "replace"
        text, spans = repair_mojibake(decoded.text)
        while len(text) < HEAD_SIZE and not self.eof:  # detection looks at HEAD_SIZE characters
            more, more_spans = repair_mojibake(self._decode(self._piece(self.chunk)))
            spans += [(a + len(text), b + len(text)) for a, b in more_spans]
            text += more
        detection = _detect(text, self.forced)
        self.problems.extend(
            f"detector {s.name!r} crashed while sniffing: {s.error}" for s in detection.ranking if s.error
        )
        yield from self._split(text, spans, detection)

    def _rest_whole(self, first: bytes) -> Iterator[Article]:
        """Small inputs and wide encodings: read everything and parse it as ``load`` does."""
        rest = [first]
        while not self.eof:
            rest.append(self._piece(self.chunk))
        decoded = decode(b"".join(rest), source=self.display)
        del rest
        result = _parse(decoded.text, self.path, decoded.encoding, list(decoded.repairs), self.forced)
        self.problems.extend(result.problems)
        yield from result.articles

    def _split(self, text: str, spans: list[tuple[int, int]], detection: Detection) -> Iterator[Article]:
        """Split block after block with the chosen detector, falling back down the ranking if it fails."""
        order = _fallback_order(detection)
        base = 0  # global offset of text[0]
        line = 1  # number of the line text starts on
        floor = 0  # global end of the last raw article
        for name in order:
            detector = get_detector(name)
            cutter = getattr(detector, "safe_cut", None)
            splitter = getattr(detector, "split_block", None)
            if not callable(cutter) or not callable(splitter):
                cutter = splitter = None
                text, spans = self._extend(text, spans, base, whole=True)  # no hook: the rest is one block
            size = self.chunk
            try:
                while True:
                    final = self.eof
                    cut = len(text) if final or cutter is None else int(cutter(text))
                    if cut > 0:
                        context = _Context(self.path, self.encoding, tuple(self.repairs), spans, detection)
                        raws = splitter(text, first_line=line) if splitter else detector.split(text)
                        for raw in raws:
                            if not final and isinstance(raw, RawArticle) and raw.end > cut:
                                cut = min(cut, max(raw.start, floor - base, 0))  # a hook that broke its promise
                                break
                            checked = _checked(raw, base, floor, base + len(text), name, self.problems)
                            if checked is None:
                                continue
                            floor = checked.end
                            if checked.fields is not None and not checked.fields:
                                self.problems.extend(_record_problems(checked))
                                continue
                            yield _article(checked, text, name, context, base)
                        if final:
                            return
                        line += text.count("\n", 0, cut)
                        base += cut
                        text = text[cut:]
                        spans = spans[bisect.bisect_right(spans, base, key=_end) :]
                    elif final:
                        return
                    # no cut yet (one long article): read twice as much, so the block grows in linear time
                    size = self.chunk if cut > 0 else 2 * size
                    text, spans = self._extend(text, spans, base, size)
            except Exception as exc:  # a detector's bug or a broken input: report, then fall back
                self.problems.append(f"detector {name!r} failed: {type(exc).__name__}: {exc}")
                keep = max(0, floor - base)
                line += text.count("\n", 0, keep)
                base += keep
                text = text[keep:]
                spans = spans[bisect.bisect_right(spans, base, key=_end) :]
                if self.eof and not text.strip():
                    return

    def _extend(
        self, text: str, spans: list[tuple[int, int]], base: int, size: int = 0, *, whole: bool = False
    ) -> tuple[str, list[tuple[int, int]]]:
        """Append the next ``size`` bytes (or, with ``whole``, all the rest) of repaired text to the block."""
        parts = [text]
        spans = list(spans)
        offset = base + len(text)
        while not self.eof:
            more, more_spans = repair_mojibake(self._decode(self._piece(size or self.chunk)))
            spans.extend((a + offset, b + offset) for a, b in more_spans)
            parts.append(more)
            offset += len(more)
            if not whole:
                break
        return "".join(parts), spans


def _end(span: tuple[int, int]) -> int:
    return span[1]
