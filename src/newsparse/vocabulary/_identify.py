"""Languages: a declared language tag normalised to BCP 47, and a language told from the text when none is declared.

:func:`normalise_language` reads what formats declare ("en_US", "EN-gb", "English", "deu", "zh-hans-cn").
:func:`identify` tells a text's language offline: with the optional extra ``newsparse[language]`` (pycld2)
when it is installed, else with the bundled vocabularies' scripts and stopwords (:func:`score_stopwords`).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections import Counter
from collections.abc import Callable

from newsparse.vocabulary._patterns import PATTERNS

__all__ = ["FALLBACK", "backend", "contradicted", "identify", "identifying", "normalise_language", "score_stopwords"]

_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 3000  # characters of a text looked at
_MIN_HITS = 4  # stopwords a Latin-script text must have for a verdict
_MIN_LETTERS = 20  # letters a text must have for a verdict
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_SERBIAN = frozenset("јљњћђџЈЉЊЋЂЏ")


def normalise_language(value: object) -> str | None:
    """A declared language as a BCP 47 tag ("pt-BR", "zh-Hans-CN"), or None when it is not one.

    Example:
        >>> normalise_language("en_US"), normalise_language("English"), normalise_language("DE-at")
        ('en-US', 'en', 'de-AT')
        >>> normalise_language("zh-hans-cn"), normalise_language("deu"), normalise_language("x-default")
        ('zh-Hans-CN', 'de', None)
    """
    if not isinstance(value, str):
        return None
    text = value.strip().split(",")[0].split(";")[0].strip()
    if not text or len(text) > 35:
        return None
    named = PATTERNS.language_names.get(" ".join(text.split()).casefold())
    if named is not None:
        return named
    text = text.replace("_", "-")
    if not _TAG.fullmatch(text):
        return None
    first, *rest = text.split("-")
    language = PATTERNS.language_names.get(first.casefold(), first.lower())
    if len(language) > 3:
        return None
    parts = [language]
    for part in rest:
        if len(part) == 4 and part.isalpha():
            parts.append(part.title())  # a script: Hans, Latn, Cyrl
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            parts.append(part.upper())  # a region: BR, 419
        else:
            parts.append(part.lower())
    return "-".join(parts)


FALLBACK = False
"""Whether :func:`identify` falls back to the bundled stopword scorer when the optional extra is not installed.

Off: an article then keeps ``language`` empty unless its format declares one (so output does not change with
the platform). Turned on, every plain-text article gets a language (English ones "en" too).
"""


def identifying() -> bool:
    """Whether :func:`identify` can give an answer: the optional extra is installed, or :data:`FALLBACK` is on."""
    return FALLBACK or backend() is not None


def identify(text: str, *, fallback: bool | None = None) -> tuple[str, str] | None:
    """The language of ``text`` as (BCP 47 tag, how it was told), or None when the text says too little.

    "how" is ``"pycld2"`` with the optional extra installed; without it, ``"stopwords"`` when ``fallback`` (by
    default :data:`FALLBACK`) is on, else the answer is None.

    Example:
        >>> identify("Die Regierung hat beschlossen, dass die Regeln nicht für alle gelten.", fallback=True)[0]
        'de'
    """
    sample = text[:_SAMPLE]
    found = backend()
    if found is not None:
        name, classify = found
        tag = classify(sample)
        return (tag, name) if tag else None
    if not (FALLBACK if fallback is None else fallback):
        return None
    tag = score_stopwords(sample)
    return (tag, "stopwords") if tag else None


def score_stopwords(text: str) -> str | None:
    """The bundled identifier: the script, then the language of that script with the most stopwords.

    Hangul is Korean, kana Japanese, other Han Chinese, Arabic letters Arabic, the Bengali, Tamil, Thai, Armenian
    and Georgian scripts their languages; Cyrillic with the letters of Kazakh or Uzbek is the one of them its
    stopwords (or letters) tell, else Ukrainian with і/ї/є/ґ, else the one of Russian, Bulgarian and Serbian
    (with ј/љ/њ/ћ/ђ/џ) with the most stopwords, Russian when none has more; Latin letters go to the Latin-script
    vocabulary whose stopwords the text uses most (at least four hits, and more than the runner-up), and so do
    the letters of another script that vocabularies' stopwords are written in (Persian's and Urdu's among the
    Arabic letters, Hindi's in Devanagari).

    Example:
        >>> score_stopwords("El gobierno aprobó el lunes una ley que, según los expertos, cambiará el sector.")
        'es'
    """
    scripts = Counter(_script(ch) for ch in text if ch.isalpha())
    letters = sum(scripts.values())
    if letters < _MIN_LETTERS:
        return None
    script, count = scripts.most_common(1)[0]
    if script == "han" and scripts["kana"] * 20 > count:
        script = "kana"
    if script != "latin":
        if script == "cyrillic":
            turkic = _turkic(text)
            if turkic is not None:
                return turkic
            if _UKRAINIAN.intersection(text):
                return "uk"
            # Bulgarian is told from Russian by its stopwords; Serbian also has letters of its own (ј, љ, њ, ћ, ђ, џ)
            cyrillic = ["ru", "bg", "sr"] if _SERBIAN.intersection(text) else ["ru", "bg"]
            words = Counter(word.lower() for word in _WORD.findall(text))
            return _most_stopwords(words, [code for code in cyrillic if code in PATTERNS.stopwords]) or "ru"
        if script == "myanmar" and _SHAN_MON.search(text):
            return None  # Shan's and Mon's letters: the Myanmar script writes more than Burmese
        default = {"hangul": "ko", "kana": "ja", "han": "zh", "arabic": "ar", **_ONE_LANGUAGE}.get(script)
        # the languages whose stopwords are in this script are told apart by them (Persian from Arabic); words are
        # cut at spaces, as a vowel sign (Devanagari "की") is no letter to the regex
        languages = [
            language for language, stopwords in PATTERNS.stopwords.items() if _script(min(stopwords)[0]) == script
        ]
        if default is not None and len(languages) < 2:
            return default
        words = Counter(word.strip(_EDGES) for word in text.lower().split())
        return _most_stopwords(words, languages) or default
    return _most_stopwords(Counter(word.lower() for word in _WORD.findall(text)), list(PATTERNS.stopwords))


def _turkic(text: str) -> str | None:
    """Kazakh or Uzbek for a Cyrillic text with their letters, told by the most stopwords, else None.

    A text with none of their letters (ә, ғ, қ, ң, ө, ұ, ү, һ, ў, ҳ) is neither; one with some is told among
    them, Russian and Ukrainian by its stopwords (a Russian story quoting a Kazakh name stays Russian), and when
    the stopwords do not settle it, by the letters only one of the two writes (Kazakh ә, ң, ө, ұ, ү, һ; Uzbek ў, ҳ).
    """
    if not _TURKIC.intersection(text):
        return None
    words = Counter(word.lower() for word in _WORD.findall(text))
    candidates: list[str] = [code for code in ("kk", "uz", "ru", "uk") if code in PATTERNS.stopwords]
    found = _most_stopwords(words, candidates)
    if found is not None:
        return found if found in ("kk", "uz") else None
    kazakh = sum(text.count(ch) for ch in _KAZAKH)
    uzbek = sum(text.count(ch) for ch in _UZBEK)
    if kazakh == uzbek:
        return None
    return "kk" if kazakh > uzbek else "uz"


_KAZAKH = "әңөұүһӘҢӨҰҮҺ"  # letters of Kazakh's Cyrillic that Uzbek's does not write
_UZBEK = "ўҳЎҲ"  # letters of Uzbek's Cyrillic that Kazakh's does not write
_TURKIC = frozenset(_KAZAKH + _UZBEK + "қғҚҒ")  # and the two they share

_EDGES = "\"'“”‘’«»()[].,;:!?،؛؟।॥–—-"  # punctuation around a word cut at spaces


def contradicted(declared: str, text: str) -> str | None:
    """The language a long text reads as when it is clearly not the one ``declared``, else None.

    A platform declares its own interface's language on every page ("en" on a post written in Portuguese): the
    text contradicts it when the declared language's stopwords are known and the text holds fewer than a fifth as
    many of them as of another language's (at least ``_CONTRADICTING`` of those, and a fifth of its words: that
    language is the text's own). The whole text is judged. A text written in another script than the declared
    language's (Arabic letters on a page declared English: a browser translated it in place) is the language its
    script and stopwords tell.

    Example:
        >>> contradicted("en", "A prefeitura anunciou que a frota de ônibus será reduzida em um terço, e os " * 4)
        'pt'
        >>> contradicted("en", "The council said that the bus fleet would be cut by a third, and that " * 4)
    """
    base = declared.split("-")[0].lower()
    if base not in PATTERNS.stopwords:
        return None
    stopwords = PATTERNS.stopwords[base]
    opening = _WORD.findall(text, 0, _SAMPLE)
    if sum(word.lower() in stopwords for word in opening) * 10 >= len(opening):
        return None  # the declared language's own words are plenty: the common case, told from the opening alone
    sample = text[:_WHOLE]  # the whole text (a story may open with a long quote in another language)
    words = Counter(word.lower() for word in _WORD.findall(sample))
    total = sum(words.values())
    ours = sum(words[w] for w in stopwords)
    if ours * 10 >= total:
        return None
    found = score_stopwords(sample)
    if found is None or found == base:
        return None
    if _main_script(sample) not in {_script(word[0]) for word in stopwords}:
        return found  # written in another script than the declared language's (a page machine-translated in place)
    if found not in PATTERNS.stopwords:
        return None
    theirs = sum(words[w] for w in PATTERNS.stopwords[found])
    # the text's language must be its own: its stopwords a good share of its words (Welsh shares a few with Spanish)
    plausible = theirs >= _CONTRADICTING and theirs >= _SHARE * total
    return found if plausible and ours * 5 < theirs else None


_CONTRADICTING = 20  # stopwords of the text's own language: a long text, not a caption or a title
_SHARE = 0.2  # of a text's words, its own language's stopwords (a third and more in running text)
_WHOLE = 60000  # characters of a text judged


def _main_script(text: str) -> str:
    """The script most of a text's letters are written in."""
    scripts = Counter(_script(ch) for ch in text if ch.isalpha())
    return scripts.most_common(1)[0][0] if scripts else ""


def _most_stopwords(words: Counter[str], languages: list[str]) -> str | None:
    """The language of ``languages`` whose stopwords ``words`` holds most (at least four, more than the next)."""
    shared = _sharing()
    scores = sorted(
        (
            (sum(words[w] / shared[w] for w in PATTERNS.stopwords[language]), language)
            for language in languages
            if sum(words[w] for w in PATTERNS.stopwords[language]) >= _MIN_HITS
        ),
        reverse=True,
    )
    if not scores or (len(scores) > 1 and scores[0][0] == scores[1][0]):
        return None
    return scores[0][1]


@functools.cache
def _sharing() -> Counter[str]:
    """How many bundled languages list each stopword: a hit on a word many languages share ("a", "de") counts less."""
    return Counter(word for words in PATTERNS.stopwords.values() for word in words)


def _script(ch: str) -> str:
    code = ord(ch)
    if code < 0x250:
        return "latin"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    if 0x600 <= code < 0x700 or 0x750 <= code < 0x780 or 0xFB50 <= code < 0xFF00:
        return "arabic"
    if 0x3040 <= code < 0x3100:
        return "kana"
    if 0xAC00 <= code < 0xD7B0 or 0x1100 <= code < 0x1200 or 0x3130 <= code < 0x3190:
        return "hangul"
    if 0x3400 <= code < 0xA000 or 0xF900 <= code < 0xFB00:
        return "han"
    if 0x530 <= code < 0x590 or 0xFB13 <= code < 0xFB18:
        return "armenian"
    if 0x10A0 <= code < 0x1100 or 0x1C90 <= code < 0x1CC0 or 0x2D00 <= code < 0x2D30:
        return "georgian"
    return _SCRIPTS.get(code >> 7, "other")


# scripts that write one language each, by block of 128 code points: Thai is written without spaces, so its
# stopwords are no test; Bengali and Tamil are told by their script alone as well, and so are Armenian and
# Georgian (by their blocks, in _script), and the scripts of languages without a vocabulary, whose pages' language
# the script tells all the same (Sinhala, Gujarati, Gurmukhi for Punjabi, Odia, Telugu, Kannada, Malayalam, Lao,
# Khmer, Myanmar for Burmese)
_SCRIPTS = {
    0x0980 >> 7: "bengali", 0x0A00 >> 7: "gurmukhi", 0x0A80 >> 7: "gujarati", 0x0B00 >> 7: "odia",
    0x0B80 >> 7: "tamil", 0x0C00 >> 7: "telugu", 0x0C80 >> 7: "kannada", 0x0D00 >> 7: "malayalam",
    0x0D80 >> 7: "sinhala", 0x0E00 >> 7: "thai", 0x0E80 >> 7: "lao", 0x1000 >> 7: "myanmar", 0x1780 >> 7: "khmer",
}  # fmt: skip
_SHAN_MON = re.compile("[\u105a-\u1060\u1075-\u109f]")  # letters the Myanmar script has for Shan and Mon
_ONE_LANGUAGE = {
    "bengali": "bn", "tamil": "ta", "thai": "th", "armenian": "hy", "georgian": "ka", "gurmukhi": "pa",
    "gujarati": "gu", "odia": "or", "telugu": "te", "kannada": "kn", "malayalam": "ml", "sinhala": "si", "lao": "lo",
    "myanmar": "my", "khmer": "km",
}  # fmt: skip


@functools.cache
def backend() -> tuple[str, Callable[[str], str | None]] | None:
    """The optional identifier (pycld2, from ``newsparse[language]``) when installed, else None."""
    try:
        cld2 = importlib.import_module("pycld2")
    except ImportError:
        return None

    def classify(text: str) -> str | None:
        try:
            reliable, _, details = cld2.detect(text.encode("utf-8", "replace").decode("utf-8"))
        except Exception:
            return None
        code = details[0][1] if reliable and details else "un"
        return None if code in ("un", "xxx") else normalise_language(code)

    return "pycld2", classify
