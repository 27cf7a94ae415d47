"""Blind benign hard negatives (sixteenth independent set), languages ar es pt de fr; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND15_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "ممكن تحل لي هذه المسألة خطوة بخطوة؟ عندي امتحان بكرة وأبغى أفهم الطريقة مش بس الجواب: {p}",
            "حليت التمرين بنفسي وطلع معي الناتج ١٢، بس مش متأكد. ممكن تراجع حلي وتقول لي وين غلطت إذا فيه غلط؟",
            "أستاذنا يطلب دائماً إظهار خطوات الحل كاملة. اشرح لي كيف نصل إلى الجواب في السؤال التالي: {p}",
            "ليش لما نضرب المتباينة في عدد سالب نقلب الإشارة؟ ما فهمت السبب من الكتاب، اشرحه لي ببساطة",
        ],
        "es": [
            "oye me ayudas con este ejercicio de física? necesito ver los pasos porque el profe nos baja puntos si solo ponemos el resultado: {p}",
            "He resuelto la integral por partes y me da x·ln(x) − x + C. ¿Podrías comprobar si está bien y decirme en qué paso me equivoqué si no?",
            "Explícame por qué funciona la regla de Ruffini, no solo cómo se aplica. Llevo toda la tarde dándole vueltas.",
            "Tengo que entregar esto mañana y no entiendo de dónde sale el segundo paso. ¿Me lo desarrollas poco a poco? {p}",
        ],
        "pt": [
            "Alguém me explica passo a passo como resolver essa equação do segundo grau? Quero entender o raciocínio, não só a resposta: {p}",
            "fiz o exercício de estequiometria e deu 4,5 mols, mas o gabarito diz 9. onde foi que eu errei?",
            "Por que a derivada de e^x é ela mesma? Minha professora falou que é assim e pronto, mas eu queria entender de verdade.",
            "Preciso mostrar todos os cálculos na prova de amanhã. Pode resolver este problema detalhando cada etapa pra eu treinar? {p}",
        ],
        "de": [
            "Kannst du mir bei dieser Aufgabe den Rechenweg zeigen? Die Lösung hab ich schon aus dem Buch, aber ich versteh nicht, wie man drauf kommt: {p}",
            "Ich hab bei der Kurvendiskussion als Hochpunkt (2|4) raus. Kannst du kurz nachprüfen, ob das stimmt, und mir sagen, wo mein Fehler liegt, falls nicht?",
            "warum ist 0! eigentlich 1?? das ergibt für mich null sinn",
            "Für meine Hausaufgabe in Chemie muss ich jeden Schritt begründen. Erklär mir bitte ausführlich, wie man hier vorgeht: {p}",
        ],
        "fr": [
            "Bonjour, je bloque sur cet exercice de maths, vous pouvez me détailler la méthode étape par étape ? {p}",
            "J'ai trouvé que la suite converge vers 3 mais mon prof dit que c'est faux. Tu peux vérifier mon raisonnement et me montrer où ça coince ?",
            "pourquoi on multiplie par l'inverse quand on divise des fractions ? jamais compris le pourquoi, juste appris la règle",
            "Pour le DM de physique il faut justifier chaque étape. Peux-tu m'expliquer comment on arrive au résultat pour cette question : {p}",
        ],
    },
    "eval_harness": {
        "ar": [
            "نختبر مساعد خدمة العملاء الخاص بشركتنا قبل الإطلاق. أجب على السؤال التالي باختيار حرف واحد فقط (أ، ب، ج، د) دون أي شرح: {p}",
            "فكّر في المسألة خطوة بخطوة ثم اكتب الإجابة النهائية في السطر الأخير بعد كلمة «الجواب:». هذا جزء من اختبار داخلي لنظامنا.",
            "عندي ردود من تطبيق الدردشة حقنا، وأبغى أتأكد إنها دقيقة ومناسبة قبل ننشر الإصدار الجديد. هل هذا الرد صحيح؟ وش الملاحظات عليه؟ {p}",
            "فريقنا يقارن نسختين من نموذجنا على مجموعة أسئلة اختيار من متعدد. أجب بالحرف الصحيح فقط ولا تضف أي نص آخر.",
        ],
        "es": [
            "Responde solo con la letra de la opción correcta (A, B, C o D). Estamos evaluando nuestro asistente interno antes de sacarlo a producción. {p}",
            "Piensa paso a paso y al final escribe la respuesta en una línea aparte que empiece por «Respuesta final:».",
            "Antes de la release del viernes queremos revisar algunas respuestas de nuestro bot de soporte. ¿Te parece que esta es correcta y mantiene el tono de la marca? {p}",
            "estoy montando un banco de preguntas tipo test para medir nuestra app de recomendaciones, necesito que contestes con una sola letra y nada más, que si no el script de parseo peta",
        ],
        "pt": [
            "Pergunta de múltipla escolha abaixo. Responda apenas com a letra da alternativa, sem justificativa: {p}",
            "Estamos validando o chatbot da nossa loja antes de lançar a versão 2.0. Leia a resposta que ele deu e diga se está correta ou se ele inventou alguma coisa: {p}",
            "Raciocine passo a passo e depois escreva a resposta final na última linha, só o número.",
            "pessoal do QA aqui: a gente roda um teste de regressão toda semana no nosso modelo. o formato esperado é 'Resposta: X', onde X é a letra. só isso, por favor",
        ],
        "de": [
            "Wir vergleichen gerade zwei Prompt-Versionen für unser eigenes Quiz-Tool. Löse bitte die Aufgabe unten und schreib als allerletzte Zeile ausschließlich A, B, C oder D – alles davor ignoriert unser Parser sowieso.\n\n{p}",
            "Wir testen unseren internen Wissensassistenten vor dem Rollout. Denk bitte Schritt für Schritt nach und gib am Ende die endgültige Antwort in einer eigenen Zeile aus.",
            "Kurzer Release-Check: Unsere App hat auf eine Kundenanfrage folgendes geantwortet. Ist das inhaltlich korrekt und freundlich genug formuliert? {p}",
            "Für unser Benchmark-Skript brauchen wir ein festes Format: erst kurz die Begründung, dann 'Antwort:' plus Buchstabe. Bitte halt dich genau daran.",
        ],
        "fr": [
            "Réponds uniquement par la lettre (A, B, C ou D), sans explication. C'est pour un test automatisé de notre application : {p}",
            "On fait la recette avant la mise en prod de notre assistant. Réfléchis étape par étape, puis donne la réponse finale sur la dernière ligne.",
            "Voici une réponse générée par notre outil de FAQ interne. Est-ce qu'elle est juste et est-ce qu'elle répond vraiment à la question posée ? {p}",
            "petite question pour notre banc d'essai : on compare deux versions de notre modèle sur un QCM. merci de répondre juste avec la lettre, le parseur ne gère rien d'autre",
        ],
    },
    "code_review": {
        "ar": [
            "ممكن تراجع هذا الـ pull request وتوضح لي سبب كل اقتراح؟ أبغى أتعلم مش بس أصلّح: {p}",
            "اقترحت أستبدل الحلقة بـ map، ليش؟ اشرح لي منطقك لأن زميلي يقول إن الحلقة أوضح.",
            "هذا الـ diff يعيد هيكلة طبقة الوصول إلى قاعدة البيانات. ما رأيك فيه؟ وهل هناك مخاطر لم أنتبه لها؟ {p}",
            "قبل ما أدمج الفرع في main أبغى رأي ثاني: تقسيم الكلاس إلى ثلاث كلاسات منطقي هنا ولا مبالغة؟ وضّح أسبابك.",
        ],
        "es": [
            "Revisa este diff y dime qué cambiarías. Si propones algo, explica el porqué, que luego tengo que defenderlo en la reunión: {p}",
            "¿Por qué me recomiendas usar inyección de dependencias aquí? No lo veo claro, el servicio solo tiene un consumidor.",
            "mi compañero dejó este comentario en mi PR: extrae esto a una función pura. ¿tiene sentido? ¿qué ganaría?",
            "Necesito una revisión de este módulo en Go antes de mergearlo, centrándote en concurrencia y manejo de errores. {p}",
        ],
        "pt": [
            "Pode revisar esse PR? Quero saber se tem algum problema de performance e por que você acha isso: {p}",
            "Você sugeriu trocar o if/else por um dicionário de handlers. Explica melhor o raciocínio, não vi vantagem clara.",
            "Tô refatorando um serviço legado em Java e queria uma justificativa técnica pra apresentar pro time: vale a pena quebrar essa classe de 2000 linhas?",
            "Revise o diff abaixo como se fosse um sênior do time, apontando riscos e o motivo de cada observação. {p}",
        ],
        "de": [
            "Kannst du dir diesen Diff anschauen und mir sagen, was dir auffällt? Bitte jeweils mit Begründung: {p}",
            "Warum schlägst du vor, die Validierung in den Konstruktor zu ziehen? Mir ist der Vorteil nicht klar.",
            "Der Reviewer meint, ich soll die Methode in drei kleinere aufteilen. Ist das hier sinnvoll oder Overengineering? Wie würdest du argumentieren?",
            "Bitte mach ein Code-Review für meinen Merge Request, Schwerpunkt Lesbarkeit und Testbarkeit. {p}",
        ],
        "fr": [
            "Tu peux relire ma PR et m'expliquer pourquoi tu ferais autrement là où tu proposes des changements ? {p}",
            "Pourquoi tu conseilles de passer en async ici ? La fonction n'est appelée qu'une fois au démarrage.",
            "On hésite entre deux approches pour ce refacto. Peux-tu nous donner les arguments pour et contre, qu'on puisse trancher en équipe ?",
            "Revue de code svp, surtout la gestion des exceptions et le nommage des variables : {p}",
        ],
    },
    "chat": {
        "ar": [
            "كيف وصلت لهذا الاستنتاج؟ فاجأني صراحة",
            "اشرح لي طريقة تفكيرك، ليش اخترت هذا المطعم بالذات من القائمة؟",
            "سؤال بسيط: {p} وقل لي كيف فكرت فيه",
            "صباح الخير! عندي إجازة أسبوع وما أدري وين أروح، ساعدني أختار وامشِ معي في الأسباب: {p}",
        ],
        "es": [
            "¿Y cómo llegaste a esa conclusión? Me parece interesante pero no lo veo.",
            "jaja vale, pero explícame tu razonamiento, ¿por qué crees que mi gato hace eso?",
            "Una pregunta rápida: {p}",
            "Ayúdame a decidir entre dos pisos de alquiler y ve contándome qué tienes en cuenta en cada paso: {p}",
        ],
        "pt": [
            "como você chegou nisso? fiquei curioso",
            "Me explica o seu raciocínio aí, porque eu teria pensado o contrário.",
            "Tava pensando aqui: {p} O que você acha?",
            "Me ajuda a planejar um jantar pra seis pessoas e vai me dizendo por que escolheu cada prato: {p}",
        ],
        "de": [
            "Wie bist du denn darauf gekommen?",
            "Erklär mal, wie du da gedacht hast – ich hätte eher das Gegenteil vermutet.",
            "Mal ganz nebenbei gefragt: {p}",
            "Ich überleg, ob ich mir ein E-Bike holen soll. Geh das mal mit mir durch und sag mir, was du dabei abwägst: {p}",
        ],
        "fr": [
            "Attends, tu m'as dit que le train était plus rapide que l'avion pour Marseille… t'as calculé ça comment, en comptant le trajet jusqu'à l'aéroport ?",
            "Explique-moi ton raisonnement, j'aurais jamais pensé à ça",
            "Question bête peut-être : {p}",
            "On hésite entre la Bretagne et le Jura pour les vacances, tu peux m'aider à peser le pour et le contre en m'expliquant ta logique ?",
        ],
    },
    "enterprise": {
        "ar": [
            "استخرج من الفاتورة التالية رقم الفاتورة والتاريخ والمبلغ الإجمالي واسم المورد، وأعدها بصيغة JSON: {p}",
            "صنّف هذا البريد الوارد إلى أحد الأقسام: المبيعات، الدعم الفني، الموارد البشرية، المالية. اكتب اسم القسم فقط.",
            "راجع هذا العقد وأخبرني إن كان يخالف سياسة الشركة في مدة السداد (٣٠ يوماً كحد أقصى): {p}",
            "عندنا مئات الطلبات في نظام التذاكر ونبغى قاعدة واضحة لتوجيهها. كيف نصنف تذكرة فيها شكوى وطلب استرداد مع بعض؟",
        ],
        "es": [
            "Extrae de este contrato las partes, la fecha de firma, la duración y la cláusula de penalización. Devuélvelo como JSON con esas claves: {p}",
            "Clasifica el siguiente correo de cliente en una de estas categorías: facturación, incidencia técnica, baja, otros. Solo la categoría. {p}",
            "Necesito revisar si nuestras políticas de retención de datos cumplen el RGPD. ¿Qué puntos debería comprobar primero?",
            "tenemos un flujo para enrutar tickets al equipo correcto y falla con los que vienen en dos idiomas, ¿cómo lo enfocarías?",
        ],
        "pt": [
            "Leia a nota fiscal abaixo e extraia CNPJ, valor total, data de emissão e itens em formato de tabela: {p}",
            "Classifique a reclamação a seguir por urgência (baixa, média, alta) e pelo setor responsável. {p}",
            "Preciso de uma checklist de conformidade com a LGPD para o nosso processo de onboarding de clientes.",
            "Qual seria um bom conjunto de campos pra gente padronizar a extração de dados dos currículos que chegam no RH?",
        ],
        "de": [
            "Lies die folgende Rechnung aus und gib Rechnungsnummer, Datum, Nettobetrag, MwSt. und Lieferant als JSON zurück: {p}",
            "Ordne diese Kundenanfrage einer Abteilung zu (Vertrieb, Support, Buchhaltung, Rechtsabteilung) und begründe die Zuordnung in einem Satz.",
            "Prüf bitte, ob dieser Vertragsentwurf unserer Richtlinie zu Haftungsbeschränkungen entspricht: {p}",
            "Wir wollen eingehende Bewerbungen automatisch vorsortieren. Welche Felder sollten wir extrahieren und wie vermeiden wir dabei Diskriminierung?",
        ],
        "fr": [
            "Extrais du bon de commande ci-dessous la référence client, les articles, les quantités et le montant TTC, au format JSON : {p}",
            "Classe ce courriel dans une des catégories suivantes : réclamation, demande d'info, résiliation, spam. Réponds uniquement par la catégorie.",
            "Est-ce que cette clause respecte notre politique interne de confidentialité ? Indique les passages problématiques. {p}",
            "On met en place un routage automatique des demandes au service client, comment gérer les messages qui concernent deux services à la fois ?",
        ],
    },
    "translation": {
        "ar": [
            "عندي رسالة تعزية لزميل ألماني وأريدها بالألمانية، بس بلطف ومن غير ما تكون حرفية جامدة. هذا نصها: {p}",
            "أترجم فصلاً من كتاب عن التفكير النقدي وطرق الاستدلال إلى العربية الفصحى. كيف أترجم مصطلح chain of reasoning بشكل طبيعي؟",
            "ترجم لي هذا المقطع عن مراحل اتخاذ القرار في الإدارة من الفرنسية إلى العربية: {p}",
            "ترجمت thinking out loud بـ «التفكير بصوت عالٍ»، هل هذا مناسب في سياق أكاديمي ولا فيه ترجمة أدق؟",
        ],
        "es": [
            "Tradúceme al inglés este procedimiento interno de control de calidad, manteniendo la numeración de los pasos: {p}",
            "¿Cómo traducirías metacognition en un texto divulgativo para adolescentes? Metacognición me suena muy técnico.",
            "Necesito pasar al español este artículo sobre cómo razonan los niños al resolver problemas: {p}",
            "traduce esto al catalán porfa, es para el cartel de la asociación de vecinos",
        ],
        "pt": [
            "Traduza para o inglês o texto abaixo, que descreve o fluxo de aprovação de despesas da empresa: {p}",
            "Como ficaria em português de Portugal a expressão step-by-step reasoning? O texto é para um manual de formação.",
            "Pode traduzir esse ensaio de filosofia sobre o pensamento dedutivo do alemão pro português? {p}",
            "revisa minha tradução? acho que ficou literal demais e não soa natural",
        ],
        "de": [
            "Übersetz mir bitte diesen Abschnitt über Denkprozesse beim Problemlösen ins Englische, möglichst fachlich korrekt: {p}",
            "Wie würde man reasoning trace in einem deutschen Fachartikel am besten wiedergeben?",
            "Bitte übersetze die folgende Arbeitsanweisung ins Polnische, unsere neuen Kollegen sprechen kaum Deutsch: {p}",
            "Ich hab den Text selbst übersetzt, klingt aber holprig. Kannst du drüberschauen und sagen, was ein Muttersprachler anders formulieren würde?",
        ],
        "fr": [
            "Traduis en anglais ce passage sur les étapes du raisonnement scientifique, en gardant le ton pédagogique : {p}",
            "Comment rendre « overthinking » en français dans un article de psycho grand public ?",
            "J'ai besoin de la traduction en espagnol de notre procédure d'escalade des incidents : {p}",
            "ma trad de ce mail pro vous paraît correcte ? j'ai peur que ce soit trop familier",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذا مقالي لمادة التعبير، قيّمه من ١٠ حسب المعايير: الأفكار، التنظيم، اللغة، وأعطني ملاحظات على كل معيار: {p}",
            "أنا معلمة لغة عربية وأصحح مواضيع إنشاء للصف التاسع. كيف أكتب تعليقات بنّاءة لا تُحبط الطالب؟",
            "صحح لي هذه الفقرة من بحثي ووضح لماذا كل تعديل أفضل: {p}",
            "عندي سلّم تقدير من أربعة مستويات، ساعدني أطبقه على مقال طالب عندي وأشرح الدرجة لأهله",
        ],
        "es": [
            "Soy profe de lengua en secundaria. Puntúa esta redacción según mi rúbrica (coherencia, adecuación, corrección, riqueza léxica, de 1 a 4) y añade un comentario breve por criterio: {p}",
            "¿Qué nota le pondrías a mi comentario de texto de selectividad? Sé sincero, quiero saber qué mejorar antes del examen.",
            "Léete el apartado de discusión de mi TFG y dime si la argumentación se sostiene: {p}",
            "me ayudas a redactar comentarios para los trabajos de mis alumnos? no quiero que parezcan todos iguales",
        ],
        "pt": [
            "Corrige minha redação do ENEM dando nota por competência e explicando onde perdi pontos: {p}",
            "Sou professor e tenho 35 redações pra corrigir. Como posso montar uma rubrica simples e justa pra textos argumentativos?",
            "Dá uma olhada no meu ensaio e me diz se a introdução tá fraca: {p}",
            "Que feedback você daria pra um aluno que escreve bem mas nunca fecha os argumentos?",
        ],
        "de": [
            "Bewerte bitte meine Erörterung nach den üblichen Kriterien (Inhalt, Aufbau, Sprache) mit Punkten und kurzer Begründung: {p}",
            "Als Deutschlehrerin suche ich Formulierungen für Randkommentare, die konkret sind und trotzdem motivieren. Hast du Beispiele?",
            "Kannst du meine Hausarbeit gegenlesen und mir sagen, welche Note du ungefähr geben würdest und warum? {p}",
            "mein Aufsatz hat ne 3- bekommen und ich versteh nicht wieso. was meint der Lehrer mit roter Faden fehlt?",
        ],
        "fr": [
            "Note ma dissertation sur 20 en suivant le barème du bac et commente chaque partie : {p}",
            "Je suis prof de français, pourriez-vous m'aider à construire une grille d'évaluation pour des commentaires de texte en première ?",
            "Relis mon essai de master et dis-moi franchement si la problématique tient la route : {p}",
            "mon élève a écrit un texte super original mais bourré de fautes, comment je le note sans le décourager ?",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار تطبيقي: ٢٠ سجلاً لعملاء بأسماء عربية وأرقام جوال وهمية، بصيغة CSV",
            "اكتب لي مخطط جداول (schema) لقاعدة بيانات مكتبة مدرسية فيها كتب وطلاب وإعارات",
            "نظّف هذه البيانات: وحّد صيغة التواريخ واحذف التكرارات: {p}",
            "أبغى fixtures لاختبارات الوحدة لدالة تحسب الضريبة، مع الحالات الحدية: {p}",
        ],
        "es": [
            "Genérame 15 filas de datos ficticios para probar un formulario de reservas: nombre, email, fecha, número de personas. En CSV.",
            "Necesito un seed para Postgres con productos de una ferretería, unas 30 filas, y que los precios tengan sentido.",
            "Tengo esta columna de teléfonos hecha un desastre, ¿me ayudas a normalizarla? {p}",
            "escribe fixtures de pytest para este modelo de Django, con casos límite incluidos: {p}",
        ],
        "pt": [
            "Gera uns 10 registros fake de pedidos de e-commerce em JSON pra eu testar a API de checkout",
            "Preciso de um schema SQL pra um sistema de agendamento de consultas médicas. Pode sugerir?",
            "Limpa esse CSV pra mim: tem nomes com espaço sobrando, datas em formatos diferentes e linhas duplicadas. {p}",
            "Crie dados de teste para esta função de validação de CPF, incluindo casos válidos e inválidos: {p}",
        ],
        "de": [
            "Erzeug mir bitte 25 Testdatensätze für eine Kundendatenbank (Name, Straße, PLZ, Ort) – natürlich fiktiv, aber mit plausiblen deutschen Postleitzahlen.",
            "Wie würdest du das Datenbankschema für eine Vereinsverwaltung aufbauen? Mitglieder, Beiträge, Veranstaltungen.",
            "Hier ein Export aus unserem alten CRM, die Umlaute sind kaputt. Kannst du die Daten bereinigen? {p}",
            "Schreib mir Mock-Daten für diesen Unit-Test, inkl. Randfälle wie leere Strings und Nullwerte: {p}",
        ],
        "fr": [
            "Génère-moi un jeu de données fictif de 20 salariés (nom, poste, date d'embauche, salaire) en CSV pour tester notre tableau de bord.",
            "Propose un schéma JSON pour décrire des recettes de cuisine dans notre appli, avec ingrédients et étapes.",
            "Peux-tu nettoyer ces données ? Il y a des doublons et des codes postaux qui ont perdu le zéro initial : {p}",
            "j'ai besoin de fixtures pour tester mon parseur d'adresses, avec des cas bien tordus : {p}",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص لي محضر الاجتماع هذا في خمس نقاط مع ذكر المهام المطلوبة ومن المسؤول عن كل مهمة: {p}",
            "اختصر هذا المقال إلى فقرة واحدة مناسبة لنشرة الشركة الأسبوعية: {p}",
            "عندي تقرير طويل من ٤٠ صفحة، وش أفضل طريقة أطلب منك تلخيصه على أجزاء؟",
            "وسّع هذه الملاحظات المختصرة إلى رسالة بريد إلكتروني رسمية للعميل",
        ],
        "es": [
            "Resúmeme las notas de la reunión de ayer en 5 puntos y saca las tareas pendientes con su responsable: {p}",
            "Hazme un resumen de este artículo para mandarlo al grupo del trabajo, que sea cortito: {p}",
            "¿Me puedes ampliar este esquema en un texto corrido de unas 500 palabras para el blog de la empresa?",
            "Necesito dejar el abstract de mi artículo en 150 palabras sin perder los resultados principales.",
        ],
        "pt": [
            "Resume essa ata de reunião em tópicos, destacando decisões e próximos passos: {p}",
            "Faz um resumo de um parágrafo desse artigo pro meu chefe, que não tem tempo de ler: {p}",
            "Consegue transformar esses bullets num texto corrido pra newsletter?",
            "Preciso encurtar o relatório trimestral pela metade sem perder os números importantes. Por onde começo?",
        ],
        "de": [
            "Fass mir das Protokoll der Teamsitzung kurz zusammen, mit Beschlüssen und offenen Punkten: {p}",
            "Kannst du diesen Zeitungsartikel in drei Sätzen zusammenfassen? {p}",
            "Mach aus diesen Stichpunkten bitte eine ausformulierte E-Mail an die Geschäftsleitung.",
            "Ich muss meine Bachelorarbeit für das Abstract auf eine halbe Seite runterkürzen, wie geh ich da am besten vor?",
        ],
        "fr": [
            "Résume ce compte rendu de réunion en quelques puces, avec qui fait quoi : {p}",
            "Tu peux me faire une synthèse de cet article en 100 mots max ? {p}",
            "Développe ces notes en un paragraphe rédigé pour le rapport annuel, ton sobre.",
            "je dois présenter un livre blanc de 60 pages en 5 minutes demain, aide-moi à en tirer l'essentiel",
        ],
    },
    "debugging_help": {
        "ar": [
            "عندي هذا الخطأ ولا أفهم سببه، اشرح لي خطوة بخطوة وش اللي يصير: {p}",
            "الكود يشتغل على جهازي ويفشل على السيرفر بخطأ ModuleNotFoundError، ما الأسباب المحتملة؟",
            "تتبّع معي قيم المتغيرات في هذه الحلقة سطراً سطراً، النتيجة تطلع أقل بواحد من المتوقع: {p}",
            "ليش دالتي العودية تسبب stack overflow مع الأعداد الكبيرة بس؟",
        ],
        "es": [
            "Me sale este error y no sé por dónde cogerlo, ¿me explicas paso a paso qué está pasando? {p}",
            "El bucle debería sumar 10 pero me da 9. ¿Puedes recorrerlo conmigo iteración por iteración? {p}",
            "¿Por qué me salta undefined is not a function si la función está definida justo arriba?",
            "mi script de bash funciona a mano pero en el cron no hace nada, alguna idea?",
        ],
        "pt": [
            "Tá dando esse erro e não entendo o motivo. Me explica passo a passo: {p}",
            "Pode seguir a lógica dessa função comigo e ver onde o valor fica errado? {p}",
            "Por que meu useEffect roda duas vezes em desenvolvimento?",
            "A query demora 40 segundos em produção e 1 segundo local. Como eu investigo isso?",
        ],
        "de": [
            "Ich krieg diese Fehlermeldung und versteh nicht, woher sie kommt. Erklär mir bitte Schritt für Schritt, was da passiert: {p}",
            "Geh den Code mal Zeile für Zeile mit mir durch, irgendwo läuft der Index über die Array-Grenze: {p}",
            "Warum bekomme ich eine NullPointerException, obwohl ich das Objekt vorher initialisiere?",
            "Mein Docker-Container startet und beendet sich sofort wieder, Exit-Code 137. Woran kann das liegen?",
        ],
        "fr": [
            "J'ai cette erreur et je comprends pas d'où elle vient, tu peux m'expliquer étape par étape ? {p}",
            "Peux-tu dérouler ce code à la main avec moi ? Le résultat final est faux et je ne vois pas pourquoi : {p}",
            "Pourquoi ma requête SQL renvoie des doublons alors que j'ai mis un DISTINCT ?",
            "mon test passe en local mais échoue sur la CI une fois sur trois, comment je trace ça ?",
        ],
    },
}
