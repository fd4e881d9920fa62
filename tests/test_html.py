"""clean_html on tricky fragments."""

from __future__ import annotations

import pytest

from newsparse import clean_html

CASES = [
    ("inline space element keeps words apart", "<p>deployed to<strong> </strong>Ukraine</p>", "deployed to Ukraine"),
    ("inline element inside a word does not split it", "<p>Wash<em>ing</em>ton</p>", "Washington"),
    ("link text is glued as written", '<p>See <a href="/x">the report</a>, now.</p>', "See the report, now."),
    ("nbsp and entities decode", "<p>A&nbsp;B &amp; C &lt;3 &#8217; &hellip;</p>", "A B & C <3 ’ …"),
    ("blocks become paragraphs", "<div><p>One</p><p>Two</p></div><h2>Head</h2><ul><li>a</li><li>b</li></ul>",
     "One\n\nTwo\n\nHead\n\na\n\nb"),
    ("script style noscript comments vanish",
     "<p>Keep</p><script>var x = '<p>no</p>';</script><style>p{}</style><noscript>no</noscript><!-- no --><p>This</p>",
     "Keep\n\nThis"),
    ("CMS attributes vanish", '<p class="x" data-uri="cms.cnn.com/a" data-editable="text">   Text   </p>', "Text"),
    ("whitespace collapses", "<p>  a \n\t b   c  </p>", "a b c"),
    ("br is a line break inside a paragraph", "<p>line one<br>line two<br/></p>", "line one\nline two"),
    ("empty blocks leave nothing", "<p></p><div> </div><p>\u00a0</p><p>x</p>", "x"),
    ("syndication footer removed", "<p>Story.</p>\n<div>This post appeared first on cnn.com</div>\n<p></p>", "Story."),
    ("WordPress 'The post ... appeared first on' footer removed",
     "<p>Story.</p><p>The post Big News appeared first on Daily Site.</p>", "Story."),
    ("plain text comes back with whitespace normalised", "  Just   plain\ttext.  ", "Just plain text."),
    ("an xml declaration does not break lxml", '<?xml version="1.0" encoding="utf-8"?><p>ok</p>', "ok"),
    ("zero-width and soft hyphen characters go", "<p>in\u00adcred\u200bible</p>", "incredible"),
    ("the joiners Persian and Hindi spell with stay", "<p>راه\u200cآهن کشمیری\u200d</p>", "راه\u200cآهن کشمیری\u200d"),
    ("a whole page keeps only its text", "<html><head><title>T</title></head><body><p>Body</p></body></html>", "Body"),
    ("unclosed tags still read", "<p>one<p>two<div>three", "one\n\ntwo\n\nthree"),
    ("pre keeps its lines", "<pre>a  b\nc</pre>", "a b\nc"),
    ("table cells are paragraphs", "<table><tr><td>a</td><td>b</td></tr></table>", "a\n\nb"),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_clean_html(markup: str, expected: str) -> None:
    assert clean_html(markup) == expected


def test_a_mention_of_syndication_inside_a_story_is_kept() -> None:
    text = "<p>He said this post appeared first on cnn.com, and then went on talking at length about it.</p><p>x</p>"
    assert clean_html(text).startswith("He said this post appeared first on cnn.com")


def test_bytes_are_refused_with_advice() -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        clean_html(b"<p>x</p>")  # type: ignore[arg-type]


def test_deep_nesting_is_fine() -> None:
    depth = 20_000
    markup = "<div>" * depth + "<p>deep</p>" + "</div>" * depth
    assert clean_html(markup) == "deep"


def test_output_has_no_tags_or_entities_for_cms_markup() -> None:
    markup = (
        '<p class="paragraph inline-placeholder" data-uri="cms.cnn.com/_components/paragraph/instances/x@published">'
        "            Both<strong> </strong>Ukraine&nbsp;and <em>South</em> Korea&#8217;s.    </p>\n"
        '<h2 class="subheader" id="h">        What now?</h2>'
    )
    assert clean_html(markup) == "Both Ukraine and South Korea’s.\n\nWhat now?"
