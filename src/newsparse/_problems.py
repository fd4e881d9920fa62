"""Problems and repairs as records: a stable code, the message, and where known a location.

A :class:`Problem` or a :class:`Repair` *is* its message (a ``str`` subclass), so it
prints, compares, hashes and serialises exactly as the sentence newsparse always
wrote, while ``.code`` (a kebab-case name from :data:`CODES`) and ``.location`` say
what happened and where, for code that must branch on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self

import attrs

__all__ = [
    "CODES",
    "NOTICES",
    "Location",
    "Problem",
    "Repair",
    "as_problems",
    "as_repairs",
]


@attrs.frozen
class Location:
    """Where a problem is, as far as it is known (every part may be ``None``).

    Attributes:
        line: the 1-based line of the input (a JSON Lines record).
        record: the 1-based number of the record among its siblings (a post of an array, a feed item).
        member: the file inside a container (``"dump.jsonl"`` in ``dump.tar``).
        start: offset of the first character concerned in the decoded text.
        end: offset just past the last one.

    Example:
        >>> Location(line=3, start=40, end=52)
        Location(line=3, record=None, member=None, start=40, end=52)
    """

    line: int | None = None
    record: int | None = None
    member: str | None = None
    start: int | None = None
    end: int | None = None


NOWHERE = Location()
"""The location of a problem whose place is not known."""


class _Coded(str):
    """A message with a code and a location; a ``str`` equal to the message."""

    code: str
    location: Location

    def __new__(cls, code: str, message: str, location: Location | None = None) -> Self:
        """Make the record; it is equal to ``message`` and prints as it."""
        self = str.__new__(cls, message)
        fields = self.__dict__  # set through the dict: __setattr__ refuses, and this is the fast path
        fields["code"] = code
        fields["location"] = NOWHERE if location is None else location
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.code, str(self), self.location))

    @property
    def message(self) -> str:
        """The message as a plain ``str`` (what ``str(record)`` gives)."""
        return str(self)

    def reworded(self, message: str, **where: Any) -> Self:
        """The same code with a new message, and the location updated with ``where``.

        Example:
            >>> p = Problem("record-broken", "post 3 could not be read", Location(record=3))
            >>> q = p.reworded(f"{p} (characters 10-20)", start=10, end=20)
            >>> q, q.code, q.location.record, q.location.start
            ('post 3 could not be read (characters 10-20)', 'record-broken', 3, 10)
        """
        location = attrs.evolve(self.location, **where) if where else self.location
        return type(self)(self.code, message, location)


class Problem(_Coded):
    """Something wrong with the input that did not stop the parse: a code, a message, a location.

    A ``Problem`` is a ``str`` equal to its message, so ``Result.problems`` and
    ``Article.problems`` print, compare and serialise as plain sentences; ``code``
    is one of the stable names listed on the errors page (:data:`CODES`), and
    ``location`` (a :class:`Location`) says where, as far as it is known.

    Example:
        >>> import newsparse
        >>> result = newsparse.parse(b'{"title": "A", "text": "One."}\\n{"title": "B", "te\\n', name="x.jsonl")
        >>> (problem,) = result.problems
        >>> problem.code, problem.location.line, problem.startswith("line 2 is not valid JSON")
        ('record-broken', 2, True)
        >>> Problem("item-empty", "item 2 is empty (<item/>); skipped") == "item 2 is empty (<item/>); skipped"
        True
    """


class Repair(_Coded):
    """Something newsparse repaired in the text: a code and the message, e.g. ``"mojibake repaired (2 lines)"``.

    Like :class:`Problem`, a ``Repair`` is a ``str`` equal to its message.

    Example:
        >>> import newsparse
        >>> (article,) = newsparse.load(b"Title\\r\\n\\r\\nBody.\\r\\n")
        >>> [(r, r.code) for r in article.provenance.repairs]
        [('line endings normalised', 'line-endings-normalised')]
    """


def as_problems(values: Iterable[str], code: str = "other") -> tuple[Problem, ...]:
    """``values`` as problems: a plain string becomes a :class:`Problem` with ``code``.

    Example:
        >>> [p.code for p in as_problems(["by hand", Problem("item-empty", "item 1 is empty")])]
        ['other', 'item-empty']
    """
    items = tuple(values)
    for value in items:
        if not isinstance(value, Problem):
            return tuple(v if isinstance(v, Problem) else Problem(code, v) for v in items)
    return items  # type: ignore[return-value]  # the usual case, and the fast one: already records (or empty)


def as_repairs(values: Iterable[str]) -> tuple[Repair, ...]:
    """``values`` as repairs: a plain string becomes a :class:`Repair` with code ``other``."""
    items = tuple(values)
    for value in items:
        if not isinstance(value, Repair):
            return tuple(v if isinstance(v, Repair) else Repair("other", v) for v in items)
    return items  # type: ignore[return-value]


CODES: Mapping[str, str] = {
    # problems: records
    "record-broken": "a record (a JSON line, an array element, a post, a feed item) is not well-formed; skipped",
    "record-over-cap": "a record is larger than the record cap (MAX_RECORD_BYTES); skipped",
    "record-too-deep": "a JSON record nests deeper than the nesting cap (MAX_JSON_DEPTH); skipped",
    "record-not-object": "a JSON record is not an object; skipped",
    "record-unmapped": "a JSON record has no title or body field newsparse knows",
    "record-text-unread": "a JSON record's body came out empty while text sits under a key newsparse does not know",
    "record-field-wrong-type": "a JSON record's title or body is not a string; left empty",
    "post-no-content": "a WordPress post has no content",
    "value-unreadable": "a value of a JSON record cannot be decoded (an integer too long to read); left empty",
    "item-empty": "a feed item has no title, link, date or text; skipped",
    "item-truncated": "a feed item breaks off before its end tag",
    "entity-unknown": "a feed item uses entities that are not defined; kept as text",
    "text-truncated": "the text ends inside a comment or markup section outside any item",
    # problems: feeds (rss-atom, json-feed)
    "item-repaired": "a feed item is not well-formed XML (a stray <, an unclosed or unopened tag, a forbidden "
    "character); read after repairing it",
    "item-no-text": "a feed item has neither a title nor any text; skipped, naming what it had (link, date)",
    "base64-invalid": "a feed element says it holds base64 but does not; its text is kept as written",
    "page-empty": "an HTML page has no title and no text",
    "page-over-cap": "an HTML page is larger than the page cap (MAX_HTML_CHARS); only its head was read",
    # html-page: choosing the main content (issue 12)
    "page-body-from-json": "an HTML page's body was read from its JSON-LD articleBody, which agrees with the page",
    "page-body-from-state": "an HTML page's body was read from its embedded JSON state (a Next.js, Nuxt or store "
    "object), which agrees with the page",
    "page-main-uncertain": "another block of an HTML page scored nearly as high as the one read as its article",
    "published-from-update": "an HTML page is dated only by an update; it was published then or before, and that "
    "time is its published date too",
    "nesting-flattened": "elements nested deeper than the HTML cap (MAX_HTML_DEPTH) were flattened",
    # problems: web archives (WARC)
    "warc-records-skipped": "records of a web archive that are not pages (requests, redirects, images) were skipped",
    "warc-truncated": "a web archive ends inside a record; that record is skipped",
    "payload-undecodable": "a web archive record's HTTP payload cannot be decompressed or de-chunked; skipped",
    # problems: wire XML (NITF, NewsML-G2, NewsML 1.x)
    "newsml-item-not-text": "a NewsML item holds a picture, graphic, video or audio, not a text article; skipped",
    "newsml-content-remote": "a NewsML item's text is only referred to by an address, not included; metadata read",
    "newsml-package-only": "a NewsML-G2 packageItem only refers to items elsewhere and holds none; no article",
    # problems: database exports (ProQuest, Europresse, LexisNexis, Nexis Uni)
    "export-document-empty": "a document of a database export has no title and no text; skipped",
    "export-field-missing": "a document of a database export lacks a field it normally has (title, text, date); kept",
    "export-count-mismatch": "an export declares a number of documents that differs from the documents it holds",
    "export-markup-in-text": "markup inside a text field of an export (an abstract) was read as text",
    "export-label-unknown": "a document of an export has labels newsparse does not know; kept in notes",
    "export-truncated": "an export's last document has no end line: the export may be cut short",
    "charset-mismatch": "a part of an e-mailed export declares a charset that cannot be right; decoded with another",
    "mime-part-unreadable": "a part of an e-mailed export is damaged (bad base64); what could be decoded is kept",
    # problems: Factiva exports (factiva-html, factiva-xml)
    "factiva-headline-missing": "a Factiva article has no headline (HD); the rest is read",
    "factiva-body-missing": "a Factiva article has no text (LP, TD); the rest is read",
    "factiva-code-unknown": "a Factiva article has a field code newsparse does not know; its value is kept in notes",
    "factiva-trailer-missing": 'a Factiva article has no accession trailer ("Document ...", AN); read all the same',
    "factiva-trailer-orphan": 'a Factiva accession trailer ("Document ...") belongs to no article; no article',
    "factiva-article-empty": "a Factiva article block holds nothing readable; skipped",
    "factiva-count-mismatch": "a Factiva export declares a number of articles that differs from those it holds",
    "factiva-article-broken": "a Factiva XML article is not well-formed or breaks off; read what it has, or skipped",
    # problems: wire and publishing exports (ninjs, ANPA / IPTC 7901, Reuters-21578, WordPress WXR)
    "item-not-article": "an item of an export or a wire feed is not an article (a picture, an attachment, a menu "
    "item, a draft...); skipped and counted",
    "item-withdrawn": "a wire item is canceled, withheld or killed by its agency; read, with a note",
    "brief-record": "a record holds only a title (a Reuters-21578 BRIEF or an unprocessed text); read as it is",
    "wire-framing-lost": "a wire file's control characters (SOH, STX, ETX) are missing; the messages were found by "
    "their header and trailer lines",
    # problems: fields
    "date-unreadable": "a date cannot be read; the field is left empty",
    # problems: fields (issue 14, dates in every language)
    "date-ambiguous": "an all-number date could be day first or month first and nothing settled which; one was taken",
    "count-unreadable": "a count (views) cannot be read; the field is left empty",
    "field-unknown": "a detector gave a field that is not in the field contract; ignored",
    "field-wrong-type": "a detector gave a field a value of the wrong type; ignored",
    "caption-credit-lost": "two copies of a caption carry different credits; one credit is kept",
    # problems: detectors and plug-ins
    "detector-crashed": "a detector raised an error while sniffing; it scores 0.0",
    "detector-failed": "a detector raised an error while splitting; the next one reads on",
    "detector-bad-output": "a detector yielded something that is not a RawArticle; skipped",
    "detector-span-clamped": "a detector gave a span outside the text or overlapping the previous one; clamped",
    "detector-problem": "a problem a detector gave as plain text, without a code",
    "plugin-unloadable": "a detector plug-in could not be loaded",
    "plugin-name-taken": "a detector plug-in has the name of a detector already registered; skipped",
    # problems: compressed and bundled input (the sources stage)
    "member-unreadable": "a file inside an archive cannot be read (binary, corrupt, encrypted, past a cap, nested too "
    "deep); skipped, the other files are read",
    "member-skipped": "a member of an archive is not a regular file (a link, a device, a named pipe); skipped",
    "archive-broken": "an archive or a Word document breaks off or is corrupt after some of it was read; "
    "what came before is kept",
    # problems: RTF documents (sources stage)
    "rtf-broken": "an RTF document breaks off, has unbalanced braces, nests groups deeper than MAX_RTF_DEPTH or "
    "announces binary data past MAX_RTF_BIN_BYTES; the text read is kept",
    "archive-empty": "an archive holds nothing to read (only folders, links or hidden files; a WARC without pages)",
    # problems: output
    "parquet-unfit": "a value cannot be stored in Parquet as it is; replaced or left null",
    "text-not-unicode": "a field holds text that is not valid Unicode; written with U+FFFD",
    "other": "a problem or repair given as plain text (an article built by hand)",
    # repairs
    "bom-removed": "byte order marks at line starts were removed (repair)",
    "controls-removed": "control characters were removed (repair)",
    "invalid-utf8-replaced": "bytes that are not valid UTF-8 were replaced by U+FFFD (repair)",
    "language-detected": "the article's language was told from its text, not declared by its format (repair)",
    "line-endings-normalised": "CR and CRLF line endings became LF (repair)",
    "mojibake-repaired": "lines of mojibake were repaired (repair)",
    "surrogates-replaced": "lone surrogates were replaced by U+FFFD (repair)",
    "undecodable-replaced": "bytes the detected encoding cannot decode were replaced by U+FFFD (repair)",
    "utf16-without-bom": "UTF-16 without a byte order mark was recognised (repair)",
    "date-from-capture": "published is the date a web archive captured the page, which gives none (repair)",
    "utf32-without-bom": "UTF-32 without a byte order mark was recognised (repair)",
}
"""Every code newsparse gives a problem or a repair, with its meaning (documented on the errors page).

Example:
    >>> CODES["date-unreadable"]
    'a date cannot be read; the field is left empty'
"""


NOTICES: frozenset[str] = frozenset(
    {"warc-records-skipped", "item-not-article", "newsml-item-not-text", "member-skipped", "archive-empty"}
)
"""Codes that report what a format holds besides articles and was left out by design, not something wrong.

The command line prints them as notes, and ``--strict`` does not count them:
every real web archive holds request records, every WordPress export
attachments.

Example:
    >>> "warc-records-skipped" in NOTICES, "record-broken" in NOTICES
    (True, False)
"""
