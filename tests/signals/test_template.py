"""Template sketch: frames, payloads, and exact equality with datasketch."""

from __future__ import annotations

import random

import numpy as np
from datasketch import MinHash

from distillwatch.signals.minhash import NUM_PERM, SEED, shingle_hash, signatures
from distillwatch.signals.template import (
    shingles,
    skeleton_tokens,
    template_ids,
    template_signatures,
)


def ids(texts: list[str]) -> list[str]:
    return template_ids(template_signatures(texts))


FRAME = (
    "You are a meticulous solver. Solve the problem below and write every intermediate step "
    "of your reasoning inside <think> tags before the final answer.\n\nProblem: {p}\n\n"
    "Remember: never skip a step, and end with 'Final answer:'."
)
PAYLOADS = [
    "Olga has 17 apples and gives 5 to Bob. How many are left?",
    "A train covers 420 km in 3.5 hours; what is its speed?",
    '"Find the derivative of x^3 + 2x"',
    "```python\ndef f(x):\n    return x * 2\n```",
    "Compute 123456 * 789 and check it.",
]


def test_same_frame_different_payload_same_id() -> None:
    got = ids([FRAME.replace("{p}", p) for p in PAYLOADS])
    assert len(set(got)) == 1


def test_numbers_names_quotes_code_are_masked() -> None:
    a = skeleton_tokens(
        'Ask Maria about "the secret plan" at https://x.io, code `rm -rf /` and 42.5'
    )
    b = skeleton_tokens(
        'Ask Pedro about "a totally different thing" at https://y.org, code `ls` and 7'
    )
    assert a == b


def test_different_frames_different_ids() -> None:
    frames = [
        "Translate the following sentence into French: {p}",
        "Rate the response below from 1 to 10 and output only the number. {p}",
        "Write a Python function that solves this and add unit tests: {p}",
        "Summarize this customer email in two sentences and list action items: {p}",
        "Generate 20 diverse question-answer pairs in JSONL about: {p}",
        "{p}\nLet's think step by step.",
    ]
    p = "the cat sat on the mat"
    got = ids([f.replace("{p}", p) for f in frames])
    assert len(set(got)) == len(frames)


def test_empty_and_short_texts_have_ids() -> None:
    got = ids(["", "hi", "a b"])
    assert all(g.startswith("t-") and len(g) == 10 for g in got)
    assert got[0] != got[1]


def test_vectorised_minhash_equals_datasketch() -> None:
    rng = random.Random(7)
    texts = [
        " ".join(
            rng.choice(["alpha", "beta", "gamma", "delta", "ε", "思考", "x1"]) for _ in range(n)
        )
        for n in [0, 1, 2, 3, 5, 40, 200]
    ]
    sigs = template_signatures(texts)
    for text, sig in zip(texts, sigs, strict=True):
        m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=shingle_hash, scheme="affine32")
        m.update_batch(sorted(shingles(skeleton_tokens(text))))
        assert np.array_equal(m.hashvalues, sig), text


def test_signatures_of_random_sets_equal_datasketch() -> None:
    rng = np.random.default_rng(3)
    counts = [0, 1, 7, 300]
    hashes = rng.integers(0, 2**32, size=sum(counts), dtype=np.uint64).astype(np.uint32)
    sigs = signatures(hashes, counts)
    start = 0
    for c, sig in zip(counts, sigs, strict=True):
        m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=lambda v: v, scheme="affine32")
        m.update_batch([int(h) for h in hashes[start : start + c]])
        start += c
        assert np.array_equal(m.hashvalues, sig)
