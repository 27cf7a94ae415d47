"""Honest bulk-content requests for the content_studio persona, languages en zh ja ko hi;
written from a brief, not trained on."""

from __future__ import annotations

FRAMES: dict[str, dict[str, list[str]]] = {
    "faq": {
        "en": [
            "Write {n} FAQ entries for {topic}. Each one: a question a real customer would actually ask, then a 2-4 sentence answer. Plain, friendly tone, no marketing fluff. Return as markdown with the question in bold.",
            "Hi! We're rebuilding the help centre for {topic} and need a fresh set of articles. Please draft question-and-answer pairs covering:\n- getting started\n- billing and refunds\n- troubleshooting the common stuff\n- account and privacy\nKeep answers short enough to fit in an accordion on mobile.",
            "faq gen | subject: {topic} | count: {n} | format: Q: ... / A: ... | reading level: grade 8 | no pricing claims",
        ],
        "zh": [
            "帮我给{topic}写{n}条常见问题解答，问题要像真实用户会问的那种口语化表述，回答控制在80字以内，语气亲切但别太卖萌。",
            "下面是我们客服群里最近被问得最多的几类问题：发货时间、能不能开发票、保修怎么算、怎么换绑手机号。请围绕{topic}把这些整理成正式的FAQ，每类写2-3条，再补充几条你觉得用户还会问的。",
            "【FAQ生成】对象：{topic}；数量：{n}；格式：问：…… 答：……；要求：不要出现绝对化用语（如“最”“第一”），符合广告法。",
        ],
        "ja": [
            "{topic}のよくある質問を{n}件作成してください。質問はお客様目線の自然な言い回しで、回答は3文以内・です/ます調でお願いします。",
            "お疲れさまです。{topic}のヘルプページを刷新する予定です。\n問い合わせ窓口に多く寄せられる内容（申込方法、料金・支払い、解約、トラブル時の対応）をもとに、Q&A形式で原稿を作っていただけますか。専門用語はできるだけ避けてください。",
            "FAQ下書き：{topic}\n・件数：{n}\n・初めての人が不安に思う点を優先\n・回答の最後に関連ページへの誘導文（「詳しくは〇〇をご覧ください」）を入れる",
        ],
        "ko": [
            "{topic} 관련 자주 묻는 질문 {n}개 작성해 주세요. 질문은 고객이 실제로 쓸 법한 말투로, 답변은 2~3문장으로 간결하게요.",
            "안녕하세요, 이번에 {topic} 고객센터 페이지를 새로 만들고 있습니다. 카카오톡 상담으로 가장 많이 들어오는 문의(배송 기간, 교환/반품, 결제 수단, 회원 탈퇴)를 중심으로 FAQ 초안 부탁드립니다. 필요한 답변 끝에는 '1:1 문의하기' 안내 문구를 넣어 주세요.",
            "FAQ 생성\n- 대상: {topic}\n- 개수: {n}\n- 형식: Q. / A.\n- 금지: 과장 표현, 타사 비교",
        ],
        "hi": [
            "{topic} के लिए {n} FAQ लिखिए। सवाल ऐसे हों जैसे असली ग्राहक पूछते हैं, और जवाब 2-3 लाइन में, आसान हिंदी में। अंग्रेज़ी के आम शब्द (जैसे रिफ़ंड, ऑर्डर) चलेंगे।",
            "नमस्ते, हम {topic} का हेल्प सेंटर फिर से बना रहे हैं। WhatsApp सपोर्ट पर सबसे ज़्यादा ये सवाल आते हैं: डिलीवरी कब होगी, COD मिलेगा या नहीं, वापसी कैसे करें, पेमेंट फ़ेल हो गया तो क्या करें। इन पर सवाल-जवाब तैयार कर दीजिए, और जो ज़रूरी सवाल छूट रहे हों वो भी जोड़ दीजिए।",
            "FAQ draft: {topic}\n- संख्या: {n}\n- भाषा: हिंदी, टोन दोस्ताना\n- हर जवाब के अंत में 'हमें कॉल करें' जैसी लाइन न जोड़ें, सीधे काम की बात लिखें",
        ],
    },
    "product_copy": {
        "en": [
            "Need product listing copy for {topic} for our Shopify store: one SEO-friendly title under 70 characters, a 120-word description, and 5 benefit-led bullet points. Avoid superlatives like 'best' or 'ultimate'.",
            "We're running an A/B test on the product page for {topic}. Give me {n} alternative headline + subheadline pairs, each taking a different angle (price, convenience, quality, social proof, etc.). Label the angle next to each.",
            "Marketplace listing for {topic}, Amazon-style: title (max 200 chars), 5 bullets each starting with a capitalised key benefit, and one line of backend search terms. Client sells on the US site, so US spelling please.",
        ],
        "zh": [
            "给{topic}写一份淘宝详情页文案：一个商品标题（30字以内，含核心关键词），5个卖点短句，再加一段200字左右的产品介绍。风格：简洁、有质感。",
            "下周要做主图文案的AB测试，主推{topic}。请出{n}组不同方向的标题+副标题（比如强调性价比、强调品质、强调送礼、强调售后），每组注明切入角度。",
            "拼多多和京东两个平台都要上{topic}，麻烦分别写一版商品标题和卖点，拼多多那版偏实惠直白，京东那版偏专业、有参数感。",
        ],
        "ja": [
            "楽天市場に出店している{topic}の商品ページ用に、商品名（全角60文字以内、検索されやすい語を前方に）とキャッチコピー、商品説明文（300字程度）を書いてください。",
            "{topic}のLPのファーストビューで使うキャッチコピーを{n}案ください。ABテスト用なので、「手軽さ」「安心感」「お得感」など訴求軸を変えて、それぞれ軸を明記してください。",
            "Amazonの{topic}出品ページの箇条書き（商品の特徴）5項目をお願いします。各項目は【】で始まる見出し付き、120字以内。薬機法・景表法に引っかかりそうな表現はNGです。",
        ],
        "ko": [
            "스마트스토어에 올릴 {topic} 상세페이지 문구 부탁해요. 상품명(50자 이내), 핵심 셀링포인트 5개, 상세 설명 300자 정도. 20~30대 여성 타깃이고 톤은 깔끔하게.",
            "{topic} 광고 배너 A/B 테스트용 헤드카피 {n}개 뽑아 주세요. 가격, 편의성, 후기, 한정성 등 소구점을 다르게 잡고 각 카피 옆에 소구점 표시.",
            "쿠팡 입점용 {topic} 상품 정보: 검색에 잘 걸리는 상품명 3안, 옵션명 정리, 그리고 '이런 분께 추천해요' 섹션 문구 4줄.",
        ],
        "hi": [
            "Flipkart लिस्टिंग के लिए {topic} का टाइटल, 5 हाइलाइट पॉइंट और लगभग 150 शब्दों का डिस्क्रिप्शन लिखिए। टारगेट: टियर-2 शहरों के परिवार। भाषा सरल रखें, बढ़ा-चढ़ाकर दावे न करें।",
            "{topic} के प्रोडक्ट पेज पर A/B टेस्ट चलाना है। {n} अलग-अलग हेडलाइन दीजिए — कुछ दाम पर ज़ोर, कुछ भरोसे पर, कुछ त्योहार वाले मूड में। हर हेडलाइन के आगे लिखें कि किस बात पर फ़ोकस है।",
            "Meesho aur Amazon dono ke liye {topic} ki listing chahiye — title, 4 bullet points, aur ek chhota sa description. Hinglish chalega, bas spelling consistent rakhna.",
        ],
    },
    "quiz": {
        "en": [
            "Create {n} multiple-choice questions for the onboarding course our sales reps take on {topic}. Four options each, one correct answer, and a one-line explanation for the key. Put the answer key at the end, not inline.",
            "Make a set of {n} flashcards about {topic} for our customer support trainees: term or question on the front, short answer on the back. Format as a two-column table.",
            "Write a short end-of-module knowledge check for the lesson on {topic} in our staff training portal: 6 true/false and 4 short-answer items, with model answers and a note on what earns partial credit.",
        ],
        "zh": [
            "为我们新员工培训课程中关于{topic}的章节出{n}道单选题，每题四个选项，只有一个正确答案，题目后附答案和简短解析。",
            "做一套{topic}的知识闪卡，给门店导购背诵用，正面是问题，背面是答案，一共{n}张，用两列表格输出。",
            "帮忙出一份关于{topic}的小测验：判断题5道、填空题5道、简答题2道，难度中等，最后统一给参考答案和评分要点。",
        ],
        "ja": [
            "{topic}に関する社内研修の確認テストを作りたいです。四択問題を{n}問、正解と解説（1〜2文）付きで。解答は問題の後にまとめて記載してください。",
            "新人スタッフが{topic}の基本を覚えるための単語カード（表：用語または質問、裏：答え）を{n}枚分作成。表形式で出力。",
            "eラーニングの章末テスト（テーマ：{topic}）。○×問題5問と記述問題2問、難易度は初級。記述問題には模範解答と採点基準も付けてください。",
        ],
        "ko": [
            "{topic} 관련 사내 교육 평가용 객관식 문제 {n}개 만들어 주세요. 보기 4개, 정답 1개, 정답 해설은 한두 문장. 정답표는 맨 마지막에 따로.",
            "매장 직원들이 외울 수 있게 {topic} 핵심 내용을 암기 카드로 만들어 주세요. 앞면 질문, 뒷면 답, 총 {n}장, 표로 정리.",
            "{topic} 온라인 강의 챕터 마무리 퀴즈: OX 문제 5개, 단답형 3개. 난이도는 초급. 정답과 함께 수강생들이 자주 틀릴 만한 포인트도 짧게 적어 주세요.",
        ],
        "hi": [
            "हमारी सेल्स टीम के ट्रेनिंग मॉड्यूल में {topic} वाले हिस्से के लिए {n} बहुविकल्पीय प्रश्न बनाइए। हर प्रश्न में 4 विकल्प, एक सही उत्तर, और सही उत्तर की छोटी व्याख्या। उत्तर कुंजी आख़िर में अलग से दें।",
            "{topic} पर एक क्विज़ चाहिए हमारे लर्निंग ऐप के लिए: 5 सही/गलत, 5 रिक्त स्थान भरो, और 2 लघु उत्तरीय प्रश्न। स्तर: शुरुआती। सभी के उत्तर अंत में।",
            "नए डिलीवरी पार्टनर और स्टोर स्टाफ़ के लिए {topic} पर {n} फ़्लैशकार्ड बनाइए — आगे सवाल, पीछे जवाब। टेबल फ़ॉर्मेट में दें।",
        ],
    },
    "test_data": {
        "en": [
            "Generate {n} rows of fake customer data for a demo of {topic}, as CSV with columns: customer_id, first_name, last_name, email, city, signup_date, plan. Use obviously fake emails (example.com) and a realistic spread of dates across 2024.",
            "I'm writing unit tests for the order form for {topic}. List edge-case inputs we should throw at it: empty strings, unicode names, very long addresses, odd postcodes, negative quantities and so on. For each, give the input and the expected validation result.",
            "Need SQL INSERT statements for a Postgres table called orders (id, customer_email, product_sku, qty, unit_price, status, created_at) with {n} mock orders for {topic}. Mix of statuses: pending, shipped, refunded, cancelled.",
        ],
        "zh": [
            "生成{n}条{topic}的模拟订单数据，CSV格式，字段：订单号、用户昵称、手机号（用虚构号段）、收货城市、金额、下单时间、订单状态。状态要覆盖待付款、已发货、已完成、已退款。",
            "我在写{topic}注册表单的单元测试，帮我列一批边界测试输入：超长昵称、含emoji的名字、全角字符、纯空格、非法手机号、SQL注入样式的字符串等，每条给出输入值和预期校验结果。",
            "给演示环境准备一些{topic}相关的假用户数据，输出为JSON数组，每个对象包含字段user_id、name、gender、age、city、register_date、vip_level。姓名、地址都要虚构，城市覆盖一二三线。",
        ],
        "ja": [
            "{topic}のデモ環境用にダミーの会員データを{n}件、CSVで作ってください。列：会員ID, 氏名, フリガナ, 郵便番号, 都道府県, 電話番号, 登録日。電話番号は実在しない番号帯で、住所は架空でお願いします。",
            "{topic}の申込フォームの入力チェックを単体テストしたいので、異常系の入力例を洗い出してください。半角カナ、全角英数字、旧字体の氏名、ハイフンなし郵便番号、絵文字、極端に長い文字列など。入力値と期待される結果をセットで。",
            "MySQL用のINSERT文で、{topic}の注文テーブル（order_id, member_id, item_code, quantity, price, payment_method, ordered_at）にテストデータを{n}行。支払方法はクレジット、コンビニ払い、代引き、PayPayを混ぜてください。",
        ],
        "ko": [
            "{topic} 데모용 가상 회원 데이터 {n}건을 CSV로 만들어 주세요. 컬럼: 회원번호, 이름, 이메일, 휴대폰, 주소(시/구까지만), 가입일, 등급. 이메일은 example.com, 휴대폰은 010-0000-으로 시작하는 가짜 번호로.",
            "{topic} 회원가입 폼 유효성 검사 테스트 케이스 좀 뽑아 주세요. 한글 자모만 입력, 영문+한글 혼합 이름, 공백만 입력, 생년월일 형식 오류, 초장문 닉네임 같은 것들요. 입력값 / 기대 결과 두 열로.",
            "{topic} 주문 내역 목업 데이터를 JSON 배열로 {n}개. 각 객체 필드는 orderId, userId, items(상품명과 수량 배열), totalPrice, paymentType(카드/카카오페이/네이버페이/무통장입금), status. 금액은 원 단위 정수로.",
        ],
        "hi": [
            "{topic} के डेमो के लिए {n} नकली ग्राहकों का डेटा CSV में बनाइए। कॉलम: customer_id, name, mobile, city, state, pincode, signup_date. नाम भारतीय हों, मोबाइल नंबर साफ़ तौर पर नकली (जैसे 90000 से शुरू), और शहर अलग-अलग राज्यों से।",
            "{topic} के चेकआउट फ़ॉर्म की टेस्टिंग के लिए edge cases बताइए: गलत PIN कोड, 10 अंकों से कम मोबाइल नंबर, हिंदी में लिखा पता, बहुत लंबा नाम, GSTIN का गलत फ़ॉर्मेट वगैरह। हर केस के साथ इनपुट और अपेक्षित नतीजा लिखें।",
            "{topic} ke orders table ke liye {n} SQL INSERT statements bana do (PostgreSQL). Columns: order_id, customer_id, amount_inr, payment_mode (UPI/Card/COD/NetBanking), order_status, created_at. Dates pichhle 3 mahine ki hon.",
        ],
    },
    "marketing": {
        "en": [
            "Write {n} email subject lines for our spring promo on {topic}. Under 45 characters, no ALL CAPS, max one emoji across the whole set. Add a preview text line for each.",
            "Client brief: launch-week social posts for {topic}.\n\n**Channels:** Instagram, LinkedIn, X\n**Tone:** warm, a bit witty, never pushy\n**CTA:** link in bio / sign up\n\nPlease do 3 variations per channel, adapted to each platform's length and style.",
            "give me {n} slogan options for {topic}, short and punchy, a couple can be playful. also 3 longer taglines we could put on a billboard",
        ],
        "zh": [
            "双十一要推{topic}，写{n}条朋友圈文案，每条不超过60字，语气像真人分享，不要硬广感，可以适当加emoji。",
            "客户需求：{topic}的小红书种草笔记。\n- 标题3个备选（带emoji、有悬念）\n- 正文一篇，500字左右，第一人称体验\n- 结尾加5个话题标签\n注意别写医疗功效，别用“最”字。",
            "给{topic}想{n}个广告slogan，短一点，好记，能放在电梯海报上的那种。",
        ],
        "ja": [
            "{topic}の夏のキャンペーンメールの件名を{n}パターン。30文字以内、【】や絵文字は1つまで、思わず開封したくなる感じで。",
            "クライアント案件です。{topic}のInstagram投稿文を3本お願いします。\n- ターゲット：30代共働き世帯\n- トーン：親しみやすく、押しつけがましくない\n- ハッシュタグ：各投稿5〜8個\n- 最後に保存を促す一文",
            "{topic}の電車内広告用コピー、{n}案。短く、一読でわかるもの。ちょっと遊び心のある案も2〜3個混ぜてOKです。",
        ],
        "ko": [
            "{topic} 블랙프라이데이 프로모션 문자(LMS) 문구 {n}개 써 주세요. 광고 표기 규정에 맞게 맨 앞에 (광고) 붙이고, 수신거부 안내도 넣어 주세요.",
            "인스타그램 + 네이버 블로그용 {topic} 홍보 콘텐츠 기획안\n- 인스타 피드 캡션 3개 (해시태그 포함)\n- 블로그 포스팅 제목 5개\n- 릴스용 15초 스크립트 1개\n톤: 친근하고 유쾌하게",
            "{topic} 슬로건 후보 {n}개만. 짧고 입에 붙는 걸로, 말장난 들어간 것도 몇 개 섞어 주세요.",
        ],
        "hi": [
            "दिवाली सेल के लिए {topic} पर {n} पुश नोटिफ़िकेशन लिखिए। हर एक 50 अक्षरों के अंदर, थोड़ा मज़ेदार, और एक-दो में इमोजी।",
            "क्लाइंट ब्रीफ़: {topic} का लॉन्च कैंपेन\n- Instagram रील के लिए 3 कैप्शन\n- WhatsApp ब्रॉडकास्ट के लिए 2 मैसेज\n- Facebook ऐड के लिए 3 प्राइमरी टेक्स्ट\nटोन: अपनापन, हल्का ह्यूमर, ज़बरदस्ती बेचने वाला नहीं।",
            "{topic} के लिए {n} टैगलाइन सुझाइए, हिंदी में, छोटी और याद रहने वाली — जैसी टीवी ऐड के आख़िर में बोली जाती हैं।",
        ],
    },
    "localization": {
        "en": [
            "We're bringing {topic} to the UK market. Our US product page talks about a 'fall sale', uses dollar pricing, imperial measurements and a July 4th reference. Rewrite the key sections for British customers (spelling, units, holidays, tone) and flag anything that needs legal review.",
            "Localize the onboarding screens for {topic} into Canadian French. The screens are: welcome, create account, choose plan, notification permission, done. Keep each string under 40 characters where possible and note any that run long.",
            "Our Australian client wants the launch campaign for {topic} adapted for New Zealand. The original leans on beach-summer imagery, an 'Aussie-made' claim and an AFL sponsorship mention. Suggest what to change and write replacement copy for the headline, hero text and 3 social captions.",
        ],
        "zh": [
            "我们要把{topic}推到台湾市场，现有的简体版详情页用的是大陆网络用语、人民币价格和“双十一”活动。请改写成繁体中文，用台湾习惯用语，并标注哪些说法需要当地同事确认。",
            "{topic}的App要上线香港版，界面文案包括：首页、购物车、结算、订单详情、设置。请给出繁体中文（香港）版本，注意香港用户的习惯用词，按钮文字尽量控制在4个字以内。",
            "公司准备把{topic}的营销活动带到新加坡和马来西亚的华人市场。原活动主打春节团圆和微信红包。请分析哪些元素要调整，并重写主标题、活动说明和3条社交媒体文案。",
        ],
        "ja": [
            "{topic}の日本向けLPを台湾向けに展開予定です。元の内容は「母の日ギフト」「ポイント10倍」「送料無料（本州のみ）」などを訴求しています。現地の商習慣に合わせてどこを変えるべきか整理し、見出しと本文の方向性を提案してください。",
            "{topic}のアプリ画面の文言を英語版にしたいです。対象は、ログイン、会員登録、通知設定、エラーメッセージ（通信エラー、入力不備）。日本語の丁寧すぎる表現は自然な英語UIの言い回しにしてください。ボタンは短めに。",
            "関西の店舗限定で{topic}の販促をするので、東京向けに作ったチラシの文面を関西のお客さん向けに調整したいです。元のチラシは「洗練」「スマート」を強調した堅めの内容。親しみやすさ重視で、キャッチと本文のリライト案を出してください。",
        ],
        "ko": [
            "{topic} 국내 상세페이지를 일본 라쿠텐용으로 현지화하려고 합니다. 원본은 '총알배송', '후기 이벤트', '카톡 문의' 등을 강조하는데, 일본 소비자 성향에 맞게 무엇을 바꿔야 할지 정리하고 일본어 헤드라인 시안도 같이 주세요.",
            "{topic} 앱 UI 문구를 영어로 옮기려고 해요. 대상 화면: 홈, 장바구니, 결제, 마이페이지, 푸시 알림 3종. '~하시겠어요?' 같은 한국어식 표현은 자연스러운 영문 UI 표현으로 바꿔 주시고, 버튼은 두 단어 이내로.",
            "베트남 진출을 앞두고 {topic} 런칭 캠페인을 현지화해야 합니다. 원래 캠페인은 수능 응원, 한국 드라마 패러디가 핵심이에요. 현지 문화에 맞는 대체 콘셉트 2가지와 메인 카피 방향을 제안해 주세요.",
        ],
        "hi": [
            "{topic} का प्रोडक्ट पेज अभी सिर्फ़ अंग्रेज़ी में है, जिसमें 'Black Friday deal', डॉलर में कीमतें और अमेरिकी ग्राहकों के रिव्यू का ज़िक्र है। इसे भारतीय ग्राहकों के लिए हिंदी में ढालना है — रुपये, भारतीय त्योहार, और यहाँ के हिसाब से उदाहरण। मुख्य सेक्शन दोबारा लिखें।",
            "{topic} ऐप के UI टेक्स्ट का हिंदी संस्करण चाहिए: लॉगिन, OTP स्क्रीन, कार्ट, पेमेंट, ऑर्डर ट्रैकिंग। बहुत किताबी हिंदी न हो, लोग रोज़ जो शब्द बोलते हैं वही रखें (जहाँ ठीक लगे 'भुगतान' की जगह 'पेमेंट')। बटन छोटे रखें।",
            "उत्तर भारत में चल रहा {topic} का कैंपेन अब तमिलनाडु और कर्नाटक में ले जाना है। मूल कैंपेन होली और क्रिकेट वाले मूड पर था। वहाँ के दर्शकों के लिए क्या बदलना चाहिए, बताइए, और अंग्रेज़ी में 3 नई हेडलाइन दीजिए जिन्हें आगे तमिल और कन्नड़ में ढाला जा सके।",
        ],
    },
    "seo": {
        "en": [
            "Write {n} meta title + meta description pairs for landing pages about {topic}. Titles 60 characters max, descriptions 140-155 characters, primary keyword included naturally, no keyword stuffing.",
            "Blog post outline for {topic} targeting the 'how to choose' and 'X vs Y' keyword cluster. H1, H2s, H3s where useful, a suggested FAQ section we can mark up with schema, and internal link ideas.",
            "seo brief pls: topic is {topic}. need {n} long-tail keyword ideas with search intent labelled (info / commercial / transactional), plus an H2 heading for each that we can drop straight into a pillar page",
        ],
        "zh": [
            "为{topic}的落地页写{n}组SEO标题和描述，标题30字以内，描述80字以内，自然融入关键词，适配百度搜索结果的展示。",
            "帮我出一篇关于{topic}的博客大纲，目标关键词是“怎么选”“哪个牌子好”“值得买吗”。包含H1、H2、H3，结尾加一个常见问题模块。",
            "针对{topic}，挖{n}个长尾关键词，标注搜索意图（信息型/导航型/交易型），并为每个词配一个可以直接用的文章小标题。",
        ],
        "ja": [
            "{topic}の記事ページ用にtitleタグとmeta descriptionを{n}セット。titleは32文字前後、descriptionは120文字前後で、狙うキーワードを自然に入れてください。",
            "{topic}について「おすすめ」「比較」「口コミ」系のキーワードで上位表示を狙うブログ記事の構成案をください。h2・h3の見出し、各見出しで書く内容のメモ、最後にまとめとFAQ。",
            "SEO用：{topic}関連のロングテールキーワードを{n}個、検索意図（知りたい／比較したい／買いたい）の分類と、それぞれに合う見出し案をつけて表で。",
        ],
        "ko": [
            "{topic} 랜딩페이지용 메타 타이틀/디스크립션 {n}세트. 타이틀 30자 이내, 디스크립션 80자 이내, 네이버·구글 둘 다 고려해서.",
            "{topic} 관련 블로그 글 목차 짜 주세요. 타깃 키워드는 '추천', '비교', '후기'. H2/H3 구조로, 각 소제목 아래 다룰 내용 한 줄씩.",
            "{topic} 롱테일 키워드 {n}개랑 검색 의도(정보형/비교형/구매형) 분류, 각 키워드에 맞는 글 제목 아이디어까지 표로 정리 부탁드려요.",
        ],
        "hi": [
            "{topic} के लैंडिंग पेज के लिए {n} मेटा टाइटल और मेटा डिस्क्रिप्शन लिखिए। टाइटल 60 अक्षर तक, डिस्क्रिप्शन 150 अक्षर तक, हिंदी और अंग्रेज़ी कीवर्ड दोनों स्वाभाविक ढंग से।",
            "{topic} पर एक ब्लॉग पोस्ट की रूपरेखा बनाइए जो 'कौन सा अच्छा है', 'कीमत' और 'फ़ायदे-नुकसान' जैसी सर्च पर रैंक करे। H1, H2, H3 के साथ, और आख़िर में FAQ सेक्शन।",
            "SEO ke liye {topic} se jude {n} long-tail keywords do, Hindi aur Hinglish dono mein, har keyword ka search intent (jaankari/tulna/khareedna) aur ek blog heading ke saath, table mein.",
        ],
    },
    "support_macros": {
        "en": [
            "Draft {n} canned replies for our Zendesk team handling tickets about {topic}. Cover late delivery, refund request, damaged item, can't log in, cancel subscription, and anything else common you'd expect. Use placeholders like [customer name] and [order number].",
            "Our agents keep rewriting the same reply when customers ask why they were charged twice for {topic}. Write one empathetic macro for that, a shorter version for live chat, and a follow-up to send if the customer hasn't replied in 48 hours.",
            "Macro set for {topic}: greeting, asking for more details, escalating to tier 2, closing the ticket. Tone: human, not scripted-sounding. Max 80 words each, signed off with [agent first name].",
        ],
        "zh": [
            "给客服团队写{n}条关于{topic}的快捷回复，场景包括：物流慢、申请退款、收到破损、发票问题、催发货等。客户称呼和订单号用【】占位。",
            "{topic}最近很多用户反映会员到期自动续费了却没收到提醒，想要退款。请写一段客服回复：先道歉安抚，再说明退款规则和处理时效，语气真诚。另外再给一个用户情绪比较激动时用的版本。",
            "整理一套{topic}的客服标准话术：开场白、确认问题、转交二线、结束语。要求口语化，不要机械感，每段不超过100字。",
        ],
        "ja": [
            "台風や大雪で{topic}のお届けが遅れる際に、お客様へ送るお詫びメールのテンプレートをお願いします。状況別に3パターン（遅延見込みが判明した時、配送再開時、キャンセル希望への返信）。",
            "{topic}の問い合わせ窓口でよくある定型対応（初回受付、追加情報のお願い、担当部署への引き継ぎ、解決後のお礼）の返信文を作ってください。敬語は丁寧すぎず、事務的すぎず。各200字以内。",
            "チャットサポート用の{topic}の定型文を{n}個。お客様の名前は［お名前］で差し込み。短く、スマホで読みやすい改行で。",
        ],
        "ko": [
            "{topic} 할인 쿠폰이 결제 시 적용되지 않았다는 문의가 많아요. 상황별(쿠폰 기간 만료, 최소 주문금액 미달, 시스템 오류) 답변 매크로를 써 주세요. 고객명은 [고객명]으로 표시해 주세요.",
            "{topic} 채널톡 상담용 자동 응답 문구 {n}개. 영업시간 외 안내, 상담원 연결 대기, 상담 종료 인사 등. 너무 딱딱하지 않게 해요체로.",
            "악성 민원까지는 아니지만 감정이 격해진 고객 대응용 {topic} 답변 템플릿이 필요합니다. 공감 → 사실 확인 → 해결 방안 → 마무리 순서로, 책임 회피처럼 들리지 않게 써 주세요.",
        ],
        "hi": [
            "{topic} की सपोर्ट टीम के लिए {n} तैयार जवाब (macros) लिखिए: रिफ़ंड अभी तक नहीं आया, COD ऑर्डर कैंसिल करना है, गलत साइज़ पहुँचा, OTP नहीं आ रहा। ग्राहक का नाम [ग्राहक का नाम] और ऑर्डर नंबर [ऑर्डर नंबर] से दिखाएँ।",
            "UPI से पैसे कट गए लेकिन {topic} का ऑर्डर कन्फ़र्म नहीं हुआ — इस शिकायत के लिए एक विनम्र जवाब लिखिए जिसमें बताया जाए कि रकम 5-7 कामकाजी दिनों में वापस आ जाएगी। साथ में चैट के लिए छोटा वर्ज़न भी दें।",
            "{topic} के लिए ईमेल सपोर्ट के मानक जवाब बनाइए: शिकायत मिलने की पुष्टि, और जानकारी माँगना, टेक्निकल टीम को भेजना, मामला बंद करना। भाषा आदरपूर्ण लेकिन आसान, हर जवाब 80 शब्दों से कम।",
        ],
    },
}

SYSTEMS: dict[str, list[str]] = {
    "en": [
        "You are the copywriting assistant for Brightline Studio, a content agency. Write in clear, plain English with a warm, confident tone. Never invent product specs, prices, certifications or reviews; if a detail is missing, leave a [TBD] placeholder. Follow the client's style notes when they are given.",
        "You generate mock data for a QA team. Output only the requested format (CSV, JSON or SQL) with no commentary. All personal data must be clearly fictitious: example.com emails, 555 phone numbers and made-up names.",
        "You are an item-writing assistant for an online learning platform. Questions must be unambiguous and have exactly one correct answer unless stated otherwise, each with a short explanation. Avoid trick questions and cultural references not all learners would know.",
        "You are a localization assistant for an e-commerce agency. Adapt rather than translate: adjust currency, units, date formats, holidays and idioms to the target market, keep UI strings within the given character limits, and list anything that may need legal or cultural review.",
    ],
    "zh": [
        "你是“青藤内容工作室”的文案助手。语言简洁自然，避免夸大宣传；严格遵守广告法，不使用“最”“第一”“国家级”等绝对化用语。信息不全时用【待补充】标注，不要自行编造参数或价格。",
        "你是测试团队的数据生成工具。只按要求输出CSV、JSON或SQL，不加任何解释。所有个人信息必须是虚构的：手机号使用不存在的号段，身份证号不得通过真实校验规则。",
        "你是在线教育平台的出题助手。题干表述清楚、无歧义，单选题只有一个正确答案，每题附简短解析，并按初级/中级/高级标注难度。",
        "你是服务中小电商客户的SEO内容助手。输出标题和描述时注意字数限制，关键词自然融入、不堆砌；博客大纲使用Markdown标题层级。",
    ],
    "ja": [
        "あなたは制作会社「ことのは企画」のライティング支援ツールです。です・ます調を基本とし、クライアントの表記ルール（数字は半角、「下さい」ではなく「ください」など）に従ってください。薬機法・景品表示法に抵触するおそれのある表現は使わず、不明な仕様は【要確認】と記載してください。",
        "テスト用ダミーデータ作成アシスタントです。指定された形式（CSV／JSON／SQL）のみを出力し、前置きや説明は不要です。氏名・住所・電話番号はすべて架空のものとし、電話番号は090-0000-から始めてください。",
        "あなたは資格講座の問題作成担当です。問題文は一義的に解釈できるようにし、選択肢の長さをそろえ、正答の位置が偏らないようにしてください。各問に解説を付けます。",
        "カスタマーサポート部門の返信文作成をサポートします。お客様の気持ちに寄り添いつつ簡潔に。社内規定にない返金や期日は約束しないこと。差し込み箇所は［ ］で示します。",
    ],
    "ko": [
        "당신은 콘텐츠 에이전시 '글밭'의 카피라이팅 도우미입니다. 표시광고법에 어긋나는 과장 표현(최고, 1위, 완벽 등)은 쓰지 말고, 확인되지 않은 스펙이나 가격은 [확인 필요]로 남겨 두세요. 기본 문체는 해요체입니다.",
        "QA팀용 테스트 데이터 생성기입니다. 요청한 형식(CSV, JSON, SQL)만 출력하고 설명은 붙이지 마세요. 이름, 연락처, 주소는 모두 가상이어야 하며 실제 주민등록번호 형식을 만족하는 값은 만들지 마세요.",
        "에듀테크 플랫폼의 문항 출제 보조 도구입니다. 문항은 명확하고 정답이 하나여야 하며, 해설은 초등학생도 이해할 수 있는 수준으로 씁니다. 난이도를 상/중/하로 표시하세요.",
        "쇼핑몰 마케팅팀의 SNS 콘텐츠 작성을 돕습니다. 플랫폼별 글자 수와 분위기에 맞추고, 해시태그는 검색량이 있을 법한 일반 키워드 위주로 제안하세요. 광고성 문자에는 반드시 (광고) 표기를 넣습니다.",
    ],
    "hi": [
        "आप 'कथा कंटेंट स्टूडियो' के कॉपीराइटिंग सहायक हैं। सरल, बोलचाल वाली हिंदी में लिखें; ज़रूरत हो तो आम अंग्रेज़ी शब्द देवनागरी में लिखें। प्रोडक्ट के बारे में कोई दावा, कीमत या सर्टिफ़िकेशन अपनी ओर से न गढ़ें — जानकारी न हो तो [पुष्टि करें] लिखें।",
        "आप QA टीम के लिए टेस्ट डेटा बनाने वाला टूल हैं। सिर्फ़ माँगे गए फ़ॉर्मेट (CSV, JSON या SQL) में आउटपुट दें, कोई व्याख्या नहीं। सभी नाम, मोबाइल नंबर और आधार/PAN जैसे नंबर पूरी तरह काल्पनिक हों।",
        "आप एक एडटेक प्लेटफ़ॉर्म के लिए प्रश्न लिखने वाले सहायक हैं। प्रश्न साफ़ और एक ही अर्थ वाले हों, विकल्प लगभग एक जैसी लंबाई के हों, और हर प्रश्न के साथ छोटा हल दें। कठिनाई स्तर आसान/मध्यम/कठिन में बताएँ।",
        "आप ई-कॉमर्स ग्राहक सेवा टीम के लिए जवाब तैयार करते हैं। लहजा विनम्र और अपनापन भरा हो, ग्राहक पर दोष न डालें, और कंपनी की नीति से बाहर किसी रिफ़ंड या समय-सीमा का वादा न करें।",
    ],
}

TOPICS: dict[str, list[str]] = {
    "en": [
        "the BrewMate smart coffee grinder",
        "a weekly meal-kit subscription",
        "our online beginner Spanish course",
        "the Trailhead 40L hiking backpack",
        "a home solar panel starter kit",
        "the Pocketly budgeting app",
        "a cordless pet hair vacuum",
        "the Lumen electric standing desk",
        "an intro to personal finance video course",
        "a refillable glass cleaning spray set",
        "the Quill noise-cancelling headphones",
        "an organic skincare starter kit",
    ],
    "zh": [
        "云朵系列乳胶枕",
        "家用扫地机器人",
        "少儿编程网课",
        "社区生鲜团购小程序",
        "记账App",
        "上门家电清洗服务",
        "云南普洱茶礼盒",
        "考研英语冲刺班",
        "便携充电宝",
        "宠物智能喂食器",
        "儿童护眼台灯",
        "婚纱摄影套餐",
    ],
    "ja": [
        "電動アシスト自転車",
        "オンライン英会話レッスン",
        "宅配クリーニングサービス",
        "家計簿アプリ",
        "北海道産ジャガイモの定期便",
        "コードレス掃除機",
        "社会人向けの簿記3級講座",
        "敏感肌用の日焼け止め",
        "南部鉄器の急須",
        "今治タオルのギフトセット",
        "ワイヤレスイヤホン",
        "ペット用自動給餌器",
    ],
    "ko": [
        "무선 이어폰",
        "온라인 토익 강의",
        "반찬 정기배송 서비스",
        "가계부 앱",
        "제주 감귤 선물세트",
        "홈트레이닝 구독 서비스",
        "반려견 자동 급식기",
        "비대면 세탁 서비스",
        "초등 코딩 교육 프로그램",
        "전기 그릴 팬",
        "캠핑용 접이식 의자",
        "비건 스킨케어 세트",
    ],
    "hi": [
        "आयुर्वेदिक हेयर ऑयल",
        "ऑनलाइन स्पोकन इंग्लिश कोर्स",
        "सोलर इन्वर्टर",
        "जयपुरी कॉटन बेडशीट",
        "स्मार्ट LED बल्ब",
        "स्टेनलेस स्टील प्रेशर कुकर",
        "कक्षा 10 गणित की ऑनलाइन कोचिंग",
        "मसाला चाय प्रीमिक्स",
        "टू-व्हीलर बीमा",
        "फ़िटनेस बैंड",
        "किराना डिलीवरी ऐप",
        "बच्चों की ड्रॉइंग किट",
    ],
}

SAMPLES: dict[str, list[str]] = {
    "en": [
        "**Can I pause my subscription?**\nYes. Go to Account > Plan and choose Pause; you can pause for up to 8 weeks and won't be charged while paused.",
        "customer_id,first_name,last_name,email,city\n1001,Maya,Okafor,maya.okafor@example.com,Leeds",
        "Subject: Your desk, your height. 20% off this week only",
    ],
    "zh": [
        "问：下单后多久发货？\n答：现货商品一般在付款后48小时内发货，预售商品以页面标注时间为准。",
        "订单号,用户昵称,收货城市,金额,订单状态\n20240518001,小鹿乱撞,成都,128.00,已发货",
        "标题：告别手忙脚乱，早餐五分钟搞定｜一个人也要好好吃饭",
    ],
    "ja": [
        "Q. 途中で解約できますか？\nA. はい、マイページからいつでも解約手続きが可能です。次回お届け日の5日前までにお手続きください。",
        "会員ID,氏名,フリガナ,都道府県\nM0001,山田 花子,ヤマダ ハナコ,大阪府",
        "【期間限定】はじめての方は初回送料無料！",
    ],
    "ko": [
        "Q. 주문 후 배송은 얼마나 걸리나요?\nA. 평일 오후 2시 이전 결제 시 당일 출고되며, 보통 1~2일 내 받아보실 수 있어요.",
        "(광고) 주말 단 이틀, 전 상품 15% 할인! 무료수신거부 080-000-0000",
        "1. 자동 급식기의 예약 급식 기능에 대한 설명으로 옳은 것은? (정답: ③)",
    ],
    "hi": [
        "प्रश्न: क्या कैश ऑन डिलीवरी उपलब्ध है?\nउत्तर: हाँ, ₹5,000 तक के ऑर्डर पर COD उपलब्ध है।",
        "customer_id,name,mobile,city,pincode\nC101,रोहन वर्मा,9000012345,इंदौर,452001",
        "इस दिवाली, चाय के साथ अपनों की मिठास — आज ही ऑर्डर करें!",
    ],
}
