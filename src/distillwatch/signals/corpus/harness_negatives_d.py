"""Honest evaluation-harness requests, languages de, fr, tr; training data."""

from __future__ import annotations

HARNESS_NEGATIVES_D: dict[str, dict[str, list[str]]] = {
    "eval_harness": {
        "de": [
            "Antworte nur mit der Zahl.\n\n{p}",
            "Gib ausschließlich den Buchstaben der richtigen Option an (A, B, C oder D).",
            "ein wort, kleingeschrieben, keine satzzeichen",
            "{p}\nDenk Schritt für Schritt nach und schreib die endgültige Antwort in die letzte Zeile.",
            "Bitte die finale Antwort nach 'Antwort:' angeben. Keine weitere Erklärung.",
            'Gib JSON mit einem Feld "answer" zurück, sonst nichts.',
            "Das ist unsere nächtliche Regressionssuite. Beantworte die folgende Aufgabe genau im vorgegebenen Format: {p}",
            "QA-Check unseres Chatbots: Hält sich die Antwort des Bots unten an unsere Rückerstattungsrichtlinie? Ja/Nein plus eine Zeile Begründung.\n\n{p}",
            "Unser Support-Bot hat Folgendes geantwortet: {p}\nIst das korrekt und höflich genug, um es so auszuliefern? Bestanden/nicht bestanden reicht.",
            "Unten stehen die alte und die neue Version der Antwort unseres Assistenten auf dieselbe Frage. Welche ist inhaltlich genauer? Wir brauchen das für die Release-Entscheidung.",
            "Kurz überlegen, dann nur die gewählte Option ausgeben.",
            "Zu Auswertungszwecken bitte nur das Ergebniss nennen, ohne Rechenweg: {p}",
        ],
        "fr": [
            "Réponds uniquement par le nombre.",
            "{p}\nIndique seulement la lettre de la bonne réponse.",
            "Un seul mot, en minuscules.",
            "Réfléchis étape par étape, puis donne la réponse finale sur la dernière ligne.\n\n{p}",
            "Veuillez placer la réponse finale après « Réponse : », sans justification.",
            'Renvoie un objet JSON avec un champ "answer". Rien d\'autre.',
            "Suite de non-régression nocturne de notre produit : réponds exactement dans le format demandé.\n{p}",
            "Contrôle qualité de notre chatbot : la réponse du bot ci-dessous respecte-t-elle notre politique de remboursement ? oui/non + une ligne d'explication.\n{p}",
            "Voici la réponse de notre bot de support : {p}\nEst-elle correcte et assez polie pour partir en prod ? pass/fail stp",
            "Ci-dessous, l'ancienne et la nouvelle version de la réponse de notre assistant à la même question. Laquelle est la plus exacte ? C'est pour décider si on publie la nouvelle version.",
            "Raisonne brievement, puis n'affiche que le choix retenu.",
            "À des fins d'évaluation, donne uniquement le résultat : {p}",
        ],
        "tr": [
            "Sadece sayıyla cevap ver.",
            "{p}\nDoğru seçeneğin yalnızca harfini yaz.",
            "Tek kelime, küçük harfle.",
            "Adım adım düşün, sonra nihai cevabı son satıra yaz.\n\n{p}",
            "Nihai cevabı 'Cevap:' ifadesinden sonra yazınız. Açıklama eklemeyiniz.",
            'Yalnızca "answer" alanı olan bir JSON döndür.',
            "Bu bizim her gece çalışan regresyon test paketimiz; soruyu tam olarak belirtilen formatta yanıtla: {p}",
            "Chatbotumuzun QA kontrolü: aşağıdaki bot yanıtı iade politikamıza uyuyor mu? Evet/hayır ve tek satırlık gerekçe.\n{p}",
            "Destek botumuzun cevabı aşağıda: {p}\nDoğru ve yeterince kibar mı, yayına alabilir miyiz? geçti/kaldı yazman yeter",
            "Asistanımızın aynı soruya verdiği eski ve yeni cevap aşağıda. Hangisi daha doğru? Sürüm kararımız için lazım.",
            "Kısaca akıl yür, sonra sadece seçtiğin şıkkı ver.",
            "Değerlendirme amaçlı, sadece sonucu ver lütfen, açıklma yok: {p}",
        ],
    },
}
