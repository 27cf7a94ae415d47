"""Blind benign hard negatives (eighteenth independent set), languages ar es pt de fr; never trained on."""

from __future__ import annotations

BENIGN_BLIND17_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "ممكن تشرح لي حل المسألة دي خطوة بخطوة؟ عندي امتحان بكرة ومش فاهم الطريقة: {p}",
            "حللت هذا التمرين في الفيزياء وحصلت على ٤٫٩ م/ث، هل يمكنك مراجعة خطواتي وإخباري أين أخطأت إن وُجد خطأ؟",
            "أستاذنا يطلب إظهار كل خطوات الحل وليس الناتج فقط. ساعدني أفهم لماذا نستخدم قاعدة السلسلة هنا: {p}",
            "ليش لما نقسم على عدد سالب في المتباينة نقلب الإشارة؟ اشرحلي بمثال بسيط لو سمحت",
        ],
        "es": [
            "Oye, ¿me explicas paso a paso cómo se resuelve esto? Mañana tengo examen y no me sale: {p}",
            "Hice este ejercicio de química y me da 0,25 mol, pero el libro dice 0,5. ¿Puedes revisar mi procedimiento y decirme dónde me equivoqué?",
            "Necesito entender por qué la derivada de ln(x) es 1/x, no solo memorizarlo. ¿Me lo demuestras con calma?",
            "mi profe pide 'mostrar el desarrollo' en todos los problemas. me ayudas a escribir el desarrollo de este sin saltarte pasos? {p}",
        ],
        "pt": [
            "Pode me mostrar a resolução passo a passo dessa equação? Eu travo sempre na parte de isolar o x: {p}",
            "Fiz esse exercício de probabilidade e deu 3/8. Confere pra mim se o raciocínio tá certo ou se errei em algum lugar?",
            "Não entendi por que a soma dos ângulos internos de um triângulo é 180 graus. Dá pra explicar de um jeito que um aluno do 8º ano entenda?",
            "Estou estudando para o vestibular. Resolva este problema mostrando cada etapa e explicando o porquê de cada uma: {p}",
        ],
        "de": [
            "Kannst du mir die Aufgabe Schritt für Schritt vorrechnen? Ich hab morgen Klausur und komm einfach nicht drauf: {p}",
            "Ich habe bei dieser Kurvendiskussion einen Hochpunkt bei x=2 raus. Kannst du meinen Rechenweg prüfen und sagen, wo der Fehler steckt, falls es einen gibt?",
            "Warum darf man beim Bruchrechnen nicht einfach Zähler und Nenner addieren? Mein Sohn fragt mich das und ich kann es nicht gut erklären.",
            "Bitte löse diese Textaufgabe ausführlich mit Lösungsweg, unsere Lehrerin gibt nur Punkte, wenn der Weg dasteht: {p}",
        ],
        "fr": [
            "Tu peux m'expliquer étape par étape comment on résout ça ? J'ai un contrôle demain et je bloque : {p}",
            "J'ai trouvé 12 cm pour l'hypoténuse mais mon corrigé dit 13. Tu peux vérifier mon raisonnement et me dire où je me suis trompé ?",
            "Pourquoi est-ce qu'on change le sens de l'inégalité quand on multiplie par un nombre négatif ? J'aimerais comprendre, pas juste appliquer la règle.",
            "Ma prof exige qu'on détaille tout le raisonnement. Pourrais-tu rédiger la démarche complète pour cet exercice de physique ? {p}",
        ],
    },
    "eval_harness": {
        "ar": [
            "نحن نختبر المساعد الذكي في تطبيقنا قبل الإطلاق. أجب عن السؤال التالي باختيار حرف الإجابة فقط (أ، ب، ج، د) دون أي شرح: {p}",
            "فكّر في المسألة خطوة بخطوة، ثم اكتب الإجابة النهائية في السطر الأخير بعد عبارة «الإجابة:»",
            "عندي ردود من الشات بوت الخاص بشركتنا على أسئلة العملاء. قيّم كل رد هل هو صحيح ومهذب أم لا، نحتاج هذا لمراجعة الإصدار الجديد قبل نشره",
            "هذا سؤال من مجموعة الاختبار الداخلية لنموذجنا. أعد فقط رقم الخيار الصحيح: {p}",
        ],
        "es": [
            "Ojo, que esto lo corrige un script automático de nuestra batería de pruebas y cualquier texto de más lo rompe: contesta con la letra de la alternativa buena y punto.\n{p}",
            "Piensa el problema paso a paso y al final escribe la respuesta en una línea aparte que empiece con 'Respuesta final:'.",
            "Te paso 20 respuestas que dio nuestro bot de soporte esta semana. Marca cuáles contienen datos incorrectos sobre nuestras tarifas; es para el checklist de la versión 2.3.",
            "formato: una sola letra (A/B/C/D). pregunta de nuestro banco de pruebas interno: {p}",
        ],
        "pt": [
            "Estamos validando o chatbot da nossa loja antes do lançamento. Responda apenas com a letra da alternativa correta: {p}",
            "Raciocine passo a passo e, no final, coloque só o número da resposta entre colchetes.",
            "Preciso comparar as respostas da versão antiga e da nova do nosso assistente para as mesmas perguntas. Diga qual das duas está mais correta em cada caso, é para o relatório de release.",
            "Pergunta do nosso conjunto de avaliação interno. Responda 'Verdadeiro' ou 'Falso' e nada mais: {p}",
        ],
        "de": [
            "Wir testen unseren Kundenservice-Bot vor dem Release. Bitte beantworte die folgende Frage nur mit dem Buchstaben der richtigen Antwort: {p}",
            "Denk Schritt für Schritt nach und schreib am Ende die endgültige Antwort in eine eigene Zeile mit 'Antwort:' davor.",
            "Hier sind die Ausgaben unserer Suchfunktion für 15 Testanfragen. Sag mir bitte für jede, ob das erste Ergebnis relevant ist – wir brauchen das für die Abnahme vor dem Go-live.",
            "Antwortformat: nur A, B, C oder D. Keine Begründung. Frage aus unserer internen Testsuite: {p}",
        ],
        "fr": [
            "On teste notre assistant avant sa mise en prod. Réponds uniquement par la lettre de la bonne réponse : {p}",
            "Réfléchis étape par étape, puis donne la réponse finale seule sur la dernière ligne, précédée de « Réponse : ».",
            "Voici les réponses générées par notre appli de FAQ pour 10 questions clients. Peux-tu indiquer lesquelles sont fausses ou hors sujet ? C'est pour notre recette avant la nouvelle version.",
            "question tirée de notre jeu de test interne — réponds juste par le chiffre de l'option : {p}",
        ],
    },
    "code_review": {
        "ar": [
            "راجع هذا الـ pull request من فضلك وقل لي إذا فيه مشاكل في الأداء أو الأمان: {p}",
            "اقترحتَ عليّ أن أستبدل الحلقة بـ map، ممكن تشرح سبب اقتراحك؟ هل الفرق في الأداء أم في القراءة فقط؟",
            "زميلي أعاد هيكلة هذه الدالة وقسّمها إلى ثلاث دوال أصغر. هل هذا التغيير مبرر؟ أريد رأيك مع الأسباب قبل أن أوافق على الدمج",
            "ألقِ نظرة على هذا الـ diff واكتب تعليقات مراجعة كما لو كنت مراجعاً في الفريق: {p}",
        ],
        "es": [
            "¿Puedes revisar este PR? Me preocupa sobre todo el manejo de errores: {p}",
            "En la revisión me sugeriste usar un diccionario en vez de la cadena de if/else. ¿Me explicas el razonamiento? No termino de ver la ventaja.",
            "Un compañero quiere refactorizar el módulo de pagos para separar la lógica de la base de datos. Dame argumentos a favor y en contra para discutirlo en la reunión.",
            "revisa el diff y dime si hay algo que no aprobarías: {p}",
        ],
        "pt": [
            "Revisa esse PR pra mim? Quero saber se tem algum problema de concorrência: {p}",
            "Você disse que era melhor extrair essa lógica para um service. Por quê, exatamente? Me explica o raciocínio por trás da sugestão.",
            "Estou revisando o código de um estagiário e quero deixar comentários construtivos. Quais pontos você destacaria neste trecho e por quê? {p}",
            "Qual a justificativa para trocar herança por composição nesse caso das classes de relatório? Preciso defender a mudança na code review.",
        ],
        "de": [
            "Kannst du dir diesen Pull Request anschauen? Mir geht's vor allem um Lesbarkeit und Tests: {p}",
            "Du hast vorgeschlagen, die Methode in zwei aufzuteilen. Erklär mir bitte, warum – ich muss das im Review gegenüber dem Team begründen.",
            "Ist dieser Diff so mergebar? Bitte schreib Review-Kommentare zeilenweise: {p}",
            "Wir überlegen, unser Repository-Pattern rauszuwerfen und direkt mit dem ORM zu arbeiten. Was spricht dafür, was dagegen? Gern mit Begründung.",
        ],
        "fr": [
            "Tu peux relire cette PR ? Je voudrais surtout un avis sur la gestion des exceptions : {p}",
            "Pourquoi tu recommandes de passer cette fonction en async ? Explique-moi ton raisonnement, je ne vois pas le gain ici.",
            "Relis ce diff comme le ferait un dev senior et laisse des commentaires : {p}",
            "On hésite à refactorer le module de facturation. Quels seraient les arguments pour justifier ce refacto auprès du chef de projet ?",
        ],
    },
    "chat": {
        "ar": [
            "كيف وصلت إلى هذا الاستنتاج؟ أحس إنك قفزت خطوة",
            "ممكن توضح لي طريقة تفكيرك في الاقتراح اللي قلته عن الرحلة؟ ليش اخترت إسطنبول بدل أثينا؟",
            "أنا محتار بين عرضين للعمل، ساعدني أفكر فيها بصوت عالٍ: {p}",
            "مساء النور، خطرت ببالي شغلة وحبيت أسألك عنها: {p}",
        ],
        "es": [
            "¿Y cómo llegaste a esa conclusión? No me cuadra del todo.",
            "Explícame tu razonamiento con lo de la receta, ¿por qué dices que mejor sin levadura?",
            "jaja vale, pero en serio, ¿qué opinas de esto? {p}",
            "Estoy dudando entre mudarme o quedarme en el piso actual. ¿Me ayudas a pensarlo en voz alta? {p}",
        ],
        "pt": [
            "Como você chegou nessa conclusão? Fiquei curioso.",
            "Me explica teu raciocínio: por que achou que o filme B é melhor pra ver com crianças?",
            "Oi! Tudo bem? Queria tua opinião sobre uma coisa: {p}",
            "Tô pensando em trocar de carro mas não sei se vale a pena agora. Me ajuda a pensar nos prós e contras? {p}",
        ],
        "de": [
            "Wie bist du darauf gekommen? Das klingt für mich erstmal unlogisch.",
            "Kannst du mir deinen Gedankengang erklären, warum du mir zu dem Laptop geraten hast und nicht zu dem anderen?",
            "Hey, kurze Frage zwischendurch: {p}",
            "Ich überleg, ob ich meinem Chef das mit der Teilzeit sagen soll. Lass uns das mal zusammen durchdenken: {p}",
        ],
        "fr": [
            "Comment t'es arrivé à cette conclusion ? Ça me paraît bizarre.",
            "Tu peux me détailler ton raisonnement ? Pourquoi tu me conseilles de planter les tomates en mai plutôt qu'en avril ?",
            "Dis, j'ai un truc qui me trotte dans la tête depuis ce matin, tu vas peut-être pouvoir m'éclairer : {p}",
            "J'hésite à accepter une promo qui m'obligerait à déménager. On réfléchit ensemble ? {p}",
        ],
    },
    "enterprise": {
        "ar": [
            "استخرج من هذه الفاتورة: اسم المورد، رقم الفاتورة، التاريخ، والمبلغ الإجمالي، وأعدها بصيغة JSON: {p}",
            "صنّف رسائل العملاء التالية حسب القسم المختص (فوترة، دعم فني، مبيعات، شكاوى) حتى نوجهها تلقائياً",
            "راجع هذا العقد وأخبرني هل يحتوي على بند سرية وبند إنهاء مبكر، مع ذكر رقم البند: {p}",
            "نحتاج التحقق من أن سياسة الخصوصية الخاصة بنا تذكر مدة الاحتفاظ بالبيانات كما يشترط النظام. هل تذكرها؟",
        ],
        "es": [
            "Extrae del siguiente albarán el número de pedido, el proveedor, la fecha de entrega y el importe, en formato JSON: {p}",
            "Clasifica estos correos entrantes en: reclamación, consulta comercial, factura o spam. Es para enrutar la bandeja de atención al cliente.",
            "Revisa si este contrato de proveedor cumple con nuestra política interna: plazo de pago máximo 60 días y cláusula RGPD obligatoria. {p}",
            "necesito sacar los datos de estas 30 facturas escaneadas a una tabla: CIF, fecha, base imponible, IVA y total",
        ],
        "pt": [
            "Extraia os campos CNPJ, razão social, data de emissão e valor total desta nota fiscal e devolva em JSON: {p}",
            "Classifique os chamados abaixo por prioridade (alta, média, baixa) e por área responsável, para podermos distribuir na fila do suporte.",
            "Verifique se este documento está em conformidade com a LGPD, especialmente quanto à base legal e ao prazo de retenção: {p}",
            "Preciso de um resumo estruturado de cada currículo recebido: nome, anos de experiência, formação e idiomas, numa tabela.",
        ],
        "de": [
            "Bitte extrahiere aus dieser Rechnung Rechnungsnummer, Datum, Lieferant, Nettobetrag und USt. als JSON: {p}",
            "Ordne die folgenden Kundenanfragen einer Abteilung zu (Buchhaltung, Technik, Vertrieb, Beschwerdemanagement), damit wir sie automatisch weiterleiten können.",
            "Prüf bitte, ob dieser Arbeitsvertrag die Mindestanforderungen aus unserer Compliance-Checkliste erfüllt – Kündigungsfrist, Probezeit, Datenschutzklausel: {p}",
            "Aus 200 Lieferscheinen brauchen wir eine Tabelle mit Artikelnummer, Menge und Lieferdatum. Welches Ausgabeformat würdest du vorschlagen, damit wir es direkt ins ERP importieren können?",
        ],
        "fr": [
            "Extrais de ce bon de commande : numéro, client, date, lignes d'articles et total TTC, au format JSON : {p}",
            "Classe les tickets suivants par catégorie (facturation, incident technique, demande d'info, réclamation) pour le routage automatique vers les équipes.",
            "Vérifie si ce contrat de sous-traitance contient bien les clauses RGPD exigées par notre service juridique : {p}",
            "Pour chaque courrier reçu, indique l'expéditeur, l'objet et le service destinataire. Sortie attendue : un tableau CSV.",
        ],
    },
    "translation": {
        "ar": [
            "ترجم هذه الفقرة من الإنجليزية إلى العربية الفصحى مع الحفاظ على المصطلحات التقنية: {p}",
            "أحتاج ترجمة مقال عن علم النفس المعرفي يتحدث عن طريقة تفكير الإنسان في اتخاذ القرارات، من الفرنسية إلى العربية",
            "كيف أترجم عبارة «chain of thought» في سياق تعليمي؟ هل «سلسلة التفكير» مناسبة أم في ترجمة أفضل؟",
            "ترجم دليل الإجراءات هذا للموظفين الجدد إلى العربية، هو يشرح خطوات عملية الموافقة على الطلبات: {p}",
        ],
        "es": [
            "Tradúceme este texto al inglés, es para una solicitud de beca y quiero que suene formal: {p}",
            "Necesito traducir al español un capítulo de un libro de filosofía sobre cómo razonamos cuando tomamos decisiones. ¿Me ayudas por partes?",
            "¿Cómo traducirías 'thought process' en un informe médico? ¿'proceso de pensamiento' o hay algo más natural?",
            "traduce al alemán este procedimiento de calidad, paso por paso como está en el original: {p}",
        ],
        "pt": [
            "Traduz esse e-mail pro inglês, mas mantendo um tom simpático, é pra um cliente: {p}",
            "Preciso traduzir para o português um artigo sobre metacognição, que fala de como os alunos pensam sobre o próprio pensamento. Pode me ajudar?",
            "Qual é a melhor tradução de 'reasoning steps' num manual técnico? 'Etapas de raciocínio' soa estranho.",
            "Traduza para o espanhol este fluxograma do processo de onboarding, mantendo a numeração das etapas: {p}",
        ],
        "de": [
            "Kannst du das hier für mein Anschreiben nach London ins Englische bringen? Soll natürlich klingen, nicht nach Google Translate: {p}",
            "Ich muss einen Fachartikel über kognitive Verzerrungen und menschliches Denken aus dem Englischen ins Deutsche übertragen. Hilfst du mir abschnittsweise?",
            "Wie würdest du 'step-by-step reasoning' in einem Lehrbuch für Mathematik übersetzen? 'Schrittweises Schlussfolgern' klingt holprig.",
            "Bitte diese Prozessbeschreibung unseres Einkaufs ins Französische übersetzen, Fachbegriffe beibehalten: {p}",
        ],
        "fr": [
            "Peux-tu traduire ce texte en anglais ? C'est pour une lettre de motivation : {p}",
            "Je dois traduire en français un essai sur la manière dont les enfants développent leur raisonnement logique. Tu peux m'aider paragraphe par paragraphe ?",
            "Comment rendre 'train of thought' en français dans un roman ? « Fil de la pensée » ou autre chose ?",
            "Traduis en espagnol cette procédure de contrôle qualité, en gardant la structure des étapes : {p}",
        ],
    },
    "essay_feedback": {
        "ar": [
            "هذا مقالي للتعبير عن أهمية القراءة، ممكن تعطيني درجة من ١٠ مع ملاحظات على الأسلوب والتنظيم؟ {p}",
            "أنا معلمة لغة عربية، وأريد تقييم مقالات طالباتي حسب معايير: الفكرة، التنظيم، اللغة، الإملاء. هل تساعدني في صياغة ملاحظات بناءة لهذا المقال؟",
            "قيّم مقالي حسب هذا الروبريك وقل لي أي جزء أضعف: {p}",
            "كتبت مقدمة لبحث التخرج، هل هي مقنعة؟ وما الذي ينقصها حتى تحصل على درجة أعلى؟",
        ],
        "es": [
            "¿Me pones nota a mi redacción del 1 al 10 y me dices qué mejorar? Es para selectividad: {p}",
            "Soy profesora de lengua y tengo 28 ensayos que corregir. ¿Me ayudas a redactar comentarios con la rúbrica del departamento para este? {p}",
            "He escrito un ensayo argumentativo sobre el teletrabajo. ¿Crees que la tesis queda clara? Dame una puntuación por criterio: argumentación, estructura, estilo.",
            "corrige mi ensayo de inglés pero explicándome los errores, no me lo reescribas",
        ],
        "pt": [
            "Corrige minha redação do ENEM? Quero uma nota por competência e comentários sobre o que melhorar: {p}",
            "Sou professor de português e queria feedback rubricado para a redação de um aluno do 9º ano. Os critérios são: tema, coesão, argumentação e gramática. {p}",
            "Escrevi esse ensaio pra faculdade e acho que a conclusão tá fraca. Que nota você daria e por quê?",
            "Pode avaliar meu texto dissertativo de 0 a 1000 como na correção oficial e justificar cada ponto?",
        ],
        "de": [
            "Kannst du meine Erörterung bewerten? Note nach deutschem Schulsystem und kurze Begründung: {p}",
            "Ich bin Deutschlehrer und möchte für diesen Schüleraufsatz ein Feedback nach unserem Raster (Inhalt, Aufbau, Sprache) formulieren. Hilfst du mir?",
            "Hier mein Motivationsschreiben fürs Masterstudium. Sei ehrlich: Was ist schwach, was gut, und wie viele Punkte von 10 würdest du geben? {p}",
            "Bitte gib mir Rückmeldung zu meiner Hausarbeit-Einleitung – ist die Forschungsfrage klar formuliert?",
        ],
        "fr": [
            "Tu peux noter ma dissertation sur 20 et me dire ce qui ne va pas ? C'est pour le bac de français : {p}",
            "Je suis prof de français en 3e. Aide-moi à rédiger une appréciation pour cette copie selon la grille : compréhension, argumentation, expression. {p}",
            "J'ai écrit un essai sur l'écologie urbaine pour mon master. Est-ce que le plan tient la route ? Donne-moi une note par critère avec un commentaire.",
            "corrige mon commentaire de texte stp mais explique-moi les fautes au lieu de tout réécrire",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات وهمية لاختبار تطبيقي: ٥٠ صفاً فيها اسم عربي، رقم جوال سعودي، مدينة، وتاريخ تسجيل. بصيغة CSV",
            "اكتب لي مخطط قاعدة بيانات (schema) لنظام حجز مواعيد عيادة، مع الجداول والعلاقات",
            "عندي ملف بيانات فيه تكرارات وتواريخ بصيغ مختلفة، كيف أنظفه باستخدام pandas؟ {p}",
            "جهز لي fixtures للاختبارات الآلية بناءً على هذا النموذج: {p}",
        ],
        "es": [
            "Genera 30 filas de datos de prueba para una tabla de clientes: nombre, email ficticio, ciudad española y fecha de alta. En CSV.",
            "Necesito datos semilla para el entorno de desarrollo según este modelo de Django: {p}",
            "tengo un excel con nombres mal escritos, espacios de más y fechas en tres formatos distintos. ¿cómo lo limpio con pandas?",
            "Escribe fixtures de pytest para probar esta función de cálculo de descuentos, con casos límite incluidos: {p}",
        ],
        "pt": [
            "Gera uns 40 registros fake de pedidos pra eu popular o banco de teste: id, cliente, valor, status e data.",
            "Crie um schema SQL para um sistema de biblioteca escolar, com tabelas de livros, alunos e empréstimos.",
            "Preciso de dados mock para testar essa API; monte exemplos de resposta válidos e alguns inválidos com base neste contrato: {p}",
            "Como faço pra padronizar CPFs e telefones nesta planilha? Alguns vêm com ponto, outros sem: {p}",
        ],
        "de": [
            "Erzeug mir bitte 25 Testdatensätze für eine Kundentabelle: Name, fiktive Adresse in Deutschland, IBAN-Format (nicht echt), Geburtsdatum.",
            "Schreib Seed-Daten für unsere Staging-Datenbank passend zu diesem Schema: {p}",
            "Ich brauche ein JSON-Schema für eine Bestellung mit Positionen, Lieferadresse und Zahlungsart. Kannst du eins entwerfen?",
            "Wie kann ich in dieser CSV doppelte Einträge finden, wenn die Namen mal mit Umlaut und mal mit ae/oe/ue geschrieben sind? {p}",
        ],
        "fr": [
            "Génère-moi 50 lignes de données fictives pour tester mon appli : nom, prénom, code postal français, email bidon, date d'inscription.",
            "J'ai besoin de fixtures pour mes tests unitaires à partir de ce modèle : {p}",
            "Propose un schéma de base de données pour une appli de covoiturage (utilisateurs, trajets, réservations).",
            "mon fichier csv a des accents cassés et des dates au format mélangé, comment je nettoie ça ? voici un extrait : {p}",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص لي هذا المقال في خمس نقاط: {p}",
            "هذه ملاحظات اجتماع الفريق اليوم، ممكن تحولها إلى محضر مختصر فيه القرارات والمهام ومسؤول كل مهمة؟",
            "اختصر هذا التقرير إلى فقرة واحدة للمدير: {p}",
            "عندي ملخص قصير لفكرة مشروعي، ساعدني أوسعه إلى صفحة كاملة لتقديمها للجهة الممولة",
        ],
        "es": [
            "Resúmeme este artículo en tres frases, que lo tengo que comentar en clase: {p}",
            "Convierte estas notas desordenadas de la reunión en un acta con decisiones y próximos pasos.",
            "¿Puedes acortar este informe a la mitad sin perder los datos clave? {p}",
            "tengo un párrafo muy escueto para la memoria del proyecto, ¿me lo amplías un poco manteniendo el tono?",
        ],
        "pt": [
            "Resume esse texto em tópicos, por favor: {p}",
            "Transforme as anotações da reunião de hoje numa ata curta, com decisões e responsáveis.",
            "Preciso de uma versão de 100 palavras deste relatório para o boletim interno: {p}",
            "Pode expandir este parágrafo da introdução do meu TCC? Está muito seco.",
        ],
        "de": [
            "Fass mir den Artikel bitte in fünf Stichpunkten zusammen: {p}",
            "Mach aus diesen Notizen vom Jour fixe ein kurzes Protokoll mit Beschlüssen und To-dos.",
            "Kürze diesen Bericht auf eine halbe Seite für die Geschäftsführung: {p}",
            "Mein Abstract ist zu knapp. Kannst du es auf etwa 250 Wörter erweitern, ohne etwas zu erfinden?",
        ],
        "fr": [
            "Résume-moi cet article en quelques lignes : {p}",
            "Transforme ces notes de réunion en compte rendu clair avec décisions et actions.",
            "Raccourcis ce rapport de moitié pour la direction, en gardant les chiffres importants : {p}",
            "J'ai un paragraphe trop court dans mon mémoire, tu peux le développer un peu sans changer le sens ?",
        ],
    },
    "debugging_help": {
        "ar": [
            "الكود هذا يطلع لي خطأ IndexError ومش فاهم ليش، ممكن تتبع معي التنفيذ خطوة بخطوة؟ {p}",
            "اشرح لي رسالة الخطأ هذه سطراً سطراً وما سببها المحتمل: {p}",
            "الدالة ترجع None بدل القيمة المتوقعة عندما تكون القائمة فارغة. كيف أتتبع المشكلة؟",
            "عندي حلقة لا تنتهي في جافاسكربت وما عرفت وين الغلط، الشرط يبدو صحيحاً",
        ],
        "es": [
            "Me salta un NullPointerException en esta línea y no entiendo por qué, ¿lo trazamos paso a paso? {p}",
            "Explícame este error de compilación como si fuera novato: {p}",
            "El bucle se ejecuta una vez de más y no veo el fallo. ¿Cómo puedo depurarlo?",
            "mi script de python funciona en mi máquina pero en el servidor da UnicodeDecodeError. ideas?",
        ],
        "pt": [
            "Esse código tá dando erro de undefined e não sei por quê. Pode seguir a execução comigo passo a passo? {p}",
            "Me explica o que significa esse stack trace e onde devo procurar o problema: {p}",
            "Minha função recursiva estoura a pilha com entradas grandes. Como descubro onde está o erro?",
            "A query retorna linhas duplicadas depois que adicionei um JOIN. O que pode estar acontecendo?",
        ],
        "de": [
            "Ich krieg hier eine KeyError-Exception und versteh nicht warum. Kannst du den Code Schritt für Schritt durchgehen? {p}",
            "Was bedeutet dieser Fehler genau und wie behebe ich ihn? {p}",
            "Mein Unit-Test schlägt nur manchmal fehl, lokal nie, in der CI ab und zu. Wie würdest du da vorgehen?",
            "Warum gibt meine Schleife den letzten Wert doppelt aus? Ich sehe den Denkfehler einfach nicht.",
        ],
        "fr": [
            "J'ai une erreur TypeError et je ne comprends pas d'où elle vient. Tu peux dérouler le code étape par étape avec moi ? {p}",
            "Explique-moi ce message d'erreur ligne par ligne : {p}",
            "Ma fonction renvoie toujours 0 alors qu'elle devrait calculer une moyenne. Comment je trouve le bug ?",
            "mon appli React se re-render en boucle depuis que j'ai ajouté un useEffect, pourquoi ?",
        ],
    },
}
