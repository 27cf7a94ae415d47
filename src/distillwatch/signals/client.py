"""Client family: SDK or tool from the user agent, or a coding-agent harness from its prompt.

A harness recognised in the system prompt wins over the user agent: an agent relayed
through someone's account or a proxy keeps its prompt but not its user agent. The TLS
fingerprint is read only to tell "some client" from nothing at all; there is no public,
stable JA3/JA4-to-library table to ship, so it never names a family on its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from distillwatch.signals.batch import Batch
from distillwatch.signals.text import RequestText

HARNESSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pat, re.I))
    for name, pat in (
        ("agent:claude-code", r"\bclaude code\b|claude-code"),
        ("agent:cline", r"\byou are cline\b|\bcline\b.{0,40}(tool|task)"),
        ("agent:roo-code", r"\broo[- ]code\b|\byou are roo\b"),
        ("agent:aider", r"\baider\b|search/replace blocks?"),
        (
            "agent:cursor",
            r"\bcursor\b.{0,60}(ide|editor|agent)|you are a powerful agentic ai coding assistant",
        ),
        ("agent:codex-cli", r"\bcodex cli\b|\bcodex\b.{0,40}(terminal|cli|agent)"),
        ("agent:openhands", r"\bopenhands\b|\bopendevin\b"),
        ("agent:copilot", r"github copilot"),
        ("agent:continue", r"\bcontinue\.dev\b|\byou are continue\b"),
        ("agent:windsurf", r"\bwindsurf\b|\bcascade\b.{0,40}(agent|ai)"),
        ("agent:swe-agent", r"\bswe-agent\b"),
    )
)
_UA: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pat, re.I), name)
    for pat, name in (
        # frameworks first: they run on top of an SDK and often append its user agent
        (r"langchain", "langchain"),
        (r"llama[-_ ]?index", "llamaindex"),
        (r"litellm", "litellm"),
        (r"(?:async)?openai/python[ /](\d+)|openai-python[ /]v?(\d+)", "openai-python"),
        (r"openai/(?:js|node)[ /](\d+)|openai-node[ /]v?(\d+)", "openai-node"),
        (
            r"anthropic/(?:python|ts|js)[ /]?(\d+)?|anthropic-sdk|anthropic-typescript",
            "anthropic-sdk",
        ),
        (r"^curl/", "curl"),
        (r"^wget/", "wget"),
        (r"python-requests", "python-requests"),
        (r"python-httpx|^httpx", "httpx"),
        (r"aiohttp", "aiohttp"),
        (r"go-http-client", "go-http"),
        (r"okhttp", "okhttp"),
        (r"postmanruntime", "postman"),
        (r"axios|node-fetch|undici", "node-http"),
        (r"openai/go|openai-go", "openai-go"),
        (r"openai-java|openai/java", "openai-java"),
        (r"ai-sdk|vercel", "vercel-ai-sdk"),
        (r"^java/|java-http-client|apache-httpclient", "java-http"),
        (r"reqwest", "rust-reqwest"),
        (r"^ruby|faraday", "ruby-http"),
        (r"\bbun/", "bun"),
        (r"\bdeno/", "deno"),
        (r"dotnet|\.net|system\.net\.http", "dotnet-http"),
        (r"insomnia", "insomnia"),
        (r"mozilla/|chrome/|safari/", "browser"),
    )
)
_VERSIONED = ("openai-python", "openai-node")


_ANY_HARNESS = re.compile("|".join(f"(?:{p.pattern})" for _, p in HARNESSES), re.I)
SYSTEM_CHARS = 600


def client_family(t: RequestText) -> str:
    """Normalised client family of one request; 'unknown' when nothing says."""
    return _client_family(t.system[:SYSTEM_CHARS], t.user_agent)


@lru_cache(maxsize=16384)
def _client_family(system_head: str, user_agent: str) -> str:
    # system prompts and user agents repeat across requests: the cache makes this a lookup
    if system_head and _ANY_HARNESS.search(system_head):
        for name, pat in HARNESSES:
            if pat.search(system_head):
                return name
    ua = user_agent.strip()
    if ua:
        for pat, name in _UA:
            m = pat.search(ua)
            if m:
                if name in _VERSIONED:
                    major = next((g for g in m.groups() if g), None)
                    return f"{name}/{major}.x" if major else name
                return name
        return "other"
    return "unknown"


class ClientSignal:
    name = "client"
    description = "Client family from user agent and system prompt (coding-agent harnesses)."

    def compute(self, batch: Batch) -> list[str]:
        return [client_family(t) for t in batch.texts]

    @staticmethod
    def clear_cache() -> None:
        _client_family.cache_clear()

    @staticmethod
    def valid(value: object) -> bool:
        return isinstance(value, str) and re.fullmatch(r"[a-z0-9:._/-]+", value) is not None
