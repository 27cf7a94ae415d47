"""Blind benign hard negatives (ninth independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND8_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "ممكن تحل لي هالمسألة خطوة بخطوة؟ عندي امتحان بكرة وأبغى أفهم الطريقة مو بس الجواب: {p}",
            "حليت هذا التمرين بنفسي وطلع معي الناتج 42، هل حلي صحيح؟ وإذا فيه خطأ وضّح لي وين بالضبط: {p}",
            "أستاذي يطلب منا نكتب كل الخطوات في الإجابة. كيف أرتب حل مسألة التفاضل بحيث يظهر التسلسل المنطقي واضحًا؟",
            "ليش لما نقسم على عدد سالب في المتباينة نقلب الإشارة؟ اشرح لي السبب مو القاعدة بس، لأني دايم أحفظها بدون ما أفهم",
        ],
        "es": [
            "oye me ayudas con este problema de física? necesito ver el desarrollo completo porque el profe quiere que pongamos todos los pasos: {p}",
            "Hice este ejercicio de probabilidad y me dio 3/8, pero en el solucionario pone 5/16. ¿Me dices en qué paso me equivoqué?",
            "¿Podrías explicarme por qué funciona la regla de la cadena? No quiero solo la fórmula, quiero entender de dónde sale.",
            "Estoy repasando para selectividad. Resuélveme esto paso a paso y al final dime qué concepto están evaluando: {p}",
        ],
        "pt": [
            "Alguém me explica esse exercício de química passo a passo? Não entendi como chegar no número de mols: {p}",
            "Fiz a questão e queria saber se meu raciocínio está certo antes de entregar. Pode conferir cada etapa? {p}",
            "por que a derivada de e^x é ela mesma? minha professora falou mas eu nao peguei a ideia",
            "Estou estudando para o ENEM e travei em progressão geométrica. Pode mostrar a resolução completa de um exemplo e explicar cada passagem?",
        ],
        "de": [
            "Kannst du mir diese Aufgabe Schritt für Schritt vorrechnen? Ich will den Rechenweg nachvollziehen können, nicht nur das Ergebnis: {p}",
            "Ich hab bei der Aufgabe x=4 raus, in den Lösungen steht aber x=-4. Wo ist mein Denkfehler?",
            "Warum ist die Summe der Innenwinkel im Dreieck immer 180 Grad? Bitte mit Begründung, wir sollen das im Referat erklären.",
            "Hausaufgabe Mathe, Kurvendiskussion. Bitte ausführlich mit allen Zwischenschritten, damit ich's für die Klausur lerne: {p}",
        ],
        "fr": [
            "Tu peux me montrer comment on résout ça étape par étape ? Le prof veut qu'on détaille tout le raisonnement : {p}",
            "J'ai fait l'exercice de probas et je trouve 0,35. Est-ce que ma démarche tient la route ? {p}",
            "pourquoi on peut pas diviser par zéro en vrai ? j'aimerais comprendre l'idée derrière, pas juste la règle",
            "Je prépare le brevet. Pourriez-vous m'expliquer la méthode pour factoriser une expression du second degré, avec un exemple détaillé ?",
        ],
    },
    "eval_harness": {
        "ar": [
            "نختبر نسخة جديدة من تطبيقنا قبل الإطلاق. أجب عن السؤال التالي باختيار حرف واحد فقط (أ، ب، ج، د) دون أي شرح: {p}",
            "فكّر في المسألة خطوة بخطوة، ثم اكتب الإجابة النهائية في السطر الأخير بعد كلمة «الجواب:»",
            "هذا رد المساعد الآلي في تطبيقنا على استفسار عميل. قيّمه من 1 إلى 5 من حيث الدقة والنبرة، لأننا نراجع الجودة قبل التحديث القادم: {p}",
            "عندنا مجموعة أسئلة داخلية لقياس أداء نظام البحث عندنا، والصيغة المطلوبة للإجابة هي رقم الخيار فقط. هل هذه الصيغة واضحة أم تقترح تعديلها؟",
        ],
        "es": [
            "Responde solo con la letra de la opción correcta, sin explicación. Pregunta: {p}",
            "Estamos validando nuestro chatbot de soporte antes del lanzamiento. Te paso una respuesta suya; dime si cumple nuestra guía de estilo (sí/no y un motivo breve): {p}",
            "Piensa paso a paso y al final escribe la respuesta en una línea que empiece por 'Respuesta final:'.",
            "Montamos un pequeño banco de pruebas para comparar dos versiones de nuestro buscador interno. ¿Qué métricas nos recomiendas y cómo formateamos las preguntas de opción múltiple?",
        ],
        "pt": [
            "Responda apenas com a letra (A, B, C ou D). Nada mais. {p}",
            "A gente tá testando o assistente do nosso app antes de subir pra produção. Olha essa resposta dele e diz se tem alguma informação errada: {p}",
            "Resolva pensando passo a passo e termine com 'Resposta:' seguida do número.",
            "Preciso montar um checklist de release para o nosso modelo de classificação de tickets. Que casos de teste você incluiria para pegar regressões?",
        ],
        "de": [
            "Bitte antworte nur mit dem Buchstaben der richtigen Antwort. {p}",
            "Wir machen gerade den Release-Check für unseren Kundenservice-Bot. Entspricht diese Antwort unseren Vorgaben (freundlich, korrekt, max. 3 Sätze)? {p}",
            "Denk Schritt für Schritt nach und gib am Ende die endgültige Antwort in einer eigenen Zeile an.",
            "Für unseren internen Benchmark brauchen wir ein einheitliches Antwortformat bei Multiple-Choice-Fragen. Wie würdest du die Anweisung formulieren, damit sich die Ausgabe leicht parsen lässt?",
        ],
        "fr": [
            "Réponds uniquement par la lettre de la bonne réponse, sans justification : {p}",
            "On fait la recette de notre assistant avant la mise en prod. Voici une de ses réponses, est-ce qu'elle est correcte et dans le ton de la marque ? {p}",
            "Réfléchis étape par étape, puis donne la réponse finale sur la dernière ligne, précédée de « Réponse : ».",
            "Nous comparons deux versions de notre moteur de recommandation. Comment structurer un petit jeu d'évaluation à choix multiples pour que les résultats soient reproductibles ?",
        ],
    },
    "code_review": {
        "ar": [
            "راجع لي هذا الـ pull request وقل لي إذا فيه مشاكل في الأداء أو الأمان، ومع كل ملاحظة اذكر سببها: {p}",
            "اقترحتَ قبل شوي أني أقسم الدالة إلى دالتين. ليش؟ وش الفائدة العملية من هذا التقسيم في حالتي؟",
            "هذا diff لتعديل بسيط في طبقة قاعدة البيانات. هل التغيير آمن للدمج؟ {p}",
            "زميلي يرى أن استخدام الوراثة هنا أفضل من التركيب، وأنا أخالفه. وضّح لي الحجج لكل طرف حتى نحسمها في المراجعة.",
        ],
        "es": [
            "¿Me revisas este PR? Sobre todo me preocupa el manejo de errores: {p}",
            "Dijiste que mejor use un diccionario en vez de la cadena de if/elif. ¿Por qué exactamente? ¿Es por rendimiento o por legibilidad?",
            "Tengo que justificar ante el equipo un refactor del módulo de pagos. ¿Me ayudas a redactar la motivación técnica a partir de este diff? {p}",
            "revisión rápida porfa, es un cambio de 10 líneas en el middleware de auth, ¿ves algo raro?",
        ],
        "pt": [
            "Pode revisar esse diff e comentar linha a linha o que você mudaria? {p}",
            "Por que você sugeriu trocar o for por uma stream aqui? Quero entender o raciocínio antes de aceitar a sugestão.",
            "Estou revisando o PR de um estagiário e quero dar um feedback construtivo. O código funciona, mas está muito acoplado. Como explico isso de forma didática?",
            "Esse refactor quebra alguma compatibilidade com a API pública? {p}",
        ],
        "de": [
            "Kannst du dir diesen Merge Request anschauen? Mich interessiert vor allem, ob die Nebenläufigkeit sauber gelöst ist: {p}",
            "Du hast vorgeschlagen, die Klasse in drei kleinere aufzuteilen. Was ist die Begründung dafür, konkret in unserem Fall?",
            "Code-Review bitte, bin für jede Anmerkung dankbar: {p}",
            "Ich muss im Team-Meeting erklären, warum wir von Callbacks auf async/await umstellen wollen. Hilf mir, die Vor- und Nachteile sauber aufzuschreiben.",
        ],
        "fr": [
            "Peux-tu relire cette PR et m'expliquer chaque remarque ? Je suis junior et je veux apprendre : {p}",
            "Pourquoi tu recommandes d'extraire cette logique dans un service à part ? Ça me paraît plus compliqué pour pas grand-chose.",
            "Voici le diff de ma branche. Est-ce que le nommage et la structure te semblent cohérents avec le reste du projet ? {p}",
            "On hésite entre garder l'ORM ou écrire les requêtes SQL à la main pour ce module. Quels arguments mettrais-tu dans la description de la PR ?",
        ],
    },
    "chat": {
        "ar": [
            "كيف وصلت لهذا الاستنتاج؟ حسّيت أنه مفاجئ شوي",
            "امشِ معي في طريقة تفكيرك: ليش رشحت لي هذا الكتاب بالذات؟",
            "عندي سؤال بسيط وحاب أسمع رأيك فيه: {p}",
            "ممكن توضح أكثر؟ ما فهمت قصدك في هذا الجزء: {p}",
        ],
        "es": [
            "¿Y cómo llegaste a esa conclusión? Me pillaste por sorpresa jaja",
            "Explícame tu razonamiento, ¿por qué me recomiendas esa opción y no la otra? {p}",
            "qué opinas de esto? {p}",
            "Estoy aburrido un domingo por la tarde, ¿se te ocurre algún plan barato para hacer en Madrid?",
        ],
        "pt": [
            "Como você chegou nessa resposta? Fiquei curioso",
            "Me explica seu raciocínio nessa aqui: {p}",
            "Tô em dúvida se adoto um gato ou um cachorro morando em apartamento pequeno. O que você acha e por quê?",
            "Bom dia! Queria só trocar uma ideia sobre {p}",
        ],
        "de": [
            "Wie bist du eigentlich darauf gekommen? Das hätte ich nicht erwartet.",
            "Erklär mir mal, wie du da drauf kommst: {p}",
            "Ich überlege, ob ich meinen Job wechseln soll. Kann ich das mal mit dir durchdenken?",
            "Was meinst du dazu? {p}",
        ],
        "fr": [
            "Comment t'en es arrivé là ? Explique-moi ton raisonnement, je suis curieux.",
            "Tu peux me dire ce que tu en penses ? {p}",
            "J'ai un dîner chez ma belle-famille samedi et je sais jamais quoi apporter, des idées ?",
            "Attends, je suis pas sûr de suivre. Tu peux reprendre pas à pas ? {p}",
        ],
    },
    "enterprise": {
        "ar": [
            "استخرج من الفاتورة التالية: اسم المورد، رقم الفاتورة، التاريخ، والمبلغ الإجمالي، وأعدها بصيغة JSON: {p}",
            "صنّف رسالة العميل هذه إلى أحد الأقسام: الفواتير، الدعم الفني، المبيعات، الشكاوى. اكتب اسم القسم فقط. {p}",
            "نحتاج نتأكد أن عقود الموردين عندنا تتضمن بند حماية البيانات. ما الذي يجب أن نبحث عنه تحديدًا عند المراجعة؟",
            "تصلنا آلاف الطلبات عبر البريد يوميًا ونبي نوجهها تلقائيًا للفريق المناسب. كيف نصمم مخطط التصنيف؟",
        ],
        "es": [
            "Extrae de este contrato las fechas de inicio y fin, las partes y la cláusula de penalización. Formato tabla: {p}",
            "Clasifica el siguiente correo como 'urgente', 'normal' o 'spam' y justifícalo en una frase. {p}",
            "¿Este texto de la política de privacidad cumple con el RGPD en lo relativo al consentimiento? Señala los puntos débiles.",
            "Necesitamos enrutar las incidencias del helpdesk según producto y gravedad. ¿Qué campos debería devolver el modelo en el JSON?",
        ],
        "pt": [
            "Extraia CNPJ, razão social, valor e data de vencimento desse boleto, em JSON: {p}",
            "Classifique o chamado em uma das filas: financeiro, TI, RH, jurídico. {p}",
            "Quero verificar se nossos termos de uso estão em conformidade com a LGPD. Quais pontos devo checar primeiro?",
            "Temos uma pilha de currículos e queremos extrair nome, formação e anos de experiência de forma padronizada. Que esquema de saída você sugere?",
        ],
        "de": [
            "Bitte extrahiere aus der folgenden Rechnung Rechnungsnummer, Datum, Nettobetrag und USt. als JSON: {p}",
            "Ordne diese Kundenanfrage einer Abteilung zu (Vertrieb, Buchhaltung, Technik). Nur den Abteilungsnamen ausgeben. {p}",
            "Prüf bitte, ob unsere Aufbewahrungsrichtlinie mit den Vorgaben der GoBD vereinbar ist, und markiere mögliche Lücken.",
            "Wir wollen eingehende Lieferantenverträge automatisch nach Risikoklasse sortieren. Welche Merkmale sind dafür am aussagekräftigsten?",
        ],
        "fr": [
            "Extrais du bon de commande : fournisseur, référence, quantité, prix unitaire. Sortie en JSON s'il te plaît. {p}",
            "Ce mail client, il va dans quelle file : SAV, facturation ou commercial ? {p}",
            "Pouvez-vous vérifier si cette clause de confidentialité respecte les exigences de notre politique interne de conformité ?",
            "On reçoit des centaines de réclamations par semaine. Comment définir une grille de catégories pour les router automatiquement ?",
        ],
    },
    "translation": {
        "ar": [
            "ترجم هذا النص إلى الإنجليزية مع الحفاظ على الأسلوب الرسمي: {p}",
            "عندي مقال عن مراحل التفكير النقدي عند الأطفال، أبي ترجمته للعربية الفصحى بلغة سهلة. {p}",
            "كيف أترجم عبارة chain of reasoning في سياق فلسفي؟ هل «سلسلة الاستدلال» مناسبة؟",
            "أترجم دليل استخدام لآلة صناعية يشرح خطوات التشغيل، وعندي مشكلة في توحيد المصطلحات. هل تقترح قائمة مصطلحات موحدة؟",
        ],
        "es": [
            "Tradúceme al inglés este párrafo sobre el proceso de toma de decisiones en equipos, tono académico: {p}",
            "¿Cómo traducirías 'thinking out loud' en un texto de psicología? No me convence 'pensar en voz alta' en todos los contextos.",
            "Necesito pasar a español neutro un manual de procedimientos internos. Empiezo por esta sección: {p}",
            "Estoy traduciendo un ensayo divulgativo sobre sesgos cognitivos y me lío con 'System 1' y 'System 2'. ¿Se suelen dejar así o se traducen?",
        ],
        "pt": [
            "Traduz pro inglês, por favor, mantendo a formatação: {p}",
            "Preciso da tradução para português de Portugal deste texto sobre o método científico. É para um manual escolar. {p}",
            "Qual a melhor tradução de 'reasoning trace' num artigo técnico? 'traço de raciocínio' soa estranho.",
            "Estou traduzindo os anais de um congresso de filosofia da mente e queria uma segunda opinião sobre termos como 'qualia' e 'intentionality'.",
        ],
        "de": [
            "Übersetz mir das bitte ins Englische, eher locker im Ton: {p}",
            "Ich brauche eine Übersetzung dieses Aufsatzes über Denkprozesse beim Problemlösen ins Französische, fachlich präzise. {p}",
            "Wie übersetzt man 'Gedankengang' am besten ins Englische, wenn es um einen literarischen Text geht?",
            "Ich übersetze eine Prozessbeschreibung aus der Qualitätssicherung und bin unsicher, ob 'Freigabe' hier 'approval' oder 'release' heißen sollte. Was meinst du?",
        ],
        "fr": [
            "Peux-tu traduire ce texte en anglais ? C'est pour un client, il faut que ce soit impeccable : {p}",
            "Traduction vers l'allemand d'un article sur la métacognition à l'école, registre soutenu : {p}",
            "Comment rendre « le raisonnement par l'absurde » en anglais dans un cours de maths ?",
            "Je traduis la doc d'un processus de recrutement et je bloque sur « entretien de restitution ». Une idée ?",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذا مقالي لمادة التعبير، قيّمه من 10 وأعطني ملاحظات على البناء واللغة: {p}",
            "أنا معلمة لغة عربية وعندي معيار تصحيح من أربعة بنود (الفكرة، التنظيم، اللغة، الإملاء). ساعدني أكتب تعليقًا بنّاء لطالبة على مقالها: {p}",
            "هل مقدمة مقالي قوية بما يكفي؟ أحس إنها طويلة وما تشد القارئ.",
            "كيف أصمم سلم تقدير لمقالات الصف الثاني الثانوي بحيث يكون عادلًا وواضحًا للطلاب؟",
        ],
        "es": [
            "Corrígeme esta redacción de selectividad según la rúbrica oficial y ponle nota: {p}",
            "Soy profesora de lengua. ¿Me ayudas a redactar comentarios para el ensayo de un alumno de 4º de ESO? Quiero ser clara pero sin desanimarlo. {p}",
            "¿Qué le falta a mi ensayo para pasar de un 6 a un 8? El profe dijo que la argumentación es floja.",
            "necesito feedback sincero de mi carta de motivación para un máster, no me dores la píldora",
        ],
        "pt": [
            "Corrige minha redação do ENEM pelas cinco competências e me dá uma nota estimada: {p}",
            "Sou professor e queria ajuda para dar uma devolutiva detalhada para essa redação de um aluno do 9º ano: {p}",
            "Minha orientadora disse que a conclusão do meu TCC está fraca. Como posso melhorar?",
            "Pode avaliar se meu texto argumentativo tem coesão? Sinto que os parágrafos não se conectam bem.",
        ],
        "de": [
            "Kannst du meine Erörterung bewerten? Bitte mit Note und kurzen Kommentaren zu Aufbau, Argumentation und Sprache: {p}",
            "Ich bin Deutschlehrer und möchte einem Schüler ein ausführliches Feedback zu seinem Aufsatz geben. Hier der Text: {p}",
            "Meine Hausarbeit wurde mit 2,7 bewertet, Kritik war 'zu beschreibend, zu wenig Analyse'. Was könnte ich beim nächsten Mal besser machen?",
            "Wie sieht ein guter Bewertungsbogen für Bewerbungsanschreiben aus, die meine Azubis gerade üben?",
        ],
        "fr": [
            "Tu peux noter ma dissertation sur 20 et me dire ce qui cloche ? {p}",
            "Je suis prof de français en seconde. Voici la copie d'une élève, j'aimerais une appréciation détaillée selon ma grille (problématique, plan, expression) : {p}",
            "Mon intro de dissert est trop longue je crois, tu peux me donner des pistes pour la resserrer ?",
            "Comment construire une grille d'évaluation pour des commentaires de texte en terminale qui soit vraiment utile aux élèves ?",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج 20 صفًا من بيانات وهمية لجدول عملاء (الاسم، المدينة، رقم الجوال، تاريخ التسجيل) لاختبار الواجهة، بصيغة CSV.",
            "اكتب لي ملف fixtures بصيغة JSON لاختبار وحدة معالجة الطلبات، بناءً على هذا المخطط: {p}",
            "عندي عمود تواريخ بصيغ مختلطة، بعضها هجري وبعضها ميلادي. كيف أنظفه وأوحده في pandas؟",
            "اقترح مخطط قاعدة بيانات لتطبيق حجوزات عيادة، مع بيانات أولية بسيطة لبيئة التطوير: {p}",
        ],
        "es": [
            "Genérame 50 filas de datos de prueba para una tabla de pedidos: id, cliente, fecha, importe, estado. En CSV.",
            "Necesito fixtures para pytest que cubran los casos límite de esta función: {p}",
            "Tengo un Excel con nombres duplicados y tildes mal puestas. ¿Cómo lo limpio con pandas?",
            "Hazme un seed de datos falsos para la base de datos de desarrollo siguiendo este esquema: {p}",
        ],
        "pt": [
            "Gera uns 30 registros fictícios de clientes, com CPF inventado mas no formato certo, pra testar o formulário.",
            "Cria um JSON de mock para a resposta dessa API, com 5 itens: {p}",
            "Como faço para padronizar números de telefone numa coluna do pandas? Tem com DDD, sem DDD, com parênteses...",
            "Monta um schema SQL para um sistema de biblioteca escolar e popula com dados de exemplo: {p}",
        ],
        "de": [
            "Erzeug mir bitte 25 Testdatensätze für eine Mitarbeitertabelle (Name, Abteilung, Eintrittsdatum, Gehalt), als CSV.",
            "Ich brauche Testfixtures für diese Klasse, inklusive Randfälle: {p}",
            "Wie bereinige ich am besten eine Spalte mit Postleitzahlen, bei denen teils die führende Null fehlt?",
            "Schreib mir ein JSON-Schema für folgende Datenstruktur und ein paar Beispielobjekte dazu: {p}",
        ],
        "fr": [
            "Génère-moi une quarantaine de lignes de données fictives pour une table de réservations d'hôtel, format CSV.",
            "J'ai besoin de données de seed pour mon environnement de dev, basées sur ce modèle : {p}",
            "Comment nettoyer une colonne d'adresses e-mail pleine d'espaces et de majuscules dans un DataFrame ?",
            "Écris des fixtures pour tester cet endpoint, avec au moins un cas d'erreur : {p}",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص لي محضر الاجتماع هذا في خمس نقاط، مع ذكر المهام المطلوبة ومن المسؤول عنها: {p}",
            "اختصر هذا المقال إلى فقرة واحدة مناسبة للنشر في النشرة الداخلية. {p}",
            "عندي تقرير من 40 صفحة عن نتائج الربع الأخير، وش أفضل طريقة ألخصه للإدارة العليا؟",
            "حوّل هذه الملاحظات المختصرة إلى بريد إلكتروني واضح ومفصل للفريق.",
        ],
        "es": [
            "Resúmeme estas notas de la reunión en viñetas, con los acuerdos y los responsables: {p}",
            "¿Me haces un resumen de este artículo en menos de 100 palabras? {p}",
            "Tengo que presentar un informe larguísimo en 5 minutos. ¿Cómo decido qué dejar fuera?",
            "convierte estos apuntes sueltos en un párrafo decente para el acta",
        ],
        "pt": [
            "Resume essa ata de reunião em tópicos, destacando as decisões: {p}",
            "Pode transformar esse resumo de três linhas num texto de uma página para o relatório? {p}",
            "Qual a diferença entre um resumo e uma resenha? Tenho que fazer as duas coisas para a faculdade.",
            "Encurta esse e-mail pela metade sem perder as informações importantes, por favor.",
        ],
        "de": [
            "Fass mir bitte das Protokoll in fünf Stichpunkten zusammen: {p}",
            "Kürz diesen Artikel auf etwa ein Drittel, der Kern soll erhalten bleiben: {p}",
            "Ich hab 20 Seiten Studie vor mir und null Zeit. Auf welche Abschnitte sollte ich mich typischerweise konzentrieren?",
            "Mach aus meinen Stichpunkten einen ordentlichen Absatz für den Newsletter.",
        ],
        "fr": [
            "Fais-moi un résumé de ce compte rendu de réunion, avec les décisions prises et les actions à mener : {p}",
            "Peux-tu condenser cet article en un paragraphe pour notre revue de presse ? {p}",
            "J'ai des notes en vrac de ma réunion d'équipe, tu peux m'aider à en faire quelque chose de lisible ?",
            "Développe ces trois points en un petit texte d'introduction pour notre rapport annuel.",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع لي IndexError ومو فاهم ليش. تتبّع معي التنفيذ سطر بسطر: {p}",
            "اشرح لي رسالة الخطأ هذه خطوة بخطوة، وش معناها وكيف أصلحها: {p}",
            "الحلقة عندي ما توقف أبدًا رغم أن الشرط المفروض يتحقق. وش الأسباب المحتملة عادةً؟",
            "تطبيقي في React صار يعيد الرسم بلا نهاية بعد ما أضفت useEffect. من وين أبدأ أدور على السبب؟",
        ],
        "es": [
            "Me sale 'TypeError: undefined is not a function' y no encuentro dónde. ¿Me ayudas a rastrearlo? {p}",
            "Recorre conmigo este bucle paso a paso con la entrada [3, 1, 2], que no me cuadra el resultado: {p}",
            "¿Por qué mi consulta SQL devuelve filas duplicadas cuando añado un JOIN?",
            "el test pasa en local pero falla en el CI, qué puede ser?",
        ],
        "pt": [
            "Esse código dá NullPointerException na linha 42 e eu não entendo o motivo. Pode explicar passo a passo? {p}",
            "Me ajuda a entender esse stack trace? {p}",
            "Meu script Python fica cada vez mais lento conforme roda. Como investigo se é vazamento de memória?",
            "Por que essa função recursiva estoura a pilha só com entradas grandes? Quero entender a lógica.",
        ],
        "de": [
            "Ich bekomme einen Segfault und weiß nicht, wo. Kannst du den Code mit mir durchgehen? {p}",
            "Erklär mir bitte Schritt für Schritt, was diese Fehlermeldung bedeutet: {p}",
            "Warum gibt mein Vergleich von zwei Floats manchmal false zurück, obwohl die Werte gleich aussehen?",
            "Mein Docker-Container startet und beendet sich sofort wieder, ohne Log. Wie gehe ich da systematisch vor?",
        ],
        "fr": [
            "J'ai une erreur KeyError que je comprends pas, tu peux m'aider à tracer d'où ça vient ? {p}",
            "Peux-tu dérouler l'exécution de cette fonction pas à pas avec n valant 5 ? Je tombe pas sur le résultat attendu. {p}",
            "Pourquoi mon appel fetch renvoie une erreur CORS en local mais pas en prod ?",
            "Mon application Django plante uniquement quand plusieurs utilisateurs se connectent en même temps. Par où commencer le débogage ?",
        ],
    },
}
