"""The exceptions newsparse raises, rooted at :class:`NewsparseError`.

Every error newsparse raises on purpose is a :class:`NewsparseError`, so one
``except`` clause catches them all; each also subclasses the builtin nearest in
meaning, so code that already catches ``ValueError`` or ``OSError`` keeps
working. Messages always start with the name of the source and then say what
is wrong with it::

    NewsparseError
    ├── InputError (ValueError)            the input cannot be parsed at all
    │   ├── BinaryInputError               bytes of an image, archive, ... or NUL-heavy data
    │   ├── DecodingError (UnicodeError)   bytes that are text in no encoding we can find
    │   └── LimitError                     input beyond a documented cap (record size, nesting...)
    ├── SourceError (OSError)              a path or file object that cannot be read
    └── DetectorError (LookupError)        an unknown detector name, or a bad registration

Problems that do not stop parsing (a broken post among good ones, a detector
that crashed while sniffing) are never raised: they are reported as data on
:class:`newsparse.Result` and :class:`newsparse.Article`.

Example:
    >>> import newsparse
    >>> try:
    ...     newsparse.load(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(64), name="cat.png")
    ... except newsparse.BinaryInputError as exc:
    ...     print(exc)
    cat.png: binary data (PNG image), not text
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "DecodingError",
    "DetectorError",
    "InputError",
    "LimitError",
    "NewsparseError",
    "PluginWarning",
    "SourceError",
]


class NewsparseError(Exception):
    """Root of every exception newsparse raises on purpose.

    Attributes:
        source: the name of the input the error is about (a path, ``"<bytes>"``,
            ``"<stdin>"``...), or ``None`` when the error concerns no input.
        problem: the bare description of what is wrong, without the source.

    Example:
        >>> error = NewsparseError("cannot be read (Permission denied)", source="dump.txt")
        >>> str(error), error.source, error.problem
        ('dump.txt: cannot be read (Permission denied)', 'dump.txt', 'cannot be read (Permission denied)')
    """

    def __init__(self, problem: str, *, source: str | None = None) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}" if source else problem)


class InputError(NewsparseError, ValueError):
    """The input exists but cannot be turned into text or articles.

    Example:
        >>> import newsparse
        >>> try:
        ...     newsparse.load(b"%PDF-1.7 ...", name="report.pdf")
        ... except ValueError as exc:  # InputError is a ValueError too
        ...     print(type(exc).__name__, isinstance(exc, InputError))
        BinaryInputError True
    """


class BinaryInputError(InputError):
    """The input is binary data (an image, an archive, NUL-heavy bytes), not text.

    Example:
        >>> import newsparse
        >>> try:
        ...     newsparse.load(b"\\x28\\xb5\\x2f\\xfd" + bytes(32), name="dump.txt.zst")
        ... except BinaryInputError as exc:
        ...     print(exc.problem)
        binary data (zstd-compressed data; decompress it first), not text
    """


class DecodingError(InputError, UnicodeError):
    """The bytes are text in no encoding newsparse can identify.

    Example:
        >>> import newsparse
        >>> try:
        ...     newsparse.load(bytes(range(256)) * 4, name="noise.bin")
        ... except UnicodeError as exc:  # DecodingError is a UnicodeError too
        ...     print(exc)
        noise.bin: not text in any encoding newsparse can identify
    """


class LimitError(InputError):
    """The input goes beyond one of the documented caps and cannot be read within it.

    The caps (the largest record, line, page and JSON nesting newsparse reads)
    are listed on the errors page of the documentation. A record or page over a
    cap among good ones is not raised: it is skipped with a problem, and the
    rest is parsed.

    Example:
        >>> str(LimitError("a JSON record nests deeper than 200 levels", source="dump.json"))
        'dump.json: a JSON record nests deeper than 200 levels'
    """


class SourceError(NewsparseError, OSError):
    """A path or file object could not be read (missing, a directory, no permission...).

    Example:
        >>> import newsparse
        >>> try:
        ...     newsparse.load("no/such/dump.txt")
        ... except OSError as exc:  # SourceError is an OSError too
        ...     print(exc)
        no/such/dump.txt: cannot be read (No such file or directory)
    """


class DetectorError(NewsparseError, LookupError):
    """A detector name is unknown, or a detector cannot be registered.

    Example:
        >>> import newsparse
        >>> try:
        ...     newsparse.get_detector("no-such-layout")
        ... except LookupError as exc:  # DetectorError is a LookupError too
        ...     print(exc)  # doctest: +ELLIPSIS
        no detector named 'no-such-layout' (known: ...)
    """


class PluginWarning(UserWarning):
    """A detector plug-in from the ``newsparse.detectors`` entry-point group could not be loaded.

    Warned once, when the plug-ins are first loaded; the other detectors work as
    usual, and :func:`newsparse.detectors.plugin_problems` lists the reasons.
    Turn it into an error in a test suite with ``-W error::newsparse.PluginWarning``.

    Example:
        >>> issubclass(PluginWarning, UserWarning)
        True
    """
