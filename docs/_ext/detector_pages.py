"""An MkDocs hook that puts every detector's page in the navigation, so that ``mkdocs.yml`` needs no edit for one.

Every ``docs/detectors/<name>.md`` other than ``index.md`` is added to the nav section that holds
``detectors/index.md``, right after it, in the order of the built-in table (``BUILTINS`` in
``src/newsparse/detectors/_registry.py``, read as text, not imported); pages of no built-in follow in name
order. A page the nav already lists is left where it is.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

_INDEX = "detectors/index.md"
_REGISTRY = Path("src", "newsparse", "detectors", "_registry.py")


def builtin_order(source: str) -> list[str]:
    """The detector names of the ``BUILTINS`` table in the registry's source, in order.

    Example:
        >>> builtin_order('BUILTINS: tuple = (("b", "m:B"), ("a", "m:A"))\\nOTHER = 1')
        ['b', 'a']
    """
    for statement in ast.parse(source).body:
        if isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        elif isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        else:
            continue
        if any(isinstance(target, ast.Name) and target.id == "BUILTINS" for target in targets):
            return [name for name, _ in ast.literal_eval(value)]
    return []


def detector_entries(pages: list[str], listed: set[str], order: list[str]) -> list[dict[str, str]]:
    """Nav entries (``{name: "detectors/<name>.md"}``) for the detector pages the nav does not list yet.

    Example:
        >>> detector_entries(["index", "zeta", "alpha", "beta"], {"detectors/beta.md"}, ["zeta", "alpha"])
        [{'zeta': 'detectors/zeta.md'}, {'alpha': 'detectors/alpha.md'}]
    """
    rank = {name: index for index, name in enumerate(order)}
    names = [p for p in pages if p != "index" and f"detectors/{p}.md" not in listed]
    names.sort(key=lambda name: (rank.get(name, len(rank)), name))
    return [{name: f"detectors/{name}.md"} for name in names]


def _paths(nav: Any) -> set[str]:
    """Every page path a nav (sub)tree lists."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*(_paths(value) for value in nav.values()))
    if isinstance(nav, list):
        return set().union(*(_paths(item) for item in nav))
    return set()


def _section(nav: Any) -> list[Any] | None:
    """The nav list that holds the detectors' index page, searched depth first."""
    if isinstance(nav, list):
        if any(_INDEX in _paths(item) and not isinstance(_item_value(item), list) for item in nav):
            return nav
        for item in nav:
            found = _section(_item_value(item))
            if found is not None:
                return found
    return None


def _item_value(item: Any) -> Any:
    return next(iter(item.values())) if isinstance(item, dict) and len(item) == 1 else item


def on_config(config: Any) -> Any:
    """MkDocs event: add the detector pages to the nav section that holds ``detectors/index.md``."""
    nav = config.get("nav")
    section = _section(nav)
    if section is None:
        return config
    root = Path(config["config_file_path"]).parent
    pages = sorted(p.stem for p in (Path(config["docs_dir"]) / "detectors").glob("*.md"))
    order = builtin_order((root / _REGISTRY).read_text(encoding="utf-8"))
    at = next(i for i, item in enumerate(section) if _INDEX in _paths(item)) + 1
    section[at:at] = detector_entries(pages, _paths(nav), order)
    return config
