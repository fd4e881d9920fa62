"""Growth check: does the time of each hostile layout grow linearly with its size?

    python benchmarks/growth.py                 # every case, 1x and 10x
    python benchmarks/growth.py --cases feed-unclosed,html-no-end --base-kb 40

Each case builds an input of ``base`` size and one ten times larger from the same
generator, parses both with :func:`newsparse.parse` (best of ``--repeat`` runs),
and prints the ratio of the times. Linear work gives a ratio near 10; quadratic
work near 100. The check fails (exit 1) when a ratio is above ``--max-ratio``
(25 by default: a generous margin for a shared machine, far below quadratic).

These are the inputs that were quadratic in newsparse 0.1.0 (issue: "nothing
quadratic"). Times are measured in this process, one after another; nothing in
the test suite asserts a time.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable

import newsparse

Builder = Callable[[int], bytes]


def _repeat_to(size: int, head: str, unit: Callable[[int], str], tail: str = "") -> bytes:
    parts = [head]
    total = len(head)
    i = 0
    while total < size:
        piece = unit(i)
        parts.append(piece)
        total += len(piece)
        i += 1
    parts.append(tail)
    return "".join(parts).encode("utf-8")


def feed_unclosed(size: int) -> bytes:
    """An RSS feed whose items are never closed."""
    return _repeat_to(
        size,
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>\n',
        lambda i: f"<item><title>Story {i}</title><description>Text of story {i}.</description>\n",
    )


def html_no_end(size: int) -> bytes:
    """Concatenated saved pages, none of them closed with ``</html>``."""
    return _repeat_to(
        size,
        "",
        lambda i: (
            f"<!DOCTYPE html>\n<html><head><title>Page {i}</title></head><body><article><h1>Page {i}</h1>"
            f"<p>First paragraph of page {i}, long enough to be body text for a reader.</p></article></body>\n"
        ),
    )


def nested_quotes(size: int) -> bytes:
    """One page with blockquotes and pre blocks nested ever deeper."""
    return _repeat_to(
        size,
        "<html><head><title>Quotes</title></head><body><article><h1>Quotes</h1>\n",
        lambda i: f"<blockquote><p>Quoted line {i}.</p><pre>code {i}</pre>\n",
        "</article></body></html>\n",
    )


def many_captions(size: int) -> bytes:
    """One plain-text article whose header holds a great many photo captions."""
    return _repeat_to(
        size,
        "Storm hits the coast\n\n",
        lambda i: f"Residents walk past a flooded street in district {i} on Monday. (Photo: Agency {i})\n\n",
        "The storm reached the coast on Monday night.\n\nRain fell for hours across the region.\n",
    )


def many_notes(size: int) -> bytes:
    """One plain-text article that ends with a great many end notes and bylines."""
    return _repeat_to(
        size,
        "Storm hits the coast\n\nBy Jane Doe\n\nThe storm reached the coast on Monday night.\n\n",
        lambda i: f"Reporter {i} contributed to this report.\n\n",
    )


CASES: dict[str, Builder] = {
    "feed-unclosed": feed_unclosed,
    "html-no-end": html_no_end,
    "nested-quotes": nested_quotes,
    "many-captions": many_captions,
    "many-notes": many_notes,
}


def best_time(data: bytes, repeat: int) -> float:
    """The fastest of ``repeat`` parses, with the collector run before each."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        newsparse.parse(data)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Measure every case at 1x and 10x; print the table; exit 1 when a ratio is over the bound."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--base-kb", type=int, default=150, help="the 1x size in KB (default 150)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--max-ratio", type=float, default=25.0)
    args = parser.parse_args(argv)
    failed = False
    print(f"{'case':<16} {'1x s':>8} {'10x s':>8} {'ratio':>7}")
    for name in args.cases.split(","):
        build = CASES[name]
        small = build(args.base_kb * 1000)
        large = build(args.base_kb * 10_000)
        t1 = best_time(small, args.repeat)
        t10 = best_time(large, args.repeat)
        ratio = t10 / t1 if t1 > 0 else float("inf")
        flag = "" if ratio <= args.max_ratio else "  superlinear"
        failed |= bool(flag)
        print(f"{name:<16} {t1:>8.3f} {t10:>8.3f} {ratio:>7.1f}{flag}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
