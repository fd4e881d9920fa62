"""A page's furniture lines, in every language a vocabulary names: the vocabularies are where the words live.

Each test writes a story of English paragraphs and puts in it the furniture of
one vocabulary: a heading of a list of other stories with the headlines under it
("Lesen Sie auch", "Самое читаемое", "関連記事"), a tag list at its end
("Schlagwörter: ..."), a lone chrome line ("Artikel teilen"). What must be left
is known from how the page was built: the story's paragraphs, in order.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._htmlblocks import char_unit
from newsparse._htmllines import is_byline
from newsparse.vocabulary import BUNDLED, Vocabulary, register, unregister

_LONG = (
    "The council voted on Tuesday to expand the river park, a plan that had been debated for more than three years, "
    "and officials said work would begin in the spring once the final budget is approved."
)
_HEADLINES = ("Mayor opens the new bridge", "Storm closes the coast road", "School budget passes at last")
_LANGUAGES = [vocabulary.language for vocabulary in BUNDLED]
_BY_LANGUAGE = {vocabulary.language: vocabulary for vocabulary in BUNDLED}


def _story(count: int) -> list[str]:
    return [f"Part {n}. {_LONG}" for n in range(count)]


def _load(lang: str, title: str, body: str) -> newsparse.Article:
    """The one article of a page in ``lang`` titled ``title`` whose ``<body>`` is ``body``."""
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )
    articles = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert len(articles) == 1
    return articles[0]


def _read(inner: str, lang: str) -> newsparse.Article:
    """A page whose story block holds ``inner``, under the headline "River park grows"."""
    return _load(
        lang, "River park grows", f'<article><h1>River park grows</h1><div class="article-body">{inner}</div></article>'
    )


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


@pytest.mark.parametrize("lang", _LANGUAGES)
def test_every_vocabularys_story_list_headings_leave_with_their_headlines(lang: str, backend: str) -> None:
    vocabulary = _BY_LANGUAGE[lang]
    assert vocabulary.story_lists, f"{lang} names no heading of a list of other stories"
    story = _story(4)
    for heading in vocabulary.story_lists:
        inner = _paragraphs(story[:2]) + f"<h3>{heading}</h3>" + _paragraphs([*_HEADLINES, *story[2:]])
        article = _read(inner, lang)
        assert article.body.split("\n\n") == story, heading
        assert {heading, *_HEADLINES} <= {d.text for d in article.dropped}


@pytest.mark.parametrize("lang", _LANGUAGES)
def test_every_vocabularys_tag_labels_end_no_story(lang: str, backend: str) -> None:
    vocabulary = _BY_LANGUAGE[lang]
    assert vocabulary.tag_labels, f"{lang} names no label of a tag list"
    story = _story(3)
    for label in vocabulary.tag_labels:
        line = f"{label}: parks, council, budget"
        article = _read(_paragraphs([*story, line]), lang)
        assert article.body.split("\n\n") == story, label
        assert line in [d.text for d in article.dropped]


@pytest.mark.parametrize("lang", _LANGUAGES)
def test_every_vocabularys_chrome_lines_leave_the_body(lang: str, backend: str) -> None:
    vocabulary = _BY_LANGUAGE[lang]
    story = _story(3)
    for line in vocabulary.chrome:
        article = _read(_paragraphs([story[0], line, *story[1:]]), lang)
        assert article.body.split("\n\n") == story, line


def test_a_heading_in_the_storys_prose_is_not_a_list_heading(backend: str) -> None:
    """ "Related" as a word of a sentence, or a heading with prose under it, leaves the story whole."""
    story = _story(2)
    prose = ["Related costs rose sharply, the council said.", *(_story(2))]
    article = _read(_paragraphs(story) + "<h3>Trending</h3>" + _paragraphs(prose), "en")
    assert article.body.split("\n\n") == [*story, *prose]


@pytest.fixture
def slovenian() -> Iterator[None]:
    register(Vocabulary(language="sl", story_lists=("Preberite tudi",), tag_labels=("Ključne besede",)))
    try:
        yield
    finally:
        unregister("sl")


def test_a_registered_vocabulary_names_furniture_of_its_own(slovenian: None, backend: str) -> None:
    story = _story(3)
    inner = (
        _paragraphs(story[:1])
        + "<h3>Preberite tudi</h3>"
        + _paragraphs([*_HEADLINES, *story[1:], "Ključne besede: park"])
    )
    assert _read(inner, "sl").body.split("\n\n") == story


def test_an_unregistered_vocabulary_names_no_furniture(backend: str) -> None:
    story = _story(3)
    inner = _paragraphs(story[:1]) + "<h3>Preberite tudi</h3>" + _paragraphs(story[1:])
    assert _read(inner, "sl").body.split("\n\n") == [story[0], "Preberite tudi", *story[1:]]


_HEADING = st.sampled_from(sorted({h for v in BUNDLED for h in v.story_lists}))
_HEADLINE = st.text(alphabet="abcdefgh ", min_size=5, max_size=60).map(str.strip).filter(bool).map(str.capitalize)


@given(heading=_HEADING, headlines=st.lists(_HEADLINE, min_size=1, max_size=6), before=st.integers(1, 3))
def test_any_list_heading_with_any_headlines_leaves_the_prose(heading: str, headlines: list[str], before: int) -> None:
    """Whatever the heading and however many headlines, the prose after them comes back (it ends a sentence)."""
    story = _story(before + 2)
    inner = _paragraphs(story[:before]) + f"<h3>{heading}</h3>" + _paragraphs([*headlines, *story[before:]])
    article = _read(inner, "en")
    assert article.body.split("\n\n") == story


def _reading_times(vocabulary: Vocabulary) -> list[str]:
    """Reading-time lines in a vocabulary's words: the reading word before the count, and after it."""
    space = "" if vocabulary.language in ("ja", "zh") else " "
    lines = []
    for reading in vocabulary.reading_words:
        for minutes in vocabulary.minute_words:
            lines += [f"{reading}: 4{space}{minutes}", f"7{space}{minutes}{space}{reading}"]
    return lines


@pytest.mark.parametrize("lang", _LANGUAGES)
def test_every_vocabularys_reading_times_leave_the_top_of_the_story(lang: str, backend: str) -> None:
    vocabulary = _BY_LANGUAGE[lang]
    lines = _reading_times(vocabulary)
    assert lines, f"{lang} names no reading time"
    story = _story(3)
    for line in lines:
        article = _read(_paragraphs([line, *story]), lang)
        assert article.body.split("\n\n") == story, line
        assert line in [d.text for d in article.dropped]


@pytest.mark.parametrize(
    "line",
    ["5分の1の住民が反対した", "3분기 실적이 좋아졌다", "It took 5 minutes to read the whole report to the council."],
)
def test_a_count_of_minutes_in_prose_is_no_reading_time(line: str, backend: str) -> None:
    story = _story(3)
    assert _read(_paragraphs([story[0], line, *story[1:]]), "en").body.split("\n\n") == [story[0], line, *story[1:]]


@pytest.mark.parametrize(
    ("lang", "text", "credit"),
    [
        ("de", "Demonstranten vor dem Reichstag in Berlin.", "Foto: Michael Kappeler/dpa"),
        ("fr", "Des manifestants place de la République à Paris.", "Photo : AFP"),
        ("es", "Manifestantes en la Puerta del Sol de Madrid.", "(EFE)"),
        ("it", "Manifestanti in piazza del Popolo a Roma.", "ANSA/Fabio Frustaci"),
        ("ru", "Протестующие на площади в Москве.", "Фото: ТАСС"),
        ("en", "Protesters rally outside the courthouse.", "(Photo by Jane Doe/Reuters)"),
        ("en", "Crowds gather on the waterfront.", "Getty Images"),
    ],
)
def test_a_credit_written_into_a_figure_caption_is_its_credit(lang: str, text: str, credit: str, backend: str) -> None:
    """A caption's credit without a credit element ("... Foto: dpa") is split off by the vocabularies' credit words."""
    story = _story(3)
    figure = f'<figure><img src="/a.jpg" alt=""><figcaption>{text} {credit}</figcaption></figure>'
    article = _read(_paragraphs(story[:1]) + figure + _paragraphs(story[1:]), lang)
    assert article.body.split("\n\n") == story
    assert [(c.text, c.credit) for c in article.captions] == [(text, credit.strip("()"))]


@pytest.mark.parametrize("lang", _LANGUAGES)
def test_every_vocabularys_byline_words_make_a_header_byline(lang: str) -> None:
    for word in _BY_LANGUAGE[lang].by:
        glue = "" if word.endswith((":", "：", "/", "｜")) else " "
        assert is_byline(f"{word.capitalize()}{glue}Anna Lund"), word


@pytest.mark.parametrize("line", ["De Gaulle's legacy, revisited", "Avant-garde at the biennale", "Przez lata"])
def test_a_line_opening_with_a_word_of_no_vocabularys_bylines_is_no_byline(line: str) -> None:
    assert not is_byline(line)


_CJK = {
    "ja": (
        "臨海部に新公園 東京都が計画発表",
        [
            "東京都は十四日、臨海部に新しい公園を整備する計画を発表した。",
            "計画では約十ヘクタールの敷地に遊歩道や広場を設ける。",
            "都の担当者は「多くの人に利用してほしい」と話した。",
            "工事は来年春に始まり、二〇二七年の完成を目指す。",
            "周辺の住民からは歓迎の声が上がっている。",
            "一方で、費用の増加を懸念する意見もある。",
        ],
    ),
    "zh": (
        "北京市公布滨河公园建设计划",
        [
            "北京市政府十四日公布了在河畔新建公园的计划，这是该市近年来规模最大的公园建设项目之一。",
            "根据计划，公园占地约十公顷，将修建步道、广场和自行车道，并种植大量本地树木。",
            "有关负责人在新闻发布会上表示，希望公园建成后能有更多市民前来休闲和锻炼。",
            "工程将于明年春季开工，预计二〇二七年完工，总投资约为五亿元人民币。",
            "周边居民对此普遍表示欢迎，认为新公园将改善社区环境，方便老人和儿童活动。",
            "但也有市民担心工程费用会不断增加，呼吁政府公开预算并接受社会监督。",
        ],
    ),
    "ko": (
        "서울시, 한강변 새 공원 조성 계획 발표",
        [
            "서울시는 14일 한강변에 새 공원을 조성하는 계획을 발표했다. 시가 추진하는 공원 사업 가운데 최대 규모다.",
            "계획에 따르면 약 10헥타르 부지에 산책로와 광장, 자전거 도로가 들어서고 나무 수천 그루가 심어진다.",
            "시 관계자는 기자회견에서 공원이 완성되면 많은 시민이 찾아와 휴식을 즐기기를 바란다고 말했다.",
            "공사는 내년 봄에 시작해 2027년 완공될 예정이며 총사업비는 약 900억 원으로 추산된다.",
            "주변 주민들은 대체로 환영의 뜻을 밝혔다. 노인과 어린이가 이용하기 좋아질 것이라는 기대다.",
            "반면 사업비가 계속 늘어날 것을 우려하며 예산을 투명하게 공개하라는 목소리도 나온다.",
        ],
    ),
}


_AD = {"ja": "広告", "zh": "广告", "ko": "광고"}


@pytest.mark.parametrize("lang", sorted(_CJK))
def test_a_story_of_short_cjk_paragraphs_split_in_two_blocks_is_read_whole(lang: str, backend: str) -> None:
    """Chinese, Japanese and Korean say in few characters what alphabets say in many: the second half of a story
    split around an ad is taken as it would be in English."""
    headline, story = _CJK[lang]
    links = "".join(f'<li><a href="/n{n}">{headline} {n}</a></li>' for n in range(10))
    half = len(story) // 2
    body = (
        f'<div class="a">{_paragraphs(story[:half])}</div><div class="ad-slot">{_AD[lang]}</div>'
        f'<div class="b">{_paragraphs(story[half:])}</div>'
    )
    page = (
        f'<header><nav><a href="/">Home</a></nav></header><div class="wrap"><div class="main"><h1>{headline}</h1>'
        f'{body}</div><div class="side"><ol>{links}</ol></div></div><footer>Copyright</footer>'
    )
    assert _load(lang, f"{headline} - 新聞", page).body.split("\n\n") == story


@pytest.mark.parametrize(
    ("sample", "unit"),
    [("臨海部に新公園", 3), ("北京市公布计划", 3), ("서울시 새 공원", 2), ("River park", 1), ("Парк", 1), ("", 1)],
)
def test_the_character_unit_follows_the_titles_script(sample: str, unit: int) -> None:
    assert char_unit(sample) == unit


_DECKS = {
    "ja": "都が臨海部で最大規模の公園計画を発表、二七年の完成を目指す",
    "zh": "市政府公布近年最大规模的公园计划，预计二〇二七年完工",
    "ko": "서울시가 한강변에 최대 규모 공원을 조성한다는 계획을 내놓았다",
}


@pytest.mark.parametrize("lang", sorted(_CJK))
def test_a_cjk_standfirst_under_the_headline_is_the_subtitle(lang: str, backend: str) -> None:
    """A deck written without spaces (or in few words of Hangul) is a standfirst as an English one would be."""
    headline, story = _CJK[lang]
    page = (
        f'<article><header><h1>{headline}</h1><p>{_DECKS[lang]}</p></header><div class="article-body">'
        f"{_paragraphs(story)}</div></article>"
    )
    article = _load(lang, headline, page)
    assert (article.subtitle, article.body.split("\n\n")) == (_DECKS[lang], story)


_DATED_LEADS = {
    "ja": ("東京都は2024年3月14日、臨海部に新しい公園を整備すると発表した。", "by 山田太郎 ／ 2024.03.14"),
    "zh": ("北京市政府2024年3月14日宣布，将在河畔新建一座公园。", "记者 张伟 2024-03-14 15:30"),
    "ko": ("서울시는 2024년 3월 14일 한강변에 새 공원을 조성한다고 밝혔다.", "김철수 기자 2024.03.14 14:05"),
}


@pytest.mark.parametrize("lang", sorted(_DATED_LEADS))
def test_a_short_cjk_lead_with_a_date_is_no_header_line_but_a_byline_line_is(lang: str, backend: str) -> None:
    """A first sentence with a date in it is the story's; the byline-and-date line above it is the header's."""
    headline, story = _CJK[lang]
    lead, header = _DATED_LEADS[lang]
    page = (
        f'<article><h1>{headline}</h1><div class="article-body">{_paragraphs([header, lead, *story])}</div></article>'
    )
    assert _load(lang, headline, page).body.split("\n\n") == [lead, *story]


def test_cjk_sentences_after_a_story_list_end_it() -> None:
    """Under "関連記事", the headlines go; the sentences after them (ending "。") are the story's again."""
    story = _CJK["ja"][1]
    links = ["新しい橋が開通へ", "沿岸道路が通行止め", "予算案がついに可決"]
    inner = _paragraphs(story[:2]) + "<h3>関連記事</h3>" + _paragraphs([*links, *story[2:]])
    assert _read(inner, "ja").body.split("\n\n") == story


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Lire aussi | Le Sénat adopte la loi sur l'eau", True),
        ("Leia também » Governo anuncia novo plano para o porto", True),
        ("LESEN SIE AUCH – Die Regierung plant neue Regeln", True),
        ("Lee también - El Gobierno aprueba el plan del puerto", True),
        ("Читайте также: Правительство утвердило новый план", True),
        ("Lire aussi Le Sénat adopte la loi sur l'eau", True),
        ("Leggi anche Il governo approva il piano del porto", True),
        # prose and subheadings that open with a heading's words
        ("Read more about the budget in our explainer, which sets out every line.", False),
        ("Recommended Reading", False),
        ("Trending lower, shares closed the day at their lowest in a year", False),
        ("Related costs rose sharply, the council said.", False),
    ],
)
def test_a_story_lists_heading_run_into_a_headline_leaves_the_story(line: str, furniture: bool, backend: str) -> None:
    """ "Lire aussi | <headline>", "Leia também » <headline>", or the heading and the headline with no separator."""
    story = _story(3)
    article = _read(_paragraphs([story[0], line, *story[1:]]), "en")
    assert article.body.split("\n\n") == (story if furniture else [story[0], line, *story[1:]])
    assert (line in [d.text for d in article.dropped]) is furniture


# A relative time printed above the story, and a timestamp's word inside a line with a number, in each language.
_RELATIVE_LINES = {
    "en": ("3 hours ago", "Updated 2 hours ago"),
    "de": ("vor 5 Minuten", "Aktualisiert vor 2 Stunden"),
    "fr": ("Il y a 3 heures", "Mis à jour il y a 2 heures"),
    "es": ("hace 2 horas", "Actualizado hace 3 horas"),
    "pt": ("há 2 horas", "Atualizado há 3 horas"),
    "it": ("2 ore fa", "Aggiornato 5 minuti fa"),
    "nl": ("3 uur geleden", "Bijgewerkt 2 uur geleden"),
    "pl": ("3 godziny temu", "Aktualizacja 2 godziny temu"),
    "ru": ("3 часа назад", "Обновлено 3 часа назад"),
    "uk": ("3 години тому", "Оновлено 2 години тому"),
    "tr": ("3 saat önce", "Güncelleme 2 saat önce"),
    "ar": ("منذ 3 ساعات", "قبل 5 دقائق"),
    "ja": ("2時間前", "5分前"),
    "zh": ("3小时前", "5分钟前"),
    "ko": ("3시간 전", "5분 전"),
}


@pytest.mark.parametrize("lang", sorted(_RELATIVE_LINES))
def test_a_relative_time_above_the_story_leaves_it(lang: str, backend: str) -> None:
    story = _story(3)
    for line in _RELATIVE_LINES[lang]:
        article = _read(_paragraphs([line, *story]), lang)
        assert article.body.split("\n\n") == story, line
        assert line in [d.text for d in article.dropped]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "He resigned 2 days ago."),
        ("de", "Er trat vor 2 Tagen zurück."),
        ("es", "Dimitió hace 2 días."),
    ],
)
def test_a_short_first_sentence_saying_how_long_ago_stays(lang: str, sentence: str, backend: str) -> None:
    story = _story(3)
    article = _read(_paragraphs([sentence, *story]), lang)
    assert article.body.split("\n\n") == [sentence, *story]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ru", "Обновлено"),
        ("pl", "Ostatnia aktualizacja:"),
        ("nl", "Foto: ANP | bijgewerkt 12 uur"),
        ("tr", "Fotoğraf: AA | güncelleme 3 saat"),
        ("en", "Updated"),
    ],
)
def test_a_timestamp_word_alone_or_inside_a_numbered_line_leaves_the_top(lang: str, line: str, backend: str) -> None:
    story = _story(3)
    article = _read(_paragraphs([line, *story]), lang)
    assert article.body.split("\n\n") == story, line
    assert line in [d.text for d in article.dropped]


@pytest.mark.parametrize(
    ("lang", "counter"),
    [
        ("en", "Slide 4 of 9"),
        ("de", "Bild 2 von 10"),
        ("ru", "Фото 1 из 5"),
        ("ja", "写真 1/5"),
        ("pl", "Zdjęcie 3 z 8"),
    ],
)
def test_a_gallery_counter_in_the_story_leaves_it(lang: str, counter: str, backend: str) -> None:
    story = _story(4)
    article = _read(_paragraphs([*story[:2], counter, *story[2:]]), lang)
    assert article.body.split("\n\n") == story
    assert counter in [d.text for d in article.dropped]


def test_a_short_line_of_numbers_that_is_no_counter_stays(backend: str) -> None:
    story = _story(4)
    for line in ("He won 3 of 5", "Top 10 of 2024"):
        article = _read(_paragraphs([*story[:2], line, *story[2:]]), "en")
        assert line in article.body.split("\n\n"), line


@pytest.mark.parametrize("lang", _LANGUAGES)
def test_every_vocabularys_copyright_notice_after_the_story_leaves_it(lang: str, backend: str) -> None:
    vocabulary = _BY_LANGUAGE[lang]
    assert vocabulary.rights_words, f"{lang} names no words of a copyright notice"
    story = _story(3)
    for word in vocabulary.rights_words:
        notice = f"Example Media 2024 - {word}"
        article = _read(_paragraphs([*story, notice]), lang)
        assert article.body.split("\n\n") == story, word
        assert notice in [d.text for d in article.dropped]


@pytest.mark.parametrize(
    "end",
    [
        ["© 2024 Example Media"],
        ["Jane Roe can be reached at jane.roe@example.com"],
        ["홍길동 기자 hong@example.co.kr", "<저작권자(c) 새한일보, 무단 전재-재배포 금지>"],
        ["▶ 네이버에서 새한일보 구독하기", "▶ 새한일보 많이 본 뉴스"],
        ["Quelle: https://www.example.de/lokales/fernwaerme-id48213.html", "Datum des Ausdrucks: 17.03.2026"],
        ["Source URL: www.example.com/news/river-park", "Printed: 3 March 2024"],
        ["(rzp/dnu)"],
        ["Follow us on Google News for the latest updates"],
        ["अवध समाचार को गूगल न्यूज़ पर फॉलो करें"],
        ["Помітили помилку? Виділіть її та натисніть Ctrl+Enter."],
        ["Нашли опечатку? Выделите текст и нажмите Ctrl + Enter"],
        ["First Published on Nov 20, 2019 01:38 pm"],
        ["Veröffentlicht am 3. März 2024, 17:42 Uhr"],
        ["Publicado em 05/10/2018 às 10:00"],
    ],
    ids=[
        "copyright",
        "signature",
        "signature-and-notice",
        "pointers",
        "print-footer-de",
        "print-footer-en",
        "desk",
        "follow-en",
        "follow-hi",
        "typo-uk",
        "typo-ru",
        "stamp-en",
        "stamp-de",
        "stamp-pt",
    ],
)
def test_end_matter_after_the_story_leaves_it_also_as_the_last_lines_of_a_block(end: list[str], backend: str) -> None:
    story = _story(3)
    article = _read(_paragraphs([*story, *end]), "en")
    assert article.body.split("\n\n") == story
    lines = "<br>".join([*story[-1:], *end])  # the same lines as one block of text between <br>s
    article = _read(_paragraphs([*story[:-1], lines]), "en")
    assert article.body.split("\n\n") == story


def test_a_last_sentence_of_the_story_about_the_aggregator_stays() -> None:
    story = [*_story(2), "Publishers said Google News sent them 20% less traffic in 2024 than the year before."]
    assert _read(_paragraphs(story), "en").body.split("\n\n") == story


def test_a_last_address_or_date_of_the_story_itself_stays() -> None:
    """A bare address closing a list of links, and a date written as a sentence, are the story's."""
    story = [*_story(2), "Ravensburger Labyrinth board game", "https://example.com/p/2A6mxCW"]
    assert _read(_paragraphs(story), "en").body.split("\n\n") == story
    story = [*_story(2), "The vote is set for 17 March 2026, the council said on Monday after its session."]
    assert _read(_paragraphs(story), "en").body.split("\n\n") == story


def test_a_story_line_that_speaks_of_copyright_stays() -> None:
    story = [*_story(2), "The court ruled on the copyright case on Monday (c) 2024.", *_story(1)]
    assert _read(_paragraphs(story), "en").body.split("\n\n") == story


@pytest.mark.parametrize(
    ("lang", "line", "text", "credit"),
    [
        ("ru", "Новое здание поликлиники. Фото: пресс-служба администрации", "Новое здание поликлиники.",
         "Фото: пресс-служба администрации"),
        ("ko", "서울 시내 한 빌라 밀집 지역. /사진=연합뉴스", "서울 시내 한 빌라 밀집 지역.", "사진=연합뉴스"),
        ("en", "The core stage at the assembly plant. (credit: NASA/Jane Roe)", "The core stage at the assembly plant.",
         "credit: NASA/Jane Roe"),
        ("de", "Der Kanzler in Berlin. Foto: Michael Kappeler/dpa", "Der Kanzler in Berlin.",
         "Foto: Michael Kappeler/dpa"),
    ],
)  # fmt: skip
def test_a_caption_written_into_the_text_with_its_credit_is_a_caption(
    lang: str, line: str, text: str, credit: str, backend: str
) -> None:
    story = _story(4)
    article = _read(_paragraphs([*story[:2], line, *story[2:]]), lang)
    assert article.body.split("\n\n") == story
    assert [(c.text, c.credit.lstrip("/") if c.credit else None) for c in article.captions] == [(text, credit)]


def test_a_caption_elements_text_among_lines_of_text_leaves_them(backend: str) -> None:
    story = _story(3)
    figure = '<span class="end_photo_org"><img src="a.jpg"><em class="img_desc">Flats in the city centre.</em></span>'
    inner = f"{story[0]}<br><br>{figure}<br>{story[1]}<br><br>{story[2]}"
    article = _read(inner, "en")
    assert article.body.split("\n\n") == story
    assert [c.text for c in article.captions] == ["Flats in the city centre."]


@pytest.mark.parametrize(
    "line",
    [
        "On October 18, more than 300 people were sent home by the authorities. PTI",
        "The council voted on Tuesday to expand the park (AP)",
        "A long paragraph of the story that ends with a credit but is prose, " * 5 + "Photo: Jane Roe/AP",
    ],
)
def test_a_paragraph_of_the_story_with_an_agency_at_its_end_stays(line: str, backend: str) -> None:
    story = _story(4)
    article = _read(_paragraphs([*story[:2], line, *story[2:]]), "en")
    assert line in article.body.split("\n\n")


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Anurag Mishra, Lucknow Published: Thu, 12 Mar 2026 06:15 PM (IST) Updated: Thu, 12 Mar 2026 06:40 PM (IST)",
         "en"),
        ("अनुराग मिश्रा, लखनऊ Published: Thu, 12 Mar 2026 06:15 PM (IST) Updated: Thu, 12 Mar 2026 06:40 PM (IST)",
         "hi"),
        ("Redaktion Nord · Veröffentlicht am 12.03.2026 um 18:15 Uhr · Aktualisiert am 12.03.2026 um 18:40 Uhr", "de"),
        ("陈静 北京报道 发布时间：2026-03-12 18:15 更新时间：2026-03-12 18:40 来源：本报", "zh"),
    ],
)  # fmt: skip
def test_a_long_header_line_of_stamps_leaves_the_top(line: str, lang: str, backend: str) -> None:
    article = _read(_paragraphs([line, *_story(3)]), lang)
    assert line not in (article.body or "")
    assert (article.body or "").startswith("Part 0.")


@pytest.mark.parametrize(
    "line",
    ["The report was published on Thursday, 12 March 2026, by the ministry after months of delays and debate.",
     "Updated figures released on 12 March 2026 show the river park drew 40,000 visitors in its first week."],
)  # fmt: skip
def test_a_first_sentence_that_says_when_something_was_published_stays(line: str, backend: str) -> None:
    article = _read(_paragraphs([line, *_story(3)]), "en")
    assert (article.body or "").startswith(line)


def test_a_cjk_notice_opening_with_a_date_and_ending_in_a_colon_is_text(backend: str) -> None:
    """A notice's first paragraph ("…于2026年4月1日起正式启用。现将有关事项通告如下：") is no header's date line."""
    first = "为进一步方便企业和群众办事，经区政府研究决定，新区政务服务中心将于2026年4月1日起正式启用。"
    first += "现将有关事项通告如下："
    rest = [
        "一、服务中心位于新区行政大楼一层，设有综合受理窗口二十个，可办理各类审批事项。",
        "二、工作时间为周一至周五上午九时至下午五时，法定节假日除外，请群众合理安排时间。",
    ]
    article = _load(
        "zh",
        "关于新区政务服务中心启用的通告",
        f"<article><h1>关于新区政务服务中心启用的通告</h1>{_paragraphs([first, *rest])}</article>",
    )
    assert (article.body or "").split("\n\n") == [first, *rest]


def test_a_last_sentence_that_opens_with_a_timestamp_word_stays(backend: str) -> None:
    story = [*_story(3), "Published on 3 March 2024, the council's report found that rents rose by a fifth in a year."]
    article = _read(_paragraphs(story), "en")
    assert article.body.split("\n\n") == story


def test_a_books_details_line_closing_a_review_stays(backend: str) -> None:
    story = [*_story(3), "Published March 3, 2026"]
    article = _read(_paragraphs(story), "en")
    assert article.body.split("\n\n") == story
