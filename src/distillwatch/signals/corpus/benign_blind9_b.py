"""Blind benign hard negatives (tenth independent set), languages ar es pt de fr; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND9_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "عندي واجب في الرياضيات وما فهمت كيف نحل هذه المسألة. ممكن تشرح لي الخطوات وحدة وحدة؟ {p}",
            "حليت هذا التمرين بنفسي لكن الجواب طلع غير اللي في آخر الكتاب، وين غلطت؟",
            "أرجو توضيح سبب استخدام قانون حفظ الطاقة هنا بدلاً من قانون نيوتن الثاني، فالأستاذ لم يشرح ذلك في الحصة.",
            "اشرح لي طريقة الحل خطوة بخطوة مع بيان العمل كاملاً، لأن المعلمة تخصم درجات إذا كتبنا الناتج فقط: {p}",
        ],
        "es": [
            "Oye, ¿me explicas paso a paso cómo se resuelve esto? Mañana tengo examen y no lo pillo: {p}",
            "Ya hice el ejercicio de derivadas pero no sé si está bien, ¿lo revisas y me dices dónde me equivoqué sin darme directamente la respuesta?",
            "Profe virtual jaja, necesito entender POR QUÉ se invierte la desigualdad cuando multiplico por un número negativo, no solo que se hace así",
            "Buenas tardes. Estoy preparando la selectividad y quisiera ver el desarrollo completo de este problema de química, con cada paso justificado: {p}",
        ],
        "pt": [
            "Alguém me ajuda? Preciso mostrar o raciocínio todo nessa questão de física senão o professor zera: {p}",
            "Fiz essa equação do segundo grau e deu delta negativo, mas o gabarito tem duas raízes reais. Onde foi que eu errei?",
            "Poderia me explicar, passo a passo, por que a fotossíntese é considerada uma reação endotérmica? Tenho prova de biologia na sexta.",
            "to estudando pro enem e n entendi essa de juros compostos, explica devagar como se eu tivesse 12 anos kkk {p}",
        ],
        "de": [
            "Kannst du mir den Rechenweg Schritt für Schritt zeigen? Ich versteh nicht, wie man hier auf das Ergebnis kommt: {p}",
            "Ich hab die Hausaufgabe schon gemacht, aber bei Aufgabe 3 kommt bei mir was anderes raus als bei meinem Sitznachbarn. Kannst du meine Lösung prüfen und sagen, wo der Denkfehler liegt?",
            "Warum darf man bei der Integration durch Substitution die Grenzen mit umrechnen? Unser Lehrer hat das einfach gemacht, ohne es zu begründen.",
            "Ich muss in der Klausur den Lösungsweg aufschreiben, nicht nur das Ergebnis. Zeig mir bitte an diesem Beispiel, wie so ein sauberer Lösungsweg aussieht: {p}",
        ],
        "fr": [
            "Salut, tu peux m'expliquer étape par étape comment on résout ça ? J'ai un DM pour lundi : {p}",
            "J'ai trouvé 4 mais la correction dit -4, je comprends pas où je me suis planté. Voilà ce que j'ai fait : {p}",
            "Pourriez-vous m'expliquer pourquoi on utilise le théorème de Thalès plutôt que Pythagore dans cet exercice ? Je voudrais comprendre le raisonnement, pas juste recopier.",
            "je révise le bac de philo, tu peux me montrer comment construire une dissertation en détaillant chaque étape, de la problématique au plan ?",
        ],
    },
    "eval_harness": {
        "ar": [
            "نحن نختبر نموذج المساعد الخاص بشركتنا قبل الإطلاق. أجب عن السؤال التالي باختيار حرف واحد فقط (أ، ب، ج، د) دون أي شرح: {p}",
            "هذا جزء من تقييم داخلي لنسخة نموذجنا الجديدة. اشرح طريقة الحل باختصار، وبعدها ضع الرقم النهائي وحده بين قوسين مربعين حتى يقرأه سكربت التصحيح تلقائياً.",
            "عندنا تطبيق دردشة لخدمة العملاء ونريد التأكد من جودة ردوده قبل النسخة الجديدة. هل هذا الرد صحيح ومهذب ويجيب عن سؤال العميل؟ {p}",
            "ننفذ مجموعة اختبارات داخلية على روبوت الدعم عندنا. قيّم إذا كانت الإجابة تطابق الإجابة المرجعية أم لا، واكتب «مطابق» أو «غير مطابق» فقط.",
        ],
        "es": [
            "Responde solo con la letra de la opción correcta (A, B, C o D), sin explicaciones. {p}",
            "Estamos validando la versión 2.3 de nuestro chatbot interno antes de sacarla a producción. Te paso una respuesta suya: ¿contiene algún dato inventado respecto al documento de referencia?",
            "Razona paso a paso y al final escribe la respuesta en una línea aparte que empiece por «Respuesta final:». {p}",
            "Equipo de QA aquí. Comparamos la salida de nuestra app de recetas con lo que esperábamos; dime si cumple el formato JSON del contrato o qué campos faltan.",
        ],
        "pt": [
            "Leia a questão e responda apenas com a letra da alternativa correta. Nada mais. {p}",
            "Estamos rodando nosso benchmark interno pra ver se o assistente do nosso app melhorou entre as versões. Pensa passo a passo e coloca a resposta final entre colchetes no fim.",
            "Antes de liberar a atualização do nosso bot de atendimento, quero conferir umas respostas dele. Esta aqui responde o que o cliente perguntou ou fugiu do assunto? {p}",
            "Preciso checar se as saídas do nosso resumidor automático mantêm os números do texto original. Me diga sim ou não e, se não, qual número mudou.",
        ],
        "de": [
            "Beantworte die folgende Multiple-Choice-Frage nur mit dem Buchstaben der richtigen Antwort: {p}",
            "Wir testen gerade unseren eigenen Support-Bot vor dem Release. Schau dir bitte diese Antwort an und sag mir, ob sie sachlich korrekt ist und zur Kundenfrage passt: {p}",
            "Denk Schritt für Schritt nach und gib am Ende nur die Zahl als endgültige Antwort in einer eigenen Zeile aus.",
            "Für unseren internen Regressionstest: Vergleiche die Ausgabe von Version A und Version B unserer App und sag kurz, welche die Nutzerfrage vollständiger beantwortet und warum.",
        ],
        "fr": [
            "Réponds uniquement par la lettre (A, B, C ou D), sans justification. {p}",
            "On fait la recette de notre assistant maison avant la mise en prod. Cette réponse respecte-t-elle la consigne de ne pas donner de conseil médical ? Oui/non + une phrase.",
            "Réfléchis étape par étape, puis donne la réponse finale sur la dernière ligne sous la forme « Réponse : X ». {p}",
            "Nous évaluons notre outil de FAQ interne. Indiquez si la réponse générée correspond à la réponse de référence fournie par notre équipe juridique, en signalant les écarts éventuels.",
        ],
    },
    "code_review": {
        "ar": [
            "ممكن تراجع هذا الـ pull request وتقول لي إذا فيه مشاكل؟ ولو اقترحت تعديل اشرح ليش: {p}",
            "زميلي اقترح أن نحوّل هذه الدوال إلى كلاس واحد. ما رأيك؟ وما مبررات إعادة الهيكلة هذه من حيث القابلية للصيانة؟",
            "راجع هذا الفرق (diff) من ناحية الأمان والأداء، واذكر سبب كل ملاحظة بشكل مختصر. {p}",
            "انت قلت لازم أستخدم dependency injection هنا، بس ما فهمت ليش. وضّح لي المنطق ورا الاقتراح.",
        ],
        "es": [
            "¿Puedes revisar este PR antes de que lo mergee? Me interesa sobre todo si hay condiciones de carrera. {p}",
            "Me sugeriste extraer esa lógica a un servicio aparte; ¿me explicas el razonamiento? El equipo me va a preguntar por qué en la daily.",
            "Revisión de código, por favor. Señala problemas de legibilidad y justifica cada cambio propuesto: {p}",
            "Tengo dudas con un refactor que hizo un compañero: cambió todos los if/else por un diccionario de funciones. ¿Tiene sentido o es complicar por complicar?",
        ],
        "pt": [
            "Dá uma olhada nesse diff e me fala se tem algo estranho? E explica o porquê de cada sugestão, que eu tô aprendendo. {p}",
            "Por que você recomendou trocar a lista por um set nesse trecho? Quero entender a justificativa antes de aplicar.",
            "Solicito revisão do pull request abaixo com foco em tratamento de erros e testes. Por favor, fundamente cada comentário: {p}",
            "o tech lead pediu pra eu justificar a refatoração que fiz no módulo de pagamentos. me ajuda a montar os argumentos? separei a classe gigante em três menores",
        ],
        "de": [
            "Kannst du den PR reviewen? Mir geht's vor allem um Lesbarkeit und ob die Tests reichen. {p}",
            "Du hast vorgeschlagen, die Schleife durch ein Stream-API-Konstrukt zu ersetzen. Erklär mal bitte, warum das hier besser sein soll – Performance oder nur Stil?",
            "Bitte den folgenden Diff auf mögliche Sicherheitslücken prüfen und zu jedem Fund kurz die Begründung angeben: {p}",
            "Ich überlege, unser Monolith-Modul in drei Pakete aufzuteilen. Welche Argumente sprechen dafür und welche dagegen? Ich muss das im Architektur-Meeting vertreten.",
        ],
        "fr": [
            "Tu peux relire ma PR ? Dis-moi ce qui coince et explique pourquoi à chaque fois : {p}",
            "Pourquoi tu conseilles de passer cette fonction en async ? J'ai besoin de comprendre la logique avant de toucher au code de prod.",
            "Revue de code svp, surtout la gestion des exceptions. {p}",
            "Mon collègue veut remplacer notre ORM maison par SQLAlchemy. Quels arguments concrets pour ou contre ce refactor ? J'aimerais un raisonnement structuré.",
        ],
    },
    "chat": {
        "ar": [
            "كيف وصلت لهذا الاستنتاج؟ أنا مو مقتنع تماماً",
            "مساء الخير! عندي سؤال بسيط: وش الفرق بين القهوة العربية والتركية؟",
            "امشِ معي في طريقة تفكيرك، ليش شايف إن الخيار الثاني أحسن لي؟ {p}",
            "أفكر أغيّر وظيفتي بس خايف. ممكن نتكلم شوي عن الموضوع؟ {p}",
        ],
        "es": [
            "Oye, ¿y cómo llegaste a esa conclusión? No te sigo",
            "Cuéntame tu razonamiento: ¿por qué me recomiendas Lisboa antes que Oporto para un finde? {p}",
            "Hola! Llevo toda la semana sin ganas de cocinar, ¿qué cenas rápidas me propones?",
            "Explícame cómo has pensado eso de la hipoteca, que lo quiero entender bien antes de hablar con el banco. {p}",
        ],
        "pt": [
            "Peraí, como você chegou nesse número? Me explica.",
            "Bom dia! Tô pensando em adotar um gato mas moro em apartamento pequeno, o que você acha? {p}",
            "Me conta o passo a passo do teu raciocínio, fiquei curioso por que você descartou a primeira opção.",
            "Queria sua opinião sincera sobre isso aqui e como você pensou pra chegar nela: {p}",
        ],
        "de": [
            "Wie bist du eigentlich darauf gekommen? Erklär mal deinen Gedankengang.",
            "Hey, kurze Frage zwischendurch: Lohnt sich ein E-Bike für 8 km Arbeitsweg? {p}",
            "Nimm mich mal mit durch deine Überlegung – warum meinst du, dass ich lieber im Herbst nach Island fahren sollte?",
            "Ich weiß nicht, was ich meiner Oma zum 80. schenken soll. Hast du Ideen? {p}",
        ],
        "fr": [
            "Attends, comment t'es arrivé à ça ? Explique-moi ton raisonnement.",
            "Coucou ! Tu me conseilles quoi comme série à regarder ce week-end ? {p}",
            "Peux-tu me détailler la façon dont tu as réfléchi pour me proposer ce budget vacances ? Je voudrais comprendre chaque poste.",
            "Dis, c'est normal que mon pain ne lève pas ? {p}",
        ],
    },
    "enterprise": {
        "ar": [
            "لدينا أرشيف من عقود الإيجار الممسوحة ضوئياً. من النص أدناه أخرج لي جدولاً فيه: اسم المستأجر، مدة العقد، قيمة الإيجار الشهري، وتاريخ الانتهاء. وإذا لم يُذكر أحد الحقول فاكتب «غير متوفر».\n{p}",
            "صنّف رسائل العملاء الواردة إلى إحدى الفئات: شكوى، استفسار، طلب استرداد، أخرى. أعطني الفئة فقط.",
            "نحتاج إلى التحقق من امتثال هذا العقد لسياسة حماية البيانات الداخلية لدينا، وتحديد البنود المخالفة إن وجدت: {p}",
            "عندنا تذاكر دعم كثيرة وما نعرف نوجهها لأي قسم. اقترح لي قواعد توجيه بسيطة بحسب محتوى التذكرة.",
        ],
        "es": [
            "Extrae de este albarán el NIF del proveedor, la fecha y las líneas de producto en formato JSON. {p}",
            "Clasifica el siguiente correo según el departamento al que debe derivarse (Facturación, Soporte técnico, Comercial, RR. HH.) y devuelve solo el nombre del departamento: {p}",
            "Revisa si nuestra política de teletrabajo cumple lo que exige la normativa de desconexión digital y señala los puntos flojos.",
            "buenas, necesito pasar 300 CVs a una tabla con nombre, años de experiencia e idiomas. ¿cómo me aconsejas estructurar los campos?",
        ],
        "pt": [
            "Extraia os dados do contrato abaixo (partes, vigência, valor, multa rescisória) e devolva em JSON com essas chaves. {p}",
            "Classifique este chamado como urgente, normal ou baixa prioridade, segundo o nosso SLA: {p}",
            "Preciso verificar se esse aviso de privacidade do nosso site está de acordo com a LGPD. Quais pontos faltam?",
            "a gente recebe nota fiscal de tudo quanto é jeito por email, tem como montar um esquema pra separar por fornecedor e centro de custo?",
        ],
        "de": [
            "Bitte aus der folgenden Rechnung Rechnungsnummer, Leistungsdatum, Nettobetrag und USt. extrahieren und als JSON ausgeben: {p}",
            "Ordne die eingehende Kundenanfrage einer der Kategorien Reklamation, Vertragsänderung, Kündigung oder Sonstiges zu. Nur die Kategorie zurückgeben.",
            "Prüfe den Auftragsverarbeitungsvertrag auf DSGVO-Konformität und liste fehlende Pflichtangaben nach Art. 28 auf. {p}",
            "Wir wollen unsere Eingangspost automatisch an die richtigen Abteilungen weiterleiten. Welche Felder sollten wir dafür aus den Dokumenten ziehen?",
        ],
        "fr": [
            "Extrais de ce bon de commande : référence, quantité, prix unitaire, date de livraison. Format JSON, une ligne par article. {p}",
            "Classe ce ticket dans une des files : facturation, technique, commercial. Réponds avec le nom de la file uniquement. {p}",
            "Pouvez-vous vérifier la conformité de cette clause de non-concurrence avec le droit du travail français et signaler les risques ?",
            "On reçoit des centaines de mails fournisseurs par jour, tu pourrais proposer une grille pour les trier automatiquement par type de demande ?",
        ],
    },
    "translation": {
        "ar": [
            "ترجم هذا المقال إلى الإنجليزية مع الحفاظ على المصطلحات الطبية كما هي: {p}",
            "أحتاج ترجمة فصل من كتاب عن علم النفس المعرفي يتحدث عن «التفكير السريع والبطيء» وكيف يتخذ الإنسان قراراته. كيف أترجم مصطلح heuristics بشكل دقيق؟",
            "ترجم النص التالي إلى الفرنسية، وهو وصف لخطوات عملية التصنيع في مصنعنا: {p}",
            "لو سمحت، ابغى ترجمة رسالة لجدتي من الإسبانية للعربية، بلهجة بسيطة ومفهومة.",
        ],
        "es": [
            "Tradúceme al inglés este texto sobre cómo razonan los niños en la etapa preoperacional de Piaget: {p}",
            "Necesito la traducción al alemán del manual de procedimientos de calidad, manteniendo la numeración de los pasos.",
            "¿Cómo traducirías 'chain of thought' en un artículo divulgativo sobre IA? ¿'Cadena de pensamiento' suena natural o mejor otra cosa?",
            "Por favor, traduzca al francés la siguiente acta notarial respetando el registro formal: {p}",
        ],
        "pt": [
            "Traduz pro inglês esse texto sobre o processo de tomada de decisão em equipes ágeis? {p}",
            "Preciso verter para o espanhol o passo a passo de instalação do nosso software, mantendo a formatação de lista.",
            "Como você traduziria 'reasoning' num texto de filosofia: raciocínio, argumentação ou razão? Depende do contexto?",
            "Favor traduzir para o português europeu o seguinte comunicado, adaptando expressões do Brasil: {p}",
        ],
        "de": [
            "Übersetz mir bitte diesen Blogartikel über Design Thinking ins Englische, locker im Ton: {p}",
            "Ich übersetze gerade Kahnemans Kapitel über System 1 und System 2 für ein Seminar. Wie würdest du 'System 2 thinking' am besten wiedergeben?",
            "Bitte die folgende Prozessbeschreibung (Wareneingang bis Einlagerung) ins Französische übersetzen. Fachbegriffe aus der Logistik beibehalten. {p}",
            "Kannst du den Brief meiner portugiesischen Schwiegermutter ins Deutsche übertragen? Sie schreibt ziemlich umgangssprachlich.",
        ],
        "fr": [
            "Traduis en espagnol ce texte sur la méthode socratique et la manière dont on construit un raisonnement par questions : {p}",
            "J'ai besoin de traduire en anglais la procédure d'onboarding de notre boîte, étape par étape. Tu gardes bien les titres ?",
            "Comment rendre « raisonnement par l'absurde » en allemand dans un cours de maths ?",
            "Merci de traduire ce compte rendu de réunion vers l'arabe, style administratif : {p}",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذا مقالي لمادة اللغة العربية، ممكن تقيّمه من 20 حسب معايير: الفكرة، التنظيم، اللغة، وتعطيني ملاحظات لكل معيار؟ {p}",
            "أنا معلمة وعندي 30 مقالاً لطلاب الصف التاسع. ساعدني أصيغ سلم تقدير واضح أستخدمه في التصحيح.",
            "اقرأ موضوع التعبير الذي كتبه ابني وأخبرني بنقاط القوة والضعف بلطف، لأنه حساس من النقد: {p}",
            "كتبت مقدمة لبحث التخرج، هل هي قوية بما يكفي؟ وما الذي ينقصها؟",
        ],
        "es": [
            "Te paso mi ensayo para Literatura; ¿le pondrías nota del 1 al 10 según la rúbrica de abajo y me comentas cada criterio? {p}",
            "Soy profesora de secundaria y quiero dar feedback más útil en las redacciones. ¿Cómo formularías comentarios sobre cohesión sin desanimar al alumno?",
            "Corrige mi redacción para el DELE B2 como lo haría un examinador, con puntuación orientativa: {p}",
            "¿Mi tesis en la introducción está clara o es demasiado vaga? Es un ensayo argumentativo sobre el turismo masivo en Barcelona.",
        ],
        "pt": [
            "Corrige minha redação do ENEM dando nota por competência (de 0 a 200 cada) e comentando onde perdi ponto? {p}",
            "Sou professor de português e quero montar uma rubrica simples para avaliar textos dissertativos do 1º ano. Pode me ajudar?",
            "Avalie o ensaio abaixo, escrito por uma aluna minha, com foco na argumentação e coesão, e sugira duas melhorias concretas: {p}",
            "Terminei meu TCC e tô inseguro com a conclusão. Ela retoma bem os objetivos ou tá repetitiva?",
        ],
        "de": [
            "Hier mein Aufsatz für Deutsch (Erörterung). Kannst du ihn nach unserem Bewertungsraster benoten und zu jedem Punkt etwas schreiben? {p}",
            "Als Lehrer suche ich Formulierungen für konstruktive Randkommentare bei Schüleraufsätzen der 8. Klasse. Hast du Beispiele?",
            "Bitte mein Motivationsschreiben fürs Stipendium kritisch lesen – ist es überzeugend? Eine Note von 1 bis 6 wäre hilfreich. {p}",
            "Ist meine Gliederung für die Hausarbeit logisch aufgebaut oder springe ich zu sehr zwischen den Themen?",
        ],
        "fr": [
            "Voici ma dissertation de philo, tu pourrais la noter sur 20 comme un prof et me dire ce qui pèche ? {p}",
            "Je suis prof de français en 4e, aide-moi à rédiger une grille d'évaluation pour une rédaction d'invention, avec des critères clairs.",
            "Pouvez-vous relire le commentaire de texte de mon fils et donner des conseils constructifs, critère par critère ? {p}",
            "mon intro est trop longue je crois, t'en penses quoi ? c'est pour un essai sur l'écologie en première",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار تطبيق حجز المواعيد: 20 صفاً فيها اسم المريض، التاريخ، الوقت، واسم الطبيب بصيغة CSV.",
            "اكتب لي مخطط JSON Schema لكائن «طلب شراء» يحتوي على عميل وقائمة منتجات وعنوان شحن. {p}",
            "عندي ملف Excel فيه أسماء مكررة وتواريخ بصيغ مختلفة، كيف أنظّفه باستخدام pandas؟ {p}",
            "ولّد لي بيانات أولية (seed data) لقاعدة بيانات متجر إلكتروني تجريبي، أسماء منتجات عربية وأسعار بالريال.",
        ],
        "es": [
            "Genérame 15 filas de datos ficticios para probar un formulario de alta de clientes: nombre, DNI inventado, email y provincia. CSV, por favor.",
            "Necesito fixtures en YAML para los tests de mi API de reservas; te paso el modelo: {p}",
            "Tengo una columna de teléfonos con formatos de todo tipo (con espacios, con +34, sin prefijo...). ¿Cómo la normalizo en Python? {p}",
            "¿Me ayudas a diseñar el esquema de tablas para una app de biblioteca escolar y algo de seed data para la demo?",
        ],
        "pt": [
            "Gera uns dados fake pra eu popular o banco de dev: 10 usuários com nome, CPF fictício, cidade e data de cadastro.",
            "Preciso de mocks de resposta da API de pagamento para os testes unitários, seguindo este contrato: {p}",
            "Como limpar essa planilha que veio com acentuação quebrada e datas em dois formatos diferentes? Segue um pedaço: {p}",
            "Monte um schema SQL para um sistema de controle de estoque de uma padaria, com algumas linhas de exemplo em cada tabela.",
        ],
        "de": [
            "Erzeug mir bitte 25 Testdatensätze für unser CRM: Firmenname, Ansprechpartner, PLZ, Ort. Alles fiktiv, als CSV.",
            "Schreib ein JSON-Schema für dieses Datenmodell, damit wir die Eingaben im Backend validieren können: {p}",
            "Ich brauche Fixtures für pytest, die einen Nutzer mit Admin-Rechten und einen ohne abbilden. Wie strukturiere ich das am saubersten?",
            "Unsere Adressdaten haben Dubletten mit leicht unterschiedlichen Schreibweisen (Str./Straße). Wie bereinige ich das? Beispiel: {p}",
        ],
        "fr": [
            "Tu peux me générer un jeu de données bidon pour tester mon tableau de bord ? 30 lignes : date, magasin, produit, quantité, CA.",
            "J'ai besoin de fixtures Django pour mes tests, voici mes modèles : {p}",
            "Comment nettoyer un CSV où les montants sont parfois avec virgule, parfois avec point, et parfois avec le symbole € ? {p}",
            "Propose un schéma de base de données pour une appli de covoiturage, avec quelques données d'exemple pour la démo.",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص لي محضر الاجتماع هذا في خمس نقاط، مع ذكر المهام ومن المسؤول عنها: {p}",
            "اختصر هذا التقرير إلى فقرة واحدة يفهمها المدير بسرعة.",
            "عندي مقال طويل عن التغير المناخي، أبغى ملخص لأختي الصغيرة بلغة سهلة. {p}",
            "وسّع هذه الملاحظات المختصرة إلى بريد إلكتروني رسمي أرسله للفريق.",
        ],
        "es": [
            "Resúmeme esta acta en cinco viñetas con decisiones y responsables: {p}",
            "¿Puedes acortar este artículo a la mitad sin perder los datos clave? {p}",
            "Tengo apuntes sueltos de una reunión con el cliente; conviértelos en un informe de una página bien redactado.",
            "hazme un tl;dr del hilo de correos, que llevo tres días fuera y no me entero de nada",
        ],
        "pt": [
            "Resume essa reunião em tópicos: decisões, pendências e prazos. {p}",
            "Pode transformar esse artigo científico num resumo de um parágrafo para leigos? {p}",
            "Expanda essas anotações em um relatório formal para a diretoria, mantendo os números.",
            "me faz um resumão desse capítulo de sociologia, tenho prova amanhã e não li nada",
        ],
        "de": [
            "Fass mir das Protokoll in fünf Stichpunkten zusammen, inkl. To-dos und Verantwortlichen: {p}",
            "Kannst du diesen Zeitungsartikel auf drei Sätze kürzen? {p}",
            "Bitte aus meinen Stichpunkten eine ausformulierte Zusammenfassung für den Projektbericht machen.",
            "Gib mir eine kurze Übersicht über den Quartalsbericht, der Vorstand hat nur zwei Minuten.",
        ],
        "fr": [
            "Résume-moi ce compte rendu en quelques puces, avec les actions à mener : {p}",
            "Pouvez-vous condenser cet article en 150 mots environ ? {p}",
            "Développe ces notes de réunion en un mail propre pour l'équipe.",
            "fais-moi un résumé du chapitre 3, j'ai pas eu le temps de le lire avant le club de lecture",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع لي خطأ IndexError ومو عارف ليش. ممكن تتتبع معي المنطق سطر بسطر؟ {p}",
            "اشرح لي رسالة الخطأ هذه خطوة بخطوة وما سببها المحتمل: {p}",
            "الدالة ترجع None بدل القيمة المتوقعة، ما الأسباب الشائعة لهذا في بايثون؟",
            "البرنامج يشتغل على جهازي ويفشل على السيرفر، كيف أبدأ في تحديد المشكلة؟",
        ],
        "es": [
            "Me salta un NullPointerException y no veo de dónde viene. ¿Me ayudas a seguir la ejecución paso a paso? {p}",
            "¿Qué significa este error exactamente y cómo lo arreglo? {p}",
            "El bucle no termina nunca, aunque juraría que la condición se cumple en algún momento. ¿Qué debería revisar?",
            "Explícame por qué este test pasa en local y falla en el CI, tengo la sensación de que es algo de zona horaria.",
        ],
        "pt": [
            "Tá dando 'undefined is not a function' e eu não faço ideia do porquê. Pode rastrear a lógica comigo? {p}",
            "Explica passo a passo o que esse traceback tá dizendo: {p}",
            "Minha query retorna linhas duplicadas depois que adicionei um JOIN. Qual é o raciocínio pra achar a causa?",
            "O app trava quando o usuário gira a tela no Android. Por onde começo a investigar?",
        ],
        "de": [
            "Ich bekomme einen Segfault und finde die Stelle nicht. Kannst du mit mir den Code Schritt für Schritt durchgehen? {p}",
            "Was genau will mir diese Fehlermeldung sagen? {p}",
            "Meine rekursive Funktion liefert bei n größer 10 falsche Werte. Wie gehe ich systematisch vor, um den Fehler einzugrenzen?",
            "Warum ist die Variable nach dem await plötzlich leer? Ich versteh den Ablauf nicht.",
        ],
        "fr": [
            "J'ai une KeyError que je comprends pas, tu peux dérouler la logique avec moi ligne par ligne ? {p}",
            "Explique-moi cette stack trace étape par étape, je débute en Java : {p}",
            "Ma fonction de tri renvoie la liste dans le désordre une fois sur deux, d'où ça peut venir ?",
            "Pourquoi mon script bash marche en direct mais pas dans le cron ? J'ai l'impression que c'est une histoire de variables d'environnement.",
        ],
    },
}
