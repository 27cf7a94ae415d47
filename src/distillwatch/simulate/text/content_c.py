"""Honest bulk-content requests for the content_studio persona, languages es pt de fr it;
written from a brief, not trained on."""

from __future__ import annotations

FRAMES: dict[str, dict[str, list[str]]] = {
    "faq": {
        "es": [
            "Necesito {n} preguntas frecuentes para el centro de ayuda sobre {topic}. Formato: pregunta en negrita y respuesta de 2-3 frases, tratando de tú al cliente. Nada de prometer plazos o devoluciones que no podamos cumplir.",
            "¡Hola! Estamos rehaciendo la página de ayuda. ¿Me redactas un bloque de FAQ para {topic}? Cubre precio, cancelación, plazos y qué pasa si algo falla. Respuestas cortas, que se lean bien en el móvil.",
            "FAQ | {topic} | {n} entradas | español neutro para LatAm | salida en markdown con ### delante de cada pregunta",
        ],
        "pt": [
            "Preciso de {n} perguntas frequentes sobre {topic} para a central de ajuda do site. Cada resposta com no máximo 3 frases, linguagem simples, tratando o cliente por 'você'.",
            "Oi! Pode montar uma seção de FAQ para {topic}? Quero cobrir: como contratar ou comprar, formas de pagamento (Pix, boleto, cartão em até 12x), prazos, troca e cancelamento. Formato markdown, pergunta em negrito.",
            "Tarefa: FAQ para a página de produto\nProduto/serviço: {topic}\nQuantidade: {n}\nPúblico: clientes leigos, primeira compra\nEvitar: juridiquês e prazos exatos",
        ],
        "de": [
            "Bitte erstelle {n} FAQ-Einträge für unseren Hilfebereich zum Thema „{topic}“. Jeweils Frage plus Antwort in maximal drei Sätzen, Sie-Form, sachlich.",
            "Hi, wir brauchen für die Produktseite einen FAQ-Block. Produkt: {topic}. Deck bitte Lieferung, Kündigung bzw. Rückgabe, Zahlung (Rechnung, PayPal, Klarna) und Garantie ab. Gern du-Form, locker, aber nicht kumpelhaft.",
            "## Aufgabe\nFAQ für die Landingpage\n## Angebot\n{topic}\n## Vorgaben\n- {n} Fragen\n- keine Rechtsberatung, nur allgemeine Hinweise\n- Ausgabe als Markdown-Liste",
        ],
        "fr": [
            "Rédige {n} questions fréquentes pour le centre d'aide concernant {topic}. Question + réponse de 2 à 3 phrases, vouvoiement, ton rassurant.",
            "Bonjour,\nPourriez-vous préparer une FAQ complète pour {topic} ?\nPoints à couvrir :\n- tarifs et moyens de paiement\n- livraison ou mise en service\n- résiliation et retours\n- SAV et garantie\nMerci de rester factuel, sans jargon.",
            "FAQ courte ({n} entrées) pour la page produit, sujet : {topic}. Format markdown, questions en gras. Cible : clients pressés qui lisent sur mobile.",
        ],
        "it": [
            "Scrivi {n} domande frequenti per il centro assistenza riguardanti {topic}. Risposte di massimo tre frasi, dando del tu al cliente, tono amichevole.",
            "Buongiorno, ci servirebbe una sezione FAQ per {topic} da inserire nel sito. Temi da coprire: prezzi e metodi di pagamento (anche Satispay), tempistiche, recesso e rimborsi, assistenza. Grazie!",
            "FAQ – argomento: {topic}\nnumero: {n}\nformato: markdown, domanda in grassetto\nregistro: formale (Lei)\nda evitare: promesse sui tempi di consegna",
        ],
    },
    "product_copy": {
        "es": [
            "Escríbeme la ficha de producto para {topic} para nuestra tienda en Shopify:\n- título (máx. 70 caracteres)\n- 5 bullets con beneficios, no características sueltas\n- descripción larga de unas 150 palabras\nTono directo, nada de superlativos vacíos.",
            "Dame {n} variantes del título del anuncio en Amazon.es para {topic}, para un test A/B. Que cada una destaque un beneficio distinto y no pase de 150 caracteres.",
            "Buenas, nos entra un cliente nuevo de e-commerce. Necesito dos versiones de la descripción para {topic}: una corta para el marketplace (50 palabras) y otra más trabajada para su web. Evita anglicismos innecesarios.",
        ],
        "pt": [
            "Escreva o título e a descrição do anúncio no Mercado Livre para {topic}. Título até 60 caracteres com as palavras que o comprador realmente digita; descrição com bullets de benefícios e uma parte 'O que está incluso'.",
            "Gere {n} variações da headline da página sobre {topic} para teste A/B. Metade focada em preço, metade em praticidade. Uma por linha, sem numeração.",
            "Bom dia! Cliente novo da agência, loja virtual. Preciso de três descrições para {topic} em tons diferentes: sóbria, divertida e premium. Umas 80 palavras cada.",
        ],
        "de": [
            "Schreib eine Produktbeschreibung für unseren Shopware-Shop – Artikel: {topic}. Aufbau: Headline, kurzer Teaser, 5 Bulletpoints mit Nutzen, technische Daten als Liste. Keine Übertreibungen wie „das Beste auf dem Markt“.",
            "{n} Varianten für den Amazon-Titel, Artikel „{topic}“, für einen A/B-Test. Max. 200 Zeichen, Hauptkeyword nach vorne.",
            "Guten Morgen, für einen Kunden aus dem Einzelhandel brauche ich Teaser-Texte für die Kategorieseite, je ca. 40 Wörter. Angebot: {topic}. Bitte drei Tonalitäten: nüchtern, emotional, verspielt.",
        ],
        "fr": [
            "Fiche produit pour {topic}, boutique PrestaShop : titre accrocheur (60 caractères max), chapeau de deux lignes, 5 puces orientées bénéfices, paragraphe descriptif d'environ 120 mots. Évite les superlatifs creux.",
            "Propose {n} accroches différentes pour la bannière produit concernant {topic}, en vue d'un test A/B. Une par ligne, moins de 80 caractères.",
            "Salut ! Nouveau client e-commerce à l'agence. Il me faut la description pour {topic} déclinée en trois versions : marketplace (Cdiscount, Fnac, factuelle), site de la marque (plus narrative) et Google Shopping (très courte).",
        ],
        "it": [
            "Scheda prodotto per {topic} per il nostro shop su WooCommerce: titolo SEO (max 65 caratteri), 5 bullet sui benefici, descrizione di circa 130 parole, tono caldo ma concreto.",
            "Mi servono {n} varianti del titolo dell'inserzione su Amazon.it per {topic}, per un test A/B. Ognuna deve puntare su un vantaggio diverso.",
            "Ciao! Abbiamo un nuovo cliente e-commerce in agenzia. Puoi scrivere tre versioni della descrizione per {topic}? Una essenziale per il marketplace, una più narrativa per il sito del brand e una da 25 parole per le campagne Shopping.",
        ],
    },
    "quiz": {
        "es": [
            "Genera {n} preguntas tipo test sobre {topic} para el módulo de formación interna del equipo comercial. Cuatro opciones (a-d), una sola correcta, y al final la clave de respuestas con una línea de explicación.",
            "Para la app de tarjetas de repaso: crea {n} flashcards con anverso (pregunta breve) y reverso (respuesta en una frase). Tema: {topic}. Sin preguntas de verdadero/falso.",
            "Estoy montando el examen final del curso y me faltan preguntas. ¿Puedes proponer 10 preguntas de respuesta corta sobre {topic}, de dificultad media-alta, con la solución esperada y el criterio para dar media puntuación?",
        ],
        "pt": [
            "Crie {n} questões de múltipla escolha sobre {topic} para o treinamento dos novos vendedores. 4 alternativas, gabarito no final com justificativa curta.",
            "Quero um quiz rápido para os Stories do Instagram sobre {topic}: 5 perguntas com duas opções cada e a resposta certa marcada. Linguagem leve, nada de pegadinha.",
            "Para a plataforma EAD: elabore {n} flashcards (frente/verso) com o essencial que o aluno precisa saber sobre {topic}. Depois, 3 questões dissertativas com a resposta esperada.",
        ],
        "de": [
            "Erstelle {n} Multiple-Choice-Fragen für die Mitarbeiterschulung zum Thema „{topic}“. Je 4 Antwortoptionen, genau eine richtig. Lösungsschlüssel am Ende mit kurzer Begründung.",
            "Für unsere Lernkarten-App: Karteikarten zum Thema {topic}, Vorderseite Frage, Rückseite Antwort (max. 25 Wörter). Anzahl: {n}.",
            "Wir bauen gerade einen Abschlusstest für unseren Onlinekurs. Könntest du 8 offene Fragen formulieren, die prüfen, ob die Teilnehmenden das Thema „{topic}“ wirklich verstanden haben? Mit Musterlösung und Hinweisen für volle bzw. halbe Punktzahl.",
        ],
        "fr": [
            "Génère {n} questions à choix multiple sur {topic} pour la formation des nouveaux conseillers en boutique. 4 propositions, une seule bonne réponse, corrigé à la fin avec une phrase d'explication.",
            "Pour notre appli de révision : {n} cartes mémo (recto : question courte, verso : réponse en une phrase) sur {topic}. Niveau débutant, pas de questions pièges.",
            "Je prépare l'évaluation finale de notre module e-learning. Pourrais-tu écrire 6 questions ouvertes sur {topic}, avec la réponse attendue et un barème sur 20 pour l'ensemble ?",
        ],
        "it": [
            "Genera {n} domande a risposta multipla per la formazione del personale di vendita che riguardano {topic}. 4 opzioni, una sola corretta, chiave delle risposte in fondo con breve spiegazione.",
            "Per l'app di flashcard: {n} carte con fronte (domanda breve) e retro (risposta in una riga). Argomento: {topic}. Livello principiante.",
            "Sto preparando la verifica finale del modulo e-learning, argomento: {topic}. Mi scriveresti 7 domande aperte con risposta attesa e griglia di valutazione (punteggio pieno o parziale)?",
        ],
    },
    "test_data": {
        "es": [
            "Genera {n} pedidos ficticios relacionados con {topic} como sentencias INSERT INTO pedidos (id, cliente, email, fecha, importe, estado). Nombres y direcciones españolas inventadas, emails con dominio example.com, importes con dos decimales.",
            "Para los tests unitarios del formulario de alta para {topic}: lista casos límite de entrada (NIF con letra incorrecta, códigos postales de 4 cifras, nombres con tildes y eñes, teléfonos con prefijo +34, campos vacíos). Devuélvelo como CSV con columnas campo, valor, resultado_esperado.",
            "array json, {n} objetos, campos: nombre, apellidos, email, ciudad, fecha_alta, plan. Clientes inventados para la demo comercial sobre {topic}. Sin texto adicional, solo el JSON.",
        ],
        "pt": [
            "Gere {n} registros fictícios de clientes para o ambiente de homologação do sistema que vende {topic}. CSV com as colunas nome, cpf, email, telefone, cidade, uf. CPFs com formato válido mas inventados, e-mails no domínio example.com.br.",
            "preciso de massa de testes p/ o checkout, pedidos envolvendo {topic}, com casos de borda: CEP inválido, cupom expirado, valor zero, nome com acento e apóstrofo, endereço sem número. Devolve como array JSON de objetos com os campos id, cliente, cep, cupom, valor, esperado.",
            "Monte um script SQL com {n} INSERTs na tabela assinaturas (id, cliente_id, plano, data_inicio, status) para popular a demo sobre {topic}. Datas espalhadas ao longo de 2024, status entre ativa, cancelada e inadimplente.",
        ],
        "de": [
            "Generiere {n} fiktive Kundeneinträge als CSV (Spalten: vorname, nachname, strasse, plz, ort, email, iban_maskiert) für die Demo-Umgebung unseres Angebots „{topic}“. Deutsche Namen und Orte, E-Mails nur mit @example.de.",
            "SQL-INSERTs für die Tabelle bestellungen (id, kunde_id, artikel, menge, preis, status, erstellt_am), {n} Zeilen, Artikel passend zu „{topic}“. Status zufällig aus offen, versendet, storniert.",
            "Für die Unit-Tests des Anmeldeformulars (Thema: {topic}) brauche ich Grenzfälle: Umlaute und ß in Namen, PLZ mit führender Null, Hausnummern wie 12a oder 3-5, extrem lange E-Mail-Adressen, leere Pflichtfelder. Bitte als JSON-Array von Objekten mit den Feldern feld, eingabe, erwartet.",
        ],
        "fr": [
            "Génère {n} clients fictifs au format CSV (nom, prenom, email, telephone, code_postal, ville) pour l'environnement de recette du site qui propose {topic}. Noms français variés, emails en @example.fr, numéros en 06 ou 07.",
            "Cas limites pour les tests unitaires du formulaire d'inscription pour {topic} : noms avec apostrophe (O'Brien, d'Artagnan), traits d'union, accents, codes postaux corses 2A/2B, SIRET erronés, champs vides. Réponds avec un tableau JSON d'objets ayant les champs champ, valeur, attendu.",
            "{n} INSERT SQL pour la table commandes (id, client_id, produit, quantite, montant_ttc, statut, date_commande) — données bidon pour la démo commerciale sur {topic}. Montants cohérents, TVA à 20 %.",
        ],
        "it": [
            "Genera {n} clienti fittizi in CSV (nome, cognome, codice_fiscale, email, cellulare, cap, citta) per l'ambiente di test del portale che vende {topic}. Codici fiscali con formato plausibile ma inventati, email su example.it.",
            "Casi limite per i test unitari del form di registrazione per {topic}: apostrofi nei cognomi (D'Angelo), lettere accentate, CAP con zero iniziale, partite IVA errate, numeri con prefisso +39, campi vuoti. Restituiscili come array JSON di oggetti con i campi campo, input, esito_atteso.",
            "INSERT SQL per la tabella ordini (id, cliente_id, articolo, quantita, importo, stato, data_ordine): {n} righe di dati finti per la demo al cliente, articoli coerenti con {topic}. Stato a scelta tra in_lavorazione, spedito, annullato.",
        ],
    },
    "marketing": {
        "es": [
            "{n} asuntos de email para la campaña de Black Friday sobre {topic}. Máx. 45 caracteres, alguno con emoji y alguno sin. Nada de MAYÚSCULAS a gritos.",
            "Necesito copies para Instagram y LinkedIn anunciando {topic}. Tres versiones por red: una informativa, una con humor y una basada en el testimonio de un cliente (inventado pero verosímil, sin nombre real). Incluye hashtags sugeridos.",
            "Lluvia de ideas: eslóganes para {topic}. Dame unos 20, cortos, que suenen a marca de aquí y no a traducción del inglés. Marca con un asterisco tus tres favoritos.",
        ],
        "pt": [
            "Me dá {n} linhas de assunto para e-mail marketing divulgando {topic}. Mistura de curiosidade, urgência e benefício. Até 50 caracteres.",
            "Post para o LinkedIn da empresa apresentando {topic}, em 3 versões: uma institucional, uma contando uma historinha de cliente e uma em formato de lista. Sem exagero de emojis.",
            "Campanha de Dia das Mães: crie slogans e textos curtos promovendo {topic}. Quero variações para banner de topo, push notification e mensagem de WhatsApp.",
        ],
        "de": [
            "{n} Betreffzeilen für unseren Newsletter, Aufhänger: {topic}. Max. 50 Zeichen, kein Clickbait, teils mit Emoji.",
            "Instagram-Caption plus Story-Text zum Launch von „{topic}“. Bitte drei Varianten, jeweils mit Call-to-Action und fünf passenden Hashtags.",
            "Slogan-Brainstorming für eine regionale Plakatkampagne im Raum München, Produkt: {topic}. Gern etwas Lokalkolorit, aber keine Lederhosen-Klischees. 15 Vorschläge, die besten drei kurz begründen.",
        ],
        "fr": [
            "Donne-moi {n} objets d'email pour la campagne des soldes qui met en avant {topic}. 40 caractères max, sans majuscules criardes ni points d'exclamation à la chaîne.",
            "Trois posts LinkedIn pour annoncer {topic} : un ton corporate, un storytelling client (inventé mais crédible), un format liste « 3 raisons de… ». Ajoute des hashtags pertinents.",
            "Brainstorm slogans pour {topic}, campagne d'affichage dans le métro lyonnais. Court, malin, sans jeux de mots faciles. Une vingtaine, puis ton top 3.",
        ],
        "it": [
            "{n} oggetti per la newsletter che promuove {topic}. Massimo 45 caratteri, qualcuno con emoji, niente maiuscole urlate.",
            "Tre caption Instagram per lanciare {topic}: una ironica, una emozionale, una informativa. Ognuna con call to action e 5 hashtag.",
            "Brainstorming di slogan per lo spot radio regionale (Emilia-Romagna) per {topic}. Una ventina di proposte brevi, poi indica le tre migliori e spiega perché.",
        ],
    },
    "localization": {
        "es": [
            "Tenemos la web en castellano de España y abrimos en México. Adapta los textos para {topic}: vocabulario (ordenador→computadora, móvil→celular…), precios en MXN y trato de usted donde toque. La página tiene cabecera con el beneficio principal, tres ventajas, tabla de precios y una FAQ corta; redáctala de nuevo para México.",
            "Tengo unas {n} cadenas de la interfaz de la app en inglés (botones tipo Add to cart o Checkout, el aviso de pedido en camino, errores de pago). Necesito la versión en español para la sección sobre {topic}, con textos cortos en los botones. Dame una tabla con clave, texto propuesto y una nota si hay riesgo de que no quepa.",
            "La campaña de verano para {topic} se hizo en Argentina, con mucho voseo y referencias locales (asado, Mar del Plata). Adáptala para Colombia: mismo mensaje, giros de allá, sin voseo. Son un titular, un subtítulo y un texto de 60 palabras para banner.",
        ],
        "pt": [
            "Temos o site em português do Brasil e vamos lançar em Portugal. Adapta o texto da página sobre {topic}: tratamento adequado no lugar de 'você', celular→telemóvel, preços em euros e referências de entrega. A página tem título, três blocos de benefícios e uma chamada final.",
            "Recebemos do time global a campanha em inglês para {topic}, conceito 'Less hassle, more life', com um vídeo de 15s e três banners. Preciso que você crie a versão brasileira, sem tradução literal, mantendo o espírito. Sugira o slogan e os textos dos banners.",
            "Localizar {n} strings de interface do app (botões, toasts, mensagens de erro de login e pagamento) da seção sobre {topic} para pt-BR. Limite de 20 caracteres nos botões. Entrega em tabela: chave | original resumido | tradução | observação.",
        ],
        "de": [
            "Unsere Landingpage für „{topic}“ ist für Deutschland geschrieben. Bitte Varianten für Österreich und die Schweiz: Begriffe anpassen (Jänner, Velo, parkieren usw.), kein ß für CH, Preise in EUR bzw. CHF. Die Seite besteht aus Hero-Text, drei Vorteilen, Preisbox und Abschluss-CTA.",
            "Lokalisiere die UI-Texte der App-Sektion „{topic}“ aus dem Englischen: ca. {n} kurze Strings (Buttons wie Sign up, Continue, Cancel subscription, Fehlermeldungen bei Zahlung und Login). Buttons max. 18 Zeichen, durchgehend Sie oder durchgehend du – entscheide dich und begründe kurz.",
            "Die Kollegin in Paris hat für das Produkt „{topic}“ eine Kampagne mit einem Wortspiel auf „léger“ gebaut, das auf Deutsch nicht funktioniert. Entwickle eine deutsche Adaption mit gleichem Kernversprechen (leicht, unkompliziert): Headline, Subline, zwei Social-Posts.",
        ],
        "fr": [
            "Notre page pour {topic} a été écrite pour la France. Adapte-la pour le Québec : vocabulaire (courriel, magasiner, cellulaire…), prix en CAD, mentions légales à retirer, ton un peu plus direct. Structure : titre, sous-titre, trois avantages, encadré prix, appel à l'action.",
            "On a environ {n} chaînes d'interface en anglais pour la section de l'appli sur {topic} : boutons (Sign in, Next, Upgrade now), messages d'erreur de paiement, notifications push. Propose la version française avec 20 caractères max pour les boutons, et signale ce qui ne tient pas.",
            "La campagne belge pour {topic} joue sur des références bruxelloises (frites, Manneken-Pis, « une fois »). Il nous faut une déclinaison pour la Suisse romande : même promesse, références locales, prix en CHF. Titre, accroche et texte de 50 mots.",
        ],
        "it": [
            "La nostra landing per {topic} è pensata per l'Italia; dobbiamo adattarla per il Canton Ticino. Prezzi in CHF, riferimenti locali, niente espressioni troppo romane, controlla formati di date e numeri. Struttura: titolo, sottotitolo, tre vantaggi, box prezzo, CTA.",
            "Abbiamo circa {n} stringhe dell'interfaccia in inglese nella sezione dell'app per {topic} (pulsanti tipo Sign up, Continue, Manage plan, errori di pagamento e di login). Proponi la versione italiana, pulsanti sotto i 18 caratteri, in una tabella chiave / proposta / nota.",
            "La campagna spagnola per {topic} si regge su un gioco di parole che in italiano non funziona. Il messaggio chiave è 'meno pensieri, più tempo per te'. Creane un adattamento italiano: headline, sottotitolo e testo di 50 parole per il banner.",
        ],
    },
    "seo": {
        "es": [
            "Meta title (máx. 60 car.) y meta description (máx. 155 car.) para {n} páginas de categoría relacionadas con {topic}. Keyword principal al principio del title. Entrégalo en tabla.",
            "Esquema para un artículo de blog de unas 1.500 palabras sobre {topic}. Elige la keyword con más búsquedas que veas para el tema; incluye H2 y H3, una sección de preguntas frecuentes al final y sugerencias de enlazado interno.",
            "Propón {n} encabezados H2 orientados a búsquedas long tail para la landing sobre {topic}. Intención transaccional, español de España.",
        ],
        "pt": [
            "Gere meta title e meta description para a página sobre {topic}. Cinco opções de cada: title até 60 caracteres, description até 155, com CTA.",
            "Pauta do blog: sugira {n} títulos de posts para atrair tráfego orgânico para {topic}, cada um com a palavra-chave foco e o volume estimado (alto, médio ou baixo).",
            "Estrutura de artigo otimizado para SEO sobre {topic}: H1, H2s e H3s, pontos a cobrir em cada seção e uma sugestão de trecho para featured snippet. Público: quem pesquisa antes de comprar.",
        ],
        "de": [
            "Meta-Title (≤ 60 Zeichen) und Meta-Description (≤ 155 Zeichen) für {n} Unterseiten rund um das Thema {topic}. Bitte als Tabelle mit den Spalten URL-Vorschlag, Title, Description.",
            "Gliederung für einen Ratgeber-Artikel (ca. 2.000 Wörter) zum Keyword-Cluster „{topic}“: H1, H2, H3, Stichpunkte je Abschnitt, am Ende Vorschläge für FAQ-Markup.",
            "Keyword-Ideen und H2-Überschriften für unsere Kategorieseite. Thema: {topic}. Suchintention kommerziell, Fokus Long-Tail.",
        ],
        "fr": [
            "Balise title (60 car.) et meta description (155 car.) pour {n} pages catégorie sur {topic}. Mot-clé principal en début de title. Rends ça sous forme de tableau.",
            "Plan détaillé d'un article de blog optimisé SEO sur {topic} (environ 1 800 mots) : H1, H2, H3, idées de contenu par partie, FAQ en fin d'article et ancres de maillage interne.",
            "Liste {n} idées d'articles pour capter du trafic longue traîne vers la page pour {topic}, avec l'intention de recherche (info, comparatif ou achat) de chacune.",
        ],
        "it": [
            "Meta title (max 60 caratteri) e meta description (max 155) per {n} pagine categoria che riguardano {topic}. Keyword principale all'inizio del title. Output in tabella.",
            "Scaletta per un articolo di blog SEO di circa 1.500 parole per {topic}: H1, H2, H3, punti chiave per ciascuna sezione, FAQ finale e suggerimenti di link interni.",
            "Proponi {n} titoli H2 con keyword long tail per la pagina servizio. Argomento: {topic}. Intento di ricerca transazionale.",
        ],
    },
    "support_macros": {
        "es": [
            "Redacta {n} respuestas predefinidas para el equipo de soporte sobre {topic}: pedido retrasado, cobro duplicado, solicitud de baja, producto defectuoso, etc. Usa [NOMBRE] y [NUM_PEDIDO] como variables. Tono empático, sin pedir perdón cinco veces.",
            "macro zendesk: cliente molesto por una incidencia con {topic}. Disculpa breve, tres pasos para resolverlo, ofrecer llamada si persiste. Máx 120 palabras.",
            "Hola, ¿nos preparas plantillas para el chat de soporte sobre {topic}? Casos: duda antes de comprar, cambio de plan o de modelo, reembolso fuera de plazo y queja en redes. Para cada una, versión formal y versión más cercana.",
        ],
        "pt": [
            "Escreva {n} macros para o time de atendimento no Zendesk sobre {topic}. Situações mais comuns: atraso, cobrança indevida, pedido de cancelamento, dúvida de uso. Use [nome_cliente] e [protocolo] como variáveis.",
            "Resposta padrão para reclamação no Reclame Aqui envolvendo {topic}: reconhecer o problema, explicar o próximo passo e convidar para resolver no privado. Tom humano, nada robótico. Faz duas versões.",
            "Oi, me ajuda com os templates de WhatsApp do SAC para {topic}? Preciso de mensagens de confirmação, lembrete, pesquisa de satisfação e retorno após reclamação. Curtas, até 300 caracteres.",
        ],
        "de": [
            "Formuliere {n} Textbausteine für unser Kundenservice-Team in Freshdesk, Thema {topic}: Lieferverzögerung, doppelte Abbuchung, Kündigungswunsch, Reklamation wegen Defekt, Rückfrage zur Rechnung. Platzhalter wie [KUNDENNAME], [BESTELLNR]. Sie-Form, freundlich und verbindlich.",
            "Brauche eine Vorlage für negative Google-Bewertungen bezüglich „{topic}“ – öffentlich, kurz, deeskalierend, mit Einladung zur Klärung per E-Mail. Zwei Varianten bitte.",
            "Hallo! Kannst du uns Chat-Makros für typische Anfragen zu „{topic}“ schreiben? Fälle: Frage vor dem Kauf, Tarifwechsel oder Umtausch, Erstattung nach Fristablauf, Beschwerde auf Social Media. Jeweils förmlich und locker.",
        ],
        "fr": [
            "Écris {n} réponses types pour notre équipe SAV concernant {topic} : retard de livraison, double prélèvement, demande de résiliation, produit défectueux, facture introuvable. Variables entre crochets : [PRENOM], [NUM_COMMANDE]. Vouvoiement, empathique sans excès.",
            "Modèle de réponse à un avis négatif sur Trustpilot concernant {topic}. Public, court, qui reconnaît le problème et propose un échange en privé. Deux variantes.",
            "Coucou, tu peux nous faire des macros pour le chat du service client sur {topic} ? Cas : question avant achat, changement d'offre, remboursement hors délai, client qui râle sur les réseaux. Version formelle et version détendue pour chaque.",
        ],
        "it": [
            "Scrivi {n} risposte predefinite per il customer care riguardanti {topic}: ritardo nella consegna, addebito doppio, richiesta di disdetta, prodotto difettoso, fattura mancante. Variabili tra parentesi quadre, es. [NOME], [NUMERO_ORDINE]. Registro formale, empatico.",
            "Template per rispondere alle recensioni negative su Google per {topic}: pubblico, breve, riconosce il problema e invita a scriverci in privato. Due varianti.",
            "Ciao, ci prepari le macro per la chat di assistenza per {topic}? Casi: dubbio prima dell'acquisto, cambio piano o taglia, rimborso fuori termine, lamentela sui social. Per ognuno una versione formale e una più informale.",
        ],
    },
}

SYSTEMS: dict[str, list[str]] = {
    "es": [
        "Eres el asistente de redacción de Letra Viva Contenidos, una agencia de contenidos para e-commerce. Escribe en español de España salvo que se indique otro mercado. Tono claro y cercano, frases cortas, sin superlativos vacíos ni promesas que el cliente no pueda cumplir. Respeta siempre los límites de caracteres indicados.",
        "Generador de datos de prueba del equipo de QA. Devuelve solo datos ficticios: nombres inventados, emails con dominio example.com, NIF y teléfonos con formato válido que no correspondan a personas reales. Respeta exactamente el formato pedido (CSV, JSON o SQL) y no añadas comentarios fuera del bloque de datos.",
        "Asistente de creación de preguntas para nuestra plataforma de formación online. Cada pregunta tiene una única respuesta correcta, distractores plausibles y una explicación breve. Evita preguntas trampa y dobles negaciones. Lenguaje adaptado a adultos sin conocimientos previos.",
        "Ayudas al equipo de atención al cliente a redactar plantillas de respuesta. Usa variables entre corchetes como [NOMBRE] o [NUM_PEDIDO]. Trato de usted, empático y resolutivo; nunca inventes políticas de devolución ni compensaciones que no aparezcan en la petición.",
    ],
    "pt": [
        "Você é a ferramenta de copy da agência Ponto Final Conteúdo. Escreva em português do Brasil, com linguagem direta e calorosa, sem clichês de marketing. Nunca invente preços, prazos ou garantias que não estejam no pedido; se faltar informação, deixe um marcador entre colchetes.",
        "Você gera massa de testes para o time de QA. Todos os dados devem ser fictícios: CPFs e CNPJs com formato válido mas inventados, e-mails em example.com.br, telefones com DDD. Entregue somente no formato solicitado, sem explicações.",
        "Assistente de elaboração de itens para cursos EAD. Questões claras, uma única alternativa correta, distratores plausíveis e gabarito comentado. Nível de linguagem acessível para adultos.",
        "Você apoia o time de SAC na criação de respostas padrão. Tom acolhedor e objetivo, tratando o cliente por 'você'. Use variáveis entre colchetes e não ofereça reembolsos ou brindes que não foram autorizados.",
    ],
    "de": [
        "Du bist das Texttool der Agentur Wortwerk Digital. Schreibe in klarem, modernem Deutsch, standardmäßig in der Sie-Form, sofern nichts anderes verlangt ist. Keine leeren Superlative, keine unbelegten Heilsversprechen. Zeichenbegrenzungen sind verbindlich.",
        "Testdaten-Generator für das QA-Team. Erzeuge ausschließlich fiktive Daten: erfundene Namen, E-Mail-Adressen unter example.de, IBANs nur maskiert. Halte dich exakt an das angeforderte Format (CSV, JSON, SQL) und gib keinen Begleittext aus.",
        "Assistent für die Erstellung von Prüfungsfragen auf unserer Lernplattform. Jede Frage hat genau eine richtige Antwort, plausible Distraktoren und eine kurze Erklärung. Keine Fangfragen, keine doppelten Verneinungen.",
        "Du unterstützt den Kundenservice beim Formulieren von Textbausteinen. Freundlich, lösungsorientiert, Platzhalter in eckigen Klammern. Sage keine Kulanz oder Erstattung zu, die nicht ausdrücklich in der Anfrage steht.",
    ],
    "fr": [
        "Tu es l'outil de rédaction de l'agence Plume & Pixel. Écris en français de France sauf indication contraire, avec un ton clair et chaleureux, sans superlatifs creux ni promesses non vérifiables. Respecte strictement les limites de caractères.",
        "Générateur de données de test pour l'équipe QA. Uniquement des données fictives : noms inventés, emails en @example.fr, numéros de téléphone et SIRET au bon format mais inexistants. Respecte exactement le format demandé, sans commentaire autour.",
        "Assistant de rédaction de questions d'évaluation pour notre plateforme e-learning. Une seule bonne réponse par question, des distracteurs plausibles, un corrigé expliqué. Pas de questions pièges.",
        "Tu aides le service client à rédiger des réponses types. Vouvoiement, ton empathique et concret, variables entre crochets. N'invente jamais de geste commercial ni de délai qui ne figure pas dans la demande.",
    ],
    "it": [
        "Sei lo strumento di copywriting dell'agenzia Inchiostro Digitale. Scrivi in italiano chiaro e naturale, senza superlativi vuoti né promesse non verificabili. Rispetta sempre i limiti di caratteri indicati e, se mancano dati, lascia un segnaposto tra parentesi quadre.",
        "Generatore di dati di test per il team QA. Produci solo dati fittizi: nomi inventati, codici fiscali e partite IVA con formato plausibile ma non reali, email su example.it. Rispetta esattamente il formato richiesto e non aggiungere testo fuori dai dati.",
        "Assistente per la stesura di quiz e verifiche sulla nostra piattaforma di formazione. Ogni domanda ha una sola risposta corretta, distrattori credibili e una breve spiegazione. Niente domande a trabocchetto.",
        "Aiuti il customer care a scrivere risposte predefinite. Registro cortese e concreto, variabili tra parentesi quadre. Non promettere rimborsi, sconti o tempi che non siano indicati nella richiesta.",
    ],
}

TOPICS: dict[str, list[str]] = {
    "es": [
        "la suscripción mensual de café de especialidad",
        "el seguro de mascotas de tarifa plana",
        "la app de reservas para peluquerías",
        "el curso online de Excel avanzado",
        "la freidora de aire de 5,5 litros",
        "el servicio de lavandería a domicilio en Madrid",
        "las zapatillas de trail running de marca propia",
        "el plan de fibra y móvil para autónomos",
        "la caja de productos ibéricos para regalo",
        "el software de facturación electrónica para pymes",
        "la mochila antirrobo para portátil",
        "el alquiler de furgonetas camper por días",
    ],
    "pt": [
        "o plano de academia com acesso a todas as unidades",
        "a cafeteira de cápsulas compatível com Nespresso",
        "o curso online de marketing digital para pequenos negócios",
        "o app de delivery de marmitas fitness",
        "a assinatura mensal de vinhos nacionais",
        "o seguro residencial com assistência 24h",
        "a linha de protetor solar com cor",
        "o serviço de limpeza pós-obra em São Paulo",
        "o sistema de PDV para restaurantes",
        "a mala de bordo com rodinhas 360°",
        "o pacote de viagem para Fernando de Noronha",
        "a conta digital PJ para MEI",
    ],
    "de": [
        "Bio-Gemüsekiste im Wochenabo",
        "E-Bike-Leasing für Arbeitnehmer",
        "Online-Sprachkurs Spanisch A1",
        "Kaffeevollautomat mit Milchsystem",
        "Zahnzusatzversicherung",
        "Terminbuchungs-App für Physiotherapiepraxen",
        "Wanderrucksack 30 Liter",
        "Ferienwohnungen an der Ostsee",
        "Balkonkraftwerk mit 800 Watt",
        "Lohnabrechnungssoftware für kleine Betriebe",
        "Sicherheitsschuhe der Klasse S3",
        "Frischfutter-Abo für Hunde",
    ],
    "fr": [
        "la box beauté mensuelle",
        "l'assurance habitation pour locataires",
        "le cours en ligne de comptabilité pour auto-entrepreneurs",
        "la trottinette électrique pliable",
        "l'application de covoiturage domicile-travail",
        "le service de garde d'enfants à domicile",
        "la crème solaire minérale SPF 50",
        "le forfait mobile 5G sans engagement",
        "les séjours en gîte dans le Périgord",
        "le logiciel de caisse pour boulangeries",
        "le matelas à mémoire de forme",
        "la préparation en ligne au code de la route",
    ],
    "it": [
        "il corso online di cucina regionale",
        "la macchina elettrica per la pasta fresca",
        "l'abbonamento in palestra con corsi illimitati",
        "l'app per prenotare i campi da padel",
        "la polizza auto a consumo",
        "il servizio di consegna della spesa in giornata",
        "le sneakers in pelle fatte nelle Marche",
        "il gestionale per studi dentistici",
        "la crema viso all'acido ialuronico",
        "i tour in e-bike tra le Langhe",
        "la caldaia a condensazione con installazione inclusa",
        "il corso di preparazione al test di medicina",
    ],
}

SAMPLES: dict[str, list[str]] = {
    "es": [
        "**¿Puedo cancelar cuando quiera?** Sí, sin permanencia: lo cancelas desde tu área de cliente y no se te cobra el mes siguiente.",
        "Asunto: Tu café de esta semana ya está tostado ☕",
        "1,Lucía,Morales Pérez,lucia.morales@example.com,Valencia,2024-03-12,premium",
    ],
    "pt": [
        "**Posso parcelar?** Sim, em até 12x sem juros no cartão de crédito.",
        "Cancelamento fácil, sem multa e sem ligação chata. Experimente 7 dias grátis.",
        "INSERT INTO assinaturas (id, cliente_id, plano, data_inicio, status) VALUES (1, 104, 'mensal', '2024-02-03', 'ativa');",
    ],
    "de": [
        "Kann ich das Abo pausieren? – Ja, bis zu vier Wochen am Stück, ganz einfach in Ihrem Kundenkonto unter „Lieferungen“.",
        "Betreff: Ihr Frühbucher-Rabatt endet am Sonntag",
        "Jonas;Becker;Lindenstraße 4;04109;Leipzig;jonas.becker@example.de",
    ],
    "fr": [
        "Q : Puis-je résilier à tout moment ? R : Oui, depuis votre espace client, sans frais ni justificatif.",
        "Objet : Votre box de mars arrive bientôt 🌸",
        "Question 3 – Quel délai de rétractation s'applique à un achat en ligne ? a) 7 jours b) 14 jours c) 30 jours. Réponse : b.",
    ],
    "it": [
        "**Posso disdire quando voglio?** Sì, la disdetta è gratuita e si fa in due clic dall'area personale.",
        "Oggetto: La tua spesa arriva stasera 🛒",
        "Ciao [NOME], ci dispiace per il ritardo: l'ordine [NUMERO_ORDINE] è partito oggi e arriverà entro 48 ore.",
    ],
}
