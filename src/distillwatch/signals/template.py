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
from functools import lru_cache
from itertools import islice
from typing import cast

import numpy as np
import numpy.typing as npt
import xxhash

from distillwatch.signals.batch import Batch
from distillwatch.signals.cache import BoundedCache
from distillwatch.signals.minhash import EMPTY, NUM_PERM, SEED, signatures, xxh32_many

HEAD_TOKENS = 16
MASK_CHARS = 240
"""Characters of the prompt that are masked and tokenised (enough for HEAD_TOKENS)."""
SHINGLE = 3  # shingles() spells out 3-grams
BAND_ROWS = 8
CACHE_SIZE = 16384
BATCH_MIN = 32
"""Fewer texts (or skeletons) than this are done one at a time, as `skeleton_tokens` and
`skeleton_signatures` spell it out: the batch path's fixed cost is larger (one request)."""

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
    return _NUMBER.sub(" 0 ", _mask_words(text, _TAGS))


_TAGS = (" ‹code› ", " ‹q› ", " ‹url› ", " ‹email› ", " ‹name› ")
_PLAIN_TAGS = tuple(t.replace("‹", "\x01").replace("›", "\x02") for t in _TAGS)
"""The mask tags with `\x01` and `\x02` for `‹` and `›`: in a text without these four
characters the masks then match where they match with `_TAGS` (no pattern tells one pair
from the other), and the masked text stays ASCII when the text is."""


def _mask_words(text: str, tags: tuple[str, ...]) -> str:
    """`mask` without the numbers, with `tags` for code, quotes, URLs, e-mails and names."""
    return _NAME.sub(tags[4], _mask_spans(text, tags))


def _mask_spans(text: str, tags: tuple[str, ...]) -> str:
    """`_mask_words` before the names: code, quotes, URLs and e-mails."""
    if "`" in text:
        text = _CODE_BLOCK.sub(tags[0], text)
        if "`" in text:
            text = _CODE_SPAN.sub(tags[0], text)
    if '"' in text or "'" in text or "“" in text or "«" in text or "「" in text:
        text = _QUOTED.sub(tags[1], text)
    if "/" in text:
        text = _URL.sub(tags[2], text)
    if "@" in text:
        text = _EMAIL.sub(tags[3], text)
    return text


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
    return _key_signatures(_skeleton_keys(texts))


def template_ids(sigs: npt.NDArray[np.uint32]) -> list[str]:
    """`t-` + 8 hex digits of xxh32 over the first band of each signature."""
    n = sigs.shape[0]
    if n < BATCH_MIN:
        rows = np.ascontiguousarray(sigs[:, :BAND_ROWS]).astype("<u4")
        return [f"t-{xxhash.xxh32_intdigest(rows[i].tobytes()):08x}" for i in range(n)]
    band = np.frombuffer(np.ascontiguousarray(sigs[:, :BAND_ROWS], "<u4").tobytes(), np.uint8)
    row = 4 * BAND_ROWS
    hashes = xxh32_many(band, np.arange(n, dtype=np.intp) * row, np.full(n, row, np.intp))
    return [f"t-{h:08x}" for h in hashes.tolist()]


# --- a batch's skeletons at once --------------------------------------------------------
#
# `skeleton_keys` gives each text's skeleton as one string, its tokens joined by spaces
# (tokens have none, so the string is the skeleton). The code, quote, URL and e-mail masks
# run per text as in `mask`, with the ASCII tags `_PLAIN_TAGS`; names, numbers and tokens
# are then found in one pass over the code points of all the texts, with a class for each
# code point taken from the very patterns `_NUMBER` and `_TOKEN` are made of:
#
# - a name (`_NAME`, found in the pass for ASCII texts, by the regex for the others) is
#   masked to " ‹name› ": its first character becomes that token, the rest a gap;
# - a number (`_NUMBER`) is a run of digits and of separators with a digit on both sides;
#   masked to " 0 ", its first character becomes the token "0", the rest a gap;
# - `_TOKEN`'s tokens are then the runs of word letters, and single characters (CJK, the
#   "0" of a number, other symbols); whitespace and "_" are gaps. A mask tag ("\x01q\x02",
#   always between spaces) is a run of letters (\x01 and \x02 are letters here), so no
#   other alternative of `_TOKEN` is ever needed.
#
# ASCII texts are lower-cased in the output (A-Z and a-z are letters alike), the others
# before the pass: masking numbers after lower-casing instead of before changes nothing, as
# no character gains or loses a digit or separator by lower-casing (tested on all of them).
# Texts with `‹`, `›`, \x01, \x02 or \x03 (the name token's stand-in), whose tags could
# not be told from their text, take the regex path, `skeleton_tokens`.

_SKIP, _LETTER, _SINGLE, _DIGIT, _SEP = 0, 1, 2, 3, 4
_UNKNOWN = 255
_LETTER_CHAR = re.compile(rf"[^\W\d_{_CJK}]")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_DIGIT_CHAR = re.compile(r"\d")
_SYMBOL_CHAR = re.compile(r"[^\w\s]")
_SEPARATORS = ".,:/"


def _char_class(ch: str) -> int:
    """The class of one code point for `skeleton_keys` (see above)."""
    if ch in "\x01\x02":
        return _LETTER  # the tags' brackets
    if ch in _SEPARATORS:
        return _SEP
    if _DIGIT_CHAR.fullmatch(ch):
        return _DIGIT
    if _LETTER_CHAR.fullmatch(ch):
        return _LETTER
    if _CJK_CHAR.fullmatch(ch) or _SYMBOL_CHAR.fullmatch(ch):
        return _SINGLE
    return _SKIP  # whitespace and "_": no alternative of _TOKEN starts there


_CLASSES = np.full(0x110000, _UNKNOWN, np.uint8)
"""`_char_class` of each code point, filled in as code points are first seen."""


def _classes(cps: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint8]:
    """`_char_class` of each code point (a new array)."""
    cls = _CLASSES[cps]
    new = cls == _UNKNOWN
    if new.any():
        for c in np.unique(cps[new]).tolist():
            _CLASSES[c] = _char_class(chr(c))
        cls = _CLASSES[cps]
    return cls


def skeleton_keys(texts: Sequence[str]) -> list[str]:
    """`" ".join(skeleton_tokens(text))` for each text: all of them in one pass (above)."""
    keys = [""] * len(texts)
    narrow_at: list[int] = []
    narrow: list[str] = []
    wide_at: list[int] = []
    wide: list[str] = []
    tags = _PLAIN_TAGS
    for i, text in enumerate(texts):
        head = text[:MASK_CHARS]
        if "‹" in head or "›" in head or "\x01" in head or "\x02" in head or "\x03" in head:
            keys[i] = " ".join(skeleton_tokens(head))
            continue
        spans = _mask_spans(head, tags)
        if spans.isascii():  # names and lower case from the character pass
            narrow_at.append(i)
            narrow.append(spans)
        else:
            wide_at.append(i)
            wide.append(_NAME.sub(tags[4], spans).lower())
    if narrow_at:
        for i, key in zip(narrow_at, _plain_keys(narrow, True), strict=True):
            keys[i] = key
    if wide_at:
        for i, key in zip(wide_at, _plain_keys(wide, False), strict=True):
            keys[i] = key
    return keys


_ASCII_LOWER = bytes(c + 32 if 65 <= c <= 90 else c for c in range(256))
"""`str.lower` for ASCII bytes, as a table for `bytes.translate`."""


def _names(
    cps: npt.NDArray[np.uint8], gap: npt.NDArray[np.bool_], letter: npt.NDArray[np.bool_]
) -> npt.NDArray[np.intp]:
    """Mask `_NAME`'s matches in the ASCII code points `cps` (texts joined by newlines):
    each one's first character becomes a single one (the token "‹name›"; their positions
    are returned), the others gaps."""
    upper = (cps - np.uint8(65)) < 26
    lower = (cps - np.uint8(97)) < 26
    # the look-behind: [a-z,;] and a space before the capital
    at = (cps[:-2] == 44) | (cps[:-2] == 59)
    at |= lower[:-2]
    at &= cps[1:-1] == 32
    at &= upper[2:]
    first = np.flatnonzero(at) + 2
    if not len(first):
        return first
    # [a-z]+ if the next letter is lower case, else [A-Z]+ and a word boundary
    small = lower[first + 1]
    end = first + 1
    run = small.copy()
    while run.any():  # names are short: a few steps
        end[run] += 1
        run &= lower[end]
    run = ~small
    run &= upper[end]
    big = run.copy()
    while run.any():
        end[run] += 1
        run &= upper[end]
    word = cps[end]
    boundary = ~((word - np.uint8(48) < 10) | (word == 95) | lower[end] | upper[end])
    name = small | (big & boundary)
    first, end = first[name], end[name]
    letter[first] = False
    tail = end - first - 1
    inner = np.repeat(first + 1 - np.cumsum(tail) + tail, tail) + np.arange(int(tail.sum()))
    gap[inner] = True
    letter[inner] = False
    return first


def _plain_keys(texts: list[str], names: bool) -> list[str]:
    """The skeleton keys of `texts`: ASCII texts masked with `_PLAIN_TAGS` but for names and
    numbers, when `names`; else texts masked but for numbers, and lower-cased.

    All-ASCII texts take a byte a character, others four. Few arrays are made, none wider
    than a character (an index takes 8 bytes): the page faults of a large temporary array
    can cost more than the arithmetic on it.
    """
    n = len(texts)
    joined = "\n".join(texts) + "\n"  # a gap after each text: no run crosses two texts
    narrow = joined.isascii()
    cps: npt.NDArray[np.uint8] | npt.NDArray[np.uint32]
    if narrow:
        raw = joined.encode("ascii")
        cps = np.frombuffer(raw, np.uint8)
        cls = np.frombuffer(raw.translate(_ascii_classes()), np.uint8)
    elif names:
        raise ValueError("names are found in ASCII texts only")
    else:
        cps = wide = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), np.uint32)
        cls = _classes(wide)
    size = len(cps)
    gap = cls == _SKIP
    letter = cls == _LETTER
    name_at = _names(np.frombuffer(raw, np.uint8), gap, letter) if names else None
    digit = cls == _DIGIT
    zero = None
    if digit.any():
        # numbers: digits, and separators between two digits; each becomes the token "0"
        number = cls == _SEP
        number[1:-1] &= digit[:-2]
        number[1:-1] &= digit[2:]
        number[0] = number[-1] = False
        number |= digit
        zero = digit  # reused: the first character of each number
        np.copyto(zero, number)
        zero[1:] &= ~number[:-1]
        gap |= number
        gap ^= zero
    start = letter.copy()  # a token starts at a run of letters' first or a single character
    start[1:] &= ~letter[:-1]
    single = gap | letter
    np.logical_not(single, out=single)
    start |= single
    end = ~gap  # a token ends before a gap or the start of another
    end[:-1] &= gap[1:] | start[1:]
    tok_start = np.flatnonzero(start)
    tok_last = np.flatnonzero(end)  # each token's last character
    # each text up to the last character of its HEAD_TOKENS-th token: the kept part
    lens = np.fromiter(map(len, texts), np.intp, n)
    text_start = np.cumsum(lens + 1) - lens - 1
    first_tok = np.searchsorted(tok_start, text_start)
    count = np.minimum(np.diff(first_tok, append=len(tok_start)), HEAD_TOKENS)
    some = np.flatnonzero(count)
    if not len(some):
        return [""] * n
    cut = text_start - 1
    cut[some] = tok_last[first_tok[some] + count[some] - 1]
    runs = np.empty(2 * n, np.intp)
    runs[0::2] = cut - text_start + 1
    runs[1::2] = np.diff(text_start, append=size) - runs[0::2]
    keep = np.repeat(np.tile(np.array([True, False]), n), runs)
    # each kept character of a token, then a space after each token, "\n" after the last
    chars = keep & ~gap
    after = keep & end
    cut = cut[some]
    sentinel, space = (
        (np.uint8(0xFF), np.uint8(32)) if narrow else (np.uint32(0xFFFFFFFF), np.uint32(32))
    )
    low = np.where(chars, cps, sentinel)
    if zero is not None:
        low[np.flatnonzero(zero & keep)] = ord("0")
    if name_at is not None:
        low[name_at[keep[name_at]]] = 3  # "‹name›"
    high = np.where(after, space, sentinel)
    high[cut] = ord("\n")
    if narrow:
        pairs = high.astype(np.uint16)
        pairs <<= 8
        np.bitwise_or(pairs, low, out=pairs)
        data = pairs.tobytes()
        text = data.translate(_ASCII_LOWER if names else None, b"\xff").decode("ascii")
    else:
        both = np.empty(2 * size, np.uint32)
        both[0::2] = low
        both[1::2] = high
        text = both[both != sentinel].tobytes().decode("utf-32-le", "surrogatepass")
    if names:
        text = text.replace("\x03", "\x01name\x02")
    parts = text.replace("\x01", "‹").replace("\x02", "›").split("\n")
    if len(parts) == n + 1:
        return parts[:n]
    keys = [""] * n
    for i, key in zip(some.tolist(), parts, strict=False):
        keys[i] = key
    return keys


@lru_cache(maxsize=1)
def _ascii_classes() -> bytes:
    """`_char_class` of each byte, as a table for `bytes.translate` (ASCII: the first 128)."""
    return bytes(_classes(np.arange(128, dtype=np.uint32)).tolist()) + bytes(128)


def key_signatures(keys: Sequence[str]) -> npt.NDArray[np.uint32]:
    """`skeleton_signatures` of skeleton keys (tokens joined by single spaces), at once."""
    n = len(keys)
    if not n:
        return np.full((0, NUM_PERM), EMPTY, np.uint32)
    data = np.frombuffer(("\n".join(keys) + "\n").encode("utf-8", "surrogatepass"), np.uint8)
    # tokens are the pieces between spaces and newlines (UTF-8 has these bytes nowhere else)
    gaps = np.flatnonzero((data == 32) | (data == 10))
    piece_start = np.concatenate(([0], gaps[:-1] + 1))
    ends_key = data[gaps] == 10
    key_of = np.cumsum(ends_key) - ends_key  # the key of each piece
    last = np.flatnonzero(ends_key)  # each key's last piece
    first = np.concatenate(([0], last[:-1] + 1))
    pieces = last - first + 1
    # a key of 3 tokens or more: its 3-grams of tokens; a shorter one: itself
    j = np.arange(len(gaps))
    window = (pieces[key_of] >= SHINGLE) & (j + SHINGLE - 1 <= last[key_of])
    whole = (pieces[key_of] < SHINGLE) & (j == first[key_of])
    take = np.flatnonzero(window | whole)
    start = piece_start[take]
    end = np.where(window[take], gaps[np.minimum(take + SHINGLE - 1, len(gaps) - 1)], 0)
    end = np.where(whole[take], gaps[last[key_of[take]]], end)
    hashes = xxh32_many(data, start, end - start)
    counts = np.bincount(key_of[take], minlength=n)
    return signatures(hashes, counts.tolist(), NUM_PERM, SEED)


def _skeleton_keys(texts: Sequence[str]) -> list[str]:
    """`skeleton_keys`, one text at a time for fewer than `BATCH_MIN`."""
    if len(texts) >= BATCH_MIN:
        return skeleton_keys(texts)
    return [" ".join(skeleton_tokens(t)) for t in texts]


def _key_signatures(keys: Sequence[str]) -> npt.NDArray[np.uint32]:
    """`key_signatures`, one key at a time for fewer than `BATCH_MIN`."""
    if len(keys) >= BATCH_MIN:
        return key_signatures(keys)
    return skeleton_signatures([key.split(" ") for key in keys])  # "" and [""]: one shingle


TEXT_CACHE = BoundedCache[str, str](CACHE_SIZE)
"""Prompt head (`MASK_CHARS` characters) -> id: an exact prompt seen again costs a lookup."""
SKELETON_CACHE = BoundedCache[str, str](CACHE_SIZE)
"""Skeleton key -> id: the same frame with another payload skips shingling and MinHash."""


def cached_template_ids(texts: Sequence[str]) -> list[str]:
    """`template_ids(template_signatures(texts))`, looked up where the prompt head or its
    skeleton was seen before; the rest are computed together."""
    heads = [t[:MASK_CHARS] for t in texts]
    out, miss = TEXT_CACHE.get_many(heads)
    if not miss:
        return cast(list[str], out)
    todo: dict[str, list[int]] = {}
    skel_get, text_put = SKELETON_CACHE.get, TEXT_CACHE.put
    for i, key in zip(miss, _skeleton_keys([heads[i] for i in miss]), strict=True):
        tid = skel_get(key)
        if tid is None:
            todo.setdefault(key, []).append(i)
        else:
            out[i] = tid
            text_put(heads[i], tid)
    if todo:
        keys = list(todo)
        skel_put = SKELETON_CACHE.put
        for key, tid in zip(keys, template_ids(_key_signatures(keys)), strict=True):
            skel_put(key, tid)
            for i in todo[key]:
                out[i] = tid
                text_put(heads[i], tid)
    return cast(list[str], out)


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
