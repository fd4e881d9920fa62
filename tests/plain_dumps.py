"""Deterministic plain-text dumps, and the frozen reference of what newsparse read from them.

``tests/test_plain_identical.py`` reads every dump built here and compares each article's ``to_dict()`` and the
result's problems with ``tests/data/plainspeed/reference.json.xz``, a reference made before the plain-text reader
was sped up (issue 16): a faster reader must give exactly the same output.

The dumps are built from fixed seeds out of three sources, none of which needs newsparse to be cut:

- synthetic articles put together from the lines real scrapes carry: titles, captions with credits (sometimes
  doubled), site furniture ("TT", "Short Url", "Follow", labels), timestamps and bylines and datelines in several
  languages, bullet highlights, hashtags, hard-wrapped bodies, end matter ("___", contributor notes, source
  footers, "via <date>", view counters);
- the articles of ``tests/languages.py`` (fifteen languages, each with its furniture);
- the sample dumps (when present: the sdist leaves them out), cut with plain string rules, recombined as the
  benchmark corpora are (``benchmarks/corpus.py``).

They are joined in every plain-text layout (title-echo, counter-footer, page-text, blank-blocks, whole text) and
damaged as real dumps are: CRLF or CR line ends, trailing spaces and no-break spaces, a BOM, mojibake in some
articles, cp1252 or UTF-16 bytes.

Regenerate the reference (only when an output change is intended, and say so in the commit)::

    PYTHONPATH=src python -m tests.plain_dumps

The reference in the repository was made on commit 379b214.
"""

from __future__ import annotations

import hashlib
import io
import json
import lzma
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import newsparse

from .conftest import HAVE_SAMPLES, SAMPLES
from .languages import BODIES, CASES

REFERENCE = Path(__file__).parent / "data" / "plainspeed" / "reference.json.xz"
SEED = 16_2026
SYNTHETIC = 600  # dumps of synthetic and language articles
FROM_SAMPLES = 150  # dumps recombined from the sample dumps
STREAM_CHUNK = 1500  # bytes per read for the streaming pass (several blocks per dump)

Dump = tuple[str, bytes]  # (name, bytes)

# --------------------------------------------------------------------------- building blocks

_SENTENCES = [
    "The committee met on Tuesday to review the proposal, officials said.",
    "Residents were told to stay indoors until the storm had passed.",
    "“We are not going anywhere,” she told reporters outside the court.",
    "Prices rose 3.2% in March, the fastest pace since 2022.",
    "The ministry did not respond to a request for comment.",
    "He said the talks would resume next week in Geneva.",
    "Police said two people were arrested at the scene.",
    "The company’s shares fell 8% in early trading on Wall Street.",
    "Rescue teams worked through the night to reach the village.",
    "The report, published on Monday, found no evidence of fraud.",
    "Critics say the plan does little to address the housing shortage.",
    "Officials expect the bridge to reopen by the end of the year.",
    "Kim Jong Un inspected the troops, state media reported.",
    "The vote was 52 to 48, largely along party lines.",
    "Temperatures are forecast to reach 40C on Thursday.",
    "“It was chaos,” said one witness. “Nobody knew where to go.”",
]
_TITLES = [
    "Storm batters coast as thousands lose power",
    "Talks resume in Geneva after weeks of deadlock",
    "Court blocks deportation flights for two weeks",
    "Shares slide as inflation data surprises markets",
    "Village cut off by floods reached by rescuers",
    "Parliament approves budget after late-night vote",
    "NATO’s chief warns of escalation in Ukraine",
    "Seoul: 'At Least 100 Soldiers Killed' in Fighting",
    "#NATO allies agree new defence spending target",
    "Heatwave: what you need to know this week",
    "Bridge to reopen by year end, ministry says",
    "Why the housing plan falls short, critics say",
]
_CAPTIONS = [
    "Rescue workers search the rubble in the village on Monday. (Reuters)",
    "NATO Secretary General Mark Rutte speaks in Brussels, Belgium. (File/AFP)",
    "Kim Jong Un at a rally in Pyongyang. STR / KCNA VIA KNS/AFP",
    "In this photo provided by the government, troops march in the capital.",
    "Protesters gather outside the court on Saturday. AP Photo/Jane Doe",
    "Floodwater covers a road near the river on Sunday.",
    "A view of the damaged bridge, March 3, 2024. Photo: Ana Lima/EFE",
]
_CREDITS = ["Korean Central News Agency/Korea News Service via AP", "AFP/Getty Images", "(Reuters)", "Jane Doe/AP"]
_FURNITURE = ["TT", "Short Url", "Follow", "Share", "Featured", "Advertisement", "Listen", "Print", "Comments"]
_LABELS = ["Featured", "Breaking News", "World", "Politics", "Opinion", "Eilmeldung", "EXCLUSIVE"]
_STAMPS = [
    "Updated 21 October 2024",
    "Published March 14, 2024 2:05 PM EST",
    "Publié le 3 mars 2024 à 14h05, mis à jour le 4 mars 2024 à 09h10",
    "Veröffentlicht am 05.03.2024, 14:05 Uhr",
    "Actualizado el 12/03/2024 a las 10:15",
    "2 hours ago",
    "March 4, 2025",
    "입력 2024.03.14 14:05",
    "Stand der Dinge",
    "04/05/2024",
]
_BYLINES = [
    "By Jane Doe and John Roe",
    "By Ana Lima, Reuters",
    "Rebecca Santana, Valerie Gonzalez And Sonia Pérez D., The Associated Press",
    "Von Klaus Kurpjuweit und Anna Roth",
    "Par Claire Dubois (avec AFP)",
    "Di Mario Rossi | ANSA",
    "김철수 기자",
    "(Reporting by Ana Lima in Madrid; Editing by John Roe)",
    "Jessie Yeung, Billy Stockwell and Gawon Bae, #CNN",
    "By STAFF REPORTER",
]
_DATELINES = [
    "BERLIN (dpa) - ",
    "MADRID, 21 oct (EFE).- ",
    "BRUSSELS: ",
    "PORTLAND, Oregon — ",
    "WASHINGTON (AP) — ",
    "(서울=연합뉴스) 김철수 기자 = ",
    "NATO: ",
    "",
    "",
    "",
]
_END_MATTER = [
    "___",
    "* * *",
    "CNN’s Samantha Waldenberg contributed to this report.",
    "Associated Press writer John Roe in Seoul contributed.",
    "Quelle: dpa",
    "(dpa)",
    "AFP/jk",
    "This report was first published Sept. 4, 2025.",
    "Publié le 3 mars 2024",
    "Source: Reuters",
    "来源：新华社",
    "Read more: the full report",
    "#NATO #Ukraine",
]
_HIGHLIGHTS = ["• South Korea summons Russian envoy", "- Talks to resume next week", "* Prices up 3.2%"]
_VIA = ["via February 19th 2025", "via Reuters", "via 2024-10-23", "via The Associated Press"]


def _paragraph(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(list(BODIES.values()))
    return " ".join(rng.sample(_SENTENCES, rng.randint(1, 4)))


def _wrap(paragraph: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in paragraph.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*lines, current]


def _body(rng: random.Random, title: str, captions: list[str]) -> list[str]:
    count = rng.randint(1, 9)
    paragraphs = [_paragraph(rng) for _ in range(count)]
    paragraphs[0] = rng.choice(_DATELINES) + paragraphs[0]
    if captions and rng.random() < 0.3:  # a caption repeated in the body
        paragraphs.insert(rng.randint(0, len(paragraphs)), rng.choice(captions))
    if rng.random() < 0.1:
        paragraphs.insert(rng.randint(0, len(paragraphs)), title)  # the title again, inside the body
    if rng.random() < 0.1:
        paragraphs.append(" ".join(_SENTENCES) * 3)  # a long line (past every title and caption limit)
    if rng.random() < 0.15:  # hard-wrapped at a fixed width
        out: list[str] = []
        for paragraph in paragraphs:
            out += [*_wrap(paragraph, rng.choice([60, 72])), ""]
        return out[:-1]
    gap = rng.random() < 0.5  # blank lines between paragraphs, or none
    out = []
    for paragraph in paragraphs:
        out += [paragraph, ""] if gap else [paragraph]
    return out[:-1] if gap else out


def _article(rng: random.Random, *, echo: bool = False, label: bool = False) -> list[str]:
    """The lines of one synthetic article ("" is a blank line)."""
    lines: list[str] = []
    if label or rng.random() < 0.15:
        lines += [rng.choice(_LABELS), ""]
    title = rng.choice(_TITLES)
    if rng.random() < 0.05:
        title = title + ". " + " ".join(_SENTENCES[:3])  # a headline run into the first sentence
    lines += [title, ""]
    captions = rng.sample(_CAPTIONS, rng.choice([0, 0, 1, 1, 2]))
    header: list[str] = []
    if rng.random() < 0.2:
        header.append("Power cuts hit 50,000 homes as the storm moves north")  # a deck
        header.append("")
    for caption in captions:
        header.append(caption)
        if rng.random() < 0.3:
            header.append(rng.choice(_CREDITS))
        if rng.random() < 0.5:  # captions doubled
            header.append(caption)
    for _ in range(rng.choice([0, 1, 2, 3])):
        header.append(rng.choice(_FURNITURE))
    if rng.random() < 0.6:
        header.append(rng.choice(_STAMPS))
    if rng.random() < 0.5:
        header.append(rng.choice(_BYLINES))
    if rng.random() < 0.2:
        header.append(rng.choice(_BYLINES))
    if echo or rng.random() < 0.2:
        header += ["", title]
    if rng.random() < 0.3:
        header += ["", *rng.sample(_HIGHLIGHTS, rng.randint(1, 2))]
    lines += [*header, ""]
    lines += _body(rng, title, captions)
    end: list[str] = []
    for _ in range(rng.choice([0, 0, 1, 2, 3])):
        end.append(rng.choice(_END_MATTER))
    if rng.random() < 0.3:
        end.append(rng.choice(_BYLINES))
    if end:
        lines += ["", *end]
    return lines


# the articles of the fifteen languages the reference was made with (a language bundled later adds none)
_CASES = [case for case in CASES if case.language in BODIES]


def _language_article(rng: random.Random) -> list[str]:
    return rng.choice(_CASES).text.rstrip("\n").split("\n")


# --------------------------------------------------------------------------- layouts


def _layout_text(rng: random.Random, layout: str, make: Callable[[], list[str]]) -> str:
    count = 1 if layout == "whole" else rng.randint(1, 7)
    articles = []
    for number in range(count):
        lines = make()
        if layout == "counter-footer":
            lines += ["", rng.choice(["View 227 times", "View 3 times", "1,204 views", "Views: 88"])]
        elif layout == "page-text":
            lines += ["", rng.choice(_VIA)]
        articles.append("\n".join(lines))
        if layout == "title-echo" and number and rng.random() < 0.2:
            articles[-1] = "Loose line between articles\n\n" + articles[-1]
    separator = {
        "title-echo": rng.choice(["\n\n\n", "\n\n", "\n\n\n\n"]),
        "counter-footer": rng.choice(["\n\n", "\n\n\n"]),
        "page-text": "\n\n",
        "blank-blocks": rng.choice(["\n\n\n\n", "\n\n\n", "\n \n\t\n\n"]),
        "whole": "",
    }[layout]
    return separator.join(articles) + rng.choice(["", "\n", "\n\n"])


def _sample_chunks() -> dict[str, list[str]]:
    """The articles of the sample dumps, cut with string rules (newsparse must not decide the inputs)."""
    if not HAVE_SAMPLES:
        return {}

    def read(prefix: str) -> str:
        (path,) = SAMPLES.glob(f"{prefix}_*.txt")
        return path.read_text(encoding="utf-8")

    echo = [c.strip("\n") for prefix in ("000", "001") for c in read(prefix).split("\n\n\n") if c.strip()]
    feed = [c.strip("\n") for c in re.split(r"(?m)(?<=times)$", read("004")) if c.strip()]
    return {"echo": echo, "feed": feed, "pagetext": [read("003").strip("\n")]}


# --------------------------------------------------------------------------- damage


def _mojibake(text: str, rng: random.Random) -> str:
    """Some lines written as UTF-8 and read back as cp1252 (the undefined bytes kept as their code points)."""
    out = []
    for line in text.split("\n"):
        if not line.isascii() and rng.random() < 0.5:
            data = line.encode("utf-8")
            line = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)
        out.append(line)
    return "\n".join(out)


def _trailing(text: str, rng: random.Random) -> str:
    return "\n".join(line + rng.choice(["", "", "", " ", "\t", "\u00a0", "  "]) for line in text.split("\n"))


def _damage(text: str, rng: random.Random) -> tuple[str, bytes]:
    """Whitespace noise, mojibake and line ends in the text; then its bytes in some encoding."""
    tags = []
    if rng.random() < 0.3:
        text = _trailing(text, rng)
        tags.append("trailing")
    if rng.random() < 0.15:
        text = _mojibake(text, rng)
        tags.append("mojibake")
    newline = rng.choice(["\n"] * 6 + ["\r\n", "\r\n", "\r"])
    if newline != "\n":
        text = text.replace("\n", newline)
        tags.append("crlf" if newline == "\r\n" else "cr")
    encoding = rng.choice(["utf-8"] * 8 + ["utf-8-sig", "cp1252", "utf-16"])
    data = text.encode(encoding, errors="replace")  # cp1252 lacks some characters: "?" as a writer would
    tags.append(encoding)
    return "+".join(tags), data


# --------------------------------------------------------------------------- the dumps


def dumps() -> Iterator[Dump]:
    """Every dump, in a fixed order: (name, bytes)."""
    rng = random.Random(SEED)
    layouts = ["title-echo", "counter-footer", "page-text", "blank-blocks", "whole"]
    for number in range(SYNTHETIC):
        layout = layouts[number % len(layouts)]
        languages = rng.random() < 0.3

        def make(layout: str = layout, languages: bool = languages) -> list[str]:
            if languages and rng.random() < 0.7:
                return _language_article(rng)
            return _article(rng, echo=layout == "title-echo", label=layout == "page-text")

        text = _layout_text(rng, layout, make)
        tags, data = _damage(text, rng)
        yield f"synthetic-{number:03d}-{layout}{'-languages' if languages else ''}-{tags}", data
    chunks = _sample_chunks()
    for number in range(FROM_SAMPLES if chunks else 0):
        layout = ("echo", "feed", "pagetext", "mojibake", "cp1252")[number % 5]
        pool = chunks["feed" if layout in ("mojibake", "cp1252") else layout]
        picked: list[str] = []
        for _ in range(rng.randint(1, 8)):
            choice = rng.choice(pool)
            if picked and choice == picked[-1] and len(pool) > 1:
                continue  # the same article twice in a row hides an echoed title (as in benchmarks/corpus.py)
            picked.append(_mojibake(choice, rng) if layout == "mojibake" and rng.random() < 0.3 else choice)
        text = ("\n\n\n" if layout == "echo" else "\n\n").join(picked) + "\n\n"
        if layout == "cp1252":
            yield f"samples-{number:03d}-{layout}", text.encode("cp1252", errors="replace")
        else:
            tags, data = _damage(text, rng) if rng.random() < 0.3 else ("clean", text.encode("utf-8"))
            yield f"samples-{number:03d}-{layout}-{tags}", data


# --------------------------------------------------------------------------- what newsparse reads from them


def _coded(records: Any) -> list[list[Any]]:
    """Problems or repairs as data: code, message and location (``to_dict`` keeps the message only)."""
    out = []
    for record in records:
        where = record.location
        out.append([record.code, str(record), [where.line, where.record, where.member, where.start, where.end]])
    return out


def _article_dict(article: newsparse.Article) -> dict[str, Any]:
    data = article.to_dict()
    data["problem_codes"] = _coded(article.problems)
    data["repair_codes"] = _coded(article.provenance.repairs) if article.provenance else []
    return data


def read(data: bytes) -> dict[str, Any]:
    """What newsparse reads from one dump: ``parse`` (articles, problems, detector, encoding, repairs) and whether
    ``iter_load`` read in small chunks gives the same (its articles and problems when it does not)."""
    result = newsparse.parse(data)
    articles = [_article_dict(article) for article in result.articles]
    problems = _coded(result.problems)
    stream_problems: list[str] = []
    reader = newsparse.iter_load(io.BytesIO(data), chunk_size=STREAM_CHUNK, problems=stream_problems)
    streamed = [_article_dict(article) for article in reader]
    stream_problem_texts = _coded(stream_problems)
    same = streamed == articles and stream_problem_texts == problems
    return {
        "sha256": hashlib.sha256(data).hexdigest(),
        "detector": result.detection.chosen,
        "encoding": result.encoding,
        "repairs": _coded(result.repairs),
        "problems": problems,
        "articles": articles,
        "stream": None if same else {"articles": streamed, "problems": stream_problem_texts},
    }


def load_reference() -> dict[str, dict[str, Any]]:
    """The frozen reference: dump name -> what :func:`read` gave on commit 379b214."""
    with lzma.open(REFERENCE, "rt", encoding="utf-8") as handle:
        data: dict[str, dict[str, Any]] = json.load(handle)
    return data


def main() -> None:
    """Write the reference (see the module docstring: only for an intended output change)."""
    reference = {name: read(data) for name, data in dumps()}
    REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(reference, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with lzma.open(REFERENCE, "wt", encoding="utf-8", preset=9) as handle:
        handle.write(text)
    articles = sum(len(entry["articles"]) for entry in reference.values())
    print(f"{REFERENCE}: {len(reference)} dumps, {articles} articles, {REFERENCE.stat().st_size} bytes")


if __name__ == "__main__":
    main()
