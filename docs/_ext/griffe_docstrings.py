"""A griffe extension that lets mkdocstrings render newsparse's docstrings cleanly.

The docstrings are written for readers of the source and for ``doctest``: they
use a singular ``Example:`` section and Sphinx-style roles such as
``:func:`load```. Griffe's Google parser only knows ``Examples:`` and has no
roles, so this extension rewrites both before the docstrings are parsed. The
source itself is left as it is.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_EXAMPLE_HEADING = re.compile(r"^(\s*)Example:\s*$", re.MULTILINE)
_ROLE = re.compile(r":(?:func|class|data|mod|attr|meth|exc|obj):`~?([^`]+)`")


def rewrite(text: str) -> str:
    """Return ``text`` with ``Example:`` headings renamed and Sphinx roles turned into inline code.

    Example:
        >>> rewrite("See :func:`~newsparse.load`.\\n\\nExample:\\n    >>> 1\\n    1")
        'See `newsparse.load`.\\n\\nExamples:\\n    >>> 1\\n    1'
    """
    text = _EXAMPLE_HEADING.sub(r"\1Examples:", text)
    return _ROLE.sub(r"`\1`", text)


class NewsparseDocstrings(griffe.Extension):
    """Rewrite every docstring once the object tree is built."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of one object, if it has one."""
        if obj.docstring is not None:
            obj.docstring.value = rewrite(obj.docstring.value)

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the package's own docstring (``on_object`` does not see the root module)."""
        if pkg.docstring is not None:
            pkg.docstring.value = rewrite(pkg.docstring.value)
