"""WARC web archives as a source: records read one at a time, page records parsed, the others counted.

Every archive here is built in code from the WARC 1.0/1.1 record layout (ISO 28500): named header lines,
an empty line, ``Content-Length`` bytes of content, two line ends; ``.warc.gz`` compresses each record as
a gzip member of its own. Each test says which records are pages and what their articles must be.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import random
import zlib
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import _limits, sources
from newsparse._decode import decode
from newsparse.cli import main
from newsparse.errors import InputError, LimitError

# --- building archives --------------------------------------------------------------------------


def record(
    kind: str,
    uri: str | None,
    block: bytes,
    *,
    ctype: str | None = None,
    date: str = "2024-03-01T12:00:00Z",
    version: str = "1.1",
    angle: bool = False,
    eol: str = "\r\n",
) -> bytes:
    """One WARC record: header lines, an empty line, the block, two line ends."""
    lines = [f"WARC/{version}", f"WARC-Type: {kind}", f"WARC-Record-ID: <urn:uuid:{abs(hash((kind, uri, block)))}>"]
    lines.append(f"WARC-Date: {date}")
    if uri is not None:
        lines.append(f"WARC-Target-URI: <{uri}>" if angle else f"WARC-Target-URI: {uri}")
    if ctype is not None:
        lines.append(f"Content-Type: {ctype}")
    lines.append(f"Content-Length: {len(block)}")
    return (eol.join(lines) + eol + eol).encode() + block + b"\r\n\r\n"


def http(status: int, ctype: str | None, body: bytes, *headers: str) -> bytes:
    """An HTTP/1.1 response as a crawler stores it."""
    lines = [f"HTTP/1.1 {status} Reason", *headers]
    if ctype is not None:
        lines.append(f"Content-Type: {ctype}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def response(uri: str, status: int, ctype: str | None, body: bytes, *headers: str, **kw: object) -> bytes:
    return record(
        "response", uri, http(status, ctype, body, *headers), ctype="application/http; msgtype=response", **kw
    )  # type: ignore[arg-type]


def request(uri: str) -> bytes:
    path = uri.split("/", 3)[-1]
    return record(
        "request",
        uri,
        f"GET /{path} HTTP/1.1\r\nHost: example.com\r\n\r\n".encode(),
        ctype="application/http; msgtype=request",
    )


def warcinfo() -> bytes:
    return record(
        "warcinfo",
        None,
        b"software: test-crawler/1.0\r\nformat: WARC File Format 1.1\r\n",
        ctype="application/warc-fields",
    )


def page(title: str, body: str = "", extra_head: str = "") -> bytes:
    text = body or f"{title}: the full story, told in a paragraph long enough to be the body of a news article."
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{extra_head}</head><body><article>"
        f"<h1>{title}</h1><p>{text}</p><p>A second paragraph adds the reactions of the people it concerns.</p>"
        "</article></body></html>"
    ).encode()


def gz(records: list[bytes]) -> bytes:
    """Each record its own gzip member, as crawlers write ``.warc.gz``."""
    return b"".join(gzip.compress(r) for r in records)


def chunked(data: bytes, size: int = 7) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i : i + size]), data[i : i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def image() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(300)


# The closing note's archive: a few pages, with a redirect, a 404 and an image among them.
SITE = [
    warcinfo(),
    request("https://news.example.com/storm"),
    response("https://news.example.com/storm", 200, "text/html; charset=utf-8", page("Storm hits the coast")),
    response("https://news.example.com/old-storm", 301, "text/html", b"<a href='/storm'>Moved</a>", "Location: /storm"),
    response("https://news.example.com/gone", 404, "text/html", page("Page not found")),
    response("https://news.example.com/logo.png", 200, "image/png", image()),
    request("https://news.example.com/markets"),
    response("https://news.example.com/markets", 200, "text/html", page("Markets rally after the vote")),
    record(
        "metadata",
        "https://news.example.com/markets",
        b"outlinks: https://news.example.com/a\r\n",
        ctype="application/warc-fields",
    ),
    record(
        "revisit",
        "https://news.example.com/storm",
        http(200, "text/html", b""),
        ctype="application/http; msgtype=response",
    ),
    response("https://news.example.com/harvest", 200, "text/html", page("Farmers count the cost of the harvest")),
]
SITE_TITLES = ["Storm hits the coast", "Markets rally after the vote", "Farmers count the cost of the harvest"]
SITE_URLS = ["https://news.example.com/storm", "https://news.example.com/markets", "https://news.example.com/harvest"]
SITE_SKIPPED = (
    "8 of 11 WARC records are not pages and were skipped: 1 warcinfo, 2 request, 1 redirect (3xx), "
    "1 error page (4xx/5xx), 1 image/png, 1 metadata, 1 revisit"
)


def streamed(data: bytes, chunk_size: int = 4096) -> tuple[list[newsparse.Article], list[str]]:
    problems: list[str] = []
    return list(newsparse.iter_load(io.BytesIO(data), chunk_size=chunk_size, problems=problems)), problems


def both(data: bytes) -> Iterator[tuple[list[newsparse.Article], list[str]]]:
    """The articles and source problems of the whole input read at once and streamed, which must agree."""
    problems: list[str] = []
    articles = list(newsparse.iter_load(data, name="crawl.warc", problems=problems))  # bytes: read whole
    yield articles, [p for p in problems if p.code != "archive-empty"]  # type: ignore[attr-defined]
    articles, problems = streamed(data)
    yield articles, [p for p in problems if p.code != "archive-empty"]  # type: ignore[attr-defined]


# --- the closing note: exactly the page articles ------------------------------------------------


@pytest.mark.parametrize("data", [b"".join(SITE), gz(SITE)], ids=["plain", "gzip-per-record"])
def test_a_site_archive_gives_exactly_its_pages(data: bytes) -> None:
    for articles, problems in both(data):
        assert [a.title for a in articles] == SITE_TITLES
        assert [a.url for a in articles] == SITE_URLS
        assert all(a.body.startswith(a.title + ": the full story") for a in articles)
        assert problems == [SITE_SKIPPED]
        assert [p.code for p in problems] == ["warc-records-skipped"]  # type: ignore[attr-defined]


def test_the_command_line_prints_the_page_articles_and_one_note(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "site.warc.gz"  # type: ignore[operator]
    path.write_bytes(gz(SITE))
    assert main(["parse", "--strict", str(path)]) == 0  # skipped requests and redirects are no fault of the input
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["title"] for r in records] == SITE_TITLES
    assert [r["url"] for r in records] == SITE_URLS
    assert err.splitlines() == [f"newsparse: note: {path}: {SITE_SKIPPED}"]


def test_parse_reads_an_archive_of_one_page_and_refuses_one_of_several() -> None:
    one = gz([warcinfo(), request("https://e.com/a"), response("https://e.com/a", 200, "text/html", page("Alone"))])
    result = newsparse.parse(one, name="one.warc.gz")
    assert [a.title for a in result.articles] == ["Alone"]
    assert result.problems == ("2 of 3 WARC records are not pages and were skipped: 1 warcinfo, 1 request",)
    with pytest.raises(newsparse.SourceError, match="holds several files"):
        newsparse.parse(gz(SITE), name="site.warc.gz")


def test_load_reads_an_archive_by_path(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "crawl-00001.warc.gz"  # type: ignore[operator]
    path.write_bytes(gz(SITE))
    assert [a.title for a in newsparse.load(path)] == SITE_TITLES
    assert [a.title for a in newsparse.iter_load(str(path))] == SITE_TITLES


# --- provenance: the member names its record -------------------------------------------------------


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip-per-record"])
def test_each_article_names_its_record_and_its_offset_in_the_file(compress: bool) -> None:
    data = gz(SITE) if compress else b"".join(SITE)
    for articles, _ in both(data):
        for article, url in zip(articles, SITE_URLS, strict=True):
            assert article.provenance is not None
            member = article.provenance.member
            assert member is not None
            assert member.endswith(f": {url}")
            number, offset = member.split(":")[0].removeprefix("record ").split(" at byte ")
            stored = data[int(offset) :]
            record_bytes = zlib.decompressobj(31).decompress(stored) if compress else stored
            assert record_bytes.startswith(SITE[int(number) - 1])


def test_the_page_date_and_address_win_over_the_capture() -> None:
    head = '<meta property="article:published_time" content="2023-11-05T08:00:00Z">'
    head += '<meta property="og:url" content="https://news.example.com/canonical">'
    data = gz([response("https://news.example.com/x?utm=1", 200, "text/html", page("Dated page", extra_head=head))])
    for articles, _ in both(data):
        (article,) = articles
        assert article.published == "2023-11-05T08:00:00+00:00"
        assert article.url == "https://news.example.com/canonical"
        assert article.provenance is not None
        assert "date-from-capture" not in [r.code for r in article.provenance.repairs]


def test_the_capture_date_fills_an_undated_page_and_says_so() -> None:
    data = b"".join([response("https://e.com/a", 200, "text/html", page("Undated"), date="2024-05-06T07:08:09Z")])
    for articles, _ in both(data):
        (article,) = articles
        assert article.published == "2024-05-06T07:08:09+00:00"
        assert article.provenance is not None
        (repair,) = [r for r in article.provenance.repairs if r.code == "date-from-capture"]
        assert "capture date (WARC-Date)" in repair


def test_warc_1_0_with_bracketed_uris_and_bare_line_ends() -> None:
    records = [
        response("https://e.com/one", 200, "text/html", page("Version one page"), version="1.0", angle=True),
        response("https://e.com/two", 200, "text/html", page("Bare line ends"), version="1.0", eol="\n"),
    ]
    for articles, problems in both(b"".join(records)):
        assert [(a.title, a.url) for a in articles] == [
            ("Version one page", "https://e.com/one"),
            ("Bare line ends", "https://e.com/two"),
        ]
        assert problems == []


# --- payloads: feeds, JSON, resources, encodings -----------------------------------------------------


RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>First item</title><link>https://e.com/1</link>
<description>First item text of the feed.</description><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
<item><title>Second item</title><link>https://e.com/2</link>
<description>Second item text of the feed.</description></item>
</channel></rss>"""


def test_a_feed_payload_gives_its_items() -> None:
    data = gz([response("https://e.com/feed", 200, "application/rss+xml", RSS)])
    for articles, _ in both(data):
        assert [(a.title, a.url) for a in articles] == [
            ("First item", "https://e.com/1"),
            ("Second item", "https://e.com/2"),
        ]
        assert articles[0].published == "2003-06-10T04:00:00+00:00"
        assert articles[1].published == "2024-03-01T12:00:00+00:00"  # no pubDate: the capture date, said


def test_a_json_payload_is_read_by_the_json_detectors() -> None:
    body = json.dumps({"title": "From the API", "text": "The body of the story served as JSON."}).encode()
    data = b"".join([response("https://e.com/api/1", 200, "application/json; charset=utf-8", body)])
    for articles, _ in both(data):
        assert [(a.title, a.body, a.url) for a in articles] == [
            ("From the API", "The body of the story served as JSON.", "https://e.com/api/1")
        ]


def test_a_resource_record_is_read_by_its_own_content_type() -> None:
    records = [
        record("resource", "file:///pages/a.html", page("Resource page"), ctype="text/html"),
        record("resource", "file:///pages/a.pdf", b"%PDF-1.4 ...", ctype="application/pdf"),
    ]
    for articles, problems in both(gz(records)):
        assert [a.title for a in articles] == ["Resource page"]
        assert problems == ["1 of 2 WARC records are not pages and were skipped: 1 application/pdf"]


def test_chunked_and_gzip_encoded_payloads_are_decoded() -> None:
    html = page("Sent in chunks, compressed")
    records = [
        response(
            "https://e.com/c",
            200,
            "text/html",
            chunked(gzip.compress(html)),
            "Transfer-Encoding: chunked",
            "Content-Encoding: gzip",
        ),
        response("https://e.com/d", 200, "text/html", zlib.compress(page("Deflated")), "Content-Encoding: deflate"),
        response(
            "https://e.com/r", 200, "text/html", zlib.compress(page("Raw deflate"))[2:-4], "Content-Encoding: deflate"
        ),
        response("https://e.com/k", 200, "text/html", chunked(page("Only chunked"), 50), "Transfer-Encoding: chunked"),
        # Common Crawl stores payloads decoded and renames the headers; a crawler that undid them keeps them
        response(
            "https://e.com/u",
            200,
            "text/html",
            page("Stored decoded"),
            "Content-Encoding: gzip",
            "Transfer-Encoding: chunked",
        ),
    ]
    titles = ["Sent in chunks, compressed", "Deflated", "Raw deflate", "Only chunked", "Stored decoded"]
    for articles, problems in both(gz(records)):
        assert [a.title for a in articles] == titles
        assert problems == []


def test_a_payload_that_cannot_be_decompressed_is_a_problem_and_the_next_is_read() -> None:
    records = [
        response(
            "https://e.com/bad", 200, "text/html", b"\x1f\x8b\x08\x00garbage-not-deflate", "Content-Encoding: gzip"
        ),
        response("https://e.com/br", 200, "text/html", bytes(range(256)) * 4, "Content-Encoding: br"),
        response("https://e.com/ok", 200, "text/html", page("Still read")),
    ]
    for articles, problems in both(gz(records)):
        assert [a.title for a in articles] == ["Still read"]
        assert [p.code for p in problems] == ["payload-undecodable", "payload-undecodable"]  # type: ignore[attr-defined]
        assert problems[0].startswith("record 1 at byte 0: https://e.com/bad: its gzip-compressed payload cannot")
        assert "'br', which newsparse cannot undo" in problems[1]


def test_a_payload_that_decompresses_past_the_cap_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_limits, "MAX_RECORD_BYTES", 5000)
    bomb = gzip.compress(b"<p>" + b"a" * 100_000)
    data = b"".join([response("https://e.com/bomb", 200, "text/html", bomb, "Content-Encoding: gzip")])
    for articles, problems in both(data):
        assert articles == []
        assert [p.code for p in problems] == ["payload-undecodable"]  # type: ignore[attr-defined]
        assert "decompresses past the record cap" in problems[0]


def test_the_http_charset_decodes_the_page_and_a_lying_one_does_not_break_it() -> None:
    russian = "Шторм обрушился на побережье"
    body = page(russian, body="Жители прибрежных районов провели ночь без света, сообщают местные власти города.")
    records = [
        response("https://e.com/ru", 200, "text/html; charset=windows-1251", body.decode().encode("cp1251")),
        response(
            "https://e.com/lie",
            200,
            "text/html; charset=iso-8859-1",
            page("Café crème, naïve façade").decode().encode("utf-8"),
        ),
        response(
            "https://e.com/lie2", 200, "text/html; charset=utf-8", page("Déjà vu à Orléans").decode().encode("cp1252")
        ),
        response("https://e.com/junk", 200, "text/html; charset=no-such-codec", page("Unknown charset")),
    ]
    for articles, _ in both(gz(records)):
        assert [a.title for a in articles] == [
            russian,
            "Café crème, naïve façade",
            "Déjà vu à Orléans",
            "Unknown charset",
        ]
        assert [a.provenance.encoding for a in articles if a.provenance] == [
            "cp1251",
            "utf-8",
            "cp1252",
            "utf-8",
        ]  # codec names, as for cp1252


def test_a_declared_charset_comes_before_the_meta_one_and_utf_16_is_never_trusted() -> None:
    data = '<meta charset="iso-8859-2"><p>Łódź</p>'.encode("iso-8859-2")
    assert decode(data, source="x").encoding == "iso-8859-2"
    assert decode(data, source="x", declared="cp1250").encoding == "cp1250"
    latin = "<p>café</p>".encode("cp1252")
    assert decode(latin, source="x", declared="utf-16").encoding == "cp1252"


def test_a_payload_without_a_content_type_shows_what_it_is() -> None:
    records = [
        response("https://e.com/h", 200, None, page("Untyped page")),
        response("https://e.com/o", 200, "application/octet-stream", b"\x00\x01binary" * 40),
        response("https://e.com/t", 200, "text/plain", b"User-agent: *\nDisallow: /private\n"),
    ]
    for articles, problems in both(gz(records)):
        assert [a.title for a in articles] == ["Untyped page"]
        assert problems == [
            "2 of 3 WARC records are not pages and were skipped: 1 application/octet-stream, 1 text/plain"
        ]


def test_a_binary_payload_typed_as_html_is_skipped_as_binary() -> None:
    data = gz(
        [
            response("https://e.com/fake", 200, "text/html", image()),
            response("https://e.com/a", 200, "text/html", page("Real")),
        ]
    )
    for articles, problems in both(data):
        assert [a.title for a in articles] == ["Real"]
        assert problems == ["1 of 2 WARC records are not pages and were skipped: 1 binary payload"]


def test_statuses_other_than_2xx_are_skipped_and_counted() -> None:
    records = [
        response(f"https://e.com/{code}", code, "text/html", page(f"Status {code}"))
        for code in (200, 204, 206, 302, 304, 410, 500, 101)
    ]
    records.append(record("response", "dns:e.com", b"20240301120000\ne.com. 300 IN A 192.0.2.1\n", ctype="text/dns"))
    for articles, problems in both(gz(records)):
        assert [a.title for a in articles] == ["Status 200", "Status 204", "Status 206"]
        assert problems == [
            "6 of 9 WARC records are not pages and were skipped: 2 redirect (3xx), 2 error page (4xx/5xx), "
            "1 status 101, 1 not an HTTP response"
        ]


def test_an_archive_without_pages_gives_no_article_and_says_why() -> None:
    for articles, problems in both(gz([warcinfo(), request("https://e.com/a")])):
        assert articles == []
        assert problems == ["2 of 2 WARC records are not pages and were skipped: 1 warcinfo, 1 request"]


# --- damage: truncated, corrupt, over the cap ----------------------------------------------------------


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip-per-record"])
def test_a_truncated_last_record_is_a_problem_and_the_pages_before_are_kept(compress: bool) -> None:
    records = [
        response("https://e.com/a", 200, "text/html", page("Whole page")),
        response("https://e.com/b", 200, "text/html", page("Cut page")),
    ]
    stored = [gzip.compress(r) for r in records] if compress else records
    data = b"".join(stored)
    for cut in (len(data) - 60, len(stored[0]) + 40):  # inside the content; inside the header
        for articles, problems in both(data[:cut]):
            assert [a.title for a in articles] == ["Whole page"]
            assert [p.code for p in problems] == ["warc-truncated"]  # type: ignore[attr-defined]
            assert problems[0].startswith("the file ends inside ")


def test_a_wrong_content_length_is_a_broken_record_and_reading_resumes_at_the_next() -> None:
    bad = response("https://e.com/bad", 200, "text/html", page("Lying length")).replace(
        b"Content-Length: ", b"Content-Length: 1", 1
    )
    good = response("https://e.com/next", 200, "text/html", page("Next page"))
    no_length = record("response", "https://e.com/nolen", b"x").replace(b"Content-Length: 1\r\n", b"")
    superscript = record("response", "https://e.com/sup", b"x").replace(
        b"Content-Length: 1\r\n", "Content-Length: ²\r\n".encode()
    )
    huge = record("response", "https://e.com/huge", b"x").replace(
        b"Content-Length: 1\r\n", b"Content-Length: " + b"9" * 5000 + b"\r\n"
    )
    garbage = b"this line is not a record at all\r\n" * 20
    after = response("https://e.com/a", 200, "text/html", page("After garbage"))
    data = b"".join([good, garbage, after, no_length, good, superscript, huge, good])
    for articles, problems in both(data):
        assert [a.title for a in articles] == ["Next page", "After garbage", "Next page", "Next page"]
        assert [p.code for p in problems] == ["record-broken"] * 4  # type: ignore[attr-defined]
        assert problems[0] == f"{len(garbage)} bytes at byte {len(good)} are not a WARC record; skipped"
        assert all("has no valid Content-Length" in p for p in problems[1:])
    for articles, problems in both(b"".join([bad, good])):  # the length runs past the end: the next one is lost too
        assert articles == []
        assert [p.code for p in problems] == ["warc-truncated"]  # type: ignore[attr-defined]


def test_a_corrupt_gzip_member_is_skipped_and_the_next_member_is_read() -> None:
    members = [gzip.compress(response(f"https://e.com/{n}", 200, "text/html", page(f"Page {n}"))) for n in range(4)]
    broken = bytearray(members[1])
    broken[len(broken) // 2 : len(broken) // 2 + 8] = b"\xff" * 8
    for middle in (bytes(broken), members[1][:5] + b"\x00" * 10 + members[1][15:], members[1][: len(members[1]) // 2]):
        data = members[0] + middle + members[2] + members[3]
        for articles, problems in both(data):
            assert [a.title for a in articles] == ["Page 0", "Page 2", "Page 3"]
            assert [p.code for p in problems] == ["record-broken"]  # type: ignore[attr-defined]
            assert f"the gzip member at byte {len(members[0])} cannot be decompressed" in problems[0]


def test_a_page_record_over_the_cap_is_skipped_without_being_held(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_limits, "MAX_RECORD_BYTES", 200_000)
    big = page("Huge", body=" ".join(str(n * 7919 % 100_003) for n in range(40_000)))  # compresses ~3 times
    records = [
        response("https://e.com/big", 200, "text/html", big),
        response("https://e.com/small", 200, "text/html", page("Small")),
    ]
    records.append(
        response("https://e.com/big.jpg", 200, "image/jpeg", b"\xff\xd8\xff" + random.Random(1).randbytes(300_000))
    )
    for articles, problems in both(gz(records)):
        assert [a.title for a in articles] == ["Small"]
        assert [p.code for p in problems] == ["record-over-cap", "warc-records-skipped"]  # type: ignore[attr-defined]
        assert problems[0] == "record 1 at byte 0: https://e.com/big is larger than the record cap (200000); skipped"
        assert problems[1] == "1 of 3 WARC records are not pages and were skipped: 1 image/jpeg"


def test_a_gzip_member_that_is_a_decompression_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_limits, "MAX_RECORD_BYTES", 10_000)
    bomb = gzip.compress(record("resource", "https://e.com/z", bytes(5_000_000), ctype="application/zip"))
    with pytest.raises(LimitError, match="decompression cap"):
        newsparse.parse(gzip.compress(warcinfo()) + bomb)


def test_other_sources_are_not_taken_for_archives() -> None:
    assert [a.title for a in newsparse.load(gzip.compress(b"Title\n\nBody of the story.\n"))] == ["Title"]
    assert [a.title for a in newsparse.load(b"WARC/1.1 is a format\n\nIt holds web pages.\n")] == [
        "WARC/1.1 is a format"
    ]
    assert [a.title for a in newsparse.load(gzip.compress(b"WARC/1.1 and 1.0\n\nText.\n"))] == ["WARC/1.1 and 1.0"]


# --- bounded memory: records are read one at a time --------------------------------------------------


class _Counting(io.RawIOBase):
    """A stream that counts what was read and refuses reads larger than a bound."""

    def __init__(self, data: bytes, bound: int) -> None:
        self.data = io.BytesIO(data)
        self.bound = bound
        self.taken = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        assert 0 <= size <= self.bound, f"read({size}) asks for more than {self.bound} bytes"
        data = self.data.read(size)
        self.taken += len(data)
        return data


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip-per-record"])
def test_an_archive_is_streamed_record_by_record(compress: bool) -> None:
    records = [response(f"https://e.com/{n}", 200, "text/html", page(f"Page {n}")) for n in range(8000)]
    data = gz(records) if compress else b"".join(records)
    stream = _Counting(data, bound=1 << 20)
    articles = newsparse.iter_load(stream)
    first = next(articles)
    assert first.title == "Page 0"
    assert stream.taken < len(data) // 2  # the first page came long before the end was read
    assert [a.title for a in itertools.islice(articles, 3)] == ["Page 1", "Page 2", "Page 3"]
    articles.close()


# --- properties ---------------------------------------------------------------------------------------

_WORDS = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzéüß ", min_size=3, max_size=30)
    .map(str.strip)
    .filter(lambda t: len(t) >= 3)
)
_KINDS = st.sampled_from(["page", "redirect", "404", "image", "request", "feed", "revisit"])


def _made(kind: str, n: int, title: str) -> bytes:
    uri = f"https://e.com/{n}"
    if kind == "page":
        return response(uri, 200, "text/html; charset=utf-8", page(f"{title} {n}"))
    if kind == "redirect":
        return response(uri, 302, "text/html", b"moved")
    if kind == "404":
        return response(uri, 404, "text/html", page(f"{title} {n}"))
    if kind == "image":
        return response(uri, 200, "image/gif", b"GIF89a" + bytes(50))
    if kind == "feed":
        return response(uri, 200, "application/atom+xml", b"")  # an empty feed: read, no item
    if kind == "revisit":
        return record("revisit", uri, http(200, "text/html", b""))
    return request(uri)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_KINDS, _WORDS), max_size=12), st.booleans())
def test_the_articles_are_the_page_records_in_order(parts: list[tuple[str, str]], compress: bool) -> None:
    """Whatever records surround them, the pages (and only they) become articles, each with its record's URI."""
    records = [_made(kind, n, title) for n, (kind, title) in enumerate(parts)]
    data = gz(records) if compress else b"".join(records)
    pages = [(f"{title} {n}", f"https://e.com/{n}") for n, (kind, title) in enumerate(parts) if kind == "page"]
    skipped = sum(kind not in ("page", "feed") for kind, _ in parts)
    for articles, problems in both(data):
        assert [(a.title, a.url) for a in articles] == pages
        counted = [p for p in problems if p.code == "warc-records-skipped"]  # type: ignore[attr-defined]
        assert len(counted) == (1 if skipped else 0)
        if skipped:
            assert counted[0].startswith(f"{skipped} of {len(parts)} WARC records")


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400), st.integers(min_value=0, max_value=10_000))
def test_damaged_archives_never_crash(noise: bytes, where: int) -> None:
    """Noise written anywhere into an archive gives articles and problems, never a traceback or a hang.

    Noise over the first bytes (the first gzip member, the version line) may make it something else than an
    archive: then it is refused as any input is.
    """
    for data, first in ((bytearray(gz(SITE[:6])), len(gzip.compress(SITE[0]))), (bytearray(b"".join(SITE[:6])), 12)):
        at = where % len(data)
        data[at : at + len(noise)] = noise
        try:
            for articles, problems in both(bytes(data)):
                assert all(isinstance(a, newsparse.Article) for a in articles)
                assert all(isinstance(p, str) for p in problems)
        except InputError:
            assert at < first


def test_members_carry_hints() -> None:
    with sources.opened(gz(SITE)) as members:
        hints = [m.hints for m in members if isinstance(m, sources.Member)]
    assert [h.url for h in hints if h] == SITE_URLS
    assert [h.encoding for h in hints if h] == ["utf-8", None, None]
    assert all(h is not None and h.published == "2024-03-01T12:00:00Z" for h in hints)
