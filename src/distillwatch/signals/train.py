"""Training of the intent/capability model from the project's own corpus (needs scikit-learn).

Deterministic: the corpus is seeded, the split is by a stable hash, and L-BFGS logistic
regression has no random state, so `distillwatch train-intent` rebuilds the shipped file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import numpy.typing as npt

from distillwatch.signals.base import INTENT_FAMILIES
from distillwatch.signals.concepts import check_extras
from distillwatch.signals.corpus.build import (
    REAL_SOURCE,
    SHORT_TURN_SOURCE,
    TRAINING_NEGATIVES,
    TWIN_SOURCES,
    Example,
    build_corpus,
    negatives_meta,
    split_of,
)
from distillwatch.signals.embedding_stage import EmbeddingStage
from distillwatch.signals.features import N_BITS, feature_matrix
from distillwatch.signals.model import IntentModel, quantized

INTENT_CLASSES: tuple[str, ...] = ("none", *INTENT_FAMILIES)
MAX_FPR = 0.001
TWINS = frozenset(TWIN_SOURCES.values())
REAL_WEIGHT = 0.3
"""Training weight of one real users' prompt (the corpus's examples weigh 1). At full weight
the 43k real turns also pull down the scores of the quietest harvest requests (an agent
harness whose system prompt asks to narrate its reasoning); 0.3 was chosen among 0.1, 0.3
and 1 on the seed-101 range month (docs/signals.md, "Real prompts")."""
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
    x: Any,
    y: Sequence[str],
    classes: Sequence[str],
    c: float,
    sample_weight: npt.NDArray[np.float64] | None = None,
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    from sklearn.linear_model import LogisticRegression

    y_idx = np.array([classes.index(v) for v in y])
    present = sorted(set(y_idx.tolist()))
    clf = LogisticRegression(C=c, max_iter=300, tol=1e-4)
    clf.fit(x, y_idx, sample_weight=sample_weight)
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


def training_examples(
    examples: Sequence[Example], benign_splits: tuple[str, ...] = ("train",)
) -> list[Example]:
    """Every attack, and the benign examples of `benign_splits`; real users' prompts only from
    their 'train' split, whatever `benign_splits` says."""
    return [
        e
        for e in examples
        if e.label != "none"
        or split_of(e.group) in (("train",) if e.subfamily == REAL_SOURCE else benign_splits)
    ]


UNCALIBRATED_PREFIXES = tuple(
    s.prefix + "/" for s in TRAINING_NEGATIVES.values() if not s.calibrated
)
"""Group prefixes of the training-only sets left out of calibration (`calibration_examples`)."""


def calibration_examples(examples: Sequence[Example]) -> list[Example]:
    """The benign 'calib' requests the flag threshold is set on (see `train`). The
    training-only sets marked uncalibrated (the evaluation-harness negatives and later)
    stay out, as the twins and short turns do: near-misses written densely at the
    reward-grading boundary, their 0.1% quantile set the threshold (W10mgrh, stop 23: 0.672
    with them, the floor 0.500 without; docs/signals.md, 'Evaluation-harness negatives')."""
    return [
        e
        for e in examples
        if e.label == "none"
        and split_of(e.group) == "calib"
        and e.subfamily not in TWINS
        and e.subfamily != SHORT_TURN_SOURCE
        and not e.group.startswith(UNCALIBRATED_PREFIXES)
    ]


def train(
    examples: Sequence[Example],
    capability_classes: Sequence[str],
    n_bits: int = N_BITS,
    c: float = 8.0,
    meta: dict[str, Any] | None = None,
    with_capability: bool = True,
    benign_splits: tuple[str, ...] = ("train",),
    real_weight: float = REAL_WEIGHT,
    fold: bool = False,
    extras: Sequence[str] = (),
) -> IntentModel:
    """Fit both heads on attacks + benign `benign_splits`; calibrate on benign 'calib'.
    `fold`: read Turkish İ and ı as i (`features.fold_i`; the model file is format 4).
    `extras`: the extra lexicon concepts to read (`lexicon.EXTRA_CONCEPTS`).

    Real users' prompts train from their 'train' split only, whatever `benign_splits` says:
    their 'test' split stays the one benign set no shipped model has seen
    (`benchmarks/real_prompts_flags.py`)."""
    extra = check_extras(extras)
    train_ex = training_examples(examples, benign_splits)
    # the honest twins are near-misses written against every attack sub-family, far denser
    # than in honest traffic: they teach the boundary, but an FP rate measured on a set a fifth
    # of which is near-misses would put the threshold where ordinary traffic never reaches
    # the content-free short turns likewise: tens of thousands of trivially benign requests
    # would pull the 0.1% quantile to the floor (stop 15: 0.680 -> 0.500)
    calib_ex = calibration_examples(examples)
    x = feature_matrix(
        [e.user for e in train_ex], [e.context for e in train_ex], n_bits, fold=fold, extras=extra
    )
    # The model also reads each context as if it were the user turn (see
    # `IntentModel.predict` and `ContextPart.as_user`), so it learns what contexts say on their
    # own: system prompts and earlier turns are "none" unless they carry the instruction.
    real = [e.subfamily == REAL_SOURCE for e in train_ex]
    ctx_rows = sorted(
        {(e.context, e.context_label, r) for e, r in zip(train_ex, real, strict=True) if e.context}
    )
    x_ctx = feature_matrix(
        [c for c, _, _ in ctx_rows], [""] * len(ctx_rows), n_bits, fold=fold, extras=extra
    )
    from scipy.sparse import vstack

    weight = np.array(
        [real_weight if r else 1.0 for r in real]
        + [real_weight if r else 1.0 for *_, r in ctx_rows]
    )
    wi, bi = _fit(
        vstack([x, x_ctx]).tocsr(),
        [e.label for e in train_ex] + [lab for _, lab, _ in ctx_rows],
        INTENT_CLASSES,
        c,
        weight,
    )
    if with_capability:  # on the examples whose capability is known (not real prompts)
        known = np.array([bool(e.capability) for e in train_ex])
        wc, bc = _fit(
            x[known], [e.capability for e in train_ex if e.capability], list(capability_classes), c
        )
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
        fold=fold,
        extra_concepts=extra,
        meta=dict(
            meta or {},
            train_examples=len(train_ex),
            context_examples=len(ctx_rows),
            calib_examples=len(calib_ex),
        ),
    )
    q = quantized(model)
    probs, _ = q.predict([e.user for e in calib_ex], [e.context for e in calib_ex])
    return replace(model, threshold=calibrate_threshold(probs[:, 1:].max(axis=1)))


def train_default(
    seed: int = 0,
    attack_per_phrase: int = 12,
    benign_per_phrase: int = 60,
    pairs: bool = True,
    real: bool = True,
    wording: bool = False,
    blind: tuple[int, ...] = (),
    fold: bool = False,
    extras: Sequence[str] = (),
    negatives: Sequence[str] = (),
) -> IntentModel:
    """The shipped model: the full corpus, contrast set and real prompts included, with the
    default sizes (`pairs=False`, `real=False`, `wording=False`: without them, see
    `build_corpus`; `fold`: Turkish İ and ı read as i, `extras`: extra lexicon concepts, see
    `train`; `negatives`: the training-only sets of `TRAINING_NEGATIVES` to learn from too)."""
    from distillwatch.signals.base import CAPABILITIES

    corpus = build_corpus(
        attack_per_phrase, benign_per_phrase, seed, pairs, real, wording, blind, negatives
    )
    meta: dict[str, Any] = {
        "seed": seed,
        "attack_per_phrase": attack_per_phrase,
        "benign_per_phrase": benign_per_phrase,
        "corpus_size": len(corpus),
    }
    if pairs:  # absent otherwise, as in the files trained before the contrast set existed
        meta["pairs"] = True
    if real:  # likewise for the real prompts
        meta["real_prompts"] = True
    if wording:  # and the stop-13 wording sets
        meta["wording"] = True
    if blind:  # and the read blind pairs trained on
        meta["blind_pairs"] = list(blind)
    meta.update(negatives_meta(negatives))  # and the training-only sets, likewise
    # the shipped model also learns from the benign 'test' phrasings (the evaluation, which
    # needs them held out, trains its own models); 'calib' stays out for the threshold
    return train(
        corpus,
        CAPABILITIES,
        meta=meta,
        benign_splits=("train", "test"),
        fold=fold,
        extras=extras,
    )


def stage_training_set(
    examples: Sequence[Example],
    extra: Sequence[Example] = (),
    benign_splits: tuple[str, ...] = ("train", "test"),
    real_weight: float = REAL_WEIGHT,
) -> tuple[list[Example], npt.NDArray[np.float64]]:
    """The embedding stage's training requests (as `train` picks them from `examples`, then
    `extra` whole) and their weights (real users' prompts weigh `real_weight`)."""
    train_ex = training_examples(examples, benign_splits) + list(extra)
    weight = np.array([real_weight if e.subfamily == REAL_SOURCE else 1.0 for e in train_ex])
    return train_ex, weight


def add_embedding_stage(
    model: IntentModel,
    examples: Sequence[Example],
    benign_splits: tuple[str, ...] = ("train", "test"),
    real_weight: float = REAL_WEIGHT,
    progress: Callable[[str], None] | None = None,
    gate: float = 0.0,
    meta: dict[str, Any] | None = None,
    extra: Sequence[Example] = (),
    combine: str = "mean",
    head_from: IntentModel | None = None,
    hidden: int = 0,
    gate_weight: float = 1.0,
) -> IntentModel:
    """`model` with an embedding stage fitted on `examples` (as `train` picks them) and its
    threshold calibrated again, as `train` does, on both heads combined (`combine`, see
    `EmbeddingStage.combine`); `meta` (how the examples were built) is recorded in the
    model's `embedding_stage` meta. `extra` (read blind pairs, say) is trained on whole,
    beside the examples, and calibrates nothing. `hidden` > 0 gives the head a hidden layer
    of that many units; `gate_weight` multiplies the training weight of every request the
    n-gram head scores at or above the gate (the requests the stage will see). `head_from`, a
    model whose stage was fitted the same way (`reusable_head`), lends its head instead of a
    new fit: calibration alone is redone (seconds instead of minutes) and the file is the one
    a full build writes."""
    from distillwatch.signals.embedding_stage import features, fit_stage

    say = progress or (lambda _: None)
    if gate_weight <= 0:
        raise ValueError(f"gate_weight must be positive, not {gate_weight}")
    train_ex, weight = stage_training_set(examples, extra, benign_splits, real_weight)
    calib_ex = calibration_examples(examples)
    fit_meta = dict(meta or {})
    if hidden:  # recorded only when set: files from before the choice keep their bytes
        fit_meta["hidden"] = hidden
    if gate_weight != 1.0:
        # the head then depends on the n-gram head and the gate too: reuse must match them
        fit_meta.update(gate_weight=gate_weight, gate=gate, ngram=ngram_digest(model))
    if head_from is None:
        if gate_weight != 1.0:
            ngram = replace(model, stage=None)
            top = ngram.predict([e.user for e in train_ex], [e.context for e in train_ex])[0]
            seen = top[:, 1:].max(axis=1) >= gate
            weight[seen] *= gate_weight
            say(f"{int(seen.sum()):,} training requests pass the gate: weight x{gate_weight:g}")
        say(f"embedding {len(train_ex):,} training requests")
        x = features(
            [e.user for e in train_ex],
            [e.context for e in train_ex],
            lambda done, total: say(f"  {done:,}/{total:,} texts"),
        )
        say("fitting the embedding head" + (f" ({hidden} hidden units)" if hidden else ""))
        head = fit_stage(x, [e.label for e in train_ex], INTENT_CLASSES, weight, hidden=hidden)
    else:
        say("reusing the embedding head given")
        head = reusable_head(head_from, fit_meta, len(train_ex))
    stage = replace(head, gate=gate, combine=combine)
    staged = replace(
        model,
        stage=stage,
        meta=dict(
            model.meta,
            embedding_stage=dict(
                fit_meta,
                train_examples=len(train_ex),
                base_threshold=model.threshold,
                gate=gate,
                # only when not the mean: files from before the choice keep their bytes
                **({"combine": combine} if combine != "mean" else {}),
            ),
        ),
    )
    say(f"calibrating on {len(calib_ex):,} requests")
    probs, _ = staged.predict([e.user for e in calib_ex], [e.context for e in calib_ex])
    return replace(staged, threshold=calibrate_threshold(probs[:, 1:].max(axis=1)))


def ngram_digest(model: IntentModel) -> str:
    """A short digest of the n-gram head's weights, bias and threshold: what a gate-weighted
    embedding head was fitted under."""
    import hashlib

    h = hashlib.sha256()
    for a in (model.weights, model.bias, np.array(model.threshold, np.float64)):
        h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()[:16]


class HeadMismatch(ValueError):
    """A model lent as `head_from` whose stage was fitted on other examples."""


def reusable_head(donor: IntentModel, meta: dict[str, Any], n_train: int) -> EmbeddingStage:
    """`donor`'s embedding head, if it was fitted on the examples `meta` names (`n_train` of
    them: `add_embedding_stage` records both), else `HeadMismatch`. What that function records
    about the gate, the combination and the n-gram model under the head is not compared,
    unless the head was gate-weighted (then the gate and the n-gram head are part of its fit)."""
    recorded = dict(donor.meta.get("embedding_stage", {}))
    fitted_on = recorded.pop("train_examples", None)
    for key in ("base_threshold", "gate", "combine"):
        if key not in meta:  # a gate-weighted head's gate is part of how it was fitted
            recorded.pop(key, None)
    if donor.stage is None or recorded != meta or fitted_on != n_train:
        raise HeadMismatch(
            "its embedding stage was not fitted on these examples (seed, sizes, --blind-pair "
            "and --hidden must match, and this version's corpus; with --gate-weight, also "
            "--model and --gate)"
        )
    return donor.stage
