"""When a replay re-scores an account: after every exchange at first, then sparser.

Batch replay and the gateway use the same cadence, so `flagged_at` agrees between them.
The flag time is exact for an account's first 64 exchanges, then within 4 exchanges up to
512 and within 16 beyond; `exchanges_before_flag` has the same resolution.
"""

from __future__ import annotations


def should_score(n: int) -> bool:
    """Score after the n-th exchange (1-based) of an account?"""
    if n <= 64:
        return True
    if n <= 512:
        return n % 4 == 0
    return n % 16 == 0
