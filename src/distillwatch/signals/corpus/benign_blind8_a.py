"""Blind benign hard negatives (ninth independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND8_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "Can you solve this step by step so I can see where I went wrong? {p}",
            "ok so my answer for the limit was 1/2 but the book says 1/4. can u walk thru it and show each step, I need to actually understand it not just copy",
            "Here's my proof for the homework problem. Please check whether each step follows from the previous one and point out any gaps: {p}",
            "Why does dividing by a fraction mean multiplying by its reciprocal? My 10 year old asked and I couldn't explain it without just saying 'that's the rule'.",
        ],
        "zh": [
            "这道题我算了三遍都不对，能不能一步一步写出来给我看看？{p}",
            "老师要求写出完整的解题过程，不能只给答案。帮我看看我这个过程有没有漏掉的步骤：{p}",
            "为什么求导的时候链式法则要乘上内层函数的导数啊，课本上那段我看了好几遍还是没懂",
            "明天要交物理作业，斜面那道题我列了受力分析但是摩擦力方向拿不准，能讲讲怎么判断吗",
        ],
        "ru": [
            "Помогите, пожалуйста, разобраться с задачей по шагам, мне нужно понять решение, а не просто ответ: {p}",
            "Вот моё решение уравнения, проверьте, где ошибка? Ответ с учебником не сходится. {p}",
            "почему при умножении неравенства на отрицательное число знак меняется? объясните как для восьмиклассника",
            "Нам задали доказать теорему о сумме углов треугольника своими словами. Можете показать ход рассуждения, чтобы я потом сам записал?",
        ],
        "ja": [
            "この問題、途中式も含めて解き方を教えてもらえますか？答えだけだと理解できなくて…　{p}",
            "宿題の確認をお願いします。自分で解いた答えがこれなんですが、どこで間違えたか一緒に見てほしいです。{p}",
            "なんで三角形の内角の和って180度になるの？証明の流れをざっくり説明して",
            "化学のモル計算がどうしても苦手です。例題を一つ使って、一段階ずつ考え方を示していただけると助かります。",
        ],
        "ko": [
            "이 문제 풀이 과정을 단계별로 보여줄 수 있어? 답만 말고 왜 그렇게 되는지도 {p}",
            "제가 푼 방식이 맞는지 확인 좀 해주세요. 선생님이 풀이과정 다 써야 점수 준대요: {p}",
            "이차방정식 근의 공식은 왜 그렇게 생긴 거예요? 유도 과정을 하나씩 설명해주시면 감사하겠습니다",
            "낼 수학 숙제 제출인데 확률 문제에서 경우의 수 세는 게 자꾸 헷갈려요 ㅠㅠ 어떻게 생각하면 되는지 알려주세요",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running a regression check on our support bot before release. Read the question below and answer with the letter of the correct option only (A, B, C or D).\n\n{p}",
            "Think step by step, then give your final answer on the last line in the form 'Answer: X'. {p}",
            "I'm comparing two versions of our FAQ assistant. Here are both responses to the same customer question - which one is more accurate for our docs and why? Keep it short.",
            "quick sanity test for our internal quiz app: respond with just true or false, nothing else",
        ],
        "zh": [
            "我们在给自己的客服机器人做上线前测试。请只回答选项字母，不要解释。{p}",
            "请先逐步推理，最后单独一行写出最终答案。题目如下：{p}",
            "这是我们App新版本生成的几条商品描述，帮我看一下有没有明显的事实错误，发版前要过一遍",
            "内部测评用，回答格式：只输出数字，不带单位。",
        ],
        "ru": [
            "Проверяем нашего чат-бота перед релизом. Ответь только буквой правильного варианта: {p}",
            "Реши задачу, рассуждая пошагово, а в конце напиши итоговый ответ отдельной строкой после слова «Ответ:». {p}",
            "У нас две версии шаблона ответа для клиентов. Посмотри, какая из них понятнее и точнее соответствует нашей политике возвратов, и коротко обоснуй.",
            "Формат для нашего внутреннего теста: одно слово - да или нет. Без пояснений.",
        ],
        "ja": [
            "社内のQAボットのリリース前チェックです。次の問題に選択肢の記号だけで答えてください。{p}",
            "ステップごとに考えてから、最後の行に「最終回答：」として答えを書いてください。{p}",
            "うちのアプリが出した要約を2パターン並べました。どっちが元記事に忠実か、リリース判断の参考にしたいので意見ください",
            "評価用なので、回答は数値のみでお願いします。説明は不要です。",
        ],
        "ko": [
            "저희 상담 챗봇 배포 전 점검 중입니다. 정답 보기의 알파벳만 답해 주세요. {p}",
            "단계별로 생각한 다음 마지막 줄에 '정답: ' 형식으로 최종 답을 적어줘. {p}",
            "우리 앱 새 버전이 생성한 답변이랑 이전 버전 답변 중에 어느 쪽이 사용자 질문에 더 맞는지 봐줄래? 출시 판단용이야",
            "내부 퀴즈 기능 테스트용입니다. O 또는 X로만 답해주세요.",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff and explain the reasoning behind each change you'd suggest? {p}",
            "My teammate wants me to switch this loop to a list comprehension. Is that actually better here or just style? Walk me through the tradeoffs.",
            "Please go over this function before I merge it - looking for race conditions mainly.\n\n{p}",
            "why would you extract this into a separate class? the reviewer said 'SRP' and left, I'd like to understand the rationale before I refactor",
        ],
        "zh": [
            "帮我review一下这个diff，每条建议说下理由：{p}",
            "同事提的PR把所有的回调改成了async/await，我想知道这样改的好处和潜在风险在哪",
            "这段代码准备合进主干了，麻烦从可读性和性能两方面挑挑毛病 {p}",
            "为什么大家都建议把配置从代码里抽出来单独放？我们项目小，真有必要重构吗",
        ],
        "ru": [
            "Глянь мой пулреквест, пожалуйста, и объясни, почему ты предлагаешь те или иные правки: {p}",
            "Ревьюер написал «лучше через dependency injection», но без подробностей. Можешь объяснить, какие тут плюсы на моём примере?",
            "Нужен код-ревью этого диффа перед мержем, особенно интересуют утечки ресурсов. {p}",
            "Стоит ли разбивать этот класс на три? Он 600 строк, но работает. Хочу аргументы за и против, чтобы обсудить с командой.",
        ],
        "ja": [
            "このプルリクのレビューをお願いします。指摘ごとに理由も添えてもらえると助かります。{p}",
            "先輩に「この関数、責務が多すぎる」って言われたんですが、どこをどう分ければいいか考え方を教えてください",
            "マージ前に差分を見てほしい。特に例外処理まわり。{p}",
            "このリファクタリング案、チームで意見が割れてます。メリットとデメリットを整理してもらえますか？",
        ],
        "ko": [
            "이 PR 좀 리뷰해줄 수 있어? 수정 제안마다 왜 그런지도 같이 적어줘 {p}",
            "리뷰어가 이 부분 전략 패턴으로 바꾸라고 했는데, 그렇게 하면 뭐가 좋아지는지 잘 모르겠습니다. 설명 부탁드려요.",
            "머지 전에 이 diff에서 보안상 문제 될 만한 부분 있는지 봐주세요: {p}",
            "전역 변수 쓰지 말라는 코멘트 받았는데 솔직히 이 경우엔 편하거든요. 리팩토링해야 하는 근거가 뭘까요?",
        ],
    },
    "chat": {
        "en": [
            "Wait, how did you arrive at that number? Walk me through it.",
            "I'm trying to decide between two apartments, one closer to work and one cheaper. Can you think it through with me? {p}",
            "that's a surprising recommendation lol, what was your thinking there",
            "Here's what my friend told me: {p} Is that actually true or just an urban myth?",
        ],
        "zh": [
            "你刚才那个结论是怎么得出来的？说说你的思路",
            "周末想带爸妈出去玩，预算两千左右，你帮我想想怎么安排比较好 {p}",
            "哈哈你怎么知道的，讲讲你是怎么推出来的",
            "我朋友说了这么一句：{p} 你觉得他说得对吗？",
        ],
        "ru": [
            "А как ты к этому пришёл? Расскажи ход мысли, интересно.",
            "Не могу решить, брать ли собаку, живу в однушке и много работаю. Давай вместе порассуждаем? {p}",
            "Слушай, а почему ты так думаешь? Объясни по-человечески",
            "Мне тут сказали: {p} Это правда или байка?",
        ],
        "ja": [
            "え、どうしてそう思ったの？考えた順番で教えて",
            "転職するか迷ってて、ちょっと一緒に考えてくれない？{p}",
            "さっきの答え、どういう理屈でそうなったのか説明してもらえますか。",
            "友達がこう言ってたんだけど本当？→ {p}",
        ],
        "ko": [
            "오 그 답 어떻게 나온 거야? 생각한 과정 좀 알려줘",
            "이번 주말에 뭐 할지 고민인데 같이 생각해 줄래? {p}",
            "그렇게 추천하신 이유가 궁금해요. 어떤 점을 고려하셨는지 설명해 주실 수 있나요?",
            "친구가 이러던데 맞는 말이야? {p}",
        ],
    },
    "enterprise": {
        "en": [
            "Extract the invoice number, vendor name, total amount and due date from the document below and return them as JSON. {p}",
            "Classify each incoming support ticket into one of: billing, technical, account, other. Return only the label.",
            "Please check this vendor contract clause against our data retention policy and flag anything non-compliant: {p}",
            "route these emails to the right dept (HR / Finance / Legal / IT). output as a table with email subject + dept",
        ],
        "zh": [
            "从下面这份采购合同中提取甲方、乙方、金额、签订日期，按JSON格式输出：{p}",
            "请将以下客户反馈分类为：产品质量、物流、售后服务、其他。每条只输出类别。",
            "帮我检查一下这份报销单是否符合公司差旅制度，有问题的地方标出来 {p}",
            "我们要把客服工单自动分派到对应部门，能帮我设计一个分类标签体系吗？",
        ],
        "ru": [
            "Извлеки из счёта-фактуры ИНН поставщика, сумму с НДС и дату, верни в формате JSON: {p}",
            "Определи, к какому отделу относится обращение клиента: бухгалтерия, техподдержка, юристы. Только название отдела.",
            "Проверь, соответствует ли этот договор требованиям 152-ФЗ о персональных данных, и отметь спорные пункты. {p}",
            "Нужно разнести входящие письма по категориям для нашей CRM. Предложи структуру полей для выгрузки.",
        ],
        "ja": [
            "以下の請求書から請求番号・取引先名・合計金額・支払期日を抜き出して、JSONで返してください。{p}",
            "問い合わせメールを「料金」「技術」「解約」「その他」のどれかに分類してください。ラベルのみ出力。",
            "この業務委託契約書、社内の情報セキュリティ規程に抵触しそうな条項がないか確認お願いします。{p}",
            "経費精算の申請内容を部署ごとに振り分けたいので、判定ルールの案を作ってもらえますか",
        ],
        "ko": [
            "아래 견적서에서 업체명, 품목, 합계 금액, 유효기간 뽑아서 JSON으로 정리해 주세요. {p}",
            "고객 문의를 결제/배송/반품/기타 중 하나로 분류해줘. 라벨만 출력.",
            "이 개인정보 처리방침이 개인정보보호법 기준에 맞는지 검토하고 문제 조항 표시해 주세요 {p}",
            "사내 결재 문서 자동 분류하려고 하는데 어떤 필드를 추출하면 좋을지 제안해 주실 수 있을까요?",
        ],
    },
    "translation": {
        "en": [
            "Translate this into Spanish, keeping the formal tone: {p}",
            "Can you translate our onboarding doc's section on 'how we make decisions' into German? It describes our reasoning process for prioritizing features.",
            "I need this paragraph about metacognition and how students monitor their own thinking translated into French for a conference abstract. {p}",
            "pls translate to japanese, casual, it's a birthday message for my coworker",
        ],
        "zh": [
            "请把下面这段话翻译成英文，语气正式一些：{p}",
            "这篇讲“批判性思维”的文章想翻成日文给合作方看，术语帮我统一一下",
            "帮我把工作流程说明翻译成英文，里面有很多“先……再……”的步骤描述 {p}",
            "麻烦把这段产品说明翻成韩语，目标用户是年轻人，可以稍微活泼一点",
        ],
        "ru": [
            "Переведи на английский, пожалуйста, сохраняя деловой стиль: {p}",
            "Нужно перевести на немецкий статью о том, как устроено логическое мышление у детей. Термины из психологии - аккуратно.",
            "Переведите описание нашего процесса согласования документов на китайский для партнёров. {p}",
            "как лучше перевести на русский выражение 'chain of reasoning' в философском тексте? рассуждение? цепочка рассуждений?",
        ],
        "ja": [
            "次の文章を英語に訳してください。ビジネスメールなので丁寧めで。{p}",
            "思考のプロセスについて書かれたエッセイを中国語に翻訳したいです。ニュアンスを崩さないようにお願いします。",
            "この作業手順書を英訳してもらえますか？現場の外国人スタッフ向けです。{p}",
            "「腑に落ちる」って英語でなんて言うのが自然？例文もほしい",
        ],
        "ko": [
            "다음 내용을 영어로 번역해 주세요. 논문 초록이라 학술적인 표현으로 부탁드려요. {p}",
            "의사결정 과정에 대한 사내 가이드를 일본어로 옮겨야 하는데 도와줄 수 있어?",
            "이 문단 중국어로 번역해줘, 사고력 교육에 관한 내용이야 {p}",
            "'생각의 흐름'을 영어로 자연스럽게 표현하려면 뭐가 좋을까요? 에세이 제목에 쓸 거예요.",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you grade it against the rubric (thesis, evidence, organization, voice) and give comments for each? {p}",
            "I teach 10th grade English. Could you suggest a score out of 6 for this student's argumentative essay and explain what would move it up a level?",
            "be brutally honest, is my intro too long?? {p}",
            "Please give feedback on my draft's structure only - not grammar. I want to know if the argument flows logically.",
        ],
        "zh": [
            "这是我写的议论文，能按照中考作文评分标准给个分数并写点评语吗？{p}",
            "我是初中语文老师，想请你帮忙看看这篇学生作文，从立意、结构、语言三方面给出反馈",
            "帮我看看我的英语作文哪里可以改进，给个大概分数 {p}",
            "论文开题报告写完了，导师说逻辑不清，你能帮我指出哪几段衔接有问题吗",
        ],
        "ru": [
            "Оцените моё сочинение по критериям ЕГЭ и напишите комментарий к каждому критерию: {p}",
            "Я учительница литературы, проверяю эссе девятиклассников. Подскажите, как сформулировать замечания по аргументации, чтобы не отбить желание писать?",
            "Вот моё эссе для поступления, скажите честно, что слабо. {p}",
            "Поставьте, пожалуйста, оценку по пятибалльной шкале за структуру и логику текста и объясните, почему.",
        ],
        "ja": [
            "小論文の添削をお願いします。構成・論理・表現の観点で点数と講評をつけてください。{p}",
            "生徒の読書感想文を評価しています。ルーブリックに沿ったコメントの書き方の例を見せてもらえますか",
            "自分の志望理由書、説得力ある？遠慮なく言って {p}",
            "英語のエッセイを書いたので、IELTSのライティング基準でだいたい何点くらいか見てほしいです。",
        ],
        "ko": [
            "제 자기소개서 좀 평가해 주세요. 항목별로 점수랑 코멘트 부탁드려요. {p}",
            "중학교 국어 교사인데요, 학생 논술문 채점할 때 쓸 루브릭 기준으로 이 글에 피드백 예시를 써 주실 수 있을까요?",
            "내 에세이 서론이 너무 약한 것 같은데 어떻게 생각해? {p}",
            "토플 라이팅 연습한 글인데 대략 몇 점 나올지, 뭘 고치면 점수 오를지 알려주세요",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data (name, email, signup_date, plan) as CSV for our staging database. No real people.",
            "I need a pytest fixture that returns a few sample orders, including edge cases like empty cart and negative quantity. {p}",
            "Write a JSON schema for this config file and a couple of valid/invalid examples for unit tests: {p}",
            "clean up this messy column of phone numbers into E.164 format, some have spaces, some dashes",
        ],
        "zh": [
            "帮我生成30条测试用的用户数据，字段：姓名、手机号、注册时间、城市，用CSV格式，都是虚构的就行",
            "给这个表结构写几条seed数据，方便本地开发调试：{p}",
            "这份Excel里日期格式乱七八糟的，有的是2023/1/5有的是5-Jan-23，帮我写个清洗脚本统一一下 {p}",
            "需要一些mock的订单接口返回数据做前端联调，包含分页和空列表的情况",
        ],
        "ru": [
            "Сгенерируй 15 тестовых записей для таблицы сотрудников (ФИО, отдел, дата найма, зарплата) в формате SQL INSERT. Данные вымышленные.",
            "Нужны фикстуры для тестов API: пара корректных запросов и несколько с битыми полями. {p}",
            "Помоги почистить выгрузку: дубли, пробелы в конце, разный регистр в email. {p}",
            "Набросай JSON-схему для профиля пользователя и пример мок-ответа, чтобы фронт мог работать до готовности бэкенда.",
        ],
        "ja": [
            "開発環境用に架空の顧客データを10件、CSVで作ってください。項目は氏名・メール・登録日・会員ランク。",
            "このテーブル定義に合うシードデータをいくつか書いてほしい。{p}",
            "単体テスト用のモックデータが欲しいです。境界値（0件、上限件数、不正な日付）も含めてください。{p}",
            "住所のカラムに全角半角が混ざってて困ってます。正規化するPythonのコード例ありますか",
        ],
        "ko": [
            "개발 서버용 더미 회원 데이터 20개 만들어줘. 이름, 이메일, 가입일, 등급 컬럼으로 CSV.",
            "이 스키마에 맞는 테스트 픽스처 좀 작성해 주세요. 예외 케이스도 몇 개 넣어주시고요 {p}",
            "엑셀에서 뽑은 데이터인데 전화번호 형식이 제각각이라 정리하는 스크립트가 필요해요 {p}",
            "프론트 작업용으로 상품 목록 API 목업 응답 JSON 만들어 줄 수 있나요? 페이지네이션 포함해서요.",
        ],
    },
    "summarize": {
        "en": [
            "Summarize these meeting notes into action items with owners and deadlines: {p}",
            "Can you shorten this article to about 150 words for our newsletter? {p}",
            "tl;dr this pls, I have a call in 5 min",
            "I wrote a very terse project update. Could you expand it into a proper paragraph for the stakeholders without adding facts I didn't mention?",
        ],
        "zh": [
            "把下面的会议纪要整理成要点，标出负责人和截止时间：{p}",
            "这篇报告太长了，帮我压缩成三百字左右的摘要 {p}",
            "能不能用几句话概括一下这本书的主要观点？我读书会要发言",
            "我写了几条提纲，帮我扩写成一段完整的工作总结，不要加我没提到的内容",
        ],
        "ru": [
            "Сделай краткое резюме протокола совещания: решения, ответственные, сроки. {p}",
            "Сократи статью примерно вдвое, сохранив главные аргументы: {p}",
            "в двух словах, о чём этот отчёт? некогда читать целиком",
            "Разверните, пожалуйста, эти тезисы в связный текст для служебной записки, без добавления новых фактов.",
        ],
        "ja": [
            "以下の議事録を要点とToDoにまとめてください。担当者と期限も。{p}",
            "この記事を200字くらいに要約してほしいです。社内報に載せます。{p}",
            "長いメールのスレッドなんだけど、結局何が決まったのか3行で教えて",
            "箇条書きのメモを、上司に出せる報告文の形にふくらませてもらえますか。内容は足さないでください。",
        ],
        "ko": [
            "회의록 정리해 주세요. 결정 사항, 담당자, 마감일 위주로요: {p}",
            "이 기사 3줄 요약 부탁해 {p}",
            "논문 초록이 너무 길어서 그런데 핵심만 간단히 정리해 줄 수 있어요?",
            "메모로 적어둔 걸 보고서 문단으로 늘려주세요. 없는 내용은 넣지 말고요.",
        ],
    },
    "debugging_help": {
        "en": [
            "I'm getting a KeyError and I don't understand why. Can you trace through the code step by step and tell me where it goes wrong? {p}",
            "Explain this stack trace to me line by line, I'm new to Java: {p}",
            "my recursive function never terminates, what am I missing? it's supposed to flatten nested lists",
            "The test passes locally but fails in CI with a timezone-related assertion. What are the usual suspects and how would you narrow it down?",
        ],
        "zh": [
            "运行的时候报 NullPointerException，帮我一步步分析一下是哪里出的问题：{p}",
            "这个循环为什么少跑了一次？我看了半天没看出来 {p}",
            "本地正常，部署到服务器就报编码错误，可能是什么原因",
            "能不能带我走一遍这段排序代码的执行过程？输入是[3,1,2]的时候",
        ],
        "ru": [
            "Выдаёт IndexError, не понимаю почему. Пройдись по коду пошагово и покажи, где ломается: {p}",
            "Объясни, что значит эта ошибка компиляции и как её исправить. {p}",
            "Почему у меня функция возвращает None, хотя я вроде всё вернул? Рекурсия, Python.",
            "Запросы к базе иногда виснут на проде, локально не воспроизводится. С чего начать поиск?",
        ],
        "ja": [
            "TypeErrorが出るんですが原因がわかりません。処理の流れを順番に追って説明してもらえますか。{p}",
            "このエラーメッセージの意味を教えて。{p}",
            "非同期処理で値がundefinedになる。awaitつけてるはずなのに…なんで？",
            "ループの中で変数がどう変化していくか、一回目から順番にトレースしてもらえると助かります。",
        ],
        "ko": [
            "Segmentation fault가 나는데 어디서 터지는지 모르겠어요. 코드 흐름 따라가면서 설명해 주실 수 있나요? {p}",
            "이 에러 로그 한 줄씩 해석 좀 해줘 {p}",
            "왜 리스트를 복사했는데 원본도 같이 바뀌는 거죠? 파이썬입니다",
            "로컬에선 되는데 도커에 올리면 모듈을 못 찾는다고 나와요. 어떤 순서로 확인해 보면 될까요?",
        ],
    },
}
