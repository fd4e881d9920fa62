"""Fuzz target: newsparse.clean_html on arbitrary text.

Any exception, a hang (-timeout) or running out of memory (-rss_limit_mb) is a
crash. The input may hold lone surrogates (undecodable bytes are smuggled in
with surrogateescape). The output must be a str whose lines have no leading or
trailing whitespace. Run through fuzz/run.sh.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from _common import import_everything

    import newsparse

    import_everything()


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="surrogateescape")
    out = newsparse.clean_html(text)
    assert isinstance(out, str)
    for line in out.split("\n"):
        assert line == line.strip(), f"unstripped line {line!r}"


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
