"""Finnish, Bulgarian, Serbian (Cyrillic and Latin), Croatian, Slovak, Lithuanian and Catalan, read end to end.

Each language has a plain-text scrape (a label, the title, a byline of two names, a timestamp, a share button, a
"read also" heading between the two paragraphs and a copyright line), dates written as its news sites write them,
and a small saved page whose byline and date are only in its visible text, with a relative time above the story,
a "read also" list and a copyright line after it. Every input is written for these tests; what each must give is
taken from how it was built.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import newsparse
from newsparse._meta import parse_byline, parse_date
from newsparse.vocabulary import PATTERNS, _identify

from .vocabulary_kit import check_page, check_scrape, page


@dataclass(frozen=True)
class Language:
    """One language's inputs: the furniture lines of a scrape and a page, and the two paragraphs of its story."""

    name: str  # the test id ("sr-Latn")
    tag: str
    label: str
    title: str
    byline: str
    authors: tuple[str, ...]
    stamp: str
    published: str
    share: str
    paragraphs: tuple[str, str]
    read_also: str
    headlines: tuple[str, str]
    rights: str
    ago: str  # a relative time, as a page prints it above the story


LANGUAGES = [
    Language(
        "fi",
        "fi",
        "Tuoreimmat",
        "Hallitus hyväksyi uudet säännöt kaikille yrityksille",
        "Teksti: Matti Virtanen ja Anna Korhonen",
        ("Matti Virtanen", "Anna Korhonen"),
        "Julkaistu 14.3.2024 klo 14:05",
        "2024-03-14T14:05:00",
        "Jaa",
        (
            "Hallitus päätti torstaina, että uudet säännöt koskevat kaikkia yrityksiä ensi vuodesta alkaen. "
            "Valtiovarainministerin mukaan muutokset koskevat ennen kaikkea pieniä yrityksiä.",
            "Tiedottajan mukaan päätös tehtiin sen jälkeen, kun ammattiliittojen kanssa oli neuvoteltu kuukausia. "
            "Oppositio on arvostellut ehdotusta ja kertoo, että se vie asian oikeuteen.",
        ),
        "Lue myös",
        ("Eduskunta hyväksyi ensi vuoden talousarvion", "Inflaatio hidastui jälleen helmikuussa"),
        "© 2024 Uutismedia Oy. Kaikki oikeudet pidätetään.",
        "3 tuntia sitten",
    ),
    Language(
        "bg",
        "bg",
        "Извънредно",
        "Правителството одобри нови правила за всички компании",
        "Автор: Иван Петров и Мария Иванова",
        ("Иван Петров", "Мария Иванова"),
        "Публикувано: 14 март 2024 г., 14:05 ч.",
        "2024-03-14T14:05:00",
        "Сподели",
        (
            "Правителството реши в четвъртък, че новите правила ще се прилагат за всички компании от следващата "
            "година. Министърът на финансите каза, че промените засягат най-вече малките фирми.",
            "Според говорителя решението е взето след месеци на преговори със синдикатите. Опозицията "
            "разкритикува предложението и заяви, че ще се обърне към съда.",
        ),
        "Прочетете още",
        ("Парламентът прие бюджета за следващата година", "Инфлацията отново се забави през февруари"),
        "© 2024 Новини БГ. Всички права запазени.",
        "преди 3 часа",
    ),
    Language(
        "sr-Cyrl",
        "sr",
        "Хитно",
        "Влада усвојила нова правила за све компаније",
        "Пише: Марко Петровић и Јелена Јовановић",
        ("Марко Петровић", "Јелена Јовановић"),
        "Објављено: 14. март 2024. у 14:05",
        "2024-03-14T14:05:00",
        "Подели",
        (
            "Влада је у четвртак одлучила да ће се нова правила примењивати на све компаније од следеће године. "
            "Министар финансија је рекао да ће промене највише погодити мала предузећа.",
            "Према речима портпаролке, одлука је донета након вишемесечних преговора са синдикатима. Опозиција је "
            "критиковала предлог и најавила да ће се обратити суду.",
        ),
        "Прочитајте још",
        ("Скупштина усвојила буџет за следећу годину", "Инфлација поново успорила у фебруару"),
        "Сва права задржана.",
        "пре 3 сата",
    ),
    Language(
        "sr-Latn",
        "sr",
        "Hitno",
        "Vlada usvojila nova pravila za sve kompanije",
        "Piše: Marko Petrović i Jelena Jovanović",
        ("Marko Petrović", "Jelena Jovanović"),
        "Objavljeno: 14. mart 2024. u 14:05",
        "2024-03-14T14:05:00",
        "Podeli",
        (
            "Vlada je u četvrtak odlučila da će se nova pravila primenjivati na sve kompanije od sledeće godine. "
            "Ministar finansija je takođe rekao da će promene najviše pogoditi mala preduzeća.",
            "Prema rečima portparolke, odluka je doneta posle višemesečnih pregovora sa sindikatima. Opozicija je "
            "kritikovala predlog i najavila da će se obratiti sudu.",
        ),
        "Pročitajte još",
        ("Skupština usvojila budžet za sledeću godinu", "Inflacija ponovo usporila u februaru"),
        "Sva prava zadržana.",
        "juče u 14:05",
    ),
    Language(
        "hr",
        "hr",
        "Ekskluzivno",
        "Vlada donijela nova pravila za sve tvrtke",
        "Piše: Ivana Horvat i Marko Kovačević",
        ("Ivana Horvat", "Marko Kovačević"),
        "Objavljeno: 14. ožujka 2024. u 14:05",
        "2024-03-14T14:05:00",
        "Podijeli",
        (
            "Vlada je u četvrtak odlučila da će se nova pravila primjenjivati na sve tvrtke od sljedeće godine. "
            "Ministar financija također je rekao da će promjene najviše pogoditi male tvrtke.",
            "Prema riječima glasnogovornice, odluka je donesena nakon višemjesečnih pregovora sa sindikatima. "
            "Oporba je kritizirala prijedlog i najavila da će se obratiti sudu.",
        ),
        "Vezane vijesti",
        ("Sabor izglasao proračun za sljedeću godinu", "Inflacija ponovno usporila u veljači"),
        "Sva prava pridržana.",
        "prije 3 sata",
    ),
    Language(
        "sk",
        "sk",
        "Exkluzívne",
        "Vláda schválila nové pravidlá pre všetky firmy",
        "Autor: Ján Kováč a Mária Horváthová",
        ("Ján Kováč", "Mária Horváthová"),
        "Publikované 14. marca 2024 o 14:05",
        "2024-03-14T14:05:00",
        "Zdieľať",
        (
            "Vláda vo štvrtok rozhodla, že nové pravidlá sa budú od budúceho roka vzťahovať na všetky firmy. "
            "Minister financií povedal, že zmeny sa dotknú najmä malých podnikov.",
            "Podľa hovorkyne bolo rozhodnutie prijaté po mesiacoch rokovaní s odbormi. Opozícia návrh kritizovala "
            "a oznámila, že sa obráti na súd.",
        ),
        "Čítajte aj",
        ("Parlament schválil rozpočet na budúci rok", "Inflácia vo februári opäť spomalila"),
        "Všetky práva vyhradené.",
        "pred 3 hodinami",
    ),
    Language(
        "lt",
        "lt",
        "Skubiai",
        "Vyriausybė patvirtino naujas taisykles visoms įmonėms",
        "Autorius: Jonas Kazlauskas ir Rūta Petrauskienė",
        ("Jonas Kazlauskas", "Rūta Petrauskienė"),
        "Paskelbta: 2024 m. kovo 14 d. 14:05",
        "2024-03-14T14:05:00",
        "Dalintis",
        (
            "Vyriausybė ketvirtadienį nusprendė, kad naujos taisyklės nuo kitų metų bus taikomos visoms įmonėms. "
            "Finansų ministras teigė, kad pokyčiai labiausiai palies mažas įmones.",
            "Pasak atstovės, sprendimas buvo priimtas po kelis mėnesius trukusių derybų su profesinėmis sąjungomis. "
            "Opozicija kritikavo pasiūlymą ir pareiškė, kad kreipsis į teismą.",
        ),
        "Taip pat skaitykite",
        ("Seimas priėmė kitų metų biudžetą", "Infliacija vasarį vėl sulėtėjo"),
        "Visos teisės saugomos.",
        "prieš 3 valandas",
    ),
    Language(
        "ca",
        "ca",
        "Última hora",
        "El Govern aprova noves normes per a totes les empreses",
        "Autors: Laia Puig i Jordi Vidal",
        ("Laia Puig", "Jordi Vidal"),
        "Publicat el 14 de març de 2024 a les 14:05",
        "2024-03-14T14:05:00",
        "Comparteix",
        (
            "El Govern va decidir dijous que les noves normes s'aplicaran a totes les empreses a partir de l'any "
            "que ve. El conseller d'Economia va dir que els canvis afectaran sobretot les petites empreses.",
            "Segons la portaveu, la decisió es va prendre després de mesos de negociacions amb els sindicats. "
            "L'oposició ha criticat la proposta i ha anunciat que anirà als tribunals.",
        ),
        "Llegeix també",
        ("El Parlament aprova el pressupost de l'any vinent", "La inflació torna a baixar al febrer"),
        "© 2024 Diari Digital. Tots els drets reservats.",
        "fa 3 hores",
    ),
]
_IDS = [language.name for language in LANGUAGES]


@pytest.mark.parametrize("lang", LANGUAGES, ids=_IDS)
def test_a_plain_text_scrape_leaves_only_the_story_in_the_body(lang: Language) -> None:
    """The label, byline, timestamp, share button, "read also" heading and copyright line leave the body."""
    check_scrape(lang)


@pytest.mark.parametrize("lang", LANGUAGES, ids=_IDS)
def test_a_saved_page_gives_its_byline_its_visible_date_and_no_read_also_list(lang: Language) -> None:
    """The byline and the date are only in the page's text; a relative time, the read-also list and the copyright
    line leave it."""
    check_page(lang)


@pytest.mark.parametrize("lang", LANGUAGES, ids=_IDS)
def test_the_stopword_scorer_tells_the_languages(lang: Language) -> None:
    """Bulgarian and Serbian are told from Russian, Serbian from Croatian, Slovak from Czech, Catalan from Spanish."""
    assert _identify.score_stopwords(" ".join(lang.paragraphs)) == lang.tag


# Datelines signed by the languages' agencies, upper-case as their wires write them.
@pytest.mark.parametrize(
    ("name", "dateline", "place", "agency"),
    [
        ("fi", "HELSINKI (STT) - ", "HELSINKI", "STT"),
        ("bg", "СОФИЯ (БТА) - ", "СОФИЯ", "БТА"),
        ("sr-Latn", "BEOGRAD (Tanjug) - ", "BEOGRAD", "Tanjug"),
        ("hr", "ZAGREB (Hina) - ", "ZAGREB", "Hina"),
        ("sk", "BRATISLAVA (TASR) - ", "BRATISLAVA", "TASR"),
        ("lt", "VILNIUS (ELTA) - ", "VILNIUS", "ELTA"),
        ("ca", "BARCELONA (ACN) - ", "BARCELONA", "ACN"),
    ],
)
def test_an_agency_dateline_gives_the_place_and_the_source(name: str, dateline: str, place: str, agency: str) -> None:
    lang = LANGUAGES[_IDS.index(name)]
    text = f"{lang.title}\n\n{dateline}{lang.paragraphs[0]}\n\n{lang.paragraphs[1]}\n"
    (article,) = newsparse.load(text.encode())
    assert (article.dateline, article.source) == (place, agency)
    assert article.body == "\n\n".join(lang.paragraphs)


DATES = [
    # Finnish: partitive months and their abbreviations, "klo" (at)
    ("14. maaliskuuta 2024", "2024-03-14"),
    ("torstai 14. maaliskuuta 2024 klo 14:05", "2024-03-14T14:05:00"),
    ("1. tammikuuta 2025", "2025-01-01"),
    ("24. jouluk. 2023", "2023-12-24"),
    # Bulgarian: "г." after the year and "ч." after a time (which may then have a dot)
    ("14 март 2024 г., 14.05 ч.", "2024-03-14T14:05:00"),
    ("1 януари 2025", "2025-01-01"),
    ("четвъртък, 14 септември 2023", "2023-09-14"),
    ("14.03.2024 г., 9.30 ч.", "2024-03-14T09:30:00"),
    # Serbian in both scripts: nominative and genitive months, "u"/"у" (at), a dot after the year
    ("14. mart 2024. u 14:05", "2024-03-14T14:05:00"),
    ("14. marta 2024.", "2024-03-14"),
    ("1. januara 2025.", "2025-01-01"),
    ("25. децембра 2023.", "2023-12-25"),
    ("14. октобар 2024. у 14:05", "2024-10-14T14:05:00"),
    ("četvrtak, 15. avgust 2024.", "2024-08-15"),
    # Croatian months
    ("14. ožujka 2024. u 14:05", "2024-03-14T14:05:00"),
    ("srijeda, 1. siječnja 2025.", "2025-01-01"),
    ("25. prosinca 2023.", "2023-12-25"),
    # Slovak genitive months (and Czech's and Polish's shared ones)
    ("14. apríla 2024 o 14:05", "2024-04-14T14:05:00"),
    ("1. januára 2025", "2025-01-01"),
    ("15. októbra 2024", "2024-10-15"),
    ("štvrtok 13. júna 2024", "2024-06-13"),
    # Lithuanian: year first with "m." and "d."
    ("2024 m. kovo 14 d. 14:05", "2024-03-14T14:05:00"),
    ("2025 m. sausio 1 d.", "2025-01-01"),
    ("2023 m. gruodžio 24 d.", "2023-12-24"),
    # Catalan: "de" and the elided "d'" before a month, "a les" (at)
    ("14 de març de 2024", "2024-03-14"),
    ("14 d'abril de 2024 a les 14:05", "2024-04-14T14:05:00"),
    ("14 d’octubre de 2024", "2024-10-14"),
    ("dijous, 14 de març de 2024, 14:05", "2024-03-14T14:05:00"),
    ("1 de gener de 2025", "2025-01-01"),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[text for text, _ in DATES])
def test_dates_in_the_languages_read(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


# Relative times as the languages' sites print them: a line of one is a time, not a date, and leaves a page.
RELATIVE = [
    "3 tuntia sitten", "tänään 14:05", "преди 3 часа", "днес, 14:05", "пре 3 сата", "јуче у 14:05", "juče u 14:05",
    "prije 3 sata", "jučer u 14:05", "pred 3 hodinami", "pred 15 minútami", "prieš 3 valandas", "vakar 14:05",
    "ahir a les 14:05", "avui, 14:05",
]  # fmt: skip
# (Catalan "fa 3 hores" is told by Italian's "fa", "2 ore fa".)


@pytest.mark.parametrize("text", RELATIVE)
def test_relative_times_are_told(text: str) -> None:
    assert PATTERNS.relative_date.search(text) is not None
    assert parse_date(f"{text}, 14.03.2024") is None


# Short words left out so that other languages' text keeps its meaning: Slovak "pred" and Latin Serbian "pre"
# (ago) are "before" and Slovak "for", Finnish "sitten" alone is "then", Lithuanian "prieš" alone is "against".
# (Catalan "des." for December is left out as French "des", which Indonesian "Des" already reads as December.)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pravidlá pre 14. apríla 2024", "2024-04-14"),
        ("Ešte pred voľbami, 8. júna 2024", "2024-06-08"),
        ("Dogovor pre 14. marta 2024.", "2024-03-14"),
        ("Sitten 14. maaliskuuta 2024 kokous", "2024-03-14"),
        ("Protestas prieš karą 2024 m. kovo 14 d.", "2024-03-14"),
    ],
)
def test_words_left_out_do_not_change_dates(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Teksti: Matti Virtanen, STT", (["Matti Virtanen"], "STT")),
        ("Teksti: Matti Virtanen, toimittaja", (["Matti Virtanen"], None)),
        ("Автор: Мария Иванова, БГНЕС", (["Мария Иванова"], "БГНЕС")),
        ("Автор: Иван Петров, БТА", (["Иван Петров"], "БТА")),
        ("Пише: Марко Петровић, дописник", (["Марко Петровић"], None)),
        ("Piše: Marko Petrović, Tanjug", (["Marko Petrović"], "Tanjug")),
        ("Piše: Ivana Horvat, Hina", (["Ivana Horvat"], "Hina")),
        ("Autor: Ján Kováč, spravodajca", (["Ján Kováč"], None)),
        ("Autor: Ján Kováč, TASR", (["Ján Kováč"], "TASR")),
        ("Autorius: Rūta Petrauskienė, žurnalistė", (["Rūta Petrauskienė"], None)),
        ("Autors: Laia Puig, ACN", (["Laia Puig"], "ACN")),
    ],
)
def test_bylines_with_job_titles_and_agencies(line: str, expected: tuple[list[str], str | None]) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    ("declared", "tag"),
    [("Suomi", "fi"), ("български", "bg"), ("srpski", "sr"), ("српски", "sr"), ("hrvatski", "hr"),
     ("slovenčina", "sk"), ("lietuvių", "lt"), ("català", "ca")],
)  # fmt: skip
def test_the_languages_own_names_are_their_tags(declared: str, tag: str) -> None:
    assert _identify.normalise_language(declared) == tag


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Правительство в четверг решило, что новые правила будут применяться ко всем компаниям со следующего "
         "года. Министр финансов сказал, что изменения затронут прежде всего малый бизнес.", "ru"),
        ("Уряд у четвер вирішив, що нові правила застосовуватимуть до всіх компаній з наступного року. Міністр "
         "фінансів сказав, що зміни торкнуться насамперед малого бізнесу.", "uk"),
        ("Vláda ve čtvrtek rozhodla, že nová pravidla se budou od příštího roku vztahovat na všechny firmy. Ministr "
         "financí řekl, že změny se dotknou hlavně malých podniků, které jsou na to připravené.", "cs"),
        ("El Gobierno decidió el jueves que las nuevas normas se aplicarán a todas las empresas a partir del año "
         "que viene. El ministro de Economía dijo que los cambios afectarán sobre todo a las pequeñas empresas.", "es"),
    ],
)  # fmt: skip
def test_the_neighbours_are_still_told(text: str, tag: str) -> None:
    """Russian and Ukrainian, Czech and Spanish keep their answers beside Bulgarian, Serbian, Slovak and Catalan."""
    assert _identify.score_stopwords(text) == tag


def test_serbian_pages_in_either_script_are_serbian() -> None:
    """A Serbian page declares "sr-Latn" or "sr-Cyrl" and keeps it; one that declares nothing is told Serbian."""
    latin = LANGUAGES[_IDS.index("sr-Latn")]
    (declared,) = newsparse.load(page(latin).replace(b'lang="sr"', b'lang="sr-Latn"'))
    assert (declared.language, declared.authors) == ("sr-Latn", latin.authors)
    cyrillic = LANGUAGES[_IDS.index("sr-Cyrl")]
    (told,) = newsparse.load(page(cyrillic).replace(b' lang="sr"', b""))
    assert (told.language, told.authors) == ("sr", cyrillic.authors)
