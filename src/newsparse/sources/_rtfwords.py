"""The vocabulary of RTF as :mod:`newsparse.sources._rtf` reads it: the token pattern, the words, the code pages.

Learnt from the RTF 1.9.1 specification: which destinations hold no body text,
which control words stand for characters, which font charsets are written in
which Windows code pages.
"""

from __future__ import annotations

import codecs
import re

__all__ = [
    "CHARS",
    "CHARSETS",
    "CONTROLS",
    "ESCAPES",
    "PARAGRAPH_ENDS",
    "SKIPPED",
    "STATE",
    "SYMBOLS",
    "TOKEN",
    "WESTERN",
    "code_page",
]

WESTERN = "cp1252"
"""The code page of a document that names none, and of fonts of charset 0."""

SKIPPED = frozenset(
    "fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl xmlnstbl filetbl pgdsctbl "
    "latentstyles themedata colorschememapping datastore generator info pict object do shp shpinst nonshppict "
    "header headerl headerr headerf footer footerl footerr footerf footnote annotation atnid atnauthor "
    "fldinst xe tc tcn txe bkmkstart bkmkend private userprops docvar ftnsep ftnsepc ftncn aftnsep aftnsepc "
    "aftncn pn pnseclvl listpicture background template comment".split()
)
"""Destinations whose text is not the document's: skipped whole (the font table is read for its charsets)."""

CHARS = {
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
SYMBOLS = {"~": "\u00a0", "_": "-", "{": "{", "}": "}", "\\": "\\", "\n": None, "\r": None}
PARAGRAPH_ENDS = frozenset({"par", "sect", "page"})
STATE = frozenset("f plain uc v pard intbl ansicpg mac pc pca deff".split())  # change how text is read
_READ = sorted({*STATE, "bin", "u", "fcharset", "cpg", "cell", "row", *PARAGRAPH_ENDS, *CHARS}, key=len, reverse=True)
"""The control words acted on anywhere in a group; the others matter only as a group's first word."""

_FALLBACK = rb"(?:\\'[0-9a-fA-F]{2}|[^\\{}\r\n])"  # one character after a \uN, skipped under \uc1
TOKEN = re.compile(
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
ESCAPES = re.compile(rb"\\u(-?[0-9]{1,10}) ?(" + _FALLBACK + rb"?)")  # the \uN of a token 2, one by one

CHARSETS = {
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


def _codec(name: str) -> str:
    """``name`` if Python has that codec, else Windows-1252."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return WESTERN


def code_page(number: int) -> str:
    """The codec of Windows code page ``number`` (``\\ansicpgN``, ``\\cpgN``)."""
    return {10000: "mac_roman", 65001: "utf-8", 1361: "johab"}.get(number) or _codec(f"cp{number}")


CONTROLS = dict.fromkeys([*range(0x09), *range(0x0B, 0x20), 0x7F])
"""Control characters in text are dropped (tab and newline are kept: RTF writes them as words)."""
