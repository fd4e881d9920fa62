"""Whole news pages: choosing the story, leaving out what is not the story, and the page's metadata.

Every page here is written for the test in one of the shapes real pages take
(teaser lists, paywall promos, split columns, JSON-LD-only bodies, galleries,
share bars, repeated header lines, site names in titles, dates and authors in
many places); each states what the article must be. The same pages are read
with lxml and with the standard library's parser, and must give the same article.
"""

from __future__ import annotations

import importlib.util
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import _html, _pagetree
from newsparse._htmlchrome import in_comments
from newsparse._htmldates import url_date
from newsparse._htmlmeta import page_title

_LONG = (
    "The council voted on Tuesday to expand the river park, a plan that had been debated for more than three years, "
    "and officials said work would begin in the spring once the final budget is approved. "
)


def _paragraphs(topic: str, count: int) -> list[str]:
    return [(f"{topic} paragraph {n}. " + _LONG).strip() for n in range(count)]


def _page(body: str, head: str = "", title: str = "River park grows", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body>{body}</body></html>\n"
    )


def _nav() -> str:
    items = "".join(f'<li><a href="/s{n}">Section {n}</a></li>' for n in range(8))
    return f'<header class="site-header"><nav><ul>{items}</ul></nav></header>'


def _teasers(label: str = "Most Popular", cls: str = "most-popular") -> str:
    links = "".join(f'<li><a href="/t{n}">Headline number {n} about another thing</a></li>' for n in range(6))
    return f'<div class="{cls}"><h3>{label}</h3><ul>{links}</ul></div>'


def _footer() -> str:
    return (
        '<footer class="site-footer"><p>Copyright 2024 The Daily Example. All rights reserved. '
        "Registered office: 1 Example Street, Exampletown, with a company number.</p></footer>"
    )


def _story(paragraphs: list[str], cls: str = "article-body") -> str:
    return f'<div class="{cls}">' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"


def _read(page: str) -> newsparse.Article:
    articles = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert len(articles) == 1
    return articles[0]


def _body_is(article: newsparse.Article, paragraphs: list[str]) -> None:
    assert article.body.split("\n\n") == paragraphs


# --------------------------------------------------------------------------- choosing the story


def test_headline_lists_beside_and_inside_the_story_are_left_out(backend: str) -> None:
    text = _paragraphs("Park", 5)
    body = _nav() + "<main><article><h1>River park grows</h1>" + _story(text[:3])
    body += _teasers("Trending", "trending-box") + _story(text[3:], "article-body-more") + "</article>"
    body += _teasers("Leia também", "leia-tambem") + "</main>" + _footer()
    article = _read(_page(body))
    _body_is(article, text)
    assert "Headline number" not in article.body
    assert "Copyright" not in article.body


def test_a_paywall_promo_and_a_footer_are_never_the_article(backend: str) -> None:
    text = _paragraphs("Paywall", 4)
    promo = (
        '<div class="subscribe-promo"><h2>Subscribe today</h2><p>Get unlimited access to every story for just one '
        "euro a week, cancel at any time, and support independent journalism in your town.</p>"
        '<a href="/subscribe">Subscribe now</a></div>'
    )
    body = _nav() + f"<div class='page'><div class='content'>{_story(text)}</div>{promo}</div>" + _footer()
    article = _read(_page(body))
    _body_is(article, text)


def test_paragraphs_in_plain_divs_with_line_breaks_are_read(backend: str) -> None:
    text = _paragraphs("Plain", 3)
    body = _nav() + '<div id="wrap"><div class="txt">' + "<br><br>".join(text) + "</div></div>" + _footer()
    article = _read(_page(body))
    assert article.body.replace("\n\n", "\n").split("\n") == text


def test_a_story_split_across_columns_is_read_whole(backend: str) -> None:
    text = _paragraphs("Column", 6)
    columns = "".join(f'<div class="story-column"><div class="inner">{_story(text[i : i + 2], "c")}</div></div>'
                      for i in range(0, 6, 2))  # fmt: skip
    body = _nav() + f'<section class="story">{columns}</section>' + _teasers() + _footer()
    article = _read(_page(body))
    _body_is(article, text)


def test_a_body_only_in_json_ld_is_read_and_reported(backend: str) -> None:
    text = _paragraphs("Json", 3)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "River park grows",
        "articleBody": "\n".join(text),
        "datePublished": "2024-03-14T09:00:00Z",
    }
    head = (
        f'<meta name="description" content="{text[0][:90]}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    body = _nav() + '<div id="app"><h1>River park grows</h1><p>Loading the story.</p></div>' + _footer()
    page = _page(body, head)
    result = newsparse.parse(page.encode(), name="page.html")
    (article,) = result.articles
    _body_is(article, text)
    codes = {p.code for p in result.problems} | {p.code for p in article.problems}
    assert "page-body-from-json" in codes


def test_a_json_ld_body_that_disagrees_with_the_page_is_not_taken(backend: str) -> None:
    text = _paragraphs("Page", 1)
    ld = {"@type": "NewsArticle", "articleBody": "Completely different words about a football match. " * 20}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    article = _read(_page(_story(text), head))
    _body_is(article, text)


def test_share_bars_newsletter_boxes_author_boxes_and_tags_are_left_out(backend: str) -> None:
    text = _paragraphs("Chrome", 4)
    share = '<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>'
    newsletter = (
        '<div class="newsletter-signup"><p>Sign up for our morning newsletter and get the day\'s top stories '
        "in your inbox before breakfast.</p><form><input type='email'></form></div>"
    )
    author = (
        '<div class="author-bio"><p>Jane Roe has covered city hall for a decade and previously reported from '
        "the statehouse for several newspapers.</p></div>"
    )
    tags = '<ul class="tag-list"><li><a href="/t/parks">Parks</a></li><li><a href="/t/city">City</a></li></ul>'
    body = f"<article><h1>River park grows</h1>{share}{_story(text[:2])}{newsletter}{_story(text[2:], 'more')}"
    body += f"{author}{tags}<p>Advertisement</p></article>"
    article = _read(_page(_nav() + body + _footer()))
    _body_is(article, text)


@pytest.mark.parametrize(
    "box",
    [
        '<div class="reaksiyon"><span>Bu habere ne tepki verirsiniz?</span> <button>Beğendim 42</button></div>',
        '<div class="foto-galeri"><div class="galeri-baslik">FOTO GALERİ: Deltada flamingo sayımı (4 fotoğraf)</div>'
        "</div>",
        '<div class="galerij-kop">Bekijk alle foto’s van de opening van het nieuwe park</div>',
    ],
)
def test_reaction_boxes_and_gallery_headings_in_more_languages_are_left_out(box: str, backend: str) -> None:
    text = _paragraphs("Box", 4)
    body = f"<article><h1>River park grows</h1>{_story(text[:2])}{box}{_story(text[2:], 'more')}</article>"
    article = _read(_page(_nav() + body + _footer()))
    _body_is(article, text)


@pytest.mark.parametrize(
    "wrapper",
    ["asset-content subscriber-premium", "subscriber-only encrypted-content", "contenido-suscriptores", "abonnes"],
)
def test_a_story_wrapped_in_a_block_named_for_subscribers_is_read(wrapper: str, backend: str) -> None:
    """Local news systems wrap a subscriber's story in "subscriber-only": a large block so named is the story."""
    text = _paragraphs("Subscriber", 5)
    offer = (
        '<div class="subscribe-box"><p>Subscribe today for unlimited access to local news.</p>'
        '<a href="/subscribe">Subscribe</a></div>'
    )
    comments = "".join(
        f"<li><p>Comment {n} on the story, from a reader who has something to say.</p></li>" for n in range(30)
    )
    body = (
        f'<article><h1>River park grows</h1><div class="{wrapper}"><div id="article-body">'
        f"{''.join(f'<p>{p}</p>' for p in text)}</div></div>{offer}</article>"
        f'<section class="comments"><ol>{comments}</ol></section>'
    )
    article = _read(_page(_nav() + body + _footer()))
    _body_is(article, text)


def test_a_meta_author_that_is_the_sites_name_from_its_home_link_and_title_names_no_writer(backend: str) -> None:
    page = (
        '<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><meta name="author" content="Jornal do Dão">'
        "<title>River park grows - Notícias - Jornal do Dão</title></head><body>"
        '<header><a href="/"><img src="/logo.png" alt="Jornal do Dão"></a></header>'
        f"<article><h1>River park grows</h1>{_story(_paragraphs('Home', 3))}"
        '<p class="autor-artigo">Texto: Sofia Amaral Pinto</p></article></body></html>'
    )
    assert list(_read(page).authors) == ["Sofia Amaral Pinto"]


@pytest.mark.parametrize(
    "card",
    [
        '<div class="Enhancement"><div>Farmers frustrated by slow grain movement</div><span>2:14</span>'
        "<button>Play video</button></div>",
        '<div class="b-player"><p>Así se empaca el aguacate</p><span>03:12</span></div>',
        "<figure><div>Episode 12</div><div>The river path, walked</div><div>1:02:45</div></figure>",
    ],
)
def test_a_players_card_of_a_title_and_a_duration_in_the_story_is_left_out(card: str, backend: str) -> None:
    text, page = _split_by(card, "Video")
    _body_is(_read(page), text)


@pytest.mark.parametrize(
    "block",
    [
        "<div><span>10:45</span><p>The council has voted.</p></div>",
        "<div><span>9 March 2026</span> <span>18:20</span></div>",
    ],
)
def test_a_time_opening_an_entry_or_ending_a_date_is_no_players_card(block: str, backend: str) -> None:
    text, page = _split_by(block, "Entry")
    assert len(_read(page).body.split("\n\n")) > len(text)  # the block's text stays in the story


def _split_by(block: str, topic: str) -> tuple[list[str], str]:
    """Four paragraphs of a story, and a page that sets ``block`` between its two halves."""
    text = _paragraphs(topic, 4)
    body = f"<article><h1>River park grows</h1>{_story(text[:2])}{block}{_story(text[2:], 'more')}</article>"
    return text, _page(body)


def test_the_text_around_an_inline_element_left_out_stays_apart(backend: str) -> None:
    """A share button or an ad set inside a line of text leaves a space, not two words run together."""
    text = _paragraphs("Inline", 3)
    line = '12 March 2024<span class="comment-count">2 comments</span>6 min read'
    article = _read(_page(f"<article><h1>River park grows</h1><p>{line}</p>{_story(text)}</article>"))
    _body_is(article, text)  # the line, no longer "20246 min read", is the story's header line


def test_a_gallery_caption_is_not_in_the_body(backend: str) -> None:
    text = _paragraphs("Gallery", 3)
    figure = (
        '<figure class="gallery"><img src="a.jpg"><figcaption>The river at dawn. Photo: Ann Lee</figcaption></figure>'
    )
    body = f"<article><h1>River park grows</h1>{figure}{_story(text)}{figure}</article>"
    article = _read(_page(body))
    _body_is(article, text)
    assert "river at dawn" not in article.body


def test_header_lines_repeated_at_the_top_are_dropped(backend: str) -> None:
    text = _paragraphs("Header", 3)
    top = (
        "<p>https://news.example.com/2024/03/14/river-park</p><p>River park grows</p><p>By Jane Roe</p>"
        "<p>Updated 10:01 pm PST, Thursday, March 14, 2024</p><p>4 min read</p>"
    )
    body = f'<div class="article-body">{top}' + "".join(f"<p>{p}</p>" for p in text) + "</div>"
    article = _read(_page(_nav() + body + _footer()))
    _body_is(article, text)


@pytest.mark.parametrize("where", ["inside", "header"])
def test_a_headline_other_than_the_title_is_the_storys_headline(where: str, backend: str) -> None:
    """A page titled for search engines shows its story under another <h1>: that one leaves the body, and the
    byline and deck under it are read as the story's."""
    text = _paragraphs("Seo", 3)
    headline = "Council backs a bigger river park after three years of debate"
    top = f'<h1>{headline}</h1><p class="dek">Work on the new paths begins in the spring.</p><p>By Jane Roe</p>'
    story = "".join(f"<p>{p}</p>" for p in text)
    if where == "inside":  # the headline written into the story's own block
        article_html = f'<article><div class="article-body"><p>{headline}</p>{story}</div></article>'
        article_html = f"<article><header>{top}</header>" + article_html[9:]
    else:
        article_html = f'<article><header>{top}</header><div class="article-body">{story}</div></article>'
    article = _read(_page(_nav() + article_html + _footer(), title="River park to grow, council says | Daily"))
    _body_is(article, text)
    assert article.subtitle == "Work on the new paths begins in the spring."
    assert article.authors == ("Jane Roe",)


def test_an_h1_far_from_the_story_is_not_its_headline(backend: str) -> None:
    """The site's name in an <h1> above a page of teasers is no headline: a story line equal to it stays."""
    text = _paragraphs("Far", 3)
    teasers = "".join(_teasers(f"Section {n}", f"box-{n}") for n in range(4))
    wrapper = f"<div><h1>Daily Example</h1>{teasers}</div>"
    body = f'{wrapper}<div><div class="article-body"><p>Daily Example</p>' + "".join(f"<p>{p}</p>" for p in text)
    article = _read(_page(body + "</div></div>", title="River park grows"))
    assert article.body.split("\n\n") == ["Daily Example", *text]


def test_the_lead_headings_lists_quotes_and_tables_are_kept(backend: str) -> None:
    text = _paragraphs("Kept", 3)
    body = (
        f'<article><div class="article-body"><p class="lead">{text[0]}</p><h2>What happens next</h2>'
        f"<p>{text[1]}</p><ul><li>Work begins in the spring</li><li>The park opens next year</li></ul>"
        f"<blockquote>{text[2]}</blockquote><table><tr><td>Budget</td><td>4 million</td></tr></table></div></article>"
    )
    article = _read(_page(body))
    for piece in (text[0], "What happens next", "Work begins in the spring", text[2], "Budget"):
        assert piece in article.body


def test_a_close_choice_is_reported(backend: str) -> None:
    first, second = _paragraphs("Alpha", 4), _paragraphs("Bravo", 4)
    left, right = f'<div class="left"><div>{_story(first, "x")}</div></div>', f"<div>{_story(second, 'y')}</div>"
    body = f'{left}<div class="right">{right}</div>'
    result = newsparse.parse(_page(body).encode(), name="page.html")
    codes = {p.code for a in result.articles for p in a.problems}
    assert "page-main-uncertain" in codes


@pytest.mark.parametrize(
    ("lang", "call"),
    [
        ("en", "Get the day's top headlines delivered to your inbox every morning by subscribing."),
        ("de", "Abonnieren Sie unseren Newsletter und erhalten Sie täglich die wichtigsten Nachrichten."),
        ("fr", "Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité."),
        ("es", "Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes."),
    ],
)
def test_a_small_block_around_a_form_is_left_out(lang: str, call: str, backend: str) -> None:
    paragraphs = _paragraphs("S", 4)
    box = f'<div class="box"><p>{call}</p><form action="/s"><input type="email"><button>OK</button></form></div>'
    inner = "".join(f"<p>{p}</p>" for p in paragraphs[:2]) + box + "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    article = _read(_page(f'<article><h1>River park grows</h1><div class="article-body">{inner}</div></article>'))
    _body_is(article, paragraphs)
    assert any(d.text.startswith(call) for d in article.dropped)  # the box's text (and its button's) reported


def test_a_form_around_the_whole_page_leaves_the_story_in(backend: str) -> None:
    paragraphs = _paragraphs("W", 4)
    body = f'<form id="aspnetForm" action="/page.aspx">{_nav()}<article><h1>River park grows</h1>{_story(paragraphs)}'
    article = _read(_page(body + "</article></form>"))
    _body_is(article, paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Tags: politics, elections, senate", "Filed under: City | Parks", "Schlagwörter: Politik, Wahlen",
        "Etiquetas: política, elecciones", "Mots-clés : politique, élections", "Теги: политика, выборы",
        "标签：政治", "Read more: Another story about the park", "Leia também: Outra notícia sobre o parque",
    ],
)  # fmt: skip
def test_tag_lists_and_read_more_lines_at_the_end_are_left_out(line: str, backend: str) -> None:
    paragraphs = _paragraphs("E", 3)
    article = _read(_page(f"<article><h1>River park grows</h1>{_story([*paragraphs, line])}</article>"))
    _body_is(article, paragraphs)
    assert line in [d.text for d in article.dropped]


def test_a_tag_line_inside_the_story_stays(backend: str) -> None:
    paragraphs = _paragraphs("I", 5)
    paragraphs.insert(1, "Tags: the word the council used for the new bus shelters, which residents found odd.")
    article = _read(_page(f"<article><h1>River park grows</h1>{_story(paragraphs)}</article>"))
    _body_is(article, paragraphs)


# --------------------------------------------------------------------------- metadata


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Senate passes the bill | CNN Politics", "CNN", "Senate passes the bill"),
        ("Senate passes the bill - The Guardian", "The Guardian", "Senate passes the bill"),
        ("El Senado aprueba la ley — EL PAÍS", "El País", "El Senado aprueba la ley"),
        ("Le Monde : Le Sénat adopte la loi", "Le Monde", "Le Sénat adopte la loi"),
        ("Why the vote matters - a long analysis", "Herald", "Why the vote matters - a long analysis"),
        ("臨海部に新公園 東京都が計画発表｜日本新聞", "日本新聞", "臨海部に新公園 東京都が計画発表"),
        ("臨海部に新公園：朝日新聞デジタル", "朝日新聞デジタル", "臨海部に新公園"),
        ("北京市公布滨河公园建设计划_新闻频道_央视网", "央视网", "北京市公布滨河公园建设计划"),
        ("北京市公布滨河公园建设计划-新浪新闻", "新浪新闻", "北京市公布滨河公园建设计划"),
        ("COVID-19 cases rise in Herald county", "Herald", "COVID-19 cases rise in Herald county"),
        ("Ministers meet in Hong-Kong", "Kong", "Ministers meet in Hong-Kong"),
        # a French quote's closing mark is no separator
        ("« La rénovation ne réussira pas sans les artisans » | Repères", "Repères",
         "« La rénovation ne réussira pas sans les artisans »"),
        ("« Le Sénat » : la loi est adoptée - Le Monde", "Le Monde", "« Le Sénat » : la loi est adoptée"),
    ],
)  # fmt: skip
def test_the_site_name_is_cut_from_the_title(title: str, site: str, expected: str) -> None:
    assert page_title([title], [site]) == expected


@pytest.mark.parametrize(
    ("title", "headline", "expected"),
    [
        ("江城新建滨江公园对市民开放_新闻中心", "江城新建滨江公园对市民开放", "江城新建滨江公园对市民开放"),
        ("大雨で在来線が運休｜地域ニュース", "大雨で在来線が運休", "大雨で在来線が運休"),
        ("新闻中心-江城新建滨江公园对市民开放", "江城新建滨江公园对市民开放", "江城新建滨江公园对市民开放"),
        ("Ministers meet in Hong-Kong", "Ministers meet in Hong", "Ministers meet in Hong-Kong"),  # a joined word
        ("Brexit:Deal agreed", "Brexit", "Brexit:Deal agreed"),  # the other side is the longer
    ],
)  # fmt: skip
def test_the_headline_side_of_a_title_parted_without_spaces(title: str, headline: str, expected: str) -> None:
    """A title that is the headline and, after a separator with no spaces, a shorter name: the headline."""
    assert page_title([title], [], headline=headline) == expected


@pytest.mark.parametrize(
    ("titles", "headline", "expected"),
    [
        (["Galway ferry adds winter sailings - Western Courier"],
         "Galway ferry adds winter sailings after islanders' campaign",
         "Galway ferry adds winter sailings after islanders' campaign"),
        (["„Балкан“ (Ботевград) обърна „Струма“", "„Балкан“ обърна „Струма“ - Спорт Запад"],
         "„Балкан“ (Ботевград) обърна „Струма“ с два гола", "„Балкан“ (Ботевград) обърна „Струма“ с два гола"),
        (["River park plan wins the council's backing af… | The Herald"],
         "River park plan wins the council's backing after three years",
         "River park plan wins the council's backing after three years"),
        # too short to confirm anything: the title stands
        (["Weather | The Herald"], "Weather warning for the coast tonight", "Weather"),
    ],
)  # fmt: skip
def test_a_title_that_is_the_headline_cut_short_gives_the_headline(
    titles: list[str], headline: str, expected: str
) -> None:
    assert page_title(titles, ["The Herald"], headline=headline) == expected


@pytest.mark.parametrize(
    ("titles", "headline", "expected"),
    [
        (["Gangwon Daily - Print"], "Closed school reopens as the village library",
         "Closed school reopens as the village library"),
        (["강원새날신문 - 인쇄하기"], "폐교된 분교, 마을 도서관으로 다시 문 열어",
         "폐교된 분교, 마을 도서관으로 다시 문 열어"),
        (["Council backs river park plan"], "Politics", "Council backs river park plan"),  # a section's name
        (["Council backs river park plan"], "City council votes on the new bridge", "Council backs river park plan"),
    ],
)  # fmt: skip
def test_a_headline_that_shares_no_word_with_the_titles_is_the_title(
    titles: list[str], headline: str, expected: str
) -> None:
    """A print view's title names the site and "Print": the story's own headline is the title."""
    assert page_title(titles, [], headline=headline) == expected


def test_title_suffix_from_the_host_name(backend: str) -> None:
    head = '<link rel="canonical" href="https://www.theherald.example/news/river">'
    article = _read(_page(_story(_paragraphs("T", 2)), head, title="River park grows | The Herald"))
    assert article.title == "River park grows"
    assert article.url == "https://www.theherald.example/news/river"


@pytest.mark.parametrize(
    ("top", "title", "expected"),
    [
        # the logo link to the home page names the site: the page declares no name and no address
        ('<a href="/"><img src="/logo.png" alt="Jornal do Vale"></a>', "Feira reúne escolas - Jornal do Vale",
         "Feira reúne escolas"),
        ('<a href="https://herald.example/">The Herald</a>', "River park grows | The Herald", "River park grows"),
        ('<a href="/">Home</a>', "River park grows - Home and garden news", "River park grows - Home and garden news"),
    ],
)  # fmt: skip
def test_the_home_link_names_the_site(top: str, title: str, expected: str, backend: str) -> None:
    body = f"<header>{top}</header>{_story(_paragraphs('T', 2))}"
    assert _read(_page(body, title=title)).title == expected


@pytest.mark.parametrize(
    ("heading", "title", "expected"),
    [
        ("River park grows", "Opinion | River park grows", "River park grows"),
        ("River park grows on the east side", "River park grows on the east side - Auto News",
         "River park grows on the east side"),
        # an <h1> that is the site's name is no headline: the story's title is the longer side
        ("The Example Blog", "September open thread | The Example Blog", "September open thread | The Example Blog"),
        # several names after the headline: a byline, a publication, a month, the platform
        ("A conversation with the archivist", "A conversation with the archivist | by Tom Ellery | The Long Table"
         " | Jan, 2026 | Medium", "A conversation with the archivist"),
    ],
)  # fmt: skip
def test_the_headline_side_of_the_title_is_the_title(heading: str, title: str, expected: str, backend: str) -> None:
    body = f"<article><h1>{heading}</h1>{_story(_paragraphs('T', 3))}</article>"
    assert _read(_page(body, title=title)).title == expected


def test_a_site_name_set_as_the_h1_is_no_headline_a_title_confirms(backend: str) -> None:
    story = "The council approves the budget with the opposition abstaining"
    head = f'<meta property="og:title" content="{story}">'
    body = f"<h1>Noticias de Villanueva del Río</h1><article>{_story(_paragraphs('S', 3))}</article>"
    assert _read(_page(body, head, title=f"{story} | Noticias de Villanueva del Río")).title == story


_H1 = "New bridge over the Weser to be finished in 2026"
_SHARE = '<meta property="og:title" content="Bridge over the Weser: work starts in 2025?">'
_LD_H1 = f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": _H1})}</script>'


@pytest.mark.parametrize(
    ("titles", "headline", "expected"),
    [
        (["Prison guards charged in connection with Jeffrey Epstein's death | The Herald"],
         "Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's suicide",
         "Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's suicide"),
        # a section's name over the story shares a word at most: the title stands
        (["Sejarah Pecahnya Islam jadi Sunni dan Syiah | The Herald"], "Berita Dunia Islam Terkini",
         "Sejarah Pecahnya Islam jadi Sunni dan Syiah"),
        # the site's name set as the <h1>: no headline
        (["Sejarah Pecahnya Islam jadi Sunni dan Syiah | Kabar tentang Dunia Islam"], "Kabar tentang Dunia Islam",
         "Sejarah Pecahnya Islam jadi Sunni dan Syiah"),
    ],
)  # fmt: skip
def test_the_headline_telling_the_titles_story_in_other_words_is_the_title(
    titles: list[str], headline: str, expected: str
) -> None:
    assert page_title(titles, ["Kabar tentang Dunia Islam", "The Herald"], headline=headline) == expected


@pytest.mark.parametrize(
    ("head", "title", "expected"),
    [
        (_SHARE + _LD_H1, "Weser-Echo", _H1),  # JSON-LD and <h1> agree
        (_SHARE, f"Bremen: {_H1} - Weser-Echo", _H1),  # the <title> holds the <h1> beside the site's name
        # the <h1> alone, telling the same story in other words: the headline the page shows (the title a share's)
        (_SHARE, "Weser-Echo", _H1),
        (_LD_H1, "Weser-Echo", _H1),
    ],
)
def test_the_headline_the_page_shows_comes_before_a_title_written_for_sharing(
    head: str, title: str, expected: str, backend: str
) -> None:
    body = f"<article><h1>{_H1}</h1>{_story(_paragraphs('S', 3))}</article>"
    assert _read(_page(body, head, title=title)).title == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/2024/03/14/river-park", "2024-03-14"),
        ("https://x.example/news/river-park-20240314-story.html", "2024-03-14"),
        ("https://x.example/news/river-park", None),
        ("https://x.example/2024/13/44/bad", None),
        ("https://x.example/world/2024/mar/14/river-park", "2024-03-14"),
        ("https://x.example/statements/2019/nov/8/claim", "2019-11-08"),
        ("https://x.example/kultur/2024/m\u00e4rz/14/park", "2024-03-14"),
        ("https://x.example/2024/news/14/river-park", None),
        ("https://x.example/2024/news/2024/03/14/river-park", "2024-03-14"),
        ("https://x.example/videos/river-park-opens-2024-03-14", "2024-03-14"),
        ("https://x.example/news/river_park_2024-03-14?ref=home", "2024-03-14"),
        ("https://x.example/news/river-park-2024-03-145", None),
        ("https://x.example/news/river-park-2024-13-14", None),
    ],
)
def test_dates_in_urls(url: str, expected: str | None) -> None:
    assert url_date(url) == expected


def _meta_page(head: str = "", top: str = "", url: str = "https://x.example/news/a") -> newsparse.Article:
    body = f"<article><h1>River park grows</h1>{top}{_story(_paragraphs('M', 3))}</article>"
    return _read(_page(body, f'<meta property="og:url" content="{url}">' + head))


@pytest.mark.parametrize(
    ("head", "top", "url", "published"),
    [
        ('<meta property="article:published_time" content="2024-03-14T09:00:00Z">', "", "", "2024-03-14T09:00:00"),
        ('<meta name="parsely-pub-date" content="2024-03-14T09:00:00Z">', "", "", "2024-03-14T09:00:00"),
        ('<meta name="sailthru.date" content="2024-03-14">', "", "", "2024-03-14"),
        ('<meta name="DC.date" content="2024-03-14">', "", "", "2024-03-14"),
        ('<meta name="publishdate" content="20240314">', "", "", "2024-03-14"),
        ('<meta name="timestamp" content="1710406800000">', "", "", "2024-03-14T09:00:00"),
        ("", '<span itemprop="datePublished" content="2024-03-14">March 14</span>', "", "2024-03-14"),
        # RDFa, as Drupal writes it
        (
            "",
            '<span property="dc:date dc:created" content="2024-03-14T00:00:00+05:00">March 14</span>',
            "",
            "2024-03-14T00:00:00+05:00",
        ),
        (
            "",
            '<div property="dcterms:modified" content="2024-03-20"></div><span property="dcterms:issued" '
            'content="2024-03-14">x</span>',
            "",
            "2024-03-14",
        ),
        ("", '<time datetime="2024-03-14T09:00">March 14</time>', "", "2024-03-14T09:00"),
        ("", "<p>Published March 14, 2024</p>", "", "2024-03-14"),
        ("", "<p>Thursday 14 March 2024</p>", "", "2024-03-14"),
        ("", "", "https://x.example/2024/03/14/river", "2024-03-14"),
    ],
)
def test_the_publication_date_from_each_place(head: str, top: str, url: str, published: str, backend: str) -> None:
    article = _meta_page(head, top, url or "https://x.example/news/a")
    assert article.published is not None
    assert article.published.startswith(published)


@pytest.mark.parametrize("kind", ["VideoObject", "AudioObject", ["VideoObject", "MediaObject"], "PodcastEpisode"])
def test_a_video_page_without_an_article_is_dated_by_its_upload(kind: str | list[str], backend: str) -> None:
    head = _ld({"@type": kind, "name": "River park opens", "uploadDate": "2024-03-14T20:40:00+05:30"})
    article = _meta_page(head)
    assert article.published is not None
    assert article.published.startswith("2024-03-14T20:40")


def test_an_upload_date_comes_after_the_articles_own_dates(backend: str) -> None:
    video = _ld({"@type": "VideoObject", "name": "Archive clip", "uploadDate": "2019-05-01"})
    article = _meta_page(video + '<meta property="article:published_time" content="2024-03-14T09:00:00Z">')
    assert article.published is not None
    assert article.published.startswith("2024-03-14")
    article = _meta_page(video, "<p>Published March 14, 2024</p>")
    assert article.published is not None
    assert article.published.startswith("2024-03-14")


@pytest.mark.parametrize(
    "stamp", ["Updated: 14th March 2024 08:40 PM", "Last updated 14 March 2024", "Aktualisiert am 14. März 2024"]
)
def test_a_page_dated_only_by_its_update_was_published_then(stamp: str, backend: str) -> None:
    article = _meta_page("", f"<p>Metro Desk | {stamp}</p>" if stamp.startswith("Up") else f"<p>{stamp}</p>")
    assert article.updated is not None
    assert article.updated.startswith("2024-03-14")
    assert article.published == article.updated
    assert "published-from-update" in {p.code for p in article.problems}


def test_published_and_updated_are_separate(backend: str) -> None:
    head = (
        '<meta property="article:published_time" content="2024-03-14T09:00:00Z">'
        '<meta property="article:modified_time" content="2024-03-15T10:00:00Z">'
    )
    article = _meta_page(head)
    assert article.published is not None
    assert article.published.startswith("2024-03-14")
    assert article.updated is not None
    assert article.updated.startswith("2024-03-15")


def _ld(data: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    ("head", "top", "authors"),
    [
        (_ld({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Roe"}]}), "", ["Jane Roe"]),
        ('<meta name="author" content="By Jane Roe and Max Mustermann">', "", ["Jane Roe", "Max Mustermann"]),
        ("", '<span itemprop="author" itemscope><span itemprop="name">Jane Roe</span></span>', ["Jane Roe"]),
        ("", '<a rel="author" href="/staff/jane">Jane Roe</a>', ["Jane Roe"]),
        ("", '<div class="byline">By Jane Roe, Senior Reporter</div>', ["Jane Roe"]),
        ('<meta property="og:site_name" content="The Herald"><meta name="author" content="The Herald">', "", []),
        ("", '<span class="author">Par <a href="/auteurs/cm">Claire Martin</a></span>', ["Claire Martin"]),
        ("", '<div class="autor">Por Ana Souza</div>', ["Ana Souza"]),
        ("", '<p class="byline">Von Max Mustermann und Erika Musterfrau</p>', ["Max Mustermann", "Erika Musterfrau"]),
        ("", '<div class="author-name">Autor: Jan Kowalski</div>', ["Jan Kowalski"]),
        ('<meta name="author" content="Di Stefano">', "", ["Di Stefano"]),  # a surname, not "di" (by)
        ("", '<div class="byline">김철수 기자</div>', ["김철수"]),
        ("", '<span class="author">山田太郎記者</span>', ["山田太郎"]),
        ("", '<div class="byline">记者 张伟</div>', ["张伟"]),
        ("", "<p>By Jane Roe and Max Mustermann</p>", ["Jane Roe", "Max Mustermann"]),  # printed, no class
        ("", '<div class="meta"><span>Par Claire Martin</span> <span>12.03.2024</span></div>', ["Claire Martin"]),
        ("", '<div class="meta"><a href="/autores/ana-souza/">Ana Souza</a></div>', ["Ana Souza"]),
        ("", '<p class="byline">by Jeff Foust Monday, November 18, 2019</p>', ["Jeff Foust"]),
        ("", "<p>By Minh Do on Monday, November 18th, 2019 at 11:08 a.m.</p>", ["Minh Do"]),
        ("", '<p class="byline">Von Claire Martin am Do., 12.03.2024</p>', ["Claire Martin"]),
        ("", '<p class="byline">홍길동 기자 (hong@example.co.kr)</p>', ["홍길동"]),
        ("", '<span class="author">By Jane Roe &lt;jane@example.com&gt;</span>', ["Jane Roe"]),
        ("", '<div class="author">澎湃新闻记者 陈静</div>', ["陈静"]),
        ("", '<div class="author">新華社記者：王小明</div>', ["王小明"]),
        ("", '<div class="author">责任编辑：张丽</div>', []),  # the desk's editor
        ("", "<p>Par <span>Claire Martin</span>, publié le 18/11/2024 - 08:00</p>", ["Claire Martin"]),
        ("", "<p>By Jane Roe | Updated March 3, 2024 10:00 AM</p>", ["Jane Roe"]),
        ("", "<p>Von Max Muster, veröffentlicht am 3. März 2024</p>", ["Max Muster"]),
        ("", "<p>Por Ana Souza, publicado em 03/03/2024 às 10h00</p>", ["Ana Souza"]),
        (
            "",
            "<p>Opublikowano: 12.03.2026 08:15 | Autor: Przemysław Kaczmarek | Komentarze (23)</p>",
            ["Przemysław Kaczmarek"],
        ),
        (
            "",
            '<div class="sig">Por <strong>Gustavo Ramalho</strong>, Portal Vale Verde — Ouro Verde</div>',
            ["Gustavo Ramalho"],
        ),
        ("", '<span class="byline">Histoire par Maëlle Quéré</span>', ["Maëlle Quéré"]),
        ("", "<p>Story by Jane Roe • 3 min read</p>", ["Jane Roe"]),
        ("", '<p class="byline">Written by Jane Roe, MS, RD</p>', ["Jane Roe"]),
        ("", '<div class="byline">Reuters, Washington</div><div class="byline">Washington,</div>', []),  # an agency
        ('<meta name="author" content="Associated Press">', '<p class="byline">By Ryan Roe</p>', ["Ryan Roe"]),
        ("", '<div class="byline">PTI</div>', []),
        ("", '<div class="byline">글 정민서 (수필가)</div>', ["정민서"]),  # a role in brackets after the name
        ("", '<div class="author">記者陳怡君／台中報導</div>', ["陳怡君"]),  # the place's report after a slash
        ("", '<p class="byline">By Jane Roe (Washington Bureau)</p>', ["Jane Roe"]),
        ("", '<span class="author">Posted by admin</span>', []),
        ("", '<div class="author">пресс-служба администрации района</div>', []),
        ('<meta name="author" content="Comunicaciones UDVA">', "", []),  # an institution's press office
        ('<meta name="author" content="Assessoria de Imprensa">', "", []),
        ('<meta name="author" content="Metro Newsroom">', "", []),
        # a box around a byline element: the name element's text, not the role and link beside it
        ("", '<div class="column-author"><div class="author-name"><a href="/a/ln">Arkady Losev</a></div><div '
         'class="author-role">journalist, host of the column «City and people»</div><a href="/a/ln">All columns of '
         "the author (48)</a></div>", ["Arkady Losev"]),
        # the story's writers, one element each, of one class: all of them
        ("", '<p class="author-name">Jane Roe</p><p class="author-name">Tom Lee</p>', ["Jane Roe", "Tom Lee"]),
        # links to the writers' pages in one line with no byline class: all of them
        ("", '<p>By <a href="/staff/jane-roe">Jane Roe</a> and <a href="/staff/tom-lee">Tom Lee</a></p>',
         ["Jane Roe", "Tom Lee"]),
        # a byline element's label alone, its name a site account: nobody
        ("", '<div class="td-post-author-name"><div class="td-author-by">Por</div> <a href="/author/r/">Redacción</a>'
         "</div>", []),
        # a photographer and a date in the parts of a byline
        ("", '<p class="byline">Piše: Tomislav Jurin | Foto: Ivana Perica | 03.12.2026.</p>', ["Tomislav Jurin"]),
        ("", '<p class="byline">By Jane Roe | Photo: Tom Lee | March 3, 2024</p>', ["Jane Roe"]),
        ("", '<p class="author">Amy Roe | NJ Advance Media for NJ.com</p>', ["Amy Roe"]),  # the outlet
        ("", '<p class="byline">By SHIHATA</p>', []),  # one word in capitals: an agency's or a station's
        ("", '<p class="byline">Staff Reporter, Kurigram</p>', []),  # a job alone, then the desk's city
        ("", '<p class="byline">নিজস্ব প্রতিবেদক, কুড়িগ্রাম প্রকাশ: ২৫ নভেম্বর ২০২৬, ১০:৩০</p>', []),
        ("", '<p class="byline">Jane, Staff Writer</p>', ["Jane"]),  # a job after a name says nothing of it
        ("", '<p class="byline">Беседовала Ольга Журавлёва</p>', ["Ольга Журавлёва"]),  # an interview's "by"
        ("", '<p class="byline">Marloes de Wit, Communicatie Faculteit Natuurwetenschappen</p>', ["Marloes de Wit"]),
        ('<meta name="author" content="Pressestelle der Stadt Kesselbach">', "", []),  # a press office
        # the names a byline lists before its outlet and place, when it reads as no whole byline
        ("", '<p class="byline">Por <span>Luana Ferreira</span> e <span>Tiago Barros</span>, Portal Mata Atlântica'
         " — Eldorado (SP)</p>", ["Luana Ferreira", "Tiago Barros"]),
        ("", '<p class="byline">By The Water Coolest</p>', []),  # a name opening with "The" is a company's
        # an author object typed as an organization (a fact-checker, an agency) names no writer
        ('<script type="application/ld+json">{"@type": "ClaimReview", "author": {"@type": "Organization", '
         '"name": "The Dalton Observer"}}</script>', '<p class="byline">By Jane Roe</p>', ["Jane Roe"]),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Organization", '
         '"name": "Nordic Wire"}, {"@type": "Person", "name": "Tom Lee"}]}</script>', "", ["Tom Lee"]),
        # an editor's part of a byline line, and a link to the editor's page, name no writer
        ("", '<div class="story-byline"><span>Written By: <a href="/agency/npi">NPI</a></span> | <span>Edited By: '
         '<a href="/author/ritu-sharma">Ritu Sharma</a></span> | <span>Updated: Mar 06, 2026, 19:42 IST</span></div>',
         []),
        ("", '<p class="meta">Written By: <a href="/author/jane-roe">Jane Roe</a> | Edited By: '
         '<a href="/author/tom-lee">Tom Lee</a></p>', ["Jane Roe"]),
        ("", '<div class="byline">By: Jane Roe</div>', ["Jane Roe"]),
        # a label before a Chinese byline word, and reporters parted by spaces
        ("", '<span class="author">作者：记者 王磊 李婷</span>', ["王磊", "李婷"]),
        ("", '<div class="byline">记者 梁思远 何婉婷 张伟</div>', ["梁思远", "何婉婷", "张伟"]),
        # the desk's city a dash sets beside the name, on either side
        ("", '<div class="byline">عمان - ليلى الخطيب</div>', ["ليلى الخطيب"]),
        ("", '<div class="byline">Mert Yıldız - İZMİR</div>', ["Mert Yıldız"]),
        ("", '<p class="byline">Por Ana Souza - Brasília</p>', ["Ana Souza"]),
    ],
)  # fmt: skip
def test_authors_from_each_place(head: str, top: str, authors: list[str], backend: str) -> None:
    article = _meta_page(head, top)
    assert list(article.authors) == authors


@pytest.mark.parametrize(
    "line",
    ["By the numbers: 5 facts about parks", "Por qué importa", "Von der Leyen besucht Kiew",
     "By 2030, the city wants more parks", "Par ailleurs, la ville", "Door de regen"],
)  # fmt: skip
def test_a_printed_line_that_opens_with_a_byline_word_but_names_nobody_gives_no_author(line: str, backend: str) -> None:
    assert list(_meta_page("", f"<p>{line}</p>").authors) == []


_COMMENT_SECTIONS = [
    '<ol class="comment-list"><li class="comment"><div class="comment-author vcard"><b class="fn">Henk de Vries</b>'
    '</div><div class="comment-content"><p>Dat werd tijd.</p></div></li></ol>',
    '<section id="comments"><div class="c"><span class="author">Anna Schmidt</span><p>Endlich!</p></div></section>',
    '<div class="kommentare"><p class="byline">Von Erika Musterfrau</p><p>Gut so.</p></div>',
    '<div id="disqus_thread"><div class="post-byline"><span class="author">Jane Roe</span></div></div>',
]


@pytest.mark.parametrize("comments", _COMMENT_SECTIONS)
def test_a_commenters_name_is_not_an_author(comments: str, backend: str) -> None:
    body = f"<article><h1>River park grows</h1>{_story(_paragraphs('M', 3))}{comments}</article>"
    assert list(_read(_page(body)).authors) == []


@given(st.lists(st.sampled_from(["div", "comments", "comment-list", "commentary", "kommentare", "x"]), max_size=40))
def test_comment_verdicts_remembered_over_a_tree_are_those_of_each_element_alone(classes: list[str]) -> None:
    """The same verdict for every element whether the walk up remembers earlier ones or not (nested sections)."""
    markup = "".join(f'<div class="{cls}"><span class="author">A</span>' for cls in classes) + "</div>" * len(classes)
    tree = _pagetree.build(f"<html><body>{markup}</body></html>")
    known: dict[int, bool] = {}
    for node in tree.descendants():
        assert in_comments(node, known) == in_comments(node)


def test_a_date_beside_the_authors_links_of_a_byline_block_is_read(backend: str) -> None:
    """The block is mostly links (the authors' names), but the date in its own element is no link list."""
    top = (
        '<div class="ArticlePage-byline"><div class="authorName">Autori: <a href="/autor/mg">Michal Gajdoš</a>, '
        '<a href="/autor/pl">Petra Lukáčová</a></div><div class="datePublished">2 November 2026</div></div>'
    )
    article = _meta_page("", top, "")
    assert (article.published or "")[:10] == "2026-11-02"


def test_a_fact_checks_claim_review_dates_the_page(backend: str) -> None:
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "datePublished": "2026-11-02",
        "claimReviewed": "The town bans wood stoves.",
        "author": {"@type": "Organization", "name": "Checkers"},
    }
    head = f'<script type="application/ld+json">{json.dumps(review)}</script>'
    assert (_meta_page(head, "", "").published or "")[:10] == "2026-11-02"


def test_the_writers_cards_side_by_side_in_a_sidebar_name_them_all(backend: str) -> None:
    cards = "".join(
        f'<div class="author-card"><p class="author-name"><a href="/a/{n}">{name}</a></p>'
        f'<p class="author-bio">{bio}</p></div>'
        for n, (name, bio) in enumerate([("Mykola Hnatiuk", "Energy analyst."), ("Daryna Savchuk", "Data reporter.")])
    )
    body = f"<article><h1>River park grows</h1>{_story(_paragraphs('M', 3))}</article><aside>{cards}</aside>"
    assert list(_read(_page(body)).authors) == ["Mykola Hnatiuk", "Daryna Savchuk"]


def test_the_bylines_of_a_list_of_other_stories_are_not_read_together(backend: str) -> None:
    """Each card of a related list holds its own byline: not the story's writers, never all of them."""
    cards = "".join(
        f'<li><div class="card"><a href="/s/{n}">Story {n}</a><span class="byline">By {name}</span></div></li>'
        for n, name in enumerate(["Ann Lee", "Bo Kim", "Cy Li"])
    )
    body = f'<article><h1>River park grows</h1>{_story(_paragraphs("M", 3))}</article><ul class="x">{cards}</ul>'
    assert len(_read(_page(body)).authors) <= 1


def test_an_author_link_outside_the_story_is_not_its_author(backend: str) -> None:
    aside = '<aside class="columnists"><a href="/author/max-mustermann">Max Mustermann</a></aside>'
    body = f"<article><h1>River park grows</h1>{_story(_paragraphs('M', 3))}</article>{aside}"
    assert list(_read(_page(body)).authors) == []


_CRUMBS_LD = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    "itemListElement": [  # out of order: read by position
        {"@type": "ListItem", "position": 3, "name": "River park grows", "item": "https://x.example/city/park"},
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://x.example/"},
        {"@type": "ListItem", "position": 2, "item": {"@id": "https://x.example/city", "name": "City"}},
    ],
}


@pytest.mark.parametrize(
    ("head", "top", "section"),
    [
        (_ld(_CRUMBS_LD), "", "City"),
        ("", '<nav aria-label="Fil d\'Ariane"><a href="/">Accueil</a> › <a href="/ville">Ville</a></nav>', "Ville"),
        ("", '<ol class="migas"><li><a href="/">Inicio</a></li><li><a href="/deportes">Deportes</a></li></ol>',
         "Deportes"),
        ("", '<div class="breadcrumbs"><a href="/">Home</a> / <a href="/c">City</a> / '
         '<a href="/p">River park grows</a></div>', "City"),
        ('<meta property="article:section" content="Parks">', '<div class="breadcrumb"><a href="/">Home</a>'
         '<a href="/c">City</a></div>', "Parks"),  # the declared section first
    ],
)  # fmt: skip
def test_the_section_from_a_breadcrumb_trail(head: str, top: str, section: str, backend: str) -> None:
    body = f"<header>{top}</header><article><h1>River park grows</h1>{_story(_paragraphs('B', 3))}</article>"
    assert _read(_page(body, head)).section == section


def test_a_class_that_only_mentions_breadcrumbs_on_the_whole_story_is_no_trail(backend: str) -> None:
    links = "".join(f'<p><a href="/l{n}">Link {n}</a> {p}</p>' for n, p in enumerate(_paragraphs("L", 10)))
    body = f'<article class="content url-breadcrumb"><h1>River park grows</h1>{links}</article>'
    assert _read(_page(body)).section is None


def test_section_image_tags_and_language_fields(backend: str) -> None:
    head = (
        '<meta property="article:section" content="City"><meta property="og:image" content="https://x.example/a.jpg">'
        '<meta property="article:tag" content="parks"><meta property="article:tag" content="budget">'
    )
    article = _meta_page(head)
    assert article.section == "City"
    assert article.image == "https://x.example/a.jpg"
    assert list(article.tags) == ["parks", "budget"]


# --------------------------------------------------------------------------- both parsers


_PAGES = [
    _page(_nav() + _story(_paragraphs("Same", 4)) + _teasers() + _footer()),
    _page(
        "<article><h1>River park grows</h1><p>By Jane Roe</p>" + _story(_paragraphs("Same", 3)) + "</article>",
        '<meta property="article:published_time" content="2024-03-14">',
    ),
]


@pytest.mark.skipif(importlib.util.find_spec("lxml") is None, reason="lxml is not installed")
@pytest.mark.parametrize("page", _PAGES)
def test_both_parsers_give_the_same_article(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    results = []
    for name in ("lxml", "html.parser"):
        monkeypatch.setattr(_html, "_PARSER", name)
        article = _read(page).to_dict()
        article.pop("provenance", None)
        results.append(article)
    assert results[0] == results[1]


# --------------------------------------------------------------------------- generated pages

_WORDS = st.sampled_from("river park council budget spring plan city water bridge school vote year".split())
_SENTENCES = st.lists(_WORDS, min_size=12, max_size=30).map(lambda words: " ".join(words).capitalize() + ".")
_CHROME_SHAPES = st.sampled_from(["most-popular", "related-posts", "share-bar", "newsletter-box", "comments"])


@given(
    story=st.lists(_SENTENCES.map(lambda s: s + " " + s), min_size=2, max_size=8),
    chrome=st.lists(_CHROME_SHAPES, max_size=3),
    headlines=st.integers(min_value=1, max_value=6),
)
def test_generated_pages_give_the_story_paragraphs(story: list[str], chrome: list[str], headlines: int) -> None:
    """A page built from story paragraphs, navigation, chrome blocks and a footer reads as the paragraphs."""
    blocks = "".join(
        f'<div class="{cls}"><ul>'
        + "".join(f'<li><a href="/{n}">Other headline {n}</a></li>' for n in range(headlines))
        + "</ul></div>"
        for cls in chrome
    )
    page = _page(_nav() + f"<main><article>{_story(story)}{blocks}</article></main>" + _footer())
    article = _read(page)
    assert article.body.split("\n\n") == story
