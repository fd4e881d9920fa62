"""The detection matrix of the format fixtures: each fixture, the detector chosen, its score, the runner-up, articles.

Usage: ``python benchmarks/formats_matrix.py [tests/data/formats]``; prints a Markdown table. The fixtures are
files written for the tests (``tests/data/formats/<detector>/<case>.<ext>`` beside ``<case>.expected.json``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsparse


def rows(folder: Path) -> list[str]:
    """One Markdown row per fixture under ``folder``."""
    out = []
    for fixture in sorted(folder.glob("*/*")):
        if not fixture.is_file() or fixture.name.endswith(".expected.json"):
            continue
        result = newsparse.parse(fixture)
        ranking = result.detection.ranking
        first, second = ranking[0], ranking[1]
        codes = sorted({p.code for p in result.problems} | {p.code for a in result.articles for p in a.problems})
        out.append(
            f"| {fixture.parent.name}/{fixture.name} | {result.detection.chosen} {first.score:.2f} "
            f"| {second.name} {second.score:.2f} | {len(result.articles)} | {', '.join(codes) or '-'} |"
        )
    return out


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/formats")
    print("| fixture | chosen, score | runner-up | articles | problem codes |")
    print("| --- | --- | --- | ---: | --- |")
    print("\n".join(rows(folder)))
