"""Latvian, Estonian, Icelandic and Maltese, read end to end.

Each language has a plain-text scrape (a label, the title, a byline of two names, a timestamp, a share button, a
"read also" heading between the two paragraphs and a copyright line), dates written as its news sites write them
(with the language's own month names, in the case forms dates use, day first or, in Latvian, year first), and a
small saved page whose byline and date are only in its visible text, with a relative time above the story, a
"read also" list and a copyright line after it. The neighbours that share words with them (Lithuanian, Finnish,
Danish, Norwegian, Swedish, German, Italian, English) must still be told and read as before. Every input is
written for these tests; what each must give is taken from how it was built.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

import newsparse
from newsparse._meta import parse_byline, parse_date
from newsparse.vocabulary import PATTERNS, _identify

from .languages import Case
from .vocabulary_kit import check_page, check_scrape, page


@dataclass(frozen=True)
class Language:
    """One language's inputs: the furniture lines of a scrape and a page, and the two paragraphs of its story."""

    name: str  # the test id
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
        "lv",
        "lv",
        "Ekskluzīvi",
        "Valdība apstiprina jaunus noteikumus visiem uzņēmumiem",
        "Autors: Jānis Bērziņš un Anna Kalniņa",
        ("Jānis Bērziņš", "Anna Kalniņa"),
        "Publicēts: 2026. gada 27. novembrī, plkst. 14:05",
        "2026-11-27T14:05:00",
        "Dalīties",
        (
            "Valdība ceturtdien nolēma, ka jaunie noteikumi no nākamā gada attieksies uz visiem uzņēmumiem. "
            "Finanšu ministrs sacīja, ka izmaiņas vispirms skars mazos uzņēmumus.",
            "Pēc preses sekretāra teiktā, lēmums tika pieņemts pēc vairākus mēnešus ilgām sarunām ar "
            "arodbiedrībām. Opozīcija priekšlikumu kritizēja un paziņoja, ka vērsīsies tiesā.",
        ),
        "Lasi arī",
        ("Saeima pieņem nākamā gada budžetu", "Inflācija februārī atkal palēninājās"),
        "© 2026 Ziņu portāls. Visas tiesības aizsargātas.",
        "pirms 3 stundām",
    ),
    Language(
        "et",
        "et",
        "Majandus",
        "Valitsus kinnitas kõigile ettevõtetele uued reeglid",
        "Autor: Mari Tamm ja Jaan Kask",
        ("Mari Tamm", "Jaan Kask"),
        "Avaldatud: 27. november 2026, 14:05",
        "2026-11-27T14:05:00",
        "Jaga",
        (
            "Valitsus otsustas neljapäeval, et uued reeglid on järgmisest aastast kohustuslikud kõigile "
            "ettevõtetele. Rahandusminister ütles, et muudatused puudutavad eelkõige väikeettevõtteid, kuid ka "
            "omavalitsusi.",
            "Pressiesindaja sõnul tehti otsus pärast mitu kuud kestnud läbirääkimisi ametiühingutega. Opositsioon "
            "kritiseeris ettepanekut ja teatas, et see ei ole seaduslik ning pöördub kohtusse.",
        ),
        "Loe ka",
        ("Riigikogu võttis vastu järgmise aasta eelarve", "Inflatsioon aeglustus veebruaris taas"),
        "© 2026 Uudisteportaal. Kõik õigused kaitstud.",
        "3 tundi tagasi",
    ),
    Language(
        "is",
        "is",
        "Innlent",
        "Ríkisstjórnin samþykkir nýjar reglur fyrir öll fyrirtæki",
        "Höfundur: Jón Sigurðsson og Anna Guðmundsdóttir",
        ("Jón Sigurðsson", "Anna Guðmundsdóttir"),
        "Birt: 27. nóvember 2026 kl. 14:05",
        "2026-11-27T14:05:00",
        "Deila",
        (
            "Ríkisstjórnin ákvað á fimmtudag að nýju reglurnar taki gildi fyrir öll fyrirtæki frá og með næsta "
            "ári. Fjármálaráðherra sagði að breytingarnar myndu einkum hafa áhrif á lítil fyrirtæki.",
            "Að sögn talsmanns var ákvörðunin tekin eftir margra mánaða viðræður við verkalýðsfélögin. "
            "Stjórnarandstaðan gagnrýndi tillöguna og sagðist ætla að leita til dómstóla.",
        ),
        "Tengdar fréttir",
        ("Alþingi samþykkir fjárlög næsta árs", "Verðbólga hjaðnaði aftur í febrúar"),
        "© 2026 Fréttavefurinn. Öll réttindi áskilin.",
        "fyrir 3 klukkustundum",
    ),
    Language(
        "mt",
        "mt",
        "Lokali",
        "Il-Gvern japprova regoli ġodda għall-kumpaniji kollha",
        "Awtur: Joseph Borg u Maria Camilleri",
        ("Joseph Borg", "Maria Camilleri"),
        "Ippubblikat: 27 ta' Novembru 2026, 14:05",
        "2026-11-27T14:05:00",
        "Aqsam",
        (
            "Il-Gvern iddeċieda nhar il-Ħamis li r-regoli l-ġodda se japplikaw għall-kumpaniji kollha mis-sena "
            "d-dieħla. Il-Ministru tal-Finanzi qal li dawn il-bidliet se jolqtu l-aktar lin-negozji ż-żgħar.",
            "Skont il-kelliem, id-deċiżjoni ttieħdet wara xhur ta' taħditiet mal-unions. L-Oppożizzjoni "
            "kkritikat il-proposta u qalet li se tmur il-qorti.",
        ),
        "Aqra wkoll",
        ("Il-Parlament japprova l-baġit tas-sena d-dieħla", "L-inflazzjoni reġgħet naqset fi Frar"),
        "© 2026 Portal tal-Aħbarijiet. Id-drittijiet kollha riżervati.",
        "3 sigħat ilu",
    ),
]
_IDS = [language.name for language in LANGUAGES]


def _lang(name: str) -> Language:
    return LANGUAGES[_IDS.index(name)]


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
def test_a_page_that_declares_no_language_is_told_its_own(lang: Language) -> None:
    """Without a ``lang``, the page's text tells its language: Latvian from Lithuanian, Estonian from Finnish and
    English, Icelandic from the Nordic languages and German, Maltese from Italian and English."""
    (article,) = newsparse.load(page(lang).replace(f' lang="{lang.tag}"'.encode(), b""))
    assert (article.language, article.authors) == (lang.tag, lang.authors)
    assert (article.published or "")[:10] == lang.published[:10]


@pytest.mark.parametrize("lang", LANGUAGES, ids=_IDS)
def test_the_stopword_scorer_tells_the_languages(lang: Language) -> None:
    assert _identify.score_stopwords(" ".join(lang.paragraphs)) == lang.tag
    assert _identify.score_stopwords(lang.paragraphs[0]) == lang.tag  # one paragraph of two sentences is enough
    assert _identify.score_stopwords(lang.paragraphs[1]) == lang.tag


DATES = [
    # Latvian: day first with the nominative, year first with "gada" and the locative, nominative or genitive
    ("27. novembris 2026", "2026-11-27"),
    ("Piektdiena, 27. novembris 2026", "2026-11-27"),
    ("2026. gada 27. novembrī", "2026-11-27"),
    ("2026. gada 27. novembrī, plkst. 14:05", "2026-11-27T14:05:00"),
    ("2026. gada 27. novembris", "2026-11-27"),
    ("2026. gada 3. martā", "2026-03-03"),
    ("2025. gada 15. augustā plkst. 9:30", "2025-08-15T09:30:00"),
    ("2026. gada 5. februāra sēdē", "2026-02-05"),
    ("2026. gada 14. aprīlī", "2026-04-14"),
    ("1. janvāris 2026", "2026-01-01"),
    ("2025. gada 24. jūnijā", "2025-06-24"),
    ("2025. gada 18. novembra", "2025-11-18"),
    ("27.11.2026. 14:05", "2026-11-27T14:05:00"),
    # Estonian: day first, the nominative and the adessive, "kell" before the time, abbreviations
    ("27. november 2026", "2026-11-27"),
    ("27. november 2026, 14:05", "2026-11-27T14:05:00"),
    ("reede, 27. november 2026", "2026-11-27"),
    ("27. novembril 2026 kell 14:05", "2026-11-27T14:05:00"),
    ("3. märts 2026", "2026-03-03"),
    ("14. veebruar 2026", "2026-02-14"),
    ("1. jaanuar 2026", "2026-01-01"),
    ("24. juuni 2025", "2025-06-24"),
    ("5. oktoober 2025", "2025-10-05"),
    ("25. detsember 2025", "2025-12-25"),
    ("12. dets. 2025", "2025-12-12"),
    ("3. veebr. 2026", "2026-02-03"),
    ("20. augustil 2025", "2025-08-20"),
    # Icelandic: day first, "kl." or "klukkan" before the time
    ("27. nóvember 2026", "2026-11-27"),
    ("27. nóvember 2026 kl. 14:05", "2026-11-27T14:05:00"),
    ("föstudagur 27. nóvember 2026", "2026-11-27"),
    ("1. janúar 2026 klukkan 09:30", "2026-01-01T09:30:00"),
    ("14. febrúar 2026", "2026-02-14"),
    ("3. mars 2026", "2026-03-03"),
    ("20. apríl 2026", "2026-04-20"),
    ("1. maí 2026", "2026-05-01"),
    ("17. júní 2025", "2025-06-17"),
    ("3. ágúst 2025", "2025-08-03"),
    ("5. október 2025", "2025-10-05"),
    ("24. desember 2025", "2025-12-24"),
    # Maltese: "ta'" before the month, the apostrophe straight or curly
    ("27 ta' Novembru 2026", "2026-11-27"),
    ("27 ta’ Novembru 2026, 14:05", "2026-11-27T14:05:00"),
    ("Il-Ġimgħa, 27 ta' Novembru 2026", "2026-11-27"),
    ("1 ta' Jannar 2026", "2026-01-01"),
    ("14 ta' Frar 2026", "2026-02-14"),
    ("31 ta' Marzu 2026", "2026-03-31"),
    ("5 ta' Mejju 2026", "2026-05-05"),
    ("7 ta' Ġunju 2025", "2025-06-07"),
    ("15 ta' Awwissu 2025", "2025-08-15"),
    ("21 ta' Settembru 2025", "2025-09-21"),
    ("8 ta' Diċembru, 2025", "2025-12-08"),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[text for text, _ in DATES])
def test_dates_in_the_languages_read(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


# Relative times as the languages' sites print them: a line of one is a time, not a date, and leaves a page.
RELATIVE = [
    "pirms 3 stundām", "pirms 15 minūtēm", "šodien, 14:05", "3 tundi tagasi", "15 minutit tagasi", "eile, 14:05",
    "fyrir 3 klukkustundum", "fyrir 15 mínútum", "í gær kl. 14:05", "3 sigħat ilu", "5 minuti ilu",
    "ilbieraħ, 14:05",
]  # fmt: skip


@pytest.mark.parametrize("text", RELATIVE)
def test_relative_times_are_told(text: str) -> None:
    assert PATTERNS.relative_date.search(text) is not None
    assert parse_date(f"{text}, 14.03.2024") is None


# The neighbours keep their dates: a year first with a dot before the year's word reads only with a word a
# vocabulary names ("gada"); Lithuanian and Hungarian year-first dates and the others read as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024 m. kovo 14 d.", "2024-03-14"),
        ("2024 m. kovo 14 d. 14:05", "2024-03-14T14:05:00"),
        ("2024. március 14.", "2024-03-14"),
        ("2025 жылғы 2 желтоқсан", "2025-12-02"),
        ("14. maaliskuuta 2024", "2024-03-14"),
        ("14. März 2024, 14:05 Uhr", "2024-03-14T14:05:00"),
        ("14. mars 2024 kl. 14:05", "2024-03-14T14:05:00"),
        ("14 marzo 2024 alle 14:05", "2024-03-14T14:05:00"),
        ("14 April 2024", "2024-04-14"),
        ("2024. 03. 14.", "2024-03-14"),
    ],
)
def test_the_neighbours_dates_read_as_before(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Autors: Jānis Bērziņš, žurnālists", (["Jānis Bērziņš"], None)),
        ("Teksts: Anna Kalniņa, LETA", (["Anna Kalniņa"], "LETA")),
        ("Autor: Mari Tamm, ajakirjanik", (["Mari Tamm"], None)),
        ("Autorid: Mari Tamm ja Jaan Kask", (["Mari Tamm", "Jaan Kask"], None)),
        ("Höfundur: Jón Sigurðsson, blaðamaður", (["Jón Sigurðsson"], None)),
        ("Höfundur: Anna Guðmundsdóttir, fréttamaður", (["Anna Guðmundsdóttir"], None)),
        ("Awtur: Joseph Borg, ġurnalist", (["Joseph Borg"], None)),
        ("Awtur: Maria Camilleri u Joseph Borg", (["Maria Camilleri", "Joseph Borg"], None)),
    ],
)
def test_bylines_with_job_titles_and_agencies(line: str, expected: tuple[list[str], str | None]) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    ("declared", "tag"),
    [("latviešu", "lv"), ("Latvian", "lv"), ("lv-LV", "lv-LV"), ("eesti", "et"), ("Estonian", "et"),
     ("et-EE", "et-EE"), ("íslenska", "is"), ("Icelandic", "is"), ("is-IS", "is-IS"), ("Malti", "mt"),
     ("Maltese", "mt"), ("mt-MT", "mt-MT")],
)  # fmt: skip
def test_the_languages_names_are_their_tags(declared: str, tag: str) -> None:
    assert _identify.normalise_language(declared) == tag


# The neighbours are still told: Lithuanian beside Latvian, Finnish beside Estonian, Danish, Norwegian, Swedish and
# German beside Icelandic, Italian and English beside Maltese.
NEIGHBOURS = [
    ("Vyriausybė ketvirtadienį nusprendė, kad naujos taisyklės nuo kitų metų bus taikomos visoms įmonėms. Finansų "
     "ministras teigė, kad pokyčiai pirmiausia palies smulkųjį verslą ir savivaldybes.", "lt"),
    ("Atstovo teigimu, sprendimas buvo priimtas po kelis mėnesius trukusių derybų su profesinėmis sąjungomis. "
     "Opozicija pasiūlymą sukritikavo ir pareiškė, kad kreipsis į teismą.", "lt"),
    ("Hallitus päätti torstaina, että uudet säännöt ovat voimassa kaikille yrityksille ensi vuodesta alkaen. "
     "Valtiovarainministeri sanoi, että muutokset koskevat ennen kaikkea pieniä yrityksiä ja kuntia.", "fi"),
    ("Tiedottajan mukaan päätös tehtiin vasta kuukausia kestäneiden neuvottelujen jälkeen. Oppositio arvosteli "
     "ehdotusta ja kertoi, että se ei ole laillinen ja että asia viedään oikeuteen.", "fi"),
    ("Regeringen besluttede torsdag, at de nye regler ikke skal gælde for de små virksomheder, før der er talt med "
     "kommunerne. Ifølge ministeren blev beslutningen truffet efter et langt møde, og hun vil nu se på sagen igen.",
     "da"),
    ("Regjeringen bestemte torsdag at de nye reglene ikke skal gjelde for de små bedriftene før det er snakket med "
     "kommunene. Ifølge ministeren ble beslutningen tatt etter et langt møte, og hun vil nå se på saken på nytt.",
     "nb"),
    ("Regeringen beslutade på torsdagen att de nya reglerna ska gälla för alla företag från och med nästa år. "
     "Finansministern sade att förändringarna framför allt kommer att drabba de små företagen.", "sv"),
    ("Die Regierung hat am Donnerstag entschieden, dass die neuen Regeln ab dem nächsten Jahr für alle Firmen "
     "gelten. Der Finanzminister sagte, die Änderungen träfen vor allem kleine Betriebe und Gemeinden.", "de"),
    ("Il governo ha deciso giovedì che le nuove regole si applicheranno a tutte le aziende dal prossimo anno. Il "
     "ministro delle Finanze ha detto che i cambiamenti colpiranno soprattutto le piccole imprese.", "it"),
    ("The government decided on Thursday that the new rules will apply to all companies from next year. The "
     "finance minister said that the changes would hit small businesses and the councils first.", "en"),
    ("It is not clear when the council will vote on the plan, but officials said it is likely to pass in the "
     "spring, once the final costs are known.", "en"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "tag"), NEIGHBOURS, ids=[tag for _, tag in NEIGHBOURS])
def test_the_neighbours_are_still_told(text: str, tag: str) -> None:
    assert _identify.score_stopwords(text) == tag


_NEIGHBOUR_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title></head><body><main><article><h1>{title}</h1>
<p>{byline}</p><p>{stamp}</p><p>{one}</p><p>{two}</p></article></main></body></html>"""


@pytest.mark.parametrize(
    ("title", "byline", "stamp", "tag", "authors", "published"),
    [
        ("Patvirtintos naujos taisyklės", "Autorius: Jonas Kazlauskas", "Paskelbta: 2024 m. kovo 14 d. 14:05", "lt",
         ("Jonas Kazlauskas",), "2024-03-14T14:05:00"),
        ("Uudet säännöt hyväksyttiin", "Teksti: Matti Virtanen", "Julkaistu 14.3.2024 14:05", "fi",
         ("Matti Virtanen",), "2024-03-14T14:05:00"),
        ("Nye regler er vedtatt", "Av Kari Nordmann", "Publisert 14. mars 2024 kl. 14:05", "nb",
         ("Kari Nordmann",), "2024-03-14T14:05:00"),
        ("Nuove regole approvate", "Di Mario Rossi", "Pubblicato il 14 marzo 2024 alle 14:05", "it",
         ("Mario Rossi",), "2024-03-14T14:05:00"),
    ],
)  # fmt: skip
def test_undeclared_neighbour_pages_read_as_before(
    title: str, byline: str, stamp: str, tag: str, authors: tuple[str, ...], published: str
) -> None:
    """Undeclared Lithuanian, Finnish, Norwegian and Italian pages keep their language, byline and date beside the
    four."""
    one, two = _bodies(tag)
    markup = _NEIGHBOUR_PAGE.format(title=title, byline=byline, stamp=stamp, one=one, two=two)
    (article,) = newsparse.load(markup.encode())
    assert (article.language, article.authors, article.published) == (tag, authors, published)


def _bodies(tag: str) -> tuple[str, str]:
    texts = [text for text, language in NEIGHBOURS if language == tag]
    first, *rest = texts
    return first, (rest[0] if rest else first.split(". ", 1)[1])


# Plain-text fixtures: three articles in each language, each stating what it must give (read with
# tests/languages.py's CASES by tests/test_languages.py).
def _fixtures() -> list[Case]:
    cases: list[Case] = []

    def add(name: str, case: str, lines: list[str], expect: dict[str, Any]) -> None:
        lang = _lang(name)
        one, two = lang.paragraphs
        index = lines.index("BODY")
        text = "\n".join([*lines[:index], one, "", two, *lines[index + 1 :]]) + "\n"
        furniture = tuple(line for line in lines if line and line != "BODY" and line != expect.get("title"))
        cases.append(Case(lang.tag, f"{name}-{case}", text, expect, one, furniture))

    title = {lang.name: lang.title for lang in LANGUAGES}
    # Latvian
    add(
        "lv",
        "byline-and-stamp",
        ["Ekskluzīvi", "", title["lv"], "", "Autors: Jānis Bērziņš", "Publicēts: 2026. gada 27. novembrī, plkst. 09:30",
         "", "BODY", "", "Avots: LETA"],
        {"title": title["lv"], "authors": ["Jānis Bērziņš"], "published": "2026-11-27T09:30:00", "source": "LETA"},
    )  # fmt: skip
    add(
        "lv",
        "updated",
        [title["lv"], "", "Dalīties", "Atjaunināts: 2026. gada 28. novembrī, plkst. 14:05", "", "BODY", "", "Reklāma"],
        {"updated": "2026-11-28T14:05:00"},
    )
    add(
        "lv",
        "job-title",
        [title["lv"], "", "Teksts: Anna Kalniņa, žurnāliste", "27. novembris 2026", "", "BODY", "", "Komentāri"],
        {"authors": ["Anna Kalniņa"], "published": "2026-11-27"},
    )
    # Estonian
    add(
        "et",
        "byline-and-stamp",
        ["Majandus", "", title["et"], "", "Autor: Mari Tamm", "Avaldatud: 27. november 2026, 09:30", "", "BODY", "",
         "Allikas: BNS"],
        {"title": title["et"], "authors": ["Mari Tamm"], "published": "2026-11-27T09:30:00", "source": "BNS"},
    )  # fmt: skip
    add(
        "et",
        "updated",
        [title["et"], "", "Jaga", "Uuendatud: 28. november 2026, 14:05", "", "BODY", "", "Reklaam"],
        {"updated": "2026-11-28T14:05:00"},
    )
    add(
        "et",
        "job-title",
        [title["et"], "", "Autor: Jaan Kask, ajakirjanik", "27. novembril 2026 kell 14:05", "", "BODY", "",
         "Kommentaarid"],
        {"authors": ["Jaan Kask"], "published": "2026-11-27T14:05:00"},
    )  # fmt: skip
    # Icelandic
    add(
        "is",
        "byline-and-stamp",
        ["Innlent", "", title["is"], "", "Höfundur: Jón Sigurðsson", "Birt: 27. nóvember 2026 kl. 09:30", "", "BODY"],
        {"title": title["is"], "authors": ["Jón Sigurðsson"], "published": "2026-11-27T09:30:00"},
    )
    add(
        "is",
        "updated",
        [title["is"], "", "Deila", "Uppfært: 28. nóvember 2026 kl. 14:05", "", "BODY", "", "Auglýsing"],
        {"updated": "2026-11-28T14:05:00"},
    )
    add(
        "is",
        "job-title",
        [title["is"], "", "Höfundur: Anna Guðmundsdóttir, fréttamaður", "27. nóvember 2026", "", "BODY", "",
         "Athugasemdir"],
        {"authors": ["Anna Guðmundsdóttir"], "published": "2026-11-27"},
    )  # fmt: skip
    # Maltese
    add(
        "mt",
        "byline-and-stamp",
        ["Lokali", "", title["mt"], "", "Awtur: Joseph Borg", "Ippubblikat: 27 ta' Novembru 2026, 09:30", "", "BODY"],
        {"title": title["mt"], "authors": ["Joseph Borg"], "published": "2026-11-27T09:30:00"},
    )
    add(
        "mt",
        "updated",
        [title["mt"], "", "Aqsam", "Aġġornat: 28 ta’ Novembru 2026, 14:05", "", "BODY", "", "Kummenti"],
        {"updated": "2026-11-28T14:05:00"},
    )
    add(
        "mt",
        "job-title",
        [title["mt"], "", "Awtur: Maria Camilleri, ġurnalista", "27 ta' Novembru 2026", "", "BODY", "", "Aqra aktar"],
        {"authors": ["Maria Camilleri"], "published": "2026-11-27"},
    )
    return cases


FIXTURES = _fixtures()
"""Three plain-text articles in each of the four languages, read by tests/test_languages.py with its CASES."""
