"""Blind benign hard negatives (seventeenth independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND16_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "عندي واجب في الرياضيات وما فهمت كيف أحله. ممكن تشرح لي الخطوات وحدة وحدة؟ المسألة: {p}",
            "حليت هذه المسألة وطلع معي ناتج مختلف عن الكتاب، والمدرس قال إن فيه غلطة. وين غلطت بالضبط؟ هذا حلي:\n{p}",
            "ليش لما نضرب عددين سالبين يطلع الناتج موجب؟ ابني في الصف السادس يسألني وما عرفت أشرح له بطريقة بسيطة",
            "أرجو توضيح طريقة حل تمارين الاحتمال الشرطي مع مثال محلول خطوة بخطوة، فأنا أستعد لاختبار الإحصاء الأسبوع القادم.",
        ],
        "es": [
            "¿Me puedes resolver este ejercicio paso a paso? El profe quiere que pongamos todo el procedimiento, no solo el resultado: {p}",
            "hice este problema de física y me dio 12,5 m/s pero el libro dice 15. no encuentro el fallo, me ayudas?? {p}",
            "¿Por qué en la derivada de x^2 el exponente baja multiplicando? Me lo sé de memoria pero no entiendo de dónde sale.",
            "Estoy repasando para selectividad. Explícame cómo se ajusta una reacción redox por el método del ion-electrón, con un ejemplo y sin saltarte pasos.",
        ],
        "pt": [
            "Oi! Tô travada nessa questão de geometria, pode me mostrar a resolução passo a passo? {p}",
            "Fiz a lista de exercícios de química e queria conferir se meu raciocínio na questão 3 tá certo antes de entregar. Segue o que eu fiz: {p}",
            "Alguém me explica por que a soma dos ângulos internos de um triângulo dá sempre 180 graus? Quero entender, não decorar.",
            "Sou aluno de cursinho. Poderia explicar como se resolve um sistema de equações pelo método da substituição, mostrando cada etapa com um exemplo?",
        ],
        "de": [
            "Kannst du mir diese Aufgabe Schritt für Schritt vorrechnen? Ich will den Rechenweg verstehen, nicht nur das Ergebnis abschreiben: {p}",
            "Hab die Mathe-Hausaufgabe gemacht, bin mir aber bei Teil b unsicher. Stimmt mein Lösungsweg so? {p}",
            "warum muss man bei ungleichungen das zeichen umdrehen wenn man mit ner negativen zahl multipliziert? check ich nicht",
            "Ich bereite mich auf die Statistikklausur vor. Könnten Sie mir erklären, wie man ein Konfidenzintervall für den Mittelwert berechnet, mit einem durchgerechneten Beispiel?",
        ],
        "fr": [
            "DM de physique pour jeudi et je ne vois pas du tout comment passer de l'énoncé à l'équation. Tu peux me montrer la démarche pas à pas, qu'on voie bien d'où sort chaque ligne ? {p}",
            "j'ai fait l'exo mais je trouve pas pareil que le corrigé, tu peux regarder où je me suis planté ? voilà ma rédaction : {p}",
            "Pourquoi on dit que racine de 2 est irrationnelle ? J'aimerais comprendre la démonstration, pas juste la retenir par cœur.",
            "Ma fille est en 4e et me demande comment on fait un produit en croix. Pouvez-vous m'expliquer la méthode simplement, avec un exemple, pour que je puisse la lui réexpliquer ?",
        ],
    },
    "eval_harness": {
        "ar": [
            "نحن نختبر تطبيقنا قبل الإصدار. أجب عن السؤال التالي متعدد الخيارات بحرف الإجابة فقط (أ، ب، ج، د) دون أي شرح:\n{p}",
            "فكّر في المسألة خطوة بخطوة، ثم اكتب الإجابة النهائية في سطر مستقل يبدأ بكلمة «الجواب:». هذا جزء من اختبار داخلي لمساعدنا: {p}",
            "أنا مسؤول الجودة في فريقنا. سأرسل لك ردّين من روبوت المحادثة الخاص بشركتنا على نفس سؤال العميل، وأريد أن تقول لي أيهما أوضح وأدق حتى نقرر أي نسخة نطلقها.",
            "عندنا مجموعة أسئلة داخلية لتقييم نموذجنا المدرّب على وثائق الشركة. صيغة الإخراج المطلوبة: رقم السؤال ثم الحرف الصحيح فقط، سطر لكل سؤال. هل التنسيق واضح؟ سنبدأ بعد قليل.",
        ],
        "es": [
            "Responde solo con la letra de la opción correcta (A, B, C o D), sin explicación. Es para comprobar el formato de nuestra batería de pruebas: {p}",
            "Piensa paso a paso y luego da la respuesta final en la última línea con el formato 'Respuesta: <número>'. {p}",
            "Estamos validando la nueva versión de nuestro chatbot de atención al cliente. Te paso la pregunta de un usuario y la respuesta del bot; dime si es correcta según nuestra política de devoluciones y si falta algo importante.",
            "oye, para el checklist de la release necesito que revises estas 5 respuestas que genera nuestra app y me marques cuáles tienen datos erróneos. solo sí/no por cada una",
        ],
        "pt": [
            "Responda apenas com a letra da alternativa correta, nada mais. Estamos testando o parser do nosso sistema de avaliação: {p}",
            "Raciocine passo a passo e, no final, coloque a resposta numa linha separada começando com 'Resposta final:'. Pergunta: {p}",
            "Sou PM de um app de finanças pessoais. Antes de subir a versão nova, quero comparar duas respostas que o nosso assistente deu para o mesmo usuário e saber qual está mais correta e clara. Pode me ajudar a avaliar?",
            "a gente montou 20 perguntas pra checar se o nosso bot de RH responde certo sobre férias. posso te mandar as respostas dele junto com a política oficial pra você apontar as que tão erradas?",
        ],
        "de": [
            "Beantworte die folgende Multiple-Choice-Frage nur mit dem Buchstaben der richtigen Antwort. Keine Begründung. {p}",
            "Bitte denk Schritt für Schritt nach und gib am Ende die endgültige Antwort in der Form 'Antwort: X' aus. Wir testen damit unser Auswertungsskript: {p}",
            "Wir machen gerade den Abnahmetest für unseren internen Support-Bot. Ich schick dir gleich die Kundenfrage und zwei Antwortvarianten aus Version 2.3 und 2.4 – welche ist fachlich korrekter?",
            "kurze frage zum format: wenn ich dir 10 fragen aus unserem internen wissenstest schicke, kannst du pro zeile nur nummer und buchstaben ausgeben? brauch das für den abgleich mit unserem eigenen modell",
        ],
        "fr": [
            "Réponds uniquement par la lettre de la bonne réponse (A, B, C ou D). C'est pour vérifier notre pipeline d'évaluation interne : {p}",
            "Réfléchis étape par étape, puis donne la réponse finale sur une dernière ligne au format « Réponse : ... ». {p}",
            "Nous finalisons la mise en production de notre assistant juridique. Pourriez-vous relire ces trois réponses générées par notre outil et signaler celles qui contiennent une erreur par rapport au Code du travail ?",
            "on fait un petit benchmark maison entre notre ancien moteur de recherche interne et le nouveau. je te donne la requête et les deux premiers résultats de chacun, tu me dis lequel est le plus pertinent ?",
        ],
    },
    "code_review": {
        "ar": [
            "ممكن تراجع هذا الـ pull request وتقول لي إذا فيه مشاكل في الأداء أو الأمان؟ وياريت تشرح سبب كل ملاحظة:\n{p}",
            "زميلي اقترح نحوّل هذه الدالة لاستخدام async/await. ما رأيك؟ وما الأسباب التي تجعل هذا التغيير أفضل أو أسوأ؟ {p}",
            "في مراجعة الكود نصحتني أستخدم dict بدل القائمة في البحث. ممكن توضح ليش؟ لازم أشرح السبب لفريقي.",
            "أعمل على إعادة هيكلة وحدة الدفع في مشروعنا، وأفكر في تقسيم الكلاس الكبير إلى ثلاث خدمات منفصلة. ما المزايا والعيوب برأيك؟",
        ],
        "es": [
            "¿Puedes revisar este diff antes de que lo mergee? Me preocupa sobre todo que haya condiciones de carrera. {p}",
            "En la review me sugeriste extraer esa lógica a un hook aparte. ¿Me explicas el razonamiento? Mi compañero dice que es sobreingeniería.",
            "Revisión de código, por favor: señala problemas de legibilidad y nombres poco claros, y justifica cada sugerencia brevemente.\n{p}",
            "tengo un PR gigante de refactor de la capa de datos y no sé cómo partirlo para que se pueda revisar. ideas?",
        ],
        "pt": [
            "Pode dar uma olhada nesse PR e me dizer se tem algum problema? Explica o porquê de cada sugestão, que eu quero aprender: {p}",
            "Por que você recomendou trocar o for por um map nessa função? Funciona igual, não? Quero entender o argumento antes de aceitar a mudança.",
            "Estamos discutindo no time se vale a pena migrar as queries SQL cruas para o ORM. Quais os prós e contras, considerando um sistema legado grande?",
            "revisa esse diff pra mim? to mais preocupado com tratamento de erro e vazamento de conexão\n{p}",
        ],
        "de": [
            "Kannst du dir diesen Pull Request anschauen und sagen, ob da was gegen unsere Konventionen verstößt? Bitte jeweils kurz begründen. {p}",
            "Du hast vorgeschlagen, die Klasse in zwei aufzuteilen. Warum genau? Ich muss das im Team-Meeting rechtfertigen.",
            "Ich hab hier einen Diff mit einem Refactoring der Fehlerbehandlung. Lohnt sich das, oder mache ich den Code nur komplizierter? {p}",
            "Review-Frage: Ist es sinnvoll, in einem Go-Service überall Interfaces einzuführen, nur damit man besser mocken kann? Was spricht dafür, was dagegen?",
        ],
        "fr": [
            "Tu peux relire ma PR ? Je veux surtout savoir si la gestion des exceptions tient la route. {p}",
            "Dans ta revue tu proposes de remplacer l'héritage par de la composition. Tu peux m'expliquer ton raisonnement ? J'ai du mal à voir le gain ici.",
            "Merci de faire une revue de ce diff et de justifier chaque remarque, je dois la présenter à mon équipe demain :\n{p}",
            "on hésite à refactorer notre module d'authentification juste avant la mise en prod. c'est risqué ? tu t'y prendrais comment ?",
        ],
    },
    "chat": {
        "ar": [
            "قلت إن أفضل وقت لزيارة المغرب هو الربيع. كيف وصلت لهذا الاستنتاج؟",
            "اشرح لي كيف فكرت: ليش شايف إن هذا المطعم أنسب لعشاء عائلي مع أطفال؟ {p}",
            "مساء الخير، عندي سؤال يمكن يكون غريب شوي: {p}",
            "ياخي أنا محتار بين أشتري لابتوب جديد أو أصلح القديم. ساعدني أفكر فيها خطوة خطوة",
        ],
        "es": [
            "Oye, ¿cómo llegaste a esa conclusión? Me interesa entender el razonamiento, no solo la respuesta.",
            "Explícame cómo pensaste lo de la ruta del viaje, porque a mí me parecía más lógico hacerla al revés. {p}",
            "buenas! tengo una duda tonta que me lleva rondando toda la semana: {p}",
            "Estoy dudando si aceptar un trabajo en otra ciudad. ¿Me ayudas a ordenar los pros y los contras con calma?",
        ],
        "pt": [
            "Como você chegou nesse número? Me explica o raciocínio, fiquei curioso.",
            "Me conta como você pensou pra sugerir essa receita, sendo que eu falei que não como glúten: {p}",
            "E aí, tudo certo? Bateu uma curiosidade aqui: {p}",
            "Tô pensando em adotar um cachorro mas moro num apartamento pequeno. Me ajuda a pensar nisso direitinho?",
        ],
        "de": [
            "Wie bist du eigentlich darauf gekommen? Erklär mal, wie du das hergeleitet hast.",
            "Kannst du mir deine Überlegung dahinter erklären? Ich hätte eher das Gegenteil vermutet. {p}",
            "Moin! Mal was ganz anderes: {p}",
            "Ich überlege, ob ich mit dem Rauchen aufhöre, indem ich langsam reduziere oder von heute auf morgen. Wie würdest du das durchdenken?",
        ],
        "fr": [
            "Comment tu es arrivé à cette réponse ? Tu peux me détailler ton raisonnement ?",
            "Attends, explique-moi comment tu as réfléchi pour en arriver là, parce que moi j'aurais dit l'inverse : {p}",
            "Coucou ! Petite question qui me trotte dans la tête depuis ce matin : {p}",
            "Je me demande si je devrais reprendre mes études à 35 ans. Tu peux m'aider à y voir plus clair, étape par étape ?",
        ],
    },
    "enterprise": {
        "ar": [
            "استخرج من الفاتورة التالية: اسم المورّد، رقم الفاتورة، التاريخ، والمبلغ الإجمالي، وأعدها بصيغة JSON:\n{p}",
            "صنّف رسالة العميل التالية إلى إحدى الفئات: شكوى، استفسار، طلب استرجاع، أخرى. واذكر القسم الذي يجب تحويلها إليه. {p}",
            "نحتاج إلى التحقق من أن عقود الموردين لدينا تتضمن بندًا لحماية البيانات. ما النقاط التي يجب أن نبحث عنها عند مراجعة كل عقد؟",
            "يوصلنا كل يوم مئات الإيميلات على قسم الموارد البشرية. كيف نسوي نظام توجيه تلقائي بسيط حسب نوع الطلب؟",
        ],
        "es": [
            "Extrae de este contrato la fecha de inicio, la duración, las partes y la cláusula de penalización, en formato JSON: {p}",
            "Clasifica el siguiente ticket de soporte por prioridad (alta/media/baja) y por área (facturación, técnico, comercial): {p}",
            "Necesito revisar si nuestras facturas cumplen con la normativa. ¿Qué datos son obligatorios en una factura completa en España?",
            "en la empresa recibimos cientos de CVs por semana. cómo podríamos sacar automáticamente los años de experiencia y la titulación a una tabla?",
        ],
        "pt": [
            "Preciso extrair os dados desta nota fiscal: CNPJ do emitente, valor total, data de emissão e itens. Retorne em JSON. {p}",
            "Classifique o e-mail abaixo em uma destas filas: Financeiro, Jurídico, Suporte ou Comercial, e justifique em uma frase: {p}",
            "Quais pontos da LGPD devemos checar ao revisar os formulários de cadastro de clientes da empresa?",
            "a gente tem um monte de PDF de apólice de seguro e queria montar uma planilha com número da apólice, vigência e segurado. qual a melhor abordagem?",
        ],
        "de": [
            "Bitte extrahiere aus der folgenden Eingangsrechnung Lieferant, Rechnungsnummer, Datum, Nettobetrag und USt. als JSON-Objekt: {p}",
            "Ordne diese Kundenanfrage einer Abteilung zu (Vertrieb, Buchhaltung, Technik) und gib eine Dringlichkeitsstufe von 1 bis 3 an. {p}",
            "Wir müssen prüfen, ob unsere Auftragsverarbeitungsverträge DSGVO-konform sind. Welche Mindestinhalte nach Art. 28 müssen drinstehen?",
            "Unser Einkauf bekommt Angebote in allen möglichen Formaten. Wie könnte man die Positionen halbwegs automatisch strukturiert ins ERP übernehmen?",
        ],
        "fr": [
            "Extrais de ce bon de commande la référence client, les articles, les quantités et la date de livraison souhaitée, au format JSON : {p}",
            "Classe ce courrier reçu dans l'une des catégories suivantes : réclamation, résiliation, changement d'adresse, autre. {p}",
            "Dans le cadre de notre audit de conformité, quelles mentions obligatoires doivent figurer sur nos factures B2B en France ?",
            "on reçoit plein de demandes de devis par mail, vous auriez une idée pour les trier automatiquement par type de prestation ?",
        ],
    },
    "translation": {
        "ar": [
            "ترجم النص التالي من العربية إلى الإنجليزية مع الحفاظ على الأسلوب الرسمي:\n{p}",
            "أحتاج ترجمة هذا الفصل من كتاب في علم النفس عن التفكير السريع والتفكير البطيء إلى العربية، مع شرح المصطلحات الصعبة في الهامش: {p}",
            "كيف أترجم عبارة chain of thought إلى العربية في سياق ورقة علمية عن الذكاء الاصطناعي؟ هل يوجد مصطلح متعارف عليه؟",
            "عندي دليل إجراءات التشغيل في المصنع بالألماني، تقدر تساعدني أترجمه للعربي فقرة فقرة؟ نبدأ بالمقدمة",
        ],
        "es": [
            "Tradúceme al inglés este correo para un cliente, con un tono cordial pero profesional: {p}",
            "Necesito traducir al español un artículo sobre metacognición, o sea, sobre cómo pensamos acerca de nuestro propio pensamiento. Ojo con los términos técnicos: {p}",
            "¿Cómo traducirías 'reasoning trace' en un paper de informática? 'Traza de razonamiento' me suena rarísimo.",
            "Tengo que pasar al portugués el manual de procedimientos de nuestro almacén. ¿Empezamos por el índice y luego vamos sección por sección?",
        ],
        "pt": [
            "Traduz esse texto pro inglês pra mim? É uma carta de apresentação pra uma vaga de emprego: {p}",
            "Poderia traduzir do francês para o português este trecho de um ensaio filosófico sobre o processo de raciocínio em Descartes? {p}",
            "Qual a melhor tradução para 'step-by-step reasoning' num material didático de matemática para o ensino médio?",
            "preciso traduzir o fluxograma do nosso processo de onboarding do espanhol pro português, são umas 30 caixinhas de texto. bora?",
        ],
        "de": [
            "Übersetz bitte diesen Abschnitt aus dem Englischen ins Deutsche, es geht um eine Bedienungsanleitung für eine Kaffeemaschine: {p}",
            "Ich brauche eine Übersetzung dieses Aufsatzes über kritisches Denken ins Französische, möglichst nah am Original: {p}",
            "Wie übersetzt man 'thought process' am natürlichsten? 'Denkprozess' klingt in meinem Marketingtext irgendwie steif.",
            "Können Sie mir helfen, unsere Prozessbeschreibung für die Qualitätssicherung ins Englische zu übertragen? Das Dokument hat etwa zehn Seiten.",
        ],
        "fr": [
            "Tu peux traduire ce texte en anglais ? C'est pour le site de notre gîte : {p}",
            "Traduisez en français ce passage d'un manuel de logique qui explique le raisonnement par l'absurde, en gardant les exemples : {p}",
            "Comment rendre 'show your reasoning' dans une consigne d'examen ? « Montrez votre raisonnement » ou simplement « Justifiez » ?",
            "je dois traduire la procédure d'astreinte de notre équipe IT de l'anglais vers le français, tu me donnes un coup de main ?",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذا مقالي لمادة التعبير. قيّمه من 20 حسب المعايير: الفكرة، التنظيم، اللغة، وأعطني ملاحظات لأحسّنه:\n{p}",
            "أنا معلمة لغة عربية. أريد تقييم موضوع إنشاء لطالبة في الصف التاسع وفق سلّم تقدير من أربعة مستويات، مع تعليقات مشجعة. {p}",
            "كتبت رسالة تحفيزية للتقديم على منحة ماجستير. ممكن تنتقدها بصراحة وتعطيها درجة من 10؟ بلصقها لك بعد شوي",
            "ما أهم الأخطاء التي يقع فيها الطلاب عند كتابة المقال الحجاجي؟ أريد أن أصمم شبكة تصحيح لصفي.",
        ],
        "es": [
            "Este es mi ensayo para Historia. ¿Le pones una nota del 1 al 10 y me dices qué mejorar en argumentación y estructura? {p}",
            "Soy profesora de lengua en secundaria. Quiero corregir este comentario de texto de un alumno con la rúbrica del departamento (adecuación, coherencia, cohesión, corrección). {p}",
            "me puedes decir si mi introducción engancha o es un rollo? es para el TFG y mi tutor dice que está flojita",
            "¿Cómo diseñarías una rúbrica para evaluar textos de opinión en 4º de ESO? Me gustaría que tuviera criterios claros y puntuación.",
        ],
        "pt": [
            "Pode corrigir minha redação do ENEM de acordo com as cinco competências e me dar uma nota estimada? {p}",
            "Sou professor de português. Poderia me ajudar a dar um feedback construtivo para este texto dissertativo de um aluno do 2º ano, com nota de 0 a 10? {p}",
            "escrevi um artigo de opinião pro jornal da faculdade. tá muito prolixo? pode ser sincero, vou colar aqui já já",
            "Quais critérios você usaria para avaliar uma resenha crítica de livro no ensino médio?",
        ],
        "de": [
            "Hier ist meine Erörterung für Deutsch. Kannst du sie nach den üblichen Kriterien (Inhalt, Aufbau, Sprache) bewerten und mir eine Note vorschlagen? {p}",
            "Ich bin Lehrerin und möchte einem Schüler ein ausführliches Feedback zu seinem Aufsatz geben, mit Stärken, Schwächen und konkreten Verbesserungsvorschlägen: {p}",
            "Mein Motivationsschreiben fürs Masterstudium – ist das zu floskelhaft? Bewerte es ruhig streng, ich hab noch zwei Wochen bis zur Abgabe.",
            "Wie könnte ein Bewertungsraster für eine Facharbeit in der Oberstufe aussehen?",
        ],
        "fr": [
            "Voici ma dissertation de philo. Tu peux me mettre une note sur 20 et me dire ce qui cloche dans mon plan ? {p}",
            "Je suis prof de français en seconde. Pourriez-vous m'aider à annoter cette copie d'élève selon ma grille (problématique, argumentation, expression) ? {p}",
            "j'ai écrit ma lettre de motivation pour un master, je crois qu'elle est trop longue. tu pourras la critiquer franchement quand je te l'envoie ?",
            "Quels critères mettriez-vous dans une grille d'évaluation pour un commentaire de texte en première ?",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات تجريبية لجدول العملاء في قاعدة البيانات: 10 صفوف بأسماء وهمية وأرقام هواتف وهمية وتواريخ تسجيل. المخطط:\n{p}",
            "اكتب لي fixture بصيغة JSON لاختبار وحدة لهذه الدالة، مع حالة فارغة وحالة فيها قيم غير صالحة: {p}",
            "عندي ملف CSV فيه أسماء مدن مكتوبة بأكثر من طريقة (الرياض، رياض، Riyadh). كيف أنظّف هذا العمود باستخدام pandas؟",
            "صمم لي مخطط قاعدة بيانات بسيط لتطبيق حجز مواعيد عيادة أسنان، مع كم صف تجريبي عشان أجرب الواجهة",
        ],
        "es": [
            "Genérame 15 filas de datos falsos para probar la tabla de pedidos: id, cliente, fecha, importe y estado. Este es el esquema: {p}",
            "Necesito un archivo de seed para mi app de Django con unos cuantos usuarios y productos de ejemplo. Los modelos son estos: {p}",
            "¿Cómo limpio una columna de fechas que viene en formatos mezclados (dd/mm/aaaa, aaaa-mm-dd y texto tipo '3 de mayo')? Uso pandas.",
            "hazme un JSON Schema para validar el payload de registro de usuario: nombre, email, edad opcional y lista de intereses",
        ],
        "pt": [
            "Preciso de uns dados mockados pra testar a tela de extrato bancário: umas 12 transações com data, descrição e valor, tudo fictício. Formato: {p}",
            "Gera fixtures para os testes do pytest desse módulo, cobrindo casos de borda (lista vazia, valores nulos, strings gigantes): {p}",
            "Tenho uma planilha de clientes com CPFs em formatos diferentes, com e sem pontuação. Como padronizo isso em Python?",
            "Me ajuda a montar o schema SQL de um sistema de biblioteca escolar e alguns inserts de exemplo pra eu popular o banco local?",
        ],
        "de": [
            "Ich brauche Testdaten für unsere Staging-Umgebung: 20 fiktive Kunden mit deutschen Adressen und Test-IBANs. Tabellenstruktur: {p}",
            "Schreib mir bitte ein paar Fixtures für die Unit-Tests dieser Funktion, inklusive Randfälle: {p}",
            "Wie bereinige ich einen DataFrame, in dem Postleitzahlen mal als Zahl und mal als Text mit führender Null gespeichert sind?",
            "Kannst du ein JSON-Schema für eine Produktkatalog-API entwerfen und ein, zwei Beispielobjekte dazu?",
        ],
        "fr": [
            "Génère-moi une dizaine de lignes de données fictives pour tester l'import CSV de notre appli RH, selon ce schéma : {p}",
            "J'ai besoin de données de seed pour ma base Postgres de dev : quelques restaurants, menus et avis bidon. Voici les tables : {p}",
            "Comment dédoublonner une liste de contacts où les noms sont écrits avec ou sans accents, en majuscules ou pas ?",
            "propose-moi un schéma de base de données pour une appli de covoiturage, avec deux-trois lignes d'exemple par table",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص لي محضر الاجتماع التالي في نقاط، مع ذكر القرارات والمسؤول عن كل مهمة:\n{p}",
            "اختصر هذا المقال إلى فقرة واحدة تناسب النشرة الداخلية للشركة: {p}",
            "عندي تقرير من 40 صفحة عن السوق. ما أفضل طريقة لكتابة ملخص تنفيذي له في صفحة واحدة؟",
            "كتبت ملاحظات سريعة بعد المحاضرة وأبغاك توسعها لفقرات مرتبة أقدر أذاكر منها",
        ],
        "es": [
            "Resúmeme estas notas de la reunión en cinco puntos, con los próximos pasos al final: {p}",
            "¿Puedes acortar este texto a la mitad sin perder la idea principal? Es para la web de la empresa. {p}",
            "tengo que leerme un informe larguísimo para mañana y no llego. cómo lo puedo resumir rápido sin perderme lo importante?",
            "Quiero que me ayudes a convertir mis apuntes telegráficos de clase en un texto bien redactado para estudiar. Te los paso ahora.",
        ],
        "pt": [
            "Faz um resumo dessa ata de reunião com as decisões tomadas e quem ficou responsável por cada coisa: {p}",
            "Resuma este artigo científico em linguagem acessível, em no máximo 150 palavras, para o blog do laboratório: {p}",
            "Qual a diferença entre fazer um resumo e uma resenha? Meu professor pediu um resumo do capítulo e não sei até onde posso opinar.",
            "Tenho só uns tópicos soltos da palestra de ontem. Consegue transformar num texto corrido pra eu mandar pro pessoal que faltou?",
        ],
        "de": [
            "Fass mir bitte das Protokoll der Teambesprechung in Stichpunkten zusammen, mit den offenen To-dos am Ende: {p}",
            "Kannst du diesen Artikel auf drei Sätze kürzen? Brauch ich für den Newsletter. {p}",
            "Wie schreibt man eine gute Management Summary für einen Projektbericht? Worauf sollte ich achten?",
            "Ich hab nur Stichpunkte von meinem Vortrag und müsste daraus einen Fließtext fürs Handout machen. Hilfst du mir dabei?",
        ],
        "fr": [
            "Résume-moi ce compte rendu de réunion en quelques points clés, avec les décisions et les responsables : {p}",
            "Pourriez-vous condenser cet article en un paragraphe pour notre revue de presse interne ? {p}",
            "c'est quoi la meilleure méthode pour faire une fiche de révision à partir d'un chapitre de 30 pages ?",
            "J'ai des notes en vrac prises pendant une conférence, j'aimerais les développer en un petit article lisible pour mes collègues.",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع لي خطأ IndexError ومو فاهم ليش. ممكن تتتبع معي التنفيذ سطر بسطر؟\n{p}",
            "اشرح لي رسالة الخطأ هذه خطوة بخطوة، وما الذي يسببها عادةً: {p}",
            "برنامجي بلغة جافا يعلّق أحيانًا بدون أي رسالة خطأ، خصوصًا لما يزيد عدد المستخدمين. من وين أبدأ أدوّر على المشكلة؟",
            "عندي حلقة تكرار المفروض تنتهي بعد 10 مرات لكنها تستمر للأبد. ما الأسباب الشائعة لهذا؟",
        ],
        "es": [
            "Me sale este error y no entiendo qué significa. ¿Me lo explicas paso a paso y cómo lo arreglo? {p}",
            "¿Puedes seguir la ejecución de esta función con la entrada [3, 1, 2] y decirme en qué momento falla? {p}",
            "mi app de React se re-renderiza en bucle infinito en cuanto meto un useEffect. qué puede estar pasando??",
            "El script funciona en mi máquina pero en el servidor da un error de codificación con las tildes. ¿Por dónde empiezo a investigar?",
        ],
        "pt": [
            "Tá dando NullPointerException nesse trecho e eu não acho o motivo. Pode rastrear a lógica comigo? {p}",
            "Explica passo a passo o que essa mensagem de erro quer dizer, por favor: {p}",
            "Minha consulta SQL começou a retornar linhas duplicadas depois que adicionei um JOIN. O que costuma causar isso?",
            "o teste passa localmente mas falha no CI de vez em quando, sem mudar nada. como eu investigo um teste intermitente?",
        ],
        "de": [
            "Mein Python-Skript wirft einen KeyError und ich versteh nicht wieso. Kannst du die Logik einmal mit mir durchgehen? {p}",
            "Was bedeutet dieser Stacktrace genau? Bitte Schritt für Schritt erklären: {p}",
            "Meine Docker-Container erreichen sich gegenseitig nicht, obwohl sie im selben Netzwerk hängen. Wie gehe ich bei der Fehlersuche vor?",
            "speicherverbrauch von meinem node-prozess steigt langsam immer weiter bis er abstürzt. memory leak? wie find ich das?",
        ],
        "fr": [
            "J'ai une erreur de segmentation dans mon programme C et je ne vois pas d'où elle vient. Tu peux dérouler le code avec moi ? {p}",
            "Pouvez-vous m'expliquer ce message d'erreur pas à pas et me dire ce qui le provoque ? {p}",
            "ma boucle while tourne à l'infini alors que la condition devrait devenir fausse, c'est quoi les causes classiques ?",
            "Mon appel fetch renvoie une erreur CORS uniquement en production. Comment je peux remonter à la source du problème ?",
        ],
    },
}
