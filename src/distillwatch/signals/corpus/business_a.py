"""Honest business generation requests, languages en zh ru ja ko."""

from __future__ import annotations

BUSINESS_GENERATION_A: dict[str, list[str]] = {
    "en": [
        "Write 40 product descriptions for our online catalogue, about 60 words each, "
        "friendly tone, one per line. Product specs below:\n{p}",
        "Generate 200 mock customer records for our CRM demo environment as CSV with columns: "
        "first_name, last_name, email, company, city, signup_date. Use fake example.com emails.",
        "[Task] Extract invoice fields. Return one JSON object per line with fields vendor, "
        "invoice_number, date, total, currency. No commentary.\n\n{p}",
        "can you give me 5 A/B variants of this subject line for our spring newsletter? "
        "keep them under 50 chars",
        "## Help centre FAQ\nDraft 15 FAQ entries (question + short answer) for our billing "
        "page, based on this policy text:\n{p}",
        "Please produce realistic but fictional street addresses (30 US, 30 UK, 30 Germany) "
        "so QA can test the checkout form's validation. Table format.",
        "We're onboarding new hires in the warehouse team. Could you write 12 multiple-choice "
        "quiz items on our safety procedures below, with the correct option marked? {p}",
        "Localize these UI strings into French, Spanish and Italian; output a CSV with key, "
        "en, fr, es, it columns. Keep placeholders like %s intact.",
    ],
    "zh": [
        "帮我写30条商品详情文案，用于淘宝店铺上新，每条100字左右，语气活泼一点。产品参数如下：{p}",
        "需要一批测试数据灌到 staging 库里：生成500条虚构的用户记录，字段包括姓名、手机号（用假号段）、"
        "城市、注册时间，输出 CSV。",
        "【任务】从下面的合同文本中抽取关键信息，每行返回一个 JSON 对象，字段：甲方、乙方、签约日期、"
        "金额。不要多余解释。\n{p}",
        "公众号推文标题给我出8个备选，要做A/B测试，别太标题党",
        "请根据以下退换货政策，整理出20条帮助中心常见问题（问+答），答案简洁明了：\n{p}",
        "做个发票模板演示用，麻烦生成10张示例发票的数据（公司名、税号、品名、数量、单价、合计），"
        "都用虚构信息，表格形式。",
        "新员工入职培训要用，请就公司信息安全制度出15道单选题，附正确答案和简短解析。",
        "把下面这些 App 界面文案翻成英文和日文，输出 JSONL，每行包含 key、zh、en、ja 四个字段：{p}",
    ],
    "ru": [
        "Нужно 50 описаний товаров для каталога интернет-магазина, по 2–3 предложения, "
        "без канцелярита. Характеристики ниже:\n{p}",
        "Сгенерируй 100 тестовых клиентов для демо CRM: ФИО, телефон, email, город, дата "
        "регистрации. Данные вымышленные, формат CSV.",
        "[Задача] Из текста счёта извлеки поля: поставщик, номер, дата, сумма, ИНН. Верни "
        "по одному JSON-объекту на строку, без пояснений.\n{p}",
        "придумай 6 вариантов заголовка для рекламы в директе, будем гонять A/B тест",
        "Пожалуйста, составьте 10 вопросов и ответов для раздела FAQ на сайте по условиям "
        "доставки. Вот текст условий: {p}",
        "Для проверки формы на сайте нужны правдоподобные, но несуществующие адреса — штук "
        "40 по разным городам России. Можно списком.",
        "### Онбординг\n- 10 тестовых вопросов для новых сотрудников отдела продаж\n- по 4 "
        "варианта ответа\n- отметь правильный\nМатериал: {p}",
        "Напиши три черновика вакансии «менеджер по закупкам» для hh — формальный, "
        "нейтральный и более живой.",
    ],
    "ja": [
        "ECサイトの商品説明文を20件作成してください。1件あたり120字程度、丁寧語でお願いします。"
        "仕様は以下の通りです。\n{p}",
        "検証環境用のダミー顧客データを300件、CSVで出力して。項目は氏名、フリガナ、メール、"
        "都道府県、登録日。メールは example.jp ドメインで。",
        "【タスク】以下の請求書から情報を抽出し、1行につき1つのJSONオブジェクトで返してください。"
        "フィールド：取引先名、請求番号、発行日、合計金額。\n{p}",
        "メルマガの件名、ABテスト用に5パターンほしいです。30文字以内で",
        "ヘルプセンターに載せるFAQを12件作りたいです。下記の利用規約をもとに、質問と回答の形で"
        "まとめてもらえますか？ {p}",
        "住所入力フォームのテスト用に、実在しない架空の住所を全国からランダムに30件、表形式で"
        "お願いします。",
        "新入社員研修用に、コンプライアンスに関する確認テストを10問（4択・正解付き）作ってください。",
        "アプリのUI文言を英語と韓国語にローカライズして、key / ja / en / ko の列でCSVにしてください：{p}",
    ],
    "ko": [
        "쇼핑몰 상세페이지에 들어갈 상품 소개 문구 25개 써주세요. 각 2~3문장, 친근한 말투로요. "
        "상품 정보는 아래 참고: {p}",
        "QA 서버에 넣을 가짜 회원 데이터 150건 만들어줘. 이름, 휴대폰(010-0000-xxxx 형식), 이메일, "
        "가입일 컬럼으로 CSV 출력.",
        "[작업] 아래 영수증 텍스트에서 상호명, 결제일, 금액, 결제수단을 추출해서 한 줄에 JSON 객체 "
        "하나씩 반환. 설명 없이.\n{p}",
        "광고 헤드라인 A/B 테스트용으로 7개만 뽑아줄 수 있어? 15자 이내로",
        "고객센터 FAQ 페이지용으로 질문/답변 20개 정리 부탁드립니다. 환불 정책 원문은 다음과 같습니다.\n{p}",
        "## 회의록 템플릿\n주간 팀 회의용 회의록 양식 3가지(간단형, 표준형, 상세형)를 마크다운으로 "
        "만들어 주세요.",
        "신입사원 온보딩 퀴즈 문항 10개 만들어줘. 사내 보안 수칙 기준, 4지선다에 정답 표시해서.",
        "채용공고 초안 좀 써주세요. 백엔드 개발자(경력 3년 이상), 아래 회사 소개 내용 반영해서요: {p}",
    ],
}
