"""Mojibake repair, gated so that clean text never goes through ftfy.

ftfy is accurate but slow (a few MB/s), and its default ``fix_text`` also
straightens curly quotes, which would alter clean text. So a compiled regex
finds the places that look like UTF-8 read as cp1252 or latin-1 (a lead
character in U+00C2..U+00F4 followed by a continuation character, or U+FFFD),
and only the lines around those places are handed to ``ftfy.fix_encoding``.
"""

from __future__ import annotations

import re

__all__ = ["needs_repair", "repair_mojibake"]

# A UTF-8 lead byte read as cp1252/latin-1, followed by a continuation byte read the same way.
_CONTINUATION = (
    "\u0080-\u00bf"  # latin-1 C1 controls and NBSP..inverted question mark
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# Written with one leading character class (not ``lead cont|\ufffd``) so that the regex engine scans
# for the first character in a tight loop: ~2.5x faster, with exactly the same matches.
_GATE = re.compile(f"[\u00c2-\u00f4\ufffd](?:(?<=\ufffd)|[{_CONTINUATION}])")
# The same gate on the UTF-8 bytes of a text, for the lead characters (every one is C3 82..C3 B4 in UTF-8):
# it opens with a literal byte, which the regex engine scans for in a tight loop (~4x faster than _GATE on
# text with curly quotes); U+FFFD is found with ``in``. A text it passes has no _GATE match at all.
_BYTE_GATE = re.compile(
    rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92|\xcb[\x86\x9c]"
    rb"|\xe2\x80[\x93\x94\x98-\x9a\x9c-\x9e\xa0-\xa2\xa6\xb0\xb9\xba]|\xe2\x82\xac|\xe2\x84\xa2)"
)
_WINDOW = 4096  # on very long lines, repair this many characters around each hit
_SLACK = 256  # how far a window's edge may move to land on a space or an ASCII character


def needs_repair(text: str) -> bool:
    """Return True when ``text`` shows a sign of mojibake (cheap: a regex, no ftfy).

    Example:
        >>> needs_repair("It\\u00e2\\u20ac\\u2122s"), needs_repair("It’s")
        (True, False)
    """
    return not text.isascii() and _GATE.search(text) is not None


def repair_mojibake(text: str, encoded: bytes | None = None) -> tuple[str, list[tuple[int, int]]]:
    """Repair mojibake line by line where the gate fires.

    Returns the repaired text and the ``(start, end)`` spans, in the repaired
    text, of the lines that ftfy changed. ``encoded`` is the text's UTF-8 bytes,
    when the caller has them (the gate reads them instead of encoding the text).

    Example:
        >>> repair_mojibake("clean line\\nIt\\u00e2\\u20ac\\u2122s broken")
        ('clean line\\nIt’s broken', [(11, 22)])
    """
    if text.isascii():
        return text, []
    hits = _Hits(text, encoded)
    match = hits.search(0)
    if match is None:
        return text, []
    import ftfy  # here, not at the top: it costs ~30 ms to import and clean text never needs it

    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    while match is not None:
        start, end = _segment(text, match.start(), match.end())
        start = max(start, pos)  # a window on a long line must not reach back into the last repaired one
        segment = text[start:end]
        fixed = ftfy.fix_encoding(segment)
        pieces.append(text[pos:start])
        length += start - pos
        if fixed != segment:
            spans.append((length, length + len(fixed)))
        pieces.append(fixed)
        length += len(fixed)
        pos = end
        match = hits.search(end)
    pieces.append(text[pos:])
    return "".join(pieces), spans


class _Hits:
    """The matches of :data:`_GATE` in a text, found on its UTF-8 bytes and read on the text.

    ``search(pos)`` is ``_GATE.search(text, pos)`` for positions that never go back: the hits are found with
    :data:`_BYTE_GATE` (which the regex engine scans for quickly) and ``str.find`` for U+FFFD, and ``_GATE``
    is then run from the first hit only, so clean stretches are never scanned as text. The gates match
    exactly the same places (``tests/test_plain_identical.py`` checks it).

    A byte hit is placed in the text by looking for its characters there, from just after the hit before it:
    no byte hit starts inside another (each is a lead ``C3 xx`` and continuation characters, none of which
    encodes with a ``C3`` byte), so the first place its characters come back is the hit itself (an earlier
    one would be an earlier byte hit). No stretch of the text is encoded or decoded again to count
    characters (``tests/test_plain_speed_gate.py`` checks the hits on longer texts).
    """

    def __init__(self, text: str, encoded: bytes | None = None) -> None:
        self.text = text
        if encoded is None:
            encoded = text.encode("utf-8", "surrogatepass")
        self.leads = _BYTE_GATE.finditer(encoded)
        self.lead = -1  # where the last byte hit placed is in the text (-1: before the first)
        self.done = False  # no byte hit is left
        self.replacement = text.find("\ufffd")  # the next U+FFFD from the last ``pos`` on (-1: none)

    def search(self, pos: int) -> re.Match[str] | None:
        """The first gate match at or after ``pos`` (not before the last ``pos`` asked)."""
        text = self.text
        while self.lead < pos and not self.done:
            lead = next(self.leads, None)
            if lead is None:
                self.done = True
            else:
                self.lead = self._place(lead.group().decode("utf-8"))
        if 0 <= self.replacement < pos:
            self.replacement = text.find("\ufffd", pos)
        found = [at for at in (self.lead if self.lead >= pos else -1, self.replacement) if at >= 0]
        if not found:
            return None
        return _GATE.search(text, min(found))

    def _place(self, chars: str) -> int:
        """Where the characters of the next byte hit are in the text: the first place after the last hit.

        Found by their first character (a one-character ``find`` is a memory scan), then checked whole. Each
        hit's search starts after the last one: over all hits, no character is passed twice (linear time).
        """
        text, first = self.text, chars[0]
        at = text.find(first, self.lead + 1)
        while not text.startswith(chars, at):  # the hit is there: the loop ends at it
            at = text.find(first, at + 1)
        return at


def _segment(text: str, hit_start: int, hit_end: int) -> tuple[int, int]:
    """The line around a hit, or a window of about ``_WINDOW`` characters each side of it on a huge line.

    Every search is bounded, so the cost per hit does not grow with the line: a 50 MB line with
    mojibake throughout stays linear. A window edge lands on a space or an ASCII character
    when one is near, so that it never cuts a mojibake sequence (all non-ASCII) in two.
    """
    reach = max(0, hit_start - _WINDOW)
    start = text.rfind("\n", reach, hit_start) + 1
    if start == 0 and reach > 0:
        start = _window_start(text, reach, hit_start)
    reach = min(len(text), hit_end + _WINDOW)
    end = text.find("\n", hit_end, reach)
    if end < 0:
        end = reach if reach == len(text) else _window_end(text, reach, hit_end)
    return start, end


def _window_start(text: str, pos: int, limit: int) -> int:
    space = text.find(" ", pos, min(pos + _SLACK, limit))
    if space >= 0:
        return space + 1
    for i in range(pos, min(pos + _SLACK, limit)):
        if text[i].isascii():
            return i
    return pos


def _window_end(text: str, pos: int, limit: int) -> int:
    space = text.rfind(" ", max(pos - _SLACK, limit), pos)
    if space >= 0:
        return space
    for i in range(pos - 1, max(pos - _SLACK, limit) - 1, -1):
        if text[i].isascii():
            return i + 1
    return pos
