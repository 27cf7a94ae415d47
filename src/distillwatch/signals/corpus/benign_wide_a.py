"""More benign hard negatives by source, languages en zh ru ja ko."""

from __future__ import annotations

BENIGN_WIDE_A: dict[str, dict[str, list[str]]] = {
    "homework": {
        "en": [
            "Task: {p}\nI'm studying for a quiz tomorrow. Please show the reasoning behind each line so I can redo it on my own.",
            "can u explain this like im 12? we did it in class but i was totally lost",
            "Check my answer to this problem. I think I messed up somewhere in the middle, so point out which step is wrong and why: {p}",
            "Physics homework, chapter 4. Could you break the solution into steps and name the formula used in each one?",
        ],
        "zh": [
            "明天要交作业，这题卡住了，能一步一步讲给我听吗？{p}",
            "【题目】{p}\n【要求】写出完整推导过程，每一步注明用了哪个公式。",
            "我算出来的答案和书后面的不一样，帮我看看是哪一步出错了",
            "初二数学，老师说光写答案不给分。麻烦讲讲思路，我自己再算一遍。",
        ],
        "ru": [
            "Задача: {p}\nОбъясни ход решения подробно, мне завтра у доски отвечать.",
            "Проверь, пожалуйста, моё решение: ответ не сходится с ответом в конце учебника. Где я ошибся?",
            "Можешь разобрать эту задачу по действиям? Хочу понять логику, а не просто списать: {p}",
            "В пятницу контрольная по химии. Объясни, почему тут делается именно так",
        ],
        "ja": [
            "明日の小テストの勉強中です。この問題の考え方を一つずつ教えてもらえますか？{p}",
            "【問題】{p}\n【お願い】答えだけでなく、なぜそうなるのか理由も添えてください。",
            "自分で解いたら答えが合いませんでした。どこで間違えたか見てもらえますか",
            "理科の宿題です。中学生でもわかるように噛み砕いて説明してほしいです",
        ],
        "ko": [
            "내일 쪽지시험이라 공부 중인데, 이 문제 풀이를 한 줄씩 이유까지 설명해 주실 수 있나요? {p}",
            "[문제] {p}\n[요청] 정답만 말고 어떤 공식을 왜 썼는지 과정을 보여 주세요.",
            "제가 푼 답이 해설이랑 달라요. 어느 단계에서 틀렸는지 봐 주세요",
            "고1 물리 숙제예요. 선생님이 풀이 안 쓰면 점수 안 준대서요, 차근차근 알려 주세요",
        ],
    },
    "eval_harness": {
        "en": [
            "Problem:\n{p}\n\nWork through the problem carefully, then write the final numeric answer on its own line prefixed with 'Final answer:'.",
            "Read the passage and question below. Respond with a single word or short phrase taken from the passage; no explanation needed.\n{p}",
            "Below is a question. Think it through before answering, and end your response with 'The best option is X' where X is one of A, B, C or D.\n\n{p}",
            "Evaluation item 37 of 500. Give the answer only, with no working shown.",
        ],
        "zh": [
            "题目：\n{p}\n\n请先分析，再在最后一行以“最终答案：”开头给出结果。",
            "请计算下列表达式，只输出一个整数，不要写过程：",
            "阅读下面的材料并回答问题。请逐步推理后给出答案，答案用【】括起来。\n{p}",
            "评测集第 112 题。直接给出结论即可。",
        ],
        "ru": [
            "Задание:\n{p}\n\nСначала коротко обоснуй решение, затем в последней строке напиши «Итог:» и число.",
            "Ниже вопрос с вариантами ответа. Выведи только цифру правильного варианта, без пояснений.",
            "Прочитай текст и ответь на вопрос одним словом из текста.\n{p}",
            "Реши пример. Можно рассуждать по шагам, но итог обязательно оформи как «Ответ: N».",
        ],
        "ja": [
            "問題：\n{p}\n\nよく考えてから解き、最後の行に「最終解答：」に続けて数値のみを記してください。",
            "以下は多肢選択問題です。正しい選択肢の番号だけで答えてください。説明は不要です。",
            "次の文章を読んで質問に答えてください。本文中の語句をそのまま抜き出して答えること。\n{p}",
            "評価用設問。推論過程を簡潔に示したうえで、結論を「解答：」の形式で出力してください。",
        ],
        "ko": [
            "문제:\n{p}\n\n풀이를 간단히 적은 뒤 마지막 줄에 '최종 답:' 뒤에 숫자만 쓰세요.",
            "아래 식을 계산하세요. 과정 없이 결과 값만 출력합니다.",
            "지문을 읽고 질문에 답하세요. 답은 지문에 나온 표현 그대로 짧게 쓰세요.\n{p}",
            "평가 문항 #58. 단계적으로 추론한 다음 '결론:' 형식으로 답을 제시하세요.",
        ],
    },
    "code_review": {
        "en": [
            "Can you review this before I merge? Mainly worried about thread safety.\n{p}",
            "I rewrote this loop to be faster. If you think it's actually slower, explain your reasoning with a rough complexity estimate.",
            "Code review request: flag anything that breaks our style guide (PEP 8, type hints everywhere) and say why each one matters.\n{p}",
            "Is this query safe against SQL injection? If not, rewrite it with bound parameters and tell me what changed.",
        ],
        "zh": [
            "合并前帮我过一下这段代码，主要担心并发问题：\n{p}",
            "同事提交了这个改动，我没看懂为什么要这样写。你能讲讲这样改的理由和可能的坑吗？",
            "代码评审：请指出命名和异常处理上不规范的地方，并说明每一条为什么重要。\n{p}",
            "这个函数有点长，帮我看看能不能拆开，拆完可读性会不会更好？",
        ],
        "ru": [
            "Глянь код перед мержем, особенно интересует обработка ошибок:\n{p}",
            "Коллега прислал такой вариант, а мне кажется, старый был читабельнее. Объясни, в чём плюсы и минусы каждого.",
            "Ревью: отметь всё, что нарушает наш код-стайл, и коротко поясни, чем это грозит.\n{p}",
            "Этот запрос уязвим к SQL-инъекциям? Если да, перепиши с параметрами и опиши изменения.",
        ],
        "ja": [
            "マージ前にレビューをお願いします。特にスレッドセーフかどうかが気になっています。\n{p}",
            "後輩が書いたコードです。指摘するときに根拠も伝えたいので、問題点とその理由をセットで挙げてください",
            "レビュー依頼：パフォーマンス面で気になる箇所があれば、計算量の観点から教えてください。\n{p}",
            "このクラス、責務が多すぎる気がします。分割するならどう切り分けるのがよいでしょうか",
        ],
        "ko": [
            "머지하기 전에 리뷰 부탁드려요. 특히 동시성 문제가 걱정됩니다.\n{p}",
            "팀원이 올린 PR인데 왜 이렇게 바꿨는지 잘 모르겠어요. 이 변경의 장단점을 설명해 주실 수 있나요?",
            "코드 리뷰 요청: 네이밍, 예외 처리 관점에서 고칠 부분과 그 이유를 알려 주세요.\n{p}",
            "이 SQL 쿼리 인젝션에 안전한가요? 아니면 파라미터 바인딩 방식으로 고쳐 주세요",
        ],
    },
    "chat": {
        "en": [
            "Not urgent, just curious what you'd say: {p}",
            "ok different topic. {p} (no need for a long answer)",
            "My friend and I disagree about this one. Can you think it through and tell us who's closer to right? {p}",
            "Quick sanity check before I ask my professor: does this make sense to you?",
        ],
        "zh": [
            "随便问问，不着急：{p}",
            "我和室友为这个争了半天，你帮忙分析一下谁说得对？{p}",
            "换个话题哈，简单回答就行",
            "能说说你的看法吗？我想听听不同角度的意见。",
        ],
        "ru": [
            "Слушай, а вот такой вопрос: {p}",
            "Мы с другом поспорили. Рассуди нас, пожалуйста, и объясни почему: {p}",
            "Другая тема, можно коротко.",
            "Интересно твоё мнение. Как бы ты рассуждал на моём месте?",
        ],
        "ja": [
            "ちょっと気になったんですが、{p}",
            "友達と意見が分かれました。どちらが正しいか、理由も含めて考えてみてもらえますか？{p}",
            "話は変わりますが、簡単にで大丈夫です。",
            "率直な意見を聞かせてください。あなたならどう考えますか？",
        ],
        "ko": [
            "그냥 궁금해서 물어보는 건데요, {p}",
            "친구랑 이걸로 내기했어요. 누가 맞는지 이유랑 같이 판단해 주세요. {p}",
            "주제 바꿔서 하나만요. 짧게 답해 주셔도 돼요.",
            "솔직한 의견이 궁금해요. 어떻게 생각하세요?",
        ],
    },
    "enterprise": {
        "en": [
            "Pull out every date and dollar amount from the document below and list them in a table with the sentence each came from.\n{p}",
            "Our compliance team needs to know whether this clause conflicts with the data retention policy. Explain your reasoning and quote the relevant text.",
            "Draft a polite reply to this vendor asking them to correct the invoice. Keep it under 120 words.\n{p}",
            "Task: tag the sentiment of this customer feedback (positive / neutral / negative) and give a one-line justification for the label.",
        ],
        "zh": [
            "请从下面的合同中找出所有金额和日期，整理成表格，并注明出处句子。\n{p}",
            "法务同事想确认：这一条款是否和我们的数据保留政策冲突？请说明判断依据。",
            "把这份周报里的风险项单独列出来，按严重程度排个序：\n{p}",
            "帮我给客户写封回复，语气专业一点，说明退款会在五个工作日内到账。",
        ],
        "ru": [
            "Выпиши из документа всех контрагентов и ИНН, если они есть, в виде списка:\n{p}",
            "Определи тональность отзыва клиента (позитив / нейтрально / негатив) и коротко поясни, почему такая оценка.",
            "Составь вежливое письмо поставщику с просьбой исправить счёт, не длиннее 120 слов:\n{p}",
            "Сверь два пункта договора и скажи, есть ли между ними противоречие. Обоснуй со ссылкой на текст.",
        ],
        "ja": [
            "以下の文書から金額と日付をすべて抜き出し、出典の文と一緒に表にまとめてください。\n{p}",
            "法務部からの確認依頼です。この条項は当社のデータ保持ポリシーと矛盾しますか？判断の根拠を本文を引用して示してください。",
            "タスク：この問い合わせの緊急度を高・中・低で判定し、理由を一文で添えてください。\n{p}",
            "取引先への納期遅延のお詫びメールを、丁寧すぎない程度のビジネス文で作ってください。",
        ],
        "ko": [
            "아래 계약서에서 당사자, 계약 기간, 해지 조건을 찾아 표로 정리해 주세요.\n{p}",
            "법무팀 문의입니다. 이 조항이 당사 개인정보 보관 정책과 충돌하나요? 본문을 인용해 근거를 설명해 주세요.",
            "거래처에 청구서 정정을 요청하는 정중한 메일 초안을 써 주세요.\n{p}",
            "작업: 고객 피드백의 감성을 긍정/중립/부정으로 분류하고 한 문장으로 이유를 적으세요.",
        ],
    },
    "translation": {
        "en": [
            "Can you translate this into French for my grandmother? Keep it warm and simple: {p}",
            "Make this email more polite; it's going to my manager's manager.",
            "Localize this for a Brazilian Portuguese audience and adapt the idioms rather than translating them literally. {p}",
            "Rewrite this message in a softer, safer tone so it doesn't sound like I'm blaming anyone on the team.",
        ],
        "zh": [
            "帮我把这段话翻成日语，是发给日本客户的，语气要正式一点：{p}",
            "这条消息读起来有点冲，帮我改得委婉些，别让人觉得我在指责他",
            "请把下文译成英文，专有名词保留原文，并在括号里加注释：{p}",
            "这段英文是机翻的，读着很别扭，能帮我润色成地道的表达吗？",
        ],
        "ru": [
            "Переведи на английский для письма партнёрам, тон деловой, но не сухой: {p}",
            "Сделай это сообщение помягче, а то звучит так, будто я обвиняю коллегу.",
            "Это машинный перевод, читается ужасно. Перепиши нормальным русским языком.",
            "Как это сказать по-немецки, чтобы звучало естественно, а не как из учебника? {p}",
        ],
        "ja": [
            "取引先に送るので、次の文を丁寧なビジネス英語に訳してください：{p}",
            "このメッセージ、少しきつく聞こえる気がします。角が立たない言い方に直してもらえますか",
            "機械翻訳っぽい不自然な文章なので、自然な日本語に書き換えてください。",
            "これを韓国語にするとどうなりますか？ニュアンスの違いも一緒に教えてください。{p}",
        ],
        "ko": [
            "거래처에 보낼 거라서 다음 문장을 격식 있는 영어로 번역해 주세요: {p}",
            "이 메시지가 좀 날카롭게 들리는데, 누구를 탓하는 것처럼 안 들리게 부드럽게 고쳐 주세요",
            "번역기 돌린 문장이라 어색해요. 자연스러운 한국어로 다듬어 주세요.",
            "이걸 중국어로 하면 어떻게 말해요? 구어체로 알려 주세요. {p}",
        ],
    },
    "essay_feedback": {
        "en": [
            "I teach 10th grade English. Grade this student essay against our rubric (thesis, evidence, organization, mechanics, 4 points each) and write a short comment the student can act on.\n{p}",
            "Be brutally honest: would this opening paragraph make you keep reading?",
            "I wrote two versions of my personal statement intro. Which of my drafts is stronger, and why? {p}",
            "Line-edit my short story for pacing only; don't change the plot or the voice.",
        ],
        "zh": [
            "我是高中语文老师，请按照下面的评分标准（立意、结构、语言、书写）给这篇学生作文打分，并写两句评语：\n{p}",
            "这是我自己写的两个开头，你觉得哪个更吸引人？说说理由。{p}",
            "帮我看看这篇小说的节奏，情节和文风别动。",
            "说实话，这段读起来会不会太啰嗦？",
        ],
        "ru": [
            "Я учитель литературы. Оцени сочинение ученика по нашим критериям (тема, аргументация, композиция, грамотность) и напиши ему короткий комментарий:\n{p}",
            "Написал два варианта вступления к мотивационному письму. Какой из моих вариантов сильнее и почему? {p}",
            "Честно: после первого абзаца хочется читать дальше или нет?",
            "Где у меня в тексте логика провисает? Отметь места, где аргумент не дотянут.",
        ],
        "ja": [
            "中学校の国語教員です。以下のルーブリック（内容・構成・表現・表記）に沿って生徒の作文を採点し、本人向けの短いコメントも書いてください。\n{p}",
            "志望動機の書き出しを二通り自分で書いてみました。どちらの方が伝わるか、理由と一緒に教えてください。{p}",
            "遠慮なく言ってください。この冒頭で続きを読みたくなりますか？",
            "文体と筋は変えずに、テンポだけ整えてほしいです。",
        ],
        "ko": [
            "중학교 국어 교사입니다. 아래 채점 기준(내용, 구성, 표현, 맞춤법)에 따라 학생 글을 채점하고 학생에게 줄 짧은 코멘트도 써 주세요.\n{p}",
            "자소서 첫 문단을 두 가지 버전으로 써 봤어요. 제 초안 중 어느 쪽이 더 나은지 이유와 함께 알려 주세요. {p}",
            "이 시에서 어색한 표현이 있으면 짚어 주세요. 고쳐 쓰지는 말고 어디가 걸리는지만요.",
            "줄거리랑 문체는 그대로 두고 문장 호흡만 다듬어 주세요.",
        ],
    },
    "data_tooling": {
        "en": [
            "I need realistic-looking but fake patient records for a staging database, no real PHI. Write a Faker-based generator with a fixed seed.",
            "What's the right way to do a stratified train/validation/test split when my classes are imbalanced? {p}",
            "Generate 20 example rows of CSV test data for this schema so I can seed my unit tests: {p}",
            "Anonymize the email addresses in our log files before I share them with the vendor. A regex-based script is fine.",
        ],
        "zh": [
            "帮我写个 pytest fixture，用 Faker 造一批假订单数据，固定随机种子方便复现。",
            "类别不平衡的时候，怎么做分层抽样来切分训练集和验证集？{p}",
            "给下面这个表结构生成 10 行测试用的示例数据，CSV 格式：{p}",
            "怎么用 hypothesis 写基于属性的测试？给个简单例子。",
        ],
        "ru": [
            "Нужны фейковые, но правдоподобные адреса и телефоны для тестового стенда. Напиши генератор на Faker с фиксированным seed.",
            "Как сделать стратифицированное разбиение на train/val/test при несбалансированных классах? {p}",
            "Сгенерируй 15 строк тестовых данных в JSON под эту схему, мне для юнит-тестов: {p}",
            "Как в pandas найти и удалить почти одинаковые строки?",
        ],
        "ja": [
            "検証環境用に、実在しないダミーの会員データを Faker で作るスクリプトを書いてください。シードは固定で。",
            "時系列データを学習用とテスト用に分けるとき、リークを防ぐにはどうすればいいですか？{p}",
            "このテーブル定義に合うテスト用のサンプル行を10件、CSVで作ってください：{p}",
            "pandas でほぼ重複している行をまとめて削除するにはどうすればいいですか",
        ],
        "ko": [
            "스테이징 DB에 넣을 가짜 회원 데이터가 필요해요. 실제 개인정보 없이 Faker로 만드는 스크립트 짜 주세요, 시드 고정으로요.",
            "클래스 불균형이 심할 때 층화 추출로 train/validation/test를 나누는 방법 알려 주세요. {p}",
            "이 스키마에 맞는 단위 테스트용 샘플 데이터 10행을 JSON으로 만들어 주세요: {p}",
            "pytest에서 parametrize로 테스트 케이스 여러 개를 한 번에 돌리는 법 알려 주세요.",
        ],
    },
    "summarize": {
        "en": [
            "Here are my notes from this morning's standup. Turn them into action items with owners: {p}",
            "Summarize this for someone who has five minutes and no background in the field.",
            "Give me the gist in two sentences, then the three details I'd most likely be asked about. {p}",
            "Condense the reasoning in this article into a short outline: claim, evidence, conclusion.",
        ],
        "zh": [
            "这是今天例会的记录，帮我整理出待办事项和负责人：{p}",
            "给没有专业背景的领导看的，尽量通俗地概括一下。",
            "把这篇文章的论证思路梳理成提纲：观点、依据、结论。{p}",
            "太长不看版，一句话就行",
        ],
        "ru": [
            "Вот заметки с планёрки. Вытащи задачи и кто за что отвечает: {p}",
            "Перескажи так, чтобы понял человек не из темы, минут на пять чтения.",
            "Разложи логику статьи по пунктам: тезис, аргументы, вывод. {p}",
            "Коротко, в двух предложениях.",
        ],
        "ja": [
            "今朝の定例ミーティングのメモです。ToDo と担当者を整理してください：{p}",
            "専門外の上司向けに、噛み砕いて短くまとめてもらえますか",
            "この記事の論理の流れを「主張・根拠・結論」の形で箇条書きにしてください。{p}",
            "要点だけ一言で。",
        ],
        "ko": [
            "오늘 회의록인데 할 일이랑 담당자만 뽑아서 정리해 주세요: {p}",
            "비전공자 팀장님께 보고할 거라 쉬운 말로 간단히 정리해 주세요.",
            "이 글의 논리 전개를 주장, 근거, 결론 순으로 개요를 잡아 주세요. {p}",
            "한 줄 요약 부탁해요.",
        ],
    },
    "debugging_help": {
        "en": [
            "This passes locally but times out in CI. What are the likely causes, in order of probability? {p}",
            "I'm getting a KeyError on 'user_id' intermittently. Help me think through where the dict could be missing that key.",
            "Add log statements that would help me trace this bug, and explain what each one would tell me: {p}",
            "Step through this function with the input [3, 1, 2] and show the variable values after each iteration.",
        ],
        "zh": [
            "本地跑得好好的，一上 CI 就超时，可能是什么原因？按可能性排个序：{p}",
            "这个递归为什么会栈溢出？我以为终止条件写对了。",
            "帮我在关键位置加日志，并解释每条日志能帮我确认什么：{p}",
            "用输入 [3, 1, 2] 手动走一遍这个函数，把每轮循环后的变量值列出来。",
        ],
        "ru": [
            "Локально тесты проходят, а в CI падают по таймауту. Какие причины наиболее вероятны? {p}",
            "Иногда вылетает KeyError, стабильно воспроизвести не получается. Помоги сообразить, где ключ может теряться.",
            "Расставь логирование так, чтобы отловить баг, и поясни, что покажет каждая строка лога: {p}",
            "Память растёт, пока сервис работает. С чего начать поиск утечки?",
        ],
        "ja": [
            "ローカルでは通るのに CI だとタイムアウトします。考えられる原因を可能性の高い順に挙げてください：{p}",
            "Segmentation fault が出ます。gdb でどこから調べればいいか、手順を教えてください",
            "バグの原因を突き止めたいので、ログを仕込むべき箇所と、それぞれで何が確認できるかを教えてください：{p}",
            "入力 [3, 1, 2] でこの関数をトレースして、各ループ後の変数の値を表にしてください。",
        ],
        "ko": [
            "메모리 누수가 있는 것 같아요. 어디서 새는지 찾는 방법부터 알려 주세요: {p}",
            "KeyError가 가끔씩만 나서 재현이 안 돼요. 어디서 키가 빠질 수 있는지 같이 추적해 봐요",
            "디버깅용 로그를 어디에 넣으면 좋을지, 각 로그로 뭘 확인할 수 있는지 설명해 주세요: {p}",
            "입력 [3, 1, 2]로 이 함수를 한 단계씩 따라가면서 반복마다 변수 값을 보여 주세요.",
        ],
    },
}
