"""The Italian vocabulary (it): the phrases of Italian-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["ITALIAN"]

_BODY_CHROME = ("Pubblicità", "Leggi anche", "Continua a leggere")

ITALIAN = Vocabulary(
    language="it",
    chrome=(
        "I commenti sono chiusi",
        "Condividi", "Condividi questo articolo", "Segui", "Seguici", "Stampa", "Commenti", "Commenta",
        "Link breve", "Copia link", "Copia il link", "Iscriviti", "Salva", "Ascolta", "Ascolta l'articolo",
        "Vai al contenuto", "Torna su", "Dimensione testo", "Altro", "Mostra altro", "Galleria", "Fotogallery",
        *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    echo_markers=("Link breve",),
    labels=(
        "Ultim'ora", "Ultim’ora", "Ultima ora", "Esclusiva", "Opinione", "Analisi", "Diretta", "In diretta",
        "Intervista", "Editoriale", "Commento", "Politica", "Economia", "Cronaca", "Esteri", "Cultura", "Sport",
    ),
    story_lists=(
        "Leggi anche", "Potrebbe interessarti", "Potrebbe interessarti anche", "Ti potrebbe interessare",
        "Articoli correlati", "Notizie correlate", "Correlati", "I più letti", "Più letti", "Le più lette",
        "Più lette", "Ultime notizie", "Altri articoli", "Vedi anche", "Consigliati", "Dello stesso argomento",
    ),
    tag_labels=(
        "Tag associati", "Argomenti", "Parole chiave",
    ),
    minute_words=("min", "minuto", "minuti"),
    reading_words=("lettura", "di lettura", "tempo di lettura"),
    not_places=("ULTIM'ORA", "ULTIMA", "ORA", "NOTA", "LEGGI", "ANCHE"),
    published_words=("pubblicato", "pubblicata", "data di pubblicazione"),
    updated_words=("aggiornato", "aggiornata", "ultimo aggiornamento", "modificato", "ultima modifica"),
    timestamp_joiners=("il", "alle", "ore"),
    publish_stems=("pubblicat",),
    source_words=("fonte", "fonti"),
    views_before=("visualizzazioni", "letture"),
    views_verbs=("letto", "visto", "visualizzato"),
    views_times=("volte",),
    views_after=("visualizzazioni", "letture", "lettori"),
    writer_paths=("autore", "giornalista"),
    by=("di", "a cura di", "autore:", "scritto da"),
    job_titles=(
        "comunicato stampa", "redazione", "giornalista", "corrispondente", "inviato", "inviata", "redattore",
        "redattrice",
        "caporedattore",
    ),
    conjunctions=("e", "ed"),
    tip_words=("segnalazion", "notizia"),
    about_headings=("informazioni su", "a proposito di"),
    contact_headings=("per informazioni", "per ulteriori informazioni", "ufficio stampa", "contatti"),
    outlet_prepositions=("per",),
    place_prepositions=("da",),
    name_particles=("dei", "degli", "dello"),
    agencies=("ANSA", "Ansa", "Adnkronos", "AGI", "LaPresse", "Askanews", "Dire"),
    credit_words=("foto", "immagine", "credito"),
    caption_labels=("foto", "immagine", "archivio"),
    rights_words=("tutti i diritti riservati", "riproduzione riservata"),
    sign_up_words=("iscriviti", "iscrivetevi", "abbonati", "seguici", "unisciti"),
    months={
        "gennaio": 1, "gen": 1, "febbraio": 2, "febb": 2, "marzo": 3, "aprile": 4, "maggio": 5, "mag": 5,
        "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "settembre": 9, "sett": 9, "set": 9,
        "ottobre": 10, "ott": 10, "novembre": 11, "dicembre": 12, "dic": 12,
    },
    weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
              "lunedi", "martedi", "mercoledi", "giovedi", "venerdi"),
    relative_dates=("fa", "ieri", "oggi", "l'altro ieri", "poco fa"),
    time_joiners=("alle", "ore", "alle ore"),
    numeric_order="dmy",
    names=("italian", "ita", "italiano"),
    stopwords=(
        "il", "la", "di", "che", "e", "è", "per", "un", "una", "in", "del", "dei", "non", "con", "si",
        "le", "gli", "nel", "alla", "sono", "ha", "anche", "come", "più", "ma", "dal", "stato", "questo", "sul",
        "degli", "tra", "dopo", "i", "delle", "al", "da",
    ),
    company_forms=("S.p.A.", "SpA", "S.r.l.", "Srl", "S.r.l.s.", "s.r.l.", "S.a.s."),
)  # fmt: skip
