"""The stable ``id`` field (issue 15, item 5): the record's own id where the format has one, else a hash of where the
article is and what it says, the same for ``load``, ``iter_load`` and ``--jobs N``."""

from __future__ import annotations

import json
from pathlib import Path

import newsparse
from newsparse._pipeline import article_id

from .test_cli import SAMPLES, run

_DUMP = "First story\n\nIt rained.\n\nView 3 times\n\n\n\nSecond story\n\nIt snowed.\n\nView 5 times\n"


def test_an_article_without_an_id_of_its_own_gets_a_hash_of_its_source_span_and_text(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(_DUMP, encoding="utf-8")
    articles = newsparse.load(path)
    assert len(articles) == 2
    for article in articles:
        assert article.provenance is not None
        raw = _DUMP[article.provenance.start : article.provenance.end]
        assert article.id == article_id("dump.txt", None, article.provenance.start, article.provenance.end, raw)
    assert len({a.id for a in articles}) == 2


def test_the_id_is_the_same_for_load_iter_load_and_a_second_run(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(_DUMP * 200, encoding="utf-8")
    loaded = [a.id for a in newsparse.load(path)]
    streamed = [a.id for a in newsparse.iter_load(path, chunk_size=1000)]
    assert loaded == streamed == [a.id for a in newsparse.load(path)]
    assert len(set(loaded)) == len(loaded) == 400


def test_same_spans_in_two_byte_inputs_get_different_ids() -> None:
    (one,) = newsparse.load(b"Storm hits coast\n\nRain fell.")
    (two,) = newsparse.load(b"Storm hits coast\n\nSnow fell.")
    assert one.provenance
    assert two.provenance
    assert one.provenance.end == two.provenance.end
    assert one.id != two.id


def test_a_record_gives_its_own_id_as_text() -> None:
    lines = [
        {"id": 42, "title": "A", "text": "One."},
        {"guid": "urn:x:7", "title": "B", "text": "Two."},
        {"id": True, "title": "C", "text": "Three."},  # not an id: hashed instead
    ]
    articles = newsparse.load("\n".join(json.dumps(line) for line in lines).encode())
    assert [a.id for a in articles][:2] == ["42", "urn:x:7"]
    assert articles[2].id is not None
    assert len(articles[2].id) == 16
    post = {"id": 1234, "title": {"rendered": "Hi"}, "content": {"rendered": "<p>Body.</p>"}}
    (article,) = newsparse.load(json.dumps(post).encode())
    assert article.id == "1234"


def test_jobs_give_the_same_ids_as_one_process() -> None:
    one = [json.loads(line)["id"] for line in run("parse", str(SAMPLES)).stdout.splitlines()]
    two = [json.loads(line)["id"] for line in run("parse", "--jobs", "2", str(SAMPLES)).stdout.splitlines()]
    assert one == two
    assert len(set(one)) == len(one) == 16


def test_the_id_does_not_depend_on_the_folder(tmp_path: Path) -> None:
    """A dump moved or parsed from another checkout keeps its ids (golden snapshots hold them)."""
    for folder in ("a", "b/c"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "dump.txt").write_text(_DUMP, encoding="utf-8")
    first = [a.id for a in newsparse.load(tmp_path / "a" / "dump.txt")]
    assert first == [a.id for a in newsparse.load(tmp_path / "b" / "c" / "dump.txt")]


_PAGE = (
    "<html lang='fr'><head><title>Grève à Lyon — Le Journal</title></head><body><article><h1>Grève à Lyon</h1>"
    "<p>Les trains s’arrêtent à midi, dit la SNCF ; « c’est inédit ».</p><p>Deuxième paragraphe, plus long, "
    "écrit pour que la page soit lue comme un article. Ça continue ici.</p></article></body></html>"
)


def test_a_whole_text_article_hashed_from_the_input_bytes_has_the_id_of_its_text() -> None:
    """``load`` hashes a page that spans its whole text from the input's UTF-8 bytes: the id of the decoded text."""
    for text in (_PAGE, _DUMP.replace("rained", "a plu à verse"), "Titre\n\nCorps é.\n"):
        for data in (text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("cp1252", "ignore")):
            result = newsparse.parse(data, name="page.html")
            for article in result.articles:
                assert article.provenance is not None
                start, end = article.provenance.start, article.provenance.end
                expected = article_id(article.provenance.source, None, start, end, result.text[start:end])
                assert article.id == expected
            streamed = [a.id for a in newsparse.iter_load(data, name="page.html")]
            assert streamed == [a.id for a in result.articles]
