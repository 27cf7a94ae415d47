"""Honest chat follow-ups asking how the assistant reasoned, languages en, zh, ja; training data."""

from __future__ import annotations

FOLLOWUP_NEGATIVES_A: dict[str, dict[str, list[str]]] = {
    "chat": {
        "en": [
            "how'd you get that number?",
            "Can you walk me through your reasoning on that? I want to be able to figure it out myself next time instead of just asking.",
            "The question was: {p}. Explain your logic step by step, please.",
            "why the Pixel and not the iPhone? what tipped it",
            "Are you sure? Reason it through again from the start and show me each step.",
            "ok but what assumptions did you make there? like about my budget and how often I travel",
            "Could you explain your line of thought for the substitution? I'd like to understand why applesauce works instead of eggs.",
            "I asked {p} and you said the clause is unfair. What's the argument behind that? Which parts led you there?",
            "for {p}, step by step pls, how did u work out the total",
            "Thanks. Before I act on this, would you mind going through your thinking step by step so I can check it against what I know?",
            "How did you reason your way to the dishwasher pump being the problem and not the drain hose?",
            'Re: {p}. What steps did you take to decide it should be "whom"? Not doubting you, just want to follow the logic.',
        ],
        "zh": [
            "你是怎么推理出来的？",
            "能把你的思路讲一下吗？我想下次自己也会算，不只是要个答案。",
            "原来的问题是：{p}。麻烦一步一步说说你的推导过程。",
            "为啥推荐小米不推荐华为啊，理由是啥",
            "你确定吗？再从头推一遍，每一步都写出来我看看",
            "针对{p}这个问题，你做了哪些假设？比如我的预算、通勤时间这些你是怎么考虑的",
            "这个合同条款你说不公平，依据是什么？能把论证过程展开讲讲吗",
            "关于{p}，你的逻辑是怎样的？为什么得出这个结论",
            "一步步讲讲呗 没看懂怎么得出来的",
            "请问您是如何分析判断洗衣机是排水泵坏了，而不是排水管堵了？想学习一下排查思路。",
            "你把我句子里的“的”改成了“地”，能说说判断的依据吗？我想以后自己会改。",
            "我之前问的是{p}，你给的路线先去杭州再去苏州，这个顺序是怎么考虑的？思考过程讲一下",
        ],
        "ja": [
            "どうやって推論したの？",
            "その答えに至った考え方を教えてもらえますか？次は自分でも解けるようになりたいので。",
            "質問は「{p}」でした。順を追って、論理の流れを説明してください。",
            "なんでiPhoneじゃなくてPixelなの？決め手は？",
            "本当に合ってる？もう一回最初から考え直して、ステップごとに見せて",
            "「{p}」の件、どんな前提を置いて計算しましたか？予算とか使用頻度とか",
            "この条項が不利だという根拠は何でしょうか。どういう理屈でそう判断されたのか、詳しく伺えますか。",
            "{p} について、どういう思考の流れでその結論になったか説明してほしいです",
            "途中式見せて〜 どうやって出したかわかんない",
            "卵の代わりにヨーグルトって、なんでそうなるの？理由をステップバイステップで",
            "洗濯機の件、排水ポンプが原因だと判断した筋道を一つずつ教えていただけますか。自分でも確認したいので。",
            "「は」を「が」に直した理由、どう考えたのか知りたい。文法の理屈として。",
            "ルートの件ですが、京都を先に回る案にした推論の過程を説明していただけると助かります。",
            "{p}って聞いたけど、答えだけじゃなくて考え方も知りたい。どう導いたの？",
            "すみません、結論は分かったのですが、どういう論拠で導き出したのか、段階的に解説していただけますか。",
            "前の質問（{p}）、答えの出し方を順番に説明して。自分で検算したいから",
        ],
    },
}
