"""Benign work traffic: enterprise pipeline templates, coding-agent turns, homework questions."""

from __future__ import annotations

import numpy as np

from distillwatch.simulate.text.item import TextItem
from distillwatch.simulate.text.tasks import CODE_SPECS, math_word

CUSTOMERS = (
    "Acme Logistics",
    "Birch & Co",
    "Northwind",
    "Helios Energy",
    "Globex",
    "Umbrella Foods",
)
PRODUCTS = ("router X200", "standing desk", "wireless earbuds", "espresso machine", "invoice plan")
ISSUES = (
    "arrived damaged",
    "was charged twice",
    "cannot log in",
    "stopped working after an update",
    "wants a refund",
    "asks about delivery times",
    "reports a missing item",
)

# Each enterprise account uses ONE of these templates for all its traffic (fixed frame,
# varying payload), which is what makes pipelines look like automated harvesting.
ENTERPRISE_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    (
        "You extract structured data from customer support tickets.",
        "Extract the fields customer, product, issue_type and urgency (low/medium/high) as JSON.\n\nTicket:\n{ticket}",
        '{{"customer": "{customer}", "product": "{product}", "issue_type": "{issue}", "urgency": "medium"}}',
    ),
    (
        "You are a sentiment classifier for product reviews. Reply with one word.",
        "Classify the sentiment of this review as positive, negative or mixed.\n\nReview: {review}",
        "negative",
    ),
    (
        "You translate e-commerce product descriptions.",
        "Translate the following product description into German, keeping the formatting.\n\n{desc}",
        "Hochwertiges Produkt: {product}. Lieferung in 2–3 Werktagen.",
    ),
    (
        "You summarize invoices for an accounts-payable team.",
        "Summarize this invoice in two sentences and flag anything unusual.\n\nINVOICE {num}\nVendor: {customer}\nItems: {product} x{qty}\nTotal: {total} EUR",
        "Invoice {num} from {customer} covers {qty} units of {product} for {total} EUR. Nothing unusual.",
    ),
    (
        "You route emails to the right department.",
        "Which department should handle this email? Options: billing, technical, sales, other.\n\nEmail: {ticket}",
        "billing",
    ),
)


def enterprise(rng: np.random.Generator, template: int) -> TextItem:
    """A payload for fixed template `template` (the system prompt is the item's reasoning slot)."""
    sys, frame, out = ENTERPRISE_TEMPLATES[template % len(ENTERPRISE_TEMPLATES)]
    customer = CUSTOMERS[int(rng.integers(len(CUSTOMERS)))]
    product = PRODUCTS[int(rng.integers(len(PRODUCTS)))]
    issue = ISSUES[int(rng.integers(len(ISSUES)))]
    ticket = (
        f"Hello, this is {customer}. Our {product} {issue}. Order #{int(rng.integers(10**5, 10**6))}. "
        f"Please advise as soon as possible."
    )
    review = f"The {product} {issue}; support was {'slow' if rng.random() < 0.5 else 'friendly'}."
    vals = dict(
        ticket=ticket,
        review=review,
        customer=customer,
        product=product,
        issue=issue,
        desc=f"{product.title()} — durable, tested, ships fast. Model {int(rng.integers(100, 999))}.",
        num=int(rng.integers(1000, 99999)),
        qty=int(rng.integers(1, 50)),
        total=int(rng.integers(50, 9000)),
    )
    return TextItem(frame.format(**vals), out.format(**vals), sys, "en")


AGENT_SYSTEM = (
    "You are an AI coding assistant operating in the user's terminal. You can read and edit files "
    "and run shell commands using the provided tools. Make minimal, focused changes, run the tests "
    "after editing, and ask the user before destructive operations.",
    "You are a software engineering agent. Tools: read_file, write_file, run, search. Prefer small "
    "diffs. When the task is done, summarize the change in one paragraph.",
    "You are Devbot, pair-programming in an IDE. Use tools to inspect the workspace before answering. "
    "Follow the repository's style guide.",
)
AGENT_TASKS = (
    "The test tests/test_{mod}.py::test_{fn} fails with an AssertionError. Can you fix it?",
    "Add a --verbose flag to the CLI in src/{mod}/cli.py that prints progress.",
    "Refactor {fn} in src/{mod}/utils.py so it doesn't use global state.",
    "Why is the build failing on CI? Here's the log: ModuleNotFoundError: No module named '{mod}'",
    "Write unit tests for {fn} covering the empty input case.",
    "Rename the function {fn} to {fn}_v2 everywhere and update the imports.",
)
MODULES = ("billing", "auth", "ingest", "reports", "scheduler", "api")
TOOL_RESULTS = (
    "$ pytest -q\n..F.\nFAILED tests/test_{mod}.py::test_{fn} - assert 3 == 4\n1 failed, 3 passed in 0.41s",
    "src/{mod}/utils.py:\n12: def {fn}(items):\n13:     global CACHE\n14:     for x in items:\n15:         CACHE[x] = len(x)",
    "$ git status\nmodified:   src/{mod}/cli.py\n",
    "$ rg '{fn}' -n\nsrc/{mod}/utils.py:12\nsrc/{mod}/api.py:40\ntests/test_{mod}.py:7",
    "$ pytest -q\n....\n4 passed in 0.38s",
)
AGENT_REPLIES = (
    "Let me look at the failing test first.",
    "I'll search for usages before renaming.",
    "The test expects 4 but the function counts from zero; I'll fix the off-by-one.",
    "Tests pass now. Summary: fixed the off-by-one in {fn} and added a regression test.",
    "I'll read the file to see how the global is used.",
)


def agent_turn(rng: np.random.Generator) -> tuple[str, str, str]:
    """(user task, tool result, assistant reply) for one coding-agent step."""
    mod = MODULES[int(rng.integers(len(MODULES)))]
    fn = CODE_SPECS[int(rng.integers(len(CODE_SPECS)))][0]
    task = AGENT_TASKS[int(rng.integers(len(AGENT_TASKS)))].format(mod=mod, fn=fn)
    tool = TOOL_RESULTS[int(rng.integers(len(TOOL_RESULTS)))].format(mod=mod, fn=fn)
    reply = AGENT_REPLIES[int(rng.integers(len(AGENT_REPLIES)))].format(fn=fn)
    return task, tool, reply


def agent_task(rng: np.random.Generator) -> TextItem:
    task, tool, reply = agent_turn(rng)
    return TextItem(task, reply, tool, "en")


HOMEWORK = {
    "en": (
        "Can you explain step by step how to balance the equation Fe + O2 -> Fe2O3?",
        "Explain step by step why the derivative of x^2 is 2x. I don't get the limit part.",
        "My homework asks: what were the main causes of World War I? Explain it simply.",
        "How do I find the slope of the line through (2, 3) and (6, 11)? Please explain each step.",
        "What is the difference between mitosis and meiosis? I have a quiz tomorrow.",
        "Explain step by step how photosynthesis turns light into sugar.",
        "I need help with my essay intro about climate change, can you give feedback on structure?",
        "Why does a ball thrown upward slow down? Explain with Newton's laws.",
    ),
    "es": (
        "¿Me puedes explicar paso a paso cómo resolver 2x + 5 = 17?",
        "Explícame la fotosíntesis para mi tarea de biología.",
    ),
    "de": (
        "Kannst du mir Schritt für Schritt erklären, wie man Brüche addiert?",
        "Erklär mir bitte die Ursachen der Französischen Revolution für mein Referat.",
    ),
    "zh": (
        "请一步一步解释怎么解这个方程：3x - 7 = 11。",
        "老师让我们写一篇关于环境保护的作文，能帮我列个提纲吗？",
    ),
    "pt": ("Pode explicar passo a passo como calcular a área de um triângulo?",),
    "fr": ("Peux-tu m'expliquer étape par étape le théorème de Pythagore ?",),
}


def homework(rng: np.random.Generator, lang: str) -> TextItem:
    if lang == "en" and rng.random() < 0.35:  # a math problem phrased as homework
        it = math_word(rng)
        return TextItem(
            f"I don't understand this homework problem, can you explain step by step?\n\n{it.prompt}",
            it.answer,
            it.reasoning,
            "en",
        )
    qs = HOMEWORK.get(lang, HOMEWORK["en"])
    q = qs[int(rng.integers(len(qs)))]
    ans = (
        "Sure, let's go through it together.\nStep 1: write down what is given.\nStep 2: identify "
        "the rule that applies.\nStep 3: apply it carefully and check the result."
    )
    return TextItem(q, ans, "", lang if lang in HOMEWORK else "en")
