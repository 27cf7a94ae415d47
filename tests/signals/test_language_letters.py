"""Russian and Arabic are decided by their letters when the letters are decisive; the
languages that share their script still reach lingua."""

from __future__ import annotations

import pytest

from distillwatch.signals.language import _script_letters, detect_language


def test_russian_and_arabic_letter_rules() -> None:
    assert _script_letters("cyrillic", "Объясни, пожалуйста, этот вопрос.") == "ru"
    assert _script_letters("arabic", "اشرح لي هذه المسألة من فضلك.") == "ar"


def test_sibling_languages_are_not_taken_for_russian_or_arabic() -> None:
    # Ukrainian (і, ї, є) and Persian (ی, ک, گ) letters make the rule abstain
    assert _script_letters("cyrillic", "Поясніть, будь ласка, це питання і відповідь.") == ""
    assert _script_letters("arabic", "لطفا این مسئله را برای من توضیح بدهید، ممنون.") == ""
    assert detect_language("Поясніть, будь ласка, це питання і відповідь.") != "ru"
    assert detect_language("لطفا این مسئله را برای من توضیح بدهید، ممنون.") != "ar"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("इस फ़ंक्शन को समझाओ, हर पंक्ति क्या करती है:\ndef merge(a, b):\n    return sorted(a + b)", "hi"),
        (
            "次の関数のバグを直してください。\nfunction add(a, b) { return a - b; } // should add numbers",
            "ja",
        ),
        (
            "이 코드를 리뷰해 주세요.\nconst total = items.reduce((sum, item) => sum + item.price, 0);",
            "ko",
        ),
        ("Объясни этот код:\nfor i in range(10):\n    print(i * i)  # squares of numbers", "ru"),
        ("Please write a short thank-you note to Иван for the birthday present he sent me.", "en"),
    ],
)
def test_script_text_above_latin_code_keeps_its_language(text: str, lang: str) -> None:
    """Code and pasted English are Latin-script whatever the writer's language."""
    from distillwatch.signals.language import TEXT_CACHE, detect_language

    TEXT_CACHE.clear()
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        # real users' prompts lingua's low-accuracy mode or the shared stop words called
        # Portuguese, German, French or Polish (stop 21)
        "What is inheritance in C++?",
        "hello this is just a test",
        "Now generate a sequence diagram in Mermaid JS showing how a bill becomes a law",
        "what is transaction in database?",
        "Write me a code for DHT22 Sensor Calibration",
        "I do not know what to do as a beginner",
    ],
)
def test_short_english_is_english(text: str) -> None:
    from distillwatch.signals.language import TEXT_CACHE, detect_languages

    TEXT_CACHE.clear()
    assert detect_language(text) == "en"
    assert detect_languages([text] * 40) == ["en"] * 40  # the batch vote agrees


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Como faço para instalar o python no windows? Não consigo", "pt"),
        ("Você pode me explicar como funciona a fotossíntese", "pt"),
        ("Wie kann ich das machen, was ist der beste Weg?", "de"),
        ("Czy możesz mi pomóc z tym zadaniem, nie wiem jak to zrobić", "pl"),
        ("Comment est-ce que je peux faire une tarte aux pommes", "fr"),
        ("Saya ingin tahu cara membuat aplikasi dengan python", "id"),
    ],
)
def test_other_latin_languages_keep_their_answer(text: str, lang: str) -> None:
    from distillwatch.signals.language import TEXT_CACHE, detect_languages

    TEXT_CACHE.clear()
    assert detect_language(text) == lang
    assert detect_languages([text] * 40) == [lang] * 40
