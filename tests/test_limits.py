"""The caps documented on the errors page are the ones the code uses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsparse import _limits
from newsparse.errors import InputError, LimitError, NewsparseError

ERRORS_PAGE = Path(__file__).parent.parent / "docs" / "errors.md"
_ROW = re.compile(r"^\| `(MAX_[A-Z_]+)` \| ([^|]+?) \|", re.MULTILINE)


def documented_caps() -> dict[str, str]:
    return dict(_ROW.findall(ERRORS_PAGE.read_text(encoding="utf-8")))


def test_every_cap_is_documented_with_its_value() -> None:
    caps = {name: _limits.describe(getattr(_limits, name)) for name in _limits.__all__ if name.startswith("MAX_")}
    assert caps, "no cap found in newsparse._limits"
    assert documented_caps() == caps


def test_a_cap_error_is_an_input_error_naming_its_source() -> None:
    error = LimitError("a JSON record nests deeper than 200 levels", source="dump.json")
    assert isinstance(error, InputError)
    assert isinstance(error, NewsparseError)
    assert str(error) == "dump.json: a JSON record nests deeper than 200 levels"


@pytest.mark.parametrize(
    ("size", "words"), [(64 * 2**20, "64 MiB"), (2**20, "1 MiB"), (200, "200"), (2**20 + 1, "1048577")]
)
def test_describe(size: int, words: str) -> None:
    assert _limits.describe(size) == words
