"""The phrase sets and compiled patterns of the registered vocabularies, built once, at first use.

Every reader and sniff reads them from :data:`PATTERNS` when it runs (``PATTERNS.chrome``), never from a copy of
its own, so registering a vocabulary reaches all of them. The structure of each pattern lives here; the words
come from the vocabularies. Patterns start with a literal where the words allow it (a one-word list is a literal).

The first use of any of them builds them all (~7 ms of regex compiling): ``import newsparse`` pays nothing, and
the first article read pays once, not a little more at each pattern a later article needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar, overload

from newsparse.vocabulary._bundled import BUNDLED
from newsparse.vocabulary._datepatterns import DatePatterns, build_date_patterns
from newsparse.vocabulary._regex import alternation, fragments
from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["PATTERNS", "Patterns", "active", "register", "registered", "unregister"]

_I = re.IGNORECASE
_SP = r"[^\S\n]"  # whitespace within a line: a detector scanning a whole text and a reader of one line agree
_COUNT = r"\d[\d,.]*(?:[ \u00a0\u202f\u2009]\d{3})*"  # "1,204", "1.234", "1 234" (a thin or no-break space)

_CLOCK_DURATION = r"(?:\d{1,2}:)?[0-5]?\d:[0-5]\d"  # minutes and seconds, maybe hours first


def _ranges(codes: Iterable[int]) -> str:
    """The inside of a character class for ``codes``, runs written as ranges ("A-Z"): quicker to compile."""
    parts: list[str] = []
    run: list[int] = []
    for code in (*codes, -2):
        if run and code == run[-1] + 1:
            run.append(code)
            continue
        if run:
            first, last = re.escape(chr(run[0])), re.escape(chr(run[-1]))
            parts.append(first if len(run) == 1 else f"{first}{last}" if len(run) == 2 else f"{first}-{last}")
        run = [code]
    return "".join(parts)


_NEVER = re.compile(r"(?!)")  # matches nothing: a pattern of no words
# a word of a script written without spaces (Thai, kana, Han)
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_COLON = "[:：]"  # a colon, or the full-width colon of East Asian text
# Letters that start a capitalised word: every upper-case letter of the Latin, Greek, Cyrillic and Armenian blocks.
_UPPER = _ranges(code for code in range(0x41, 0x590) if chr(code).isupper())
_LOWER = _ranges(code for code in range(0x61, 0x590) if chr(code).islower())
# Letters of scripts without letter case, in which a name is two or more letters (Hebrew and Arabic, CJK, Hangul,
# kana; Devanagari, Bengali, Tamil and Thai with their vowel signs; Georgian, whose letters Python calls lower-case).
_CASELESS_NAME = (
    r"(?:[\u05d0-\u05f4\u0600-\u06ff]{2,15}(?: [\u05d0-\u05f4\u0600-\u06ff]{2,15}){1,4}"
    r"|[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,3} [\u3400-\u9fff]{1,3}"
    r"|[\uac00-\ud7af]{2,5}|[\u30a0-\u30ff]{2,10}(?:[・ ][\u30a0-\u30ff]{2,10}){0,2}"
    # Devanagari: letters and their vowel signs, which Python's \w leaves out (no danda, no digits)
    r"|[\u0900-\u0963\u0971-\u097f]{2,20}(?: [\u0900-\u0963\u0971-\u097f]{2,20}){1,4}"
    # Bengali, Tamil and Thai likewise (no digits, no Thai punctuation)
    r"|[\u0980-\u09e3\u09f0\u09f1]{2,20}(?: [\u0980-\u09e3\u09f0\u09f1]{2,20}){1,4}"
    r"|[\u0b82-\u0bcd\u0bd7]{2,20}(?: [\u0b82-\u0bcd\u0bd7]{2,20}){1,4}"
    r"|[\u0e01-\u0e3a\u0e40-\u0e4e]{2,20}(?: [\u0e01-\u0e3a\u0e40-\u0e4e]{2,20}){1,4}"
    # Georgian (Mkhedruli letters, no paragraph sign)
    r"|[\u10d0-\u10fa\u10fc-\u10ff]{2,20}(?: [\u10d0-\u10fa\u10fc-\u10ff]{2,20}){1,4})"
)
_CJK_BRACKETS = r"(（\[【"
# what ends a dateline: a colon, a dash (spaced, doubled, or after a dot: ".-"), or a dot after "(AFP)" or "/ТАСС/"
_DATELINE_END = r"(?::\s+| ?[—–]\s*| -- | - |\.-\s*|\.[—–]\s*|(?<=[)/])\.\s+)(?=\S)"
_VIA_MAX = 80  # characters after "via" in a footer
_ENDS_WITH_PREPOSITION = re.compile(r"\s\S{1,3}$")  # a phrase closed by a short word: "informações de"


_T = TypeVar("_T")


class _built(Generic[_T]):  # noqa: N801 (used as a decorator, like functools.cached_property)
    """A :class:`Patterns` attribute built by a method; the first use of any of them builds every one.

    Each value is stored in the instance's ``__dict__``, which a non-data descriptor gives way to: after the
    build, reading ``PATTERNS.chrome`` is a plain attribute lookup.
    """

    def __init__(self, build: Callable[[Patterns], _T]) -> None:
        self.build = build
        self.name = build.__name__
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> _built[_T]: ...
    @overload
    def __get__(self, instance: Patterns, owner: type[Any]) -> _T: ...
    def __get__(self, instance: Patterns | None, owner: type[Any]) -> _built[_T] | _T:
        if instance is None:
            return self
        if not instance.building:
            instance.build()
        if self.name not in instance.__dict__:  # asked for while another one is built from it
            instance.__dict__[self.name] = self.build(instance)
        value: _T = instance.__dict__[self.name]
        return value


class Patterns:
    """The phrase sets and patterns that the plain-text readers, the sniffs and the HTML cleaner share."""

    def __init__(self, vocabularies: Callable[[], tuple[Vocabulary, ...]]) -> None:
        self._vocabularies = vocabularies
        self.building = False

    def build(self) -> None:
        """Build every phrase set and pattern from the vocabularies registered now (each one not built yet)."""
        self.building = True
        try:
            for name, attribute in vars(type(self)).items():
                if isinstance(attribute, _built) and name not in self.__dict__:
                    self.__dict__[name] = attribute.build(self)
        finally:
            self.building = False

    def reset(self) -> None:
        """Forget everything built, so that the next use builds from the vocabularies registered now."""
        vocabularies = self._vocabularies
        self.__dict__.clear()
        self._vocabularies = vocabularies
        self.building = False

    def _words(self, field: Callable[[Vocabulary], Iterable[str]]) -> list[str]:
        return [word for vocabulary in self._vocabularies() for word in field(vocabulary)]

    def _alt(self, field: Callable[[Vocabulary], Iterable[str]], *, lower: bool = True) -> str:
        words = self._words(field)
        return alternation(word.lower() for word in words) if lower else alternation(words)

    def _set(self, field: Callable[[Vocabulary], Iterable[str]]) -> frozenset[str]:
        return frozenset(" ".join(word.split()).casefold() for word in self._words(field))

    # Page furniture.
    @_built
    def chrome(self) -> frozenset[str]:
        """Site chrome lines, case-folded."""
        return self._set(lambda v: v.chrome)

    @_built
    def chrome_max(self) -> int:
        """The length of the longest site chrome line."""
        return max(map(len, self.chrome), default=0)

    @_built
    def body_chrome(self) -> frozenset[str]:
        """Chrome lines that turn up between body paragraphs, case-folded."""
        return self._set(lambda v: v.body_chrome)

    @_built
    def body_chrome_max(self) -> int:
        """The length of the longest body chrome line."""
        return max(map(len, self.body_chrome), default=0)

    @_built
    def story_lists(self) -> frozenset[str]:
        """Headings of a list of other stories ("related", "lesen sie auch"), case-folded."""
        return self._set(lambda v: v.story_lists)

    @_built
    def tag_labels(self) -> frozenset[str]:
        """Labels of a list of tags ("tags", "schlagwörter"), case-folded."""
        return self._set(lambda v: v.tag_labels)

    @_built
    def reading_time(self) -> re.Pattern[str]:
        """A reading-time line: "5 min read", "Lesezeit: 3 Minuten", "Lecture 4 min.", "3分で読めます".

        A count of minutes with a reading word before or after it, or a count of
        minutes that starts the line (then up to 20 more characters), the minute
        word ending at a letter's end ("5分の1" is a fifth, "3분기" a quarter).
        """
        minutes = self._alt(lambda v: v.minute_words)
        reading = self._alt(lambda v: v.reading_words)
        count = rf"\d+{_SP}*(?:{minutes})\.?"
        return re.compile(
            rf"^\W*(?:(?:{reading})[^\d\n]{{0,10}}{count}\W*|{count}{_SP}*(?:{reading})\W*"
            rf"|\d+{_SP}*(?:{minutes})(?![^\W\d_]).{{0,20}})$",
            _I,
        )

    @_built
    def duration(self) -> re.Pattern[str]:
        """A player's duration: "2:14", "03:12", "1:02:45" (``fullmatch`` a string with it)."""
        return re.compile(_CLOCK_DURATION)

    @_built
    def titled_duration(self) -> re.Pattern[str]:
        """A media title's duration in brackets, closing it: "… (02:14)", "… (1 Min)", "… (3 minutes)"."""
        minutes = self._alt(lambda v: v.minute_words)
        return re.compile(rf"[(（]{_SP}*(?:{_CLOCK_DURATION}|\d{{1,3}}{_SP}*(?:{minutes})\.?){_SP}*[)）]$", _I)

    @_built
    def labels(self) -> frozenset[str]:
        """Section labels, case-folded."""
        return self._set(lambda v: v.labels)

    @_built
    def labels_max(self) -> int:
        """The length of the longest section label (a longer line is none: casefold never shortens a string)."""
        return max(map(len, self.labels), default=0)

    @_built
    def echo_markers(self) -> re.Pattern[str]:
        """A title-echo marker line in a whole text: an echo marker or "Updated ..." (MULTILINE)."""
        return re.compile(
            rf"^(?:{self._alt(lambda v: v.echo_markers)}|{self._alt(lambda v: v.updated_words)}{_COLON}? .{{1,40}})$",
            re.MULTILINE | _I,
        )

    @_built
    def not_places(self) -> frozenset[str]:
        """Case-folded heads before a colon that are not a dateline's place: labels, agencies, publishers..."""
        return self._set(lambda v: (*v.not_places, *v.labels, *v.agencies, *v.agency_names, *v.publishers))

    # Timestamps and footers.
    @_built
    def timestamp(self) -> re.Pattern[str]:
        """A timestamp line: a kind ("Updated"), then the date (groups ``kind`` and ``when``)."""
        kinds = self._alt(lambda v: (*v.updated_words, *v.published_words))
        joiners = self._alt(lambda v: v.timestamp_joiners)
        return re.compile(rf"^(?P<kind>{kinds})(?![^\W\d_])\s*(?:{joiners})?\s*{_COLON}?\s*(?P<when>.+)$", _I)

    @_built
    def updated_inline(self) -> re.Pattern[str]:
        """An update stamp after another inside one line ("..., mis à jour le 4 mars 2024"; ``kind``, ``when``)."""
        kinds = self._alt(lambda v: v.updated_words)
        joiners = self._alt(lambda v: v.timestamp_joiners)
        return re.compile(
            rf"(?<![^\s,;|·•–—-])(?P<kind>{kinds})(?![^\W\d_])\s*(?:{joiners})?\s*{_COLON}?\s*(?P<when>\S.*)$", _I
        )

    @_built
    def timestamp_word(self) -> re.Pattern[str]:
        """A timestamp's kind anywhere in a line, as a word of its own ("Foto: dpa | aktualisiert 12:30")."""
        kinds = self._alt(lambda v: (*v.updated_words, *v.published_words))
        return re.compile(rf"(?<![^\W\d_])(?:{kinds})(?![^\W\d_])", _I)

    @_built
    def timestamp_kinds(self) -> frozenset[str]:
        """The timestamp kinds, case-folded: a line that is one of them alone ("Updated") labels a date."""
        return self._set(lambda v: (*v.updated_words, *v.published_words))

    @_built
    def updated_words(self) -> frozenset[str]:
        """The timestamp kinds, case-folded, that give ``updated`` rather than ``published``."""
        return self._set(lambda v: v.updated_words)

    @_built
    def publish_stems(self) -> tuple[str, ...]:
        """Case-folded stems that say an end note holds the publication date."""
        return tuple(sorted(self._set(lambda v: v.publish_stems)))

    @_built
    def via(self) -> re.Pattern[str]:
        """A "via <date or site>" footer line, stripped (group ``what``)."""
        # possessive: never retry each split of a run of spaces
        return re.compile(rf"^{self._alt(lambda v: v.via)}{_SP}++(?P<what>\S.{{0,{_VIA_MAX - 1}}})$", _I)

    @_built
    def via_footer(self) -> re.Pattern[str]:
        """A "via ..." footer line in a whole text (MULTILINE): the lines ``via`` reads."""
        return re.compile(rf"^{_SP}*{self._alt(lambda v: v.via)}{_SP}+\S.{{0,{_VIA_MAX - 1}}}$", re.MULTILINE | _I)

    @_built
    def source_footer(self) -> re.Pattern[str]:
        """A source footer line, stripped: "Quelle: dpa", "Fuente: EFE", "来源：新华社" (group ``what``)."""
        words = self._alt(lambda v: v.source_words)
        return re.compile(rf"^{words}{_SP}*{_COLON}{_SP}*(?P<what>\S.{{0,{_VIA_MAX - 1}}})$", _I)

    @_built
    def tip_word(self) -> re.Pattern[str]:
        """Searches a question for a word asking for news ("tip", "Hinweis", "info"), as a word's start."""
        return re.compile(rf"(?<![^\W\d_])(?:{self._alt(lambda v: v.tip_words)})", _I)

    @_built
    def common_words(self) -> frozenset[str]:
        """Every bundled language's stopwords together, lower case."""
        return frozenset(word for words in self.stopwords.values() for word in words)

    @_built
    def about_heading(self) -> re.Pattern[str]:
        """A press release's heading over its issuer's boilerplate: an about word, then a name (group ``name``)."""
        return re.compile(rf"^(?:{self._alt(lambda v: v.about_headings)})\s+(?P<name>[^\W\d_].{{0,80}})$", _I)

    @_built
    def contact_heading(self) -> re.Pattern[str]:
        """The heading of a press release's contact block, at a line's start ("For more information:", "Kontakt")."""
        return re.compile(rf"^\W*(?:{self._alt(lambda v: v.contact_headings)})(?![^\W\d_])", _I)

    @_built
    def agency_line(self) -> re.Pattern[str]:
        """A line that is an agency's credit alone: "(dpa)", "AFP", "dpa/jk", "/ТАСС/", "（共同）".

        Also several agencies apart by slashes ("AFP / Reuters"), after an editor's initials (in small letters:
        "ala/dpa/AFP/Reuters"), or after words that credit them, apart by commas or conjunctions too ("Con
        información de EFE y de Reuters", "Avec l'AFP et l'AP"): a list of broadcasters a story names ("ABC, CBS,
        NBC and Fox") is no credit. The (first) agency is in group ``agency`` after words that credit it, else in
        ``agency2``.
        """
        agencies = self._agencies()
        lead = self._alt(lambda v: v.sourced_from)
        conjunctions = self._alt(lambda v: v.conjunctions)
        article = r"(?:[^\W\d_A-Z]{1,3}(?:['’]|" + _SP + r"+))?"  # "y de", "e da", "et l'" before the next agency
        slashes = rf"(?:{_SP}*/{_SP}*(?:{agencies}))*"
        joined = rf"(?:(?:{_SP}*[/,&+;]{_SP}*|{_SP}+(?:{conjunctions}){_SP}+){article}(?:{agencies}))*"
        return re.compile(
            rf"^[(（\[【/]?{_SP}*(?:(?:(?i:{lead})(?:{_SP}+|(?<=['’])){article}(?P<agency>{agencies}){joined})"
            rf"|(?:[a-z]{{2,4}}/)?(?P<agency2>{agencies}){slashes})"
            rf"(?:{_SP}*/{_SP}*[^\W\d_]{{1,6}})?{_SP}*[)）\]】/]?\.?$"
        )

    @_built
    def views_firsts(self) -> str:
        """What a view counter line opens with (after white space): a digit or a counter word's first letter.

        The inside of a character class, compared ignoring case as ``views`` compares (the words' first letters
        lowered, as its alternation is written); "" when a word opens with nothing to look for.
        """
        firsts = {word.lower()[:1] for word in self._words(lambda v: (*v.views_before, *v.views_verbs))}
        if any(not first or first.isspace() for first in firsts):
            return ""
        return r"\d" + "".join(re.escape(first) for first in sorted(firsts))

    def _views(self) -> str:
        before = self._alt(lambda v: v.views_before)
        verbs = self._alt(lambda v: v.views_verbs)
        times = self._alt(lambda v: v.views_times)
        after = self._alt(lambda v: v.views_after)
        return (
            rf"(?:{before}){_COLON}?{_SP}*(?P<a>{_COUNT})|(?:{verbs}){_SP}+(?P<b>{_COUNT}){_SP}+(?:{times})"
            rf"|(?P<c>{_COUNT}){_SP}*(?:{after})"
        )

    @_built
    def views(self) -> re.Pattern[str]:
        """A view counter line, stripped ("View 227 times"; the count in group ``a``, ``b`` or ``c``)."""
        return re.compile(rf"^(?:{self._views()})\.?$", _I)

    @_built
    def views_footer(self) -> re.Pattern[str]:
        """A view counter line in a whole text (MULTILINE): the lines ``views`` reads."""
        return re.compile(rf"^{_SP}*(?:{self._views()})\.?{_SP}*$", re.MULTILINE | _I)

    # Bylines and sources.
    @_built
    def by(self) -> re.Pattern[str]:
        """The byline word at the start of a line, with a colon ("Por: ", "Von: ") and the space after it."""
        return re.compile(rf"^{self._alt(lambda v: v.by)}(?:[^\S\n]?[:：])?(?:\s+|(?<=[:：/｜・\u3000-\u9fff])\s*)", _I)

    @_built
    def views_labels(self) -> frozenset[str]:
        """The words that label a views count before its number ("Просмотров: 1 042"), case-folded."""
        return self._set(lambda v: v.views_before)

    @_built
    def by_labels(self) -> frozenset[str]:
        """The byline words written as a label, without their colon ("author" of "Author:"), case-folded.

        A byline element may print the label apart from the name ("Author" over "Thabo Mokoena").
        """
        return frozenset(word[:-1].strip() for word in self._set(lambda v: v.by) if word.endswith((":", "："))) - {""}

    @_built
    def by_after_paper(self) -> re.Pattern[str]:
        """A byline word of a script without spaces, after the name of the paper it writes for ("澎湃新闻记者 陈静")."""
        words = [word for word in self._words(lambda v: v.by) if word[-1:] >= "\u3000"]
        return (
            re.compile(rf"^[\u3040-\u30ff\u3400-\u9fff]{{1,12}}?(?:{alternation(words)})\s*(?=\S)") if words else _NEVER
        )

    @_built
    def job_titles(self) -> re.Pattern[str]:
        """Searches a part of a byline for a job title's whole word ("Senior Correspondent", "Redakteur")."""
        # no word letter on either side: a title may end with a vowel sign (Devanagari "संवाददाता"), not a \w; a
        # title of a script written without spaces needs none ("台中報導": the place's report, "本报责任编辑",
        # "ทีมข่าวการเมือง": the politics news team)
        spaced = self._alt(lambda v: [w for w in v.job_titles if not _UNSPACED.match(w)])
        unspaced = self._alt(lambda v: [w for w in v.job_titles if _UNSPACED.match(w)])
        return re.compile(rf"(?<!\w){spaced}(?!\w)|{unspaced}", _I)

    @_built
    def writer_path(self) -> re.Pattern[str]:
        """Searches a link's URL for a writer's page: "/author/jane-roe", "/autores/ana-souza/", "/muhabir/…"."""
        words = self._alt(lambda v: v.writer_paths)
        return re.compile(rf"/(?:{words})(?:s|es|en|i|e|lar|ler)?/[^/?#\s]+", _I)

    @_built
    def press_roles(self) -> re.Pattern[str]:
        """Searches a text for a job title of the press ("Political Editor", "repórter"): see ``press_roles``."""
        spaced = self._alt(lambda v: [w for w in v.press_roles or v.job_titles if not _UNSPACED.match(w)])
        return re.compile(rf"(?<!\w){spaced}(?!\w)", _I)

    @_built
    def weekdays(self) -> frozenset[str]:
        """Case-folded weekday names and abbreviations ("monday", "lundi", "do")."""
        return self._set(lambda v: v.weekdays)

    @_built
    def date_joiners(self) -> frozenset[str]:
        """Case-folded words that join a date to what comes before it ("on", "le", "am", "at")."""
        return self._set(lambda v: (*v.timestamp_joiners, *v.time_joiners))

    @_built
    def name_particles(self) -> frozenset[str]:
        """The lower-case words inside personal names ("di", "von"), case-folded: a byline word may be one."""
        return self._set(lambda v: v.name_particles)

    @_built
    def by_after_ends(self) -> frozenset[str]:
        """The last letters of the byline words that follow names, in both cases (a quick test before the regex)."""
        return frozenset(c for word in self._words(lambda v: v.by_after) for c in (word[-1].lower(), word[-1].upper()))

    @_built
    def title_after(self) -> re.Pattern[str]:
        """A one-word name, then a title after it ("박정연 남도지역공동체연구소장"; the name in group ``name``)."""
        endings = self._alt(lambda v: v.titles_after)
        if not self._words(lambda v: v.titles_after):
            return _NEVER
        return re.compile(rf"^(?P<name>[^\W\d_]{{2,5}})(?:\s+[^\W\d_·]+){{0,2}}?\s+[^\W\d_]*(?:{endings})$")

    @_built
    def by_after_word(self) -> re.Pattern[str]:
        """Searches for a byline word after the names, with more after it ("김민준 기자 반도체·전자…")."""
        words = self._alt(lambda v: v.by_after)
        return re.compile(rf"(?<=\S)\s*(?:{words})(?=\s+\S)", _I)

    @_built
    def by_after(self) -> re.Pattern[str]:
        """A byline whose word follows the names ("김철수 기자", "山田太郎記者"; the names in group ``names``)."""
        words = self._alt(lambda v: v.by_after)
        return re.compile(rf"^(?P<names>\S.{{0,80}}?)\s*(?:{words})(?:\s+[\w.+-]+@[\w.-]+)?$", _I)

    @_built
    def reporting(self) -> re.Pattern[str]:
        """A contributor line, "(Reporting by <names>", "(Reportagem de <names>" (group ``names``).

        A line's own word is followed by a byline word ("reporting by"), unless it is a phrase that ends with its
        preposition ("con información de", "reportagem de").
        """
        words = self._words(lambda v: v.reporting)
        whole = alternation(word.lower() for word in words if _ENDS_WITH_PREPOSITION.search(word))
        bare = alternation(word.lower() for word in words if not _ENDS_WITH_PREPOSITION.search(word))
        by = self._alt(lambda v: v.by)
        return re.compile(rf"\(?\s*(?:(?:{bare})\s+{by}|{whole})\s+(?P<names>[^;.)]+)", _I)

    @_built
    def surname_joiners(self) -> frozenset[str]:
        """The conjunctions that also join a last surname to a name ("y" in "José Ortega y Gasset")."""
        return frozenset(self._words(lambda v: v.surname_joiners))

    @_built
    def hyphen_ellipsis(self) -> re.Pattern[str]:
        """A compound's first part cut at its hyphen before a conjunction ("Presse- und Öffentlichkeitsarbeit")."""
        words = self._alt(lambda v: v.conjunctions)
        return re.compile(rf"[^\W\d_]-\s+(?:{words})\s", _I)

    @_built
    def name_separator(self) -> re.Pattern[str]:
        """What separates two names in a byline: a comma, a conjunction, or both; a CJK comma, dot or slash."""
        words = self._words(lambda v: v.conjunctions)
        # one-letter conjunctions ("y", "e", "i") only in lower case: "John E Smith" is one name; a surname's joiner
        # not before a last word alone, which it joins to a surname ("Marta Puig i Soler", "José Ortega y Gasset")
        longer = alternation(
            {form for word in words if len(word) > 1 for form in (word, word.capitalize(), word.upper())}
        )
        letters = {word for word in words if len(word) == 1}
        short = alternation(letters)
        single = alternation(letters - self.surname_joiners)
        joiner = alternation(letters & self.surname_joiners)
        surname = rf"(?!{self._joined_surname()}{_SP}*(?:$|[,;)]))"
        # the comma of Arabic-script text too ("مریم احمدی، رضا کریمی"); a CJK comma, dot or full-width slash
        return re.compile(
            rf"[,،]\s+(?:(?:{longer}|{short})\s+)?|\s+(?:{longer}|{single})\s+|\s+(?:{joiner})\s+{surname}"
            rf"|\s*[、，·／]\s*"
        )

    @_built
    def name(self) -> re.Pattern[str]:
        """A personal name: two to five capitalised words, initials or name particles (and a surname joined to them)."""
        word = rf"(?:[{_UPPER}][\w'’.-]*|{self._alt(lambda v: v.name_particles, lower=False)}|[A-Z]\.)"
        # a surname's joiner before the last surname ("Marta Puig i Soler", "José Ortega y Gasset")
        joined = rf"(?: (?:{alternation(self.surname_joiners)}) {self._joined_surname()})?"
        return re.compile(rf"^(?:{word}(?: {word}){{1,4}}{joined}|{_CASELESS_NAME})$")

    @_built
    def place_tail(self) -> re.Pattern[str]:
        """The " in <Place>" (or ", de <Place>") after a contributor's name.

        A name's particle ("de" in "Carolina de Souza") is a place's preposition only after a comma.
        """
        prepositions = self._alt(lambda v: v.place_prepositions, lower=False)
        particles = self._alt(lambda v: v.name_particles, lower=False)
        return re.compile(rf"(?:,\s*|\s+(?!(?:{particles})\s)){prepositions}\s+[{_UPPER}][\w .'’-]*$")

    @_built
    def outlet_tail(self) -> re.Pattern[str]:
        """The " for <Outlet>" after a writer's name ("Jane Roe For Dailymail.com", "para El País"): ``outlet``."""
        words = self._alt(lambda v: v.outlet_prepositions)
        name = rf"[{_UPPER}][\w.&'’-]*"
        return re.compile(rf"\s+(?i:{words})\s+(?P<outlet>(?:(?i:the)\s+)?{name}(?:\s+{name}){{0,4}})$")

    @_built
    def known_orgs(self) -> frozenset[str]:
        """Agencies and publishers, case-folded."""
        return self._set(lambda v: (*v.agencies, *v.agency_names, *v.publishers))

    @_built
    def org_suffix(self) -> re.Pattern[str]:
        """A publisher-like last word ("... Times")."""
        return re.compile(rf"(?:\b|(?<={_UNSPACED.pattern})){self._alt(lambda v: v.org_suffixes, lower=False)}$")

    @_built
    def unspaced_role(self) -> re.Pattern[str]:
        """A byline word of a script without spaces, maybe after a paper or a rank ("见习记者", "本报通讯员")."""
        words = [word for word in self._words(lambda v: v.by) if _UNSPACED.search(word[-1:])]
        return re.compile(rf"[\u3040-\u30ff\u3400-\u9fff]{{0,12}}?(?:{alternation(words)})") if words else _NEVER

    @_built
    def unspaced_credit(self) -> re.Pattern[str]:
        """A credit's word of a script without spaces, alone or opening a word ("摄影", "摄", "图")."""
        words = [word for word in self._words(lambda v: v.credit_words) if _UNSPACED.search(word)]
        return re.compile(rf"(?:{alternation(words)})[\u3400-\u9fff]{{0,2}}") if words else _NEVER

    @_built
    def unspaced_non_names(self) -> tuple[str, ...]:
        """Words of scripts without spaces that name no writer wherever they stand in a credit.

        Closing words ("敬称略"), credit and caption words ("写真", "供图"), source words ("出所"), story-list
        headings ("関連記事").
        """
        fields = (
            lambda v: v.closing_words, lambda v: v.credit_words, lambda v: v.caption_labels,
            lambda v: v.source_words, lambda v: v.story_lists,
        )  # fmt: skip
        words = {word for field in fields for word in self._words(field) if _UNSPACED.search(word)}
        return tuple(sorted(words))

    @_built
    def company(self) -> re.Pattern[str]:
        """Searches a name for a legal form closing it ("Acme Media Ltd", "ソニー株式会社") or opening it ("PT Media").

        A closing form follows white space, a comma or a character of a script written without spaces; an
        opening one is followed by white space, a quote or such a character. Never matches without forms.
        """
        forms = []
        if self._words(lambda v: v.company_forms):
            closing = self._alt(lambda v: v.company_forms, lower=False)
            forms.append(rf"(?:(?<=[\s,])|(?<=[\u3040-\u9fff\uac00-\ud7af])|^){closing}$")
        if self._words(lambda v: v.company_openers):
            opening = self._alt(lambda v: v.company_openers, lower=False)
            forms.append(rf"^{opening}(?=[\s«\"„“'(]|[\u3040-\u9fff\uac00-\ud7af])")
        return re.compile("|".join(forms) or "(?!)")

    def _joined_surname(self) -> str:
        """A last surname a surname's joiner joins to a name: a capital, then small letters ("Soler").

        Never an agency's or a publisher's name ("y EFE", "e Lusa", "i Hina"), a job's or a newsroom's word ("y
        Redacción"), nor a word in capitals.
        """
        newsroom = self._alt(lambda v: [w for w in v.job_titles if not _UNSPACED.match(w)])
        return rf"(?!(?:{self._agencies()}|(?i:{newsroom}))(?![\w'’.-]))[{_UPPER}][{_LOWER}][\w'’.-]*"

    def _agencies(self) -> str:
        return self._alt(lambda v: (*v.agencies, *v.agency_names, *v.publishers), lower=False)

    @_built
    def dateline(self) -> re.Pattern[str]:
        """A dateline: an upper-case place, an optional ", Region" or date, an optional agency, then a dash or colon.

        "BRUSSELS: ", "PORTLAND, Oregon — ", "MADRID, 21 oct (EFE).- ", "МОСКВА, 14 марта. /ТАСС/. ",
        "(ANSA) - ROMA, 14 MAR - ". Groups ``place``, ``date`` and ``agency`` (or ``lead``, an agency before it).
        """
        agencies = self._agencies()
        word = rf"[{_UPPER}][{_UPPER}.'’\-]*"
        region = rf"[{_UPPER}](?:[^\W\d_]|[.'’\-])*"
        return re.compile(
            rf"^(?:\((?P<lead>{agencies})\) ?[-—–] ?)?"
            rf"(?P<place>{word}(?: {word}){{0,3}}(?:, {region}(?: {region}){{0,2}})?)"
            rf"(?:,? (?P<date>{self._dateline_date()}))?"
            rf"(?: ?[(/](?P<agency>{agencies})[)/])?"
            rf"{_DATELINE_END}"
        )

    @_built
    def agency_dateline(self) -> re.Pattern[str]:
        """A dateline of any place that an agency signs ("Berlin (dpa) - ", "القاهرة (رويترز) - ").

        Also "Lisboa, 14 mar 2024 (Lusa) - ". Groups ``place``, ``date`` and ``agency``.
        """
        word = r"[^\W\d_](?:\w|[.'’\-])*"
        return re.compile(
            rf"^(?P<place>{word}(?: {word}){{0,2}})(?:,? (?P<date>{self._dateline_date()}))?"
            rf" ?[(/](?P<agency>{self._agencies()})[)/]{_DATELINE_END}"
        )

    @_built
    def bracket_dateline(self) -> re.Pattern[str]:
        """An East Asian dateline: "(서울=연합뉴스) 김철수 기자 = ", "【ワシントン共同】".

        Also Xinhua's "新华社北京3月14日电（记者 张三）" (an agency the vocabularies do not name is one named "…社"
        before a place, a date and 电, then a bracket or a space: "中新社北京3月14日电 "), and a paper's own
        "本报讯（记者 张三）" or "本报北京3月14日电" (no agency), and an agency's dispatch in brackets, its reporters
        and their place run together: "（中央社記者陳怡君台北2日電）", "（中央社華盛頓1日綜合外電報導）".

        Groups ``place``, ``agency``, ``date`` and ``byline`` (the reporter's byline, when it follows); the second
        form's are ``agency2``, ``place2``, ``byline2``, the third's ``own``, ``place3``, ``byline3`` (or ``spaced3``:
        "本报北京5月1日电  记者王晓燕、李明报道："), the fourth's
        ``agency4`` and ``sent`` (the reporters and the place they sent it from, unparted).
        """
        agencies = self._agencies()
        after = self._alt(lambda v: v.by_after)
        return re.compile(
            rf"^(?:[{_CJK_BRACKETS}](?P<place>[^\x00-\x7f=＝（）【】]{{1,20}}?)[=＝]?(?P<agency>{agencies})[)）\]】]"
            rf"\s*(?:(?P<byline>[^\s=＝]{{2,5}}(?:[ ·][^\s=＝]{{2,5}}){{0,3}} ?(?:{after}))\s*[=＝]\s*)?"
            rf"|(?P<agency2>{agencies}|(?P<other>[\u3400-\u9fff]{{1,4}}社))(?P<place2>[\u3400-\u9fff]{{2,8}}?)"
            rf"(?P<date>\d{{1,2}}月\d{{1,2}}日)[电電](?(other)(?=[\s(（]))"
            rf"(?:\s*[(（](?P<byline2>[^)）]{{2,30}})[)）])?\s*"
            rf"|(?P<own>本[报報])(?P<place3>[\u3400-\u9fff]{{2,8}}?)?"
            rf"(?:(?:\d{{1,2}}月\d{{1,2}}日)?[讯訊]|\d{{1,2}}月\d{{1,2}}日[电電])"
            rf"(?:\s*[(（](?P<byline3>[^)）]{{2,30}})[)）]|\s+(?P<spaced3>[记記]者[^：:\s]{{2,30}}?)(?:报道|報導)?[：:])?\s*"
            rf"|[(（](?P<agency4>{agencies}|[\u3400-\u9fff]{{1,4}}社)(?P<sent>[^)）\d]{{2,40}}?)(?:\d{{1,2}}月)?\d{{1,2}}日"
            rf"(?:[专專]?[电電]|[综綜]合外[电電][报報][导導])[)）]\s*)(?=\S)"
        )

    def _dateline_date(self) -> str:
        """A date in a dateline: "21 oct", "14. März", "March 3", "14 mar 2024", "21 de octubre de 2024".

        The month is any word here (the dateline's shape around it is what counts), which keeps the datelines'
        patterns small: the month names of every language are in the date patterns.
        """
        fillers = self._alt(lambda v: v.date_fillers)
        month = r"[^\W\d_]{2,12}"
        return rf"(?:\d{{1,2}}\.? (?:{fillers} )?{month}\.?|{month}\.? \d{{1,2}})(?: (?:{fillers} )?\d{{4}})?\.?"

    # Photo credits and captions.
    @_built
    def credit(self) -> re.Pattern[str]:
        """Searches a short line for what makes it a credit: a source, a credit word, "via X", a slash."""
        sources = self._alt(lambda v: (*v.agencies, *v.photo_agencies, *v.credit_sources))
        words = self._alt(lambda v: v.credit_words)
        return re.compile(
            rf"(?:^|[\s/(-]){sources}(?:$|[\s/)-])|\b{words}\b|\b{self._alt(lambda v: v.via)}\s+\S+$|/", _I
        )

    @_built
    def tail_credit(self) -> re.Pattern[str]:
        """Searches a mixed-case tail for a credit's own words ("via", "photo")."""
        return re.compile(rf"\b{self._alt(lambda v: v.via)}\b|{self._alt(lambda v: v.credit_words)}", _I)

    @_built
    def caption_start(self) -> re.Pattern[str]:
        """The opening of a caption line ("In this photo", "FILE - ", "Photo:")."""
        openers = self._alt(lambda v: v.caption_openers)
        labels = self._alt(lambda v: v.caption_labels)
        return re.compile(rf"^(?:{openers}|{labels}(?:\s*:|\s+[-–—]\s))", _I)

    # End matter.
    @_built
    def end_note(self) -> re.Pattern[str]:
        """Searches a line for an end note ("... contributed to this report")."""
        return re.compile(fragments(self._words(lambda v: v.end_note_patterns)), _I)

    @_built
    def rights(self) -> re.Pattern[str]:
        """Searches a line for a copyright notice: a copyright sign ("©", "ⓒ", "(c) 2024") or a vocabulary's words."""
        words = self._alt(lambda v: v.rights_words)
        # a word ends a Latin-script word; CJK words run on ("無断転載を禁じます")
        return re.compile(rf"[©ⓒ]|\(c\)\s*(?:\d|[^\W\d_])|(?<![^\W\d_])(?:{words})(?![a-zà-ÿ])", _I)

    @_built
    def newsletter(self) -> re.Pattern[str]:
        """Searches a line for a word that names a site's newsletter ("newsletter", "nieuwsbrief", "рассылк")."""
        return re.compile(rf"(?<![^\W\d_])(?:{self._alt(lambda v: v.newsletter_words)})", _I)

    @_built
    def sign_up(self) -> re.Pattern[str]:
        """Searches a line for a word that asks to sign up ("sign up", "subscribe", "abonnez", "suscríbete")."""
        return re.compile(rf"(?<![^\W\d_])(?:{self._alt(lambda v: v.sign_up_words)})", _I)

    @_built
    def end_note_words(self) -> tuple[str, ...]:
        """Lower-case words of which every ``end_note`` match contains one."""
        return tuple(dict.fromkeys(word.lower() for word in self._words(lambda v: v.end_note_words)))

    @_built
    def end_note_gate(self) -> re.Pattern[str]:
        """Searches a lower-case line for a word of ``end_note_words`` (one pass, whatever their number)."""
        return re.compile(alternation(self.end_note_words))

    @_built
    def syndication(self) -> re.Pattern[str]:
        """A syndication footer ("This post appeared first on Site."; the site in group ``site``)."""
        subjects = fragments(self._words(lambda v: v.syndication_subject_patterns))
        verbs = fragments(self._words(lambda v: v.syndication_verb_patterns))
        return re.compile(rf"^{subjects}\s+{verbs}\s+(?P<site>[^\s].{{0,80}}?)\.?$", _I)

    # Dates.
    @_built
    def months(self) -> dict[str, int]:
        """Lower-case month names and abbreviations to their number."""
        return {name.lower(): number for v in self._vocabularies() for name, number in v.months.items()}

    @property
    def relative_date(self) -> re.Pattern[str]:
        """Searches for a word of a relative time ("ago", "vor", "小时前")."""
        return self.dates.relative

    @property
    def dates(self) -> DatePatterns:
        """The date patterns and tables that :mod:`newsparse._dates` reads dates with.

        Built at the first date read, not with the others: they are the largest (a third of the compiling), and
        ``import newsparse`` (whose HTML cleaner reads its patterns at import) should not pay for them.
        """
        found: DatePatterns | None = self.__dict__.get("_dates")
        if found is None:
            found = self.__dict__["_dates"] = build_date_patterns(self._vocabularies())
        return found

    # Languages.
    @_built
    def language_names(self) -> dict[str, str]:
        """Case-folded language tags and names ("de", "deutsch", "german", "deu") to the language's tag."""
        return {name.casefold(): v.language for v in self._vocabularies() for name in (v.language, *v.names)}

    @_built
    def stopwords(self) -> dict[str, frozenset[str]]:
        """Each language's stopwords, lower case, for the languages that list some."""
        return {v.language: frozenset(w.lower() for w in v.stopwords) for v in self._vocabularies() if v.stopwords}

    # HTML.
    @_built
    def chrome_classes(self) -> re.Pattern[str]:
        """Searches a tag's class and id names for a word of page chrome."""
        return re.compile(rf"(?:^|[\s_-]){self._alt(lambda v: v.chrome_classes)}(?:$|[\s_-])", _I)


_REGISTERED: list[Vocabulary] = []  # added with register(), in order
_CHANGES = [0]  # how many times register() and unregister() changed _REGISTERED


def changes() -> int:
    """How many times the registered vocabularies changed: what was remembered of them is stale when it moves."""
    return _CHANGES[0]


def registered() -> tuple[Vocabulary, ...]:
    """English and the vocabularies added with :func:`register` (each in place of a bundled one of its language).

    The other bundled languages are active too (:func:`active`), whatever is registered.
    """
    english = next((v for v in _REGISTERED if v.language == BUNDLED[0].language), BUNDLED[0])
    return (english, *(v for v in _REGISTERED if v is not english))


def active() -> tuple[Vocabulary, ...]:
    """Every vocabulary the readers use: the bundled ones, English first, then the other registered ones.

    A registered vocabulary takes the place of the bundled one of its language.
    """
    mine = {v.language: v for v in _REGISTERED}
    bundled = tuple(mine.pop(v.language, v) for v in BUNDLED)
    return (*bundled, *mine.values())


def register(vocabulary: Vocabulary) -> None:
    """Add a vocabulary: every reader recognises its phrases from the next use of :data:`PATTERNS` on.

    A vocabulary registered again (the same language) replaces the earlier one; one of a bundled language
    replaces the bundled one until it is unregistered.
    """
    _REGISTERED[:] = [v for v in _REGISTERED if v.language != vocabulary.language] + [vocabulary]
    _CHANGES[0] += 1
    PATTERNS.reset()


def unregister(language: str) -> None:
    """Remove the vocabulary registered for ``language`` (a bundled one of that language comes back)."""
    _REGISTERED[:] = [v for v in _REGISTERED if v.language != language]
    _CHANGES[0] += 1
    PATTERNS.reset()


PATTERNS = Patterns(active)
"""The phrase sets and patterns of the registered vocabularies."""
