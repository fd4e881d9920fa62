"""E-mailed exports (``.eml``): the text parts of a MIME message, decoded, with where each came from.

newsparse hands detectors text, not bytes: an ``.eml`` file has been decoded as
a whole already (it is nearly always ASCII: quoted-printable or base64 parts).
This module walks the MIME structure of that text itself: the headers of every
part are read with the standard library's :mod:`email` parser, the parts are
found by their boundary lines in the text, and each text part's payload is
undone (quoted-printable, base64) and decoded with the charset the part
declares. A charset that cannot be right (bytes it cannot decode, or UTF-8
declared as Latin-1) is replaced by the one that fits, with a problem.

Every decoded part keeps the offsets of its payload in the text, and a map from
positions in the decoded text back to the start of the raw line they came from,
so a detector can give each document the raw span of the lines it was encoded on.
"""

from __future__ import annotations

import binascii
import bisect
import codecs
import email.parser
import email.policy
import quopri
import re
from collections.abc import Iterator
from email.message import Message

import attrs

from newsparse._decode import _decodes
from newsparse._problems import Problem

__all__ = ["MimePart", "is_mime", "text_parts"]

_MAX_DEPTH = 16  # multiparts nested deeper than this are not real mail
_HEADER_LINE = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,76}:[ \t]")
_MIME_MARKS = re.compile(r"^(?:MIME-Version|Content-Type|Content-Transfer-Encoding):", re.IGNORECASE | re.MULTILINE)
_BLANK = re.compile(r"\r?\n[ \t]*\r?\n")
_LATIN = frozenset(("iso8859_1", "latin_1", "iso8859_15", "cp1252", "ascii"))
_PARSER = email.parser.HeaderParser(policy=email.policy.compat32)


@attrs.frozen
class MimePart:
    """One text part of a message: its content type, decoded text, and where its payload lies in the whole text.

    Attributes:
        content_type: the part's type, lower case (``"text/html"``).
        text: the payload, transfer encoding undone and decoded with its charset.
        start: offset of the payload's first character in the whole text.
        end: offset just past its last character.
        marks: ``(position in text, offset in the whole text)`` at the start of
            every encoded line, in order; empty when the payload was not encoded
            (7bit, 8bit), and positions then map one to one.
        problems: what was wrong with the part (a charset that lied, bad base64).
    """

    content_type: str
    text: str
    start: int
    end: int
    marks: tuple[tuple[int, int], ...] = ()
    problems: tuple[Problem, ...] = ()

    def raw_offset(self, position: int) -> int:
        """The offset in the whole text of the raw line that ``position`` of :attr:`text` was decoded from.

        Example:
            >>> part = MimePart("text/plain", "abc", 10, 13)
            >>> part.raw_offset(2)
            12
        """
        if not self.marks:
            return min(self.start + max(position, 0), self.end)
        index = bisect.bisect_right(self.marks, (position, self.end + 1)) - 1
        return self.marks[max(index, 0)][1]


def is_mime(head: str) -> bool:
    """Whether a text starts with mail headers and declares MIME (``MIME-Version``, ``Content-Type``...).

    Example:
        >>> is_mime("From: a@b.example\\nMIME-Version: 1.0\\nContent-Type: text/html\\n\\n<p>x</p>")
        True
        >>> is_mime("Title: not mail\\n\\nBody")
        False
    """
    block = _header_block(head)
    return block is not None and _MIME_MARKS.search(head, 0, block) is not None


def _header_block(text: str, start: int = 0, end: int | None = None) -> int | None:
    """The end of the header block that starts at ``start`` (before its blank line), or None if none starts there."""
    end = len(text) if end is None else end
    if _HEADER_LINE.match(text, start, end) is None:
        return None
    blank = _BLANK.search(text, start, end)
    return blank.start() if blank else end


def text_parts(text: str) -> list[MimePart]:
    """The ``text/*`` leaf parts of the message in ``text``, in order, decoded.

    Multipart bodies are walked by their boundary lines, ``message/rfc822``
    parts (forwarded mail) are entered, other parts (images, attachments that
    are not text) are left out. A message that is not multipart is one part.

    Example:
        >>> mail = (
        ...     "MIME-Version: 1.0\\nContent-Type: multipart/mixed; boundary=XX\\n\\n--XX\\n"
        ...     "Content-Type: text/html; charset=utf-8\\nContent-Transfer-Encoding: quoted-printable\\n\\n"
        ...     "<p>Caf=C3=A9</p>\\n--XX--\\n"
        ... )
        >>> [(part.content_type, part.text) for part in text_parts(mail)]
        [('text/html', '<p>Café</p>')]
    """
    return list(_walk(text, 0, len(text), 0))


def _walk(text: str, start: int, end: int, depth: int) -> Iterator[MimePart]:
    """The text leaf parts of the entity (headers and body) at ``text[start:end]``."""
    if text.startswith(("\n", "\r\n"), start, end):  # a part without headers: plain text (RFC 2046)
        headers, body_start = _PARSER.parsestr(""), text.index("\n", start) + 1
    else:
        block = _header_block(text, start, end)
        if block is None:  # no header starts the part: read it as plain text rather than lose it
            headers, body_start = _PARSER.parsestr(""), start
        else:
            headers = _PARSER.parsestr(text[start:block])
            body = _BLANK.match(text, block, end)
            body_start = body.end() if body else end
    kind = headers.get_content_type()
    if kind.startswith("multipart/") and depth < _MAX_DEPTH:
        boundary = headers.get_param("boundary")
        if isinstance(boundary, str) and boundary:
            for part_start, part_end in _part_spans(text, body_start, end, boundary):
                yield from _walk(text, part_start, part_end, depth + 1)
        return
    if kind == "message/rfc822" and depth < _MAX_DEPTH:
        yield from _walk(text, body_start, end, depth + 1)
        return
    if kind.startswith("text/"):
        yield _decoded(text, body_start, end, headers, kind)


def _part_spans(text: str, start: int, end: int, boundary: str) -> Iterator[tuple[int, int]]:
    """The spans of the parts between the delimiter lines of ``boundary`` (the newline before a delimiter excluded)."""
    delimiter = re.compile(rf"^--{re.escape(boundary)}(--)?[ \t]*\r?$", re.MULTILINE)
    previous: int | None = None
    for match in delimiter.finditer(text, start, end):
        if previous is not None:
            yield previous, _before_newline(text, previous, match.start())
        if match.group(1):  # the closing delimiter
            return
        previous = min(match.end() + 1, end)
    if previous is not None and previous < end:  # no closing delimiter: the last part runs to the end
        yield previous, end


def _before_newline(text: str, start: int, end: int) -> int:
    if end > start and text[end - 1] == "\n":
        end -= 1
        if end > start and text[end - 1] == "\r":
            end -= 1
    return end


def _decoded(text: str, start: int, end: int, headers: Message, kind: str) -> MimePart:
    """One text part's payload at ``text[start:end]``, transfer encoding undone, decoded with its charset."""
    encoding = str(headers.get("Content-Transfer-Encoding", "7bit")).strip().lower()
    if encoding not in ("quoted-printable", "base64"):
        return MimePart(kind, text[start:end], start, end)
    problems: list[Problem] = []
    lines, offsets = _encoded_lines(text, start, end, encoding, problems)
    data = b"".join(lines)
    declared = headers.get_content_charset() or "us-ascii"
    codec = _chosen_codec(data, declared, kind, problems)
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    pieces: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    for line, offset in zip(lines, offsets, strict=True):
        marks.append((length, offset))
        piece = decoder.decode(line)
        pieces.append(piece)
        length += len(piece)
    pieces.append(decoder.decode(b"", final=True))
    return MimePart(kind, "".join(pieces), start, end, tuple(marks), tuple(problems))


def _encoded_lines(
    text: str, start: int, end: int, encoding: str, problems: list[Problem]
) -> tuple[list[bytes], list[int]]:
    """The bytes each raw line of an encoded payload decodes to, and the offset of each line in the text."""
    lines: list[bytes] = []
    offsets: list[int] = []
    carry = ""  # base64 characters of a line that did not end on a whole group of four
    position = start
    broken = False
    for raw in text[start:end].splitlines(keepends=True):
        offsets.append(position)
        position += len(raw)
        if encoding == "quoted-printable":
            lines.append(quopri.decodestring(raw.encode("utf-8", "surrogateescape")))
            continue
        chunk = carry + "".join(raw.split())
        whole = len(chunk) - len(chunk) % 4
        carry = chunk[whole:]
        encoded = chunk[:whole].encode("ascii", "replace")
        try:
            lines.append(binascii.a2b_base64(encoded, strict_mode=True))
        except binascii.Error:  # characters outside base64 or padding inside: keep what the lenient decoder reads
            broken = True
            try:
                lines.append(binascii.a2b_base64(encoded))
            except binascii.Error:
                lines.append(b"")
    if carry.strip("="):
        broken = True
    if broken:
        problems.append(
            Problem("mime-part-unreadable", "a base64 part of the message is damaged; its bad lines were left out")
        )
    return lines, offsets


def _chosen_codec(data: bytes, declared: str, kind: str, problems: list[Problem]) -> str:
    """The codec to decode a part's bytes with: the declared charset, unless it cannot be right."""
    try:
        codec = codecs.lookup(declared).name.replace("-", "_")
    except LookupError:
        codec = None
    if codec is not None and codec.startswith("utf_16"):  # no HTML export is UTF-16 inside a quoted-printable part
        codec = None
    fits = codec is not None and _decodes(data, codec)
    utf8 = not data.isascii() and _decodes(data, "utf-8")
    if fits and not (utf8 and codec in _LATIN):
        return codec  # type: ignore[return-value]  # fits implies a codec
    chosen = "utf-8" if utf8 else "cp1252"
    why = "is not a charset Python knows" if codec is None else "cannot be right for its bytes"
    message = f"a {kind} part declares charset {declared!r}, which {why}; decoded as {chosen}"
    problems.append(Problem("charset-mismatch", message))
    return chosen
