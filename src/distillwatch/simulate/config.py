"""Every parameter of the traffic range, in one place, each with its source or reasoning.

The range is a synthetic month of API traffic: benign personas (honest heavy users that look
like harvesting) plus attack campaigns. Nothing here is measured from a real provider's logs;
the shapes follow what providers and papers have published (cited per field) and where no
number is public the comment says what the value is reasoned from. Change a persona or a
campaign here and nowhere else.

Families: every benign persona, every campaign type and every prompt family has a name.
`--exclude-family` / `--only-family` select by these names (see `families.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# --- shared shapes ---------------------------------------------------------------------------

HOUR_PROFILES: dict[str, tuple[float, ...]] = {
    # Relative request rate per local hour 0..23. "office": business hours with a lunch dip,
    # the usual shape of B2B API traffic (e.g. Cloudflare Radar / provider status dashboards
    # show weekday 9-18 peaks for API traffic).
    "office": (1, 1, 1, 1, 1, 2, 4, 8, 14, 18, 18, 17, 12, 16, 18, 17, 15, 10, 6, 4, 3, 2, 1, 1),
    # "evening": consumer apps peak after work/school (ChatGPT usage studies: evening peak,
    # trough 3-6 am).
    "evening": (5, 3, 2, 1, 1, 1, 2, 4, 6, 7, 8, 9, 10, 9, 9, 9, 10, 11, 13, 15, 16, 15, 12, 8),
    # "student": afternoon and late evening, deadline-driven night work.
    "student": (6, 4, 2, 1, 1, 1, 1, 2, 4, 6, 7, 8, 8, 9, 10, 11, 11, 12, 13, 15, 16, 16, 13, 9),
    # "flat": machines (pipelines, harvesting rigs) run around the clock with a faint dip.
    "flat": (9, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 9, 9),
}

WEEKDAY = (1.0, 1.0, 1.0, 1.0, 0.95, 0.35, 0.3)
"""Mon..Sun weights for work traffic: weekends fall to about a third (typical B2B SaaS)."""
ALLWEEK = (1.0, 1.0, 1.0, 1.0, 1.0, 0.95, 0.95)
"""Consumer and machine traffic barely notices weekends."""
STUDYWEEK = (1.0, 1.0, 1.0, 1.05, 0.8, 0.5, 0.9)
"""Students: Friday/Saturday low, Sunday-night homework peak."""


@dataclass(frozen=True, slots=True)
class Timing:
    """When and how often an account sends requests.

    Per account the daily volume is log-normal across accounts (heavy-tailed, as per-customer
    API volume is: a few accounts carry most traffic); within a day requests come in
    sessions started at hours drawn from `hour_profile`; gaps inside a session are a
    mixture of two gamma laws (gamma inter-arrivals fit human think times well; the long
    component models human turns between fast tool loops).
    """

    daily_median: float  # median requests per active day (before --scale)
    daily_sigma: float  # log-normal sigma across accounts: 1.0-1.6 gives a heavy tail
    p_active_day: float  # probability an account is active on a given day
    session_median: float  # median requests per session (log-normal)
    session_sigma: float
    gap_shape: float  # gamma shape of short in-session gaps
    gap_scale_s: float  # gamma scale (seconds) of short gaps
    p_long_gap: float = 0.0  # share of gaps from the long component (human turns)
    long_gap_shape: float = 2.0
    long_gap_scale_s: float = 90.0
    hour_profile: str = "evening"
    weekdays: tuple[float, ...] = ALLWEEK


@dataclass(frozen=True, slots=True)
class Params:
    """Request parameters as sampled per exchange (None: the field is not sent)."""

    temperature: tuple[float, ...] = (1.0,)  # values drawn uniformly from this tuple
    max_tokens: tuple[int | None, ...] = (None,)
    n: tuple[int, ...] = (1,)
    reasoning_effort: tuple[str | None, ...] = (None,)
    tools: tuple[int, ...] = (0,)
    stream: tuple[bool, ...] = (False,)
    top_p: float | None = None
    seed: bool = False  # send a fixed per-account seed (benchmark harnesses do)


@dataclass(frozen=True, slots=True)
class Output:
    """Response length: output tokens log-normal; reasoning tokens as a multiple of it."""

    out_median: int
    out_sigma: float
    reasoning_ratio: float  # reasoning tokens / output tokens when the model reasons
    p_reasoning_text: float  # share of responses that return reasoning text to the caller


@dataclass(frozen=True, slots=True)
class Persona:
    """A benign persona: who they are, how they send, what they ask."""

    name: str
    share: float  # share of benign accounts
    timing: Timing
    prompts: tuple[tuple[str, float], ...]  # (prompt family, weight)
    params: Params
    output: Output
    channels: tuple[tuple[str, float], ...]  # signup_channel weights
    tiers: tuple[str, ...]
    max_turns: int = 1  # >1: multi-turn conversations (history grows within a session)
    end_users: int = 0  # >0: distinct end_user_id values the account forwards
    adoption: float = 0.5  # share of traffic on the new model once adopted
    adoption_days: float = 7.0  # days after release to reach half of `adoption`
    english: float = 1.0  # share of English prompts where the family is multilingual
    client: str = "sdk"  # client trait pool: sdk | agent | browserish | server


@dataclass(frozen=True, slots=True)
class Campaign:
    """An attack campaign type (one family). Each instance gets its own campaign_id and
    infrastructure (IP pools, payment fingerprints, client traits, signup cohort)."""

    name: str
    persona: str  # the label's persona value
    share: float  # share of attack accounts
    campaigns: int  # how many independent campaigns of this type (at default size)
    timing: Timing
    wrapper: str  # the attack prompt family that wraps each task (see text/)
    tasks: tuple[tuple[str, float], ...]  # (task family, weight): the payloads wrapped
    params: Params
    output: Output
    channels: tuple[tuple[str, float], ...]
    ip_mode: str = "residential"  # residential (rotating proxies) | datacenter | stable
    payment_group: int = 10  # accounts sharing one payment fingerprint
    cohort_days: float = 3.0  # signup spread of a cohort (days)
    sync_bursts: bool = True  # sessions start near campaign-wide burst times
    pivot: float = 0.0  # share of traffic moved to the new model within 24 h of release
    adoption: float = 0.3  # otherwise: share on the new model after release
    harvest_share: float = 1.0  # relay: share of traffic that is harvest (rest real chats)
    end_users: int = 0
    rotate_client: bool = False  # evasive: a new user agent per session
    swap: bool = False  # pool swap: accounts banned mid-window and replaced
    english: float = 0.4  # share of English wrappers; the rest spread over other languages
    min_accounts: int = 1


@dataclass(frozen=True, slots=True)
class Models:
    existing: str = "lumen-3"  # in use from day 0
    new: str = "lumen-4"  # released during the window
    release_fraction: float = 0.5  # release time as a fraction of the window (default middle)


@dataclass(frozen=True, slots=True)
class RangeConfig:
    start: str = "2026-03-02T00:00:00Z"  # a Monday, so weekly cycles line up with the table
    attack_share: float = 0.15  # share of accounts that are attack (issue: 10-20%)
    models: Models = field(default_factory=Models)
    personas: tuple[Persona, ...] = ()
    campaigns: tuple[Campaign, ...] = ()
    default_days: int = 30
    default_accounts: int = 2000
    shards: int = 8  # output shard files; per-account RNG makes content independent of workers
    max_history_turns: int = 3  # earlier turn pairs carried in a request (size vs realism)
    max_response_chars: int = 1600  # visible text is cut here; usage keeps the full counts


# --- benign personas -------------------------------------------------------------------------

_CHAT_OUT = Output(out_median=260, out_sigma=0.7, reasoning_ratio=0.0, p_reasoning_text=0.0)

PERSONAS: tuple[Persona, ...] = (
    Persona(
        # The long tail: most API accounts send a handful of requests on a few days a month.
        name="light_user",
        share=0.49,
        timing=Timing(2.0, 0.9, 0.22, 2.0, 0.7, 1.5, 40.0, 0.3, 2.0, 120.0, "evening"),
        prompts=(("chat", 0.75), ("homework", 0.1), ("code_task", 0.1), ("math_word", 0.05)),
        params=Params(temperature=(1.0, 0.7), max_tokens=(None, 1024, 2048)),
        output=_CHAT_OUT,
        channels=(("standard", 0.92), ("cloud_marketplace", 0.08)),
        tiers=("free", "tier-1"),
        max_turns=4,
        adoption=0.4,
        adoption_days=10.0,
        english=0.55,
    ),
    Persona(
        # Consumer chat apps on the API: many end users, multi-turn, ~50% English (ChatGPT
        # usage research: about half of traffic non-English).
        name="chat_app",
        share=0.03,
        timing=Timing(10.0, 1.2, 0.97, 5.0, 0.8, 2.0, 25.0, 0.5, 2.0, 60.0, "evening"),
        prompts=(("chat", 0.92), ("homework", 0.08)),
        params=Params(temperature=(0.7, 0.8, 1.0), max_tokens=(1024, 2048), stream=(True,)),
        output=_CHAT_OUT,
        channels=(("standard", 0.6), ("startup", 0.3), ("enterprise", 0.1)),
        tiers=("tier-3", "tier-4", "tier-5"),
        max_turns=8,
        end_users=3000,
        adoption=0.6,
        adoption_days=5.0,
        english=0.5,
        client="server",
    ),
    Persona(
        # One fixed template with a varying payload, single-turn, business hours, very high
        # volume (classification/extraction pipelines; the classic B2B workload).
        name="enterprise_pipeline",
        share=0.025,
        timing=Timing(25.0, 1.0, 0.98, 25.0, 0.6, 3.0, 0.8, 0.0, 2.0, 60.0, "office", WEEKDAY),
        prompts=(("enterprise_template", 1.0),),
        params=Params(temperature=(0.0, 0.2), max_tokens=(512, 1024)),
        output=Output(
            out_median=8, out_sigma=0.5, reasoning_ratio=0.0, p_reasoning_text=0.0
        ),  # labels/JSON: short
        channels=(("enterprise", 0.7), ("cloud_marketplace", 0.3)),
        tiers=("tier-5", "enterprise"),
        adoption=0.3,
        adoption_days=14.0,
        client="server",
    ),
    Persona(
        # Benchmark harnesses (lm-eval-harness, OpenCompass, simple-evals style): bursts over a
        # benchmark, "reason step by step", temperature 0.6, n up to 64, 16k-32k max tokens
        # (the DeepSeek-R1 / Qwen reasoning eval recipe). The hardest negative. They evaluate
        # a new model right after release.
        name="eval_runner",
        share=0.035,
        timing=Timing(40.0, 1.0, 0.35, 40.0, 0.8, 3.0, 0.6, 0.0, 2.0, 60.0, "office", WEEKDAY),
        prompts=(("math_word", 0.45), ("mcq", 0.3), ("code_task", 0.25)),
        params=Params(
            temperature=(0.6,),
            top_p=0.95,
            max_tokens=(16384, 32768),
            n=(1, 1, 1, 1, 4, 8, 16, 64),  # pass@k / majority voting
            reasoning_effort=("high", None),
            seed=True,
        ),
        output=Output(out_median=900, out_sigma=0.8, reasoning_ratio=3.0, p_reasoning_text=0.3),
        channels=(("research", 0.4), ("enterprise", 0.3), ("standard", 0.3)),
        tiers=("tier-4", "tier-5"),
        adoption=0.9,
        adoption_days=0.05,  # about an hour: the eval is queued for the release
        client="sdk",
    ),
    Persona(
        # Coding agents (Claude Code / Cursor / Aider style): sessions of tens to hundreds of
        # requests with tools, ~1 s gaps inside tool loops, minutes before a human turn.
        name="coding_agent",
        share=0.075,
        timing=Timing(15.0, 1.0, 0.6, 15.0, 0.9, 2.0, 0.6, 0.12, 2.0, 90.0, "office", WEEKDAY),
        prompts=(("agent_task", 1.0),),
        params=Params(
            temperature=(0.0, 1.0),
            max_tokens=(8192, 16384, 32000),
            tools=(8, 12, 17, 23),
            stream=(True,),
            reasoning_effort=(None, "medium"),
        ),
        output=Output(out_median=220, out_sigma=0.9, reasoning_ratio=1.5, p_reasoning_text=0.5),
        channels=(("standard", 0.6), ("startup", 0.25), ("enterprise", 0.15)),
        tiers=("tier-2", "tier-3", "tier-4"),
        max_turns=12,
        adoption=0.7,
        adoption_days=3.0,
        client="agent",
    ),
    Persona(
        # Students: low volume, "explain step by step", homework; edu signups.
        name="student",
        share=0.15,
        timing=Timing(3.0, 0.8, 0.35, 3.0, 0.6, 1.5, 60.0, 0.3, 2.0, 180.0, "student", STUDYWEEK),
        prompts=(("homework", 0.6), ("math_word", 0.25), ("chat", 0.15)),
        params=Params(temperature=(1.0, 0.7), max_tokens=(None, 2048)),
        output=Output(out_median=380, out_sigma=0.6, reasoning_ratio=1.0, p_reasoning_text=0.1),
        channels=(("edu", 0.6), ("standard", 0.4)),
        tiers=("free", "tier-1"),
        max_turns=4,
        adoption=0.5,
        adoption_days=7.0,
        english=0.6,
    ),
    Persona(
        # Content businesses (help-centre teams, shop and growth agencies, edtech item
        # writers, QA teams, localisation vendors): bulk items per request ("20 FAQ entries",
        # "15 quiz questions with answer keys", "10 fixture rows as JSON") for their own
        # sites, courses and test suites, in their market's language, in office hours, a few
        # fixed frames per account (text/content.py). The honest side of the synthetic-data
        # boundary: their requests name items, answers and variety as dataset harvesting
        # does, with no training purpose. Share: reasoned, not measured (bulk content is one
        # of the commonest business uses of LLM APIs; 3% of accounts, taken from the tail).
        name="content_studio",
        share=0.03,
        timing=Timing(20.0, 1.1, 0.7, 8.0, 0.8, 2.0, 20.0, 0.25, 2.0, 120.0, "office", WEEKDAY),
        prompts=(("content_task", 1.0),),
        params=Params(temperature=(0.7, 0.9, 1.0), max_tokens=(None, 2048, 4096)),
        output=Output(out_median=700, out_sigma=0.6, reasoning_ratio=0.0, p_reasoning_text=0.0),
        channels=(("startup", 0.4), ("standard", 0.4), ("enterprise", 0.2)),
        tiers=("tier-2", "tier-3", "tier-4"),
        adoption=0.5,
        adoption_days=7.0,
        english=0.35,
        client="server",
    ),
    Persona(
        # Legitimate routers/resellers (OpenRouter-like): many end users, many languages,
        # reseller signup, mixed workloads.
        name="router",
        share=0.02,
        timing=Timing(15.0, 1.0, 0.99, 3.0, 0.8, 1.2, 8.0, 0.2, 2.0, 30.0, "flat"),
        prompts=(("chat", 0.7), ("code_task", 0.1), ("homework", 0.1), ("math_word", 0.1)),
        params=Params(temperature=(0.7, 1.0), max_tokens=(None, 4096), stream=(True, False)),
        output=_CHAT_OUT,
        channels=(("reseller", 1.0),),
        tiers=("tier-5", "enterprise"),
        max_turns=6,
        end_users=8000,
        adoption=0.6,
        adoption_days=2.0,
        english=0.45,
        client="server",
    ),
)

# --- attack campaigns ------------------------------------------------------------------------

_HARVEST_PARAMS = Params(
    temperature=(0.6, 0.7, 1.0),
    max_tokens=(32768, 65536),
    n=(1, 1, 2, 4),
    reasoning_effort=("high",),
)
_HARVEST_OUT = Output(out_median=1400, out_sigma=0.6, reasoning_ratio=2.5, p_reasoning_text=0.6)
_TASKS = (("math_word", 0.45), ("mcq", 0.2), ("code_task", 0.35))
_HARVEST_TIMING = Timing(12.0, 0.6, 0.9, 6.0, 0.5, 2.0, 4.0, 0.0, 2.0, 60.0, "flat")

CAMPAIGNS: tuple[Campaign, ...] = (
    Campaign(
        # Hydra cells (Anthropic's Feb 2026 distillation report; OpenAI's Jan 2025 DeepSeek
        # statement): hundreds to thousands of accounts, residential-proxy rotation across
        # many ASNs, shared payment fingerprints in sub-groups, common client/TLS traits,
        # loosely synchronized bursts, cohort signups through edu/startup/research channels.
        name="hydra_reasoning",
        persona="hydra_reasoning",
        share=0.32,
        campaigns=2,
        timing=_HARVEST_TIMING,
        wrapper="cot_coercion",
        tasks=_TASKS,
        params=_HARVEST_PARAMS,
        output=_HARVEST_OUT,
        channels=(("edu", 0.4), ("startup", 0.35), ("research", 0.25)),
        payment_group=12,
        english=0.35,
    ),
    Campaign(
        # Rubric grading used as a reward model: the student's answers scored against a rubric.
        name="rubric_reward",
        persona="rubric_reward",
        share=0.07,
        campaigns=1,
        timing=_HARVEST_TIMING,
        wrapper="rubric_grading",
        tasks=_TASKS,
        params=Params(temperature=(0.0, 0.3), max_tokens=(4096, 8192), reasoning_effort=("high",)),
        output=Output(out_median=600, out_sigma=0.5, reasoning_ratio=1.5, p_reasoning_text=0.4),
        channels=(("startup", 0.6), ("research", 0.4)),
        payment_group=8,
    ),
    Campaign(
        # "Safe rewrite" harvesting: refusal/safety behaviour collected as rewrite pairs.
        name="safe_rewrite",
        persona="safe_rewrite",
        share=0.07,
        campaigns=1,
        timing=_HARVEST_TIMING,
        wrapper="safe_rewrite",
        tasks=(("chat", 0.6), ("homework", 0.2), ("code_task", 0.2)),
        params=Params(temperature=(0.3, 0.7), max_tokens=(4096,)),
        output=Output(out_median=700, out_sigma=0.5, reasoning_ratio=0.5, p_reasoning_text=0.2),
        channels=(("startup", 0.5), ("standard", 0.5)),
        payment_group=6,
    ),
    Campaign(
        # Agentic coding / tool-use harvesting: harness-like system prompt, tools, but tool
        # loops never pause for a human and every step is asked to narrate its deliberation.
        name="agentic_harvest",
        persona="agentic_harvest",
        share=0.1,
        campaigns=1,
        timing=Timing(15.0, 0.5, 0.92, 15.0, 0.5, 2.0, 0.5, 0.0, 2.0, 60.0, "flat"),
        wrapper="agent_harvest",
        tasks=(("code_task", 1.0),),
        params=Params(
            temperature=(0.0, 0.7),
            max_tokens=(32000,),
            tools=(12, 17, 23),
            reasoning_effort=("high",),
        ),
        output=Output(out_median=700, out_sigma=0.6, reasoning_ratio=2.0, p_reasoning_text=0.7),
        channels=(("startup", 0.7), ("standard", 0.3)),
        ip_mode="datacenter",
        payment_group=5,
        english=0.7,
    ),
    Campaign(
        # Release pivot: about half the traffic moves to a newly released model within 24 h
        # (the "redirected within 24 hours of a release" pattern in Anthropic's Feb 2026 report).
        name="release_pivot",
        persona="release_pivot",
        share=0.1,
        campaigns=1,
        timing=_HARVEST_TIMING,
        wrapper="cot_coercion",
        tasks=_TASKS,
        params=_HARVEST_PARAMS,
        output=_HARVEST_OUT,
        channels=(("startup", 0.5), ("research", 0.5)),
        pivot=0.5,
        english=0.3,
    ),
    Campaign(
        # Pool swaps: banned/retired accounts replaced by fresh ones with the same behaviour.
        name="pool_swap",
        persona="pool_swap",
        share=0.08,
        campaigns=1,
        timing=_HARVEST_TIMING,
        wrapper="cot_coercion",
        tasks=_TASKS,
        params=_HARVEST_PARAMS,
        output=_HARVEST_OUT,
        channels=(("edu", 0.5), ("standard", 0.5)),
        swap=True,
        payment_group=4,
        min_accounts=4,
    ),
    Campaign(
        # Slow drips: each account a few exchanges a day, under per-account rate thresholds.
        name="slow_drip",
        persona="slow_drip",
        share=0.12,
        campaigns=1,
        timing=Timing(3.0, 0.3, 0.85, 1.0, 0.3, 1.5, 30.0, 0.0, 2.0, 60.0, "evening"),
        wrapper="cot_coercion",
        tasks=_TASKS,
        params=_HARVEST_PARAMS,
        output=_HARVEST_OUT,
        channels=(("standard", 0.6), ("edu", 0.4)),
        payment_group=3,
        sync_bursts=False,
        english=0.3,
    ),
    Campaign(
        # Relay: reseller-like accounts forwarding genuine end-user chats mixed with 20-40%
        # harvest traffic, hiding among their end users.
        name="relay",
        persona="relay",
        share=0.04,
        campaigns=1,
        timing=Timing(20.0, 0.6, 0.99, 3.0, 0.8, 1.2, 8.0, 0.2, 2.0, 30.0, "flat"),
        wrapper="cot_coercion",
        tasks=_TASKS,
        params=Params(temperature=(0.7, 1.0), max_tokens=(None, 4096, 32768), stream=(True, False)),
        output=_CHAT_OUT,
        channels=(("reseller", 1.0),),
        ip_mode="datacenter",
        payment_group=1,
        sync_bursts=False,
        harvest_share=0.3,
        end_users=2500,
        english=0.45,
    ),
    Campaign(
        # Probing: one account trying hundreds of distinct extraction techniques.
        name="probing",
        persona="probing",
        share=0.005,
        campaigns=1,
        timing=Timing(25.0, 0.2, 0.8, 8.0, 0.5, 1.5, 20.0, 0.1, 2.0, 120.0, "office"),
        wrapper="probe_technique",
        tasks=_TASKS,
        params=Params(
            temperature=(0.0, 0.7, 1.0), max_tokens=(4096, 16384), reasoning_effort=("high", None)
        ),
        output=Output(out_median=500, out_sigma=0.7, reasoning_ratio=1.0, p_reasoning_text=0.3),
        channels=(("standard", 1.0),),
        ip_mode="stable",
        payment_group=1,
        sync_bursts=False,
    ),
    Campaign(
        # Evasive cells: paraphrased prompts, human-like timing, rotating clients.
        name="evasive",
        persona="evasive",
        share=0.065,
        campaigns=1,
        timing=Timing(12.0, 0.7, 0.6, 3.0, 0.6, 1.5, 45.0, 0.3, 2.0, 150.0, "evening"),
        wrapper="paraphrase_extraction",
        tasks=_TASKS,
        params=Params(temperature=(1.0, 0.7), max_tokens=(None, 8192, 16384)),
        output=Output(out_median=900, out_sigma=0.6, reasoning_ratio=1.0, p_reasoning_text=0.2),
        channels=(("standard", 0.8), ("edu", 0.2)),
        ip_mode="stable",
        payment_group=2,
        cohort_days=40.0,
        sync_bursts=False,
        rotate_client=True,
        english=0.6,
    ),
)

DEFAULT_CONFIG = RangeConfig(personas=PERSONAS, campaigns=CAMPAIGNS)
