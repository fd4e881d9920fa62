"""The Filipino vocabulary (tl): the phrases of Filipino (Tagalog) news scrapes.

Pages declare the language as "fil" or "tl": both are "tl" here. Filipino sites print Tagalog months
("Marso 14, 2024") as well as English ones; months and weekdays shared with Spanish are Spanish's ("Enero",
"Abril", "Mayo", "Agosto", "Lunes", "Martes", "Sabado"). The bylines open with "Ni" ("Ni Juan dela Cruz"), also
French and Spanish "ni": a line opening with it is a byline only when names follow it, and no sentence. "at"
(and) is no conjunction of names, as it is English "at"; names are joined by a comma.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["TAGALOG"]

_BODY_CHROME = ("Patalastas", "Basahin din", "Basahin ang buong balita", "Magpatuloy sa pagbasa")

TAGALOG = Vocabulary(
    language="tl",
    chrome=(
        "Ibahagi", "Ibahagi ito", "I-share", "Sundan kami", "I-follow", "Magkomento", "Mga komento",
        "Kopyahin ang link", "Mag-subscribe", "Makinig", "Tingnan ang lahat", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Balita", "Nagbabagang balita", "Balitang lokal", "Opinyon", "Editoryal", "Palakasan", "Isports", "Showbiz",
        "Pulitika", "Ekonomiya", "Probinsya", "Bansa", "Eksklusibo", "Pinoy abroad",
    ),
    story_lists=(
        "Basahin din", "Mga kaugnay na balita", "Kaugnay na balita", "Kaugnay na artikulo",
        "Pinakabagong balita", "Pinakabinabasa", "Iba pang balita", "Mga iba pang balita",
        "Huwag palampasin",
    ),
    tag_labels=("Mga tag", "Paksa", "Mga paksa"),
    minute_words=("minuto", "minutong"),
    reading_words=("pagbasa", "oras ng pagbasa"),
    published_words=("inilathala", "nailathala", "inilabas", "na-publish"),
    updated_words=("na-update", "huling na-update", "in-update"),
    timestamp_joiners=("noong",),
    publish_stems=("inilathala", "nailathala"),
    source_words=("pinagmulan",),
    by=("ni", "isinulat ni", "ulat ni"),
    job_titles=("mamamahayag", "kawani", "patnugot", "manunulat"),
    name_particles=("dela", "delos"),
    agencies=("PNA",),
    agency_names=("Philippine News Agency",),
    credit_words=("larawan", "kuha ni"),
    caption_labels=("larawan", "kuha", "litrato"),
    end_note_patterns=(r"^lahat ng karapatan ay nakalaan",),
    end_note_words=("karapatan",),
    rights_words=("lahat ng karapatan ay nakalaan", "nakalaan ang lahat ng karapatan"),
    months={
        "pebrero": 2, "marso": 3, "hunyo": 6, "hulyo": 7, "setyembre": 9, "septiyembre": 9, "oktubre": 10,
        "nobyembre": 11, "disyembre": 12,
    },
    weekdays=("miyerkules", "miyerkoles", "huwebes", "biyernes", "linggo"),
    relative_dates=("nakalipas", "kahapon"),
    am_words=("ng umaga",),
    pm_words=("ng hapon", "ng gabi"),
    names=("filipino", "tagalog", "fil", "tgl", "wikang filipino"),
    stopwords=(
        "ang", "ng", "sa", "na", "mga", "ay", "at", "ni", "kay", "ito", "hindi", "siya", "niya", "nila", "kung",
        "din", "rin", "pa", "lamang", "naman", "ayon", "dahil", "ngunit", "noong", "nang", "upang", "mula", "isang",
        "kanyang", "nito", "sinabi",
    ),
)  # fmt: skip
