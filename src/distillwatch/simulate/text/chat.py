"""Everyday chat prompts and answers in many languages (consumer apps, routers, light users).

Written for the range: topic slots filled from small lists, so the same frame carries many
payloads, as real chat traffic does.
"""

from __future__ import annotations

import numpy as np

from distillwatch.simulate.text.item import TextItem

CITIES = ("Lisbon", "Kyoto", "Mexico City", "Istanbul", "Hanoi", "Cape Town", "Prague", "Seoul")
TOPICS = (
    "sourdough bread",
    "a job interview",
    "learning the guitar",
    "saving for a house",
    "training for a 10k run",
    "a birthday party for a 6-year-old",
    "moving to a new city",
    "growing tomatoes on a balcony",
    "a wedding toast",
    "negotiating a salary",
)
THINGS = (
    ("a Roth IRA", "a traditional IRA"),
    ("TCP", "UDP"),
    ("baking soda", "baking powder"),
    ("weather", "climate"),
    ("an LLC", "a sole proprietorship"),
    ("latte", "flat white"),
    ("Python lists", "tuples"),
    ("viruses", "bacteria"),
)
KINDS = ("poem", "short story", "limerick", "product description", "cover letter", "toast")

EN_FRAMES = (
    "Can you suggest a {days}-day itinerary for {city}? I like food markets and walking.",
    "What's the difference between {a} and {b}? Keep it simple.",
    "Write a {kind} about {topic}.",
    "Give me some tips for {topic}.",
    "I'm nervous about {topic}. Any advice?",
    "Help me write an email to my landlord about a leaking sink that hasn't been fixed for two weeks.",
    "Summarize the pros and cons of {a} versus {b} in a table.",
    "What should I cook tonight with chicken, rice, spinach and lemons?",
    "Can you make this sound more professional: 'hey, I can't make the meeting, sorry, can we move it'",
    "Explain like I'm five: why is the sky blue?",
    "Plan a weekly workout schedule for a beginner with 30 minutes a day.",
    "Recommend five books similar to The Martian.",
    "my code says 'KeyError: user_id' what does that mean",
    "Translate 'where is the train station?' into French, German and Japanese.",
    "What are good questions to ask at the end of {topic}?",
)

# Per language: frames with {topic}/{city} slots, plus answer openers in the same language.
ML_FRAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "zh": (
        (
            "请帮我规划一下去{city}的三天行程，预算不要太高。",
            "{topic}有什么需要注意的地方？",
            "帮我写一段关于{topic}的朋友圈文案。",
            "怎么跟老板提加薪比较合适？",
            "解释一下什么是通货膨胀，用简单的话。",
            "推荐几部适合周末看的电影。",
        ),
        ("好的，下面是一些建议：", "当然可以！", "这个问题可以从几个方面来看："),
    ),
    "ru": (
        (
            "Подскажи, что посмотреть в {city} за три дня?",
            "Как лучше подготовиться к теме: {topic}?",
            "Напиши короткое поздравление коллеге с днём рождения.",
            "Чем отличается кредит от рассрочки?",
            "Объясни простыми словами, что такое блокчейн.",
            "Составь список покупок на неделю для семьи из трёх человек.",
        ),
        ("Конечно! Вот несколько идей:", "Хороший вопрос.", "Давайте разберёмся:"),
    ),
    "es": (
        (
            "¿Qué me recomiendas visitar en {city} en tres días?",
            "Dame consejos para {topic}.",
            "Escribe un mensaje para felicitar a mi hermana por su graduación.",
            "¿Cómo puedo mejorar mi currículum para un puesto de marketing?",
            "Explícame qué es la inflación de forma sencilla.",
            "¿Qué puedo cocinar con arroz, huevos y verduras?",
        ),
        ("¡Claro! Aquí tienes algunas ideas:", "Buena pregunta.", "Te lo explico paso a paso:"),
    ),
    "ja": (
        (
            "{city}で3日間過ごすなら、おすすめの観光プランを教えてください。",
            "{topic}のコツを教えて。",
            "上司への丁寧なお詫びメールを書いてください。",
            "在宅勤務で集中するための方法は？",
            "簡単な言葉でインフレについて説明して。",
            "週末に作れる簡単な料理を教えて。",
        ),
        ("もちろんです。いくつか提案します：", "良い質問ですね。", "以下のようにまとめました："),
    ),
    "ko": (
        (
            "{city} 3일 여행 일정 좀 짜줘.",
            "{topic}에 대한 팁을 알려줘.",
            "친구 생일 축하 메시지 써줘.",
            "면접에서 자기소개 어떻게 하면 좋을까?",
            "인플레이션을 쉽게 설명해줘.",
            "냉장고에 계란이랑 김치밖에 없는데 뭐 해먹지?",
        ),
        ("물론이죠! 몇 가지 제안드릴게요:", "좋은 질문이에요.", "정리해 드리면 다음과 같습니다:"),
    ),
    "pt": (
        (
            "O que visitar em {city} em três dias?",
            "Me dê dicas para {topic}.",
            "Escreva uma mensagem de agradecimento para um professor.",
            "Como organizar minhas finanças pessoais?",
            "Explique o que é inflação de forma simples.",
            "Sugira nomes para uma cafeteria pequena.",
        ),
        ("Claro! Aqui vão algumas ideias:", "Ótima pergunta.", "Vamos por partes:"),
    ),
    "de": (
        (
            "Was sollte ich in {city} in drei Tagen sehen?",
            "Hast du Tipps für {topic}?",
            "Schreib eine höfliche Absage für eine Einladung am Samstag.",
            "Wie kündige ich am besten meinen Handyvertrag?",
            "Erklär mir Inflation in einfachen Worten.",
            "Was kann ich heute mit Kartoffeln und Lauch kochen?",
        ),
        ("Gerne! Hier ein paar Vorschläge:", "Gute Frage.", "Kurz zusammengefasst:"),
    ),
    "ar": (
        (
            "ما الأماكن التي تنصحني بزيارتها في {city} خلال ثلاثة أيام؟",
            "أعطني نصائح حول {topic}.",
            "اكتب رسالة تهنئة بمناسبة العيد لزملائي.",
            "كيف أكتب سيرة ذاتية قوية؟",
            "اشرح لي التضخم بكلمات بسيطة.",
            "ما هي فوائد المشي اليومي؟",
        ),
        ("بالتأكيد! إليك بعض الأفكار:", "سؤال جيد.", "إليك الإجابة باختصار:"),
    ),
    "fr": (
        (
            "Que visiter à {city} en trois jours ?",
            "Des conseils pour {topic} ?",
            "Écris un petit mot pour remercier mes voisins.",
            "Comment négocier un loyer ?",
            "Explique-moi l'inflation simplement.",
            "Idées de dîner rapide avec des pâtes et des courgettes ?",
        ),
        ("Bien sûr ! Voici quelques idées :", "Bonne question.", "En résumé :"),
    ),
    "it": (
        (
            "Cosa vedere a {city} in tre giorni?",
            "Consigli per {topic}?",
            "Scrivi un messaggio di auguri per il compleanno di mia madre.",
            "Come posso risparmiare sulla bolletta della luce?",
            "Spiegami l'inflazione in modo semplice.",
            "Che cosa cucino stasera con zucchine e uova?",
        ),
        ("Certo! Ecco alcune idee:", "Ottima domanda.", "In breve:"),
    ),
    "tr": (
        (
            "{city} için üç günlük gezi planı yapar mısın?",
            "{topic} hakkında tavsiye verir misin?",
            "Arkadaşıma doğum günü mesajı yaz.",
            "Mülakatta maaş beklentimi nasıl söylemeliyim?",
            "Enflasyonu basitçe anlatır mısın?",
            "Akşam yemeği için pratik bir tarif önerir misin?",
        ),
        ("Tabii! İşte birkaç öneri:", "Güzel soru.", "Kısaca şöyle:"),
    ),
    "hi": (
        (
            "{city} में तीन दिन में क्या-क्या देखना चाहिए?",
            "{topic} के लिए कुछ सुझाव दीजिए।",
            "मेरे दोस्त के लिए जन्मदिन का संदेश लिखो।",
            "घर से काम करते समय ध्यान कैसे लगाएँ?",
            "महंगाई को आसान भाषा में समझाइए।",
            "दाल और चावल से क्या नया बना सकते हैं?",
        ),
        ("ज़रूर! यहाँ कुछ सुझाव हैं:", "अच्छा सवाल है।", "संक्षेप में:"),
    ),
    "vi": (
        (
            "Gợi ý lịch trình 3 ngày ở {city} giúp mình.",
            "Cho mình vài mẹo về {topic}.",
            "Viết lời chúc mừng sinh nhật cho đồng nghiệp.",
            "Làm sao để quản lý chi tiêu cá nhân?",
            "Giải thích lạm phát một cách đơn giản.",
            "Tối nay nấu gì với trứng và cà chua?",
        ),
        ("Được thôi! Đây là vài gợi ý:", "Câu hỏi hay.", "Tóm lại:"),
    ),
    "id": (
        (
            "Apa saja yang bisa dikunjungi di {city} selama tiga hari?",
            "Kasih tips untuk {topic} dong.",
            "Tuliskan ucapan terima kasih untuk guru saya.",
            "Bagaimana cara menabung untuk dana darurat?",
            "Jelaskan inflasi dengan bahasa sederhana.",
            "Resep mudah pakai tempe dan sayur?",
        ),
        ("Tentu! Berikut beberapa ide:", "Pertanyaan bagus.", "Singkatnya:"),
    ),
    "pl": (
        (
            "Co warto zobaczyć w {city} w trzy dni?",
            "Masz porady dotyczące: {topic}?",
            "Napisz krótkie życzenia imieninowe dla babci.",
            "Jak przygotować się do rozmowy o podwyżkę?",
            "Wyjaśnij prosto, czym jest inflacja.",
            "Co ugotować z ziemniaków i kapusty?",
        ),
        ("Jasne! Oto kilka pomysłów:", "Dobre pytanie.", "W skrócie:"),
    ),
}
CHAT_LANGUAGES = ("en", *ML_FRAMES)

EN_OPENERS = (
    "Sure! Here are a few ideas:",
    "Great question.",
    "Here's a simple way to think about it:",
    "Absolutely — here is a draft you can adapt:",
    "Happy to help. A quick overview:",
)
EN_BODY = (
    "First, start with what matters most to you and set a realistic goal for the week.",
    "Second, break it into small steps so each one takes under half an hour.",
    "It also helps to write things down; people who track progress tend to stick with it.",
    "If you have a bit more time, compare two or three options before you commit.",
    "Finally, ask someone you trust for feedback — a second opinion catches a lot.",
    "A common mistake is trying to do everything at once, so pace yourself.",
)


def chat(rng: np.random.Generator, lang: str) -> TextItem:
    """One chat prompt and a plausible answer in `lang`."""
    city = CITIES[int(rng.integers(len(CITIES)))]
    topic = TOPICS[int(rng.integers(len(TOPICS)))]
    if lang == "en" or lang not in ML_FRAMES:
        a, b = THINGS[int(rng.integers(len(THINGS)))]
        frame = EN_FRAMES[int(rng.integers(len(EN_FRAMES)))]
        p = frame.format(
            days=int(rng.integers(2, 6)),
            city=city,
            a=a,
            b=b,
            kind=KINDS[int(rng.integers(len(KINDS)))],
            topic=topic,
        )
        k = int(rng.integers(2, 6))
        body = " ".join(EN_BODY[int(i)] for i in rng.choice(len(EN_BODY), k, replace=False))
        ans = f"{EN_OPENERS[int(rng.integers(len(EN_OPENERS)))]}\n\n{body}"
        return TextItem(p, ans, "", "en")
    frames, openers = ML_FRAMES[lang]
    frames = tuple(f for f in frames if "{topic}" not in f)  # the topic list is English
    p = frames[int(rng.integers(len(frames)))].format(city=city, topic=topic)
    body = " ".join(
        f"{i + 1}. {frames[int(j)].format(city=city, topic=topic)}"
        for i, j in enumerate(rng.choice(len(frames), 2, replace=False))
    )
    ans = f"{openers[int(rng.integers(len(openers)))]}\n{body}"
    return TextItem(p, ans, "", lang)
