"""Language identification per language, and client families from user agents and prompts."""

from __future__ import annotations

import pytest
from signals_helpers import make_exchange

from distillwatch.signals.client import client_family
from distillwatch.signals.language import detect_language
from distillwatch.signals.text import prepare

SAMPLES = {
    "en": "Could you please explain how photosynthesis works in simple terms for my son?",
    "zh": "请问明天北京的天气怎么样？我想去公园散步。",
    "ru": "Подскажите, пожалуйста, как лучше всего выучить английский язык за полгода?",
    "ja": "明日の天気はどうですか？公園に散歩に行きたいです。",
    "ko": "내일 서울 날씨가 어떤가요? 공원에 산책하러 가고 싶어요.",
    "ar": "كيف يمكنني تحسين مهاراتي في الكتابة باللغة العربية بسرعة؟",
    "es": "¿Me puedes recomendar un buen libro de historia para leer este verano?",
    "pt": "Você pode me recomendar um bom livro de história para ler neste verão?",
    "de": "Kannst du mir bitte ein gutes Geschichtsbuch für den Sommer empfehlen?",
    "fr": "Peux-tu me recommander un bon livre d'histoire à lire cet été ?",
    "hi": "क्या आप मुझे इस गर्मी में पढ़ने के लिए एक अच्छी किताब सुझा सकते हैं?",
    "vi": "Bạn có thể giới thiệu cho tôi một cuốn sách lịch sử hay để đọc mùa hè này không?",
    "id": "Bisakah kamu merekomendasikan buku sejarah yang bagus untuk dibaca musim panas ini?",
    "tr": "Bu yaz okumak için bana iyi bir tarih kitabı önerebilir misin?",
    "it": "Puoi consigliarmi un buon libro di storia da leggere quest'estate?",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_language(lang: str) -> None:
    assert detect_language(SAMPLES[lang]) == lang


def test_language_unknown() -> None:
    assert detect_language("") == "und"
    assert detect_language("12345 !!! ???") == "und"


@pytest.mark.parametrize(
    ("ua", "system", "want"),
    [
        ("OpenAI/Python 1.54.3", None, "openai-python/1.x"),
        ("AsyncOpenAI/Python 2.1.0", None, "openai-python/2.x"),
        ("OpenAI/JS 4.20.1", None, "openai-node/4.x"),
        ("Anthropic/Python 0.39.0", None, "anthropic-sdk"),
        ("curl/8.5.0", None, "curl"),
        ("python-requests/2.32.3", None, "python-requests"),
        ("langchain-openai/0.2 OpenAI/Python 1.40.0", None, "langchain"),
        ("Mozilla/5.0 (X11; Linux x86_64)", None, "browser"),
        ("weird-bot/0.1", None, "other"),
        (None, None, "unknown"),
        (
            "OpenAI/Python 1.54.3",
            "You are Claude Code, Anthropic's official CLI for Claude.",
            "agent:claude-code",
        ),
        (
            "curl/8.5.0",
            "You are Cline, a highly skilled software engineer. Use the tools to complete the task.",
            "agent:cline",
        ),
        (
            None,
            "Act as an expert software developer. Always use best practices. Reply with SEARCH/REPLACE blocks.",
            "agent:aider",
        ),
        (None, "You are a helpful assistant.", "unknown"),
    ],
)
def test_client_family(ua: str | None, system: str | None, want: str) -> None:
    assert client_family(prepare(make_exchange("hi", ua=ua, system=system))) == want
