"""Training is deterministic: the same corpus gives a byte-identical model file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from distillwatch.signals.base import CAPABILITIES
from distillwatch.signals.corpus.build import build_corpus
from distillwatch.signals.features import featurize, to_scipy
from distillwatch.signals.model import load_model
from distillwatch.signals.train import calibrate_threshold, train

pytest.importorskip("sklearn")


def test_corpus_is_deterministic() -> None:
    assert build_corpus(1, 1, seed=3) == build_corpus(1, 1, seed=3)
    assert build_corpus(1, 1, seed=3) != build_corpus(1, 1, seed=4)


def test_training_is_deterministic(tmp_path: Path) -> None:
    corpus = build_corpus(attack_per_phrase=1, benign_per_phrase=1, seed=0)[::4]
    digests = []
    for i in range(2):
        model = train(corpus, CAPABILITIES, n_bits=12, c=1.0)
        path = tmp_path / f"m{i}.npz"
        model.save(path)
        digests.append(hashlib.sha256(path.read_bytes()).hexdigest())
    assert digests[0] == digests[1]
    loaded = load_model(tmp_path / "m0.npz")
    assert loaded.n_bits == 12 and loaded.weights.shape == (1 << 12, 5 + len(CAPABILITIES))


def test_threshold_calibration_respects_budget() -> None:
    rng = np.random.default_rng(0)
    s = rng.random(5000)
    t = calibrate_threshold(s, max_fpr=0.001, floor=0.0)
    assert (s >= t).sum() <= 5
    assert (s >= np.nextafter(t, 0) - 1e-3).sum() > 5
    assert calibrate_threshold(np.array([0.1, 0.2]), floor=0.5) == 0.5


def test_features_match_between_batch_and_single() -> None:
    users = ["hello world", "", "思考一下", "x" * 500]
    ctxs = ["sys", "", "", "ctx"]
    whole = to_scipy(featurize(users, ctxs)).toarray()
    single = np.vstack(
        [to_scipy(featurize([u], [c])).toarray() for u, c in zip(users, ctxs, strict=True)]
    )
    assert np.array_equal(whole, single)
    assert whole[1].sum() == 0


@pytest.mark.parametrize("kind", ["missing", "text", "npy", "other npz"])
def test_a_file_that_is_not_a_model_is_refused_by_name(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"bad-{kind.replace(' ', '-')}.npz"
    if kind == "text":
        path.write_text("hello")
    elif kind == "npy":
        with path.open("wb") as fh:
            np.save(fh, np.zeros(3))
    elif kind == "other npz":
        np.savez(path, a=np.zeros(3))
    with pytest.raises(ValueError, match=f"{path.name}: not a distillwatch intent model"):
        load_model(path)


def test_features_built_in_chunks_are_the_same_matrix() -> None:
    from distillwatch.signals.features import feature_matrix, featurize, to_scipy

    corpus = build_corpus(attack_per_phrase=1, benign_per_phrase=1, seed=0)[::7]
    users, contexts = [e.user for e in corpus], [e.context for e in corpus]
    whole = to_scipy(featurize(users, contexts, 12), 12)
    for chunk in (1, 97, len(users) - 1, len(users)):
        part = feature_matrix(users, contexts, 12, chunk=chunk)
        assert part.shape == whole.shape and part.nnz == whole.nnz
        assert (part.indptr == whole.indptr).all() and (part.indices == whole.indices).all()
        assert (part.data == whole.data).all()
