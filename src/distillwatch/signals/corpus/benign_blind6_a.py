"""Blind benign hard negatives (seventh independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND6_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "ok so my teacher marked this wrong and I honestly can't see why. here's what I did:\n{p}\ncan you point to the exact line where it goes off the rails?",
            "Could you solve this one slowly, showing every step? I have a quiz Friday and I want to actually understand the method, not just copy the answer.",
            "explain this to me like I'm 12 pls, the textbook version makes zero sense: {p}",
            "I got x = -3/2 for the problem below. Before I hand it in, could you check it and, if it's off, tell me which step I messed up rather than just giving me the right number?",
        ],
        "zh": [
            "老师，这道题我算了三遍答案都不一样😭 {p} 能不能帮我一步一步推一遍，顺便说说每一步为什么这么做？",
            "请问这个公式是怎么推出来的？课本上直接就给结论了，我想知道中间的思路。",
            "帮我检查一下作业：\n{p}\n不用直接告诉我答案，指出哪里错了就行，我自己再改。",
            "高一物理，受力分析一直搞不懂，能不能用生活里的例子给我讲讲为什么斜面上的物体会下滑？",
        ],
        "ru": [
            "Помогите пожалуйста с задачей по алгебре, не понимаю откуда берётся второй корень: {p}",
            "Объясните простыми словами, почему при делении на отрицательное число знак неравенства меняется. Учитель сказал «так надо», а мне хочется понять.",
            "Вот моё решение, проверьте, пожалуйста, где ошибка. Ответ в конце учебника другой.\n\n{p}",
            "Можно расписать решение по шагам? Нам задали на дом, а я болел и пропустил эту тему.",
        ],
        "ja": [
            "数学の宿題です。途中式も含めて解き方を教えてください。答えだけだと先生に怒られるので…\n{p}",
            "中2です。連立方程式の代入法と加減法、どっちを使えばいいかの見分け方がわかりません。コツってありますか？",
            "自分で解いてみたんですが、答えが合いません。どこで間違えたか見てもらえますか？\n\n{p}",
            "小学生の弟に分数の割り算を説明したいんですが、「ひっくり返してかける」理由をわかりやすく言うにはどうしたらいいですか",
        ],
        "ko": [
            "이 문제 풀이 과정 좀 자세히 알려주세요ㅠㅠ 답지 봐도 중간이 이해가 안 돼요 {p}",
            "제가 푼 거 맞는지 확인 부탁드려요. 틀렸으면 어디서 틀렸는지만 알려주시면 다시 해볼게요.\n{p}",
            "중학생한테 설명하듯이 쉽게 미분이 뭔지 알려줄 수 있어요? 수업 시간에 그래프 기울기 얘기만 하니까 감이 안 와요",
            "화학 반응식 계수 맞추는 거 단계별로 어떻게 하는지 설명해주세요. 시험이 내일이에요.",
        ],
    },
    "eval_harness": {
        "en": [
            'Question: {p}\nThink through the problem step by step, then write the final answer alone on the last line in the form "Answer: <number>".',
            "The following is a multiple choice question about high school chemistry. Respond with only the letter of the correct option (A, B, C, or D) and nothing else.",
            "### Instruction\nAnswer the question below. Your output will be scored by exact string match against a reference, so do not add units, punctuation, or explanation.\n\n### Input\n{p}\n\n### Output",
            "You will see three solved examples followed by a new problem. Match the format of the examples exactly: show your working, then put the final result after four hashes, like #### 42.",
        ],
        "zh": [
            "以下是关于中国历史的单项选择题，请直接给出正确答案的选项字母。\n\n{p}\n答案：",
            "请先逐步推理，最后单独一行输出“最终答案：”加上数值，不要带单位。",
            "【评测说明】本题为阅读理解，答案须为原文中的连续片段，请原样摘录，不要改写。\n题目：{p}",
            "下面有五个示例，请按照示例的格式回答最后一个问题。只输出 True 或 False。",
        ],
        "ru": [
            "Ниже приведён вопрос с вариантами ответа. Выберите один вариант и выведите только его букву.\n\n{p}\n\nОтвет:",
            "Решите задачу. Рассуждайте пошагово, а в последней строке напишите только число — итоговый ответ. Проверка автоматическая.",
            "Задание из набора для оценки понимания текста. Ответьте «да» или «нет», строчными буквами, без точки.\n{p}",
            "Формат ответа строго такой: сначала краткое решение, затем строка «Итог: » и ответ. Всё, что после ответа, проверяющий скрипт проигнорирует.",
        ],
        "ja": [
            "次の問題に答えてください。考え方を順に書いたあと、最後の行に「答え：」に続けて数値のみを書いてください。\n\n問題：{p}",
            "以下は日本の地理に関する多肢選択問題です。正しい選択肢の記号（ア〜エ）のみを出力してください。",
            "# 評価用プロンプト\n出力は完全一致で採点されます。余計な前置きや説明は書かないでください。\n\n入力：{p}\n出力：",
            "例題を3つ示します。同じ形式で4問目に答えてください。解答は半角数字のみとします。",
        ],
        "ko": [
            "다음 객관식 문제의 정답을 고르시오. 답은 ①~⑤ 중 번호 하나만 출력하시오.\n\n{p}",
            '문제를 단계별로 풀어 본 뒤, 마지막 줄에 "정답: " 다음에 최종 답만 적어 주세요. 채점은 마지막 줄만 봅니다.',
            "[벤치마크 형식 안내] 응답은 JSON이 아닌 일반 텍스트 한 줄이어야 하며, 정답 문자열과 정확히 일치해야 점수가 인정됩니다.\n질문: {p}\n답:",
            "아래는 예시 두 개와 새 문제입니다. 예시와 똑같은 형식으로만 답해 주세요. 설명은 붙이지 마세요.",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff before I merge it? For each thing you flag, say why it matters and give it a severity (blocker / should-fix / nit).\n\n{p}",
            "Be honest: is this function over-engineered? If you'd restructure it, explain why your version is better and not just different.",
            "Reviewing a teammate's code and I want to leave constructive comments. Here's the snippet:\n```\n{p}\n```\nWhat would you point out, and how would you justify each point so it doesn't come across as nitpicky?",
            "quick sanity check on my SQL migration — anything that could lock the table or lose data in prod? explain the reasoning behind each concern",
        ],
        "zh": [
            "帮忙 review 一下这段 Go 代码，重点看并发安全问题。每个问题请说明原因，并标一下严重程度（高/中/低）。\n{p}",
            "同事说我这里用继承不如用组合，我不太服气。你能从可维护性的角度分析下两种写法各自的优缺点吗？",
            "这是我第一次提 PR，代码如下：\n{p}\n请尽量具体地指出可以改进的地方，最好说明为什么那样改更好。",
            "看看这个正则有没有性能隐患，会不会有回溯爆炸的风险？请解释判断依据。",
        ],
        "ru": [
            "Посмотрите, пожалуйста, мой код на Python. Интересует читаемость и обработка ошибок. По каждому замечанию — коротко, почему это важно.\n\n{p}",
            "Коллега предлагает заменить мой цикл на list comprehension с тремя вложенными условиями. Это правда лучше? Аргументируйте.",
            "Сделайте код-ревью как строгий тимлид: список проблем, у каждой уровень критичности и объяснение, чем она грозит.\n```\n{p}\n```",
            "Нужен второй взгляд на обработчик платежей перед релизом. Меня больше всего волнуют гонки и повторные списания.",
        ],
        "ja": [
            "このTypeScriptのコード、レビューお願いします。指摘ごとに「なぜそうした方がいいのか」も書いてもらえると助かります。\n\n{p}",
            "新人のコードをレビューしているのですが、指摘の優先度付けに迷っています。重大度を3段階で分けて、それぞれ理由を添えてもらえますか。",
            "async/awaitで書き直したほうがいいと言われたのですが、今のPromiseチェーンと比べて具体的に何が良くなるのか納得できる説明がほしいです。\n{p}",
            "セキュリティ観点だけでいいのでざっと見てください。SQLインジェクションとXSSが特に心配です。",
        ],
        "ko": [
            "코드 리뷰 부탁드립니다. 지적 사항마다 심각도(상/중/하)랑 근거를 같이 적어주세요.\n\n{p}",
            "이 React 컴포넌트에서 useEffect 쓰는 방식이 괜찮은지 봐주세요. 무한 렌더링 날 가능성 있는지도요.",
            "시니어 개발자 입장에서 봤을 때 이 설계에서 제일 먼저 고쳐야 할 게 뭘까요? 왜 그게 우선인지도 설명해 주시면 좋겠어요.",
            "제 코드랑 팀장님이 제안한 코드 두 개 붙여넣을게요. 어느 쪽이 나은지, 이유를 들어서 비교해 주세요.\n{p}",
        ],
    },
    "chat": {
        "en": [
            "wait, how did you come up with that name suggestion? it's actually perfect lol",
            "I'm trying to pick a birthday gift for my dad who has literally everything. How would you even approach deciding something like that?",
            "Random question — when you answer something, do you plan the whole reply first or does it just come out word by word? I've always been curious how these models work.",
            "you recommended the second apartment over the first. walk me through how you weighed it? I'm torn: {p}",
        ],
        "zh": [
            "哈哈你这个比喻挺妙的，怎么想到的？",
            "我在纠结周末去爬山还是在家补觉，你要是我你会怎么想这个问题？",
            "好奇问一下，像你这样的大语言模型，是怎么“理解”一句话的？有没有通俗一点的解释？",
            "刚才你说先还信用卡再存钱，能说说你是怎么权衡的吗？我的情况是这样的：{p}",
        ],
        "ru": [
            "Слушай, а как ты вообще решаешь, какой рецепт предложить, когда я просто перечисляю, что есть в холодильнике?",
            "Интересно, а нейросети вроде тебя умеют по-настоящему рассуждать или это просто угадывание следующего слова? Объясни по-человечески.",
            "Ты посоветовал мне сначала поговорить с начальником, а не сразу увольняться. Почему именно так? Вот подробности: {p}",
            "Выбираю между котом и собакой, живу в однушке и много работаю. Как бы ты рассуждал на моём месте?",
        ],
        "ja": [
            "さっきの旅行プラン、なんで京都より金沢を先にしたんですか？ちょっと気になって",
            "ねえ、AIってどうやって文章考えてるの？頭の中で下書きとかするの？",
            "友達の結婚祝い、予算1万円で何にするか迷ってます。あなたならどういう順番で考えて決めますか？\n{p}",
            "その答えにたどり着いた考え方、ざっくりでいいので教えてもらえますか？自分でも同じように考えられるようになりたいので。",
        ],
        "ko": [
            "오 그 아이디어 좋다ㅋㅋ 어떻게 그런 생각을 했어?",
            "이직 제안을 받았는데 받을지 말지 고민이에요. 너라면 어떤 기준으로 판단할 것 같아? {p}",
            "AI는 질문을 받으면 속으로 어떤 과정을 거쳐서 대답하는 거예요? 그냥 궁금해서요.",
            "아까 노트북 추천해준 거, 왜 그 모델을 골랐는지 설명해줄 수 있어? 내 조건은 이거였어: {p}",
        ],
    },
    "enterprise": {
        "en": [
            "Classify the customer support ticket below into one of: BILLING, TECHNICAL, ACCOUNT, OTHER. Return the label, a confidence between 0 and 1, and a one-sentence rationale, separated by pipes.\n\nTicket: {p}",
            "You are part of our intake pipeline. Extract the invoice number, vendor name, total amount and due date from the email. If a field is missing, write N/A. One field per line.",
            "Route this incident to the right on-call team (payments, identity, infra, mobile). Output just the team name and a short reason.\n---\n{p}\n---",
            "Tag the following product review with sentiment (positive/neutral/negative) and the main topic. Keep the justification under 15 words; our dashboard truncates anything longer.",
        ],
        "zh": [
            "请将以下工单分类为：退款、物流、产品质量、其他。输出格式：类别｜置信度（0-1）｜一句话理由。\n工单内容：{p}",
            "从下面这份合同摘要中提取：甲方、乙方、签约日期、合同金额。缺失字段填“无”，每行一个字段。",
            "【自动分单】根据客户描述判断应转给哪个部门（售前、售后、财务、技术支持），只返回部门名称和简短依据。\n{p}",
            "对这条用户反馈做情感判断并给出优先级（P0-P3），附一句理由，方便客服主管快速浏览。",
        ],
        "ru": [
            "Определи категорию обращения клиента: «Оплата», «Доставка», «Возврат», «Другое». Выведи категорию, уверенность от 0 до 1 и одну фразу с обоснованием.\n\nОбращение: {p}",
            "Из письма поставщика извлеки: номер счёта, ИНН, сумму и срок оплаты. Формат — «поле: значение», каждое с новой строки.",
            "Система маршрутизации заявок. Назначь заявку одной из команд (бэкенд, фронтенд, DevOps, аналитика) и кратко поясни выбор.\n{p}",
            "Оцени срочность жалобы по шкале от 1 до 5 и укажи, нужно ли эскалировать руководителю. Обоснование — не длиннее одного предложения.",
        ],
        "ja": [
            "以下の問い合わせを「請求」「技術」「契約」「その他」のいずれかに分類し、確信度（0〜1）と一行の理由を付けて出力してください。\n\n問い合わせ本文：{p}",
            "社内ワークフロー用です。下記の申請メールから、申請者名・部署・金額・用途を抽出し、タブ区切りで1行にしてください。",
            "障害報告の内容から担当チームを判定してください（ネットワーク／DB／アプリ／不明）。出力はチーム名と根拠を一文で。\n{p}",
            "アンケートの自由記述を読んで、不満の主な原因をカテゴリで一つ選び、判断理由を簡潔に添えてください。",
        ],
        "ko": [
            "아래 고객 문의를 [결제/배송/계정/기타] 중 하나로 분류하고, 신뢰도(0~1)와 한 줄 근거를 함께 출력하세요.\n문의: {p}",
            "다음 이력서 텍스트에서 이름, 연락처, 최종 학력, 경력 연수를 추출해 주세요. 없는 항목은 '없음'으로 표기.",
            "장애 티켓 자동 배정용입니다. 담당팀(인프라/백엔드/앱/보안)과 그렇게 판단한 이유를 한 문장으로만 주세요.\n\n{p}",
            "VOC 데이터 정리 중입니다. 각 의견에 대해 긍정/부정/중립 라벨과 핵심 키워드 두 개를 붙여주세요.",
        ],
    },
    "translation": {
        "en": [
            "Please translate this paragraph from our onboarding guide into Spanish. It explains how our graders score the take-home test, so keep the terms consistent:\n{p}",
            "Can you put this into natural French? It's an email to my landlord, polite but firm. If any phrase doesn't carry over well, tell me what you changed and why.",
            "Translate the passage below into German for a philosophy seminar handout. It's about how we justify beliefs, so please flag any words where the German has a different nuance.\n\n{p}",
            "need this in Portuguese (Brazil) for a slide, casual tone, it's literally 2 sentences about 'thinking out loud' in meetings",
        ],
        "zh": [
            "请把下面这段英文翻译成中文，是一篇关于“批判性思维”的科普文章，语气要轻松一点：\n{p}",
            "帮我把这封邮件翻成日语，对方是合作公司的部长，敬语要到位。有拿不准的措辞请单独说明一下。",
            "这段是论文里讲模型推理能力评估的方法部分，麻烦翻成英文，术语尽量用学术界常用的说法。\n\n{p}",
            "把“打工人”“内卷”这几个词翻成英文，怎么翻才能让外国同事理解其中的味道？",
        ],
        "ru": [
            "Переведите, пожалуйста, на английский этот абзац из методички для учителей — там про то, как оценивать устные ответы учеников:\n\n{p}",
            "Нужен перевод поздравления бабушке на немецкий, она живёт в Германии уже 30 лет. Тон тёплый, немного старомодный.",
            "Переведи на русский текст ниже и поясни, как лучше передать «reasoning» и «rationale» — в словаре оба «обоснование», но это явно не одно и то же.\n{p}",
            "Как перевести на английский фразу «Семь раз отмерь — один раз отрежь», чтобы сохранить смысл? Есть ли готовый аналог?",
        ],
        "ja": [
            "次の英文を日本語に訳してください。社内向けの「意思決定の考え方」についての資料なので、硬すぎない文体でお願いします。\n\n{p}",
            "この日本語のメールを英語にしてください。取引先への謝罪メールです。ニュアンスが伝わりにくい箇所があれば、どう訳したか補足してください。",
            "子ども向け絵本の一節を韓国語に訳したいです。やさしい語り口を残したいので、言い回しを変えたところは理由も教えてください。\n{p}",
            "「お疲れ様です」って英語でどう言えばいいですか？場面ごとにいくつか候補がほしいです。",
        ],
        "ko": [
            "다음 글을 영어로 번역해 주세요. 학생 평가 기준에 대한 학교 안내문이라 격식 있는 톤이 좋겠습니다.\n\n{p}",
            "'정'이나 '눈치' 같은 단어를 영어로 옮길 때 어떻게 하는 게 자연스러울까요? 각각 설명도 부탁해요.",
            "이 중국어 문장 한국어로 자연스럽게 바꿔줘. 직역하면 어색한 부분은 어떻게 의역했는지 알려주고. {p}",
            "회사 블로그 글인데, '생각하는 방식을 바꾸는 법'에 관한 내용이에요. 일본어로 번역 부탁드립니다. 말투는 친근하게요.",
        ],
    },
    "essay_feedback": {
        "en": [
            "I teach 10th grade English. Could you grade this persuasive essay against our rubric (thesis, evidence, organization, conventions, each out of 4) and leave a short comment under each score?\n\n{p}",
            "Here's my college application essay draft. Be honest — what's working, what's not, and what would you cut? I have 3 days left.",
            "Give feedback on my student's lab report conclusion. Focus on whether the claims follow from the data. I want to hand this back with specific, kind comments.\n{p}",
            "Is my argument in the second paragraph actually convincing or am I just repeating myself? Grade it like a strict TA would.",
        ],
        "zh": [
            "请按照高考作文评分标准给这篇议论文打分，并分别从立意、结构、论证、语言四个方面写评语。\n\n{p}",
            "我是大一新生，这是我的课程论文初稿，老师说“论证不够充分”，能帮我看看具体是哪里不充分吗？",
            "帮我批改一下学生的英语作文，按内容、语言、结构三项各10分打分，每项写一两句建议，语气鼓励一些。\n{p}",
            "我写了一篇读后感，想参加学校比赛，你觉得能拿几分（满分100）？哪里最需要改？",
        ],
        "ru": [
            "Я учитель литературы. Оцените сочинение ученика 9 класса по критериям ОГЭ и кратко прокомментируйте каждый критерий.\n\n{p}",
            "Прочитайте моё эссе для поступления в магистратуру и скажите честно, что в нём слабое. Можно жёстко.",
            "Вот рубрика и работа студента. Поставьте баллы по каждому пункту рубрики и напишите, что стоит улучшить.\n{p}",
            "Проверьте, пожалуйста, логику аргументации во вступлении к моей курсовой — не противоречу ли я сам себе?",
        ],
        "ja": [
            "高校の国語教師です。生徒の小論文を、論点の明確さ・根拠・構成・表現の4観点で5段階評価し、それぞれコメントを付けてください。\n\n{p}",
            "大学のレポートを書きました。提出前に、どこが弱いか率直に指摘してもらえますか？評価するなら何点くらいですか。",
            "英語のエッセイの添削をお願いします。文法ミスだけでなく、論の流れについても意見がほしいです。\n{p}",
            "読書感想文のコンクールに出す予定の作品です。審査員の目線で、良い点と改善点を教えてください。",
        ],
        "ko": [
            "고등학교 국어 교사입니다. 학생 논술문을 채점 기준표(주제 명확성, 논거, 구성, 표현 각 5점)에 따라 평가하고 항목별 코멘트를 달아주세요.\n\n{p}",
            "대학원 지원용 자기소개서예요. 면접관 입장에서 읽었을 때 설득력이 있는지, 고칠 부분은 어디인지 솔직하게 말해주세요.",
            "제 영어 에세이 첨삭 부탁드려요. 점수로 치면 몇 점 정도인지도 알려주시고요. {p}",
            "학생이 쓴 보고서 결론 부분인데, 근거 없이 주장만 하는 것 같아서요. 어떻게 피드백을 주면 좋을지 같이 봐주세요.",
        ],
    },
    "data_tooling": {
        "en": [
            "I need a CSV of 20 fake customers for a demo database: name, email, signup_date, country, plan. Make the emails obviously fake (example.com).",
            "Write pytest fixtures for the function below, including the nasty edge cases: empty input, unicode, really long strings, None.\n\n{p}",
            "Can you give me some malformed date strings to throw at my parser? Things like 2023-02-30, missing leading zeros, mixed separators, that kind of thing.",
            "hey, could you mock up ~10 rows matching this schema for a unit test? a couple should be deliberately invalid (null where it shouldn't be, negative quantity) so I can test the validation path: {p}",
        ],
        "zh": [
            "帮我生成 30 条测试用的假订单数据，字段：订单号、用户ID、金额、下单时间、状态，CSV 格式就行。",
            "给下面这个函数写单元测试，边界情况尽量覆盖全，比如空字符串、负数、超大整数。\n{p}",
            "我在做地址解析的模块，能不能给我一些格式奇怪的中国地址当测试用例？比如没写省份、街道写错、带括号备注的。",
            "演示用的数据库需要一些员工数据，姓名用明显是假的，部门和入职日期随机，大概15行。表结构如下：{p}",
        ],
        "ru": [
            "Сгенерируй, пожалуйста, 25 строк тестовых данных для таблицы клиентов: ФИО, телефон, город, дата регистрации. Данные вымышленные, для демо.",
            "Напиши набор тест-кейсов для функции валидации ИНН — корректные, некорректные по контрольной сумме, неправильной длины и с буквами.\n\n{p}",
            "Нужны пограничные входные данные для парсера CSV: кавычки внутри полей, переносы строк в значениях, пустые колонки, BOM в начале файла.",
            "Сделай фикстуры для интеграционного теста по этой модели данных, штук 5–10 записей с осмысленными связями:\n{p}",
        ],
        "ja": [
            "デモ用に架空の顧客データを20件作ってください。項目は氏名（カナ付き）、郵便番号、都道府県、電話番号です。CSVでお願いします。",
            "この関数のユニットテストを書きたいので、境界値や異常系のテストケースを洗い出してもらえますか。\n\n{p}",
            "日付パーサーのテスト用に、和暦・西暦混在や全角数字など、意地悪な入力例を集めたいです。",
            "以下のテーブル定義に合うダミーデータのINSERT文を10行分ください。外部キーの整合性は保ってください。\n{p}",
        ],
        "ko": [
            "테스트용 가짜 회원 데이터 20개만 만들어 주세요. 이름, 이메일, 가입일, 등급 컬럼으로 CSV 형식이면 됩니다.",
            "이 함수 테스트 코드 짜려고 하는데 엣지 케이스 뭐뭐 넣어야 할지 목록이랑 예시 입력값 좀 뽑아줘 {p}",
            "주소 파서 테스트용으로 도로명/지번 섞여 있거나 오타 있는 주소 샘플 좀 만들어줄래요?",
            "데모 DB에 넣을 상품 데이터가 필요해요. 아래 스키마에 맞춰 15행 정도, 가격이랑 재고는 현실적인 범위로요.\n\n{p}",
        ],
    },
    "summarize": {
        "en": [
            "Summarize these meeting notes in 5 bullets max. I mostly need decisions made and who owns which action item.\n\n{p}",
            "Can you give me a plain-language summary of this paper on chain-of-thought prompting? I'd like the main claim, the experimental steps the authors took, and any limitations they admit.",
            "tl;dr this please, my manager sent it and it's 4 pages: {p}",
            "Summarize the attached policy document for new hires. Keep the key arguments for why the policy exists, and list the approval steps in order.",
        ],
        "zh": [
            "把下面的会议纪要整理成要点，重点是结论和每个人的待办事项。\n\n{p}",
            "帮我总结一下这篇关于大模型推理能力的论文：研究问题、方法步骤、主要结论，各用两三句话。",
            "这篇文章太长了，能不能用三句话告诉我作者的核心观点？{p}",
            "请对这份项目周报做个摘要，给领导看的，突出风险和进度偏差。",
        ],
        "ru": [
            "Сделай краткое содержание протокола совещания: какие решения приняли и кто за что отвечает.\n\n{p}",
            "Перескажи своими словами статью ниже — нужны основные аргументы автора и шаги, которые он предлагает. Максимум абзац.\n{p}",
            "Кратко изложите суть научной работы о том, как языковые модели решают логические задачи: цель, методика, выводы.",
            "Сожми, пожалуйста, этот отчёт до пяти пунктов для презентации руководству.",
        ],
        "ja": [
            "以下の議事録を要約してください。決定事項と担当者ごとのToDoを箇条書きでお願いします。\n\n{p}",
            "この論文（AIの推論能力の評価方法について）の要点を、目的・手法・結果・限界の順でまとめてもらえますか。",
            "長いので3行でまとめてほしいです {p}",
            "社内規程の改定案です。変更点とその理由が分かるように、新入社員向けにかみ砕いて要約してください。",
        ],
        "ko": [
            "회의록 요약 부탁드려요. 결정된 사항이랑 담당자별 할 일 위주로 정리해 주세요.\n\n{p}",
            "이 논문 핵심만 알려줘. 연구 질문, 저자들이 실험한 순서, 결론 정도면 돼.",
            "아래 기사 세 줄 요약해 주세요. 주장과 근거가 구분되게요.\n{p}",
            "분기 보고서인데 임원 보고용으로 한 페이지 분량 요약이 필요합니다. 주요 수치와 리스크는 꼭 포함해 주세요.",
        ],
    },
    "debugging_help": {
        "en": [
            "This loop is supposed to sum the list but I keep getting 0. Can you trace the values of each variable through every iteration so I can see where it goes wrong?\n\n{p}",
            "Getting 'TypeError: cannot unpack non-iterable NoneType object' and I have no idea where it's coming from. Walk me through what the code does line by line?",
            "my recursive function blows the stack on n=5000 but works fine for small n. why?? {p}",
            "The test passes locally but fails in CI about 1 in 10 runs. I suspect a race condition but can't pin it down. Can you reason through the possible interleavings with me?",
        ],
        "zh": [
            "这段代码运行后输出跟预期不一样，能帮我一行一行分析一下执行过程吗？每一步变量的值是多少？\n{p}",
            "报错：IndexError: list index out of range，但我明明判断过长度了。问题可能出在哪？",
            "Java 里这个 HashMap 在多线程下偶尔会丢数据，能解释一下为什么会这样吗？{p}",
            "前端页面点一次按钮请求发了两次，找了半天没找到原因，能帮我梳理一下排查思路吗？",
        ],
        "ru": [
            "Функция возвращает неправильный результат для отрицательных чисел. Пройдитесь по коду построчно и покажите, какие значения у переменных на каждом шаге.\n\n{p}",
            "Падает с segmentation fault где-то в этом куске на C, valgrind ругается на invalid read. Помогите понять, почему.\n{p}",
            "Почему после await у меня в переменной всё ещё Promise, а не данные? Объясните, что происходит по порядку.",
            "Скрипт на bash работает из терминала, но не из cron. Какие могут быть причины и как проверить каждую?",
        ],
        "ja": [
            "このコード、期待した結果にならないんですが、1行ずつ何が起きているか追ってもらえますか？各ステップでの変数の値も知りたいです。\n\n{p}",
            "Pythonで「RecursionError: maximum recursion depth exceeded」が出ます。なぜ止まらないのか説明してください。",
            "ループの中でリストから要素を削除したら、一部の要素がスキップされました。なぜこうなるのか順を追って教えてください。\n{p}",
            "本番環境だけでタイムゾーンがずれて日付が1日前になります。どこから調べればいいでしょうか。",
        ],
        "ko": [
            "이 코드가 왜 무한 루프에 빠지는지 모르겠어요. 반복마다 변수 값이 어떻게 바뀌는지 한 줄씩 따라가 주실 수 있나요?\n\n{p}",
            "NullPointerException이 뜨는데 스택트레이스 보니까 이 줄이래요. 왜 여기서 null이 되는지 설명 좀 해주세요. {p}",
            "파이썬에서 기본 인자로 빈 리스트 넣었더니 호출할 때마다 값이 쌓여요. 이거 왜 이런 거예요?",
            "도커 컨테이너 안에서만 DB 연결이 안 됩니다. 로컬에선 잘 되고요. 원인 후보를 하나씩 짚어 주세요.",
        ],
    },
}
