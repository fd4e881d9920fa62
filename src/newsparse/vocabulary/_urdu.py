"""The Urdu vocabulary (ur): the phrases of Urdu-language news scrapes.

Phrases are written as Urdu sites write them, with Urdu's own letters (ک, ی, ہ, ے), not Arabic's; "تصویر"
(picture) of a caption is Persian's. Months are the
Gregorian ones; the Islamic months ("رمضان", "شوال") are another calendar and are left out, so a Hijri date is
read as no date. "کل" (yesterday, tomorrow) is no relative time here: it is Persian's "whole"; "از" (by) is no
byline word: it is Persian's "from", which opens many lines. Urdu writes the half of the day before the time
("صبح 9 بجے"), which is not read as one; the Arabic comma between date and time is Persian's filler.
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["URDU"]

_BODY_CHROME = ("اشتہار", "یہ بھی پڑھیں", "مزید پڑھیں", "یہ بھی پڑھیے", "مزید پڑھیے")

URDU = Vocabulary(
    language="ur",
    chrome=(
        "شیئر", "شیئر کریں", "پرنٹ", "پرنٹ کریں", "تبصرے", "تبصرہ کریں", "اپنی رائے دیں", "فالو کریں",
        "لنک کاپی کریں", "سبسکرائب کریں", "مزید دیکھیں", "فوٹو گیلری", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "بریکنگ نیوز", "خصوصی", "خصوصی رپورٹ", "تجزیہ", "کالم", "رائے", "اداریہ", "ویڈیو", "لائیو", "پاکستان",
        "دنیا", "کھیل", "کاروبار", "شوبز", "انٹرٹینمنٹ", "قومی", "بین الاقوامی",
    ),
    story_lists=(
        "یہ بھی پڑھیں", "مزید پڑھیں", "یہ بھی پڑھیے", "مزید پڑھیے", "متعلقہ خبریں", "مزید خبریں", "تازہ ترین",
        "تازہ ترین خبریں", "سب سے زیادہ پڑھی جانے والی", "مقبول خبریں", "اہم خبریں", "دیگر خبریں",
    ),
    tag_labels=("ٹیگز", "ٹیگ", "موضوعات"),
    minute_words=("منٹ",),
    reading_words=("پڑھنے کا وقت", "میں پڑھیں"),
    published_words=("شائع", "شائع شدہ", "تاریخ اشاعت", "اشاعت"),
    updated_words=("اپ ڈیٹ", "اپڈیٹ", "آخری اپ ڈیٹ", "اپ ڈیٹ شدہ"),
    publish_stems=("شائع", "اشاعت"),
    source_words=("ذریعہ",),
    by=("تحریر:", "رپورٹ:", "رپورٹر:", "نمائندہ:", "نامہ نگار:"),
    job_titles=(
        "نامہ نگار", "نمائندہ", "نمائندہ خصوصی", "رپورٹر", "اسٹاف رپورٹر", "سٹاف رپورٹر", "ایڈیٹر", "صحافی",
        "بیورو", "نیوز ڈیسک", "ڈیسک",
    ),
    conjunctions=("اور",),
    agencies=("اے پی پی", "اے ایف پی", "رائٹرز", "این این آئی"),
    credit_words=("فوٹو", "فائل فوٹو"),
    caption_labels=("فوٹو", "فائل فوٹو", "فائل تصویر", "علامتی تصویر"),
    end_note_patterns=(r"^(?:©\s*)?(?:جملہ|تمام) حقوق .{0,80}محفوظ",),
    end_note_words=("حقوق",),
    rights_words=("جملہ حقوق", "تمام حقوق محفوظ"),
    months={
        "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6, "جولائی": 7, "اگست": 8, "ستمبر": 9,
        "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
    },
    weekdays=("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"),
    # phrases, not "پہلے" (before) or "قبل" alone: "۱۴ مارچ سے پہلے" holds a date
    relative_dates=("گھنٹے پہلے", "گھنٹہ پہلے", "منٹ پہلے", "دن پہلے", "گھنٹے قبل", "منٹ قبل", "دن قبل"),
    time_after=("بجے",),
    numeric_order="dmy",
    names=("urdu", "urd", "اردو"),
    stopwords=(
        "کے", "میں", "کی", "ہے", "اور", "سے", "کو", "کا", "نے", "پر", "کہ", "یہ", "ایک", "بھی", "ہیں", "تھا", "تھی",
        "گیا", "کیا", "لیے", "کر", "وہ", "ہو", "اس", "جو", "نہیں", "رہے", "ساتھ", "بعد", "گئی", "کہا",
    ),
)  # fmt: skip
