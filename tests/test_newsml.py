"""Issue 11, NewsML-G2 and NewsML 1.x: one article per text item or story, safely and in linear time.

Every document here is written inline for the test, from the public NewsML-G2 and NewsML 1.x element sets; the
expected records come from how each was built.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsparse
from newsparse.detectors.wire import newsml1, newsml_g2
from newsparse.detectors.wire._xmltree import item_spans

from . import test_nitf
from .test_nitf import laughs

no_network = test_nitf.no_network  # the fixture that refuses every network call, shared with the NITF tests

NAR = "http://iptc.org/std/nar/2006-10-01/"


def _parse(text: str) -> newsparse.Result:
    return newsparse.parse(text.encode("utf-8"))


def _codes(result: newsparse.Result) -> set[str]:
    return {p.code for p in result.problems} | {p.code for a in result.articles for p in a.problems}


def _g2_item(title: str, content: str, meta: str = "", item_class: str = "ninat:text", guid: str = "urn:x:1") -> str:
    return (
        f'<newsItem guid="{guid}" standard="NewsML-G2"><itemMeta><itemClass qcode="{item_class}"/>'
        f"<versionCreated>2024-05-01T08:00:00Z</versionCreated></itemMeta>"
        f"<contentMeta><headline>{title}</headline>{meta}</contentMeta><contentSet>{content}</contentSet></newsItem>\n"
    )


def _xhtml(*paragraphs: str) -> str:
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>{inner}</body></html></inlineXML>'


def _message(*items: str) -> str:
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="{NAR}">'
    return f"{head}<itemSet>{''.join(items)}</itemSet></newsMessage>\n"


def _n1_item(title: str, data: str, lines: str = "", extra: str = "", identifier: str = "urn:newsml:x:1") -> str:
    return (
        f"<NewsItem><Identification><NewsIdentifier><PublicIdentifier>{identifier}</PublicIdentifier></NewsIdentifier>"
        f"</Identification><NewsManagement><FirstCreated>20240501T080000+0200</FirstCreated></NewsManagement>"
        f"<NewsComponent><NewsLines><HeadLine>{title}</HeadLine>{lines}</NewsLines>"
        f'<ContentItem><MediaType FormalName="Text"/><DataContent>{data}</DataContent></ContentItem>{extra}'
        f"</NewsComponent></NewsItem>\n"
    )


def _newsml(*items: str) -> str:
    return f'<?xml version="1.0"?>\n<NewsML Version="1.2"><NewsEnvelope/>{"".join(items)}</NewsML>\n'


# --------------------------------------------------------------------------- NewsML-G2


def test_g2_item_metadata_and_xhtml_body() -> None:
    meta = (
        '<creator literal="Ada Lund"/><language tag="nb-NO"/><by>Av Ada Lund</by><dateline>OSLO</dateline>'
        '<contentCreated>2024-04-30T22:00:00Z</contentCreated><subject qcode="medtop:04000000"/>'
        '<keyword>ferje</keyword><description>Fog.</description><description role="drol:caption">Ferry.</description>'
        "<creditline>NTB-like</creditline><genre><name>Nyhet</name></genre>"
    )
    (article,) = _parse(_message(_g2_item("Ferja står", _xhtml("Tåka ligger tett.", "Ingen avganger."), meta))).articles
    assert (article.title, article.subtitle, article.id, article.language) == ("Ferja står", "Fog.", "urn:x:1", "nb-NO")
    assert (article.byline, article.authors, article.dateline, article.source) == (
        "Av Ada Lund",
        ("Ada Lund",),
        "OSLO",
        "NTB-like",
    )
    assert (article.published, article.updated) == ("2024-04-30T22:00:00+00:00", "2024-05-01T08:00:00+00:00")
    assert article.tags == ("04000000", "ferje")
    assert article.paragraphs == ("Tåka ligger tett.", "Ingen avganger.")
    assert [(c.text, c.credit) for c in article.captions] == [("Ferry.", "NTB-like")]
    assert article.notes == ("Genre: Nyhet",)


def test_g2_inline_data_plain_and_html_and_the_first_rendition_with_text() -> None:
    plain = '<inlineData contenttype="text/plain">Line one.\n\nLine two.</inlineData>'
    html = '<inlineData contenttype="text/html">&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt;.&lt;/p&gt;</inlineData>'
    empty_then_text = '<inlineXML contenttype="application/xhtml+xml"/>' + plain
    result = _parse(_message(_g2_item("Plain", plain), _g2_item("Html", html), _g2_item("Second", empty_then_text)))
    assert [(a.title, a.paragraphs) for a in result.articles] == [
        ("Plain", ("Line one.", "Line two.")),
        ("Html", ("Escaped HTML.",)),
        ("Second", ("Line one.", "Line two.")),
    ]


def test_g2_nitf_inside_inline_xml_fills_what_the_metadata_lacks() -> None:
    nitf = (
        '<inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>'
        "<body.head><byline>By <person>Per Dahl</person></byline></body.head>"
        "<body.content><p>From NITF.</p></body.content></body></nitf></inlineXML>"
    )
    (article,) = _parse(_message(_g2_item("G2 headline wins", nitf))).articles
    assert (article.title, article.byline, article.authors, article.body) == (
        "G2 headline wins",
        "By Per Dahl",
        ("Per Dahl",),
        "From NITF.",
    )


def test_g2_nitf_without_its_body_wrapper() -> None:
    nitf = '<inlineXML contenttype="application/nitf+xml"><nitf><body.content><p>Bare content.</p></body.content>'
    (article,) = _parse(_message(_g2_item("Bare", nitf + "</nitf></inlineXML>"))).articles
    assert article.body == "Bare content."


def test_g2_pictures_packages_and_remote_text_are_coded_problems() -> None:
    picture = _g2_item("Photo", '<remoteContent href="https://x.example/p.jpg" contenttype="image/jpeg"/>', "",
                       "ninat:picture")  # fmt: skip
    remote = _g2_item("Remote text", '<remoteContent href="https://x.example/story.xml" contenttype="text/xml"/>')
    result = _parse(_message(_g2_item("Text", _xhtml("Body.")), picture, remote))
    assert [a.title for a in result.articles] == ["Text", "Remote text"]
    assert {"newsml-item-not-text", "newsml-content-remote"} <= _codes(result)
    package = (
        f'<packageItem xmlns="{NAR}" guid="urn:p"><itemMeta><itemClass qcode="ninat:composite"/></itemMeta>'
        '<groupSet root="G1"><group id="G1"><itemRef residref="urn:x:1"/></group></groupSet></packageItem>'
    )
    only = _parse(package)
    assert only.detection.chosen == "newsml-g2"
    assert only.articles == ()
    assert "newsml-package-only" in _codes(only)


def test_g2_bare_and_prefixed_items_and_items_in_a_package() -> None:
    bare = f'<newsItem xmlns="{NAR}" guid="urn:b" xml:lang="de"><contentMeta><headline>Bare</headline></contentMeta>'
    bare += '<contentSet><inlineData contenttype="text/plain">Text.</inlineData></contentSet></newsItem>'
    (article,) = _parse(bare).articles
    assert (article.title, article.language) == ("Bare", "de")
    prefixed = _message(_g2_item("Prefixed", _xhtml("Body."))).replace("<", "<g:").replace("<g:/", "</g:")
    prefixed = prefixed.replace("<g:?xml", "<?xml").replace(f'xmlns="{NAR}"', f'xmlns:g="{NAR}"')
    assert [a.title for a in _parse(prefixed).articles] == ["Prefixed"]
    inside = f'<packageItem xmlns="{NAR}">{_g2_item("One", _xhtml("A."))}{_g2_item("Two", _xhtml("B."))}</packageItem>'
    assert [a.title for a in _parse(inside).articles] == ["One", "Two"]


def test_g2_prefixes_declared_only_on_the_message_root() -> None:
    """Items are parsed on their own: a prefix the root declares still reads (bound to a placeholder)."""
    xhtml = "<inlineXML><h:html><h:body><h:p>Inner <h:b>prefixed</h:b>.</h:p></h:body></h:html></inlineXML>"
    text = _message(_g2_item("Root prefixes", xhtml)).replace("<newsMessage ", '<newsMessage xmlns:h="urn:h" ', 1)
    (article,) = _parse(text).articles
    assert (article.title, article.body) == ("Root prefixes", "Inner prefixed.")


def test_g2_truncated_and_broken_items_keep_their_neighbours() -> None:
    broken = _g2_item("Broken", _xhtml("Good.", "Bad <b>tag</i>."))
    cut = '<newsItem guid="urn:c"><contentMeta><headline>Cut</headline></contentMeta><contentSet>'
    cut += '<inlineData contenttype="text/plain">Half a sen'
    text = _message(_g2_item("First", _xhtml("One.")), broken, _g2_item("Third", _xhtml("Three."))) + _message(cut)
    result = _parse(text)
    assert [a.title for a in result.articles] == ["First", "Broken", "Third", "Cut"]
    assert result.articles[1].paragraphs[0] == "Good."
    assert result.articles[3].body == "Half a sen"
    assert {"record-broken", "item-truncated"} <= _codes(result)


def test_g2_deep_xhtml_is_no_traceback() -> None:
    deep = "<div>" * 30_000 + "Deep." + "</div>" * 30_000
    (article,) = _parse(_message(_g2_item("Deep", _xhtml(deep)))).articles
    assert article.title == "Deep"
    assert "Deep." in article.body


# --------------------------------------------------------------------------- NewsML 1.x


def test_newsml1_item_fields() -> None:
    lines = (
        "<SubHeadLine>Sub</SubHeadLine><ByLine>By Kai Moe</ByLine><ByLineTitle>Correspondent</ByLineTitle>"
        "<DateLine>OSLO, May 1</DateLine><CreditLine>Wire</CreditLine><SlugLine>FERRY</SlugLine>"
        '<NewsLine><NewsLineType FormalName="Editorial note"/><NewsLineText>Updates time</NewsLineText></NewsLine>'
    )
    extra = (
        '<DescriptiveMetadata><Language FormalName="nn"/><Property FormalName="Topic" Value="Transport"/>'
        '<Property FormalName="Country" Value="NOR"/></DescriptiveMetadata>'
    )
    (article,) = _parse(_newsml(_n1_item("Ferry", "Fog.", lines, extra))).articles
    assert (article.title, article.subtitle, article.byline, article.authors) == (
        "Ferry",
        "Sub",
        "By Kai Moe",
        ("Kai Moe",),
    )
    assert (article.dateline, article.source, article.language, article.tags) == (
        "OSLO, May 1",
        "Wire",
        "nn",
        ("Transport",),
    )
    assert (article.id, article.published, article.body) == ("urn:newsml:x:1", "2024-05-01T08:00:00+02:00", "Fog.")
    assert article.notes == ("Slugline: FERRY", "Editorial note: Updates time")


def test_newsml1_one_article_per_titled_text_component_and_captions() -> None:
    stories = "".join(
        f'<NewsComponent Duid="s{n}"><NewsLines><HeadLine>Story {n}</HeadLine></NewsLines>'
        f'<ContentItem><MediaType FormalName="Text"/><DataContent>Text {n}.</DataContent></ContentItem>'
        f'<NewsComponent><Role FormalName="Caption"/><ContentItem><DataContent>Caption {n}.</DataContent>'
        f"</ContentItem></NewsComponent></NewsComponent>"
        for n in (1, 2, 3)
    )
    package = (
        "<NewsItem><Identification><NewsIdentifier><PublicIdentifier>urn:p</PublicIdentifier></NewsIdentifier>"
        "</Identification><NewsComponent><NewsLines><HeadLine>Package</HeadLine></NewsLines><DescriptiveMetadata>"
        f'<Language FormalName="da"/></DescriptiveMetadata><NewsComponent><Role FormalName="Content list"/>{stories}'
        "</NewsComponent></NewsComponent></NewsItem>"
    )
    text = _newsml(package)
    result = _parse(text)
    assert [(a.title, a.body, a.id, a.language) for a in result.articles] == [
        (f"Story {n}", f"Text {n}.", f"urn:p#s{n}", "da") for n in (1, 2, 3)
    ]
    assert [[c.text for c in a.captions] for a in result.articles] == [[f"Caption {n}."] for n in (1, 2, 3)]
    starts = [a.provenance.start for a in result.articles if a.provenance]
    assert starts == sorted(starts)
    assert text.startswith('<NewsComponent Duid="s2"', starts[1])


def test_newsml1_an_xhtml_caption_is_text() -> None:
    caption = (
        '<NewsComponent><Role FormalName="Caption"/><NewsLines><CreditLine>Photo Desk</CreditLine></NewsLines>'
        '<ContentItem><MediaType FormalName="Text"/><DataContent><html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<p>Ferry &amp; <b>port</b></p></body></html></DataContent></ContentItem></NewsComponent>"
    )
    (article,) = _parse(_newsml(_n1_item("Captioned", "Text.", extra=caption))).articles
    assert [(c.text, c.credit) for c in article.captions] == [("Ferry & port", "Photo Desk")]
    assert article.body == "Text."


def test_newsml1_untitled_text_under_the_top_component_is_its_body() -> None:
    item = (
        "<NewsItem><NewsComponent><NewsLines><HeadLine>Main</HeadLine></NewsLines>"
        '<NewsComponent><Role FormalName="Main"/><ContentItem><MediaType FormalName="Text"/>'
        '<Format FormalName="NITF"/><DataContent><nitf><body><body.head><hedline><hl1>NITF title</hl1></hedline>'
        "</body.head><body.content><p>Body text.</p></body.content></body></nitf></DataContent></ContentItem>"
        '</NewsComponent><NewsComponent><NewsLines><HeadLine>A photo</HeadLine></NewsLines><ContentItem Href="p.jpg">'
        '<MediaType FormalName="Photo"/></ContentItem></NewsComponent></NewsComponent></NewsItem>'
    )
    (article,) = _parse(_newsml(item)).articles
    assert (article.title, article.body, article.image) == ("Main", "Body text.", "p.jpg")
    assert [c.text for c in article.captions] == ["A photo"]


def test_newsml1_nested_items_pictures_only_and_remote_text() -> None:
    inner = _n1_item("Inner", "Inner text.", identifier="urn:inner")
    outer = (
        "<NewsItem><NewsComponent><NewsLines><HeadLine>Outer</HeadLine></NewsLines>"
        f'<ContentItem><MediaType FormalName="Text"/><DataContent>Outer text.</DataContent></ContentItem>{inner}'
        "</NewsComponent></NewsItem>"
    )
    photos = (
        '<NewsItem><NewsComponent><NewsLines><HeadLine>Photo</HeadLine></NewsLines><ContentItem Href="a.jpg">'
        '<MediaType FormalName="Photo"/><MimeType FormalName="image/jpeg"/></ContentItem></NewsComponent></NewsItem>'
    )
    remote = (
        "<NewsItem><NewsComponent><NewsLines><HeadLine>Remote</HeadLine></NewsLines>"
        '<ContentItem Href="story.xml"><MediaType FormalName="Text"/></ContentItem></NewsComponent></NewsItem>'
    )
    result = _parse(_newsml(outer, photos, remote))
    assert [a.title for a in result.articles] == ["Outer", "Inner", "Remote"]
    assert {"newsml-item-not-text", "newsml-content-remote"} <= _codes(result)


def test_newsml1_truncated_and_broken_items_keep_their_neighbours() -> None:
    broken = _n1_item("Broken", "Good.</Bad>")
    cut = "<NewsItem><NewsComponent><NewsLines><HeadLine>Cut</HeadLine></NewsLines><ContentItem><DataContent>Half"
    result = _parse(_newsml(_n1_item("First", "One."), broken, _n1_item("Third", "Three.")) + _newsml(cut))
    assert [a.title for a in result.articles] == ["First", "Broken", "Third", "Cut"]
    assert result.articles[3].body == "Half"
    assert {"record-broken", "item-truncated"} <= _codes(result)


def test_newsml1_empty_item_is_a_problem() -> None:
    result = _parse(_newsml("<NewsItem><NewsComponent/></NewsItem>", _n1_item("Last", "Text.")))
    assert [a.title for a in result.articles] == ["Last"]
    assert "item-empty" in _codes(result)


# --------------------------------------------------------------------------- safety, on every path


_BOMBS = {
    "newsml-g2 xhtml": lambda body: _message(_g2_item("Bomb", _xhtml(body))),
    "newsml-g2 nitf": lambda body: _message(
        _g2_item("Bomb", f"<inlineXML><nitf><body><body.content><p>{body}</p></body.content></body></nitf></inlineXML>")
    ),
    "newsml-g2 text": lambda body: _message(
        _g2_item("Bomb", f'<inlineData contenttype="text/plain">{body}</inlineData>')
    ),
    "newsml1 text": lambda body: _newsml(_n1_item("Bomb", body)),
    "newsml1 xhtml": lambda body: _newsml(
        _n1_item("Bomb", f'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>{body}</p></body></html>')
    ),
    "newsml1 nitf": lambda body: _newsml(
        _n1_item("Bomb", f"<nitf><body><body.content><p>{body}</p></body.content></body></nitf>")
    ),
}


@pytest.mark.parametrize("path", sorted(_BOMBS))
def test_billion_laughs_and_quadratic_blowup_are_not_expanded(path: str) -> None:
    document = _BOMBS[path]("Laugh &lol9; and " + "&big;" * 2_000)
    root = "NewsML" if path.startswith("newsml1") else "newsMessage"
    result = _parse(laughs(root) + document.split("\n", 1)[1])
    assert result.detection.chosen == path.split()[0]
    (article,) = result.articles
    assert "lollol" not in article.body
    assert "xxxx" not in article.body
    assert "&lol9;" in article.body
    assert "entity-unknown" in _codes(result)


@pytest.mark.parametrize("path", sorted(_BOMBS))
def test_external_entities_are_never_read_or_fetched(path: str, tmp_path: Path, no_network: list[object]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    root = "NewsML" if path.startswith("newsml1") else "newsMessage"
    prolog = (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} SYSTEM "http://127.0.0.1:9/NewsMLv1.2.dtd" [<!ENTITY xxe SYSTEM '
        f'"{secret.as_uri()}"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>\n'
    )
    result = _parse(prolog + _BOMBS[path]("Leak &xxe; &net;").split("\n", 1)[1])
    (article,) = result.articles
    assert "&xxe; &net;" in article.body
    assert "TOP-SECRET-CONTENT" not in repr(result.articles) + repr(result.problems)
    assert no_network == []


@pytest.mark.parametrize(("names", "piece"), [("newsItem", "<newsItem><p>open"), ("NewsItem", "<NewsItem><p>open")])
def test_many_unclosed_items_are_read_in_one_pass(names: str, piece: str) -> None:
    """Linear work: spans never overlap, even with NewsML 1.x's nesting count."""
    text = piece * 4_000
    spans = list(item_spans(text, names, nested=names == "NewsItem"))
    assert sum(s.end - s.start for s in spans) <= len(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


# --------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("text", "g2", "one"),
    [
        (f'<newsMessage xmlns="{NAR}">', 0.98, 0.0),
        (f'<?xml version="1.0"?><nar:newsItem xmlns:nar="{NAR}">', 0.98, 0.0),
        ("<packageItem>", 0.9, 0.0),
        (f'<feedDump><newsItem xmlns="{NAR}">', 0.9, 0.0),
        ('<!DOCTYPE NewsML PUBLIC "urn:newsml:iptc.org:20001006:NewsMLv1.0:1" "NewsMLv1.0.dtd"><NewsML>', 0.0, 0.97),
        ("<NewsItem><NewsComponent>", 0.0, 0.9),
        ("<archive><NewsML Version='1.2'>", 0.0, 0.9),
        ("<nitf><body>", 0.0, 0.0),
        ("<html><body><p>newsItem NewsML</p>", 0.0, 0.0),
        ("newsItem", 0.0, 0.0),
    ],
)
def test_sniff(text: str, g2: float, one: float) -> None:
    assert newsml_g2.NewsMLG2Detector().sniff(text) == g2
    assert newsml1.NewsML1Detector().sniff(text) == one


def test_xhtml_content_never_hands_the_item_to_html_page() -> None:
    text = _message(_g2_item("A", _xhtml("One.")), _g2_item("B", _xhtml("Two.")))
    assert newsparse.rank_detectors(text).chosen == "newsml-g2"
    one = _newsml(_n1_item("A", '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>'))
    assert newsparse.rank_detectors(one).chosen == "newsml1"


# --------------------------------------------------------------------------- properties

_WORDS = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzÅÉß &<>\"'"), min_size=1, max_size=30).filter(
    lambda s: s.strip() != ""
)
_SENTENCES = _WORDS.map(lambda s: s.strip() + ".")  # paragraphs end as sentences do (the HTML cleaner joins bare lines)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_STORIES = st.lists(st.tuples(_WORDS, st.lists(_SENTENCES, min_size=1, max_size=4)), min_size=1, max_size=6)


def _expected(stories: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    return [(" ".join(t.split()), [" ".join(p.split()) for p in ps]) for t, ps in stories]


@given(_STORIES, st.integers(0, 3))
def test_generated_g2_messages_give_one_article_per_text_item(
    stories: list[tuple[str, list[str]]], pictures: int
) -> None:
    """Each text newsItem is one article with its title and paragraphs; picture items never are."""
    assume(all(" ".join(ps[0].split()) != " ".join(t.split()) for t, ps in stories))  # a repeated title is dropped
    items = [_g2_item(_escape(t), _xhtml(*map(_escape, ps)), guid=f"urn:t:{n}") for n, (t, ps) in enumerate(stories)]
    items += [_g2_item("Picture", "", item_class="ninat:picture") for _ in range(pictures)]
    result = _parse(_message(*items))
    assert [(a.title, list(a.paragraphs)) for a in result.articles] == _expected(stories)
    assert [p.code for p in result.problems].count("newsml-item-not-text") == pictures


@given(_STORIES, st.booleans())
def test_generated_newsml1_packages_give_one_article_per_story(
    stories: list[tuple[str, list[str]]], package: bool
) -> None:
    """One NewsItem per story, or one package of titled story components: the same articles either way."""
    assume(all(" ".join(ps[0].split()) != " ".join(t.split()) for t, ps in stories))
    if package:
        parts = "".join(
            f"<NewsComponent><NewsLines><HeadLine>{_escape(t)}</HeadLine></NewsLines><ContentItem><DataContent>"
            f"{_escape(chr(10) + chr(10)).join(map(_escape, ps))}</DataContent></ContentItem></NewsComponent>"
            for t, ps in stories
        )
        text = _newsml(f"<NewsItem><NewsComponent>{parts}</NewsComponent></NewsItem>")
    else:
        text = _newsml(*(_n1_item(_escape(t), "\n\n".join(map(_escape, ps))) for t, ps in stories))
    result = _parse(text)
    assert result.detection.chosen == "newsml1"
    assert [(a.title, list(a.paragraphs)) for a in result.articles] == _expected(stories)
