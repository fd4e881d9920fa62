"""Metadata read from short strings: dates, bylines, datelines, hashtags, view counts.

Every function here is pure and works on one line or one value; none of them
scans whole bodies, so they cost nothing on the hot path.
"""

from __future__ import annotations

import datetime as _dt
import email.utils
import re

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

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_TIME = (
    r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?P<tz>UTC|GMT|Z|[+-]\d{2}:?\d{2}))?)?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE_PATTERNS = (
    re.compile(_WEEKDAY + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + _TIME, re.IGNORECASE),
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _TIME, re.IGNORECASE),
)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_RELATIVE = re.compile(r"\b(?:ago|yesterday|today|just now)\b", re.IGNORECASE)

_HASHTAG = re.compile(r"(?<![\w&#/])#([^\W\d_][\w-]*)")
_VIEWS = re.compile(
    r"^(?:views?:?\s*(?P<a>[\d,.]+)|(?:viewed|view|read)\s+(?P<b>[\d,.]+)\s+times?|(?P<c>[\d,.]+)\s+(?:views|reads))\.?$",
    re.IGNORECASE,
)

# A dateline: an upper-case place, an optional ", Region", an optional agency, then a dash or colon.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3}(?:, [A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,2})?)"
    r"(?: \((?:AP|Reuters|AFP|UPI|dpa|AA|CNN|Xinhua|Bloomberg)\))?"
    r"(?::\s+| ?[—–]\s*| -- | - )(?=\S)"
)
_NOT_PLACES = frozenset(
    "NATO UN EU US USA UK ICE FBI CIA NIS AP AFP BREAKING UPDATE UPDATED WATCH EXCLUSIVE OPINION "
    "ANALYSIS LIVE NOTE EDITOR'S EDITORS CORRECTION WARNING READ MORE PHOTOS VIDEO".split()
)

_ORG_WORDS = (
    r"(?:Press|News|Times|Post|Journal|Herald|Agency|Wire|Service|Tribune|Telegraph|Guardian|Gazette"
    r"|Reporter|Media|Network|Daily|Insider|Observer|Chronicle|Independent|Standard|Examiner|Monitor)"
)
_KNOWN_ORGS = frozenset(
    s.lower()
    for s in (
        "AP", "Reuters", "AFP", "Agence France-Presse", "CNN", "BBC", "Bloomberg", "NPR", "UPI", "dpa",
        "EFE", "ANSA", "Xinhua", "TASS", "Kyodo", "Yonhap", "PTI", "ANI", "Axios", "Politico",
        "Al Jazeera", "Arab News", "CBS", "NBC", "ABC", "Fox", "AAP", "Interfax", "Anadolu", "Al Arabiya",
        "The Associated Press", "Associated Press", "The Canadian Press", "Canadian Press",
    )
)  # fmt: skip
_ORG = re.compile(r"^#?(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}$")
_ORG_SUFFIX = re.compile(r"\b" + _ORG_WORDS + r"$")
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|da|del|della|di|van|von|der|den|bin|al|el|la|le|dos|das|du|ten|ter)|[A-Z]\.)"
_NAME = re.compile(r"^" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){1,4}$")
_NAME_SEP = re.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|And|AND|&)\s+")
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_REPORTING = re.compile(r"\(?\s*(?:Reporting|Writing|Reported)\s+by\s+(?P<names>[^;.)]+)", re.IGNORECASE)
_PLACE_TAIL = re.compile(r"\s+in\s+[A-Z][\w .'’-]*$")

_END_NOTE = re.compile(
    r"(?:contributed (?:to )?(?:this |the )?(?:report|story|reporting|article)|contributed from|contributed reporting"
    r"|^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|edited) by\b|\breported from\b"
    r"|\bwas (?:first |originally )?published\b|^(?:©|copyright\b)|^follow .{1,80} (?:on|at) \S"
    r"|^this (?:story|article|report) (?:has been|was) (?:updated|corrected)\b)",
    re.IGNORECASE,
)

# Every match of _END_NOTE contains one of these, in any case. The only non-ASCII letters that match
# ASCII letters under re.IGNORECASE are the four of _ODD_CASE (see the `re` docs): lines with one of
# them skip the shortcut.
_END_NOTE_WORDS = (
    "contributed", "reporting by", "writing by", "editing by", "compiled by", "edited by", "reported from",
    "published", "©", "copyright", "follow", "updated", "corrected",
)  # fmt: skip
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
    if not value or len(value) > 200 or _RELATIVE.search(value):
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
    if len(text) > 1000 or _RELATIVE.search(text):
        return None
    best: re.Match[str] | None = None
    for pattern in _DATE_PATTERNS:
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
    month = _MONTHS.get(parts["month"].lower().rstrip("."))
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
    match = _VIEWS.match(line.strip())
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
    match = _DATELINE.match(paragraph)
    if match is None:
        return None, paragraph
    place = match.group("place")
    head = place.split(",")[0]
    if head in _NOT_PLACES or sum(ch.isalpha() for ch in head) < 3 or len(place) > 60:
        return None, paragraph
    return place, paragraph[match.end() :]


def is_org(value: str) -> bool:
    """Whether a short string names a publisher or agency ("The Associated Press", "#CNN").

    Example:
        >>> is_org("The Canadian Press"), is_org("#CNN"), is_org("North Korea")
        (True, True, False)
    """
    value = value.strip().lstrip("#")
    if value.lower() in _KNOWN_ORGS:
        return True
    return bool(_ORG.match(value)) and bool(_ORG_SUFFIX.search(value))


def _names(text: str) -> list[str] | None:
    parts = [p.strip() for p in _NAME_SEP.split(text.strip()) if p.strip()]
    if not parts or not all(_NAME.match(p) for p in parts):
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
    reporting = _REPORTING.match(line)
    if reporting:
        names = _names(_PLACE_TAIL.sub("", reporting.group("names").strip()))
        return (names, None) if names else None
    if line.endswith((".", "!", "?", "”", '"')) and not line.endswith(
        tuple(f" {c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    ):
        return None
    has_by = bool(_BY.match(line))
    body = _BY.sub("", line)
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
    if _ODD_CASE.isdisjoint(line) and not any(word in line.lower() for word in _END_NOTE_WORDS):
        return False  # none of the words every _END_NOTE match contains: no need for the regex
    return _END_NOTE.search(line) is not None
