"""Every detector's sniff score is what it was before the sniffs were made fast (a frozen reference).

The reference, ``tests/data/sniffs/scores.json``, holds the ranking of every input
below as ``rank_detectors`` gave it on commit 379b214, before any sniff was
sped up: for each input, a hash of its text and the detectors that scored above
0.0 (or crashed), best first, with their exact scores. The inputs:

* every fixture under ``tests/data/formats/`` and ``tests/data/family/``, and the
  sample dumps (when present);
* every layout rendered by ``tests/test_kit.py``'s ``LAYOUTS``;
* variants of all of these: upper-cased, cut after their first third, and wrapped
  in an HTML page with a script (which moves every marker away from the start);
* the 181 saved pages of the article-extraction benchmark
  (``../shared/devdata/scrapinghub-aeb``), when present.

Only the detectors in the reference are compared, so that a detector added later
does not break the test; an input whose text changed since is an error (its
old scores say nothing about the new text).

To remake the reference, on code whose sniffs are known good (never from the
code under test)::

    PYTHONPATH=src python -m tests.test_sniff_scores
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsparse._decode import decode
from newsparse.detectors import rank_detectors
from newsparse.detectors._registry import BUILTINS

from .conftest import HAVE_SAMPLES, SAMPLES
from .test_kit import LAYOUTS, STORIES

DATA = Path(__file__).parent / "data"
REFERENCE = DATA / "sniffs" / "scores.json"
_NEAR = [Path(__file__).resolve().parents[n] / "shared" / "devdata" / "scrapinghub-aeb" for n in (2, 3)]
AEB = next((path for path in _NEAR if path.is_dir()), _NEAR[-1])
_WRAP = (
    '<!DOCTYPE html>\n<html lang="en"><head><title>Saved page</title>\n'
    "<script>var d = document; d.title = 'x';</script></head>\n<body>\n<pre>\n",
    "\n</pre>\n</body></html>\n",
)


def _decoded(path: Path) -> str | None:
    try:
        return decode(path.read_bytes(), source=str(path)).text
    except Exception:  # a binary fixture added later: not among the inputs
        return None


def _files(folder: Path, pattern: str) -> dict[str, str]:
    texts = {}
    for path in sorted(folder.glob(pattern)):
        if path.is_file() and not path.name.endswith(".expected.json"):
            text = _decoded(path)
            if text is not None:
                texts[f"{folder.name}/{path.relative_to(folder).as_posix()}"] = text
    return texts


def _layouts() -> dict[str, str]:
    texts = {}
    for name, renders in LAYOUTS.items():
        for number, (render, _) in enumerate(renders):
            for size in (2, len(STORIES)):
                texts[f"layouts/{name}/{number}/{size}"] = render(STORIES[:size])
    return texts


def _variants(texts: dict[str, str]) -> dict[str, str]:
    out = {}
    for key, text in texts.items():
        out[f"upper/{key}"] = text.upper()
        out[f"tail/{key}"] = text[len(text) // 3 :]
        out[f"wrapped/{key}"] = _WRAP[0] + text + _WRAP[1]
    return out


def _aeb() -> dict[str, str]:
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    return {
        f"aeb/{key}": decode(gzip.decompress((AEB / "html" / f"{key}.html.gz").read_bytes()), source=key).text
        for key in sorted(truth)
    }


def _plain() -> dict[str, str]:
    texts = {**_files(DATA / "formats", "*/*"), **_files(DATA / "family", "*"), **_layouts()}
    if HAVE_SAMPLES:
        texts |= _files(SAMPLES, "*.txt")
    return texts


GROUPS: dict[str, Callable[[], dict[str, str]]] = {
    "fixtures": _plain,
    "variants": lambda: _variants(_plain()),
    "aeb": _aeb,
}


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def scores(text: str, names: frozenset[str]) -> list[list[object]]:
    """The ranking of ``text`` among the detectors ``names``: [name, score] (and the error), best first, scores > 0."""
    return [
        [s.name, s.score] + ([s.error] if s.error else [])
        for s in rank_detectors(text).ranking
        if s.name in names and (s.score > 0.0 or s.error)
    ]


def _reference() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return loaded


def differences(texts: dict[str, str], reference: dict[str, object]) -> list[str]:
    """What differs between the rankings of ``texts`` and the reference, one line per input."""
    names = frozenset(reference["detectors"])  # type: ignore[arg-type]
    inputs: dict[str, list[object]] = reference["inputs"]  # type: ignore[assignment]
    out = []
    for key, text in texts.items():
        if key not in inputs:
            continue  # a fixture added after the reference was made
        digest, expected = inputs[key]
        if digest != _digest(text):
            out.append(f"{key}: the input changed since the reference was made")
            continue
        got = scores(text, names)
        if got != expected:
            out.append(f"{key}: expected {expected}, got {got}")
    return out


def test_the_reference_covers_every_detector_it_names_and_every_group() -> None:
    reference = _reference()
    names: list[str] = reference["detectors"]  # type: ignore[assignment]
    assert len(names) >= 25
    assert set(names) <= {name for name, _ in BUILTINS}
    inputs = reference["inputs"]
    for group in ("formats/", "family/", "layouts/", "upper/", "tail/", "wrapped/"):
        assert sum(key.startswith(group) for key in inputs) >= 6, group  # type: ignore[union-attr]


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_every_score_is_the_frozen_one(group: str) -> None:
    if group == "aeb" and not AEB.is_dir():
        pytest.skip(f"the benchmark pages are not here ({AEB})")
    reference = _reference()
    texts = GROUPS[group]()
    inputs: dict[str, object] = reference["inputs"]  # type: ignore[assignment]
    compared = [key for key in texts if key in inputs]
    assert len(compared) >= 0.9 * len(texts), "most inputs must be in the reference"
    assert differences(texts, reference) == []


def test_a_changed_score_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse.detectors import get_detector

    reference = _reference()
    texts = {key: text for key, text in _plain().items() if key.startswith("formats/factiva-html/")}
    assert texts
    assert differences(texts, reference) == []
    detector = get_detector("factiva-html")
    original = detector.sniff
    monkeypatch.setattr(detector, "sniff", lambda head: original(head) - 1e-9)
    assert len(differences(texts, reference)) == len(texts)


def _write() -> None:
    names = sorted(name for name, _ in BUILTINS)
    frozen = frozenset(names)
    groups = [make for group, make in GROUPS.items() if group != "aeb" or AEB.is_dir()]
    texts = {key: text for make in groups for key, text in make().items()}
    lines = [f"{json.dumps(key)}: {json.dumps([_digest(text), scores(text, frozen)])}" for key, text in texts.items()]
    body = ",\n".join(lines)
    REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    REFERENCE.write_text(f'{{"detectors": {json.dumps(names)},\n"inputs": {{\n{body}\n}}}}\n', encoding="utf-8")
    print(f"{len(texts)} inputs written to {REFERENCE}", file=sys.stderr)


if __name__ == "__main__":
    _write()
