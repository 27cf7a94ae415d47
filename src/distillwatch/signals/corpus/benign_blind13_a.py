"""Blind benign hard negatives (fourteenth independent set), languages en zh ru ja ko; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND13_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "Ok so I did this one three times and got three different answers, which can't be good. Could you lay out the full method, one line per move, and flag the spot where people usually slip up? {p}",
            "hey so my teacher wants us to show our work on every problem and i keep losing points. here's the question: {p} can you walk through it like you'd write it on the board",
            "I got x = 7/3 for the system of equations on my worksheet but the answer key says 3. Could you check my steps and tell me which line is wrong? I multiplied the first equation by 2 and subtracted.",
            "Why does the derivative of ln(x) come out as 1/x? I can use the rule but I don't get where it comes from. Explain it like I'm in grade 12.",
        ],
        "zh": [
            "这道题我算了三遍答案都不一样，能一步一步帮我讲一下吗？题目是：{p}",
            "老师要求写出完整的解题过程，我只会直接写答案……麻烦帮我把过程写清楚，每一步为什么这么做也说一下：{p}",
            "我自己做了一遍，用的是配方法，最后得到 x=2 或 x=-5，帮我检查一下对不对，哪一步有问题的话指出来就行，别直接给我答案。",
            "为什么等比数列求和公式里要用1减q？课本上直接给了公式，我想知道它是怎么推出来的。",
        ],
        "ru": [
            "Помогите, пожалуйста, разобрать задачу по физике по шагам, с пояснениями к каждому действию: {p}",
            "у меня в ответе получилось 12 м/с, а в учебнике 8. вот моё решение: {p} где я накосячил?",
            "Объясните, почему при делении на отрицательное число знак неравенства меняется. Учительница сказала просто запомнить, но хочется понять.",
            "Завтра контрольная по химии. Можете показать на каком-нибудь простом примере, как уравнивать окислительно-восстановительные реакции методом электронного баланса, по шагам?",
        ],
        "ja": [
            "この問題の解き方を途中式も含めて一つずつ教えてください。答えだけじゃなくて、なぜそうするのかも知りたいです。{p}",
            "宿題で出た確率の問題なんですけど、自分の解答が合ってるか見てもらえますか？{p}",
            "二次関数の最大値・最小値の問題で、場合分けがいつも分からなくなります。軸と定義域の位置関係でなぜ場合分けが必要なのか、説明してもらえませんか。",
            "英作文の宿題で関係代名詞のwhichとthatの使い分けがわからない…例文つきで違いを教えてほしいです",
        ],
        "ko": [
            "이 문제 풀이 과정을 단계별로 보여주세요. 시험에 서술형으로 나와서 과정을 어떻게 써야 하는지 알고 싶어요: {p}",
            "제가 푼 건데 답이 자꾸 틀리게 나와요ㅠㅠ 어디서 실수했는지 좀 봐주실 수 있나요? {p}",
            "미분에서 연쇄법칙이 왜 성립하는지 직관적으로 설명해 주실 수 있나요? 공식은 외웠는데 이해가 안 돼요.",
            "물리 숙제인데 마찰력 있는 경사면 문제에서 힘을 어떻게 분해하는지 그림 그리듯이 차근차근 알려주세요.",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running a release check on our support bot. Below is a multiple-choice question from our internal QA suite. Answer with the letter only, no explanation.\n\n{p}",
            "Think step by step, then give your final answer on the last line in the form 'Answer: X'. Question: {p}",
            "I'm comparing two versions of our company's FAQ assistant before we ship. For each pair of responses I paste, tell me which one is more accurate about our refund policy and why, in one or two sentences.",
            "quick sanity check for our app's regression tests: reply with exactly one word, YES or NO, to whether the following statement is true. Paris is the capital of France.",
        ],
        "zh": [
            "这是我们客服机器人上线前的内部测试题，请只回答选项字母（A/B/C/D），不要解释：{p}",
            "请先逐步思考，最后一行用“最终答案：”开头给出结果。题目如下：{p}",
            "我们产品下周要发版，我想确认新版摘要功能没有退化。我会贴几条新旧版本的输出，你帮我看看新版有没有漏掉关键信息，简单说一下就行。",
            "做个格式测试：下面这个问题请用JSON返回，只包含answer一个字段，值是数字。问题：一周有几天？",
        ],
        "ru": [
            "Тестируем нашего внутреннего ассистента перед релизом. Ответь только буквой правильного варианта, без пояснений: {p}",
            "Реши задачу, рассуждая по шагам, а в последней строке напиши только итоговое число. {p}",
            "Мы проверяем, как наш чат-бот для банка отвечает на вопросы про тарифы. Я вставлю ответ бота и выдержку из тарифной сетки, скажи, есть ли в ответе фактические ошибки.",
            "Формат проверки: на каждый вопрос отвечай одной строкой «Верно» или «Неверно». Первый вопрос: вода кипит при 100 °C на уровне моря.",
        ],
        "ja": [
            "社内ヘルプデスクBotのリリース前テストです。以下の選択問題に、記号（A〜D）だけで答えてください。{p}",
            "段階的に考えてから、最後の行に「答え：」に続けて最終的な答えだけを書いてください。{p}",
            "自社アプリの要約機能を改修したので、旧版と新版の出力を並べて貼ります。新版で事実と違う内容が増えていないか確認してもらえますか。",
            "評価スクリプトのパース確認用です。次の質問には数字だけで答えてください。余計な文字は不要です。1年は何か月？",
        ],
        "ko": [
            "저희 상담 챗봇 출시 전 점검용 문항입니다. 정답 보기의 알파벳만 답해 주세요. 설명은 필요 없습니다. {p}",
            "단계적으로 생각한 다음, 마지막 줄에 '정답: ' 뒤에 최종 답만 적어 주세요. {p}",
            "우리 회사 검색 기능 개선 전후 결과를 비교하고 있어요. 제가 붙여넣는 두 결과 중에 사용자 질문에 더 맞는 쪽이 어느 건지, 이유 한 줄로 알려주세요.",
            "파서 테스트라서 그런데 '예' 또는 '아니오' 중 하나로만 답해 줘. 물은 섭씨 0도에서 언다?",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff and explain your reasoning for each suggestion? I want to learn, not just apply fixes.\n\n{p}",
            "My lead asked me to justify why I pulled the validation logic out into its own class. Help me write a short rationale for the refactor based on this diff: {p}",
            "is it actually bad to catch Exception broadly in a Python CLI entrypoint? reviewer flagged it and i'm not sure i agree. what's the reasoning either way",
            "We're debating whether to replace our hand-rolled retry loop with tenacity. Could you lay out the trade-offs so I can put them in the PR description?",
        ],
        "zh": [
            "帮我看一下这个合并请求，每条建议都说一下理由，我想搞明白为什么要这么改：{p}",
            "这段diff是我同事提的，我觉得可读性不太好但说不出具体哪里不好，你能帮我整理几条有理有据的review意见吗？{p}",
            "把一个两百行的函数拆成五个小函数，组长说好，另一个同事说调用链太深反而难读。你怎么看？各自的道理是什么？",
            "Go里面error到底该在哪一层wrap？我们代码评审里老是为这个吵，想听听一个清晰的思路。",
        ],
        "ru": [
            "Посмотри, пожалуйста, этот дифф и объясни, почему ты предлагаешь каждое изменение — хочу понять логику, а не просто поправить: {p}",
            "Ревьюер написал «вынеси это в отдельный сервис», а я не уверен, что оно того стоит. Вот изменения: {p} Стоит ли?",
            "Помогите сформулировать обоснование рефакторинга для описания пулл-реквеста: мы заменили наследование композицией в модуле отчётов, чтобы упростить тесты.",
            "Почему на код-ревью часто просят не использовать изменяемые аргументы по умолчанию в Python? Объясни на примере, хочу донести это до джуна.",
        ],
        "ja": [
            "このプルリクのdiffをレビューしてもらえますか。指摘ごとに、なぜそうした方がいいのか理由も書いてください。{p}",
            "先輩からのレビューで「この条件分岐はearly returnにして」と言われました。理由を自分でも説明できるようになりたいので、メリットを教えてください。",
            "リファクタリングの意図をPRの説明文に書きたいです。以下の変更点から、なぜこう変えたのかの根拠を文章にまとめてもらえませんか。{p}",
            "レビューでuseEffectの依存配列について指摘されたんだけど、正直よくわからない。何がまずいのか順を追って説明してほしい",
        ],
        "ko": [
            "이 PR diff 리뷰 부탁드려요. 수정 제안마다 왜 그렇게 생각하는지 근거도 같이 적어 주세요. {p}",
            "리뷰어가 이 부분을 전략 패턴으로 바꾸라고 했는데 좀 과한 것 같기도 해서요. 코드 보시고 의견 주실래요? {p}",
            "팀에서 코드 리뷰 때 매직 넘버를 상수로 빼라는 말을 자주 하는데, 신입한테 설명할 때 쓸 수 있게 이유를 정리해 주세요.",
            "레거시 서비스의 콜백 지옥을 async/await로 바꾸는 리팩터링 PR을 올리려고 합니다. PR 설명에 넣을 변경 근거를 간단히 써 주세요.",
        ],
    },
    "chat": {
        "en": [
            "Wait, how did you arrive at that number? Walk me through your thinking, I want to double-check it before I tell my wife.",
            "ok you said the second option is cheaper in the long run but how'd you get there",
            "I'm trying to decide whether to adopt a second cat. Here's my situation: {p} Can you talk it through with me?",
            "Sorry, I didn't quite follow that. Can you explain your thinking on this one more time, slower? {p}",
        ],
        "zh": [
            "你刚才说这个方案更划算，是怎么算出来的？能把思路讲一下吗？",
            "周末想带爸妈出去玩，预算两千左右，你帮我想想去哪好？{p}",
            "诶你怎么知道我说的是那部电影的？你是根据哪几个线索猜出来的😂",
            "我在纠结要不要换工作，情况大概是这样：{p} 你能陪我理一理思路吗？",
        ],
        "ru": [
            "А как ты к этому выводу пришёл? Расскажи ход мыслей, мне интересно.",
            "Слушай, посоветуй, что приготовить на ужин из того, что есть в холодильнике: {p}",
            "Ты сказал, что лучше ехать поездом, а не лететь. Почему? Объясни по пунктам, я не убеждена.",
            "Мне нужно решить, брать ипотеку сейчас или подождать год. Вот мои вводные: {p} Порассуждай со мной, пожалуйста.",
        ],
        "ja": [
            "さっきのおすすめ、どういう理由でそれを選んだの？考えた順番で教えて",
            "来月引っ越すんですが、どっちの部屋がいいか迷ってます。条件はこんな感じです：{p}",
            "なんでその答えになったのか、思考の流れをざっくり説明してもらえる？納得したいので。",
            "ちょっと聞いてほしいんだけど、{p} これってどう思う？",
        ],
        "ko": [
            "방금 그 결론은 어떻게 나온 거예요? 생각하신 과정을 차근차근 설명해 주세요.",
            "주말에 뭐 할지 고민인데 같이 생각해 줄래? {p}",
            "아까 A보다 B가 낫다고 했잖아, 왜 그렇게 판단했는지 궁금해",
            "친구 생일 선물 고르는 중인데요, 친구 취향은 이래요: {p} 뭐가 좋을지, 왜 그런지도 같이 알려주세요.",
        ],
    },
    "enterprise": {
        "en": [
            "Extract the vendor name, invoice number, total amount and due date from this invoice and return them as JSON with those four keys:\n\n{p}",
            "Classify the following customer email into one of: billing, technical, cancellation, other. Reply with the category only.\n\n{p}",
            "We need to route incoming contracts to the right legal reviewer. Could you suggest a simple rule set based on contract type, value and jurisdiction that our ops team could implement in the ticketing system?",
            "Our policy says every vendor contract must include a 30-day termination-for-convenience right. I'll paste the termination section of a draft next; tell me whether it passes and quote the sentence that decides it.",
        ],
        "zh": [
            "请从下面这份采购合同中提取甲方、乙方、合同金额、签订日期，用JSON格式输出，字段名用英文：{p}",
            "把这条工单归到以下类别之一：账户问题、支付问题、物流问题、其他。只输出类别名称。{p}",
            "我们法务部想做一个合规自查清单，针对员工个人信息处理，帮我列一下需要检查的要点，按《个人信息保护法》的思路来。",
            "公司每天收到几百封供应商邮件，想按紧急程度自动分流到不同的组，你能帮我设计一下分级标准和对应的处理人吗？",
        ],
        "ru": [
            "Извлеки из этого счёта-фактуры ИНН поставщика, номер документа, дату и сумму с НДС. Ответ в формате JSON. {p}",
            "Определи, к какому отделу относится обращение клиента: бухгалтерия, техподдержка, отдел продаж. Ответь одним словом. {p}",
            "Нам нужно проверять договоры аренды на соответствие внутреннему регламенту. Составь чек-лист основных пунктов, которые юрист должен просмотреть в первую очередь.",
            "Подскажите структуру таблицы для учёта входящих писем от контрагентов: какие поля нужны, чтобы потом удобно распределять их по ответственным.",
        ],
        "ja": [
            "以下の請求書から、取引先名・請求番号・請求金額・支払期日を抜き出して、JSON形式で出力してください。{p}",
            "お問い合わせメールを「契約」「請求」「技術」「その他」のいずれかに分類してください。カテゴリ名のみ回答でお願いします。{p}",
            "経費精算の申請書が社内規程に沿っているかを確認するためのチェック項目を整理したいです。よくある差し戻し理由も含めて挙げてもらえますか。",
            "部署ごとに問い合わせを振り分けるルールを作りたいので、件名と本文のどんなキーワードで判定すれば良さそうか案を出してください。",
        ],
        "ko": [
            "아래 계약서에서 계약 당사자, 계약 기간, 계약 금액, 해지 조건을 뽑아서 JSON으로 정리해 주세요. {p}",
            "고객 문의 내용을 보고 '환불', '배송', '제품 불량', '기타' 중 하나로 분류해 주세요. 분류명만 답하면 됩니다. {p}",
            "사내 개인정보 처리 절차가 규정에 맞는지 점검하려고 합니다. 감사 전에 확인해야 할 항목을 체크리스트로 만들어 주세요.",
            "들어오는 견적 요청서를 금액대별로 담당 부서에 배정하는 기준을 만들고 싶은데 어떤 식으로 나누면 좋을까요?",
        ],
    },
    "translation": {
        "en": [
            "Please translate this into Spanish, keeping the formal tone of the original:\n\n{p}",
            "Translate the following paragraph from our onboarding manual into German. It describes our step-by-step approval process, so keep the numbered steps intact. {p}",
            "How would you translate 'chain of thought' in a psychology textbook into French? I want the term a French academic would actually use, not a literal calque.",
            "can u translate my grandma's recipe notes into english? she wrote them in polish and half of it is abbreviations lol",
        ],
        "zh": [
            "请把下面这段关于“批判性思维”的课程介绍翻译成英文，要符合学术写作习惯：{p}",
            "帮我把这份操作流程翻成日语，步骤编号保留，专业术语按行业习惯译：{p}",
            "“思考过程”这个词在心理学论文里英文一般怎么说？thinking process 还是 thought process？有区别吗？",
            "我在翻译一本讲决策方法的书，里面有句话“先想清楚再动手”，怎么译成英文比较地道？给我几个版本。",
        ],
        "ru": [
            "Переведите, пожалуйста, на английский текст нашего регламента согласования закупок, сохраняя нумерацию шагов: {p}",
            "Нужен перевод на русский статьи о том, как дети учатся рассуждать. Стиль научно-популярный. {p}",
            "Как лучше перевести на русский выражение «reasoning trace» в статье по когнитивной психологии? Дословно звучит коряво.",
            "переведи плз на немецкий короткое письмо арендодателю, что я съезжаю в конце месяца, вежливо но без лишних слов",
        ],
        "ja": [
            "次の文章を英語に翻訳してください。社内の意思決定プロセスを説明した資料なので、フォーマルな表現でお願いします。{p}",
            "子ども向けの「考える力」についてのエッセイを中国語に訳してもらえますか？読みやすさ重視で。{p}",
            "「思考の過程を言語化する」って英語でどう言うのが自然ですか？論文のアブストラクトで使いたいです。",
            "取引先への納期遅延のお詫びメールを韓国語にしたいです。丁寧すぎず、ビジネスとして自然な感じで。",
        ],
        "ko": [
            "아래 업무 절차 문서를 영어로 번역해 주세요. 단계 번호는 그대로 유지하고 용어는 업계에서 쓰는 표현으로 부탁드립니다. {p}",
            "이 블로그 글을 일본어로 옮겨 주세요. '생각하는 방법'에 관한 글이라 뉘앙스가 중요해요. {p}",
            "'사고 과정'을 영어 논문에서는 보통 뭐라고 써요? thought process랑 reasoning process 차이도 알려주세요.",
            "해외 바이어한테 보낼 견적 메일 중국어로 번역 좀 해줄 수 있어? 격식 있게.",
        ],
    },
    "essay_feedback": {
        "en": [
            "I'm a 10th grade English teacher. Could you give this student essay a score out of 6 on our argument rubric (claim, evidence, reasoning, conventions) with a short comment for each? {p}",
            "Here's my college application essay. Be honest: what's weak about it and what would you cut? {p}",
            "My professor gave me a C+ on my last paper and said the thesis was 'underdeveloped'. What does that usually mean and how do I fix it next time?",
            "I keep rewriting the thesis statement for my history essay and going in circles. What makes a thesis clear enough, and how do I know when to stop fiddling with it?",
        ],
        "zh": [
            "我是初中语文老师，想请你按“立意、结构、语言、书写规范”四项帮我批改这篇学生作文，每项给分并写一两句评语：{p}",
            "这是我的雅思大作文，帮我按四个评分维度估个分，再说说最该改的地方：{p}",
            "论文开题报告被导师说“问题意识不强”，这到底是什么意思？我该从哪方面改？",
            "我儿子写了篇《我的妈妈》，语文老师打了70分，我看不出问题在哪，你能说说这类作文一般怎么才能写得更好吗？",
        ],
        "ru": [
            "Я учитель литературы. Оцените, пожалуйста, сочинение ученика по критериям ЕГЭ и коротко прокомментируйте каждый критерий: {p}",
            "Вот моё эссе для поступления в магистратуру. Скажите честно, что в нём слабое и что стоит переписать: {p}",
            "Преподаватель написал на полях «нет аргументации», а я вроде бы привёл примеры. В чём разница между примером и аргументом?",
            "Помогите составить критерии оценивания эссе для 8 класса — хочу, чтобы дети заранее понимали, за что снижаются баллы.",
        ],
        "ja": [
            "高校で国語を教えています。生徒の小論文を「論点の明確さ」「根拠」「構成」「表現」の4観点で5段階評価し、それぞれ短いコメントをつけてもらえますか。{p}",
            "大学のレポートを提出前に見てほしいです。論理の飛躍があるところを指摘してもらえると助かります。{p}",
            "英検の英作文でいつも内容点が低いです。採点基準でいう「内容」って具体的に何を見られているんでしょうか。",
            "志望理由書、何回書き直してもありきたりになってしまう…どうすれば自分らしさが出るかアドバイスください",
        ],
        "ko": [
            "고등학교 국어 교사입니다. 학생 논술문을 논지, 근거, 구성, 표현 네 항목으로 10점 만점 채점하고 항목별로 짧게 코멘트 달아 주세요. {p}",
            "제 자기소개서인데 솔직하게 평가해 주세요. 어디가 약한지, 뭘 빼면 좋을지요. {p}",
            "교수님이 제 리포트에 '논리 전개가 약하다'고 쓰셨는데, 구체적으로 어떤 걸 고치면 될까요?",
            "토플 라이팅 연습 중인데 채점 기준에서 'development'가 정확히 뭘 의미하는지 예시로 설명해 주실 수 있나요?",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 15 rows of fake customer data for our staging database: id, first_name, last_name, email, signup_date, plan (free/pro/team). CSV please, obviously fake emails.",
            "I need a pytest fixture that builds a small order with two line items and a discount code for my checkout tests. Here's the model: {p}",
            "Write a JSON Schema for this config file so we can validate it in CI: {p}",
            "our CSV export has dates in like three different formats and some phone numbers with spaces, some without. whats a clean way to normalize it in pandas?",
        ],
        "zh": [
            "帮我生成20条测试用的用户数据，字段有：用户ID、昵称、手机号（用假号码）、注册时间、会员等级，输出成CSV。",
            "根据下面这个表结构，写一段插入演示数据的SQL，每张表五六条就够了：{p}",
            "我有一份Excel，地址那一列格式很乱，有的带省有的不带，怎么用Python清洗成统一格式？",
            "给这个接口写几个单元测试用的mock返回值，包括正常、空列表和报错三种情况：{p}",
        ],
        "ru": [
            "Сгенерируй 10 тестовых записей для таблицы заказов: id, дата, сумма, статус (new/paid/shipped), город. Формат — JSON-массив.",
            "Нужны сид-данные для локальной разработки по этой схеме Prisma, штук по пять на модель: {p}",
            "Как в pandas удалить дубликаты клиентов, если у одних ФИО записано через ё, а у других через е, и иногда с лишними пробелами?",
            "Напиши фабрику factory_boy для модели ниже, чтобы в тестах можно было быстро создавать пользователей с разными ролями: {p}",
        ],
        "ja": [
            "開発環境用に、商品マスタのダミーデータを10件作ってください。項目は商品コード、商品名、カテゴリ、価格、在庫数で、CSV形式でお願いします。",
            "このテーブル定義に合わせて、結合テスト用のシードデータをINSERT文で用意してもらえますか。{p}",
            "住所データの表記ゆれ（「丁目」の前が全角数字だったり漢数字だったり）を正規化したいです。Pythonでの方針を教えてください。",
            "以下のAPIレスポンスの型に合うモックデータをJestのテスト用に3パターン作って。正常系・空・エラー。{p}",
        ],
        "ko": [
            "개발 서버에 넣을 더미 회원 데이터 15건 만들어 주세요. 컬럼은 id, 이름, 이메일(가짜), 가입일, 등급이고 CSV로요.",
            "아래 스키마 기준으로 로컬 개발용 시드 데이터 스크립트 작성해 주세요. 테이블당 5건 정도면 됩니다. {p}",
            "엑셀에 전화번호가 010-1234-5678, 01012345678, +82 10 1234 5678 이렇게 섞여 있는데 파이썬으로 통일하는 방법 알려주세요.",
            "이 함수 단위 테스트용 픽스처 좀 만들어 줘. 경계값 케이스도 포함해서. {p}",
        ],
    },
    "summarize": {
        "en": [
            "Summarize these meeting notes into action items with owners and due dates:\n\n{p}",
            "Can you shorten this article to about 150 words for our newsletter? Keep the main argument. {p}",
            "What's the gist of the EU AI Act's risk categories? Just a few bullet points, I have a call in ten minutes.",
            "I have three bullet points for my weekly status update: migration done, load tests next week, one blocker on vendor access. Can you turn that into a short friendly paragraph for the stakeholder email?",
        ],
        "zh": [
            "帮我把这份会议纪要整理成待办事项，标出负责人和截止时间：{p}",
            "这篇文章太长了，压缩到300字左右，保留核心观点：{p}",
            "能用几句话概括一下《人类简史》的主要观点吗？读书会要用。",
            "我写了三条要点，帮我扩写成一段正式的周报：完成了数据迁移；下周做压测；供应商权限还卡着。",
        ],
        "ru": [
            "Коллеги просили к утру выжимку из этого отчёта — страницы на полторы максимум. Оставь цифры и выводы, предысторию можно выкинуть.\n{p}",
            "Сократи эту статью до одного абзаца для рассылки, главное не потерять основной тезис: {p}",
            "В двух словах: о чём «Мастер и Маргарита»? Племяннику на завтра надо, а он не дочитал 🙄",
            "Разверни, пожалуйста, эти тезисы в нормальный текст для отчёта руководителю: внедрили новую CRM, обучили 40 сотрудников, конверсия выросла на 8%.",
        ],
        "ja": [
            "以下の議事録を、決定事項・TODO（担当者と期限つき）・保留事項の3つに分けて要約してください。{p}",
            "この記事を社内報向けに200字くらいにまとめてもらえますか。{p}",
            "『失敗の本質』ってざっくり何が書いてある本？3行くらいで",
            "箇条書きのメモを、上司に送る報告メールの文章にふくらませてください。内容：新システム導入完了、研修は来週、一部の部署でログイン不具合あり。",
        ],
        "ko": [
            "아래 회의록을 결정 사항, 할 일(담당자/기한), 보류 사항으로 나눠서 요약해 주세요. {p}",
            "이 기사 사내 뉴스레터용으로 5줄 정도로 줄여 줄 수 있어? {p}",
            "'총, 균, 쇠' 핵심 내용을 짧게 정리해 주세요. 독서 모임 발제용이에요.",
            "메모한 내용을 팀장님께 보낼 주간 보고 문단으로 풀어 써 주세요: 결제 모듈 배포 완료, 다음 주 부하 테스트, 외부 API 인증 이슈 대기 중.",
        ],
    },
    "debugging_help": {
        "en": [
            "I'm getting this traceback and I don't get why. Can you explain what's happening step by step? {p}",
            "this function returns None sometimes and I can't figure out when. can you trace through it with input [3, 0, 5] and tell me where it goes wrong {p}",
            "Why does my React component re-render infinitely when I set state inside useEffect? I thought the empty dependency array prevented that.",
            "Segfault only in release builds, debug is fine. C++17, gcc 12. What are the usual suspects and how would you go about narrowing it down?",
        ],
        "zh": [
            "运行的时候报了这个错，看不懂，能一步步解释一下是什么原因吗？{p}",
            "这段循环最后结果总是少一个，帮我把每次迭代的变量值推一遍，看看哪里出了问题：{p}",
            "为什么我的Node服务跑一段时间内存就一直涨？有哪些常见原因，排查顺序是什么？",
            "MySQL 查询本地很快，线上要十几秒，表结构和数据量差不多，可能是什么问题？",
        ],
        "ru": [
            "Вылетает вот такая ошибка, объясни по шагам, откуда она берётся: {p}",
            "Функция иногда возвращает неправильную сумму. Пройдись по ней вручную на входе [2, -1, 4] и покажи, где ломается логика: {p}",
            "Почему в Python список, заданный как аргумент по умолчанию, «запоминает» значения между вызовами? Наткнулся на это, полдня искал баг.",
            "Docker-контейнер падает сразу после старта с кодом 137, логов почти нет. С чего начать диагностику?",
        ],
        "ja": [
            "このエラーメッセージの意味がわかりません。何が原因で起きているのか、順を追って説明してもらえますか。{p}",
            "このループ、なぜか最後の要素だけ処理されないんです。変数の値を1回ずつ追って、どこがおかしいか教えてください。{p}",
            "Pythonで0.1+0.2が0.30000000000000004になるのはなぜ？バグじゃないの？",
            "本番環境でだけ日付が1日ずれる不具合が出てます。タイムゾーン関連だと思うんですが、どこから調べればいいでしょう。",
        ],
        "ko": [
            "이 에러 메시지가 왜 뜨는지 모르겠어요. 원인을 단계별로 설명해 주세요. {p}",
            "이 재귀 함수가 특정 입력에서 무한 루프에 빠지는데, n=5일 때 호출 과정을 하나씩 따라가면서 어디가 문제인지 봐 주실래요? {p}",
            "자바에서 == 로 문자열 비교하면 가끔 true가 나오고 가끔 false가 나오는 이유가 뭐예요?",
            "스프링 부트 앱이 로컬에선 잘 되는데 배포하면 빈 주입 에러가 나요. 어떤 순서로 확인해 보면 좋을까요?",
        ],
    },
}
