"""Shared helpers of the fuzz targets: what counts as a crash, and the checks run on every result."""

from __future__ import annotations

import contextlib
import importlib
import json
import pkgutil

import newsparse


def import_everything() -> None:
    """Import every newsparse module now, so that atheris instruments the lazily imported ones too.

    Call it inside ``atheris.instrument_imports()``: modules first imported later (inside a
    function, such as the lxml fast path of clean_html) would give no coverage feedback.
    """
    for module in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        with contextlib.suppress(ImportError):  # an optional dependency (pyarrow, dask...) not installed
            importlib.import_module(module.name)


def check_result(result: newsparse.Result) -> None:
    """Raise AssertionError when a parse result breaks a promise of the library."""
    previous_end = 0
    size = len(result.text)
    for article in result.articles:
        provenance = article.provenance
        assert provenance is not None, "article without provenance"
        assert previous_end <= provenance.start <= provenance.end <= size, (
            f"span {provenance.start}-{provenance.end} out of order or outside 0-{size}"
        )
        previous_end = provenance.end
        # Every record must be serialisable as UTF-8 JSON (no lone surrogates anywhere).
        json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    json.dumps(list(result.problems), ensure_ascii=False).encode("utf-8")
