"""ANPA-1312 and IPTC 7901 wire text: messages framed by SOH, STX and ETX control characters.

A message is ``SOH header STX text ETX trailer``: the header (selector) line
says the message number, priority, category, keyword and word count; the text
holds a slug line, the headline, bylines and indented paragraphs; the trailer
names the agency, desk and time. The decoder keeps SOH, STX, ETX and EOT in a
text that holds such a frame (every other control character is removed).

Two damaged forms are read too. A dump that shows the controls in caret
notation (``^A``, ``^B``, ``^C``, as ``cat -v`` prints them) is framed the same
way; a ``^A`` counts only before a message number and a ``^B`` or ``^C`` only at a
line's end (or before the trailer), so a teletype headline mark such as ``^Bridge
closes<`` is not mistaken for one. A file whose controls were lost in transit is
cut at its header lines (``a0547 r i BC-...``, ``ZCZC``), else after its trailer
lines; each message it gives carries a ``wire-framing-lost`` problem.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from newsparse._problems import Location, Problem
from newsparse.detectors._base import HEAD_SIZE, RawArticle
from newsparse.detectors._sniff import content_start, count_lines, first_char, search_lines
from newsparse.detectors.wire._anpa_message import TRAILER, Parts, message_fields

__all__ = ["AnpaDetector"]

_SOH = re.compile(r"\x01|\^A(?=[A-Za-z]{0,6}\d{2,}|ZCZC)")
_STX = re.compile(r"\x02|\^B(?=[ \t]*(?:\n|$))")
_ETX = re.compile(r"\x03|\^C(?=[ \t]*(?:\n|$)|[ \t]*[A-Za-z]{2,6}[- ])")
_EOT = re.compile(r"\x04|\^D|^NNNN[ \t]*$", re.MULTILINE)
# A header line where the controls were lost: a message number ("a0547 r i BC-Harbour-Lights 03-01 0420") or ZCZC.
_HEADER_LINE = re.compile(r"^(?:ZCZC\b|[a-z]\d{4}\b[ \t\x1f]+\S)[^\n]{0,200}$", re.MULTILINE)
_TELEX_END = re.compile(r"^NNNN[ \t]*$", re.MULTILINE)
_MESSAGE_ID = re.compile(r"[A-Za-z]{0,6}\d{3,}")
_SNIFF_FRAME = re.compile(r"\x01[^\x01\x02]{0,1000}\x02|^[ \t\n]*(?:\^V)*\^A(?=[A-Za-z]{0,6}\d{2,}|ZCZC)")
_SNIFF_SOH_FRAME = re.compile(r"\x01[^\x01\x02]{0,1000}\x02")  # _SNIFF_FRAME's first branch: scanned for SOH
_SYN = "^V"  # SYN in caret notation: padding before a message


class AnpaDetector:
    """ANPA-1312 / IPTC 7901 wire messages: header, slug, headline, byline, dateline, paragraphs, trailer.

    One article per message. The header's parts and the trailer go to ``notes``;
    the trailer's date (``AP-NY-03-01-24 1015EST``, ``dpa ... 011015 Mar 24``) is
    ``published`` and its agency the ``source``. A kill or withdrawal notice is
    read with an ``item-withdrawn`` problem.
    """

    name = "anpa"
    description = "ANPA-1312 and IPTC 7901 wire text: SOH header STX text ETX trailer, one article per message."

    def sniff(self, head: str) -> float:
        """Near-certain on an SOH ... STX frame; lower for caret notation or header and trailer lines alone."""
        head = head[:HEAD_SIZE]
        # _SNIFF_FRAME.search(head): its second branch can match only at the start (and "in" finds SOH the fastest)
        frame = _SNIFF_FRAME.match(head)
        if frame is None and "\x01" in head:
            frame = _SNIFF_SOH_FRAME.search(head, 1)
        if frame is not None:
            return 0.97 if frame.group().startswith("\x01") else 0.9
        first = _HEADER_LINE.match(head, content_start(head))
        if first is not None:
            if search_lines(TRAILER, head):
                return 0.85
            if first.group().startswith("ZCZC") and search_lines(_TELEX_END, head):
                return 0.8  # telex framing: ZCZC starts a message and NNNN ends it
            return 0.0
        if first_char(head) in ("<", "{", "[") or count_lines(TRAILER, head, 2) < 2:
            return 0.0
        return 0.6

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one raw article per message."""
        starts = list(_SOH.finditer(text))
        if starts:
            yield from _framed(text, starts)
        else:
            yield from _unframed(text)


def _framed(text: str, starts: list[re.Match[str]]) -> Iterator[RawArticle]:
    if text[: starts[0].start()].replace(_SYN, "").strip():
        problem = Problem("record-broken", "text before the first message (SOH) is not a message; skipped")
        yield RawArticle(0, starts[0].start(), {}, (problem,))
    for number, soh in enumerate(starts, start=1):
        end = starts[number].start() if number < len(starts) else len(text)
        problems: list[Problem] = []
        where, at = f"message {number}", Location(record=number, start=soh.start(), end=end)
        stx = _STX.search(text, soh.end(), end)
        if stx is None:  # no STX: the header is the first line
            newline = text.find("\n", soh.end(), end)
            header_end = text_start = newline if newline >= 0 else end
            problems.append(
                Problem("wire-framing-lost", f"{where} has no STX; its first line is read as the header", at)
            )
        else:
            header_end, text_start = stx.start(), stx.end()
        etx = _ETX.search(text, text_start, end)
        if etx is None:
            problems.append(Problem("wire-framing-lost", f"{where} has no ETX; read up to the next message", at))
        text_end = etx.start() if etx else end
        trailer = _EOT.sub("", text[etx.end() : end]) if etx else ""
        found = TRAILER.search(trailer)
        parts = Parts(text[soh.end() : header_end], text[text_start:text_end], found.group() if found else "")
        yield _article(parts, soh.start(), end, where, at, problems)


def _unframed(text: str) -> Iterator[RawArticle]:
    """Messages whose controls were lost: cut at header lines, else after trailer lines."""
    cuts = [m.start() for m in _HEADER_LINE.finditer(text)]
    if cuts:
        bounds = [*cuts, len(text)]
        if text[: cuts[0]].strip():
            bounds.insert(0, 0)
    else:
        bounds = [0, *(m.end() for m in TRAILER.finditer(text))]
        if text[bounds[-1] :].strip() or len(bounds) == 1:
            bounds.append(len(text))
    number = 0
    for start, end in itertools.pairwise(bounds):
        if not text[start:end].strip():
            continue
        number += 1
        where, at = f"message {number}", Location(record=number, start=start, end=end)
        message = _EOT.sub("", text[start:end])
        header = ""
        if _HEADER_LINE.match(message, len(message) - len(message.lstrip())):
            header, _, message = message.lstrip().partition("\n")
        lost = Problem("wire-framing-lost", f"{where}: no SOH/STX/ETX; found by its header or trailer line", at)
        yield _article(Parts(header, message, ""), start, end, where, at, [lost])


def _article(parts: Parts, start: int, end: int, where: str, at: Location, problems: list[Problem]) -> RawArticle:
    fields, withdrawn = message_fields(parts)
    ident = _MESSAGE_ID.match(parts.header.strip().removeprefix("ZCZC").strip())
    if ident is not None:
        fields["id"] = ident.group()
    if withdrawn:
        fields.setdefault("notes", []).append("withdrawn: a kill or withdrawal notice")
        problems.append(Problem("item-withdrawn", f"{where} is a kill or withdrawal notice", at))
    if not fields.get("title") and not fields.get("body"):
        problems.append(Problem("item-empty", f"{where} has no headline and no text; skipped", at))
        return RawArticle(start, end, {}, tuple(problems))
    return RawArticle(start, end, fields, tuple(problems))
