"""Turns that say almost nothing: a menu choice, a game move, an answer letter, a yes.

Real chats are full of them, and they carry no intent whatever came before. A model trained
on phrasings that ask for scores much more often than the corpus does once read a lone digit
as reward grading at 0.94 (docs/signals.md, "More writers"): with nothing else in the turn,
the digit's few features decide. These weigh against that when the blind pairs are trained
on; in the base corpus they cost the quietest harvest its evidence (docs/signals.md, "A
robustness change"). Digits and letters are shared by every language; the words are each
language's everyday acknowledgements.
"""

from __future__ import annotations

SHARED: tuple[str, ...] = (
    *(str(n) for n in range(0, 13)),
    "15", "20", "42", "100", "1.", "2.", "3)", "4)", "#2", "no. 3",
    "A", "B", "C", "D", "a)", "b)", "(c)", "d.", "?", "!", "...", "ok", "OK!",
)  # fmt: skip

WORDS: dict[str, tuple[str, ...]] = {
    "en": ("yes", "no", "next", "continue", "go on", "thanks", "sure", "again", "more", "done"),
    "zh": ("是", "好的", "继续", "下一个", "谢谢", "对", "不是", "再来", "嗯", "可以"),
    "ru": (
        "да",
        "нет",
        "дальше",
        "продолжай",
        "спасибо",
        "ещё",
        "ок",
        "хорошо",
        "верно",
        "следующий",
    ),
    "ja": (
        "はい",
        "いいえ",
        "続けて",
        "次",
        "ありがとう",
        "もう一回",
        "了解",
        "うん",
        "それで",
        "大丈夫",
    ),
    "ko": (
        "네",
        "아니요",
        "계속",
        "다음",
        "감사합니다",
        "좋아요",
        "응",
        "다시",
        "맞아요",
        "알겠어요",
    ),
    "ar": ("نعم", "لا", "التالي", "استمر", "شكرا", "حسنا", "مرة أخرى", "صحيح", "تمام", "أكمل"),
    "es": (
        "sí",
        "no",
        "siguiente",
        "sigue",
        "gracias",
        "vale",
        "otra vez",
        "claro",
        "listo",
        "más",
    ),
    "pt": (
        "sim",
        "não",
        "próximo",
        "continua",
        "obrigado",
        "beleza",
        "de novo",
        "certo",
        "pronto",
        "mais",
    ),
    "de": ("ja", "nein", "weiter", "nächste", "danke", "okay", "nochmal", "genau", "passt", "mehr"),
    "fr": (
        "oui",
        "non",
        "suivant",
        "continue",
        "merci",
        "d'accord",
        "encore",
        "exact",
        "c'est bon",
        "plus",
    ),
    "hi": ("हाँ", "नहीं", "आगे", "जारी रखो", "धन्यवाद", "ठीक है", "फिर से", "सही", "अगला", "हो गया"),
    "vi": ("có", "không", "tiếp", "tiếp tục", "cảm ơn", "được", "lại", "đúng", "xong", "thêm"),
    "id": (
        "ya",
        "tidak",
        "lanjut",
        "berikutnya",
        "terima kasih",
        "oke",
        "lagi",
        "benar",
        "sudah",
        "tambah",
    ),
    "tr": (
        "evet",
        "hayır",
        "devam",
        "sonraki",
        "teşekkürler",
        "tamam",
        "tekrar",
        "doğru",
        "bitti",
        "daha",
    ),
    "it": (
        "sì",
        "no",
        "avanti",
        "continua",
        "grazie",
        "va bene",
        "ancora",
        "giusto",
        "fatto",
        "altro",
    ),
}


def short_turns(lang: str) -> list[str]:
    """The language's short turns: its words, then the shared digits and letters."""
    return [*WORDS[lang], *SHARED]
