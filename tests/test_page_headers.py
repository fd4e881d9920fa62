"""The header of a story on a classic layout: its headline, standfirst, signature and date in plain elements.

Old table layouts and regional CMSs set the headline in a ``<span>`` or ``<div>`` whose class names a title in the
site's own language ("titulo_noticia", "titol", "titre-article"), the standfirst in a ``subtitol`` or ``teaser``
element (sometimes under a picture whose caption is a paragraph), and the writer in a signature ("firma",
"signatura") that names the place after a bar. Each page is built here from its parts, so the expected headline,
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
        f"<div class='subtitol'>{deck}</div><div class='signatura'>Jordi Puigventós | Vilafranca del Penedès</div>"
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
        ("Jordi Puigventós | Vilafranca del Penedès", ("Jordi Puigventós",)),  # the place after a bar
        ("Ana Lima e Rui Sá | Lisboa", ("Ana Lima", "Rui Sá")),  # writers joined by a conjunction, then the place
        ("Marta Soler · Girona", ("Marta Soler",)),
        ("Por Marta Soler | Girona", ("Marta Soler",)),  # a byline word before the names
    ],
)
def test_a_signature_names_its_writers_and_not_the_place_after_a_bar(byline: str, writers: tuple[str, ...]) -> None:
    headline = "El Vilafranca remunta el derbi amb deu jugadors"
    header = f"<div class='titol'>{headline}</div><div class='firma'>{byline}</div>"
    article = _load(_page(header, lang="ca", title=headline))
    assert article.authors == writers
    assert byline not in article.body


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
