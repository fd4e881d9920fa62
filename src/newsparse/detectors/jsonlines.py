"""JSON Lines from crawlers: one JSON object per line (news-please, Scrapy feeds, ...)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from newsparse._records import map_record
from newsparse.detectors._base import RawArticle

__all__ = ["JsonLinesDetector"]

_KNOWN_KEY = re.compile(
    r'"(?:title|headline|text|content|body|maintext|articleBody|url|link|date_publish|published|authors?)"\s*:'
)


class JsonLinesDetector:
    """One JSON object per line; each object with a title or body field is an article.

    A line that is not valid JSON, or not an object, is reported as a problem
    with its line number, and the other lines still come out.
    """

    name = "jsonlines"
    description = "JSON Lines: one JSON object per line, from crawlers and exports."

    def sniff(self, head: str) -> float:
        """High when the first lines are each a JSON object with article-like keys."""
        lines = [line for line in head.split("\n", 20)[:20] if line.strip()]
        if not lines or not lines[0].lstrip().startswith("{"):
            return 0.0
        complete = [line for line in lines[:-1] if _object(line)] if len(lines) > 1 else []
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
            stripped = line.strip()
            if not stripped:
                continue
            lead = len(line) - len(line.lstrip())
            start, end = start + lead, start + lead + len(stripped)
            try:
                value = json.loads(stripped)
            except (ValueError, RecursionError) as exc:
                yield RawArticle(start, end, {}, (f"line {number} is not valid JSON: {_short(exc)}",))
                continue
            fields, problems = map_record(value, where=f"line {number}")
            yield RawArticle(start, end, fields, problems)


def _object(line: str) -> bool:
    stripped = line.strip()
    if not (stripped.startswith("{") and stripped.endswith("}")):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except (ValueError, RecursionError):
        return False


def _short(exc: BaseException) -> str:
    return str(exc).split("\n")[0][:200] or type(exc).__name__
