"""The shipped linear model: hashed n-gram features -> intent and capability probabilities.

Inference is numpy (plus one scipy sparse product) over a small `.npz`: no scikit-learn at
run time. Two softmax heads share one weight matrix: the first `len(intent_classes)`
columns score the intent classes ("none" and the four families), the rest the capabilities.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from distillwatch.signals.cache import BoundedCache
from distillwatch.signals.concepts import lexicon_digest
from distillwatch.signals.features import (
    N_BITS,
    NGRAMS,
    WORD_NGRAMS,
    SparseRows,
    featurize,
    featurize_with_user_alone,
)

MODEL_FILE = "intent_model.npz"
FORMAT_VERSION = 3
CHUNK = 256
CONTEXT_CACHE = 8192
"""Context scores memoised (see `IntentModel._read_context_as_instruction`)."""
"""Requests featurised at once: large enough to amortise numpy calls, small enough for cache."""


def default_model_path() -> Path:
    """Where the shipped model lives inside the package."""
    return Path(__file__).resolve().parent.parent / "data" / "intent" / MODEL_FILE


def _softmax(z: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    z = z - z.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    return z


@dataclass(frozen=True)
class IntentModel:
    """Weights, class names and the calibrated flag threshold of one trained model."""

    weights: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    intent_classes: tuple[str, ...]
    capability_classes: tuple[str, ...]
    threshold: float
    n_bits: int = N_BITS
    meta: dict[str, Any] = field(default_factory=dict)
    _context_scores: BoundedCache[str, npt.NDArray[np.float32]] = field(
        default_factory=lambda: BoundedCache(CONTEXT_CACHE), compare=False, repr=False
    )

    def _times(self, rows: SparseRows, w: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Feature rows times (columns of) the weight matrix: one sparse product."""
        from scipy.sparse import csr_matrix

        x = csr_matrix(
            (rows.data, rows.indices, rows.indptr), shape=(rows.n_rows, 1 << self.n_bits)
        )
        out: npt.NDArray[np.float32] = x @ w
        return out

    def logits(self, users: Sequence[str], contexts: Sequence[str]) -> npt.NDArray[np.float32]:
        n = len(users)
        out = np.empty((n, self.weights.shape[1]), np.float32)
        for i in range(0, n, CHUNK):
            f = featurize(users[i : i + CHUNK], contexts[i : i + CHUNK], self.n_bits)
            out[i : i + f.n_rows] = self._times(f, self.weights)
        out += self.bias
        return out

    @cached_property
    def _intent_weights(self) -> npt.NDArray[np.float32]:
        """The intent columns of the weights, contiguous (copied once, not per call)."""
        return np.ascontiguousarray(self.weights[:, : len(self.intent_classes)])

    def logits_with_user_alone(
        self, users: Sequence[str], contexts: Sequence[str]
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """(`logits(users, contexts)`, the intent logits of the user turns read alone), from
        one featurisation."""
        n = len(users)
        k = len(self.intent_classes)
        out = np.empty((n, self.weights.shape[1]), np.float32)
        alone = np.empty((n, k), np.float32)
        for i in range(0, n, CHUNK):
            f, a = featurize_with_user_alone(
                users[i : i + CHUNK], contexts[i : i + CHUNK], self.n_bits
            )
            out[i : i + f.n_rows] = self._times(f, self.weights)
            alone[i : i + f.n_rows] = self._times(a, self._intent_weights)
        out += self.bias
        alone += self.bias[:k]
        return out, alone

    def predict(
        self, users: Sequence[str], contexts: Sequence[str]
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """(intent probabilities, capability probabilities), one row per request.

        A request has three readings: the whole request, the user turn alone, and the
        context alone as if it were the user turn; it keeps the one with the most intent.
        A context can explain a request but must not hide one (wrapping extraction requests
        in a long, honest-looking harness prompt would otherwise dilute them below the
        threshold), and an instruction counts wherever it sits. The threshold is calibrated
        with this rule in place.
        """
        k = len(self.intent_classes)
        if any(contexts):
            z, z_alone = self.logits_with_user_alone(users, contexts)
            intent = _softmax(z[:, :k])
            alone = _softmax(z_alone)
            for i, c in enumerate(contexts):
                if c and alone[i, 1:].max() > intent[i, 1:].max():
                    intent[i] = alone[i]
            self._read_context_as_instruction(intent, contexts)
        else:
            z = self.logits(users, contexts)
            intent = _softmax(z[:, :k])
        return intent, _softmax(z[:, k:])

    def _read_context_as_instruction(
        self, intent: npt.NDArray[np.float32], contexts: Sequence[str]
    ) -> None:
        """Score each context (system prompt, earlier turns) as if it were the user turn too,
        and keep whichever reading shows more intent.

        An agent harness can carry the extraction instruction in its system prompt while
        every user turn is an ordinary task; the user-turn model knows the instruction's
        wording wherever it sits. Contexts repeat (one system prompt per app), so their
        scores are memoised.
        """
        rows = [i for i, c in enumerate(contexts) if c]
        if not rows:
            return
        cache = self._context_scores
        found: dict[str, npt.NDArray[np.float32]] = {}
        for i in rows:
            c = contexts[i]
            if c not in found:
                hit = cache.get(c)
                if hit is not None:
                    found[c] = hit
        missing = sorted({contexts[i] for i in rows} - found.keys())
        if missing:
            k = len(self.intent_classes)
            p = _softmax(self.logits(missing, [""] * len(missing))[:, :k])
            for c, row in zip(missing, p, strict=True):
                found[c] = row
                cache.put(c, row)
        for i in rows:
            row = found[contexts[i]]
            if row[1:].max() > intent[i, 1:].max():
                intent[i] = row

    def save(self, path: str | Path) -> None:
        """Write the model as a compressed `.npz` (float16 weights), deterministically."""
        meta = dict(
            self.meta,
            format_version=FORMAT_VERSION,
            ngrams=list(NGRAMS),
            word_ngrams=list(WORD_NGRAMS),
            lexicon=lexicon_digest(),
        )
        arrays: dict[str, npt.NDArray[Any]] = {
            "weights": self.weights.astype(np.float16),
            "bias": self.bias.astype(np.float32),
            "intent_classes": np.array(self.intent_classes),
            "capability_classes": np.array(self.capability_classes),
            "threshold": np.array(self.threshold, np.float64),
            "n_bits": np.array(self.n_bits, np.int64),
            "meta": np.array(json.dumps(meta, sort_keys=True)),
        }
        _write_npz(Path(path), arrays)


def _write_npz(path: Path, arrays: dict[str, npt.NDArray[Any]]) -> None:
    """An .npz that np.load reads, byte-identical for identical arrays (fixed zip times)."""
    import io
    import zipfile

    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue(), compresslevel=6)


def quantized(model: IntentModel) -> IntentModel:
    """The model as it will be after a save/load round trip (float16 weights)."""
    w = model.weights.astype(np.float16).astype(np.float32)
    return IntentModel(
        w,
        model.bias,
        model.intent_classes,
        model.capability_classes,
        model.threshold,
        model.n_bits,
        model.meta,
    )


def load_model(path: str | Path | None = None) -> IntentModel:
    """Read a model file (the shipped one by default); raises ValueError if it is not one."""
    p = Path(path) if path is not None else default_model_path()
    try:
        with np.load(p, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            if (
                meta.get("format_version") != FORMAT_VERSION
                or meta.get("ngrams") != list(NGRAMS)
                or meta.get("word_ngrams") != list(WORD_NGRAMS)
                or meta.get("lexicon") != lexicon_digest()
            ):
                raise ValueError(
                    f"{p}: model format {meta.get('format_version')} (lexicon "
                    f"{meta.get('lexicon')}) does not match this version of distillwatch; "
                    "rebuild it with `distillwatch train-intent`"
                )
            return IntentModel(
                weights=z["weights"].astype(np.float32),
                bias=z["bias"].astype(np.float32),
                intent_classes=tuple(str(c) for c in z["intent_classes"]),
                capability_classes=tuple(str(c) for c in z["capability_classes"]),
                threshold=float(z["threshold"]),
                n_bits=int(z["n_bits"]),
                meta=meta,
            )
    except (OSError, KeyError) as e:
        raise ValueError(f"{p}: not a distillwatch intent model ({e})") from e
