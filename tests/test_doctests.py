"""Run the examples in every docstring of the installed package, so documented examples stay true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import newsparse


def _modules() -> list[str]:
    names = [newsparse.__name__]
    names += [m.name for m in pkgutil.walk_packages(newsparse.__path__, prefix="newsparse.")]
    return sorted(n for n in names if not n.endswith("__main__"))


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_examples_exist() -> None:
    """Guard: the doctest run above must actually find examples."""
    total = 0
    finder = doctest.DocTestFinder()
    for name in _modules():
        total += sum(len(t.examples) for t in finder.find(importlib.import_module(name)))
    assert total >= 40
