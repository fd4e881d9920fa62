"""Where html-page loses precision and recall on the article-extraction benchmark (../shared/devdata).

    PYTHONPATH=src python benchmarks/aeb_misses.py            # the scores and the 15 worst pages
    PYTHONPATH=src python benchmarks/aeb_misses.py --worst 40 --show 3
    PYTHONPATH=src python benchmarks/aeb_misses.py --speed    # seconds for html-page (and trafilatura if installed)

The metric is the one of ``tests/test_accuracy.py`` (4-token shingles, macro-averaged).
For each of the worst pages it prints the paragraphs of the output that share no
shingle with the gold text (extra) and the gold lines that the output misses
(missing): read them for failure categories, never for one site's rule.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

_NEAR = [Path(__file__).resolve().parents[n] / "shared" / "devdata" / "scrapinghub-aeb" for n in (2, 3)]
DATA = next((path for path in _NEAR if path.is_dir()), _NEAR[-1])


def shingles(text: str) -> set[tuple[str, ...]]:
    """The 4-token shingles of ``text`` (lower-cased word tokens), as the benchmark counts them."""
    tokens = re.findall(r"\w+", text.lower())
    if len(tokens) < 4:
        return {tuple(tokens)}
    return {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}


def pages(data: Path) -> list[tuple[str, bytes, str]]:
    """(key, page bytes, gold body) for every benchmark page."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (key, gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes()), item["articleBody"])
        for key, item in sorted(truth.items())
    ]


def score(expected: str, got: str) -> tuple[float, float]:
    """Precision and recall of ``got`` against ``expected``."""
    gold, out = shingles(expected), shingles(got)
    hits = len(gold & out)
    return (hits / len(out) if out else 0.0), (hits / len(gold) if gold else 0.0)


def _extract(page: bytes, key: str) -> str:
    import newsparse

    articles = newsparse.load(page, name=key, detector="html-page")
    return articles[0].body if articles else ""


def _misses(expected: str, got: str, show: int) -> None:
    gold = shingles(expected)
    out = shingles(got)
    extra = [p for p in got.split("\n\n") if p.strip() and not (shingles(p) & gold)]
    missing = [line for line in expected.split("\n") if line.strip() and not (shingles(line) & out)]
    for label, items in (("extra", extra), ("missing", missing)):
        for item in items[:show]:
            print(f"    {label}: {item[:160]!r}")
        if len(items) > show:
            print(f"    ... {len(items) - show} more {label}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--worst", type=int, default=15)
    parser.add_argument("--show", type=int, default=4)
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--save", type=Path, help="write each page's precision and recall to this JSON file")
    parser.add_argument("--compare", type=Path, help="list the pages whose F1 moved since a --save file")
    parser.add_argument("--by", choices=("f1", "precision", "recall"), default="f1", help="what makes a page worst")
    args = parser.parse_args()
    items = pages(args.data)
    if args.speed:
        return _speed(items)
    rows = []
    for key, page, expected in items:
        got = _extract(page, key)
        precision, recall = score(expected, got)
        rows.append((precision, recall, key, expected, got))
    _keep(rows, args.save, args.compare)
    p = sum(r[0] for r in rows) / len(rows)
    r = sum(r[1] for r in rows) / len(rows)
    print(f"pages {len(rows)}  precision {p:.3f}  recall {r:.3f}  F1 {2 * p * r / (p + r):.3f}")
    order = {
        "f1": lambda row: 2 * row[0] * row[1] / (row[0] + row[1] or 1),
        "precision": lambda row: row[0],
        "recall": lambda row: row[1],
    }
    rows.sort(key=order[args.by])
    for precision, recall, key, expected, got in rows[: args.worst]:
        print(f"{key}  P {precision:.2f}  R {recall:.2f}  ({len(got)} chars, gold {len(expected)})")
        _misses(expected, got, args.show)
    return 0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall or 1)


def _keep(rows: list[tuple[float, float, str, str, str]], save: Path | None, compare: Path | None) -> None:
    """Save the per-page scores, and print the pages whose F1 moved by more than .02 since an earlier save."""
    scores = {key: [precision, recall] for precision, recall, key, _, _ in rows}
    if compare is not None and compare.is_file():
        before = json.loads(compare.read_text(encoding="utf-8"))
        for key, (precision, recall) in sorted(scores.items()):
            old = before.get(key)
            if old and abs(_f1(precision, recall) - _f1(*old)) > 0.02:
                now = _f1(precision, recall)
                print(f"moved {key[:12]}  F1 {_f1(*old):.2f} -> {now:.2f}  P {precision:.2f} R {recall:.2f}")
    if save is not None:
        save.write_text(json.dumps(scores), encoding="utf-8")


def _speed(items: list[tuple[str, bytes, str]], rounds: int = 3) -> int:
    """Seconds for newsparse over all pages, and for trafilatura.extract on the same pages when installed.

    The two run page by page in turn (so a busy machine slows both alike), over
    ``rounds`` rounds; each one's fastest round is kept. Both are warmed up on
    one page first (the first call imports their parsers).
    """
    import newsparse

    try:
        import trafilatura  # type: ignore[import-not-found]
    except ImportError:
        trafilatura = None
    readers: dict[str, Any] = {"newsparse": lambda key, page: newsparse.load(page, name=key)}
    if trafilatura is not None:
        readers["trafilatura"] = lambda key, page: trafilatura.extract(page)
    for read in readers.values():
        read(items[0][0], items[0][1])
    best = dict.fromkeys(readers, float("inf"))
    for _ in range(rounds):
        spent = dict.fromkeys(readers, 0.0)
        for key, page, _ in items:
            for name, read in readers.items():
                start = time.perf_counter()
                read(key, page)  # newsparse as users call it: the detectors choose html-page
                spent[name] += time.perf_counter() - start
        best = {name: min(best[name], spent[name]) for name in readers}
    for name, seconds in best.items():
        print(f"{name}: {seconds:.2f} s (fastest of {rounds} rounds, {len(items)} pages)")
    if "trafilatura" in best:
        print(f"newsparse is {best['trafilatura'] / best['newsparse']:.2f}x trafilatura")
    return 0


if __name__ == "__main__":
    sys.exit(main())
