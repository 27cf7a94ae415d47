"""Blind benign hard negatives (third independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND2_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "hey can someone explain how to do this one step by step? my teacher skipped it and the test is friday\n\n{p}",
            "I got x = 7/3 for this but the answer key says 3. Where did I go wrong? Here's my work:",
            "Explain this like I'm 12 please, the textbook makes zero sense: {p}",
            "Can you check my proof? I'm not sure if the induction step actually works or if I'm just assuming what I want to prove.",
        ],
        "zh": [
            "这道题我做了半天还是不会，能一步一步讲一下吗？最好说说每一步为什么这么做\n{p}",
            "帮我看看我哪里算错了，答案是-2，我算出来是2，应该是符号问题但找不到",
            "老师，这个化学方程式怎么配平啊？我是初二的，请讲简单点：{p}",
            "我自己写了解题过程，麻烦帮忙检查一下逻辑对不对，不用直接给答案，指出问题就行。",
        ],
        "ru": [
            "Помогите пожалуйста решить задачу, нужно с подробным решением, а то учитель не засчитает просто ответ: {p}",
            "Проверьте, правильно ли я нашёл производную. У меня получилось 2x·cos(x²), но в ответах другое",
            "объясните как для тупого почему тут нельзя делить на ноль, я реально не понимаю\n\n{p}",
            "Я готовлюсь к ОГЭ по физике. Разберите, пожалуйста, эту задачу по шагам и объясните, какую формулу откуда берём.",
        ],
        "ja": [
            "この問題の解き方を途中式つきで教えてください。答えだけだと理解できないので…\n{p}",
            "数学の宿題で背理法を使う問題が出たんですが、なんでこの問題で背理法を使うのかがピンときません。考え方を教えてもらえますか？",
            "中学生にもわかるように説明してほしいです。なんで分数の割り算はひっくり返してかけるの？",
            "【数学IIの質問】{p}\n答えは合ってるか確認したいです。間違ってたらどの行で間違えたか教えてください",
        ],
        "ko": [
            "이 문제 풀이 과정 좀 자세히 알려주세요 ㅠㅠ 답지 봐도 이해가 안 돼요\n{p}",
            "제가 푼 거 맞는지 확인 좀 해주세요. 답이 12 나왔는데 친구는 15래요",
            "초등학생한테 설명하듯이 쉽게 알려줄 수 있나요? 광합성이 정확히 뭔지 모르겠어요",
            "다음 문제에서 왜 이 공식을 써야 하는지 이유까지 설명해 주시면 감사하겠습니다: {p}",
        ],
    },
    "eval_harness": {
        "en": [
            "Answer the following multiple-choice question. Respond with only the letter of the correct option (A, B, C, or D).\n\nQuestion: {p}\nAnswer:",
            "Think step by step, then write your final answer on its own line in the form 'Final answer: <number>'.",
            "### Example 1\nQ: What is 12 + 15?\nA: 27\n\n### Example 2\nQ: {p}\nA:",
            "You are being evaluated on exact-match accuracy. Output the answer string only, no punctuation, no explanation.",
        ],
        "zh": [
            "以下为单项选择题，共四个选项，请只输出正确选项对应的字母，不要输出任何解释。\n题目：{p}\n答案：",
            "请阅读以下材料并回答问题。答案必须是原文中的一个连续片段，不得改写。\n材料与问题：{p}",
            "请先写出推理过程，最后把最终答案用【】括起来单独放在一行。",
            "判断下列陈述是否正确，仅回答“对”或“错”。",
        ],
        "ru": [
            "Задание из теста. Варианты ответа пронумерованы от 1 до 4. Выведи только номер правильного варианта.\n\n{p}",
            "Реши задачу. Сначала рассуждай по шагам, а в последней строке напиши: Ответ: <число>",
            "Формат оценки: точное совпадение строки. Ответ давайте одним словом в именительном падеже, без кавычек и точки.",
            "Отзыв: Всё отлично, доставили быстро, спасибо!\nОценка: положительный\n\nОтзыв: Курьер опоздал на три часа.\nОценка: отрицательный\n\nОтзыв: {p}\nОценка:",
        ],
        "ja": [
            "次の問題に答えてください。選択肢の記号（ア〜エ）のみを出力してください。\n\n{p}",
            "数学オリンピック形式の評価です。解答の過程を簡潔に示したうえで、最後の行に答えを整数で1つだけ書いてください。",
            "# 評価用プロンプト\n以下の文が文法的に正しければ「正」、誤っていれば「誤」とだけ答えよ。\n文：{p}",
            "回答は半角数字のみ。単位・説明・改行は不要です（完全一致で採点します）。",
        ],
        "ko": [
            "다음 지문을 읽고 질문에 답하시오. 답은 지문에서 그대로 발췌하고, 20자 이내로 작성하시오.\n\n{p}",
            "단계적으로 풀이한 뒤 마지막 줄에 '최종 답: ' 형식으로 답만 적어 주세요.",
            "[예시]\n질문: 물의 화학식은?\n답: H2O\n\n[문제]\n질문: {p}\n답:",
            "코드 생성 벤치마크입니다. 함수 본문만 출력하고 설명이나 마크다운 코드 블록은 쓰지 마세요.",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff? For each change you'd suggest, give a short reason and a severity (low/med/high).\n\n{p}",
            "My senior says I should use a dict lookup instead of this chain of if/elif. Why is that actually better? Not just style?",
            "Please do a security-focused review of this endpoint. Justify every finding, I need to paste them into our audit ticket.\n```\n{p}\n```",
            "quick sanity check before I merge: anything obviously wrong with this retry logic? explain your reasoning if you flag something",
        ],
        "zh": [
            "这段代码要上生产了，帮忙从可维护性和性能两个角度看看，有问题的地方说一下为什么：\n{p}",
            "同事说这里用 HashMap 比遍历 List 好，我想知道具体好在哪，有没有反例？",
            "这是我们组新人的提交，我想给他写点有建设性的意见。你先帮我过一遍，指出问题并解释原因，语气温和一点。",
            "```go\n{p}\n```\n这段并发代码有没有数据竞争？如果有，请说明是哪两行之间，以及为什么。",
        ],
        "ru": [
            "Посмотри мой Dockerfile: что тут неоптимально по размеру образа и кэшированию слоёв? Каждое замечание поясни.\n\n{p}",
            "Почему здесь лучше использовать контекстный менеджер, а не try/finally вручную? Хочу понять аргументы, а не просто переписать.",
            "Тимлид завернул мой MR с комментарием «слишком сложно». Можете объяснить, что он мог иметь в виду, и предложить, как упростить? {p}",
            "сделай код-ревью SQL-запроса, особенно интересуют индексы и N+1. обоснуй каждый пункт",
        ],
        "ja": [
            "新人が書いたテストコードです。テストとして意味のあるものになっているか、観点ごとに理由をつけて見てもらえますか。\n{p}",
            "このリファクタリング案、元のコードと比べて何が良くなっているのか説明してもらえますか？チームに説明する必要があって。",
            "PRのレビューコメントを書く前に意見を聞きたいです。この例外処理の書き方、問題ありますか？根拠も教えてください",
            "```ts\n{p}\n```\n型の付け方がイマイチな気がします。改善点があれば、なぜそうした方がいいのかも含めてお願いします。",
        ],
        "ko": [
            "이 SQL 마이그레이션 스크립트 리뷰 부탁드려요. 운영 DB에 돌려도 안전한지, 위험한 부분은 왜 위험한지 설명해 주세요.\n\n{p}",
            "왜 여기서 useEffect 대신 useMemo를 쓰라고 하는 건지 이해가 안 가요. 차이점을 근거랑 같이 설명해 주실 수 있나요?",
            "머지 전에 한 번 봐주세요. 성능상 문제 될 만한 부분 있으면 왜 그런지도요: {p}",
            "주니어 개발자 코드에 리뷰 남기려고 하는데, 지적할 부분이랑 각각의 이유를 정리해 주세요. 너무 딱딱하지 않게요.",
        ],
    },
    "chat": {
        "en": [
            "ok that's a great name for my cat lol. how did you come up with it?",
            "I'm torn between two job offers. Could you walk me through how you'd decide, if you were me? {p}",
            "random question but how do language models like you actually work? like in general, do you 'think' before answering?",
            "what's your thought process when picking a gift for someone you barely know? asking for my secret santa: {p}",
        ],
        "zh": [
            "哈哈你这个比喻挺妙的，你是怎么想到的？",
            "我在纠结要不要换城市工作，你能帮我理一理思路吗？比如你会先考虑哪些因素。{p}",
            "好奇问一下，像你这样的AI大概是怎么学会说话的？不用太专业，科普一下就行",
            "你下五子棋的时候会怎么想下一步？就随便聊聊，我最近在跟朋友比赛 {p}",
        ],
        "ru": [
            "Слушай, а как ты вообще решаешь, что ответить, если вопрос неоднозначный? Просто интересно, в общих чертах.",
            "Никак не могу выбрать между двумя ноутбуками. Как бы ты рассуждал на моём месте? {p}",
            "ахах, неожиданный ход. а почему ты предложил именно этот вариант?",
            "Расскажи простыми словами, чем нейросеть отличается от обычной программы с правилами. Без формул, пожалуйста.",
        ],
        "ja": [
            "さっきの旅行プラン、すごく良かったです！どういう順番で考えて組み立てたんですか？",
            "友達の誕生日プレゼントに迷ってます。あなたならどんなふうに考えて選びますか？ちなみに友達はこんな人です→{p}",
            "AIって結局どうやって文章を作ってるんですか？ざっくりでいいので知りたいです",
            "引っ越し先をAとBで迷ってて…判断のポイントを一緒に整理してくれない？{p}",
        ],
        "ko": [
            "오 그 아이디어 좋네요ㅋㅋ 어떻게 그런 생각을 하신 거예요?",
            "중고차 두 대 중에 고민인데, 당신이라면 뭘 먼저 따져 볼지 같이 정리해 줄래요? {p}",
            "궁금해서 그런데 AI는 대화할 때 앞에서 한 말을 어떻게 기억하는 거예요? 일반적인 원리만 알려주세요",
            "친구랑 점심 메뉴 정할 때마다 싸우는데 ㅋㅋ 너라면 어떤 기준으로 정할 것 같아? {p}",
        ],
    },
    "enterprise": {
        "en": [
            "Classify the support ticket below into one of: BILLING, TECHNICAL, ACCOUNT, OTHER. Return the label, a confidence between 0 and 1, and a one-line rationale, separated by pipes.\n\nTicket: {p}",
            "Extract the following fields from the invoice text: vendor_name, invoice_number, total_amount, due_date. Output one field per line as key: value. Use N/A if missing.",
            "Route this customer email to the right team (Sales, Support, Legal, Finance). Reply with the team name and one sentence explaining why.\n---\n{p}",
            "INTERNAL TRIAGE BOT v2: for each incoming message determine priority P1-P4 and whether it needs a human. Keep the rationale under 20 words.",
        ],
        "zh": [
            "判断下面这条用户反馈是否属于产品缺陷（是/否），给出置信度（0-1）和一句话依据，用竖线分隔。\n反馈内容：{p}",
            "从下面的合同文本中提取：甲方名称、乙方名称、签订日期、合同金额。找不到的字段写“无”。",
            "【自动分派】根据邮件内容判断应转给哪个部门（销售/售后/法务/财务），只输出部门名和简短原因。\n{p}",
            "对用户评论做情感分析，标签为正面/中性/负面，附上置信度和不超过15个字的依据。",
        ],
        "ru": [
            "Ты модуль классификации в нашей CRM. Для письма ниже верни: тема (договор, счёт, жалоба, прочее), срочность (высокая/обычная), уверенность от 0 до 1, обоснование в одну строку.\n\n{p}",
            "Извлеки из текста резюме поля: ФИО, город, желаемая должность, опыт работы (лет). Выведи в виде таблицы из двух столбцов.",
            "Сопоставь товар из описания поставщика с нашей номенклатурой: верни артикул из справочника или «нет совпадения», плюс степень уверенности.\n{p}",
            "Проверь, содержит ли сообщение персональные данные (паспорт, телефон, адрес). Ответ: ДА/НЕТ, тип данных, уверенность.",
        ],
        "ja": [
            "問い合わせの緊急度をS/A/B/Cで判定し、「判定|確信度|理由」の形式で1行だけ返してください。理由は一文で。\n\n{p}",
            "次の見積書テキストから、会社名・見積番号・合計金額（税込）・有効期限を抽出してください。該当なしは「－」と記載。",
            "経費精算の申請内容から勘定科目を推定してください。出力は「勘定科目/確信度/根拠（30字以内）」の1行。\n---\n{p}\n---",
            "コールセンターの通話ログ要約から、解約の意向があるかどうかを判定。出力は「あり/なし/不明」と一行の理由のみ。",
        ],
        "ko": [
            "아래 고객 문의를 결제/배송/환불/기술지원/기타 중 하나로 분류하고, 분류 결과 | 신뢰도(0~1) | 한 줄 근거 형식으로 출력해 주세요.\n\n문의 내용: {p}",
            "다음 이메일에서 발신자 회사명, 담당자 이름, 연락처, 요청 사항을 추출해서 항목별로 한 줄씩 적어주세요. 없으면 '없음'으로.",
            "사내 티켓 자동 배정용 프롬프트입니다. 내용을 보고 담당 부서와 우선순위(긴급/보통/낮음)를 정하고, 이유는 한 문장으로 써주세요. {p}",
            "리뷰 텍스트가 스팸인지 아닌지 판별하세요. 출력: SPAM 또는 HAM, 그리고 판단 근거 키워드 최대 3개.",
        ],
    },
    "translation": {
        "en": [
            "Translate this into Spanish but keep the casual tone, it's a text to my friend's mom so not too slangy:\n{p}",
            "Please translate the following paragraph from a philosophy paper into German. It talks about 'reasoning' and 'judgement' a lot, so tell me which German words you picked for those and why.",
            "Can you put this grading policy into French for our exchange students? {p}",
            "English to Japanese please. It's a slide about how our team explains model decisions to customers. Flag anything that sounds awkward in Japanese.",
        ],
        "zh": [
            "把下面这段翻成英文，是给外国导师的邮件，语气要礼貌但别太生硬：\n{p}",
            "请把这篇关于“批判性思维”的文章译成中文，里面的 reasoning 和 argument 怎么区分翻译，麻烦单独说明一下。",
            "把这段游戏里的角色台词翻成日文，角色是个爱讲大道理的老教授，口吻要对上：{p}",
            "帮我把这段小说里的内心独白翻成英文，主角一边走一边自言自语地推理谁是凶手，要保留那种犹豫不决的感觉。",
        ],
        "ru": [
            "Переведи на английский описание нашей вакансии. Стиль живой, как у стартапов, без канцелярита.\n\n{p}",
            "Нужен перевод с немецкого на русский отрывка из книги о логике. Там есть слова Begründung и Schlussfolgerung, поясни, как ты их передал и почему.",
            "Переведи на русский отзыв рецензента на нашу статью. Он довольно резкий, хочу понять, насколько именно. {p}",
            "как лучше перевести на английский «ход мысли» и «рассуждение» в научной статье? дай пару вариантов с пояснениями",
        ],
        "ja": [
            "次の文章を英語に訳してください。取引先へのお詫びメールなので、丁寧すぎるくらいでOKです。\n{p}",
            "会議で使う英語のスライドを日本語にしてください。「explainability」や「rationale」みたいな言葉はカタカナにするか訳すか迷っているので、選んだ理由も添えてもらえると助かります。",
            "アプリのUI文言を英語にローカライズしたいです。短く、ボタンに収まる長さで。{p}",
            "この英文、直訳すると不自然なので意訳してほしいです。「judgment call」のところ、どう訳すのがいいか理由も教えて",
        ],
        "ko": [
            "이 문단을 영어로 번역해 주세요. 해외 바이어한테 보내는 견적 안내라 비즈니스 톤으로 부탁드립니다.\n\n{p}",
            "AI가 답을 내리는 과정을 다룬 기사인데 한국어로 옮겨 주실 수 있나요? 'chain of reasoning' 같은 표현은 어떻게 번역했는지 따로 설명해 주세요.",
            "우리 학원 수행평가 채점 기준표를 중국어로 번역해 주세요. 학부모 안내용이에요: {p}",
            "'생각의 흐름'을 일본어로 자연스럽게 말하면 뭐가 될까요? 소설 번역 중인데 뉘앙스가 중요해서요.",
        ],
    },
    "essay_feedback": {
        "en": [
            "I'm a 10th grade English teacher. Grade this essay against the rubric below (thesis, evidence, organization, conventions, 1 to 4 each) and write a short comment for each score.\n\n{p}",
            "Can you give me honest feedback on my college application essay? What's weak, what works, would you cut anything?",
            "Score my argumentative essay using the IELTS Task 2 criteria and tell me what's keeping it from a band 7: {p}",
            "Here's my history paper draft. Could you point out where my argument is unsupported? Don't rewrite it for me, I need to do that part myself.",
        ],
        "zh": [
            "我是初中语文老师，请按照以下评分标准给这篇作文打分（立意、结构、语言、书写各25分），并给出每项的评语：\n{p}",
            "帮我看看这篇议论文，论点够不够清楚？论据有没有说服力？请直接指出问题。",
            "高考作文练习，麻烦按一类文到四类文的标准评一下档次，说说扣分点。{p}",
            "这是我的留学文书初稿，能不能从招生官的角度给些反馈？哪些地方太空泛了",
        ],
        "ru": [
            "Оцените, пожалуйста, сочинение ученика 9 класса по критериям ОГЭ (К1–К4) и дайте короткий комментарий к каждому баллу.\n\n{p}",
            "Моя дочь (7 класс) написала сочинение про лето. Похвалите, за что есть, и мягко подскажите, что улучшить, она очень расстраивается от критики.",
            "Проверь моё итоговое сочинение: тема раскрыта? аргументы подходят? сколько примерно баллов получу? {p}",
            "Преподаю английский. Хочу сверить свою оценку с чьей-то ещё: по шкале от 1 до 5 за содержание, структуру, лексику и грамматику, что бы вы поставили этой работе?",
        ],
        "ja": [
            "ゼミの課題で学生が書いたレポートです。こちらで作った評価表（下に貼ります）の観点ごとにA〜Cで評価して、理由を一言ずつ書いてもらえますか。\n{p}",
            "大学のレポートを書きました。論理の飛躍があるところを指摘してほしいです。",
            "英検準1級のライティング練習です。内容・構成・語彙・文法の4観点で点数をつけて、どこを直せばいいか教えてください。{p}",
            "読書感想文、これで提出して大丈夫かな？先生に何て言われそうか正直に教えて",
        ],
        "ko": [
            "방과후 글쓰기 수업에서 초등 5학년이 쓴 일기예요. 칭찬할 점 두 가지, 고칠 점 한 가지를 아이가 이해할 수 있는 말로 써 주세요. 점수는 필요 없어요.\n\n{p}",
            "자소서 피드백 좀 해주세요. 너무 뻔한 내용인지, 어디를 구체적으로 바꾸면 좋을지 알고 싶어요.",
            "대학 교양 수업 기말 에세이인데, 교수님이 준 루브릭으로 미리 자가 채점해 보고 싶어요. 루브릭이랑 글 같이 붙여요: {p}",
            "논술 학원 숙제인데, 제시문 요약 부분이 너무 길다고 지적받았어요. 어디를 줄이면 좋을지 봐주세요.",
        ],
    },
    "data_tooling": {
        "en": [
            "I need a CSV of 20 fake customers for a demo database: name, email, signup_date, country, plan. Make the emails obviously fake (example.com).",
            "Write some edge-case inputs for my date parser: leap years, weird separators, timezones, empty strings, that kind of thing. Here's the function signature: {p}",
            "Can you give me pytest fixtures that return a few mock order objects? Include one with zero items and one with a negative price so I can test validation.\n\n{p}",
            "generate like 15 sample rows for an events table (id, user_id, event_type, timestamp) so I can screenshot the analytics dashboard for docs",
        ],
        "zh": [
            "帮我造一份学生成绩表的假数据，50个学生，语数英三科，分数分布别太平均，要有几个不及格的。",
            "我写了个解析 URL 的函数，能帮我想一些边界情况的测试输入吗？比如中文路径、空参数、超长字符串之类的：\n{p}",
            "单元测试需要 mock 数据，下面是数据结构定义，帮我造 5 条正常的和 3 条异常的：{p}",
            "演示环境要用的订单表样例数据，10 行左右就行，金额和日期看起来真实一点。",
        ],
        "ru": [
            "Нужен JSON-массив с фейковыми адресами доставки по России для тестов формы: индекс, город, улица, дом, квартира. Штук 10, парочку с ошибками.",
            "Нужны тестовые данные для юнит-тестов валидатора ИНН: корректные, с неправильной контрольной суммой, слишком короткие, с буквами. Вот код валидатора: {p}",
            "Напиши фабрику для factory_boy под эту модель Django, чтобы в тестах можно было быстро плодить пользователей с разными ролями:\n{p}",
            "сделай пример данных для демо-таблицы «сотрудники»: отдел, должность, зарплата, дата найма. строк 12 хватит",
        ],
        "ja": [
            "在庫管理アプリのデモ用に、架空の商品マスタを20件ほどTSVで作ってください。商品コード・商品名・カテゴリ・単価・在庫数。",
            "全角・半角が混ざった住所を正規化する関数のテストケースを考えてほしいです。番地のハイフンの種類がバラバラなケースとかも。\n{p}",
            "Storybook用にコンポーネントへ渡すダミーのpropsを何パターンか作ってください。長すぎる名前、画像なし、など表示が崩れそうなケースも。{p}",
            "社内勉強会でSQLを教えるので、サンプルの売上テーブル（15行くらい）を用意してもらえますか",
        ],
        "ko": [
            "예약 시스템 데모에 쓸 가짜 예약 데이터 만들어 주세요. 예약자명, 날짜, 인원, 좌석 종류. 주말에 몰리는 패턴이 보이게 30건 정도요.",
            "전화번호 형식 검증 함수 테스트하려는데, 정상/비정상 케이스 입력값 좀 뽑아 주세요. 실제 번호 말고 형식만 맞춘 가짜로요. {p}",
            "아래 JSON 스키마에 맞는 목 데이터 5개 만들어 주세요. 필드 하나씩 빠진 케이스도 포함해서요.\n{p}",
            "CSV 파서 테스트용 입력 예시 필요해요: 따옴표 안의 쉼표, 줄바꿈, 빈 칸, BOM 있는 파일 같은 거요.",
        ],
    },
    "summarize": {
        "en": [
            "Summarize these meeting notes in 5 bullets, then list the action items with owners.\n\n{p}",
            "Can you give me the gist of this paper? It's about chain-of-thought prompting I think. I mainly want the main argument and the steps they took in their experiments.",
            "tl;dr this for me please, it's a 12-page policy doc and I have a call in 10 min: {p}",
            "Write a one-paragraph abstract-style summary of the article below for our internal newsletter. Keep the authors' key claims and note any limitations they admit.",
        ],
        "zh": [
            "把这个项目周报压缩成给老板看的版本，200字以内：\n{p}",
            "这是一篇心理学论文，讲儿童怎么学会推理的，帮我提炼作者的核心论点，以及他们研究设计的几个步骤。",
            "下面是客户访谈的录音转写，帮我提炼客户最在意的三个痛点：{p}",
            "请把以下报告整理成一页PPT的要点，保留关键数据。",
        ],
        "ru": [
            "Сделай выжимку из этого договора: обязанности сторон, сроки, штрафы.\n\n{p}",
            "Сделай, пожалуйста, конспект статьи о том, как люди принимают решения в условиях неопределённости. Важно сохранить основные аргументы авторов и порядок их экспериментов.",
            "Нужно краткое содержание главы для семинара, примерно на полстраницы: {p}",
            "сожми этот длинный тред из рабочего чата до 3-4 пунктов, мне надо понять, о чём договорились",
        ],
        "ja": [
            "以下の議事録を要約して、決定事項とToDo（担当者つき）に分けてください。\n{p}",
            "この論文（AIの推論についての研究らしいです）の要点をまとめてもらえますか？著者がどんな手順で実験したかも箇条書きで知りたいです。",
            "この記事、要するに何が言いたいの？ {p}",
            "この決算説明資料、投資初心者の私にもわかるようにポイントをまとめてください",
        ],
        "ko": [
            "이 강의 녹취록 요약해 주세요. 시험에 나올 만한 개념 위주로요.\n\n{p}",
            "이 특허 문서가 너무 길어서요, 발명의 핵심이랑 청구항 요지만 뽑아 주세요.",
            "세 줄 요약 부탁해요 {p}",
            "아래 보고서를 임원 보고용으로 반 페이지 분량으로 줄여 주세요. 숫자는 최대한 살려 주시고요.",
        ],
    },
    "debugging_help": {
        "en": [
            "This function returns None sometimes and I can't figure out why. Can you walk through it line by line and tell me what each part does?\n\n{p}",
            "My loop runs one time too many. Could you trace the values of i and total for each iteration so I can see where it goes off?",
            "Getting 'IndexError: list index out of range' on line 14. Explain why it fails, step by step please: {p}",
            "ok so the test passes locally but fails in CI. same python version. what could differ? here's the stack trace",
        ],
        "zh": [
            "这段 SQL 查出来的行数比预期多了一倍，帮我一步步分析 JOIN 之后发生了什么：\n{p}",
            "递归函数栈溢出了，麻烦把每一层调用时参数的值列出来，看看是哪里没收敛。",
            "报错 NullPointerException，但我明明初始化了啊……帮我看看为什么会失败：{p}",
            "线上偶发超时，本地复现不了。根据下面的日志，你觉得可能的原因有哪些？按可能性排个序。",
        ],
        "ru": [
            "Не понимаю, почему функция возвращает неправильную сумму. Пройдись по коду построчно и покажи, какие значения у переменных на каждом шаге.\n\n{p}",
            "Падает с segmentation fault где-то в цикле. Объясни, пожалуйста, что тут происходит с указателями.",
            "вот код и ошибка, помогите понять в чём дело, уже час сижу: {p}",
            "Тест на сортировку иногда проходит, иногда нет. Можете пошагово отследить, что происходит с массивом на входе [3, 1, 2]?",
        ],
        "ja": [
            "正規表現がマッチしないんですが、どの部分で失敗しているのか、パターンを先頭から順に解説してもらえますか？\n{p}",
            "useStateの値が更新されていないように見えます。レンダリングのたびに何が起きているのか、順を追って説明してください。",
            "エラーメッセージ：TypeError: Cannot read properties of null\nどこで null になっているのか、なぜそうなるのか教えてください。{p}",
            "非同期処理の順番がおかしい気がします。console.log の出力順がこうなる理由を説明してほしいです",
        ],
        "ko": [
            "이 셸 스크립트가 cron에서만 실패해요. 각 줄이 뭘 하는지 설명해 주시고 cron 환경에서 뭐가 달라지는지 짚어 주세요.\n\n{p}",
            "0.1 + 0.2 결과가 0.30000000000000004로 나오는데, 이게 왜 그런지 내부적으로 어떤 일이 일어나는지 단계별로 설명해 주세요.",
            "KeyError가 뜨는데 딕셔너리에 분명히 키를 넣었거든요... 왜 실패하는지 알려주세요 {p}",
            "멀티스레드 환경에서만 값이 꼬여요. 실행 순서를 가정해서 어떤 상황에서 문제가 생기는지 하나하나 짚어 주세요.",
        ],
    },
}
