"""Articles in the fifteen bundled languages: furniture into fields or ``dropped``, and the ``language`` field."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse._plaintext import read_plain
from newsparse.vocabulary import BUNDLED, PATTERNS, Vocabulary, _identify, normalise_language

from .conftest import SAMPLES
from .languages import BODIES, CASES, Case
from .test_vocabulary_more_c import LANGUAGES as MORE_C

GOLDEN = Path(__file__).parent / "data" / "golden"


def _later_fixtures() -> list[Case]:
    """The fixtures of the languages bundled after the frozen plain-text reference was made: each
    test_vocabulary_more_*.py module's ``FIXTURES`` (tests/languages.py feeds that reference and takes no more)."""
    found: list[Case] = []
    for path in sorted(Path(__file__).parent.glob("test_vocabulary_more_*.py")):
        found.extend(getattr(importlib.import_module(f"{__package__}.{path.stem}"), "FIXTURES", ()))
    return found


# Fixtures: three or more articles in each language, each stating what it must give. The languages bundled later
# than tests/languages.py's are read end to end in their own files: as fixtures (``FIXTURES``), or as a plain-text
# scrape, a saved page and an agency's dateline each (tests/test_vocabulary_more_c.py's ``LANGUAGES``).
def test_every_bundled_language_has_fixtures() -> None:
    cases = [*CASES, *_later_fixtures()]
    counts = {v.language: sum(case.language == v.language for case in cases) for v in BUNDLED}
    end_to_end = {lang.tag for lang in MORE_C}
    assert all(count >= 3 or language in end_to_end for language, count in counts.items()), counts


_ALL_CASES = [*CASES, *_later_fixtures()]


@pytest.mark.parametrize("case", _ALL_CASES, ids=[f"{c.language}-{c.name}" for c in _ALL_CASES])
def test_furniture_is_read_into_fields(case: Case) -> None:
    """Each article's furniture goes to its fields or ``dropped``: tests/languages.py's and the later languages'."""
    draft = read_plain(case.text)
    fields = draft.fields()
    assert {key: fields[key] for key in case.expect} == case.expect
    paragraphs = fields["body"].split("\n\n")
    assert paragraphs[0] == case.first
    assert len(paragraphs) == 2
    kept = {d.text for d in draft.dropped} | {draft.byline, draft.title}
    for line in case.furniture:
        assert line not in paragraphs
        assert line in kept, f"{line!r} is in no field and not in dropped"


@pytest.mark.parametrize("case", CASES[::4], ids=[f"{c.language}-{c.name}" for c in CASES[::4]])
def test_a_language_article_is_one_article_through_the_pipeline(case: Case) -> None:
    (article,) = newsparse.parse_text(case.text).articles
    assert article.title == case.expect.get("title", article.title)
    assert article.body.startswith(case.first)


def test_languages_mixed_in_one_dump() -> None:
    """Articles of several languages, one after another, each closed by its view counter."""
    picked = [c for c in CASES if "views" in c.expect][::3]
    text = "\n".join(case.text for case in picked)
    articles = newsparse.parse_text(text).articles
    assert [a.views for a in articles] == [case.expect["views"] for case in picked]
    assert [a.body.split("\n\n")[0] for a in articles] == [case.first for case in picked]


def test_furniture_in_another_language_than_the_body() -> None:
    text = "Nouvelles règles\n\nVon Anna Müller\nPublished March 14, 2024\n\n" + BODIES["fr"] + "\n\n조회수 1,234\n"
    draft = read_plain(text)
    assert (draft.authors, draft.published, draft.views) == (["Anna Müller"], "2024-03-14", 1234)
    assert draft.paragraphs == [BODIES["fr"]]


# English behaviour unchanged: every field of every sample but the id (a hash of the sample's absolute path,
# which the golden snapshot took from the main checkout) is what the golden snapshot holds.
@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_english_samples_are_unchanged(sample: Path) -> None:
    golden = GOLDEN / (sample.stem + ".jsonl")
    expected = [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines()]
    got = [article.to_dict() for article in newsparse.load(sample)]
    assert len(got) == len(expected)
    for record, want in zip(got, expected, strict=True):
        for key in want.keys() - {"id", "provenance"}:
            assert record[key] == want[key], (want["title"], key)
        assert record["language"] is None  # nothing declared, and no identifier installed by default


# The property: furniture written from the vocabularies' own words never stays in the body.
_LATIN_NAME = st.sampled_from(["Anna", "Jörg", "María", "Claire", "Jan", "Ahmet", "Eva", "Óscar", "Łukasz"])
_LATIN_SURNAME = st.sampled_from(["Müller", "Dubois", "López", "Rossi", "Souza", "Kowalski", "Yılmaz", "Bakker"])
_CYRILLIC_NAME = st.sampled_from(["Иван", "Олена", "Анна", "Петро"])
_CYRILLIC_SURNAME = st.sampled_from(["Петров", "Коваленко", "Смирнова", "Шевчук"])
_SCRIPT_OF = {"ru": "cyrillic", "uk": "cyrillic"}
_WITH_BY = [v for v in BUNDLED if v.by and v.language in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk")]


def _name(draw: st.DrawFn, vocabulary: Vocabulary) -> str:
    if _SCRIPT_OF.get(vocabulary.language) == "cyrillic":
        return f"{draw(_CYRILLIC_NAME)} {draw(_CYRILLIC_SURNAME)}"
    return f"{draw(_LATIN_NAME)} {draw(_LATIN_SURNAME)}"


@st.composite
def _furnished(draw: st.DrawFn) -> tuple[str, list[str], dict[str, Any]]:
    """An article whose header and end furniture come from one or two vocabularies' words."""
    head = draw(st.sampled_from(_WITH_BY))
    tail = draw(st.sampled_from(BUNDLED))
    day, month, year = draw(st.integers(1, 28)), draw(st.integers(1, 12)), draw(st.integers(1990, 2030))
    names = sorted(n for n, number in head.months.items() if number == month and len(n) > 3) or sorted(
        n for v in BUNDLED for n, number in v.months.items() if number == month and len(n) > 3
    )
    month_name = draw(st.sampled_from(names))
    filler = " de " if "de" in head.date_fillers else " "
    stamp_word = draw(st.sampled_from(head.published_words)).capitalize()
    by_word = draw(st.sampled_from([w for w in head.by if " " not in w])).capitalize()
    count = draw(st.integers(2, 999_999))
    views = f"{count:,}".replace(",", draw(st.sampled_from([",", ".", "\u202f"])))
    after = draw(st.sampled_from([w for w in tail.views_after if " " not in w] or ["views"]))
    furniture = [
        draw(st.sampled_from([*head.labels, *head.chrome])),
        f"{by_word} {_name(draw, head)}",
        f"{stamp_word} {day}{filler}{month_name}{filler}{year}",
        draw(st.sampled_from(head.chrome)),
    ]
    body = draw(st.lists(st.sampled_from(list(BODIES.values())), min_size=1, max_size=3, unique=True))
    source = draw(st.sampled_from([*tail.agencies, "Reuters"]))
    end = [f"{views} {after}"]
    if tail.source_words:
        end.append(f"{draw(st.sampled_from(tail.source_words)).capitalize()}: {source}")
    lines = [furniture[0], "", "A title for the story", "", *furniture[1:], "", *"\n\n".join(body).split("\n")]
    text = "\n".join([*lines, "", *end]) + "\n"
    return text, [*furniture, *end], {"views": count}


@settings(max_examples=150, deadline=None)
@given(_furnished())
def test_each_furniture_line_ends_in_a_field_or_in_dropped(article: tuple[str, list[str], dict[str, Any]]) -> None:
    """A furniture line made of any vocabulary's words is read into a field or dropped, never kept as body."""
    text, furniture, expected = article
    draft = read_plain(text)
    body = draft.paragraphs
    kept = {d.text for d in draft.dropped} | {draft.byline}
    for line in furniture:
        assert line not in body
        assert line in kept, line
    assert draft.views == expected["views"]
    assert draft.title == "A title for the story"


# The language field: declared languages, normalised.
@pytest.mark.parametrize(
    ("declared", "tag"),
    [
        ("en", "en"), ("en_US", "en-US"), ("EN-gb", "en-GB"), ("pt-br", "pt-BR"), ("zh-hans-cn", "zh-Hans-CN"),
        ("es-419", "es-419"), ("English", "en"), ("Deutsch", "de"), ("français", "fr"), ("deu", "de"),
        ("fre", "fr"), ("русский", "ru"), ("日本語", "ja"), ("de, en", "de"), (" ko-KR ", "ko-KR"),
        ("x-default", None), ("", None), ("not a language tag", None), (None, None), (7, None),
    ],
)  # fmt: skip
def test_declared_languages_are_normalised(declared: object, tag: str | None) -> None:
    assert normalise_language(declared) == tag


_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><title>T</title>{meta}</head>
<body><article><h1>Neue Regeln</h1><p>{body}</p><p>{body}</p></article></body></html>"""


@pytest.mark.parametrize(
    ("lang", "meta", "tag"),
    [
        ("de-DE", "", "de-DE"),
        ("", '<meta http-equiv="Content-Language" content="de">', "de"),
        ("", '<meta property="og:locale" content="pt_BR">', "pt-BR"),
        ("en", '<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "de"}</script>', "de"),
        (
            "",
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"inLanguage": {"@type": "Language", "name": "German", "alternateName": "de"}}</script>',
            "de",
        ),
    ],
)
def test_html_pages_give_their_declared_language(lang: str, meta: str, tag: str) -> None:
    page = _PAGE.format(lang=lang, meta=meta, body=BODIES["de"])
    (article,) = newsparse.parse_text(page, detector="html-page").articles
    assert article.language == tag
    assert article.provenance is not None
    assert "language-detected" not in {repair.code for repair in article.provenance.repairs}


@pytest.mark.parametrize("language", sorted(BODIES))
def test_an_html_page_that_declares_no_language_is_told_one_from_its_text(language: str) -> None:
    """A page without ``lang``, meta or JSON-LD language gets its text's language, said as a repair."""
    page = _PAGE.format(lang="", meta="", body=BODIES[language]).replace(' lang=""', "")
    (article,) = newsparse.parse_text(page, detector="html-page").articles
    assert article.language is not None
    assert article.language.split("-")[0] == language.split("-")[0]
    assert article.provenance is not None
    assert "language-detected" in {repair.code for repair in article.provenance.repairs}


def test_a_plain_text_article_is_not_told_a_language_by_default() -> None:
    """Only detectors that ask for it (``language_from_text``) get a language told from the text by default."""
    (article,) = newsparse.split_articles(f"Neue Regeln\n\n{BODIES['de']}\n")
    assert article.language is None


def test_feeds_give_the_channel_or_the_items_language() -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        "<title>Feed</title><language>fr-FR</language>"
        "<item><title>Un</title><description>Texte.</description></item>"
        "<item><title>Two</title><description>Text.</description><dc:language>en</dc:language></item>"
        "</channel></rss>"
    )
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">'
        "<title>F</title><entry><title>Eins</title><content>Text.</content></entry>"
        '<entry xml:lang="nl"><title>Twee</title><content>Tekst.</content></entry></feed>'
    )
    assert [a.language for a in newsparse.parse_text(feed).articles] == ["fr-FR", "en"]
    assert [a.language for a in newsparse.parse_text(atom).articles] == ["de", "nl"]


def test_json_records_give_their_language_field() -> None:
    lines = [
        {"title": "A", "text": "Body.", "language": "es_MX"},
        {"title": "B", "text": "Body.", "lang": "Italian"},
        {"title": "C", "text": "Body.", "inLanguage": {"@type": "Language", "alternateName": "tr"}},
        {"title": "D", "text": "Body."},
    ]
    articles = newsparse.parse_text("".join(json.dumps(line) + "\n" for line in lines)).articles
    assert [a.language for a in articles] == ["es-MX", "it", "tr", None]


# The language field: told from the text when nothing declares it.
@pytest.mark.parametrize("language", sorted(BODIES))
def test_the_stopword_scorer_tells_every_bundled_language(language: str) -> None:
    assert _identify.score_stopwords(BODIES[language]) == language


# A sentence in each script that writes one language without a vocabulary here: the script tells the language.
_ONE_SCRIPT = {
    "si": "ගාල්ල වරායේ ධීවරයින් ඉන්ධන සහනාධාරය ඉල්ලා ඊයේ විරෝධතාවයක් පැවැත්වූහ",
    "gu": "અમદાવાદમાં ગઈકાલે ભારે વરસાદ પડ્યો અને અનેક રસ્તાઓ પર પાણી ભરાયા",
    "pa": "ਲੁਧਿਆਣਾ ਵਿੱਚ ਕੱਲ੍ਹ ਭਾਰੀ ਮੀਂਹ ਪਿਆ ਅਤੇ ਕਈ ਸੜਕਾਂ ਉੱਤੇ ਪਾਣੀ ਭਰ ਗਿਆ",
    "or": "ଭୁବନେଶ୍ୱରରେ ଗତକାଲି ପ୍ରବଳ ବର୍ଷା ହୋଇଥିଲା ଏବଂ ଅନେକ ରାସ୍ତାରେ ପାଣି ଜମିଥିଲା",
    "te": "హైదరాబాద్‌లో నిన్న భారీ వర్షం కురిసింది మరియు అనేక రహదారులు జలమయమయ్యాయి",
    "kn": "ಬೆಂಗಳೂರು ನಗರದಲ್ಲಿ ನಿನ್ನೆ ಭಾರಿ ಮಳೆಯಾಗಿದ್ದು ಹಲವು ರಸ್ತೆಗಳು ಜಲಾವೃತಗೊಂಡಿವೆ",
    "ml": "കൊച്ചിയിൽ ഇന്നലെ കനത്ത മഴ പെയ്തു നിരവധി റോഡുകൾ വെള്ളത്തിനടിയിലായി",
    "lo": "ວຽງຈັນ ມື້ວານນີ້ ມີຝົນຕົກໜັກ ແລະ ຖະໜົນຫຼາຍສາຍຖືກນ້ຳຖ້ວມ",
    "km": "ភ្នំពេញ ម្សិលមិញ មានភ្លៀងធ្លាក់ខ្លាំង ហើយផ្លូវជាច្រើនត្រូវលិចទឹក",
    "my": "ရန်ကုန်မြို့တွင် မနေ့က မိုးသည်းထန်စွာ ရွာသွန်းခဲ့ပြီး လမ်းများစွာ ရေလွှမ်းခဲ့သည်",
}


@pytest.mark.parametrize("language", sorted(_ONE_SCRIPT))
def test_a_script_that_writes_one_language_tells_it(language: str) -> None:
    assert _identify.score_stopwords(_ONE_SCRIPT[language] * 2) == language


# Hungarian's article "a" is a stopword of many Romance languages too: a hit on a word many languages list counts
# for less than one on a word only one lists ("hogy", "nem", "az").
_SHARED_ARTICLE = (
    "A rendőrség szerint a baleset a főút mellett történt, a sofőr a helyszínen meghalt. A mentők a sérültet "
    "a kórházba vitték, ahol a orvosok szerint az állapota stabil. A forgalmat a rendőrök terelték, és nem "
    "tudni még, hogy mi okozta a balesetet."
)


def test_a_stopword_that_many_languages_share_weighs_less_than_one_language_alone() -> None:
    assert _identify.score_stopwords(_SHARED_ARTICLE) == "hu"


def test_the_stopword_scorer_says_nothing_about_too_little_text() -> None:
    assert _identify.score_stopwords("OK") is None
    assert _identify.score_stopwords("12345 67890 !!!") is None


def test_a_detected_language_is_recorded_as_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_identify, "FALLBACK", True)
    monkeypatch.setattr(_identify, "backend", lambda: None)
    text = "Neue Regeln\n\n" + BODIES["de"] + "\n"
    (article,) = newsparse.parse_text(text).articles
    assert article.language == "de"
    assert [(r.code, str(r)) for r in article.provenance.repairs if r.code == "language-detected"] == [
        ("language-detected", "language detected from the text (stopwords): de")
    ]
    declared = '{"title": "A", "text": "' + BODIES["de"] + '", "language": "de-AT"}\n'
    (record,) = newsparse.parse_text(declared).articles
    assert record.language == "de-AT"
    assert "language-detected" not in [r.code for r in record.provenance.repairs]


def test_without_the_extra_nothing_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_identify, "backend", lambda: None)
    (article,) = newsparse.parse_text("Neue Regeln\n\n" + BODIES["de"] + "\n").articles
    assert article.language is None


def test_every_bundled_vocabulary_keeps_its_sublists_in_its_lists() -> None:
    for vocabulary in BUNDLED:
        chrome = {p.casefold() for p in vocabulary.chrome}
        assert {p.casefold() for p in (*vocabulary.body_chrome, *vocabulary.echo_markers)} <= chrome
        assert all(0 < number <= 12 for number in vocabulary.months.values())
        assert vocabulary.numeric_order in ("", "dmy", "mdy", "ymd")
    assert PATTERNS.language_names["deutsch"] == "de"


_NAMED = {
    "de": ("Von Anna Müller, Korrespondentin", "Anna Müller"),
    "fr": ("Par Claire Dubois, envoyée spéciale", "Claire Dubois"),
    "es": ("Por María López, corresponsal", "María López"),
    "it": ("Di Mario Rossi, inviato", "Mario Rossi"),
    "pt": ("Por Ana Souza, correspondente", "Ana Souza"),
    "pl": ("Autor: Jan Kowalski, dziennikarz", "Jan Kowalski"),
    "ru": ("Автор: Иван Петров, корреспондент", "Иван Петров"),
    "en": ("By Jane Roe, Senior Correspondent", "Jane Roe"),
}


@pytest.mark.parametrize("lang", sorted(_NAMED))
def test_a_job_title_after_the_names_is_no_author_in_any_layout(lang: str) -> None:
    """ "Anna Müller, Korrespondentin": the job title, in the byline's language, names nobody (text and page)."""
    byline, name = _NAMED[lang]
    body = BODIES[lang]
    plain = newsparse.parse_text(f"A headline here\n\n{byline}\n\n{body}").articles[0]
    assert plain.authors == (name,)
    page = (
        f'<html lang="{lang}"><head><title>A headline here</title></head><body><article><h1>A headline here</h1>'
        f'<p class="byline">{byline}</p><div class="article-body"><p>{body}</p><p>{body}</p></div></article>'
        "</body></html>"
    )
    assert newsparse.load(page.encode(), detector="html-page")[0].authors == (name,)


@pytest.mark.parametrize("vocabulary", BUNDLED, ids=lambda v: v.language)
def test_every_job_title_matches_as_a_whole_word_only(vocabulary: Vocabulary) -> None:
    """A title of a script written with spaces matches as a whole word; one of a script without spaces (Chinese,
    Japanese, Thai) has no word to be whole in, and matches inside a byline's part ("台中報導": Taichung's report,
    "ทีมข่าวการเมือง": the politics news team)."""
    for title in vocabulary.job_titles:
        assert PATTERNS.job_titles.search(f"Ada Lund, {title}")
        if re.match(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]", title):
            assert PATTERNS.job_titles.search(f"台中{title}")
        else:
            assert not PATTERNS.job_titles.search(f"Ada Lund{title.lower()}x")


def test_the_myanmar_script_with_shans_letters_is_not_told_as_burmese() -> None:
    shan = "ၶၢဝ်ႇ မိူင်းတႆး ၼႂ်းဝၼ်းမိူဝ်ႈၵၢင်ၼႂ်ႈ ၾူၼ်တူၵ်းၼမ် ၵူၼ်းမိူင်း ႁူမ်ႈၵၼ် ၶဝ်ႈၸူႉ"
    assert _identify.score_stopwords(shan * 3) != "my"


def test_a_text_in_another_script_than_the_declared_languages_contradicts_it() -> None:
    """A browser's translation in place keeps the page's declared "en" over Arabic text; a Serbian page in
    Cyrillic declared "sr" is Serbian (its stopwords are written in both its scripts)."""
    arabic = "قال المجلس إن المكتبة ستفتح أبوابها من جديد في الربيع بعد أعمال الترميم التي استمرت عامين. " * 6
    assert _identify.contradicted("en", arabic) == "ar"
    serbian = "Градско веће је у уторак одлучило да се библиотека поново отвори на пролеће, али није рекло када. " * 6
    assert _identify.contradicted("sr", serbian) is None
