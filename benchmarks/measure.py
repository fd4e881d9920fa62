"""Run one measurement in a fresh process and print it as JSON (called by ``run.py``).

    python benchmarks/measure.py KIND LAYOUT PATH [--limit-mb N]

KIND is one of:

``iter_load``   newsparse.iter_load over the dump, counting articles (streaming)
``load``        newsparse.load over the dump (the whole list in memory)
``split``       baseline for plain text: read + decode + ``re.split(r"\\n{3,}")``
``fastsplit``   the fast baseline for plain text: read + decode + ``re.split(r"\\n[ \\t]*\\n")``
``bs4``         baseline for JSON/HTML: ``json.loads`` + ``BeautifulSoup(html, "lxml").get_text()`` per record
``ftfy``        ``ftfy.fix_text`` over the decoded text
``trafilatura`` ``trafilatura.extract`` per record (the peer a user would pick for HTML)
``inscriptis``  ``inscriptis.get_text`` per record (the other peer)
``clean_html``  ``newsparse.clean_html`` on the whole file as one HTML document

``seconds`` is the CPU time of the process (``time.process_time``): the machines
this runs on are shared, and CPU time does not count the time the process waited
for a core while others ran; ``wall_seconds`` is kept too. Peak memory is the
process's maximum resident set size, read from ``getrusage`` after the work; it
includes the interpreter and the imports (~40-60 MB).
"""

from __future__ import annotations

import gc
import json
import re
import resource
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

MB = 1024 * 1024
_PAGE = re.compile(r"(?=<!DOCTYPE html>)")


def _encoding(layout: str) -> str:
    return "cp1252" if layout == "cp1252" else "utf-8"


def _text(path: Path, layout: str, limit: int | None) -> str:
    with open(path, "rb") as handle:
        data = handle.read(limit) if limit else handle.read()
    return data.decode(_encoding(layout), errors="replace")


def _records(path: Path, layout: str, limit: int | None) -> Iterator[tuple[str, int]]:
    """The HTML of each record (post content, crawler maintext, or page) and the input bytes the record takes."""
    done = 0
    if layout == "wordpress" and not limit:
        with open(path, "rb") as handle:
            posts = json.loads(handle.read())  # what a script does with a JSON array: part of the baseline
        for post in posts:
            yield post["content"]["rendered"], 0
    elif layout == "wordpress":
        # Only the first ``limit`` bytes: decode the posts one at a time, so the cost is that of those posts.
        text = _text(path, layout, limit + MB)
        decoder = json.JSONDecoder()
        pos = text.index("[") + 1
        while done < limit:
            while text[pos] in " \t\r\n,":
                pos += 1
            post, end = decoder.raw_decode(text, pos)
            size = len(text[pos:end].encode("utf-8"))
            yield post["content"]["rendered"], size
            done += size
            pos = end
    elif layout == "jsonl":
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    size = len(line.encode("utf-8"))
                    yield json.loads(line)["maintext"], size
                    done += size
                    if limit and done >= limit:
                        return
    else:
        text = _text(path, layout, limit)
        for page in _PAGE.split(text):
            if page.strip():
                yield page, len(page.encode("utf-8"))


def _run(kind: str, layout: str, path: Path, limit: int | None) -> tuple[int, int]:
    """Do the work; return (bytes of input processed, articles or records)."""
    size = path.stat().st_size
    if kind in ("iter_load", "load"):
        import newsparse

        if kind == "load":
            return size, len(newsparse.load(path))
        return size, sum(1 for _ in newsparse.iter_load(path))
    if kind == "split":
        with open(path, "rb") as handle:
            text = handle.read().decode(_encoding(layout))
        return size, len(re.split(r"\n{3,}", text))
    if kind == "fastsplit":  # starts with a literal: the regex engine scans for it (2-2.6x faster than \n{3,})
        with open(path, "rb") as handle:
            text = handle.read().decode(_encoding(layout))
        return size, len(re.split(r"\n[ \t]*\n", text))
    if kind == "ftfy":
        import ftfy

        text = _text(path, layout, limit)
        ftfy.fix_text(text)
        return len(text.encode("utf-8")), 0
    if kind == "clean_html":
        import newsparse

        text = _text(path, layout, limit)
        newsparse.clean_html(text)
        return len(text.encode("utf-8")), 1
    work: Callable[[str], object]
    if kind == "bs4":
        from bs4 import BeautifulSoup

        def work(html: str) -> object:
            return BeautifulSoup(html, "lxml").get_text()

        if not limit:
            count = 0
            for html, _ in _records(path, layout, None):  # json.loads is inside _records: part of the baseline
                work(html)
                count += 1
            return size, count
    elif kind == "trafilatura":
        import trafilatura

        def work(html: str) -> object:
            return trafilatura.extract(html)

    elif kind == "inscriptis":
        import inscriptis

        def work(html: str) -> object:
            return inscriptis.get_text(html)

    else:
        raise SystemExit(f"unknown kind {kind!r}")
    done = 0
    count = 0
    for html, nbytes in _records(path, layout, limit):
        work(html)
        done += nbytes
        count += 1
    return done, count


def _import_codecs() -> None:
    """Import every codec the charset detector may try: a text's first detection imports those it tries (a dozen
    code pages for a 1 MB windows-1252 text, some 50 ms once per process), which is no throughput."""
    import codecs

    from charset_normalizer.constant import IANA_SUPPORTED

    for name in IANA_SUPPORTED:
        try:
            codecs.lookup(name)
        except LookupError:
            continue


def _warm_up(kind: str) -> None:
    """Import what the measurement uses before the clock starts: one-time costs are not throughput."""
    import bs4  # noqa: F401
    import ftfy  # noqa: F401

    if kind in ("iter_load", "load", "clean_html"):
        import newsparse

        newsparse.list_detectors()  # loads the entry-point plug-ins
        newsparse.clean_html("<p>warm</p>")
        # a Latin text's code page is told by its letters (no charset-normalizer): one small one, for the codecs
        newsparse.load("Caf\u00e9 cr\u00e8me, na\u00efve fa\u00e7ade.\n".encode("cp1252") * 20)
        _import_codecs()
        # the patterns built at first use (dates, bylines, footers) and ftfy's tables, with one small article
        small = "Title\n\nBy Ada Lund\nUpdated 21 October 2024\n\nIt\u00e2\u20ac\u2122s on.\n\nView 3 times\n"
        newsparse.load(small.encode())
    elif kind == "trafilatura":
        import trafilatura

        trafilatura.extract("<html><body><p>warm up</p></body></html>")
    elif kind == "inscriptis":
        import inscriptis

        inscriptis.get_text("<p>warm</p>")


def main(argv: list[str]) -> int:
    kind, layout, path = argv[0], argv[1], Path(argv[2])
    limit = int(float(argv[4]) * MB) if len(argv) > 4 and argv[3] == "--limit-mb" else None
    _warm_up(kind)
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    done, count = _run(kind, layout, path, limit)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    row = {"bytes": done, "items": count, "seconds": cpu, "wall_seconds": wall, "peak_rss_mb": peak_kb / 1024}
    print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
