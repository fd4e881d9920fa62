"""``iter_load`` on an input it holds whole hands each article on as it is read, and reads what ``load`` reads."""

from __future__ import annotations

import io

import pytest

import newsparse

from .plain_dumps import _article_dict, _coded, dumps

DUMPS = list(dumps())


@pytest.mark.parametrize("name", [name for name, _ in DUMPS[::5]])
def test_a_whole_input_streams_the_articles_of_load(name: str) -> None:
    """The default chunk holds each generated dump whole: the articles and problems are those of ``parse``."""
    data = dict(DUMPS)[name]
    result = newsparse.parse(data)
    problems: list[newsparse.Problem] = []
    streamed = [_article_dict(article) for article in newsparse.iter_load(io.BytesIO(data), problems=problems)]
    assert streamed == [_article_dict(article) for article in result.articles]
    assert _coded(problems) == _coded(result.problems)


def test_the_first_article_comes_before_the_last_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The articles of a whole input are not all built before the first is handed on."""
    from newsparse import _pipeline

    built: list[int] = []
    build = _pipeline.build_article

    def counting(*args: object, **kwargs: object) -> newsparse.Article:
        built.append(1)
        return build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_pipeline, "build_article", counting)
    text = "\n\n\n".join(f"Title {k}\n\nBody {k}.\n\nView {k + 1} times" for k in range(5))
    reader = newsparse.iter_load(io.BytesIO(text.encode()))
    next(reader)
    assert len(built) == 1
    assert len(list(reader)) == 4


@pytest.mark.parametrize("name", [name for name, _ in DUMPS])
def test_bytes_read_as_unchanged_utf8_are_the_texts_utf8(name: str) -> None:
    """Where ``iter_load`` hands the input's bytes to the mojibake gate as the text's UTF-8, they are."""
    from newsparse import _decode

    data = dict(DUMPS)[name]
    for piece in (data, b"\xef\xbb\xbf" + data, data.replace(b"\n", b"\r\n", 1), data + b"\x00"):
        try:
            decoded = _decode.decode(piece, source="<bytes>")
        except newsparse.NewsparseError:
            continue
        if _decode.utf8_unchanged(piece, decoded):
            assert decoded.text.encode("utf-8") == piece


@pytest.mark.parametrize("chunk", [1500, 1 << 20])
def test_the_bytes_handed_to_the_gate_are_the_texts_utf8(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Piece by piece or whole, the bytes ``iter_load`` hands to the mojibake gate are the UTF-8 of the text."""
    from newsparse import _pipeline, _repair, _stream

    given: list[int] = []

    def checked(text: str, encoded: bytes | None = None) -> tuple[str, list[tuple[int, int]]]:
        if encoded is not None:
            given.append(1)
            assert encoded == text.encode("utf-8", "surrogatepass")
        return _repair.repair_mojibake(text, encoded)

    monkeypatch.setattr(_stream, "repair_mojibake", checked)
    monkeypatch.setattr(_pipeline, "repair_mojibake", checked)
    for _, data in DUMPS[::3]:
        for damaged in (data, b"\xef\xbb\xbf" + data, data.replace(b"\n", b"\r\n", 3), data.replace(b".", b".\x00", 2)):
            try:
                list(newsparse.iter_load(io.BytesIO(damaged), chunk_size=chunk))
            except newsparse.NewsparseError:
                continue
    assert given  # the bytes were handed over
