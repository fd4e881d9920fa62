"""Format detectors: the protocol, the registry, and the built-in layouts.

A detector recognises one family of dump layouts and splits a text into raw
articles. Built-ins are always present; third-party packages add theirs
through the ``newsparse.detectors`` entry-point group; code can also call
:func:`register_detector` at run time. The helpers the built-ins are made of
are public in :mod:`newsparse.detectors.kit`.

Example:
    >>> from newsparse.detectors import list_detectors
    >>> [d.name for d in list_detectors()][:2]
    ['wordpress', 'jsonlines']
"""

from newsparse.detectors._base import FIELD_NAMES, HEAD_SIZE, Detector, RawArticle, StreamingDetector
from newsparse.detectors._registry import (
    ENTRY_POINT_GROUP,
    NEAR_TIE,
    get_detector,
    list_detectors,
    plugin_problems,
    rank_detectors,
    register_detector,
    unregister_detector,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "FIELD_NAMES",
    "HEAD_SIZE",
    "NEAR_TIE",
    "Detector",
    "RawArticle",
    "StreamingDetector",
    "get_detector",
    "list_detectors",
    "plugin_problems",
    "rank_detectors",
    "register_detector",
    "unregister_detector",
]
