"""WordPress REST API exports: one post object, an array of posts, with or without ``_embedded``."""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator

from newsparse._problems import Problem
from newsparse._records import map_record
from newsparse.detectors._base import RawArticle
from newsparse.detectors.json._arrays import array_articles
from newsparse.detectors.json._json import BrokenJsonError, Walk, decode_at, error_code, skip_ws
from newsparse.errors import LimitError

__all__ = ["WordPressDetector"]

_RENDERED = re.compile(r'"(?:content|title|excerpt|guid)"\s*:\s*\{\s*"rendered"')
_POST_KEYS = frozenset(("title", "content", "excerpt"))
_WP_KEYS = re.compile(r'"(?:date_gmt|modified_gmt|featured_media|comment_status|ping_status|_links)"\s*:')


class WordPressDetector:
    """Posts from the WordPress REST API (``/wp-json/wp/v2/posts``), alone or in an array.

    Reads ``title.rendered``, ``content.rendered`` (CMS HTML, cleaned), ``date_gmt``
    / ``date``, ``modified_gmt`` / ``modified``, ``link``, and from ``_embedded``
    the author names, the featured image's caption and the term names. A
    broken post in an array is reported and the others still come out.
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
        pos = skip_ws(text, 0)
        number = 0
        walk = Walk(text)  # one walk over the text: line numbers and scans are not redone per value
        while pos < len(text):
            if text[pos] == "[":
                end = yield from self._array(text, pos, number, walk)
                if end is None:
                    return
                number = -1  # posts after the first value are named by offset
            else:
                try:
                    value, end, unreadable = decode_at(text, pos, walk)
                except (BrokenJsonError, LimitError) as exc:
                    if number == 0 and isinstance(exc, BrokenJsonError):
                        raise  # a broken single post: let the next detector try
                    where = "the post" if number == 0 else f"the JSON value at offset {pos}"
                    problem = Problem(error_code(exc), f"{where} could not be read: {exc}")
                    yield RawArticle(pos, len(text), {}, (problem,))
                    return
                where = "the post" if number == 0 else f"the post at offset {pos}"
                fields, problems = map_record(value, where=where, unreadable=unreadable)
                yield RawArticle(pos, end, fields, problems)
                number = -1
            pos = skip_ws(text, end)

    def _array(self, text: str, pos: int, number: int, walk: Walk) -> Generator[RawArticle, None, int | None]:
        """Yield the posts of the array at ``pos``; return the offset past its ``]`` (None if it breaks off).

        A post that cannot be read is reported (a raw article without fields) and reading
        goes on after it, or at the next ``, {`` from which a whole post decodes.
        """
        at = f" of the array at offset {pos}" if number else ""
        return (yield from array_articles(text, pos, _is_post, lambda n: f"post {n}{at}", walk))


def _is_post(value: object) -> bool:
    """Whether a value that a resync found is a post (not an object nested in the broken one)."""
    return isinstance(value, dict) and bool(_POST_KEYS & value.keys())
