"""Hindi, Persian, Danish and Norwegian Bokmål: their furniture, bylines and dates, read end to end.

Each language has a plain-text scrape (a label, the title, a byline of two names, a timestamp, a share button, a
"read also" heading between the two paragraphs, an end line and a copyright line), dates written as its news
sites write them (Persian and Devanagari digits too), and a small saved page whose byline and date are only in its
visible text, with a "read also" list and a copyright line after the story. Every input is written for these tests;
what each must give is taken from how it was built.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import newsparse
from newsparse._meta import parse_byline, parse_date
from newsparse.vocabulary import _identify

from .vocabulary_kit import check_page, check_scrape, page


@dataclass(frozen=True)
class Language:
    """One language's inputs: the furniture lines of a scrape and a page, and the two paragraphs of its story."""

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
    end: tuple[str, ...]  # lines after the story that leave it as chrome (an agency's end line)
    rights: str
    ago: str  # a relative time, as a page prints it above the story


LANGUAGES = [
    Language(
        "hi",
        "ब्रेकिंग न्यूज़",
        "सरकार ने सभी कंपनियों के लिए नए नियम मंजूर किए",
        "लेखक: अनुराग मिश्रा और प्रिया शर्मा",
        ("अनुराग मिश्रा", "प्रिया शर्मा"),
        "प्रकाशित: गुरुवार, 14 मार्च 2024, 06:15 अपराह्न",
        "2024-03-14T18:15:00",
        "शेयर करें",
        (
            "सरकार ने गुरुवार को फैसला किया कि नए नियम अगले साल से सभी कंपनियों पर लागू होंगे। वित्त मंत्री ने "
            "कहा कि बदलाव मुख्य रूप से छोटे कारोबारों को प्रभावित करेंगे।",
            "प्रवक्ता के अनुसार यह फैसला यूनियनों के साथ कई महीनों की बातचीत के बाद लिया गया। विपक्ष ने प्रस्ताव की "
            "आलोचना की है और अदालत जाने की बात कही है।",
        ),
        "ये भी पढ़ें",
        ("संसद ने अगले साल का बजट पास किया", "फरवरी में महंगाई फिर घटी"),
        (),
        "© 2024 समाचार डॉट कॉम। सर्वाधिकार सुरक्षित।",
        "3 घंटे पहले",
    ),
    Language(
        "fa",
        "خبر فوری",
        "دولت قوانین جدیدی برای همه شرکت‌ها تصویب کرد",
        "خبرنگار: مریم احمدی و رضا کریمی",
        ("مریم احمدی", "رضا کریمی"),
        "تاریخ انتشار: ۱۴ مارس ۲۰۲۴، ساعت ۱۴:۰۵",
        "2024-03-14T14:05:00",
        "اشتراک‌گذاری",
        (
            "دولت روز پنجشنبه تصمیم گرفت که قوانین جدید از سال آینده برای همه شرکت‌ها اجرا شود. وزیر اقتصاد گفت "
            "این تغییرات بیشتر کسب‌وکارهای کوچک را تحت تأثیر قرار می‌دهد.",
            "به گفته سخنگو، این تصمیم پس از ماه‌ها مذاکره با اتحادیه‌ها گرفته شد. مخالفان این طرح را نقد کردند و "
            "گفتند به دادگاه شکایت می‌کنند.",
        ),
        "بیشتر بخوانید",
        ("مجلس بودجه سال آینده را تصویب کرد", "تورم در ماه فوریه دوباره کند شد"),
        ("انتهای پیام/",),
        "کلیه حقوق مادی و معنوی این سایت محفوظ است.",
        "۳ ساعت پیش",
    ),
    Language(
        "da",
        "Seneste nyt",
        "Regeringen vedtager nye regler for virksomheder",
        "Af Anna Hansen og Mads Jensen",
        ("Anna Hansen", "Mads Jensen"),
        "Publiceret 14. marts 2024 kl. 14:05",
        "2024-03-14T14:05:00",
        "Del",
        (
            "Regeringen besluttede torsdag, at de nye regler skal gælde for alle virksomheder fra næste år. "
            "Finansministeren sagde, at ændringerne især rammer mindre virksomheder.",
            "Ifølge en talsperson blev beslutningen truffet efter måneders forhandlinger med fagforeningerne. "
            "Oppositionen kritiserede forslaget og vil gå til domstolene.",
        ),
        "Læs også",
        ("Folketinget vedtog budgettet for næste år", "Inflationen faldt igen i februar"),
        (),
        "Alle rettigheder forbeholdes.",
        "3 timer siden",
    ),
    Language(
        "nb",
        "Siste nytt",
        "Regjeringen vedtar nye regler for bedrifter",
        "Av Kari Nordmann og Ola Hansen",
        ("Kari Nordmann", "Ola Hansen"),
        "Publisert 14. mars 2024 kl. 14:05",
        "2024-03-14T14:05:00",
        "Del artikkelen",
        (
            "Regjeringen besluttet torsdag at de nye reglene skal gjelde for alle bedrifter fra neste år. "
            "Finansministeren sa at endringene særlig rammer mindre bedrifter.",
            "Ifølge en talsperson ble beslutningen tatt etter måneder med forhandlinger med fagforeningene. "
            "Opposisjonen kritiserte forslaget og vil gå til retten.",
        ),
        "Les også",
        ("Stortinget vedtok budsjettet for neste år", "Prisveksten falt igjen i februar"),
        (),
        "Alle rettigheter reservert.",
        "2 dager siden",
    ),
]
_IDS = [language.tag for language in LANGUAGES]


@pytest.mark.parametrize("lang", LANGUAGES, ids=_IDS)
def test_a_plain_text_scrape_leaves_only_the_story_in_the_body(lang: Language) -> None:
    """The label, byline, timestamp, share button, "read also" heading, end line and copyright line leave the body."""
    check_scrape(lang)


# Datelines signed by the Danish and Norwegian agencies, upper-case as their wires write them.
@pytest.mark.parametrize(
    ("dateline", "place", "agency"),
    [("KØBENHAVN (Ritzau) - ", "KØBENHAVN", "Ritzau"), ("OSLO (NTB) - ", "OSLO", "NTB")],
)
def test_an_agency_dateline_gives_the_place_and_the_source(dateline: str, place: str, agency: str) -> None:
    lang = LANGUAGES[_IDS.index("da" if agency == "Ritzau" else "nb")]
    text = f"{lang.title}\n\n{dateline}{lang.paragraphs[0]}\n\n{lang.paragraphs[1]}\n"
    (article,) = newsparse.load(text.encode())
    assert (article.dateline, article.source) == (place, agency)
    assert article.body == "\n\n".join(lang.paragraphs)


DATES = [
    # Hindi: Devanagari month names (with and without the nukta), Devanagari digits, अपराह्न (p.m.), बजे (o'clock)
    ("14 मार्च 2024", "2024-03-14"),
    ("१४ मार्च २०२४", "2024-03-14"),
    ("गुरुवार, 14 मार्च 2024, 06:15 अपराह्न", "2024-03-14T18:15:00"),
    ("1 जनवरी 2025", "2025-01-01"),
    ("14 फ़रवरी 2024, 9:30 बजे", "2024-02-14T09:30:00"),
    ("14 फरवरी 2024", "2024-02-14"),
    ("2 सितंबर 2024", "2024-09-02"),
    ("2 सितम्बर 2024", "2024-09-02"),
    ("31 दिसंबर 2023", "2023-12-31"),
    ("अपडेटेड 15 अक्टूबर 2024 10:05", "2024-10-15T10:05:00"),
    ("3 घंटे पहले", None),
    ("15 मिनट पहले", None),
    # Persian: Gregorian months as Persian writes them, Persian digits, the Persian comma, ساعت (at)
    ("۲۲ اکتبر ۲۰۲۶", "2026-10-22"),
    ("۲۲ اکتبر ۲۰۲۶، ساعت ۱۰:۲۴", "2026-10-22T10:24:00"),
    ("پنجشنبه ۱۴ مارس ۲۰۲۴ - ۱۴:۰۵", "2024-03-14T14:05:00"),
    ("۱ ژانویه ۲۰۲۵", "2025-01-01"),
    ("۵ مه ۲۰۲۴", "2024-05-05"),
    ("۱۷ ژوئیه 2024", "2024-07-17"),
    ("۳ دسامبر ۲۰۲۳ ساعت ۹:۱۵ ب.ظ", "2023-12-03T21:15:00"),
    ("۳ ساعت پیش", None),
    # a Solar Hijri date is another calendar: read as the Gregorian date it is (1 Farvardin 1404 = 21 March 2025)
    ("۳۰ مهر ۱۴۰۵ - ۱۰:۲۴", "2026-10-22T10:24:00"),
    ("۱۲ فروردین ۱۴۰۳", "2024-03-31"),
    ("پنجشنبه ۱۴ اسفند ۱۴۰۴", "2026-03-05"),
    ("۱۴۰۴/۱۲/۱۴ - ۱۰:۳۵", "2026-03-05T10:35:00"),
    ("۳۰ اسفند ۱۴۰۴", None),  # 1404 is no leap year: Esfand has 29 days
    # Danish
    ("14. marts 2024", "2024-03-14"),
    ("torsdag den 14. marts 2024 kl. 14:05", "2024-03-14T14:05:00"),
    ("1. maj 2024", "2024-05-01"),
    ("14.03.2024 14:05", "2024-03-14T14:05:00"),
    ("3 timer siden", None),
    ("i går kl. 14:05", None),
    # Norwegian
    ("14. mars 2024 kl. 14:05", "2024-03-14T14:05:00"),
    ("24. desember 2023", "2023-12-24"),
    ("17. mai 2024", "2024-05-17"),
    ("2 dager siden", None),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[text for text, _ in DATES])
def test_dates_in_the_languages_read(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


# Short words left out so that other languages' text keeps its meaning: a Hindi or Persian "today" is prose.
# (Norwegian "des." for December was left out as French "des"; Indonesian "Des" is bundled all the same, since
# Indonesian sites print "Senin, 16 Des 2024": "3 des 1500" in French text reads as a date, a known limit.)
@pytest.mark.parametrize(
    ("text", "expected"),
    [("आज 14 मार्च 2024", "2024-03-14"), ("امروز ۱۴ مارس ۲۰۲۴", "2024-03-14")],
)
def test_words_left_out_do_not_change_dates(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_bylines_with_job_titles_name_only_people() -> None:
    assert parse_byline("लेखक: अनुराग मिश्रा, वरिष्ठ संवाददाता") == (["अनुराग मिश्रा"], None)
    assert parse_byline("نویسنده: سارا موسوی، خبرنگار") == (["سارا موسوی"], None)
    assert parse_byline("Af Anna Hansen, politisk redaktør") == (["Anna Hansen"], None)
    assert parse_byline("Av Kari Nordmann og Ola Hansen, NTB") == (["Kari Nordmann", "Ola Hansen"], "NTB")


# Names in Arabic script are separated by the Arabic comma (Persian and Arabic alike).
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("خبرنگار: مریم احمدی، رضا کریمی", ["مریم احمدی", "رضا کریمی"]),
        ("بقلم: محمد علي، أحمد حسن", ["محمد علي", "أحمد حسن"]),
    ],
)
def test_the_arabic_comma_separates_names(line: str, names: list[str]) -> None:
    assert parse_byline(line) == (names, None)


@pytest.mark.parametrize("lang", LANGUAGES, ids=_IDS)
def test_a_saved_page_gives_its_byline_its_visible_date_and_no_read_also_list(lang: Language) -> None:
    """The byline and the date are only in the page's text; a relative time, the read-also list and the copyright
    line leave it."""
    check_page(lang)


def test_norwegian_is_what_no_names() -> None:
    """A page that declares "no" (Norwegian) is Bokmål: its language is "nb", its numbers day first."""
    lang = LANGUAGES[_IDS.index("nb")]
    markup = page(lang).replace(b'lang="nb"', b'lang="no-NO"').replace(lang.stamp.encode(), b"Publisert 03.04.2024")
    (article,) = newsparse.load(markup)
    assert (article.language, article.published) == ("nb-NO", "2024-04-03")


@pytest.mark.parametrize("lang", LANGUAGES, ids=_IDS)
def test_the_stopword_scorer_tells_the_four_languages(lang: Language) -> None:
    """Persian is told from Arabic by its stopwords, Hindi is told in Devanagari, Danish from Norwegian."""
    assert _identify.score_stopwords(" ".join(lang.paragraphs)) == lang.tag


def test_arabic_is_still_arabic() -> None:
    text = "أعلنت الحكومة يوم الاثنين أن القواعد الجديدة ستطبق على جميع الشركات اعتبارا من العام المقبل."
    assert _identify.score_stopwords(text) == "ar"


def test_a_short_hindi_paragraph_after_a_read_also_heading_stays() -> None:
    """A paragraph that ends with the danda is a sentence, not a headline of the list the heading opens."""
    lang = LANGUAGES[_IDS.index("hi")]
    one, two = lang.paragraphs
    short = "विपक्ष ने प्रस्ताव की आलोचना की है।"
    page = f"""<html lang="hi"><head><meta charset="utf-8"><title>{lang.title}</title></head><body>
<article><h1>{lang.title}</h1><p>{one}</p><p>{lang.read_also}</p><p>{short}</p><p>{two}</p></article></body></html>"""
    (article,) = newsparse.load(page.encode())
    assert article.body == f"{one}\n\n{short}\n\n{two}"
