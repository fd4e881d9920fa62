"""Detector ranking, tie-breaks, crashing and tying detectors, and entry-point plug-ins."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

import newsparse
from newsparse.cli import main
from newsparse.detectors import NEAR_TIE, RawArticle, _registry


class _Fixed:
    """A detector with a fixed score that yields the whole text as one article."""

    def __init__(self, name: str, score: float) -> None:
        self.name = name
        self.score = score

    def sniff(self, head: str) -> float:
        return self.score

    def split(self, text: str) -> Iterator[RawArticle]:
        yield RawArticle(0, len(text), {"title": f"from {self.name}", "body": text})


class _CrashingSniff(_Fixed):
    def sniff(self, head: str) -> float:
        raise RuntimeError("boom in sniff")


class _CrashingSplit(_Fixed):
    def split(self, text: str) -> Iterator[RawArticle]:
        yield RawArticle(0, 5, {"title": "partial", "body": text[:5]})
        raise ValueError("boom in split")


@pytest.fixture
def registry() -> Iterator[None]:
    """A fresh registry for each test, restored afterwards."""
    _registry._reset()
    yield
    _registry._reset()


JSONL = '{"title": "Hi", "text": "Body."}\n{"title": "Yo", "text": "More."}\n'


@pytest.mark.usefixtures("registry")
class TestRanking:
    def test_builtins_rank_the_samples(self) -> None:
        assert newsparse.rank_detectors(JSONL).chosen == "jsonlines"
        assert newsparse.rank_detectors("plain words only").chosen == "whole-text"

    def test_a_crashing_sniff_scores_zero_and_is_reported(self) -> None:
        newsparse.register_detector(_CrashingSniff("crashy", 0.99))
        detection = newsparse.rank_detectors(JSONL)
        assert detection.chosen == "jsonlines"
        crashed = next(s for s in detection.ranking if s.name == "crashy")
        assert crashed.score == 0.0
        assert crashed.error == "RuntimeError: boom in sniff"
        result = newsparse.parse(JSONL.encode())
        assert [a.title for a in result.articles] == ["Hi", "Yo"]
        assert any("crashy" in p and "boom in sniff" in p for p in result.problems)

    def test_exact_tie_prefers_builtins_then_name(self) -> None:
        newsparse.register_detector(_Fixed("zz-tie", 0.9))
        newsparse.register_detector(_Fixed("aa-tie", 0.9))
        detection = newsparse.rank_detectors(JSONL)  # jsonlines also scores 0.9
        assert detection.chosen == "jsonlines"
        names = [s.name for s in detection.ranking[:3]]
        assert names == ["jsonlines", "aa-tie", "zz-tie"]
        assert set(detection.near_ties) >= {"aa-tie", "zz-tie"}

    def test_tie_break_is_deterministic_across_registration_order(self) -> None:
        newsparse.register_detector(_Fixed("b-one", 1.0))
        newsparse.register_detector(_Fixed("a-one", 1.0))
        first = newsparse.rank_detectors("text").chosen
        _registry._reset()
        newsparse.register_detector(_Fixed("a-one", 1.0))
        newsparse.register_detector(_Fixed("b-one", 1.0))
        assert newsparse.rank_detectors("text").chosen == first == "a-one"

    def test_near_tie_is_reported(self) -> None:
        newsparse.register_detector(_Fixed("close", 0.9 - NEAR_TIE / 2))
        detection = newsparse.rank_detectors(JSONL)
        assert detection.chosen == "jsonlines"
        assert "close" in detection.near_ties

    @pytest.mark.parametrize(("raw", "expected"), [(float("nan"), 0.0), (7.0, 1.0), (-3.0, 0.0)])
    def test_wild_scores_are_clamped(self, raw: float, expected: float) -> None:
        newsparse.register_detector(_Fixed("wild", raw))
        score = next(s for s in newsparse.rank_detectors("x").ranking if s.name == "wild")
        assert score.score == expected

    def test_a_failing_split_falls_back_and_keeps_what_was_parsed(self) -> None:
        newsparse.register_detector(_CrashingSplit("half", 1.0))
        result = newsparse.parse(b"Title\n\nSome body text that goes on.")
        assert result.detection.chosen == "half"
        assert result.articles[0].title == "partial"
        assert len(result.articles) == 2  # the rest went to the next detector
        assert any("boom in split" in p for p in result.problems)
        assert result.articles[0].provenance.end <= result.articles[1].provenance.start  # type: ignore[union-attr]

    def test_forcing_a_detector(self) -> None:
        articles = newsparse.split_articles(JSONL, detector="whole-text")
        assert len(articles) == 1
        assert articles[0].provenance is not None
        assert articles[0].provenance.detector == "whole-text"
        with pytest.raises(newsparse.DetectorError, match="no detector named 'nope'"):
            newsparse.split_articles(JSONL, detector="nope")

    def test_registration_errors(self) -> None:
        with pytest.raises(newsparse.DetectorError, match="already registered"):
            newsparse.register_detector(_Fixed("wordpress", 0.1))
        with pytest.raises(newsparse.DetectorError, match="non-empty str name"):
            newsparse.register_detector(_Fixed("", 0.1))
        with pytest.raises(newsparse.DetectorError, match="no detector named"):
            newsparse.unregister_detector("never-registered")
        newsparse.register_detector(_Fixed("wordpress", 0.1), replace=True)
        assert newsparse.get_detector("wordpress").sniff("") == 0.1

    def test_bad_spans_are_clamped_and_reported(self) -> None:
        class Wild(_Fixed):
            def split(self, text: str) -> Iterator[RawArticle]:
                yield RawArticle(-5, 10**9, {"title": "t", "body": "b"})

        newsparse.register_detector(Wild("wild-spans", 1.0))
        result = newsparse.parse(b"some text here")
        assert result.articles[0].provenance is not None
        assert (result.articles[0].provenance.start, result.articles[0].provenance.end) == (0, 14)
        assert any("clamped" in p for p in result.problems)


def _fake_entry_points(monkeypatch: pytest.MonkeyPatch, *eps: EntryPoint) -> None:
    def entry_points(*, group: str) -> list[EntryPoint]:
        assert group == "newsparse.detectors"
        return list(eps)

    monkeypatch.setattr(_registry, "entry_points", entry_points)


@pytest.mark.usefixtures("registry")
class TestEntryPoints:
    def test_plugin_class_is_loaded_and_ranked(self, monkeypatch: pytest.MonkeyPatch) -> None:
        ep = EntryPoint(name="tsv", value=f"{__name__}:PluginDetector", group="newsparse.detectors")
        _fake_entry_points(monkeypatch, ep)
        names = [d.name for d in newsparse.list_detectors()]
        assert names[-1] == "plugin-tsv"  # plug-ins come after built-ins
        assert newsparse.rank_detectors("a\tb\tc\n").chosen == "plugin-tsv"
        assert newsparse.detectors.plugin_problems() == ()

    def test_broken_plugins_do_not_break_newsparse(
        self, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
    ) -> None:
        _fake_entry_points(
            monkeypatch,
            EntryPoint(name="missing", value="no_such_module_xyz:Thing", group="newsparse.detectors"),
            EntryPoint(name="clash", value=f"{__name__}:ClashingDetector", group="newsparse.detectors"),
            EntryPoint(name="good", value=f"{__name__}:PluginDetector", group="newsparse.detectors"),
        )
        with caplog.at_level("WARNING", logger="newsparse"), pytest.warns(newsparse.PluginWarning) as warned:
            names = [d.name for d in newsparse.list_detectors()]
        newsparse.list_detectors()  # loaded once: no second warning (filterwarnings=error would raise it)
        assert "plugin-tsv" in names
        problems = newsparse.detectors.plugin_problems()
        assert any("'missing'" in p and "could not be loaded" in p for p in problems)
        assert any("'clash'" in p and "is taken" in p for p in problems)
        assert sorted(str(w.message) for w in warned) == sorted(problems)
        assert sorted(r.getMessage() for r in caplog.records if r.name == "newsparse") == sorted(problems)
        assert [a.title for a in newsparse.split_articles(JSONL)] == ["Hi", "Yo"]

    def test_the_command_line_says_a_broken_plugin_once_as_a_warning_line(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        _fake_entry_points(
            monkeypatch, EntryPoint(name="missing", value="no_such_module_xyz:Thing", group="newsparse.detectors")
        )
        dump = tmp_path / "dump.jsonl"
        dump.write_bytes(JSONL.encode())
        assert main(["parse", str(dump)]) == 0  # filterwarnings=error: a PluginWarning escaping would fail here
        captured = capsys.readouterr()
        assert len(captured.out.splitlines()) == 2
        (line,) = captured.err.splitlines()
        assert line.startswith("newsparse: warning: plug-in 'missing'")


class PluginDetector:
    """A tab-separated layout: one article per line, title TAB body."""

    name = "plugin-tsv"

    def sniff(self, head: str) -> float:
        return 0.97 if "\t" in head.split("\n", 1)[0] else 0.0

    def split(self, text: str) -> Iterator[RawArticle]:
        pos = 0
        for line in text.split("\n"):
            if "\t" in line:
                title, body = line.split("\t", 1)
                yield RawArticle(pos, pos + len(line), {"title": title, "body": body})
            pos += len(line) + 1


class ClashingDetector(PluginDetector):
    name = "wordpress"


LAYOUT_EXAMPLES = (
    JSONL,
    '[{"title": {"rendered": "A"}, "content": {"rendered": "<p>x</p>"}, "date_gmt": "2024-01-02T03:04:05"}]',
    "<!doctype html><html><head><title>T</title></head><body><p>Text.</p></body></html>",
    "Title A\n\nTT\nTitle A\n\nBody A.\n\n\nTitle B\n\nFollow\nTitle B\n\nBody B.",
    "Title A\n\n\nBody A.\n\n\nView 3 times\n\nTitle B\n\n\nBody B.\n\n\nView 4 times",
    "Featured\n\nTitle\n\nBody.\n\nvia March 3rd 2025",
    "Title one\n\nBody one.\n\n\n\n\nTitle two\n\nBody two.",
    "anything at all",
    '{"status": "ok", "articles": [{"title": "A", "url": "https://example.org/a", "content": "Body."}]}',
    '<rss version="2.0"><channel><item><title>T</title><description>Body.</description></item></channel></rss>',
    "<nitf><body><body.head><hedline><hl1>T</hl1></hedline></body.head></body></nitf>",
    '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>T</headline></contentMeta></newsItem>',
    "<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>T</HeadLine></NewsLines></NewsComponent></NewsItem></NewsML>",
    "_" * 60 + "\n\nTitle\n\nFull text: Body.\n\nProQuest document ID: 1\n" + "_" * 60 + "\n",
    '<article><span class="DocPublicationName">Le Courrier</span><p class="titreArticleVisu">T</p>'
    '<div class="docOcurrContainer"><p>Body.</p></div></article>',
    '<div class="article enArticle"><div id="hd">T</div><p>Body.</p><p>Document TOWNH00020240501e0510000a</p></div>',
    "<PPSResponse><ppsarticle><article><headline><paragraph>T</paragraph></headline></article></ppsarticle></PPSResponse>",
    '[{"uri": "urn:x:1", "versioncreated": "2024-01-02T03:04:05Z", "headline": "A", "body_text": "Body."}]',
    "\x01a0001 r i BC-Title 01-02 0010\x02\n^Title<\n\tBody.\n\x03AP-NY-01-02-24 0304EST\n\x04",
    '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1"><TEXT><TITLE>T</TITLE><BODY>Body.</BODY></TEXT></REUTERS>',
    '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>'
    "<item><title>T</title><wp:post_type>post</wp:post_type></item></channel></rss>",
    "          1 of 1 DOCUMENTS\n\n          Herald\n\nTitle\n\nLENGTH: 1 words\n\nBody.\n\nLOAD-DATE: May 2, 2024\n",
    '<a name="DOC_ID_1"></a><div><p><span>1 of 1 DOCUMENTS</span></p></div><div><p><span>Title</span></p></div>',
    "Title\n\nHerald\n\nBody\n\nBody text.\n\nLoad-Date:\u00a0May 2, 2024\n\nEnd of Document\n",
    '{"version": "https://jsonfeed.org/version/1.1", "title": "F", "items": [{"id": "1", "content_text": "Body."}]}',
    "Title\n1 words\n1 May 2024\nHerald\nEnglish\n\nBody.\n\nDocument TOWNH00020240501e0510000a\n",
)


def test_every_builtin_detector_conforms() -> None:
    """Conformance: unique names, scores in [0, 1], and on a text it recognises, ordered spans inside the text."""
    seen = set()
    for detector in newsparse.list_detectors():
        assert isinstance(detector.name, str)
        assert detector.name not in seen
        seen.add(detector.name)
        assert isinstance(detector, newsparse.Detector)
        assert getattr(detector, "description", "")
        recognised = 0
        for text in ("", "x", *LAYOUT_EXAMPLES):
            score = detector.sniff(text)
            assert isinstance(score, float)
            assert 0.0 <= score <= 1.0
            if score == 0.0:
                continue
            recognised += 1
            raws = list(detector.split(text))
            assert raws, (detector.name, text)
            end = 0
            for raw in raws:
                assert end <= raw.start <= raw.end <= len(text)
                end = raw.end
        assert recognised, f"{detector.name} recognises none of the layout examples"


def test_conformance_helper_passes_builtins_and_flags_broken_detectors() -> None:
    from newsparse.testing import assert_detector_conforms, check_detector

    assert_detector_conforms(newsparse.get_detector("title-echo"), [LAYOUT_EXAMPLES[3]])

    class Broken(_Fixed):
        def sniff(self, head: str) -> float:
            return 2.0 if head else 0.0

        def split(self, text: str) -> Iterator[RawArticle]:
            yield RawArticle(5, 3, {"titel": "typo"})

    problems = check_detector(Broken("broken", 0.5), ["some text"])
    assert any("not a float in 0.0..1.0" in p for p in problems)
    assert any("outside the text or overlaps" in p for p in problems)
    assert any("unknown field names ['titel']" in p for p in problems)
    with pytest.raises(AssertionError, match="does not conform"):
        assert_detector_conforms(Broken("broken", 0.5), ["some text"])
