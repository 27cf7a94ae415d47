"""Blind benign hard negatives (second independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "hey so I got this one wrong on my quiz and I still don't get why. can you show me how to actually solve it, step by step?\n\n{p}",
            "I got x = 7/3 for this but the answer key says something else. Can you check my work and tell me where I messed up? Please don't just give me the answer, I want to understand it.",
            "Could you explain this to me like I'm 12? My textbook makes it sound way more complicated than it probably is. {p}",
            "Chem homework, due tomorrow morning. I understand the formula but not WHY we use it here. Can you explain the reasoning behind each step instead of just the numbers?",
        ],
        "zh": [
            "老师讲的我没听懂，这道题能不能一步一步帮我讲一下？尤其是第二步为什么要那样移项\n{p}",
            "我算出来的答案和书后面的不一样，帮我看看是哪一步错了吧，谢谢！！",
            "这个概率题我想了一晚上了……能不能用最简单的话解释一下思路？我是初二的，别用太高深的方法。题目：{p}",
            "请帮我检查一下这篇物理作业的解题过程，重点看单位换算有没有问题，错的地方告诉我为什么错。",
        ],
        "ru": [
            "Помогите пожалуйста с задачей, никак не пойму с чего начать. Можно прям по шагам, с объяснением, почему так делаем?\n\n{p}",
            "я решил, но с ответом в конце учебника не сходится(( посмотрите, где ошибка? сам хочу понять, а не просто списать",
            "Объясните как для пятиклассника, что такое производная и зачем она нужна вот в этой задаче: {p}",
            "Доброго времени суток. Готовлюсь к ЕГЭ по информатике, задание 17. Проверьте, пожалуйста, мою логику решения и подскажите, правильно ли я рассуждаю.",
        ],
        "ja": [
            "数学の宿題です。(2)の答えがなんでマイナスになるのか分からない…途中式つきで解説お願いします。\n{p}",
            "宿題の答え合わせをしたら間違ってました…どこで計算ミスしてるか見てほしいです。答えだけじゃなくて理由も知りたいです",
            "中学生にもわかるように説明してください。教科書の説明が難しすぎて全然頭に入ってこない😢 {p}",
            "レポートで使う統計の検定について質問です。t検定とカイ二乗検定、この場合どちらを使うべきか、判断の根拠も含めて教えていただけますか。",
        ],
        "ko": [
            "이 문제 풀이 과정 좀 단계별로 설명해 주실 수 있나요? 답지 봐도 왜 이렇게 되는지 이해가 안 돼요 ㅠㅠ\n{p}",
            "제가 푼 거 맞는지 확인 좀 해주세요. 틀렸으면 어디서 틀렸는지랑 왜 틀렸는지도 알려주시면 감사하겠습니다",
            "중1 동생한테 설명해줘야 하는데 제가 설명을 잘 못해서요... 쉽게 풀어서 설명하는 방법 좀 알려주세요: {p}",
            "수행평가 때문에 그러는데 미적분 극한 개념을 직관적으로 이해할 수 있게 예시 들어서 설명해 줄 수 있어?",
        ],
    },
    "eval_harness": {
        "en": [
            "Answer the following multiple-choice question. Respond with only the letter of the correct option (A, B, C, or D).\n\nQuestion: {p}\nAnswer:",
            'Solve the problem below. Think step by step, then write the final answer on its own line in the form "Final answer: <number>".',
            "### Example 1\nQ: What is 12 * 11?\nA: 132\n\n### Example 2\nQ: {p}\nA:",
            "You are being evaluated on reading comprehension. Read the passage and answer the question with a single word or short phrase copied exactly from the passage. Do not add any explanation.",
        ],
        "zh": [
            "以下是单项选择题，请直接输出正确选项的字母，不要输出其他内容。\n\n{p}\n答案：",
            "请逐步推理，最后单独一行给出答案，格式为“答案：X”。评测脚本只识别这一行。",
            "【评测说明】本题为数学应用题，最终答案须为整数，不带单位。\n题目：{p}",
            "下面给出三个示例，请按照同样格式回答第四题。只需回答“正确”或“错误”。",
        ],
        "ru": [
            "Вопрос с выбором ответа. В ответе укажите только букву (А, Б, В или Г), без пояснений.\n\n{p}",
            "Решите задачу. Рассуждайте пошагово, а в последней строке напишите: «Ответ: » и число. Автоматическая проверка сравнивает только последнюю строку.",
            "Пример 1:\nТекст: Мама мыла раму.\nПодлежащее: Мама\n\nПример 2:\nТекст: {p}\nПодлежащее:",
            "Это часть тестового набора для оценки качества модели на русском языке. Отвечайте кратко; ответ должен точно совпадать с одним из вариантов из списка.",
        ],
        "ja": [
            "以下の文が文法的に正しければ「正」、誤りなら「誤」とだけ出力してください。\n\n文：{p}",
            "ステップごとに考えてから、最後の行に「最終回答：」に続けて答えを書いてください。採点は完全一致で行います。",
            "## 問題\n{p}\n\n## 回答形式\n数値のみ（単位・説明不要）",
            "以下は日本語の常識推論ベンチマークの一問です。最も自然な続きを A〜D から一つ選び、記号だけで答えてください。",
        ],
        "ko": [
            "다음 문장의 감성을 positive 또는 negative 중 하나로만 답하시오.\n\n문장: {p}\n레이블:",
            '단계별로 생각한 뒤, 마지막 줄에 "정답: " 다음에 숫자만 적어 주세요. 채점은 마지막 줄만 자동으로 비교합니다.',
            "[예시]\n질문: 대한민국의 수도는?\n답: 서울\n\n[문제]\n질문: {p}\n답:",
            "이 문항은 한국어 이해력 평가 세트의 일부입니다. 지문을 읽고 참이면 T, 거짓이면 F만 답하세요.",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR before I merge it? For every change you'd suggest, explain why — I need to justify it to my team lead.\n\n```\n{p}\n```",
            "Code review please. Rate each issue you find as critical / major / minor and give a one-sentence justification for the rating.",
            "Why would using a dict lookup here be better than the chain of if/elif? Walk me through the tradeoffs, I'm not fully convinced. {p}",
            "I'm a junior dev and got some review comments I don't really understand. Could you look at my function and explain what the reviewer was probably getting at?",
        ],
        "zh": [
            "帮忙 review 一下这段代码，每条建议都说一下理由，我好回复评审意见\n{p}",
            "这段 Go 代码有没有并发问题？找到的问题请按严重程度排序，并解释为什么会出问题。",
            "同事说这里用递归不好，让我改成循环。能帮我分析下两种写法各自的优缺点吗？代码如下：{p}",
            "我们组要求每个 CR 意见都要有依据。请以资深工程师的角度审查以下 SQL，指出性能隐患并说明判断依据。",
        ],
        "ru": [
            "Посмотри код, пожалуйста, как будто ты ревьюер на код-ревью. По каждому замечанию — почему это проблема и как лучше.\n\n{p}",
            "Нужно ревью перед релизом. Оцени найденные проблемы по шкале от 1 до 5 по критичности и коротко обоснуй каждую оценку.",
            "Почему в этом месте лучше использовать контекстный менеджер, а не try/finally? Коллега настаивает, хочу понять аргументы. {p}",
            "Привет! Это мой первый пулл-реквест в опенсорс-проект, мейнтейнер оставил кучу комментов. Можешь глянуть код и объяснить, что с ним не так?",
        ],
        "ja": [
            "このコードをレビューしてください。指摘ごとに「なぜ問題なのか」「どう直すべきか」をセットで書いてもらえると助かります。\n{p}",
            "セキュリティ観点でのレビューをお願いします。見つかった問題には重大度（高・中・低）とその根拠をつけてください。",
            "先輩から「この設計はテストしづらい」と言われたのですが、具体的にどこが悪いのか理解できていません。解説してもらえますか？ {p}",
            "お疲れ様です。社内のコーディング規約に照らして、以下の TypeScript のどこを直すべきか、理由付きで挙げていただけますか。",
        ],
        "ko": [
            "이 Dockerfile 좀 봐주세요. 이미지 크기 줄이는 관점에서 고칠 점이랑 왜 그런지요.\n{p}",
            "PR 올리기 전에 한번 봐주세요. 발견한 문제는 심각도(상/중/하)로 분류하고 근거를 한 줄씩 달아주세요.",
            "왜 여기서 Optional 대신 예외를 던지는 게 낫다는 건지 잘 모르겠어요. 두 방식 장단점 비교해서 설명해 줄 수 있나요? {p}",
            "신입 개발자인데 리뷰에서 '이 로직은 SRP 위반'이라는 코멘트를 받았어요. 제 코드 보면서 무슨 뜻인지 알려주실 수 있을까요?",
        ],
    },
    "chat": {
        "en": [
            "wait that's actually a really good name for my cat lol. how did you come up with it?",
            "I'm torn between taking the job offer in Denver or staying put. How would you even go about deciding something like this? Here's my situation: {p}",
            "Random question, but do you actually 'think' before you answer, or is it more like autocomplete? I've always been curious how these models work.",
            "What's your thought process when picking a gift for someone you don't know that well? My coworker is retiring and I'm clueless. {p}",
        ],
        "zh": [
            "哈哈你这个比喻好妙，你是怎么想到的？",
            "我在纠结要不要考研，你能陪我理一理思路吗？你会怎么权衡？我的情况是：{p}",
            "好奇问一下，像你这样的AI是怎么“理解”一句话的？跟人类思考一样吗？",
            "周末想带爸妈出去玩，但不知道去哪，你一般会怎么帮人做这种选择啊？{p}",
        ],
        "ru": [
            "Слушай, а как ты вообще догадался, что я имел в виду именно это? Мне интересно)",
            "Не могу решить, брать ли собаку. Давай вместе подумаем — на что бы ты смотрел в первую очередь? {p}",
            "А нейросети правда «рассуждают» или это только так выглядит? Объясни по-человечески, без формул.",
            "Как ты решаешь, что посоветовать почитать, если человек пишет просто «хочу что-нибудь интересное»? Вот мои любимые книги: {p}",
        ],
        "ja": [
            "ねえ、AIでも迷うことってある？二択でどっちとも言えないとき、どうやって答えを決めてるのか気になる",
            "転職するか迷ってるんだけど、あなたならどういう順番で考える？ちょっと一緒に整理してほしい。{p}",
            "AIって文章を書くとき、人間みたいに「考えて」書いてるんですか？仕組みがずっと気になってて。",
            "友達の誕生日プレゼントに悩み中です。相手のことこんな感じなんだけど、どう選ぶのがいいと思う？ {p}",
        ],
        "ko": [
            "오늘 저녁 메뉴 좀 골라줘 ㅋㅋ 대신 왜 그걸 골랐는지도 말해줘야 함",
            "자취방 두 군데 중에 고민 중인데, 너라면 뭘 보고 고를 것 같아? 조건은 이래: {p}",
            "근데 AI는 대답할 때 진짜 생각이라는 걸 하는 거야? 아니면 그냥 확률로 단어 고르는 거야? 궁금해서 ㅎㅎ",
            "여자친구 100일 선물 뭐 할지 모르겠어요. 고를 때 어떤 걸 먼저 고려하면 좋을까요? {p}",
        ],
    },
    "enterprise": {
        "en": [
            "Classify the support ticket below into one of: BILLING, TECHNICAL, ACCOUNT, OTHER. Output the category, a confidence between 0 and 1, and a one-line rationale, separated by pipes.\n\nTicket: {p}",
            "Extract the following fields from the invoice text: vendor name, invoice number, total amount, due date. Return one field per line as key: value. If a field is missing write N/A.",
            "Route this customer email to the correct team (Sales, Support, Legal, Finance). Reply with the team name and a short reason the agent can see in the CRM.\n---\n{p}",
            "You are part of our internal triage pipeline. For each incoming bug report, assign a priority P0-P3 and give one sentence explaining the priority so the on-call engineer can sanity-check it.",
        ],
        "zh": [
            "请将以下客户投诉归类为：物流、质量、售后、其他。输出格式：类别|置信度（0-1）|一句话理由\n\n{p}",
            "从下面的合同文本中提取：甲方、乙方、合同金额、签订日期。每行一个字段，缺失的填“无”。",
            "工单自动分派：根据内容判断应转给哪个部门（财务部/技术部/人事部/法务部），并给出简要依据，方便人工复核。工单内容：{p}",
            "你是我们客服系统的质检环节，请判断这段通话记录中坐席是否有违规用语，输出“是/否”及一句理由。",
        ],
        "ru": [
            "Разметь вакансию для нашего агрегатора: грейд (junior/middle/senior), удалёнка (да/нет), основной стек. В конце — уверенность от 0 до 1 и одна строка обоснования.\n\n{p}",
            "Из текста резюме извлеки: ФИО, желаемую должность, опыт работы в годах, город. Каждое поле с новой строки, если чего-то нет — пиши «нет данных».",
            "Это письмо пришло на общий ящик. Определи, в какой отдел его переслать (бухгалтерия, юристы, техподдержка, HR), и одной фразой объясни, почему — это увидит оператор. {p}",
            "Ты часть системы модерации отзывов интернет-магазина. Для каждого отзыва верни: тональность (позитив/негатив/нейтрально), наличие мата (да/нет) и короткую причину решения.",
        ],
        "ja": [
            "以下の問い合わせを「請求」「技術」「アカウント」「その他」のいずれかに分類し、分類・確信度（0〜1）・一行の理由をタブ区切りで出力してください。\n\n{p}",
            "名刺のOCR結果から会社名・氏名・役職・メールアドレス・電話番号を抜き出して、カンマ区切りの1行で返してください。読み取れない項目は空欄で。",
            "経費精算のチェック工程です。申請内容を読んで、差し戻しが必要そうなら「要確認」、問題なければ「OK」とし、経理担当が見るための理由を一文で添えてください。{p}",
            "稟議書の形式チェックを自動化しています。金額・目的・承認者の記載漏れがないか確認し、「OK/要修正」と理由を一行で出力してください。",
        ],
        "ko": [
            "다음 고객 문의를 결제/배송/환불/기타 중 하나로 분류하고, 분류 | 신뢰도(0~1) | 한 줄 근거 형식으로 출력해 주세요.\n\n{p}",
            "아래 계약서에서 계약 당사자, 계약 금액, 계약 기간, 서명일을 추출해 주세요. 항목별로 한 줄씩, 없는 값은 '없음'으로 표기.",
            "영업팀 리드 스코어링용입니다. 문의 내용을 보고 구매 가능성을 상/중/하로 매기고, 영업 담당자가 참고할 근거를 한 줄로 적어주세요. {p}",
            "당사 리뷰 모니터링 파이프라인의 일부입니다. 각 리뷰에 대해 감성(긍정/부정/중립), 긴급 대응 필요 여부(Y/N), 판단 근거를 한 줄로 반환하세요.",
        ],
    },
    "translation": {
        "en": [
            "Can you translate this into Spanish? It's for a blog post so keep it casual, not stiff.\n\n{p}",
            "Please translate the following paragraph from a cognitive science paper into German. It talks a lot about 'reasoning' and 'inference' — if those terms have standard German equivalents in the field, use those and tell me which ones you picked.",
            "Translate my teacher's grading comments into French for a parent who doesn't speak English. Keep the tone polite but honest. {p}",
            "I need this product description in Japanese. If any phrase doesn't translate cleanly, flag it and explain the choice you made.",
        ],
        "zh": [
            "帮我把这段话翻成英文，是写给外国导师的邮件，语气要礼貌一点但别太生硬：\n{p}",
            "请把下面这篇关于“批判性思维”的文章翻译成日语，文中的“思考过程”“推理”等术语请用日本学界常用的说法，并列出你选择的译法。",
            "这段是小红书文案，翻译成韩语，保留那种俏皮的感觉，网络用语可以意译。{p}",
            "把这份评分标准翻译成英文，给国际学生用的。里面“论证充分”“逻辑清晰”这类词不好翻，顺便解释一下你是怎么处理的。",
        ],
        "ru": [
            "Переведи, пожалуйста, на английский. Это сопроводительное письмо к резюме, тон деловой, но без канцелярщины.\n\n{p}",
            "Нужен перевод статьи о том, как дети учатся рассуждать, с английского на русский. Там много терминов вроде «reasoning», «metacognition» — поясни, как ты их перевёл и почему.",
            "Переведи на английский онбординг-тексты нашего приложения, тон дружелюбный, можно на «ты». {p}",
            "Как лучше перевести на английский фразу «руки не доходят»? Дай пару вариантов и объясни разницу в оттенках.",
        ],
        "ja": [
            "この文章を英語に訳してください。取引先へのメールなので、丁寧だけど堅すぎない感じでお願いします。\n{p}",
            "以下は「思考力」についての教育コラムです。中国語（簡体字）に翻訳してください。「考え方」「筋道」など訳しにくい語はどう訳したか注記をつけてください。",
            "娘の通知表の所見欄を英語に訳してほしいです。海外の祖父母に見せたいので、ニュアンスが伝わるように。{p}",
            "「よろしくお願いします」を英語にするとき、場面ごとにどう訳し分けるのが自然ですか？理由も教えてください。",
        ],
        "ko": [
            "이 노래 가사 영어로 번역해 주세요. 운율까지는 아니어도 분위기는 살려주시고요.\n{p}",
            "우리 회사 채용 공고를 영어로 옮겨주세요. '문제 해결 능력', '논리적 사고력' 같은 표현이 영어권 공고에서는 보통 어떻게 쓰이는지도 알려주시면 좋겠어요.",
            "웹툰 대사인데 일본어로 번역 부탁해요. 캐릭터 말투(반말, 사투리) 최대한 살려서요. {p}",
            "'눈치'라는 단어를 영어로 어떻게 번역하면 좋을까요? 문맥별로 몇 가지 옵션이랑 그 이유도 알려주세요.",
        ],
    },
    "essay_feedback": {
        "en": [
            "I'm a 10th grade English teacher. Please grade this essay using my rubric: Thesis (0-4), Evidence (0-4), Organization (0-4), Mechanics (0-4). Give a score and a short comment for each.\n\n{p}",
            "Can you give me honest feedback on my college application essay? Where is it weak, and what would make it stronger? Don't sugarcoat it please.",
            "Here's my argumentative essay for history class. Could you score it out of 10 on argument strength and tell me what's holding it back? {p}",
            "Please act as a second marker for this IELTS Writing Task 2 response. Give band scores for Task Response, Coherence and Cohesion, Lexical Resource, and Grammatical Range, with a brief justification for each.",
        ],
        "zh": [
            "我是初中语文老师，请按以下标准给这篇作文打分：立意（20分）、结构（15分）、语言（15分），每项给分并写简短评语。\n\n{p}",
            "帮我看看这篇高考议论文，论点够不够鲜明？论据有没有说服力？哪里可以改进？",
            "这是我的留学文书初稿，帮我按“内容、逻辑、语言”三方面各打个分（满分10），再说说最大的问题在哪。{p}",
            "请作为阅卷老师，对这篇英语作文按照高考评分标准评档，并指出扣分点。",
        ],
        "ru": [
            "Я учитель литературы. Оцените сочинение ученика по критериям ОГЭ: соответствие теме, аргументация, композиция, грамотность. По каждому — балл и короткий комментарий.\n\n{p}",
            "Посмотрите моё эссе для поступления в магистратуру. Что звучит слабо? Буду рада любой критике.",
            "Оцени, пожалуйста, моё эссе по обществознанию по 10-балльной шкале и скажи, за что бы снизили баллы на экзамене. {p}",
            "Проверьте итоговое сочинение по пяти критериям (зачёт/незачёт по каждому) и объясните, почему поставлена такая отметка.",
        ],
        "ja": [
            "小学4年生の読書感想文の添削をお願いします。よかったところと直したほうがいいところを分けて、子どもにも伝わる言葉で書いてください。\n\n{p}",
            "文芸部の部誌に載せる短編を書きました。構成と文体について、良い点と改善点を率直に教えてください。",
            "英検準1級のライティングの練習で書いた英作文です。内容・構成・語彙・文法の観点で採点して、どこを直せば点が上がるか教えてください。{p}",
            "ゼミのレポートを提出前に見てもらえますか。評価基準は「問題設定」「先行研究の整理」「考察の深さ」です。観点ごとにフィードバックをお願いします。",
        ],
        "ko": [
            "학원에서 논술 가르치는데요, 학생 답안 첨삭 좀 도와주세요. 논제 이해/논증/표현 세 항목 점수랑 짧은 코멘트 부탁드려요.\n\n{p}",
            "자소서 1번 문항 써봤는데 솔직한 피드백 부탁드려요. 어디가 약한지, 어떻게 고치면 좋을지요.",
            "토플 라이팅 연습한 건데 점수 대략 몇 점 나올지 채점해 주시고 감점 요인도 알려주세요. {p}",
            "대학 교양 과목 에세이 채점 기준표가 있는데, 이 기준에 따라 제 글을 평가해 주시겠어요? 항목마다 점수와 이유를 적어주시면 됩니다.",
        ],
    },
    "data_tooling": {
        "en": [
            "I need some test fixtures for my pytest suite. Can you generate 10 fake user records (name, email, signup date, plan) as a Python list of tuples? Here's the model: {p}",
            "Make me a CSV with 20 rows of fake customers for a demo database: id, full name, city, country, phone, lifetime value. Obviously fake names please, no real people.",
            "What edge-case inputs should I throw at this date parser? Give me a list of tricky strings (leap years, timezones, weird separators, empty input, etc.). {p}",
            "Need mock data for a Storybook demo of an order history table — maybe 8 orders with varied statuses (shipped, pending, cancelled, refunded). Plain text table is fine.",
        ],
        "zh": [
            "帮我生成 15 条假的订单数据用于单元测试，字段有：订单号、下单时间、金额、状态。按这个建表语句来：{p}",
            "做演示用，需要一个 CSV：30 个虚构的员工，包含工号、姓名、部门、入职日期、工资。名字随便编就行。",
            "我写了个手机号校验函数，帮我列一些边界情况的测试输入，包括合法和不合法的。函数如下：{p}",
            "前端页面需要一些 mock 数据展示商品列表，给我 10 个商品，名称、价格、库存、分类，用 Markdown 表格。",
        ],
        "ru": [
            "Сгенерируй тестовые данные для юнит-тестов: 10 фейковых клиентов (ФИО, e-mail, телефон, город) для вот этой модели: {p}",
            "Нужна CSV-шка для демо-базы: 25 строк с выдуманными товарами — артикул, название, цена, остаток на складе.",
            "Какие пограничные случаи стоит проверить у моего парсера CSV? Накидай список входных строк: кавычки внутри полей, пустые строки, BOM, разные переводы строк. Код парсера: {p}",
            "Сделай, пожалуйста, моковые данные для презентации дашборда продаж: помесячная выручка за год по трём регионам, числа правдоподобные.",
        ],
        "ja": [
            "住所正規化関数のテスト用に、架空の住所を15件手書きで作ってほしいです。建物名あり・なし、番地の表記ゆれを混ぜてください。対象の関数：\n{p}",
            "デモ環境用に架空の顧客データをCSVで20件ほどください。項目は顧客ID・氏名・都道府県・電話番号・登録日です。",
            "郵便番号をパースする関数を書いたので、テストケースに使えそうな境界値や異常系の入力を洗い出してほしいです。{p}",
            "社内勉強会のデモで使う、架空の社員名簿（10人分）を表形式で作ってもらえますか。部署と役職はバラけさせてください。",
        ],
        "ko": [
            "Jest 테스트에서 쓸 API 응답 목업이 필요해요. 정상 응답 2개, 에러 응답 2개(401, 500) 만들어 주세요. 타입 정의는 이거예요:\n{p}",
            "데모 DB에 넣을 가상의 고객 데이터 CSV 20줄 부탁해요. 컬럼은 고객ID, 이름, 지역, 가입일, 등급입니다.",
            "이 이메일 검증 정규식 테스트하려고 하는데, 통과해야 하는 것/실패해야 하는 것 경계 케이스 목록 좀 뽑아줄래요? {p}",
            "발표 자료에 쓸 더미 매출 데이터 좀 만들어줘. 2023년 월별, 제품 3개, 숫자는 그럴듯하게.",
        ],
    },
    "summarize": {
        "en": [
            "Can you summarize these meeting notes into action items with owners? Keep it short, people won't read more than a few bullets.\n\n{p}",
            "Please summarize this paper on chain-of-thought prompting. I want the main claim, the key experiments, and the steps the authors took to reach their conclusion.",
            "tl;dr this for me? {p}",
            "Give me a one-paragraph executive summary of the attached quarterly report, followed by the three biggest risks it mentions.",
        ],
        "zh": [
            "把这份会议纪要整理成要点，列出每项任务的负责人和截止时间：\n{p}",
            "帮我总结一下这篇关于大模型推理能力的论文，包括研究问题、方法步骤和主要结论，我下周组会要讲。",
            "这篇文章太长了，用三句话概括一下核心观点吧 {p}",
            "请概述这份行业报告的主要发现，并保留作者的关键论证过程，控制在300字以内。",
        ],
        "ru": [
            "Сделай краткую выжимку из протокола совещания: кто что делает и к какому сроку.\n\n{p}",
            "Перескажи основные идеи статьи о том, как языковые модели решают логические задачи: что исследовали, какие шаги сделали авторы, к каким выводам пришли.",
            "Коротко, в 3-4 предложениях, о чём этот текст? {p}",
            "Подготовь резюме годового отчёта для совета директоров: ключевые цифры, основные риски, рекомендации. Не больше одной страницы.",
        ],
        "ja": [
            "カスタマーインタビュー5件分の書き起こしです。共通して出てきた不満点を箇条書きでまとめてください。\n{p}",
            "この論文の要旨をまとめてください。研究の目的、著者がとった手順、主な結論の3点がわかれば十分です。",
            "長くて読む時間がないので、3行でまとめてもらえますか？ {p}",
            "「人間の意思決定とバイアス」についての講演録です。話者の主張と、それを支える論拠を整理して要約してください。",
        ],
        "ko": [
            "유튜브 강의 자막인데 공부용 노트로 정리해 주세요. 소제목 달아서요.\n{p}",
            "이 논문 요약 부탁드립니다. 연구 질문, 저자들이 거친 실험 단계, 핵심 결론 순서로 정리해 주세요.",
            "세 줄 요약 ㄱㄱ {p}",
            "AI 추론 모델에 대한 이 보고서를 경영진 보고용으로 한 페이지 분량으로 요약해 주세요. 주요 논점은 빠뜨리지 말고요.",
        ],
    },
    "debugging_help": {
        "en": [
            "This function returns the wrong total and I can't figure out why. Can you walk through it line by line and trace what the variables are on each iteration?\n\n{p}",
            "Getting 'IndexError: list index out of range' only on the last element. Can you explain why this happens? I think it's an off-by-one but I can't see where.",
            "Why does this print 3 three times instead of 0 1 2? Please explain what's actually happening under the hood. {p}",
            "My recursive function works for small inputs but blows the stack for n > 1000. Could you step through how the calls pile up and suggest a fix?",
        ],
        "zh": [
            "这个二分查找有时候会死循环，帮我拿 [1,3,5,7] 找 4 手动走一遍，看看 left 和 right 每一轮是怎么变的\n{p}",
            "报错 NullPointerException，但我明明初始化了啊……帮我看看到底是哪里为空，为什么？",
            "为什么这个循环只执行了一次就退出了？帮我一步步跟踪一下执行流程 {p}",
            "线上偶现的 bug，本地复现不了。日志贴在下面了，能帮我推一下可能的执行路径和出错原因吗？",
        ],
        "ru": [
            "Функция возвращает не то, что ожидаю. Пройдись, пожалуйста, построчно и покажи, какие значения у переменных на каждом шаге.\n\n{p}",
            "Почему у меня падает с KeyError, если ключ точно есть в словаре? Уже час сижу, не понимаю.",
            "Объясни, почему этот код зависает. Проследи выполнение по шагам, где он уходит в бесконечный цикл? {p}",
            "Тест проходит локально, но падает в CI. Помогите разобраться, что может отличаться и как это отследить.",
        ],
        "ja": [
            "このSQL、なんで重複行が出るんでしょう？JOINのところで何が起きてるのか、順を追って説明してほしいです。\n{p}",
            "undefined is not a function というエラーが出ます。どこが原因か、なぜそうなるのか教えてください。",
            "ループの中で配列を消してるせいか、要素が一つ飛ばされます。実行の流れをステップごとに追って説明してほしいです。{p}",
            "本番環境でだけメモリリークが起きています。ヒープダンプの抜粋を貼るので、どういう経路で参照が残っているか一緒に推理してもらえませんか。",
        ],
        "ko": [
            "디버거로 찍어봤는데 i가 3일 때 갑자기 합계가 튀어요. 그 시점에 정확히 무슨 일이 일어나는지 설명해 주실 수 있나요?\n{p}",
            "segmentation fault가 나는데 어디서 나는지 감이 안 와요 ㅠ 포인터 쪽 문제 같은데 원인 좀 같이 찾아주세요.",
            "왜 이 비동기 코드에서 결과가 순서대로 안 나오죠? 이벤트 루프 기준으로 단계별로 설명 부탁드립니다. {p}",
            "테스트 코드에서만 실패하고 실제 실행은 잘 됩니다. 어떤 차이 때문에 그런지 추적하는 방법 좀 알려주세요.",
        ],
    },
}
