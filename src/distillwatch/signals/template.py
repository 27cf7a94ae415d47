"""Template sketch: the same prompt frame with other payloads gets the same id.

The last user turn is reduced to a skeleton (code, quoted payloads, URLs, e-mails,
numbers and mid-sentence capitalised names masked), tokenised (CJK characters one token
each), cut to its first `HEAD_TOKENS` tokens, and shingled into token 3-grams. The MinHash
of those shingles (see `minhash`) is the signature; the id `t-xxxxxxxx` is xxh32 of the
first LSH band (`BAND_ROWS` values), so two requests share an id when their skeletons agree
on that band: near-certain for the same frame, rare otherwise.

Only the head is sketched because harvesting frames lead with their instruction and the
unmasked payload (a word problem, a question) follows it: a head-and-tail sketch mixes
payload words in and splits one frame into many ids. A frame that only trails its payload
("{question} Let's think step by step.") therefore gets payload-specific ids: no link, and
no false link either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

import numpy as np
import numpy.typing as npt
import xxhash

from distillwatch.signals.batch import Batch
from distillwatch.signals.minhash import NUM_PERM, SEED, signatures

HEAD_TOKENS = 16
MASK_CHARS = 240
"""Characters of the prompt that are masked and tokenised (enough for HEAD_TOKENS)."""
SHINGLE = 3  # shingles() spells out 3-grams
BAND_ROWS = 8

_MASKS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # (characters one of which must occur for the mask to apply, pattern, replacement)
    ("`", re.compile(r"```.*?(```|$)", re.S), " ‹code› "),
    ("`", re.compile(r"`[^`\n]{1,200}`"), " ‹code› "),
    (
        "\"“«「'",
        re.compile(
            r"\"[^\"\n]{1,400}\"|“[^”]{1,400}”|«[^»]{1,400}»|「[^」]{1,400}」|'[^'\n]{3,400}'(?!\w)"
        ),
        " ‹q› ",
    ),
    ("/", re.compile(r"https?://\S+|www\.\S+"), " ‹url› "),
    ("@", re.compile(r"\S+@\S+\.\w+"), " ‹email› "),
    ("", re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+|(?<=[a-z,;] )[A-Z]{2,}\b"), " ‹name› "),
    ("", re.compile(r"\d+(?:[.,:/]\d+)*"), " 0 "),
)
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_TOKEN = re.compile(rf"[{_CJK}]|‹\w+›|[^\W\d_{_CJK}]+|\d+|[^\w\s]")


def skeleton_tokens(text: str) -> list[str]:
    """The masked, lower-cased first `HEAD_TOKENS` tokens of `text`."""
    text = text[:MASK_CHARS]
    for needles, pat, rep in _MASKS:
        if not needles or any(c in text for c in needles):
            text = pat.sub(rep, text)
    # stop after HEAD_TOKENS matches (same tokens as findall()[:HEAD_TOKENS], less work)
    return [m.group() for m in islice(_TOKEN.finditer(text.lower()), HEAD_TOKENS)]


def shingles(tokens: Sequence[str]) -> set[bytes]:
    """Distinct token 3-grams as UTF-8 bytes (a shorter sequence is one shingle)."""
    if len(tokens) < SHINGLE:
        return {" ".join(tokens).encode()}
    return {
        f"{a} {b} {c}".encode() for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)
    }


_xxh32 = xxhash.xxh32_intdigest
"""The shingle hash (`minhash.shingle_hash`, xxh32 seed 0) without the wrapper call."""


def template_signatures(texts: Sequence[str]) -> npt.NDArray[np.uint32]:
    """(len(texts), NUM_PERM) MinHash signatures of the texts' skeletons."""
    hashes: list[int] = []
    counts: list[int] = []
    for t in texts:
        sh = shingles(skeleton_tokens(t))
        hashes.extend(map(_xxh32, sh))
        counts.append(len(sh))
    return signatures(np.array(hashes, np.uint32), counts, NUM_PERM, SEED)


def template_ids(sigs: npt.NDArray[np.uint32]) -> list[str]:
    """`t-` + 8 hex digits of xxh32 over the first band of each signature."""
    band = np.ascontiguousarray(sigs[:, :BAND_ROWS]).astype("<u4")
    return [f"t-{xxhash.xxh32_intdigest(band[i].tobytes()):08x}" for i in range(band.shape[0])]


class TemplateSignal:
    name = "template"
    description = "Template id: LSH band of a MinHash over the masked prompt skeleton."

    def compute(self, batch: Batch) -> list[str]:
        if not len(batch):
            return []
        return template_ids(template_signatures([t.user for t in batch.texts]))

    @staticmethod
    def valid(value: object) -> bool:
        return isinstance(value, str) and re.fullmatch(r"t-[0-9a-f]{8}", value) is not None
