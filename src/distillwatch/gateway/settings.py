"""Deployment settings of one gateway process (the policy file holds the enforcement side)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class GatewaySettings:
    upstream: str
    keys: Path
    policy: Path | None = None
    state: str = "memory"
    log_dir: Path | None = None
    verdicts: Path | None = None
    upstream_key: str | None = None
    """The gateway's own upstream credential; sent upstream only, never logged or returned."""
    admin_token: str | None = None
    """Bearer token for /admin; admin endpoints are disabled without one."""
    reload_interval_s: float = 1.0
    upstream_transport: str = "fast"
    """fast (asyncio + httptools, see transport.py) or httpcore (httpx's default)."""
