"""Cheap building blocks for ``sniff``: every detector sniffs every input, so each scan of the head counts.

What makes a scan of a 64 KiB head slow in Python: a regex that does not start
with a literal (``re`` then tries the whole pattern at every position instead
of jumping to the literal), lower-casing the head, and a Python loop over its
lines. These helpers give the same answers as the slow forms, exactly:

* :func:`line_pattern` turns a MULTILINE pattern anchored at line starts
  (``^...``) into one that starts with a literal newline, searched by
  :func:`search_lines` and :func:`count_lines` over ``"\\n" + head``;
* :func:`encoded` is the head in UTF-8, where ``re`` and ``bytes.find`` scan
  for an ASCII marker about twice as fast as in a ``str`` of two-byte
  characters, and :func:`folded` the same with ASCII letters lower-cased: a cheap
  test of whether a case-insensitive ASCII marker may be in the head; both are
  made once for all the detectors that sniff the same head;
* :func:`content_start` and :func:`first_char` are ``head.lstrip()`` without
  copying the head, and :func:`markup_document` tells a head that opens as a
  markup document, which no plain-text format does (their detectors stop there);
* :func:`do_words` are the words starting with "do" that two export detectors
  look for, found in one scan of the folded head for both;
* :func:`pr_words` are "proquest" and "europresse", found in one scan of the
  folded head for the two detectors that look for them;
* :func:`tag_hints` are the tags three detectors look for, found in one scan
  of the folded head for the three;
* :func:`plain_lines` are the head's lines that hold no character of markup or
  code, found in one scan for every detector that reads such lines (on a saved
  web page they are few).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

from newsparse.detectors._lines import line_pattern

__all__ = [
    "MARKUP",
    "content_start",
    "count_lines",
    "do_words",
    "encoded",
    "first_char",
    "folded",
    "line_starts",
    "lines_from",
    "markup_document",
    "plain_lines",
    "pr_words",
    "search_lines",
    "tag_hints",
]

MARKUP = '<>{}()[];="/|&#@'
"""The characters of markup and code that no line :func:`plain_lines` gives holds."""
_NOT_SPACE = re.compile(r"\S")  # \S is exactly "not str.isspace()", the characters str.strip() keeps
_T = TypeVar("_T")


class _Kept(Generic[_T]):
    """What ``make`` made of the last head, made again only for another head: every detector is handed the same one."""

    def __init__(self, make: Callable[[str], _T]) -> None:
        self._make = make
        self._last: tuple[str, _T] | None = None  # one tuple, swapped whole: safe from several threads

    def __call__(self, head: str) -> _T:
        last = self._last
        if last is not None and last[0] is head:
            return last[1]
        made = self._make(head)
        self._last = (head, made)
        return made


def _utf8(head: str) -> bytes:
    try:
        return head.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return head.encode("utf-8", "surrogatepass")


_encoded = _Kept(_utf8)
_folded = _Kept(lambda head: _encoded(head).lower())
_lined_head = _Kept(lambda head: "\n" + head)
_lined_encoded = _Kept(lambda head: b"\n" + _encoded(head))
# Words that start with "do" in folded(head), for two detectors in one scan: europresse's class names
# ("docpublicationname", "dococurrcontainer") and what lexisnexis-html's patterns each need: "doc_" (its DOC_ID
# anchor); "document", an optional "s" (or "ſ"), white space (an ASCII space or control character, or a character that
# is not ASCII) and "<" ("1 of 9 DOCUMENTS" between tags); "document ", "documento " or "dokument " ("Dokument 1 von
# 3"). The branches part at the third or fourth letter and no match holds a "d" but its first: none hides another.
_DO_WORDS = re.compile(
    rb"do(?:(?P<classes>cpublicationname|cocurrcontainer)|(?P<anchor>c_)"
    rb"|[ck]ument(?:(?P<count>s?[\t-\r\x1c-\x20\x80-\xff]*+<)|(?P<first>o? )))"
)
_do_words = _Kept(lambda head: frozenset(str(word.lastgroup) for word in _DO_WORDS.finditer(_folded(head))))
# "proquest" and "europresse" in folded(head), for two detectors in one scan from their shared "pr" (rarer than
# europresse's "e"). Neither word holds another "pr": no match hides another.
_PR_WORDS = re.compile(rb"pr(?:(?P<proquest>oquest)|(?<=europr)(?P<europresse>esse))")
_pr_words = _Kept(lambda head: frozenset(str(word.lastgroup) for word in _PR_WORDS.finditer(_folded(head))))
# Tags in folded(head), for three detectors in one scan: "<b>" (the code cells of factiva-html), an element of
# factiva-xml's articles, the blocks rss-atom looks for a feed in (<pre>, <xmp>, <textarea>, <code>, <plaintext>). The
# branches part at the first or second letter after "<" and no match holds a "<" but its first: none hides another.
# Each tag's kind is read from its text afterwards: a branch that opens a group is entered at every "<" of the head
# (the literal it starts with is checked only inside the group), one that opens with its literal is skipped at once
# (a third faster on saved pages, whose "<" are many and whose tags found are few).
_TAG_KINDS = {
    b"<" + name: kind
    for kind, names in (
        ("bold", [b"b>"]),
        ("factiva", [b"accessionno", b"leadparagraph", b"tailparagraphs", b"baselanguage"]),
        ("block", [b"pre", b"xmp", b"textarea", b"code", b"pla"]),
    )
    for name in names
}
_TAG_HINTS = re.compile(b"|".join(map(re.escape, _TAG_KINDS)))  # "<" starts each: re scans for it, then the rest
_tag_hints = _Kept(lambda head: frozenset(map(_TAG_KINDS.__getitem__, _TAG_HINTS.findall(_folded(head)))))
# a line: white space (the ASCII white space str.isspace() knows, read first: re reads a run of one byte the fastest),
# a byte that is neither white space nor markup, then anything but markup up to the line's end
_MARKUP_BYTES = re.escape(MARKUP.encode())
_PLAIN_LINE = re.compile(
    rb"\n([\t\x0b\x0c\r\x1c-\x1f ]*+[^\s" + _MARKUP_BYTES + rb"][^\n" + _MARKUP_BYTES + rb"]*+)(?=\n|\Z)"
)
_plain_lines = _Kept(
    lambda head: [line.decode("utf-8", "surrogatepass") for line in _PLAIN_LINE.findall(_lined_encoded(head))]
)


def content_start(head: str, pos: int = 0) -> int:
    """Where ``head[pos:].lstrip()`` starts in ``head``, without the copy.

    Example:
        >>> content_start(" \\n <html>"), content_start("  ")
        (3, 2)
    """
    found = _NOT_SPACE.search(head, pos)
    return len(head) if found is None else found.start()


def first_char(head: str, pos: int = 0) -> str:
    """``head[pos:].lstrip()[:1]``: the first character from ``pos`` on that is not white space ('' when none is).

    Example:
        >>> first_char("\\n  {"), first_char(" "), first_char("[ {", 1)
        ('{', '', '{')
    """
    found = _NOT_SPACE.search(head, pos)
    return "" if found is None else found.group()


_DOCUMENT_OPENING = re.compile(r"<(?:!doctype|html|\?xml)", re.IGNORECASE)


def markup_document(head: str) -> bool:
    """Whether ``head`` opens (after white space) as a markup document: a doctype, ``<html`` or an XML declaration.

    A plain-text dump never opens so: the detectors of plain-text formats score
    such a head 0 at once, without scanning its lines (a saved page's are many).

    Example:
        >>> markup_document("\\n<!DOCTYPE html><html>"), markup_document("<b>Title</b>"), markup_document("Title")
        (True, False, False)
    """
    return _DOCUMENT_OPENING.match(head, content_start(head)) is not None


def do_words(head: str) -> frozenset[str]:
    """Which words that start with "do" :func:`folded` holds, by the name of their kind (kept for the last head).

    "classes": europresse's "docpublicationname" or "dococurrcontainer";
    "anchor": "doc_"; "count": "document" or "documents" (an "s" or "ſ"), white
    space and "<"; "first": "document ", "documento " or "dokument ".

    Example:
        >>> sorted(do_words("<p>1 of 2 DOCUMENTS</p><a name=DOC_ID_1>"))
        ['anchor', 'count']
    """
    return _do_words(head)


def encoded(head: str) -> bytes:
    """``head`` in UTF-8 (lone surrogates too; kept for the last head asked about).

    An ASCII string is in ``head`` exactly when its bytes are in ``encoded(head)``
    (the bytes of a character that is not ASCII are all above 127).

    Example:
        >>> encoded("Dokument Ä")
        b'Dokument \\xc3\\x84'
    """
    return _encoded(head)


def folded(head: str) -> bytes:
    """:func:`encoded` with ASCII letters lower-cased (kept for the last head asked about).

    A test of whether a case-insensitive ASCII marker may be in the head: a
    marker in ``head.lower()`` is in ``folded(head)`` if it has no ``k`` and does
    not end with ``i``; a marker a ``re.IGNORECASE`` pattern matches in ``head`` is
    in ``folded(head)`` if it has no ``i``, ``k`` or ``s``. (The Kelvin sign
    lower-cases to ``k`` and ``İ`` to ``i`` and a combining dot; under
    ``IGNORECASE``, ``İ`` and ``ı`` match ``i``, ``ſ`` matches ``s`` and the Kelvin
    sign ``k``.) So a marker missing here is missing there. A marker of
    characters that are not ASCII is here exactly when it is in ``head``.

    Example:
        >>> folded("Europresse: Éditorial")
        b'europresse: \\xc3\\x89ditorial'
    """
    return _folded(head)


def line_starts(
    words: Iterable[str], *, digit: bool = False, indented: bool = True, rest: bytes = b""
) -> re.Pattern[bytes] | None:
    """Where a line that starts with one of ``words`` (any case) or a digit may start: a pre-check for a pattern.

    For a MULTILINE pattern whose every match is a whole line that starts, after
    white space (none if not ``indented``), with one of ``words`` (compared
    ignoring case, as a ``re.IGNORECASE`` pattern does) or, with ``digit``, a
    decimal digit, and goes on up to its end as the bytes pattern ``rest``
    (possessive, ASCII ignoring case) says of its UTF-8: the lines it matches are
    among those this one finds in the head's UTF-8, where most lines cost a look
    at a byte or two. Read the lines with :func:`lines_from`. ``None`` when a word
    is empty or starts with white space (no character to look for).

    Example:
        >>> starts = line_starts(["View", "Read"], digit=True)
        >>> list(lines_from("x\\n  read 3\\n42 views", starts))
        ['  read 3', '42 views']
    """
    firsts = {word.lower()[:1] for word in words}
    if any(not first or first.isspace() for first in firsts):
        return None
    if not firsts and not digit:
        return re.compile(b"(?!)")  # no word: the pattern's alternation of them matches nothing either
    ascii_firsts = sorted(re.escape(first.encode()) for first in firsts if first.isascii())
    chars = (b"0-9" if digit else b"") + b"".join(ascii_firsts)
    # a character that is not ASCII may start the line too: white space, a digit, a word's first letter, or a
    # letter that matches an ASCII one ignoring case (İ and ı match i, ſ matches s, the Kelvin sign k)
    other = indented or digit or any(not first.isascii() or first in "iks" for first in firsts)
    first = b"|".join([b"[" + chars + b"]"] * bool(chars) + [b"[\x80-\xff]"] * other)
    indent = rb"[\t\x0b\x0c\r\x1c-\x1f ]*+" if indented else b""
    end = b"(?:" + rest + rb")(?=\n|\Z)" if rest else b""
    return re.compile(rb"\n" + indent + b"(?:" + first + b")" + end, re.IGNORECASE)


def lines_from(head: str, starts: re.Pattern[bytes]) -> Iterator[str]:
    """The lines of ``head`` (without their newline) at whose start ``starts`` matches in ``b"\\n" + encoded(head)``.

    Example:
        >>> list(lines_from("Body\\nx\\nBody ÿ", re.compile(rb"\\nB")))
        ['Body', 'Body ÿ']
    """
    data = _lined_encoded(head)
    pos = 0
    while (found := starts.search(data, pos)) is not None:
        begin = found.start() + 1
        end = data.find(b"\n", begin)
        end = len(data) if end < 0 else end
        yield data[begin:end].decode("utf-8", "surrogatepass")
        pos = end


def plain_lines(head: str) -> list[str]:
    """The lines of ``head`` (without their newline) that hold a character that is not white space and none of MARKUP.

    In order; kept for the last head asked about. A line of white space that
    is not ASCII (a no-break space) is among them: the caller checks each line
    it reads.

    Example:
        >>> plain_lines("<p>x</p>\\n  View 3 times\\n\\n \\nBody\\nvar a = 1;")
        ['  View 3 times', 'Body']
    """
    return _plain_lines(head)


def tag_hints(head: str) -> frozenset[str]:
    """Which tags :func:`folded` holds, by the name of their kind (kept for the last head asked about).

    "bold": ``<b>``; "factiva": ``<accessionno``, ``<leadparagraph``,
    ``<tailparagraphs`` or ``<baselanguage``; "block": ``<pre``, ``<xmp``,
    ``<textarea``, ``<code`` or ``<pla``. Any case: a tag a case-sensitive
    pattern finds is here too.

    Example:
        >>> sorted(tag_hints("<PRE>&lt;rss&gt;</PRE><B>HD</B>"))
        ['block', 'bold']
    """
    return _tag_hints(head)


def pr_words(head: str) -> frozenset[str]:
    """Which of "proquest" and "europresse" :func:`folded` holds (kept for the last head asked about).

    Either is in ``folded(head)`` exactly when it is in ``head.lower()`` (neither
    holds a ``k`` or ends with ``i``).

    Example:
        >>> sorted(pr_words("ProQuest, via EUROPRESSE.com"))
        ['europresse', 'proquest']
    """
    return _pr_words(head)


def search_lines(pattern: re.Pattern[str], head: str) -> bool:
    """``pattern.search(head) is not None``, for a pattern :func:`line_pattern` accepts.

    Example:
        >>> search_lines(re.compile("^Body$", re.MULTILINE), "Title\\nBody\\nText")
        True
    """
    return line_pattern(pattern).search(_lined_head(head)) is not None


def count_lines(pattern: re.Pattern[str], head: str, most: int) -> int:
    """``min(most, len(pattern.findall(head)))``, for a pattern :func:`line_pattern` accepts that never matches ''.

    Example:
        >>> count_lines(re.compile("^View \\\\d+ times$", re.MULTILINE), "View 3 times\\nx\\nView 4 times", 5)
        2
    """
    lined, search = _lined_head(head), line_pattern(pattern).search
    count, pos = 0, 0
    while count < most:
        found = search(lined, pos)
        if found is None:
            break
        count += 1
        pos = found.end() - 1  # where pattern's own search would go on: a match may end on the next one's newline
    return count
