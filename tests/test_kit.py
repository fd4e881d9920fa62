"""The detector author's kit (``newsparse.detectors.kit``) and the public conformance check over every built-in.

The fixtures are built here from a few made-up articles, one renderer per layout, so each test knows which
articles (titles, in order) the text holds without asking newsparse.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import importlib.util
import inspect
import itertools
import json
import pkgutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
import newsparse.detectors
from newsparse import _records
from newsparse.detectors import _lines, _registry, kit
from newsparse.detectors.markup import _xml
from newsparse.testing import assert_detector_conforms, check_detector

from .test_exported_members import PUBLIC

ROOT = Path(__file__).resolve().parents[1]

# (title, paragraphs): made up for these tests.
STORIES = [
    ("Harbour lights return", ("The lamps along the harbour wall were lit again on Friday.", "Residents cheered.")),
    ("Ferry delayed by fog", ("Thick fog kept the morning ferry in port for three hours.",)),
    ("Library opens late", ("The town library stays open until nine on weekdays from May.", "Entry is free.")),
]
Story = tuple[str, tuple[str, ...]]


def _wordpress(stories: list[Story]) -> str:
    posts = [
        {
            "id": n,
            "date_gmt": f"2024-05-0{n}T08:00:00",
            "title": {"rendered": title},
            "content": {"rendered": "".join(f"<p>{p}</p>" for p in paragraphs)},
        }
        for n, (title, paragraphs) in enumerate(stories, start=1)
    ]
    return json.dumps(posts)


def _json_feed(stories: list[Story]) -> str:
    items = [
        {"id": str(n), "title": t, "content_html": "".join(f"<p>{p}</p>" for p in paragraphs)}
        for n, (t, paragraphs) in enumerate(stories, start=1)
    ]
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Town Herald", "items": items})


def _jsonlines(stories: list[Story]) -> str:
    return "".join(json.dumps({"title": t, "text": "\n\n".join(p)}) + "\n" for t, p in stories)


def _json_records(stories: list[Story]) -> str:
    records = [{"headline": t, "articleBody": "\n\n".join(p), "url": f"https://example.org/{n}"} for n, (t, p) in
               enumerate(stories)]  # fmt: skip
    return json.dumps({"status": "ok", "totalResults": len(records), "articles": records})


def _html_page(stories: list[Story]) -> str:
    return "\n".join(
        f"<!doctype html><html><head><title>{t}</title></head><body><nav>Home | News</nav>"
        f"<article><h1>{t}</h1>{''.join(f'<p>{p}</p>' for p in paragraphs)}</article></body></html>"
        for t, paragraphs in stories
    )


def _rss(stories: list[Story]) -> str:
    items = "".join(
        f"<item><title>{t}</title><description>{' '.join(p)}</description>"
        f"<pubDate>Thu, 02 May 2024 08:00:00 GMT</pubDate></item>"
        for t, p in stories
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Town Herald</title>{items}</channel></rss>'


def _atom(stories: list[Story]) -> str:
    entries = "".join(f"<entry><title>{t}</title><content>{' '.join(p)}</content></entry>" for t, p in stories)
    return f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Town Herald</title>{entries}</feed>'


def _nitf(stories: list[Story]) -> str:
    return "".join(
        f'<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-3.dtd">\n<nitf><head><docdata>'
        f'<date.issue norm="2024050{n}T080000Z"/></docdata></head><body><body.head><hedline><hl1>{t}</hl1></hedline>'
        f"</body.head><body.content>{''.join(f'<p>{p}</p>' for p in paragraphs)}</body.content></body></nitf>\n"
        for n, (t, paragraphs) in enumerate(stories, start=1)
    )


def _newsml_g2(stories: list[Story]) -> str:
    items = "".join(
        f'<newsItem guid="urn:x:{n}"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta>'
        f'<headline>{t}</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml">'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{"".join(f"<p>{p}</p>" for p in paragraphs)}</body></html>'
        f"</inlineXML></contentSet></newsItem>"
        for n, (t, paragraphs) in enumerate(stories, start=1)
    )
    return f'<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>{items}</itemSet></newsMessage>'


def _newsml1(stories: list[Story]) -> str:
    items = "".join(
        f"<NewsItem><NewsComponent><NewsLines><HeadLine>{t}</HeadLine></NewsLines><ContentItem>"
        f'<MediaType FormalName="Text"/><DataContent>{chr(10).join(paragraphs)}</DataContent></ContentItem>'
        f"</NewsComponent></NewsItem>"
        for t, paragraphs in stories
    )
    return f'<?xml version="1.0"?><NewsML Version="1.2">{items}</NewsML>'


def _proquest_html(stories: list[Story]) -> str:
    docs = "".join(
        f'<div><a name="DocID_MSTAR_{n}"></a><p style="font-weight:bold;">{t}</p>'
        f"<p><strong>Author: </strong>Lund, Ada</p>"
        f'<p><strong>Full text: </strong><Text WordCount="9">{"".join(f"<p>{p}</p>" for p in paragraphs)}</Text></p>'
        f"<p><strong>Publication title: </strong>Town Herald</p><p><strong>Publication date: </strong>May 2, 2024</p>"
        f"<p><strong>ProQuest document ID: </strong>{n}</p></div>"
        for n, (t, paragraphs) in enumerate(stories, start=1)
    )
    return f"<!DOCTYPE html><html><head><title>ProQuest</title></head><body>{docs}</body></html>"


def _proquest_text(stories: list[Story]) -> str:
    rule = "_" * 60
    docs = [f"{t}\n\nFull text: " + "\n\n".join(p) + f"\n\nProQuest document ID: {n}" for n, (t, p) in
            enumerate(stories, start=1)]  # fmt: skip
    return f"{rule}\n\nReport Information from ProQuest\n{rule}\n\n" + f"\n{rule}\n\n".join(docs) + f"\n{rule}\n"


def _europresse(stories: list[Story]) -> str:
    articles = "".join(
        f'<article><header><div class="rdp__DocPublicationName">'
        f'<span class="DocPublicationName">Le Courrier</span></div>'
        f'<span class="DocHeader">Régions, jeudi 2 mai 2024 40 mots</span><div class="titreArticle">'
        f'<p class="titreArticleVisu rdp__articletitle">{t}</p></div></header><section><div class="docOcurrContainer">'
        f"{''.join(f'<p>{p}</p>' for p in paragraphs)}</div></section></article>"
        for t, paragraphs in stories
    )
    return f'<!DOCTYPE html><html lang="fr"><head><title>Europresse.com</title></head><body>{articles}</body></html>'


def _europresse_table(stories: list[Story]) -> str:
    docs = "".join(
        f'<table><tr><td><span class="DocPublicationName">Le Courrier</span><br><span class="DocHeader">jeudi </span>'
        f'<span class="DocHeader">2 mai 2024</span><br><br><span class="TitreArticleVisu">{t}</span><br><br>'
        + "<p></p>".join(paragraphs)
        + "<p></p><b><i>© 2024 Le Courrier. Tous droits réservés.</i></b></td></tr></table>"
        for t, paragraphs in stories
    )
    return f"<html><head></head><body>{docs}</body></html>"


def _factiva_html(stories: list[Story]) -> str:
    blocks = "".join(
        f'<div class="article enArticle"><div id="hd"><span class="enHeadline">{t}</span></div><div>{9 * n + 20} words'
        f"</div><div>{n + 1} May 2024</div><div>Town Herald</div><div>English</div>"
        + "".join(f'<p class="articleParagraph enarticleParagraph">{p}</p>' for p in paragraphs)
        + f"<p>Document TOWNH00020240501e05{n}0000{n}x</p></div>"
        for n, (t, paragraphs) in enumerate(stories, start=1)
    )
    return f"<!DOCTYPE html><html><head><title>Factiva</title></head><body>{blocks}</body></html>"


def _factiva_xml(stories: list[Story]) -> str:
    articles = "".join(
        f"<ppsarticle><article><headline><paragraph>{t}</paragraph></headline><tailParagraphs>"
        + "".join(f"<paragraph>{p}</paragraph>" for p in paragraphs)
        + "</tailParagraphs></article></ppsarticle>"
        for t, paragraphs in stories
    )
    result_set = f"<ppsarticleResultSet>{articles}</ppsarticleResultSet>"
    return f"<PPSResponse><ppsArticleResponse>{result_set}</ppsArticleResponse></PPSResponse>"


def _ninjs(stories: list[Story]) -> str:
    items = [
        {"uri": f"urn:example:wire:{n}", "type": "text", "versioncreated": f"2024-05-0{n}T08:00:00Z",
         "headline": t, "body_text": "\n\n".join(p)}
        for n, (t, p) in enumerate(stories, start=1)
    ]  # fmt: skip
    return json.dumps(items)


def _anpa(stories: list[Story]) -> str:
    return "".join(
        f"\x01a{n:04d} r i BC-Story-{n} 05-0{n} 0100\x02\n^{t}<\n" + "".join(f"\t{p}\n" for p in paragraphs)
        + f"\x03AP-NY-05-0{n}-24 0800EDT<\n\x04"
        for n, (t, paragraphs) in enumerate(stories, start=1)
    )  # fmt: skip


def _reuters_sgml(stories: list[Story]) -> str:
    records = "".join(
        f'<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" NEWID="{n}">\n<DATE>2-MAY-1987 08:00:00.00</DATE>\n'
        f"<TEXT>&#2;\n<TITLE>{t}</TITLE>\n<BODY>" + "\n".join(f"    {p}" for p in paragraphs)
        + "\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
        for n, (t, paragraphs) in enumerate(stories, start=1)
    )  # fmt: skip
    return f'<!DOCTYPE lewis SYSTEM "lewis.dtd">\n{records}'


def _wxr(stories: list[Story]) -> str:
    items = "".join(
        f"<item><title>{t}</title><content:encoded><![CDATA[{''.join(f'<p>{p}</p>' for p in paragraphs)}]]>"
        f"</content:encoded><wp:post_id>{n}</wp:post_id><wp:status>publish</wp:status>"
        f"<wp:post_type>post</wp:post_type></item>"
        for n, (t, paragraphs) in enumerate(stories, start=1)
    )
    namespaces = 'xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    return f'<?xml version="1.0"?><rss version="2.0" {namespaces}><channel><title>Town Herald</title>' \
        f"<wp:wxr_version>1.2</wp:wxr_version>{items}</channel></rss>"  # fmt: skip


def _factiva_text(stories: list[Story]) -> str:
    return "\f".join(
        f"{t}\n{9 * n + 20} words\n{n + 1} May 2024\nTown Herald\nEnglish\n(c) 2024 Town Herald\n\n"
        + "\n\n".join(paragraphs)
        + f"\n\nDocument TOWNH00020240501e05{n}0000{n}x\n"
        for n, (t, paragraphs) in enumerate(stories, start=1)
    )


def _title_echo(stories: list[Story]) -> str:
    return "\n\n\n".join(f"{t}\n\nTT\n{t}\n\n" + "\n\n".join(p) for t, p in stories)


def _counter_footer(stories: list[Story]) -> str:
    return "\n\n".join(f"{t}\n\n" + "\n\n".join(p) + f"\n\nView {n * 7 + 3} times" for n, (t, p) in enumerate(stories))


def _page_text(stories: list[Story]) -> str:
    labels = ("Featured", "Opinion", "Analysis")
    return "\n\n".join(
        f"{label}\n\n{t}\n\n" + "\n\n".join(p) + f"\n\nvia March {n + 3}, 2025"
        for n, (label, (t, p)) in enumerate(zip(labels, stories, strict=False))
    )


def _blank_blocks(stories: list[Story]) -> str:
    return "\n\n\n\n\n".join(f"{t}\n\n" + "\n\n".join(p) for t, p in stories)


def _lexisnexis(stories: list[Story]) -> str:
    return "".join(
        f"\n{' ' * 30}{k} of {len(stories)} DOCUMENTS\n\n\n{' ' * 30}Town Herald\n\n{' ' * 26}May {k}, 2024 Friday\n\n"
        f"{t}\n\nBYLINE: Ada Lund\n\nLENGTH: {len(' '.join(p).split())} words\n\n"
        + "\n\n".join(p)
        + f"\n\nLOAD-DATE: May {k + 1}, 2024\n\nLANGUAGE: ENGLISH\n\n\n{' ' * 20}Copyright 2024 Town Herald\n"
        for k, (t, p) in enumerate(stories, start=1)
    )


def _lexisnexis_html(stories: list[Story]) -> str:
    def para(css: str, *spans: str) -> str:
        return f'<DIV CLASS="{css}"><P CLASS="{css}">' + "".join(f"<SPAN>{s}</SPAN>" for s in spans) + "</P></DIV>\n"

    docs = "".join(
        f'<A NAME="DOC_ID_{k}_0"></A>'
        + para("c0", f"{k} of {len(stories)} DOCUMENTS")
        + para("c0", "Town Herald")
        + para("c0", f"May {k}, 2024 Friday")
        + para("c5", *t.partition(" "))
        + para("c5", "BYLINE: ", "Ada Lund")
        + "".join(para("c5", p) for p in paragraphs)
        + para("c5", "LOAD-DATE: ", f"May {k + 1}, 2024")
        for k, (t, paragraphs) in enumerate(stories, start=1)
    )
    return f"<HTML><HEAD><STYLE>.c0 {{ text-align: center; }}</STYLE></HEAD><BODY>{docs}</BODY></HTML>"


def _nexis_uni(stories: list[Story]) -> str:
    toc = [f"Documents ({len(stories)})"] + [f"{k}. {t}" for k, (t, _) in enumerate(stories, start=1)]
    docs = [
        [t, "Town Herald", f"May {k}, 2024 Friday", "Byline:\u00a0Ada Lund", "Body", *p, "Classification",
         "Language:\u00a0ENGLISH", f"Load-Date:\u00a0May {k + 1}, 2024", "End of Document"]
        for k, (t, p) in enumerate(stories, start=1)
    ]  # fmt: skip
    return "\n\n".join(toc + [line for doc in docs for line in doc]) + "\n"


def _whole_text(stories: list[Story]) -> str:
    title, paragraphs = stories[0]
    return f"{title}\n" + "\n".join(paragraphs) + "\n"


# Each built-in: how to render stories in its layout, and how many articles a text of n stories holds.
LAYOUTS: dict[str, list[tuple[Callable[[list[Story]], str], Callable[[int], int]]]] = {
    "wordpress": [(_wordpress, lambda n: n)],
    "jsonlines": [(_jsonlines, lambda n: n)],
    "json-records": [(_json_records, lambda n: n)],
    "html-page": [(_html_page, lambda n: n)],
    "rss-atom": [(_rss, lambda n: n), (_atom, lambda n: n)],
    "nitf": [(_nitf, lambda n: n)],
    "newsml-g2": [(_newsml_g2, lambda n: n)],
    "newsml1": [(_newsml1, lambda n: n)],
    "proquest": [(_proquest_html, lambda n: n), (_proquest_text, lambda n: n)],
    "europresse": [(_europresse, lambda n: n), (_europresse_table, lambda n: n)],
    "factiva-html": [(_factiva_html, lambda n: n)],
    "factiva-xml": [(_factiva_xml, lambda n: n)],
    "ninjs": [(_ninjs, lambda n: n)],
    "anpa": [(_anpa, lambda n: n)],
    "reuters-sgml": [(_reuters_sgml, lambda n: n)],
    "wxr": [(_wxr, lambda n: n)],
    "lexisnexis": [(_lexisnexis, lambda n: n)],
    "lexisnexis-html": [(_lexisnexis_html, lambda n: n)],
    "nexis-uni": [(_nexis_uni, lambda n: n)],
    "json-feed": [(_json_feed, lambda n: n)],
    "factiva-text": [(_factiva_text, lambda n: n)],
    "title-echo": [(_title_echo, lambda n: n)],
    "counter-footer": [(_counter_footer, lambda n: n)],
    "page-text": [(_page_text, lambda n: n)],
    "blank-blocks": [(_blank_blocks, lambda n: n)],
    "whole-text": [(_whole_text, lambda n: 1)],
}


def _samples(name: str) -> list[tuple[str, list[str]]]:
    """Texts in the layout of detector ``name``, each with the titles of the articles it holds."""
    samples = []
    for render, count in LAYOUTS[name]:
        for size in (2, len(STORIES)):  # blank-blocks needs a gap between two articles to recognise its layout
            stories = STORIES[:size]
            samples.append((render(stories), [title for title, _ in stories[: count(size)]]))
    return samples


BUILTIN_NAMES = [name for name, _ in _registry.BUILTINS]


def test_every_builtin_has_fixtures() -> None:
    assert sorted(LAYOUTS) == sorted(BUILTIN_NAMES)


@pytest.mark.parametrize("name", BUILTIN_NAMES)
def test_public_check_detector_passes_every_builtin(name: str) -> None:
    """``newsparse.testing.check_detector``, what plug-in authors run, finds nothing wrong with any built-in."""
    detector = newsparse.get_detector(name)
    texts = [text for text, _ in _samples(name)]
    assert check_detector(detector, texts) == []
    assert_detector_conforms(detector, texts)


@pytest.mark.parametrize("name", BUILTIN_NAMES)
def test_each_fixture_is_read_by_its_detector_into_the_articles_it_was_built_from(name: str) -> None:
    for text, titles in _samples(name):
        if name != "whole-text":  # the fallback never wins a ranking against a real layout
            assert newsparse.rank_detectors(text).chosen == name, text[:80]
        result = newsparse.parse_text(text, detector=name)
        assert [a.title for a in result.articles] == titles
        assert {a.provenance.detector for a in result.articles if a.provenance} == {name}


# --------------------------------------------------------------------------- the built-in table


def _detector_modules() -> set[str]:
    """Every public module of the detector groups (text, json, markup, exports, wire...): one per built-in."""
    found = set()
    groups = [m.name for m in pkgutil.iter_modules(newsparse.detectors.__path__) if m.ispkg]
    assert {"text", "json", "markup"} <= set(groups)
    for group in groups:
        package = importlib.import_module(f"newsparse.detectors.{group}")
        found |= {
            f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_")
        }
    return found


def test_the_builtin_table_names_every_detector_module_once() -> None:
    """Adding a built-in is a module and its line in BUILTINS: a module without its line fails here."""
    modules = [target.partition(":")[0] for _, target in _registry.BUILTINS]
    assert sorted(modules) == sorted(_detector_modules())
    assert len(set(BUILTIN_NAMES)) == len(BUILTIN_NAMES)


@pytest.mark.parametrize(("name", "target"), _registry.BUILTINS)
def test_each_table_line_names_its_detector(name: str, target: str) -> None:
    module, _, attr = target.partition(":")
    assert getattr(importlib.import_module(module), attr)().name == name
    assert module.rpartition(".")[2] == name.replace("-", "_")  # the module is named for its detector
    assert (ROOT / "docs" / "detectors" / f"{name}.md").is_file()  # and has its docs page
    assert f"]({name}.md)" in (ROOT / "docs" / "detectors" / "index.md").read_text(encoding="utf-8")  # and its row


def test_a_wrong_table_line_is_an_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_registry, "BUILTINS", (("misnamed", "newsparse.detectors.text.whole_text:WholeTextDetector"),))
    _registry._reset()
    try:
        with pytest.raises(newsparse.DetectorError, match="named 'whole-text', not 'misnamed'"):
            newsparse.get_detector("misnamed")
    finally:
        monkeypatch.undo()
        _registry._reset()


def test_lazy_registry_keeps_order_removal_and_replacement() -> None:
    """Built-ins imported on demand still list in table order, and unregistering or replacing one sticks."""
    _registry._reset()
    try:
        newsparse.get_detector("whole-text")  # imported first, still listed last
        assert [d.name for d in newsparse.list_detectors()] == BUILTIN_NAMES
        _registry._reset()
        newsparse.unregister_detector("page-text")  # never imported, removed all the same
        with pytest.raises(newsparse.DetectorError, match="no detector named 'page-text'"):
            newsparse.get_detector("page-text")
        assert "page-text" not in [d.name for d in newsparse.list_detectors()]
    finally:
        _registry._reset()


# --------------------------------------------------------------------------- the kit's surface

# The kit's exact public names are checked with every other public module's in test_exported_members.
KIT = PUBLIC["newsparse.detectors.kit"]


@pytest.mark.parametrize(
    ("name", "home"),
    [
        ("BLOCK_GAP", _lines),
        ("trimmed", _lines),
        ("spans_between", _lines),
        ("first_line", _lines),
        ("last_line_end", _lines),
        ("last_complete_gap", _lines),
        ("MARKER_KEYS", _records),
        ("is_record", _records),
        ("is_wordpress_post", _records),
        ("map_record", _records),
        ("skip_prolog", _xml),
        ("tag_end", _xml),
        ("fix_references", _xml),
        ("close_truncated", _xml),
    ],
)
def test_kit_names_are_the_helpers_the_builtins_use(name: str, home: object) -> None:
    """The same objects, not copies: a plug-in maps records and scans XML exactly as the built-ins do."""
    assert getattr(kit, name) is getattr(home, name)


def _attribute_docstring(name: str) -> str:
    body = ast.parse(inspect.getsource(kit)).body
    for statement, following in itertools.pairwise(body):
        target = statement.target if isinstance(statement, ast.AnnAssign) else None
        if isinstance(target, ast.Name) and target.id == name and isinstance(following, ast.Expr):
            value = following.value
            assert isinstance(value, ast.Constant)
            assert isinstance(value.value, str)
            return inspect.cleandoc(value.value)
    return ""


@pytest.mark.parametrize("name", KIT)
def test_every_kit_name_is_documented_with_an_example_that_runs(name: str) -> None:
    obj = getattr(kit, name)
    doc = _attribute_docstring(name) if name.isupper() else (obj.__doc__ or "")
    assert ">>>" in doc, f"kit.{name} has no example"
    test = doctest.DocTestParser().get_doctest(doc, dict(vars(kit)), f"kit.{name}", None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


# --------------------------------------------------------------------------- read_element: untrusted XML


def test_read_element_does_not_expand_internal_entities() -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))  # 10**9 "ha" if expanded
    document = f'<?xml version="1.0"?><!DOCTYPE item [<!ENTITY l0 "ha">{laughs}]><item><title>&l9;</title></item>'
    item, unknown = kit.read_element(document)
    assert item.findtext("title") == "&l9;"
    assert unknown == ["&l9;"]


def test_read_element_never_reads_external_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    document = (
        f'<!DOCTYPE item [<!ENTITY xxe SYSTEM "{secret.as_uri()}"><!ENTITY % p SYSTEM "{secret.as_uri()}">%p;]>'
        "<item><title>Leak &xxe;</title></item>"
    )
    item, unknown = kit.read_element(document)
    assert item.findtext("title") == "Leak &xxe;"
    assert "TOP SECRET" not in ET.tostring(item, encoding="unicode")
    assert unknown == ["&xxe;"]


@pytest.mark.parametrize(
    "fragment",
    [
        "<a>x</a><b>y</b>",  # two elements
        "text <a>x</a>",  # text outside
        "<a>open",  # truncated (close_truncated first)
        "<a><!DOCTYPE a [<!ENTITY e 'x'>]>&e;</a>",  # a DOCTYPE inside an element is not XML
        "",
    ],
)
def test_read_element_refuses_what_is_not_one_element(fragment: str) -> None:
    with pytest.raises(ET.ParseError):
        kit.read_element(fragment)


def test_read_element_reads_a_truncated_item_after_close_truncated() -> None:
    item, _ = kit.read_element(kit.close_truncated("<item><title>Ferry</title><description>Fog kept the fer"))
    assert (item.findtext("title"), item.findtext("description")) == ("Ferry", "Fog kept the fer")


@given(st.text(alphabet=st.sampled_from("<>&;!-[]/ ax'\"=?#"), max_size=60))
def test_read_element_raises_only_parse_errors(fragment: str) -> None:
    """On any input: an element or ``ParseError``, never another exception."""
    try:
        element, unknown = kit.read_element(fragment)
    except ET.ParseError:
        return
    assert isinstance(element, ET.Element)
    assert all(word.startswith("&") for word in unknown)


# --------------------------------------------------------------------------- the example plug-in


def _newsparse_imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) of every ``from newsparse... import name`` and ``import newsparse...`` in a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "newsparse":
            found.extend((node.module or "", alias.name) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.extend((alias.name, "") for alias in node.names if alias.name.split(".")[0] == "newsparse")
    return found


EXAMPLE_FILES = sorted((ROOT / "examples").rglob("*.py"))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=[str(p.relative_to(ROOT)) for p in EXAMPLE_FILES])
def test_the_example_plugin_uses_only_public_names(path: Path) -> None:
    imports = _newsparse_imports(path)
    for module_name, name in imports:
        assert not any(part.startswith("_") for part in module_name.split(".")), module_name
        if name:
            module = importlib.import_module(module_name)
            assert name in module.__all__, f"{module_name}.{name} is not public"


def test_the_example_plugin_is_checked_for_its_imports() -> None:
    """Guard for the test above: it does see the example's imports."""
    (source,) = [p for p in EXAMPLE_FILES if p.name == "__init__.py"]
    assert ("newsparse.detectors", "RawArticle") in _newsparse_imports(source)


# --------------------------------------------------------------------------- the docs navigation


def test_the_docs_hook_lists_every_detector_page_in_registry_order() -> None:
    """``docs/_ext/detector_pages.py`` puts each docs/detectors/<name>.md in the nav: mkdocs.yml lists none."""
    spec = importlib.util.spec_from_file_location("detector_pages", ROOT / "docs" / "_ext" / "detector_pages.py")
    assert spec is not None
    assert spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    mkdocs_yml = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "docs/_ext/detector_pages.py" in mkdocs_yml
    assert [line for line in mkdocs_yml.splitlines() if "detectors/" in line and "index.md" not in line] == [
        "# docs/_ext/detector_pages.py adds every docs/detectors/<name>.md to the Detectors section of the nav.",
        "      # Each detector's page (docs/detectors/<name>.md) comes here without being listed: see hooks above.",
    ]
    section = [{"How detection works": "detectors/index.md"}, {"Writing a detector": "writing-a-detector.md"}]
    config = {
        "nav": [{"Home": "index.md"}, {"Detectors": section}],
        "config_file_path": str(ROOT / "mkdocs.yml"),
        "docs_dir": str(ROOT / "docs"),
    }
    hook.on_config(config)
    assert section[0] == {"How detection works": "detectors/index.md"}
    assert section[-1] == {"Writing a detector": "writing-a-detector.md"}
    assert section[1:-1] == [{name: f"detectors/{name}.md"} for name in BUILTIN_NAMES]
