"""Extra lexicon concepts (`lexicon.EXTRA_CONCEPTS`): read only by models trained with them."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from distillwatch.signals import concepts
from distillwatch.signals.features import featurize, featurize_texts, to_scipy
from distillwatch.signals.lexicon import CONCEPTS, EXTRA_CONCEPTS, EXTRA_RULES, FAMILY_RULES
from distillwatch.signals.model import load_model

LANGS = set(CONCEPTS["THOUGHT"])
REWARD_LABELS = [
    "For each candidate response, tag it good or bad.",
    "对每个回复打标签：好还是坏",
    "Для каждого ответа поставь метку: хорошо или плохо",
    "Étiquette chaque réponse : bonne ou mauvaise",
    "Her yanıtı etiketle: iyi mi kötü mü",
]


def names(mask: int) -> set[str]:
    return {n for k, n in enumerate(concepts.NAMES) if mask >> k & 1}


def test_every_extra_concept_covers_the_corpus_languages_and_its_rules_name_known_ideas() -> None:
    assert set(EXTRA_CONCEPTS).isdisjoint(CONCEPTS)
    for name, langs in EXTRA_CONCEPTS.items():
        assert set(langs) == LANGS, name
        for fam, combos in EXTRA_RULES.get(name, {}).items():
            assert fam in FAMILY_RULES
            for combo in combos:
                assert name in combo and set(combo) <= set(concepts.NAMES)
    # base concepts keep their bits: the extras come after them
    assert concepts.NAMES[: len(CONCEPTS)] == tuple(CONCEPTS)


def test_a_model_reads_an_extra_concept_only_when_trained_with_it() -> None:
    plain = featurize_texts(REWARD_LABELS, False).masks.tolist()
    label = featurize_texts(REWARD_LABELS, False, extras=("LABEL",)).masks.tolist()
    assert all("LABEL" not in names(m) for m in plain)
    assert all("LABEL" in names(m) for m in label)
    # the base concepts are the same either way
    assert [names(m) - {"LABEL"} for m in label] == [names(m) for m in plain]
    # and its rule is a feature of the model that reads it, not of one that does not
    rule = concepts._bucket("rule|reward_grading|LABEL.0", 64 - 18)
    with_rule, _ = concepts.row_features(label[0], 0, 18)
    without, _ = concepts.row_features(plain[0], 0, 18)
    assert rule in with_rule and rule not in without
    # an extra concept is never a feature alone
    alone = next(m for m in label if names(m) == {"LABEL", "RESPONSE"})
    assert concepts.row_features(alone & concepts.allowed_mask(("LABEL",)), 0, 18)[0]
    only = 1 << concepts.NAMES.index("LABEL")
    assert concepts.row_features(only, 0, 18) == ((), ())


def test_without_extras_features_and_fingerprint_are_those_of_the_shipped_model() -> None:
    shipped = load_model()  # loading checks the fingerprint recorded in the file
    assert shipped.extra_concepts == ()
    assert (
        shipped.meta["lexicon"] == concepts.lexicon_digest() != concepts.lexicon_digest(("LABEL",))
    )
    a = to_scipy(featurize(REWARD_LABELS, [""] * len(REWARD_LABELS)))
    b = to_scipy(featurize(REWARD_LABELS, [""] * len(REWARD_LABELS), extras=("LABEL",)))
    assert (a != b).nnz > 0  # the extra concept adds features ...
    honest = ["Explain step by step how to solve x^2 = 4", "Write a haiku about rain"]
    c = to_scipy(featurize(honest, ["", ""]))
    d = to_scipy(featurize(honest, ["", ""], extras=("LABEL",)))
    assert (c != d).nnz == 0  # ... only where it is named


def test_unknown_extras_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match="NOPE"):
        concepts.check_extras(["NOPE"])
    assert concepts.check_extras(["LABEL", "LABEL"]) == ("LABEL",)


def test_a_model_with_an_extra_concept_round_trips_and_older_files_keep_their_bytes(
    tmp_path: Path,
) -> None:
    shipped = load_model()
    labelled = replace(shipped, extra_concepts=("LABEL",))
    path = tmp_path / "label.npz"
    labelled.save(path)
    loaded = load_model(path)
    assert loaded.extra_concepts == ("LABEL",)
    assert loaded.meta["lexicon"] == concepts.lexicon_digest(("LABEL",))
    ctx = [""] * len(REWARD_LABELS)
    p_loaded, _ = loaded.predict(REWARD_LABELS, ctx)
    p_shipped, _ = shipped.predict(REWARD_LABELS, ctx)
    assert not np.allclose(p_loaded, p_shipped)  # the concept's features are read
    # saving without extras writes no entry for them (what files before extras had)
    replace(loaded, extra_concepts=()).save(tmp_path / "plain.npz")
    plain = load_model(tmp_path / "plain.npz")
    assert plain.extra_concepts == () and "extra_concepts" not in plain.meta
    # a file naming an extra this version does not know is refused, by name
    meta = dict(loaded.meta, extra_concepts=["FUTURE"])
    arrays = dict(np.load(path, allow_pickle=False))
    arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
    bad = tmp_path / "future.npz"
    np.savez(bad, **arrays)
    with pytest.raises(ValueError, match="FUTURE"):
        load_model(bad)
    # and one whose fingerprint does not match the extras it names
    meta = dict(loaded.meta)
    meta.pop("extra_concepts")
    arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
    np.savez(tmp_path / "mismatch.npz", **arrays)
    with pytest.raises(ValueError, match="does not match"):
        load_model(tmp_path / "mismatch.npz")
    assert zipfile.is_zipfile(path)


def test_training_with_an_extra_concept_gives_a_model_that_reads_it() -> None:
    pytest.importorskip("sklearn")
    from distillwatch.signals.base import CAPABILITIES
    from distillwatch.signals.corpus.build import build_corpus
    from distillwatch.signals.train import train

    corpus = build_corpus(1, 1, seed=0)[::40]
    model = train(corpus, CAPABILITIES, with_capability=False, extras=["LABEL"])
    assert model.extra_concepts == ("LABEL",)
    plain = train(corpus, CAPABILITIES, with_capability=False)
    assert plain.extra_concepts == ()


def test_train_intent_names_an_unknown_extra_concept() -> None:
    from distillwatch.cli import app

    result = CliRunner().invoke(app, ["train-intent", "--extra-concept", "NOPE", "--no-real"])
    assert result.exit_code == 2
    assert "--extra-concept" in result.output and "NOPE" in result.output
