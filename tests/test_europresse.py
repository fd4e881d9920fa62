"""The ``europresse`` detector: Europresse HTML exports, the older table layout and the newer ``<article>`` one.

The exports are built here from made-up documents, following the class names the public readers of the
format describe (``DocPublicationName``, ``DocHeader``, ``titreArticleVisu``, ``docOcurrContainer``...).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse.detectors.exports.europresse import EuropresseDetector
from newsparse.testing import assert_detector_conforms

from .strategies import sentences

FORMATS = Path(__file__).parent / "data" / "formats" / "europresse"
DETECTOR = EuropresseDetector()


def _article(
    title: str | None,
    body: list[str] | None,
    *,
    header: str = "Régions, mardi 3 mars 2024 120 mots, p. 7",
    source: str = "Le Courrier",
    authors: str | None = None,
    number: str = "news·20240303·CO·1",
) -> str:
    title_html = (
        f'<div class="titreArticle"><p class="titreArticleVisu rdp__articletitle">{title}</p></div>' if title else ""
    )
    authors_html = f'<div class="docAuthors">{authors}</div>' if authors else ""
    body_html = (
        '<div class="DocText clearfix"><div class="docOcurrContainer">'
        + "".join(f"<p>{p}</p>" for p in body)
        + "</div></div>"
        if body is not None
        else ""
    )
    return (
        f'<article><header><div class="rdp__DocPublicationName"><span class="DocPublicationName">{source}</span></div>'
        f'<span class="DocHeader">{header}</span>{title_html}{authors_html}</header><section>{body_html}</section>'
        f'<footer><small>© 2024 {source}. Tous droits réservés.</small><div class="publiC-lblNodoc">{number}</div>'
        "</footer></article>"
    )


def _new(articles: list[str]) -> str:
    return (
        '<!DOCTYPE html><html lang="fr"><head><title>Europresse.com</title></head><body>'
        + "".join(articles)
        + "</body></html>"
    )


def _old_doc(
    title: str, body: list[str], *, headers: tuple[str, ...] = ("jeudi ", "5 octobre 2013"), author: str = ""
) -> str:
    spans = "".join(f'<span class="DocHeader">{h}</span>' for h in headers)
    byline = f"{author}<br><p></p>" if author else ""
    return (
        '<table><tr><td><span class="DocPublicationName">La Gazette</span><br>'
        f'{spans}<br><br><span class="TitreArticleVisu">{title}</span><br><br>{byline}'
        + "<p></p>".join(body)
        + "<p></p><b><i>© 2013 La Gazette. Tous droits réservés.</i></b><p></p>Numéro de document : news·20131005·GA·9"
        '<br><table><tr><td align="center">news·20131005·GA·9</td></tr><tr><td align="center">Ce certificat est émis à '
        "<b>Bibliothèque</b> à des fins de visualisation personnelle et temporaire.</td></tr></table></td></tr></table>"
    )


def _old(docs: list[str]) -> str:
    return (
        '<html><head><META http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        + "".join(docs)
        + "</body></html>"
    )


def test_the_article_layout_fixture() -> None:
    result = newsparse.parse(FORMATS / "article-layout.html")
    first, copy, ferry = result.articles
    assert first.body == copy.body
    assert first.source != copy.source
    assert copy.url == "https://gazette.example/lampes"
    assert [d.reason for d in first.dropped] == ["export chrome", "export chrome"]
    assert ferry.published == "2024-04-01"  # "1er avril 2024"
    assert _codes(result) == []


def test_the_table_layout_fixture() -> None:
    result = newsparse.parse(FORMATS / "table-layout.html")
    mayor, fog = result.articles
    assert mayor.title == "Le maire rallume le port"  # the search-hit highlight inside the title is glued back
    assert mayor.notes == ("Municipales", "p. 03", "© 2013 Le Courrier de Portmouth. Tous droits réservés.")
    assert mayor.byline == "Jean Martin"
    assert fog.byline is None
    assert (
        "Ce certificat est émis à Université de Portmouth à des fins de visualisation personnelle et temporaire."
        in [d.text for d in mayor.dropped]
    )


def _codes(result: newsparse.Result) -> list[str]:
    return [p.code for p in result.problems] + [p.code for a in result.articles for p in a.problems]


@pytest.mark.parametrize(
    ("header", "section", "published"),
    [
        ("Économie, mardi 3 mars 2024 523 mots, p. 12", "Économie", "2024-03-03"),
        ("dimanche 1er décembre 2024 1 234 mots", None, "2024-12-01"),
        ("Sports, samedi 29 fevrier 2020", "Sports", "2020-02-29"),
        ("International, Wednesday, September 11, 2024 134 words, p. 11", "International", "2024-09-11"),
    ],
)
def test_the_header_gives_section_and_date(header: str, section: str | None, published: str) -> None:
    (article,) = newsparse.parse_text(_new([_article("Titre", ["Texte."], header=header)])).articles
    assert (article.section, article.published) == (section, published)


def test_the_word_count_with_a_thousands_space_goes_to_notes() -> None:
    (article,) = newsparse.parse_text(
        _new([_article("T", ["x."], header="dimanche 1er décembre 2024 1 234 mots")])
    ).articles
    assert article.notes[0] == "1 234 mots"


def test_without_a_header_date_the_document_number_dates_the_article() -> None:
    html = _new([_article("Titre", ["Texte."], header="Régions", number="news·20240229·CO·77")])
    (article,) = newsparse.parse_text(html).articles
    assert (article.published, article.id, article.section) == ("2024-02-29", "news·20240229·CO·77", None)


def test_missing_parts_give_partial_articles_and_an_empty_document_a_problem() -> None:
    html = _new(
        [
            _article(None, ["Un texte sans titre."]),
            _article("Un titre sans texte", None),
            _article(None, None, header="Régions", number="none"),
            _article("Complet", ["Tout y est."], authors="Par Marie Dupont, Jean Martin"),
        ]
    )
    result = newsparse.parse_text(html)
    assert [a.title for a in result.articles] == [None, "Un titre sans texte", "Complet"]
    assert [[p.code for p in a.problems] for a in result.articles] == [
        ["export-field-missing"],
        ["export-field-missing"],
        [],
    ]
    assert [p.code for p in result.problems] == ["export-document-empty"]
    assert result.articles[2].authors == ("Marie Dupont", "Jean Martin")


def test_a_truncated_export_never_raises() -> None:
    html = _new([_article("Un", ["Premier."]), _article("Deux", ["Second " * 30])])
    for end in range(0, len(html), 41):
        newsparse.parse_text(html[:end])
    cut = html[: html.index("Second") + 50]
    assert [a.title for a in newsparse.parse_text(cut).articles] == ["Un", "Deux"]


def test_sniff_scores_and_no_stealing() -> None:
    assert DETECTOR.sniff(_new([_article("T", ["x"])])) == 0.97
    assert DETECTOR.sniff(_old([_old_doc("T", ["x"])])) == 0.97
    assert DETECTOR.sniff('<span class="DocPublicationName">Le Courrier</span>') == 0.96
    page = "<!doctype html><html><body><article><h1>Europresse</h1><p>Une base de presse.</p></article></body></html>"
    assert DETECTOR.sniff(page) == 0.3
    assert newsparse.rank_detectors(page).chosen == "html-page"


def test_the_detector_conforms_on_both_layouts() -> None:
    assert_detector_conforms(
        DETECTOR, [_new([_article("T", ["x."]), _article("U", ["y."])]), _old([_old_doc("T", ["x."])])]
    )


_titles = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1, max_size=12).map(
    lambda word: f"Titre {word}"
)
_bodies = st.lists(sentences(), min_size=1, max_size=4)


@given(st.lists(st.tuples(_titles, _bodies), min_size=1, max_size=5), st.booleans())
@example([("Titre 0", ["Children told to pack a bag"])], True)  # found by Hypothesis 6.170: a sentence, not names
def test_an_export_gives_one_record_per_document_built(docs: list[tuple[str, list[str]]], table: bool) -> None:
    """In either layout, the documents built come out in order with their titles and bodies."""
    text = _old([_old_doc(t, b) for t, b in docs]) if table else _new([_article(t, b) for t, b in docs])
    raws = list(DETECTOR.split(text))
    assert [r.fields.get("title") for r in raws] == [title for title, _ in docs]
    assert [r.fields.get("body") for r in raws] == ["\n\n".join(body) for _, body in docs]
    assert newsparse.rank_detectors(text).chosen == "europresse"


def test_entities_declared_in_a_doctype_are_never_expanded() -> None:
    lol = "".join(f'<!ENTITY lol{n} "' + f"&lol{n - 1};" * 10 + '">' for n in range(1, 10))
    bomb = f'<!DOCTYPE html [<!ENTITY lol0 "lol">{lol}<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
    html = bomb + _new([_article("Titre &lol9; &ext;", ["Texte &lol9;."])])[len("<!DOCTYPE html>") :]
    (article,) = newsparse.parse_text(html).articles
    assert len(article.body) < 100
    assert "root:" not in article.body
    assert article.title is not None
    assert len(article.title) < 100


def test_a_header_nested_in_a_header_is_read_once_and_republications_go_to_notes() -> None:
    html = (
        _new([_article("Titre", ["Texte."])])
        .replace('<span class="DocHeader">', '<div class="docHeader"><span class="DocHeader">')
        .replace("p. 7</span>", "p. 7</span></div>")
    )
    html = html.replace(
        "</footer>",
        '<div class="apd-wrapper">Aussi paru dans <span class="source-name-APD">La Gazette</span>, '
        '<span class="source-name-APD">Le Matin</span></div></footer>',
    )
    (article,) = newsparse.parse_text(html).articles
    assert (article.section, article.published) == ("Régions", "2024-03-03")
    assert article.notes[:2] == ("120 mots", "p. 7")
    assert "Also in: La Gazette; Le Matin" in article.notes


def test_a_text_without_any_document_falls_back_to_the_next_detector() -> None:
    html = '<html><body><span class="DocPublicationName"></span><p>Nothing else here at all.</p></body></html>'
    result = newsparse.parse_text(html)
    assert result.detection.chosen == "europresse"
    assert [p.code for p in result.problems] == ["detector-failed"]
    assert [a.provenance.detector for a in result.articles if a.provenance] == ["html-page"]
