"""Honest bulk-content requests for the content_studio persona, languages es pt de fr it;
written from a brief, not trained on."""

from __future__ import annotations

FRAMES: dict[str, dict[str, list[str]]] = {
    "faq": {
        "es": [
            "Necesito {n} preguntas frecuentes para la sección de ayuda de nuestra web sobre {topic}. Cada una con pregunta corta y respuesta de 2-3 frases, tono cercano, tuteando al cliente. No inventes precios ni plazos concretos: donde haga falta pon [PRECIO] o [PLAZO].",
            "Hola! Estamos rehaciendo el centro de ayuda y nos falta todo lo que tiene que ver con {topic}. ¿Me preparas un bloque de FAQs agrupadas por temas (contratación, pagos, incidencias, bajas)? Formato markdown: ### para la pregunta y la respuesta debajo.",
            "FAQ | producto: {topic} | cantidad: {n} | idioma: es-MX | usar ustedes | respuestas de máx. 50 palabras | salida: lista numerada P: / R:",
        ],
        "pt": [
            "Preciso de {n} perguntas frequentes para a página de ajuda sobre {topic}. Linguagem simples, português do Brasil, tratando o cliente por você. Respostas curtas, no máximo 3 linhas, e quando não tiver um dado concreto coloque [VERIFICAR].",
            "Olá! Estamos a reformular a secção de apoio ao cliente do site e falta a parte sobre {topic}. Consegue escrever as perguntas e respostas mais comuns, organizadas em blocos (encomendas, pagamentos, devoluções)? Português de Portugal, tratamento formal.",
            "gerar FAQ\ntema: {topic}\nqtd: {n}\nformato: JSON, uma lista de objetos com os campos pergunta e resposta\nsem texto fora do JSON",
        ],
        "de": [
            "Bitte schreib {n} FAQ-Einträge für unsere Hilfeseite über {topic}. Wir duzen unsere Kund:innen, Antworten maximal drei Sätze. Wo du Konditionen nicht kennst, bitte Platzhalter wie [PREIS] oder [FRIST] einsetzen statt zu raten.",
            "Für das Kundenportal brauchen wir einen FAQ-Bereich rund um {topic}, gegliedert nach Vertragsabschluss, Zahlung, Kündigung und Datenschutz. Sie-Form, sachlich, rechtlich vorsichtig formuliert (keine Garantieversprechen). Ausgabe als Markdown mit ## pro Kategorie.",
            "FAQ generieren – Thema: {topic} – Anzahl: {n} – Zielgruppe: ältere Menschen, wenig technikaffin – einfache Sprache, kurze Sätze, keine Fachbegriffe ohne Erklärung.",
        ],
        "fr": [
            "Rédige {n} questions-réponses pour la FAQ du site concernant {topic}. Vouvoiement, ton rassurant, réponses de deux à quatre phrases. Si une info précise manque (tarif, délai), mets un repère du type [À COMPLÉTER] plutôt que d'inventer.",
            "Bonjour, on refond notre centre d'aide et la rubrique sur {topic} est vide. Tu peux me proposer une FAQ structurée par thèmes (souscription, facturation, résiliation, problèmes techniques) ? En Markdown, question en gras, réponse en dessous.",
            "FAQ courte pour la fiche Google Business — sujet : {topic}. {n} questions que les clients posent vraiment au téléphone, réponses en une phrase.",
        ],
        "it": [
            "Mi servono {n} domande frequenti per la pagina di assistenza. Argomento: {topic}. Dai del tu al cliente, risposte brevi (max 3 frasi) e dove mancano dati certi (prezzi, tempi) metti un segnaposto tipo [DA VERIFICARE].",
            "Ciao! Stiamo rifacendo il centro assistenza e manca tutta la sezione per {topic}. Puoi organizzarmi le FAQ in categorie (acquisto, pagamento, spedizione o attivazione, reclami) in Markdown, con la domanda in grassetto?",
            "FAQ per il sito istituzionale — oggetto: {topic}. Registro formale (Lei), linguaggio chiaro anche per persone anziane, {n} voci in elenco numerato D/R.",
        ],
    },
    "product_copy": {
        "es": [
            "Redacta la ficha de producto para {topic} en nuestra tienda online: un título de máx. 80 caracteres, 5 bullets de beneficios (no características técnicas a palo seco) y una descripción larga de unas 150 palabras. Público: gente de 30-45 años, urbana, sin tiempo.",
            "Vamos a hacer un test A/B en la landing donde presentamos {topic}. Quiero {n} variantes del titular y del subtítulo que cambien de enfoque (ahorro, comodidad, confianza, urgencia...), no solo de palabras. Ponlas en una tabla con columnas Variante | Titular | Subtítulo | Enfoque.",
            "Buenas, necesito títulos de marketplace (Amazon.es y Miravia) para publicar {topic}. Dame {n} opciones por debajo de 150 caracteres, con la palabra clave principal al principio y sin mayúsculas sostenidas ni emojis, que luego nos rechazan el listado.",
        ],
        "pt": [
            "Escreva a descrição do anúncio para {topic} no Mercado Livre: título com até 60 caracteres, 6 bullets com os principais benefícios e um parágrafo final sobre garantia e entrega. Nada de CAIXA ALTA.",
            "Quero testar copy na landing page. Me dá {n} versões de headline + subheadline para {topic}, cada uma explorando um gatilho diferente (prova social, escassez, economia, praticidade). Marca do lado qual gatilho foi usado.",
            "Preciso de microtextos para os cards da vitrine com {topic}: um nome curto (até 30 caracteres), uma frase de benefício e um selo (ex.: Mais vendido, Novidade). Gere {n} combinações diferentes.",
        ],
        "de": [
            "Produkttext für den Shop: {topic}. Ich brauche eine knackige Headline, 5 Bulletpoints mit Nutzenversprechen und einen Fließtext (ca. 120 Wörter). Zielgruppe sind eher preisbewusste Käufer, also Preis-Leistung betonen, aber nicht billig klingen.",
            "Wir machen einen A/B-Test auf der Produktseite. Schreib mir bitte {n} alternative Kurzbeschreibungen (jeweils 2–3 Sätze) für {topic} – eine Hälfte emotional, die andere faktenorientiert. Nummeriert und mit Kennzeichnung E/F.",
            "Für unsere Listings bei Otto und Kaufland brauchen wir Artikeltitel für {topic}. {n} Vorschläge, max. 120 Zeichen, wichtigste Suchbegriffe nach vorn, keine Werbefloskeln wie TOP oder Bestseller (wird von den Marktplätzen abgelehnt).",
        ],
        "fr": [
            "Fiche produit e-commerce pour {topic} :\n- titre accrocheur (70 caractères max)\n- 5 puces orientées bénéfices\n- description d'environ 150 mots, ton chaleureux\n- une phrase de réassurance (livraison, retours) avec des crochets pour les conditions",
            "On lance un test A/B sur la page de vente. Propose {n} accroches différentes pour {topic}, chacune avec un angle distinct (prix, gain de temps, plaisir, écologie…) et indique l'angle entre parenthèses.",
            "J'ai besoin de titres d'annonce pour Cdiscount et Amazon.fr concernant {topic}. Donne-m'en {n}, moins de 150 caractères, mots-clés importants au début, pas de majuscules partout ni de points d'exclamation.",
        ],
        "it": [
            "Scheda prodotto per l'e-commerce: {topic}. Titolo SEO-friendly sotto i 70 caratteri, 5 bullet point con benefici concreti, descrizione di circa 130 parole con tono caldo e un po' di storytelling sul Made in Italy dove ha senso.",
            "Per un test A/B sulla landing page mi scrivi {n} coppie titolo + sottotitolo per {topic}? Ogni coppia deve puntare su una leva diversa (risparmio, qualità, tempo, fiducia). Mettile in tabella.",
            "Titoli per le inserzioni su Amazon.it ed eBay per {topic}: {n} proposte, max 150 caratteri, parole chiave principali in apertura, niente maiuscolo continuo né simboli strani.",
        ],
    },
    "quiz": {
        "es": [
            "Estoy montando el módulo de formación interna sobre {topic} para el equipo de atención al cliente. Genera {n} preguntas tipo test con 4 opciones (a-d), una sola correcta, e indica al final la clave de respuestas con una línea de explicación cada una.",
            "Prepárame flashcards para repasar {topic}: por un lado la pregunta, por el otro la respuesta en una frase. Que vayan de lo básico a lo más enrevesado. Unas {n} tarjetas, en CSV con columnas anverso y reverso separadas por punto y coma.",
            "Examen final del curso para alumnos de FP — contenido: {topic}.\n- 10 preguntas de verdadero/falso\n- 5 de respuesta corta\n- 2 casos prácticos breves\nIncluye el solucionario aparte y la puntuación de cada pregunta sobre 10.",
        ],
        "pt": [
            "Estou montando a trilha de capacitação dos vendedores e um dos módulos é sobre {topic}. Crie {n} questões de múltipla escolha com 5 alternativas (A a E), no estilo de prova de concurso, e o gabarito comentado no final.",
            "Quiz para o app de perguntas e respostas, categoria: {topic}. Questões de nível fácil, médio e difícil, 4 alternativas cada, indicando a correta e uma curiosidade de uma linha para mostrar depois da resposta.",
            "Boa tarde. Para a plataforma de e-learning da empresa precisamos de um teste de avaliação sobre {topic}, com {n} perguntas de resposta curta e a respetiva grelha de correção (resposta esperada e critérios para pontuação parcial).",
        ],
        "de": [
            "Für das Onboarding neuer Mitarbeitender im Vertrieb erstellen wir einen Wissenstest über {topic}. Bitte {n} Multiple-Choice-Fragen mit je vier Antwortmöglichkeiten, genau eine richtig, plus Lösungsschlüssel mit kurzer Begründung.",
            "Karteikarten fürs Lernen, Thema: {topic}. Vorderseite Begriff oder Frage, Rückseite knappe Antwort. Bitte als Tabelle mit zwei Spalten, so dass ich sie direkt in Anki importieren kann (Tab-getrennt).",
            "Hi, wir bauen eine Quiz-Runde für unseren Firmen-Newsletter und diesmal geht's um {topic}. Ich bräuchte {n} lockere Fragen, gern mit Augenzwinkern, je drei Antworten zur Auswahl und die Auflösung ganz unten.",
        ],
        "fr": [
            "Pour notre plateforme de formation interne, crée un QCM de {n} questions sur {topic}, 4 propositions par question, une seule bonne réponse. Mets le corrigé à la fin avec une courte justification pour chaque réponse.",
            "Je prépare une évaluation de fin de module pour des apprentis en BTS, thème : {topic}. Il me faut un mélange de vrai/faux, de questions ouvertes courtes et une mini étude de cas, avec le barème sur 20 et les éléments de réponse attendus.",
            "Cartes de révision recto/verso sur {topic}, environ {n} cartes, en allant du plus simple au plus pointu. Format : deux colonnes séparées par une tabulation pour import dans Quizlet.",
        ],
        "it": [
            "Sto preparando il percorso di formazione per i nuovi addetti vendita e un modulo riguarda {topic}. Creami {n} domande a risposta multipla (4 opzioni, una corretta) con la chiave delle risposte e una breve spiegazione per ciascuna.",
            "Verifica di fine unità per una classe di istituto tecnico, argomento: {topic}. Voglio 8 domande vero/falso, 4 a risposta aperta breve e un esercizio pratico, con griglia di valutazione in decimi e soluzioni.",
            "Stiamo organizzando una serata in negozio e faremo un quiz a squadre. Tema: {topic}. Mi servono {n} domande a risposta secca, facili da leggere ad alta voce, con la risposta subito sotto in corsivo.",
        ],
    },
    "test_data": {
        "es": [
            "Necesito datos ficticios para la demo comercial donde enseñamos {topic}: {n} clientes con nombre, apellidos, DNI (con letra válida pero inventado), email, móvil español y provincia. Devuélvelo como CSV con cabecera, nada de texto antes ni después.",
            "Genera sentencias INSERT INTO pedidos (id, cliente_id, fecha, importe, estado) para poblar la base de datos de pruebas (proyecto: {topic}). {n} filas, fechas de 2024, importes con dos decimales y estados repartidos entre pendiente, enviado, entregado y devuelto.",
            "QA aquí 👋 Estamos probando el formulario de alta para {topic} y quiero una lista de entradas raras para casos límite: nombres con tildes y ñ, apellidos compuestos, códigos postales de Ceuta y Canarias, emails con +, campos vacíos, textos larguísimos... Devuélvelo como array JSON de objetos con los campos caso, valor y resultado_esperado.",
        ],
        "pt": [
            "Gere {n} registros fictícios de clientes para o ambiente de homologação — sistema: {topic}. Campos: nome completo, CPF (dígito verificador válido, mas inventado), e-mail, celular com DDD, CEP e cidade. Saída em CSV separado por ponto e vírgula.",
            "Preciso de massa de dados para os testes do checkout. Produto: {topic}. Quero pedidos com cupom expirado, frete zero, parcelamento em 12x, CEP inexistente, quantidade zero e valor negativo. Cada caso como um objeto num array JSON, com os campos descricao, entrada e esperado.",
            "Vamos apresentar a um cliente o painel administrativo para {topic} e o banco está vazio. Escreve um script SQL com INSERTs na tabela assinaturas (id, cliente, plano, data_inicio, status): {n} linhas, datas entre janeiro e junho de 2024, status ativo, cancelado ou inadimplente.",
        ],
        "de": [
            "Erzeuge {n} Fake-Kundendatensätze für die Staging-Umgebung – Produkt: {topic}. Felder: Vorname, Nachname, Straße mit Hausnummer, PLZ (fünfstellig), Ort, E-Mail, IBAN im DE-Format (darf ruhig ungültig sein). Ausgabe als CSV, kommagetrennt, mit Header.",
            "Für unsere Unit-Tests rund um {topic} brauche ich Grenzfälle für die Adressvalidierung: Umlaute und ß, Straßennamen mit Schrägstrich, Hausnummern wie 12a oder 3-5, Postfach statt Straße, österreichische und Schweizer PLZ. Bitte als JSON-Array von Objekten mit den Feldern eingabe, erwartet_gueltig und kommentar.",
            "SQL-INSERTs für die Tabelle bestellungen (id, kunden_nr, bestelldatum, betrag_eur, zahlart, status) – Demo-Datenbank für {topic}. {n} Zeilen, Zahlarten gemischt (PayPal, Rechnung, Lastschrift, Kreditkarte), ein paar Stornos dabei.",
        ],
        "fr": [
            "Génère {n} clients fictifs pour notre environnement de recette (projet : {topic}). Champs : civilité, prénom, nom, adresse, code postal, ville, email, téléphone au format 06 XX XX XX XX. Export CSV avec point-virgule comme séparateur, sans commentaire.",
            "J'écris des tests unitaires pour le module de paiement — produit concerné : {topic}. Il me faut des cas limites : montant à zéro, montant négatif, devise inconnue, carte expirée, code promo déjà utilisé, caractères accentués dans le nom. Un tableau JSON d'objets avec les champs cas, donnees_entree et resultat_attendu.",
            "Des INSERT SQL pour remplir la table commandes (id, client_id, date_commande, montant_ttc, statut) de notre appli de démonstration pour {topic}. Une vingtaine de lignes, dates sur 2024, statuts variés (en préparation, expédiée, livrée, remboursée).",
        ],
        "it": [
            "Generami {n} anagrafiche clienti fittizie per l'ambiente di test. Progetto: {topic}. Campi: nome, cognome, codice fiscale (formalmente plausibile ma inventato), email, cellulare con prefisso +39, CAP, comune e provincia. Output CSV con intestazione e separatore punto e virgola.",
            "Per i test automatici del carrello (prodotto: {topic}) mi servono casi limite: quantità zero, coupon scaduto, CAP di Livigno e Campione d'Italia, cognomi con apostrofo tipo D'Angelo, indirizzi lunghissimi. Restituiscili come array JSON di oggetti con i campi scenario, input e atteso.",
            "INSERT SQL per la tabella prenotazioni (id, cliente_id, data_prenotazione, importo, stato) del database demo usato per {topic}. {n} righe, date tra marzo e settembre 2024, stati: confermata, annullata, in attesa, completata.",
        ],
    },
    "marketing": {
        "es": [
            "Escribe {n} asuntos de email para la newsletter de septiembre. Producto protagonista: {topic}. Máximo 45 caracteres, puedes usar un emoji en algunos, y evita palabras que disparen el filtro de spam (gratis, urgente, oferta!!!).",
            "Copy para redes: necesitamos posts para Instagram y LinkedIn anunciando {topic}. Para cada red 3 versiones, la de Instagram más desenfadada y con hashtags, la de LinkedIn más seria y sin hashtags a mansalva.",
            "Lluvia de ideas de eslóganes para {topic}. Quiero {n}, cortos (máx. 6 palabras), que se puedan leer de un vistazo en una marquesina. Después marca tus 3 favoritos y explica en una línea por qué.",
        ],
        "pt": [
            "Cria {n} linhas de assunto para o e-mail marketing da Black Friday com {topic} como destaque. Até 40 caracteres, pode usar emoji em metade delas, e sugere também o preheader de cada uma.",
            "Precisamos de legendas para o Instagram e roteiros de 15 segundos para Reels divulgando {topic}. Três ideias de cada, linguagem jovem, com CTA pro link na bio.",
            "Anúncios para Google Ads — {topic}:\n• 15 títulos de até 30 caracteres\n• 4 descrições de até 90 caracteres\n• nenhum título começando com a mesma palavra",
        ],
        "de": [
            "Betreffzeilen für den Newsletter nächste Woche, Fokus auf {topic}. {n} Varianten, max. 50 Zeichen, keine Ausrufezeichen-Orgien. Bitte auch zwei, drei mit Personalisierung [VORNAME].",
            "LinkedIn-Post und Instagram-Caption über {topic}: jeweils drei Versionen. LinkedIn eher seriös mit einem kleinen Insight am Anfang, Instagram locker, mit 5–8 passenden Hashtags.",
            "Claims/Slogans für Plakat und Radiospot – {topic}. Kurz, merkbar, gern mit Wortspiel, aber nicht albern. Gib mir {n} Stück und sortier sie von konservativ nach mutig.",
        ],
        "fr": [
            "Propose {n} objets d'email pour la campagne des soldes d'hiver mettant en avant {topic}. 45 caractères max, un ou deux avec emoji, et évite les mots qui font tomber en spam.",
            "Posts pour nos réseaux sociaux sur {topic} : trois pour Instagram (ton léger, hashtags), trois pour LinkedIn (plus pro, un chiffre ou un constat en ouverture), un pour Facebook destiné à une audience plutôt locale.",
            "Brainstorm slogans pour {topic}. Court, percutant, compréhensible en 2 secondes sur une affiche de métro. Donne-m'en {n} et mets en gras tes trois préférés.",
        ],
        "it": [
            "Scrivimi {n} oggetti per la newsletter di fine mese in cui spingiamo {topic}. Max 45 caratteri, qualcuno con emoji, niente parole da spam tipo GRATIS in maiuscolo.",
            "Post social per il lancio: {topic}. Tre versioni per Instagram (tono leggero, hashtag), due per Facebook pensate per un pubblico over 50 e una per LinkedIn.",
            "Slogan per la campagna radio e affissioni per {topic}. Brevi, che restino in testa, magari con una rima. Dammene {n} e dimmi quale useresti tu.",
        ],
    },
    "localization": {
        "es": [
            "La landing que presenta {topic} está escrita para España y la vamos a lanzar en México. Adáptala: cambia el vosotros por ustedes, móvil por celular, precios en MXN con [PRECIO] como marcador y revisa cualquier referencia cultural que no funcione allí. Te resumo el contenido: titular de beneficio, tres bloques de ventajas, testimonios y un CTA de prueba gratis de 14 días.",
            "Localiza al español neutro las cadenas de la interfaz de la app para {topic}. Son unas {n} cadenas típicas: botones de guardar, cancelar y reintentar, mensajes de error de pago, aviso de sesión caducada y las pantallas de onboarding. Mantén los marcadores %s y %d tal cual y no pases de 20 caracteres en los botones.",
            "Vamos a lanzar {topic} en Colombia y Chile. Resume en una tabla qué cambiar en la comunicación de cada país (tú o usted, palabras que allí suenan raras, formato de precios y fechas, medios de pago habituales) y luego escribe el claim principal y el texto del botón adaptados a cada uno.",
        ],
        "pt": [
            "O nosso site português tem a página sobre {topic} e queremos lançá-la no Brasil. Adapta o texto: troca telemóvel por celular, autocarro por ônibus, usa você, passa os valores para R$ (deixa [PREÇO] como marcador) e ajusta as referências a feriados e estações do ano. O original tem uma introdução, quatro benefícios e uma secção de perguntas.",
            "Antes de localizar o app sobre {topic} para o México, monte um glossário com {n} termos de interface (carrinho, checkout, frete, boleto, Pix...) com a tradução recomendada para es-MX e uma observação quando o conceito não existir por lá.",
            "A campanha de Dia das Mães para {topic} foi pensada para o Brasil. Preciso adaptar para Portugal, onde o Dia da Mãe cai no primeiro domingo de maio e o tom é mais contido: reescreve o título, dois parágrafos curtos e o CTA em português europeu.",
        ],
        "de": [
            "Unsere deutsche Landingpage über {topic} soll für Österreich und die Schweiz angepasst werden. Erklär bitte, was wir jeweils ändern müssen (Begriffe wie Jänner, Velo, Natel, ß vs. ss in der Schweiz, Preise in EUR bzw. CHF als Platzhalter) und schreib dann Headline und Einleitungsabsatz in beiden Varianten neu. Inhaltlich: Nutzenversprechen, drei Vorteile, Kundenstimmen, Call-to-Action.",
            "Wir lokalisieren die App-Oberfläche für {topic} ins Englische (UK) und Französische. Bevor die Übersetzer loslegen: erstelle ein Glossar mit {n} zentralen UI-Begriffen (z. B. Warenkorb, Kasse, Abo pausieren, Rechnung herunterladen), jeweils mit Vorschlag EN-GB und FR und einem Hinweis, falls der Begriff kontextabhängig ist.",
            "Die Frühjahrskampagne für {topic} wurde ursprünglich für den US-Markt konzipiert (sehr direkter Ton, Save big, viele Superlative). Adaptiere die Kernbotschaft für Kund:innen in Deutschland: zurückhaltender, vertrauensbildend, ohne Versprechen, die hier wettbewerbsrechtlich heikel wären. Ich brauche Headline, Subline und CTA in je zwei Varianten.",
        ],
        "fr": [
            "Notre page de présentation pour {topic} a été écrite pour la France. Adapte-la pour le Québec : vocabulaire local (courriel, magasiner, fin de semaine…), prix en dollars canadiens avec [PRIX], mention des taxes TPS/TVQ et ton un peu plus direct. Le contenu : accroche, trois avantages, avis clients, bouton d'essai gratuit.",
            "Les textes de l'interface pour {topic} sont rédigés en français de France, mais une partie des utilisateurs est en Belgique et en Suisse. Liste-moi {n} formulations qui risquent de coincer (septante/soixante-dix, déjeuner/dîner/souper, GSM/portable…) et propose pour chacune une alternative neutre qui passe partout.",
            "Les notifications push et SMS promotionnels pour {topic} partent aujourd'hui en France métropolitaine ; on veut les envoyer aussi en Martinique, en Guadeloupe et à La Réunion. Adapte les messages (fuseaux horaires, saisons inversées à La Réunion, jours fériés locaux, frais de livraison outre-mer) et donne deux versions par territoire.",
        ],
        "it": [
            "La pagina per {topic} l'abbiamo scritta per l'Italia, ora apriamo in Canton Ticino. Cosa va cambiato? Prezzi in CHF con [PREZZO], termini elvetici (natel, azione al posto di offerta, licenza di condurre), riferimenti alle festività. Poi riscrivi titolo e paragrafo introduttivo. Il contenuto originale: promessa principale, tre vantaggi, recensioni, pulsante Prova gratis.",
            "Stiamo traducendo l'interfaccia dell'app per {topic} in inglese e tedesco per i turisti in Alto Adige. Fammi un elenco di {n} stringhe che l'app avrà sicuramente (pulsanti, errori, notifiche) con la versione IT, EN e DE affiancate, massimo 22 caratteri per i pulsanti.",
            "La campagna estiva per {topic} è nata per il mercato spagnolo. Adattala al pubblico italiano: cambia i riferimenti (Ferragosto invece di San Juan, le nostre abitudini di vacanza), tono un po' meno urlato, e riscrivi headline, due righe di body copy e CTA.",
        ],
    },
    "seo": {
        "es": [
            "Meta títulos y meta descripciones para {topic}. Quiero {n} pares, título de máx. 60 caracteres y descripción de 140-155, con la keyword principal en los primeros caracteres y una llamada a la acción distinta en cada uno.",
            "Esquema para un post del blog orientado a posicionar {topic}: H1, H2 y H3 con la intención de búsqueda de cada sección, preguntas tipo 'Otras preguntas de los usuarios' para una FAQ al final y sugerencias de enlazado interno.",
            "SEO local: tenemos fichas por ciudad para {topic}. Dame encabezados H2 optimizados para {n} ciudades españolas distintas (Madrid, Valencia, Sevilla, Bilbao...), sin que suenen a plantilla repetida.",
        ],
        "pt": [
            "Monte a estrutura de um artigo de blog sobre {topic}: título H1, subtítulos H2/H3, a intenção de busca de cada parte, sugestões de palavras-chave de cauda longa e ideias de links internos.",
            "Gera {n} combinações de title tag + meta description para {topic}. Title até 60 caracteres, description até 155, sem cortar palavra no meio. Evita repetir a mesma estrutura.",
            "Quero {n} ideias de pauta para o blog que atraiam quem está pesquisando sobre {topic} no Google mas ainda não está pronto pra comprar (topo de funil). Para cada uma: título, palavra-chave principal e volume estimado (baixo/médio/alto).",
        ],
        "de": [
            "Meta-Title und Meta-Description für {topic}, {n} Varianten. Title max. 60 Zeichen, Description 150–160, Hauptkeyword möglichst weit vorn, jeweils mit einem anderen Call-to-Action.",
            "Bitte eine Gliederung für einen Ratgeberartikel (ca. 2.000 Wörter) über {topic} erstellen: H1, H2, H3, pro Abschnitt Suchintention und 2–3 Nebenkeywords, am Ende ein FAQ-Block mit Fragen, die Leute typischerweise googeln.",
            "Wir brauchen Content-Ideen für den Blog rund um {topic}. Liste {n} Artikelthemen mit Arbeitstitel, Fokuskeyword und ob die Suchintention eher informational, kommerziell oder transaktional ist.",
        ],
        "fr": [
            "Rédige {n} balises title et meta description pour {topic}. Title ≤ 60 caractères, description entre 140 et 155, mot-clé principal au début, pas de bourrage de mots-clés.",
            "Plan détaillé d'un article de blog optimisé SEO sur {topic} : H1, H2, H3, intention de recherche par partie, questions de la rubrique « Autres questions posées » à traiter, et idées de maillage interne vers nos pages produits.",
            "Cluster thématique — sujet central : {topic}. Donne-moi une page pilier et {n} articles satellites, avec pour chacun le titre, la requête cible et la façon dont il renvoie vers la page pilier.",
        ],
        "it": [
            "Meta title e meta description per {topic}: {n} varianti, title max 60 caratteri, description tra 140 e 155, keyword principale all'inizio, CTA diversa ogni volta.",
            "Struttura di un articolo per il blog aziendale. Argomento: {topic}. Voglio H1, H2 e H3, l'intento di ricerca di ogni sezione, 5-6 keyword correlate e una sezione FAQ finale con le domande che la gente cerca davvero su Google.",
            "Piano editoriale SEO dei prossimi tre mesi per {topic}: {n} titoli di articoli, ognuno con keyword focus, tipo di intento (informativo, commerciale, locale) e mese di pubblicazione consigliato.",
        ],
    },
    "support_macros": {
        "es": [
            "Necesito macros de Zendesk sobre {topic} para los casos más repetidos: cobro duplicado, pedido que no llega, solicitud de baja, cambio de datos. Cada macro con asunto, cuerpo y las variables entre corchetes, p. ej. [NOMBRE_CLIENTE].",
            "Escríbeme {n} respuestas predefinidas para el chat de soporte sobre {topic}. Tono amable pero sin rollos; el cliente muchas veces viene cabreado. Cada respuesta empieza con una disculpa o un agradecimiento y termina con el siguiente paso claro.",
            "plantillas respuesta soporte {topic} — casos: reembolso aprobado / reembolso denegado / incidencia escalada a técnico / cliente sin responder 48 h. de usted, formal, firma [AGENTE]",
        ],
        "pt": [
            "Preciso de respostas prontas para o time de suporte sobre {topic} no WhatsApp: atraso na entrega, cobrança indevida, pedido de cancelamento e troca. Use variáveis como [NOME] e [NUMERO_PEDIDO] e mantenha cada resposta com menos de 500 caracteres.",
            "Escreve {n} macros para a equipa de apoio responder a reclamações sobre {topic}. Tom empático, sem prometer prazos, terminando sempre com a pergunta: Posso ajudar em mais alguma coisa?",
            "Templates de e-mail para o SAC — assunto: {topic}. 1) confirmação de reembolso, 2) negativa de reembolso fora do prazo de 7 dias do CDC, 3) chamado encaminhado para o time técnico. Formal, começando com Prezado(a) [NOME].",
        ],
        "de": [
            "Textbausteine für unser Support-Team in Freshdesk, Thema: {topic}. Fälle: Lieferverzögerung, doppelte Abbuchung, Widerruf innerhalb von 14 Tagen, Passwort vergessen. Jeder Baustein mit Betreff und Text, Platzhalter in eckigen Klammern, Sie-Form.",
            "Schreib {n} kurze Antworten für den Live-Chat über {topic}. Freundlich, Du-Form, kein Behördendeutsch. Jede Antwort soll mit einer konkreten nächsten Aktion für den Kunden enden.",
            "Makros Kundenservice – Produkt: {topic}\n1. Erstattung genehmigt\n2. Erstattung abgelehnt (außerhalb der Frist)\n3. Ticket an Technik weitergeleitet\n4. Kunde meldet sich nicht zurück, Ticket wird geschlossen\nje max. 80 Wörter, Signatur [AGENT_NAME]",
        ],
        "fr": [
            "Il nous faut des réponses types aux avis négatifs sur Google et Trustpilot concernant {topic}. Écris-en {n}, publiques et courtoises, qui reconnaissent le problème sans admettre de faute et invitent à poursuivre en privé via [EMAIL_SAV].",
            "Modèles de réponse pour le SAV, sujet : {topic}. Remboursement accepté, remboursement refusé (hors délai de rétractation de 14 jours), ticket transmis à l'équipe technique, relance sans réponse du client. Vouvoiement, signature [CONSEILLER].",
            "Salut ! Tu peux m'écrire quelques messages pré-enregistrés pour le chat en direct sur {topic} ? Genre accueil, attente (« je vérifie votre dossier »), transfert vers un collègue et clôture. Court, naturel, pas robotique.",
        ],
        "it": [
            "Risposte predefinite per il customer care via email per {topic}. Casi: ritardo nella consegna, addebito doppio, richiesta di recesso entro 14 giorni, prodotto arrivato danneggiato. Registro formale (Lei), segnaposto tra parentesi quadre, massimo 120 parole l'una.",
            "Mi servono {n} risposte rapide per WhatsApp Business. Prodotto: {topic}. Tono cordiale ma sbrigativo, frasi brevi, al massimo una emoji, e sempre con il passo successivo chiaro.",
            "Template per il team di assistenza: ticket per {topic} che restano senza risposta del cliente. Serve una sequenza di 3 solleciti (dopo 2, 5 e 10 giorni) e un messaggio di chiusura del ticket, gentile e senza colpevolizzare.",
        ],
    },
}

SYSTEMS: dict[str, list[str]] = {
    "es": [
        "Eres el asistente de redacción de una agencia de contenidos de Madrid. Escribe en español de España, tuteando salvo que se pida lo contrario, sin anglicismos innecesarios ni frases de relleno. Si falta un dato (precio, plazo, característica), no lo inventes: deja un marcador entre corchetes.",
        "Herramienta interna de QA. Generas datos de prueba ficticios para entornos de desarrollo: nunca uses datos de personas reales, respeta el formato pedido al pie de la letra y no añadas explicaciones fuera del bloque de salida.",
        "Asistente de creación de preguntas para una plataforma educativa de secundaria y FP. Las preguntas deben ser claras, sin ambigüedades, con una única respuesta correcta salvo indicación contraria, y siempre con su clave de respuestas.",
        "Eres copywriter para tiendas online de Latinoamérica. Usa español neutro, frases cortas y orientadas al beneficio. Respeta los límites de caracteres indicados y no prometas envío gratis, garantías ni descuentos si no aparecen en el encargo.",
    ],
    "pt": [
        "Você é o assistente de redação de uma agência de conteúdo em São Paulo. Escreva em português do Brasil, tom próximo e claro, tratando o leitor por você. Não invente preços, prazos ou especificações: use marcadores entre colchetes.",
        "Ferramenta interna do time de QA. Gere apenas dados fictícios para ambientes de teste e homologação, sem nenhuma pessoa real nem CPF de terceiros. Siga exatamente o formato pedido e não escreva nada fora da saída.",
        "Assistente de elaboração de questões para uma edtech de preparação para vestibulares e concursos. As questões devem ter enunciado claro, uma única alternativa correta e gabarito comentado.",
        "És o assistente de apoio ao cliente de uma loja online portuguesa. Redige respostas em português europeu, cordiais e objetivas, respeitando os direitos do consumidor (livre resolução de 14 dias, garantia) e sem prometer compensações que não estejam previstas.",
    ],
    "de": [
        "Du bist der Texter-Assistent einer Content-Agentur in Hamburg. Schreibe in korrektem Deutsch, standardmäßig in der Du-Form, gendere mit Doppelpunkt. Erfinde keine Preise, Fristen oder Produkteigenschaften, sondern nutze Platzhalter in eckigen Klammern.",
        "Du erzeugst ausschließlich fiktive Testdaten für Entwicklungs- und Staging-Systeme. Keine echten Personen, keine realen Kontonummern. Halte dich exakt an das angeforderte Format und gib keinen Text außerhalb des Ausgabeblocks zurück.",
        "Assistent für die Erstellung von Prüfungsfragen in der beruflichen Weiterbildung. Fragen müssen eindeutig, fachlich korrekt und dem angegebenen Niveau angemessen sein. Liefere immer einen Lösungsschlüssel mit.",
        "Du unterstützt das Kundenservice-Team eines Onlineshops beim Formulieren von Antwortvorlagen. Ton: freundlich, lösungsorientiert, keine Schuldzuweisungen. Beachte deutsches Verbraucherrecht (Widerrufsfrist, Gewährleistung) und versprich nichts, was nicht im Auftrag steht.",
    ],
    "fr": [
        "Tu es l'assistant rédactionnel d'une agence de contenus lyonnaise. Écris dans un français soigné, vouvoie le lecteur sauf consigne contraire, évite les anglicismes inutiles et le jargon marketing creux. N'invente jamais un prix, un délai ou une caractéristique : utilise des crochets.",
        "Outil interne de l'équipe QA : tu produis uniquement des données de test fictives, sans personne réelle ni IBAN valide. Respecte exactement le format demandé et ne renvoie rien d'autre que le contenu.",
        "Tu aides des formateurs à rédiger des évaluations pour des parcours e-learning en entreprise. Chaque question doit être claire, sans piège gratuit, adaptée au niveau indiqué, et accompagnée de son corrigé.",
        "Assistant du service client d'une enseigne e-commerce française. Tu rédiges des modèles de réponse courtois et précis, conformes au droit de la consommation (rétractation de 14 jours, garantie légale de conformité), sans promettre de geste commercial non prévu.",
    ],
    "it": [
        "Sei l'assistente di copywriting di un'agenzia di contenuti di Milano. Scrivi in un italiano corretto e scorrevole, evita anglicismi superflui e frasi fatte. Non inventare prezzi, tempi o caratteristiche: usa segnaposto tra parentesi quadre.",
        "Strumento interno del team QA: generi esclusivamente dati di prova fittizi, senza persone reali né codici fiscali o IBAN appartenenti a qualcuno. Rispetta alla lettera il formato richiesto e non aggiungere commenti.",
        "Supporti docenti e formatori nella stesura di verifiche e quiz. Ogni domanda deve essere univoca, corretta nei contenuti e adatta al livello indicato; fornisci sempre le soluzioni.",
        "Sei il copywriter di un marketplace italiano di prodotti tipici. Tono caldo ma non melenso, niente superlativi a vuoto, rispetta i limiti di caratteri indicati e non citare certificazioni (DOP, IGP, bio) se non sono specificate nella richiesta.",
    ],
}

TOPICS: dict[str, list[str]] = {
    "es": [
        "la suscripción mensual de café de especialidad",
        "el curso online de Excel para pymes",
        "la app de reserva de pistas de pádel",
        "el seguro de mascotas Básico",
        "la freidora de aire de 5,5 litros",
        "el servicio de lavandería a domicilio en Madrid",
        "la plataforma de facturación electrónica para autónomos",
        "las clases de yoga en línea",
        "el colchón viscoelástico de 20 cm",
        "la escapada rural a la Ribeira Sacra",
        "el programa de puntos de la tienda",
        "el curso de preparación del DELE B2",
    ],
    "pt": [
        "o plano de internet fibra 500 mega",
        "o curso online de confeitaria para iniciantes",
        "o aplicativo de delivery de marmitas fit",
        "a maquininha de cartão para MEI",
        "o protetor solar FPS 50 com cor",
        "o serviço de limpeza residencial por assinatura",
        "a conta digital para pequenos negócios",
        "o cursinho preparatório para o ENEM",
        "o cabaz semanal de legumes biológicos",
        "o programa de pontos da loja",
        "o pacote de viagem para Fernando de Noronha",
        "a mentoria de finanças pessoais",
    ],
    "de": [
        "unsere Zahnzusatzversicherung",
        "unser E-Bike-Leasing für Firmen",
        "die Meal-Prep-Box für Familien",
        "die Online-Schulung Buchhaltung mit DATEV",
        "unsere Photovoltaik-Komplettpakete",
        "die Lernplattform für Mathe in der Oberstufe",
        "das Kinderfahrrad 16 Zoll",
        "die Terminbuchungs-App für Friseursalons",
        "die Ferienwohnungen an der Ostsee",
        "das Fitnessstudio-Abo ohne Vertragslaufzeit",
        "die Steuer-App für Selbstständige",
        "das Erste-Hilfe-Seminar für Betriebe",
    ],
    "fr": [
        "l'abonnement box beauté mensuelle",
        "la formation en ligne Excel pour débutants",
        "l'application de covoiturage domicile-travail",
        "la mutuelle santé pour indépendants",
        "le robot pâtissier 1200 W",
        "le service de garde d'enfants à domicile",
        "le logiciel de caisse pour boulangeries",
        "les séjours en gîte dans le Vercors",
        "la carte de fidélité du magasin",
        "le cours de préparation au TOEIC",
        "la trottinette électrique pliable",
        "l'offre fibre pour les professionnels",
    ],
    "it": [
        "l'abbonamento in palestra senza vincoli",
        "il corso online di cucina regionale",
        "l'app per prenotare il parrucchiere",
        "la polizza casa e famiglia",
        "la macchina da caffè a capsule compatta",
        "il noleggio di bici elettriche a Firenze",
        "il gestionale per studi dentistici",
        "le vacanze in agriturismo in Val d'Orcia",
        "la carta fedeltà del supermercato",
        "il corso di preparazione alla patente B",
        "il materasso memory foam a doppia rigidità",
        "l'olio extravergine di oliva pugliese",
    ],
}

SAMPLES: dict[str, list[str]] = {
    "es": [
        "P: ¿Puedo pausar mi suscripción un mes? R: Sí, desde Mi cuenta > Suscripción puedes pausarla hasta 2 meses sin coste.",
        "Ana,García López,12345678Z,ana.garcia@ejemplo.com,+34 612 345 678,Valencia",
        "Asunto A: Tu café de septiembre ya está en camino ☕ | Asunto B: Lo que va a oler tu cocina mañana",
    ],
    "pt": [
        "P: Posso trocar de plano no meio do mês? R: Pode sim! A diferença é calculada proporcionalmente na próxima fatura.",
        "Mariana Souza Lima;123.456.789-09;mariana.lima@exemplo.com.br;(11) 98765-4321;04567-000;São Paulo",
        "1) Qual é o prazo de arrependimento para compras online? A) 3 dias B) 7 dias C) 15 dias D) 30 dias — Gabarito: B",
    ],
    "de": [
        "Betreff: [VORNAME], dein Frühjahrs-Check ist fällig 🌱",
        "Lena,Schröder,Lindenstraße 14,50674,Köln,lena.schroeder@example.de,DE12500105170648489890",
        "Frage 3: Ab wann greift die Leistung? a) sofort b) nach 3 Monaten c) nach 8 Monaten – richtig: c",
    ],
    "fr": [
        "Q : Puis-je suspendre mon abonnement pendant les vacances ? R : Oui, depuis votre espace client, rubrique Abonnement, pour 1 à 2 mois.",
        "M.;Julien;Marchand;12 rue des Lilas;69003;Lyon;julien.marchand@exemple.fr;06 12 34 56 78",
        "Objet : Les soldes, c'est maintenant (et ça ne dure pas) ❄️",
    ],
    "it": [
        "D: Posso sospendere l'abbonamento per un mese? R: Sì, dall'area personale, sezione Abbonamento, fino a 60 giorni l'anno.",
        "Giulia;Bianchi;BNCGLI90A41H501X;giulia.bianchi@esempio.it;+39 333 123 4567;00184;Roma;RM",
        "Oggetto: L'estate sta finendo, il tuo sconto no ☀️",
    ],
}
