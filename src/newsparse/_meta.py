"""Metadata read from short strings: dates, bylines, datelines, hashtags, view counts.

Every function here is pure and works on one line or one value; none of them
scans whole bodies, so they cost nothing on the hot path.
"""

from __future__ import annotations

import datetime as _dt
import email.utils
import re

from newsparse.vocabulary import PATTERNS

__all__ = [
    "find_date",
    "hashtags",
    "is_end_note",
    "parse_byline",
    "parse_date",
    "parse_views",
    "split_dateline",
    "strip_hashtags",
]

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_HASHTAG = re.compile(r"(?<![\w&#/])#([^\W\d_][\w-]*)")
_ORG = re.compile(r"^#?(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}$")  # a name's shape; words: vocabulary

# The only non-ASCII letters that match ASCII letters under re.IGNORECASE are these four (see the `re` docs):
# a line with one of them skips the end-note shortcut (PATTERNS.end_note_words).
_ODD_CASE = frozenset("\u0130\u0131\u017f\u212a")


def parse_date(value: str) -> str | None:
    """Parse one date string into ISO 8601, or return None (relative times are not dates).

    Example:
        >>> parse_date("Updated 21 October 2024"), parse_date("February 19th 2025")
        ('2024-10-21', '2025-02-19')
        >>> parse_date("2024-10-23T15:39:54"), parse_date("2 sec ago")
        ('2024-10-23T15:39:54', None)
    """
    value = value.strip()
    if not value or len(value) > 200 or PATTERNS.relative_date.search(value):
        return None
    iso = _ISO.fullmatch(value)
    if iso:
        return _iso(value)
    found = find_date(value)
    if found is not None:
        return found
    if len(value) < 60 and "," in value and ":" in value:
        try:  # RFC 2822, as in RSS: "Tue, 10 Jun 2003 04:00:00 GMT"
            return email.utils.parsedate_to_datetime(value).isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    return None


def find_date(text: str) -> str | None:
    """Find the first written-out date in a sentence and return it in ISO 8601.

    Example:
        >>> find_date("This report was first published Sept. 4, 2025.")
        '2025-09-04'
    """
    if len(text) > 1000 or PATTERNS.relative_date.search(text):
        return None
    best: re.Match[str] | None = None
    for pattern in PATTERNS.date_patterns:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        iso = _ISO.search(text)
        return _iso(iso.group()) if iso else None
    return _from_parts(best)


def _iso(value: str) -> str | None:
    text = value.replace(" ", "T", 1)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        if "T" in text:
            return _dt.datetime.fromisoformat(text).isoformat()
        return _dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _zone(name: str | None) -> _dt.tzinfo | None:
    """UTC for "UTC", "GMT" and "Z"; a fixed offset for "+0200" or "-05:00"; None when absent."""
    if not name:
        return None
    if name[0] not in "+-":
        return _dt.UTC
    digits = name[1:].replace(":", "")
    offset = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return _dt.timezone(-offset if name[0] == "-" else offset)


def _from_parts(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month = PATTERNS.months.get(parts["month"].lower().rstrip("."))
    if month is None:
        return None
    try:
        day = _dt.date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None
    if parts.get("hour") is None:
        return day.isoformat()
    hour = int(parts["hour"])
    ampm = (parts.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    tz = _zone(parts.get("tz"))
    try:
        moment = _dt.datetime.combine(
            day, _dt.time(hour, int(parts["minute"]), int(parts.get("second") or 0)), tzinfo=tz
        )
    except ValueError:
        return day.isoformat()
    return moment.isoformat()


def hashtags(text: str) -> list[str]:
    """Return the hashtags in ``text``, without their ``#``, in order, without repeats.

    Example:
        >>> hashtags("Report calls on #NATO to counter #NATO rivals")
        ['NATO']
    """
    return list(dict.fromkeys(_HASHTAG.findall(text)))


def strip_hashtags(text: str) -> str:
    """Remove the ``#`` of each hashtag, keeping the word.

    Example:
        >>> strip_hashtags("#Israel starts calling up reservists")
        'Israel starts calling up reservists'
    """
    if "#" not in text:  # the common case, without a regex pass
        return text
    return _HASHTAG.sub(r"\1", text)


def parse_views(line: str) -> int | None:
    """Read a view counter such as "View 227 times" or "1,204 views".

    Example:
        >>> parse_views("View 227 times"), parse_views("Views: 1,204"), parse_views("Viewpoint")
        (227, 1204, None)
    """
    match = PATTERNS.views.match(line.strip())
    if match is None:
        return None
    digits = (match.group("a") or match.group("b") or match.group("c")).replace(",", "").replace(".", "")
    return int(digits) if digits.isdigit() else None


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split a dateline ("BRUSSELS: ...", "PORTLAND, Oregon — ...") off a first paragraph.

    Example:
        >>> split_dateline("PORTLAND, Oregon: US agents must stop.")
        ('PORTLAND, Oregon', 'US agents must stop.')
        >>> split_dateline("NATO: not a place")
        (None, 'NATO: not a place')
    """
    match = PATTERNS.dateline.match(paragraph)
    if match is None:
        return None, paragraph
    place = match.group("place")
    head = place.split(",")[0]
    if (
        head.replace("’", "'").casefold() in PATTERNS.not_places
        or sum(ch.isalpha() for ch in head) < 3
        or len(place) > 60
    ):
        return None, paragraph
    return place, paragraph[match.end() :]


def is_org(value: str) -> bool:
    """Whether a short string names a publisher or agency ("The Associated Press", "#CNN").

    Example:
        >>> is_org("The Canadian Press"), is_org("#CNN"), is_org("North Korea")
        (True, True, False)
    """
    value = value.strip().lstrip("#")
    if value.casefold() in PATTERNS.known_orgs:
        return True
    return bool(_ORG.match(value)) and bool(PATTERNS.org_suffix.search(value))


def _names(text: str) -> list[str] | None:
    parts = [p.strip() for p in PATTERNS.name_separator.split(text.strip()) if p.strip()]
    if not parts or not all(map(PATTERNS.name.match, parts)):
        return None
    return parts


def parse_byline(line: str) -> tuple[list[str], str | None] | None:
    """Read a byline into (authors, source), or return None when it is not one.

    Handles "Name, Name And Name, The Associated Press", "By Name and Name",
    "By Name, Reuters" and "(Reporting by Name in Place; Editing by Name)".

    Example:
        >>> parse_byline("Rebecca Santana, Valerie Gonzalez And Sonia Pérez D., The Associated Press")
        (['Rebecca Santana', 'Valerie Gonzalez', 'Sonia Pérez D.'], 'The Associated Press')
        >>> parse_byline("Jessie Yeung, Billy Stockwell and Gawon Bae, #CNN")
        (['Jessie Yeung', 'Billy Stockwell', 'Gawon Bae'], 'CNN')
        >>> parse_byline("The stakes are high.") is None
        True
    """
    line = line.strip()
    if not line or len(line) > 200:
        return None
    reporting = PATTERNS.reporting.match(line)
    if reporting:
        names = _names(PATTERNS.place_tail.sub("", reporting.group("names").strip()))
        return (names, None) if names else None
    if line.endswith((".", "!", "?", "”", '"')) and not line.endswith(
        tuple(f" {c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    ):
        return None
    by = PATTERNS.by.match(line)
    has_by = by is not None
    body = line[by.end() :] if by is not None else line
    source: str | None = None
    if "," in body:
        head, _, tail = body.rpartition(",")
        if is_org(tail):
            source, body = tail.strip().lstrip("#"), head
    if not has_by and source is None:
        return None
    names = _names(body)
    if names is None:
        return None
    return names, source


def is_end_note(line: str) -> bool:
    """Whether a line is end matter: contributor lines, "(Reporting by ...)", "first published ...".

    Example:
        >>> is_end_note("CNN’s Samantha Waldenberg contributed to this report.")
        True
    """
    if len(line) >= 400:
        return False
    if _ODD_CASE.isdisjoint(line) and not any(word in line.lower() for word in PATTERNS.end_note_words):
        return False  # none of the words every end-note match contains: no need for the regex
    return PATTERNS.end_note.search(line) is not None
