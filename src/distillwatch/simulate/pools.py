"""Pre-built text pools, so the per-exchange loop only picks indices.

Each pool is built lazily from its own RNG, seeded by (run seed, pool name), so a pool's
content never depends on which pools were built before it (workers stay deterministic).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

import numpy as np

from distillwatch.simulate.text import chat, content, extraction, tasks, work
from distillwatch.simulate.text.item import TextItem

EVAL_FRAMES = {
    # The usual reasoning-eval instructions (R1/Qwen-style recipes); benign.
    "math_word": "{task}\nPlease reason step by step, and put your final answer within \\boxed{{}}.",
    "mcq": "{task}\n\nThink step by step, then give your answer as 'Answer: X' on the last line.",
    "code_task": "{task}\n\nThink step by step, then return the complete solution in one ```python block.",
}
CJK = frozenset({"zh", "ja", "ko"})


def tokens(text: str, lang: str) -> int:
    """Rough token count: ~1 token per CJK character, ~4 characters per token otherwise."""
    return max(1, len(text) if lang in CJK else len(text) // 4)


class Pools:
    def __init__(self, seed: int, size: int = 400) -> None:
        self.seed = seed
        self.size = size
        self._cache: dict[str, list[TextItem]] = {}
        self.probes = extraction.probe_techniques()

    def _rng(self, key: str) -> np.random.Generator:
        return np.random.default_rng([self.seed, zlib.crc32(key.encode()), 0x9001])

    def _get(self, key: str, make: Callable[[np.random.Generator], TextItem]) -> list[TextItem]:
        pool = self._cache.get(key)
        if pool is None:
            rng = self._rng(key)
            pool = [make(rng) for _ in range(self.size)]
            self._cache[key] = pool
        return pool

    def task(self, family: str) -> list[TextItem]:
        return self._get(f"task:{family}", tasks.TASK_GENERATORS[family])

    def eval_task(self, family: str) -> list[TextItem]:
        raw = self.task(family)
        frame = EVAL_FRAMES[family]
        key = f"eval:{family}"
        if key not in self._cache:
            self._cache[key] = [it._replace(prompt=frame.format(task=it.prompt)) for it in raw]
        return self._cache[key]

    def chat(self, lang: str) -> list[TextItem]:
        return self._get(f"chat:{lang}", lambda r: chat.chat(r, lang))

    def homework(self, lang: str) -> list[TextItem]:
        return self._get(f"homework:{lang}", lambda r: work.homework(r, lang))

    def enterprise(self, template: int) -> list[TextItem]:
        return self._get(f"enterprise:{template}", lambda r: work.enterprise(r, template))

    def content(self, lang: str, template: int) -> list[TextItem]:
        """A content_studio account's requests: its language, its line of business."""
        lang = content.content_lang(lang)
        kinds = template % len(content.BUSINESSES)
        return self._get(f"content:{lang}:{kinds}", lambda r: content.content(r, lang, kinds))

    def agent(self) -> list[TextItem]:
        return self._get("agent", work.agent_task)

    def benign(self, family: str, lang: str) -> list[TextItem]:
        if family == "chat":
            return self.chat(lang)
        if family == "homework":
            return self.homework(lang)
        if family == "agent_task":
            return self.agent()
        return self.task(family)

    def wrapped(self, wrapper: str, family: str, lang: str) -> list[TextItem]:
        """Tasks of `family` inside attack wrapper `wrapper`, with the answers a complying
        model gives (the reasoning pulled into the visible text)."""
        key = f"wrap:{wrapper}:{family}:{lang}"
        pool = self._cache.get(key)
        if pool is not None:
            return pool
        rng = self._rng(key)
        base = self.benign(family, "en") if family in ("chat", "homework") else self.task(family)
        pool = []
        for i in range(self.size):
            it = base[i % len(base)]
            if wrapper == "cot_coercion":
                p = extraction.cot_coercion(rng, it.prompt, lang)
                ans = f"<think>\n{it.reasoning}\n</think>\n\n{it.answer}"
            elif wrapper == "rubric_grading":
                p = extraction.rubric_grading(rng, it.prompt, it.answer, lang)
                score = int(rng.integers(2, 11))
                ans = (
                    f'{{"correctness": {min(5, score // 2)}, "reasoning": {min(3, score // 3)}, '
                    f'"clarity": {min(2, score // 5)}, "total": {score}, "justification": '
                    f'"The response {"reaches" if score > 6 else "does not reach"} the right result. '
                    f'{it.reasoning[:300]}"}}'
                )
            elif wrapper == "safe_rewrite":
                p = extraction.safe_rewrite(rng, it.prompt, it.answer)
                ans = (
                    f"Rewritten reply:\n{it.answer}\n\nChanges:\n1. Softened absolute claims; policy: "
                    f"avoid overconfidence.\n2. Added a pointer to professional help where relevant.\n"
                    f"If the request had been unsafe I would have declined briefly, explained the "
                    f"concern, and offered a safer alternative."
                )
            elif wrapper == "agent_harvest":
                p = extraction.agent_harvest(rng, it.prompt)
                ans = f"Deliberation: {it.reasoning}\n\nI'll start by creating the file.\n\n{it.answer}"
            elif wrapper == "paraphrase_extraction":
                p = extraction.paraphrase_extraction(rng, it.prompt, lang)
                ans = f"Okay, thinking out loud: {it.reasoning}\n\n{it.answer}"
            else:  # probe_technique: the technique is chosen per exchange; here the task only
                p = it.prompt
                ans = f"{it.reasoning}\n\n{it.answer}"
            pool.append(TextItem(p, ans, it.reasoning, lang))
        self._cache[key] = pool
        return pool
