"""JSON documents that hold article records: an array of them, or an API response with a list of them."""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator

import attrs

from newsparse._records import MARKER_KEYS, is_record
from newsparse.detectors._base import RawArticle
from newsparse.detectors._sniff import content_start, first_char
from newsparse.detectors.json._arrays import ArrayCursor, Paused, WalkState, resumed, walk_articles
from newsparse.detectors.json._json import BrokenJsonError, Walk, skip_ws

__all__ = ["JsonRecordsDetector"]

_LIST_KEY = re.compile(r'"(?:articles|items|posts|data|results|entries|docs|documents|hits|stories|news)"\s*:\s*\[')
_RECORD_KEY = re.compile('"(?:' + "|".join(map(re.escape, MARKER_KEYS)) + r')"\s*:')


class JsonRecordsDetector:
    """A JSON array of article objects, or an object whose list field holds them.

    Covers exports and API responses such as ``[{"title": ..., "text": ...}, ...]``
    and ``{"status": "ok", "articles": [...]}``, with the usual crawler and API
    field names (the same mapping as JSON Lines). A broken record is reported
    and the others still come out.
    """

    name = "json-records"
    description = 'A JSON array of article records, or an API response holding one ("articles", "items"...).'

    def sniff(self, head: str) -> float:
        """High for an array of objects with article-like keys, or an object with such a list."""
        content = content_start(head)
        start = head[content : content + 1]
        if start == "[" and first_char(head, content + 1) == "{" and _RECORD_KEY.search(head, 0, 20000):
            return 0.85
        if start == "{" and _LIST_KEY.search(head, 0, 20000) and _RECORD_KEY.search(head, 0, 20000):
            return 0.8  # below JSON Lines and WordPress, which have stronger markers
        return 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one structured raw article per record of the array."""
        yield from self.split_resumable(text, None, final=True)

    def split_resumable(
        self, text: str, state: object, *, final: bool
    ) -> Generator[RawArticle, None, tuple[int, object]]:
        """Streaming: the records of the block ``text`` that more text cannot change; return (cut, state).

        See :class:`~newsparse.detectors.StreamingDetector`. The text before the
        array (an API response's other keys) is held until the list is found;
        after the array, the rest of the text is passed over, as ``split`` does.
        """
        now = state if isinstance(state, _State) else _State()
        return (yield from resumed(text, now, lambda block, at, walk: self._resume(block, at, walk, final)))

    def _resume(self, text: str, now: _State, walk: Walk, final: bool) -> Generator[RawArticle, None, int]:
        if now.done:
            return len(text)
        if now.cursor is None:
            pos = skip_ws(text, 0)
            if text[pos : pos + 1] == "{":
                match = _LIST_KEY.search(text, pos)
                if match is None and not final:
                    return 0  # the list may come later: hold the response's head
                if match is None:
                    raise BrokenJsonError("no list of records found in the JSON object", walk.base + pos)
                pos = match.end() - 1
            elif pos >= len(text) and not final:
                return 0
            elif text[pos : pos + 1] != "[":
                raise BrokenJsonError("the text is not a JSON array or object", walk.base + pos)
            now.cursor = ArrayCursor.at(pos)
        end = yield from walk_articles(text, now.cursor, is_record, lambda n: f"record {n}", walk, final=final)
        if isinstance(end, Paused):
            return now.cursor.last
        now.done = True
        return len(text)


@attrs.define
class _State(WalkState):
    """Where a resumable split stands: before the array, inside it (``cursor``), or past it (``done``)."""

    done: bool = False
