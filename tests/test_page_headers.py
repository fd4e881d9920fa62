"""The header of a story on a classic layout: its headline, standfirst, signature and date in plain elements.

Old table layouts and regional CMSs set the headline in a ``<span>`` or ``<div>`` whose class names a title in the
site's own language ("titulo_noticia", "titol", "titre-article"), the standfirst in a ``subtitol`` or ``teaser``
element (sometimes under a picture whose caption is a paragraph), and the writer in a "signatura" (never a
company's "firma" box). Each page is built here from its parts, so the expected headline,
standfirst, writer and date are the ones put into it.
"""

from __future__ import annotations

import html

import pytest

import newsparse

_SITE = "Gazeta do Vale"
_TEXT = (
    "A prefeitura anunciou nesta quinta-feira a reabertura do pronto-socorro infantil depois de oito meses de obras, "
    "com novos leitos e uma equipe ampliada de pediatras para atender a região."
)


def _page(header: str, *, lang: str = "pt", title: str = "", paragraphs: int = 4) -> str:
    """A table layout: the site's name and the headline in <title>, no heading element, the story in a cell."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
        "<body><table><tr><td class='menu'><a href='/'>Início</a> <a href='/cidade'>Cidade</a></td>"
        f"<td class='conteudo'>{header}{f'<p>{_TEXT}</p>' * paragraphs}</td></tr></table>"
        "<div class='rodape'>© 2025 Gazeta do Vale</div></body></html>"
    )


def _load(page: str) -> newsparse.Article:
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    return article


@pytest.mark.parametrize(
    ("lang", "mark", "headline"),
    [
        ("pt", "titulo_noticia", "Santa Casa reabre pronto-socorro infantil após reforma"),
        ("es", "titular", "El pleno aprueba la nueva ordenanza de terrazas"),
        ("ca", "titol", "El Vilafranca remunta el derbi amb deu jugadors"),
        ("fr", "titre-article", "La fête du cidre attire plus de quatre mille visiteurs"),
        ("de", "artikel-titel", "Freibad öffnet erst im August nach der Sanierung"),
        ("it", "titolo", "Il porto avvia il dragaggio del canale d'accesso"),
        ("pl", "tytul", "Przetarg na obwodnicę rozstrzygnięty po raz drugi"),
        ("bg", "zaglavie", "Годишната инфлация се забави до 3,1% през ноември"),
        ("cs", "nazev-clanku", "Obec opraví kapli svaté Anny na návsi"),
    ],
)
def test_an_element_whose_class_names_a_title_in_the_sites_language_is_the_headline(
    lang: str, mark: str, headline: str
) -> None:
    header = f"<span class='chapeu'>CIDADE</span><br><span class='{mark}'>{html.escape(headline)}</span><br>"
    article = _load(_page(header, lang=lang, title=f"{_SITE} - {headline}"))
    assert article.title == headline
    assert headline not in article.body


@pytest.mark.parametrize("mark", ["subtitulo_noticia", "subtitle", "subtitol-nota"])
def test_a_subtitle_class_is_no_headline(mark: str) -> None:
    headline = "Santa Casa reabre pronto-socorro infantil após reforma"
    deck = "Unidade volta a atender crianças 24 horas por dia a partir de segunda-feira; a obra custou R$ 1,8 milhão"
    header = f"<span class='{mark}'>{deck}</span><br>"
    article = _load(_page(header, title=f"{_SITE} - {headline}"))
    assert article.title == f"{_SITE} - {headline}"  # no element holds the headline: the <title> is left whole


def test_a_catalan_subtitol_is_the_standfirst_and_the_signature_and_date_under_it_are_read() -> None:
    headline = "El Vilafranca remunta el derbi amb deu jugadors"
    deck = "Els gols de Marc Rovira i Pau Esteve capgiren el 0-1 inicial d'un Vilanova que va dominar la primera part"
    header = (
        f"<div class='avantitol'>FUTBOL · JORNADA 12</div><div class='titol'>{headline}</div>"
        f"<div class='subtitol'>{deck}</div><div class='signatura'>Jordi Puigventós</div>"
        "<div class='data_noticia'>24/11/2025</div>"
    )
    article = _load(_page(header, lang="ca", title=f"{headline} - L'Eco del Penedès"))
    assert article.title == headline
    assert article.subtitle == deck
    assert article.authors == ("Jordi Puigventós",)
    assert (article.published or "").startswith("2025-11-24")
    assert "Puigventós" not in article.body
    assert article.body.startswith(_TEXT)


@pytest.mark.parametrize(
    ("byline", "writers"),
    [
        ("Jordi Puigventós", ("Jordi Puigventós",)),
        ("Maria Rossi · Giulia Bianchi", ("Maria Rossi", "Giulia Bianchi")),  # writers apart by a dot: both
        ("Anna Nowak | Marek Wiśniewski", ("Anna Nowak", "Marek Wiśniewski")),
        ("Reuters | Jane Roe", ("Jane Roe",)),  # an agency first, then the writer
        ("Por Marta Soler", ("Marta Soler",)),  # a byline word before the name
    ],
)
def test_a_signature_names_its_writers(byline: str, writers: tuple[str, ...]) -> None:
    headline = "El Vilafranca remunta el derbi amb deu jugadors"
    header = f"<div class='titol'>{headline}</div><div class='signatura'>{byline}</div>"
    article = _load(_page(header, lang="ca", title=headline))
    assert article.authors == writers
    assert byline not in article.body


@pytest.mark.parametrize(
    "box",
    [
        "<div class='firma'>Müller Solartechnik GmbH &amp; Co. KG</div><p>Max Mustermann<br>Hauptstraße 1</p>",
        "<div class='firma'>Jan Novák</div><p>tiskový mluvčí, Škoda Auto a.s.</p>",
    ],
)
def test_a_companys_firma_box_names_no_writer(box: str) -> None:
    headline = "Solarpark am Ortsrand geht ans Netz"
    page = _page(f"<div class='titel'>{headline}</div>", lang="de", title=headline)
    page = page.replace("<div class='rodape'>", f"<div class='pressekontakt'><h3>Pressekontakt</h3>{box}</div>")
    assert "pressekontakt" in page
    assert _load(page).authors == ()


def test_a_standfirst_under_a_pictures_caption_paragraph_is_read_and_the_caption_is_no_body_start() -> None:
    headline = "Freibad öffnet erst im August nach der Sanierung"
    caption = (
        "Noch fehlt das Wasser: Das Becken des Freibads an der Mühlenstraße ist fertig, die Technik macht Probleme."
    )
    deck = "Eigentlich sollten die Badegäste schon seit Juni schwimmen. Doch die neue Filtertechnik verzögert alles."
    header = (
        f"<h1>{headline}</h1><div class='autor'>Von Ute Kassner</div><div class='news-single-img'>"
        f"<img src='/pics/bad.jpg' alt=''><p class='news-single-imgcaption'>{caption}</p></div>"
        f"<div class='teaser'><b>{deck}</b></div>"
    )
    article = _load(_page(header, lang="de", title=f"{headline} - Weserland-Kurier"))
    assert article.subtitle == deck
    assert article.authors == ("Ute Kassner",)
    assert caption not in article.body


def test_a_caption_right_under_the_headline_is_no_standfirst() -> None:
    headline = "Freibad öffnet erst im August nach der Sanierung"
    caption = "Noch fehlt das Wasser: Das Becken des Freibads an der Mühlenstraße ist fertig, die Technik noch nicht."
    header = (
        f"<div class='article-header'><img src='/a.jpg' alt=''><h1>{headline}</h1>"
        f"<p class='bildunterschrift'>{caption}</p></div><p class='autor'>Von Ute Kassner</p>"
    )
    article = _load(_page(header, lang="de", title=headline))
    assert article.subtitle is None
    assert article.authors == ("Ute Kassner",)


def test_a_table_cells_picture_caption_and_a_dangling_label_leave_the_end_of_the_text() -> None:
    headline = "Obec opraví kapli svaté Anny"
    story = (
        f"<h1>{headline}</h1><table><tr><td valign='top'>{f'<p>{_TEXT}</p>' * 4}"
        "<p>Autor: Lenka Dvořáková</p></td><td valign='top' width='200'><img src='/kaple.jpg' alt=''><br>"
        "<small>Kaple sv. Anny v lednu 2026</small></td></tr></table><div class='field-label'>Přílohy:</div>"
    )
    article = _load(_page(story, lang="cs", title=headline, paragraphs=0))
    assert article.body.endswith(_TEXT)
    assert "Kaple sv. Anny v lednu 2026" in [caption.text for caption in article.captions]
    assert article.authors == ("Lenka Dvořáková",)


@pytest.mark.parametrize(
    ("block", "kept"),
    [
        # a data table's row: a head shot or a crest over a name, beside short cells
        (
            "<table><tr><td><img src='/img/mills.jpg'><br>Sarah Mills</td><td>Green</td><td>1,204</td></tr>"
            "<tr><td><img src='/img/khan.jpg'><br>David Khan</td><td>Labour</td><td>1,101</td></tr></table>",
            "Sarah Mills",
        ),
        # a short story under its picture in a <div>
        (
            "<div class='news-item'><img src='/img/fire.jpg' alt=''><br>A fire broke out at a warehouse on Dock "
            "Road on Monday night. No one was hurt, firefighters said.</div>",
            "A fire broke out at a warehouse on Dock Road on Monday night.",
        ),
    ],
)
def test_a_picture_over_a_short_text_in_a_data_table_or_a_div_keeps_its_text(block: str, kept: str) -> None:
    headline = "Election results are in"
    article = _load(_page(f"<h1>{headline}</h1>{block}", lang="en", title=headline, paragraphs=2))
    assert article.captions == ()
    assert kept in article.body


# -- a badge the CMS sets in the heading's element ("Featured", "Exclusive") ------------------------------------


@pytest.mark.parametrize(
    ("lang", "headline", "badge"),
    [
        ("ro", "Consilierii locali au aprobat majorarea impozitelor pentru 2027", "<span><sup>Featured</sup></span>"),
        ("en", "Council approves the new tram depot after a decade of delays", "<span class='flag'>Exclusive</span>"),
        ("en", "Flood barrier fails its first winter test on the estuary", "<sup>Breaking News</sup>"),
    ],
)
def test_a_label_closing_the_heading_is_no_part_of_the_title(lang: str, headline: str, badge: str) -> None:
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta property="og:title" content="{html.escape(headline)}"><title>{html.escape(headline)} - {_SITE}'
        f"</title></head><body><div class='item'><h2 class='itemTitle'>{html.escape(headline)} {badge}</h2>"
        f"{f'<p>{_TEXT}</p>' * 4}</div></body></html>"
    )
    assert _load(page).title == headline


def test_a_headline_that_ends_with_a_label_word_keeps_it_when_the_titles_do() -> None:
    headline = "Harbour festival returns with a stage that goes Live"
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta property="og:title" content="{headline}"><title>{headline} - {_SITE}</title></head><body>'
        f"<article><h1>{headline}</h1>{f'<p>{_TEXT}</p>' * 4}</article></body></html>"
    )
    assert _load(page).title == headline


def test_a_label_the_title_sets_apart_after_a_dash_stays_in_it() -> None:
    headline = "Hochwasser an der Wörnitzach: Pegel in Hallbrunn sinkt langsam – Liveticker"
    page = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f'<meta property="og:title" content="{headline}"><title>{headline} | {_SITE}</title></head><body>'
        f"<article><h1>{headline}</h1>{f'<p>{_TEXT}</p>' * 4}</article></body></html>"
    )
    assert _load(page).title == headline


def test_a_label_word_closing_a_headline_that_the_title_writes_otherwise_stays() -> None:
    """ "… Apple TV Plus" over a title "… Apple TV+": the titles are no headline without the word."""
    headline = "The best shows to stream this winter on Apple TV Plus"
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>The best shows to stream this winter on Apple TV+ | Streaming Guide</title></head><body>"
        f"<article><h1>{headline}</h1>{f'<p>{_TEXT}</p>' * 4}</article></body></html>"
    )
    assert _load(page).title == headline


def test_a_hero_banner_around_the_header_is_no_chrome(backend: str) -> None:
    """A "hero" part names the article's header region ("article-hero-banner"): its standfirst is read."""
    deck = "A standfirst that sums up the story in one sentence, as the page prints it under the headline"
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour</title></head><body><article>'
        "<div data-component='article-hero-banner'><h1>Harbour authority approves night dredging</h1>"
        f"<p class='standfirst'>{deck}</p></div>{f'<p>{_TEXT}</p>' * 4}</article></body></html>"
    )
    assert _load(page).subtitle == deck


_WIDE_TEXT = {
    "ja": "島と本土を結ぶ渡し船が今月末で運航を終える。橋の開通で役目を終えることになり、"
    "最後の夏を惜しむ人々が桟橋に集まった。",
    "zh": "连接老城区和新区的轮渡将于本月底停运。大桥通车后，这条航线完成了历史使命，许多市民专程前来告别。",
    "ko": "섬과 육지를 잇는 여객선이 이달 말 운항을 마친다. "
    "다리가 개통되면서 역할을 다하게 됐고 주민들이 선착장에 모였다.",
}


@pytest.mark.parametrize(
    ("lang", "label", "headline", "site"),
    [
        ("ja", "【写真特集】", "島の渡し船、最後の夏", "みなと新報"),
        ("zh", "【图集】", "老城轮渡的最后一天", "江城日报"),
        ("ko", "[포토]", "섬 여객선 마지막 운항", "바다일보"),
    ],
)
def test_a_short_headline_in_a_wide_script_beside_a_label_in_the_title_is_the_title(
    lang: str, label: str, headline: str, site: str
) -> None:
    """The <title> adds a section's label before a headline of a few characters: the headline the page shows."""
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{label}{headline}｜{site}</title>'
        f"</head><body><div class='main'><h1>{headline}</h1>{f'<p>{_WIDE_TEXT[lang]}</p>' * 4}</div></body></html>"
    )
    assert _load(page).title == headline


def test_a_storys_headline_that_is_part_of_the_title_stays_beside_a_logo_heading_and_a_standfirst() -> None:
    """A logo's <h1> with a home link beside the story's <h1>, which is the title's first part; the <h2> after it
    is the standfirst, no headline."""
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens: what the new '
        "toll means for commuters | Valley Daily</title></head><body><header><h1 class='logo'><a href='/'>Valley "
        "Daily</a> <small>Serving the valley since 1887</small></h1></header><article><h1 class='headline'>Harbour "
        "bridge reopens</h1><h2 class='standfirst'>What the new toll means for commuters</h2>"
        f"{f'<p>{_TEXT}</p>' * 4}</article></body></html>"
    )
    assert _load(page).title != "What the new toll means for commuters"


@pytest.mark.parametrize(
    ("lang", "title", "blog"),
    [
        ("ja", "渡し船 | 島暮らしのんびり日記", "島暮らしのんびり日記"),
        ("zh", "老城轮渡 - 江城生活随笔", "江城生活随笔"),
    ],
)
def test_a_blogs_name_in_a_wide_script_heading_is_no_title(lang: str, title: str, blog: str) -> None:
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body><main>'
        f"<h1>{blog}</h1><h2 class='entry-title'>{title.split()[0]}</h2>{f'<p>{_WIDE_TEXT[lang]}</p>' * 4}"
        "</main></body></html>"
    )
    assert _load(page).title != blog


def test_a_headlines_topline_in_an_element_of_its_own_keeps_the_titles_separator() -> None:
    topline, headline = "Marode Talbrücke", "Sperrung trifft Tausende Pendler im Altmühltal"
    page = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f'<meta property="og:title" content="{topline}: {headline}"><title>{topline}: {headline} | BR24</title>'
        f"</head><body><article><h1><span class='topline'>{topline}</span> <span class='headline'>{headline}"
        f"</span></h1>{f'<p>{_TEXT}</p>' * 4}</article></body></html>"
    )
    assert _load(page).title == f"{topline}: {headline}"


_OLD_HEADLINE = "Saint-Aubin : la boulangerie du bourg rouvre"


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        (f"Obec Lhotka - Aktuality - {_OLD_HEADLINE}", _OLD_HEADLINE),  # alone over the story
        (f"Montecastello Online - {_OLD_HEADLINE}", f"{_OLD_HEADLINE} Inviato da admin il 22 novembre 2006"),
        (
            f"Le Petit Écho :: Voir le sujet - {_OLD_HEADLINE}",
            f"Posté le: 21 Nov 2007 Sujet du message: {_OLD_HEADLINE}",
        ),
        (f"{_OLD_HEADLINE} - 3 Декабря 2009 - Заречный район - новости", _OLD_HEADLINE),  # the site's parts after it
    ],
)
def test_an_old_pages_headline_in_no_heading_is_the_part_of_its_title_it_prints(title: str, printed: str) -> None:
    """No <h1>: the run of the <title>'s parts that the page prints near the story (alone, opening or closing a
    line) is the headline (its own spaced colon kept); the rest of the <title> names the site and its section."""
    from newsparse._htmlmeta import page_title, printed_part

    part = printed_part(title, ["Home | News", printed])
    assert part == _OLD_HEADLINE
    assert page_title([title], [], [], part) == _OLD_HEADLINE
