"""The independent attack set: complete, apart from the corpus, labelled by its family."""

from __future__ import annotations

from distillwatch.signals.corpus.build import (
    INDEPENDENT_ATTACKS,
    LANGUAGES,
    attack_phrasings,
    build_corpus,
    independent_attack_examples,
)


def test_every_sub_family_has_three_phrasings_in_every_language() -> None:
    assert set(INDEPENDENT_ATTACKS) == {
        "reasoning_extraction",
        "reward_grading",
        "safe_rewrite",
        "synthetic_data",
    }
    assert sum(len(subs) for subs in INDEPENDENT_ATTACKS.values()) == 15
    for subs in INDEPENDENT_ATTACKS.values():
        for by_lang in subs.values():
            assert set(by_lang) == set(LANGUAGES)
            assert all(len(set(ps)) == 3 for ps in by_lang.values())


def test_it_shares_no_phrasing_and_no_group_with_the_corpus() -> None:
    corpus_phrases = {phrase for *_, phrase in attack_phrasings()}
    independent = {
        p
        for subs in INDEPENDENT_ATTACKS.values()
        for by in subs.values()
        for ps in by.values()
        for p in ps
    }
    assert not corpus_phrases & independent
    groups = {e.group for e in build_corpus(1, 1)}
    ex = list(independent_attack_examples(1, 0))
    assert len(ex) == 675 and not groups & {e.group for e in ex}
    corpus_subs = {(e.label, e.subfamily) for e in build_corpus(1, 1) if e.label != "none"}
    assert {(e.label, e.subfamily) for e in ex} <= corpus_subs
