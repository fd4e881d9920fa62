"""The Hebrew vocabulary (he): the phrases of Hebrew-language news scrapes.

Hebrew writes "in" and "and" as letters joined to the next word: a date's month comes as "במרץ" ("in March"), so
the months are listed with that prefix too, and two names are joined by a comma here (their "ו" is no word).
"""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["HEBREW"]

_BODY_CHROME = ("פרסומת", "קראו גם", "המשך הכתבה אחרי הפרסומת")

_MONTHS = {
    "ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6, "יולי": 7, "אוגוסט": 8,
    "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
}  # fmt: skip

HEBREW = Vocabulary(
    language="he",
    chrome=(
        "שתף", "שתפו", "שיתוף", "הדפס", "הדפסה", "תגובות", "הוסיפו תגובה", "העתק קישור", "העתיקו קישור", "הירשמו",
        "שמור", "שמירה", "האזינו לכתבה", "דלג לתוכן", "חזרה למעלה", "גודל טקסט", "הצג עוד", "לכל הכתבות", "גלריה",
        *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    labels=(
        "מבזק", "בלעדי", "דעה", "פרשנות", "ניתוח", "ראיון", "שידור חי", "חדשות", "פוליטי", "כלכלה", "בעולם", "תרבות",
        "ספורט",
    ),
    story_lists=(
        "קראו גם", "עוד בנושא", "כתבות נוספות", "כתבות קשורות", "הנקראים ביותר", "הכתבות הנקראות ביותר", "מומלצים",
        "עוד כתבות", "אולי יעניין אותך", "המבזקים האחרונים",
    ),
    tag_labels=("תגיות", "נושאים"),
    minute_words=("דקות", "דקה", "דק'"),
    reading_words=("קריאה", "זמן קריאה"),
    published_words=("פורסם", "פורסמה", "תאריך פרסום"),
    updated_words=("עודכן", "עודכנה", "עדכון אחרון", "עודכן לאחרונה"),
    publish_stems=("פורסם",),
    source_words=("מקור",),
    views_after=("צפיות",),
    by=("מאת", "מאת:", "כתב:", "כתבה:"),
    conjunctions=("ו",),  # written onto the next word; apart from it only beside a link ("<a>…</a> ו<a>…</a>")
    job_titles=("כתב", "כתבת", "כתבנו", "עורך", "עורכת", "פרשן", "פרשנית", "מערכת"),
    agencies=("רויטרס", "סוכנויות הידיעות"),
    credit_words=("צילום", "קרדיט"),
    caption_labels=("צילום", "צילום ארכיון", "צילום מסך", "איור"),
    end_note_patterns=(r"^כל הזכויות שמורות",),
    end_note_words=("הזכויות",),
    rights_words=("כל הזכויות שמורות",),
    months={**_MONTHS, **{f"ב{name}": number for name, number in _MONTHS.items()}},
    weekdays=("יום ראשון", "יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת"),
    relative_dates=("לפני", "אתמול", "היום", "שלשום"),
    time_joiners=("בשעה",),
    numeric_order="dmy",
    names=("hebrew", "heb", "iw", "עברית"),
    stopwords=(
        "של", "את", "על", "עם", "לא", "הוא", "היא", "כי", "גם", "זה", "אם", "אבל", "או", "כל", "יותר", "בין",
        "אחרי", "לפני", "היה", "הייתה", "הם", "אשר", "כך", "עוד", "רק", "אך", "מה", "אני", "כמו", "שלא",
    ),
    company_forms=('בע"מ', "בע״מ"),
)  # fmt: skip
