"""What a detector is: the protocol, and the raw articles it yields."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol, runtime_checkable

import attrs

from newsparse._fields import DETECTOR_NAMES
from newsparse._problems import Problem, as_problems

__all__ = ["FIELD_NAMES", "HEAD_SIZE", "Detector", "RawArticle", "StreamingDetector"]


def _problems(values: Iterable[str]) -> tuple[Problem, ...]:
    """A detector's problems; plain strings (a plug-in's) get the code ``detector-problem``."""
    return as_problems(values, "detector-problem")


HEAD_SIZE = 65536
"""How many characters of a text ``sniff`` is shown: detection never reads further.

Example:
    >>> from newsparse.detectors import rank_detectors
    >>> text = "x" * HEAD_SIZE + "\\nView 3 times\\n\\nView 4 times"
    >>> rank_detectors(text).chosen  # the view counters are past the head: not seen
    'whole-text'
"""

FIELD_NAMES: frozenset[str] = DETECTOR_NAMES
"""The keys a structured :class:`RawArticle` may carry in ``fields`` (from the field contract).

Each value is read by the contract's coercions: a date as ISO 8601, a date
string or epoch seconds; a count as an integer or a string of digits. A value
that cannot be read is left empty with a problem on the article.

Example:
    >>> "body_html" in FIELD_NAMES, "provenance" in FIELD_NAMES
    (True, False)
"""


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
            :func:`newsparse.clean_html`; ``body`` is taken as plain text;
            ``dropped`` is a list of :class:`~newsparse.Dropped` for input text
            the detector left out of every field).
        problems: what was wrong with this article's input, as short sentences:
            :class:`~newsparse.Problem` records, or plain strings (which get the
            code ``detector-problem``).

    Example:
        >>> RawArticle(0, 42)
        RawArticle(start=0, end=42, fields=None, problems=())
    """

    start: int
    end: int
    fields: Mapping[str, Any] | None = None
    problems: tuple[Problem, ...] = attrs.field(default=(), converter=_problems)


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


@runtime_checkable
class StreamingDetector(Detector, Protocol):
    """A detector that can split a text block by block, so that :func:`newsparse.iter_load` streams.

    Two methods on top of :class:`Detector`; a detector without them still works
    with ``iter_load``, which then hands it the rest of the text in one block.

    ``safe_cut(text)`` returns an offset ``c`` (0 when there is none) such that,
    whatever text follows: no article of ``split`` crosses ``c``; the articles
    that ``split(text + more)`` yields before ``c`` are those ``split(text)``
    yields before ``c``; and those after ``c`` are ``split(text[c:] + more)``,
    shifted by ``c``. In practice: the start of an article that the text already
    proves, such as the end of a complete footer line, or a newline for JSON
    Lines. ``split_block(text, first_line=n)`` is ``split`` for a block that
    starts on line ``n`` of the whole text (for messages that name lines).

    One more method is optional: ``oversized(text, line)``, for a detector whose
    records are lines (``jsonlines``). When the block holds the start of one line
    and no safe cut, ``iter_load`` calls it with that start and its line number; a
    problem string (not ``None``) means the record is already over its cap, and
    the stream reads past the rest of the line without holding it and reports the
    problem with the line's character span, as ``split`` must report it in ``load``.

    A detector whose records are the elements of one large JSON value (an array,
    an API response's list) cannot name a cut from the text alone: where an
    element ends depends on where the walk over the value stands. It offers
    instead ``split_resumable(text, state, *, final)``, a generator that yields the
    raw articles of ``text`` (offsets in ``text``) and returns ``(cut, state)``;
    ``iter_load`` then uses it in place of the other hooks:

    - the first call gets the start of the text and ``state=None``; each next
      call gets ``text[cut:]`` of the call before, with more text appended, and
      the ``state`` it returned (the detector's own object: where its walk stands,
      the offsets and line numbers of the block in the whole text for messages);
    - when ``final`` is false, the block is not the end of the input: yield only
      articles that no further text could change, stop before the first one that
      could (an element that runs to the end of the block, a broken element whose
      resync point is not in it yet), and return the offset where the unread rest
      starts (0 when nothing could be read: the stream then reads twice as much);
      every article yielded must end at or before ``cut``;
    - when ``final`` is true, the block holds the rest of the input: read it all.

    ``split(text)`` is then simply the final call on the whole text, so that
    ``load`` and ``iter_load`` share one code path. The stream holds only the
    unread tail, so memory is bounded by the chunk size and the largest element.

    Example:
        >>> class OnePerLine:
        ...     name = "one-per-line"
        ...     def sniff(self, head): return 0.01
        ...     def split(self, text): return self.split_block(text, first_line=1)
        ...     def split_block(self, text, *, first_line):
        ...         pos = 0
        ...         for line in text.split("\\n"):
        ...             if line.strip():
        ...                 yield RawArticle(pos, pos + len(line))
        ...             pos += len(line) + 1
        ...     def safe_cut(self, text): return text.rfind("\\n") + 1
        >>> isinstance(OnePerLine(), StreamingDetector)
        True
    """

    def safe_cut(self, text: str) -> int:
        """An offset of ``text`` where it can be cut between articles whatever follows, or 0."""
        ...

    def split_block(self, text: str, *, first_line: int) -> Iterable[RawArticle]:
        """``split`` for a block of the whole text that starts on line ``first_line``."""
        ...
