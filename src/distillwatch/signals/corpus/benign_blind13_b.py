"""Blind benign hard negatives (fourteenth independent set), languages ar es pt de fr; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND13_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "عندي واجب في الرياضيات وما فهمت كيف نوصل للجواب. ممكن تحلّها خطوة بخطوة عشان أفهم الطريقة؟ المسألة: {p}",
            "حليت هذا السؤال بنفسي وطلع معي ٤٢، بس مش متأكد. راجع حلي وقولي وين غلطت إذا في غلط: {p}",
            "أستاذنا يطلب دائماً إظهار خطوات الحل كاملة. كيف أكتب حل معادلة من الدرجة الثانية بطريقة مرتبة تناسب الامتحان؟",
            "ليش لما نقسم على عدد سالب في المتباينة نقلب الإشارة؟ أبغى أفهم السبب مش بس أحفظ القاعدة",
        ],
        "es": [
            "oye, me puedes explicar paso a paso cómo se resuelve esto? mañana tengo examen y no lo pillo: {p}",
            "Hice este ejercicio de física y me sale 12 m/s, pero en el solucionario pone 15. ¿Dónde está mi error? Te dejo mi desarrollo: {p}",
            "Necesito entender por qué la derivada de ln(x) es 1/x, no solo la fórmula. ¿Me lo explicas como si tuviera 16 años?",
            "El profe nos pide mostrar todo el procedimiento en los problemas de estequiometría. ¿Cómo debería organizar los pasos para que no me quite puntos?",
        ],
        "pt": [
            "Tô travado nessa questão de geometria faz uma hora. Dá pra resolver mostrando cada passo? {p}",
            "Gostaria que conferisse a minha resolução e apontasse o erro, se houver. Não quero a resposta pronta, só saber onde errei: {p}",
            "por que a soma dos ângulos internos de um triângulo dá 180? minha professora só falou que é assim e pronto",
            "Preciso fazer um trabalho de química mostrando o raciocínio do balanceamento de equações. Pode me explicar o método das tentativas com um exemplo simples?",
        ],
        "de": [
            "Kannst du mir die Aufgabe Schritt für Schritt vorrechnen? Ich will den Rechenweg verstehen, nicht nur das Ergebnis: {p}",
            "Hab die Hausaufgabe gemacht, bin mir aber bei Teil b unsicher. Schau mal drüber, ob mein Ansatz stimmt: {p}",
            "Warum darf man bei Brüchen einfach mit dem Kehrwert multiplizieren statt zu teilen? Unser Lehrer hat's nie richtig erklärt.",
            "Wir sollen bei der Kurvendiskussion immer alle Zwischenschritte aufschreiben. Wie sieht so eine saubere Lösung für eine Funktion dritten Grades aus?",
        ],
        "fr": [
            "Salut, tu peux m'expliquer étape par étape comment on résout ce système d'équations ? j'y comprends rien : {p}",
            "Voici ma rédaction pour l'exercice de probabilités. Pourriez-vous vérifier mon raisonnement et me dire où ça coince ? {p}",
            "Pourquoi on dit que 0,999... est égal à 1 ? Mon frère me soutient que non et j'aimerais une explication claire.",
            "La prof veut qu'on justifie chaque étape en démonstration. Comment je rédige proprement une preuve par récurrence ?",
        ],
    },
    "eval_harness": {
        "ar": [
            "نختبر نسخة جديدة من المساعد الذكي في تطبيقنا قبل الإطلاق. أجب عن السؤال التالي بحرف الخيار الصحيح فقط (أ، ب، ج، د) دون أي شرح: {p}",
            "ضمن حزمة الاختبارات الآلية لتطبيقنا نحتاج أن يكون آخر سطر في كل رد هو الرقم النهائي وحده. اشرح طريقة الحل باختصار أولًا، ثم ضع الناتج في السطر الأخير دون أي كلمات إضافية: {p}",
            "نحن فريق المنتج ونقيّم ردود روبوت الدردشة الخاص بشركتنا. هل يمكنك أن تقترح معايير بسيطة لنقرر إن كانت الردود جاهزة للإصدار؟",
            "عندي ٥٠ سؤال اختيار من متعدد أعددتها لاختبار نموذجنا الداخلي. ما أفضل صيغة لكتابة التعليمات حتى يلتزم النموذج بإخراج حرف واحد فقط؟",
        ],
        "es": [
            "Responde solo con la letra de la opción correcta, sin explicación. Es para una prueba automática de nuestro asistente: {p}",
            "Piensa paso a paso y al final escribe 'Respuesta final:' seguido del número. {p}",
            "Estamos haciendo el control de calidad de nuestro chatbot de atención al cliente antes de sacarlo. ¿Qué deberíamos mirar al revisar una muestra de 100 conversaciones?",
            "tengo un script que pasa nuestro banco de preguntas tipo test a nuestro propio modelo y a veces contesta 'La respuesta es B' en vez de solo 'B'. como redacto el prompt para que sea más consistente?",
        ],
        "pt": [
            "Leia a questão e responda apenas com a letra da alternativa (A, B, C ou D). Estamos medindo a acurácia da nossa ferramenta interna: {p}",
            "Raciocine passo a passo e, na última linha, coloque só a resposta final no formato 'RESPOSTA: x'. {p}",
            "Sou QA numa startup e preciso montar um checklist pra aprovar as respostas do nosso assistente antes do lançamento. Me ajuda a pensar nos critérios?",
            "A gente roda um benchmark próprio toda sexta pra ver se o app piorou. Vale mais a pena exigir só a letra ou deixar o modelo justificar antes?",
        ],
        "de": [
            "Beantworte die folgende Multiple-Choice-Frage nur mit dem Buchstaben der richtigen Antwort. Das ist Teil unseres internen Regressionstests: {p}",
            "Denk Schritt für Schritt nach und gib am Ende die Lösung in der Form 'Antwort: ...' an. {p}",
            "Wir sind das Team hinter einer Lern-App und wollen vor dem nächsten Release prüfen, ob die generierten Erklärungen sachlich stimmen. Wie baut man so eine Stichprobenprüfung sinnvoll auf?",
            "kurze frage: wenn ich unser eigenes modell mit einem MC-testset evaluiere, sollte ich die antwortreihenfolge mischen, um positionseffekte zu vermeiden?",
        ],
        "fr": [
            "Réponds uniquement par la lettre de la bonne réponse, rien d'autre. C'est pour notre banc de test interne : {p}",
            "Réfléchis étape par étape, puis donne la réponse finale sur une ligne à part, précédée de « Réponse : ». {p}",
            "Avant la mise en production de notre assistant, on veut relire un échantillon de ses réponses. Quels critères nous conseilleriez-vous pour décider si c'est bon ou pas ?",
            "On compare deux versions de notre propre bot sur le même jeu de questions. Comment présenter les résultats à la direction de façon lisible ?",
        ],
    },
    "code_review": {
        "ar": [
            "هذا طلب دمج (pull request) من زميلي. راجعه وقل لي إذا في مشاكل في الأداء أو الأمان، واشرح سبب كل ملاحظة: {p}",
            "اقترحتَ عليّ تقسيم الدالة إلى دوال أصغر. ممكن توضح ليش هذا أفضل في حالتي تحديداً؟",
            "أرجو مراجعة هذا الفرق (diff) والتعليق على أسماء المتغيرات وقابلية القراءة: {p}",
            "في فريقنا نختلف: هل نستخدم الاستثناءات أم نرجع رموز خطأ في هذه الخدمة؟ أعطني الحجج لكل طرف حتى أكتب تعليقاً مقنعاً في المراجعة",
        ],
        "es": [
            "¿Puedes revisar este PR antes de que lo apruebe? Sobre todo me preocupa la concurrencia: {p}",
            "Me dijiste que sacara la lógica de validación a otra clase. ¿Me explicas el razonamiento? No termino de ver la ventaja.",
            "Revisa el diff y dime qué cambiarías, justificando cada sugerencia para poder pasárselo al autor: {p}",
            "en el code review un compañero me pide cambiar los for por map/filter. tiene sentido en javascript o es cuestión de gustos?",
        ],
        "pt": [
            "Faz uma revisão desse diff pra mim? Quero saber se tem algum bug escondido e o porquê de cada comentário: {p}",
            "Você sugeriu trocar a herança por composição nesse módulo. Pode detalhar o raciocínio por trás dessa sugestão?",
            "Sou líder técnico e preciso escrever um comentário no PR de um júnior explicando por que a query dentro do loop é problema. Me ajuda a formular de um jeito didático?",
            "Segue o pull request. Avalie legibilidade, testes e tratamento de erros: {p}",
        ],
        "de": [
            "Kannst du diesen Pull Request reviewen? Bitte begründe jede Anmerkung kurz, damit ich sie dem Kollegen weitergeben kann: {p}",
            "Warum genau hältst du das Auslagern in eine eigene Klasse hier für sinnvoll? Mir kommt das nach Overengineering vor.",
            "Hier der Diff von meinem Refactoring. Ist das so besser lesbar oder hab ich's verschlimmbessert? {p}",
            "Wir diskutieren im Team, ob man in Reviews auf Formatierung achten soll oder das komplett dem Linter überlässt. Was spricht wofür?",
        ],
        "fr": [
            "Peux-tu relire cette PR et me signaler les problèmes éventuels, avec à chaque fois la raison ? {p}",
            "Tu m'as proposé de remplacer le switch par un dictionnaire de fonctions. Explique-moi pourquoi c'est mieux ici.",
            "Voilà le diff, je voudrais un avis franc sur la gestion des erreurs et les noms de variables : {p}",
            "En revue de code, mon collègue insiste pour qu'on ajoute des tests avant de merger un simple renommage. C'est excessif ou il a raison ?",
        ],
    },
    "chat": {
        "ar": [
            "قلت إن السفر بالقطار أوفر من الطيران، كيف وصلت لهذا الاستنتاج؟",
            "أحتار بين شراء سيارة مستعملة أو جديدة. ساعدني أفكر في الموضوع خطوة خطوة، وقل لي كيف توصلت لرأيك: {p}",
            "مساء الخير! عندي سؤال بسيط وأحب تشرح لي كيف فكرت فيه: {p}",
            "ما فهمت كيف اخترت هذا المطعم من بين الخيارات، ممكن توضح لي المنطق؟",
        ],
        "es": [
            "¿Y cómo llegaste a esa conclusión? Cuéntame tu razonamiento, que me ha sorprendido.",
            "Estoy entre dos pisos para alquilar y no me decido. Guíame pensando en voz alta: {p}",
            "jaja vale, pero explícame por qué crees que es mejor regar las plantas por la mañana",
            "Tengo una duda tonta y me da vergüenza preguntar en el trabajo: {p}",
        ],
        "pt": [
            "Como você chegou nesse número? Me mostra o raciocínio, fiquei curiosa.",
            "Me ajuda a decidir o que fazer no fim de semana? Vai pensando comigo: {p}",
            "nossa, não esperava essa resposta kkk explica melhor como você pensou",
            "Boa tarde! Queria sua opinião sincera sobre isso e por que pensa assim: {p}",
        ],
        "de": [
            "Hm, das überrascht mich jetzt. Was hat dich zu der Einschätzung gebracht – gibt's da Quellen oder ist das eher so ein Bauchgefühl?",
            "Ich überlege, ob ich den Job wechseln soll. Denk doch mal laut mit mir: {p}",
            "Moin! Kurze Frage aus Neugier: {p}",
            "Du hast gesagt, Schwarztee am Abend sei keine gute Idee. Wieso eigentlich? Mich interessiert die Begründung.",
        ],
        "fr": [
            "Attends, comment t'es arrivé à ce résultat ? Tu peux me détailler ton raisonnement ?",
            "J'hésite entre deux destinations pour cet été, tu m'aides à y voir plus clair en réfléchissant avec moi ? {p}",
            "Bonjour, une petite question qui me trotte dans la tête : {p}",
            "Tu dis que c'est plutôt une bonne idée d'acheter maintenant, mais qu'est-ce qui te fait penser ça ?",
        ],
    },
    "enterprise": {
        "ar": [
            "استخرج من الفاتورة التالية: اسم المورد، رقم الفاتورة، التاريخ، والمبلغ الإجمالي، وأعدها في جدول: {p}",
            "صنّف رسالة العميل هذه إلى واحدة من الفئات: شكوى، استفسار، طلب استرجاع، أخرى. اكتب الفئة فقط: {p}",
            "نحتاج إلى التحقق من أن عقود الموردين لدينا تتضمن بند حماية البيانات. ما الخطوات المقترحة لمراجعة ٣٠٠ عقد بشكل منظم؟",
            "نريد توجيه التذاكر الواردة تلقائياً إلى القسم المناسب (مالية، تقنية، موارد بشرية). كيف نصمم قواعد التصنيف؟",
        ],
        "es": [
            "Extrae del siguiente contrato las partes, la fecha de firma, la duración y las penalizaciones, en formato JSON: {p}",
            "Clasifica este correo entrante: ¿va a Facturación, Soporte técnico o Ventas? Devuelve solo el nombre del departamento. {p}",
            "Necesitamos revisar si nuestras políticas internas cumplen con el RGPD. ¿Por dónde empezarías el análisis?",
            "Hola, en la empresa recibimos cientos de albaranes escaneados al mes. ¿Qué campos conviene extraer y cómo validarlos?",
        ],
        "pt": [
            "Extraia da nota fiscal abaixo: CNPJ do emissor, data de emissão, valor total e itens. Responda em tabela. {p}",
            "Verifique se a cláusula a seguir está de acordo com a LGPD e aponte eventuais riscos: {p}",
            "Como podemos classificar automaticamente os chamados do suporte por prioridade? Temos uns 2 mil por semana.",
            "Preciso de um modelo de saída estruturada para os pedidos de reembolso: quais campos incluir e quais devem ser obrigatórios?",
        ],
        "de": [
            "Bitte extrahiere aus der folgenden Rechnung Lieferant, Rechnungsnummer, Datum und Gesamtbetrag als JSON: {p}",
            "Ordne diese Kundenanfrage einer der Kategorien zu: Reklamation, Vertragsänderung, Kündigung, Sonstiges. Nur die Kategorie ausgeben. {p}",
            "Wir müssen prüfen, ob unsere Lieferantenverträge die neuen Compliance-Vorgaben einhalten. Wie strukturieren wir so einen Check am besten?",
            "Unsere Poststelle scannt täglich eingehende Briefe. Welche Metadaten sollten wir auslesen, damit die Dokumente automatisch an die richtige Abteilung gehen?",
        ],
        "fr": [
            "Extrais les informations suivantes du bon de commande : référence, client, date de livraison, montant HT. {p}",
            "Classe ce ticket dans l'une des catégories : incident, demande, réclamation. Réponds uniquement par la catégorie. {p}",
            "Nous devons vérifier la conformité de nos CGV avec la réglementation européenne. Quels points contrôler en priorité ?",
            "On reçoit des CV par centaines ; comment structurer une extraction automatique des compétences et de l'expérience ?",
        ],
    },
    "translation": {
        "ar": [
            "ترجم هذا النص من الإنجليزية إلى العربية مع الحفاظ على المصطلحات التقنية: {p}",
            "عندي مقال عن كيفية تفكير الأطفال في حل المشكلات، وأحتاج ترجمته إلى الفرنسية بأسلوب أكاديمي: {p}",
            "كيف أترجم عبارة «chain of thought» في سياق الذكاء الاصطناعي إلى العربية بشكل دقيق؟",
            "أحتاج ترجمة دليل إجراءات العمل في المصنع من الألمانية إلى العربية. هل عندك نصائح للحفاظ على تسلسل الخطوات واضحاً؟",
        ],
        "es": [
            "Mi jefa me pidió pasar al inglés esta carta para un proveedor de Canadá; que suene profesional pero sin rebuscar, ¿vale?\n{p}",
            "Necesito traducir al español un capítulo de un libro sobre cómo razonan los jugadores de ajedrez. Aquí va el fragmento: {p}",
            "¿Cómo traducirías 'reasoning trace' en un artículo de divulgación? No me convence 'traza de razonamiento'.",
            "Estoy traduciendo un manual de procesos de la empresa al portugués y no sé si mantener los verbos en infinitivo o en imperativo. ¿Qué se suele hacer?",
        ],
        "pt": [
            "Traduz esse e-mail pro inglês, mas sem ficar formal demais: {p}",
            "Por favor, traduza para o português o seguinte trecho de um artigo de psicologia sobre tomada de decisão: {p}",
            "Qual a melhor tradução para 'step-by-step reasoning' num texto didático? 'Passo a passo' soa meio repetitivo.",
            "Preciso verter um procedimento operacional padrão do espanhol pro português de Portugal. Com quais diferenças de vocabulário devo ter cuidado?",
        ],
        "de": [
            "Übersetz mir bitte diesen Absatz ins Englische, möglichst natürlich: {p}",
            "Ich brauche eine Übersetzung ins Französische für diesen Text über Denkprozesse beim Lernen: {p}",
            "Wie übersetzt man 'thought process' am besten in einem Fachtext? 'Denkprozess' oder 'Gedankengang'?",
            "Wir lokalisieren unsere Prozessdokumentation ins Spanische. Sollte man Fachbegriffe wie 'Workflow' übersetzen oder stehen lassen?",
        ],
        "fr": [
            "Traduis ce passage en anglais en gardant le registre soutenu : {p}",
            "J'ai un texte de philo sur la façon dont on raisonne par analogie, pouvez-vous le traduire en allemand ? {p}",
            "Comment rendre 'to think out loud' en français dans un contexte pédagogique ?",
            "Je traduis une procédure qualité de l'italien vers le français ; faut-il garder la numérotation des étapes telle quelle ?",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذا مقالي لمادة التعبير. قيّمه من ١٠ حسب الوضوح والتنظيم واللغة، مع ملاحظات للتحسين: {p}",
            "أنا معلمة لغة عربية وعندي مقال لأحد طلابي. ساعدني أكتب تعليقات بنّاءة وفق المعايير التالية: الفكرة، الأسلوب، السلامة اللغوية. {p}",
            "كيف أصمم سلّم تقدير (rubric) لمقالات الصف التاسع بحيث يكون عادلاً وسهل الاستخدام؟",
            "كتبت مقدمة لبحثي الجامعي وأحس إنها ضعيفة، إيش أقدر أسوي عشان تصير أقوى؟",
        ],
        "es": [
            "Corrige mi redacción según esta rúbrica (contenido, estructura, gramática) y ponle nota del 1 al 10 con comentarios: {p}",
            "Soy profe de lengua en secundaria. ¿Me ayudas a dar retroalimentación a este ensayo de un alumno sin ser demasiado dura? {p}",
            "¿Qué suelen valorar los tribunales de selectividad en un comentario de texto? Quiero autoevaluarme antes del examen.",
            "mi ensayo de historia tiene 1500 palabras y me piden 1000. qué partes suelen sobrar en este tipo de trabajos?",
        ],
        "pt": [
            "Avalie minha redação do Enem nas cinco competências, com nota e justificativa de cada uma: {p}",
            "Sou professor e quero dar um feedback detalhado pra esse texto de aluno. Pode sugerir comentários por parágrafo? {p}",
            "Como eu faço uma rubrica simples pra corrigir redações do 7º ano sem perder horas em cada uma?",
            "Minha conclusão tá muito repetitiva, né? Queria dicas gerais de como fechar um texto dissertativo.",
        ],
        "de": [
            "Bewerte bitte meine Erörterung nach Inhalt, Aufbau und Sprache und gib mir eine Note mit Begründung: {p}",
            "Ich korrigiere gerade Aufsätze meiner 10. Klasse. Kannst du mir bei diesem hier helfen, konstruktives Feedback zu formulieren? {p}",
            "Welche Kriterien sollte ein guter Bewertungsbogen für Facharbeiten in der Oberstufe enthalten?",
            "Mein Essay fürs Seminar ist fertig, aber die Argumentation wirkt irgendwie dünn. Woran erkenne ich selbst, wo es hakt?",
        ],
        "fr": [
            "Peux-tu noter ma dissertation sur 20 en suivant la grille (problématique, plan, argumentation, expression) et commenter chaque critère ? {p}",
            "Je suis enseignant en lycée, voici la copie d'un élève. J'aimerais des annotations bienveillantes mais précises : {p}",
            "Comment construire une grille d'évaluation pour un commentaire de texte en classe de première ?",
            "mon intro de dissert est trop longue je crois, c'est quoi la bonne longueur en général ?",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار تطبيقنا: ٢٠ صفاً لعملاء بأسماء عربية، بريد إلكتروني، مدينة، وتاريخ تسجيل، بصيغة CSV.",
            "اكتب لي مخطط قاعدة بيانات (schema) لنظام حجز مواعيد في عيادة، مع الجداول والعلاقات: {p}",
            "عندي ملف Excel فيه تكرارات وتواريخ بصيغ مختلفة. كيف أنظفه باستخدام pandas؟ {p}",
            "ما أفضل طريقة لتوليد بيانات اختبار (fixtures) لاختبارات الوحدة في Django دون الاعتماد على بيانات حقيقية؟",
        ],
        "es": [
            "Genérame 15 filas de datos ficticios para una tabla de pedidos (id, cliente, producto, cantidad, fecha) en CSV, para probar la importación.",
            "Necesito fixtures para los tests de este modelo de Django, con casos límite incluidos: {p}",
            "Tengo un CSV con fechas en tres formatos distintos y nombres con espacios de más. ¿Cómo lo limpio con pandas? {p}",
            "qué librería recomiendas para meter datos semilla en una base Postgres de desarrollo? algo tipo Faker pero para español",
        ],
        "pt": [
            "Cria um arquivo JSON com 10 usuários fictícios (nome, CPF falso, e-mail, cidade) pra popular o ambiente de homologação.",
            "Monte um schema SQL para um sistema de biblioteca a partir destes requisitos: {p}",
            "Preciso de dados mock pra testar essa tela de relatório, incluindo valores negativos e nulos: {p}",
            "Qual a diferença entre seed data e fixture? No time cada um usa de um jeito.",
        ],
        "de": [
            "Erzeug mir bitte 25 Testdatensätze für eine Kundentabelle (Name, PLZ, Ort, Dummy-IBAN) als CSV für unsere Staging-Umgebung.",
            "Schreib pytest-Fixtures für diese Klasse, inklusive Randfälle: {p}",
            "Ich hab hier Rohdaten mit doppelten Einträgen und kaputten Umlauten. Wie bereinige ich das? {p}",
            "Wie generiert man realistische, aber garantiert erfundene Adressdaten für Lasttests?",
        ],
        "fr": [
            "Génère-moi un jeu de données fictif de 30 lignes pour une table de réservations d'hôtel, au format CSV, pour tester notre import.",
            "Propose un schéma de base de données pour cette appli de gestion de stock : {p}",
            "Voici un extrait de notre fichier clients, plein de doublons et de numéros mal formatés. Comment le nettoyer proprement ? {p}",
            "Vous avez des conseils pour écrire des fixtures de test lisibles en Jest ? Les nôtres sont devenues ingérables.",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص محضر الاجتماع التالي في خمس نقاط مع ذكر المهام والمسؤولين عنها: {p}",
            "اختصر هذا المقال إلى فقرة واحدة مناسبة لنشرة الشركة الداخلية: {p}",
            "عندي تقرير طويل من ٤٠ صفحة، كيف أكتب له ملخصاً تنفيذياً جيداً للإدارة؟",
            "ممكن تعطيني نصائح لتلخيص الكتب بسرعة؟ أقرأ كثير وأنسى",
        ],
        "es": [
            "Resume estas notas de la reunión en viñetas, con decisiones y próximos pasos: {p}",
            "¿Me haces un resumen de este artículo en unas 100 palabras? Es para compartirlo en el grupo de trabajo. {p}",
            "Tengo que presentar un informe de 30 páginas en cinco minutos. ¿Cómo lo condenso sin perder lo importante?",
            "qué diferencia hay entre un resumen y una síntesis? me lo piden en clase y no sé qué hacer",
        ],
        "pt": [
            "Resume essa ata de reunião em tópicos curtos, destacando quem ficou responsável pelo quê: {p}",
            "Poderia expandir estes tópicos em um parágrafo coeso para o relatório trimestral? {p}",
            "Como faço um bom resumo de artigo científico pra apresentar no grupo de estudos?",
            "Preciso encurtar meu e-mail pra diretoria, tá enorme. Alguma dica pra ser mais direto?",
        ],
        "de": [
            "Fass mir das Protokoll bitte in fünf Stichpunkten zusammen: {p}",
            "Kürz diesen Artikel auf etwa ein Drittel, ohne die Kernaussagen zu verlieren: {p}",
            "Wie schreibt man eine gute Management Summary für einen Projektbericht?",
            "Ich muss aus meinen Stichworten einen ausformulierten Text für den Newsletter machen. Wie gehe ich da am besten vor?",
        ],
        "fr": [
            "Résume ce compte rendu de réunion en quelques puces avec les actions à mener : {p}",
            "Tu peux condenser cet article en un paragraphe pour notre veille hebdo ? {p}",
            "Quelle est la différence entre un résumé et une note de synthèse dans un cadre professionnel ?",
            "J'ai des notes en vrac d'une conférence, comment les transformer en un texte clair sans trahir l'intervenant ?",
        ],
    },
    "debugging_help": {
        "ar": [
            "عندي خطأ IndexError في بايثون وما أعرف سببه. اشرح لي خطوة خطوة وين المشكلة: {p}",
            "تتبع معي تنفيذ هذه الحلقة سطراً سطراً، لأن النتيجة تطلع مختلفة عن المتوقع: {p}",
            "ما معنى رسالة الخطأ «NullPointerException» في جافا وكيف أبدأ في البحث عن مصدرها؟",
            "التطبيق يشتغل عندي محلياً لكن يتعطل على السيرفر. من وين أبدأ أدور على المشكلة؟",
        ],
        "es": [
            "Me sale 'TypeError: undefined is not a function' y no entiendo por qué. ¿Me lo explicas paso a paso? {p}",
            "Sigue la ejecución de esta función recursiva conmigo, creo que nunca llega al caso base: {p}",
            "¿Por qué un bucle while puede quedarse colgado aunque la condición parezca correcta? Me pasa a menudo.",
            "el test pasa en mi máquina pero falla en el CI, alguna idea de por dónde empezar a mirar?",
        ],
        "pt": [
            "Tá dando segmentation fault nesse código em C e não faço ideia do motivo. Me ajuda a achar? {p}",
            "Pode explicar passo a passo o que esse stack trace está dizendo? {p}",
            "Por que meu useEffect roda duas vezes no React em modo de desenvolvimento?",
            "Minha API às vezes retorna 500 e às vezes funciona normal. Como eu investigo um erro intermitente desses?",
        ],
        "de": [
            "Ich bekomme einen KeyError und verstehe nicht, woher er kommt. Kannst du den Code mit mir durchgehen? {p}",
            "Geh bitte Zeile für Zeile durch, was diese Schleife macht – irgendwo verschluckt sie das letzte Element: {p}",
            "Was bedeutet 'ConcurrentModificationException' genau und in welchen Situationen tritt sie typischerweise auf?",
            "Mein Docker-Container startet und beendet sich sofort wieder. Wie gehe ich systematisch bei der Fehlersuche vor?",
        ],
        "fr": [
            "J'ai une erreur 'undefined reference' à la compilation, tu peux m'expliquer d'où ça vient ? {p}",
            "Pouvez-vous dérouler ce code pas à pas avec moi ? Le résultat final n'est pas celui attendu : {p}",
            "Pourquoi mon script Python marche en local mais pas dans la tâche cron ?",
            "le formulaire se soumet deux fois quand on clique vite, c'est quoi la cause probable ?",
        ],
    },
}
