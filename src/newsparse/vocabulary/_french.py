"""The French vocabulary (fr): the phrases of French-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["FRENCH"]

_BODY_CHROME = ("Publicité", "Lire aussi", "Lire la suite", "Article réservé aux abonnés")

FRENCH = Vocabulary(
    language="fr",
    chrome=(
        "Les commentaires sont fermés",
        "Partager", "Partager cet article", "Suivre", "Imprimer", "Commentaires", "Commenter", "Lien court",
        "Copier le lien", "S'abonner", "S’abonner", "Écouter cet article", "Écouter", "Sauvegarder", "Enregistrer",
        "Aller au contenu", "Retour en haut", "Taille du texte", "Plus", "Voir plus", "Galerie", "Envoyer",
        *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    echo_markers=("Lien court",),
    labels=(
        "Direct", "En direct", "Exclusif", "Décryptage", "Tribune", "Éditorial", "Entretien", "À la une",
        "Alerte", "Dernière minute", "Enquête", "Reportage", "Chronique", "Vidéo", "Info", "Abonnés", "Politique",
        "Économie", "International", "Société", "Culture",
    ),
    story_lists=(
        "Lire aussi", "À lire aussi", "A lire aussi", "Lire également", "À lire également", "Sur le même sujet",
        "Les plus lus", "Articles les plus lus", "Les plus partagés", "Articles liés", "Articles similaires",
        "Voir aussi", "À voir aussi", "Dans la même rubrique", "Vous aimerez aussi", "Vous pourriez aussi aimer",
        "À découvrir", "Recommandé pour vous", "Les dernières actualités", "Nos derniers articles",
    ),
    tag_labels=(
        "Mots-clés", "Mots clés", "Thèmes", "Sujets",
    ),
    minute_words=("min", "minute", "minutes"),
    reading_words=("lecture", "de lecture", "temps de lecture"),
    not_places=("MISE", "JOUR", "MISE À JOUR", "LIRE", "AUSSI", "LIRE AUSSI", "ALERTE", "INFO"),
    published_words=("publié", "publiée", "mis en ligne", "posté"),
    updated_words=("mis à jour", "mise à jour", "modifié", "actualisé"),
    timestamp_joiners=("le", "à", "il y a"),
    publish_stems=("publié",),
    source_words=("source", "sources"),
    sourced_from=("avec", "avec l'", "avec l’"),
    views_before=("vues",),
    views_verbs=("vu", "lu", "consulté"),
    views_times=("fois",),
    views_after=("vues", "lectures", "lecteurs"),
    writer_paths=("auteur", "journaliste"),
    by=("par", "auteur :", "auteur:", "texte :", "propos recueillis par"),
    job_titles=(
        "communiqué", "rédaction", "journaliste", "envoyé", "envoyée", "correspondant", "correspondante", "rédacteur",
        "rédactrice",
        "chroniqueur", "chroniqueuse", "communication",
    ),
    reporting=("avec", "reportage"),
    conjunctions=("et",),
    tip_words=("info", "tuyau"),
    about_headings=("à propos de", "à propos d'", "à propos d’"),
    contact_headings=(
        "pour plus d'informations", "pour plus d’informations", "contact presse", "contacts presse", "contact",
    ),
    outlet_prepositions=("pour",),
    place_prepositions=("à",),
    name_particles=("des",),
    agencies=("Belga", "ATS", "AFP/Reuters"),
    credit_words=("photo", "crédit", "illustration"),
    caption_labels=("photo", "illustration", "archives"),
    end_note_patterns=(r"^\(?\s*avec (?:afp|reuters|ap|belga)\b",),
    end_note_words=("avec afp", "avec reuters", "avec ap", "avec belga"),
    rights_words=("tous droits réservés", "droits réservés", "reproduction interdite"),
    newsletter_words=("lettre d'information", "lettre d’information"),
    sign_up_words=("abonnez", "inscrivez", "inscris", "abonne-toi", "rejoignez", "suivez-nous"),
    months={
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4, "avr": 4,
        "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
        "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    },
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
              "lun", "mer", "jeu", "ven", "sam", "dim"),
    relative_dates=("il y a", "hier", "aujourd'hui", "aujourd’hui", "avant-hier", "à l'instant"),
    time_joiners=("à",),
    day_suffixes=("er",),
    numeric_order="dmy",
    names=("french", "fra", "fre", "français", "francais"),
    stopwords=(
        "le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "en", "que", "qui", "dans", "pour", "pas",
        "sur", "au", "aux", "par", "plus", "il", "elle", "ont", "a", "été", "avec", "ce", "cette", "sont", "ses",
        "leur", "mais", "ou", "selon", "été", "après",
    ),
    company_forms=("S.A.", "S.A.S.", "SARL", "S.A.R.L.", "SNC", "SASU", "EURL"),
)  # fmt: skip
