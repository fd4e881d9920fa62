"""A page's published and updated dates: where its head declares them, where it prints them, or its URL.

:func:`dates` takes them, best first, from JSON-LD and the common meta names,
microdata, the story's ``<time>``, the lines printed at the top of the story or
near its headline (in every vocabulary's words), the URL, and the page's first
``<time>``; a printed day takes the time of a same-day value. The dates are
handed on as the page writes them (the field contract reads them), except an
all-number date that the page's language settles (:func:`in_order`); a date is
never made up.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from newsparse._dates import may_hold_date, numeric_order, word_order
from newsparse._dates import read as read_date
from newsparse._meta import parse_date
from newsparse.vocabulary import PATTERNS

__all__ = [
    "PUBLISHED_KEYS", "UPDATED_KEYS", "closing_days", "dates", "first_date", "in_order", "parts_apart", "url_date",
    "visible_stamps", "with_time",
]  # fmt: skip

_STAMP_MAX = 100  # a text near the headline longer than this gives a date only when it opens with a timestamp word
# Meta names (lower-cased property, name or itemprop) that give the publication and update dates, best first.
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "article:published", "publishdate",
    "publish-date", "publish_date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
    "dcterms.date", "dcterms.issued", "dcterms.created", "dc.date.created", "article.published", "publication_date",
    "date", "displaydate", "originalpublicationdate", "citation_publication_date", "datecreated", "release_date",
    "cxenseparse:recs:publishtime", "timestamp",
)  # fmt: skip
UPDATED_KEYS = (
    "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
    "article.updated", "last-modified", "lastmod", "updated_time", "parsely-updated", "datelastpubbed",
)  # fmt: skip
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|-|$|\.)|[/_-]((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)(?:[/_.?#-]|$)"
)
_URL_MONTH_DATE = re.compile(r"/((?:19|20)\d\d)/([^\W\d_]{3,9})/([0-3]?\d)(?:/|$)")
_EPOCH_MS = re.compile(r"^1\d{12}$")
_COMPACT = re.compile(r"^((?:19|20)\d\d)([01]\d)([0-3]\d)(?:T?(\d\d)(\d\d)(\d\d)?Z?)?$")


def date_value(value: str | None) -> str | float | None:
    """A date as the page writes it, with epoch milliseconds and compact ISO ("20240314") made readable."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if _EPOCH_MS.match(value):
        return int(value) / 1000
    compact = _COMPACT.match(value)
    if compact:
        year, month, day, hour, minute, second = compact.groups()
        time = f"T{hour}:{minute}:{second or '00'}" if hour else ""
        return f"{year}-{month}-{day}{time}"
    return value


def url_date(url: str | None) -> str | None:
    """The date in a URL's path ("/2024/03/14/", "-20240314-", "-2024-03-14", "/2024/mar/14/"), as an ISO date; or None.

    Example:
        >>> url_date("https://example.com/world/2024/mar/14/storm"), url_date("https://example.com/a-20240314-b")
        ('2024-03-14', '2024-03-14')
    """
    named = _URL_MONTH_DATE.search(url or "")
    read = parse_date(f"{int(named[3])} {named[2]} {named[1]}") if named else None  # the one date reader's names
    if read:
        return read
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    year, month, day = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
    text = f"{year}-{int(month):02d}-{int(day):02d}"
    return text if parse_date(text) else None


def first_date(values: Iterable[str | None]) -> str | float | None:
    """The first value that reads as a date."""
    for value in values:
        candidate = date_value(value)
        if isinstance(candidate, float) or (candidate and parse_date(candidate)):
            return candidate
    return None


def in_order(value: str | float | None, language: str | None) -> str | float | None:
    """A date written all in numbers that nothing else settles, read in the order of the page's ``language``.

    A page whose language does not settle the order ("en", none declared) reads
    it in the order of the language of the timestamp word it opens with
    ("Publicado em 05/10/2018": day first). Other values are kept as they are,
    for the field contract to read (an all-number date nothing settles is
    reported there as ``date-ambiguous``).

    Example:
        >>> in_order("05/10/2018", "pt-BR"), in_order("05/10/2018", "en-US"), in_order("05/10/2018", "en")
        ('2018-10-05', '2018-05-10', '05/10/2018')
        >>> in_order("Publicado em 05/10/2018", None)
        '2018-10-05'
    """
    if not isinstance(value, str):
        return value
    reading = read_date(value)
    if reading is None or not reading.ambiguous:
        return value
    stamp = PATTERNS.timestamp.match(value.strip())
    order = numeric_order(language) or (word_order(stamp.group("kind")) if stamp else "")
    settled = read_date(value, order=order) if order else None
    return settled.iso if settled is not None else value


def with_time(chosen: str | float | None, values: Iterable[str | None]) -> str | float | None:
    """The chosen date, or, when it has no time of day, the first of ``values`` that gives the same day with one.

    A page that prints "November 18, 2019" and has a ``<time>`` of 2019-11-18T20:28 gives the latter.
    """
    day = parse_date(chosen) if isinstance(chosen, str) else None
    if day is None or "T" in day:
        return chosen
    for value in values:
        candidate = date_value(value)
        full = parse_date(candidate) if isinstance(candidate, str) else None
        if full is not None and full.startswith(day + "T"):
            return candidate
    return chosen


# The offsets from UTC that clocks keep somewhere, in minutes: whole hours from -12 to +14, and the half and
# three-quarter hours of India, Iran, Afghanistan, Nepal, Myanmar, central Australia, Newfoundland and others.
_ZONES = frozenset(
    [60 * hours for hours in range(-12, 15)] + [-570, -210, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825]
)
_UTC = re.compile(r"(?:Z|[+-]00:?00)$")


def local_time(published: str | float | None, lines: Iterable[str], language: str | None) -> str | float | None:
    """A publication time given in UTC, as the page's own clock shows it when a visible date-time says so.

    A page whose data says "2024-02-09T01:30:00Z" and that prints "08/02/2024 22h30"
    under its headline was published on 8 February where it is read: the same
    moment is given as "2024-02-08T22:30:00-03:00". The visible time must be the
    data's moment in a time zone that exists, to the minute; otherwise, and for a
    time that already carries its own offset, ``published`` is kept.

    Example:
        >>> local_time("2024-02-09T01:30:00Z", ["08/02/2024 22h30"], "pt-BR")
        '2024-02-08T22:30:00-03:00'
    """
    if not isinstance(published, str) or "T" not in published or not _UTC.search(published.strip()):
        return published
    try:
        moment = dt.datetime.fromisoformat(published.strip().replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return published
    shown, _ = visible_stamps(line for line in lines if len(line) <= _STAMP_MAX or PATTERNS.timestamp.match(line))
    for line in shown:
        value = in_order(line, language)
        iso = parse_date(value) if isinstance(value, str) else None
        if iso is None or "T" not in iso:
            continue
        if not _NAIVE.match(iso):  # the page prints its zone ("11:14 PM EDT"): the same moment, as printed
            try:
                printed = dt.datetime.fromisoformat(iso)
            except ValueError:
                continue
            utc = printed.astimezone(dt.UTC).replace(tzinfo=None) if printed.tzinfo else None
            if utc is not None and utc == moment.replace(second=0, microsecond=0) and printed.utcoffset():
                return printed.replace(second=moment.second).isoformat()
            continue
        offset = dt.datetime.fromisoformat(iso) - moment.replace(second=0, microsecond=0)
        minutes, rest = divmod(int(offset.total_seconds()), 60)
        if rest == 0 and minutes in _ZONES and minutes != 0:
            zone = dt.timezone(dt.timedelta(minutes=minutes))
            try:
                return (moment + offset).replace(second=moment.second, tzinfo=zone).isoformat()
            except OverflowError:  # within hours of the last day datetime holds
                return published
    return _shown_day(moment, shown, language) or published


def _in_zone(moment: dt.datetime, printed: str) -> str | None:
    """The UTC moment in the zone of a date-time the page prints (another moment: its update's), or None."""
    try:
        offset = dt.datetime.fromisoformat(printed).utcoffset()
        if offset is None or not offset:
            return None
        return (moment + offset).replace(tzinfo=dt.timezone(offset)).isoformat()
    except (ValueError, OverflowError):
        return None


def _shown_day(moment: dt.datetime, shown: Iterable[str], language: str | None) -> str | None:
    """The day the page prints, without a time, when it is the UTC moment's day somewhere else (or None).

    When the first date the page prints has a time in a named zone ("10:01 pm PST, November 19, 2019": its
    update's), the moment is given in that zone instead.

    A page whose data says "2026-11-26T17:05:42Z" and that prints "27 Nov 2026" was
    published on 27 November where it is read (New Zealand, 13 hours ahead): the
    day printed is the one its readers know, and no time of day can be told for it.
    Only the first date printed counts, and only the day before or after UTC's.

    Example:
        >>> _shown_day(dt.datetime(2026, 11, 26, 17, 5), ["27 Nov 2026"], "en-NZ")
        '2026-11-27'
        >>> _shown_day(dt.datetime(2026, 11, 26, 17, 5), ["24 Nov 2026"], "en-NZ") is None
        True
    """
    for line in shown:
        value = in_order(line, language)
        iso = parse_date(value) if isinstance(value, str) else None
        if iso is None:
            continue
        if "T" in iso:  # "10:01 pm PST": the page's zone, printed; a time without one matched no zone above
            return None if _NAIVE.match(iso) else _in_zone(moment, iso)
        day = dt.date.fromisoformat(iso[:10]) if len(iso) == 10 else None
        if day is None or day == moment.date():
            return None
        ahead = (dt.datetime.combine(day, dt.time()) - moment).total_seconds() / 60  # minutes to the day's start
        reachable = any(ahead <= zone < ahead + 24 * 60 for zone in _ZONES)
        return day.isoformat() if reachable else None
    return None


_NAIVE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?$")  # a date-time read from text, without offset


def _before_update(published: str | float | None, visible: list[str], updated: list[str]) -> str | float | None:
    """The page's shown publication date when the one chosen is the update the page shows beside it.

    Some sites' metadata give the update time as the publication time: a page that shows "Published 10.03.2026"
    and "Updated 11.03.2026" while its metadata say 11 March was published on the 10th. The shown publication
    is a line of a date alone, or a publication stamp ("Published: …") whose date is alone after its word (never
    a standfirst's or a kicker's date); both shown dates must read unambiguously, the update on the day chosen
    and the publication before it.

    Example:
        >>> _before_update("2026-03-11T08:05:00+02:00", ["10.03.2026 - 17:42"], ["11.03.2026 - 08:05"])
        '10.03.2026 - 17:42'
        >>> _before_update("2026-03-11T08:05:00+02:00", ["The storm of March 10, 2026"], ["11.03.2026 - 08:05"])
        '2026-03-11T08:05:00+02:00'
    """
    chosen = parse_date(published) if isinstance(published, str) else None
    shown = next((line for line in visible if _shown_publication(line)), None)
    change = first_date(updated)
    if chosen is None or shown is None or not isinstance(change, str) or shown == published:
        return published
    first, then = read_date(shown), read_date(change)
    if first is None or then is None or first.ambiguous or then.ambiguous:
        return published
    if then.iso[:10] == chosen[:10] and first.iso[:10] < chosen[:10]:
        return shown
    return published


def _shown_publication(line: str) -> bool:
    """Whether a line shows a publication date alone: a date and time, or a publication word and one."""
    stamp = PATTERNS.timestamp.match(line.strip())
    if stamp is not None and " ".join(stamp.group("kind").split()).casefold() not in PATTERNS.updated_words:
        line = stamp.group("when")
    return date_alone(line)


# words of a clock beside a date in any language: "am", "pm", "Uhr", "GMT"; words of two letters or less ("de", "à",
# "h", "às") are let through as joiners
_CLOCK_WORDS = frozenset("am pm uhr gmt utc cet cest bst est edt cst cdt pst pdt ist msk horas hrs".split())
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_DATE_WORDS = 8  # words of a date and time at most ("martes, 10 de marzo de 2026 - 17:42 h")


def date_alone(line: str) -> bool:
    """Whether a line is a date (and time) alone: every word of it a month's, a weekday's, a joiner's or a clock's.

    Example:
        >>> date_alone("Tue 1 Dec 2026 07.00 GMT"), date_alone("10.03.2026 - 17:42")
        (True, True)
        >>> date_alone("Recap: March 10, 2026")
        False
    """
    if len(line.split()) > _DATE_WORDS or not may_hold_date(line) or read_date(line) is None:
        return False
    return all(
        len(word) <= 2
        or word in PATTERNS.months
        or word in PATTERNS.weekdays
        or word in PATTERNS.date_joiners
        or word in _CLOCK_WORDS
        for word in (run.casefold() for run in _LETTER_RUNS.findall(line))
    )


def visible_stamps(lines: Iterable[str]) -> tuple[list[str], list[str]]:
    """The texts of visible lines that may give the published date, and those that may give the updated one.

    A line that opens with an update word ("Updated 4 March 2024", "Aktualisiert
    am ...") gives its date as updated; a publication stamp followed by an update
    ("Publié le 3 mars 2024, mis à jour le 4 mars") gives one of each; a line
    without a year or an all-number date gives none.
    """
    published: list[str] = []
    updated: list[str] = []
    for line in lines:
        if not may_hold_date(line):
            continue
        line = _without_relative(line)
        stamp = PATTERNS.timestamp.match(line)
        if stamp is not None and " ".join(stamp.group("kind").split()).casefold() in PATTERNS.updated_words:
            updated.append(stamp.group("when"))
            continue
        inline = PATTERNS.updated_inline.search(line, 1)
        if inline is not None:
            published.append(line[: inline.start()].rstrip(" ,;|·•–—-"))
            updated.append(inline.group("when"))
        else:
            published.append(line)
    return published, updated


def _without_relative(line: str) -> str:
    """A header line without its parts that tell a relative time, set apart by a middle dot, bullet or bar.

    A relative time beside a written date ("Martes, 10 de febrero de 2026 · hace 3 horas") says how long ago that
    date was: the date is read alone (a text that speaks of a relative time gives no date, see ``_dates.find``).

    Example:
        >>> _without_relative("10 February 2026 · 3 hours ago"), _without_relative("3 hours ago")
        ('10 February 2026', '3 hours ago')
    """
    parts = parts_apart(line)
    if len(parts) == 1:
        return line
    kept = [part for part in parts if PATTERNS.dates.relative.search(part) is None or read_date(part) is not None]
    return " · ".join(kept) if kept and len(kept) < len(parts) else line


def parts_apart(line: str) -> list[str]:
    """The parts of a header line set apart by a middle dot, a bullet or a bar ("date · 3 hours ago", "date |3 h").

    Example:
        >>> parts_apart("5 March 2026 | By Jane Roe · 2,147 views"), parts_apart("A|B")
        (['5 March 2026', 'By Jane Roe', '2,147 views'], ['A|B'])
    """
    return _PARTS_APART.split(line)


_PARTS_APART = re.compile(r"\s+[·•|]\s+|\s*[·•|]\s+(?=\S)|\s+[·•|]\s*(?=\S)")


def closing_stamps(lines: Iterable[str]) -> list[str]:
    """The short lines left out at the story's end that may give its date, for :func:`visible_stamps`.

    Where some pages print the stamp, under the text: a line with a timestamp word, from that word on
    ("Vloženo: 5.3.2026 11:30", "Autor: Marek Kasprzak Dodano: 2026-03-05 14:22 Odsłon: 2184"), an
    all-number date alone ("05.03.2026 10:14", never a telephone number), or a date alone with its month's name
    ("12 февраля 2026, 14:20").

    Example:
        >>> closing_stamps(["Tags: a, b", "Autor: Jan Nowak Dodano: 2026-03-05 14:22", "05.03.2026 10:14"])
        ['Dodano: 2026-03-05 14:22', '05.03.2026 10:14']
    """
    found: list[str] = []
    for line in lines:
        if not may_hold_date(line):
            continue
        word = PATTERNS.timestamp_word.search(line)
        if word is not None and (len(line) <= _STAMP_MAX or word.start() < _STAMP_OPENS):
            found.append(line[word.start() : word.start() + _STAMP_MAX])  # (a blog's "This entry was posted on …")
        elif len(line) > _STAMP_MAX:
            continue
        elif _DATE_ALONE.fullmatch(line.strip()) or (_LETTER_RUNS.search(line) and date_alone(line)):
            found.append(line)  # (a date alone with a month's name: "12 февраля 2026, 14:20")
    return found


def closing_days(lines: Iterable[str]) -> list[str]:
    """The :func:`closing_stamps` that give a day without a time of day: the day printed under the story.

    A time printed there may be its update's ("06.03.2026 01:40" under a story of "2026-03-05T23:40Z"): only the
    day tells a UTC machine time's local day (see :func:`local_time`).

    Example:
        >>> closing_days(["10 de febrero de 2026 ·", "06.03.2026 01:40"])
        ['10 de febrero de 2026 ·']
    """
    return [line for line in closing_stamps(lines) if "T" not in (parse_date(line) or "T")]


_STAMP_OPENS = 30  # characters: a longer line left out under the story gives a stamp when its word comes this early


# An all-number date alone, with its time: "05.03.2026 10:14", "2026-03-05", "5/3/2026, 10:14" (never a telephone
# number, "06.12.34.56.78").
_DATE_ALONE = re.compile(
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?:,?\s+\d{1,2}[:.]\d\d(?::\d\d)?)?"
)


def dates(
    meta: Mapping[str, str],
    ld: Mapping[str, Any],
    hints: Mapping[str, list[str]],
    header: Iterable[str],
    url: str | None,
    near: Iterable[str] = (),
    uploaded: str | None = None,
    below: Iterable[str] = (),
) -> tuple[str | float | None, str | float | None]:
    """(published, updated): from JSON-LD and meta, microdata, the story's <time>, visible lines, the URL.

    The visible lines are the ``header`` lines repeated at the top of the body,
    then the texts ``near`` the headline; one that opens with an update word
    ("Updated", "mis à jour", "aktualisiert", in every vocabulary) gives the
    updated date, and so does an update stamp after the date in one line.
    ``uploaded`` is the upload date of the video or audio the page presents (a
    page with no article of its own in JSON-LD), read after the visible lines.
    The :func:`closing_stamps` of the lines left out at the story's end (``below``)
    come last, when nothing else gives a date.
    """
    ld_published = ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None
    ld_updated = ld.get("dateModified") if isinstance(ld.get("dateModified"), str) else None
    # a long text near the headline is a standfirst, whose dates are the story's events: only stamp-like ones count
    stamps = [line for line in near if len(line) <= _STAMP_MAX or PATTERNS.timestamp.match(line)]
    visible, updated_lines = visible_stamps([*header, *stamps])
    published_values = [
        ld_published,
        *(meta.get(key) for key in PUBLISHED_KEYS),
        *hints.get("itemprop:datepublished", []),
        *hints.get("itemprop:datecreated", []),
        *hints.get("story-time", []),
        *visible,
        uploaded,
        url_date(url),
        *hints.get("time", [])[:1],
    ]
    published = with_time(first_date(published_values), published_values)
    published = _before_update(published, visible, updated_lines)
    updated_values = [
        ld_updated,
        *(meta.get(key) for key in UPDATED_KEYS),
        *hints.get("itemprop:datemodified", []),
        *updated_lines,
    ]
    updated = with_time(first_date(updated_values), updated_values)
    if published is None and updated is None:  # nothing else dates the story: a stamp under its text may
        closing, closing_updated = visible_stamps(closing_stamps(below))
        published = with_time(first_date(closing), closing)
        updated = with_time(first_date(closing_updated), closing_updated)
    # None readable: the declared value, so that the field contract reports it as unreadable.
    if published is None:
        published = ld_published or meta.get("article:published_time")
    if updated is None:
        updated = ld_updated or meta.get("article:modified_time")
    return published, updated
