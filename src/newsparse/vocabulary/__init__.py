"""One vocabulary: the phrase lists of the plain-text readers, per language, as data.

A :class:`Vocabulary` holds one language's words for site chrome, section labels, agencies, view counters,
footers, bylines, photo credits, end notes and dates (``_english.py`` is English, ``_german.py`` German...:
fifty-one bundled languages, :data:`BUNDLED`, all active at once, since an article's furniture may be in another
language than its body, and one dump may mix languages). :data:`PATTERNS` builds the
phrase sets and patterns that every reader and sniff uses from all registered vocabularies, each once, at first
use; :func:`register` adds a language without a new code path. Internal for now: the readers, the sniffs and the
HTML cleaner use it, and nothing else should hold a copy of these phrases.
"""

from __future__ import annotations

from newsparse.vocabulary._bundled import BUNDLED
from newsparse.vocabulary._english import ENGLISH
from newsparse.vocabulary._identify import identify, identifying, normalise_language
from newsparse.vocabulary._patterns import PATTERNS, Patterns, active, register, registered, unregister
from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = [
    "BUNDLED",
    "ENGLISH",
    "PATTERNS",
    "Patterns",
    "Vocabulary",
    "active",
    "identify",
    "identifying",
    "normalise_language",
    "register",
    "registered",
    "unregister",
]
