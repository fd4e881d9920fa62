"""The documented caps: how large one piece of input may be before newsparse stops and says so.

Each cap bounds the memory or time one piece of input can cost. A piece beyond
its cap is never read half-way in silence: a record or page over the cap is
skipped with a problem naming the cap, and an input that cannot be read at all
within the caps raises :class:`~newsparse.LimitError`. The errors page of the
documentation lists the same numbers; a test checks that they agree.

The caps on compressed and bundled input (the expanded size of one member of
an archive, the decompression ratio, the nesting of archives) can be set by the
user for a block of code with :func:`limits`; the code reads them with
:func:`current`.

Example:
    >>> from newsparse._limits import MAX_RECORD_BYTES
    >>> MAX_RECORD_BYTES // 2**20
    64
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

import attrs

__all__ = [
    "MAX_ARCHIVE_DEPTH",
    "MAX_DECOMPRESSION_RATIO",
    "MAX_HTML_CHARS",
    "MAX_HTML_DEPTH",
    "MAX_JSON_DEPTH",
    "MAX_LINE_CHARS",
    "MAX_MEMBER_BYTES",
    "MAX_PAGE_STATE_CHARS",
    "MAX_RECORD_BYTES",
    "MAX_RTF_BIN_BYTES",
    "MAX_RTF_DEPTH",
    "Limits",
    "current",
    "describe",
    "limits",
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

MAX_PAGE_STATE_CHARS = 16 * 2**20
"""The largest script of a page's embedded JSON state parsed for its article's body (16 Mi characters)."""

MAX_DECOMPRESSION_RATIO = 100
"""How many times its compressed size compressed data may grow to, once past MAX_RECORD_BYTES (100).

Checked wherever newsparse decompresses: a gzip, bzip2 or xz stream, and each
compressed member of a zip archive (counting the bytes actually inflated, never
the sizes the archive declares). A decompression bomb (a few kilobytes that
expand to gigabytes) is stopped with a LimitError as soon as it passes the cap;
genuine news text compresses 3-15 times. Any member may always grow to
MAX_RECORD_BYTES (64 MiB), so every record fits. Set it with :func:`limits`.
"""

MAX_MEMBER_BYTES = 16 * 2**30
"""The largest expanded size of one file read out of a container (16 GiB).

Counted on the bytes actually read from a gzip, bzip2 or xz file, a zip or tar
member, or a Word document's text, whatever the container declares: a member
that grows past it is refused with a LimitError naming it (the other members of
an archive are still read). Set it with :func:`limits`.
"""

MAX_RTF_DEPTH = 256
"""The deepest nesting of ``{}`` groups in an RTF document followed as groups (256).

Deeper groups are read as part of the group around them (their text kept, a
destination that deep not recognised), with an ``rtf-broken`` problem; so a
file of a million ``{`` costs no more memory than a normal one.
"""

MAX_RTF_BIN_BYTES = 64 * 2**20
"""The largest binary data (``\\binN``) skipped in an RTF document (64 MiB).

A larger length is not believed (it would swallow the rest of the document):
the bytes after it are read as RTF, with an ``rtf-broken`` problem.
"""

MAX_ARCHIVE_DEPTH = 3
"""How deep archives (zip, tar, Word DOCX) may nest inside each other (3).

A zip of zips of Word files (a folder of Nexis Uni downloads, zipped) is three
levels and is read; an archive found deeper is refused as a problem naming it.
A gzip, bzip2 or xz layer does not count (``.tar.gz`` is one level), but one
compressed directly inside another is refused. Set it with :func:`limits`.
"""


@attrs.frozen
class Limits:
    """The caps on compressed and bundled input in force: see :func:`newsparse.limits`.

    Attributes:
        member_bytes: the largest expanded size of one member of a container
            (``MAX_MEMBER_BYTES``, 16 GiB).
        decompression_ratio: how many times its compressed size data may grow to,
            once past 64 MiB (``MAX_DECOMPRESSION_RATIO``, 100).
        archive_depth: how deep archives may nest (``MAX_ARCHIVE_DEPTH``, 3).

    Example:
        >>> Limits(member_bytes=2**30, decompression_ratio=50, archive_depth=1).member_bytes
        1073741824
    """

    member_bytes: int = attrs.field(validator=attrs.validators.instance_of(int))
    decompression_ratio: int = attrs.field(validator=attrs.validators.instance_of(int))
    archive_depth: int = attrs.field(validator=attrs.validators.instance_of(int))

    def __attrs_post_init__(self) -> None:
        for name in ("member_bytes", "decompression_ratio", "archive_depth"):
            value = getattr(self, name)
            if isinstance(value, bool) or value < 1:
                raise ValueError(f"{name} must be a whole number of 1 or more, not {value!r}")


_SET: contextvars.ContextVar[Limits | None] = contextvars.ContextVar("newsparse_limits", default=None)


def current() -> Limits:
    """The caps in force here: those set by the innermost :func:`limits` block, else the module's constants.

    Example:
        >>> current().archive_depth == MAX_ARCHIVE_DEPTH
        True
    """
    chosen = _SET.get()
    if chosen is not None:
        return chosen
    return Limits(MAX_MEMBER_BYTES, MAX_DECOMPRESSION_RATIO, MAX_ARCHIVE_DEPTH)


@contextlib.contextmanager
def limits(
    *,
    member_bytes: int | None = None,
    decompression_ratio: int | None = None,
    archive_depth: int | None = None,
) -> Iterator[Limits]:
    """Set the caps on compressed and bundled input for the code run inside the ``with`` block.

    Each argument left out keeps the value in force. The caps apply to the
    sources opened inside the block, in this thread or task only (they are kept
    in a :mod:`contextvars` variable): iterate :func:`newsparse.iter_load` inside
    the block too, since a generator opens its source at its first ``next()``.
    Yields the :class:`Limits` in force inside the block.

    Args:
        member_bytes: the largest expanded size of one member of a gzip, bzip2,
            xz, zip or tar file or a Word document, in bytes (default 16 GiB).
        decompression_ratio: how many times its compressed size data may grow
            to, once past 64 MiB (default 100).
        archive_depth: how deep zip, tar and DOCX archives may nest (default 3).

    Raises:
        ValueError: a value is not a whole number of 1 or more.

    Example:
        >>> import gzip, newsparse
        >>> bomb = gzip.compress(b"Title\\n\\n" + b"a" * 2**20)
        >>> with newsparse.limits(member_bytes=2**16) as caps:
        ...     try:
        ...         newsparse.load(bomb, name="big.txt.gz")
        ...     except newsparse.LimitError as exc:
        ...         print(caps.member_bytes, exc.problem.split(";")[0])
        65536 expands past 65536 bytes, the cap on the size of one member (MAX_MEMBER_BYTES)
        >>> newsparse.load(bomb)[0].title
        'Title'
    """
    base = current()
    chosen = Limits(
        base.member_bytes if member_bytes is None else member_bytes,
        base.decompression_ratio if decompression_ratio is None else decompression_ratio,
        base.archive_depth if archive_depth is None else archive_depth,
    )
    token = _SET.set(chosen)
    try:
        yield chosen
    finally:
        _SET.reset(token)


def describe(size: int) -> str:
    """A cap in words, for messages: bytes in GiB or MiB when they divide evenly.

    Example:
        >>> describe(MAX_RECORD_BYTES), describe(MAX_MEMBER_BYTES), describe(200)
        ('64 MiB', '16 GiB', '200')
    """
    if size >= 2**30 and size % 2**30 == 0:
        return f"{size // 2**30} GiB"
    if size >= 2**20 and size % 2**20 == 0:
        return f"{size // 2**20} MiB"
    return str(size)
