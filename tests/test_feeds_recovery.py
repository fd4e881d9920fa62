"""Issue 13: feeds read as well as feedparser. Every entry an article or a coded problem, item-by-item recovery,
text fields without markup, legacy and wide encodings, every feed format, safe XML.

Every feed here is written inline for the test it serves; the expected values come from how it was written.
"""

from __future__ import annotations

import base64
import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.detectors.markup._feed_text import Content, as_text, read_content, text_of
from newsparse.detectors.markup._xml import close_truncated, fix_references, repair_markup

from .strategies import html_fragments, sentences

RSS = '<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"{ns}><channel><title>Town Herald</title>\n{items}'
RSS_END = "</channel></rss>\n"
ATOM = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>Valley</title>\n'
NS = (
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"'
    ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
)
_MARKUP = re.compile(r"<\s*/?\s*(?:script|iframe|img|b|i|p|a|div|span|em|object|embed)\b|\son[a-z]+\s*=", re.IGNORECASE)


def _rss(*items: str, encoding: str = "utf-8", end: str = RSS_END) -> str:
    return RSS.format(encoding=encoding, ns=NS, items="\n".join(items)) + end


def _item(title: str = "Title", body: str = "Body.") -> str:
    return f"<item><title>{title}</title><description>{body}</description></item>"


def _parse(text: str | bytes) -> newsparse.Result:
    return newsparse.parse(text.encode("utf-8") if isinstance(text, str) else text)


def _titles(result: newsparse.Result) -> list[str | None]:
    return [a.title for a in result.articles]


def _codes(result: newsparse.Result) -> set[str]:
    return {p.code for p in result.problems} | {p.code for a in result.articles for p in a.problems}


def _text_fields(article: newsparse.Article) -> list[str]:
    values = [article.title or "", article.body, *article.authors, *article.tags]
    return values + [c.text for c in article.captions] + [c.credit or "" for c in article.captions]


# --------------------------------------------------------------------------- 1. every entry becomes an article


def test_an_entry_without_a_title_is_an_article_with_its_text() -> None:
    result = _parse(_rss(_item("First"), "<item><description>Only text here.</description></item>", _item("Third")))
    assert _titles(result) == ["First", None, "Third"]
    assert result.articles[1].body == "Only text here."


@pytest.mark.parametrize(
    "title_element",
    [
        "<dc:title>From Dublin Core</dc:title>",
        "<media:title>From Media RSS</media:title>",
        '<media:group><media:title type="plain">From Media RSS</media:title></media:group>',
    ],
)
def test_the_title_comes_from_dc_title_or_media_title(title_element: str) -> None:
    (article,) = _parse(_rss(f"<item>{title_element}<description>Text.</description></item>")).articles
    assert article.title in ("From Dublin Core", "From Media RSS")
    assert article.body == "Text."


def test_an_entry_with_neither_title_nor_text_is_a_coded_problem_naming_what_it_had() -> None:
    only_link = "<item><link>https://herald.example/x</link><pubDate>Sat, 01 Jun 2024 08:00:00 GMT</pubDate></item>"
    result = _parse(_rss(_item("First"), only_link, "<item><guid>tag:h,1</guid></item>", _item("Last")))
    assert _titles(result) == ["First", "Last"]
    no_text = [p for p in result.problems if p.code == "item-no-text"]
    assert len(no_text) == 1
    assert "https://herald.example/x" in no_text[0]
    assert "item 2" in no_text[0]
    assert any(p.code == "item-empty" and "tag:h,1" in p for p in result.problems)


def test_an_atom_entry_without_a_title_keeps_its_content() -> None:
    feed = ATOM + "<entry><id>urn:1</id><content>Untitled words.</content></entry>\n</feed>"
    (article,) = _parse(feed).articles
    assert article.title is None
    assert article.body == "Untitled words."
    assert article.id == "urn:1"


# --------------------------------------------------------------------------- 2. item-by-item recovery


def test_html_entities_are_read_without_the_rss_091_dtd() -> None:
    head = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>T</title>\n'
    )
    text = head + _item("&laquo; Quote &raquo; &mdash; caf&eacute;", "&hellip;and&nbsp;more") + RSS_END
    (article,) = _parse(text.encode("latin-1")).articles
    assert article.title == "« Quote » — café"
    assert article.body == "…and more"


@pytest.mark.parametrize(
    ("broken", "title", "body"),
    [
        ("<item><title>1 < 2</title><description>Less.</description></item>", "1 < 2", "Less."),
        ("<item><title>Bad name</title><1st>x</1st><description>Text.</description></item>", "Bad name", "Text."),
        ("<item><title>Unclosed</title><description><b>bold <i>it</b></description></item>", "Unclosed", "bold it"),
        ("<item><title>Stray end</title></p><description>Text.</description></item>", "Stray end", "Text."),
        (
            "<item><title>Unquoted</title><link href=https://x.example/a>x</link><description>Text.</description></item>",
            "Unquoted",
            "Text.",
        ),
        ('<item><title a="1" a="2">Twice</title><description>Text.</description></item>', "Twice", "Text."),
        ("<item><!DOCTYPE x><title>Doctype</title><description>Text.</description></item>", "Doctype", "Text."),
    ],
)
def test_a_malformed_item_is_repaired_and_never_costs_its_neighbours(broken: str, title: str, body: str) -> None:
    result = _parse(_rss(_item("Before"), broken, _item("After")))
    assert _titles(result) == ["Before", title, "After"]
    assert result.articles[1].body.startswith(body)
    assert {p.code for p in result.articles[1].problems} & {"item-repaired", "record-broken"}
    assert not result.articles[0].problems
    assert not result.articles[2].problems


def test_an_item_no_repair_can_fix_is_read_as_html_with_its_title() -> None:
    broken = '<item><title>Badly &amp; broken</title><description title="a<b">Some text.</description></item>'
    result = _parse(_rss(_item("Before"), broken, _item("After")))
    assert _titles(result) == ["Before", "Badly & broken", "After"]
    assert "Some text." in result.articles[1].body
    assert "record-broken" in {p.code for p in result.articles[1].problems}


@pytest.mark.parametrize(
    "tail",
    [
        "<item><title>Cut</title><description>The library wi",
        "<item><title>Cut</title><description><![CDATA[<p>The library wi",
        "<item><title>Cut</title><description>The library wi<b",
    ],
)
def test_a_truncated_last_item_is_a_partial_article_with_a_problem(tail: str) -> None:
    result = _parse(_rss(_item("Whole"), tail, end=""))
    assert _titles(result) == ["Whole", "Cut"]
    assert result.articles[1].body.startswith("The library wi")
    assert "item-truncated" in {p.code for p in result.articles[1].problems}


# --------------------------------------------------------------------------- 3. text fields are text


@pytest.mark.parametrize(
    ("title_xml", "expected"),
    [
        ('<title type="html">Q&amp;A &lt;script&gt;alert(1)&lt;/script&gt;today</title>', "Q&A today"),
        ('<title type="html">&lt;a href="#" onclick="x()"&gt;Click&lt;/a&gt; me</title>', "Click me"),
        ('<title type="html">&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;Framed</title>', "Framed"),
        ("<title>&lt;b&gt;Bold&lt;/b&gt; news</title>", "Bold news"),
        ('<title type="text">History of the &lt;blink&gt; tag</title>', "History of the <blink> tag"),
        (
            '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Mixed <b>markup</b></div></title>',
            "Mixed markup",
        ),
        ("<title>Fish &#38; chips &#x26; peas</title>", "Fish & chips & peas"),
        ('<title type="html">Fish &amp;#38; chips</title>', "Fish & chips"),
        ("<title><![CDATA[<em>Cdata</em> &amp; tags]]></title>", "Cdata & tags"),
        (
            '<title type="html">x&lt;sup&gt;2&lt;/sup&gt; &lt;math&gt;&lt;mi&gt;y&lt;/mi&gt;&lt;/math&gt;</title>',
            "x2 y",
        ),
    ],
)
def test_atom_titles_are_text_whatever_their_type(title_xml: str, expected: str) -> None:
    feed = ATOM + f"<entry>{title_xml}<content>Body.</content></entry>\n</feed>"
    (article,) = _parse(feed).articles
    assert article.title == expected


def test_rss_titles_authors_tags_and_captions_never_carry_markup() -> None:
    item = (
        "<item><title><![CDATA[<script>steal()</script><b onmouseover='x()'>Harbour</b> news]]></title>"
        "<dc:creator>&lt;i&gt;Ana&lt;/i&gt; Lind</dc:creator><category>&lt;em&gt;Port&lt;/em&gt;</category>"
        "<description>Body.</description><media:content url='https://x.example/a.jpg'>"
        "<media:description type='html'>&lt;b&gt;Quay&lt;/b&gt; at dusk</media:description>"
        "<media:credit>&lt;span&gt;Ola&lt;/span&gt;</media:credit></media:content></item>"
    )
    (article,) = _parse(_rss(item)).articles
    assert article.title == "Harbour news"
    assert article.authors == ("Ana Lind",)
    assert article.tags == ("Port",)
    assert [(c.text, c.credit) for c in article.captions] == [("Quay at dusk", "Ola")]


def test_body_text_after_embed_and_object_and_inside_svg_is_kept() -> None:
    body = html.escape(
        'Safe<embed src="https://x.example/a.swf"> after embed <object data="x"><param name="a">fallback</object>'
        " and <svg><text>svg words</text></svg> <script>gone()</script>end."
    )
    (article,) = _parse(_rss(_item("Plugins", body))).articles
    assert "after embed" in article.body
    assert "fallback" in article.body
    assert "svg words" in article.body
    assert "gone" not in article.body
    assert article.body.endswith("end.")


@pytest.mark.parametrize(
    "content",
    [
        '<content type="text/html" mode="base64">{html}</content>',  # Atom 0.3
        '<content type="application/octet-stream">{text}</content>',  # Atom 1.0: a non-text MIME type is base64
        '<summary type="html;base64">{html}</summary>',
    ],
)
def test_base64_content_is_decoded(content: str) -> None:
    encoded_html = base64.b64encode(b"<p>Decoded words.</p>").decode()
    encoded_text = base64.b64encode(b"Decoded words.").decode()
    feed = ATOM + f"<entry><title>B</title>{content.format(html=encoded_html, text=encoded_text)}</entry>\n</feed>"
    (article,) = _parse(feed).articles
    assert article.body == "Decoded words."


def test_content_that_says_base64_but_is_not_is_kept_with_a_problem() -> None:
    feed = ATOM + '<entry><title>B</title><content mode="base64">not base64 at all!</content></entry>\n</feed>'
    (article,) = _parse(feed).articles
    assert article.body == "not base64 at all!"
    assert "base64-invalid" in {p.code for p in article.problems}


def test_the_text_helpers() -> None:
    assert text_of("Caf&eacute; <i>opens</i>") == "Café opens"
    assert text_of("1 < 2 and 3 > 2") == "1 < 2 and 3 > 2"
    assert as_text(Content("<p>One</p><p>Two</p>", html=True)) == "One Two"
    assert as_text(Content("   ", html=False)) is None


# --------------------------------------------------------------------------- 4. encodings


def test_windows_1252_c1_bytes_and_references_become_their_characters() -> None:
    text = _rss(_item("Don\x92t panic", "\x93Quoted\x94 &#150; &#8217;fine&#146; \x85"), encoding="ISO-8859-1")
    (article,) = _parse(text.encode("latin-1")).articles
    assert article.title == "Don’t panic"
    assert article.body == "“Quoted” – ’fine’ …"
    assert not any("\x80" <= c <= "\x9f" for c in article.title + article.body)


def test_utf8_text_holding_c1_controls_is_mapped_as_windows_1252() -> None:
    (article,) = _parse(_rss(_item("Don\u0092t", "It\u0092s \u0093here\u0094."))).articles
    assert (article.title, article.body) == ("Don’t", "It’s “here”.")


def test_windows_874_thai_with_c1_range_punctuation() -> None:
    thai = "ข่าวเช้า"
    text = _rss(_item(f"{thai} \u2019quoted\u2019 \u20ac5", "Body \u201cquote\u201d \u2026"), encoding="windows-874")
    (article,) = _parse(text.encode("cp874")).articles
    assert article.title == f"{thai} ’quoted’ €5"
    assert article.body == "Body “quote” …"


@pytest.mark.parametrize(
    ("declared", "codec"),
    [("utf-8", "cp1252"), ("ISO-8859-1", "utf-8"), ("windows-1252", "utf-8"), ("us-ascii", "cp1252")],
)
def test_a_declared_encoding_that_lies(declared: str, codec: str) -> None:
    text = _rss(_item("Café crème", "Naïve résumé."), encoding=declared)
    (article,) = _parse(text.encode(codec)).articles
    assert (article.title, article.body) == ("Café crème", "Naïve résumé.")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_and_without_bom(codec: str) -> None:
    declared = "utf-16" if "16" in codec else "utf-32"
    text = _rss(_item("Ærø ferry ’24", "Ørsted 𝄞 music."), encoding=declared)
    result = _parse(text.encode(codec))
    assert result.detection.chosen == "rss-atom"
    assert [(a.title, a.body) for a in result.articles] == [("Ærø ferry ’24", "Ørsted 𝄞 music.")]


def test_a_feed_shown_raw_in_a_pre_block_of_a_page() -> None:
    page = "<!doctype html><html><head><title>x</title></head><body><pre>" + _rss(_item("Raw")) + "</pre></body></html>"
    result = _parse(page)
    assert result.detection.chosen == "rss-atom"
    assert _titles(result) == ["Raw"]


def test_a_feed_shown_escaped_and_highlighted_in_a_page() -> None:
    feed = html.escape(_rss(_item("Escaped &amp; shown", "&lt;p&gt;Body.&lt;/p&gt;"), _item("Second")), quote=False)
    feed = feed.replace("&lt;item&gt;", '<span class="tag">&lt;item&gt;</span>')  # a viewer's highlighting
    page = f"<!DOCTYPE html><html><body><h1>feed.xml</h1><pre class='xml'>{feed}</pre></body></html>"
    result = _parse(page)
    assert result.detection.chosen == "rss-atom"
    assert _titles(result) == ["Escaped & shown", "Second"]
    assert result.articles[0].body == "Body."
    spans = [(a.provenance.start, a.provenance.end) for a in result.articles]
    assert spans == sorted(spans)
    assert spans[0][1] <= spans[1][0]


def test_a_page_that_only_quotes_a_feed_snippet_stays_a_page() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>How RSS works</title></head><body><h1>How RSS works</h1>"
        "<p>A feed has items, for example <code>&lt;item&gt;</code> elements inside a channel.</p>"
        "<p>Each one holds a title and a link.</p></body></html>"
    )
    assert _parse(page).detection.chosen == "html-page"


# --------------------------------------------------------------------------- 5. formats and modules


def test_rss_090_and_091_and_092() -> None:
    rss090 = (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>Old</title></channel>'
        "<item><title>Netscape era</title><link>https://old.example/1</link></item></rdf:RDF>"
    )
    (article,) = _parse(rss090).articles
    assert (article.title, article.url) == ("Netscape era", "https://old.example/1")
    for version in ("0.91", "0.92"):
        feed = f'<rss version="{version}"><channel><title>T</title>{_item("Versioned", "Text.")}</channel></rss>'
        assert _titles(_parse(feed)) == ["Versioned"]


def test_atom_03_fields() -> None:
    feed = (
        '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Mill</title><entry>'
        '<title mode="escaped" type="text/html">&lt;b&gt;Mill&lt;/b&gt; turns</title>'
        '<link rel="alternate" type="text/html" href="https://mill.example/1"/><id>tag:mill,1</id>'
        "<issued>2004-02-01T12:00:00Z</issued><modified>2004-02-02T12:00:00Z</modified>"
        "<author><name>Per Vik</name></author>"
        '<content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Wheel.</p></div>'
        "</content></entry></feed>"
    )
    (article,) = _parse(feed).articles
    assert article.title == "Mill turns"
    assert article.url == "https://mill.example/1"
    assert article.id == "tag:mill,1"
    assert article.published == "2004-02-01T12:00:00+00:00"
    assert article.updated == "2004-02-02T12:00:00+00:00"
    assert article.authors == ("Per Vik",)
    assert article.body == "Wheel."


def test_rss_modules_guid_enclosures_and_images() -> None:
    items = [
        "<item><title>A</title><guid>https://h.example/a</guid><description>x</description>"
        '<enclosure url="https://h.example/a.mp3" type="audio/mpeg" length="1"/>'
        '<enclosure url="https://h.example/a.jpg" type="image/jpeg" length="1"/></item>',
        '<item><title>B</title><guid isPermaLink="false">b-1</guid><description>x</description>'
        '<media:thumbnail url="https://h.example/b-small.jpg"/></item>',
        "<item><title>C</title><description>x</description><dc:subject>Port</dc:subject><category>Sea</category>"
        '<media:content url="https://h.example/c.mp4" medium="video"/><media:content url="https://h.example/c.png"/>'
        "</item>",
        "<item><title>D</title><author>desk@h.example (Kai Moe)</author><content:encoded>&lt;p&gt;Full.&lt;/p&gt;"
        "</content:encoded><description>Short.</description></item>",
    ]
    a, b, c, d = _parse(_rss(*items)).articles
    assert (a.url, a.id, a.image) == ("https://h.example/a", "https://h.example/a", "https://h.example/a.jpg")
    assert (b.url, b.id, b.image) == (None, "b-1", "https://h.example/b-small.jpg")
    assert (c.tags, c.image) == (("Port", "Sea"), "https://h.example/c.png")
    assert (d.authors, d.body) == (("Kai Moe",), "Full.")


def test_an_extension_element_with_a_known_local_name_is_not_the_body() -> None:
    item = (
        '<item xmlns:ext="urn:example:ext"><title>T</title><ext:description>Not this.</ext:description>'
        "<description>This one.</description></item>"
    )
    (article,) = _parse(_rss(item)).articles
    assert article.body == "This one."


# --------------------------------------------------------------------------- 6. safe XML


def test_a_billion_laughs_feed_is_not_expanded() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        "<rss><channel><item><title>&d;</title><description>&d; &c;</description></item>"
        "<item><title>Next</title><description>ok</description></item></channel></rss>"
    )
    result = _parse(bomb)
    assert _titles(result) == ["&d;", "Next"]
    assert "lol" not in str([a.to_dict() for a in result.articles])
    assert "entity-unknown" in _codes(result)


def test_external_entities_are_never_fetched_or_read(tmp_path: object) -> None:
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">'
        '<!ENTITY remote SYSTEM "http://127.0.0.1:1/x">]><rss><channel>'
        "<item><title>&secret;</title><description>&remote; <broken></description></item></channel></rss>"
    )
    (article,) = _parse(xxe).articles
    assert article.title == "&secret;"
    assert "&remote;" in article.body


def test_an_entity_declared_inside_an_item_is_never_expanded_by_the_repair() -> None:
    evil = "<item><!DOCTYPE item [<!ENTITY a 'boom'>]><title>&a; &lt; x</title><description>t</description></item>"
    result = _parse(_rss(evil, _item("Next")))
    assert _titles(result) == ["&a; < x", "Next"]
    assert "boom" not in str([a.to_dict() for a in result.articles])


# --------------------------------------------------------------------------- the safe string helpers


def test_repair_markup_examples() -> None:
    assert repair_markup("<a>1 < 2</a>") == "<a>1 &lt; 2</a>"
    assert repair_markup("<a><![CDATA[1 < 2]]></a>") == "<a><![CDATA[1 < 2]]></a>"
    assert repair_markup("<a><b>x</a>") == "<a><b>x</b></a>"
    assert repair_markup("<a x=1 x=2 y>t</a>") == '<a x="1" y="y">t</a>'
    assert repair_markup("<a>\x00\x0b</a>") == "<a></a>"


def test_close_truncated_closes_what_an_end_tag_skips() -> None:
    assert close_truncated("<a><b><c>x</a>") == "<a><b><c>x</c></b></a>"


def test_fix_references_maps_c1_references_and_uppercase_hex() -> None:
    assert fix_references("<t>&#146;&#X41;&#x80;</t>")[0] == "<t>&#8217;&#x41;&#8364;</t>"


# --------------------------------------------------------------------------- properties


_TITLE_CHARS = st.text(alphabet=st.sampled_from("abcXYZ éø&<>\"'’—"), min_size=1, max_size=30).filter(str.strip)


@settings(max_examples=60)
@given(
    st.lists(st.tuples(_TITLE_CHARS, sentences()), min_size=1, max_size=5),
    st.booleans(),
    st.sampled_from(["rss", "atom"]),
)
def test_generated_feeds_keep_every_title_and_body(stories: list[tuple[str, str]], cut: bool, kind: str) -> None:
    """Titles of escaped plain text come back as written (one line); a cut last item keeps its title."""
    if kind == "rss":
        items = [_item(html.escape(html.escape(t)), html.escape(b)) for t, b in stories]
        text = _rss(*items)
    else:
        items = [
            f'<entry><title type="text">{html.escape(t)}</title><content type="html">{html.escape(b)}</content></entry>'
            for t, b in stories
        ]
        text = ATOM + "\n".join(items) + "\n</feed>"
    if cut:
        last = text.rindex("</title>") + len("</title>")
        text = text[:last]
    result = _parse(text)
    expected = [" ".join(t.split()) for t, _ in stories]
    assert _titles(result) == expected
    kept = stories if not cut else stories[:-1]
    assert [a.body for a in result.articles[: len(kept)]] == [b for _, b in kept]


@settings(max_examples=40)
@given(html_fragments(max_leaves=6), st.sampled_from(["script", "style"]))
def test_no_text_field_carries_markup_whatever_the_title_holds(fragment: object, danger: str) -> None:
    markup = f'{fragment.html}<{danger} onload="x()">bad()</{danger}><img src=x onerror="y()">'  # type: ignore[attr-defined]
    item = (
        f"<item><title>{html.escape(markup)}</title><dc:creator>{html.escape(markup)}</dc:creator>"
        f"<category>{html.escape(markup)}</category><description>{html.escape(markup)}</description></item>"
    )
    (article,) = _parse(_rss(item)).articles
    for value in _text_fields(article):
        assert not _MARKUP.search(value), value
        assert "bad()" not in value
    assert read_content is not None


def test_the_feed_language_and_an_item_language() -> None:
    rss = (
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>'
        "<language>fr-CA</language>" + _item("Feed language") + "<item><title>Own</title><dc:language>en</dc:language>"
        "<description>y</description></item></channel></rss>"
    )
    assert [a.language for a in _parse(rss).articles] == ["fr-CA", "en"]
    atom = (
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>T</title><entry><title>A</title>'
        '<content>x</content></entry><entry xml:lang="nl"><title>B</title><content>y</content></entry></feed>'
    )
    assert [a.language for a in _parse(atom).articles] == ["de", "nl"]
