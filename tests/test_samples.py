"""End-to-end expectations on the five real sample dumps, written by reading them."""

from __future__ import annotations

import json
import re

import pytest

import newsparse
from newsparse import Article, Caption

from .conftest import sample_path

BOILERPLATE = re.compile(r"^(?:TT|Short Url|Follow|Featured|Updated .*|View \d+ times|___|via .*)$", re.MULTILINE)


def _load(prefix: str) -> list[Article]:
    return newsparse.load(sample_path(prefix))


def _no_boilerplate(article: Article) -> None:
    assert not BOILERPLATE.search(article.body), BOILERPLATE.search(article.body)
    assert article.title is not None
    assert article.title not in article.paragraphs
    for caption in article.captions:
        assert caption.text not in article.body


class TestTitleEcho000:
    @pytest.fixture(scope="class")
    @staticmethod
    def articles() -> list[Article]:
        return _load("000")

    def test_count_titles_and_detector(self, articles: list[Article]) -> None:
        assert [a.title for a in articles] == [
            "Seoul: 'At Least 100 North Koreans Killed' Fighting for Russia",
            "Leader of Student Protests at Columbia Facing Deportation after Arrest by Immigration Officials",
        ]
        assert {a.provenance.detector for a in articles if a.provenance} == {"title-echo"}

    def test_captions_collapse_and_credit_split(self, articles: list[Article]) -> None:
        assert articles[0].captions == (
            Caption(
                "South Korea's spy agency has said there are signs Kim Jong Un is planning a fresh deployment "
                "of forces for fighting in Russia's war with Ukraine.",
                "STR / KCNA VIA KNS/AFP",
            ),
        )
        assert len(articles[1].captions) == 1
        assert articles[1].captions[0].credit == "Reuters"
        assert articles[1].captions[0].text.endswith("in New York City, US, June 1, 2024.")

    def test_bodies(self, articles: list[Article]) -> None:
        first, second = articles
        assert first.paragraphs[0].startswith("At least 100 North Koreans deployed to support Russia's war effort")
        assert first.paragraphs[-1].startswith("A foreign ministry spokesman said the 10 nations")
        assert "Burden or asset?" in first.paragraphs  # the inline subheading is a paragraph of its own
        assert len(first.paragraphs) == 17
        assert second.paragraphs[0].startswith("A prominent Palestinian activist who helped lead protests")
        assert second.paragraphs[-1].endswith("failure to reign in antisemitism on campus.")
        for article in articles:
            _no_boilerplate(article)
            assert "STR / KCNA" not in article.body

    def test_dropped_lines_are_recorded_with_reasons(self, articles: list[Article]) -> None:
        reasons = [d.reason for d in articles[0].dropped]
        assert reasons.count("repeated title") == 1
        assert reasons.count("site chrome") == 1  # TT
        assert reasons.count("duplicate caption") == 3

    def test_spans_cover_the_articles(self, articles: list[Article]) -> None:
        text = sample_path("000").read_text(encoding="utf-8")
        for article in articles:
            assert article.provenance is not None
            chunk = text[article.provenance.start : article.provenance.end]
            assert chunk.startswith(article.title or "")
        assert articles[0].provenance.end <= articles[1].provenance.start  # type: ignore[union-attr]


class TestTitleEcho001:
    @pytest.fixture(scope="class")
    @staticmethod
    def articles() -> list[Article]:
        return _load("001")

    def test_titles(self, articles: list[Article]) -> None:
        assert [a.title for a in articles] == [
            "NATO’s Rutte: North Korea sending troops to Ukraine would escalate conflict",
            "ICE agents can’t make warrantless arrests in Oregon unless there’s a risk of escape, US judge rules",
        ]

    def test_caption_highlights_and_dates(self, articles: list[Article]) -> None:
        first, second = articles
        assert first.captions == (
            Caption(
                "NATO Secretary General Mark Rutte adresses a press conference during a NATO Defence "
                "Ministers meeting in Brussels, Belgium.",
                "File/AFP",
            ),
        )
        assert first.highlights == ("South Korea summons Russian envoy to protest North Korea troop dispatch",)
        assert first.updated == "2024-10-21"
        assert second.captions == ()
        assert second.highlights == (
            "US District Judge Mustafa Kasubhai issued a preliminary injunction in a proposed class-action lawsuit",
            "Case targets Department of Homeland Security’s practice of arresting immigrants "
            "they happen to come across",
        )
        assert second.updated is None  # "Updated 2 sec ago" is not a date
        assert second.published is None

    def test_datelines(self, articles: list[Article]) -> None:
        first, second = articles
        assert first.dateline == "BRUSSELS"
        assert first.paragraphs[0].startswith("If North Korea were to send troops to Ukraine")
        assert second.dateline == "PORTLAND, Oregon"
        assert second.paragraphs[0].startswith("US immigration agents in Oregon must stop arresting people")

    def test_bodies(self, articles: list[Article]) -> None:
        first, second = articles
        assert first.paragraphs[-1].startswith("The West has long accused North Korea of supplying weapons")
        assert second.paragraphs[-1] == "The preliminary injunction will remain in effect while the lawsuit proceeds."
        for article in articles:
            _no_boilerplate(article)
            assert "Short Url" not in article.body
            assert not any(p.startswith("•") for p in article.paragraphs)


class TestWordPress002:
    @pytest.fixture(scope="class")
    @staticmethod
    def article() -> Article:
        (article,) = _load("002")
        return article

    def test_fields(self, article: Article) -> None:
        assert article.title == "Are North Koreans fighting in Ukraine? Here’s what we know"
        assert article.published == "2024-10-23T15:39:54+00:00"
        assert article.updated == "2024-10-23T15:39:54+00:00"
        assert article.url == (
            "https://dailywashingtoninsider.com/index.php/2024/10/23/are-north-koreans-fighting-in-ukraine-heres-what-we-know/"
        )
        assert article.source == "cnn.com"
        assert article.provenance is not None
        assert article.provenance.detector == "wordpress"

    def test_body_is_clean_text(self, article: Article) -> None:
        body = article.body
        assert article.paragraphs[0].startswith("There is growing intelligence that North Korea has been readying")
        assert article.paragraphs[-1].startswith("“What if the North Koreans make this a habit?")
        assert "deployed to Ukraine" in body  # "to<strong> </strong>Ukraine" keeps its space
        assert "their anti-United States" in body  # &nbsp; decoded to a plain space
        for heading in ("Are North Koreans in Ukraine?", "What’s North Korea’s relationship with Russia?"):
            assert heading in article.paragraphs  # <h2> subheads are paragraphs of their own
        assert "<" not in body
        assert "&nbsp;" not in body
        assert "\u00a0" not in body
        assert "data-uri" not in body
        assert "appeared first on" not in body
        assert [d.reason for d in article.dropped] == ["syndication footer"]


class TestPageText003:
    @pytest.fixture(scope="class")
    @staticmethod
    def article() -> Article:
        (article,) = _load("003")
        return article

    def test_fields(self, article: Article) -> None:
        assert article.title == "North Korean Soldier Captured in Kursk Wants to ‘Defect to the South’"
        assert article.published == "2025-02-19"
        assert article.captions == (
            Caption(
                "In this photo provided by the North Korean government, North Korean leader Kim Jong Un, ce",
                "Korean Central News Agency/Korea News Service via AP",
            ),
        )

    def test_body(self, article: Article) -> None:
        assert article.paragraphs[0].startswith("A North Korean soldier identified by his surname “Ri,”")
        assert article.paragraphs[-1].startswith("The bill in question allows the South Korean Ministry")
        assert len(article.paragraphs) == 15
        _no_boilerplate(article)
        assert "Korean Central News Agency/Korea News Service via AP" not in article.body
        assert {d.reason for d in article.dropped} == {"label", "footer"}


class TestCounterFooter004:
    @pytest.fixture(scope="class")
    @staticmethod
    def articles() -> list[Article]:
        return _load("004")

    def test_count_titles_views(self, articles: list[Article]) -> None:
        assert len(articles) == 10
        assert [a.views for a in articles] == [227, 221, 217, 223, 215, 202, 208, 207, 211, 207]
        assert (
            articles[0].title
            == "Chaotic showdown over Guatemalan children exposes fault lines in Trump’s deportation push."
        )
        assert articles[2].title == "Report calls on NATO to counter authoritarian manipulation, disinformation."
        assert articles[5].title == "Pakistani premier describes meeting with Putin as 'very warm and constructive'"
        assert (
            articles[7].title
            == "Israel starts calling up reservists as it pushes into initial stages of Gaza City offensive"
        )

    def test_tags_from_hashtags(self, articles: list[Article]) -> None:
        assert articles[2].tags == ("NATO",)
        assert articles[5].tags == ("Pakistani",)
        assert articles[7].tags == ("Israel",)
        assert articles[8].tags == ("Serbian",)
        assert "Russia" in articles[9].tags
        assert all("#" not in (a.title or "") for a in articles)

    def test_headline_only_entries(self, articles: list[Article]) -> None:
        assert articles[6].title is not None
        assert articles[6].title.startswith("Rescuers desperately searched on Tuesday for survivors")
        assert articles[6].body == ""
        assert articles[7].body == ""

    def test_run_in_headline_is_split(self, articles: list[Article]) -> None:
        serbia = articles[8]
        assert serbia.title == "Serbian students march in latest anti-graft protest."
        assert serbia.paragraphs[0].startswith("Thousands of high-school students marched through Serbia’s capital")
        assert (
            serbia.paragraphs[-1] == "Police said more than 100,000 people attended one such event on Sunday. "
            "AFP could not verify the figure."
        )

    def test_deck_line_is_the_subtitle(self, articles: list[Article]) -> None:
        pakistan = articles[5]
        assert pakistan.subtitle is not None
        assert pakistan.subtitle.startswith("Shehbaz Sharif underscored")
        assert pakistan.paragraphs[0].startswith("Pakistani Prime Minister Shehbaz Sharif described his meeting")
        assert all(a.subtitle is None for i, a in enumerate(articles) if i != 5)

    def test_dateline(self, articles: list[Article]) -> None:
        assert articles[0].dateline == "HARLINGEN, Texas"
        assert articles[0].paragraphs[0].startswith("Laura Peña knew she had two hours")

    def test_subheadings_are_paragraphs(self, articles: list[Article]) -> None:
        assert "Children told to pack a bag" in articles[0].paragraphs
        assert "Visit to Beijing" in articles[9].paragraphs

    def test_bylines_and_sources(self, articles: list[Article]) -> None:
        assert articles[0].byline == "Rebecca Santana, Valerie Gonzalez And Sonia Pérez D., The Associated Press"
        assert articles[0].authors == ("Rebecca Santana", "Valerie Gonzalez", "Sonia Pérez D.")
        assert articles[0].source == "The Associated Press"
        assert articles[2].authors == ("Jim Bronskill",)
        assert articles[2].source == "The Canadian Press"
        assert articles[3].authors == ("Will Weissert",)
        assert articles[3].source == "The Associated Press"
        assert (
            articles[4].byline == "(Reporting by Kirsty Needham in Sydney. Editing by Michael Perry and Frances Kerry)"
        )
        assert articles[4].authors == ("Kirsty Needham",)
        assert articles[9].authors == ("Jessie Yeung", "Billy Stockwell", "Gawon Bae")
        assert articles[9].source == "CNN"
        assert articles[1].byline is None

    def test_end_matter_is_kept_out_of_the_body(self, articles: list[Article]) -> None:
        assert articles[0].notes == (
            "Santana reported from #Washington and Perez reported from Guatemala City. "
            "Elliot Spagat contributed from San Diego.",
        )
        assert articles[1].notes == ("CNN’s Samantha Waldenberg contributed to this report.",)
        assert articles[2].notes == ("This report by The Canadian Press was first published Sept. 4, 2025.",)
        assert articles[2].published == "2025-09-04"
        assert articles[3].notes == ("Associated Press writer Jack Brook in New Orleans contributed to this report.",)
        for article in articles:
            _no_boilerplate(article)
            assert "contributed to this report" not in article.body
            assert "The Associated Press" not in article.paragraphs[-1:]

    def test_last_paragraphs(self, articles: list[Article]) -> None:
        assert articles[0].paragraphs[-1] == "Children’s advocates and lawyers believe the chaos isn’t over."
        assert articles[1].paragraphs[-1].startswith("Musk reposted the 2023 video with the comment")
        assert articles[3].paragraphs[-1].startswith("She said Wednesday that Trump’s law enforcement powers")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_article_serialises_to_the_contract(prefix: str) -> None:
    contract = {
        "title", "subtitle", "highlights", "body", "captions", "byline", "authors", "source", "published",
        "updated", "dateline", "url", "tags", "views", "provenance",
    }  # fmt: skip
    for article in _load(prefix):
        data = json.loads(json.dumps(article.to_dict()))
        assert contract <= set(data)
        assert set(data["provenance"]) == {
            "source",
            "detector",
            "confidence",
            "encoding",
            "start",
            "end",
            "repairs",
            "member",
        }
        assert data["provenance"]["encoding"] == "utf-8"
        assert 0.5 <= data["provenance"]["confidence"] <= 1.0
        assert data["problems"] == []
