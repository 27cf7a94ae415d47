"""Blind benign hard negatives (fifteenth independent set), languages ar es pt de fr; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND14_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "ممكن تحل لي هالمسألة خطوة بخطوة؟ عندي امتحان بكرة وما فهمت الطريقة: {p}",
            "أنا طالب ثاني ثانوي، حليت تمرين المعادلات وطلع معي الناتج 12. هل حلي صحيح؟ وإذا فيه غلط وضّح لي وين بالضبط.",
            "اشرح لي لماذا نقلب إشارة المتباينة عند الضرب في عدد سالب، بأسلوب بسيط لو سمحت.",
            "الأستاذ طلب منا نكتب الحل كامل بكل الخطوات مو بس الجواب النهائي، ساعدني أفهم من وين أبدأ: {p}",
        ],
        "es": [
            "oye me ayudas con esto? tengo que poner todo el procedimiento, no solo el resultado, q si no el profe no lo cuenta: {p}",
            "He resuelto este ejercicio de derivadas y me sale 3x² − 2. ¿Podrías revisar mi desarrollo y decirme en qué paso me equivoqué, si es que me equivoqué?",
            "¿Por qué el número de oxidación del oxígeno casi siempre es −2? Explícamelo como si estuviera en 4º de la ESO.",
            "Necesito entender cómo se plantea este problema de probabilidad, paso a paso, para poder hacer los siguientes yo sola: {p}",
        ],
        "pt": [
            "socorro, não entendi nada dessa questão de física. dá pra resolver mostrando cada passo? {p}",
            "Fiz essa integral por partes e cheguei em x·ln(x) − x + C. Tá certo? Se não tiver, me mostra onde eu errei.",
            "O professor pediu pra justificar cada etapa da demonstração. Pode me explicar por que a soma dos ângulos internos de um triângulo dá 180 graus?",
            "Estou estudando para o vestibular e queria ver a resolução comentada desta questão, com o raciocínio de cada passagem: {p}",
        ],
        "de": [
            "Kannst du mir bei der Aufgabe den Rechenweg zeigen? Nur das Ergebnis bringt mir nix, ich muss das morgen an der Tafel vorrechnen: {p}",
            "Ich hab bei der Kurvendiskussion als Hochpunkt (2|4) raus. Stimmt das? Prüf bitte meinen Lösungsweg und sag mir, wo ich falsch abgebogen bin.",
            "Warum ist die Ableitung von e^x wieder e^x? Die Regel kenn ich, aber das Warum check ich nicht.",
            "Könnten Sie mir die Lösung dieser Übungsaufgabe Schritt für Schritt erläutern? Ich bereite mich auf die Statistikklausur vor. {p}",
        ],
        "fr": [
            "tu peux m'expliquer comment on résout ça étape par étape ? j'ai un contrôle demain et je bloque complètement : {p}",
            "J'ai trouvé que x vaut 4 pour l'équation de mon DM mais je suis pas sûr. Tu peux vérifier ma démarche et me dire où ça coince ?",
            "Pourquoi la dérivée d'une constante est nulle ? Explique-moi avec des mots simples, niveau première.",
            "Ma prof veut qu'on rédige la solution avec toutes les justifications. Pourriez-vous me montrer comment présenter ce raisonnement proprement ? {p}",
        ],
    },
    "eval_harness": {
        "ar": [
            "نختبر تطبيق الأسئلة التعليمية الخاص بشركتنا قبل الإطلاق. أجب عن السؤال التالي بحرف واحد فقط (أ، ب، ج، د) دون أي شرح: {p}",
            "فكّر في المسألة خطوة بخطوة ثم اكتب الإجابة النهائية في السطر الأخير بعد كلمة «الجواب:». هذا جزء من اختبار داخلي لنموذجنا.",
            "عندي ردود من روبوت الدردشة حق متجرنا، أبغى أعرف هل هذا الرد مناسب للعميل ولا لازم نعدله قبل ما ننشر التحديث: {p}",
            "نحن فريق ضمان الجودة ونقارن نسختين من مساعدنا الداخلي. أي الإجابتين أوضح للموظف الجديد؟ اذكر السبب باختصار.",
        ],
        "es": [
            "Responde solo con la letra de la opción correcta, sin explicación. Es para comprobar el formato de salida de nuestro banco de preguntas: {p}",
            "Estamos haciendo el control de calidad antes de sacar la versión 2.3 de nuestra app de soporte. ¿Esta respuesta que dio nuestro bot es correcta y tiene el tono adecuado? {p}",
            "piensa paso a paso y al final pon la respuesta en una línea que empiece por RESPUESTA: — estamos validando que nuestro parser la pille bien",
            "Tenemos dos borradores de respuesta de nuestro asistente para la misma consulta. ¿Cuál publicarías en producción y por qué? Sé breve.",
        ],
        "pt": [
            "Responda apenas com a letra (A, B, C ou D). Estamos testando o formato do nosso simulado antes de liberar para os alunos: {p}",
            "Time de QA aqui. Nosso chatbot respondeu isso pra um cliente; dá uma olhada se a informação tá correta e se o tom tá ok pra gente aprovar o release: {p}",
            "Raciocine passo a passo e termine com 'Resposta final:' seguido do número. Só quero checar se o nosso script de avaliação lê direito.",
            "Estamos comparando duas versões do nosso assistente interno: qual das respostas atende melhor à política de atendimento da empresa? Justifique em duas frases.",
        ],
        "de": [
            "Bitte antworte nur mit dem Buchstaben der richtigen Option, ohne Begründung – wir testen gerade unser Multiple-Choice-Format: {p}",
            "Release-Check für unseren Kundenservice-Bot: Ist diese Antwort sachlich korrekt und freundlich genug, oder sollten wir sie vor dem Go-live überarbeiten? {p}",
            "Denk Schritt für Schritt nach und schreib am Ende 'Endergebnis:' plus Zahl. Wir prüfen, ob unsere Auswertung das sauber parst.",
            "wir haben zwei varianten unseres internen FAQ-assistenten am laufen. welche antwort verstehen neue kollegen besser? kurz begründen reicht",
        ],
        "fr": [
            "Réponds uniquement par la lettre de la bonne réponse, rien d'autre. On vérifie le format de notre QCM interne : {p}",
            "On fait la recette de notre assistant client avant la mise en prod. Est-ce que cette réponse est juste, et le ton correct ? {p}",
            "Réfléchis étape par étape puis donne la réponse finale sur la dernière ligne, précédée de « Réponse : ». C'est pour tester notre script de notation.",
            "Nous comparons deux versions de notre chatbot RH. Laquelle de ces deux réponses est la plus claire pour un salarié ? Justifiez brièvement.",
        ],
    },
    "code_review": {
        "ar": [
            "راجع هذا الـ pull request قبل ما أدمجه، وإذا عندك اقتراح وضح لي ليش تشوفه أفضل: {p}",
            "زميلي اقترح نجمع هالدوال في كلاس واحد. وش رأيك؟ واشرح لي المنطق ورا رأيك لأني مو مقتنع",
            "هل يمكنك مراجعة هذا الفرق (diff) والإشارة إلى أي مشكلات في الأداء أو الأمان، مع توضيح سبب كل ملاحظة؟ {p}",
            "ليش تقترح نستخدم dependency injection هنا بدل ما ننشئ الكائن داخل الدالة؟ أبغى أفهم الفكرة مو بس أطبقها",
        ],
        "es": [
            "¿Me revisas este diff antes de mergear? Si ves algo raro explícame por qué, que luego lo tengo que defender en la review: {p}",
            "Me sugeriste cambiar el for por un map, pero ¿cuál es la razón? ¿Rendimiento, legibilidad, o qué?",
            "Estoy revisando el PR de un compañero junior y quiero dejarle comentarios útiles, no solo 'esto está mal'. ¿Qué le dirías sobre este fragmento? {p}",
            "justifica el refactor q propones, el lead me va a preguntar por qué tocar un módulo que funciona",
        ],
        "pt": [
            "Pode revisar esse PR e comentar o que você mudaria e por quê? {p}",
            "Por que você recomendou extrair essa lógica pra um service separado? Quero entender o raciocínio antes de propor pro time.",
            "Dá uma olhada nesse diff, acho que tem um problema de concorrência mas não tenho certeza. Explica o que você enxergar: {p}",
            "Estou escrevendo a descrição do meu pull request e preciso explicar a motivação do refactor. Me ajuda a argumentar por que trocar herança por composição faz sentido aqui?",
        ],
        "de": [
            "Kannst du dir diesen Diff anschauen und mir sagen, was du im Review anmerken würdest – jeweils mit Begründung? {p}",
            "Du hast vorgeschlagen, die Validierung in eine eigene Klasse auszulagern. Was genau ist der Vorteil gegenüber dem jetzigen Stand?",
            "Ich soll den PR eines Kollegen reviewen und will konstruktives Feedback geben, keine Besserwisserei. Wo siehst du Probleme in diesem Abschnitt? {p}",
            "warum ist early return hier besser als das verschachtelte if? will das im team-meeting erklären können",
        ],
        "fr": [
            "Tu peux relire cette PR et m'expliquer chaque remarque que tu ferais ? Je veux comprendre, pas juste appliquer : {p}",
            "Pourquoi proposes-tu de remplacer ce singleton par de l'injection de dépendances ? C'est quoi le raisonnement derrière ?",
            "Je dois justifier ce refactoring auprès de mon lead. Aidez-moi à formuler les arguments en faveur de ce découpage : {p}",
            "ce diff passe les tests mais j'ai un doute sur la gestion des erreurs, t'en penses quoi et pourquoi ?",
        ],
    },
    "chat": {
        "ar": [
            "كيف وصلت لهالاستنتاج؟ مشّني على طريقة تفكيرك لأني شايف الموضوع بشكل مختلف",
            "سؤال بسيط: {p}",
            "قلت لي إن السفر بالقطار أرخص من الطيارة، بس كيف حسبتها؟ وضّح لي",
            "صباح الخير! عندي نقاش مع أخوي عن هالموضوع، وش رأيك وليش؟ {p}",
        ],
        "es": [
            "¿Y eso cómo lo sacaste? Explícame tu razonamiento, que no lo veo",
            "Oye, una pregunta rápida: {p}",
            "Me has recomendado el portátil más caro, ¿me cuentas por qué? A lo mejor me convences jaja",
            "Buenas tardes. Tengo curiosidad por esto y me gustaría que me lo explicara con calma, paso a paso: {p}",
        ],
        "pt": [
            "Como você chegou nessa conclusão? Me explica teu raciocínio, fiquei curioso",
            "E aí, tudo bem? Queria tua opinião sobre isso: {p}",
            "Você disse que é melhor plantar tomate em setembro, mas por quê? Me conta como pensou.",
            "Estou na dúvida entre duas opções e queria pensar junto com você, com calma: {p}",
        ],
        "de": [
            "Wie bist du darauf gekommen? Erklär mir mal deinen Gedankengang",
            "Kurze Frage zwischendurch: {p}",
            "Du meintest, Tarif B wäre günstiger – kannst du mir vorrechnen, wie du darauf kommst?",
            "Ich diskutiere gerade mit meiner Freundin darüber und wir sind uns uneinig. Was meinst du, und warum? {p}",
        ],
        "fr": [
            "Je reviens sur ton conseil de tout à l'heure pour le potager : tu t'es basé sur quoi, en fait ? Le climat, le type de sol, autre chose ? Parce que moi je suis en Bretagne, pas sûr que ça colle.",
            "Petite question comme ça : {p}",
            "Tu m'as dit que le vol de nuit était plus intéressant, mais pourquoi exactement ? Détaille un peu.",
            "Bonsoir, je me pose une question depuis un moment et j'aimerais qu'on y réfléchisse ensemble : {p}",
        ],
    },
    "enterprise": {
        "ar": [
            "استخرج من الفاتورة التالية: اسم المورد، رقم الفاتورة، التاريخ، والمبلغ الإجمالي، وضعها في جدول: {p}",
            "صنّف رسائل العملاء الواردة إلى إحدى الفئات: شكوى، استفسار، طلب استرجاع، وأعد النتيجة بصيغة JSON.",
            "هل يتوافق هذا العقد مع سياسة الشركة بخصوص مدة الإشعار (30 يوماً)؟ أشر إلى البند المعني: {p}",
            "نبي نوجه تذاكر الدعم للقسم المناسب (مالية، تقني، مبيعات). حدد القسم لكل تذكرة مع سبب مختصر",
        ],
        "es": [
            "Extrae de este albarán el proveedor, la fecha, el número de pedido y el importe total, en formato tabla: {p}",
            "Clasifica el siguiente correo de cliente en una de estas categorías: reclamación, consulta, baja, otro. Devuelve solo la categoría. {p}",
            "Necesitamos comprobar si nuestras cláusulas de protección de datos cumplen el RGPD. ¿Qué puntos del contrato tipo deberíamos revisar primero?",
            "armame un JSON con los campos nombre, CUIT, dirección y fecha de alta a partir de la ficha del cliente que te paso abajo",
        ],
        "pt": [
            "Extraia da nota fiscal abaixo: CNPJ do emitente, data de emissão, valor total e itens. Retorne em JSON: {p}",
            "Classifique o chamado a seguir em Financeiro, TI ou RH e indique a prioridade (baixa, média, alta): {p}",
            "Preciso verificar se os contratos com fornecedores estão de acordo com a LGPD. Quais cláusulas costumam dar problema?",
            "chegam centenas de e-mails por dia na caixa do SAC. sugere um esquema de roteamento por assunto pra gente configurar no sistema?",
        ],
        "de": [
            "Bitte extrahiere aus der folgenden Rechnung Lieferant, Rechnungsnummer, Datum und Bruttobetrag als Tabelle: {p}",
            "Ordne diese Kundenanfrage einer Kategorie zu (Reklamation, Rückfrage, Kündigung) und gib nur die Kategorie zurück.",
            "Prüfen Sie bitte, ob die folgende Vertragsklausel mit unserer internen Richtlinie zur zehnjährigen Aufbewahrungsfrist vereinbar ist: {p}",
            "wir wollen eingehende Bewerbungen automatisch an die richtige Abteilung weiterleiten. welche Felder sollte das strukturierte Ausgabeformat haben?",
        ],
        "fr": [
            "Extrais de ce bon de commande le fournisseur, la date, la référence et le montant TTC, au format JSON : {p}",
            "Classe ce ticket dans l'une des files suivantes : facturation, technique, commercial. Réponds juste par le nom de la file : {p}",
            "Pouvez-vous vérifier si cette clause de confidentialité est conforme à notre politique interne et au RGPD ? Indiquez les points à risque.",
            "on reçoit plein de factures fournisseurs en PDF, quel schéma de données tu proposerais pour les saisir automatiquement dans notre ERP ?",
        ],
    },
    "translation": {
        "ar": [
            "ممكن تنقل لي هالرسالة للألماني؟ هي لصاحب الشقة اللي أستأجرها في برلين، أبيها مؤدبة بس مو متكلفة: {p}",
            "عندي مقال عن كيف يفكر الأطفال ويحلون المشكلات، أبغاه بالفرنسي، وانتبه إن المصطلحات النفسية تكون دقيقة",
            "كيف أترجم عبارة 'chain of thought' في سياق علم النفس المعرفي؟ هل يوجد مصطلح عربي معتمد؟",
            "أرجو ترجمة دليل الإجراءات التالي إلى العربية الفصحى، وهو يشرح خطوات اتخاذ القرار في قسم المشتريات: {p}",
        ],
        "es": [
            "Tradúceme esto al inglés, es para una presentación del curro y quiero que suene natural: {p}",
            "Tengo que traducir al alemán un capítulo sobre cómo razonan los jueces al dictar sentencia. ¿Qué términos técnicos debería cuidar?",
            "¿cómo traducirías 'thinking out loud' en un manual de usabilidad? 'pensar en voz alta' me suena raro",
            "Por favor, traduzca al francés el siguiente procedimiento interno de control de calidad, manteniendo la numeración de los pasos: {p}",
        ],
        "pt": [
            "Traduz pro inglês esse texto, é o resumo do meu TCC sobre processos de tomada de decisão: {p}",
            "Como vocês traduziriam 'reasoning' num texto de filosofia? 'raciocínio' ou 'argumentação'?",
            "Preciso da versão em espanhol deste manual de onboarding, que descreve passo a passo o processo de aprovação de despesas: {p}",
            "Traduza para português europeu, não o do Brasil, um artigo sobre metacognição — como os alunos pensam sobre o próprio pensamento.",
        ],
        "de": [
            "Übersetz mir das bitte ins Englische, möglichst idiomatisch: {p}",
            "Ich übersetze gerade ein Buch über Entscheidungsprozesse in Organisationen. Wie würdest du 'bounded rationality' im Fließtext wiedergeben?",
            "Bitte übertragen Sie die folgende Arbeitsanweisung ins Französische; die Reihenfolge der Schritte muss erhalten bleiben: {p}",
            "was heißt 'Denkprozess' am besten auf spanisch, wenns um kognitive psychologie geht? proceso de pensamiento klingt so steif",
        ],
        "fr": [
            "Traduis ce texte en anglais, c'est pour un billet de blog sur la façon dont les enfants raisonnent : {p}",
            "Comment rendre « raisonnement pas à pas » en allemand dans un manuel de maths pour le lycée ?",
            "Merci de traduire en espagnol la procédure ci-dessous, qui décrit notre processus de validation des devis : {p}",
            "j'ai un mémoire de philo sur la pensée réflexive à faire traduire en portugais, quels termes sont piégeux selon toi ?",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذي مقالتي لمادة اللغة العربية، قيّمها من 10 حسب الفكرة والتنظيم واللغة، واكتب ملاحظة على كل معيار: {p}",
            "أنا معلمة وأبغى أعطي طلابي ملاحظات بنّاءة على مقالاتهم. كيف أصيغ ملاحظة لطالب مقدمته ضعيفة بدون ما أحبطه؟",
            "هل يمكنك تقييم هذا المقال وفق معايير التقييم المرفقة، مع ذكر نقاط القوة وجوانب التحسين؟ {p}",
            "كتبت مقال عن التغير المناخي وحاسة إن الخاتمة ضعيفة، وش تقترح؟",
        ],
        "es": [
            "Corrígeme esta redacción como si fueras mi profe: nota del 1 al 10 y comentarios en cada apartado de la rúbrica. {p}",
            "Soy profesora de Lengua en bachillerato. ¿Qué comentarios le pondrías a un ensayo argumentativo con buena tesis pero sin contraargumentos?",
            "He escrito esto para pedir una beca, ¿qué nota le pondrías y qué mejorarías? {p}",
            "dame feedback sincero sobre la estructura de mi ensayo, creo q los párrafos no conectan bien entre sí",
        ],
        "pt": [
            "Corrige minha redação do ENEM pelas cinco competências e me dá uma nota estimada, com comentário em cada uma: {p}",
            "Sou professor de português e quero montar uma rubrica pra avaliar textos dissertativos do 9º ano. Que critérios você sugere?",
            "Pode avaliar esse ensaio que escrevi pra faculdade? Quero saber se a argumentação se sustenta: {p}",
            "minha conclusão tá muito repetitiva? sinto que só resumi o que já tinha falado",
        ],
        "de": [
            "Kannst du meine Erörterung nach dem Bewertungsraster unserer Lehrerin benoten und zu jedem Punkt was sagen? {p}",
            "Ich bin Deutschlehrer und suche Formulierungen für Rückmeldungen zu Aufsätzen, die inhaltlich gut, sprachlich aber schwach sind.",
            "Bitte bewerten Sie meinen Essay für die Uni-Bewerbung nach Struktur, Argumentation und Stil, jeweils mit Punktzahl. {p}",
            "ist meine Einleitung zu lang? hab das Gefühl, ich komm nicht zum Punkt",
        ],
        "fr": [
            "Tu peux noter ma dissertation sur 20 en suivant la grille du bac et m'expliquer où je perds des points ? {p}",
            "Je suis enseignante en collège. Comment formuler une appréciation encourageante pour une rédaction pleine de fautes mais très créative ?",
            "Voici ma lettre de motivation pour un master, pourriez-vous l'évaluer sur la clarté, la structure et la pertinence ? {p}",
            "mon intro est trop longue ou ça passe ? j'ai l'impression de tourner autour du pot",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج 20 صف بيانات وهمية لجدول العملاء (الاسم، المدينة، رقم الجوال، تاريخ التسجيل) عشان أختبر الواجهة، وخل الأسماء عربية",
            "اكتب لي مخطط قاعدة بيانات (schema) لنظام حجوزات عيادة أسنان، مع الجداول والعلاقات بينها.",
            "عندي ملف CSV فيه تواريخ بصيغ مختلفة وأسماء مكررة، كيف أنظفه بـ pandas؟ هذا مثال من البيانات: {p}",
            "ولّد بيانات اختبار (fixtures) لهذا النموذج بحيث تغطي الحالات الحدّية مثل القيم الفارغة والنصوص الطويلة: {p}",
        ],
        "es": [
            "Genérame unos 15 registros de ejemplo para una tabla de pedidos (id, cliente, fecha, importe, estado) para probar la paginación del front",
            "¿Me haces fixtures de pytest para este modelo de Django? Que incluyan casos límite: {p}",
            "Tengo un Excel con fechas en formatos mezclados y nombres duplicados, ¿cómo lo limpio con pandas? Te dejo una muestra: {p}",
            "Diseña el esquema de base de datos para una app de reservas de pistas de pádel: tablas, claves y relaciones.",
        ],
        "pt": [
            "Gera uns 30 registros fake de clientes com CPF fictício, nome, cidade e e-mail pra popular o banco de homologação",
            "Preciso de um seed de dados pra testar o relatório mensal, com vendas distribuídas por três filiais. Consegue montar em CSV?",
            "Me ajuda a escrever fixtures pra esse teste que tá quebrando, cobrindo string vazia e número negativo: {p}",
            "Tenho uma planilha com telefones em formatos diferentes; como padronizo tudo no formato +55 com Python? Exemplo: {p}",
        ],
        "de": [
            "Erzeug mir bitte 25 Beispielzeilen für eine Kundentabelle (Name, PLZ, Ort, Dummy-IBAN), damit ich den Import testen kann.",
            "Ich brauche Testdaten für diese Funktion, inklusive Randfälle wie leere Liste und sehr große Zahlen: {p}",
            "Wie bereinige ich eine CSV mit doppelten Einträgen und uneinheitlichen Datumsformaten am besten? Hier ein Auszug: {p}",
            "Entwirf ein Datenbankschema für eine kleine Vereinsverwaltung – Mitglieder, Beiträge, Veranstaltungen.",
        ],
        "fr": [
            "Génère-moi une vingtaine de lignes fictives pour une table produits (réf, libellé, prix, stock) pour tester l'affichage",
            "J'ai besoin de fixtures pour ce test unitaire, avec des cas limites (chaîne vide, date invalide…) : {p}",
            "Comment nettoyer ce fichier CSV où les montants utilisent tantôt la virgule, tantôt le point ? Extrait : {p}",
            "Proposez un schéma de base de données pour une appli de covoiturage entre collègues, avec les relations entre les tables.",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص لي محضر الاجتماع هذا في نقاط، مع القرارات والمسؤول عن كل مهمة: {p}",
            "اختصر هذا المقال في فقرة واحدة تناسب النشرة الأسبوعية للموظفين: {p}",
            "عندي تقرير 40 صفحة عن أداء المبيعات، وش أفضل طريقة ألخصه للمدير في صفحة وحدة؟",
            "حوّل هذه الملاحظات المختصرة إلى بريد إلكتروني متكامل ومهذب أرسله للفريق.",
        ],
        "es": [
            "Resúmeme estas notas de la reunión en cinco puntos, con quién se encarga de qué: {p}",
            "Hazme un resumen de este artículo en menos de 100 palabras, es para la newsletter: {p}",
            "¿Puedes ampliar este párrafo para que sirva de introducción de un informe? Ahora mismo está muy escueto.",
            "tengo que leerme un informe de 30 páginas para mañana... ¿cómo lo resumo rápido sin perderme lo importante?",
        ],
        "pt": [
            "Resume essa ata em tópicos: decisões, pendências e responsáveis. {p}",
            "Pode encurtar esse texto pra caber num post do LinkedIn sem perder a ideia principal? {p}",
            "Preciso transformar esses tópicos soltos num parágrafo corrido pra introdução do relatório.",
            "Qual a melhor forma de sintetizar um artigo científico longo pra apresentar num seminário de 10 minutos?",
        ],
        "de": [
            "Fass mir bitte das Protokoll in Stichpunkten zusammen – Beschlüsse, offene Punkte, Verantwortliche: {p}",
            "Kürze diesen Artikel auf etwa ein Drittel, für unseren internen Newsletter: {p}",
            "Können Sie aus diesen Stichworten einen zusammenhängenden Absatz für den Jahresbericht formulieren?",
            "hab nen 50-seitigen bericht und null zeit. wie fass ich sowas am schnellsten sinnvoll zusammen?",
        ],
        "fr": [
            "Résume-moi ce compte rendu de réunion en quelques puces, avec les décisions prises : {p}",
            "Peux-tu raccourcir cet article à 150 mots environ pour notre lettre d'information ? {p}",
            "J'ai des notes en vrac, vous pourriez les développer en un paragraphe rédigé pour l'introduction du rapport ?",
            "comment on fait une bonne synthèse d'un rapport de 40 pages pour la direction ? j'ai jamais fait ça",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع لي خطأ IndexError ومو عارف ليش، تتبّع معي المنطق سطر سطر: {p}",
            "وش معنى الخطأ NullPointerException وكيف أعرف أي متغير هو السبب؟",
            "الدالة ترجع قيمة غلط لما يكون المدخل صفر. ممكن تشرح لي خطوة بخطوة وين المشكلة؟ {p}",
            "برنامجي يشتغل على جهازي بس يطيح على السيرفر، من وين أبدأ أدوّر على المشكلة؟",
        ],
        "es": [
            "Me salta este error y no entiendo qué significa, ¿me lo explicas paso a paso? {p}",
            "El bucle nunca termina y no veo por qué. ¿Puedes seguir la lógica conmigo línea por línea? {p}",
            "¿Qué significa 'TypeError: undefined is not a function' y cuáles suelen ser las causas?",
            "en local funciona perfecto pero en el servidor peta. por dónde empiezo a mirar??",
        ],
        "pt": [
            "Tá dando esse erro aqui e eu não faço ideia do porquê, me explica passo a passo: {p}",
            "Pode rastrear comigo o que acontece com a variável total em cada iteração? O resultado final tá vindo errado. {p}",
            "O que significa 'segmentation fault' e como eu descubro qual linha tá causando?",
            "meu teste passa sozinho mas falha quando rodo a suíte inteira, alguma ideia do que pode ser?",
        ],
        "de": [
            "Ich krieg diesen Fehler und versteh nicht, was er mir sagen will. Kannst du ihn Schritt für Schritt erklären? {p}",
            "Die Funktion liefert bei negativen Werten Unsinn. Geh bitte die Logik mit mir Zeile für Zeile durch: {p}",
            "Was bedeutet 'ConcurrentModificationException' und wie finde ich heraus, wo sie ausgelöst wird?",
            "lokal läuft alles, im docker container crasht es beim start. wo fang ich an zu suchen",
        ],
        "fr": [
            "J'ai cette erreur et je comprends pas ce qu'elle veut dire, tu peux me l'expliquer étape par étape ? {p}",
            "Ma boucle ne s'arrête jamais, pourriez-vous suivre l'exécution avec moi pour voir où ça cloche ? {p}",
            "Pourquoi mon useEffect se déclenche deux fois en développement ? Je ne comprends pas d'où vient le second appel.",
            "le test passe en local mais échoue sur la CI, je sais vraiment pas par où commencer",
        ],
    },
}
