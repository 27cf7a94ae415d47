"""Benchmark-like tasks: math word problems, multiple choice, code problems.

Eval runners, students and attackers all draw from these same pools, so a task's text alone
cannot tell them apart (what differs is the wrapper, system prompt and parameters). Items are
generated procedurally with correct answers and worked solutions.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from distillwatch.simulate.text.item import TextItem

NAMES = (
    "Maya",
    "Liam",
    "Priya",
    "Chen",
    "Sofia",
    "Omar",
    "Hana",
    "Diego",
    "Amara",
    "Lukas",
    "Yuki",
    "Fatima",
    "Noah",
    "Ines",
    "Ravi",
    "Elena",
    "Kwame",
    "Zoe",
    "Mateo",
    "Aiko",
)
ITEMS = ("apples", "stickers", "marbles", "pencils", "cookies", "books", "stamps", "shells")
CONTAINERS = ("boxes", "bags", "packs", "crates", "jars")


def _num(rng: np.random.Generator, lo: int, hi: int) -> int:
    return int(rng.integers(lo, hi + 1))


def _math_items(rng: np.random.Generator) -> tuple[str, list[str], str]:
    """(problem, solution steps, answer) for one random template."""
    k = int(rng.integers(0, 12))
    ans: float
    n, m = (NAMES[i] for i in rng.choice(len(NAMES), 2, replace=False))
    item = ITEMS[int(rng.integers(len(ITEMS)))]
    if k == 0:
        a, b, c = _num(rng, 5, 60), _num(rng, 2, 9), _num(rng, 3, 12)
        d = _num(rng, 1, a)
        ans = a + b * c - d
        box = CONTAINERS[int(rng.integers(len(CONTAINERS)))]
        p = (
            f"{n} had {a} {item}. Then {n} bought {b} {box} with {c} {item} in each, and gave "
            f"{d} {item} to {m}. How many {item} does {n} have now?"
        )
        steps = [
            f"{n} bought {b} × {c} = {b * c} {item}.",
            f"Before giving any away: {a} + {b * c} = {a + b * c}.",
            f"After giving {d} to {m}: {a + b * c} − {d} = {ans}.",
        ]
    elif k == 1:
        v, t, w, u = _num(rng, 40, 120), _num(rng, 1, 5), _num(rng, 30, 100), _num(rng, 1, 4)
        ans = v * t + w * u
        p = (
            f"A train travels at {v} km/h for {t} hours and then at {w} km/h for {u} hours. "
            f"How many kilometres does it travel in total?"
        )
        steps = [
            f"First part: {v} × {t} = {v * t} km.",
            f"Second part: {w} × {u} = {w * u} km.",
            f"Total: {v * t} + {w * u} = {ans} km.",
        ]
    elif k == 2:
        price, pct, coupon = (
            _num(rng, 20, 400),
            int(rng.choice([10, 15, 20, 25, 30, 40, 50])),
            _num(rng, 2, 15),
        )
        sale = price * (100 - pct) / 100
        ans_f = round(sale - coupon, 2)
        ans = ans_f
        p = (
            f"A jacket costs ${price}. It is on sale for {pct}% off, and then a ${coupon} coupon is "
            f"applied to the sale price. What is the final price?"
        )
        steps = [
            f"Discount: {pct}% of {price} = {price * pct / 100:g}.",
            f"Sale price: {price} − {price * pct / 100:g} = {sale:g}.",
            f"After the coupon: {sale:g} − {coupon} = {ans_f:g}.",
        ]
    elif k == 3:
        a, b = _num(rng, 2, 9), _num(rng, 2, 9)
        mins = round(a * b / (a + b) * 60, 1)
        ans = mins
        p = (
            f"{n} can paint a fence in {a} hours and {m} can paint the same fence in {b} hours. "
            f"Working together, how many minutes will it take them?"
        )
        steps = [
            f"Rates: 1/{a} and 1/{b} of the fence per hour.",
            f"Together: 1/{a} + 1/{b} = {a + b}/{a * b} per hour.",
            f"Time: {a * b}/{a + b} hours = {mins:g} minutes.",
        ]
    elif k == 4:
        young, mult, yrs = _num(rng, 3, 15), _num(rng, 2, 5), _num(rng, 2, 10)
        total = young * mult + young + 2 * yrs
        ans = young
        p = (
            f"{n} is {mult} times as old as {m}. In {yrs} years the sum of their ages will be {total}. "
            f"How old is {m} now?"
        )
        steps = [
            f"Let {m}'s age be x, so {n} is {mult}x.",
            f"In {yrs} years: x + {yrs} + {mult}x + {yrs} = {total}.",
            f"{mult + 1}x = {total - 2 * yrs}, so x = {ans}.",
        ]
    elif k == 5:
        w, length, path = _num(rng, 4, 20), _num(rng, 6, 30), _num(rng, 1, 3)
        ans = (length + 2 * path) * (w + 2 * path) - length * w
        p = (
            f"A garden is {w} m wide and {length} m long. A path {path} m wide runs all around it. "
            f"What is the area of the path in square metres?"
        )
        steps = [
            f"Outer rectangle: {length + 2 * path} × {w + 2 * path} = {(length + 2 * path) * (w + 2 * path)} m².",
            f"Garden: {length} × {w} = {length * w} m².",
            f"Path: difference = {ans} m².",
        ]
    elif k == 6:
        a, wk, pct = _num(rng, 5, 40), _num(rng, 4, 20), int(rng.choice([20, 25, 40, 50, 60, 75]))
        saved = a * wk
        ans = saved - saved * pct / 100
        p = (
            f"{n} saves ${a} every week. After {wk} weeks, {n} spends {pct}% of the savings on a bike. "
            f"How much money is left?"
        )
        steps = [
            f"Savings: {a} × {wk} = {saved}.",
            f"Spent: {pct}% of {saved} = {saved * pct / 100:g}.",
            f"Left: {saved} − {saved * pct / 100:g} = {ans:g}.",
        ]
    elif k == 7:
        r, b = _num(rng, 2, 9), _num(rng, 1, 8)
        t = (r + b) * _num(rng, 3, 20)
        red, blue = t * r // (r + b), t * b // (r + b)
        ans = red - blue
        p = (
            f"The ratio of red to blue {item} in a jar is {r}:{b}. There are {t} {item} in total. "
            f"How many more red {item} than blue {item} are there?"
        )
        steps = [
            f"One part is {t} ÷ {r + b} = {t // (r + b)}.",
            f"Red: {red}, blue: {blue}.",
            f"Difference: {ans}.",
        ]
    elif k == 8:
        a, d, cnt = _num(rng, -10, 20), _num(rng, 1, 9), _num(rng, 8, 40)
        ans = cnt * (2 * a + (cnt - 1) * d) // 2
        p = (
            f"The first term of an arithmetic sequence is {a} and the common difference is {d}. "
            f"What is the sum of the first {cnt} terms?"
        )
        steps = [
            f"Last term: {a} + ({cnt} − 1)·{d} = {a + (cnt - 1) * d}.",
            f"Sum: {cnt}·({a} + {a + (cnt - 1) * d})/2 = {ans}.",
        ]
    elif k == 9:
        r, g = _num(rng, 2, 9), _num(rng, 2, 9)
        num, den = r * (r - 1), (r + g) * (r + g - 1)
        gcd = math.gcd(num, den)
        ans_s = f"{num // gcd}/{den // gcd}"
        p = (
            f"A bag holds {r} red and {g} green balls. Two balls are drawn without replacement. "
            f"What is the probability that both are red? Give the answer as a fraction in lowest terms."
        )
        steps = [
            f"First red: {r}/{r + g}.",
            f"Second red: {r - 1}/{r + g - 1}.",
            f"Product: {num}/{den} = {ans_s}.",
        ]
        return p, steps, ans_s
    elif k == 10:
        a, e, mod = _num(rng, 2, 19), _num(rng, 10, 200), _num(rng, 5, 23)
        ans = pow(a, e, mod)
        p = f"What is the remainder when {a}^{e} is divided by {mod}?"
        steps = [
            f"Work modulo {mod} and look for a cycle in the powers of {a}.",
            f"Reduce the exponent {e} using the cycle length.",
            f"The remainder is {ans}.",
        ]
    else:
        k2, tot = _num(rng, 2, 6), _num(rng, 7, 20)
        ans = math.comb(tot, k2)
        p = f"In how many ways can a committee of {k2} people be chosen from a club of {tot} members?"
        steps = [
            f"Order does not matter, so use C({tot}, {k2}).",
            f"C({tot}, {k2}) = {tot}! / ({k2}!·{tot - k2}!) = {ans}.",
        ]
    return p, steps, f"{ans:g}" if isinstance(ans, float) else str(ans)


def math_word(rng: np.random.Generator) -> TextItem:
    p, steps, ans = _math_items(rng)
    text = "Let's work through it.\n" + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps))
    text += f"\n\nThe answer is **{ans}**."
    reasoning = (
        "Okay, let me read the problem carefully. "
        + " ".join(steps)
        + " Let me double-check the arithmetic once more... yes, that is consistent. "
        f"So the final answer is {ans}."
    )
    return TextItem(p, text, reasoning, "en")


# (question, correct, three distractors)
FACTS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        "Nitrogen",
        "Oxygen",
        "Argon",
        "Carbon dioxide",
    ),
    (
        "What is the powerhouse of the eukaryotic cell?",
        "Mitochondrion",
        "Ribosome",
        "Golgi apparatus",
        "Lysosome",
    ),
    (
        "Which planet has the shortest orbital period around the Sun?",
        "Mercury",
        "Venus",
        "Mars",
        "Earth",
    ),
    (
        "Who formulated the three laws of motion?",
        "Isaac Newton",
        "Galileo Galilei",
        "Johannes Kepler",
        "Albert Einstein",
    ),
    ("What is the SI unit of electric charge?", "Coulomb", "Ampere", "Volt", "Ohm"),
    (
        "Which treaty ended the Thirty Years' War?",
        "Peace of Westphalia",
        "Treaty of Utrecht",
        "Treaty of Versailles",
        "Congress of Vienna",
    ),
    (
        "Which data structure gives O(1) average-time lookup by key?",
        "Hash table",
        "Linked list",
        "Binary heap",
        "Sorted array",
    ),
    ("What is the derivative of sin(x)?", "cos(x)", "−cos(x)", "sin(x)", "tan(x)"),
    (
        "Which enzyme unwinds the DNA double helix during replication?",
        "Helicase",
        "Ligase",
        "Primase",
        "Polymerase I",
    ),
    (
        "In economics, what does GDP measure?",
        "The market value of final goods and services produced",
        "Total government spending",
        "Money supply",
        "Net exports only",
    ),
    (
        "What is the time complexity of binary search on a sorted array?",
        "O(log n)",
        "O(n)",
        "O(n log n)",
        "O(1)",
    ),
    ("Which element has the atomic number 6?", "Carbon", "Nitrogen", "Oxygen", "Boron"),
    ("Which river flows through Budapest?", "Danube", "Rhine", "Vistula", "Elbe"),
    (
        "Which logical fallacy attacks the person instead of the argument?",
        "Ad hominem",
        "Straw man",
        "False dilemma",
        "Slippery slope",
    ),
    (
        "What is the main function of red blood cells?",
        "Carrying oxygen",
        "Fighting infection",
        "Clotting blood",
        "Producing hormones",
    ),
    ("Which of these is a prime number?", "97", "91", "87", "93"),
    (
        "What does the Pauli exclusion principle state?",
        "No two fermions can share the same quantum state",
        "Energy is conserved",
        "Momentum and position commute",
        "Light has a fixed speed",
    ),
    ("Which organ produces insulin?", "Pancreas", "Liver", "Kidney", "Spleen"),
    ("What is the capital of Australia?", "Canberra", "Sydney", "Melbourne", "Perth"),
    (
        "Which sorting algorithm is stable in its usual form?",
        "Merge sort",
        "Heap sort",
        "Quick sort",
        "Selection sort",
    ),
    (
        "Which philosopher wrote 'Critique of Pure Reason'?",
        "Immanuel Kant",
        "David Hume",
        "René Descartes",
        "John Locke",
    ),
    ("What is the value of log base 2 of 1024?", "10", "8", "12", "9"),
    (
        "Which layer of the OSI model does TCP belong to?",
        "Transport",
        "Network",
        "Session",
        "Data link",
    ),
    (
        "What kind of bond holds the two strands of DNA together?",
        "Hydrogen bonds",
        "Ionic bonds",
        "Covalent bonds",
        "Metallic bonds",
    ),
    (
        "Which empire built Machu Picchu?",
        "The Inca Empire",
        "The Aztec Empire",
        "The Maya",
        "The Olmecs",
    ),
    ("What is the integral of 1/x dx?", "ln|x| + C", "x²/2 + C", "1/x² + C", "e^x + C"),
    (
        "In a market with a price ceiling below equilibrium, what usually appears?",
        "A shortage",
        "A surplus",
        "Deflation",
        "Perfect competition",
    ),
    (
        "Which vitamin is produced in the skin with sunlight?",
        "Vitamin D",
        "Vitamin C",
        "Vitamin A",
        "Vitamin K",
    ),
    (
        "What does HTTP status 404 mean?",
        "Not Found",
        "Forbidden",
        "Server Error",
        "Moved Permanently",
    ),
    (
        "Which statistic is most robust to outliers?",
        "The median",
        "The mean",
        "The range",
        "The standard deviation",
    ),
)

MCQ_STEMS = (
    "Answer the following multiple choice question.",
    "Choose the single best answer.",
    "Question:",
    "Select the correct option and reply with its letter.",
)


def mcq(rng: np.random.Generator) -> TextItem:
    q, right, *wrong = FACTS[int(rng.integers(len(FACTS)))]
    opts = [right, *wrong]
    order = rng.permutation(4)
    letters = "ABCD"
    lines = [f"{letters[i]}. {opts[j]}" for i, j in enumerate(order)]
    correct = letters[int(np.where(order == 0)[0][0])]
    stem = MCQ_STEMS[int(rng.integers(len(MCQ_STEMS)))]
    p = f"{stem}\n\n{q}\n" + "\n".join(lines)
    text = f"The correct answer is {correct}. {right} is right because the other options do not fit the definition asked for.\n\nAnswer: {correct}"
    reasoning = (
        f"The question asks: {q} Going through the options one by one. "
        + " ".join(
            f"Option {letters[i]}: {opts[j]} — {'this matches' if j == 0 else 'this does not fit'}."
            for i, j in enumerate(order)
        )
        + f" So the answer is {correct}."
    )
    return TextItem(p, text, reasoning, "en")


# (function name, signature, description, solution body)
CODE_SPECS: tuple[tuple[str, str, str, str], ...] = (
    (
        "is_palindrome",
        "s: str) -> bool",
        "returns True when s reads the same forwards and backwards, ignoring case and non-alphanumeric characters",
        "t = [c.lower() for c in s if c.isalnum()]\n    return t == t[::-1]",
    ),
    (
        "two_sum",
        "nums: list[int], target: int) -> tuple[int, int]",
        "returns the indices of the two numbers that add up to target",
        "seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return seen[target - x], i\n        seen[x] = i\n    raise ValueError('no pair')",
    ),
    (
        "flatten",
        "xs: list) -> list",
        "flattens an arbitrarily nested list",
        "out = []\n    for x in xs:\n        out.extend(flatten(x) if isinstance(x, list) else [x])\n    return out",
    ),
    (
        "run_length_encode",
        "s: str) -> str",
        "compresses runs of repeated characters as char+count, e.g. 'aaab' -> 'a3b1'",
        "out, i = [], 0\n    while i < len(s):\n        j = i\n        while j < len(s) and s[j] == s[i]:\n            j += 1\n        out.append(f'{s[i]}{j - i}')\n        i = j\n    return ''.join(out)",
    ),
    (
        "merge_intervals",
        "intervals: list[tuple[int, int]]) -> list[tuple[int, int]]",
        "merges overlapping closed intervals and returns them sorted",
        "out = []\n    for a, b in sorted(intervals):\n        if out and a <= out[-1][1]:\n            out[-1] = (out[-1][0], max(out[-1][1], b))\n        else:\n            out.append((a, b))\n    return out",
    ),
    (
        "count_vowels",
        "s: str) -> int",
        "counts the vowels in s",
        "return sum(c in 'aeiouAEIOU' for c in s)",
    ),
    (
        "longest_common_prefix",
        "words: list[str]) -> str",
        "returns the longest common prefix of all words",
        "if not words:\n        return ''\n    p = min(words)\n    q = max(words)\n    i = 0\n    while i < len(p) and p[i] == q[i]:\n        i += 1\n    return p[:i]",
    ),
    (
        "is_balanced",
        "s: str) -> bool",
        "checks whether the brackets ()[]{} in s are balanced",
        "pairs, st = {')': '(', ']': '[', '}': '{'}, []\n    for c in s:\n        if c in '([{':\n            st.append(c)\n        elif c in pairs:\n            if not st or st.pop() != pairs[c]:\n                return False\n    return not st",
    ),
    (
        "nth_fibonacci",
        "n: int) -> int",
        "returns the n-th Fibonacci number with F(0)=0",
        "a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a",
    ),
    (
        "rotate_matrix",
        "m: list[list[int]]) -> list[list[int]]",
        "rotates a square matrix 90 degrees clockwise",
        "return [list(r) for r in zip(*m[::-1])]",
    ),
    (
        "word_frequencies",
        "text: str) -> dict[str, int]",
        "counts case-insensitive word frequencies",
        "from collections import Counter\n    return dict(Counter(text.lower().split()))",
    ),
    (
        "prime_factors",
        "n: int) -> list[int]",
        "returns the prime factors of n in ascending order, with multiplicity",
        "out, d = [], 2\n    while d * d <= n:\n        while n % d == 0:\n            out.append(d)\n            n //= d\n        d += 1\n    if n > 1:\n        out.append(n)\n    return out",
    ),
    (
        "max_subarray",
        "nums: list[int]) -> int",
        "returns the largest sum of a contiguous subarray (Kadane)",
        "best = cur = nums[0]\n    for x in nums[1:]:\n        cur = max(x, cur + x)\n        best = max(best, cur)\n    return best",
    ),
    (
        "to_roman",
        "n: int) -> str",
        "converts an integer from 1 to 3999 to a Roman numeral",
        "vals = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]\n    out = ''\n    for v, s in vals:\n        while n >= v:\n            out += s\n            n -= v\n    return out",
    ),
    (
        "dedupe_keep_order",
        "xs: list) -> list",
        "removes duplicates while keeping the first occurrence order",
        "return list(dict.fromkeys(xs))",
    ),
    (
        "binary_search",
        "xs: list[int], x: int) -> int",
        "returns the index of x in the sorted list xs, or -1",
        "lo, hi = 0, len(xs) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if xs[mid] == x:\n            return mid\n        if xs[mid] < x:\n            lo = mid + 1\n        else:\n            hi = mid - 1\n    return -1",
    ),
    (
        "anagram_groups",
        "words: list[str]) -> list[list[str]]",
        "groups words that are anagrams of each other",
        "g = {}\n    for w in words:\n        g.setdefault(''.join(sorted(w)), []).append(w)\n    return list(g.values())",
    ),
    (
        "parse_duration",
        "s: str) -> int",
        "parses strings like '1h30m15s' into seconds",
        "import re\n    units = {'h': 3600, 'm': 60, 's': 1}\n    return sum(int(n) * units[u] for n, u in re.findall(r'(\\d+)([hms])', s))",
    ),
    (
        "lru_get_or_put",
        "cache: dict, key: str, value: int, cap: int) -> dict",
        "inserts into an insertion-ordered dict acting as an LRU cache of capacity cap",
        "cache.pop(key, None)\n    cache[key] = value\n    while len(cache) > cap:\n        cache.pop(next(iter(cache)))\n    return cache",
    ),
    (
        "chunk",
        "xs: list, size: int) -> list[list]",
        "splits xs into consecutive chunks of length size",
        "return [xs[i:i + size] for i in range(0, len(xs), size)]",
    ),
)

CODE_FRAMES = (
    "Write a Python function `{name}({sig}` that {desc}.",
    "Implement `{name}` in Python. It {desc}.\n\n```python\ndef {name}({sig}:\n    ...\n```",
    'Complete the following function.\n\n```python\ndef {name}({sig}:\n    """Function that {desc}."""\n```',
    "Solve this coding problem: write `{name}` which {desc}. Include a couple of test cases.",
)


def code_task(rng: np.random.Generator) -> TextItem:
    name, sig, desc, body = CODE_SPECS[int(rng.integers(len(CODE_SPECS)))]
    frame = CODE_FRAMES[int(rng.integers(len(CODE_FRAMES)))]
    p = frame.format(name=name, sig=sig, desc=desc)
    text = (
        f"Here is an implementation:\n\n```python\ndef {name}({sig}:\n    {body}\n```\n\n"
        f"It runs in linear time in the size of the input for the common cases."
    )
    reasoning = (
        f"I need a function {name} that {desc}. Let me think about edge cases: empty "
        f"input, a single element, repeated values. A straightforward approach works; "
        f"let me write it and trace a small example by hand to be sure."
    )
    return TextItem(p, text, reasoning, "en")


TASK_GENERATORS: dict[str, Callable[[np.random.Generator], TextItem]] = {
    "math_word": math_word,
    "mcq": mcq,
    "code_task": code_task,
}
