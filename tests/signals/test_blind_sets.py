"""The blind test sets and the quiet pairs: complete, apart from everything else, and the
blind pairs after the first (read only for measurement, or not at all) in no corpus."""

from __future__ import annotations

import dataclasses
import re

import pytest
from phrasing_helpers import leaves, norm

from distillwatch.signals.corpus.benign_phrases import BENIGN
from distillwatch.signals.corpus.build import (
    BLIND_ATTACKS,
    BLIND_BENIGN,
    BLIND_PAIRS,
    CODE_ITEMS,
    CONTRAST,
    INDEPENDENT_ATTACKS,
    INDEPENDENT_BENIGN,
    LANGUAGES,
    QUIET_PAIRS,
    attack_phrasings,
    blind_attack_examples,
    blind_benign_examples,
    blind_pair_attacks,
    blind_pair_benign,
    build_corpus,
    independent_attack_examples,
    independent_benign_examples,
    short_turn_examples,
)
from distillwatch.signals.corpus.extra_phrases import BENIGN_EXTRA
from distillwatch.signals.corpus.system_phrases import BENIGN_SYSTEM

SHAPE = {f: list(s) for f, s in INDEPENDENT_ATTACKS.items()}


def test_same_shape_as_the_first_independent_sets() -> None:
    assert list(BLIND_PAIRS) == list(range(1, len(BLIND_PAIRS) + 1)) and len(BLIND_PAIRS) >= 8
    assert (BLIND_PAIRS[1].benign, BLIND_PAIRS[1].attacks) == (BLIND_BENIGN, BLIND_ATTACKS)
    for pair in BLIND_PAIRS.values():
        benign, attacks = pair.benign, pair.attacks
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
    pairs = [(p.benign, p.attacks) for p in BLIND_PAIRS.values()]
    for p in leaves((*pairs, QUIET_PAIRS)):
        assert not re.search(r"[{}]", p.replace("{p}", "")), p


def test_no_phrasing_or_group_shared_with_anything_trained_or_chosen_on() -> None:
    quiet = {norm(p) for p in leaves(QUIET_PAIRS)}
    assert len(quiet) == 2 * 225
    seen = (
        {
            norm(p)
            for table in (BENIGN, BENIGN_EXTRA, BENIGN_SYSTEM, CONTRAST, CODE_ITEMS)
            for p in leaves(table)
        }
        | {norm(p) for table in (INDEPENDENT_BENIGN, INDEPENDENT_ATTACKS) for p in leaves(table)}
        | {norm(phrase) for *_, phrase in attack_phrasings()}
    )
    blind = {norm(p) for p in leaves((BLIND_BENIGN, BLIND_ATTACKS))}
    assert len(blind) == 600 + 675  # no two blind phrasings the same, either
    assert not quiet & blind and not (blind | quiet) & seen
    earlier = blind | quiet | seen
    # written apart, helpers converge now and then on a canonical honest line (a
    # multiple-choice harness instruction, a formal translation request): at most four per
    # pair; never on an attack phrasing
    for n in list(BLIND_PAIRS)[1:]:
        pair = BLIND_PAIRS[n]
        these = {norm(p) for p in leaves((pair.benign, pair.attacks))}
        assert len(these) == 600 + 675, n
        assert len(these & earlier) <= 4, n
        assert not {norm(p) for p in leaves(pair.attacks)} & earlier, n
        earlier |= these
    groups = {e.group for e in build_corpus(1, 1)}
    groups |= {e.group for e in independent_benign_examples(1, 0)}
    groups |= {e.group for e in independent_attack_examples(1, 0)}
    benign = list(blind_benign_examples(1, 0))
    attacks = list(blind_attack_examples(1, 0))
    assert len(benign) == 600 and len(attacks) == 675
    assert not groups & {e.group for e in benign + attacks}
    assert all(e.label == "none" for e in benign)
    assert {e.label for e in attacks} == set(BLIND_ATTACKS)


def test_no_phrasing_of_a_pair_trained_on_is_in_an_unread_pair() -> None:
    """Writers converge now and then on a canonical line; in a pair written to be trained on,
    any line an unread (test) pair also holds was rewritten, or training would read it."""
    # the test pairs that were unread when the training pairs were written (8 and 12), and
    # any unread now
    unread = {
        norm(p)
        for n, pair in BLIND_PAIRS.items()
        if not pair.trainable or (pair.is_test_set and n >= 8)
        for p in leaves((pair.benign, pair.attacks))
    }
    training = [n for n, pair in BLIND_PAIRS.items() if not pair.is_test_set]
    assert training and unread
    assert all(BLIND_PAIRS[n].trainable for n in training)
    for n in training:
        pair = BLIND_PAIRS[n]
        assert not {norm(p) for p in leaves((pair.benign, pair.attacks))} & unread, n


def test_the_later_blind_pairs_are_in_no_corpus_and_wording_adds_the_rest() -> None:
    plain = build_corpus(1, 1)
    every = build_corpus(1, 1, wording=True)
    groups = {e.group for e in every}
    for n in list(BLIND_PAIRS)[1:]:
        later = list(blind_pair_benign(n, 1, 0)) + list(blind_pair_attacks(n, 1, 0))
        assert len(later) == 600 + 675 and not groups & {e.group for e in later}
    assert [e.group for e in blind_pair_attacks(1, 1, 0)] == [
        e.group for e in blind_attack_examples(1, 0)
    ]
    added = {e.group for e in every} - {e.group for e in plain}
    assert {e.group for e in blind_attack_examples(1, 0)} <= added
    assert {e.group for e in blind_benign_examples(1, 0)} <= added
    assert any("/q0" in g for g in added) and any(g.startswith("none-quiet/") for g in added)
    assert len(every) - len(plain) == 225 + 225 + 675 + 600


def test_read_blind_pairs_can_be_trained_on_and_unread_ones_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain = {e.group for e in build_corpus(1, 1)}
    more = build_corpus(1, 1, blind=(2, 3))
    added = {e.group for e in more} - plain
    blind = {e.group for n in (2, 3) for e in blind_pair_benign(n, 1, 0)} | {
        e.group for n in (2, 3) for e in blind_pair_attacks(n, 1, 0)
    }
    short = {e.group for e in short_turn_examples(1, 0)}
    assert added == blind | short and not blind & short  # short turns come with the pairs
    assert all(e.label == "none" for e in more if e.group in short)
    # a pair marked unread must be refused (the twelfth is read: marked so here, so the test
    # does not depend on an unread pair existing)
    monkeypatch.setitem(BLIND_PAIRS, 12, dataclasses.replace(BLIND_PAIRS[12], status="unread"))
    unread = [n for n, pair in BLIND_PAIRS.items() if not pair.trainable]
    assert 12 in unread
    for n in unread:
        with pytest.raises(ValueError, match="unread"):
            build_corpus(1, 1, blind=(n,))
    with pytest.raises(ValueError, match="no blind pair"):
        build_corpus(1, 1, blind=(99,))
    with pytest.raises(ValueError, match="already"):
        build_corpus(1, 1, wording=True, blind=(1,))


def test_the_cli_refuses_to_train_on_an_unread_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from distillwatch.cli import app

    monkeypatch.setitem(BLIND_PAIRS, 12, dataclasses.replace(BLIND_PAIRS[12], status="unread"))
    unread = "12"
    for command in ("train-intent", "eval-intent", "train-embedding-stage"):
        r = CliRunner().invoke(app, [command, "--blind-pair", unread, "--out", "/nonexistent/x"])
        assert r.exit_code == 2 and "unread" in r.output, r.output
    r = CliRunner().invoke(app, ["train-intent", "--wording", "--blind-pair", "1"])
    assert r.exit_code == 2 and "already" in r.output


def test_the_second_content_set_has_the_briefs_shape_and_is_apart() -> None:
    """Shape only: the set is a test set (docs/evaluation.md), read by content_flags.py."""
    from importlib import import_module

    from distillwatch.simulate.text import content

    second = content.content_set(
        *(import_module(f"distillwatch.signals.corpus.content_blind_{x}") for x in "abc")
    )
    for kind in content.KINDS:
        assert set(second.frames[kind]) == set(LANGUAGES)
        for frames in second.frames[kind].values():
            assert len(frames) == 3
            for f in frames:
                assert "{topic}" in f and "{" not in f.replace("{topic}", "").replace("{n}", "")
    assert all(len(second.topics[lang]) == 12 for lang in LANGUAGES)
    first = {norm(f) for fs in content.FRAMES.values() for x in fs.values() for f in x}
    assert not first & {norm(f) for fs in second.frames.values() for x in fs.values() for f in x}
