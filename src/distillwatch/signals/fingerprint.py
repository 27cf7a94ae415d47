"""Exact-prompt fingerprint: the same question asked again, by this account or another.

xxh64 over the whitespace-collapsed, case-folded last user turn (the system prompt is left
out: harnesses share system prompts legitimately). Stable across processes and versions.
"""

from __future__ import annotations

import xxhash

from distillwatch.contract.exchange import Exchange


def prompt_fingerprint(ex: Exchange) -> str:
    text = " ".join(ex.request.last_user_text().split()).casefold()
    return xxhash.xxh64_hexdigest(text.encode("utf-8", "surrogatepass"))
