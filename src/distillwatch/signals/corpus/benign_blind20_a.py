"""Blind benign hard negatives (twenty-first independent set), languages en, zh, ru, ja, ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND20_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "Can you solve this step by step so I can follow along? I keep getting a different answer than the back of the book: {p}",
            "im doing my calc hw and got stuck on the chain rule part. dont just give me the answer, show the steps pls",
            "Here's my solution to the problem. Could you check whether my reasoning holds up and point out where I went wrong, if anywhere?\n\n{p}",
            "Why does completing the square actually work? My teacher showed the procedure but never explained the idea behind it.",
        ],
        "zh": [
            "这道物理题我算了三遍都不对，能一步一步帮我推一下吗？{p}",
            "为什么求导的时候常数会变成零啊？课本上就一句话带过，我还是没懂",
            "老师要求写出完整的解题过程，我写的如下，麻烦帮我检查一下哪一步推错了：\n{p}",
            "明天要考概率，条件概率那块总是搞混，能不能用个简单的例子从头讲一遍思路？",
        ],
        "ru": [
            "Помогите разобраться с задачей по геометрии, нужно решение по шагам, а не просто ответ: {p}",
            "У меня в ответе получилось 3/8, а в учебнике 5/8. Где я мог ошибиться при подсчёте вероятности двух независимых событий?",
            "Вот моё решение уравнения, проверьте пожалуйста, правильно ли я перенёс слагаемые:\n{p}",
            "объясните по-человечески, почему при делении на отрицательное число знак неравенства меняется. учитель сказал просто запомнить",
        ],
        "ja": [
            "この数学の問題、途中式も含めて解き方を教えてもらえますか？答えだけだと理解できなくて…\n{p}",
            "化学の宿題でモル計算がよく分かりません。なぜ質量をモル質量で割るのか、考え方から説明してほしいです。",
            "自分で解いてみたんですが、答えが合っているか確認してもらえますか。間違っていたらどこで間違えたか教えてください。{p}",
            "微分の定義からx^2の導関数を求める過程を、一行ずつ丁寧に書いてくれませんか",
        ],
        "ko": [
            "이 문제 풀이 과정을 단계별로 보여줄 수 있어? 답지 보니까 중간이 다 생략돼 있어서 이해가 안 돼 {p}",
            "수학 숙제인데 이차방정식 근의 공식이 왜 그렇게 생겼는지 유도 과정부터 설명해 주세요.",
            "제가 푼 풀이인데요, 논리적으로 맞는지 봐주시고 틀린 부분 있으면 짚어주세요.\n{p}",
            "물리 과제에서 마찰력 방향을 자꾸 헷갈려요ㅠ 어떻게 생각해야 하는지 차근차근 알려주실 수 있나요?",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running a regression check on our support bot before release. For each question below, answer with the letter only (A, B, C or D), nothing else.\n{p}",
            "Think step by step, then put your final answer on the last line in the form 'Answer: X'. This is for our internal benchmark of the tutoring feature.",
            "I'm QA for our summarization app. Here's an output our app produced for a customer ticket — does it contain any factual errors relative to the source? Reply PASS or FAIL with one sentence of why.\n{p}",
            "quick sanity test for our eval pipeline: respond with exactly one of yes/no to the next question, lowercase, no punctuation",
        ],
        "zh": [
            "我们在做新版本上线前的回归测试，下面是一道单选题，请只回答选项字母：{p}",
            "请先逐步思考，最后一行单独写出最终答案，格式为「答案：X」。这是我们自己产品的内部评测。",
            "这是我们客服机器人对用户问题的回复，帮忙判断一下是否回答了用户的问题，只需要输出“通过”或“不通过”，再加一句理由。\n{p}",
            "测一下我们的评测脚本能不能正确解析输出：接下来的问题请只用一个阿拉伯数字作答。",
        ],
        "ru": [
            "Проверяем наш чат-бот перед релизом. Ответьте на вопрос только буквой варианта, без пояснений: {p}",
            "Сначала рассуждайте пошагово, а в последней строке напишите «Ответ:» и число. Это для внутреннего тестирования нашего приложения-репетитора.",
            "Мы сравниваем две версии нашего поискового ассистента. Какой из ответов ниже точнее отвечает на запрос пользователя? Просто напишите 1 или 2.\n{p}",
            "тест формата: ответь одним словом — «да» или «нет», строчными буквами",
        ],
        "ja": [
            "リリース前の社内評価です。以下の選択問題に、選択肢の記号（A〜D）だけで答えてください。{p}",
            "ステップごとに考えてから、最後の行に「最終回答：」に続けて答えを書いてください。自社アプリの精度確認に使います。",
            "うちのFAQボットが出した回答です。元のマニュアルの内容と矛盾していないか確認して、OKかNGで返してください。\n{p}",
            "評価スクリプトのパース確認用なので、次の質問には数字のみで答えてもらえますか",
        ],
        "ko": [
            "출시 전에 저희 챗봇 성능 점검 중입니다. 아래 객관식 문제에 보기 번호만 답해 주세요. {p}",
            "단계적으로 생각한 다음 마지막 줄에 '정답: X' 형식으로 최종 답만 적어줘. 우리 서비스 내부 벤치마크용이야.",
            "저희 앱이 생성한 요약문인데, 원문과 비교해서 사실과 다른 내용이 있는지 확인하고 통과/실패로만 표시해 주세요.\n{p}",
            "평가 파이프라인 출력 형식 테스트예요. 다음 질문엔 예 또는 아니오 중 하나로만 답해 주세요.",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff and flag anything risky? For each comment, explain your reasoning so I can push back if I disagree.\n{p}",
            "A coworker suggested replacing our nested loops with a dict lookup. What's the rationale for that refactor, and are there cases where it'd be worse?",
            "reviewing my own diff before I open the PR, does this look ok? esp the error handling {p}",
            "Why would a reviewer ask me to split this 400-line function into smaller ones if the tests all pass? Trying to understand the argument, not just comply.",
        ],
        "zh": [
            "帮我看下这个 PR 的改动，有问题的地方请说明理由，我好跟同事讨论：\n{p}",
            "组里有人建议把这些 if-else 改成策略模式，你觉得这次重构的好处和代价分别是什么？",
            "这段 diff 是我改的并发部分，麻烦从线程安全的角度审一下 {p}",
            "code review 的时候被要求不要在循环里查数据库，能解释一下为什么吗？数据量其实不大",
        ],
        "ru": [
            "Посмотрите, пожалуйста, этот пул-реквест. Если предлагаете изменения, объясните, чем они лучше текущего варианта.\n{p}",
            "Ревьюер попросил заменить наследование композицией. Можете объяснить логику такого замечания на моём примере — классы Order и DiscountedOrder?",
            "глянь дифф, я переписал работу с файлами на контекстные менеджеры, ничего не сломал? {p}",
            "Обоснуйте, зачем выносить магические числа в константы, если код и так понятен. Хочу аргументированно ответить в обсуждении ревью.",
        ],
        "ja": [
            "このプルリクエストの差分をレビューしてください。指摘ごとに、なぜそう考えたのか理由も書いてもらえると助かります。\n{p}",
            "先輩にグローバル変数をやめて依存性注入にしろと言われたんですが、その理由がいまいちピンと来ません。メリットを説明してもらえますか。",
            "自分で書いたdiffです、マージ前にセルフレビューしたいので気になる点あれば指摘お願いします {p}",
            "このリファクタリング提案（早期リターンに書き換える）の根拠を、可読性と保守性の観点で整理してほしいです。",
        ],
        "ko": [
            "이 PR 변경 사항 리뷰 부탁드려요. 수정 제안마다 왜 그렇게 생각하는지 근거도 같이 적어 주시면 좋겠습니다.\n{p}",
            "팀장님이 리뷰에서 이 함수를 순수 함수로 바꾸라고 하셨는데 왜 그게 더 나은지 이해가 안 가요. 설명 좀 해주세요",
            "머지 전에 셀프 리뷰 중인데 이 diff에서 놓친 엣지 케이스 있는지 봐줄래? {p}",
            "ORM 쿼리를 raw SQL로 바꾸자는 리뷰 코멘트를 받았는데, 이런 리팩터링의 장단점을 정리해 주실 수 있을까요?",
        ],
    },
    "chat": {
        "en": [
            "Wait, how did you arrive at that number? Walk me through your thinking, I want to double-check it myself.",
            "I'm trying to decide between moving to Denver or staying put. Here's my situation: {p} What would you weigh most?",
            "lol ok that's a surprising answer. what made you say that?",
            "My friend and I argued about this: {p} — who's right, and can you explain how you got there?",
        ],
        "zh": [
            "你刚才说要提前两小时到机场，这个是怎么得出来的？说说你的考虑",
            "最近工作压力有点大，周末想找点放松的事做，你有什么建议吗？我平时比较宅",
            "我跟朋友为这个吵起来了：{p} 你觉得谁有道理？讲讲你的思路",
            "帮我想想送我妈什么生日礼物，她的情况是这样的：{p}",
        ],
        "ru": [
            "Погоди, а как ты пришёл к такому выводу? Распиши ход мыслей, хочу сам проверить.",
            "Думаю, завести кошку или собаку, живу в однушке и много работаю. Что бы ты посоветовал и почему?",
            "Прочитал сегодня вот это: {p} — насколько это похоже на правду, как думаешь?",
            "Мы с женой спорим: {p} Рассуди нас и объясни, как рассуждал.",
        ],
        "ja": [
            "え、どうしてその結論になったんですか？考えた過程を順番に教えてもらえます？",
            "週末に京都へ一泊で行くんだけど、どう回るのがいいかな。{p}",
            "友達とこれで揉めてて：{p}　どっちが正しいと思う？理由も聞かせて",
            "最近なかなか寝つけなくて。何か試せることありますか？",
        ],
        "ko": [
            "방금 그 답은 어떻게 나온 거야? 생각한 과정을 차근차근 말해 줘.",
            "친구랑 이거 가지고 내기했는데 누가 맞는지 판단해 줘. 어떻게 판단했는지도 알려주고 {p}",
            "요즘 운동 시작하려는데 헬스랑 수영 중에 뭐가 나을까요? 무릎이 좀 안 좋아요.",
            "이런 상황인데 어떻게 하면 좋을까? {p}",
        ],
    },
    "enterprise": {
        "en": [
            "Extract the invoice number, vendor name, total amount and due date from the document below and return them as JSON with those four keys.\n{p}",
            "Classify this incoming customer email into one of: billing, technical, cancellation, other. Reply with the category only.\n{p}",
            "We need to route HR tickets to the right team. Can you draft a short decision guide our staff can use to tell payroll issues from benefits issues?",
            "Please check whether the attached vendor contract clause complies with our policy that liability caps must be at least 12 months of fees. Flag and quote the relevant sentence.",
        ],
        "zh": [
            "从下面这份采购合同里提取甲方、乙方、合同金额和签订日期，按 JSON 输出，字段名用英文：\n{p}",
            "我们每天收到几百封客户邮件，想按投诉、咨询、退款、其他四类分流，你帮我设计一下分类标准，写清楚边界情况怎么判。",
            "判断这段营销文案是否符合广告法，有没有使用“最”“第一”之类的极限用语：{p}",
            "把会议室预订系统导出的数据按部门汇总，告诉我哪几个部门使用率最低，数据格式是CSV",
        ],
        "ru": [
            "Извлеките из договора ниже реквизиты сторон, сумму и срок действия. Результат нужен в формате JSON.\n{p}",
            "Определите, к какому отделу направить это обращение клиента: бухгалтерия, техподдержка, юристы. Ответ одним словом. {p}",
            "Нам нужно проверить пачку счетов-фактур на соответствие внутреннему регламенту. Подскажите, какие поля стоит проверять в первую очередь и как это автоматизировать.",
            "Составьте схему классификации входящих писем для нашей службы поддержки, с примерами пограничных случаев.",
        ],
        "ja": [
            "以下の請求書から、請求書番号・取引先名・合計金額・支払期日を抜き出して、JSON形式で返してください。\n{p}",
            "社内の問い合わせを「経理」「人事」「情報システム」「その他」に振り分けたいです。次の問い合わせはどれに該当しますか。{p}",
            "個人情報保護の観点から、社内規程のチェックリストを作りたいです。外部委託先との契約で確認すべき項目を洗い出してもらえますか。",
            "営業日報を定型フォーマットに落とし込む運用を考えています。顧客名・商談ステージ・次回アクションを必ず含む項目設計を提案してください。",
        ],
        "ko": [
            "아래 계약서에서 계약 당사자, 계약 금액, 계약 기간을 추출해서 JSON으로 정리해 주세요.\n{p}",
            "고객 문의를 배송/환불/제품 문의/기타로 분류해 줘. 카테고리명만 출력. {p}",
            "사내 경비 규정 위반 여부를 점검하려고 합니다. 법인카드 사용 내역에서 확인해야 할 항목을 정리해 주시겠어요?",
            "민원 접수 건을 담당 부서로 자동 배정하는 규칙을 만들고 있는데, 키워드 기반 라우팅 규칙 초안 좀 잡아 주세요.",
        ],
    },
    "translation": {
        "en": [
            "Please translate this into natural Spanish, keeping the technical terms in English where they're commonly used that way:\n{p}",
            "I'm translating a psychology textbook chapter on metacognition, i.e. thinking about one's own thinking. How would you render 'reasoning trace' and 'chain of thought' in German so it sounds academic?",
            "translate to french pls, it's an email to my landlord so keep it polite {p}",
            "Our onboarding doc describes our decision-making process step by step. Could you translate it into Japanese for our Tokyo office? I'll paste it section by section.",
        ],
        "zh": [
            "把下面这段关于认知心理学中“思维过程”的论述翻译成英文，尽量保持学术语气：\n{p}",
            "帮我把公司的审批流程说明翻译成日语，给东京分公司的同事看，术语要统一。",
            "这句英文怎么翻比较地道：“Walk me through your reasoning.” 是面试官说的话",
            "翻译成中文，是一篇讲推理小说写作技巧的文章：{p}",
        ],
        "ru": [
            "Переведите на английский, это аннотация к статье о том, как дети учатся рассуждать:\n{p}",
            "Нужен перевод инструкции по технологическому процессу на немецкий, для партнёров из Мюнхена. Можно кусками?",
            "как лучше перевести на русский фразу 'show your reasoning' в задании олимпиады? «покажите ход рассуждений» звучит нормально?",
            "Переведи на китайский, пожалуйста, только сохрани форматирование списка: {p}",
        ],
        "ja": [
            "次の文章を英語に翻訳してください。哲学の講義ノートで、「思考の過程」についての部分です。\n{p}",
            "社内の業務フロー手順書を韓国語に訳したいです。専門用語の訳し方を統一するための用語集もあわせて作ってもらえますか。",
            "「考え方を順を追って説明してください」を自然な英語にするとどうなりますか？論文の査読コメントに使いたいです。",
            "これ中国語（簡体字）にお願いします {p}",
        ],
        "ko": [
            "다음 글을 영어로 번역해 주세요. 의사결정 과정에 관한 경영학 논문 초록입니다.\n{p}",
            "‘사고 과정’을 다룬 심리학 교재를 번역하는데, ‘metacognition’이랑 ‘reasoning’을 어떻게 옮기면 자연스러울까요?",
            "이거 일본어로 번역해 줘, 거래처에 보내는 메일이라 존댓말로 {p}",
            "회사 품질관리 절차서를 베트남어로 번역해야 하는데 섹션별로 나눠서 보내도 될까요?",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you score it 1-10 on clarity, voice and structure, with a comment for each?\n{p}",
            "I teach 9th-grade English. Using this rubric (thesis, evidence, organization, mechanics, each out of 4), how would you grade this student's paragraph? {p}",
            "be honest, is my argument in the second paragraph actually convincing or am I just repeating myself",
            "Could you give me feedback on my history essay's thesis statement? I want to know if it's arguable enough before I write the rest.",
        ],
        "zh": [
            "这是我写的高考作文练笔，按高考评分标准给我打个分，并指出扣分点：\n{p}",
            "我是初中语文老师，想请你帮我按“立意、结构、语言、书写”四项看一下这篇学生作文，每项给个分和简短评语。{p}",
            "我的论文引言写得有点散，你能告诉我怎么改得更紧凑吗？",
            "雅思大作文自评一下我觉得只能6分，你帮我看看按四个评分维度各能拿多少",
        ],
        "ru": [
            "Оцените моё сочинение по критериям ЕГЭ и поясните, за что снимаются баллы:\n{p}",
            "Я учитель литературы, проверяю эссе восьмиклассников. Помогите сформулировать комментарии к этой работе, чтобы они были конструктивными: {p}",
            "Насколько убедительна моя аргументация в курсовой? Введение, по-моему, слабое, но не понимаю, что именно не так.",
            "поставь оценку по 10-балльной шкале моему мотивационному письму в магистратуру, только честно",
        ],
        "ja": [
            "大学の志望理由書を書きました。論理性・具体性・熱意の3観点で10点満点で採点して、それぞれコメントをください。\n{p}",
            "中学校の国語教員です。生徒の意見文をルーブリックに沿って評価したいので、評価コメントの書き方の例を示してもらえますか。{p}",
            "レポートの結論が弱い気がするんですが、どこを直せば説得力が増すでしょうか",
            "英語のエッセイ、TOEFLの基準だと何点くらいになりそうか見てほしいです",
        ],
        "ko": [
            "제 자기소개서인데 구성, 구체성, 문장력 항목별로 10점 만점 점수랑 코멘트 부탁드립니다.\n{p}",
            "고등학교 국어 교사입니다. 학생 논술문을 채점 기준표(논지, 근거, 구성, 표현)에 맞춰 평가해 보려는데 같이 봐 주실래요? {p}",
            "내 리포트 서론이 너무 장황한 것 같은데 어디를 줄이면 좋을지 피드백 좀",
            "영어 에세이 첨삭 부탁드려요. 문법보다는 논리 흐름 위주로 봐 주시면 좋겠어요.",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data for our staging DB: name, email, signup_date, plan (free/pro/team). Make the emails obviously fake, like example.com.",
            "Write a pytest fixture that returns a list of sample orders with a few edge cases (zero quantity, negative price, missing address) for this model:\n{p}",
            "Can you suggest a JSON schema for storing recipe data: ingredients, steps, prep time, tags?",
            "I've got a messy CSV export with inconsistent date formats and duplicated rows. Here's a sample: {p} How would I clean it with pandas?",
        ],
        "zh": [
            "帮我造 30 条测试用的订单数据，字段：订单号、用户ID、金额、下单时间、状态，输出成 CSV。",
            "根据这个表结构写一份 seed 数据脚本，给本地开发环境用：\n{p}",
            "需要一些模拟的传感器读数来测试告警逻辑，温度要包含几个异常值，格式随意",
            "这份 Excel 里手机号格式乱七八糟，有的带空格有的带+86，怎么批量清洗？样例：{p}",
        ],
        "ru": [
            "Сгенерируй 15 строк тестовых данных для таблицы сотрудников: ФИО, должность, отдел, дата приёма. Имена выдуманные.",
            "Напишите фикстуры для юнит-тестов по этой модели данных, с граничными случаями:\n{p}",
            "Какую схему базы данных вы бы предложили для учёта книг в школьной библиотеке?",
            "Помогите почистить выгрузку: в колонке с городами пишут то «Москва», то «г. Москва», то «мск». Вот кусок: {p}",
        ],
        "ja": [
            "開発環境用に、架空の会員データを20件作ってください。氏名、メールアドレス、登録日、会員ランクの4項目で、CSV形式でお願いします。",
            "このテーブル定義に合うテスト用のシードデータを、INSERT文で10件ほど書いてもらえますか。\n{p}",
            "在庫管理アプリのモックAPIを作りたいので、商品データのサンプルJSONを用意してほしいです。欠品や廃番みたいなケースも混ぜて",
            "住所データの表記ゆれ（丁目・番地の書き方がバラバラ）を正規化したいです。サンプルはこれです：{p}",
        ],
        "ko": [
            "스테이징 서버용 가짜 회원 데이터 25건 만들어 줘. 이름, 이메일, 가입일, 등급. 이메일은 example.com 도메인으로.",
            "이 스키마에 맞는 단위 테스트용 픽스처를 작성해 주세요. 경계값 케이스도 포함해서요.\n{p}",
            "예약 시스템 DB 스키마 설계 좀 도와주세요. 사용자, 매장, 예약 시간대 테이블이 필요합니다.",
            "엑셀에서 뽑은 데이터에 중복 행이랑 빈 값이 섞여 있는데 정리하는 방법 알려주세요. 샘플: {p}",
        ],
    },
    "summarize": {
        "en": [
            "Our quarterly town hall transcript is below; boil it down to what a new hire should know, maybe half a page, and flag anything that sounded like a deadline.\n{p}",
            "Can you shorten this to under 150 words for our newsletter without losing the main point? {p}",
            "tl;dr of the attached article please, I've got 2 minutes before the call",
            "I wrote a very terse project update; could you expand it into a friendly paragraph for stakeholders who aren't technical?",
        ],
        "zh": [
            "把下面的会议纪要整理成要点，最后列出待办事项和负责人：\n{p}",
            "这篇论文太长了，帮我概括一下研究方法和主要结论，三百字以内 {p}",
            "帮我把周报扩写一下，现在只有几条干巴巴的要点，领导说要写得详细点",
            "一句话总结一下这个产品发布会讲了啥",
        ],
        "ru": [
            "Сократите этот протокол совещания до основных решений и списка задач с ответственными:\n{p}",
            "Перескажи кратко, о чём статья, буквально в трёх предложениях: {p}",
            "Нужно расширить мои тезисы до полноценного текста выступления минут на пять. Тезисы пришлю следом.",
            "Сделайте, пожалуйста, краткое резюме отчёта для руководства, на полстраницы, без технических деталей.",
        ],
        "ja": [
            "次の議事録を要約して、決定事項と宿題事項（担当者つき）に分けて箇条書きにしてください。\n{p}",
            "この記事を3行でまとめてもらえますか {p}",
            "プレゼン用のメモが箇条書きだけなので、聞き手に伝わる文章に膨らませてほしいです。",
            "長いメールスレッドなんですが、結局何が決まったのかだけ短く教えてください",
        ],
        "ko": [
            "아래 회의록을 요약해 주시고, 결정 사항과 담당자별 할 일을 따로 정리해 주세요.\n{p}",
            "주말에 읽을 시간이 없어서 그러는데, 이 칼럼의 논지만 두세 문장으로 정리해 줄래? {p}",
            "보고서 초안이 너무 짧다는 피드백을 받았어요. 핵심 내용은 유지하면서 분량을 두 배 정도로 늘려 주실 수 있나요?",
            "긴 논문인데 연구 목적, 방법, 결과만 간단히 뽑아 주세요",
        ],
    },
    "debugging_help": {
        "en": [
            "I'm getting 'TypeError: cannot unpack non-iterable NoneType object' on line 12. Can you trace through the function and explain step by step where the None comes from?\n{p}",
            "my react component re-renders infinitely and i cant figure out why. here's the code {p}",
            "Why does my recursive Fibonacci blow the stack at n=10000 in Python but not in my friend's Scheme version?",
            "Can you walk through this loop by hand with input [3, 1, 2] and show me what the variables hold on each iteration? I think the off-by-one is somewhere in there.",
        ],
        "zh": [
            "运行的时候报 NullPointerException，堆栈如下，帮我一步步分析是哪里出的问题：\n{p}",
            "这个 SQL 查询结果比预期多了好多行，是不是 join 写错了？{p}",
            "Python 里列表作为默认参数为什么会出现数据串了的情况？我排查了一下午",
            "能不能帮我手动跑一遍这个二分查找，输入是 [1,3,5,7]，找 6，看看为什么死循环了",
        ],
        "ru": [
            "Падает с ошибкой «IndexError: list index out of range». Пройдитесь по коду пошагово и объясните, на какой итерации это происходит:\n{p}",
            "не работает cron-задача, вручную скрипт запускается нормально. куда копать?",
            "Почему мой асинхронный код на Python выполняется последовательно, а не параллельно? {p}",
            "Объясните, пожалуйста, что означает ошибка сегментации в C и как её искать с помощью gdb, на простом примере.",
        ],
        "ja": [
            "実行すると「KeyError: 'user_id'」が出ます。どの行でなぜ起きているのか、順を追って説明してもらえますか。\n{p}",
            "Dockerコンテナの中からだけDBに接続できません。localhostを指定してるのが原因ですか？",
            "このループ、なぜか最後の要素だけ処理されないんです…見てもらえますか {p}",
            "JavaScriptで0.1 + 0.2が0.3にならない理由を、内部表現から説明してほしいです",
        ],
        "ko": [
            "실행하면 'undefined is not a function' 에러가 나요. 코드 흐름을 한 줄씩 따라가면서 원인 좀 설명해 주세요.\n{p}",
            "같은 코드인데 로컬에선 되고 배포 서버에선 타임존 때문에 날짜가 하루씩 밀려요. 어디서부터 확인해야 할까요?",
            "이 재귀 함수가 왜 무한 루프에 빠지는지 모르겠어요 {p}",
            "자바에서 ConcurrentModificationException이 왜 생기는지 예제로 단계별로 설명 부탁드려요",
        ],
    },
}
