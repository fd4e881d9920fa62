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
from typing import IO, Any

from newsparse import __version__
from newsparse._batch import FileResult, open_text, run
from newsparse._decode import decode
from newsparse._progress import Progress
from newsparse._schema import article_schema
from newsparse.detectors import get_detector, list_detectors, plugin_problems, rank_detectors
from newsparse.errors import DetectorError, NewsparseError

__all__ = ["main"]

_STDIN = "-"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn messy news dumps into clean, typed article records.",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("parse", help="parse dumps and write one JSON article per line")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to parse; - reads stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout (.parquet: Parquet)")
    p.add_argument(
        "-f",
        "--format",
        choices=("jsonl", "json", "parquet"),
        help="output format: jsonl (default), json, or parquet (needs newsparse[parquet] and -o)",
    )
    p.add_argument("-d", "--detector", metavar="NAME", help="use this detector instead of ranking them")
    p.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N", help="parse N files in parallel")
    p.add_argument("--strict", action="store_true", help="exit 1 when any input had problems, not only failures")
    p.add_argument("-q", "--quiet", action="store_true", help="do not print warnings about problems")
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show files, articles, MB/s and ETA on stderr (default: when stderr is a terminal)",
    )

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


def _output_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    return "parquet" if args.output and args.output.lower().endswith(".parquet") else "jsonl"


def _cmd_parse(args: argparse.Namespace) -> int:
    paths = list(_expand(args.paths))
    fmt = _output_format(args)
    if fmt == "parquet" and not args.output:
        _say("Parquet output needs a file: add -o FILE.parquet")
        return 2
    if args.detector is not None:
        try:
            get_detector(args.detector)
        except DetectorError as exc:
            _say(str(exc))
            return 2
    failed = warned = False
    total = sum(os.path.getsize(p) for p in paths if p != _STDIN and os.path.isfile(p))
    progress = Progress(sys.stderr, files=len(paths), total_bytes=total, enabled=args.progress)

    def report(result: FileResult) -> None:
        nonlocal failed, warned
        if result.error or (result.warnings and not args.quiet):
            progress.clear()
        if result.error:
            failed = True
            _say(result.error)
        for warning in result.warnings:
            warned = True
            if not args.quiet:
                _say(f"warning: {result.name}: {warning}")

    try:
        sink = _Sink(fmt, args.output)
    except ImportError as exc:
        _say(str(exc))
        return 2
    except OSError as exc:
        _say(f"{args.output}: cannot be written ({exc.strerror or exc})")
        return 1
    try:
        run(paths, args.detector, args.jobs, sink.write, report, progress)
    finally:
        sink.close()
        progress.finish()
    return 1 if failed or (args.strict and warned) else 0


class _Sink:
    """Where the article JSON lines go: JSON Lines, one JSON array, or a Parquet file."""

    def __init__(self, fmt: str, path: str | None) -> None:
        self.fmt = fmt
        self.path = path
        self.first = True
        self.parquet: Any = None
        self.out: IO[str] | None = None
        if fmt == "parquet":
            from newsparse.parquet import ParquetWriter

            assert path is not None
            self.parquet = ParquetWriter(path)
            return
        self.out = open_text(path)
        if fmt == "json":
            self.out.write("[")

    def write(self, line: str) -> None:
        if self.parquet is not None:
            self.parquet.write(json.loads(line))
            return
        assert self.out is not None
        if self.fmt == "json":
            self.out.write(("\n" if self.first else ",\n") + line)
        else:
            self.out.write(line + "\n")
        self.first = False

    def close(self) -> None:
        if self.parquet is not None:
            self.parquet.close()
            return
        assert self.out is not None
        if self.fmt == "json":
            self.out.write("\n]\n" if not self.first else "]\n")
        self.out.flush()
        if self.path is None:
            self.out.detach()  # type: ignore[attr-defined]
        else:
            self.out.close()


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
