"""Parsing many files for the command line: one after another, or in worker processes, output in input order.

Each file is streamed with :func:`newsparse.iter_load` and every article is
serialised to one JSON line as soon as it is read, so memory does not grow with
the size of a file. With one job the lines go straight to the output. With
several, each worker writes the lines of its file to a spool file in a temporary
folder and the parent copies the spools to the output strictly in the order of
the inputs: the output is byte for byte the same as with one job.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import IO, Any

import attrs

from newsparse._progress import Progress
from newsparse._stream import iter_load
from newsparse.errors import NewsparseError

__all__ = ["STDIN", "FileResult", "run"]

STDIN = "-"


@attrs.frozen
class FileResult:
    """What parsing one input gave: how many articles, the warnings, or the error that stopped it."""

    name: str
    size: int
    count: int
    warnings: list[str]
    error: str | None = None
    spool: str | None = None


def _size(path: str) -> int:
    try:
        return os.path.getsize(path) if path != STDIN else 0
    except OSError:
        return 0


def parse_file(path: str, detector: str | None, emit: Callable[[str, int], None]) -> FileResult:
    """Parse one input; call ``emit(json_line, position)`` for each article (position: its end offset)."""
    name = "<stdin>" if path == STDIN else path
    size = _size(path)
    problems: list[str] = []
    notes: list[str] = []
    count = 0
    try:
        source: Any = sys.stdin.buffer if path == STDIN else path
        for article in iter_load(source, detector=detector, name=name, problems=problems):
            notes.extend(f"{p} (article {article.title!r})" for p in article.problems)
            emit(json.dumps(article.to_dict(), ensure_ascii=False), article.provenance.end if article.provenance else 0)
            count += 1
    except NewsparseError as exc:
        return FileResult(name, size, count, [], str(exc))
    except Exception as exc:  # a bug in newsparse or a plug-in: report it, keep going
        error = f"{name}: internal error ({type(exc).__name__}: {exc}); please report it"
        return FileResult(name, size, count, [], error)
    return FileResult(name, size, count, problems + notes)


def _spool_file(path: str, detector: str | None, folder: str, index: int) -> FileResult:
    """Worker: parse one file into a spool file of JSON lines."""
    spool = os.path.join(folder, f"{index:08d}.jsonl")
    with open(spool, "w", encoding="utf-8", errors="backslashreplace", newline="\n") as out:

        def emit(line: str, position: int) -> None:
            out.write(line + "\n")

        result = parse_file(path, detector, emit)
    return attrs.evolve(result, spool=spool)


def run(
    paths: list[str],
    detector: str | None,
    jobs: int,
    write: Callable[[str], None],
    report: Callable[[FileResult], None],
    progress: Progress,
) -> None:
    """Parse every path; ``write`` each article's JSON line in input order; ``report`` each file's result."""
    if jobs == 1 or len(paths) < 2 or STDIN in paths:

        def emit(line: str, position: int) -> None:
            write(line)
            progress.update(articles=1, position=position)

        for path in paths:
            result = parse_file(path, detector, emit)
            progress.update(files=1, nbytes=result.size, position=0)
            report(result)
        return
    with tempfile.TemporaryDirectory(prefix="newsparse-") as folder:
        for result in _parallel(paths, detector, jobs, folder):
            assert result.spool is not None
            with open(result.spool, encoding="utf-8") as spool:
                for line in spool:
                    write(line.rstrip("\n"))
            os.unlink(result.spool)
            progress.update(articles=result.count, files=1, nbytes=result.size)
            report(result)


def _parallel(paths: list[str], detector: str | None, jobs: int, folder: str) -> Iterator[FileResult]:
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        yield from pool.map(
            _spool_file, paths, [detector] * len(paths), [folder] * len(paths), range(len(paths)), chunksize=1
        )


def open_text(path: str | None) -> IO[str]:
    """The output as text: a file, or stdout (UTF-8, ``\\n`` line ends)."""
    import io

    if path is None:
        return io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="backslashreplace", newline="\n")
    return open(path, "w", encoding="utf-8", errors="backslashreplace", newline="\n")
