"""Europresse HTML exports (placeholder)."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.detectors._base import RawArticle

__all__ = ["EuropresseDetector"]


class EuropresseDetector:
    """Europresse HTML exports."""

    name = "europresse"
    description = "Europresse HTML exports."

    def sniff(self, head: str) -> float:
        """Not yet."""
        return 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        """Not yet."""
        yield RawArticle(0, len(text))
