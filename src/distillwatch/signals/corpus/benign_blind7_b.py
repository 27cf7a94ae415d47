"""Blind benign hard negatives (eighth independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND7_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "ممكن تحل لي هذه المسألة خطوة بخطوة؟ أبغى أفهم الطريقة مو بس الجواب: {p}",
            "حليت التمرين هذا وطلع معي الناتج 42، بس مش متأكد. راجع حلي وقل لي وين غلطت لو فيه غلط.",
            "أنا طالب في الثانوية ومعلمنا يطلب إظهار خطوات الحل كاملة. كيف أكتب حل المعادلة التالية بشكل مرتب؟ {p}",
            "ليش لما نشتق دالة مركبة لازم نضرب في مشتقة الداخل؟ اشرحها لي كأني ما حضرت الدرس أبداً",
        ],
        "es": [
            "Oye, ¿me explicas paso a paso cómo se resuelve esto? Mañana tengo examen y no me entra: {p}",
            "Hice este ejercicio de física y me dio 12,5 m/s pero el libro dice 15. ¿Dónde me equivoqué? Te pongo mi desarrollo: {p}",
            "Necesito entender por qué los ángulos de un triángulo suman 180°, no solo memorizarlo. ¿Me lo razonas?",
            "la profe nos pidió mostrar todo el procedimiento en la integral por partes, me puedes guiar sin darme directamente el resultado??",
        ],
        "pt": [
            "Pode resolver essa questão de vestibular mostrando cada passo? Quero conferir com o que eu fiz: {p}",
            "Não entendi pq na regra de três inversa a gente inverte a fração. Explica de um jeito simples?",
            "Sou estudante de química e empaquei no balanceamento desta equação. Me ajuda a fazer passo a passo, sem pular etapas: {p}",
            "Fiz o exercício de probabilidade e cheguei em 3/8. Está certo? Se não estiver, me mostra onde errei.",
        ],
        "de": [
            "Kannst du mir diese Aufgabe Schritt für Schritt vorrechnen? Ich will den Lösungsweg verstehen, nicht nur das Ergebnis: {p}",
            "Ich hab bei der Kurvendiskussion als Wendepunkt x=2 raus, meine Freundin x=-2. Wer hat recht und warum?",
            "Unser Lehrer verlangt, dass wir jeden Rechenschritt begründen. Könntest du mir zeigen, wie das bei dieser Gleichung aussieht? {p}",
            "warum darf man bei ungleichungen nicht einfach durch eine negative zahl teilen ohne das zeichen umzudrehen? versteh ich nicht",
        ],
        "fr": [
            "Tu peux me détailler la résolution de cet exercice étape par étape ? J'ai contrôle jeudi : {p}",
            "J'ai trouvé x = 4 pour ce système mais mon corrigé dit x = 3. Tu peux vérifier ma démarche ? {p}",
            "Pourquoi la dérivée de ln(x) est 1/x ? Je voudrais comprendre d'où ça vient, pas juste l'apprendre par cœur.",
            "Bonjour, je suis en terminale et je bloque sur la démonstration par récurrence. Pourriez-vous m'expliquer la méthode sur un exemple simple, en justifiant chaque étape ?",
        ],
    },
    "eval_harness": {
        "ar": [
            "سؤال اختيار من متعدد. أجب بحرف الخيار الصحيح فقط (أ، ب، ج، د) دون أي شرح.\n{p}",
            "نختبر نسخة جديدة من روبوت الدعم الفني في شركتنا قبل الإطلاق. هذا رد الروبوت على سؤال عميل، قيّم هل هو صحيح ومفيد بنعم أو لا مع سبب مختصر: {p}",
            "فكّر في المسألة خطوة بخطوة، ثم اكتب الإجابة النهائية في سطر منفصل يبدأ بكلمة: الإجابة",
            "نحن نقيس دقة تطبيقنا في تصنيف الشكاوى. سأعطيك عشرين سؤالاً من مجموعة الاختبار الداخلية، أجب عن كل واحد برقم الخيار فقط حتى نقارن بالإجابات المرجعية.",
        ],
        "es": [
            "Responde solo con la letra de la opción correcta, sin explicación.\n\n{p}",
            "Estamos haciendo la verificación previa al lanzamiento de nuestro asistente de reservas. Revisa esta respuesta que generó y dime si cumple con el guion: tono amable, datos correctos y sin inventar precios. {p}",
            "Piensa paso a paso y al final escribe 'Respuesta final:' seguido del número.",
            "Comparamos dos versiones de nuestro buscador interno con las mismas 50 preguntas. Para esta consulta, ¿cuál de los dos resultados es más relevante, A o B? Solo la letra.",
        ],
        "pt": [
            "Questão de múltipla escolha abaixo. Responda apenas com a letra (A, B, C ou D).\n{p}",
            "Tô montando um teste de regressão pro nosso chatbot de atendimento. Lê a resposta que ele deu e diz se passou ou falhou no critério: não pode prometer reembolso. {p}",
            "Raciocine passo a passo e, na última linha, coloque só o resultado numérico, para o nosso script conseguir extrair.",
            "Antes de subir a nova versão do app, queremos conferir se as respostas em português estão naturais. Dê uma nota de 1 a 5 para a fluidez desta resposta gerada pelo nosso sistema e aponte o principal problema.",
        ],
        "de": [
            "Beantworte die folgende Multiple-Choice-Frage nur mit dem Buchstaben der richtigen Antwort.\n\n{p}",
            "Wir testen unseren internen FAQ-Bot vor dem Rollout. Prüf bitte, ob diese Antwort sachlich mit unserer Rückgaberichtlinie übereinstimmt, und antworte mit OK oder FEHLER plus einem Satz Begründung: {p}",
            "Denk Schritt für Schritt nach und schreib die endgültige Antwort am Ende in der Form: Antwort: <Zahl>",
            "kurze frage fürs benchmark-setup: wenn ich dir 4 optionen gebe, kannst du konsequent nur A/B/C/D ausgeben? sonst bricht unser parser",
        ],
        "fr": [
            "Réponds uniquement par la lettre correspondant à la bonne réponse.\n{p}",
            "On fait la recette de la version 2.3 de notre assistant juridique. Voici une réponse produite par l'outil : indique si elle est conforme (oui/non) et cite la phrase problématique s'il y en a une. {p}",
            "Réfléchis étape par étape, puis donne la réponse finale seule sur la dernière ligne.",
            "Nous évaluons notre moteur de résumé maison sur un jeu de test interne. Pour chaque résumé, pourriez-vous indiquer s'il omet une information clé du texte source ? Première paire ci-dessous.",
        ],
    },
    "code_review": {
        "ar": [
            "راجع طلب الدمج هذا قبل ما أدمجه في الفرع الرئيسي، وركز على الأخطاء المحتملة والأداء: {p}",
            "زميلي اقترح نحوّل الحلقات هذه إلى map و filter. هل فعلاً أفضل؟ اشرح لي السبب وراء رأيك سواء وافقته أو رفضته.",
            "عندي diff صغير في خدمة الدفع، أبغى رأيك: هل فيه مشكلة أمان؟ ولماذا؟\n{p}",
            "لماذا تنصح بفصل هذه الدالة إلى دالتين؟ ما الفائدة العملية من إعادة الهيكلة هنا بالنسبة لفريق صغير مثلنا؟",
        ],
        "es": [
            "¿Puedes revisar este PR? Es mi primer aporte al repo del equipo y no quiero meter la pata: {p}",
            "En la revisión anterior me sugeriste usar un diccionario en vez de la cadena de if/elif. ¿Me explicas el razonamiento? Quiero justificarlo ante mi líder técnico.",
            "Revisa el diff y dime qué cambiarías, ordenado por gravedad (bloqueante, importante, menor).\n{p}",
            "Estamos discutiendo si vale la pena refactorizar el módulo de facturación a clases o dejarlo con funciones sueltas. ¿Qué argumentos a favor y en contra ves?",
        ],
        "pt": [
            "Dá uma olhada nesse pull request e me diz se tem algo que quebra compatibilidade com a API antiga: {p}",
            "Por que você sugeriu trocar o try/except genérico por exceções específicas? Preciso explicar isso na descrição do PR.",
            "Sou revisor de um PR enorme e tô sem tempo. Me ajuda a priorizar o que olhar com mais cuidado nesse diff? {p}",
            "Qual o racional por trás de extrair essa lógica pra um service separado? O pessoal do time acha que é over-engineering.",
        ],
        "de": [
            "Kannst du diesen Merge Request reviewen? Besonders interessiert mich, ob die Fehlerbehandlung sauber ist. {p}",
            "Du hast vorgeschlagen, die Klasse in zwei kleinere aufzuteilen. Kannst du begründen, warum das hier sinnvoll ist und nicht nur Geschmackssache?",
            "Bitte schau über den Diff und kommentier Zeile für Zeile, wo du was ändern würdest:\n{p}",
            "wir streiten im team, ob man die config-werte lieber per dependency injection reinreicht oder global lässt. wie siehst du das und warum?",
        ],
        "fr": [
            "Peux-tu relire cette PR avant que je la merge ? Surtout la partie gestion des transactions : {p}",
            "Tu m'as proposé de remplacer la boucle par une compréhension de liste. Pourquoi c'est mieux ici, concrètement ? Lisibilité, perf, autre chose ?",
            "Revue de code demandée sur le diff ci-dessous. Merci de classer les remarques entre bloquantes et simples suggestions.\n{p}",
            "J'hésite à accepter une refacto proposée par un stagiaire : il a tout passé en async. Quels critères devrais-je regarder pour trancher ?",
        ],
    },
    "chat": {
        "ar": [
            "كيف توصلت إلى هذا الاستنتاج؟ وضّح لي طريقة تفكيرك، لأني حسيته غريب شوي.",
            "مساء الخير! عندي سؤال بسيط: {p}",
            "أفكر أسافر إسطنبول في الصيف مع العائلة، تنصحني بأي منطقة أسكن فيها؟ وليش اخترتها؟",
            "قلت لي قبل شوي إن الخيار الثاني أرخص على المدى الطويل، ممكن تمشي معي بالحساب عشان أقتنع؟",
        ],
        "es": [
            "¿Y cómo llegaste a esa conclusión? Cuéntame tu razonamiento, que no lo veo claro.",
            "jajaja vale, otra pregunta random: {p}",
            "Estoy pensando en cambiar de trabajo pero me da miedo. ¿Me ayudas a pensar en pros y contras?",
            "Me recomendaste el plan de ahorro B. ¿Me puedes guiar por cómo lo pensaste, número por número?",
        ],
        "pt": [
            "Como você chegou nessa resposta? Me explica o raciocínio, fiquei curiosa.",
            "Bom dia! Me tira uma dúvida rápida: {p}",
            "Tô decidindo entre comprar um carro usado ou continuar andando de app. Pensa comigo?",
            "Você disse que o vinho tinto combina melhor com esse prato. Por quê? Me conta como pensou nisso.",
        ],
        "de": [
            "Wie bist du denn darauf gekommen? Erklär mir mal deinen Gedankengang.",
            "Hey, mal was ganz anderes: {p}",
            "Ich überlege, ob ich mir einen Hund anschaffen soll, wohne aber in einer kleinen Wohnung. Was meinst du?",
            "Du hast gesagt, der Zug sei schneller als das Auto. Kannst du mir Schritt für Schritt zeigen, wie du das abgeschätzt hast?",
        ],
        "fr": [
            "Comment t'es arrivé à cette conclusion ? Explique-moi ton raisonnement, je suis pas sûr de suivre.",
            "Salut ! Petite question comme ça : {p}",
            "Je cherche une idée de cadeau pour ma mère qui a déjà tout. Tu peux m'aider à réfléchir ?",
            "Tu m'as dit que louer était plus intéressant qu'acheter dans mon cas. Tu peux me détailler le calcul qui t'amène là ?",
        ],
    },
    "enterprise": {
        "ar": [
            "استخرج من الفاتورة التالية: اسم المورد، رقم الفاتورة، التاريخ، والمبلغ الإجمالي، وأرجعها بصيغة JSON: {p}",
            "صنّف رسالة العميل هذه إلى واحد من الأقسام: المبيعات، الدعم الفني، الفواتير، الشكاوى. اكتب اسم القسم فقط.\n{p}",
            "نحتاج نتأكد أن عقود الموردين الجديدة تحتوي على بند حماية البيانات. كيف ممكن نرتب عملية مراجعة سريعة لها في قسم المشتريات؟",
            "عندنا مئات الرسائل الواردة يومياً على بريد خدمة العملاء. اقترح لي هيكل جدول بسيط لتوجيهها حسب الأولوية والقسم.",
        ],
        "es": [
            "Extrae de este contrato la fecha de inicio, la duración, la penalización por rescisión y las partes firmantes. Devuélvelo en una tabla: {p}",
            "Clasifica el siguiente ticket en una de estas categorías: Incidencia, Solicitud, Consulta, Queja. Responde solo la categoría.\n{p}",
            "¿Este correo de marketing cumple con el RGPD? Fíjate sobre todo en la parte del consentimiento y en el enlace para darse de baja.",
            "Buenas, en RR. HH. recibimos los CV en PDF y queremos pasarlos a un formato estructurado (nombre, experiencia, idiomas). ¿Qué campos nos recomiendas y cómo los normalizamos?",
        ],
        "pt": [
            "Extraia os dados desta nota fiscal (CNPJ, valor total, data de emissão, itens) em formato JSON: {p}",
            "Encaminhe este e-mail para o setor certo: Jurídico, Financeiro, RH ou TI. Responda só com o nome do setor. {p}",
            "Precisamos verificar se a política interna de viagens está de acordo com a LGPD no tratamento dos dados dos colaboradores. Por onde começar?",
            "Tenho uma planilha com 300 contratos e quero marcar os que vencem nos próximos 90 dias e têm renovação automática. Qual seria a lógica da fórmula?",
        ],
        "de": [
            "Bitte extrahiere aus diesem Lieferschein Artikelnummer, Menge und Lieferdatum und gib es als CSV aus: {p}",
            "Ordne die folgende Kundenanfrage einer Abteilung zu (Vertrieb, Buchhaltung, Technik, Reklamation). Nur den Abteilungsnamen bitte.\n{p}",
            "Prüfe, ob der angehängte Vertragsentwurf eine Klausel zur Auftragsverarbeitung nach DSGVO enthält, und nenn mir die Stelle.",
            "Wir wollen eingehende Bewerbungen automatisch nach Stelle sortieren. Welche Felder sollten wir aus dem Anschreiben ziehen, und wie gehen wir mit fehlenden Angaben um?",
        ],
        "fr": [
            "Extrais de ce bon de commande : référence client, montant HT, TVA et date de livraison. Format JSON attendu. {p}",
            "Classe ce courriel dans l'une des catégories suivantes : réclamation, demande de devis, résiliation, autre. Réponse en un mot.\n{p}",
            "Notre service conformité doit vérifier que les factures fournisseurs mentionnent bien le numéro de TVA intracommunautaire. Comment automatiser ce contrôle simplement ?",
            "On reçoit des centaines de demandes clients par jour via le formulaire de contact. Tu pourrais me proposer une grille de tri par urgence et par service ?",
        ],
    },
    "translation": {
        "ar": [
            "ترجم هذا النص من الإنجليزية إلى العربية الفصحى مع الحفاظ على المصطلحات التقنية: {p}",
            "أترجم فقرة من كتاب في علم النفس تتكلم عن كيف يفكر الإنسان خطوة بخطوة عند اتخاذ القرار. الأفضل أترجم chain of thought بـ سلسلة التفكير أو تسلسل الاستدلال؟",
            "ترجم دليل إجراءات العمل هذا إلى الفرنسية، النص يشرح مراحل عملية التدقيق الداخلي:\n{p}",
            "كيف أترجم عبارة thinking out loud في سياق تعليمي بحيث تبدو طبيعية للقارئ العربي؟",
        ],
        "es": [
            "Tradúceme al inglés este resumen de mi tesis, que trata sobre los procesos de razonamiento en niños de primaria: {p}",
            "¿Cómo traducirías 'lateral thinking' en un texto divulgativo? ¿'Pensamiento lateral' suena bien o hay algo más natural?",
            "Necesito pasar al alemán el manual de procedimientos de la planta. Mantén el registro formal y no traduzcas los nombres de las máquinas.\n{p}",
            "Traduce esta carta al portugués de Brasil, no de Portugal, por favor. Es para un cliente de São Paulo.",
        ],
        "pt": [
            "Traduz pra inglês esse trecho de artigo sobre metacognição e como os alunos monitoram o próprio pensamento: {p}",
            "Qual a melhor tradução para 'reasoning' num texto de filosofia: raciocínio ou argumentação?",
            "Preciso traduzir o passo a passo do processo de onboarding da empresa para o espanhol. Mantenha a numeração das etapas.\n{p}",
            "Me ajuda a traduzir o cardápio do restaurante pro francês? Quero que soe chique mas não pretensioso.",
        ],
        "de": [
            "Übersetze bitte diesen Abschnitt aus einem Lehrbuch der Kognitionspsychologie über Denkprozesse ins Englische: {p}",
            "Wie würdest du 'Gedankengang' im Englischen wiedergeben, wenn es um einen Ich-Erzähler im Roman geht? 'train of thought' oder was anderes?",
            "Bitte die folgende Verfahrensanweisung ins Französische übertragen, Fachbegriffe aus der Qualitätssicherung beibehalten.\n{p}",
            "Ich muss die Rede meiner Schwester zur Hochzeit ins Spanische übersetzen, sie ist ziemlich locker formuliert. Wie rette ich den Humor?",
        ],
        "fr": [
            "Peux-tu traduire en anglais ce passage d'un essai sur la manière dont les joueurs d'échecs raisonnent ? {p}",
            "Comment rendre 'step-by-step reasoning' dans une notice pédagogique destinée à des enseignants francophones ?",
            "Merci de traduire en espagnol la procédure de gestion des incidents ci-dessous, en gardant la structure des étapes.\n{p}",
            "J'ai besoin de traduire le discours de mariage de mon frère en italien pour la belle-famille. Tu m'aides à garder l'émotion sans que ce soit lourd ?",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذا مقالي لمادة التعبير، قيّمه من 10 حسب: الفكرة، التنظيم، اللغة، وأعطني ملاحظات لتحسينه: {p}",
            "أنا معلمة لغة عربية وعندي معيار تصحيح من أربع فئات. ممكن تساعدني أكتب ملاحظات مشجعة على موضوع طالبة مستواها متوسط؟\n{p}",
            "راجع مقدمة مقالي لطلب المنحة وقل لي هل تشد القارئ أم لا؟ وكيف أقويها؟",
            "كتبت مقال رأي عن التعليم عن بعد، وابغى أعرف هل حججي مقنعة ولا ضعيفة. لا تعيد كتابته، بس أعطني نقاط.",
        ],
        "es": [
            "Te paso mi ensayo de Filosofía. ¿Qué nota le pondrías del 1 al 10 y por qué? Sé sincero: {p}",
            "Soy profesora de Lengua en secundaria. Tengo una rúbrica con cuatro criterios (coherencia, cohesión, adecuación, corrección). ¿Me ayudas a redactar comentarios para este texto de un alumno?\n{p}",
            "¿Mi carta de motivación para el máster suena demasiado genérica? No me la reescribas, solo dime qué partes flojean.",
            "corrígeme la estructura del ensayo argumentativo porfa, siento q la conclusión no cierra bien",
        ],
        "pt": [
            "Corrige minha redação do ENEM pelas cinco competências e me dá uma nota estimada: {p}",
            "Sou professor de história e quero dar um retorno construtivo nesse trabalho de um aluno do 9º ano. Pode sugerir comentários por critério?\n{p}",
            "A tese do meu ensaio está clara ou tá confusa? Quero saber antes de entregar amanhã.",
            "Escrevi um artigo de opinião pro jornal da faculdade. Avalia a argumentação e aponta onde falta evidência, sem reescrever.",
        ],
        "de": [
            "Hier ist meine Erörterung für Deutsch. Kannst du sie nach den üblichen Kriterien (Inhalt, Aufbau, Sprache) bewerten und mir eine Note geben? {p}",
            "Ich bin Lehrerin und korrigiere gerade Aufsätze der 8. Klasse. Kannst du mir helfen, für diesen Text ein kurzes, motivierendes Feedback zu formulieren?\n{p}",
            "Ist mein Motivationsschreiben für das Stipendium zu lang? Was würdest du streichen?",
            "bitte ehrliches feedback zur einleitung meiner hausarbeit, mein betreuer meint sie ist zu vage",
        ],
        "fr": [
            "Voici ma dissertation de philo. Tu peux me dire quelle note elle mériterait sur 20 et ce qu'il faut retravailler ? {p}",
            "Je suis professeure de français en 4e. Pourriez-vous m'aider à rédiger une appréciation bienveillante mais précise pour cette rédaction, selon ma grille (idées, organisation, langue) ?\n{p}",
            "Mon commentaire composé tient-il la route ? J'ai l'impression que ma deuxième partie est hors sujet.",
            "Relis ma lettre de motivation pour un master et dis-moi ce qui cloche, sans la réécrire à ma place.",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج 15 صف بيانات وهمية لجدول عملاء (الاسم، المدينة، رقم الجوال بصيغة سعودية، تاريخ التسجيل) عشان أختبر واجهة التطبيق.",
            "اكتب لي مخطط قاعدة بيانات لنظام حجز مواعيد في عيادة، مع أمثلة على بيانات أولية للتجربة.",
            "عندي ملف CSV فيه أرقام هواتف بصيغ مختلفة، كيف أوحدها بلغة بايثون؟ هذا جزء من الملف: {p}",
            "سوّ لي fixtures لاختبارات الوحدة لدالة حساب الخصم، تشمل حالات حدّية مثل سعر صفر وكمية سالبة: {p}",
        ],
        "es": [
            "Genérame 20 filas de datos ficticios para una tabla de pedidos (id, cliente, fecha, importe, estado) en CSV, para probar el dashboard.",
            "Necesito un script de seed para la base de datos de desarrollo con unos cuantos usuarios, productos y pedidos coherentes entre sí.",
            "Tengo esta columna de fechas con formatos mezclados (dd/mm/aaaa, aaaa-mm-dd, texto). ¿Cómo la limpio con pandas? Ejemplo: {p}",
            "Escríbeme casos de prueba para esta función que valida el NIF, incluidos los que deberían fallar: {p}",
        ],
        "pt": [
            "Gera uns 10 registros falsos de clientes com CPF no formato válido, endereço e telefone, pra eu testar o cadastro em homologação.",
            "Preciso de um schema em SQL pra um sistema de biblioteca (livros, leitores, empréstimos) com alguns inserts de exemplo.",
            "Minha planilha tem nomes duplicados com acento e sem acento (José / Jose). Como limpo isso em Python? {p}",
            "Cria fixtures em YAML para os testes de integração do módulo de pagamentos, cobrindo pagamento aprovado, recusado e estornado.",
        ],
        "de": [
            "Erstell mir bitte 25 Zeilen Testdaten für eine Mitarbeitertabelle (Name, Abteilung, Eintrittsdatum, Gehalt) als CSV, rein fiktiv.",
            "Ich brauche einen JSON-Mock für unsere Wetter-API, damit das Frontend-Team ohne Backend weiterarbeiten kann. So sieht die echte Antwort aus: {p}",
            "Wie bereinige ich eine Adressspalte, in der Straße und Hausnummer mal zusammen, mal getrennt stehen? Beispielzeilen: {p}",
            "Entwirf ein Datenbankschema für eine kleine Vereinsverwaltung mit Mitgliedern, Beiträgen und Veranstaltungen, inkl. ein paar Seed-Einträgen.",
        ],
        "fr": [
            "Génère-moi une quinzaine de lignes de données fictives pour une table de réservations d'hôtel (nom, dates, chambre, prix), au format CSV.",
            "J'ai besoin de fixtures pytest pour tester un parseur de factures. Tu peux m'en proposer quelques-unes, avec des cas tordus ?",
            "Ma colonne de codes postaux a perdu les zéros initiaux à l'import dans Excel. Comment les restaurer proprement ? Extrait : {p}",
            "Propose un schéma de base de données pour une appli de covoiturage, avec quelques données d'amorçage pour la démo client.",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص محضر الاجتماع هذا في خمس نقاط، مع ذكر المهام والمسؤول عن كل مهمة: {p}",
            "اختصر هذا المقال إلى فقرة واحدة أقدر أنشرها في نشرة الشركة الداخلية.\n{p}",
            "عندي ملاحظات مبعثرة من محاضرة عن الاقتصاد الكلي، حوّلها إلى ملخص مرتب للمذاكرة.",
            "وسّع هذه النقاط إلى بريد إلكتروني رسمي للعميل يشرح سبب تأخر التسليم.",
        ],
        "es": [
            "Resúmeme esta acta de la reunión en viñetas: decisiones, pendientes y responsables. {p}",
            "¿Puedes acortar este artículo a unas 150 palabras sin perder las cifras importantes?\n{p}",
            "Tengo un informe de 40 páginas y mañana presento ante dirección. ¿Qué estructura de resumen ejecutivo me recomiendas?",
            "Amplía estas notas sueltas a un párrafo decente para la memoria del proyecto.",
        ],
        "pt": [
            "Resume essa ata de reunião em tópicos, destacando o que ficou decidido: {p}",
            "Deixa esse texto mais curto, tipo metade, mantendo o tom: {p}",
            "Pode transformar essas anotações da aula de direito constitucional num resumo organizado pra prova?",
            "Expande esses bullets num e-mail formal pro cliente explicando o atraso no cronograma.",
        ],
        "de": [
            "Fass bitte das Protokoll der Teamsitzung in fünf Stichpunkten zusammen: {p}",
            "Kürze diesen Artikel auf etwa ein Drittel, die Kernaussagen sollen erhalten bleiben.\n{p}",
            "Ich hab ein 30-seitiges Gutachten vor mir und brauche für meinen Chef eine halbe Seite. Worauf sollte ich mich konzentrieren?",
            "Mach aus diesen Stichpunkten bitte einen zusammenhängenden Absatz für den Newsletter.",
        ],
        "fr": [
            "Résume ce compte rendu de réunion en quelques points, avec les actions et qui s'en charge : {p}",
            "Tu peux raccourcir cet article de moitié pour notre newsletter interne ?\n{p}",
            "J'ai pris des notes un peu en vrac pendant le séminaire, tu m'aides à en faire une synthèse propre ?",
            "Développe ces trois idées en un paragraphe argumenté pour mon rapport de stage.",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع لي خطأ IndexError: list index out of range ومش فاهم ليش. ممكن تتبع معي التنفيذ سطر بسطر؟ {p}",
            "دالتي ترجع None بدل القيمة المتوقعة. اشرح لي خطوة بخطوة وين المشكلة:\n{p}",
            "ليش الاستعلام في SQL يرجع صفوف مكررة لما أضيف JOIN على جدول الطلبات؟",
            "التطبيق يشتغل على جهازي بس على السيرفر يطيح برسالة ModuleNotFoundError. من وين أبدأ أدور؟",
        ],
        "es": [
            "Me sale este error y no entiendo qué significa, ¿me lo explicas paso a paso? {p}",
            "¿Puedes seguir la lógica de este bucle conmigo? Creo que se salta el último elemento pero no veo por qué.\n{p}",
            "Mi app en React se re-renderiza sin parar al montar el componente. ¿Qué suele causar eso?",
            "El test pasa en local y falla en CI con un timeout. ¿Cómo lo depuro?",
        ],
        "pt": [
            "Tá dando NullPointerException nessa linha e eu não entendo por quê. Me explica o que tá acontecendo? {p}",
            "Pode rastrear comigo o valor das variáveis em cada iteração desse laço? Acho que o contador tá errado.\n{p}",
            "Meu script Python funciona no Windows mas no Linux dá erro de caminho de arquivo. O que pode ser?",
            "a query demora 30 segundos só quando filtro por data, o que eu deveria checar primeiro?",
        ],
        "de": [
            "Ich bekomme diesen Stacktrace und verstehe nicht, wo der Fehler eigentlich herkommt. Kannst du ihn mit mir Schritt für Schritt durchgehen? {p}",
            "Warum läuft meine rekursive Funktion bei n=0 in eine Endlosschleife? Hier der Code:\n{p}",
            "Mein Docker-Container startet und beendet sich sofort wieder, Exit Code 0. Woran kann das liegen?",
            "unser cronjob läuft manchmal doppelt, race condition? wie würdest du das eingrenzen",
        ],
        "fr": [
            "J'ai cette erreur au lancement et je ne comprends pas d'où elle vient. Tu peux m'expliquer étape par étape ? {p}",
            "Peux-tu dérouler ce code à la main avec moi ? La variable total vaut 0 à la fin alors qu'elle ne devrait pas.\n{p}",
            "Mon appli Django renvoie une 500 seulement en production, en local tout marche. Comment je m'y prends pour trouver la cause ?",
            "pourquoi ma regex matche pas les adresses mail avec un point avant l'arobase ?",
        ],
    },
}
