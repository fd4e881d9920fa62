"""JSON Lines from crawlers: one JSON object per line (news-please, Scrapy feeds, ...)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from newsparse import _limits
from newsparse._problems import Location, Problem
from newsparse._records import map_record
from newsparse.detectors._base import HEAD_SIZE, RawArticle
from newsparse.detectors._sniff import first_char
from newsparse.detectors.json._json import BrokenJsonError, decode_at, error_code, skip_ws, utf8_over

__all__ = ["JsonLinesDetector"]

_KNOWN_KEY = re.compile(
    r'"(?:title|headline|text|content|body|maintext|articleBody|url|link|date_publish|published|authors?)"\s*:'
)
# One JSON token after optional whitespace: a complete string, a punctuation mark, or a scalar.
_TOKEN = re.compile(r'[ \t\r]*(?:("[^"\\]*(?:\\.[^"\\]*)*")|([{}\[\],:])|(-?[0-9][0-9.eE+-]*|true|false|null))')
# What the cut may leave at the very end of the head: part of a string, a scalar or whitespace.
_CUT_TAIL = re.compile(r'[ \t\r]*(?:"[^"\\]*(?:\\.[^"\\]*)*\\?|-?[0-9][0-9.eE+-]*|t|tr|tru|f|fa|fal|fals|n|nu|nul)?')


class JsonLinesDetector:
    """One JSON object per line; each object with a title or body field is an article.

    A line that is not valid JSON, or not an object, is reported as a problem
    with its line number, and the other lines still come out.
    """

    name = "jsonlines"
    description = "JSON Lines: one JSON object per line, from crawlers and exports."

    def sniff(self, head: str) -> float:
        """High when the first lines are each a JSON object with article-like keys."""
        if first_char(head) != "{":
            return 0.0  # the first non-blank line does not start with "{", or there is none
        lines = [line for line in head.split("\n", 20)[:20] if line.strip()]
        if not lines or not lines[0].lstrip().startswith("{"):
            return 0.0
        complete = [line for line in lines[:-1] if _object(line)] if len(lines) > 1 else []
        if len(lines) == 1 and len(head) >= HEAD_SIZE and _open_record(lines[0]):
            return 0.85  # the first record is longer than the head: above html-page (HTML in it), below full lines
        if len(lines) == 1:
            return 0.5 if _object(lines[0]) and _KNOWN_KEY.search(lines[0]) else 0.0
        if not complete:
            return 0.0
        return 0.9 if _KNOWN_KEY.search(lines[0]) else 0.6

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one raw article per non-blank line."""
        return self.split_block(text, first_line=1)

    def safe_cut(self, text: str) -> int:
        """Streaming: after the last newline (each line is one record)."""
        return text.rfind("\n") + 1

    def split_block(self, text: str, *, first_line: int = 1) -> Iterator[RawArticle]:
        """``split`` for a block of the whole text that starts on line ``first_line``."""
        pos = 0
        for number, line in enumerate(text.split("\n"), start=first_line):
            start, end = pos, pos + len(line)
            pos = end + 1
            problem = self.oversized(line, number)
            if problem is not None:
                yield RawArticle(start, end, {}, (problem,))
                continue
            stripped = line.strip()
            if not stripped:
                continue
            lead = len(line) - len(line.lstrip())
            at = Location(line=number)
            start, end = start + lead, start + lead + len(stripped)
            try:  # the shared decoder: caps on nesting, integers too long for Python kept as unreadable parts
                value, stop, unreadable = decode_at(stripped, 0)
                if skip_ws(stripped, stop) != len(stripped):
                    raise BrokenJsonError("extra data after the JSON value", stop)
            except BrokenJsonError:
                message = f"line {number} is not valid JSON: {_syntax_error(stripped)}"
                yield RawArticle(start, end, {}, (Problem("record-broken", message, at),))
                continue
            except (ValueError, RecursionError) as exc:  # a cap (LimitError)
                message = f"line {number} is not valid JSON: {_short(exc)}"
                yield RawArticle(start, end, {}, (Problem(error_code(exc), message, at),))
                continue
            fields, problems = map_record(value, where=f"line {number}", unreadable=unreadable, at=at)
            yield RawArticle(start, end, fields, problems)

    def oversized(self, line: str, number: int) -> Problem | None:
        """The problem for line ``number`` when it (or its start, so far) is over the record cap, else None.

        Streaming calls this on a block that holds the start of one unfinished line,
        and then reads past the rest of that line without holding it. The cap is
        :data:`newsparse._limits.MAX_RECORD_BYTES`, on the line's UTF-8 size.
        """
        cap = _limits.MAX_RECORD_BYTES
        if not utf8_over(line, cap):
            return None
        message = f"line {number} is longer than the record cap ({_limits.describe(cap)}); skipped"
        return Problem("record-over-cap", message, Location(line=number))


def _open_record(line: str) -> bool:
    """True when ``line`` is the start of a JSON object cut before its end, with an article-like key on top.

    The head of a dump whose first record is longer than the head holds no newline:
    it is recognised by walking its JSON tokens. The object must stay open to the
    end of the line, every token must follow the JSON grammar, the cut may leave only
    part of a string or scalar, and one of the object's own keys must be article-like.
    An object holding a list of objects at its top is a container of records (json-records), not one.
    """
    stack: list[str] = []
    expect = "value"  # what may come next: value, key, colon, comma (or the container's end)
    known = False
    top_list = False  # the last token opened a list at the top of the object
    pos = 0
    while pos < len(line):
        match = _TOKEN.match(line, pos)
        if match is None:
            break
        string, mark, _ = match.groups()
        pos = match.end()
        if top_list and mark == "{":
            return False
        top_list = mark == "[" and len(stack) == 1
        if mark in ("}", "]"):
            if not stack or stack.pop() != mark or expect == "colon" or len(stack) == 0:
                return False  # a mismatch, or the first object closed: not an open record
            expect = "comma"
        elif mark == ",":
            if expect != "comma":
                return False
            expect = "key" if stack[-1] == "}" else "value"
        elif mark == ":":
            if expect != "colon":
                return False
            expect = "value"
        elif expect == "key":
            if string is None:
                return False
            known = known or (len(stack) == 1 and _KNOWN_KEY.match(string + ":") is not None)
            expect = "colon"
        elif expect != "value" or (not stack and mark != "{"):
            return False
        elif mark in ("{", "["):
            stack.append("}" if mark == "{" else "]")
            expect = "key" if mark == "{" else "value"
        else:
            expect = "comma"
    tail = _CUT_TAIL.match(line, pos)
    return known and bool(stack) and tail is not None and tail.end() == len(line)


def _object(line: str) -> bool:
    stripped = line.strip()
    if not (stripped.startswith("{") and stripped.endswith("}")):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except (ValueError, RecursionError):
        return False


def _syntax_error(line: str) -> str:
    """The standard decoder's words for a broken line (only called for lines known to be broken)."""
    try:
        json.loads(line)
    except (ValueError, RecursionError) as exc:
        return _short(exc)
    return "not one JSON value"


def _short(exc: BaseException) -> str:
    return str(exc).split("\n")[0][:200] or type(exc).__name__
