"""Reading the members of a source one after another: a member that fails is a problem, the others are read.

This is how :func:`newsparse.load` and :func:`newsparse.iter_load` (and the
command line through it) treat a source with several files, as the command line
treats the files of a folder: a member that cannot be read (binary, corrupt,
encrypted, past a cap) becomes a ``member-unreadable`` problem naming it, and
the next member is read. Only when every member failed is the first error
raised, so that a single file (a plain dump, a ``.gz``) still raises as before.
An archive that breaks off after some members gives an ``archive-broken``
problem and what was read before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from newsparse._problems import Location, Problem, as_problems
from newsparse.errors import NewsparseError
from newsparse.sources._base import Member

__all__ = ["NOTHING_TO_READ", "each_member"]

NOTHING_TO_READ = Problem("archive-empty", "holds nothing to read (no file, or no page among its records)")
"""The problem of a container with no member to read: a zip of folders only, a WARC of requests only."""

T = TypeVar("T")


def each_member(
    members: Iterable[Member | Problem],
    read: Callable[[Member, list[str]], Iterable[T]],
    sink: list[str],
) -> Iterator[T]:
    """Yield what ``read(member, problems)`` gives for each member, in order; problems go to ``sink``.

    The problems of a member of a container are located on it
    (``problem.location.member``).

    Raises:
        NewsparseError: the first member's error, when every member failed; or the
            archive's own error, when it breaks before any member was read.
    """
    iterator = iter(members)
    tried = 0
    errors: list[NewsparseError] = []
    said: list[Problem] = []
    while True:
        try:
            item = next(iterator, None)
        except NewsparseError as exc:  # the archive itself breaks off
            if tried == 0:
                raise
            sink.append(Problem("archive-broken", f"{exc.problem}; the members before it were read"))
            break
        if item is None:
            break
        if isinstance(item, Problem):
            sink.append(item)
            continue
        tried += 1
        problems: list[str] = []
        try:
            yield from read(item, problems)
        except NewsparseError as exc:
            errors.append(exc)
            said.append(_unreadable(item, exc))
            sink.append(said[-1])
        finally:
            sink.extend(_located(problems, item.name))
    if errors and len(errors) == tried:  # nothing could be read: the first error is the source's
        sink[:] = [p for p in sink if not any(p is s for s in said)]
        raise errors[0]
    if tried == 0:
        sink.append(NOTHING_TO_READ)


def _unreadable(member: Member, error: NewsparseError) -> Problem:
    label = member.name if member.name is not None else member.display
    return Problem("member-unreadable", f"{label}: {error.problem}", Location(member=member.name))


def _located(problems: list[str], member: str | None) -> list[Problem]:
    located = list(as_problems(problems))
    if member is None:
        return located
    return [p if p.location.member is not None else p.reworded(str(p), member=member) for p in located]
