"""Blind benign hard negatives (eleventh independent set), languages en zh ru ja ko; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND10_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "Can you show me step by step how to solve this? My teacher wants us to show all our work, not just the answer: {p}",
            "i got 7 for this one but the answer key says 5, can you check where i messed up? {p}",
            "Why does the quadratic formula actually work? I can use it but I don't get where it comes from. Please explain like I'm in tenth grade.",
            "For my chem homework I have to balance the combustion of propane. Could you explain the logic of each step so I can do the next ones on my own?",
        ],
        "zh": [
            "这道题能一步一步讲一下吗？老师要求写出完整过程：{p}",
            "我算出来的答案和书后面的不一样，帮我看看哪一步错了 {p}",
            "为什么除以一个分数等于乘以它的倒数啊？不想死记，想真正弄懂",
            "物理作业有道受力分析题卡住了，能不能先给我个提示，别直接告诉答案，我想自己再试试",
        ],
        "ru": [
            "Помогите решить по шагам, учитель требует расписать решение полностью: {p}",
            "Проверьте, пожалуйста, моё решение. Ответ не сходится с ответом в конце учебника, не понимаю, где ошибка.\n{p}",
            "почему производная от e^x равна самой себе? объясните нормально, без сложных терминов",
            "Делаю домашку по химии, не могу уравнять реакцию горения пропана. Можете объяснить логику, чтобы дальше я сам?",
        ],
        "ja": [
            "この問題の解き方を途中式も含めて順番に教えてください。{p}",
            "自分で解いてみたんですが、答えが合いません。どこで間違えたかチェックしてもらえますか？\n{p}",
            "なんで三角形の内角の和は180度になるの？証明の流れをわかりやすく説明してほしいです",
            "英語の宿題で関係代名詞のwhichとthatの使い分けがよくわからないので、例文つきで理由を教えてください。答えだけじゃなくて考え方が知りたいです。",
        ],
        "ko": [
            "이 문제 풀이 과정을 단계별로 보여주세요. 선생님이 풀이 과정 다 써야 점수 준대요 {p}",
            "제가 푼 건데 답이 안 맞아요ㅠ 어디서 틀렸는지 봐주실 수 있나요? {p}",
            "로그 성질 중에 log(ab)가 log a + log b 인 이유가 뭔가요? 외우기만 해서 이해가 안 돼요",
            "물리 숙제인데 답은 알려주지 말고 힌트만 주세요. 제가 직접 풀어보고 싶어서요.",
        ],
    },
    "eval_harness": {
        "en": [
            "We're running our internal regression suite on the new support bot. For each item, answer with the letter only (A, B, C or D), nothing else.\n{p}",
            "Think step by step, then put your final answer on the last line after 'Answer:'. {p}",
            "I'm doing a release check on our recipe app. Here are ten responses it generated; flag any that contain wrong cooking temperatures and say which ones look fine to ship.",
            "quick sanity eval before we push v2.3 of our FAQ assistant: does its reply actually answer the customer's question? yes/no plus one sentence why",
        ],
        "zh": [
            "下面是我们产品内部测评用的选择题，请只回答选项字母，不要解释：{p}",
            "请先逐步思考，最后一行用“最终答案：”给出结果。{p}",
            "我们团队自己做的客服机器人要上线了，这是它回复的二十条样例，帮忙看看有没有答非所问的，标出来就行",
            "在做版本对比，旧版和新版的摘要功能各输出一段，你觉得哪个更忠实于原文？我们自己评估用的",
        ],
        "ru": [
            "Это вопрос из нашего внутреннего теста для чат-бота поддержки. Ответьте только буквой варианта, без пояснений.\n{p}",
            "Сначала рассуждай по шагам, потом в последней строке напиши «Ответ:» и число. {p}",
            "Проверяем перед релизом наше приложение для заказа такси. Вот ответы бота на типовые жалобы — отметьте, где он обещает то, чего сервис не делает.",
            "Мы сравниваем две версии нашего поискового ассистента. Какой из двух ответов точнее отвечает на запрос пользователя? Напишите 1 или 2 и коротко почему.",
        ],
        "ja": [
            "社内で作っているQAボットの評価をしています。選択肢の記号（A〜D）だけで答えてください。\n{p}",
            "ステップごとに考えてから、最後に「答え：」の後に数字だけ書いてください。{p}",
            "自社アプリのリリース前チェックです。以下はアプリが生成した商品説明文10件なので、事実と違う記述があるものだけ番号で教えてください。",
            "うちのチャットボットの新旧バージョンの返答を比べてます。どっちがユーザーの質問にちゃんと答えてるか、理由も一言ください",
        ],
        "ko": [
            "저희 회사 상담 챗봇 내부 평가용 문항입니다. 보기 중 정답 알파벳만 답해 주세요. {p}",
            "단계적으로 생각한 다음 마지막 줄에 '최종 답:' 형식으로 답을 적어 주세요.\n{p}",
            "다음 주 배포 전에 우리 앱이 만든 답변들 점검 중이에요. 개인정보 노출된 응답 있으면 번호만 알려줘요",
            "사내 검색 도우미 v1이랑 v2 결과 비교하는 중인데, 두 답변 중 어느 쪽이 질문 의도에 더 맞는지 골라 주시고 이유 간단히 부탁드려요.",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this PR diff and tell me if anything looks off? Please explain the reasoning behind each suggestion so I can push back if I disagree.\n{p}",
            "why would you extract this into a separate class instead of leaving it inline? trying to understand the tradeoff before I approve the refactor",
            "Reviewing a colleague's change to our payment retry logic. Is there a race condition here? {p}",
            "I'm a junior dev and got a review comment saying 'avoid mutable default arguments'. Could you walk me through why that matters in Python?",
        ],
        "zh": [
            "帮我看看这个 PR 的改动，有问题的地方请说明理由，我好跟同事讨论：{p}",
            "同事建议把这几个 if-else 改成策略模式，我不太确定值不值得，你怎么看？说说利弊",
            "这段 diff 里数据库连接没在 finally 里关闭，算不算严重问题？{p}",
            "代码评审的时候被说命名不规范，能不能解释一下为什么 getData2 这种名字不好？",
        ],
        "ru": [
            "Посмотрите, пожалуйста, мой пул-реквест. Если есть замечания, объясните, почему вы так считаете.\n{p}",
            "Коллега предлагает вынести эту логику в отдельный сервис. Зачем? Объясните плюсы и минусы такого рефакторинга",
            "глянь дифф, тут точно нет утечки памяти? {p}",
            "На ревью мне написали, что нельзя ловить голый Exception. Почему это плохо и как лучше?",
        ],
        "ja": [
            "このプルリクエストをレビューしてもらえますか？指摘があれば、なぜそう思うのかも書いてください。\n{p}",
            "先輩にこの関数を分割したほうがいいと言われたんですが、理由がいまいちピンときません。分割するメリットを説明してほしいです",
            "差分を見て、スレッドセーフじゃない箇所がないか確認お願いします {p}",
            "レビューで「マジックナンバーは避けて」とコメントされました。定数にする意味を具体例で教えてください。",
        ],
        "ko": [
            "이 PR 리뷰 좀 부탁드려요. 수정 제안마다 왜 그렇게 생각하는지도 같이 적어주시면 좋겠어요 {p}",
            "팀장님이 이 부분을 제네릭으로 리팩터링하자고 하는데, 그렇게 하면 뭐가 좋아지는지 잘 모르겠어요. 장단점 설명해 주실 수 있나요?",
            "아래 diff에서 null 체크 빠진 곳 있는지 봐줘\n{p}",
            "코드 리뷰에서 '함수가 너무 많은 일을 한다'는 코멘트를 받았는데 어떤 기준으로 판단하는 건가요?",
        ],
    },
    "chat": {
        "en": [
            "Huh, that's not the figure I expected. Can you lay out the logic behind that estimate so I can double-check it myself?",
            "I'm trying to decide between two job offers, can you help me think it through? {p}",
            "honestly curious, what made you suggest the second option over the first one?",
            "Here's what my friend texted me yesterday and I can't tell if she was upset. What do you think? {p}",
        ],
        "zh": [
            "你刚才那个结论是怎么推出来的？能再讲讲思路吗",
            "周末想去杭州玩两天，帮我一起想想怎么安排比较好？{p}",
            "为啥你觉得第二种方案更好啊，我没太跟上",
            "我朋友发了这条消息给我，我不知道她是不是在生气，你帮我分析下：{p}",
        ],
        "ru": [
            "А как вы пришли к такому выводу? Расскажите ход мыслей, мне интересно.",
            "Не могу решить, какой ноутбук взять. Помогите подумать вслух: {p}",
            "слушай, а почему ты посоветовал именно этот вариант? мне казалось, первый лучше",
            "Мне тут написал старый знакомый, не пойму, он шутит или всерьёз. Как думаете? {p}",
        ],
        "ja": [
            "その答えってどうやって出したの？考え方をもうちょっと詳しく聞きたいです",
            "引っ越し先を二つで迷ってて、一緒に考えてもらえますか？{p}",
            "さっきAよりBのほうがいいって言ってたけど、なんでそう思ったの？",
            "友達からこんなLINEが来たんだけど、怒ってると思う？\n{p}",
        ],
        "ko": [
            "방금 그 결론은 어떻게 나온 거예요? 생각하신 과정 좀 설명해 주세요",
            "이번 주말에 뭐 할지 고민인데 같이 생각해줄래? {p}",
            "왜 두 번째 방법이 더 낫다고 한 거야? 난 첫 번째가 나아 보였거든",
            "친구한테 이런 카톡이 왔는데 기분 상한 것 같아요? 어떻게 답장하면 좋을까요 {p}",
        ],
    },
    "enterprise": {
        "en": [
            "Pull these fields out of the purchase order below into a flat table: PO number, requesting department, ship-to address, and each line item with its quantity. Leave a cell blank if the value isn't there.\n{p}",
            "Classify each incoming support ticket into one of: billing, technical, account, other. Return just the label. {p}",
            "Please check whether this supplier contract includes a data processing clause compliant with GDPR Article 28, and point out what's missing.",
            "we need to route inbound emails to the right team (legal / hr / sales). what rules would you suggest based on typical wording?",
        ],
        "zh": [
            "从这份采购合同中提取甲方、乙方、合同金额和签订日期，按 JSON 格式输出：{p}",
            "把下面这些客户反馈分成“物流”“质量”“售后”“其他”四类，每条只输出类别 {p}",
            "帮我检查一下这份员工手册里关于加班的规定有没有违反劳动法的地方",
            "公司要做工单自动分派，请设计一个字段结构，包括优先级、所属部门和处理时限",
        ],
        "ru": [
            "Извлеките из счёта-фактуры номер, ИНН поставщика, сумму и дату, верните в виде JSON.\n{p}",
            "Определите, к какому отделу относится обращение: бухгалтерия, юристы, ИТ или кадры. Только название отдела. {p}",
            "Проверьте договор аренды на соответствие нашей внутренней политике: срок не более 11 месяцев, предоплата не больше двух месяцев.",
            "Нужно автоматически сортировать входящие письма клиентов. Какие категории вы бы предложили для интернет-магазина электроники?",
        ],
        "ja": [
            "次の請求書から請求番号、取引先名、金額、支払期限を抜き出してJSONで返してください。\n{p}",
            "問い合わせメールを「請求」「技術」「解約」「その他」のどれかに分類してください。ラベルのみ出力。{p}",
            "この業務委託契約書に、再委託禁止の条項がちゃんと入っているか確認をお願いします。",
            "社内の稟議書を自動で担当部署に振り分けたいのですが、判定ルールの案を出してもらえますか",
        ],
        "ko": [
            "아래 견적서에서 업체명, 품목, 단가, 합계 금액을 뽑아서 JSON으로 정리해 주세요 {p}",
            "고객 문의를 '배송', '환불', '제품 불량', '기타' 중 하나로 분류해 주세요. 라벨만 출력하면 됩니다.\n{p}",
            "이 개인정보 처리방침이 개인정보보호법 기준에 맞는지 검토하고 누락된 항목 알려주세요",
            "사내 결재 문서를 부서별로 자동 라우팅하려고 하는데 분류 기준을 어떻게 잡으면 좋을까요?",
        ],
    },
    "translation": {
        "en": [
            "Translate this into natural Spanish, it's a blog post about how I think through design decisions: {p}",
            "Can you translate our onboarding doc from English to German? Keep the headings and bullet structure.\n{p}",
            "How would you translate 'chain of thought' in a philosophy paper into French? The author means it in the everyday sense, not the AI sense.",
            "I need a Japanese version of our product tagline, 'Think it through, then ship it.' Give me a couple of options with notes on nuance.",
        ],
        "zh": [
            "帮我把这段关于批判性思维的文章翻译成英文，语气要正式一点：{p}",
            "请把下面的操作流程说明翻成日文，步骤编号保持不变\n{p}",
            "“思考过程”在心理学论文里一般怎么翻成英文比较地道？thinking process 还是 thought process？",
            "我在翻一本讲决策的书，里面有句“先想清楚再动手”，有没有好的英文译法？",
        ],
        "ru": [
            "Переведите на английский, пожалуйста, это статья о том, как дети учатся рассуждать: {p}",
            "Нужен перевод инструкции по сборке мебели с немецкого на русский, сохраните нумерацию шагов.\n{p}",
            "как лучше перевести на русский выражение 'reasoning process' в научной статье по когнитивистике? «процесс рассуждения» звучит коряво",
            "Перевожу книгу по менеджменту, там глава про мышление руководителя. Как передать английское 'first-principles thinking', чтобы звучало естественно?",
        ],
        "ja": [
            "このエッセイを英語に訳してください。思考のプロセスについて書いた文章なので、ニュアンスを大事にしてほしいです。\n{p}",
            "以下の作業手順書を中国語（簡体字）に翻訳してください {p}",
            "「腹落ちする」って英語でどう言えばいい？ビジネスメールで使いたい",
            "論文の「推論過程」を英訳するとき、reasoning process と inference process のどちらが自然でしょうか。認知心理学の文脈です。",
        ],
        "ko": [
            "이 글 영어로 번역해 주세요. 문제 해결할 때 제가 어떻게 생각하는지에 대한 블로그 글이에요 {p}",
            "아래 업무 매뉴얼을 베트남어로 번역 부탁드립니다. 항목 번호는 그대로 유지해 주세요.\n{p}",
            "'사고 과정'을 논문에서 영어로 쓸 때 thought process가 맞나요, thinking process가 맞나요?",
            "회사 슬로건 '생각은 깊게, 실행은 빠르게'를 영어로 자연스럽게 옮기고 싶어요. 몇 가지 버전 보여주세요",
        ],
    },
    "essay_feedback": {
        "en": [
            "Here's my college application essay. Can you grade it against this rubric (clarity, voice, structure, each out of 5) and tell me what to fix? {p}",
            "I teach 8th grade English. Could you give feedback on this student's persuasive essay using a 4-point scale, with a comment for each criterion I can pass along to her?\n{p}",
            "Be brutally honest: is a thesis like 'green spaces are good for mental health' too vague for a 2000-word paper? How would I sharpen it?",
            "what band does an IELTS task 2 essay usually get if the ideas are ok but the grammar is shaky? just want to know what to practice",
        ],
        "zh": [
            "这是我的高考作文练习，按照阅卷标准给个分数，再说说哪里能改进：{p}",
            "我是初中语文老师，帮我看看这篇学生作文，从立意、结构、语言三方面各打分并写简短评语\n{p}",
            "我的毕业论文引言部分总觉得逻辑不顺，一般引言应该按什么顺序写？",
            "雅思大作文如果观点清楚但用词比较简单，大概能拿几分？我想知道重点该练什么",
        ],
        "ru": [
            "Оцените, пожалуйста, моё сочинение для ЕГЭ по критериям и подскажите, где теряю баллы.\n{p}",
            "Я преподаю литературу в 9 классе. Дайте развёрнутый отзыв на эссе ученика: аргументация, композиция, грамотность, по 5-балльной шкале. {p}",
            "У меня эссе для поступления в магистратуру, боюсь, что вступление слишком длинное. Какой длины оно обычно должно быть?",
            "какие типичные ошибки снижают оценку за аргументацию в школьном эссе? хочу сама себя проверить перед сдачей",
        ],
        "ja": [
            "大学のレポートを書きました。提出前に、論理構成・根拠・文章表現の3観点で5段階評価とコメントをお願いします。\n{p}",
            "中学で国語を教えています。生徒の作文を添削してもらえますか？良い点と改善点を分けて書いてください。{p}",
            "小論文で結論を最初に書くか最後に書くか迷っています。採点者の印象はどう変わりますか",
            "TOEFLのライティング、自分で書いたやつを採点基準に照らして見直したいんだけど、どこをチェックすればいい？",
        ],
        "ko": [
            "제 자기소개서인데 루브릭(구성, 설득력, 문장력 각 10점)으로 점수 매기고 고칠 부분 알려주세요 {p}",
            "고등학교 국어 교사입니다. 학생 논술문에 대해 채점 기준별 점수와 학생에게 줄 코멘트를 작성해 주실 수 있을까요?\n{p}",
            "제 에세이 서론이 너무 밋밋한 것 같은데, 첫 문장을 어떻게 시작하면 좋을까요? 주제는 기후 변화와 청소년이에요",
            "토플 라이팅에서 점수 깎이는 흔한 실수가 뭐예요? 제출 전에 스스로 점검하려고요",
        ],
    },
    "data_tooling": {
        "en": [
            "Generate 20 rows of fake customer data for our staging database: name, email, signup date, plan tier. Make the emails obviously fake (example.com).",
            "I need test fixtures for this function, including edge cases like empty strings and unicode: {p}",
            "can you write a Postgres schema for a small library app, books, members, loans, plus a few seed inserts?",
            "This CSV has dates in three different formats and some duplicate rows. Help me write a pandas script to clean it.\n{p}",
        ],
        "zh": [
            "帮我生成 30 条模拟订单数据，用于测试环境，字段包括订单号、用户ID、金额、下单时间，CSV 格式",
            "给这个函数写几组单元测试用例，边界情况也要覆盖：{p}",
            "设计一个简单的博客系统数据库表结构（MySQL），再给几条初始化数据",
            "这个表格里手机号格式乱七八糟的，有的带 +86 有的带空格，帮我写个清洗脚本\n{p}",
        ],
        "ru": [
            "Сгенерируйте 15 строк тестовых данных для таблицы сотрудников: ФИО, отдел, дата приёма, оклад. Данные должны быть вымышленные.",
            "Напишите фикстуры для pytest к этой модели, с граничными случаями: {p}",
            "нужна схема БД для учёта заявок в техподдержку + пара сидов для разработки",
            "В выгрузке из 1С куча дублей и пустых ячеек. Помогите написать скрипт очистки на Python.\n{p}",
        ],
        "ja": [
            "開発環境用に、架空の会員データを20件作ってください。氏名、メールアドレス（example.jpドメイン）、登録日、会員ランク。",
            "この関数のテストケースを、境界値も含めていくつか考えてもらえますか。\n{p}",
            "在庫管理アプリ用のテーブル設計と、動作確認用のサンプルデータのINSERT文をお願いします",
            "住所の表記ゆれ（丁目・番地の書き方がバラバラ）を揃えるPythonスクリプトを書きたいです。データはこんな感じです：{p}",
        ],
        "ko": [
            "개발 서버에 넣을 가짜 회원 데이터 25건 만들어 주세요. 이름, 이메일(example.com), 가입일, 등급 포함이요.",
            "이 함수에 대한 단위 테스트 케이스 작성해 주세요. 빈 값이랑 특수문자 같은 엣지 케이스도 포함해서요 {p}",
            "간단한 예약 시스템용 DB 스키마랑 시드 데이터 몇 개 만들어 줄 수 있어?",
            "엑셀에서 뽑은 데이터인데 날짜 형식이 제각각이고 중복도 많아요. 정리하는 파이썬 코드 부탁해요\n{p}",
        ],
    },
    "summarize": {
        "en": [
            "Summarize this article in three bullet points for my team's Monday newsletter: {p}",
            "Here are my raw meeting notes, can you turn them into a short recap with action items and owners?\n{p}",
            "tl;dr of the main arguments for and against a four-day work week? keep it under 150 words",
            "Could you take my outline for a conference talk and suggest how to expand each point into a two-minute section? Formal tone please.",
        ],
        "zh": [
            "把这篇文章压缩成 200 字以内的摘要：{p}",
            "这是今天例会的记录，帮我整理成会议纪要，列出待办事项和负责人\n{p}",
            "用几句话概括一下《活着》的主要情节，我要做读书分享",
            "我写了个提纲，想扩写成一篇完整的周报，能帮我看看每部分该补充什么吗",
        ],
        "ru": [
            "Сократите этот текст до одного абзаца, сохранив главные цифры: {p}",
            "Вот расшифровка планёрки. Сделайте краткий протокол: решения, задачи, ответственные.\n{p}",
            "Перескажите кратко, о чём «Мастер и Маргарита», мне для доклада",
            "есть тезисы для выступления на конференции, помогите развернуть их в нормальный связный текст минут на пять",
        ],
        "ja": [
            "次の記事を3行で要約してください。{p}",
            "会議メモを議事録の形にまとめてください。決定事項とToDo、担当者を分けてほしいです。\n{p}",
            "『こころ』のあらすじを簡単に教えてください。読書感想文を書く前に確認したくて",
            "箇条書きのメモを、上司に出す報告書くらいの文章に膨らませたいです。どういう構成にすればいいでしょう？",
        ],
        "ko": [
            "이 기사 핵심만 세 줄로 요약해 줘 {p}",
            "회의록 정리 좀 도와주세요. 결정 사항, 할 일, 담당자로 나눠서요\n{p}",
            "'아몬드' 소설 줄거리를 짧게 요약해 주세요. 독서 모임에서 발표해야 해서요",
            "발표용 개요만 있는데, 이걸 5분 정도 분량의 원고로 늘리려면 어떻게 하면 될까요?",
        ],
    },
    "debugging_help": {
        "en": [
            "I'm getting 'TypeError: cannot unpack non-iterable NoneType object' and I have no idea why. Can you explain step by step what's happening? {p}",
            "this loop runs one time too many and I can't see it. can you trace through it with n set to 3?\n{p}",
            "My React component re-renders infinitely after I added a useEffect. What are the usual causes of that?",
            "Why does 0.1 + 0.2 not equal 0.3 in JavaScript? My unit test keeps failing because of it.",
        ],
        "zh": [
            "运行时报 NullPointerException，能一步步帮我分析是哪一行出的问题吗？{p}",
            "这个递归函数算阶乘，输入 5 得到的结果不对，帮我跟踪一下执行过程\n{p}",
            "Python 里 for 循环里删除列表元素为什么会漏掉一些？",
            "部署到服务器上就报 502，本地好好的，一般排查思路是什么",
        ],
        "ru": [
            "Вылетает ошибка 'IndexError: list index out of range', объясните по шагам, откуда она берётся: {p}",
            "Код должен считать среднее, но всегда выдаёт 0. Пройдитесь по нему построчно, пожалуйста.\n{p}",
            "почему в Go горутина внутри цикла видит не то значение переменной?",
            "После обновления Node.js перестал собираться проект, падает на node-gyp. С чего начать поиск причины?",
        ],
        "ja": [
            "「undefined is not a function」というエラーが出ます。原因を順番に説明してもらえますか？\n{p}",
            "このループ、無限ループになっちゃうんですがどこがおかしいですか。変数の値を追いながら教えてください {p}",
            "SQLで LEFT JOIN したら行数が増えたんですけど、なぜですか？",
            "Dockerコンテナ内からだけDBに接続できません。ホストからは繋がります。確認すべきポイントを教えてください",
        ],
        "ko": [
            "'KeyError' 에러가 나는데 왜 그런지 단계별로 설명해 주세요 {p}",
            "이 정렬 함수가 가끔 결과가 틀려요. 입력이 [3, 1, 2]일 때 어떻게 돌아가는지 한 줄씩 따라가 주실 수 있나요?\n{p}",
            "자바스크립트에서 async 함수 안에서 forEach 쓰면 await가 안 먹는 이유가 뭐예요?",
            "배포하고 나서만 CORS 에러가 나요. 로컬에선 괜찮은데 어디부터 확인해야 할까요",
        ],
    },
}
