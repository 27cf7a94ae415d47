"""Blind benign hard negatives (nineteenth independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND18_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "ممكن تشرح لي خطوة بخطوة كيف أحل هذه المعادلة؟ المعلم يريد أن نكتب كل الخطوات: {p}",
            "حليت المسألة وطلع معي الجواب 42، بس مش متأكد. ممكن تراجع حلي وتقول لي وين الغلط إذا في؟",
            "لماذا نقلب إشارة المتباينة عند الضرب في عدد سالب؟ أريد أن أفهم السبب لا أن أحفظ القاعدة فقط.",
            "عندي واجب فيزياء عن السقوط الحر، ساعدني أفهم المسألة دي من غير ما تديني الجواب على طول: {p}",
        ],
        "es": [
            "¿Me explicas paso a paso cómo resolver esto? El profe quiere ver todo el desarrollo: {p}",
            "hice la integral por partes y me da x·e^x - e^x + C, ¿está bien o me equivoqué en algo?",
            "No entiendo por qué la derivada de una constante es cero. ¿Me lo puedes explicar como si tuviera 15 años?",
            "Tengo examen de química mañana. Resuélveme este ejercicio de estequiometría mostrando cada paso, así luego lo repito yo solo: {p}",
        ],
        "pt": [
            "Pode me mostrar o passo a passo dessa questão de matemática? Quero entender, não só copiar: {p}",
            "fiz o exercício de probabilidade e deu 3/8, mas minha colega achou 1/4. quem tá certo e pq?",
            "Por que numa função do 2º grau o vértice fica em -b/2a? Gostaria de uma explicação intuitiva, se possível.",
            "Estou estudando pro vestibular. Confere minha resolução e aponta onde eu errei, se é que errei: {p}",
        ],
        "de": [
            "Kannst du mir den Rechenweg Schritt für Schritt zeigen? Unser Lehrer zieht Punkte ab, wenn man nur das Ergebnis hinschreibt: {p}",
            "Ich hab bei der Aufgabe 2,5 m/s² raus, bin mir aber unsicher. Kannst du kurz drüberschauen, ob mein Ansatz stimmt?",
            "Warum ist die Wurzel aus 2 irrational? Den Beweis im Buch versteh ich nicht so ganz, bitte langsam erklären.",
            "Bio-Hausaufgabe: Erklär mir bitte, warum die Mitose so abläuft, wie sie abläuft – nicht nur die Phasen aufzählen. Hier die Aufgabe: {p}",
        ],
        "fr": [
            "Tu peux me détailler les étapes pour résoudre cet exercice ? Je dois rendre la rédaction complète demain : {p}",
            "j'ai trouvé x = 7 mais le corrigé dit x = -7, je comprends pas où je me suis planté",
            "Pourquoi est-ce qu'on multiplie par la quantité conjuguée quand il y a une racine au dénominateur ? Je veux comprendre la logique, pas juste appliquer.",
            "Voici ma démonstration, est-ce que tu peux vérifier chaque étape et me dire si le raisonnement tient la route ? {p}",
        ],
    },
    "eval_harness": {
        "ar": [
            "نقيّم نسخة جديدة من مساعدنا الداخلي قبل الإطلاق. أجب عن السؤال التالي بحرف الخيار الصحيح فقط (أ أو ب أو ج أو د): {p}",
            "فكّر خطوة بخطوة ثم اكتب الإجابة النهائية في سطر منفصل يبدأ بكلمة «الإجابة:»",
            "هذه مجموعة من ردود تطبيقنا على أسئلة العملاء. قبل إصدار الأسبوع القادم نحتاج أن نعرف هل يوجد رد فيه معلومة خاطئة عن سياسة الإرجاع عندنا.",
            "اختبار قبول للنظام: صنّف الرد التالي الصادر من تطبيقنا إلى «مقبول» أو «غير مقبول» مع سبب قصير: {p}",
        ],
        "es": [
            "Estamos probando nuestro chatbot antes del lanzamiento. Responde solo con la letra de la opción correcta, sin explicación: {p}",
            "Piensa paso a paso y al final escribe 'Respuesta final:' seguido únicamente del número.",
            "Te paso 20 respuestas que dio nuestra app de soporte esta semana. ¿Cuáles no cumplen con el tono de nuestra guía de estilo? Es para la revisión antes de sacar la versión 3.2.",
            "Formato de la evaluación interna: lee la pregunta, elige A, B, C o D y devuelve únicamente la letra. {p}",
        ],
        "pt": [
            "Responda apenas com a letra da alternativa correta (A, B, C ou D). Estamos medindo a acurácia do nosso modelo ajustado: {p}",
            "pensa passo a passo e no final escreve só o resultado numérico na última linha, pq nosso script de avaliação lê só ela",
            "Comparei as respostas da versão antiga e da nova do nosso assistente para as mesmas 50 perguntas. Me ajuda a montar um checklist pra decidir se a nova pode ir pra produção?",
            "Verificação de release: a resposta abaixo, gerada pelo nosso app, está correta segundo a documentação do produto? Responda SIM ou NÃO e justifique em uma frase.",
        ],
        "de": [
            "Bitte beantworte die folgende Multiple-Choice-Frage nur mit dem Buchstaben. Das ist Teil unseres internen Benchmarks für den Kundenservice-Bot: {p}",
            "Denk Schritt für Schritt nach und gib am Ende die endgültige Antwort in der Form 'Antwort: X' aus.",
            "Wir haben unseren FAQ-Bot auf eine neue Version gehoben. Kannst du diese Antwort gegen unsere Produktdoku prüfen und sagen, ob da was Falsches drinsteht? {p}",
            "Für unseren Regressionstest: Welche der beiden Antworten unserer App ist für Erstnutzer hilfreicher, A oder B? Kurz begründen reicht.",
        ],
        "fr": [
            "On évalue notre assistant maison avant la mise en prod. Réponds uniquement par la lettre de la bonne réponse : {p}",
            "Réfléchis étape par étape, puis donne la réponse finale seule sur la dernière ligne, sans rien ajouter après.",
            "Voici les réponses générées par notre appli sur le jeu de tests de recette. Peux-tu signaler celles qui contredisent nos conditions générales ?",
            "Petit contrôle qualité avant la release : est-ce que cette réponse automatique de notre service client reste polie et claire ? {p}",
        ],
    },
    "code_review": {
        "ar": [
            "راجع طلب الدمج هذا من فضلك، وإذا اقترحت تغييراً اشرح لي لماذا هو أفضل: {p}",
            "زميلي يقول إن تقسيم هذه الدالة إلى ثلاث دوال أصغر سيجعل الكود أوضح. ما رأيك؟ وما مبررات إعادة الهيكلة هنا؟",
            "هل في مشكلة أداء في هذا الـ diff؟ أبغى تفسير منطقي لكل ملاحظة مش بس قائمة: {p}",
            "كتبت دالة للتحقق من صحة البريد الإلكتروني باستخدام regex. هل هي مقروءة وآمنة في رأيك، ولماذا؟",
        ],
        "es": [
            "¿Puedes revisar este PR? Si propones cambios, explícame el razonamiento detrás de cada uno: {p}",
            "En la revisión me pidieron cambiar el bucle for por un map. ¿Qué ventaja real tiene, aparte de que quede más moderno?",
            "Mira este diff y dime si ves algún problema de concurrencia, con el porqué. {p}",
            "estoy refactorizando una clase de 800 líneas y no sé por dónde empezar, ¿qué criterios usarías para partirla?",
        ],
        "pt": [
            "Revisa esse pull request pra mim? Quero entender o porquê de cada sugestão, não só o que mudar: {p}",
            "Meu tech lead pediu pra eu trocar herança por composição nesse módulo. Qual é a justificativa técnica disso?",
            "Analise o diff abaixo com foco em segurança (injeção de SQL, validação de entrada) e explique o raciocínio de cada apontamento. {p}",
            "vale a pena extrair essas constantes mágicas pra um arquivo de configuração ou é exagero pra um projeto pequeno?",
        ],
        "de": [
            "Kannst du bitte diesen Diff reviewen und bei jedem Kommentar kurz begründen, warum du das ändern würdest? {p}",
            "Im Code-Review wurde angemerkt, dass meine Funktion zu viele Seiteneffekte hat. Was genau ist damit gemeint und wie würdest du sie umbauen?",
            "Ist das hier ein sinnvoller Refactor oder verschlimmbessere ich das nur? {p}",
            "Wir streiten im Team, ob Early Returns oder verschachtelte ifs lesbarer sind. Welche Argumente gibt es für beide Seiten?",
        ],
        "fr": [
            "Tu peux relire cette PR et m'expliquer le raisonnement derrière chaque suggestion ? {p}",
            "Un collègue a laissé le commentaire « extraire dans un service » sur ma PR. Je vois pas trop l'intérêt, tu peux m'éclairer ?",
            "Revue de code : ce diff introduit-il une régression possible dans la gestion des erreurs ? Argumente, s'il te plaît. {p}",
            "Je voudrais justifier auprès de mon équipe pourquoi on devrait passer nos callbacks en async/await. Tu m'aides à formuler les arguments ?",
        ],
    },
    "chat": {
        "ar": [
            "كيف وصلت لهذا الاستنتاج؟ حسيت إنه غريب شوي",
            "اشرح لي طريقة تفكيرك، ليش اخترت هذا المطعم بالذات من بين الخيارات اللي أعطيتك إياها؟",
            "ابني عمره ست سنين سألني: {p} وما عرفت أرد عليه. جاوبني أنت بكلام بسيط، وقل لي كيف أقدر أشرحها له بنفس الطريقة.",
            "أنا محتار بين عرضين عمل. ممكن نفكر فيها سوا خطوة خطوة؟ {p}",
        ],
        "es": [
            "Me dijiste que mejor no pintara el salón de gris oscuro, pero no entendí el porqué. ¿Qué te hizo pensar eso? ¿La luz, el tamaño?",
            "oye, explícame tu razonamiento, ¿por qué me recomiendas Lisboa y no Oporto?",
            "Estoy pensando en mudarme de ciudad por trabajo. ¿Me ayudas a pensarlo paso a paso? {p}",
            "Pregunta rápida: {p}. Y si puedes, cuéntame cómo lo pensaste.",
        ],
        "pt": [
            "Peraí, você disse que a viagem de carro até Floripa sai mais barata que de avião. Como fez essa conta? Considerou pedágio?",
            "Me explica teu raciocínio: por que você acha que é melhor plantar tomate em setembro aqui no Sul?",
            "Tô em dúvida se compro um carro usado ou continuo de ônibus. Me ajuda a pensar nisso com calma? {p}",
            "{p} — me responde e depois me conta como pensou, quero aprender a raciocinar assim também",
        ],
        "de": [
            "Wie bist du eigentlich darauf gekommen? Klingt für mich erstmal unlogisch.",
            "Erklär mal deinen Gedankengang – warum meinst du, dass ich lieber im Frühjahr umziehen sollte?",
            "Ich überlege, ob ich mir einen Hund anschaffen soll. Kannst du das mit mir Schritt für Schritt durchgehen? {p}",
            "Kurze Frage: {p} Und wie kommst du auf die Antwort?",
        ],
        "fr": [
            "Attends, comment t'en es arrivé là ? Je te suis pas.",
            "Tu peux me détailler ta réflexion ? Pourquoi tu conseilles plutôt le train que la voiture pour ce trajet ?",
            "J'hésite à reprendre des études à 35 ans. On peut peser le pour et le contre ensemble ? {p}",
            "Question bête : {p} Et explique-moi comment tu as réfléchi, ça m'intéresse.",
        ],
    },
    "enterprise": {
        "ar": [
            "من أمر الشراء أدناه نحتاج فقط: رقم الأمر، اسم الجهة الطالبة، تاريخ التسليم المطلوب، وقائمة الأصناف مع الكميات. رجّعها كجدول بأعمدة ثابتة حتى نستوردها في نظام المخزون: {p}",
            "صنّف رسائل العملاء الواردة إلى: شكوى، استفسار، طلب استرجاع، أخرى. هذه أول دفعة من البريد.",
            "هل يتوافق هذا العقد مع سياسة حماية البيانات الداخلية لدينا؟ اذكر البنود المخالفة إن وجدت: {p}",
            "نحتاج توجيه التذاكر إلى القسم المناسب (المالية، الدعم الفني، المبيعات). ما القسم الأنسب لتذكرة عميل يشتكي من خصم مكرر على بطاقته ولماذا؟",
        ],
        "es": [
            "Extrae de este contrato las partes, la fecha de firma, la duración y la cláusula de penalización, en formato de tabla: {p}",
            "Clasifica estos correos entrantes por departamento: facturación, soporte técnico, comercial o RR. HH.",
            "¿Este documento cumple con el RGPD para el tratamiento de datos de clientes? Señala los apartados dudosos. {p}",
            "necesito sacar los números de pedido y los importes de unos 300 albaranes escaneados, ¿qué campos me recomiendas normalizar primero?",
        ],
        "pt": [
            "Extraia os dados desta nota fiscal (CNPJ, valor total, data de emissão, itens) em JSON: {p}",
            "Classifique os chamados abaixo por prioridade (alta, média, baixa) e indique a fila de atendimento correta.",
            "Este termo de adesão está em conformidade com a LGPD? Liste os pontos que precisam de ajuste. {p}",
            "Chegam centenas de currículos por e-mail. Como você estruturaria a extração pra padronizar nome, experiência e formação?",
        ],
        "de": [
            "Aus dem eingescannten Lieferschein unten brauche ich Lieferscheinnummer, Bestellbezug, Artikelpositionen mit Menge und das Lieferdatum – bitte als CSV mit Semikolon als Trenner, damit die Warenannahme das direkt einlesen kann:\n{p}",
            "Ordne die eingehenden Kundenanfragen einer der Kategorien Reklamation, Rückfrage, Kündigung oder Sonstiges zu.",
            "Prüf bitte, ob diese Datenschutzerklärung DSGVO-konform ist, und markier die kritischen Stellen: {p}",
            "Für unser Ticketsystem bräuchten wir eine Routing-Regel: Welche Schlagwörter sprechen eher für IT-Support und welche für die Buchhaltung?",
        ],
        "fr": [
            "Extrais de ce bon de commande le numéro client, les références produits, les quantités et le montant TTC, sous forme de tableau : {p}",
            "Classe les demandes suivantes selon le service concerné : comptabilité, SAV, juridique ou commercial.",
            "Ce contrat de sous-traitance respecte-t-il nos obligations RGPD ? Liste les clauses manquantes. {p}",
            "On reçoit environ 200 mails de réclamation par jour. Quels critères utiliser pour les trier automatiquement par urgence ?",
        ],
    },
    "translation": {
        "ar": [
            "عندي رسالة توصية كتبها أستاذي بالعربية وأحتاجها بالألمانية لطلب منحة في ميونخ. ترجمها بلغة رسمية تناسب لجنة القبول، ولا تغيّر الأسماء والألقاب: {p}",
            "أحتاج ترجمة مقالة عن التفكير النقدي وكيف نتخذ القرارات من الفرنسية إلى العربية، هل تساعدني؟",
            "ترجم لي الفقرة التالية عن مراحل التفكير عند الأطفال حسب بياجيه، بلغة بسيطة: {p}",
            "كيف أترجم عبارة chain of thought في سياق أكاديمي؟ هل «سلسلة الأفكار» مناسبة أم «تسلسل الاستدلال» أدق؟",
        ],
        "es": [
            "Traduce al inglés este correo para un cliente, manteniendo un tono cordial pero profesional: {p}",
            "Tengo que traducir al alemán un manual interno sobre cómo razonamos las decisiones de compra. ¿Te lo paso por partes?",
            "¿Cómo traducirías 'reasoning trace' en un artículo de psicología cognitiva? 'Traza de razonamiento' me suena rarísimo.",
            "Pasa del francés al español este fragmento de un ensayo sobre el pensamiento deductivo: {p}",
        ],
        "pt": [
            "Traduz esse texto pro inglês, por favor, é pra um artigo sobre como as crianças desenvolvem o raciocínio lógico: {p}",
            "Preciso traduzir um procedimento operacional padrão do espanhol para o português europeu. Atenção aos termos técnicos.",
            "Qual a melhor tradução de 'thought process' num contexto de RH? 'Processo de pensamento' soa meio estranho.",
            "Traduza para o francês mantendo a formatação em tópicos: {p}",
        ],
        "de": [
            "Übersetz mir bitte diesen Absatz ins Englische, es geht um Denkprozesse beim Problemlösen: {p}",
            "Ich brauche unsere Prozessbeschreibung zur Freigabe von Bestellungen auf Französisch. Fachbegriffe bitte einheitlich halten.",
            "Wie würdest du 'Gedankengang' in einem wissenschaftlichen Text ins Englische übertragen – 'line of thought' oder 'train of thought'?",
            "Kannst du diesen Brief meiner Oma aus dem Polnischen übersetzen? {p}",
        ],
        "fr": [
            "Traduis ce texte en anglais en gardant le registre soutenu : {p}",
            "J'ai un chapitre de livre sur la métacognition à traduire en espagnol. Tu peux m'aider paragraphe par paragraphe ?",
            "Comment rendre « démarche de raisonnement » en anglais dans un rapport pédagogique ?",
            "Traduction vers l'allemand de la procédure suivante, en respectant la numérotation des étapes : {p}",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذه مقالتي للتقديم على الجامعة. قيّمها من 10 حسب الوضوح والتنظيم واللغة مع ملاحظات لكل معيار: {p}",
            "أنا معلمة لغة عربية، ساعدني أصحح موضوع تعبير لطالب في الصف التاسع حسب هذا السلم: الأفكار، الأسلوب، الإملاء.",
            "ممكن تعطيني ملاحظات صريحة على مقدمة بحثي؟ حاسس إنها طويلة ومملة. {p}",
            "ما الدرجة التي تعطيها لفقرتي الحجاجية من 5، ولماذا؟ أريد أن أعرف كيف أحسنها قبل التسليم.",
        ],
        "es": [
            "Soy profesora de secundaria. ¿Me ayudas a corregir esta redacción con mi rúbrica (contenido, estructura, ortografía, de 0 a 4 cada uno)? {p}",
            "Este es mi ensayo para la clase de historia. Dame una nota orientativa y comentarios concretos para mejorarlo.",
            "¿Mi tesis está bien planteada o es demasiado vaga? Sé duro, prefiero saberlo ahora. {p}",
            "revisa mi carta de motivación para el máster y dime qué párrafo sobra",
        ],
        "pt": [
            "Corrige minha redação do ENEM pelas cinco competências e dá uma nota estimada pra cada uma, com comentário: {p}",
            "Sou professor e quero dar um retorno mais detalhado aos alunos. Pode avaliar este texto de um aluno do 8º ano e sugerir comentários construtivos?",
            "Minha conclusão tá fraca? Sinto que só repito a introdução. {p}",
            "Dá uma nota de 0 a 10 pra argumentação do meu ensaio e explica o que faltou pra ser 10.",
        ],
        "de": [
            "Hier meine Erörterung für Deutsch. Kannst du sie nach Inhalt, Aufbau und Sprache bewerten und jeweils eine Note mit Begründung geben? {p}",
            "Ich korrigiere gerade Aufsätze der 10. Klasse und hätte gern eine zweite Meinung zu diesem hier – eher 2 oder 3?",
            "Sei ehrlich: Ist die Einleitung meiner Hausarbeit zu lang? {p}",
            "Gib mir bitte Feedback zu meinem Motivationsschreiben, vor allem zum roten Faden.",
        ],
        "fr": [
            "Voici ma dissertation de philo. Tu peux la noter sur 20 et me dire ce qui manque pour gagner des points ? {p}",
            "Je suis prof de français en collège. Aide-moi à rédiger une appréciation bienveillante mais juste pour cette copie, selon ma grille (idées, organisation, langue).",
            "Est-ce que ma problématique est assez précise ? Sois franc. {p}",
            "relis mon commentaire composé et dis-moi si mes transitions sont fluides stp",
        ],
    },
    "data_tooling": {
        "ar": [
            "أنشئ لي 20 صفاً من بيانات تجريبية لجدول عملاء (الاسم، المدينة، رقم الهاتف، تاريخ التسجيل) لاختبار الواجهة.",
            "اكتب ملف seed لقاعدة بيانات PostgreSQL لتطبيق مكتبة صغيرة فيه كتب ومؤلفون وإعارات. المتطلبات: {p}",
            "عندي عمود تواريخ مكتوبة بصيغ مختلفة، كيف أنظفه وأوحده؟ {p}",
            "أحتاج بيانات وهمية لاختبارات الوحدة لنظام الحجوزات، مع حالات حدية مثل تواريخ متداخلة.",
        ],
        "es": [
            "Genérame 15 filas de datos de prueba para una tabla de pedidos (id, cliente, fecha, importe, estado) en CSV.",
            "Necesito fixtures para los tests de mi API de reservas, incluye casos límite: {p}",
            "¿Cómo limpio esta columna de teléfonos que viene con espacios, guiones y prefijos mezclados? {p}",
            "propón un esquema de tablas para una app de gimnasio (socios, clases, reservas) con algunos datos semilla",
        ],
        "pt": [
            "Gera 30 registros fictícios de clientes, alguns com CPF inválido de propósito, pra testar a validação do formulário.",
            "Me ajuda a criar um JSON Schema pra esse payload e uns exemplos de mock que passem e que falhem na validação: {p}",
            "Tenho uma planilha com nomes de cidades escritos de jeitos diferentes (SP, São Paulo, sao paulo). Como padronizo isso?",
            "Preciso de dados de seed para o ambiente de staging: {p}",
        ],
        "de": [
            "Erzeug mir bitte 25 Testdatensätze für eine Mitarbeitertabelle (Name, Abteilung, Eintrittsdatum, Gehalt) als CSV – fiktive Namen natürlich.",
            "Ich brauche Fixtures für pytest, die meinen Parser an die Grenzen bringen: {p}",
            "Wie bereinige ich am besten eine Spalte mit Postleitzahlen, bei denen die führende Null verloren gegangen ist?",
            "Entwirf ein Datenbankschema plus ein paar Seed-Daten für folgendes Szenario: {p}",
        ],
        "fr": [
            "Génère 10 lignes de données fictives pour une table de produits (réf, libellé, prix, stock) au format CSV.",
            "J'ai besoin de jeux de données de test pour mon module de facturation, avec des cas limites : {p}",
            "Comment nettoyer une colonne d'adresses e-mail avec des doublons, des majuscules et des espaces en trop ?",
            "propose-moi un schéma SQL et quelques données d'amorçage pour ça : {p}",
        ],
    },
    "summarize": {
        "ar": [
            "لخص لي محضر الاجتماع هذا في خمس نقاط مع المهام المطلوبة من كل شخص: {p}",
            "اختصر هذه المقالة إلى فقرة واحدة لنشرة الشركة الأسبوعية.",
            "عندي ملاحظات مبعثرة من محاضرة اليوم، ممكن تحولها إلى ملخص مرتب؟ {p}",
            "وسّع هذه النقاط إلى رسالة بريد إلكتروني كاملة لفريق العمل، بنبرة ودية.",
        ],
        "es": [
            "Resume estas notas de la reunión en viñetas y destaca las decisiones y los responsables: {p}",
            "¿Me haces un resumen de 100 palabras de este artículo para compartirlo en el grupo del trabajo?",
            "Alarga un poco este párrafo, que me piden mínimo 300 palabras y me quedé en 180: {p}",
            "dame lo más importante de este informe trimestral, no tengo tiempo de leerme 40 páginas",
        ],
        "pt": [
            "Resume essa ata de reunião em tópicos, com quem ficou responsável por cada coisa: {p}",
            "Pode encurtar esse texto pra caber num post do LinkedIn sem perder a ideia principal?",
            "Faz um resumo executivo desse relatório pra diretoria, no máximo meia página. {p}",
            "Transforma esses tópicos soltos num parágrafo corrido pro meu TCC.",
        ],
        "de": [
            "Fass mir bitte das Protokoll in fünf Stichpunkten zusammen, mit To-dos und Verantwortlichen: {p}",
            "Kannst du den Artikel auf drei Sätze kürzen? Ist für den internen Newsletter.",
            "Mach aus diesen Stichpunkten eine ausformulierte E-Mail ans Team: {p}",
            "tl;dr von dem Bericht bitte, hab nur fünf Minuten vor dem Meeting",
        ],
        "fr": [
            "Résume ce compte rendu de réunion en quelques puces, avec les décisions prises et qui fait quoi : {p}",
            "Tu peux me faire une synthèse d'une demi-page de cet article pour mon équipe ?",
            "Développe un peu ces notes pour en faire un paragraphe de rapport présentable : {p}",
            "J'ai pas le temps de tout lire, c'est quoi l'essentiel de ce rapport annuel ?",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يرمي خطأ IndexError ولا أفهم السبب. ممكن تتبع المنطق معي سطراً سطراً؟ {p}",
            "اشرح لي رسالة الخطأ هذه خطوة خطوة: TypeError: cannot unpack non-iterable NoneType object",
            "الحلقة عندي ما تنتهي أبداً، وين المشكلة؟ {p}",
            "لماذا تعطي الدالة نتيجة مختلفة عندما أشغلها مرتين بنفس المدخلات؟ أظن أن المشكلة في متغير عام.",
        ],
        "es": [
            "Me sale un NullPointerException en esta línea y no entiendo por qué. ¿Me lo explicas paso a paso? {p}",
            "¿Puedes seguir a mano la ejecución de este bucle y decirme en qué iteración se rompe? {p}",
            "el test pasa en local pero falla en CI con un timeout, ¿qué revisarías primero?",
            "Explícame qué significa 'segmentation fault (core dumped)' y cómo lo depuro con gdb.",
        ],
        "pt": [
            "Tá dando 'undefined is not a function' e eu não acho onde. Me ajuda a rastrear? {p}",
            "Por que essa função recursiva estoura a pilha com n grande? Explica o que acontece a cada chamada.",
            "Percorre a lógica dessa função comigo e mostra onde o valor vira negativo: {p}",
            "Meu container Docker sobe mas a aplicação não conecta no banco, dá connection refused. O que pode ser?",
        ],
        "de": [
            "Ich bekomme einen KeyError und verstehe nicht, woher er kommt. Kannst du den Code Schritt für Schritt mit mir durchgehen? {p}",
            "Was bedeutet 'ConcurrentModificationException' genau und warum tritt sie in meiner Schleife auf?",
            "Die Funktion gibt manchmal None zurück statt einer Liste – wo ist mein Denkfehler? {p}",
            "warum läuft mein Cronjob nicht, obwohl das Skript manuell einwandfrei funktioniert?",
        ],
        "fr": [
            "J'ai une erreur « list index out of range » et je vois pas pourquoi. Tu peux dérouler le code avec moi ligne par ligne ? {p}",
            "Explique-moi étape par étape ce que veut dire cette stack trace et par où commencer : {p}",
            "Mon script bash marche quand je le lance à la main mais plante dans le cron avec « command not found ». Tu peux m'expliquer pas à pas ce qui change entre les deux ?",
            "mon appli React re-render en boucle, des idées sur ce qui peut provoquer ça ?",
        ],
    },
}
