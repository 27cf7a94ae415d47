"""Benign phrasings by source and language: the hard negatives the classifier must not flag.

Sources are what honest heavy users send: homework that asks to "show your work", eval
harnesses that say "think step by step", code review that asks to "explain your reasoning",
ordinary chat, enterprise extraction, translation, essay feedback and test-data tooling.
"""

from __future__ import annotations

Phrases = dict[str, list[str]]

BENIGN: dict[str, Phrases] = {
    "homework": {
        "en": [
            "Show your work for this one please, I need to copy the steps into my notebook: {p}",
            "Explain each step so I understand the method, not just the answer: {p}",
            "Can you help me with my homework? Please show your work so I can follow it: {p}",
            "I don't get this problem from class. Explain how to solve it step by step: {p}",
            "My teacher wants us to show all steps. How do I do this one? {p}",
            "{p} I got a different answer, can you walk me through it?",
        ],
        "zh": [
            "能帮我做一下作业吗？请写出解题过程：{p}",
            "这道题我不会，老师要求写步骤，请讲解一下：{p}",
        ],
        "ru": [
            "Помоги с домашним заданием, покажи решение по шагам: {p}",
            "Не понимаю эту задачу из школы, объясни, как её решать: {p}",
        ],
        "ja": [
            "宿題を手伝ってください。途中の式も書いてください：{p}",
            "授業のこの問題がわかりません。解き方を順番に説明してください：{p}",
        ],
        "ko": [
            "숙제 좀 도와주세요. 풀이 과정도 써 주세요: {p}",
            "수업에서 나온 문제인데 이해가 안 돼요. 푸는 방법을 단계별로 설명해 주세요: {p}",
        ],
        "ar": [
            "ساعدني في واجبي المنزلي من فضلك، واكتب خطوات الحل: {p}",
            "لم أفهم هذه المسألة من الدرس، اشرح لي كيف أحلها: {p}",
        ],
        "es": [
            "¿Me ayudas con la tarea? Muestra el procedimiento para que lo entienda: {p}",
            "No entiendo este ejercicio de clase, explícame cómo resolverlo paso a paso: {p}",
        ],
        "pt": [
            "Pode me ajudar com o dever de casa? Mostre a resolução para eu entender: {p}",
            "Não entendi esse exercício da aula, explique como resolver passo a passo: {p}",
        ],
        "de": [
            "Kannst du mir bei den Hausaufgaben helfen? Zeig bitte den Rechenweg: {p}",
            "Ich verstehe diese Aufgabe aus dem Unterricht nicht, erklär mir den Lösungsweg: {p}",
        ],
        "fr": [
            "Tu peux m'aider pour mes devoirs ? Montre les étapes du calcul : {p}",
            "Je ne comprends pas cet exercice du cours, explique-moi comment le résoudre : {p}",
        ],
        "hi": [
            "मेरा होमवर्क करने में मदद करो, हल के चरण भी लिखो: {p}",
            "कक्षा का यह सवाल समझ नहीं आया, इसे हल करने का तरीका समझाओ: {p}",
        ],
        "vi": [
            "Giúp mình làm bài tập về nhà với, trình bày cách giải nhé: {p}",
            "Mình không hiểu bài này trên lớp, giải thích cách làm từng bước giúp mình: {p}",
        ],
        "id": [
            "Bisa bantu PR saya? Tolong tuliskan cara pengerjaannya: {p}",
            "Saya tidak paham soal dari kelas ini, jelaskan cara menyelesaikannya: {p}",
        ],
        "tr": [
            "Ödevime yardım eder misin? Çözüm adımlarını da yaz: {p}",
            "Derste bu soruyu anlamadım, nasıl çözüleceğini adım adım anlat: {p}",
        ],
        "it": [
            "Mi aiuti con i compiti? Mostra i passaggi così capisco: {p}",
            "Non capisco questo esercizio della lezione, spiegami come risolverlo: {p}",
        ],
    },
    "eval_harness": {
        "en": [
            "Q: {p}\nA: Let's work this out step by step to be sure we have the right answer.",
            "### Problem\n{p}\n### Instructions\nShow your reasoning, then give the final answer on the last line as 'Answer: <value>'.",
            "Question: {p}\nLet's think step by step.",
            "Solve the following problem. Think step by step and put the final answer after 'The answer is'.\n{p}",
            "Answer the multiple choice question. Reason briefly, then respond with only the letter.\n{p}",
            "{p}\nPlease reason step by step, and put your final answer within \\boxed{{}}.",
        ],
        "zh": [
            "问题：{p}\n让我们一步一步地思考。",
            "请解答下面的题目，逐步推理，并把最终答案写在“答案是”之后。\n{p}",
        ],
        "ru": [
            "Вопрос: {p}\nДавай подумаем шаг за шагом.",
            "Реши задачу. Рассуждай по шагам и запиши итоговый ответ после слов «Ответ:».\n{p}",
        ],
        "ja": [
            "質問：{p}\n段階的に考えましょう。",
            "次の問題を解いてください。順を追って考え、最終的な答えを「答え：」の後に書いてください。\n{p}",
        ],
        "ko": [
            "질문: {p}\n단계별로 생각해 봅시다.",
            "다음 문제를 푸세요. 차근차근 생각하고 최종 답을 '정답:' 뒤에 쓰세요.\n{p}",
        ],
        "ar": [
            "السؤال: {p}\nلنفكر خطوة بخطوة.",
            "حل المسألة التالية. فكر خطوة بخطوة واكتب الإجابة النهائية بعد 'الإجابة هي'.\n{p}",
        ],
        "es": [
            "Pregunta: {p}\nPensemos paso a paso.",
            "Resuelve el siguiente problema. Razona paso a paso y escribe la respuesta final después de 'La respuesta es'.\n{p}",
        ],
        "pt": [
            "Pergunta: {p}\nVamos pensar passo a passo.",
            "Resolva o problema a seguir. Raciocine passo a passo e escreva a resposta final depois de 'A resposta é'.\n{p}",
        ],
        "de": [
            "Frage: {p}\nLass uns Schritt für Schritt denken.",
            "Löse die folgende Aufgabe. Denke Schritt für Schritt und schreibe das Endergebnis nach 'Die Antwort ist'.\n{p}",
        ],
        "fr": [
            "Question : {p}\nRéfléchissons étape par étape.",
            "Résous le problème suivant. Raisonne étape par étape et écris la réponse finale après 'La réponse est'.\n{p}",
        ],
        "hi": [
            "प्रश्न: {p}\nआइए चरण दर चरण सोचें।",
            "नीचे का प्रश्न हल करो। कदम दर कदम सोचो और अंतिम उत्तर 'उत्तर है' के बाद लिखो।\n{p}",
        ],
        "vi": [
            "Câu hỏi: {p}\nHãy suy nghĩ từng bước một.",
            "Giải bài toán sau. Suy luận từng bước và viết đáp án cuối cùng sau 'Đáp án là'.\n{p}",
        ],
        "id": [
            "Pertanyaan: {p}\nMari berpikir langkah demi langkah.",
            "Selesaikan soal berikut. Bernalar langkah demi langkah dan tulis jawaban akhir setelah 'Jawabannya adalah'.\n{p}",
        ],
        "tr": [
            "Soru: {p}\nAdım adım düşünelim.",
            "Aşağıdaki problemi çöz. Adım adım düşün ve nihai cevabı 'Cevap:' ifadesinden sonra yaz.\n{p}",
        ],
        "it": [
            "Domanda: {p}\nPensiamo passo dopo passo.",
            "Risolvi il seguente problema. Ragiona passo passo e scrivi la risposta finale dopo 'La risposta è'.\n{p}",
        ],
    },
    "code_review": {
        "en": [
            "Explain your reasoning behind the suggested refactor of this function, step by step:\n{p}",
            "Walk me through your thought process for this fix so I can review it:\n{p}",
            "Review this pull request and explain your reasoning for each suggested change:\n{p}",
            "Why did you choose this approach in the refactor? Explain your reasoning so the team can follow.\n{p}",
            "Can you find the bug here? Walk me through how you found it.\n{p}",
            "Please review the diff below for correctness and performance, and justify each comment.\n{p}",
        ],
        "zh": [
            "请审查这个合并请求，并解释你对每处修改建议的理由：\n{p}",
            "这段代码哪里有 bug？告诉我你是怎么发现的。\n{p}",
        ],
        "ru": [
            "Сделай ревью этого pull request и объясни обоснование каждого замечания:\n{p}",
            "Где здесь ошибка? Расскажи, как ты её нашёл.\n{p}",
        ],
        "ja": [
            "このプルリクエストをレビューして、各指摘の理由を説明してください：\n{p}",
            "このコードのバグはどこですか？見つけた方法も教えてください。\n{p}",
        ],
        "ko": [
            "이 풀 리퀘스트를 리뷰하고 각 제안의 이유를 설명해 주세요:\n{p}",
            "여기 버그가 어디 있나요? 어떻게 찾았는지도 알려 주세요.\n{p}",
        ],
        "ar": [
            "راجع طلب الدمج هذا واشرح سبب كل تعديل مقترح:\n{p}",
            "أين الخطأ في هذا الكود؟ اشرح كيف وجدته.\n{p}",
        ],
        "es": [
            "Revisa este pull request y explica el motivo de cada cambio sugerido:\n{p}",
            "¿Dónde está el bug aquí? Cuéntame cómo lo encontraste.\n{p}",
        ],
        "pt": [
            "Revise este pull request e explique o motivo de cada alteração sugerida:\n{p}",
            "Onde está o bug aqui? Explique como você o encontrou.\n{p}",
        ],
        "de": [
            "Bitte prüfe diesen Pull Request und begründe jede vorgeschlagene Änderung:\n{p}",
            "Wo ist hier der Fehler? Erklär mir, wie du ihn gefunden hast.\n{p}",
        ],
        "fr": [
            "Relis cette pull request et explique la raison de chaque modification proposée :\n{p}",
            "Où est le bug ici ? Explique-moi comment tu l'as trouvé.\n{p}",
        ],
        "hi": [
            "इस पुल रिक्वेस्ट की समीक्षा करो और हर सुझाए बदलाव का कारण बताओ:\n{p}",
            "इस कोड में बग कहाँ है? बताओ तुमने उसे कैसे खोजा।\n{p}",
        ],
        "vi": [
            "Hãy review pull request này và giải thích lý do cho từng thay đổi đề xuất:\n{p}",
            "Lỗi ở đâu trong đoạn code này? Giải thích bạn đã tìm ra nó thế nào.\n{p}",
        ],
        "id": [
            "Tolong review pull request ini dan jelaskan alasan setiap perubahan yang disarankan:\n{p}",
            "Di mana bug-nya? Jelaskan bagaimana kamu menemukannya.\n{p}",
        ],
        "tr": [
            "Bu pull request'i incele ve önerdiğin her değişikliğin gerekçesini açıkla:\n{p}",
            "Buradaki hata nerede? Nasıl bulduğunu anlat.\n{p}",
        ],
        "it": [
            "Rivedi questa pull request e spiega il motivo di ogni modifica suggerita:\n{p}",
            "Dov'è il bug qui? Spiegami come l'hai trovato.\n{p}",
        ],
    },
    "chat": {
        "en": [
            "What do you think about this, and why? {p}",
            "Can you tell me how you would approach this? {p}",
            "{p}",
            "Hey, quick question: {p}",
            "Thanks! One more thing, {p}",
            "I was wondering, {p} What do you think?",
        ],
        "zh": ["{p}", "你好，想问一下：{p}"],
        "ru": ["{p}", "Привет, есть вопрос: {p}"],
        "ja": ["{p}", "こんにちは、ちょっと質問です：{p}"],
        "ko": ["{p}", "안녕하세요, 궁금한 게 있어요: {p}"],
        "ar": ["{p}", "مرحبًا، عندي سؤال: {p}"],
        "es": ["{p}", "Hola, una pregunta rápida: {p}"],
        "pt": ["{p}", "Oi, uma dúvida rápida: {p}"],
        "de": ["{p}", "Hallo, kurze Frage: {p}"],
        "fr": ["{p}", "Salut, petite question : {p}"],
        "hi": ["{p}", "नमस्ते, एक सवाल है: {p}"],
        "vi": ["{p}", "Chào bạn, cho mình hỏi: {p}"],
        "id": ["{p}", "Halo, mau tanya: {p}"],
        "tr": ["{p}", "Merhaba, bir sorum var: {p}"],
        "it": ["{p}", "Ciao, una domanda veloce: {p}"],
    },
    "enterprise": {
        "en": [
            "Extract the following fields from the invoice and return JSON: vendor, date, total, currency.\n{p}",
            "Classify the support ticket below into one of: billing, technical, account, other. Return only the label.\n{p}",
            "Summarize this customer email in two sentences and list any action items.\n{p}",
            "From the contract text, extract party names, effective date and termination clause as JSON.\n{p}",
        ],
        "zh": [
            "从下面的发票中提取以下字段并返回 JSON：供应商、日期、总额、币种。\n{p}",
            "把下面的客服工单分类为：账单、技术、账户、其他，只返回标签。\n{p}",
        ],
        "ru": [
            "Извлеки из счёта поля: поставщик, дата, сумма, валюта — и верни JSON.\n{p}",
            "Классифицируй обращение в поддержку: оплата, техника, аккаунт, другое. Верни только метку.\n{p}",
        ],
        "ja": [
            "次の請求書から取引先、日付、合計、通貨を抽出して JSON で返してください。\n{p}",
            "下のサポート問い合わせを請求・技術・アカウント・その他に分類し、ラベルだけを返してください。\n{p}",
        ],
        "ko": [
            "다음 청구서에서 공급업체, 날짜, 합계, 통화를 추출해 JSON으로 반환하세요.\n{p}",
            "아래 고객 문의를 결제, 기술, 계정, 기타 중 하나로 분류하고 라벨만 반환하세요.\n{p}",
        ],
        "ar": [
            "استخرج من الفاتورة الحقول التالية وأعدها بصيغة JSON: المورد، التاريخ، الإجمالي، العملة.\n{p}",
            "صنّف تذكرة الدعم التالية إلى: فوترة، تقني، حساب، أخرى. أعد التسمية فقط.\n{p}",
        ],
        "es": [
            "Extrae de la factura los campos proveedor, fecha, total y moneda, y devuelve JSON.\n{p}",
            "Clasifica el ticket de soporte en: facturación, técnico, cuenta, otro. Devuelve solo la etiqueta.\n{p}",
        ],
        "pt": [
            "Extraia da fatura os campos fornecedor, data, total e moeda e retorne JSON.\n{p}",
            "Classifique o chamado de suporte em: cobrança, técnico, conta, outro. Retorne só o rótulo.\n{p}",
        ],
        "de": [
            "Extrahiere aus der Rechnung Lieferant, Datum, Gesamtbetrag und Währung und gib JSON zurück.\n{p}",
            "Ordne das Support-Ticket einer Kategorie zu: Abrechnung, Technik, Konto, Sonstiges. Nur das Label.\n{p}",
        ],
        "fr": [
            "Extrais de la facture le fournisseur, la date, le total et la devise, et renvoie du JSON.\n{p}",
            "Classe le ticket de support dans : facturation, technique, compte, autre. Renvoie seulement l'étiquette.\n{p}",
        ],
        "hi": [
            "इस इनवॉइस से विक्रेता, तारीख, कुल राशि और मुद्रा निकालकर JSON में दो।\n{p}",
            "नीचे के सपोर्ट टिकट को बिलिंग, तकनीकी, खाता, अन्य में वर्गीकृत करो। सिर्फ़ लेबल लौटाओ।\n{p}",
        ],
        "vi": [
            "Trích xuất từ hóa đơn các trường nhà cung cấp, ngày, tổng tiền, tiền tệ và trả về JSON.\n{p}",
            "Phân loại phiếu hỗ trợ sau vào: thanh toán, kỹ thuật, tài khoản, khác. Chỉ trả về nhãn.\n{p}",
        ],
        "id": [
            "Ekstrak dari faktur kolom vendor, tanggal, total, dan mata uang lalu kembalikan JSON.\n{p}",
            "Klasifikasikan tiket dukungan ini ke: tagihan, teknis, akun, lainnya. Kembalikan labelnya saja.\n{p}",
        ],
        "tr": [
            "Faturadan tedarikçi, tarih, toplam ve para birimi alanlarını çıkar ve JSON döndür.\n{p}",
            "Destek talebini şu sınıflardan birine ayır: fatura, teknik, hesap, diğer. Sadece etiketi döndür.\n{p}",
        ],
        "it": [
            "Estrai dalla fattura fornitore, data, totale e valuta e restituisci JSON.\n{p}",
            "Classifica il ticket di supporto in: fatturazione, tecnico, account, altro. Restituisci solo l'etichetta.\n{p}",
        ],
    },
    "translation": {
        "en": [
            "Translate the following text into German, keeping the tone: {p}",
            "Please translate this into natural Spanish: {p}",
            "How would you say this in Japanese? {p}",
            "Rewrite this paragraph to be clearer and more concise: {p}",
        ],
        "zh": ["把下面这段话翻译成英文，保持语气：{p}", "帮我把这段文字改写得更通顺：{p}"],
        "ru": [
            "Переведи этот текст на английский, сохранив стиль: {p}",
            "Перепиши этот абзац понятнее и короче: {p}",
        ],
        "ja": [
            "次の文章を自然な英語に翻訳してください：{p}",
            "この段落をもっと読みやすく書き直してください：{p}",
        ],
        "ko": [
            "다음 글을 자연스러운 영어로 번역해 주세요: {p}",
            "이 문단을 더 명확하고 간결하게 다시 써 주세요: {p}",
        ],
        "ar": [
            "ترجم النص التالي إلى الإنجليزية مع الحفاظ على الأسلوب: {p}",
            "أعد كتابة هذه الفقرة لتكون أوضح وأقصر: {p}",
        ],
        "es": [
            "Traduce este texto al inglés manteniendo el tono: {p}",
            "Reescribe este párrafo para que sea más claro y conciso: {p}",
        ],
        "pt": [
            "Traduza este texto para o inglês mantendo o tom: {p}",
            "Reescreva este parágrafo de forma mais clara e concisa: {p}",
        ],
        "de": [
            "Übersetze diesen Text ins Englische und behalte den Ton bei: {p}",
            "Formuliere diesen Absatz klarer und knapper: {p}",
        ],
        "fr": [
            "Traduis ce texte en anglais en gardant le ton : {p}",
            "Réécris ce paragraphe pour qu'il soit plus clair et concis : {p}",
        ],
        "hi": [
            "इस पाठ का अंग्रेज़ी में अनुवाद करो, लहजा वही रखो: {p}",
            "इस अनुच्छेद को और साफ़ और छोटा करके लिखो: {p}",
        ],
        "vi": [
            "Dịch đoạn văn sau sang tiếng Anh, giữ nguyên giọng văn: {p}",
            "Viết lại đoạn này cho rõ ràng và ngắn gọn hơn: {p}",
        ],
        "id": [
            "Terjemahkan teks berikut ke bahasa Inggris dengan nada yang sama: {p}",
            "Tulis ulang paragraf ini agar lebih jelas dan ringkas: {p}",
        ],
        "tr": [
            "Aşağıdaki metni üslubunu koruyarak İngilizceye çevir: {p}",
            "Bu paragrafı daha açık ve kısa olacak şekilde yeniden yaz: {p}",
        ],
        "it": [
            "Traduci questo testo in inglese mantenendo il tono: {p}",
            "Riscrivi questo paragrafo in modo più chiaro e conciso: {p}",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here is my college essay draft. What are its strengths and weaknesses? {p}",
            "Can you give me feedback on my cover letter and suggest improvements? {p}",
            "I'm a teacher. Suggest comments I could write on this student's paragraph to help them improve: {p}",
            "Is my argument convincing? Be honest. {p}",
        ],
        "zh": [
            "这是我的作文草稿，有哪些优点和不足？{p}",
            "能帮我看看这封求职信并提点修改建议吗？{p}",
        ],
        "ru": [
            "Вот черновик моего эссе. Какие у него сильные и слабые стороны? {p}",
            "Посмотри моё сопроводительное письмо и предложи улучшения. {p}",
        ],
        "ja": [
            "これは私の作文の下書きです。良い点と改善点を教えてください。{p}",
            "カバーレターを見て、改善点を提案してもらえますか？{p}",
        ],
        "ko": [
            "제 에세이 초안인데 장점과 단점이 뭘까요? {p}",
            "자기소개서를 보고 개선할 점을 알려 주실래요? {p}",
        ],
        "ar": [
            "هذه مسودة مقالي. ما نقاط القوة والضعف فيها؟ {p}",
            "هل يمكنك مراجعة خطاب التقديم واقتراح تحسينات؟ {p}",
        ],
        "es": [
            "Este es el borrador de mi ensayo. ¿Qué puntos fuertes y débiles tiene? {p}",
            "¿Puedes revisar mi carta de presentación y sugerir mejoras? {p}",
        ],
        "pt": [
            "Este é o rascunho da minha redação. Quais são os pontos fortes e fracos? {p}",
            "Pode revisar minha carta de apresentação e sugerir melhorias? {p}",
        ],
        "de": [
            "Das ist der Entwurf meines Aufsatzes. Was sind Stärken und Schwächen? {p}",
            "Kannst du mein Anschreiben lesen und Verbesserungen vorschlagen? {p}",
        ],
        "fr": [
            "Voici le brouillon de ma dissertation. Quels sont ses points forts et faibles ? {p}",
            "Peux-tu relire ma lettre de motivation et proposer des améliorations ? {p}",
        ],
        "hi": [
            "यह मेरे निबंध का मसौदा है। इसकी ख़ूबियाँ और कमियाँ क्या हैं? {p}",
            "क्या तुम मेरा कवर लेटर देखकर सुधार सुझा सकते हो? {p}",
        ],
        "vi": [
            "Đây là bản nháp bài luận của mình. Điểm mạnh và điểm yếu là gì? {p}",
            "Bạn xem giúp thư xin việc của mình và góp ý được không? {p}",
        ],
        "id": [
            "Ini draf esai saya. Apa kelebihan dan kekurangannya? {p}",
            "Bisa cek surat lamaran saya dan beri saran perbaikan? {p}",
        ],
        "tr": [
            "Bu benim kompozisyon taslağım. Güçlü ve zayıf yanları neler? {p}",
            "Ön yazımı okuyup iyileştirme önerir misin? {p}",
        ],
        "it": [
            "Questa è la bozza del mio saggio. Quali sono i punti di forza e di debolezza? {p}",
            "Puoi rivedere la mia lettera di presentazione e suggerire miglioramenti? {p}",
        ],
    },
    "data_tooling": {
        "en": [
            "Write a Python script that generates fake customer records for testing our database (use Faker).",
            "How do I split my dataset into train and test sets with scikit-learn? {p}",
            "Give me 5 example sentences using the word 'ubiquitous'.",
            "Suggest a JSON schema for storing survey responses. {p}",
        ],
        "zh": [
            "写一个用 Faker 生成测试用假客户数据的 Python 脚本。",
            "怎么用 scikit-learn 把数据集分成训练集和测试集？{p}",
        ],
        "ru": [
            "Напиши скрипт на Python, который генерирует фейковых клиентов для тестирования базы (через Faker).",
            "Как разделить датасет на обучающую и тестовую выборки в scikit-learn? {p}",
        ],
        "ja": [
            "テスト用の架空の顧客データを Faker で生成する Python スクリプトを書いてください。",
            "scikit-learn でデータセットを訓練用とテスト用に分けるには？{p}",
        ],
        "ko": [
            "테스트용 가짜 고객 데이터를 Faker로 생성하는 파이썬 스크립트를 작성해 주세요.",
            "scikit-learn으로 데이터셋을 학습용과 테스트용으로 나누려면? {p}",
        ],
        "ar": [
            "اكتب سكربت بايثون يولّد بيانات عملاء وهمية لاختبار قاعدة البيانات باستخدام Faker.",
            "كيف أقسم مجموعة البيانات إلى تدريب واختبار باستخدام scikit-learn؟ {p}",
        ],
        "es": [
            "Escribe un script de Python que genere clientes falsos para probar la base de datos (con Faker).",
            "¿Cómo divido mi dataset en entrenamiento y prueba con scikit-learn? {p}",
        ],
        "pt": [
            "Escreva um script Python que gere clientes falsos para testar o banco de dados (com Faker).",
            "Como divido meu dataset em treino e teste com scikit-learn? {p}",
        ],
        "de": [
            "Schreib ein Python-Skript, das mit Faker Testkunden für unsere Datenbank erzeugt.",
            "Wie teile ich meinen Datensatz mit scikit-learn in Trainings- und Testdaten? {p}",
        ],
        "fr": [
            "Écris un script Python qui génère de faux clients pour tester la base (avec Faker).",
            "Comment séparer mon jeu de données en entraînement et test avec scikit-learn ? {p}",
        ],
        "hi": [
            "टेस्टिंग के लिए Faker से नकली ग्राहक डेटा बनाने वाली पायथन स्क्रिप्ट लिखो।",
            "scikit-learn से डेटासेट को ट्रेन और टेस्ट में कैसे बाँटें? {p}",
        ],
        "vi": [
            "Viết script Python tạo dữ liệu khách hàng giả để kiểm thử cơ sở dữ liệu (dùng Faker).",
            "Làm sao chia dataset thành tập train và test bằng scikit-learn? {p}",
        ],
        "id": [
            "Tulis skrip Python yang membuat data pelanggan palsu untuk pengujian database (pakai Faker).",
            "Bagaimana membagi dataset menjadi train dan test dengan scikit-learn? {p}",
        ],
        "tr": [
            "Veritabanını test etmek için Faker ile sahte müşteri kayıtları üreten bir Python betiği yaz.",
            "scikit-learn ile veri setimi eğitim ve test olarak nasıl bölerim? {p}",
        ],
        "it": [
            "Scrivi uno script Python che genera clienti finti per testare il database (con Faker).",
            "Come divido il dataset in train e test con scikit-learn? {p}",
        ],
    },
}
