"""Peak memory of ``iter_load`` on large JSON arrays and API envelopes, each in a fresh process.

    python benchmarks/memory.py                        # a 256 MB WordPress array and a 256 MB API envelope
    python benchmarks/memory.py --mb 64 --kinds wordpress --chunk-size 65536

Kinds:

``wordpress``  the ``wordpress`` layout of ``corpus.py``: a REST API array, one post per line
``envelope``   the ``jsonl`` layout's records in an API response: ``{"status": "ok", "articles": [...]}``
``minified``   the WordPress array on one line (no line ends at all)

Each measurement runs ``newsparse.iter_load`` over the file in a child process
and reads that process's maximum resident set size (``getrusage``) after the
work, and after the imports alone: the interpreter and newsparse take ~40-60 MB
before any work. To compare with an older checkout, point ``PYTHONPATH`` at its
``src`` folder: the child inherits it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import corpus

_CHILD = r"""
import json, resource, sys, time
import newsparse
newsparse.list_detectors()
imported = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
problems = []
start = time.process_time()
count = sum(1 for _ in newsparse.iter_load(sys.argv[1], chunk_size=int(sys.argv[2]), problems=problems))
seconds = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"articles": count, "problems": len(problems), "seconds": seconds,
                  "imports_rss_mb": imported, "peak_rss_mb": peak}))
"""

KINDS = ("wordpress", "envelope", "minified")


def build(kind: str, size_mb: float) -> Path:
    """The input file of ``kind`` at about ``size_mb`` MB (built once, under ``benchmarks/corpus/``)."""
    if kind == "wordpress":
        return corpus.build("wordpress", size_mb)
    path = corpus.CORPUS / f"{kind}-{size_mb:g}MB.json"
    if path.exists():
        return path
    source = corpus.build("wordpress" if kind == "minified" else "jsonl", size_mb)
    tmp = path.with_suffix(".part")
    with open(source, encoding="utf-8") as lines, open(tmp, "w", encoding="utf-8") as out:
        if kind == "minified":
            for line in lines:
                out.write(line.rstrip("\n"))
        else:
            out.write('{"status": "ok", "totalResults": 0, "articles": [\n')
            first = True
            for line in lines:
                if line.strip():
                    out.write(("" if first else ",\n") + line.rstrip("\n"))
                    first = False
            out.write('\n], "page": 1}\n')
    tmp.replace(path)
    return path


def measure(path: Path, chunk_size: int) -> dict[str, Any]:
    """Run iter_load over ``path`` in a fresh process: articles, CPU seconds, peak RSS (MB)."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(chunk_size)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    row: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    row["input_mb"] = path.stat().st_size / corpus.MB
    return row


def run(kinds: list[str], size_mb: float, chunk_size: int) -> list[dict[str, Any]]:
    """One row per kind: what was read and the peak memory it took."""
    rows = []
    for kind in kinds:
        row = {"kind": kind, **measure(build(kind, size_mb), chunk_size)}
        rows.append(row)
        print(line(row), flush=True)
    return rows


def line(row: dict[str, Any]) -> str:
    """One row in words."""
    if "error" in row:
        return f"{row['kind']:<10} failed: {row['error']}"
    return (
        f"{row['kind']:<10} {row['input_mb']:7.0f} MB  {row['articles']:8d} articles  "
        f"peak RSS {row['peak_rss_mb']:6.0f} MB (imports {row['imports_rss_mb']:.0f} MB)  {row['seconds']:6.1f} s CPU"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=256, help="input size in MB (default 256)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ", ".join(KINDS))
    parser.add_argument("--chunk-size", type=int, default=1 << 20, help="iter_load's chunk_size (default 1 MiB)")
    parser.add_argument("--output", type=Path, help="also write the rows as JSON here")
    args = parser.parse_args(argv)
    rows = run([k for k in args.kinds.split(",") if k], args.mb, args.chunk_size)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
