"""Bytes to text: binary sniffing, BOMs, strict UTF-8, encoding detection, normalisation.

The order is chosen for speed and honesty: a strict UTF-8 decode handles almost
every dump at full speed; only when it fails do we look at a declared charset,
then ask charset-normalizer about a bounded window of the bytes (it is slow and
superlinear on large inputs) and decode the whole with its answer. Everything
done to the text is recorded as a short phrase in ``Decoded.repairs``.
"""

from __future__ import annotations

import codecs
import re
from typing import Literal

import attrs

from newsparse._codepages import CP1252_UNDEFINED, latin_page, latin_shaped
from newsparse._problems import Repair
from newsparse.errors import BinaryInputError, DecodingError

__all__ = [
    "HEAD_BYTES",
    "LONE_SURROGATES",
    "Decoded",
    "choose_encoding",
    "decode",
    "normalise",
    "refuse_binary",
    "replaced",
    "utf8_unchanged",
]

# Magic numbers of common binary formats that users accidentally feed us.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data; decompress it first"),
    (b"BZh", "bzip2-compressed data; decompress it first"),
    (b"\xfd7zXZ\x00", "xz-compressed data; decompress it first"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data; decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel file (.doc, .xls); save it as .docx or text"),
    (b"%PDF-", "PDF document"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# A charset declared by the document itself: <meta charset>, http-equiv, or an XML declaration.
_DECLARED = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])"""
    rb"""([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
HEAD_BYTES = 65536  # how many bytes binary sniffing and encoding detection look at
_LATIN = frozenset(
    "cp1250 cp1252 cp1254 cp1257 cp1258 latin_1 iso8859_2 iso8859_3 iso8859_4 iso8859_9 iso8859_10 "
    "iso8859_13 iso8859_14 iso8859_15 iso8859_16 mac_latin2 mac_roman mac_iceland mac_turkish "
    "cp437 cp850 cp852 cp858 cp775".split()
)
# Python codec names of the multi-byte legacy encodings charset-normalizer may answer.
_MULTIBYTE = ("big5", "cp950", "gb", "hz", "shift_jis", "cp932", "euc", "cp949", "johab", "iso2022", "utf_7")
_ASCII_BYTES = bytes(range(128))
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
# Wire text (ANPA-1312, IPTC 7901) frames each message with SOH, a header, STX, the text, ETX and EOT: a text that
# holds such a frame keeps those four characters (the anpa detector reads them); every other control goes.
_CONTROLS_BUT_WIRE = re.compile("[\x00\x05-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_WIRE_FRAME = re.compile("\x01[^\x01\x02]{0,1000}\x02")
LONE_SURROGATES = re.compile("[\ud800-\udfff]")
_WINDOWS_PAGE = re.compile(r"(?:x-)?windows-(\d{3,4})")
_LINE_BOMS = re.compile("\n\ufeff+")  # U+FEFF starting a line: the BOM of a file concatenated after another
# Every byte except those _CONTROLS removes; ``data.translate(None, _NOT_CONTROL_BYTES)`` keeps only those.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROLS.match(chr(b)))
_ASCII_COMPATIBLE = frozenset(("utf-8", "cp1252", "cp1250", "latin-1", "ascii"))

# Bytes that are letters in cp1250 but symbols in cp1252 (Ł ą ł ś ź ż Ś Ź Ť ť Ľ ľ Ą Ş ş Ż).


@attrs.frozen
class Decoded:
    """Decoded text, the encoding used (``None`` for str input) and the repairs made."""

    text: str
    encoding: str | None
    repairs: tuple[Repair, ...] = ()


def decode(data: bytes, *, source: str, declared: str | None = None) -> Decoded:
    """Decode ``data`` to normalised text, or raise an :class:`~newsparse.InputError`.

    ``declared`` is a charset declared outside the bytes (an HTTP ``Content-Type``);
    it comes before one the document declares itself, and like it is used only
    when the bytes are not UTF-8 and decode strictly with it.

    Example:
        >>> decode("caf\\u00e9\\r\\n".encode("cp1252"), source="<bytes>").text
        'café\\n'
    """
    if not data:
        return Decoded("", "utf-8")
    _refuse_magic(data, source)
    repairs: list[Repair] = []
    encoding = _bom_encoding(data)
    if encoding is not None:
        text = data.decode(encoding + "-sig" if encoding == "utf-8" else encoding, errors="replace")
        if encoding.startswith(("utf-16", "utf-32")):
            text = text.lstrip("\ufeff")
        if "\ufffd" in text:
            repairs.append(Repair("undecodable-replaced", f"undecodable bytes replaced ({encoding})"))
    else:
        text, encoding = _decode_without_bom(data, source, repairs, declared)
    text, more = normalise(text, surrogates=False, controls=_may_have_controls(data, encoding))
    return Decoded(text, encoding, tuple(repairs + more))


def utf8_unchanged(data: bytes, decoded: Decoded) -> bool:
    """Whether ``decoded`` is ``data`` decoded as strict UTF-8 and left as it was: then ``data`` is its UTF-8.

    :func:`decode` says each change it makes to the text as a repair (bytes replaced, line ends, control
    characters, byte order marks inside), except a byte order mark at the start, which it drops silently
    (``tests/test_plain_speed_whole.py`` checks this on the generated dumps). Readers that hold ``data`` hand it
    on with the text, so that it is not encoded again (the mojibake gate, article ids).
    """
    return decoded.encoding == "utf-8" and not decoded.repairs and not data.startswith(codecs.BOM_UTF8)


def refuse_binary(head: bytes, *, source: str) -> None:
    """Raise :class:`~newsparse.BinaryInputError` when the first bytes of an input prove it binary.

    The same verdict :func:`decode` gives on the whole input (a known magic number,
    or NUL bytes throughout without the pattern of UTF-16), so that a stream can
    refuse ``/dev/zero`` or an archive after one read. ``head`` should hold at
    least the first 64 KiB of the input, or all of it.

    Example:
        >>> refuse_binary(b"plain text", source="<bytes>")
        >>> refuse_binary(bytes(1000), source="<bytes>")
        Traceback (most recent call last):
        ...
        newsparse.errors.BinaryInputError: <bytes>: binary data (NUL bytes throughout), not text
    """
    _refuse_magic(head, source)
    head = head[:HEAD_BYTES]
    if _bom_encoding(head) is None and head.count(0) > len(head) // 8 and _wide_guess(head) is None:
        raise BinaryInputError("binary data (NUL bytes throughout), not text", source=source)


def _refuse_magic(data: bytes, source: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"binary data ({what}), not text", source=source)


def normalise(
    text: str, *, surrogates: bool = True, controls: bool = True, lead: Literal["input", "line", "inside"] = "input"
) -> tuple[str, list[Repair]]:
    """Normalise line ends to ``\\n`` and drop control characters, BOM artefacts and lone surrogates.

    Returns the new text and the repairs made, as short phrases. ``controls=False``
    skips the search for control characters, for callers that know there are none.
    A U+FEFF that starts a line is the byte order mark of a file concatenated after
    another (``cat a.txt b.txt``): it is dropped, as a repair. ``lead`` says where
    ``text`` starts, for callers that normalise a text piece by piece: ``"input"``
    (the start of the input, whose U+FEFF is its own BOM, dropped silently),
    ``"line"`` (the start of a later line) or ``"inside"`` (inside a line).

    Example:
        >>> normalise("a\\r\\nb\\x00c")
        ('a\\nbc', ['line endings normalised', 'control characters removed'])
        >>> normalise("\\ufeffA\\n\\ufeffB")
        ('A\\nB', ['byte order marks removed at line starts'])
        >>> normalise("\\x01a0101 r i\\x02Text\\x03\\x16")  # a wire message keeps its frame
        ('\\x01a0101 r i\\x02Text\\x03', ['control characters removed'])
    """
    repairs: list[Repair] = []
    if lead == "input" and text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        repairs.append(Repair("line-endings-normalised", "line endings normalised"))
    if controls and _has_controls(text):
        wire = _WIRE_FRAME.search(text) is not None  # in a wire header, the unit separator parts fields: a space
        text, removed = (_CONTROLS_BUT_WIRE if wire else _CONTROLS).subn(
            lambda m: "\n" if "\x0c" in m.group() else " " if wire and "\x1f" in m.group() else "", text
        )
        if removed:
            repairs.append(Repair("controls-removed", "control characters removed"))
    if not text.isascii() and "\ufeff" in text:
        dropped = _drop_line_boms(text, at_line_start=lead == "line")
        if dropped != text:
            text = dropped
            repairs.append(Repair("bom-removed", "byte order marks removed at line starts"))
    if surrogates and not text.isascii() and LONE_SURROGATES.search(text):
        text = LONE_SURROGATES.sub("\ufffd", text)
        repairs.append(Repair("surrogates-replaced", "lone surrogates replaced"))
    return text, repairs


def _drop_line_boms(text: str, *, at_line_start: bool) -> str:
    """``text`` without the U+FEFF characters that start a line (also its first, when ``at_line_start``)."""
    if at_line_start and text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    return _LINE_BOMS.sub("\n", text) if "\n\ufeff" in text else text


def _has_controls(text: str) -> bool:
    """``_CONTROLS.search(text)``, answered on the UTF-8 bytes (several times faster than the regex on text)."""
    try:
        return bool(text.encode("utf-8").translate(None, _NOT_CONTROL_BYTES))
    except UnicodeEncodeError:  # lone surrogates cannot be encoded: ask the regex
        return _CONTROLS.search(text) is not None


def _may_have_controls(data: bytes, encoding: str) -> bool:
    """False when the bytes hold no control character, checked on the bytes (~10x faster than on text).

    In UTF-8 and in the ASCII-compatible single-byte code pages a control character
    can only come from the byte of the same value, so no such byte means no such character.
    """
    if encoding.replace("_", "-") not in _ASCII_COMPATIBLE:
        return True
    return bool(data.translate(None, _NOT_CONTROL_BYTES))


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _decode_without_bom(data: bytes, source: str, repairs: list[Repair], declared: str | None) -> tuple[str, str]:
    head = data[:HEAD_BYTES]
    nuls = head.count(0)
    if nuls > len(head) // 8:
        return _decode_nul_heavy(data, head, source, repairs)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    encoding = choose_encoding(data, first_bad, head=head, source=source, declared=declared)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        repairs.append(replaced(encoding))
        return data.decode(encoding, errors="replace"), encoding


def choose_encoding(data: bytes, first_bad: int, *, head: bytes, source: str, declared: str | None = None) -> str:
    """The encoding of bytes that are not strict UTF-8 from offset ``first_bad`` on.

    ``"utf-8"`` (to decode with replacement) when the bytes around ``first_bad`` are
    mostly UTF-8; else the charset ``declared`` from outside (an HTTP header) or,
    without one, the charset ``head`` (the first bytes of the input) declares,
    if ``data`` decodes strictly with it; else what detection on a window around
    ``first_bad`` finds. :func:`decode` asks with the whole input; streaming asks
    with the bytes it holds around the first non-ASCII byte (at least 32 KiB
    before ``first_bad`` and 64 KiB after it), so both decide alike.

    Example:
        >>> choose_encoding("caf\\u00e9".encode("cp1252"), 3, head=b"", source="<bytes>")
        'cp1252'
    """
    if _mostly_utf8(data, first_bad):
        return "utf-8"
    for name in (_usable(declared), _declared_encoding(head)):
        if name is not None and _decodes(data, name):
            return name
    return _detect(data, first_bad, head, source)


def replaced(encoding: str) -> Repair:
    """The repair phrase for bytes that ``encoding`` cannot decode, replaced by U+FFFD.

    Example:
        >>> replaced("utf-8"), replaced("cp1252")
        ('invalid UTF-8 bytes replaced', 'undecodable bytes replaced (cp1252)')
    """
    if encoding == "utf-8":
        return Repair("invalid-utf8-replaced", "invalid UTF-8 bytes replaced")
    return Repair("undecodable-replaced", f"undecodable bytes replaced ({encoding})")


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _decode_nul_heavy(data: bytes, head: bytes, source: str, repairs: list[Repair]) -> tuple[str, str]:
    """UTF-16 without a BOM shows NULs in every other byte; anything else NUL-heavy is binary."""
    encoding = _wide_guess(head)
    if encoding is not None and len(data) % (4 if "32" in encoding else 2) == 0:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = None
        if text is not None and _printable_ratio(text[:4096]) > 0.95:
            if "32" in encoding:
                repairs.append(Repair("utf32-without-bom", f"{encoding} without BOM recognised"))
            else:
                repairs.append(Repair("utf16-without-bom", f"{encoding} without BOM recognised"))
            return text, encoding
    raise BinaryInputError("binary data (NUL bytes throughout), not text", source=source)


def _wide_guess(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when NUL bytes sit mostly at odd or even offsets, else None.

    ``utf-32-le`` / ``utf-32-be`` when three bytes of every four are mostly NUL (ASCII-heavy UTF-32 text).
    """
    quarter = len(head) // 4
    if quarter:
        nuls = [head[i::4].count(0) for i in range(4)]  # NUL bytes at each offset modulo 4
        if min(nuls[1:]) > quarter * 0.9 and nuls[0] < quarter // 4:
            return "utf-32-le"
        if min(nuls[:3]) > quarter * 0.9 and nuls[3] < quarter // 4:
            return "utf-32-be"
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if odd > half * 0.3 and even < odd // 4:
        return "utf-16-le"
    if even > half * 0.3 and odd < even // 4:
        return "utf-16-be"
    return None


def _printable_ratio(text: str) -> float:
    if not text:
        return 1.0
    good = sum(1 for ch in text if ch.isprintable() or ch in "\n\t\r")
    return good / len(text)


def _mostly_utf8(data: bytes, first_bad: int) -> bool:
    """True when the bytes are UTF-8 with a few corrupt sequences, not a legacy encoding."""
    window = data[max(0, first_bad - HEAD_BYTES // 2) : first_bad + HEAD_BYTES // 2]
    text = window.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad  # characters above U+007F, less U+FFFD
    return good >= 4 * bad or (bad <= 2 and good > 0)


def _declared_encoding(head: bytes) -> str | None:
    match = _DECLARED.search(head[:4096])
    if match is None:
        return None
    return _usable(match.group(1).decode("ascii"))


def _usable(name: str | None) -> str | None:
    """A declared charset worth trying on bytes that are not UTF-8, as a Python codec name; None if none is."""
    if name is None:
        return None
    name = name.strip().lower()
    if name in {"utf8", "utf-8"} or name.startswith(("utf-16", "utf-32", "utf16", "utf32")):
        return None  # UTF-8 was tried already and failed; a UTF-16 page has NULs and was read as such (WHATWG)
    if name in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
        return "cp1252"  # what browsers do, per the WHATWG encoding standard
    windows = _WINDOWS_PAGE.fullmatch(name)
    return f"cp{windows.group(1)}" if windows else name  # Python knows windows-874 only as cp874


def _detect(data: bytes, first_bad: int, head: bytes, source: str) -> str:
    start = max(0, first_bad - 1024)
    window = data[start : start + HEAD_BYTES]
    # A Latin text is told by its letters (see _codepages), without asking the statistics at all.
    shaped = latin_shaped(window)
    encoding = page = latin_page(window) if shaped else None
    if encoding is None:
        encoding = _ask_charset_normalizer(window)
        if encoding is None and _printable_ratio(head[:4096].decode("latin-1")) < 0.9:
            raise DecodingError("not text in any encoding newsparse can identify", source=source)
        if encoding is not None and encoding.startswith(_MULTIBYTE) and _non_ascii(window) * 20 < len(window):
            # A multi-byte guess (it said big5hkscs for English latin-1 text whose only non-ASCII byte was a
            # no-break space) eats the ASCII byte after each high byte; CJK text has far more high bytes than
            # 5%, while a Latin decode never loses a character. Weak evidence: decide as for Latin text.
            encoding = None
        if encoding is None or encoding in _LATIN:
            # charset-normalizer confuses the Latin code pages on short or mostly-English text
            # (it labelled our cp1252 samples cp1250, and short French cp1257): the letters decide.
            encoding = (page if shaped else latin_page(window)) or "cp1252"
    if encoding == "cp1252" and any(byte in data for byte in CP1252_UNDEFINED):
        encoding = "latin-1"  # bytes cp1252 leaves undefined; latin-1 maps every byte
    return encoding


def _non_ascii(data: bytes) -> int:
    return len(data.translate(None, _ASCII_BYTES))


def _ask_charset_normalizer(window: bytes) -> str | None:
    """The best guess, never UTF-16/32 (without a BOM those were ruled out by their NULs)."""
    if len(window) < 32:
        return None  # too little evidence for a statistical guess
    import charset_normalizer  # here, not at the top: it costs ~10 ms to import and most input is UTF-8

    for match in charset_normalizer.from_bytes(window):
        encoding = str(match.encoding)
        if not encoding.startswith(("utf_16", "utf_32")):
            return encoding
    return None
