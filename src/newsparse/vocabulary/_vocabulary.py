"""The :class:`Vocabulary` record: every phrase list of the plain-text readers for one language, as data."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["Vocabulary"]

_Words = tuple[str, ...]


@attrs.frozen(eq=False)
class Vocabulary:
    """The words and phrases one language uses for page furniture, bylines, credits, notes and dates.

    Plain fields are literal phrases, matched case-insensitively unless said otherwise; a phrase of several words
    matches with single spaces between them. Fields named ``*_patterns`` hold regular-expression fragments (for
    phrases with optional words); they must not define groups. A vocabulary only holds data: the patterns every
    reader uses are built from all registered vocabularies in :mod:`newsparse.vocabulary._patterns`. Every list
    defaults to empty, so a vocabulary names only what its language has.
    """

    language: str
    """A BCP 47 tag ("en")."""

    # Page furniture: whole lines, compared case-folded with whitespace squeezed.
    chrome: _Words = ()
    """Site chrome lines ("Short Url", "Follow", "Share this article")."""
    body_chrome: _Words = ()
    """The chrome lines that also turn up between body paragraphs ("Advertisement"); each is in ``chrome``."""
    echo_markers: _Words = ()
    """The chrome lines that mark title-echo scrapes ("TT", "Short Url"); each is in ``chrome``."""
    labels: _Words = ()
    """Section labels and kickers above a title ("Breaking News", "Opinion", "Video")."""
    story_lists: _Words = ()
    """Headings of a list of other stories inside a page's text ("Related", "Most read", "Lesen Sie auch"): the
    heading and the short headlines under it leave the body."""
    tag_labels: _Words = ()
    """Labels of a story's list of tags or topics, written before a colon ("Tags", "Filed under", "Schlagwörter")."""
    minute_words: _Words = ()
    """Words of minutes in a reading-time line ("min", "Minuten", "分")."""
    reading_words: _Words = ()
    """Words that make a count of minutes a reading time ("read", "Lesezeit", "de lecture", "で読めます")."""
    not_places: _Words = ()
    """Upper-case words before a colon that are not a dateline's place (besides labels and agencies): "NATO"."""

    # Timestamps and footers.
    published_words: _Words = ()
    """Words that start a publication timestamp line ("Published", "Posted")."""
    updated_words: _Words = ()
    """Words that start an update timestamp line ("Updated", "Last updated")."""
    timestamp_joiners: _Words = ()
    """Words between a timestamp word and its date ("on", "at")."""
    publish_stems: _Words = ()
    """Stems that say an end note holds the publication date ("publish")."""
    via: _Words = ()
    """The word of a "via <date or site>" footer, and of a credit "... via AP"."""
    source_words: _Words = ()
    """Words before a colon that name the source in a footer ("Quelle: dpa", "Fuente: EFE")."""
    tip_words: _Words = ()
    """Words, lower case, of a short question asking readers for news ("tip" in "Got a tip?", "hinweis")."""
    contact_headings: _Words = ()
    """Words, lower case, that open the heading of a press release's contact block ("for more information",
    "media contact", "pressekontakt", "yderligere oplysninger")."""
    about_headings: _Words = ()
    """Words, lower case, that open the heading of a press release's closing paragraph about its issuer, before
    the issuer's name ("about" in "About Acme Robotics", "über", "à propos de")."""
    sourced_from: _Words = ()
    """Words, lower case, that credit the agencies a story draws on, before their names alone on a line ("with" in
    "With AFP and Reuters", "con información de", "avec", "mit Material von")."""

    # View counters: "Views: 1,204", "View 227 times", "1,204 views".
    views_before: _Words = ()
    """Words before a count ("Views: 1,204")."""
    views_verbs: _Words = ()
    """Verbs before a count that ``views_times`` follows ("View 227 times")."""
    views_times: _Words = ()
    """Words after a count that ``views_verbs`` introduces ("times")."""
    views_after: _Words = ()
    """Words after a bare count ("1,204 views")."""

    # Bylines.
    by: _Words = ()
    """The byline word ("By Jane Doe"); one ending in a colon or a slash needs no space after it ("作者：")."""
    by_after: _Words = ()
    """Byline words after the names ("김철수 기자", "山田太郎記者"); no space is needed before them."""
    titles_after: _Words = ()
    """Endings of the titles a language writes after a one-word name, with the writer's place of work before them
    ("박정연 남도지역공동체연구소장": a research centre's director, "홍길동 서울대 교수"): the name alone is the
    writer."""
    job_titles: _Words = ()
    """Whole words of job titles in a byline ("Senior Correspondent", "Redakteurin", "корреспондент"): a part of a
    byline holding one names no author. Written apart from the names; not the ``by_after`` words of scripts
    without spaces."""
    writer_paths: _Words = ()
    """Words of a URL path that leads to a writer's page ("author" of "/author/jane-roe", "penulis", "muhabir"),
    lower case; a plural ending may follow ("/autores/", "/yazarlar/"). A link there inside the story names its
    writer."""
    press_roles: _Words = ()
    """The ``job_titles`` that are the press's own ("correspondent", "editor", "writer"), never a newsmaker's
    ("chief", "analyst"): a line of names and one of them is a byline with no byline word ("Jane Roe, Political
    Editor"). Empty: all of the vocabulary's ``job_titles`` are."""
    reporting: _Words = ()
    """Words before the byline word in a contributor line ("(Reporting by ...)")."""
    conjunctions: _Words = ()
    """Words joining two names ("Jane Doe and John Roe"), matched as written, capitalised or upper case."""
    surname_joiners: _Words = ()
    """Conjunctions that also join a last surname to a name ("y" in "José Ortega y Gasset", "i" in "Marta Puig i
    Soler"): before one last word, no separator of two names."""
    place_prepositions: _Words = ()
    """Words before a place after a reporter's name ("Jane Doe in Sydney")."""
    outlet_prepositions: _Words = ()
    """Words before the outlet a writer writes for, after their name ("Jane Doe for Dailymail.com")."""
    name_particles: _Words = ()
    """Lower-case words inside personal names ("de", "van"), matched case-sensitively."""

    # Publishers, agencies and photo credits.
    agencies: _Words = ()
    """News agencies as credits name them ("AP", "Reuters"), as written: credits, datelines, bylines."""
    agency_names: _Words = ()
    """Agencies' full names ("The Associated Press"), which sign bylines and datelines but not photo credits."""
    publishers: _Words = ()
    """Publishers that sign bylines and datelines ("CNN", "BBC"), as written."""
    photo_agencies: _Words = ()
    """Photo agencies of credits ("Getty Images")."""
    credit_sources: _Words = ()
    """Credit words that stand for a source ("Pool", "Handout", "File")."""
    credit_words: _Words = ()
    """Words that make a short line a credit ("photo", "images", "credit")."""
    org_suffixes: _Words = ()
    """Last words of publisher and desk names ("Press", "Times", "Herald"; "新聞", "支局"), as written; in an
    unspaced script the word ends the name with no space before it ("大曲支局")."""
    company_forms: _Words = ()
    """Legal forms that close a company's name ("Ltd", "GmbH", "s.r.o."), as written (case and dots count): a
    name that ends with one is a company's, never an author's."""
    company_openers: _Words = ()
    """Legal forms that open a company's name ("PT", "ООО", "株式会社"), as written."""

    # Captions.
    caption_openers: _Words = ()
    """Phrases that open a caption ("In this photo"); a phrase ending in a space needs one after it."""
    caption_labels: _Words = ()
    """Labels that open a caption before a colon or a spaced dash ("Photo:", "FILE - ")."""

    # End matter.
    end_note_patterns: _Words = ()
    """Regular-expression fragments of end notes, searched anywhere in a line ("contributed to this report")."""
    end_note_words: _Words = ()
    """Literal words, lower case, of which every end-note match contains one (a cheap test before the regex)."""
    closing_words: _Words = ()
    """What a story's closing line holds alone in brackets that names no one ("敬称略": honorifics left out,
    "随時更新", "未完待续"), as written: in an unspaced script such a line is otherwise read as its writer's name."""
    rights_words: _Words = ()
    """Words of a copyright notice ("All rights reserved", "Tous droits réservés", "무단 전재"), searched in a line."""
    newsletter_words: _Words = ()
    """Words that name a site's mailing list ("newsletter", "boletín", "рассылк"), lower case, each the start of
    a word: with a ``sign_up_words`` one in a line at a story's end, a call to sign up."""
    sign_up_words: _Words = ()
    """Words that ask to sign up, join or follow ("sign up", "subscribe", "inbox", "join our", "siga-nos"), lower
    case, word starts: with a ``newsletter_words`` one, or the name of a messaging service ("WhatsApp"), in a
    short line, a call to sign up."""
    syndication_subject_patterns: _Words = ()
    """Fragments that open a syndication footer ("This post", "The post <title>")."""
    syndication_verb_patterns: _Words = ()
    """Fragments between the subject and the site ("appeared first on")."""

    # Dates.
    months: Mapping[str, int] = attrs.field(factory=dict)
    """Month names and abbreviations, lower case, to their number."""
    solar_hijri_months: Mapping[str, int] = attrs.field(factory=dict)
    """The Solar Hijri calendar's month names ("فروردین", "مهر"), lower case, to their number: a date written
    with one is of that calendar, read as its Gregorian date ("۱۴ اسفند ۱۴۰۴" is 2026-03-05)."""
    weekdays: _Words = ()
    """Weekday names and abbreviations, lower case."""
    relative_dates: _Words = ()
    """Words of relative times, which are not dates ("ago", "yesterday")."""
    time_joiners: _Words = ()
    """Words between a date and its time ("at")."""
    date_fillers: _Words = ()
    """Words between the day, the month and the year ("21 de octubre de 2024")."""
    day_suffixes: _Words = ()
    """Endings of a day number ("1st", "1er"), lower case."""
    time_after: _Words = ()
    """Words after a time ("14.05 Uhr"); a time with one may use a dot between hours and minutes."""
    am_words: _Words = ()
    """Words of a morning time, before or after it ("a.m.", "午前", "오전"), lower case."""
    pm_words: _Words = ()
    """Words of an afternoon time ("p.m.", "午後", "오후"), lower case."""
    date_marks: _Words = ()
    """The year, month and day marks of an East Asian date, in that order ("年", "月", "日")."""
    time_marks: _Words = ()
    """The hour and minute marks of an East Asian time, in that order ("時", "分")."""
    numeric_order: str = ""
    """How the language orders an all-number date: "dmy", "mdy", or "" when its writers use both."""
    zones: Mapping[str, str] = attrs.field(factory=dict)
    """Time zone names and abbreviations as written ("EST", "MEZ") to their UTC offset ("-05:00")."""

    # HTML.
    chrome_classes: _Words = ()
    """Words of class and id names that mark HTML page chrome ("share", "newsletter")."""

    # Language identification.
    names: _Words = ()
    """The language's names, lower case, in English and in itself ("german", "deutsch"): metadata that names it."""
    stopwords: _Words = ()
    """Frequent short words that tell the language apart, lower case (the fallback language identifier)."""
