"""The detector registry: built-ins, entry-point plug-ins, run-time registrations, and ranking.

Nothing is imported before it is needed: the built-ins are a table of names and
``"module:Class"`` targets (:data:`BUILTINS`), so :func:`get_detector` imports
one detector module, and ranking or listing imports them all (detector modules
import nothing heavy at module level). Entry points, and ``importlib.metadata``
with them, are read only when plug-ins are first needed.
"""

from __future__ import annotations

import importlib
import logging
import math
import threading
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from newsparse._model import Detection, Score
from newsparse._problems import Problem
from newsparse.detectors._base import HEAD_SIZE, Detector
from newsparse.errors import DetectorError, PluginWarning

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = [
    "ENTRY_POINT_GROUP",
    "NEAR_TIE",
    "get_detector",
    "list_detectors",
    "plugin_problems",
    "rank_detectors",
    "register_detector",
    "unregister_detector",
]

ENTRY_POINT_GROUP = "newsparse.detectors"
"""The entry-point group third-party packages register their detectors in.

In a plug-in's ``pyproject.toml``::

    [project.entry-points."newsparse.detectors"]
    tsv = "newsparse_tsv:TsvDetector"

Example:
    >>> ENTRY_POINT_GROUP
    'newsparse.detectors'
"""

NEAR_TIE = 0.05
"""Scores closer than this to the winner's are reported as near-ties.

Example:
    >>> text = "Title A\\n\\nTT\\nTitle A\\n\\nOne.\\n\\nView 3 times\\n\\n\\n"
    >>> text += "Title B\\nFollow\\nTitle B\\nTwo.\\n\\nView 5 times"
    >>> detection = rank_detectors(text)
    >>> detection.chosen, detection.near_ties, NEAR_TIE
    ('counter-footer', ('title-echo',), 0.05)
"""

BUILTINS: tuple[tuple[str, str], ...] = (
    ("wordpress", "newsparse.detectors.json.wordpress:WordPressDetector"),
    ("jsonlines", "newsparse.detectors.json.jsonlines:JsonLinesDetector"),
    ("json-records", "newsparse.detectors.json.json_records:JsonRecordsDetector"),
    ("html-page", "newsparse.detectors.markup.html_page:HtmlPageDetector"),
    ("rss-atom", "newsparse.detectors.markup.rss_atom:FeedDetector"),
    ("nitf", "newsparse.detectors.wire.nitf:NitfDetector"),
    ("newsml-g2", "newsparse.detectors.wire.newsml_g2:NewsMLG2Detector"),
    ("newsml1", "newsparse.detectors.wire.newsml1:NewsML1Detector"),
    ("proquest", "newsparse.detectors.exports.proquest:ProQuestDetector"),
    ("europresse", "newsparse.detectors.exports.europresse:EuropresseDetector"),
    ("factiva-html", "newsparse.detectors.exports.factiva_html:FactivaHtmlDetector"),
    ("factiva-xml", "newsparse.detectors.exports.factiva_xml:FactivaXmlDetector"),
    ("ninjs", "newsparse.detectors.wire.ninjs:NinjsDetector"),
    ("anpa", "newsparse.detectors.wire.anpa:AnpaDetector"),
    ("reuters-sgml", "newsparse.detectors.wire.reuters_sgml:ReutersSgmlDetector"),
    ("wxr", "newsparse.detectors.markup.wxr:WxrDetector"),
    ("lexisnexis", "newsparse.detectors.exports.lexisnexis:LexisNexisDetector"),
    ("lexisnexis-html", "newsparse.detectors.exports.lexisnexis_html:LexisNexisHtmlDetector"),
    ("nexis-uni", "newsparse.detectors.exports.nexis_uni:NexisUniDetector"),
    ("json-feed", "newsparse.detectors.json.json_feed:JsonFeedDetector"),
    ("factiva-text", "newsparse.detectors.exports.factiva_text:FactivaTextDetector"),
    ("title-echo", "newsparse.detectors.text.title_echo:TitleEchoDetector"),
    ("counter-footer", "newsparse.detectors.text.counter_footer:CounterFooterDetector"),
    ("page-text", "newsparse.detectors.text.page_text:PageTextDetector"),
    ("blank-blocks", "newsparse.detectors.text.blank_blocks:BlankBlocksDetector"),
    ("whole-text", "newsparse.detectors.text.whole_text:WholeTextDetector"),
)
"""The built-in detectors, in the order they are listed: name, and ``"module:Class"`` to import when needed.

Adding a built-in detector is one line here (see CONTRIBUTING). The module is
imported, and the class instantiated once, the first time the detector is used.

Example:
    >>> BUILTINS[0]
    ('wordpress', 'newsparse.detectors.json.wordpress:WordPressDetector')
"""

_log = logging.getLogger("newsparse")
_BUILTIN, _PLUGIN, _RUNTIME = 0, 1, 2
_lock = threading.RLock()
# Every registered detector by name, with where it came from; a str is a built-in not imported yet ("module:Class").
_detectors: dict[str, tuple[int, Detector | str]] = {}
_builtins_listed = False
_plugins_loaded = False
_plugin_problems: list[Problem] = []
# What _registered() answers, kept until the registry changes: ranking asks for it at every text.
_entries: tuple[tuple[int, Detector], ...] | None = None
# The 0.0 score of each detector, made once: most detectors score 0.0 on most texts (a Score is immutable).
_zeros: dict[str, Score] = {}


def _changed() -> None:
    """Forget the kept answer of :func:`_registered` (call with the lock held, after any change to the registry)."""
    global _entries
    _entries = None


def entry_points(*, group: str) -> Iterable[EntryPoint]:
    """The installed entry points of ``group``; ``importlib.metadata`` (~30 ms) is imported on the first call."""
    from importlib.metadata import entry_points as installed

    return installed(group=group)


def _list_builtins() -> None:
    """Put the built-ins' names in the registry (cheap: nothing is imported)."""
    global _builtins_listed
    with _lock:
        if not _builtins_listed:
            _builtins_listed = True
            for name, target in BUILTINS:
                _detectors[name] = (_BUILTIN, target)
            _changed()


def _ensure_loaded() -> None:
    """The built-ins' names and every entry-point plug-in (plug-ins are read once)."""
    global _plugins_loaded
    _list_builtins()
    with _lock:
        if _plugins_loaded:
            return
        _plugins_loaded = True
        _load_plugins()


def _resolved(name: str) -> Detector:
    """The detector registered as ``name``, importing its module first if it is a built-in not used yet."""
    with _lock:
        origin, detector = _detectors[name]
        if isinstance(detector, str):
            detector = _import_builtin(name, detector)
            _detectors[name] = (origin, detector)
        return detector


def _import_builtin(name: str, target: str) -> Detector:
    module, _, attr = target.partition(":")
    detector: Detector = getattr(importlib.import_module(module), attr)()
    if detector.name != name:  # a wrong line in BUILTINS: a bug, never the input's fault
        raise DetectorError(f"built-in {target} is named {detector.name!r}, not {name!r} as BUILTINS says")
    return detector


def _reset() -> None:
    """Forget every detector and plug-in problem; the next call lists built-ins and loads plug-ins again.

    For tests that fake entry points; not part of the public API.
    """
    global _builtins_listed, _plugins_loaded
    with _lock:
        _detectors.clear()
        _plugin_problems.clear()
        _changed()
        _builtins_listed = False
        _plugins_loaded = False


def _load_plugins() -> None:
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            obj: Any = ep.load()
            detector = obj() if isinstance(obj, type) or not hasattr(obj, "sniff") else obj
            _check(detector)
        except Exception as exc:  # a broken plug-in must not break newsparse
            _plugin_trouble(
                Problem("plugin-unloadable", f"plug-in {ep.name!r} ({ep.value}) could not be loaded: {exc}")
            )
            continue
        if detector.name in _detectors:
            message = f"plug-in {ep.name!r} skipped: detector name {detector.name!r} is taken"
            _plugin_trouble(Problem("plugin-name-taken", message))
            continue
        _detectors[detector.name] = (_PLUGIN, detector)
        _changed()


def _plugin_trouble(message: Problem) -> None:
    """Keep a plug-in's trouble for plugin_problems(), log it, and warn once (plug-ins load once a process)."""
    _plugin_problems.append(message)
    _log.warning("%s", message)
    warnings.warn(message, PluginWarning, stacklevel=4)


def _check(detector: object) -> None:
    name = getattr(detector, "name", None)
    if not isinstance(name, str) or not name.strip():
        raise DetectorError(f"a detector needs a non-empty str name, got {name!r}")
    for method in ("sniff", "split"):
        if not callable(getattr(detector, method, None)):
            raise DetectorError(f"detector {name!r} has no callable {method}()")


def register_detector(detector: Detector, *, replace: bool = False) -> None:
    """Add a detector to the registry (plug-ins use the entry point instead).

    Raises :class:`~newsparse.DetectorError` if the object is not a detector,
    or if its name is taken and ``replace`` is false.

    Example:
        >>> from newsparse.detectors import RawArticle
        >>> class Nothing:
        ...     name = "nothing"
        ...     def sniff(self, head): return 0.0
        ...     def split(self, text): return [RawArticle(0, len(text))]
        >>> register_detector(Nothing())
        >>> "nothing" in [d.name for d in list_detectors()]
        True
        >>> unregister_detector("nothing")
    """
    _ensure_loaded()
    _check(detector)
    with _lock:
        if detector.name in _detectors and not replace:
            raise DetectorError(f"a detector named {detector.name!r} is already registered")
        _detectors[detector.name] = (_RUNTIME, detector)
        _changed()


def unregister_detector(name: str) -> None:
    """Remove a detector by name; raise :class:`~newsparse.DetectorError` if there is none.

    Built-ins can be removed too (for the rest of the process), e.g. to stop a
    layout from ever being chosen.

    Example:
        >>> from newsparse.detectors import RawArticle
        >>> class Whole:
        ...     name = "whole"
        ...     def sniff(self, head): return 0.0
        ...     def split(self, text): return [RawArticle(0, len(text))]
        >>> register_detector(Whole())
        >>> unregister_detector("whole")
        >>> "whole" in [d.name for d in list_detectors()]
        False
    """
    _ensure_loaded()
    with _lock:
        if _detectors.pop(name, None) is None:
            raise DetectorError(f"no detector named {name!r}")
        _changed()


def get_detector(name: str) -> Detector:
    """Return the registered detector called ``name``.

    A built-in's module is imported on first use; plug-ins are loaded only when
    ``name`` is not a built-in's.

    Example:
        >>> get_detector("wordpress").name
        'wordpress'
    """
    _list_builtins()
    with _lock:
        known = name in _detectors
    if not known:
        _ensure_loaded()
    with _lock:
        if name not in _detectors:
            names = ", ".join(sorted(_detectors))
            raise DetectorError(f"no detector named {name!r} (known: {names})")
        return _resolved(name)


def _registered() -> tuple[tuple[int, Detector], ...]:
    """Every registered detector with its origin, in the order they were listed (built-ins imported now)."""
    global _entries
    _ensure_loaded()
    with _lock:
        if _entries is None:
            _entries = tuple((origin, _resolved(name)) for name, (origin, _) in list(_detectors.items()))
        return _entries


def list_detectors() -> tuple[Detector, ...]:
    """Return every registered detector: built-ins, then plug-ins, then run-time ones.

    Example:
        >>> "whole-text" in [d.name for d in list_detectors()]
        True
        >>> list_detectors()[0].name, list_detectors()[0].description
        ('wordpress', 'WordPress REST API posts (a JSON object or array) with CMS HTML content.')
    """
    entries = sorted(_registered(), key=lambda e: e[0])
    return tuple(detector for _, detector in entries)


def plugin_problems() -> tuple[Problem, ...]:
    """Return what went wrong while loading entry-point plug-ins (empty when all loaded).

    Example:
        >>> plugin_problems()  # no broken plug-in is installed here
        ()
    """
    _ensure_loaded()
    return tuple(_plugin_problems)


def _safe_sniff(detector: Detector, head: str) -> Score:
    try:
        value = float(detector.sniff(head))
    except Exception as exc:  # a crashing detector scores 0.0, the others go on
        return Score(detector.name, 0.0, f"{type(exc).__name__}: {exc}")
    if math.isnan(value):
        return Score(detector.name, 0.0, "sniff() returned NaN")
    if value <= 0.0:
        zero = _zeros.get(detector.name)
        if zero is None:
            zero = _zeros[detector.name] = Score(detector.name, 0.0)
        return zero
    return Score(detector.name, min(1.0, value))


def rank_detectors(text: str) -> Detection:
    """Score every registered detector on the head of ``text`` and pick the best.

    Ties are broken deterministically: built-ins before plug-ins before run-time
    registrations, then by name. Detectors scoring within :data:`NEAR_TIE` of
    the winner are listed in ``Detection.near_ties``.

    Example:
        >>> rank_detectors('{"title": {"rendered": "Hi"}, "content": {"rendered": "<p>x</p>"}}').chosen
        'wordpress'
    """
    head = text[:HEAD_SIZE]
    entries = _registered()
    scored = [(origin, _safe_sniff(detector, head)) for origin, detector in entries]
    scored.sort(key=lambda item: (-item[1].score, item[0], item[1].name))
    ranking = tuple(score for _, score in scored)
    best = ranking[0]
    near = tuple(s.name for s in ranking[1:] if best.score - s.score < NEAR_TIE and s.score > 0.0)
    return Detection(ranking=ranking, chosen=best.name, near_ties=near)
