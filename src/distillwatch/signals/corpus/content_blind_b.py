"""Honest bulk-content requests for the content_studio persona, languages ru ar tr vi id;
written from a brief, not trained on."""

from __future__ import annotations

FRAMES: dict[str, dict[str, list[str]]] = {
    "faq": {
        "ru": [
            "Напиши {n} вопросов и ответов для раздела FAQ на сайте. Продукт: {topic}. Ответы короткие, 2–3 предложения, без воды, обращение на «вы».",
            "Обновляем справочный центр. Тема раздела — {topic}. Собери самые частые вопросы клиентов (оплата, сроки доставки, возврат, гарантия) и дай на каждый понятный ответ.\nФормат: **Вопрос** жирным, ответ с новой строки.",
            "FAQ для лендинга\nЧто продаём: {topic}\nКоличество: {n}\nТребования:\n- вопросы формулируй так, как их реально задают покупатели\n- ответы до 300 знаков\n- никаких обещаний, которые мы не можем гарантировать\nВыдай markdown-списком.",
        ],
        "ar": [
            "اكتب {n} أسئلة شائعة مع إجاباتها لصفحة المساعدة الخاصة بـ {topic}. الإجابات مختصرة وواضحة، بلغة عربية فصحى بسيطة، وبدون وعود لا نستطيع الالتزام بها.",
            "مرحبا، نحتاج قسم أسئلة شائعة جديد لموقعنا.\nالموضوع: {topic}\nركّز على: طرق الدفع، مدة التوصيل، الاسترجاع والاستبدال، الضمان.\nالصيغة: س: ثم ج: وكل إجابة لا تتجاوز ثلاثة أسطر.",
            "عندنا عملاء كثير يسألون نفس الأسئلة عن {topic}. جهّز لي قائمة أسئلة وأجوبة باللهجة الخليجية البيضاء، ودّية وقصيرة، عشان نحطها في الهايلايت على انستغرام وفي صفحة المساعدة.",
        ],
        "tr": [
            "{topic} için sıkça sorulan sorular bölümü hazırlar mısın? {n} soru-cevap olsun, cevaplar en fazla 3 cümle. Müşteriye 'siz' diye hitap edilsin.",
            "Yardım merkezimizi yeniliyoruz.\nKonu: {topic}\nŞu başlıklar mutlaka olsun: ödeme, iade, teslimat süresi, garanti.\nFormat: soru kalın, cevap altında düz metin. Markdown kullanabilirsin.",
            "selam, müşteriler {topic} hakkında hep aynı şeyleri soruyor. gerçek müşteri ağzından sorular yaz, cevaplar samimi ama net olsun. 15 tane yeter",
        ],
        "vi": [
            "Viết {n} câu hỏi thường gặp kèm câu trả lời cho trang hỗ trợ về {topic}. Trả lời ngắn gọn, dễ hiểu, xưng hô với khách là 'bạn'.",
            "Chào bạn, bên mình đang làm lại mục FAQ trên website.\nChủ đề: {topic}\nCần bao gồm: thanh toán, giao hàng, đổi trả, bảo hành.\nĐịnh dạng: Hỏi rồi Đáp, mỗi câu trả lời không quá 3 câu.",
            "khách hỏi đi hỏi lại mấy câu giống nhau về {topic}, viết giúp mình bộ hỏi đáp để ghim trên fanpage nha, giọng thân thiện, chèn emoji nhẹ nhàng thôi",
        ],
        "id": [
            "Buatkan {n} pertanyaan yang sering diajukan beserta jawabannya untuk halaman bantuan {topic}. Jawaban singkat, maksimal 3 kalimat, pakai sapaan 'Anda'.",
            "Halo kak, kami lagi merapikan pusat bantuan.\nTopik: {topic}\nWajib ada: pembayaran, pengiriman, refund, klaim garansi.\nFormat: **T:** pertanyaan lalu **J:** jawaban.",
            "Tolong susun FAQ soal {topic} dengan gaya bahasa santai, seolah-olah admin toko yang menjawab. Ambil dari pertanyaan yang biasanya masuk lewat DM Instagram dan chat WhatsApp, sekitar 12 pertanyaan.",
        ],
    },
    "product_copy": {
        "ru": [
            "Сделай карточку товара для маркетплейса: {topic}. Нужно: заголовок до 60 символов, 5 буллетов с преимуществами и описание на 800–1000 знаков. Без слов «лучший» и «№1» — модерация такое не пропускает.",
            "нужно {n} вариантов заголовка для A/B теста на странице «{topic}», разные углы: цена, удобство, эмоция. просто списком, без пояснений",
            "Добрый день! Для каталога интернет-магазина нужно продающее описание, позиция — {topic}. Тон дружелюбный, без канцелярита. Структура: короткий лид, блок «Почему стоит выбрать», характеристики списком, призыв к действию. Сделайте, пожалуйста, две версии: короткую для мобильной выдачи и полную.",
        ],
        "ar": [
            "اكتب وصف منتج لمتجرنا على منصة سلة: {topic}. المطلوب عنوان لا يزيد عن 70 حرفًا، ثم 5 نقاط مميزات، ثم فقرة وصف من 80 إلى 120 كلمة. الأسلوب راقٍ ومقنع.",
            "أحتاج {n} عناوين مختلفة لإعلان المنتج على أمازون السعودية ونون، والمنتج هو: {topic}. نبي نجرب A/B، فخلّ كل عنوان يركز على زاوية مختلفة (السعر، الجودة، فكرة الهدية، سرعة التوصيل).",
            "صفحة منتج بنسختين:\n١) نسخة قصيرة للجوال (3 أسطر)\n٢) نسخة كاملة مع جدول مواصفات\nالمنتج: {topic}\nالجمهور: عائلات في الخليج\nتجنّب المبالغة وعبارات مثل «الأفضل في العالم».",
        ],
        "tr": [
            "Trendyol için ürün açıklaması lazım: {topic}. Başlık 80 karakteri geçmesin, 5 maddelik öne çıkan özellikler listesi ve 100-150 kelimelik açıklama. 'En iyi', 'bir numara' gibi ifadeler kullanma.",
            "{topic} için {n} farklı ürün başlığı yaz, A/B testinde deneyeceğiz. Her biri farklı bir vurguyla: fiyat, kalite, hızlı kargo, hediye fikri.",
            "Merhaba, e-ticaret sitemizdeki ürün sayfası için iki versiyon metin istiyoruz. Ürün: {topic}. Kısa versiyon mobil için (2-3 cümle), uzun versiyon ise özellikler tablosu ve kullanım önerileriyle birlikte. Ton sıcak ve güven veren olsun.",
        ],
        "vi": [
            "Viết mô tả sản phẩm để đăng Shopee: {topic}. Cần tiêu đề dưới 120 ký tự có chứa từ khóa, 5 gạch đầu dòng nêu điểm nổi bật, và đoạn mô tả khoảng 150 chữ. Không dùng các từ 'tốt nhất', 'số 1'.",
            "Cho mình {n} phiên bản tiêu đề cho {topic} để chạy A/B test trên Lazada và TikTok Shop, mỗi bản nhấn vào một điểm khác nhau: giá, chất lượng, quà tặng kèm, giao nhanh.",
            "Kính gửi team nội dung,\nChúng tôi cần bài giới thiệu sản phẩm cho website chính thức.\n- Sản phẩm: {topic}\n- Đối tượng: gia đình trẻ ở thành phố\n- Bố cục: câu mở đầu thu hút, lợi ích chính, thông số dạng bảng, lời kêu gọi mua hàng\nVui lòng viết một bản dài và một bản rút gọn.",
        ],
        "id": [
            "Tulis deskripsi produk untuk Tokopedia: {topic}. Butuh judul maksimal 70 karakter yang mengandung kata kunci, 5 poin keunggulan, dan paragraf deskripsi 100–150 kata. Hindari klaim 'terbaik' atau 'nomor 1'.",
            "Kasih {n} variasi judul listing untuk {topic}, mau di-A/B test di Shopee. Tiap judul fokus ke sudut berbeda: harga, kualitas, promo, pengiriman cepat.",
            "Untuk website resmi brand kami, tolong buatkan copy halaman produk.\n- Produk: {topic}\n- Target: pekerja muda di Jabodetabek\n- Struktur: headline, subheadline, 3 manfaat utama, spesifikasi, CTA\nSiapkan versi panjang dan versi ringkas untuk mobile.",
        ],
    },
    "quiz": {
        "ru": [
            "Составь тест из {n} вопросов с четырьмя вариантами ответа по теме «{topic}». Правильный — один, ключ дай в конце, и к каждому вопросу добавь одно предложение с объяснением. Уровень — начальный.",
            "Для обучения новых сотрудников колл-центра: вопросы на знание продукта ({topic}). Нужны карточки формата «вопрос — ответ», 15–20 штук, ответы в одну строку.",
            "Наш тренажёр для викторин импортирует вопросы так: вопрос; вариант A; вариант B; вариант C; правильная буква. Сгенерируй по этой схеме вопросы на тему: {topic}. Без повторов и без вопросов с подвохом, по одному на строку.",
        ],
        "ar": [
            "أنشئ اختبارًا من {n} سؤال اختيار من متعدد حول {topic}، لكل سؤال أربعة خيارات وإجابة صحيحة واحدة. ضع مفتاح الإجابات في نهاية الاختبار مع سطر يوضح سبب صحة كل إجابة.",
            "نعمل على منصة تدريب داخلية للموظفين الجدد في المبيعات. نحتاج بطاقات مراجعة (سؤال في وجه وإجابة في الوجه الآخر) عن {topic}، حوالي عشرين بطاقة، بلغة سهلة ومباشرة.",
            "أسئلة صح وخطأ لمسابقة في تطبيقنا، الموضوع: {topic}. العدد: {n}. اكتب كل سؤال في سطر وبعده (صح) أو (خطأ)، وتجنب الأسئلة المبهمة.",
        ],
        "tr": [
            "{topic} konusunda {n} adet çoktan seçmeli soru hazırla. Her soruda 4 şık (A-D) olsun, doğru cevapları en sonda cevap anahtarı olarak ver.",
            "Sertifika programımızın final sınavı için vaka tabanlı sorular istiyoruz. Konu: {topic}. Her soruda kısa bir müşteri senaryosu anlat, ardından 'ne yapılmalı?' diye sor. Cevap anahtarında doğru şıkkın neden doğru olduğunu bir cümleyle açıkla.",
            "Boşluk doldurma soruları hazırla, konu {topic}. {n} soru; boşluk alt çizgiyle gösterilsin, doğru cevap satır sonunda parantez içinde yazsın.",
        ],
        "vi": [
            "Soạn {n} câu hỏi trắc nghiệm về {topic}, mỗi câu có 4 đáp án A, B, C, D, chỉ một đáp án đúng. Cuối bài ghi đáp án kèm giải thích ngắn.",
            "Soạn đề kiểm tra cuối khóa cho học viên, chủ đề {topic}: 10 câu trắc nghiệm và 3 câu tự luận ngắn. Có đáp án, barem chấm điểm chi tiết cho phần tự luận.",
            "Cần bộ câu hỏi đúng/sai cho minigame trên livestream, chủ đề {topic}. {n} câu, mỗi câu một dòng, cuối dòng ghi (Đúng) hoặc (Sai). Câu hỏi vui, dễ hiểu, ai xem cũng trả lời được.",
        ],
        "id": [
            "Buat {n} soal pilihan ganda tentang {topic} dengan opsi A sampai D dan satu jawaban benar. Sertakan kunci jawaban dan pembahasan singkat di bagian akhir.",
            "Kelas online kami butuh soal esai singkat seputar {topic} untuk tugas mingguan peserta. Buat 5 soal, masing-masing dengan contoh jawaban ideal dan rubrik penilaian skala 1–4.",
            "Soal benar/salah untuk kuis interaktif di aplikasi kami, tema {topic}. Jumlah: {n}. Satu soal per baris, akhiri dengan (B) atau (S). Jangan pakai soal menjebak.",
        ],
    },
    "test_data": {
        "ru": [
            "Сгенерируй {n} строк CSV с тестовыми клиентами для демо-базы (проект: {topic}). Колонки: id, фио, телефон в формате +7, email, город, дата регистрации. Данные вымышленные, но правдоподобные, города российские.",
            "Пишу юнит-тесты для формы оформления заказа ({topic}). Нужны граничные случаи для полей адреса и телефона: пустые строки, очень длинные значения, эмодзи, латиница вперемешку с кириллицей, лишние пробелы. Выдай таблицей: входное значение | ожидаемое поведение.",
            "SQL INSERT-ы для таблицы orders, {n} записей. Поля: order_id, customer_name, amount (рубли с копейками), status (new/paid/shipped/cancelled), created_at. Контекст — {topic}, пусть суммы и названия позиций будут под него. Только код, без комментариев.",
        ],
        "ar": [
            "ولّد {n} سجلات عملاء وهميين بصيغة CSV لقاعدة بيانات تجريبية خاصة بـ {topic}. الأعمدة: الاسم الكامل، رقم الجوال بصيغة سعودية يبدأ بـ 05، البريد الإلكتروني، المدينة، تاريخ التسجيل. الأسماء عربية ومتنوعة.",
            "نختبر حقول الإدخال في نموذج الطلب الخاص بـ {topic}. أعطني قائمة حالات حدّية: نص عربي مع أرقام هندية، خلط عربي وإنجليزي، مسافات زائدة، تشكيل كامل، أسماء طويلة جدًا، حقول فارغة. لكل حالة: المدخل والنتيجة المتوقعة.",
            "بيانات طلبات تجريبية بصيغة JSON: مصفوفة من الكائنات، كل كائن فيه الحقول order_id وcustomer وtotal_sar وstatus وcreated_at. السياق: {topic}. أعطني {n} طلبات، والحالات موزعة بين مدفوع وقيد الشحن وملغي. بدون أي شرح.",
        ],
        "tr": [
            "Demo veritabanı için {n} satırlık sahte müşteri verisi üret, CSV formatında. Proje: {topic}. Sütunlar: id, ad_soyad, telefon (+90 5xx), eposta, il, kayit_tarihi. Türkçe karakterli isimler de olsun (ç, ğ, ş, ı).",
            "{topic} için sipariş formunun birim testlerini yazıyorum. Uç durumlar lazım: boş alanlar, 255 karakterden uzun adres, emoji, büyük İ / küçük ı dönüşümü, başta ve sonda boşluk. Tablo: girdi | beklenen sonuç.",
            "orders tablosu için SQL INSERT cümleleri: order_id, musteri, tutar (TL, kuruşlu), durum (hazirlaniyor/kargoda/teslim_edildi/iptal), tarih. {n} kayıt, bağlam {topic}. Sadece kod.",
        ],
        "vi": [
            "Tạo {n} dòng dữ liệu khách hàng giả ở dạng CSV cho database demo, sản phẩm là {topic}. Cột: id, ho_ten, so_dien_thoai (bắt đầu bằng 09 hoặc 03), email, tinh_thanh, ngay_dang_ky. Tên người Việt có dấu đầy đủ.",
            "Mình đang viết unit test cho form đặt hàng ({topic}). Liệt kê các trường hợp biên: chuỗi rỗng, tên có dấu và không dấu, số điện thoại có khoảng trắng, địa chỉ quá dài, ký tự đặc biệt. Trình bày dạng bảng: đầu vào | kết quả mong đợi.",
            "Sinh dữ liệu đơn hàng mẫu dạng JSON: một mảng các object với các trường order_id, customer, total_vnd, status, created_at. Bối cảnh: {topic}. Số lượng {n}, trạng thái gồm chờ xác nhận, đang giao, đã giao, đã hủy. Chỉ trả về JSON.",
        ],
        "id": [
            "Generate {n} baris data pelanggan palsu dalam format CSV untuk database demo {topic}. Kolom: id, nama_lengkap, no_hp (format 08xx), email, kota, tanggal_daftar. Pakai nama-nama khas Indonesia dari berbagai daerah.",
            "Saya lagi bikin unit test untuk form checkout {topic}. Tolong daftar edge case: field kosong, alamat super panjang, nomor HP pakai +62 vs 08, emoji, spasi di awal dan akhir. Tampilkan sebagai tabel: input | hasil yang diharapkan.",
            "SQL INSERT untuk tabel transaksi: id_transaksi, pelanggan, total_rupiah (tanpa desimal), metode_bayar (QRIS/transfer/COD), status, waktu. Konteks: {topic}. Sebanyak {n} record, kodenya saja.",
        ],
    },
    "marketing": {
        "ru": [
            "Придумай {n} тем для email-рассылки. Повод: скидка 20% на выходных, продукт — {topic}. До 50 символов, можно один эмодзи, без КАПСА.",
            "Нужны посты для телеграм-канала и ВК на неделю, 5 штук, тема — {topic}. Разные форматы: полезный совет, опрос, кейс клиента, подача через мем, анонс акции. Каждый пост до 600 знаков, в конце хэштеги.",
            "слоганы для наружки, 10 вариантов, коротко, до 6 слов. что рекламируем: {topic}. аудитория 25–40, город-миллионник",
        ],
        "ar": [
            "اكتب {n} عناوين لرسائل بريد إلكتروني ترويجية عن {topic} بمناسبة عروض رمضان. كل عنوان أقل من 45 حرفًا، ويمكن استخدام إيموجي واحد.",
            "بوستات سناب و X لحملة إطلاق {topic}. نبي 6 بوستات بأساليب مختلفة: سؤال للمتابعين، عرض لفترة محدودة، رأي عميل، معلومة سريعة. باللهجة السعودية، قصيرة وخفيفة.",
            "نحتاج شعارات إعلانية لحملة لوحات الطرق، المنتج: {topic}. عشرة خيارات، كل واحد لا يتجاوز خمس كلمات، بالفصحى وسهل الحفظ.",
        ],
        "tr": [
            "{topic} için kampanya e-postası konu satırı yaz, {n} farklı seçenek. 45 karakteri geçmesin, birkaçında emoji olabilir. Kampanya: Kasım indirimlerine özel %30 indirim.",
            "Instagram ve X için bir haftalık paylaşım planı, konu: {topic}. 7 gönderi; her biri için görsel fikri, metin ve hashtag'ler. Biraz esprili olabilir ama kurumsal çizgiyi bozmasın.",
            "Billboard için slogan önerileri: {topic}. En fazla 5 kelime, akılda kalıcı, kafiyeli olanlar da olabilir. 10 tane.",
        ],
        "vi": [
            "Viết {n} tiêu đề email khuyến mãi cho {topic} nhân dịp sale 11.11. Dưới 50 ký tự, có thể dùng 1 emoji, đừng viết hoa toàn bộ.",
            "Lên nội dung 5 bài đăng Facebook cho tuần ra mắt {topic}: một bài kể chuyện, một bài hỏi đáp tương tác, một bài review khách hàng, một bài mẹo hay, một bài chốt ưu đãi. Mỗi bài tầm 100-150 chữ kèm hashtag.",
            "slogan cho {topic}, ngắn gọn dưới 8 chữ, dễ nhớ, có vần càng tốt. cho mình 10 cái để chọn",
        ],
        "id": [
            "Bikin {n} subject line email promo {topic} untuk kampanye Harbolnas 12.12. Maksimal 45 karakter, boleh pakai emoji, jangan huruf kapital semua.",
            "Rencana konten Instagram dan TikTok seminggu untuk {topic}: 7 postingan lengkap dengan ide visual, caption, dan hashtag. Gaya bahasa anak muda, tapi tetap sopan.",
            "Tagline untuk iklan billboard {topic}. Maksimal 6 kata, gampang diingat. Kasih 10 opsi, beberapa boleh berima ala pantun.",
        ],
    },
    "localization": {
        "ru": [
            "Адаптируй тексты интернет-магазина для казахстанского рынка, раздел — {topic}. Исходник — кнопки, уведомления и экран оплаты на русском для РФ. Что поменять: валюта тенге, телефоны в формате +7 7xx, упоминания российских банков заменить на местные. Дай таблицу: было / стало / комментарий.",
            "У нас есть лендинг ({topic}) на английском для американского рынка: шутки про Super Bowl, цены в долларах, очень панибратский тон. Нужно переложить его на русский для нашей аудитории — не дословно, а чтобы звучало естественно. Предложи новый заголовок, подзаголовок и {n} коротких блоков преимуществ.",
            "Локализация push-уведомлений, продукт — {topic}. В оригинале они английские, очень короткие и с игрой слов. Нужны русские варианты, которые влезают в 40 символов (иначе обрезаются на Android). По 3 варианта на каждый тип: напоминание, брошенная корзина, новинка.",
        ],
        "ar": [
            "نصوص واجهة متجرنا الإلكتروني لقسم {topic} مكتوبة بالإنجليزية: أزرار، رسائل خطأ، إشعارات. نريد تكييفها للسوق المصري: العملة بالجنيه، أسلوب مخاطبة قريب من الناس، وصيغ التاريخ المحلية. أعطني جدولًا بثلاثة أعمدة: النص المقترح، مكان ظهوره، ملاحظة.",
            "حملتنا الحالية عن {topic} مكتوبة للسوق السعودي، ونريد نقلها إلى المغرب. الفكرة العامة: خصم نهاية الموسم مع توصيل مجاني. أعد صياغة العنوان الرئيسي و{n} نصوص قصيرة للإعلانات بحيث تناسب الجمهور المغربي، ولا مانع من كلمات دارجة خفيفة.",
            "صفحة المنتج عندنا ({topic}) بالإنجليزية وطويلة، فيها وصف ومواصفات وسياسة إرجاع. المطلوب نسخة عربية مكيّفة وليست ترجمة حرفية: وحدات القياس بالمتري، الأسعار بالدرهم الإماراتي، وانتبه لاتجاه النص من اليمين لليسار في القوائم والأرقام.",
        ],
        "tr": [
            "{topic} için online mağazamızın arayüz metinlerini Türkiye pazarına uyarlamamız lazım. Orijinal metinler İngilizce: butonlar, hata mesajları, ödeme ekranı. Para birimi TL, tarih formatı GG.AA.YYYY, hitap 'sen' yerine 'siz'. Tablo halinde ver: önerilen metin / nerede kullanılıyor / not.",
            "Almanya'daki Türk müşteriler için {topic} kampanyamızı uyarlıyoruz. Ana mesaj: ücretsiz kargo ve ilk siparişe indirim. Gurbetçi kitlenin diline uygun {n} kısa reklam metni öner; fiyatlar euro olacak, Almanca kelime karışabilir.",
            "Ürün sayfamız ({topic}) İspanyolca yazılmış, Latin Amerika pazarı için. Bunu kelime kelime çevirmeden Türk müşteriye göre yeniden yaz: ölçü birimleri, garanti ve iade koşulları buradaki tüketici mevzuatına uygun ifade edilsin, taksit seçeneğinden de bahsedilsin.",
        ],
        "vi": [
            "Chúng tôi cần bản địa hóa giao diện cửa hàng online bán {topic} cho thị trường Việt Nam. Bản gốc tiếng Anh gồm nút bấm, thông báo lỗi, màn hình thanh toán. Lưu ý: tiền tệ VNĐ, định dạng ngày dd/mm/yyyy, văn phong lịch sự nhưng gần gũi. Trình bày bảng: chuỗi đề xuất / vị trí hiển thị / ghi chú.",
            "Chiến dịch {topic} đang chạy ở Thái Lan, nội dung chính là miễn phí vận chuyển và tặng voucher cho đơn đầu tiên. Hãy viết lại cho khách Việt, không dịch sát nghĩa: đổi đơn vị tiền, dùng cách nói quen thuộc ở VN, gợi ý {n} câu quảng cáo ngắn.",
            "Trang sản phẩm {topic} hiện chỉ có bản tiếng Việt. Cần bản tiếng Anh cho khách du lịch và người nước ngoài sống ở TP.HCM: giữ tên riêng tiếng Việt nhưng giải thích ngắn, quy đổi giá tham khảo sang USD, bỏ mấy câu chơi chữ khó hiểu.",
        ],
        "id": [
            "Kami mau melokalkan teks antarmuka toko online kami untuk kategori {topic} dari bahasa Inggris ke bahasa Indonesia. Isinya tombol, pesan error, notifikasi push, dan layar pembayaran. Perhatikan: mata uang Rupiah, format tanggal DD/MM/YYYY, bahasa ramah tapi tidak alay. Sajikan tabel: teks usulan / lokasi / catatan.",
            "Kampanye {topic} kami sebelumnya dibuat untuk pasar Malaysia (gratis ongkir dan cashback untuk pengguna baru). Tolong sesuaikan untuk audiens Indonesia, bukan terjemahan kata per kata: ganti istilah khas Malaysia, pakai Rupiah, lalu buat {n} teks iklan pendek.",
            "Halaman produk {topic} perlu versi bahasa Inggris untuk pembeli dari Singapura dan Australia. Pertahankan nama lokal yang khas tapi beri penjelasan singkat, konversikan ukuran dan perkiraan harga, buang candaan yang cuma dimengerti orang sini.",
        ],
    },
    "seo": {
        "ru": [
            "Meta title (до 60 символов) и meta description (до 160) для страницы: {topic}. Сделай {n} пар, в каждой ключ в начале title.",
            "Составь план статьи для блога, тема — {topic}. Нужны H1, 6–8 подзаголовков H2 с H3 внутри, блок FAQ в конце и список LSI-фраз, которые стоит вставить. Объём будущей статьи — около 8 тыс. знаков.",
            "Подбери {n} кластеров ключевых запросов для раздела сайта ({topic}) и под каждый кластер предложи заголовок H2. Ориентируемся на Яндекс, регион — вся Россия.",
        ],
        "ar": [
            "اقترح {n} عناوين Meta Title مع وصف Meta Description لصفحة {topic}. العنوان حتى 60 حرفًا والوصف حتى 155 حرفًا، والكلمة المفتاحية في بداية العنوان.",
            "خطة مقال مدونة متوافق مع محركات البحث حول {topic}: عنوان H1، ثم عناوين H2 وH3، وفقرة أسئلة شائعة في النهاية، واقتراح 10 كلمات مفتاحية طويلة الذيل يبحث بها المستخدم العربي.",
            "نستهدف جوجل في الإمارات والسعودية. الموضوع: {topic}. اعطني عناوين فرعية H2 مبنية على نية البحث، وبجانب كل عنوان الكلمة المفتاحية المستهدفة، تقريبًا {n} عناوين.",
        ],
        "tr": [
            "{topic} sayfası için {n} adet meta title (maks. 60 karakter) ve meta description (maks. 155 karakter) önerisi. Anahtar kelime başlığın başında geçsin.",
            "Blog yazısı taslağı çıkar: {topic} hakkında, Google'da bilgi amaçlı arama yapan kullanıcıyı hedefleyen. H1, H2 ve H3 başlıkları, sonunda SSS bölümü ve kullanılması gereken uzun kuyruklu anahtar kelimeler.",
            "Kategori sayfası için anahtar kelime odaklı alt başlıklar lazım. Konu: {topic}. Her H2'nin yanına hedeflediği anahtar kelimeyi ve arama niyetini (bilgi / satın alma) yaz.",
        ],
        "vi": [
            "Đề xuất {n} cặp meta title (tối đa 60 ký tự) và meta description (tối đa 155 ký tự) cho trang {topic}. Từ khóa chính đặt ở đầu title.",
            "Lập dàn ý bài blog chuẩn SEO về {topic}: H1, các H2 và H3, phần FAQ cuối bài, cộng thêm danh sách 10 từ khóa dài người Việt hay tìm trên Google.",
            "Viết các heading H2 cho landing page {topic}, mỗi heading nhắm một từ khóa khác nhau; ghi từ khóa mục tiêu và ý định tìm kiếm (thông tin / mua hàng) bên cạnh mỗi heading.",
        ],
        "id": [
            "Meta tag untuk halaman {topic}:\n- title maksimal 60 karakter\n- description maksimal 155 karakter, ada ajakan bertindak\nBuat {n} alternatif, tandai mana yang paling kamu rekomendasikan.",
            "Saya mau menulis artikel pilar soal {topic}. Tolong bikinkan kerangkanya: judul yang bikin orang mau klik, subjudul bertingkat, ide internal link ke halaman produk, dan pertanyaan ala 'People Also Ask' yang layak dijawab.",
            "Kelompokkan kata kunci seputar {topic} berdasarkan niat pencarian, lalu usulkan judul H2 untuk tiap kelompok. Targetnya halaman kategori di toko online kami.",
        ],
    },
    "support_macros": {
        "ru": [
            "Напиши шаблоны ответов для поддержки ({topic}) на типовые обращения: задержка доставки, возврат денег, не приходит SMS-код, вопрос о гарантии. Вежливо, на «вы», с плейсхолдерами в квадратных скобках вроде [имя клиента] и [номер заказа].",
            "Нам нужно {n} макросов для Usedesk. Продукт — {topic}. Для каждого: название макроса, текст ответа до 700 знаков, теги. Тон тёплый, но без сюсюканья, извиняемся только если виноваты мы.",
            "Клиенты часто пишут в чат злые сообщения (тема: {topic}) — сорван срок, пришло не то, не могут дозвониться. Сделай по два варианта ответа на каждую ситуацию: короткий для чата и развёрнутый для почты.",
        ],
        "ar": [
            "اكتب ردودًا جاهزة لفريق خدمة العملاء الخاص بـ {topic} للحالات المتكررة: تأخر الطلب، طلب استرداد، منتج تالف، تغيير العنوان. أسلوب مهذب، وضع المتغيرات بين أقواس مربعة مثل [اسم العميل] و[رقم الطلب].",
            "نحتاج {n} قوالب ردود لنظام Zendesk، المجال: {topic}. لكل قالب: اسم مختصر، نص الرد بالعربية، ونسخة إنجليزية قصيرة لأن بعض عملائنا لا يتحدثون العربية.",
            "العملاء أحيانًا يكتبون لنا في واتساب بشكل غاضب بخصوص {topic}. جهّز ردودًا تمتص الغضب وتعطي حلًا واضحًا، بلهجة ودية غير رسمية، وكل رد في حدود 3 أسطر.",
        ],
        "tr": [
            "{topic} destek ekibi için hazır yanıt şablonları: kargo gecikmesi, iade talebi, hasarlı ürün, fatura talebi. Kibar ve çözüm odaklı olsun, değişkenler köşeli parantez içinde, örn. [müşteri adı], [sipariş no].",
            "Freshdesk'e ekleyeceğimiz {n} makro lazım. Alan: {topic}. Her makro için: kısa ad, yanıt metni, etiketler. Özür dilerken abartma, net bir sonraki adım ver.",
            "Şikayet sitelerine düşen olumsuz yorumlara herkese açık cevap şablonları yazar mısın? Konu {topic}. Her senaryo için kısa ve savunmacı olmayan bir yanıt, sonunda bize özelden ulaşmaları için bir davet.",
        ],
        "vi": [
            "Soạn mẫu trả lời sẵn cho đội chăm sóc khách hàng của {topic} với các tình huống: giao hàng chậm, yêu cầu hoàn tiền, sản phẩm lỗi, đổi địa chỉ nhận hàng. Lịch sự, có biến trong ngoặc vuông như [tên khách], [mã đơn].",
            "Cần {n} macro cho inbox fanpage và Zalo OA, mặt hàng {topic}. Mỗi macro gồm: tên ngắn, nội dung trả lời (xưng 'shop', gọi khách là 'bạn' hoặc 'anh/chị'), và khi nào nên dùng.",
            "Khách để lại đánh giá 1 sao trên sàn thương mại điện tử về {topic}. Viết các mẫu phản hồi công khai cho từng trường hợp (hàng lỗi, giao trễ, không đúng mô tả), giọng cầu thị, không đổ lỗi, mời khách nhắn riêng để xử lý.",
        ],
        "id": [
            "Tim CS kami lagi kewalahan, tolong buatkan {n} template balasan untuk {topic}: pesanan belum sampai, minta refund, barang rusak, salah kirim, ganti alamat. Sapaan 'Kak', nada hangat, pakai placeholder [nama] dan [no pesanan].",
            "Balasan untuk ulasan bintang 1 di marketplace dan Google Maps tentang {topic}. Buat beberapa versi sesuai jenis keluhan: barang tidak sesuai, pengiriman lama, respons admin lambat. Maksimal 350 karakter, jangan defensif.",
            "Skrip chat untuk agen baru yang menangani keluhan {topic}: salam pembuka, cara verifikasi data pelanggan, kapan eskalasi ke supervisor, dan kalimat penutup. Bahasa formal tapi tidak kaku.",
        ],
    },
}

SYSTEMS: dict[str, list[str]] = {
    "ru": [
        "Ты — копирайтер интернет-магазина. Пишешь живо и по делу, без канцелярита и штампов вроде «широкий ассортимент». Соблюдай ограничения по длине из запроса. Не выдумывай характеристики товара, если их нет во вводных.",
        "Ты помогаешь QA-команде готовить тестовые данные. Все имена, телефоны и адреса должны быть вымышленными. Выдавай только запрошенный формат (CSV, JSON или SQL), без пояснений до и после.",
        "Ты методист онлайн-школы. Составляешь вопросы для тестов и карточек: формулировки однозначные, правильный ответ один, неверные варианты правдоподобные. В конце всегда ключ ответов.",
        "Ты пишешь ответы службы поддержки. Обращайся к клиенту на «вы», коротко признай проблему, дай конкретный следующий шаг. Не обещай компенсаций, которых нет в регламенте.",
    ],
    "ar": [
        "أنت كاتب محتوى تسويقي لمتجر إلكتروني عربي. اكتب بلغة واضحة وجذابة، والتزم بعدد الأحرف المطلوب، ولا تضف مواصفات غير موجودة في معلومات المنتج.",
        "أنت أداة لتوليد بيانات اختبار لفريق ضمان الجودة. كل الأسماء والأرقام والعناوين وهمية. أخرج الصيغة المطلوبة فقط دون أي شرح.",
        "أنت مساعد لكتابة أسئلة الاختبارات في منصة تعليمية. الأسئلة واضحة وغير مبهمة، والخيارات الخاطئة منطقية، ويُذكر مفتاح الإجابة دائمًا في النهاية.",
        "أنت مساعد خدمة عملاء لدى شركة تجارة إلكترونية خليجية. خاطب العميل باحترام، اعتذر عند الحاجة، واقترح خطوة عملية تالية في كل رد.",
    ],
    "tr": [
        "Bir e-ticaret markasının metin yazarısın. Akıcı, samimi ve net yaz; istenen karakter sınırlarına uy. Ürün bilgisinde olmayan özellik uydurma.",
        "QA ekibi için test verisi üreten bir araçsın. Tüm isimler, telefonlar ve adresler hayalidir. Sadece istenen formatta çıktı ver, açıklama ekleme.",
        "Bir eğitim platformunda soru yazarı olarak çalışıyorsun. Sorular tek doğru cevaplı, açık ve seviyeye uygun olmalı; her setin sonunda cevap anahtarı bulunmalı.",
        "Müşteri hizmetleri asistanısın. Müşteriye 'siz' diye hitap et, sorunu kabul et, somut bir çözüm ya da sonraki adım sun. Yetkin olmayan taahhütlerde bulunma.",
    ],
    "vi": [
        "Bạn là copywriter cho một thương hiệu thương mại điện tử Việt Nam. Viết tự nhiên, súc tích, đúng giới hạn ký tự được yêu cầu, không bịa thông số sản phẩm.",
        "Bạn là công cụ sinh dữ liệu thử nghiệm cho đội QA. Mọi tên, số điện thoại, địa chỉ đều là hư cấu. Chỉ trả về đúng định dạng được yêu cầu, không giải thích.",
        "Bạn hỗ trợ giáo viên soạn câu hỏi kiểm tra cho nền tảng học trực tuyến. Câu hỏi rõ ràng, một đáp án đúng, phương án nhiễu hợp lý, luôn kèm đáp án ở cuối.",
        "Bạn là trợ lý chăm sóc khách hàng. Xưng 'em', gọi khách là 'anh/chị', thừa nhận vấn đề, đưa ra bước xử lý cụ thể và không hứa những gì ngoài chính sách.",
    ],
    "id": [
        "Kamu adalah copywriter untuk brand e-commerce lokal. Tulis dengan bahasa yang luwes dan jelas, patuhi batas karakter yang diminta, dan jangan mengarang spesifikasi produk.",
        "Kamu adalah generator data uji untuk tim QA. Semua nama, nomor HP, dan alamat harus fiktif. Keluarkan hanya format yang diminta tanpa penjelasan tambahan.",
        "Kamu membantu tim akademik menyusun soal untuk platform belajar online. Soal harus jelas, hanya satu jawaban benar, pengecoh masuk akal, dan selalu ada kunci jawaban di akhir.",
        "Kamu adalah asisten customer service. Sapa pelanggan dengan 'Kak', akui masalahnya, berikan langkah penyelesaian yang konkret, dan jangan menjanjikan kompensasi di luar kebijakan.",
    ],
}

TOPICS: dict[str, list[str]] = {
    "ru": [
        "беспроводные наушники с шумоподавлением",
        "онлайн-курс английского для взрослых",
        "робот-пылесос с влажной уборкой",
        "набор для домашней выпечки хлеба",
        "детский зимний комбинезон",
        "курс подготовки к ЕГЭ по математике",
        "подписка на доставку готового питания",
        "умная колонка с голосовым помощником",
        "ортопедический матрас",
        "онлайн-курс по Excel для бухгалтеров",
        "электросамокат для города",
        "подарочный сертификат в СПА-салон",
    ],
    "ar": [
        "عطور العود الفاخرة",
        "ساعة ذكية رياضية",
        "دورة تعلم اللغة الإنجليزية عبر الإنترنت",
        "قهوة سعودية مختصة",
        "عبايات يومية عملية",
        "جهاز تنقية الهواء المنزلي",
        "دورة أساسيات المحاسبة للمبتدئين",
        "اشتراك وجبات صحية أسبوعية",
        "تمور فاخرة في علب هدايا",
        "سماعات لاسلكية بعزل الضوضاء",
        "عربة أطفال قابلة للطي",
        "باقة عناية بالبشرة للرجال",
    ],
    "tr": [
        "kablosuz kulaklık",
        "online İngilizce kursu",
        "organik zeytinyağı",
        "kadın koşu ayakkabısı",
        "akıllı termostat",
        "çocuklar için kodlama kursu",
        "Türk kahvesi makinesi",
        "YKS matematik hazırlık seti",
        "ortopedik yastık",
        "el yapımı seramik kupa",
        "katlanabilir bebek arabası",
        "ön muhasebe programı",
    ],
    "vi": [
        "nồi chiên không dầu",
        "khóa học tiếng Anh giao tiếp online",
        "kem chống nắng cho da dầu",
        "cà phê rang xay Buôn Ma Thuột",
        "xe máy điện",
        "khóa học Excel cho dân văn phòng",
        "máy lọc nước gia đình",
        "áo dài cách tân",
        "tai nghe bluetooth chống ồn",
        "nệm cao su thiên nhiên",
        "trà ô long Bảo Lộc",
        "balo laptop chống nước",
    ],
    "id": [
        "sepatu lari lokal",
        "kursus bahasa Inggris online",
        "skincare untuk kulit berjerawat",
        "kopi susu gula aren kemasan botol",
        "kelas desain grafis untuk pemula",
        "batik tulis Pekalongan",
        "rice cooker digital",
        "paket bimbel persiapan UTBK",
        "tas ransel laptop",
        "sambal kemasan",
        "kasur busa lipat",
        "jam tangan pintar",
    ],
}

SAMPLES: dict[str, list[str]] = {
    "ru": [
        "Заголовок: Наушники с активным шумоподавлением — до 30 часов без подзарядки",
        "Вопрос: Можно ли вернуть заказ, если упаковка вскрыта?\nОтвет: Да, в течение 14 дней, если товар не был в употреблении и сохранён чек.",
        "1,Ирина Савельева,+7 912 555-18-40,i.saveleva@example.ru,Екатеринбург,2024-03-11",
    ],
    "ar": [
        "س: هل يمكنني تغيير عنوان التوصيل بعد تأكيد الطلب؟\nج: نعم، خلال ساعة من الطلب عبر صفحة «طلباتي».",
        "عطر يرافقك من الصباح حتى المساء — اطلبه الآن مع توصيل مجاني.",
        "1,سارة العتيبي,0551234567,sara.o@example.com,جدة,2024-05-02",
    ],
    "tr": [
        "Başlık: Aktif Gürültü Engellemeli Kablosuz Kulaklık – 30 Saat Pil Ömrü",
        "S: Siparişimi iptal edebilir miyim?\nC: Kargoya verilmeden önce 'Siparişlerim' sayfasından ücretsiz iptal edebilirsiniz.",
        "3,Ayşe Yılmaz,+90 532 555 12 34,ayse.yilmaz@example.com,İzmir,2024-02-18",
    ],
    "vi": [
        "Nồi chiên không dầu 6L – Chiên giòn không cần dầu, giảm tới 80% chất béo",
        "Hỏi: Bao lâu thì nhận được hàng?\nĐáp: Nội thành 1–2 ngày, các tỉnh khác 3–5 ngày làm việc.",
        "7,Nguyễn Thị Lan,0912345678,lan.nguyen@example.vn,Đà Nẵng,2024-04-09",
    ],
    "id": [
        "Sepatu Lari Lokal Ringan – Sol Empuk, Nyaman Dipakai Jogging Harian",
        "1. Apa fungsi utama QRIS dalam transaksi? A. Transfer antarbank B. Pembayaran lewat pindai kode C. Tarik tunai D. Cek saldo — Jawaban: B",
        "INSERT INTO transaksi VALUES (12, 'Dewi Lestari', 185000, 'QRIS', 'lunas', '2024-06-01 14:22:00');",
    ],
}
