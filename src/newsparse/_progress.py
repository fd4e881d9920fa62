"""A one-line progress report on stderr for long runs: files done, articles, MB/s and ETA.

Shown only when the stream is a terminal, so logs and pipes never get it.
"""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]

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
        """Draw the final state and end the line."""
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
