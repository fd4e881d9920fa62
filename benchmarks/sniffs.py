"""Seconds each detector's ``sniff`` takes on the saved pages of the article-extraction benchmark.

    PYTHONPATH=src python benchmarks/sniffs.py                 # per-detector table and whole ranking
    PYTHONPATH=src python benchmarks/sniffs.py --rounds 7

Each page is decoded as ``newsparse.load`` decodes it, cut to ``HEAD_SIZE`` as
``rank_detectors`` does, and every detector sniffs every head; a number is the
best of ``--rounds`` rounds of CPU time (``time.process_time``), summed over all
pages. ``rank_detectors`` is timed the same way on the whole texts.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from aeb_misses import DATA, pages


def _best(work: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from newsparse._decode import decode
    from newsparse.detectors import list_detectors, rank_detectors
    from newsparse.detectors._base import HEAD_SIZE

    texts = [decode(page, source=key).text for key, page, _ in pages(args.data)]
    heads = [text[:HEAD_SIZE] for text in texts]
    rows = []
    for detector in list_detectors():
        sniff = detector.sniff
        rows.append((_best(lambda s=sniff: [s(h) for h in heads], args.rounds), detector.name))
    total = _best(lambda: [rank_detectors(t) for t in texts], args.rounds)
    print(f"{len(texts)} pages, {sum(map(len, heads)) / 1e6:.1f} M head characters, best of {args.rounds}")
    for seconds, name in sorted(rows, reverse=True):
        print(f"{name:16} {seconds:8.4f}")
    print(f"{'sum of sniffs':16} {sum(s for s, _ in rows):8.4f}")
    print(f"{'rank_detectors':16} {total:8.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
