"""What a detector is: the protocol, and the raw articles it yields."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol, runtime_checkable

import attrs

__all__ = ["FIELD_NAMES", "HEAD_SIZE", "Detector", "RawArticle"]


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


HEAD_SIZE = 65536
"""How many characters of a text ``sniff`` is shown: detection never reads further."""

FIELD_NAMES = frozenset(
    "title subtitle highlights body body_html captions byline authors source published updated "
    "dateline url tags views notes".split()
)
"""The keys a structured :class:`RawArticle` may carry in ``fields``."""


@attrs.frozen
class RawArticle:
    """One article as a detector found it: where it is, and what the detector already knows.

    Attributes:
        start: offset of the article's first character in the text given to ``split``.
        end: offset just past its last character.
        fields: ``None`` for plain text, which newsparse then reads line by line
            (title, captions, site chrome, body, end matter); or a mapping of
            already-extracted fields for structured input such as JSON, using the
            keys in :data:`FIELD_NAMES` (``body_html`` is cleaned with
            :func:`newsparse.clean_html`; ``body`` is taken as plain text).
        problems: what was wrong with this article's input, as short sentences.

    Example:
        >>> RawArticle(0, 42)
        RawArticle(start=0, end=42, fields=None, problems=())
    """

    start: int
    end: int
    fields: Mapping[str, Any] | None = None
    problems: tuple[str, ...] = attrs.field(default=(), converter=_strings)


@runtime_checkable
class Detector(Protocol):
    """A recogniser and splitter for one family of dump layouts.

    A detector has a unique ``name``; ``sniff(head)`` returns how well it
    recognises a text from its first :data:`HEAD_SIZE` characters, from 0.0 (not
    at all) to 1.0 (certainly); ``split(text)`` yields the :class:`RawArticle`
    items of the whole text, in order. ``sniff`` must be cheap and must not
    raise (if it does, newsparse scores it 0.0 and reports the error);
    ``split`` may raise, and newsparse then falls back to the next detector.

    Example:
        >>> class OnePerLine:
        ...     name = "one-per-line"
        ...     description = "Every non-blank line is an article."
        ...     def sniff(self, head: str) -> float:
        ...         return 0.01
        ...     def split(self, text: str):
        ...         pos = 0
        ...         for line in text.splitlines(keepends=True):
        ...             if line.strip():
        ...                 yield RawArticle(pos, pos + len(line.rstrip("\\n")))
        ...             pos += len(line)
        >>> isinstance(OnePerLine(), Detector)
        True
    """

    name: str

    def sniff(self, head: str) -> float:
        """Score how well this detector recognises the text, 0.0 to 1.0."""
        ...

    def split(self, text: str) -> Iterable[RawArticle]:
        """Yield the raw articles of ``text`` in order."""
        ...
