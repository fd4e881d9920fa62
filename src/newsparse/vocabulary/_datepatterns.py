"""The date patterns of the registered vocabularies: the shapes of dates, with every language's words in them.

The shapes live here (day month year, month day year, numbers, East Asian marks, ISO 8601); the words (month
names, fillers, time words, zones) come from the vocabularies. :mod:`newsparse._dates` turns a match into ISO 8601.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

import attrs

from newsparse.vocabulary._regex import alternation
from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["DatePatterns", "build_date_patterns", "spaced_alternation"]

_I = re.IGNORECASE
# a zone written as an offset: "+0200", "-05:00", "UTC+3", "GMT+05:30" (groups sign, hours, minutes)
_OFFSET = r"(?:(?:UTC|GMT)\s*)?(?P<sign>[+\-−])(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?(?!\d)"
_WORDS = re.compile(r"[^\W\d_]+")
_UNSPACED = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")  # scripts written without spaces


def spaced_alternation(words: Iterable[str]) -> str:
    """An alternation of ``words`` that matches whole words only.

    A word of a spaced script needs a word edge on each side, one of a script written without spaces ("小时前")
    does not.

    Example:
        >>> spaced_alternation(["ago", "前"])
        '(?:(?<!\\\\w)ago(?!\\\\w)|前)'
    """
    words = list(dict.fromkeys(word.lower() for word in words))
    spaced = [word for word in words if not _UNSPACED.search(word)]
    unspaced = [word for word in words if _UNSPACED.search(word)]
    parts = [rf"(?<!\w){alternation(spaced)}(?!\w)"] if spaced else []
    if unspaced:
        parts.append(alternation(unspaced))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@attrs.frozen
class DatePatterns:
    """The compiled date patterns and the tables their matches are read with.

    Attributes:
        written: dates with a month name, day first, month first, then year first ("2024. március 14."), then
            year first with the day before the month ("2025 жылғы 2 желтоқсан", "2026. gada 27. novembrī") (groups
            day, month, year, and the time's).
        numeric: all-number dates (groups a, sep, b, c, and the time's).
        east_asian: dates with year, month and day marks ("2024年3月14日").
        iso: ISO 8601, extended or basic ("20180619T055000+0900").
        relative: searches for a word of a relative time ("ago", "vor", "小时前").
        relative_words, relative_phrases: the same words, split for speed (:meth:`is_relative`): one-word ones
            of spaced scripts as a set, the others as a pattern.
        months: month names and abbreviations, lower case, to their number.
        solar_months: the Solar Hijri calendar's month names, lower case, to their number.
        zones: zone names, upper case, to their offset ("+09:00").
        am, pm: the words of morning and afternoon times, lower case.
        orders: for a lower-case timestamp word ("veröffentlicht"), its language's all-number order ("dmy").
        language_orders: for a lower-case language subtag ("pt"), its all-number order, when it has one.
    """

    written: tuple[re.Pattern[str], ...]
    numeric: re.Pattern[str]
    east_asian: re.Pattern[str]
    iso: re.Pattern[str]
    relative: re.Pattern[str]
    relative_words: frozenset[str]
    relative_phrases: re.Pattern[str]
    months: Mapping[str, int]
    solar_months: Mapping[str, int]
    zones: Mapping[str, str]
    am: frozenset[str]
    pm: frozenset[str]
    orders: Mapping[str, str]
    language_orders: Mapping[str, str]

    def is_relative(self, text: str) -> bool:
        """Whether ``text`` speaks of a relative time: what :attr:`relative` finds, found quicker."""
        if self.relative_phrases.search(text):
            return True
        return not self.relative_words.isdisjoint(_WORDS.findall(text.lower()))


def build_date_patterns(vocabularies: tuple[Vocabulary, ...]) -> DatePatterns:
    """Build the date patterns from ``vocabularies`` (all active at once)."""

    def words(field: Callable[[Vocabulary], Iterable[str]]) -> list[str]:
        return [word for vocabulary in vocabularies for word in field(vocabulary)]

    def alt(field: Callable[[Vocabulary], Iterable[str]]) -> str:
        return alternation(word.lower() for word in words(field))

    months = {name.lower(): number for v in vocabularies for name, number in v.months.items()}
    solar = {name.lower(): number for v in vocabularies for name, number in v.solar_hijri_months.items()}
    zones = {name.upper(): offset for v in vocabularies for name, offset in v.zones.items()}
    zone = rf"(?P<tz>{_OFFSET}|{alternation(zones)}(?![^\W\d_]))"
    ampm = rf"(?P<ampm>{alt(lambda v: (*v.am_words, *v.pm_words))})(?![^\W\d_])"
    after = alt(lambda v: v.time_after)
    # "14.05" is a time only before "Uhr", am/pm or a zone ("14.05 GMT"); else it may be a day and month
    dotted = rf"(?:{after}|{alt(lambda v: (*v.am_words, *v.pm_words))}|{alternation(zones)}(?![^\W\d_]))"
    time = (
        rf"(?P<hour>\d{{1,2}})(?:(?:[:hH]|\.(?=\d\d\s*{dotted}))(?P<minute>\d{{2}})|[hH](?![^\W\d_]))"
        rf"(?::(?P<second>\d{{2}})(?:[.,](?P<frac>\d+))?)?(?:\s*{after})?"
        rf"(?:\s*{ampm})?(?:\s*\(?{zone}\)?)?"
    )
    fillers = alt(lambda v: v.date_fillers)
    joiners = alt(lambda v: v.time_joiners)
    # possessive runs of spaces (*+): a line of many spaces is never re-split at each of them
    then_time = rf"(?:(?:\s*+{fillers})?\.?\s*+[,|·•–—-]?\s*+(?:{joiners}\s*+)?{time})?"
    month = rf"(?P<month>{alternation([*months, *solar])})(?![^\W\d_])\.?"
    day = rf"(?<!\d)(?P<day>\d{{1,2}})(?:{alt(lambda v: v.day_suffixes)})?(?!\d)\.?"
    year = r"(?P<year>\d{4})(?!\d)"
    filler = rf"(?:\s*+(?:{fillers})\s++|\s*+,?\s*+)"
    written = (
        # no weekday before them: it changes nothing, and a pattern that starts with a digit or a month's first
        # letter lets the regex engine skip the other positions quickly
        re.compile(day + filler + month + filler + year + then_time, _I),
        re.compile(month + r"\s*" + day + r",?\s+" + year + then_time, _I),
        # year first, as Hungarian and Lithuanian write it ("2024. március 14.", "2024 m. kovo 14 d."): the year
        # stands alone (no digit before it), then a dot or a filler, the month and the day
        re.compile(r"(?<![\d.])" + year + r"\.?" + filler + month + r"\s*+" + day + then_time, _I),
        # year first, then the day and the month, as Kazakh, Uzbek, Azerbaijani, Georgian and Latvian write it
        # ("2025 жылғы 2 желтоқсан", "2025-yil 2-dekabr", "2025 წლის 22 ნოემბერს", "2026. gada 27. novembrī"): a
        # filler (the year's word) follows the year, after a dot or not, and no year follows the month (then the
        # day and month open a date of their own)
        re.compile(
            rf"(?<![\d.]){year}\.?\s*+(?:{fillers})\s*+,?\s*+{day}{filler}{month}(?!{filler}\d{{4}}(?!\d)){then_time}",
            _I,
        ),
    )
    numeric = re.compile(
        r"(?<![\d.])(?P<a>\d{1,4})(?P<sep>\.\s?|/|-)(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})(?![\d])\.?" + then_time,
        _I,
    )
    marks = [v.date_marks for v in vocabularies if len(v.date_marks) == 3]
    time_marks = [v.time_marks for v in vocabularies if len(v.time_marks) == 2]
    y, m, d = (alternation({mark[k] for mark in marks}) for k in range(3))
    hour_mark, minute_mark = (alternation({mark[k] for mark in time_marks}) for k in range(2))
    east_time = (
        rf"(?:\s*(?:[(（][^)）\s]{{1,4}}[)）]|{spaced_alternation(words(lambda v: v.weekdays))}))?"
        rf"(?:\s*{ampm})?(?:\s*(?P<hour>\d{{1,2}})\s*(?:[:：]|{hour_mark})\s*(?P<minute>\d{{1,2}})\s*(?:{minute_mark})?"
        rf"(?:\s*[:：]?\s*(?P<second>\d{{1,2}}))?)?(?:\s*\(?{zone}\)?)?"
    )
    east_asian = re.compile(
        rf"(?P<year>\d{{4}})\s*{y}\s*(?P<month>\d{{1,2}})\s*{m}\s*(?P<day>\d{{1,2}})\s*{d}" + east_time, _I
    )
    iso = re.compile(
        r"(?<!\d)(?P<year>\d{4})(?P<dash>-?)(?P<month>\d{2})(?P=dash)(?P<day>\d{2})"
        r"(?:[T ](?P<hour>\d{2})(?P<colon>:?)(?P<minute>\d{2})(?:(?P=colon)(?P<second>\d{2})(?:[.,](?P<frac>\d+))?)?)?"
        rf"(?:\s*(?P<tz>Z(?![^\W\d_])|{alternation(zones)}(?![^\W\d_])|(?P<sign>[+\-−])(?P<oh>\d{{2}})(?::?(?P<om>\d{{2}}))?(?!\d)))?",
        _I,
    )
    relative_words = [w.lower() for w in words(lambda v: v.relative_dates)]
    relative = re.compile(spaced_alternation(relative_words), _I)
    orders = {
        " ".join(word.split()).casefold(): v.numeric_order
        for v in vocabularies
        if v.numeric_order
        for word in (*v.published_words, *v.updated_words)
    }
    return DatePatterns(
        written=written,
        numeric=numeric,
        east_asian=east_asian,
        iso=iso,
        relative=relative,
        # a relative word that is also a month ("ago", Spanish for August) is left to the date patterns: a
        # relative time ("2 hours ago") has no year, so no date is read from it anyway
        relative_words=frozenset(
            w for w in relative_words if not _UNSPACED.search(w) and " " not in w and w not in months
        ),
        relative_phrases=re.compile(
            spaced_alternation(w for w in relative_words if _UNSPACED.search(w) or " " in w), _I
        ),
        months=months,
        solar_months=solar,
        zones=zones,
        am=frozenset(word.lower() for word in words(lambda v: v.am_words)),
        pm=frozenset(word.lower() for word in words(lambda v: v.pm_words)),
        orders=orders,
        language_orders={v.language.split("-")[0].lower(): v.numeric_order for v in vocabularies if v.numeric_order},
    )
