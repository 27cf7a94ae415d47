"""The honest training-only sets (stop 23: reasoning-sounding requests, evaluation-harness
requests; stop 24: chat follow-ups): complete, in the corpus only when asked for, and apart
from every set the models are measured on."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from phrasing_helpers import leaves, norm

from distillwatch.signals.corpus.build import (
    BENIGN_CAPABILITIES,
    BLIND_PAIRS,
    INDEPENDENT_ATTACKS,
    INDEPENDENT_BENIGN,
    LANGUAGES,
    TRAINING_NEGATIVES,
    TrainingNegatives,
    build_corpus,
    check_negatives,
)


@dataclass(frozen=True)
class Shape:
    """What one training-only set holds: its sources and how big its cells are."""

    sources: list[str]
    per_cell: Callable[[str], int]

    @property
    def size(self) -> int:
        return len(self.sources) * sum(self.per_cell(lang) for lang in LANGUAGES)


SHAPES = {
    "reasoning": Shape(
        ["chat", "eval_harness", "homework", "code_review", "debugging_help", "enterprise"],
        lambda lang: 16 if lang == "vi" else 8,
    ),
    "harness": Shape(["eval_harness"], lambda lang: 20 if lang == "ja" else 12),
    "followup": Shape(["chat"], lambda lang: {"vi": 24, "ja": 16}.get(lang, 12)),
}
each = pytest.mark.parametrize("name", list(SHAPES))


def test_every_registered_set_is_described_here() -> None:
    assert list(SHAPES) == list(TRAINING_NEGATIVES)
    assert [SHAPES[n].size for n in SHAPES] == [768, 188, 196]


@each
def test_every_source_and_language_with_its_phrasings(name: str) -> None:
    table, shape = TRAINING_NEGATIVES[name].table, SHAPES[name]
    assert list(table) == shape.sources
    for by_lang in table.values():
        assert set(by_lang) == set(LANGUAGES)
        for lang, phrases in by_lang.items():
            want = shape.per_cell(lang)
            assert len(phrases) == want and len({norm(p) for p in phrases}) == want, lang
    assert len(leaves(table)) == shape.size


@each
def test_only_the_payload_slot_is_a_brace_and_at_most_once(name: str) -> None:
    for p in leaves(TRAINING_NEGATIVES[name].table):
        assert p.strip() and p.count("{p}") <= 1, p
        assert not re.search(r"[{}]", p.replace("{p}", "")), p


def test_no_line_is_in_a_set_the_models_are_measured_on_or_in_two_sets() -> None:
    """Training on a measured set's line would flatter it (read pairs are dev sets, an unread
    one is the next test): a line the writers converged on was rewritten from the brief."""
    measured = {
        norm(p)
        for pair in BLIND_PAIRS.values()
        if pair.is_test_set
        for p in leaves((pair.benign, pair.attacks))
    }
    measured |= {norm(p) for p in leaves((INDEPENDENT_BENIGN, INDEPENDENT_ATTACKS))}
    ours = {n: {norm(p) for p in leaves(s.table)} for n, s in TRAINING_NEGATIVES.items()}
    assert {n: len(o) for n, o in ours.items()} == {n: s.size for n, s in SHAPES.items()}
    for a, b in combinations(ours.values(), 2):
        assert not a & b
    for o in ours.values():
        assert not o & measured


@each
def test_in_the_corpus_only_when_asked_for_as_honest_requests(name: str) -> None:
    ts, shape = TRAINING_NEGATIVES[name], SHAPES[name]
    plain = build_corpus(1, 2, real=False)
    more = build_corpus(1, 2, real=False, negatives=[name])
    assert not any(e.group.startswith(ts.prefix + "/") for e in plain)
    added = [e for e in more if e.group.startswith(ts.prefix + "/")]
    assert len(added) == 2 * shape.size and len(more) - len(plain) == 2 * shape.size
    assert all(e.label == "none" for e in added)
    assert Counter(e.subfamily for e in added) == {
        s: 2 * sum(shape.per_cell(lang) for lang in LANGUAGES) for s in shape.sources
    }
    assert all(e.capability in BENIGN_CAPABILITIES[e.subfamily] for e in added)
    again = list(ts.examples(2, 0))
    assert [(e.user, e.context) for e in again] == [(e.user, e.context) for e in added]


def test_the_sets_join_in_the_registry_order_whatever_order_they_are_named_in() -> None:
    """The corpus (and so the model's bytes) must not depend on the order of the options."""
    names = list(reversed(TRAINING_NEGATIVES))
    assert check_negatives([*names, names[0]]) == tuple(TRAINING_NEGATIVES)
    a = build_corpus(1, 1, real=False, negatives=names)
    b = build_corpus(1, 1, real=False, negatives=list(TRAINING_NEGATIVES))
    assert [(e.user, e.group) for e in a] == [(e.user, e.group) for e in b]
    with pytest.raises(
        ValueError, match=re.escape("unknown training negatives nope (known: reasoning")
    ):
        check_negatives(["reasoning", "nope"])


@each
def test_the_training_commands_pass_the_option_on(
    name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`train-intent`, `eval-intent` and `train-embedding-stage` train on the set with
    `--negatives NAME`, and the stage records it, so a head fitted without it is not lent to
    a build with it."""
    pytest.importorskip("sklearn")
    from typer.testing import CliRunner

    from distillwatch.cli import app
    from distillwatch.signals import embedding_stage, evaluate_intent, train
    from distillwatch.signals.corpus import build, real_prompts
    from distillwatch.signals.model import load_model

    ts, shape = TRAINING_NEGATIVES[name], SHAPES[name]
    base = load_model()
    seen: dict[str, Any] = {}

    def fake_default(**kw: Any) -> Any:
        seen["default"] = kw
        return replace(base, meta=dict(base.meta, corpus_size=1))

    def fake_stage(model: Any, examples: Any, **kw: Any) -> Any:
        seen["stage"] = (examples, kw)
        return base

    monkeypatch.setattr(train, "train_default", fake_default)
    monkeypatch.setattr(train, "add_embedding_stage", fake_stage)
    monkeypatch.setattr(evaluate_intent, "evaluate", lambda **kw: seen.update(evaluate=kw))
    monkeypatch.setattr(evaluate_intent, "write_results", lambda *a: None)
    monkeypatch.setattr(embedding_stage, "available", lambda: True)
    monkeypatch.setattr(real_prompts, "available", lambda: True)
    monkeypatch.setattr(build, "real_prompts", lambda: ())
    out = str(tmp_path / "m.npz")
    flags = ["--negatives", name]
    r = CliRunner().invoke(app, ["train-intent", *flags, "--out", out])
    assert r.exit_code == 0, r.output
    assert seen["default"]["negatives"] == (name,)
    r = CliRunner().invoke(app, ["train-intent", "--out", out])
    assert r.exit_code == 0 and seen["default"]["negatives"] == ()
    r = CliRunner().invoke(app, ["eval-intent", *flags, "--out", out])
    assert r.exit_code == 0 and seen["evaluate"]["negatives"] == (name,), r.output
    key = f"{name}_negatives"
    for given, want in ((flags, True), ([], False)):
        r = CliRunner().invoke(app, ["train-embedding-stage", *given, "--out", out])
        assert r.exit_code == 0, r.output
        examples, kw = seen["stage"]
        ours = [e for e in examples if e.group.startswith(ts.prefix + "/")]
        assert len(ours) == (24 * shape.size if want else 0)
        assert kw["meta"].get(key, False) is want


def test_an_unknown_set_is_refused_by_name(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from distillwatch.cli import app

    for command in ("train-intent", "eval-intent", "train-embedding-stage"):
        out = str(tmp_path / "m.npz")
        r = CliRunner().invoke(app, [command, "--negatives", "nope", "--out", out])
        assert r.exit_code == 2, (command, r.output)
        assert "--negatives: unknown training negatives nope" in r.output


def test_the_later_sets_train_but_never_calibrate() -> None:
    """Their near-misses would set the 0.1% quantile (W10mgrh: 0.672 instead of the floor):
    the threshold is calibrated without them, as without the twins and the short turns; the
    reasoning set, which W10mgr was calibrated with, stays in."""
    from distillwatch.signals.train import calibration_examples, training_examples

    corpus = build_corpus(1, 1, real=False, negatives=list(TRAINING_NEGATIVES))
    calib = calibration_examples(corpus)
    trained = training_examples(corpus, ("train", "test"))
    assert calib
    for name, ts in TRAINING_NEGATIVES.items():
        mine = ts.prefix + "/"
        assert any(e.group.startswith(mine) for e in trained), name
        assert any(e.group.startswith(mine) for e in calib) is ts.calibrated, name
    assert [n for n, ts in TRAINING_NEGATIVES.items() if ts.calibrated] == ["reasoning"]
    assert isinstance(TRAINING_NEGATIVES["followup"], TrainingNegatives)
