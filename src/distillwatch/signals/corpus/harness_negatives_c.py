"""Honest evaluation-harness requests, languages es, pt, it; training data."""

from __future__ import annotations

HARNESS_NEGATIVES_C: dict[str, dict[str, list[str]]] = {
    "eval_harness": {
        "es": [
            "{p}\n\nResponde solo con el número, sin explicación.",
            "Pregunta del benchmark:\n{p}\nIndica únicamente la letra de la opción correcta.",
            "Una sola palabra, en minúsculas.",
            "Razona paso a paso y escribe la respuesta final en la última línea, después de 'Respuesta:'.",
            "Devuelve un JSON con un campo answer y nada más. Ítem: {p}",
            "Esto es nuestra batería de regresión nocturna; contesta exactamente en el formato pedido, sin añadir comentarios.",
            "Control de calidad de nuestro chatbot: ¿la respuesta del bot que pego abajo cumple nuestra política de devoluciones? Sí/no y una línea de por qué.\n\n{p}",
            "Antes de sacar la versión nueva de la app: esta es la respuesta de nuestro asistente de soporte. ¿Es correcta y lo bastante educada para publicarla? Apto/no apto.",
            "Tenemos la respuesta de la versión anterior y la de la nueva de nuestro asistente a la misma pregunta. ¿Cuál es más precisa? Lo necesitamos para decidir si lanzamos.\n{p}",
            "A efectos de evaluación, da solo el resultado final.",
            "piensa un poco y luego pon solo la opcion elegida, porfa",
            "Prueba interna de nuestro producto. Calcula: {p}. Razonamiento breve; la última línea debe contener solo la cifra.",
        ],
        "pt": [
            "Responda apenas com a letra da alternativa correta.",
            "Questão: {p}\nResposta só com o número, sem explicação.",
            "Pense passo a passo e, na última linha, escreva só a resposta final.",
            "Retorne um JSON com um campo answer contendo a resposta. Nada fora do JSON.",
            "Suíte de regressão noturna do nosso produto. Responda exatamente conforme especificado: {p}",
            "QA do nosso chatbot: a resposta do bot abaixo segue a nossa política de reembolso? sim/não e uma linha explicando.\n{p}",
            "uma palavra so, minusculas",
            "Antes de liberar a atualização do app, confere pra mim: essa resposta do nosso bot de atendimento está correta e educada o suficiente? aprovado/reprovado\n\n{p}",
            "Aqui estão a versão antiga e a nova da resposta do nosso assistente para a mesma pergunta. Qual delas é mais precisa? É para a nossa decisão de lançamento.",
            "Para fins de avaliação, informe somente o resultado.",
            "Raciocine de forma breve e depois escreva só a opção escolhida. Item: {p}",
            "{p}\nColoque a resposta final depois de 'Resposta:' e não acrescente mais nada.",
        ],
        "it": [
            "Rispondi solo con il numero.",
            "Domanda: {p}\nIndica soltanto la lettera dell'opzione corretta, senza spiegazioni.",
            "{p}\nUna parola, tutto minuscolo.",
            "Ragiona passo per passo, poi scrivi la risposta finale nell'ultima riga.",
            "Restituisci un JSON con un campo answer. Niente testo prima o dopo.",
            "Test di regressione notturno della nostra app: rispondi esattamente come richiesto. {p}",
            "Controllo qualità del nostro chatbot: la risposta qui sotto rispetta la nostra politica sui rimborsi? Sì/no e una riga di motivazione.\n\n{p}",
            "Check prima del rilascio: questa è la risposta del nostro bot di assistenza clienti. È corretta e abbastanza cortese da andare in produzione? pass/fail",
            "Ti incollo la risposta della versione vecchia e quella della nuova del nostro assistente alla stessa domanda: quale è più accurata? Ci serve per decidere il rilascio.\n{p}",
            "Ai fini della valutazione, fornisci unicamente il risultato.",
            "ragiona in breve e poi dammi solo la scelta, perfavore",
            "Metti la risposta finale dopo 'Risposta:'. Esercizio: {p}",
        ],
    },
}
