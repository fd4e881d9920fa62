"""Fuzz target: newsparse.parse on arbitrary bytes, and split_articles on the same bytes as text.

Any exception other than a NewsparseError, a hang (-timeout) or running out of
memory (-rss_limit_mb) is a crash. Run through fuzz/run.sh, which seeds the
corpus with the sample dumps.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from _common import check_result, import_everything

    import newsparse

    import_everything()


def test_one_input(data: bytes) -> None:
    try:
        result = newsparse.parse(data)
    except newsparse.NewsparseError:
        pass
    else:
        check_result(result)
    # The same bytes as a str, lone surrogates included, through the str entry point.
    text = data.decode("utf-8", errors="surrogateescape")
    try:
        result = newsparse.parse_text(text)
    except newsparse.NewsparseError:
        return
    check_result(result)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
