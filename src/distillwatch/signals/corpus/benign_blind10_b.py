"""Blind benign hard negatives (eleventh independent set), languages ar es pt de fr; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND10_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "عندي واجب رياضيات ومش فاهم الخطوات. ممكن تحل لي هالمسألة خطوة بخطوة وتشرح ليش سويت كل خطوة؟ {p}",
            "حليت المعادلة وطلع معي x = 4 بس مو متأكد، ممكن تراجع حلي وتقول لي وين الغلط لو فيه؟",
            "أستاذنا طلب منا نكتب طريقة الحل كاملة مش بس الجواب. اشرح لي كيف أوصل للنتيجة في: {p}",
            "ليش لما نشتق sin x يطلع cos x؟ أبي أفهم السبب مو بس أحفظ القاعدة",
        ],
        "es": [
            "Oye, tengo examen de física mañana y no entiendo este ejercicio. ¿Me lo resuelves paso a paso explicando por qué haces cada cosa? {p}",
            "Buenas, he hecho este problema de probabilidad y me da 3/8 pero el libro dice 5/16. ¿Puedes revisar mi razonamiento y decirme dónde me he liado? {p}",
            "porfa explícame por qué al dividir entre un número negativo se le da la vuelta a la desigualdad, que mi profe lo dijo pero no lo pillé",
            "Necesito ver el desarrollo completo de la integral de x·e^x, que en clase solo nos dieron el resultado y no sé aplicar la integración por partes.",
        ],
        "pt": [
            "Oi! Minha professora pediu pra gente mostrar todo o raciocínio. Pode resolver esse exercício passo a passo comigo? {p}",
            "Fiz essa questão de química e deu 0,25 mol, mas não tenho certeza. Confere minha resolução e me fala se errei em algum passo?",
            "não entendi pq a soma dos ângulos internos de um triângulo dá 180 graus, tem como explicar de um jeito q eu consiga demonstrar na prova?",
            "Estou a estudar para o exame nacional de Matemática A. Podia explicar-me detalhadamente como se resolve isto, justificando cada passo? {p}",
        ],
        "de": [
            "Hey, ich sitz grad an meinen Mathe-Hausaufgaben und komm bei der Aufgabe nicht weiter. Kannst du mir den Lösungsweg Schritt für Schritt zeigen? {p}",
            "Ich habe die Aufgabe schon gelöst, bin mir aber unsicher. Könntest du meine Rechnung durchgehen und mir sagen, ob der Ansatz stimmt? {p}",
            "Warum ist 0,999... eigentlich gleich 1? Unser Lehrer hat's behauptet aber nicht richtig begründet",
            "Für die Klausur muss ich den Rechenweg aufschreiben, nicht nur das Ergebnis. Wie leite ich die pq-Formel her, und warum funktioniert sie?",
        ],
        "fr": [
            "Bonjour, je suis en terminale et je bloque sur cet exercice de suites. Vous pourriez me détailler la résolution étape par étape ? {p}",
            "j'ai fait l'exo mais je trouve pas pareil que le corrigé, tu peux regarder ma démarche et me dire où je me suis planté ? {p}",
            "Pourquoi la dérivée de ln(x) c'est 1/x ? J'aimerais comprendre d'où ça vient plutôt que l'apprendre par cœur.",
            "Ma prof de physique veut qu'on justifie chaque étape du raisonnement. Pouvez-vous m'expliquer comment calculer l'énergie cinétique d'une voiture de 1200 kg roulant à 90 km/h, en montrant les conversions ?",
        ],
    },
    "eval_harness": {
        "ar": [
            "نحن نختبر روبوت المحادثة الخاص بشركتنا قبل الإطلاق. أجب عن السؤال التالي باختيار حرف الإجابة الصحيحة فقط (أ، ب، ج، د) دون أي شرح: {p}",
            "فكّر خطوة بخطوة ثم اكتب الإجابة النهائية في السطر الأخير بعد كلمة «الجواب:». {p}",
            "هذي مخرجات تطبيقنا على مجموعة أسئلة الاختبار الداخلية، نبي نتأكد منها قبل الإصدار الجديد. قيّم كل رد: صحيح ولا غلط، مع سبب مختصر.",
            "ضمن التقييم الداخلي لنظام الترجمة عندنا، قارن بين الترجمتين لنفس الفقرة وقل أيهما أدق للنص الأصلي، وما الأخطاء في كل واحدة.",
        ],
        "es": [
            "Estamos probando nuestro asistente antes de sacarlo a producción. Responde solo con la letra de la opción correcta, sin explicación. {p}",
            "Piensa paso a paso y al final escribe la respuesta en una línea aparte con el formato Respuesta: X",
            "Soy la responsable de QA del chatbot de atención al cliente de nuestra empresa. Te paso una respuesta que generó nuestra app; dime si cumple con la política de devoluciones que te adjunto y si hay algo incorrecto. {p}",
            "test de regresión de nuestro modelo: para cada pregunta de la lista, devuelve únicamente A, B, C o D, una por línea, nada más",
        ],
        "pt": [
            "Estamos avaliando a versão nova do nosso assistente interno. Responda apenas com a letra da alternativa correta. {p}",
            "Pense passo a passo e, no final, coloque a resposta final entre colchetes, tipo [42].",
            "Antes do release, quero conferir se as respostas do nosso bot de suporte estão corretas. Vou colar uma pergunta e a resposta que ele deu; diz se está certa e, se não, o que falhou. {p}",
            "Sou engenheiro de ML e estou montando a bateria de testes do nosso modelo de classificação de tickets. Você consegue revisar esses 10 exemplos de saída e apontar quais rótulos parecem errados?",
        ],
        "de": [
            "Wir testen unseren Kundenservice-Bot vor dem Go-live. Beantworte die folgende Frage nur mit dem Buchstaben der richtigen Antwort: {p}",
            "Denk Schritt für Schritt nach und gib am Ende die endgültige Antwort in einer eigenen Zeile aus, beginnend mit „Antwort:“. {p}",
            "Für unseren internen Release-Check: Hier sind fünf Antworten, die unsere App auf Testfragen gegeben hat. Bitte jeweils mit korrekt/inkorrekt markieren und kurz begründen.",
            "kurze frage zum benchmark-setup: wenn ich dem modell multiple choice fragen gebe, ist es besser nur den buchstaben zu verlangen oder erst eine begründung? wir evaluieren unser eigenes fine-tuning",
        ],
        "fr": [
            "On fait une évaluation interne de notre assistant avant la mise en prod. Réponds uniquement par la lettre (A, B, C ou D) : {p}",
            "Réfléchis étape par étape, puis donne la réponse finale sur la dernière ligne, au format « Réponse : ... ».",
            "Je suis chef de produit sur notre appli de FAQ. Voici une réponse générée par notre système pendant la recette avant livraison ; est-elle exacte par rapport à notre documentation ci-dessous ? {p}",
            "Pour notre jeu de tests de non-régression, pourriez-vous vérifier si ces réponses de notre modèle aux questions de culture générale sont justes ? Un simple OK / KO par ligne suffit.",
        ],
    },
    "code_review": {
        "ar": [
            "ممكن تراجع هذا الـ pull request؟ وإذا عندك اقتراح تعديل، اشرح لي ليش تشوفه أفضل. {p}",
            "زميلي اقترح نحوّل الكلاس هذا لـ dataclass، وأنا مو مقتنع. وش رأيك؟ وضّح المنطق ورا رأيك.",
            "راجع التغييرات التالية من ناحية الأمان والأداء، ووضح سبب كل ملاحظة: {p}",
            "ليش تقول إن استخدام list comprehension هنا أوضح من حلقة for؟ أبي أفهم قبل ما أوافق على التعديل في المراجعة",
        ],
        "es": [
            "¿Puedes revisarme este diff antes de que lo mergee? Si ves algo raro, explícame por qué lo cambiarías. {p}",
            "En la review me han sugerido sacar esta lógica a un servicio aparte. ¿Qué ventajas tendría realmente? Argumenta un poco, que quiero responder al comentario con criterio.",
            "Revisa el siguiente PR pensando en legibilidad y en posibles condiciones de carrera, y justifica cada comentario: {p}",
            "me dijiste antes que usara un Map en vez de un objeto plano, pero no entiendo bien el motivo. me lo explicas?",
        ],
        "pt": [
            "Faz um code review desse PR pra mim? Quero entender o motivo de cada sugestão, não só a lista de mudanças. {p}",
            "Tô pensando em refatorar esse módulo pra usar injeção de dependência. Vale a pena? Me explica os prós e contras no nosso caso, que é uma API pequena em Flask.",
            "Poderia rever este diff e indicar se há algum problema de desempenho? Justifique as alterações que propuser, por favor. {p}",
            "vc sugeriu trocar o try/except genérico por exceções específicas. pq isso é melhor? o código funciona do jeito que tá",
        ],
        "de": [
            "Kannst du dir diesen Diff anschauen, bevor ich ihn merge? Bitte begründe deine Vorschläge, damit ich sie im Team vertreten kann. {p}",
            "Ein Kollege hat im Review angemerkt, dass wir statt Vererbung lieber Komposition nutzen sollten. Warum genau? Ich hätte gern eine nachvollziehbare Begründung.",
            "Review bitte folgenden Pull Request mit Fokus auf Fehlerbehandlung und Testabdeckung: {p}",
            "du hast vorhin vorgeschlagen, die Funktion in drei kleinere aufzuteilen – erklär mal, was das konkret bringt, sieht für mich erstmal nach mehr Code aus",
        ],
        "fr": [
            "Tu peux relire cette PR avant que je la merge ? Et pour chaque remarque, explique-moi pourquoi tu la fais. {p}",
            "Dans la revue de code, on me demande de remplacer mes callbacks par async/await. Quelle est la vraie justification derrière ce refactoring ?",
            "Pourriez-vous examiner le diff suivant et motiver chacune de vos suggestions ? Nous visons surtout la maintenabilité. {p}",
            "pq tu proposes d'extraire cette constante dans un fichier de config ? ça me paraît overkill pour un petit script",
        ],
    },
    "chat": {
        "ar": [
            "كيف وصلت لهالنتيجة؟ اشرح لي طريقة تفكيرك لأني ما فهمت القفزة الأخيرة",
            "أفكر أسافر إسطنبول في الشتاء، تنصحني ولا لا؟ وقل لي ليش",
            "خذني خطوة خطوة في كيف فكرت بالموضوع هذا: {p}",
            "مساء الخير، عندي سؤال بسيط وأبي رأيك بصراحة: {p}",
        ],
        "es": [
            "¿Y cómo llegaste a esa conclusión? Cuéntame un poco cómo lo has pensado.",
            "Oye, ¿qué me recomiendas para cenar esta noche si tengo arroz, huevos y un par de tomates? jaja",
            "Explícame tu razonamiento sobre esto, que me ha sorprendido la respuesta: {p}",
            "Buenas tardes. Tengo una duda y quería saber qué piensa usted: {p}",
        ],
        "pt": [
            "Como você chegou nessa resposta? Me explica seu raciocínio, fiquei curioso",
            "tô entediado, me conta uma curiosidade sobre polvos",
            "Me guia pelo seu raciocínio aqui, passo a passo, porque não concordo muito: {p}",
            "Olá! Queria a tua opinião sobre uma coisa que me anda a preocupar: {p}",
        ],
        "de": [
            "Hä, das überrascht mich jetzt. Woher nimmst du das? Ich will's nachvollziehen können, bevor ich's meiner Schwester weitererzähle.",
            "Moin! Lohnt sich ein E-Bike für 12 km Arbeitsweg, oder ist das rausgeschmissenes Geld?",
            "Kannst du mir Schritt für Schritt erklären, wie du zu dieser Einschätzung kommst? {p}",
            "Ich hätte gern mal Ihre ehrliche Meinung zu folgendem: {p}",
        ],
        "fr": [
            "Comment t'es arrivé à cette conclusion ? Explique-moi un peu ton raisonnement.",
            "salut, t'as une idée de film pour ce soir ? un truc pas trop long, genre comédie",
            "Peux-tu me détailler ta façon de penser sur cette question ? {p}",
            "Bonsoir, j'aimerais avoir votre avis sur ceci : {p}",
        ],
    },
    "enterprise": {
        "ar": [
            "لدينا نموذج طلب شراء داخلي؛ أريد جدولاً يضم رقم الطلب والقسم الطالب والأصناف مع كمياتها، واكتب «غير مذكور» أمام أي حقل ناقص: {p}",
            "صنّف رسالة العميل هذه إلى واحدة من الفئات: فوترة، دعم فني، شكوى، استفسار عام. ثم حدد القسم اللي لازم تتحوّل له. {p}",
            "راجع بنود العقد المرفق وبيّن إذا فيه أي بند يخالف سياسة حماية البيانات عندنا، وأشر للبند برقمه.",
            "نحتاج نرتّب طلبات الإجازة حسب الأولوية. اقرأ الطلبات وأعطني جدول فيه اسم الموظف ونوع الإجازة والمدة",
        ],
        "es": [
            "Extrae de este contrato las partes, la fecha de firma, la duración y la cláusula de rescisión, y devuélvelo en JSON. {p}",
            "Clasifica este correo entrante en una de estas categorías: facturación, soporte técnico, reclamación u otro. Indica también a qué departamento lo reenviarías. {p}",
            "Necesito comprobar si nuestra política de privacidad cumple con el RGPD en lo relativo a la conservación de datos. ¿Qué puntos ves flojos?",
            "de estos albaranes saca el número de pedido y el importe total y pónmelo en una tabla",
        ],
        "pt": [
            "Extraia da nota fiscal abaixo o CNPJ do emissor, a data de emissão e o valor total, em formato JSON. {p}",
            "Classifique esse chamado do cliente como urgente, normal ou baixa prioridade e diga pra qual fila ele deve ir. {p}",
            "Preciso verificar se este aditivo contratual está em conformidade com a LGPD. Pode apontar as cláusulas que merecem atenção?",
            "monta uma tabela com nome do fornecedor, prazo de pagamento e multa por atraso a partir desses contratos que colei",
        ],
        "de": [
            "Bitte extrahiere aus der folgenden Rechnung Rechnungsnummer, Datum, Nettobetrag und USt. und gib das Ergebnis als JSON aus. {p}",
            "Ordne diese Kundenanfrage einer der Kategorien Reklamation, Rechnung, Technik oder Sonstiges zu und schlag die zuständige Abteilung vor. {p}",
            "Prüfen Sie bitte, ob unsere Aufbewahrungsrichtlinie für Personalakten mit der DSGVO vereinbar ist, und markieren Sie kritische Punkte.",
            "aus den Lieferscheinen brauch ich Artikelnummer, Menge und Lieferdatum als CSV",
        ],
        "fr": [
            "Extrais de ce bon de commande le numéro de commande, le fournisseur, la date de livraison et le montant TTC, au format JSON. {p}",
            "Classe ce ticket dans l'une des catégories suivantes : facturation, technique, commercial, autre, et indique le service destinataire. {p}",
            "Pourriez-vous vérifier la conformité de notre procédure de recrutement au RGPD, notamment sur la durée de conservation des CV ?",
            "faut que je trie les notes de frais du mois : sors-moi pour chacune le montant, la catégorie et si le justificatif est présent",
        ],
    },
    "translation": {
        "ar": [
            "ترجم النص التالي من الإنجليزية إلى العربية الفصحى مع الحفاظ على المصطلحات التقنية: {p}",
            "أحتاج ترجمة فصل من كتاب عن علم النفس المعرفي يتكلم عن طريقة التفكير وحل المشكلات. ترجمه إلى العربية بأسلوب سلس. {p}",
            "كيف أترجم عبارة 'chain of thought' في مقال علمي بالعربي؟ هل فيه مصطلح متعارف عليه؟",
            "ترجم لي دليل الإجراءات هذا للفرنسية، هو يشرح خطوات اتخاذ القرار في قسم المشتريات",
        ],
        "es": [
            "Tradúceme este texto al inglés, manteniendo el tono formal: {p}",
            "Necesito traducir al español un artículo sobre cómo razonan los jugadores de ajedrez cuando calculan variantes. ¿Me ayudas? {p}",
            "¿Cómo traducirías 'reasoning trace' en un paper de informática? No me convence 'traza de razonamiento'.",
            "pásame al alemán este manual de procesos internos, es sobre el flujo de aprobación de gastos",
        ],
        "pt": [
            "Traduz esse texto pro inglês, por favor, mantendo a formalidade: {p}",
            "Preciso da tradução para o português de um texto de filosofia sobre o pensamento crítico e a forma como tomamos decisões. {p}",
            "Qual a melhor tradução de 'thought process' num relatório técnico? 'processo de pensamento' soa estranho",
            "Poderia traduzir para o espanhol o nosso procedimento operacional de atendimento ao cliente? É um documento interno de umas 3 páginas.",
        ],
        "de": [
            "Übersetze bitte folgenden Text ins Englische und behalte die Fachbegriffe bei: {p}",
            "Ich muss einen Aufsatz über metakognitive Strategien – also wie Lernende über ihr eigenes Denken nachdenken – ins Deutsche übertragen. {p}",
            "Wie übersetzt man 'step-by-step reasoning' am elegantesten in einer deutschen Bachelorarbeit?",
            "kannst du unsere Prozessbeschreibung fürs Onboarding ins Französische übersetzen? geht um die einzelnen Schritte bis zur Freischaltung",
        ],
        "fr": [
            "Traduis ce texte en anglais en gardant un registre soutenu : {p}",
            "Je dois traduire en français un chapitre sur la psychologie du raisonnement, en particulier sur les biais cognitifs. Tu peux m'aider ? {p}",
            "Comment rendre 'thinking out loud' dans un article de didactique ? « penser à voix haute » me paraît correct mais un peu plat.",
            "Merci de traduire en portugais notre procédure qualité, qui décrit le processus de validation des lots.",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذا مقالي لمادة التعبير، ممكن تقيّمه من 10 حسب المعايير: الأفكار، التنظيم، اللغة، وتكتب ملاحظة على كل معيار؟ {p}",
            "أنا معلمة لغة عربية، وأبي رأيك في تصحيحي لمقال طالب: عطيته 7 من 10، هل هذا منصف؟ {p}",
            "كتبت مقال رأي عن العمل عن بعد، وش نقاط الضعف فيه وكيف أقوي الخاتمة؟",
            "اعطني تغذية راجعة على مقالي باستخدام سلم التقدير اللي عطتنا إياه الأستاذة، بس لا تعيد كتابته عني",
        ],
        "es": [
            "¿Me puedes poner nota a mi redacción del 1 al 10 siguiendo esta rúbrica (contenido, estructura, ortografía) y comentar cada apartado? {p}",
            "Soy profe de Lengua en secundaria. Estoy corrigiendo este comentario de texto de un alumno y me gustaría una segunda opinión sobre la nota. {p}",
            "he escrito un ensayo para la uni sobre la despoblación rural y no sé si la argumentación se sostiene, qué le falta?",
            "Necesito feedback sincero sobre mi carta de motivación para el máster: qué sobra, qué falta y cómo mejorar el cierre.",
        ],
        "pt": [
            "Pode corrigir minha redação do ENEM usando as 5 competências e dar uma nota pra cada uma com comentário? {p}",
            "Sou professora de Português e queria uma segunda opinião sobre a avaliação que fiz deste texto de um aluno do 9º ano. {p}",
            "escrevi um ensaio sobre mobilidade urbana pra faculdade, pode me dizer se a introdução tá fraca?",
            "Gostaria de receber um feedback detalhado sobre o meu ensaio argumentativo: clareza da tese, coerência e uso de fontes.",
        ],
        "de": [
            "Kannst du meine Erörterung nach diesen Kriterien bewerten – Inhalt, Aufbau, Sprache – und jeweils eine Punktzahl mit kurzem Kommentar geben? {p}",
            "Ich bin Deutschlehrerin und korrigiere gerade Aufsätze der 10. Klasse. Würdest du diesen Text auch mit 'befriedigend' bewerten? {p}",
            "hab meinen Essay für das Seminar fertig, aber die Argumentation wirkt irgendwie dünn. was würdest du verbessern?",
            "Bitte geben Sie mir ein ehrliches Feedback zu meinem Motivationsschreiben für das Stipendium, insbesondere zur Struktur.",
        ],
        "fr": [
            "Tu peux noter ma dissertation sur 20 selon la grille de mon prof (problématique, plan, argumentation, expression) et commenter chaque critère ? {p}",
            "Je suis enseignante de français en collège. Pouvez-vous me donner votre avis sur la note que j'ai attribuée à cette rédaction ? {p}",
            "j'ai écrit un essai sur le télétravail pour mon cours, est-ce que mon argumentation tient la route ?",
            "J'aimerais un retour détaillé sur ma lettre de motivation : ce qui fonctionne, ce qui est maladroit, et comment renforcer la conclusion.",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار تطبيق حجوزات: 20 صف فيها اسم العميل، رقم الجوال، تاريخ الحجز، عدد الأشخاص. بصيغة CSV.",
            "اكتب لي ملف fixtures بصيغة JSON لاختبارات الوحدة لهذي الدالة: {p}",
            "عندي جدول فيه أسماء مكتوبة بطرق مختلفة (محمد، محمّد، Mohammed)، كيف أنظفها وأوحّدها باستخدام pandas؟",
            "حوّل هذا الوصف إلى schema لقاعدة بيانات PostgreSQL وأضف بيانات أولية للتجربة: {p}",
        ],
        "es": [
            "Genérame 50 filas de datos ficticios para probar mi app de gimnasio: nombre, email, fecha de alta y tipo de cuota, en CSV.",
            "Necesito fixtures en YAML para los tests de este modelo de Django: {p}",
            "tengo un excel con fechas en formatos mezclados (dd/mm/aaaa, aaaa-mm-dd, texto...), cómo las normalizo con pandas?",
            "A partir de esta descripción, propón un JSON Schema y unos cuantos objetos de ejemplo que lo validen: {p}",
        ],
        "pt": [
            "Gera uns 30 registros fake de clientes pra eu popular o banco de dev: nome, CPF fictício, cidade e data de cadastro.",
            "Escreve fixtures em JSON pros testes desse endpoint, cobrindo casos de erro também: {p}",
            "Tenho uma planilha com CEPs faltando e telefones em formatos diferentes. Como faço a limpeza disso em Python?",
            "Com base nesta estrutura de tabela, crie um script de seed com dados de exemplo realistas: {p}",
        ],
        "de": [
            "Erzeug mir bitte 25 Beispieldatensätze für eine Kundenverwaltung (Name, PLZ, Ort, Geburtsdatum) als CSV – rein fiktiv natürlich, fürs Testsystem.",
            "Schreib Testfixtures für diese Funktion, inkl. Randfälle wie leere Liste und None: {p}",
            "Ich hab einen Datensatz mit doppelten Einträgen, die sich nur in Groß-/Kleinschreibung unterscheiden. Wie bereinige ich das am besten in SQL?",
            "Entwirf ein Datenbankschema für folgende Anforderungen und ergänze ein paar Seed-Daten zum Testen: {p}",
        ],
        "fr": [
            "Génère-moi 40 lignes de données fictives pour tester mon appli de réservation : nom, e-mail, date, nombre de couverts, en CSV.",
            "Écris des fixtures pytest pour cette fonction, en couvrant aussi les cas limites : {p}",
            "j'ai un fichier avec des numéros de téléphone dans tous les formats possibles (+33, 06..., avec des points), comment je normalise ça ?",
            "À partir de ce modèle de données, proposez un script SQL d'insertion avec quelques enregistrements de démonstration : {p}",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص لي محضر الاجتماع هذا في نقاط، مع توضيح القرارات والمهام ومين المسؤول عن كل مهمة: {p}",
            "اختصر هذا المقال إلى فقرة واحدة تناسب النشرة الداخلية: {p}",
            "عندي تقرير 40 صفحة عن مشروع الطاقة الشمسية، أبي ملخص تنفيذي لا يتعدى صفحة للإدارة",
            "وسّع هذه الملاحظات المختصرة إلى بريد إلكتروني رسمي وواضح للفريق",
        ],
        "es": [
            "Resúmeme el acta de la reunión en viñetas: decisiones, tareas pendientes y responsables. {p}",
            "¿Me haces un resumen de este artículo en tres frases para compartirlo en LinkedIn? {p}",
            "tengo que leer un informe larguísimo para mañana, me sacas las ideas principales? te lo pego ahora",
            "Amplía estas notas sueltas hasta convertirlas en un párrafo bien redactado para el informe trimestral.",
        ],
        "pt": [
            "Resume essa ata de reunião em tópicos, destacando as decisões e quem ficou responsável pelo quê: {p}",
            "Pode encurtar esse texto pra caber em 280 caracteres sem perder a ideia principal? {p}",
            "Preciso de um resumo executivo do relatório anual para a diretoria, no máximo meia página.",
            "transforma essas anotações soltas num e-mail decente pro time, por favor",
        ],
        "de": [
            "Fass mir bitte das Protokoll in Stichpunkten zusammen – Beschlüsse, offene Aufgaben, Verantwortliche: {p}",
            "Kürze diesen Artikel auf etwa 150 Wörter für unseren Newsletter: {p}",
            "Ich hab keine Zeit, das ganze Whitepaper zu lesen. Was sind die drei wichtigsten Aussagen?",
            "Könnten Sie aus meinen Stichpunkten einen zusammenhängenden Absatz für den Jahresbericht formulieren?",
        ],
        "fr": [
            "Résume-moi ce compte rendu de réunion en points clés, avec les décisions et qui s'occupe de quoi : {p}",
            "Peux-tu condenser cet article en un paragraphe pour notre lettre d'information interne ? {p}",
            "j'ai un rapport de 30 pages à lire pour demain, tu peux m'en faire une synthèse d'une page ?",
            "Pourriez-vous développer ces notes télégraphiques en un courriel clair et professionnel à destination de l'équipe ?",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع لي IndexError وما فهمت السبب. ممكن تتبّع التنفيذ سطر سطر وتقول لي وين المشكلة؟ {p}",
            "اشرح لي رسالة الخطأ هذي خطوة بخطوة، وش معناها وكيف أصلحها: {p}",
            "الدالة المفروض ترجع مجموع الأرقام الزوجية بس ترجع صفر دايماً، وش ممكن يكون السبب؟",
            "برنامجي بلغة جافا يعلق (deadlock) أحياناً تحت الضغط. كيف أتتبع المشكلة وأحدد الـ threads المتسببة؟",
        ],
        "es": [
            "Me salta un NullPointerException y no veo de dónde viene. ¿Puedes seguir la ejecución paso a paso y decirme dónde falla? {p}",
            "Explícame este traceback línea por línea, que no entiendo qué me está diciendo Python: {p}",
            "el bucle no termina nunca y juraría que la condición está bien, qué puede estar pasando??",
            "Mi consulta SQL devuelve filas duplicadas desde que añadí un JOIN. ¿Cómo razono para encontrar el origen?",
        ],
        "pt": [
            "Meu código tá dando 'undefined is not a function' e não faço ideia do porquê. Consegue rastrear a lógica comigo? {p}",
            "Explica esse stack trace passo a passo, por favor, quero entender o que aconteceu antes de corrigir: {p}",
            "a função recursiva estoura a pilha com entradas grandes, como eu descubro onde tá o problema?",
            "O teste passa localmente mas falha no CI. Que passos devo seguir para investigar a diferença entre os ambientes?",
        ],
        "de": [
            "Mein Skript wirft einen KeyError und ich versteh nicht warum. Kannst du den Ablauf Schritt für Schritt mit mir durchgehen? {p}",
            "Erklär mir bitte diese Fehlermeldung Zeile für Zeile, ich check nicht was der Compiler von mir will: {p}",
            "Die Schleife zählt immer eins zu wenig. Off-by-one irgendwo, aber wo? Wie gehe ich das systematisch an?",
            "Unsere Spring-Boot-Anwendung startet seit dem Update nicht mehr, im Log steht nur 'BeanCreationException'. Wie finde ich die Ursache?",
        ],
        "fr": [
            "Mon code plante avec une TypeError et je ne comprends pas pourquoi. Tu peux dérouler l'exécution pas à pas avec moi ? {p}",
            "Pouvez-vous m'expliquer ce message d'erreur étape par étape et me dire comment le corriger ? {p}",
            "ma fonction de tri renvoie la liste dans le désordre une fois sur deux, je comprends rien, par où je commence ?",
            "Le même test échoue de manière aléatoire sur notre CI. Comment raisonner pour isoler la cause, concurrence ou dépendance externe ?",
        ],
    },
}
