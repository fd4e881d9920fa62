"""dedupe_captions and photo-credit splitting."""

from __future__ import annotations

import pytest

from newsparse import Article, Caption, dedupe_captions
from newsparse._captions import is_credit, split_credit


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "Kim at a parade in Pyongyang. STR / KCNA VIA KNS/AFP",
            "Kim at a parade in Pyongyang.",
            "STR / KCNA VIA KNS/AFP",
        ),
        ("Protesters in New York, June 1, 2024. (Reuters)", "Protesters in New York, June 1, 2024.", "Reuters"),
        ("Rutte in Brussels, Belgium. (File/AFP)", "Rutte in Brussels, Belgium.", "File/AFP"),
        ("Flooded streets on Monday. AP Photo/Jane Doe", "Flooded streets on Monday.", "AP Photo/Jane Doe"),
        ("He met officials of the NIS. (NIS)", "He met officials of the NIS. (NIS)", None),
        ("A plain sentence without a credit.", "A plain sentence without a credit.", None),
        ("He went to the U.S. and then to NATO HQ", "He went to the U.S. and then to NATO HQ", None),
    ],
)
def test_split_credit(line: str, text: str, credit: str | None) -> None:
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Korean Central News Agency/Korea News Service via AP", True),
        ("Getty Images", True),
        ("(Reuters)", True),
        ("Photo: Jane Doe", True),
        ("The stakes are high.", False),
        ("Kim said the troops would stay in Kursk for the winter and then go home to their families.", False),
    ],
)
def test_is_credit(line: str, expected: bool) -> None:
    assert is_credit(line) is expected


def test_repeated_captions_collapse_and_leave_the_body() -> None:
    line = "Kim at a parade in Pyongyang. STR / KCNA VIA KNS/AFP"
    article = Article(
        title="T",
        body=f"{line}\n\nFirst paragraph.\n\n{line}\n\nSecond paragraph.",
        captions=[Caption(line), Caption(line), Caption("Kim at a parade in Pyongyang.", "STR / KCNA VIA KNS/AFP")],
    )
    result = dedupe_captions(article)
    assert result.captions == (Caption("Kim at a parade in Pyongyang.", "STR / KCNA VIA KNS/AFP"),)
    assert result.body == "First paragraph.\n\nSecond paragraph."
    assert [d.reason for d in result.dropped] == ["duplicate caption", "duplicate caption"]
    assert dedupe_captions(result) == result


def test_caption_text_without_its_credit_is_removed_from_the_body_too() -> None:
    article = Article(body="Kim at a parade.\n\nStory.", captions=[Caption("Kim at a parade. (Reuters)")])
    result = dedupe_captions(article)
    assert result.captions == (Caption("Kim at a parade.", "Reuters"),)
    assert result.body == "Story."


def test_truncated_caption_merges_with_the_full_one() -> None:
    full = "In this photo provided by the government, the leader inspects a new missile production line."
    article = Article(captions=[Caption(full[:60]), Caption(full, "KCNA via AP")])
    assert dedupe_captions(article).captions == (Caption(full, "KCNA via AP"),)


def test_article_without_captions_is_returned_unchanged() -> None:
    article = Article(title="T", body="Just a body.")
    assert dedupe_captions(article) is article
