"""The honest reasoning-sounding requests (training data, stop 23): complete, in the corpus only
when asked for, and apart from every set the models are measured on."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from distillwatch.signals.corpus.build import (
    BENIGN_CAPABILITIES,
    BLIND_PAIRS,
    INDEPENDENT_ATTACKS,
    INDEPENDENT_BENIGN,
    LANGUAGES,
    REASONING_NEGATIVES,
    REASONING_PREFIX,
    build_corpus,
    reasoning_negative_examples,
)

SOURCES = ["chat", "eval_harness", "homework", "code_review", "debugging_help", "enterprise"]


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


def test_every_source_and_language_with_eight_phrasings_and_sixteen_in_vietnamese() -> None:
    assert list(REASONING_NEGATIVES) == SOURCES
    for by_lang in REASONING_NEGATIVES.values():
        assert set(by_lang) == set(LANGUAGES)
        for lang, phrases in by_lang.items():
            want = 16 if lang == "vi" else 8
            assert len(phrases) == want and len({norm(p) for p in phrases}) == want, lang
    assert sum(len(ps) for by in REASONING_NEGATIVES.values() for ps in by.values()) == 768


def test_only_the_payload_slot_is_a_brace_and_at_most_once() -> None:
    for p in leaves(REASONING_NEGATIVES):
        assert p.strip() and p.count("{p}") <= 1, p
        assert not re.search(r"[{}]", p.replace("{p}", "")), p


def test_no_line_is_in_a_set_the_models_are_measured_on() -> None:
    """Training on a measured set's line would flatter it (read pairs are dev sets, an unread
    one is the next test): a line the writers converged on was rewritten from the brief."""
    measured = {
        norm(p)
        for pair in BLIND_PAIRS.values()
        if pair.is_test_set
        for p in leaves((pair.benign, pair.attacks))
    }
    measured |= {norm(p) for p in leaves((INDEPENDENT_BENIGN, INDEPENDENT_ATTACKS))}
    ours = {norm(p) for p in leaves(REASONING_NEGATIVES)}
    assert len(ours) == 768
    assert not ours & measured


def test_in_the_corpus_only_when_asked_for_as_honest_requests() -> None:
    plain = build_corpus(1, 1, real=False)
    more = build_corpus(1, 2, real=False, reasoning=True)
    assert not any(e.group.startswith(REASONING_PREFIX + "/") for e in plain)
    added = [e for e in more if e.group.startswith(REASONING_PREFIX + "/")]
    assert len(added) == 2 * 768
    assert all(e.label == "none" for e in added)
    assert Counter(e.subfamily for e in added) == {s: 2 * (14 * 8 + 16) for s in SOURCES}
    assert all(e.capability in BENIGN_CAPABILITIES[e.subfamily] for e in added)
    again = list(reasoning_negative_examples(2, 0))
    assert [(e.user, e.context) for e in again] == [(e.user, e.context) for e in added]


def test_both_training_commands_pass_the_option_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
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
    r = CliRunner().invoke(app, ["train-intent", "--reasoning-negatives", "--out", out])
    assert r.exit_code == 0, r.output
    assert seen["default"]["reasoning"] is True
    r = CliRunner().invoke(app, ["train-intent", "--out", out])
    assert r.exit_code == 0 and seen["default"]["reasoning"] is False
    r = CliRunner().invoke(app, ["eval-intent", "--reasoning-negatives", "--out", out])
    assert r.exit_code == 0 and seen["evaluate"]["reasoning"] is True, r.output
    for flag, want in (("--reasoning-negatives", True), ("--no-reasoning-negatives", False)):
        r = CliRunner().invoke(app, ["train-embedding-stage", flag, "--out", out])
        assert r.exit_code == 0, r.output
        examples, kw = seen["stage"]
        ours = [e for e in examples if e.group.startswith(REASONING_PREFIX + "/")]
        assert len(ours) == (24 * 768 if want else 0)
        assert kw["meta"].get("reasoning_negatives", False) is want
