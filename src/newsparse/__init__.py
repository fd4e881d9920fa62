"""newsparse: messy news dumps in, clean typed article records out.

Example:
    >>> import newsparse
    >>> text = "Storm hits coast\\n\\nShort Url\\nStorm hits coast\\n\\nRain fell all night."
    >>> [a.title for a in newsparse.split_articles(text)]
    ['Storm hits coast']
"""

import logging as _logging

from newsparse._api import Source, load, parse, parse_text, split_articles
from newsparse._captions import dedupe_captions
from newsparse._html import clean_html
from newsparse._limits import Limits, limits
from newsparse._model import Article, Caption, Detection, Dropped, Provenance, Result, Score
from newsparse._problems import Location, Problem, Repair
from newsparse._schema import article_schema
from newsparse._stream import iter_load
from newsparse._tables import to_arrow, to_pandas
from newsparse.detectors import (
    Detector,
    RawArticle,
    StreamingDetector,
    get_detector,
    list_detectors,
    rank_detectors,
    register_detector,
    unregister_detector,
)
from newsparse.errors import (
    BinaryInputError,
    DecodingError,
    DetectorError,
    InputError,
    LimitError,
    NewsparseError,
    PluginWarning,
    SourceError,
)

# A library logs to its own logger and leaves the handlers to the application.
_logging.getLogger("newsparse").addHandler(_logging.NullHandler())

__version__: str
"""The installed version, read from the package metadata: ``pyproject.toml`` is its one source.

Read on first use (reading the metadata costs ~30 ms), then kept.

Example:
    >>> from importlib.metadata import version
    >>> __version__ == version("newsparse")
    True
"""


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata on first use (``import newsparse`` stays light)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("newsparse")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without installing
        value = "0+unknown"
    globals()["__version__"] = value  # later reads find it without this hook
    return value


__all__ = [
    "Article",
    "BinaryInputError",
    "Caption",
    "DecodingError",
    "Detection",
    "Detector",
    "DetectorError",
    "Dropped",
    "InputError",
    "LimitError",
    "Limits",
    "Location",
    "NewsparseError",
    "PluginWarning",
    "Problem",
    "Provenance",
    "RawArticle",
    "Repair",
    "Result",
    "Score",
    "Source",
    "SourceError",
    "StreamingDetector",
    "__version__",
    "article_schema",
    "clean_html",
    "dedupe_captions",
    "get_detector",
    "iter_load",
    "limits",
    "list_detectors",
    "load",
    "parse",
    "parse_text",
    "rank_detectors",
    "register_detector",
    "split_articles",
    "to_arrow",
    "to_pandas",
    "unregister_detector",
]
