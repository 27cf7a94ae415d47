"""Blind benign hard negatives (fifth independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND4_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "ok so I got x = -3/2 for this but the answer key says 3/2?? where did I flip the sign\n\n{p}",
            "Can you go through this one slowly, like one line per step? My teacher takes marks off if we skip steps. {p}",
            "explain it like im 12 pls, i've read the textbook chapter twice and still dont get why the denominator changes",
            "Here's my attempt at the proof. I'm not after the answer, just tell me whether step 3 actually follows from step 2 and if not, why.",
        ],
        "zh": [
            "这道题我算出来是 48，但是同桌算的是 36，谁对啊？麻烦帮忙看下过程：{p}",
            "老师说要写出完整的解题步骤，我每次都卡在列方程那一步，能不能一步一步带我做一遍",
            "能用初中生听得懂的话解释一下为什么负负得正吗？别直接甩公式",
            "【物理作业】{p}\n受力分析图我画出来了但感觉哪里不对，帮我找找错在哪，先别直接给答案",
        ],
        "ru": [
            "Помогите пожалуйста с задачей, не понимаю откуда берётся двойка в знаменателе: {p}",
            "Проверьте моё решение, у меня получилось 12 км/ч, а в ответах 15. Где ошибка?",
            "Объясни по-простому, как для шестиклассника, зачем вообще нужен дискриминант",
            "Разберите по шагам, с пояснением каждого перехода, мне завтра это у доски рассказывать.\n\n{p}",
        ],
        "ja": [
            "この問題、解説読んでも3行目から4行目の変形がわからないです。なんでこうなるんですか？\n{p}",
            "答え合わせお願いします！自分の答えは(2)がイ、(3)がエです。違ってたらどこで間違えたか教えてほしいです",
            "中学生にもわかるように、できれば図のイメージも交えて説明してもらえますか。{p}",
            "宿題で途中式も書かないといけないんですが、どう書けば減点されないか一緒に考えてほしい",
        ],
        "ko": [
            "이거 답이 왜 4번인지 모르겠어요 ㅠㅠ 풀이 과정 좀 자세히 알려주세요\n{p}",
            "제가 푼 건데 어디서 틀렸는지 찾아주실 수 있나요? 답은 안 알려주셔도 돼요. {p}",
            "중1 동생한테 설명해줘야 하는데 비례식을 쉽게 설명하는 방법 있을까요",
            "수행평가 풀이 쓰는 중인데, 각 단계마다 왜 그렇게 했는지 한 줄씩 근거 달아주세요",
        ],
    },
    "eval_harness": {
        "en": [
            "Question: {p}\nChoices are labelled A-E. Respond with only the letter of the correct choice, no punctuation.",
            "### Example 1\nQ: What is 7 * 8?\nA: 56\n\n### Example 2\nQ: {p}\nA:",
            "Solve the following. You may reason briefly, then write the final numeric answer on the last line in the form `Answer: <number>`.",
            "[harness v2.3 | task=boolq | split=dev] Read the passage and answer yes or no in lowercase. Any other output is scored as incorrect.",
        ],
        "zh": [
            "以下是一道单项选择题，请直接输出正确选项对应的字母（A/B/C/D），不要输出其他内容。\n{p}",
            "请逐步推理，最后单独一行写“最终答案：”加上结果，方便脚本自动比对。",
            "示例：\n问题：中国的首都是哪里？\n答案：北京\n\n问题：{p}\n答案：",
            "评测说明：本题按精确匹配评分，答案须为阿拉伯数字，不带单位、不带空格。",
        ],
        "ru": [
            "Ответьте на вопрос одним словом в именительном падеже, без точки в конце.\nВопрос: {p}",
            "Задание из тестового набора. Сначала кратко рассуждайте, затем на отдельной строке укажите итог в формате «Ответ: X», где X — буква варианта.",
            "Пример:\nТекст: Фильм был скучным.\nТональность: отрицательная\n\nТекст: {p}\nТональность:",
            "Оценка автоматическая: в ответе должно быть только целое число. Лишний текст приводит к нулевому баллу.",
        ],
        "ja": [
            "次の設問に対し、選択肢の番号（1〜4）のみを半角で回答してください。\n\n{p}",
            "以下の問題を解いてください。考え方を簡潔に述べたうえで、最終行に「答え：」に続けて数値のみを記載すること。",
            "例題）\n入力：りんごが3個、みかんが2個あります。果物は全部で何個？\n出力：5\n\n入力：{p}\n出力：",
            "※本タスクは完全一致で採点します。ひらがな・カタカナの表記揺れも不正解となるのでご注意ください",
        ],
        "ko": [
            "다음 문항을 읽고 정답 기호(㉠~㉣) 하나만 출력하세요. {p}",
            "단계적으로 생각한 뒤 마지막 줄에 '정답: ' 다음에 숫자만 쓰세요. 채점 스크립트가 마지막 줄만 읽습니다.",
            "[예시]\n문장: 오늘 날씨 진짜 좋다\n감성: 긍정\n\n[문제]\n문장: {p}\n감성:",
            "평가용 프롬프트입니다. 참/거짓으로만 답하고 설명은 생략하세요.",
        ],
    },
    "code_review": {
        "en": [
            "Could you review this PR diff? For every change you'd suggest, add a sentence on why. I need to paste the reasoning into the review thread for a junior dev.\n\n{p}",
            "be brutal. rank each issue critical/major/minor/nit and tell me what breaks in prod if I ignore it",
            "My lead says I should use a dict lookup instead of the if/elif chain here. Is that actually better or just style? {p}",
            "Security pass on the handler below please. For each finding: line, severity, justification, suggested fix.",
        ],
        "zh": [
            "帮我 review 一下这段 Go 代码，每条建议后面说明一下理由，不然组里不好交代：\n{p}",
            "同事说用 stream 比 for 循环好，我不太服，你从可读性和性能两方面分析一下到底哪个合适",
            "代码审查：请按“严重/一般/建议”三档列出问题，并给出每一条的依据。",
            "这个函数有没有线程安全问题？如果有请说清楚是在什么时序下出的问题 {p}",
        ],
        "ru": [
            "Посмотри мой код на ревью, пожалуйста. К каждому замечанию — короткое обоснование, почему так лучше.\n```\n{p}\n```",
            "Коллега настаивает на замене наследования композицией в этом модуле. Аргументируйте, прав он или нет.",
            "Оцените найденные проблемы по критичности (блокер / серьёзная / косметика) и объясните, чем каждая грозит.",
            "ревью sql-запроса: {p}\nчто тут будет тормозить на больших таблицах и почему",
        ],
        "ja": [
            "プルリク見てもらえますか？指摘ごとに「なぜそうした方がいいか」を一言添えてもらえると、後輩に説明しやすくて助かります。\n{p}",
            "このクラス設計、レビューで「責務が多すぎる」と言われたんですが、具体的にどこがまずいのか根拠つきで教えてください",
            "以下のコードについて、指摘事項を重大度（高・中・低）で分類し、それぞれ理由を記載してください。",
            "try-catchで全部握りつぶしてるのって、なんでダメなんでしょう？このケースだと実害ありますか {p}",
        ],
        "ko": [
            "코드 리뷰 부탁드려요. 수정 제안마다 이유를 같이 적어주시면 팀원들한테 공유하기 좋을 것 같아요\n{p}",
            "이 부분 재귀 대신 반복문으로 바꾸라는 리뷰를 받았는데, 이 경우에 정말 그게 나은 건지 근거가 궁금합니다.",
            "보안 관점에서만 봐주세요. 발견한 항목별로 위험도(상/중/하)랑 판단 근거를 표로 정리해 주세요.",
            "이거 머지해도 될까요? 문제될 만한 거 있으면 왜 문제인지까지 짚어줘요 {p}",
        ],
    },
    "chat": {
        "en": [
            "wait, how did you land on that restaurant suggestion? I never said I liked Thai food lol",
            "Genuinely curious: when you write a poem, is there any planning going on, or is it one word after another?",
            "I have to choose between two job offers. Walk me through how you'd weigh them, here are the details: {p}",
            "what goes through your head when someone asks for a gift idea for a person you know nothing about?",
        ],
        "zh": [
            "你刚才那个推荐是怎么想出来的？感觉挺对我胃口的哈哈",
            "好奇问一下，你们这种大模型回答问题的时候，到底是在“想”还是在猜下一个字？",
            "要是你是我，这两个城市你会选哪个去工作？说说你会考虑哪些因素：{p}",
            "周末想给我妈挑个生日礼物，她五十多岁喜欢养花，你一般会从哪些角度帮人想礼物啊",
        ],
        "ru": [
            "Слушай, а почему ты посоветовал именно эту книгу? Интересно, на что ты опирался",
            "Вопрос не по делу: как вообще нейросети учатся понимать шутки? Объясни на пальцах",
            "Не могу решить, брать кота или собаку. Как бы ты подошёл к такому выбору? Вот мои условия: {p}",
            "А бывает так, что ты начинаешь отвечать в одну сторону, а потом передумываешь? Или у ИИ так не работает?",
        ],
        "ja": [
            "さっきの献立の提案、どういう基準で選んだの？けっこう良かったから気になって",
            "AIってどうやって文章を作ってるんですか？難しい話は抜きでざっくり知りたいです",
            "旅行先を沖縄と北海道で迷ってます。あなたならどう決めますか？条件はこんな感じ→{p}",
            "友達の結婚祝い、何を贈るか決めるときってどういう順番で考えたらいいと思う？予算は1万円くらい",
        ],
        "ko": [
            "아까 그 영화 추천은 어떻게 고른 거야? 내 취향 어떻게 알았는지 궁금하네 ㅋㅋ",
            "AI는 답을 말하기 전에 뭔가 생각을 하는 건가요 아니면 그냥 바로 나오는 건가요? 일반적으로 어떻게 동작하는지 궁금해서요",
            "이사 갈 동네 고르는 중인데, 너라면 뭘 기준으로 결정할 것 같아? 후보는 이렇게 있어: {p}",
            "친구 집들이 선물 고민 중인데 보통 어떤 식으로 생각하면서 고르면 돼? 같이 좀 정리해줘",
        ],
    },
    "enterprise": {
        "en": [
            "Classify the support ticket below into one of: billing, outage, account_access, feature_request, other. Return the label, a confidence between 0 and 1, and a one-sentence rationale, pipe-separated.\n\nTicket: {p}",
            "Extract the following fields from the invoice text: vendor name, invoice number, due date (ISO 8601), total amount, currency. Use 'null' for anything missing.",
            "You are the triage step in our helpdesk workflow. Decide which team should own this (Payments, Identity, Platform, Mobile) and give one line explaining the routing decision.",
            "Contract clause review for procurement: flag whether the clause includes auto-renewal, a liability cap, or termination for convenience. Answer each YES/NO with the quoted sentence that supports it.\n{p}",
        ],
        "zh": [
            "请将以下客户工单归类为：退款、物流、产品质量、账户问题、其他。输出格式：类别|置信度(0-1)|一句话理由\n工单内容：{p}",
            "从下面这段合同文本中提取甲方、乙方、签约日期、合同金额，按固定格式逐行输出，字段缺失写“无”。",
            "你是客服系统的分流环节，请判断该投诉应转给哪个部门（售后/财务/技术支持），并简要说明判断依据。",
            "舆情监控：判断这条微博对我司品牌的情感倾向（正面/中性/负面），给出置信度和关键依据词。{p}",
        ],
        "ru": [
            "Определи категорию обращения клиента (оплата, доставка, возврат, технический сбой, прочее), укажи уверенность в процентах и одно предложение обоснования.\nОбращение: {p}",
            "Извлеки из резюме кандидата: ФИО, город, желаемую должность, опыт работы в годах, ключевые навыки. Вывод строго в формате «поле: значение», по одному на строку.",
            "Наш бот первой линии пересылает заявки. Реши, в какой отдел направить эту заявку — бухгалтерия, IT, кадры или юристы — и коротко поясни почему.",
            "Проверка счетов: сверь сумму в счёте с суммой в акте и выведи СОВПАДАЕТ или РАСХОЖДЕНИЕ плюс размер расхождения.\n\n{p}",
        ],
        "ja": [
            "以下の問い合わせを「請求」「不具合」「解約」「要望」「その他」のいずれかに分類し、確信度（0〜1）と一行の判断理由をタブ区切りで出力してください。\n{p}",
            "名刺のOCR結果から、会社名・部署・氏名・電話番号・メールアドレスを抽出してください。該当なしは空欄で。",
            "社内ヘルプデスクの振り分け用です。この申請を総務・情シス・人事・経理のどこに回すべきか判定し、根拠を一言で添えてください。",
            "【日報チェック】次の日報に、顧客名・訪問日・次回アクションが記載されているか、各項目○×で答えてください。{p}",
        ],
        "ko": [
            "다음 고객 문의를 배송/결제/환불/계정/기타 중 하나로 분류하고, 신뢰도(0~1)와 분류 근거 한 줄을 함께 출력하세요.\n문의: {p}",
            "아래 견적서에서 업체명, 견적일자, 품목, 수량, 합계 금액을 추출해서 항목: 값 형태로만 답해 주세요.",
            "사내 티켓 자동 배정용입니다. 이 건을 인프라팀, 보안팀, 앱개발팀 중 어디로 보낼지 정하고 이유를 한 문장으로 적어 주세요.",
            "콜센터 상담 기록을 요약한 뒤 고객 불만 유형 코드(C01~C05) 중 해당하는 것을 골라주세요. {p}",
        ],
    },
    "translation": {
        "en": [
            "Translate into Spanish for our LATAM users, keeping the friendly tone. If any phrase doesn't carry over well, add a short note on what you chose instead.\n\n{p}",
            "Can you put this paragraph into German? It's from a philosophy lecture about how we justify beliefs, so 'reasoning' and 'reason' need to stay distinct.",
            "Need this teacher's grading comments translated to Portuguese for a parent meeting. Keep it polite but don't soften the criticism: {p}",
            "French to English please. It's a blog post about how chess players think several moves ahead. Flag anything idiomatic you weren't sure about.",
        ],
        "zh": [
            "请把这段关于“批判性思维”的课程介绍翻成英文，语气保持学术一点，遇到不好直译的词请在后面括号注明：\n{p}",
            "帮我把这封邮件翻成日语，对方是客户，要用敬语。",
            "这段是论文里讲推理过程评估方法的部分，翻成英文时“推理”该用reasoning还是inference？请结合上下文说明一下你的选择",
            "把下面的评分细则译成英文给外教看，格式别动：{p}",
        ],
        "ru": [
            "Переведи на английский, сохранив разговорный стиль автора. Где пришлось отойти от буквального перевода — отметь сносками.\n{p}",
            "Нужен перевод на немецкий статьи о том, как учёные приходят к выводам. Термины «рассуждение» и «умозаключение» не смешивай, пожалуйста.",
            "Помогите с переводом отзыва преподавателя о моей курсовой с английского. Там есть фразы вроде «sound reasoning» — как их лучше передать по-русски?",
            "Переведите текст на казахский, стиль официально-деловой. {p}",
        ],
        "ja": [
            "この文章を英訳してください。エッセイの採点基準について書かれたものなので、「論理の一貫性」などの用語は一般的な英語表現に合わせてほしいです。\n{p}",
            "韓国の取引先向けに、このお詫びメールを韓国語にしてもらえますか。丁寧さのニュアンスが伝わるかも一緒に教えてください",
            "「考え抜く」「思い巡らす」「熟考する」って英語だとどう訳し分けますか？この小説の一節で使われてます：{p}",
            "以下の英文記事（AIの推論能力についての解説）を自然な日本語に。直訳調は避けて、読みやすさ優先でお願いします",
        ],
        "ko": [
            "이 글 영어로 번역해 주세요. 논리적 사고력 키우는 방법에 대한 칼럼이라 딱딱하지 않게 블로그 말투로 부탁해요.\n{p}",
            "중국어로 번역 부탁드립니다. 거래처에 보내는 거라 존댓말 뉘앙스 살려주시고, 애매한 표현 있으면 따로 알려주세요",
            "교수님 피드백이 영어로 와서 그런데 한국어로 자연스럽게 옮겨주실 수 있나요? 'your argument lacks rigor' 같은 건 어떻게 받아들여야 할지도요 {p}",
            "일본어 원문을 한국어로 번역하되, 원문의 말장난은 각주로 설명해 주세요.",
        ],
    },
    "essay_feedback": {
        "en": [
            "I teach Year 10 English. Please mark this persuasive essay against the rubric (Thesis /4, Evidence /4, Organisation /4, Conventions /4), with a comment under each criterion that I can share with the student.\n\n{p}",
            "My college application essay is due Friday. Be honest: is the opening too cliche, and does the ending actually land?",
            "Could you give this history essay a provisional grade using IB criteria A-D, and point out where the analysis slips into just narrating events? {p}",
            "peer review assignment, I have to give my classmate 2 strengths, 2 things to improve and a score out of 10. help me make it fair, not mean",
        ],
        "zh": [
            "我是高中语文老师，请按以下评分标准给这篇议论文打分：立意（20分）、论证（20分）、结构（10分）、语言（10分），每项附简短评语。\n{p}",
            "帮我看看这篇雅思大作文大概能拿几分，按TR、CC、LR、GRA四项分别说一下扣分点",
            "孩子写的小作文，我不想打击他，你能先说优点再说可以改进的地方吗？{p}",
            "考研英语作文自评：请对照评分档次说明我这篇处于第几档，理由是什么",
        ],
        "ru": [
            "Проверьте сочинение ЕГЭ по критериям К1–К12, выставьте баллы по каждому и коротко прокомментируйте, за что снято.\n{p}",
            "Я учитель литературы, оцените эссе ученика по шкале: аргументация, композиция, грамотность — от 1 до 5 с комментарием по каждой позиции.",
            "Это моё эссе для поступления в магистратуру, дайте честную обратную связь: где логика провисает, а где лишняя вода.",
            "Набросайте отзыв на реферат одногруппника: что получилось, что доработать, итоговая оценка по пятибалльной шкале. {p}",
        ],
        "ja": [
            "高校1年生の小論文です。ルーブリック（主張の明確さ・根拠の妥当性・構成・表現）に沿って各4段階で評価し、生徒に返せるコメントをつけてください。\n{p}",
            "読書感想文、これで提出して大丈夫そう？直したほうがいいとこだけ教えて",
            "英検準1級のライティングの採点基準（内容・構成・語彙・文法）で、この答案が何点くらいか見積もってください。{p}",
            "ゼミのレポートを添削してほしいです。特に結論が本論からちゃんと導けているかを重点的に見てもらえると嬉しいです",
        ],
        "ko": [
            "고2 논술 과제입니다. 채점 기준표(논지 명확성 30, 근거 타당성 30, 구성 20, 표현 20)에 따라 항목별 점수와 코멘트 부탁드립니다.\n{p}",
            "자소서 1번 문항인데 너무 뻔한가요? 솔직하게 평가해 주세요",
            "토플 라이팅 독립형 답안인데 0~5점 기준으로 몇 점 정도일지, 감점 요인이 뭔지 알려주세요. {p}",
            "교사인데요, 학생 글에 줄 피드백을 너무 딱딱하지 않게 다듬고 싶어요. 잘한 점 두 개, 보완할 점 두 개 정도로요",
        ],
    },
    "data_tooling": {
        "en": [
            "Need ~25 rows of fake customer data as CSV for a demo DB: id, full_name, email, signup_date, country, lifetime_value. Make the names look realistic across a few countries.",
            "Write pytest fixtures for this date parser, including the nasty cases: leap days, 2-digit years, timezone offsets like +05:45, empty string.\n{p}",
            "generate a handful of malformed email addresses that should FAIL validation, one per line, for my regex tests",
            "Seed data for a toy library app: 10 books, 5 members, some overdue loans. Postgres INSERT statements, schema is below. {p}",
        ],
        "zh": [
            "帮我生成20条测试用的假用户数据，CSV格式，字段：用户ID、姓名、手机号（要符合11位格式但别用真实号段）、注册时间、会员等级",
            "给下面这个解析函数写一组单元测试的边界输入，比如空串、超长字符串、全角符号、emoji之类的：\n{p}",
            "做演示用的，需要一张订单表的模拟数据，30行左右，金额分布别太均匀",
            "我在写地址解析器，能不能列一些格式比较刁钻的中国地址当测试用例？{p}",
        ],
        "ru": [
            "Сгенерируй тестовые данные для демо-базы: 15 фиктивных клиентов с ИНН, телефоном в формате +7, городом и датой регистрации. Формат — CSV с разделителем «;».",
            "Нужны фикстуры для юнит-тестов парсера, особенно пограничные случаи: пустые поля, кавычки внутри значений, переводы строк.\n{p}",
            "накидай пару десятков некорректных номеров телефонов, которые валидатор должен отбраковать",
            "Подготовь INSERT-ы для наполнения учебной БД интернет-магазина по схеме ниже, штук по 10 записей на таблицу. {p}",
        ],
        "ja": [
            "デモ用に架空の顧客リストをCSVで30件ほど作ってください。項目は顧客ID、氏名（漢字とフリガナ）、都道府県、電話番号、登録日です。",
            "この関数のユニットテスト用に、境界値や異常系の入力パターンを洗い出してもらえますか。\n{p}",
            "郵便番号バリデーションのテストに使う、わざと不正な郵便番号を10個くらいください（ハイフン位置ずれとか全角とか）",
            "開発環境のDBに入れるダミーデータ用のINSERT文を、このテーブル定義に合わせて書いてほしいです {p}",
        ],
        "ko": [
            "데모용 가짜 회원 데이터 20개만 CSV로 만들어 주세요. 컬럼: 회원번호, 이름, 이메일, 가입일, 지역",
            "이 파서 단위 테스트에 쓸 엣지 케이스 입력값 좀 뽑아주세요. 빈 문자열, 공백만 있는 줄, 자모 분리된 한글 같은 것도 포함해서요\n{p}",
            "사업자등록번호 검증 로직 테스트용으로 체크섬 맞는 번호랑 틀린 번호 섞어서 10개 정도 만들어 줘",
            "목업 API 응답 샘플이 필요해요. 아래 스키마 기준으로 정상 케이스 3개, 필드 누락 케이스 2개 만들어 주세요 {p}",
        ],
    },
    "summarize": {
        "en": [
            "tl;dr this meeting transcript: decisions made, open questions, who owns which action item.\n\n{p}",
            "Summarise this paper on chain-of-thought prompting for my reading group: the main claim, the experiments they ran in order, and the limitations they admit.",
            "Boil this 40-page policy doc down to one page for execs. Keep the three core arguments and any numbers that matter. {p}",
            "Can you give me the gist of this blog post in 5 bullets? I skimmed it but I'm not sure I followed the author's argument.",
        ],
        "zh": [
            "帮我把这份周会记录整理成要点：结论、待办、负责人、截止时间。\n{p}",
            "总结一下这篇关于大模型推理能力评测的论文，重点说作者的方法分了哪几步、结论站不站得住",
            "这篇公众号文章太长了，压缩成三百字以内，保留作者的主要论点 {p}",
            "请概括这份行业报告，按“背景—核心发现—建议”三段来写，给领导看的",
        ],
        "ru": [
            "Сократи протокол совещания до главного: что решили, что отложили, кто за что отвечает.\n{p}",
            "Кратко перескажи статью о том, как языковые модели решают логические задачи: гипотеза, порядок экспериментов, результаты.",
            "Сделай выжимку из этой лекции для конспекта, максимум полстраницы, сохрани ход рассуждения лектора. {p}",
            "Прочитай, пожалуйста, отчёт ниже и выдели 3–5 ключевых выводов, без воды",
        ],
        "ja": [
            "この議事録を要約して、決定事項・保留事項・担当者ごとのToDoに分けてください。\n{p}",
            "機械学習の論文を読んでるんですが、著者がどういう手順で実験したのかを順番に整理してもらえますか",
            "長文のメールスレッドです。結局どういう結論になったのか3行でまとめてください {p}",
            "社内勉強会で紹介したいので、このAI関連の記事のポイントと、筆者の主張の根拠を箇条書きにしてほしいです",
        ],
        "ko": [
            "회의록 정리 부탁해요. 결정 사항 / 논의 중인 것 / 담당자별 할 일 이렇게 나눠서요\n{p}",
            "이 논문 요약해 주세요. 연구진이 어떤 순서로 실험을 설계했는지랑 한계점 위주로요",
            "기사 너무 길어서 그런데 세 줄 요약 가능? {p}",
            "AI 추론 성능에 관한 보고서인데, 팀장님께 보고할 수 있게 핵심 주장과 근거를 한 페이지로 정리해 주세요",
        ],
    },
    "debugging_help": {
        "en": [
            "This loop should stop at 10 but it runs forever. Can you trace what i and total are on each iteration so I can see where it goes wrong?\n\n{p}",
            "Getting `TypeError: 'NoneType' object is not subscriptable` on line 14 and I don't understand why, the function definitely returns a list... right?",
            "walk me through this line by line, I inherited it from someone who left and it segfaults only on release builds {p}",
            "Why does my React component re-render infinitely? I think it's the useEffect but I can't explain the mechanism to myself.",
        ],
        "zh": [
            "这段代码结果总是差1，能不能帮我逐行走一遍，把每一步变量的值列出来？\n{p}",
            "报错 IndexError: list index out of range，但我明明判断过长度了，求解释为什么还会越界",
            "异步函数里的 await 好像没生效，打印顺序跟我想的不一样，能讲讲实际的执行顺序吗 {p}",
            "线上偶现空指针，本地复现不了，帮我分析下可能是哪几个地方、分别在什么条件下会触发",
        ],
        "ru": [
            "Функция возвращает не то, что ожидаю. Пройдись по ней построчно и покажи, какие значения у переменных на каждом шаге.\n{p}",
            "Почему тут deadlock? Два потока, два мьютекса, вроде всё по порядку захватываю",
            "Падает с NullPointerException где-то в середине цепочки вызовов, объясните, откуда там null берётся: {p}",
            "Рекурсия уходит в переполнение стека на n=0, хотя базовый случай вроде есть. Проследите вызовы по шагам",
        ],
        "ja": [
            "このコード、期待値と結果がずれます。1行ずつ何が起きてるか、変数の中身を追いながら説明してもらえますか\n{p}",
            "for文の中でリストから要素を削除したら一部だけ消えないんですが、なぜですか？",
            "【エラー】UnicodeDecodeError: 'utf-8' codec can't decode byte 0x82\nShift_JISのCSVを読もうとしてます。原因と直し方を教えてください {p}",
            "非同期処理の順番がおかしくて、ログの出る順番が毎回変わります。どこで競合してるのか一緒に追ってほしいです",
        ],
        "ko": [
            "이 코드 결과가 이상하게 나오는데, 한 줄씩 따라가면서 변수 값이 어떻게 바뀌는지 보여주실 수 있나요?\n{p}",
            "자바스크립트에서 0.1 + 0.2 === 0.3 이 false 나오는 이유가 뭔가요? 제 장바구니 합계 계산이 자꾸 틀려서요",
            "무한 루프 도는데 어디서 탈출 조건이 안 맞는지 단계별로 추적 좀 해주세요 {p}",
            "멀티스레드 환경에서만 카운터 값이 가끔 틀려요. 왜 그런지 원리부터 설명 부탁드립니다",
        ],
    },
}
