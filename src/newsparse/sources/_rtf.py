"""Rich Text Format (``.rtf``): the document's text, as one member of plain text.

A source whose bytes start with ``{\\rtf`` (after optional whitespace or a
UTF-8 byte order mark) is an RTF document: it becomes one member whose bytes
are the document's visible text in UTF-8, written as the RTF is read (in
bounded memory, a chunk at a time, in linear time), shaped as a Word
document's text is (:mod:`newsparse.sources._docx`):

- paragraphs (``\\par``, ``\\sect``, ``\\page``) each on their own, separated by
  one blank line; paragraphs with no text are left out; ``\\line`` is a newline,
  ``\\tab`` a tab;
- a table is a block of lines, one per row (``\\row``), its cells (``\\cell``)
  separated by tabs; a nested table is flattened into its cell;
- ``\\'hh`` escapes and 8-bit text are decoded in the code page in force: the
  font's (``\\fcharsetN``, ``\\cpgN`` in the font table), else the document's
  (``\\ansicpgN``, ``\\mac``, ``\\pc``, ``\\pca``; Windows-1252 by default),
  two bytes making one character in the East Asian code pages; ``\\uN`` is a
  Unicode character (surrogate pairs joined) whose ``\\ucN`` fallback characters
  are skipped;
- the named characters (``\\emdash``, ``\\lquote``, ``\\bullet``, ``\\~``...) are
  their characters, ``\\_`` a hyphen, ``\\-`` (an optional hyphen) nothing;
- a field's shown text (``\\fldrslt``: a hyperlink's words) is kept, its
  instructions are not; hidden text (``\\v``) is not;
- destinations that are not the document's body are skipped whole: every
  ``{\\*\\...}`` group, the font, colour, style, list and revision tables, the
  document information (title, author, dates), pictures, objects, drawing
  objects, headers and footers, footnotes and annotations, index and
  table-of-contents entries (see :data:`~newsparse.sources._rtfwords.SKIPPED`).

Hostile input is read in linear time and bounded memory: groups nested deeper
than :data:`~newsparse._limits.MAX_RTF_DEPTH` are read as part of the group
around them, binary data (``\\binN``) is skipped (a length over
:data:`~newsparse._limits.MAX_RTF_BIN_BYTES` is not believed), numbers are read
to ten digits. A document that breaks off, has unbalanced braces or nests too
deep gives the text read and an ``rtf-broken`` problem.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from newsparse import _limits
from newsparse._problems import Location, Problem
from newsparse.sources._base import Member, Reader
from newsparse.sources._rtfblocks import FLUSH_CHARS, Blocks
from newsparse.sources._rtfwords import (
    CHARS,
    CHARSETS,
    CONTROLS,
    ESCAPES,
    PARAGRAPH_ENDS,
    SKIPPED,
    STATE,
    SYMBOLS,
    TOKEN,
    WESTERN,
    code_page,
)
from newsparse.sources._textout import take

__all__ = ["is_rtf", "rtf_members", "rtf_text"]

_FEED = 1 << 16  # bytes of RTF read at a time
_MARGIN = 48  # a control word (32 letters, a ten-digit number, a space) fits in this: never cut at a chunk's end
_MAX_UC = 16  # the most fallback characters a \ucN is believed to announce
_BOM = b"\xef\xbb\xbf"

_BODY, _SKIP, _FONTS = 0, 1, 2  # what a group holds: text, a skipped destination, the font table
_UNKNOWN_CHARSET = "-"  # charset 1 (default) or 2 (symbol): the document's code page


def is_rtf(head: bytes) -> bool:
    """Whether ``head`` starts an RTF document: ``{\\rtf`` after optional whitespace or a UTF-8 BOM."""
    head = head.lstrip(b" \t\r\n")
    if head.startswith(_BOM):
        head = head[len(_BOM) :].lstrip(b" \t\r\n")
    return head.startswith(b"{\\rtf")


def rtf_members(reader: Reader, path: str | None, display: str) -> Iterator[Member | Problem] | None:
    """The one member of an RTF source, its text (then a problem when it is broken); None if not RTF."""
    if not is_rtf(reader.peek(1024)):
        return None
    return _members(reader, path, display)


def _members(reader: Reader, path: str | None, display: str) -> Iterator[Member | Problem]:
    text = _RtfText(reader)
    member = Reader(text.read, display, close=reader.close)
    yield Member(None, lambda: member, path, display)
    if text.broken:
        reason = "; ".join(text.broken)
        yield Problem("rtf-broken", f"the RTF document {reason}; the text read is kept", Location())


def rtf_text(data: bytes) -> tuple[str, list[str]]:
    """The text of an RTF document, as its member gives it, and what is wrong with the document.

    Example:
        >>> rtf_text(rb"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Caf\\'e9 \\u8364?\\par Two\\tab cells\\par}")
        ('Café €\\n\\nTwo\\tcells\\n', [])
    """
    converter = _RtfText(Reader.of(data, "<rtf>"))
    return converter.read().decode("utf-8"), converter.broken


class _RtfText:
    """Reads an RTF document a chunk at a time and gives its text as UTF-8, a block at a time."""

    def __init__(self, source: Reader) -> None:
        self.source = source
        self.buf = b""
        self.eof = False
        self.started = False
        self.done = False
        self.broken: list[str] = []
        self.bin_left = 0  # bytes of \bin data still to skip
        # the group's state, saved on "{" and restored on "}"
        self.kind, self.font, self.uc, self.hidden = _BODY, -1, 1, False
        self.stack: list[tuple[int, int, int, bool]] = []
        self.too_deep = 0  # groups opened past MAX_RTF_DEPTH, read as part of the group around them
        self.fresh = 0  # 1 just after "{", 2 just after "{\*": the next control word may name a destination
        self.ended = False  # the document's outer group closed
        # code pages
        self.doc_cp = WESTERN
        self.default_font = 0
        self.font_cps: dict[int, str] = {}
        self.defining = -1  # the font the font table is describing
        self.pending = bytearray()  # bytes not yet decoded, in code page pending_cp
        self.pending_cp = WESTERN
        self.partial = False  # the decoder may hold the first bytes of a character
        self.decoders: dict[str, codecs.IncrementalDecoder] = {}
        self.skip_fallback = 0  # fallback characters of a \uN still to skip
        self.high = 0  # a high surrogate waiting for its low half
        # the text being built
        self.blocks = Blocks()

    # --- reading --------------------------------------------------------------------------------

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes of text (all the rest when negative)."""
        out = self.blocks.out
        while (size < 0 or len(out) < size) and not self.done:
            self._feed()
        return take(out, size)

    def _feed(self) -> None:
        data = self.source.read(_FEED)
        self.eof = not data
        if not self.started:  # whitespace or a byte order mark before "{\rtf" is no text
            data = data.lstrip(b" \t\r\n").removeprefix(_BOM).lstrip(b" \t\r\n")
            self.started = bool(data) or self.eof
        buf = self.buf + data if self.buf else data
        self.buf = self._tokens(buf)
        if self.eof:
            self._finish()

    def _tokens(self, buf: bytes) -> bytes:
        """Reads the tokens of ``buf``; gives back the bytes of a token that may go on in the next chunk."""
        pos, end = 0, len(buf)
        limit = end if self.eof else end - _MARGIN
        while pos < end:
            if self.bin_left:
                step = min(self.bin_left, end - pos)
                self.bin_left -= step
                pos += step
                continue
            if self.ended:
                if buf[pos:].strip(b" \t\r\n\x00"):
                    self._say("goes on after its last closing brace (ignored)")
                return b""
            for match in TOKEN.finditer(buf, pos):
                if match.end() > limit and buf[match.start()] == 0x5C:  # control words the chunk may cut
                    return buf[match.start() :]
                pos = match.end()
                if match.lastindex == 1:  # text, the commonest token: read here
                    self.fresh = 0
                    if self.kind == _BODY and not self.hidden:
                        self._bytes(match.group(1))
                elif self._token(match):  # \bin data to skip from pos, or the document's end
                    break
            else:
                return b""
        return b""

    def _token(self, match: re.Match[bytes]) -> bool:
        """Acts on one token other than text; True when binary data follows it or the document's group closed."""
        group = match.lastindex
        if group == 2:
            self._escapes(match.group(2))
        elif group == 3 or group == 4:
            number = match.group(4)
            return self._word(match.group(3).decode("ascii"), None if number is None else int(number))
        elif group == 5:
            self.fresh = 0
            if self.kind == _BODY and not self.hidden:
                self._bytes(bytes.fromhex(match.group(5).replace(b"\\'", b"").decode("ascii")))
        elif group == 6:
            self._open() if match.group(6) == b"{" else self._close()
            return self.ended
        else:
            self._symbol(match.group(7).decode("latin-1"))
        return False

    def _escapes(self, run: bytes) -> None:
        """A run of ``\\uN`` escapes: at once when each has the one fallback ``\\uc1`` skips, else one by one."""
        escapes = ESCAPES.findall(run)
        if self.kind != _BODY or self.hidden:
            self.fresh = 0
            return
        codes = [int(number) % 0x10000 for number, _ in escapes]
        plain = all(0x20 <= code < 0xD800 or code >= 0xE000 for code in codes)  # no surrogate, no control
        if plain and self.uc == 1 and not self.skip_fallback and not self.high and all(f for _, f in escapes):
            self.fresh = 0
            self._char("".join(map(chr, codes)))
            return
        for number, fallback in escapes:  # as the tokens they are
            self._word("u", int(number))
            if fallback.startswith(b"\\"):
                self._bytes(bytes.fromhex(fallback[2:].decode("ascii")))
            elif fallback:
                self._bytes(fallback)

    # --- groups and destinations ----------------------------------------------------------------

    def _open(self) -> None:
        self.skip_fallback = 0
        self.fresh = 1
        if len(self.stack) >= _limits.MAX_RTF_DEPTH:
            if not self.too_deep:
                self._say(f"nests groups deeper than {_limits.MAX_RTF_DEPTH} (MAX_RTF_DEPTH); they were flattened")
            self.too_deep += 1
            return
        self.stack.append((self.kind, self.font, self.uc, self.hidden))

    def _close(self) -> None:
        self.skip_fallback = 0
        self.fresh = 0
        if self.too_deep:
            self.too_deep -= 1
            return
        if not self.stack:
            self._say("closes a group it never opened")
            return
        kind, font, uc, hidden = self.stack.pop()
        if self.kind == _FONTS and kind != _FONTS:
            self.defining = -1
        self.kind, self.uc, self.hidden = kind, uc, hidden
        self._set_font(font)
        if not self.stack:
            self.ended = True

    def _destination(self, word: str) -> None:
        """The first control word of a group (after ``{`` or ``{\\*``): it may make the group skipped."""
        star, self.fresh = self.fresh == 2, 0
        if self.kind != _BODY:
            return
        if word == "fonttbl":
            self.kind = _FONTS
        elif star or word in SKIPPED:
            self.kind = _SKIP

    # --- control words and symbols --------------------------------------------------------------

    def _word(self, word: str, number: int | None) -> bool:
        if word == "bin":
            self._binary(number or 0)
            return True
        if self.fresh:
            self._destination(word)
        if self.kind != _BODY:
            if self.kind == _FONTS:
                self._font_table(word, number)
            return False
        if word in STATE:
            self._settings(word, number)
            return False
        if self.hidden:
            return False
        if self.skip_fallback:
            self.skip_fallback -= 1
        elif word == "u" and number is not None:
            self._unicode(number)
        elif word in CHARS:
            self._char(CHARS[word])
        elif word in PARAGRAPH_ENDS:
            self._flush()
            self.blocks.paragraph_end()
        elif word == "cell":
            self._flush()
            self.blocks.cell()
        elif word == "row":
            self._flush()
            self.blocks.row()
        return False

    def _settings(self, word: str, number: int | None) -> None:
        """A word of ``STATE``: the font, code page, fallback count, hidden text, table paragraphs."""
        if word == "f":
            self._set_font(number or 0)
        elif word == "plain":
            self._set_font(self.default_font)
            self.hidden = False
        elif word == "uc":
            self.uc = min(max(number or 0, 0), _MAX_UC)
        elif word == "v":
            self.hidden = number != 0
        elif word == "pard":
            self.blocks.intbl = False
        elif word == "intbl":
            self.blocks.intbl = True
        elif word == "ansicpg" and number is not None:
            self.doc_cp = code_page(number)
            self._set_font(self.font)
        elif word in ("mac", "pc", "pca"):
            self.doc_cp = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word]
            self._set_font(self.font)
        elif word == "deff":
            self.default_font = number or 0
            self._set_font(self.default_font)

    def _font_table(self, word: str, number: int | None) -> None:
        if word == "f":
            self.defining = number or 0
        elif word == "fcharset" and self.defining >= 0 and number is not None:
            if number == 0:
                self.font_cps[self.defining] = WESTERN
            else:
                self.font_cps.setdefault(self.defining, CHARSETS.get(number, _UNKNOWN_CHARSET))
        elif word == "cpg" and self.defining >= 0 and number is not None:
            self.font_cps[self.defining] = code_page(number)

    def _symbol(self, symbol: str) -> None:
        star = symbol == "*" and self.fresh == 1
        self.fresh = 2 if star else 0
        if star or self.kind != _BODY:
            return
        if self.skip_fallback:
            self.skip_fallback -= 1
            return
        if self.hidden or symbol not in SYMBOLS:
            return  # \- an optional hyphen, \: \| and unknown symbols: nothing
        char = SYMBOLS[symbol]
        if char is None:
            self._flush()
            self.blocks.paragraph_end()  # a backslash before a line end is \par
        else:
            self._char(char)

    def _binary(self, size: int) -> None:
        self.fresh = 0
        if size > _limits.MAX_RTF_BIN_BYTES:
            self._say(f"announces {size} bytes of binary data, over MAX_RTF_BIN_BYTES; read as RTF")
        elif size > 0:
            self.bin_left = size

    # --- characters -----------------------------------------------------------------------------

    def _set_font(self, font: int) -> None:
        self.font = font
        code_page = self.font_cps.get(font, _UNKNOWN_CHARSET)
        self._switch(self.doc_cp if code_page == _UNKNOWN_CHARSET else code_page)

    def _switch(self, code_page: str) -> None:
        if code_page != self.pending_cp:
            self._decode(final=True)
            self.pending_cp = code_page

    def _bytes(self, data: bytes) -> None:
        if self.skip_fallback:
            cut = min(self.skip_fallback, len(data))
            self.skip_fallback -= cut
            data = data[cut:]
        if data:
            if self.high:
                self._lone_high()
            self.pending += data
            if len(self.pending) > FLUSH_CHARS:
                self._decode(final=False)

    def _decode(self, final: bool) -> None:
        """Decodes the pending bytes (keeping a character cut in two for later, unless ``final``)."""
        if not self.pending and not (final and self.partial):
            return
        if self.pending.isascii() and not self.partial:  # every code page read here is ASCII below 0x80
            text = self.pending.decode("ascii")
        else:
            decoder = self.decoders.get(self.pending_cp)
            if decoder is None:
                decoder = self.decoders[self.pending_cp] = codecs.getincrementaldecoder(self.pending_cp)("replace")
            text = decoder.decode(bytes(self.pending), final)
            self.partial = not final
        self.pending.clear()
        if text:
            self.blocks.add(text.translate(CONTROLS))

    def _unicode(self, number: int) -> None:
        code = number % 0x10000  # a signed 16-bit number: negative ones count from 65536
        self.skip_fallback = self.uc
        if 0xD800 <= code < 0xDC00:
            if self.high:
                self._lone_high()
            self._decode(final=True)
            self.high = code
        elif 0xDC00 <= code < 0xE000:
            if self.high:
                self.blocks.add(chr(0x10000 + ((self.high - 0xD800) << 10) + (code - 0xDC00)))
                self.high = 0
            else:
                self._char("\ufffd")
        elif code >= 0x20 or code in (9, 10):
            self._char(chr(code))

    def _lone_high(self) -> None:
        self.high = 0
        self.blocks.add("\ufffd")

    def _char(self, char: str) -> None:
        self._flush()
        self.blocks.add(char)

    def _flush(self) -> None:
        """Decodes the pending bytes and gives a lone high surrogate: what comes next is no byte."""
        self._decode(final=True)
        if self.high:
            self._lone_high()

    def _finish(self) -> None:
        self._flush()
        self.blocks.finish()
        if self.bin_left:
            self._say("breaks off inside binary data (\\bin)")
        elif not self.ended:
            groups = len(self.stack) + self.too_deep
            self._say(f"breaks off inside {groups} open group{'s' if groups > 1 else ''}")
        self.done = True

    def _say(self, reason: str) -> None:
        if reason not in self.broken:
            self.broken.append(reason)
