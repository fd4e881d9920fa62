"""Calls to the reader inside or under a saved page's story, players' cards, a second story's headline, old layouts.

Each page is built here from a story's paragraphs and one block set among them: what must be left is known from
how the page was built (the story's paragraphs, in order), and a block that is the story's own stays.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse

_PARAGRAPHS = [
    f"Part {n}. The council voted on Tuesday to expand the river park, a plan that had been debated for more than "
    "three years, and officials said work would begin in the spring once the final budget is approved."
    for n in range(4)
]


def _page(block: str, at: int, lang: str = "en") -> str:
    parts = [f"<p>{text}</p>" for text in _PARAGRAPHS]
    parts.insert(at, block)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>River park grows</title></head><body>'
        f"<main><article><h1>River park grows</h1>{''.join(parts)}</article></main></body></html>"
    )


def _body(page: str) -> list[str]:
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    return article.body.split("\n\n")


@pytest.mark.parametrize(
    ("block", "lang"),
    [
        ('<p><em>Join the Southern Ledger WhatsApp channel for news. <a href="#">Click here</a></em></p>', "en"),
        ('<div class="canal">📢 Receba as notícias no celular: entre no nosso canal do WhatsApp ou do Telegram.</div>',
         "pt"),
        ("<p>Simak berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu: WhatsApp Channel.</p>", "id"),
        ("<p>Heb je een tip voor de redactie? Stuur een bericht via WhatsApp of mail naar tips@omroep.example.</p>",
         "nl"),
        ("<p>Puedes seguir a OPINIÓN en Facebook o apuntarte aquí para recibir nuestra newsletter semanal.</p>", "es"),
        ("<p>Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.</p>", "en"),
    ],
)  # fmt: skip
def test_a_call_to_join_the_sites_channel_or_newsletter_under_the_story_leaves_it(block: str, lang: str) -> None:
    assert _body(_page(block, len(_PARAGRAPHS), lang)) == _PARAGRAPHS


@pytest.mark.parametrize(
    ("block", "lang"),
    [
        ('<p><em>Join the Southern Ledger WhatsApp channel for news. <a href="#">Click here</a></em></p>', "en"),
        ("<p>Join Ghana Today's Telegram channel for the latest updates.</p>", "en"),  # the site's name, possessive
        ("<p>Stay informed: join Harbour News on WhatsApp.</p>", "en"),
        ("<p>Sign up for our free morning newsletter and get the day's top stories in your inbox.</p>", "en"),
        ('<div class="canal">📢 Receba as notícias no celular: entre no nosso canal do WhatsApp ou do Telegram.</div>',
         "pt"),
        ("<p>Puedes seguir a OPINIÓN en Facebook o apuntarte aquí para recibir nuestra newsletter semanal.</p>", "es"),
        ("<p>Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.</p>", "en"),
    ],
)  # fmt: skip
def test_a_call_to_join_the_sites_channel_or_newsletter_between_the_storys_paragraphs_leaves_it(
    block: str, lang: str
) -> None:
    for at in range(1, len(_PARAGRAPHS) + 1):
        assert _body(_page(block, at, lang)) == _PARAGRAPHS, at


def test_a_call_to_join_a_channel_under_a_wire_storys_contributor_line_leaves_the_writers_named() -> None:
    credit = '<p class="credit-line"><em>(Reporting by Jane Roe and Al Li; Editing by Mo Fa)</em></p>'
    call = "<p>Join Ghana Today's Telegram channel for the latest updates.</p>"
    page = _page(credit + "<p>Advertisement</p>" + call + "<p>Share</p>", len(_PARAGRAPHS))
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert article.authors == ("Jane Roe", "Al Li")
    assert article.body.split("\n\n") == _PARAGRAPHS


def test_a_newsletter_callout_inside_the_story_leaves_it() -> None:
    callout = (
        '<div class="kg-card kg-callout-card"><div class="kg-callout-emoji">📬</div><div class="kg-callout-text">'
        'Get local news in your inbox every Friday. <a href="#/portal/signup">Subscribe free</a>.</div></div>'
    )
    assert _body(_page(callout, 2)) == _PARAGRAPHS


@pytest.mark.parametrize(
    "block",
    [
        "<p>WhatsApp said on Tuesday that its channels had grown, and that users could now join the beta.</p>",
        "<p>Telegram's founder will join the board, the company said in a statement on its website.</p>",
        "<p>Readers of the newsletter said the council's plan was late, and most of them asked for a vote.</p>",
        "<p>Facebook Messenger went down for hours on Tuesday, and users could not chat with us or anyone.</p>",
        "<p>Join the Messenger and the public library for a candidate forum on Thursday at the town hall.</p>",
    ],
)
def test_a_story_line_about_a_messaging_service_or_a_newsletter_stays(block: str) -> None:
    assert len(_body(_page(block, 2))) == len(_PARAGRAPHS) + 1


@pytest.mark.parametrize(
    "card",
    [
        '<div class="mediaplayer"><div class="player-title">Video: Urteil gegen Geldabholer (1 Min)</div>'
        '<span class="duration">01:28</span><span>Hallo Weserland, 19.11.2026 18:00 Uhr</span></div>',
        '<div class="video-embed"><iframe src="https://video.example/x" title="Queue"></iframe>'
        '<p class="video-title">Mangaung water crisis: residents queue at tankers (02:14)</p></div>',
        '<div class="player"><p>ひがし茶屋街 無電柱化工事始まる</p><span>1:24</span>'
        "<p>動画を再生するには、JavaScriptを有効にしてください</p></div>",
    ],
)
def test_a_players_card_with_its_duration_leaves_the_story(card: str) -> None:
    assert _body(_page(card, 2)) == _PARAGRAPHS


@given(
    title=st.text("abcdefghij klmnop", min_size=8, max_size=40).filter(lambda t: t.strip()),
    minutes=st.integers(0, 59),
    seconds=st.integers(0, 59),
)
def test_a_title_closed_by_its_duration_in_brackets_is_a_players_card(title: str, minutes: int, seconds: int) -> None:
    player = '<iframe src="https://video.example/1"></iframe>'
    card = f'<div class="clip">{player}<p>{title.strip()} ({minutes}:{seconds:02d})</p></div>'
    assert _body(_page(card, 2)) == _PARAGRAPHS


def test_the_headline_of_the_story_next_to_the_body_is_the_title() -> None:
    """A second story appended below (as endless pages do) has its own headline; the first story's is its title."""
    story = "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)
    page = (
        '<!DOCTYPE html><html lang="en"><head><title>Paid parking: council to trial fees | The Post</title>'
        '<meta property="og:title" content="Brighton beach paid parking trial from October"></head><body><main>'
        '<article class="wrap"><h1>Council to trial paid parking at the foreshore from October</h1>'
        f'<div class="article-body">{story}</div></article>'
        '<article class="wrap"><h1>Tram network to get more trams</h1>'
        f'<div class="article-body"><p>{_PARAGRAPHS[0][:120]}</p></div></article></main></body></html>'
    )
    articles = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert articles[0].title == "Council to trial paid parking at the foreshore from October"


@pytest.mark.parametrize(
    ("line", "lang"),
    [("<p>(영상취재 : 박준형, 영상편집 : 이소연)</p>", "ko"), ("<p>(Photos: Jane Roe / Images: Al Li)</p>", "en")],
)
def test_a_crews_credits_closing_the_story_leave_it(line: str, lang: str) -> None:
    assert _body(_page(line, len(_PARAGRAPHS), lang)) == _PARAGRAPHS


def test_a_lone_pictures_credit_closing_the_story_stays() -> None:
    """One credit may be the story's own line (the source of a picture it shows): real pages' gold keeps it."""
    assert _body(_page("<p>Foto: Jane Roe</p>", len(_PARAGRAPHS), "de")) == [*_PARAGRAPHS, "Foto: Jane Roe"]


@pytest.mark.parametrize("player", ["amp-video", "amp-iframe", "amp-ad"])
def test_an_amp_players_fallback_text_is_no_part_of_the_story(player: str) -> None:
    fallback = "<div fallback>Seu navegador não suporta vídeo.</div>"
    block = f'<{player} width="640" height="360" layout="responsive">{fallback}</{player}>'
    assert _body(_page(block, 2, "pt")) == _PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "lang"),
    [("Comments (0)", "en"), ("12 comentarios", "es"), ("Kommentare 5", "de"), ("Author", "en"), ("Autor:", "pt")],
)
def test_a_chrome_word_with_its_count_or_a_byline_word_alone_leaves_the_story(line: str, lang: str) -> None:
    assert _body(_page(f"<p>{line}</p>", 2, lang)) == _PARAGRAPHS


def test_a_short_line_of_the_story_with_a_number_stays() -> None:
    assert _body(_page("<p>Comments were closed at 10 pm.</p>", 2)) == [
        *_PARAGRAPHS[:2],
        "Comments were closed at 10 pm.",
        *_PARAGRAPHS[2:],
    ]


def test_a_joomla_article_info_list_over_the_story_leaves_it() -> None:
    info = (
        '<dl class="article-info text-muted"><dt class="article-info-term">Dettagli</dt>'
        '<dd class="createdby">Scritto da: <span>Redazione</span></dd>'
        '<dd class="category-name">Categoria: <a href="/cronaca">Cronaca</a></dd>'
        '<dd class="hits">Visite: 2318</dd></dl>'
    )
    assert _body(_page(info, 0, "it")) == _PARAGRAPHS


@pytest.mark.parametrize(
    "block",
    [
        "<p>She urged readers to subscribe to her newsletter instead.</p>",
        "<p>Her newsletter, which readers subscribe to for free, covers local politics.</p>",
        "<p>Join the protest, organisers wrote on WhatsApp.</p>",
        "<p>“Join the WhatsApp group,” the scammer wrote to the victim.</p>",
        "<p>Follow us, the rebels told villagers in a Telegram post.</p>",
        "<p>★★★★☆</p>",
        "<div><p>Bake the bread until golden (25 minutes)</p></div>",
        "<div><p>The home side lost its captain after Smith was sent off (78 min)</p></div>",
    ],
)
def test_the_storys_own_lines_about_newsletters_channels_ratings_and_minutes_stay(block: str) -> None:
    for at in (2, len(_PARAGRAPHS)):  # inside the story and closing it
        assert len(_body(_page(block, at))) == len(_PARAGRAPHS) + 1, at


@pytest.mark.parametrize("line", ["Loading…", "Skip Ad", "Video", "Sponsored"])
def test_a_players_or_an_ads_widget_line_alone_leaves_the_story(line: str) -> None:
    assert _body(_page(f"<p>{line}</p>", 2)) == _PARAGRAPHS


def test_a_last_line_naming_a_paper_called_messenger_stays() -> None:
    block = "<p>Join the Messenger and the public library for a candidate forum on Thursday at the town hall.</p>"
    assert len(_body(_page(block, len(_PARAGRAPHS)))) == len(_PARAGRAPHS) + 1


@pytest.mark.parametrize(
    "block",
    [
        "<p>Har du tips? Send oss en e-post på tips@avisa.example eller ring 75 00 12 34.</p>",
        "<p>Got a story? Email tips@daily.example or call 020 0000 0000. We pay for your stories!</p>",
        "<p>Vous avez une info ? Écrivez-nous à redaction@journal.example.</p>",
    ],
)
def test_a_call_to_send_the_newsroom_news_leaves_the_story(block: str) -> None:
    for at in (2, len(_PARAGRAPHS)):
        assert _body(_page(block, at)) == _PARAGRAPHS, at


def test_a_question_in_the_story_beside_an_address_that_is_long_stays() -> None:
    line = (
        "Who pays for the repairs? The council said in a letter sent from works@council.example on Monday that "
        "the owners of the houses along the river would share the cost with the county and the water board."
    )
    assert len(_body(_page(f"<p>{line}</p>", 2))) == len(_PARAGRAPHS) + 1


@pytest.mark.parametrize(
    "block",
    [
        "<p><strong>Yderligere oplysninger:</strong><br>Mette Kjærgaard, administrerende direktør, NordVest Energi"
        "<br>Tlf.: 96 12 34 50<br>E-mail: mk@nordvest.example</p><p>Presseansvarlig Anders Holm Bech<br>"
        "Tlf.: 21 47 80 36<br>E-mail: presse@nordvest.example</p>",
        "<p>For more information, contact:</p><p>Jane Roe, Communications Manager<br>Phone: +1 (555) 010-2000<br>"
        "Email: jane.roe@acme.example</p>",
        "<p>Contacto de prensa: Ana López<br>Teléfono: +34 91 123 45 67</p>",
        # a Japanese institution's inquiries box: a full-width colon, office hours after the number
        "<div class='contact'><h3>このページに関するお問い合わせ</h3><p>市立病院 地域医療連携室</p>"
        "<p>電話：0836-55-2143（平日8時30分〜17時15分）</p><p>FAX：0836-55-2199</p></div>",
    ],
)
def test_a_press_releases_contact_block_closing_the_story_leaves_it(block: str) -> None:
    assert _body(_page(block, len(_PARAGRAPHS))) == _PARAGRAPHS


def test_a_last_paragraph_with_a_telephone_number_in_a_sentence_stays() -> None:
    line = "Residents can call the council's hotline on 0800 123 456 until the end of the month."
    assert _body(_page(f"<p>{line}</p>", len(_PARAGRAPHS)))[-1] == line


@pytest.mark.parametrize("fade", ["paywall-fade", "paywall__preview", "premium-paywall blurred"])
def test_the_storys_last_lines_faded_over_a_paywall_stay(fade: str) -> None:
    cut = "Mayor Ann Lee said the money would come from the county, but residents fear that the works will"
    wall = "<div class='paywall'><p>This article is for subscribers only.</p><a href='/subscribe'>Subscribe</a></div>"
    assert _body(_page(f"<div class='{fade}'><p>{cut}</p></div>{wall}", len(_PARAGRAPHS))) == [*_PARAGRAPHS, cut]


@pytest.mark.parametrize(
    ("section", "lang"),
    [("diskuse", "cs"), ("komentarze", "pl"), ("yorumlar", "tr"), ("keskustelu", "fi"), ("diskussion", "sv")],
)
def test_a_comment_section_named_in_the_sites_language_leaves_the_story(section: str, lang: str) -> None:
    comments = (
        f"<div class='{section}'><div class='post'><b>Karel_z_Brna</b> <span>8. 4. 2025 15:02</span>"
        "<p>Byl jsem tam v sobotu, jedenáctka je výborná, ale parkování je tam hrozné a nikdo to neřeší.</p></div>"
        "<div class='post'><b>Mirka B.</b><p>Konečně se s tou budovou něco stalo, roky to byla ostuda obce.</p>"
        "</div></div>"
    )
    page = _page(comments, len(_PARAGRAPHS), lang)  # inside the story's element, after its text
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert article.body.split("\n\n") == _PARAGRAPHS
    assert article.authors == ()


def test_the_storys_paragraphs_a_page_hides_behind_its_wall_stay() -> None:
    gated = (
        "<div class='paywall paywalled'><p>The spokesperson said the metro had underestimated the damage.</p>"
        "<p>She added that a plan for a second reservoir would go to the council next month.</p></div>"
    )
    body = _body(_page(gated, len(_PARAGRAPHS)))
    assert body == [
        *_PARAGRAPHS,
        "The spokesperson said the metro had underestimated the damage.",
        "She added that a plan for a second reservoir would go to the council next month.",
    ]


@pytest.mark.parametrize(
    "offer",
    [
        "<div class='paywall'><p>This story is for subscribers.</p><a href='/account'>Log in</a></div>",
        "<div class='paywall'><p>Ten artykuł jest dostępny tylko dla prenumeratorów.</p></div>",
        "<div class='regwall'><p>Register to read on.</p><button>Continue</button></div>",
        "<div class='subscribe-box'><p>Підписуйтеся на наш Telegram-канал.</p></div>",
    ],
)
def test_a_walls_offer_leaves_the_story(offer: str) -> None:
    assert _body(_page(offer, len(_PARAGRAPHS))) == _PARAGRAPHS


def test_an_old_table_layouts_path_tools_and_more_links_around_the_story_leave_it() -> None:
    story = "".join(f"{text}<br><br>" for text in _PARAGRAPHS)
    page = (
        "<html><head><title>River park grows</title></head><body><table width='560'>"
        "<tr><td class='pathway'><a href='/'>Home</a> &gt; <a href='/national.php'>National</a></td></tr>"
        "<tr><td class='heading'><b>River park grows</b></td></tr>"
        f"<tr><td class='newstext'><font size='2'>{story}</font></td></tr>"
        "<tr><td class='tools'><a href='/print.php?id=1'>Print this story</a> <a href='/mail.php'>Email to a friend</a>"
        "</td></tr><tr><td class='morehead'><b>More National News</b></td></tr><tr><td class='morelinks'>"
        "» <a href='/n.php?id=2'>Senate body seeks report on gas load-shedding</a><br>"
        "» <a href='/n.php?id=3'>Teachers protest outside the assembly over pay</a></td></tr></table></body></html>"
    )
    assert _body(page) == _PARAGRAPHS


@pytest.mark.parametrize(
    ("block", "lang"),
    [
        ("<p>What can parents do? The district asks families to report cold rooms to rooms@lps.example.</p>", "en"),
        ("<p>Hva skjer nå? Kommunen ber innbyggerne sende innspill til post@kommune.example innen 1. desember.</p>",
         "nb"),
        ("<p>¿Qué pasa ahora? Los vecinos pueden presentar alegaciones en urbanismo@ayto.example.</p>", "es"),
    ],
)  # fmt: skip
def test_a_story_paragraph_with_a_question_and_an_address_that_asks_for_no_news_stays(block: str, lang: str) -> None:
    assert len(_body(_page(block, 2, lang))) == len(_PARAGRAPHS) + 1


def test_a_german_call_for_tips_leaves_the_story() -> None:
    block = "<p>Haben Sie einen Hinweis für unsere Redaktion? Schreiben Sie uns an hinweise@zeitung.example</p>"
    assert _body(_page(block, 2, "de")) == _PARAGRAPHS


@pytest.mark.parametrize(
    ("end", "lang"),
    [
        (["Ihre Mutter wandte sich mit einem Appell an die Öffentlichkeit:", "„Bitte komm nach Hause.“",
          "Hinweise nimmt die Kriminalpolizei Leipzig entgegen", "Telefon: 0341 966 4 6666"], "de"),
        (["Inbrotten har skett i följande kommuner", "Täby", "Danderyd", "Vallentuna",
          "Polisen efterlyser fler vittnen och tips kan lämnas på", "Tfn: 114 14"], "sv"),
        (["Hilfe finden Betroffene rund um die Uhr bei der Telefonseelsorge", "Telefon: 0800 111 0 111",
          "Telefon: 0800 111 0 222"], "de"),
    ],
)  # fmt: skip
def test_a_story_closing_with_a_number_to_call_after_short_lines_keeps_them(end: list[str], lang: str) -> None:
    """A help line, a police appeal, a list above a number: no contact block without its heading."""
    block = "".join(f"<p>{line}</p>" for line in end)
    assert _body(_page(block, len(_PARAGRAPHS), lang)) == [*_PARAGRAPHS, *end]


@pytest.mark.parametrize(
    "block",
    [
        "<p>Join the picket lines, organisers wrote on WhatsApp, as the strike entered its second week.</p>",
        "<blockquote><p>Hello! Join our WhatsApp group and earn £300 a day from home. Reply YES to start.</p>"
        "</blockquote>",
    ],
)
def test_a_story_line_with_a_call_that_is_not_all_call_stays(block: str) -> None:
    assert len(_body(_page(block, 2))) == len(_PARAGRAPHS) + 1


@pytest.mark.parametrize(
    "inside",
    [
        "Prosecutors said the assassination plot was uncovered when one of the recruits went to the police.",
        "The streaming company now has 302 million paying subscribers worldwide, and it will stop reporting them.",
        "The stock traded at a premium to its European rivals after the results, as "
        "<a href='/news/2022/03/results'>the Ledger reported in March</a>.",
    ],
)
def test_story_text_behind_a_wall_stays_whatever_words_or_links_it_holds(inside: str) -> None:
    body = _body(_page(f"<div class='paywall'><p>{inside}</p></div>", len(_PARAGRAPHS)))
    assert len(body) == len(_PARAGRAPHS) + 1


@pytest.mark.parametrize("wall", ["paywall paywall--blur", "paywall-preview"])
def test_a_walls_offer_in_a_faded_box_leaves_the_story(wall: str) -> None:
    offer = (
        f"<div class='{wall}'><h3>Keep reading for just $1</h3><p>Get unlimited digital access.</p>"
        "<a href='/account/start' class='btn'>Start now</a><p>Already a member? <a href='/login'>Log in</a></p></div>"
    )
    assert _body(_page(offer, len(_PARAGRAPHS))) == _PARAGRAPHS


def test_a_table_layouts_title_cell_is_the_headline_and_the_date_beside_it_is_read() -> None:
    story = "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)
    page = (
        "<html><head><title>River park grows - The Ledger</title></head><body><table width='670'>"
        "<tr><td class='navi'>Home &gt; News</td></tr>"
        "<tr><td class='View_Title'><strong>River park grows</strong></td></tr>"
        "<tr><td class='View_Info'><span class='View_Writer'>Ledger staff</span> | Published 2025/11/20 [15:42]"
        "</td></tr>"
        f"<tr><td id='articleBody' class='View_Body'>{story}</td></tr></table></body></html>"
    )
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert article.title == "River park grows"
    assert (article.published or "")[:10] == "2025-11-20"
    assert article.body.split("\n\n") == _PARAGRAPHS


def test_a_blogs_post_title_under_the_blogs_name_is_the_title_and_its_date_heading_the_date() -> None:
    story = "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)
    page = (
        "<html><head><title>River Notes: River park grows</title>"
        "<meta property='og:title' content='River park grows'></head><body>"
        "<div id='header'><h1 class='title'><a href='https://rivernotes.example.blog/'>River Notes</a></h1>"
        "<p>A blog about the river.</p></div>"
        "<div class='date-outer'><h2 class='date-header'><span>Saturday, 14 March 2026</span></h2>"
        "<div class='date-posts'><div class='post-outer'><div class='post hentry'>"
        "<meta itemprop='image_url' content='x'><meta itemprop='postId' content='1'><a name='1'></a>"
        "<h3 class='post-title entry-title'>River park grows</h3><div class='post-header'></div>"
        f"<div class='post-body entry-content'>{story}</div></div></div></div></div></body></html>"
    )
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    assert article.title == "River park grows"
    assert (article.published or "")[:10] == "2026-03-14"
    assert article.body.split("\n\n") == _PARAGRAPHS


@pytest.mark.parametrize(
    "faded",
    [
        "The board's report is on <a href='/police-accountability-board/report'>the accountability board's site</a>.",
        "Subscribers to the river trust will get a vote.",
    ],
)
def test_the_storys_faded_last_lines_stay_whatever_link_or_word_they_hold(faded: str) -> None:
    body = _body(_page(f"<div class='paywall-fade'><p>{faded}</p></div>", len(_PARAGRAPHS)))
    assert len(body) == len(_PARAGRAPHS) + 1


_PROFILE = (
    "Hollin Robotics, Inc. designs and manufactures collaborative robot arms and motion-control software for "
    "manufacturers and research laboratories. Founded in 2011, it employs 1,900 people in four countries."
)


@pytest.mark.parametrize(
    ("block", "lang"),
    [
        (
            f"<p><strong>About Hollin Robotics</strong></p><p>{_PROFILE}</p><p><strong>Forward-Looking Statements"
            "</strong></p><p>This news release contains forward-looking statements, which involve risks.</p>"
            "<p>Media Contact:<br>Brendan Moloney<br>Director, Corporate Communications<br>+1 412-555-0186<br>"
            "media@hollinrobotics.example</p><p>SOURCE Hollin Robotics, Inc.</p>",
            "en",
        ),
        (f"<h3>About Hollin Robotics</h3><p>{_PROFILE}</p>", "en"),
        (
            "<p><b>Über Nordwerk</b></p><p>Nordwerk GmbH ist ein Hersteller von Windkraftanlagen mit Sitz in Rostock "
            "und beschäftigt rund 2.400 Mitarbeitende an sechs Standorten in Europa.</p>",
            "de",
        ),
        (
            "<p><b>À propos de Solvéa</b></p><p>Solvéa S.A. conçoit des batteries pour le stockage de l'énergie "
            "solaire et emploie 600 personnes en France et en Espagne.</p>",
            "fr",
        ),
    ],
)
def test_a_press_releases_boilerplate_about_its_issuer_and_what_follows_leave_the_story(block: str, lang: str) -> None:
    assert _body(_page(block, len(_PARAGRAPHS), lang)) == _PARAGRAPHS


@pytest.mark.parametrize(
    "block",
    [
        "<p>Contact Citizens Advice</p><p>0800 144 8848</p>",  # a help line: a number alone under a contact line
        "<p>Kontakt zur Tafel</p><p>Maria Huber</p><p>06221 123456</p>",
    ],
)
def test_a_help_lines_number_alone_under_a_contact_line_stays(block: str) -> None:
    assert _body(_page(block, len(_PARAGRAPHS)))[-1][-4:] in block


@pytest.mark.parametrize(
    "block",
    [
        "<h3>About the study</h3><p>The study followed 4,000 households over ten years in three regions.</p>",
        "<h3>About Hollin Robotics</h3><p>The company said the plant would open in 2028, creating 900 jobs.</p>",
        # a person's profile, a voter guide's candidates, an interview's topics: the story's own sections
        "<h3>About Rosa Delgado</h3><p>Rosa Delgado was 19 when the mill shut, and she never left the valley.</p>",
        "<h2>About Dana Whitfield</h2><p>Dana Whitfield, 41, is a nurse.</p><h2>About Marcus Bell</h2>"
        "<p>Marcus Bell, 36, owns a hardware store.</p>",
        "<h3>Sobre Isco</h3><p>Isco está muy bien y volverá a jugar antes de Navidad, dijo el entrenador.</p>",
        "<p>Call 0800 555 0186 for help.</p>",  # a number in a sentence, no contact heading
    ],
)
def test_an_about_heading_whose_next_paragraph_is_no_profile_of_its_name_stays(block: str) -> None:
    body = _body(_page(block, len(_PARAGRAPHS)))
    assert body[: len(_PARAGRAPHS)] == _PARAGRAPHS
    assert len(body) > len(_PARAGRAPHS)


@pytest.mark.parametrize(
    "block",
    [
        '<div class="piano-inline offer-box"><p class="offer-box__headline">Sie haben noch 1 kostenlosen Artikel in '
        'diesem Monat.</p><p>Lesen Sie unbegrenzt mit Plus – im ersten Monat für 0,99 €.</p><a href="/abo">Jetzt '
        "testen</a></div>",
        '<div class="tp-container tinypass-offer"><p>You have 2 free stories left this month. Unlock every story for '
        '$1 a week.</p><a href="/join">See offers</a></div>',
        '<section class="meter-box"><p>Has leído 3 de 10 notas gratuitas este mes.</p><a href="/s">Continuar</a>'
        "</section>",
    ],
)
@pytest.mark.parametrize("at", [2, 4])
def test_a_metered_paywalls_offer_named_by_its_vendor_or_its_meter_leaves_the_story(block: str, at: int) -> None:
    assert _body(_page(block, at)) == _PARAGRAPHS


def test_a_story_wrapper_named_offer_keeps_its_text() -> None:
    """A box is a paywall's offer only when small: a story in a wrapper whose class says "offer" is the story."""
    page = _page("", 0).replace("<article>", '<article class="job-offer">')
    assert _body(page) == _PARAGRAPHS


@pytest.mark.parametrize(
    "block",
    [
        "<p><i>Follow BBC Cumbria on X, Facebook and Instagram. Send your story ideas to cumbria@bbc.example.</i></p>",
        "<p>Follow The Ledger Opinion section on Facebook, Twitter (@LedgerOpinion) and Instagram.</p>"
        "<h3>Related topics</h3>",
    ],
)
def test_a_call_to_follow_the_desk_on_social_networks_closing_the_story_leaves_it(block: str) -> None:
    assert _body(_page(block, len(_PARAGRAPHS))) == _PARAGRAPHS


def test_a_correction_closing_the_story_stays() -> None:
    note = "<p>This article was corrected on 4 March: an earlier version misstated the park's budget.</p>"
    assert _body(_page(note, len(_PARAGRAPHS)))[-1].startswith("This article was corrected")
