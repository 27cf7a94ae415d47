"""The content_studio persona: honest bulk content in 15 languages, in the range."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
from simulate_helpers import iter_exchanges, read_jsonl

from distillwatch.simulate.runner import generator_digest, is_current
from distillwatch.simulate.stats import guess_language
from distillwatch.simulate.text import content

LANGS = {"en", "zh", "ru", "ja", "ko", "ar", "es", "pt", "de", "fr", "hi", "vi", "id", "tr", "it"}


def test_every_language_has_every_kind_and_fills_cleanly() -> None:
    assert set(content.CONTENT_LANGUAGES) == LANGS
    rng = np.random.default_rng(0)
    for template in range(len(content.BUSINESSES)):
        for lang in LANGS:
            for _ in range(20):
                it = content.content(rng, lang, template)
                assert "{" not in it.prompt and "}" not in it.prompt, it.prompt
                assert it.lang == lang and it.answer and not it.reasoning
    for kind in content.KINDS:
        assert set(content.FRAMES[kind]) == LANGS
        assert all(len(fs) == 3 for fs in content.FRAMES[kind].values())


def test_an_account_keeps_to_its_business_and_language() -> None:
    rng = np.random.default_rng(1)
    quiz_only = content.BUSINESSES.index(("quiz",))
    frames = content.FRAMES["quiz"]["de"]
    heads = {f.split("{")[0][:12] for f in frames}
    for _ in range(30):
        it = content.content(rng, "de", quiz_only)
        assert any(it.prompt.startswith(h) for h in heads), it.prompt
    # a language the writers did not cover falls back to English
    assert content.content(rng, "pl", 0).lang == "en"
    assert content.content_lang("pl") == "en" and content.content_lang("ko") == "ko"


def test_content_is_deterministic_per_rng() -> None:
    a = [content.content(np.random.default_rng(7), "ja", 4) for _ in range(3)]
    b = [content.content(np.random.default_rng(7), "ja", 4) for _ in range(3)]
    assert a == b


def test_half_the_accounts_set_a_system_prompt() -> None:
    systems = [content.system("fr", t) for t in range(200)]
    share = sum(s is not None for s in systems) / len(systems)
    assert 0.4 <= share <= 0.6
    assert all(s in content.SYSTEMS["fr"] for s in systems if s is not None)


def test_the_range_has_content_studio_accounts_in_many_languages(small_range: Path) -> None:
    labels = read_jsonl(small_range / "labels.jsonl")
    studio = {r["account_id"] for r in labels if r["persona"] == "content_studio"}
    assert studio and all(
        r["label"] == "benign" for r in labels if r["persona"] == "content_studio"
    )
    langs: Counter[str] = Counter()
    n = 0
    for ex in iter_exchanges(small_range):
        if ex["account_id"] not in studio:
            continue
        n += 1
        user = [m for m in ex["request"]["messages"] if m["role"] == "user"]
        assert len(user) == 1  # single-turn bulk requests
        langs[guess_language(user[0]["content"])] += 1
    assert n > 0
    assert len(langs) >= 2  # its accounts write in their market's language


def test_the_manifest_names_the_code_that_wrote_the_range(small_range: Path) -> None:
    man = json.loads((small_range / "manifest.json").read_text())
    assert man["generator_digest"] == generator_digest()
    assert is_current(small_range)
    assert not is_current(small_range / "no-such-range")


def test_a_range_from_other_code_is_not_current(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text(json.dumps({"generator_digest": "0" * 16}))
    assert not is_current(tmp_path)
    (tmp_path / "manifest.json").write_text(json.dumps({"generator": "distillwatch.simulate"}))
    assert not is_current(tmp_path)  # written before the digest existed
