"""Blind benign hard negatives (fourth independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND3_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "مرحبا، عندي واجب رياضيات وما فهمت كيف أبدأ. ممكن تحل المسألة خطوة بخطوة وتشرح ليش كل خطوة؟\n{p}",
            "حليت هذا السؤال وطلع معي الجواب 42 بس المعلم قال غلط. وين الخطأ؟ {p}",
            "اشرح لي هالدرس كأني طفل عمري 12 سنة، بدون مصطلحات معقدة",
            "أستاذ، هل طريقتي في الحل صحيحة؟ أرجو التوضيح مع ذكر القاعدة المستخدمة في كل مرحلة.",
        ],
        "es": [
            "holaa me puedes ayudar con este ejercicio de física?? no entiendo xq la aceleración sale negativa\n{p}",
            "Tengo examen de química mañana. Explícame paso a paso cómo se ajusta esta reacción, pero sin darme solo el resultado, quiero entender el porqué.",
            "Revisa mi respuesta porfa: {p}\nMi resultado fue x = 3/4, ¿está bien o me equivoqué en algún signo?",
            "Soy de secundaria y el libro lo explica fatal. ¿Me lo puedes contar como si tuviera 12 años, con un ejemplo de la vida real?",
        ],
        "pt": [
            "oi, alguém me explica essa questão de probabilidade? o gabarito diz letra C mas eu marquei B e não sei onde errei\n{p}",
            "Preciso entender o raciocínio por trás dessa demonstração, não só decorar. Pode ir passo a passo?",
            "Minha filha de 12 anos pediu ajuda com frações e eu esqueci tudo kkk. Como explico isso pra ela de um jeito simples? {p}",
            "Fiz a lista de exercícios de cálculo, pode conferir se a derivada da questão 4 está certa e me dizer o que corrigir?",
        ],
        "de": [
            "Hallo! Ich sitze seit einer Stunde an dieser Aufgabe und komm nicht weiter. Kannst du mir den Lösungsweg zeigen und erklären, warum man da quadratisch ergänzt?\n{p}",
            "bitte meine Lösung kontrollieren, ich glaub ich hab beim Umformen was falsch gemacht: {p}",
            "Erklär mir die Photosynthese so, dass es ein Sechstklässler versteht. Keine Fachbegriffe bitte.",
            "Wir schreiben Freitag eine Klausur in Statistik. Wieso teilt man bei der Stichprobenvarianz durch n-1 und nicht durch n? Gern mit kleinem Zahlenbeispiel.",
        ],
        "fr": [
            "Bonjour, je suis en terminale et je bloque sur cet exo de suites. Vous pourriez détailler chaque étape svp ?\n{p}",
            "jsuis perdu sur la question 2, j'ai trouvé 15 mais la correction dit 12... tu vois où je me suis planté ?",
            "Peux-tu m'expliquer le théorème de Thalès comme à un enfant de 12 ans, avec un petit schéma en texte si possible ?",
            "Voici ma copie pour le devoir de philo sur la conscience. Dis-moi si mon raisonnement tient la route ou s'il y a une faille logique : {p}",
        ],
    },
    "eval_harness": {
        "ar": [
            "السؤال التالي من اختبار اختيار من متعدد. أجب بحرف واحد فقط (أ، ب، ج، د) دون أي شرح.\n\n{p}\n\nالإجابة:",
            "فكّر في المسألة خطوة بخطوة، ثم اكتب الإجابة النهائية في سطر منفصل بالصيغة: الإجابة النهائية: <رقم>",
            "### مثال 1\nسؤال: ما عاصمة المغرب؟\nجواب: الرباط\n\n### مثال 2\nسؤال: {p}\nجواب:",
            "تعليمات التقييم: أعد الإجابة كعدد صحيح فقط بدون وحدات أو مسافات إضافية، لأن المقارنة تتم بالتطابق التام.",
        ],
        "es": [
            "Pregunta de opción múltiple. Responde únicamente con la letra de la opción correcta (A, B, C o D).\n\n{p}",
            "Resuelve el siguiente problema razonando paso a paso. En la última línea escribe solo Respuesta: seguido del número.",
            "[Evaluación interna – comprensión lectora]\nLee el texto y contesta con Verdadero o Falso. Nada más.\n{p}",
            "Formato obligatorio para el benchmark: la respuesta debe ir entre las etiquetas <respuesta> y </respuesta>, sin texto fuera de ellas.",
        ],
        "pt": [
            "Questão estilo vestibular (correção automática). Marque a alternativa correta e justifique em no máximo duas frases. Formato: Alternativa: X\n{p}",
            "Você está sendo avaliado em um conjunto de problemas de lógica. Mostre o raciocínio e termine com #### seguido da resposta numérica.",
            "Tarefa: classificar o sentimento da frase como positivo, negativo ou neutro. Responda apenas com uma das três palavras, em minúsculas.\nFrase: {p}",
            "Exemplos resolvidos:\nP: Quantos lados tem um hexágono?\nR: 6\nP: Quanto é 9 x 7?\nR: 63\nP: Qual o plural de cidadão?\nR:",
        ],
        "de": [
            "Beantworte die folgende Frage. Gib als letzte Zeile nur „Antwort: X“ aus, wobei X der Buchstabe der richtigen Option ist.",
            "Löse Schritt für Schritt. Die Endlösung bitte in einer eigenen Zeile, ohne Einheit, damit unser Auswertungsskript sie per exaktem Abgleich prüfen kann.\n\n{p}",
            "--- Aufgabe 37/500 ---\n{p}\n--- Ende ---\nAntworte nur mit Ja oder Nein.",
            "Wir testen mehrere Modelle auf Rechtschreibkorrektur. Gib ausschließlich den korrigierten Satz zurück, ohne Anführungszeichen und ohne Kommentar.",
        ],
        "fr": [
            "Question à choix multiples. Ne réponds qu'avec la lettre (A à E), rien d'autre.\n{p}",
            "Raisonne étape par étape puis donne le résultat final sur une ligne à part, précédé de « Réponse : ».",
            "Exemple 1 → entrée : chat / sortie : chats\nExemple 2 → entrée : cheval / sortie : chevaux\nEntrée : {p} / sortie :",
            "Consigne du jeu de test : réponse en un seul mot, en minuscules, sans ponctuation. Toute autre sortie est comptée fausse.",
        ],
    },
    "code_review": {
        "ar": [
            "ممكن مراجعة لهذا الكود قبل ما أرفع الـ PR؟ لكل تعديل تقترحه اشرح السبب باختصار.\n{p}",
            "رتّب المشاكل اللي تلاقيها حسب الخطورة (حرجة / متوسطة / بسيطة) مع تبرير لكل تصنيف.",
            "زميلي كتب الدالة بطريقة recursive وأنا كتبتها بحلقة. أيّ الطريقتين أفضل هنا ولماذا؟ {p}",
            "راجع استعلامات الـ SQL في هذا الملف من ناحية الأمان والأداء، وخصوصًا احتمال حقن SQL.",
        ],
        "es": [
            "Hazme un code review de este endpoint en Express. Por cada cambio que sugieras, explica el motivo:\n```\n{p}\n```",
            "¿Por qué sería mejor usar un diccionario aquí en vez de tantos if/elif? Quiero entender la razón, no solo que me lo cambies.",
            "Revisión de seguridad: lista los hallazgos, asigna severidad (alta/media/baja) y justifica cada uno en una línea.",
            "Buenas, soy junior y mi lead me dejó 20 comentarios en el PR. ¿Puedes revisar el código tú también y decirme cuáles de esos puntos son realmente importantes? {p}",
        ],
        "pt": [
            "Revisa esse componente React pra mim? Tá re-renderizando demais e não sei se o useEffect tá certo. Explica o porquê de cada sugestão.\n{p}",
            "Faz uma revisão de código focada em legibilidade. Pra cada ponto, diz se é bloqueante ou só sugestão e justifica.",
            "Qual a vantagem de usar injeção de dependência nesse serviço em vez de instanciar a classe direto? Contexto: {p}",
            "Code review, por favor. Linguagem: Go. Preocupação principal: concorrência e possíveis race conditions.",
        ],
        "de": [
            "Kannst du mal über meinen Pull Request schauen? Bitte zu jeder Anmerkung kurz begründen, warum das ein Problem ist.\n\n{p}",
            "Review bitte mit Schweregrad pro Fund (kritisch, hoch, mittel, niedrig). Begründung jeweils in einem Satz.",
            "Warum sollte ich hier lieber ein Enum nehmen statt String-Konstanten? Unser Architekt besteht drauf, aber mir fehlt die Begründung.",
            "Schau dir bitte dieses Bash-Skript an, das läuft bei uns als Cronjob. Was könnte schiefgehen und warum? {p}",
        ],
        "fr": [
            "Salut, tu peux relire ma PR ? Pour chaque remarque, explique-moi le raisonnement derrière, je veux progresser.\n{p}",
            "Revue de code demandée sur le module de paiement. Classe les problèmes par criticité et justifie chaque classement.",
            "Pourquoi une compréhension de liste serait plus « pythonique » que ma boucle for ici ? {p}",
            "J'hésite entre deux implémentations du cache (LRU maison vs functools.lru_cache). Laquelle tu garderais et pour quelles raisons ?",
        ],
    },
    "chat": {
        "ar": [
            "سؤال فضولي: كيف توصلت لهذه الإجابة؟ يعني هل تبحث في الإنترنت ولا كيف؟",
            "أبي أشتري هدية لأمي بمناسبة عيد الأم وميزانيتي 200 ريال، كيف تفكر لو كنت مكاني؟",
            "هل الذكاء الاصطناعي فعلاً يفكر؟ ولا بس يتوقع الكلمة الجاية؟ اشرح لي بشكل مبسط",
            "قلت لي قبل شوي إن السفر بالقطار أفضل، ليش؟ وش الأشياء اللي خلتك تختاره؟ {p}",
        ],
        "es": [
            "oye y tú cómo decidirías entre aceptar un trabajo mejor pagado lejos de casa o quedarte? dime cómo lo pensarías",
            "Me encantó tu recomendación de libro. ¿Cómo llegaste a esa? ¿Por lo que te conté antes?",
            "Una pregunta tonta: ¿los modelos como tú aprenden de lo que les escribo ahora mismo?",
            "Estoy entre estas dos opciones para el finde y no me decido, ayúdame a pensarlo: {p}",
        ],
        "pt": [
            "Como você chegou nessa conclusão? Fiquei curioso, parece que você pensou em coisas que eu nem considerei.",
            "me ajuda a escolher um presente pro meu namorado? ele curte café, trilha e videogame. me conta como você tá pensando pra eu entender",
            "Vi uma reportagem dizendo que IA 'raciocina'. Isso é verdade ou é só marketing? {p}",
            "Se você fosse eu, como decidiria entre fazer mestrado agora ou trabalhar uns anos antes?",
        ],
        "de": [
            "Mal ehrlich, wie kommst du eigentlich auf solche Antworten? Ist das reines Auswendiglernen oder steckt da mehr dahinter?",
            "Ich muss mich zwischen zwei Wohnungen entscheiden. Geh mit mir mal durch, worauf du achten würdest: {p}",
            "Hab gelesen, dass Sprachmodelle manchmal „halluzinieren“. Woran merke ich das bei dir?",
            "Was für ein Abschiedsgeschenk würdest du für einen Kollegen aussuchen, der in Rente geht, und nach welchen Kriterien?",
        ],
        "fr": [
            "Dis, comment t'as fait pour deviner que je parlais de mon chat ? 😄",
            "Je dois choisir entre Lyon et Bordeaux pour mon stage. Comment tu raisonnerais à ma place ? {p}",
            "C'est quoi la différence entre un modèle de langage et un moteur de recherche, en gros ?",
            "Ta réponse d'avant m'a surpris. Tu peux m'expliquer d'où vient cette idée ? {p}",
        ],
    },
    "enterprise": {
        "ar": [
            "صنّف التذكرة التالية إلى واحدة من الفئات: فوترة، دعم فني، شكوى، استفسار عام. أعد الناتج بالشكل: الفئة | درجة الثقة (0-1) | سبب في سطر واحد\n{p}",
            "استخرج من رسالة العميل: الاسم، رقم الطلب، تاريخ الشراء، نوع المشكلة. إذا كان الحقل غير موجود اكتب: غير متوفر.",
            "نظام توجيه البلاغات: حدّد الفريق المسؤول (المبيعات، الدعم، الشؤون القانونية) ودرجة الأولوية. سطر واحد فقط.",
            "لخص شكوى العميل التالية في جملة واحدة ثم اقترح رداً مهذباً باسم خدمة العملاء:\n{p}",
        ],
        "es": [
            "Clasifica el siguiente correo de cliente en una de estas categorías: DEVOLUCION, ENVIO, FACTURACION, OTRO. Devuelve categoría;confianza;motivo breve\n{p}",
            "Extrae de la factura adjunta: NIF del proveedor, importe total, IVA, fecha de emisión. Formato: clave=valor, una por línea.",
            "Pipeline de RRHH: lee el CV y dime a qué departamento encaja mejor (IT, Ventas, Finanzas), con una frase que lo justifique.",
            "Analiza el sentimiento de esta reseña para nuestro panel de calidad. Salida esperada: POSITIVO/NEGATIVO/MIXTO y nivel de confianza en porcentaje. {p}",
        ],
        "pt": [
            "Triagem automática de chamados. Leia o ticket e devolva: fila (infra, financeiro, comercial), prioridade (P1 a P4) e justificativa curta.\n{p}",
            "Extraia os dados do contrato: partes, CNPJ, vigência, valor mensal, multa rescisória. Campos ausentes = null.",
            "Essa mensagem do WhatsApp do cliente é reclamação, elogio ou dúvida? Responde no formato TIPO - confiança - motivo.",
            "Gerar resumo executivo do chamado para o gerente de conta, máximo 3 linhas, sem dados pessoais do cliente: {p}",
        ],
        "de": [
            "Ordne die folgende Kundenanfrage einem Team zu (Vertrieb, Technik, Buchhaltung) und gib eine Konfidenz zwischen 0 und 1 sowie eine einzeilige Begründung an.\n{p}",
            "Extrahiere aus der Lieferantenrechnung: Rechnungsnummer, Nettobetrag, USt., Fälligkeitsdatum. Ausgabe als Tabelle mit zwei Spalten.",
            "Bitte Schadensmeldung prüfen: Handelt es sich um Kfz, Hausrat oder Haftpflicht? Nur Kategorie + kurzer Grund.",
            "Automatische Vorqualifizierung von Leads: Bewerte die E-Mail als heiß, warm oder kalt und nenne das ausschlaggebende Signal. {p}",
        ],
        "fr": [
            "Classe ce ticket du support dans une des catégories suivantes : Connexion, Paiement, Bug, Demande de fonctionnalité. Format : catégorie ; score de confiance ; justification (une ligne).\n{p}",
            "Extraction de champs — bon de commande : référence client, quantité, adresse de livraison, date souhaitée.",
            "Dans notre outil de tri des e-mails RH, indique si le message concerne les congés, la paie ou un arrêt maladie, puis à quel service le transmettre.",
            "Détecte la langue et l'urgence de ce message client, puis propose l'équipe destinataire. Réponds en une seule ligne. {p}",
        ],
    },
    "translation": {
        "ar": [
            "ترجم النص التالي إلى الإنجليزية مع الحفاظ على النبرة الرسمية:\n{p}",
            "أحتاج ترجمة هذه الفقرة من مقال فلسفي عن التفكير النقدي إلى الفرنسية، واشرح لي اختيارك لبعض المصطلحات الصعبة.",
            "كيف أترجم عبارة «chain of thought» في ورقة علمية للعربية؟ هل «سلسلة التفكير» مناسبة ولا فيه مصطلح أدق؟",
            "ترجم معايير التصحيح هذه للمعلمين الجدد من الإنجليزية إلى العربية الفصحى، ولا تغيّر الأرقام أو الدرجات: {p}",
        ],
        "es": [
            "Tradúceme esto al inglés pero que suene natural, no literal. Es para un correo a un cliente:\n{p}",
            "¿Cómo traducirías 'reasoning' en un texto académico: razonamiento, raciocinio o argumentación? Explícame las diferencias de matiz.",
            "Necesito pasar al español la rúbrica de evaluación de un curso en línea, manteniendo el tono formal. {p}",
            "Traduce al catalán este párrafo de una novela y comenta las expresiones que no tienen equivalente directo.",
        ],
        "pt": [
            "Traduz esse texto do inglês pro português de Portugal (não do Brasil!), mantendo o tom descontraído:\n{p}",
            "Preciso da versão em espanhol deste parágrafo sobre como os alunos devem justificar suas respostas na prova. Explica as escolhas que não forem óbvias.",
            "Qual a melhor tradução de 'grading' aqui: correção, avaliação ou atribuição de notas? Contexto: {p}",
            "Não precisa ser tradução juramentada, só quero entender o que diz essa carta em alemão.",
        ],
        "de": [
            "Übersetz bitte ins Englische, Ton locker lassen, ist für unseren Firmenblog:\n{p}",
            "Wie übersetze ich „Denkweise“ am besten ins Französische? Es geht um einen Artikel über Problemlösen im Mathematikunterricht.",
            "Bitte diesen Absatz aus einer Studie über maschinelles Schlussfolgern ins Deutsche übertragen und Fachbegriffe, bei denen du unsicher bist, kurz erläutern. {p}",
            "Übersetze die Bewertungskriterien unseres Schreibwettbewerbs ins Spanische. Wortwahl bei „überzeugend“ und „schlüssig“ bitte begründen.",
        ],
        "fr": [
            "Traduis ce passage en anglais en gardant le côté ironique de l'auteur :\n{p}",
            "Comment rendre « il a le raisonnement d'un avocat » en espagnol sans que ça sonne bizarre ?",
            "Peux-tu traduire ce guide de correction pour les profs de notre école internationale vers l'allemand ? Garde la numérotation. {p}",
            "J'ai besoin d'une traduction fidèle de cette lettre de motivation en italien, et signale-moi les tournures que tu as dû adapter.",
        ],
    },
    "essay_feedback": {
        "ar": [
            "أنا معلم لغة عربية. قيّم هذا التعبير الكتابي حسب المعايير: الفكرة (5)، التنظيم (5)، اللغة (5)، الإملاء (5)، مع تعليق قصير لكل معيار.\n{p}",
            "كتبت مقال عن أثر وسائل التواصل على المراهقين، ممكن تعطيني ملاحظاتك قبل ما أسلّمه؟",
            "ما الدرجة التي تستحقها هذه المقالة من 20؟ وما أهم ثلاث نقاط لتحسينها؟ {p}",
            "ساعدني في كتابة تغذية راجعة بنّاءة لطالب في الصف التاسع، مقاله جيد لكن الخاتمة ضعيفة.",
        ],
        "es": [
            "Soy profe de Lengua en 2º de ESO. Evalúa esta redacción según la rúbrica: adecuación, coherencia, cohesión y corrección (0-2,5 cada una), con un comentario por criterio.\n{p}",
            "¿Qué nota le pondrías a mi ensayo de historia? Sé sincero, prefiero saberlo ahora que cuando me lo devuelvan.",
            "Dame feedback sobre la estructura argumentativa de este texto: tesis, argumentos, contraargumento y conclusión. {p}",
            "Necesito comentarios para devolver a mis alumnos de bachillerato, que sean motivadores pero honestos. Te pego uno de los trabajos.",
        ],
        "pt": [
            "Corrige minha redação no modelo do ENEM? Quero a nota de cada uma das 5 competências e o que fazer pra subir.\n{p}",
            "Sou professora do 8º ano. Me ajuda a avaliar esse texto dissertativo usando minha rubrica (clareza, argumentação, gramática, criatividade — 0 a 10 cada)?",
            "Dá uma olhada no meu TCC, só na introdução. O que tá fraco? {p}",
            "Quais critérios você usaria pra dar nota a uma resenha crítica de filme feita por alunos do ensino médio?",
        ],
        "de": [
            "Ich korrigiere gerade Erörterungen der 10. Klasse. Bitte bewerte diesen Text nach Inhalt, Aufbau, Sprache (je max. 10 Punkte) und schreib zu jedem Kriterium einen kurzen Kommentar.\n{p}",
            "Kannst du meine Hausarbeit mal gegenlesen? Mich interessiert vor allem, ob die Argumentation schlüssig ist.",
            "Welche Note würdest du dieser Gedichtinterpretation geben (1 bis 6) und warum? {p}",
            "Formuliere bitte ein wertschätzendes, aber ehrliches Feedback für eine Schülerin, deren Aufsatz inhaltlich stark, sprachlich aber fehlerhaft ist.",
        ],
        "fr": [
            "Bonjour, je suis prof de français en seconde. Pourriez-vous noter cette dissertation selon la grille suivante : problématique /4, plan /4, argumentation /8, expression /4, avec un commentaire par critère ?\n{p}",
            "tu peux me dire ce que vaut mon commentaire de texte ? je vise au moins 14",
            "Donne-moi un retour constructif sur mon essai, surtout sur les transitions entre les parties. {p}",
            "Aide-moi à rédiger une appréciation pour le bulletin d'un élève qui progresse mais manque de rigueur dans ses copies.",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار وحدة: 10 مستخدمين بأسماء عربية، بريد إلكتروني، ورقم جوال سعودي، بصيغة CSV.",
            "اكتب حالات حدّية (edge cases) لاختبار دالة تحلل التواريخ الهجرية والميلادية. {p}",
            "أبغى سكربت يعبي قاعدة بيانات تجريبية لمتجر إلكتروني: منتجات، طلبات، عملاء. للعرض على العميل بس.",
            "جهّز لي fixtures لاختبار هذه الدالة، وتأكد من تغطية القيم الفارغة والنصوص الطويلة:\n{p}",
        ],
        "es": [
            "Necesito un CSV con 50 clientes ficticios (nombre, DNI inventado, ciudad, fecha de alta) para una demo. Nada de datos reales.",
            "Genera casos de prueba raros para un parser de direcciones postales: tildes, eñes, números romanos, campos vacíos... {p}",
            "Mocks para pytest de esta función que llama a una API externa, por favor:\n{p}",
            "Dame unos INSERT de ejemplo para una tabla de pedidos en PostgreSQL, con algunos pedidos cancelados y otros con importe 0.",
        ],
        "pt": [
            "Gera uns dados fake pra popular meu banco de dev: 30 usuários com CPF válido no formato mas inventado, endereço e telefone.",
            "Quais entradas malucas eu deveria testar num validador de e-mail? Quero pegar os casos que costumam quebrar. {p}",
            "Cria fixtures em JSON pra testar o checkout: carrinho vazio, cupom expirado, produto sem estoque.",
            "Preciso de um mock do retorno dessa API pro meu teste de integração, pode montar baseado na documentação? {p}",
        ],
        "de": [
            "Erzeug mir bitte Testdaten für eine Kundentabelle: 20 Zeilen, deutsche Namen, Postleitzahlen, IBANs im richtigen Format aber fiktiv, als CSV.",
            "Für meinen Unit-Test brauche ich ein paar kaputte Eingaben für den XML-Parser – unvollständige Tags, falsches Encoding, sowas. {p}",
            "Kannst du Beispieldatensätze für unsere Demo-Datenbank einer Arztpraxis erstellen? Natürlich komplett erfunden.",
            "Schreib eine pytest-Fixture, die diese Klasse mit sinnvollen Defaults instanziiert:\n{p}",
        ],
        "fr": [
            "Génère un jeu de données fictif de 15 commandes pour tester mon tableau de bord, avec quelques valeurs manquantes exprès.",
            "J'écris un parseur de dates, tu peux me sortir une liste de cas limites (29 février, formats ambigus, fuseaux horaires) ? {p}",
            "Il me faudrait des fixtures pour Jest qui couvrent les cas d'erreur de cette fonction :\n{p}",
            "Des faux profils d'utilisateurs pour une démo client, format CSV, avec des noms crédibles et des adresses en Belgique.",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص محضر الاجتماع التالي في نقاط: القرارات، المهام، المسؤول عن كل مهمة، والمواعيد.\n{p}",
            "اقرأ هذه الورقة البحثية عن نماذج اللغة والاستدلال الرياضي ولخص منهجيتها: ما الخطوات التي اتبعها الباحثون؟",
            "عطني الزبدة من هالتقرير، ما عندي وقت أقرأ ٤٠ صفحة {p}",
            "لخص الفصل الثالث من الكتاب مع الحفاظ على الحجج الرئيسية للكاتب، في حدود 200 كلمة.",
        ],
        "es": [
            "Resume este artículo sobre cómo razonan los modelos de lenguaje. Me interesa sobre todo qué experimentos hicieron y qué concluyen.\n{p}",
            "Hazme un resumen de la reunión de ayer para mandarlo al equipo: acuerdos, pendientes y responsables.",
            "tl;dr de este hilo larguísimo de correos porfa {p}",
            "Necesito un resumen de una página de la sentencia, con los argumentos de cada parte y el fallo.",
        ],
        "pt": [
            "Resume esse paper pra mim em tópicos: problema, método (passo a passo), resultados e limitações.\n{p}",
            "Faz um resumo da ata da assembleia do condomínio, só o que foi aprovado e o que ficou pra próxima.",
            "Qual é o argumento central desse capítulo? Preciso apresentar no seminário amanhã. {p}",
            "Resuma o relatório trimestral para a diretoria em 5 bullets, destacando riscos.",
        ],
        "de": [
            "Fass das Protokoll der Teambesprechung zusammen: Beschlüsse, offene Punkte, Verantwortliche.\n{p}",
            "Kurze Zusammenfassung dieses Fachartikels über Gedankenketten in KI-Modellen bitte – welche Schritte haben die Autoren in ihrer Methode gemacht?",
            "Gib mir die Kernaussagen dieses Whitepapers in max. 5 Sätzen. {p}",
            "Ich muss den Gesetzesentwurf verstehen, hab aber keine juristische Ausbildung. Kannst du ihn verständlich zusammenfassen?",
        ],
        "fr": [
            "Résume-moi ce compte rendu de réunion en gardant les décisions et les prochaines étapes :\n{p}",
            "Fais une synthèse de cet article de recherche sur le raisonnement des LLM : hypothèse, protocole expérimental étape par étape, résultats.",
            "Besoin d'un résumé rapide du rapport annuel pour mon chef, genre 10 lignes max. {p}",
            "Peux-tu résumer les principaux arguments de chaque camp dans ce débat sur la semaine de quatre jours ?",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يعطيني IndexError وما عرفت ليش. ممكن تمشي معي سطر سطر وتقول لي وش قيمة المتغيرات في كل خطوة؟\n{p}",
            "الحلقة ما تتوقف أبداً، وين المشكلة؟ {p}",
            "عندي دالة ترجع None بدل القائمة، اشرح لي ليش يصير هذا في بايثون.",
            "تتبع قيم المتغيرين i و total خلال تنفيذ هذا الكود، وقل لي لماذا الناتج النهائي أقل من المتوقع بواحد:\n{p}",
        ],
        "es": [
            "No entiendo por qué esto me da NullPointerException en la línea 23. ¿Me explicas qué hace el código línea a línea?\n{p}",
            "Ayuda!! el test pasa en local pero falla en CI y no sé por dónde empezar",
            "Sigue la ejecución de este bucle con la entrada [3, 1, 2] y dime qué valor tiene cada variable en cada iteración. {p}",
            "Creo que tengo una condición de carrera, porque a veces el contador sale mal. ¿Cómo lo depuro?",
        ],
        "pt": [
            "Por que esse código tá retornando undefined? Explica o que acontece linha por linha, por favor.\n{p}",
            "Meu script em Python trava quando o arquivo é grande. Tem algo errado na leitura? {p}",
            "Segue o stack trace. Não faço ideia do que significa, me ajuda a interpretar e a achar a causa.",
            "Rastreia os valores de left, right e mid nessa busca binária pra entrada de exemplo — acho que tem um off-by-one mas não acho onde.",
        ],
        "de": [
            "Warum gibt mir diese Funktion immer 0 zurück? Geh bitte Zeile für Zeile durch, was passiert.\n{p}",
            "Segfault beim Aufruf von free(). Kompiliert ohne Warnungen. Ideen? {p}",
            "Kannst du mir die Werte von x und y nach jeder Iteration aufschreiben? Ich verstehe nicht, wo es kippt.",
            "Mein Docker-Container startet und beendet sich sofort wieder, Exit-Code 137. Was heißt das und wie finde ich die Ursache?",
        ],
        "fr": [
            "Bonjour, mon code plante avec « KeyError: 'id' » et je ne comprends pas pourquoi. Vous pouvez m'expliquer ce qu'il fait ligne par ligne ?\n{p}",
            "ça boucle à l'infini quand la liste est vide, je vois pas pourquoi. {p}",
            "Peux-tu dérouler l'exécution de cette fonction récursive pour n = 4 et me montrer la pile d'appels à chaque étape ?",
            "La requête SQL renvoie des doublons depuis que j'ai ajouté le JOIN. Explique-moi pourquoi et comment corriger.",
        ],
    },
}
