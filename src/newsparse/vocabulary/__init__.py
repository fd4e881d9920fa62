"""One vocabulary: the phrase lists of the plain-text readers, per language, as data.

A :class:`Vocabulary` holds one language's words for site chrome, section labels, agencies, view counters,
footers, bylines, photo credits, end notes and dates (``_english.py`` is English). :data:`PATTERNS` builds the
phrase sets and patterns that every reader and sniff uses from all registered vocabularies, each once, at first
use; :func:`register` adds a language without a new code path. Internal for now: the readers, the sniffs and the
HTML cleaner use it, and nothing else should hold a copy of these phrases.
"""

from __future__ import annotations

from newsparse.vocabulary._english import ENGLISH
from newsparse.vocabulary._patterns import PATTERNS, Patterns, register, registered, unregister
from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["ENGLISH", "PATTERNS", "Patterns", "Vocabulary", "register", "registered", "unregister"]
