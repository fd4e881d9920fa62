"""The Maltese vocabulary (mt): the phrases of Maltese-language news scrapes.

Maltese dates are written day first with "ta'" (of) before the month, its name capitalised ("27 ta' Novembru
2026"), the apostrophe typed straight or curly; "April" is English's, "Intervista" Italian's, "Ekonomija"
Serbian's. "ilu" (ago, also "since") is a relative
word only after its unit ("3 sigħat ilu"). The definite article is written with a hyphen before its noun
("il-gvern", "is-sena", "it-tnejn"): the identifier reads it as a word of its own, as Italian "il" and English "is",
"it", "in" are, so the stopwords hold the article's forms (counted for those languages too) beside the words
only Maltese writes ("u", "li", "ta", "tal", "kien", "huwa", "ukoll", "għall"). "l" (the article before a vowel)
is left out of them: Italian and French write "l'" as often.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["MALTESE"]

_BODY_CHROME = ("Aqra wkoll", "Ara wkoll")

MALTESE = Vocabulary(
    language="mt",
    chrome=("Aqsam", "Kummenti", "Ikkummenta", "Aqra aktar", *_BODY_CHROME),
    body_chrome=_BODY_CHROME,
    labels=("Aħbarijiet", "Lokali", "Internazzjonali", "Opinjoni"),
    story_lists=("Aqra wkoll", "Ara wkoll", "Aħbarijiet relatati", "L-aktar moqrija", "L-aħħar aħbarijiet"),
    tag_labels=("Tikketti",),
    minute_words=("minuti", "minuta"),  # "minuti" as Italian writes it: the vocabulary names its reading times whole
    reading_words=("ħin tal-qari", "qari"),
    published_words=("ippubblikat",),
    updated_words=("aġġornat",),
    publish_stems=("ippubblika",),
    source_words=("sors",),
    by=("awtur:",),
    job_titles=("ġurnalist", "ġurnalista", "korrispondent", "editur"),
    conjunctions=("u",),
    credit_words=("ritratt", "ritratti"),
    caption_labels=("ritratt",),
    rights_words=("id-drittijiet kollha riżervati",),
    months={
        "jannar": 1, "frar": 2, "marzu": 3, "mejju": 5, "ġunju": 6, "lulju": 7, "awwissu": 8, "settembru": 9,
        "ottubru": 10, "novembru": 11, "diċembru": 12,
    },
    weekdays=("it-tnejn", "it-tlieta", "l-erbgħa", "il-ħamis", "il-ġimgħa", "is-sibt", "il-ħadd"),
    relative_dates=("sigħat ilu", "siegħa ilu", "minuti ilu", "minuta ilu", "jiem ilu", "ilbieraħ", "illum"),
    date_fillers=("ta'", "ta’"),
    numeric_order="dmy",
    names=("maltese", "mlt", "malti"),
    stopwords=(
        "u", "li", "ta", "il", "in", "is", "it", "tal", "fil", "mill", "għall", "għal", "kien", "kienet", "kienu",
        "huwa", "hija", "dan", "din", "dawn", "minn", "fuq", "biex", "wara", "qal", "qalet", "ukoll", "mhux", "jew",
        "iżda", "bejn", "kif", "lil", "ma", "se", "jkun", "aktar", "anke", "meta", "hemm", "sabiex", "skont", "bħala",
    ),
)  # fmt: skip
