"""Russian and Arabic are decided by their letters when the letters are decisive; the
languages that share their script still reach lingua."""

from __future__ import annotations

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
