"""The Romanian vocabulary (ro): the phrases of Romanian-language news scrapes.

Romanian is written with comma-below letters (ș, ț) and, on older sites, with cedilla ones (ş, ţ), and often
without diacritics at all: the phrases sites write in more than one of these forms are listed in each.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["ROMANIAN"]

_BODY_CHROME = (
    "Publicitate", "Citește și", "Citeşte şi", "Citeste si", "Citește mai mult", "Citeste mai mult",
    "Articolul continuă după reclamă",
)  # fmt: skip

ROMANIAN = Vocabulary(
    language="ro",
    chrome=(
        "Distribuie", "Distribuie articolul", "Partajează", "Urmărește", "Urmăriți-ne", "Printează", "Tipărește",
        "Comentarii", "Comentează", "Link scurt", "Copiază linkul", "Abonează-te", "Salvează", "Ascultă",
        "Ascultă articolul", "Mergi la conținut", "Înapoi sus", "Mărime text", "Mai mult", "Vezi mai mult",
        "Galerie foto", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "Ultima oră", "Exclusiv", "Analiză", "Interviu", "Actualitate", "Politică", "Externe", "Cultură",
        "Știri", "Ştiri",
    ),
    story_lists=(
        "Citește și", "Citeşte şi", "Citeste si", "Citește mai mult", "Citeste mai mult", "Vezi și", "Vezi si",
        "Articole similare", "Articole asemănătoare", "Articole recomandate", "Cele mai citite",
        "Cele mai citite știri", "Recomandări", "Recomandarea editorului", "Știri similare", "Alte știri",
        "Ultimele știri", "Te-ar putea interesa", "Pe același subiect",
    ),
    tag_labels=("Etichete", "Taguri", "Subiecte", "Cuvinte cheie"),
    minute_words=("minut", "minute"),
    reading_words=("de citit", "timp de citire", "citire", "lectură"),
    not_places=("ULTIMA ORĂ", "CITEȘTE", "CITEŞTE", "ȘI", "ŞI", "ACTUALIZARE"),
    published_words=("publicat", "data publicării", "data publicarii", "postat"),
    updated_words=("actualizat", "ultima actualizare", "actualizare", "data actualizării", "data actualizarii"),
    timestamp_joiners=("la",),
    publish_stems=("publicat",),
    source_words=("sursa", "sursă"),
    views_before=("vizualizări",),
    views_after=("vizualizări", "afișări", "citiri"),
    by=("autori:", "scris de", "un articol de", "articol de"),
    job_titles=(
        "redactor-șef", "jurnalist", "jurnalistă", "corespondent", "corespondentă", "trimis special",
        "trimisă specială", "redacția", "redacție", "comunicare", "relații publice", "biroul de presă",
    ),
    conjunctions=("și", "şi"),
    agencies=("Agerpres", "AGERPRES", "Mediafax", "MEDIAFAX", "News.ro", "Rador"),
    credit_words=("fotografie",),
    caption_labels=("fotografie", "sursa foto", "fotografie de arhivă"),
    end_note_patterns=(r"^toate drepturile (?:sunt )?rezervate",),
    end_note_words=("rezervate",),
    rights_words=("toate drepturile rezervate", "toate drepturile sunt rezervate"),
    months={
        "ianuarie": 1, "ian": 1, "februarie": 2, "febr": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iun": 6,
        "iulie": 7, "iul": 7, "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    },
    weekdays=("luni", "marți", "marţi", "marti", "miercuri", "joi", "vineri", "sâmbătă", "sambata", "duminică",
              "duminica"),
    relative_dates=("acum", "azi", "astăzi", "alaltăieri"),
    time_joiners=("ora", "la", "la ora"),
    numeric_order="dmy",
    names=("romanian", "ron", "rum", "română", "romana", "moldovan"),
    stopwords=(
        "și", "şi", "în", "care", "din", "este", "că", "pentru", "fost", "sunt", "sau", "dar", "lui", "ale",
        "acest", "această", "după", "fi", "despre", "prin", "cu", "pe", "mai", "au", "într", "între", "unei",
        "unui", "cel", "cea", "vor", "anul", "sa", "să",
    ),
    company_forms=("S.R.L.", "SRL", "S.A."),
)  # fmt: skip
