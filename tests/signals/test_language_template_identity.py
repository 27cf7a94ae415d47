"""The language and template signals give, to the bit, the answers of the code they were
sped up from (commit 125c986): digests of that code's outputs over a fixed list of texts
(the corpus's and the real prompts' user turns, edge cases, and random code points) are
stored below, and every path (batches of several sizes, one text at a time, the signals'
`compute`, caches cold and warm) must reproduce them. Then the batch paths are checked
against the per-text definitions they stand for (`skeleton_tokens`, `skeleton_signatures`,
`_ascii_language`, `xxhash`) on made-up texts meant to break them.

The digests were computed by the old modules (language.py, template.py and minhash.py of
125c986, imported in place of the new ones) on `identity_texts()`: `languages_of(texts,
2048, old_language.detect_languages)`, `old_template.cached_template_ids` and
`old_template.template_signatures` over consecutive batches of 2048 from empty caches, each
through `block_digests`. The list's own digest is checked first, so that a change of the
corpus reads as such and not as a changed signal. The language digests were recomputed once
since, by the code that fixed short English being called Portuguese (stop 21; see
`LANGUAGE_DIGESTS`): a change of answers meant as one is re-digested with the new code, and
the batch paths are then held to it.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
import pytest

from distillwatch.signals import language, minhash, template
from distillwatch.signals.batch import Batch
from distillwatch.signals.text import RequestText

BLOCK = 4096

EDGE: tuple[str, ...] = (
    "",
    " ",
    "\n",
    "\t \n \r\x0b\x0c",
    "\u3000\xa0\u2003",
    "\x1c\x1d\x1e\x1f",
    "\x00\x01\x02",
    "a",
    "ab",
    "abc",
    "Hi",
    "ok.",
    "a" * 30000,
    "lorem ipsum dolor sit amet " * 1200,
    "The quick brown fox " * 1500,
    "你好世界" * 7500,
    "مرحبا بالعالم " * 2200,
    "x" * 239 + " y",
    "x" * 240 + " y",
    "x" * 241 + " y",
    "y " * 200,
    "9" * 500,
    "1.2.3/4:5,6 " * 30,
    "123",
    "3.14",
    "1,000,000",
    "٣٤٥ ١٢",
    "१२३ ४५",
    "１２３ ４",
    "²³ ½",
    "𝟎𝟏𝟐 digits",
    "🙂🙂🙂",
    "🇺🇸 flags 👨‍👩‍👧",
    "𝐀𝐁𝐂 math bold 𝑥",
    "𠀀𠀁 ext-B",
    "\ud800",
    "abc \udfff def",
    "\ud83d\ude00 split pair",
    "text with a lone \udc80 surrogate and the words of english",
    "\ud800\udc00",
    "```python\nprint(1)\n```",
    "```\nunterminated code block with words of the text",
    "explain `x = 1` and `y`",
    "fix this: ``` a ``` and ``` b",
    '"quoted payload" then the instruction',
    "'abc' and 'ab' and 'x'y",
    "“curly quoted” «guillemets» 「引用」",
    "see http://example.com/a?b=c and www.x.y/z",
    "mail me at a.b@c.de now",
    "tell me, John about NASA and IBM; Bob said Hi",
    "x; Bob CIA1 Xy XY",
    "‹name›",
    "‹a_b› ‹› ‹x y› a‹b›c ‹‹q›› ‹ab ‹1›",
    "snake_case_var __init__ _",
    "¿Cómo estás? Muy bien, gracias.",
    "Größe und Maße der Straße",
    "İstanbul İİİ",
    "ǅemal ǈ ǋ",
    "e\u0301te\u0301 cafe\u0301",
    "zero\u200bwidth\u200djoin",
    "ΟΔΟΣ ΣΑΣ καλημέρα",
    "Привет, как дела? ыэё",
    "Привіт, як справи? їєґ",
    "مرحبا كيف حالك ة ي",
    "سلام چطوری گ پ",
    "नमस्ते आप कैसे हैं",
    "สวัสดีครับ",
    "שלום מה שלומך",
    "বাংলা ভাষা",
    "こんにちは世界",
    "漢字だけ",
    "漢字だけの文章です",
    "中文文本没有假名",
    "한국어 텍스트",
    "explain this code कोड को समझाओ def f(x): return x",
    "English note naming Иван and Пётр",
    "mixed 中文 and English and русский and العربية",
    "Xin chào, bạn có khỏe không?",
    "Merhaba, nasılsın? Çok güzel.",
    "Dzień dobry, jak się masz?",
    "Olá, como você está? Não sei.",
    "Bonjour, comment ça va? Très bien.",
    "Ciao, come stai? Questo è il tuo libro.",
    "Hallo, hoe gaat het met je?",
    "Hej, hur mår du?",
    "Halo, apa kabar? Saya baik.",
    "the the",
    "de la",
    "de de de",
    "continue",
    "ok thanks",
    "Ａ ｂ ｃ fullwidth",
    "tab\tseparated\tvalues",
    "line\nbreaks\r\nand\rreturns",
    "  leading and trailing spaces  ",
    "#$%^&*()_+-=[]{}|;:,.<>?/~",
    "‹name› ‹q› ‹code› ‹url› ‹email›",
)


def _fuzz(n: int, seed: int) -> list[str]:
    """Random code points from every range the signals treat specially, and beyond."""
    rng = random.Random(seed)
    ranges = [
        (0x20, 0x7F), (0x00, 0x20), (0xA0, 0x250), (0x1E00, 0x1F00), (0x370, 0x400),
        (0x400, 0x530), (0x590, 0x600), (0x600, 0x780), (0x900, 0x980), (0x980, 0xA00),
        (0xE00, 0xE80), (0x1100, 0x1200), (0x3000, 0x3100), (0x3400, 0x4DC0), (0x4E00, 0xA000),
        (0xAC00, 0xD7B0), (0xD800, 0xE000), (0xFF00, 0xFFF0), (0x2000, 0x2070), (0x10000, 0x110000),
        (0x1F300, 0x1FA00), (0x0, 0x10000),
    ]  # fmt: skip
    specials = [*" \n\t_`\"'“”«»「」/@.,;:‹›0123456789", " ‹name› ", " ‹q› ", "```"]
    out = []
    for k in range(n):
        parts = []
        for _ in range(rng.randint(0, 90)):
            r = rng.random()
            if r < 0.35:
                parts.append(chr(rng.randrange(0x61, 0x7B)) * rng.randint(1, 6))
            elif r < 0.55:
                parts.append(rng.choice(specials))
            else:
                lo, hi = rng.choice(ranges)
                c = rng.randrange(lo, hi)
                # lone surrogates in one text of 8 (lingua raises on most of them)
                parts.append(chr(c) if k % 8 == 0 or not 0xD800 <= c < 0xE000 else "?")
        out.append("".join(parts))
    return out


def _pieces(n: int, seed: int) -> list[str]:
    """Texts built of words and marks of many languages (as in test_signal_caches)."""
    pieces = [
        "the ", "and ", "Maria ", "IBM ", "NASA, ", "x; Bob ", "é", "ñ", "¿", "¡", "ß", "ą",
        "ğ", "ã", "ç", "ệ", "đ", "Ä", "É", "«a b c»", "“quoted”", "「引用」", '"q q q" ',
        "'abc' ", "`x`", "```\ncode\n```", "\n", "http://a.b/c ", "www.x.y ", "a@b.co ", "/",
        "12", "3.5", "1,000", "٣", "²", "½", "привет ", "ыэё", "і", "مرحبا ", "ة", "پ", "你好",
        "の", "한국", "İ", "‹q›", "שלום", "नमस्ते", "สวัสดี", "γεια", "বাংলা", "🙂", "\u200b",
        "\xa0", " ", "\t", "_", "x1y", "de ", "la ", "que ", "der ", "und ", "ve ", "của ", "và ",
        "yang ", "het ", "się ", "Ａ", "𝐀", "‹", "›", "continue ", "please ", "write ",
    ]  # fmt: skip
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 80))) for _ in range(n)]


@lru_cache(maxsize=1)
def identity_texts() -> tuple[str, ...]:
    """Edge cases, random texts, then every distinct user turn of `build_corpus(1, 1, seed=0)`
    and `real_examples()` in order of first appearance."""
    from distillwatch.signals.corpus.build import build_corpus, real_examples

    texts = [*EDGE, *_fuzz(3000, seed=11), *_pieces(3000, seed=12)]
    texts += [e.user for e in build_corpus(1, 1, seed=0)]
    texts += [e.user for e in real_examples()]
    return tuple(dict.fromkeys(texts))


def _digest(parts: Sequence[bytes]) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(len(p).to_bytes(4, "little"))
        h.update(p)
    return h.hexdigest()[:16]


def block_digests(values: Sequence[object] | np.ndarray) -> tuple[str, ...]:
    """A digest of each `BLOCK` consecutive values (strings, or rows of a uint32 array)."""
    out = []
    for i in range(0, len(values), BLOCK):
        block = values[i : i + BLOCK]
        if isinstance(block, np.ndarray):
            out.append(_digest([np.ascontiguousarray(block, "<u4").tobytes()]))
        else:
            out.append(_digest([str(v).encode("utf-8", "surrogatepass") for v in block]))
    return tuple(out)


# --- computed by the code of commit 125c986 (language.py, template.py, minhash.py), except
# LANGUAGE_DIGESTS: recomputed with the stop-21 fix of the Latin-script vote (English no
# longer called Portuguese by shared stop words or by lingua on short text), a deliberate
# change of answers; every path must still agree with them ---
TEXTS_COUNT = 65827
TEXTS_DIGEST = "94b0403cd6b8c0f2"
LANGUAGE_DIGESTS: tuple[str, ...] = (
    "ace521a2ec35187f",
    "f4cf13a36682c065",
    "476fde85e2d70b93",
    "111f7303e960df4d",
    "f62c33f931e99202",
    "e18d1a9da254a56d",
    "454e9378abb1cd0a",
    "aca23a0f36cf7ad0",
    "5a9d6b277d0db03e",
    "6fd24f20bbe47e26",
    "4e5c90e478724f91",
    "96b2629f937841e3",
    "befb62f6d132bbec",
    "740dbd518eea8512",
    "5aea24ae106a8946",
    "c0e5b7de75e7586a",
    "ccd074eddd7f800c",
)
TEMPLATE_ID_DIGESTS: tuple[str, ...] = (
    "d3c50881f7814ec6",
    "feec6afb4f7c6920",
    "a8fdebb849b98557",
    "43226615fe394d7f",
    "2d6f96cbaa1fb380",
    "8567dac5b5607973",
    "b447efebc03a1bf0",
    "66b8818619d849de",
    "eb195a60519ae036",
    "3b139bb697886f21",
    "81e5a247e8220346",
    "5f2aa1fbd489d556",
    "558450e2b6584e23",
    "e30a919cd44a140f",
    "88df06c2c4c486fe",
    "6d30f5ccfe551935",
    "574da8aa9a172f6f",
)
SIGNATURE_DIGESTS: tuple[str, ...] = (
    "d917ded7ca154af8",
    "2cb0fbcce37dd749",
    "b15c5cc90a1d86c8",
    "4fc4785722c9d4b6",
    "94fdfbc0976a3fe1",
    "e0938063679e6913",
    "c0977ba9d65083b0",
    "fa8b3ddf836cd6d4",
    "8a8045289dbe1cbe",
    "2f3cc3a19630035d",
    "3ef12d9769efca21",
    "6e492ca6e31734fb",
    "18d66f244a1885dc",
    "a15769ce1170291f",
    "9d718918453a761d",
    "3a4c64ec805b45cf",
    "7aca000cbfadd017",
)
# ---


def clear_caches() -> None:
    language.LanguageSignal.clear_cache()
    template.TemplateSignal.clear_cache()


def in_batches(fn: Callable[[list[str]], list[str]], texts: Sequence[str], size: int) -> list[str]:
    out: list[str] = []
    for i in range(0, len(texts), size):
        out += fn(list(texts[i : i + size]))
    return out


RAISES = "!raises"
"""A text with a lone surrogate that reaches lingua raises UnicodeEncodeError (as it always
did: `text.prepare` replaces lone surrogates before any signal reads a request)."""


def languages_of(
    texts: Sequence[str],
    size: int,
    many: Callable[[Sequence[str]], list[str]] = language.detect_languages,
) -> list[str]:
    """`many` over batches of `size`; a batch that raises is halved until the texts that
    raise alone are found, `RAISES` standing for them."""

    def run(chunk: Sequence[str]) -> list[str]:
        try:
            return many(chunk)
        except UnicodeEncodeError:
            if len(chunk) == 1:
                return [RAISES]
            half = len(chunk) // 2
            return run(chunk[:half]) + run(chunk[half:])

    out: list[str] = []
    for i in range(0, len(texts), size):
        out += run(list(texts[i : i + size]))
    return out


def test_the_text_list_is_the_one_digested() -> None:
    texts = identity_texts()
    assert (len(texts), block_digests(["".join(texts)])[0]) == (TEXTS_COUNT, TEXTS_DIGEST), (
        "the corpus changed: recompute the digests with the old code, not the new"
    )


@lru_cache(maxsize=1)
def languages_checked() -> tuple[str, ...]:
    """Languages of `identity_texts()` in batches of 2048 from cold caches, checked against
    the digests (then the reference for the other paths)."""
    texts = identity_texts()
    clear_caches()
    got = languages_of(texts, 2048)
    assert block_digests(got) == LANGUAGE_DIGESTS
    return tuple(got)


@lru_cache(maxsize=1)
def template_ids_checked() -> tuple[str, ...]:
    texts = identity_texts()
    clear_caches()
    got = in_batches(template.cached_template_ids, texts, 2048)
    assert block_digests(got) == TEMPLATE_ID_DIGESTS
    return tuple(got)


def test_languages_equal_the_old_code() -> None:
    want = languages_checked()
    texts = identity_texts()
    assert block_digests(languages_of(texts, 2048)) == LANGUAGE_DIGESTS  # warm caches
    clear_caches()
    assert tuple(languages_of(texts, len(texts))) == want  # the whole list at once


def test_template_ids_equal_the_old_code() -> None:
    want = template_ids_checked()
    texts = identity_texts()
    got = in_batches(template.cached_template_ids, texts, 2048)
    assert block_digests(got) == TEMPLATE_ID_DIGESTS  # warm caches
    assert tuple(in_batches(template.cached_template_ids, texts, 777)) == want
    clear_caches()
    assert tuple(template.cached_template_ids(texts)) == want


def test_template_signatures_equal_the_old_code() -> None:
    texts = identity_texts()
    sigs = np.concatenate(
        [template.template_signatures(texts[i : i + 2048]) for i in range(0, len(texts), 2048)]
    )
    assert block_digests(sigs) == SIGNATURE_DIGESTS
    assert template.template_ids(sigs) == list(template_ids_checked())
    # the per-text definition (regex tokens, per-shingle hashes) gives them too
    idx = sample()
    ref = template.skeleton_signatures([template.skeleton_tokens(identity_texts()[i]) for i in idx])
    assert (ref == sigs[idx]).all()


def sample() -> list[int]:
    """Every edge case, every 5th random text, and every 41st other one."""
    n_edge, n_own = len(EDGE), len(EDGE) + 6000
    return [
        i
        for i in range(len(identity_texts()))
        if i < n_edge or (i < n_own and i % 5 == 0) or i % 41 == 0
    ]


@pytest.mark.parametrize("size", [1, 2, 3, 64, 1000])
def test_small_batches_and_one_at_a_time(size: int) -> None:
    langs, ids = languages_checked(), template_ids_checked()
    texts = identity_texts()
    idx = sample()
    sub = [texts[i] for i in idx]
    for state in ("cold", "warm"):
        if state == "cold":
            clear_caches()
        if size == 1:
            got_l = languages_of(sub, 1, lambda t: [language.detect_language(t[0])])
            got_t = [template.cached_template_ids([t])[0] for t in sub]
        else:
            got_l = languages_of(sub, size)
            got_t = in_batches(template.cached_template_ids, sub, size)
        assert got_l == [langs[i] for i in idx], state
        assert got_t == [ids[i] for i in idx], state


def test_signals_compute_equals_the_old_code() -> None:
    langs_all, ids_all = languages_checked(), template_ids_checked()
    keep = [i for i, lang in enumerate(langs_all) if lang != RAISES]  # requests never do
    texts = [identity_texts()[i] for i in keep]
    langs, ids = tuple(langs_all[i] for i in keep), tuple(ids_all[i] for i in keep)
    lang_sig, tmpl_sig = language.LanguageSignal(), template.TemplateSignal()
    clear_caches()
    got_l: list[str] = []
    got_t: list[str] = []
    for i in range(0, len(texts), 2048):
        batch = Batch([_request(t) for t in texts[i : i + 2048]], None)  # type: ignore[arg-type]
        got_l += lang_sig.compute(batch)
        got_t += tmpl_sig.compute(batch)
    assert tuple(got_l) == langs
    assert tuple(got_t) == ids
    # the language of a request without a user turn is its system prompt's
    batch = Batch([_request("", system=t) for t in texts[:500]], None)  # type: ignore[arg-type]
    assert lang_sig.compute(batch) == list(langs[:500])
    assert tmpl_sig.compute(Batch([], None)) == []  # type: ignore[arg-type]


def _request(user: str, system: str = "") -> RequestText:
    return RequestText(
        user=user,
        context="",
        system=system,
        has_image=False,
        has_tools=False,
        user_agent="",
        tls_fingerprint="",
    )


# --- the batch paths against the per-text definitions they replace, on made-up texts ----


def _made_up(n: int, seed: int, pieces: Sequence[str]) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 150))) for _ in range(n)]


NAMEY = [
    "a", "b", "Z", "AB", "Ab", "x", " ", " ", " ", ",", ";", ", ", "; ", "1", "2", ".", "/",
    ":", "_", "Ab1", "ABC", "ABC_", "Mc", "I", "NASA", "A", "é", "É", "K", "İ", "ß", "\n",
    "\t", "'", '"', "`", "```", "@", "a@b.cd", "www.", "http://", "ΣΑΣ", "Σ", "中", "ア",
    "ا", "١", "𝟎", "x_y", "‹", "›", "‹q›", "\x01", "\x02", "\x03", "0", "٣.٤", "3.5",
    "1,000", "1/2", "12:30", ".5", "5.", "..", "the ", "and ", "de ", "la ", "¿", "«x»",
]  # fmt: skip


@pytest.mark.parametrize("seed", [21, 22])
def test_skeleton_keys_are_the_joined_skeleton_tokens(seed: int) -> None:
    texts = [*_made_up(6000, seed, NAMEY)]
    texts += _made_up(6000, seed, [p for p in NAMEY if p.isascii() and p[0] > "\x03"])
    texts += [t for i, t in enumerate(identity_texts()) if i < len(EDGE) + 6000 or i % 7 == 0]
    want = [" ".join(template.skeleton_tokens(t)) for t in texts]
    assert template.skeleton_keys(texts) == want
    assert [template.skeleton_keys([t])[0] for t in texts[:3000]] == want[:3000]


def test_every_code_point_is_tokenised_as_the_pattern_does() -> None:
    points = [*range(0x10000), *range(0x10000, 0x110000, 97)]
    texts = [f"x{c}{c}y {c}1{c} _{c}_ A{c}" for c in map(chr, points)]
    want = [" ".join(template.skeleton_tokens(t)) for t in texts]
    assert template.skeleton_keys(texts) == want


def test_lower_case_neither_makes_nor_unmakes_digits_or_separators() -> None:
    """Why numbers may be masked after lower-casing instead of before (`skeleton_keys`)."""
    import re

    chars = "".join(map(chr, range(0x110000)))
    number_chars = set(re.findall(r"[\d.,:/]", chars))
    assert all(c.lower() == c for c in number_chars)
    others = "".join(c.lower() for c in chars if c not in number_chars)
    assert re.search(r"[\d.,:/]", others) is None


def test_key_signatures_equal_the_per_token_signatures() -> None:
    texts = _made_up(3000, 23, NAMEY)
    skels = [template.skeleton_tokens(t) for t in texts]
    skels += [["a"] * k for k in range(6)] + [["x" * k, "y" * (2 * k), "é" * k] for k in range(40)]
    keys = [" ".join(s) for s in skels]
    assert (template.key_signatures(keys) == template.skeleton_signatures(skels)).all()


def test_xxh32_many_equals_xxhash() -> None:
    import xxhash

    rng = random.Random(24)
    blobs = [
        rng.randbytes(n)
        for n in [*range(100), *range(100), *(rng.randrange(2000) for _ in range(200))]
    ]
    rng.shuffle(blobs)
    data = b"".join(blobs)
    lens = np.array([len(b) for b in blobs])
    got = minhash.xxh32_many(np.frombuffer(data, np.uint8), np.cumsum(lens) - lens, lens)
    assert got.tolist() == [xxhash.xxh32_intdigest(b) for b in blobs]
    at = np.array([rng.randrange(len(data)) for _ in range(3000)])
    size = np.array([rng.randrange(min(70, len(data) - a) + 1) for a in at])
    got = minhash.xxh32_many(np.frombuffer(data, np.uint8), at, size)
    assert got.tolist() == [
        xxhash.xxh32_intdigest(data[a : a + k]) for a, k in zip(at, size, strict=True)
    ]


ASCII_WORDY = [
    *sorted(w + " " for words in language._STOPWORDS.values() for w in words if w.isascii()),
    "The ", "AND ", "x ", "hello ", "world ", "a", "b", "1", "2 ", ", ", ". ", "\n", "  ", "_",
    "it's ", "don't ", "QUE ", "Der ", "comment ", "commentx ", "xthe ",
]  # fmt: skip


def test_ascii_vote_of_a_batch_equals_the_per_text_vote() -> None:
    texts = _made_up(4000, 25, ASCII_WORDY)
    texts += [t for t in identity_texts()[::5] if t.isascii()][:8000]
    texts = [t[: language.LANG_CHARS] for t in texts]
    want = [language._ascii_language(t) for t in texts]
    assert language._ascii_languages(texts) == want
    assert [language._ascii_languages([t])[0] for t in texts[:2000]] == want[:2000]
