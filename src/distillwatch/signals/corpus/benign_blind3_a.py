"""Blind benign hard negatives (fourth independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND3_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "can someone explain how to do this? i keep getting a different answer than the back of the book\n\n{p}",
            "I got x = 7 for this but my teacher marked it wrong. Can you check my work and tell me where I messed up? {p}",
            "Explain this like I'm 12 please, the textbook makes no sense",
            "Hi! I'm studying for my chem final. Could you show the steps for this one and explain why each step works, not just the answer? I want to actually understand it.",
        ],
        "zh": [
            "这道题我算了三遍都不对，能帮我一步一步讲一下吗？\n{p}",
            "老师说我这个证明第二步有问题，但我看不出来哪里错了，求指点",
            "请用初中生能听懂的话解释一下为什么这里要用换元法：{p}",
            "明天要交作业了😭 这道物理题能不能把受力分析那部分讲清楚一点，答案我有，就是不懂为什么",
        ],
        "ru": [
            "Помогите разобраться с задачей, не понимаю с чего начать:\n{p}",
            "Проверьте пожалуйста моё решение, ответ не сходится с ответом в учебнике. Где ошибка?",
            "объясни по шагам почему тут производная такая, а не другая. {p}",
            "Здравствуйте. Я готовлюсь к ОГЭ по математике, объясните простыми словами, как решаются такие уравнения, чтобы я мог дальше сам.",
        ],
        "ja": [
            "この問題の解き方がわかりません。途中式も含めて教えてください。\n{p}",
            "答えは合ってるっぽいんですけど、なんでこの公式を使うのかが腑に落ちないです…",
            "自分の解答です。どこで間違えたか指摘してもらえますか？\n---\n{p}",
            "中学生の弟に説明したいので、小学生でもわかるくらいかみ砕いて教えてほしいです",
        ],
        "ko": [
            "이 문제 풀이 과정 좀 자세히 알려주세요 ㅠㅠ 답지 봐도 이해가 안돼요\n{p}",
            "제가 푼 건데 맞는지 확인해 주실 수 있나요? 틀렸으면 어디서 틀렸는지도요",
            "수행평가 준비 중인데 이 개념을 왜 이렇게 쓰는지 초등학생한테 설명하듯이 알려줘",
            "{p}\n\n여기서 두 번째 줄에서 세 번째 줄로 어떻게 넘어가는 건지 모르겠어요",
        ],
    },
    "eval_harness": {
        "en": [
            "Answer the following multiple-choice question. Respond with only the letter of the correct option (A, B, C, or D).\n\n{p}\n\nAnswer:",
            'Solve the problem below. Think step by step, then write the final answer on its own line in the form "Final answer: <number>".',
            "### Instruction\nYou will be given a question from a reading comprehension test. Give the shortest span from the passage that answers it, with no extra words.\n\n### Input\n{p}\n\n### Response",
            "Here are three solved examples followed by a new problem. Follow the same format as the examples exactly; the grader uses exact string match.",
        ],
        "zh": [
            "以下是单项选择题，请直接输出正确选项的字母，不要输出其他内容。\n\n{p}\n答案：",
            "请逐步推理，最后一行只写最终答案，格式为：答案：X",
            "【评测说明】本题为填空题，评分采用完全匹配，请只输出答案本身，不要加单位或标点。\n题目：{p}",
            "下面先给出两个示例，请按照示例的格式作答。\n示例1：……\n示例2：……\n现在请回答新的问题。",
        ],
        "ru": [
            "Вопрос с вариантами ответа. В ответе укажите только букву (А, Б, В или Г).\n\n{p}",
            "Реши задачу. Можешь рассуждать по шагам, но последняя строка должна содержать только число — итоговый ответ.",
            "Инструкция для модели: ответ оценивается автоматически по точному совпадению. Выведите ответ одним словом в нижнем регистре без точки в конце.\nВопрос: {p}\nОтвет:",
            "Ниже несколько примеров «вопрос → ответ» из нашего внутреннего теста. Ответь на последний вопрос в том же формате.",
        ],
        "ja": [
            "次の問題に答えてください。選択肢の記号(ア〜エ)のみを出力してください。\n\n{p}",
            "段階的に考えてから、最後の行に「答え：」に続けて数値だけを書いてください。",
            "# 評価用プロンプト\n出力形式：True または False のみ\n設問：{p}",
            "以下の例題と同じ形式で回答してください。採点は完全一致で自動的に行われるため、余計な説明は不要です。",
        ],
        "ko": [
            "다음 질문에 대한 정답을 보기 중에서 골라 알파벳 한 글자로만 답하시오.\n\n{p}\n\n정답:",
            '단계별로 풀이한 후 마지막 줄에 "최종 답: " 뒤에 숫자만 적어 주세요.',
            "[벤치마크 v2 – 독해 태스크] 아래 지문을 읽고 질문에 한 문장으로 답하세요. 채점은 자동으로 진행됩니다.",
            "예시 문항 3개를 먼저 보여드릴게요. 같은 형식을 그대로 따라서 마지막 문항에 답해 주세요.\n{p}",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff? For each change you suggest, say why it's better, not just what to change.\n\n{p}",
            "please review, be harsh. rate each issue as low/med/high severity",
            "I rewrote our retry logic to use exponential backoff instead of a fixed sleep. A coworker says the old way was fine. Which approach is better here and why?",
            "Code review request — Python 3.11, FastAPI service. Justify each finding with a concrete failure scenario so I can bring it to the team.\n```\n{p}\n```",
        ],
        "zh": [
            "帮我review一下这段代码，每条修改建议都说一下理由，我要拿去跟组长解释\n{p}",
            "这个函数我用了递归，同事说改成迭代更好，能分析一下两种写法各自的优缺点吗？",
            "请对以下Go代码做代码审查，按严重程度（致命/严重/一般/建议）列出问题，并说明判断依据。\n```go\n{p}\n```",
            "大佬们看看这段SQL有没有性能问题，索引该怎么建比较合理",
        ],
        "ru": [
            "Посмотри код-ревью пожалуйста. Для каждого замечания объясни, почему так лучше:\n{p}",
            "У нас спор в команде: выносить валидацию в отдельный слой или оставить в контроллере. Какие аргументы за и против в нашем случае?",
            "Сделай ревью этого пулл-реквеста и оцени каждую проблему по критичности от 1 до 5. Обоснуй оценку.",
            "Джун прислал такой код, хочу дать ему нормальный фидбек, а не просто «переделай». Помоги сформулировать замечания с объяснениями.\n\n{p}",
        ],
        "ja": [
            "このコードのレビューをお願いします。指摘ごとに理由も書いてもらえると助かります。\n```\n{p}\n```",
            "新人のプルリクなんですが、どこを直すべきか、なぜそう直すべきかを優しめのトーンでまとめてほしいです。",
            "ReactでuseEffectの中でfetchしてるんですが、これってアンチパターンですか？もっといい書き方があれば理由と一緒に教えてください。",
            "セキュリティ観点でレビューしてください。各指摘に深刻度（高・中・低）を付けて、根拠も簡潔にお願いします。{p}",
        ],
        "ko": [
            "코드 리뷰 부탁드려요. 수정 제안마다 왜 그게 더 나은지 근거도 같이 적어주세요\n\n{p}",
            "이 클래스 설계 괜찮은지 봐주세요. 상속 대신 컴포지션 쓰라는 얘기를 들었는데 여기서도 그게 맞는지 궁금합니다",
            "PR 올리기 전에 셀프 리뷰 중인데, 놓친 버그나 엣지 케이스 있으면 심각도 순으로 정리해줘",
            "자바 스프링 코드입니다. 트랜잭션 처리 부분 위주로 리뷰해 주시고 지적 사항마다 이유 설명 부탁드립니다.\n{p}",
        ],
    },
    "chat": {
        "en": [
            "wait how did you come up with that so fast lol",
            "I'm trying to pick a birthday gift for my dad who has everything. What's your thought process when you'd decide something like this?",
            "Genuinely curious: how do language models like you work in general? Like, do you plan a sentence before writing it?",
            "Walk me through how you'd decide between these two job offers if you were me: {p}",
        ],
        "zh": [
            "你刚才那个推荐是怎么想出来的？感觉挺有道理的",
            "如果是你，周末去杭州还是苏州玩？说说你会怎么权衡",
            "好奇问一下，大语言模型到底是怎么“理解”问题的？是真的在思考吗",
            "我朋友说了这么一段话，我不知道该怎么回，你帮我分析分析：{p}",
        ],
        "ru": [
            "А как ты вообще пришёл к такому выводу? Мне интересно",
            "Слушай, вот ты как бы выбирал подарок коллеге, которую почти не знаешь? Расскажи ход мыслей",
            "Вопрос не по делу: а нейросети вообще умеют рассуждать или это просто угадывание следующего слова?",
            "Вот моя ситуация: {p}\nКак бы ты рассуждал на моём месте?",
        ],
        "ja": [
            "なるほど、どうしてそういう結論になったんですか？",
            "AIってどうやって文章を作ってるの？なんとなく仕組みが知りたい",
            "彼女の誕生日プレゼントで迷ってます。あなたならどういう順番で考えて決めますか？",
            "ちょっと相談なんだけど、{p} ってどう思う？考え方のポイントも聞かせて",
        ],
        "ko": [
            "오 그 답 어떻게 생각해낸 거야? 신기하네",
            "이사할 동네 두 군데 중에 고민 중인데 너라면 뭘 기준으로 고를 것 같아?",
            "AI는 질문 받으면 어떤 식으로 답을 만드는 거예요? 일반적인 원리가 궁금해요",
            "{p}\n이런 상황이면 어떻게 하는 게 좋을까? 너라면 어떻게 판단할지 말해줘",
        ],
    },
    "enterprise": {
        "en": [
            "Classify the following support ticket into one of: BILLING, TECHNICAL, ACCOUNT, OTHER. Return the label, a confidence between 0 and 1, and a one-line rationale.\n\nTicket:\n{p}",
            "Extract these fields from the invoice text: vendor_name, invoice_number, total_amount, due_date. Output as key: value lines, use N/A if missing.",
            "You are part of our helpdesk triage pipeline. Decide which team should handle this email (Payments, Logistics, Returns) and give a short reason the agent can read.",
            "SYSTEM: customer-feedback-tagger v3\nTag sentiment (positive/neutral/negative) and product area. One line, pipe-separated: sentiment|area|reason\nINPUT: {p}",
        ],
        "zh": [
            "请判断以下客户投诉属于哪个类别（物流、质量、售后、其他），输出类别、置信度（0-1）和一句话理由。\n投诉内容：{p}",
            "从这份合同文本中提取：甲方、乙方、签约日期、合同金额。没有的字段填“无”。",
            "工单自动分派：根据内容判断应转给哪个部门，只输出部门名称和简短依据，不要多余解释。",
            "以下是一条用户在App内的反馈，请打标签：是否为bug（是/否）、紧急程度（高/中/低）、涉及模块。按固定格式一行输出。\n{p}",
        ],
        "ru": [
            "Определи категорию обращения клиента: «оплата», «доставка», «возврат», «другое». Формат ответа: категория; уверенность от 0 до 1; краткое обоснование в одну строку.\n\n{p}",
            "Извлеки из текста резюме: ФИО, город, желаемую должность, опыт в годах. Если чего-то нет — пиши «не указано».",
            "Это письмо пришло на общий ящик поддержки. Куда его направить — в бухгалтерию, юристам или в техподдержку? Одна строка с обоснованием.",
            "Разбор отзывов для дашборда: тональность (позитив/нейтрально/негатив), упомянутый продукт, есть ли жалоба на сотрудника (да/нет). Строго в формате CSV без заголовка.\nОтзыв: {p}",
        ],
        "ja": [
            "以下の問い合わせを「請求」「技術」「アカウント」「その他」のいずれかに分類し、確信度(0〜1)と一行の理由を付けて出力してください。\n\n問い合わせ本文：\n{p}",
            "見積書のテキストから、会社名・見積番号・合計金額・有効期限を抜き出してください。該当なしの場合は「-」としてください。",
            "社内ヘルプデスク用です。この申請をどの部署（総務／人事／情シス）に回すべきか判定し、判断理由を一文で添えてください。",
            "【自動処理】レビュー文から感情（ポジ/ネガ/中立）と言及されている商品カテゴリを抽出。出力はタブ区切り1行のみ。\n入力：{p}",
        ],
        "ko": [
            "다음 고객 문의를 결제/배송/환불/기타 중 하나로 분류하고, 신뢰도(0~1)와 한 줄 사유를 함께 출력하세요.\n문의: {p}",
            "이력서 텍스트에서 이름, 연락처, 최종 학력, 경력 연수를 뽑아 주세요. 없는 항목은 '없음'으로 표시.",
            "사내 VOC 자동 분류용 프롬프트입니다. 담당 팀(CS, 개발, 영업)을 지정하고 근거를 짧게 적어 주세요. 출력 형식은 팀명 | 근거",
            "콜센터 상담 기록 요약 후 우선순위(긴급/보통/낮음)를 매겨 주세요. 고정 포맷 유지 필수.\n\n{p}",
        ],
    },
    "translation": {
        "en": [
            "Translate this into Spanish, keep it casual like the original:\n\n{p}",
            "Can you translate our teacher's note to parents into Korean? It talks about how we grade 'reasoning' on math tests, so please explain any word choices that were tricky.",
            "Please translate the following paragraph from a philosophy paper into French. It uses 'thinking' and 'reasoning' in a specific technical sense, so flag where French forces a different choice.",
            "need this in german asap, it's an email to a client, formal tone pls. {p}",
        ],
        "zh": [
            "把下面这段翻成英文，语气保持正式，是发给海外合作方的：\n{p}",
            "帮我把这篇关于“批判性思维”的科普文章翻译成日语，有些术语不好翻的地方请单独说明一下你的选择。",
            "这段评分标准（给学生作文打分用的）需要翻译成英文给外教看，请尽量保留原意：{p}",
            "“推理能力”“思维链”这类词翻成英文一般用什么？帮我把这句话翻一下并解释为什么这么译",
        ],
        "ru": [
            "Переведи на английский, сохрани разговорный тон:\n{p}",
            "Нужно перевести на немецкий инструкцию для учителей о том, как оценивать письменные работы. Поясни, где были трудности с терминами.",
            "Как лучше перевести на русский фразу «show your reasoning» в контексте школьных заданий? Дай пару вариантов и объясни разницу.",
            "Переведите, пожалуйста, этот абзац из статьи о когнитивной психологии на китайский. Там много про мышление и принятие решений — важно не потерять смысл.\n\n{p}",
        ],
        "ja": [
            "次の文章を英語に訳してください。ビジネスメールなので丁寧めでお願いします。\n{p}",
            "この段落を自然な日本語にしてほしいです。直訳っぽくならないように。あと「reasoning」をどう訳したかも教えて",
            "採点基準の説明文を韓国語に翻訳してください。先生向けの文書なので、かたい文体のままで大丈夫です。",
            "友達へのLINEなんだけど、これスペイン語にするとどうなる？ニュアンス違うとこあったら補足して→ {p}",
        ],
        "ko": [
            "아래 글 영어로 번역해 주세요. 원문 톤(좀 유머러스함) 살려서요.\n\n{p}",
            "논문 초록인데 중국어로 번역 부탁드립니다. '추론', '사고 과정' 같은 용어는 어떻게 옮겼는지 따로 설명해 주세요.",
            "이거 일본어로 자연스럽게 바꿔줘. 거래처에 보내는 메일임",
            "학생 평가 피드백 문구를 영어로 옮겨야 해요. 선생님이 학부모에게 보내는 거라 부드러운 표현이 좋겠어요: {p}",
        ],
    },
    "essay_feedback": {
        "en": [
            "I'm a 9th grade English teacher. Please grade this essay using the rubric below (Thesis, Evidence, Organization, Conventions, each out of 4) and leave a short comment for each.\n\n{p}",
            "Could you give me honest feedback on my college application essay? What's working, what's not, and what score would you roughly give it?",
            "here's my history paper on the causes of WW1. be brutal, tell me where my argument is weak",
            "Rubric: clarity 1-5, use of sources 1-5, counterargument 1-5. Score the student response and explain each score in 1-2 sentences so I can pass it on to the student. Essay: {p}",
        ],
        "zh": [
            "我是高中语文老师，请按照以下标准给这篇议论文打分：立意（20分）、结构（15分）、语言（15分），并逐项写评语。\n{p}",
            "帮我看看这篇作文能拿几分，哪里需要改？下周就要考试了",
            "这是我的雅思大作文，麻烦按TR、CC、LR、GRA四项分别估分并给出修改建议",
            "给学生作文写评语，要具体一点，指出优点和不足，别太官方：{p}",
        ],
        "ru": [
            "Оцените сочинение ученика 11 класса по критериям ЕГЭ (К1–К12) и кратко прокомментируйте каждый критерий.\n\n{p}",
            "Это моё эссе для поступления в магистратуру. Скажи честно, насколько оно убедительное и что стоит переписать?",
            "Проверь мой реферат по обществознанию: логика, аргументация, оформление. Поставь условную оценку по пятибалльной шкале.",
            "Я преподаю английский, студенты пишут opinion essay. Помогите составить комментарий к этой работе: сильные стороны, ошибки, оценка по рубрике из 20 баллов.\n{p}",
        ],
        "ja": [
            "高校の国語教員です。以下のルーブリック（論理性・具体例・表現、各5点）で生徒の小論文を採点し、観点ごとにコメントをお願いします。\n\n{p}",
            "大学のレポートなんですが、提出前に読んでもらえますか？構成とか論の弱いところを指摘してほしいです",
            "読書感想文の添削をお願いします。小学5年生の子どもが書いたものなので、褒めるところは褒めつつ、直すところを具体的に。",
            "英検準1級のライティング、自己採点が合ってるか見てほしい。内容・構成・語彙・文法の4観点で何点くらいかな？ {p}",
        ],
        "ko": [
            "중학교 국어 교사입니다. 아래 채점 기준표(주제 의식, 논리 전개, 표현력 각 10점)에 따라 학생 글을 평가하고 항목별 코멘트를 달아 주세요.\n{p}",
            "자소서 첨삭 부탁드려요. 솔직하게 몇 점짜리인지, 어디를 고치면 좋을지 알려주세요",
            "토플 라이팅 연습한 건데 점수 예상해 주실 수 있나요? 문법 실수도 짚어주시면 감사하겠습니다",
            "우리 반 학생이 쓴 논설문인데, 피드백을 학생이 읽을 수 있게 따뜻한 말투로 써 주세요. 잘한 점 두 개, 보완할 점 두 개.\n\n{p}",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data as CSV (name, email, signup_date, country, plan) for seeding our demo database. Use obviously fake emails.",
            "I need pytest fixtures for this function, including edge cases like empty strings, unicode, and very long inputs:\n\n{p}",
            "can you give me a bunch of weird date strings to throw at my date parser? leap years, timezones, malformed stuff",
            "Write mock API responses for our staging environment: a successful order, a payment failure, and a timeout. Match this schema: {p}",
        ],
        "zh": [
            "帮我生成30条假的用户数据，CSV格式，字段：用户名、手机号、注册时间、所在城市，用于本地测试环境。手机号别用真实号段。",
            "给这个解析函数写单元测试用例，多考虑一些边界情况，比如空输入、超长字符串、特殊字符：\n{p}",
            "做演示用的电商数据库，需要一些商品和订单的示例数据，SQL INSERT语句就行",
            "写个Jest的mock，模拟下面这个接口返回分页数据，包括最后一页和空列表的情况。{p}",
        ],
        "ru": [
            "Сгенерируй тестовые данные для демо-базы: 15 вымышленных клиентов с ФИО, телефоном, городом и датой регистрации. Формат — CSV.",
            "Нужны граничные случаи для юнит-тестов парсера адресов: пустые строки, лишние пробелы, латиница вперемешку с кириллицей и т.п.\n{p}",
            "Напиши фикстуры для pytest под эту модель Django, штук пять разных вариантов, включая пограничные значения: {p}",
            "набросай мне мок-данные для фронта, список заказов с разными статусами, чтобы верстку проверить",
        ],
        "ja": [
            "デモ用のDBに入れるダミーの顧客データを20件、CSVで作ってください（氏名・メール・電話番号・登録日）。実在しそうにない名前で。",
            "この関数の単体テストを書きたいので、境界値や異常系の入力パターンを洗い出してもらえますか？\n{p}",
            "CSVパーサのテスト用に、改行を含むフィールドやダブルクォートのエスケープなど、厄介なケースのサンプルを作ってほしい",
            "フロントの画面確認用にモックのレスポンスが欲しいです。以下の型定義に合わせて3パターンほど。{p}",
        ],
        "ko": [
            "테스트 DB에 넣을 가짜 회원 데이터 25개만 CSV로 만들어 주세요. 컬럼은 이름, 이메일, 가입일, 등급",
            "이 함수 단위 테스트용 입력값 좀 뽑아줘. 경계값, null, 빈 배열 같은 예외 케이스 위주로\n\n{p}",
            "JSON 파서 테스트하려는데 깨진 입력 예시들 좀 만들어 주세요. 이스케이프 문자, 깊게 중첩된 구조, 잘못 찍힌 쉼표 등등",
            "시연용 쇼핑몰 DB 시드 데이터가 필요합니다. 아래 테이블 구조에 맞춰 INSERT 문으로 10건씩 작성 부탁드려요.\n{p}",
        ],
    },
    "summarize": {
        "en": [
            "Summarize these meeting notes into action items with owners and deadlines:\n\n{p}",
            "TL;DR this paper for me? It's about whether chain-of-thought prompting actually improves reasoning in small models. I need the main argument and the steps the authors took in their experiments.",
            "Can you give me a one-paragraph summary of the attached report for my manager, plus the three key takeaways",
            "Summarize the following article in plain language, keep the author's main arguments and note any evidence they use. {p}",
        ],
        "zh": [
            "把这份会议纪要整理成要点，列出待办事项和负责人：\n{p}",
            "帮我总结一下这篇论文，重点是作者的研究方法和实验步骤，我组会要讲",
            "请用三百字左右概括以下文章的核心观点，并保留作者的主要论据。{p}",
            "这篇讲大模型推理能力评测的综述太长了，能不能帮我提炼一下主要结论？",
        ],
        "ru": [
            "Сделай краткое содержание протокола совещания: решения, ответственные, сроки.\n\n{p}",
            "Перескажи своими словами статью ниже, в 5–7 пунктах. Мне важно, какие аргументы приводит автор.",
            "Суммаризируй научную статью: цель, методика по шагам, основные результаты, ограничения. {p}",
            "можешь коротко пересказать, о чем этот отчет? читать 40 страниц некогда",
        ],
        "ja": [
            "以下の議事録を要約して、決定事項とTODO（担当者・期限つき）に分けてください。\n{p}",
            "この論文の要点を教えてください。特に著者がどういう手順で実験を進めたのかを知りたいです。",
            "長文ですみません、上司に報告する用に3行でまとめてもらえますか？ {p}",
            "AIの推論能力に関するこの記事、結局なにが言いたいのかよくわからなくて…主な主張と根拠を整理してほしいです",
        ],
        "ko": [
            "회의록 요약해 주세요. 결정 사항, 할 일, 담당자 순으로 정리 부탁드립니다.\n\n{p}",
            "이 논문 핵심만 뽑아줘. 저자들이 어떤 순서로 실험했는지도 단계별로",
            "다음 기사 세 줄 요약 + 주요 논거 정리: {p}",
            "보고서가 너무 길어서요, 임원 보고용으로 한 페이지 분량으로 줄여 주실 수 있을까요? 핵심 수치는 빠지지 않게요",
        ],
    },
    "debugging_help": {
        "en": [
            "This function returns undefined sometimes and I can't figure out why. Can you walk through what it does line by line?\n\n{p}",
            "My loop is off by one somewhere. Could you trace the values of i and total step by step for input [3, 5, 2]?",
            "getting 'KeyError: user_id' in prod but not locally, here's the traceback + code. why does this fail? {p}",
            "Can someone explain why this recursion blows the stack? I thought I had a base case.",
        ],
        "zh": [
            "这段代码跑起来一直死循环，帮我逐行分析一下它到底在干嘛：\n{p}",
            "为什么这里打印出来是0.30000000000000004而不是0.3？给我讲讲原理",
            "线上报NullPointerException，本地复现不了。能帮我一步步推一下变量的值是怎么变的吗？{p}",
            "多线程下这个计数器结果总是不对，是不是有竞态条件？怎么排查",
        ],
        "ru": [
            "Код падает с IndexError, не понимаю почему. Пройдись построчно и объясни, что происходит:\n{p}",
            "Почему этот async-код иногда возвращает пустой список? Разложи по шагам, в каком порядке что выполняется.",
            "Помогите отладить: функция сортировки на некоторых входах возвращает неправильный порядок. Покажите значения переменных на каждой итерации. {p}",
            "не могу понять почему memory leak в этом сервисе, heap растет и растет. куда смотреть?",
        ],
        "ja": [
            "このコード、なぜか無限ループになります。1行ずつ何をしているか追ってもらえませんか？\n{p}",
            "テストは通るのに本番だけ落ちます。エラーログを貼るので原因の切り分けを手伝ってください。",
            "forループの中で変数の値がどう変わっていくか、具体的な入力で順番にトレースしてほしいです。 {p}",
            "Pythonのデフォルト引数にリストを入れたら値が残り続けるんですが、これってなぜ起きるんですか？",
        ],
        "ko": [
            "이 코드가 왜 에러 나는지 모르겠어요 ㅠ 한 줄씩 뭐 하는 코드인지 설명해 주실 수 있나요?\n\n{p}",
            "배열 인덱스가 하나씩 밀리는 버그가 있는데, 변수 값이 반복마다 어떻게 바뀌는지 추적해 주세요",
            "useState로 값을 바꿨는데 바로 console.log 찍으면 이전 값이 나와요. 왜 그런 거예요?",
            "서버가 가끔 502를 뱉는데 로그랑 코드 같이 드릴게요. 어디서 문제가 생기는지 단계별로 같이 봐 주세요: {p}",
        ],
    },
}
