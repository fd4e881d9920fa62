"""Issue 8, feeds: every item of an RSS or Atom feed is an article or a problem, in linear time, safely.

Each test builds its own small feed inline. The timing test asserts a bound on
work (characters scanned by the item splitter's searches), never wall time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.detectors.markup import rss_atom as syndication
from newsparse.detectors.markup._xml import close_truncated, fix_references, skip_prolog

RSS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Town Herald</title>'
    "<link>https://herald.example/</link>\n"
)
RSS_TAIL = "</channel></rss>\n"


def _item(title: str, body: str = "Some text.") -> str:
    return f"<item><title>{title}</title><description>{body}</description></item>\n"


def _parse(text: str) -> newsparse.Result:
    return newsparse.parse(text.encode("utf-8"))


def _titles(result: newsparse.Result) -> list[str | None]:
    return [a.title for a in result.articles]


def _all_problems(result: newsparse.Result) -> list[str]:
    return list(result.problems) + [p for a in result.articles for p in a.problems]


# --------------------------------------------------------------------------- the five cases of the issue


def test_truncated_last_item_is_read_as_far_as_it_goes() -> None:
    text = RSS_HEAD + _item("Ferry returns") + "<item><title>Library opens late</title><description>The library wi"
    result = _parse(text)
    assert result.detection.chosen == "rss-atom"
    assert _titles(result) == ["Ferry returns", "Library opens late"]
    last = result.articles[-1]
    assert last.body == "The library wi"
    assert any("item 2 is truncated" in p for p in last.problems)


def test_truncated_inside_a_cdata_section_and_inside_a_tag() -> None:
    cdata = RSS_HEAD + "<item><title>Market</title><description><![CDATA[<p>Stalls open at <b>six"
    (article,) = _parse(cdata).articles
    assert article.title == "Market"
    assert "Stalls open at six" in article.body
    in_tag = RSS_HEAD + _item("Ferry returns") + '<item><title>Cut</title><link href="https://x'
    result = _parse(in_tag)
    assert _titles(result) == ["Ferry returns", "Cut"]
    assert any("item 2 is truncated" in p for p in result.articles[1].problems)
    in_start_tag = RSS_HEAD + _item("Ferry returns") + "<item clas"
    result = _parse(in_start_tag)
    assert _titles(result) == ["Ferry returns"]
    assert any("item 2 is truncated" in p and "characters" in p for p in result.problems)


def test_unclosed_item_does_not_swallow_the_next_one() -> None:
    text = RSS_HEAD + "<item><title>No end tag</title><description>First.</description>\n" + _item("Second") + RSS_TAIL
    result = _parse(text)
    assert _titles(result) == ["No end tag", "Second"]
    assert result.articles[0].body == "First."
    assert any("item 1 is truncated: the next item starts" in p for p in result.articles[0].problems)


def test_self_closing_empty_item_is_reported_and_the_next_is_read() -> None:
    text = RSS_HEAD + _item("First") + "<item/>\n<item />\n" + _item("Second") + RSS_TAIL
    result = _parse(text)
    assert _titles(result) == ["First", "Second"]
    empty = [p for p in result.problems if "is empty" in p]
    assert len(empty) == 2
    assert empty[0].startswith("item 2 is empty")
    assert "characters" in empty[0]


def test_item_with_nothing_readable_is_reported() -> None:
    text = RSS_HEAD + "<item><guid>tag:herald,1</guid></item>\n<item></item>\n" + _item("Real") + RSS_TAIL
    result = _parse(text)
    assert _titles(result) == ["Real"]
    assert sum("has no title, link, date or text" in p for p in result.problems) == 2


@pytest.mark.parametrize(
    "hidden",
    [
        "<!-- <item><title>Hidden</title></item> -->",
        "<!-- <item><title>Hidden</title> -->",  # an unbalanced item in a comment
        "<!--<item>-->",
        "<?note <item><title>Hidden</title> ?>",
    ],
)
def test_markup_in_comments_is_not_an_item(hidden: str) -> None:
    text = RSS_HEAD + _item("First") + hidden + "\n" + _item("Second") + RSS_TAIL
    result = _parse(text)
    assert _titles(result) == ["First", "Second"]
    assert not result.problems


def test_item_tags_inside_cdata_are_text() -> None:
    body = "<![CDATA[<p>Quoted markup: </item><item><title>Fake</title></p>]]>"
    text = RSS_HEAD + _item("First", body) + _item("Second") + RSS_TAIL
    result = _parse(text)
    assert _titles(result) == ["First", "Second"]
    assert "Quoted markup" in result.articles[0].body


def test_cdata_split_around_its_own_end_marker() -> None:
    body = "<![CDATA[<p>a ]]]]><![CDATA[> b</p>]]>"
    result = _parse(RSS_HEAD + _item("First", body) + _item("Second") + RSS_TAIL)
    assert _titles(result) == ["First", "Second"]
    assert result.articles[0].body == "a ]]> b"


def test_html_named_entities_are_resolved() -> None:
    text = RSS_HEAD + _item("Caf&eacute; opens&nbsp;late &mdash; again", "Fog&hellip; &amp; rain") + RSS_TAIL
    (article,) = _parse(text).articles
    assert article.title is not None
    assert "Café" in article.title
    assert "\u2014" in article.title
    assert article.body == "Fog\u2026 & rain"
    assert not article.problems


def test_unknown_entity_is_kept_as_text_and_reported() -> None:
    text = RSS_HEAD + _item("Notice &madeup; &#0; here", "AT&T stays") + _item("Second") + RSS_TAIL
    result = _parse(text)
    assert _titles(result) == ["Notice &madeup; &#0; here", "Second"]
    first = result.articles[0]
    assert first.body == "AT&T stays"
    assert any("unknown entities &madeup;, &#0; kept as text" in p for p in first.problems)


def test_entities_in_cdata_stay_for_the_html_cleaner() -> None:
    text = RSS_HEAD + _item("T", "<![CDATA[<p>one&nbsp;two &amp;madeup;</p>]]>") + RSS_TAIL
    (article,) = _parse(text).articles
    assert article.body.replace("\u00a0", " ") == "one two &madeup;"


LONG_PROLOGS = {
    "licence comment": "<!--\n" + "Licensed under the terms of the licence. " * 150 + "\n-->\n",
    "doctype subset": "<!DOCTYPE rss [\n"
    + "".join(f'<!ENTITY e{i} "value ] > {i}">\n' for i in range(200))
    + "<!-- a ] in a comment -->\n]>\n",
    "processing instructions": "".join(f'<?xml-stylesheet href="style{i}.css" type="text/css"?>\n' for i in range(120)),
}


@pytest.mark.parametrize("kind", sorted(LONG_PROLOGS))
def test_long_prolog_before_the_root(kind: str) -> None:
    prolog = LONG_PROLOGS[kind]
    assert len(prolog) > 4000
    text = '<?xml version="1.0"?>\n' + prolog + RSS_HEAD.split("\n", 1)[1] + _item("First") + RSS_TAIL
    result = _parse(text)
    assert result.detection.chosen == "rss-atom"
    assert _titles(result) == ["First"]


def test_skip_prolog_stops_at_the_root_and_at_unclosed_things() -> None:
    text = "\ufeff <?xml?> <!-- c --> <!DOCTYPE a [ <!ENTITY b ']'> ]> <rss>"
    assert text[skip_prolog(text) :] == "<rss>"
    assert skip_prolog("<!-- never closed <rss>") == 0
    assert skip_prolog("<!DOCTYPE a [ <!ENTITY b 'x'> <rss>") == 0
    long = "<!--" + "x" * 10 + "--><rss>"
    assert skip_prolog(long, 0, 8) == 0  # the comment does not end within the limit


# --------------------------------------------------------------------------- linear time


class _CountingPattern:
    """Stands for a compiled pattern; adds up how many characters each search may have scanned."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0
        self.calls = 0
        self.last_end = 0
        self.backwards = 0

    def search(self, text: str, pos: int = 0, endpos: int = 2**63) -> re.Match[str] | None:
        self.calls += 1
        self.backwards += pos < self.last_end  # a search that starts before the previous one ended
        match = self.pattern.search(text, pos, min(endpos, len(text)))
        end = match.end() if match else min(endpos, len(text))
        self.scanned += end - pos
        self.last_end = end
        return match


def _unclosed_feed(items: int) -> str:
    return RSS_HEAD + "".join(
        f"<item><title>Item {i}</title><description>Body of item {i}.</description>\n" for i in range(items)
    )


def _split_work(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int, int]:
    boundary = _CountingPattern(syndication._BOUNDARY)
    monkeypatch.setattr(syndication, "_BOUNDARY", boundary)
    raws = list(syndication.FeedDetector().split(text))
    monkeypatch.undo()
    assert len(raws) == text.count("<item>")  # every unclosed item comes out
    assert all(raw.fields for raw in raws)
    assert boundary.backwards == 0
    return boundary.calls, boundary.scanned, len(raws)


def test_unclosed_items_are_split_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Splitting a feed whose items never close: the work grows like the input (1x vs 10x)."""
    small, large = _unclosed_feed(200), _unclosed_feed(2000)
    calls_1, scanned_1, _ = _split_work(small, monkeypatch)
    calls_10, scanned_10, _ = _split_work(large, monkeypatch)
    assert scanned_1 <= len(small)
    assert scanned_10 <= len(large)
    assert calls_10 <= 11 * calls_1
    assert scanned_10 <= 11 * scanned_1


def test_unclosed_items_all_come_out_of_parse() -> None:
    result = _parse(_unclosed_feed(300))
    assert _titles(result) == [f"Item {i}" for i in range(300)]
    assert all(any("truncated" in p for p in a.problems) for a in result.articles)


def test_hostile_nesting_in_a_truncated_item_is_closed_in_linear_work() -> None:
    opens = "<a>" * 5000
    stray = "</b>" * 5000
    fixed = close_truncated("<item><title>T</title>" + opens + stray + "text")
    assert fixed.endswith("text" + "</a>" * 5000 + "</item>")
    assert "</b>" not in fixed


# --------------------------------------------------------------------------- safety


def test_billion_laughs_doctype_is_not_expanded() -> None:
    laughs = '<!ENTITY lol "lol">\n' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n' for i in range(1, 10)
    )
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + laughs + "]>\n"
        '<rss version="2.0"><channel><title>Laughs</title>'
        + _item("Bomb &lol9; here", "Body &lol9;.")
        + _item("Second")
        + RSS_TAIL
    )
    result = _parse(text)
    assert result.detection.chosen == "rss-atom"
    assert _titles(result) == ["Bomb &lol9; here", "Second"]
    assert result.articles[0].body == "Body &lol9;."
    assert any("unknown entity &lol9; kept as text" in p for p in result.articles[0].problems)


def test_external_entity_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    text = (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">'
        '<!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>\n'
        '<rss version="2.0"><channel><title>X</title>' + _item("Leak &xxe; &net;", "Body &xxe;") + RSS_TAIL
    )
    result = _parse(text)
    (article,) = result.articles
    assert article.title == "Leak &xxe; &net;"
    dumped = repr(result.articles) + repr(result.problems)
    assert "TOP-SECRET-CONTENT" not in dumped


def test_doctype_inside_an_item_is_dropped_unread() -> None:
    evil = "<item><!DOCTYPE item [<!ENTITY a 'boom'>]><title>&a;</title></item>\n"
    result = _parse(RSS_HEAD + evil + _item("Second") + RSS_TAIL)
    assert _titles(result) == ["&a;", "Second"]  # read after repair: the entity is never expanded
    assert "boom" not in str([a.to_dict() for a in result.articles])
    assert any("item 1 is not well-formed XML" in p for p in result.articles[0].problems)


def test_fix_references_never_leaves_an_entity_for_the_parser() -> None:
    fixed, unknown = fix_references("<t a='&foo;'>&bar; &#x110000; &lt; &#65; &#x41;</t>")
    assert fixed == "<t a='&amp;foo;'>&amp;bar; &amp;#x110000; &lt; &#65; &#x41;</t>"
    assert unknown == ["&foo;", "&bar;", "&#x110000;"]


# --------------------------------------------------------------------------- namespaces and Atom


def test_namespace_declared_on_the_channel() -> None:
    text = (
        '<?xml version="1.0"?><rss version="2.0"><channel xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">'
        "<title>Pod</title><item><title>Episode 1</title><itunes:summary>Talk.</itunes:summary>"
        "<description>Show notes.</description></item></channel></rss>"
    )
    (article,) = _parse(text).articles
    assert article.title == "Episode 1"
    assert article.body == "Show notes."


def test_undeclared_prefix_does_not_drop_the_item() -> None:
    text = RSS_HEAD + "<item><title>Undeclared</title><georss:point>1 2</georss:point></item>" + RSS_TAIL
    (article,) = _parse(text).articles
    assert article.title == "Undeclared"


def test_namespaced_content_encoded_is_the_body() -> None:
    text = (
        '<rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<item><title>T</title><description>Teaser.</description>"
        "<c:encoded><![CDATA[<p>Full text.</p>]]></c:encoded></item></channel></rss>"
    )
    (article,) = _parse(text).articles
    assert article.body == "Full text."


def test_atom_entry_with_a_nested_source() -> None:
    text = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Site</title>'
        "<entry><source><title>Other site</title><author><name>Source Author</name></author>"
        '<link href="https://other.example/"/></source>'
        '<title>Real title</title><link href="https://site.example/a"/><author><name>Real Author</name></author>'
        '<content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry>'
        "<entry><title>Second</title></entry></feed>"
    )
    result = _parse(text)
    assert _titles(result) == ["Real title", "Second"]
    first = result.articles[0]
    assert first.authors == ("Real Author",)
    assert first.url == "https://site.example/a"


def test_prefixed_atom_feed() -> None:
    text = (
        '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>Site</a:title>'
        '<a:entry><a:title>Prefixed</a:title><a:content type="html">Body.</a:content></a:entry></a:feed>'
    )
    result = _parse(text)
    assert result.detection.chosen == "rss-atom"
    assert _titles(result) == ["Prefixed"]


# --------------------------------------------------------------------------- nothing lost, as a property


@dataclass(frozen=True)
class _Built:
    text: str
    real: list[tuple[int, str]]  # (item number, title) of every real item; "" for one with no title
    hidden: list[str]  # titles that appear only inside comments or CDATA text
    truncated: bool  # the text was cut inside the last real item


_WORDS = st.sampled_from("harbour ferry market library orchard council storm school bridge festival".split())
_ENTITIES = st.sampled_from(["&nbsp;", "&eacute;", "&mdash;", "&amp;", "&#233;", "&hellip;", "&madeup;", ""])
_KINDS = ["plain", "empty", "entity", "comment", "nothing", "unclosed", "cdata"]


def _part(kind: str, title: str, entity: str) -> str:
    """One item (or commented-out item) of the given kind."""
    if kind == "comment":
        return f"<!-- {_item(title)} -->\n"
    if kind == "empty":
        return "<item/>\n"
    if kind == "nothing":
        return "<item><guid>g</guid></item>\n"
    if kind == "unclosed":
        return f"<item><title>{title}</title><description>Text of {title}.</description>\n"
    if kind == "cdata":
        return _item(title, f"<![CDATA[<p>Quote: </item><item><title>Fake {title}</title></p>]]>")
    return _item(title, f"Text{entity} of {title}.")


@st.composite
def _feeds(draw: st.DrawFn) -> _Built:
    kinds = draw(st.lists(st.sampled_from(_KINDS), min_size=1, max_size=8))
    parts: list[str] = [RSS_HEAD]
    real: list[tuple[int, str]] = []
    hidden: list[str] = []
    for index, kind in enumerate(kinds):
        title = f"{draw(_WORDS).capitalize()} {index}"
        parts.append(_part(kind, title, draw(_ENTITIES) if kind == "entity" else ""))
        if kind == "comment":
            hidden.append(title)
            continue
        if kind == "cdata":
            hidden.append(f"Fake {title}")
        real.append((len(real) + 1, "" if kind in ("empty", "nothing") else title))
    truncated = kinds[-1] != "comment" and real[-1][1] != "" and draw(st.booleans())
    if truncated:  # cut anywhere inside the last item once its name is complete, even inside its start tag
        cut = draw(st.integers(len("<item"), len(parts[-1]) - 2))
        return _Built("".join(parts[:-1]) + parts[-1][:cut], real, hidden, truncated)
    return _Built("".join(parts) + RSS_TAIL, real, hidden, truncated)


def _named(problems: list[str], number: int) -> bool:
    return any(p.startswith((f"item {number} ", f"item {number}:")) for p in problems)


@given(_feeds())
def test_every_real_item_is_an_article_or_a_problem(built: _Built) -> None:
    """Every real item is an article with its title, else a problem names it; hidden titles never appear."""
    result = _parse(built.text)
    assert result.detection.chosen == "rss-atom"
    titles = _titles(result)
    problems = _all_problems(result)
    for number, title in built.real:
        assert (title and title in titles) or _named(problems, number), (number, title, titles, problems)
    titled = sum(1 for _, title in built.real if title)
    assert titled - built.truncated <= len(titles) <= titled
    for title in built.hidden:
        assert title not in titles


def _sniffs(text: str) -> Any:
    return syndication.FeedDetector().sniff(text)


def test_sniff_gives_up_on_text_that_is_not_a_feed() -> None:
    assert _sniffs("<html><body><p>Not a feed</p></body></html>") == 0.0
    assert _sniffs("Plain text mentioning <rss> later") == 0.0
    assert _sniffs('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>') == 0.6


# --------------------------------------------------------------------------- bodies that were lost or garbled

ATOM_HEAD = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Site</title>'


def test_empty_content_falls_through_to_the_summary() -> None:
    rss = RSS_HEAD + "<item><title>R</title><content:encoded></content:encoded>"
    rss += "<description>RSS teaser.</description></item>" + RSS_TAIL
    rss = rss.replace("<rss ", '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" ')
    atom = ATOM_HEAD + '<entry><title>A</title><content src="https://site.example/a"/>'
    atom += "<summary>Atom summary.</summary></entry></feed>"
    assert _parse(rss).articles[0].body == "RSS teaser."
    assert _parse(atom).articles[0].body == "Atom summary."


def test_atom_plain_text_content_keeps_its_angle_brackets() -> None:
    text = ATOM_HEAD + '<entry><title>T</title><content type="text">Use &lt;b&gt; for bold.</content></entry></feed>'
    (article,) = _parse(text).articles
    assert article.body == "Use <b> for bold."


def test_atom_xhtml_content_keeps_its_paragraphs() -> None:
    text = ATOM_HEAD + (
        '<entry><title>T</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        "<p>One <b>bold</b> word.</p><p>Two.</p></div></content></entry></feed>"
    )
    (article,) = _parse(text).articles
    assert article.paragraphs == ("One bold word.", "Two.")


def test_unbalanced_quote_in_a_tag_costs_only_its_item() -> None:
    broken = '<item><title>Broken</title><enclosure url="https://x.example/a.mp3 /></item>\n'
    result = _parse(RSS_HEAD + _item("First") + broken + _item("Third") + RSS_TAIL)
    assert _titles(result) == ["First", "Broken", "Third"]  # issue 13: the broken item is recovered too
    assert any(p.startswith("item 2 is not well-formed XML") for p in result.articles[1].problems)
    quoted_item = '<item about="https://x.example/a>\n<title>Fourth</title></item>\n'
    result = _parse(RSS_HEAD + _item("First") + quoted_item + _item("Third") + RSS_TAIL)
    assert _titles(result) == ["First", "Fourth", "Third"]  # issue 13: repaired, with the problem
    assert any(p.startswith("item 2 is not well-formed XML") for p in result.articles[1].problems)


def test_empty_item_problem_shows_a_short_tag() -> None:
    text = RSS_HEAD + '<item about="' + "x" * 5000 + '"/>' + _item("Next") + RSS_TAIL
    result = _parse(text)
    assert _titles(result) == ["Next"]
    (problem,) = result.problems
    assert problem.startswith("item 1 is empty (<item about=")
    assert len(problem) < 200


def test_deeply_nested_xhtml_content_does_not_fail_the_feed() -> None:
    div = '<div xmlns="http://www.w3.org/1999/xhtml">' + "<b>" * 20000 + "deep" + "</b>" * 20000 + "</div>"
    text = ATOM_HEAD + f'<entry><title>Deep</title><content type="xhtml">{div}</content></entry>'
    result = _parse(text + "<entry><title>Next</title></entry></feed>")
    assert result.detection.chosen == "rss-atom"
    assert _titles(result) == ["Deep", "Next"]
    assert result.articles[0].body == "deep"
    assert not result.problems


def _helper_work(fragment: str, monkeypatch: pytest.MonkeyPatch) -> int:
    from newsparse.detectors.markup import _xml

    markup, references = _CountingPattern(_xml._MARKUP), _CountingPattern(_xml._REF_OR_SKIP)
    monkeypatch.setattr(_xml, "_MARKUP", markup)
    monkeypatch.setattr(_xml, "_REF_OR_SKIP", references)
    fix_references(close_truncated(fragment))
    monkeypatch.undo()
    assert markup.backwards == 0
    assert references.backwards == 0
    return markup.scanned + references.scanned


def test_repairing_a_hostile_truncated_item_is_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unclosed tags, stray end tags and unknown entities: the repair's searches scan each character O(1) times."""
    unit = "<a><b x='1>2'>&madeup; &nbsp;</c><!-- c --><![CDATA[&x;]]>"
    small, large = "<item>" + unit * 100, "<item>" + unit * 1000
    work_1, work_10 = _helper_work(small, monkeypatch), _helper_work(large, monkeypatch)
    assert work_10 <= 11 * work_1
    assert work_10 <= 3 * len(large)
