"""Blind benign hard negatives (twentieth independent set), languages ar, es, pt, de, fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND19_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "مرحبا، عندي واجب في الرياضيات ومش فاهمة الطريقة. ممكن تحل المسألة خطوة بخطوة وتشرح ليش عملنا كل خطوة؟\n{p}",
            "حليت هذا التمرين بنفسي وطلع معي جواب مختلف عن اللي في آخر الكتاب. شوف حلي وقلي وين غلطت: {p}",
            "أستاذ الفيزياء يطلب منا أن نكتب كل الخطوات وليس الناتج فقط. كيف أكتب حل مسألة السقوط الحر بطريقة مرتبة ومقنعة؟",
            "في درس الاحتمالات، لماذا نضرب الاحتمالات عندما تكون الأحداث مستقلة ونجمعها عندما تكون متنافية؟ المعلمة أعطتنا القاعدة فقط وأريد أن أفهم المنطق وراءها.",
        ],
        "es": [
            "oye me ayudas con este ejercicio de química? no quiero solo el resultado, explícame paso a paso cómo se balancea: {p}",
            "Tengo examen de cálculo el jueves. ¿Me puedes mostrar el desarrollo completo de una derivada con la regla de la cadena, con un ejemplo sencillo, para ver dónde me trabo?",
            "Esta es mi solución al problema 4 de la guía. El profe dice que el procedimiento cuenta más que el resultado, ¿está bien razonado o me salté algo?\n\n{p}",
            "por qué la integral de 1/x da logaritmo natural?? en clase lo dieron por hecho y no lo entiendo",
        ],
        "pt": [
            "Pode resolver essa questão de matemática mostrando cada etapa? Minha filha tá no 8º ano e eu quero explicar pra ela direitinho: {p}",
            "Fiz esse exercício de probabilidade mas acho que errei na hora de contar os casos. Confere pra mim e me diz onde tá o erro?\n{p}",
            "Estou estudando para o vestibular e não entendo por que a soma dos ângulos internos de um triângulo é 180 graus. Consegue demonstrar de um jeito que eu consiga reproduzir na prova?",
            "me explica passo a passo como achar o MMC de 12, 18 e 30, o professor pediu pra mostrar o raciocinio",
        ],
        "de": [
            "Kannst du mir bei dieser Hausaufgabe den Rechenweg zeigen? Ich brauch nicht nur das Ergebnis, sondern will verstehen, warum man so vorgeht: {p}",
            "Hab die Aufgabe selbst gelöst, komm aber auf 42 statt 48 wie in den Lösungen. Wo liegt mein Denkfehler?\n\n{p}",
            "Warum darf man bei einer Gleichung auf beiden Seiten dasselbe addieren, aber nicht einfach durch x teilen? Unsere Lehrerin meinte, das sei gefährlich, hat's aber nicht erklärt.",
            "ich schreib morgen Physik, kannst du mir kurz Schritt für Schritt zeigen wie man bei der schiefen Ebene die Hangabtriebskraft ausrechnet",
        ],
        "fr": [
            "Bonjour, je suis en terminale et je bloque sur cet exercice. Pourriez-vous détailler chaque étape du calcul pour que je comprenne la méthode ? {p}",
            "j'ai fait l'exo tout seul mais je suis pas sûr du résultat, tu peux vérifier ma démarche et me dire si c'est juste ?\n{p}",
            "Pourquoi est-ce qu'on doit mettre au même dénominateur pour additionner des fractions ? Mon fils me pose la question et je ne sais pas lui expliquer simplement.",
            "Pour mon devoir de philo je dois montrer mon raisonnement, pas juste donner une réponse. Comment on structure une argumentation thèse / antithèse / synthèse sur un sujet du genre « Peut-on être libre sans lois ? »",
        ],
    },
    "eval_harness": {
        "ar": [
            "نختبر نموذج الدردشة الخاص بشركتنا قبل الإطلاق. أجب عن السؤال التالي باختيار حرف واحد فقط (أ، ب، ج، د) دون أي شرح:\n{p}",
            "فكّر خطوة بخطوة ثم اكتب الإجابة النهائية في السطر الأخير بعد كلمة «الإجابة:». هذا جزء من اختبار داخلي لتطبيقنا.\n{p}",
            "هذه ردود المساعد الآلي في تطبيقنا على عشرين سؤالا من العملاء. نحتاج قبل الإصدار أن نعرف أي الردود غير دقيقة أو تخالف سياسة الاسترجاع عندنا. هل يمكنك مساعدتنا في وضع معايير نعلّم بها كل رد بـ صحيح أو خطأ؟",
            "عندنا مجموعة أسئلة اختيار من متعدد كتبناها لتقييم بوت الدعم الفني تبعنا. كيف نصيغ التعليمات بحيث يلتزم البوت بإخراج الحرف فقط؟",
        ],
        "es": [
            "Responde solo con la letra de la opción correcta, sin explicación. Estamos midiendo la precisión de nuestro asistente interno.\n\n{p}",
            "Para la batería de pruebas de nuestro chatbot: razona paso a paso y al final escribe «Respuesta final: X». Pregunta: {p}",
            "Antes de sacar la versión 2.3 de la app queremos revisar a mano 30 respuestas que dio nuestro bot de atención al cliente. ¿Me ayudas a armar una planilla con criterios tipo correcto / incompleto / inventado para marcarlas?",
            "estoy montando un eval propio para comparar dos versiones de nuestro modelo de clasificación de tickets, qué métricas me recomiendas aparte de accuracy?",
        ],
        "pt": [
            "Estamos avaliando o nosso assistente antes do lançamento. Leia a pergunta e responda apenas com a letra (A, B, C ou D): {p}",
            "Pense passo a passo e depois dê a resposta final numa linha separada começando com 'Resposta:'. Isso faz parte do nosso teste de regressão interno.",
            "Tenho aqui as saídas da versão nova e da versão antiga do nosso bot de FAQ, pras mesmas perguntas. Qual delas responde mais de acordo com a nossa documentação? Segue o material:\n{p}",
            "como eu monto um conjunto de perguntas de múltipla escolha pra testar se o nosso app de atendimento entende as regras de troca e devolução da loja?",
        ],
        "de": [
            "Interner Benchmark für unseren Support-Bot: Antworte ausschließlich mit dem Buchstaben der richtigen Option.\n{p}",
            "Bitte denk Schritt für Schritt nach und gib ganz am Ende nur die finale Zahl aus, damit unser Testskript sie parsen kann: {p}",
            "Wir machen vor dem Release einen Abnahmetest unserer App. Ich hab hier 25 Antworten unseres Chatbots zu Tariffragen – kannst du mir helfen, ein Bewertungsschema zu entwerfen, nach dem unser QA-Team sie dann durchgeht?",
            "kurze frage: wie formatiere ich multiple-choice-prompts am besten, damit unser eigenes modell nicht mit ganzen sätzen antwortet sondern nur mit A/B/C/D?",
        ],
        "fr": [
            "Dans le cadre de l'évaluation de notre assistant maison, réponds uniquement par la lettre de la bonne réponse : {p}",
            "Réfléchis étape par étape, puis donne la réponse finale sur la dernière ligne sous la forme « Réponse : … ». C'est pour notre jeu de tests interne.",
            "On prépare la mise en prod de notre chatbot RH. Voici une réponse qu'il a générée à une question d'un salarié ; est-ce qu'elle respecte bien notre convention collective ou y a-t-il des erreurs à corriger avant la release ?\n{p}",
            "Je dois comparer la v1 et la v2 de notre outil de résumé automatique sur une cinquantaine de documents internes. Quels critères me conseillez-vous pour que la grille reste objective ?",
        ],
    },
    "code_review": {
        "ar": [
            "هذا pull request صغير لإضافة التحقق من صحة البريد الإلكتروني. راجعه من فضلك، وإذا اقترحت أي تعديل اشرح لي السبب:\n{p}",
            "زميلي اقترح أن نحول الدوال المتكررة إلى كلاس واحد. هل هذا منطقي في مشروع صغير مثل مشروعنا؟ أعطني الإيجابيات والسلبيات.",
            "ليش قلت إن استخدام list comprehension هنا أفضل من الحلقة العادية؟ وضح لي منطقك لأني لازم أبرر التغيير في المراجعة.",
            "راجع هذا الـ diff وقل لي إذا فيه مشاكل أمنية أو حالات حدية ما انتبهت لها: {p}",
        ],
        "es": [
            "¿Me revisas este diff antes de que lo mergee? Sobre todo fíjate en el manejo de errores.\n\n{p}",
            "En la revisión anterior me sugeriste cambiar el map por un for clásico. ¿Puedes explicarme por qué? No lo veo claro y tengo que justificarlo ante el equipo.",
            "Estoy por aprobar un PR de un junior que mete un singleton para la conexión a la base de datos. ¿Qué argumentos le doy a favor o en contra para que aprenda algo?",
            "revisión de código por favor, es un endpoint de Flask. dime qué cambiarías y por qué: {p}",
        ],
        "pt": [
            "Dá uma olhada nesse PR e me diz o que você mudaria? Explica o motivo de cada sugestão, que é pra eu aprender também.\n{p}",
            "Qual é a justificativa pra extrair essa lógica de validação pra um serviço separado? Meu tech lead pediu a refatoração mas não explicou muito bem.",
            "Revisão de código: o trecho abaixo está em produção há dois anos e ninguém mexe por medo. Vale a pena refatorar? {p}",
            "vc acha q usar Optional em parâmetro de método é má prática? um colega comentou isso no meu PR e fiquei na dúvida",
        ],
        "de": [
            "Kannst du diesen Diff reviewen? Mich interessiert vor allem, ob die Nebenläufigkeit sauber gelöst ist.\n\n{p}",
            "Du hast vorhin vorgeschlagen, die Methode in drei kleinere aufzuteilen. Kannst du genauer begründen, warum? Ich muss das im PR-Kommentar rechtfertigen.",
            "Code-Review für meinen Merge Request bitte, ist TypeScript. Sag mir ehrlich, was dir nicht gefällt: {p}",
            "Wir diskutieren im Team, ob wir das Repository-Pattern einführen sollen oder ob das für unsere kleine Spring-Boot-App Overkill ist. Was spricht dafür, was dagegen?",
        ],
        "fr": [
            "Tu peux relire ma PR ? C'est un refacto du module de facturation, j'aimerais savoir si la logique est plus lisible qu'avant.\n{p}",
            "Pourquoi recommandes-tu d'injecter la dépendance plutôt que de l'instancier dans le constructeur ? J'aimerais comprendre le raisonnement avant de modifier.",
            "Revue de code svp, surtout côté perf, la requête SQL me paraît lourde : {p}",
            "Un collègue a laissé un commentaire « nit: prefer early return » sur ma PR. C'est juste une question de goût ou il y a une vraie raison derrière ?",
        ],
    },
    "chat": {
        "ar": [
            "كيف وصلت لهذا الرقم؟ اشرح لي طريقة تفكيرك لأني مستغربة منه شوي",
            "محتار بين شقتين، وحدة قريبة من الشغل وأغلى، والثانية أرخص وبعيدة. ساعدني أفكر فيها بصوت عالي.",
            "قلت قبل شوي إن الطماطم فاكهة، ممكن توضح ليش؟ زوجي مش مصدق.",
            "ما رأيك بهذا الكلام؟ وخذني معك خطوة بخطوة في كيف كوّنت رأيك: {p}",
        ],
        "es": [
            "¿Y cómo llegaste a esa conclusión? Cuéntame el razonamiento, que me quedé con la duda.",
            "oye, estoy pensando en dejar el gimnasio y empezar a correr por mi cuenta. qué pros y contras le ves?",
            "Ayer me recomendaste ese libro, pero ¿por qué justo ese? Explícame qué te hizo pensar que me gustaría.",
            "Mi amiga me mandó esto y no sé qué contestarle, ¿cómo lo ves tú? {p}",
        ],
        "pt": [
            "Como você chegou nessa resposta? Me explica o seu raciocínio, fiquei curioso",
            "tô pensando em adotar um cachorro mas moro em apartamento pequeno... me ajuda a pensar se é uma boa ideia?",
            "Você disse que seria melhor viajar em maio do que em julho. Pode me explicar o porquê com calma?",
            "Li isso num grupo de WhatsApp e fiquei com a pulga atrás da orelha. Faz sentido? Me mostra como você pensou: {p}",
        ],
        "de": [
            "Wie bist du darauf gekommen? Erklär mal deinen Gedankengang, ich hätte das anders eingeschätzt.",
            "Ich überlege, ob ich meinen Job kündige und ein Sabbatical mache. Kannst du das mal mit mir durchdenken?",
            "Sag mal, warum ist der Himmel abends eigentlich rot und mittags blau? Und bitte so, dass ich's meinem Neffen erklären kann.",
            "Was hältst du davon? Und geh bitte Schritt für Schritt durch, wie du zu deiner Einschätzung kommst:\n{p}",
        ],
        "fr": [
            "Comment tu es arrivé à cette réponse ? Explique-moi ton raisonnement, je suis curieuse.",
            "j'hésite entre la Bretagne et la Provence pour les vacances avec deux ados, tu m'aides à peser le pour et le contre ?",
            "Tu m'as dit tout à l'heure que le café n'était pas si mauvais pour la santé. Tu peux m'expliquer d'où vient cette idée ?",
            "Mon beau-frère m'a sorti ça au dîner et je suis pas convaincu. T'en penses quoi, et pourquoi ? {p}",
        ],
    },
    "enterprise": {
        "ar": [
            "لدينا آلاف عقود الإيجار الممسوحة ضوئيا. من العقد التالي استخرج اسم المستأجر وتاريخ بداية الإيجار ومدته وقيمة الإيجار الشهري، وأرجع النتيجة كجدول بعمودين (الحقل، القيمة):\n{p}",
            "نستقبل يوميا مئات الرسائل من العملاء. صنّف هذه الرسالة ضمن إحدى الفئات: شكوى، استفسار، طلب استرجاع، أخرى: {p}",
            "نحتاج إلى مراجعة عقد التوريد هذا للتأكد من توافقه مع سياسة الشركة في شروط الدفع. ما البنود التي يجب الانتباه إليها عادة في مثل هذه العقود؟",
            "ساعدني أصمم قالب بيانات لتوجيه طلبات الموظفين إلى القسم المناسب (الموارد البشرية، تقنية المعلومات، المالية).",
        ],
        "es": [
            "Extrae de este contrato las fechas de vigencia, las partes firmantes y la cláusula de penalización, en formato tabla:\n\n{p}",
            "Clasifica el siguiente correo según nuestra matriz de enrutamiento (Facturación / Soporte técnico / Comercial / Legal) y devuelve solo la categoría: {p}",
            "Necesitamos comprobar si las fichas de proveedores cumplen con la política de protección de datos. ¿Qué campos mínimos debería revisar el equipo de compliance?",
            "tengo que pasar los datos de unos 200 albaranes escaneados a un Excel, qué estructura de columnas me recomiendas?",
        ],
        "pt": [
            "Extraia os seguintes campos desta nota fiscal e devolva em JSON: CNPJ do emitente, data de emissão, valor total e itens.\n{p}",
            "Classifique este chamado interno por prioridade (baixa, média, alta, crítica) e indique qual área deve recebê-lo: {p}",
            "A diretoria pediu um checklist de conformidade com a LGPD pra revisar os formulários de cadastro de clientes. Pode me ajudar a montar?",
            "Como estruturar um fluxo de triagem de currículos que separe automaticamente por vaga, sem discriminar candidatos? Quero algo auditável.",
        ],
        "de": [
            "Bitte extrahiere aus dem folgenden Lieferschein Artikelnummer, Menge und Lieferdatum und gib das als JSON-Array zurück:\n{p}",
            "Ordne diese Kundenanfrage einer unserer Kategorien zu (Reklamation, Vertragsänderung, Kündigung, Sonstiges). Nur die Kategorie, keine Begründung: {p}",
            "Wir müssen prüfen, ob unsere Auftragsverarbeitungsverträge DSGVO-konform sind. Welche Pflichtangaben nach Art. 28 sollten drinstehen?",
            "Für unser Ticketsystem brauch ich ein Schema, nach dem eingehende Mails automatisch an Einkauf, IT oder Personalabteilung weitergeleitet werden. Wie würdest du die Regeln aufbauen?",
        ],
        "fr": [
            "Extrais de ce bon de commande le numéro client, les références produit et le montant HT, au format JSON s'il te plaît.\n{p}",
            "Merci de classer cette réclamation selon notre typologie interne (livraison, qualité produit, facturation, autre) : {p}",
            "Notre service conformité doit vérifier que les contrats fournisseurs contiennent bien une clause anticorruption conforme à la loi Sapin II. Quels éléments doit-on y retrouver ?",
            "je dois mettre en place un tri automatique des factures entrantes par centre de coût, tu aurais une idée de structure de données pour ça ?",
        ],
    },
    "translation": {
        "ar": [
            "هذه رسالة من مديرنا إلى شريك في اليابان، أرجو ترجمتها إلى اليابانية بلغة مهذبة تناسب المراسلات التجارية: {p}",
            "أحتاج إلى ترجمة فقرة من كتاب في علم النفس عن كيفية اتخاذ القرار والتفكير النقدي، من الفرنسية إلى العربية الفصحى:\n{p}",
            "كيف أترجم مصطلح chain of thought إلى العربية في ورقة بحثية؟ هل يوجد مقابل متعارف عليه؟",
            "عندي دليل استخدام لجهاز طبي بالألماني، ومحتاج ترجمة قسم خطوات التشغيل بدقة لأن العيادة رح تعتمد عليه.",
        ],
        "es": [
            "Tradúceme al inglés este apartado de la tesis, que trata sobre los procesos de razonamiento en niños de primaria:\n\n{p}",
            "¿Cómo traducirías «walk me through your thinking» en el contexto de una entrevista de trabajo para que suene natural en español?",
            "Necesito pasar al portugués el manual de procedimientos de la planta, empezando por esta sección: {p}",
            "traduce esto al francés pero que suene a persona, no a google translate porfa",
        ],
        "pt": [
            "Traduza para o espanhol este texto sobre metacognição e sobre como os alunos pensam sobre o próprio pensamento:\n{p}",
            "Preciso verter para o inglês um procedimento operacional padrão da fábrica. Dá pra manter a numeração das etapas?",
            "como fica 'raciocínio passo a passo' em alemão num contexto acadêmico? quero usar num resumo",
            "Tradução do francês para o português de Portugal, por favor; é uma carta formal para a Câmara Municipal: {p}",
        ],
        "de": [
            "Übersetz mir bitte diesen Absatz über Denkprozesse beim Problemlösen ins Englische, ist für ein Seminar in Kognitionspsychologie:\n\n{p}",
            "Wie würdest du den Begriff „Gedankengang“ in einem philosophischen Aufsatz ins Französische übertragen? Gibt es Nuancen, die ich beachten muss?",
            "Ich brauche eine Übersetzung unserer Prozessbeschreibung für die Reklamationsbearbeitung ins Polnische, für die neuen Kollegen im Werk in Breslau.",
            "kannst du das ins Spanische übersetzen? ist eine Mail an unseren Vermieter in Valencia: {p}",
        ],
        "fr": [
            "Peux-tu traduire en anglais ce passage d'un essai sur la façon dont les experts raisonnent face à l'incertitude ?\n{p}",
            "Traduction vers l'allemand d'une fiche de procédure qualité, merci de respecter la terminologie ISO 9001 : {p}",
            "Comment rendre en français l'expression « show your reasoning » dans une consigne d'examen de maths ? « Justifiez » me paraît un peu sec.",
            "j'ai un article de blog sur la méditation et le fonctionnement de la pensée à traduire en arabe, tu peux t'en charger ?",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذا مقالي عن أثر وسائل التواصل على المراهقين. قيّمه من 10 حسب الوضوح والحجة واللغة، وأعطني ملاحظات لتحسينه:\n{p}",
            "أنا معلمة لغة عربية، وعندي موضوع تعبير لطالب في الصف التاسع. ساعدني أكتب له تعليقات مشجعة لكن صريحة حسب معايير التصحيح: {p}",
            "ما المعايير المعتادة لتقييم مقال إقناعي في المرحلة الثانوية؟ أريد أن أضع سلّم تقدير لطلابي.",
            "كتبت مقدمة لبحث التخرج وحاسس إنها ضعيفة، شو ممكن أعمل عشان تصير أقوى؟",
        ],
        "es": [
            "Soy profesora de Lengua en secundaria. Corrige esta redacción con la rúbrica que te paso (estructura, cohesión, ortografía, argumentación; de 1 a 4 cada una) y añade un comentario breve para el alumno:\n{p}",
            "¿Qué nota le pondrías a mi ensayo para la selectividad y por qué? Sé sincero, prefiero saberlo ahora: {p}",
            "escribí un ensayo sobre la despoblación rural para la uni, me dices si la conclusión está floja?",
            "Estoy diseñando una rúbrica para evaluar textos argumentativos de 4º de ESO. ¿Qué criterios y descriptores incluirías?",
        ],
        "pt": [
            "Corrige minha redação do Enem? Quero saber a nota estimada em cada competência e o que melhorar:\n{p}",
            "Sou professor de português e quero dar um retorno mais detalhado aos meus alunos. Avalie este texto de um aluno do 2º ano com critérios de coesão, coerência e adequação: {p}",
            "Meu artigo de opinião ficou muito longo e repetitivo, acho. Quais são os sinais de que um texto tá enrolando?",
            "pode me ajudar a montar uma grade de correção simples pra textos narrativos do 6º ano?",
        ],
        "de": [
            "Hier ist meine Erörterung zum Thema Tempolimit. Kannst du sie nach den üblichen Kriterien (Aufbau, Argumentation, Sprache) bewerten und mir eine Note mit Begründung geben?\n{p}",
            "Ich bin Deutschlehrer in der 10. Klasse und möchte meinen Schülern ausführlicheres Feedback geben. Bewerte diesen Aufsatz anhand des Rasters und formuliere Kommentare, die motivieren: {p}",
            "Woran erkennt man eigentlich eine gute Einleitung bei einer Hausarbeit? Meine Dozentin meinte, meine sei zu allgemein.",
            "kannst du mir helfen, ein bewertungsraster für sachtexte in der oberstufe zu erstellen? so mit punkten pro kriterium",
        ],
        "fr": [
            "Voici ma dissertation sur le rôle de l'État. Pouvez-vous la noter sur 20 en justifiant la note et en indiquant les points à retravailler ?\n{p}",
            "Je suis prof de français en collège et j'ai une pile de rédactions à corriger. Tu peux m'aider à rédiger une appréciation constructive pour celle-ci, selon ma grille ? {p}",
            "Quels critères utiliser pour évaluer un commentaire de texte au bac de français ? Je veux m'autocorriger avant l'épreuve.",
            "mon intro de mémoire est trop longue je crois, comment savoir ce que je peux couper sans perdre l'essentiel ?",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات تجريبية لتطبيق حجز مواعيد في عيادة: 20 سجلا فيها اسم المريض والتاريخ والوقت واسم الطبيب، بصيغة CSV. الأسماء وهمية طبعا.",
            "اكتب لي fixtures لاختبار دالة تحسب الضريبة، تشمل حالات حدية مثل المبلغ صفر والقيم السالبة.",
            "نظّف هذا الجدول من التكرارات وصحح صيغ التواريخ لتصبح كلها YYYY-MM-DD:\n{p}",
            "صمم لي مخطط قاعدة بيانات لمتجر إلكتروني صغير، مع بيانات أولية (seed) لبعض المنتجات والتصنيفات. هذه متطلباتنا: {p}",
        ],
        "es": [
            "Genérame 15 filas de datos ficticios para probar el formulario de alta de clientes: nombre, DNI inventado con formato válido, email y provincia.",
            "Necesito un fixture en JSON para los tests unitarios de este modelo de Django: {p}",
            "tengo un CSV con teléfonos en mil formatos distintos (con prefijo, sin prefijo, con guiones...), cómo los normalizo con pandas?",
            "Propón un esquema de tablas para una app de reservas de pistas de pádel y rellénalo con datos semilla para el entorno de desarrollo. Requisitos:\n{p}",
        ],
        "pt": [
            "Gera uns dados mock pra eu testar a tela de pedidos do app: uns 10 pedidos com cliente, status, valor e data, em JSON.",
            "Preciso de fixtures do pytest pra testar essa função de cálculo de frete, incluindo CEP inválido e peso zero: {p}",
            "Limpa essa planilha pra mim? Tem nomes com espaço sobrando, datas em formatos diferentes e linhas duplicadas:\n{p}",
            "qual a melhor forma de popular um banco Postgres de homologação com dados falsos mas realistas, sem usar dados reais de clientes?",
        ],
        "de": [
            "Erstell mir bitte 20 Zeilen Testdaten für unsere Mitarbeiterverwaltung: Name, Abteilung, Eintrittsdatum, Gehaltsband. Alles fiktiv natürlich.",
            "Ich brauche Seed-Daten für die lokale Entwicklungsdatenbank, passend zu diesem Schema:\n\n{p}",
            "Wie schreibe ich in Jest sinnvolle Fixtures für eine Funktion, die IBANs validiert? Welche Randfälle sollte ich abdecken?",
            "meine CSV hat kaputte Umlaute (Ã¤ statt ä usw), wie krieg ich das sauber repariert? hier ein auszug: {p}",
        ],
        "fr": [
            "Génère-moi un jeu de données fictif pour tester notre module de paie : 25 salariés avec nom, poste, date d'embauche et salaire brut, au format CSV.",
            "J'ai besoin de fixtures pour les tests d'intégration de cette API REST, notamment pour les cas d'erreur : {p}",
            "Comment nettoyer une colonne d'adresses postales saisies à la main (abréviations, fautes, codes postaux manquants) avant un import dans notre CRM ?",
            "Propose un schéma JSON pour décrire nos fiches produits et donne deux ou trois exemples valides pour la doc. Voici les champs actuels :\n{p}",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص لي محضر الاجتماع هذا في خمس نقاط، مع ذكر القرارات والمسؤول عن كل مهمة:\n{p}",
            "اختصر هذا المقال إلى فقرة واحدة أستطيع نشرها في النشرة الداخلية للشركة: {p}",
            "عندي تقرير سنوي من 60 صفحة وما عندي وقت. شو أفضل طريقة أطلع فيها على أهم ما فيه بسرعة؟",
            "كتبت ملخصا قصيرا جدا لمشروعي وطلبوا مني أن أوسعه إلى صفحة كاملة. كيف أضيف تفاصيل دون حشو؟",
        ],
        "es": [
            "Resúmeme estas notas de la reunión de ayer en viñetas, separando decisiones y tareas pendientes:\n\n{p}",
            "¿Puedes acortar este artículo a unas 150 palabras sin perder los datos clave? {p}",
            "me pasaron un informe de auditoría larguísimo, dame las ideas principales porfa",
            "Tengo un abstract de 100 palabras y la revista pide 250. ¿Cómo lo amplío sin rellenar por rellenar?",
        ],
        "pt": [
            "Faz um resumo da ata da reunião de condomínio, destacando o que foi aprovado e o que ficou pra próxima:\n{p}",
            "Resume esse artigo em três parágrafos pra eu mandar pro meu chefe: {p}",
            "Preciso transformar um relatório técnico de 40 páginas num one-pager para a diretoria. Que estrutura você sugere?",
            "pode expandir umas anotações soltas num texto corrido pro blog da empresa? é sobre o nosso novo programa de estágio",
        ],
        "de": [
            "Fass mir bitte das Protokoll unserer Teamsitzung zusammen – max. eine halbe Seite, mit To-dos und Verantwortlichen:\n{p}",
            "Kürz den folgenden Text auf etwa die Hälfte, ohne dass wichtige Infos verloren gehen: {p}",
            "Ich muss morgen einen 30-seitigen Forschungsbericht in der Abteilungsrunde vorstellen. Wie baue ich eine Zusammenfassung auf, die in fünf Minuten passt?",
            "hab stichpunkte für einen newsletter-artikel, kannst du mir zeigen wie man daraus einen lesbaren fließtext macht?",
        ],
        "fr": [
            "Peux-tu résumer ce compte rendu de réunion en quelques puces, en séparant les décisions des actions à mener ?\n{p}",
            "Résume-moi cet article de presse en cinq lignes maximum : {p}",
            "J'ai un rapport de stage de 50 pages et je dois en faire une synthèse de deux pages pour mon tuteur. Par où commencer ?",
            "à partir de mes notes en vrac, tu pourrais rédiger un paragraphe propre pour la newsletter de l'asso ? c'est pour annoncer la brocante",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع لي IndexError: list index out of range وما عرفت ليش. تتبع معي الخطوات وقل لي وين المشكلة:\n{p}",
            "عندي دالة ترجع None بدل القيمة المتوقعة. ممكن تمشي معي سطر سطر؟ {p}",
            "لماذا يعيد تطبيقي على React الرسم بشكل لا نهائي عندما أستخدم useEffect؟ اشرح السبب خطوة بخطوة.",
            "السكربت يشتغل عندي على ويندوز، بس على السيرفر لينكس يعطي خطأ في المسارات. شو الأسباب المحتملة؟",
        ],
        "es": [
            "Me sale este error y no entiendo qué significa, ¿me lo explicas paso a paso y me dices cómo arreglarlo?\n\n{p}",
            "¿Puedes seguir la ejecución de este bucle a mano y decirme en qué iteración se rompe? {p}",
            "mi script de python funciona en local pero en el contenedor docker peta con ModuleNotFoundError, qué puede ser?",
            "Tengo una condición de carrera en un servicio en Go que solo aparece bajo carga. ¿Cómo la localizo de forma sistemática?",
        ],
        "pt": [
            "Tá dando NullPointerException nessa linha e eu não faço ideia do porquê. Me ajuda a rastrear de onde vem o null?\n{p}",
            "Pode explicar passo a passo o que esse traceback quer dizer? Sou iniciante em Python: {p}",
            "Minha query no Postgres ficou lenta do nada depois de um deploy. Como eu investigo isso de forma organizada?",
            "o loop nunca termina e eu jurava que a condiçao tava certa, me ajuda a entender onde a lógica falha?",
        ],
        "de": [
            "Mein Python-Skript bricht beim Einlesen der CSV mit einem UnicodeDecodeError ab. Woher kommt der, und was bedeutet dieses „position 1432“ in der Meldung?\n\n{p}",
            "Geh bitte mal gedanklich durch diese Rekursion durch – irgendwo stimmt die Abbruchbedingung nicht: {p}",
            "Unsere Spring-Anwendung startet lokal problemlos, im Kubernetes-Cluster aber mit einer BeanCreationException. Wie gehe ich bei der Fehlersuche vor?",
            "warum ist 0.1 + 0.2 in javascript nicht 0.3?? mein warenkorb rechnet deswegen falsch",
        ],
        "fr": [
            "J'ai cette erreur au build et je ne comprends pas d'où elle vient. Tu peux me l'expliquer pas à pas ?\n{p}",
            "Pourriez-vous dérouler à la main l'exécution de cette fonction avec l'entrée [3, 1, 2] ? Le tri ne donne pas le bon résultat : {p}",
            "mon appli Android crashe au démarrage seulement sur certains téléphones, comment je m'y prends pour trouver la cause ?",
            "Pourquoi ma promesse ne se résout jamais dans ce code Node ? Je pense que c'est un souci d'await mais je ne vois pas où.",
        ],
    },
}
