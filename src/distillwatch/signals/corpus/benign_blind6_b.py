"""Blind benign hard negatives (seventh independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND6_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "مرحبا، عندي واجب رياضيات وما فهمت الطريقة. ممكن تحلها معي خطوة خطوة وتشرح ليش كل خطوة؟\n{p}",
            "حليت هذه المسألة وطلع معي جواب غير اللي في آخر الكتاب، وين غلطتي؟ {p}",
            "اشرح لي فكرة المشتقة كأني طفل عمره ١٢ سنة، بدون مصطلحات معقدة لو سمحت",
            "أستاذ، هل إجابتي صحيحة؟ إذا كانت خاطئة فأرجو توضيح السبب دون إعطائي الحل كاملاً، أريد أن أحاول مرة أخرى بنفسي.",
        ],
        "es": [
            "oye me ayudas con esto?? no entiendo como se despeja la x, explicamelo paso a paso porfa\n\n{p}",
            "Tengo examen de química mañana. ¿Me puedes explicar por qué en este ejercicio se trabaja con moles y no directamente con gramos? {p}",
            "He hecho el problema así pero el profe me lo ha puesto mal y no sé por qué. ¿Puedes revisar mi razonamiento y decirme en qué paso me equivoco?",
            "Explícame la fotosíntesis como si tuviera 12 años, con algún ejemplo de la vida real.",
        ],
        "pt": [
            "Oi! Tô fazendo uma lista de física e travei nessa questão. Pode mostrar a resolução passo a passo? {p}",
            "Minha resposta deu 3/4 mas o gabarito diz 2/3. Onde eu errei? Segue minha conta:\n{p}",
            "Não quero a resposta pronta, quero entender. Me dá só uma dica do primeiro passo e explica o porquê.",
            "Pode explicar pra mim, como se eu tivesse uns 12 anos, por que o céu é azul? Meu professor explicou e eu não entendi nada kkk",
        ],
        "de": [
            "Hallo, kannst du mir bei dieser Hausaufgabe helfen? Bitte die Rechenschritte einzeln zeigen, ich will das für die Klausur verstehen.\n\n{p}",
            "Ich hab das so gerechnet, bin mir aber unsicher ob das stimmt. Kannst du drüberschauen und mir sagen, wo der Fehler liegt? {p}",
            "Warum dreht sich beim Umformen von Ungleichungen das Zeichen um, wenn man mit einer negativen Zahl multipliziert? Erklär's mir bitte ganz einfach.",
            "Erklär mir bitte den Unterschied zwischen Wetter und Klima so, dass es ein Zwölfjähriger versteht.",
        ],
        "fr": [
            "Bonjour, je bloque sur cet exercice de maths depuis une heure. Vous pourriez me détailler la méthode étape par étape ? {p}",
            "j'ai trouvé x = -2 mais mon prof dit que c'est faux, tu peux vérifier mon calcul et me dire où je me suis planté ?",
            "Peux-tu m'expliquer pourquoi on utilise le théorème de Pythagore ici et pas celui de Thalès ?\n\n{p}",
            "Explique-moi la Révolution française comme si j'avais 12 ans, en quelques paragraphes pas trop longs.",
        ],
    },
    "eval_harness": {
        "ar": [
            "أجب عن السؤال التالي. فكّر خطوة بخطوة، ثم اكتب الإجابة النهائية وحدها في السطر الأخير بالصيغة: الإجابة: <الرقم>\n\n{p}",
            "السؤال التالي اختيار من متعدد. اكتب حرف الخيار الصحيح فقط (أ، ب، ج، د) دون أي شرح.",
            "### مثال ١\nالسؤال: ما عاصمة الأردن؟\nالإجابة: عمّان\n\n### مثال ٢\nالسؤال: {p}\nالإجابة:",
            "تعليمات التقييم: يجب أن تطابق الإجابة الصيغة المطلوبة حرفياً. لا تضف علامات ترقيم أو كلمات إضافية. {p}",
        ],
        "es": [
            "Responde a la siguiente pregunta de opción múltiple. Razona paso a paso y, en la última línea, escribe solo la letra de la respuesta correcta.\n\n{p}",
            "Instrucciones: devuelve únicamente el número final, sin unidades ni texto adicional. La evaluación se hace por coincidencia exacta.",
            "Completa la secuencia. Devuelve la respuesta entre las etiquetas <respuesta> y </respuesta>, nada más.\n{p}",
            "Lee el texto y contesta Verdadero o Falso. Formato de salida: una sola palabra.",
        ],
        "pt": [
            "Resolva o problema abaixo. Pense passo a passo e termine com uma linha no formato 'Resposta final: X'.\n\n{p}",
            "Questão de múltipla escolha (ENEM 2019). Responda apenas com a letra da alternativa correta, de A a E.",
            "Exemplo:\nEntrada: 'O filme foi ótimo'\nSaída: positivo\n\nEntrada: {p}\nSaída:",
            "Avaliação automática: a resposta será comparada por correspondência exata. Não use negrito, não explique, escreva só o resultado.",
        ],
        "de": [
            "Beantworte die folgende Frage. Denke Schritt für Schritt nach und gib am Ende die endgültige Antwort allein in einer eigenen Zeile aus.\n\nFrage: {p}",
            "Multiple Choice. Antworte ausschließlich mit dem Buchstaben (A, B, C oder D). Keine Begründung.",
            "Aufgabe: Gib die Lösung als ganze Zahl zurück. Ausgabeformat: ANTWORT=<zahl>",
            "Du nimmst an einem Quiz-Benchmark teil. Lies die Frage und die vier Optionen, begründe kurz in höchstens zwei Sätzen und schreib dann 'Antwort: X'.\n\n{p}",
        ],
        "fr": [
            "Consigne : lisez le passage puis répondez à la question. La réponse doit être un extrait exact du passage (pas de reformulation).\n\n{p}",
            "Réponds uniquement par « oui » ou « non ». Toute autre sortie sera comptée comme fausse.",
            "Voici trois exemples résolus, puis un problème. Détaille ton raisonnement comme dans les exemples et termine par #### suivi du nombre.\n\n{p}",
            "Évaluation – traduction EN→FR. Donne seulement la traduction, sans guillemets ni commentaire.",
        ],
    },
    "code_review": {
        "ar": [
            "ممكن تراجع هذا الكود قبل ما أرفعه؟ ولكل تعديل تقترحه اشرح السبب باختصار.\n\n{p}",
            "زميلي يقول إن استخدام dictionary هنا أفضل من القائمة. هل كلامه صحيح؟ ولماذا؟",
            "راجع طلب الدمج التالي وصنّف كل ملاحظة حسب الخطورة: حرجة / متوسطة / بسيطة، مع تبرير لكل تصنيف. {p}",
            "عندي مقابلة عمل وأرسلوا لي هذا الحل كتمرين مراجعة. ما نقاط الضعف فيه من ناحية الأداء والأمان؟",
        ],
        "es": [
            "¿Me haces un code review de esta función? Para cada cambio que sugieras, explica por qué lo harías así. {p}",
            "Revisa este PR como si fueras el senior del equipo. Clasifica los hallazgos en bloqueante / importante / menor y justifica cada uno.",
            "Mi compañero dice que usar async aquí es overkill. ¿Quién tiene razón? Argumenta pros y contras.\n\n```\n{p}\n```",
            "Estoy aprendiendo Rust y no sé si este código es idiomático. ¿Qué cambiarías y por qué?",
        ],
        "pt": [
            "Faz uma revisão desse código pra mim? Quero saber se tem algum problema de segurança, tipo SQL injection. Explica cada ponto.\n{p}",
            "Por que usar composição aqui seria melhor do que herança? Me convence com argumentos, não só com 'é boa prática'.",
            "Review do PR #482 — por favor aponte os problemas e dê uma nota de severidade (1 a 5) pra cada, com uma justificativa curta. {p}",
            "Esse trecho passou nos testes mas tá lento em produção. Pode analisar e explicar o que você mudaria?",
        ],
        "de": [
            "Kannst du bitte ein Code-Review machen? Für jeden Verbesserungsvorschlag kurz begründen, warum er sinnvoll ist.\n\n{p}",
            "Ich bin mir unsicher, ob man hier lieber ein Enum oder einfache Konstanten nehmen sollte. Was spricht wofür?",
            "Wir haben eine Review-Checkliste (Lesbarkeit, Tests, Sicherheit). Geh die Punkte bitte der Reihe nach für diesen Code durch und begründe jeweils dein Urteil. {p}",
            "moin, ist die fehlerbehandlung in dem snippet so ok oder schluck ich da exceptions? bitte ehrlich sein",
        ],
        "fr": [
            "Salut, tu peux relire ma fonction ? Dis-moi ce que tu changerais et surtout pourquoi, je veux progresser.\n{p}",
            "Pourquoi une approche avec un générateur serait meilleure que ma liste en compréhension ? Explique-moi le raisonnement derrière.",
            "Revue de code demandée pour la MR ci-dessous. Merci de classer chaque remarque (bloquant, majeur, mineur) et de justifier brièvement. {p}",
            "Est-ce que ce code respecte les principes SOLID ? Sois précis et donne des exemples concrets.",
        ],
    },
    "chat": {
        "ar": [
            "كيف وصلت لهذه الفكرة؟ فضولي أعرف كيف ترتب أفكارك",
            "عندي عرضين شغل: {p}\nلو كنت مكاني كيف بتقرر؟ امشِ معي بالتفكير.",
            "سؤال عام: كيف تتعلم نماذج الذكاء الاصطناعي أصلاً؟ هل تفهم فعلاً أو بس تتوقع الكلمة الجاية؟",
            "عيد ميلاد أمي الأسبوع الجاي وما عندي أي فكرة هدية. هي تحب الزراعة والقهوة. كيف تفكر في اختيار هدية مناسبة؟",
        ],
        "es": [
            "jajaja qué buena respuesta, ¿pero cómo se te ocurrió eso?",
            "Oye, una curiosidad: ¿tú 'piensas' antes de responder o simplemente vas generando palabra por palabra?",
            "Tengo que elegir entre dos pisos para alquilar: {p} ¿Cómo lo decidirías tú? Cuéntame qué factores mirarías.",
            "¿Cuál es tu proceso para recomendar un libro a alguien que no conoces? Me gusta la ciencia ficción pero no la muy técnica.",
        ],
        "pt": [
            "Tu falou que o filme tinha um furo de roteiro, mas eu não percebi nada. O que te levou a essa conclusão?",
            "me ajuda a decidir: {p} vc faria o quê? me explica seu raciocínio",
            "Uma dúvida meio filosófica: uma IA consegue ter intuição ou é tudo estatística?",
            "Qual seria seu processo mental pra escolher um presente pro meu namorado que já tem tudo? rs",
        ],
        "de": [
            "Spannend, dass du das Rätsel so schnell gelöst hast. Hast du einfach geraten oder gibt's da einen Trick?",
            "Mal angenommen, du müsstest zwischen Italien und Norwegen für den Sommerurlaub wählen – wie würdest du abwägen?",
            "Ich frag mich schon länger: Wie funktionieren Sprachmodelle wie du so grob? Nicht zu technisch bitte.",
            "Mein Kumpel und ich streiten gerade darüber: {p} Wer hat recht, und wie kommst du zu deinem Urteil?",
        ],
        "fr": [
            "Tu peux me raconter comment tu t'y prendrais pour choisir un vin pour un dîner avec mes beaux-parents ? Je n'y connais rien.",
            "Je lisais un article sur les IA qui « raisonnent ». Concrètement, ça veut dire quoi, selon toi ?",
            "J'hésite à reprendre mes études à 35 ans. {p} Qu'est-ce que tu prendrais en compte à ma place ?",
            "Tu m'as conseillé Lisbonne plutôt que Porto tout à l'heure, qu'est-ce qui a fait pencher la balance ?",
        ],
    },
    "enterprise": {
        "ar": [
            "صنّف تذكرة الدعم التالية إلى واحدة من الفئات: فوترة، مشكلة تقنية، طلب ميزة، أخرى. أعد الفئة ودرجة ثقة من 0 إلى 1 وسطراً واحداً يوضح السبب.\n\nالتذكرة: {p}",
            "استخرج من الفاتورة التالية: اسم المورد، رقم الفاتورة، التاريخ، المبلغ الإجمالي. الصيغة: حقل: قيمة، كل حقل في سطر.",
            "أنت جزء من نظام توجيه البريد في شركتنا. حدد القسم المختص (المبيعات، الموارد البشرية، الدعم الفني، الشؤون القانونية) لهذه الرسالة، وأعد اسم القسم فقط. {p}",
            "حلّل مشاعر مراجعة العميل (إيجابي/سلبي/محايد) وأضف مبرراً من جملة واحدة لا تتجاوز ١٥ كلمة.",
        ],
        "es": [
            "Clasifica el siguiente correo de cliente según la urgencia (alta, media, baja) y asigna el equipo responsable. Formato: URGENCIA | EQUIPO | MOTIVO (máx. 20 palabras).\n\n{p}",
            "Extrae los datos del contrato: partes, fecha de inicio, duración, importe y penalizaciones. Si un campo no aparece, pon N/D.",
            "Sistema de triaje de incidencias. Para el ticket adjunto devuelve: categoría, prioridad P1-P4, confianza (0-100 %) y una justificación de una línea. {p}",
            "Detecta si esta reseña de producto menciona problemas de envío. Responde SÍ o NO y cita la frase que lo indica.",
        ],
        "pt": [
            "Leia a reclamação do cliente e indique: categoria, setor responsável e nível de confiança (baixa/média/alta). Uma linha de justificativa no fim.\n{p}",
            "Preciso que você extraia número do pedido, nome do cliente e endereço de entrega deste formulário digitalizado, em CSV com cabeçalho.",
            "Nosso pipeline de RH recebe currículos. Para o texto abaixo, retorne: área de atuação, anos de experiência, nível (júnior/pleno/sênior). Sem comentários extras. {p}",
            "Classifique esse chamado do Zendesk como bug, dúvida ou solicitação. Se não tiver certeza, responda 'revisão manual'.",
        ],
        "de": [
            "Ordne die folgende Kundenanfrage einem Team zu (Vertrieb, Buchhaltung, IT-Support, Logistik). Gib zusätzlich eine Konfidenz zwischen 0 und 1 und eine einzeilige Begründung aus.\n\nAnfrage:\n{p}",
            "Extrahiere aus dem Lieferschein: Lieferantennummer, Artikelnummern, Mengen, Lieferdatum. Ausgabe als Tabelle mit genau diesen Spalten.",
            "Bitte die Schadensmeldung einordnen: Versicherungssparte, geschätzte Dringlichkeit, Hinweis auf möglichen Betrug ja/nein, jeweils mit kurzer Begründung. {p}",
            "Kategorisiere das Mitarbeiterfeedback aus der Umfrage nach Themenfeldern (Führung, Gehalt, Arbeitszeit, Sonstiges). Pro Kommentar genau ein Thema.",
        ],
        "fr": [
            "Analyse ce ticket client et renvoie uniquement : catégorie ; priorité ; équipe ; justification (une phrase). Respecte l'ordre des champs. {p}",
            "Dans le cadre de notre outil interne de conformité, indique si le document ci-dessous contient des données personnelles (oui/non), lesquelles, et ton niveau de confiance.",
            "Extrais de ce bon de commande : référence client, produits, quantités, date de livraison souhaitée. Si une info manque, écris « inconnu ».\n\n{p}",
            "Tri automatique des avis Google : pour chaque avis, donne un score de sentiment de -1 à 1 et le thème principal (accueil, prix, qualité, attente).",
        ],
    },
    "translation": {
        "ar": [
            "ترجم النص التالي إلى الإنجليزية مع الحفاظ على الأسلوب الرسمي، وإذا كانت هناك كلمات صعبة الترجمة اشرح لماذا اخترت المقابل الذي اخترته.\n\n{p}",
            "ممكن تترجم هذه الفقرة للفرنسية؟ هي من مقال عن كيف يفكر الأطفال ويحلون المشكلات، فحافظ على المصطلحات التربوية.",
            "أحتاج ترجمة دقيقة لمعايير التصحيح هذه من العربية إلى الإنجليزية لأن في المدرسة معلمين أجانب: {p}",
            "ما الفرق بين ترجمة «reasoning» بـ«استدلال» و«تعليل» و«تفكير»؟ أيها أنسب في سياق ورقة علمية عن الذكاء الاصطناعي؟",
        ],
        "es": [
            "Traduce al inglés este correo para un cliente, manteniendo el tono cercano pero profesional: {p}",
            "¿Me traduces al alemán este párrafo sobre cómo los jueces exponen su razonamiento en las sentencias? Si algún término jurídico no tiene equivalente exacto, coméntalo.",
            "Necesito pasar a español neutro (para Latinoamérica) este texto escrito en español de España. Señala los cambios que hagas y por qué.\n\n{p}",
            "Traduce la rúbrica de evaluación de mi asignatura al portugués. Son criterios como 'argumentación', 'coherencia' y 'uso de fuentes'.",
        ],
        "pt": [
            "Traduz pro inglês, por favor, mantendo o tom informal:\n\n{p}",
            "Preciso traduzir um capítulo sobre pensamento crítico do inglês para o português de Portugal. Pode me ajudar e comentar as escolhas de vocabulário que não forem óbvias?",
            "Tradução técnica: passar este manual de instruções do alemão para o português brasileiro. Mantenha as unidades e os avisos de segurança em caixa alta. {p}",
            "Como você traduziria 'to grade on a curve' para o português? Explique as opções e qual soa mais natural no Brasil.",
        ],
        "de": [
            "Bitte ins Englische übersetzen, Ton beibehalten (eher locker, ist für unseren Firmenblog): {p}",
            "Übersetze den folgenden Abschnitt aus einem Philosophie-Aufsatz über Kants Begriff der Urteilskraft ins Französische und erkläre kurz, wie du die schwierigen Fachbegriffe wiedergegeben hast.\n\n{p}",
            "Wie übersetzt man 'Bewertungsmaßstab' am besten ins Englische – 'grading scale', 'rubric' oder 'benchmark'? Kommt wohl auf den Kontext an, oder?",
            "Kannst du mir die Bedienungsanleitung ins Spanische übertragen? Zielgruppe sind Senioren, also bitte einfache Sprache.",
        ],
        "fr": [
            "Traduis ce texte en anglais en gardant l'humour de l'original. Si un jeu de mots ne passe pas, propose une alternative et explique-la.\n{p}",
            "Bonjour, pourriez-vous traduire en arabe ce courrier administratif ? Il s'agit d'une convocation à un entretien.",
            "J'ai un passage d'un manuel de logique qui explique la différence entre déduction et induction. Tu peux le traduire en espagnol ? {p}",
            "« Faire le raisonnement inverse » — comment dirais-tu ça en anglais de façon naturelle ? Donne deux ou trois options avec les nuances.",
        ],
    },
    "essay_feedback": {
        "ar": [
            "أنا معلمة لغة عربية، أرجو تقييم هذا التعبير حسب المعايير: الفكرة، التنظيم، اللغة، الإملاء — كل معيار من 5 مع تعليق قصير.\n\n{p}",
            "كتبت مقال عن التغير المناخي للجامعة، ممكن تقولي نقاط القوة والضعف وكم تتوقع درجتي من 20؟",
            "راجع مقالتي من حيث تسلسل الأفكار والحجج فقط، لا تعدّل الأسلوب. {p}",
            "هذا سلم التقدير الذي يستخدمه قسمنا. طبّقه على موضوع الطالب وأعطني ملاحظات أستطيع أن أكتبها له على الهامش.",
        ],
        "es": [
            "Soy profe de lengua en secundaria. Evalúa esta redacción con la rúbrica: contenido (0-4), estructura (0-3), ortografía (0-3). Añade un comentario breve por criterio.\n\n{p}",
            "me puedes dar feedback sincero de mi ensayo para la selectividad? No me lo corrijas entero, solo dime qué mejorar",
            "Este es el comentario de texto de un alumno de 2º de Bachillerato: {p}\n¿Qué nota le pondrías sobre 10 y por qué?",
            "Tengo que devolver correcciones a 30 alumnos y quiero ser justa. Aplica estos criterios y señala dos fortalezas y dos aspectos a mejorar.",
        ],
        "pt": [
            "Corrige minha redação do ENEM pelas 5 competências? Quero a nota de cada uma (0 a 200) e o que eu posso melhorar.\n\n{p}",
            "Sou professor de história e gostaria de uma segunda opinião sobre esta dissertação. Os critérios são: argumentação, uso de fontes e clareza.",
            "Meu texto tá muito repetitivo? Me dá um feedback honesto, pode ser direto. {p}",
            "Avalie o ensaio do aluno segundo a rubrica anexa e justifique cada pontuação com um trecho do próprio texto.",
        ],
        "de": [
            "Ich bin Deutschlehrerin und möchte eine Erörterung bewerten. Kriterien: Inhalt, Aufbau, Sprache, Rechtschreibung – jeweils Punkte von 1 bis 5 plus kurzer Kommentar. {p}",
            "Kannst du die Einleitung meiner Bachelorarbeit durchlesen und mir sagen, ob die Forschungsfrage klar genug ist?",
            "Bitte gib Feedback zu diesem Schüleraufsatz, so formuliert, dass ein 14-Jähriger es versteht und motiviert bleibt:\n\n{p}",
            "Welche Note (1–6) würdest du für diesen Aufsatz geben, wenn der Erwartungshorizont vor allem auf die Argumentation achtet? Bitte begründen.",
        ],
        "fr": [
            "Prof de français en 3e : pouvez-vous évaluer cette rédaction selon la grille suivante (compréhension du sujet /5, organisation /5, langue /10) avec un commentaire par critère ? {p}",
            "J'ai écrit ma dissertation de philo sur « Peut-on se fier à son intuition ? ». Tu peux me dire si mon plan tient la route ?",
            "Relis ma lettre de motivation pour un master et dis-moi ce qui accroche et ce qui est maladroit. Pas besoin de la réécrire.\n\n{p}",
            "Pour une copie d'élève, donne une appréciation globale de deux ou trois lignes comme on en met sur un bulletin, plus une note sur 20.",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار وحدة: 10 عملاء بأسماء عربية، أرقام جوال بصيغة سعودية، ومدن مختلفة. اجعلها بصيغة CSV.",
            "اكتب لي حالات حدّية (edge cases) لاختبار دالة تحلل التواريخ، مثل 29 فبراير والتواريخ الهجرية والصيغ الغريبة. {p}",
            "عندي جدول بهذه الأعمدة: {p}\nولّد 20 صفاً وهمياً لقاعدة بيانات العرض التجريبي، بقيم منطقية.",
            "محتاج ملف JSON فيه منتجات وهمية لمتجر إلكتروني علشان أجرب الواجهة الأمامية، حوالي 15 منتج بأسعار بالريال.",
        ],
        "es": [
            "Genera un CSV de 25 clientes ficticios (nombre, email, país, fecha de alta) para la base de datos de demo. Que los emails usen el dominio example.com.",
            "Necesito fixtures para pytest de este modelo: {p} Incluye al menos un caso con campos vacíos y otro con caracteres raros (ñ, tildes, emojis).",
            "¿Qué inputs raros debería probar en mi parser de CSV? Comillas dentro de campos, saltos de línea, BOM... dame una lista lo más completa posible.",
            "Hazme datos de prueba para un formulario de registro: válidos e inválidos, y marca cuáles deberían fallar la validación.\n\n{p}",
        ],
        "pt": [
            "Preciso de dados fake pra popular um banco de testes: 30 pedidos com id, cliente, valor e status (pago, pendente, cancelado).",
            "Gera uns mocks de resposta dessa API pra eu usar nos testes do front:\n{p}",
            "Quais casos extremos eu deveria testar nessa função de validação de CPF? Lista os inputs e o resultado esperado de cada um.",
            "Escreva um script SQL com INSERTs de exemplo para esta tabela, com uns 10 registros realistas. {p}",
        ],
        "de": [
            "Für einen Unit-Test brauche ich Beispieldaten: 12 fiktive Mitarbeiter mit Name, Abteilung, Eintrittsdatum und Gehalt. Bitte als CSV.",
            "Welche Grenzfälle sollte ich für meinen Parser für deutsche Zahlenformate testen? Also 1.000,50 vs. 1,000.50, negative Zahlen usw. {p}",
            "Erzeug mir bitte Testdaten für diese Tabellenstruktur, inkl. ein paar absichtlich kaputter Datensätze für die Fehlerbehandlung:\n\n{p}",
            "Ich baue eine Demo für einen Kunden und brauche realistisch wirkende, aber komplett erfundene Adressen in Österreich und der Schweiz.",
        ],
        "fr": [
            "Tu peux me générer un jeu de données fictif de 20 clients (nom, prénom, ville, code postal, date de naissance) pour une démo ? Format CSV avec point-virgule comme séparateur.",
            "J'écris des tests pour un parseur d'adresses e-mail. Donne-moi une liste de cas limites, valides et invalides, avec le résultat attendu. {p}",
            "Besoin de fixtures YAML pour ce modèle Django :\n{p}",
            "Génère quelques lignes de logs Apache réalistes, dont certaines avec des erreurs 500, pour tester mon script d'analyse.",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص محضر الاجتماع التالي في نقاط: القرارات، المهام وأصحابها، والمواعيد النهائية.\n\n{p}",
            "اقرأ هذه الورقة البحثية عن قدرة النماذج اللغوية على الاستدلال، ولخّص الحجج الرئيسية والخطوات التي اتبعها الباحثون في تجاربهم. {p}",
            "أعطني ملخصاً من ثلاث جمل لهذا التقرير، أريد أن أرسله لمديري.",
            "ممكن تختصر لي هذا الفصل من الكتاب؟ عندي امتحان بكرة وما في وقت أقرأه كله",
        ],
        "es": [
            "Resúmeme este artículo en 5 puntos clave, manteniendo los argumentos principales del autor: {p}",
            "Acta de la reunión de ayer, hazme un resumen para mandar al equipo: qué se decidió, quién hace qué y para cuándo.",
            "Necesito un resumen ejecutivo de este informe trimestral, máximo una página, destacando riesgos y cifras.\n\n{p}",
            "tl;dr de este hilo de correos porfa, me he perdido",
        ],
        "pt": [
            "Resume essa reunião pra mim em tópicos? Principalmente os próximos passos. {p}",
            "Faça um resumo do artigo abaixo para um público leigo, sem jargão, em no máximo dois parágrafos.\n\n{p}",
            "Quais são os principais argumentos desse texto e como o autor chega à conclusão dele? Quero entender a linha de raciocínio.",
            "Me dá um resumo do livro 'Rápido e Devagar' do Kahneman, focando nos dois sistemas de pensamento.",
        ],
        "de": [
            "Bitte fass das Protokoll kurz zusammen: Beschlüsse, offene Punkte, Verantwortliche. {p}",
            "Fasse das Paper zusammen – wir besprechen es im Lesekreis. Mich interessiert vor allem, wie die Autoren ihre Hypothese getestet haben und wo die Schwächen liegen.\n\n{p}",
            "Kurze Zusammenfassung des Gesetzentwurfs bitte, so dass ich weiß, was sich für Vermieter ändert.",
            "Kannst du den Vortrag in 3–4 Sätzen zusammenfassen? Ich muss morgen im Team kurz darüber berichten.",
        ],
        "fr": [
            "Résume ce compte rendu de réunion en une dizaine de lignes, en gardant les décisions et les points en suspens.\n\n{p}",
            "Voici l'introduction et la conclusion d'une thèse en sciences cognitives sur la prise de décision. Peux-tu en dégager la problématique et les grandes étapes de la démarche ? {p}",
            "Fais-moi une synthèse de ce rapport pour le comité de direction, ton neutre, pas plus de 200 mots.",
            "Je n'ai pas le temps de lire tout le fil Slack, c'est quoi l'essentiel ?",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع خطأ IndexError وما عرفت السبب. ممكن تمشي عليه سطر سطر وتقولي شو قيمة المتغيرات في كل مرحلة؟\n\n{p}",
            "لماذا تعطي هذه الدالة نتيجة خاطئة عندما يكون المدخل رقماً سالباً؟ تتبّع القيم خطوة بخطوة. {p}",
            "البرنامج يشتغل عندي على ويندوز ويخرب على السيرفر (لينكس). من وين أبدأ أدور على المشكلة؟",
            "عندي حلقة تكرار ما تنتهي أبداً، اشرح لي ليش يصير كذا وكيف أصلحها",
        ],
        "es": [
            "No entiendo por qué este bucle se salta el último elemento. ¿Me explicas línea por línea qué hace? {p}",
            "Me da un NullPointerException en producción pero en local va bien. Te paso el stack trace:\n\n{p}\n\n¿Qué puede estar pasando?",
            "¿Puedes trazar los valores de las variables en cada iteración? Creo que el fallo está en el índice pero no lo veo.",
            "Mi test falla de forma intermitente, una de cada cinco veces más o menos. ¿Qué causas típicas hay para eso y cómo las investigo?",
        ],
        "pt": [
            "Esse código em Python devia somar os valores mas tá retornando None. Pode explicar linha por linha o que tá acontecendo?\n{p}",
            "Alguém me explica por que esse useEffect tá rodando em loop infinito?? {p}",
            "Dá pra fazer um teste de mesa dessa função recursiva pra mim? Mostra os valores de n a cada chamada.",
            "Meu script funcionava ontem e hoje dá erro de encoding (UnicodeDecodeError). Não mudei nada. O que pode ser?",
        ],
        "de": [
            "Warum crasht das hier mit einem Segfault? Geh bitte Zeile für Zeile durch und erklär mir, was im Speicher passiert.\n\n{p}",
            "Die Funktion liefert bei großen Eingaben falsche Ergebnisse, vermutlich ein Overflow. Kannst du die Werte Schritt für Schritt nachverfolgen? {p}",
            "hab ne race condition in meinem go-code glaub ich, wie finde ich die am besten?",
            "Mein Regex matcht nicht, obwohl er auf regex101 funktioniert. Woran könnte das liegen?",
        ],
        "fr": [
            "Mon script plante avec « KeyError: 'id' » et je ne comprends pas pourquoi. Tu peux me dérouler ce que fait le code ligne par ligne ? {p}",
            "Pourquoi ma boucle affiche 10 fois la même valeur au lieu de 0 à 9 ? C'est du JavaScript avec des closures, je crois.\n\n{p}",
            "Peux-tu suivre l'exécution pas à pas avec l'entrée [3, 1, 2] et me dire à quel moment le tri se trompe ?",
            "Bonjour, ma requête SQL renvoie des doublons depuis que j'ai ajouté une jointure. Une idée de la cause ?",
        ],
    },
}
