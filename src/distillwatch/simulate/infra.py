"""Network and client traits: ASNs, IP addresses, user agents and TLS fingerprints.

ASN numbers are the real operators' (so ASN-level features see plausible diversity); IP
addresses are synthetic inside made-up /16s per ASN. JA4-like fingerprints are synthetic
strings in JA4 shape, one per client stack, so stacks that share TLS libraries share them.
"""

from __future__ import annotations

import numpy as np

# (asn, country, first two octets) — residential/mobile ISPs by country.
RESIDENTIAL: tuple[tuple[int, str, str], ...] = (
    (7922, "US", "73.21"),
    (701, "US", "71.104"),
    (20115, "US", "97.93"),
    (2856, "GB", "86.140"),
    (3320, "DE", "87.150"),
    (3215, "FR", "90.38"),
    (3269, "IT", "79.19"),
    (3352, "ES", "83.45"),
    (5617, "PL", "83.6"),
    (9121, "TR", "85.99"),
    (12389, "RU", "95.24"),
    (4134, "CN", "116.23"),
    (4837, "CN", "123.112"),
    (4713, "JP", "126.55"),
    (2516, "JP", "111.101"),
    (4766, "KR", "121.134"),
    (28573, "BR", "177.92"),
    (9829, "IN", "117.201"),
    (45609, "IN", "106.210"),
    (7552, "VN", "171.224"),
    (7713, "ID", "36.72"),
    (8452, "EG", "156.204"),
    (25019, "SA", "51.39"),
    (8151, "MX", "189.203"),
    (1221, "AU", "110.140"),
    (6327, "CA", "68.146"),
    (17676, "JP", "126.210"),
    (9808, "CN", "111.30"),
    (31213, "RU", "176.59"),
    (12322, "FR", "82.64"),
    (6830, "NL", "84.24"),
    (8708, "RO", "86.120"),
    (3462, "TW", "114.36"),
    (4818, "MY", "175.139"),
    (132199, "PH", "112.198"),
    (24560, "IN", "122.179"),
    (3243, "PT", "89.115"),
    (6849, "UA", "93.72"),
    (45899, "VN", "113.161"),
    (17974, "ID", "180.252"),
    (27699, "BR", "189.34"),
    (7303, "AR", "181.46"),
    (10620, "CO", "181.49"),
    (12430, "ES", "95.61"),
)
# Cloud and hosting networks (server-side apps, pipelines, datacenter harvesting rigs).
DATACENTER: tuple[tuple[int, str, str], ...] = (
    (16509, "US", "52.14"),
    (14618, "US", "54.80"),
    (15169, "US", "34.118"),
    (8075, "US", "20.96"),
    (14061, "DE", "164.90"),
    (24940, "DE", "95.216"),
    (16276, "FR", "51.75"),
    (63949, "US", "45.79"),
    (20473, "US", "149.28"),
    (45102, "SG", "47.74"),
    (37963, "CN", "47.100"),
    (132203, "HK", "43.154"),
)
COUNTRY_LANG = {
    "US": "en",
    "GB": "en",
    "AU": "en",
    "CA": "en",
    "DE": "de",
    "FR": "fr",
    "IT": "it",
    "ES": "es",
    "MX": "es",
    "AR": "es",
    "CO": "es",
    "PL": "pl",
    "TR": "tr",
    "RU": "ru",
    "UA": "ru",
    "CN": "zh",
    "TW": "zh",
    "JP": "ja",
    "KR": "ko",
    "BR": "pt",
    "PT": "pt",
    "IN": "hi",
    "VN": "vi",
    "ID": "id",
    "EG": "ar",
    "SA": "ar",
    "MY": "id",
    "PH": "en",
    "NL": "en",
    "RO": "en",
    "SG": "en",
    "HK": "zh",
}
COUNTRY_TZ = {
    "US": -6,
    "GB": 0,
    "AU": 10,
    "CA": -5,
    "DE": 1,
    "FR": 1,
    "IT": 1,
    "ES": 1,
    "MX": -6,
    "AR": -3,
    "CO": -5,
    "PL": 1,
    "TR": 3,
    "RU": 3,
    "UA": 2,
    "CN": 8,
    "TW": 8,
    "JP": 9,
    "KR": 9,
    "BR": -3,
    "PT": 0,
    "IN": 5,
    "VN": 7,
    "ID": 7,
    "EG": 2,
    "SA": 3,
    "MY": 8,
    "PH": 8,
    "NL": 1,
    "RO": 2,
    "SG": 8,
    "HK": 8,
}

_JA4_PY = "t13d1812h1_85036bcba153_b26ce05bbdaf"
_JA4_NODE = "t13d1516h2_8daaf6152771_02713d6af862"
_JA4_GO = "t13d1311h2_f57a46bbacb6_e7c285222651"
_JA4_CURL = "t13d3112h2_e8f1e7e78f70_6bebaf5329ac"
_JA4_CHROME = "t13d1517h2_8daaf6152771_b0da82dd1658"
_JA4_SAFARI = "t13d2014h2_a09f3c656075_14788d8d241b"
_JA4_RUST = "t13d1010h2_61a7ad8aa9b6_3a8073edd8ef"

# (user agent, tls fingerprint) per client stack family.
CLIENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "sdk": (
        ("OpenAI/Python 1.54.3", _JA4_PY),
        ("OpenAI/Python 1.82.0", _JA4_PY),
        ("anthropic-python/0.49.0", _JA4_PY),
        ("OpenAI/NodeJS/4.73.0", _JA4_NODE),
        ("python-httpx/0.27.2", _JA4_PY),
        ("curl/8.5.0", _JA4_CURL),
        ("langchain-openai/0.2.14", _JA4_PY),
    ),
    "server": (
        ("OpenAI/NodeJS/4.73.0", _JA4_NODE),
        ("Go-http-client/2.0", _JA4_GO),
        ("litellm/1.61.3", _JA4_PY),
        ("OpenAI/Java/0.18.2", "t13d1715h2_5b57614c22b0_7121afd63204"),
    ),
    "agent": (
        ("codepilot-cli/1.0.61 (external, cli)", _JA4_NODE),
        ("Cursor/0.45.11", _JA4_NODE),
        ("aider/0.72.1 python-httpx/0.27.2", _JA4_PY),
        ("opencode/0.3.8", _JA4_GO),
        ("Zed/0.170.2", _JA4_RUST),
    ),
    "browserish": (
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            _JA4_CHROME,
        ),
        (
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
            _JA4_SAFARI,
        ),
        ("OpenAI/Python 1.54.3", _JA4_PY),
        ("OpenAI/NodeJS/4.73.0", _JA4_NODE),
        ("anthropic-python/0.49.0", _JA4_PY),
        (
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
            _JA4_CHROME,
        ),
    ),
}
# Harvesting rigs: custom stacks shared across a campaign's accounts (a linking trait).
ATTACK_CLIENTS: tuple[tuple[str, str], ...] = (
    ("python-requests/2.31.0", "t13d1812h1_85036bcba153_375ca2c5e164"),
    ("OpenAI/Python 1.35.7", "t13d1812h1_85036bcba153_9f1e4c0a2d77"),
    ("aiohttp/3.9.5", "t13d1913h2_0cc18d6b7c26_4a1f2b8c9d03"),
    ("Go-http-client/1.1", "t13d1311h1_f57a46bbacb6_2c8d1e4f6a90"),
    (
        "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
        "t13d1516h1_8daaf6152771_5e2b9a7c1d34",
    ),
)


def ip_in(rng: np.random.Generator, prefix: str) -> str:
    return f"{prefix}.{int(rng.integers(0, 256))}.{int(rng.integers(1, 255))}"


def pick(rng: np.random.Generator, table: tuple[tuple[int, str, str], ...]) -> tuple[int, str, str]:
    return table[int(rng.integers(len(table)))]


def residential_for(rng: np.random.Generator, country: str | None) -> tuple[int, str, str]:
    rows = [r for r in RESIDENTIAL if r[1] == country] if country else []
    return rows[int(rng.integers(len(rows)))] if rows else pick(rng, RESIDENTIAL)
