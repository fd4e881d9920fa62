"""What a run of the command line says on stderr: a progress line while it runs, a summary when it ends.

The progress line (files done, articles, MB/s and ETA) is shown only when the
stream is a terminal, so logs and pipes never get it; the summary (files,
articles, problems by code, time) when stderr is a terminal or with ``-v``.
"""

from __future__ import annotations

import collections
import contextlib
import time
from typing import TYPE_CHECKING, TextIO

import attrs

if TYPE_CHECKING:  # pragma: no cover
    from newsparse._batch import FileResult

__all__ = ["Progress", "Summary"]

_EVERY = 0.25  # seconds between redraws


class Progress:
    """Redraws ``newsparse: 3/10 files, 12,345 articles, 45.2 MB/s, ETA 0:01:23`` in place.

    Example:
        >>> import io
        >>> p = Progress(io.StringIO(), files=2, total_bytes=10)
        >>> p.enabled  # a StringIO is not a terminal
        False
    """

    def __init__(self, stream: TextIO, *, files: int, total_bytes: int, enabled: bool | None = None) -> None:
        self.stream = stream
        self.files = files
        self.total = max(total_bytes, 1)
        if enabled is None:
            isatty = getattr(stream, "isatty", None)
            enabled = bool(isatty()) if callable(isatty) else False
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.done_files = 0
        self.done_bytes = 0
        self.articles = 0
        self.partial = 0  # bytes read of the file being parsed
        self.shown = False

    def update(
        self, *, articles: int = 0, files: int = 0, nbytes: int = 0, position: int | None = None, force: bool = False
    ) -> None:
        """Count articles, finished files and their bytes, and where the current file is; redraw now and then."""
        self.articles += articles
        self.done_files += files
        self.done_bytes += nbytes
        if position is not None:
            self.partial = position
        if not self.enabled:
            return
        now = time.monotonic()
        if force or now - self.last >= _EVERY:
            self.last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        done = min(self.done_bytes + self.partial, self.total)
        rate = done / elapsed
        if done and done < self.total:
            left = int((self.total - done) / max(rate, 1e-9))
            eta = f"{left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}"
        else:
            eta = "0:00:00" if done >= self.total else "?"
        self.stream.write(
            f"\rnewsparse: {self.done_files}/{self.files} files, {self.articles:,} articles, "
            f"{rate / 1e6:.1f} MB/s, ETA {eta}\x1b[K"
        )
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Blank the line, before a warning is printed under it."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def finish(self) -> None:
        """Draw the final state and end the line; a terminal that is gone is no error.

        ``finish`` runs while a stopped run unwinds: an error here would take the
        place of the stop (and of its exit code).
        """
        if self.enabled:
            with contextlib.suppress(OSError):
                self._draw(time.monotonic())
                self.stream.write("\n")
                self.stream.flush()


@attrs.define
class Summary:
    """The end-of-run summary: files, articles, unrecognised and failed inputs, problems by code, time.

    Example:
        >>> summary = Summary(started=0.0)
        >>> summary.files, summary.articles = 5, 16
        >>> summary.codes.update({"record-broken": 2, "date-unreadable": 1})
        >>> summary.line(1.25)
        'done: 5 files, 16 articles, 3 problems (2 record-broken, 1 date-unreadable) in 1.2 s'
    """

    started: float
    files: int = 0
    articles: int = 0
    failed: int = 0
    unrecognised: int = 0
    codes: collections.Counter[str] = attrs.Factory(collections.Counter)

    def add(self, result: FileResult) -> None:
        """Count one input's result."""
        self.files += 1
        self.articles += result.count
        self.failed += bool(result.error) + len(result.member_errors)
        self.unrecognised += len(result.unrecognised)
        self.codes.update(result.codes)

    def line(self, now: float) -> str:
        """The summary as one line."""
        parts = [f"{self.files:,} file{'s' * (self.files != 1)}", f"{self.articles:,} articles"]
        if self.unrecognised:
            parts.append(f"{self.unrecognised:,} with no layout recognised")
        if self.failed:
            parts.append(f"{self.failed:,} failed")
        total = sum(self.codes.values())
        if total:
            by_code = ", ".join(f"{count:,} {code}" for code, count in self.codes.most_common())
            parts.append(f"{total:,} problem{'s' * (total != 1)} ({by_code})")
        return f"done: {', '.join(parts)} in {now - self.started:.1f} s"
