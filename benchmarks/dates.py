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

# (text, the ISO 8601 newsparse must give, or None)
CASES: list[tuple[str, str | None]] = [
    # ISO 8601 and RFC 2822 (feeds, JSON, HTML meta)
    ("2024-03-14", "2024-03-14"),
    ("2024-03-14T14:05:00", "2024-03-14T14:05:00"),
    ("2024-03-14T14:05:00Z", "2024-03-14T14:05:00+00:00"),
    ("2024-03-14T14:05:00+01:00", "2024-03-14T14:05:00+01:00"),
    ("2024-03-14T14:05:00.123Z", "2024-03-14T14:05:00.123000+00:00"),
    ("2024-03-14T14:05:00.1234567Z", "2024-03-14T14:05:00.123456+00:00"),
    ("2024-03-14T14:05:00.123456789+09:00", "2024-03-14T14:05:00.123456+09:00"),
    ("2024-03-14 14:05:00", "2024-03-14T14:05:00"),
    ("2024-03-14 14:05", "2024-03-14T14:05:00"),
    ("2024-03-14T14:05:00-0500", "2024-03-14T14:05:00-05:00"),
    ("20180619T055000+0900", "2018-06-19T05:50:00+09:00"),
    ("20180619T0550Z", "2018-06-19T05:50:00+00:00"),
    ("20240314", "2024-03-14"),
    ("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00+00:00"),
    ("Tue, 10 Jun 2003 04:00:00 EST", "2003-06-10T04:00:00-05:00"),
    ("Thu, 14 Mar 2024 14:05:00 PDT", "2024-03-14T14:05:00-07:00"),
    ("Thu, 14 Mar 2024 14:05:00 +0100", "2024-03-14T14:05:00+01:00"),
    ("Thu, 14 Mar 2024 14:05:00 -0000", "2024-03-14T14:05:00+00:00"),
    ("Thu, 14 Mar 2024 14:05:00 UT", "2024-03-14T14:05:00+00:00"),
    ("Thu, 14 Mar 2024 14:05 CET", "2024-03-14T14:05:00+01:00"),
    ("14 Mar 2024 14:05:00 CEST", "2024-03-14T14:05:00+02:00"),
    ("Thu, 14 Mar 2024 14:05:00 BST", "2024-03-14T14:05:00+01:00"),
    ("Thu, 14 Mar 2024 23:05:00 JST", "2024-03-14T23:05:00+09:00"),
    ("Thu, 14 Mar 2024 23:05:00 KST", "2024-03-14T23:05:00+09:00"),
    # English
    ("March 14, 2024", "2024-03-14"),
    ("Mar. 14, 2024", "2024-03-14"),
    ("Sept. 4, 2025", "2025-09-04"),
    ("14 March 2024", "2024-03-14"),
    ("Thursday, March 14, 2024", "2024-03-14"),
    ("Thursday 14 March 2024 14.05 GMT", "2024-03-14T14:05:00+00:00"),
    ("March 14, 2024 2:05 PM", "2024-03-14T14:05:00"),
    ("March 14, 2024 at 2:05 p.m. EDT", "2024-03-14T14:05:00-04:00"),
    ("March 14, 2024 12:30 a.m. ET", "2024-03-14T00:30:00"),
    ("Updated 14 March 2024", "2024-03-14"),
    ("February 19th 2025", "2025-02-19"),
    ("the 4th of July 2024", "2024-07-04"),
    ("Published March 14, 2024 2:05pm EST", "2024-03-14T14:05:00-05:00"),
    ("14/03/2024", "2024-03-14"),
    ("03/14/2024", "2024-03-14"),
    ("03/04/2024", "2024-03-04"),
    ("3/14/24", "2024-03-14"),
    ("2024/03/14", "2024-03-14"),
    ("2 hours ago", None),
    ("Yesterday at 2:05 PM", None),
    ("just now", None),
    ("5 min ago", None),
    ("Today, 14:05", None),
    # German
    ("14. März 2024", "2024-03-14"),
    ("14. März 2024, 14:05 Uhr", "2024-03-14T14:05:00"),
    ("Donnerstag, 14. März 2024 um 14:05 Uhr", "2024-03-14T14:05:00"),
    ("14.03.2024", "2024-03-14"),
    ("14.03.2024, 14:05 Uhr", "2024-03-14T14:05:00"),
    ("14.03.2024 14.05 Uhr MEZ", "2024-03-14T14:05:00+01:00"),
    ("14. Juli 2024, 9:30 Uhr MESZ", "2024-07-14T09:30:00+02:00"),
    ("3. Jan. 2024", "2024-01-03"),
    ("14. Jänner 2024", "2024-01-14"),
    ("vor 2 Stunden", None),
    ("gestern, 14:05 Uhr", None),
    # French
    ("3 mars 2024", "2024-03-03"),
    ("3 mars 2024 à 14h05", "2024-03-03T14:05:00"),
    ("jeudi 14 mars 2024 à 14h", "2024-03-14T14:00:00"),
    ("1er avril 2024", "2024-04-01"),
    ("14 févr. 2024", "2024-02-14"),
    ("14 décembre 2024 à 9h30", "2024-12-14T09:30:00"),
    ("14/03/2024 à 14:05", "2024-03-14T14:05:00"),
    ("il y a 3 heures", None),
    ("hier à 14h05", None),
    # Spanish
    ("21 de octubre de 2024", "2024-10-21"),
    ("21 de octubre de 2024 a las 14:05", "2024-10-21T14:05:00"),
    ("lunes, 21 de octubre de 2024, 14:05", "2024-10-21T14:05:00"),
    ("21 oct 2024", "2024-10-21"),
    ("1º de enero de 2024", "2024-01-01"),
    ("21/10/2024 14:05 h", "2024-10-21T14:05:00"),
    ("hace 2 horas", None),
    # Italian
    ("14 marzo 2024", "2024-03-14"),
    ("giovedì 14 marzo 2024 alle 14:05", "2024-03-14T14:05:00"),
    ("14 mar 2024 ore 14:05", "2024-03-14T14:05:00"),
    ("2 ore fa", None),
    # Portuguese
    ("14 de março de 2024", "2024-03-14"),
    ("14 de março de 2024 às 14h05", "2024-03-14T14:05:00"),
    ("14/03/2024 14h05", "2024-03-14T14:05:00"),
    ("há 2 horas", None),
    # Dutch
    ("14 maart 2024", "2024-03-14"),
    ("donderdag 14 maart 2024 om 14:05", "2024-03-14T14:05:00"),
    ("14-03-2024 14:05", "2024-03-14T14:05:00"),
    ("2 uur geleden", None),
    # Polish
    ("14 marca 2024", "2024-03-14"),
    ("14 marca 2024, 14:05", "2024-03-14T14:05:00"),
    ("14 marca 2024 o godz. 14:05", "2024-03-14T14:05:00"),
    ("2 godziny temu", None),
    # Russian and Ukrainian
    ("14 марта 2024", "2024-03-14"),
    ("14 марта 2024 г., 14:05", "2024-03-14T14:05:00"),
    ("14 марта 2024, 14:05 МСК", "2024-03-14T14:05:00+03:00"),
    ("14.03.2024 14:05", "2024-03-14T14:05:00"),
    ("2 часа назад", None),
    ("14 березня 2024", "2024-03-14"),
    ("14 березня 2024 о 14:05", "2024-03-14T14:05:00"),
    ("2 години тому", None),
    # Turkish
    ("14 Mart 2024", "2024-03-14"),
    ("14 Mart 2024 Perşembe 14:05", "2024-03-14"),
    ("14.03.2024 14:05", "2024-03-14T14:05:00"),
    ("2 saat önce", None),
    # Arabic
    ("14 مارس 2024", "2024-03-14"),
    ("14 آذار 2024", "2024-03-14"),
    ("الخميس 14 مارس 2024", "2024-03-14"),
    ("منذ ساعتين", None),
    # Chinese, Japanese, Korean
    ("2024年3月14日", "2024-03-14"),
    ("2024年3月14日 14:05", "2024-03-14T14:05:00"),
    ("2024年03月14日 14时05分", "2024-03-14T14:05:00"),
    ("2024年3月14日 下午2:05", "2024-03-14T14:05:00"),
    ("2024-03-14 14:05 北京时间", "2024-03-14T14:05:00+08:00"),
    ("3小时前", None),
    ("2024年3月14日(木) 14時05分", "2024-03-14T14:05:00"),
    ("2024年3月14日 午後2時5分", "2024-03-14T14:05:00"),
    ("2024/03/14 14:05 JST", "2024-03-14T14:05:00+09:00"),
    ("3時間前", None),
    ("2024년 3월 14일", "2024-03-14"),
    ("2024년 3월 14일 오후 2시 5분", "2024-03-14T14:05:00"),
    ("2024.03.14 14:05", "2024-03-14T14:05:00"),
    ("2024. 3. 14. 14:05", "2024-03-14T14:05:00"),
    ("3시간 전", None),
    # not dates
    ("no date here", None),
    ("Page 3 of 12", None),
    ("February 30th 2025", None),
    ("31/02/2024", None),
]


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
            times = []
            for _ in range(rounds):
                start = time.perf_counter()
                for text, _want in CASES:
                    read(text)
                times.append(time.perf_counter() - start)
        times.sort()
        rows.append((name, right, times[len(times) // 2] / len(CASES) * 1e6))
    return rows


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
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            for text, _language in texts:
                identify(text)
            times.append(time.perf_counter() - start)
        times.sort()
        rows.append((name, right, right_short, times[len(times) // 2] / len(texts) * 1e6, loaded))
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
