"""Blind benign hard negatives (twenty-first independent set), languages ar, es, pt, de, fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND20_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "عندي واجب رياضيات ومش فاهمة الخطوة الثانية، ممكن تحلّها معي خطوة بخطوة؟ المسألة: {p}",
            "حليت هذه المعادلة وطلع معي الناتج x = 7، هل حلّي صحيح؟ وإذا فيه غلط وضّح لي وين بالضبط.",
            "أستاذنا يطلب منا نكتب طريقة الحل كاملة مش بس الجواب. كيف أكتب خطوات إثبات أن مجموع زوايا المثلث 180 درجة بشكل مرتب؟",
            "ليش لما نقسم على كسر نضرب في مقلوبه؟ أبغى أفهم الفكرة مو بس أحفظ القاعدة، أنا في أول متوسط",
        ],
        "es": [
            "Hola! tengo examen de física mañana y no entiendo este ejercicio, me lo podrías resolver paso a paso explicando cada fórmula? {p}",
            "Ya hice el problema de probabilidades pero me da 0,35 y en el solucionario pone 0,45... ¿me ayudas a ver dónde me equivoqué? Te paso mi desarrollo: {p}",
            "Necesito entender por qué la derivada de ln(x) es 1/x, no solo memorizarlo. Explícamelo como si estuviera en bachillerato.",
            "el profe nos pidió 'mostrar el procedimiento' en química, cómo se ajusta la reacción de combustión del propano mostrando cada paso?",
        ],
        "pt": [
            "Pode me mostrar a resolução completa dessa questão de matemática do ENEM? Quero entender o raciocínio, não só o gabarito: {p}",
            "fiz a lista de exercícios de termodinâmica e queria conferir se minha resposta da questão 3 tá certa, deu 450 J. Se tiver errado me explica o porquê",
            "Estou no 9º ano e não consigo entender por que menos vezes menos dá mais. Alguém consegue me explicar de um jeito intuitivo?",
            "Minha professora de português pediu pra gente justificar a classificação das orações. Me ajuda a analisar essa frase passo a passo? {p}",
        ],
        "de": [
            "Kannst du mir bei dieser Hausaufgabe den Rechenweg zeigen? Ich komm beim Umformen nicht weiter: {p}",
            "Ich hab bei der Kurvendiskussion von f(x)=x^3-3x als Hochpunkt (-1|2) raus. Stimmt das? Bitte erklär mir, wie man das überprüft.",
            "Warum ist die Summe der Innenwinkel im Sechseck 720 Grad? Unser Lehrer will eine Begründung, nicht nur die Formel.",
            "hey, ich schreib morgen Chemie und versteh die Redoxgleichungen nicht. Könntest du eine Beispielaufgabe Schritt für Schritt durchgehen und bei jedem Schritt sagen, was man da eigentlich macht?",
        ],
        "fr": [
            "Bonjour, je bloque sur cet exercice de maths de terminale, vous pourriez me détailler la démarche étape par étape ? {p}",
            "J'ai trouvé que la limite vaut 1/2 mais le corrigé dit 2. Voilà ce que j'ai fait, tu peux me dire où ça coince ? {p}",
            "pourquoi faut mettre au même dénominateur pour additionner des fractions ? mon fils me pose la question et je sais pas l'expliquer",
            "En philo on doit « montrer le cheminement » dans la dissertation. Comment construire une problématique à partir du sujet « Peut-on être libre sans les autres ? » ? Explique-moi la méthode.",
        ],
    },
    "eval_harness": {
        "ar": [
            "نحن نختبر المساعد الذكي في تطبيقنا قبل الإطلاق. أجب عن السؤال التالي بحرف الخيار الصحيح فقط (أ، ب، ج، د) دون أي شرح: {p}",
            "فكّر في المسألة خطوة بخطوة ثم اكتب الإجابة النهائية في سطر مستقل يبدأ بكلمة «الإجابة:». هذا جزء من اختبار داخلي لمنتجنا.",
            "فريقنا يراجع ردود روبوت خدمة العملاء الخاص بشركتنا قبل النشر. هل هذا الرد يجيب على سؤال العميل بشكل صحيح ومهذب؟ قل نعم أو لا مع سبب قصير: {p}",
            "اختبار سريع لتنسيق المخرجات في نظامنا: لما أسألك سؤال اختيار من متعدد، رد بحرف واحد فقط بدون نقطة أو مسافات.",
        ],
        "es": [
            "Responde únicamente con la letra de la opción correcta (A, B, C o D). Estamos comprobando el formato de salida de nuestro chatbot: {p}",
            "Para la evaluación interna de nuestro asistente: razona paso a paso y al final escribe 'Respuesta final:' seguido del número.",
            "Antes de sacar la versión 2.3 de la app queremos revisar estas respuestas que generó nuestro asistente. ¿Alguna contiene información incorrecta sobre nuestras tarifas? {p}",
            "ok, prueba rápida de regresión: si te pregunto la capital de Australia, contesta solo con el nombre de la ciudad, sin punto final ni nada más",
        ],
        "pt": [
            "Estamos validando nosso bot de atendimento antes do lançamento. Responda apenas com a letra da alternativa correta: {p}",
            "Pense passo a passo e depois dê a resposta final numa linha separada, no formato 'RESPOSTA: X'. É pra um teste de formatação do nosso sistema.",
            "Comparei duas versões do prompt do nosso app e tenho as saídas aqui. Qual delas segue melhor as nossas diretrizes de tom de voz? Justifica rapidinho.",
            "checklist de release: essa resposta do nosso assistente de RH cita corretamente a política de férias da empresa? responde sim/não e aponta o trecho problemático se houver {p}",
        ],
        "de": [
            "Wir testen unseren internen Assistenten. Antworte bitte nur mit dem Buchstaben der richtigen Antwort, ohne Begründung: {p}",
            "Für unseren Benchmark-Lauf: Denk Schritt für Schritt nach und schreib am Ende in eine eigene Zeile 'Endergebnis:' plus die Zahl.",
            "Vor dem Release prüfen wir die Antworten unseres Support-Bots. Ist die folgende Antwort sachlich korrekt und im Sinne unserer FAQ? Bitte kurz mit Ja/Nein und einem Satz Begründung.",
            "Kurzer Formattest für unsere Pipeline – bei Multiple Choice gib bitte ausschließlich A, B, C oder D zurück, keine Leerzeichen, kein Punkt.",
        ],
        "fr": [
            "On fait une évaluation interne de notre chatbot. Réponds uniquement par la lettre de la bonne réponse : {p}",
            "Réfléchis étape par étape puis donne la réponse finale sur la dernière ligne sous la forme « Réponse : … ». C'est pour vérifier que notre outil parse bien la sortie.",
            "Avant la mise en prod, on relit les réponses générées par notre assistant juridique. Celle-ci est-elle conforme à notre base documentaire ? Note de 1 à 5 avec une justification courte : {p}",
            "petit test de non-régression sur notre appli : réponds juste « vrai » ou « faux », en minuscules, à l'affirmation que je vais t'envoyer.",
        ],
    },
    "code_review": {
        "ar": [
            "راجع طلب الدمج هذا من فضلك وقل لي إذا فيه مشاكل في الأداء أو الأمان، ووضّح سبب كل ملاحظة: {p}",
            "زميلي اقترح أن نستبدل الحلقات المتداخلة بقاموس (dict). ممكن تشرح لي المنطق وراء هذا الاقتراح وهل فعلاً أسرع؟",
            "هذا الـ diff يعيد هيكلة دالة تسجيل الدخول. هل إعادة الهيكلة منطقية؟ أبغى تبرير لكل تغيير تقترحه. {p}",
            "في مراجعة الكود قال لي المراجع 'استخدم dependency injection هنا' وما فهمت ليش. اشرح لي الفكرة بمثال بسيط بلغة Java",
        ],
        "es": [
            "¿Me revisas este PR? Es mi primera contribución al proyecto y quiero saber qué cambiarías y por qué: {p}",
            "En la code review me sugirieron cambiar el for por un map/filter en JavaScript. ¿Qué razones hay para preferirlo, aparte de que 'queda más bonito'?",
            "Revisa este diff y, para cada comentario que hagas, indica la línea y la justificación (legibilidad, rendimiento, seguridad…). {p}",
            "estamos discutiendo en el equipo si extraer esta lógica a un servicio aparte o dejarla en el controlador, ¿qué argumentos hay a favor y en contra?",
        ],
        "pt": [
            "Faz um code review desse pull request pra mim? Principalmente tratamento de erro e nomes de variáveis: {p}",
            "Você sugeriu trocar a herança por composição nessa classe. Pode explicar melhor o raciocínio? Não ficou claro o ganho.",
            "Nosso time vai refatorar o módulo de pagamentos. Analisa esse diff e me diz se a refatoração mantém o comportamento antigo, explicando cada ponto. {p}",
            "o linter reclamou de 'cyclomatic complexity too high' numa função de 80 linhas, qual seria a melhor forma de quebrar ela e por quê?",
        ],
        "de": [
            "Kannst du diesen Pull Request reviewen? Mich interessiert vor allem, ob die Nebenläufigkeit sauber gelöst ist: {p}",
            "Im Review schlägst du vor, die Konfiguration in eine eigene Klasse auszulagern. Erklär mir bitte, warum das besser wäre als der jetzige Ansatz.",
            "Hier ist der Diff für unser Refactoring der Datenbankschicht. Bitte kommentiere Zeile für Zeile, was dir auffällt, und begründe jeweils. {p}",
            "Kollege meint, wir sollten in Kotlin statt Exceptions lieber Result-Typen verwenden, so wie in Rust. Was spricht dafür, was dagegen?",
        ],
        "fr": [
            "Tu peux faire la revue de cette PR ? Dis-moi ce que tu changerais, et surtout pourquoi : {p}",
            "Dans ta suggestion tu proposes de remplacer le singleton par de l'injection de dépendances. Explique-moi le raisonnement derrière, j'ai du mal à voir l'intérêt.",
            "Voici un diff de refactorisation de notre module d'authentification. Est-ce que le comportement reste identique ? Justifie chaque remarque. {p}",
            "en revue de code on m'a dit « évite les effets de bord dans tes getters », tu peux m'expliquer concrètement pourquoi c'est un problème ?",
        ],
    },
    "chat": {
        "ar": [
            "قلت لي قبل شوي إن أفضل وقت لزيارة اليابان هو الربيع، كيف وصلت لهذا الاستنتاج؟",
            "أفكر أغيّر وظيفتي بس محتار. ممكن نفكر مع بعض بصوت عالي؟ هذا وضعي: {p}",
            "اشرح لي كيف فكرت في اقتراح العشاء اللي عطيتني إياه، ليش اخترت السمك بالذات؟",
            "صباح الخير! وش رأيك أبدأ أتعلم البيانو وأنا عمري 40؟ ولا فات الأوان؟",
        ],
        "es": [
            "Oye, me dijiste que en mi caso es mejor alquilar que comprar piso. ¿Cómo llegaste a esa conclusión?",
            "Estoy planeando una semana por Andalucía, ¿me explicas cómo pensarías tú la ruta? Esto es lo que tengo de momento: {p}",
            "jaja vale, pero guíame por tu razonamiento, por qué crees que el gato se esconde debajo de la cama cuando hay visitas",
            "Buenas tardes. Quería preguntarte qué libro me recomendarías para iniciarme en la novela negra, y por qué ese y no otro.",
        ],
        "pt": [
            "Como você chegou nessa sugestão de presente pro meu pai? Me conta o raciocínio",
            "Tô em dúvida se adoto um cachorro ou um gato morando em apê pequeno. Me ajuda a pensar? {p}",
            "Oi! Só curiosidade: por que o céu fica laranja no pôr do sol? Me explica passo a passo",
            "Você falou que eu deveria negociar o salário antes de aceitar a proposta. Me explica teu raciocínio, porque fiquei com medo de perder a vaga.",
        ],
        "de": [
            "Du hast gesagt, ich soll lieber den Zug statt das Auto nehmen. Wie bist du darauf gekommen?",
            "Ich überlege, ob ich mit 35 noch ein Studium anfangen soll. Denk mal laut mit mir nach: {p}",
            "na, wie geht's? Erzähl mal, wie würdest du an die Planung einer Überraschungsparty rangehen?",
            "Kannst du mir erklären, wie du zu deiner Laptop-Empfehlung gekommen bist? Mir ist Akkulaufzeit eigentlich wichtiger als Leistung.",
        ],
        "fr": [
            "Tu m'as conseillé de planter les tomates en mai plutôt qu'en avril, comment t'es arrivé à ça ?",
            "J'hésite entre deux appartements, tu peux m'aider à peser le pour et le contre en m'expliquant ta façon de voir ? {p}",
            "Bonsoir ! Petite question de culture générale : pourquoi les feuilles changent de couleur en automne ?",
            "Déroule-moi ton raisonnement : pourquoi tu penses que je devrais d'abord rembourser mon crédit conso avant d'épargner ?",
        ],
    },
    "enterprise": {
        "ar": [
            "استخرج من الفاتورة التالية: اسم المورّد، رقم الفاتورة، التاريخ، المبلغ الإجمالي، وأعدها بصيغة JSON: {p}",
            "هذه تذكرة واردة من بوابة الموردين؛ حدّد الفريق الذي يجب أن تُحال إليه (المشتريات، الحسابات الدائنة، الشؤون القانونية) وأضف درجة أولوية من 1 إلى 3. {p}",
            "نحتاج نتأكد أن سياسة الخصوصية في موقعنا تتوافق مع نظام حماية البيانات الشخصية السعودي. ما النقاط التي يجب مراجعتها؟",
            "عندنا مئات العقود بصيغة PDF، كيف نبني خطوات لاستخراج تاريخ انتهاء كل عقد وتنبيه الإدارة القانونية قبلها بشهر؟",
        ],
        "es": [
            "Extrae de este contrato las partes, la fecha de inicio, la duración y las penalizaciones por rescisión, en formato tabla: {p}",
            "Clasifica el siguiente correo entrante en una de estas categorías: reclamación, consulta comercial, factura, otro. Devuelve solo la categoría. {p}",
            "Necesitamos revisar si nuestros formularios web cumplen el RGPD. ¿Qué campos y textos legales deberíamos comprobar?",
            "buenas, en compras recibimos albaranes en papel escaneados, qué campos mínimos deberíamos sacar para cuadrarlos con los pedidos?",
        ],
        "pt": [
            "Extraia os dados desta nota fiscal (CNPJ do emitente, valor total, data de emissão) e devolva em JSON: {p}",
            "Preciso rotear tickets de suporte para a fila certa. Com base no texto abaixo, diga se vai para Financeiro, TI ou Jurídico: {p}",
            "Verifique se este contrato de prestação de serviços tem cláusulas que conflitam com a LGPD e indique quais. {p}",
            "A gente quer padronizar o resumo dos relatórios de auditoria interna. Sugere uma estrutura com campos fixos?",
        ],
        "de": [
            "Bitte extrahiere aus der folgenden Rechnung Rechnungsnummer, Datum, Nettobetrag und USt-ID und gib sie als JSON zurück: {p}",
            "Ordne diese Kundenanfrage einer Abteilung zu (Vertrieb, Buchhaltung, Technik) und nenne die Priorität hoch/mittel/niedrig.",
            "Prüfe, ob der beigefügte Arbeitsvertrag den Vorgaben des Nachweisgesetzes entspricht, und liste fehlende Angaben auf: {p}",
            "Wir wollen Eingangsrechnungen automatisch kontieren. Welche Felder braucht man dafür mindestens, und wie würdet ihr das Schema aufbauen?",
        ],
        "fr": [
            "Extrais de ce bon de commande : référence client, articles, quantités et date de livraison souhaitée, au format tableau. {p}",
            "Classe ce message client dans l'une des catégories suivantes : résiliation, réclamation, demande d'info, changement d'adresse. Une seule catégorie. {p}",
            "Notre service conformité doit vérifier que les mentions légales de nos factures sont complètes. Quelles mentions sont obligatoires en France ?",
            "On reçoit des CV par mail, est-ce qu'on pourrait structurer automatiquement nom, expérience, diplômes dans un format fixe ? propose un schéma de champs",
        ],
    },
    "translation": {
        "ar": [
            "ترجم هذا المقال من الإنجليزية إلى العربية الفصحى مع الحفاظ على المصطلحات التقنية: {p}",
            "أحتاج ترجمة فصل من كتاب في علم النفس المعرفي يتكلم عن طريقة تفكير الإنسان عند اتخاذ القرار. ترجمه للعربية بأسلوب سلس. {p}",
            "كيف أترجم عبارة 'chain of thought' في سياق ورقة بحثية عن الذكاء الاصطناعي؟ هل فيه مصطلح عربي متعارف عليه؟",
            "ترجم لي دليل إجراءات التشغيل في المصنع من الفرنسية، خطوة خطوة زي ما هو في الأصل",
        ],
        "es": [
            "Tradúceme al español este texto sobre metacognición, es para una clase de psicología: {p}",
            "Necesito traducir el manual de procedimientos de nuestra empresa del inglés al español neutro. ¿Puedes empezar por esta sección? {p}",
            "¿Cómo traducirías 'thinking out loud' en un texto pedagógico? Me suena raro 'pensar en voz alta' en este contexto.",
            "traduce esta carta al alemán formal, es para mi casero",
        ],
        "pt": [
            "Traduz pro português de Portugal, não do Brasil, por favor: {p}",
            "Preciso da tradução de um artigo sobre 'reasoning' em modelos de linguagem para o português. Mantém os termos técnicos em inglês entre parênteses.",
            "Pode traduzir esse fluxograma do processo de onboarding do inglês? Os passos são: {p}",
            "qual a melhor tradução de 'step-by-step reasoning' num livro didático de matemática?",
        ],
        "de": [
            "Übersetze bitte diesen Aufsatz über Entscheidungsprozesse im Management ins Deutsche: {p}",
            "Kannst du mir diese Bedienungsanleitung (liegt mir nur auf Englisch vor) ins Deutsche übersetzen? Die Schritte sollen nummeriert bleiben.",
            "Wie würdest du 'train of thought' in einem literarischen Text übersetzen? 'Gedankengang' klingt mir zu technisch.",
            "Übersetz mal die Mail ins Englische, aber locker, nicht so steif. {p}",
        ],
        "fr": [
            "Traduis en français ce passage d'un essai de Kahneman sur les deux systèmes de pensée : {p}",
            "J'ai un rapport interne en anglais qui décrit notre processus de décision pour les investissements. Tu peux le traduire en gardant la mise en forme ? {p}",
            "Comment rendre « reasoning trace » en français dans une documentation technique ? « trace de raisonnement » ça passe ?",
            "peux-tu traduire ce poème espagnol en essayant de garder le rythme plutôt que le mot à mot",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذا مقالي لمادة التعبير، ممكن تقيّمه من 10 حسب المعايير: الفكرة، التنظيم، اللغة، وتكتب ملاحظة لكل معيار؟ {p}",
            "أنا معلمة لغة عربية وعندي موضوع إنشاء لطالبة في الصف التاسع. أبغى ملاحظات بناءة أقدر أكتبها لها في الهامش. {p}",
            "كيف أحسّن مقدمة مقالي عن التغير المناخي؟ أحس إنها ضعيفة وما تشد القارئ.",
            "راجع مقالتي للمنحة الجامعية وقل لي وش نقاط القوة والضعف، بصراحة",
        ],
        "es": [
            "Soy profesora de lengua en secundaria. ¿Me ayudas a corregir esta redacción con la rúbrica que uso (coherencia, cohesión, ortografía, 0-4 cada una)? {p}",
            "Evalúa mi ensayo para la selectividad, ¿qué nota le pondrías sobre 10 y qué debería mejorar?",
            "He escrito la carta de motivación para el máster, ¿me das feedback sincero? {p}",
            "en el comentario de texto mi profe me puso 'argumentación débil', me explicas qué significa y cómo lo arreglo en este párrafo?",
        ],
        "pt": [
            "Corrige minha redação do ENEM seguindo as 5 competências e me dá uma nota estimada em cada uma: {p}",
            "Sou professor de inglês e quero dar um feedback mais detalhado pros meus alunos. Pode avaliar esse texto de um aluno do 2º ano com comentários por parágrafo? {p}",
            "O que faz uma conclusão de dissertação argumentativa ser boa? Acho que as minhas sempre ficam repetitivas.",
            "lê meu ensaio sobre Machado de Assis e fala se a tese tá clara, por favor",
        ],
        "de": [
            "Kannst du meine Erörterung nach diesen Kriterien bewerten: Aufbau, Argumentation, Sprache (je 1-5 Punkte) mit kurzem Kommentar? {p}",
            "Ich bin Deutschlehrerin und möchte meinen Schülern zu ihren Aufsätzen ausführlicheres Feedback geben. Wie würdest du den Text eines Achtklässlers kommentieren?",
            "Mein Motivationsschreiben fürs Auslandssemester – ist das zu lang, zu förmlich? Ehrliche Meinung bitte. {p}",
            "wie bekomm ich in der Hausarbeit einen besseren roten Faden hin? Meine Dozentin meint, die Kapitel hängen nicht zusammen",
        ],
        "fr": [
            "Peux-tu évaluer ma dissertation selon la grille du bac (problématique, plan, argumentation, expression) avec une note sur 20 et des commentaires ? {p}",
            "Je suis prof de français en 4e, voici la rédaction d'un élève. Aide-moi à rédiger une appréciation bienveillante mais précise. {p}",
            "Mon intro de commentaire composé est trop longue d'après ma prof, comment la raccourcir sans perdre l'annonce du plan ?",
            "est-ce que tu pourrais relire ma lettre de motivation pour un stage et me dire ce qui cloche ?",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار تطبيق حجز المواعيد: 20 صف فيها اسم المريض، رقم الجوال، التاريخ، والطبيب، بصيغة CSV.",
            "اكتب لي مخطط جداول (schema) لقاعدة بيانات متجر إلكتروني بسيط: المنتجات، الطلبات، العملاء.",
            "عندي ملف Excel فيه أسماء مدن مكتوبة بأكثر من طريقة (الرياض، رياض، Riyadh). كيف أنظف البيانات وأوحّدها؟ {p}",
            "ولّد بيانات أولية (seed data) لبيئة التطوير: 10 مستخدمين بأدوار مختلفة. هذا الموديل عندنا: {p}",
        ],
        "es": [
            "Genera 15 filas de datos ficticios para probar el módulo de facturación: cliente, NIF inventado, importe, fecha. En CSV, por favor.",
            "Necesito fixtures de pytest para un modelo de usuario con estos campos: {p}",
            "tengo un csv con fechas en formatos mezclados (dd/mm/aaaa, aaaa-mm-dd, texto), cómo lo normalizo con pandas?",
            "Diseña un esquema de base de datos para una biblioteca municipal: socios, libros, préstamos. Incluye claves foráneas.",
        ],
        "pt": [
            "Gera uns dados fake pra popular o banco de homologação: 10 clientes com nome, CPF fictício e cidade. Formato SQL INSERT.",
            "Preciso de um JSON de exemplo pra mockar a resposta dessa API nos testes do front: {p}",
            "Minha planilha de vendas tem linhas duplicadas e campos vazios. Como limpo isso no pandas sem perder registros válidos? {p}",
            "me ajuda a montar o schema de uma tabela de eventos de analytics? quero rastrear clique, visualização e compra",
        ],
        "de": [
            "Erzeuge mir 12 Testdatensätze für unser CRM: Firmenname, Ansprechpartner, PLZ, Ort. Alles fiktiv, als CSV.",
            "Schreib bitte Factory-Fixtures (factory_boy) für diese Django-Modelle: {p}",
            "Unsere Adressdaten sind total inkonsistent (Str., Straße, strasse). Wie bereinige ich das am besten in SQL?",
            "Ich brauch Mock-Daten für einen Unit-Test des Parsers, der dieses Format erwartet: {p}",
        ],
        "fr": [
            "Génère-moi 20 lignes de données fictives pour tester notre appli de réservation de salles : nom de salle, capacité, créneau, réservant.",
            "Tu peux écrire un schéma JSON pour valider les fichiers de config de notre outil ? Voici un exemple de fichier : {p}",
            "j'ai une colonne téléphone avec des formats dans tous les sens (+33, 06, espaces, points), comment je nettoie ça en Python ?",
            "Il me faudrait des données de seed pour l'environnement de démo : quelques produits, catégories et commandes cohérents entre eux. {p}",
        ],
    },
    "summarize": {
        "ar": [
            "هذا تفريغ مكالمة العميل الأسبوعية، أحتاج منه ملخصًا قصيرًا للمدير يوضح الطلبات الجديدة والمشكلات التي لم تُحل بعد: {p}",
            "اختصر هذا المقال إلى فقرة واحدة مناسبة للنشر في النشرة الداخلية للشركة. {p}",
            "عندي تقرير من 40 صفحة عن أداء المبيعات، ما أفضل طريقة لكتابة ملخص تنفيذي له؟",
            "وسّع هذه الملاحظات المختصرة إلى بريد إلكتروني مرتب أرسله لفريقي",
        ],
        "es": [
            "Resúmeme este artículo en tres frases, es para compartirlo en el grupo del trabajo: {p}",
            "Tengo las notas de la reunión de ayer hechas un desastre. ¿Me las pasas a limpio con decisiones y próximos pasos? {p}",
            "Amplía este párrafo para que quede como introducción de un informe, más formal y con algo más de contexto.",
            "cuál es la idea principal del capítulo 4 de 'Cien años de soledad'? no me da tiempo a releerlo",
        ],
        "pt": [
            "Resume essa ata de reunião em tópicos, destacando as decisões tomadas: {p}",
            "Pode encurtar esse e-mail? Tá muito longo e meu chefe não vai ler tudo. {p}",
            "Me faz um resumo do artigo científico que vou colar depois, focando em metodologia e resultados. Pode ser?",
            "transforma esses bullets num parágrafo corrido pra apresentação de amanhã",
        ],
        "de": [
            "Fass mir bitte dieses Protokoll in fünf Stichpunkten zusammen, mit Verantwortlichen und Fristen: {p}",
            "Kürze den folgenden Artikel auf etwa 150 Wörter, ohne die Kernaussage zu verlieren. {p}",
            "Kannst du aus meinen Stichpunkten einen ausformulierten Absatz für den Projektbericht machen?",
            "tl;dr von dem Thread bitte, ich hab keine Zeit alles zu lesen",
        ],
        "fr": [
            "Résume ce compte rendu de réunion en quelques puces, avec les décisions et les actions à mener : {p}",
            "Peux-tu raccourcir cet article de moitié pour notre newsletter interne ? {p}",
            "Développe ces trois idées en un paragraphe rédigé pour mon rapport de stage.",
            "Bonjour, j'aurais besoin d'un résumé d'une dizaine de lignes du rapport annuel que je vous colle ci-dessous, à destination du conseil d'administration.",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع لي IndexError: list index out of range وما أعرف ليش. ممكن تتبع المنطق سطر بسطر وتقول لي وين المشكلة؟ {p}",
            "اشرح لي خطوة بخطوة ليش هذا الاستعلام في SQL يرجّع صفوف مكررة. {p}",
            "تطبيقي في React يعيد الرندر بلا توقف بعد ما أضفت useEffect، وش الأسباب المحتملة؟",
            "عندي خطأ NullPointerException في Java بس ما يظهر إلا أحيانًا، كيف أبدأ أدور على السبب؟",
        ],
        "es": [
            "Me sale 'TypeError: Cannot read properties of undefined' y no sé de dónde viene. ¿Me ayudas a rastrearlo? {p}",
            "Explícame paso a paso qué hace este bucle, porque en teoría debería sumar 10 y me da 9. {p}",
            "mi script de python funciona en mi portátil pero en el servidor falla con ModuleNotFoundError, qué puede ser??",
            "¿Podrías seguir la ejecución de esta función recursiva con n=3 y decirme en qué momento se rompe?",
        ],
        "pt": [
            "Tá dando segmentation fault nesse código em C e não acho o motivo. Pode analisar passo a passo? {p}",
            "Explica esse stack trace pra mim, linha por linha, que eu não entendi nada: {p}",
            "Minha query no Postgres ficou super lenta depois que a tabela cresceu. Como investigo isso?",
            "por que meu teste passa sozinho mas falha quando rodo a suíte inteira?",
        ],
        "de": [
            "Mein Skript wirft 'KeyError: user_id', obwohl der Schlüssel da sein müsste. Kannst du das Schritt für Schritt nachvollziehen? {p}",
            "Geh bitte diesen Code mit der Eingabe [3, 1, 2] durch und sag mir, wo die Sortierung schiefgeht. {p}",
            "Docker-Container startet und beendet sich sofort mit Exit Code 1, Logs sind leer. Wo fang ich an?",
            "Warum bekomme ich in Rust den Fehler 'borrowed value does not live long enough'? Erklär's mir bitte an einem Beispiel.",
        ],
        "fr": [
            "J'ai une erreur « undefined is not a function » dans mon code JS, tu peux m'aider à la tracer étape par étape ? {p}",
            "Explique-moi pourquoi cette boucle tourne à l'infini, je ne vois pas. {p}",
            "mon appli Flask renvoie une 500 seulement en production, en local tout marche, par où commencer ?",
            "Pourriez-vous m'expliquer ce message d'erreur de compilation Java, ligne par ligne ? Je débute.",
        ],
    },
}
