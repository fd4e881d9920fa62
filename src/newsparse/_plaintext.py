"""Reading one plain-text article: title, header furniture, body, end matter.

A scraped article is a title, then some furniture (labels, the title again,
photo captions and their credits, "Short Url", "Follow", timestamps, bullet
highlights), then the body, then end matter (a "___" rule, contributor lines,
a byline, a view counter, a "via <date>" footer). :func:`read_plain` walks the
header forward and the end matter backward, one line at a time, and leaves the
body lines between them untouched: only the first and last few lines of an
article are ever examined, so the cost does not grow with the body.
"""

from __future__ import annotations

import operator
import re
from itertools import compress
from typing import Any

import attrs

from newsparse import _meta
from newsparse._captions import (
    is_credit,
    looks_like_caption,
    lost_lines,
    merge_captions,
    split_credit,
)
from newsparse._linekeys import TITLE_MAX, Norms, norm
from newsparse._model import Caption, Dropped
from newsparse._plainbody import RULE_LINE, SEPARATOR_FIRST, finish_body, is_separator
from newsparse._plainstamps import take_end_timestamp, take_timestamp
from newsparse._problems import Problem
from newsparse.vocabulary import PATTERNS

__all__ = ["Draft", "finish_body", "read_plain"]

_BULLET = re.compile(r"^[•●▪◦‣∙·*–-]\s+(?=\S)")
# a sentence's end: the punctuation first, the letter before it checked behind it (a pattern that opens with a
# character set is scanned for by the regex engine; one that opens with a lookbehind is tried at every position)
_SENTENCE_END = re.compile(r"[.!?](?<=[a-z0-9’'\")\]][.!?])(?=\s+[A-Z“\"‘'])")
_HEADER_LOOKAHEAD = 12
_CAPTION_MIN = 60  # an unknown header line this long reads as a caption, a shorter one as a kicker
_RUN_IN_MIN = 160  # a first line longer than this may be a headline run into the first sentence
_RUN_IN_MAX_TITLE = 150
_AGENCY_LINE_MAX = 60  # an agency's credit alone ("(dpa)", "AFP/jk") is short


@attrs.define
class Draft:
    """Mutable fields of an article being read; turned into an :class:`Article` at the end."""

    title: str | None = None
    subtitle: str | None = None
    highlights: list[str] = attrs.field(factory=list)
    paragraphs: list[str] = attrs.field(factory=list)
    captions: list[Caption] = attrs.field(factory=list)
    byline: str | None = None
    authors: list[str] = attrs.field(factory=list)
    source: str | None = None
    section: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    language: str | None = None
    url: str | None = None
    image: str | None = None
    tags: list[str] = attrs.field(factory=list)
    views: int | None = None
    notes: list[str] = attrs.field(factory=list)
    id: str | None = None
    dropped: list[Dropped] = attrs.field(factory=list)
    problems: list[Problem] = attrs.field(factory=list)

    def fields(self) -> dict[str, Any]:
        """The draft as keyword arguments for :class:`Article` (body joined)."""
        data = dict(zip(_DRAFT_FIELDS, _DRAFT_VALUES(self), strict=True))  # attrs.asdict, without its generality
        data["body"] = "\n\n".join(data.pop("paragraphs"))
        return data


_DRAFT_FIELDS = tuple(field.name for field in attrs.fields(Draft))
_DRAFT_VALUES = operator.attrgetter(*_DRAFT_FIELDS)  # every field's value at once, in that order


_FIRST = operator.itemgetter(slice(0, 1))


def read_plain(text: str) -> Draft:
    """Read the lines of one plain-text article into a :class:`Draft`.

    Example:
        >>> d = read_plain("Featured\\n\\nBig news\\n\\nShort Url\\nBig news\\n\\nIt happened.\\n\\nView 3 times")
        >>> d.title, d.paragraphs, d.views, [x.reason for x in d.dropped]
        ('Big news', ['It happened.'], 3, ['label', 'site chrome', 'repeated title', 'footer'])
    """
    lines = list(map(str.strip, text.split("\n")))
    draft = Draft()
    sources: list[list[str]] = []  # the lines each caption of draft.captions was read from
    later: list[str] = []  # notes found after the first byline in the header, and end notes read backwards
    first_body = _read_header(lines, draft, sources, later)
    if len(draft.captions) > 1:  # a caption merged into a longer copy of it leaves its line in dropped
        draft.dropped.extend(lost_lines(*merge_captions(draft.captions), sources))
    last_body = _read_end_matter(lines, first_body, draft, later, text)
    draft.notes[:0] = reversed(later)  # each was put in front of the ones before it
    body_lines = lines[first_body:last_body]
    if draft.paragraphs:  # a run-in headline left the start of the first paragraph
        body_lines = [draft.paragraphs.pop(), *body_lines]
    finish_body(draft, body_lines)
    return draft


def _next_nonblank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i]:
        i += 1
    return i


def _chrome(line: str) -> bool:
    return _read_chrome(line)[0]


def _read_chrome(line: str) -> tuple[bool, int | None]:
    """Whether a line is site chrome (a chrome phrase or a view counter), and its view count if it has one."""
    views = _meta.parse_views(line)
    # casefold() never shortens a string: a line longer than every chrome phrase is none of them
    chrome = views is not None or (len(line) <= PATTERNS.chrome_max and line.casefold() in PATTERNS.chrome)
    return chrome, views


def _label(line: str) -> bool:
    return len(line) <= PATTERNS.labels_max and line.casefold() in PATTERNS.labels


def _read_header(lines: list[str], draft: Draft, sources: list[list[str]], later: list[str]) -> int:
    """Consume labels, title and header furniture; return the index of the first body line.

    ``sources`` gets the lines each caption came from; ``later`` gets the bylines after the first.
    """
    i = _next_nonblank(lines, 0)
    while i < len(lines) and (_label(lines[i]) or _chrome(lines[i])):
        draft.dropped.append(Dropped(lines[i], "label" if _label(lines[i]) else "site chrome"))
        i = _next_nonblank(lines, i + 1)
    if i >= len(lines):
        return i
    title_line = lines[i]
    _set_title(draft, title_line)
    title_key = norm(title_line)
    i += 1
    if i < len(lines) and lines[i] and _is_deck(lines, i):
        draft.subtitle = _meta.strip_hashtags(lines[i])
        draft.tags.extend(t for t in _meta.hashtags(lines[i]) if t not in draft.tags)
        i += 1
    count = len(lines)
    stop = min(count, i + 3 * _HEADER_LOOKAHEAD)
    norms = Norms(lines, i, stop, {title_line: title_key})
    echo: int | None = None  # where the title comes back (-1: it does not), found when first needed
    captions: dict[str, Caption] = {}
    while True:
        while i < count and not lines[i]:  # the next non-blank line (_next_nonblank, inline: one per line)
            i += 1
        if i >= count:
            return i
        line = lines[i]
        key = norms[i]
        if key == title_key:
            draft.dropped.append(Dropped(line, "repeated title"))
            # the echo _echo finds, if any, is this line or one before it: no later line is before it
            echo = -1 if echo is None else echo
        elif key in captions:
            draft.dropped.append(Dropped(line, "duplicate caption"))
        elif _label(line):
            draft.dropped.append(Dropped(line, "label"))
        elif (chrome := _read_chrome(line))[0]:
            _take_chrome(line, chrome[1], draft)
        elif take_timestamp(line, draft):
            pass
        elif _BULLET.match(line):
            draft.highlights.append(_BULLET.sub("", line))
        elif (byline := _byline_line(line)) is not None:
            _take_byline(line, byline, draft, later)
        elif (split := _caption_split(line, key, norms)) is not None:
            text, credit = split
            nxt = _next_nonblank(lines, i + 1)
            source = [line]
            if credit is None and nxt < len(lines) and is_credit(lines[nxt]) and not looks_like_caption(lines[nxt]):
                credit = lines[nxt]
                captions[norm(lines[nxt])] = Caption(text, credit)
                source.append(credit)
                i = nxt
            caption = Caption(text, credit)
            captions[key] = caption
            draft.captions.append(caption)
            sources.append(source)
        elif len(line) < 80 and draft.captions and is_credit(line):
            if draft.captions[-1].credit is None:  # the credit under the second copy of a caption
                draft.captions[-1] = Caption(draft.captions[-1].text, line)
                captions[key] = draft.captions[-1]
                sources[-1].append(line)
            else:
                draft.dropped.append(Dropped(line, "duplicate caption"))
        elif i < (echo := _echo(norms, title_key, stop) if echo is None else echo):
            # before the title's echo, every line is header furniture
            if len(line) >= _CAPTION_MIN:
                caption = Caption(*split_credit(line))
                captions[key] = caption
                draft.captions.append(caption)
                sources.append([line])
            else:
                draft.dropped.append(Dropped(line, "header furniture"))
        else:
            return i
        i += 1


def _echo(norms: Norms, title_key: str, stop: int) -> int:
    """The index of the title's echo among the first lines of the header window, or -1."""
    return norms.first(title_key, _first_nonblank(norms.lines, norms.window, stop, _HEADER_LOOKAHEAD))


def _first_nonblank(lines: list[str], window: list[int], stop: int, count: int) -> list[int]:
    """The indices of the first ``count`` non-blank lines from the window's start (``window`` ends at ``stop``)."""
    if len(window) >= count or stop >= len(lines):
        return window[:count]
    more = list(window)
    for index in range(stop, len(lines)):
        if lines[index]:
            more.append(index)
            if len(more) == count:
                break
    return more


def _set_title(draft: Draft, line: str) -> None:
    if len(line) > _RUN_IN_MIN:
        match = _SENTENCE_END.search(line, 20, _RUN_IN_MAX_TITLE)
        if match:
            draft.tags.extend(_meta.hashtags(line[: match.end()]))
            draft.title = _meta.strip_hashtags(line[: match.end()]).strip()
            draft.paragraphs.append(line[match.end() :].strip())
            return
        if len(line) > TITLE_MAX:  # a whole paragraph (or a 50 MB line), not a title: keep it as body
            draft.paragraphs.append(line)
            return
    draft.tags.extend(_meta.hashtags(line))
    draft.title = _meta.strip_hashtags(line)


def _is_deck(lines: list[str], i: int) -> bool:
    """A line right under the title, then a blank line, that is not furniture or body start."""
    line = lines[i]
    if i + 1 >= len(lines) or lines[i + 1] or len(line) > 300:
        return False
    if _next_nonblank(lines, i + 1) >= len(lines):
        return False
    if _chrome(line) or _BULLET.match(line) or looks_like_caption(line) or is_credit(line):
        return False
    if _meta.split_dateline(line)[0] is not None or PATTERNS.timestamp.match(line):
        return False
    return not _label(line)


def _caption_split(line: str, key: str, norms: Norms) -> tuple[str, str | None] | None:
    """``split_credit(line)`` when the line is a caption, else None.

    A caption reads as one (:func:`looks_like_caption`, the cheaper test) or comes twice in the header window;
    the split is made once, for both the test and the caption.
    """
    if PATTERNS.caption_start.match(line) is not None:
        return split_credit(line)
    split = split_credit(line)
    return split if split[1] is not None or norms.twice(line, key) else None


def _take_chrome(line: str, views: int | None, draft: Draft) -> None:
    """A chrome line read by :func:`_read_chrome` (with its view count, if it has one) dropped."""
    if views is not None:
        draft.views = views
        draft.dropped.append(Dropped(line, "footer"))
    else:
        draft.dropped.append(Dropped(line, "site chrome"))


def _byline_line(line: str) -> tuple[list[str], str | None] | None:
    if len(line) > 200:
        return None
    if (
        PATTERNS.by.match(line)
        or (line[:1] == "(" and PATTERNS.reporting.match(line))
        or (_meta.ends_like_byline(line) and PATTERNS.by_after.match(line))
    ):
        return _meta.parse_byline(line)
    return None


def _take_byline(line: str, parsed: tuple[list[str], str | None], draft: Draft, later: list[str]) -> None:
    """The first byline read is the byline; every other one goes to ``later`` (notes, put in front)."""
    authors, source = parsed
    if draft.byline is None:
        draft.byline = _meta.strip_hashtags(line)
        draft.authors = authors
        draft.source = draft.source or source
        draft.tags.extend(t for t in _meta.hashtags(line) if t not in draft.tags)
    else:
        later.append(line)


def _read_end_matter(lines: list[str], first_body: int, draft: Draft, later: list[str], text: str) -> int:
    """Consume footers, bylines and contributor notes from the end; return the body's end index.

    Notes are read backwards: each goes to ``later``, whose reverse is put in front of the notes.
    ``lines`` are the stripped lines of ``text``.
    """
    end = len(lines)
    separator = _last_separator(lines, first_body, text)
    i = end - 1
    while i >= first_body:
        line = lines[i]
        if not line:
            i -= 1
            continue
        if (chrome := _read_chrome(line))[0]:
            _take_chrome(line, chrome[1], draft)
        elif (via := PATTERNS.via.match(line)) is not None:
            _take_via(line, via.group("what"), draft)
        elif _take_credit(line, draft) or (len(line) <= 80 and take_end_timestamp(line, draft)):
            pass
        elif is_separator(line):
            draft.dropped.append(Dropped(line, "separator"))
        elif (byline := _meta.parse_byline(line)) is not None and (
            separator is not None or byline[1] is not None or line.startswith("(")
        ):
            _take_byline(line, byline, draft, later)
        elif (separator is not None and i > separator) or _meta.is_end_note(line):  # the cheap test first
            later.append(line)
            if draft.published is None and _says_published(line):
                draft.published = _meta.find_date(line)
        else:
            return i + 1
        end = i
        i -= 1
    return max(end, first_body)


def _says_published(line: str) -> bool:
    """Whether a note says the article was published ("first published ...", "publié le ..."): folded once."""
    folded = line.casefold()
    return any(stem in folded for stem in PATTERNS.publish_stems)


def _last_separator(lines: list[str], first_body: int, text: str) -> int | None:
    """The last rule ("___") among the last 40 lines of the body and end matter, or None.

    ``lines`` are the stripped lines of ``text``. Most articles have no line that opens as a rule does: one
    search of the text, which the regex engine runs from newline to newline, tells them.
    """
    if RULE_LINE.search(text) is None and lines[0][:1] not in SEPARATOR_FIRST:
        return None  # no line opens with a rule's character (after the white space strip() takes)
    low = max(first_body, len(lines) - 40)
    # the lines that open with a rule's character, found without a Python loop (a blank line opens with "")
    opening = list(compress(range(low, len(lines)), map(SEPARATOR_FIRST.__contains__, map(_FIRST, lines[low:]))))
    for i in reversed(opening):
        if is_separator(lines[i]):
            return i
    return None


def _take_credit(line: str, draft: Draft) -> bool:
    """A source footer ("Quelle: dpa", "来源：新华社") or an agency's credit alone ("(dpa)", "AFP/jk"): the source."""
    match = None
    if ":" in line or "：" in line:
        match = PATTERNS.source_footer.match(line)
    if match is None and len(line) <= _AGENCY_LINE_MAX:
        match = PATTERNS.agency_line.match(line)
    if match is None:
        return False
    source = match.group("what") if "what" in match.re.groupindex else match.group("agency") or match.group("agency2")
    draft.source = draft.source or source.strip().rstrip(".")
    draft.dropped.append(Dropped(line, "footer"))
    return True


def _take_via(line: str, what: str, draft: Draft) -> None:
    when = _meta.parse_date(what)
    if when is not None:
        draft.published = draft.published or when
    elif len(what) < 60:
        draft.source = draft.source or what.strip().rstrip(".")
    draft.dropped.append(Dropped(line, "footer"))
