"""Metadata read from short strings: dates, bylines, datelines, hashtags, view counts.

Every function here is pure and works on one line or one value; none of them
scans whole bodies, so they cost nothing on the hot path.
"""

from __future__ import annotations

import re

import attrs

from newsparse import _dates
from newsparse._dates import Order
from newsparse.vocabulary import PATTERNS

__all__ = [
    "Dateline",
    "byline_names",
    "ends_like_byline",
    "find_date",
    "hashtags",
    "is_end_note",
    "is_press_role",
    "is_role",
    "listed_han_names",
    "parse_byline",
    "parse_date",
    "parse_views",
    "read_dateline",
    "split_dateline",
    "strip_hashtags",
]

_LIST_MARKS = re.compile(r"\s*[;&/]\s*")


def byline_names(byline: str) -> list[str]:
    """The names in a byline, without its byline word ("By", "Von", "Par"...) or job titles, in order, once each.

    Looser than :func:`parse_byline`, for bylines a format already marks as such (a BY field, a byline
    element): names are split at commas, ``;``, ``&``, ``/`` and the conjunctions of every vocabulary.

    Example:
        >>> byline_names("Von Klaus Kurpjuweit und Anna Roth; Staff Reporter")
        ['Klaus Kurpjuweit', 'Anna Roth']
    """
    text = PATTERNS.by.sub("", " ".join(byline.split()))
    names = []
    for chunk in _LIST_MARKS.split(text):
        for part in PATTERNS.name_separator.split(chunk):
            part = part.strip(" .:,")
            if part and not PATTERNS.job_titles.search(part) and any(c.isalpha() for c in part):
                names.append(part)
    return list(dict.fromkeys(names))


# a source after a byline's names: "(avec AFP)", "（共同）", " | ANSA", " - Reuters", " / dpa"
_BYLINE_TAIL = re.compile(r"\s*(?:[(（](?P<paren>[^()（）]{1,60})[)）]|\s[|/–—-]\s*(?P<bar>[^|/()]{1,60}))$")
_TAIL_MARKS = ("(", "（", " | ", " / ", " - ", " – ", " — ")  # what a _BYLINE_TAIL needs (a quick test first)
_INITIAL_ENDS = tuple(f" {c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # "Sonia Pérez D.": an initial, no sentence end
_VIEWS_MAX = 200  # characters: a longer line is not a view counter
_HASHTAG = re.compile(r"(?<![\w&#/])#([^\W\d_][\w-]*)")
_ORG = re.compile(r"^#?(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}$")  # a name's shape; words: vocabulary

# The only non-ASCII letters that match ASCII letters under re.IGNORECASE are these four (see the `re` docs):
# a line with one of them skips the end-note shortcut (PATTERNS.end_note_words).
_ODD_CASE = frozenset("\u0130\u0131\u017f\u212a")


def parse_date(value: str, order: Order = "") -> str | None:
    """Parse one date string into ISO 8601, or return None (relative times are not dates).

    ``order`` is the all-number order of the language the date is written in, when known ("dmy"); the one
    reader is :func:`newsparse._dates.read`.

    Example:
        >>> parse_date("Updated 21 October 2024"), parse_date("February 19th 2025")
        ('2024-10-21', '2025-02-19')
        >>> parse_date("2024-10-23T15:39:54"), parse_date("2 sec ago")
        ('2024-10-23T15:39:54', None)
    """
    reading = _dates.read(value, order=order)
    return reading.iso if reading is not None else None


def find_date(text: str) -> str | None:
    """Find the first written-out date in a sentence and return it in ISO 8601.

    Example:
        >>> find_date("This report was first published Sept. 4, 2025.")
        '2025-09-04'
    """
    reading = _dates.find(text)
    return reading.iso if reading is not None else None


def hashtags(text: str) -> list[str]:
    """Return the hashtags in ``text``, without their ``#``, in order, without repeats.

    Example:
        >>> hashtags("Report calls on #NATO to counter #NATO rivals")
        ['NATO']
    """
    if "#" not in text:  # the common case, without a regex pass
        return []
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
    if len(line) > _VIEWS_MAX:  # a counter is short
        return None
    match = PATTERNS.views.match(line.strip())
    if match is None:
        return None
    digits = "".join(ch for ch in match.group("a") or match.group("b") or match.group("c") if ch.isdigit())
    return int(digits) if digits.isascii() and 0 < len(digits) <= 18 else None


@attrs.frozen
class Dateline:
    """A dateline read off a first paragraph.

    Attributes:
        place: the place ("BERLIN", "PORTLAND, Oregon", "서울"); None for a paper's own news that names
            none ("本报讯（记者 张三）").
        agency: the agency that signs it, when it names one ("dpa", "EFE", "연합뉴스").
        byline: a reporter's byline written into it ("김철수 기자"), when there is one.
        rest: the paragraph after it.
        names: the byline as its names are read: a Chinese dateline's reporters parted by a space listed
            ("记者 梁思远 何婉婷" is read as "记者 梁思远、何婉婷"); else the byline.
    """

    place: str | None
    agency: str | None
    byline: str | None
    rest: str
    names: str | None = attrs.field(default=attrs.Factory(lambda self: self.byline, takes_self=True), repr=False)


def read_dateline(paragraph: str) -> Dateline | None:
    """Read a dateline ("BRUSSELS: ", "MADRID, 21 oct (EFE).-", "(서울=연합뉴스) 김철수 기자 = ") off a paragraph.

    Example:
        >>> read_dateline("BERLIN (dpa) - Die Regierung hat entschieden.")
        Dateline(place='BERLIN', agency='dpa', byline=None, rest='Die Regierung hat entschieden.')
        >>> read_dateline("(서울=연합뉴스) 김철수 기자 = 정부가 발표했다.")
        Dateline(place='서울', agency='연합뉴스', byline='김철수 기자', rest='정부가 발표했다.')
    """
    match = PATTERNS.dateline.match(paragraph)
    if match is not None and _is_place(match.group("place"), upper=True):
        return Dateline(
            match.group("place"), match.group("agency") or match.group("lead"), None, paragraph[match.end() :]
        )
    gate = paragraph[:120]  # an agency's bracket or slash comes early; most first paragraphs have none
    match = PATTERNS.agency_dateline.match(paragraph) if "(" in gate or "/" in gate else None
    if match is not None and _is_place(match.group("place"), upper=False):
        return Dateline(match.group("place"), match.group("agency"), None, paragraph[match.end() :])
    if paragraph[:1].isascii() and not paragraph.startswith("("):
        return None  # the East Asian forms open with a bracket or a CJK letter
    match = PATTERNS.bracket_dateline.match(paragraph)
    if match is None:
        return None
    if match.group("agency2") is not None:
        byline = match.group("byline2")
        return Dateline(
            match.group("place2"), match.group("agency2"), byline, paragraph[match.end() :], listed_han_names(byline)
        )
    if match.group("own") is not None:  # the paper's own news: "本报讯（记者 张三）"
        byline = match.group("byline3") or match.group("spaced3")
        return Dateline(match.group("place3"), None, byline, paragraph[match.end() :], listed_han_names(byline))
    if match.group("agency4") is not None:  # "（中央社記者陳怡君台北2日電）"
        place, byline, names = _sent_from(match.group("sent"))
        return Dateline(place, match.group("agency4"), byline, paragraph[match.end() :], names)
    return Dateline(match.group("place"), match.group("agency"), match.group("byline"), paragraph[match.end() :])


_REPORTERS = re.compile(r"(\w{0,3}?(?:[记記]者|特派[员員]))(.+)")  # also "特約記者", "實習記者", "特派員"


def _sent_from(sent: str) -> tuple[str | None, str | None, str | None]:
    """The place, the reporters' byline and their names of an agency's bracketed dispatch, whose words run together.

    "記者陳怡君、王小明台北" is a byline word, names apart by "、", then the place, with no mark between the last
    name and the place: a Chinese name is most often three characters, so the last name takes three when five or
    more are left (two when four are), and the place the rest. The byline word may have a rank before it
    ("特約記者": a stringer); the names are given after the plain byline word, as the byline reader reads them.

    Example:
        >>> _sent_from("記者陳怡君台北"), _sent_from("記者王明、陳怡君華盛頓"), _sent_from("台北")
        (('台北', '記者陳怡君', '記者陳怡君'), ('華盛頓', '記者王明、陳怡君', '記者王明、陳怡君'), ('台北', None, None))
        >>> _sent_from("特約記者鄭崇生柏林")
        ('柏林', '特約記者鄭崇生', '記者鄭崇生')
    """
    reporters = _REPORTERS.fullmatch(sent)
    if reporters is None:
        return sent, None, None
    word, names = reporters.groups()
    *before, last = names.split("、")
    size = 3 if len(last) >= 5 else 2 if len(last) == 4 else len(last)
    listed = "、".join([*before, last[:size]])
    return last[size:] or None, word + listed, f"記者{listed}"


_HAN_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")
_KANA = re.compile(r"[\u3041-\u30fa]")  # hiragana and katakana letters: Japanese
_NAME_DOT = "・"  # the katakana middle dot, which a Chinese byline may write between a name and a role too


def listed_han_names(byline: str | None, opener: str = "") -> str | None:
    """A Chinese byline's reporters, listed as Chinese lists them: "记者 梁思远 何婉婷" is "记者 梁思远、何婉婷".

    In a Chinese dateline or byline a space parts the reporters' names (a Chinese name is written without one): the
    last words that are each a name of two to four characters, and no job title or byline word, are the names. A
    byline word between two of them opens the next writer's name ("记者 王晓燕 通讯员 陈立": reporter, correspondent).

    Example:
        >>> listed_han_names("记者 梁思远 何婉婷"), listed_han_names("王晓燕 通讯员 陈立")
        ('记者 梁思远、何婉婷', '王晓燕、陈立')
        >>> listed_han_names("王晓燕 见习记者 李明 摄影 陈立")  # a trainee reporter; then the photographer
        '王晓燕、李明'

    A Japanese byline (one with kana in it, or with kana or the middle dot "・" in its ``opener``, the byline's
    word cut before it) writes a space between a name's family and given names ("写真・文 山口 健太"): it lists
    nothing (None).
    """
    if byline is None or _KANA.search(byline) or _KANA.search(opener) or _NAME_DOT in opener:
        return None
    words = byline.split()
    credit = next((i for i, word in enumerate(words) if i and PATTERNS.unspaced_credit.fullmatch(word)), len(words))
    words = words[:credit]  # "记者 王晓燕 摄影 李明": the photographer is no writer
    words = [
        word
        for index, word in enumerate(words)
        if not (
            0 < index < len(words) - 1
            and PATTERNS.unspaced_role.fullmatch(word) is not None  # "通讯员", "见习记者", "本报通讯员"
            and _HAN_NAME.fullmatch(words[index - 1])
            and _HAN_NAME.fullmatch(words[index + 1])
        )
    ]
    count = 0
    for word in reversed(words):
        role = PATTERNS.unspaced_role.fullmatch(word)  # "记者": the byline's word
        if _HAN_NAME.fullmatch(word) is None or PATTERNS.job_titles.search(word) or role is not None:
            break
        count += 1
    if count < 2:
        return " ".join(words) if credit < len(byline.split()) else byline
    return " ".join([*words[:-count], "、".join(words[-count:])])


def _is_place(place: str, *, upper: bool) -> bool:
    head = place.split(",")[0]
    if head.replace("’", "'").casefold() in PATTERNS.not_places or len(place) > 60:
        return False
    return sum(ch.isalpha() for ch in head) >= (3 if upper else 2)


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split a dateline ("BRUSSELS: ...", "PORTLAND, Oregon — ...") off a first paragraph.

    Example:
        >>> split_dateline("PORTLAND, Oregon: US agents must stop.")
        ('PORTLAND, Oregon', 'US agents must stop.')
        >>> split_dateline("NATO: not a place")
        (None, 'NATO: not a place')
    """
    dateline = read_dateline(paragraph)
    if dateline is None:
        return None, paragraph
    return dateline.place, dateline.rest


def is_org(value: str) -> bool:
    """Whether a short string names a publisher, an agency or a company ("The Associated Press", "#CNN", "Acme Ltd").

    A company is told by its legal form (the vocabularies' ``company_forms`` and ``company_openers``).

    Example:
        >>> is_org("The Canadian Press"), is_org("#CNN"), is_org("North Korea"), is_org("Mediahub s.r.o.")
        (True, True, False, True)
    """
    value = value.strip().lstrip("#")
    if value.casefold() in PATTERNS.known_orgs or PATTERNS.company.search(value):
        return True
    return bool(_ORG.match(value)) and bool(PATTERNS.org_suffix.search(value))


def _names(text: str) -> list[str] | None:
    """The people a byline's names part lists, job titles left out ("Jane Roe, Senior Correspondent").

    None when a part is neither a name nor a job title.
    """
    parts = [p.strip() for p in PATTERNS.name_separator.split(text.strip()) if p.strip()]
    people = [part for part in parts if not PATTERNS.job_titles.search(part)]
    if not parts or not all(map(PATTERNS.name.match, people)):
        return None
    return people


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
        parts = PATTERNS.name_separator.split(reporting.group("names").strip())  # each reporter's place apart
        names = _names(", ".join(PATTERNS.place_tail.sub("", part.strip()) for part in parts))
        return (names, None) if names else None
    if line.endswith((".", "!", "?", "”", '"')) and not line.endswith(_INITIAL_ENDS):
        return None
    after = PATTERNS.by_after.match(line) if ends_like_byline(line) else None
    if after is not None:
        names = _names(after.group("names"))
        return (names, None) if names else None
    by = PATTERNS.by.match(line)
    has_by = by is not None
    body = line[by.end() :] if by is not None else line
    source: str | None = None
    if "," in body:
        head, _, tail = body.rpartition(",")
        if is_org(tail):
            source, body = tail.strip().lstrip("#"), head
    if source is None and has_by and any(mark in body for mark in _TAIL_MARKS):
        body, source = _source_tail(body)
    if source is None and has_by and (outlet := PATTERNS.outlet_tail.search(body)) is not None and _outlet(outlet):
        body, source = body[: outlet.start()], outlet.group("outlet")  # "Jane Roe For Dailymail.com"
    if source is None and has_by:
        body, source = _agency_after(body)
    if not has_by and source is None:
        return None
    names = _names(body)
    if names is None:
        return None
    return names, source


def _outlet(found: re.Match[str]) -> bool:
    """Whether what follows "for" after a byline's names is an outlet: a site's address, "The …", a known one.

    "By Jane Roe and Per Dahl": "Per" is a name, not Italian's "per".
    """
    outlet = found.group("outlet")
    if PATTERNS.name_separator.search(outlet):
        return False  # "For Dailymail.com And Tom Lee": a co-writer after the outlet, left as it was
    return "." in outlet or outlet.casefold().startswith("the ") or is_org(outlet)


def ends_like_byline(line: str) -> bool:
    """Whether a line ends as a byline whose word follows the names can ("기자", an e-mail address after it)."""
    return line[-1:] in PATTERNS.by_after_ends or "@" in line


def _source_tail(body: str) -> tuple[str, str | None]:
    """A byline's names and the agency after them: "Claire Dubois (avec AFP)", "Mario Rossi | ANSA"."""
    match = _BYLINE_TAIL.search(body)
    if match is None:
        return body, None
    tail = (match.group("paren") or match.group("bar") or "").strip()
    for candidate in (tail, tail.rsplit(" ", 1)[-1]):  # "avec AFP", "with Reuters": the agency is the last word
        if is_org(candidate):
            return body[: match.start()], candidate.lstrip("#")
    return body, None


_AGENCY_WORDS = 4  # the most words of an agency's name written after the names without a comma


def _agency_after(body: str) -> tuple[str, str | None]:
    """A byline's names and the agency written after them with no comma ("Jane Roe Associated Press").

    A job title may follow the agency ("Jane Roe AP Political Writer"), and the names must remain.

    Example:
        >>> _agency_after("JANE ROE and AL LI Associated Press")
        ('JANE ROE and AL LI', 'Associated Press')
        >>> _agency_after("Jane Roe AP Political Writer"), _agency_after("Jane Roe")
        (('Jane Roe', 'AP'), ('Jane Roe', None))
    """
    words = body.split()
    for start in range(max(1, len(words) - _AGENCY_WORDS - 2), len(words)):
        for end in range(start + 1, min(start + _AGENCY_WORDS, len(words)) + 1):
            name = " ".join(words[start:end])
            rest = " ".join(words[end:])
            if _agency_written(name) and (not rest or is_role(rest)):
                return " ".join(words[:start]), name
    return body, None


def _agency_written(name: str) -> bool:
    """Whether words after a byline's names are an agency's: its code in capitals, or a name of two words or more.

    "AP", "AFP", "Associated Press"; a one-word name may be a surname ("Liam Fox", "Michael R. Bloomberg").
    """
    if name.casefold() not in PATTERNS.known_orgs:
        return False
    return name.isupper() or " " in name


def is_role(text: str) -> bool:
    """Whether a short text names a job ("Political Writer"): up to three words, one a job title."""
    return len(text.split()) <= 3 and PATTERNS.job_titles.search(text) is not None


def is_press_role(text: str) -> bool:
    """Whether a short text names a job of the press ("Political Editor", "repórter"), no newsmaker's ("Fed Chief").

    Up to three words, the last a job title of the press.

    Example:
        >>> is_press_role("Political Editor"), is_press_role("Fed Chief"), is_press_role("Editor of the Year")
        (True, False, False)
    """
    words = text.split()
    return 1 <= len(words) <= 3 and PATTERNS.press_roles.fullmatch(words[-1].strip(".,;")) is not None


def is_end_note(line: str) -> bool:
    """Whether a line is end matter: contributor lines, "(Reporting by ...)", "first published ...".

    Example:
        >>> is_end_note("CNN’s Samantha Waldenberg contributed to this report.")
        True
    """
    if len(line) >= 400:
        return False
    odd = any(char in line for char in _ODD_CASE)  # four substring searches: set.isdisjoint(line) hashes each char
    if not odd and PATTERNS.end_note_gate.search(line.lower()) is None:
        return False  # none of the words every end-note match contains: no need for the regex
    return PATTERNS.end_note.search(line) is not None
