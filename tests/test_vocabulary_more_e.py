"""Kazakh, Azerbaijani, Uzbek (Latin and Cyrillic), Georgian, Armenian and Afrikaans, read end to end.

Each language has a plain-text scrape (a label, the title, a byline of two names, a timestamp, a share button, a
"read also" heading between the two paragraphs and a copyright line), dates written as its news sites write them
(with the language's own month names, in the case forms dates use, day first or year first), and a small saved
page whose byline and date are only in its visible text, with a relative time above the story, a "read also"
list and a copyright line after it. The neighbours that share words with them (Turkish, Russian, Ukrainian,
Dutch) must still be told and read as before. Every input is written for these tests; what each must give is
taken from how it was built.
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

    name: str  # the test id ("uz-Cyrl")
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
        "kk",
        "kk",
        "Шұғыл",
        "Үкімет барлық компанияларға арналған жаңа ережелерді бекітті",
        "Авторы: Асқар Нұрланұлы және Айгүл Серікқызы",
        ("Асқар Нұрланұлы", "Айгүл Серікқызы"),
        "Жарияланды: 2 желтоқсан 2025, 14:05",
        "2025-12-02T14:05:00",
        "Бөлісу",
        (
            "Үкімет бейсенбі күні жаңа ережелер келесі жылдан бастап барлық компанияларға қолданылатынын "
            "хабарлады. Қаржы министрі бұл өзгерістер ең алдымен шағын бизнеске әсер ететінін айтты.",
            "Ресми өкілдің сөзінше, шешім кәсіподақтармен бірнеше ай бойы жүргізілген келіссөздерден кейін "
            "қабылданды. Оппозиция бұл ұсынысты сынап, сотқа жүгінетінін мәлімдеді.",
        ),
        "Тағы оқыңыз",
        ("Парламент келесі жылғы бюджетті қабылдады", "Ақпанда инфляция тағы да баяулады"),
        "© 2025 Жаңалықтар порталы. Барлық құқықтар қорғалған.",
        "3 сағат бұрын",
    ),
    Language(
        "az",
        "az",
        "Təcili",
        "Hökumət bütün şirkətlər üçün yeni qaydaları təsdiqləyib",
        "Müəllif: Anar Məmmədov və Leyla Həsənova",
        ("Anar Məmmədov", "Leyla Həsənova"),
        "Dərc olunub: 25 noyabr 2025, 14:05",
        "2025-11-25T14:05:00",
        "Paylaş",
        (
            "Hökumət cümə axşamı yeni qaydaların gələn ildən bütün şirkətlərə tətbiq ediləcəyini açıqlayıb. "
            "Maliyyə naziri bildirib ki, bu dəyişikliklər ilk növbədə kiçik biznesə təsir edəcək.",
            "Sözçünün sözlərinə görə, qərar həmkarlar ittifaqları ilə aylarla davam edən danışıqlardan sonra "
            "qəbul edilib. Müxalifət təklifi tənqid edib və məhkəməyə müraciət edəcəyini bildirib.",
        ),
        "Həmçinin oxuyun",
        ("Parlament gələn ilin büdcəsini qəbul edib", "Fevralda inflyasiya yenidən yavaşlayıb"),
        "© 2025 Xəbər Portalı. Bütün hüquqlar qorunur.",
        "3 saat əvvəl",
    ),
    Language(
        "uz-Latn",
        "uz",
        "Tezkor",
        "Hukumat barcha kompaniyalar uchun yangi qoidalarni tasdiqladi",
        "Muallif: Aziz Karimov va Dilnoza Rashidova",
        ("Aziz Karimov", "Dilnoza Rashidova"),
        "E’lon qilindi: 2-dekabr 2025, 14:05",
        "2025-12-02T14:05:00",
        "Ulashish",
        (
            "Hukumat payshanba kuni yangi qoidalar kelgusi yildan boshlab barcha kompaniyalarga tatbiq etilishini "
            "maʼlum qildi. Moliya vaziri bu oʻzgarishlar avvalo kichik biznesga taʼsir qilishini aytdi.",
            "Matbuot kotibining soʻzlariga koʻra, qaror kasaba uyushmalari bilan bir necha oy davom etgan "
            "muzokaralardan keyin qabul qilindi. Muxolifat taklifni tanqid qildi va sudga murojaat qilishini "
            "maʼlum qildi.",
        ),
        "Shuningdek oʻqing",
        ("Parlament kelgusi yil byudjetini qabul qildi", "Fevralda inflyatsiya yana sekinlashdi"),
        "© 2025 Yangiliklar portali. Barcha huquqlar himoyalangan.",
        "3 soat oldin",
    ),
    Language(
        "uz-Cyrl",
        "uz",
        "Тезкор",
        "Ҳукумат барча компаниялар учун янги қоидаларни тасдиқлади",
        "Муаллиф: Азиз Каримов ва Дилноза Рашидова",
        ("Азиз Каримов", "Дилноза Рашидова"),
        "Эълон қилинди: 2 декабрь 2025, 14:05",
        "2025-12-02T14:05:00",
        "Улашиш",
        (
            "Ҳукумат пайшанба куни янги қоидалар келгуси йилдан бошлаб барча компанияларга татбиқ этилишини "
            "маълум қилди. Молия вазири бу ўзгаришлар аввало кичик бизнесга таъсир қилишини айтди.",
            "Матбуот котибининг сўзларига кўра, қарор касаба уюшмалари билан бир неча ой давом этган "
            "музокаралардан кейин қабул қилинди. Мухолифат таклифни танқид қилди ва судга мурожаат қилишини "
            "маълум қилди.",
        ),
        "Шунингдек ўқинг",
        ("Парламент келгуси йил бюджетини қабул қилди", "Февралда инфляция яна секинлашди"),
        "© 2025 Янгиликлар портали. Барча ҳуқуқлар ҳимояланган.",
        "3 соат олдин",
    ),
    Language(
        "ka",
        "ka",
        "ცხელი ამბები",
        "მთავრობამ ყველა კომპანიისთვის ახალი წესები დაამტკიცა",
        "ავტორი: ნინო ბერიძე და გიორგი კაპანაძე",
        ("ნინო ბერიძე", "გიორგი კაპანაძე"),
        "გამოქვეყნდა: 22 ნოემბერი, 2025 14:05",
        "2025-11-22T14:05:00",
        "გაზიარება",
        (
            "მთავრობამ ხუთშაბათს გადაწყვიტა, რომ ახალი წესები მომავალი წლიდან ყველა კომპანიაზე გავრცელდება. "
            "ფინანსთა მინისტრის თქმით, ეს ცვლილებები პირველ რიგში მცირე ბიზნესს შეეხება.",
            "სპიკერის განცხადებით, გადაწყვეტილება პროფკავშირებთან რამდენიმეთვიანი მოლაპარაკების შემდეგ მიიღეს. "
            "ოპოზიციამ წინადადება გააკრიტიკა და განაცხადა, რომ სასამართლოს მიმართავს.",
        ),
        "ასევე წაიკითხეთ",
        ("პარლამენტმა მომავალი წლის ბიუჯეტი მიიღო", "თებერვალში ინფლაცია კვლავ შენელდა"),
        "© 2025 ახალი ამბები. ყველა უფლება დაცულია.",
        "3 საათის წინ",
    ),
    Language(
        "hy",
        "hy",
        "Շտապ",
        "Կառավարությունը հաստատել է նոր կանոններ բոլոր ընկերությունների համար",
        "Հեղինակ՝ Արամ Պետրոսյան և Անի Հակոբյան",
        ("Արամ Պետրոսյան", "Անի Հակոբյան"),
        "Հրապարակվել է՝ 2 դեկտեմբերի 2025, 14:05",
        "2025-12-02T14:05:00",
        "Կիսվել",
        (
            "Կառավարությունը հինգշաբթի որոշեց, որ նոր կանոնները հաջորդ տարվանից կկիրառվեն բոլոր ընկերությունների "
            "նկատմամբ։ Ֆինանսների նախարարը նշեց, որ փոփոխությունները առաջին հերթին կազդեն փոքր բիզնեսի վրա։",
            "Խոսնակի խոսքով՝ որոշումը կայացվել է արհմիությունների հետ մի քանի ամիս տևած բանակցություններից հետո։ "
            "Ընդդիմությունը քննադատել է առաջարկը և հայտարարել, որ դիմելու է դատարան։",
        ),
        "Կարդացեք նաև",
        ("Խորհրդարանն ընդունեց հաջորդ տարվա բյուջեն", "Փետրվարին գնաճը կրկին դանդաղեց"),
        "© 2025 Լրատվական կայք։ Բոլոր իրավունքները պաշտպանված են։",
        "3 ժամ առաջ",
    ),
    Language(
        "af",
        "af",
        "Nuusflits",
        "Regering keur nuwe reëls vir alle maatskappye goed",
        "Deur Johan van der Merwe en Annelie Botha",
        ("Johan van der Merwe", "Annelie Botha"),
        "Gepubliseer: 14 Maart 2025, 14:05",
        "2025-03-14T14:05:00",
        "Deel",
        (
            "Die regering het Donderdag besluit dat die nuwe reëls vanaf volgende jaar op alle maatskappye van "
            "toepassing sal wees. Die minister van finansies het gesê die veranderinge sal veral klein ondernemings "
            "raak.",
            "Volgens die woordvoerder is die besluit geneem ná maande se onderhandelinge met die vakbonde. Die "
            "opposisie het die voorstel gekritiseer en gesê hulle sal na die hof gaan.",
        ),
        "Verwante artikels",
        ("Parlement keur volgende jaar se begroting goed", "Inflasie het in Februarie weer afgeneem"),
        "© 2025 Nuusblad. Alle regte voorbehou.",
        "3 uur gelede",
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
    """Without a ``lang``, the page's text tells its language: Kazakh and Uzbek from Russian and Ukrainian,
    Azerbaijani from Turkish, Afrikaans from Dutch, Georgian and Armenian by their scripts."""
    (article,) = newsparse.load(page(lang).replace(f' lang="{lang.tag}"'.encode(), b""))
    assert (article.language, article.authors) == (lang.tag, lang.authors)
    assert (article.published or "")[:10] == lang.published[:10]


@pytest.mark.parametrize("lang", LANGUAGES, ids=_IDS)
def test_the_stopword_scorer_tells_the_languages(lang: Language) -> None:
    assert _identify.score_stopwords(" ".join(lang.paragraphs)) == lang.tag
    assert _identify.score_stopwords(lang.paragraphs[0]) == lang.tag  # one paragraph of two sentences is enough


DATES = [
    # Kazakh: its own months, nominative and locative, "ж." / "жылғы" after the year, year first
    ("2 желтоқсан 2025", "2025-12-02"),
    ("28 қараша 2025", "2025-11-28"),
    ("28 қараша 2025 ж. 09:30", "2025-11-28T09:30:00"),
    ("2025 жылғы 2 желтоқсан", "2025-12-02"),
    ("2025 жылғы 14 наурызда", "2025-03-14"),
    ("сейсенбі, 1 сәуір 2025, 14:05", "2025-04-01T14:05:00"),
    ("15 қыркүйек 2024", "2024-09-15"),
    ("7 шілде 2024", "2024-07-07"),
    ("20 тамыз 2024", "2024-08-20"),
    ("5 қазан 2024", "2024-10-05"),
    ("1 қаңтар 2025", "2025-01-01"),
    ("02.12.2025 14:05", "2025-12-02T14:05:00"),
    # Azerbaijani: months in the nominative, "-ci il" after the year, year first, Tuesday written in two words
    ("25 noyabr 2025", "2025-11-25"),
    ("25 noyabr 2025-ci il, 14:05", "2025-11-25T14:05:00"),
    ("Çərşənbə axşamı, 25 noyabr 2025", "2025-11-25"),
    ("2024-cü il 14 avqust", "2024-08-14"),
    ("1 yanvar 2025", "2025-01-01"),
    ("14 mart 2025", "2025-03-14"),
    ("3 oktyabr 2024 15:30", "2024-10-03T15:30:00"),
    ("12 sentyabr 2024", "2024-09-12"),
    # a genitive month before the day with its possessive ending
    ("noyabrın 25-i, 2025", "2025-11-25"),
    ("2025-ci il dekabrın 2-si, 14:05", "2025-12-02T14:05:00"),
    # Uzbek: Latin with a hyphen after the day, the year first with "-yil", and Cyrillic as Russian writes the months
    ("2-dekabr 2025", "2025-12-02"),
    ("25 noyabr 2025", "2025-11-25"),
    ("2025-yil 2-dekabr", "2025-12-02"),
    ("2025-yil 2-dekabr, 14:05", "2025-12-02T14:05:00"),
    ("15-sentabr 2024", "2024-09-15"),
    ("5-oktabr 2024-yil", "2024-10-05"),
    ("20-avgust 2024", "2024-08-20"),
    ("2 декабрь 2025", "2025-12-02"),
    ("2-декабрь 2025 йил", "2025-12-02"),
    ("2025 йил 2 декабрда", "2025-12-02"),
    ("15 сентябр 2024", "2024-09-15"),
    # Georgian: nominative, genitive and dative months, a comma before the year, the year first with "წლის"
    ("22 ნოემბერი, 2025", "2025-11-22"),
    ("22 ნოემბერი 2025 14:05", "2025-11-22T14:05:00"),
    ("2025 წლის 22 ნოემბერს", "2025-11-22"),
    ("1 იანვარი, 2025", "2025-01-01"),
    ("14 თებერვალი 2024", "2024-02-14"),
    ("2024 წლის 15 სექტემბრის", "2024-09-15"),
    ("ხუთშაბათი, 3 ოქტომბერი 2024", "2024-10-03"),
    ("22 ნოე 2025", "2025-11-22"),
    ("ნოემბრის 22, 2025", "2025-11-22"),
    # Armenian: genitive and nominative months, the year first with "թ.", a day's ending "-ին"
    ("2 դեկտեմբերի 2025", "2025-12-02"),
    ("2 դեկտեմբեր 2025", "2025-12-02"),
    ("2 դեկտեմբերի 2025, 14:05", "2025-12-02T14:05:00"),
    ("2025թ. դեկտեմբերի 2-ին", "2025-12-02"),
    ("2025 թ. հունվարի 15", "2025-01-15"),
    ("Երեքշաբթի, 14 հոկտեմբերի 2025", "2025-10-14"),
    ("1 փետրվարի 2024", "2024-02-01"),
    ("20 օգոստոսի 2024 ժամը 09:30", "2024-08-20T09:30:00"),
    # Afrikaans: its own June and July, and the months it writes as Dutch does
    ("14 Maart 2025", "2025-03-14"),
    ("Vrydag 14 Maart 2025 om 14:05", "2025-03-14T14:05:00"),
    ("1 Januarie 2025", "2025-01-01"),
    ("16 Junie 2024", "2024-06-16"),
    ("20 Julie 2024", "2024-07-20"),
    ("25 Desember 2023", "2023-12-25"),
    ("Sondag, 5 Mei 2024", "2024-05-05"),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[text for text, _ in DATES])
def test_dates_in_the_languages_read(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


# Relative times as the languages' sites print them: a line of one is a time, not a date, and leaves a page.
RELATIVE = [
    "3 сағат бұрын", "15 минут бұрын", "кеше, 14:05", "3 saat əvvəl", "dünən, 14:05", "3 soat oldin", "kecha, 14:05",
    "3 соат олдин", "3 საათის წინ", "გუშინ, 14:05", "3 ժամ առաջ", "երեկ, 14:05", "3 uur gelede", "gister om 14:05",
]  # fmt: skip


@pytest.mark.parametrize("text", RELATIVE)
def test_relative_times_are_told(text: str) -> None:
    assert PATTERNS.relative_date.search(text) is not None
    assert parse_date(f"{text}, 14.03.2024") is None


# The neighbours keep their dates: a date with a year first and then the day is read only after a year's word and
# without a year after the month (then the day and month open a date of their own).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25 Kasım 2025 Salı", "2025-11-25"),
        ("2 Aralık 2025, 14:05", "2025-12-02T14:05:00"),
        ("14 Mart 2025", "2025-03-14"),
        ("2 декабря 2025 года", "2025-12-02"),
        ("28 ноября 2025 г., 14:05", "2025-11-28T14:05:00"),
        ("с 2023 года 5 марта 2024 года", "2024-03-05"),
        ("2 грудня 2025 року", "2025-12-02"),
        ("14 maart 2025 om 14:05", "2025-03-14T14:05:00"),
        ("vrijdag 5 juni 2024", "2024-06-05"),
        ("Jan de Vries, 14 maart 2025", "2025-03-14"),
        ("2024. március 14.", "2024-03-14"),
        ("2024 m. kovo 14 d.", "2024-03-14"),
    ],
)
def test_the_neighbours_dates_read_as_before(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Авторы: Асқар Нұрланұлы, тілші", (["Асқар Нұрланұлы"], None)),
        ("Авторы: Айгүл Серікқызы, Kazinform", (["Айгүл Серікқызы"], "Kazinform")),
        ("Müəllif: Anar Məmmədov, müxbir", (["Anar Məmmədov"], None)),
        ("Müəllif: Leyla Həsənova, AZƏRTAC", (["Leyla Həsənova"], "AZƏRTAC")),
        ("Muallif: Aziz Karimov, muxbir", (["Aziz Karimov"], None)),
        ("Муаллиф: Дилноза Рашидова, мухбир", (["Дилноза Рашидова"], None)),
        ("Muallif: Aziz Karimov, UzA", (["Aziz Karimov"], "UzA")),
        ("ავტორი: ნინო ბერიძე, ჟურნალისტი", (["ნინო ბერიძე"], None)),
        ("Հեղինակ՝ Արամ Պետրոսյան, լրագրող", (["Արամ Պետրոսյան"], None)),
        ("Հեղինակ: Անի Հակոբյան, Արմենպրես", (["Անի Հակոբյան"], "Արմենպրես")),
        ("Deur Annelie Botha, verslaggewer", (["Annelie Botha"], None)),
        ("Deur Johan van der Merwe, politieke redakteur", (["Johan van der Merwe"], None)),
    ],
)
def test_bylines_with_job_titles_and_agencies(line: str, expected: tuple[list[str], str | None]) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize("line", ["Deur die jare het baie verander.", "Deur al die reën is die pad toe."])
def test_deur_opens_no_byline_of_other_words(line: str) -> None:
    """Afrikaans "deur" (by) is also "through": a line opening with it and no names after it is no byline."""
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("declared", "tag"),
    [("қазақ тілі", "kk"), ("Kazakh", "kk"), ("azərbaycan dili", "az"), ("Azerbaijani", "az"), ("oʻzbek", "uz"),
     ("ўзбек", "uz"), ("uz-Cyrl", "uz-Cyrl"), ("ქართული", "ka"), ("Georgian", "ka"), ("հայերեն", "hy"),
     ("Armenian", "hy"), ("Afrikaans", "af"), ("af-ZA", "af-ZA")],
)  # fmt: skip
def test_the_languages_names_are_their_tags(declared: str, tag: str) -> None:
    assert _identify.normalise_language(declared) == tag


# The neighbours are still told: Turkish beside Azerbaijani and Uzbek, Russian and Ukrainian beside Kazakh and
# Cyrillic Uzbek (a Russian story quoting a Kazakh name stays Russian), Dutch and German beside Afrikaans.
NEIGHBOURS = [
    ("Hükümet perşembe günü yeni kuralların gelecek yıldan itibaren tüm şirketlere uygulanacağını açıkladı. Maliye "
     "bakanı bu değişikliklerin özellikle küçük işletmeleri etkileyeceğini söyledi ve bunun için de önlem alınacak.",
     "tr"),
    ("Правительство в четверг решило, что новые правила будут применяться ко всем компаниям со следующего года. "
     "Министр финансов сказал, что изменения затронут прежде всего малый бизнес.", "ru"),
    ("Президент Казахстана Қасым-Жомарт Тоқаев заявил в четверг, что новые правила будут применяться ко всем "
     "компаниям со следующего года. Министр финансов сказал, что изменения затронут малый бизнес.", "ru"),
    ("Уряд у четвер вирішив, що нові правила застосовуватимуть до всіх компаній з наступного року. Міністр "
     "фінансів сказав, що зміни торкнуться насамперед малого бізнесу.", "uk"),
    ("De regering heeft donderdag besloten dat de nieuwe regels vanaf volgend jaar voor alle bedrijven gelden. De "
     "minister van Financiën zei dat de veranderingen vooral kleine ondernemingen treffen.", "nl"),
    ("Het kabinet wil dat er meer woningen komen, maar de gemeenten zeggen dat het geld niet voldoende is. Volgens "
     "de minister is er nog tijd om het plan aan te passen voordat het in werking treedt.", "nl"),
    ("Die Bundesregierung hat am Montag beschlossen, dass die neuen Regeln ab dem kommenden Jahr für alle "
     "Unternehmen gelten. Nach Angaben eines Sprechers wurde die Entscheidung getroffen.", "de"),
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
        ("Yeni kurallar onaylandı", "Yazan: Ahmet Yılmaz", "Yayınlanma: 25 Kasım 2025, 14:05", "tr",
         ("Ahmet Yılmaz",), "2025-11-25T14:05:00"),
        ("Новые правила утверждены", "Автор: Иван Петров", "Опубликовано: 2 декабря 2025, 14:05", "ru",
         ("Иван Петров",), "2025-12-02T14:05:00"),
        ("Nieuwe regels goedgekeurd", "Door Jan de Vries", "Gepubliceerd op 14 maart 2025 om 14:05", "nl",
         ("Jan de Vries",), "2025-03-14T14:05:00"),
    ],
)  # fmt: skip
def test_undeclared_neighbour_pages_read_as_before(
    title: str, byline: str, stamp: str, tag: str, authors: tuple[str, ...], published: str
) -> None:
    """Undeclared Turkish, Russian and Dutch pages keep their language, byline and date beside the six."""
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
    # Kazakh
    add(
        "kk",
        "byline-and-stamp",
        ["Шұғыл", "", title["kk"], "", "Авторы: Асқар Нұрланұлы", "Жарияланды: 28 қараша 2025, 09:30", "", "BODY", "",
         "Дереккөз: Kazinform"],
        {"title": title["kk"], "authors": ["Асқар Нұрланұлы"], "published": "2025-11-28T09:30:00",
         "source": "Kazinform"},
    )  # fmt: skip
    add(
        "kk",
        "updated",
        [title["kk"], "", "Бөлісу", "Жаңартылды: 2 желтоқсан 2025, 14:05", "", "BODY", "", "Жарнама"],
        {"updated": "2025-12-02T14:05:00"},
    )
    add(
        "kk",
        "job-title",
        [title["kk"], "", "Дайындаған: Айгүл Серікқызы, тілші", "2025 жылғы 2 желтоқсан", "", "BODY", "", "Пікірлер"],
        {"authors": ["Айгүл Серікқызы"], "published": "2025-12-02"},
    )
    # Azerbaijani
    add(
        "az",
        "byline-and-stamp",
        ["Təcili", "", title["az"], "", "Müəllif: Anar Məmmədov", "Dərc olunub: 25 noyabr 2025, 09:30", "", "BODY", "",
         "Mənbə: AZƏRTAC"],
        {"title": title["az"], "authors": ["Anar Məmmədov"], "published": "2025-11-25T09:30:00",
         "source": "AZƏRTAC"},
    )  # fmt: skip
    add(
        "az",
        "updated",
        [title["az"], "", "Paylaş", "Yenilənib: 26 noyabr 2025, 14:05", "", "BODY", "", "Şərhlər"],
        {"updated": "2025-11-26T14:05:00"},
    )
    add(
        "az",
        "job-title",
        [title["az"], "", "Müəllif: Leyla Həsənova, müxbir", "Çərşənbə axşamı, 25 noyabr 2025", "", "BODY", "",
         "Keçidi kopyala"],
        {"authors": ["Leyla Həsənova"], "published": "2025-11-25"},
    )  # fmt: skip
    # Uzbek
    add(
        "uz-Latn",
        "byline-and-stamp",
        ["Tezkor", "", title["uz-Latn"], "", "Muallif: Aziz Karimov", "E'lon qilindi: 2-dekabr 2025, 09:30", "",
         "BODY", "", "Manba: UzA"],
        {"title": title["uz-Latn"], "authors": ["Aziz Karimov"], "published": "2025-12-02T09:30:00",
         "source": "UzA"},
    )  # fmt: skip
    add(
        "uz-Cyrl",
        "updated",
        [title["uz-Cyrl"], "", "Улашиш", "Янгиланди: 3 декабрь 2025, 14:05", "", "BODY", "", "Изоҳлар"],
        {"updated": "2025-12-03T14:05:00"},
    )
    add(
        "uz-Latn",
        "job-title",
        [title["uz-Latn"], "", "Muallif: Dilnoza Rashidova, muxbir", "2025-yil 25-noyabr", "", "BODY", "",
         "Havolani nusxalash"],
        {"authors": ["Dilnoza Rashidova"], "published": "2025-11-25"},
    )  # fmt: skip
    # Georgian
    add(
        "ka",
        "byline-and-stamp",
        ["ცხელი ამბები", "", title["ka"], "", "ავტორი: ნინო ბერიძე", "გამოქვეყნდა: 22 ნოემბერი, 2025 09:30", "", "BODY",
         "", "წყარო: ინტერპრესნიუსი"],
        {"title": title["ka"], "authors": ["ნინო ბერიძე"], "published": "2025-11-22T09:30:00",
         "source": "ინტერპრესნიუსი"},
    )  # fmt: skip
    add(
        "ka",
        "updated",
        [title["ka"], "", "გაზიარება", "განახლდა: 23 ნოემბერი, 2025 14:05", "", "BODY", "", "რეკლამა"],
        {"updated": "2025-11-23T14:05:00"},
    )
    add(
        "ka",
        "job-title",
        [title["ka"], "", "ავტორი: გიორგი კაპანაძე, ჟურნალისტი", "2025 წლის 22 ნოემბერი", "", "BODY", "",
         "კომენტარები"],
        {"authors": ["გიორგი კაპანაძე"], "published": "2025-11-22"},
    )  # fmt: skip
    # Armenian
    add(
        "hy",
        "byline-and-stamp",
        ["Շտապ", "", title["hy"], "", "Հեղինակ՝ Արամ Պետրոսյան", "Հրապարակվել է՝ 2 դեկտեմբերի 2025, 09:30", "", "BODY",
         "", "Աղբյուր: Արմենպրես"],
        {"title": title["hy"], "authors": ["Արամ Պետրոսյան"], "published": "2025-12-02T09:30:00",
         "source": "Արմենպրես"},
    )  # fmt: skip
    add(
        "hy",
        "updated",
        [title["hy"], "", "Կիսվել", "Թարմացվել է՝ 3 դեկտեմբերի 2025, 14:05", "", "BODY", "", "Գովազդ"],
        {"updated": "2025-12-03T14:05:00"},
    )
    add(
        "hy",
        "job-title",
        [title["hy"], "", "Հեղինակ՝ Անի Հակոբյան, լրագրող", "2025թ. դեկտեմբերի 2-ին", "", "BODY", "", "Տպել"],
        {"authors": ["Անի Հակոբյան"], "published": "2025-12-02"},
    )
    # Afrikaans
    add(
        "af",
        "byline-and-stamp",
        ["Nuusflits", "", title["af"], "", "Deur Annelie Botha", "Gepubliseer: 14 Maart 2025, 09:30", "", "BODY", "",
         "Bron: Netwerk24"],
        {"title": title["af"], "authors": ["Annelie Botha"], "published": "2025-03-14T09:30:00",
         "source": "Netwerk24"},
    )  # fmt: skip
    add(
        "af",
        "updated",
        [title["af"], "", "Deel", "Bygewerk: 16 Junie 2025, 14:05", "", "BODY", "", "Advertensie"],
        {"updated": "2025-06-16T14:05:00"},
    )
    add(
        "af",
        "job-title",
        [title["af"], "", "Deur Johan van der Merwe, verslaggewer", "Vrydag 20 Julie 2025", "", "BODY", "",
         "Kopieer skakel"],
        {"authors": ["Johan van der Merwe"], "published": "2025-07-20"},
    )  # fmt: skip
    return cases


FIXTURES = _fixtures()
"""Three plain-text articles in each of the six languages, read by tests/test_languages.py with its CASES."""
