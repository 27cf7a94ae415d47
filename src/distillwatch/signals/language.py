"""Language of the last user turn (ISO 639-1), 'und' when unknown.

Scripts that name one language here (Hangul, kana, Han, Devanagari, Arabic, Thai, ...) are
decided by counting characters with C-level regexes; Latin text with a clear
stop-word and diacritic vote is decided by it; only the rest goes to lingua, built with the few languages it must tell
apart, in low-accuracy mode, on the first `LINGUA_CHARS` characters, behind a bounded cache
(harvesting traffic repeats its frames, so the cache hit rate is high where volume is).

A batch counts the characters of every script (and the diacritics that vote for a Latin
language) in one vectorised pass: a table built from the regexes below gives each code
point a class, and one bincount gives the counts per text. Its ASCII texts (most prompts)
are split into words and voted on together, each word of up to 7 letters looked up as a
number (`_ascii_languages`). Whole answers are memoised by text too (`TEXT_CACHE`): the
same prompt head always gets the same language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, TypeVar, cast

import numpy as np
import numpy.typing as npt

from distillwatch.signals.batch import Batch
from distillwatch.signals.cache import BoundedCache

SCRIPT_OVER_LATIN = 4.0
MIN_SCRIPT_LETTERS = 12.0
"""A non-Latin script with at least `MIN_SCRIPT_LETTERS` (weighted) letters and more than a
`1 / SCRIPT_OVER_LATIN` share of the Latin letters' count decides the language: code,
identifiers, URLs and pasted English payloads are Latin-script whatever the writer's
language, so "explain this code" written in Hindi above a Python snippet is Hindi, while an
English note that names Иван stays English."""
LANG_CHARS = 200
LINGUA_CHARS = 100
CACHE_SIZE = 65536
TEXT_CACHE_SIZE = 16384
BATCH_MIN = 32
"""ASCII texts to detect from which the stop-word vote is taken for all at once."""
W = TypeVar("W", str, bytes)

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


# Words that are also common English words vote for no other language ("a", "as", "do" for
# pt, "i", "do" for pl, "was" for de): English prompts were called Portuguese by them.
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to is are you your this that with for what how can please it be have",
        "es": "el la los las que de en un una por para con del es y se como cuál qué puedes muestra",
        "pt": "o os que de em um uma por para com da é e não você como qual mostre seu sua",
        "de": "der die das und ist nicht ein eine zu mit für von den dem wie bitte du dein deine",
        "fr": "le la les des et est une un pour dans que qui pas avec du au ce tu ton ta comment",
        "it": "il lo la gli le di che è e un una per con non del della come tuo tua questo",
        "id": "yang dan di ini itu untuk dengan dari ke tidak ada saya kamu bisa apa adalah",
        "tr": "ve bir bu için ile da de ne mi nasıl çok daha sonra olan gibi bana",
        "vi": "của và là có không một cho các những được với này bạn tôi hãy",
        "nl": "de het een en van is dat niet op te met voor zijn je hoe wat",
        "pl": "w na nie się jest to że z jak co czy dla jest twój",
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


_LATIN3 = re.compile(
    r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"
    r"(?:[^A-Za-z\u00c0-\u024f\u1e00-\u1eff]*[A-Za-z\u00c0-\u024f\u1e00-\u1eff]){2}"
)
"""Matches when a text has at least three `_LATIN` letters (without listing them all)."""
_ASCII_WORDS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
"""Lower-case ASCII bytes through this table, then split(), give `_LATIN_WORD`'s words."""
_LANGS_OF_ASCII_WORD = {w.encode(): langs for w, langs in _LANGS_OF_WORD.items() if w.isascii()}

_LATIN_COL = len(_SCRIPTS)
_MARK_COL = _LATIN_COL + 1
_MARK_LANGS = tuple(_MARKS)
_MARK_SETS = tuple(
    tuple(lang for k, lang in enumerate(_MARK_LANGS) if bits >> k & 1)
    for bits in range(1 << len(_MARK_LANGS))
)
"""Bit set of the `_MARKS` found -> the languages they vote for, in `_MARKS` order."""
_CODES = tuple(code for code, _, _ in _SCRIPTS)
_WEIGHTS = np.array([weight for _, _, weight in _SCRIPTS])
_JA = _CODES.index("ja")


@lru_cache(maxsize=1)
def _class_table() -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int64]]:
    """(class of each code point, class -> feature counts), from the regexes above.

    Features: one column per `_SCRIPTS` entry, then `_LATIN`, then one per `_MARKS`
    language. Every pattern is a single-character class within the BMP, so a code point's
    class says exactly which of them it matches (those above the BMP match none: class 0,
    the class of no feature, as for U+0000).
    """
    bmp = "".join(map(chr, range(0x10000)))
    pats = [pat for _, pat, _ in _SCRIPTS] + [_LATIN, *_MARKS.values()]
    cps = np.arange(0x10000, dtype=np.uint32)
    bits = np.zeros(0x10000, np.int64)  # bit j: matched by pats[j]
    for j, pat in enumerate(pats):
        # one character for one: the code points that changed are the matches
        subbed = pat.sub("\x01", bmp).encode("utf-32-le", "surrogatepass")
        bits |= (np.frombuffer(subbed, np.uint32) != cps).astype(np.int64) << j
    combos, classes = np.unique(bits, return_inverse=True)
    table = np.zeros(0x110000, np.uint8)
    table[:0x10000] = classes.reshape(-1)
    return table, (combos[:, None] >> np.arange(len(pats)) & 1).astype(np.int64)


def char_counts(texts: Sequence[str]) -> npt.NDArray[np.int64]:
    """(len(texts), features) character counts per script, Latin, and diacritic set."""
    classes, features = _class_table()
    n, k = len(texts), features.shape[0]
    if not n:
        return np.zeros((0, features.shape[1]), np.int64)
    lens = np.fromiter(map(len, texts), np.int64, n)
    cps = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), np.uint32)
    seg = np.repeat(np.arange(n, dtype=np.int64) * k, lens)
    counts = np.bincount(seg + classes[cps], minlength=n * k).reshape(n, k)
    return counts @ features


Scripts = tuple[str, float, int, int, tuple[str, ...]]
"""A text's (dominant non-Latin script or '', its weighted count, Latin letters, kana,
languages whose diacritics occur)."""


def _scripts(texts: Sequence[str]) -> list[Scripts]:
    """`Scripts` of each text from one `char_counts` pass; the dominant script is the first
    of `_SCRIPTS` with the highest weighted count."""
    c = char_counts(texts)
    weighted = c[:, : len(_CODES)] * _WEIGHTS
    best = [_CODES[i] for i in weighted.argmax(axis=1).tolist()]
    marks = (c[:, _MARK_COL:] > 0) @ (1 << np.arange(len(_MARK_LANGS)))
    return list(
        zip(
            best,
            weighted.max(axis=1).tolist(),
            c[:, _LATIN_COL].tolist(),
            c[:, _JA].tolist(),
            [_MARK_SETS[m] for m in marks.tolist()],
            strict=True,
        )
    )


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text`, or 'und'."""
    return detect_languages([text])[0]


TEXT_CACHE = BoundedCache[str, str](TEXT_CACHE_SIZE)
"""Text head (`LANG_CHARS` characters) -> language."""


def detect_languages(texts: Sequence[str]) -> list[str]:
    """`detect_language` of each text: memoised answers; for the rest, one character count
    (non-ASCII heads) or one stop-word vote (ASCII heads) over the whole batch."""
    heads = [t[:LANG_CHARS] for t in texts]
    found, todo = TEXT_CACHE.get_many(heads)
    if not todo:
        return cast(list[str], found)
    ascii_todo = [i for i in todo if heads[i].isascii()]
    other = [i for i in todo if not heads[i].isascii()] if len(ascii_todo) < len(todo) else []
    if len(ascii_todo) >= BATCH_MIN:
        for i, lang in zip(
            ascii_todo, _ascii_languages([heads[i] for i in ascii_todo]), strict=True
        ):
            found[i] = lang
    else:  # the batch path's fixed cost is larger
        for i in ascii_todo:
            found[i] = _ascii_language(heads[i])
    for i, scripts in zip(other, _scripts([heads[i] for i in other]), strict=True):
        found[i] = _decide(heads[i], scripts)
    put = TEXT_CACHE.put
    out = cast(list[str], found)  # every None replaced
    for i in todo:
        put(heads[i], out[i])
    return out


def _decide(t: str, scripts: Scripts | None) -> str:
    """Language of a text head from its `Scripts` (None: the text is ASCII)."""
    if scripts is None:
        return _ascii_language(t)
    best, best_n, n_latin, n_kana, marks = scripts
    if best_n > n_latin or (best_n >= MIN_SCRIPT_LETTERS and best_n * SCRIPT_OVER_LATIN > n_latin):
        if best == "zh" and n_kana > 0:
            return "ja"  # kanji with any kana is Japanese
        if best in ("cyrillic", "arabic"):
            return _script_letters(best, t) or _lingua_detect(best, t[:LINGUA_CHARS])
        return best
    # no non-Latin script character (best_n == 0) or fewer than Latin letters
    return _latin_language(t, _LATIN_WORD.findall(t.lower()), _LANGS_OF_WORD, marks, n_latin < 3)


def _ascii_language(t: str) -> str:
    words = t.lower().encode().translate(_ASCII_WORDS).split()
    return _latin_language(t, words, _LANGS_OF_ASCII_WORD, (), _LATIN3.search(t) is None, True)


_STOP_LANGS = tuple(_STOPWORDS)
_ASCII_LOWER_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)
)
"""`_ASCII_WORDS` after lower-casing, in one table (on ASCII text `lower()` changes only A-Z)."""
_KEY_MASKS = np.array([(1 << 8 * (n + 1)) - 1 for n in range(8)] + [0], np.uint64)


def _word_edges(codes: npt.NDArray[np.uint8]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """(starts, ends) of the words of `codes` (bytes a-z and spaces, ending in a space)."""
    letter = codes != 32
    edges = np.flatnonzero(letter[1:] != letter[:-1]) + 1
    if len(codes) and letter[0]:
        edges = np.concatenate(([0], edges))
    return edges[0::2], edges[1::2]


def _word_keys(
    codes: npt.NDArray[np.uint8], starts: npt.NDArray[np.intp], ends: npt.NDArray[np.intp]
) -> npt.NDArray[np.uint64]:
    """Each word of up to 7 letters and the space after it as a little-endian number (equal
    numbers, equal words); 0 for a longer word."""
    buf = np.concatenate((codes, np.full(16 - len(codes) % 8, 32, np.uint8)))
    words = np.frombuffer(buf.data, np.uint64)  # aligned; a word's 8 bytes span two
    at = starts >> 3
    shift = (starts & 7).astype(np.uint64) << np.uint64(3)
    eight = (words[at] >> shift) | (words[at + 1] << np.uint64(1) << (np.uint64(63) - shift))
    return eight & _KEY_MASKS[np.minimum(ends - starts, 8)]


_ASCII_STOP = tuple(_LANGS_OF_ASCII_WORD)
assert max(map(len, _ASCII_STOP)) <= 7, "stop words have keys up to 7 letters"


def _stop_table() -> tuple[np.uint64, npt.NDArray[np.uint64], npt.NDArray[np.intp]]:
    """(multiplier, key of each slot, stop word of each slot): `key * multiplier >> 51` is a
    different slot for each stop word's key; the other slots hold key 1, which no word has."""
    codes = np.frombuffer(b" ".join(_ASCII_STOP) + b" ", np.uint8)
    keys = _word_keys(codes, *_word_edges(codes))
    rng = np.random.default_rng(0)
    with np.errstate(over="ignore"):
        while True:  # about 4 tries
            mult = rng.integers(0, 1 << 63, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
            slots = (keys * mult) >> np.uint64(51)
            if len(np.unique(slots)) == len(keys):
                break
    slot_keys = np.ones(1 << 13, np.uint64)
    slot_keys[slots] = keys
    slot_words = np.zeros(1 << 13, np.intp)
    slot_words[slots] = np.arange(len(keys))
    return mult, slot_keys, slot_words


_STOP_MULT, _SLOT_KEYS, _SLOT_WORDS = _stop_table()
_WORD_LANGS = [[_STOP_LANGS.index(lang) for lang in _LANGS_OF_ASCII_WORD[w]] for w in _ASCII_STOP]
_WORD_N_LANGS = np.array([len(langs) for langs in _WORD_LANGS], np.intp)
_WORD_FIRST = np.cumsum(_WORD_N_LANGS) - _WORD_N_LANGS
_WORD_LANG_FLAT = np.array([k for langs in _WORD_LANGS for k in langs], np.intp)
"""Stop word w (of `_ASCII_STOP`) votes for the `_STOP_LANGS` columns
`_WORD_LANG_FLAT[_WORD_FIRST[w]:][:_WORD_N_LANGS[w]]`."""


def _ascii_languages(texts: Sequence[str]) -> list[str]:
    """`_ascii_language` of each ASCII text: the words of all of them and their stop-word
    votes counted together; lingua (memoised) where the vote is not clear."""
    n = len(texts)
    if not n:
        return []
    lens = np.fromiter(map(len, texts), np.intp, n)
    begins = np.cumsum(lens + 1) - lens - 1  # one space after each text
    codes = np.frombuffer((" ".join(texts) + " ").encode().translate(_ASCII_LOWER_WORDS), np.uint8)
    starts, ends = _word_edges(codes)
    keys = _word_keys(codes, starts, ends)
    with np.errstate(over="ignore"):
        slots = (keys * _STOP_MULT) >> np.uint64(51)
    hits = np.flatnonzero(_SLOT_KEYS[slots] == keys)
    words = _SLOT_WORDS[slots[hits]]
    first_word = np.searchsorted(starts, begins)
    n_words = np.diff(first_word, append=len(starts))
    k = _WORD_N_LANGS[words]
    lang = _WORD_LANG_FLAT[np.repeat(_WORD_FIRST[words] - np.cumsum(k) + k, k) + np.arange(k.sum())]
    text = np.repeat(np.searchsorted(first_word, hits, "right") - 1, k)
    nl = len(_STOP_LANGS)
    votes = np.bincount(text * nl + lang, minlength=n * nl).reshape(n, nl)
    top2 = np.sort(votes, axis=1)[:, -2:]
    n1, n2 = top2[:, 1], top2[:, 0]
    clear = (n1 >= 2) & (n1 > n2 + (n1 < 4))
    best = votes.argmax(axis=1).tolist()  # the first of the highest, as ranked
    en = _STOP_LANGS.index("en")
    en_leads = (votes[:, en] > np.delete(votes, en, axis=1).max(axis=1)).tolist()
    out = [_STOP_LANGS[b] if c else "" for c, b in zip(clear.tolist(), best, strict=True)]
    # as _latin_language: 'und' with few letters and (few words or no clear vote), else lingua
    for i in np.flatnonzero(~clear | (n_words < 2)).tolist():
        t = texts[i]
        if _LATIN3.search(t) is None:
            out[i] = "und"
        elif not out[i]:
            out[i] = "en" if en_leads[i] else _lingua_detect("latin", t[:LINGUA_CHARS])
    return out


def _latin_language(
    t: str,
    words: Sequence[W],
    langs_of: dict[W, tuple[str, ...]],
    marks: tuple[str, ...],
    few_latin: bool,
    english_leads: bool = False,
) -> str:
    """Stop-word and diacritic votes; lingua only when the vote is not clear.

    `words` are `_LATIN_WORD`'s words of the lower-cased text (bytes for ASCII text),
    `marks` the languages whose diacritics it has, `few_latin` whether it has < 3 Latin letters.
    `english_leads` (ASCII text): English wins an unclear vote it leads outright, before
    lingua is asked; lingua's low-accuracy mode calls short English Portuguese, German or
    French ("What is inheritance in C++?" was `pt`; docs/signals.md, "Language").
    """
    if len(words) < 2 and few_latin:
        return "und"
    votes = dict.fromkeys(_STOPWORDS, 0)
    for langs in filter(None, map(langs_of.get, words)):
        for lang in langs:
            votes[lang] += 1
    for lang in marks:
        votes[lang] += 2
    n1, n2 = sorted(votes.values(), reverse=True)[:2]
    if n1 >= 2 and n1 > n2 + (1 if n1 < 4 else 0):
        return next(lang for lang, n in votes.items() if n == n1)  # the first, as ranked
    if few_latin:
        return "und"
    if english_leads and votes["en"] > max(n for lang, n in votes.items() if lang != "en"):
        return "en"
    return _lingua_detect("latin", t[:LINGUA_CHARS])


class LanguageSignal:
    name = "language"
    description = "ISO 639-1 language of the last user turn (script rules, then lingua)."

    def compute(self, batch: Batch) -> list[str]:
        return detect_languages([t.user or t.system for t in batch.texts])

    @staticmethod
    def clear_cache() -> None:
        TEXT_CACHE.clear()
        _lingua_detect.cache_clear()

    @staticmethod
    def valid(value: object) -> bool:
        return isinstance(value, str) and (
            value == "und" or re.fullmatch(r"[a-z]{2}", value) is not None
        )
