"""Client API keys → accounts. The keys file stores only SHA-256 digests of keys.

One JSON object per line: `{"key_sha256": "...", "key_id": "k-1", "account_id": "a-1",
"org_id": null, "account": {<contract account fields>}}`. `add_key` creates a random key,
appends its entry and returns the key: the only time it is ever seen in clear.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

import msgspec

from distillwatch.contract.errors import ConfigError
from distillwatch.contract.exchange import AccountInfo

KEY_PREFIX = "dw-"


class KeyEntry(msgspec.Struct, kw_only=True, omit_defaults=True):
    key_sha256: str
    key_id: str
    account_id: str
    org_id: str | None = None
    account: AccountInfo | None = None


_DEC = msgspec.json.Decoder(KeyEntry)
_ENC = msgspec.json.Encoder()


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class KeyBook:
    """Lookup by key digest; `reload_if_changed` picks up edits without a restart."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._by_hash: dict[str, KeyEntry] = {}
        self._mtime: float | None = None
        self.reload()

    def reload(self) -> None:
        try:
            st = self.path.stat()
            lines = self.path.read_bytes().splitlines()
        except FileNotFoundError:
            raise ConfigError(f"{self.path}: keys file not found") from None
        table: dict[str, KeyEntry] = {}
        for no, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                e = _DEC.decode(line)
            except msgspec.DecodeError as err:
                raise ConfigError(f"{self.path}:{no}: {err}") from None
            table[e.key_sha256] = e
        self._by_hash = table
        self._mtime = st.st_mtime

    def reload_if_changed(self) -> bool:
        try:
            m = self.path.stat().st_mtime
        except FileNotFoundError:
            return False
        if m == self._mtime:
            return False
        try:
            self.reload()
        except ConfigError:
            return False  # keep serving the last good table; the watcher logs it
        return True

    def lookup(self, key: str) -> KeyEntry | None:
        return self._by_hash.get(hash_key(key))

    def __len__(self) -> int:
        return len(self._by_hash)


def add_key(
    path: str | Path,
    account_id: str,
    key_id: str | None = None,
    org_id: str | None = None,
    account: AccountInfo | None = None,
) -> tuple[str, KeyEntry]:
    """Create a key for `account_id`, append its hashed entry to `path`, return (key, entry)."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    entry = KeyEntry(
        key_sha256=hash_key(key),
        key_id=key_id or "k-" + secrets.token_hex(6),
        account_id=account_id,
        org_id=org_id,
        account=account,
    )
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "ab") as fh:
        fh.write(_ENC.encode(entry) + b"\n")
    return key, entry
