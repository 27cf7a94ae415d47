"""The blind test sets: complete, apart from everything the model or its choices have read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from distillwatch.signals.corpus.benign_phrases import BENIGN
from distillwatch.signals.corpus.build import (
    BLIND_ATTACKS,
    BLIND_BENIGN,
    CODE_ITEMS,
    CONTRAST,
    INDEPENDENT_ATTACKS,
    INDEPENDENT_BENIGN,
    LANGUAGES,
    attack_phrasings,
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


def test_same_shape_as_the_first_independent_sets() -> None:
    assert list(BLIND_BENIGN) == list(INDEPENDENT_BENIGN)
    for by_lang in BLIND_BENIGN.values():
        assert set(by_lang) == set(LANGUAGES)
        assert all(len(set(ps)) == 4 for ps in by_lang.values())
    assert {f: list(s) for f, s in BLIND_ATTACKS.items()} == {
        f: list(s) for f, s in INDEPENDENT_ATTACKS.items()
    }
    for subs in BLIND_ATTACKS.values():
        for by_lang in subs.values():
            assert set(by_lang) == set(LANGUAGES)
            assert all(len(set(ps)) == 3 for ps in by_lang.values())


def test_only_the_payload_slot_is_a_brace() -> None:
    for p in leaves((BLIND_BENIGN, BLIND_ATTACKS)):
        assert not re.search(r"[{}]", p.replace("{p}", "")), p


def test_no_phrasing_or_group_shared_with_anything_trained_or_chosen_on() -> None:
    blind = {norm(p) for p in leaves((BLIND_BENIGN, BLIND_ATTACKS))}
    assert len(blind) == 600 + 675  # no two blind phrasings the same, either
    seen = (
        {
            norm(p)
            for table in (BENIGN, BENIGN_EXTRA, BENIGN_SYSTEM, CONTRAST, CODE_ITEMS)
            for p in leaves(table)
        }
        | {norm(p) for table in (INDEPENDENT_BENIGN, INDEPENDENT_ATTACKS) for p in leaves(table)}
        | {norm(phrase) for *_, phrase in attack_phrasings()}
    )
    assert not blind & seen
    groups = {e.group for e in build_corpus(1, 1)}
    groups |= {e.group for e in independent_benign_examples(1, 0)}
    groups |= {e.group for e in independent_attack_examples(1, 0)}
    benign = list(blind_benign_examples(1, 0))
    attacks = list(blind_attack_examples(1, 0))
    assert len(benign) == 600 and len(attacks) == 675
    assert not groups & {e.group for e in benign + attacks}
    assert all(e.label == "none" for e in benign)
    assert {e.label for e in attacks} == set(BLIND_ATTACKS)
