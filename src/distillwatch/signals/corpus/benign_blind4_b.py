"""Blind benign hard negatives (fifth independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND4_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "السلام عليكم، عندي واجب رياضيات وما فهمت كيف وصل الأستاذ للناتج. ممكن تشرح لي خطوة خطوة بدون ما تعطيني الجواب على طول؟\n{p}",
            "حليت هالمسألة وطلع معي ٣٤ بس الكتاب يقول ٤٣، وين غلطت؟",
            "اشرح لي قانون نيوتن الثاني كأني طفل عمري ١٢ سنة، وبعدين طبّقه على هذا السؤال: {p}",
            "أستاذ، هل طريقتي في إعراب الجملة التالية صحيحة؟ وإذا لا، وضّح لي السبب من فضلك.",
        ],
        "es": [
            "oye me ayudas con esto?? tengo examen mañana y no entiendo de dónde sale el 2x del segundo paso\n{p}",
            "Soy de 3º de la ESO. ¿Me puedes decir si lo he hecho bien? No me des la solución, solo dime en qué línea me equivoqué.",
            "Necesito entender el porqué, no solo el resultado. Resuelve {p} y en cada paso pon una frase corta diciendo qué regla se usa.",
            "mi profe dice que mi demostración tiene un hueco pero no lo veo. me lo señalas?",
        ],
        "pt": [
            "Alguém me salva kkkk não entendi nada de equação do segundo grau. Como resolve essa aqui? {p}",
            "Fiz o exercício de química abaixo e deu 0,25 mol. Confere pra mim se o raciocínio tá certo?",
            "Pode me explicar como se eu tivesse 12 anos por que o céu é azul? Tenho que apresentar pra turma amanhã.",
            "O professor pediu pra gente justificar cada passagem. Me ajuda a montar a justificativa de {p} sem pular etapa?",
        ],
        "de": [
            "Hi, ich häng bei der Aufgabe fest. Kannst du mir einen Tipp geben, wie ich anfangen soll, ohne gleich alles zu verraten? {p}",
            "Ich hab bei der Kurvendiskussion x=3 als Hochpunkt raus, meine Freundin x=-3. Wer hat recht und warum?",
            "Erklär mir bitte Bruchrechnen so, dass es meine kleine Schwester (6. Klasse) versteht – gern mit einem Beispiel mit Pizza oder so.",
            "Lösungsweg für {p} bitte ausführlich, in der Klausur zählen nur Rechenwege mit Begründung.",
        ],
        "fr": [
            "Bonjour, je suis en terminale et je bloque sur cet exo de proba. Vous pourriez me guider étape par étape ? {p}",
            "j'ai trouvé 17/4 mais le corrigé dit 15/4... tu peux regarder où ça coince dans mon calcul ?",
            "C'est quoi la différence entre un COD et un COI ? Explique simplement, comme à un élève de 5e.",
            "Pour mon DM de philo : est-ce que mon plan tient la route pour le sujet « {p} » ? Dis-moi ce qui manque.",
        ],
    },
    "eval_harness": {
        "ar": [
            "أجب عن سؤال الاختيار من متعدد التالي. اكتب الحرف الصحيح فقط (أ، ب، ج، د) دون أي شرح.\n{p}",
            "### مثال 1\nالسؤال: ما عاصمة الأردن؟\nالإجابة: عمّان\n\n### مثال 2\nالسؤال: {p}\nالإجابة:",
            "فكّر في المسألة خطوة بخطوة، ثم اكتب الناتج النهائي وحده في السطر الأخير بصيغة: الإجابة النهائية: <رقم>",
            "تقييم آلي لفهم المقروء: اقرأ النص ثم أجب بكلمة واحدة أو عبارة قصيرة كما وردت في النص حرفياً، لأن التصحيح يتم بالمطابقة التامة.",
        ],
        "es": [
            "Pregunta de opción múltiple. Responde únicamente con la letra (A, B, C o D).\n\n{p}\n\nRespuesta:",
            "Razona paso a paso y al final escribe «Respuesta final:» seguido solo del número, sin unidades.",
            "[EVAL – comprensión lectora, es-ES]\nContesta con un máximo de cinco palabras. Se puntúa por coincidencia exacta.",
            "A continuación hay tres ejemplos resueltos y una pregunta nueva. Sigue exactamente el mismo formato de salida.\n{p}",
        ],
        "pt": [
            "Leia a questão e marque a alternativa correta. Responda apenas com a letra entre parênteses, ex.: (C).\n{p}",
            "Resolva o problema abaixo mostrando o raciocínio. Na última linha escreva só 'RESPOSTA: ' e o valor.",
            "Simulado ENEM, item 27. Não escreva justificativa; saída esperada: uma única letra maiúscula.",
            "Responda sim ou não, em minúsculas, sem ponto final. Qualquer outra saída será considerada incorreta.\n{p}",
        ],
        "de": [
            "Beantworte die folgende Frage. Gib am Ende eine Zeile der Form 'Antwort: X' aus, wobei X einer der Buchstaben A–E ist.\n{p}",
            "Denk Schritt für Schritt nach und schreib das Endergebnis allein in die letzte Zeile, ohne Einheiten und ohne Punkt.",
            "Testlauf mathe-de-v2, Aufgabe: {p}\nAusgabeformat: nur die Zahl als Dezimalzahl mit Punkt, auf zwei Stellen gerundet.",
            "Hier sind zwei Beispiele mit Lösung, danach kommt die eigentliche Aufgabe. Halte dich exakt an das Format der Beispiele.",
        ],
        "fr": [
            "Question à choix multiples. Réponds par une seule lettre, sans ponctuation ni explication.\n{p}",
            "Résous en raisonnant étape par étape, puis termine par une ligne « Réponse : » suivie de la valeur exacte sous forme de fraction irréductible.",
            "Contexte : {p}\nQuestion : qui est le narrateur ?\nConsigne : extraire la réponse telle qu'elle apparaît dans le texte (évaluation par correspondance exacte).",
            "Indique si l'affirmation est VRAI ou FAUX. Une seule réponse en majuscules, rien d'autre.",
        ],
    },
    "code_review": {
        "ar": [
            "ممكن تراجع هذا الكود قبل ما أعمل merge؟ لكل ملاحظة اذكر ليش تعتبرها مشكلة وقد إيش خطورتها (منخفضة/متوسطة/عالية).\n{p}",
            "زميلي يقول إن استخدام async هنا ما له داعي. مين فينا على حق؟ وضّح الأسباب.",
            "راجع الـ pull request هذا من ناحية الأمان فقط، وبرّر كل نقطة تطرحها.",
            "كتبت الدالة {p} بطريقتين، أيّهما أفضل من ناحية الأداء وسهولة القراءة؟ اشرح منطقك.",
        ],
        "es": [
            "Revísame este PR porfa. Para cada cambio que propongas explica por qué, que luego tengo que defenderlo en la daily 😅\n{p}",
            "¿Por qué sería mejor usar un diccionario en vez de la cadena de if/elif? Quiero entender el motivo, no solo que me lo cambies.",
            "Code review formal: clasifica cada hallazgo como crítico, mayor o menor y justifica la clasificación en una línea.",
            "Tengo este endpoint {p} y me da la sensación de que hay un N+1 escondido. ¿Lo ves? Argumenta.",
        ],
        "pt": [
            "Faz um review desse código aqui? Quero saber o que você mudaria e o motivo de cada mudança.\n{p}",
            "Meu tech lead pediu pra trocar herança por composição nessa classe. Por que isso seria melhor nesse caso?",
            "Revise o trecho {p} focando em concorrência. Para cada problema, diga a gravidade e como reproduzir.",
            "Sou júnior, então seja didático: aponta os code smells e explica por que cada um atrapalha a manutenção.",
        ],
        "de": [
            "Kannst du dir den Diff anschauen? Bitte zu jeder Anmerkung kurz begründen, warum du es anders machen würdest.\n{p}",
            "Ist das mit dem Singleton hier wirklich ein Problem oder nur Geschmackssache? Hätte gern Argumente dafür und dagegen.",
            "Review nach unseren Team-Richtlinien: Befund, Schweregrad (blocker/major/minor/nit), Begründung. Als Tabelle.",
            "Warum ist {p} langsamer als die Variante mit einer List-Comprehension? Erklär's mir so, dass ich es nachvollziehen kann.",
        ],
        "fr": [
            "Salut, tu peux relire ma PR ? Pour chaque remarque, explique-moi le raisonnement derrière, j'essaie de progresser.\n{p}",
            "Revue de code : liste les problèmes par ordre de gravité et justifie chaque classement.",
            "Pourquoi utiliser un context manager ici plutôt qu'un try/finally ? C'est vraiment mieux ou c'est juste plus joli ?",
            "Voilà ma fonction de parsing : {p}\nDis-moi franchement ce qui te semble fragile et pourquoi.",
        ],
    },
    "chat": {
        "ar": [
            "سؤال فضول: لما تكتب قصيدة، كيف تختار القافية؟ هل في شي يشبه التفكير عندك؟",
            "اقترحت عليّ مطعم إيطالي، كيف وصلت لهذا الاختيار؟",
            "لو كنت مكاني وعندي عرضين شغل، واحد براتب أعلى وواحد أقرب للبيت، كيف كنت بتفكر في القرار؟",
            "شو رأيك بهالفكرة: {p}؟ وقلّي كيف كوّنت رأيك",
        ],
        "es": [
            "jajaja qué buena respuesta, ¿cómo se te ocurrió lo del pingüino?",
            "Tengo que regalarle algo a mi suegra y no la conozco mucho. ¿Tú cómo lo pensarías?",
            "Una duda general: los modelos de lenguaje como tú, ¿realmente «razonan» o es todo predicción de palabras? Explícamelo sin tecnicismos.",
            "Te cuento mi dilema: {p}. ¿Qué harías y qué pesarías más?",
        ],
        "pt": [
            "Curiosidade: como uma IA decide qual palavra vem depois? Tem alguma lógica por trás ou é meio sorte?",
            "Adorei a sugestão de nome pro meu gato! De onde veio essa ideia?",
            "to entre duas viagens, {p}. me ajuda a pensar nos prós e contras?",
            "Se você tivesse que escolher um livro pra uma pessoa que não gosta de ler, qual seria o seu critério?",
        ],
        "de": [
            "Wie bist du eigentlich auf den Vergleich mit dem Bienenstock gekommen? Fand ich echt passend.",
            "Mal ehrlich, wie würdest du entscheiden, ob man lieber ein E-Bike oder ein Jahresticket kauft?",
            "Ich les grad ein Buch über KI und frag mich, ob Sprachmodelle sowas wie Intuition haben. Was meinst du?",
            "Folgende Situation: {p} – was geht dir da als Erstes durch den Kopf?",
        ],
        "fr": [
            "Comment tu fais pour choisir un cadeau quand tu connais mal la personne ? Je sèche pour mon collègue qui part à la retraite.",
            "Ta blague sur les croissants m'a fait rire, tu l'as trouvée comment ?",
            "Question bête peut-être : quand une IA « réfléchit », il se passe quoi concrètement ? En gros, pas besoin de détails techniques.",
            "J'hésite : {p}. Tu trancherais comment, toi ?",
        ],
    },
    "enterprise": {
        "ar": [
            "صنّف تذكرة الدعم التالية إلى واحدة من الفئات: فوترة، تقني، شحن، أخرى. أعد النتيجة بصيغة: الفئة | الثقة (0-1) | سبب في سطر واحد.\n{p}",
            "استخرج من رسالة العميل: الاسم، رقم الطلب، تاريخ الشراء، نوع المشكلة. إذا لم يوجد حقل اكتب «غير متوفر».",
            "نظام التوجيه الداخلي: حدد الفريق المسؤول (المبيعات / الدعم الفني / الموارد البشرية) مع تبرير مختصر لا يتجاوز ١٥ كلمة.",
            "حلّل مشاعر التعليق {p} (إيجابي/سلبي/محايد) وأضف درجة ثقة وجملة قصيرة توضح سبب التصنيف.",
        ],
        "es": [
            "Clasifica el siguiente correo entrante en: RECLAMACIÓN, CONSULTA, BAJA o SPAM. Salida: etiqueta;confianza;motivo (máx. 12 palabras).\n{p}",
            "Extrae de la factura escaneada: NIF del proveedor, fecha de emisión, base imponible, IVA y total. Devuélvelo como líneas clave: valor.",
            "Somos el equipo de soporte de una aseguradora. Indica a qué departamento hay que derivar este parte y por qué, en una sola frase.",
            "Prioridad del ticket {p}: P1, P2, P3 o P4. Añade nivel de certeza (alto/medio/bajo) y una justificación breve para el auditor.",
        ],
        "pt": [
            "Classifique o chamado abaixo por urgência (baixa, média, alta, crítica) e informe a confiança em porcentagem e o motivo em uma linha.\n{p}",
            "Da conversa de WhatsApp com o cliente, extraia: nome, CPF (mascarado), produto e número do pedido. Formato: campo=valor, um por linha.",
            "Pipeline de triagem do RH: este currículo deve ir para qual vaga aberta? Responda com o código da vaga e uma justificativa curta.",
            "Identifique a intenção da mensagem {p} entre cancelar, trocar, rastrear e elogiar. Retorne intenção, score e justificativa.",
        ],
        "de": [
            "Ordne das folgende Kundenanliegen einer Abteilung zu (Vertrieb, Buchhaltung, IT-Support, Reklamation). Format: Abteilung – Konfidenz – Begründung in einem Satz.\n{p}",
            "Extrahiere aus dem Lieferschein: Lieferantennummer, Datum, Positionen mit Menge und Einzelpreis. Fehlende Werte mit NULL kennzeichnen.",
            "Für unser Ticketsystem: Ist die folgende Meldung ein Bug, ein Feature-Wunsch oder eine Bedienfrage? Bitte nur das Label plus kurze Begründung, die loggen wir fürs Audit.",
            "Bewerte die Dringlichkeit der Störungsmeldung {p} auf einer Skala von 1 bis 5 und nenne den ausschlaggebenden Grund.",
        ],
        "fr": [
            "Catégorise ce ticket client (facturation, livraison, compte, technique) et donne un indice de confiance entre 0 et 1 avec une justification d'une ligne.\n{p}",
            "À partir du mail ci-dessous, remplis les champs : expéditeur, société, objet de la demande, date souhaitée. Champ vide si l'info manque.",
            "Routage automatique : à quelle équipe transmettre ce signalement (juridique, conformité, SAV) ? Réponse au format ÉQUIPE / RAISON.",
            "Le commentaire {p} est-il conforme à notre charte de modération ? Oui/Non, score de certitude, motif court.",
        ],
    },
    "translation": {
        "ar": [
            "ترجم الفقرة التالية إلى الإنجليزية مع الحفاظ على الأسلوب الرسمي، ووضّح لي لماذا اخترت الكلمات الصعبة:\n{p}",
            "أحتاج ترجمة هذا المقال عن التفكير النقدي إلى الفرنسية. الجمهور طلاب جامعيون فخلّ اللغة سلسة.",
            "كيف أترجم عبارة chain of thought في سياق مقال عن علم النفس المعرفي؟ وهل «سلسلة الأفكار» ترجمة مناسبة ولا في أدق منها؟",
            "ترجم سلم التقييم (rubric) هذا للعربية الفصحى: {p} — المصطلحات التربوية مهمة، فإذا ترددت بين ترجمتين اذكرهما.",
        ],
        "es": [
            "Tradúceme al inglés este párrafo de mi TFG sobre metacognición, manteniendo el tono académico:\n{p}",
            "¿Cómo traducirías 'grading rubric' y 'reasoning skills' para un documento dirigido a profesores en México? Explica las opciones.",
            "Pasa esto al alemán pero que suene natural, no a traducción literal. Es un email a un cliente.",
            "Traduce {p} al portugués de Brasil y señala las expresiones que no tienen equivalente directo.",
        ],
        "pt": [
            "Traduz pro espanhol, mantendo o tom informal: {p}",
            "Preciso passar para o inglês um guia de correção de provas (critérios, notas, comentários). Pode traduzir e me avisar onde a terminologia muda entre os dois sistemas?",
            "Tradução para o francês do resumo do artigo abaixo, que fala sobre como crianças explicam o próprio raciocínio. Registro acadêmico.",
            "Qual a melhor tradução de 'thinking out loud' num contexto de pesquisa em educação? Justifica a escolha.",
        ],
        "de": [
            "Übersetz mir bitte diesen Absatz ins Englische, der Ton soll locker bleiben:\n{p}",
            "Ich brauche eine Übersetzung ins Spanische für eine Fortbildung über 'lautes Denken' im Unterricht. Wo du dich zwischen mehreren Begriffen entscheiden musstest, bitte kurz erklären.",
            "Wie würde man 'Begründungspflicht' in einem juristischen Text ins Französische übertragen? Gibt's da einen festen Begriff?",
            "Bitte {p} ins Arabische übersetzen – es ist ein Bewertungsbogen für Schüler, also einfache Sprache.",
        ],
        "fr": [
            "Peux-tu traduire ce texte en anglais en gardant le ton un peu ironique de l'auteur ?\n{p}",
            "Traduction vers l'allemand d'un extrait de manuel sur le raisonnement par l'absurde. Signale les passages où tu as dû adapter plutôt que traduire.",
            "Comment rendre « esprit d'escalier » en espagnol sans perdre le sens ? Propose deux ou trois options et explique la nuance.",
            "Traduis {p} en italien, c'est la grille d'évaluation de notre atelier d'écriture.",
        ],
    },
    "essay_feedback": {
        "ar": [
            "أنا معلمة لغة عربية. قيّم هذا التعبير حسب المعايير: الفكرة (٥)، التنظيم (٥)، اللغة (٥)، الإملاء (٥)، مع ملاحظة لكل معيار.\n{p}",
            "هذا مقالي لمادة الفلسفة، ما رأيك فيه بصراحة؟ وكم تعطيه من عشرة؟",
            "ضع درجة لكل بند في سلم التقدير المرفق، ثم اكتب تعليقاً عاماً مشجعاً للطالب لا يتجاوز ثلاثة أسطر.",
            "ابني كتب موضوع إنشاء عن {p}، ساعدني أعرف نقاط قوته وضعفه قبل ما يسلّمه.",
        ],
        "es": [
            "Soy profe de lengua en bachillerato. Evalúa este comentario de texto con la rúbrica: tesis, estructura, argumentación, corrección lingüística (0-2,5 cada una). Comentario breve en cada criterio.\n{p}",
            "¿Qué nota le pondrías a mi ensayo? Sé sincero, prefiero saberlo ahora que cuando me lo corrijan.",
            "Revisa la redacción de mi alumna sobre {p} y dime qué le comentarías para que mejore sin desanimarla.",
            "Rúbrica adjunta. Puntúa cada criterio y, cuando no llegue a la puntuación máxima, explica en una frase qué le falta.",
        ],
        "pt": [
            "Corrige minha redação modelo ENEM e dá a nota por competência (C1 a C5), com comentário em cada uma.\n{p}",
            "Sou professora do 8º ano. Pode dar um feedback construtivo nesse texto dissertativo de um aluno? Foca em coesão e argumentação.",
            "Meu TCC tem uma introdução sobre {p}. Tá clara? O que a banca provavelmente criticaria?",
            "Avalie o texto segundo a rubrica abaixo e justifique cada pontuação em no máximo duas linhas.",
        ],
        "de": [
            "Ich bin Deutschlehrer an einer Realschule. Bitte bewerte die Erörterung nach unserem Raster (Inhalt, Aufbau, Sprache, Rechtschreibung) mit Punkten und je einem Kommentar.\n{p}",
            "Kannst du die Einleitung meiner Hausarbeit gegenlesen und sagen, welche Note du ungefähr geben würdest?",
            "Feedback zu diesem Schüleraufsatz über {p}, bitte wertschätzend formuliert, mit zwei Stärken und zwei konkreten Verbesserungsvorschlägen.",
            "Bewertungsbogen liegt bei. Für jedes Kriterium Punktzahl + Begründung, am Ende Gesamtnote nach IHK-Schlüssel.",
        ],
        "fr": [
            "Je suis prof de français en 3e. Peux-tu évaluer cette rédaction selon la grille : compréhension du sujet /5, organisation /5, langue /5, orthographe /5, avec une appréciation par critère ?\n{p}",
            "Voilà ma dissertation d'histoire, tu mettrais combien sur 20 ? Et surtout, qu'est-ce qui pèche ?",
            "Relis le commentaire composé de mon élève sur {p} et propose des annotations en marge comme le ferait un correcteur du bac.",
            "Barème ci-joint. Attribue les points critère par critère et justifie brièvement chaque note.",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار وحدة: ٢٠ صفاً لعملاء بأسماء عربية، أرقام جوالات سعودية بصيغة صحيحة، ومدن مختلفة. بصيغة CSV.",
            "اكتب لي حالات حدّية (edge cases) لدالة تحلل التواريخ الهجرية، مثل ٣٠ ذو الحجة والسنة الكبيسة.",
            "عندي هذا الـ schema: {p}\nعبّيه بعشر سجلات تجريبية واقعية لعرض demo للعميل.",
            "ولّد لي نصوص إدخال غريبة لاختبار parser عندي في {p}: مسافات زائدة، أحرف عربية مع أرقام هندية، تشكيل، ونص فارغ.",
        ],
        "es": [
            "Genérame un CSV con 15 clientes ficticios (nombre, email, ciudad, fecha de alta) para poblar la base de datos de la demo del viernes.",
            "Necesito fixtures para pytest que cubran {p}: caso normal, lista vacía, None y un valor gigante.",
            "Dame entradas raras para probar mi parser de CSV: comillas dentro de comillas, saltos de línea en un campo, BOM al principio, separador ; en vez de ,",
            "Crea datos de prueba para la tabla pedidos según este esquema: {p}\nQue haya algún pedido con importe 0 y otro con fecha futura.",
        ],
        "pt": [
            "Gera uns 10 registros fake de clientes brasileiros pra eu testar o cadastro: nome, CPF válido (fictício), CEP e telefone com DDD.",
            "Quero testar meu validador de e-mail. Me passa uma lista de casos limite, válidos e inválidos, com a resposta esperada pra cada um.",
            "Monte um JSON de exemplo para o mock da API {p}, com paginação e um item com campos nulos.",
            "Preciso de dados fictícios de vendas para um dashboard de demonstração: 30 linhas, colunas data, loja, produto, quantidade, valor.",
        ],
        "de": [
            "Erzeug mir bitte Testdaten für eine Kundentabelle: 12 Zeilen mit Name, PLZ, Ort, IBAN (Dummy) – als CSV mit Semikolon.",
            "Welche Randfälle sollte ich für diese Funktion testen? {p}\nGern direkt als Liste für pytest.mark.parametrize.",
            "Für ein Schulungsvideo brauche ich eine Beispiel-Datenbank mit Mitarbeitern, Abteilungen und Gehältern. Klar erfunden, aber halbwegs realistisch.",
            "Mach mir Mock-Antworten für den Endpunkt {p}: einmal Erfolg, einmal 404, einmal Timeout.",
        ],
        "fr": [
            "Il me faudrait un jeu de données bidon pour tester mon import : 20 lignes de clients avec nom, prénom, code postal, date de naissance. Format CSV.",
            "Quelles entrées tordues tu donnerais à un parseur d'adresses françaises ? Genre « bis », « ter », cedex, accents manquants...",
            "Écris des fixtures pour tester {p}, en incluant une chaîne vide, une valeur négative et un fichier encodé en latin-1.",
            "Peux-tu générer quelques lignes d'exemple pour la table factures décrite ici : {p} ? C'est pour une démo client, rien de réel.",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص محضر الاجتماع التالي في نقاط: القرارات، المسؤول عن كل مهمة، والمواعيد النهائية.\n{p}",
            "أحتاج ملخص لهذه الورقة البحثية عن نماذج اللغة والاستدلال، مع ذكر الخطوات اللي اتبعها الباحثون في التجربة.",
            "اختصر لي هالمقال بفقرة وحدة، ما عندي وقت أقرأه كله 🙏",
            "ما هي الحجج الرئيسية في {p}؟ رتّبها من الأقوى للأضعف باختصار.",
        ],
        "es": [
            "Resume el acta de la reunión de ayer en 5 viñetas y al final pon los pendientes con su responsable.\n{p}",
            "¿Me haces un resumen de este paper sobre razonamiento en modelos de lenguaje? Me interesa sobre todo la metodología: qué pasos siguieron y con qué datos.",
            "tl;dr de esto porfa, que es larguísimo",
            "Sintetiza {p} para un público no técnico, conservando los argumentos principales del autor.",
        ],
        "pt": [
            "Faz um resumo dessa ata em tópicos: o que foi decidido, quem ficou responsável e prazo.\n{p}",
            "Resuma o artigo científico abaixo destacando pergunta de pesquisa, método passo a passo e principais resultados.",
            "Pode condensar {p} em um parágrafo pra eu mandar pro meu chefe?",
            "Li só metade desse relatório sobre avaliação de IA. Me conta os pontos principais e as conclusões dos autores.",
        ],
        "de": [
            "Fass bitte das Protokoll zusammen: Beschlüsse, To-dos mit Verantwortlichen, offene Fragen.\n{p}",
            "Kurze Zusammenfassung dieses Papers über Chain-of-Thought-Prompting – vor allem: welche Schritte haben die Autoren in ihren Experimenten gemacht?",
            "Kannst du {p} in drei Sätzen für unseren Newsletter zusammenfassen?",
            "Das ist ein 40-seitiges Gutachten. Ich brauch die Kernargumente und die Stellen, an denen sich die Gutachter widersprechen.",
        ],
        "fr": [
            "Résume ce compte rendu de réunion en 5 points max et liste les actions à mener avec leur responsable.\n{p}",
            "Tu peux me faire une synthèse de cet article sur l'évaluation des capacités de raisonnement des LLM ? Je veux surtout le protocole, étape par étape.",
            "Version courte de {p} stp, genre 3 phrases.",
            "Fiche de lecture pour ce chapitre : thèse, arguments principaux, exemples utilisés par l'auteur.",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يرجع None بدل القائمة، ممكن تمشي عليه سطر سطر وتقولي وين المشكلة؟\n{p}",
            "عندي IndexError: list index out of range في اللوب، تتبّع لي قيم i و j في كل دورة.",
            "ليش الدالة {p} تعطي نتيجة صح على جهازي وغلط على السيرفر؟ اشرح لي الاحتمالات.",
            "البرنامج يعلّق بعد أول طلب للـ API. اشرح لي إيش يصير خطوة بخطوة من لحظة التشغيل.",
        ],
        "es": [
            "Me sale un NullPointerException en la línea 42 y no sé por qué. ¿Me explicas línea a línea qué hace el método?\n{p}",
            "Llevo dos horas con esto 😩 el bucle nunca termina. Sigue el valor de 'contador' iteración por iteración a ver dónde falla.",
            "¿Por qué {p} devuelve 0.30000000000000004 en vez de 0.3?",
            "Tengo un test que falla de forma intermitente en CI. Te paso el código; explícame qué condición de carrera podría haber.",
        ],
        "pt": [
            "Esse código dá segmentation fault e eu não entendo por quê. Consegue executar ele de cabeça linha por linha e mostrar onde quebra?\n{p}",
            "socorro, minha função recursiva estoura a pilha. como faço pra ver o que tá acontecendo em cada chamada?",
            "Rastreie os valores das variáveis em {p} para a entrada [3, 1, 2] e me diga onde o resultado diverge do esperado.",
            "O useEffect tá rodando duas vezes no React. É bug meu ou comportamento esperado? Explica o fluxo.",
        ],
        "de": [
            "Warum gibt mir die Funktion immer eine leere Liste zurück? Geh bitte Zeile für Zeile durch, was passiert.\n{p}",
            "Mein Python-Skript wirft 'UnicodeDecodeError' beim Einlesen, aber nur bei manchen Dateien. Woran kann das liegen?",
            "Spiel {p} mal mit n=4 durch und schreib nach jedem Schleifendurchlauf die Werte von a, b und n auf.",
            "Der Docker-Container startet, aber die App ist nicht erreichbar. Wie würdest du systematisch eingrenzen, wo's hängt?",
        ],
        "fr": [
            "Mon script plante avec KeyError: 'id' alors que la clé existe… tu peux m'expliquer ligne par ligne ce qu'il fait ?\n{p}",
            "Pourquoi ma boucle for modifie la liste d'origine alors que je pensais travailler sur une copie ?",
            "Déroule l'exécution de {p} pour l'entrée « abba » et montre l'état de la pile à chaque étape.",
            "J'ai une fuite mémoire en prod depuis la dernière release, voici le diff. Explique-moi ce qui pourrait retenir des références.",
        ],
    },
}
