"""The English vocabulary: the phrases of English-language news scrapes."""

from __future__ import annotations

from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["ENGLISH"]

_BODY_CHROME = (
    "Advertisement", "Advertising", "Advert", "Skip Advertisement", "Story continues below advertisement",
    "Continue reading the main story", "Sponsored content",
)  # fmt: skip


ENGLISH = Vocabulary(
    language="en",
    chrome=(
        "Comments are closed", "Comments are closed for this article", "Commenting has been disabled for this article",
        "TT", "Short Url", "Short URL", "Shorturl", "Follow", "Share", "Share this", "Share this article",
        "Print", "Email", "E-mail", "Tweet", "Comments", "Comment", "Save", "Listen", "Listen to this article",
        "Read more", "Close", "Copy link", "Facebook", "Twitter", "X", "WhatsApp", "LinkedIn", "Telegram",
        "Subscribe", "Sign up", "Skip to content", "Back to top", "Font size", "A A", "Text size", "Zoom", "More",
        "Gallery", "Show more", "Latest first", "Newest first", "Oldest first",
        "Scroll to continue with content", *_BODY_CHROME,
    ),
    body_chrome=_BODY_CHROME,
    echo_markers=("TT", "Short Url", "Follow"),
    labels=(
        "Featured", "Breaking", "Breaking News", "Exclusive", "Opinion", "Analysis", "Live", "Sponsored", "Premium",
        "Editor's Pick", "Editor’s Pick", "Trending", "Top Story", "Watch", "Video", "Explainer", "Fact Check",
        "Developing", "Just In", "Update", "Commentary", "Editorial", "Interview", "Review",
    ),
    story_lists=(
        "Related", "Related articles", "Related stories", "Related content", "Related news", "Related coverage",
        "Related posts", "Related reading", "More stories", "More from", "More news", "Our latest stories",
        "Latest stories", "Latest news", "You may also like", "You might also like", "You may be interested in",
        "Recommended", "Recommended for you", "Recommended stories", "Don't miss", "Don’t miss", "Dont miss",
        "Most popular", "Most read", "Most viewed", "Most shared", "Popular now", "Trending", "Trending now",
        "Top stories", "Read more", "Read next", "Read also", "Also read", "More on this", "More on this story",
        "Related topics", "More on this topic",
        "See also", "Editor's picks", "Editor’s picks", "Further reading", "What to read next", "Up next",
    ),
    tag_labels=(
        "Tags", "Tag", "Tagged", "Tagged with", "Filed under", "Filed in", "Topics", "Related topics", "Keywords",
    ),
    minute_words=("min", "mins", "minute", "minutes"),
    reading_words=("read", "reading time", "read time"),
    not_places=(
        "NATO", "UN", "EU", "US", "USA", "UK", "ICE", "FBI", "CIA", "NIS", "UPDATED", "NOTE", "EDITOR'S",
        "EDITORS", "EDITOR'S NOTE", "EDITORS' NOTE", "EDITORS NOTE", "CORRECTION", "WARNING", "READ", "MORE",
        "READ MORE", "PHOTOS", "PHOTO", "VIDEOS",
    ),
    published_words=("published", "posted", "first published"),
    updated_words=("updated", "last updated", "modified"),
    timestamp_joiners=("on", "at"),
    publish_stems=("publish",),
    via=("via",),
    sourced_from=("with", "with inputs from"),
    views_before=("view", "views"),
    views_verbs=("viewed", "view", "read"),
    views_times=("time", "times"),
    views_after=("views", "reads"),
    writer_paths=("author", "byline", "by-line", "writer", "reporter", "journalist", "columnist", "staff"),
    by=("by", "by:", "author:", "authors:", "written by", "reported by", "words by", "story by"),
    job_titles=(
        "press release", "reporter", "correspondent", "editor", "writer", "columnist", "contributor", "staff",
        "journalist",
        "producer", "analyst", "chief", "senior", "newsroom", "communications", "admin", "administrator",
        "bureau", "desk", "wire services", "wire service", "editorial",
    ),
    press_roles=(
        "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer", "writers",
        "columnist", "contributor", "journalist", "journalists", "photographer", "photographers",
    ),
    reporting=("reporting", "writing", "reported"),
    conjunctions=("and", "&"),
    tip_words=("tip", "story", "news"),
    about_headings=("about",),
    contact_headings=(
        "for more information", "for further information", "media contact", "media contacts", "press contact",
        "press contacts", "media inquiries", "media enquiries", "contact",
    ),
    outlet_prepositions=("for",),
    place_prepositions=("in", "at"),
    name_particles=(
        "de", "da", "del", "della", "di", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "dos", "das",
        "du", "ten", "ter",
    ),
    agencies=(
        "AP", "AFP", "Reuters", "EPA", "EPA-EFE", "EFE", "Xinhua", "KCNA", "Yonhap", "Anadolu", "AA", "Bloomberg",
        "dpa", "TASS", "Sputnik", "Kyodo", "UPI", "PA", "AAP", "ANI", "PTI", "ANSA", "Interfax",
    ),
    agency_names=(
        "Associated Press", "The Associated Press", "Agence France-Presse", "Canadian Press", "The Canadian Press",
        "Press Trust of India", "Asian News International", "Indo-Asian News Service", "Press Association",
        "Australian Associated Press", "United Press International",
    ),
    publishers=(
        "CNN", "BBC", "NPR", "Axios", "Politico", "Al Jazeera", "Arab News", "CBS", "NBC", "ABC", "Fox",
        "Al Arabiya",
    ),
    photo_agencies=("Getty Images", "Shutterstock", "Sipa", "NurPhoto"),
    credit_sources=("Pool", "Handout", "File", "Supplied", "Courtesy"),
    credit_words=("photo", "photos", "photograph", "photographs", "image", "images", "credit", "credits"),
    org_suffixes=(
        "Press", "News", "Times", "Post", "Journal", "Herald", "Agency", "Wire", "Service", "Tribune", "Telegraph",
        "Guardian", "Gazette", "Reporter", "Media", "Network", "Daily", "Insider", "Observer", "Chronicle",
        "Independent", "Standard", "Examiner", "Monitor", "Studio",
    ),
    caption_openers=(
        "in this photo", "in this image", "in this picture", "in this handout", "in this file", "this photo ",
        "this image ",
    ),
    caption_labels=("file", "file photo", "photo", "pictured"),
    end_note_patterns=(
        r"contributed (?:to )?(?:this |the )?(?:report|story|reporting|article)",
        r"contributed from",
        r"contributed reporting",
        r"^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|edited) by\b",
        r"^\W*with inputs? from\b[^.,;:]{0,40}$",
        r"\breported from\b",
        r"\bwas (?:first |originally )?published\b",
        r"^(?:©|copyright\b)",
        r"^follow .{1,80} (?:on|at) \S",
        r"^this (?:story|article|report) (?:has been|was) (?:updated|corrected)\b",
    ),
    end_note_words=(
        "contributed", "reporting by", "writing by", "editing by", "compiled by", "edited by", "reported from", "input",
        "published", "©", "copyright", "follow", "updated", "corrected",
    ),
    rights_words=("all rights reserved", "copyright"),
    newsletter_words=("newsletter", "in your inbox"),
    sign_up_words=(
        "sign up", "sign-up", "signup", "subscribe", "inbox", "join ", "join us", "follow us",
        "click here", "chat with us",
    ),
    syndication_subject_patterns=(r"this (?:post|article|story|piece|content)", r"the post\b.{0,300}?"),
    syndication_verb_patterns=(
        r"(?:(?:originally|first)\s+)?(?:appeared|was (?:originally |first )?(?:published|posted))\s+"
        r"(?:first\s+|originally\s+)?(?:on|in|at|by)",
    ),
    months={
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    },
    weekdays=(
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thurs", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday",
    ),
    relative_dates=("ago", "yesterday", "today", "just now"),
    time_joiners=("at",),
    date_fillers=("of",),
    day_suffixes=("st", "nd", "rd", "th"),
    am_words=("am", "a.m.", "a.m"),
    pm_words=("pm", "p.m.", "p.m"),
    zones={
        "UTC": "+00:00", "GMT": "+00:00", "UT": "+00:00", "Z": "+00:00",
        # RFC 822 names (RSS): North American zones; "CST" is US Central there, not China Standard Time
        "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00",
        "PST": "-08:00", "PDT": "-07:00", "AKST": "-09:00", "AKDT": "-08:00", "HST": "-10:00",
        "BST": "+01:00", "WET": "+00:00", "WEST": "+01:00", "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00",
        "EEST": "+03:00", "MSK": "+03:00", "JST": "+09:00", "KST": "+09:00", "HKT": "+08:00", "SGT": "+08:00",
        "AEST": "+10:00", "AEDT": "+11:00", "ACST": "+09:30", "AWST": "+08:00", "NZST": "+12:00", "NZDT": "+13:00",
    },
    chrome_classes=(
        "comment", "comments", "share", "sharing", "social", "related", "recommended", "promo", "newsletter",
        "sidebar", "breadcrumb", "breadcrumbs", "advert", "ad-slot", "ads", "sponsor", "popular",
        "trending", "cookie", "cookies", "consent", "privacy", "signup", "byline-share",
    ),
    names=("english", "eng"),
    stopwords=(
        "the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "as", "by", "at", "from", "it",
        "his", "are", "were", "has", "have", "had", "which", "this", "be", "but", "not", "they", "their", "who",
        "will", "would", "said", "an", "been", "after",
    ),
    company_forms=(
        "Ltd", "Ltd.", "LTD", "Limited", "LIMITED", "LLC", "L.L.C.", "Inc", "Inc.", "INC", "Incorporated", "Corp",
        "Corp.", "Corporation", "PLC", "plc", "LLP", "Co.", "Pty Ltd", "Pvt Ltd", "Pvt. Ltd.", "Pte Ltd", "Pte. Ltd.",
    ),
)  # fmt: skip
