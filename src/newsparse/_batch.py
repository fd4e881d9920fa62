"""Parsing many files for the command line: one after another, or in worker processes, output in input order.

Each file is streamed with :func:`newsparse.iter_load` and every article is
serialised to one JSON line as soon as it is read, so memory does not grow with
the size of a file. With one job the lines go straight to the output. With
several, each worker writes the lines of its file to a spool file in a temporary
folder and the parent copies the spools to the output strictly in the order of
the inputs: the output is byte for byte the same as with one job.
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import signal
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import attrs

from newsparse import _limits, sources
from newsparse._model import Article
from newsparse._output import OutputError, clean_text, has_surrogates, scrub
from newsparse._pipeline import FALLBACK
from newsparse._problems import NOTICES, Problem
from newsparse._progress import Progress
from newsparse._stream import iter_load
from newsparse.errors import NewsparseError

__all__ = ["STDIN", "FileResult", "run"]

STDIN = "-"
_JOIN_SECONDS = 10.0  # how long a terminated worker may take to exit before it is killed
_WORKER_CAPS: list[contextlib.AbstractContextManager[_limits.Limits]] = []  # a worker's caps, entered once


@attrs.frozen
class FileResult:
    """What parsing one input gave: how many articles, the warnings, or the error that stopped it.

    Warnings and errors are whole messages, each naming its place: the input, or
    a file inside it (``bundle.zip!2024/03/a.txt: ...``). ``member_errors`` are
    the files of an archive that could not be read while the others were;
    ``unrecognised`` the inputs (or files inside them) no detector recognised,
    read as one article by the ``whole-text`` fallback (or skipped); ``codes``
    counts the problems by code; ``notices`` are the whole-source problems that
    only report what was left out by design (:data:`~newsparse._problems.NOTICES`).
    """

    name: str
    size: int
    count: int
    warnings: list[str]
    error: str | None = None
    spool: str | None = None
    member_errors: tuple[str, ...] = ()
    unrecognised: tuple[str, ...] = ()
    codes: dict[str, int] = attrs.Factory(dict)
    notices: tuple[str, ...] = ()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path) if path != STDIN else 0
    except OSError:
        return 0


def parse_file(
    path: str, detector: str | None, emit: Callable[[str, int], None], skip_unrecognised: bool = False
) -> FileResult:
    """Parse one input; call ``emit(json_line, position)`` for each article (position: its end offset).

    An article that only the ``whole-text`` fallback read (no layout was
    recognised, and no detector was named) is noted in ``unrecognised``, and not
    emitted with ``skip_unrecognised``.

    Only parsing is guarded: an exception raised by ``emit`` (the output cannot
    be written, the run is stopped) goes to the caller at once.
    """
    name = "<stdin>" if path == STDIN else path
    size = _size(path)
    problems: list[str] = []
    notes: list[str] = []
    unrecognised: list[str] = []
    codes: collections.Counter[str] = collections.Counter()
    count = 0
    try:
        source: Any = sources.stdin(name) if path == STDIN else path
    except NewsparseError as exc:  # started with standard input closed (`<&-`)
        return FileResult(name, size, 0, [], str(exc))
    articles = iter_load(source, detector=detector, name=name, problems=problems)
    try:
        while True:
            try:
                article = next(articles, None)
                if article is None:
                    break
                fallback = (
                    detector is None and article.provenance is not None and article.provenance.detector == FALLBACK
                )
                if fallback:
                    unrecognised.append(_place(name, article.provenance.member if article.provenance else None))
                    if skip_unrecognised:
                        continue
                codes.update(getattr(p, "code", "detector-problem") for p in article.problems)
                line, position = _line(article, notes, name)
            except NewsparseError as exc:
                return FileResult(name, size, count, [], str(exc))
            except Exception as exc:  # a bug in newsparse or a plug-in: report it, keep going
                error = f"{name}: internal error ({type(exc).__name__}: {exc}); please report it"
                return FileResult(name, size, count, [], error)
            emit(line, position)
            count += 1
    finally:
        getattr(articles, "close", lambda: None)()  # the input file is closed now, also when emit raised
    warnings: list[str] = []
    notices: list[str] = []
    unreadable: list[str] = []
    codes.update(getattr(p, "code", "detector-problem") for p in problems)
    for problem in problems:
        code = getattr(problem, "code", None)
        if code == "member-unreadable":
            unreadable.append(f"{name}!{problem}")  # "bundle.zip!" + "a.png: binary data (PNG image), not text"
        elif code in NOTICES:
            notices.append(_placed(name, problem))
        else:
            warnings.append(_placed(name, problem))
    return FileResult(
        name, size, count, warnings + notes, member_errors=tuple(unreadable), unrecognised=tuple(unrecognised),
        codes=dict(codes), notices=tuple(notices),
    )  # fmt: skip


def _place(name: str, member: str | None) -> str:
    """``dump.txt``, or ``bundle.zip!2024/a.txt`` for a file inside it."""
    return name if member is None else f"{name}!{member}"


def _placed(name: str, problem: str) -> str:
    """A problem as a message naming its place: ``dump.txt: ...`` or, inside an archive, ``bundle.zip!a.txt: ...``."""
    member = problem.location.member if isinstance(problem, Problem) else None
    if member is None:
        return f"{name}: {problem}"
    if problem.startswith(f"{member}: "):
        return f"{name}!{problem}"
    return f"{name}!{member}: {problem}"


def _line(article: Article, notes: list[str], name: str) -> tuple[str, int]:
    """One article as a JSON line, with lone surrogates replaced (and said); the notes gain its problems."""
    record = article.to_dict()
    line = json.dumps(record, ensure_ascii=False)
    fields = scrub(record) if has_surrogates(line) else []
    if fields:
        problem = Problem(
            "text-not-unicode",
            f"not valid Unicode in {', '.join(fields)} (a file name or text that is not UTF-8); written as U+FFFD",
        )
        record["problems"] = [*record["problems"], problem]
        line = json.dumps(record, ensure_ascii=False)
    title = clean_text(article.title) if article.title and has_surrogates(article.title) else article.title
    place = _place(name, article.provenance.member if article.provenance else None)
    notes.extend(f"{place}: {p} (article {title!r})" for p in record["problems"])
    return line, article.provenance.end if article.provenance else 0


def _spool_file(path: str, detector: str | None, folder: str, index: int, skip: bool = False) -> FileResult:
    """Worker: parse one file into a spool file of JSON lines."""
    spool = os.path.join(folder, f"{index:08d}.jsonl")
    try:
        with open(spool, "w", encoding="utf-8", errors="backslashreplace", newline="\n") as out:

            def emit(line: str, position: int) -> None:
                out.write(line + "\n")

            result = parse_file(path, detector, emit, skip)
    except OSError as exc:
        raise OutputError(f"cannot write a temporary file ({exc.strerror or exc}): {spool}") from None
    return attrs.evolve(result, spool=spool)


def _worker_init(caps: _limits.Limits | None = None) -> None:
    """Worker processes die on SIGTERM and leave Ctrl-C to the parent, which stops them; they read under ``caps``."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if caps is not None:
        _WORKER_CAPS.append(_limits.limits(**attrs.asdict(caps)))  # kept: for the life of the worker
        _WORKER_CAPS[-1].__enter__()


def run(
    paths: list[str],
    detector: str | None,
    jobs: int,
    write: Callable[[str], None],
    report: Callable[[FileResult], None],
    progress: Progress,
    caps: _limits.Limits | None = None,
    skip_unrecognised: bool = False,
) -> None:
    """Parse every path; ``write`` each article's JSON line in input order; ``report`` each file's result.

    ``caps`` are the caps on compressed and bundled input (those in force when not given);
    ``skip_unrecognised`` leaves out the articles of inputs no detector recognised.

    An exception from ``write`` or ``report`` (or an interruption) stops the run
    at once: no further file is parsed, worker processes are terminated and the
    spool folder is removed before it propagates.
    """
    caps = caps or _limits.current()
    if jobs == 1 or len(paths) < 2 or STDIN in paths:

        def emit(line: str, position: int) -> None:
            write(line)
            progress.update(articles=1, position=position)

        with _limits.limits(**attrs.asdict(caps)):
            for path in paths:
                result = parse_file(path, detector, emit, skip_unrecognised)
                progress.update(files=1, nbytes=result.size, position=0)
                report(result)
        return
    with tempfile.TemporaryDirectory(prefix="newsparse-") as folder:
        pool = ProcessPoolExecutor(max_workers=min(jobs, len(paths)), initializer=_worker_init, initargs=(caps,))
        try:
            results = pool.map(
                _spool_file,
                paths,
                [detector] * len(paths),
                [folder] * len(paths),
                range(len(paths)),
                [skip_unrecognised] * len(paths),
                chunksize=1,
            )
            for result in results:
                assert result.spool is not None
                with open(result.spool, encoding="utf-8") as spool:
                    for line in spool:
                        write(line.rstrip("\n"))
                os.unlink(result.spool)
                progress.update(articles=result.count, files=1, nbytes=result.size)
                report(result)
        except BaseException:
            _stop(pool)
            raise
        pool.shutdown()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and terminate the workers (they may be in the middle of a big file)."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    if callable(terminate):
        terminate()
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(_JOIN_SECONDS)
        if process.is_alive():  # pragma: no cover - a worker that ignores SIGTERM
            process.kill()
            process.join(_JOIN_SECONDS)
