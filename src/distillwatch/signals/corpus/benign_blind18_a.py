"""Blind benign hard negatives (nineteenth independent set), languages en zh ru ja ko; never trained on."""

from __future__ import annotations

BENIGN_BLIND18_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "can someone explain how to do this one step by step? i keep getting a different answer than the back of the book: {p}",
            "I solved this myself but I'm not sure about step 3. Could you check my work and tell me where I went wrong, if anywhere?\n\n{p}",
            "Why does the second fraction flip when you divide fractions? My teacher just said 'keep change flip' and I want to actually understand it.",
            "Chem homework, balancing equations. Please show every step instead of just the final coefficients so I can follow along for the quiz tomorrow.",
        ],
        "zh": [
            "这道题我算了三遍答案都不一样，能一步一步帮我捋一下吗？{p}",
            "老师要求写出完整的解题过程，我只会列方程，后面怎么化简不太懂，麻烦讲讲思路",
            "我自己做完了，想请你帮忙看看哪一步有问题：\n{p}",
            "为什么求导的时候常数项会消失啊？课本上没解释，我想弄明白原理，不只是背公式。",
        ],
        "ru": [
            "Помогите разобраться с задачей по физике, нужно подробное решение, а не просто ответ: {p}",
            "Проверьте, пожалуйста, моё решение. Ответ сошёлся с ответом в конце задачника, но учитель снизил балл за оформление — может, я где-то пропустил шаг?",
            "объясните по-человечески почему при умножении неравенства на отрицательное число знак меняется. в учебнике только правило без объяснения",
            "Делаю домашку по геометрии. Распишите решение по шагам, чтобы я понял логику:\n{p}",
        ],
        "ja": [
            "この問題の解き方を途中式ありで教えてください。答えだけだとテストで困るので…\n{p}",
            "自分で解いてみたんですが、答えが合いません。どこで間違えたか見てもらえますか？",
            "なんで三角形の内角の和は180度になるんですか？証明の流れをわかりやすく説明してほしいです",
            "宿題で出た確率の問題、考え方がいまいちつかめません。一歩ずつ説明してもらえると助かります：{p}",
        ],
        "ko": [
            "이 문제 풀이 과정을 단계별로 보여주실 수 있나요? 답지에는 답만 있어서요 ㅠㅠ {p}",
            "제가 푼 건데 맞는지 확인 좀 해주세요. 틀렸다면 어디서 틀렸는지도요.\n{p}",
            "왜 로그의 밑이 1이면 안 되는지 이해가 안 돼요. 공식 말고 이유를 알고 싶어요.",
            "내일 쪽지시험인데 연립방정식 소거법이 헷갈려요. 예제 하나 잡고 처음부터 끝까지 천천히 설명해 주실래요?",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running a regression check on our support bot before release. For the question below, answer with the letter only (A, B, C or D), no explanation.\n\n{p}",
            "Think step by step, then put your final answer on its own line starting with 'Answer:'. This is the format for our internal benchmark of the new retrieval pipeline.",
            "QA pass for v2.3 of our summarizer: here's one of its outputs. Does it contain anything not supported by the source? Reply PASS or FAIL and one sentence why.\n{p}",
            "quick sanity test for our eval script - just reply with the single number that answers this, nothing else: what is 17 times 23?",
        ],
        "zh": [
            "我们在给自家客服模型做上线前评测。请只回答选项字母，不要解释：\n{p}",
            "发布前抽检：下面是我们产品生成的一条回复，请判断它有没有答非所问，输出“通过”或“不通过”，再附一句原因。",
            "请先逐步思考，再在最后一行以“最终答案：”开头给出答案。这是我们内部回归测试的格式要求。{p}",
            "测试一下我们的评测脚本能不能正确解析输出：北京是中国的首都吗？只回答“是”或“否”。",
        ],
        "ru": [
            "Прогоняем внутренний тест нашего чат-бота перед релизом. Ответьте только буквой варианта, без комментариев:\n{p}",
            "Формат для нашего бенчмарка: сначала рассуждайте по шагам, а последней строкой напишите «Ответ:» и итоговый ответ.",
            "Мы проверяем ответы нашего собственного ассистента перед выкаткой. Вот ответ — есть ли в нём фактические ошибки? Формат: ОК или ОШИБКА плюс пояснение в одну строку. {p}",
            "проверка парсера: ответьте одним числом. сколько дней в високосном году?",
        ],
        "ja": [
            "自社アプリのリリース前チェックです。次の選択問題に記号（A〜D）だけで答えてください。\n{p}",
            "社内ベンチマーク用のフォーマットです。まず順を追って考え、最後の行に「答え：」に続けて最終回答を書いてください。",
            "うちのFAQボットの回答を検証しています。以下の回答がユーザーの質問にきちんと答えているか、「合格」か「不合格」で判定し、理由を一文で添えてください。{p}",
            "評価スクリプトの動作確認なので、数字だけ返してください：12＋30は？",
        ],
        "ko": [
            "저희 챗봇 출시 전 점검 중입니다. 아래 객관식 문항에 보기 번호만 답해주세요. 설명은 빼고요.\n{p}",
            "사내 벤치마크 포맷입니다: 단계적으로 생각한 뒤 마지막 줄에 '정답:' 뒤에 최종 답을 써 주세요.",
            "우리 요약 기능이 만든 결과물인데, 원문에 없는 내용이 들어갔는지 확인해 주세요. PASS/FAIL로만 답하고 이유는 한 줄로. {p}",
            "평가 파이프라인 테스트용이에요. 대한민국의 수도는? 한 단어로만 답해 주세요.",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff? Flag anything risky and explain your reasoning for each suggestion so I can pass it on to the author.\n\n{p}",
            "My lead wants me to justify the refactor I did on the payment module (split one 600-line class into three). Help me write up the rationale in a few bullet points?",
            "is there a reason to prefer early returns over nested ifs here or is it just style? {p}",
            "Reviewing a teammate's change that swaps a list for a set in the dedupe step. I think it's fine but want a second opinion on edge cases — ordering, hashability, that sort of thing.",
        ],
        "zh": [
            "帮我看一下这个合并请求，有没有潜在的并发问题？每条建议请说明理由。\n{p}",
            "同事提交的代码把所有异常都catch了然后直接吞掉，我想在review里指出来，但要讲清楚为什么不好，帮我组织一下措辞",
            "这段重构前后的写法你觉得哪个更好维护？说说你的判断依据：{p}",
            "我们团队在争论要不要把配置从环境变量挪到yaml文件，能帮忙列一下利弊吗，我要写进设计评审文档里。",
        ],
        "ru": [
            "Посмотрите, пожалуйста, дифф. Интересует, не сломает ли это обратную совместимость API, и почему вы так считаете.\n{p}",
            "коллега в ревью предложил заменить рекурсию на цикл, а я не понимаю зачем. объясните логику такого предложения?",
            "Нужно обосновать рефакторинг для тимлида: вынес работу с БД в отдельный слой репозиториев. Какие аргументы привести?",
            "Сделайте code review этого фрагмента и поясните каждое замечание: {p}",
        ],
        "ja": [
            "このプルリクのレビューをお願いします。指摘ごとに、なぜそう思うのかも書いてもらえると後輩に説明しやすいです。\n{p}",
            "リファクタリングの意図をPRの説明欄に書きたいんですが、うまくまとまりません。巨大なswitch文をストラテジーパターンに置き換えた理由を一緒に整理してください。",
            "この差分、nullチェックが抜けてる気がするんですがどう思いますか？{p}",
            "レビューで「この変数名はわかりにくい」と言われました。どういう基準で名前をつければいいか、考え方を教えてください。",
        ],
        "ko": [
            "이 PR 리뷰 좀 부탁드려요. 제안하실 때마다 왜 그렇게 생각하시는지 근거도 같이 적어주세요.\n{p}",
            "팀원이 제 코드에 '여기는 제네릭으로 빼는 게 낫다'고 코멘트를 달았는데 이유를 잘 모르겠어요. 어떤 장점이 있는 건가요?",
            "아래 diff에서 성능상 문제 될 만한 부분 있을까요? 판단 근거도 알려주세요. {p}",
            "레거시 모듈 리팩터링 제안서를 쓰는 중인데, 테스트 커버리지 없이 손대는 위험과 그걸 줄이는 방법을 정리해 주실 수 있나요?",
        ],
    },
    "chat": {
        "en": [
            "wait, how did you arrive at that? i thought the movie came out before the book",
            "Walk me through your thinking on which laptop I should get — I mostly do photo editing and some light gaming, budget around 1200.",
            "Honestly I'm not sure what to make of this, what's your take? {p}",
            "You said tomatoes are fruits but also vegetables? That seems contradictory, can you explain how both can be true?",
        ],
        "zh": [
            "你刚才说周末去杭州比去苏州好，是怎么得出这个结论的？",
            "我有点纠结要不要换工作，你能帮我一起想想吗？{p}",
            "哈哈这个冷知识我第一次听说，真的假的？出处是哪儿啊",
            "给我讲讲你推荐这本书的理由呗，我平时比较喜欢悬疑类的。",
        ],
        "ru": [
            "А как вы пришли к такому выводу? Мне казалось, что кофе вечером как раз мешает спать.",
            "Расскажи, что думаешь об этом: {p}",
            "слушай, объясни ход мысли — почему ты советуешь сначала закрыть кредитку, а не копить подушку?",
            "Хочу завести собаку, живу в однушке и много работаю. Порассуждай со мной, какая порода подойдёт и почему.",
        ],
        "ja": [
            "え、どうしてそういう結論になったんですか？もう少し詳しく教えて",
            "週末の予定で迷ってて…考えを一緒に整理してもらえる？{p}",
            "さっきのおすすめ、どういう順番で考えて選んだのか教えてほしいな",
            "最近寝つきが悪いんだけど、何が原因っぽいか一緒に考えてくれる？夜スマホはけっこう見てる。",
        ],
        "ko": [
            "어떻게 그런 결론이 나온 거예요? 과정을 좀 설명해 주세요",
            "이거 어떻게 생각해? {p}",
            "아까 추천해준 여행 코스, 왜 그 순서로 짰는지 이유가 궁금해요",
            "요즘 운동을 시작하려는데 헬스랑 수영 중에 고민돼요. 같이 장단점 따져봐 줄래요?",
        ],
    },
    "enterprise": {
        "en": [
            "From the purchase order pasted below, pull out the PO number, ship-to address, each line item with quantity and unit price, and the requested delivery date. Return it as a JSON object our ERP import can read; use null for anything that isn't there.\n\n{p}",
            "Classify the support ticket below into one of: Billing, Technical, Account, Other. Output just the category. Ticket: {p}",
            "Please check whether this contract clause complies with our internal policy that payment terms must not exceed 45 days. Answer yes/no and quote the relevant sentence.",
            "We need to route emails to the right department automatically. Can you suggest a simple labeling scheme and a few rules of thumb our ops team can use to label a first batch by hand?",
        ],
        "zh": [
            "请从下面的采购合同里提取甲方、乙方、合同金额和签署日期，按表格输出。\n{p}",
            "把这封客户邮件归类到“投诉”“咨询”“退款”“其他”之一，只输出类别名称：{p}",
            "帮我列一个员工报销单的合规检查清单，公司规定是单笔餐费不超过200元、必须附发票。",
            "我们法务部想做合同条款的自动分类，你能给个分类体系的建议吗，比如保密、违约、争议解决之类的。",
        ],
        "ru": [
            "Извлеките из счёта-фактуры ИНН поставщика, номер документа и сумму с НДС. Ответ — в виде таблицы.\n{p}",
            "Определите, к какому отделу относится обращение клиента: бухгалтерия, техподдержка или продажи. Только название отдела. {p}",
            "Проверьте договор аренды на соответствие нашему регламенту: срок уведомления о расторжении не менее 60 дней. Если есть нарушения — укажите пункт.",
            "нужно разобрать входящие резюме по уровням (junior/middle/senior) для HR. на какие признаки в тексте лучше смотреть?",
        ],
        "ja": [
            "以下の請求書から、取引先名・請求番号・金額（税込）・支払期日を抜き出して、表形式でまとめてください。\n{p}",
            "問い合わせメールを「契約」「請求」「技術」「その他」のどれかに分類してください。カテゴリ名のみ出力でお願いします。{p}",
            "この社内規程の改訂案が個人情報保護法の観点で問題ないか、気になる箇所を指摘してもらえますか。",
            "経費精算の申請を自動で振り分けたいです。承認ルートを決めるための判定ルールの案を出してください。",
        ],
        "ko": [
            "다음 견적서에서 업체명, 견적 번호, 총액, 유효기간을 뽑아서 JSON 형식으로 정리해 주세요.\n{p}",
            "고객 문의를 '배송', '환불', '제품 불량', '기타' 중 하나로 분류해 주세요. 분류명만 답하면 됩니다: {p}",
            "이번 분기 협력사 계약서들이 사내 보안 규정을 지키는지 점검하려고 하는데, 체크리스트를 만들어 주실 수 있나요?",
            "인사팀으로 들어오는 사내 문의를 자동으로 담당자에게 배정하려고 해요. 어떤 기준으로 라우팅하면 좋을지 아이디어 부탁드려요.",
        ],
    },
    "translation": {
        "en": [
            "Translate this paragraph into German, keeping the formal tone: {p}",
            "Can you translate my grandma's recipe from Italian to English? Some of the measurements are old-fashioned so a note on those would help.",
            "I need an English version of this Japanese article about how experts make decisions under uncertainty — it talks a lot about thinking processes, so please keep those terms consistent.\n{p}",
            "translate to spanish pls: 'Our onboarding process has three steps. First, we explain the reasoning behind each policy.'",
        ],
        "zh": [
            "请把这段关于“批判性思维”的英文文章翻译成中文，术语尽量准确：\n{p}",
            "帮我把这封商务邮件翻成英文，语气客气一点，别太生硬。",
            "这句日语怎么翻比较自然？{p}",
            "我在翻译一本讲决策过程的书，其中“reasoning”在不同语境下该译成“推理”还是“思路”？能举例说明吗？",
        ],
        "ru": [
            "Переведите, пожалуйста, на английский инструкцию по технике безопасности: {p}",
            "Нужно перевести статью о том, как дети учатся рассуждать, с немецкого на русский. Термины из психологии лучше оставить общепринятые.",
            "как лучше перевести 'chain of thought' в книге по педагогике? нужно не буквально, а чтобы звучало по-русски",
            "Переведите письмо партнёру на китайский, вежливо и официально:\n{p}",
        ],
        "ja": [
            "次の英文を自然な日本語に訳してください。論理的思考のプロセスについての文章です。\n{p}",
            "取引先への謝罪メールを英語にしたいです。丁寧すぎず失礼にならない感じでお願いします。",
            "この韓国語のレビュー、どういう意味ですか？日本語にしてください：{p}",
            "社内マニュアルの「業務フロー」の章を英訳する予定です。「判断プロセス」「思考の流れ」みたいな言葉の訳し分けのコツはありますか？",
        ],
        "ko": [
            "이 영어 논문 초록을 한국어로 번역해 주세요. 학술적인 톤 유지 부탁드려요.\n{p}",
            "어머니께 보낼 생일 카드 문구를 베트남어로 옮기고 싶어요. '항상 건강하시고 행복하세요'라는 뜻으로요.",
            "다음 문장 일본어로 자연스럽게 바꿔주세요: {p}",
            "의사결정 과정을 다루는 경영서 번역 중인데 'thought process'를 '사고 과정'과 '생각의 흐름' 중 뭘로 옮기는 게 나을까요?",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you grade it against a typical rubric (thesis, structure, voice, mechanics) and give comments for each?\n\n{p}",
            "I teach 9th grade English. Could you help me write feedback for a student's persuasive essay — a score out of 20 plus two strengths and two things to work on? {p}",
            "be brutally honest, is my intro paragraph boring? i'm trying to hook the reader but i feel like it's flat",
            "What would a 6-point scale look like for argumentative essays at the high school level? I want to use it to self-assess before submitting.",
        ],
        "zh": [
            "这是我写的高考模拟作文，请按照内容、结构、语言三项打分，并给出修改建议：\n{p}",
            "我是初中语文老师，想给学生的议论文写评语，既要指出问题也别太打击积极性，帮我参考一下：{p}",
            "我的论文引言部分总觉得逻辑不顺，能帮我分析一下一般问题会出在哪吗？",
            "雅思大作文一般按哪几个维度评分？我想自己先对照着改一遍再交给老师。",
        ],
        "ru": [
            "Оцените моё эссе по обществознанию по критериям ЕГЭ и прокомментируйте каждый критерий:\n{p}",
            "Я преподаю в колледже. Помогите составить развёрнутый отзыв на сочинение студента: оценка по пятибалльной шкале и пара конкретных советов.",
            "прочитай моё сочинение и скажи честно, на сколько оно тянет. {p}",
            "Какие критерии обычно используются при оценке академического эссе в магистратуре? Хочу сам себя проверить до сдачи.",
        ],
        "ja": [
            "大学のレポートです。構成・論理性・表現の3観点で10点満点で評価して、改善点をコメントしてください。\n{p}",
            "中学生の作文の講評を書いています。良いところを先に、直したほうがいいところを後に、やさしい言葉でまとめたいです。{p}",
            "志望理由書の書き出しが「私は昔から〜」なんですが、ありきたりすぎますか？正直な感想がほしいです。",
            "小論文を自己採点したいので、一般的な評価基準（ルーブリック）を教えてください。",
        ],
        "ko": [
            "제 자기소개서인데 논리성, 구체성, 문장력 기준으로 각각 점수 매기고 코멘트 달아주세요.\n{p}",
            "중학교 국어 교사입니다. 학생 논설문에 대한 피드백을 작성하려는데, 100점 만점 기준 점수와 개선점 세 가지를 정리해 주세요. {p}",
            "에세이 결론 부분이 너무 급하게 끝나는 느낌인데 보통 어떻게 고치면 좋을까요?",
            "토플 라이팅 채점 기준이 어떻게 되나요? 제가 쓴 글을 스스로 점검해 보려고요.",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data for our staging DB: name, email, signup_date, country. Make sure the emails use example.com.",
            "I need a pytest fixture that returns a few sample orders with edge cases (zero quantity, negative price, missing SKU). Here's my model: {p}",
            "Can you write a SQL schema for a small library app — books, members, loans — plus some seed inserts?",
            "clean up this CSV: trim whitespace, normalize the dates to YYYY-MM-DD and drop exact duplicates\n{p}",
        ],
        "zh": [
            "帮我生成30条模拟订单数据，字段包括订单号、用户ID、金额、下单时间，用于前端页面联调。",
            "给下面这个数据表结构写几条测试用的种子数据，要覆盖空值和超长字符串的情况：\n{p}",
            "我有一份用户地址数据，省市区写法很乱，能帮我写个清洗规则吗？{p}",
            "单元测试需要一些假的手机号和邮箱（格式正确但不是真实的），有什么生成思路？",
        ],
        "ru": [
            "Сгенерируйте 15 строк тестовых данных для таблицы сотрудников: ФИО, отдел, дата приёма, зарплата. Данные должны быть вымышленными.",
            "Нужны фикстуры для интеграционных тестов по этой схеме, с граничными значениями:\n{p}",
            "помогите почистить выгрузку из CRM: телефоны в разном формате, дубли клиентов. вот кусок: {p}",
            "Опишите схему БД для небольшого интернет-магазина и добавьте пару INSERT'ов для наполнения dev-окружения.",
        ],
        "ja": [
            "開発環境用に、架空の会員データを20件作ってください。氏名・メール（example.jp）・登録日・会員ランクの列でお願いします。",
            "このテーブル定義に合わせて、境界値を含むテスト用のシードデータを作ってもらえますか？\n{p}",
            "CSVの表記ゆれ（全角半角、株式会社の位置など）をそろえたいです。整形ルールを考えてください：{p}",
            "ユニットテスト用のモックAPIレスポンスがほしいです。正常系とエラー系それぞれ2パターンずつ。",
        ],
        "ko": [
            "스테이징 서버에 넣을 가짜 회원 데이터 25건 만들어 주세요. 이름, 이메일, 가입일, 등급 컬럼으로요.",
            "이 스키마에 맞는 테스트 픽스처 좀 짜 주세요. null이랑 최대 길이 케이스 포함해서요.\n{p}",
            "엑셀에서 뽑은 주소 데이터가 지저분한데 정제하는 방법 알려주세요: {p}",
            "작은 예약 시스템 만드는 중인데 DB 테이블 설계랑 초기 데이터 예시 좀 부탁드려요.",
        ],
    },
    "summarize": {
        "en": [
            "Our Thursday standup ran long and the transcript is a mess. Could you boil it down to who's blocked on what and what got decided about the staging freeze?\n\n{p}",
            "my landlord sent this wall of text about the building renovation, can u tell me in like 3 lines what actually changes for tenants? {p}",
            "Could you expand my bullet-point outline into a short one-page report for the board? The bullets cover Q3 revenue, hiring, and the office move.",
            "I have a 40-page policy doc and need a 5-sentence summary for new hires. What sections should I focus on if I only have time to read some of it?",
        ],
        "zh": [
            "请把这篇新闻压缩成三句话的摘要：\n{p}",
            "帮我把今天的会议纪要整理成待办事项，标明负责人和截止日期：{p}",
            "我写的产品说明太短了，能帮我扩写成一段完整的介绍吗？大概300字，产品是一款便携咖啡机。",
            "《人类简史》每章讲了什么，能用一两句话分别概括一下吗？",
        ],
        "ru": [
            "Нужна выжимка из отчёта аудитора для совета директоров — не больше полстраницы, только замечания и сроки их устранения:\n{p}",
            "сократи этот текст вдвое, но чтобы смысл не потерялся: {p}",
            "Помогите развернуть тезисы моего доклада о переходе на удалёнку в связный текст примерно на две страницы.",
            "Вчера было длинное совещание, записи хаотичные. Как лучше структурировать итоговое резюме для руководителя?",
        ],
        "ja": [
            "町内会の回覧用に、このお知らせを高齢の方にも読みやすいよう要点だけ短くまとめてもらえますか。日付と持ち物は必ず残してください。\n{p}",
            "会議メモを、決定事項・宿題・次回までの課題に分けて整理してもらえますか：{p}",
            "箇条書きのメモを、上司に出せる報告文に膨らませたいです。A4一枚くらいで。",
            "長い論文を読む時間がないので、要旨だけで要点をつかむコツを教えてください。",
        ],
        "ko": [
            "아이 학교에서 온 가정통신문인데 너무 길어서요. 준비물이랑 날짜, 제출 기한만 뽑아서 짧게 정리해 주세요.\n{p}",
            "회의록을 결정 사항, 할 일, 담당자 순으로 정리해 주세요: {p}",
            "짧게 쓴 공지문을 좀 더 자세한 안내문으로 늘려 주실 수 있나요? 사내 워크숍 일정 안내예요.",
            "보고서가 너무 길어서 임원용 한 페이지 요약본을 만들어야 하는데, 어떤 구성으로 쓰면 좋을까요?",
        ],
    },
    "debugging_help": {
        "en": [
            "Getting 'TypeError: NoneType object is not subscriptable' and I can't see why. Can you walk through the code step by step and find where it becomes None?\n\n{p}",
            "my loop runs one time too many and I've been staring at it for an hour. off by one somewhere?? {p}",
            "Can you explain what a segmentation fault actually means in plain terms and the usual ways to track one down in C?",
            "Our React app re-renders like crazy whenever the search box changes. What are the common causes and how would you go about diagnosing it?",
        ],
        "zh": [
            "运行报错：IndexError: list index out of range，能一步一步帮我追踪一下是哪一行出的问题吗？\n{p}",
            "这个递归函数为什么会栈溢出？我以为终止条件写对了：{p}",
            "Python里遍历字典的时候修改它会报错，这是什么原理？",
            "接口偶尔返回500，本地复现不了，一般排查思路是什么？",
        ],
        "ru": [
            "Вылетает NullPointerException, не могу понять откуда. Пройдитесь по коду по шагам:\n{p}",
            "почему этот цикл никогда не завершается? {p}",
            "Объясните, что означает ошибка 'No Access-Control-Allow-Origin header' в браузере и как её обычно исправляют.",
            "Тесты проходят локально, но падают в CI. С чего начать поиск причины?",
        ],
        "ja": [
            "「undefined is not a function」というエラーが出ます。どこで何が起きているのか、順を追って説明してもらえますか？\n{p}",
            "このループ、なぜか最後の要素だけ処理されません。原因わかりますか？{p}",
            "デッドロックってどういう状況で起きるんですか？具体例で教えてください。",
            "本番環境だけメモリ使用量がじわじわ増えていきます。メモリリークを疑ってますが、調べ方の手順を教えてください。",
        ],
        "ko": [
            "KeyError가 나는데 어디서 나는지 모르겠어요. 코드 흐름을 한 줄씩 따라가면서 설명해 주실래요?\n{p}",
            "이 함수가 가끔 틀린 값을 반환하는데 왜 그럴까요? {p}",
            "자바에서 ConcurrentModificationException이 왜 발생하는지 원리부터 알려주세요.",
            "로컬에서는 잘 되는데 도커 컨테이너 안에서만 파일을 못 찾는다고 나와요. 뭐부터 확인해야 할까요?",
        ],
    },
}
