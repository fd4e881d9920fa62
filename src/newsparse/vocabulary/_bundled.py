"""The vocabularies that ship with newsparse, English first: all of them are active at once."""

from __future__ import annotations

from newsparse.vocabulary._afrikaans import AFRIKAANS
from newsparse.vocabulary._arabic import ARABIC
from newsparse.vocabulary._armenian import ARMENIAN
from newsparse.vocabulary._azerbaijani import AZERBAIJANI
from newsparse.vocabulary._bengali import BENGALI
from newsparse.vocabulary._bulgarian import BULGARIAN
from newsparse.vocabulary._catalan import CATALAN
from newsparse.vocabulary._chinese import CHINESE
from newsparse.vocabulary._croatian import CROATIAN
from newsparse.vocabulary._czech import CZECH
from newsparse.vocabulary._danish import DANISH
from newsparse.vocabulary._dutch import DUTCH
from newsparse.vocabulary._english import ENGLISH
from newsparse.vocabulary._estonian import ESTONIAN
from newsparse.vocabulary._finnish import FINNISH
from newsparse.vocabulary._french import FRENCH
from newsparse.vocabulary._georgian import GEORGIAN
from newsparse.vocabulary._german import GERMAN
from newsparse.vocabulary._greek import GREEK
from newsparse.vocabulary._hebrew import HEBREW
from newsparse.vocabulary._hindi import HINDI
from newsparse.vocabulary._hungarian import HUNGARIAN
from newsparse.vocabulary._icelandic import ICELANDIC
from newsparse.vocabulary._indonesian import INDONESIAN
from newsparse.vocabulary._italian import ITALIAN
from newsparse.vocabulary._japanese import JAPANESE
from newsparse.vocabulary._kazakh import KAZAKH
from newsparse.vocabulary._korean import KOREAN
from newsparse.vocabulary._latvian import LATVIAN
from newsparse.vocabulary._lithuanian import LITHUANIAN
from newsparse.vocabulary._malay import MALAY
from newsparse.vocabulary._maltese import MALTESE
from newsparse.vocabulary._norwegian import NORWEGIAN
from newsparse.vocabulary._persian import PERSIAN
from newsparse.vocabulary._polish import POLISH
from newsparse.vocabulary._portuguese import PORTUGUESE
from newsparse.vocabulary._romanian import ROMANIAN
from newsparse.vocabulary._russian import RUSSIAN
from newsparse.vocabulary._serbian import SERBIAN
from newsparse.vocabulary._slovak import SLOVAK
from newsparse.vocabulary._spanish import SPANISH
from newsparse.vocabulary._swahili import SWAHILI
from newsparse.vocabulary._swedish import SWEDISH
from newsparse.vocabulary._tagalog import TAGALOG
from newsparse.vocabulary._tamil import TAMIL
from newsparse.vocabulary._thai import THAI
from newsparse.vocabulary._turkish import TURKISH
from newsparse.vocabulary._ukrainian import UKRAINIAN
from newsparse.vocabulary._urdu import URDU
from newsparse.vocabulary._uzbek import UZBEK
from newsparse.vocabulary._vietnamese import VIETNAMESE
from newsparse.vocabulary._vocabulary import Vocabulary

__all__ = ["BUNDLED"]

BUNDLED: tuple[Vocabulary, ...] = (
    ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH, POLISH, RUSSIAN, UKRAINIAN, TURKISH, ARABIC,
    CHINESE, JAPANESE, KOREAN, CZECH, ROMANIAN, GREEK, INDONESIAN, SWEDISH, HUNGARIAN,
    VIETNAMESE, HEBREW, HINDI, PERSIAN, DANISH, NORWEGIAN,
    FINNISH, BULGARIAN, SERBIAN, CROATIAN, SLOVAK, LITHUANIAN, CATALAN,
    THAI, BENGALI, TAMIL, URDU, MALAY, SWAHILI, TAGALOG,
    KAZAKH, AZERBAIJANI, UZBEK, GEORGIAN, ARMENIAN, AFRIKAANS,
    LATVIAN, ESTONIAN, ICELANDIC, MALTESE,
)  # fmt: skip
"""The bundled vocabularies: an article's furniture may be in any of these languages, whatever its body's."""
