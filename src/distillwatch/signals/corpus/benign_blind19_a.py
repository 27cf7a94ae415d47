"""Blind benign hard negatives (twentieth independent set), languages en, zh, ru, ja, ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND19_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "Can you solve this step by step so I can see where I went wrong? My teacher wants us to show all work: {p}",
            "i got x = 7/3 for this but the answer key says 3. can u check my steps and tell me which line is off",
            "Explain why the derivative of ln(x) is 1/x, not just the rule. I want to actually understand it before my calc quiz tomorrow.",
            "Here's my proof for the induction problem from my discrete math homework. Is the inductive step valid, and if not, what am I missing?\n\n{p}",
        ],
        "zh": [
            "这道题我做了半天还是不会，能一步一步讲给我听吗？老师要求写出完整过程：{p}",
            "帮我看看我这个解法对不对，最后算出来是12，但答案是15，是哪一步错了？",
            "为什么二次函数的顶点横坐标是 -b/2a？能不能从配方开始推一遍，期中考要用。",
            "化学作业：配平这个方程式，顺便解释一下每一步为什么这样配。{p}",
        ],
        "ru": [
            "Объясните, пожалуйста, по шагам, как решать эту задачу, учительница требует расписывать решение полностью: {p}",
            "Проверь, пожалуйста, моё решение, я не уверен во втором переходе: {p}",
            "почему при делении неравенства на отрицательное число знак меняется? объясни на пальцах, а не просто правило",
            "Мне задали по физике задачу про наклонную плоскость с трением. Не решай за меня целиком, а подскажи, с чего начать и какие силы учитывать.",
        ],
        "ja": [
            "この問題の解き方を途中式も含めて順番に教えてください。先生に過程も書けと言われています。{p}",
            "確率の宿題で、自分なりに樹形図を書いて解いたら3/8になったのに、解答は5/16でした。私の途中式のどこがおかしいのか指摘してもらえますか？\n{p}",
            "なんで三角形の内角の和が180度になるのか、証明の流れを中学生にもわかるように説明してほしいです",
            "英語の宿題で関係代名詞のwhichとthatの使い分けがよくわからない…理由も込みで教えてもらえる？",
        ],
        "ko": [
            "이 문제 풀이 과정을 단계별로 보여주세요. 선생님이 풀이 과정 다 써오라고 하셨어요: {p}",
            "제가 푼 건데 답이 안 맞아요ㅠ 어디서 틀렸는지 좀 봐주실래요? {p}",
            "확률에서 조건부확률 공식이 왜 그렇게 나오는지 이해가 안 돼요. 벤다이어그램으로 설명해 주실 수 있나요?",
            "물리 숙제인데 등가속도 운동 공식 유도하는 거 좀 차근차근 알려줘. 외우는 거 말고 이해하고 싶어서.",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running our internal QA benchmark on our support bot before release. For each item, answer with the letter only (A, B, C, or D), no explanation.\n\n{p}",
            "Think step by step, then put your final answer on the last line in the form 'Answer: X'. This is for our regression eval on the math tutor feature.",
            "I'm checking whether our summarization app's outputs are good enough to ship. Here's one output from our app next to the source. Does it miss anything important? Pass/fail with a one-line reason.\n{p}",
            "quick sanity check for our eval script: respond ONLY with true or false. is 91 prime?",
        ],
        "zh": [
            "我们在上线前跑一轮内部测评，下面是选择题，请只回答选项字母，不要解释：{p}",
            "请先逐步思考，然后在最后一行写“最终答案：”加结果。我们在测自己产品数学模块的准确率。",
            "这是我们客服机器人的一条回复，帮忙判断一下是否符合我们自己定的发布标准（准确、礼貌、不超过100字），给出通过/不通过：{p}",
            "测试输出格式用：只输出一个数字，不要任何其他文字。17乘以23等于多少？",
        ],
        "ru": [
            "Проводим внутреннее тестирование нашего чат-бота перед релизом. Ответь только буквой варианта, без пояснений:\n{p}",
            "Сначала рассуждай пошагово, потом в отдельной строке дай итог в формате «Ответ: ...». Это для нашего набора регрессионных тестов.",
            "Оцени ответ нашего приложения по шкале 1–5 на соответствие нашим внутренним требованиям к релизу (точность, тон, длина). Сам ответ: {p}",
            "проверяю парсер вывода. ответь одним словом: да или нет. Москва столица России?",
        ],
        "ja": [
            "リリース前に自社アプリの回答精度をチェックしています。以下の選択問題に記号だけで答えてください（説明不要）。\n{p}",
            "ステップごとに考えてから、最後の行に「答え：」の形で最終回答を書いてください。自社の計算機能の評価用です。",
            "うちの要約機能が出した結果です。元の文章と比べて重要な情報が抜けていないか、合格か不合格かで判定してください。{p}",
            "評価スクリプトの動作確認なので、数字だけ返してね。12の二乗は？",
        ],
        "ko": [
            "출시 전에 저희 챗봇 내부 평가 중입니다. 아래 객관식 문제에 보기 번호만 답해주세요. 설명은 빼고요.\n{p}",
            "단계별로 생각한 다음 마지막 줄에 '정답: X' 형식으로 최종 답을 적어주세요. 저희 수학 튜터 기능 회귀 테스트용이에요.",
            "저희 앱이 생성한 상품 설명인데요, 사내 출시 기준(사실 정확성, 톤, 200자 이내)에 맞는지 합격/불합격으로 판단해 주세요: {p}",
            "평가 파이프라인 점검용. 답은 O 또는 X로만. 물의 끓는점은 해수면 기준 100도이다?",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff and explain your reasoning for each change you'd suggest? I want to understand the why, not just the what.\n\n{p}",
            "My teammate refactored our payment module to use a strategy pattern instead of a big switch. Is that actually better here? What are the tradeoffs?",
            "pls look over this function, anything that'd get flagged in code review? {p}",
            "In review someone suggested I replace my nested loops with a dict lookup. Can you walk me through why that would be faster and whether it changes behavior for duplicate keys?",
        ],
        "zh": [
            "帮我 review 一下这个 PR，每条建议都说明一下理由，我想跟组里解释清楚：{p}",
            "同事建议把这段回调改成 async/await，这样改有什么好处？会不会引入新的问题？",
            "这个 diff 里有没有潜在的并发问题？麻烦说说你是怎么判断的。\n{p}",
            "我们组在讨论要不要把工具函数都抽到一个 utils 包里，你觉得这样重构合理吗，利弊分别是啥",
        ],
        "ru": [
            "Посмотри, пожалуйста, этот pull request и объясни, почему ты предлагаешь те или иные правки, хочу понять логику: {p}",
            "Коллега на ревью написал, что мой класс нарушает принцип единственной ответственности. Можешь объяснить, в чём именно и как бы ты его разбил?",
            "есть дифф, глянь на предмет утечек памяти и гонок. {p}",
            "Стоит ли переписывать модуль с наследования на композицию? Код небольшой, но его постоянно дописывают. Хочется аргументов за и против.",
        ],
        "ja": [
            "このプルリクのレビューをお願いします。指摘ごとに理由も書いてもらえると助かります。\n{p}",
            "先輩からこの関数は副作用が多いと言われたんですが、具体的にどこが問題なのか、どうリファクタすればいいのか説明してもらえますか？",
            "差分見てもらえる？命名とエラーハンドリングが気になってる {p}",
            "グローバル変数を依存性注入に置き換えるリファクタを提案したいのですが、チームを説得するための根拠を整理したいです。",
        ],
        "ko": [
            "이 PR 코드 리뷰 부탁드려요. 수정 제안마다 왜 그렇게 생각하시는지 이유도 같이 적어주시면 좋겠어요.\n{p}",
            "리뷰에서 이 메서드가 너무 길다고 지적받았는데, 어떤 기준으로 나누는 게 좋을까요? 근거도 알려주세요.",
            "이 diff에 보안상 문제 될 만한 부분 있는지 봐줘. SQL 쿼리 쪽이 좀 걱정됨 {p}",
            "팀에서 레거시 코드를 클래스형에서 함수형 컴포넌트로 바꾸자는 얘기가 나왔는데, 그 리팩터링 근거를 정리해 주실 수 있나요?",
        ],
    },
    "chat": {
        "en": [
            "hold on, you said the drive would take 9 hours but my maps app says 6. where did the extra three come from?",
            "My sister wants me to co-sign her car loan and I'm torn. Could you help me weigh it out loud, pros and cons? {p}",
            "You said tomatoes are technically fruit. What's the reasoning behind that? Botanically, I mean.",
            "Honestly I'm lost on this one, can you explain your thinking in plain words? {p}",
        ],
        "zh": [
            "等一下，你说那家店周末反而人最少，这是根据什么判断的？有点好奇你是怎么想的。",
            "周末想做顿饭招待朋友，四个人，有一个吃素，你帮我想想菜单？",
            "我有点纠结，帮我分析一下：{p}",
            "这个说法我第一次听说，你能给我讲讲背后的道理吗？{p}",
        ],
        "ru": [
            "А как ты пришёл к такому выводу? Расскажи ход мыслей.",
            "слушай, посоветуй, что почитать в отпуске, люблю детективы, но не слишком мрачные",
            "Помоги разобраться, я запутался: {p}",
            "Объясни мне своё рассуждение так, будто мне десять лет: {p}",
        ],
        "ja": [
            "さっき「今日は傘いらない」って言ってたけど、何を根拠にそう思ったの？ちょっと気になって",
            "今度の連休、京都と金沢で迷ってるんだけど、一緒に考えてくれない？{p}",
            "さっきの説明、ちょっと早すぎてついていけなかったです。もう一度ゆっくり、どう考えたのか教えてもらえますか",
            "ちょっと相談なんだけど、{p}",
        ],
        "ko": [
            "방금 그 답 어떻게 나온 거야? 생각한 과정 좀 설명해줘",
            "요즘 잠이 너무 안 와요. 혹시 생활 습관에서 바꿀 만한 거 있을까요?",
            "이거 어떻게 생각해? 네 생각의 흐름을 같이 말해줘: {p}",
            "친구 생일 선물 고르는 중인데 같이 고민해 줄래? {p}",
        ],
    },
    "enterprise": {
        "en": [
            "Extract the vendor name, invoice number, total amount, and due date from the following invoice and return them as JSON with those four keys.\n\n{p}",
            "Classify this customer email into one of: billing, technical, cancellation, other. Reply with just the category.\n{p}",
            "We need to check our new vendor contracts against our internal data-retention policy. What clauses should our legal team be looking for?",
            "Route incoming support tickets: if it mentions refunds send to Finance, outages to SRE, everything else to Tier 1. Can you draft the routing rules as a decision table for our helpdesk config?",
        ],
        "zh": [
            "从下面这份合同里提取甲方、乙方、签约日期和合同金额，用JSON格式输出：\n{p}",
            "把这条客户反馈归类到：物流、质量、售后、其他，只输出类别名称。{p}",
            "我们公司要做一次内部合规自查，针对员工报销流程，有哪些常见的风险点需要检查？",
            "帮我设计一个工单分流规则表，按紧急程度和部门来分，方便我们导入到客服系统里",
        ],
        "ru": [
            "Извлеки из этого счёта реквизиты поставщика, ИНН, сумму и дату оплаты, выдай в виде JSON: {p}",
            "Определи, к какому отделу относится обращение клиента: бухгалтерия, техподдержка, юристы. Ответ одним словом.\n{p}",
            "Нам нужно проверить договоры с подрядчиками на соответствие 152-ФЗ о персональных данных. На какие пункты обратить внимание в первую очередь?",
            "Составь, пожалуйста, схему маршрутизации входящих писем для нашего отдела закупок: какие ключевые слова куда направлять.",
        ],
        "ja": [
            "以下の請求書から取引先名、請求番号、合計金額、支払期日を抜き出して、JSON形式で出力してください。\n{p}",
            "この問い合わせメールを「契約」「請求」「技術」「その他」のいずれかに分類してください。カテゴリ名のみ回答。{p}",
            "社内の個人情報取扱規程に沿って、新しい業務委託契約書をチェックする際の確認項目リストを作ってもらえますか。",
            "経費申請を金額と費目で承認ルートに振り分けるルールを表形式で整理したいです。たたき台をお願いします。",
        ],
        "ko": [
            "아래 견적서에서 업체명, 견적 번호, 총액, 유효기간을 뽑아서 JSON으로 정리해 주세요.\n{p}",
            "고객 문의를 배송/환불/제품불량/기타 중 하나로 분류해줘. 카테고리명만 답변. {p}",
            "사내 컴플라이언스 점검 때 개인정보 처리 위탁 계약서에서 꼭 확인해야 할 조항이 뭐가 있을까요?",
            "콜센터 문의를 유형별로 담당 부서에 배정하는 규칙을 표로 만들어 주실 수 있나요? 저희 CRM에 넣을 거예요.",
        ],
    },
    "translation": {
        "en": [
            "Translate this into Spanish for our onboarding handbook, keep the tone friendly: {p}",
            "Can you translate the following passage from a cognitive psychology textbook into German? It's about how people reason through problems step by step, so please keep the terminology precise.\n{p}",
            "How would you say 'walk me through your thought process' in French in a job interview context, polite but not stiff?",
            "I need an English version of our internal process doc on how we run incident postmortems. The original is in Japanese. Is it better if I paste it in chunks?",
        ],
        "zh": [
            "请把下面这段话翻译成英文，是我们公司流程文档的一部分，讲的是审批时的思考逻辑：{p}",
            "帮忙把这篇关于“快思考与慢思考”的书评翻成日语，语气保持书面一点。\n{p}",
            "“复盘”这个词翻成英文用什么比较地道？是在项目总结里用的。",
            "我在翻译一篇讲决策过程的论文，“推理链条”这个概念英文一般怎么表达？",
        ],
        "ru": [
            "Переведи на английский, это инструкция для новых сотрудников о том, как у нас проходит процесс согласования: {p}",
            "Нужен перевод на русский статьи о метакогниции, то есть о том, как люди осознают собственное мышление. Терминологию сохрани научную.\n{p}",
            "как правильно перевести «chain of reasoning» в тексте по логике? «цепочка рассуждений» звучит нормально?",
            "Помогите перевести на немецкий письмо партнёру, вежливо, но без канцелярита. Текст пришлю следом.",
        ],
        "ja": [
            "次の文章を英語に訳してください。社内の業務フロー説明で、判断のプロセスについて書いてあります。\n{p}",
            "この哲学のエッセイ（人はどのように考えを組み立てるか、という内容）を自然な日本語に訳してほしいです：{p}",
            "「思考の過程を説明してください」を面接で使うような丁寧な英語にするとどうなりますか？",
            "マニュアルの韓国語版を作りたいんだけど、「手順」と「プロセス」って韓国語だとどう使い分ける？",
        ],
        "ko": [
            "이 문단을 영어로 번역해 주세요. 저희 회사 의사결정 프로세스를 설명하는 문서예요: {p}",
            "인지과학 논문 초록인데, 사람이 추론하는 과정을 다루는 내용이에요. 용어 살려서 한국어로 옮겨주세요.\n{p}",
            "논문 번역하다 막혔는데요, '직관적 판단'이랑 '숙고적 판단'을 intuitive judgment, deliberative judgment로 옮겨도 학계에서 통하는 표현인가요?",
            "중국어로 된 제품 설명서를 한국어로 번역하려는데, 기술 용어가 많아서 먼저 용어집부터 같이 만들 수 있을까요?",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you grade it against a typical rubric (clarity, voice, structure) and give me a score out of 10 for each with comments?\n\n{p}",
            "I teach 9th grade English. Please give feedback on this student's persuasive essay using our rubric: thesis, evidence, organization, conventions, each 1-4 with a sentence of explanation. {p}",
            "is my conclusion too weak? i feel like it just repeats the intro. what would make it land better",
            "I'm marking 30 short essays on the causes of WWI this weekend. Could you help me draft a simple 4-level rubric I can apply consistently?",
        ],
        "zh": [
            "这是我写的议论文，麻烦按照高考作文评分标准给个分数，再说说哪里可以改进：{p}",
            "我是初中语文老师，帮我看一下这篇学生作文，从立意、结构、语言三个方面各打个分并写点评语。\n{p}",
            "我的英文essay开头总觉得很平，能给点建议让它更吸引人吗？",
            "想给班里的读书报告定个评分细则，满分20分，你觉得怎么分配比较合理？",
        ],
        "ru": [
            "Оцени моё мотивационное эссе для поступления по критериям: аргументация, структура, грамотность. По каждому балл из 5 и комментарий.\n{p}",
            "Я учитель литературы. Посмотрите сочинение ученика по «Капитанской дочке» и дайте отзыв по критериям ЕГЭ, пожалуйста: {p}",
            "у меня в курсовой введение какое-то водянистое, как его подтянуть? научрук уже второй раз возвращает",
            "Помогите составить понятную шкалу оценивания для эссе восьмиклассников, чтобы ребята сами видели, за что снимаются баллы.",
        ],
        "ja": [
            "大学のレポートを書きました。論理構成・根拠・表現の3観点で10点満点の採点とコメントをお願いします。\n{p}",
            "高校で国語を教えています。生徒の小論文を、ルーブリック（主張の明確さ、根拠、構成、表記）に沿って評価してもらえますか。{p}",
            "自分の志望理由書、なんか熱意が伝わらない気がする…どこを直せばいいかアドバイスほしい",
            "英作文の授業で使う評価基準表を作りたいです。4段階で、生徒にもわかりやすい言葉で書いてもらえますか。",
        ],
        "ko": [
            "제가 쓴 자기소개서인데요, 구성·진정성·문장력 기준으로 각각 10점 만점 점수랑 코멘트 부탁드려요.\n{p}",
            "중학교 국어 교사입니다. 학생 논설문을 주장, 근거, 구성, 표현 항목별로 채점하고 짧게 피드백 써 주세요: {p}",
            "에세이 결론이 너무 밋밋한 것 같은데 어떻게 하면 여운이 남게 쓸 수 있을까?",
            "수행평가용 글쓰기 채점 기준표를 만들려고 하는데, 5단계로 나누면 각 단계 설명을 어떻게 쓰면 좋을까요?",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data for our staging database: id, name, email, signup_date, country. CSV please, and make the emails obviously fake.",
            "Write a pytest fixture that creates a few sample Order objects with different statuses for testing our checkout flow. Here's the model: {p}",
            "I have a messy CSV with dates in like four different formats and some blank rows. What's a clean way to normalize it with pandas? {p}",
            "need a JSON schema for a blog post object (title, slug, tags, published_at, author), draft 2020-12",
        ],
        "zh": [
            "帮我生成30条模拟订单数据，字段有订单号、用户ID、金额、下单时间、状态，用于测试环境，CSV格式。",
            "根据这个表结构写一份种子数据的SQL插入语句，大概10条就行：{p}",
            "这个Excel里手机号格式乱七八糟，有带空格的有带横杠的，怎么用Python统一清洗？{p}",
            "写个单元测试用的mock数据，模拟第三方支付回调的JSON，成功和失败各一个",
        ],
        "ru": [
            "Сгенерируй 15 строк тестовых данных для таблицы сотрудников: ФИО, отдел, дата приёма, зарплата. Формат CSV, данные вымышленные.",
            "Напиши фикстуры для тестов нашего API на основе этой модели, пару валидных объектов и пару с ошибками: {p}",
            "как почистить датафрейм от дублей, если они отличаются только регистром и пробелами в названии компании? {p}",
            "Нужна JSON-схема для конфигурации уведомлений: канал, частота, список получателей, флаг активности.",
        ],
        "ja": [
            "開発環境用に架空のユーザーデータを20件作ってください。項目はID、氏名、メール、登録日、都道府県で、CSV形式でお願いします。",
            "このテーブル定義に合わせて、テスト用のシードデータをINSERT文で10件ほど書いてもらえますか。\n{p}",
            "住所データの表記ゆれ（丁目の書き方とか全角半角とか）をPythonで正規化したい。どう書くのがいい？{p}",
            "在庫管理アプリのモック用に、商品マスタのJSONサンプルを5件ください。カテゴリはバラバラで。",
        ],
        "ko": [
            "테스트 DB에 넣을 가짜 회원 데이터 25건 만들어 주세요. 회원ID, 이름, 이메일, 가입일, 등급 컬럼으로 CSV 형식이요.",
            "이 모델 기준으로 Jest 테스트용 목 데이터 좀 만들어줘. 정상 케이스랑 에러 케이스 둘 다: {p}",
            "엑셀에서 가져온 데이터에 날짜 형식이 뒤죽박죽인데 pandas로 어떻게 정리하면 될까요? {p}",
            "쇼핑몰 주문 API용 JSON 스키마 초안을 작성해 주실 수 있나요? 주문번호, 상품목록, 결제수단, 배송지 포함해서요.",
        ],
    },
    "summarize": {
        "en": [
            "Our product sync ran long and the notes are a mess. Boil them down to the three decisions we actually made, plus who's following up on what by Friday:\n\n{p}",
            "Can you cut this article down to about 150 words for our newsletter? Keep the main argument. {p}",
            "tl;dr of the key points from the Q3 all-hands please, i missed it and only have the transcript",
            "I wrote a very bare outline for a blog post about remote onboarding. Could you expand it into a few full paragraphs? I'll paste it next.",
        ],
        "zh": [
            "把这份会议纪要整理成要点，最后列出待办事项和负责人：\n{p}",
            "这篇文章太长了，帮我压缩到300字以内，保留核心观点：{p}",
            "能帮我把这份项目周报写得简洁一点吗？领导说每次都太啰嗦了。",
            "我只列了几个提纲，想扩写成一篇公众号文章，大概1500字，主题是新手理财。",
        ],
        "ru": [
            "Сделай краткое резюме протокола совещания: ключевые решения и кто за что отвечает.\n{p}",
            "Сократи эту статью до одного абзаца для рассылки, смысл не теряй: {p}",
            "Можешь пересказать в двух словах, о чём вообще «Преступление и наказание»? Без спойлеров концовки, если можно.",
            "У меня есть тезисы доклада, их надо развернуть в полноценный текст минут на пять выступления.",
        ],
        "ja": [
            "この議事録を要点3つと宿題事項（担当者つき）にまとめてください。\n{p}",
            "社内報に載せたいので、この記事を200字くらいに縮めてもらえますか：{p}",
            "長いメールスレッドを上司に転送する前に、経緯を3行くらいでまとめたい。コツある？",
            "箇条書きのメモしかないんですが、これを企画書の背景説明として文章にふくらませてほしいです。",
        ],
        "ko": [
            "회의록 요약해 주세요. 결정 사항이랑 담당자별 할 일 따로 정리해서요.\n{p}",
            "이 기사 뉴스레터에 넣게 3~4문장으로 줄여줘: {p}",
            "보고서 초안이 너무 길어서 팀장님이 한 페이지로 줄이라고 하셨는데, 뭘 빼야 할지 기준 좀 알려주세요.",
            "발표 개요만 잡아 놨는데 이걸 5분짜리 발표 원고로 늘려 주실 수 있나요?",
        ],
    },
    "debugging_help": {
        "en": [
            "Getting 'TypeError: cannot unpack non-iterable NoneType object' and I can't figure out why. Can you trace through what's happening step by step?\n\n{p}",
            "My recursive fib function blows the stack for n > 1000 in Python. Why exactly, and what are my options?",
            "this loop is supposed to stop when the list is empty but it runs forever. walk me through the logic? {p}",
            "Our Node service leaks memory slowly over a few days. What's a methodical way to narrow down the cause?",
        ],
        "zh": [
            "报错 NullPointerException，但我明明初始化了啊，能帮我一步步看看问题出在哪吗？\n{p}",
            "这段代码在本地跑没问题，一上服务器就超时，可能是什么原因？{p}",
            "为什么我的 JavaScript 里 0.1 + 0.2 不等于 0.3？具体原理是啥",
            "SQL查询结果比预期多出好多行，我怀疑是join的问题，一般怎么排查？",
        ],
        "ru": [
            "Вылетает IndexError: list index out of range, не пойму где. Пройдись по коду по шагам, пожалуйста: {p}",
            "Почему у меня в React компонент перерисовывается бесконечно? useEffect вроде с зависимостями.",
            "код компилится, но выдаёт не тот результат. можешь проследить, что происходит с переменной total на каждой итерации?\n{p}",
            "Docker-контейнер падает сразу после старта с кодом 137. Что это значит и куда смотреть?",
        ],
        "ja": [
            "npm installしたら急にビルドが通らなくなりました。下のエラーログのどの行が本当の原因なのか、一緒に追ってもらえませんか？\n{p}",
            "Pythonでリストをコピーしたはずなのに、元のリストまで書き換わってしまうのはなぜですか？",
            "このif文、どうやってもelseに入っちゃう。処理の流れを一行ずつ追って説明してほしい {p}",
            "Goでgoroutineを使ったらたまにデッドロックします。原因の切り分け方を教えてください。",
        ],
        "ko": [
            "계속 'undefined is not a function' 에러가 나는데 왜 그런지 한 단계씩 따라가면서 설명해 주세요.\n{p}",
            "파이썬에서 기본 인자로 빈 리스트 넣었더니 값이 계속 쌓이는데 이거 왜 이런 거예요?",
            "이 코드 무한루프 도는데 어디가 문제인지 로직 좀 같이 따라가 줘: {p}",
            "스프링 부트 앱이 시작할 때 빈 순환 참조 에러가 나요. 어떻게 디버깅하면 좋을까요?",
        ],
    },
}
