"""The Polish vocabulary (pl): the phrases of Polish-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["POLISH"]

_BODY_CHROME = ("Reklama", "Czytaj też", "Czytaj także", "Czytaj więcej", "Zobacz też", "Artykuł sponsorowany")

POLISH = Vocabulary(
    language="pl",
    chrome=(
        "Komentarze zostały wyłączone",
        "Udostępnij", "Podziel się", "Obserwuj", "Drukuj", "Komentarze", "Skomentuj", "Krótki link", "Skopiuj link",
        "Kopiuj link", "Subskrybuj", "Zapisz", "Posłuchaj", "Odsłuchaj artykuł", "Przejdź do treści",
        "Wróć na górę", "Rozmiar tekstu", "Więcej", "Pokaż więcej", "Galeria", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    echo_markers=("Krótki link",),
    labels=(
        "Pilne", "Na żywo", "Tylko u nas", "Opinia", "Analiza", "Wideo", "Wywiad", "Komentarz", "Felieton",
        "Polityka", "Gospodarka", "Świat", "Kraj", "Kultura",
    ),
    story_lists=(
        "Czytaj także", "Czytaj też", "Czytaj również", "Zobacz także", "Zobacz też", "Najczęściej czytane",
        "Najpopularniejsze", "Polecane", "Polecamy", "Powiązane artykuły", "Podobne artykuły", "Więcej na ten temat",
        "Najnowsze",
    ),
    tag_labels=(
        "Tagi", "Tematy", "Słowa kluczowe",
    ),
    minute_words=("min", "minuta", "minuty", "minut"),
    reading_words=("czytania", "czas czytania", "czytanie"),
    not_places=("PILNE", "CZYTAJ", "TEŻ", "UWAGA"),
    published_words=("opublikowano", "data publikacji", "dodano"),
    updated_words=("aktualizacja", "zaktualizowano", "ostatnia aktualizacja"),
    timestamp_joiners=("o",),
    publish_stems=("opublikowa",),
    source_words=("źródło", "źródła"),
    sourced_from=("na podstawie",),
    views_before=("wyświetleń", "wyświetlenia", "odsłon", "odsłony"),
    views_verbs=("wyświetlono", "przeczytano"),
    views_times=("razy",),
    views_after=("wyświetleń", "wyświetlenia", "wyświetlenie", "odsłon", "odsłony"),
    writer_paths=("autor", "redaktor"),
    by=("autor:", "autorka:", "autorzy:", "tekst:", "oprac."),
    tip_words=("informacj", "sygnał"),
    about_headings=("o",),
    contact_headings=("dodatkowe informacje", "kontakt dla mediów", "kontakt"),
    job_titles=(
        "redakcja", "redaktor", "redaktorka", "dziennikarz", "dziennikarka", "korespondent", "korespondentka",
        "publicysta",
    ),
    conjunctions=("i", "oraz"),
    place_prepositions=("z",),
    agencies=("PAP", "IAR", "PAP/EPA"),
    credit_words=("fot.", "zdjęcie", "źródło"),
    caption_labels=("fot", "zdjęcie", "zdjęcie ilustracyjne"),
    rights_words=("wszelkie prawa zastrzeżone",),
    newsletter_words=("biuletyn",),
    sign_up_words=("zapisz się", "subskrybuj", "dołącz", "obserwuj nas"),
    months={
        "stycznia": 1, "styczeń": 1, "styczen": 1, "sty": 1, "lutego": 2, "luty": 2, "lut": 2, "marca": 3,
        "marzec": 3, "kwietnia": 4, "kwiecień": 4, "kwi": 4, "maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6,
        "cze": 6, "lipca": 7, "lipiec": 7, "lip": 7, "sierpnia": 8, "sierpień": 8, "sie": 8, "września": 9,
        "wrzesień": 9, "wrz": 9, "października": 10, "październik": 10, "paź": 10, "listopada": 11, "listopad": 11,
        "lis": 11, "grudnia": 12, "grudzień": 12, "gru": 12,
    },
    weekdays=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    relative_dates=("temu", "wczoraj", "dzisiaj", "dziś", "przedwczoraj"),
    time_joiners=("o", "godz.", "o godz."),
    numeric_order="dmy",
    names=("polish", "pol", "polski"),
    stopwords=(
        "i", "w", "z", "na", "do", "się", "nie", "że", "to", "jest", "o", "jak", "po", "co", "ale", "od", "za",
        "przez", "dla", "jego", "jej", "był", "była", "są", "oraz", "także", "który", "która", "które", "przed",
    ),
    company_forms=("Sp. z o.o.", "sp. z o.o.", "S.A.", "sp.j.", "Sp.j.", "sp.k.", "Sp.k."),
)  # fmt: skip
