"""WordPress REST API exports: one post object, an array of posts, with or without ``_embedded``."""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator

import attrs

from newsparse._problems import Problem
from newsparse._records import map_record
from newsparse.detectors._base import RawArticle
from newsparse.detectors.json._arrays import ArrayCursor, Paused, WalkState, resumed, walk_articles
from newsparse.detectors.json._json import BrokenJsonError, Walk, decode_settled, error_code, skip_ws
from newsparse.errors import LimitError

__all__ = ["WordPressDetector"]

_RENDERED = re.compile(r'"(?:content|title|excerpt|guid)"\s*:\s*\{\s*"rendered"')
_POST_KEYS = frozenset(("title", "content", "excerpt"))
_WP_KEYS = re.compile(r'"(?:date_gmt|modified_gmt|featured_media|comment_status|ping_status|_links)"\s*:')


@attrs.define
class _State(WalkState):
    """Where a resumable split stands: between values at ``pos``, or inside the array of ``cursor``."""

    number: int = 0  # 0 before the first value; -1 after it (posts are then named by offset)
    label: str = ""  # how posts of the current array are named: " of the array at offset N" after the first value
    lost: Problem | None = None  # a value over a cap: the rest of the text is that value, reported at the end
    lost_at: int = 0  # where it starts, in the whole text


class WordPressDetector:
    """Posts from the WordPress REST API (``/wp-json/wp/v2/posts``), alone or in an array.

    Reads ``title.rendered``, ``content.rendered`` (CMS HTML, cleaned), ``date_gmt``
    / ``date``, ``modified_gmt`` / ``modified``, ``link``, and from ``_embedded``
    the author names, the featured image's caption and the term names. A
    broken post in an array is reported and the others still come out. An array
    is read post by post when streamed (``split_resumable``).
    """

    name = "wordpress"
    description = "WordPress REST API posts (a JSON object or array) with CMS HTML content."

    def sniff(self, head: str) -> float:
        """Near-certain with ``"content": {"rendered"`` plus WordPress keys."""
        start = head.lstrip()[:1]
        if start not in ("{", "["):
            return 0.0
        rendered = len(_RENDERED.findall(head, 0, 20000))
        if not rendered:
            return 0.0
        return 0.95 if _WP_KEYS.search(head) else 0.9  # "rendered" objects alone are WordPress; above json-records

    def split(self, text: str) -> Iterator[RawArticle]:
        """Yield one structured raw article per post, across concatenated JSON values (``[...][...]``)."""
        yield from self.split_resumable(text, None, final=True)

    def split_resumable(
        self, text: str, state: object, *, final: bool
    ) -> Generator[RawArticle, None, tuple[int, object]]:
        """Streaming: the posts of the block ``text`` that more text cannot change; return (cut, state).

        See :class:`~newsparse.detectors.StreamingDetector`: the next block is
        ``text[cut:]`` and more, read with the returned state.
        """
        now = state if isinstance(state, _State) else _State()
        return (yield from resumed(text, now, lambda block, at, walk: self._resume(block, at, walk, final)))

    def _resume(self, text: str, now: _State, walk: Walk, final: bool) -> Generator[RawArticle, None, int]:
        """Read values from where ``now`` stands; return where the next block starts."""
        if now.lost is not None:  # the rest of the text is one value over a cap
            if final:
                yield RawArticle(now.lost_at - walk.base, len(text), {}, (now.lost,))
            return len(text)
        while True:
            if now.cursor is not None:
                end = yield from walk_articles(
                    text, now.cursor, _is_post, lambda n: f"post {n}{now.label}", walk, final=final
                )
                if isinstance(end, Paused):
                    return now.cursor.last
                now.cursor = None
                if end is None:
                    return len(text)
                now.number, now.pos = -1, end  # posts after the first value are named by offset
            pos = skip_ws(text, now.pos)
            if pos >= len(text):
                return now.pos if not final else len(text)
            if text[pos] == "[":
                now.label = f" of the array at offset {walk.base + pos}" if now.number else ""
                now.cursor = ArrayCursor.at(pos)
                continue
            try:
                decoded = decode_settled(text, pos, walk, final=final)
            except (BrokenJsonError, LimitError) as exc:
                if now.number == 0 and isinstance(exc, BrokenJsonError):
                    raise  # a broken single post: let the next detector try
                where = "the post" if now.number == 0 else f"the JSON value at offset {walk.base + pos}"
                problem = Problem(error_code(exc), f"{where} could not be read: {exc}")
                if final:
                    yield RawArticle(pos, len(text), {}, (problem,))
                else:
                    now.lost, now.lost_at = problem, walk.base + pos
                return len(text)
            if decoded is None:
                return now.pos  # the value may go on in the next block
            value, end, unreadable = decoded
            where = "the post" if now.number == 0 else f"the post at offset {walk.base + pos}"
            fields, problems = map_record(value, where=where, unreadable=unreadable)
            yield RawArticle(pos, end, fields, problems)
            now.number, now.pos = -1, end


def _is_post(value: object) -> bool:
    """Whether a value that a resync found is a post (not an object nested in the broken one)."""
    return isinstance(value, dict) and bool(_POST_KEYS & value.keys())
