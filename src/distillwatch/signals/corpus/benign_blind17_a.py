"""Blind benign hard negatives (eighteenth independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND17_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "I'm stuck on this calc problem and my teacher wants every step shown, not just the answer. Can you walk through it slowly? {p}",
            "ok so i got x = 7/3 but the back of the book says 3. where did i mess up?? here's my work:\n{p}",
            "Could you explain WHY the derivative of ln(x) is 1/x instead of just telling me the rule? I have a quiz Friday and memorizing isn't working.",
            "Chem homework: balance the combustion of propane and show each step so I can follow the logic for the next ones myself.",
        ],
        "zh": [
            "老师要求写出完整的解题过程，这道几何题我只会画图，后面就不会了，能一步一步讲一下吗？{p}",
            "我自己做了一遍，答案是12，但总觉得哪里不对，帮我检查下过程哪步错了：{p}",
            "为什么解一元二次方程的时候判别式小于零就没有实数根？课本上一句话带过，我想弄明白原理。",
            "物理作业：小球从10米高自由落下，求落地速度。麻烦把每一步都写出来，我要对照着改自己的作业本",
        ],
        "ru": [
            "Помогите, пожалуйста, с задачей по алгебре — нужно расписать решение подробно, учительница снижает за пропущенные шаги: {p}",
            "Решал сам, получилось 45 градусов, в ответах 135. Гляньте, где ошибка в моём решении?\n{p}",
            "Не понимаю, почему при делении на отрицательное число знак неравенства меняется. Объясните по-человечески, без зубрёжки.",
            "Задача по информатике: перевести 1011011 из двоичной в десятичную. Покажите ход решения, хочу понять сам принцип.",
        ],
        "ja": [
            "数学の宿題で、途中式も全部書かないと点がもらえないんです。この問題、一つずつ説明してもらえますか？ {p}",
            "自分で解いてみたんですが答えが合いません。どこで間違えたか見てもらえますか\n{p}",
            "なんで三角形の内角の和は180度になるの？教科書だと「そういうもの」って感じで、理由がよくわからない。",
            "化学のモル計算がどうしても苦手です。水18gは何molか、考え方の順番から教えてください。",
        ],
        "ko": [
            "수학 숙제인데 풀이 과정을 다 써야 해요. 이 문제 단계별로 설명 좀 해주실 수 있나요? {p}",
            "제가 푼 건데 답이 -2가 나왔거든요. 정답은 2래요. 어디서 틀렸는지 봐주세요ㅠ\n{p}",
            "왜 0으로 나누면 안 되는지 이해가 안 돼요. 선생님은 그냥 정의가 안 된다고만 하셔서요.",
            "물리 과제: 질량 2kg 물체에 10N 힘을 가했을 때 가속도 구하기. 공식만 말고 왜 그렇게 되는지도 같이 알려주세요",
        ],
    },
    "eval_harness": {
        "en": [
            "Answer the following multiple-choice question with the letter only (A, B, C, or D). No explanation.\n\n{p}",
            "Think step by step, then give your final answer on the last line in the form 'Answer: <number>'.\n{p}",
            "We're doing a release check on our support bot. Below is a customer question and our bot's reply — does the reply correctly follow our refund policy? Yes/No plus one sentence why.",
            "For our internal regression suite: read the passage and respond with TRUE or FALSE only, so our script can parse it.",
        ],
        "zh": [
            "请只回答选项字母（A/B/C/D），不要输出其他内容。\n{p}",
            "先一步步推理，最后单独一行写“最终答案：”加数字，方便我们的评测脚本抓取。{p}",
            "我们在测自己产品的客服机器人，下面是用户问题和机器人回复，请判断回复里的价格信息是否和我们的价目表一致。",
            "这是我们新版本摘要功能的输出样例，帮忙按“准确/部分准确/不准确”标一下，上线前要过一遍质量检查。",
        ],
        "ru": [
            "Ответь только буквой правильного варианта, без пояснений.\n{p}",
            "Рассуждай по шагам, а в конце напиши «Ответ:» и число — наш скрипт оценки читает последнюю строку. {p}",
            "Перед релизом проверяем своего чат-бота для банка. Вот ответ бота клиенту — соответствует ли он нашим правилам о комиссиях? Да/нет и коротко почему.",
            "Это выход нашей модели классификации отзывов на тестовой выборке. Отметь, где метка явно неверная, нам нужно понять, стоит ли выкатывать версию.",
        ],
        "ja": [
            "次の選択問題に、記号（A〜D）のみで答えてください。説明は不要です。\n{p}",
            "段階的に考えてから、最後の行に「答え：」に続けて数値だけを書いてください。{p}",
            "自社アプリの問い合わせ対応ボットのリリース前チェックをしています。この回答が社内FAQと矛盾していないか、○か×で判定してもらえますか。",
            "社内ベンチマーク用です。以下の文が文法的に正しいかどうか、「正」「誤」のどちらか一文字で答えてください。",
        ],
        "ko": [
            "다음 객관식 문제에 보기 번호만 답하세요. 설명은 쓰지 마세요.\n{p}",
            "단계적으로 생각한 뒤 마지막 줄에 '정답: 숫자' 형식으로만 적어주세요. 자동 채점이라 형식이 중요해요. {p}",
            "저희 회사 챗봇 배포 전 점검 중입니다. 아래 답변이 저희 환불 규정이랑 맞는지 예/아니오로 판단하고 이유 한 줄만 써주세요.",
            "우리 번역 기능 QA용입니다. 원문과 번역문을 보고 의미가 바뀐 부분이 있으면 '있음', 없으면 '없음'만 출력해주세요.",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff before I merge it? Mainly worried about the error handling. {p}",
            "You suggested switching the loop to a dict lookup in my last review — can you explain your reasoning? I want to put the rationale in the commit message.",
            "senior dev here, junior on my team wrote this, I think it's fine but want a second pair of eyes on concurrency issues:\n{p}",
            "We're refactoring our payment module from one 900-line file into services. What's the rationale for splitting it by domain vs by layer? Need to justify it to my lead.",
        ],
        "zh": [
            "帮我看一下这个PR，主要关注有没有SQL注入的风险：{p}",
            "你上次说这里应该用依赖注入，能具体讲讲理由吗？我要在code review评论里给同事解释清楚。",
            "这段diff是我把回调改成async/await的，合并前想确认下有没有漏掉的异常处理\n{p}",
            "团队在争论要不要把这个工具类拆成几个小模块，你觉得重构的利弊各是什么？我想写个简短的说明文档。",
        ],
        "ru": [
            "Посмотри, пожалуйста, мой пулл-реквест — особенно интересует, не сломал ли я обратную совместимость API. {p}",
            "Ты предложил вынести валидацию в отдельный класс. Можешь объяснить, чем это лучше? Хочу аргументированно ответить ревьюеру.",
            "Вот дифф, коллега переписал кэширование. Есть ли тут гонки? Сам я не уверен\n{p}",
            "Обоснуй, пожалуйста, зачем вообще переходить с наследования на композицию в нашем модуле отчётов — надо убедить тимлида на планёрке.",
        ],
        "ja": [
            "このプルリクエストをレビューしてもらえますか？特に例外処理まわりが心配です。{p}",
            "先ほど「このメソッドは分割したほうがいい」と指摘いただきましたが、その理由をもう少し詳しく教えてください。チームに共有したいので。",
            "後輩が書いたコードの差分です。パフォーマンス的に問題ないか見てほしいです\n{p}",
            "既存のバッチ処理をリファクタリングする予定です。なぜ関数を小さくするべきなのか、上司に説明できる根拠をまとめたいです。",
        ],
        "ko": [
            "이 PR 머지하기 전에 리뷰 좀 부탁드려요. 특히 null 처리 부분이 걱정돼요 {p}",
            "아까 이 부분 전략 패턴으로 바꾸라고 하셨는데 왜 그게 나은지 근거를 좀 설명해주실 수 있어요? 팀원들한테 공유하려고요.",
            "동료가 올린 diff인데 메모리 누수 가능성 있는지 같이 봐주세요\n{p}",
            "레거시 주문 모듈 리팩터링 제안서를 쓰는 중인데, 모놀리식 함수를 쪼개야 하는 이유를 정리해주실 수 있나요?",
        ],
    },
    "chat": {
        "en": [
            "wait, how did you arrive at that number? walk me through your thinking, I want to redo it for my own budget",
            "You said the movie came out in 1994 — how'd you figure that? Just curious, my friend swears it was 1996.",
            "{p} — what do you reckon? and tell me how you got there, I'm trying to decide tonight",
            "That recipe substitution worked great btw. Why did you pick applesauce instead of yogurt though?",
        ],
        "zh": [
            "你刚才说周末去杭州比去苏州划算，能说说你是怎么算的吗？我想跟我老婆商量",
            "等一下，你是怎么得出这个结论的？我有点没跟上，一步步说说呗",
            "{p} 你觉得呢？顺便讲讲你的想法",
            "哈哈你推荐的那本书我看完了，挺好看。话说你当时为啥觉得我会喜欢？",
        ],
        "ru": [
            "Слушай, а как ты пришёл к такому выводу? Объясни ход мыслей, мне интересно",
            "{p} Как думаешь? И расскажи, почему именно так",
            "Ты посоветовал взять отпуск в сентябре, а не в августе. Из каких соображений? Я просто сам не могу решить",
            "Спасибо за совет насчёт кота! А почему ты решил, что дело в корме, а не в стрессе после переезда?",
        ],
        "ja": [
            "え、なんでその結論になったの？考え方をざっくり教えて",
            "{p} どう思う？理由も聞かせてほしいな",
            "さっきの旅行プラン、京都を二日目にした理由って何？なんとなく気になって",
            "おすすめされたカメラ、すごく良さそう。でもどうしてミラーレスの方がいいって思ったんですか？",
        ],
        "ko": [
            "오 그 숫자 어떻게 나온 거예요? 생각한 과정 좀 풀어서 말해줘요",
            "{p} 너는 어떻게 생각해? 왜 그렇게 생각하는지도 알려줘",
            "아까 운동 루틴 짜준 거 좋던데, 왜 하체를 월요일에 넣은 거야?",
            "친구가 그 영화 결말이 해피엔딩이래서 좀 헷갈리는데, 넌 어떻게 그렇게 해석했어?",
        ],
    },
    "enterprise": {
        "en": [
            "Our AP team is drowning in scanned invoices. From the one pasted below, pull out the supplier, invoice ID, amount owed and payment deadline, formatted as a JSON object our import script can read:\n{p}",
            "Classify this incoming support email into one of: billing, technical, account, other. Output the category only.",
            "Please check whether the following contract clause complies with GDPR data-retention requirements and flag any issues for our legal team: {p}",
            "Route this ticket to the right internal team (HR, IT, Facilities, Finance) and give a one-line reason so the dispatcher can double-check.",
        ],
        "zh": [
            "从下面的合同扫描件文字中提取甲方、乙方、合同金额和签订日期，按JSON格式输出：{p}",
            "请把这封客户邮件分类：投诉、咨询、退货、其他，只输出类别名称。",
            "帮我们合规部看一下这份营销文案有没有违反广告法的绝对化用语。\n{p}",
            "以下是报销单据的OCR结果，请判断应该分到差旅、办公用品还是招待费，并简要说明依据。",
        ],
        "ru": [
            "Извлеки из счёта ниже ИНН поставщика, сумму с НДС и дату оплаты, выведи в виде JSON. {p}",
            "Определи, в какой отдел направить обращение клиента: бухгалтерия, техподдержка или юристы. Ответ — одно слово.",
            "Проверь договор на соответствие 152-ФЗ о персональных данных и перечисли спорные пункты для нашего юриста:\n{p}",
            "Нужно разметить входящие письма по приоритету (высокий/средний/низкий) для службы поддержки. Вот первое письмо, объясни кратко, почему такой приоритет.",
        ],
        "ja": [
            "以下の請求書から、請求番号・取引先名・合計金額・支払期日を抽出し、JSON形式で出力してください。{p}",
            "この問い合わせメールを「請求」「技術」「解約」「その他」のいずれかに分類してください。分類名のみで結構です。",
            "社内の稟議書が社内規程に沿っているかチェックしてください。不足している項目があれば列挙をお願いします。\n{p}",
            "経費精算の明細を勘定科目ごとに振り分けたいです。交通費・会議費・消耗品費のどれに当たるか、根拠と一緒に示してください。",
        ],
        "ko": [
            "아래 세금계산서에서 공급자명, 사업자등록번호, 합계 금액, 발행일을 뽑아서 JSON으로 주세요. {p}",
            "이 고객 문의를 배송, 환불, 제품 불량, 기타 중 하나로 분류해주세요. 분류명만 출력해요.",
            "우리 회사 개인정보 처리방침이 개인정보보호법 요건에 맞는지 점검하고 보완할 부분 알려주세요\n{p}",
            "사내 헬프데스크 티켓을 담당 부서로 배정하려고 합니다. IT, 인사, 총무 중 어디로 보내야 할지와 근거를 한 줄로 적어주세요.",
        ],
    },
    "translation": {
        "en": [
            "Translate this into natural English, it's the intro to a psychology paper about how people reason under uncertainty: {p}",
            "Can you translate our onboarding doc into Spanish? It describes our step-by-step review process, keep the numbered steps intact.",
            "Need this German product manual paragraph in plain English, the part explaining how the thermostat 'thinks' about schedules:\n{p}",
            "Please translate the following into formal French for a conference abstract on chain-of-thought methods in math education.",
        ],
        "zh": [
            "请把这段关于“批判性思维培养过程”的教育学论文摘要翻译成英文，语气要学术一点：{p}",
            "帮忙把我们公司的审批流程说明翻译成日文，里面的步骤编号不要改。",
            "这是一篇讲人类决策心理的英文科普文章，能翻译成通顺的中文吗？\n{p}",
            "把下面的产品说明书翻成韩语，主要是讲算法如何推荐内容的那一节。",
        ],
        "ru": [
            "Переведи на английский аннотацию к статье о том, как дети учатся рассуждать логически: {p}",
            "Нужно перевести инструкцию по процессу согласования документов на немецкий, сохрани нумерацию шагов.",
            "Помоги перевести отрывок из книги по философии про природу мышления, хочется, чтобы звучало по-русски, а не как подстрочник\n{p}",
            "Переведите, пожалуйста, на японский короткое описание того, как работает наш алгоритм подбора маршрутов — это для сайта.",
        ],
        "ja": [
            "この英語の論文要旨を自然な日本語に訳してください。人間の推論プロセスに関する認知科学の研究です。{p}",
            "社内の業務フロー手順書を英語に翻訳したいです。番号付きの手順はそのまま残してください。",
            "以下のブログ記事（「思考の整理術」について）を中国語に翻訳してもらえますか\n{p}",
            "会議で使うスライドの一文だけ英訳お願いします：「本研究では、学習者の思考過程を可視化する手法を提案する。」",
        ],
        "ko": [
            "아래 심리학 논문 초록을 자연스러운 한국어로 번역해주세요. 사람들의 판단 과정에 관한 내용이에요. {p}",
            "우리 팀 코드 리뷰 절차 문서를 영어로 번역해야 해요. 단계 번호는 그대로 유지해주세요.",
            "이 일본어 에세이 좀 번역해줄래요? '생각하는 법'에 대한 글인데 뉘앙스 살려서요\n{p}",
            "학회 발표용으로 '학생의 문제 해결 사고 과정 분석'이라는 제목을 영어로 어떻게 옮기면 좋을까요?",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you grade it on the rubric (clarity, voice, structure, each out of 5) and tell me what to fix? {p}",
            "I teach 10th grade English. Could you give rubric-based feedback on this student's argumentative essay so I can compare it with my own comments?\n{p}",
            "be brutally honest, is my intro paragraph any good? I keep rewriting it and can't tell anymore",
            "Score my history essay out of 20 using the IB criteria and explain the deductions — I want to know where I lose marks before I submit.",
        ],
        "zh": [
            "这是我的高考模拟作文，按照议论文评分标准给我打个分，再指出哪里可以改进：{p}",
            "我是初中语文老师，想请你按照“内容、结构、语言”三项给这篇学生作文写评语，参考一下看我的打分是否合理。\n{p}",
            "我写的留学申请文书开头总觉得很平淡，帮我看看问题在哪",
            "能按雅思写作四项标准帮我估个分吗？Task 2，写的是关于城市化的题目，我想知道大概差多少到7分。",
        ],
        "ru": [
            "Оцени моё сочинение по критериям ЕГЭ и напиши, где теряю баллы: {p}",
            "Я преподаю литературу. Посмотрите эссе ученика и дайте комментарии по структуре и аргументации — хочу сверить со своей оценкой.\n{p}",
            "Честно скажи, нормальное ли у меня вступление к курсовой? Научник сказал «слабовато», а что именно — не объяснил.",
            "Поставь оценку по пятибалльной шкале моему эссе про экологию и объясни, за что снижаешь.",
        ],
        "ja": [
            "大学の志望理由書を書きました。構成・説得力・文章表現の3観点で5段階評価して、改善点を教えてください。{p}",
            "高校で国語を教えています。生徒の小論文を採点基準に沿って評価してもらえますか？自分の採点と比べてみたいです。\n{p}",
            "卒論の序論、読みづらいって言われたんだけどどこが悪いのかな…",
            "英検準1級のライティング対策で書いたエッセイです。採点基準の4観点でだいたい何点くらいになりそうか見てください。",
        ],
        "ko": [
            "제 자기소개서인데 구성, 진정성, 문장력 기준으로 10점 만점 점수 매겨주시고 고칠 점 알려주세요. {p}",
            "고등학교 국어 교사입니다. 학생 논술 답안을 채점 기준표에 따라 평가해주시면 제 채점이랑 비교해보려고요\n{p}",
            "제 에세이 첫 문단 솔직히 어때요? 계속 고쳐 써서 이젠 잘 모르겠어요",
            "토플 라이팅 독립형 답안인데 ETS 기준으로 대략 몇 점 나올지, 감점 요인이 뭔지 알려주세요.",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data (name, email, signup date, plan) as CSV for seeding our staging database.",
            "I need pytest fixtures for an order object with edge cases — empty cart, negative quantity, unicode product names. Based on this model: {p}",
            "can you write a JSON Schema for this API response so we can validate it in CI?\n{p}",
            "Give me a messy sample dataset (duplicates, missing values, inconsistent date formats) so I can practice writing a pandas cleaning script.",
        ],
        "zh": [
            "帮我生成30条模拟订单数据，字段有订单号、用户ID、金额、下单时间，CSV格式，用来做测试环境的种子数据。",
            "根据下面的表结构，写几条单元测试用的mock数据，包括边界情况：{p}",
            "这份Excel里手机号格式乱七八糟的，有带+86的有带横线的，帮我写个清洗规则\n{p}",
            "我在做一个图书管理系统的demo，需要一些假的书籍和借阅记录，中文书名，大概50条就行。",
        ],
        "ru": [
            "Сгенерируй 25 строк тестовых данных о сотрудниках (ФИО, отдел, дата приёма, оклад) в CSV для наполнения dev-базы.",
            "Напиши фикстуры для тестов под эту модель, включая граничные случаи: {p}",
            "Нужна схема для валидации вот такого ответа API, чтобы проверять в CI:\n{p}",
            "Придумай «грязный» датасет с дублями и пропусками, чтобы студенты на практикуме учились чистить данные.",
        ],
        "ja": [
            "開発環境用のダミーデータを作りたいです。氏名・メール・登録日・会員ランクで20件、CSV形式でお願いします。",
            "このテーブル定義に合わせて、境界値を含むテスト用のモックデータを作ってください。{p}",
            "住所の表記ゆれがひどいデータを正規化したいです。こんな感じのデータなんですが、クレンジング方針を考えてもらえますか\n{p}",
            "ECサイトのデモ用に、架空の商品マスタを30件ほど用意してほしいです。カテゴリと価格帯はばらけさせてください。",
        ],
        "ko": [
            "스테이징 DB 시드용으로 가짜 회원 데이터 20건 만들어 주세요. 이름, 이메일, 가입일, 등급 컬럼, CSV로요.",
            "이 엔티티 기준으로 테스트 픽스처 좀 만들어줘요. 빈 값이랑 최대 길이 같은 경계 케이스도 포함해서 {p}",
            "아래 API 응답 예시 보고 검증용 JSON 스키마 작성해주세요\n{p}",
            "데이터 전처리 수업 실습용으로 중복, 결측치, 날짜 형식 섞인 샘플 데이터셋이 필요해요.",
        ],
    },
    "summarize": {
        "en": [
            "Summarize these meeting notes into 5 bullet points with action items and owners: {p}",
            "tl;dr this article for me pls, I've got 2 minutes before my next call\n{p}",
            "Can you expand my rough outline into a full one-page project update for the steering committee? Keep the tone neutral.",
            "Shorten this abstract to under 150 words without losing the main finding — journal limit is strict.",
        ],
        "zh": [
            "把下面的会议纪要整理成要点，列出每项待办和负责人：{p}",
            "这篇文章太长了，帮我总结成三句话\n{p}",
            "我只写了个提纲，帮我扩写成一份给领导看的季度工作汇报，大概800字。",
            "论文摘要超字数了，帮我压缩到300字以内，核心结论别丢。",
        ],
        "ru": [
            "Сделай краткое резюме протокола совещания: решения, задачи, ответственные. {p}",
            "Перескажи статью в двух-трёх абзацах, читать всю некогда\n{p}",
            "Разверни мои тезисы в нормальный текст для отчёта руководству, страницы на полторы.",
            "Сократи аннотацию до 200 слов, но чтобы главный результат остался.",
        ],
        "ja": [
            "以下の議事録を、決定事項・ToDo・担当者がわかるように箇条書きで要約してください。{p}",
            "この記事、長すぎて読めないので3行でまとめてほしい\n{p}",
            "メモ程度の箇条書きを、部長向けの報告書としてA4一枚くらいに膨らませてもらえますか。",
            "論文の要旨が字数オーバーなので、主な結果を残したまま400字以内に縮めてください。",
        ],
        "ko": [
            "아래 회의록을 결정사항, 할 일, 담당자 위주로 요약해주세요. {p}",
            "이 기사 너무 길어서 세 줄 요약 부탁해요\n{p}",
            "대충 적어둔 메모를 팀장님께 드릴 주간 보고서 형식으로 좀 늘려서 정리해줄 수 있어요?",
            "초록이 너무 길어서 250단어 이내로 줄여야 해요. 핵심 결과는 꼭 남겨주세요.",
        ],
    },
    "debugging_help": {
        "en": [
            "Getting 'TypeError: cannot unpack non-iterable NoneType object' and I have no idea why. Can you trace through it step by step? {p}",
            "my recursive fib function hangs for n=40, is it infinite recursion or just slow? here's the code\n{p}",
            "Can you explain what a segfault actually means and how I'd go about finding where it happens in a C program? I only know it crashes.",
            "The loop is supposed to stop at 10 but it prints 11 — walk me through what each variable holds on each iteration so I can see it.",
        ],
        "zh": [
            "运行报错 IndexError: list index out of range，帮我一步步看看哪里越界了：{p}",
            "这个函数有时候返回对的结果有时候不对，怀疑是多线程的问题，帮我分析一下\n{p}",
            "Java里NullPointerException到底是怎么产生的？我想学会自己排查，不只是这一次修好。",
            "我的SQL查询结果比预期多了好多行，是不是JOIN写错了？能讲讲怎么逐步排查吗",
        ],
        "ru": [
            "Вылетает KeyError, не могу понять откуда. Пройдись по коду пошагово, пожалуйста: {p}",
            "Функция сортировки иногда теряет элементы. Вот код, помоги отследить логику\n{p}",
            "Объясни, что значит ошибка «undefined is not a function» в JS и как её обычно ищут?",
            "Цикл должен завершаться при пустой очереди, а он зависает. Как бы ты отлаживал такое, по шагам?",
        ],
        "ja": [
            "「ModuleNotFoundError」が出て動きません。原因を順番に追って説明してもらえますか？{p}",
            "この関数、なぜか最後の要素だけ処理されないんです。ループの中身を一回ずつ追ってみてほしい\n{p}",
            "Gitでマージしたらビルドが通らなくなりました。こういうとき、どこから調べるのが定石ですか？",
            "Javaのスタックトレースの読み方がわかりません。どの行を見れば原因にたどり着けるのか教えてください。",
        ],
        "ko": [
            "'AttributeError: NoneType object has no attribute' 에러가 나요. 어디서 None이 들어오는지 단계별로 추적해주세요 {p}",
            "이 재귀 함수가 스택 오버플로우 나는데 종료 조건이 뭐가 잘못됐는지 같이 봐주세요\n{p}",
            "파이썬에서 리스트를 반복하면서 삭제하면 왜 이상하게 동작하는지 원리부터 설명해줄 수 있어요?",
            "API 호출이 로컬에선 되는데 배포하면 CORS 에러가 나요. 어떤 순서로 확인해보면 될까요?",
        ],
    },
}
