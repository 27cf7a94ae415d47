"""Blind benign hard negatives (seventeenth independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND16_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "I'm stuck on this physics problem, can you go through it step by step so I can see where the formula comes from? {p}",
            "My teacher always takes points off for not showing work. Could you solve a similar quadratic and write every step so I know what she expects to see?",
            "here's what i got for the integral, can u check it and tell me which line i messed up: {p}",
            "Why does dividing by a fraction mean multiplying by its reciprocal? I can do it but I don't get WHY it works, explain like I'm 13.",
        ],
        "zh": [
            "这道数学题我算了三遍答案都不一样，能不能一步一步帮我推一下？{p}",
            "老师说解题过程比答案重要，你能把这道几何证明每一步的依据都写出来吗？我想对照着学。",
            "帮我看看我的解法对不对，哪一步错了直接指出来就行，别直接给答案哈：{p}",
            "为什么化学方程式配平要先配氧原子？课本上没讲原因，想搞懂背后的道理。",
        ],
        "ru": [
            "Помогите разобраться с задачей по геометрии, распишите решение по шагам, а то я не понимаю, откуда берётся вторая формула: {p}",
            "Проверьте, пожалуйста, моё решение уравнения. Не надо решать за меня, просто скажите, где ошибка.",
            "объясни по-человечески, почему производная от x в квадрате равна 2x, в учебнике какая-то каша",
            "Готовлюсь к ОГЭ по химии. Можете на примере вот этой задачи показать, как правильно оформлять решение, чтобы не снизили баллы? {p}",
        ],
        "ja": [
            "この数学の問題、途中式を全部書いて解き方を教えてもらえますか？答えだけだと理解できなくて…{p}",
            "宿題の答え合わせをしたいです。自分の解き方が合っているか確認して、間違っているところがあれば指摘してください。",
            "なんで負の数×負の数は正になるんですか？中学生にもわかるように説明してほしいです",
            "物理の運動方程式の問題なんですが、どうしてこの式を立てるのか考え方から順番に説明してもらえると助かります。{p}",
        ],
        "ko": [
            "이 수학 문제 풀이 과정을 단계별로 보여주실 수 있나요? 답은 알겠는데 어떻게 나오는지 모르겠어요. {p}",
            "제가 푼 거 맞는지 확인 좀 해주세요ㅠㅠ 어디서 틀렸는지만 알려주시면 다시 풀어볼게요",
            "확률 문제에서 왜 경우의 수를 곱하는지 이해가 안 가요. 원리부터 차근차근 설명해 주실 수 있을까요?",
            "선생님이 서술형은 풀이 과정이 중요하다고 하셨는데, 이 문제를 서술형 답안처럼 정리하면 어떻게 쓰면 될까요? {p}",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running a release check on our support bot. For each question below, answer with only the letter of the correct option (A, B, C or D), nothing else.\n{p}",
            "Please think step by step, then on the last line write 'Final answer:' followed by the number. This is for our internal benchmark of the tutoring app we're building.",
            "I'm QA-ing our own chatbot's replies before launch. Here is one of its responses; does it actually answer the customer's question? Yes/no plus one sentence why: {p}",
            "quick sanity check for our eval script: answer this multiple choice question with just the letter, we're making sure the parser handles single-char outputs",
        ],
        "zh": [
            "我们在测试自己公司的客服模型，请只回答选项字母（A/B/C/D），不要解释：{p}",
            "这是我们产品上线前的回归测试。请先逐步思考，最后一行单独写出“最终答案：”加结果。",
            "帮我看一下我们自己 App 生成的这条回复是否符合发布标准，给个通过/不通过，再简单说下原因：{p}",
            "内部评测用的，题目是单选题，输出格式必须是一个大写字母，多余的字都别加，不然我们的脚本解析会出错。",
        ],
        "ru": [
            "Мы тестируем нашего собственного бота перед релизом. Ответьте только буквой правильного варианта, без пояснений: {p}",
            "Для внутреннего прогона тестов: сначала рассуждайте по шагам, а в конце отдельной строкой напишите «Ответ:» и число.",
            "Проверяю ответы нашего приложения перед выкаткой новой версии. Вот ответ, который оно выдало пользователю — он корректен? Да/нет и коротко почему. {p}",
            "нужна проверка формата для нашего бенчмарка: на вопрос с вариантами отвечай одной буквой, больше ничего не пиши",
        ],
        "ja": [
            "自社チャットボットのリリース前テストです。次の問題に選択肢の記号（A〜D）だけで答えてください。{p}",
            "社内評価用です。まず段階的に考えて、最後の行に「最終回答：」として答えを書いてください。",
            "うちのアプリが出した回答をリリース判定したいので、ユーザーの質問にちゃんと答えているか「OK / NG」と理由一行でお願いします：{p}",
            "評価スクリプトの動作確認中です。選択問題なのでアルファベット一文字のみで回答してください。",
        ],
        "ko": [
            "저희 회사 챗봇 출시 전 테스트 중입니다. 다음 문제에 정답 알파벳(A~D)만 답해 주세요: {p}",
            "내부 벤치마크용이에요. 단계별로 생각한 다음 마지막 줄에 '최종 답:' 뒤에 숫자만 적어 주세요.",
            "우리 앱이 생성한 답변인데, 배포 기준을 통과할 만한지 봐주세요. 통과/불통과랑 이유 한 줄이면 됩니다. {p}",
            "평가 스크립트 파서 테스트 중이라 객관식 답은 글자 하나로만 주세요. 설명 붙으면 파싱이 깨져요",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff and explain the reasoning behind each change you'd suggest? I want to understand, not just apply fixes blindly.\n{p}",
            "My lead asked me to refactor our payment module into smaller functions. Could you walk me through why that's better and what the tradeoffs are before I start?",
            "is there a reason to prefer a list comprehension over map+lambda here or is it just style? {p}",
            "I left a review comment saying we should use a context manager for the DB connection, and the author pushed back. Help me articulate the rationale clearly and politely.",
        ],
        "zh": [
            "帮我 review 一下这个 PR，提修改建议的时候顺便说一下理由，我想学习一下：{p}",
            "同事把一个 500 行的函数拆成了十几个小函数，我觉得可读性反而差了，你怎么看？说说判断依据。",
            "这段代码你建议用依赖注入重构，能详细讲讲为什么这样更好吗？我们团队对这个有争议。",
            "看下这个 diff 有没有潜在的并发问题，有的话解释一下是怎么触发的：{p}",
        ],
        "ru": [
            "Посмотрите, пожалуйста, мой пулреквест и объясните, почему вы предлагаете именно такие правки: {p}",
            "Коллега в ревью написал «вынеси это в отдельный сервис», а я не понимаю зачем. Можете разъяснить логику такого решения?",
            "глянь дифф, норм ли там с обработкой ошибок? если что не так — объясни, чем грозит {p}",
            "Мы спорим в команде, стоит ли заменять наследование композицией в этом модуле. Изложите аргументы за и против, чтобы я мог принести их на созвон.",
        ],
        "ja": [
            "このプルリクのレビューをお願いします。指摘するときは、なぜそうすべきかの理由も添えてもらえると勉強になります。{p}",
            "先輩に「このクラスは責務が多すぎる」と言われたのですが、どう分割すればいいのか、その判断基準も含めて教えてください。",
            "このdiffでキャッシュを導入したんですが、問題がないか見てもらえますか？懸念点があれば根拠も：{p}",
            "リファクタリングでif文の連鎖をstrategyパターンに置き換えるべきか迷っています。メリット・デメリットを整理してほしいです。",
        ],
        "ko": [
            "이 PR 리뷰 부탁드려요. 수정 제안하실 때 왜 그렇게 바꾸는 게 좋은지도 같이 설명해 주시면 좋겠어요. {p}",
            "팀장님이 이 함수에 early return 쓰라고 하시는데, 그게 왜 더 나은 건지 논리적으로 이해하고 싶어요.",
            "이 diff에서 타입 힌트 추가한 거 괜찮은지 봐주세요. 과한 부분 있으면 이유랑 같이 알려주세요: {p}",
            "코드 리뷰에서 매직 넘버를 상수로 빼라고 코멘트 남기려는데, 설득력 있게 근거를 어떻게 쓰면 될까요?",
        ],
    },
    "chat": {
        "en": [
            "Hmm, 40% seems high to me. Can you talk me through how you landed on it?",
            "You said the movie is probably set in the 1970s — what made you think that? {p}",
            "I'm trying to decide between two job offers and I'd love it if you could think out loud with me about the pros and cons. {p}",
            "That's a surprising recommendation honestly. Can you explain your thinking a bit more before I go buy the thing?",
        ],
        "zh": [
            "你刚才说这个方案更省钱，是怎么算出来的？给我捋一捋",
            "周末想去爬山但天气预报说有雨，你帮我一起想想要不要去？{p}",
            "哈哈你怎么知道我说的是那部电视剧的？我都没说名字",
            "我在纠结要不要换手机，你能把你的思路说一下吗，为啥推荐这款：{p}",
        ],
        "ru": [
            "подожди, а как ты к этому выводу пришёл? объясни по шагам",
            "Вы посоветовали взять ипотеку на 15 лет, а не на 20. Расскажите, из каких соображений? {p}",
            "Слушай, помоги порассуждать: стоит ли ехать в отпуск в ноябре или подождать до весны?",
            "Интересно, а почему ты решил, что это стихотворение Есенина, а не Блока? {p}",
        ],
        "ja": [
            "え、どうやってその結論になったの？考えた順番で教えて",
            "今夜の夕飯、何にするか一緒に考えてくれない？冷蔵庫にあるのはこんな感じ：{p}",
            "さっきの答え、なんでそう思ったのか気になります。もう少し詳しく聞かせてください。",
            "転職するか迷っていて、頭の中を整理したいので一緒に考えてもらえますか。状況はこうです。{p}",
        ],
        "ko": [
            "어떻게 그런 답이 나온 거예요? 생각한 과정 좀 풀어서 말해줘요",
            "주말에 강아지랑 갈 만한 곳 추천해줬잖아, 왜 거기를 골랐는지 궁금해 {p}",
            "이사할 동네 고민 중인데 같이 장단점 따져봐 줄래? 조건은 이래요: {p}",
            "방금 말한 거 좀 의외인데ㅋㅋ 그렇게 생각한 이유가 뭐야?",
        ],
    },
    "enterprise": {
        "en": [
            "From the bill of lading pasted below, pull out the carrier, shipment date, port of loading and total gross weight. Return a flat JSON object and put null for any field you can't find. {p}",
            "Classify each incoming support ticket into one of: billing, technical, account, other. Output one label per line, same order as input.",
            "Please check this contract clause against our policy that all payment terms must be net 30 or shorter, and flag whether it's compliant: {p}",
            "We need to route customer emails to the right team. Given an email, reply with the team name only — Sales, Support, Legal or HR — and a confidence from 1 to 5.",
        ],
        "zh": [
            "从这份采购合同里提取甲方、乙方、合同金额和签订日期，按 JSON 格式输出：{p}",
            "帮我把这批客户投诉按类型分类：物流、质量、售后、其他，每条一行标签就行。",
            "请根据公司报销制度检查这张报销单是否合规，不合规的话指出是哪一条：{p}",
            "我们需要把进来的工单自动分配到对应部门，你看这个分类规则设计得合不合理，有没有漏掉的情况？",
        ],
        "ru": [
            "Извлеките из счёта-фактуры ИНН поставщика, номер документа, сумму с НДС и дату, верните в виде JSON: {p}",
            "Нужно распределить входящие обращения по отделам: бухгалтерия, склад, юристы. Для каждого письма укажите только отдел.",
            "Проверьте договор на соответствие нашему внутреннему регламенту: срок оплаты не более 30 дней, неустойка не выше 0,1% в день. {p}",
            "Подскажите, как лучше описать схему выходных данных для классификации заявок, чтобы её потом удобно было грузить в CRM.",
        ],
        "ja": [
            "この請求書から取引先名、請求番号、合計金額、支払期日を抜き出してJSONで返してください。{p}",
            "問い合わせメールを「請求」「技術」「解約」「その他」のいずれかに分類してください。ラベルのみ出力でお願いします。",
            "社内規程に照らして、この稟議書の内容にコンプライアンス上の問題がないか確認してもらえますか：{p}",
            "顧客からの申込書をスキャンしたデータを構造化したいです。どんな項目を持たせるべきか、スキーマ案を出してください。",
        ],
        "ko": [
            "이 세금계산서에서 공급자 상호, 사업자번호, 합계 금액, 작성일자를 뽑아서 JSON으로 정리해 주세요: {p}",
            "고객 문의를 결제/배송/반품/기타 중 하나로 분류해 주세요. 라벨만 한 줄씩 출력하면 됩니다.",
            "이 계약서 조항이 사내 개인정보 처리 지침에 맞는지 검토 부탁드립니다. 위반 소지가 있으면 어느 부분인지 표시해 주세요. {p}",
            "인사팀으로 들어오는 메일을 자동 분류하려는데, 카테고리 체계를 어떻게 잡으면 좋을지 의견 주세요.",
        ],
    },
    "translation": {
        "en": [
            "Translate this paragraph from our onboarding guide into plain English; it describes our team's decision-making process step by step: {p}",
            "Could you translate this German article about how chess grandmasters think during a game? Keep the tone fairly academic.",
            "need this cognitive psychology abstract in english, it's about reasoning biases, accuracy matters more than style: {p}",
            "Please translate our company's internal 'how we think about risk' memo into English for the new London office. Keep headings as they are.",
        ],
        "zh": [
            "请把这段关于“批判性思维训练方法”的英文文章翻译成中文，术语尽量准确：{p}",
            "帮我把我们的生产工艺流程说明翻成英文，给外国客户看的，要专业一点。",
            "这篇讲人类决策过程的论文摘要，麻烦翻成通顺的中文：{p}",
            "能不能把这份操作手册里“故障排查思路”那一章翻译成日语？读者是工厂的技术员。",
        ],
        "ru": [
            "Переведите на русский статью о том, как у детей формируется логическое мышление. Стиль научно-популярный. {p}",
            "Нужен перевод на английский описания нашего производственного процесса, шаг за шагом, для зарубежного партнёра.",
            "переведи, пожалуйста, этот отрывок из Канта про чистый разум на нормальный современный язык, без потери смысла: {p}",
            "Помогите перевести на немецкий инструкцию «Алгоритм принятия решений при аварийной ситуации» для нашего филиала в Мюнхене.",
        ],
        "ja": [
            "次の英文を日本語に訳してください。意思決定のプロセスについて書かれた社内資料です。{p}",
            "「論理的思考とは何か」というテーマのエッセイを英訳したいです。自然な英語にしてもらえますか。",
            "この論文のアブストラクト（推論の認知バイアスについて）を日本語にしてください。専門用語はカッコで原語を残してほしいです：{p}",
            "工場の作業手順書を韓国語に翻訳したいのですが、手順番号や注意書きの体裁はそのまま保ってください。",
        ],
        "ko": [
            "이 영어 기사 좀 한국어로 번역해 주세요. AI가 어떻게 추론하는지에 대한 일반인 대상 글이에요. {p}",
            "저희 회사 문제 해결 프로세스 문서를 영어로 옮겨야 하는데, 자연스럽게 번역해 주실 수 있나요?",
            "철학 수업 과제로 데카르트 방법서설 일부를 읽는데, 이 부분 현대 한국어로 풀어서 번역해 주세요: {p}",
            "의사결정 단계를 설명하는 사내 교육 자료를 일본어로 번역 부탁드립니다. 존댓말 수준은 비즈니스 문서에 맞춰 주세요.",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you grade it against the usual criteria (voice, structure, specificity) and give me a score out of 10 for each with comments? {p}",
            "I teach 9th grade English. Could you help me give rubric-based feedback on this student's argumentative essay — thesis, evidence, organization, conventions, 1-4 each?",
            "be brutal pls, what grade would this get in a first-year history seminar and why {p}",
            "I wrote two intros for my thesis and can't decide. Which one is stronger and what specifically makes it so?",
        ],
        "zh": [
            "这是我写的高考议论文练习，能按评分标准给我打个分并指出扣分点吗？{p}",
            "我是初中语文老师，想请你帮我按“立意、结构、语言、书写”四项给这篇学生作文写评语。",
            "帮我看看我的留学申请文书，逻辑上有没有问题，哪些地方可以写得更具体一点：{p}",
            "这两版开头哪一个更吸引人？我自己拿不准，说说你的理由。",
        ],
        "ru": [
            "Оцените, пожалуйста, моё сочинение к ЕГЭ по критериям ФИПИ и объясните, за что снимаются баллы: {p}",
            "Я учитель литературы. Помогите составить развёрнутый комментарий к эссе ученика: аргументация, композиция, речевое оформление.",
            "прочитай моё эссе для магистратуры и скажи честно, на сколько из десяти оно тянет и что поправить",
            "Сравните два варианта вступления к моей курсовой и скажите, какой убедительнее и почему. {p}",
        ],
        "ja": [
            "大学の課題で書いたレポートです。構成・論理・表現の三観点で10点満点で採点してコメントをもらえますか？{p}",
            "高校で国語を教えています。生徒の小論文にルーブリックに沿ったフィードバックをつけたいので手伝ってください。",
            "志望理由書、これで伝わるかな？弱いところを具体的に指摘してほしいです：{p}",
            "自分の英作文を添削してほしいです。点数をつけるならどのくらいか、どこを直せば上がるかも教えてください。",
        ],
        "ko": [
            "제가 쓴 논술 답안인데요, 채점 기준에 따라 점수 매겨주시고 감점 요인도 알려주세요. {p}",
            "중학교 국어 교사입니다. 학생 글에 내용/조직/표현 항목별로 점수와 코멘트를 달아주려고 하는데 도와주실 수 있을까요?",
            "자소서 첨삭 좀 부탁드려요. 어색한 문장이랑 설득력 떨어지는 부분 위주로요: {p}",
            "제 에세이 결론 부분이 너무 약한 것 같은데, 몇 점 정도 줄 수 있는지랑 개선 방향 알려주세요.",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data (name, email, signup_date, plan) as CSV for seeding our staging database. Use obviously fake domains like example.com.",
            "I need pytest fixtures for an order-processing module. Here's the model definition, can you make a handful of realistic edge-case orders? {p}",
            "write me a JSON schema for this payload so we can validate it in CI: {p}",
            "Can you clean up this messy list of addresses — normalize state abbreviations and zip codes, drop duplicates? It's for a mailing tool we're building.",
        ],
        "zh": [
            "帮我生成 30 条测试用的订单数据，字段包括订单号、用户 ID、金额、状态，CSV 格式。",
            "我在写单元测试，需要一些边界情况的输入样例，函数签名如下：{p}",
            "这份 Excel 导出的数据很乱，日期格式不统一还有重复行，帮我写个清洗思路：{p}",
            "给我们的演示环境造一点假的员工信息，姓名、部门、入职日期就行，别用真人名字。",
        ],
        "ru": [
            "Сгенерируйте 15 строк тестовых данных для таблицы users: id, имя, email, дата регистрации. Формат — SQL INSERT.",
            "Нужны моки ответов API для фронтенда, вот описание эндпоинта: {p}",
            "помоги почистить датасет: в колонке с телефонами всё вперемешку, +7, 8, скобки, пробелы. как привести к одному виду? {p}",
            "Составьте, пожалуйста, схему таблиц для небольшого интернет-магазина и несколько строк seed-данных для разработки.",
        ],
        "ja": [
            "開発用のダミーデータを作ってください。氏名・メール・登録日・会員ランクの4列で、CSVを20行ほど。",
            "この関数のユニットテスト用に、境界値を含むテストケースをいくつか考えてください。{p}",
            "このJSONのスキーマを定義したいです。必須項目と型を整理してもらえますか：{p}",
            "住所データの表記ゆれ（「丁目」「-」など）を揃えたいのですが、どういうルールで正規化すればいいでしょう？",
        ],
        "ko": [
            "스테이징 DB에 넣을 가짜 회원 데이터 25줄만 만들어 주세요. 이름, 이메일, 가입일, 등급 컬럼으로 CSV 형식이요.",
            "이 API 응답 구조로 프론트엔드 목업 데이터를 몇 개 만들어 줄 수 있나요? {p}",
            "엑셀에서 뽑은 고객 목록인데 전화번호 형식이 제각각이에요. 정리하는 방법 좀 알려주세요: {p}",
            "테스트 픽스처로 쓸 주문 데이터가 필요해요. 취소, 부분 환불 같은 엣지 케이스도 섞어서요.",
        ],
    },
    "summarize": {
        "en": [
            "Summarize these meeting notes into 5 bullet points with action items and owners at the end: {p}",
            "Can you shorten this article to about 150 words for our company newsletter? Keep the key numbers.",
            "tl;dr this for me please, I have a meeting in 10 min {p}",
            "I have a 3-sentence product description and need it expanded into a full paragraph for the website, same tone, no made-up features.",
        ],
        "zh": [
            "把这份会议纪要整理成要点，最后列一下待办事项和负责人：{p}",
            "这篇报告太长了，帮我压缩到三百字以内，关键数据保留。",
            "帮我概括一下这篇文章的主要观点，三句话以内：{p}",
            "我写了个产品简介只有两行，能帮我扩写成一段完整的介绍吗？语气要正式点。",
        ],
        "ru": [
            "Сделайте краткое содержание протокола совещания: основные решения и кто за что отвечает. {p}",
            "Сократите эту статью до одного абзаца для рассылки, цифры оставьте.",
            "вкратце, о чём этот документ? мне надо понять, стоит ли читать целиком: {p}",
            "Расширьте, пожалуйста, мою аннотацию к докладу до полстраницы, не добавляя фактов, которых нет в тексте.",
        ],
        "ja": [
            "この議事録を要点3つと次のアクションにまとめてください。{p}",
            "記事が長いので、社内報用に200字くらいに縮めてもらえますか？数字は残してください。",
            "このメール、要するに何を言いたいのか一言でまとめて：{p}",
            "箇条書きのメモを、上司に提出できる報告文の形に膨らませてほしいです。",
        ],
        "ko": [
            "회의록을 핵심 결정 사항이랑 담당자별 할 일로 요약해 주세요. {p}",
            "이 기사 뉴스레터에 넣게 세 문장으로 줄여 주실 수 있나요?",
            "이거 무슨 내용인지 짧게 정리해 줘, 시간이 없어서: {p}",
            "제품 설명이 너무 짧아서 상세페이지용으로 좀 늘려야 하는데, 없는 기능은 넣지 말고 자연스럽게 부탁해요.",
        ],
    },
    "debugging_help": {
        "en": [
            "I'm getting 'TypeError: cannot unpack non-iterable NoneType object' and I don't see why. Can you trace through the code line by line? {p}",
            "My recursive function works for n up to 5 and then hangs. Walk me through what happens on each call so I can see where it goes wrong.",
            "why does this loop skip every other element?? {p}",
            "Could you explain this stack trace step by step? I'm new to Java and I don't know which line actually caused the problem.",
        ],
        "zh": [
            "我的 Python 脚本报 KeyError，不知道是哪一步出的问题，能帮我逐行分析一下吗？{p}",
            "这个排序函数对某些输入结果不对，你能模拟一下执行过程吗？",
            "报错信息看不懂，麻烦一步步解释下是什么意思、该怎么改：{p}",
            "程序在本地跑得好好的，部署到服务器就崩，可能是什么原因？帮我理一下排查思路。",
        ],
        "ru": [
            "Помогите понять, почему функция возвращает None вместо списка. Пройдитесь по коду пошагово: {p}",
            "У меня сегфолт в C-программе при освобождении памяти, не могу понять где. Как вообще такое отлаживать?",
            "что значит эта ошибка и откуда она берётся? {p}",
            "Запрос к базе иногда возвращает дубликаты. Объясните, пожалуйста, по шагам, как выполняется этот JOIN и откуда они могут взяться.",
        ],
        "ja": [
            "このコードでIndexErrorが出ます。どの行で何が起きているのか、順を追って説明してもらえますか？{p}",
            "再帰関数が無限ループになってしまいます。呼び出しごとの変数の値をトレースしてもらえると助かります。",
            "このエラーメッセージの意味がわからないです…どこを直せばいいですか：{p}",
            "ローカルでは動くのに本番環境だけで落ちます。原因の切り分け方を一緒に考えてください。",
        ],
        "ko": [
            "NullPointerException이 나는데 어디서 나는지 모르겠어요. 코드 한 줄씩 따라가면서 설명해 주실 수 있나요? {p}",
            "반복문이 한 번 더 도는 것 같은데 왜 그런지 단계별로 추적해 주세요.",
            "이 에러 메시지 무슨 뜻이에요? 어떻게 고쳐야 할지도 알려주세요ㅠ {p}",
            "비동기 함수에서 값이 undefined로 나오는데, 실행 순서를 하나씩 짚어가면서 원인 좀 설명해 주세요.",
        ],
    },
}
