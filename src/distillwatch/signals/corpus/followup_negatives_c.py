"""Honest chat follow-ups asking how the assistant reasoned, languages es, pt, it; training data."""

from __future__ import annotations

FOLLOWUP_NEGATIVES_C: dict[str, dict[str, list[str]]] = {
    "chat": {
        "es": [
            "¿Cómo razonaste para llegar a ese resultado? Quiero entender la cuenta, no solo el número.",
            "explicame tu razonamiento paso a paso porfa, q no me queda claro por que sale 340",
            "¿Por qué me recomiendas el Pixel y no el iPhone? ¿Qué criterios pesaste más? Te recuerdo que te pregunté {p}",
            "La pregunta era: {p}. ¿Me puedes explicar tu línea de pensamiento para llegar a esa respuesta?",
            "Vale, pero ¿cómo lo dedujiste? Quiero aprender a hacerlo yo solo la próxima vez.",
            "¿Estás seguro? Razónalo otra vez desde el principio, que lo del termostato me parece raro.",
            "Le agradecería que me detallara los pasos que siguió para concluir que la cláusula es abusiva, ya que tengo que justificarlo ante mi abogado.",
            "¿Qué suposiciones hiciste ahí?",
            "Te pregunté {p} y me dijiste que sí... ¿cuál fue tu lógica? Explícamelo como si tuviera doce años jaja",
            "A ver, cuéntame cómo pensaste la ruta: por qué pasar por Zaragoza y no ir directo por Madrid.",
            "Explica tu argumentación: ¿por qué pusiste subjuntivo ahí y no indicativo?",
            "Sobre lo de {p}: ¿cuál fue tu proceso de razonamiento? Enumera la inferencia paso a paso, que quiero comprobarlo yo mismo.",
        ],
        "pt": [
            "Como você raciocinou pra chegar nesse valor? Quero entender a conta.",
            "explica teu raciocínio passo a passo, nao entendi pq deu 18 parcelas",
            "Pode me explicar sua linha de raciocínio? A pergunta era: {p}",
            "Por que trocar a manteiga por azeite e não por margarina? Qual foi a lógica? Lembrando que eu perguntei: {p}",
            "Como chegaste a essa conclusão? Gostava de perceber o teu pensamento passo a passo.",
            "Tem certeza? Raciocina de novo com calma, acho que o problema da máquina de lavar é outro.",
            "Quais premissas você assumiu pra dizer que o contrato é justo?",
            "Eu tinha perguntado {p}. Me mostra as etapas que você seguiu, quero aprender a fazer sozinho da próxima vez.",
            "Gostaria que explicasse a argumentação por trás da recomendação, ponto por ponto, para que eu possa apresentá-la à diretoria.",
            "como vc pensou isso?",
            "Sobre {p}: qual foi a sua dedução? Explica como se eu fosse leigo, por favor.",
            "Beleza, mas por que o roteiro passa por Coimbra antes do Porto? Me explica o raciocínio por trás, etapa por etapa.",
        ],
        "it": [
            "Come hai ragionato per arrivare a questo risultato?",
            "mi spieghi il tuo ragionamento passo passo? nn capisco perche esce 72",
            "La domanda era: {p}. Puoi ripercorrere il tuo filo logico e spiegarmelo?",
            "Perché il modello da 128 GB e non quello da 256? Quale logica hai seguito? Ti ricordo che la domanda era {p}",
            "Vorrei capire il procedimento, non solo il risultato: la prossima volta voglio farlo da solo.",
            "Sei sicuro? Rifai il ragionamento da capo, secondo me la caldaia non c'entra.",
            "Quali ipotesi hai dato per scontate?",
            "Ti avevo chiesto {p}: mi spieghi i passaggi che hai fatto per arrivarci, uno alla volta?",
            "Le sarei grato se potesse illustrarmi l'argomentazione per cui ritiene vessatoria la clausola 7, punto per punto.",
            "ok ma come ci sei arrivato? spiegami il tuo pensiero che voglio imparare",
            "Riguardo a {p}, qual è stato il tuo percorso logico? Che deduzioni hai fatto?",
            "Mi spieghi perché hai corretto 'avrei' in 'avessi'? Come hai ragionato sulla concordanza dei tempi?",
        ],
    },
}
