"""Ctrl-C and SIGTERM as exceptions that unwind a run, raised only where Python cannot swallow them.

A signal handler's exception is raised wherever the main thread happens to be.
In the middle of an import (and newsparse imports its heavy dependencies on
first use, so an import can be running while a dump is read) the import
machinery or a C extension's initialisation may swallow it, and a run then
blocked on a never-ending input (a FIFO) would never stop. So a stop that
arrives during an import is kept and raised again from a SIGALRM a moment
later, and a stop that Python swallowed anyway (an "Exception ignored"
unraisable one, from a weakref callback or a ``__del__``) is raised again the
same way, until one lands. The retry timer repeats until then: under heavy
load a single SIGALRM was seen never to reach its handler, and a run blocked on
a FIFO then waited for ever.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any

__all__ = ["Terminated", "stops_raised"]

_RETRY = 0.01  # seconds before a kept stop is raised again


class Terminated(BaseException):
    """SIGTERM arrived: unwind like KeyboardInterrupt, so every ``finally`` cleans up."""


def _importing(frame: FrameType | None) -> bool:
    """Whether the interrupted code runs inside the import machinery."""
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


@contextlib.contextmanager
def stops_raised() -> Iterator[None]:
    """While the block runs: SIGTERM raises :class:`Terminated`, Ctrl-C ``KeyboardInterrupt``, neither swallowed.

    Only in the main thread. A SIGTERM or SIGINT that whoever started the
    process set to be ignored stays ignored; the handlers are restored afterwards.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    timers = hasattr(signal, "setitimer")
    kept: list[type[BaseException]] = []

    def keep(stop: type[BaseException]) -> None:
        kept.append(stop)
        signal.setitimer(signal.ITIMER_REAL, _RETRY, _RETRY)  # repeating, so that one lost SIGALRM loses no stop

    def deliver(stop: type[BaseException], frame: FrameType | None) -> None:
        if timers and _importing(frame):
            keep(stop)
            return
        if timers:
            kept.clear()
            signal.setitimer(signal.ITIMER_REAL, 0)
        raise stop

    def on_term(signum: int, frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the clean-up short
        deliver(Terminated, frame)

    def on_int(signum: int, frame: FrameType | None) -> None:
        deliver(KeyboardInterrupt, frame)

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if kept:
            deliver(kept.pop(), frame)
        else:
            signal.setitimer(signal.ITIMER_REAL, 0)

    def hook(unraisable: Any) -> None:
        if timers and isinstance(unraisable.exc_value, Terminated | KeyboardInterrupt):
            keep(type(unraisable.exc_value))
        else:
            previous_hook(unraisable)

    previous: dict[int, Any] = {}
    if signal.getsignal(signal.SIGTERM) != signal.SIG_IGN:
        previous[signal.SIGTERM] = signal.signal(signal.SIGTERM, on_term)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        previous[signal.SIGINT] = signal.signal(signal.SIGINT, on_int)
    if timers:
        previous[signal.SIGALRM] = signal.signal(signal.SIGALRM, on_alarm)
    previous_hook = sys.unraisablehook
    sys.unraisablehook = hook
    try:
        yield
    finally:
        if timers:
            signal.setitimer(signal.ITIMER_REAL, 0)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        sys.unraisablehook = previous_hook
    if kept:  # a stop kept in an import that the block outran before its retry: it still stops the run
        raise kept[-1]
