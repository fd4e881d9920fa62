"""The public surface: ``__all__`` is exactly the public names, and every one is documented with an example.

Adding or removing a public name is a deliberate change: update the lists below, the API reference follows
by itself, and the changelog needs a line.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import inspect
import itertools
import types
from pathlib import Path

import pytest

import newsparse
import newsparse.detectors

PUBLIC = {
    "newsparse": [
        "Article",
        "BinaryInputError",
        "Caption",
        "DecodingError",
        "Detection",
        "Detector",
        "DetectorError",
        "Dropped",
        "InputError",
        "LimitError",
        "Limits",
        "Location",
        "NewsparseError",
        "PluginWarning",
        "Problem",
        "Provenance",
        "RawArticle",
        "Repair",
        "Result",
        "Score",
        "Source",
        "SourceError",
        "StreamingDetector",
        "__version__",
        "article_schema",
        "clean_html",
        "dedupe_captions",
        "get_detector",
        "iter_load",
        "limits",
        "list_detectors",
        "load",
        "parse",
        "parse_text",
        "rank_detectors",
        "register_detector",
        "split_articles",
        "to_arrow",
        "to_pandas",
        "unregister_detector",
    ],
    "newsparse.detectors": [
        "ENTRY_POINT_GROUP",
        "FIELD_NAMES",
        "HEAD_SIZE",
        "NEAR_TIE",
        "Detector",
        "RawArticle",
        "StreamingDetector",
        "get_detector",
        "list_detectors",
        "plugin_problems",
        "rank_detectors",
        "register_detector",
        "unregister_detector",
    ],
    "newsparse.detectors.kit": [
        "BLOCK_GAP",
        "MARKER_KEYS",
        "close_truncated",
        "first_line",
        "fix_references",
        "is_record",
        "is_wordpress_post",
        "last_complete_gap",
        "last_line_end",
        "map_record",
        "read_element",
        "skip_prolog",
        "spans_between",
        "tag_end",
        "trimmed",
    ],
    "newsparse.testing": ["assert_detector_conforms", "check_detector"],
    "newsparse.parquet": ["ParquetWriter", "schema", "write_parquet"],
    "newsparse.dask": ["read_articles"],
}

# Names a module's namespace shows that are not API: its submodules, and what ``__init__`` imports for itself.
NOT_API = {
    "newsparse": set(),
    "newsparse.detectors": set(),
}

# Names whose docstring is an attribute docstring in the source (data has no ``__doc__`` of its own).
DATA = {
    "Source",
    "__version__",
    "ENTRY_POINT_GROUP",
    "FIELD_NAMES",
    "HEAD_SIZE",
    "NEAR_TIE",
    "BLOCK_GAP",
    "MARKER_KEYS",
}


def _module(name: str) -> types.ModuleType:
    return importlib.import_module(name)


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_all_is_exactly_the_public_names(name: str) -> None:
    module = _module(name)
    assert sorted(module.__all__) == sorted(PUBLIC[name])
    assert len(set(module.__all__)) == len(module.__all__), "a name is listed twice in __all__"
    if name not in NOT_API:
        return  # a plain module (not a re-exporting package): its own imports are visible but not API
    shown = {
        attr
        for attr in dir(module)
        if not attr.startswith("_") and not isinstance(getattr(module, attr), types.ModuleType)
    }
    assert shown - NOT_API[name] - {"annotations"} == set(PUBLIC[name]) - {"__version__"}


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_star_import_gives_the_public_names(name: str) -> None:
    namespace: dict[str, object] = {}
    exec(f"from {name} import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(PUBLIC[name])


def test_detectors_api_is_re_exported_from_the_top() -> None:
    shared = set(PUBLIC["newsparse"]) & set(PUBLIC["newsparse.detectors"])
    assert shared  # the registry functions and the protocol are in both
    for attr in shared:
        assert getattr(newsparse, attr) is getattr(newsparse.detectors, attr)


def _attribute_docstring(module: types.ModuleType, name: str) -> tuple[str | None, types.ModuleType]:
    """The docstring written under ``name = ...`` (or ``name: T``) in the module that defines ``name``."""
    package = Path(newsparse.__file__).parent
    candidates = [module] + [
        importlib.import_module("newsparse." + ".".join(p.relative_to(package).with_suffix("").parts))
        for p in sorted(package.rglob("*.py"))
        if p.name != "__init__.py" and p.name != "__main__.py"
    ]
    for candidate in candidates:
        source = Path(inspect.getfile(candidate)).read_text(encoding="utf-8")
        body = ast.parse(source).body
        for statement, following in itertools.pairwise(body):
            targets: list[ast.expr] = []
            if isinstance(statement, ast.Assign):
                targets = statement.targets
            elif isinstance(statement, ast.AnnAssign):
                targets = [statement.target]
            if not any(isinstance(t, ast.Name) and t.id == name for t in targets):
                continue
            if (
                isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                return inspect.cleandoc(following.value.value), candidate
    return None, module


def _documented() -> list[tuple[str, str]]:
    return [(module, attr) for module, names in sorted(PUBLIC.items()) for attr in names]


@pytest.mark.parametrize(("module_name", "attr"), _documented(), ids=[f"{m}.{a}" for m, a in _documented()])
def test_every_public_name_has_a_docstring_with_an_example(module_name: str, attr: str) -> None:
    module = _module(module_name)
    obj = getattr(module, attr)
    if attr in DATA:
        doc, defining = _attribute_docstring(module, attr)
        assert doc, f"{module_name}.{attr} has no attribute docstring under its assignment"
        assert ">>>" in doc, f"the docstring of {module_name}.{attr} has no example"
        # attribute docstrings are not seen by doctest: run their examples here
        test = doctest.DocTestParser().get_doctest(doc, dict(vars(defining)), f"{module_name}.{attr}", None, 0)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        runner.run(test)
        assert runner.summarize(verbose=False).failed == 0
        return
    doc = obj.__doc__
    assert isinstance(doc, str), f"{module_name}.{attr} has no docstring"
    assert doc.strip(), f"{module_name}.{attr} has an empty docstring"
    if inspect.isclass(obj):
        assert "__doc__" in vars(obj), f"{module_name}.{attr} only inherits its docstring"
    assert ">>>" in doc, f"the docstring of {module_name}.{attr} has no example"


def test_version_has_one_source() -> None:
    """``__version__`` comes from the installed metadata, which comes from pyproject.toml."""
    from importlib.metadata import version

    assert newsparse.__version__ == version("newsparse")
    assert newsparse.__version__ != "0+unknown"
