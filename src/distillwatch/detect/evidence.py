"""Evidence items: why an account or campaign scored as it did (stable codes, values, prose)."""

from __future__ import annotations

import msgspec


class Evidence(msgspec.Struct, kw_only=True, omit_defaults=True):
    code: str
    value: float
    detail: str
    weight: float = 0.0
    """Contribution to the score (log-odds units); used for ordering, not part of the contract."""

    def public(self) -> dict[str, object]:
        v = round(self.value, 4) if isinstance(self.value, float) else self.value
        return {"code": self.code, "value": v, "detail": self.detail}
