"""The ``newsparse`` command line: parse dumps to JSON Lines, show detection, list detectors.

Exit codes: 0 when every input was parsed; 1 when some input failed (the
others are still parsed and written, and each failure is one line on stderr);
2 for usage errors. Bad input never prints a traceback.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import IO, Any

import attrs

from newsparse import __version__
from newsparse._api import parse
from newsparse._decode import decode
from newsparse._schema import article_schema
from newsparse.detectors import list_detectors, plugin_problems, rank_detectors
from newsparse.errors import NewsparseError

__all__ = ["main"]

_STDIN = "-"


@attrs.frozen
class _Outcome:
    """What parsing one input gave: article dicts, warnings, or the error that stopped it."""

    name: str
    articles: list[dict[str, Any]]
    warnings: list[str]
    error: str | None = None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn messy news dumps into clean, typed article records.",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("parse", help="parse dumps and write one JSON article per line")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to parse; - reads stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("-f", "--format", choices=("jsonl", "json"), default="jsonl", help="output format (jsonl)")
    p.add_argument("-d", "--detector", metavar="NAME", help="use this detector instead of ranking them")
    p.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N", help="parse N files in parallel")
    p.add_argument("--strict", action="store_true", help="exit 1 when any input had problems, not only failures")
    p.add_argument("-q", "--quiet", action="store_true", help="do not print warnings about problems")

    d = commands.add_parser("detect", help="rank the detectors on each input")
    d.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; - reads stdin")
    d.add_argument("--json", action="store_true", help="print JSON instead of a table")

    ls = commands.add_parser("detectors", help="list the registered detectors")
    ls.add_argument("--json", action="store_true", help="print JSON instead of a table")

    commands.add_parser("schema", help="print the JSON Schema of one article record")
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    Example:
        >>> main(["detectors"])  # doctest: +ELLIPSIS
        wordpress ...
        0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "parse":
            return _cmd_parse(args)
        if args.command == "detect":
            return _cmd_detect(args)
        if args.command == "schema":
            print(json.dumps(article_schema(), indent=2))
            return 0
        return _cmd_detectors(args)
    except BrokenPipeError:  # `newsparse parse ... | head`
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _say(message: str) -> None:
    print(f"newsparse: {message}", file=sys.stderr)


def _expand(paths: Sequence[str]) -> Iterator[str]:
    """Files named, and the files under directories named (sorted, hidden ones skipped)."""
    for path in paths:
        if path != _STDIN and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield path


def _parse_one(path: str, detector: str | None) -> _Outcome:
    name = "<stdin>" if path == _STDIN else path
    try:
        source: Any = sys.stdin.buffer if path == _STDIN else path
        result = parse(source, detector=detector, name=name)
    except NewsparseError as exc:
        return _Outcome(name, [], [], str(exc))
    except Exception as exc:  # a bug in newsparse or a plug-in: report it, keep going
        return _Outcome(name, [], [], f"{name}: internal error ({type(exc).__name__}: {exc}); please report it")
    warnings = list(result.problems)
    for article in result.articles:
        warnings.extend(f"{p} (article {article.title!r})" for p in article.problems)
    return _Outcome(name, [a.to_dict() for a in result.articles], warnings)


def _outcomes(paths: list[str], detector: str | None, jobs: int) -> Iterator[_Outcome]:
    if jobs == 1 or len(paths) < 2 or _STDIN in paths:
        for path in paths:
            yield _parse_one(path, detector)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_parse_one, paths, [detector] * len(paths), chunksize=1)


def _open_output(path: str | None) -> IO[str]:
    if path is None:
        return io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="backslashreplace", newline="\n")
    return open(path, "w", encoding="utf-8", errors="backslashreplace", newline="\n")


def _cmd_parse(args: argparse.Namespace) -> int:
    paths = list(_expand(args.paths))
    failed = warned = False
    try:
        out = _open_output(args.output)
    except OSError as exc:
        _say(f"{args.output}: cannot be written ({exc.strerror or exc})")
        return 1
    first = True
    try:
        if args.format == "json":
            out.write("[")
        for outcome in _outcomes(paths, args.detector, args.jobs):
            if outcome.error:
                failed = True
                _say(outcome.error)
            for warning in outcome.warnings:
                warned = True
                if not args.quiet:
                    _say(f"warning: {outcome.name}: {warning}")
            for record in outcome.articles:
                line = json.dumps(record, ensure_ascii=False)
                if args.format == "json":
                    out.write(("\n" if first else ",\n") + line)
                else:
                    out.write(line + "\n")
                first = False
            out.flush()
        if args.format == "json":
            out.write("\n]\n" if not first else "]\n")
    finally:
        if args.output is None:
            out.flush()
            out.detach()  # type: ignore[attr-defined]
        else:
            out.close()
    return 1 if failed or (args.strict and warned) else 0


def _cmd_detect(args: argparse.Namespace) -> int:
    failed = False
    reports: list[dict[str, Any]] = []
    for path in _expand(args.paths):
        name = "<stdin>" if path == _STDIN else path
        try:
            data = sys.stdin.buffer.read() if path == _STDIN else _read_file(path)
            detection = rank_detectors(decode(data, source=name).text)
        except NewsparseError as exc:
            failed = True
            _say(str(exc))
            continue
        ranking = [{"name": s.name, "score": s.score, "error": s.error} for s in detection.ranking]
        reports.append(
            {"source": name, "chosen": detection.chosen, "near_ties": list(detection.near_ties), "ranking": ranking}
        )
        if not args.json:
            print(name)
            for position, score in enumerate(detection.ranking, start=1):
                marks = []
                if score.name == detection.chosen:
                    marks.append("chosen")
                if score.name in detection.near_ties:
                    marks.append("near tie")
                if score.error:
                    marks.append(f"crashed: {score.error}")
                note = f"  ({', '.join(marks)})" if marks else ""
                print(f"  {position:>2}. {score.name:<20} {score.score:.2f}{note}")
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def _read_file(path: str) -> bytes:
    from newsparse._api import _read

    return _read(path, None)[0]


def _cmd_detectors(args: argparse.Namespace) -> int:
    detectors = list_detectors()
    if args.json:
        rows = [{"name": d.name, "description": getattr(d, "description", "")} for d in detectors]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        width = max(len(d.name) for d in detectors)
        for detector in detectors:
            print(f"{detector.name:<{width}}  {getattr(detector, 'description', '')}")
    for problem in plugin_problems():
        _say(f"warning: {problem}")
    return 0
