"""The documented caps: how large one piece of input may be before newsparse stops and says so.

Each cap bounds the memory or time one piece of input can cost. A piece beyond
its cap is never read half-way in silence: a record or page over the cap is
skipped with a problem naming the cap, and an input that cannot be read at all
within the caps raises :class:`~newsparse.LimitError`. The errors page of the
documentation lists the same numbers; a test checks that they agree.

Example:
    >>> from newsparse._limits import MAX_RECORD_BYTES
    >>> MAX_RECORD_BYTES // 2**20
    64
"""

from __future__ import annotations

__all__ = [
    "MAX_DECOMPRESSION_RATIO",
    "MAX_HTML_CHARS",
    "MAX_HTML_DEPTH",
    "MAX_JSON_DEPTH",
    "MAX_LINE_CHARS",
    "MAX_RECORD_BYTES",
    "describe",
]

MAX_RECORD_BYTES = 64 * 2**20
"""The largest single JSON record read: one JSON Lines line, one element of a JSON array (64 MiB)."""

MAX_LINE_CHARS = 64 * 2**20
"""The longest run of text without a line end that plain-text streaming holds at once (64 Mi characters).

Longer runs are cut at the last space or, failing that, at the cap, so that input
without newlines (a CR-only file, one huge line) still streams in bounded memory.
"""

MAX_JSON_DEPTH = 200
"""The deepest nesting of arrays and objects in one JSON document, whatever the caller's stack depth."""

MAX_HTML_CHARS = 64 * 2**20
"""The largest single HTML page or fragment cleaned into paragraphs (64 Mi characters)."""

MAX_HTML_DEPTH = 256
"""The deepest nesting of HTML elements built into a tree; deeper elements are flattened, their text kept."""

MAX_DECOMPRESSION_RATIO = 100
"""How many times its compressed size a gzip, bzip2 or xz input may grow to, once past MAX_RECORD_BYTES (100).

A decompression bomb (a few kilobytes that expand to gigabytes) is stopped with a
LimitError as soon as it passes the cap; genuine news text compresses 3-15 times.
Any member may always grow to MAX_RECORD_BYTES (64 MiB), so every record fits.
"""


def describe(size: int) -> str:
    """A cap in words, for messages: bytes in MiB when they divide evenly.

    Example:
        >>> describe(MAX_RECORD_BYTES), describe(200)
        ('64 MiB', '200')
    """
    if size >= 2**20 and size % 2**20 == 0:
        return f"{size // 2**20} MiB"
    return str(size)
