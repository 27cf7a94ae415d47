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
from distillwatch.signals.cache import BoundedCache
from distillwatch.signals.minhash import NUM_PERM, SEED, signatures

HEAD_TOKENS = 16
MASK_CHARS = 240
"""Characters of the prompt that are masked and tokenised (enough for HEAD_TOKENS)."""
SHINGLE = 3  # shingles() spells out 3-grams
BAND_ROWS = 8
CACHE_SIZE = 16384

_CODE_BLOCK = re.compile(r"```.*?(```|$)", re.S)
_CODE_SPAN = re.compile(r"`[^`\n]{1,200}`")
_QUOTED = re.compile(
    r"\"[^\"\n]{1,400}\"|“[^”]{1,400}”|«[^»]{1,400}»|「[^」]{1,400}」|'[^'\n]{3,400}'(?!\w)"
)
_URL = re.compile(r"https?://\S+|www\.\S+")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
# Mid-sentence capitalised words and acronyms, i.e. `(?<=[a-z,;] )[A-Z][a-z]+` or
# `(?<=[a-z,;] )[A-Z]{2,}\b`, written to start with the capital: the scan then skips
# other positions in C instead of testing the look-behind at each (same matches).
_NAME = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])(?:[a-z]+|[A-Z]+\b)")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_TOKEN = re.compile(rf"[^\W\d_{_CJK}]+|[{_CJK}]|‹\w+›|\d+|[^\w\s]")
"""Words, CJK characters, mask tags, digit runs, other symbols. The first characters of
the alternatives differ (except `‹`, where the tag is tried before the symbol), so their
order only decides speed: words, the commonest, come first."""


def mask(text: str) -> str:
    """`text` with code, quoted payloads, URLs, e-mails, names and numbers masked.

    Each mask runs only when a character it needs occurs in the text as the previous masks
    left it: this is part of the definition (a `www.` URL is masked only when the text
    has a `/` somewhere), not just a shortcut.
    """
    if "`" in text:
        text = _CODE_BLOCK.sub(" ‹code› ", text)
        if "`" in text:
            text = _CODE_SPAN.sub(" ‹code› ", text)
    if '"' in text or "'" in text or "“" in text or "«" in text or "「" in text:
        text = _QUOTED.sub(" ‹q› ", text)
    if "/" in text:
        text = _URL.sub(" ‹url› ", text)
    if "@" in text:
        text = _EMAIL.sub(" ‹email› ", text)
    return _NUMBER.sub(" 0 ", _NAME.sub(" ‹name› ", text))


def skeleton_tokens(text: str) -> list[str]:
    """The masked, lower-cased first `HEAD_TOKENS` tokens of `text`."""
    # stop after HEAD_TOKENS matches (same tokens as findall()[:HEAD_TOKENS], less work)
    it = _TOKEN.finditer(mask(text[:MASK_CHARS]).lower())
    return [m.group() for m in islice(it, HEAD_TOKENS)]


def shingles(tokens: Sequence[str]) -> set[bytes]:
    """Distinct token 3-grams as UTF-8 bytes (a shorter sequence is one shingle)."""
    if len(tokens) < SHINGLE:
        return {" ".join(tokens).encode("utf-8", "surrogatepass")}
    return {
        f"{a} {b} {c}".encode("utf-8", "surrogatepass")
        for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)
    }


_xxh32 = xxhash.xxh32_intdigest
"""The shingle hash (`minhash.shingle_hash`, xxh32 seed 0) without the wrapper call."""


def skeleton_signatures(skeletons: Sequence[Sequence[str]]) -> npt.NDArray[np.uint32]:
    """(len(skeletons), NUM_PERM) MinHash signatures of token sequences' shingles."""
    hashes: list[int] = []
    counts: list[int] = []
    for tokens in skeletons:
        sh = shingles(tokens)
        hashes.extend(map(_xxh32, sh))
        counts.append(len(sh))
    return signatures(np.array(hashes, np.uint32), counts, NUM_PERM, SEED)


def template_signatures(texts: Sequence[str]) -> npt.NDArray[np.uint32]:
    """(len(texts), NUM_PERM) MinHash signatures of the texts' skeletons."""
    return skeleton_signatures([skeleton_tokens(t) for t in texts])


def template_ids(sigs: npt.NDArray[np.uint32]) -> list[str]:
    """`t-` + 8 hex digits of xxh32 over the first band of each signature."""
    band = np.ascontiguousarray(sigs[:, :BAND_ROWS]).astype("<u4")
    return [f"t-{xxhash.xxh32_intdigest(band[i].tobytes()):08x}" for i in range(band.shape[0])]


TEXT_CACHE = BoundedCache[str, str](CACHE_SIZE)
"""Prompt head (`MASK_CHARS` characters) -> id: an exact prompt seen again costs a lookup."""
SKELETON_CACHE = BoundedCache[tuple[str, ...], str](CACHE_SIZE)
"""Skeleton -> id: the same frame with another payload skips shingling and MinHash."""


def cached_template_ids(texts: Sequence[str]) -> list[str]:
    """`template_ids(template_signatures(texts))`, looked up where the prompt head or its
    skeleton was seen before; the rest are computed together."""
    out: list[str] = []
    todo: dict[tuple[str, ...], list[int]] = {}
    heads: list[str] = []
    text_get, skel_get = TEXT_CACHE.get, SKELETON_CACHE.get
    for i, text in enumerate(texts):
        head = text[:MASK_CHARS]
        heads.append(head)
        tid = text_get(head)
        if tid is None:
            skel = tuple(skeleton_tokens(head))
            tid = skel_get(skel)
            if tid is None:
                todo.setdefault(skel, []).append(i)
                tid = ""
            else:
                TEXT_CACHE.put(head, tid)
        out.append(tid)
    if todo:
        skels = list(todo)
        for skel, tid in zip(skels, template_ids(skeleton_signatures(skels)), strict=True):
            SKELETON_CACHE.put(skel, tid)
            for i in todo[skel]:
                out[i] = tid
                TEXT_CACHE.put(heads[i], tid)
    return out


class TemplateSignal:
    name = "template"
    description = "Template id: LSH band of a MinHash over the masked prompt skeleton."

    def compute(self, batch: Batch) -> list[str]:
        if not len(batch):
            return []
        return cached_template_ids([t.user for t in batch.texts])

    @staticmethod
    def clear_cache() -> None:
        TEXT_CACHE.clear()
        SKELETON_CACHE.clear()

    @staticmethod
    def valid(value: object) -> bool:
        return isinstance(value, str) and re.fullmatch(r"t-[0-9a-f]{8}", value) is not None
