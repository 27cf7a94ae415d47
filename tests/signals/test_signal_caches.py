"""The memoised and vectorised paths of the language and template signals give exactly the
answers of the plain per-text definitions, with cold caches and warm ones."""

from __future__ import annotations

import random
import re

import pytest

from distillwatch.signals import language, template
from distillwatch.signals.cache import BoundedCache

PIECES = [
    "the ", "and ", "Maria ", "IBM ", "NASA, ", "x; Bob ", "é", "ñ", "¿", "¡", "ß", "ą", "ğ",
    "ã", "ç", "ệ", "đ", "Ä", "É", "«a b c»", "“quoted”", "「引用」", '"q q q" ', "'abc' ", "`x`",
    "```\ncode\n```", "\n", "http://a.b/c ", "www.x.y ", "a@b.co ", "/", "12", "3.5", "1,000",
    "٣", "²", "½", "привет ", "ыэё", "і", "مرحبا ", "ة", "پ", "你好", "の", "한국", "İ", "‹q›",
    "שלום", "नमस्ते", "สวัสดี", "γεια", "বাংলা", "🙂", "\u200b", "\xa0", " ", "\t", "_", "x1y",
    "de ", "la ", "que ", "der ", "und ", "ve ", "của ", "và ", "yang ", "het ", "się ", "Ａ",
]  # fmt: skip


def random_texts(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 70))) for _ in range(n)]


def test_char_counts_equal_the_regex_counts() -> None:
    texts = [*random_texts(300), "", "\ud800 lone surrogate", "𝐀𝐁 astral ÿ", "\x00\x01 ×÷"]
    pats = [p for _, p, _ in language._SCRIPTS] + [language._LATIN, *language._MARKS.values()]
    got = language.char_counts(texts)
    want = [[len(p.findall(t)) for p in pats] for t in texts]
    assert got.tolist() == want


def test_class_table_matches_every_pattern_on_the_whole_bmp() -> None:
    table, features = language._class_table()
    pats = [p for _, p, _ in language._SCRIPTS] + [language._LATIN, *language._MARKS.values()]
    chars = [chr(c) for c in range(0x10000)]
    want = [[p.fullmatch(ch) is not None for p in pats] for ch in chars]
    assert (features[table[:0x10000]] == want).all()
    assert not features[table[0x10000:]].any()  # above the BMP: no pattern


def test_batch_and_cache_do_not_change_languages() -> None:
    texts = random_texts(400, seed=2) * 2
    language.TEXT_CACHE.clear()
    one_by_one = [language.detect_language(t) for t in texts]
    language.TEXT_CACHE.clear()
    assert language.detect_languages(texts) == one_by_one  # cold, with repeats in the batch
    assert language.detect_languages(texts) == one_by_one  # warm


def test_memoised_template_ids_equal_the_definition() -> None:
    texts = random_texts(400, seed=3) * 2
    want = template.template_ids(template.template_signatures(texts))
    template.TEXT_CACHE.clear()
    template.SKELETON_CACHE.clear()
    assert template.cached_template_ids(texts) == want
    assert template.cached_template_ids(texts) == want
    assert template.TEXT_CACHE.hits >= len(texts) // 2


@pytest.mark.parametrize("seed", [4, 5])
def test_name_mask_equals_the_lookbehind_pattern(seed: int) -> None:
    old = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+|(?<=[a-z,;] )[A-Z]{2,}\b")
    rng = random.Random(seed)
    words = ["a", "b,", "c;", "Ann", "BOB", "CIA1", "Xy", "XY", "x", ";", ",", " ", "Ab Cd", "é"]
    for _ in range(2000):
        t = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        assert template._NAME.sub(" ‹name› ", t) == old.sub(" ‹name› ", t), t


def test_www_url_is_masked_only_with_a_slash_in_the_text() -> None:
    assert "‹url›" not in template.mask("see www.example.com now")
    assert "‹url›" in template.mask("see www.example.com or a/b")


def test_bounded_cache_keeps_at_most_two_generations() -> None:
    c = BoundedCache[int, int](2)
    for i in range(5):
        c.put(i, i)
    assert len(c) <= 4 and c.get(4) == 4 and c.get(0) is None
    c.put(5, 5)
    assert c.get(4) == 4  # promoted from the old generation
    c.clear()
    assert len(c) == 0 and c.hits == 0
