"""Benchmark-harness task framing shared by benign and attack examples (hard negatives).

Honest eval runners, students and routers send multiple-choice questions with an answer
format, word problems, code to complete or implement, and "think step by step" / "show your
work" instructions. Attackers send the same task content with an extraction instruction on
top. Both sides of the corpus get these framings and instructions with the same probability,
so that task content and harness instructions carry no weight and only the extraction
instruction does. All phrasings here were written for this project.
"""

from __future__ import annotations

import random

HARNESS_INSTRUCTIONS: dict[str, list[str]] = {
    "en": [
        "Show your work.",
        "Explain your reasoning.",
        "Show all the steps of the calculation.",
        "Explain how you got the answer.",
        "Reason it through step by step, and finish with a line of the form 'Answer: <letter>'.",
        "Work through it carefully, then state the final answer on its own line.",
        "Think before you answer. End your reply with 'Final answer: X'.",
        "Explain your reasoning briefly, then give the option letter.",
        "Show your working and box the final result.",
        "Let's go step by step. Put only the answer on the last line.",
        "Give the complete solution in a single ```python code block.",
        "Walk through your approach first, then return the full implementation in one code block.",
        "Respond with the letter of the correct option only.",
        "Pick the correct statement and reply with its number.",
        'Return JSON of the form {"answer": ...} and nothing else.',
        "Explain why, step by step, as you would to a student.",
        "Take it one step at a time and double-check the arithmetic.",
    ],
    "zh": [
        "写出计算过程。",
        "请说明解题思路。",
        "请逐步思考，最后一行写“答案：X”。",
        "先简要说明理由，再给出选项字母。",
        "请写出完整的解题步骤，并把最终结果单独写在最后一行。",
        "请把完整代码放在一个 ```python 代码块中返回。",
        "只回答正确选项的字母。",
        "从下列选项中选出正确的一项，只写序号。",
    ],
    "ja": [
        "計算過程を示してください。",
        "考え方も説明してください。",
        "段階的に考えて、最後の行に「答え：X」と書いてください。",
        "理由を簡単に説明してから、選択肢の記号を答えてください。",
        "途中の計算も書いて、最終的な答えを最後に示してください。",
        "完全なコードを一つの ```python ブロックで返してください。",
        "正しい選択肢の記号だけを答えてください。",
        "次のうち正しいものを一つ選び、番号で答えてください。",
    ],
    "ko": [
        "풀이를 보여 주세요.",
        "어떻게 풀었는지 설명해 주세요.",
        "단계별로 생각한 뒤 마지막 줄에 '정답: X' 형식으로 쓰세요.",
        "이유를 간단히 설명한 후 보기 번호를 답하세요.",
        "풀이 과정을 보여 주고 최종 답을 마지막 줄에 쓰세요.",
        "전체 코드를 하나의 ```python 블록으로 반환하세요.",
        "정답 보기의 알파벳만 답하세요.",
        "다음 중 옳은 것을 고르고 번호만 쓰세요.",
        "보기 중 알맞은 답을 고른 뒤 이유를 한 줄로 쓰세요.",
    ],
    "ru": [
        "Покажи решение.",
        "Объясни, как получился ответ.",
        "Рассуждай по шагам и в последней строке напиши «Ответ: X».",
        "Кратко объясни ход решения, затем назови букву варианта.",
        "Верни полное решение одним блоком ```python.",
    ],
    "ar": [
        "أظهر خطوات الحل.",
        "اشرح كيف وصلت إلى الإجابة.",
        "فكّر خطوة بخطوة ثم اكتب في السطر الأخير 'الإجابة: X'.",
        "اشرح سببك باختصار ثم اذكر حرف الخيار الصحيح.",
    ],
    "es": [
        "Muestra el procedimiento.",
        "Explica cómo llegaste al resultado.",
        "Razona paso a paso y termina con una línea 'Respuesta: X'.",
        "Explica brevemente tu razonamiento y luego da la letra de la opción.",
        "Devuelve la solución completa en un solo bloque ```python.",
    ],
    "pt": [
        "Mostre a conta.",
        "Explique como chegou ao resultado.",
        "Mostre o passo a passo da resolução.",
        "Raciocine passo a passo e termine com a linha 'Resposta: X'.",
        "Mostre os cálculos e destaque o resultado final.",
    ],
    "de": [
        "Zeig deinen Rechenweg.",
        "Erkläre, wie du auf das Ergebnis kommst.",
        "Denke Schritt für Schritt und schreibe am Ende 'Antwort: X'.",
        "Zeig den Rechenweg und gib das Ergebnis in der letzten Zeile an.",
        "Gib die vollständige Lösung in einem einzigen ```python-Block zurück.",
    ],
    "fr": [
        "Montre tes étapes.",
        "Explique comment tu obtiens le résultat.",
        "Montre la démarche de calcul.",
        "Raisonne étape par étape et termine par une ligne « Réponse : X ».",
        "Justifie brièvement, puis donne la lettre de la bonne option.",
    ],
    "hi": [
        "हल दिखाओ।",
        "बताओ कि उत्तर कैसे निकला।",
        "चरण दर चरण सोचो और आखिरी पंक्ति में 'उत्तर: X' लिखो।",
        "संक्षेप में कारण बताओ, फिर सही विकल्प का अक्षर दो।",
    ],
    "vi": [
        "Trình bày lời giải.",
        "Giải thích cách ra kết quả.",
        "Hãy suy luận từng bước và kết thúc bằng dòng 'Đáp án: X'.",
        "Giải thích ngắn gọn rồi cho biết chữ cái của phương án đúng.",
    ],
    "id": [
        "Tunjukkan caranya.",
        "Jelaskan bagaimana kamu mendapat hasilnya.",
        "Pikirkan langkah demi langkah dan akhiri dengan baris 'Jawaban: X'.",
        "Jelaskan alasanmu singkat, lalu sebutkan huruf pilihan yang benar.",
    ],
    "tr": [
        "İşlemleri göster.",
        "Sonuca nasıl ulaştığını açıkla.",
        "Adım adım düşün ve son satıra 'Cevap: X' yaz.",
        "Kısaca gerekçeni açıkla, sonra doğru seçeneğin harfini ver.",
    ],
    "it": [
        "Mostra il procedimento.",
        "Spiega come arrivi al risultato.",
        "Ragiona passo dopo passo e chiudi con la riga 'Risposta: X'.",
        "Mostra i passaggi e indica il risultato finale nell'ultima riga.",
    ],
}

_MCQ_STEMS = (
    "Which value is correct?",
    "Select the best option.",
    "Which of these is true?",
    "Pick the right answer.",
)
_FUNCS = (
    ("count_vowels", "s: str", "int", "Return how many vowels are in s."),
    ("dedupe_keep_order", "items: list[int]", "list[int]", "Drop repeats, keep first order."),
    ("is_balanced", "expr: str", "bool", "True if every bracket in expr is closed in order."),
    ("chunk", "xs: list, size: int", "list[list]", "Split xs into pieces of length size."),
    ("median", "values: list[float]", "float", "Middle value of the sorted values."),
    ("rotate_left", "xs: list, k: int", "list", "Rotate xs left by k places."),
    ("camel_to_snake", "name: str", "str", "Convert CamelCase to snake_case."),
    ("merge_intervals", "spans: list[tuple[int, int]]", "list", "Merge overlapping spans."),
)
_FRAMES = (
    "{task}\n\nA. {a}\nB. {b}\nC. {c}\nD. {d}",
    "{task}\n(A) {a}  (B) {b}  (C) {c}  (D) {d}",
    "Question: {task}\nOptions:\nA) {a}\nB) {b}\nC) {c}\nD) {d}",
    "{task}\n1) {a}\n2) {b}\n3) {c}\n4) {d}",
    "{task}\n① {a} ② {b} ③ {c} ④ {d}",
    "{task}\n(1) {a} (2) {b} (3) {c} (4) {d}",
)
_CODE_FRAMES = (
    'Complete this function.\n```python\ndef {f}({args}) -> {ret}:\n    """{doc}"""\n```',
    "Implement `{f}({args})` in Python. {doc} Include type hints.",
    '```python\ndef {f}({args}) -> {ret}:\n    """{doc}"""\n    # TODO\n```\nFill in the body.',
    "Write `{f}` so that it passes the hidden tests. {doc}",
)


def frame_task(task: str, capability: str, rng: random.Random) -> str:
    """The task as a benchmark harness might send it: as is, as an MCQ, or a code stub."""
    r = rng.random()
    if capability in ("math", "science") and r < 0.35:
        opts = [str(rng.randint(1, 999)) for _ in range(4)]
        frame = rng.choice(_FRAMES)
        stem = task if rng.random() < 0.8 else rng.choice(_MCQ_STEMS) + " " + task
        return frame.format(task=stem, a=opts[0], b=opts[1], c=opts[2], d=opts[3])
    if capability == "coding" and r < 0.45:
        f, args, ret, doc = rng.choice(_FUNCS)
        return rng.choice(_CODE_FRAMES).format(f=f, args=args, ret=ret, doc=doc)
    return task


def harness_instruction(task: str, lang: str, rng: random.Random, p: float) -> str:
    """With probability p, the task followed (or preceded) by a harness instruction."""
    if rng.random() >= p:
        return task
    options = HARNESS_INSTRUCTIONS.get(lang) or HARNESS_INSTRUCTIONS["en"]
    if rng.random() < 0.25:
        options = HARNESS_INSTRUCTIONS["en"]  # English harness text around any language
    inst = rng.choice(options)
    sep = rng.choice(("\n\n", "\n", " "))
    return f"{task}{sep}{inst}" if rng.random() < 0.8 else f"{inst}{sep}{task}"
