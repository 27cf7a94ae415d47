"""Blind benign hard negatives (sixth independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND5_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "السلام عليكم، عندي واجب رياضيات وما فهمت كيف الأستاذ وصل للجواب. ممكن تشرح لي خطوة خطوة؟\n{p}",
            "حليت المسألة وطلع معي 14 بس الكتاب يقول 12، وين غلطت بالضبط؟",
            "ليش نقلب إشارة المتباينة لما نضرب في عدد سالب؟ اشرحها لي ببساطة كأني في الصف السادس",
            "أعرب الجملة التالية وفسّر لي سبب كل علامة إعراب، عندي اختبار نحو بكرة: {p}",
        ],
        "es": [
            "oye me ayudas con esto?? tengo examen de fisica mañana y no pillo por que la aceleracion sale negativa\n{p}",
            "Hice este ejercicio de derivadas y me da 3x²+2, pero en el solucionario pone otra cosa. ¿En qué paso me he equivocado?",
            "Mi hija de 11 años me pregunta por qué no se puede dividir entre cero y no sé cómo explicárselo sin liarla más. ¿Alguna idea sencilla?",
            "¿Está bien mi demostración por inducción? El profe siempre me quita puntos por no justificar el paso inductivo y no sé qué le falta.\n\n{p}",
        ],
        "pt": [
            "gente alguém me explica essa questão de porcentagem? sempre erro quando tem desconto em cima de desconto\n{p}",
            "Estou a estudar para o exame nacional de Matemática A e não percebo porque é que este limite dá infinito. Podes explicar-me passo a passo? {p}",
            "Minha resposta deu x = -2 e x = 5. Pode conferir? Se estiver errado, só me mostra onde, sem refazer tudo, quero tentar corrigir sozinho.",
            "Explica fotossíntese pra mim como se eu tivesse 12 anos, o livro usa umas palavras que eu não entendo nada",
        ],
        "de": [
            "Kann mir jemand erklären, warum man bei der Kettenregel mit der inneren Ableitung multipliziert? Bitte mit Zwischenschritten, unser Lehrer ist da immer viel zu schnell.",
            "Hausaufgabe Mathe, Aufgabe 3b:\n{p}\nIch komme auf 0,35, laut Lösungsheft müsste 0,4 rauskommen. Wo ist mein Denkfehler?",
            "Wieso ist der Himmel blau und nicht violett, wenn violettes Licht doch noch stärker gestreut wird? Bitte so, dass es ein Siebtklässler versteht.",
            "Ich lerne gerade für die Bio-Klausur. Könntest du die folgende Aufgabe durchgehen und bei jedem Schritt kurz sagen, warum man das so macht? {p}",
        ],
        "fr": [
            "Bonjour, je suis en terminale et je bloque sur cet exo de suites. Vous pouvez me détailler la méthode ? {p}",
            "j'ai trouvé 7/12 pour la proba mais mon pote trouve 5/12, qui a raison et pourquoi ?",
            "Tu peux m'expliquer le subjonctif comme si j'avais 12 ans ? La prof l'a expliqué trois fois et j'ai toujours rien compris",
            "Voici ma rédaction de la démonstration. Pouvez-vous vérifier chaque étape et me dire laquelle n'est pas justifiée ? Je ne veux pas la correction complète.\n\n{p}",
        ],
    },
    "eval_harness": {
        "ar": [
            "السؤال التالي من اختبار اختيار من متعدد. أجب بحرف واحد فقط (أ، ب، ج، د) دون أي شرح.\n\n{p}\n\nالإجابة:",
            "### تعليمات التقييم\nفكّر في المسألة على مراحل، ثم اكتب في السطر الأخير فقط: الإجابة النهائية: <رقم>",
            "مثال 1:\nالسؤال: ما عاصمة المغرب؟\nالجواب: الرباط\n\nمثال 2:\nالسؤال: كم عدد أضلاع المسدس؟\nالجواب: 6\n\nالسؤال: {p}\nالجواب:",
            "نقيس دقة النموذج في أسئلة الفهم القرائي بالفصحى. اقرأ النص وأجب بعبارة قصيرة منقولة حرفياً منه، لأن التصحيح يتم بالمطابقة التامة.",
        ],
        "es": [
            "Responde con un único número entero, sin unidades ni texto adicional. Cualquier otro formato se puntuará como incorrecto.\n\nPregunta: {p}",
            "[Banco de preguntas MIR - bloque 3]\nElige la opción correcta. Escribe solo la letra entre paréntesis, por ejemplo (C).",
            "Resuelve el problema razonando por partes. Al final, en una línea aparte, escribe «Respuesta:» seguido del resultado simplificado.\n{p}",
            "Estamos comparando varios modelos con el mismo lote de preguntas de comprensión lectora. Para que la corrección sea automática, contesta solo «verdadero» o «falso», en minúsculas.",
        ],
        "pt": [
            "Questão do ENEM 2019 (Ciências da Natureza)\n{p}\nResponda apenas com a alternativa correta (A, B, C, D ou E).",
            "Você está sendo avaliado num conjunto de problemas de lógica. Pode mostrar o raciocínio, mas termine SEMPRE com a linha: RESPOSTA FINAL: X",
            "Exemplo:\nEntrada: 'O filme foi ótimo'\nSaída: positivo\n\nEntrada: 'Atendimento péssimo, nunca mais'\nSaída: negativo\n\nEntrada: {p}\nSaída:",
            "Teste de regressão do nosso chatbot de suporte. Responda cada pergunta em no máximo uma frase; a resposta vai ser comparada com o gabarito por similaridade.",
        ],
        "de": [
            "Aufgabe aus dem Testdatensatz (Nr. 0412):\n{p}\nGib in der letzten Zeile nur die Zahl aus, ohne Einheit und ohne Punkt.",
            "Beantworte die folgende Multiple-Choice-Frage. Kurzes Nachdenken ist erlaubt, aber die letzte Zeile muss exakt die Form 'Antwort: X' haben.",
            "Lies den Satz und entscheide, ob er grammatikalisch korrekt ist. Ausgabe: 1 für korrekt, 0 für fehlerhaft. Keine Begründung.\n\nSatz: {p}",
            "Wir evaluieren gerade verschiedene Modelle für juristische Fragen. Bitte antworte nur mit zulässig, unzulässig oder unklar, kleingeschrieben, nichts weiter.",
        ],
        "fr": [
            "Réponds uniquement par OUI ou NON. Pas de justification, le script de notation ne lit que le premier mot.\n\n{p}",
            "Consigne : résous l'exercice en détaillant ton raisonnement, puis termine par une ligne de la forme « Réponse finale : ... ».",
            "--- Exemple 1 ---\nExpression : Il pleut des cordes.\nSens : il pleut très fort\n--- Exemple 2 ---\nExpression : Avoir le cafard.\nSens : être déprimé\n--- À compléter ---\nExpression : {p}\nSens :",
            "Évaluation interne, lot QCM de culture générale. Indique seulement la lettre de la bonne réponse, en majuscule, sans parenthèses.",
        ],
    },
    "code_review": {
        "ar": [
            "راجع هذا الكود قبل ما أسوي merge، ولكل ملاحظة اذكر السبب ومدى خطورتها (عالية/متوسطة/منخفضة):\n{p}",
            "زميلي يقول إن استخدام async هنا ما له داعي، وأنا شايف إنه يحسن الأداء. مين فينا على حق؟ وضّح لي المنطق.",
            "أنا مطور مبتدئ وهذا أول pull request لي في الشركة. ممكن تراجعه بلطف وتوضح لي ليش كل تعديل تقترحه أفضل من اللي كتبته؟",
            "مراجعة أمنية سريعة للدالة التالية: هل فيها ثغرة SQL injection أو مشكلة في التحقق من المدخلات؟ برّر كل نقطة.\n\n{p}",
        ],
        "es": [
            "Revisa este PR como si fueras el senior del equipo. Quiero que cada comentario lleve su porqué, no solo 'cambia esto'.\n{p}",
            "¿Por qué sería mejor usar un diccionario aquí en vez de tantos if/elif? Me lo ha pedido mi jefe pero no termino de ver la ventaja.",
            "Hola! Tengo este endpoint en Django y funciona, pero sospecho que lanza demasiadas consultas a la base de datos. ¿Le echas un ojo y me cuentas qué cambiarías?\n\n{p}",
            "Clasifica los problemas que encuentres en el código por gravedad (bloqueante, importante, menor, estilo) y justifica brevemente cada uno.",
        ],
        "pt": [
            "Faz um code review desse trecho pra mim? Se achar algo estranho, explica por que é problema e como você resolveria.\n{p}",
            "Qual a vantagem real de injeção de dependência nesse caso? O código já funciona sem, e pra mim parece só mais complexidade.",
            "Preciso de uma segunda opinião antes de subir pra produção. Olha o tratamento de erros e a parte de concorrência e me diz o que te preocupa, do mais grave pro menos grave:\n\n{p}",
            "Meu tech lead rejeitou o PR dizendo que o método está 'fazendo coisa demais'. Consegue me explicar o que ele quis dizer e sugerir um jeito de quebrar em partes?",
        ],
        "de": [
            "Bitte Code-Review für folgende Klasse. Zu jedem Punkt: Was ist das Problem, warum ist es eins, und wie dringend (kritisch / sollte / kann)?\n{p}",
            "Warum wird eigentlich überall empfohlen, keine veränderlichen Default-Argumente in Python zu verwenden? Ich mach das seit Jahren und hatte nie Probleme.",
            "Kurze Frage an den Kollegen KI: Ist die Lösung mit dem Stream hier wirklich lesbarer als die alte for-Schleife, oder nur kürzer? Begründung bitte.\n\n{p}",
            "Bei uns im Team gilt: Jede Review-Anmerkung muss begründet sein. Kannst du den angehängten Diff in diesem Sinne durchsehen?",
        ],
        "fr": [
            "Salut, tu peux relire ma fonction ? Dis-moi ce qui cloche et surtout pourquoi, j'aimerais progresser plutôt que copier une correction.\n{p}",
            "Pour chaque remarque de revue, indique un niveau de sévérité (bloquant, majeur, mineur) et une justification d'une ou deux phrases. Le code suit.",
            "Est-ce que passer ce module en style fonctionnel vaut vraiment le coup, ou c'est de la sur-ingénierie ? Argumente dans les deux sens. {p}",
            "On migre de Java 8 à Java 21. Regarde ce bout de code et explique quelles constructions modernes tu utiliserais, et en quoi elles seraient meilleures que l'existant.",
        ],
    },
    "chat": {
        "ar": [
            "طيب كيف وصلت لهذا الاقتراح بالضبط؟ حسيته غريب شوي بس عجبني 😄",
            "عيد ميلاد أمي الأسبوع الجاي وما عندي أي فكرة. كيف أفكر في هدية تناسبها؟ علمني الطريقة مو بس تعطيني أسماء هدايا",
            "سؤال فضولي: لما أسألك شي، هل أنت فعلاً تفكر ولا بس تتوقع الكلمة اللي بعدها؟",
            "لو كنت مكاني، كيف بتقرر بين وظيفة براتب أعلى ووظيفة ثانية قريبة من البيت؟ {p}",
        ],
        "es": [
            "jajaja vale, pero cómo has llegado a esa conclusión? me has dejado loco",
            "Estoy entre comprarme un coche eléctrico o un híbrido. No me digas cuál, cuéntame cómo lo pensarías tú y qué factores mirarías primero. {p}",
            "Una curiosidad: los modelos como tú, ¿aprendéis algo de nuestras conversaciones o cada chat empieza de cero?",
            "¿Cómo decides qué contarme primero cuando te pregunto algo muy amplio? Me pica la curiosidad.",
        ],
        "pt": [
            "nossa, nunca tinha pensado nisso. de onde você tirou essa ideia?",
            "Me ajuda a escolher o destino das férias? Não quero resposta pronta, quero entender como você pesaria preço, clima e distância. {p}",
            "Você tem opinião própria ou só junta o que leu na internet? Pergunto sério, fiquei encucado com isso ontem",
            "Conta aí: como uma IA escolhe entre duas respostas possíveis? É tipo um sorteio?",
        ],
        "de": [
            "Wie bist du denn jetzt darauf gekommen? Das hätte ich nicht erwartet 😅",
            "Ich überlege, einen Hund aus dem Tierheim zu holen. Wie würdest du an so eine Entscheidung rangehen? Nicht für mich entscheiden, nur die Überlegungen sortieren. {p}",
            "Mal ganz allgemein gefragt: Wie funktioniert das eigentlich, dass ein Sprachmodell rechnen kann, obwohl es nur Text gesehen hat?",
            "Spielst du Schach? Erzähl mal, was dir bei diesem Zug durch den Kopf gehen würde: {p}",
        ],
        "fr": [
            "Attends, comment t'en es arrivé là ? Raconte-moi ton cheminement, je suis curieux",
            "Je dois choisir entre deux apparts, un grand en banlieue et un petit en centre-ville. Toi, tu réfléchirais comment à ça ?",
            "C'est vrai que les IA « réfléchissent » avant de répondre maintenant ? J'ai lu un article là-dessus mais j'ai pas tout capté.",
            "Question bête : quand tu fais une blague, tu sais qu'elle est drôle ou c'est un peu au hasard ? {p}",
        ],
    },
    "enterprise": {
        "ar": [
            "صنّف تذكرة الدعم التالية إلى إحدى الفئات: فوترة، مشكلة تقنية، طلب إلغاء، استفسار عام. أعد النتيجة في سطر واحد بالصيغة: الفئة | درجة الثقة من 0 إلى 1 | سبب مختصر\n\n{p}",
            "استخرج من الفاتورة المرفقة: اسم المورد، رقم الفاتورة، التاريخ، المبلغ الإجمالي، ضريبة القيمة المضافة. اترك الحقل فارغاً إذا لم يُذكر.",
            "نظام توجيه البلاغات - البلدية\nحدد القسم المسؤول (النظافة، الطرق، الإنارة، المياه) واذكر مبرراً في سطر واحد.",
            "رسالة عميل من تطبيق البنك: {p}\nالمطلوب: هل تتضمن الرسالة بلاغ احتيال؟ أجب بنعم أو لا، ثم مستوى الأولوية.",
        ],
        "es": [
            "Eres el primer filtro del buzón de RRHH. Para cada correo indica: tipo (nómina, vacaciones, baja médica, otro), urgencia (alta/media/baja) y una frase que explique la decisión.\n{p}",
            "Extrae de este contrato de alquiler los siguientes campos, uno por línea con el formato clave: valor — arrendador, arrendatario, fecha de inicio, duración, renta mensual, fianza.",
            "Ticket #88213 — cliente premium\n{p}\nAsigna equipo (Soporte N1, Soporte N2, Ventas, Legal) y un porcentaje de confianza. Nada más.",
            "Etiqueta las reseñas de producto según el aspecto mencionado (envío, calidad, precio, atención) y el sentimiento. Salida en CSV con columnas aspecto;sentimiento;motivo_breve.",
        ],
        "pt": [
            "Classifique o chamado abaixo em uma das filas (Infra, Acesso/Senha, Hardware, Software, Outros) e dê uma justificativa curta de no máximo 15 palavras.\n\n{p}",
            "A partir da nota fiscal, extraia CNPJ do emitente, data de emissão, valor total e itens. Se algum campo estiver ilegível, escreva ILEGIVEL.",
            "Triagem automática de sinistros - seguradora\nEntrada: {p}\nSaída esperada: tipo_sinistro; gravidade (1-5); confiança (0-100%); motivo em uma linha",
            "Leia o e-mail do fornecedor e diga se há risco de atraso na entrega. Responda só SIM ou NÃO, seguido de uma linha explicando o porquê.",
        ],
        "de": [
            "Ordne die folgende Kundenanfrage genau einer Abteilung zu: Vertrieb, Technik, Buchhaltung oder Reklamation. Format: Abteilung;Konfidenz (0–100);Begründung in einem Satz\n\n{p}",
            "Aus dem beigefügten Lieferschein bitte folgende Felder auslesen: Lieferantennummer, Lieferdatum, Positionen mit Menge, Gesamtgewicht. Nicht gefundene Felder mit n/a füllen.",
            "Bewerbungseingang automatisch vorsortieren: Ist die Bewerbung vollständig (Anschreiben, Lebenslauf, Zeugnisse)? Antwort ja/nein plus Liste der fehlenden Unterlagen. {p}",
            "Wir bekommen täglich rund 400 Störungsmeldungen aus den Filialen. Schätze für die Meldung die Priorität (P1 bis P4) und gib eine kurze Begründung, damit der Disponent die Einstufung nachvollziehen kann.",
        ],
        "fr": [
            "Catégorise ce message client (réclamation, demande d'information, résiliation, compliment) et donne un score de confiance entre 0 et 1 avec une justification d'une ligne.\n{p}",
            "Extraction automatique – bulletins de salaire\nChamps attendus : nom du salarié, période, salaire brut, net à payer, employeur. Un champ par ligne, rien d'autre.",
            "Notre outil de modération des avis doit trancher : publier, masquer ou envoyer en relecture humaine. Donne la décision puis un motif court. {p}",
            "Pour chaque incident du journal ci-dessous, indique l'équipe à qui l'attribuer (Réseau, Base de données, Applicatif) et pourquoi, en une phrase maximum.",
        ],
    },
    "translation": {
        "ar": [
            "ترجم النص التالي إلى الإنجليزية مع الحفاظ على النبرة الرسمية، وإذا في كلمة ما لها مقابل دقيق وضّح لي ليش اخترت ترجمتك:\n{p}",
            "أترجم مقال عن التفكير النقدي عند الأطفال من الفرنسية للعربية. كيف أنقل مصطلح raisonnement بحيث يكون طبيعي للقارئ العربي؟",
            "ترجم لي الملاحظات اللي كتبها المصحح على ورقة ابني من الألمانية للعربية، أبغى أفهم ليش نقّص عليه درجات.",
            "حوّل هذه الفقرة من العامية المصرية إلى الفصحى، وبيّن التعبيرات اللي غيرتها: {p}",
        ],
        "es": [
            "Tradúceme esto al inglés pero que suene natural, no literal. Es un correo para un cliente de Londres.\n{p}",
            "¿Cómo traducirías 'chain of thought' en un artículo divulgativo? 'Cadena de pensamiento' me suena rarísimo.",
            "Traduce al español de México (no de España) el siguiente texto sobre cómo evalúan los profesores los exámenes orales, y señala las palabras en las que hayas dudado:\n\n{p}",
            "Necesito la versión en catalán de estas instrucciones para el personal. Mantén el tono cercano y avísame si alguna expresión no tiene un equivalente claro.",
        ],
        "pt": [
            "Traduz para português de Portugal, por favor. É o texto de uma palestra sobre como tomamos decisões sob pressão. {p}",
            "Qual a melhor tradução de 'reasoning' num contexto de IA: 'raciocínio' ou 'argumentação'? Estou traduzindo um paper e fiquei na dúvida.",
            "Preciso passar essas legendas de um vídeo do YouTube do inglês pro português mantendo as piadas. Se alguma não funcionar, adapta e me explica o que mudou.\n{p}",
            "Traduza o parecer da banca para o inglês em linguagem acadêmica. O texto explica por que a dissertação recebeu nota 8,5.",
        ],
        "de": [
            "Bitte ins Englische übersetzen, Tonfall locker, aber nicht flapsig:\n{p}",
            "Ich übersetze ein Lehrbuch über Logik. Wie halte ich 'Schlussfolgern' und 'Begründen' im Englischen sauber auseinander? Beides landet oft bei 'reasoning'.",
            "Kannst du diesen Absatz aus dem Gutachten zu meiner Masterarbeit ins Spanische übersetzen? Meine Betreuerin in Madrid soll die Begründung der Note lesen können. {p}",
            "Übersetze den Werbetext für unsere Schweizer Kundschaft, also mit ss statt ß und helvetischen Ausdrücken wo es passt, und markiere, wo du vom Original abweichst.",
        ],
        "fr": [
            "Tu peux traduire ce passage en anglais en gardant le côté ironique ? {p}",
            "Dans un texte de philo, comment rendre « esprit de finesse » en allemand ? Présente-moi les options et dis-moi laquelle tu retiendrais.",
            "Traduction FR→IT de la note méthodologique ci-dessous. Elle décrit comment nos correcteurs attribuent les points, donc le vocabulaire doit rester précis.\n\n{p}",
            "Mon grand-père a écrit une lettre en occitan. J'aimerais une traduction en français, et que tu me signales les mots dont tu n'es pas sûr.",
        ],
    },
    "essay_feedback": {
        "ar": [
            "أنا معلمة لغة عربية، وهذا تعبير كتابي لطالب في الصف التاسع. قيّمه حسب المعايير: الأفكار (5)، التنظيم (5)، اللغة والإملاء (5)، مع تعليق قصير لكل معيار.\n{p}",
            "كتبت مقال عن أثر وسائل التواصل على المراهقين، ممكن تقولي نقاط القوة والضعف وكم تعطيه من 20؟",
            "صحح لي الأخطاء الإملائية والنحوية في موضوع التعبير هذا، واذكر القاعدة لكل خطأ: {p}",
            "عندنا سلم تقدير للمقال الإقناعي من أربعة مستويات. ساعدني أحدد في أي مستوى يقع هذا المقال في كل بند، مع شاهد من النص.",
        ],
        "es": [
            "Soy profe de Lengua en 4º de la ESO. Corrige esta redacción según la rúbrica (adecuación, coherencia, cohesión, corrección) y pon una nota del 1 al 10 en cada apartado con un comentario.\n{p}",
            "me puedes decir si mi ensayo de filosofia sobre Kant esta bien argumentado? lo entrego el viernes y no se si la conclusion se sostiene",
            "Rúbrica:\n- Tesis clara (0-3)\n- Uso de fuentes (0-3)\n- Estructura (0-2)\n- Estilo (0-2)\n\nTexto del alumno:\n{p}",
            "Mi hijo ha escrito un cuento para un concurso del colegio. No se lo reescribas, solo dime qué le comentarías tú como jurado para que lo mejore.",
        ],
        "pt": [
            "Corrige minha redação no modelo do ENEM, com nota de 0 a 200 em cada uma das cinco competências e o que eu poderia melhorar em cada uma:\n{p}",
            "Sou professora de inglês e já corrigi essas redações, mas queria uma segunda opinião. Você concorda com a nota 6 que eu dei? Por quê?",
            "Avalie o texto argumentativo abaixo quanto à coesão e à coerência. Aponte os trechos em que a argumentação fica fraca. {p}",
            "Fiz um trabalho da faculdade sobre Machado de Assis e o professor disse que estava 'descritivo demais'. Lê e me fala o que ele quis dizer?",
        ],
        "de": [
            "Erörterung Klasse 10, Thema Handyverbot an Schulen. Bitte nach unserem Bewertungsraster beurteilen: Inhalt 40 %, Aufbau 30 %, Sprache 30 %. Pro Kriterium Punkte und zwei, drei Sätze Kommentar.\n{p}",
            "Ich hab meinen Essay für die Uni-Bewerbung fertig. Sei ehrlich: Ist das überzeugend oder klingt das zu generisch?",
            "Welche Note würdest du dieser Gedichtinterpretation geben (1 bis 6) und warum? Ich bin mir bei meiner eigenen Bewertung unsicher. {p}",
            "Gib mir Feedback zu meiner Facharbeit, aber nur zu Gliederung und Zitierweise, den Inhalt hat mein Lehrer schon abgesegnet.",
        ],
        "fr": [
            "Voici la copie d'un élève de seconde (commentaire de texte). Évalue-la selon la grille : compréhension /6, analyse /8, expression /6, avec une appréciation pour chaque critère.\n{p}",
            "J'ai eu 9/20 à ma dissert de philo et je comprends pas pourquoi. Tu peux la lire et me dire ce qui a pu coincer ?",
            "Si tu étais correcteur au bac de français, quelle note mettrais-tu à cette introduction ? Appuie-toi sur les attendus officiels. {p}",
            "Je suis enseignante en FLE. Je voudrais des commentaires bienveillants mais précis sur cette production écrite de niveau B1, classés par compétence.",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لقاعدة بيانات تجريبية: 20 عميل بأسماء عربية، أرقام جوال سعودية بصيغة صحيحة، ومدن مختلفة. بصيغة CSV لو سمحت.",
            "اكتب لي حالات اختبار لدالة تتحقق من صحة رقم الهوية الوطنية، وركّز على الحالات الحدية والمدخلات الخاطئة: {p}",
            "أبغى ملف JSON فيه 10 طلبات شراء وهمية عشان أجرب شاشة العرض في التطبيق، مع تواريخ هجرية وميلادية.",
            "جهّز لي أمثلة نصوص عربية فيها تشكيل وبدون تشكيل وأرقام هندية وعربية مختلطة، عشان أختبر المحلل اللي كتبته:\n{p}",
        ],
        "es": [
            "Necesito un CSV con 50 clientes ficticios para una demo: nombre, DNI (formato válido pero inventado), provincia, fecha de alta y saldo. Que haya algún nulo para probar la validación.",
            "Escríbeme fixtures de pytest para este modelo de SQLAlchemy, con un par de casos raros (strings vacíos, fechas en el futuro):\n{p}",
            "¿Me sacas entradas límite para probar un parser de fechas? Cosas como 29 de febrero en años no bisiestos, formatos mezclados, zonas horarias raras...",
            "Para el entorno de staging quiero poblar la tabla de pedidos con datos falsos que parezcan realistas. Esquema:\n{p}\nDame los INSERT.",
        ],
        "pt": [
            "Gera uns 30 registros fake de pacientes pra eu testar o sistema da clínica, com CPF inválido de propósito (não quero CPF real de ninguém).",
            "Preciso de mocks para os testes do serviço de pagamento. Olha a interface e cria respostas de sucesso, timeout e cartão recusado: {p}",
            "Me passa uma lista de e-mails esquisitos mas tecnicamente válidos pela RFC, e outros que parecem válidos mas não são. É pro validador do cadastro.",
            "Crie uma planilha de exemplo para uma demo de BI: vendas mensais de 2023 por região, com sazonalidade no fim do ano. Colunas:\n{p}",
        ],
        "de": [
            "Ich brauche Testdaten für ein Formular: 15 Datensätze mit deutschen Namen, Umlauten, Doppelnamen, Adelsprädikaten und Adressen mit Hausnummerzusätzen wie 12a.",
            "Schreib mir bitte Unit-Tests mit Grenzfällen für diese IBAN-Prüffunktion:\n{p}",
            "Für eine Schulung brauche ich eine kleine SQLite-Datenbank mit erfundenen Mitarbeitern, Abteilungen und Gehältern. Kannst du das CREATE- und INSERT-Skript schreiben?",
            "Welche fiesen Eingaben sollte ich meinem CSV-Parser füttern? Denk an Anführungszeichen im Feld, Zeilenumbrüche, BOM, Semikolon vs. Komma. Gern direkt als Beispieldateien. {p}",
        ],
        "fr": [
            "Génère-moi un jeu de données bidon de 25 adhérents d'association (nom, prénom, email, code postal, date d'adhésion) pour remplir la maquette.",
            "J'ai besoin de fixtures pour tester cette API REST : des réponses factices valides et d'autres cassées (champ manquant, mauvais type).\n{p}",
            "Donne-moi des numéros de téléphone français dans tous les formats possibles (+33, 06, avec points, espaces, tirets) pour tester ma regex.",
            "Pour la démo client de jeudi, il me faudrait un CSV de commandes fictives avec des produits bio, des montants crédibles et quelques retours. {p}",
        ],
    },
    "summarize": {
        "ar": [
            "لخص لي محضر الاجتماع هذا في نقاط: القرارات، المسؤول عن كل مهمة، والمواعيد النهائية.\n{p}",
            "اقرأ الورقة البحثية وقل لي باختصار: وش المشكلة اللي يحاولون يحلونها، وش الخطوات اللي اتبعوها، وهل النتائج مقنعة؟",
            "عندي تقرير من 40 صفحة عن الاستدلال في النماذج اللغوية، وأحتاج ملخص بصفحة وحدة للمدير يفهمه شخص غير تقني. {p}",
            "اختصر هذه المقالة في ثلاث جمل بدون ما تضيع الحجة الأساسية للكاتب.",
        ],
        "es": [
            "Resúmeme el acta de la reunión de vecinos, sobre todo lo que se votó y quién se comprometió a qué:\n{p}",
            "TL;DR de este paper, porfa. Me interesa sobre todo la metodología: qué pasos siguieron y qué datos usaron.",
            "Tengo que presentar este artículo sobre cómo razonan los modelos de lenguaje en un seminario de 10 minutos. ¿Me haces un resumen con los argumentos principales y las críticas que se le podrían hacer? {p}",
            "Haz un resumen ejecutivo de máximo 150 palabras del informe trimestral que te pego. Sin adornos.",
        ],
        "pt": [
            "Resume essa ata pra mim em tópicos? Tenho que mandar pro pessoal que faltou\n{p}",
            "Pode fazer um resumo desse artigo científico mantendo a sequência de etapas do experimento? Vou usar no meu fichamento.",
            "Leia o relatório abaixo e liste os principais argumentos a favor e contra a proposta, sem dar opinião. {p}",
            "Resumo de 5 linhas desse capítulo, por favor. É sobre vieses cognitivos e por que a gente toma decisões ruins.",
        ],
        "de": [
            "Fass mir das Protokoll der Teamsitzung zusammen: Beschlüsse, offene Punkte, To-dos mit Verantwortlichen.\n{p}",
            "Kannst du dieses Paper in ein paar Absätzen zusammenfassen? Mich interessiert vor allem, welche Schritte die Autoren bei der Datenerhebung gemacht haben.",
            "Zusammenfassung für die Geschäftsführung, maximal eine halbe Seite, Fokus auf Kosten und Risiken: {p}",
            "Ich soll bis morgen ein Kapitel aus 'Schnelles Denken, langsames Denken' gelesen haben und schaffe es nicht mehr. Was sind die Kernaussagen?",
        ],
        "fr": [
            "Résume-moi ce compte rendu de réunion en 5 points max, je dois le transférer à la direction.\n{p}",
            "Peux-tu faire une synthèse de cet article de recherche sur le raisonnement des modèles de langage, en reprenant la démarche des auteurs dans l'ordre ?",
            "J'ai la transcription d'un podcast d'une heure ci-dessous, fais-moi un résumé avec les idées fortes et les citations marquantes. {p}",
            "Synthèse d'un rapport parlementaire pour une fiche de révision : contexte, constats, recommandations.",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع لي IndexError وما أدري ليش. ممكن تمشي معي عليه سطر سطر وتقولي وش قيمة المتغيرات في كل لفة؟\n{p}",
            "الدالة ترجع None بدل القائمة، جربت أطبع النتائج وما وضحت المشكلة. وش ممكن يكون السبب؟",
            "عندي حلقة for تشتغل صح على بيانات صغيرة بس تعلق لما تكبر البيانات. ساعدني أفهم وش يصير بالضبط: {p}",
            "اشرح لي رسالة الخطأ هذه بلغة بسيطة: TypeError: 'NoneType' object is not subscriptable",
        ],
        "es": [
            "No entiendo por qué este bucle imprime el último elemento dos veces. ¿Me lo trazas paso a paso con los valores de cada variable?\n{p}",
            "Me sale 'undefined is not a function' en producción pero en local va perfecto. ¿Por dónde empezarías a buscar?",
            "Llevo toda la tarde con esto 😩 la función recursiva nunca termina. Explícame qué hace en cada llamada:\n\n{p}",
            "¿Por qué 0.1 + 0.2 no da 0.3 en mi programa? Me está rompiendo un cálculo de facturas.",
        ],
        "pt": [
            "Esse código era pra ordenar a lista mas tá saindo tudo embaralhado. Me explica linha por linha o que ele tá fazendo de verdade?\n{p}",
            "Tô tomando um NullPointerException numa linha que, na minha cabeça, nunca deveria ter null. Como eu investigo isso?",
            "Depura comigo: acompanha os valores de i, j e soma em cada iteração e me mostra onde diverge do esperado. {p}",
            "Meu script em Python funciona quando rodo no terminal mas falha no cron com FileNotFoundError. O que pode ser?",
        ],
        "de": [
            "Warum wirft diese Funktion bei leerer Liste eine Exception, statt 0 zurückzugeben? Geh den Code bitte Zeile für Zeile durch.\n{p}",
            "Race Condition oder was anderes? Der Test schlägt in der CI ungefähr jedes zehnte Mal fehl, lokal nie.",
            "Kannst du mir zeigen, welche Werte die Variablen in jeder Schleifeniteration haben? Ich glaube, irgendwo steckt ein Off-by-one. {p}",
            "Mein Docker-Container startet und beendet sich sofort wieder, Exit Code 137. Was heißt das und wie finde ich die Ursache?",
        ],
        "fr": [
            "Mon tri à bulles ne trie pas la dernière case. Tu peux dérouler l'algo à la main avec l'état du tableau à chaque passage ?\n{p}",
            "Pourquoi ma requête SQL renvoie des doublons alors que j'ai mis un JOIN tout simple ? Explique-moi ce qui se passe.",
            "Bug bizarre : le compteur reste à 0 dans le callback alors qu'il est incrémenté juste avant. J'ai l'impression que c'est une histoire de closure mais je vois pas. {p}",
            "Segmentation fault au bout de quelques secondes, et valgrind me sort des « invalid read of size 4 ». Ça veut dire quoi concrètement ?",
        ],
    },
}
