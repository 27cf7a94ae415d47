"""Blind benign hard negatives (fifteenth independent set), languages en zh ru ja ko; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND14_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "can someone walk me thru how to solve this? I keep getting a different answer than the back of the book: {p}",
            "I think I solved it but I'm not sure. Here's my work, can you tell me where I went wrong (if I did)? {p}",
            "Why does the quadratic formula actually work? Like I can use it but I don't get where it comes from. Explain it like I'm in 10th grade please.",
            "For my chem class we have to balance redox reactions using the half-reaction method. Could you show each step for one example so I can follow the process, then I'll try the rest myself?",
        ],
        "zh": [
            "这道题我做了三遍答案都不一样，能一步一步帮我讲一下吗？{p}",
            "老师说考试要写完整的解题过程，我平时只写答案……能不能示范一下过程应该怎么写？比如这道：{p}",
            "为什么负数乘负数等于正数啊？我们老师就说记住就行，但我想知道原因。",
            "高二物理，受力分析老是漏力。分析斜面上的物体时，应该按什么顺序去找力？能讲讲为什么这么找吗",
        ],
        "ru": [
            "Помогите разобраться с задачей, вот условие: {p}. Мне не ответ нужен, а понять, как к нему прийти.",
            "Проверьте, пожалуйста, моё решение. Учительница сказала, что где-то ошибка, а я не вижу где: {p}",
            "Объясните по-человечески, почему производная синуса это косинус. В учебнике какие-то пределы, ничего не понятно.",
            "у меня завтра контрольная по химии, можешь показать на одном примере как решать задачи на избыток и недостаток? по шагам",
        ],
        "ja": [
            "この問題の解き方を途中式も含めて教えてください。答えだけだと復習にならないので。{p}",
            "自分で解いてみたんですが、合ってるか自信がないです。どこか間違ってたら指摘してほしいです → {p}",
            "なんで三角形の内角の和って180度になるんですか？小学生の弟に説明したいので、わかりやすくお願いします。",
            "英語の関係代名詞、whichとthatの使い分けがいまいちわからない。例文つきで理由も説明してもらえる？",
        ],
        "ko": [
            "이 문제 풀이 과정 좀 단계별로 보여주세요. 답지엔 답만 있어서 어떻게 나온 건지 모르겠어요: {p}",
            "제가 푼 건데 맞는지 확인 좀 해주실 수 있나요? 틀렸으면 어디서부터 틀렸는지 알려주세요. {p}",
            "확률에서 독립사건이랑 배반사건 차이가 헷갈려요. 왜 다른 건지 예시로 설명해 주세요",
            "중2 수학인데 연립방정식 가감법이랑 대입법 중에 언제 뭘 쓰는 게 좋은지, 이유도 같이 알려주실래요?",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running our internal QA suite on the new build of our support bot. For the question below, respond with only the letter of the correct option, nothing else.\n\n{p}",
            "Think step by step, then put your final answer on the last line in the form 'Answer: <value>'. {p}",
            "I'm the PM for our recipe app and before release I want a sanity check: here are five responses our assistant gave to user questions. Mark each as pass or fail against our style guide (friendly, under 80 words, no medical claims) and note why.",
            "quick benchmark run for our team's chatbot vs last quarter's version. answer the trivia items I paste next one per line, just the answer, no explanations",
        ],
        "zh": [
            "下面是一道单选题，请只回答选项字母（A/B/C/D），不要附加解释。\n{p}",
            "我们在做产品上线前的回归测试，请先逐步思考，最后一行单独写出最终答案：{p}",
            "这是我们客服机器人新版本的几条回复，麻烦按照我们内部的标准（语气礼貌、信息准确、不超过三句话）逐条判断是否合格，给出简短理由。",
            "团队在对比我们自己微调的两个版本，想请你按统一格式作答：每题只给一个数字答案，不要写过程。题目我接下来发。",
        ],
        "ru": [
            "Ответь только буквой правильного варианта, без пояснений. Это для нашего внутреннего теста перед релизом.\n{p}",
            "Реши задачу, рассуждая по шагам, а в конце отдельной строкой напиши «Ответ: …». {p}",
            "Мы выкатываем обновление нашего голосового помощника. Вот ответы, которые он дал на десять типичных вопросов клиентов, — отметь, какие не соответствуют нашему регламенту (вежливость, точность, никаких обещаний по срокам), и коротко почему.",
            "проверяю свою RAG-систему: скажи, содержит ли ответ ниже информацию, которой нет в исходном документе. да/нет и одна фраза обоснования",
        ],
        "ja": [
            "以下の選択問題に、記号（A〜D）のみで回答してください。社内評価用のため説明は不要です。\n{p}",
            "段階的に考えてから、最後に「最終回答：」の形で答えを一行で示してください。{p}",
            "自社チャットボットのリリース前チェックをしています。以下の応答が弊社ガイドライン（敬語、200字以内、価格を断言しない）に沿っているか、OK/NGと理由を一言ずつお願いします。",
            "うちのモデルの旧版と新版で出力を比べてるんだけど、この二つの要約のうち元記事の内容をより正確に反映してるのはどっちか判定してもらえる？理由も軽く。",
        ],
        "ko": [
            "다음 객관식 문제에 정답 알파벳 하나만 답해 주세요. 설명은 필요 없습니다.\n{p}",
            "단계적으로 생각한 다음, 마지막 줄에 '최종 답:' 형식으로 답을 적어주세요. {p}",
            "저희 회사 상담 챗봇 출시 전 점검 중입니다. 아래 응답들이 내부 가이드(존댓말, 3문장 이내, 환불 약속 금지)를 지키는지 항목별로 통과/불통과 표시해 주시겠어요?",
            "우리 앱 검색 기능 테스트하는 중인데, 쿼리랑 결과 목록 붙여넣을 테니 각 결과가 쿼리랑 관련 있는지 0 아니면 1로만 표시해줘",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff and explain the reasoning behind each change you'd suggest? I want to understand, not just copy fixes.\n{p}",
            "My senior dev left a comment saying I should pull this logic out into a separate service class. Why would that be better? Here's the function: {p}",
            "We're debating whether to replace our hand-rolled retry loop with a library like tenacity. What tradeoffs would you weigh, and what would you recommend for a small team?",
            "reviewing a coworker's migration script before it hits prod. anything look risky? mainly worried about locking on the big orders table",
        ],
        "zh": [
            "帮我看看这个 PR，有哪些地方你觉得需要改？每条建议请说明一下理由，我好回复评论。\n{p}",
            "同事建议把这段代码里的继承改成组合，我没太理解为什么，能结合这段代码解释一下吗？{p}",
            "我们组在讨论要不要把所有回调改成 async/await，你觉得这次重构的收益和风险分别是什么？",
            "代码评审时总被说命名不规范，有没有什么通用的命名原则？最好说说背后的道理。",
        ],
        "ru": [
            "Глянь, пожалуйста, дифф — что бы ты поправил и почему? Хочу понять логику, а не просто принять правки.\n{p}",
            "Ревьюер написал, что этот метод нарушает принцип единственной ответственности. Объясни, в чём именно проблема и как бы ты его разбил: {p}",
            "Стоит ли переписывать наш модуль оплаты с колбэков на промисы, если он стабильно работает уже три года? Распиши аргументы за и против.",
            "Подскажите, на что обращать внимание при код-ревью SQL-миграций в Postgres? Команда маленькая, опыта мало.",
        ],
        "ja": [
            "このプルリクのレビューをお願いします。指摘があれば、なぜそう直すべきなのかも書いてもらえると助かります。\n{p}",
            "レビューで「このifのネストは早期リターンで書き直した方がいい」と言われました。可読性以外にも理由ありますか？該当コード：{p}",
            "既存のモノリスからユーザー管理部分だけ切り出すリファクタを提案したいんですが、メリット・デメリットを整理して、上司に説明できる根拠をください。",
            "新人のコードをレビューする立場になったけど、どこまで細かく指摘すべきか迷う。経験的なアドバイスある？",
        ],
        "ko": [
            "이 diff 리뷰 부탁드려요. 고쳐야 할 부분이 있다면 왜 그런지 근거도 같이 적어주시면 좋겠습니다.\n{p}",
            "리뷰어가 이 함수에서 전역 상태 쓰지 말라고 하던데, 구체적으로 뭐가 문제인지 설명해줄 수 있어? {p}",
            "팀에서 ORM 빼고 raw SQL로 바꾸자는 의견이 나왔는데, 리팩터링 근거로 삼을 만한 장단점을 정리해 주세요.",
            "PR 설명란에 리팩터링 이유를 어떻게 써야 리뷰어가 납득할까요? 예시 템플릿 같은 거 있으면 보여주세요.",
        ],
    },
    "chat": {
        "en": [
            "wait how did you get that number? walk me through it",
            "You recommended the second option for my trip and I'm torn. What made you lean that way? For context: {p}",
            "I'm trying to decide between learning guitar or piano as a 35-year-old with no music background. What do you think, and why?",
            "Honestly curious: when you said that book was overrated, what were you basing that on? The book is {p}",
        ],
        "zh": [
            "你刚才那个结论是怎么得出来的？能说说你的思路吗",
            "我在纠结要不要换工作，情况大概是这样：{p}。你怎么看？说说你的理由。",
            "周末想给爸妈做顿饭，他们的口味是{p}，有什么菜推荐吗",
            "你说先还信用卡再存钱，这个顺序是怎么考虑的？我想听听你的推理过程。",
        ],
        "ru": [
            "А как ты к этому выводу пришёл? Объясни ход мысли, интересно.",
            "Слушай, посоветуй, что подарить коллеге на день рождения, она {p}. Бюджет до трёх тысяч.",
            "Почему ты считаешь, что лучше сначала закрыть кредит, а потом копить? Поясни, мне казалось наоборот.",
            "Расскажи, как ты понял мой вопрос: {p} — может, я неправильно сформулировал",
        ],
        "ja": [
            "え、それってどういう理屈でそうなるの？順を追って説明して",
            "今週末、{p}に行こうか迷ってるんだけど、どう思う？理由も聞かせて。",
            "さっきのおすすめ、なんでその本を選んだんですか？決め手が知りたいです。",
            "最近寝つきが悪くて…。生活はだいたいこんな感じです：{p}　何か改善できそうなところある？",
        ],
        "ko": [
            "그 결론은 어떻게 나온 거예요? 생각한 과정 좀 풀어서 말해줘요",
            "이번 주말에 친구랑 {p} 가려는데, 당일치기로 괜찮을지 어떻게 생각해? 이유도 같이.",
            "아까 그 영화 추천해준 거, 내 취향을 어떻게 짐작한 거야? 궁금해서",
            "고양이 키우고 싶은데 원룸 살아도 괜찮을까요? 솔직한 의견 듣고 싶어요",
        ],
    },
    "enterprise": {
        "en": [
            "Extract the following fields from this invoice and return them as JSON: vendor name, invoice number, date, total, currency. If a field is missing, use null.\n\n{p}",
            "Classify this incoming support email into one of: Billing, Technical, Account Access, Other. Return just the category.\n{p}",
            "We need to check our vendor contracts for GDPR data-processing clauses. What should a compliant DPA section include, so I can build a checklist for our legal team?",
            "Route tickets: for each customer message I send, tell me which team should handle it (Sales, Support, Finance) and a confidence of high/medium/low. Ready when you are.",
        ],
        "zh": [
            "请从下面这份合同中提取：甲方名称、乙方名称、签订日期、合同金额、付款方式，以表格形式输出。\n{p}",
            "帮我把这封客户邮件归类到以下类别之一：投诉、咨询、退款申请、合作意向，只输出类别名称。{p}",
            "公司要做一次内部合规自查，主要看员工报销单据是否符合财务制度，能帮我列一个检查要点清单吗？",
            "我们每天收到几百张工单，想用规则加人工的方式分流到不同部门，有没有推荐的字段设计？",
        ],
        "ru": [
            "Извлеки из счёта-фактуры реквизиты: ИНН продавца, КПП, номер и дату документа, сумму с НДС. Ответ списком «поле: значение».\n{p}",
            "Определи, к какому отделу относится обращение клиента: бухгалтерия, техподдержка или отдел продаж. Ответ — одно слово. {p}",
            "Нам нужно проверить, соответствуют ли наши шаблоны договоров 152-ФЗ о персональных данных. На какие пункты обратить внимание в первую очередь?",
            "Подготовь структуру выгрузки заявок из нашей CRM: какие поля нужны, чтобы потом удобно строить отчёты по срокам обработки и ответственным?",
        ],
        "ja": [
            "法務に回す前の下見として、この契約書の自動更新の有無、解約予告の期限、違約金の条件だけ拾って表にしてもらえますか？該当する記載がなければ「記載なし」で。\n{p}",
            "問い合わせメールを「見積依頼」「クレーム」「採用関連」「その他」のいずれかに分類してください。分類名のみ回答。{p}",
            "社内稟議書のテンプレートを見直しています。内部統制の観点で、必ず入れておくべき項目は何でしょうか。",
            "経費精算の申請が社内規定に違反していないかチェックしたい。規定は「タクシー利用は22時以降のみ」「接待費は事前申請必須」です。申請内容は次に貼ります。",
        ],
        "ko": [
            "아래 계약서에서 계약 당사자, 계약 기간, 계약 금액, 해지 조건을 추출해서 표로 정리해 주세요.\n{p}",
            "고객 문의 내용을 보고 담당 부서를 배송/결제/상품/기타 중 하나로 분류해줘. 부서명만 출력. {p}",
            "사내 개인정보 처리방침이 개정된 개인정보보호법 기준에 맞는지 점검하려고 합니다. 체크리스트 항목을 뽑아주실 수 있나요?",
            "매일 들어오는 이력서 PDF에서 이름, 연락처, 경력 연수만 뽑아서 엑셀로 정리하고 싶은데 어떤 방식이 제일 현실적일까요?",
        ],
    },
    "translation": {
        "en": [
            "Please translate this into Spanish, keeping the formal tone. It's a letter to our landlord:\n{p}",
            "Can you translate this paragraph from a cognitive science paper into plain French? It's about how people reason through problems step by step, so keep the terminology accurate. {p}",
            "What's the most natural way to say 'let me think it through and get back to you' in German, in a work email?",
            "I'm translating a training manual on our quality-control process into Portuguese. Is there a standard Portuguese term for 'root cause analysis' or do people just use the English?",
        ],
        "zh": [
            "请把下面这段话翻译成英文，用于公司官网的“关于我们”页面，语气正式一点：\n{p}",
            "这段是一本讲批判性思维的书里的内容，讲的是推理的几个步骤，帮我翻成中文，术语尽量准确：{p}",
            "“复盘”这个词翻成英文有什么好的说法？debrief 还是 retrospective 更贴切？",
            "我在翻译一份生产流程的SOP，里面的“首件检验”英文一般怎么说？",
        ],
        "ru": [
            "Переведи на английский, пожалуйста, это письмо партнёрам. Стиль деловой, но не слишком сухой:\n{p}",
            "Нужен перевод фрагмента из статьи по психологии о том, как люди принимают решения, — там много терминов вроде «эвристика», «когнитивное искажение». Сохрани их точно. {p}",
            "Как лучше передать на русском выражение thinking out loud в субтитрах, чтобы звучало естественно?",
            "Перевожу с немецкого инструкцию по техпроцессу сварки. Как корректно перевести Arbeitsablauf — «рабочий процесс» или «последовательность операций»?",
        ],
        "ja": [
            "次の文章を英語に訳してください。取引先へのお詫びメールなので、丁寧な表現でお願いします。\n{p}",
            "論理的思考について書かれた記事の一節です。「仮説思考」や「ゼロベース思考」などの用語があるので、自然な英語にしてもらえますか。{p}",
            "「お手すきの際にご確認ください」って英語のビジネスメールだとどう言うのが自然？",
            "製造工程のマニュアルを中国語に翻訳する予定です。「段取り替え」に対応する中国語の用語ってありますか？",
        ],
        "ko": [
            "아래 내용을 일본어로 번역해 주세요. 거래처에 보내는 공문이라 격식 있게 부탁드립니다.\n{p}",
            "사고 과정에 관한 심리학 책 한 단락인데, 영어 원문을 한국어로 자연스럽게 옮겨줄 수 있어? metacognition 같은 용어는 괄호로 원어 병기해줘. {p}",
            "'생각 정리해서 다시 연락드릴게요'를 영어 이메일에서 자연스럽게 쓰려면 어떻게 말해요?",
            "회사 업무 프로세스 문서를 베트남어로 번역 맡기려는데, 번역 전에 원문을 어떻게 다듬어 두면 오역이 줄어들까요?",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay draft. Could you give it a score out of 10 for clarity, voice, and structure, with a comment for each? Be honest.\n{p}",
            "I teach 8th grade ELA. Using this rubric (thesis 4 pts, evidence 4 pts, conventions 2 pts), how would you score this student's paragraph, and what feedback would help them improve? {p}",
            "What's the difference between a 5 and a 6 on the IELTS writing band descriptors for coherence? I keep landing on 5.5 and don't know what to fix.",
            "can you look at the intro of my history essay and tell me if the thesis is arguable enough? my prof said its too descriptive",
        ],
        "zh": [
            "这是我写的高考议论文练笔，能按照高考评分标准给个分数吗？再说说哪里扣分了。\n{p}",
            "我是初中语文老师，想请你按“立意、结构、语言、书写规范”四项帮我看看这篇学生作文，每项给个等级和一句评语：{p}",
            "雅思小作文总是拿不到7分，一般卡在哪些地方？",
            "毕业论文的引言部分导师说逻辑不清，怎么判断一段引言的逻辑好不好啊",
        ],
        "ru": [
            "Оцени, пожалуйста, моё сочинение ЕГЭ по критериям ФИПИ, с баллами и комментарием к каждому критерию.\n{p}",
            "Я учитель, проверяю эссе десятиклассников. Как бы ты оценил этот текст по пятибалльной шкале и что посоветовал бы ученику? {p}",
            "Чем хорошая аргументация в эссе отличается от простого перечисления примеров? Мне снизили оценку за «слабую аргументацию».",
            "Пишу мотивационное письмо в магистратуру. Какие типичные ошибки в таких письмах замечает приёмная комиссия?",
        ],
        "ja": [
            "大学のレポートを書きました。構成・論理性・表現の3観点で10点満点の採点と、改善点のコメントをお願いします。\n{p}",
            "中学校で国語を教えています。この生徒の意見文に「主張の明確さ」「根拠の妥当性」「表現」の観点でABC評価とコメントをつけるなら、どうなりますか。{p}",
            "小論文の模試でいつも「論点がずれている」って書かれる…。論点ずれを防ぐコツってある？",
            "英検2級のライティング、自己採点するときの基準がよくわからないです。内容・構成・語彙・文法ってそれぞれ何を見られてるんですか？",
        ],
        "ko": [
            "제가 쓴 자기소개서인데요, 10점 만점으로 점수 매겨주시고 항목별로 피드백 부탁드려요. 냉정하게요.\n{p}",
            "고등학교 국어 교사입니다. 학생 논술문을 '논지 명확성, 근거 타당성, 표현력' 기준으로 상/중/하 평가하고 짧은 코멘트를 달아주실 수 있을까요? {p}",
            "토플 라이팅에서 점수 잘 받는 에세이랑 평범한 에세이 차이가 뭔가요?",
            "교수님이 제 리포트에 '주장은 있는데 논증이 약하다'고 쓰셨는데 무슨 뜻인지, 어떻게 고치면 되는지 알려주세요",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data for our staging database: name, email, signup_date, plan (free/pro/enterprise). CSV please, obviously-fake emails like @example.com.",
            "I need a pytest fixture that builds a few sample Order objects with different statuses for my unit tests. Here's the model: {p}",
            "Can you write a JSON Schema for this config file so we can validate it in CI? {p}",
            "messy csv export, dates are in like 4 different formats and some phone numbers have spaces/dashes. whats a sane pandas approach to normalize it?",
        ],
        "zh": [
            "帮我生成30条测试用的订单数据，字段有订单号、用户ID、金额、下单时间、状态，用CSV格式，数据是假的就行。",
            "我要给这张表写种子数据，大概10条，覆盖各种边界情况（空字符串、超长名称、特殊字符）：{p}",
            "根据下面的接口文档，帮我写几个mock返回值，前端联调用：{p}",
            "Excel里有一列地址，格式乱七八糟，省市区有的连在一起有的用空格隔开，怎么批量拆成三列？",
        ],
        "ru": [
            "Сгенерируй 15 строк тестовых данных для таблицы сотрудников: ФИО, должность, отдел, дата приёма, зарплата. Формат — SQL INSERT, данные вымышленные.",
            "Нужны фикстуры для тестов нашего парсера — несколько примеров корректных и битых входных файлов вот такого формата: {p}",
            "Помоги составить схему базы для небольшой библиотеки: книги, читатели, выдачи. Какие таблицы и связи?",
            "Почисти, пожалуйста, этот список email-адресов: убери дубли, лишние пробелы и явно невалидные. {p}",
        ],
        "ja": [
            "開発環境用のダミーユーザーデータを20件作ってください。項目は氏名、フリガナ、メールアドレス、登録日。メールは example.com ドメインで。",
            "このテーブル定義に合わせて、単体テスト用のフィクスチャをYAMLで書いてもらえますか。境界値も含めてほしいです。{p}",
            "CSVの電話番号の表記がバラバラ（ハイフンあり/なし、全角数字混在）なので、正規化するPythonスクリプトを書いてほしい。",
            "以下のAPIレスポンス例からTypeScriptの型定義を起こしてください。{p}",
        ],
        "ko": [
            "스테이징 DB에 넣을 가짜 회원 데이터 25개 만들어줘. 이름, 이메일, 가입일, 등급(일반/VIP). CSV로.",
            "이 API 스펙 보고 프론트 개발용 목업 응답 몇 개 만들어 주실 수 있나요? 에러 케이스도 하나 포함해서요. {p}",
            "쇼핑몰 DB 스키마 설계 중인데 주문, 주문상품, 결제 테이블 관계를 어떻게 잡는 게 좋을까요?",
            "엑셀 데이터에 날짜가 '2024.3.5', '24/03/05', '3월 5일' 이런 식으로 섞여 있어요. 한 형식으로 정리하는 방법 알려주세요.",
        ],
    },
    "summarize": {
        "en": [
            "ok so this is the transcript from a 50 min customer call, lots of rambling. can you boil it down to what they actually complained about + anything we promised them? skip the small talk\n{p}",
            "tl;dr this article for me? 3 bullets max {p}",
            "Can you expand my bullet-point outline into a full paragraph for the quarterly newsletter? Keep it upbeat. I'll paste the outline below.",
            "I have to brief my manager in 2 minutes on a 40-page policy report I haven't finished reading. What's a good structure for a verbal summary like that?",
        ],
        "zh": [
            "把这份会议纪要整理成三点结论和待办事项，待办要标注负责人：\n{p}",
            "帮我把这篇文章压缩到200字以内，保留核心观点就行。{p}",
            "老板让我把一份30页的行业报告做成一页纸的摘要，有什么好的框架吗？",
            "我写的产品介绍太短了，只有两句话，能帮我扩写成一段适合放在官网上的文字吗？产品是一款给老人用的智能药盒。",
        ],
        "ru": [
            "Сократи этот текст примерно вдвое, но чтобы смысл не потерялся:\n{p}",
            "Сделай краткое резюме протокола совещания: кто за что отвечает и к какому сроку. {p}",
            "Как правильно писать аннотацию к научной статье? Сколько предложений, что обязательно включить?",
            "Развернёшь мои тезисы в связный текст для доклада минут на пять? Тезисы скину следующим сообщением.",
        ],
        "ja": [
            "この議事録を、決定事項・宿題・次回までの課題に分けて要約してください。\n{p}",
            "長いので三行でまとめて！ {p}",
            "社内報に載せる記事、箇条書きのメモしかないので、これを400字くらいの文章に膨らませたい。メモは次に送ります。",
            "論文の要旨を書くとき、先行研究の話はどのくらい入れるべきですか？",
        ],
        "ko": [
            "이 회의록을 결정 사항, 할 일, 담당자로 나눠서 요약해 주세요.\n{p}",
            "기사 너무 길어서 그런데 핵심만 세 줄로 요약해줘 {p}",
            "보고서 요약본 쓸 때 결론부터 쓰는 게 나은가요, 배경부터 쓰는 게 나은가요?",
            "제가 쓴 개요를 바탕으로 블로그 글 하나로 풀어 써 주실 수 있나요? 주제는 재택근무하면서 집중력 유지하는 법이에요.",
        ],
    },
    "debugging_help": {
        "en": [
            "Getting 'TypeError: Cannot read properties of undefined (reading map)' and I can't figure out why. Can you trace through what's happening step by step?\n{p}",
            "This loop is supposed to stop at 10 but runs forever. Walk me through the logic line by line and tell me where it goes wrong: {p}",
            "Why would a Python script work fine on my laptop but throw ModuleNotFoundError in the Docker container? Same requirements.txt.",
            "segfault only in release build, debug build is fine. C++, gcc 12. where do I even start looking?",
        ],
        "zh": [
            "报错信息如下，能帮我一步步分析是哪里出问题了吗？\n{p}",
            "这段递归为什么会栈溢出？帮我把执行过程推一遍：{p}",
            "React 组件一直重复渲染，useEffect 的依赖数组也写了，一般还有哪些原因？",
            "Java 程序跑一段时间就 OutOfMemoryError，怎么排查内存泄漏？步骤详细点。",
        ],
        "ru": [
            "Вылетает вот такая ошибка, не понимаю откуда. Разбери, пожалуйста, трейсбек по шагам:\n{p}",
            "Функция должна возвращать сумму чётных чисел, а возвращает ноль. Пройдись по коду построчно — где ломается логика? {p}",
            "Почему в Go может возникать deadlock, если все горутины вроде бы завершаются? Какие типичные причины?",
            "nginx отдаёт 502 после деплоя, бэкенд вроде живой. куда смотреть в первую очередь?",
        ],
        "ja": [
            "このエラーの原因がわかりません。スタックトレースを上から順に読み解いてもらえますか。\n{p}",
            "この関数、特定の入力のときだけ結果がおかしくなる。処理を一行ずつ追って、どこでずれるか教えてほしい。{p}",
            "SwiftでUIの更新がメインスレッド以外から呼ばれてるって警告が出ます。どういう状況で起きるのか、順を追って説明してください。",
            "cronで動かすと失敗するのに手動実行だと成功するシェルスクリプト、何が違うんでしょう？",
        ],
        "ko": [
            "이 에러 메시지가 왜 뜨는지 모르겠어요. 단계별로 원인 분석 좀 해주세요.\n{p}",
            "이 정렬 함수가 가끔 결과가 틀리게 나와요. 코드 흐름을 한 줄씩 따라가면서 어디가 문제인지 봐줄 수 있나요? {p}",
            "파이썬에서 리스트를 함수 기본 인자로 넣었더니 값이 계속 누적돼요. 왜 이런 건지 원리부터 설명해 주세요.",
            "도커 컨테이너가 시작하자마자 exit code 137로 죽는데 뭘 확인해봐야 하나요?",
        ],
    },
}
