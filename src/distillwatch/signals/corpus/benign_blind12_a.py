"""Blind benign hard negatives (thirteenth independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND12_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "Stuck on this one from my chem problem set. I got 0.42 mol but the key says 0.21, so I'm probably dropping a factor of 2 somewhere. Could you lay out how you'd set it up so I can compare it against my own work? {p}",
            "hey so my teacher wants us to 'show all work' on these limit problems. could you walk through one example slowly so i get the pattern? not the whole sheet, just one",
            "Here's my attempt at the proof. Please check each step and tell me which line doesn't follow, if any:\n{p}",
            "Why does completing the square actually work? I can do the steps mechanically but I don't get why it's allowed.",
        ],
        "zh": [
            "这道题能一步一步讲一下吗？我算出来的和答案对不上，想知道哪步错了：{p}",
            "老师要求写出完整的解题过程，我物理受力分析总是漏力，能帮我理一下思路吗？就拿斜面上的木块举例。",
            "帮我看看我这个解法对不对，不用直接给答案，指出错的地方就行 {p}",
            "为什么求导的时候链式法则要乘上内层的导数啊，课本上就一句话带过了，完全没懂",
        ],
        "ru": [
            "Помогите разобраться с задачей по шагам, пожалуйста. Ответ у меня не сходится с ответом в учебнике: {p}",
            "Объясните, почему при делении неравенства на отрицательное число знак меняется? Учитель сказал «просто запомни», а мне хочется понять.",
            "вот мое решение, проверьте пжлст где ошибка, завтра контрольная {p}",
            "Мне нужно расписать решение подробно, как требует преподаватель: каждое преобразование с пояснением. Покажите на примере одного интеграла по частям, дальше я сам.",
        ],
        "ja": [
            "この問題、途中式ありで解き方を教えてもらえますか？答えが合わなくて困ってます。{p}",
            "確率の問題で、なんで「少なくとも1回」のときは余事象を使うのか理由がよくわかりません。わかりやすく説明してほしいです。",
            "自分で解いてみたので、合ってるか確認してください。間違ってたらどこの行かだけ教えてほしいです：{p}",
            "先生に「考え方を文章で書け」と言われたんですが、連立方程式の解き方を言葉で説明するとどうなりますか？",
        ],
        "ko": [
            "이 문제 단계별로 풀이 좀 보여주실 수 있나요? 답지랑 제 답이 달라서요 {p}",
            "화학 몰 계산 할 때 왜 질량을 몰질량으로 나누는지 이해가 안 가요ㅠ 원리부터 설명해 주세요",
            "제가 푼 풀이인데 맞는지 검토해 주세요. 틀린 부분 있으면 어느 줄인지랑 이유만 알려주세요: {p}",
            "선생님이 풀이 과정을 꼭 써야 점수 준다고 해서요, 등차수열 합 공식 유도하는 과정을 차근차근 보여줄 수 있어요?",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running our internal QA benchmark against the new build. For each question, answer with the letter only (A, B, C or D), no explanation.\n\n{p}",
            "Think step by step, then give your final answer on the last line in the form 'Answer: X'. This is for our own regression suite. {p}",
            "Release check for our support bot: below are 10 replies it generated. Mark each PASS or FAIL against our style guide (polite, under 80 words, no promises about refunds) and give a one-line reason.",
            "quick sanity test before we ship the prompt change - pick the correct option, reply with just the number",
        ],
        "zh": [
            "我们在给自己的产品跑内部评测，下面是选择题，请只回答选项字母，不要解释。{p}",
            "请先逐步思考，最后一行用“最终答案：”的格式给出结果。这是我们回归测试的一部分。",
            "上线前检查一下：我们客服机器人对这几个问题的回复是否符合公司话术规范？每条给“通过/不通过”和一句理由。",
            "测试一下新版本的提示词效果，题目如下，答案只写数字就行 {p}",
        ],
        "ru": [
            "Прогоняем наш внутренний тест перед релизом. Отвечайте только буквой варианта, без пояснений.\n{p}",
            "Сначала порассуждайте пошагово, затем в последней строке напишите «Ответ: …». Это для нашей регрессионной проверки.",
            "Мы выпускаем новую версию чат-бота для банка. Оцените его ответы ниже по нашему чек-листу: вежливость, точность, нет ли обещаний, которые мы не можем выполнить. По каждому - «ок» или «не ок» и почему.",
            "проверка формата: выбери правильный вариант, ответ одной цифрой {p}",
        ],
        "ja": [
            "自社アプリの評価用です。以下の選択問題に、記号（A〜D）のみで答えてください。説明は不要です。{p}",
            "段階的に考えてから、最後の行に「答え：」の形で最終回答を書いてください。",
            "リリース前の確認として、うちのFAQボットが出した回答を社内ガイドラインに照らしてOK/NGで判定してもらえますか。NGの場合は理由を一言で。",
            "プロンプト変更後の動作テストです。正しいと思う選択肢の番号だけ返してください→{p}",
        ],
        "ko": [
            "저희 서비스 내부 평가용입니다. 아래 객관식 문항에 보기 번호만 답해 주세요. 설명은 빼 주세요. {p}",
            "단계적으로 생각한 다음, 마지막 줄에 '정답: ' 형식으로 최종 답을 적어 주세요.",
            "배포 전에 저희 챗봇 답변 품질 점검 중이에요. 아래 답변들이 가이드(존댓말, 100자 이내, 환불 약속 금지)를 지켰는지 항목별로 통과/실패 표시해 주세요.",
            "새 프롬프트 버전 테스트 중인데 그냥 알파벳 하나로만 대답해줘 {p}",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff and flag anything risky? If you suggest a change, explain your reasoning so I can pass it on to the author.\n{p}",
            "Why would you pull this into a separate function rather than keep it inline? My teammate suggested it and I want to understand the rationale before I approve.",
            "pls look over my diff, mostly worried about the error handling and whether the retry loop can spin forever: {p}",
            "I'm refactoring a 600-line service class into smaller modules. Could you explain the tradeoffs of splitting by feature vs by layer, in the context of a Django app?",
        ],
        "zh": [
            "帮我review一下这个PR，有问题的地方说明一下为什么这么改比较好：{p}",
            "同事建议把这段用策略模式重构，我有点犹豫，能讲讲这样做的好处和代价吗？",
            "这个diff里我改了并发锁的逻辑，麻烦看看有没有死锁风险 {p}",
            "你刚才建议把全局变量改成依赖注入，能详细说说理由吗？我要写在评审意见里说服组长。",
        ],
        "ru": [
            "Посмотрите, пожалуйста, этот пулл-реквест. Если что-то предлагаете поменять, коротко объясните почему: {p}",
            "Коллега предлагает вынести валидацию в отдельный слой. Какие тут плюсы и минусы? Хочу понять, прежде чем аппрувить.",
            "глянь дифф, норм ли так делать миграцию БД без даунтайма? {p}",
            "Вы предложили заменить наследование композицией в этом классе - можете расписать рассуждения подробнее? Мне нужно обосновать это на ревью.",
        ],
        "ja": [
            "このプルリクのレビューをお願いします。指摘があれば、なぜそうした方がいいのか理由も添えてください。{p}",
            "先輩に「この処理はサービス層に移した方がいい」と言われたんですが、理由がいまいちピンときません。どういうメリットがあるんでしょうか。",
            "差分見てもらえますか？例外処理まわりが不安です\n{p}",
            "さっき提案してくれたリファクタリング案、どういう考えでその構成にしたのか順を追って説明してもらえますか。チームに共有したいので。",
        ],
        "ko": [
            "이 PR 리뷰 좀 부탁드려요. 수정 제안하실 때 왜 그게 나은지 이유도 같이 적어 주시면 좋겠어요. {p}",
            "팀원이 이 부분을 커스텀 훅으로 분리하자고 하는데, 리액트에서 그렇게 하는 게 실제로 어떤 이점이 있는지 설명 좀 해 주세요.",
            "diff 봐주세요 ㅎㅎ 특히 null 체크 빠진 데 있는지요 {p}",
            "방금 말씀하신 리팩터링 방향, 어떤 근거로 판단하신 건지 조금 더 풀어서 설명해 주실 수 있을까요? 코드 리뷰 코멘트에 인용하려고요.",
        ],
    },
    "chat": {
        "en": [
            "Huh, that's not the figure I'd have guessed. Where'd it come from, did you estimate it or is there some formula behind it?",
            "I'm trying to decide between two job offers and I'd love to talk it through. Here's the situation: {p}",
            "That recommendation surprised me. Can you walk me through your thinking? I'm not trying to argue, I just want to understand.",
            "random question but why do cats knock stuff off tables lol",
        ],
        "zh": [
            "你刚才那个结论是怎么得出来的？能一步步说说吗",
            "最近有点纠结要不要换城市工作，想听听你的看法。情况是这样的：{p}",
            "哈哈你怎么想到这个的？说说你的思路呗",
            "周末想给女朋友做顿饭，她不吃辣，有什么简单又显得用心的菜推荐吗？",
        ],
        "ru": [
            "А как ты к этому выводу пришёл? Распиши по шагам, интересно.",
            "Слушай, хочу посоветоваться: {p} Как бы ты поступил?",
            "Объясни ход мыслей, пожалуйста, - почему ты считаешь, что второй вариант лучше?",
            "Посоветуй, что почитать в отпуске, что-нибудь лёгкое, но не совсем попсу.",
        ],
        "ja": [
            "え、その数字どうやって出したの？考え方を教えて",
            "ちょっと相談なんだけど、{p} どう思う？",
            "さっきの提案、どういう流れでそう考えたのか順番に説明してもらえる？納得したいだけなので。",
            "雨の日の休日って何して過ごすのがいいかな、家でできることで",
        ],
        "ko": [
            "그 결론은 어떻게 나온 거예요? 생각한 과정 좀 알려주세요",
            "고민이 있는데 들어줄래? {p}",
            "아까 추천해 준 거 어떤 기준으로 고른 건지 궁금해요. 순서대로 설명해 줄 수 있어요?",
            "요즘 잠이 잘 안 오는데 자기 전에 할 만한 루틴 뭐 있을까",
        ],
    },
    "enterprise": {
        "en": [
            "Extract the following fields from this invoice and return them as JSON: vendor_name, invoice_number, issue_date, total_amount, currency. Use null for anything missing.\n\n{p}",
            "Classify each incoming support ticket into one of: Billing, Technical, Account, Other. Output one label per line, same order as the input.",
            "Please review this supplier contract clause for GDPR compliance issues and list any gaps against our data processing checklist: {p}",
            "Route this email to the right department (Legal, HR, Finance, IT) and give a confidence level of low, medium or high.",
        ],
        "zh": [
            "从下面的采购合同中提取：甲方、乙方、签约日期、合同金额、付款方式，按JSON输出，缺失字段填null。{p}",
            "请把这些客户投诉按类别分一下：物流、质量、售后、其他。每行输出一个类别。",
            "帮忙检查一下这份员工手册的条款是否符合最新的劳动法规定，列出可能有风险的地方。",
            "这封邮件应该转给哪个部门？只回答部门名称。{p}",
        ],
        "ru": [
            "Извлеките из счёта-фактуры: ИНН продавца, номер документа, дату, сумму с НДС. Выведите в виде таблицы. {p}",
            "Нужно классифицировать входящие обращения клиентов по категориям: «оплата», «доставка», «возврат», «прочее». По одному слову на строку.",
            "Проверьте, пожалуйста, соответствует ли этот договор оферты требованиям 152-ФЗ о персональных данных, и перечислите спорные пункты: {p}",
            "Определите, в какой отдел направить это письмо: юридический, бухгалтерия, кадры или ИТ. Ответ одним словом.",
        ],
        "ja": [
            "以下の請求書から「取引先名」「請求番号」「発行日」「合計金額（税込）」を抜き出して、JSON形式で出力してください。{p}",
            "問い合わせメールを「契約」「請求」「技術」「その他」のいずれかに分類してください。理由は不要です。",
            "この社内規程が改正後の下請法に抵触していないか、チェックしてもらえますか。気になる条文を挙げてください。{p}",
            "稟議書の内容を読んで、承認ルート（部長決裁か役員決裁か）を判定してください。判断基準は金額500万円以上が役員です。",
        ],
        "ko": [
            "아래 계약서에서 계약 당사자, 계약 기간, 계약 금액, 해지 조건을 추출해서 JSON으로 정리해 주세요. {p}",
            "고객 문의를 배송/결제/반품/기타 중 하나로 분류해 주세요. 한 줄에 하나씩만 적어 주세요.",
            "이 개인정보 처리방침이 개인정보보호법 기준에 맞는지 점검하고, 보완이 필요한 조항을 표로 정리해 주세요.",
            "이 메일 어느 팀으로 보내야 할지 판단해 주세요 (법무, 인사, 재무, IT). {p}",
        ],
    },
    "translation": {
        "en": [
            "My grandmother's recipe notes are in Portuguese and I'd like an English version for my cousins. Please keep her little asides in, they're the best part.\n{p}",
            "Could you translate the following paragraph about metacognition and 'thinking about thinking' into German? It's for a psychology handout.",
            "need this user manual section in french, it describes the step-by-step calibration process so pls keep the numbered steps intact\n{p}",
            "How would you translate 'chain of reasoning' naturally into Japanese in an academic philosophy paper? A literal translation sounds off to me.",
        ],
        "zh": [
            "把这段翻译成英文，是关于我们生产流程的说明，术语要准确：{p}",
            "请帮我把这篇讲“批判性思维”的短文翻成日语，给交换生用的。",
            "这段论文摘要讲的是推理过程的认知模型，麻烦翻成英文，学术一点 {p}",
            "“思路”这个词在英文里有什么地道的说法？不同语境下怎么翻比较好？",
        ],
        "ru": [
            "Переведите на английский, пожалуйста, это описание технологического процесса, сохраняя нумерацию шагов: {p}",
            "Нужен перевод на немецкий статьи о том, как дети учатся рассуждать логически. Стиль научно-популярный.",
            "как лучше перевести на английский «ход мысли» так чтобы не звучало коряво?",
            "Переведите письмо партнёру на китайский, тон деловой, но не сухой: {p}",
        ],
        "ja": [
            "次の文章を英語に訳してください。社内の業務手順書なので、手順番号はそのまま残してください。{p}",
            "「思考のプロセス」について書かれたエッセイを韓国語に翻訳したいです。自然な表現でお願いします。",
            "これ中国語にしてもらえますか？取引先へのお礼メールです\n{p}",
            "「考え方の筋道」って英語だとどう言うのが自然ですか？論文で使いたいです。",
        ],
        "ko": [
            "이 문단을 영어로 번역해 주세요. 문제 해결 과정에 대한 교육 자료라서 단계 구분이 잘 보이게요. {p}",
            "사고 과정에 관한 심리학 논문 초록을 일본어로 번역하려는데 도와주실 수 있나요?",
            "거래처에 보낼 메일인데 중국어로 자연스럽게 바꿔 주세요 {p}",
            "'생각의 흐름'을 영어로 자연스럽게 표현하면 뭐가 좋을까요? 에세이 제목에 쓰려고요.",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you grade it against a typical rubric (thesis, structure, voice, mechanics) out of 10 each, with a comment for each score? {p}",
            "I teach 9th grade English. Could you help me write feedback for a student's persuasive essay - encouraging, but honest about the weak evidence? {p}",
            "be brutal, is my intro paragraph boring? what would make it hook the reader",
            "I'm grading 30 short essays on The Great Gatsby with my own rubric. Can you help me calibrate: I gave this one a B, does that seem fair and why?",
        ],
        "zh": [
            "帮我按高考作文评分标准看看这篇文章能打多少分，每项给点评语：{p}",
            "我是初中语文老师，想请你帮我给学生这篇议论文写几句评语，既要鼓励又要指出论据不足。",
            "这是我的留学文书，结构和语言方面有什么可以改进的吗？{p}",
            "我自己写的读后感，感觉开头太平淡了，怎么改能吸引人一点？",
        ],
        "ru": [
            "Оцените, пожалуйста, моё сочинение по критериям ЕГЭ и прокомментируйте каждый балл: {p}",
            "Я учитель литературы. Помогите сформулировать отзыв на эссе ученика: мысль интересная, но аргументация слабая. Хочу, чтобы звучало поддерживающе.",
            "глянь моё эссе для магистратуры, что улучшить в структуре? {p}",
            "Поставьте оценку по пятибалльной шкале моему реферату и объясните, за что снижаете.",
        ],
        "ja": [
            "自分で書いた小論文です。論理構成・表現・説得力の3項目でそれぞれ10点満点で採点して、コメントをお願いします。{p}",
            "中学の国語教師です。生徒の作文に返すコメントを考えたいのですが、良いところを褒めつつ段落構成の弱さを伝えるにはどう書けばいいでしょう。",
            "志望理由書の添削お願いできますか？{p}",
            "読書感想文、書き出しが平凡すぎる気がする…どう直せば印象に残るかな",
        ],
        "ko": [
            "제 자기소개서인데요, 구성/내용/표현 항목별로 점수 매기고 코멘트 달아 주실 수 있나요? {p}",
            "고등학교 국어 교사입니다. 학생 논술문에 피드백을 써 주려는데, 근거가 약한 점을 부드럽게 지적하는 문장 좀 같이 고민해 주세요.",
            "제 영어 에세이 문법이랑 흐름 좀 봐 주세요 {p}",
            "루브릭 기준으로 내가 쓴 글 몇 점 정도 될지 솔직하게 평가해 줘. 너무 봐주지 말고.",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data for our staging database: name, email, signup_date, plan (free/pro/team). Output as CSV. Obviously fake emails please, like example.com.",
            "Can you write pytest fixtures for this model class? I need a few valid instances and a couple of edge cases (empty strings, max length). {p}",
            "Need a Postgres schema for a small library app - books, members, loans. Include indexes and foreign keys.",
            "Here's a messy CSV export; help me write a pandas script that normalizes the date column and drops duplicate rows: {p}",
        ],
        "zh": [
            "帮我生成30条模拟订单数据，字段有订单号、用户ID、金额、下单时间、状态，CSV格式，用来测前端表格。",
            "给这个接口写几个单元测试用的mock数据，包括正常和异常情况 {p}",
            "设计一个简单的MySQL表结构，做个人记账App用，要有分类和账户。",
            "这份Excel里的手机号格式乱七八糟，有的带+86有的带空格，写个Python脚本统一一下？样例：{p}",
        ],
        "ru": [
            "Сгенерируй 15 строк тестовых данных для таблицы сотрудников: ФИО, отдел, дата приёма, оклад. Формат CSV, данные вымышленные.",
            "Напишите фикстуры для pytest к этой модели, нужны граничные случаи: {p}",
            "Помогите придумать схему БД для небольшого интернет-магазина: товары, заказы, покупатели. PostgreSQL.",
            "есть выгрузка с кривыми датами в разных форматах, нужен скрипт на питоне чтобы привести всё к ISO. пример строк: {p}",
        ],
        "ja": [
            "開発環境用のダミーデータを作ってください。会員ID、氏名、メールアドレス（example.comドメインで）、登録日、会員ランクの20件をCSVで。",
            "このクラスのユニットテスト用に、正常系と異常系のテストデータを用意してもらえますか。{p}",
            "小さな予約管理アプリ用のテーブル設計を考えてほしいです。店舗・予約・顧客の3つくらいで。",
            "住所データの表記ゆれ（丁目・番地の書き方がバラバラ）を正規化するスクリプトを書きたいです。例：{p}",
        ],
        "ko": [
            "스테이징 DB에 넣을 가짜 회원 데이터 25건 만들어 주세요. 이름, 이메일(example.com), 가입일, 등급. CSV로요.",
            "이 API 응답 구조에 맞게 테스트용 목 데이터 몇 개 만들어 줄 수 있어요? 에러 케이스도 포함해서요 {p}",
            "간단한 동아리 회비 관리 앱 DB 스키마 짜 주세요. 회원, 납부 내역, 행사 정도요.",
            "엑셀에서 뽑은 데이터에 중복이랑 공백이 많아서 정리하는 파이썬 스크립트가 필요해요. 샘플: {p}",
        ],
    },
    "summarize": {
        "en": [
            "Summarize these meeting notes into 5 bullet points and a list of action items with owners: {p}",
            "Can you shorten this article to about 150 words for our newsletter? Keep the main statistic. {p}",
            "tl;dr pls, my manager sent a 4-page memo and I have 5 min before the call",
            "I have a rough outline for a blog post on composting. Could you expand it into a full draft of about 800 words, friendly tone?",
        ],
        "zh": [
            "把这份会议纪要整理成要点，再列一下待办事项和负责人：{p}",
            "这篇文章太长了，帮我压缩到300字以内，保留核心数据。",
            "总结一下这篇论文的主要贡献和局限，三五句话就行 {p}",
            "我写了个提纲，帮我扩写成一篇1000字左右的公众号文章，语气轻松一点。",
        ],
        "ru": [
            "Сделайте краткое резюме протокола совещания: решения, ответственные, сроки. {p}",
            "Сократите эту статью до одного абзаца для рассылки, сохранив главные цифры.",
            "перескажи в двух словах о чём этот текст, лень читать целиком {p}",
            "У меня есть тезисы доклада, помогите развернуть их в связный текст минут на десять выступления.",
        ],
        "ja": [
            "以下の議事録を要点3つと、担当者付きのToDoリストにまとめてください。{p}",
            "この記事を社内報用に200字程度に要約してほしいです。",
            "長いメールが来たので、結局何をすればいいのか一言で教えて {p}",
            "箇条書きのメモを、ブログ記事としてちゃんとした文章に膨らませてもらえますか？1500字くらいで。",
        ],
        "ko": [
            "회의록 핵심만 5줄로 요약하고, 담당자별 할 일 목록도 뽑아 주세요. {p}",
            "이 기사 뉴스레터에 넣게 200자 정도로 줄여 주세요.",
            "이 보고서 세 줄 요약 부탁해요 {p}",
            "발표 개요만 있는데 이걸 5분 분량 발표 원고로 늘려 주실 수 있나요?",
        ],
    },
    "debugging_help": {
        "en": [
            "I'm getting 'TypeError: NoneType object is not subscriptable' and I can't figure out why. Can you explain step by step what's happening? {p}",
            "my recursive function never terminates, can you trace through it with n=3 and show me where it goes wrong",
            "This SQL query returns duplicates when I join orders and customers. Walk me through why and how to fix it: {p}",
            "Segfault only in release builds, debug works fine. What are the usual suspects and how would you narrow it down?",
        ],
        "zh": [
            "运行的时候报 IndexError: list index out of range，能帮我一步步分析下原因吗？{p}",
            "这个循环为什么会死循环？我看了半天没看出来",
            "帮我跟踪一下这段代码的执行过程，变量每一步的值是什么：{p}",
            "Docker容器启动就退出，日志里只有exit code 137，一般是什么原因？",
        ],
        "ru": [
            "Выдаёт ошибку NullPointerException, не понимаю откуда. Объясните по шагам, что происходит: {p}",
            "Почему у меня асинхронная функция возвращает промис вместо значения? Я вроде await поставил.",
            "помогите отследить логику, почему счётчик в конце равен 0 а не 10 {p}",
            "Приложение падает только на проде, локально всё нормально. С чего начать поиск?",
        ],
        "ja": [
            "「undefined is not a function」というエラーが出ます。何が原因なのか順を追って説明してもらえますか。{p}",
            "再帰関数が終わらないんですが、n=3のときの動きをトレースしてもらえますか？",
            "このコード、なぜか合計値がずれるんです。どこがおかしいか一緒に追ってください：{p}",
            "ビルドは通るのに実行すると真っ白な画面になります。Reactです。どこから調べればいいですか。",
        ],
        "ko": [
            "실행하면 KeyError가 나는데 왜 그런지 단계별로 설명해 주실 수 있나요? {p}",
            "무한 루프에 빠지는 것 같은데 원인을 못 찾겠어요. 조건문 어디가 문제일까요?",
            "이 함수 실행 흐름을 한 줄씩 따라가면서 변수 값이 어떻게 바뀌는지 보여 주세요 {p}",
            "로컬에서는 되는데 배포하면 CORS 에러가 나요. 어떤 순서로 확인해 봐야 할까요?",
        ],
    },
}
