"""One wire message (ANPA-1312 or IPTC 7901) read into article fields: header, text, trailer.

The framing (where a message, its header, its text and its trailer are) is
found by :mod:`newsparse.detectors.wire.anpa`; this module reads the parts:

* the **header** (selector line): message number, selector code, priority,
  category, keyword and word count, all to ``notes``;
* the **text**: an optional keyword / slug line, the headline, byline lines, an
  optional dateline line, then paragraphs that start with a tab or spaces (or
  after a blank line), whose wrapped lines are joined; the teletype marks ``^``
  at a line's start and ``<`` or ``=`` at its end are dropped;
* the **trailer**: agency, desk, date and time (``AP-NY-03-01-24 1015EST``,
  ``dpa ab 011015 Mar 24``), giving ``published`` and ``source``.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from newsparse._meta import parse_byline
from newsparse._model import Dropped

__all__ = ["TRAILER", "Parts", "join_wrapped", "message_fields"]


class Parts(NamedTuple):
    """The pieces of one message as text: its header, its text and its trailer (each may be empty)."""

    header: str
    text: str
    trailer: str


# "AP-NY-03-01-24 1015EST": agency, desk, month-day-year, time and zone.
_US_TRAILER = (
    r"(?P<agency>[A-Z][A-Za-z]{1,5})-(?P<desk>[A-Z]{2,4})-(?P<m>\d\d)-(?P<d>\d\d)-(?P<y>\d\d)"
    r"\s+(?P<hm>\d{4})\s?(?P<zone>[A-Z]{3,4})?"
)
# "dpa ab cd 011015 Mar 24" (IPTC 7901): agency, codes, day-hour-minute, month, year.
_DAY_TRAILER = (
    r"(?P<agency2>[A-Za-z]{2,6})\b[ \w/]{0,30}?\s(?P<d2>\d\d)(?P<hm2>\d{4})\s+"
    r"(?:(?P<zone2>GMT|UTC|MEZ|MESZ|CET|CEST)\s+)?(?P<mon>[A-Z][a-zä]{2})\s+(?P<y2>\d\d(?:\d\d)?)"
)
TRAILER = re.compile(rf"^[ \t]*(?:{_US_TRAILER}|{_DAY_TRAILER})[ \t]*[<=]?[ \t]*$", re.MULTILINE)
"""A trailer line, anywhere in a text (multi-line mode)."""
_ZONES = {
    "GMT": "+00:00", "UTC": "+00:00", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00",
    "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "MEZ": "+01:00", "CET": "+01:00",
    "MESZ": "+02:00", "CEST": "+02:00", "BST": "+01:00",
}  # fmt: skip
_MONTHS = {m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_MONTHS.update({"mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12})  # German forms in dpa trailers
# The 7901 trailer written on two lines at the end of the text: the agency's initials, then day-hour-minute.
_SIGN_LINE = re.compile(r"^[ \t]*[a-z]{2,6}(?:[ /][a-z]{1,4}){1,3}[ \t]*$")
_TIME_LINE = re.compile(r"^[ \t]*\d{6}\s+(?:(?:GMT|UTC|MEZ|MESZ|CET|CEST)\s+)?[A-Z][a-zä]{2}\s+\d\d(?:\d\d)?[ \t]*$")
_PRIORITIES = {"f": "flash", "b": "bulletin", "u": "urgent", "r": "regular", "d": "deferred"}
_KEYWORD = re.compile(r"^(?:[A-Z]{2}-)?[A-Za-z0-9][\w&'.]*(?:-[\w&'.]+)+(?:,\s*\d{1,5})?(?:\s*\|.*)?$")
_BYLINE = re.compile(r"^(?:By|BY|Von|VON|Par|PAR|De|Por|POR)\s+\S")
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý .'/-]{1,40}(?:,\s[A-ZÀ-Ý][\w .'-]{1,30})?)"
    r"\s*\((?P<agency>[A-Za-z][\w ]{0,15})\)\s*(?:_|-|--|–|—|:)\s*"
)
_END_MARK = re.compile(r"^(?:\(?(?:END|ENDE|FIN|ENDIT|MORE|MEHR|SUITE|Ende|end|more)\)?|-0-|#|xxx|XXX|=+|\.\.\.)$")
_WITHDRAWN = re.compile(r"\b(?:KILL|KILLED|WITHDRAWN|WITHDRAWAL|ELIMINATION|ELIMINATE|CORRECTION KILL)\b")


def message_fields(parts: Parts) -> tuple[dict[str, Any], bool]:
    """The fields of one message, and whether the agency withdrew it (a kill or withdrawal notice)."""
    fields: dict[str, Any] = {"notes": [], "dropped": []}
    header = " ".join(parts.header.split())
    keyword = _header_notes(header, fields["notes"])
    lines = [_untyped(line) for line in parts.text.split("\n")]
    trailer = parts.trailer.strip()
    while lines and not lines[-1].strip():
        lines.pop()
    if not trailer and lines and TRAILER.match(lines[-1]):
        trailer = lines.pop().strip()
    elif len(lines) > 1 and _TIME_LINE.match(lines[-1]) and _SIGN_LINE.match(lines[-2]):
        time = lines.pop().strip()
        trailer = trailer or f"{lines.pop().strip()} {time}"
    _trailer(trailer, fields)
    position = _head(lines, keyword, fields)
    paragraphs = join_wrapped(lines[position:])
    while paragraphs and _END_MARK.match(paragraphs[-1]):
        fields["dropped"].append(Dropped(paragraphs.pop(), "end mark"))
    if paragraphs and "dateline" not in fields:
        match = _DATELINE.match(paragraphs[0])
        if match is not None:
            fields["dateline"] = match.group("place").strip()
            fields.setdefault("source", match.group("agency").strip())
            paragraphs[0] = paragraphs[0][match.end() :]
    fields["body"] = "\n\n".join(paragraphs)
    withdrawn = bool(_WITHDRAWN.search(" ".join((header, keyword or "", fields.get("title") or ""))))
    return {key: value for key, value in fields.items() if value not in (None, "", [])}, withdrawn


def _untyped(line: str) -> str:
    """A text line without the teletype marks: ``^`` at its start, ``<`` or ``=`` at its end."""
    line = line.rstrip()
    if line.endswith(("<", "=")) and not line.endswith(("<<", "==")):
        line = line[:-1].rstrip()
    stripped = line.lstrip()
    if stripped.startswith("^"):
        line = line[: len(line) - len(stripped)] + stripped[1:]
    return line


def _header_notes(header: str, notes: list[str]) -> str | None:
    """Notes for the header line's parts; returns its keyword (the slug), if it has one."""
    if not header:
        return None
    notes.append(f"header: {header}")
    tokens = header.split()
    singles = [t for t in tokens if len(t) == 1 and t.isalnum()]
    if singles:
        name = _PRIORITIES.get(singles[0])
        notes.append(f"priority: {singles[0]}" + (f" ({name})" if name else ""))
        after = tokens.index(singles[0]) + 1
        if after < len(tokens) and re.fullmatch(r"[a-z]{1,3}", tokens[after]):
            notes.append(f"category: {tokens[after]}")
    keyword = next((t for t in tokens if "-" in t and any(c.isalpha() for c in t) and not t[:1].isdigit()), None)
    if keyword is None and len(tokens) > 2 and len(tokens[-1]) > 3 and tokens[-1].isalpha():
        keyword = tokens[-1]  # IPTC 7901 headers may end with the keyword: "dpa0123 4 vm 210 Harbour"
    if keyword:
        notes.append(f"keyword: {keyword}")
    count = next((t for t in reversed(tokens[1:]) if t.isdigit() and 2 <= len(t) <= 5), None)
    if count is not None:
        notes.append(f"word count: {int(count)}")
    return keyword


def _trailer(trailer: str, fields: dict[str, Any]) -> None:
    """``published`` and ``source`` from the trailer line (the date rewritten as ISO 8601, nothing guessed)."""
    match = TRAILER.match(trailer) if trailer else None
    if trailer:
        fields["notes"].append(f"trailer: {' '.join(trailer.split())}")
    if match is None:
        return
    groups = match.groupdict()
    if groups["agency"]:
        year, month, day = _year(groups["y"]), int(groups["m"]), int(groups["d"])
        hm, zone, agency = groups["hm"], groups["zone"], groups["agency"]
    else:
        year, month, day = _year(groups["y2"]), _MONTHS.get(groups["mon"].lower(), 0), int(groups["d2"])
        hm, zone, agency = groups["hm2"], groups["zone2"], groups["agency2"]
    fields["source"] = agency
    if not (1 <= month <= 12 and 1 <= day <= 31 and int(hm[:2]) < 24 and int(hm[2:]) < 60):
        return
    offset = _ZONES.get(zone or "", "")
    fields["published"] = f"{year:04d}-{month:02d}-{day:02d}T{hm[:2]}:{hm[2:]}:00{offset}"


def _year(digits: str) -> int:
    year = int(digits)
    if year >= 100:
        return year
    return 1900 + year if year >= 70 else 2000 + year


def _head(lines: list[str], keyword: str | None, fields: dict[str, Any]) -> int:
    """Read the slug line, headline, bylines and a dateline line before the body; return where the body starts."""
    position = 0
    while position < len(lines) and not lines[position].strip():
        position += 1
    first = lines[position].strip() if position < len(lines) else ""
    slug = _KEYWORD.match(first) is not None and " " not in first.split(",")[0]
    if first and (slug or (keyword is not None and first.startswith(keyword))):
        fields["notes"].append(f"slug: {first}")
        position += 1
    while position < len(lines):
        line = lines[position]
        text = line.strip()
        if not text:
            position += 1
            continue
        if line[:1] in (" ", "\t") or _DATELINE.match(text):
            break  # the first paragraph
        if "title" not in fields:
            fields["title"] = " ".join(text.split())  # a wrapped or padded headline: one space between words
        elif _BYLINE.match(text) and "byline" not in fields:
            fields["byline"] = text
            parsed = parse_byline(text)
            if parsed is not None:
                fields["authors"] = parsed[0]
        elif "byline" in fields and len(text) < 60 and text.istitle():
            fields["notes"].append(f"byline title: {text}")  # "Associated Press Writer"
        else:
            break
        position += 1
    return position


def join_wrapped(lines: list[str]) -> list[str]:
    """Paragraphs: a line indented by a tab or spaces, or after a blank line, starts one; wrapped lines join."""
    paragraphs: list[list[str]] = []
    fresh = True
    for line in lines:
        text = line.strip()
        if not text:
            fresh = True
            continue
        if fresh or line[:1] in (" ", "\t"):
            paragraphs.append([])
        paragraphs[-1].append(text)
        fresh = False
    return [" ".join(words) for words in paragraphs]
