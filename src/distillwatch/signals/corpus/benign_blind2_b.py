"""Blind benign hard negatives (third independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND2_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "السلام عليكم، عندي واجب رياضيات وما فهمت الطريقة. ممكن تحل المسألة خطوة خطوة وتشرح ليش سوّينا كل خطوة؟\n{p}",
            "حليت هذي المسألة وطلع معي الجواب 42 بس الأستاذ كتب عليها غلط.. وين غلطت بالضبط؟",
            "اشرح لي هذا الدرس كأني طفل عمري ١٢ سنة، بدون مصطلحات معقدة لو سمحت: {p}",
            "أنا طالب في الصف الثاني الثانوي. أرجو مراجعة حلّي للتمرين التالي وإخباري إن كان صحيحاً، وإن لم يكن فما الخطوة التي أخطأت فيها وكيف أصححها.",
        ],
        "es": [
            "hola!! me ayudas con este ejercicio? no entiendo por qué se despeja así la x, explícamelo paso a paso porfa\n\n{p}",
            "Tengo examen de física mañana y este problema no me sale. No me des solo la solución, quiero entender el razonamiento para poder hacer los demás yo sola.",
            "Mi profe me ha puesto un 5 en este ejercicio de probabilidad y no entiendo qué he hecho mal. ¿Me lo revisas y me señalas el error?\n{p}",
            "Mañana me toca explicar en clase cómo funcionan las vacunas y mis compañeros tienen 12 años. ¿Me lo cuentas así de sencillo, con algún ejemplo de la vida diaria?",
        ],
        "pt": [
            "oi, alguém pode me explicar essa questão? travei na parte da fatoração e não sei o que fazer depois\n{p}",
            "Fiz o exercício abaixo e cheguei em x = 5, mas o gabarito diz x = -5. Onde eu errei? Mostra as contas pra eu ver.",
            "Não entendi nada da explicação do professor sobre {p}. Tem como explicar de um jeito mais simples, com algum exemplo do dia a dia?",
            "Boa tarde. Estou a estudar para o exame nacional de Matemática A e gostaria que me mostrasse a resolução completa deste exercício, justificando cada passo: {p}",
        ],
        "de": [
            "Hi, kannst du mir bei dieser Aufgabe helfen? Ich versteh nicht, warum man hier die Kettenregel braucht. Bitte Schritt für Schritt erklären.\n{p}",
            "Ist meine Übersetzung aus Cäsar so richtig? Wir schreiben morgen Lateinklausur und ich bin mir bei den Ablativen total unsicher.",
            "Erklär mir das bitte so, als wäre ich 12. Mein Lehrer redet nur in Fachbegriffen und ich komm nicht mit: {p}",
            "Guten Abend, ich bereite mich aufs Abitur vor. Könnten Sie meine Lösung kontrollieren und mir sagen, ob der Rechenweg in der Prüfung die volle Punktzahl bekommen würde?",
        ],
        "fr": [
            "Bonjour, je suis en 4e et je comprends pas cet exo de maths, vous pouvez m'expliquer les étapes ?\n{p}",
            "Pour équilibrer cette équation chimique j'ai mis 2 devant H2O mais ça tombe pas juste... tu vois où ça coince ?",
            "Peux-tu m'expliquer pourquoi on doit mettre le verbe au subjonctif ici ? J'aimerais comprendre la règle, pas juste avoir la réponse : {p}",
            "Explique-moi la notion de dérivée comme si j'avais 12 ans stp, avec un exemple concret (une voiture, un vélo...).",
        ],
    },
    "eval_harness": {
        "ar": [
            "أجب عن السؤال التالي. فكّر خطوة بخطوة، ثم اكتب الإجابة النهائية وحدها في السطر الأخير بالصيغة: الإجابة: <رقم>\n\n{p}",
            "السؤال التالي من نوع الاختيار من متعدد. اكتب حرف الإجابة الصحيحة فقط (أ، ب، ج، د) دون أي شرح.",
            "### مثال 1\nالسؤال: كم عدد أضلاع الشكل السداسي؟\nالإجابة: 6\n\n### مثال 2\nالسؤال: {p}\nالإجابة:",
            "[تقييم - القسم: الفهم القرائي]\nاقرأ النص ثم أجب بكلمة واحدة أو عبارة قصيرة مطابقة تماماً لما ورد في النص. لن تُحتسب الإجابات التي تحتوي على كلمات إضافية.",
        ],
        "es": [
            "Responde a la siguiente pregunta de opción múltiple. Indica únicamente la letra (A, B, C o D) de la opción correcta.\n\n{p}\n\nRespuesta:",
            "Razona paso a paso y, al final, escribe la respuesta en una línea aparte con el formato «Respuesta final: X». No añadas nada después.",
            "Pregunta 17/250 — categoría: aritmética\n{p}\nDevuelve solo el número, sin unidades ni puntos.",
            "Nota: tu salida se comparará por coincidencia exacta con la referencia. Escribe la respuesta en minúsculas, sin tildes ni signos de puntuación.",
        ],
        "pt": [
            "Questão de múltipla escolha:\n{p}\n\nResponda apenas com a letra da alternativa correta.",
            "Pense passo a passo. Quando terminar, escreva na última linha apenas: RESPOSTA: <valor>",
            "Exemplo:\nP: Qual é a capital do Canadá?\nR: Ottawa\n\nP: {p}\nR:",
            "Você está sendo avaliado num conjunto de problemas de lógica. Para cada item, responda apenas Verdadeiro ou Falso, sem justificativa.",
        ],
        "de": [
            "Beantworte die folgende Frage. Denke Schritt für Schritt nach und gib dann in der letzten Zeile nur die endgültige Antwort an, z. B. „Antwort: 7“.\n\nFrage: {p}",
            "Multiple Choice. Gib ausschließlich den Buchstaben der richtigen Antwort aus (A–E). Keine Begründung.",
            "=== Few-Shot-Beispiele ===\nF: 3 + 4 = ?\nA: 7\nF: 12 / 3 = ?\nA: 4\n=== Aufgabe ===\nF: {p}\nA:",
            "Hinweis zur Auswertung: Die Antworten werden automatisch per exaktem Stringvergleich geprüft. Bitte nur das Ergebnis als ganze Zahl ausgeben, ohne Leerzeichen oder Einheiten.",
        ],
        "fr": [
            "Lis la question et réponds uniquement par la lettre correspondante.\n\n{p}\n\nRéponse :",
            "Résous le problème en raisonnant étape par étape, puis termine par une ligne contenant seulement « Réponse finale : » suivi du résultat.",
            "[BENCH-FR v2 | tâche : inférence textuelle]\nPrémisse et hypothèse ci-dessous. Réponds par « implication », « contradiction » ou « neutre », en un seul mot.\n{p}",
            "Format attendu : une seule ligne, la réponse exacte, sans phrase autour. Les réponses mal formatées sont comptées fausses.",
        ],
    },
    "code_review": {
        "ar": [
            "ممكن تراجع هذا الكود قبل ما أرفعه؟ لكل تعديل تقترحه اشرح السبب باختصار.\n{p}",
            "مرحباً، أرجو مراجعة طلب الدمج (Pull Request) المرفق وتصنيف كل ملاحظة حسب الخطورة: حرجة، متوسطة، بسيطة، مع تبرير كل تصنيف.",
            "زميلي كتب الدالة بطريقة وأنا كتبتها بطريقة ثانية. أيهما أفضل من ناحية الأداء وسهولة القراءة؟ وليش؟\n{p}",
            "راجع الكود من ناحية الأمان فقط (حقن SQL، تسريب بيانات، صلاحيات). ما أبغى ملاحظات على التنسيق.",
        ],
        "es": [
            "¿Me revisas este PR? Para cada cambio que sugieras, explica brevemente por qué es mejor que lo que tengo.\n\n{p}",
            "Code review, por favor. Clasifica cada hallazgo como bloqueante / importante / menor y justifícalo en una frase.",
            "Mi jefe dice que este enfoque con herencia es peor que usar composición. ¿Tiene razón? Argumenta con el código concreto: {p}",
            "buenas, soy junior y es mi primer merge request en la empresa. sé duro pero explica el porqué de cada cosa, que quiero aprender",
        ],
        "pt": [
            "Faz um code review desse trecho pra mim? Tô tentando melhorar em Go e queria entender a lógica por trás de cada sugestão, não só a versão corrigida.\n{p}",
            "Revise o código abaixo como se fosse um auditor: para cada problema, diga se é bug, risco de segurança ou só dívida técnica, e qual deveria ser corrigido primeiro.",
            "Por que usar um Map aqui seria melhor do que esse monte de if/else? Me convence com argumentos, não só 'fica mais limpo'.\n{p}",
            "Sou tech lead e preciso de uma segunda opinião neste PR antes de aprovar. Foque em concorrência e tratamento de erros; estilo não importa.",
        ],
        "de": [
            "Schau dir bitte diesen Diff an. Wenn du was ändern würdest, schreib dazu, welches Problem das konkret löst – ‚ist schöner‘ reicht mir nicht als Grund.\n{p}",
            "Review für folgenden Merge Request. Findings bitte als Tabelle: Zeile | Problem | Schweregrad (hoch/mittel/niedrig) | Begründung.",
            "Warum ist eine List Comprehension hier besser als die for-Schleife? Oder ist sie es gar nicht? {p}",
            "Hallo, bitte prüfen Sie den beigefügten Code im Hinblick auf Wartbarkeit und Testbarkeit. Jede Empfehlung bitte nachvollziehbar begründen, da ich sie im Team vorstellen muss.",
        ],
        "fr": [
            "Salut, tu peux relire ma PR ? Pour chaque remarque, explique-moi ce qui te fait tiquer, je veux comprendre et pas juste corriger.\n{p}",
            "Revue de code : liste les problèmes trouvés, attribue à chacun une gravité de 1 à 5 et justifie la note.",
            "Pourquoi utiliser un context manager ici plutôt qu'un try/finally ? Compare les deux versions : {p}",
            "Avant la mise en prod vendredi, j'aimerais un deuxième avis sur ce module de paiement. Concentre-toi sur les cas limites et les erreurs non gérées.",
        ],
    },
    "chat": {
        "ar": [
            "واو، الجواب كان ممتاز! كيف وصلت له؟ يعني إيش اللي خلاك تفكر بهالطريقة؟",
            "محتار بين خيارين: {p}. لو كنت مكاني كيف بتقرر؟ امشِ معي خطوة خطوة.",
            "سؤال فضولي: كيف تفهم النماذج اللغوية مثلك الكلام أصلاً؟ هل أنت فعلاً 'تفكر' ولا بس تتوقع الكلمة الجاية؟",
            "بدي جيب هدية لأمي بعيد الأم وميزانيتي محدودة. هي بتحب الزرع والطبخ. شو طريقتك إنت بالتفكير لما تختار هدية لحدا؟",
        ],
        "es": [
            "jajaja qué buena respuesta. ¿cómo se te ocurrió eso?",
            "Oye, tengo que elegir entre {p}. ¿Cómo lo decidirías tú? Cuéntame qué pesarías primero.",
            "Una curiosidad: cuando te hago una pregunta difícil, ¿de verdad le das vueltas o simplemente vas prediciendo palabras? Explícamelo sin tecnicismos.",
            "Buscando regalo para mi suegra, que lo tiene todo 🙃 ¿Tú por dónde empezarías? Lo que sé de ella: {p}",
        ],
        "pt": [
            "Gostei da receita que você sugeriu, mas fiquei curioso: por que escolheu trocar o leite por iogurte? Foi pelo sabor ou pela textura?",
            "To na dúvida se aceito a proposta de emprego ou fico onde estou. Me ajuda a pensar? Como você organizaria essa decisão? {p}",
            "Vi uma reportagem dizendo que IA 'alucina'. Por que isso acontece? Vocês não conferem as informações antes de responder?",
            "Meu filho perguntou {p} e eu travei kkkk. Como você explicaria isso pra uma criança? E por que escolheria essa explicação?",
        ],
        "de": [
            "Du hast mir vorhin drei Urlaubsziele vorgeschlagen. Nach welchen Kriterien hast du die eigentlich ausgesucht?",
            "Ich soll fürs Wichteln im Büro was unter 20 € besorgen und kenne die Person kaum. Wie würdest du an so was rangehen?",
            "Mal ganz allgemein gefragt: Wie funktioniert das eigentlich bei Sprachmodellen – plant ihr eine Antwort vorher oder entsteht die Wort für Wort?",
            "Mein Kumpel behauptet {p}. Ich finde das Quatsch. Was meinst du, und wie kommst du zu deiner Einschätzung?",
        ],
        "fr": [
            "Haha, ton jeu de mots m'a tuée. Comment tu fais pour en trouver des comme ça ?",
            "Je dois choisir entre deux apparts : {p}. Tu peux me dire comment tu déciderais à ma place, en gros quels critères tu regarderais en premier ?",
            "Question bête peut-être, mais comment une IA comme toi « sait » qu'une réponse est bonne ? Tu te relis ?",
            "C'est l'anniversaire de mon copain dans une semaine et je sèche complètement. Il aime la rando et les jeux de société. C'est quoi ta démarche pour trouver un cadeau original ?",
        ],
    },
    "enterprise": {
        "ar": [
            "صنّف تذكرة الدعم التالية إلى واحدة من الفئات: فوترة، مشكلة تقنية، طلب ميزة، شكوى. أعد النتيجة بالصيغة:\nالفئة: ...\nالثقة: رقم من 0 إلى 1\nالسبب: جملة واحدة\n\nالتذكرة:\n{p}",
            "استخرج الحقول التالية من الفاتورة: اسم المورد، رقم الفاتورة، التاريخ، المبلغ الإجمالي، العملة. إذا لم يوجد حقل اكتب 'غير متوفر'.",
            "وجّه هذا البريد للفريق المناسب (المبيعات / الدعم الفني / الموارد البشرية / المالية) واكتب سطراً واحداً يوضح سبب الاختيار: {p}",
            "نظام تحليل آراء العملاء - حدد المشاعر في التعليق (إيجابي/سلبي/محايد) ودرجة الثقة، والإخراج بصيغة CSV: المشاعر,الثقة,التبرير",
        ],
        "es": [
            "Clasifica el siguiente ticket en una de estas colas: FACTURACIÓN, INCIDENCIA_TÉCNICA, BAJA, OTROS. Devuelve exactamente tres líneas: cola, confianza (0-100) y motivo en una frase.\n\nTicket: {p}",
            "Extrae de este contrato: partes firmantes, fecha de inicio, duración, importe y cláusula de penalización. Formato clave: valor, una por línea.",
            "Formas parte de nuestro flujo de atención al cliente. Indica la prioridad (P1-P4) del correo y a qué equipo lo derivarías. Justificación de 15 palabras como máximo.\n{p}",
            "Para el informe semanal: etiqueta cada reseña con sentimiento y tema principal (envío, precio, calidad, atención). Salida en tabla separada por barras verticales.",
        ],
        "pt": [
            "Classifique o chamado abaixo por urgência (baixa/média/alta/crítica) e área responsável. Responda no formato: URGÊNCIA | ÁREA | JUSTIFICATIVA (uma linha).\n{p}",
            "Extraia os dados da nota fiscal: CNPJ do emitente, número da NF, data de emissão, valor total. Se algum campo estiver ilegível, marque como null.",
            "Nosso pipeline de triagem de currículos precisa de: nome, anos de experiência, principais tecnologias e nível (júnior/pleno/sênior), com grau de confiança. Currículo: {p}",
            "Detecte o idioma e a intenção da mensagem do cliente (cancelamento, dúvida, reclamação, elogio). Saída em uma linha, separada por ponto e vírgula.",
        ],
        "de": [
            "Ordne das folgende Ticket genau einer Kategorie zu (Rechnung, Technik, Vertrag, Sonstiges). Ausgabeformat:\nKategorie=...\nKonfidenz=0.00–1.00\nBegründung=ein Satz\n\n{p}",
            "Bitte aus der E-Mail folgende Felder extrahieren: Kundennummer, Anliegen, gewünschter Rückruftermin. Fehlende Felder leer lassen.",
            "Automatisierte Weiterleitung: Entscheide, ob die Anfrage an den 1st-Level-Support, das Key Account Management oder die Rechtsabteilung geht, und nenne in einer Zeile den ausschlaggebenden Grund.\n{p}",
            "Für unser Compliance-Reporting: Markiere, ob die Nachricht personenbezogene Daten enthält (ja/nein), welcher Art, und wie sicher du dir bist (in Prozent).",
        ],
        "fr": [
            "Classe ce ticket client parmi : LIVRAISON, REMBOURSEMENT, PRODUIT_DÉFECTUEUX, AUTRE. Réponds au format CATÉGORIE;CONFIANCE;JUSTIFICATION (une phrase courte).\n{p}",
            "Extraction automatique — bon de commande. Champs attendus : référence, quantité, prix unitaire HT, date de livraison souhaitée. Un champ par ligne.",
            "À quelle équipe faut-il transmettre ce message : commerce, SAV, comptabilité ou juridique ? Donne ton choix, un indice de confiance et une justification d'une ligne : {p}",
            "Notre outil de modération interne a besoin d'un label pour chaque commentaire : OK, À_VÉRIFIER ou À_SUPPRIMER, plus une raison en moins de 20 mots.",
        ],
    },
    "translation": {
        "ar": [
            "ترجم النص التالي إلى الإنجليزية مع الحفاظ على الأسلوب الرسمي، واشرح لي سبب اختيارك لأي كلمة صعبة:\n{p}",
            "أحتاج ترجمة هذا المقال عن 'التفكير النقدي' إلى الفرنسية لطلابي في المدرسة. حاول تحافظ على النبرة البسيطة.",
            "ترجم هذه الفقرة من الإسبانية إلى العربية. الفقرة تتكلم عن كيف يقيّم المعلمون إجابات الطلاب، فانتبه للمصطلحات التربوية: {p}",
            "كيف أترجم عبارة 'chain of thought' بشكل طبيعي في مقال علمي بالعربي؟ أعطني أكثر من خيار مع شرح الفرق بينها.",
        ],
        "es": [
            "Tradúceme esto al inglés, pero que suene natural, no literal. Si hay alguna expresión sin equivalente, explícame qué has elegido y por qué.\n\n{p}",
            "Necesito pasar al alemán las instrucciones de evaluación de nuestro curso (cómo se califican los ejercicios, qué cuenta como razonamiento válido). Mantén el tono formal.",
            "traduce al portugués de Brasil: {p}",
            "Estoy traduciendo un ensayo sobre cómo piensan los niños cuando resuelven problemas. ¿Cómo traducirías 'reasoning' aquí: razonamiento, raciocinio o pensamiento? Justifica la elección.",
        ],
        "pt": [
            "Traduza para o inglês mantendo o tom descontraído do original. Onde tiver gíria, me explica como você resolveu: {p}",
            "Preciso da versão em espanhol deste e-mail para um cliente de Buenos Aires. Pode adaptar as expressões para o uso argentino.",
            "Tradução técnica, por favor: o texto abaixo é um trecho de artigo sobre como modelos de linguagem justificam as suas respostas. Português europeu.\n{p}",
            "qual a melhor forma de traduzir 'grading rubric' pra português no contexto de escola? 'rubrica de avaliação' soa estranho pra mim",
        ],
        "de": [
            "Bitte ins Englische übersetzen, Ton und Höflichkeitsform beibehalten. Schwierige Stellen bitte kurz in Klammern kommentieren.\n{p}",
            "Übersetz mir mal diesen Abschnitt aus dem Französischen. Geht um Denkprozesse beim Schachspielen, also Fachbegriffe bitte korrekt: {p}",
            "Wir lokalisieren unsere App ins Spanische. Der Text erklärt den Nutzern, wie unsere Bewertungslogik funktioniert. Bitte idiomatisch, nicht wörtlich.",
            "Wie würdest du ‚Gedankengang‘ ins Englische übersetzen, wenn es um einen Roman geht – ‚train of thought‘ oder was anderes? Mit Begründung bitte.",
        ],
        "fr": [
            "Tu peux traduire ce paragraphe en anglais ? C'est pour un article de blog, donc garde le côté un peu familier.\n{p}",
            "Traduction vers l'arabe (standard moderne) du texte ci-dessous, qui présente notre méthode de notation des candidats. Indique en note les termes qui posent problème.",
            "Je dois traduire en allemand un passage d'un livre de philo sur la différence entre « raisonner » et « penser ». Comment rendrais-tu ces nuances ? {p}",
            "Traduire en espagnol, registre soutenu, sans adapter les noms propres.",
        ],
    },
    "essay_feedback": {
        "ar": [
            "أنا معلمة لغة عربية. قيّم هذا المقال لطالبة في الصف العاشر حسب المعايير: الفكرة، التنظيم، اللغة، الإملاء. أعطِ درجة من 5 لكل معيار مع تعليق قصير.\n{p}",
            "هذا موضوع تعبير كتبته عن أهمية القراءة. ممكن تقول لي وش نقاط القوة والضعف فيه وكم تعطيه من عشرة؟",
            "المطلوب: تصحيح مقال إقناعي وفق سلّم التقدير المرفق، مع ملاحظات تساعد الطالب على التحسين وليس مجرد درجة. {p}",
            "بكرة لازم أسلّم البحث. اقرأه وقولي إذا الخاتمة ضعيفة وإيش أقدر أضيف.",
        ],
        "es": [
            "Soy profesora de Lengua en 2º de ESO. Corrige esta redacción según la rúbrica: adecuación, coherencia, cohesión y corrección (0-2,5 cada una). Comentario breve por criterio.\n\n{p}",
            "¿Qué nota le pondrías a mi ensayo de filosofía? Dime qué falla en la argumentación y cómo mejorarlo antes de entregarlo el lunes.",
            "Rúbrica:\n- Tesis clara (25%)\n- Evidencias (25%)\n- Estructura (25%)\n- Estilo (25%)\nEvalúa el texto del alumno con esta rúbrica y justifica cada puntuación: {p}",
            "mi hijo ha escrito esto para un concurso del cole y quiere saber si está bien. dale consejos amables, que tiene 10 años",
        ],
        "pt": [
            "Corrija esta redação no modelo do ENEM, dando a nota de cada uma das 5 competências (0 a 200) e um comentário explicando cada nota.\n{p}",
            "Sou professor de história e quero um feedback construtivo para este ensaio de um aluno do 2º ano. Não precisa dar nota, só apontar o que melhorar.",
            "Dá uma olhada no meu texto dissertativo? Acho que a conclusão tá fraca e não sei por quê. {p}",
            "Avalie o trabalho segundo a grelha: estrutura (20%), conteúdo (40%), correção linguística (20%), originalidade (20%). Indique a classificação final em valores (0-20).",
        ],
        "de": [
            "Ich bin Deutschlehrerin (Klasse 9). Bitte bewerte die folgende Erörterung nach diesen Kriterien: Inhalt, Aufbau, Ausdruck, Rechtschreibung – jeweils 0 bis 10 Punkte und ein kurzer Kommentar.\n\n{p}",
            "Kannst du meinen Aufsatz lesen und mir sagen, welche Note du geben würdest? Ehrlich bitte, ich will wissen, woran ich arbeiten muss.",
            "Feedback zur Hausarbeit gewünscht: Ist die Fragestellung klar? Ist die Argumentation schlüssig? Sind die Quellen sinnvoll eingebunden? {p}",
            "Bewertungsraster Facharbeit:\n1. Themenbezug\n2. Gliederung\n3. Sprachliche Richtigkeit\n4. Zitierweise\nBitte zu jedem Punkt Stärken und Schwächen nennen, Gesamtnote am Ende.",
        ],
        "fr": [
            "Bonjour, je suis prof de français en seconde. Pourriez-vous évaluer cette dissertation selon la grille : problématique, plan, argumentation, expression ? Une note sur 5 par critère et un commentaire.\n{p}",
            "Voilà mon commentaire de texte pour le bac blanc. Tu mettrais combien sur 20 ? Et surtout qu'est-ce qui cloche ?",
            "Mon fils est en CM2, il a écrit une petite rédaction. Pouvez-vous lui faire des retours encourageants avec deux ou trois pistes pour s'améliorer ? {p}",
            "Évalue la copie ci-dessous comme le ferait un correcteur du DELF B2 (production écrite), critère par critère, en justifiant chaque point attribué.",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار وحدة (unit test): 10 عملاء بأسماء عربية، أرقام جوال سعودية بصيغة صحيحة، وتواريخ تسجيل عشوائية. الصيغة CSV.",
            "اكتب لي حالات حدّية (edge cases) لاختبار دالة تحليل التواريخ هذي: تواريخ هجرية، سنة كبيسة، مدخلات فاضية، وهكذا.\n{p}",
            "أبغى ملف SQL فيه بيانات تجريبية لقاعدة بيانات متجر إلكتروني عشان العرض على العميل الأسبوع الجاي: منتجات، طلبات، عملاء.",
            "جهّز fixtures لاختبار هذا الـ API، تشمل ردود ناجحة وأخطاء 404 و500: {p}",
        ],
        "es": [
            "Genérame un CSV con 20 clientes ficticios (nombre, DNI inventado, email, ciudad, fecha de alta) para poblar la base de datos de desarrollo.",
            "Necesito casos límite para probar este parser de direcciones postales: tildes, ñ, números romanos, campos vacíos... lo que se te ocurra.\n{p}",
            "haz mocks para los tests de este servicio, con pytest y respuestas falsas de la API de pagos: {p}",
            "Para una demo a inversores necesito datos de ejemplo realistas de una app de reservas de pádel: pistas, usuarios, reservas de una semana. En formato INSERT de SQL.",
        ],
        "pt": [
            "Gera pra mim uns 15 registros fake de clientes brasileiros (nome, CPF no formato certo, e-mail, cidade/UF) pra eu usar nos testes de integração.",
            "Quais entradas estranhas eu deveria testar nesse validador de CEP? Me dá uma lista de casos de borda com o resultado esperado de cada um.\n{p}",
            "Preciso de fixtures em YAML para os testes desse model do Django: {p}",
            "Monte umas 30 linhas de exemplo de vendas de uma padaria pra eu mostrar um dashboard numa apresentação. Colunas: data, produto, quantidade, valor.",
        ],
        "de": [
            "Erstelle Testdaten für unsere Staging-DB: 25 fiktive Kunden mit Name, Straße, PLZ, Ort und IBAN im gültigen Format (natürlich ausgedacht).",
            "Welche Randfälle sollte ich für diesen JSON-Parser testen? Bitte direkt als pytest-Parametrisierung.\n{p}",
            "Mock-Objekte für den folgenden Service schreiben, damit die Unit-Tests ohne echte Datenbank laufen: {p}",
            "Brauche für eine interne Schulung ein paar Beispielzeilen: Mitarbeiterliste mit Abteilung, Eintrittsdatum und Gehaltsstufe, CSV mit Semikolon als Trenner.",
        ],
        "fr": [
            "Tu peux me générer 50 clients fictifs (nom, prénom, email, code postal, date d'inscription) en CSV pour ma base de démo ?",
            "Donne-moi une liste d'entrées tordues pour tester ce parseur de numéros de téléphone français : espaces, +33, tirets, trop de chiffres...\n{p}",
            "Écris des fixtures pytest pour cette fonction, avec des cas normaux et des cas d'erreur : {p}",
            "J'ai besoin de fausses transactions bancaires pour tester mon script de détection d'anomalies, avec quelques anomalies bien visibles dedans. 100 lignes suffisent.",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص محضر الاجتماع التالي في نقاط: القرارات، المهام ومين المسؤول عنها، والمواعيد.\n{p}",
            "ممكن ملخص لهذه الورقة البحثية عن الاستدلال في النماذج اللغوية؟ أبغى الفكرة الرئيسية، والخطوات اللي اتبعها الباحثون، والنتائج.",
            "اختصر هذا التقرير في فقرة واحدة لا تتجاوز ١٠٠ كلمة، مع الحفاظ على الحجج الأساسية: {p}",
            "عندي محاضرة مسجلة ومفرّغة نصياً وطويلة جداً. لخصها لي كأني بذاكر منها للامتحان.",
        ],
        "es": [
            "Resume este artículo en 5 puntos clave y al final una frase con la conclusión principal.\n{p}",
            "¿Me haces un resumen del paper? Me interesa sobre todo la metodología: qué pasos siguieron los autores y en qué orden.",
            "Acta de la reunión de ayer, necesito algo que pueda mandar al equipo por Slack: decisiones + tareas + responsables. {p}",
            "Resumen ejecutivo, máximo media página, para el comité de dirección. Mantén las cifras importantes.",
        ],
        "pt": [
            "Resume esse artigo pra mim? É sobre como as crianças desenvolvem o raciocínio lógico. Quero os argumentos principais.\n{p}",
            "Faça um resumo da ata da reunião, destacando pendências e prazos.",
            "Li metade desse paper sobre avaliação de modelos de linguagem e me perdi. Explica em linguagem simples o que os autores fizeram, passo a passo: {p}",
            "TL;DR desse texto em 3 frases, por favor.",
        ],
        "de": [
            "Fass bitte dieses Protokoll zusammen: Wer hat was beschlossen, was sind die nächsten Schritte, bis wann?\n{p}",
            "Kurze Zusammenfassung des folgenden Papers: Forschungsfrage, Methode (in den einzelnen Schritten), zentrale Ergebnisse, Limitationen.",
            "Kannst du mir den Artikel in einfachen Worten zusammenfassen? Ich hab keine Zeit, alles zu lesen. {p}",
            "Management Summary, max. 150 Wörter, Kernargumente erhalten, keine eigenen Wertungen hinzufügen.",
        ],
        "fr": [
            "Résume-moi ce compte rendu de réunion en quelques puces : décisions, actions, qui fait quoi.\n{p}",
            "Peux-tu faire une synthèse de cet article sur la prise de décision chez les experts ? J'aimerais garder la structure de l'argumentation.",
            "Résumé d'une page de ce rapport, à destination de la direction, avec les chiffres clés : {p}",
            "Je prépare un exposé sur ce papier de recherche. Explique-moi les étapes de leur méthode et ce qu'ils concluent, sans jargon.",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع خطأ IndexError وما عرفت ليش. ممكن تمشي معي عليه سطر سطر وتقولي وش قيمة كل متغير؟\n{p}",
            "عندي دالة ترجع نتيجة غلط لما يكون المدخل سالب. تتبّع القيم خطوة بخطوة وبيّن لي وين المشكلة: {p}",
            "البرنامج يشتغل عندي محلياً لكن يطيح على السيرفر. هذي رسالة الخطأ والكود، إيش ممكن يكون السبب؟",
            "أرجو شرح ما يفعله هذا الكود سطراً بسطر، فقد ورثته من مطور سابق وفيه خلل في حساب الضريبة ولا أعرف مصدره.",
        ],
        "es": [
            "Este bucle no termina nunca y no sé por qué. ¿Me explicas línea a línea qué hace y dónde está el fallo?\n\n{p}",
            "Me salta un NullPointerException en la línea 42. Traza los valores de las variables paso a paso hasta ahí, porfa.",
            "Ayuda!! el test pasa en local pero falla en CI y llevo toda la tarde. Código y log: {p}",
            "¿Por qué esta función recursiva devuelve 0 para n=5? Sigue la ejecución llamada por llamada.",
        ],
        "pt": [
            "Meu código tá dando loop infinito. Pode percorrer ele linha por linha e me mostrar o valor das variáveis em cada iteração?\n{p}",
            "Não entendo por que essa query retorna linhas duplicadas. Me explica o que cada JOIN está fazendo.",
            "Erro: TypeError: cannot read properties of undefined. Segue o trecho:\n{p}\nO que está acontecendo aqui?",
            "A função deveria ordenar a lista mas ela volta igual. Rastreia a execução com a entrada [3, 1, 2] e me mostra onde falha.",
        ],
        "de": [
            "Mein Skript wirft einen KeyError, aber der Key ist doch da?! Geh bitte Zeile für Zeile durch und erklär, was passiert.\n{p}",
            "Warum kommt hier 0.30000000000000004 raus statt 0.3? Erklär mir das bitte Schritt für Schritt.",
            "Race Condition vermutet. Kannst du den Ablauf der beiden Threads nachvollziehen und zeigen, wo es knallt? {p}",
            "Die Funktion liefert bei leeren Listen None statt 0 zurück. Verfolge die Werte für die Eingabe [] und sag mir, wo der Fehler liegt.",
        ],
        "fr": [
            "Mon code plante avec un segfault dès que le tableau dépasse 100 éléments. Tu peux me dérouler ce qu'il fait ligne par ligne ?\n{p}",
            "Je comprends pas pourquoi ma variable vaut toujours undefined à la fin. Suis les valeurs étape par étape s'il te plaît.",
            "Voici la fonction et la stack trace. Explique-moi pourquoi ça échoue et comment corriger : {p}",
            "Bonjour, notre script de facturation arrondit mal certains montants (ex. 2,675 € devient 2,67 €). Pourriez-vous tracer le calcul et expliquer l'origine du problème ?",
        ],
    },
}
