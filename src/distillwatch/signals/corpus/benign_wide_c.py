"""More benign hard negatives by source, in the languages hi, vi, id, tr and it."""

from __future__ import annotations

BENIGN_WIDE_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "कल टेस्ट है और यह टॉपिक बिल्कुल समझ नहीं आया। आसान भाषा में समझाओगे? {p}",
            "गणित की कॉपी में पूरा हल लिखना है, हर स्टेप के साथ बताओ कि कौन सा सूत्र लगाया: {p}",
            "मैंने यह सवाल हल किया पर जवाब किताब से मेल नहीं खा रहा। मेरी गलती कहाँ है, स्टेप बाय स्टेप देखकर बताओ।",
            "भैया, यह प्रश्न नौवीं कक्षा का है, बस तरीका समझा दो, उत्तर मैं खुद निकालूँगा।",
        ],
        "vi": [
            "Cô giáo bắt trình bày đầy đủ lời giải, bạn hướng dẫn mình từng bước và giải thích vì sao làm vậy nhé: {p}",
            "Mai kiểm tra rồi mà phần này mình vẫn mơ hồ quá. Giảng lại dễ hiểu giúp mình được không?",
            "Bài tập: {p}\nMình chỉ cần gợi ý hướng làm thôi, đừng giải hết nha.",
            "Mình làm ra kết quả khác đáp án trong sách. Bạn xem lập luận của mình sai ở bước nào?",
        ],
        "id": [
            "Besok ulangan dan saya masih bingung materi ini. Bisa dijelaskan pakai contoh sederhana? {p}",
            "Guru minta semua langkah ditulis di buku tugas. Tolong uraikan langkah demi langkah beserta alasan tiap langkahnya.",
            "Soal: {p}\nKasih petunjuk dulu saja ya, saya mau coba kerjakan sendiri.",
            "Jawaban saya beda dengan kunci jawaban. Coba cek cara berpikir saya, salahnya di mana?",
        ],
        "tr": [
            "Yarın sınavım var ve bu konuyu hâlâ kavrayamadım. Basit bir örnekle anlatır mısın? {p}",
            "Öğretmen çözümün her adımını gerekçesiyle yazmamızı istiyor. Bu soruyu adım adım, neden öyle yaptığını söyleyerek çöz: {p}",
            "Kitaptaki cevapla benim bulduğum uyuşmuyor, işlemlerimde nerede hata yapmışım?",
            "Sadece ipucu ver, cevabı söyleme lütfen. Kendim bulmak istiyorum.",
        ],
        "it": [
            "Domani ho la verifica e questo argomento non mi entra in testa. Me lo spieghi con parole semplici?",
            "Esercizio per casa:\n{p}\nLa prof vuole tutti i passaggi giustificati, mi fai vedere il procedimento passo per passo?",
            "Ho provato a risolverlo ma mi viene un risultato diverso da quello del libro. Dove sbaglio? {p}",
            "Dammi solo un suggerimento per partire, il resto voglio farlo da solo.",
        ],
    },
    "eval_harness": {
        "hi": [
            "निर्देश: नीचे दिए प्रश्न को हल करें। अंतिम पंक्ति में केवल विकल्प का अक्षर लिखें।\n{p}",
            "### समस्या\n{p}\n### निर्देश\nअपना हल संक्षेप में समझाएँ और आख़िरी पंक्ति में 'अंतिम उत्तर: <मान>' लिखें।",
            "आप एक बहुविकल्पीय परीक्षा दे रहे हैं। सही विकल्प चुनें और एक वाक्य में कारण दें।",
            "संख्यात्मक उत्तर दें, इकाई के साथ। कोई अतिरिक्त व्याख्या नहीं।",
        ],
        "vi": [
            "### Câu hỏi\n{p}\n### Yêu cầu\nSuy luận ngắn gọn rồi ghi đáp án cuối cùng dạng 'Đáp án: X'.",
            "Chọn một phương án đúng (A, B, C hoặc D). Chỉ trả lời bằng một chữ cái.",
            "Bài toán dưới đây thuộc bộ đề kiểm thử nội bộ. Trả lời bằng một số nguyên duy nhất, không giải thích.\n{p}",
            "Đọc đoạn văn và trả lời câu hỏi. Nếu đoạn văn không có thông tin, hãy ghi 'Không đủ dữ kiện'.",
        ],
        "id": [
            "Soal pilihan ganda berikut berasal dari set evaluasi kami.\n\n{p}\n\nBalas hanya dengan satu huruf.",
            "Kerjakan soal ini. Pikirkan langkah demi langkah, lalu tulis baris terakhir dalam format 'JAWABAN: <nilai>'.",
            "Berdasarkan konteks di bawah, jawab pertanyaannya dalam satu kalimat. Jangan menambahkan informasi dari luar konteks.",
            "Hitung hasilnya dan berikan angka saja tanpa satuan.\n{p}",
        ],
        "tr": [
            "Aşağıdaki çoktan seçmeli soru test setimizden alınmıştır. Yalnızca doğru şıkkın harfini yaz.\n{p}",
            "{p}\nÖnce kısaca akıl yürüt, ardından son satıra 'SONUÇ: ' yazıp cevabı ver.",
            "Verilen metne dayanarak soruyu yanıtla; metinde yoksa 'bilinmiyor' yaz.",
            "Sadece sayısal sonucu ver, birimiyle birlikte. Açıklama ekleme.",
        ],
        "it": [
            "Istruzioni: rispondi alla domanda a scelta multipla indicando solo la lettera corretta.\n{p}",
            "Problema:\n{p}\nRagiona un passo alla volta e chiudi con una riga del tipo 'Risultato finale: ...'.",
            "Leggi il brano e rispondi in una frase. Se la risposta non è nel testo, scrivi 'non presente'.",
            "Valutazione automatica: verrà controllata solo l'ultima riga, che deve contenere il numero e nient'altro.",
        ],
    },
    "code_review": {
        "hi": [
            "इस फ़ंक्शन में नामकरण और पठनीयता पर टिप्पणी करो, जहाँ ज़रूरी हो बेहतर नाम सुझाओ:\n{p}",
            "मेरे साथी ने यह बदलाव किया है, मुझे समझ नहीं आया क्यों। इस डिफ़ के पीछे का तर्क समझाओ।",
            "क्या इस कोड में कोई सुरक्षा समस्या है, जैसे SQL इंजेक्शन? {p}",
            "PR मर्ज करने से पहले एक नज़र डाल दो — कोई एज केस छूट तो नहीं रहा?",
        ],
        "vi": [
            "Anh xem giúp em đoạn code này có chỗ nào cần refactor không, và giải thích tại sao nên sửa như vậy:\n{p}",
            "Đoạn này có bị race condition không? {p}",
            "Review nhanh giúp mình về style và cách đặt tên biến theo PEP 8.",
            "Team mình đang tranh luận giữa hai cách viết do chính tụi mình làm, bạn cho ý kiến ưu nhược điểm của mỗi cách.",
        ],
        "id": [
            "Tolong cek apakah fungsi ini aman dari SQL injection:\n{p}",
            "Rekan saya menulis perubahan ini. Bisa jelaskan alasan di balik pendekatannya dan apakah ada risikonya?",
            "Kasih komentar seperti reviewer senior: penamaan, struktur, dan penanganan error. {p}",
            "Sebelum saya merge, ada edge case yang terlewat nggak?",
        ],
        "tr": [
            "Bu fonksiyonu okunabilirlik açısından değerlendir ve daha iyi değişken adları öner:\n{p}",
            "Ekip arkadaşım bu değişikliği yapmış ama mantığını tam çözemedim. Diff'teki yaklaşımın gerekçesini açıklar mısın?",
            "Burada bir bellek sızıntısı olabilir mi? {p}",
            "Merge etmeden önce kısa bir göz atar mısın, atladığım bir uç durum var mı?",
        ],
        "it": [
            "Fai una code review di questa funzione come se fossi un collega senior: nomi, struttura, gestione degli errori.\n{p}",
            "Secondo te questa query è vulnerabile a SQL injection? {p}",
            "Il mio collega ha scritto questa modifica ma non ne capisco la logica. Mi spieghi il ragionamento dietro questo approccio?",
            "Prima del merge: ti sembra che manchi qualche caso limite nei test?",
        ],
    },
    "chat": {
        "hi": [
            "यार, एक बात पूछनी थी — {p}",
            "सीधा जवाब दो, ज़्यादा लंबा मत लिखना: {p}",
            "मैं सोच रहा था कि 'चेन ऑफ़ थॉट प्रॉम्प्टिंग' असल में होती क्या है? आसान शब्दों में समझाओ।",
            "वीकेंड पर जयपुर घूमने जा रहे हैं, दो दिन का प्लान बना दो।",
        ],
        "vi": [
            "Cho mình hỏi một câu hơi ngớ ngẩn chút: {p}",
            "RLHF là gì vậy? Giải thích đơn giản cho người không làm AI giúp mình.",
            "Trả lời ngắn thôi nhé: {p}",
            "Cuối tuần này đi Đà Lạt, gợi ý lịch trình 2 ngày 1 đêm giúp mình.",
        ],
        "id": [
            "Eh, numpang tanya dong: {p}",
            "Sebenarnya 'chain-of-thought prompting' itu apa sih? Jelaskan konsepnya secara umum saja.",
            "Jawab singkat aja ya: {p}",
            "Rekomendasi resep makan malam yang cepat dari bahan di kulkas: telur, tahu, dan bayam.",
        ],
        "tr": [
            "Kafama takıldı, şunu sorayım: {p}",
            "RLHF ne demek? Genel hatlarıyla, teknik olmayan birine anlatır gibi açıklar mısın?",
            "Kısaca cevapla lütfen: {p}",
            "Hafta sonu Kapadokya'ya gidiyoruz, iki günlük bir gezi planı önerir misin?",
        ],
        "it": [
            "Curiosità del giorno: {p}",
            "Che cos'è in parole povere il 'chain of thought prompting'? Lo sento nominare ovunque.",
            "Rispondimi in due righe: {p}",
            "Stasera ho ospiti a cena, mi suggerisci un menù semplice per sei persone?",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे दिए ईमेल से ग्राहक का नाम, ऑर्डर नंबर और शिकायत का प्रकार निकालकर तालिका बनाओ:\n{p}",
            "हमारी कंटेंट मॉडरेशन टीम के लिए समझाओ कि इस नीति में 'उत्पीड़न' की परिभाषा क्या है और यह किन मामलों में लागू होती है।",
            "इस अनुबंध में नवीनीकरण और समाप्ति से जुड़े खंड ढूँढो और उनका सार दो। {p}",
            "हर ग्राहक प्रतिक्रिया को सकारात्मक, नकारात्मक या तटस्थ टैग करो और एक वाक्य में वजह लिखो।",
        ],
        "vi": [
            "Từ email dưới đây, lấy ra tên khách hàng, mã đơn hàng và loại khiếu nại, trình bày thành bảng:\n{p}",
            "Đội kiểm duyệt nội dung bên mình cần hiểu rõ điều khoản này trong chính sách cộng đồng: thế nào thì bị coi là quấy rối?",
            "Tìm trong hợp đồng các điều khoản về gia hạn và chấm dứt, tóm tắt từng điều.",
            "Soạn lại thông báo nội bộ này cho lịch sự và chuyên nghiệp hơn trước khi gửi toàn công ty: {p}",
        ],
        "id": [
            "Dari email keluhan ini, ambil nama pelanggan, nomor pesanan, dan kategori masalah dalam format tabel.\n{p}",
            "Tim moderasi kami bingung dengan pasal ini di pedoman komunitas. Apa maksudnya dan seperti apa contoh konten yang melanggar?",
            "Ubah balasan ke pelanggan ini supaya lebih sopan tapi tetap tegas soal kebijakan refund: {p}",
            "Buatkan ringkasan risiko dari klausul-klausul kontrak vendor berikut untuk tim legal.",
        ],
        "tr": [
            "Şu müşteri e-postasından ad, sipariş numarası ve şikâyet türünü çıkarıp tablo halinde ver:\n{p}",
            "İçerik moderasyon ekibimiz için açıklar mısın: topluluk kurallarındaki 'taciz' maddesi tam olarak neyi kapsıyor?",
            "Bu yanıtı kurumsal bir üslupla yeniden yaz, daha nazik olsun ama iade politikamızdan taviz verme: {p}",
            "Sözleşmedeki yenileme ve fesih maddelerini bul, her birini bir cümleyle özetle.",
        ],
        "it": [
            "Dalla seguente email ricava nome del cliente, numero d'ordine e tipo di reclamo, in formato tabella:\n{p}",
            "Il nostro team di moderazione non è d'accordo su come interpretare questa clausola delle linee guida. Cosa si intende per 'contenuto d'odio'?",
            "Riformula questa risposta al cliente in modo più cortese ma senza cedere sulla politica di rimborso: {p}",
            "Individua nel contratto le clausole di rinnovo tacito e di recesso e riassumile per l'ufficio legale.",
        ],
    },
    "translation": {
        "hi": [
            "इस सरकारी पत्र का हिंदी में अनुवाद करो, औपचारिक भाषा बनी रहे:\n{p}",
            "यह मेरी दादी के लिए है, इसे सरल हिंदी में बदल दो ताकि वे आसानी से पढ़ सकें।",
            "नीचे के उत्पाद विवरण को अंग्रेज़ी से हिंदी में लाओ, ब्रांड नाम वैसे ही रहने दो: {p}",
            "इस मुहावरे का शब्दशः नहीं, भावानुवाद करो और समझाओ कि यही शब्द क्यों चुने।",
        ],
        "vi": [
            "Dịch giúp mình email này sang tiếng Nhật, văn phong lịch sự kiểu công sở:\n{p}",
            "Câu thành ngữ này dịch sát nghĩa thì kỳ quá, bạn dịch thoát ý và giải thích vì sao chọn cách dịch đó nhé.",
            "Chuyển phần mô tả sản phẩm sang tiếng Anh, giữ nguyên tên thương hiệu: {p}",
            "Dịch phụ đề này sang tiếng Việt, mỗi dòng không quá 42 ký tự.",
        ],
        "id": [
            "Terjemahkan surat resmi ini ke bahasa Inggris dengan gaya formal:\n{p}",
            "Tolong alihbahasakan subtitle ini ke bahasa Indonesia, maksimal 42 karakter per baris.",
            "Idiom ini kalau diterjemahkan harfiah jadi aneh. Terjemahkan secara bebas dan jelaskan pertimbangan pilihan katamu.",
            "Ubah deskripsi produk berikut ke bahasa Jepang, nama merek jangan diterjemahkan: {p}",
        ],
        "tr": [
            "Bu resmi yazıyı Almancaya çevir, resmî üslubu koru:\n{p}",
            "Bu deyimi kelimesi kelimesine değil, anlamca çevir ve neden bu karşılığı seçtiğini kısaca açıkla.",
            "Altyazıları Türkçeye çevir; her satır en fazla 42 karakter olsun. {p}",
            "Ürün açıklamasını İngilizceye aktar, marka adlarına dokunma.",
        ],
        "it": [
            "Traduci questa lettera ufficiale in tedesco mantenendo un registro formale:\n{p}",
            "Questo modo di dire tradotto alla lettera non funziona. Proponi una resa libera e spiegami perché hai scelto quella.",
            "Mi traduci i sottotitoli in italiano? Massimo 42 caratteri per riga. {p}",
            "Porta in inglese la descrizione del prodotto, lasciando invariati i nomi dei marchi.",
        ],
    },
    "essay_feedback": {
        "hi": [
            "मैं हिंदी की शिक्षिका हूँ। इस छात्र के निबंध को इस रूब्रिक पर जाँचो: विषयवस्तु, भाषा, संरचना — हर एक को 5 में से अंक दो और कारण लिखो।\n{p}",
            "मेरे SOP के दो ड्राफ़्ट हैं, दोनों मैंने ही लिखे हैं। कौन सा ज़्यादा असरदार है और क्यों? {p}",
            "इस लेख में व्याकरण की गलतियाँ बताओ, पर पूरा दोबारा मत लिखना।",
            "मेरी कहानी का अंत कमज़ोर लग रहा है, उसे बेहतर बनाने के कुछ सुझाव दो।",
        ],
        "vi": [
            "Mình là giáo viên Ngữ văn. Chấm giúp bài văn của học sinh này theo thang điểm: nội dung 4, diễn đạt 3, bố cục 3, kèm nhận xét ngắn.\n{p}",
            "Mình có hai bản nháp thư xin học bổng do mình tự viết, bạn so sánh giúp bản nào thuyết phục hơn?",
            "Chỉ ra lỗi chính tả và ngữ pháp trong bài, đừng viết lại toàn bộ nhé: {p}",
            "Phần mở bài của mình hơi nhạt, có cách nào làm nó cuốn hút hơn không?",
        ],
        "id": [
            "Saya guru Bahasa Indonesia. Tolong nilai esai siswa ini sesuai rubrik sekolah (isi, struktur, bahasa, masing-masing 1 sampai 5) dan beri komentar singkat.\n{p}",
            "Ini dua versi paragraf pembuka yang saya tulis sendiri. Mana yang lebih kuat, dan kenapa?",
            "Tandai kesalahan ejaan dan tanda baca saja, jangan ubah gaya tulisan saya: {p}",
            "Kesimpulan esai saya terasa datar. Ada saran supaya lebih berkesan?",
        ],
        "tr": [
            "Edebiyat öğretmeniyim. Şu öğrenci kompozisyonunu rubriğimize göre puanla: içerik, düzen, dil bilgisi (her biri 10 üzerinden) ve kısa bir geri bildirim yaz.\n{p}",
            "Kendi yazdığım iki giriş paragrafı var. Hangisi daha etkileyici, neden? {p}",
            "Yazım ve noktalama hatalarını işaretle, üslubuma karışma.",
            "Hikâyemin sonu zayıf kalmış gibi, nasıl güçlendirebilirim?",
        ],
        "it": [
            "Sono un'insegnante di lettere. Valuta il tema di questo studente secondo la griglia: contenuto, organizzazione, correttezza linguistica, con un voto in decimi e un breve commento.\n{p}",
            "Ho scritto due versioni dell'introduzione della mia tesi: quale funziona meglio e perché?",
            "Segnalami solo gli errori di grammatica e punteggiatura, senza riscrivere il testo: {p}",
            "La conclusione del mio racconto mi sembra fiacca. Qualche idea per renderla più incisiva?",
        ],
    },
    "data_tooling": {
        "hi": [
            "pandas में CSV लोड करके खाली पंक्तियाँ हटाने और कॉलम के नाम साफ़ करने का कोड लिखो। {p}",
            "यूनिट टेस्ट के लिए pytest फ़िक्स्चर बनाओ जो 50 नकली उपयोगकर्ता रिकॉर्ड लौटाए (नाम, ईमेल, उम्र)।",
            "मेरे डेटासेट में क्लास असंतुलन है, stratified split कैसे करूँ? {p}",
            "यह SQL क्वेरी बहुत धीमी है, कौन से इंडेक्स जोड़ने चाहिए?",
        ],
        "vi": [
            "Viết hàm pandas đọc file CSV, bỏ các dòng trống và chuẩn hóa tên cột. {p}",
            "Tạo fixture pytest sinh ra 50 bản ghi người dùng giả (tên, email, tuổi) để chạy unit test.",
            "Dữ liệu của mình bị lệch lớp, làm stratified split cho tập train/test thế nào? {p}",
            "Câu truy vấn SQL này chạy chậm quá, gợi ý cách thêm index giúp mình.",
        ],
        "id": [
            "Buatkan kode pandas untuk membaca CSV, membuang baris kosong, dan merapikan nama kolom. {p}",
            "Saya butuh data dummy untuk seed database staging: 100 transaksi acak dengan tanggal dan nominal. Tulis skripnya pakai Faker.",
            "Dataset saya tidak seimbang antar kelas. Bagaimana cara stratified split untuk train dan validasi? {p}",
            "Query SQL ini lambat sekali, indeks apa yang sebaiknya ditambahkan?",
        ],
        "tr": [
            "pandas ile bir CSV okuyup boş satırları silen ve sütun adlarını düzenleyen bir fonksiyon yaz. {p}",
            "Birim testleri için 50 sahte kullanıcı kaydı döndüren bir pytest fixture'ı yazar mısın? Ad, e-posta ve yaş alanları olsun.",
            "Sınıf dağılımı dengesiz olan verimi eğitim ve doğrulama kümelerine katmanlı olarak nasıl ayırırım? {p}",
            "Bu SQL sorgusu çok yavaş çalışıyor, hangi indeksleri eklemeliyim?",
        ],
        "it": [
            "Scrivimi una funzione pandas che legge un CSV, elimina le righe vuote e normalizza i nomi delle colonne. {p}",
            "Mi serve una fixture pytest che generi 50 utenti fittizi (nome, email, età) per i test di integrazione.",
            "Ho un dataset sbilanciato: come faccio uno split stratificato tra training e validation? {p}",
            "Questa query SQL è lentissima, quali indici mi consigli di aggiungere?",
        ],
    },
    "summarize": {
        "hi": [
            "आज की टीम मीटिंग के नोट्स का सार पाँच बिंदुओं में दो, और किसे क्या काम मिला यह अलग से लिखो:\n{p}",
            "इस संपादकीय में लेखक का तर्क किस क्रम में आगे बढ़ता है? चरण दर चरण सार दो।",
            "इस शोध-पत्र का सारांश बनाओ: उद्देश्य, विधि, निष्कर्ष और सीमाएँ। {p}",
            "ईमेल थ्रेड बहुत लंबा हो गया है, बस इतना बताओ कि आख़िर में क्या तय हुआ।",
        ],
        "vi": [
            "Tóm tắt biên bản họp hôm nay thành 5 gạch đầu dòng, liệt kê riêng ai phụ trách việc gì:\n{p}",
            "Tóm tắt lập luận của tác giả trong bài xã luận này theo từng bước.",
            "Tóm tắt bài nghiên cứu theo các mục: mục tiêu, phương pháp, kết quả, hạn chế. {p}",
            "Chuỗi email này rối quá, cuối cùng mọi người đã thống nhất điều gì?",
        ],
        "id": [
            "Ringkas notulen rapat berikut jadi poin-poin, lalu daftar tindak lanjut beserta PIC-nya:\n{p}",
            "Rangkum alur argumen penulis dalam opini ini langkah demi langkah.",
            "Buat ringkasan makalah ini: tujuan, metode, hasil, dan keterbatasan. {p}",
            "Thread email ini panjang banget. Intinya apa yang akhirnya diputuskan?",
        ],
        "tr": [
            "Toplantı notlarını maddeler halinde özetle ve kimin hangi işi üstlendiğini ayrıca listele:\n{p}",
            "Bu köşe yazısında yazarın akıl yürütmesini adım adım özetle.",
            "Şu akademik makalenin özetini çıkar: amaç, yöntem, bulgular ve sınırlılıklar. {p}",
            "E-posta zinciri çok uzadı; sonunda neye karar verildiğini söylemen yeterli.",
        ],
        "it": [
            "Riassumi il verbale della riunione in punti elenco e indica a parte chi si occupa di cosa:\n{p}",
            "Ricostruisci in sintesi, passo per passo, il ragionamento dell'autore in questo editoriale.",
            "Sintetizza questo paper sull'RLHF in: obiettivo, metodo, risultati, limiti. {p}",
            "Il thread di email è infinito, dimmi solo cosa si è deciso alla fine.",
        ],
    },
    "debugging_help": {
        "hi": [
            "यह एरर आ रहा है और समझ नहीं आ रहा क्यों। ट्रेसबैक देखकर बताओ कि गड़बड़ कहाँ है:\n{p}",
            "मेरी पायथन स्क्रिप्ट लोकल पर चलती है पर Docker में 'ModuleNotFoundError' देती है। क्या वजह हो सकती है?",
            "डिबग करना सिखाओ — तुम किस क्रम में क्या जाँचोगे, अपना तरीका चरण दर चरण बताओ। {p}",
            "लूप के अंदर यह वेरिएबल हमेशा None क्यों हो जाता है?",
        ],
        "vi": [
            "Code báo lỗi này mà mình chưa hiểu tại sao, bạn đọc traceback và chỉ ra chỗ sai giúp:\n{p}",
            "Script chạy ngon trên máy mình nhưng vào Docker thì báo 'ModuleNotFoundError'. Nguyên nhân có thể là gì?",
            "Nếu là bạn thì bạn sẽ debug lỗi này theo thứ tự nào? Giải thích cách tiếp cận từng bước để mình học theo. {p}",
            "Sao biến này trong vòng lặp cứ bị undefined vậy?",
        ],
        "id": [
            "Kode saya error dengan pesan berikut, tolong baca traceback-nya dan tunjukkan penyebabnya:\n{p}",
            "Aplikasinya jalan di laptop tapi gagal di server dengan 'Permission denied'. Kira-kira kenapa?",
            "Ajari saya cara men-debug ini: langkah apa yang kamu cek duluan, dan kenapa? {p}",
            "Tes unit saya kadang lulus kadang gagal padahal kodenya tidak berubah. Apa penyebab umum tes yang flaky?",
        ],
        "tr": [
            "Şu hatayı alıyorum ama nedenini anlamadım. Traceback'e bakıp sorunun nerede olduğunu söyler misin?\n{p}",
            "Kod yerelde çalışıyor ama CI'da 'ModuleNotFoundError' veriyor. Olası sebepler neler?",
            "Bu hatayı ayıklarken hangi sırayla neyi kontrol edersin? Yöntemini adım adım anlat ki ben de öğreneyim. {p}",
            "Bu döngüde değişken neden hep null kalıyor?",
        ],
        "it": [
            "Ho questo errore e non capisco da dove venga. Guardando lo stack trace, dov'è il problema?\n{p}",
            "Il programma funziona in locale ma nel container Docker dà 'ModuleNotFoundError'. Quali possono essere le cause?",
            "Come lo debuggeresti tu? Spiegami passo passo cosa controlleresti e perché, così imparo il metodo. {p}",
            "I miei test a volte passano e a volte falliscono senza che cambi nulla. Da cosa può dipendere?",
        ],
    },
}
