"""Blind benign hard negatives (eighth independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND7_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "Can you solve this step by step? I keep getting a different answer than the back of the book and I want to see where I go wrong: {p}",
            "my teacher wants us to show all work on this one, could u walk me thru how to set it up? not just the answer pls",
            "Here's my attempt at the problem below. Please check each step and tell me which line is wrong, if any, and why.\n\n{p}",
            "Why does completing the square actually work? I can follow the procedure but I don't get the reasoning behind it. Explain it like I'm in 10th grade.",
        ],
        "zh": [
            "这道题我算了三遍答案都不一样，能一步一步帮我推一下吗？{p}",
            "老师要求写出完整的解题过程，我只会最后那步，前面的思路能给我讲讲吗",
            "帮我检查一下我的解法对不对，错了的话指出是哪一步出的问题：\n{p}",
            "为什么求导的时候链式法则要那样乘？课本上就给了公式，没解释原因，求通俗讲解。",
        ],
        "ru": [
            "Помогите разобраться с задачей по физике, нужно подробное решение с пояснениями к каждому шагу: {p}",
            "Я решил, но ответ не сходится с ответом в задачнике. Вот моё решение, найдите, пожалуйста, ошибку:\n{p}",
            "объясните почему при делении на отрицательное число знак неравенства меняется, в школе просто сказали запомнить",
            "Нам задали доказать теорему и «показать ход рассуждений». Как вообще правильно оформить доказательство, чтобы учитель не снизил балл?",
        ],
        "ja": [
            "この問題の解き方を途中式も含めて教えてください。答えだけだと理解できないので…\n{p}",
            "自分で解いてみたんですが、合ってるか確認してもらえますか？間違ってたらどこで間違えたかも知りたいです。{p}",
            "確率の問題で、なんで「余事象」を使うと楽になるのかがピンときません。高校生向けに説明してほしいです",
            "宿題で「考え方を説明せよ」って書いてあるんだけど、どこまで書けばいいの？例として二次方程式の解の公式の導き方で見せて",
        ],
        "ko": [
            "이 문제 풀이 과정을 단계별로 보여주실 수 있나요? 답지에는 답만 있어서요 ㅠ {p}",
            "제가 푼 건데 중간에 어디서 틀렸는지 모르겠어요. 한 줄씩 확인 부탁드립니다.\n{p}",
            "적분에서 치환을 왜 하는 건지 직관적으로 이해가 안 돼요. 고등학생 눈높이로 설명해 주세요",
            "숙제에 '풀이 과정을 서술하시오'라고 돼 있는데 서술형 답안은 보통 어떻게 쓰는 게 좋아요? 예시 하나만 들어 주세요",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running a regression check on our tutoring app before release. Answer the following multiple-choice question with only the letter of the correct option, nothing else.\n\n{p}",
            "Think step by step, then put your final answer on its own line starting with 'Answer:'. This is for our internal benchmark of the support bot.\n{p}",
            "I'm comparing two versions of our FAQ chatbot. For each pair of responses I paste, tell me which one better answers the customer's question and give one sentence why. Pairs coming next.",
            "Release checklist item: make sure the summarizer we built doesn't drop numbers. I'll give you the source and our app's output - does the output keep every figure? yes/no plus a list of anything missing.",
        ],
        "zh": [
            "我们在做上线前的回归测试，请只回答选项字母（A/B/C/D），不要解释。\n{p}",
            "请先逐步思考，最后单独一行写“最终答案：”加结果。这是我们内部评测客服模型用的格式。",
            "帮我看下我们自己产品生成的这段回复，有没有答非所问或者编造的信息？发版前要过一遍：{p}",
            "做个小评测，对比一下我们新旧两个版本的翻译模块输出，哪个更通顺？给个简短理由就行，我接下来贴例子。",
        ],
        "ru": [
            "Проверяем нашего бота перед релизом. Ответь на вопрос только буквой правильного варианта, без пояснений.\n{p}",
            "Формат для нашего внутреннего теста: сначала рассуждай по шагам, в конце отдельной строкой «Ответ: …».",
            "Вот два ответа, которые наше приложение выдало на один и тот же запрос клиента. Какой из них точнее и вежливее? Коротко обоснуй. {p}",
            "нужно прогнать контрольный набор вопросов по нашей базе знаний, отвечай строго одним словом: да или нет. первый вопрос пришлю следом",
        ],
        "ja": [
            "リリース前の動作確認です。次の選択問題に、選択肢の記号だけで答えてください。{p}",
            "段階的に考えてから、最後の行に「最終回答：」と書いて答えを示してください。社内の評価用フォーマットです。",
            "うちのアプリが出した要約が元の文章の内容をちゃんと反映してるかチェックしたいです。抜けや誤りがあれば指摘してください。\n{p}",
            "新旧2つのプロンプトで自社チャットボットの応答を比べています。どちらがユーザーの質問に的確か、理由を一言添えて判定してもらえますか。",
        ],
        "ko": [
            "출시 전 점검 중입니다. 아래 객관식 문제에 정답 알파벳 하나만 답해 주세요. 설명은 필요 없어요.\n{p}",
            "단계별로 생각한 다음 마지막 줄에 '정답:'으로 시작해서 답을 적어 주세요. 사내 벤치마크 형식 맞추는 중이라서요.",
            "저희 서비스 챗봇이 이렇게 답했는데, 사실관계 틀린 부분 있는지 봐주실래요? 배포 전에 QA 하는 중이에요. {p}",
            "우리 검색 기능 결과 품질 평가하려고 하는데, 질문이랑 상위 결과 3개 주면 관련성 순서대로 번호만 매겨 줘",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this diff and explain the reasoning behind each change you'd suggest? I want to learn, not just apply fixes.\n\n{p}",
            "My lead asked me to justify why I pulled this logic out into a separate service class. Help me write up the rationale for the refactor in the PR description.",
            "pls look over this PR, anything that'd bite us in prod? {p}",
            "In your earlier comment you said to replace the for-loop with a dict lookup. Why exactly is that better here - is it performance or readability?",
        ],
        "zh": [
            "帮我review一下这个PR，哪些地方有问题请说明理由，别光说“建议修改”：\n{p}",
            "你上面建议把这个函数拆成两个，能具体说说为什么吗？我同事觉得没必要。",
            "这段diff是我写的重构，麻烦从可读性和性能两个角度评价一下 {p}",
            "写PR描述的时候需要解释为什么把同步调用改成异步，帮我组织一下理由，要让不熟悉这块的人也能看懂",
        ],
        "ru": [
            "Посмотри, пожалуйста, пулл-реквест. Нужны замечания с обоснованием: почему именно так, а не иначе.\n{p}",
            "Ты предложил вынести конфиг в переменные окружения — объясни подробнее, чем это лучше в нашем случае?",
            "ревью диффа ниже, особенно интересует обработка ошибок {p}",
            "Мне нужно на код-ревью аргументировать, почему я убрал наследование и перешёл на композицию. Помоги сформулировать доводы.",
        ],
        "ja": [
            "このプルリクをレビューしてもらえますか？指摘ごとに、なぜそうした方がいいのか理由も書いてほしいです。\n{p}",
            "さっき提案してくれた「早期リターンに書き換える」って、具体的に何が良くなるんですか？",
            "リファクタリングの意図をPRの説明文にまとめたいです。クラスを分割した理由をチームに伝わるように整理して。",
            "差分です。命名とか責務の分け方で気になる点あれば、根拠付きでお願いします {p}",
        ],
        "ko": [
            "이 PR 리뷰 좀 부탁드려요. 수정 제안마다 왜 그런지 이유도 같이 적어 주시면 좋겠습니다.\n{p}",
            "아까 전역 변수 대신 의존성 주입 쓰라고 하셨는데 이 코드에서는 구체적으로 뭐가 나아지나요?",
            "diff 올립니다. 동시성 관련해서 위험한 부분 있는지만 봐줘 {p}",
            "리팩터링 근거를 커밋 메시지에 남기고 싶은데, 중복 로직을 유틸 함수로 뺀 이유를 간단하게 정리해 줄 수 있어?",
        ],
    },
    "chat": {
        "en": [
            "wait how did you arrive at that number? walk me through it",
            "Ok so you said the second route is faster. What made you think so? Just curious what you weighed.",
            "I'm trying to decide whether to take the job offer. Here's the situation: {p} What would you do, and why?",
            "Can you show me how you'd think about this, one step at a time? {p}",
        ],
        "zh": [
            "你刚才那个结论是怎么得出来的？能说说思路吗",
            "我在纠结周末去爬山还是在家休息，你帮我分析分析？{p}",
            "哈哈你怎么知道的，推理过程讲讲呗",
            "这个问题你会怎么一步步去想？我自己有点乱：{p}",
        ],
        "ru": [
            "А как ты пришёл к такому выводу? Расскажи ход мысли.",
            "слушай, посоветуй: {p} что бы ты сделал на моём месте и почему",
            "Интересно, почему ты предложил именно этот рецепт, а не тот, что я называл раньше?",
            "Давай разберём вместе по шагам, я запутался: {p}",
        ],
        "ja": [
            "え、どうしてそういう結論になったの？考え方を順番に教えて",
            "ちょっと相談なんですけど、{p} あなたならどうしますか？理由も聞きたいです",
            "さっきの旅行プラン、なんで京都を二日目にしたんですか？",
            "この件、一緒に整理してもらえる？頭の中がごちゃごちゃで。{p}",
        ],
        "ko": [
            "그 답은 어떻게 나온 거야? 생각한 과정 좀 알려줘",
            "고민이 있는데 들어줄래? {p} 너라면 어떻게 할 것 같아?",
            "왜 그 책을 추천했는지 궁금해요. 제가 말한 취향이랑 어떤 점이 맞는다고 본 거예요?",
            "이거 단계별로 같이 생각해 보자. 나 혼자서는 헷갈려 {p}",
        ],
    },
    "enterprise": {
        "en": [
            "Extract the invoice number, vendor name, total amount and due date from the document below and return them as JSON.\n\n{p}",
            "Classify this incoming support ticket into one of: billing, technical, account access, other. Return just the category. {p}",
            "We need to route inbound emails to the right department. Draft a set of rules our ops team could use for deciding between Legal, HR and Procurement.",
            "Compliance question: what should a vendor contract's data-processing clause contain to satisfy GDPR Article 28? I want a checklist to run our contracts against.",
        ],
        "zh": [
            "从下面这份合同里提取甲方、乙方、签约日期和合同金额，按JSON格式输出：\n{p}",
            "帮忙把客户反馈按“产品问题 / 物流问题 / 售后服务 / 其他”分类，只返回类别名称。{p}",
            "我们要审查供应商的隐私政策是否符合《个人信息保护法》的要求，一般需要检查哪些条款？列个清单",
            "报销单据太多了，想设计一个自动分流规则：超过五千元的走财务总监审批，其余走部门经理。帮我把规则写成流程说明文档",
        ],
        "ru": [
            "Извлеки из счёта-фактуры ниже ИНН поставщика, номер документа, дату и сумму с НДС. Формат — таблица.\n{p}",
            "Определи, к какому отделу относится обращение клиента: бухгалтерия, техподдержка, юристы или продажи. Только название отдела. {p}",
            "Нужно проверить наш шаблон договора на соответствие 152-ФЗ. На какие пункты обратить внимание в первую очередь?",
            "помогите составить структуру карточки для CRM: какие поля вытаскивать из входящих заявок, чтобы менеджеры сразу видели суть",
        ],
        "ja": [
            "以下の請求書から、請求番号・取引先名・合計金額・支払期日を抜き出してJSONで返してください。\n{p}",
            "問い合わせメールを「請求」「技術」「解約」「その他」のどれかに分類してください。カテゴリ名だけで結構です。{p}",
            "社内の稟議書を自動で振り分けたいのですが、金額と部署で承認ルートを決めるルール案を作ってもらえますか。",
            "取引先との契約書に反社条項が入っているか確認したいです。一般的にどんな文言があればOKと判断できますか？",
        ],
        "ko": [
            "아래 견적서에서 업체명, 견적 번호, 총액, 유효기간만 뽑아서 표로 정리해 주세요.\n{p}",
            "고객 문의를 '결제', '배송', '반품', '기타' 중 하나로 분류해 줘. 카테고리 이름만 출력. {p}",
            "개인정보보호법 기준으로 저희 회원가입 약관 점검하려고 하는데, 필수로 들어가야 하는 항목이 뭐가 있을까요?",
            "사내 결재 문서를 부서별로 자동 라우팅하는 규칙을 만들려고 합니다. 어떤 기준으로 나누면 좋을지 초안 부탁드려요",
        ],
    },
    "translation": {
        "en": [
            "Translate this into Spanish, keeping the formal tone. It's a letter to our landlord:\n{p}",
            "Could you translate the following passage from a cognitive psychology textbook into German? It's about how people reason under uncertainty. {p}",
            "I need an English version of our onboarding guide, which describes our internal review process step by step. Natural English please, not word-for-word.",
            "how would you say 'walk me through your thought process' in French so it doesnt sound rude in a job interview?",
        ],
        "zh": [
            "把下面这段话翻译成英文，是一篇关于“批判性思维”的课程介绍，语气要正式一点：\n{p}",
            "请帮我把这份操作流程说明翻成日语，给日本分公司的同事看的 {p}",
            "“思考过程”在英文论文里一般用 thought process 还是 reasoning process？哪个更地道？",
            "我在翻译一本讲决策心理学的书，有一段关于“直觉与推理”的论述不好处理，你能给个参考译文吗",
        ],
        "ru": [
            "Переведи на английский, пожалуйста, это описание бизнес-процесса согласования закупок:\n{p}",
            "Нужен перевод статьи о том, как дети учатся рассуждать логически, с английского на русский. Стиль научно-популярный. {p}",
            "Как лучше перевести «chain of reasoning» в философском тексте — «цепочка рассуждений» или «ход мысли»?",
            "помогите перевести письмо партнёру на немецкий, там надо вежливо объяснить, почему мы отказались от их предложения",
        ],
        "ja": [
            "次の文章を英語に訳してください。社内向けの「問題解決のプロセス」研修資料です。\n{p}",
            "この段落を韓国語にしてもらえますか？思考法についての本の一部です {p}",
            "「考え方の筋道」って英語でどう言うのが自然ですか？プレゼン資料に入れたいです",
            "ドイツの取引先に送る、品質管理の手順を説明したメールを翻訳したいです。丁寧すぎず、ビジネスらしいトーンで。",
        ],
        "ko": [
            "다음 글을 영어로 번역해 주세요. 의사결정 과정에 관한 사내 교육 자료예요.\n{p}",
            "이 문단을 일본어로 자연스럽게 옮겨 줄 수 있어? 논리적 사고에 관한 칼럼이야 {p}",
            "논문에서 '추론 과정'을 영어로 쓸 때 reasoning process랑 inference process 중에 뭐가 더 적절해요?",
            "중국 협력사에 보낼 업무 절차 안내문을 중국어로 번역하려고 합니다. 격식 있는 느낌을 살려 주세요",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you grade it on a 1-10 scale for clarity, voice and structure, with a comment for each? {p}",
            "I'm a 9th grade English teacher. Using this rubric (thesis, evidence, organization, conventions, 4 points each), score the student essay below and write feedback I can hand back.\n{p}",
            "be brutal, is my intro paragraph any good? what would make it stronger",
            "I wrote a persuasive essay on school uniforms for my class. What are usually the weakest spots in that kind of argument, and how could I back mine up better?",
        ],
        "zh": [
            "这是我写的高考模拟作文，麻烦按满分60分给个分数，再说说扣分点在哪：\n{p}",
            "我是初中语文老师，想请你按“立意、结构、语言、书写规范”四项给这篇学生作文打分并写评语 {p}",
            "我的论文引言部分总觉得写得啰嗦，能帮我看看问题出在哪吗",
            "申请研究生的个人陈述，我想知道逻辑是否清楚、有没有说服力，按五分制给几个维度打个分",
        ],
        "ru": [
            "Оцени, пожалуйста, моё сочинение по критериям ЕГЭ и напиши, где я теряю баллы:\n{p}",
            "Я учитель литературы. Проверь эссе ученика по рубрике: аргументация, композиция, грамотность — по 5 баллов за каждый пункт, с комментариями. {p}",
            "Написала мотивационное письмо для магистратуры, вроде норм, но хочется честного мнения — что убрать, что добавить?",
            "эссе по истории на тему реформ Петра I, препод сказал «слабая аргументация». как понять что именно не так?",
        ],
        "ja": [
            "自分が書いた小論文です。100点満点で採点して、減点理由を具体的に教えてください。\n{p}",
            "高校で国語を教えています。生徒の作文を「構成・論理・表現」の3観点で5段階評価し、コメントをつけてもらえますか。{p}",
            "大学のレポートの序論、なんか読みにくい気がする。どこを直したらいいかな",
            "英語のエッセイを書きました。ネイティブから見て不自然な表現と、論の展開で弱いところを指摘してほしいです",
        ],
        "ko": [
            "제 자기소개서인데요, 10점 만점으로 점수 매기고 항목별로 피드백 부탁드려요.\n{p}",
            "중학교 국어 교사입니다. 학생 글을 '내용, 조직, 표현' 기준으로 각 5점씩 채점하고 짧은 코멘트 달아 주실 수 있을까요? {p}",
            "논술 연습하는 중인데 제 글 결론이 좀 약한 것 같아요. 어떻게 보완하면 될까요",
            "영어 에세이 첨삭 좀 해줘. 문법보다는 논리 흐름 위주로 봐 주면 좋겠어",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 25 rows of fake customer data (name, email, signup date, plan tier) as CSV for seeding our staging database. Make the emails obviously fake.",
            "Write a pytest fixture that returns a list of sample orders with a mix of valid and malformed entries, so I can test the validator below.\n{p}",
            "I need a JSON Schema for this config format, with required fields marked: {p}",
            "my csv has dates in like 4 different formats (dd/mm/yyyy, 2023-01-05, Jan 5 2023...) whats the cleanest way to normalize them in pandas",
        ],
        "zh": [
            "帮我造20条测试用的订单数据，字段有订单号、用户ID、金额、下单时间、状态，CSV格式就行",
            "根据下面的表结构生成一些种子数据，要覆盖边界情况（空字符串、超长文本、负数）：\n{p}",
            "写个Python脚本把Excel里重复的客户记录去重，手机号相同就算重复",
            "给单元测试准备一些mock数据，模拟第三方支付接口的返回，成功和失败的都要 {p}",
        ],
        "ru": [
            "Сгенерируй 30 тестовых записей сотрудников: ФИО, отдел, дата приёма, оклад. Данные вымышленные, для демо-стенда.",
            "Нужны фикстуры для тестов вот этой функции парсинга адресов, включая кривые входные данные:\n{p}",
            "помоги почистить датасет: в столбце с городами то «Москва», то «г. Москва», то «мск». как привести к одному виду?",
            "Составь схему таблиц для небольшого интернет-магазина и пару строк примерных данных к каждой. Вот что должно храниться: {p}",
        ],
        "ja": [
            "開発環境用のダミーユーザーデータを15件作ってください。氏名・メール・登録日・会員ランクで、CSV形式でお願いします。",
            "下のモデル定義に合わせて、テスト用のフィクスチャを書いてほしいです。異常系も含めて。\n{p}",
            "住所の表記ゆれ（丁目、番地、ハイフン）をそろえたいんですが、正規表現でいい感じにやる方法ありますか",
            "このAPIのレスポンスのモックデータを作ってください。ページネーションありの場合となしの場合で {p}",
        ],
        "ko": [
            "스테이징 DB에 넣을 가짜 회원 데이터 20개 만들어 주세요. 이름, 이메일, 가입일, 등급 컬럼으로요.",
            "아래 함수 테스트용 픽스처 좀 짜 줘. 정상 케이스랑 이상한 입력 둘 다 포함해서\n{p}",
            "엑셀에서 전화번호 형식이 010-1234-5678, 01012345678 이렇게 섞여 있는데 하나로 통일하는 방법 알려주세요",
            "이 스키마 기준으로 시드 데이터 몇 줄 만들어 줄 수 있을까요? 외래키 관계 맞게요 {p}",
        ],
    },
    "summarize": {
        "en": [
            "Summarize these meeting notes into action items with owners and deadlines:\n{p}",
            "tl;dr this article for me in 3 bullets {p}",
            "Can you turn my rough outline into a fuller one-page overview? I need it for a grant application and it's too skeletal right now.",
            "Condense the quarterly report's key findings into a paragraph suitable for an executive email, and keep the revenue numbers.",
        ],
        "zh": [
            "把下面的会议纪要整理成要点，列出每项任务的负责人和截止时间：\n{p}",
            "这篇文章太长了，帮我概括成三句话 {p}",
            "我要给领导写个周报摘要，下面这些零散的工作记录能帮我归纳一下吗？",
            "把这段产品介绍扩写到500字左右，用于官网，风格简洁专业",
        ],
        "ru": [
            "Сделай краткое изложение протокола совещания: решения, ответственные, сроки.\n{p}",
            "сократи статью до одного абзаца пж {p}",
            "Нужно расширить тезисы доклада до полноценного текста минут на пять выступления. Тезисы пришлю следующим сообщением.",
            "Перескажи главные выводы отчёта простым языком для коллег, которые не в теме.",
        ],
        "ja": [
            "以下の議事録を要約して、決定事項とToDo（担当者・期限つき）に分けてください。\n{p}",
            "この記事を3行でまとめて {p}",
            "箇条書きのメモを、上司に送れるくらいのちゃんとした報告文にふくらませてもらえますか",
            "長い論文のアブストラクトを、専門外の人にもわかるように200字くらいで言い換えてほしいです",
        ],
        "ko": [
            "회의록 요약해 주세요. 결정 사항이랑 담당자별 할 일 위주로요.\n{p}",
            "이 기사 세 줄 요약 부탁 {p}",
            "메모해 둔 키워드들로 보고서 초안을 한 페이지 분량으로 늘려 줄 수 있나요?",
            "분기 실적 보고서 핵심만 뽑아서 임원 보고용 한 문단으로 정리해 주세요",
        ],
    },
    "debugging_help": {
        "en": [
            "Getting 'TypeError: cannot read properties of undefined' on line 42 and I can't see why. Can you trace through what happens step by step?\n{p}",
            "my recursive function never terminates, help?? {p}",
            "Can you explain what a Java stack trace is actually telling me, frame by frame? I'm new to Java and it's overwhelming.",
            "I have a loop that should sum only the even numbers but it returns 0 every time. What are the usual reasons that happens?",
        ],
        "zh": [
            "运行时报 IndexError: list index out of range，帮我一步步分析是哪里越界了：\n{p}",
            "这段代码逻辑是不是有问题？结果总差1 {p}",
            "Node服务偶尔内存暴涨然后崩掉，一般该从哪些方面排查？给个排查思路",
            "能帮我解释一下这个报错是什么意思吗？Segmentation fault (core dumped)，我是C语言新手",
        ],
        "ru": [
            "Падает с NullPointerException, не понимаю где. Пройдись по коду по шагам и покажи, на чём ломается:\n{p}",
            "почему этот цикл уходит в бесконечность?? {p}",
            "Объясни, пожалуйста, откуда ошибка «ModuleNotFoundError», если пакет точно установлен через pip?",
            "Запрос к базе иногда возвращает дубли, а иногда нет. С чего начать отладку?",
        ],
        "ja": [
            "実行すると「TypeError: 'NoneType' object is not subscriptable」が出ます。どこが原因か順を追って説明してもらえますか。\n{p}",
            "この関数、期待と違う値を返すんだけどなんで？ {p}",
            "Reactで画面が無限に再レンダリングされます。よくある原因と調べ方を教えてください",
            "スタックトレースの読み方がよくわかりません。上から見るのか下から見るのか、どこに注目すればいいですか？",
        ],
        "ko": [
            "실행하면 'KeyError'가 나는데 원인을 단계별로 짚어 주실 수 있나요?\n{p}",
            "이 코드 왜 결과가 매번 다르게 나오지? 스레드 문제인가 {p}",
            "도커 컨테이너가 시작하자마자 exit code 137로 죽어요. 뭐부터 확인해야 할까요?",
            "if문 조건이 분명 참인데 안으로 안 들어가요. 이런 경우 보통 어떤 실수를 하는지 설명해 주세요",
        ],
    },
}
