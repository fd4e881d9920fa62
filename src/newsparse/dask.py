"""Dask integration: a bag of article records over many dumps (``pip install newsparse[dask]``).

One partition per file; each partition streams its file with
:func:`newsparse.iter_load` through fsspec, so local paths, globs and remote URLs
(``s3://``, ``gs://``, ``https://`` with the matching fsspec package) all work and
a worker's memory does not grow with the size of a file. The records are the
dicts of ``Article.to_dict()``, the same as ``newsparse parse`` writes.

Example:
    >>> from newsparse.dask import read_articles  # doctest: +SKIP
    >>> bag = read_articles("dumps/*.txt")  # doctest: +SKIP
    >>> bag.pluck("title").take(2)  # doctest: +SKIP
    ('Seoul: ...', 'Leader of Student Protests ...')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["read_articles"]


def read_articles(
    urlpath: str | Sequence[str],
    *,
    detector: str | None = None,
    storage_options: Mapping[str, Any] | None = None,
    chunk_size: int | None = None,
    problems: bool = False,
) -> Any:
    """A ``dask.bag.Bag`` of article dicts, one partition per file, in the order of the files.

    ``urlpath`` is a path, a glob, a URL or a list of them (anything
    ``fsspec.open_files`` takes); ``storage_options`` go to fsspec; ``detector``
    and ``chunk_size`` to :func:`newsparse.iter_load`. A file that cannot be
    parsed raises its :class:`~newsparse.NewsparseError` when the bag is computed.

    A problem with one article is in that record's ``problems``. A problem that
    belongs to no article (a record that could not be read, a detector that
    failed: what ``iter_load`` puts in its ``problems`` list) is in no record;
    with ``problems=True`` the function returns two bags, ``(articles,
    problems)``, the second holding one ``{"source": ..., "problem": ...}`` dict
    per such problem, in file order. Both bags come from the same tasks: compute
    them together (``dask.compute(articles, problems)``) and each file is parsed
    once.

    Example:
        >>> bag = read_articles("dumps/*.jsonl")  # doctest: +SKIP
        >>> bag.count().compute()  # doctest: +SKIP
        5000
        >>> import dask  # doctest: +SKIP
        >>> articles, problems = read_articles("dumps/*.jsonl", problems=True)  # doctest: +SKIP
        >>> records, issues = dask.compute(articles, problems)  # doctest: +SKIP
        >>> issues[0]  # doctest: +SKIP
        {'source': 'dumps/crawl.jsonl', 'problem': 'line 2 is not valid JSON: ...'}
    """
    try:
        import dask.bag
        import fsspec
        from dask.delayed import delayed
    except ImportError:
        raise ImportError("newsparse.dask needs dask and fsspec: pip install 'newsparse[dask]'") from None
    files = fsspec.open_files(urlpath, mode="rb", **dict(storage_options or {}))
    if not files:
        raise FileNotFoundError(f"no files match {urlpath!r}")
    parts = [delayed(_partition, nout=2)(f, detector, chunk_size) for f in files]
    bags: Any = dask.bag  # from_delayed has no type annotations
    articles = bags.from_delayed([part[0] for part in parts])
    if not problems:
        return articles
    return articles, bags.from_delayed([part[1] for part in parts])


def _partition(
    open_file: Any, detector: str | None, chunk_size: int | None
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Parse one file (an ``fsspec.core.OpenFile``) into its article dicts and its source-level problems."""
    from newsparse._stream import CHUNK_SIZE, iter_load

    size = chunk_size or CHUNK_SIZE
    found: list[str] = []
    protocol = open_file.fs.protocol
    if "file" in (protocol if isinstance(protocol, tuple | list) else (protocol,)):
        # a local file: read it by path, so provenance names it exactly as `newsparse parse` does
        records = [a.to_dict() for a in iter_load(open_file.path, detector=detector, chunk_size=size, problems=found)]
        return records, _problems(open_file.path, found)
    records = []
    with open_file as handle:
        articles = iter_load(handle, detector=detector, name=open_file.full_name, chunk_size=size, problems=found)
        for article in articles:
            record = article.to_dict()
            if record["provenance"] is not None:
                record["provenance"]["source"] = open_file.full_name
            records.append(record)
    return records, _problems(open_file.full_name, found)


def _problems(source: str, found: list[str]) -> list[dict[str, str]]:
    return [{"source": source, "problem": problem} for problem in found]
