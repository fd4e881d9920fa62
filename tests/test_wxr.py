"""The ``wxr`` detector: WordPress WXR exports, one article per published post, safe XML.

Every export here is written in the test from the WXR layout WordPress documents (an RSS 2.0 channel with
``wp:``, ``content:``, ``excerpt:`` and ``dc:`` elements); each test states the records it must give.
"""

from __future__ import annotations

import html

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.detectors import _registry
from newsparse.detectors.markup._wxr_content import post_html
from newsparse.detectors.markup.wxr import WxrDetector

_NAMESPACES = (
    'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"'
)


def _item(title: str, content: str = "<p>Text.</p>", *, post_type: str = "post", status: str = "publish",
          post_id: int = 1, extra: str = "") -> str:  # fmt: skip
    return (
        f"<item><title>{html.escape(title)}</title><content:encoded><![CDATA[{content}]]></content:encoded>"
        f"<wp:post_id>{post_id}</wp:post_id><wp:status><![CDATA[{status}]]></wp:status>"
        f"<wp:post_type><![CDATA[{post_type}]]></wp:post_type>{extra}</item>\n"
    )


def _export(*items: str, header: str = "", prolog: str = '<?xml version="1.0" encoding="UTF-8"?>\n') -> str:
    return (
        f'{prolog}<rss version="2.0" {_NAMESPACES}>\n<channel><title>Town Herald</title>'
        f"<wp:wxr_version>1.2</wp:wxr_version>{header}\n{''.join(items)}</channel></rss>\n"
    )


# --- detection -------------------------------------------------------------------------------------


def test_a_wxr_export_outranks_rss_atom() -> None:
    detection = newsparse.rank_detectors(_export(_item("A")))
    assert detection.chosen == "wxr"
    scores = {s.name: s.score for s in detection.ranking}
    assert scores["wxr"] > scores["rss-atom"] > 0


@pytest.mark.parametrize(
    "feed",
    [
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title>'
        "<description>Text.</description></item></channel></rss>",
        # what a WordPress site's own /feed/ serves: WordPress namespaces, but not the export's
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel><title>T</title><generator>'
        "https://wordpress.org/?v=6.4</generator><item><title>A</title><dc:creator><![CDATA[ada]]></dc:creator>"
        "<content:encoded><![CDATA[<p>Text.</p>]]></content:encoded></item></channel></rss>",
    ],
)
def test_a_plain_rss_feed_is_never_claimed(feed: str) -> None:
    assert WxrDetector().sniff(feed) == 0.0
    assert newsparse.rank_detectors(feed).chosen == "rss-atom"


# --- which items are articles ----------------------------------------------------------------------


def test_only_published_posts_are_articles_and_the_rest_are_counted_in_one_problem() -> None:
    text = _export(
        _item("Post one", post_id=1),
        _item("Picture", "", post_type="attachment", status="inherit", post_id=2),
        _item("Home", "", post_type="nav_menu_item", post_id=3),
        _item("Header", "<!-- wp:group /-->", post_type="wp_template_part", post_id=4),
        _item("Post one", post_type="revision", status="inherit", post_id=5),
        _item("About", post_type="page", post_id=6),
        _item("Draft", post_type="post", status="draft", post_id=7),
        _item("Post two", post_id=8),
        _item("Custom CSS", "body{}", post_type="custom_css", post_id=9),
    )
    result = newsparse.parse_text(text)
    assert [a.title for a in result.articles] == ["Post one", "Post two"]
    (problem,) = result.problems
    assert problem.code == "item-not-article"
    assert problem.startswith("7 items of the export are not published post items")
    for kind in ("attachment 1", "nav_menu_item 1", "wp_template_part 1", "revision 1", "page 1", "post (draft) 1"):
        assert kind in problem


def test_pages_and_drafts_are_articles_when_the_detector_is_registered_with_them() -> None:
    text = _export(_item("Post"), _item("About", post_type="page"), _item("Draft", status="draft"))
    newsparse.register_detector(WxrDetector(post_types=("post", "page"), statuses=("publish", "draft")), replace=True)
    try:
        result = newsparse.parse_text(text)
    finally:
        _registry._reset()  # the built-in again, in its place
    assert [a.title for a in result.articles] == ["Post", "About", "Draft"]
    assert [a.notes for a in result.articles] == [("status: publish",), ("status: publish",), ("status: draft",)]
    assert result.problems == ()
    assert [a.title for a in newsparse.parse_text(text).articles] == ["Post"]  # the default again


# --- fields ----------------------------------------------------------------------------------------


def test_the_creator_login_becomes_the_display_name_and_falls_back_to_the_names_or_the_login() -> None:
    authors = (
        "<wp:author><wp:author_login>ada</wp:author_login><wp:author_display_name>Ada Lund</wp:author_display_name>"
        "</wp:author><wp:author><wp:author_login>per</wp:author_login><wp:author_display_name></wp:author_display_name>"
        "<wp:author_first_name>Per</wp:author_first_name><wp:author_last_name>Dahl</wp:author_last_name></wp:author>"
    )
    text = _export(
        *(_item(f"P{n}", extra=f"<dc:creator>{login}</dc:creator>") for n, login in enumerate(["ada", "per", "kai"])),
        header=authors,
    )
    assert [a.authors for a in newsparse.load(text.encode())] == [("Ada Lund",), ("Per Dahl",), ("kai",)]


def test_dates_prefer_gmt_then_local_then_pubdate_and_an_all_zero_date_is_absent() -> None:
    gmt = "<wp:post_date_gmt>2024-03-01 10:15:00</wp:post_date_gmt><wp:post_date>2024-03-01 11:15:00</wp:post_date>"
    local = "<wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt><wp:post_date>2024-03-02 09:00:00</wp:post_date>"
    rss = "<pubDate>Sun, 03 Mar 2024 07:30:00 +0000</pubDate>"
    articles = newsparse.load(_export(_item("A", extra=gmt), _item("B", extra=local), _item("C", extra=rss)).encode())
    assert [a.published for a in articles] == ["2024-03-01T10:15:00+00:00", "2024-03-02T09:00:00",
                                               "2024-03-03T07:30:00+00:00"]  # fmt: skip


def test_block_comments_go_and_classic_paragraphs_and_caption_shortcodes_are_read() -> None:
    blocks = (
        "<!-- wp:heading --><h2>Plan</h2><!-- /wp:heading --><!-- wp:paragraph --><p>One.</p><!-- /wp:paragraph -->"
    )
    classic = 'First.\n\n[caption id="attachment_4" width="300"]<img src="a.jpg" /> The quay.[/caption]\n\nSecond.'
    first, second = newsparse.load(_export(_item("A", blocks), _item("B", classic)).encode())
    assert "wp:" not in first.body
    assert first.body.endswith("One.")
    assert second.body == "First.\n\nSecond."
    assert [c.text for c in second.captions] == ["The quay."]


def test_post_html_leaves_unclosed_markers_alone_in_linear_time() -> None:
    content = "<!-- wp:paragraph " * 20000 + "[caption " * 20000 + "text"
    html_out, captions = post_html(content)
    assert captions == []
    assert html_out.endswith("text</p>")


def test_categories_and_tags_the_excerpt_and_the_site() -> None:
    extra = (
        '<category domain="category" nicename="local"><![CDATA[Local]]></category>'
        '<category domain="post_tag" nicename="lamps"><![CDATA[lamps]]></category>'
        '<category domain="post_format" nicename="post-format-aside"><![CDATA[Aside]]></category>'
        "<excerpt:encoded><![CDATA[<p>Short &amp; sweet.</p>]]></excerpt:encoded>"
        "<link>https://herald.example/a/</link><guid>https://herald.example/?p=1</guid>"
    )
    (article,) = newsparse.load(_export(_item("A", extra=extra)).encode())
    assert article.tags == ("Local", "lamps")
    assert article.section == "Local"
    assert article.subtitle == "Short & sweet."
    assert (article.source, article.url, article.id) == ("Town Herald", "https://herald.example/a/", "1")


# --- malformed and hostile input -------------------------------------------------------------------


def test_a_billion_laughs_export_is_not_expanded() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{"&lol{};".format(n - 1 if n > 1 else "") * 10}">' for n in range(1, 10)
    )
    prolog = f'<?xml version="1.0"?>\n<!DOCTYPE rss [{entities}]>\n'
    laughs = "<item><title>Laughs &lol9;</title><content:encoded><![CDATA[<p>&lol9;</p>]]></content:encoded>" \
        "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>"  # fmt: skip
    text = _export(laughs, prolog=prolog)
    assert newsparse.rank_detectors(text).chosen == "wxr"
    result = newsparse.parse_text(text)
    (article,) = result.articles
    assert article.body == "&lol9;"
    assert article.title == "Laughs &lol9;"
    assert "entity-unknown" in {p.code for p in article.problems}


def test_a_quadratic_blowup_export_is_not_expanded() -> None:
    prolog = f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY big "{"x" * 20_000}">]>\n'
    item = "<item><title>Big</title><description>" + "&big;" * 2000 + "</description>" \
        "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>"  # fmt: skip
    result = newsparse.parse_text(_export(item, prolog=prolog))
    assert result.detection.chosen == "wxr"
    (article,) = result.articles
    assert article.title == "Big"
    assert "x" * 100 not in repr(article.to_dict())


def test_an_external_entity_is_not_fetched() -> None:
    prolog = '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    (article,) = newsparse.load(_export(_item("Leak", "<p>&secret;</p>"), prolog=prolog).encode())
    assert article.body == "&secret;"
    assert "root:" not in article.body


def test_a_broken_item_costs_only_itself_and_a_truncated_export_keeps_what_it_has() -> None:
    broken = "<item><title>Bad</title><content:encoded><p>unclosed</content:encoded></item>\n"
    text = _export(_item("Good one"), broken, _item("Good two"))
    result = newsparse.parse_text(text)
    assert [a.title for a in result.articles] == ["Good one", "Good two"]
    assert [p.code for p in result.problems] == ["record-broken"]
    cut = _export(_item("Whole"), _item("Cut short", "<p>The ferry was late because"))
    cut = cut[: cut.index("because") + len("because")]
    result = newsparse.parse_text(cut)
    assert [a.title for a in result.articles] == ["Whole", "Cut short"]
    assert result.articles[1].body == "The ferry was late because"
    assert "item-truncated" in {p.code for p in result.articles[1].problems}


def test_crlf_and_a_bom_read_like_the_plain_export() -> None:
    text = _export(_item("Harbour", "One.\n\nTwo."))
    plain = newsparse.load(text.encode())
    crlf = newsparse.load(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    assert [(a.title, a.body) for a in crlf] == [(a.title, a.body) for a in plain] == [("Harbour", "One.\n\nTwo.")]


# --- properties ------------------------------------------------------------------------------------

_TITLES = st.text(alphabet=st.sampled_from("abcdefghij &é'\"<"), min_size=1, max_size=20).filter(str.strip)
_WORDS = st.text(alphabet=st.sampled_from("abcdefghij &<>é'\""), min_size=1, max_size=20).filter(str.strip)
_KINDS = st.sampled_from(["post", "post", "page", "attachment", "nav_menu_item", "wp_block", "revision"])
_STATUSES = st.sampled_from(["publish", "publish", "draft", "private", "inherit"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_TITLES, _WORDS, _KINDS, _STATUSES), min_size=1, max_size=8))
def test_the_articles_are_the_published_posts_in_order(items: list[tuple[str, str, str, str]]) -> None:
    """Built from (title, paragraph, post type, status): the articles are the published posts, others counted."""
    assume(all(t.split() != p.split() for t, p, _, _ in items))  # a first line equal to the title is dropped
    text = _export(
        *(
            _item(t, f"<p>{html.escape(p)}</p>", post_type=k, status=s, post_id=n)
            for n, (t, p, k, s) in enumerate(items)
        )
    )
    result = newsparse.parse_text(text, detector="wxr")
    wanted = [(" ".join(t.split()), " ".join(p.split())) for t, p, k, s in items if k == "post" and s == "publish"]
    assert [(a.title, a.body) for a in result.articles] == wanted
    skipped = len(items) - len(wanted)
    assert [p.code for p in result.problems] == (["item-not-article"] if skipped else [])
    if skipped:
        assert result.problems[0].startswith(f"{skipped} item")
