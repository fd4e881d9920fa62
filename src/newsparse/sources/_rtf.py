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
  table-of-contents entries (see ``_SKIPPED``).

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

__all__ = ["is_rtf", "rtf_members", "rtf_text"]

_FEED = 1 << 16  # bytes of RTF read at a time
_MARGIN = 48  # a control word (32 letters, a ten-digit number, a space) fits in this: never cut at a chunk's end
_FLUSH_CHARS = 1 << 20  # a paragraph or table held longer than this is written out in pieces
_MAX_UC = 16  # the most fallback characters a \ucN is believed to announce
_BOM = b"\xef\xbb\xbf"

_SKIPPED = frozenset(
    "fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl xmlnstbl filetbl pgdsctbl "
    "latentstyles themedata colorschememapping datastore generator info pict object do shp shpinst nonshppict "
    "header headerl headerr headerf footer footerl footerr footerf footnote annotation atnid atnauthor "
    "fldinst xe tc tcn txe bkmkstart bkmkend private userprops docvar ftnsep ftnsepc ftncn aftnsep aftnsepc "
    "aftncn pn pnseclvl listpicture background template comment".split()
)
"""Destinations whose text is not the document's: skipped whole (the font table is read for its charsets)."""

_CHARS = {
    "line": "\n",
    "tab": "\t",
    "emdash": "\u2014",
    "endash": "\u2013",
    "emspace": "\u2003",
    "enspace": "\u2002",
    "qmspace": "\u2005",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
    "nestcell": " ",
    "nestrow": " ",
}
_SYMBOLS = {"~": "\u00a0", "_": "-", "{": "{", "}": "}", "\\": "\\", "\n": None, "\r": None}
_PARAGRAPH_ENDS = frozenset({"par", "sect", "page"})
_STATE = frozenset("f plain uc v pard intbl ansicpg mac pc pca deff".split())  # change how text is read
_READ = sorted(
    {*_STATE, "bin", "u", "fcharset", "cpg", "cell", "row", *_PARAGRAPH_ENDS, *_CHARS}, key=len, reverse=True
)
"""The control words acted on anywhere in a group; the others matter only as a group's first word."""

_FALLBACK = rb"(?:\\'[0-9a-fA-F]{2}|[^\\{}\r\n])"  # one character after a \uN, skipped under \uc1
_TOKEN = re.compile(
    rb"([^\\{}\r\n]+)"  # 1: text
    rb"|((?:\\u-?[0-9]{1,10} ?" + _FALLBACK + rb"?){1,64})"  # 2: \uN escapes, each with its fallback
    rb"|\\([a-zA-Z]{1,32})(-?[0-9]{1,10})? ?"  # 3, 4: a control word, its number, its delimiting space
    # then, in the same token, up to 32 control words that are never acted on (formatting): skipped in C
    rb"(?:\\(?!(?:" + "|".join(_READ).encode() + rb")(?![a-zA-Z]))[a-zA-Z]{1,32}(?:-?[0-9]{1,10})? ?){0,32}"
    rb"|((?:\\'[0-9a-fA-F]{2}){1,256})"  # 5: bytes in hexadecimal
    rb"|([{}])"  # 6: a group's start or end
    rb"|\\(.)",  # 7: a control symbol
    re.DOTALL,
)
_ESCAPES = re.compile(rb"\\u(-?[0-9]{1,10}) ?(" + _FALLBACK + rb"?)")  # the \uN of a token 2, one by one

_CHARSETS = {
    77: "mac_roman",
    128: "cp932",
    129: "cp949",
    130: "johab",
    134: "cp936",
    136: "cp950",
    161: "cp1253",
    162: "cp1254",
    163: "cp1258",
    177: "cp1255",
    178: "cp1256",
    186: "cp1257",
    204: "cp1251",
    222: "cp874",
    238: "cp1250",
    255: "cp437",
}
"""Font charsets (``\\fcharsetN``) and the code pages they are written in; 0 is Windows-1252, 1 and 2 the document's."""

_BODY, _SKIP, _FONTS = 0, 1, 2  # what a group holds: text, a skipped destination, the font table
_WESTERN = "cp1252"
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


def _codec(name: str) -> str:
    """``name`` if Python has that codec, else Windows-1252."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return _WESTERN


def _code_page(number: int) -> str:
    """The codec of Windows code page ``number`` (``\\ansicpgN``, ``\\cpgN``)."""
    return {10000: "mac_roman", 65001: "utf-8", 1361: "johab"}.get(number) or _codec(f"cp{number}")


class _RtfText:
    """Reads an RTF document a chunk at a time and gives its text as UTF-8, a block at a time."""

    def __init__(self, source: Reader) -> None:
        self.source = source
        self.out = bytearray()
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
        self.doc_cp = _WESTERN
        self.default_font = 0
        self.font_cps: dict[int, str] = {}
        self.defining = -1  # the font the font table is describing
        self.pending = bytearray()  # bytes not yet decoded, in code page pending_cp
        self.pending_cp = _WESTERN
        self.partial = False  # the decoder may hold the first bytes of a character
        self.decoders: dict[str, codecs.IncrementalDecoder] = {}
        self.skip_fallback = 0  # fallback characters of a \uN still to skip
        self.high = 0  # a high surrogate waiting for its low half
        # the text being built
        self.para: list[str] = []
        self.para_size = 0
        self.para_open = False  # part of this paragraph was already written
        self.intbl = False
        self.cells: list[str] = []
        self.rows: list[str] = []
        self.rows_size = 0
        self.table_open = False  # rows of this table were already written
        self.written = False

    # --- reading --------------------------------------------------------------------------------

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes of text (all the rest when negative)."""
        while (size < 0 or len(self.out) < size) and not self.done:
            self._feed()
        cut = len(self.out) if size < 0 else min(size, len(self.out))
        data = bytes(self.out[:cut])
        del self.out[:cut]
        return data

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
            for match in _TOKEN.finditer(buf, pos):
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
        escapes = _ESCAPES.findall(run)
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
        elif star or word in _SKIPPED:
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
        if word in _STATE:
            self._settings(word, number)
            return False
        if self.hidden:
            return False
        if self.skip_fallback:
            self.skip_fallback -= 1
        elif word == "u" and number is not None:
            self._unicode(number)
        elif word in _CHARS:
            self._char(_CHARS[word])
        elif word in _PARAGRAPH_ENDS:
            self._paragraph_end()
        elif word == "cell":
            self._cell()
        elif word == "row":
            self._row()
        return False

    def _settings(self, word: str, number: int | None) -> None:
        """A word of ``_STATE``: the font, code page, fallback count, hidden text, table paragraphs."""
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
            self.intbl = False
        elif word == "intbl":
            self.intbl = True
        elif word == "ansicpg" and number is not None:
            self.doc_cp = _code_page(number)
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
                self.font_cps[self.defining] = _WESTERN
            else:
                self.font_cps.setdefault(self.defining, _CHARSETS.get(number, _UNKNOWN_CHARSET))
        elif word == "cpg" and self.defining >= 0 and number is not None:
            self.font_cps[self.defining] = _code_page(number)

    def _symbol(self, symbol: str) -> None:
        star = symbol == "*" and self.fresh == 1
        self.fresh = 2 if star else 0
        if star or self.kind != _BODY:
            return
        if self.skip_fallback:
            self.skip_fallback -= 1
            return
        if self.hidden or symbol not in _SYMBOLS:
            return  # \- an optional hyphen, \: \| and unknown symbols: nothing
        char = _SYMBOLS[symbol]
        if char is None:
            self._paragraph_end()  # a backslash before a line end is \par
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
            if len(self.pending) > _FLUSH_CHARS:
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
            self._add(text.translate(_CONTROLS))

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
                self._add(chr(0x10000 + ((self.high - 0xD800) << 10) + (code - 0xDC00)))
                self.high = 0
            else:
                self._char("\ufffd")
        elif code >= 0x20 or code in (9, 10):
            self._char(chr(code))

    def _lone_high(self) -> None:
        self.high = 0
        self._add("\ufffd")

    def _char(self, char: str) -> None:
        self._decode(final=True)
        if self.high:
            self._lone_high()
        self._add(char)

    def _add(self, text: str) -> None:
        self.para.append(text)
        self.para_size += len(text)
        if self.para_size <= _FLUSH_CHARS:
            return
        if self.intbl or self.cells:  # a cell that never ends: cut into rows
            self._cell()
            self._row()
        else:
            self._write_part()

    # --- paragraphs and tables ------------------------------------------------------------------

    def _take(self) -> str:
        self._decode(final=True)
        if self.high:
            self._lone_high()
        text = "".join(self.para)
        self.para.clear()
        self.para_size = 0
        return text

    def _paragraph_end(self) -> None:
        if self.intbl or self.cells:  # a paragraph inside a cell: joined to the cell's next by a space
            self._char(" ")
            return
        text = self._take()
        if self.para_open:
            text = text.rstrip("\n")
            self.out += text.encode("utf-8", "surrogatepass")
            self.para_open = False
        else:
            text = text.strip("\n")
            self._end_table()
            self._write(text)

    def _write_part(self) -> None:
        """Writes out the first part of a very long paragraph."""
        text = self._take()
        if self.para_open:
            self.out += text.encode("utf-8", "surrogatepass")
        elif text.strip():
            self._end_table()
            self._write(text.lstrip("\n"))
            self.para_open = True

    def _cell(self) -> None:
        text = self._take()
        self.cells.append(" ".join(text.replace("\t", " ").split()))

    def _row(self) -> None:
        leftover = self._take()
        if leftover.strip():
            self.cells.append(" ".join(leftover.split()))
        if any(self.cells):
            row = "\t".join(self.cells)
            self.rows.append(row)
            self.rows_size += len(row)
            if self.rows_size > _FLUSH_CHARS:
                self._end_table(keep_open=True)
        self.cells.clear()
        self.intbl = False  # the next row's paragraphs say \intbl again; a paragraph after the table does not

    def _end_table(self, keep_open: bool = False) -> None:
        if self.rows:
            block = "\n".join(self.rows)
            if self.table_open:
                self.out += b"\n" + block.encode("utf-8", "surrogatepass")
            else:
                self._write(block)
            self.rows.clear()
            self.rows_size = 0
        self.table_open = keep_open and self.written

    def _write(self, block: str) -> None:
        if not block.strip():
            return
        if self.written:
            self.out += b"\n\n"
        self.out += block.encode("utf-8", "surrogatepass")
        self.written = True

    def _finish(self) -> None:
        self._decode(final=True)
        if self.cells or self.para:
            self.intbl = False
            if self.cells:
                self._row()
            self._paragraph_end()
        self._end_table()
        if self.bin_left:
            self._say("breaks off inside binary data (\\bin)")
        elif not self.ended:
            groups = len(self.stack) + self.too_deep
            self._say(f"breaks off inside {groups} open group{'s' if groups > 1 else ''}")
        if self.written:
            self.out += b"\n"
        self.done = True

    def _say(self, reason: str) -> None:
        if reason not in self.broken:
            self.broken.append(reason)


_CONTROLS = dict.fromkeys([*range(0x09), *range(0x0B, 0x20), 0x7F])
"""Control characters in text are dropped (tab and newline are kept: RTF writes them as words)."""
