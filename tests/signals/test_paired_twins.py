"""The paired phrasings: complete, apart from both independent test sets, and the honest
twins trained on as benign but kept out of the threshold's calibration."""

from __future__ import annotations

import re

from distillwatch.signals.corpus.build import (
    CONTRAST,
    INDEPENDENT_ATTACKS,
    INDEPENDENT_BENIGN,
    LANGUAGES,
    PAIRED,
    TWIN_SOURCES,
    WORKFLOW_PAIRS,
    build_corpus,
    split_of,
)
from distillwatch.signals.train import TWINS


def _all(side: str) -> list[str]:
    return [
        p
        for subs in CONTRAST.values()
        for by_lang in subs.values()
        for sides in by_lang.values()
        for p in sides[side]
    ]


def test_every_sub_family_has_its_pairs_in_every_language() -> None:
    """Three first pairs and two workflow pairs per (sub-family, language), all distinct."""
    for table, n in ((PAIRED, 3), (WORKFLOW_PAIRS, 2), (CONTRAST, 5)):
        assert set(table) == set(INDEPENDENT_ATTACKS)
        for fam, subs in table.items():
            assert set(subs) == set(INDEPENDENT_ATTACKS[fam])
            for by_lang in subs.values():
                assert set(by_lang) == set(LANGUAGES)
                for sides in by_lang.values():
                    assert len(set(sides["attack"])) == n and len(set(sides["honest"])) == n


def test_workflow_pairs_come_after_the_first_pairs() -> None:
    """The first pairs keep their phrasing groups (p0-p2), so their examples do not move."""
    for fam, subs in PAIRED.items():
        for sub, by_lang in subs.items():
            for lang, sides in by_lang.items():
                for side, ps in sides.items():
                    assert CONTRAST[fam][sub][lang][side][: len(ps)] == ps


def test_no_pair_phrasing_is_in_an_independent_test_set() -> None:
    attacks = {
        p
        for subs in INDEPENDENT_ATTACKS.values()
        for by in subs.values()
        for ps in by.values()
        for p in ps
    }
    benign = {p for by in INDEPENDENT_BENIGN.values() for ps in by.values() for p in ps}
    paired = set(_all("attack")) | set(_all("honest"))
    assert not paired & (attacks | benign)
    assert not set(_all("attack")) & set(_all("honest"))


def test_twins_are_benign_examples_of_their_families_source() -> None:
    corpus = build_corpus(1, 1, pairs=True)
    twins = [e for e in corpus if e.subfamily in TWINS]
    assert {e.label for e in twins} == {"none"}
    assert {e.subfamily for e in twins} == set(TWIN_SOURCES.values())
    assert len(twins) == len(_all("honest"))
    # some twins land in 'calib'; train() leaves them out of the threshold (see TWINS)
    assert any(split_of(e.group) == "calib" for e in twins)
    paired_attacks = [
        e for e in corpus if e.label != "none" and re.search(r"/p\d+$", e.group) is not None
    ]
    assert len(paired_attacks) == len(_all("attack"))


def test_the_corpus_without_pairs_has_no_contrast_set() -> None:
    """`train-intent --no-pairs` (docs/signals.md, "The contrast set")."""
    corpus = build_corpus(1, 1, pairs=False)
    assert not [e for e in corpus if e.subfamily in TWINS or e.subfamily == "business_generation"]
    assert not [e for e in corpus if re.search(r"/p\d+$", e.group)]
