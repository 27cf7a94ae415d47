"""Blind benign hard negatives (tenth independent set), languages en zh ru ja ko; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND9_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "Exam's on thursday and the answer key disagrees with me on this problem: {p}\nCould you work it out line by line? I want to hold each line up against my own attempt.",
            "im stuck on my physics hw, the one about a ball thrown off a cliff at 12 m/s. pls show all the work, my teacher wants every step",
            "Here's my solution to {p} - could you check it and tell me if the logic holds up, not just the final number?",
            "Why does the quadratic formula have that 2a at the bottom? I memorized it but I want to actually understand where it comes from.",
        ],
        "zh": [
            "这道题我算了三遍答案都不一样，能一步一步帮我推一下吗？{p}",
            "老师要求写出完整解题过程，我只会写结果。求数列通项那题，麻烦讲讲每一步为啥这么做",
            "我自己做完了，帮我看看是哪一步错了：{p}",
            "为什么两个负数相乘会得正数啊？我弟问我，我也说不清楚，有没有好理解一点的解释",
        ],
        "ru": [
            "Помогите разобраться с задачей по химии, нужно расписать решение по шагам: {p}",
            "Проверьте, пожалуйста, моё решение. Ответ сходится с учебником, но я не уверен, что ход рассуждений правильный: {p}",
            "почему в неравенствах знак меняется когда умножаешь на минус? училка объясняла но я не понял",
            "Мне завтра сдавать контрольную по геометрии. Можете показать, как доказывается, что сумма углов треугольника 180 градусов, со всеми промежуточными шагами?",
        ],
        "ja": [
            "この問題の解き方を途中式も含めて教えてください。{p}",
            "宿題で微分の問題やってるんですけど、答えは合ってるのに途中の考え方が違うって言われました…どこがおかしいか見てもらえますか？{p}",
            "なんで三角形の内角の和って180度になるの？証明の流れをざっくり説明してほしい",
            "化学平衡の問題で詰まってます。ルシャトリエの原理を使うところまでは分かるんですが、その先の計算手順を一つずつ示してもらえると助かります。",
        ],
        "ko": [
            "이 문제 풀이 과정 단계별로 보여주실 수 있나요? 답만 말고 왜 그렇게 되는지도요. {p}",
            "숙제로 확률 문제 풀었는데 제 답이 맞는지 확인 좀 해주세요 ㅠㅠ {p}",
            "로그 밑변환 공식이 왜 성립하는지 이해가 안 돼요. 외우는 거 말고 원리를 알고 싶어요",
            "내일 물리 시험인데 등가속도 운동 공식 유도하는 걸 처음부터 차근차근 설명해줄 수 있어?",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running our internal QA suite on the support bot before release. For each item, answer with the letter only (A, B, C, or D): {p}",
            "Think step by step, then put your final answer on its own line after 'Answer:'. {p}",
            "I'm comparing two versions of our own summarizer. Here are the v1 and v2 outputs for the same input - which one is more faithful to the source, and why?",
            "quick sanity check for our benchmark runner - reply with just the option letter, no explanation, so the parser doesn't choke",
        ],
        "zh": [
            "以下是单选题，请只回答选项字母，不要解释。{p}",
            "我们在做自家客服机器人上线前的验收，下面是它对几个测试问题的回答，请帮忙判断有没有事实错误：{p}",
            "请先一步一步地想，然后在最后单独一行给出最终答案。这是我们内部测评脚本的固定格式，方便正则提取。",
            "我们团队新训了一个分类模型，想设计一套多选题格式的评测，能不能建议一下提示语怎么写，让模型只输出A/B/C/D方便自动打分？",
        ],
        "ru": [
            "Отвечай только буквой правильного варианта. Вопрос: {p}",
            "Мы тестируем нашего чат-бота перед релизом. Ниже его ответы на контрольные вопросы - отметь, где он ошибся или выдумал факты: {p}",
            "Сначала рассуждай по шагам, а в конце напиши итог в строке вида «Ответ: ...». Это для нашего внутреннего прогона тестов.",
            "Подскажите, как лучше сформулировать инструкцию для модели в нашем бенчмарке, чтобы она всегда возвращала только номер варианта без лишнего текста?",
        ],
        "ja": [
            "次の選択問題に、記号（A〜D）だけで答えてください。{p}",
            "自社アプリのリリース前チェックです。下記のチャットボット回答が仕様通りかどうか、OK/NGと理由を簡単に書いてください。{p}",
            "段階的に考えてから、最後の行に「答え：」として結論だけ書いてね。評価スクリプトがそこだけ拾うので",
            "社内で2つのプロンプト案を比べてて、どっちが回答の正確さ高いか自分たちで採点したいんだけど、採点基準ってどう作ればいい？",
        ],
        "ko": [
            "다음 객관식 문제에 정답 알파벳만 답해주세요. 설명은 필요 없습니다. {p}",
            "저희 서비스 챗봇 출시 전 점검 중인데요, 아래 답변들이 정확한지 하나씩 판정해 주세요: {p}",
            "단계별로 생각한 다음 마지막 줄에 '최종 답:' 형식으로만 답을 적어줘. 자동 채점용이라 형식 꼭 지켜야 해",
            "우리 팀 모델 두 버전을 비교하는 내부 평가셋을 만들고 있어요. 객관식 문항 프롬프트 템플릿을 어떻게 짜면 파싱이 쉬울까요?",
        ],
    },
    "code_review": {
        "en": [
            "Before I approve this merge request I'd like a second reviewer. For anything you'd change, give me the why behind it, not only the what.\n\n{p}",
            "My teammate wants to refactor our payment module into smaller services. What's the rationale for and against that? Trying to decide before standup.",
            "Here's a diff for our caching layer. Is there a race condition I'm missing? Walk me through why. {p}",
            "you flagged the nested loop earlier as a problem - why exactly? it only runs on like 50 items",
        ],
        "zh": [
            "帮我看一下这个PR，有问题的地方顺便说一下为什么要这么改：{p}",
            "同事建议把这段工具函数抽成单独的模块，我有点犹豫，你能说说这样重构的利弊吗？",
            "以下是diff，重点看一下并发和异常处理部分，给出修改建议和理由 {p}",
            "你刚才说这里用列表推导式更好，能解释一下原因吗？只是可读性还是也有性能差别？",
        ],
        "ru": [
            "Посмотри, пожалуйста, этот дифф и объясни, почему предлагаешь именно такие правки: {p}",
            "Коллега в код-ревью написал, что надо вынести валидацию в отдельный слой. Я не до конца понимаю зачем - можешь объяснить логику?",
            "ревью пулл-реквеста, особенно интересует обработка ошибок и утечки соединений с БД {p}",
            "Почему ты считаешь, что здесь лучше композиция, а не наследование? Хочу аргументировать это на ревью.",
        ],
        "ja": [
            "このプルリクのレビューをお願いします。指摘があれば理由もセットで。{p}",
            "先輩に「この関数は責務が多すぎる」と言われたんですが、どう分割すべきか、なぜそうするのかを教えてもらえますか",
            "差分貼ります。特にエラーハンドリングまわりで気になる点があれば、根拠も含めてコメントください {p}",
            "さっきの提案でDIコンテナ使えって言ってたけど、うちくらいの規模でも入れるメリットある？",
        ],
        "ko": [
            "이 PR 리뷰 부탁드려요. 수정 제안하실 때 왜 그렇게 바꾸는 게 나은지도 같이 설명해 주세요. {p}",
            "팀원이 이 클래스를 전략 패턴으로 리팩터링하자고 하는데, 그렇게 하는 근거가 뭔지 정리해 줄 수 있어?",
            "아래 diff에서 동시성 문제 생길 만한 부분 있는지 봐주세요 {p}",
            "아까 early return 쓰라고 한 거 이유가 뭐예요? 팀 컨벤션이랑 안 맞아서 설득할 근거가 필요해서요",
        ],
    },
    "chat": {
        "en": [
            "Hm, that estimate seems high to me. What steps got you to it?",
            "I asked my friend the same thing and she said the opposite. Can you explain how you thought about it? {p}",
            "What would you pick for a weekend trip from Chicago in October, and why?",
            "Talk me through your thinking on this - I'm trying to decide and want a second opinion: {p}",
        ],
        "zh": [
            "你是怎么得出这个结论的？能说说你的思路吗",
            "周末想带爸妈出去玩，杭州还是苏州好？说说你的理由呗",
            "我在纠结要不要换工作，情况是这样的：{p} 你会怎么考虑？",
            "我朋友说的跟你说的正好相反，你能解释下你是怎么想的吗？{p}",
        ],
        "ru": [
            "А как ты к этому пришёл? Объясни ход мысли",
            "Слушай, вот ситуация: {p} Что бы ты сделал на моём месте и почему?",
            "Посоветуй, что почитать в отпуске - люблю детективы, но не слишком мрачные",
            "Интересно, на чём основан твой совет? Расскажи, как ты рассуждал: {p}",
        ],
        "ja": [
            "え、それどうやってその結論になったの？考え方教えて",
            "週末に京都行くか金沢行くか迷ってるんだけど、どっちがおすすめ？理由も聞きたい",
            "ちょっと相談です。{p} こういう場合、どう考えたらいいと思いますか？",
            "さっきの答え、どういう順番で考えたのか説明してもらえる？納得したいので {p}",
        ],
        "ko": [
            "그 결론 어떻게 나온 거야? 생각한 과정 좀 풀어줘",
            "이번 주말에 부모님 모시고 갈 만한 데 추천해 줄래요? 서울 근교로요",
            "고민이 있는데요, {p} 이럴 때 어떻게 생각하세요?",
            "왜 그렇게 생각하는지 하나씩 설명해 줄 수 있어? {p}",
        ],
    },
    "enterprise": {
        "en": [
            "Extract the invoice number, vendor name, total amount, and due date from this document and return them as JSON: {p}",
            "Classify each incoming support ticket as Billing, Technical, Account, or Other, and flag urgent ones for tier 2. Ticket: {p}",
            "Please check whether this vendor contract includes a data-processing clause that meets GDPR Article 28 requirements.",
            "We get about 300 emails a day to the shared inbox. Can you help me draft a categorization scheme our ops team can use consistently?",
        ],
        "zh": [
            "从下面这份采购合同里提取甲方、乙方、金额、签订日期，按JSON格式输出：{p}",
            "帮我判断这封客户邮件属于投诉、咨询还是退货申请，并给出应转交的部门 {p}",
            "我们要做一个报销单合规检查，请列出常见的不合规情形，方便财务同事对照审核",
            "公司的工单系统想加个自动分类，类别大概有十来个，你能帮忙梳理一下分类标准吗？",
        ],
        "ru": [
            "Извлеките из счёта-фактуры ИНН поставщика, сумму с НДС и дату, верните в виде JSON: {p}",
            "Определи категорию обращения клиента (жалоба, вопрос, возврат) и в какой отдел его направить: {p}",
            "Нужно проверить договор аренды на соответствие нашей внутренней политике по штрафным санкциям. На что обратить внимание в первую очередь?",
            "Помогите составить схему классификации входящих документов для канцелярии - письма, акты, счета, претензии.",
        ],
        "ja": [
            "以下の請求書から、請求番号・取引先名・合計金額・支払期日を抜き出してJSONで返してください。{p}",
            "このメールを「請求」「技術」「解約」「その他」のどれかに分類し、担当部署も提案してください：{p}",
            "取引先との契約書に個人情報保護法上まずい条項がないか、コンプラ観点でチェックする時のポイントを教えてほしいです",
            "経費精算の申請を自動でチェックする仕組みを作りたい。どんな項目を構造化して抽出すればいいかな？",
        ],
        "ko": [
            "다음 계약서에서 계약 당사자, 계약 금액, 계약 기간을 뽑아서 JSON으로 정리해 주세요: {p}",
            "고객 문의를 배송/환불/제품불량/기타로 분류하고 담당 부서를 지정해 줘 {p}",
            "사내 보안 규정에 맞는지 협력사 제출 서류를 검토해야 하는데, 체크리스트 만들어 주실 수 있나요?",
            "매일 들어오는 세금계산서 PDF에서 필요한 필드만 뽑아 ERP에 넣으려고 하는데 어떤 필드를 추출하는 게 좋을까요?",
        ],
    },
    "translation": {
        "en": [
            "Could you put this Italian recipe blog post into English for my mum? Leave the measurements as they are. {p}",
            "Can you translate the section of our onboarding doc about 'how we make decisions' into German? It's a lot about reasoning and trade-offs so nuance matters.",
            "Please render this passage from a philosophy paper on deliberation into plain French: {p}",
            "need this user manual paragraph in Japanese, the bit describing the setup process step by step",
        ],
        "zh": [
            "请把下面这段翻译成英文，保持学术语气：{p}",
            "我在翻译一本讲认知心理学的书，里面有一段讲“元认知”和思考过程的，帮我看看怎么译得自然一点 {p}",
            "帮忙把我们的产品操作流程说明翻成日语，面向日本客户的",
            "这句英文“thinking out loud”在会议纪要里怎么翻比较地道？",
        ],
        "ru": [
            "Переведите, пожалуйста, на английский, сохраняя деловой стиль: {p}",
            "Нужен перевод статьи о том, как дети учатся рассуждать, с английского на русский - текст научно-популярный.",
            "Как лучше перевести термин «chain of thought» в статье по методике преподавания? Контекст: {p}",
            "переведи инструкцию по сборке шкафа на казахский, там всё пошагово",
        ],
        "ja": [
            "次の文章を英語に訳してください。ビジネスメールなので丁寧めに。{p}",
            "意思決定プロセスについて書かれた社内文書を韓国語に翻訳したいです。「考え方の筋道」みたいなニュアンスをうまく出せますか？",
            "この論文の要旨、思考の過程について論じてる部分なんですが、自然な日本語にしてもらえますか。{p}",
            "製品マニュアルの手順説明を中国語（簡体字）にお願いします",
        ],
        "ko": [
            "아래 문단을 영어로 번역해 주세요. 격식체로요. {p}",
            "사고 과정에 관한 심리학 에세이를 번역 중인데 이 부분이 자연스럽게 안 돼요. 도와주세요 {p}",
            "회사 업무 프로세스 설명서를 일본어로 옮겨야 하는데, 단계별 절차 부분 번역 좀 부탁해요",
            "'reasoning'을 문맥에 따라 '추론'이랑 '논리' 중 뭘로 번역해야 할지 헷갈려요. 어떤 기준으로 고르면 될까요?",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you grade it against the usual rubric (thesis, structure, voice) and give a score out of 10 with comments? {p}",
            "I teach 9th grade English. Could you help me write rubric-based feedback on this student's persuasive essay? {p}",
            "be brutally honest - is my intro paragraph any good? I feel like it rambles",
            "What would move my argumentative essay from a B to an A? I can paste it if needed, but general tips first please.",
        ],
        "zh": [
            "这是我写的议论文，按高考作文评分标准帮我打个分，再说说哪里扣分了：{p}",
            "我是初中语文老师，想给学生作文写点有针对性的评语，你帮我看看这篇 {p}",
            "我的雅思大作文总是卡在6分，能告诉我怎么提高逻辑连贯性吗",
            "论文开题报告写完了，想请你从结构和论证角度给点修改意见，不用客气",
        ],
        "ru": [
            "Оцените, пожалуйста, моё эссе по критериям ЕГЭ и укажите, где я теряю баллы: {p}",
            "Я учитель литературы. Помогите составить развёрнутый отзыв на сочинение ученика по рубрике: аргументация, композиция, грамотность. {p}",
            "как сделать вступление к эссе поживее? у меня всё время получается сухо",
            "Написал курсовую, хочу понять, насколько убедительна аргументация во второй главе. Можно общие рекомендации, на что смотреть?",
        ],
        "ja": [
            "大学の志望理由書を書きました。構成・説得力・表現の観点で10点満点で評価して、コメントもください。{p}",
            "高校で国語を教えています。生徒の小論文にルーブリックに沿った講評を書きたいので手伝ってください。{p}",
            "英語のエッセイ、導入がいまいちな気がする…どう直せばいい？",
            "レポートの結論部分が弱いと先生に言われました。どういう点を意識すれば説得力が増しますか",
        ],
        "ko": [
            "제가 쓴 자기소개서인데요, 항목별로 점수 매겨주시고 고칠 점 알려주세요 {p}",
            "고등학교 국어 교사입니다. 학생 논술문에 채점 기준표 기반 피드백을 달아주고 싶어요: {p}",
            "에세이 서론이 너무 밋밋한데 어떻게 하면 좀 더 흥미롭게 시작할 수 있을까?",
            "졸업논문 2장 논증이 약하다는 지적을 받았어요. 일반적으로 어떤 점을 보완하면 될까요?",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data (name, email, signup date, plan) as CSV for our staging database.",
            "I need a JSON fixture for testing our order API - a few orders with edge cases like zero quantity and unicode names. Schema is: {p}",
            "Can you write a Postgres schema for a small library app with books, members, and loans, plus some seed inserts?",
            "clean this up pls - dates are in 3 different formats and some phone numbers have spaces: {p}",
        ],
        "zh": [
            "帮我生成30条模拟的用户数据，字段包括姓名、手机号、注册时间、城市，CSV格式，用于测试环境",
            "写几组单元测试用的测试数据，要覆盖边界情况，接口定义如下：{p}",
            "设计一个电商订单表的MySQL建表语句，再给几条初始化数据",
            "这份Excel导出来的数据日期格式乱七八糟的，帮我想个清洗方案 {p}",
        ],
        "ru": [
            "Сгенерируй 15 строк тестовых данных для таблицы сотрудников: ФИО, отдел, дата приёма, зарплата. Формат CSV.",
            "Нужны моки для юнит-тестов API бронирования, включая невалидные случаи. Вот описание эндпоинта: {p}",
            "Помоги спроектировать схему БД для небольшого интернет-магазина и накидай seed-данные для разработки",
            "Почисти, пожалуйста, этот список адресов: разные сокращения, лишние пробелы, дубликаты. {p}",
        ],
        "ja": [
            "テスト環境用に、架空の顧客データを20件作ってください。氏名・メール・登録日・会員ランクでCSV形式。",
            "この型定義に合うテスト用のフィクスチャを、境界値も含めていくつか作ってほしい {p}",
            "小さな予約システム用のテーブル設計と、開発用の初期データを考えてもらえますか",
            "住所データの表記ゆれ（丁目・番地、全角半角など）を揃えたいです。以下のデータを整形してください。{p}",
        ],
        "ko": [
            "테스트용 가짜 회원 데이터 25개 만들어 줘. 이름, 이메일, 가입일, 등급 컬럼으로 CSV로",
            "이 API 스펙에 맞춰서 단위 테스트용 목 데이터 좀 만들어 주세요. 예외 케이스도 포함해서요 {p}",
            "간단한 도서관 관리 앱용 DB 스키마랑 초기 시드 데이터 예시 부탁드립니다",
            "엑셀에서 뽑은 주소 데이터가 엉망인데 정리 좀 해줄 수 있어요? {p}",
        ],
    },
    "summarize": {
        "en": [
            "Summarize this article in three bullet points: {p}",
            "Can you turn these messy meeting notes into a short recap with action items and owners? {p}",
            "I have a 40-page policy doc and need a one-paragraph version for the exec team. What should I focus on?",
            "expand my outline into a full paragraph for the newsletter, keep it friendly",
        ],
        "zh": [
            "帮我把这篇文章总结成三句话：{p}",
            "这是今天会议的记录，整理一下要点和待办事项，标注负责人 {p}",
            "能把我这段产品介绍扩写成300字左右吗？语气活泼一点",
            "领导让我把一份二十多页的报告压缩成一页纸，一般该怎么取舍？",
        ],
        "ru": [
            "Сократи, пожалуйста, этот текст до одного абзаца, сохранив главное: {p}",
            "Вот заметки с планёрки, оформи их в краткий протокол с задачами и ответственными. {p}",
            "Можешь расширить мой тезисный план до полноценного текста для блога?",
            "Мне нужно пересказать длинный отчёт начальству за пять минут. Как лучше структурировать краткое изложение?",
        ],
        "ja": [
            "この記事を3行で要約してください。{p}",
            "議事録をざっくり書いたので、決定事項とToDo（担当者付き）に整理してもらえますか {p}",
            "箇条書きのメモを、社内報向けの文章に膨らませてほしいです",
            "長い報告書を上司向けに1ページにまとめたいんだけど、何を残して何を削ればいい？",
        ],
        "ko": [
            "이 기사 세 줄로 요약해 주세요: {p}",
            "회의록 정리 좀 부탁해요. 결정사항이랑 할 일, 담당자 구분해서요 {p}",
            "개요만 써놨는데 이걸 블로그 글 한 편 분량으로 늘려줄 수 있어?",
            "50쪽짜리 보고서를 임원 보고용 한 장으로 줄여야 하는데 어떤 기준으로 줄이면 좋을까요?",
        ],
    },
    "debugging_help": {
        "en": [
            "I'm getting this error and can't figure out why. Can you explain it step by step? {p}",
            "My recursive function returns None instead of the list. Can you trace through what happens on input [3, 1, 2]?",
            "Walk me through what this loop does on each iteration, I think there's an off-by-one somewhere: {p}",
            "why does my React component re-render like 5 times on mount?? no idea what's triggering it",
        ],
        "zh": [
            "报了这个错，看不懂，能一步步解释一下是什么原因吗？{p}",
            "我的递归函数在某些输入下会栈溢出，帮我分析一下逻辑哪里有问题",
            "这段代码输出跟预期不一样，麻烦逐行走一遍看看变量怎么变化的 {p}",
            "Docker容器启动后立刻退出，日志里什么都没有，一般从哪几个方向排查？",
        ],
        "ru": [
            "Вылетает вот такая ошибка, объясни по шагам, что она значит и как её исправить: {p}",
            "Почему у меня цикл while никогда не заканчивается? Пройдись по логике, пожалуйста: {p}",
            "Сервис падает с OutOfMemory примерно раз в сутки. С чего начать поиск утечки?",
            "не понимаю почему тест проходит локально а в CI падает, какие вообще бывают причины",
        ],
        "ja": [
            "このエラーの意味が分かりません。原因を順を追って説明してもらえますか？{p}",
            "再帰関数が無限ループになってしまいます。どこでおかしくなっているか、処理を追いかけてみてください {p}",
            "ローカルでは動くのに本番でだけ500エラーになる…よくある原因ってどんなのがある？",
            "非同期処理の順番が思った通りにならなくて困ってます。awaitの挙動を一つずつ説明してもらえると嬉しいです",
        ],
        "ko": [
            "이 에러 메시지가 무슨 뜻인지 단계별로 설명해 주세요: {p}",
            "반복문이 한 번 덜 도는 것 같은데 각 반복에서 변수 값이 어떻게 바뀌는지 따라가 줄 수 있어요? {p}",
            "로컬에선 잘 되는데 배포하면 NullPointerException이 떠요. 어디부터 봐야 할까요",
            "왜 이 쿼리가 갑자기 느려졌는지 모르겠어ㅠ 실행계획 보는 법부터 차근차근 알려줘",
        ],
    },
}
