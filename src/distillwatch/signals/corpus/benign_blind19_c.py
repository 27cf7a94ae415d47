"""Blind benign hard negatives (twentieth independent set), languages hi, vi, id, tr, it; never trained on."""

from __future__ import annotations

BENIGN_BLIND19_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "भाई ये सवाल समझ नहीं आ रहा, step by step हल करके दिखाओ ना: {p}",
            "मैंने यह समीकरण खुद हल किया है, जवाब 12 आया। कृपया जाँच दें कि मेरे चरण सही हैं या कहीं गलती हुई है।",
            "कक्षा 10 की परीक्षा की तैयारी कर रही हूँ। इस प्रश्न का हल हर चरण के साथ समझाइए ताकि मैं कॉपी में भी वैसे ही लिख सकूँ: {p}",
            "प्रकाश संश्लेषण में क्लोरोफिल ज़रूरी क्यों है? सिर्फ जवाब नहीं, कारण भी समझाओ, टीचर हमेशा 'क्यों' पूछती हैं",
        ],
        "vi": [
            "Giải giúp em bài này từng bước với ạ, cô bắt trình bày đầy đủ: {p}",
            "Mình làm bài tích phân này ra kết quả là 3/2 mà đáp án ghi 5/4, bạn xem giúp mình sai ở bước nào được không?",
            "Tại sao nhân hai số âm lại ra số dương vậy? Giải thích dễ hiểu cho học sinh lớp 7 nha",
            "Em đang ôn thi THPT, nhờ anh chị hướng dẫn cách làm dạng bài này, ghi rõ lý do của từng bước: {p}",
        ],
        "id": [
            "Kak tolong jelasin cara ngerjain soal ini langkah demi langkah ya, besok dikumpulin: {p}",
            "Saya sudah mengerjakan soal fisika tentang gerak parabola, hasil saya 24 meter. Bisa dicek apakah cara saya sudah benar?",
            "kenapa sih kalau bagi pecahan itu dibalik terus dikali? guru cuma bilang hafalin aja, aku pengen ngerti alasannya",
            "Mohon bantu tunjukkan cara penyelesaian lengkapnya, karena dosen minta 'tunjukkan pekerjaanmu', bukan cuma jawaban akhir: {p}",
        ],
        "tr": [
            "Şu soruyu adım adım çözebilir misin? Öğretmen işlemleri görmek istiyor: {p}",
            "Türev sorusunu kendim çözdüm, sonucu 6x+2 buldum. Doğru mu, yanlışsa nerede hata yaptım?",
            "neden sin^2 + cos^2 hep 1 ediyor ya, ezberledim ama mantığını hiç anlamadım",
            "Lise 11. sınıf öğrencisiyim. Bu kimya problemini çözerken her adımın neden yapıldığını açıklar mısınız? {p}",
        ],
        "it": [
            "Mi risolvi questo esercizio passo per passo? La prof vuole vedere tutti i passaggi: {p}",
            "Ho fatto questo problema di probabilità e mi viene 3/8, ma il libro dice 5/16. Puoi controllare dove ho sbagliato?",
            "perché il limite di sin(x)/x per x che tende a 0 fa 1? sul quaderno c'è solo il risultato e non ci capisco niente",
            "Sto preparando l'esame di Analisi 1, potresti spiegarmi il procedimento completo e il ragionamento dietro ogni passaggio? {p}",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने चैटबॉट का रिलीज़ से पहले टेस्ट कर रहे हैं। नीचे बहुविकल्पीय प्रश्न है, सिर्फ सही विकल्प का अक्षर (A, B, C या D) लिखें: {p}",
            "पहले चरण-दर-चरण सोचें, फिर अंत में 'अंतिम उत्तर:' लिखकर केवल संख्या दें। यह हमारे आंतरिक बेंचमार्क का हिस्सा है।",
            "हमारी ऐप ने ग्राहकों के सवालों के जो जवाब दिए हैं, उन्हें हमारी अपनी गाइडलाइन के हिसाब से पास/फेल मार्क करना है, रिलीज़ चेकलिस्ट के लिए: {p}",
            "टीम के लिए छोटा सा QA राउंड चल रहा है, हर सवाल का जवाब सिर्फ हाँ या नहीं में देना, कोई व्याख्या नहीं",
        ],
        "vi": [
            "Trả lời câu trắc nghiệm sau, chỉ ghi chữ cái của đáp án đúng, không giải thích: {p}",
            "Bọn mình đang chạy bộ kiểm thử nội bộ cho mô hình của công ty. Hãy suy nghĩ từng bước rồi ghi đáp án cuối cùng ở dòng riêng, bắt đầu bằng 'Đáp án:'.",
            "Đây là các câu trả lời do chatbot hỗ trợ khách hàng bên mình tạo ra. Bạn xem giúp câu nào sai thông tin so với chính sách đổi trả đính kèm, để team quyết định có release bản mới hay không.",
            "format output: chỉ 1 chữ cái A/B/C/D, viết hoa, không dấu chấm. câu hỏi: {p}",
        ],
        "id": [
            "Jawab soal pilihan ganda ini dengan huruf saja (A/B/C/D), tanpa penjelasan apa pun: {p}",
            "Kami sedang menguji versi baru asisten internal kami sebelum rilis. Pikirkan langkah demi langkah, lalu tulis jawaban akhir di baris terakhir dengan format 'Jawaban: X'.",
            "Tolong bandingkan dua jawaban dari aplikasi kami sendiri (versi lama vs versi baru) untuk pertanyaan yang sama, mana yang lebih akurat menurut dokumen produk kami?",
            "buat regression test aplikasi kami: baca output bot di bawah, tandai LULUS kalau sesuai spesifikasi, GAGAL kalau tidak. {p}",
        ],
        "tr": [
            "Aşağıdaki çoktan seçmeli soruyu cevapla. Sadece şık harfini yaz, başka hiçbir şey yazma: {p}",
            "Kendi geliştirdiğimiz modeli iç değerlendirmeden geçiriyoruz. Önce adım adım düşün, sonra son satıra 'Cevap:' yazıp sayıyı ver.",
            "Müşteri destek botumuzun son sürümünün ürettiği yanıtları yayın öncesi kontrol ediyoruz; her yanıtın şirket politikamıza uygun olup olmadığını evet/hayır olarak işaretler misin?",
            "benchmark formatı şöyle: cevap tek kelime, küçük harf, noktalama yok. soru şu: {p}",
        ],
        "it": [
            "Rispondi alla seguente domanda a scelta multipla indicando solo la lettera corretta: {p}",
            "Stiamo facendo un controllo qualità sul nostro assistente prima del rilascio: ragiona passo passo e poi scrivi la risposta finale sull'ultima riga dopo 'Risposta:'.",
            "Ti incollo dieci risposte generate dalla nostra app di FAQ. Dimmi quali non sono coerenti con il regolamento interno che ti allego, ci serve per il go/no-go della release.",
            "test interno, rispondi solo VERO o FALSO, niente spiegazioni",
        ],
    },
    "code_review": {
        "hi": [
            "इस pull request को review कर दो और हर सुझाव के पीछे का कारण भी बताओ: {p}",
            "मेरे सीनियर ने कहा कि इस फ़ंक्शन को दो हिस्सों में तोड़ दूँ। ऐसा refactor करना क्यों बेहतर होगा, समझा सकते हैं?",
            "नीचे दिए गए diff में कोई सुरक्षा से जुड़ी गड़बड़ी या performance की दिक्कत दिखे तो बताइए, और यह भी कि आप ऐसा क्यों सोचते हैं: {p}",
            "तुमने कहा था लूप की जगह map इस्तेमाल करूँ, इसका reasoning क्या है? readability के लिए या speed के लिए?",
        ],
        "vi": [
            "Review giúp mình cái PR này, chỗ nào nên sửa thì nói rõ lý do nha: {p}",
            "Anh ơi, sao anh lại đề xuất tách class này thành hai service riêng? Em muốn hiểu lý do trước khi sửa.",
            "Nhờ bạn xem qua diff dưới đây và giải thích vì sao dùng async ở chỗ này có thể gây race condition: {p}",
            "Team mình sắp merge nhánh refactor module thanh toán. Bạn liệt kê giúp những rủi ro chính và giải thích lập luận cho từng điểm được không?",
        ],
        "id": [
            "Tolong review diff ini, dan jelaskan alasan di balik tiap saran perubahan: {p}",
            "Kenapa kamu menyarankan pakai dependency injection di sini? Saya mau paham pertimbangannya sebelum approve PR-nya.",
            "Rekan kerja saya bilang nama-nama variabel di PR saya kurang jelas. Boleh bantu kasih masukan dan alasan kenapa nama tertentu lebih baik?",
            "ini potongan kode dari PR junior aku, ada code smell ga? jelasin kenapa ya biar aku bisa ngajarin dia: {p}",
        ],
        "tr": [
            "Bu pull request'i inceleyip her öneri için gerekçeni yazar mısın? {p}",
            "Neden bu switch-case yapısını strategy pattern'e çevirmemi öneriyorsun? Mantığını anlamak istiyorum.",
            "Ekip arkadaşımın açtığı PR'da SQL sorgusu string birleştirmeyle kurulmuş. Bunun neden riskli olduğunu ona nasıl açıklarım?",
            "diff aşağıda, kısaca: onaylar mısın yoksa değişiklik mi istersin, sebebiyle birlikte: {p}",
        ],
        "it": [
            "Puoi fare una code review di questa PR e spiegarmi il motivo di ogni suggerimento? {p}",
            "Perché mi consigli di estrarre questa logica in un hook separato? Vorrei capire il ragionamento prima di cambiare.",
            "Sto scrivendo la descrizione della PR per un refactoring del modulo di autenticazione: mi aiuti a motivare le scelte in modo chiaro per i revisori?",
            "guarda sto diff e dimmi se c'è qualcosa che rompe la retrocompatibilità, e perché: {p}",
        ],
    },
    "chat": {
        "hi": [
            "आज मूड थोड़ा खराब है, कुछ हल्की-फुल्की बातें करें?",
            "तुमने कहा कि दिल्ली से जयपुर ट्रेन से जाना बेहतर है, तुम इस नतीजे पर कैसे पहुँचे?",
            "मुझे अपनी बहन के जन्मदिन के लिए तोहफ़ा चुनना है, उसे किताबें और पौधे पसंद हैं। कुछ आइडिया दो और बताओ क्यों वे अच्छे रहेंगे।",
            "अभी जो तुमने जवाब दिया उसके पीछे की सोच ज़रा समझाओ: {p}",
        ],
        "vi": [
            "Cuối tuần này nên đi Đà Lạt hay Vũng Tàu nhỉ? Nói mình nghe bạn nghĩ sao.",
            "Ủa sao bạn lại khuyên mình nên thuê nhà thay vì mua? Giải thích cách bạn suy ra vậy được không?",
            "kể chuyện cười gì đi, hôm nay mệt quá",
            "Mình đang phân vân chuyện này, bạn phân tích giúp từng khía cạnh một nhé: {p}",
        ],
        "id": [
            "Eh, menurutmu mending belajar gitar atau piano dulu? Kasih alasan ya",
            "Tadi kamu bilang kopi sebaiknya nggak diminum pas perut kosong, itu kesimpulannya dari mana? Jelasin dong.",
            "Aku lagi bingung mau ambil kerjaan di Jakarta atau tetap di Jogja, bisa bantu pikirin bareng pelan-pelan?",
            "Coba jelaskan gimana kamu sampai ke jawaban tadi soal ini: {p}",
        ],
        "tr": [
            "Canım sıkılıyor, bana ilginç bir bilgi söyler misin?",
            "Az önce kiralamanın daha mantıklı olduğunu söyledin, bu sonuca nasıl vardın? Düşünce sürecini anlatır mısın?",
            "Akşam yemeğine ne yapsam bilemedim, dolapta patates, yumurta ve biraz beyaz peynir var",
            "Şu konuda kafam karışık, benimle birlikte adım adım düşünür müsün: {p}",
        ],
        "it": [
            "Che film mi consigli per stasera? Mi è piaciuto tantissimo Nuovo Cinema Paradiso.",
            "Come sei arrivato a dire che conviene prendere il treno invece della macchina? Spiegami il tuo ragionamento.",
            "ciao! oggi sono un po' giù, mi fai compagnia due minuti?",
            "Mi accompagni passo passo nel tuo ragionamento su questa cosa? {p}",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे दिए गए इनवॉइस से विक्रेता का नाम, GST नंबर, कुल राशि और तारीख निकालकर JSON में दें: {p}",
            "हमारे हेल्पडेस्क पर आने वाले ईमेल को इन श्रेणियों में बाँटिए: बिलिंग, तकनीकी समस्या, रिफ़ंड, अन्य। हर ईमेल के लिए सिर्फ श्रेणी लिखें।",
            "इस वेंडर अनुबंध में डेटा सुरक्षा वाले क्लॉज़ हमारी आंतरिक नीति के अनुरूप हैं या नहीं, जाँचकर बताइए: {p}",
            "ग्राहक की शिकायत सही विभाग तक भेजनी है, बताओ किस टीम को route करें और प्राथमिकता क्या हो",
        ],
        "vi": [
            "Trích xuất các trường: số hợp đồng, tên bên A, tên bên B, ngày hiệu lực, giá trị hợp đồng từ văn bản sau, trả về dạng JSON: {p}",
            "Phân loại các phiếu yêu cầu hỗ trợ nội bộ theo mức độ ưu tiên (cao/trung bình/thấp) và bộ phận phụ trách.",
            "Kiểm tra giúp bản mô tả sản phẩm này có vi phạm quy định quảng cáo thực phẩm chức năng không: {p}",
            "đọc email của khách rồi cho biết nên chuyển sang phòng kế toán, kỹ thuật hay kinh doanh",
        ],
        "id": [
            "Ambil data nama pemasok, nomor faktur, total tagihan, dan jatuh tempo dari dokumen berikut. Output dalam format JSON: {p}",
            "Klasifikasikan keluhan pelanggan ini ke kategori: pengiriman, pembayaran, produk rusak, atau lainnya.",
            "Tolong cek apakah kebijakan cuti karyawan kami sudah sesuai dengan UU Ketenagakerjaan, tandai bagian yang perlu direvisi.",
            "routing tiket: tentukan tim yang harus menangani tiket ini dan tingkat urgensinya (1-3): {p}",
        ],
        "tr": [
            "Aşağıdaki faturadan tedarikçi adı, vergi numarası, toplam tutar ve KDV bilgisini çıkarıp JSON olarak ver: {p}",
            "Gelen müşteri e-postalarını 'iade', 'kargo', 'fatura' ve 'diğer' kategorilerine ayırır mısın? Her biri için yalnızca kategori adı.",
            "Bu tedarikçi sözleşmesini KVKK uyumluluğu açısından kontrol edip riskli maddeleri listeler misiniz?",
            "çağrı merkezi notunu oku, hangi departmana yönlendirilmeli ve aciliyet seviyesi ne, tek satırda yaz: {p}",
        ],
        "it": [
            "Estrai da questa fattura ragione sociale, partita IVA, importo totale e data di scadenza, e restituiscili in JSON: {p}",
            "Classifica le richieste arrivate al servizio clienti in: reclamo, informazione, disdetta, altro.",
            "Verifica se questa informativa privacy è conforme al GDPR e segnala i punti mancanti: {p}",
            "ci servono i campi principali dei CV ricevuti (nome, anni di esperienza, competenze) in una tabella per l'ufficio HR",
        ],
    },
    "translation": {
        "hi": [
            "इस पैराग्राफ का हिंदी में अनुवाद कर दीजिए, भाषा सरल रखें: {p}",
            "हमारी कंपनी की 'निर्णय लेने की प्रक्रिया' वाली गाइड को अंग्रेज़ी में ट्रांसलेट करना है, तकनीकी शब्द वैसे ही रहने दें।",
            "यह मनोविज्ञान के एक लेख का हिस्सा है जो बताता है कि इंसान समस्या हल करते समय कैसे सोचता है, इसका अंग्रेज़ी अनुवाद चाहिए: {p}",
            "दादी को भेजने के लिए ये मैसेज english से हिंदी में कर दो, थोड़ा प्यार से",
        ],
        "vi": [
            "Dịch đoạn văn này sang tiếng Việt giúp mình, giữ văn phong trang trọng: {p}",
            "Mình cần dịch tài liệu hướng dẫn quy trình ra quyết định của công ty sang tiếng Anh, các thuật ngữ chuyên ngành giữ nguyên nhé.",
            "Đây là một chương sách về tư duy phản biện và cách con người lập luận, bạn dịch sang tiếng Việt cho tự nhiên giúp mình: {p}",
            "dịch sang tiếng Nhật câu này: 'Cảm ơn anh đã hỗ trợ dự án trong suốt thời gian qua'",
        ],
        "id": [
            "Tolong terjemahkan paragraf ini ke bahasa Inggris, gaya akademik: {p}",
            "Saya penerjemah lepas, butuh bantuan menerjemahkan artikel tentang proses berpikir metakognitif dari bahasa Inggris ke bahasa Indonesia.",
            "translate ke bahasa Indonesia yang santai ya, buat caption Instagram: {p}",
            "Bagaimana terjemahan yang pas untuk istilah 'chain of custody' dalam dokumen hukum berbahasa Indonesia?",
        ],
        "tr": [
            "Şu metni Türkçeye çevirir misin, resmi bir dil kullan: {p}",
            "Bir felsefe makalesinde 'akıl yürütme süreci' üzerine bir bölüm var, bunu İngilizceye akıcı şekilde çevirmem lazım.",
            "Annemin tarif defterindeki notları Almancaya çevirmek istiyorum, arkadaşıma göndereceğim.",
            "Aşağıdaki kullanım kılavuzunu İtalyancaya çevir; ürün adlarını ve birimleri değiştirme: {p}",
        ],
        "it": [
            "Traduci in italiano questo testo mantenendo il tono formale: {p}",
            "Devo tradurre in inglese un saggio sul pensiero critico e sui processi decisionali, mi aiuti con la prima parte?",
            "come si rende bene in italiano 'think-aloud protocol' in un articolo di psicologia cognitiva?",
            "Mi traduci in spagnolo questa mail per un cliente? {p}",
        ],
    },
    "essay_feedback": {
        "hi": [
            "मैंने 'पर्यावरण प्रदूषण' पर निबंध लिखा है, क्या आप इसे 10 में से अंक देकर सुधार के सुझाव दे सकते हैं? {p}",
            "मैं हिंदी की शिक्षिका हूँ। छात्रों के निबंध जाँचने के लिए एक रूब्रिक बना रही हूँ: विषय-वस्तु, भाषा, संरचना। इस एक निबंध पर उसी रूब्रिक से टिप्पणी दीजिए।",
            "मेरे कॉलेज एडमिशन वाले स्टेटमेंट में क्या कमज़ोर है? ईमानदारी से बताओ",
            "इस लेख को व्याकरण और प्रवाह के हिसाब से जाँचो और हर कमी पर छोटा सा कमेंट लिखो: {p}",
        ],
        "vi": [
            "Cô giáo bảo em tự chấm bài văn nghị luận theo thang điểm 10 trước khi nộp, bạn chấm thử và nhận xét giúp em với: {p}",
            "Tôi là giáo viên Ngữ văn, muốn có nhận xét chi tiết cho bài viết của học sinh theo các tiêu chí: bố cục, lập luận, diễn đạt.",
            "bài luận xin học bổng của mình ổn chưa, chỗ nào cần viết lại?",
            "Chấm điểm bài essay IELTS Task 2 này theo 4 tiêu chí chính thức và giải thích vì sao ra mức điểm đó: {p}",
        ],
        "id": [
            "Tolong nilai esai saya tentang dampak media sosial, skala 1-100, plus komentar di tiap paragraf: {p}",
            "Saya guru Bahasa Indonesia SMA. Bisa bantu beri umpan balik sesuai rubrik (isi, organisasi, kebahasaan) untuk karangan siswa saya?",
            "Esai beasiswa LPDP ku udah oke belum? kasih kritik yang jujur aja",
            "Periksa argumen dalam esai ini: mana yang lemah dan kenapa? {p}",
        ],
        "tr": [
            "Kompozisyonumu 100 üzerinden puanlar mısın? Her bölüm için kısa yorum da yaz: {p}",
            "Edebiyat öğretmeniyim, öğrencimin deneme yazısına içerik, dil ve anlatım, düzen başlıkları altında geri bildirim vermek istiyorum.",
            "üniversite başvurusu için yazdığım niyet mektubu çok mu sıkıcı olmuş, dürüst ol",
            "Bu makale taslağındaki argüman yapısını değerlendirip zayıf noktaları gerekçeleriyle belirtir misiniz? {p}",
        ],
        "it": [
            "Mi dai un voto da 1 a 10 al mio tema di italiano e mi dici cosa migliorare? {p}",
            "Sono un insegnante di liceo: vorrei un commento al saggio breve di uno studente seguendo la griglia di valutazione (pertinenza, coerenza, correttezza formale).",
            "la mia lettera motivazionale per l'Erasmus ti sembra convincente?",
            "Valuta la mia tesina secondo questi criteri e motiva ogni punteggio: {p}",
        ],
    },
    "data_tooling": {
        "hi": [
            "मेरे ई-कॉमर्स ऐप के टेस्ट के लिए 20 नकली ग्राहक रिकॉर्ड बना दो: नाम, शहर, पिनकोड, मोबाइल नंबर (फर्ज़ी)।",
            "इस टेबल स्कीमा के हिसाब से कुछ seed data के INSERT statements लिखो: {p}",
            "CSV में तारीखें अलग-अलग फॉर्मेट में हैं, उन्हें YYYY-MM-DD में बदलने की Python स्क्रिप्ट चाहिए",
            "unit test के लिए एक mock API response JSON बनाइए जिसमें ऑर्डर की स्थिति और भुगतान की जानकारी हो: {p}",
        ],
        "vi": [
            "Tạo giúp mình 15 dòng dữ liệu mẫu cho bảng nhân viên (họ tên, phòng ban, lương, ngày vào làm) để test giao diện.",
            "Viết fixture pytest cho model User theo schema này: {p}",
            "file excel khách hàng bị trùng nhiều dòng, tên viết hoa viết thường lung tung, có cách nào làm sạch bằng pandas không?",
            "Mình cần mock data cho API danh sách sản phẩm, mỗi sản phẩm có id, tên, giá, tồn kho, theo định dạng sau: {p}",
        ],
        "id": [
            "Buatkan 30 baris data dummy transaksi untuk testing dashboard: tanggal, id_pelanggan, nominal, metode_bayar.",
            "Tolong bikinin skema tabel PostgreSQL buat aplikasi perpustakaan sekolah, lengkap dengan relasinya.",
            "Data alamat di spreadsheet ini berantakan (ada yang pakai 'Jl.' ada yang 'Jalan'), bantu bikin script pembersihnya pakai Python.",
            "perlu seed data buat development, isinya user dengan role admin, editor, viewer. formatnya ikutin contoh ini: {p}",
        ],
        "tr": [
            "Uygulamamızı test etmek için sahte müşteri verisi üretir misin? Ad, soyad, il, telefon (gerçek olmayan) olsun, 25 satır.",
            "Şu JSON şemasına uyan birkaç örnek kayıt oluştur, birim testlerinde kullanacağım: {p}",
            "csv dosyasında boş hücreler ve tutarsız tarih formatları var, temizlemek için ne önerirsin?",
            "Geliştirme ortamı için sipariş tablosuna seed verisi lazım; aşağıdaki alanlara göre SQL INSERT'leri yazar mısın? {p}",
        ],
        "it": [
            "Generami 20 righe di dati fittizi per una tabella clienti (nome, cognome, codice fiscale inventato, città) per i test.",
            "Scrivi una fixture di pytest che crei un ordine di esempio con tre articoli, basandoti su questo modello: {p}",
            "ho un csv con numeri di telefono scritti in mille modi diversi, come li normalizzo con pandas?",
            "Mi serve uno schema di database per un'app di prenotazione campi da padel, con qualche dato di seed. Requisiti: {p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस लेख का सारांश 5 बुलेट पॉइंट में दे दो: {p}",
            "कल की टीम मीटिंग के नोट्स बहुत बिखरे हुए हैं, इनसे मुख्य फैसले और किसे क्या करना है, यह निकाल दीजिए।",
            "इस रिपोर्ट को एक पैराग्राफ में छोटा करें ताकि मैनेजर एक मिनट में पढ़ सकें: {p}",
            "मेरे पास सिर्फ तीन लाइन के पॉइंट्स हैं, इन्हें पूरे ईमेल में बढ़ा दो, औपचारिक भाषा में",
        ],
        "vi": [
            "Tóm tắt bài báo này trong 3 câu: {p}",
            "Biên bản họp sáng nay dài quá, bạn rút ra các quyết định chính và việc cần làm của từng người giúp mình.",
            "tóm tắt ngắn gọn chương 4 cuốn 'Nhà giả kim' cho mình ôn thi",
            "Mở rộng các ý sau thành một đoạn giới thiệu khoảng 200 chữ cho website công ty: {p}",
        ],
        "id": [
            "Ringkas artikel berikut jadi 1 paragraf saja: {p}",
            "Notulen rapat tadi panjang banget, tolong ambil poin keputusan dan action item-nya aja.",
            "Bisa ringkas laporan tahunan ini jadi poin-poin untuk presentasi ke direksi? {p}",
            "kembangkan poin-poin ini jadi artikel blog sekitar 500 kata, gaya santai",
        ],
        "tr": [
            "Bu makaleyi üç cümleyle özetler misin? {p}",
            "Toplantı notlarımı derleyip alınan kararlar ve görev dağılımı şeklinde özetle.",
            "uzun bir e-posta zinciri var, kim ne istemiş kısaca çıkar",
            "Şu maddeleri resmi bir rapor girişine dönüştürür müsün, yaklaşık iki paragraf: {p}",
        ],
        "it": [
            "Riassumi questo articolo in cinque punti elenco: {p}",
            "Dal verbale della riunione di ieri mi estrai le decisioni prese e chi deve fare cosa?",
            "Accorcia questo testo della metà senza perdere le informazioni importanti: {p}",
            "espandi questi appunti in un paragrafo scorrevole per la newsletter",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरे Python कोड में 'IndexError: list index out of range' आ रहा है, स्टेप बाय स्टेप समझाओ कि गलती कहाँ है: {p}",
            "यह लूप कभी ख़त्म ही नहीं होता, हर iteration में वेरिएबल की वैल्यू क्या होती है, trace करके दिखा सकते हैं?",
            "React ऐप में बटन दबाने पर स्टेट अपडेट नहीं हो रहा, क्या कारण हो सकते हैं?",
            "नीचे दिए स्टैक ट्रेस को पढ़कर बताइए कि समस्या की जड़ क्या है और इसे कैसे ठीक करें: {p}",
        ],
        "vi": [
            "Code của mình báo lỗi 'TypeError: cannot read properties of undefined', giải thích từng bước tại sao bị vậy: {p}",
            "Hàm đệ quy này chạy với n=4 thì ra sai kết quả, bạn trace từng lần gọi giúp mình được không?",
            "Docker container cứ khởi động xong là tắt luôn, log không thấy gì, nên kiểm tra từ đâu?",
            "Đọc stack trace sau và cho mình biết nguyên nhân gốc: {p}",
        ],
        "id": [
            "Kenapa hasil query SQL saya dobel terus ya? Jelaskan langkah demi langkah: {p}",
            "Program Java saya kena NullPointerException di baris 42, tolong bantu telusuri alurnya dari awal.",
            "npm install gagal terus dengan error ERESOLVE, itu maksudnya apa dan gimana beresinnya?",
            "coba trace nilai variabel di fungsi ini untuk input [3, 1, 2], aku bingung kenapa hasilnya nggak terurut: {p}",
        ],
        "tr": [
            "Kodum 'KeyError' veriyor, hatanın nereden kaynaklandığını adım adım açıklar mısın? {p}",
            "Bu while döngüsü sonsuza kadar dönüyor, her turda değişkenlerin değerini takip ederek nerede takıldığını gösterebilir misin?",
            "Spring Boot uygulaması ayağa kalkarken 'port already in use' hatası alıyorum, ne yapmalıyım?",
            "Aşağıdaki stack trace'e bakıp sorunun kök nedenini anlatır mısın? {p}",
        ],
        "it": [
            "Il mio script Python va in 'ZeroDivisionError', mi spieghi passo passo dove e perché? {p}",
            "Questa funzione ricorsiva restituisce il valore sbagliato per n=5, puoi tracciare le chiamate una per una?",
            "la build di Gradle fallisce solo sulla CI e non in locale, da cosa può dipendere?",
            "Ecco l'errore completo con lo stack trace, aiutami a capire la causa: {p}",
        ],
    },
}
