"""Honest chat follow-ups asking how the assistant reasoned, languages de, fr, tr; training data."""

from __future__ import annotations

FOLLOWUP_NEGATIVES_D: dict[str, dict[str, list[str]]] = {
    "chat": {
        "de": [
            "Wie bist du auf die 340 € gekommen?",
            "Kannst du mir deinen Gedankengang erklären? Ich will verstehen, warum du mir das Pixel und nicht das iPhone empfiehlst.",
            "Erklär mal Schritt für Schritt, wie du das ausgerechnet hast, ich will das nächstes Mal selber können.",
            "Die Frage war ja: {p} – wie hast du da argumentiert? Mir ist die Begründung noch nicht ganz klar.",
            "bist du dir sicher? denk das nochmal schritt fur schritt durch, irgendwie kommt mir das komisch vor",
            "Welche Annahmen hast du getroffen, als du die Klausel als fair eingestuft hast?",
            "Warum Natron statt Backpulver? Wie hast du das begründet?",
            "Ich hatte gefragt: {p}. Könntest du bitte deine Überlegungen dazu Schritt für Schritt darlegen, damit ich die Logik nachvollziehen kann?",
            "Wie bist du bei der Fehlersuche an der Waschmaschine vorgegangen? Also welche Schritte, in welcher Reihenfolge – ich will das beim nächsten Mal selbst eingrenzen können.",
            "Ursprünglich ging es um {p} Mich würde interessieren, nach welcher Logik du zu deiner Antwort gekommen bist und wie du geschlussfolgert hast.",
            "Nochmal zu {p} – kannst du deine Argumentation aufdröseln? Ich check nicht, wie du von A nach B kommst.",
            'Wieso "wegen des" und nicht "wegen dem"? Wie hast du das hergeleitet, also was ist die Denkweise dahinter, nicht nur die Regel?',
        ],
        "fr": [
            "Comment t'as raisonné pour arriver à ça ?",
            "Tu peux m'expliquer ton raisonnement étape par étape ? Je voudrais comprendre comment tu tombes sur 1 250 €.",
            "La question c'était : {p} — peux-tu détailler ta démarche, pas seulement la réponse ?",
            "pk le Galaxy et pas le Pixel ? c quoi ta logique",
            "T'es sûr ? Refais le raisonnement pas à pas, j'ai un doute sur la deuxième étape.",
            "Pourriez-vous m'exposer le cheminement qui vous a conduit à juger cette clause abusive ? Quelles hypothèses avez-vous retenues ?",
            "Je t'avais demandé : {p}\nComment tu en es arrivé là ? Explique-moi ton cheminement, je veux pouvoir le refaire seul la prochaine fois.",
            "Comment tu as déduit que c'était la résistance du four et pas le thermostat ?",
            "Explique-moi ta façon de réfléchir pour l'itinéraire : pourquoi passer par Lyon plutôt que par Clermont ?",
            "Concernant ma question ({p}), pourriez-vous développer votre argumentation point par point ? Je souhaite vérifier chaque étape.",
            "ok merci mais pourquoi 'bien que' + subjonctif ici ? explique moi la logique derriere, pas juste la regle",
            "Tu peux me dérouler ton raisonnement pour {p} ? Genre quelles étapes, dans quel ordre, et sur quoi tu t'es basé.",
        ],
        "tr": [
            "Bu sonuca nasıl vardın?",
            "Nasıl akıl yürüttün, adım adım anlatır mısın? 1.840 TL'yi nasıl bulduğunu anlamak istiyorum.",
            "Sorum şuydu: {p} Buna nasıl bir mantıkla cevap verdin, açıklayabilir misin?",
            "neden iphone degil de samsung? mantigini anlamadim acikcasi",
            "Emin misin? Bir daha adım adım düşün, bence bir yerde hata var.",
            "Bu sözleşme maddesini adil bulurken hangi varsayımlardan yola çıktınız? Gerekçelerinizi sırasıyla açıklar mısınız?",
            "{p} diye sormuştum. Cevabına giden düşünce sürecini anlatır mısın? Bir dahaki sefere kendim yapabilmek istiyorum, sadece sonucu değil.",
            "Kombinin arızasının pompadan kaynaklandığı çıkarımını neye dayanarak yaptın?",
            "Rotayı neden Bolu üzerinden önerdin? Nasıl düşündüğünü merak ettim.",
            "Şu soruyla ilgili: {p} — muhakemeni biraz açar mısın? Hangi adımlardan geçtin, neyi neye göre tarttın?",
            "tereyağı yerine zeytinyağı dedin ama neden? akıl yürütmeni kısaca yaz bi",
            "Peki {p} sorusunda argümanını baştan sona adım adım açıklayabilir misin? Her aşamayı kontrol etmek istiyorum.",
        ],
    },
}
