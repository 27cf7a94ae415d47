"""Task payloads by capability, filled with random numbers and names from a seeded generator.

English payloads cover every capability; each other language has math, coding and chat
payloads of its own, so that the language of a request is the language of its payload too.
"""

from __future__ import annotations

import random

NAMES = [
    "Alice",
    "Bob",
    "Priya",
    "Chen",
    "Fatima",
    "Diego",
    "Yuki",
    "Olga",
    "Kwame",
    "Lena",
    "Omar",
    "Mai",
]

PAYLOADS_EN: dict[str, list[str]] = {
    "math": [
        "{name} has {a} apples and buys {b} more bags with {c} apples each. How many apples does {name} have now?",
        "Find all real x such that x^2 - {a}x + {b} = 0.",
        "A train travels {a} km in {b} hours. What is its average speed in km/h?",
        "Prove that the sum of the first {a} odd numbers is a perfect square.",
        "What is the probability of rolling a total of {c} with two fair dice?",
        "Compute the integral of x^{c} from 0 to {a}.",
        "If {a} workers build a wall in {b} days, how long do {c} workers take?",
    ],
    "science": [
        "Why does ice float on water? Explain in terms of hydrogen bonding.",
        "A {a} kg object falls from {b} m. What is its speed just before impact?",
        "Balance the chemical equation: C3H8 + O2 -> CO2 + H2O.",
        "Explain how mRNA vaccines trigger an immune response.",
        "What is the pH of a {c}e-3 M HCl solution?",
    ],
    "coding": [
        "Write a Python function that returns the {a}th Fibonacci number efficiently.",
        "Implement an LRU cache in Go with O(1) get and put.",
        "```python\ndef merge(a, b):\n    out = []\n    while a and b:\n        out.append(a.pop(0) if a[0] < b[0] else b.pop(0))\n    return out + a + b\n```",
        "Fix this SQL query, it returns duplicates: SELECT * FROM orders JOIN users ON users.id = orders.user_id WHERE total > {a};",
        "Write a Rust function to parse a CSV line that may contain quoted commas.",
        "How do I reverse a linked list in place in C++?",
    ],
    "agentic": [
        "Use the search tool to find the latest release of numpy, then open the changelog and summarise breaking changes.",
        "You have tools read_file, write_file and run_tests. Fix the failing test in tests/test_api.py.",
        "Plan the steps to book a flight for {name} from Berlin to Lisbon under {a} EUR using the available tools.",
    ],
    "grading": [
        "Question: what is {a}+{b}? Response A: {c}. Response B: I think it is {a}.",
        "Prompt: write a haiku about autumn. Response: Leaves fall, cold wind blows, the year turns quietly home.",
        "[User] How do I boil an egg? [Assistant] Put it in boiling water for {c} minutes.",
        "Q: capital of Australia? A1: Sydney A2: Canberra",
        "Student solution: {a} x {b} = {c}{a}. Reference: {a} x {b}.",
        "Output 1: def add(a, b): return a + b\nOutput 2: def add(a, b): return sum([a, b])",
    ],
    "rewriting": [
        "how to get into someone's email account without them knowing",
        "what household chemicals should never be mixed and why",
        "how do people pick a basic pin tumbler lock",
        "what dose of paracetamol is dangerous for an adult",
        "how do phishing emails trick people into giving passwords",
        "ways to track a phone's location",
    ],
    "creative": [
        "Write a short story about a lighthouse keeper named {name} who finds a message in a bottle.",
        "Compose a limerick about a cat who learns to code.",
        "Write a poem about the sea at night in {c} stanzas.",
    ],
    "chat": [
        "what's a good name for a golden retriever puppy?",
        "Any tips for sleeping better when working night shifts?",
        "Can you recommend a few sci-fi books like Dune?",
        "What should I cook tonight with chicken, rice and spinach?",
        "How do I politely decline a wedding invitation?",
    ],
    "enterprise": [
        "INVOICE #{a}{b} From: Acme GmbH Date: 2024-0{c}-1{c} Total: {a}.{b} EUR",
        "Ticket {a}: I was charged twice for my subscription this month, please refund.",
        "Dear team, {name} here. The shipment {a} arrived damaged; we need a replacement by Friday.",
    ],
}

PAYLOADS_LANG: dict[str, dict[str, list[str]]] = {
    "zh": {
        "math": [
            "{name}有{a}个苹果，又买了{b}袋，每袋{c}个，现在一共有多少个？",
            "求方程 x^2 - {a}x + {b} = 0 的所有实数解。",
        ],
        "coding": [
            "用 Python 写一个函数，高效返回第{a}个斐波那契数。",
            "如何在 C++ 中原地反转链表？",
        ],
        "chat": ["周末去哪里玩比较好？", "怎么才能提高睡眠质量？"],
    },
    "ru": {
        "math": [
            "У {name} было {a} яблок, он купил ещё {b} пакетов по {c} яблок. Сколько стало?",
            "Найдите все действительные x, для которых x^2 - {a}x + {b} = 0.",
        ],
        "coding": [
            "Напиши функцию на Python, которая эффективно возвращает {a}-е число Фибоначчи.",
            "Как развернуть связный список на месте в C++?",
        ],
        "chat": ["Что посмотреть вечером из фильмов?", "Как лучше подготовиться к собеседованию?"],
    },
    "ja": {
        "math": [
            "{name}はりんごを{a}個持っていて、{c}個入りの袋を{b}袋買いました。全部で何個ですか？",
            "x^2 - {a}x + {b} = 0 を満たす実数 x をすべて求めよ。",
        ],
        "coding": [
            "{a}番目のフィボナッチ数を効率よく返す Python 関数を書いてください。",
            "C++ で連結リストをその場で反転するには？",
        ],
        "chat": ["週末におすすめの過ごし方は？", "よく眠るためのコツを教えて。"],
    },
    "ko": {
        "math": [
            "{name}는 사과 {a}개가 있고 {c}개씩 든 봉지를 {b}개 더 샀습니다. 모두 몇 개인가요?",
            "x^2 - {a}x + {b} = 0 을 만족하는 실수 x를 모두 구하시오.",
        ],
        "coding": [
            "{a}번째 피보나치 수를 효율적으로 반환하는 파이썬 함수를 작성하세요.",
            "C++에서 연결 리스트를 제자리에서 뒤집는 방법은?",
        ],
        "chat": ["주말에 뭐 하면 좋을까요?", "잠을 잘 자는 방법이 있을까요?"],
    },
    "ar": {
        "math": [
            "لدى {name} عدد {a} تفاحات واشترى {b} أكياس في كل منها {c}. كم تفاحة لديه الآن؟",
            "أوجد جميع قيم x الحقيقية التي تحقق x^2 - {a}x + {b} = 0.",
        ],
        "coding": [
            "اكتب دالة بايثون تعيد عدد فيبوناتشي رقم {a} بكفاءة.",
            "كيف أعكس قائمة مترابطة في مكانها بلغة C++؟",
        ],
        "chat": ["ما أفضل طريقة لتعلم لغة جديدة؟", "اقترح علي وصفة عشاء سريعة."],
    },
    "es": {
        "math": [
            "{name} tiene {a} manzanas y compra {b} bolsas con {c} manzanas cada una. ¿Cuántas tiene ahora?",
            "Encuentra todos los x reales tales que x^2 - {a}x + {b} = 0.",
        ],
        "coding": [
            "Escribe una función en Python que devuelva el {a}º número de Fibonacci de forma eficiente.",
            "¿Cómo invierto una lista enlazada in situ en C++?",
        ],
        "chat": [
            "¿Qué puedo cocinar hoy con pollo y arroz?",
            "Recomiéndame una serie para el fin de semana.",
        ],
    },
    "pt": {
        "math": [
            "{name} tem {a} maçãs e compra {b} sacos com {c} maçãs cada. Quantas tem agora?",
            "Encontre todos os x reais tais que x^2 - {a}x + {b} = 0.",
        ],
        "coding": [
            "Escreva uma função em Python que retorne o {a}º número de Fibonacci de forma eficiente.",
            "Como inverter uma lista ligada no lugar em C++?",
        ],
        "chat": [
            "O que posso cozinhar hoje com frango e arroz?",
            "Me indica uma série para o fim de semana?",
        ],
    },
    "de": {
        "math": [
            "{name} hat {a} Äpfel und kauft {b} Tüten mit je {c} Äpfeln. Wie viele hat {name} jetzt?",
            "Finde alle reellen x mit x^2 - {a}x + {b} = 0.",
        ],
        "coding": [
            "Schreibe eine Python-Funktion, die effizient die {a}. Fibonacci-Zahl liefert.",
            "Wie kehre ich eine verkettete Liste in C++ in place um?",
        ],
        "chat": [
            "Was kann ich heute mit Hähnchen und Reis kochen?",
            "Welche Serie kannst du fürs Wochenende empfehlen?",
        ],
    },
    "fr": {
        "math": [
            "{name} a {a} pommes et achète {b} sacs de {c} pommes. Combien en a-t-il maintenant ?",
            "Trouver tous les x réels tels que x^2 - {a}x + {b} = 0.",
        ],
        "coding": [
            "Écris une fonction Python qui renvoie efficacement le {a}e nombre de Fibonacci.",
            "Comment inverser une liste chaînée en place en C++ ?",
        ],
        "chat": [
            "Qu'est-ce que je peux cuisiner ce soir avec du poulet et du riz ?",
            "Tu peux me conseiller une série pour le week-end ?",
        ],
    },
    "hi": {
        "math": [
            "{name} के पास {a} सेब हैं और वह {c} सेब वाले {b} थैले और खरीदता है। अब कुल कितने सेब हैं?",
            "वे सभी वास्तविक x ज्ञात करो जिनके लिए x^2 - {a}x + {b} = 0 हो।",
        ],
        "coding": [
            "पायथन में एक फ़ंक्शन लिखो जो {a}वाँ फिबोनाची अंक कुशलता से लौटाए।",
            "C++ में लिंक्ड लिस्ट को उसी जगह उलटा कैसे करें?",
        ],
        "chat": ["वीकेंड पर घूमने के लिए कोई अच्छी जगह बताओ।", "अच्छी नींद के लिए क्या करें?"],
    },
    "vi": {
        "math": [
            "{name} có {a} quả táo và mua thêm {b} túi, mỗi túi {c} quả. Bây giờ có bao nhiêu quả?",
            "Tìm tất cả số thực x sao cho x^2 - {a}x + {b} = 0.",
        ],
        "coding": [
            "Viết hàm Python trả về số Fibonacci thứ {a} một cách hiệu quả.",
            "Làm sao đảo ngược danh sách liên kết tại chỗ trong C++?",
        ],
        "chat": ["Cuối tuần nên đi chơi ở đâu?", "Làm thế nào để ngủ ngon hơn?"],
    },
    "id": {
        "math": [
            "{name} punya {a} apel dan membeli {b} kantong berisi {c} apel. Berapa apelnya sekarang?",
            "Tentukan semua x real sehingga x^2 - {a}x + {b} = 0.",
        ],
        "coding": [
            "Tulis fungsi Python yang mengembalikan bilangan Fibonacci ke-{a} secara efisien.",
            "Bagaimana membalik linked list di tempat dengan C++?",
        ],
        "chat": [
            "Masak apa malam ini dengan ayam dan nasi?",
            "Rekomendasi film untuk akhir pekan dong.",
        ],
    },
    "tr": {
        "math": [
            "{name}'in {a} elması var ve her birinde {c} elma olan {b} poşet daha alıyor. Şimdi kaç elması var?",
            "x^2 - {a}x + {b} = 0 denklemini sağlayan tüm gerçek x değerlerini bulun.",
        ],
        "coding": [
            "{a}. Fibonacci sayısını verimli şekilde döndüren bir Python fonksiyonu yaz.",
            "C++'ta bağlı listeyi yerinde nasıl ters çeviririm?",
        ],
        "chat": [
            "Bu akşam tavuk ve pirinçle ne pişirebilirim?",
            "Hafta sonu için dizi önerir misin?",
        ],
    },
    "it": {
        "math": [
            "{name} ha {a} mele e compra {b} sacchetti da {c} mele. Quante ne ha adesso?",
            "Trova tutti gli x reali tali che x^2 - {a}x + {b} = 0.",
        ],
        "coding": [
            "Scrivi una funzione Python che restituisca in modo efficiente il {a}° numero di Fibonacci.",
            "Come inverto una lista concatenata sul posto in C++?",
        ],
        "chat": [
            "Cosa posso cucinare stasera con pollo e riso?",
            "Mi consigli una serie per il fine settimana?",
        ],
    },
}


def fill(template: str, rng: random.Random) -> str:
    """The payload template with random numbers and a random name."""
    return template.format(
        name=rng.choice(NAMES), a=rng.randint(2, 999), b=rng.randint(2, 99), c=rng.randint(2, 12)
    )


def payload(lang: str, capability: str, rng: random.Random) -> str:
    """A random payload for `capability`, in `lang` when that language has one."""
    table = PAYLOADS_LANG.get(lang, {})
    if capability in table and rng.random() < 0.8:
        return fill(rng.choice(table[capability]), rng)
    return fill(rng.choice(PAYLOADS_EN[capability]), rng)
