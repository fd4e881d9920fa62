"""html-page on 765 synthetic news pages in 58 languages (``tests/data/pages-multilingual``, see its README).

Scored as the article-extraction benchmark scores bodies (4-token shingles, per-page precision and recall,
macro-averaged, F1 of the means), with the characters of Chinese and Japanese text as tokens (they write no spaces),
and a lead read into ``subtitle`` counted as the body's first paragraph, as the gold counts it. Titles, authors and
publication dates are compared as the gold writes them. The floors sit a little below what the reader measures
today (F1 0.987, precision 0.980, recall 0.993; titles 759, authors 746, dates 758 of 765), so that a change that
makes reading clearly worse fails here. The forty-nine sets the folder holds, each written by a helper who had not
read the page reader, measured at the start of the work they served: the first (39 pages, 13 languages) F1 0.971,
authors 30 of 39; the second (30 pages, 16 languages, measured before any change made for it) F1 0.938, titles 28,
authors 27, dates 27 of 30 (trafilatura 2.3 on it: F1 0.934); the third (36 pages, 20 languages, 9 of them in
legacy encodings, measured before any change made for it) F1 0.973, titles 33, authors 24, dates 29, languages 32
of 36 (trafilatura 2.3: F1 0.929, titles 35, authors 16, dates 33); the fourth (36 pages, 30 languages, 8 of them
in legacy encodings, measured before any change made for it) F1 0.909, titles 30, authors 20, dates 29, languages
32 of 36 (trafilatura 2.3: F1 0.854, titles 33, authors 19, dates 27); the fifth (24 pages in the commonest news
languages and big publishers' templates, 6 in legacy encodings, measured at the end of that work before any
change made for it) F1 0.965, titles 22, authors 20, dates 23, languages 24 of 24 (trafilatura 2.3: F1 0.920,
titles 24, authors 10, dates 19); the sixth (24 ordinary news pages of broadcasters, papers, portals and agencies
in 18 languages, 5 in legacy encodings, measured before any change made for it) F1 0.972, titles 24, authors 21,
dates 23, languages 24 of 24 (trafilatura 2.3: F1 0.948, titles 22, authors 17, dates 24); the seventh (24 pages
of local, regional, trade and national news, 8 of them English from eight countries, 16 in other languages, 4 in
legacy encodings, in systems the other sets lack: BLOX, Polopoly, Escenic, eZ Publish, Gatsby, Substack, Next.js
App Router; measured before any change made for it) F1 0.963, titles 24, authors 22, dates 23, languages 24 of 24
(trafilatura 2.3: F1 0.945, titles 23, authors 18, dates 22); the eighth (24 ordinary news pages, 7 of them English
from seven countries, the rest one each in 17 languages, four of them new to the folder: Hungarian, Danish,
Norwegian, Latvian; 5 in legacy encodings; measured at the session's start before any change) F1 0.971, titles
24, authors 20, dates 23, languages 23 of 24 (the gold said "no" for a page declared "nb", the project's code for
Norwegian; trafilatura 2.3: F1 0.925, titles 24, authors 16, dates 21); the ninth (24 pages in 16 languages whose
metadata varies the most: dates only in text, the URL, meta tags or JSON-LD, a UTC time on another day, bylines
at the end, user names and site names as meta authors; measured at the session's start before any change) F1
0.981, titles 23, authors 17, dates 22 of 24 (trafilatura 2.3: F1 0.942, titles 9, authors 10, dates 22); the
tenth (24 pages, two in each of the twelve commonest news languages, as a crawl would save them; measured after
the session's other work, before any change made for it) F1 0.984, titles 23, authors 17, dates 24 of 24
(trafilatura 2.3: F1 0.934, titles 23, authors 8, dates 21); the eleventh (24 pages, two in each of twelve languages
after the commonest, measured at the end of that session's work before any change made for it) F1 0.988, titles
24, authors 18, dates 19 (trafilatura 2.3: F1 0.943, titles 24, authors 10, dates 20); the twelfth (12 pages, one
each in twelve languages no vocabulary knows: Slovenian, Estonian, Icelandic, Albanian, Georgian, Armenian,
Azerbaijani, Kazakh, Nepali, Marathi, Galician, Welsh; 3 in legacy encodings, one undeclared; measured at the
start of the session that added it, before any change) F1 0.982, titles 12, authors 11, dates 10, languages 10
(trafilatura 2.3: F1 0.884, titles 10, authors 9, dates 12); the thirteenth (12 ordinary pages as a crawl saves
them, in the commonest news languages, 3 in legacy encodings; measured the same way) F1 0.994, titles 12,
authors 12, dates 12, languages 12 (trafilatura 2.3: F1 0.961, titles 12, authors 10, dates 10); the fourteenth
(12 of the noisiest ordinary pages of big publishers in the commonest languages, 3 in legacy encodings, one
undeclared; measured on the code of that session's start) F1 0.942 (precision 0.898), titles 12, authors 9,
dates 12, languages 12 (trafilatura 2.3: F1 0.929, precision 0.905, titles 6, authors 9, dates 12); the fifteenth
(12 pages of East, South and Southeast Asia in ten languages, 3 in legacy encodings, one undeclared; measured before
any change made for it) F1 0.987, titles 12, authors 7, dates 12, languages 12 (trafilatura 2.3: F1 0.935, titles
10, authors 2, dates 11); the sixteenth (12 regional and national pages of Europe and Latin America in eleven
languages, 3 in legacy encodings, one undeclared; measured the same way) F1 0.984, titles 12, authors 8, dates 12,
languages 12 (trafilatura 2.3: F1 0.944, titles 11, authors 7, dates 10); the seventeenth (12 English pages of
twelve countries, from Nigeria to Canada, 3 in legacy encodings, one undeclared; measured the same way) F1 0.987,
titles 12, authors 9, dates 12 (trafilatura 2.3: F1 0.958, titles 12, authors 8, dates 11); the eighteenth (12
pages in Arabic, Persian, Urdu, Hebrew, Russian, Ukrainian, Serbian Cyrillic and Bulgarian, 3 in legacy encodings,
one undeclared; measured the same way) F1 0.992, titles 11, authors 9, dates 11, languages 12 (trafilatura 2.3: F1
0.874, titles 9, authors 6, dates 12); the nineteenth (12 pages of Africa, South Asia and Oceania in English, French,
Swahili, Hindi, Bengali and Tamil, 3 in legacy encodings, one undeclared; measured before any change made for it)
F1 0.976, titles 12, authors 11, dates 11, languages 12 (trafilatura 2.3: F1 0.951, titles 11, authors 6, dates
12); the twentieth (12 pages of hard shapes in twelve European languages: a live blog, a state-only app shell, AMP,
a paywall, a gallery, an interview, a listicle, a press release..., 3 in legacy encodings, one undeclared; measured
the same way) F1 0.964, titles 12, authors 11, dates 12, languages 11 (trafilatura 2.3: F1 0.788, titles 10,
authors 8, dates 11); the twenty-first (12 pages of the publishing platforms most sites run on, Arc XP to Blogger,
in nine languages, 3 in legacy encodings, one undeclared; measured the same way) F1 0.984, titles 11, authors 12,
dates 12, languages 11 (trafilatura 2.3: F1 0.918, titles 10, authors 9, dates 11); the twenty-second (12 kinds of
story extractors get wrong in twelve Asian and Middle Eastern languages, 3 in legacy encodings, one undeclared;
measured the same way) F1 0.981, titles 12, authors 11, dates 10, languages 12 (trafilatura 2.3: F1 0.924, titles
11, authors 5, dates 12); the twenty-third (12 pages of Latin America, Spain and Portugal, the Caucasus and Central
Asia, 3 in legacy encodings, one undeclared; measured the same way) F1 0.987, titles 10, authors 11, dates 9,
languages 12 (trafilatura 2.3: F1 0.950, titles 9, authors 8, dates 12); the twenty-fourth (12 mainstream shapes in
English, French, German, Italian, Dutch, Polish and Swedish, 3 in legacy encodings, one undeclared; measured the same
way) F1 0.988, titles 10, authors 12, dates 11, languages 12 (trafilatura 2.3: F1 0.914, titles 6, authors 11, dates
12); the twenty-fifth (12 portals and papers of Eastern Europe, the Balkans, Greece, Turkey and the Arab world, 3 in
legacy encodings, one undeclared; measured the same way) F1 0.984, titles 11, authors 9, dates 12, languages 12
(trafilatura 2.3: F1 0.923, titles 11, authors 7, dates 11); the twenty-sixth (12 kinds of English-language
publisher: local TV, public radio, a wire service, a newsletter, a blog platform, a corporate and a government
release, a university, Indian, Nigerian and Philippine dailies, a match report; 2 in legacy encodings, one
undeclared; measured the same way) F1 0.972, titles 12, authors 9, dates 12, languages 12 (trafilatura 2.3: F1
0.931, titles 12, authors 10, dates 12); the twenty-seventh to the thirty-second, measured on the code of the start
of the session that added them, before any change made for them: 12 pages of Asia and the Pacific in twelve
languages F1 0.995, titles 12, authors 10, dates 12, languages 12 (trafilatura 2.3: F1 0.939, titles 11, authors 6,
dates 10); 12 hard shapes in six languages F1 0.947, titles 12, authors 11, dates 12 (trafilatura 2.3: F1 0.914,
titles 11, authors 12, dates 12); 12 pages in smaller languages F1 0.983, titles 11, authors 11, dates 11, languages
11 (trafilatura 2.3: F1 0.886, titles 11, authors 8, dates 9); 12 pages with the noise inside the story F1 0.971,
titles 12, authors 12, dates 12 (trafilatura 2.3: F1 0.936, titles 12, authors 11, dates 12); 12 pages whose
metadata is only on the visible page F1 0.992, titles 12, authors 7, dates 8 (trafilatura 2.3: F1 0.945, titles 11,
authors 0, dates 8); 12 big portals' pages F1 0.978, titles 11, authors 11, dates 12 (trafilatura 2.3: F1 0.925,
titles 8, authors 10, dates 12). The thirty-third to the thirty-seventh, measured the same way: 12 pages with bylines
and dates outside the usual header F1 0.988, titles 12, authors 7, dates 12 (trafilatura 2.3: F1 0.901, titles 10,
authors 2, dates 8); 12 pages of small local publishers F1 0.978 (recall 0.960: a broken template's related box
swallows half a story), titles 11, authors 8, dates 11, languages 11 (trafilatura 2.3: F1 0.894, titles 9, authors
6, dates 11); 12 genres beyond the news report F1 0.978, titles 11, authors 11, dates 12 (trafilatura 2.3: F1 0.923,
titles 11, authors 8, dates 11); 12 national papers' redesigns F1 0.967, titles 11, authors 11, dates 12
(trafilatura 2.3: F1 0.960, titles 12, authors 8, dates 12); 12 regional dailies' and agencies' pages F1 0.994,
titles 12, authors 8, dates 12 (trafilatura 2.3: F1 0.880, titles 11, authors 4, dates 12). The thirty-eighth to
the forty-fifth (12 pages each), measured on the code of the start of the session that added them: big national
sites F1 0.993, titles 12, authors 12, dates 11 (trafilatura 2.3: F1 0.947, titles 10, authors 10, dates 12);
European regional news F1 0.999, titles 12, authors 12, dates 11, languages 11 (trafilatura 2.3: F1 0.945, titles
8, authors 7, dates 10); Asia, Africa and the Middle East F1 0.991, titles 12, authors 11, dates 11 (trafilatura
2.3: F1 0.913, titles 10, authors 6, dates 9); hard shapes F1 0.893 (a photo gallery told in its captions read as
its cookie banner), titles 11, authors 11, dates 12 (trafilatura 2.3: F1 0.927, titles 9, authors 7, dates 10);
mid-size regional dailies F1 0.992, titles 12, authors 11, dates 12 (trafilatura 2.3: F1 0.961, titles 5,
authors 9, dates 10); long-form, opinion and interviews F1 0.988, titles 11, authors 11, dates 12 (trafilatura
2.3: F1 0.958, titles 11, authors 6, dates 12); sports, business and technology sections F1 0.988, titles 12,
authors 10, dates 12 (trafilatura 2.3: F1 0.965, titles 8, authors 10, dates 11); pages as tools save them F1
0.996, titles 12, authors 8, dates 12, languages 11 (trafilatura 2.3: F1 0.961, titles 11, authors 7, dates 10).
The forty-sixth to the forty-ninth, measured the same way: agencies' stories republished F1 0.985, titles 12,
authors 11, dates 11 (trafilatura 2.3: F1 0.958, titles 12, authors 2, dates 12); local TV and radio F1 0.983,
titles 12, authors 10, dates 12 (trafilatura 2.3: F1 0.957, titles 11, authors 5, dates 10); institutions' news
F1 0.991, titles 12, authors 11, dates 12 (trafilatura 2.3: F1 0.962, titles 10, authors 9, dates 9); pages of
2005-2015 F1 0.984, titles 7, authors 10, dates 8 (trafilatura 2.3: F1 0.841, titles 6, authors 5, dates 8).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

import newsparse

DATA = Path(__file__).parent / "data" / "pages-multilingual"
PAGES = sorted(DATA.glob("*.html"))
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for word in re.findall(r"\w+", text.lower()):
        tokens.extend(word if _CJK.search(word) else [word])
    return tokens


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = _tokens(text)
    if len(tokens) < 4:
        return {tuple(tokens)}
    return {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}


def _same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()).casefold() == " ".join((b or "").split()).casefold()


@functools.cache  # each page is read once for the four tests that look at it (an Article is frozen)
def _read(page: Path) -> tuple[newsparse.Article, dict[str, Any]]:
    gold = json.loads(page.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))
    articles = newsparse.load(page, detector="html-page")
    assert len(articles) == gold.get("articles", 1), page.name  # a page saved with the next story has two
    return articles[0], gold


def test_the_pages_are_there() -> None:
    assert len(PAGES) == 765
    languages = {_read(page)[1]["language"] for page in PAGES}
    assert len(languages) == 58


def test_bodies_titles_authors_and_dates_on_pages_in_58_languages() -> None:
    precision = recall = 0.0
    titles = authors = dates = 0
    for page in PAGES:
        article, gold = _read(page)
        body = article.body
        if article.subtitle and not body.startswith(article.subtitle):
            body = f"{article.subtitle}\n{body}"
        expected, got = _shingles("\n".join(gold["body"])), _shingles(body)
        hits = len(expected & got)
        precision += hits / len(got) if got else 0.0
        recall += hits / len(expected) if expected else 0.0
        titles += _same(article.title, gold["title"])
        authors += sorted(" ".join(a.split()) for a in article.authors) == sorted(gold["authors"])
        dates += (article.published or "")[:10] == (gold["published"] or "")
    precision /= len(PAGES)
    recall /= len(PAGES)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.984, (precision, recall, f1)
    assert precision >= 0.976
    assert recall >= 0.990
    assert titles >= 752
    assert authors >= 737
    assert dates >= 750


# Pages whose language is declared nowhere and that no bundled vocabulary knows: without the optional identifier
# (``newsparse[language]``) the stopwords read them as the language whose stopwords they share most. Known misses,
# kept in view: strict, so that reading them right fails here until the mark goes.
_UNTOLD: dict[str, str] = {}  # none since Estonian and Icelandic were bundled


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(page, marks=pytest.mark.xfail(strict=True, reason=_UNTOLD[page.stem]))
        if page.stem in _UNTOLD
        else page
        for page in PAGES
    ],
    ids=[page.stem for page in PAGES],
)
def test_every_page_gives_its_language(page: Path) -> None:
    article, gold = _read(page)
    assert _language((article.language or "").split("-")[0]) == _language(gold["language"])


def _language(code: str) -> str:
    """A language code with Norwegian's written standards as the language ("nb-NO" is Norwegian, "no")."""
    return {"nb": "no", "nn": "no"}.get(code, code)


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_no_page_gives_markup_in_a_text_field(page: Path) -> None:
    article, _ = _read(page)
    for text in (article.title or "", article.body, article.subtitle or "", *article.authors):
        assert not re.search(r"</?[a-z][a-z0-9]*[\s>/]", text), text[:80]
