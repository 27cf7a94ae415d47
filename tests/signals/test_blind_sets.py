"""The blind test sets and the quiet pairs: complete, apart from everything else, and the
blind pairs that were read only for measurement (the second) or not at all (the third) in
no corpus."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from distillwatch.signals.corpus.benign_phrases import BENIGN
from distillwatch.signals.corpus.build import (
    BLIND2_ATTACKS,
    BLIND2_BENIGN,
    BLIND3_ATTACKS,
    BLIND3_BENIGN,
    BLIND4_ATTACKS,
    BLIND4_BENIGN,
    BLIND_ATTACKS,
    BLIND_BENIGN,
    CODE_ITEMS,
    CONTRAST,
    INDEPENDENT_ATTACKS,
    INDEPENDENT_BENIGN,
    LANGUAGES,
    QUIET_PAIRS,
    attack_phrasings,
    blind2_attack_examples,
    blind2_benign_examples,
    blind3_attack_examples,
    blind3_benign_examples,
    blind4_attack_examples,
    blind4_benign_examples,
    blind_attack_examples,
    blind_benign_examples,
    build_corpus,
    independent_attack_examples,
    independent_benign_examples,
)
from distillwatch.signals.corpus.extra_phrases import BENIGN_EXTRA
from distillwatch.signals.corpus.system_phrases import BENIGN_SYSTEM


def leaves(x: Any) -> Iterator[str]:
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from leaves(v)
    elif isinstance(x, list | tuple):
        for v in x:
            yield from leaves(v)


def norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


SHAPE = {f: list(s) for f, s in INDEPENDENT_ATTACKS.items()}


def test_same_shape_as_the_first_independent_sets() -> None:
    for benign, attacks in (
        (BLIND_BENIGN, BLIND_ATTACKS),
        (BLIND2_BENIGN, BLIND2_ATTACKS),
        (BLIND3_BENIGN, BLIND3_ATTACKS),
        (BLIND4_BENIGN, BLIND4_ATTACKS),
    ):
        assert list(benign) == list(INDEPENDENT_BENIGN)
        for by_lang in benign.values():
            assert set(by_lang) == set(LANGUAGES)
            assert all(len(set(ps)) == 4 for ps in by_lang.values())
        assert {f: list(s) for f, s in attacks.items()} == SHAPE
        for subs in attacks.values():
            for by_lang in subs.values():
                assert set(by_lang) == set(LANGUAGES)
                assert all(len(set(ps)) == 3 for ps in by_lang.values())


def test_quiet_pairs_have_one_pair_per_sub_family_and_language() -> None:
    assert {f: list(s) for f, s in QUIET_PAIRS.items()} == SHAPE
    for subs in QUIET_PAIRS.values():
        for by_lang in subs.values():
            assert set(by_lang) == set(LANGUAGES)
            assert all(len(c["attack"]) == len(c["honest"]) == 1 for c in by_lang.values())


def test_only_the_payload_slot_is_a_brace() -> None:
    tables = (BLIND_BENIGN, BLIND_ATTACKS, BLIND2_BENIGN, BLIND2_ATTACKS, QUIET_PAIRS)
    for p in leaves((*tables, BLIND3_BENIGN, BLIND3_ATTACKS, BLIND4_BENIGN, BLIND4_ATTACKS)):
        assert not re.search(r"[{}]", p.replace("{p}", "")), p


def test_no_phrasing_or_group_shared_with_anything_trained_or_chosen_on() -> None:
    blind = {norm(p) for p in leaves((BLIND_BENIGN, BLIND_ATTACKS))}
    assert len(blind) == 600 + 675  # no two blind phrasings the same, either
    blind2 = {norm(p) for p in leaves((BLIND2_BENIGN, BLIND2_ATTACKS))}
    assert len(blind2) == 600 + 675
    quiet = {norm(p) for p in leaves(QUIET_PAIRS)}
    assert len(quiet) == 2 * 225
    assert not quiet & blind and not blind2 & quiet
    # written apart, two helpers converged once on the canonical multiple-choice harness line
    assert len(blind2 & blind) <= 1
    seen = (
        {
            norm(p)
            for table in (BENIGN, BENIGN_EXTRA, BENIGN_SYSTEM, CONTRAST, CODE_ITEMS)
            for p in leaves(table)
        }
        | {norm(p) for table in (INDEPENDENT_BENIGN, INDEPENDENT_ATTACKS) for p in leaves(table)}
        | {norm(phrase) for *_, phrase in attack_phrasings()}
    )
    assert not (blind | quiet) & seen
    assert len(blind2 & seen) <= 1
    blind3 = {norm(p) for p in leaves((BLIND3_BENIGN, BLIND3_ATTACKS))}
    assert len(blind3) == 600 + 675
    # four canonical honest lines converged (a formal translation request, three answer-format
    # harness lines), as one did between the first two pairs; no attack phrasing did
    assert len(blind3 & (blind | blind2 | quiet | seen)) <= 4
    assert not {norm(p) for p in leaves(BLIND3_ATTACKS)} & (blind | blind2 | quiet | seen)
    blind4 = {norm(p) for p in leaves((BLIND4_BENIGN, BLIND4_ATTACKS))}
    assert len(blind4) == 600 + 675
    earlier = blind | blind2 | blind3 | quiet | seen
    assert len(blind4 & earlier) <= 4  # canonical honest lines again, if any
    assert not {norm(p) for p in leaves(BLIND4_ATTACKS)} & earlier
    groups = {e.group for e in build_corpus(1, 1)}
    groups |= {e.group for e in independent_benign_examples(1, 0)}
    groups |= {e.group for e in independent_attack_examples(1, 0)}
    benign = list(blind_benign_examples(1, 0))
    attacks = list(blind_attack_examples(1, 0))
    assert len(benign) == 600 and len(attacks) == 675
    assert not groups & {e.group for e in benign + attacks}
    assert all(e.label == "none" for e in benign)
    assert {e.label for e in attacks} == set(BLIND_ATTACKS)


def test_the_later_blind_pairs_are_in_no_corpus_and_wording_adds_the_rest() -> None:
    plain = build_corpus(1, 1)
    every = build_corpus(1, 1, wording=True)
    groups = {e.group for e in every}
    for benign_of, attacks_of in (
        (blind2_benign_examples, blind2_attack_examples),
        (blind3_benign_examples, blind3_attack_examples),
        (blind4_benign_examples, blind4_attack_examples),
    ):
        unread = list(benign_of(1, 0)) + list(attacks_of(1, 0))
        assert len(unread) == 600 + 675 and not groups & {e.group for e in unread}
    added = {e.group for e in every} - {e.group for e in plain}
    assert {e.group for e in blind_attack_examples(1, 0)} <= added
    assert {e.group for e in blind_benign_examples(1, 0)} <= added
    assert any("/q0" in g for g in added) and any(g.startswith("none-quiet/") for g in added)
    assert len(every) - len(plain) == 225 + 225 + 675 + 600
