"""A conformance check for detectors, for plug-in authors to run in their own test suites.

Example:
    >>> from newsparse.testing import check_detector
    >>> from newsparse.detectors import get_detector
    >>> check_detector(get_detector("counter-footer"), ["Title\\n\\nBody.\\n\\nView 5 times\\n"])
    []
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from newsparse._api import parse_text
from newsparse.detectors._base import FIELD_NAMES, HEAD_SIZE, Detector, RawArticle
from newsparse.detectors._registry import get_detector
from newsparse.errors import DetectorError

_DETECTOR_CODES = frozenset({"detector-crashed", "detector-failed", "detector-bad-output", "detector-span-clamped"})

__all__ = ["assert_detector_conforms", "check_detector"]

_EDGE_CASES = ("", " ", "\n\n\n", "\x00", "x" * 10, "{}", "[]", "<html></html>", "\ufffd" * 3)


def check_detector(detector: Detector, samples: Iterable[str]) -> list[str]:
    """Check a detector against the protocol and on texts in its own layout; return the problems found.

    What is checked: the name is a non-empty str; ``sniff`` returns a float in
    0.0..1.0 and does not raise, on edge cases and on every sample; every sample
    scores above 0.0; ``split`` yields :class:`RawArticle` items whose spans are
    inside the text, ordered and non-overlapping, whose field names are known,
    and it yields the same items when called twice; and, when the detector is
    registered, ``newsparse`` parses each sample with it forced, without falling back.

    Example:
        >>> from newsparse.detectors import RawArticle
        >>> class Sloppy:
        ...     name = "sloppy"
        ...     def sniff(self, head): return 2.0
        ...     def split(self, text): return [RawArticle(0, len(text) + 5)]
        >>> for problem in check_detector(Sloppy(), ["Title\\n\\nBody."])[:2]:
        ...     print(problem)
        sniff('') returned 2.0, not a float in 0.0..1.0
        sniff(' ') returned 2.0, not a float in 0.0..1.0
    """
    problems: list[str] = []
    name = getattr(detector, "name", None)
    if not isinstance(name, str) or not name.strip():
        return [f"the name must be a non-empty str, not {name!r}"]
    for text in (*_EDGE_CASES, *samples):
        _check_sniff(detector, text, problems)
    for number, text in enumerate(samples, start=1):
        _check_sample(detector, number, text, problems)
    return problems


def assert_detector_conforms(detector: Detector, samples: Iterable[str]) -> None:
    """Raise ``AssertionError`` listing every problem :func:`check_detector` finds.

    Example:
        >>> from newsparse.detectors import get_detector
        >>> assert_detector_conforms(get_detector("jsonlines"), ['{"title": "A", "text": "B"}\\n'])
    """
    problems = check_detector(detector, list(samples))
    if problems:
        raise AssertionError("detector does not conform:\n- " + "\n- ".join(problems))


def _registered(detector: Detector) -> bool:
    try:
        return get_detector(detector.name) is detector
    except DetectorError:
        return False


def _check_sniff(detector: Detector, text: str, problems: list[str]) -> None:
    try:
        score = detector.sniff(text[:HEAD_SIZE])
    except Exception as exc:
        problems.append(f"sniff({text[:20]!r}) raised {type(exc).__name__}: {exc}")
        return
    if not isinstance(score, float) or math.isnan(score) or not 0.0 <= score <= 1.0:
        problems.append(f"sniff({text[:20]!r}) returned {score!r}, not a float in 0.0..1.0")


def _check_sample(detector: Detector, number: int, text: str, problems: list[str]) -> None:
    where = f"sample {number}"
    if not detector.sniff(text[:HEAD_SIZE]) > 0.0:
        problems.append(f"{where}: sniff() gives 0.0 on a text in the detector's own layout")
    try:
        raws: list[object] = list(detector.split(text))
        again: list[object] = list(detector.split(text))
    except Exception as exc:
        problems.append(f"{where}: split() raised {type(exc).__name__}: {exc}")
        return
    if raws != again:
        problems.append(f"{where}: split() gives different results on the same text")
    end = 0
    for raw in raws:
        if not isinstance(raw, RawArticle):
            problems.append(f"{where}: split() yielded {type(raw).__name__}, not RawArticle")
            continue
        if not end <= raw.start <= raw.end <= len(text):
            problems.append(f"{where}: span {raw.start}-{raw.end} is outside the text or overlaps the previous one")
        end = max(end, raw.end)
        unknown = set(raw.fields or {}) - FIELD_NAMES
        if unknown:
            problems.append(f"{where}: unknown field names {sorted(unknown)}")
    if not _registered(detector):
        return  # the pipeline check needs the detector in the registry
    result = parse_text(text, detector=detector.name)
    named = f"detector {detector.name!r}"  # the pipeline's detector problems name the detector first
    fallbacks = [p for p in result.problems if p.code in _DETECTOR_CODES and p.startswith(named)]
    problems.extend(f"{where}: {p}" for p in fallbacks)
