"""The shipped linear model: hashed n-gram features -> intent and capability probabilities.

Inference is numpy (plus one scipy sparse product) over a small `.npz`: no scikit-learn at
run time. Two softmax heads share one weight matrix: the first `len(intent_classes)`
columns score the intent classes ("none" and the four families), the rest the capabilities.
"""

from __future__ import annotations

import hashlib
import json
import math
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from distillwatch.signals import embedding_stage
from distillwatch.signals.cache import BoundedCache
from distillwatch.signals.concepts import check_extras, lexicon_digest, row_features
from distillwatch.signals.embedding_stage import EmbeddingStage
from distillwatch.signals.features import (
    N_BITS,
    NGRAMS,
    WORD_NGRAMS,
    SparseRows,
    TextSlots,
    concept_rows,
    featurize_one,
    featurize_texts,
    row_scale,
)

MODEL_FILE = "intent_model.npz"
FORMAT_VERSION = 3
FOLD_FORMAT_VERSION = 4
"""Format 4 is format 3 with Turkish İ and ı folded to i (`IntentModel.fold`): a version of
distillwatch that does not fold refuses such a file instead of misreading it."""
CHUNK = 256
"""Requests featurised at once: large enough to amortise numpy calls, small enough for cache."""
CONTEXT_CACHE = 8192
"""Contexts memoised (see `ContextPart`): one system prompt serves a whole app's traffic."""


def default_model_path() -> Path:
    """Where the shipped model lives inside the package."""
    return Path(__file__).resolve().parent.parent / "data" / "intent" / MODEL_FILE


@dataclass(frozen=True, slots=True)
class ContextPart:
    """What a request's context adds, memoised per context string."""

    sums: npt.NDArray[np.float32]
    """Unscaled sum of the context's char and word slots' weight rows."""
    count: float
    """Its valid slots (they join the request's row scale)."""
    mask: int
    """Its concept bits."""
    as_user: npt.NDArray[np.float32]
    """Its intent probabilities read as if it were the user turn."""


def _softmax(z: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    z = z - z.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    return z


def _scale(count: float) -> np.float32:
    """`row_scale` of one count (IEEE sqrt and division, rounded to float32 alike)."""
    return np.float32(1.0 / math.sqrt(max(count, 1.0)))


_MATVECS: list[Any] = []


def _csr_matvecs() -> Any:
    """scipy's CSR-times-dense kernel, the one `csr_matrix @ w` runs, or None if this scipy
    has it elsewhere (`_times` then builds the matrix)."""
    if not _MATVECS:
        try:
            from scipy.sparse._sparsetools import csr_matvecs
        except ImportError:  # a scipy that moved it
            csr_matvecs = None
        _MATVECS.append(csr_matvecs)
    return _MATVECS[0]


_LINE = 16
"""float32 numbers in a 64-byte cache line."""
_PADDED: dict[int, tuple[weakref.ref[npt.NDArray[np.float32]], npt.NDArray[np.float32]]] = {}


def _padded(w: npt.NDArray[np.float32]) -> npt.NDArray[np.float32] | None:
    """`w` with every row padded with zeros to one whole, aligned 64-byte cache line (or None
    where `w` is not a C-ordered float32 matrix of at most 16 columns), made once per weight
    array. The batch product reads one random weight row per feature entry, and the shipped
    model's 15-column rows (60 bytes) mostly straddle two lines; padded, each is one. Every
    output column is its own sum of the same products in the same order, so the product's
    first columns are the same bits. Weights are not changed in place once a model is used."""
    if w.dtype != np.float32 or w.ndim != 2 or not w.flags.c_contiguous or w.shape[1] > _LINE:
        return None
    key = id(w)
    hit = _PADDED.get(key)
    if hit is not None and hit[0]() is w:
        return hit[1]
    rows, cols = w.shape
    buf = np.zeros(rows * _LINE + _LINE, np.float32)
    start = (-buf.ctypes.data % 64) // 4  # numpy aligns to 16 bytes, not 64
    out = buf[start : start + rows * _LINE].reshape(rows, _LINE)
    out[:, :cols] = w

    def forget(_: object) -> None:
        _PADDED.pop(key, None)

    _PADDED[key] = (weakref.ref(w, forget), out)
    return out


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
    stage: EmbeddingStage | None = None
    """The opt-in embedding stage (`embedding_stage`): intent combines both heads (the stage's
    `combine`: their mean, or their geometric mean)."""
    fold: bool = False
    """Whether the n-gram head reads Turkish İ and ı as i (`features.fold_i`): models trained
    with `train-intent --fold-i` (format 4); the shipped model reads text as lowered."""
    extra_concepts: tuple[str, ...] = ()
    """The extra lexicon concepts it reads (`lexicon.EXTRA_CONCEPTS`; `train-intent
    --extra-concept`); the shipped model reads none."""
    _contexts: BoundedCache[str, ContextPart] = field(
        default_factory=lambda: BoundedCache(CONTEXT_CACHE), init=False, compare=False, repr=False
    )
    """Memoised context parts; not an init field, so `dataclasses.replace` (another fold,
    other extras) starts an empty memo instead of sharing parts read the other way."""

    def _times(self, rows: SparseRows, w: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Feature rows times (columns of) the weight matrix: one sparse product, the kernel
        `csr_matrix @ w` runs, over `w` padded to whole cache lines (`_padded`) where it can
        be (the result is then a view of its first columns)."""
        # scipy does not bound-check indices here; an out-of-range bucket would read past W
        if rows.indices.size and int(rows.indices.max()) >> self.n_bits:
            raise ValueError(f"feature bucket outside this model's {self.n_bits}-bit table")
        kernel = _csr_matvecs()
        wide = None
        if kernel is not None and rows.data.dtype == np.float32 and w.shape[0] == 1 << self.n_bits:
            wide = _padded(w)
        if wide is None:
            from scipy.sparse import csr_matrix

            x = csr_matrix(
                (rows.data, rows.indices, rows.indptr), shape=(rows.n_rows, 1 << self.n_bits)
            )
            out: npt.NDArray[np.float32] = x @ w
            return out
        index_type = np.int32 if rows.indices.size < 1 << 31 else np.int64
        wide_out = np.zeros((rows.n_rows, wide.shape[1]), np.float32)
        kernel(
            rows.n_rows,
            wide.shape[0],
            wide.shape[1],
            rows.indptr.astype(index_type),
            rows.indices.astype(index_type, copy=False),
            rows.data,
            wide.ravel(),
            wide_out.ravel(),
        )
        return wide_out[:, : w.shape[1]]

    def _slot_product(
        self, text: TextSlots, *extra: tuple[tuple[int, ...], tuple[float, ...]]
    ) -> npt.NDArray[np.float32]:
        """Rows [char slots, word slots, *extra (buckets, values)] of one text times the
        weights: the entries `_times` multiplies for a batch of one, in its order (built
        without `featurize_texts`' and `concept_rows`' batch bookkeeping)."""
        n_text = text.indices.size
        bounds = [0, text.n_char, n_text]
        if any(idx for idx, _ in extra):
            indices = np.concatenate(
                (text.indices, np.array([i for idx, _ in extra for i in idx], np.int32))
            )
            data = np.concatenate(
                (text.valid, np.array([v for _, val in extra for v in val], np.float32)),
                dtype=np.float32,
            )
        else:
            indices = text.indices
            data = text.valid.astype(np.float32)
        for idx, _ in extra:
            bounds.append(bounds[-1] + len(idx))
        rows = SparseRows(np.array(bounds, np.int64), indices, data, len(bounds) - 1)
        return self._times(rows, self.weights)

    def _one_at_a_time(self) -> bool:
        """Whether a single request takes the single-request path (`_logits_one`): float32
        weights with one C-ordered row per bucket, which the kernel reads as `_times` does."""
        w = self.weights
        return (
            w.dtype == np.float32
            and w.flags.c_contiguous
            and w.ndim == 2
            and w.shape[0] == 1 << self.n_bits
        )

    def logits(self, users: Sequence[str], contexts: Sequence[str]) -> npt.NDArray[np.float32]:
        return self._logits(users, contexts)[0]

    def _logits(
        self, users: Sequence[str], contexts: Sequence[str]
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """`_logits_batch`; a single request takes `_logits_one` (the same bits, cheaper)."""
        if len(users) == 1 and len(contexts) == 1 and self._one_at_a_time():
            return self._logits_one(users[0], contexts[0])
        return self._logits_batch(users, contexts)

    def _logits_one(
        self, user: str, context: str
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """`_logits_batch([user], [context])` to the last bit, for the gateway's one request
        at a time: the same features (`featurize_one`), the same entries through the same
        sparse kernel (`_slot_product`), and the same float32 operations in the same order,
        without the batch bookkeeping (a few hundred small numpy and scipy calls)."""
        k = len(self.intent_classes)
        u = featurize_one(user, False, self.n_bits, self.fold, self.extra_concepts)
        part = self._context_part(context) if context else None
        c_mask = 0 if part is None else part.mask
        both = row_features(u.mask, c_mask, self.n_bits) if u.mask or c_mask else ((), ())
        alone_c = row_features(u.mask, 0, self.n_bits) if u.mask else ((), ())
        p = self._slot_product(u, both, alone_c)
        s = p[0:1] + p[1:2]  # the user turn's char plus word sums
        if part is None:
            z = s + np.zeros(self.weights.shape[1], np.float32)
            c_count = 0.0
            as_user = np.zeros((1, k), np.float32)
        else:
            z = s + part.sums
            c_count = part.count
            as_user = part.as_user[None, :].copy()
        z *= _scale(u.count + c_count)
        z += p[2:3]
        alone = s[:, :k] * _scale(u.count)
        alone += p[3:4, :k]
        z += self.bias
        alone += self.bias[:k]
        return z, alone, as_user

    def _context_part(self, context: str) -> ContextPart:
        """A context's `ContextPart`, from the memo or scored alone (`_context_parts` of one)."""
        part = self._contexts.get(context)
        if part is None:
            ctx = featurize_one(context, True, self.n_bits, self.fold, self.extra_concepts)
            p = self._slot_product(ctx)
            probs = _softmax(self._logits_one(context, "")[1])
            part = ContextPart(p[0] + p[1], ctx.count, ctx.mask, probs[0].copy())
            self._contexts.put(context, part)
        return part

    def _logits_batch(
        self, users: Sequence[str], contexts: Sequence[str]
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """(all logits of the requests, the intent logits of their user turns read alone, the
        intent probabilities of their contexts read as a user turn; rows without a context
        get zeros there).

        One featurisation and two sparse products per chunk (the texts' slots, then their
        concept rows): the user turn's sum serves both of its readings, and a context's part
        comes from the memo (see `TextRows`).
        """
        n = len(users)
        k = len(self.intent_classes)
        out = np.empty((n, self.weights.shape[1]), np.float32)
        alone = np.empty((n, k), np.float32)
        as_user = np.zeros((n, k), np.float32)
        for i in range(0, n, CHUNK):
            u = featurize_texts(
                users[i : i + CHUNK], False, self.n_bits, self.fold, self.extra_concepts
            )
            m = u.counts.shape[0]
            c_sums, c_counts, c_masks, as_user[i : i + m] = self._context_parts(
                contexts[i : i + CHUNK]
            )
            both = np.concatenate((u.masks, u.masks))
            concepts = concept_rows(
                both, np.concatenate((c_masks, np.zeros_like(c_masks))), self.n_bits
            )
            # each row is its own sum: the text rows and the concept rows apart are the
            # rows of their stack
            p = self._times(u.rows, self.weights)
            q = self._times(concepts, self.weights)
            s = p[:m] + p[m : 2 * m]  # the user turns' char plus word sums
            z = out[i : i + m]
            np.add(s, c_sums, out=z)
            z *= row_scale(u.counts + c_counts)[:, None]
            z += q[:m]
            np.multiply(s[:, :k], row_scale(u.counts)[:, None], out=alone[i : i + m])
            alone[i : i + m] += q[m:, :k]
        out += self.bias
        alone += self.bias[:k]
        return out, alone, as_user

    def _context_parts(
        self, contexts: Sequence[str]
    ) -> tuple[
        npt.NDArray[np.float32],
        npt.NDArray[np.float64],
        npt.NDArray[np.uint32],
        npt.NDArray[np.float32],
    ]:
        """Per request: its context's unscaled sum, valid slot count, concept bits, and
        intent read as a user turn (all zero without a context), memoised by context."""
        k = len(self.intent_classes)
        cache = self._contexts
        # each distinct context once (0: none), in order of first appearance
        number: dict[str, int] = {"": 0}
        which = np.array([number.setdefault(c, len(number)) for c in contexts], np.intp)
        distinct = list(number)[1:]
        got = [cache.get(c) for c in distinct]
        missing = sorted(c for c, part in zip(distinct, got, strict=True) if part is None)
        scored = dict(zip(missing, self._score_contexts(missing), strict=True)) if missing else {}
        for c in missing:
            cache.put(c, scored[c])
        parts = [scored[c] if part is None else part for c, part in zip(distinct, got, strict=True)]
        d = len(distinct) + 1
        sums = np.zeros((d, self.weights.shape[1]), np.float32)
        counts = np.zeros(d, np.float64)
        masks = np.zeros(d, np.uint32)
        as_user = np.zeros((d, k), np.float32)
        for j, part in enumerate(parts, 1):
            sums[j] = part.sums
            counts[j] = part.count
            masks[j] = part.mask
            as_user[j] = part.as_user
        return sums[which], counts[which], masks[which], as_user[which]

    def _score_contexts(self, contexts: list[str]) -> list[ContextPart]:
        m = len(contexts)
        ctx = featurize_texts(contexts, True, self.n_bits, self.fold, self.extra_concepts)
        p = self._times(ctx.rows, self.weights)
        sums = p[:m] + p[m:]
        # read as a user turn: what a request with this text as its user turn and no
        # context reads alone
        probs = _softmax(self._logits_batch(contexts, [""] * m)[1])
        return [
            ContextPart(sums[j].copy(), float(ctx.counts[j]), int(ctx.masks[j]), probs[j].copy())
            for j in range(m)
        ]

    def clear_cache(self) -> None:
        """Forget the memoised contexts (a cold start, for benchmarks and tests)."""
        self._contexts.clear()

    def predict(
        self, users: Sequence[str], contexts: Sequence[str]
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """(intent probabilities, capability probabilities), one row per request.

        A request has three readings: the whole request, the user turn alone, and the
        context alone as if it were the user turn; it keeps the one with the most intent.
        A context can explain a request but must not hide one (wrapping extraction requests
        in a long, honest-looking harness prompt would otherwise dilute them below the
        threshold), and an instruction counts wherever it sits: an agent harness can carry
        the extraction instruction in its system prompt while every user turn is an
        ordinary task. The threshold is calibrated with this rule in place.

        A single request takes `_predict_one`, which returns the same bits with far fewer
        numpy calls (the gateway scores one request at a time).
        """
        if len(users) == 1 and len(contexts) == 1 and self._one_at_a_time():
            return self._predict_one(users[0], contexts[0])
        return self._predict_batch(users, contexts)

    def _predict_one(
        self, user: str, context: str
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """`_predict_batch([user], [context])`, bit for bit."""
        k = len(self.intent_classes)
        z, z_alone, as_user = self._logits_one(user, context)
        intent = _softmax(z[:, :k])
        if context:
            for reading in (_softmax(z_alone), as_user):
                if reading[0, 1:].max() > intent[0, 1:].max():
                    intent[0] = reading[0]
        return self._staged(intent, [user], [context]), _softmax(z[:, k:])

    def _predict_batch(
        self, users: Sequence[str], contexts: Sequence[str]
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """`predict` of any number of requests (one featurisation per chunk)."""
        k = len(self.intent_classes)
        z, z_alone, as_user = self._logits_batch(users, contexts)
        intent = _softmax(z[:, :k])
        if any(contexts):
            has_context = np.fromiter(map(bool, contexts), np.bool_, len(contexts))
            for reading in (_softmax(z_alone), as_user):
                wins = has_context & (reading[:, 1:].max(axis=1) > intent[:, 1:].max(axis=1))
                intent[wins] = reading[wins]
        return self._staged(intent, users, contexts), _softmax(z[:, k:])

    def _staged(
        self, intent: npt.NDArray[np.float32], users: Sequence[str], contexts: Sequence[str]
    ) -> npt.NDArray[np.float32]:
        """`intent` with the embedding stage's reading combined in where it runs (rows at
        or above its gate)."""
        if self.stage is not None:
            rows = np.flatnonzero(intent[:, 1:].max(axis=1) >= self.stage.gate).tolist()
            if rows:
                staged = self.stage.probs([users[i] for i in rows], [contexts[i] for i in rows])
                intent[rows] = self.stage.combined(intent[rows], staged)
        return intent

    def save(self, path: str | Path) -> None:
        """Write the model as a compressed `.npz` (float16 weights), deterministically."""
        meta = dict(
            self.meta,
            format_version=FOLD_FORMAT_VERSION if self.fold else FORMAT_VERSION,
            ngrams=list(NGRAMS),
            word_ngrams=list(WORD_NGRAMS),
            lexicon=lexicon_digest(self.extra_concepts),
        )
        meta.pop("extra_concepts", None)
        if self.extra_concepts:  # absent otherwise, so files without extras keep their bytes
            meta["extra_concepts"] = list(self.extra_concepts)
        arrays: dict[str, npt.NDArray[Any]] = {
            "weights": self.weights.astype(np.float16),
            "bias": self.bias.astype(np.float32),
            "intent_classes": np.array(self.intent_classes),
            "capability_classes": np.array(self.capability_classes),
            "threshold": np.array(self.threshold, np.float64),
            "n_bits": np.array(self.n_bits, np.int64),
            "meta": np.array(json.dumps(meta, sort_keys=True)),
        }
        if self.stage is not None:
            arrays["stage_weights"] = self.stage.weights.astype(np.float32)
            arrays["stage_bias"] = self.stage.bias.astype(np.float32)
            arrays["stage_gate"] = np.array(self.stage.gate, np.float64)
            if self.stage.combine != "mean":  # files from before the choice keep their bytes
                arrays["stage_combine"] = np.array(self.stage.combine)
            if self.stage.hidden_weights is not None and self.stage.hidden_bias is not None:
                arrays["stage_hidden_weights"] = self.stage.hidden_weights.astype(np.float32)
                arrays["stage_hidden_bias"] = self.stage.hidden_bias.astype(np.float32)
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
        model.stage,
        model.fold,
        model.extra_concepts,
    )


def load_model(path: str | Path | None = None) -> IntentModel:
    """Read a model file (the shipped one by default); raises ValueError if it is not one."""
    p = Path(path) if path is not None else default_model_path()
    try:
        archive = np.load(p, allow_pickle=False)
    except (OSError, ValueError) as e:  # missing, unreadable, or not an .npz at all
        raise ValueError(f"{p}: not a distillwatch intent model ({e})") from e
    if not isinstance(archive, np.lib.npyio.NpzFile):
        raise ValueError(f"{p}: not a distillwatch intent model (a single array, not an .npz)")
    try:
        with archive as z:
            meta = json.loads(str(z["meta"]))
            try:
                extras = check_extras([str(n) for n in meta.get("extra_concepts", [])])
            except ValueError as e:  # a file from a newer version of distillwatch
                raise ValueError(f"{p}: {e}; rebuild it with `distillwatch train-intent`") from e
            if (
                meta.get("format_version") not in (FORMAT_VERSION, FOLD_FORMAT_VERSION)
                or meta.get("ngrams") != list(NGRAMS)
                or meta.get("word_ngrams") != list(WORD_NGRAMS)
                or meta.get("lexicon") != lexicon_digest(extras)
            ):
                raise ValueError(
                    f"{p}: model format {meta.get('format_version')} (lexicon "
                    f"{meta.get('lexicon')}) does not match this version of distillwatch; "
                    "rebuild it with `distillwatch train-intent`"
                )
            if "stage_weights" in z.files and not embedding_stage.available():
                raise ValueError(
                    f"{p}: this model has an embedding stage, which needs "
                    f"{embedding_stage.ENCODER}: {embedding_stage.INSTALL_HINT}"
                )
            return IntentModel(
                weights=z["weights"].astype(np.float32),
                bias=z["bias"].astype(np.float32),
                intent_classes=tuple(str(c) for c in z["intent_classes"]),
                capability_classes=tuple(str(c) for c in z["capability_classes"]),
                threshold=float(z["threshold"]),
                n_bits=int(z["n_bits"]),
                meta=meta,
                fold=meta.get("format_version") == FOLD_FORMAT_VERSION,
                extra_concepts=extras,
                stage=(
                    EmbeddingStage(
                        z["stage_weights"],
                        z["stage_bias"],
                        float(z["stage_gate"]) if "stage_gate" in z.files else 0.0,
                        str(z["stage_combine"]) if "stage_combine" in z.files else "mean",
                        z["stage_hidden_weights"] if "stage_hidden_weights" in z.files else None,
                        z["stage_hidden_bias"] if "stage_hidden_bias" in z.files else None,
                    )
                    if "stage_weights" in z.files
                    else None
                ),
            )
    except (OSError, KeyError) as e:
        raise ValueError(f"{p}: not a distillwatch intent model ({e})") from e


def model_identity(
    path: str | Path | None = None, model: IntentModel | None = None
) -> dict[str, Any]:
    """Which intent model a scan read its signals with, for its summary and its state: the
    file's name ("shipped" for the packaged one), a sha256 prefix that tells two files
    apart, its flag threshold and its embedding stage's gate and combination (None: no
    stage). `model` is the file already loaded; without it the file is loaded here, so a
    file that is not one (or needs a missing extra) fails before any work.
    """
    model = model if model is not None else load_model(path)
    p = Path(path) if path is not None else default_model_path()
    digest = hashlib.sha256(p.read_bytes()).hexdigest()[:16]
    return {
        "file": "shipped" if path is None else p.name,
        "sha256": digest,
        "threshold": round(model.threshold, 6),
        "stage_gate": None if model.stage is None else model.stage.gate,
        "stage_combine": None if model.stage is None else model.stage.combine,
    }
