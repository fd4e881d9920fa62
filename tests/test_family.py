"""Synthetic dumps in each layout family, with furniture the samples do not have.

The five samples are one member each of larger families; these files (written for
the tests, in tests/data/family/) vary the chrome, the separators, the bylines and
the metadata the way other sites do, so that the detectors are tested on the
family and not on five files.
"""

from __future__ import annotations

from pathlib import Path

import newsparse
from newsparse import Caption

FAMILY = Path(__file__).parent / "data" / "family"


def _load(name: str) -> list[newsparse.Article]:
    return newsparse.load(FAMILY / name)


def test_title_echo_with_other_chrome_kicker_and_byline() -> None:
    first, second = _load("title_echo.txt")
    assert first.provenance is not None
    assert first.provenance.detector == "title-echo"
    assert first.title == "Harbour cranes return to the old port after a decade"
    assert first.captions == (Caption("Cranes stand over the old harbour at dawn.", "AP Photo/Jane Doe"),)
    assert first.byline == "By Jane Doe and Rui Costa"
    assert first.authors == ("Jane Doe", "Rui Costa")
    assert first.dateline == "LISBON"
    assert first.paragraphs == (
        "The first of six cranes arrived on Tuesday, port officials said.",
        "Work on the quays will take two years.",
        "The city expects new jobs.",
    )
    assert first.updated is None  # "Updated 3 hours ago"
    assert second.title == "Rail strike ends after talks"
    assert second.updated == "2025-03-12"
    assert second.highlights == ("Unions accept a 4% raise", "Trains run again from Friday")
    assert second.dateline == "MADRID"
    assert second.paragraphs == ("Train drivers ended a week-long strike on Thursday.", "Commuters welcomed the news.")
    assert ("Harbour news", "header furniture") in [(d.text, d.reason) for d in second.dropped]


def test_counter_footer_with_other_counters_and_bylines() -> None:
    first, second = _load("counter_footer.txt")
    assert first.provenance is not None
    assert first.provenance.detector == "counter-footer"
    assert (first.views, second.views) == (1204, 87)
    assert first.title == "City council approves new bike lanes."
    assert first.byline == "Maria Lopez, The Daily Herald"
    assert first.source == "The Daily Herald"
    assert first.paragraphs[-1] == "Construction starts in spring."
    assert second.authors == ("Tom Hale",)
    assert second.body == "Forecasters expect winds of 120 km/h on Friday."


def test_page_text_with_another_label_and_a_source_footer() -> None:
    (article,) = _load("page_text.txt")
    assert article.provenance is not None
    assert article.provenance.detector == "page-text"
    assert article.title == "Inside the lab that grows coral"
    assert article.source == "Reuters"
    assert article.captions == (
        Caption("Researchers tend young coral in tanks, in a photo released on Monday.", "Handout"),
    )
    assert article.paragraphs[0] == "Scientists in a small lab are growing coral faster than ever before."
    assert {d.reason for d in article.dropped} == {"label", "footer"}


def test_crawler_json_lines_with_other_field_names() -> None:
    first, second = _load("crawler.jsonl")
    assert first.provenance is not None
    assert first.provenance.detector == "jsonlines"
    assert first.title == "Wind farm opens"
    assert first.paragraphs == ("The wind farm opened on Monday.", "It powers 50,000 homes.")
    assert first.authors == ("Ana Silva",)
    assert first.published == "2024-01-02T10:00:00"
    assert first.url == "https://example.org/a"
    assert first.source == "example.org"
    assert second.title == "Bridge closed"
    assert second.paragraphs == ("The bridge is closed.", "Repairs take a week.")  # HTML content is cleaned
    assert second.authors == ("Bo Chen",)
    assert second.published == "2024-02-03T08:00:00+00:00"
    assert second.tags == ("traffic", "repairs")


def test_html_page_with_meta_and_json_ld() -> None:
    (article,) = _load("page.html")
    assert article.provenance is not None
    assert article.provenance.detector == "html-page"
    assert article.title == "Museum reopens after renovation"
    assert article.source == "City Times"
    assert article.authors == ("Lea Roth",)
    assert article.published == "2024-06-01T09:30:00+02:00"
    assert article.tags == ("culture",)
    assert article.paragraphs == (
        "The city museum reopened on Saturday after two years of work.",
        "Visitors queued for hours.",
    )  # no navigation, header, aside or footer; the repeated <h1> is dropped


def test_blank_blocks_with_hard_wrapped_paragraphs() -> None:
    text = (
        "Library extends its opening hours\n\n"
        "The central library will open until ten in the evening from\n"
        "next month, the city said on Monday, after a survey of\n"
        "readers.\n\n"
        "Weekend hours stay the same for now, and the change will be\n"
        "reviewed after a year.\n"
        "\n\n\n\n"
        "Ferry timetable changes\n\n"
        "Ferries to the islands will leave every forty minutes in\n"
        "summer instead of every hour, the operator said.\n"
    )
    first, second = newsparse.split_articles(text)
    assert first.provenance is not None
    assert first.provenance.detector == "blank-blocks"
    assert first.title == "Library extends its opening hours"
    assert first.paragraphs == (
        "The central library will open until ten in the evening from next month, the city said on Monday, "
        "after a survey of readers.",
        "Weekend hours stay the same for now, and the change will be reviewed after a year.",
    )
    assert second.title == "Ferry timetable changes"


def test_concatenated_html_pages_split_at_page_boundaries() -> None:
    page = (FAMILY / "page.html").read_text(encoding="utf-8")
    tricky = page.replace("</body>", "<script>var s = '<html>not a page</html>';</script></body>")
    articles = newsparse.split_articles(tricky + "\n" + page)
    assert [a.title for a in articles] == ["Museum reopens after renovation"] * 2
    first, second = (a.provenance for a in articles)
    assert first is not None
    assert second is not None
    assert first.end <= second.start


def test_rss_feed_items_with_one_broken_item() -> None:
    result = newsparse.parse(FAMILY / "feed.rss")
    assert result.detection.chosen == "rss-atom"
    first, broken, second = result.articles  # issue 13: the broken item is repaired, not dropped
    assert broken.title == "Broken item unclosed"
    assert any("item 2 is not well-formed XML" in p for p in broken.problems)
    assert first.title == "Night ferry returns to the islands"
    assert first.paragraphs == ("The night ferry runs again from Friday.", "Tickets cost 12 euros.")
    assert first.published == "2025-03-04T06:15:00+00:00"
    assert first.authors == ("Ines Duarte",)
    assert first.tags == ("Transport", "Islands")
    assert first.url == "https://example.org/ferry"
    assert first.captions == (Caption("The ferry at the pier.", "Harbour Gazette"),)
    assert second.title == "Market hall gets a new roof"
    assert second.body == "Work starts in May."


def test_atom_feed() -> None:
    text = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Site</title>'
        "<entry><title>Orchard harvest starts early</title>"
        '<link rel="alternate" href="https://example.org/orchard"/>'
        "<published>2024-08-01T07:00:00Z</published><updated>2024-08-02T09:00:00Z</updated>"
        "<author><name>Kai Berg</name></author><category term='farming'/>"
        '<content type="html">&lt;p&gt;Pickers started on Monday.&lt;/p&gt;</content></entry></feed>'
    )
    (article,) = newsparse.split_articles(text)
    assert article.title == "Orchard harvest starts early"
    assert article.url == "https://example.org/orchard"
    assert article.published == "2024-08-01T07:00:00+00:00"
    assert article.updated == "2024-08-02T09:00:00+00:00"
    assert article.authors == ("Kai Berg",)
    assert article.tags == ("farming",)
    assert article.body == "Pickers started on Monday."


def test_json_array_and_api_response_of_records() -> None:
    array = '[\n  {"title": "Dam opens", "text": "Water flows."},\n  {"headline": "Pier shut", "body": "Storm."}\n]'
    assert [a.title for a in newsparse.split_articles(array)] == ["Dam opens", "Pier shut"]
    response = (
        '{"status": "ok", "totalResults": 2, "articles": ['
        '{"source": {"id": null, "name": "Example News"}, "author": "Ada Park", "title": "Tram line extended",'
        ' "url": "https://example.org/tram", "publishedAt": "2025-01-05T12:00:00Z", "content": "Trams run further."},'
        " 17,"
        ' {"source": {"name": "Example News"}, "title": "Zoo welcomes twins", "content": "Two cubs were born."}]}'
    )
    result = newsparse.parse_text(response)
    assert result.detection.chosen == "json-records"
    first, second = result.articles
    assert (first.title, first.source, first.authors) == ("Tram line extended", "Example News", ("Ada Park",))
    assert first.published == "2025-01-05T12:00:00+00:00"
    assert second.body == "Two cubs were born."
    assert any("record 2 is a JSON int, not an object" in p for p in result.problems)


def test_title_echo_does_not_split_at_a_line_repeated_in_a_body() -> None:
    text = (
        "Harbour cranes return\n\nTT\nHarbour cranes return\n\n"
        "Cranes arrived on Tuesday.\n\nThey said it again.\n\n"
        "Work on the quays will take two years, and the city expects new jobs from the port soon.\n\n"
        "They said it again.\n\nThe end of the story.\n\n\n"
        "Rail strike ends\n\nFollow\nRail strike ends\n\nTrains run again.\n"
    )
    first, second = newsparse.split_articles(text)
    assert first.title == "Harbour cranes return"
    assert first.paragraphs[-1] == "The end of the story."
    assert first.paragraphs.count("They said it again.") == 2
    assert second.title == "Rail strike ends"
