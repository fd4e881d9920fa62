"""Which single-byte Latin code page a text is in, told by the letters its language writes.

Statistical detectors (charset-normalizer) confuse the Latin code pages on short
or mostly-English text: they are made for the general case, while a Latin text
has one sure sign, its accented letters. Every candidate page decodes the text's
non-ASCII bytes that stand inside words; the page under which the most of them
are letters of one language (Polish, Turkish, Czech, French...) wins. A Turkish
``ı`` read as cp1252 is ``ý`` (an Icelandic letter, in a text with no other
Icelandic one), a Polish ``ą`` read as cp1250 from ISO 8859-2 is ``±``.

Which texts are Latin at all is told by the shape of their non-ASCII bytes:
in a Latin text they stand one or two at a time between ASCII letters; in
Cyrillic, Greek, Arabic, Hebrew or Thai (or in the double-byte East Asian
encodings) whole words are non-ASCII bytes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

__all__ = ["CP1252_UNDEFINED", "PAGES", "latin_page", "latin_shaped"]

PAGES = ("cp1252", "cp1250", "cp1254", "cp1257", "iso8859_15", "iso8859_2")
"""The code pages told apart, in the order that breaks ties (the most used first)."""

# The letters beyond ASCII each language writes (lower case; upper case is added below).
_LANGUAGE_LETTERS = {
    "ca": "àçèéíïòóúü",
    "cs": "áčďéěíňóřšťúůýž",
    "da": "åæøé",
    "de": "äöüß",
    "es": "áéíñóúü",
    "et": "äöõüšž",
    "fi": "äöåšž",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "hr": "čćđšž",
    "hu": "áéíóöőúüű",
    "is": "áðéíóúýþæö",
    "it": "àèéìíîòóùú",
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "nl": "áéèëïóöü",
    "pl": "ąćęłńóśźż",
    "pt": "àáâãçéêíóôõú",
    "ro": "ăâîşţșț",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "sq": "çë",
    "sv": "åäöé",
    "tr": "çğıİöşüâîû",
}
_LETTERS = {
    language: frozenset(letters + "".join(ch.upper() for ch in letters if len(ch.upper()) == 1))
    for language, letters in _LANGUAGE_LETTERS.items()
}
# Each byte of a text as its kind: an ASCII letter "a", a non-ASCII byte 0x80, anything else a space. The runs of
# non-ASCII bytes are then found by a pattern that starts with a literal, which the regex engine scans for quickly
# (``[\x80-\xff]+`` is tried at every offset: ten times slower).
_KINDS = bytes(
    0x61 if chr(byte).isascii() and chr(byte).isalpha() else 0x80 if byte >= 0x80 else 0x20 for byte in range(256)
)
_HIGH_RUNS = re.compile(rb"\x80\x80*")
_C1 = range(0x80, 0xA0)  # control characters in ISO 8859: never in text, always printable in a Windows page
CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
"""The bytes cp1252 leaves undefined (a decode would fail on them): looked for, the text is not decoded twice."""
_CP1252_UNDEFINED = frozenset(ord(byte) for byte in CP1252_UNDEFINED)
_LONG_RUN = 3  # non-ASCII bytes in a row: a word of a non-Latin script (or of a double-byte encoding)
_ENOUGH = 1000  # non-ASCII bytes looked at: a text's first thousand tell its shape and its letters


def latin_shaped(window: bytes) -> bool:
    """Whether the non-ASCII bytes of ``window`` stand as a Latin text's do: at most a third in runs of three or more.

    A Czech, Romanian or Lithuanian text has a tenth to a fifth of its non-ASCII
    bytes in such runs; a Russian, Greek or Japanese one (even among English
    words) more than half. Only the first thousand non-ASCII bytes are looked at.

    Example:
        >>> latin_shaped("Kraków i Łódź są piękne".encode("cp1250")), latin_shaped("Москва и Киев".encode("cp1251"))
        (True, False)
    """
    high = long = 0
    for run in _HIGH_RUNS.finditer(window.translate(_KINDS)):
        size = run.end() - run.start()
        high += size
        if size >= _LONG_RUN:
            long += size
        if high >= _ENOUGH:
            break
    return high > 0 and 3 * long <= high


def latin_page(window: bytes) -> str | None:
    """The Latin code page of ``window`` (one of :data:`PAGES`) under which its words read best; None without letters.

    Only bytes inside words count (next to a letter or another non-ASCII byte), so
    that ``£5``, ``©`` or ``nº 5`` never outvote the letters; None when no page
    reads any of them as a letter (punctuation only, or a script no page here
    writes). A page that cannot decode the bytes is out (ISO 8859 has no printable
    characters at 0x80-0x9F); cp1252 stands for the browsers' cp1252, which maps
    its five undefined bytes to the same code points (whether that is latin-1 is
    the caller's to say). A euro sign tells cp1252 from ISO 8859-15 no more than
    a pound sign does: only their letters (š, ž, œ, Ÿ) do.

    Example:
        >>> latin_page("Türkiye'de ışık ve doğalgaz".encode("cp1254"))
        'cp1254'
        >>> latin_page("Źródła mówią: ślązacy".encode("iso8859_2")), latin_page("£5 for a café".encode("cp1252"))
        ('iso8859_2', 'cp1252')
    """
    counts = _word_bytes(window)
    best, best_score = None, 0
    for page in PAGES:
        score = _score(page, counts)
        if score > best_score:
            best, best_score = page, score
    return best


def _word_bytes(window: bytes) -> Counter[int]:
    """How often each non-ASCII byte stands inside a word of ``window`` (beside a letter or a non-ASCII byte)."""
    runs: list[bytes] = []
    seen = 0
    kinds = window.translate(_KINDS)
    for match in _HIGH_RUNS.finditer(kinds):
        start, end = match.span()
        if end - start > 1 or kinds[start - 1 : start] == b"a" or kinds[end : end + 1] == b"a":
            runs.append(window[start:end])
        seen += end - start
        if seen >= _ENOUGH:
            break
    return Counter(b"".join(runs))


def _score(page: str, counts: Mapping[int, int]) -> int:
    """How many of the counted bytes read as letters of one language under ``page`` (the best language's count).

    -1 when the page cannot decode one of them.
    """
    chars: dict[int, str] = {}
    for byte in counts:
        if byte in _C1 and page.startswith("iso"):
            return -1
        if page == "cp1252" and byte in _CP1252_UNDEFINED:
            chars[byte] = chr(byte)  # as browsers and latin-1 read them
            continue
        try:
            chars[byte] = bytes((byte,)).decode(page)
        except UnicodeDecodeError:
            return -1
    return max(sum(n for byte, n in counts.items() if chars[byte] in letters) for letters in _LETTERS.values())
