"""The Bengali vocabulary (bn): the phrases of Bengali-language news scrapes (Bangladesh and West Bengal).

Phrases are written as Bengali sites write them, a য় (and ড়, ঢ়) as য then its nukta, as NFC has it, and also as
the one code point many sites type ("\u09df"): both forms are listed. Months are the Gregorian ones (with the two
spellings of their long ī); the months of the Bengali calendar ("বৈশাখ", "ফাল্গুন") are another calendar and are
left out, so such a date is read as no date. Bengali digits are digits to the date reader. "ও" (and) is no
conjunction of names here: it is also the one-letter pronoun.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["BENGALI"]


def _typed(*words: str) -> tuple[str, ...]:
    """``words`` as NFC has them (য then the nukta) and as sites type them (the one code point য়, ড়, ঢ়)."""
    typed = (w.replace("য\u09bc", "\u09df").replace("ড\u09bc", "\u09dc").replace("ঢ\u09bc", "\u09dd") for w in words)
    return tuple(dict.fromkeys((*words, *typed)))


_BODY_CHROME = _typed("বিজ্ঞাপন", "আরও পড়ুন", "আরো পড়ুন", "আরও পড়ুন:", "আরো পড়ুন:")

BENGALI = Vocabulary(
    language="bn",
    chrome=(
        *_typed(
            "শেয়ার", "শেয়ার করুন", "প্রিন্ট", "প্রিন্ট করুন", "মন্তব্য", "মন্তব্য করুন", "ফলো করুন", "অনুসরণ করুন",
            "লিংক কপি করুন", "লিংক কপি", "সাবস্ক্রাইব করুন", "আরও দেখুন", "সব খবর", "ছবি গ্যালারি",
        ),
        *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=_typed(
        "ব্রেকিং নিউজ", "ব্রেকিং", "এক্সক্লুসিভ", "বিশ্লেষণ", "মতামত", "সম্পাদকীয়", "ভিডিও", "লাইভ", "জাতীয়",
        "আন্তর্জাতিক", "রাজনীতি", "অর্থনীতি", "বাণিজ্য", "খেলা", "বিনোদন", "সারাদেশ",
    ),
    story_lists=_typed(
        "আরও পড়ুন", "আরো পড়ুন", "সম্পর্কিত খবর", "সংশ্লিষ্ট খবর", "আরও খবর", "এই বিভাগের আরও খবর", "সর্বাধিক পঠিত",
        "সর্বশেষ", "সর্বশেষ খবর", "পাঠকপ্রিয়", "আলোচিত", "আরও সংবাদ", "এ বিভাগের আরও খবর",
    ),
    tag_labels=_typed("ট্যাগ", "বিষয়"),
    minute_words=("মিনিট",),
    reading_words=_typed("পড়ার সময়", "পড়তে"),
    # "প্রকাশ" only before its colon: a vowel sign or virama after it is no letter to the pattern, and "প্রকাশ্যে"
    # (publicly) opens sentences
    published_words=_typed("প্রকাশ:", "প্রকাশ :", "প্রকাশিত", "প্রকাশের সময়", "প্রকাশ করা হয়েছে"),
    updated_words=_typed("আপডেট", "আপডেট করা হয়েছে", "সর্বশেষ আপডেট", "হালনাগাদ"),
    publish_stems=("প্রকাশ",),
    source_words=("সূত্র",),
    by=("লেখক:", "প্রতিবেদক:", "লিখেছেন", "লিখেছেন:"),
    job_titles=(
        "প্রতিবেদক", "নিজস্ব প্রতিবেদক", "জ্যেষ্ঠ প্রতিবেদক", "সংবাদদাতা", "প্রতিনিধি", "সাংবাদিক", "সম্পাদক",
        "স্টাফ রিপোর্টার", "রিপোর্টার", "ডেস্ক",
    ),
    conjunctions=("এবং",),
    agencies=("বাসস", "ইউএনবি"),
    agency_names=("বাংলাদেশ সংবাদ সংস্থা",),
    credit_words=("ছবি", "সংগৃহীত"),
    caption_labels=("ছবি", "ফাইল ছবি", "প্রতীকী ছবি", "ছবি সংগৃহীত"),
    end_note_patterns=("সর্বস্বত্ব সংরক্ষিত",),
    end_note_words=("সর্বস্বত্ব",),
    rights_words=("সর্বস্বত্ব সংরক্ষিত", "সর্বস্বত্ব সংরক্ষণ", "সকল স্বত্ব সংরক্ষিত"),
    months=dict.fromkeys(_typed("জানুয়ারি", "জানুয়ারী"), 1)
    | dict.fromkeys(_typed("ফেব্রুয়ারি", "ফেব্রুয়ারী"), 2)
    | {
        "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7, "আগস্ট": 8, "আগষ্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10,
        "নভেম্বর": 11, "ডিসেম্বর": 12,
    },
    weekdays=("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার", "রোববার"),
    # phrases, not "আগে" (before) alone: a word ending in a vowel sign is no word to the one-word test
    relative_dates=("ঘণ্টা আগে", "মিনিট আগে", "দিন আগে", "সেকেন্ড আগে"),
    am_words=("পূর্বাহ্ণ",),
    pm_words=("অপরাহ্ণ",),
    numeric_order="dmy",
    names=("bengali", "bangla", "ben", "বাংলা"),
    stopwords=_typed(
        "ও", "এ", "এই", "করে", "না", "থেকে", "হয়", "তিনি", "জন্য", "একটি", "সঙ্গে", "এবং", "বলেন", "হবে", "করা",
        "তার", "যে", "কিন্তু", "আর", "হয়েছে", "নিয়ে", "পর", "দিয়ে", "তারা", "এখন", "কোনো", "বলে", "ছিল", "করেন",
    ),
)  # fmt: skip
