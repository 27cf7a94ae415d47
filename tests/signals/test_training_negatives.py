"""The honest training-only sets of stop 23 (reasoning-sounding requests, evaluation-harness
requests): complete, in the corpus only when asked for, and apart from every set the models
are measured on."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from distillwatch.signals.corpus.build import (
    BENIGN_CAPABILITIES,
    BLIND_PAIRS,
    HARNESS_NEGATIVES,
    HARNESS_PREFIX,
    INDEPENDENT_ATTACKS,
    INDEPENDENT_BENIGN,
    LANGUAGES,
    REASONING_NEGATIVES,
    REASONING_PREFIX,
    Example,
    build_corpus,
    harness_negative_examples,
    reasoning_negative_examples,
)


@dataclass(frozen=True)
class TrainingSet:
    """One training-only set, how big its cells are, and how the corpus is asked for it."""

    table: dict[str, dict[str, list[str]]]
    sources: list[str]
    per_cell: Callable[[str], int]
    prefix: str
    option: str  # the build_corpus / train_default keyword
    flag: str  # the CLI flag
    examples: Callable[[int, int], Iterator[Example]]

    @property
    def size(self) -> int:
        return len(self.sources) * sum(self.per_cell(lang) for lang in LANGUAGES)


SETS = {
    "reasoning": TrainingSet(
        REASONING_NEGATIVES,
        ["chat", "eval_harness", "homework", "code_review", "debugging_help", "enterprise"],
        lambda lang: 16 if lang == "vi" else 8,
        REASONING_PREFIX,
        "reasoning",
        "--reasoning-negatives",
        reasoning_negative_examples,
    ),
    "harness": TrainingSet(
        HARNESS_NEGATIVES,
        ["eval_harness"],
        lambda lang: 20 if lang == "ja" else 12,
        HARNESS_PREFIX,
        "harness",
        "--harness-negatives",
        harness_negative_examples,
    ),
}
each = pytest.mark.parametrize("ts", list(SETS.values()), ids=list(SETS))


def norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def leaves(x: object) -> list[str]:
    if isinstance(x, str):
        return [x]
    if isinstance(x, dict):
        return [s for v in x.values() for s in leaves(v)]
    if isinstance(x, list | tuple):
        return [s for v in x for s in leaves(v)]
    return []


def test_the_sets_sizes() -> None:
    assert SETS["reasoning"].size == 768 and SETS["harness"].size == 188


@each
def test_every_source_and_language_with_its_phrasings(ts: TrainingSet) -> None:
    assert list(ts.table) == ts.sources
    for by_lang in ts.table.values():
        assert set(by_lang) == set(LANGUAGES)
        for lang, phrases in by_lang.items():
            want = ts.per_cell(lang)
            assert len(phrases) == want and len({norm(p) for p in phrases}) == want, lang
    assert len(leaves(ts.table)) == ts.size


@each
def test_only_the_payload_slot_is_a_brace_and_at_most_once(ts: TrainingSet) -> None:
    for p in leaves(ts.table):
        assert p.strip() and p.count("{p}") <= 1, p
        assert not re.search(r"[{}]", p.replace("{p}", "")), p


def test_no_line_is_in_a_set_the_models_are_measured_on_or_in_both_sets() -> None:
    """Training on a measured set's line would flatter it (read pairs are dev sets, an unread
    one is the next test): a line the writers converged on was rewritten from the brief."""
    measured = {
        norm(p)
        for pair in BLIND_PAIRS.values()
        if pair.is_test_set
        for p in leaves((pair.benign, pair.attacks))
    }
    measured |= {norm(p) for p in leaves((INDEPENDENT_BENIGN, INDEPENDENT_ATTACKS))}
    ours = [{norm(p) for p in leaves(ts.table)} for ts in SETS.values()]
    assert [len(o) for o in ours] == [ts.size for ts in SETS.values()]
    assert not ours[0] & ours[1]
    for o in ours:
        assert not o & measured


@each
def test_in_the_corpus_only_when_asked_for_as_honest_requests(ts: TrainingSet) -> None:
    plain = build_corpus(1, 2, real=False)
    more = build_corpus(1, 2, real=False, **{ts.option: True})
    assert not any(e.group.startswith(ts.prefix + "/") for e in plain)
    added = [e for e in more if e.group.startswith(ts.prefix + "/")]
    assert len(added) == 2 * ts.size and len(more) - len(plain) == 2 * ts.size
    assert all(e.label == "none" for e in added)
    assert Counter(e.subfamily for e in added) == {
        s: 2 * sum(ts.per_cell(lang) for lang in LANGUAGES) for s in ts.sources
    }
    assert all(e.capability in BENIGN_CAPABILITIES[e.subfamily] for e in added)
    again = list(ts.examples(2, 0))
    assert [(e.user, e.context) for e in again] == [(e.user, e.context) for e in added]


@each
def test_the_training_commands_pass_the_option_on(
    ts: TrainingSet, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`train-intent`, `eval-intent` and `train-embedding-stage` train on the set with the
    option, and the stage records it, so a head fitted without it is not lent to a build
    with it."""
    pytest.importorskip("sklearn")
    from typer.testing import CliRunner

    from distillwatch.cli import app
    from distillwatch.signals import embedding_stage, evaluate_intent, train
    from distillwatch.signals.corpus import build, real_prompts
    from distillwatch.signals.model import load_model

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
    r = CliRunner().invoke(app, ["train-intent", ts.flag, "--out", out])
    assert r.exit_code == 0, r.output
    assert seen["default"][ts.option] is True
    r = CliRunner().invoke(app, ["train-intent", "--out", out])
    assert r.exit_code == 0 and seen["default"][ts.option] is False
    r = CliRunner().invoke(app, ["eval-intent", ts.flag, "--out", out])
    assert r.exit_code == 0 and seen["evaluate"][ts.option] is True, r.output
    key = f"{ts.option}_negatives"
    for flags, want in (([ts.flag], True), ([], False)):
        r = CliRunner().invoke(app, ["train-embedding-stage", *flags, "--out", out])
        assert r.exit_code == 0, r.output
        examples, kw = seen["stage"]
        ours = [e for e in examples if e.group.startswith(ts.prefix + "/")]
        assert len(ours) == (24 * ts.size if want else 0)
        assert kw["meta"].get(key, False) is want


def test_the_harness_set_trains_but_never_calibrates() -> None:
    """Its near-misses would set the 0.1% quantile (W10mgrh: 0.672 instead of the floor):
    the threshold is calibrated without them, as without the twins and the short turns."""
    from distillwatch.signals.train import calibration_examples, training_examples

    corpus = build_corpus(1, 1, real=False, reasoning=True, harness=True)
    calib = calibration_examples(corpus)
    assert calib and not any(e.group.startswith(HARNESS_PREFIX + "/") for e in calib)
    assert any(e.group.startswith(REASONING_PREFIX + "/") for e in calib)
    trained = training_examples(corpus, ("train", "test"))
    assert any(e.group.startswith(HARNESS_PREFIX + "/") for e in trained)
