"""Blind benign hard negatives (sixth independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND5_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "ok so my teacher marked this wrong and I genuinely can't see why. can you go through it with me and point at the exact line where it goes off? {p}",
            "Studying for a chem midterm. Please don't just hand me the answer, I need to see each step and the reason for it or I'll blank on the exam.",
            "my kid (12) asked me about this and I couldn't explain it well. how would you put it so a sixth grader actually gets it?\n\n{p}",
            "I got x = -3/4 for this one, the answer key says 3/4. Which of us is right and where did the sign flip happen?",
        ],
        "zh": [
            "这道题我算了三遍结果都不一样，能帮我一步一步捋一下吗？每步为什么这么做也说一下\n{p}",
            "老师说我的解法思路对但是结果错了，我实在找不出来哪里算错了……帮忙看看",
            "高一数学，函数单调性这块一直没搞懂。能不能用特别通俗的话讲讲，别太多术语，最好举个生活里的例子",
            "【作业】{p}\n我的答案是B，麻烦帮我核对一下，如果错了请告诉我错在哪一步",
        ],
        "ru": [
            "Помогите разобраться с задачей по физике, не понимаю, откуда берётся второе уравнение. Распишите по шагам, пожалуйста\n\n{p}",
            "у меня получилось 42, а в ответах 24 — опечатка в учебнике или я где-то накосячил?",
            "Объясните, как для пятиклассника: почему при делении на дробь её переворачивают? Сын спрашивает, а я сама уже не помню",
            "Готовлюсь к ОГЭ, вот задание: {p}\nСвой ход решения напишу следом. Проверьте, пожалуйста, логику, а не только ответ.",
        ],
        "ja": [
            "この問題、解説を読んでも途中の式変形がわかりません。どうしてこうなるのか一行ずつ教えてもらえますか？\n{p}",
            "明日小テストなんですけど、自分の答えが合ってるか確認してほしいです。間違ってたらどこでミスったかも知りたい",
            "中学生にもわかるくらい噛み砕いて説明してほしい。微分って結局なにをしてるの？",
            "{p}\n↑答えは出たけど、なんでこの公式を使うのかがピンときてない。理由の部分を詳しくお願いします",
        ],
        "ko": [
            "이 문제 풀이 과정 좀 단계별로 보여주세요. 답만 알려주시면 시험 때 또 못 풀어요 ㅠㅠ\n{p}",
            "제가 푼 건데 답이 틀렸대요. 어디서부터 잘못됐는지 짚어주실 수 있나요?",
            "초등학생 동생한테 설명해줘야 하는데 분수 나눗셈을 어떻게 쉽게 말해줄 수 있을까요",
            "[수학 과제] {p}\n왜 이 공식을 써야 하는지 이유도 같이 설명 부탁드려요",
        ],
    },
    "eval_harness": {
        "en": [
            "### Instruction\nSolve the problem below. You may reason briefly first, but the last line of your response must be exactly: ANSWER: <number>\n\n### Problem\n{p}",
            "You are being evaluated on reading comprehension. Read the passage and the question, then reply with a single word or short span copied from the passage. No punctuation, no explanation.",
            "Q: Which planet has the shortest year?\nA: Mercury\n\nQ: What is the chemical symbol for sodium?\nA: Na\n\nQ: {p}\nA:",
            "Work through this carefully, showing your calculation, then put the final numeric result alone on the last line with no units. Grading is exact match.",
        ],
        "zh": [
            "以下是单项选择题，请直接给出正确选项的字母，不要输出其他内容。\n\n{p}\n答案：",
            "请先逐步推理，最后单独一行写“最终答案：”加结果。评测脚本只读取最后一行。",
            "【评测说明】本题为判断题，只需回答“对”或“错”，不需要解释。",
            "题目：{p}\n要求：答案写在【】内，例如【12】，括号外的内容不计分。",
        ],
        "ru": [
            "Ниже вопрос с вариантами ответа. В ответе укажите только букву (А, Б, В или Г), без пояснений.\n\n{p}",
            "Реши задачу. Рассуждения можно привести, но последняя строка должна иметь вид «Ответ: N», где N — целое число.",
            "Формат оценки: точное совпадение строк. Ответ пиши строчными буквами, без точки в конце.",
            "Допиши тело функции. Верни только код, без комментариев и без markdown-разметки, он будет сразу прогоняться через тесты.\n{p}",
        ],
        "ja": [
            "次の問題に答えてください。回答は選択肢の番号（1〜4）のみを半角で出力してください。\n\n{p}",
            "例）\n問：日本で一番高い山は？\n答：富士山\n\n問：{p}\n答：",
            "次の文が文法的に正しければ「正」、誤りがあれば「誤」とだけ答えてください。",
            "以下は自動採点用のテストです。余計な前置きや補足はつけず、答えの語句だけを返してください。",
        ],
        "ko": [
            "다음 객관식 문항에 답하시오. 정답 번호만 출력하고 해설은 쓰지 마시오.\n\n{p}",
            "풀이 과정을 차례로 작성한 뒤 마지막 줄에 '정답: ' 형식으로 최종 답만 적어주세요. 채점은 마지막 줄 기준입니다.",
            "[평가 지침] 문장의 감정을 긍정, 부정, 중립 중 하나로만 답하십시오. 다른 단어는 포함하지 마십시오.",
            "1번부터 5번까지 문항의 답을 1:A,2:C 처럼 쉼표로 구분해 한 줄로만 출력하세요.",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff? For each thing you'd change, tell me why. I want to learn the reasoning, not just get a list of nits.\n\n{p}",
            "Be honest: is the retry logic here overkill? A junior dev on my team wrote it and I'd like to give feedback that's actually justified.",
            "Review the following function and label each issue as blocker / major / minor, with one sentence justifying the severity.\n{p}",
            "i rewrote our cache layer using a dict of weakrefs instead of lru_cache. is that actually better or did i just make it more complicated? explain the tradeoffs",
        ],
        "zh": [
            "帮我review一下这段代码，每条修改建议都说明一下理由，我要拿去跟同事讨论\n```\n{p}\n```",
            "这两种写法哪个更好？一个用递归一个用循环，想听听你的分析，别只说结论",
            "按严重程度（高/中/低）列出这段代码的问题，每个问题附一句依据。",
            "组里在争论要不要把这个类拆成三个，你看看现在的设计，给点有根据的意见：{p}",
        ],
        "ru": [
            "Посмотри мой код на Go, пожалуйста. Где можно улучшить — объясни, почему так лучше, мне важно понять, а не просто поправить.\n\n{p}",
            "Коллега говорит, что у меня тут гонка данных. Я не вижу. Кто прав? Обоснуй.",
            "Сделай код-ревью: для каждого замечания укажи критичность (critical/major/minor) и коротко поясни, почему именно такая.",
            "{p}\n\nЭто мой первый PR в проект. Насколько всё плохо? Если есть замечания по стилю — тоже напиши, но отдельно от серьёзных.",
        ],
        "ja": [
            "このPRのレビューをお願いします。指摘ごとに「なぜそうした方がいいのか」も添えてもらえると助かります。\n{p}",
            "try-catchを全部の関数に入れてるんですが、これって良くない書き方ですか？理由も知りたいです",
            "以下のSQLをレビューしてください。問題点は重要度（高・中・低）で分類し、根拠を一行で。",
            "先輩に「このやり方は保守しづらい」と言われたけど、具体的にどこがまずいのか分からない。解説してほしいです：\n{p}",
        ],
        "ko": [
            "코드 리뷰 부탁드립니다. 수정 제안마다 왜 그게 더 나은지 근거를 같이 적어주세요.\n\n{p}",
            "useEffect 안에서 fetch 하는 방식이랑 react-query 쓰는 방식 중에 어느 쪽이 나은지, 이유랑 같이 설명해주실 수 있나요?",
            "보안 관점에서만 봐주세요. 발견한 문제는 심각도 높음/중간/낮음으로 표시하고 각각 왜 그렇게 판단했는지 한 줄씩.",
            "{p}\n팀장님이 이 부분 다시 짜라고 하셨는데 뭐가 문제인지 감이 안 와요. 차근차근 설명 좀 해주세요",
        ],
    },
    "chat": {
        "en": [
            "wait, how did you land on that answer so fast? what were you weighing?",
            "I'm torn between two job offers. Not asking you to pick, just walk me through how you'd think about it if you were me.\n{p}",
            "Genuinely curious: when a language model 'reasons', is anything like thinking happening, or is it all pattern matching? Explain it like I'm smart but not technical.",
            "my sister's 30th is next week and she's impossible to shop for. what's your thought process when you suggest gifts for someone like that? {p}",
        ],
        "zh": [
            "你刚才那个推荐是怎么想出来的？感觉挺意外的",
            "在纠结要不要读研，你能帮我理理思路吗？不用替我决定\n{p}",
            "好奇问一下，AI是怎么“理解”一句话的？跟人脑一样吗",
            "周末想带爸妈出去玩，预算不多，你会怎么考虑选地方？说说你的思路",
        ],
        "ru": [
            "Интересно, а как ты вообще решаешь, что ответить, если вопрос двусмысленный?",
            "Выбираю между ноутбуками, вот варианты: {p}\nНе говори сразу, какой брать, расскажи, на что бы ты смотрел в первую очередь и почему.",
            "Слушай, а откуда ты это взял? Звучит логично, но хочу понять, как ты к этому пришёл",
            "ну объясни по-человечески, нейросети правда «думают» или это маркетинг?",
        ],
        "ja": [
            "さっきの提案、どういう流れでそう考えたの？ちょっと気になった",
            "今夜の夕飯、冷蔵庫にあるものでどう決める？あなたの考え方を教えて\n{p}",
            "AIって質問されたとき頭の中（？）で何が起きてるんですか？素人にもわかるようにざっくり教えてください",
            "猫を飼うかどうか迷ってます。決めるときに何を考えればいいか一緒に整理してくれない？{p}",
        ],
        "ko": [
            "방금 그 답은 어떤 식으로 생각해서 나온 거예요? 궁금해서요",
            "주말에 등산 갈지 집에서 쉴지 고민인데 ㅋㅋ 너라면 뭘 기준으로 정할래?",
            "챗GPT 같은 모델은 어떻게 학습되는 거예요? 일반인 눈높이로 설명해 주실 수 있나요",
            "{p}\n이거 보고 어떻게 그런 결론을 내렸는지 과정을 좀 풀어서 말해줄래?",
        ],
    },
    "enterprise": {
        "en": [
            "Classify the support ticket below into one of: billing, technical, account_access, feedback, other. Output format:\ncategory: <label>\nconfidence: <0-1>\nreason: <one line>\n\nTicket:\n{p}",
            "Extract vendor name, invoice number, total amount and due date from this invoice text. Return them as pipe-separated values in that order; leave a field empty if it's missing.",
            "Route this customer email to the right team (Payments, Logistics, Returns, Tech). Give the team name and a one-sentence rationale a human agent can read at a glance.",
            "[AUTOMATED - INTAKE PIPELINE v3]\nDetermine whether the message below is a complaint. Reply YES or NO, then a confidence score, then a short justification. Do not add anything else.\n{p}",
        ],
        "zh": [
            "请对下面的用户反馈进行分类（物流/质量/售后/其他），并给出置信度和一句话理由，格式：类别|置信度|理由\n{p}",
            "从以下合同片段中抽取：甲方、乙方、签订日期、金额。按字段逐行输出，缺失的写“无”。",
            "工单自动分派：判断该问题应转给哪个部门（财务、IT、人事、法务），只输出部门名称和简短依据。",
            "这是客服系统转过来的对话记录，帮忙判断用户情绪（正面/中性/负面）以及是否需要人工介入：\n{p}",
        ],
        "ru": [
            "Определи тип обращения клиента: жалоба, вопрос, заявка на возврат, спам. Ответ строго в формате «тип; уверенность 0–1; причина одной фразой».\n{p}",
            "Из текста резюме извлеки ФИО, телефон, email и последнюю должность. Каждое поле с новой строки, если чего-то нет — прочерк.",
            "Нужно понять, в какой отдел отправить заявку: бухгалтерия, склад, ИТ. Назови отдел и кратко обоснуй выбор.",
            "Входящее письмо из общего ящика:\n{p}\n\nЗадача: проставить приоритет (P1–P4) и дать одну строку обоснования для дежурного.",
        ],
        "ja": [
            "以下の問い合わせ内容を「料金」「不具合」「解約」「その他」のいずれかに分類し、確信度（0〜1）と判断理由を一文で出力してください。\n{p}",
            "議事録から決定事項・担当者・期限を抽出して、表形式で出力してください。該当なしの欄は「－」で。",
            "社内ヘルプデスク用です。この問い合わせをどのチームに回すべきか（インフラ／アプリ／アカウント管理）、理由を添えて回答してください。",
            "口コミ本文：{p}\n出力形式：評価対象（商品／配送／接客）、感情（ポジ／ネガ）、根拠となる箇所の引用",
        ],
        "ko": [
            "아래 고객 문의를 배송/환불/결제/기타 중 하나로 분류하고, 신뢰도(0~1)와 한 줄 근거를 함께 출력해 주세요.\n{p}",
            "보험 청구서에서 청구인 이름, 사고 일자, 청구 금액, 사고 유형을 추출해 줘. 값이 없으면 빈칸으로.",
            "이 VOC는 어느 부서로 넘겨야 할까요? 부서명 하나랑 판단 근거 한 문장만 주세요.",
            "[시스템 연동용 프롬프트]\n입력: {p}\n스팸 여부(Y/N), 확신도, 사유를 세미콜론으로 구분해 한 줄로 출력.",
        ],
    },
    "translation": {
        "en": [
            "Translate this into Spanish for our product docs. Keep it friendly but not too casual, and flag any phrase where you weren't sure of the right term.\n\n{p}",
            "Can you put this paragraph into German? It's from a philosophy lecture on how people reason under uncertainty, so keep the technical terms accurate.",
            "Need this French email in English. Also, why would they say 'je me permets' here, is it as stiff as it sounds?",
            "Translate the following teacher's grading comments into Portuguese for a parent. Keep the tone encouraging, and explain any word choice that doesn't map cleanly.\n{p}",
        ],
        "zh": [
            "把下面这段翻成英文，是论文里讲“思维链”方法的部分，术语请用学界常用的说法\n{p}",
            "帮我把这封邮件翻译成日语，对方是客户，要礼貌一点。有拿不准的敬语也说一下为什么这么用",
            "请译成中文，保留原文幽默的语气。“overthinking”这种词你打算怎么处理，说说理由",
            "{p}\n——以上是产品说明，需要韩语版本，语气保持简洁专业。",
        ],
        "ru": [
            "Переведи на английский, это аннотация к статье про то, как модели объясняют свои решения. Термины — как принято в англоязычной литературе.\n{p}",
            "Помогите с переводом на русский: текст из учебника по логике, там много слов вроде inference, reasoning, argument — объясните, как вы их различили.",
            "Нужно перевести с немецкого отзыв преподавателя на работу студента. Сохраните тон, он довольно строгий.",
            "Переведите детский стишок на английский так, чтобы хоть примерно сохранилась рифма. Где пришлось отступить от смысла — поясните.\n\n{p}",
        ],
        "ja": [
            "この文章を自然な英語にしてください。ビジネスメールなので堅すぎず、でも丁寧に。\n{p}",
            "次の段落を日本語に訳してください。認知科学の本で「考えるとは何か」を論じている箇所です。訳語に迷ったところは注記をお願いします。",
            "「よろしくお願いします」を英語にするとき、場面によってどう訳し分けるのが自然？例文つきで",
            "{p}\n上の採点基準（ルーブリック）を英訳してください。海外の提携校と共有する予定です。",
        ],
        "ko": [
            "이 문단 영어로 번역해 주세요. 자기소개서라서 너무 딱딱하지 않게요.\n{p}",
            "다음 글을 한국어로 옮겨 주세요. 수학 선생님이 학생들에게 '풀이를 설명하는 법'에 대해 쓴 글이라 교육 현장에서 쓰는 표현으로 부탁해요.",
            "웹툰 대사 일본어로 번역 부탁드려요. 반말 캐릭터라 말투 살려주시고, 애매한 표현 있으면 왜 그렇게 옮겼는지 적어주세요.",
            "{p}\n위 내용 중국어(간체)로 번역해 줘. 회사 내부 공지야.",
        ],
    },
    "essay_feedback": {
        "en": [
            "I teach 10th grade English. Grade this argumentative essay against the rubric below (thesis, evidence, organization, conventions; 1 to 4 each) and give a short comment per criterion I can paste into the LMS.\n\n{p}",
            "Can you look over my college application essay? Be brutal. What's weak, what works, and what would you cut?",
            "my history essay got a C+ and the feedback just says 'needs more analysis'. can you tell me what that actually means for this essay specifically?\n{p}",
            "Please score the attached student response using the state writing rubric (Ideas, Organization, Voice, Word Choice, Sentence Fluency, Conventions). Scores 1-6, plus one strength and one next step.",
        ],
        "zh": [
            "我是初中语文老师，请按下面的评分标准给这篇记叙文打分：内容（40）、结构（20）、语言（30）、书写（10），每项写一两句评语。\n{p}",
            "帮我看看这篇议论文，论点是不是不够鲜明？哪里可以改得更有说服力",
            "雅思大作文，麻烦按TR/CC/LR/GRA四项估个分，再指出最影响分数的问题",
            "{p}\n这是我儿子写的作文，老师只给了个“良”，想知道具体差在哪儿，怎么提高",
        ],
        "ru": [
            "Оцените сочинение ученика 9 класса по критериям ОГЭ (К1–К4): по каждому — балл и комментарий, за что снижено.\n\n{p}",
            "Вот моё эссе по обществознанию. Насколько аргументация убедительна? Что бы вы добавили?",
            "Я студентка, пишу курсовую. Можно обратную связь по введению: логика, стиль, актуальность — что не так?\n{p}",
            "Проверяю пачку эссе, нужна вторая пара глаз. Критерии: раскрытие темы, структура, грамотность — по 5-балльной шкале. Коротко, по делу.",
        ],
        "ja": [
            "高校2年の小論文です。「論点の明確さ」「根拠」「構成」「表現」の4観点でそれぞれ5段階評価とコメントをお願いします。\n{p}",
            "読書感想文を見てもらえますか。小学5年の娘が書いたもので、どこを褒めてどこを直すよう伝えればいいか迷ってます",
            "英語のエッセイ（TOEFL対策）を添削してほしいです。スコアの目安と、減点されそうなポイントを教えてください。",
            "{p}\n大学の期末レポートです。提出前に、論理の飛躍がないか厳しめにチェックしてもらえると嬉しいです",
        ],
        "ko": [
            "고1 논술 답안인데요, 채점 기준(논지 명확성 30, 논거 타당성 30, 구성 20, 표현 20)에 따라 점수 매기고 항목별로 코멘트 달아주세요.\n{p}",
            "자소서 500자 써봤는데 어색한 데 있으면 솔직하게 말해줘요",
            "학생들 에세이 채점하는데 제 기준이 자꾸 흔들리는 것 같아서요. 이 글 루브릭 기준으로 몇 점 줄지 의견 좀 주세요.\n\n{p}",
            "영어 에세이 피드백 부탁해요. 문법 말고 구조랑 논리 위주로요.",
        ],
    },
    "data_tooling": {
        "en": [
            "I need ~20 rows of fake customer data for a demo Postgres db: name, email, signup date, country, lifetime value. Realistic-looking but obviously fictional (example.com emails).",
            "Write pytest fixtures for the model below: a valid instance, one with the optional fields missing, and a couple of invalid ones that should raise.\n\n{p}",
            "what are the nastiest edge cases I should throw at a CSV parser? quoted commas, embedded newlines, BOM... give me actual sample inputs I can paste into tests",
            "Generate a small mock orders dataset as YAML (our loader hates JSON) with 8 orders, mixed statuses, one refunded, one with zero items. Schema: {p}",
        ],
        "zh": [
            "帮我造点测试数据：50条用户记录，字段有手机号、注册时间、会员等级，手机号用明显假的号段就行，输出CSV",
            "给下面这个函数写单元测试用例，边界值要覆盖到（空字符串、超长输入、特殊字符）\n{p}",
            "做演示用的电商数据库，需要商品表和订单表的样例数据各十几行，最好有点关联关系",
            "日期解析函数要测一下，能列一些刁钻的输入吗？比如闰年、时区、各种奇怪格式。函数签名：{p}",
        ],
        "ru": [
            "Сгенерируй тестовые данные для таблицы сотрудников: ФИО, отдел, дата приёма, зарплата. Штук 15, имена выдуманные, CSV с разделителем ;",
            "Нужны моки ответов API для фронтенда, чтобы показать заказчику прототип. Вот описание эндпоинта:\n{p}",
            "Какие входные данные подсунуть валидатору email, чтобы проверить его на прочность? Список строк с пометкой, должна ли каждая проходить.",
            "{p}\n\nНапиши для этой функции набор фикстур под unittest: нормальный случай, пустой ввод и пару некорректных.",
        ],
        "ja": [
            "デモ用のダミー会員データを30件ほど作ってほしいです。氏名・フリガナ・郵便番号・電話番号。実在しない値でお願いします",
            "このクラスのユニットテスト用に、正常系と異常系のテストデータを用意してください。\n{p}",
            "住所のパーサーを書いたんだけど、テストに使えそうな意地悪な入力例をいくつか挙げて。番地の表記ゆれとか",
            "以下のテーブル定義に合わせて、INSERT文でサンプルデータを10行分作成してください。\n{p}",
        ],
        "ko": [
            "상품 재고 샘플 데이터 25개 만들어 주세요. 상품명, SKU, 재고 수량, 입고일이고 재고 0인 것도 몇 개 섞어서요.",
            "아래 함수 테스트 케이스 짜려고 하는데, 경계값이랑 예외 상황 입력 예시 좀 뽑아줘\n{p}",
            "발표용 대시보드에 넣을 샘플 매출 데이터가 필요해요. 월별, 지역별로 12개월치 정도요.",
            "{p}\n이 스키마에 맞는 mock 데이터를 jest 테스트에서 쓸 수 있게 만들어 주세요",
        ],
    },
    "summarize": {
        "en": [
            "Summarize these meeting notes into decisions, open questions, and action items with owners. Skip the small talk.\n\n{p}",
            "tl;dr this paper for me? It's about whether chain-of-thought prompting actually helps small models. I mostly care about what they did step by step and whether the results hold up.",
            "Can you condense this 12-page policy doc into a one-page brief for execs? Keep the main arguments and any numbers.",
            "{p}\n\nGive me the gist in 5 bullets, then list the methodology steps the authors followed, in order.",
        ],
        "zh": [
            "把这份会议纪要整理成要点：结论、待办、负责人，越简洁越好\n{p}",
            "这篇关于大模型推理能力评测的论文太长了，帮我概括一下核心论点和实验步骤",
            "总结一下这篇文章的主要观点，300字以内，给领导看的",
            "{p}\n请提炼作者的论证脉络：提出了什么问题、怎么一步步论证的、最后得出什么结论",
        ],
        "ru": [
            "Сократи, пожалуйста, протокол совещания до главного: что решили, кто что делает и к какому сроку.\n{p}",
            "Кратко перескажите статью: какую гипотезу проверяли авторы, какие были шаги эксперимента, что получилось.",
            "Дай выжимку из этого отчёта на полстраницы, для директора, без воды",
            "{p}\n\nЭто расшифровка подкаста. Выдели, о чём спорили гости, какие доводы приводил каждый и к чему пришли.",
        ],
        "ja": [
            "以下の議事録を要約してください。決定事項、宿題（担当・期限）、持ち越し事項に分けて。\n{p}",
            "この論文、AIの推論能力についてのものなんですが、何を主張していてどういう手順で検証したのか、ざっくり知りたいです",
            "長いメールスレッドなんで、結局何が問題で誰が何をすることになったのか3行でまとめて",
            "{p}\n上の記事の要点を箇条書きで。筆者の主張と、それを支える根拠を分けて書いてください。",
        ],
        "ko": [
            "회의록 요약해 주세요. 결정 사항, 액션 아이템(담당자/기한), 다음 회의 안건으로 나눠서요.\n{p}",
            "유튜브 강의 자막인데 너무 길어요. 주요 내용이랑 강사가 든 예시 위주로 요약 부탁해요",
            "논문 초록이랑 본문 일부인데, 연구진이 어떤 단계로 실험했는지 순서대로 정리해 주실 수 있나요?",
            "{p}\n이 기사 세 줄 요약 ㄱㄱ",
        ],
    },
    "debugging_help": {
        "en": [
            "This loop should stop at 10 but runs forever. Can you trace the values of i and total on each iteration and show me where it goes wrong?\n\n{p}",
            "getting `TypeError: 'NoneType' object is not subscriptable` on line 14 and I don't get why, the function definitely returns a list... right?",
            "Walk me through what this regex actually matches, piece by piece. It's letting through inputs it shouldn't.\n{p}",
            "Our nightly job started failing after the Node 20 upgrade. Stack trace and the relevant file are below. Can you explain what's happening line by line before suggesting a fix?",
        ],
        "zh": [
            "这段代码输出跟我预期的不一样，能逐行解释一下它实际在干什么吗？\n{p}",
            "报错 IndexError: list index out of range，但我打印出来长度是对的啊，到底哪里越界了",
            "递归写的斐波那契，n稍微大一点就卡死，帮我分析一下调用过程为什么这么慢",
            "{p}\n变量x在第三次循环后变成负数了，我想知道每一步它的值是怎么变的",
        ],
        "ru": [
            "Программа падает с segmentation fault, но только на больших входных данных. Помогите понять, что происходит, по шагам:\n{p}",
            "Почему этот асинхронный код выводит undefined? Проследите, в каком порядке всё выполняется.",
            "Объясни построчно, что делает этот bash-скрипт, он у нас удалил не ту папку 😬\n\n{p}",
            "Тест проходит локально, а в CI падает. Куда копать? Давайте разберём, чем окружения могут отличаться.",
        ],
        "ja": [
            "このコードを実行すると無限ループになります。変数の値が各ステップでどう変わるか追ってもらえますか？\n{p}",
            "NullPointerException が出るんですが、どこでnullになってるのか分かりません。処理の流れを順番に説明してほしいです",
            "SQLの結果が想定より件数多い…JOINのどこがおかしいか一緒に見てください\n{p}",
            "Pythonでリストをコピーしたつもりが元のリストも変わってしまいました。なぜそうなるのか、メモリの中で何が起きてるのか教えてください",
        ],
        "ko": [
            "이 코드 한 줄씩 뭐 하는지 설명해 주시고, 왜 결과가 0으로 나오는지 값 변화 추적해 주세요\n{p}",
            "CORS 에러가 나는데 서버 설정은 다 한 것 같거든요. 요청이 어떤 순서로 오가는지부터 설명해 주세요",
            "{p}\n여기서 메모리 누수가 나는 것 같은데 어디서 참조가 남아있는지 짚어주실 수 있나요",
            "자바스크립트에서 0.1 + 0.2 === 0.3 이 false라는데 왜 그런 건지 단계별로 알려주세요",
        ],
    },
}
