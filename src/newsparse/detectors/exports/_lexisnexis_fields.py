"""One LexisNexis document's fields, gathered label by label, and its hard-wrapped lines joined back.

Shared by the ``lexisnexis``, ``lexisnexis-html`` and ``nexis-uni`` detectors:
:class:`Collected` takes the labelled lines of a document (``BYLINE: ...``,
``Load-Date: ...``) and the unlabelled parts (publication, date line,
copyright) and gives the ``RawArticle`` fields and the problems;
:func:`unwrap` joins the lines of a hard-wrapped paragraph.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

import attrs

from newsparse import _meta
from newsparse._fields import read_date
from newsparse._model import Dropped
from newsparse._problems import Location, Problem
from newsparse.detectors._base import RawArticle
from newsparse.detectors.exports._lexisnexis_labels import LABELS, label_key, language_code

__all__ = ["Collected", "joined", "looks_like_date", "strip_markup", "unwrap", "vocabulary", "wrap_width"]

_RELEVANCE = re.compile(r"\s*\(\d{1,3}%\)\s*$")  # "BANKING (90%)": the vendor's relevance score
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_HYPHEN_END = re.compile(r"(\w+)-$")
_WORD = re.compile(r"\w+")
_COMPOUND = re.compile(r"\w+(?:-\w+)+")


def strip_markup(value: str) -> str:
    """Stray markup in a value as text: tags removed, entities read, white space collapsed.

    Example:
        >>> strip_markup("Rates <b>rise</b> &amp; fall")
        'Rates rise & fall'
    """
    if "<" in value:
        value = _TAG.sub(" ", value)
    if "&" in value:
        value = html.unescape(value)
    return " ".join(value.split())


def looks_like_date(line: str) -> bool:
    """Whether a masthead line is the date line: short, with a year ("March 3, 2024 Sunday", "3. März 2024").

    Example:
        >>> looks_like_date("3. März 2024 Sonntag"), looks_like_date("The Guardian (London)")
        (True, False)
    """
    return len(line) <= 100 and len(line.split()) <= 14 and _YEAR.search(line) is not None


@attrs.define
class Collected:
    """The fields of one document as they are read; :meth:`fields` gives them to the contract.

    ``number`` is the document's 1-based place in the export, for problems.
    """

    number: int
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    source: str | None = None
    published: str | None = None
    section: str | None = None
    dateline: str | None = None
    language: str | None = None
    url: str | None = None
    body: list[str] = attrs.field(factory=list)
    tags: list[str] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)
    dropped: list[Dropped] = attrs.field(factory=list)
    unknown: list[str] = attrs.field(factory=list)
    marked_up: list[str] = attrs.field(factory=list)
    problems: list[Problem] = attrs.field(factory=list)

    def label(self, label: str, value: str) -> str:
        """Take one labelled line; return its key (``"body"`` means the text starts here; ``""`` unknown).

        A label newsparse does not know is kept in ``notes`` as written, and named in a problem.
        """
        key = LABELS.get(label_key(label), "")
        if "<" in value and _TAG.search(value):
            self.marked_up.append(label)
        value = strip_markup(value)
        if key == "body":
            if value:
                self.body.append(value)
            return key
        if not value:
            return key
        if key in ("title", "source", "section", "dateline", "url", "byline") and getattr(self, key) is None:
            setattr(self, key, value)
        elif key == "subtitle":
            self.subtitle = value if self.subtitle is None else f"{self.subtitle} {value}"
        elif key == "language" and self.language is None and language_code(value) is not None:
            self.language = language_code(value)
        elif key == "tags":
            self.tags.extend(t for t in (_RELEVANCE.sub("", part).strip() for part in value.split(";")) if t)
        else:
            self.notes.append(f"{label}: {value}")
            if not key:
                self.unknown.append(label)
        return key

    def fields(self) -> dict[str, Any]:
        """The ``RawArticle`` fields: only those that were found."""
        fields: dict[str, Any] = {
            name: value
            for name in ("title", "subtitle", "byline", "source", "published", "section", "dateline", "url")
            if (value := getattr(self, name)) is not None
        }
        notes = list(self.notes)
        if self.published is not None and read_date(self.published) is None:
            notes.append(self.published)  # a date line the contract cannot read: kept, as written
        if self.language is not None:
            fields["language"] = self.language
        if self.byline is not None:
            fields["authors"] = _authors(self.byline)
        if self.body:
            fields["body"] = "\n\n".join(self.body)
        if self.tags:
            fields["tags"] = list(dict.fromkeys(self.tags))
        if notes:
            fields["notes"] = notes
        if self.dropped:
            fields["dropped"] = list(self.dropped)
        return fields

    def raw(self, start: int, end: int, *, cover: str = "", problems: Sequence[Problem] = ()) -> RawArticle:
        """The document as a raw article spanning ``start..end``; ``cover`` is the export's cover page (dropped).

        A document with nothing in it (no headline, text, publication or date) is skipped with a problem.
        """
        if cover:
            self.dropped.append(Dropped(cover, "export cover page"))
        fields = self.fields()
        if not any(key in fields for key in ("title", "body", "source", "published")):
            message = f"document {self.number} is empty; skipped"
            empty = Problem("export-document-empty", message, Location(record=self.number))
            return RawArticle(start, end, {}, (empty,))
        return RawArticle(start, end, fields, (*problems, *self.all_problems()))

    def all_problems(self) -> list[Problem]:
        """What was missing or unknown in this document, as coded problems."""
        at, where = Location(record=self.number), f"document {self.number}"
        problems = list(self.problems)
        if self.marked_up:
            labels = ", ".join(dict.fromkeys(self.marked_up))
            problems.append(Problem("export-markup-in-text", f"{where}: markup in {labels} read as text", at))
        if self.unknown:
            labels = ", ".join(dict.fromkeys(self.unknown))
            problems.append(Problem("export-label-unknown", f"{where}: labels kept in notes: {labels}", at))
        if self.title is None:
            problems.append(Problem("export-field-missing", f"{where} has no headline", at))
        if not self.body:
            problems.append(Problem("export-field-missing", f"{where} has no text", at))
        return problems


_BY = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s+", re.IGNORECASE)
_NAME_SEPARATORS = re.compile(r"\s*(?:[;,/&]|\s(?:and|und|et|en|og|och)\s)\s*", re.IGNORECASE)
_PLACE = re.compile(r"\s+(?:in|aus|à|em)\s+\S.*$")


def _authors(byline: str) -> list[str]:
    """The names in a byline ("By JANE DOE and JOHN ROE", "von Anna Berg und Jan Ott in Kiel")."""
    parsed = _meta.parse_byline(byline)
    if parsed is not None and parsed[0]:
        return parsed[0]
    if len(byline) > 120:
        return []
    names = (_PLACE.sub("", part).strip() for part in _NAME_SEPARATORS.split(_BY.sub("", byline.strip())))
    return [name for name in names if name and any(c.isalpha() for c in name)]


def unwrap(
    lines: Sequence[str], *, wrapped: bool, words: set[str] | None = None, width: int | None = None
) -> list[str]:
    """Join the lines of one paragraph of a hard-wrapped export back into paragraphs.

    Lines are joined with a space. When ``wrapped`` (plain-text exports wrap at
    a fixed width), a line is a deliberate break, and starts a new paragraph,
    when the next line's first word would have fitted on it (the wrapper breaks
    only when a word does not fit; ``width`` is the export's, by default the
    longest line's; :func:`wrap_width` finds it for a whole document). A word
    hyphenated at a line end keeps its hyphen ("state-of-the-" + "art"), except
    when the next line goes on in lower case and the joined word is written
    elsewhere in the document without the hyphen and the hyphenated form is not
    ("govern-" + "ment" where "government" occurs): then the hyphen was the
    export's and is dropped. ``words`` is that document's vocabulary
    (:func:`vocabulary`); without it every hyphen is kept.

    Example:
        >>> unwrap(["The state-of-the-", "art plant opens as the govern-", "ment said."], wrapped=True,
        ...        words={"government"})
        ['The state-of-the-art plant opens as the government said.']
    """
    width = max((len(line) for line in lines), default=0) if width is None else width
    out: list[str] = []
    pieces: list[str] = []  # the current paragraph's pieces: joined once, so a long paragraph costs linear time
    previous = ""  # the last line read (only its end and its length matter)
    for line in lines:
        if not line:
            continue
        if pieces:
            hyphen = None
            if wrapped and previous[-1] == "-":
                hyphen = _HYPHEN_END.search(previous, max(0, len(previous) - 60))
            if hyphen is not None:
                if _broken_word(hyphen.group(1), line, words):
                    pieces[-1] = pieces[-1][:-1]
            elif wrapped and len(previous) + 1 + _first_word_size(line) <= width:
                out.append("".join(pieces))
                pieces = []
            else:
                pieces.append(" ")
        pieces.append(line)
        previous = line
    if pieces:
        out.append("".join(pieces))
    return out


def _first_word_size(line: str) -> int:
    space = line.find(" ")
    return len(line) if space < 0 else space


def joined(lines: Sequence[str]) -> str:
    """The lines of a headline or a labelled value on one line: :func:`unwrap` without deliberate breaks.

    Example:
        >>> joined(["A state-of-the-", "art plant", "opens"])
        'A state-of-the-art plant opens'
    """
    return "".join(unwrap(lines, wrapped=True, width=0))


def wrap_width(paragraphs: Sequence[Sequence[str]]) -> int:
    """The width a document's text was wrapped at: its longest line that was wrapped (not a paragraph's last).

    Lines over 100 characters are not counted: an export that wraps does so
    below that, and an unbreakable URL must not widen the estimate.

    Example:
        >>> wrap_width([["a" * 70, "b" * 10], ["c" * 75]])
        70
    """
    return max((len(line) for lines in paragraphs for line in lines[:-1] if len(line) <= 100), default=0)


def vocabulary(text: str) -> set[str]:
    """The words of a document, lower-cased, for :func:`unwrap`: single words, and hyphenated forms prefixed ``-``.

    Example:
        >>> sorted(vocabulary("A well-known government"))
        ['-well-known', 'a', 'government', 'known', 'well']
    """
    lowered = text.lower()
    return set(_WORD.findall(lowered)) | {"-" + m for m in _COMPOUND.findall(lowered)}


def _broken_word(before: str, line: str, words: set[str] | None) -> bool:
    """Whether ``before-`` + ``line`` is one word the export broke (see :func:`unwrap`)."""
    after = _WORD.match(line)
    if words is None or after is None or not line[:1].islower():
        return False
    joined = (before + after.group()).lower()
    return joined in words and f"-{before.lower()}-{after.group().lower()}" not in words
