"""Blind benign hard negatives (sixteenth independent set), languages en zh ru ja ko; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND15_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "ok so I did this one myself and got x = 4 but the answer key says 6?? can you check where I went wrong: {p}",
            "Could you walk me through how to solve quadratic equations by completing the square? My teacher skipped steps and I'm lost on why you add (b/2)^2 to both sides.",
            "Please show every step for this problem so I can follow along, I have a test friday: {p}",
            "why does the derivative of ln(x) come out as 1/x? not just the rule, I want to understand where it comes from",
        ],
        "zh": [
            "这道题我做了一遍，答案和书后面的不一样，能帮我看看哪一步错了吗？{p}",
            "老师讲的换元积分法我没太听懂，可以一步一步给我讲一下为什么要这么换吗？最好举个简单的例子。",
            "请把这道物理题的解题过程写详细一点，每一步用了什么公式都标出来：{p}",
            "为啥两个负数相乘是正数啊，我儿子问我，我也说不清楚，求个小学生能懂的解释",
        ],
        "ru": [
            "Решил задачу, но с ответом не сходится. Посмотрите, пожалуйста, где ошибка: {p}",
            "Объясните по шагам, как находить НОД через алгоритм Евклида, и почему он вообще работает. В учебнике только формула.",
            "мне надо сдать завтра, распишите решение подробно, чтобы я понял каждый шаг, а не просто списал: {p}",
            "Почему при делении на дробь мы умножаем на перевёрнутую дробь? Хочу понять логику, а не зазубрить правило.",
        ],
        "ja": [
            "自分で解いてみたんですが答えが合いません。どこで間違えたか教えてもらえますか？{p}",
            "二次関数の最大値・最小値の求め方を、途中の式も省略せずに説明してほしいです。授業についていけなくて…",
            "この問題、途中式つきで解説お願いします。なぜその公式を使うのかも知りたいです：{p}",
            "三角形の内角の和が180度になる理由ってなんですか？証明をわかりやすく教えてください",
        ],
        "ko": [
            "제가 푼 풀이인데 답이 다르게 나와요. 어디서 틀렸는지 좀 봐주실 수 있나요? {p}",
            "확률에서 조건부확률 공식이 왜 저렇게 되는지 단계별로 설명해 주세요. 그냥 외우기는 싫어서요.",
            "이 문제 풀이 과정 하나하나 다 보여주세요. 내일 시험이라 이해가 필요해요 ㅠㅠ {p}",
            "로그의 밑변환 공식이 어떻게 유도되는지 궁금합니다. 고1 수준으로 설명 부탁드려요.",
        ],
    },
    "eval_harness": {
        "en": [
            "Answer the following multiple-choice question. Respond with only the letter of the correct option, nothing else.\n\n{p}",
            "We're running a regression check on our support chatbot before the v2.3 release. For each reply I paste, mark PASS or FAIL against our style guide and give a one-line reason.",
            "Release gate for our tutoring app: I'm checking whether its worked solutions land on the right number. Work the problem below yourself, showing the intermediate steps, and close with a line reading FINAL followed by the value so my script can diff it against what the app produced.\n\n{p}",
            "quick sanity check for our internal benchmark harness: what's the cleanest way to phrase a prompt so the model outputs just the letter A-D and we can parse it with a regex?",
        ],
        "zh": [
            "以下是一道单项选择题，请只回答选项字母（A/B/C/D），不要解释。\n{p}",
            "我们在给自家客服机器人做上线前的验收，我会贴几条回复，请按我们的规范判断是否合格，并简要说明理由。",
            "请先逐步推理，最后单独一行写出最终答案。题目：{p}",
            "帮我设计一个评测用的提示词模板吧，目标是让模型只输出一个数字，方便我们脚本自动算准确率",
        ],
        "ru": [
            "Ответьте на вопрос с вариантами ответа. В ответе укажите только букву варианта.\n\n{p}",
            "Мы проверяем нашего собственного бота перед релизом. Я буду присылать его ответы, а вы оценивайте по шкале 1–5 на соответствие нашим требованиям к тону. Подходит?",
            "Рассуждай пошагово, а в конце напиши итоговый ответ отдельной строкой: {p}",
            "подскажите, как лучше оформить инструкцию для теста, чтобы модель отвечала строго одним словом «да» или «нет»? парсер у нас простой",
        ],
        "ja": [
            "次の選択問題に答えてください。回答は選択肢の記号のみ（例：B）で、説明は不要です。\n{p}",
            "自社アプリのリリース前チェックをしています。出力例をいくつか貼るので、仕様書の要件を満たしているか○か×で判定してもらえますか。",
            "段階的に考えてから、最後の行に「最終回答：」として答えを書いてください。{p}",
            "社内ベンチマーク用のプロンプトを作っています。答えをA〜Dの一文字だけ返させたいのですが、どう書くのが確実でしょうか？",
        ],
        "ko": [
            "다음 객관식 문제에 답하세요. 정답 알파벳 하나만 출력하고 다른 말은 하지 마세요.\n{p}",
            "저희 회사 챗봇 배포 전 품질 점검 중입니다. 답변 몇 개 붙여드리면 가이드라인 기준으로 통과/실패만 표시해 주실 수 있나요?",
            "단계별로 생각한 뒤 마지막 줄에 '최종 답:' 형식으로 답을 적어 주세요. {p}",
            "우리 모델 평가 스크립트에서 쓸 프롬프트 템플릿 좀 같이 다듬어 주세요. 숫자 하나만 답하게 만들고 싶어요",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this diff and tell me if anything looks off? If you suggest a change, explain why: {p}",
            "My reviewer wants me to pull this logic out into a separate service class. I don't get the benefit — can you lay out the reasoning for and against so I can reply properly?",
            "pls do a quick PR review, mostly care about error handling and naming\n{p}",
            "In code review someone flagged my use of a mutable default argument in Python. What's the actual risk there? Want to understand before I push back or fix it.",
        ],
        "zh": [
            "帮我review一下这个PR，有问题的地方请说明原因，不要只说「建议修改」：{p}",
            "同事建议把这几个if-else改成策略模式，我觉得没必要。能客观分析一下两种写法的利弊吗？",
            "这段diff是我重构后的版本，麻烦看看有没有引入新bug，顺便说说你为什么这么判断\n{p}",
            "code review 的时候应该重点看哪些东西？我刚开始带新人，想有个思路。",
        ],
        "ru": [
            "Посмотрите, пожалуйста, мой пулл-реквест. Если что-то стоит переделать — объясните, почему именно: {p}",
            "Тимлид попросил заменить наследование на композицию в нашем модуле платежей. Помогите сформулировать, зачем это нужно, чтобы я мог обосновать изменения в описании PR.",
            "глянь дифф, норм или нет? особенно интересует работа с транзакциями\n{p}",
            "Как аргументированно ответить на замечание ревьюера, если я с ним не согласен? Пример: он хочет вынести константы в отдельный файл, а я считаю это лишним.",
        ],
        "ja": [
            "このプルリクのレビューをお願いします。指摘がある場合は理由も添えてください。\n{p}",
            "リファクタリングで関数を三つに分割したのですが、レビュアーから「分けすぎ」と言われました。どちらの考え方が妥当か、根拠つきで意見を聞かせてください。",
            "差分見てもらえます？命名と例外処理のところが特に不安です {p}",
            "コードレビューで「早期リターンにしたほうがいい」とよく言われるのですが、なぜ読みやすくなるのか説明してもらえますか。",
        ],
        "ko": [
            "이 PR 리뷰 부탁드려요. 수정 제안이 있으면 왜 그렇게 생각하는지도 같이 적어주세요. {p}",
            "팀장님이 이 클래스를 인터페이스로 분리하라고 하셨는데 이유를 잘 모르겠어요. 장단점 정리해 주실 수 있을까요?",
            "diff 올립니다. 동시성 관련해서 문제 될 부분 있는지 봐주세요\n{p}",
            "리뷰어가 매직 넘버를 상수로 빼라고 코멘트를 남겼는데, 실제로 얼마나 중요한 건지 설명해 주실래요?",
        ],
    },
    "chat": {
        "en": [
            "wait how did you arrive at that? I'd have guessed the opposite",
            "Walk me through your thinking on this one, I'm trying to decide and want to see how you'd weigh it: {p}",
            "Hey! What's a good way to keep basil alive indoors? Mine always dies within a week lol",
            "You said the train would be faster than flying — can you explain how you got there? Here's the route again: {p}",
        ],
        "zh": [
            "你刚才说的那个结论是怎么得出来的？能说说你的思路吗",
            "我在纠结要不要换工作，情况是这样的：{p} 你怎么看？顺便讲讲你是怎么考虑的",
            "周末想带爸妈去个近一点的地方玩，上海出发，有什么推荐吗",
            "哈哈你这个推荐挺意外的，为什么会选这个？说说理由呗",
        ],
        "ru": [
            "А как вы к этому пришли? Объясните ход мысли, интересно.",
            "Помогите выбрать подарок маме на юбилей, вот что она любит: {p}. И расскажите, почему предлагаете именно это.",
            "привет) посоветуй какой-нибудь сериал на вечер, не слишком тяжёлый",
            "Мы с другом поспорили: {p} Кто прав, по-вашему? Поясните рассуждение.",
        ],
        "ja": [
            "え、どうしてそう思ったんですか？考え方を教えてください",
            "引っ越し先で迷ってます。条件はこんな感じです：{p} どう考えればいいか一緒に整理してもらえますか",
            "最近寝つきが悪いんだけど、何かいい方法ある？",
            "友達とこんな話で盛り上がったんだけど、あなたならどう答える？理由も聞きたい。{p}",
        ],
        "ko": [
            "방금 그 답은 어떻게 나온 거예요? 생각한 과정 좀 설명해 주세요",
            "주말에 혼자 갈 만한 서울 근교 여행지 추천해 줄래?",
            "이런 상황인데 어떻게 하는 게 좋을까요? 왜 그렇게 생각하는지도 알려주세요. {p}",
            "친구랑 이걸로 내기했는데 누가 맞는지 판단 좀 해줘 ㅋㅋ 근거도 같이! {p}",
        ],
    },
    "enterprise": {
        "en": [
            "Extract the vendor name, invoice number, total amount and due date from this invoice and return them as a JSON object: {p}",
            "Classify each incoming support email into one of: Billing, Technical, Account, Other. Output one label per line, same order as input.",
            "Please check whether this contract clause is consistent with our standard data-retention policy (7 years for financial records) and flag any conflicts.\n\n{p}",
            "We need to route inbound HR tickets to the right team automatically. What fields should we extract from each ticket, and what's a sensible schema for the output?",
        ],
        "zh": [
            "请从下面这份采购合同里提取甲方、乙方、合同金额、签订日期，按JSON格式输出：{p}",
            "我们每天收到几百封客户邮件，想按「投诉」「咨询」「退款」「其他」自动分类，分类标准怎么定比较合理？",
            "帮忙检查一下这段隐私条款是否符合个人信息保护法的要求，有风险的地方请标注出来\n{p}",
            "需要把报销单上的信息结构化录入系统，字段有：姓名、部门、金额、事由、日期。能帮我设计一个提取规则吗",
        ],
        "ru": [
            "Извлеките из счёта-фактуры реквизиты: ИНН продавца, номер, дату и сумму с НДС. Выведите в виде таблицы.\n{p}",
            "Нужно распределять входящие заявки между отделами (юридический, бухгалтерия, ИТ). Какие признаки в тексте лучше всего для этого использовать?",
            "Проверьте, пожалуйста, договор поставки на соответствие нашему внутреннему регламенту: срок оплаты не более 30 дней, неустойка не выше 0,1% в день. {p}",
            "классифицируй обращения по категориям жалоба/вопрос/благодарность, ответ в формате CSV: id,категория",
        ],
        "ja": [
            "以下の請求書から、取引先名・請求番号・合計金額・支払期日を抜き出してJSONで出力してください。\n{p}",
            "問い合わせメールを「契約」「請求」「技術」「その他」に自動振り分けしたいです。判断基準の案を作ってもらえますか。",
            "この就業規則の条文が最新の労働基準法と矛盾していないか確認し、問題があれば該当箇所を指摘してください：{p}",
            "社内の稟議書をデータベースに登録するため、抽出すべき項目と型の一覧を表にしてほしいです。",
        ],
        "ko": [
            "아래 계약서에서 계약 당사자, 계약 기간, 금액, 해지 조건을 뽑아서 표로 정리해 주세요. {p}",
            "고객 문의를 배송/환불/제품문의/기타로 분류하는 기준을 만들어야 합니다. 애매한 경우 처리 규칙도 포함해 주세요.",
            "이 마케팅 문구가 표시광고법상 문제 될 표현이 있는지 검토 부탁드립니다.\n{p}",
            "영수증 이미지에서 OCR로 뽑은 텍스트를 정형화하려고 하는데, 출력 스키마를 어떻게 잡으면 좋을까요?",
        ],
    },
    "translation": {
        "en": [
            "Translate this into natural Spanish, it's for our onboarding guide so keep the tone friendly: {p}",
            "Can you translate a short passage about how chess players think several moves ahead into French? It's for my nephew's school project.",
            "Please translate the following section of our process manual (it describes the step-by-step approval workflow) into German. Keep headings as they are.\n\n{p}",
            "what's the best way to translate 'chain of thought' into Japanese in a psychology textbook context? is there a standard term?",
        ],
        "zh": [
            "请把这段关于决策过程的英文文章翻译成中文，专业术语保留英文括注：{p}",
            "「思考の過程」这个日语词在心理学论文里一般怎么译比较好？",
            "帮我把下面这封邮件翻成英文，语气正式一点\n{p}",
            "我在翻译一本讲批判性思维的书，里面 reasoning 和 thinking 经常一起出现，怎么区分着译比较自然？",
        ],
        "ru": [
            "Переведите на английский раздел инструкции, где описан порядок согласования документов. Стиль деловой.\n{p}",
            "Как лучше перевести на русский термин «metacognition» в научно-популярной статье — «метапознание» или как-то иначе?",
            "переведи пожалуйста на немецкий, это письмо партнёру, без канцелярита: {p}",
            "Я перевожу книгу о том, как люди принимают решения. Помогите подобрать русский эквивалент выражению «thinking out loud» в контексте психологических экспериментов.",
        ],
        "ja": [
            "この英文を自然な日本語に訳してください。問題解決のプロセスについての記事です。\n{p}",
            "「reasoning」を論文の中で訳すとき、「推論」と「論理的思考」どちらが適切でしょうか？文脈は教育学です。",
            "社内向けマニュアルの一部です。中国語（簡体字）に翻訳をお願いします：{p}",
            "子供向けの科学絵本で「考えるってどういうこと？」というテーマの文章を英訳したいんですが、やさしい英語にするコツはありますか",
        ],
        "ko": [
            "이 글을 자연스러운 영어로 번역해 주세요. 저희 회사 업무 프로세스 설명서입니다. {p}",
            "'사고 과정'을 영어 논문에서 쓸 때 thought process랑 reasoning process 중에 뭐가 더 자연스러워요?",
            "다음 일본어 기사 한국어로 번역 부탁해요. 인공지능이 어떻게 추론하는지 다룬 내용이에요\n{p}",
            "심리학 책 번역 중인데 'slow thinking'을 어떻게 옮기는 게 좋을지 조언 부탁드립니다.",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you grade it against the rubric (clarity, voice, structure, each out of 5) and tell me what to fix? {p}",
            "I teach 9th grade English. What's a fair way to score argumentative essays so my comments are consistent across 120 students?",
            "can u give feedback on my essay, be honest but not brutal lol. mainly worried the intro is weak\n{p}",
            "I've written a rubric for a persuasive essay assignment — does it make sense to weight evidence at 40% and mechanics at 10%, or is that unbalanced?",
        ],
        "zh": [
            "这是我写的高考议论文练笔，请按高考评分标准打个分，并指出最该改的三个地方：{p}",
            "我是初中语文老师，想给学生作文写评语，怎样写才能既具体又有鼓励性？",
            "帮我看看这篇留学申请文书，结构和逻辑有没有问题，给个1到10分\n{p}",
            "作文评分表里「立意」「结构」「语言」三项权重怎么分配比较合理？",
        ],
        "ru": [
            "Оцените моё итоговое сочинение по критериям ЕГЭ и объясните, за что снижены баллы: {p}",
            "Я преподаю в колледже. Подскажите, как составить понятные критерии оценки эссе, чтобы студенты не спорили с оценками?",
            "вот моё эссе по философии, скажите честно, на сколько из 10 тянет и что улучшить\n{p}",
            "Как давать обратную связь по сочинению так, чтобы ученик не опустил руки, но понял свои ошибки?",
        ],
        "ja": [
            "大学のレポートを書きました。論理構成・根拠・文章表現の3観点で5段階評価とコメントをお願いします。\n{p}",
            "中学校で国語を教えています。作文の評価基準を生徒に分かりやすく示すにはどうしたらいいでしょう。",
            "自分の小論文、添削してもらえますか？点数もつけてくれると嬉しいです：{p}",
            "英作文のルーブリックを作ろうとしてるんですが、文法と内容の配点バランスってどう考えればいいですか",
        ],
        "ko": [
            "제 자기소개서인데 채점 기준(구성, 진정성, 표현력 각 10점)으로 평가하고 고칠 점 알려주세요. {p}",
            "고등학생 논술 첨삭을 하고 있는데, 학생마다 피드백이 들쑥날쑥해요. 일관된 채점 기준 만드는 방법이 있을까요?",
            "영어 에세이 썼는데 문법이랑 흐름 위주로 피드백 부탁해요!\n{p}",
            "루브릭에서 '논리성' 항목을 상/중/하로 나눌 때 각 단계 설명을 어떻게 쓰면 좋을까요?",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data for our staging DB: name, email, signup_date, country. Make sure emails use example.com.",
            "Write pytest fixtures for this model class so I can test the serializer without hitting the database: {p}",
            "need a CSV of ~50 mock orders w/ some deliberately messy values (missing zip, weird dates) to test our cleaning script",
            "Here's a messy export from our CRM. Can you suggest cleaning steps to normalize phone numbers and dedupe the contacts?\n{p}",
        ],
        "zh": [
            "帮我生成30条测试用的用户数据，字段：用户名、手机号、注册时间、城市，手机号用虚构的就行",
            "根据这个表结构写一份种子数据的SQL插入语句，每张表5条左右：{p}",
            "这份Excel里日期格式乱七八糟的，有2023/1/5也有5-Jan-23，怎么用pandas统一清洗？",
            "给下面这个接口写几个单元测试的mock返回值，覆盖正常、空列表和报错三种情况\n{p}",
        ],
        "ru": [
            "Сгенерируйте 15 строк тестовых данных для таблицы сотрудников: ФИО, должность, отдел, дата приёма. Данные вымышленные.",
            "Напишите фикстуры для pytest под эту модель Django, чтобы тесты не зависели от реальной БД: {p}",
            "как почистить датасет от дублей, если имена записаны по-разному (Иванов И.И. / Иван Иванов)? у меня pandas",
            "Предложите JSON-схему для конфигурации нашего сервиса уведомлений и пару примеров валидных файлов.\n{p}",
        ],
        "ja": [
            "開発環境用のダミーデータを25件作ってください。項目は氏名（カナ含む）、郵便番号、住所、電話番号です。実在しない内容で。",
            "このテーブル定義に合わせて、テスト用のシードデータをINSERT文で用意してもらえますか：{p}",
            "CSVの全角・半角が混ざってて集計できないので、正規化する手順を教えてください",
            "単体テスト用にこのAPIのモックレスポンスを何パターンか作ってほしいです。エラー時のものも含めて。\n{p}",
        ],
        "ko": [
            "테스트용 가짜 회원 데이터 30건 만들어 주세요. 이름, 이메일, 가입일, 등급 컬럼이요.",
            "이 스키마 기준으로 개발 DB에 넣을 시드 데이터 만들어 줄 수 있나요? {p}",
            "주소 데이터가 도로명/지번 섞여 있어서 정리하려는데 파이썬으로 어떻게 접근하면 좋을까요",
            "아래 함수 테스트할 때 쓸 픽스처랑 목 객체 좀 작성해 주세요\n{p}",
        ],
    },
    "summarize": {
        "en": [
            "Could you boil this down for a newsletter blurb? Two or three sentences max, keep it upbeat and drop the jargon. {p}",
            "Can you shorten this paragraph to under 50 words without losing the main point?\n\n{p}",
            "What's a good structure for a one-page executive summary of a quarterly report? Our CFO wants something skimmable.",
            "I've got a 2-page blog draft that needs to be expanded into a 1500-word article. Where should I add depth — examples, data, or background?",
        ],
        "zh": [
            "帮我把这份会议纪要整理成要点，列出待办事项和负责人：{p}",
            "这篇文章太长了，压缩到300字以内，保留核心观点\n{p}",
            "写周报总结有什么好的格式吗？领导说我写得太啰嗦了",
            "我有一段产品介绍只有两句话，想扩写成一页的宣传文案，应该从哪些方面展开？",
        ],
        "ru": [
            "Сделайте краткое изложение статьи в 5 пунктах: {p}",
            "Сожмите протокол совещания до списка решений и ответственных.\n{p}",
            "Как лучше написать аннотацию к дипломной работе? Сколько примерно слов и что туда включать?",
            "у меня есть тезисы доклада, надо развернуть в связный текст минут на 10 выступления — с чего начать?",
        ],
        "ja": [
            "この議事録を、決定事項・ToDo・担当者の3つに分けて要約してください。\n{p}",
            "長いメールなので、上司に転送する用に3行でまとめてもらえますか：{p}",
            "論文の要旨（アブストラクト）を書くときのコツを教えてください。字数は400字以内です。",
            "箇条書きのメモしかないんですが、これを報告書の文章にふくらませるにはどう書けばいいですか",
        ],
        "ko": [
            "논문 초록이 너무 길어서 발표 슬라이드에 못 넣겠어요. 학부생도 알아들을 수 있게 두세 문장으로 줄여 주실 수 있나요? {p}",
            "이 기사 세 줄 요약 부탁해요\n{p}",
            "보고서 요약본 쓸 때 분량은 어느 정도가 적당할까요? 원문이 40페이지 정도예요",
            "짧은 제품 설명을 블로그 글 길이로 늘리고 싶은데 어떤 내용을 추가하면 좋을까요?",
        ],
    },
    "debugging_help": {
        "en": [
            "I'm getting 'TypeError: cannot unpack non-iterable NoneType object' and I can't figure out why. Can you trace through this step by step? {p}",
            "My recursive fibonacci works for small n but hangs for n=40. Can you explain what's happening under the hood?",
            "this loop is off by one somewhere and I've been staring at it for an hour, help\n{p}",
            "Why would a React component re-render infinitely when I call setState inside useEffect? Looking for an explanation of the mechanism, not just the fix.",
        ],
        "zh": [
            "运行的时候报 NullPointerException，麻烦一步步帮我排查一下是哪里为空：{p}",
            "为什么我的多线程程序偶尔会输出错误的计数？不是每次都复现，想知道原理",
            "这段代码结果和预期不一样，能帮我逐行跟踪一下变量的值吗\n{p}",
            "npm install 一直报 ERESOLVE unable to resolve dependency tree，这是什么意思，怎么解决？",
        ],
        "ru": [
            "Падает с ошибкой IndexError: list index out of range. Помогите пошагово разобраться, на какой итерации и почему: {p}",
            "Почему в JavaScript 0.1 + 0.2 не равно 0.3? Объясните, что происходит на уровне чисел с плавающей точкой.",
            "код компилится, но выдаёт не тот результат. пройдитесь по логике, пожалуйста\n{p}",
            "Docker-контейнер сразу завершается с кодом 137. Что это значит и куда смотреть в первую очередь?",
        ],
        "ja": [
            "「undefined is not a function」というエラーが出ます。原因をステップごとに追いかけて説明してもらえませんか。\n{p}",
            "Pythonで非同期処理を書いたら、awaitしたはずなのに順番がバラバラになります。どういう仕組みでそうなるんでしょう",
            "このSQL、結果が想定より多く返ってきます。JOINのどこがおかしいか一緒に見てください：{p}",
            "gitでmergeしたらコンフリクトが大量に出て混乱してます。落ち着いて一個ずつ解消する手順を教えてください",
        ],
        "ko": [
            "세그멘테이션 폴트가 나는데 어디서 나는지 모르겠어요. 코드 흐름 따라가면서 같이 봐주세요. {p}",
            "자바스크립트에서 for문 안에 setTimeout 쓰면 왜 마지막 값만 찍히나요? 원리가 궁금해요",
            "이 함수가 가끔 무한루프에 빠지는데 어떤 입력에서 그런 건지 단계별로 추적해 주실 수 있을까요\n{p}",
            "CORS 에러가 계속 떠요. 브라우저랑 서버 사이에서 정확히 무슨 일이 일어나는 건지 설명 좀 해주세요",
        ],
    },
}
