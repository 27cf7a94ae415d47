"""Training of the intent/capability model from the project's own corpus (needs scikit-learn).

Deterministic: the corpus is seeded, the split is by a stable hash, and L-BFGS logistic
regression has no random state, so `distillwatch train-intent` rebuilds the shipped file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from distillwatch.signals.base import INTENT_FAMILIES
from distillwatch.signals.corpus.build import TWIN_SOURCES, Example, build_corpus, split_of
from distillwatch.signals.features import N_BITS, featurize, to_scipy
from distillwatch.signals.model import IntentModel, quantized

INTENT_CLASSES: tuple[str, ...] = ("none", *INTENT_FAMILIES)
MAX_FPR = 0.001
TWINS = frozenset(TWIN_SOURCES.values())
THRESHOLD_FLOOR = 0.5
"""The flag threshold is never below this, whatever the calibration set allows."""


def calibrate_threshold(
    benign_scores: npt.NDArray[np.floating[Any]],
    max_fpr: float = MAX_FPR,
    floor: float = THRESHOLD_FLOOR,
) -> float:
    """Smallest threshold t >= floor with at most max_fpr of benign scores >= t."""
    s = np.sort(np.asarray(benign_scores, np.float64))[::-1]
    k = int(np.floor(max_fpr * s.size))
    if s.size == 0:
        return floor
    t = float(np.nextafter(s[k], np.inf)) if k < s.size else 0.0
    return max(t, floor)


def _fit(
    x: Any, y: Sequence[str], classes: Sequence[str], c: float
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    from sklearn.linear_model import LogisticRegression

    y_idx = np.array([classes.index(v) for v in y])
    present = sorted(set(y_idx.tolist()))
    clf = LogisticRegression(C=c, max_iter=300, tol=1e-4)
    clf.fit(x, y_idx)
    w = np.zeros((x.shape[1], len(classes)), np.float32)
    b = np.full(len(classes), -30.0, np.float32)  # classes absent from training: never chosen
    if len(present) == 2:  # binary: sklearn keeps one column
        w[:, present[1]] = clf.coef_[0]
        b[present[1]] = clf.intercept_[0]
        b[present[0]] = 0.0
    else:
        for j, cls in enumerate(clf.classes_):
            w[:, cls] = clf.coef_[j]
            b[cls] = clf.intercept_[j]
    return w, b


def train(
    examples: Sequence[Example],
    capability_classes: Sequence[str],
    n_bits: int = N_BITS,
    c: float = 8.0,
    meta: dict[str, Any] | None = None,
    with_capability: bool = True,
    benign_splits: tuple[str, ...] = ("train",),
) -> IntentModel:
    """Fit both heads on attacks + benign `benign_splits`; calibrate on benign 'calib'."""
    train_ex = [e for e in examples if e.label != "none" or split_of(e.group) in benign_splits]
    # the honest twins are near-misses written against every attack sub-family, far denser
    # than in honest traffic: they teach the boundary, but an FP rate measured on a set a fifth
    # of which is near-misses would put the threshold where ordinary traffic never reaches
    calib_ex = [
        e
        for e in examples
        if e.label == "none" and split_of(e.group) == "calib" and e.subfamily not in TWINS
    ]
    x = to_scipy(
        featurize([e.user for e in train_ex], [e.context for e in train_ex], n_bits), n_bits
    )
    # The model also reads each context as if it were the user turn (see
    # `IntentModel.predict` and `ContextPart.as_user`), so it learns what contexts say on their
    # own: system prompts and earlier turns are "none" unless they carry the instruction.
    ctx_rows = sorted({(e.context, e.context_label) for e in train_ex if e.context})
    x_ctx = to_scipy(featurize([c for c, _ in ctx_rows], [""] * len(ctx_rows), n_bits), n_bits)
    from scipy.sparse import vstack

    wi, bi = _fit(
        vstack([x, x_ctx]).tocsr(),
        [e.label for e in train_ex] + [lab for _, lab in ctx_rows],
        INTENT_CLASSES,
        c,
    )
    if with_capability:
        wc, bc = _fit(x, [e.capability for e in train_ex], list(capability_classes), c)
    else:  # evaluation runs that only need the intent head
        wc = np.zeros((x.shape[1], len(capability_classes)), np.float32)
        bc = np.zeros(len(capability_classes), np.float32)
    model = IntentModel(
        weights=np.concatenate([wi, wc], axis=1),
        bias=np.concatenate([bi, bc]),
        intent_classes=INTENT_CLASSES,
        capability_classes=tuple(capability_classes),
        threshold=1.0,
        n_bits=n_bits,
        meta=dict(
            meta or {},
            train_examples=len(train_ex),
            context_examples=len(ctx_rows),
            calib_examples=len(calib_ex),
        ),
    )
    q = quantized(model)
    probs, _ = q.predict([e.user for e in calib_ex], [e.context for e in calib_ex])
    threshold = calibrate_threshold(probs[:, 1:].max(axis=1))
    return IntentModel(
        model.weights,
        model.bias,
        model.intent_classes,
        model.capability_classes,
        threshold,
        n_bits,
        model.meta,
    )


def train_default(
    seed: int = 0, attack_per_phrase: int = 12, benign_per_phrase: int = 60, pairs: bool = True
) -> IntentModel:
    """The shipped model: the full corpus, contrast set included, with the default sizes
    (`pairs=False`: without the contrast set, see `build_corpus`)."""
    from distillwatch.signals.base import CAPABILITIES

    corpus = build_corpus(attack_per_phrase, benign_per_phrase, seed, pairs)
    meta: dict[str, Any] = {
        "seed": seed,
        "attack_per_phrase": attack_per_phrase,
        "benign_per_phrase": benign_per_phrase,
        "corpus_size": len(corpus),
    }
    if pairs:  # absent otherwise, as in the files trained before the contrast set existed
        meta["pairs"] = True
    # the shipped model also learns from the benign 'test' phrasings (the evaluation, which
    # needs them held out, trains its own models); 'calib' stays out for the threshold
    return train(corpus, CAPABILITIES, meta=meta, benign_splits=("train", "test"))
