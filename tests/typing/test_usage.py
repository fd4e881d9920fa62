"""Run the typed usage file, so that the code mypy checks is also code that works."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import newsparse


def test_typed_usage_runs() -> None:
    spec = importlib.util.spec_from_file_location("typed_usage", Path(__file__).with_name("usage.py"))
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main()
    assert "semicolons" not in [d.name for d in newsparse.list_detectors()]  # it cleaned up after itself
