"""The Swahili vocabulary (sw): the phrases of Swahili-language news scrapes (Tanzania, Kenya).

Swahili bylines open with "Na" ("Na Juma Mrisho"), which is also a word of many other languages: a line opening
with it is a byline only when names follow it, and no sentence. Months shared with a language bundled before are
that language's ("Januari", "Mei", "Juni", "Julai"). Swahili reckons the hours from sunrise ("saa 3 asubuhi" is 9 a.m.):
a time after "saa" is not joined to its date, and "jana" (yesterday) is no relative time here, as it is the name Jana.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["SWAHILI"]

_BODY_CHROME = ("Tangazo", "Soma pia", "Soma zaidi", "Unaweza pia kusoma")

SWAHILI = Vocabulary(
    language="sw",
    chrome=(
        "Shiriki", "Shiriki habari hii", "Shirikisha", "Chapisha", "Maoni yako", "Toa maoni", "Tufuate", "Jiunge",
        "Nakili kiungo", "Sikiliza", "Tazama zaidi", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Habari", "Habari kuu", "Habari za kitaifa", "Kitaifa", "Kimataifa", "Michezo", "Biashara", "Siasa",
        "Burudani", "Makala", "Maoni", "Uchambuzi", "Tahariri", "Afya", "Elimu",
    ),
    story_lists=(
        "Soma pia", "Soma zaidi", "Unaweza pia kusoma", "Habari zinazohusiana", "Habari zaidi", "Habari nyingine",
        "Zilizosomwa zaidi", "Zilizosomwa sana", "Habari mpya", "Habari za hivi punde", "Habari maarufu",
    ),
    tag_labels=("Mada", "Mada zinazohusiana", "Vitambulisho"),
    minute_words=("dakika",),
    reading_words=("muda wa kusoma",),
    published_words=("imechapishwa", "ilichapishwa", "imewekwa", "ilichapishwa mnamo"),
    updated_words=("imesasishwa", "ilisasishwa", "imehaririwa"),
    timestamp_joiners=("mnamo", "tarehe"),
    publish_stems=("chapishwa",),
    source_words=("chanzo",),
    by=("na", "mwandishi:", "imeandikwa na"),
    job_titles=("mwandishi", "mwandishi wetu", "mhariri", "ripota", "mwandishi wa habari", "dawati la habari"),
    conjunctions=("na",),
    place_prepositions=("kutoka",),
    credit_words=("picha",),
    caption_labels=("picha", "picha ya maktaba", "picha ya mtandao"),
    end_note_patterns=(r"^haki zote zimehifadhiwa",),
    end_note_words=("haki",),
    rights_words=("haki zote zimehifadhiwa",),
    months={
        "machi": 3, "aprili": 4, "agosti": 8, "septemba": 9, "oktoba": 10, "novemba": 11, "desemba": 12,
    },
    weekdays=("jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili"),
    relative_dates=("zilizopita", "iliyopita", "uliopita"),
    numeric_order="dmy",
    zones={"EAT": "+03:00"},
    names=("swahili", "swa", "swh", "kiswahili"),
    stopwords=(
        "na", "ya", "wa", "kwa", "katika", "ni", "za", "kuwa", "hiyo", "huo", "hii", "pia", "kama", "lakini",
        "baada", "zaidi", "hilo", "wake", "yake", "alisema", "cha", "hata", "kwamba", "sana", "hizo", "wao", "hao",
    ),
)  # fmt: skip
