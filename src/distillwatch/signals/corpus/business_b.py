"""Honest business generation requests, languages ar es pt de fr."""

from __future__ import annotations

BUSINESS_GENERATION_B: dict[str, list[str]] = {
    "ar": [
        "اكتب لي 20 وصفاً قصيراً للمنتجات في كتالوج متجرنا الإلكتروني، كل وصف لا يزيد عن 40 كلمة، "
        "بناءً على المواصفات التالية: {p}",
        "نحتاج بيانات عملاء وهمية لبيئة الاختبار (staging) في نظام الـCRM: 50 سجلاً بصيغة CSV "
        "بالأعمدة: الاسم، المدينة، رقم الجوال، تاريخ آخر طلب. لا تستخدم بيانات حقيقية.",
        "ممكن تجهز لنا 12 سؤال وجواب لصفحة الأسئلة الشائعة في مركز المساعدة؟ الموضوع: الشحن "
        "والاسترجاع والدفع عند الاستلام",
        "[مهمة] أنشئ 5 نسخ مختلفة من عنوان إعلان لحملة رمضان، للاختبار A/B، مع نبرة مختلفة لكل نسخة.",
        "حوّل كل فاتورة من النص التالي إلى سطر JSON مستقل يحتوي الحقول: رقم_الفاتورة، المورد، "
        "المبلغ، العملة، التاريخ. سطر واحد لكل فاتورة:\n{p}",
        "أحتاج 30 عنواناً واقعياً لكن غير حقيقي في الرياض وجدة لاختبار نموذج التسجيل في التطبيق، في جدول",
        "ترجم نصوص الواجهة (UI strings) التالية إلى العربية بأسلوب مختصر ومناسب للأزرار والقوائم، "
        "وأرجعها بنفس المفاتيح: {p}",
        "اكتب 10 أسئلة اختيار من متعدد لاختبار الموظفين الجدد في أسبوع التهيئة عن سياسة أمن "
        "المعلومات في الشركة، مع الإجابة الصحيحة لكل سؤال.",
    ],
    "es": [
        "Necesito 40 descripciones de producto para el catálogo de la tienda online, tono cercano, "
        "máx. 300 caracteres cada una. Ficha técnica:\n{p}",
        "Genera 100 registros de clientes ficticios para la demo del CRM en formato CSV: nombre, "
        "apellidos, NIF inventado, provincia, fecha de alta. Que parezcan realistas pero sin datos reales porfa",
        "Hola! ¿Me puedes redactar 3 versiones del email de la campaña de Black Friday para hacer un "
        "test A/B? Una más formal, otra con humor y otra corta.",
        "### Tarea\n- Extrae de cada albarán los campos proveedor, importe, IVA y fecha\n- Devuelve una "
        "línea JSONL por albarán\n- Si falta un campo, ponlo a null\n\n{p}",
        "Crea 15 entradas para el centro de ayuda (pregunta + respuesta breve) sobre cambios de "
        "contraseña, facturación y bajas de la suscripción",
        "genera datos de prueba para la base de datos de staging: 500 pedidos con id, sku, cantidad, "
        "precio y estado (pendiente/enviado/entregado), formato csv sin cabecera",
        "Redacta una oferta de empleo para un puesto de técnico de soporte en Valencia, jornada "
        "completa, a partir de estas notas del equipo de RRHH: {p}",
        "Clasifica cada ticket de soporte en una de estas etiquetas: facturación, incidencia técnica, "
        "consulta comercial, otros. Devuelve una tabla con id y etiqueta.\n\n{p}",
    ],
    "pt": [
        "Preciso de 25 descrições de produto pro nosso e-commerce, estilo vendedor mas sem exagero, "
        "até 50 palavras cada. Segue a planilha com os dados: {p}",
        "Gere 200 cadastros fictícios de clientes para o ambiente de homologação: nome, CPF fictício "
        "(formato válido), cidade, UF e e-mail. Saída em CSV, por favor.",
        "Olá! Podem criar 4 variações do título do anúncio para o Google Ads? Queremos testar A/B "
        "qual converte melhor. Produto: seguro de viagem.",
        "[Tarefa] Para cada nota fiscal abaixo, retorne um objeto JSON por linha com os campos "
        "numero, cnpj_emitente, valor_total e data_emissao.\n{p}",
        "monta um template de ata de reunião pra equipe comercial, com pauta, decisões, "
        "responsáveis e prazos",
        "Crie 10 perguntas de múltipla escolha para o treinamento de integração dos novos "
        "colaboradores sobre a LGPD, com gabarito no final.",
        "Traduza estas strings da interface do app para português de Portugal, mantendo as chaves e "
        "os placeholders iguais: {p}",
        "Gere 30 endereços realistas (mas inventados) de São Paulo e Lisboa para testar o "
        "formulário de checkout, em formato de tabela.",
    ],
    "de": [
        "Bitte erstelle 30 Produktbeschreibungen für unseren Onlineshop-Katalog, jeweils ca. 60 "
        "Wörter, Sie-Form, sachlich. Datenblatt: {p}",
        "Für die Testumgebung brauchen wir 150 fiktive Kundendatensätze als CSV: Name, Straße, PLZ, "
        "Ort, IBAN-Dummy, Kundennummer. Keine echten Personen.",
        "Schreib mir 5 Varianten der Betreffzeile für unseren Newsletter, wir machen einen A/B-Test. "
        "Eher kurz und knackig.",
        "## Aufgabe\nExtrahiere aus jeder Rechnung die Felder Rechnungsnummer, Lieferant, Nettobetrag, "
        "MwSt. und Fälligkeitsdatum.\nAusgabe: ein JSON-Objekt pro Zeile (JSONL).\n\n{p}",
        "Kannst du aus diesen Stichpunkten eine Stellenanzeige für eine Werkstudentenstelle im "
        "Controlling machen? {p}",
        "erzeug 20 FAQ-Einträge fürs Hilfecenter zu Lieferzeiten, Retouren und Zahlungsarten, "
        "Format: Frage – Antwort",
        "Wir brauchen für die Schulung neuer Mitarbeitender 12 Quizfragen zum Thema Datenschutz am "
        "Arbeitsplatz, jeweils mit 4 Antwortoptionen und Lösung.",
        "Ordne jede Kundenbewertung einem Label zu (Lieferung, Produktqualität, Preis, Service) und "
        "gib das Ergebnis als Tabelle mit ID und Label zurück: {p}",
    ],
    "fr": [
        "Rédige 20 fiches produit pour notre catalogue e-commerce (titre + description de 80 mots "
        "max), à partir des caractéristiques suivantes : {p}",
        "Il nous faut 80 clients fictifs pour la démo du CRM : nom, prénom, ville, code postal, "
        "téléphone, au format CSV. Des données crédibles mais totalement inventées svp.",
        "Bonjour, pourriez-vous me proposer 4 variantes de l'objet de notre e-mail de relance "
        "panier abandonné ? C'est pour un test A/B.",
        "[Tâche] Pour chaque facture ci-dessous, renvoie une ligne JSON avec les champs "
        "numero_facture, fournisseur, montant_ht, tva et date_echeance.\n{p}",
        "génère des données de test pour la base de recette : 300 commandes avec référence, "
        "quantité, prix unitaire et statut, sous forme de tableau",
        "Peux-tu rédiger 15 questions/réponses pour la FAQ de notre centre d'aide ? Thèmes : "
        "livraison, retours, remboursements.",
        "Traduis ces chaînes de l'interface en français, en gardant les clés et les variables "
        "intactes, avec un ton sobre : {p}",
        "Prépare un modèle de compte rendu de réunion pour le comité de direction : ordre du jour, "
        "points abordés, décisions, actions à mener avec responsable et échéance.",
    ],
}
