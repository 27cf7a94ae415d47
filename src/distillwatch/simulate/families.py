"""Named families and the selection behind `--exclude-family` / `--only-family`.

Three kinds of family:
- account families: each benign persona and each campaign type (plus the groups `benign`
  and `attack`). `--only-family` keeps accounts whose family (or group) is listed;
  `--exclude-family` drops them. Accounts keep their ids and behaviour either way, so a
  left-out run is a subset of the full run.
- prompt families: benchmark tasks (math_word, mcq, code_task), benign prompts (chat,
  homework, enterprise_template, agent_task, content_task) and attack wrappers (cot_coercion, ...).
  Excluding one removes it from sampling (weights renormalised); an account left with no
  prompt family, or a campaign whose wrapper is excluded, is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from distillwatch.contract.errors import ConfigError
from distillwatch.simulate.config import RangeConfig

TASK_FAMILIES = ("math_word", "mcq", "code_task")
BENIGN_PROMPT_FAMILIES = (
    "chat",
    "homework",
    "enterprise_template",
    "agent_task",
    "content_task",
)
WRAPPER_FAMILIES = (
    "cot_coercion",
    "rubric_grading",
    "safe_rewrite",
    "agent_harvest",
    "probe_technique",
    "paraphrase_extraction",
)
PROMPT_FAMILIES = TASK_FAMILIES + BENIGN_PROMPT_FAMILIES + WRAPPER_FAMILIES
GROUPS = ("benign", "attack")


def all_families(cfg: RangeConfig) -> dict[str, list[str]]:
    return {
        "benign_personas": [p.name for p in cfg.personas],
        "campaigns": [c.name for c in cfg.campaigns],
        "prompt_families": list(PROMPT_FAMILIES),
        "groups": list(GROUPS),
    }


@dataclass(frozen=True, slots=True)
class Selection:
    """Which families a run keeps."""

    only: frozenset[str] = frozenset()
    exclude: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, cfg: RangeConfig, only: list[str], exclude: list[str]) -> Selection:
        fams = all_families(cfg)
        account_names = set(fams["benign_personas"]) | set(fams["campaigns"]) | set(GROUPS)
        known = account_names | set(PROMPT_FAMILIES)
        for name in [*only, *exclude]:
            if name not in known:
                raise ConfigError(f"unknown family {name!r}; known: {', '.join(sorted(known))}")
        for name in only:
            if name not in account_names:
                raise ConfigError(
                    f"--only-family takes persona, campaign or group names, not the prompt family "
                    f"{name!r} (use --exclude-family for prompt families)"
                )
        return cls(frozenset(only), frozenset(exclude))

    def keeps_account(self, family: str, group: str) -> bool:
        if family in self.exclude or group in self.exclude:
            return False
        return not self.only or family in self.only or group in self.only

    def prompt_weights(
        self, weights: tuple[tuple[str, float], ...]
    ) -> tuple[tuple[str, float], ...]:
        return tuple((f, w) for f, w in weights if f not in self.exclude and w > 0)

    def as_dict(self) -> dict[str, list[str]]:
        return {"only": sorted(self.only), "exclude": sorted(self.exclude)}
