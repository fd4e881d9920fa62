"""Thai, Bengali, Tamil, Urdu, Malay, Swahili and Filipino: their furniture, bylines and dates, read end to end.

Each language has a plain-text scrape (a label, the title, a byline of two names, a timestamp, a share button, a
"read also" heading between the two paragraphs and a copyright line), dates written as its news sites write them
(Thai Buddhist-era years, Thai, Bengali and Arabic-Indic digits too), and a small saved page whose byline and date
are only in its visible text, with a "read also" list and a copyright line after the story. Every input is written
for these tests; what each must give is taken from how it was built.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

import newsparse
from newsparse._htmlmeta import clean_author
from newsparse._meta import parse_byline, parse_date
from newsparse.vocabulary import _identify

from .languages import Case
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
    rights: str
    ago: str  # a relative time, as a page prints it above the story


LANGUAGES = [
    Language(
        "th",
        "ข่าวด่วน",
        "รัฐบาลอนุมัติกฎใหม่สำหรับทุกบริษัท",
        "โดย สมชาย ใจดี และ สมหญิง รักไทย",
        ("สมชาย ใจดี", "สมหญิง รักไทย"),
        "เผยแพร่: 14 มี.ค. 2567 14:05 น.",
        "2024-03-14T14:05:00",
        "แชร์",
        (
            "รัฐบาลมีมติเมื่อวันพฤหัสบดีว่ากฎใหม่จะมีผลบังคับใช้กับทุกบริษัทตั้งแต่ปีหน้า "
            "รัฐมนตรีว่าการกระทรวงการคลังกล่าวว่าการเปลี่ยนแปลงจะกระทบธุรกิจขนาดเล็กเป็นหลัก",
            "โฆษกรัฐบาลระบุว่าการตัดสินใจครั้งนี้เกิดขึ้นหลังการเจรจากับสหภาพแรงงานหลายเดือน ฝ่ายค้านวิจารณ์ข้อเสนอดังกล่าวและจะยื่นเรื่องต่อศาล",
        ),
        "อ่านเพิ่มเติม",
        ("สภาผ่านงบประมาณปีหน้า", "เงินเฟ้อเดือนกุมภาพันธ์ชะลอตัวลงอีกครั้ง"),
        "© 2567 ข่าวไทย สงวนลิขสิทธิ์",
        "3 ชั่วโมงที่แล้ว",
    ),
    Language(
        "bn",
        "ব্রেকিং নিউজ",
        "সব কোম্পানির জন্য নতুন নিয়ম অনুমোদন করল সরকার",
        "প্রতিবেদক: অনুপম দাস এবং রিনা আক্তার",
        ("অনুপম দাস", "রিনা আক্তার"),
        "প্রকাশ: ১৪ মার্চ ২০২৪, ০৬:১৫ অপরাহ্ণ",
        "2024-03-14T18:15:00",
        "শেয়ার করুন",
        (
            "সরকার বৃহস্পতিবার সিদ্ধান্ত নিয়েছে যে নতুন নিয়ম আগামী বছর থেকে সব কোম্পানির ওপর প্রযোজ্য হবে। "
            "অর্থমন্ত্রী বলেন, এই পরিবর্তন মূলত ছোট ব্যবসাগুলোকে প্রভাবিত করবে।",
            "মুখপাত্রের মতে, শ্রমিক সংগঠনগুলোর সঙ্গে কয়েক মাসের আলোচনার পর এই সিদ্ধান্ত নেওয়া হয়েছে। "
            "বিরোধী দল প্রস্তাবটির সমালোচনা করেছে এবং আদালতে যাওয়ার কথা বলেছে।",
        ),
        "আরও পড়ুন",
        ("সংসদে আগামী বছরের বাজেট পাস", "ফেব্রুয়ারিতে মূল্যস্ফীতি আবার কমেছে"),
        "© ২০২৪ সংবাদ ডটকম। সর্বস্বত্ব সংরক্ষিত।",
        "৩ ঘণ্টা আগে",
    ),
    Language(
        "ta",
        "முக்கிய செய்திகள்",
        "அனைத்து நிறுவனங்களுக்கும் புதிய விதிகளுக்கு அரசு ஒப்புதல்",
        "எழுதியவர்: அருண் குமார் மற்றும் பிரியா ராஜன்",
        ("அருண் குமார்", "பிரியா ராஜன்"),
        "வெளியிடப்பட்டது: மார் 14, 2024 14:05",
        "2024-03-14T14:05:00",
        "பகிர்",
        (
            "புதிய விதிகள் அடுத்த ஆண்டு முதல் அனைத்து நிறுவனங்களுக்கும் பொருந்தும் என்று அரசு வியாழக்கிழமை முடிவு செய்தது. "
            "இந்த மாற்றங்கள் சிறு தொழில்களை அதிகம் பாதிக்கும் என்று நிதி அமைச்சர் கூறினார்.",
            "தொழிற்சங்கங்களுடன் பல மாதங்கள் பேச்சுவார்த்தை நடத்திய பின்னர் இந்த முடிவு எடுக்கப்பட்டது என்று செய்தித் "
            "தொடர்பாளர் தெரிவித்தார். எதிர்க்கட்சிகள் இந்த திட்டத்தை விமர்சித்தன, நீதிமன்றத்தை அணுக உள்ளதாகவும் கூறின.",
        ),
        "இதையும் படியுங்கள்",
        ("அடுத்த ஆண்டுக்கான பட்ஜெட் நிறைவேற்றம்", "பிப்ரவரியில் பணவீக்கம் மீண்டும் குறைந்தது"),
        "© 2024 செய்தி நிறுவனம். அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.",
        "3 மணி நேரத்திற்கு முன்பு",
    ),
    Language(
        "ur",
        "بریکنگ نیوز",
        "حکومت نے تمام کمپنیوں کے لیے نئے قواعد کی منظوری دے دی",
        "رپورٹ: عائشہ خان اور بلال احمد",
        ("عائشہ خان", "بلال احمد"),
        "شائع: جمعرات 14 مارچ 2024، 2:05 بجے",
        "2024-03-14T02:05:00",
        "شیئر کریں",
        (
            "حکومت نے جمعرات کو فیصلہ کیا کہ نئے قواعد اگلے سال سے تمام کمپنیوں پر لاگو ہوں گے۔ وزیر خزانہ نے کہا "
            "کہ ان تبدیلیوں کا اثر زیادہ تر چھوٹے کاروباروں پر ہو گا۔",
            "ترجمان کے مطابق یہ فیصلہ مزدور یونینوں کے ساتھ کئی ماہ کی بات چیت کے بعد کیا گیا۔ اپوزیشن نے اس تجویز "
            "پر تنقید کی ہے اور عدالت جانے کا اعلان کیا ہے۔",
        ),
        "یہ بھی پڑھیں",
        ("اسمبلی نے اگلے سال کا بجٹ منظور کر لیا", "فروری میں مہنگائی پھر کم ہو گئی"),
        "جملہ حقوق بحق اخبار محفوظ ہیں۔",
        "3 گھنٹے پہلے",
    ),
    Language(
        "ms",
        "Semasa",
        "Kerajaan luluskan peraturan baharu untuk semua syarikat",
        "Oleh Ahmad Faizal dan Nurul Huda",
        ("Ahmad Faizal", "Nurul Huda"),
        "Disiarkan pada: Mac 14, 2024 @ 4:42pm",
        "2024-03-14T16:42:00",
        "Kongsi",
        (
            "Kerajaan memutuskan pada hari Khamis bahawa peraturan baharu itu akan dikuatkuasakan ke atas semua "
            "syarikat mulai tahun depan. Menteri Kewangan berkata perubahan itu akan memberi kesan kepada "
            "perniagaan kecil.",
            "Menurut jurucakap, keputusan itu dibuat selepas rundingan selama beberapa bulan dengan kesatuan "
            "sekerja kerana mereka mahu perlindungan. Pembangkang mengkritik cadangan itu dan boleh membawanya ke "
            "mahkamah.",
        ),
        "Berita berkaitan",
        ("Parlimen lulus bajet tahun depan", "Inflasi turun lagi pada Februari"),
        "Hak cipta terpelihara.",
        "2 jam lalu",
    ),
    Language(
        "sw",
        "Kitaifa",
        "Serikali yaidhinisha kanuni mpya kwa kampuni zote",
        "Na Juma Mrisho na Neema Mwakyusa",
        ("Juma Mrisho", "Neema Mwakyusa"),
        "Imechapishwa: Machi 14, 2024 14:05",
        "2024-03-14T14:05:00",
        "Shiriki",
        (
            "Serikali iliamua siku ya Alhamisi kwamba kanuni mpya zitatumika kwa kampuni zote kuanzia mwaka ujao. "
            "Waziri wa Fedha alisema mabadiliko hayo yataathiri zaidi biashara ndogo.",
            "Kwa mujibu wa msemaji, uamuzi huo ulifikiwa baada ya miezi kadhaa ya mazungumzo na vyama vya "
            "wafanyakazi. Upinzani ulikosoa pendekezo hilo na kusema utakwenda mahakamani.",
        ),
        "Soma pia",
        ("Bunge lapitisha bajeti ya mwaka ujao", "Mfumuko wa bei washuka tena Februari"),
        "Haki zote zimehifadhiwa.",
        "Saa 3 zilizopita",
    ),
    Language(
        "tl",
        "Balita",
        "Inaprubahan ng gobyerno ang bagong patakaran para sa lahat ng kompanya",
        "Ni Juan dela Cruz, Maria Santos",
        ("Juan dela Cruz", "Maria Santos"),
        "Inilathala: Marso 14, 2024 10:30 ng gabi",
        "2024-03-14T22:30:00",
        "Ibahagi",
        (
            "Nagpasya ang gobyerno noong Huwebes na ipatutupad ang bagong patakaran sa lahat ng kompanya simula sa "
            "susunod na taon. Sinabi ng kalihim ng pananalapi na ang mga pagbabago ay tatama sa maliliit na negosyo.",
            "Ayon sa tagapagsalita, ang desisyon ay ginawa matapos ang ilang buwang negosasyon sa mga unyon. "
            "Binatikos ito ng oposisyon at sinabi nilang dadalhin nila ito sa korte.",
        ),
        "Basahin din",
        ("Ipinasa ng Kongreso ang badyet sa susunod na taon", "Bumagal muli ang inflation noong Pebrero"),
        "Lahat ng karapatan ay nakalaan.",
        "3 oras na ang nakalipas",
    ),
]
_IDS = [language.tag for language in LANGUAGES]


@pytest.mark.parametrize("lang", LANGUAGES, ids=_IDS)
def test_a_plain_text_scrape_leaves_only_the_story_in_the_body(lang: Language) -> None:
    """The label, byline, timestamp, share button, "read also" heading and copyright line leave the body."""
    check_scrape(lang)


@pytest.mark.parametrize("lang", LANGUAGES, ids=_IDS)
def test_a_saved_page_gives_its_byline_its_visible_date_and_no_read_also_list(lang: Language) -> None:
    """The byline and the date are only in the page's text; a relative time, the read-also list and the copyright
    line leave it."""
    check_page(lang)


@pytest.mark.parametrize("declared", ["fil", "fil-PH", "tl", "Filipino", "Tagalog"])
def test_filipino_is_tl_whatever_the_page_declares(declared: str) -> None:
    """A page that declares "fil" (Filipino) or "tl" (Tagalog) is "tl", with its region kept."""
    lang = LANGUAGES[_IDS.index("tl")]
    (article,) = newsparse.load(page(lang).replace(b'lang="tl"', f'lang="{declared}"'.encode()))
    assert article.language == ("tl-PH" if declared.endswith("PH") else "tl")
    assert article.authors == lang.authors


@pytest.mark.parametrize(
    ("declared", "tag"),
    [("msa", "ms"), ("Bahasa Melayu", "ms"), ("Thai", "th"), ("Bangla", "bn"), ("Tamil", "ta"), ("Urdu", "ur"),
     ("Kiswahili", "sw"), ("swa", "sw"), ("fil", "tl")],
)  # fmt: skip
def test_the_languages_names_are_read_as_tags(declared: str, tag: str) -> None:
    assert _identify.normalise_language(declared) == tag


DATES = [
    # Thai: Buddhist-era years, full and abbreviated months, พ.ศ. before the year, เวลา (at) and น. after a time,
    # Thai digits
    ("14 มีนาคม 2567", "2024-03-14"),
    ("14 มี.ค. 2567 09:30 น.", "2024-03-14T09:30:00"),
    ("วันพฤหัสบดีที่ 14 มีนาคม พ.ศ. 2567 เวลา 14:05 น.", "2024-03-14T14:05:00"),
    ("๑๔ มีนาคม ๒๕๖๗", "2024-03-14"),
    ("1 ม.ค. 2568", "2025-01-01"),
    ("31 ธ.ค. 66", None),  # a two-digit year is no year of a written date
    ("25 ธันวาคม 2023", "2023-12-25"),
    ("14/03/2567", "2024-03-14"),
    ("ข่าวเมื่อ 14 ก.พ. 2567", "2024-02-14"),
    # in running Thai text, with and without the spaces between phrases
    ("รัฐบาลประกาศเมื่อวันที่ 14 มีนาคม 2567 ว่าจะปรับขึ้นค่าแรง", "2024-03-14"),
    ("ประกาศเมื่อวันที่14มีนาคม2567ว่า", "2024-03-14"),
    ("ประชุมเมื่อ 14 มี.ค.2567 ที่ผ่านมา", "2024-03-14"),
    ("3 ชั่วโมงที่แล้ว", None),
    # Bengali: Bengali digits, both spellings of জানুয়ারি (য় as two code points and as one), অপরাহ্ণ (p.m.)
    ("১৪ মার্চ ২০২৪", "2024-03-14"),
    ("১৪ মার্চ ২০২৪, ১০:৩০", "2024-03-14T10:30:00"),
    ("২ জানুয়ারি ২০২৫", "2025-01-02"),
    ("২ জানু\u09dfারি ২০২৫", "2025-01-02"),
    ("১ ফেব্রুয়ারী ২০২৪", "2024-02-01"),
    ("বৃহস্পতিবার, ১৪ মার্চ ২০২৪, ০৬:১৫ অপরাহ্ণ", "2024-03-14T18:15:00"),
    ("৩১ ডিসেম্বর ২০২৩", "2023-12-31"),
    ("৩ ঘণ্টা আগে", None),
    ("১২ ফাল্গুন ১৪৩০", None),  # the Bengali calendar is another calendar
    # Tamil: full months, months shortened before the day
    ("14 மார்ச் 2024", "2024-03-14"),
    ("மார் 14, 2024 10:30", "2024-03-14T10:30:00"),
    ("14 மே 2024", "2024-05-14"),
    ("1 ஜனவரி 2025", "2025-01-01"),
    ("டிச 25, 2023", "2023-12-25"),
    ("15 ஆகஸ்ட் 2024", "2024-08-15"),
    ("3 மணி நேரத்திற்கு முன்பு", None),
    # Urdu: Western and Arabic-Indic digits, the Arabic comma, بجے (o'clock)
    ("14 مارچ 2024", "2024-03-14"),
    ("۱۴ مارچ ۲۰۲۴", "2024-03-14"),
    ("جمعرات 14 مارچ 2024، 9:30 بجے", "2024-03-14T09:30:00"),
    ("1 جنوری 2025", "2025-01-01"),
    ("5 مئی 2024", "2024-05-05"),
    ("31 دسمبر 2023", "2023-12-31"),
    ("3 گھنٹے پہلے", None),
    # Malay: Mac, Julai, Ogos, Disember; "@" before the time; pagi/petang
    ("Mac 14, 2024 @ 4:42pm", "2024-03-14T16:42:00"),
    ("14 Mac 2024", "2024-03-14"),
    ("Khamis, 14 Mac 2024 10:30 pagi", "2024-03-14T10:30:00"),
    ("14 Julai 2024 3:15 petang", "2024-07-14T15:15:00"),
    ("1 Ogos 2024", "2024-08-01"),
    ("25 Disember 2023", "2023-12-25"),
    # Swahili
    ("14 Machi 2024", "2024-03-14"),
    ("Alhamisi, Machi 14, 2024", "2024-03-14"),
    ("1 Agosti 2024", "2024-08-01"),
    ("25 Desemba 2023", "2023-12-25"),
    ("Saa 3 zilizopita", None),
    # Filipino: month first, "ng umaga" / "ng gabi" after a time
    ("Marso 14, 2024", "2024-03-14"),
    ("Huwebes, Marso 14, 2024 10:30 ng umaga", "2024-03-14T10:30:00"),
    ("14 Hunyo 2024", "2024-06-14"),
    ("Disyembre 25, 2023 8:00 ng gabi", "2023-12-25T20:00:00"),
    ("3 oras na ang nakalipas", None),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[text for text, _ in DATES])
def test_dates_in_the_languages_read(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


# Short words left out so that other languages' text keeps its meaning: Malay "Dis" is French "dis", Tamil "ஆக"
# (August) is "as", Swahili "jana" (yesterday) is the name Jana, Urdu "کل" is Persian's "whole".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je te le dis 3 dis 2024", None),
        ("Jana Nováková, 14. března 2024", "2024-03-14"),
        ("کل ۱۴ مارس ۲۰۲۴", "2024-03-14"),
    ],
)
def test_words_left_out_do_not_change_dates(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_bylines_with_job_titles_name_only_people() -> None:
    assert parse_byline("โดย สมชาย ใจดี, ผู้สื่อข่าว") == (["สมชาย ใจดี"], None)
    assert parse_byline("โดย ทีมข่าวการเมือง") == ([], None)  # a news team, written without spaces: no author
    assert parse_byline("প্রতিবেদক: অনুপম দাস, নিজস্ব প্রতিবেদক") == (["অনুপম দাস"], None)
    assert parse_byline("எழுதியவர்: அருண் குமார், சிறப்பு நிருபர்") == (["அருண் குமார்"], None)
    assert parse_byline("رپورٹ: عائشہ خان، نامہ نگار") == (["عائشہ خان"], None)
    assert parse_byline("Oleh Ahmad Faizal, Bernama") == (["Ahmad Faizal"], "Bernama")
    assert parse_byline("Na Juma Mrisho, Mwandishi wetu") == (["Juma Mrisho"], None)
    assert parse_byline("Ni Juan dela Cruz, mamamahayag") == (["Juan dela Cruz"], None)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Na Salim Khamis | 14 Machi 2024", ["Salim Khamis"]),
        ("Abdul Ahad, 14 Mac 2024", ["Abdul Ahad"]),
        ("Oleh Ahmad Faizal, Jumaat, 15 Mac 2024", ["Ahmad Faizal"]),
    ],
)
def test_a_name_that_is_also_a_weekday_stays_before_a_bylines_date(value: str, names: list[str]) -> None:
    """Malay "Khamis" and "Ahad" (Thursday, Sunday) are also names: no weekday word is taken off them; "Jumaat"
    (Friday) goes with the date."""
    assert clean_author(value, []) == names


# A line opening with another language's "na" or "ni" is no byline when the words after it are no names (a known
# limit: Portuguese "Na Rua Augusta" reads as the name "Rua Augusta").
@pytest.mark.parametrize("line", ["Na Ukrajině se bojuje dál", "Na konferenci řekl ministr", "Ni Macron ni Le Pen"])
def test_na_and_ni_open_no_byline_of_other_words(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("lang", "first"),
    [("pl", "Na miejscu pracują służby."), ("pt", "Na Rua Augusta, a polícia chegou."), ("es", "Ni un paso atrás.")],
)
def test_a_short_first_paragraph_opening_with_na_or_ni_stays_on_apage(lang: str, first: str) -> None:
    """Swahili "Na" and Filipino "Ni" open bylines, and sentences of other languages: a short paragraph that ends as
    a sentence above the story is no byline (a byline ends with no full stop)."""
    story = LANGUAGES[_IDS.index("sw")].paragraphs
    page = f"""<html lang="{lang}"><head><meta charset="utf-8"><title>Habari</title></head><body><article>
<h1>Habari</h1><p>{first}</p><p>{story[0]}</p><p>{story[1]}</p></article></body></html>"""
    (article,) = newsparse.load(page.encode())
    assert article.body.split("\n\n") == [first, *story]


def test_a_bernama_dateline_gives_the_place_and_the_source() -> None:
    lang = LANGUAGES[_IDS.index("ms")]
    text = f"{lang.title}\n\nKUALA LUMPUR, 14 Mac (Bernama) -- {lang.paragraphs[0]}\n\n{lang.paragraphs[1]}\n"
    (article,) = newsparse.load(text.encode())
    assert (article.dateline, article.source) == ("KUALA LUMPUR", "Bernama")
    assert article.body == "\n\n".join(lang.paragraphs)


@pytest.mark.parametrize("lang", LANGUAGES, ids=_IDS)
def test_the_stopword_scorer_tells_the_seven_languages(lang: Language) -> None:
    """Urdu is told from Persian and Arabic by its stopwords, Malay from Indonesian, Thai, Bengali and Tamil by
    their scripts."""
    assert _identify.score_stopwords(" ".join(lang.paragraphs)) == lang.tag


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("أعلنت الحكومة يوم الاثنين أن القواعد الجديدة ستطبق على جميع الشركات اعتبارا من العام المقبل.", "ar"),
        ("دولت روز پنجشنبه تصمیم گرفت که قوانین جدید از سال آینده برای همه شرکت‌ها اجرا شود و این را گفت.", "fa"),
        (
            "Pemerintah memutuskan pada hari Kamis bahwa aturan baru tersebut akan berlaku untuk semua perusahaan "
            "mulai tahun depan karena para pekerja membutuhkan perlindungan.",
            "id",
        ),
        ("सरकार ने गुरुवार को फैसला किया कि नए नियम अगले साल से सभी कंपनियों पर लागू होंगे और यह भी कहा।", "hi"),
    ],
)
def test_the_languages_sharing_a_script_are_still_told(text: str, tag: str) -> None:
    assert _identify.score_stopwords(text) == tag


# Plain-text fixtures: three articles in each language, each stating what it must give (as tests/languages.py's
# CASES do for the languages bundled before; the frozen plain-text reference is made from those alone).
def _fixtures() -> list[Case]:
    cases: list[Case] = []

    def add(language: str, name: str, lines: list[str], expect: dict[str, Any]) -> None:
        one, two = LANGUAGES[_IDS.index(language)].paragraphs
        index = lines.index("BODY")
        text = "\n".join([*lines[:index], one, "", two, *lines[index + 1 :]]) + "\n"
        furniture = tuple(line for line in lines if line and line != "BODY" and line != expect.get("title"))
        cases.append(Case(language, name, text, expect, one, furniture))

    title = {lang.tag: lang.title for lang in LANGUAGES}
    # Thai
    add(
        "th",
        "byline-and-stamp",
        [
            "ข่าวด่วน",
            "",
            title["th"],
            "",
            "โดย สมชาย ใจดี",
            "เผยแพร่: 14 มี.ค. 2567 14:05 น.",
            "",
            "BODY",
            "",
            "ที่มา: สำนักข่าวไทย",
        ],
        {"title": title["th"], "authors": ["สมชาย ใจดี"], "published": "2024-03-14T14:05:00", "source": "สำนักข่าวไทย"},
    )
    add(
        "th",
        "updated",
        [title["th"], "", "แชร์", "อัปเดตล่าสุด: 15 มีนาคม 2567 เวลา 09:30 น.", "", "BODY", "", "โฆษณา"],
        {"updated": "2024-03-15T09:30:00"},
    )
    add(
        "th",
        "thai-digits",
        [title["th"], "", "เรื่อง: สมหญิง รักไทย, ผู้สื่อข่าว", "๑๔ มีนาคม ๒๕๖๗", "", "BODY", "", "ติดตามเรา"],
        {"authors": ["สมหญิง รักไทย"], "published": "2024-03-14"},
    )
    # Bengali
    add(
        "bn",
        "byline-and-stamp",
        [
            "ব্রেকিং নিউজ",
            "",
            title["bn"],
            "",
            "প্রতিবেদক: অনুপম দাস এবং রিনা আক্তার",
            "প্রকাশ: ১৪ মার্চ ২০২৪, ১৪:০৫",
            "",
            "BODY",
            "",
            "সূত্র: বাসস",
        ],
        {"authors": ["অনুপম দাস", "রিনা আক্তার"], "published": "2024-03-14T14:05:00", "source": "বাসস"},
    )
    add(
        "bn",
        "updated",
        [title["bn"], "", "শেয়ার করুন", "আপডেট: ১৫ মার্চ ২০২৪, ০৯:৩০", "", "BODY", "", "বিজ্ঞাপন"],
        {"updated": "2024-03-15T09:30:00"},
    )
    add(
        "bn",
        "job-title",
        [title["bn"], "", "লেখক: রিনা আক্তার, জ্যেষ্ঠ প্রতিবেদক", "১ জানু\u09dfারি ২০২৫", "", "BODY", "", "(ইউএনবি)"],
        {"authors": ["রিনা আক্তার"], "published": "2025-01-01", "source": "ইউএনবি"},
    )
    # Tamil
    add(
        "ta",
        "byline-and-stamp",
        [
            "முக்கிய செய்திகள்",
            "",
            title["ta"],
            "",
            "எழுதியவர்: அருண் குமார் மற்றும் பிரியா ராஜன்",
            "வெளியிடப்பட்டது: 14 மார்ச் 2024 14:05",
            "",
            "BODY",
            "",
            "ஆதாரம்: பிடிஐ",
        ],
        {"authors": ["அருண் குமார்", "பிரியா ராஜன்"], "published": "2024-03-14T14:05:00", "source": "பிடிஐ"},
    )
    add(
        "ta",
        "updated",
        [title["ta"], "", "பகிர்", "புதுப்பிக்கப்பட்டது: மார் 15, 2024 09:30", "", "BODY", "", "விளம்பரம்"],
        {"updated": "2024-03-15T09:30:00"},
    )
    add(
        "ta",
        "job-title",
        [title["ta"], "", "செய்தியாளர்: பிரியா ராஜன், சிறப்பு நிருபர்", "1 ஜனவரி 2025", "", "BODY", "", "(ஐஏஎன்எஸ்)"],
        {"authors": ["பிரியா ராஜன்"], "published": "2025-01-01", "source": "ஐஏஎன்எஸ்"},
    )
    # Urdu
    add(
        "ur",
        "byline-and-stamp",
        [
            "بریکنگ نیوز",
            "",
            title["ur"],
            "",
            "رپورٹ: عائشہ خان اور بلال احمد",
            "شائع: 14 مارچ 2024، 14:05",
            "",
            "BODY",
            "",
            "(اے پی پی)",
        ],
        {"authors": ["عائشہ خان", "بلال احمد"], "published": "2024-03-14T14:05:00", "source": "اے پی پی"},
    )
    add(
        "ur",
        "updated",
        [title["ur"], "", "شیئر کریں", "آخری اپ ڈیٹ: 15 مارچ 2024، 09:30", "", "BODY", "", "اشتہار"],
        {"updated": "2024-03-15T09:30:00"},
    )
    add(
        "ur",
        "arabic-indic-digits",
        [title["ur"], "", "تحریر: بلال احمد، نامہ نگار", "۱ جنوری ۲۰۲۵", "", "BODY", "", "تبصرے"],
        {"authors": ["بلال احمد"], "published": "2025-01-01"},
    )
    # Malay
    add(
        "ms",
        "byline-and-stamp",
        [
            "Semasa",
            "",
            title["ms"],
            "",
            "Oleh Ahmad Faizal dan Nurul Huda",
            "Disiarkan pada: Mac 14, 2024 @ 2:05pm",
            "",
            "BODY",
            "",
            "(Bernama)",
        ],
        {"authors": ["Ahmad Faizal", "Nurul Huda"], "published": "2024-03-14T14:05:00", "source": "Bernama"},
    )
    add(
        "ms",
        "updated",
        [title["ms"], "", "Kongsi", "Dikemaskini: 15 Mac 2024 9:30 pagi", "", "BODY", "", "Baca lagi"],
        {"updated": "2024-03-15T09:30:00"},
    )
    add(
        "ms",
        "job-title",
        [title["ms"], "", "Oleh Nurul Huda, pemberita", "Khamis, 1 Ogos 2024", "", "BODY", "", "Salin pautan"],
        {"authors": ["Nurul Huda"], "published": "2024-08-01"},
    )
    # Swahili
    add(
        "sw",
        "byline-and-stamp",
        [
            "Kitaifa",
            "",
            title["sw"],
            "",
            "Na Juma Mrisho na Neema Mwakyusa",
            "Imechapishwa: Machi 14, 2024 14:05",
            "",
            "BODY",
            "",
            "Chanzo: AFP",
        ],
        {"authors": ["Juma Mrisho", "Neema Mwakyusa"], "published": "2024-03-14T14:05:00", "source": "AFP"},
    )
    add(
        "sw",
        "updated",
        [title["sw"], "", "Shiriki", "Imesasishwa: 15 Machi 2024 09:30", "", "BODY", "", "Tangazo"],
        {"updated": "2024-03-15T09:30:00"},
    )
    add(
        "sw",
        "job-title",
        [title["sw"], "", "Na Neema Mwakyusa, Mwandishi wetu", "Alhamisi, Agosti 1, 2024", "", "BODY", "", "Tufuate"],
        {"authors": ["Neema Mwakyusa"], "published": "2024-08-01"},
    )
    # Filipino
    add(
        "tl",
        "byline-and-stamp",
        [
            "Balita",
            "",
            title["tl"],
            "",
            "Ni Juan dela Cruz",
            "Inilathala: Marso 14, 2024 2:05 ng hapon",
            "",
            "BODY",
            "",
            "(PNA)",
        ],
        {"authors": ["Juan dela Cruz"], "published": "2024-03-14T14:05:00", "source": "PNA"},
    )
    add(
        "tl",
        "updated",
        [title["tl"], "", "Ibahagi", "Huling na-update: Marso 15, 2024 9:30 ng umaga", "", "BODY", "", "Patalastas"],
        {"updated": "2024-03-15T09:30:00"},
    )
    add(
        "tl",
        "job-title",
        [title["tl"], "", "Ni Maria Santos, mamamahayag", "Hunyo 1, 2024", "", "BODY", "", "Sundan kami"],
        {"authors": ["Maria Santos"], "published": "2024-06-01"},
    )
    return cases


FIXTURES = _fixtures()
"""Three plain-text articles in each of the seven languages, read by tests/test_languages.py with its CASES."""


def test_a_bengali_sentence_opening_with_publicly_is_no_timestamp() -> None:
    """ "প্রকাশ" (published) is a timestamp word before its colon only: "প্রকাশ্যে" (publicly) opens a sentence."""
    lang = LANGUAGES[_IDS.index("bn")]
    sentence = "প্রকাশ্যে ১৪ মার্চ ২০২৪ তারিখে মন্ত্রী নতুন নিয়মের কথা জানান।"
    text = f"{lang.title}\n\n{lang.byline}\n\n{sentence}\n\n{lang.paragraphs[0]}\n"
    (article,) = newsparse.load(text.encode())
    assert article.body == f"{sentence}\n\n{lang.paragraphs[0]}"
