"""Date readers and language identifiers compared: correctness on real-shaped strings, and speed.

    python benchmarks/dates.py                 # newsparse's own reader, and whichever candidates are installed
    python benchmarks/dates.py --languages     # also the language identifiers (py3langid, langdetect, lingua, pycld2)

Candidates are measured only when installed (``pip install python-dateutil dateparser babel`` in a scratch
environment, never in the project's): each date string has the ISO 8601 newsparse must give (None for relative
times and non-dates); a candidate is right when it gives the same instant (the same date for a date alone) and
None where None is expected. The table goes to docs/performance.md by hand (section "Dates and languages").
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent / "tests"))

from languages import DATES as CASES  # noqa: E402 (tests/ is put on the path above)


def _same(got: object, want: str | None) -> bool:
    """Whether a candidate's answer is the expected instant (or date, or None)."""
    if want is None:
        return got is None
    if got is None:
        return False
    if isinstance(got, str):
        return got == want
    if isinstance(got, dt.datetime):
        if "T" not in want:
            return got.date().isoformat() == want and got.time() == dt.time(0)
        expected = dt.datetime.fromisoformat(want)
        if (expected.tzinfo is None) != (got.tzinfo is None):
            return False
        return got == expected and got.utcoffset() == expected.utcoffset()
    if isinstance(got, dt.date):
        return got.isoformat() == want
    return False


def _newsparse() -> Callable[[str], object]:
    from newsparse._fields import read_date

    return read_date


def _dateutil() -> Callable[[str], object]:
    parser = importlib.import_module("dateutil.parser")

    def read(text: str) -> object:
        try:
            return parser.parse(text)
        except (ValueError, OverflowError, TypeError):
            return None

    return read


def _dateparser() -> Callable[[str], object]:
    dateparser = importlib.import_module("dateparser")
    dateparser.parse("2024-01-01")  # its first call loads every language

    def read(text: str) -> object:
        return dateparser.parse(text)

    return read


def _babel() -> Callable[[str], object]:
    dates = importlib.import_module("babel.dates")

    def read(text: str) -> object:
        for locale in ("en_US", "de_DE", "fr_FR"):
            try:
                return dates.parse_date(text, locale=locale)
            except (ValueError, IndexError, LookupError):
                continue
        return None

    return read


CANDIDATES: dict[str, Callable[[], Callable[[str], object]]] = {
    "newsparse (own tables)": _newsparse,
    "python-dateutil": _dateutil,
    "dateparser": _dateparser,
    "babel (parse_date)": _babel,
}


def measure_dates(rounds: int) -> list[tuple[str, int, float]]:
    """Each installed candidate: right answers, and microseconds per string (median of ``rounds``)."""
    rows = []
    for name, load in CANDIDATES.items():
        try:
            read = load()
        except ImportError:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            right = sum(_same(read(text), want) for text, want in CASES)
            micros = _micros_each(read, [text for text, _ in CASES], rounds)
        rows.append((name, right, micros))
    return rows


def _micros_each(function: Callable[[str], object], texts: list[str], rounds: int) -> float:
    """Microseconds per text of ``function`` over ``texts``: the median of ``rounds`` runs."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            function(text)
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2] / len(texts) * 1e6


def _identifiers() -> dict[str, Callable[[], Callable[[str], str | None]]]:
    def own() -> Callable[[str], str | None]:
        from newsparse.vocabulary._identify import score_stopwords

        return score_stopwords

    def py3langid() -> Callable[[str], str | None]:
        langid = importlib.import_module("py3langid")
        return lambda text: langid.classify(text)[0]

    def langdetect() -> Callable[[str], str | None]:
        module = importlib.import_module("langdetect")
        module.DetectorFactory.seed = 0
        return lambda text: module.detect(text).split("-")[0]

    def lingua() -> Callable[[str], str | None]:
        module = importlib.import_module("lingua")
        detector = module.LanguageDetectorBuilder.from_all_languages().build()

        def detect(text: str) -> str | None:
            found = detector.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else None

        return detect

    def pycld2() -> Callable[[str], str | None]:
        module = importlib.import_module("pycld2")
        return lambda text: module.detect(text)[2][0][1].split("-")[0]

    return {"newsparse stopwords": own, "py3langid": py3langid, "langdetect": langdetect, "lingua": lingua,
            "pycld2": pycld2}  # fmt: skip


def measure_languages(rounds: int) -> list[tuple[str, int, int, float, float]]:
    """Each installed identifier on the test bodies, whole and first sentence: right answers, µs per text."""
    from languages import BODIES

    texts = [(text, language) for language, text in BODIES.items()]
    short = [(text[: max(40, len(text) // 3)], language) for language, text in BODIES.items()]
    rows = []
    for name, load in _identifiers().items():
        try:
            start = time.perf_counter()
            identify = load()
            identify("warm up the model")
            loaded = time.perf_counter() - start
        except ImportError:
            continue
        right = sum(identify(text) == language for text, language in texts)
        right_short = sum(identify(text) == language for text, language in short)
        micros = _micros_each(identify, [text for text, _ in texts], rounds)
        rows.append((name, right, right_short, micros, loaded))
    return rows


def main() -> None:
    """Print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--languages", action="store_true", help="also measure the language identifiers")
    args = parser.parse_args()
    print(f"| date reader | right of {len(CASES)} | µs per string |")
    print("| --- | ---: | ---: |")
    for name, right, micros in measure_dates(args.rounds):
        print(f"| {name} | {right} | {micros:.1f} |")
    if args.languages:
        from languages import BODIES

        print()
        print(f"| identifier | right of {len(BODIES)} (two sentences) | right (a third) | µs per text | load s |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for name, right, right_short, micros, loaded in measure_languages(args.rounds):
            print(f"| {name} | {right} | {right_short} | {micros:.0f} | {loaded:.2f} |")


if __name__ == "__main__":
    main()
