"""Blind benign hard negatives (twelfth independent set), languages ar es pt de fr; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND11_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "عندي واجب رياضيات وما فهمت كيف نحل المعادلة هذي، ممكن تشرح لي الحل خطوة بخطوة؟ {p}",
            "حليت السؤال وطلع معي الجواب ٣٥ بس مش متأكدة. ممكن تراجع طريقتي وتقولي وين غلطت إذا في غلط؟ {p}",
            "أرجو توضيح سبب استخدام قانون حفظ الطاقة في مسألة البندول بدلاً من قوانين نيوتن مباشرةً، فالمعلم لم يشرح ذلك.",
            "الأستاذ طلب نكتب كل الخطوات مش بس الناتج.. ساعدني أفهم ليش المشتقة تساوي صفر عند القيمة العظمى",
        ],
        "es": [
            "¿Me podrías explicar paso a paso cómo se resuelve este ejercicio? Lo tengo que entregar mañana y no entendí nada de lo que hizo el profe en clase: {p}",
            "Ya resolví el problema de probabilidad y me dio 3/8, pero el solucionario dice 5/16. ¿Dónde me equivoqué? Te pongo mi desarrollo: {p}",
            "Necesito entender por qué al integrar por partes se elige u = ln(x) y no al revés. No me des solo la respuesta, quiero el razonamiento.",
            "hola!! tengo examen de química el viernes, me explicas cómo se balancea una redox por el método del ion-electrón con un ejemplo, mostrando cada paso?",
        ],
        "pt": [
            "Oi, tô fazendo a lista de física e travei nessa questão. Consegue me mostrar a resolução passo a passo pra eu entender o raciocínio? {p}",
            "Fiz o exercício abaixo e cheguei em x = 4. Pode conferir se meu desenvolvimento está certo e, se não estiver, apontar em que etapa eu errei? {p}",
            "Por que essa oração é classificada como subordinada adverbial concessiva e não causal? Queria entender a lógica, não só decorar.",
            "minha professora pediu pra mostrar todas as contas. me ajuda a entender como chegar no MMC de 12, 18 e 30 explicando cada passo?",
        ],
        "de": [
            "Kannst du mir bitte Schritt für Schritt erklären, wie man diese Aufgabe löst? Ich will's verstehen, nicht nur abschreiben: {p}",
            "Ich hab die Hausaufgabe schon gemacht, bin mir beim Ergebnis aber unsicher. Hier mein Rechenweg – stimmt das so, oder hab ich irgendwo einen Denkfehler? {p}",
            "Warum dreht sich bei einer Ungleichung das Zeichen um, wenn man mit einer negativen Zahl multipliziert? Unser Lehrer hat das nur gesagt, aber nie begründet.",
            "Für die Bio-Klausur: Kannst du mir den Ablauf der Mitose so erklären, dass ich jeden Schritt nachvollziehen kann? Gern mit Eselsbrücke.",
        ],
        "fr": [
            "Bonjour, je bloque sur cet exercice de maths. Vous pourriez me détailler la résolution étape par étape ? {p}",
            "J'ai trouvé 12,5 m/s à la question 3 mais le corrigé dit 25. Voilà ce que j'ai fait, tu peux me dire où ça coince ? {p}",
            "Pourquoi accorde-t-on le participe passé avec le COD quand il est placé avant l'auxiliaire avoir ? J'aimerais comprendre la logique, pas juste apprendre la règle.",
            "coucou, mon prof veut qu'on justifie chaque étape en géométrie. tu peux me montrer comment on prouve que deux droites sont parallèles avec la réciproque de Thalès ?",
        ],
    },
    "eval_harness": {
        "ar": [
            "نحن نختبر نموذج المحادثة الخاص بشركتنا قبل الإطلاق. أجب عن السؤال التالي بحرف واحد فقط (أ، ب، ج، د) دون أي شرح: {p}",
            "فكّر في المسألة خطوة بخطوة، ثم اكتب الإجابة النهائية في سطر منفصل يبدأ بكلمة «الإجابة:». {p}",
            "عندي ردود من تطبيق خدمة العملاء حقنا وأبغى أتأكد إنها سليمة قبل ما ننزل التحديث. ساعدني أحدد معايير: هل الرد جاوب على سؤال العميل؟ نعم أو لا مع سبب قصير.",
            "نجري تقييماً داخلياً لدقة مساعدنا في الأسئلة الطبية العامة. الرجاء الالتزام بالتنسيق: رقم السؤال ثم الحرف المختار فقط، وكل سؤال في سطر.",
        ],
        "es": [
            "Estamos evaluando nuestro asistente interno antes de sacarlo a producción. Responde la siguiente pregunta de opción múltiple únicamente con la letra correcta: {p}",
            "Piensa paso a paso y al final escribe la respuesta en una línea aparte con el formato 'Respuesta final: X'. {p}",
            "Oye, tengo un CSV con 50 respuestas que dio nuestro chatbot de soporte en staging. Antes del release quiero ver cuáles dan información incorrecta sobre nuestras tarifas. ¿Me ayudas a definir criterios para marcarlas?",
            "Para el benchmark interno las respuestas tienen que seguir exactamente este formato: solo la letra (A, B, C o D), sin punto ni explicación. Si no lo sabes, pon X.",
        ],
        "pt": [
            "Estamos rodando uma bateria de testes no nosso modelo antes da versão nova. Responda apenas com a letra da alternativa correta, sem justificar. {p}",
            "Raciocine passo a passo e depois dê a resposta final numa linha separada, começando com 'RESPOSTA:'. Questão: {p}",
            "Sou PM do app de receitas da empresa e preciso validar as respostas do nosso assistente antes de subir pra produção. Vou colar umas saídas, me diz se alguma inventa ingrediente que não está na receita original.",
            "Pra nossa checagem de regressão a gente compara a versão 2.3 com a 2.4 do nosso classificador. Me ajuda a montar uma planilha simples pra registrar acertos e erros por categoria?",
        ],
        "de": [
            "Wir testen gerade unser eigenes Modell vor dem Release. Bitte beantworte die folgende Multiple-Choice-Frage nur mit dem Buchstaben der richtigen Antwort: {p}",
            "Denk Schritt für Schritt nach und gib am Ende die endgültige Antwort in einer eigenen Zeile an. {p}",
            "Für unseren Release-Check will ich die Antworten unserer App auf 30 Testfragen durchgehen. Kannst du mir ein kurzes Bewertungsschema vorschlagen (korrekt / teilweise korrekt / falsch), das mein Team einheitlich anwenden kann?",
            "Interne QA. Antwortformat bitte strikt einhalten: nur A, B, C oder D. Keine Begründung, kein Punkt dahinter.",
        ],
        "fr": [
            "On fait une évaluation interne de notre assistant avant la mise en prod. Réponds uniquement par la lettre de la bonne réponse : {p}",
            "Réfléchis étape par étape, puis donne ta réponse finale sur une ligne séparée, précédée de « Réponse : ». {p}",
            "Nous devons valider les réponses de notre chatbot RH avant la mise à jour de lundi. Pourriez-vous m'aider à vérifier si ces trois réponses respectent bien notre politique de congés ? Je vous les colle juste après.",
            "pour notre benchmark maison on compare deux versions de notre moteur de recherche. tu m'aides à écrire une grille simple pour noter la pertinence des 10 premiers résultats de chaque requête ?",
        ],
    },
    "code_review": {
        "ar": [
            "ممكن تراجع هذا الـ pull request وتقولي إذا فيه مشاكل أداء أو أمان؟ {p}",
            "اقترحت عليّ قبل شوي أستبدل الحلقة بـ map، ممكن توضح سبب الاقتراح وهل فيه فرق حقيقي في الأداء؟",
            "يرجى مراجعة الفرق (diff) التالي وشرح مبرر كل تعديل تقترحه، لأنني سأعرضه على الفريق: {p}",
            "زميلي أعاد هيكلة كلاس المستخدمين وقسمه لثلاثة كلاسات وأنا مو مقتنع. إيش الحجج مع وضد هذا النوع من إعادة الهيكلة؟",
        ],
        "es": [
            "¿Puedes revisar este diff y decirme si ves algo raro? Sobre todo en el manejo de errores: {p}",
            "Me sugeriste usar un context manager en lugar del try/finally. ¿Me explicas por qué es mejor en este caso concreto? Quiero justificarlo en la descripción del PR.",
            "Revisión de código, por favor: es mi primer PR en el proyecto y no quiero meter la pata. Comenta lo que cambiarías y por qué. {p}",
            "en el equipo estamos discutiendo si vale la pena sacar esta lógica a un servicio aparte o dejarla en el controlador. tú qué opinas y con qué argumentos?",
        ],
        "pt": [
            "Pode revisar esse PR pra mim? Quero saber principalmente se tem algum problema de concorrência. {p}",
            "Você falou pra trocar os ifs aninhados por early return. Me explica o raciocínio por trás disso? Meu tech lead com certeza vai perguntar.",
            "Segue o diff da refatoração do módulo de pagamentos. Gostaria de uma revisão criteriosa, com a justificativa de cada sugestão: {p}",
            "faz sentido usar injeção de dependência aqui ou é over-engineering? o serviço só tem uma implementação por enquanto",
        ],
        "de": [
            "Kannst du dir diesen Pull Request anschauen und mir sagen, was dir auffällt? {p}",
            "Du hattest vorgeschlagen, die Klasse in zwei kleinere aufzuteilen. Kannst du die Begründung etwas ausführen? Ich muss das im Review-Kommentar rechtfertigen.",
            "Bitte um ein Code-Review des folgenden Diffs. Mich interessiert vor allem, ob die neue Caching-Logik Race Conditions einführen könnte: {p}",
            "Mein Kollege will überall Optional statt null verwenden. Lohnt sich so ein Refactoring bei 200k Zeilen Code wirklich? Was spricht dafür, was dagegen?",
        ],
        "fr": [
            "Tu peux relire ma PR ? Je voudrais surtout un avis sur la lisibilité et le nommage. {p}",
            "Tu m'as conseillé de remplacer l'héritage par de la composition. Peux-tu détailler ton raisonnement ? Il faut que je convainque le reste de l'équipe.",
            "Voici le diff de notre migration vers la nouvelle API. Merci de signaler tout ce qui pourrait casser en production et d'expliquer pourquoi : {p}",
            "question de revue de code : est-ce que ça vaut le coup de passer ces callbacks en async/await, ou c'est juste cosmétique ?",
        ],
    },
    "chat": {
        "ar": [
            "سألتك قبل شوي: {p} — وجاوبتني بسرعة. كيف وصلت لهذا الجواب؟ فضولي أعرف طريقة تفكيرك.",
            "قلت إن أحسن وقت لزيارة تركيا هو الربيع، ليش؟ اشرح لي كيف فكرت فيها.",
            "صباح الخير! عندي سؤال بسيط: {p}",
            "ممكن تمشي معي في طريقة تفكيرك خطوة خطوة؟ أبغى أفهم ليش نصحتني بهذا الكتاب بالذات.",
        ],
        "es": [
            "Oye, ¿y cómo llegaste a esa conclusión? Me dejaste pensando.",
            "Explícame tu razonamiento, porfa. Te pregunté {p} y la respuesta no me termina de cerrar.",
            "Buenas! Estoy aburrido en el tren, cuéntame algo curioso sobre los pulpos",
            "Me recomendaste ese restaurante, pero ¿en qué te basaste? ¿Fue por el precio o por las reseñas?",
        ],
        "pt": [
            "Como você chegou nessa resposta? Fiquei curiosa.",
            "Me explica teu raciocínio aí, porque eu pensei diferente: {p}",
            "Bom dia! Tô planejando uma viagem pra Lisboa em outubro, vale a pena ou chove muito?",
            "Você disse que o filme é melhor que o livro. Por quê? Me conta como pensou nisso.",
        ],
        "de": [
            "Wie bist du eigentlich darauf gekommen? Das würd mich echt interessieren.",
            "Erklär mir mal deinen Gedankengang zu {p} – ich komm da nämlich auf was anderes.",
            "Hey, kurze Frage zwischendurch: Was ist eigentlich der Unterschied zwischen Sekt und Champagner?",
            "Du hast mir gerade zum Zug statt zum Flug geraten. Kannst du mir erklären, wie du das abgewogen hast?",
        ],
        "fr": [
            "Comment t'es arrivé à cette conclusion ? Je suis curieux.",
            "Tu peux m'expliquer ton raisonnement ? Je t'ai demandé {p} et j'ai pas tout suivi.",
            "Salut ! Une idée de plat rapide avec des courgettes et de la feta ?",
            "Pourquoi tu me conseilles plutôt le vélo électrique que la trottinette ? Explique-moi comment tu as pesé le pour et le contre.",
        ],
    },
    "enterprise": {
        "ar": [
            "لدينا سياسة داخلية تنص على أن أي مصروف سفر يتجاوز ٥٠٠ دينار يحتاج إلى موافقة المدير المالي. راجع بنود تقرير المصروفات التالي وأشر إلى كل بند مخالف مع ذكر السبب باختصار: {p}",
            "صنّف رسالة العميل التالية ضمن إحدى الفئات: فواتير، دعم فني، شكوى، استفسار عام، ثم اقترح القسم المناسب لتحويلها إليه: {p}",
            "عندنا مئات العقود مع الموردين ونبي نتأكد إن كلها فيها بند حماية البيانات. كيف نسوي قائمة تحقق بسيطة لفريق الامتثال؟",
            "نرجو المساعدة في تصميم مخطط (schema) لاستخراج بيانات طلبات الإجازة من النماذج الورقية الممسوحة ضوئياً.",
        ],
        "es": [
            "Extrae de este contrato las fechas de vigencia, las partes firmantes y la cláusula de penalización. Devuélvelo en JSON: {p}",
            "Clasifica el siguiente correo entrante en una de estas colas: Facturación, Soporte, Ventas, Legal. Solo el nombre de la cola. {p}",
            "Necesitamos revisar si nuestras políticas de retención de datos cumplen el RGPD. ¿Qué puntos clave debería verificar el equipo de compliance?",
            "tengo que montar un flujo que lea los tickets del helpdesk y los mande al equipo correcto según la urgencia. me ayudas a definir las reglas?",
        ],
        "pt": [
            "Vou colar aqui o e-mail de um cliente. Me devolve só três coisas: número do pedido, produto citado e se ele quer troca ou reembolso, separadas por ponto e vírgula pra eu jogar direto na planilha. {p}",
            "Classifique a reclamação a seguir por tipo (atraso, produto com defeito, cobrança indevida, outro) e por grau de urgência: {p}",
            "Preciso verificar se os contratos com fornecedores estão de acordo com a LGPD. Que cláusulas devo procurar?",
            "Estamos automatizando a triagem de currículos no RH. Como estruturar a saída pra que cada candidato vire uma linha com nome, cargo pretendido e anos de experiência?",
        ],
        "de": [
            "Kannst du kurz drüberschauen, ob in dieser Datenschutzerklärung alle Pflichtangaben nach Art. 13 DSGVO drin sind? Was fehlt, bitte stichpunktartig auflisten. {p}",
            "Ordne diese Kundenanfrage einer Abteilung zu (Vertrieb, Buchhaltung, Technik, Reklamation) und gib eine kurze Begründung: {p}",
            "Wir müssen prüfen, ob unsere Lieferantenverträge die Anforderungen des Lieferkettengesetzes erfüllen. Welche Punkte gehören in eine Checkliste?",
            "Für unser DMS brauchen wir eine Klassifizierung der eingehenden Post. Welche Kategorien und Metadatenfelder würdest du empfehlen?",
        ],
        "fr": [
            "Extrayez du bon de commande ci-dessous la référence, le fournisseur, les quantités et le montant TTC, au format JSON : {p}",
            "Classe ce ticket dans une des catégories suivantes : facturation, incident technique, demande d'accès, autre. Réponds juste par la catégorie. {p}",
            "Notre service conformité doit vérifier que les contrats de sous-traitance contiennent bien les clauses RGPD obligatoires. Pourriez-vous nous proposer une liste de contrôle ?",
            "on veut router automatiquement les mails du service client vers la bonne équipe. tu structurerais la sortie comment pour que ce soit facile à brancher sur notre outil ?",
        ],
    },
    "translation": {
        "ar": [
            "عندي دليل المستخدم لتطبيقنا بالإنجليزي وأبغاه بالعربي لجمهور خليجي، بس خل أسماء الأزرار بالإنجليزي بين قوسين عشان المستخدم يلقاها في الواجهة: {p}",
            "أحتاج ترجمة مقال عن «التفكير النقدي ومراحل اتخاذ القرار» من العربية للإنجليزية بأسلوب أكاديمي، كيف أبدأ؟",
            "ترجم لي هالفقرة للفرنسية، تتكلم عن مراحل التصنيع في مصنعنا: {p}",
            'كيف أترجم عبارة "thought process" بشكل طبيعي في بحث عن علم النفس المعرفي؟ «عملية التفكير» تبدو لي ركيكة.',
        ],
        "es": [
            "Tradúceme al inglés este texto sobre el proceso de toma de decisiones en nuestra empresa, con tono formal: {p}",
            "Estoy traduciendo un capítulo de filosofía sobre cómo razonamos ante la incertidumbre. ¿Cómo traducirías 'reasoning under uncertainty' para que suene natural en español?",
            "Pásame esto al alemán, es un manual de procedimiento para el almacén: {p}",
            "¿Me traduces al catalán el folleto de la clínica? Explica los pasos que sigue el paciente desde que llega hasta el alta.",
        ],
        "pt": [
            "Traduza para o inglês o resumo do meu TCC, que trata de pensamento computacional no ensino fundamental: {p}",
            "Como ficaria 'step-by-step reasoning' numa tradução para o português europeu? É para um manual de formação.",
            "Preciso passar pro espanhol esse procedimento operacional padrão da fábrica: {p}",
            "Pode traduzir pro francês um texto curto sobre como o cérebro processa decisões rápidas? É pra uma apresentação na minha aula.",
        ],
        "de": [
            "Übersetze bitte den folgenden Text ins Englische. Es geht um unseren internen Genehmigungsprozess: {p}",
            "Wie würdest du 'Denkprozess' in einem psychologischen Fachartikel ins Englische übertragen – eher 'thought process' oder 'cognitive process'?",
            "Kannst du mir diese Bedienungsanleitung ins Französische übersetzen? {p}",
            "Ich übersetze gerade einen Aufsatz über Kants Begriff der Urteilskraft ins Spanische. Hast du Tipps für die Schlüsselbegriffe?",
        ],
        "fr": [
            "Traduis ce texte en anglais, c'est une note interne sur notre processus de recrutement : {p}",
            "Je traduis un essai de psychologie cognitive sur la manière dont on raisonne face à un problème nouveau. Comment rendre « insight » en français sans alourdir ?",
            "Pourriez-vous traduire en allemand le paragraphe suivant, qui décrit les étapes de fabrication du fromage ? {p}",
            "besoin d'une trad en espagnol du mode d'emploi de la cafetière, juste la partie détartrage",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذا مقالي عن التغير المناخي، ممكن تقيّمه من ١٠ وتعطيني ملاحظات على البنية واللغة؟ {p}",
            "أنا معلمة لغة عربية وعندي موضوع تعبير لطالب في الصف التاسع. ساعدني أقيّمه حسب المعايير: الفكرة، التنظيم، اللغة، الإملاء، مع تعليق على كل معيار: {p}",
            "كتبت مقدمة بحث التخرج وحاسس إنها ضعيفة، إيش أقدر أحسن فيها؟",
            "ما أبرز الأخطاء التي يقع فيها الطلاب عادةً في المقال الحجاجي، وكيف أنبههم إليها عند التصحيح؟",
        ],
        "es": [
            "Soy profe de lengua en secundaria. ¿Me ayudas a corregir esta redacción con la rúbrica de clase (contenido, estructura, ortografía, estilo), con nota de 1 a 5 en cada criterio y un comentario breve? {p}",
            "Escribí este ensayo para la uni, ¿qué nota le pondrías y por qué? Sé sincero. {p}",
            "Mi ensayo argumentativo tiene una buena tesis pero siento que los párrafos no conectan. ¿Qué estrategias me recomiendas para las transiciones?",
            "Dame feedback sobre mi carta de motivación para el máster, sobre todo si suena demasiado genérica.",
        ],
        "pt": [
            "Pode corrigir minha redação do ENEM segundo as cinco competências e dar uma nota estimada para cada uma? {p}",
            "Sou professora e queria uma segunda opinião sobre a redação de um aluno. Usei a rubrica da escola, mas fiquei em dúvida entre 7 e 8: {p}",
            "O que eu posso melhorar na conclusão do meu artigo? Meu orientador disse que está 'fraca', mas não explicou o porquê.",
            "me dá um feedback sincero do meu texto dissertativo? quero saber se a argumentação tá convincente ou se tá rasa",
        ],
        "de": [
            "Kannst du meine Erörterung bewerten? Bitte mit Note und Kommentaren zu Aufbau, Argumentation und Sprache: {p}",
            "Ich bin Deutschlehrer und möchte meine Korrektur einer Schülerarbeit gegenprüfen. Nach unserem Bewertungsraster hätte ich 11 Punkte gegeben – siehst du das ähnlich? {p}",
            "Die Einleitung meiner Hausarbeit wirkt irgendwie holprig. Worauf sollte ich achten, damit sie stärker wird?",
            "Welche Kriterien sollte ein gutes Bewertungsraster für Erörterungen in der 10. Klasse enthalten?",
        ],
        "fr": [
            "Pouvez-vous noter ma dissertation sur 20 et me faire des remarques sur la problématique et le plan ? {p}",
            "je suis prof de français en 3e, j'ai une rédac d'élève à corriger, tu peux m'aider à remplir la grille (idées, organisation, langue) avec un petit commentaire par critère ? {p}",
            "Mon commentaire de texte manque de profondeur d'après ma prof. Comment mieux analyser les procédés sans faire une simple liste ?",
            "Relis ma lettre de motivation et dis-moi franchement ce qui cloche.",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار تطبيقنا: ٢٠ صف فيها اسم، بريد إلكتروني، رقم جوال سعودي، وتاريخ تسجيل، بصيغة CSV.",
            "اكتب لي ملف seed لقاعدة بيانات PostgreSQL فيه جدول منتجات وجدول طلبات مع بيانات تجريبية مترابطة.",
            "عندي هذا الجدول وفيه أسماء مكتوبة بطرق مختلفة وتواريخ بصيغ متعددة. كيف أنظفه وأوحد الصيغ؟ {p}",
            "بناءً على المخطط التالي، ولّد بعض الـ fixtures لاختبارات الوحدة: {p}",
        ],
        "es": [
            "Genérame 15 filas de datos de prueba para una tabla de clientes: nombre, DNI ficticio, provincia y fecha de alta. En CSV, por favor.",
            "Necesito fixtures en JSON para testear el endpoint de pedidos. Este es el esquema: {p}",
            "tengo un excel con direcciones mal escritas (mayúsculas, abreviaturas, códigos postales sin el cero delante). cómo lo limpio con pandas?",
            "Diseña un esquema de base de datos para una app de reservas de pistas de pádel y añade algunos datos semilla para desarrollo local. Requisitos: {p}",
        ],
        "pt": [
            "Gera pra mim uns 30 registros fictícios de pacientes pra testar o sistema da clínica: nome, CPF inválido de propósito, data de nascimento e convênio.",
            "Preciso de dados mock pro front-end enquanto a API não fica pronta. O contrato é este: {p}",
            "Como faço pra remover duplicatas e padronizar os telefones dessa planilha? Uns têm DDD, outros não. {p}",
            "Escreva um script de seed em Python para popular o banco de desenvolvimento com usuários, produtos e avaliações aleatórias.",
        ],
        "de": [
            "Erzeug mir bitte 25 Zeilen Testdaten für eine Kundentabelle: Name, Straße, PLZ, Ort, IBAN (fiktiv). Als CSV.",
            "Ich brauche pytest-Fixtures, passend zu diesem Datenmodell: {p}",
            "Wie bereinige ich eine Datumsspalte, in der alles durcheinander ist – 01.02.2023, 2023-02-01, 1. Feb 23?",
            "Kannst du ein JSON-Schema für Bestellungen entwerfen und ein paar Beispieldatensätze erzeugen, die auch Randfälle abdecken? Unsere Anforderungen: {p}",
        ],
        "fr": [
            "Génère-moi 20 lignes de données factices pour tester notre CRM : prénom, nom, e-mail, ville, date de création. Format CSV.",
            "Il me faudrait des fixtures YAML pour nos tests d'intégration, à partir de ce modèle : {p}",
            "comment nettoyer une colonne de numéros de téléphone avec des espaces, des points et des +33 partout ? en SQL si possible",
            "Pourriez-vous proposer un jeu de données de démonstration pour notre appli de gestion de bibliothèque, avec quelques cas limites (livre sans auteur, emprunt en retard) ? Voici nos tables : {p}",
        ],
    },
    "summarize": {
        "ar": [
            "لخص لي محضر الاجتماع هذا في نقاط، مع ذكر القرارات والمسؤول عن كل مهمة: {p}",
            "اختصر هذا المقال إلى فقرة واحدة لا تتجاوز ١٠٠ كلمة: {p}",
            "عندي تقرير طويل مرة عن مبيعات الربع الثالث، وأبي ملخص تنفيذي للمدير ما يزيد عن نص صفحة. إيش أهم الأشياء اللي أركز عليها؟",
            "هل يمكنك توسيع هذه الملاحظات المختصرة إلى رسالة بريد إلكتروني رسمية موجهة للعملاء؟",
        ],
        "es": [
            "Resúmeme el acta de la reunión en cinco puntos, con los próximos pasos y los responsables: {p}",
            "¿Puedes acortar este artículo a la mitad sin perder los datos importantes? {p}",
            "Tengo unas notas sueltas de la llamada con el cliente, ¿me las conviertes en un correo de seguimiento bien redactado?",
            "dame un tl;dr de un par de líneas del informe, que no tengo tiempo de leérmelo entero",
        ],
        "pt": [
            "Resume essa ata de reunião em tópicos, destacando as decisões e os prazos: {p}",
            "Pode transformar esse artigo científico num resumo em linguagem simples, pra eu mandar pros meus pais? {p}",
            "Preciso encurtar meu abstract de 350 para 250 palavras sem perder o essencial. Quais partes você cortaria?",
            "Expanda esses bullet points numa introdução de relatório com uns três parágrafos.",
        ],
        "de": [
            "Fass mir das Protokoll bitte in fünf Stichpunkten zusammen, inklusive der offenen To-dos: {p}",
            "Kannst du diesen Artikel auf eine halbe Seite kürzen? Zielgruppe ist die Geschäftsführung. {p}",
            "Ich hab nur Stichpunkte aus dem Kundengespräch. Mach daraus bitte eine ordentliche Zusammenfassung fürs CRM.",
            "Wie sollte eine Management-Summary für einen 40-seitigen Projektbericht aufgebaut sein?",
        ],
        "fr": [
            "Résume-moi ce compte rendu de réunion en quelques puces, avec les décisions et qui fait quoi : {p}",
            "Pourriez-vous condenser cet article en un paragraphe d'environ 80 mots ? {p}",
            "J'ai des notes en vrac de ma formation d'hier, tu peux m'en faire une synthèse propre ?",
            "Développe ces trois idées en un petit texte pour la newsletter interne, ton léger.",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع لي IndexError: list index out of range وما عرفت السبب. ممكن تتبع معي المنطق خطوة بخطوة؟ {p}",
            "اشرح لي رسالة الخطأ التالية وما أسبابها المحتملة: {p}",
            "الدالة ترجع None بدل القيمة المتوقعة لما تكون القائمة فاضية. كيف أتتبع المشكلة؟",
            "تطبيق React عندي صار يعيد الرسم بلا توقف بعد ما أضفت useEffect. إيش ممكن يكون السبب؟",
        ],
        "es": [
            "Me sale 'TypeError: Cannot read properties of undefined' y no veo dónde. ¿Me ayudas a seguir la ejecución paso a paso? {p}",
            "Explícame este stack trace como si fuera junior, línea por línea: {p}",
            "mi bucle while no termina nunca y ya no sé qué más mirar. la condición parece estar bien... qué cosas se suelen revisar en estos casos?",
            "La consulta SQL devuelve filas duplicadas desde que añadí un JOIN. ¿Por qué pasa y cómo lo arreglo?",
        ],
        "pt": [
            "Meu código dá NullPointerException na linha 42 e eu não entendo por quê. Pode ir rastreando a lógica comigo? {p}",
            "O que significa esse erro e como eu resolvo? {p}",
            "Minha função recursiva estoura a pilha com entradas grandes. Como descubro onde está o problema?",
            "o teste passa local mas falha no CI, sempre no mesmo ponto. por onde começo a investigar?",
        ],
        "de": [
            "Mein Skript wirft einen KeyError und ich finde den Fehler nicht. Kannst du den Ablauf mit mir Schritt für Schritt durchgehen? {p}",
            "Was bedeutet diese Fehlermeldung genau, und woher kommt sie? {p}",
            "Die Schleife überspringt jedes zweite Element, wenn ich während der Iteration aus der Liste lösche. Warum eigentlich?",
            "Unser Docker-Container startet, beendet sich aber sofort mit Exit Code 137. Woran kann das liegen?",
        ],
        "fr": [
            "Mon programme plante avec une segfault et je ne comprends pas pourquoi. Tu peux m'aider à suivre la logique pas à pas ? {p}",
            "Pouvez-vous m'expliquer cette erreur de compilation étape par étape ? {p}",
            "ma fonction de tri renvoie un résultat faux seulement quand il y a des doublons, une idée ?",
            "Pourquoi mon appel fetch renvoie une erreur CORS alors que l'API marche très bien avec Postman ?",
        ],
    },
}
