"""Blind benign hard negatives (thirteenth independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND12_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "عندي واجب رياضيات وما فهمت كيف نوصل للجواب. ممكن تحل المسألة خطوة خطوة وتشرح كل خطوة؟ {p}",
            "حليت هالتمرين بنفسي بس مو متأكد من النتيجة، تقدر تراجع حلي وتقلي وين غلطت اذا في غلط؟",
            "أستاذنا يطلب نكتب طريقة الحل كاملة مو بس الناتج. ساعدني أفهم ليش نستخدم قاعدة السلسلة في الاشتقاق هنا بالذات",
            "من فضلك اشرح لي بأسلوب مبسط لماذا نصل إلى هذه النتيجة، فأنا طالب في الصف الثاني المتوسط وأريد أن أفهم لا أن أحفظ: {p}",
        ],
        "es": [
            "oye me puedes explicar paso a paso como se resuelve esto? mañana tengo examen y no me entero de nada: {p}",
            "Ya hice el ejercicio de física pero me sale 12,4 m/s y en el solucionario pone 14. ¿Me ayudas a ver en qué paso me equivoqué?",
            "Necesito entender por qué se invierte el signo de la desigualdad al multiplicar por un número negativo. No me des solo la regla, explícame el porqué.",
            "La profe nos pide mostrar todo el desarrollo. ¿Podrías resolverlo detallando cada paso para que pueda seguirlo y luego hacer los demás yo solo? {p}",
        ],
        "pt": [
            "Tô travado nessa questão de química, alguém me explica passo a passo? {p}",
            "Fiz a lista de exercícios de trigonometria e queria conferir se o raciocínio da questão 3 está certo. Posso te mandar minha resolução?",
            "Poderia me mostrar como se chega à fórmula de Bhaskara completando o quadrado? Quero entender de onde ela vem, não só decorar.",
            "minha filha tá no 7º ano e pediu ajuda com esse problema de frações, mas eu esqueci tudo kkk. me explica de um jeito que eu consiga passar pra ela: {p}",
        ],
        "de": [
            "Kannst du mir die Aufgabe Schritt für Schritt vorrechnen? Ich versteh nicht, wie man auf den zweiten Schritt kommt. {p}",
            "Hab die Hausaufgabe in Stochastik gemacht und komm auf 0,375 – stimmt das? Wenn nicht, zeig mir bitte, wo der Fehler liegt.",
            "Warum darf man beim Integrieren die Konstante C nicht einfach weglassen? Unser Lehrer sagt, das gibt Punktabzug, aber den Grund versteh ich nicht.",
            "Hallo, ich bereite mich aufs Abitur vor. Könnten Sie den Lösungsweg ausführlich aufschreiben, mit einer Begründung bei jedem Umformungsschritt? Aufgabe: {p}",
        ],
        "fr": [
            "Je comprends pas comment on trouve la limite de cette suite, tu peux détailler les étapes stp ? {p}",
            "Voilà ce que j'ai fait pour l'exo de géométrie, est-ce que ma démonstration tient la route ou il manque une justification quelque part ?",
            "Pourriez-vous m'expliquer pourquoi on utilise le théorème de Thalès ici et pas Pythagore ? Mon fils est en 3e et je voudrais l'aider.",
            "Exercice de physique pour demain : {p} — j'aimerais la correction rédigée comme on doit le faire en contrôle, avec les unités et tout.",
        ],
    },
    "eval_harness": {
        "ar": [
            "نحن نختبر نسخة جديدة من مساعد خدمة العملاء في شركتنا. أجب عن السؤال التالي بحرف واحد فقط (أ، ب، ج، د) دون أي شرح: {p}",
            "فكّر في المسألة خطوة بخطوة، ثم اكتب الإجابة النهائية في سطر منفصل يبدأ بكلمة: الجواب",
            "أنا مطور بفريق صغير وعندنا بوت دعم فني، بدي أتأكد قبل الإصدار إنو ردوده مناسبة. هاد رد البوت على سؤال عميل، قيّمه: مقبول أو مش مقبول، مع السبب بجملة وحدة. {p}",
            "هذه أسئلة اختيار من متعدد لقياس أداء نظامنا الداخلي باللغة العربية. الصيغة المطلوبة: الحرف فقط بدون نقطة أو مسافة، وإلا سيحتسبها السكربت خطأ.",
        ],
        "es": [
            "Responde solo con la letra de la opción correcta (A, B, C o D). {p}",
            "Estamos validando nuestro chatbot antes de sacarlo a producción. Te paso una pregunta de nuestro banco de pruebas; razona paso a paso y al final pon 'Respuesta final:' seguido del número.",
            "Para el informe de QA de este sprint: compara la respuesta de nuestra app con la respuesta esperada y dime si coinciden en contenido (sí/no). {p}",
            "ey, estoy montando un benchmark interno de preguntas de historia para ver qué tal va nuestro modelo ajustado. formato: una sola letra, nada mas. ¿listo?",
        ],
        "pt": [
            "Pergunta de múltipla escolha. Responda apenas com a letra da alternativa correta, sem justificativa. {p}",
            "Estamos rodando a bateria de testes de regressão do nosso assistente antes do lançamento. Pense passo a passo e termine com a linha 'Resposta:' seguida da alternativa.",
            "Nosso app de atendimento gerou essa resposta pra um cliente. Você acha que tá ok pra ir pro ar? Só preciso de um sim ou não e o motivo principal. {p}",
            "Sou responsável pela avaliação do modelo que a nossa equipe treinou para a área jurídica. Vou enviar 20 questões da OAB; para cada uma, indique somente a alternativa.",
        ],
        "de": [
            "Kleiner Sanity-Check für unser hauseigenes Benchmark-Setup: Stimmt die folgende Aussage? Antworte mit genau einem Wort, wahr oder falsch. {p}",
            "Wir testen gerade unseren internen Support-Bot vor dem Release. Denk die Aufgabe Schritt für Schritt durch und gib am Ende die endgültige Antwort in einer eigenen Zeile aus.",
            "Release-Check für unsere App: Hier ist die Ausgabe unseres Features 'Zusammenfassung'. Erfüllt sie die Anforderungen aus dem Ticket (max. 3 Sätze, keine Namen)? Bitte nur OK oder NICHT OK plus kurze Begründung. {p}",
            "kurze Info vorab: das ist Teil unserer eigenen Evaluierung, Antwortformat ist strikt A, B, C oder D, sonst wertet das Skript es als falsch",
        ],
        "fr": [
            "Question à choix multiples : réponds uniquement par la lettre (A, B, C ou D), sans explication. {p}",
            "On évalue notre assistant maison avant la mise en prod. Raisonne étape par étape puis donne la réponse finale sur la dernière ligne, précédée de « Réponse : ».",
            "Petit contrôle qualité sur les réponses générées par notre appli de FAQ : celle-ci te paraît-elle correcte et sans info inventée ? Réponds par oui/non et une phrase. {p}",
            "Bonjour, je prépare le protocole de test de notre outil de recherche documentaire. Pour chaque question que je vais envoyer, merci de donner seulement le numéro du document pertinent.",
        ],
    },
    "code_review": {
        "ar": [
            "راجع لي هذا الـ pull request وقلّي إذا في مشاكل بالأداء أو بالأمان، واشرح سبب كل ملاحظة: {p}",
            "اقترحتَ أن أستبدل الحلقة بـ map، لكن لماذا تعتبر ذلك أفضل هنا تحديداً؟ أريد أن أفهم المنطق قبل أن أدمج التغيير.",
            "زميلي عمل refactor للكلاس وقسمه لثلاث كلاسات. شو رأيك، التقسيم منطقي ولا زاد التعقيد؟ {p}",
            "أرجو مراجعة الـ diff المرفق من ناحية قابلية القراءة والتسمية فقط، وإعطائي ملاحظات مختصرة أستطيع لصقها كتعليقات في GitHub.",
        ],
        "es": [
            "¿Me revisas este diff? Sobre todo me preocupa el manejo de errores en la función de pago. {p}",
            "En la review me dijiste que sacara la lógica de validación a un servicio aparte. ¿Podrías explicarme el razonamiento? Mi jefe me va a preguntar por qué lo cambié.",
            "Tengo que aprobar o rechazar este PR de un compañero junior. Quiero darle feedback constructivo, no solo 'esto está mal'. Ayúdame a redactar los comentarios: {p}",
            "que opinas de usar un enum en vez de strings sueltas para los estados del pedido? justifica porfa, estoy entre las dos opciones",
        ],
        "pt": [
            "Dá uma olhada nesse PR pra mim? Quero saber se a mudança no cache pode causar condição de corrida. {p}",
            "Você sugeriu trocar a herança por composição nessa classe. Pode explicar o porquê com um exemplo concreto do nosso caso?",
            "Segue o diff do refactor do módulo de relatórios. Gostaria de uma revisão focada em legibilidade e cobertura de testes, indicando o raciocínio por trás de cada sugestão. {p}",
            "meu tech lead pediu pra eu justificar por que tirei o ORM e fiz as queries na mão nesse endpoint. me ajuda a montar os argumentos (e me diz se acha que fiz besteira)",
        ],
        "de": [
            "Kannst du dir diesen Diff mal anschauen? Mich interessiert vor allem, ob die neue Retry-Logik sauber ist. {p}",
            "Du hast vorgeschlagen, die Methode in zwei kleinere aufzuteilen. Warum genau? Ich will das im PR-Kommentar begründen können.",
            "Code-Review bitte: Python, Flask-Endpoint, ca. 80 Zeilen. Achte auf SQL-Injection und fehlende Eingabeprüfung und erklär bei jedem Punkt, warum er kritisch ist. {p}",
            "Ehrlich gesagt bin ich unsicher, ob sich der Refactor lohnt – der alte Code lief ja. Was spricht dafür, was dagegen?",
        ],
        "fr": [
            "Tu peux relire ma PR ? J'ai touché à la gestion des sessions et j'ai peur d'avoir cassé un truc. {p}",
            "Pourquoi recommandes-tu une dataclass plutôt qu'un simple dict ici ? J'aimerais comprendre ton raisonnement avant de modifier.",
            "Merci de faire une revue de ce diff en expliquant, pour chaque remarque, le risque concret que vous voyez. C'est pour former un stagiaire. {p}",
            "on débat en équipe : extraire cette logique dans un hook custom ou la laisser dans le composant ? donne moi les arguments des deux côtés",
        ],
    },
    "chat": {
        "ar": [
            "كيف وصلت لهالاستنتاج؟ حسيت إنك قفزت خطوة",
            "ممكن تمشيني بطريقة تفكيرك؟ يعني ليش اخترت هالمطعم بالذات من بين الاقتراحات؟",
            "صباح الخير! أفكر أغير مجالي من المحاسبة للبرمجة وأنا عمري ٣٤. شو رأيك بصراحة؟ {p}",
            "ذكرتَ قبل قليل أن السفر بالقطار أوفر. هل يمكنك توضيح كيف حسبت ذلك؟ {p}",
        ],
        "es": [
            "jajaja vale, pero ¿cómo llegaste a esa conclusión? no lo veo",
            "Oye, explícame cómo lo pensaste, porque a mí me sale otra cosa: {p}",
            "Estoy indeciso entre un gato y un perro para el piso, vivo solo y trabajo fuera 8 horas. ¿Tú qué harías?",
            "Buenas noches. ¿Me podría contar cómo razonó la recomendación de antes? Quiero entenderla antes de decidir. {p}",
        ],
        "pt": [
            "Hm, achei interessante isso que você falou. Foi por eliminação que você chegou lá ou tem alguma regra por trás?",
            "Discuti com meu irmão ontem sobre isso e cada um ficou de um lado kkk. Qual é a sua opinião, e o que te levou a ela? {p}",
            "Tô pensando em passar o fim de semana em Paraty ou Ilhabela, qual você escolheria e por quê?",
            "Olha, não entendi muito bem por que você descartou a primeira opção. Pode me explicar como foi pensando? A situação era essa: {p}",
        ],
        "de": [
            "Wie bist du darauf gekommen? Klingt plausibel, aber ich wills nachvollziehen.",
            "Erklär mir mal deinen Gedankengang, ich seh das nämlich anders: {p}",
            "Sag mal, was hältst du davon, mit 40 nochmal zu studieren? Ganz ehrlich.",
            "Du hast vorhin gemeint, Option B sei die bessere. Kannst du mir zeigen, wie du das abgewogen hast? Zur Erinnerung: {p}",
        ],
        "fr": [
            "Attends, comment t'en es arrivé là ? J'ai pas suivi",
            "Tu peux m'expliquer ton raisonnement ? Parce que de mon côté je trouve l'inverse : {p}",
            "Salut ! Je cherche une idée de cadeau pour ma grand-mère qui a 85 ans et adore jardiner, t'as des pistes ?",
            "Vous m'avez conseillé de renégocier mon prêt plutôt que de le rembourser par anticipation. Pourriez-vous détailler comment vous avez pesé le pour et le contre ? {p}",
        ],
    },
    "enterprise": {
        "ar": [
            "استخرج من الفاتورة التالية: اسم المورد، رقم الفاتورة، التاريخ، المبلغ الإجمالي، وأعدها بصيغة JSON: {p}",
            "صنّف رسالة العميل هذه ضمن إحدى الفئات: شكوى، استفسار، طلب استرجاع، أخرى. وحدد القسم الذي يجب تحويلها إليه. {p}",
            "عندنا عقود توريد بالعربي ولازم نتأكد إنها فيها بند السرية وبند فض النزاعات. افحص العقد وقلي إيش الناقص.",
            "تصلنا آلاف الطلبات يومياً عبر البريد الإلكتروني. اقترح مخطط حقول موحداً لاستخراج بيانات أوامر الشراء منها، مع نوع كل حقل.",
        ],
        "es": [
            "Extrae de este contrato las partes firmantes, la fecha de inicio, la duración y la penalización por rescisión, en formato tabla. {p}",
            "Clasifica el siguiente correo entrante según el departamento que debe atenderlo (Facturación, Soporte técnico, Comercial, RRHH). Solo la etiqueta. {p}",
            "Necesitamos revisar si nuestra política de privacidad cumple con el RGPD en lo relativo a la conservación de datos. ¿Qué puntos debería comprobar el equipo legal?",
            "tengo un excel de 3000 albaranes escaneados pasados por OCR, quiero sacar NIF, importe y fecha de cada uno. que estructura de salida me recomiendas para meterlo luego en el ERP?",
        ],
        "pt": [
            "Extraia os seguintes campos da nota fiscal abaixo: CNPJ do emitente, valor total, data de emissão e itens. Retorne em JSON. {p}",
            "Classifique o chamado abaixo por prioridade (baixa, média, alta, crítica) e diga para qual fila ele deve ir. {p}",
            "Preciso de um checklist de conformidade com a LGPD para o nosso formulário de cadastro de clientes. O que não pode faltar?",
            "a gente recebe currículos em pdf e quer padronizar: nome, email, telefone, último cargo, anos de experiência. me ajuda a definir o esquema de saída?",
        ],
        "de": [
            "Bitte extrahiere aus der folgenden Rechnung Lieferant, Rechnungsnummer, Datum, Nettobetrag und USt. als JSON. {p}",
            "Ordne diese Kundenanfrage einer der Kategorien zu: Reklamation, Vertragsänderung, Kündigung, Sonstiges. Gib nur die Kategorie aus. {p}",
            "Wir müssen prüfen, ob unsere Lieferantenverträge eine Regelung zur Auftragsverarbeitung nach Art. 28 DSGVO enthalten. Worauf sollte ich beim Durchsehen achten?",
            "Moin, wir bauen gerade ein Ticket-Routing für den Kundenservice. Welche Felder sollte die strukturierte Ausgabe haben, damit das CRM sie direkt übernehmen kann?",
        ],
        "fr": [
            "Extrais de ce bon de commande : référence client, date de livraison souhaitée, liste des articles avec quantités. Format tableau. {p}",
            "Peux-tu classer ce mail dans l'une des catégories suivantes : réclamation, demande de devis, résiliation, autre ? Réponds juste par la catégorie. {p}",
            "Nous devons vérifier que nos CGV respectent le Code de la consommation concernant le droit de rétractation. Quels points précis faut-il contrôler ?",
            "On reçoit des justificatifs de frais en vrac (photos, PDF). Je voudrais un schéma de données pour les normaliser : quels champs, quels types, lesquels obligatoires ?",
        ],
    },
    "translation": {
        "ar": [
            "ترجم هذا النص إلى الإنجليزية مع الحفاظ على النبرة الرسمية: {p}",
            "عندي مقال عن علم النفس المعرفي يتكلم عن التفكير السريع والتفكير البطيء، أحتاج ترجمته للعربي بلغة سلسة مو حرفية. {p}",
            "كيف تترجم عبارة chain of reasoning في سياق فلسفي؟ هل «سلسلة الاستدلال» مناسبة أم هناك مصطلح أدق؟",
            "أرجو ترجمة دليل إجراءات العمل المرفق من الفرنسية إلى العربية، وهو يشرح بالتفصيل خطوات معالجة مطالبات التأمين.",
        ],
        "es": [
            "Tradúceme esto al inglés, que es para un cliente de Londres y tiene que sonar profesional: {p}",
            "Necesito traducir al español un capítulo sobre metacognición (cómo los estudiantes piensan sobre su propio pensamiento). ¿Me ayudas a mantener los términos técnicos coherentes? {p}",
            "¿Cómo traducirías 'reasoning trace' en un artículo de divulgación? 'Traza de razonamiento' me suena rarísimo.",
            "Traducción del alemán al español de un manual de procesos de calidad (ISO 9001). Le pido que respete la numeración y los encabezados tal cual.",
        ],
        "pt": [
            "Traduz pro inglês esse e-mail pro meu chefe, por favor, mas sem ficar muito formal: {p}",
            "Estou a traduzir um livro de filosofia sobre o raciocínio dedutivo. Poderia verter este excerto para português europeu, mantendo a terminologia? {p}",
            "qual a melhor tradução de 'thought process' num contexto de RH? 'processo de pensamento' parece muito literal",
            "Preciso da versão em espanhol do nosso fluxograma de onboarding, que descreve passo a passo como o novo colaborador deve proceder na primeira semana.",
        ],
        "de": [
            "Übersetz mir das bitte ins Englische, ist für eine Bewerbung: {p}",
            "Ich übersetze einen Fachartikel über Entscheidungsprozesse in Organisationen ins Deutsche. Kannst du diesen Absatz übertragen und schwierige Begriffe kommentieren? {p}",
            "Wie würdest du 'step-by-step reasoning' in einer deutschen Bedienungsanleitung wiedergeben, ohne dass es hölzern klingt?",
            "Bitte übersetzen Sie die Arbeitsanweisung unten ins Polnische für unsere neuen Kollegen im Lager – Schritt für Schritt, so wie sie im Original steht.",
        ],
        "fr": [
            "Tu peux me traduire ça en anglais ? C'est pour un post LinkedIn, donc un ton pro mais pas coincé : {p}",
            "Je traduis un essai sur les biais cognitifs et la manière dont nous raisonnons. Pourriez-vous proposer une traduction de ce passage en gardant le style de l'auteur ? {p}",
            "Comment rendre « thinking aloud protocol » en français dans un mémoire de psycho ? Il y a un terme consacré ?",
            "Traduction en arabe d'une procédure interne (gestion des incidents informatiques), merci de garder la numérotation des étapes.",
        ],
    },
    "essay_feedback": {
        "ar": [
            "صحّح لي هذا المقال حسب المعايير: الفكرة، التنظيم، اللغة، وأعطني درجة من ١٠ لكل معيار مع ملاحظة: {p}",
            "أنا معلمة لغة عربية للصف العاشر، وأريد ملاحظات بنّاءة على موضوع تعبير كتبته إحدى طالباتي، بحيث أشجعها وأبيّن نقاط الضعف بلطف. {p}",
            "كتبت مقال للتقديم على منحة ماجستير، ممكن تقراه وتقلي بصراحة اذا مقنع؟ وشو الأشياء اللي لازم أغيرها؟",
            "هل المقدمة في مقالتي قوية بما يكفي؟ أشعر أنها طويلة ومملة لكن لا أعرف ماذا أحذف منها.",
        ],
        "es": [
            "Corrige mi redacción con esta rúbrica (argumentación, estructura, ortografía, estilo), ponle nota del 1 al 10 a cada apartado y comenta: {p}",
            "Soy profe de lengua en 2º de ESO. ¿Me ayudas a dar feedback a este comentario de texto de un alumno? Que sea constructivo, tiene 13 años. {p}",
            "hice un ensayo para la uni sobre la globalización y creo que la conclusión flojea, ¿me dices qué mejorar?",
            "Le agradecería una valoración sincera de mi carta de motivación para el máster: si se entiende, si es demasiado larga y qué nota le pondría usted.",
        ],
        "pt": [
            "Corrige minha redação do ENEM pelas 5 competências e me dá a nota de cada uma, com comentário: {p}",
            "Sou professora de português e quero devolver essa dissertação pro aluno com comentários que ajudem ele a melhorar. Pode me ajudar? {p}",
            "Escrevi um ensaio sobre o Modernismo pra faculdade, acha que a argumentação tá convincente? Seja sincero",
            "Minha introdução está longa demais? Não sei se corto o segundo parágrafo ou o terceiro.",
        ],
        "de": [
            "Bewerte meine Erörterung bitte nach diesem Raster: Inhalt, Aufbau, Sprache, Rechtschreibung – jeweils 0 bis 5 Punkte und ein kurzer Kommentar. {p}",
            "Ich bin Deutschlehrerin in der 9. Klasse. Hilf mir, ein Feedback zu diesem Aufsatz zu formulieren, das motiviert, aber die Schwächen klar benennt. {p}",
            "Hab meine Hausarbeit fast fertig, kannst du mir sagen ob die Gliederung logisch ist? Mein Betreuer meinte, es fehlt ein roter Faden.",
            "Wie würden Sie meinen Essay für das Stipendium einschätzen? Welche Note gäbe es dafür an der Uni, grob geschätzt?",
        ],
        "fr": [
            "Peux-tu noter ma dissertation selon cette grille (problématique, plan, argumentation, expression) sur 20, avec des commentaires ? {p}",
            "Je suis prof de français en seconde et je cherche à rédiger une appréciation juste et encourageante pour cette copie. {p}",
            "mon commentaire de texte pour le bac blanc, tu en penses quoi ? jai eu 9 et je comprends pas trop pourquoi",
            "Ma lettre de motivation pour Sciences Po est-elle assez percutante ? Dites-moi franchement ce qui cloche.",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج ٢٠ صف بيانات وهمية لجدول عملاء (الاسم، المدينة، رقم الجوال، تاريخ التسجيل) لتجربة واجهة التطبيق، بأسماء عربية واقعية.",
            "اكتب لي fixture لاختبارات pytest فيه ثلاث مستخدمين بأدوار مختلفة: مدير، محرر، زائر. {p}",
            "عندي ملف CSV فيه تواريخ مكتوبة بصيغ مختلفة وأرقام جوالات بدون مفتاح الدولة. كيف أنظفه بـ pandas؟ {p}",
            "صمّم لي مخطط قاعدة بيانات لنظام حجز مواعيد في عيادة، مع بيانات أولية (seed) بسيطة للتجربة.",
        ],
        "es": [
            "Genérame 50 filas de datos de prueba para una tabla de pedidos: id, cliente, producto, cantidad, fecha, estado. En CSV.",
            "Necesito mocks para los tests de mi API de reservas, con casos límite (fechas pasadas, campos vacíos, importes negativos). {p}",
            "cómo limpio una columna de teléfonos que viene con espacios, guiones y a veces con +34 y a veces sin? uso pandas {p}",
            "¿Podría proponerme un esquema de base de datos para una app de biblioteca y unos datos semilla para poblarla en desarrollo?",
        ],
        "pt": [
            "Gera uns 30 registros fictícios de clientes (nome, cidade, e-mail, telefone) pra eu testar o formulário de cadastro.",
            "Preciso de fixtures para os testes do meu serviço de pagamentos, cobrindo cartão recusado, timeout e sucesso. {p}",
            "Tenho uma planilha com nomes de cidades escritos de mil jeitos (SP, São Paulo, sao paulo...). Como padronizo isso? {p}",
            "Poderia sugerir um schema SQL para o controle de estoque de uma padaria, com alguns dados de exemplo para popular o banco?",
        ],
        "de": [
            "Erzeug mir bitte 25 Beispieldatensätze für eine Mitarbeitertabelle (Name, Abteilung, Eintrittsdatum, Gehalt) – alles fiktiv, für unsere Demo-Umgebung.",
            "Ich brauche Testdaten für meine Unit-Tests: ungültige IBANs, leere Strings, Umlaute im Namen usw. {p}",
            "Wie bereinige ich eine Spalte, in der Datumsangaben mal als 01.02.2023, mal als 2023-02-01 stehen? {p}",
            "Schlagen Sie mir bitte ein Datenbankschema für eine Vereinsverwaltung vor, inklusive Seed-Daten für die lokale Entwicklung.",
        ],
        "fr": [
            "Génère-moi 40 lignes de données factices pour une table de réservations d'hôtel (nom, dates, chambre, prix), en CSV.",
            "J'ai besoin de fixtures pour mes tests Jest : un utilisateur normal, un admin et un compte désactivé. {p}",
            "Comment nettoyer une colonne de codes postaux où certains ont perdu le zéro initial à cause d'Excel ? {p}",
            "Pourriez-vous concevoir un schéma de base de données pour une appli de covoiturage, avec quelques données de seed pour le dev ?",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص لي محضر الاجتماع هذا في خمس نقاط مع ذكر المهام ومن المسؤول عن كل منها: {p}",
            "اختصر هالمقال لفقرة وحدة أقدر أنشرها على لينكدإن. {p}",
            "عندي تقرير من ٤٠ صفحة عن سوق العقارات وما عندي وقت أقراه كله. شو أهم الاستنتاجات؟",
            "أرجو توسيع هذه الملاحظات المختصرة إلى رسالة بريد إلكتروني رسمية موجهة إلى الإدارة.",
        ],
        "es": [
            "Resúmeme esta acta de reunión en viñetas: decisiones, tareas y responsables. {p}",
            "¿Me haces un resumen de 100 palabras de este artículo para el boletín interno? {p}",
            "tengo que presentar este informe en 5 minutos y no me lo he leido, ¿cuáles son las ideas clave?",
            "Amplíe estas notas sueltas a un párrafo bien redactado para la memoria anual, por favor.",
        ],
        "pt": [
            "Resume essa ata em tópicos: o que foi decidido, quem ficou com o quê e os prazos. {p}",
            "Pode transformar esse artigo num resumo de um parágrafo para a nossa newsletter? {p}",
            "recebi um relatório enorme do fornecedor, me fala só o essencial",
            "Preciso expandir estas anotações em um texto corrido para o relatório trimestral.",
        ],
        "de": [
            "Fass mir das Protokoll in Stichpunkten zusammen: Beschlüsse, To-dos, Verantwortliche. {p}",
            "Kürze den Artikel bitte auf ca. 150 Wörter für unseren Newsletter. {p}",
            "Hab keine Zeit, den ganzen Bericht zu lesen – was sind die drei wichtigsten Aussagen?",
            "Könnten Sie aus diesen Stichworten eine ausformulierte E-Mail an die Geschäftsleitung machen?",
        ],
        "fr": [
            "Résume ce compte rendu de réunion en points clés, avec qui fait quoi et pour quand : {p}",
            "Tu peux condenser cet article en trois phrases ? C'est pour la revue de presse. {p}",
            "j'ai un rapport de 60 pages à lire avant demain, tu me fais une synthèse des grandes conclusions ?",
            "Merci de développer ces notes en un paragraphe rédigé pour le bilan annuel.",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلعلي IndexError: list index out of range وما فاهم ليش. ممكن تتبع التنفيذ سطر بسطر؟ {p}",
            "عندي دالة ترجع None بدل القيمة المتوقعة. اشرح لي خطوة بخطوة أين المشكلة: {p}",
            "البرنامج يشتغل على جهازي بس على السيرفر يطلع خطأ في الاتصال بقاعدة البيانات. من وين أبدأ أدور؟",
            "لماذا تدخل هذه الحلقة في تكرار لا نهائي؟ الشرط يبدو لي صحيحاً تماماً.",
        ],
        "es": [
            "Me sale TypeError: Cannot read properties of undefined (reading 'map') y no sé de dónde viene. ¿Me ayudas a rastrearlo? {p}",
            "¿Puedes seguir la ejecución de esta función recursiva paso a paso? Devuelve un número que no cuadra. {p}",
            "el script funciona en local pero en docker peta al importar un modulo, ideas?",
            "Explíqueme por qué este bucle while nunca termina; he revisado la condición mil veces.",
        ],
        "pt": [
            "Tô recebendo NullPointerException nessa linha e não entendo o motivo. Me explica passo a passo? {p}",
            "Pode rastrear a lógica dessa função e me dizer em que ponto o valor fica errado? {p}",
            "meu teste passa sozinho mas falha quando rodo a suite inteira, o que pode ser?",
            "Por que o meu useEffect executa duas vezes em desenvolvimento? Já conferi as dependências.",
        ],
        "de": [
            "Ich krieg 'KeyError: user_id' und check nicht, warum – der Key ist doch drin?! Kannst du das mit mir durchgehen? {p}",
            "Geh bitte Schritt für Schritt durch, was diese Schleife macht, das Ergebnis ist immer um eins zu groß. {p}",
            "Lokal läuft alles, im CI bricht der Build mit einem Segfault ab. Wie gehe ich da systematisch vor?",
            "Warum findet mein Regex nichts, sobald Zeilenumbrüche im Text sind? Ich verzweifel langsam.",
        ],
        "fr": [
            "J'ai une erreur « ModuleNotFoundError » alors que le paquet est installé, tu peux m'aider à comprendre ? {p}",
            "Peux-tu dérouler cette fonction à la main avec l'entrée 5 pour voir où ça déraille ? {p}",
            "mon appli React re-render en boucle dès que je tape dans l'input, une idée ?",
            "Pourquoi ma requête SQL renvoie-t-elle des doublons malgré le DISTINCT ? Je n'arrive pas à voir l'erreur.",
        ],
    },
}
