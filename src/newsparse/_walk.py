"""Finding the files a command reads: the paths named, the regular files under folders, never the output file."""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Sequence

import attrs

from newsparse._batch import STDIN
from newsparse._output import same_file

__all__ = ["Inputs", "find_inputs"]


@attrs.define
class Inputs:
    """The files to read, and what was left out on the way (one note each)."""

    paths: list[str] = attrs.Factory(list)
    notes: list[str] = attrs.Factory(list)
    errors: list[str] = attrs.Factory(list)


def find_inputs(paths: Sequence[str], output: str | None, *, guard_output: bool = True) -> Inputs:
    """Files named, and the regular files under directories named (sorted, hidden ones skipped).

    The output file (the ``-o`` path, or stdout when it is a file) is never an
    input: named on the command line it is an error (it would be destroyed or
    read while it grows), found in a folder it is skipped with a note. Anything
    found in a folder that is not a regular file (a FIFO, a socket, a device)
    is skipped with a note, since reading it could block for ever; named on the
    command line it is read, as asked. A link to a folder is not followed (no
    loops, no file read twice) and is noted too.
    """
    found = Inputs()
    outputs = _output_files(output) if guard_output else []
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            if path != STDIN and _is_output(_stat(path), outputs):
                found.errors.append(f"{path}: is also the output file; write the output somewhere else")
            found.paths.append(path)
            continue

        def unreadable(exc: OSError) -> None:
            found.errors.append(f"{exc.filename}: cannot be read ({exc.strerror or exc})")

        for root, dirs, files in os.walk(path, onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            links = [d for d in dirs if os.path.islink(os.path.join(root, d))]  # os.walk does not enter them
            found.notes.extend(f"{os.path.join(root, d)}: skipped: a link to a folder is not followed" for d in links)
            for name in sorted(files):
                if name.startswith("."):
                    continue
                full = os.path.join(root, name)
                info = _stat(full)
                if info is not None and not stat.S_ISREG(info.st_mode):
                    found.notes.append(f"{full}: skipped: not a regular file")
                elif _is_output(info, outputs):
                    found.notes.append(f"{full}: skipped: it is the output file")
                else:
                    found.paths.append(full)  # (a broken link is reported when it is read)
    return found


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _output_files(output: str | None) -> list[os.stat_result]:
    """The files the output goes to, when they exist: the ``-o`` file, or stdout redirected to a file."""
    if output is not None:
        info = _stat(output)
    else:
        try:
            info = os.fstat(sys.stdout.fileno())
        except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
            info = None
    return [info] if info is not None and stat.S_ISREG(info.st_mode) else []


def _is_output(info: os.stat_result | None, outputs: list[os.stat_result]) -> bool:
    return info is not None and any(same_file(info, out) for out in outputs)
