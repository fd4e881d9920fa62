"""Factiva exports: the ``factiva-html`` and ``factiva-xml`` detectors and their shared field-code table.

Every fixture here is made up from the public descriptions of Factiva's layouts (field-code tables, the article
format, the "Document ..." accession trailer, PPS article responses, Select feeds); each states what it holds.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._structured import draft_from_fields
from newsparse.detectors.exports import _factiva
from newsparse.detectors.exports.factiva_html import FactivaHtmlDetector
from newsparse.detectors.exports.factiva_xml import FactivaXmlDetector
from newsparse.testing import check_detector

from .strategies import sentences

FORMATS = Path(__file__).parent / "data" / "formats"
FIXTURES = sorted(p for folder in ("factiva-html", "factiva-xml") for p in (FORMATS / folder).iterdir()
                  if not p.name.endswith(".expected.json"))  # fmt: skip
HTML, XML = FactivaHtmlDetector(), FactivaXmlDetector()


# --------------------------------------------------------------------------- the fixture files (read by test_formats)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_the_public_conformance_check_passes_on_each_fixture(path: Path) -> None:
    detector = HTML if path.suffix == ".html" else XML
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    assert check_detector(detector, [text]) == []


# --------------------------------------------------------------------------- detection


_AN = "TOWNH00020240501e0510000a"


def _page(css_size: int, body: str) -> str:
    css = "".join(f".rule{n}{{margin:{n % 7}px}}" for n in range(css_size // 20))
    return f"<!DOCTYPE html><html><head><title>Factiva</title><style>{css}</style></head><body>{body}</body></html>"


def _article_format(
    title: str, paragraphs: list[str], *, lang: str = "en", an: str = "TOWNH00020240501e0510000a"
) -> str:
    body = "".join(f'<p class="articleParagraph {lang}articleParagraph">{html.escape(p)}</p>' for p in paragraphs)
    return (
        f'<div class="article {lang}Article"><div id="hd"><span class="{lang}Headline">{html.escape(title)}</span>'
        f"</div><div>212 words</div><div>1 May 2024</div><div>Town Herald</div><div>English</div>{body}"
        f"<p>Document {an}</p></div>"
    )


def test_an_export_whose_articles_lie_past_the_head_is_still_factiva_and_never_one_html_page() -> None:
    text = _page(100_000, _article_format("Harbour lights return", ["The lamps were lit."]))
    assert text.index('class="article') > newsparse.detectors.HEAD_SIZE
    detection = newsparse.rank_detectors(text)
    assert detection.chosen == "factiva-html"
    assert detection.ranking[0].score > {s.name: s.score for s in detection.ranking}["html-page"]
    (article,) = newsparse.parse_text(text).articles
    assert (article.title, article.body) == ("Harbour lights return", "The lamps were lit.")


@pytest.mark.parametrize(
    "text",
    [
        "Document TOWNH00020240501e0510000a\n\nA plain text line that names a Factiva document.",
        "<!doctype html><html><head><title>Factiva blog</title></head><body><p>Hello</p></body></html>",
        "<rss><channel><item><title>Document</title></item></channel></rss>",
        '{"headline": "Document TOWNH00020240501e0510000a"}',
        "<p>Document 42 of 161</p><p>HD and LP are two-letter words.</p>",
    ],
)
def test_text_without_factiva_markers_scores_nothing(text: str) -> None:
    assert HTML.sniff(text) == 0.0
    assert XML.sniff(text) == 0.0


def test_the_markers_are_each_enough() -> None:
    table = "<table><tr><td><b>HD</b></td><td>A</td></tr><tr><td><b>PD</b></td><td>B</td></tr>"
    assert HTML.sniff(table + "<tr><td><b>AN</b></td><td>C</td></tr></table>") == 0.97
    assert HTML.sniff('<div class="article deArticle"><p>x</p></div>') == 0.97
    assert HTML.sniff("<p>Dokument TAGON00020170401ed4100009</p>") == 0.97
    assert HTML.sniff("<html><head><title>Factiva</title></head><body><p>x</p></body></html>") == 0.96
    assert XML.sniff('<?xml version="1.0"?><!-- saved --><PPSResponse><x/></PPSResponse>') == 0.97
    assert XML.sniff("<DistList><DistDoc/></DistList>") == 0.97
    assert XML.sniff("<articles><article><accessionNo>X</accessionNo></article></articles>") == 0.9


# --------------------------------------------------------------------------- the field mapping


@pytest.mark.parametrize(
    ("date", "time", "published"),
    [
        ("1 March 2024", "10:05 GMT", "2024-03-01T10:05:00+00:00"),
        ("1 March 2024", None, "2024-03-01"),
        ("29 décembre 2011", "15:32", "2011-12-29T15:32:00"),
        ("1 März 2024", None, "2024-03-01"),
        ("3 de marzo de 2024", "08:00", "2024-03-03T08:00:00"),
        ("12 maart 2024", None, "2024-03-12"),
        ("2024年3月1日", "09:30", "2024-03-01T09:30:00"),
        ("20041021", "030856", "2004-10-21T03:08:56"),
        ("2012-01-09T01:35:58Z", None, "2012-01-09T01:35:58+00:00"),
        ("31 février 2024", None, None),  # not a date: the contract reports it unreadable
    ],
)
def test_pd_and_et_give_the_published_date(date: str, time: str | None, published: str | None) -> None:
    record = _factiva.Record(paragraphs=["Text."])
    record.add("HD", "Title")
    record.add("PD", date)
    if time:
        record.add("ET", time)
    fields, _ = _factiva.record_fields(record, 1)
    assert draft_from_fields(fields).published == published


@pytest.mark.parametrize(
    ("name", "code"),
    [("English", "en"), ("Deutsch", "de"), ("German", "de"), ("Français", "fr"), ("Español", "es"),
     ("EN", "en"), ("fr", "fr"), ("pt-br", "pt-BR"), ("Chinese-Traditional", "zh-Hant"), ("日本語", "ja"),
     ("Klingon", None), ("", None)],
)  # fmt: skip
def test_language_names_become_bcp47_codes(name: str, code: str | None) -> None:
    assert _factiva.language_code(name) == code


def test_an_unknown_language_name_is_kept_in_notes() -> None:
    record = _factiva.Record(paragraphs=["Text."])
    record.add("HD", "Title")
    record.add("LA", "Klingon")
    fields, problems = _factiva.record_fields(record, 1)
    assert "language" not in fields
    assert fields["notes"] == ["LA: Klingon"]
    assert problems == []


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and Ola Nordmann, Staff Reporters", ["Jane Doe", "Ola Nordmann"]),
        ("Von Klaus Kurpjuweit und Anna Roth", ["Klaus Kurpjuweit", "Anna Roth"]),
        ("Par Claire Dubois et Luc Martin", ["Claire Dubois", "Luc Martin"]),
        ("Por Ana Ruiz y Pedro Gil", ["Ana Ruiz", "Pedro Gil"]),
        ("Jane Doe; Ola Nordmann", ["Jane Doe", "Ola Nordmann"]),
        ("By Our Correspondent", []),
        ("By Jane Doe in London and Luc Martin à Paris", ["Jane Doe", "Luc Martin"]),
        ("By Kevin Marin, Political Correspondent", ["Kevin Marin"]),
    ],
)
def test_bylines_give_authors(byline: str, authors: list[str]) -> None:
    assert _factiva.authors_from_byline(byline) == authors


def test_word_count_is_a_note_never_text_and_codes_go_to_notes_as_code_value() -> None:
    record = _factiva.Record(paragraphs=["Body."])
    for code, value in [("HD", "T"), ("WC", "523 words"), ("SC", "HRLD"), ("ED", "Final"), ("PG", "A4"),
                        ("CY", "(c) 2024 Herald"), ("NS", "gpol : Domestic Politics | gcat : General News"),
                        ("AN", "Document HRLD000020240301e0310000x")]:  # fmt: skip
        record.add(code, value)
    fields, problems = _factiva.record_fields(record, 1)
    assert fields["body"] == "Body."
    assert fields["tags"] == ["Domestic Politics", "General News"]
    assert fields["id"] == "HRLD000020240301e0310000x"
    assert fields["notes"] == [
        "WC: 523 words", "SC: HRLD", "ED: Final", "PG: A4", "CY: (c) 2024 Herald",
        "NS: gpol : Domestic Politics | gcat : General News",
    ]  # fmt: skip
    assert problems == []


def test_accession_numbers_need_their_load_date() -> None:
    assert _factiva.accession("Document WSJO000020240301ek310000y") == "WSJO000020240301ek310000y"
    assert _factiva.accession("Dokument TAGON00020170401ed4100009") == "TAGON00020170401ed4100009"
    assert _factiva.accession("Document 1 of 161") is None
    assert _factiva.accession("Document ABCDEFGHIJKLMNOPQRSTUVWXYZ") is None


# --------------------------------------------------------------------------- what real exports do


def test_syndicated_copies_stay_separate_records() -> None:
    same = ["The same wire story, word for word."]
    blocks = _article_format("Wire story", same, an="PAPERA0020240501e0510000a") + _article_format(
        "Wire story", same, an="PAPERB0020240501e0510000b"
    )
    articles = newsparse.parse_text(_page(0, blocks)).articles
    assert [(a.title, a.body) for a in articles] == [("Wire story", same[0])] * 2


def test_stray_markup_in_the_text_becomes_text() -> None:
    body = '<p class="articleParagraph enarticleParagraph">Fog <script>alert(1)</script>kept <i>the</i> ferry in.</p>'
    block = (
        '<div class="article enArticle"><div id="hd"><span class="enHeadline">Fog</span></div>'
        f"{body}<p>Document TOWNH00020240501e0510000a</p></div>"
    )
    (article,) = newsparse.parse_text(_page(0, block)).articles
    assert article.body == "Fog kept the ferry in."
    xml = (
        "<PPSResponse><ppsarticle><article><headline><paragraph>Fog &lt;i&gt;alert&lt;/i&gt;</paragraph></headline>"
        "<leadParagraph>"
        "<paragraph>Fog &lt;b&gt;kept&lt;/b&gt; the ferry in.</paragraph></leadParagraph></article></ppsarticle>"
        "</PPSResponse>"
    )
    (article,) = newsparse.parse_text(xml).articles
    assert (article.title, article.body) == ("Fog alert", "Fog kept the ferry in.")


def test_an_empty_block_and_trailers_outside_articles_are_problems_not_articles() -> None:
    good = _article_format("Kept", ["Text."])
    text = _page(0, f"<p>Document STRAYX0020240501e0510000z</p>{good}<div class='article enArticle'> </div>")
    result = newsparse.parse_text(text)
    assert [a.title for a in result.articles] == ["Kept"]
    assert {p.code for p in result.problems} == {"factiva-trailer-orphan", "factiva-article-empty"}


def test_a_second_trailer_in_one_article_is_an_orphan() -> None:
    block = _article_format("One", ["Text."]).replace("</div>", "<p>Document SECOND0020240501e0510000q</p></div>")
    result = newsparse.parse_text(_page(0, block))
    (article,) = result.articles
    assert "factiva-trailer-orphan" in {p.code for p in article.problems}


def test_an_export_cut_off_mid_article_gives_what_it_has() -> None:
    text = _page(0, _article_format("Whole", ["One."]) + _article_format("Cut", ["Two."]))
    cut = text[: text.index("Two.") + 2]
    result = newsparse.parse_text(cut)
    assert [a.title for a in result.articles] == ["Whole", "Cut"]
    assert "factiva-trailer-missing" in {p.code for p in result.articles[1].problems}


def test_xml_entities_are_never_expanded() -> None:
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE PPSResponse [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        "<PPSResponse><ppsarticle><article><headline><paragraph>Bomb &c;</paragraph></headline>"
        "<leadParagraph><paragraph>Secret: &xxe;</paragraph></leadParagraph></article></ppsarticle></PPSResponse>"
    )
    result = newsparse.parse_text(bomb)
    (article,) = result.articles
    assert (article.title, article.body) == ("Bomb &c;", "Secret: &xxe;")
    assert "entity-unknown" in {p.code for p in article.problems}


def _split(detector: FactivaHtmlDetector | FactivaXmlDetector, text: str) -> list[newsparse.RawArticle]:
    """``detector.split(text)``; factiva-html raises ValueError on a text with no Factiva article at all."""
    try:
        return list(detector.split(text))
    except ValueError as exc:
        assert detector is HTML, exc  # noqa: PT017
        assert "no Factiva article block" in str(exc)  # noqa: PT017
        return []


@given(st.text(max_size=400))
def test_any_text_splits_without_error(text: str) -> None:
    """Totality: any text splits into spans inside it, or (not an export) raises the one ValueError."""
    for detector in (HTML, XML):
        for raw in _split(detector, text):
            assert 0 <= raw.start <= raw.end <= len(text)


@given(st.lists(st.sampled_from(["<div class='article enArticle'>", "<table>", "<tr><td><b>HD</b></td><td>",
                                 "</td></tr>", "<p>Document ABCDEF0020240101e0110000a</p>", "<article>",
                                 "</article>", "<headline>", "<!--", "<![CDATA[", "x", "</div>"]),
                max_size=40))  # fmt: skip
def test_fragments_of_factiva_markup_never_break_the_readers(parts: list[str]) -> None:
    text = "".join(parts)
    for detector in (HTML, XML):
        _split(detector, text)
    newsparse.parse_text(text, detector="factiva-html")
    newsparse.parse_text(text, detector="factiva-xml")


# --------------------------------------------------------------------------- generated exports

_WORDS = st.sampled_from(
    ["Harbour", "lights", "Fähre", "café", "Ærø", "ÉCOLE", "Straße", "naïve", "Öl", "ferry", "AT&T", "3>2"]
)
_TITLES = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join)
_STORY = st.tuples(_TITLES, st.lists(sentences(), min_size=1, max_size=4))


def _table_article(title: str, paragraphs: list[str], number: int) -> str:
    def row(code: str, value: str) -> str:
        return f'<tr><td class="index"><b>{code}</b>&nbsp;</td><td>{value}</td></tr>'

    lead = "".join(f'<p class="articleParagraph">{html.escape(p)}</p>' for p in paragraphs)
    an = f"Document TOWNH00020240501e05{number:04d}x"
    rows = [row("HD", html.escape(title)), row("WC", f"{number} words"), row("PD", f"{number % 28 + 1} May 2024"),
            row("SN", "Town Herald"), row("LP", lead), row("AN", an)]  # fmt: skip
    return f'<div class="article enArticle"><table>{"".join(rows)}</table></div>'


@given(st.lists(_STORY, min_size=1, max_size=5), st.booleans())
def test_generated_html_exports_give_one_article_per_story(stories: list[tuple[str, list[str]]], table: bool) -> None:
    """Built from titles and paragraphs in either layout, the export reads back as those titles and paragraphs."""
    blocks = "".join(
        _table_article(t, ps, n) if table else _article_format(t, ps, an=f"TOWNH00020240501e05{n:04d}x")
        for n, (t, ps) in enumerate(stories, start=1)
    )
    articles = newsparse.parse_text(_page(0, blocks)).articles
    assert [a.title for a in articles] == [t for t, _ in stories]
    assert [a.paragraphs for a in articles] == [tuple(" ".join(p.split()) for p in ps) for _, ps in stories]
    assert all(a.source == "Town Herald" for a in articles)


@given(st.lists(_STORY, min_size=1, max_size=5), st.booleans())
def test_generated_xml_exports_give_one_article_per_story(stories: list[tuple[str, list[str]]], select: bool) -> None:
    """PPS responses and Select feeds built from stories read back as those stories."""

    def pps(title: str, paragraphs: list[str]) -> str:
        tail = "".join(f"<paragraph>{html.escape(p)}</paragraph>" for p in paragraphs)
        return (f"<ppsarticle><article><headline><paragraph>{html.escape(title)}</paragraph></headline>"
                f"<tailParagraphs>{tail}</tailParagraphs></article></ppsarticle>")  # fmt: skip

    def distdoc(title: str, paragraphs: list[str]) -> str:
        tail = "".join(f"<Para>{html.escape(p)}</Para>" for p in paragraphs)
        return (f'<DistDoc><ReplyItem><Title fid="hl"><Headline fid="hd"><Para>{html.escape(title)}</Para>'
                f'</Headline></Title><TailParas fid="td">{tail}</TailParas></ReplyItem></DistDoc>')  # fmt: skip

    items = "".join((distdoc if select else pps)(t, ps) for t, ps in stories)
    text = f"<DistList>{items}</DistList>" if select else f"<PPSResponse>{items}</PPSResponse>"
    result = newsparse.parse_text(text)
    assert result.detection.chosen == "factiva-xml"
    assert [a.title for a in result.articles] == [t for t, _ in stories]
    assert [a.paragraphs for a in result.articles] == [tuple(" ".join(p.split()) for p in ps) for _, ps in stories]


@pytest.mark.parametrize(
    "text",
    [
        "<div class='" + "a" * 200_000,
        "<div " * 50_000,
        "<p>Document " * 50_000,
        "<b>HD</b>" * 50_000,
        "<article><headline>" * 20_000,
        "<!--<article>" * 20_000,
    ],
    ids=["open-attribute", "open-divs", "trailer-labels", "code-cells", "open-articles", "open-comments"],
)
def test_pathological_markup_is_read_in_one_pass(text: str) -> None:
    """Inputs that make backtracking or rescanning code quadratic; each is read (these would hang, not fail)."""
    for detector in (HTML, XML):
        detector.sniff(text[: newsparse.detectors.HEAD_SIZE])
        spans = [(raw.start, raw.end) for raw in _split(detector, text)]
        assert spans == sorted(spans)


def test_a_declared_count_that_disagrees_is_reported() -> None:
    item = "<ppsarticle><article><headline><paragraph>T</paragraph></headline></article></ppsarticle>"
    text = f'<PPSResponse><ppsArticleResponse><ppsarticleResultSet count="3">{item * 2}</ppsarticleResultSet>'
    result = newsparse.parse_text(text + "</ppsArticleResponse></PPSResponse>")
    assert [a.title for a in result.articles] == ["T", "T"]
    (problem,) = [p for p in result.problems if p.code == "factiva-count-mismatch"]
    assert "declares 3 articles" in problem
    assert "holds 2" in problem


def test_field_code_tables_without_article_blocks_are_one_article_each() -> None:
    def table(n: int) -> str:
        rows = [("HD", f"Title {n}"), ("SN", "Town Herald"), ("LP", f"<p>Body {n}.</p>")]
        return "<table>" + "".join(f"<tr><td><b>{c}</b></td><td>{v}</td></tr>" for c, v in rows) + "</table>"

    result = newsparse.parse_text(f"<html><body>{table(1)}{table(2)}</body></html>")
    assert [(a.title, a.body, a.source) for a in result.articles] == [
        ("Title 1", "Body 1.", "Town Herald"),
        ("Title 2", "Body 2.", "Town Herald"),
    ]


def test_a_page_titled_factiva_without_any_article_is_read_as_a_web_page() -> None:
    page = "<html><head><title>Factiva</title></head><body><p>Sign in to read the news.</p></body></html>"
    result = newsparse.parse_text(page)
    assert [a.provenance.detector for a in result.articles if a.provenance] == ["html-page"]
    assert [p.code for p in result.problems] == ["detector-failed"]


def test_weak_lookalikes_are_not_factiva() -> None:
    """Bold two-letter words without a headline or text code, and XML comments, are no Factiva marks."""
    assert HTML.sniff("<p><b>IN</b> and <b>CO</b> or <b>RE</b> and <b>PG</b></p>") == 0.0
    assert XML.sniff("<?xml version='1.0'?><!-- accessionNo --><root><leadParagraph>x</leadParagraph></root>") == 0.0
    assert XML.sniff("<article><front><article-meta/></front></article>") == 0.0  # a JATS journal article


def test_a_select_document_without_accession_element_takes_its_an_attribute() -> None:
    doc = (
        '<DistList><DistDoc an="CAPECO0020240301e0310000a"><ReplyItem><Title fid="hl"><Headline fid="hd">'
        '<Para>T</Para></Headline></Title><LeadPara fid="lp"><Para>Body.</Para></LeadPara></ReplyItem></DistDoc>'
        "</DistList>"
    )
    (article,) = newsparse.parse_text(doc).articles
    assert (article.title, article.body, article.id) == ("T", "Body.", "CAPECO0020240301e0310000a")


def test_an_article_without_headline_still_reads_its_metadata_lines() -> None:
    block = (
        '<div class="article enArticle"><div>88 words</div><div>4 February 2024</div><div>Harbour Weekly</div>'
        '<div>English</div><p class="articleParagraph">A note filed late.</p>'
        "<p>Document HRBWKL0020240204e0240000q</p></div>"
    )
    (article,) = newsparse.parse_text(_page(0, block)).articles
    assert (article.title, article.source, article.published, article.language) == (
        None, "Harbour Weekly", "2024-02-04", "en",
    )  # fmt: skip
    assert "factiva-headline-missing" in {p.code for p in article.problems}


def test_a_second_value_of_a_mapped_code_is_kept_in_notes() -> None:
    record = _factiva.Record(paragraphs=["Body."])
    for code, value in [("HD", "First"), ("HD", "Second"), ("SN", "Herald"), ("PD", "1 May 2024"), ("ET", "noon")]:
        record.add(code, value)
    fields, _ = _factiva.record_fields(record, 1)
    assert (fields["title"], fields["published"]) == ("First", "1 May 2024")
    assert fields["notes"] == ["HD: Second", "ET: noon"]  # "noon" is no time: kept, not lost
