"""Seconds each detector's ``sniff`` takes on the saved pages of the article-extraction benchmark.

    PYTHONPATH=src python benchmarks/sniffs.py                 # per-detector table and whole ranking
    PYTHONPATH=src python benchmarks/sniffs.py --rounds 9

Each page is decoded as ``newsparse.load`` decodes it and cut to ``HEAD_SIZE`` as
``rank_detectors`` does; then every detector sniffs every head, in the order
ranking calls them, so that work several sniffs share (the head in UTF-8) is
counted once, for the first that asks. A number is the CPU time
(``time.process_time``) summed over all pages, the best of ``--rounds`` rounds;
``rank_detectors`` is timed the same way on the whole texts.
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
    detectors = list_detectors()
    best = dict.fromkeys((d.name for d in detectors), float("inf"))
    clock = time.process_time
    for _ in range(args.rounds):
        spent = dict.fromkeys(best, 0.0)
        for head in heads:
            for detector in detectors:
                start = clock()
                detector.sniff(head)
                spent[detector.name] += clock() - start
        best = {name: min(best[name], spent[name]) for name in best}
    total = _best(lambda: [rank_detectors(t) for t in texts], args.rounds)
    print(f"{len(texts)} pages, {sum(map(len, heads)) / 1e6:.1f} M head characters, best of {args.rounds}")
    for name, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"{name:16} {seconds:8.4f}")
    print(f"{'sum of sniffs':16} {sum(best.values()):8.4f}")
    print(f"{'rank_detectors':16} {total:8.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
