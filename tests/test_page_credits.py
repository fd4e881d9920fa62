"""Credits that name a story's writers the way papers print them, and the lines that name its source.

Each page is built here from its parts, so the expected writers are the names put into it: a Japanese paper's
closing credit in brackets (a desk or a city, then the name), a byline whose parts a slash sets apart, Chinese
bylines of a reporter and a correspondent, an author's page linked twice, a source line closing the story.
"""

from __future__ import annotations

import html

import pytest

import newsparse

_JA = (
    "市の教育委員会は二十七日、来年度から市内の全小中学校で給食費を無償にする方針を明らかにした。"
    "物価の上昇で家計の負担が増えていることを受けた措置で、年間およそ四億円の費用を見込んでいる。"
)
_ZH = "市教育局昨天宣布，从明年起全市中小学将免收午餐费用。这项措施预计每年需要约四亿元的经费，由市财政全额承担。"
_EN = (
    "The council met on Tuesday evening to discuss the proposed changes to the bus routes, which residents have "
    "criticised for months as slow and unreliable in the outer suburbs of the city."
)


def _page(lang: str, paragraph: str, top: str = "", end: str = "", after: str = "", head: str = "") -> str:
    title = {"ja": "給食費を来年度から無償に", "zh": "全市中小学明年起免收午餐费"}.get(lang, "Bus routes change")
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        f"<header><nav><a href='/'>Home</a></nav></header><main><article><h1>{html.escape(title)}</h1>{top}"
        f"{f'<p>{paragraph}</p>' * 4}{end}</article>{after}</main><footer><p>© 2026 Example</p></footer></body></html>"
    )


def _load(page: str) -> newsparse.Article:
    (article,) = newsparse.load(page.encode(), name="page.html", detector="html-page")
    return article


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("（大曲支局　高橋真理子）", "高橋真理子"),  # the desk, an ideographic space, the writer
        ("（大阪社会部　佐々木一郎）", "佐々木一郎"),
        ("（ワシントン＝山田太郎）", "山田太郎"),  # the desk's city, an equals sign, the writer
        ("（高橋真理子）", "高橋真理子"),  # the writer alone
        ("【佐々木一郎】", "佐々木一郎"),
        ("（聞き手・高橋真理子）", "高橋真理子"),  # the interviewer
        ("（編集委員・山田太郎）", "山田太郎"),  # a title, then the name
        ("（聞き手・編集委員　山田太郎）", "山田太郎"),  # the interviewer: a title, then the name
        ("（ソウル支局長　山田太郎）", "山田太郎"),
    ],
)
def test_a_japanese_papers_closing_credit_names_the_writer_and_leaves_the_text(credit: str, name: str) -> None:
    article = _load(_page("ja", _JA, end=f"<p>{credit}</p>"))
    assert article.authors == (name,)
    assert credit not in article.body
    assert article.body.endswith(_JA)


@pytest.mark.parametrize(
    "closing",
    [
        "（敬称略）",  # honorifics left out
        "（一部敬称略）",
        "（随時更新）",  # updated as it happens
        "（つづく）",  # to be continued
        "（東京本社）",  # a desk alone
        "（北京＝共同）",  # an agency from its desk's city
        "（ニューヨーク＝時事）",
        "（東京　高橋真理子）",  # a city and a space: no desk's word before the name
        "（文中敬称略）",
        "（順不同）",  # in no particular order
        "（最終回）",  # the last part
        "（資料写真）",  # a file photo
        "（東京大学教授）",  # a title: the commentator's, under a column
        "【関連記事】",  # a list's heading
        "（写真＝山田太郎）",  # a photographer's credit
        "（出所＝総務省統計局）",  # a source
        "（関連記事＝社会面）",
    ],
)
def test_a_closing_line_in_brackets_that_names_no_writer_gives_no_author(closing: str) -> None:
    assert _load(_page("ja", _JA, end=f"<p>{closing}</p>")).authors == ()


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("（责任编辑：王五）", ()),  # the desk's editor, no writer
        ("（未完待续）", ()),  # to be continued
        ("（中国日报）", ()),  # a paper
        ("（新京报）", ()),  # papers and sites a reprint names as its source
        ("（海外网）", ()),
        ("（自由時報）", ()),
        ("（据新华社）", ()),
        ("（受访者供图）", ()),  # a picture's credit
    ],
)
def test_a_chinese_closing_line_in_brackets_names_no_writer(credit: str, names: tuple[str, ...]) -> None:
    assert _load(_page("zh", _ZH, end=f"<p>{credit}</p>")).authors == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("记者 王晓燕 通讯员 陈立", ("王晓燕", "陈立")),  # a reporter, then a correspondent
        ("记者 王晓燕 实习生 陈立 通讯员 李明", ("王晓燕", "陈立", "李明")),
        ("通讯员 陈立", ("陈立",)),
        ("记者 王晓燕 见习记者 李明", ("王晓燕", "李明")),  # a trainee reporter
        ("本报记者 王晓燕 通讯员 陈立", ("王晓燕", "陈立")),  # the paper's reporter, then a correspondent
        ("融媒体记者 王晓燕 李明", ("王晓燕", "李明")),  # the desk's rank before the byline word
        ("记者 王晓燕 摄影 李明", ("王晓燕",)),  # then the photographer
    ],
)
def test_a_chinese_byline_word_between_two_names_opens_the_next_writers_name(
    byline: str, names: tuple[str, ...]
) -> None:
    assert _load(_page("zh", _ZH, top=f'<div class="info">{byline}</div>')).authors == names


@pytest.mark.parametrize(
    ("lang", "paragraph", "end", "names"),
    [
        ("es", _EN, "<p>Por Martín Ocampo / Redacción</p>", ("Martín Ocampo",)),  # the writer, then the desk
        ("es", _EN, "<p>Por Ana Souza / Jane Roe / Redacción</p>", ("Ana Souza", "Jane Roe")),  # two writers
        ("en", _EN, "<p>By Jane Roe / Staff</p>", ("Jane Roe",)),
        ("th", _EN, "<p>เรื่อง : ปิยะนุช แก้วมณี / ภาพ : อนุชา บุญมา</p>", ("ปิยะนุช แก้วมณี",)),  # text / photos
        ("ko", _EN, "<p>/최동훈·윤서진 기자 dhchoi@example.kr</p>", ("최동훈", "윤서진")),  # a slash opens it
    ],
)
def test_a_byline_under_the_text_whose_parts_a_slash_sets_apart_names_the_writers(
    lang: str, paragraph: str, end: str, names: tuple[str, ...]
) -> None:
    article = _load(_page(lang, paragraph, end=end))
    assert article.authors == names
    assert article.body.endswith(paragraph)


@pytest.mark.parametrize("mark", ["author", "muhabir"])
def test_a_byline_element_of_a_name_and_its_desks_city_after_a_slash_names_the_writer(mark: str) -> None:
    top = f'<div class="haber_bilgi"><span class="{mark}">Selin AKTAŞ / GEMLİK</span> | 26.11.2026 - 11:32</div>'
    assert _load(_page("tr", _EN, top=top)).authors == ("Selin AKTAŞ",)


@pytest.mark.parametrize("mark", ["vatandas-muhabir", "muhabirlerimiz"])
def test_a_class_that_only_holds_the_word_reporter_marks_no_byline(mark: str) -> None:
    box = f'<div class="{mark}"><p>Siz de Haber Gönderin</p><p>Ali Veli</p></div>'
    assert _load(_page("tr", _EN, end=box)).authors == ()


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Jane Roe - Kyiv/Brussels", ("Jane Roe",)),  # a dash sets the places apart, a slash joins them
        ("AFP / Getty Images", ()),  # a photo credit
    ],
)
def test_a_byline_element_with_a_slash_that_sets_no_city_apart(byline: str, names: tuple[str, ...]) -> None:
    assert _load(_page("en", _EN, top=f'<div class="byline">{byline}</div>')).authors == names


def test_the_second_link_to_an_authors_page_names_no_one_else() -> None:
    """An author's box links the writer's page twice: the name, then a call to follow them."""
    box = (
        '<div class="author-box"><a class="author-box__name" href="/auteurs/lucien-favre">Lucien Favre</a>'
        "<p>Correspondant parlementaire à Berne depuis 2019.</p>"
        '<a class="author-box__follow" href="/auteurs/lucien-favre">Suivre cet auteur</a></div>'
    )
    assert _load(_page("fr", _EN, end=box)).authors == ("Lucien Favre",)


@pytest.mark.parametrize(
    "line",
    ["Źródło: PAP", "Quelle: dpa", "Fuente: EFE", "Source: Reuters, AFP", "来源：新华社", "AFP", "（共同）"],
)
def test_a_line_naming_the_source_alone_closing_the_story_leaves_the_text(line: str) -> None:
    article = _load(_page("en", _EN, end=f"<p>{line}</p>"))
    assert article.body.endswith(_EN)
    assert line not in article.body


def test_a_closing_sentence_after_a_source_label_stays() -> None:
    line = "Source: the ministry said on Friday that the figures for the last quarter were still provisional"
    assert _load(_page("en", _EN, end=f"<p>{line}</p>")).body.endswith(line)


@pytest.mark.parametrize(
    ("credit", "name"),
    [("【ワシントン＝中村拓也】", "中村拓也"), ("（大阪社会部　佐々木一郎）", "佐々木一郎")],
)
def test_a_credit_opening_the_first_paragraph_names_the_writer_and_leaves_the_text(credit: str, name: str) -> None:
    page = _page("ja", _JA).replace(f"<p>{_JA}</p>", f"<p>{credit}{_JA}</p>", 1)
    article = _load(page)
    assert article.authors == (name,)
    assert article.body.startswith(_JA)
    assert credit not in article.body


@pytest.mark.parametrize("label", ["【速報】", "【独自】", "（写真は資料）"])
def test_a_label_in_brackets_opening_the_first_paragraph_stays(label: str) -> None:
    page = _page("ja", _JA).replace(f"<p>{_JA}</p>", f"<p>{label}{_JA}</p>", 1)
    article = _load(page)
    assert article.authors == ()
    assert f"{label}{_JA}" in article.body


def test_several_writers_in_one_credit_are_all_named() -> None:
    assert _load(_page("ja", _JA, end="<p>（山田太郎、鈴木花子）</p>")).authors == ("山田太郎", "鈴木花子")
    page = _page("ja", _JA).replace(f"<p>{_JA}</p>", f"<p>【ワシントン＝中村拓也、ニューヨーク＝佐藤花子】{_JA}</p>", 1)
    assert _load(page).authors == ("中村拓也", "佐藤花子")


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("（高橋真理子）", "高橋真理子"),
        ("（ワシントン＝山田太郎）", "山田太郎"),
        ("（大阪社会部　佐々木一郎）", "佐々木一郎"),
    ],
)
def test_a_credit_closing_the_last_paragraph_itself_names_the_writer_and_leaves_the_text(
    credit: str, name: str
) -> None:
    """The web edition prints the paper's credit after the last sentence, in the same paragraph."""
    page = _page("ja", _JA).replace(f"<p>{_JA}</p></article>", f"<p>{_JA}{credit}</p></article>")
    article = _load(page)
    assert article.authors == (name,)
    assert article.body.endswith(_JA)


@pytest.mark.parametrize(
    "first",
    [
        '<a href="/auteurs/lucien-favre"><span class="initials">LF</span></a>',  # an avatar's initials
        '<a href="/auteurs/lucien-favre">Voir le profil</a>',
        '<a href="https://www.example.ch/auteurs/lucien-favre/">Suivre cet auteur</a>',  # the path written otherwise
    ],
)
def test_the_name_among_the_links_to_an_authors_page_is_the_writer(first: str) -> None:
    box = f'<div class="card">{first} <p><a href="/auteurs/lucien-favre">Lucien Favre</a></p></div>'
    assert _load(_page("fr", _EN, end=box)).authors == ("Lucien Favre",)


@pytest.mark.parametrize(
    "line",
    [
        "来源：人民日报 作者：王晓燕",  # a second label: more than the source
        "来源：国家统计局数据显示，今年前三季度全国居民人均可支配收入同比名义增长百分之五点二",  # a sentence
        "Quelle: Ein Sprecher der Stadt Hamburg.",
    ],
)
def test_a_source_label_before_more_than_a_name_stays(line: str) -> None:
    assert _load(_page("en", _EN, end=f"<p>{line}</p>")).body.endswith(line)


def test_a_source_line_naming_a_contributor_and_their_job_names_the_writer() -> None:
    article = _load(_page("en", _EN, end="<p><b>Source:</b> Kwame Asante-Darko, Contributor</p>"))
    assert article.authors == ("Kwame Asante-Darko",)
    assert article.body.endswith(_EN)


@pytest.mark.parametrize("line", ["Source: Reuters", "Source: Ghana News Agency, Accra"])
def test_a_source_line_naming_an_outlet_names_no_writer(line: str) -> None:
    assert _load(_page("en", _EN, end=f"<p>{line}</p>")).authors == ()


def test_a_contributor_line_left_out_as_a_credit_names_the_wire_storys_writers() -> None:
    """A wire story bylined to the agency alone; its reporters in a closing line the page marks as a credit."""
    top = '<div class="byline">Reuters</div>'
    end = (
        '<p class="paragraph credit-line"><em>(Reporting by Xiao Ling Tan and Rajesh Menon; Editing by Al Li)</em></p>'
    )
    article = _load(_page("en", _EN, top=top, end=end))
    assert article.authors == ("Xiao Ling Tan", "Rajesh Menon")
    assert "Reporting by" not in article.body


def test_a_byline_whose_place_is_an_element_of_its_own_names_the_writer() -> None:
    """A byline of spans: its label, the writer's link, then "- بيروت" (the desk's city) in an element of its own."""
    top = (
        '<div class="Byline_byline"><span class="Byline_prefix">كتبت: </span>'
        '<a class="Byline_name" href="/author/rima-haddad">ريما حداد</a> '
        '<span class="Byline_place">- بيروت</span></div>'
    )
    assert _load(_page("ar", _EN, top=top)).authors == ("ريما حداد",)


def test_an_authors_card_whose_text_is_a_sentence_names_no_writer_with_it() -> None:
    card = (
        '<div class="AuthorCard_card"><a href="/author/rima-haddad">ريما حداد</a>'
        "<p>صحافية في القسم المحلي، تتابع شؤون البلديات والتنظيم المدني.</p></div>"
    )
    assert _load(_page("ar", _EN, end=card)).authors == ("ريما حداد",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Текст: Анна Кравец. Фото: Дмитрий Ежов", ("Анна Кравец",)),  # text, then photos, after a dot
        ("Текст: Анна Кравец . Фото: Дмитрий Ежов", ("Анна Кравец",)),  # (the spans' text: a space before it)
        ("Texto: Ana Souza. Fotos: Rui Lima", ("Ana Souza",)),
        ("المدار - واس", ()),  # the site's desk and an agency
        ("Redacción - EFE", ()),
        ("By Md. Rafiqul Islam. Photo: Star", ("Md. Rafiqul Islam",)),  # only the dot before the credit parts
        ("Oleh Sutrisno - Jakarta", ("Sutrisno",)),  # one name after a byline word, its city after a dash
        ("By Jane - AP", ("Jane",)),
        ("By Jane Roe<br>Photos by Al Li", ("Jane Roe",)),  # a photo credit on a line of its own
        ("<span>Tekst:</span> Kari Nordmann <span>Foto:</span> Ola Hansen", ("Kari Nordmann",)),  # labels apart
        ("Text: Anna Svensson Foto: Erik Lund", ("Anna Svensson",)),
        ("Von Jane Roe und Foto: Al Li", ("Jane Roe",)),
        ("Text und Foto: Anna Müller", ("Anna Müller",)),  # one person wrote it and took the pictures
        ("Text and photos by Jane Roe", ("Jane Roe",)),
        ("Tekst og foto: Kari Nordmann", ("Kari Nordmann",)),
        ("Photos by Al Li", ()),  # a photographer's credit alone
        ("Foto: Ola Hansen", ()),
        ("By Jane Photographer", ("Jane Photographer",)),  # a credit's word inside a name opens no credit
        ("By Jane Roe<br>Updated 5:32 PM EST, Tue March 3, 2026", ("Jane Roe",)),  # a stamp after the names
        ("Jane Roe and Tom Lee | Bloomberg", ("Jane Roe", "Tom Lee")),  # two names, then the outlet
        ("Penulis: Rina Agustina, Suparman", ("Rina Agustina", "Suparman")),  # a one-word name after a comma stays
        ("By Jane Roe and Cher", ("Jane Roe", "Cher")),  # and after a conjunction
        ("By Daily Mail Reporter", ()),  # a desk's byline: a role after the paper's name
        ("By Jane Roe | Arts and Culture", ("Jane Roe",)),  # a section after the bar names no one
        ("Staff and Wire Reports | Bloomberg", ()),
        ("By JANE ROE FOR DAILYMAIL.COM AND TOM LEE", ("JANE ROE FOR DAILYMAIL.COM", "TOM LEE")),  # (no co-writer lost)
        ("க.சக்திவேல், கோவை", ("க.சக்திவேல்",)),  # an Indian paper's desk city after the name
        ("Our Special Correspondent", ()),
        ("By Jane Roe For Dailymail.com", ("Jane Roe",)),  # the outlet she writes for
        ("By Jane Roe and Tom Lee for The Guardian", ("Jane Roe", "Tom Lee")),
        ("By Jane Roe and Per Dahl", ("Jane Roe", "Per Dahl")),  # a name, not Italian's "per" before an outlet
        (
            "<a href='/author/itai-levi'>איתי לוי</a> ו<a href='/author/noa-cohen'>נועה כהן</a>",
            ("איתי לוי", "נועה כהן"),
        ),
    ],
)
def test_the_writers_of_a_byline_element(byline: str, names: tuple[str, ...]) -> None:
    assert _load(_page("en", _EN, top=f'<div class="byline">{byline}</div>')).authors == names


@pytest.mark.parametrize(
    "name", ["Carlos Alberto de la Cruz Jr.", "Luiz Inácio da Silva Jr.", "María de los Ángeles Pérez."]
)
def test_a_long_name_that_ends_with_a_dot_is_no_sentence(name: str) -> None:
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": {{"name": "{name}"}}}}</script>'
    assert _load(_page("en", _EN, head=head)).authors == (name,)


@pytest.mark.parametrize(
    ("dispatch", "names"),
    [
        ("本报北京5月1日电（记者王晓燕）", ("王晓燕",)),  # the paper's own dispatch, sent from a place
        ("本报上海12月3日电（记者 王晓燕 李明）", ("王晓燕", "李明")),
        ("本报北京5月1日电 ", ()),
        ("（中央社記者陳怡君台北2日電）", ("陳怡君",)),  # an agency's dispatch: reporter and place run together
        ("（中央社記者王明台北2日電）", ("王明",)),  # a two-character name, a two-character place
        ("（中央社記者陳怡君、王小明高雄2日電）", ("陳怡君", "王小明")),
        ("（中央社記者陳怡君華盛頓1日專電）", ("陳怡君",)),  # a special dispatch
        ("（中央社特約記者鄭崇生柏林2日專電）", ("鄭崇生",)),  # a stringer: a rank before the byline word
        ("本报北京5月1日电  记者王晓燕、李明报道：", ("王晓燕", "李明")),  # the byline after the dispatch, unbracketed
        ("（中央社台北2日電）", ()),  # the agency alone
        ("（中央社華盛頓1日綜合外電報導）", ()),  # compiled from foreign agencies
    ],
)
def test_a_dispatch_opening_a_chinese_story_names_its_reporters_and_leaves_the_text(
    dispatch: str, names: tuple[str, ...]
) -> None:
    article = _load(_page("zh", _ZH, top=f"<p>{dispatch}{_ZH}</p>"))
    assert article.authors == names
    assert article.body.startswith(_ZH)
    assert dispatch.strip() not in article.body


@pytest.mark.parametrize(
    "opening",
    [
        "（中央社）",  # an agency in brackets with no dispatch's date
        "（本报评论员）",
        "（2日電）",
    ],
)
def test_a_bracket_opening_a_chinese_paragraph_without_an_agencys_dispatch_stays(opening: str) -> None:
    article = _load(_page("zh", _ZH, top=f"<p>{opening}{_ZH}</p>"))
    assert article.body.startswith(opening)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "AFP / Reuters"),  # several agencies, apart by slashes
        ("en", "Reuters/AFP/AP"),
        ("de", "ala/dpa/AFP/Reuters"),  # a desk's initials, then the agencies
        ("en", "With AFP"),  # words that credit the agencies, then their names (apart by commas or conjunctions too)
        ("es", "Con información de EFE y Reuters"),
        ("es", "Con información de EFE y de Reuters"),
        ("fr", "Avec l'AFP"),
        ("fr", "Avec l'AFP et l'AP"),
        ("pt", "Com informações da Reuters e da AFP"),
        ("de", "Mit Material von dpa und AFP"),
        ("ru", "По материалам ТАСС"),
    ],
)
def test_a_line_crediting_agencies_alone_closing_the_story_leaves_the_text(lang: str, line: str) -> None:
    article = _load(_page(lang, _EN, end=f"<p>{line}</p>"))
    assert article.body.endswith(_EN)
    assert line not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "With AFP reporters barred from the briefing, the ministry answered no questions.",
        "Reuters and AP were not allowed into the courtroom",
        "With Johnson and Reuters",  # a name that is no agency's
        "Con información de la alcaldía",
        "ABC, CBS, NBC and Fox",  # the networks a story names: no credit without a word that credits them
        "Reuters and AP",
    ],
)
def test_a_closing_line_that_names_more_than_agencies_stays(line: str) -> None:
    assert _load(_page("en", _EN, end=f"<p>{line}</p>")).body.endswith(line)


@pytest.mark.parametrize(
    ("lang", "user"),
    [("da", "Pressemeddelelse"), ("en", "Press Release"), ("de", "Pressemitteilung"), ("sv", "Pressmeddelande")],
)
def test_a_press_release_posted_under_a_user_named_for_it_names_no_writer(lang: str, user: str) -> None:
    head = f'<meta name="author" content="{user}">'
    top = f'<div class="post-meta"><span class="meta-author"><a href="/author/{user.lower()}/">{user}</a></span></div>'
    assert _load(_page(lang, _EN, top=top, head=head)).authors == ()


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Par <a href='/author/md/'>Mamadou Diallo</a> et <a href='/author/an/'>Aïssatou Ndiaye</a> - ",
         ("Mamadou Diallo", "Aïssatou Ndiaye")),
        ("By <a href='/author/jr/'>Mamadou Diallo</a> and Jane Roe |", ("Mamadou Diallo", "Jane Roe")),
        ("Par Mamadou Diallo, Dakar", ("Mamadou Diallo",)),  # a place after a comma: no co-writer
        ("Par Mamadou Diallo et Dakar", ("Mamadou Diallo",)),  # one word: no co-writer's name
    ],
)  # fmt: skip
def test_a_byline_naming_the_meta_tags_writer_and_co_writers_names_them_all(
    byline: str, names: tuple[str, ...]
) -> None:
    head = '<meta name="author" content="Mamadou Diallo">'
    top = f'<div class="td-post-author-name">{byline}</div>'
    assert _load(_page("fr", _EN, top=top, head=head)).authors == names


@pytest.mark.parametrize(
    ("lang", "cards", "names"),
    [
        ("sv", [("Anna Svensson", "Reporter"), ("Erik Lund", "Fotograf")], ("Anna Svensson",)),
        ("en", [("Jane Roe", "Correspondent"), ("Al Li", "Photographer")], ("Jane Roe",)),
        ("en", [("Jane Roe", "Reporter"), ("Tom Lee", "Reporter")], ("Jane Roe", "Tom Lee")),
    ],
)
def test_authors_cards_with_a_role_after_the_name_name_the_writers_not_the_photographer(
    lang: str, cards: list[tuple[str, str]], names: tuple[str, ...]
) -> None:
    block = "".join(
        f"<div class='author'><a href='/av/{name.split()[0].lower()}'>{name}</a><span class='role'>{role}</span></div>"
        for name, role in cards
    )
    assert _load(_page(lang, _EN, top=f"<div class='byline'>{block}</div>")).authors == names


def test_a_related_storys_byline_naming_the_writer_and_another_adds_no_co_writer() -> None:
    head = '<meta name="author" content="Jane Roe">'
    related = (
        "<aside class='related'><h2>Related</h2><ul><li><a href='/a'>Ferry service saved for three summers</a>"
        "<span class='byline'>By Jane Roe and Tom Lee</span></li></ul></aside>"
    )
    page = _page("en", _EN, top="<div class='byline'>By Jane Roe</div>", after=related, head=head)
    assert _load(page).authors == ("Jane Roe",)


def test_named_byline_elements_beside_their_roles_name_the_writers_not_the_photographer() -> None:
    cards = "".join(
        f"<div class='Byline_author'><a href='/av/{slug}/' class='Byline_name'>{name}</a>"
        f"<span class='Byline_role'>{role}</span></div>"
        for slug, name, role in (
            ("johanna-ek", "Johanna Ek", "Reporter"),
            ("patrik-norberg", "Patrik Norberg", "Fotograf"),
        )
    )
    assert _load(_page("sv", _EN, top=f"<div class='Byline_authors'>{cards}</div>")).authors == ("Johanna Ek",)


def test_a_japanese_writers_desk_before_the_name_in_the_meta_tags_is_no_part_of_it() -> None:
    head = '<meta name="author" content="大曲支局 高橋真理子">'
    assert _load(_page("ja", _JA, head=head)).authors == ("高橋真理子",)


def _after_the_story(after: str) -> str:
    """A page whose story's text is in a block of its own, with ``after`` just after that block."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bus routes change</title></head><body>'
        "<main><h1>Bus routes change</h1><div id='article-text'>"
        f"{f'<p>{_EN}</p>' * 4}</div>{after}</main><footer><p>© 2026 Example</p></footer></body></html>"
    )


def test_a_source_line_just_after_the_storys_block_names_the_writer() -> None:
    page = _after_the_story("<p class='source'><b>Source:</b> Kwame Asante-Darko, Contributor</p>")
    assert _load(page).authors == ("Kwame Asante-Darko",)


@pytest.mark.parametrize(
    "after",
    [
        "<div class='teaser'><a href='/other'>Council backs new park</a> <span>By Tom Lee</span></div>",
        "<div class='comments'><div class='comment'><b>Yaw Pee</b><p>By far the worst plan.</p></div></div>",
    ],
)
def test_a_linked_teaser_or_a_comment_just_after_the_story_names_no_writer(after: str) -> None:
    assert _load(_after_the_story(after)).authors == ()


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ('<div class="storyAuthor">Аутор: <a href="/author/nenad">Ненад Стојковић</a></div>', ("Ненад Стојковић",)),
        ('<div class="articleByline">Jane Roe</div>', ("Jane Roe",)),  # a camelCase class names a byline
        ('<td class="avtor"><i>Десислава Кирилова</i></td>', ("Десислава Кирилова",)),
        ('<p class="byline">By Gareth Pownall at Hollins Park</p>', ("Gareth Pownall",)),  # where the writer was
        ('<p class="byline">By Jane Roe and Tom Lee in Paris</p>', ("Jane Roe", "Tom Lee")),
        (
            '<div class="byline">By: <a href="/byline/ka">Kristine Añonuevo</a>, <a href="/byline/rm">Rodel '
            'Magbanua</a> - Reporters / <a href="https://x.com/desk">@NewsDesk</a></div>',
            ("Kristine Añonuevo", "Rodel Magbanua"),
        ),
        (
            '<div class="byline"><span class="byline__by">المصدر:</span> <span class="byline__names">وام</span></div>',
            (),
        ),  # a source's label and an agency: no writer
    ],
)
def test_a_bylines_class_parts_place_and_tail_are_read(byline: str, names: tuple[str, ...]) -> None:
    article = _load(_page("en", _EN, top=byline))
    assert article.authors == names


@pytest.mark.parametrize(
    "other",
    [
        '<div class="bookBox"><span class="bookTitle">Wolf Hall</span> <span class="bookAuthor">Hilary Mantel</span>'
        "</div>",
        '<blockquote><p>"We will fight this."</p><span class="quoteAuthor">Mike Dunn</span></blockquote>',
        '<figure><img src="/p.jpg"><figcaption>The pier. <span class="photoAuthor">Mark Kim</span></figcaption>'
        "</figure>",
        '<div class="more-by-author"><a href="/a">More from Jane Roe</a></div>',
    ],
)
def test_the_author_of_a_book_a_quote_a_picture_or_other_stories_is_no_writer(other: str) -> None:
    article = _load(_page("en", _EN, top='<p class="byline">By Ana Lima</p>' + other))
    assert article.authors == ("Ana Lima",)


# -- a live blog's entries, each signed with its writer's name alone -------------------------------------------

_ENTRIES = [
    ("Jana Behrendt", "Die Feuerwehr meldet seit Mitternacht mehr als neunzig Einsätze wegen umgestürzter Bäume."),
    ("Tobias Krämer", "Die Bahn hat den Fernverkehr nördlich von Hannover bis mindestens Donnerstag eingestellt."),
    ("Jana Behrendt", "Wegen starker Seitenwinde ist die Weserbrücke für Lastwagen und Gespanne gesperrt worden."),
    ("Tobias Krämer", "Mehrere Schulen haben den Unterricht nach der vierten Stunde beendet und die Kinder entlassen."),
]


@pytest.mark.parametrize("entries", [3, 4])
def test_a_live_blogs_entries_lose_their_writers_names_and_keep_their_text(entries: int, backend: str) -> None:
    shown = _ENTRIES[-entries:]
    items = "".join(
        f"<div class='entry'><div class='entry-meta'><time>1{k}:00 Uhr</time> <span class='entry-writer'>{name}"
        f"</span></div><div class='entry-content'><p>{text}</p></div></div>"
        for k, (name, text) in enumerate(shown)
    )
    page = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Sturm im Liveblog</title></head><body>'
        "<article><h1>Sturm im Liveblog: Bahn stellt Fernverkehr ein</h1><p class='byline'>Von Jana Behrendt und "
        f"Tobias Krämer</p><div class='live'>{items}</div></article></body></html>"
    )
    article = _load(page)
    assert article.authors == ("Jana Behrendt", "Tobias Krämer")
    assert article.body == "\n\n".join(text for _, text in shown)
    assert sorted(d.text for d in article.dropped if d.reason == "entry byline") == sorted(name for name, _ in shown)


def test_two_writers_boxes_closing_a_story_stay_author_bios() -> None:
    """Each writer named once over a bio is an author's box (not an entry's byline): both bios leave the text."""
    bios = (
        "<div class='box'><p>Jana Behrendt</p><p>Jana Behrendt berichtet seit 2015 über Bremen.</p></div>"
        "<div class='box'><p>Tobias Krämer</p><p>Tobias Krämer schreibt über Verkehr.</p></div>"
    )
    page = _page("de", _EN, top="<p class='byline'>Von Jana Behrendt und Tobias Krämer</p>", end=bios)
    article = _load(page)
    assert article.body == "\n\n".join([_EN] * 4)
    assert not [d for d in article.dropped if d.reason == "entry byline"]


# -- a line of labelled fields, an outlet's short name as the meta author, a byline word with its colon ---------


def test_the_writers_field_of_a_line_of_labelled_fields_names_the_writers(backend: str) -> None:
    """Source, writers and editor on one line: the writers' field alone names the authors (none is the editor)."""
    line = "本文来源：江州日报\u3000作者：记者 林晓雯 通讯员 陈立\u3000责任编辑：张宁_NN2173"
    page = _page("zh", _ZH, end=f"<div class='post_author'>{line}</div>", head='<meta name="author" content="网易">')
    page = page.replace(
        "<title>全市中小学明年起免收午餐费</title>", "<title>全市中小学明年起免收午餐费_网易新闻</title>"
    )
    assert _load(page).authors == ("林晓雯", "陈立")


@pytest.mark.parametrize(
    ("title", "meta", "expected"),
    [
        ("Bus routes change - Kompas News", "Kompas", ()),  # the outlet's short name: no writer
        ("Bus routes change | Jane Roe Photography", "Jane Roe", ("Jane Roe",)),  # no publisher's last word
        ("Bus routes change | Jane Roe", "Jane Roe", ("Jane Roe",)),
    ],
)
def test_a_meta_author_that_opens_the_outlets_name_closing_the_title_is_no_writer(
    title: str, meta: str, expected: tuple[str, ...]
) -> None:
    page = _page("en", _EN, head=f'<meta name="author" content="{meta}">').replace(
        "<title>Bus routes change</title>", f"<title>{html.escape(title)}</title>"
    )
    assert _load(page).authors == expected


@pytest.mark.parametrize(
    ("lang", "byline", "name"),
    [
        ("es", "Por: Ana Pérez García", "Ana Pérez García"),
        ("de", "Von: Hans Meier", "Hans Meier"),
        ("pt", "Por : Joana Lima", "Joana Lima"),
        ("es", "Texto: Ana Pérez | Fotos: Luis Gil", "Ana Pérez"),
        ("ru", "Текст: Анна Кравец. Фото: Дмитрий Ежов", "Анна Кравец"),
        ("en", "Source: Harbour Wire Author: Jane Roe", "Jane Roe"),
    ],
)
def test_a_byline_word_with_its_colon_names_the_writer(lang: str, byline: str, name: str, backend: str) -> None:
    page = _page(lang, _EN, top=f"<div class='author'>{html.escape(byline)}</div>")
    article = _load(page)
    assert article.authors == (name,)
    assert byline not in article.body


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("（社会部・森下彩）", ("森下彩",)),  # the desk, a middle dot, the writer
        ("（経済部・高橋真理子）", ("高橋真理子",)),
        ("（編集部）", ()),  # the newsroom alone names no one
    ],
)
def test_a_japanese_credit_of_a_desk_and_a_dot_names_the_writer(credit: str, authors: tuple[str, ...]) -> None:
    page = _page("ja", _JA, end=f"<p class='article_author'>{credit}</p>")
    article = _load(page)
    assert article.authors == authors
    assert credit not in article.body


@pytest.mark.parametrize(
    ("lang", "line", "authors"),
    [
        ("fr", "Publié le 22/07/2025 à 06h00 par Bastien Laffont", ("Bastien Laffont",)),
        ("en", "Posted on March 3, 2025 by Jane Roe", ("Jane Roe",)),
        ("es", "Publicado el 3 de marzo de 2025 por Ana Pérez", ("Ana Pérez",)),
        ("de", "Veröffentlicht am 3. März 2025 von Hans Meier", ("Hans Meier",)),
        ("fr", "Publié le 3 mars 2025 par la rédaction", ()),  # the newsroom: no person
    ],
)
def test_a_timestamp_line_names_the_writer_after_its_date(
    lang: str, line: str, authors: tuple[str, ...], backend: str
) -> None:
    page = _page(lang, _EN, top=f"<div class='submitted'><span>{html.escape(line)}</span></div>")
    assert _load(page).authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            "<a href='/autor/marta-puig-i-soler'>Marta Puig i Soler</a> "
            "<span class='node__place'>Castelló del Ter</span>",
            ("Marta Puig i Soler",),
        ),
        ("By <a href='/by/jane-roe'>Jane Roe</a> <span class='byline__location'>LONDON</span>", ("Jane Roe",)),
        ("Por Ana Pérez y Luis Gómez <span class='dateline'>Sevilla</span>", ("Ana Pérez", "Luis Gómez")),
    ],
)
def test_a_place_in_an_element_of_its_own_is_no_part_of_the_bylines_names(
    byline: str, authors: tuple[str, ...], backend: str
) -> None:
    page = _page("ca", _EN, top=f"<div class='node__author'>{byline}</div>")
    assert _load(page).authors == authors


@pytest.mark.parametrize(
    ("lang", "byline", "authors"),
    [
        ("pt", "Por Carla Menezes e Rodrigo Tavares, de Belém", ("Carla Menezes", "Rodrigo Tavares")),
        ("es", "Por Ana Pérez, desde Bruselas", ("Ana Pérez",)),
        ("pt", "Por Maria de Souza", ("Maria de Souza",)),  # a particle without a comma stays the name's
        (
            "tr",
            "<span class='muhabir-adi'>Zeynep Aktaş</span> <span class='muhabir-yer'>- ESKİŞEHİR (İHA)</span>",
            ("Zeynep Aktaş",),
        ),
    ],
)
def test_a_place_after_a_comma_or_in_a_place_element_is_no_writer(
    lang: str, byline: str, authors: tuple[str, ...], backend: str
) -> None:
    page = _page(lang, _EN, top=f"<div class='autoria byline'>{byline}</div>")
    assert _load(page).authors == authors


@pytest.mark.parametrize(
    ("lang", "signature", "name"),
    [
        ("ru", "<b>Елена Смирнова</b>, корреспондент НСК-Вести", "Елена Смирнова"),
        ("en", "<b>Jane Roe</b>, correspondent for the Ledger", "Jane Roe"),
    ],
)
def test_a_signature_of_a_name_a_job_and_the_outlet_names_the_writer(lang: str, signature: str, name: str) -> None:
    article = _load(_page(lang, _EN, end=f"<p class='sign'>{signature}</p>"))
    assert article.authors == (name,)
    assert name not in article.body


# -- a review's cases: agencies after a conjunction, interviews, cards, outlets after a name, stamps ------------


@pytest.mark.parametrize(
    ("lang", "byline", "authors"),
    [
        ("es", "Por Ana Pérez y EFE", ("Ana Pérez",)),
        ("es", "Por Ana Pérez, Luis Gómez y EFE", ("Ana Pérez", "Luis Gómez")),
        ("pt", "Por Ana Silva e Lusa", ("Ana Silva",)),
        ("pl", "Jan Nowak, Anna Kowalska i PAP", ("Jan Nowak", "Anna Kowalska")),
        ("it", "di Marco Rossi e Ansa", ("Marco Rossi",)),
        ("es", "Por María López y Agencias", ("María López",)),
    ],
)
def test_an_agency_after_a_one_letter_conjunction_is_no_surname(
    lang: str, byline: str, authors: tuple[str, ...], backend: str
) -> None:
    assert _load(_page(lang, _EN, top=f"<p class='byline'>{byline}</p>")).authors == authors


def test_an_interviews_turns_keep_the_writers_name_beside_the_guests(backend: str) -> None:
    turns = "".join(
        f"<p><b>Jane Roe</b></p><p>Question {k} about the budget and the bus routes in the outer suburbs?</p>"
        f"<p><b>Maria Santos</b></p><p>Answer {k}: we looked at every route and every stop with the drivers.</p>"
        for k in range(3)
    )
    page = _page("en", _EN, top="<p class='byline'>By Jane Roe</p>", end=turns)
    article = _load(page)
    assert article.body.count("Jane Roe") >= 2
    assert not [d for d in article.dropped if d.reason == "entry byline"]


def test_a_cards_byline_in_a_link_to_another_story_is_not_the_writer(backend: str) -> None:
    card = (
        "<a href='/2025/03/02/drought'><h3 data-testid='card-headline'>Drought forces water limits</h3>"
        "<p data-testid='card-byline'>By Mark Chen</p></a>"
    )
    page = _page("en", _EN, top="<div class='sc-9ab12'>By Jane Roe</div>", end=card)
    assert _load(page).authors == ("Jane Roe",)


@pytest.mark.parametrize(
    ("card", "site", "name"),
    [
        ("<span>Hannah Ruiz</span><div><span>BBC News</span></div>", "BBC News", "Hannah Ruiz"),
        ("<span>Hannah Ruiz</span><div><span>BBC Yorkshire</span></div>", "BBC News", "Hannah Ruiz"),
        ("<span>Mary Ann Jones</span>", "Jones Media", "Mary Ann Jones"),
    ],
)
def test_an_outlets_name_after_the_name_on_a_byline_card_is_no_part_of_it(
    card: str, site: str, name: str, backend: str
) -> None:
    head = f'<meta property="og:site_name" content="{site}">'
    page = _page("en", _EN, top=f"<div data-testid='byline-new-contributors'>{card}</div>", head=head)
    assert _load(page).authors == (name,)


@pytest.mark.parametrize(
    ("title", "meta"),
    [
        ("Bus routes change | Kim Komando Daily", "Kim Komando"),
        ("Bus routes change - Tucker Carlson Network", "Tucker Carlson"),
    ],
)
def test_a_persons_full_name_opening_the_outlets_name_stays_the_writer(title: str, meta: str) -> None:
    page = _page("en", _EN, head=f'<meta name="author" content="{meta}">').replace(
        "<title>Bus routes change</title>", f"<title>{title}</title>"
    )
    assert _load(page).authors == (meta,)


@pytest.mark.parametrize(
    ("lang", "line", "authors"),
    [
        ("en", "Posted on March 3, 2025 at 5:00 pm by Jane Roe", ("Jane Roe",)),
        ("de", "Veröffentlicht am 3. März 2025 um 17:00 Uhr von Hans Meier", ("Hans Meier",)),
        ("es", "Publicado el 3 de marzo de 2025 a las 17:00 horas por Ana Pérez", ("Ana Pérez",)),
        ("en", "Posted on March 3, 2025 by Jane Roe in City Hall, Local News", ("Jane Roe",)),
        ("en", "Posted on March 3, 2025 by Jane Roe — Leave a comment", ("Jane Roe",)),
        ("en", "First published on March 3, 2025 by Mother Jones", ()),  # the outlet that printed it first
    ],
)
def test_a_timestamp_lines_writer_after_a_time_or_before_a_category(
    lang: str, line: str, authors: tuple[str, ...]
) -> None:
    page = _page(lang, _EN, top=f"<div class='submitted'><span>{html.escape(line)}</span></div>")
    assert _load(page).authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("来源：江州日报\u3000记者：林晓雯\u3000通讯员：陈立\u3000编辑：张宁", ("林晓雯", "陈立")),
        ("Source: Harbour Wire Author: Jane Roe Reporter: Tom Hale", ("Jane Roe", "Tom Hale")),
    ],
)
def test_every_writers_field_of_a_line_of_labelled_fields_names_a_writer(line: str, authors: tuple[str, ...]) -> None:
    lang = "zh" if "记者" in line else "en"
    page = _page(lang, _ZH if lang == "zh" else _EN, head=f'<meta name="author" content="{line}">')
    assert _load(page).authors == authors


def test_an_outlets_own_meta_author_with_its_city_names_no_writer(backend: str) -> None:
    """ "NORDBLICK ONLINE, Hamburg, Germany": the outlet and its city; the visible byline names the writer."""
    page = _page(
        "de",
        _EN,
        top="<div class='article-author'><p>Von <a href='/impressum/autor-9b2c.html'>Jan Petersen</a></p></div>",
        head='<meta name="author" content="NORDBLICK ONLINE, Hamburg, Germany">'
        '<meta property="og:site_name" content="NORDBLICK ONLINE">',
    ).replace("<title>Bus routes change</title>", "<title>Bus routes change - NORDBLICK ONLINE</title>")
    assert _load(page).authors == ("Jan Petersen",)


# -- a second review's cases ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "byline", "authors"),
    [
        ("es", "Por Ana Pérez y Redacción", ("Ana Pérez",)),  # a newsroom's word after "y": no surname
        ("pt", "Por Ana Silva e Redação", ("Ana Silva",)),
        ("en", "By Francisco de Assis in Lisbon", ("Francisco de Assis",)),  # "de": a particle, then a place
        ("en", "By Jane Roe and Luis de Guindos in Madrid", ("Jane Roe", "Luis de Guindos")),
    ],
)
def test_a_newsrooms_word_or_a_names_particle_keeps_the_writers(
    lang: str, byline: str, authors: tuple[str, ...], backend: str
) -> None:
    assert _load(_page(lang, _EN, top=f"<p class='byline'>{byline}</p>")).authors == authors


def test_a_contributor_line_with_a_particle_in_a_name_names_both(backend: str) -> None:
    end = "<p>(Reporting by Carolina de Souza and Tom Hale in Brasilia; Editing by Al Li)</p>"
    assert _load(_page("en", _EN, end=end)).authors == ("Carolina de Souza", "Tom Hale")


@pytest.mark.parametrize(("name", "site"), [("Hans Peter Stern", "Stern"), ("Malcolm S. Forbes", "Forbes")])
def test_a_surname_that_is_a_one_word_outlets_name_stays(name: str, site: str, backend: str) -> None:
    head = f'<meta property="og:site_name" content="{site}">'
    page = _page("en", _EN, top=f"<div data-testid='byline'><span>{name}</span></div>", head=head)
    assert _load(page).authors == (name,)


def test_an_authors_card_linking_the_writers_page_with_a_heading_names_the_writer(backend: str) -> None:
    card = "<a href='/author/jane-roe'><h5 class='byline'>By Jane Roe</h5></a>"
    assert _load(_page("en", _EN, top=card)).authors == ("Jane Roe",)


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        ("<b>Jane Roe</b>, correspondent for the New York Times", ("Jane Roe",)),
        ("<b>Tom Hale</b>, photographer for the Ledger", ()),  # the pictures' maker
    ],
)
def test_a_signatures_job_and_outlet(signature: str, authors: tuple[str, ...]) -> None:
    assert _load(_page("en", _EN, end=f"<p class='sign'>{signature}</p>")).authors == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(Reportagem de Marcelo Teixeira Lobo e Carolina Pimenta; Edição de Roberto Samora)",
         ["Marcelo Teixeira Lobo", "Carolina Pimenta"]),  # the editor is no writer
        ("(Con información de Juan Pérez; editado por Ana Gil)", ["Juan Pérez"]),
        ("(Reporting by Jane Roe and John Smith; Editing by Ann Lee)", ["Jane Roe", "John Smith"]),
    ],
)  # fmt: skip
def test_a_wire_storys_closing_contributor_line_names_its_reporters(line: str, names: list[str]) -> None:
    from newsparse._meta import parse_byline

    assert parse_byline(line) == (names, None)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Von Katharina Albers, LWR-Landespolitik", ["Katharina Albers"]),  # a broadcaster's desk
        ("Von Jana Roth, BR-Redaktion Politik", ["Jana Roth"]),
        ("Jane Roe, John Smith, Ann Lee", ["Jane Roe", "John Smith", "Ann Lee"]),
        ("Oleh Sutrisno, Hartono", ["Sutrisno", "Hartono"]),  # names of one word each: a list of them
        ("Penulis: Rina Agustina, Suparman", ["Rina Agustina", "Suparman"]),  # a name of one word after a full one
    ],
)
def test_a_desk_after_a_comma_closing_a_byline_is_no_writer(byline: str, names: list[str]) -> None:
    from newsparse._htmlmeta import clean_author

    assert clean_author(byline, []) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Elif KARACA/İZMİR, (DHA)", ["Elif KARACA"]),  # the reporter, the desk's city, the agency
        ("Ahmet Yılmaz/ANKARA (AA)", ["Ahmet Yılmaz"]),
    ],
)
def test_a_reporter_credited_with_an_agency_in_brackets_over_the_text_is_the_writer(
    line: str, names: list[str], backend: str
) -> None:
    article = _load(_page("tr", _EN, top=f"<p><strong>{line}</strong></p>"))
    assert list(article.authors) == names
    assert line not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "Recep Yılmaz/ANKARA (45)", "Son dakika/ANKARA (AA)", "Jane Roe (Washington Bureau)",
        "Giorgia Meloni (ANSA)",  # a caption's person in the news
        "NEW YORK (AP)", "New Delhi (PTI)", "NEW YORK/NY (AP)",  # datelines
        "JUAN PÉREZ/MARÍA GÓMEZ (EFE)",  # two writers in capitals
    ],
)  # fmt: skip
def test_no_reporter_and_city_before_an_agency_is_no_agency_credit(line: str) -> None:
    from newsparse._htmlmeta import _agency_credited

    assert _agency_credited(line, []) == []


@pytest.mark.parametrize(
    "top",
    [
        "<figure><img src='/m.jpg'><figcaption>Giorgia Meloni (ANSA)</figcaption></figure>",
        "<p><span class='dateline'>NEW YORK (AP)</span> — The council met on Tuesday.</p>",
        "<p>NEW YORK (AP)</p>",
    ],
)
def test_a_caption_or_a_dateline_with_an_agency_names_no_writer(top: str, backend: str) -> None:
    end = "<p style='text-align:right'><strong>Marco Bianchi</strong></p>"
    assert _load(_page("it", _EN, top=top, end=end)).authors == ("Marco Bianchi",)


@pytest.mark.parametrize(
    ("signed", "name"),
    [
        ("Анна ЛЕБЕДЕВА, Сарапул. Фото автора.", "Анна ЛЕБЕДЕВА"),  # the town, "pictures: the writer's"
        ("Marta BELLEI, Roma", "Marta BELLEI"),  # a surname in capitals, as signatures write it
        ("Jan Kowalski, Sanok. Foto autora.", "Jan Kowalski"),
        ("Laura Gómez, Cuenca. Fotos: la autora.", "Laura Gómez"),
    ],
)
def test_a_signature_in_italics_closing_a_block_of_lines_names_the_writer(signed: str, name: str, backend: str) -> None:
    """An old page writes its story as one block of lines between <br>s, the signature in italics the last."""
    block = "<br><br>".join([_EN] * 5) + f"<br><br><i>{signed}</i>"
    page = _page("en", _EN).replace(f"<p>{_EN}</p>" * 4, f"<div class='text'>{block}</div>")
    article = _load(page)
    assert article.authors == (name,)
    assert not article.body.rstrip().endswith(signed)


@pytest.mark.parametrize(
    "line",
    ["Kuala Lumpur, Malaysia.", "John Smith, Chairman.", "Merry Christmas, Everyone.", "Nelson Mandela, Johannesburg."],
)
def test_a_place_a_role_or_a_greeting_in_italics_closing_the_story_names_no_writer(line: str, backend: str) -> None:
    assert _load(_page("en", _EN, end=f"<p><em>{line}</em></p>")).authors == ()


@pytest.mark.parametrize("signed", ["Xəzər Xəbər Agentliyi", "Ege Postası Gazetesi"])
def test_an_agencys_or_a_papers_name_in_italics_closing_a_block_names_no_writer(signed: str, backend: str) -> None:
    block = "<br><br>".join([_EN] * 5) + f"<br><br><i>{signed}</i>"
    page = _page("en", _EN).replace(f"<p>{_EN}</p>" * 4, f"<div class='text'>{block}</div>")
    assert _load(page).authors == ()


def test_a_sign_off_and_the_name_under_it_close_the_story_as_one_signature(backend: str) -> None:
    """The last paragraph a sign-off and the name under it: both leave the text, the name is the writer's."""
    end = "<p>Kwaheri kwa sasa,<br>Neema Mwakalinga</p>"
    article = _load(_page("sw", _EN, end=end))
    assert article.authors == ("Neema Mwakalinga",)
    assert "Kwaheri" not in article.body


def test_a_headers_date_and_labelled_fields_line_leaves_the_text(backend: str) -> None:
    """A portal's info line under the headline: the date, then "Label: value" fields (its category, poster, views)."""
    line = "17 марта 2026 10:15 Категория: Город Автор: admin Просмотров: 1 042"
    article = _load(_page("ru", _EN, top=f"<div class='info'>{line}</div>"))
    assert line not in article.body
    assert (article.published or "")[:10] == "2026-03-17"


@pytest.mark.parametrize(
    "line", ["5 March 2026: the council met. Agenda: budget, roads.", "Agenda: budget. Venue: hall"]
)
def test_a_sentence_or_fields_without_a_date_opening_them_are_no_header_fields_line(line: str) -> None:
    from newsparse._htmllines import _dated_fields

    assert not _dated_fields(line)


@pytest.mark.parametrize("link", ["View my complete profile", "Tingnan ang aking kumpletong profile"])
def test_a_blogs_profile_link_names_no_writer(link: str, backend: str) -> None:
    """Blogger's profile widget links "View my complete profile" to the writer's page, as rel="author"."""
    after = (
        "<aside class='sidebar'><div class='widget Profile'><dl class='profile-datablock'><dt class='profile-data'>"
        "<a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0331' rel='author'>admin</a>"
        f"</dt></dl><a class='profile-link' href='https://www.blogger.com/profile/0331' rel='author'>{link}</a>"
        "</div></aside>"
    )
    assert _load(_page("en", _EN, top="<p><b>By Jane Roe</b></p>", after=after)).authors == ("Jane Roe",)


def test_an_editorial_boards_account_names_no_writer_and_the_signature_does(backend: str) -> None:
    """A Vietnamese site posts as "Ban Biên Tập" (the editorial board); the writer signs under the story."""
    head = '<meta name="author" content="Ban Biên Tập">'
    end = '<p style="text-align: right;"><strong>Thu Hà</strong></p>'
    assert _load(_page("vi", _EN, end=end, head=head)).authors == ("Thu Hà",)


@pytest.mark.parametrize("line", ["Hoàng Anh – Dân Trí", "Thu Hà – Bắc Giang", "Jane Roe – New York"])
def test_a_signature_with_a_dash_names_no_second_writer(line: str, backend: str) -> None:
    """A name, a dash and an outlet or a province: no two writers (shape alone cannot tell them from two names)."""
    end = f'<p style="text-align: right;"><strong>{line}</strong></p>'
    assert len(_load(_page("vi", _EN, end=end)).authors) <= 1


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Na Asha Mwambene, Kilosa", ("Asha Mwambene",)),  # the town the headline names
        ("Penulis: Rina Agustina, Suparman", ("Rina Agustina", "Suparman")),  # a writer of one name
        ("By Jane Roe and Kilosa", ("Jane Roe",)),
    ],
)
def test_a_word_alone_after_a_writers_name_that_the_headline_names_is_a_place(
    byline: str, names: tuple[str, ...], backend: str
) -> None:
    page = _page("sw", _EN, top=f"<p><strong>{byline}</strong></p>").replace(
        "<h1>Bus routes change</h1>", "<h1>Bus routes change in Kilosa</h1>"
    )
    assert _load(page).authors == names


@pytest.mark.parametrize("title", ["Kilosa police chief opens the new station", "Rihanna's brand expands"])
def test_a_co_writer_of_one_name_that_the_headline_names_elsewhere_stays(title: str, backend: str) -> None:
    name = title.split()[0].removesuffix("'s")
    page = _page("en", _EN, top=f"<p><strong>By Jane Roe and {name}</strong></p>").replace(
        "<h1>Bus routes change</h1>", f"<h1>{title}</h1>"
    )
    assert _load(page).authors == ("Jane Roe", name)


@pytest.mark.parametrize(
    "line",
    [
        "17 March 2026 Update: the road remains closed Police: avoid the area",
        "March 5, 2026 Final: Rovers 2, United 1 after extra time Top scorer: Ana Gil (two goals)",
    ],
)
def test_a_date_and_fields_of_the_story_itself_stay_its_text(line: str, backend: str) -> None:
    assert line in _load(_page("en", _EN, top=f"<p>{line}</p>")).body


@pytest.mark.parametrize(
    "line", ["(Reportagem TV Anhanguera)", "(Reportagem Globo Rural; edição Maria Silva)", "(Writing Prize Winners)"]
)
def test_a_reporting_word_without_its_byline_word_names_no_one(line: str) -> None:
    from newsparse._meta import parse_byline

    assert parse_byline(line) is None


def test_a_writers_subscribe_button_and_the_stamp_after_the_name_leave_the_byline(backend: str) -> None:
    """A Korean broadcaster's reporter line: the name, a button to subscribe to the reporter, the stamps."""
    top = (
        "<div class='info'><div class='reporter_area'><span class='name'><a href='/r?id=1'>정소연 기자</a></span>"
        "<a href='/r?id=1' class='btn_subscribe'>기자 구독</a></div><span>작성 2025.11.11 20:41</span> "
        "<span>수정 2025.11.11 21:37</span></div>"
    )
    assert _load(_page("ko", _EN, top=top)).authors == ("정소연",)


def test_a_credit_block_of_lines_names_its_writer_and_no_editor(backend: str) -> None:
    end = "<p class='small'>Pewarta: Yusrizal Chaniago<br>Editor: Syarif Abdullah<br>COPYRIGHT © 2025</p>"
    assert _load(_page("id", _EN, end=end)).authors == ("Yusrizal Chaniago",)


@pytest.mark.parametrize("note", ["(इनपुट: भाषा)", "(एजेंसी इनपुट के साथ)"])
def test_a_hindi_storys_agency_input_note_leaves_the_text(note: str) -> None:
    from newsparse._meta import is_end_note

    assert is_end_note(note)


@pytest.mark.parametrize("name", ["Marco Telli", "Clifford Simak", "Jon Inbox", "Ayu Gabung", "Sara Liitu"])
def test_a_surname_that_is_a_sign_up_word_somewhere_stays(name: str, backend: str) -> None:
    assert _load(_page("en", _EN, top=f"<p class='byline'>By {name}</p>")).authors == (name,)


@pytest.mark.parametrize(
    "byline",
    [
        "<div class='author'><a class='btn btn-link' href='https://twitter.com/janeroe'>Jane Roe</a></div>",
        "<div class='author'><span class='follow'>Jane Roe</span></div>",
    ],
)
def test_a_writers_name_in_a_button_styled_element_is_the_writer(byline: str, backend: str) -> None:
    assert _load(_page("en", _EN, top=byline)).authors == ("Jane Roe",)


@pytest.mark.parametrize(
    "comments",
    [
        "<div class='reply-list'><ul><li><b>독자1</b> <span>작성 2025.11.20 10:00</span></li></ul></div>",
        "<div class='comments'><div class='cmt'><b>Reader</b> <span>Posted 20 November 2025 10:00</span>"
        "<p>Good piece.</p></div></div>",
    ],
)
def test_a_readers_comments_time_after_the_story_dates_nothing(comments: str, backend: str) -> None:
    assert _load(_page("ko", _EN, after=comments)).published is None


@pytest.mark.parametrize("wrapper", ["post has-replies", "post replies-open", "entry has-comments"])
def test_a_comment_word_on_a_wrapper_of_the_story_keeps_its_closing_date(wrapper: str, backend: str) -> None:
    """A wrapper's state class ("has-comments") says the page has comments, not that the story is one."""
    page = (
        '<!DOCTYPE html><html lang="en"><head><title>Bus routes change</title></head><body><main>'
        f"<div class='{wrapper}'><h1>Bus routes change</h1><div class='meta'><span class='author-name'>Helen Marsh"
        f"</span></div>{f'<p>{_EN}</p>' * 4}<div class='meta'>5 March 2024 09:00</div></div></main></body></html>"
    )
    article = _load(page)
    assert (article.published or "")[:10] == "2024-03-05"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("박정연 남도지역공동체연구소장", ["박정연"]),  # a name, then a research centre's director
        ("홍길동 서울대학교 경제학과 교수", ["홍길동"]),  # a name, the university, the department, professor
        ("이서윤 칼럼니스트", ["이서윤"]),
        ("김민준 기자 반도체·전자 산업을 취재합니다. 기자의 다른기사 보기", ["김민준"]),  # an author card's text
        ("김민준·이영희 기자", ["김민준", "이영희"]),
    ],
)
def test_a_korean_writers_title_after_the_name_and_an_author_cards_text_are_no_name(
    byline: str, names: list[str]
) -> None:
    """Korean writes a writer's place of work and title after the name, one word: the name alone is the writer."""
    from newsparse._htmlmeta import clean_author

    assert clean_author(byline, []) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("（湖西支局・山口 真由美）", ["山口 真由美"]),  # the bureau, a middle dot, the name with its space
        ("（山口 真由美）", ["山口 真由美"]),
        ("（大曲支局・高橋真理子）", ["高橋真理子"]),
        ("（ジョン・スミス）", []),  # kana: a foreign name's dot is no desk's, and no credit line of a writer
        ("（東京本社）", []),
    ],
)
def test_a_japanese_closing_credit_names_its_writer_after_the_desk(line: str, names: list[str]) -> None:
    from newsparse._htmlmeta import bracketed_names

    assert bracketed_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("2026-11-20 09:15:32 来源: 华夏网 作者：刘晓雯 参与 126 评论", ["刘晓雯"]),  # a date, then fields, a count
        ("12.03.2026 14:05 Source: Reuters Author: Jane Roe 3 comments", ["Jane Roe"]),
    ],
)
def test_the_writers_field_in_a_line_of_fields_after_a_date_names_the_writer(line: str, names: list[str]) -> None:
    from newsparse._htmlmeta import visible_bylines

    assert visible_bylines([line], []) == [names]


def test_each_chinese_reporter_credited_by_a_role_of_their_own_widens_a_meta_author() -> None:
    from newsparse._htmlmeta import widened

    assert widened(["王思远"], ["王思远", "李婷"], ["记者 王思远 通讯员 李婷"]) == ["王思远", "李婷"]
    assert widened(["王思远"], ["王思远", "李婷"], ["记者 王思远 李婷"]) == ["王思远"]  # no role of its own


@pytest.mark.parametrize("agency", ["Press Trust of India", "Asian News International", "Press Association"])
def test_an_agencys_full_name_as_the_reporter_is_no_author(agency: str) -> None:
    from newsparse._htmlmeta import clean_author

    assert clean_author(f"Reported by: {agency}", []) == []


def test_an_old_pages_meta_author_that_names_its_site_in_its_title_is_no_writer() -> None:
    """No headline element; the <title> prints the site's name beside the headline, the meta author names the site:
    the visible byline names the writer."""
    page = (
        '<html lang="cs"><head><title>Obec Lhotka - Aktuality - Oprava rybníka začne v květnu</title>'
        '<meta name="author" content="Obec Lhotka"></head><body><table><tr><td><font size="4"><b>Oprava rybníka '
        'začne v květnu</b></font><br><font size="1">Vloženo: 14.4.2005 | Autor: Petr Navrátil | Přečteno: 1234x'
        "</font></td></tr><tr><td>"
        + "".join(
            f"<p>Obec v dubnu vybrala firmu, která opraví hráz rybníka na návsi, a práce začnou v květnu. {n}</p>"
            for n in range(4)
        )
        + "</td></tr></table></body></html>"
    )
    article = _load(page)
    assert (article.title, article.authors) == ("Oprava rybníka začne v květnu", ("Petr Navrátil",))


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Presse- und Öffentlichkeitsarbeit", []),  # an office: a compound cut at its hyphen, then "und"
        ("Text- und Bildredaktion", []),
        ("Von Jana Roth und Tom Berg", ["Jana Roth", "Tom Berg"]),
        ("Jean-Pierre Dupont et Marie Roy", ["Jean-Pierre Dupont", "Marie Roy"]),  # a hyphen inside a name
    ],
)
def test_an_offices_compounds_joined_by_a_hyphen_and_a_conjunction_name_no_person(
    byline: str, names: list[str]
) -> None:
    from newsparse._htmlmeta import clean_author

    assert clean_author(byline, []) == names


def test_an_arabic_reports_label_opens_a_byline() -> None:
    """A broadcaster's "تقرير:" (report:) names its reporter; the station (the site) after the dash is no person."""
    line = '<div class="submitted"><span class="reporter">تقرير: عائشة المهيري - تلفزيون الوسطى</span></div>'
    text = "افتتح السوق أبوابه صباح السبت بمشاركة ستين مزارعاً من المنطقة، وسط إقبال كبير من الأهالي."
    page = _page("ar", text, top=line, head='<meta property="og:site_name" content="تلفزيون الوسطى">')
    assert _load(page).authors == ("عائشة المهيري",)
