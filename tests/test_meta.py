"""Dates, bylines, datelines, hashtags and view counters."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._meta import find_date, hashtags, parse_byline, parse_date, parse_views, read_dateline, split_dateline


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Updated 21 October 2024", "2024-10-21"),
        ("February 19th 2025", "2025-02-19"),
        ("Sept. 4, 2025", "2025-09-04"),
        ("Monday, March 3, 2025", "2025-03-03"),
        ("Oct 5, 2024 10:32 PM UTC", "2024-10-05T22:32:00+00:00"),
        ("2024-10-23T15:39:54", "2024-10-23T15:39:54"),
        ("2024-10-23T15:39:54Z", "2024-10-23T15:39:54+00:00"),
        ("2024-10-23", "2024-10-23"),
        ("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00+00:00"),
        ("Sun, 02 Jun 2024 07:15:00 +0200", "2024-06-02T07:15:00+02:00"),
        ("June 2, 2024 07:15 -05:00", "2024-06-02T07:15:00-05:00"),
        ("2 sec ago", None),
        ("yesterday", None),
        ("February 30th 2025", None),
        ("no date here", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


def test_find_date_in_a_sentence() -> None:
    assert find_date("This report by The Canadian Press was first published Sept. 4, 2025.") == "2025-09-04"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rebecca Santana, Valerie Gonzalez And Sonia Pérez D., The Associated Press",
         (["Rebecca Santana", "Valerie Gonzalez", "Sonia Pérez D."], "The Associated Press")),
        ("Will Weissert, The Associated Press", (["Will Weissert"], "The Associated Press")),
        ("Jessie Yeung, Billy Stockwell and Gawon Bae, #CNN",
         (["Jessie Yeung", "Billy Stockwell", "Gawon Bae"], "CNN")),
        ("By Jane Doe and John Roe", (["Jane Doe", "John Roe"], None)),
        ("By Jane Doe, Reuters", (["Jane Doe"], "Reuters")),
        ("(Reporting by Kirsty Needham in Sydney. Editing by Michael Perry and Frances Kerry)",
         (["Kirsty Needham"], None)),
        ("The stakes are high.", None),
        ("Kim Jong Un, North Korea", None),
        ("Chicago, Baltimore and New Orleans", None),
    ],
)  # fmt: skip
def test_parse_byline(line: str, expected: tuple[list[str], str | None] | None) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        ("BRUSSELS: If North Korea were to send troops", "BRUSSELS", "If North Korea were to send troops"),
        ("PORTLAND, Oregon: US immigration agents", "PORTLAND, Oregon", "US immigration agents"),
        ("HARLINGEN, Texas — Laura Peña knew", "HARLINGEN, Texas", "Laura Peña knew"),
        ("WASHINGTON (AP) — The Senate voted", "WASHINGTON", "The Senate voted"),
        ("NEW YORK -- Stocks fell", "NEW YORK", "Stocks fell"),
        ("NATO: allies met", None, "NATO: allies met"),
        ("US District Judge Mustafa Kasubhai issued", None, "US District Judge Mustafa Kasubhai issued"),
        ("Trump said: we go", None, "Trump said: we go"),
    ],
)
def test_split_dateline(paragraph: str, dateline: str | None, rest: str) -> None:
    assert split_dateline(paragraph) == (dateline, rest)


def test_hashtags() -> None:
    assert hashtags("#Serbian students #march; not a#tag, not #1, &#8217; #Serbian") == ["Serbian", "march"]


@pytest.mark.parametrize(
    ("line", "views"),
    [("View 227 times", 227), ("Views: 1,204", 1204), ("1,204 views", 1204), ("Read 5 times", 5), ("Viewpoint", None)],
)
def test_parse_views(line: str, views: int | None) -> None:
    assert parse_views(line) == views


@pytest.mark.parametrize(
    ("paragraph", "place", "byline", "rest"),
    [
        ("本报讯（记者 周晓岚）昨天上午，工程全部完工。", None, "记者 周晓岚", "昨天上午，工程全部完工。"),
        ("本报北京3月12日讯（记者 张三 李四）今天发布。", "北京", "记者 张三 李四", "今天发布。"),
        ("本報台北訊（記者 陳怡君）市府今天宣布。", "台北", "記者 陳怡君", "市府今天宣布。"),
        ("本报讯 昨天上午，工程全部完工。", None, None, "昨天上午，工程全部完工。"),
    ],
)
def test_a_papers_own_news_line_gives_its_reporters(
    paragraph: str, place: str | None, byline: str | None, rest: str
) -> None:
    """ "本报讯（记者 …）" opens a Chinese paper's own story: its place and reporters, and no agency."""
    dateline = read_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.byline, dateline.rest) == (place, None, byline, rest)


def test_a_page_opening_with_its_papers_own_news_line_names_the_reporter(backend: str) -> None:
    first = "本报讯（记者 周晓岚）昨天上午，随着最后一段沥青路面铺设完成，老城区三条背街小巷的改造工程全部完工。"
    body = f"<p>{first}</p><p>第二段内容说明了更多的细节和数据，包括各地的改造进度以及下一步的工作安排。</p>"
    title = "小巷改造完工"
    page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
    (article,) = newsparse.load(page.encode())
    assert list(article.authors) == ["周晓岚"]
    assert (article.body or "").startswith("昨天上午")


@pytest.mark.parametrize(
    ("paragraph", "agency", "byline", "authors"),
    [
        ("新华社广州11月20日电（记者 梁思远 何婉婷）记者获悉。", "新华社", "记者 梁思远 何婉婷", ["梁思远", "何婉婷"]),
        ("中新社北京3月14日电（记者 张三）今天上午发布。", "中新社", "记者 张三", ["张三"]),  # an agency not listed
        ("华讯社广州3月14日电 记者从管理局获悉。", "华讯社", None, None),
        ("本报北京3月12日讯（记者 张三 李四）今天发布。", None, "记者 张三 李四", ["张三", "李四"]),
    ],
)  # fmt: skip
def test_a_chinese_datelines_reporters_parted_by_spaces_are_each_an_author(
    paragraph: str, agency: str | None, byline: str | None, authors: list[str] | None
) -> None:
    dateline = read_dateline(paragraph)
    assert dateline is not None
    assert (dateline.agency, dateline.byline) == (agency, byline)
    parsed = parse_byline(dateline.names) if dateline.names else None
    assert (parsed[0] if parsed else None) == authors


@pytest.mark.parametrize("paragraph", ["合作社今年3月14日电费上涨了一成。", "出版社北京3月14日电视节目表。"])
def test_a_word_ending_in_she_before_a_date_and_dian_is_no_agency_dateline(paragraph: str) -> None:
    """Only a bracket or a space after 电 makes an agency the vocabularies do not name an agency's dateline."""
    assert read_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Por José Ortega y Gasset", ["José Ortega y Gasset"]),  # a one-letter conjunction before a last surname
        ("By Joan Vila i Anna Puig", ["Joan Vila", "Anna Puig"]),
        ("Por Ana Pérez y Luis Gómez", ["Ana Pérez", "Luis Gómez"]),
        ("Por Ana Pérez, Luis Gómez y María Ortega y Gasset", ["Ana Pérez", "Luis Gómez", "María Ortega y Gasset"]),
        ("Por Maria Silva e Souza, João Lima", ["Maria Silva e Souza", "João Lima"]),
        ("By Jane Roe and Al Li", ["Jane Roe", "Al Li"]),
    ],
)
def test_a_one_letter_conjunction_before_a_last_word_alone_joins_a_surname(line: str, names: list[str]) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed[0] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jan Novák a Petr Malý", ["Jan Novák", "Petr Malý"]),  # Czech "a" joins two people, never a surname
        ("By Joe Borg u Maria Camilleri", ["Joe Borg", "Maria Camilleri"]),
        ("Por María Ortega y Gasset", ["María Ortega y Gasset"]),  # Spanish "y" joins one
    ],
)
def test_only_a_languages_surname_joiner_joins_a_surname(line: str, names: list[str]) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed[0] == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("写真・文 山口 健太", ["山口 健太"]),  # Japanese: a space between the family and the given name
        ("文・山口 健太", ["山口 健太"]),
        ("作者：记者 王磊 李婷", ["王磊", "李婷"]),  # Chinese: a space between two reporters' names
    ],
)
def test_a_japanese_byline_keeps_a_names_space_where_a_chinese_one_lists_names(value: str, names: list[str]) -> None:
    from newsparse._htmlmeta import clean_author

    assert clean_author(value, []) == names


def test_a_chinese_bylines_middle_dot_between_a_name_and_a_role_is_no_japanese_byline() -> None:
    from newsparse._htmlmeta import clean_author

    assert clean_author("作者：记者 王磊 李婷・实习生 张三", []) != ["王磊 李婷・实习生 张三"]
