"""The Persian vocabulary (fa): the phrases of Persian-language news scrapes.

Phrases are written as Persian sites write them, with the zero-width non-joiner inside words ("اشتراک‌گذاری"),
and also with a space where sites write one. The months are the Gregorian ones as Persian writes them ("مارس"
is Arabic's), and the Solar Hijri ones ("مهر", "آبان"...) apart: a date written with them is read as the
Gregorian date it is ("۳۰ مهر ۱۴۰۵" is 2026-10-22). The conjunction "و" is Arabic's. The agencies "مهر" and
"فارس" are also words (a month, Persian) and Mehr is German "mehr": they are named only in full ("خبرگزاری مهر").
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["PERSIAN"]

# "انتهای پیام" ("end of message") closes an agency's story, after its last paragraph
_BODY_CHROME = ("تبلیغات", "آگهی", "بیشتر بخوانید", "بخوانید", "انتهای پیام", "انتهای پیام/", "انتهای پیام.")

PERSIAN = Vocabulary(
    language="fa",
    chrome=(
        "اشتراک گذاری", "اشتراک‌گذاری", "اشتراک", "لینک کوتاه", "لینک کوتاه:", "کپی لینک", "کپی شد", "چاپ",
        "چاپ خبر", "ارسال به دوستان", "دنبال کنید", "نظرات", "ارسال نظر", "ذخیره", "مشاهده بیشتر", "گالری تصاویر",
        "کد خبر", "کد خبر:", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "فوری", "خبر فوری", "اختصاصی", "یادداشت", "تحلیل", "گزارش", "ویدئو", "ویدیو", "گفت‌وگو", "گفتگو", "سیاسی",
        "اقتصادی", "بین‌الملل", "فرهنگی", "ورزشی", "اجتماعی",
    ),
    story_lists=(
        "بیشتر بخوانید", "بخوانید", "اخبار مرتبط", "مطالب مرتبط", "خبرهای مرتبط", "پربازدیدترین‌ها", "پربازدیدترین ها",
        "پربازدیدترین", "پربازدید", "آخرین اخبار", "پیشنهاد سردبیر", "پیشنهاد ما", "مطالب پیشنهادی",
    ),
    tag_labels=("برچسب‌ها", "برچسب ها", "برچسب", "کلیدواژه‌ها", "کلیدواژه ها", "کلید واژه ها", "تگ‌ها", "تگ ها"),
    minute_words=("دقیقه",),
    reading_words=("زمان مطالعه", "مطالعه"),
    published_words=("تاریخ انتشار", "منتشر شده", "منتشرشده", "زمان انتشار"),
    updated_words=(
        "بروزرسانی", "به‌روزرسانی", "بروز رسانی", "به روز رسانی", "آخرین بروزرسانی", "آخرین به‌روزرسانی",
        "تاریخ بروزرسانی",
    ),
    timestamp_joiners=("در",),
    publish_stems=("انتشار", "منتشر"),
    source_words=("منبع",),
    by=("نویسنده:", "خبرنگار:", "گزارش:", "گزارشگر:", "به قلم", "به قلم:"),
    job_titles=("خبرنگار", "سردبیر", "دبیر", "روزنامه‌نگار", "روزنامه نگار", "گزارشگر", "عکاس", "مترجم"),
    agencies=("ایرنا", "ایسنا", "تسنیم", "ایلنا", "IRNA", "ISNA", "Tasnim"),
    agency_names=(
        "خبرگزاری ایرنا", "خبرگزاری ایسنا", "خبرگزاری مهر", "خبرگزاری فارس", "خبرگزاری تسنیم", "خبرگزاری ایلنا",
        "خبرگزاری جمهوری اسلامی", "Mehr News", "Mehr News Agency", "Fars News", "Fars News Agency",
    ),
    credit_words=("عکس", "تصویر"),
    caption_labels=("عکس", "تصویر", "عکس تزئینی", "عکس آرشیوی", "عکس از"),
    end_note_patterns=(r"^(?:©\s*)?(?:کلیه|تمامی) حقوق .{0,80}(?:محفوظ|متعلق)",),
    end_note_words=("حقوق",),
    rights_words=(
        "کلیه حقوق مادی و معنوی", "کلیه حقوق محفوظ", "تمامی حقوق محفوظ", "کلیه حقوق این", "تمامی حقوق این",
    ),
    months={
        "ژانویه": 1, "فوریه": 2, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8,
        "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    },
    solar_hijri_months={
        "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6, "مهر": 7,
        "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
    },
    weekdays=(
        "شنبه", "یکشنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه",
    ),
    # phrases, not "پیش" (ago, before) alone: "پیش از ۱۴ مارس ۲۰۲۴" is a date
    relative_dates=("ساعت پیش", "دقیقه پیش", "روز پیش", "ساعاتی پیش", "دقایقی پیش", "دیروز"),
    time_joiners=("ساعت",),
    date_fillers=("،",),
    am_words=("ق.ظ", "صبح"),
    pm_words=("ب.ظ", "بعدازظهر", "بعد از ظهر", "عصر"),
    names=("persian", "farsi", "fas", "per", "فارسی"),
    stopwords=(
        "و", "در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "یک", "خود", "تا", "کرد", "بر", "هم",
        "نیز", "می", "شد", "شده", "اما", "یا", "وی", "کند", "دارد", "بود", "هر", "پس", "اند", "کرده",
    ),
    company_openers=("شرکت",),
)  # fmt: skip
