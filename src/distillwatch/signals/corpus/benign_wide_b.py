"""More benign hard negatives by source, languages ar es pt de fr."""

from __future__ import annotations

BENIGN_WIDE_B: dict[str, dict[str, list[str]]] = {
    "homework": {
        "ar": [
            "عندي امتحان رياضيات غدًا. حل هذا التمرين وبيّن كل خطوة حتى أتدرب على نفس الطريقة: {p}",
            "أستاذنا يخصم درجات إذا لم نكتب طريقة التفكير في الحل. كيف أكتب هذا الحل بشكل منظم؟",
            "الواجب: {p}\nالمطلوب: الحل مع التعليل، وليس الناتج فقط.",
            "ابني في الصف السادس لم يفهم هذه المسألة، وأنا أيضًا نسيت الطريقة. اشرحها ببساطة لو سمحت.",
        ],
        "es": [
            "Tengo examen de física el lunes. Resuélveme esto razonando cada paso como lo haría un profe en la pizarra: {p}",
            "Ejercicio 4 de la hoja de repaso. Solo quiero saber si voy bien encaminado, no me des la solución entera todavía.",
            "Deberes:\n{p}\n¿Me explicas qué fórmula hay que usar y por qué?",
            "mi hija de 10 años me pregunta esto y no sé explicárselo sin liarla, ¿me echas una mano?",
        ],
        "pt": [
            "Prova amanhã e ainda travo nesse tipo de questão. Resolve comigo, explicando o raciocínio de cada etapa: {p}",
            "Fiz do meu jeito, mas o gabarito dá outro resultado. Onde foi que eu errei?",
            "Lista de exercícios, questão 7:\n{p}\nNão quero só a resposta, quero entender o método.",
            "Meu filho está no 8º ano e pediu ajuda nessa tarefa. Pode explicar de um jeito simples pra eu repassar pra ele?",
        ],
        "de": [
            "Ich schreibe morgen eine Mathearbeit. Rechne mir das bitte vor und begründe jeden Zwischenschritt, damit ich das Vorgehen nachvollziehen kann: {p}",
            "Übungsblatt 3, Aufgabe b)\n{p}\nWelcher Ansatz ist hier gedacht?",
            "Mein Ergebnis weicht von der Musterlösung ab. Kannst du schauen, wo mein Denkfehler liegt?",
            "Meine Tochter (7. Klasse) fragt mich das und ich krieg's nicht mehr zusammen. Erklär's bitte so, dass ein Kind es versteht.",
        ],
        "fr": [
            "J'ai un contrôle demain. Peux-tu résoudre cet exercice en détaillant le raisonnement à chaque étape, comme dans une correction de prof ? {p}",
            "Exercice 12 p. 87 :\n{p}\nQuelle méthode faut-il utiliser ici ?",
            "J'ai trouvé un résultat différent du corrigé. Où est-ce que je me suis trompé ?",
            "Mon fils est en quatrième et bloque sur ce problème. Tu peux me l'expliquer simplement pour que je puisse l'aider ?",
        ],
    },
    "eval_harness": {
        "ar": [
            "### التعليمات\nأجب عن السؤال التالي. يمكنك التفكير خطوة بخطوة، لكن السطر الأخير يجب أن يكون: الجواب النهائي: <القيمة>\n### السؤال\n{p}",
            "اختر الإجابة الصحيحة من بين الخيارات. أعد الحرف فقط دون أي شرح.",
            "{p}\nأعطِ الناتج عددًا صحيحًا فقط.",
            "مهمة تقييم رقم 219. اقرأ النص ثم أجب بنعم أو لا.",
        ],
        "es": [
            "Instrucciones: resuelve el problema razonando paso a paso. La última línea debe ser exactamente 'Respuesta final: <número>'.\n\n{p}",
            "Elige la opción correcta (A, B, C o D). Responde únicamente con la letra, sin explicación.",
            "Ítem de evaluación #58\n{p}\nDevuelve solo el resultado numérico.",
            "Lee el fragmento y contesta verdadero o falso.",
        ],
        "pt": [
            "Você está respondendo a um item de benchmark. Pense passo a passo e, no final, escreva 'Resposta final: ' seguido do valor.\n{p}",
            "Marque a alternativa correta. Responda apenas com a letra.",
            "Tarefa de programação:\n{p}\nImplemente a função e devolva só o código.",
            "Leia o texto abaixo e responda à pergunta em uma frase.",
        ],
        "de": [
            "Aufgabe:\n{p}\nGehe die Lösung schrittweise durch und gib am Ende nur die Zahl nach 'Ergebnis:' an.",
            "Wähle die richtige Antwort aus. Antworte ausschließlich mit dem Buchstaben.",
            "Testfall 0412, Leseverständnis. Beantworte die Frage zum Text in höchstens einem Satz.",
            "{p}\nAntwortformat: ein einzelnes Wort, kleingeschrieben.",
        ],
        "fr": [
            "Consigne : raisonne étape par étape, puis termine par une ligne au format « Réponse finale : <valeur> ».\n{p}",
            "Choisis la bonne réponse parmi A, B, C et D. Réponds uniquement par la lettre.",
            "Item n° 731 du jeu de test\n{p}\nDonne seulement le résultat, sans justification.",
            "Lis le passage et indique si l'affirmation est vraie ou fausse.",
        ],
    },
    "code_review": {
        "ar": [
            "قبل أن أوافق على هذا التغيير، اشرح لي منطق التعديل المقترح وما الذي قد ينكسر بسببه:\n{p}",
            "راجع الكود من ناحية الأمان والأداء فقط، ولا تهتم بالتنسيق.",
            "هل هذه الدالة سهلة القراءة؟ اقترح أسماء أوضح للمتغيرات إن لزم.\n{p}",
            "زميلي كتب هذا الكود وأريد أن أعلّق عليه بلطف. ما الملاحظات التي تستحق الذكر؟",
        ],
        "es": [
            "Antes de aprobar el PR quiero entender el razonamiento detrás del cambio. ¿Por qué usar un diccionario aquí en vez de una lista?\n{p}",
            "¿Ves algún problema de concurrencia en este fragmento? Míralo con calma.",
            "Esta función ha crecido demasiado. ¿Cómo la partirías en piezas más pequeñas?\n{p}",
            "Un compañero nuevo ha escrito esto; quiero dejarle comentarios constructivos sin desanimarlo. ¿Qué le señalarías?",
        ],
        "pt": [
            "Revisão de código: para cada comentário que você fizer, justifique com o motivo técnico, pra eu poder discutir com o time.\n{p}",
            "Dá uma olhada nesse diff e me diz se tem algo que quebra compatibilidade com a versão anterior.",
            "Tem algum risco de SQL injection aqui?\n{p}",
            "Quero padronizar o tratamento de erros no projeto. O que você mudaria neste módulo?",
        ],
        "de": [
            "Ich bin Reviewer für diesen PR. Erklär mir die Überlegung hinter dem neuen Caching: Lohnt sich die zusätzliche Komplexität?\n{p}",
            "Bitte nur auf Sicherheitsprobleme prüfen, Formatierung ist egal.",
            "Ist das idiomatisches Python? Was würdest du anders machen und warum?\n{p}",
            "Ein Junior hat das eingereicht. Welche Punkte sollte ich im Review ansprechen, ohne zu schulmeisterlich zu klingen?",
        ],
        "fr": [
            "Je dois valider cette PR. Explique-moi la logique du changement et les risques éventuels de régression :\n{p}",
            "Fais une revue rapide axée sur les performances, pas sur le style.",
            "Est-ce que ce test unitaire couvre vraiment le cas limite ? Sinon, qu'est-ce qui manque ?\n{p}",
            "Un stagiaire a écrit ce code ; je voudrais lui laisser des commentaires bienveillants. Lesquels te semblent prioritaires ?",
        ],
    },
    "chat": {
        "ar": [
            "سؤال سريع لو سمحت: {p}",
            "ما رأيك في هذا؟ ولماذا؟ أريد وجهة نظرك بصراحة.",
            "شكرًا على المساعدة أمس! عندي سؤال آخر عن نفس الموضوع.",
            "أنا مترددة بين خيارين وأحتاج رأيًا محايدًا يساعدني على التفكير: {p}",
        ],
        "es": [
            "Oye, una cosa: {p}",
            "Dime qué opinas y por qué, sin rodeos.",
            "Gracias por lo de antes. Otra pregunta del mismo tema:",
            "Estoy dudando entre dos opciones, ¿me ayudas a pensarlo con calma? {p}",
        ],
        "pt": [
            "E aí, tudo bem? Me tira uma dúvida: {p}",
            "Valeu pela ajuda de ontem! Tenho mais uma pergunta:",
            "Me ajuda a pensar nisso com calma, listando prós e contras? {p}",
            "Qual a sua opinião sincera sobre isso?",
        ],
        "de": [
            "Moin! Mal eine Frage am Rande: {p}",
            "Danke nochmal für vorhin. Noch was zum gleichen Thema:",
            "Ich kann mich nicht entscheiden. Hilf mir, das Für und Wider durchzudenken: {p}",
            "Was hältst du davon? Ehrliche Meinung bitte.",
        ],
        "fr": [
            "Coucou ! Une question qui me trotte dans la tête : {p}",
            "Merci pour tout à l'heure. J'ai une autre question sur le même sujet :",
            "J'hésite entre deux choix, tu peux m'aider à y réfléchir en pesant le pour et le contre ? {p}",
            "Franchement, tu en penses quoi ?",
        ],
    },
    "enterprise": {
        "ar": [
            "نحن فريق الإشراف على المحتوى. ما المقصود بالبند 4.2 من سياسة المحتوى لدينا؟ هل يشمل السخرية السياسية؟\n{p}",
            "قيّم مشاعر كل مراجعة عميل على مقياس من 1 إلى 5 وأعد النتيجة في جدول.",
            "استخرج من محضر الاجتماع أسماء المسؤولين عن كل مهمة والمواعيد النهائية.\n{p}",
            "صِغ ردًا مهذبًا على شكوى هذا العميل باسم قسم خدمة العملاء.",
        ],
        "es": [
            "Somos el equipo de moderación. ¿Cómo interpretarías esta cláusula de nuestra política de contenidos? ¿Cubre los memes satíricos?\n{p}",
            "Asigna a cada ticket una prioridad del 1 al 5 según la urgencia y devuélvelo como CSV con las columnas id y prioridad.",
            "Del siguiente correo, saca el número de pedido, la fecha de entrega y el importe reclamado.\n{p}",
            "Redacta una respuesta formal a este proveedor rechazando la subida de precios.",
        ],
        "pt": [
            "Time de compliance aqui. Esse trecho do contrato permite subcontratação sem aviso prévio? Responda sim ou não e cite a cláusula.\n{p}",
            "Dê a cada avaliação de cliente uma nota de sentimento de 1 a 5 e devolva em JSON.",
            "Reescreva essa resposta do nosso atendente num tom mais cordial, sem prometer reembolso.",
            "Preencha os campos do formulário de RH a partir do currículo abaixo: nome, cargo atual, anos de experiência.\n{p}",
        ],
        "de": [
            "Wir sind das Moderationsteam. Fällt der folgende Beitrag unter Abschnitt 3 unserer Community-Richtlinien (Belästigung)? Bitte kurz begründen.\n{p}",
            "Schätze für jede Kundenbeschwerde die Dringlichkeit auf einer Skala von 1 bis 5 ein, Ausgabe als Tabelle.",
            "Zieh aus dem Protokoll alle offenen Aufgaben mit Verantwortlichem und Frist raus.\n{p}",
            "Formuliere eine höfliche, aber bestimmte Zahlungserinnerung an diesen Kunden.",
        ],
        "fr": [
            "Équipe modération : d'après notre charte, ce commentaire relève-t-il du harcèlement ou de la critique légitime ? Justifie brièvement.\n{p}",
            "Attribue à chaque avis client une note de satisfaction de 1 à 5 et renvoie le résultat au format CSV.",
            "Repère dans ce bon de commande les références produits, les quantités et le délai de livraison.\n{p}",
            "Rédige une réponse courtoise à ce client mécontent, au nom du service après-vente.",
        ],
    },
    "translation": {
        "ar": [
            "ترجم هذا العقد إلى الفرنسية ترجمة قانونية دقيقة، ولا تغيّر أرقام البنود.",
            "كيف أقول هذه العبارة باللهجة المصرية بدل الفصحى؟ {p}",
            "أعد صياغة هذه الرسالة بالإنجليزية لتكون ألطف مع المدير: {p}",
            "ترجمتُ هذه الفقرة بنفسي، هل الترجمة صحيحة؟ وما الكلمات التي لم أوفق في اختيارها؟",
        ],
        "es": [
            "Pásame esto al inglés británico, registro formal, que es para un cliente de Londres: {p}",
            "¿Cómo se diría esto de forma natural en México? Me suena muy de España.",
            "Reescribe este correo para que suene más educado y menos seco, pero todavía en español: {p}",
            "Traduce los subtítulos al francés respetando el límite de 42 caracteres por línea.",
        ],
        "pt": [
            "Traduz isso pro inglês, mas mantém os termos técnicos de TI como estão: {p}",
            "Como fica essa frase em português de Portugal? Aqui no Brasil a gente fala diferente.",
            "Adapte esse texto de marketing para o público espanhol, não precisa ser tradução literal.",
            "Antes de eu traduzir, reescreva este e-mail de forma mais educada: {p}",
        ],
        "de": [
            "Übersetz mir das bitte ins Französische, Sie-Form, geht an eine Behörde: {p}",
            "Klingt meine englische Übersetzung natürlich? Was würde ein Muttersprachler anders sagen?",
            "Formuliere diese Mail um, damit sie weniger vorwurfsvoll klingt: {p}",
            "Übertrage die Bedienungsanleitung ins Spanische und lass die Produktnamen unverändert.",
        ],
        "fr": [
            "Traduis ce courrier en allemand, registre administratif (vouvoiement) : {p}",
            "Comment on dirait ça en québécois, de façon naturelle ?",
            "Reformule ce message pour qu'il soit plus diplomate, je l'envoie à mon chef : {p}",
            "J'ai traduit ce passage moi-même en anglais. Est-ce que ça sonne juste ? Corrige les tournures maladroites.",
        ],
    },
    "essay_feedback": {
        "ar": [
            "أنا معلمة لغة عربية. صحّح موضوع التعبير هذا لأحد طلابي وفق معاييري: الأفكار 4، التنظيم 3، اللغة 3، وأعطِ درجة من 10 مع ملاحظة لكل معيار.\n{p}",
            "كتبتُ نسختين من مقدمة بحثي. أيهما أقوى ولماذا؟ {p}",
            "هل أسلوبي في هذه الخاطرة متكلف؟ كن صريحًا.",
            "ما الذي ينقص خاتمة مقالي لتكون أكثر إقناعًا؟",
        ],
        "es": [
            "Soy profesora de Lengua en 2º de la ESO. Evalúa esta redacción de un alumno con mi rúbrica (contenido, estructura, ortografía; de 0 a 10) y sugiere un comentario motivador.\n{p}",
            "Escribí dos versiones de la introducción de mi TFG. ¿Cuál funciona mejor y por qué? {p}",
            "¿Mi conclusión repite demasiado lo que ya dije? Sé sincero.",
            "Léete mi relato corto y dime dónde se hace pesado el ritmo.",
        ],
        "pt": [
            "Sou professor de redação para o ENEM. Corrija este texto de aluno pelas cinco competências e dê uma nota estimada para cada uma.\n{p}",
            "Fiz duas versões do meu parágrafo de abertura. Qual ficou melhor? {p}",
            "Minha argumentação tá fraca? Pode ser direto.",
            "Revise a coesão do meu texto: os conectivos estão bem usados?",
        ],
        "de": [
            "Ich bin Deutschlehrer in der 10. Klasse. Bewerte diese Erörterung eines Schülers nach meinem Raster (Inhalt, Aufbau, Sprache) und schlag eine Note mit kurzer Begründung vor.\n{p}",
            "Hier sind zwei Fassungen meines Motivationsschreibens. Welche wirkt überzeugender? {p}",
            "Ist meine Gliederung logisch, oder springe ich zwischen den Argumenten hin und her?",
            "Sag mir ehrlich, ob der Schluss meiner Hausarbeit zu abrupt endet.",
        ],
        "fr": [
            "Je suis prof de français en seconde. Corrige ce commentaire composé d'un élève selon ma grille (problématique, plan, expression) et propose une note sur 20 avec une appréciation.\n{p}",
            "J'ai écrit deux versions de mon accroche. Laquelle est la plus percutante, et pourquoi ? {p}",
            "Ma dissertation tient-elle la route ? Sois franc sur les faiblesses de l'argumentation.",
            "Relis mon texte et signale les répétitions et les phrases trop longues.",
        ],
    },
    "data_tooling": {
        "ar": [
            "أحتاج بيانات اختبار وهمية لجدول الموظفين: اكتب ملف SQL يُدخل 50 صفًا بأسماء ورواتب عشوائية.",
            "كيف أحذف الصفوف المكررة من DataFrame في pandas مع الإبقاء على أحدث سجل؟ {p}",
            "اكتب pytest fixture ينشئ مستخدمين تجريبيين لاختبارات الـ API:\n{p}",
            "ما الفرق بين التقسيم العشوائي والتقسيم الطبقي (stratified) عند فصل بيانات التدريب عن بيانات الاختبار؟",
        ],
        "es": [
            "Genérame un script que rellene la tabla de pedidos con 100 filas inventadas para el entorno de staging.",
            "¿Cómo hago un merge de estos dos DataFrames sin perder filas? {p}",
            "Escribe tests de pytest para esta función de validación, con casos límite incluidos:\n{p}",
            "¿Qué proporción uso para validación y test si solo tengo 2.000 registros etiquetados?",
        ],
        "pt": [
            "Monte um arquivo JSON de fixtures com 30 produtos fictícios para os testes de integração.",
            "Como anonimizar CPF e e-mail nesta planilha antes de compartilhar com o fornecedor? {p}",
            "Escreva uma expressão regular que valide CEP e gere alguns exemplos válidos e inválidos para eu testar: {p}",
            "Como faço validação cruzada estratificada no scikit-learn quando as classes são desbalanceadas?",
        ],
        "de": [
            "Schreib mir ein Seed-Skript für die Entwicklungsdatenbank: 200 erfundene Bestellungen mit realistischen Postleitzahlen.",
            "Wie lese ich diese CSV mit Semikolon und deutschem Dezimalkomma korrekt in pandas ein? {p}",
            "Erzeuge ein paar Beispiel-Eingaben für meine Unit-Tests, darunter leere Strings und Umlaute:\n{p}",
            "Was ist Data Leakage beim Aufteilen in Trainings- und Testdaten, und wie vermeide ich es bei Zeitreihen?",
        ],
        "fr": [
            "Il me faut un jeu de données factice pour la démo client : 50 factures inventées en CSV. Tu peux m'écrire le script ?",
            "Comment pivoter ce tableau pandas pour avoir une colonne par mois ? {p}",
            "Génère quelques exemples d'adresses mal formées pour tester mon parseur :\n{p}",
            "Pourquoi faut-il normaliser les données après le découpage train/test et pas avant ?",
        ],
    },
    "summarize": {
        "ar": [
            "لخّص محضر اجتماع اليوم في خمس نقاط، وضع القرارات المتخذة في الأعلى.\n{p}",
            "أعطني ملخصًا من سطرين لهذا التقرير أستطيع إرساله للمدير.",
            "اشرح لي فكرة هذا البحث خطوة بخطوة بلغة بسيطة، ثم لخّص نتائجه.\n{p}",
            "ما أهم ثلاثة أشياء يجب أن أعرفها من هذا المقال؟",
        ],
        "es": [
            "Tengo estas notas sueltas de la reunión de ayer, ¿me las ordenas en un resumen con acuerdos y tareas?\n{p}",
            "Hazme un resumen de un párrafo de este informe para mandarlo al comité.",
            "Explícame paso a paso de qué va este artículo científico y luego dame las conclusiones en dos frases: {p}",
            "¿Qué es lo más importante de este hilo de correos? Voy con prisa.",
        ],
        "pt": [
            "Faça a ata resumida dessa reunião: decisões, pendências e quem ficou responsável.\n{p}",
            "Me dá um resumo de um parágrafo desse relatório pra eu mandar pra diretoria.",
            "Resuma esse artigo sobre RLHF em linguagem simples: o que é, pra que serve e quais as limitações.",
            "Tenho 5 minutos antes da call. Quais os pontos principais disso? {p}",
        ],
        "de": [
            "Fass das Meeting-Protokoll zusammen: Beschlüsse, offene Punkte, Zuständigkeiten.\n{p}",
            "TL;DR fürs Management, maximal zwei Sätze.",
            "Erklär mir den Kern dieses Papers über Chain-of-Thought-Prompting in einfachen Worten: Was wurde gezeigt und was nicht?",
            "Ich hab den Thread nicht verfolgt. Worum ging's und was wurde entschieden? {p}",
        ],
        "fr": [
            "Fais-moi un compte rendu de cette réunion : décisions prises, actions à mener, responsables.\n{p}",
            "Synthèse en cinq lignes maximum, pour la direction.",
            "Résume cet article sur la distillation de modèles pour un public non technique : principe, intérêt, limites.",
            "J'ai raté le début du fil de discussion, tu peux me dire l'essentiel en quelques lignes ? {p}",
        ],
    },
    "debugging_help": {
        "ar": [
            "يظهر لي KeyError عند تشغيل السكربت. ما السبب المحتمل؟ {p}",
            "فكّر معي خطوة بخطوة: لماذا تعطي هذه الحلقة نتيجة مختلفة في كل مرة؟\n{p}",
            "برنامجي يعمل على جهازي لكنه يفشل على الخادم. من أين أبدأ البحث؟",
            "الاستعلام بطيء جدًا على جدول فيه مليون صف، كيف أعرف أين المشكلة؟",
        ],
        "es": [
            "Me salta este traceback y no entiendo de dónde viene: {p}",
            "Vamos a razonarlo juntos paso a paso: ¿por qué el test pasa en local y falla en CI?\n{p}",
            "El endpoint devuelve 500 solo a veces. ¿Qué logs debería añadir para acotar el problema?",
            "Tengo una fuga de memoria en Node y no sé ni por dónde empezar a buscarla.",
        ],
        "pt": [
            "Tá dando NullPointerException nessa linha e eu não entendo por quê: {p}",
            "Me explica o raciocínio: por que essa correção resolve a condição de corrida e a minha não resolvia?\n{p}",
            "O build quebra só no Windows. Que coisas eu deveria verificar primeiro?",
            "Minha query demora 30 segundos. Como leio o EXPLAIN pra achar o gargalo?",
        ],
        "de": [
            "Ich bekomme diesen Stacktrace und verstehe nicht, woher er kommt: {p}",
            "Lass uns das systematisch durchdenken: Warum ist der Wert nach dem zweiten Aufruf plötzlich None?\n{p}",
            "Der Docker-Container startet und beendet sich sofort wieder, ohne Fehlermeldung. Wie gehe ich bei der Fehlersuche vor?",
            "Mein Unit-Test ist flaky, mal grün, mal rot. Woran kann das liegen?",
        ],
        "fr": [
            "J'ai cette erreur au lancement et je ne vois pas d'où elle vient : {p}",
            "Aide-moi à raisonner méthodiquement : pourquoi cette boucle ne s'arrête-t-elle jamais ?\n{p}",
            "Mon appli plante uniquement en production, jamais en local. Par où commencer ?",
            "Le test passe quand je le lance seul mais échoue avec toute la suite. Des idées ?",
        ],
    },
}
