"""Bylines of saved pages that name their writers in the ways wire copy and desks do.

Each page is built here from its parts, so the expected writers are the names put into it: a time of day before
a byline's date, an agency's name after the names with no comma, a desk's or an editorial's name, a contributor
line closing a wire story, and a line of names and their job under the headline with no byline word.
"""

from __future__ import annotations

import html
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._meta import parse_byline
from newsparse.vocabulary import Vocabulary, register, unregister

_PARAGRAPH = (
    "The council met on Tuesday evening to discuss the proposed changes to the bus routes, which residents have "
    "criticised for months as slow and unreliable in the outer suburbs of the city."
)


def _page(top: str = "", end: str = "", head: str = "") -> str:
    title = "Council approves new bus routes after a long debate"
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Site</title>'
        f"{head}</head><body><header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<main><article><h1>{html.escape(title)}</h1>{top}{f'<p>{_PARAGRAPH}</p>' * 4}{end}</article></main>"
        "<footer><p>© 2025 The Daily Site. All rights reserved.</p></footer></body></html>"
    )


def _authors(page: str) -> tuple[str, ...]:
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    return article.authors


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Roe Published 11:11 PM EST Nov 19, 2019",
        "By Jane Roe | Updated 14:30 CET 3 March 2025",
        "By Jane Roe, 9.05 a.m. March 4, 2025",
    ],
)
def test_a_time_of_day_before_a_bylines_date_leaves_the_name_alone(byline: str) -> None:
    assert _authors(_page(f'<div class="byline">{byline}</div>')) == ("Jane Roe",)


@pytest.mark.parametrize(
    ("byline", "names", "agency"),
    [
        ("By JANE ROE and AL LI Associated Press", ["JANE ROE", "AL LI"], "Associated Press"),
        ("By Jane Roe The Associated Press", ["Jane Roe"], "The Associated Press"),
        ("By Jane Roe AP Political Writer", ["Jane Roe"], "AP"),
        ("By Mo Fa AFP", ["Mo Fa"], "AFP"),
    ],
)
def test_an_agency_after_the_names_without_a_comma_is_the_source(byline: str, names: list[str], agency: str) -> None:
    """An agency's code in capitals or its name of two words or more; one word may be a surname (below)."""
    assert parse_byline(byline) == (names, agency)
    assert _authors(_page(f"<p>{byline}</p>")) == tuple(names)


@pytest.mark.parametrize(
    "author",
    ["Detroit News wire services", "News Nation Bureau", "Editorial", "Sports Desk"],
)
def test_a_desk_or_an_editorial_is_no_author(author: str) -> None:
    head = '<script type="application/ld+json">{}</script>'.format(
        json.dumps({"@type": "NewsArticle", "headline": "Bus routes", "author": {"@type": "Person", "name": author}})
    )
    assert _authors(_page(head=head)) == ()
    assert _authors(_page(f'<div class="byline">{author} Published 11:11 PM EST Nov 19, 2019</div>')) == ()


def test_a_person_of_a_bureau_is_the_author() -> None:
    assert _authors(_page('<div class="byline">By Jane Roe, Washington Bureau</div>')) == ("Jane Roe",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(Reporting by Jane Roe; Editing by Bill Boe)", ("Jane Roe",)),
        ("Reporting by Jane Roe in London and Al Li in Paris; editing by Bill Boe", ("Jane Roe", "Al Li")),
        ("(Reporting by Jane Roe, Al Li and Mo Fa in New York; Writing by Ed Wu; Editing by Bill Boe)",
         ("Jane Roe", "Al Li", "Mo Fa", "Ed Wu")),  # the writer too
    ],
)  # fmt: skip
def test_a_contributor_line_closing_a_wire_story_names_its_writers(line: str, names: tuple[str, ...]) -> None:
    assert _authors(_page(end=f"<p>{line}</p>")) == names


def test_a_byline_comes_before_a_contributor_line() -> None:
    page = _page('<p class="byline">By Ann Kay</p>', "<p>(Reporting by Jane Roe; Editing by Bill Boe)</p>")
    assert _authors(page) == ("Ann Kay",)


def test_additional_reporting_names_no_writer() -> None:
    assert _authors(_page(end="<p>Additional reporting by Jane Roe.</p>")) == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Roe, Political Editor", ("Jane Roe",)),
        ("Jane Roe and Al Li, Staff Writers", ("Jane Roe", "Al Li")),
        ("Ana Souza, repórter", ("Ana Souza",)),
        ("Paris, Correspondent", ()),  # one word: a place
        ("Chief Executive, John Smith", ()),  # the job first: no byline
        ("Jane Roe, Political", ()),  # no job
        ("JERUSALEM POST STAFF", ()),  # a paper's staff
        ("Boletín de Prensa", ()),  # a press release's label
        ("Jane Roe Political Correspondent", ("Jane Roe",)),
    ],
)
def test_a_line_of_names_and_their_job_under_the_headline_is_a_byline(line: str, names: tuple[str, ...]) -> None:
    assert _authors(_page(f"<p>{line}</p>")) == names


_CAPITAL = st.sampled_from("ABDEFGHJKLMNPRSTW")
_NAME = st.builds(
    lambda first, a, b: f"{first}{a} {b}",
    _CAPITAL,
    st.text("aeiounrlst", min_size=3, max_size=7),
    st.sampled_from(["Okafor", "Lindqvist", "Moreau", "Santos", "Kowalski", "Haddad", "Tanaka"]),
)


@given(
    names=st.lists(_NAME, min_size=1, max_size=3, unique=True),
    agency=st.sampled_from(["AFP", "AP", "EFE", "Associated Press"]),
)
def test_the_reporters_of_a_contributor_line_are_its_names(names: list[str], agency: str) -> None:
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    line = f"(Reporting by {listed}; Editing by Bill Boe)"
    assert parse_byline(line) == (names, None)
    assert parse_byline(f"By {listed} {agency}") == (names, agency)


def test_a_line_of_two_names_and_their_job_leaves_the_text() -> None:
    (article,) = newsparse.load(_page("<p>Jane Roe and Al Li, Staff Writers</p>").encode(), detector="html-page")
    assert article.body.startswith(_PARAGRAPH)
    assert "Jane Roe and Al Li, Staff Writers" in [dropped.text for dropped in article.dropped]


@pytest.mark.parametrize(
    "top",
    [
        "<p>Jane Roe<br>Political Correspondent</p>",
        "<div><strong>Jane Roe</strong></div><div>Political Correspondent</div>",
    ],
)
def test_a_name_over_its_writers_job_is_a_byline_and_leaves_the_text(top: str) -> None:
    (article,) = newsparse.load(_page(top).encode(), detector="html-page")
    assert article.authors == ("Jane Roe",)
    assert article.body.startswith(_PARAGRAPH)


def test_a_place_over_a_job_is_no_byline() -> None:
    (article,) = newsparse.load(_page("<p>New</p><p>Political Correspondent</p>").encode(), detector="html-page")
    assert article.authors == ()


def _load(page: str) -> newsparse.Article:
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    return article


@pytest.mark.parametrize(
    ("end", "names"),
    [
        ('<p style="text-align:right"><strong>Võ Hải</strong></p>', ("Võ Hải",)),
        ('<p class="signature"><em>— Marta Bellei e Luca Ferrante</em></p>', ("Marta Bellei", "Luca Ferrante")),
        ('<p style="text-align:right"><em>(Text: Stefan Aichinger)</em></p>', ("Stefan Aichinger",)),
    ],
)
def test_a_signature_closing_the_story_names_its_writers_and_leaves_the_text(end: str, names: tuple[str, ...]) -> None:
    article = _load(_page(end=end))
    assert article.authors == names
    assert article.body.endswith(_PARAGRAPH)


@pytest.mark.parametrize("end", ["<p>ABOUT THE AUTHOR</p>", "<p>Second Paragraph.</p>", "<p>Senior Editor</p>"])
def test_a_line_closing_the_story_that_is_no_name_is_no_signature(end: str) -> None:
    article = _load(_page(end=end))
    assert article.authors == ()
    assert article.body.endswith(end[3:-4])


def test_a_byline_elsewhere_comes_before_a_signature() -> None:
    assert _load(_page('<p class="byline">By Ann Kay</p>', "<p><strong>Võ Hải</strong></p>")).authors == ("Ann Kay",)


@pytest.mark.parametrize("account", ["neemamwakalinga", "jroe88", "admin", "cobre cafeicultura e cooperativismo desde"])
def test_a_user_name_or_a_phrase_in_small_letters_is_no_author(account: str) -> None:
    assert _authors(_page(head=f'<meta name="author" content="{account}">')) == ()


def test_a_user_name_gives_way_to_the_byline() -> None:
    page = _page('<p class="byline">By Ann Kay</p>', head='<meta name="author" content="annkay_cms">')
    assert _authors(page) == ("Ann Kay",)


def test_a_field_labelled_author_names_the_writer() -> None:
    field = (
        '<div class="field field--name-field-author"><div class="field__label">Author</div>'
        '<div class="field__item">Thabo Mokoena</div></div>'
    )
    assert _authors(_page(field)) == ("Thabo Mokoena",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ('<p class="reporter">신안=정다은 기자 daeun@example.com</p>', ("정다은",)),
        ("<p><strong>الفجيرة: سارة المهيري</strong></p>", ("سارة المهيري",)),
        ("<p><strong>المصدر: الشرق اليوم</strong></p>", ()),  # the source: an outlet
    ],
)
def test_a_desks_place_before_the_reporter_is_no_part_of_the_name(line: str, names: tuple[str, ...]) -> None:
    assert _authors(_page(line)) == names


def test_the_microdata_authors_of_one_element_are_all_the_writers() -> None:
    person = (
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{}</span></span>'
    )
    names = f"{person.format('Agnieszka Lewandowska')}, {person.format('Piotr Zieliński')}"
    byline = f'<div class="article__authors">{names}</div>'
    assert _authors(_page(byline)) == ("Agnieszka Lewandowska", "Piotr Zieliński")


def test_a_meta_author_repeated_for_each_writer_names_them_all() -> None:
    head = '<meta name="parsely-author" content="Marta Bellei"><meta name="parsely-author" content="Luca Ferrante">'
    assert _authors(_page(head=head)) == ("Marta Bellei", "Luca Ferrante")


@pytest.mark.parametrize("after", ["Gündem Anadolu Haber", "Gündem Anadolu – wiadomości z Torunia"])
def test_a_meta_author_that_opens_the_last_part_of_the_title_is_the_site(after: str) -> None:
    page = (
        f'<!DOCTYPE html><html lang="tr"><head><title>Odunpazarı evleri yenileniyor - {after}</title>'
        '<meta name="author" content="Gündem Anadolu"></head><body><header><a class="logo" href="/">Gündem Anadolu</a>'
        "</header><article><h1>Odunpazarı evleri yenileniyor</h1>"
        '<div class="muhabir">Muhabir: <a href="/muhabir/emre-tasdelen">Emre Taşdelen</a></div>'
        f"{f'<p>{_PARAGRAPH}</p>' * 4}</article></body></html>"
    )
    assert _authors(page) == ("Emre Taşdelen",)


def test_an_authors_description_is_no_byline() -> None:
    box = (
        '<div class="tdb-author-info"><div class="tdb-author-descr">Jornalista formada pela UFLA, cobre cafeicultura '
        "e cooperativismo desde 2017.</div></div>"
    )
    assert _authors(_page(end=box)) == ()


def test_each_writers_box_closing_the_story_leaves_the_text() -> None:
    boxes = (
        "<p>Léa Fournier</p><p>Journaliste à la rubrique Valais.</p>"
        "<p>Quentin Rappaz</p><p>Journaliste, il suit la politique.</p>"
    )
    article = _load(_page("<p>Par Léa Fournier et Quentin Rappaz</p>", boxes))
    assert article.authors == ("Léa Fournier", "Quentin Rappaz")
    assert article.body.endswith(_PARAGRAPH)


@pytest.mark.parametrize(
    ("end", "names"),
    [
        ("<p><strong>Entrevista: Lucía Ferreyra y Gonzalo Ibarra</strong></p>", ("Lucía Ferreyra", "Gonzalo Ibarra")),
        ("<p><em>Propos recueillis par Claire Martin</em></p>", ("Claire Martin",)),
    ],
)
def test_an_interviewers_credit_closing_the_story_names_the_writers(end: str, names: tuple[str, ...]) -> None:
    assert _authors(_page(end=end)) == names


@pytest.mark.parametrize("name", ["AP-Wire", "Reuters-Wire", "CNN-Wire"])
def test_an_agencys_name_in_one_word_is_no_author(name: str) -> None:
    assert _authors(_page(f'<span class="caas-author-byline-collapse">{name}</span>')) == ()


@pytest.mark.parametrize(
    "end",
    [
        "<p>Kwaheri kwa sasa,<br>Neema Mwakalinga</p>",
        "<p>Thanks for reading, Jo Roe</p>",
        "<p>Bis bald, Max Muster</p>",
    ],
)
def test_a_sign_off_closing_a_post_names_its_writer_and_leaves_the_text(end: str) -> None:
    article = _load(_page(end=end))
    assert len(article.authors) == 1
    assert article.authors[0] in end
    assert article.body.endswith(_PARAGRAPH)


def test_a_closing_line_that_names_a_place_after_a_comma_is_no_signature() -> None:
    assert _authors(_page(end="<p>Reported from the harbour, Port Louis.</p>")) == ()


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Liam Fox", ["Liam Fox"]),
        ("By Jane Roe and Liam Fox", ["Jane Roe", "Liam Fox"]),
        ("By Michael R. Bloomberg", ["Michael R. Bloomberg"]),
    ],
)
def test_a_surname_that_is_also_an_agencys_name_stays_in_the_name(byline: str, names: list[str]) -> None:
    assert parse_byline(byline) == (names, None)


@pytest.mark.parametrize(
    "line",
    [
        "Authors Guild Backs Strike",  # no byline word: "Author" needs its colon in a line of text
        "Supreme Court Chief Justice Resigns",
        "Kuala Lumpur Bureau Chief",
        "World News Desk Editor",
        "Jerome Powell, Fed Chief",
        "Sundar Pichai, Google Chief Executive",
    ],
)
def test_a_headline_or_a_newsmakers_job_under_the_headline_is_no_byline(line: str) -> None:
    assert _authors(_page(f"<p>{line}</p>")) == ()


@pytest.mark.parametrize(
    "line",
    [
        "عاجل: انفجار في بيروت",
        "فيديو: لحظة سقوط الطائرة",
        "मुंबई: शेयर बाजार गिरा",
        "צילום: יוסי כהן",
        "عاجل: انفجار بيروت",
    ],
)
def test_a_kickers_label_or_a_credit_before_a_colon_is_no_desks_place(line: str) -> None:
    assert _authors(_page(f"<p><strong>{line}</strong></p>")) == ()


@pytest.mark.parametrize(
    "end",
    [
        "<p>Kuala Lumpur</p>",  # a place, not set apart
        "<p>Manchester United</p>",
        '<p class="signature"><strong>World News</strong></p>',  # set apart, but an outlet's name
        "<p><strong>وكالة الأنباء</strong></p>",  # a script without capitals: no name alone
    ],
)
def test_a_last_line_that_is_no_writers_signature_stays_and_names_no_one(end: str) -> None:
    article = _load(_page(end=end))
    assert article.authors == ()
    assert not article.body.endswith(_PARAGRAPH)


def test_a_signature_that_is_not_the_authors_stays_in_the_text() -> None:
    article = _load(_page('<p class="byline">By Ann Kay</p>', "<p><strong>Kuala Lumpur</strong></p>"))
    assert article.authors == ("Ann Kay",)
    assert article.body.endswith("Kuala Lumpur")


def test_a_bare_name_closing_the_story_that_is_the_author_leaves_the_text() -> None:
    field = '<div class="field--name-field-author"><div class="field__item">Thabo Mokoena</div></div>'
    article = _load(_page(end=field, head='<meta name="author" content="Thabo Mokoena">'))
    assert article.authors == ("Thabo Mokoena",)
    assert article.body.endswith(_PARAGRAPH)


@pytest.mark.parametrize("key", ["byl", "parsely-author", "author"])
def test_each_repeated_author_meta_tag_is_a_writer_of_its_own(key: str) -> None:
    head = f'<meta name="{key}" content="By Jane Roe"><meta name="{key}" content="Al Li">'
    assert _authors(_page(head=head)) == ("Jane Roe", "Al Li")


def test_a_contributor_line_that_names_an_agencys_service_names_no_writer() -> None:
    assert _authors(_page(end="<p>(Reporting by Reuters TV; Editing by Bill Boe)</p>")) == ()


@pytest.mark.parametrize(
    ("top", "names"),
    [
        ('<div class="info"><span class="zz">作者：韩晓宁 周立新</span></div>', ("韩晓宁", "周立新")),
        ("<div><span>潮声新闻记者 钟佳怡</span></div>", ("钟佳怡",)),
        ("<p><strong>سايس 24 – يوسف العلمي</strong></p>", ("يوسف العلمي",)),
        ('<p class="byline">（吉川美咲）</p>', ("吉川美咲",)),
    ],
)
def test_bylines_in_scripts_without_capitals(top: str, names: tuple[str, ...]) -> None:
    assert _authors(_page(top)) == names


@pytest.mark.parametrize("account", ["هيئة التحرير", "المدار نت + وكالات", "Администратор"])
def test_an_editorial_board_agencies_or_an_administrator_are_no_writers(account: str) -> None:
    assert _authors(_page(head=f'<meta name="author" content="{account}">')) == ()


def test_a_byline_that_is_the_last_line_of_a_block_of_lines_names_the_writer() -> None:
    block = f"<div>{_PARAGRAPH}<br><br>{_PARAGRAPH}<br><br><b>Von Sabine Kretzschmar</b></div>"
    article = _load(_page(end=block))
    assert article.authors == ("Sabine Kretzschmar",)
    assert "Kretzschmar" not in article.body


def test_a_meta_author_that_is_the_site_at_the_end_of_a_chinese_title_names_no_writer() -> None:
    page = (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">'
        "<title>我省启动农村供水保障工程_要闻_淮源新闻网</title>"
        '<meta name="author" content="淮源新闻网"></head><body><div class="header"><a href="/" class="logo">'
        '<img src="/logo.png" alt="淮源新闻网"></a></div><div class="article"><h1>我省启动农村供水保障工程</h1>'
        f"{'<p>' + '我省正式启动农村供水保障提升工程，计划用三年时间投入资金。' * 4 + '</p>'}"
        "</div></body></html>"
    )
    assert _authors(page) == ()


def test_a_registered_vocabulary_names_its_writers_pages() -> None:
    """A link inside the story to a writer's page, by a path word a vocabulary registers ("/toimittaja/…")."""
    link = '<p><a href="/toimittaja/liisa-virtanen">Liisa Virtanen</a></p>'
    assert _authors(_page(end=link)) == ()  # no vocabulary knows the word
    register(Vocabulary(language="xx", writer_paths=("toimittaja",)))
    try:
        assert _authors(_page(end=link)) == ("Liisa Virtanen",)
    finally:
        unregister("xx")


def test_a_byline_word_of_two_words_is_taken_whole_before_a_label() -> None:
    """ "Γράφει η" (writes, the feminine article) is a byline word; "Γράφει:" is one too, as a label."""
    assert _authors(_page('<p class="author">Γράφει η Μαρία Λιονάκη</p>')) == ("Μαρία Λιονάκη",)


@pytest.mark.parametrize(
    ("info", "lang", "names"),
    [
        ('<div class="article-info muted"><span class="createdby">Autor: Marek Kasprzak</span> '
         '<span class="create">Dodano: 2026-03-05 14:22</span> <span class="hits">Odsłon: 2184</span></div>',
         "pl", ("Marek Kasprzak",)),
        ('<div class="news-info"><p class="podpis">Text a foto: Lukáš Pavelka</p>'
         '<p class="datum">Vloženo: 5.3.2026 11:30</p></div>', "cs", ("Lukáš Pavelka",)),
    ],
)  # fmt: skip
def test_a_byline_printed_under_the_text_is_read(info: str, lang: str, names: tuple[str, ...]) -> None:
    """Its date is not read there (a related story's or a rights line's may stand under a text)."""
    page = _page(end=info).replace('lang="en"', f'lang="{lang}"')
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert article.authors == names
    assert article.body.endswith(_PARAGRAPH)


@pytest.mark.parametrize(
    "company",
    [
        "Mediahub s.r.o.",
        "Ringier Media Slovakia, a.s.",
        "Acme Verlag GmbH",
        "Nordic Media A/S",
        "Grupo Editorial Norte S.A.",
        "Editora Serra Ltda.",
        "Wydawnictwo Pomorze Sp. z o.o.",
        "Regional Media Oyj",
        "Example News Ltd",
        "Daily Planet Publishing, LLC",
        "Edizioni Alpine S.r.l.",
        "Media Nusantara Tbk",
        "ООО «Медиа Групп»",
        "ソニー株式会社",
    ],
)
def test_a_company_named_as_meta_author_is_no_writer_and_the_byline_is(company: str) -> None:
    head = f'<meta name="author" content="{html.escape(company)}">'
    assert _authors(_page(head=head)) == ()
    assert _authors(_page('<div class="byline">By Jane Roe</div>', head=head)) == ("Jane Roe",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Jane Roe, Acme Media Ltd", ("Jane Roe",)),
        ("Jan Novák", ("Jan Novák",)),
        ("Olga Petrova", ("Olga Petrova",)),
        ("Ana Sá", ("Ana Sá",)),
        ("Sreejith KG", ("Sreejith KG",)),  # initials after the name, as South Indian names write them
        ("Nikhil AS", ("Nikhil AS",)),
        ("PT Jyothi Datta", ("PT Jyothi Datta",)),
        ("Hülya Ay", ("Hülya Ay",)),
        ("Anand AB", ("Anand AB",)),
    ],
)
def test_a_person_beside_a_company_or_a_name_ending_like_a_form_is_a_writer(
    byline: str, names: tuple[str, ...]
) -> None:
    assert _authors(_page(head=f'<meta name="author" content="{html.escape(byline)}">')) == names


def _ld(*names: str) -> str:
    people = [{"@type": "Person", "name": name} for name in names]
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "author": people})}</script>'


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Roe and Al Li", ("Jane Roe", "Al Li")),
        ("By Jane Roe, Al Li, Mo Fa", ("Jane Roe", "Al Li", "Mo Fa")),
        ("Jana Veselá a Ondřej Malý", ("Jana Veselá", "Ondřej Malý")),
    ],
)
def test_a_byline_that_names_the_metadatas_writer_and_more_names_them_all(byline: str, names: tuple[str, ...]) -> None:
    assert _authors(_page(f'<div class="byline">{byline}</div>', head=_ld(names[0]))) == names


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Roe, London",  # a place
        "By Jane Roe, New Delhi",  # a place of two words
        "By Jane Roe, Nikkei Asia",  # an outlet
        "By Jane Roe · Partner Studio",  # a desk
        "By Al Li and Mo Fa",  # other writers: the metadata's stay
    ],
)
def test_a_byline_that_adds_no_writers_leaves_the_metadatas(byline: str) -> None:
    assert _authors(_page(f'<div class="byline">{byline}</div>', head=_ld("Jane Roe"))) == ("Jane Roe",)


def test_bylines_of_several_elements_do_not_widen_the_metadatas_writer() -> None:
    entries = "".join(f'<div class="byline">By {name}</div><p>{_PARAGRAPH}</p>' for name in ("Jane Roe", "Al Li"))
    assert _authors(_page(end=entries, head=_ld("Jane Roe"))) == ("Jane Roe",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Авторлар: Айгерім Сәрсенбаева, Ерлан Жұмабеков", ("Айгерім Сәрсенбаева", "Ерлан Жұмабеков")),
        ("Müəllif: Leyla Məmmədova", ("Leyla Məmmədova",)),
        ("Höfundur: Stefán Ari Björnsson", ("Stefán Ari Björnsson",)),
    ],
)
def test_a_label_no_vocabulary_knows_is_no_part_of_the_first_name(byline: str, names: tuple[str, ...]) -> None:
    assert _authors(_page(f'<div class="byline">{byline}</div>')) == names


@pytest.mark.parametrize("byline", ["Foto: Jane Roe", "Photo: Jane Roe", "Rubrik: Sport"])
def test_a_credit_or_a_label_over_no_name_names_no_writer(byline: str) -> None:
    assert _authors(_page(f'<div class="byline">{byline}</div>')) == ()


def test_a_byline_widens_the_metadatas_writer_whatever_the_accents() -> None:
    page = _page('<div class="byline">By José García and Al Li</div>', head=_ld("Jose Garcia"))
    assert _authors(page) == ("José García", "Al Li")


@pytest.mark.parametrize(
    ("byline", "names"),
    [("Par : Jean Dupont", ("Jean Dupont",)), ("Jean Dupont :", ("Jean Dupont",))],
)
def test_a_colon_beside_the_name_is_no_part_of_it(byline: str, names: tuple[str, ...]) -> None:
    assert _authors(_page(f'<div class="byline">{byline}</div>')) == names


@pytest.mark.parametrize("byline", ["Editor: Mark Stone", "Translator: Mark Stone", "Guest: Mark Stone"])
def test_a_label_of_another_role_names_no_writer(byline: str) -> None:
    assert _authors(_page(f'<div class="byline">{byline}</div>')) == ()
