"""The policy file: typed, validated, errors name the field; decisions are unions of rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from distillwatch.contract.errors import ConfigError
from distillwatch.respond.actions import AccountView, decide
from distillwatch.respond.policy import Policy, load_policy, parse_policy


def test_defaults_are_graduated() -> None:
    p = Policy()
    assert decide(p, AccountView(account_id="a")).actions == ["allow"]
    assert decide(p, AccountView(account_id="a", score=0.6)).actions == ["tag"]
    d = decide(p, AccountView(account_id="a", score=0.99, flagged=True))
    assert d.actions == ["tag", "throttle", "strip_reasoning", "cap"]
    d = decide(p, AccountView(account_id="a", batch_flagged=True))
    assert d.strongest == "require_verification"
    d = decide(p, AccountView(account_id="a", batch_flagged=True, verified=True))
    assert "require_verification" not in d.actions
    assert decide(p, AccountView(account_id="a", campaign_id="c-1")).strongest == "block"


def test_evidence_codes_match_live_or_batch() -> None:
    p = parse_policy(
        {
            "rules": [
                {"name": "lp", "actions": ["cap"], "when": {"evidence_any": ["logprobs_share"]}}
            ]
        }
    )
    assert decide(p, AccountView(account_id="a", evidence=["logprobs_share"])).actions == ["cap"]
    assert decide(p, AccountView(account_id="a", batch_reasons=["logprobs_share"])).rules == ["lp"]
    assert decide(p, AccountView(account_id="a", evidence=["other"])).actions == ["allow"]


def test_score_band() -> None:
    p = parse_policy(
        {
            "rules": [
                {"name": "band", "actions": ["tag"], "when": {"min_score": 0.4, "max_score": 0.6}}
            ]
        }
    )
    assert decide(p, AccountView(account_id="a", score=0.5)).actions == ["tag"]
    assert decide(p, AccountView(account_id="a", score=0.7)).actions == ["allow"]
    assert decide(p, AccountView(account_id="a")).actions == ["allow"]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('[[rules]]\nname = "x"\nactions = ["blok"]\n', "$.rules[0].actions[0]"),
        ('[[rules]]\nname = "x"\nactions = ["tag"]\nwhen.min_scor = 0.5\n', "min_scor"),
        ('[throttle]\naccount_rate = "fast"\n', "$.throttle.account_rate"),
        ('[detector]\non_error = "maybe"\n', "$.detector.on_error"),
        ('[[rules]]\nactions = ["tag"]\n', "name"),
    ],
)
def test_bad_field_is_named(tmp_path: Path, text: str, field: str) -> None:
    p = tmp_path / "policy.toml"
    p.write_text(text)
    with pytest.raises(ConfigError) as ei:
        load_policy(p)
    assert field in str(ei.value) and str(p) in str(ei.value)


def test_duplicate_rule_names_and_bad_toml(tmp_path: Path) -> None:
    p = tmp_path / "policy.toml"
    p.write_text(
        '[[rules]]\nname = "x"\nactions = ["tag"]\n[[rules]]\nname = "x"\nactions = ["cap"]\n'
    )
    with pytest.raises(ConfigError, match="repeated"):
        load_policy(p)
    p.write_text("[[rules]\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_policy(p)
    with pytest.raises(ConfigError, match="not found"):
        load_policy(tmp_path / "missing.toml")


def test_example_policy_in_docs_loads() -> None:
    doc = Path(__file__).parents[2] / "docs" / "gateway.md"
    text = doc.read_text()
    block = text.split("```toml\n", 1)[1].split("```", 1)[0]
    pol = parse_policy(__import__("tomllib").loads(block), "docs/gateway.md")
    assert {r.name for r in pol.rules}
