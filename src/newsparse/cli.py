"""The ``newsparse`` command line: parse dumps to JSON Lines, show detection, list detectors.

Exit codes: 0 when every input was parsed; 1 when some input failed (the
others are still parsed and written, and each failure is one line on stderr);
2 for usage errors. Bad input never prints a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import json
import os
import signal
import sys
import time
import warnings
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from newsparse._batch import FileResult, run
from newsparse._decode import decode
from newsparse._limits import Limits, limits
from newsparse._model import Detection
from newsparse._output import OutputError, Sink, has_surrogates
from newsparse._progress import Progress, Summary
from newsparse._schema import article_schema
from newsparse._stops import Terminated as _Terminated
from newsparse._stops import stops_raised
from newsparse._views import FORMATS_BY_SUFFIX
from newsparse._walk import find_inputs
from newsparse.detectors import get_detector, list_detectors, plugin_problems, rank_detectors
from newsparse.errors import DetectorError, NewsparseError, PluginWarning

__all__ = ["main"]

_STDIN = "-"
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EIO, errno.EBADF, errno.EDQUOT, errno.EFBIG})


class _Version(argparse.Action):
    """``--version``: reads the package metadata only when asked (it costs ~30 ms at every start otherwise)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from newsparse import __version__

        print(f"newsparse {__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn messy news dumps into clean, typed article records.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("parse", help="parse dumps and write one JSON article per line")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to parse; - reads stdin")
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here instead of stdout; the extension picks the format (.jsonl .json .csv .md .txt .parquet)",
    )
    p.add_argument(
        "-f",
        "--format",
        choices=("jsonl", "json", "text", "markdown", "csv", "parquet"),
        help="output format: jsonl (default), json (one array), text (to read), markdown, csv (one row per "
        "article), or parquet (needs newsparse[parquet] and -o); overrides the extension of -o",
    )
    p.add_argument("-d", "--detector", metavar="NAME", help="use this detector instead of ranking them")
    p.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N", help="parse N files in parallel")
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when any input had problems or no recognised layout, not only failures",
    )
    p.add_argument(
        "--skip-unrecognised",
        "--skip-unrecognized",
        action="store_true",
        help="write no article for an input whose layout no detector recognised (it is still named on stderr)",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="do not print warnings, notes or the summary (only failures)"
    )
    p.add_argument(
        "-v", "--verbose", action="store_true", help="print the end-of-run summary even when stderr is not a terminal"
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show files, articles, MB/s and ETA on stderr (default: when stderr is a terminal)",
    )
    _cap_options(p)

    d = commands.add_parser("detect", help="rank the detectors on each input")
    d.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; - reads stdin")
    _cap_options(d)
    d.add_argument("--json", action="store_true", help="print JSON instead of a table")
    d.add_argument("--all", action="store_true", help="also list the detectors that scored 0")

    ls = commands.add_parser("detectors", help="list the registered detectors")
    ls.add_argument("--json", action="store_true", help="print JSON instead of a table")

    commands.add_parser("schema", help="print the JSON Schema of one article record")
    return parser


def _cap_options(parser: argparse.ArgumentParser) -> None:
    """The caps on compressed and bundled input (see ``newsparse.limits``)."""
    caps = parser.add_argument_group("caps on compressed and bundled input")
    caps.add_argument(
        "--max-member-size",
        type=_size,
        metavar="SIZE",
        help="largest expanded size of one file out of a gzip, zip, tar or Word file (e.g. 2G, 500M; default 16G)",
    )
    caps.add_argument(
        "--max-ratio", type=_positive, metavar="N", help="largest decompression ratio past 64 MiB (default 100)"
    )
    caps.add_argument("--max-archive-depth", type=_positive, metavar="N", help="how deep archives may nest (default 3)")


def _size(value: str) -> int:
    """``2G``, ``500M``, ``64k`` or a number of bytes."""
    units = {"k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}
    text = value.strip().lower().removesuffix("ib").removesuffix("b")
    scale = units.get(text[-1:], 1)
    number = _positive(text[:-1] if scale > 1 else text)
    return number * scale


def _limits_of(args: argparse.Namespace) -> Limits:
    """The caps the options ask for (the defaults for those not given)."""
    with limits(
        member_bytes=args.max_member_size, decompression_ratio=args.max_ratio, archive_depth=args.max_archive_depth
    ) as chosen:
        return chosen


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

    SIGTERM (from a scheduler or ``timeout``) stops a run as Ctrl-C does: worker
    processes are terminated, temporary files removed, and the exit code is 143.

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
        with stops_raised():
            if sys.stdout is None and getattr(args, "output", None) is None:  # started with `>&-`
                raise OutputError("cannot write output: standard output is closed")
            code = _command(args)
            if sys.stdout is not None:
                sys.stdout.flush()  # a write error shows here, not in the interpreter's last flush
            return code
    except BrokenPipeError:  # `newsparse parse ... | head`
        _silence_stdout()
        return 0
    except OutputError as exc:
        _say(str(exc))
        if getattr(args, "output", None) is None:
            _silence_stdout()
        return 1
    except OSError as exc:
        if exc.filename is None and exc.errno in _OUTPUT_ERRNOS:  # printing to stdout failed
            _say(f"cannot write output: {exc.strerror or exc}")
            _silence_stdout()
            return 1
        raise
    except KeyboardInterrupt:
        return 130
    except _Terminated:
        return 128 + signal.SIGTERM


def _command(args: argparse.Namespace) -> int:
    with warnings.catch_warnings():  # the command line says a plug-in's trouble itself, as one warning line
        warnings.simplefilter("ignore", PluginWarning)
        return _dispatch(args)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "parse":
        code = _cmd_parse(args)
        if not args.quiet:
            for problem in plugin_problems():
                _say(f"warning: {problem}")
        return code
    if args.command == "detect":
        with limits(**attrs.asdict(_limits_of(args))):
            return _cmd_detect(args)
    if args.command == "schema":
        print(json.dumps(article_schema(), indent=2))
        return 0
    return _cmd_detectors(args)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def _say(message: str) -> None:
    """One line on stderr; a name that is not valid UTF-8 shows its bytes as ``\\udcXX`` escapes, as Python does."""
    if sys.stderr is None:  # started with `2>&-`: print(file=None) would write into the articles on stdout
        return
    if has_surrogates(message):
        message = message.encode("utf-8", "backslashreplace").decode("utf-8")
    with contextlib.suppress(OSError):  # stderr cannot be written: there is nowhere left to say it
        print(f"newsparse: {message}", file=sys.stderr)


def _output_format(args: argparse.Namespace) -> str:
    """``-f``, else the format the extension of ``-o`` names, else JSON Lines."""
    if args.format:
        return str(args.format)
    suffix = os.path.splitext(args.output or "")[1].lower()
    return FORMATS_BY_SUFFIX.get(suffix, "jsonl")


def _cmd_parse(args: argparse.Namespace) -> int:
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
    inputs = find_inputs(args.paths, args.output)
    clashes = [error for error in inputs.errors if error.endswith("write the output somewhere else")]
    if clashes:
        for error in clashes:
            _say(error)
        return 2
    for error in inputs.errors:
        _say(error)
    if not args.quiet:
        for note in inputs.notes:
            _say(f"note: {note}")
    paths = inputs.paths
    failed = bool(inputs.errors)
    warned = False
    summary = Summary(started=time.monotonic(), failed=len(inputs.errors))
    total = sum(os.path.getsize(p) for p in paths if p != _STDIN and os.path.isfile(p))
    progress = Progress(sys.stderr or io.StringIO(), files=len(paths), total_bytes=total, enabled=args.progress)

    def warn(name: str | None, warnings: list[str]) -> None:
        nonlocal warned
        for warning in warnings:
            warned = True
            if not args.quiet:
                progress.clear()
                _say(f"warning: {name}: {warning}" if name else f"warning: {warning}")

    def report(result: FileResult) -> None:
        nonlocal failed, warned
        summary.add(result)
        for error in (result.error, *result.member_errors):
            if error:
                progress.clear()
                failed = True
                _say(error)
        if not args.quiet:
            for notice in result.notices:
                progress.clear()
                _say(f"note: {notice}")
        for place in result.unrecognised:
            warned = True
            if not args.quiet:
                progress.clear()
                done = "skipped" if args.skip_unrecognised else "read as one article"
                _say(f"note: {place}: no layout recognised; {done}")
        warn(None, result.warnings)
        warn(None, sink.problems)
        sink.problems.clear()

    try:
        sink = Sink(fmt, args.output)
    except ImportError as exc:
        _say(str(exc))
        return 2
    try:  # the sink is held before its file exists: wherever a stop lands, abort() removes what was made
        try:
            sink.open()
        except OSError as exc:
            _say(f"{args.output}: cannot be written ({exc.strerror or exc})")
            return 1
        run(paths, args.detector, args.jobs, sink.write, report, progress, _limits_of(args), args.skip_unrecognised)
        sink.commit()
    except BaseException:
        sink.abort()
        raise
    finally:
        progress.finish()
    warn(None, sink.problems)
    if not args.quiet and (args.verbose or _is_terminal(sys.stderr)):
        _say(summary.line(time.monotonic()))
    return 1 if failed or (args.strict and warned) else 0


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream is not None and stream.isatty())  # type: ignore[attr-defined]
    except (OSError, ValueError):
        return False


def _cmd_detect(args: argparse.Namespace) -> int:
    reports: list[dict[str, Any]] = []
    inputs = find_inputs(args.paths, None, guard_output=False)
    for message in inputs.errors:
        _say(message)
    for note in inputs.notes:
        _say(f"note: {note}")
    failed = bool(inputs.errors)
    for path in inputs.paths:
        try:
            for member, data in _read_members(path):
                try:
                    if isinstance(data, NewsparseError):
                        raise data
                    detection = rank_detectors(decode(data, source=member).text)
                except NewsparseError as exc:
                    failed = True
                    _say(str(exc))
                    continue
                reports.append(_detect_report(member, detection, args.json, args.all))
        except NewsparseError as exc:  # the source cannot be opened, or the archive breaks off
            failed = True
            _say(str(exc))
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def _detect_report(name: str, detection: Detection, as_json: bool, every: bool) -> dict[str, Any]:
    """One input's ranking as a JSON-ready record, printed as a table unless ``--json``.

    The table lists the detectors that scored above 0 (``every``: all of them) and counts the others.
    """
    ranking = [{"name": s.name, "score": s.score, "error": s.error} for s in detection.ranking]
    if not as_json:
        print(name)
        shown = [s for s in detection.ranking if every or s.score > 0 or s.error or s.name == detection.chosen]
        for position, score in enumerate(shown, start=1):
            marks = []
            if score.name == detection.chosen:
                marks.append("chosen")
            if score.name in detection.near_ties:
                marks.append("near tie")
            if score.error:
                marks.append(f"crashed: {score.error}")
            note = f"  ({', '.join(marks)})" if marks else ""
            print(f"  {position:>2}. {score.name:<20} {score.score:.2f}{note}")
        if len(shown) < len(detection.ranking):
            print(f"      ({len(detection.ranking) - len(shown)} more scored 0; --all lists them)")
    return {"source": name, "chosen": detection.chosen, "near_ties": list(detection.near_ties), "ranking": ranking}


def _read_members(path: str) -> Iterator[tuple[str, bytes | NewsparseError]]:
    """Each file in ``path`` (itself, what a gzip holds, the files of an archive) with its bytes or its error."""
    from newsparse import sources
    from newsparse._api import _member_bytes

    name = "<stdin>" if path == _STDIN else path
    return _member_bytes(sources.stdin(name) if path == _STDIN else path, name)


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
