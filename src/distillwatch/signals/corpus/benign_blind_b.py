"""Blind benign hard negatives (second independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "مرحبا، عندي واجب رياضيات وما فهمت كيف أحل هالمسألة. ممكن تشرحلي الخطوات وحدة وحدة وليش بنعمل كل خطوة؟\n\n{p}",
            "حليت هذا السؤال وطلع معي الجواب ٤٢ بس الأستاذ حط عليه غلط. وين غلطت؟ {p}",
            "اشرحلي درس الكسور العشرية كأني ولد عمري ١٢ سنة، بدون مصطلحات معقدة لو سمحت",
            "أستاذي الكريم، أرجو التحقق من حلي للتمرين التالي وبيان الخطوة التي أخطأت فيها إن وجدت، مع توضيح القاعدة المستخدمة في كل مرحلة.",
        ],
        "es": [
            "holaa me podes ayudar con este ejercicio de física? no entiendo de donde sale la fórmula de la velocidad final, explicame paso a paso porfa\n\n{p}",
            "Tengo examen de química mañana y este problema me da distinto que en el solucionario. ¿Me dices en qué paso me equivoqué?",
            "Explícamelo como si tuviera 12 años: {p}",
            "Buenas tardes. Soy estudiante de primero de ingeniería. ¿Podría revisar mi resolución de la integral y decirme si el resultado es correcto? No quiero solo la respuesta, quiero entender el razonamiento detrás de cada cambio de variable.",
        ],
        "pt": [
            "oi, alguém me explica essa questão? tô travado desde ontem kkk mostra o passo a passo por favor: {p}",
            "Fiz esse exercício de probabilidade e deu 3/8, mas o gabarito diz 5/8. Pode conferir minha conta e apontar onde errei?",
            "Sou professora do 6º ano e quero explicar frações equivalentes pra turma de um jeito bem simples. Como você explicaria pra uma criança de 12 anos, com exemplos do dia a dia?",
            "Preciso entender o PORQUÊ e não só o como. Por que nesse problema a gente multiplica cruzado? {p}",
        ],
        "de": [
            "Hallo, ich sitze seit zwei Stunden an dieser Hausaufgabe und komm nicht weiter. Kannst du mir den Lösungsweg erklären, ohne einfach nur das Ergebnis hinzuschreiben?\n\n{p}",
            "Ist meine Lösung richtig? Ich hab x = -3 raus, aber beim Einsetzen passt es irgendwie nicht. {p}",
            "Erklär mir bitte den Unterschied zwischen Dativ und Akkusativ so, als wäre ich 12. Meine Lehrerin erklärt das voll kompliziert.",
            "Könnten Sie bitte meinen Beweis durchsehen und mir sagen, an welcher Stelle die Argumentation nicht schlüssig ist? Es geht um den Induktionsschritt im zweiten Teil.",
        ],
        "fr": [
            "Bonjour, je suis en terminale et je ne comprends pas comment on passe de la ligne 2 à la ligne 3 dans la correction. Quelqu'un peut m'expliquer ? {p}",
            "jai fait l'exo mais je trouve pas le même résultat que le corrigé, tu peux me dire ou je me suis planté stp",
            "Explique-moi la photosynthèse comme si j'avais 12 ans, avec une image simple que je pourrai retenir pour le contrôle de jeudi.",
            "Pourquoi on a le droit de diviser par x ici ? Le prof l'a fait au tableau mais j'ai pas compris pourquoi c'est autorisé. {p}",
        ],
    },
    "eval_harness": {
        "ar": [
            "أجب عن السؤال التالي. فكّر خطوة بخطوة، ثم اكتب الإجابة النهائية في سطر مستقل بالصيغة: الإجابة: <رقم>\n\n{p}",
            "سؤال اختيار من متعدد. اختر الإجابة الصحيحة واكتب الحرف فقط (أ، ب، ج، د) دون أي شرح.",
            "### مثال 1\nالسؤال: ما عاصمة المغرب؟\nالجواب: الرباط\n\n### مثال 2\nالسؤال: {p}\nالجواب:",
            "تعليمات التقييم: أجب بكلمة واحدة فقط مطابقة تمامًا للمصطلح المطلوب، بلا علامات ترقيم ولا تشكيل. سيتم احتساب المطابقة الحرفية.",
        ],
        "es": [
            "Responde a la siguiente pregunta de cultura general. Devuelve solo la respuesta, sin explicación ni comillas.\n\nPregunta: {p}\nRespuesta:",
            "Pregunta de opción múltiple (A-D). Responde únicamente con la letra de la opción correcta.",
            "[Evaluación de comprensión lectora - ítem 17]\nLee el texto y responde con una sola palabra tomada literalmente del texto.\n{p}",
            "Resuelve mostrando el procedimiento. Última línea: RESULTADO: seguido del número entero, sin unidades ni punto final.",
        ],
        "pt": [
            "Leia a questão abaixo, estilo ENEM, e responda somente com a letra da alternativa correta, sem justificativa.\n\n{p}",
            "Responda à afirmação de verdadeiro ou falso abaixo. Saída esperada: V ou F, nada mais.",
            "Exemplo:\nEntrada: 7 + 5\nSaída: 12\n\nEntrada: {p}\nSaída:",
            'Você está sendo avaliado num conjunto de perguntas de conhecimento geral. Se não souber, responda "não sei" em vez de chutar. Resposta curta, no máximo cinco palavras.',
        ],
        "de": [
            "Beantworte die folgende Frage. Gib zuerst deine Rechnung an und schreibe dann in die letzte Zeile nur: Antwort: X\n\n{p}",
            "Multiple-Choice-Aufgabe. Gültige Antworten: A, B, C oder D. Gib ausschließlich den Buchstaben aus.",
            "Aufgabe 12 von 40 (Testlauf Leseverstehen)\nText und Frage folgen. Antworte mit genau einem Satz.\n---\n{p}",
            "Bitte antworte im exakten Format JA oder NEIN, in Großbuchstaben, ohne Begründung. Die Auswertung erfolgt automatisch per Stringvergleich.",
        ],
        "fr": [
            "Consigne : lisez l'énoncé, raisonnez étape par étape, puis donnez la réponse finale seule sur la dernière ligne, précédée de ####.\n\n{p}",
            "QCM — une seule bonne réponse. Répondez uniquement par la lettre (A, B, C ou D).",
            "Voici trois exemples résolus, puis une nouvelle question. Réponds exactement dans le même format que les exemples.\n\n{p}",
            "Évaluation automatique : la réponse doit être une date au format JJ/MM/AAAA et rien d'autre.",
        ],
    },
    "code_review": {
        "ar": [
            "ممكن تراجع هذا الكود قبل ما أعمل merge؟ لكل تعديل تقترحه اشرح ليش هو أفضل.\n\n{p}",
            "راجع طلب الدمج التالي وصنّف كل ملاحظة حسب الخطورة (حرجة / متوسطة / بسيطة) مع تبرير مختصر لكل تصنيف.",
            "زميلي كتب هذه الدالة بطريقة تعاودية (recursive) وأنا كتبتها بحلقة. أيهما أفضل هنا من ناحية الأداء وسهولة القراءة؟ وضّح لي السبب. {p}",
            "نحن فريق صغير ونريد مراجعة أمنية سريعة لهذا الجزء من الـ API. ركّز على حقن SQL والتحقق من المدخلات، واذكر لماذا تعتبر كل نقطة مشكلة.",
        ],
        "es": [
            "Revisame este PR porfa. No me pongas solo 'cambiar esto', quiero saber por qué cada cambio mejora el código.\n\n{p}",
            "¿Qué opinas de usar un diccionario en vez de tantos if/elif? Justifica si realmente vale la pena o es sobreingeniería.",
            "Code review para el módulo de pagos. Para cada hallazgo indica: severidad (alta/media/baja), línea afectada y justificación. {p}",
            "Soy junior y mi lead me dejó comentarios que no entiendo del todo. ¿Me ayudas a ver qué está mal en esta función y por qué su propuesta es mejor?",
        ],
        "pt": [
            "Dá uma olhada nesse código e me fala o que você mudaria. Explica o motivo de cada sugestão, que eu quero aprender e não só copiar.\n\n{p}",
            "Revisão de código — serviço de autenticação. Liste os problemas encontrados com nível de severidade e uma justificativa curta para cada um.",
            "Por que usar async/await aqui seria melhor do que encadear .then()? Meu colega insiste mas não me convenceu. {p}",
            "Estou refatorando um legado em Java de 2012. Pode avaliar se essa classe viola o princípio da responsabilidade única e argumentar por quê?",
        ],
        "de": [
            "Bitte ein strenges Review, als wärst du ein Senior-Entwickler, der kein Auge zudrückt. Zu jeder Anmerkung eine kurze Begründung.\n\n{p}",
            "Wir diskutieren im Team, ob wir hier ein Builder-Pattern brauchen oder ob das Overkill ist. Was meinst du, und warum?",
            "Bitte prüfe den folgenden Code auf Sicherheitslücken und Race Conditions. Bewerte jeden Fund nach Schweregrad (kritisch/hoch/mittel/niedrig). {p}",
            "Mein Reviewer meint, die verschachtelte Schleife sei O(n²) und müsse weg. Stimmt das überhaupt? Erklär mir bitte, woran man das sieht.",
        ],
        "fr": [
            "Salut ! Première contribution à un projet open source, le mainteneur m'a demandé de « nettoyer un peu ». Tu vois quoi à améliorer là-dedans, et pourquoi ?\n\n{p}",
            "Revue de code demandée pour le module de facturation. Merci de classer les points relevés par gravité et de justifier chacun en une ou deux phrases.",
            "Est-ce que c'est vraiment une mauvaise pratique d'attraper Exception de manière générique comme ici ? Donne-moi les arguments pour et contre. {p}",
            "J'hésite entre deux implémentations pour le cache, une avec un dict maison et une avec lru_cache. Laquelle garderais-tu et sur quels critères tu te bases ?",
        ],
    },
    "chat": {
        "ar": [
            "كيف وصلت لهاي الفكرة؟ جد فضولي أعرف",
            "بدي اشتري هدية لأمي بعيد ميلادها وما عندي أي فكرة. لو كنت مكاني، كيف رح تفكر بالموضوع؟",
            "سؤال عام: هل الذكاء الاصطناعي فعلاً 'يفكر' ولا بس بيتوقع الكلمة الجاية؟ اشرحلي ببساطة",
            "قرأت هذا الاقتباس وما عرفت إذا بوافق عليه أو لا. شو رأيك وكيف وصلت لرأيك؟ {p}",
        ],
        "es": [
            "Oye, lo que me dijiste ayer del viaje a Lisboa me sirvió mucho. ¿Cómo llegaste a esa recomendación?",
            "Tengo dos ofertas de trabajo y no sé cuál elegir. Ayúdame a pensarlo: ¿cómo lo decidirías tú? {p}",
            "Jaja no me esperaba esa respuesta. ¿Por qué pensaste eso? {p}",
            "Tengo curiosidad: ¿cómo aprende un modelo de lenguaje como tú? ¿Se parece en algo a cómo aprendemos las personas?",
        ],
        "pt": [
            "Vou dar um presente pro meu namorado de 1 ano de namoro, ele curte café e trilha. Qual seria seu raciocínio pra escolher algo legal?",
            "Você sugeriu o nome 'Pipoca' pro meu cachorro, adorei kkk mas de onde saiu essa ideia?",
            "Meu amigo disse isso aqui e a gente ficou discutindo no bar. Quem tem razão? Explica como você chegou na conclusão. {p}",
            "Pergunta boba talvez, mas vocês IAs realmente entendem o que escrevem ou só parece que entendem?",
        ],
        "de": [
            "Du hast vorhin gesagt, ich soll lieber die gebrauchte Kamera nehmen. Was hat für dich den Ausschlag gegeben?",
            "Ich kann mich nicht entscheiden, ob ich nach München oder nach Leipzig ziehen soll. Wie würdest du da rangehen? {p}",
            "Mal ehrlich, denkt so ein Sprachmodell wirklich nach oder ist das alles nur Statistik? Erklär's mir mal für Laien.",
            "Wie würdest du entscheiden, welche Aufgabe ich heute zuerst mache? Ich hab drei Deadlines und null Motivation 😅 {p}",
        ],
        "fr": [
            "Sérieux, comment tu sais tout ça ? Tu vas chercher sur internet ou c'est dans ta mémoire ?",
            "Je dois choisir un cadeau pour le départ à la retraite d'un collègue, budget 50 €. Tu ferais comment pour choisir ?",
            "J'ai lu cet article et ça m'a fait réfléchir. Est-ce qu'une IA peut vraiment avoir de l'intuition, ou c'est toujours du calcul ? {p}",
            "On joue aux devinettes avec mes enfants, ils veulent savoir comment tu t'y prendrais pour deviner l'animal auquel ils pensent. {p}",
        ],
    },
    "enterprise": {
        "ar": [
            "صنّف تذكرة الدعم التالية إلى إحدى الفئات: فوترة، مشكلة تقنية، طلب ميزة، أخرى. أعد النتيجة بالشكل:\nالفئة: ...\nالثقة: (0-1)\nالسبب: سطر واحد\n\n{p}",
            "استخرج من رسالة العميل الحقول التالية: الاسم، رقم الطلب، تاريخ الشراء، نوع الشكوى. إذا لم يوجد الحقل اكتب 'غير متوفر'.",
            "حدد الفريق المسؤول عن هذه الشكوى (المبيعات / الدعم الفني / الشؤون القانونية) وأعطِ مبررًا في جملة واحدة. {p}",
            "نظام فرز البريد الوارد - قسم الموارد البشرية. لكل رسالة: الأولوية (عاجل/عادي)، الموضوع المختصر، والإجراء المقترح.",
        ],
        "es": [
            "Clasifica el siguiente ticket en una de estas categorías: FACTURACIÓN, INCIDENCIA_TÉCNICA, BAJA, CONSULTA. Devuelve: categoria | confianza (0 a 1) | motivo en una frase.\n{p}",
            "Extrae de este correo del proveedor el número de factura, el importe total con IVA y la fecha de vencimiento. Formato CSV, una línea.",
            "Somos una aseguradora. Lee el parte de siniestro y dinos a qué departamento debe ir y con qué prioridad. Justifica en una línea. {p}",
            "Análisis de sentimiento para reseñas de clientes: responde POSITIVO, NEGATIVO o NEUTRO, seguido de una puntuación de confianza y una frase breve explicando la elección.",
        ],
        "pt": [
            "Classifique o chamado abaixo em: Financeiro, Suporte Técnico, Comercial ou Ouvidoria. Saída no formato:\ncategoria=...\nconfianca=...\njustificativa=...\n\n{p}",
            "Extraia do contrato os seguintes campos: CNPJ da contratante, valor mensal, vigência e multa rescisória. Se algum não estiver no texto, deixe em branco.",
            "Leia a reclamação do cliente e indique para qual fila ela deve ir (N1, N2 ou jurídico), com uma frase explicando por quê. {p}",
            "Pipeline de triagem de e-mails do SAC. Para cada mensagem retorne: idioma, urgência de 1 a 5, produto mencionado e um resumo de até 15 palavras.",
        ],
        "de": [
            "Ordne das folgende Support-Ticket genau einer Kategorie zu (Rechnung, Lieferung, Technik, Sonstiges). Ausgabeformat: Kategorie; Konfidenz 0-100; Begründung in einem Satz.\n\n{p}",
            'Extrahiere aus der Eingangsrechnung: Rechnungsnummer, Rechnungsdatum, Nettobetrag, USt-Betrag, IBAN. Fehlende Werte mit "n/a" kennzeichnen.',
            "Bitte die Kundenanfrage an das zuständige Team weiterleiten: Vertrieb, Buchhaltung oder Kundenservice. Kurz begründen. {p}",
            "Prüfe, ob die folgende Vertragsklausel eine automatische Verlängerung enthält. Antwort: JA/NEIN, Konfidenz und eine einzeilige Begründung.",
        ],
        "fr": [
            "Tu reçois des messages clients d'une banque. Pour chacun, renvoie une ligne : INTENTION | CONFIANCE | RAISON. Intentions possibles : opposition carte, virement, réclamation, autre.\n\n{p}",
            "À partir du bon de commande ci-dessous, extrais : référence fournisseur, quantité, prix unitaire HT, date de livraison prévue. Une ligne par article. {p}",
            "Routage automatique des demandes RH : indique le service destinataire (paie, formation, recrutement) et le niveau d'urgence.",
            "Détecte si l'avis client mentionne un problème de sécurité produit. Sortie attendue : OUI/NON, score de confiance entre 0 et 1, et une phrase qui explique la décision.",
        ],
    },
    "translation": {
        "ar": [
            "ترجم النص التالي إلى الإنجليزية مع الحفاظ على النبرة الرسمية:\n\n{p}",
            "ممكن تترجم هذا المقال عن كيف 'يفكر' الذكاء الاصطناعي إلى الفرنسية؟ وإذا في كلمات صعبة الترجمة، وضّح ليش اخترت المقابل اللي اخترته.",
            "أحتاج ترجمة دليل تصحيح الامتحانات هذا من العربية إلى الإنجليزية للزملاء الأجانب. انتبه لمصطلحات مثل 'الدرجة الجزئية' و'خطوات الحل'. {p}",
            "ترجم هالمثل الشعبي للإسبانية، وإذا ما في مقابل حرفي اقترح مثل قريب بالمعنى واشرح الفرق.",
        ],
        "es": [
            "Tradúceme esto al inglés, que suene natural y no a traductor automático: {p}",
            "Necesito traducir al alemán un folleto sobre pensamiento crítico para un colegio. Mantén el tono cercano y explícame las palabras que no tengan equivalente directo.",
            "Traducción al portugués de Brasil, por favor. Es un correo formal a un cliente; ojo con el usted/você. {p}",
            "¿Cómo traducirías 'chain of thought' en un artículo de divulgación en español? ¿'Cadena de pensamiento', 'razonamiento paso a paso'...? Dame pros y contras de cada opción.",
        ],
        "pt": [
            "Traduz pra inglês esse trecho do meu TCC sobre avaliação da aprendizagem, mantendo o tom acadêmico:\n\n{p}",
            "Preciso da versão em espanhol desse aviso aos pais, mas sem soar robótico. E me explica se 'boletim' vira 'boletín' ou outra coisa.",
            "Pode traduzir essa letra de música pro português mantendo a rima quando der? Se tiver que sacrificar o sentido em algum verso, me avisa onde e por quê. {p}",
            "Tradução técnica EN → PT-PT (Portugal, não Brasil): manual de utilizador de uma balança de cozinha. Atenção aos termos 'ecrã', 'utilizador' e afins.",
        ],
        "de": [
            "Übersetze bitte den folgenden Absatz ins Englische. Der Ton soll locker bleiben, es ist ein Blogpost.\n\n{p}",
            "Kannst du diesen Elternbrief ins Französische übertragen? Bei Begriffen wie 'Lernzielkontrolle' oder 'Notenschlüssel' erklär mir bitte kurz, wie du dich entschieden hast.",
            "Ich brauche eine Übersetzung ins Türkische für meine Nachbarin, es geht um die Hausordnung. Bitte einfach und höflich formulieren. {p}",
            "Wie übersetzt man 'Fingerspitzengefühl' am besten ins Englische, wenn es um Verhandlungen geht? Ein paar Varianten mit Kontext wären super.",
        ],
        "fr": [
            "Peux-tu traduire ce texte en anglais en gardant le ton ironique de l'auteur ? {p}",
            "Traduction vers l'allemand d'un article de vulgarisation sur la métacognition chez les enfants. Signale-moi les termes que tu as adaptés plutôt que traduits mot à mot.",
            "Je dois traduire ce barème de notation en espagnol pour un échange scolaire avec Séville. Comment rendre « compétence acquise / en cours d'acquisition » ? {p}",
            "Traduis en français québécois, pas de France : c'est une pub pour une quincaillerie à Montréal.",
        ],
    },
    "essay_feedback": {
        "ar": [
            "أنا معلمة لغة عربية. صحّح هذا التعبير حسب المعايير التالية: الفكرة (٥)، التنظيم (٥)، اللغة والقواعد (٥)، الإملاء (٥). أعطِ درجة لكل معيار مع تعليق قصير.\n\n{p}",
            "كتبت مقالة عن التغير المناخي لمادة الإنشاء. ممكن تقلي شو نقاط الضعف فيها وكيف أحسّنها قبل ما أسلّمها؟",
            "قيّم المقال التالي وفق سلّم التقدير المرفق، ثم اكتب ملاحظة تشجيعية للطالب في سطرين. {p}",
            "هل المقدمة في موضوعي قوية كفاية؟ الأستاذ قال إنها عامة جدًا وما فهمت قصده.",
        ],
        "es": [
            "Estoy corrigiendo TFGs. Valora este capítulo de marco teórico con la rúbrica del departamento (pertinencia, uso de fuentes, estructura, redacción; 0-10 cada uno) y deja un comentario breve por criterio.\n\n{p}",
            "Mi ensayo de filosofía sobre Kant, ¿qué nota le pondrías del 1 al 10? Sé sincero, prefiero saberlo ahora que en el examen.",
            "¿Me das feedback sobre la argumentación de este ensayo? Sobre todo si las conclusiones se siguen de los argumentos. {p}",
            "Necesito devolver 30 comentarios de texto antes del lunes. ¿Puedes ayudarme con este? Nota por apartado y dos sugerencias de mejora para el alumno.",
        ],
        "pt": [
            "Corrige minha redação modelo ENEM, por favor, dando nota em cada uma das 5 competências e comentando o que tirou ponto.\n\n{p}",
            "Sou professor de história no ensino médio. Avalie o texto do aluno quanto a uso de fontes, argumentação e clareza, com nota de 0 a 10 em cada e um parágrafo de devolutiva.",
            "Meu orientador disse que minha introdução não 'conversa' com a conclusão. Você concorda? O que eu mudaria? {p}",
            "Dá uma nota sincera pra esse conto que escrevi pro concurso literário da escola. Pode ser crítico.",
        ],
        "de": [
            "Hier ist mein Probeaufsatz fürs Abi (Textanalyse). Kannst du ihn so bewerten, wie es ein Korrektor nach dem Erwartungshorizont tun würde – Punkte pro Teilbereich und was gefehlt hat?\n\n{p}",
            "Kannst du meine Hausarbeit mal gegenlesen und sagen, wo die Argumentation schwach ist? Abgabe ist Freitag.",
            "Welche Note (1-6) würdest du diesem Aufsatz geben und warum? Mich interessiert vor allem, ob der Schluss zu abrupt ist. {p}",
            "Feedback für mein Motivationsschreiben fürs Stipendium, ca. 600 Wörter: Was wirkt überzeugend, was eher floskelhaft?",
        ],
        "fr": [
            "Je suis prof de français en seconde. Peux-tu évaluer ce commentaire de texte selon la grille suivante : compréhension /6, analyse /8, expression /6 ? Avec une appréciation pour chaque critère.\n\n{p}",
            "Voici ma dissertation de philo, vous en pensez quoi ? Je vise au moins 14, est-ce que c'est réaliste ?",
            "Relis mon introduction et dis-moi si la problématique est claire, l'annonce du plan aussi. {p}",
            "Mon fils est en 4e et il a eu 8/20 à sa rédaction, il ne comprend pas pourquoi. Pourriez-vous nous aider à voir ce qui cloche, gentiment ?",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار وحدة: ١٠ صفوف لعملاء بأسماء عربية، أرقام هواتف سعودية وهمية، وتواريخ تسجيل عشوائية. صيغة CSV.",
            "اكتب لي حالات حدّية لاختبار دالة تحليل التواريخ هذه: تواريخ هجرية، سنوات كبيسة، مدخلات فارغة، وصيغ غريبة. {p}",
            "عندي عرض تقديمي لنظام إدارة مخزون بكرة، بدي بيانات تجريبية لعشرين منتج بأسعار وكميات واقعية.",
            "جهّز fixtures لاختبار هذا الموديل في Django: مستخدم مدير، مستخدمين عاديين، وطلبات بحالات مختلفة. {p}",
        ],
        "es": [
            "Genérame un CSV con 15 clientes ficticios (nombre, email, ciudad, fecha de alta) para poblar la base de datos de demo. Nada de datos reales.",
            "Necesito casos límite para el parser de este formato: líneas vacías, comillas sin cerrar, caracteres UTF-8 raros, etc. {p}",
            "Escribe fixtures de pytest para probar esta función con un usuario válido, uno sin email y uno bloqueado. {p}",
            "Datos de ejemplo para un tutorial de SQL: tabla de pedidos de una panadería, unas 20 filas, con algunos NULL a propósito.",
        ],
        "pt": [
            "Me gera uns dados fake pra eu testar a tela de cadastro: 10 pessoas com nome, CPF fictício (formato válido mas inventado), e-mail e data de nascimento.",
            "Preciso de entradas esquisitas pra testar esse validador de CEP: com hífen, sem hífen, com espaço, letras, vazio... Lista tudo que você imaginar. {p}",
            "Mock de resposta da API de pagamentos pra usar no teste de integração: um caso aprovado, um recusado e um timeout. {p}",
            "Monta uma planilha de exemplo de vendas de uma loja de roupas pra eu mostrar um dashboard no Power BI na reunião de amanhã.",
        ],
        "de": [
            "Für unsere Staging-Umgebung bräuchte ich realistisch wirkende, aber erfundene Adressen aus Österreich und der Schweiz – mit Umlauten, Doppelnamen und Postfächern, damit wir die Adressvalidierung testen können.",
            "Welche Grenzfälle sollte ich für diesen IBAN-Validator testen? Gib mir eine Liste konkreter Eingaben mit erwartetem Ergebnis. {p}",
            "Schreib mir Testdaten für den Unit-Test dieser Funktion: normale Werte, leere Liste, negative Zahlen, sehr große Zahlen. {p}",
            "Für eine Schulung brauche ich eine kleine Beispieldatenbank einer Bibliothek: Bücher, Leser, Ausleihen. Bitte als INSERT-Statements für PostgreSQL.",
        ],
        "fr": [
            "Il me faudrait des noms et adresses bidon (mais crédibles) pour remplir les captures d'écran de notre appli, genre 8 profils variés. Rien de réel bien sûr.",
            "Quels cas limites tu testerais pour ce parseur de fichiers de config ? Donne des exemples d'entrées concrètes. {p}",
            "J'ai besoin de mocks pour tester ce service qui appelle une API météo : réponse normale, réponse vide, erreur 500. {p}",
            "Données factices pour peupler une base de test : une table de factures avec quelques montants négatifs et des dates invalides pour vérifier la validation.",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص محضر الاجتماع التالي في نقاط: القرارات المتخذة، المهام المطلوبة ومن المسؤول عن كل منها، والمواعيد النهائية.\n\n{p}",
            "عندي بحث علمي طويل عن نماذج اللغة والاستدلال، ممكن تلخصه لي بصفحة وتذكر الخطوات اللي اتبعها الباحثون في التجربة؟",
            "اختصر هذا التقرير لمديري في خمسة أسطر كحد أقصى، مع الإبقاء على الأرقام المهمة. {p}",
            "ما هي الحجج الرئيسية في هذا المقال؟ وهل في حجة مضادة ذكرها الكاتب؟",
        ],
        "es": [
            "Resume este artículo de prensa en un párrafo para mi newsletter semanal, con tono neutro.\n\n{p}",
            "Tengo que presentar este paper en el seminario del jueves. ¿Me haces un resumen con la pregunta de investigación, la metodología paso a paso y los resultados principales?",
            "tldr de este hilo de correos porfa, que me he perdido {p}",
            "Resume el capítulo manteniendo los argumentos centrales del autor y sin añadir opiniones propias.",
        ],
        "pt": [
            "Resume essa ata de reunião de condomínio pra eu mandar no grupo dos moradores. Só o que foi decidido e o que vai ser votado na próxima.\n\n{p}",
            "Faz um resumo desse artigo sobre raciocínio em modelos de linguagem, listando as etapas do experimento que os autores fizeram e as limitações que eles mesmos apontam.",
            "Tenho 5 minutos antes da reunião, me fala o essencial desse documento. {p}",
            "Quais são os principais argumentos do autor nesse capítulo? Coloca em tópicos.",
        ],
        "de": [
            "Bitte fasse den Abschlussbericht unseres Projekts für die Geschäftsführung zusammen: max. 1 Seite, Fokus auf Budget und Risiken.\n\n{p}",
            "Ich muss dieses Paper über Reasoning bei großen Sprachmodellen im Journal Club vorstellen. Kannst du die Methodik Schritt für Schritt zusammenfassen und die Kernaussagen herausarbeiten?",
            "Kurze Zusammenfassung in drei Sätzen, bitte. {p}",
            "Was sind die zentralen Argumente in diesem Gutachten, und wo widerspricht sich der Autor eventuell selbst?",
        ],
        "fr": [
            "Résume cette vidéo (transcription ci-dessous) pour mes élèves de 5e, avec des mots simples.\n\n{p}",
            "Tu peux me faire une synthèse de cet article de recherche sur l'évaluation des modèles de langage ? J'aimerais les étapes de leur protocole et les principales conclusions.",
            "Résumé en une phrase pour un post LinkedIn, stp {p}",
            "Quelles sont les idées principales de ce rapport et quels arguments l'auteur avance-t-il pour les défendre ?",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا بيرجع None بدل القيمة المتوقعة وما عرفت ليش. ممكن تمشي معي سطر سطر وتشرح شو بيصير؟\n\n{p}",
            "عندي خطأ IndexError في الحلقة، تتبّع معي قيم المتغيرين i و j في كل تكرار لحتى نلاقي وين بيطلع برا الحدود.",
            "لماذا يفشل هذا الاختبار على خادم CI فقط ولا يفشل على جهازي؟ {p}",
            "برنامجي بلغة C يعطي segmentation fault بعد إدخال أكثر من ١٠٠ عنصر. اشرح لي السبب المحتمل خطوة بخطوة.",
        ],
        "es": [
            "Este bucle nunca termina y ya no sé qué más probar. ¿Qué condición está fallando?\n\n{p}",
            "Me sale 'TypeError: cannot read properties of undefined' y no sé de dónde viene. ¿Me ayudas a rastrearlo?",
            "Sigue los valores de las variables paso a paso en esta función recursiva, porque el resultado me da 0 y debería dar 120. {p}",
            "En local funciona pero en producción la consulta tarda 40 segundos. ¿Qué revisarías primero y por qué?",
        ],
        "pt": [
            "Esse código deveria somar só os números pares mas tá somando tudo. Onde tá o erro? {p}",
            "tô tomando NullPointerException nessa linha e não faço ideia do porquê, o objeto foi inicializado antes",
            "Pode simular a execução desse trecho com a entrada [3, 1, 2] e me mostrar o valor de cada variável a cada iteração? {p}",
            "Meu script Python roda normal no Windows mas no Linux dá erro de encoding ao ler o arquivo. Por que isso acontece?",
        ],
        "de": [
            "Warum stürzt das hier mit einem KeyError ab? Geh bitte Zeile für Zeile durch, was passiert.\n\n{p}",
            "Die Funktion gibt bei mir immer das Datum von gestern zurück. Ich vermute irgendwas mit Zeitzonen, aber ich seh's nicht.",
            "Kannst du den Ablauf dieser Schleife mal mit konkreten Werten nachvollziehen? Bei n = 5 bekomme ich 4 Durchläufe statt 5. {p}",
            "Unser Go-Service hat ein Speicherleck, der RAM wächst über Stunden. Welche Ursachen kommen infrage und wie würdest du vorgehen, um es einzugrenzen?",
        ],
        "fr": [
            "J'ai ce message d'erreur en prod depuis la mise à jour de Django, voici la stack trace et le code concerné. Qu'est-ce qui se passe exactement ?\n\n{p}",
            "La fonction renvoie toujours une liste vide alors que la base contient des données. Où est-ce que ça coince ?",
            "Trace-moi les valeurs de gauche, droite et milieu à chaque tour de boucle pour cette recherche dichotomique, j'ai une boucle infinie. {p}",
            "Pourquoi mon useEffect se déclenche deux fois au montage ? C'est un bug chez moi ou c'est normal en mode strict ?",
        ],
    },
}
