"""Language of the last user turn (ISO 639-1), 'und' when unknown.

Scripts that name one language here (Hangul, kana, Han, Devanagari, Arabic, Thai, ...) are
decided by counting characters with C-level regexes; Latin text with a clear
stop-word and diacritic vote is decided by it; only the rest goes to lingua, built with the few languages it must tell
apart, in low-accuracy mode, on the first `LINGUA_CHARS` characters, behind a bounded cache
(harvesting traffic repeats its frames, so the cache hit rate is high where volume is).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from distillwatch.signals.batch import Batch

LANG_CHARS = 200
LINGUA_CHARS = 100
CACHE_SIZE = 65536

_SCRIPTS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"), 2.0),
    ("ja", re.compile(r"[\u3040-\u30ff]"), 2.0),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"), 2.0),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]"), 1.0),
    ("arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f]"), 1.0),
    ("hi", re.compile(r"[\u0900-\u097f]"), 1.0),
    ("th", re.compile(r"[\u0e00-\u0e7f]"), 1.0),
    ("he", re.compile(r"[\u0590-\u05ff]"), 1.0),
    ("el", re.compile(r"[\u0370-\u03ff]"), 1.0),
    ("bn", re.compile(r"[\u0980-\u09ff]"), 1.0),
)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
LATIN_LANGUAGES = ("en", "es", "pt", "de", "fr", "it", "nl", "pl", "tr", "id", "vi", "sv")


@lru_cache(maxsize=1)
def _lingua() -> dict[str, Any]:
    from lingua import IsoCode639_1, LanguageDetectorBuilder
    from lingua import Language as L

    def build(*codes: str) -> Any:
        langs = [L.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
        return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()

    return {
        "latin": build(*LATIN_LANGUAGES),
        "cyrillic": build("ru", "uk", "bg", "sr", "kk"),
        "arabic": build("ar", "fa", "ur"),
    }


@lru_cache(maxsize=CACHE_SIZE)
def _lingua_detect(group: str, text: str) -> str:
    lang = _lingua()[group].detect_language_of(text)
    return "und" if lang is None else str(lang.iso_code_639_1.name).lower()


_NON_LATIN = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0750-\u077f\u0900-\u09ff\u0e00-\u0e7f"
    "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)


_RU_ONLY = re.compile("[ыэё]")
_NOT_RU = re.compile("[іїєґђјљњћџәғқңөұүһ]")
_AR_ONLY = re.compile("[\u0629\u064a\u0649\u0643]")  # ة ي ى ك
_NOT_AR = re.compile("[\u067e\u0686\u0698\u06af\u06cc\u06a9\u0679\u0688\u0691\u06ba\u06d2\u06c1]")


def _script_letters(group: str, t: str) -> str:
    """Russian or Arabic from letters the alternatives lack, '' when not decisive.

    Russian has ы/э/ё and none of the Ukrainian, Serbian or Kazakh letters; Arabic spells
    ي, ك, ة, ى and none of the Persian/Urdu letters (پ چ ژ گ ی ک ٹ ڈ ڑ ں ے ہ). This saves
    the lingua call for most Russian and Arabic text.
    """
    low = t.lower()
    if group == "cyrillic":
        return "ru" if _RU_ONLY.search(low) and not _NOT_RU.search(low) else ""
    return "ar" if _AR_ONLY.search(t) and not _NOT_AR.search(t) else ""


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text`, or 'und'."""
    t = text[:LANG_CHARS]
    if t.isascii() or _NON_LATIN.search(t) is None:
        return _latin_language(t)
    n_latin = len(_LATIN.findall(t))
    best, best_n = "", 0.0
    for code, pat, weight in _SCRIPTS:
        n = len(pat.findall(t)) * weight
        if n > best_n:
            best, best_n = code, n
    if best_n == 0 and n_latin < 3:
        return "und"
    if best_n > n_latin:
        if best == "zh" and len(_SCRIPTS[1][1].findall(t)) > 0:
            return "ja"  # kanji with any kana is Japanese
        if best in ("cyrillic", "arabic"):
            return _script_letters(best, t) or _lingua_detect(best, t[:LINGUA_CHARS])
        return best
    return _latin_language(t)


_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to is are you your this that with for what how can please it be have",
        "es": "el la los las que de en un una por para con del es y se como cuál qué puedes muestra",
        "pt": "o a os as que de em um uma por para com do da é e não você como qual mostre seu sua",
        "de": "der die das und ist nicht ein eine zu mit für von den dem wie was bitte du dein deine",
        "fr": "le la les des et est une un pour dans que qui pas avec du au ce tu ton ta comment",
        "it": "il lo la gli le di che è e un una per con non del della come tuo tua questo",
        "id": "yang dan di ini itu untuk dengan dari ke tidak ada saya kamu bisa apa adalah",
        "tr": "ve bir bu için ile da de ne mi nasıl çok daha sonra olan gibi bana",
        "vi": "của và là có không một cho các những được với này bạn tôi hãy",
        "nl": "de het een en van is dat niet op te met voor zijn je hoe wat",
        "pl": "i w na nie się jest to że z do jak co czy dla jest twój",
    }.items()
}
_MARKS: dict[str, re.Pattern[str]] = {
    "vi": re.compile(r"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"),
    "tr": re.compile(r"[ğış]"),
    "de": re.compile(r"[äöüß]"),
    "pl": re.compile(r"[ąęłńśźż]"),
    "pt": re.compile(r"[ãõ]"),
    "es": re.compile(r"[ñ¿¡]"),
    "fr": re.compile(r"[èêëçœ]"),
}
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_LANGS_OF_WORD: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _LANGS_OF_WORD[_w] = (*_LANGS_OF_WORD.get(_w, ()), _lang)
"""Stop word -> the languages it votes for: one dict lookup per word instead of one per
(word, language)."""


def _latin_language(t: str) -> str:
    """Stop-word and diacritic votes; lingua only when the vote is not clear."""
    words = _LATIN_WORD.findall(t.lower())
    if len(words) < 2 and len(_LATIN.findall(t)) < 3:
        return "und"
    votes = dict.fromkeys(_STOPWORDS, 0)
    get = _LANGS_OF_WORD.get
    for w in words:
        for lang in get(w, ()):
            votes[lang] += 1
    if not t.isascii():
        for lang, pat in _MARKS.items():
            if pat.search(t):
                votes[lang] += 2
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    (top, n1), (_, n2) = ranked[0], ranked[1]
    if n1 >= 2 and n1 > n2 + (1 if n1 < 4 else 0):
        return top
    if len(_LATIN.findall(t)) < 3:
        return "und"
    return _lingua_detect("latin", t[:LINGUA_CHARS])


class LanguageSignal:
    name = "language"
    description = "ISO 639-1 language of the last user turn (script rules, then lingua)."

    def compute(self, batch: Batch) -> list[str]:
        return [detect_language(t.user or t.system) for t in batch.texts]

    @staticmethod
    def valid(value: object) -> bool:
        return isinstance(value, str) and (
            value == "und" or re.fullmatch(r"[a-z]{2}", value) is not None
        )
