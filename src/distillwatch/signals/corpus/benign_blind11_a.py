"""Blind benign hard negatives (twelfth independent set), languages en zh ru ja ko; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND11_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "ok so this is from my stats problem set and I got 0.42 but my lab partner got 0.38. could you go through it line by line so we can see which of us messed up? {p}",
            "I solved this myself but I'm not sure step 3 is right. Could you check my work and tell me where I went wrong, if anywhere? Here's my solution:\n{p}",
            "Why does the fraction flip when you divide by it? My teacher just said 'keep change flip' and I want to actually understand it.",
            "Please show the full working for this integral, one step per line, so I can compare it with my notes from class.",
        ],
        "zh": [
            "这道题我算了好几遍都跟答案对不上，能一步一步帮我讲一下吗？{p}",
            "老师要求写出完整的解题过程，我自己写了一遍，麻烦帮我看看哪一步有问题",
            "为什么两个负数相乘会得正数啊？能不能用比较直观的方式解释一下，不要只甩公式",
            "高二物理，斜面上的受力分析总是搞混，能结合这道题讲讲思路吗：{p}",
        ],
        "ru": [
            "Помогите разобраться с задачей, ответ у меня не сходится с учебником. Распишите решение по шагам, пожалуйста: {p}",
            "я решил сам, но не уверен в третьем переходе. проверьте плиз, где ошибка?\n{p}",
            "Объясните, почему при делении на дробь её переворачивают? Учительница сказала просто запомнить, а мне хочется понять.",
            "Готовлюсь к ЕГЭ по химии. Можете объяснить на простом примере, как уравнивать окислительно-восстановительные реакции методом электронного баланса?",
        ],
        "ja": [
            "この問題、解答を見ても途中式が省略されててわからないです。途中の計算も含めて説明してもらえますか？{p}",
            "自分で解いてみたんですが、答えが合ってるか確認してほしいです。間違ってたらどこで間違えたかも教えてください。",
            "微分の定義でlimを使う理由がいまいちピンときません。高校生にもわかるように説明してください。",
            "レポート課題で次の証明を丁寧に書く必要があります。各ステップの根拠も添えて示してもらえますか：{p}",
        ],
        "ko": [
            "이 문제 풀이 과정 좀 단계별로 보여주실 수 있나요? 답지엔 답만 있어서요 ㅠ {p}",
            "제가 푼 건데 맞는지 확인 부탁드려요. 틀렸다면 어디서 틀렸는지도 알려주세요\n{p}",
            "왜 0으로 나누면 안 되는 건지 중학생 동생한테 설명해줘야 하는데, 쉽게 이해되는 방법 있을까요?",
            "화학 몰 농도 계산이 너무 헷갈려요. 예제 하나 잡아서 처음부터 끝까지 풀이해주시면 감사하겠습니다.",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running a regression check on our own quiz app before release. For the question below, reply with only the letter of the correct option (A, B, C or D), nothing else.\n{p}",
            "Think it through step by step, then put your final answer on the last line after 'Answer:'. {p}",
            "I'm the PM for our support chatbot. Here are two replies it gave to the same customer ticket. Which one would you ship, and why? Keep it to a few sentences.",
            "quick sanity check for our internal benchmark: answer true or false only, lowercase, no punctuation.",
        ],
        "zh": [
            "我们在给自家的客服模型做上线前自测。下面是一道单选题，请只回答选项字母，不要解释。\n{p}",
            "请先一步步分析，最后单独一行写出“最终答案：”加结果。题目如下：{p}",
            "这是我们产品新版本和旧版本对同一个问题的回答，帮忙看看哪个更准确、更符合用户需求，给个简短理由就行。",
            "内部评测用，格式要求：只输出数字，不要单位，不要多余文字。",
        ],
        "ru": [
            "Проверяем свой чат-бот перед релизом. Ответьте на вопрос ниже только буквой правильного варианта, без пояснений.\n{p}",
            "Сначала рассуждай по шагам, а в последней строке напиши «Ответ:» и итог. Задача: {p}",
            "Мы сравниваем две версии ответа нашего ассистента на один и тот же запрос клиента. Какая лучше отвечает на вопрос и почему? Коротко.",
            "Для внутреннего теста: отвечай строго «да» или «нет», одним словом.",
        ],
        "ja": [
            "自社アプリのリリース前チェックです。次の選択問題に、選択肢の記号（A〜D）だけで答えてください。説明は不要です。\n{p}",
            "段階的に考えてから、最後の行に「最終回答：」として答えだけ書いてください。{p}",
            "うちの社内FAQボットが出した回答を2つ並べます。どちらがユーザーの質問に的確に答えているか、簡単な理由付きで判定してもらえますか。",
            "評価スクリプトでパースするので、出力は数字のみでお願いします。単位や文章は付けないでください。",
        ],
        "ko": [
            "저희 서비스 출시 전 자체 점검 중입니다. 아래 객관식 문제에 정답 기호만 답해주세요. 설명은 빼주세요.\n{p}",
            "단계별로 생각한 다음, 마지막 줄에 '최종 답:' 형식으로 답만 적어줘. {p}",
            "우리 앱 챗봇이 같은 질문에 낸 답변 두 개인데, 어느 쪽이 더 정확하고 친절한지 짧게 평가해 줄 수 있어요?",
            "사내 벤치마크 돌리는 중이라 답은 O 또는 X로만 해주세요.",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff? For each suggestion, explain your reasoning so I can pass it on to the junior dev who wrote it.\n{p}",
            "why would you pull this into a separate function tho? seems fine inline to me. {p}",
            "Our team is debating whether to replace the nested if/else in our payment module with a strategy pattern. What's the rationale for and against, in your view?",
            "Please do a line-by-line review of my changes to the caching layer and flag anything that could cause a race condition.",
        ],
        "zh": [
            "帮我review一下这个PR，每条修改建议都说明一下理由，我要转给写代码的同事看：\n{p}",
            "你说这段应该改成提前return，能具体讲讲为什么吗？我觉得原来的写法也挺清楚的",
            "我们组在讨论要不要把这个巨型工具类拆开，从可维护性和测试的角度，你怎么看？{p}",
            "这个diff主要改了数据库连接池的配置，麻烦看下有没有潜在的并发问题。",
        ],
        "ru": [
            "Посмотри, пожалуйста, этот пул-реквест. К каждому замечанию добавь обоснование — буду разбирать с джуном.\n{p}",
            "А почему ты предлагаешь вынести эту логику в отдельный класс? Объясни ход мысли, мне не очевидно.",
            "Код-ревью диффа ниже: интересуют прежде всего утечки ресурсов и обработка ошибок. {p}",
            "Коллега переписал модуль на async/await, я сомневаюсь, что это было нужно. Какие аргументы за и против такого рефакторинга?",
        ],
        "ja": [
            "このプルリクのレビューをお願いします。指摘ごとに理由も書いてもらえると、後輩に説明するときに助かります。\n{p}",
            "さっきの「このループはmapに置き換えたほうがいい」という指摘、どういう理由からですか？パフォーマンス的な話ですか？",
            "リファクタリングの方針で迷っています。継承をやめてコンポジションにする案、メリットとデメリットを整理してもらえますか。",
            "差分を貼ります。命名とエラーハンドリングの観点で気になる点があれば教えてください。{p}",
        ],
        "ko": [
            "이 PR 리뷰 좀 부탁드려요. 코멘트마다 왜 그렇게 고쳐야 하는지 이유도 같이 적어주세요.\n{p}",
            "아까 이 부분 상수로 빼라고 하셨는데 이유가 뭔가요? 한 번만 쓰이는 값이라서요",
            "레거시 코드 리팩터링 중인데, 이 함수를 여러 개로 쪼개는 게 맞는지 근거를 들어 설명해 주실 수 있을까요? {p}",
            "diff 보시고 SQL 인젝션 위험 있는 곳 있으면 짚어주세요.",
        ],
    },
    "chat": {
        "en": [
            "Before I take your word on that, I'm curious which facts you weighed most heavily. Could you lay the logic out for me in plain terms?",
            "I'm trying to decide between two job offers and honestly going in circles. Can you help me think it through? {p}",
            "That recommendation surprised me. What made you lean toward the older laptop model instead of the new one?",
            "Got any ideas for a low-key birthday thing for my dad? He hates surprises lol",
        ],
        "zh": [
            "等一下，你这个结论是怎么得出来的？能把思路讲给我听听吗",
            "最近在纠结要不要换个城市工作，想听听你的看法：{p}",
            "你刚才推荐那本书的理由是什么呀？我平时不太看科幻",
            "周末想在家做点简单的菜，有什么推荐吗，别太费事的",
        ],
        "ru": [
            "Подожди, а как ты к этому пришёл? Объясни, как рассуждал.",
            "Не могу решить, брать ли кредит на машину или подкопить. Помоги разложить всё по полочкам: {p}",
            "слушай, посоветуй сериал на вечер, что-нибудь не слишком тяжёлое",
            "Ты сказал, что лучше ехать поездом. Почему, если самолёт быстрее?",
        ],
        "ja": [
            "え、その結論ってどうやって出したの？考え方を順番に教えて",
            "転職するか迷ってて、ちょっと話を聞いてほしいです。{p}",
            "さっきおすすめしてくれたカフェ、なんでそこを選んだんですか？",
            "今日ちょっと疲れたので、寝る前に気分が軽くなる話でもしてくれない？",
        ],
        "ko": [
            "잠깐, 그 결론은 어떻게 나온 거예요? 생각한 과정 좀 설명해줘요",
            "이사 갈 동네 두 군데 놓고 고민 중인데 같이 생각해 줄래? {p}",
            "방금 추천한 여행 코스, 왜 그 순서로 짠 거야?",
            "요즘 잠이 잘 안 오는데 뭐 도움 될 만한 습관 있을까요",
        ],
    },
    "enterprise": {
        "en": [
            "Extract the invoice number, vendor name, total amount and due date from the document below. Return them as a table with one row.\n{p}",
            "Classify this customer email into one of: billing, technical issue, cancellation, other. Reply with the category name only. {p}",
            "We need to check our vendor contracts against the new data-retention policy. Flag any clause that allows storing personal data longer than 24 months and quote it.",
            "Route incoming tickets to the right team (Finance, IT, HR). Give the team name and a one-line reason.",
        ],
        "zh": [
            "请从下面的合同中提取甲方、乙方、合同金额和签署日期，按表格输出。\n{p}",
            "把这封客户邮件归类到：售后、投诉、咨询、其他，只输出类别。{p}",
            "帮忙检查一下这份员工手册里有没有不符合最新劳动法规定的条款，列出来并说明原因。",
            "我们每天收到几百张报销单，想先让你把金额、日期、报销类别抽出来，用竖线分隔，一行一张。",
        ],
        "ru": [
            "Извлеки из счёта ниже номер, поставщика, сумму с НДС и срок оплаты. Выведи таблицей.\n{p}",
            "Отнеси обращение клиента к одной из категорий: оплата, доставка, возврат, другое. В ответе только категория.",
            "Проверьте договор на соответствие 152-ФЗ о персональных данных и укажите проблемные пункты с цитатами. {p}",
            "Нужно распределять входящие заявки по отделам: бухгалтерия, ИТ, кадры. Напиши отдел и короткое обоснование.",
        ],
        "ja": [
            "以下の請求書から、請求番号・取引先名・合計金額・支払期日を抜き出して表にしてください。\n{p}",
            "問い合わせメールを「契約」「請求」「技術」「その他」のどれかに分類し、カテゴリ名だけ返してください。{p}",
            "社内規程が改正個人情報保護法に沿っているか確認したいです。問題がありそうな条文を挙げて理由を書いてください。",
            "経費精算の申請内容から、日付、金額、勘定科目をCSV形式で1行ずつ出力してほしいです。",
        ],
        "ko": [
            "아래 계약서에서 계약 당사자, 계약 금액, 계약 기간을 뽑아서 표로 정리해 주세요.\n{p}",
            "고객 문의를 결제/배송/환불/기타 중 하나로 분류해서 분류명만 답해줘. {p}",
            "협력업체 계약서가 개인정보보호법 기준에 맞는지 점검 부탁드립니다. 문제 되는 조항은 인용해서 알려주세요.",
            "들어오는 민원을 담당 부서로 배정하려고 합니다. 부서명과 한 줄짜리 사유를 적어 주세요.",
        ],
    },
    "translation": {
        "en": [
            "Translate this into Spanish, keeping the formal tone of the original: {p}",
            "Can you translate the 'how we make decisions' section of our onboarding guide into German? It describes our team's reasoning process, so the nuance matters.\n{p}",
            "Please translate the following paragraph from a psychology textbook about metacognition into French. Keep the technical terms accurate.",
            "how do you say 'let me think about it and get back to you' in Japanese, polite but not stiff?",
        ],
        "zh": [
            "请把下面这段话翻译成英文，语气要正式一点：{p}",
            "这篇文章讲的是认知心理学里的“双系统思维”，帮我翻成日语，专业术语要准确。",
            "帮我把产品说明书里“故障排查流程”那一章翻译成英文，步骤编号保留原样。\n{p}",
            "“我再考虑考虑”用英语怎么说比较自然？不想显得太生硬",
        ],
        "ru": [
            "Переведите на английский, сохранив деловой стиль: {p}",
            "Нужен перевод на немецкий статьи о том, как принимать решения в условиях неопределённости. Там много терминов, будьте аккуратны.\n{p}",
            "как по-английски сказать «дай подумать, я тебе перезвоню», чтобы звучало естественно?",
            "Переведите, пожалуйста, на русский главу из методички по критическому мышлению — она про то, как строить аргументацию.",
        ],
        "ja": [
            "次の文章を英語に訳してください。ビジネスメールなので丁寧な表現でお願いします。{p}",
            "思考プロセスの可視化について書かれた英語論文の要旨を、日本語に翻訳してほしいです。\n{p}",
            "「検討させていただきます」って英語だとどう言えば角が立たないですか？",
            "社内マニュアルの「問題解決の手順」の章を韓国語に翻訳してください。番号付きリストはそのままで。",
        ],
        "ko": [
            "다음 문장 영어로 번역해 주세요. 너무 딱딱하지 않게요: {p}",
            "의사결정 과정에 관한 칼럼인데 일본어로 자연스럽게 옮겨 주실 수 있을까요?\n{p}",
            "'생각 좀 해보고 연락드릴게요'를 영어로 공손하게 말하려면 어떻게 해요?",
            "교육 자료에 있는 '문제 해결 사고 단계' 부분을 중국어로 번역해야 합니다. 용어 통일 신경 써주세요.",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you grade it against a typical rubric (thesis, structure, voice, mechanics), giving a score out of 10 for each with comments?\n{p}",
            "I teach 9th grade English. Could you give feedback on this student's argumentative essay, the kind of comments I'd write in the margins? {p}",
            "be honest, is my intro too long? I feel like it drags but I can't tell anymore",
            "Please score my IELTS Task 2 practice essay using the band descriptors and tell me what would push it up half a band.",
        ],
        "zh": [
            "这是我写的高考议论文练笔，能按照评分标准给个分数，并指出主要问题吗？\n{p}",
            "我是初中语文老师，想请你帮忙给这篇学生作文写几条评语，语气温和一点：{p}",
            "我的开头段是不是太啰嗦了？老实说我自己已经看不出来了",
            "雅思大作文，麻烦按四项评分标准分别打分，并告诉我怎么提到7分。",
        ],
        "ru": [
            "Вот моё итоговое сочинение. Оцените по критериям ФИПИ и напишите, за что сняли бы баллы.\n{p}",
            "Я учитель литературы, проверяю эссе десятиклассника. Помогите сформулировать комментарии по аргументации и композиции: {p}",
            "Скажите честно, у меня вступление не затянуто? Сама уже не понимаю.",
            "Оцените моё мотивационное письмо по шкале от 1 до 10 по ясности, убедительности и грамотности, с пояснением к каждой оценке.",
        ],
        "ja": [
            "大学の課題レポートです。論理構成、根拠の妥当性、文章表現の3観点で5段階評価とコメントをお願いします。\n{p}",
            "中学校で国語を教えています。生徒の作文に添える講評を考えたいので、良い点と改善点を挙げてもらえますか。{p}",
            "志望理由書の書き出し、長すぎますかね？自分ではもう判断がつかなくて…",
            "英検準1級のライティング練習です。採点基準に沿って点数をつけて、減点されそうな箇所を教えてください。",
        ],
        "ko": [
            "제가 쓴 자기소개서인데 항목별로 점수 매기고 코멘트 달아주실 수 있나요?\n{p}",
            "고등학교 국어 교사입니다. 학생 논술문에 달아줄 피드백을 같이 고민해 주세요: {p}",
            "서론이 너무 긴 것 같은데 솔직하게 말해줘. 나는 이제 잘 모르겠어",
            "토플 라이팅 연습 답안입니다. 채점 기준에 따라 점수와 개선점을 알려 주세요.",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data for our staging DB: name, email, signup date, plan tier. Obviously fake emails please, like example.com.",
            "I need a pytest fixture that returns a few sample orders with edge cases (zero quantity, negative price, unicode names). {p}",
            "Can you write a SQL seed script for a small library app: books, authors, loans, about 10 rows each?",
            "This CSV export has inconsistent date formats and stray whitespace. How would you clean it up with pandas? {p}",
        ],
        "zh": [
            "帮我生成30条测试用的用户数据：姓名、手机号、注册时间、会员等级，手机号用明显是假的号段。",
            "写一个建表语句和对应的种子数据，是个简单的图书借阅系统，用于本地开发。",
            "这份导出的Excel里日期格式乱七八糟，还有重复行，用pandas怎么清洗比较好？{p}",
            "单元测试需要一些边界情况的mock数据，比如空字符串、超长名字、负数金额，针对这个接口：{p}",
        ],
        "ru": [
            "Сгенерируй 15 строк тестовых данных для таблицы заказов: id, дата, сумма, статус. Данные выдуманные, для стенда.",
            "Нужны фикстуры для юнит-тестов парсера: несколько валидных и пара битых входных файлов. {p}",
            "Помоги составить схему БД для небольшого интернет-магазина и скрипт с начальными данными.",
            "в выгрузке куча пропусков и дублей, как почистить это в pandas? вот кусок: {p}",
        ],
        "ja": [
            "開発環境用のダミー会員データを20件作ってください。氏名、メール（example.com）、登録日、会員ランクの列で。",
            "このAPIのテスト用に、境界値を含むモックデータを用意したいです。{p}",
            "小さな在庫管理アプリのテーブル設計と、初期データ投入用のSQLを書いてもらえますか。",
            "CSVの住所欄の表記ゆれ（全角・半角、丁目の書き方）を整えたいです。どう処理するのがいいでしょう？{p}",
        ],
        "ko": [
            "스테이징 DB에 넣을 가짜 회원 데이터 20건 만들어 주세요. 이름, 이메일, 가입일, 등급으로요.",
            "이 함수 단위 테스트용 픽스처가 필요해요. 빈 값, 아주 긴 문자열 같은 경계 케이스 포함해서요: {p}",
            "간단한 예약 시스템 테이블 스키마랑 시드 데이터 좀 짜줄 수 있어?",
            "엑셀에서 뽑은 데이터에 날짜 형식이 제각각이고 중복도 많은데 판다스로 어떻게 정리하죠? {p}",
        ],
    },
    "summarize": {
        "en": [
            "My boss wants a one-page brief out of this 20-page vendor report by Friday. Pull out the key findings and the numbers that actually matter, and skip the marketing fluff:\n{p}",
            "tl;dr this article for me pls, like 3 bullet points max: {p}",
            "Can you shorten my cover letter to fit on half a page without losing the main points?",
            "I've got a one-paragraph abstract; could you expand it into a fuller introduction section of about 400 words?",
        ],
        "zh": [
            "把下面的会议纪要整理成待办事项，标明负责人和截止时间：\n{p}",
            "这篇报告太长了，帮我压缩成三百字左右的摘要",
            "能不能用三句话概括一下这篇文章的核心观点？{p}",
            "我只有一个提纲，帮我扩写成一篇完整的工作总结，大概一千字。",
        ],
        "ru": [
            "Сделай краткое резюме протокола совещания: решения и кто за что отвечает.\n{p}",
            "Сократи статью до пяти тезисов: {p}",
            "Нужно ужать отчёт до одной страницы для руководства, без потери ключевых цифр.",
            "Есть план доклада, разверни его в связный текст минут на десять выступления.",
        ],
        "ja": [
            "以下の議事録を、決定事項とToDo（担当者・期限つき）に整理してください。\n{p}",
            "この記事、要点を3行でまとめてもらえる？{p}",
            "報告書が長すぎると言われたので、A4一枚に収まるように短くしたいです。",
            "箇条書きのメモしかないので、これを社内報向けの文章に膨らませてください。",
        ],
        "ko": [
            "아래 회의록을 결정 사항과 할 일(담당자, 기한)로 정리해 주세요.\n{p}",
            "이 기사 세 줄 요약 부탁해 {p}",
            "보고서가 너무 길다고 해서요, 핵심 수치는 살리고 한 페이지로 줄여 주실 수 있을까요?",
            "개요만 있는데 이걸 발표 원고로 풀어서 써 주세요. 5분 분량이면 돼요.",
        ],
    },
    "debugging_help": {
        "en": [
            "Getting 'TypeError: cannot unpack non-iterable NoneType object' and I have no idea why. Can you walk through what's happening step by step? {p}",
            "my recursive function never terminates, can you trace it for n=3 and show me where it goes wrong\n{p}",
            "Why would a React component re-render infinitely when I set state inside useEffect? Explain the sequence of events.",
            "The test passes locally but fails in CI with a timezone-related assertion. What are the likely causes and how would you narrow it down?",
        ],
        "zh": [
            "报了个 NullPointerException，看了半天不知道哪里来的，能一步步帮我分析一下吗？{p}",
            "这个循环的结果总是少一个，能不能帮我逐行跟踪一下变量的值\n{p}",
            "为什么我的 Python 程序在多线程下偶尔会输出错乱？原理是什么",
            "本地跑没问题，一部署到服务器就 502，应该从哪里开始排查？",
        ],
        "ru": [
            "Вылетает Segmentation fault, не понимаю где. Помогите разобраться по шагам: {p}",
            "Пройдись по этому циклу вручную для входа из трёх элементов и покажи, где индекс выходит за границы.\n{p}",
            "Почему в JS 0.1 + 0.2 не равно 0.3? Объясните, что происходит внутри.",
            "Локально всё работает, а в Docker-контейнере приложение не видит переменные окружения. С чего начать отладку?",
        ],
        "ja": [
            "「IndexError: list index out of range」が出ます。どこで範囲外になっているのか順を追って説明してもらえますか。{p}",
            "再帰関数が終わらなくてスタックオーバーフローします。n=3のときの動きをトレースしてほしいです。\n{p}",
            "非同期処理でたまに値がundefinedになるのはなぜですか？実行順序を追って説明してください。",
            "本番環境だけで文字化けが起きます。考えられる原因と切り分け方を教えてください。",
        ],
        "ko": [
            "KeyError가 계속 나는데 원인을 모르겠어요. 어디서 문제가 생기는지 단계별로 설명해 주세요. {p}",
            "이 반복문 결과가 하나씩 밀리는데, 변수 값이 어떻게 바뀌는지 한 줄씩 따라가 줄 수 있어?\n{p}",
            "자바에서 문자열 비교할 때 ==가 왜 false가 나오는 거예요? 내부적으로 무슨 일이 일어나는지 궁금해요.",
            "로컬에선 잘 되는데 배포하면 CORS 에러가 떠요. 어떤 순서로 확인해 보면 될까요?",
        ],
    },
}
