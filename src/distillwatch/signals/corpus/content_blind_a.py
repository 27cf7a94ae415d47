"""Honest bulk-content requests for the content_studio persona, languages en zh ja ko hi;
written from a brief, not trained on."""

from __future__ import annotations

FRAMES: dict[str, dict[str, list[str]]] = {
    "faq": {
        "en": [
            "Write {n} FAQ entries for {topic}. Question in bold, answer underneath in 2-4 sentences. Keep it friendly, no jargon, and don't promise delivery dates or refunds we can't guarantee.",
            "Hi! We're relaunching the help centre next week and the {topic} section is a mess. Can you draft a fresh FAQ covering pricing, cancellation, setup and the most common troubleshooting questions? Plain text, Q: / A: format please.",
            "help center: {topic}\n- 10-12 q&a pairs\n- answers under 60 words\n- group under Getting started / Billing / Account / Troubleshooting\n- US English, second person",
        ],
        "zh": [
            "最近客服聊天记录里，关于{topic}被问得最多的是发货时间、能不能开发票、保修怎么算这几类。请据此整理{n}条常见问题，一问一答，答案控制在80字以内。",
            "小程序里{topic}的帮助页空间有限，每条答案请压缩在手机屏幕两行以内，问题用用户自己的口吻写，比如“买了之后多久能到？”这种。大概十来条就够。",
            "【需求】{topic} 经销商常见问题\n对象：代理商、门店老板，不是终端消费者\n内容：拿货价、起订量、物料支持、售后责任划分\n格式：Q：…… A：……\n数量：{n}组",
        ],
        "ja": [
            "ご高齢のお客様からのお問い合わせが増えているため、{topic}のよくある質問を、やさしい日本語で{n}件作成してください。カタカナ語はできるだけ言い換え、一文は短めにお願いします。",
            "お疲れさまです。ヘルプページのリニューアルに合わせて、{topic}のFAQを作り直したいです。カテゴリは「ご契約・料金」「ご利用方法」「解約・返品」の3つで、それぞれ4〜5問ほど。配送日数など断定できない内容は「目安」と書く形にしてください。",
            "電話窓口のオペレーター向けに、{topic}についてよく聞かれる質問と、その場で読み上げられる回答例をまとめてください。\n・回答は口頭で30秒以内に言える長さ\n・専門用語にはかっこ書きで補足\n・10問前後",
        ],
        "ko": [
            "카카오톡 채널 자동응답에 넣을 {topic} FAQ {n}개 부탁드려요. 말풍선 하나에 들어가게 답변은 3줄 이내로, 이모티콘은 빼 주세요.",
            "B2B 도입 문의가 늘어서 {topic}의 기업 고객용 FAQ가 필요합니다. 단체 구매 할인, 세금계산서 발행, 계약 기간, 전담 매니저 배정 같은 질문 위주로 정리해 주시고, 문체는 격식체(~습니다)로 맞춰 주세요.",
            "[FAQ 요청] {topic}\n- 처음 이용하는 고객 기준\n- Q. / A. 형식\n- 답변은 100자 이내\n- 전문 용어는 괄호 안에 쉬운 설명 추가\n- 개수는 {n}개",
        ],
        "hi": [
            "{topic} के लिए {n} अक्सर पूछे जाने वाले सवाल और उनके जवाब लिखिए। भाषा आसान रखें, जैसी छोटे शहरों के ग्राहक रोज़ बोलते हैं। कैश ऑन डिलीवरी और रिटर्न पॉलिसी वाले सवाल ज़रूर शामिल करें।",
            "hi, hamari website pe {topic} ka FAQ section banana hai. Hinglish mein likho, 10-12 sawaal, har jawab 2-3 line ka. Delivery ki koi pakki date mat likhna, 'aam taur par' jaisa kuch likh dena.",
            "{topic} के लिए FAQ चाहिए, लेकिन सवाल वैसे लिखें जैसे लोग Google पर टाइप करते हैं (जैसे 'kitne din me deliver hota hai'), और जवाब साफ़ हिंदी में।\n- कुल {n} सवाल\n- हर जवाब 50 शब्दों से कम\n- आख़िर में हेल्पलाइन से संपर्क करने वाला एक सवाल",
        ],
    },
    "product_copy": {
        "en": [
            "Write {n} title variants for our Amazon listing of {topic}, max 150 characters each, main keyword up front. Then 5 bullet points (benefit first, feature after the dash).",
            "Need an A/B test set for the product page of {topic}: two headlines, two short descriptions (~80 words) and one long description (~250 words). Version A should lean practical, version B emotional. Label everything clearly.",
            "Product description for {topic}, Shopify store. Tone: warm, a little witty, not salesy. Include a short 'What's in the box' (or 'What you get') list and a care/usage note at the end. Markdown is fine.",
        ],
        "zh": [
            "淘宝标题：{topic}，30个字以内，核心词靠前，给我{n}个版本做测试。",
            "写一段{topic}的详情页文案：开头一句抓眼球的卖点，然后分“产品亮点”“适用人群”“使用方法”三段，整体走小红书种草风，但别太夸张，不能出现“最”“第一”这类极限词。",
            "直播间下周要卖{topic}，帮主播写一段60秒左右的口播介绍，再配3条贴在商品卡片上的短卖点（每条不超过15字）。别写成说明书，要有现场感。",
        ],
        "ja": [
            "楽天の商品ページ用に、{topic}の商品名を{n}パターン考えてください。全角60文字以内、検索されやすいキーワードは前半に。",
            "{topic}の商品説明文をお願いします。構成は①キャッチコピー1行 ②特長を箇条書きで3つ ③こんな方におすすめ ④ご使用上の注意。やわらかく上品なトーンで、「絶対」「必ず」などの誇大表現はNGです。",
            "{topic}の店頭POPとチラシ用の短いコピーをください。POPは20字以内で3案、チラシは見出し＋80字程度の説明文で2案。主婦層向けに、お得感よりも安心感を前に出す方向でお願いします。",
        ],
        "ko": [
            "스마트스토어에 올릴 {topic} 상품명 {n}개 뽑아주세요. 50자 이내, 검색 키워드는 앞쪽에 배치.",
            "{topic} 상세페이지 문구 부탁해요. 구성: 한 줄 헤드카피 → 핵심 특징 3가지 → 이런 분께 추천 → 사용 시 주의사항. 과장 광고로 걸릴 수 있는 표현('최고', '100% 효과')은 빼 주세요.",
            "쿠팡 로켓배송용 {topic} 썸네일 문구(10자 이내) 5개랑 상품 요약 한 줄 설명 3개만 뽑아줘. 가격 얘기는 빼고 쓰임새 위주로.",
        ],
        "hi": [
            "Flipkart लिस्टिंग के लिए {topic} के {n} हिंदी टाइटल वेरिएंट बनाइए, हर एक 100 कैरेक्टर के अंदर, मुख्य कीवर्ड शुरुआत में।",
            "{topic} का प्रोडक्ट डिस्क्रिप्शन लिखो – पहले एक लाइन की कैची हेडलाइन, फिर 5 बुलेट पॉइंट (फ़ायदा पहले, फ़ीचर बाद में), फिर 'किसके लिए सही है' वाला छोटा पैराग्राफ। टोन भरोसेमंद रखो, ओवर-द-टॉप दावे नहीं।",
            "A/B टेस्ट के लिए {topic} के प्रोडक्ट पेज के दो वर्ज़न चाहिए: एक में दाम और बचत पर ज़ोर, दूसरे में परिवार और भरोसे वाली भावना। दोनों में हेडलाइन और लगभग 120 शब्दों का विवरण।",
        ],
    },
    "quiz": {
        "en": [
            "Create {n} multiple-choice questions about {topic} for our staff onboarding quiz. 4 options each, one correct. Put the answer key at the end with a one-line explanation per question.",
            "Can you write a flashcard deck on {topic} for our learning app? Front: a short question or term. Back: the answer in one or two sentences. Around {n} cards, a mix of easy and trickier ones.",
            "Make an end-of-module assessment for the module on {topic}: 5 true/false, 5 fill-in-the-blank and 2 short-answer questions, plus a marking guide for the short answers. Audience: adult learners with no prior experience.",
        ],
        "zh": [
            "面向{topic}的用户做一个知识闯关小游戏：分三关，每关5道选择题，越往后越难，每题给出正确答案和一句有趣的解说。",
            "做一套关于{topic}的小测验，放在我们App“每日一练”里用：判断题5道、填空题5道，难度由易到难，答案单独列在最后。",
            "教研组需要一份关于{topic}的测验卷：选择题{n}道、简答题2道，附参考答案和评分要点，难度按中级水平来。",
        ],
        "ja": [
            "{topic}の販売スタッフ向け社内検定（初級）の問題を作成してください。四択で{n}問、うち3割ほどは接客場面を想定したケース問題に。正解と解説は別表でまとめてください。",
            "学習アプリの単語帳機能に載せる、{topic}の暗記カードを作りたいです。表面に用語または短い問い、裏面に30字以内の答え。20枚くらいで、基礎から応用まで混ぜてください。",
            "店頭イベントで{topic}をテーマにしたクイズ大会をやります。三択で{n}問、答えと「へえ」と思える豆知識を一言ずつ添えてください。子どもから大人まで楽しめる難易度で。",
        ],
        "ko": [
            "인스타 스토리 이벤트용으로 {topic} OX 퀴즈 {n}문항 만들어 주세요. 정답은 마지막에 모아서, 문항마다 한 줄 해설. 참여율 높게 너무 어렵지 않게요.",
            "학습 앱 플래시카드 기능에 넣을 {topic} 카드 세트 만들어줘. 앞면은 용어나 짧은 질문, 뒷면은 한두 문장 답. 20장 정도, 쉬운 것부터 어려운 순으로.",
            "사내 LMS에 올릴 {topic} 제품 교육 평가지 만들어 주세요. 객관식 8문항 + 상황형(고객이 이렇게 물으면 어떻게 답할까?) 2문항, 정답과 채점 포인트 포함.",
        ],
        "hi": [
            "डीलरों और रिटेल पार्टनर्स के प्रोडक्ट ज्ञान की जाँच के लिए {topic} पर {n} बहुविकल्पीय प्रश्न बनाइए। हर प्रश्न में चार विकल्प, अंत में उत्तर कुंजी और हर उत्तर का एक लाइन में कारण।",
            "हमारे लर्निंग ऐप के 'डेली क्विज़' सेक्शन के लिए {topic} पर 10 सवाल चाहिए — 5 सही/गलत और 5 रिक्त स्थान भरो। कठिनाई धीरे-धीरे बढ़े, उत्तर अलग से नीचे दें।",
            "सोशल मीडिया कॉन्टेस्ट के लिए {topic} पर एक मज़ेदार ट्रिविया क्विज़ बनाइए: {n} सवाल, हर सवाल के तीन विकल्प, सही जवाब और एक छोटी रोचक जानकारी। सवाल ऐसे हों कि आम ग्राहक भी हिस्सा ले सकें।",
        ],
    },
    "test_data": {
        "en": [
            "Generate {n} rows of fake customer data for our demo database ({topic}) as CSV with headers customer_id, full_name, email, city, signup_date, plan, status. Obviously fake emails (example.com) and signup dates spread across 2023-2024.",
            "QA here. I need edge-case inputs for the checkout form on {topic}: weird names (apostrophes, diacritics, very long), invalid postcodes, emoji in address lines, empty and whitespace-only fields. Return a JSON array of objects with fields field, value, expected_result.",
            "write SQL INSERT statements for an orders table (order_id, customer_id, sku, qty, unit_price, currency, created_at, status) with {n} mock orders for {topic}. include a few refunded and cancelled ones. postgres syntax, no comments.",
        ],
        "zh": [
            "演示和压测用：生成{n}条{topic}的会员数据，JSON数组格式，每个对象的字段为 user_id、nickname、gender、province、city、register_time、points。省市要对得上（比如杭州对应浙江），昵称要像真实网友起的。",
            "写一个{topic}退款场景的测试用例表，列：用例编号、前置条件、操作步骤、输入数据、预期结果。覆盖部分退款、超时未发货退款、使用优惠券的订单退款等情况，至少15条。",
            "给{topic}的演示环境造一批假用户，写成MySQL的INSERT语句，表名 users，字段 id, nickname, phone, city, register_at, vip_level。手机号用虚构号段，城市分布尽量真实一点，北上广深多一些。",
        ],
        "ja": [
            "{topic}のデモ環境用に、架空の会員データを{n}件、CSVで出力してください。列：会員ID,氏名,フリガナ,メールアドレス,都道府県,登録日,会員ランク。メールはすべて example.com ドメインで。",
            "単体テスト用のデータがほしいです。{topic}の申込フォームで想定される異常系入力（全角数字の郵便番号、半角カナの氏名、機種依存文字、空文字、極端に長い住所など）を、JSON配列で。各オブジェクトのフィールドは field, value, expected_error です。",
            "{topic}の予約・配送日時指定機能のテスト用に、予約データのフィクスチャをYAMLで作ってください。祝日、年末年始、営業時間外、同時刻の重複予約など、境界になりそうなケースを中心に20件ほど。",
        ],
        "ko": [
            "{topic} 데모 DB에 넣을 가짜 회원 데이터 {n}건 CSV로 만들어 주세요. 컬럼: member_id, 이름, 이메일, 휴대폰, 지역, 가입일, 등급. 이메일은 example.com, 휴대폰은 010-0000-xxxx 형태의 가상 번호로.",
            "QA팀입니다. {topic} 회원가입 폼의 예외 케이스 입력값이 필요해요. 초성만 있는 이름, 이모지 닉네임, 공백만 입력, 하이픈 없는 전화번호, 아주 긴 주소 등. JSON 배열로, 각 객체 필드는 field, value, expected_result.",
            "{topic} API 응답 목업이 필요해요. 상품 목록 조회 결과를 JSON 배열로, 각 항목 필드는 id, name, price, discount_rate, stock, is_soldout, thumbnail_url. {n}개 정도, 품절·할인율 0%·재고 0 같은 케이스도 섞어서.",
        ],
        "hi": [
            "{topic} के डेमो डेटाबेस के लिए {n} नकली ग्राहकों का डेटा CSV में बनाइए। कॉलम: customer_id, name, email, mobile, city, state, pincode, signup_date. मोबाइल नंबर 10 अंकों के हों पर असली न लगें, ईमेल सिर्फ़ example.com वाले।",
            "QA टीम के लिए {topic} के चेकआउट फ़ॉर्म की एज-केस इनपुट लिस्ट चाहिए: गलत पिनकोड, 9 अंकों वाला मोबाइल नंबर, हिंदी-अंग्रेज़ी मिले नाम, बहुत लंबा पता, खाली फ़ील्ड। JSON array के रूप में दें, हर ऑब्जेक्ट में field, value, expected_result फ़ील्ड हों।",
            "{topic} के इनवॉइस मॉड्यूल की यूनिट टेस्ट के लिए GST वाले नमूना बिल चाहिए — CSV में invoice_no, gstin, state_code, taxable_value, cgst, sgst, igst, total. अंतर-राज्यीय (IGST) और राज्य के अंदर (CGST+SGST) दोनों तरह के, कुछ गलत GSTIN वाले भी। लगभग 15 पंक्तियाँ।",
        ],
    },
    "marketing": {
        "en": [
            "Give me {n} email subject lines for the spring promo on {topic}. Under 45 characters, no ALL CAPS, a couple with emoji, a couple phrased as questions.",
            "Write a week of Instagram captions (7 posts) for {topic}. Each one: a hook in the first line, 2-3 short sentences, a CTA and 5 hashtags. Our voice is upbeat and practical, never cheesy.",
            "Brainstorm slogans for {topic} — short, punchy, 6 words max. Then pick your three favourites and write a Facebook ad around each (primary text, headline, description).",
        ],
        "zh": [
            "双十一要主推{topic}，帮我想{n}条朋友圈文案，每条不超过60字，带点紧迫感但别太硬广。",
            "给{topic}想{n}个广告语，要短、好记、能上电梯广告的那种。再挑3个你觉得最好的，各配一句副标题。",
            "{topic} 小红书笔记 ×3 篇\n- 标题带emoji，20字内\n- 正文300字左右，第一人称体验\n- 结尾加5个话题标签\n- 三篇切入角度不同：开箱、横向对比、用了一个月之后",
        ],
        "ja": [
            "{topic}のメルマガ件名を10個考えてください。30文字以内で、季節感のあるものを何個か混ぜて。",
            "{topic}のLINE公式アカウント配信文を{n}パターンお願いします。吹き出し1つに収まる長さ（150字以内）で、クーポン告知・新着情報・リマインドの3種類を混ぜてください。",
            "{topic}のキャッチコピー案を出してください。15文字以内で覚えやすく、駅のポスターでも目に留まるようなものを10案。その中からおすすめ3つを選んで、理由を一言ずつ。",
        ],
        "ko": [
            "{topic} 앱 푸시 알림 문구 {n}개 써 주세요. 제목 20자, 본문 40자 이내, 광고성 푸시라서 앞에 '(광고)' 꼭 붙여 주시고요.",
            "{topic} 네이버 블로그 체험단 모집 공지글 써 주세요. 모집 인원, 제공 내역, 필수 키워드, 작성 기한 들어갈 자리는 비워 두고, 읽으면 신청하고 싶어지게.",
            "{topic} 슬로건 아이디어 10개 + 그중 베스트 3개로 메타 광고 문안(본문/헤드라인/설명) 작성 부탁드립니다. 지하철 광고에도 쓸 수 있게 짧고 기억에 남는 걸로요.",
        ],
        "hi": [
            "दिवाली सेल के लिए {topic} पर {n} ईमेल सब्जेक्ट लाइन लिखिए — 50 कैरेक्टर से कम, कुछ में इमोजी, कुछ सवाल के रूप में।",
            "{topic} के लिए Instagram और Facebook के 5 पोस्ट कैप्शन चाहिए, हिंदी में लेकिन युवा अंदाज़ में। हर पोस्ट के अंत में 4-5 हैशटैग और एक साफ़ कॉल-टू-एक्शन।",
            "{topic} ke liye 10 catchy taglines do, Hindi ya Hinglish mein, chhoti aur yaad rehne wali — jaise TV ad ke end mein aati hain. Phir best 3 ke liye ek-ek radio jingle ki 2 lines bhi.",
        ],
    },
    "localization": {
        "en": [
            "We're launching {topic} in Germany. Please adapt our product page for German shoppers: formal Sie, metric units, EUR prices, and a clear line that returns are free within 30 days. The source copy is casual US English built around convenience and speed. Give the German text plus a short English note on what you changed and why.",
            "Localize the onboarding UI strings for {topic} into Brazilian Portuguese. The strings are the welcome screen title, three tooltips about setting up a profile, a Skip button, and an error shown when the network drops. Keep each under 40 characters where possible; return a two-column table (key, pt-BR).",
            "Our UK campaign for {topic} leans on football puns and a bank holiday sale angle. Can you rework it for the Australian market? Suggest {n} headline alternatives that feel local and flag anything from the UK version that wouldn't land there.",
        ],
        "zh": [
            "{topic}准备进入台湾市场，请把我们现有的产品页文案改成台湾用户习惯的繁体中文表达（比如“视频”要改成“影片”、“质量”改成“品質”这类用词），不要直接简繁转换。原文主要讲产品卖点和售后政策。",
            "我们的{topic}要出海东南亚，先做马来西亚站。请把App里的按钮文案和提示语（登录、支付成功、网络异常、优惠券已过期这几类）改写成当地华人用户读着顺口的说法，并附上英文版。",
            "{topic}的春节营销活动要在日本同步上线，但“红包”“年货节”这些概念在日本不太成立。请提出{n}个适合日本市场的活动主题替代方案，并说明理由。",
        ],
        "ja": [
            "{topic}を台湾で展開することになりました。日本向けの商品ページ（品質の高さと丁寧なアフターサービスを主に訴求しています）を、台湾の繁体字ユーザーに自然に伝わる文章にしてください。直訳ではなく、現地の通販サイトでよく見る言い回しでお願いします。",
            "{topic}のアプリ内テキストを英語化したいです。対象はログイン画面の見出し、パスワード再設定の案内、決済完了メッセージ、通信エラー時の表示の4つ。日本語特有のへりくだった言い方は英語では簡潔にしてください。キーと英訳の表形式で。",
            "関西限定キャンペーンとして{topic}の広告を出します。今の東京向けコピーは標準語でスマートな印象なので、関西の人に刺さるよう親しみのある言い回しに調整した案を{n}つください。",
        ],
        "ko": [
            "{topic}의 일본 출시를 준비 중입니다. 국내 상세페이지는 빠른 배송과 가성비를 강조하는데, 일본 고객에게는 품질과 신뢰감이 더 중요하다고 들었어요. 그 방향으로 일본어 상세페이지 문구를 새로 구성해 주시고, 무엇을 바꿨는지 한국어로 짧게 설명해 주세요.",
            "{topic} 티몰 글로벌 입점 준비 중이에요. 한국 상세페이지의 감성적인 톤을 중국 소비자가 신뢰하는 방식(성분·인증·판매 실적 강조)으로 재구성한 중국어 문구 초안과, 바뀐 점 요약을 한국어로 부탁합니다.",
            "{topic} 설 연휴 프로모션을 미국에서도 진행하려는데 '명절 선물세트' 같은 개념이 잘 안 통할 것 같아요. 미국 시즌에 맞는 대체 캠페인 콘셉트 {n}개 제안해 주시고 각각 이유도 붙여 주세요.",
        ],
        "hi": [
            "हमारा {topic} वाला पेज अभी अंग्रेज़ी में है और मेट्रो शहरों के हिसाब से लिखा गया है (प्रीमियम, लाइफ़स्टाइल वाली भाषा)। इसे उत्तर प्रदेश और बिहार के ग्राहकों के लिए सरल हिंदी में ढालना है — भारी संस्कृतनिष्ठ शब्द नहीं, रोज़ की बोलचाल वाले शब्द।",
            "{topic} ऐप के UI टेक्स्ट का हिंदी वर्ज़न चाहिए: लॉगिन स्क्रीन का शीर्षक, OTP भेजने का संदेश, पेमेंट फ़ेल होने की सूचना, और 'बाद में करें' बटन। हर स्ट्रिंग छोटी रहे ताकि मोबाइल स्क्रीन पर फ़िट हो। key और हिंदी टेक्स्ट की दो कॉलम वाली तालिका दें।",
            "{topic} का होली कैंपेन अब हम तमिलनाडु और केरल में भी चलाना चाहते हैं, जहाँ होली उतनी बड़ी नहीं मानी जाती। वहाँ के स्थानीय त्योहारों और मौसम के हिसाब से {n} वैकल्पिक कैंपेन आइडिया सुझाइए, हर एक के साथ एक लाइन का कारण।",
        ],
    },
    "seo": {
        "en": [
            "Write {n} meta title + meta description pairs for landing pages about {topic}. Title max 60 characters, description max 155, primary keyword worked in naturally. Output as a table.",
            "Outline a 1,500-word blog post around {topic} aimed at people comparing options before they buy. H1, H2s and H3s, suggested word count per section, and 3 internal link ideas. Don't write the post yet.",
            "SEO headings for the category page of {topic}: 1 H1 and 6 H2s built around long-tail searches (how to, best for, vs, price), plus a 120-word intro paragraph.",
        ],
        "zh": [
            "为{topic}的落地页写{n}组SEO标题和描述，标题不超过30个汉字，描述不超过80字，自然带上核心关键词，用表格输出。",
            "帮我列一个关于{topic}的公众号长文大纲，目标关键词你来拟，给出H1、H2、H3结构和每部分的大致字数，正文先不用写。",
            "百度SEO：{topic}的分类页需要一个H1和6个H2小标题，围绕长尾词来写（怎么选、多少钱、哪个牌子好、常见问题之类），另附一段100字左右的页面导语。",
        ],
        "ja": [
            "{topic}のランディングページ用に、titleタグとmeta descriptionを{n}セット作成してください。titleは32文字以内、descriptionは120文字以内。表形式でお願いします。",
            "「{topic} おすすめ」で上位を狙うブログ記事の構成案をお願いします。h2・h3の見出し、各セクションの想定文字数、内部リンクを入れる箇所の提案まで。本文はまだ不要です。",
            "{topic}について、Googleの「他の人はこちらも質問」に出てきそうな疑問を洗い出し、それぞれをh2見出しにした記事の骨組みを作ってください。見出しは{n}個、各見出しに狙うキーワードを併記。",
        ],
        "ko": [
            "{topic} 랜딩페이지용 메타 타이틀/디스크립션 5세트 작성해 주세요. 타이틀 30자, 디스크립션 80자 이내, 핵심 키워드 자연스럽게 포함, 표로 정리.",
            "네이버 블로그 상위 노출용으로 {topic} 관련 포스팅 목차 잡아 주세요. 소제목(H2/H3) 구조, 섹션별 분량, 이미지 넣을 위치 제안까지. 본문은 아직 안 써도 됩니다.",
            "{topic} 키워드로 네이버 스마트블록에 노출될 만한 세부 키워드 {n}개랑, 각각에 맞는 블로그 제목 하나씩 제안해 주세요. 제목은 30자 안팎으로.",
        ],
        "hi": [
            "{topic} के लैंडिंग पेज के लिए {n} मेटा टाइटल और मेटा डिस्क्रिप्शन की जोड़ियाँ लिखिए (टाइटल 60 कैरेक्टर, डिस्क्रिप्शन 155 कैरेक्टर तक), हिंदी में, तालिका के रूप में।",
            "{topic} पर एक हिंदी ब्लॉग पोस्ट की रूपरेखा बनाइए जो 'कीमत', 'कौन सा बेहतर', 'फ़ायदे और नुकसान' जैसी सर्च पर रैंक करे। H1, H2, H3 और हर सेक्शन के लिए अंदाज़न शब्द संख्या दें। पूरा लेख अभी नहीं।",
            "YouTube वीडियो के लिए {topic} से जुड़े SEO टाइटल और डिस्क्रिप्शन के 5 विकल्प — टाइटल में हिंदी कीवर्ड और साल हो, डिस्क्रिप्शन में टाइमस्टैम्प वाले चैप्टर का ढाँचा।",
        ],
    },
    "support_macros": {
        "en": [
            "Write {n} canned replies for the support team handling {topic} tickets: where's my order, damaged item, wrong size or version, refund status, cancel subscription. Each macro needs a title, a body with square-bracket placeholders like [customer name] and [order number], and a one-line internal note for agents.",
            "Need a Zendesk macro for customers who got double-charged for {topic}. Empathetic but short, apologise once, explain the duplicate charge is reversed within 5-7 business days, leave a placeholder for a goodwill discount code. Also a shorter version for live chat.",
            "Support macros - {topic}\nTone: calm, human, no 'we apologize for any inconvenience'\nCases: can't log in, feature broke after update, how to export my data, account deletion request\nFor each: subject line + reply, 120 words max",
        ],
        "zh": [
            "618大促期间客服咨询量暴增，请给{topic}准备一套催发货、改地址、价保申请（买贵了要求退差价）的快捷回复，每类3种说法，方便客服轮换着用，避免听起来像机器人。",
            "有用户在评价区给{topic}打了差评，说售后推诿。请写{n}条不同语气的商家回复模板（诚恳道歉型、解释说明型、邀请私信解决型），每条不超过100字，不要和用户争辩。",
            "{topic} 电话客服话术模板：开场白、结束语，外加“用户要求转主管”“用户要求立刻赔偿”两种情况的应对话术。语气专业，不推诿，变量用【】标出，比如【客户姓名】。",
        ],
        "ja": [
            "{topic}の問い合わせフォームに届く「届いた商品が注文と違う」「領収書の宛名を変えたい」「お届け日時を変更したい」への返信テンプレートを作成してください。差し込み箇所は［お客様名］［注文番号］のように角かっこで。署名は不要です。",
            "{topic}の通販サイトや予約システムで障害が発生した際の、お客様向けお詫び・状況報告メールのひな形をお願いします。第一報・続報・復旧報告の3通。原因がまだ分からない段階でも誠実に見える書き方で。",
            "サポートチームのマクロを整備中です。{topic}の解約を希望されるお客様に、引き止めすぎず、一時停止プランもさりげなく案内できる返信文を{n}パターン。丁寧すぎて回りくどくならないようにしてください。",
        ],
        "ko": [
            "CS 매크로 요청: {topic} 배송 지연 안내. 택배사 물량 폭주, 도서산간 지역, 재고 입고 지연 세 가지 사유별로 각각 문자(SMS 90바이트 이내)용과 이메일용으로 써 주세요.",
            "{topic} 환불 규정 문의가 많아요. '단순 변심 7일 이내', '사용 후 환불 불가', '부분 환불' 세 경우에 대한 상담원 답변 매크로를 단호하지만 불친절하지 않게 써 주세요. 고객명 자리는 [고객명]으로.",
            "{topic} 채팅 상담 종료 멘트와 만족도 조사 요청 문구 {n}가지 부탁드려요. 상담 결과(해결/미해결/추후 연락)에 따라 내용이 달라지게요.",
        ],
        "hi": [
            "WhatsApp Business के लिए {topic} से जुड़े {n} टेम्पलेट मैसेज लिखिए: ऑर्डर कन्फ़र्म, आउट फ़ॉर डिलीवरी, डिलीवरी में देरी, रिव्यू की विनती। [ग्राहक का नाम], [ऑर्डर नंबर] जैसे वेरिएबल चौकोर कोष्ठक में रखें।",
            "UPI से पैसा कट गया लेकिन {topic} का ऑर्डर कन्फ़र्म नहीं हुआ — ऐसे ग्राहकों के लिए एक नरम और साफ़ जवाब लिखिए। बताएँ कि रकम आम तौर पर 5-7 कार्यदिवस में अपने आप वापस आ जाती है, और ज़रूरत हो तो UTR नंबर भेजने को कहें। एक ईमेल वाला और एक चैट वाला छोटा रूप।",
            "{topic} के लिए कॉल सेंटर एजेंट की स्क्रिप्ट और SMS फ़ॉलो-अप टेम्पलेट बनाइए: शिकायत दर्ज हुई पर समाधान नहीं मिला, पेमेंट के बाद एक्सेस या डिलीवरी नहीं मिली, सब्सक्रिप्शन रिन्यूअल पर सवाल। भाषा विनम्र लेकिन सीधी, 'असुविधा के लिए खेद है' बार-बार नहीं।",
        ],
    },
}

SYSTEMS: dict[str, list[str]] = {
    "en": [
        "You are the copywriting assistant for Lumen & Co., a content agency. Write in clear, warm US English. Avoid superlatives we can't back up, never invent prices, awards or guarantees, and follow the client's requested format and length exactly.",
        "You generate mock data for the QA team. Always use clearly fictional names and example.com addresses, never real personal data. Return only the requested format (CSV, JSON or SQL) with no commentary before or after.",
        "You help instructional designers write assessment items. Each question must have exactly one defensible correct answer, plausible distractors and a short explanation. Keep the reading level right for adult beginners.",
        "You draft support macros for a customer service team. Be concise, empathetic and specific; use square-bracket placeholders for customer details; never promise refunds, credits or timelines that aren't stated in the request.",
    ],
    "zh": [
        "你是一家电商内容代运营公司的文案助手。文案要符合《广告法》，不使用“最”“第一”“国家级”等极限词；不编造价格、销量和资质；严格按照客户要求的格式和字数输出。",
        "你是测试组的数据生成工具。所有姓名、手机号、地址都必须是虚构的，手机号使用明显的测试号段；只输出用户要求的格式（CSV、JSON或SQL），不要附加解释。",
        "你是职业培训平台的出题助手。每道题只有一个正确答案，干扰项要合理，解析简洁，用语规范，避免涉及地域、性别等敏感内容。",
        "你负责为客服团队撰写标准话术。语气真诚、简洁，不推诿，不承诺未经确认的赔付或时效；变量统一用【】标注。",
    ],
    "ja": [
        "あなたは通販事業者向けのコピーライティング支援ツールです。景品表示法・薬機法に配慮し、「最安」「完治」などの表現は使いません。です・ます調を基本とし、依頼された形式と文字数を守ってください。",
        "あなたは開発チーム向けのテストデータ生成アシスタントです。氏名・住所・電話番号はすべて架空のものを使い、メールアドレスは example.com ドメインに限定します。出力は指定された形式のみで、説明文は付けません。",
        "あなたは社内研修・検定の問題作成をサポートします。正解が一つに定まる問題にし、選択肢の長さをそろえ、解説は簡潔に。受験者は社会人の初心者を想定してください。",
        "あなたはカスタマーサポートの返信文作成アシスタントです。丁寧で読みやすい文章にし、お詫びの定型句を多用しないこと。差し込み項目は［］で示し、確約できない日程や補償には触れないでください。",
    ],
    "ko": [
        "당신은 온라인 쇼핑몰 상세페이지와 광고 문구를 쓰는 카피라이팅 도우미입니다. 표시광고법에 어긋나는 과장 표현('최고', '유일', '100%')은 쓰지 말고, 요청한 형식과 글자 수를 정확히 지켜 주세요.",
        "당신은 QA팀의 테스트 데이터 생성 도구입니다. 이름, 전화번호, 주소는 모두 가상으로 만들고 실제 개인정보처럼 보이는 조합은 피합니다. 요청한 형식(CSV, JSON, SQL)만 출력하고 설명은 붙이지 않습니다.",
        "당신은 에듀테크 회사의 문항 출제 도우미입니다. 정답이 하나로 명확한 문항을 만들고, 오답 보기는 그럴듯하게, 해설은 두 문장 이내로 작성합니다.",
        "당신은 CS팀 응대 매크로 작성 도우미입니다. 공감은 짧게, 해결 방법은 구체적으로 안내하고, 확정되지 않은 보상이나 일정은 약속하지 않습니다. 고객 정보 자리는 대괄호로 표시합니다.",
    ],
    "hi": [
        "आप एक ई-कॉमर्स कंटेंट एजेंसी के कॉपीराइटिंग सहायक हैं। आसान, भरोसेमंद हिंदी में लिखें; ज़रूरत हो तो आम अंग्रेज़ी शब्द (ऑर्डर, डिलीवरी, ऑफ़र) इस्तेमाल करें। बढ़ा-चढ़ाकर दावे, मनगढ़ंत कीमतें या गारंटी न लिखें।",
        "आप QA टीम के लिए नकली टेस्ट डेटा बनाने वाले टूल हैं। सभी नाम, मोबाइल नंबर, पते और GSTIN काल्पनिक हों; ईमेल केवल example.com पर। सिर्फ़ माँगा गया फ़ॉर्मेट (CSV, JSON या SQL) लौटाएँ, कोई व्याख्या नहीं।",
        "आप एक एडटेक प्लेटफ़ॉर्म के प्रश्न-लेखन सहायक हैं। हर प्रश्न का एक ही स्पष्ट सही उत्तर हो, गलत विकल्प विश्वसनीय लगें, और व्याख्या एक-दो वाक्य में हो। भाषा सरल और मानक हिंदी रखें।",
        "आप कस्टमर सपोर्ट टीम के लिए तैयार जवाब लिखते हैं। विनम्र, छोटा और साफ़ लिखें; ग्राहक की जानकारी के लिए [ग्राहक का नाम] जैसे चौकोर कोष्ठक इस्तेमाल करें; जो रिफ़ंड या समय-सीमा तय नहीं है उसका वादा न करें।",
    ],
}

TOPICS: dict[str, list[str]] = {
    "en": [
        "Brightwell Meal Kits",
        "PawTrail GPS Dog Collar",
        "FlowDesk invoicing software",
        "Harbor Yoga Studio memberships",
        "Intro to Personal Finance (online course)",
        "Evergreen Solar home battery",
        "Kettle & Crumb coffee subscription",
        "NovaFit smart jump rope",
        "QuickFix home repair booking app",
        "Maple Lane organic baby clothing",
        "CloudNest family photo storage plan",
        "Trailhead waterproof hiking boots",
    ],
    "zh": [
        "云南普洱茶礼盒",
        "少儿编程启蒙课",
        "智能指纹门锁",
        "健身私教月卡",
        "五常有机大米",
        "家用智能投影仪",
        "雅思口语冲刺班",
        "宠物自动喂食器",
        "记账小程序",
        "莫干山民宿预订",
        "声波电动牙刷",
        "社区团购会员卡",
    ],
    "ja": [
        "冷凍ミールキット",
        "オンライン英会話レッスン",
        "ロボット掃除機",
        "家計簿アプリ",
        "ヨガスタジオの月額会員",
        "日本酒の定期便",
        "子ども向けプログラミング教室",
        "宅配クリーニング",
        "電動アシスト自転車",
        "ペット保険",
        "コワーキングスペース",
        "有田焼の食器セット",
    ],
    "ko": [
        "제주 감귤 선물세트",
        "홈트레이닝 구독 앱",
        "로봇청소기",
        "온라인 토익 강의",
        "반려견 GPS 목걸이",
        "가계부 앱",
        "밀키트 정기배송",
        "필라테스 스튜디오 회원권",
        "어린이 코딩 교실",
        "무선 이어폰",
        "세탁 대행 서비스",
        "전기자전거",
    ],
    "hi": [
        "आयुर्वेदिक हर्बल फेस वॉश",
        "ऑनलाइन स्पोकन इंग्लिश कोर्स",
        "सोलर वॉटर हीटर",
        "मिलेट नाश्ता मिक्स",
        "होम ट्यूशन बुकिंग ऐप",
        "बनारसी सिल्क साड़ी",
        "स्मार्ट बिजली मीटर",
        "योग क्लास की मासिक सदस्यता",
        "UPI बिल पेमेंट फ़ीचर",
        "हेल्थ इंश्योरेंस प्लान",
        "स्टील प्रेशर कुकर",
        "डिजिटल मार्केटिंग सर्टिफ़िकेट कोर्स",
    ],
}

SAMPLES: dict[str, list[str]] = {
    "en": [
        "Q: Can I pause my subscription? A: Yes. Go to Account > Plan and choose Pause; you can pause for up to 8 weeks and won't be charged in that time.",
        "cust_0042,Jordan Reyes,jordan.reyes@example.com,Denver,2023-09-14,pro,active",
        "Subject lines: 'Your weekend just got easier' / 'Spring into savings: 20% off ends Sunday'",
    ],
    "zh": [
        "Q：下单后多久发货？ A：现货商品一般48小时内发出，预售商品以页面标注时间为准。",
        "20240615001,U10023,五常有机大米5kg,2,89.00,2024-06-15 10:23:11,已完成",
        "朋友圈文案：早餐不将就，一碗好米从五常开始🌾 双十一前两小时下单立减20元！",
    ],
    "ja": [
        "Q. 解約はいつでもできますか？ A. はい、マイページの「ご契約内容」からお手続きいただけます。次回お届けの5日前までにお手続きください。",
        "M000128,佐藤 美咲,サトウ ミサキ,misaki.sato@example.com,神奈川県,2024-03-02,ゴールド",
        "メルマガ件名案：「ひと手間なしで、晩ごはん。」／「春の新メニュー、ひと足先にお届けします」",
    ],
    "ko": [
        "Q. 정기배송 주기를 바꿀 수 있나요? A. 네, 마이페이지 > 정기배송 관리에서 1주/2주/4주 중 선택하실 수 있습니다.",
        "M00231,김서연,seoyeon.kim@example.com,010-0000-4821,경기 성남시,2024-02-11,VIP",
        "(광고) 오늘 밤만! 밀키트 2+1 🍳 지금 앱에서 확인하세요",
    ],
    "hi": [
        "प्रश्न: क्या कैश ऑन डिलीवरी उपलब्ध है? उत्तर: हाँ, ज़्यादातर पिनकोड पर COD उपलब्ध है। चेकआउट पर अपना पिनकोड डालकर जाँच लें।",
        "C1027,रोहित वर्मा,rohit.verma@example.com,9000012345,लखनऊ,उत्तर प्रदेश,226010,2024-01-18",
        "इस दिवाली, घर लाएँ भरोसे की रोशनी ✨ | सिर्फ़ 3 दिन: 25% तक की छूट",
    ],
}
