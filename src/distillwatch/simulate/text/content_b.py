"""Honest bulk-content requests for the content_studio persona, languages ru ar tr vi id;
written from a brief, not trained on."""

from __future__ import annotations

FRAMES: dict[str, dict[str, list[str]]] = {
    "faq": {
        "ru": [
            "Напиши {n} вопросов и ответов для раздела FAQ на сайте. Тема: {topic}. Ответы короткие, 2–3 предложения, без воды, на «вы».",
            "Привет! Собираем страницу помощи, продукт — {topic}. Набросай самые частые вопросы клиентов (что спрашивают до покупки и после) и ответы к ним. Формат: вопрос жирным, ниже ответ.",
            "Подготовь статьи для базы знаний поддержки по теме: {topic}.\n\nТребования:\n- каждая статья — вопрос клиента и развёрнутый ответ\n- упомяни сроки, оплату, возврат, если уместно\n- тон дружелюбный, но без смайликов\n- в конце каждого ответа — куда обратиться, если не помогло",
        ],
        "ar": [
            "اكتب {n} أسئلة شائعة مع إجاباتها لصفحة المساعدة في موقعنا، الموضوع: {topic}. الإجابات مختصرة وواضحة ولا تتجاوز ثلاثة أسطر.",
            "مرحباً، نجهّز قسم «الأسئلة المتكررة» في التطبيق، والخدمة هي: {topic}. ركّز على الدفع والاسترجاع ومدة التوصيل، واكتب بأسلوب ودود يناسب عملاءنا في السعودية والإمارات.",
            "المطلوب: مقالات قصيرة لمركز المساعدة حول {topic}\n- كل مقال: سؤال العميل + إجابة تفصيلية بخطوات مرقمة\n- اذكر متى يجب التواصل مع الدعم\n- العدد: {n}\n- اللغة: عربية فصحى مبسطة",
        ],
        "tr": [
            "Web sitemizin SSS bölümü için {n} soru-cevap yaz. Konu: {topic}. Cevaplar kısa olsun, samimi ama laubali olmayan bir dille, en fazla 3 cümle.",
            "Merhaba, {topic} için yardım merkezi sayfası hazırlıyoruz. Müşterilerin satın almadan önce ve sonra en çok sorduğu soruları ve cevaplarını çıkarır mısın? Ödeme, iade ve teslimat mutlaka olsun.",
            "Destek ekibimiz için bilgi bankası makaleleri:\n- konu: {topic}\n- her biri bir müşteri sorusu + adım adım cevap\n- 'bize ulaşın' kısmı en sonda\n- sade Türkçe, teknik jargon yok",
        ],
        "vi": [
            "Viết {n} câu hỏi thường gặp kèm câu trả lời cho trang FAQ trên website, chủ đề: {topic}. Trả lời ngắn gọn, dễ hiểu, xưng 'bạn'.",
            "Chào bạn, bên mình đang làm trang trợ giúp cho {topic}. Bạn liệt kê giúp những câu khách hay hỏi trước và sau khi mua, kèm câu trả lời nhé. Nhớ có phần thanh toán, đổi trả, giao hàng.",
            "Yêu cầu: bài viết cho trung tâm hỗ trợ về {topic}\n- mỗi bài là 1 câu hỏi của khách + hướng dẫn từng bước\n- cuối bài ghi khi nào cần liên hệ CSKH\n- số lượng: {n}\n- giọng văn thân thiện, không dùng thuật ngữ khó",
        ],
        "id": [
            "Buatkan {n} pertanyaan yang sering diajukan beserta jawabannya untuk halaman FAQ website kami. Topik: {topic}. Jawaban singkat, maksimal 3 kalimat, pakai sapaan 'Anda'.",
            "Halo kak, kami lagi nyusun halaman bantuan untuk {topic}. Tolong daftarkan pertanyaan yang paling sering ditanya pelanggan sebelum dan sesudah beli, plus jawabannya ya. Wajib ada soal pembayaran, refund, dan pengiriman.",
            "Brief artikel pusat bantuan\nTopik: {topic}\n- tiap artikel = satu pertanyaan pelanggan + langkah-langkah penyelesaian\n- di akhir sebutkan kapan harus hubungi CS\n- bahasa santai tapi sopan",
        ],
    },
    "product_copy": {
        "ru": [
            "Сделай {n} вариантов заголовка карточки для Ozon и Wildberries. Товар: {topic}. До 60 символов, ключевые слова в начале, без капслока и восклицательных знаков.",
            "Нужно описание для страницы: {topic}. Структура: короткий вводный абзац (до 300 знаков), 5 буллетов с преимуществами, блок «Кому подойдёт». Пиши простым языком, без «инновационный» и «уникальный».",
            "Для A/B-теста нужны варианты первого экрана. Оффер: {topic}. Дай {n} пар «заголовок + подзаголовок» и подпиши, на какую боль клиента бьёт каждая пара.",
        ],
        "ar": [
            "اكتب وصف منتج لمتجرنا على منصة سلة: {topic}. فقرة افتتاحية قصيرة ثم خمس نقاط بالمميزات، وبأسلوب يناسب المتسوق الخليجي.",
            "أعطني {n} عناوين لإعلان {topic} على نون وأمازون السعودية، كل عنوان أقل من 80 حرفاً ويبدأ بالكلمة المفتاحية.",
            "عندنا اختبار A/B على صفحة {topic}. اكتب نسختين مختلفتين تماماً من النص: الأولى تركّز على السعر والتوفير، والثانية على الجودة والثقة. كل نسخة: عنوان، وسطر فرعي، وزر دعوة لاتخاذ إجراء.",
        ],
        "tr": [
            "Pazaryeri ilanı için başlık yaz, {n} farklı varyasyon. Ürün: {topic}. Anahtar kelime başta olsun, 100 karakteri geçmesin, tamamı büyük harf olmasın.",
            "{topic} için ürün açıklaması lazım: kısa bir giriş paragrafı, 5 madde halinde öne çıkan özellikler, en sonda 'Kimler için uygun?' bölümü. Abartılı ifadeler kullanma.",
            "A/B testi yapacağız. {topic} sayfasının üst kısmı için {n} başlık + alt başlık çifti öner, her birinin hangi müşteri ihtiyacına hitap ettiğini yanına not düş.",
        ],
        "vi": [
            "Viết {n} tiêu đề sản phẩm cho Shopee và Lazada: {topic}. Từ khóa đặt đầu, dưới 120 ký tự, không viết hoa toàn bộ.",
            "Cần mô tả sản phẩm cho {topic}: một đoạn mở đầu ngắn, 5 gạch đầu dòng về điểm nổi bật, phần 'Phù hợp với ai'. Tránh mấy từ sáo rỗng kiểu 'đẳng cấp', 'số 1'.",
            "Team đang chạy A/B test cho landing page {topic}. Cho mình 2 phiên bản nội dung khác hẳn nhau: một bản nhấn vào giá, một bản nhấn vào sự tin cậy. Mỗi bản gồm tiêu đề, dòng phụ và nút CTA.",
        ],
        "id": [
            "Tulis {n} judul produk untuk Tokopedia dan Shopee: {topic}. Kata kunci di depan, maksimal 70 karakter, jangan pakai huruf kapital semua.",
            "Deskripsi produk untuk {topic}: paragraf pembuka pendek, 5 poin keunggulan, lalu bagian 'Cocok untuk siapa'. Hindari kata lebay seperti 'terbaik sepanjang masa'.",
            "Kami mau A/B test halaman {topic}. Kasih {n} pasang headline + subheadline, dan tulis di sampingnya kebutuhan pelanggan mana yang disasar masing-masing.",
        ],
    },
    "quiz": {
        "ru": [
            "Составь тест из {n} вопросов с четырьмя вариантами ответа по теме «{topic}» для обучения новых менеджеров. Правильный ответ отметь после каждого вопроса, плюс одна строка пояснения.",
            "Сделай карточки для повторения (формат: вопрос — ответ), тема: {topic}. Уровень — начальный. Выведи таблицей в две колонки.",
            "Коллеги, нужна итоговая проверочная к модулю «{topic}» на нашей обучающей платформе:\n1) {n} вопросов закрытого типа\n2) 3 открытых вопроса с эталонным ответом\n3) ключ ответов отдельным списком в конце",
        ],
        "ar": [
            "صمّم اختباراً من {n} أسئلة اختيار من متعدد عن {topic} لتدريب موظفي المبيعات الجدد، مع أربعة خيارات لكل سؤال وتحديد الإجابة الصحيحة.",
            "نحتاج بطاقات مراجعة (سؤال في الوجه وإجابة في الظهر) لدورة على منصتنا التعليمية بعنوان: {topic}. المستوى مبتدئ، واجعل الأسئلة قصيرة.",
            "أعدّ ورقة تقييم نهائية لوحدة {topic}:\n١. عشرة أسئلة صح وخطأ\n٢. {n} أسئلة اختيار من متعدد\n٣. سؤالان مقاليان مع نموذج إجابة\nضع مفتاح الإجابات في النهاية.",
        ],
        "tr": [
            "{topic} hakkında yeni satış temsilcilerimiz için {n} soruluk çoktan seçmeli bir test hazırla. Her soruda 4 şık olsun, doğru cevabı ve kısa açıklamasını altına yaz.",
            "Eğitim platformumuzdaki '{topic}' modülü için bilgi kartları hazırla: ön yüzde soru, arka yüzde cevap. Seviye başlangıç, tablo olarak ver.",
            "Kurs sonu değerlendirme sınavı, konu {topic}:\n1. 10 doğru/yanlış sorusu\n2. {n} çoktan seçmeli soru\n3. 2 açık uçlu soru ve örnek cevap\nCevap anahtarı en sonda ayrı olsun.",
        ],
        "vi": [
            "Soạn {n} câu trắc nghiệm về {topic} để đào tạo nhân viên bán hàng mới, mỗi câu 4 đáp án A-D, ghi rõ đáp án đúng và giải thích một dòng.",
            "Làm bộ flashcard cho khóa học trên nền tảng của bên mình, chủ đề {topic}: mặt trước là câu hỏi, mặt sau là đáp án. Trình độ cơ bản, xuất dạng bảng 2 cột.",
            "Đề kiểm tra cuối khóa – {topic}\nPhần 1: {n} câu trắc nghiệm\nPhần 2: 5 câu đúng/sai\nPhần 3: 1 câu tự luận có đáp án mẫu\nĐáp án để riêng ở cuối đề.",
        ],
        "id": [
            "Susun {n} soal pilihan ganda tentang {topic} untuk pelatihan tim sales baru. Setiap soal 4 opsi (A–D), cantumkan kunci jawaban dan penjelasan singkat.",
            "Bikin flashcard untuk kelas online di platform kami, materi {topic}: depan pertanyaan, belakang jawaban. Level pemula, tampilkan dalam tabel dua kolom.",
            "Soal ujian akhir modul {topic}:\nA. 10 soal benar/salah\nB. {n} soal pilihan ganda\nC. 2 soal esai dengan contoh jawaban\nKunci jawaban dipisah di bagian paling bawah.",
        ],
    },
    "test_data": {
        "ru": [
            "Сгенерируй {n} строк тестовых клиентов в CSV для демо-стенда ({topic}): id, ФИО, телефон в формате +7, email, город, дата регистрации. Данные выдуманные, без реальных людей.",
            "Нужны фикстуры для юнит-тестов модуля заказов, предметная область — {topic}. Выдай JSON-массив объектов с полями order_id, customer_name, amount, currency, status, created_at. Добавь пограничные случаи: нулевая сумма, очень длинное имя, буква ё, дата 29 февраля.",
            "SQL INSERT-ы для таблицы products, штук {n}, тематика — {topic}. Колонки: sku, title, price, stock, is_active. Цены в рублях, пара позиций с нулевым остатком.",
        ],
        "ar": [
            "ولّد {n} سجلات عملاء وهمية بصيغة CSV لبيئة العرض التجريبي الخاصة بـ {topic}: الاسم الكامل بالعربية، رقم جوال سعودي يبدأ بـ 05، البريد الإلكتروني، المدينة، تاريخ التسجيل.",
            "نكتب اختبارات وحدة لنظام الطلبات في مشروع {topic}. أريد مصفوفة JSON من الكائنات بالحقول order_id و customer_name و total و currency و status، مع حالات حدّية: أسماء عربية طويلة جداً، أرقام هندية مثل ٠١٢٣، مبلغ صفر، نص يخلط العربية بالإنجليزية.",
            "جمل INSERT لجدول products (عددها {n}) في قاعدة بيانات تجريبية، والمجال: {topic}. الأعمدة: sku, name_ar, name_en, price_sar, in_stock.",
        ],
        "tr": [
            "Demo ortamı için {n} satır sahte müşteri verisi üret, CSV formatında ({topic} projesi): ad soyad, +90 ile başlayan telefon, e-posta, il, kayıt tarihi. Gerçek kişi olmasın.",
            "Konusu {topic} olan projemizin sipariş modülü için birim testi fixture'ları lazım. order_id, musteri_adi, tutar, para_birimi, durum alanları olan nesnelerden oluşan bir JSON dizisi ver. Uç durumlar da olsun: ğüşıöç içeren isimler, sıfır tutar, çok uzun adres, 29 Şubat tarihi.",
            "products tablosu için {n} adet SQL INSERT cümlesi yaz, tema {topic}. Kolonlar: sku, ad, fiyat_tl, stok, aktif_mi.",
        ],
        "vi": [
            "Tạo {n} dòng dữ liệu khách hàng giả dạng CSV cho môi trường demo ({topic}): họ tên tiếng Việt có dấu, số điện thoại bắt đầu bằng 09 hoặc 03, email, tỉnh/thành, ngày đăng ký.",
            "Đang viết unit test cho module đơn hàng của {topic}, cần fixture là một mảng JSON gồm các object có trường order_id, ten_khach, tong_tien, trang_thai, ngay_tao. Thêm vài case biên: tên rất dài, tổng tiền bằng 0, địa chỉ thiếu phường, ký tự Unicode tổ hợp.",
            "Cho mình {n} câu lệnh SQL INSERT vào bảng products, chủ đề {topic}, các cột sku, ten_sp, gia_vnd, ton_kho, dang_ban.",
        ],
        "id": [
            "Generate {n} baris data pelanggan palsu dalam format CSV untuk server demo ({topic}): nama lengkap, nomor HP diawali 08, email, kota, tanggal daftar. Jangan pakai data orang asli.",
            "Untuk unit test modul pesanan {topic}, saya butuh fixture berupa array JSON berisi objek dengan field order_id, nama_pelanggan, total, status, dibuat_pada. Tambahkan edge case: nama satu kata saja, total nol, alamat sangat panjang, tanggal 29 Februari.",
            "Buat {n} statement SQL INSERT ke tabel products untuk database staging, tema {topic}. Kolom: sku, nama, harga_rp, stok, aktif.",
        ],
    },
    "marketing": {
        "ru": [
            "Придумай {n} тем писем для email-рассылки. Повод: {topic}, скидка 15% до конца недели. До 50 символов, без слова «бесплатно», чтобы не улететь в спам.",
            "Напиши три поста для нашего Telegram-канала и ВКонтакте, тема — {topic}. Один информационный, один с кейсом клиента, один продающий с призывом. Хештеги в конце, эмодзи умеренно.",
            "слоганы, {n} шт, {topic}, коротко и цепляюще, можно с юмором",
        ],
        "ar": [
            "اكتب {n} عناوين لرسائل البريد الإلكتروني التسويقية عن {topic} بمناسبة عروض رمضان، قصيرة وجذابة وبدون مبالغة.",
            "ثلاثة منشورات لإنستغرام وسناب شات عن {topic}: واحد تعريفي، وواحد بتجربة عميل، وواحد فيه عرض لفترة محدودة. أضف هاشتاقات مناسبة.",
            "شعارات إعلانية قصيرة لـ{topic}، أبغى خيارات كثيرة، {n} تقريباً، بعضها فصحى وبعضها باللهجة الخليجية.",
        ],
        "tr": [
            "{topic} kampanyası için {n} e-posta konu satırı. 45 karakteri geçmesin, spam filtresine takılacak kelimeler olmasın.",
            "Instagram ve X için {topic} ile ilgili üç gönderi yaz: biri bilgilendirici, biri müşteri yorumu üzerinden, biri sınırlı süreli indirim duyurusu. Sonuna hashtag ekle.",
            "slogan lazım — {topic}, kısa, akılda kalıcı, biraz esprili olabilir, {n} tane",
        ],
        "vi": [
            "Viết {n} dòng tiêu đề email cho chiến dịch {topic} dịp cuối năm, dưới 50 ký tự, không dùng từ dễ bị vào spam.",
            "3 bài đăng Facebook và TikTok về {topic}: một bài giới thiệu, một bài chia sẻ trải nghiệm khách hàng, một bài khuyến mãi có thời hạn. Thêm hashtag ở cuối, emoji vừa phải.",
            "slogan cho {topic}, ngắn, dễ nhớ, có thể hơi hài hước, khoảng {n} cái",
        ],
        "id": [
            "{n} subject line email promo {topic} buat kampanye Harbolnas, maksimal 45 karakter, hindari kata-kata yang bikin masuk spam.",
            "Tulis tiga caption Instagram dan TikTok tentang {topic}: satu edukatif, satu testimoni pelanggan, satu promo terbatas. Tambahkan hashtag di akhir.",
            "tagline buat {topic}, pendek, gampang diingat, boleh agak lucu. {n} opsi",
        ],
    },
    "localization": {
        "ru": [
            "У нас есть продающая страница на русском для России, продукт — {topic}. Адаптируй её для Казахстана: цены в тенге, местные способы оплаты (Kaspi), убрать отсылки к российским праздникам. Страница кратко: выгоды, тарифы, отзывы, FAQ. Предложи, что поменять в каждом блоке.",
            "Переведи и локализуй строки интерфейса приложения ({topic}) на английский: кнопки «Оформить», «В корзину», «Повторить заказ», ошибки оплаты, пустое состояние корзины. Кнопки не длиннее 20 символов. Выдай таблицей: ключ, RU, EN, комментарий.",
            "Запускаем кампанию «{topic}» в Беларуси и Узбекистане. Исходный месседж: быстро, выгодно, с заботой о клиенте. Предложи по {n} вариантов ключевой фразы для каждой страны с учётом местных реалий и объясни, почему не стоит переводить в лоб.",
        ],
        "ar": [
            "عندنا صفحة منتج بالإنجليزية عن {topic} موجهة للسوق الأمريكي. نريد نسخة عربية للسوق المصري: غيّر العملة إلى الجنيه، وخلِّ الأمثلة محلية، وتجنب الترجمة الحرفية للتعابير. محتوى الصفحة باختصار: مقدمة، مزايا، أسعار، آراء العملاء.",
            "ترجم نصوص واجهة التطبيق الخاصة بـ {topic} من الإنجليزية إلى العربية: أزرار الدفع، رسائل الخطأ، الإشعارات. انتبه لاتجاه النص والأرقام، والأزرار لا تزيد عن ١٥ حرفاً. اعرض النتيجة كجدول: المفتاح، الإنجليزية، العربية.",
            "حملتنا عن {topic} نجحت في الرياض ونريد إطلاقها في المغرب. اقترح {n} صياغات بديلة للرسالة الرئيسية تناسب الجمهور المغربي، ووضّح ما الذي يجب تغييره في الصور والعروض.",
        ],
        "tr": [
            "{topic} için İngilizce hazırlanmış ürün sayfamızı Türkiye pazarına uyarlamamız gerekiyor. Sayfa özetle şunları içeriyor: giriş, fiyatlar (dolar), müşteri yorumları, SSS. Fiyatları TL'ye çevir, taksit seçeneğini vurgula, birebir çeviri gibi durmasın.",
            "Uygulamamızın ({topic}) arayüz metinlerini Almanca ve Azerbaycan Türkçesine uyarla: butonlar, hata mesajları, bildirimler. Butonlar 18 karakteri geçmesin. Tablo: anahtar, TR, DE, AZ.",
            "{topic} reklam kampanyamızı Almanya'daki Türk topluluğuna yönelik uyarlamak istiyoruz. Ana mesaj: hızlı, güvenilir, uygun fiyat. {n} farklı ana cümle öner ve neyin değişmesi gerektiğini açıkla.",
        ],
        "vi": [
            "Trang sản phẩm {topic} hiện đang viết bằng tiếng Anh cho thị trường Singapore. Chuyển thể sang tiếng Việt cho khách Việt Nam: đổi giá sang VND, nhắc thanh toán qua MoMo/ZaloPay, tránh dịch word-by-word. Trang gồm: giới thiệu, lợi ích, bảng giá, đánh giá khách hàng.",
            "Dịch và bản địa hóa chuỗi giao diện app {topic} từ tiếng Việt sang tiếng Thái và tiếng Indonesia: nút bấm, thông báo lỗi, push notification. Nút không quá 16 ký tự. Xuất bảng: key, VI, TH, ID.",
            "Chiến dịch {topic} chạy ở miền Nam khá ổn, giờ muốn mở ra Hà Nội. Gợi ý {n} cách diễn đạt lại thông điệp chính cho hợp giọng người miền Bắc và nói rõ nên đổi gì ở hình ảnh, ưu đãi.",
        ],
        "id": [
            "Halaman produk {topic} kami aslinya bahasa Inggris untuk pasar Australia. Tolong adaptasi ke bahasa Indonesia untuk pembeli lokal: harga dalam rupiah, sebut opsi bayar via GoPay/OVO dan COD, jangan terjemahan kaku. Isi halaman: intro, manfaat, harga, ulasan.",
            "Lokalisasi teks UI aplikasi {topic} ke bahasa Melayu Malaysia dan bahasa Inggris: tombol, pesan error, notifikasi push. Tombol maksimal 16 karakter. Output tabel: key, ID, MY, EN.",
            "Kampanye {topic} kami sukses di Jabodetabek, sekarang mau masuk Surabaya dan Makassar. Usulkan {n} variasi pesan utama yang pas dengan audiens di sana, dan jelaskan apa yang perlu diubah dari visual dan promonya.",
        ],
    },
    "seo": {
        "ru": [
            "Meta title (до 60 символов) и meta description (до 160) для {n} страниц каталога по теме «{topic}». Ключи берём из запросов типа «купить», «цена», «отзывы».",
            "Сделай структуру статьи для блога: {topic}. H1, 6–8 подзаголовков H2 с H3 внутри, под каждым — о чём писать в 1–2 предложениях. Целевой запрос подбери сам и выдели.",
            "Подбери {n} тем для статей в блог под низкочастотные запросы, ниша — {topic}. Для каждой: заголовок, основной ключ, интент (информационный или коммерческий).",
        ],
        "ar": [
            "اكتب عنوان ميتا (حتى 60 حرفاً) ووصف ميتا (حتى 155 حرفاً) لـ {n} صفحات تصنيف في موقعنا عن {topic}.",
            "خطة مقال مدونة عن {topic} تستهدف كلمة مفتاحية رئيسية تقترحها أنت: عنوان H1، ومن 6 إلى 8 عناوين H2، وتحت كل عنوان سطر يشرح المحتوى المطلوب.",
            "اقترح {n} أفكار مقالات بكلمات مفتاحية طويلة الذيل حول {topic} للسوق السعودي، مع الكلمة المفتاحية ونية البحث لكل فكرة.",
        ],
        "tr": [
            "{topic} kategori sayfaları için meta title (en fazla 60 karakter) ve meta description (en fazla 155 karakter) yaz, toplam {n} sayfa.",
            "Blog yazısı taslağı: {topic}. H1 başlığı, 6-8 adet H2, gerekirse altlarına H3 ve her başlığın altında ne anlatılacağını 1-2 cümleyle yaz. Hedef anahtar kelimeyi sen belirle.",
            "{topic} nişinde uzun kuyruklu aramalara yönelik {n} blog konusu öner; her biri için başlık, anahtar kelime ve arama niyeti.",
        ],
        "vi": [
            "Viết meta title (tối đa 60 ký tự) và meta description (tối đa 155 ký tự) cho {n} trang danh mục về {topic}.",
            "Lên dàn ý bài blog chuẩn SEO về {topic}: H1, 6–8 thẻ H2, H3 nếu cần, dưới mỗi heading ghi 1–2 câu nội dung cần viết. Từ khóa chính bạn tự đề xuất.",
            "Gợi ý {n} chủ đề bài viết nhắm từ khóa dài liên quan đến {topic}, mỗi chủ đề ghi tiêu đề, từ khóa và search intent.",
        ],
        "id": [
            "Meta title (maks. 60 karakter) dan meta description (maks. 155 karakter) untuk {n} halaman kategori seputar {topic}.",
            "Buat outline artikel blog SEO tentang {topic}: H1, 6–8 H2, H3 bila perlu, dan di bawah tiap heading tulis 1–2 kalimat isi yang harus dibahas. Tentukan sendiri keyword utamanya.",
            "Kasih {n} ide artikel long-tail keyword terkait {topic}, lengkap dengan judul, keyword, dan search intent-nya.",
        ],
    },
    "support_macros": {
        "ru": [
            "Напиши шаблоны ответов для операторов поддержки ({topic}): задержка доставки, возврат денег, не пришёл код подтверждения, клиент грубит. Вежливо, на «вы», с переменными в квадратных скобках вроде [имя клиента], [номер заказа].",
            "Нужно {n} макросов для Usedesk по теме «{topic}». Короткие, до 500 знаков, у каждого название и текст. Без канцелярита вроде «в связи с вышеизложенным».",
            "Перепиши наши типовые ответы попроще. Суть: извиняемся за сбой, объясняем, что делаем, даём срок. Продукт: {topic}. Сделай 3 варианта тона — нейтральный, тёплый и очень краткий для чата.",
        ],
        "ar": [
            "اكتب ردوداً جاهزة لفريق خدمة العملاء في {topic}: تأخر الطلب، طلب استرداد المبلغ، عدم وصول رمز التحقق، عميل غاضب. استخدم متغيرات بين أقواس مربعة مثل [اسم العميل] و[رقم الطلب].",
            "نحتاج {n} قوالب ردود قصيرة للدردشة المباشرة بخصوص {topic}، لكل قالب اسم ونص لا يتجاوز 400 حرف.",
            "أعد صياغة رد الاعتذار المعتاد عندنا لعملاء {topic}: نعتذر عن الخلل، نشرح ما نقوم به، ونعطي موعداً متوقعاً. أريد ثلاث نسخ: رسمية، وودّية، ومختصرة جداً للواتساب.",
        ],
        "tr": [
            "{topic} müşteri destek ekibi için hazır cevap şablonları: kargo gecikmesi, para iadesi, doğrulama kodu gelmedi, sinirli müşteri. Değişkenleri köşeli parantez içinde yaz, örneğin [müşteri adı], [sipariş no].",
            "Zendesk için {n} makro hazırla, konu {topic}. Her birinin bir adı ve en fazla 500 karakterlik metni olsun. Resmi ama sıcak bir dil kullan.",
            "Standart özür mesajımızı yeniden yazar mısın? {topic} kullanıcıları için: sorun için özür dile, ne yaptığımızı anlat, tahmini süre ver. Üç ton istiyorum: resmi, samimi, WhatsApp için çok kısa.",
        ],
        "vi": [
            "Soạn mẫu trả lời nhanh cho đội CSKH của {topic}: giao hàng trễ, yêu cầu hoàn tiền, không nhận được mã OTP, khách đang bực. Dùng biến trong ngoặc vuông như [tên khách], [mã đơn].",
            "Cần {n} macro cho Zalo OA về {topic}, mỗi macro có tên và nội dung không quá 400 ký tự, giọng lịch sự nhưng gần gũi.",
            "Viết lại tin nhắn xin lỗi mặc định gửi khách dùng {topic}: xin lỗi vì sự cố, nói rõ bên mình đang xử lý gì, hẹn thời gian. Ba phiên bản: trang trọng, thân thiện, siêu ngắn cho chat.",
        ],
        "id": [
            "Buat template balasan cepat untuk tim CS {topic}: paket telat, permintaan refund, kode OTP tidak masuk, pelanggan marah-marah. Pakai variabel dalam kurung siku seperti [nama pelanggan], [no pesanan].",
            "Butuh {n} macro untuk Qiscus tentang {topic}, masing-masing punya nama dan isi maksimal 400 karakter, nadanya sopan tapi akrab.",
            "Tolong tulis ulang pesan permintaan maaf standar kami untuk pengguna {topic}: minta maaf atas kendala, jelaskan apa yang sedang kami lakukan, beri perkiraan waktu. Tiga versi: formal, ramah, super singkat untuk WhatsApp.",
        ],
    },
}

SYSTEMS: dict[str, list[str]] = {
    "ru": [
        "Ты — копирайтер интернет-магазина. Пиши по-русски, живо и конкретно, без штампов и канцелярита. Обращайся к покупателю на «вы». Не выдумывай характеристики, которых нет в брифе.",
        "Ты генерируешь тестовые данные для QA-команды. Все персональные данные вымышленные. Соблюдай указанный формат, без пояснений до и после.",
        "Ты помощник методиста онлайн-школы. Составляешь вопросы для тестов и карточек: один правильный ответ, правдоподобные неверные варианты, формулировки без двусмысленности.",
        "Ты пишешь тексты для службы поддержки сервиса. Тон спокойный и доброжелательный, ответы короткие, всегда предлагай клиенту следующий шаг.",
    ],
    "ar": [
        "أنت كاتب محتوى تسويقي لمتجر إلكتروني عربي. اكتب بعربية سليمة وسهلة، وتجنب المبالغات والوعود غير الدقيقة.",
        "أنت أداة توليد بيانات تجريبية لفريق ضمان الجودة. كل البيانات الشخصية وهمية. التزم بالصيغة المطلوبة فقط بدون شرح.",
        "أنت مساعد لمصممي المحتوى التعليمي. تكتب أسئلة واضحة لها إجابة صحيحة واحدة وخيارات خاطئة معقولة.",
        "أنت تكتب ردود خدمة العملاء باسم الشركة. كن مهذباً ومختصراً، واختم كل رد بخطوة واضحة للعميل.",
    ],
    "tr": [
        "Sen bir e-ticaret sitesinin metin yazarısın. Akıcı ve doğal Türkçe yaz, klişelerden kaçın, müşteriye 'siz' diye hitap et. Brifte olmayan özellik uydurma.",
        "QA ekibi için test verisi üreten bir araçsın. Tüm kişisel veriler hayalidir. Sadece istenen formatta çıktı ver, açıklama ekleme.",
        "Bir online eğitim platformunun soru yazım asistanısın. Her sorunun tek bir doğru cevabı olsun, çeldiriciler mantıklı olsun.",
        "Müşteri hizmetleri ekibine yanıt şablonları yazıyorsun. Kibar, kısa ve çözüm odaklı ol; her yanıtta müşteriye bir sonraki adımı söyle.",
    ],
    "vi": [
        "Bạn là copywriter cho một shop online. Viết tiếng Việt tự nhiên, rõ ràng, không phóng đại, không bịa thông số không có trong brief.",
        "Bạn là công cụ tạo dữ liệu kiểm thử cho đội QA. Mọi thông tin cá nhân đều là giả. Chỉ trả về đúng định dạng được yêu cầu.",
        "Bạn hỗ trợ giáo viên soạn câu hỏi cho nền tảng học trực tuyến. Mỗi câu chỉ có một đáp án đúng, phương án nhiễu phải hợp lý.",
        "Bạn viết câu trả lời mẫu cho đội chăm sóc khách hàng. Lịch sự, ngắn gọn, luôn hướng dẫn khách bước tiếp theo.",
    ],
    "id": [
        "Kamu copywriter untuk toko online. Tulis dalam bahasa Indonesia yang luwes dan jelas, hindari klaim berlebihan, jangan mengarang spesifikasi yang tidak ada di brief.",
        "Kamu alat pembuat data uji untuk tim QA. Semua data pribadi fiktif. Keluarkan hanya format yang diminta tanpa penjelasan.",
        "Kamu asisten penyusun soal untuk platform belajar online. Setiap soal punya satu jawaban benar dan pengecoh yang masuk akal.",
        "Kamu menulis balasan untuk tim customer service. Sopan, ringkas, dan selalu arahkan pelanggan ke langkah berikutnya.",
    ],
}

TOPICS: dict[str, list[str]] = {
    "ru": [
        "робот-пылесос с влажной уборкой",
        "онлайн-курс по Excel для бухгалтеров",
        "доставка готовой еды по Москве",
        "мобильный банк для самозанятых",
        "зимние шины для кроссоверов",
        "онлайн-школа английского для детей",
        "сервис онлайн-записи в барбершоп",
        "ипотечный калькулятор на сайте банка",
        "кофемашина для дома с капучинатором",
        "подписка на фитнес-приложение",
        "туры выходного дня в Карелию",
        "CRM для небольших интернет-магазинов",
    ],
    "ar": [
        "تطبيق توصيل البقالة",
        "دورة اللغة الإنجليزية للمبتدئين",
        "عطور العود الفاخرة",
        "خدمة حجز مواعيد العيادات",
        "برنامج نقاط الولاء في المتجر الإلكتروني",
        "رحلات سياحية إلى العُلا",
        "قهوة سعودية مختصة",
        "التمويل الشخصي للموظفين",
        "عبايات يومية بتصاميم عملية",
        "منصة تعليم البرمجة للأطفال",
        "محفظة إلكترونية للدفع",
        "مكيفات سبليت موفرة للطاقة",
    ],
    "tr": [
        "kablosuz kulaklık",
        "online Excel kursu",
        "ev temizliği hizmeti",
        "yemek sipariş uygulaması",
        "çocuklar için İngilizce kursu",
        "kasko sigortası",
        "organik zeytinyağı",
        "Kapadokya balon turu",
        "akıllı saat",
        "kargo takip özelliği",
        "mobil bankacılık uygulaması",
        "spor salonu üyeliği",
    ],
    "vi": [
        "máy lọc không khí",
        "khóa học tiếng Anh giao tiếp online",
        "dịch vụ giao đồ ăn",
        "ví điện tử thanh toán QR",
        "cà phê phin đóng gói",
        "tour Đà Lạt 3 ngày 2 đêm",
        "bảo hiểm sức khỏe cá nhân",
        "app đặt lịch spa",
        "nồi chiên không dầu",
        "khóa học lập trình Python cho người mới",
        "gói cước 5G",
        "phần mềm quản lý bán hàng cho shop online",
    ],
    "id": [
        "aplikasi ojek online",
        "kursus bahasa Inggris online",
        "skincare untuk kulit berminyak",
        "layanan laundry kiloan",
        "kopi susu gula aren kemasan botol",
        "paket wisata Labuan Bajo",
        "asuransi kendaraan bermotor",
        "dompet digital",
        "batik tulis Pekalongan",
        "kelas persiapan UTBK",
        "fitur paylater di marketplace",
        "rice cooker digital",
    ],
}

SAMPLES: dict[str, list[str]] = {
    "ru": [
        "Как вернуть товар? — Оформите возврат в личном кабинете в течение 14 дней, курьер заберёт посылку бесплатно.",
        "id,name,phone,city\n1,Смирнова Ольга,+79161234567,Казань",
        "Вопрос 3. Можно ли оплатить частями? A) Нет B) Да, через «Долями» C) Только наличными — Правильный ответ: B",
    ],
    "ar": [
        "كيف ألغي طلبي؟ — من صفحة «طلباتي» اختر الطلب ثم اضغط «إلغاء» قبل خروجه للتوصيل.",
        "id,name,phone,city\n101,نورة العتيبي,0551234567,جدة",
        "السؤال ٤: ما المدة المتاحة للاسترجاع؟ أ) ٧ أيام ب) ١٤ يوماً ج) ٣٠ يوماً — الإجابة: ب",
    ],
    "tr": [
        "Siparişimi nasıl iptal ederim? — Siparişlerim sayfasından ilgili siparişi seçip 'İptal Et' butonuna basabilirsiniz.",
        "id,ad_soyad,telefon,il\n7,Ayşe Yılmaz,+905321234567,İzmir",
        "Soru 2: İade süresi kaç gündür? A) 7 B) 14 C) 30 — Doğru cevap: B",
    ],
    "vi": [
        "Làm sao để đổi trả hàng? — Bạn vào mục Đơn hàng của tôi, chọn đơn cần đổi và bấm 'Yêu cầu đổi trả' trong vòng 7 ngày.",
        "id,ho_ten,sdt,tinh\n12,Nguyễn Thị Lan,0912345678,Đà Nẵng",
        "Câu 5: Thời gian bảo hành là bao lâu? A. 6 tháng B. 12 tháng C. 24 tháng — Đáp án: B",
    ],
    "id": [
        "Bagaimana cara refund? — Buka menu Pesanan Saya, pilih pesanan, lalu klik 'Ajukan Pengembalian' maksimal 7 hari setelah barang diterima.",
        "id,nama,no_hp,kota\n21,Siti Rahmawati,081234567890,Bandung",
        "Soal 3: Berapa lama masa garansi? A. 3 bulan B. 6 bulan C. 12 bulan — Jawaban: C",
    ],
}
