"""Blind benign hard negatives (fifth independent set), languages hi vi id tr it; never trained on."""

from __future__ import annotations

BENIGN_BLIND4_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "सर ने ये सवाल दिया है, समझ नहीं आ रहा। स्टेप बाय स्टेप हल करके दिखाओ और हर स्टेप में बताना कि ऐसा क्यों किया:\n{p}",
            "bhai mera answer 42 aa raha hai par book me 38 likha hai, kahan galti hui meri? check karo pls",
            "मुझे ऐसे समझाइए जैसे मैं सातवीं कक्षा में हूँ — भिन्न वाले इस सवाल में हर से गुणा क्यों करते हैं? {p}",
            "कल टेस्ट है। नीचे मैंने अपना हल लिखा है, बस देख लीजिए सही है या नहीं, और अगर गलत है तो कौन सी लाइन में।",
        ],
        "vi": [
            "Mọi người ơi giải giúp em bài này với, em cần cả lời giải chi tiết chứ không chỉ đáp số ạ: {p}",
            "em làm ra x = -3 nhưng thay vào thì ko đúng, chắc sai ở bước chuyển vế, anh chị xem giúp em sai chỗ nào nhé",
            "Giải thích cho mình hiểu kiểu học sinh lớp 6 thôi nha, tại sao diện tích hình tròn lại là pi nhân r bình phương?",
            "Đây là bài làm của con tôi, tôi muốn kiểm tra trước khi cháu nộp. Nhờ bạn chỉ ra bước nào sai và giải thích lý do, đừng làm hộ toàn bộ:\n{p}",
        ],
        "id": [
            "kak tolong bantu dong, ini PR matematika aku. jelasin langkah2nya ya biar aku ngerti, jgn cuma jawabannya: {p}",
            "Saya sudah mengerjakan soal ini tapi hasilnya beda dengan kunci jawaban. Bisa tolong dicek di mana letak kesalahan saya?",
            "jelasin kayak ke anak SD dong kenapa bilangan negatif dikali negatif jadi positif, aku bingung bgt",
            "Soal fisika:\n{p}\n\nTolong uraikan dulu cara berpikirnya (rumus apa yang dipakai dan kenapa), baru hitungannya.",
        ],
        "tr": [
            "Hocam şu soruyu adım adım çözebilir misiniz? Özellikle ikinci kısımda neden o formülü kullandığımızı anlamadım.\n{p}",
            "ödevimde bunu buldum ama emin değilim, doğru mu yanlış mı bakar mısın? yanlışsa nerde hata yaptım söyle sadece",
            "12 yaşında birine anlatır gibi anlat: türev tam olarak ne işe yarıyor?",
            "Kızımın matematik ödevi, ben de unutmuşum bu konuyu :) Çözümü gösterir misin, ona ben anlatacağım: {p}",
        ],
        "it": [
            "Ciao, domani ho la verifica e non capisco questo esercizio. Me lo risolvi spiegando il perché di ogni passaggio? {p}",
            "ho fatto così ma il risultato non torna con quello del libro, mi dici dove ho sbagliato?",
            "Mi spieghi come se avessi 12 anni perché il cielo è blu? La prof l'ha spiegato ma non ci ho capito niente",
            "Esercizio di chimica:\n{p}\nLa mia risposta è 0,25 mol. È giusta? Se no, fammi vedere il ragionamento corretto.",
        ],
    },
    "eval_harness": {
        "hi": [
            "निम्नलिखित प्रश्न का उत्तर दीजिए। पहले चरणबद्ध तरीके से सोचिए, फिर अंतिम पंक्ति में केवल 'उत्तर: <संख्या>' लिखिए।\n\nप्रश्न: {p}",
            "बहुविकल्पीय प्रश्न। सही विकल्प का केवल अक्षर (A, B, C या D) लिखें, कोई व्याख्या नहीं।",
            "नीचे दिए गए वाक्य की भावना बताइए: सकारात्मक / नकारात्मक / तटस्थ। सिर्फ़ एक शब्द में उत्तर दें।\nवाक्य: {p}",
            "इस मूल्यांकन में उत्तर सटीक मिलान (exact match) से जाँचे जाएँगे, इसलिए इकाई, पूर्ण विराम या अतिरिक्त शब्द न जोड़ें।",
        ],
        "vi": [
            "Hãy suy nghĩ từng bước, sau đó ghi đáp án cuối cùng trên một dòng riêng theo dạng: Đáp án: X\n\nCâu hỏi: {p}",
            "Trả lời câu hỏi trắc nghiệm sau. Chỉ xuất ra một chữ cái A/B/C/D, không giải thích.",
            "[Bộ đánh giá đọc hiểu tiếng Việt – phần 3]\nĐọc đoạn văn rồi trả lời ngắn gọn, tối đa 5 từ, lấy đúng nguyên văn trong đoạn.",
            "Ví dụ:\nHỏi: Thủ đô của Nhật Bản?\nĐáp: Tokyo\n\nHỏi: {p}\nĐáp:",
        ],
        "id": [
            "Jawablah soal berikut. Tuliskan penalaran singkat, lalu pada baris terakhir tulis hanya angkanya dengan format '#### <jawaban>'.\n\n{p}",
            "Pilih satu jawaban yang paling tepat. Balas hanya dengan huruf opsinya.",
            "Instruksi evaluasi: jawaban dinilai otomatis dengan pencocokan string. Jangan pakai huruf kapital, jangan tambahkan tanda baca.",
            "Contoh 1 dan 2 di atas menunjukkan format yang diharapkan. Sekarang kerjakan contoh 3 dengan format yang sama persis: {p}",
        ],
        "tr": [
            "Aşağıdaki kodu çalıştırmadan çıktısını tahmin et. Gerekirse adım adım düşün ama son satıra yalnızca çıktıyı yaz.\n{p}",
            "Soru ve şıklar aşağıda. Yanıtın sadece tek bir harf olmalı (A–E).",
            "Değerlendirme notu: Bu set kod üretimi için. Yalnızca fonksiyonun gövdesini döndür, açıklama veya markdown bloğu ekleme.\n\n{p}",
            "Doğru/Yanlış sorusu. Cevabı sadece 'Doğru' ya da 'Yanlış' olarak ver, başka hiçbir şey yazma.",
        ],
        "it": [
            "Rispondi alla domanda seguente ragionando un passo alla volta. Alla fine scrivi la risposta definitiva su una riga a parte, preceduta da 'RISPOSTA:'.\n\n{p}",
            "Domanda a scelta multipla (una sola risposta corretta). Indica solo la lettera.",
            "--- esempio ---\nTesto: Il gatto dorme sul divano.\nEntità: nessuna\n--- esempio ---\nTesto: Alessandro Manzoni è nato a Milano.\nEntità: Alessandro Manzoni (PER), Milano (LOC)\n--- da completare ---\nTesto: {p}\nEntità:",
            "Valutiamo la comprensione del testo: rispondi usando esattamente le parole del brano, senza parafrasare né aggiungere commenti.",
        ],
    },
    "code_review": {
        "hi": [
            "ये मेरा PR है, रिव्यू कर दो। जो भी बदलाव सुझाओ उसके साथ ये भी लिखना कि क्यों — सिर्फ़ 'ये बदलो' मत लिखना।\n{p}",
            "इस फ़ंक्शन में recursion की जगह loop लगाना बेहतर होगा क्या? फायदे-नुकसान समझाइए।",
            "Code review chahiye. Har issue ko severity do (critical/major/minor) aur ek line me justify karo.",
            "हमारी टीम में जूनियर डेवलपर ने ये लिखा है, मैं उन्हें फ़ीडबैक देना चाहता हूँ। आप बताइए क्या-क्या सुधार हो सकता है और हर सुझाव के पीछे का तर्क क्या है ताकि मैं उन्हें समझा सकूँ: {p}",
        ],
        "vi": [
            "Review giúp mình đoạn code này với. Với mỗi chỗ cần sửa, giải thích vì sao và mức độ nghiêm trọng (cao/trung bình/thấp): {p}",
            "Tại sao dùng dict lookup lại tốt hơn chuỗi if-elif dài như thế này? Senior bảo sửa mà mình chưa hiểu lý do.",
            "anh em ai rảnh review hộ cái query SQL này, chạy chậm quá, có bị N+1 ko",
            "Mình chuẩn bị merge vào main. Nhờ bạn soát lỗi bảo mật trước, liệt kê từng phát hiện kèm dòng code liên quan và lý do nó là vấn đề.\n\n{p}",
        ],
        "id": [
            "Tolong review kode ini dari sisi performa dan keterbacaan. Setiap temuan kasih alasan dan contoh perbaikannya.",
            "Menurut kamu lebih baik pakai async/await atau tetap callback di sini? Kasih argumennya ya, tim kami lagi debat soal ini: {p}",
            "mas, ini fungsi validasi email bikinan aku, ada yang kurang gak? kasih tau yang paling penting dulu",
            "Kami melakukan code review sebelum rilis. Mohon tandai bagian yang berisiko race condition dan jelaskan skenario konkret kapan itu bisa terjadi.\n{p}",
        ],
        "tr": [
            "Şu PR'a bir göz atar mısın? Önerdiğin her değişiklik için neden gerekli olduğunu kısaca yaz.",
            "Bu sınıfı kalıtım yerine composition ile yazsam daha mı iyi olur? Gerekçeleriyle anlat lütfen.\n{p}",
            "review: her bulgu için dosya/satır, önem derecesi (kritik, orta, düşük) ve tek cümlelik gerekçe ver. tablo olarak",
            "Merhaba, stajyer arkadaşın yazdığı kod bu. Yapıcı bir dille, neyi neden değiştirmesi gerektiğini açıklayan yorumlar yazmama yardım eder misin? {p}",
        ],
        "it": [
            "Mi fai una code review di questa funzione? Per ogni modifica che proponi spiegami il ragionamento, così imparo. {p}",
            "Perché dovrei usare un context manager qui invece di aprire e chiudere il file a mano? Il linter me lo segnala ma non capisco il vantaggio.",
            "Revisione pre-merge: elenca i problemi trovati ordinandoli per gravità e motiva ciascuno in una frase.",
            "Questo è il mio primo progetto in Go, siate cattivi 😅 Ditemi cosa non è idiomatico e perché:\n\n{p}",
        ],
    },
    "chat": {
        "hi": [
            "अरे तुमने ये जवाब कैसे निकाला? मतलब पहले क्या सोचा, फिर क्या?",
            "mummy ka birthday aa raha hai, budget 2000 hai. tum gift kaise choose karte? mere saath soch ke batao",
            "एक बात बताओ, AI मॉडल असल में 'सोचते' हैं या बस अगला शब्द अंदाज़ा लगाते हैं? आसान भाषा में समझाना।",
            "मैं दो नौकरी के ऑफ़र में उलझा हूँ। तुम मेरी जगह होते तो कैसे तय करते? कौन सी बातें पहले देखते? {p}",
        ],
        "vi": [
            "Ủa sao bạn biết câu trả lời đó vậy? Kể mình nghe bạn suy ra như nào đi",
            "Nếu là bạn thì bạn sẽ chọn học IT hay kinh tế? Phân tích giúp mình cách bạn cân nhắc với: {p}",
            "hỏi ngu tí: mấy con chatbot như bạn học từ đâu ra vậy, có nhớ mình nói gì hôm qua ko?",
            "Tối nay rảnh, mình muốn nghe bạn kể cách bạn tiếp cận một câu đố logic kiểu 'ai nói thật ai nói dối', bạn bắt đầu từ đâu?",
        ],
        "id": [
            "wkwk kok kamu bisa kepikiran jawaban itu sih? cara mikirnya gimana?",
            "Aku mau kasih kado buat pacar, dia suka kopi dan naik gunung. Kalau kamu yang milih, kamu bakal mulai dari mana?",
            "Penasaran aja, sebenarnya model bahasa kayak kamu itu 'mengerti' atau cuma pintar menebak? Jelasin santai aja.",
            "Bantu aku mutusin: {p}\nCeritain juga gimana kamu nimbang pro dan kontranya.",
        ],
        "tr": [
            "Bu cevaba nasıl ulaştın merak ettim, biraz anlatsana",
            "Annemle babamın 30. evlilik yıldönümü için ne alsam? Sen olsan neye göre karar verirdin?",
            "Yapay zeka nasıl çalışıyor, sinir ağı falan hep duyuyorum ama kafamda canlanmıyor. Basitçe anlatır mısın?",
            "Satranç oynarken bir hamleye nasıl karar veriyorsun, bana düşünce sürecini anlat. Mesela şu pozisyonda: {p}",
        ],
        "it": [
            "Curiosità: come ci sei arrivato a questa conclusione? Me lo racconti?",
            "Devo scegliere un ristorante per una cena di lavoro con un cliente giapponese. Tu come ragioneresti? {p}",
            "ma voi intelligenze artificiali avete una specie di memoria o ogni volta ripartite da zero?",
            "Sto cercando di prendere decisioni meno d'impulso. Tu che approccio useresti per decidere se trasferirmi a Milano per lavoro?",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे ग्राहक का टिकट है। इसे इनमें से एक श्रेणी में डालें: बिलिंग, तकनीकी, डिलीवरी, अन्य। साथ में 0 से 1 के बीच कॉन्फ़िडेंस और एक लाइन में कारण।\n\nटिकट: {p}",
            "Is email se order ID, customer name, aur refund amount nikaal ke 'field: value' format me do. Agar koi field na mile to 'NA' likho.",
            "शिकायत पढ़कर तय करें कि इसे किस टीम को भेजना है (KYC, कार्ड, लोन, ऐप सपोर्ट)। उत्तर में सिर्फ़ टीम का नाम और एक छोटा सा कारण।",
            "[आंतरिक टूल – HR हेल्पडेस्क]\nकर्मचारी का प्रश्न: {p}\nप्राथमिकता (उच्च/मध्यम/निम्न) और संक्षिप्त औचित्य लौटाएँ।",
        ],
        "vi": [
            "Phân loại phản hồi khách hàng sau vào một trong các nhãn: KHIEU_NAI, HOI_DAP, KHEN, SPAM. Trả về theo định dạng: nhãn | độ tin cậy | lý do ngắn.\n{p}",
            "Trích xuất từ hóa đơn: số hóa đơn, ngày, mã số thuế, tổng tiền. Mỗi trường một dòng, không thêm gì khác.",
            "Hệ thống ticket nội bộ: đọc mô tả lỗi và gán cho team phù hợp (Backend, Mobile, Data, Hạ tầng), kèm 1 câu giải thích tại sao.",
            "Đây là đánh giá sản phẩm trên sàn TMĐT. Cho biết cảm xúc (tích cực/tiêu cực/trung lập), khía cạnh được nhắc tới và điểm tin cậy 0-100: {p}",
        ],
        "id": [
            "Klasifikasikan tiket berikut ke kategori: Pembayaran, Akun, Pengiriman, Lainnya. Output: kategori; confidence (0-1); alasan satu kalimat.\n\n{p}",
            "Dari percakapan WhatsApp customer service di bawah, ambil: nama pelanggan, nomor pesanan, keluhan utama, dan apakah minta refund (ya/tidak).",
            "Tentukan tim yang harus menangani laporan ini (Fraud, CS Umum, Teknis) dan berikan alasan singkat. Jawab dalam format tetap: TIM=...; ALASAN=...",
            "Untuk pipeline moderasi ulasan merchant: tandai apakah ulasan mengandung data pribadi, kasih skor keyakinan, dan jelaskan dalam satu baris kenapa. {p}",
        ],
        "tr": [
            "Müşteri şikayetini şu kategorilerden birine ata: Fatura, Teknik Arıza, Kargo, İade. Yanıt biçimi: KATEGORİ / GÜVEN (0-1) / GEREKÇE\n{p}",
            "Aşağıdaki sözleşme metninden taraflar, başlangıç tarihi, süre ve fesih koşullarını çıkar; her biri ayrı satırda olsun.",
            "Destek kaydını uygun ekibe yönlendir (Ödeme, Mobil Uygulama, Hesap Güvenliği). Sadece ekip adı ve tek cümlelik sebep yaz.",
            "Gelen e-postanın acil olup olmadığını belirle: ACİL / NORMAL. Bir satırda nedenini de ekle, otomatik etiketleme için kullanacağız. {p}",
        ],
        "it": [
            "Classifica la seguente richiesta di assistenza in una di queste code: Amministrazione, Supporto Tecnico, Commerciale. Restituisci coda, livello di confidenza e una motivazione di una riga.\n\n{p}",
            "Estrai dalla fattura: ragione sociale, partita IVA, data emissione, imponibile, IVA, totale. Formato chiave: valore, una per riga.",
            "ticket in arrivo dal portale clienti → decidi priorità P1/P2/P3 e a quale team inoltrarlo. breve giustificazione.",
            "Per il nostro CRM: leggi la mail del cliente e dimmi se è un'opportunità di vendita, un reclamo o altro, con un grado di certezza da 1 a 5 e il perché in poche parole: {p}",
        ],
    },
    "translation": {
        "hi": [
            "इस अंग्रेज़ी पैराग्राफ़ का हिंदी में अनुवाद कर दो, टोन वही रखना — थोड़ा मज़ाकिया है। जो शब्द मुश्किल लगे उनके लिए बताना कि तुमने क्या चुना और क्यों:\n{p}",
            "Ye paragraph AI ke 'reasoning' ke baare me hai, isko simple Hindi me translate karo. 'chain of thought' ka kya anuvaad karoge, wo bhi bata dena.",
            "कृपया निम्न अनुच्छेद का औपचारिक अंग्रेज़ी में अनुवाद करें; यह एक सरकारी परिपत्र के लिए है।",
            "मेरी दादी के लिए ये रेसिपी गुजराती से हिंदी में कर दो। नाप-तौल वैसे ही रखना। {p}",
        ],
        "vi": [
            "Dịch đoạn này sang tiếng Anh giúp mình, giữ giọng văn trang trọng nhé. Chỗ nào có thành ngữ thì nói rõ bạn chọn cách dịch nào và vì sao: {p}",
            "Dịch sang tiếng Việt bản hướng dẫn chấm điểm này (rubric cho bài luận); các thuật ngữ như 'coherence', 'argumentation' nên dịch sao cho tự nhiên?",
            "dịch hộ mình tin nhắn này sang tiếng Hàn, gửi cho sếp nên lịch sự chút",
            "Đây là phần tóm tắt một bài báo về cách mô hình AI suy luận. Hãy dịch sang tiếng Việt, giữ nguyên các thuật ngữ chuyên ngành trong ngoặc đơn.\n\n{p}",
        ],
        "id": [
            "Terjemahkan ke bahasa Inggris dengan gaya santai kayak caption IG, tapi artinya jangan berubah: {p}",
            "Tolong terjemahkan abstrak skripsi saya ke bahasa Inggris akademik. Kalau ada istilah yang ambigu, beri catatan pilihan katanya.",
            "Teks ini tentang cara guru memberi nilai dan umpan balik. Alih bahasakan ke Bahasa Indonesia yang baku, dan jelaskan kenapa kamu pilih kata 'penilaian' atau 'evaluasi' di tiap tempat.",
            "bisa translate ke bahasa jawa krama gak? buat undangan nikahan\n{p}",
        ],
        "tr": [
            "Kardeşimin yüksek lisans başvurusu için niyet mektubunu İngilizceye çevirmem lazım. Resmi ama kasıntı olmayan bir dil kullan; bazı deyimleri nasıl aktardığını da kısaca açıkla.\n{p}",
            "Bu paragraf yapay zekanın 'düşünme' süreci hakkındaki bir blog yazısından. Türkçeye akıcı şekilde çevir; 'reasoning' için 'akıl yürütme' mi 'muhakeme' mi daha iyi olur, söyle.",
            "Almanca resmi yazıyı Türkçeye çevir, vize başvurusu için lazım. Hukuki terimleri atlama.",
            "çeviri lazım: ingilizceden türkçeye, oyun diyalogları, argo kısımları da doğal dursun {p}",
        ],
        "it": [
            "Traduci in inglese questo testo mantenendo il tono ironico. Se ci sono giochi di parole intraducibili, spiegami come li hai resi.",
            "Mi serve la traduzione in italiano di questo articolo sul 'ragionamento' dei modelli linguistici. Occhio a 'reasoning' e 'inference': motivami le scelte. {p}",
            "Potresti tradurre in spagnolo la mail al fornitore? Registro formale ma non troppo rigido.\n\n{p}",
            "traduzione dal francese: sono i commenti di un professore sul compito di mio figlio, voglio capire bene cosa intende con ogni giudizio",
        ],
    },
    "essay_feedback": {
        "hi": [
            "मेरे छात्र का निबंध नीचे है। इसे रूब्रिक के हिसाब से जाँचिए — विषय-वस्तु (10), भाषा (5), संरचना (5) — और हर मानदंड पर अंक के साथ दो-तीन लाइन की टिप्पणी दीजिए।\n{p}",
            "Maine 'pradushan' par nibandh likha hai, class 9 ke liye. 20 me se kitne number doge? Aur kya improve karun?",
            "यह बोर्ड परीक्षा का अभ्यास निबंध है। कृपया बताइए कि तर्क कहाँ कमज़ोर है और निष्कर्ष को कैसे मज़बूत किया जा सकता है।",
            "मैं हिंदी की अध्यापिका हूँ, 30 कॉपियाँ जाँचनी हैं। इस एक पर आप ग्रेड (A–E) सुझाइए और छात्र के लिए उत्साह बढ़ाने वाला फ़ीडबैक लिखिए: {p}",
        ],
        "vi": [
            "Chấm giúp mình bài văn nghị luận này theo thang 10 điểm: mở bài, thân bài, kết bài, diễn đạt. Mỗi tiêu chí cho điểm và nhận xét ngắn.\n{p}",
            "Em viết bài luận xin học bổng, mọi người góp ý giùm em chỗ nào còn sáo rỗng với ạ",
            "Là giáo viên, tôi muốn có nhận xét mang tính xây dựng cho học sinh lớp 8 về bài văn tả cảnh, tránh chê quá nặng.",
            "Bài IELTS Writing Task 2 của mình, bạn ước band giúp theo 4 tiêu chí (TR, CC, LR, GRA) và giải thích vì sao cho band đó: {p}",
        ],
        "id": [
            "Ini esai siswa kelas XI tentang perubahan iklim. Tolong beri nilai per kriteria sesuai rubrik: isi 40, organisasi 30, bahasa 30, lalu komentar singkat tiap bagian.\n\n{p}",
            "kak, essay aku buat daftar beasiswa LPDP udah oke belum? kasih masukan yang jujur aja",
            "Saya dosen dan ingin memberi umpan balik tertulis untuk makalah mahasiswa. Fokus pada kekuatan argumen dan ketepatan sitasi.",
            "Tolong nilai paragraf argumentasi ini 1–5 untuk kejelasan, bukti, dan koherensi, sertakan alasan tiap skor: {p}",
        ],
        "tr": [
            "Öğrencimin kompozisyonunu şu ölçütlere göre puanlar mısınız: içerik (40), düzen (30), dil bilgisi (30)? Her ölçüt için kısa yorum ekleyin.\n{p}",
            "YKS için deneme yazısı yazdım, 100 üzerinden kaç alır sence? nerelerde puan kırılır?",
            "Lise 10. sınıf öğrencisinin argümantatif yazısına, moral bozmadan ama net geri bildirim yazmam lazım. Yardım eder misiniz?",
            "İngilizce essay'im bu, CEFR'e göre hangi seviyede? Gerekçeni maddeler halinde yaz: {p}",
        ],
        "it": [
            "Sono un'insegnante di lettere. Mi aiuti a valutare questo tema secondo la griglia: pertinenza, coerenza, correttezza formale, originalità (ciascuna da 1 a 10)? Per ogni voce un breve commento.\n\n{p}",
            "ho scritto il saggio breve per la maturità, mi dai un voto onesto e mi dici cosa migliorare?",
            "Valuta questa relazione universitaria: la struttura regge? Le fonti sono usate bene? Vorrei osservazioni puntuali, non un riassunto.",
            "Griglia di valutazione allegata sopra. Tema dello studente: {p}\nAssegna un punteggio per indicatore e motiva ciascuno.",
        ],
    },
    "data_tooling": {
        "hi": [
            "यूनिट टेस्ट के लिए 10 नकली ग्राहकों का डेटा बना दो — नाम, मोबाइल नंबर (भारतीय फ़ॉर्मैट), शहर, पिन कोड। CSV में।",
            "Mera date parser DD/MM/YYYY leta hai. Iske liye edge cases ki list do jisse ye toot sakta hai — leap year, galat separator, waghera. {p}",
            "डेमो के लिए एक छोटा सा इन्वेंटरी डेटाबेस चाहिए: 15 उत्पाद, कीमत रुपये में, स्टॉक, कैटेगरी। SQL INSERT स्टेटमेंट में दीजिए।",
            "इस फ़ंक्शन के लिए pytest fixtures लिख दो, जिसमें खाली इनपुट, यूनिकोड नाम और बहुत लंबी स्ट्रिंग वाले केस भी हों:\n{p}",
        ],
        "vi": [
            "Tạo giúp mình file CSV 20 dòng khách hàng giả: họ tên tiếng Việt, số điện thoại, email, tỉnh/thành. Dùng để demo thôi.",
            "Viết mock data cho API trả về danh sách đơn hàng, có cả trường hợp null, mảng rỗng và giá trị âm để test frontend: {p}",
            "cần vài input khó cho hàm tách họ tên tiếng Việt, kiểu tên 4 chữ, họ kép, có dấu/không dấu",
            "Sinh dữ liệu mẫu cho bảng nhân viên (mã NV, phòng ban, lương, ngày vào làm) để seed database dev. Schema đây:\n{p}",
        ],
        "id": [
            "Buatin data dummy 25 baris buat tabel pelanggan: nama, NIK palsu (jangan yang valid ya), kota, tanggal lahir. Format CSV.",
            "Aku lagi bikin parser alamat Indonesia. Tolong kasih contoh input aneh-aneh (RT/RW, singkatan Jl., Gg., typo) buat test case.",
            "Bikin fixture JSON untuk unit test fungsi hitung ongkir ini, termasuk kasus berat 0 dan kota tidak ditemukan:\n{p}",
            "Generate contoh transaksi untuk demo dashboard keuangan, sekitar 30 baris, campur pemasukan dan pengeluaran. {p}",
        ],
        "tr": [
            "Birim testleri için sahte kullanıcı listesi lazım: ad soyad, TC kimlik no formatında ama geçersiz numaralar, il, e-posta. 15 satır CSV.",
            "Şu regex için kenar durumları üretir misin? Hem eşleşmesi hem eşleşmemesi gerekenler olsun. {p}",
            "demo veritabanı için ürün tablosu doldur: 20 ürün, fiyat TL, stok adedi, kategori. INSERT INTO olarak ver",
            "Bu dataclass için factory fonksiyonu ve birkaç örnek nesne yaz, testlerde tekrar tekrar kullanacağım:\n\n{p}",
        ],
        "it": [
            "Mi servono dati finti per un ambiente di staging: 30 clienti con nome, codice fiscale plausibile ma inventato, comune e CAP. In CSV per favore.",
            "Scrivimi dei casi limite per testare questo parser di numeri in formato italiano (virgola decimale, punto delle migliaia, segni, spazi): {p}",
            "fixture pytest per un modello Django Ordine con righe d'ordine, un paio di scenari realistici e uno vuoto",
            "Genera righe di esempio per una tabella prenotazioni di un B&B (date check-in/out, ospiti, importo) da usare in una demo al cliente. Schema qui sotto.\n{p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस मीटिंग के नोट्स का सार बना दो — मुख्य निर्णय, किसे क्या करना है, और डेडलाइन। बुलेट पॉइंट में।\n{p}",
            "Ye research paper AI models ki reasoning ability par hai. 5-6 line me summary do aur authors ne kya steps follow kiye wo bhi list karo.",
            "कृपया इस लंबी रिपोर्ट का एक पैराग्राफ़ में सारांश दें, मुख्य तर्क छूटने नहीं चाहिए। {p}",
            "कल की क्लास के लिए इस अध्याय को छोटा कर दो, परीक्षा के हिसाब से ज़रूरी बातें ही रखना।",
        ],
        "vi": [
            "Tóm tắt giúp mình đoạn chat nhóm Zalo dài dằng dặc này, rốt cuộc mọi người chốt được gì chưa? {p}",
            "Mình đang đọc một paper về chain-of-thought prompting. Tóm tắt giúp mình luận điểm chính và các bước thí nghiệm mà tác giả đã làm.",
            "tóm tắt ngắn gọn bài báo này cho mẹ mình đọc, đừng dùng từ chuyên môn",
            "Hãy tóm lược tài liệu chính sách nội bộ này, giữ lại các điều khoản quan trọng và những thay đổi so với bản cũ.\n\n{p}",
        ],
        "id": [
            "Ringkas transkrip podcast ini jadi poin-poin penting, sertakan juga kutipan yang paling menarik. {p}",
            "Tolong bikin rangkuman jurnal ini buat bahan presentasi kuliah, sebutkan juga metode penelitian yang dipakai penulis langkah demi langkah.",
            "rangkum dong artikel ini jadi 3 poin aja, males baca panjang2 😂",
            "Artikel ini membahas apakah model AI benar-benar bernalar. Ringkas argumen pro dan kontranya secara seimbang:\n{p}",
        ],
        "tr": [
            "Müşteri görüşmesinin dökümünü özetle: müşterinin talepleri, itirazları ve bizim verdiğimiz sözler.",
            "Bu makale büyük dil modellerinin matematik problemlerinde nasıl akıl yürüttüğünü inceliyor. Ana argümanları ve yazarların izlediği yöntemi adım adım özetler misin? {p}",
            "şu raporu 1 paragrafa indir, yöneticiye atacağım",
            "Aşağıdaki kitap bölümünün özetini çıkar, önemli kavramları kalın yaz.\n{p}",
        ],
        "it": [
            "Riassumi il verbale della riunione di condominio: cosa è stato deciso, chi ha votato contro, prossimi passi. {p}",
            "Fammi un riassunto di questo paper sul ragionamento nei LLM: tesi principale, esperimenti fatti in ordine e limiti che gli autori stessi ammettono.",
            "riassunto in 5 righe, è per un post su LinkedIn",
            "Devo preparare l'esame di diritto privato. Sintetizza questo capitolo mantenendo gli argomenti chiave e gli esempi giurisprudenziali:\n\n{p}",
        ],
    },
    "debugging_help": {
        "hi": [
            "ये कोड IndexError दे रहा है और मुझे समझ नहीं आ रहा क्यों। लाइन दर लाइन बताओ कि हर वेरिएबल की वैल्यू क्या होती है: {p}",
            "Loop ek baar zyada chal raha hai lagta hai. Off-by-one hai kya? Samjhao kahan.",
            "मेरा API कॉल कभी-कभी null लौटाता है, लोकल पर ठीक चलता है पर सर्वर पर नहीं। डीबग करने का तरीका बताइए।",
            "इस फ़ंक्शन को इनपुट [3, 1, 2] देकर ड्राई रन करके दिखाओ, हर स्टेप पर लिस्ट कैसी दिखती है:\n{p}",
        ],
        "vi": [
            "Code này chạy ra kết quả sai mà không báo lỗi gì. Bạn trace giúp mình giá trị các biến qua từng vòng lặp được không? {p}",
            "sao cái useEffect của mình bị gọi vô hạn vậy, giải thích giùm",
            "Mình bị lỗi 'TypeError: cannot unpack non-iterable NoneType object'. Đây là stack trace và đoạn code liên quan:\n{p}",
            "Giải thích từng dòng đoạn script bash này làm gì và tại sao nó xóa nhầm thư mục của mình 😭",
        ],
        "id": [
            "Kode ini harusnya ngurutin data tapi hasilnya acak. Tolong jelasin baris per baris apa yang terjadi: {p}",
            "Kenapa ya query Laravel aku balikin data kosong padahal di database ada? Udah cek koneksi, aman.",
            "Tolong trace nilai variabel i, j, dan total di setiap iterasi untuk input n=4, saya mau paham kenapa hasilnya 9 bukan 10.\n{p}",
            "error segmentation fault di program C aku, kemungkinan penyebabnya apa aja? jelasin cara nyarinya step by step",
        ],
        "tr": [
            "Şu kod neden sonsuz döngüye giriyor? Satır satır ne yaptığını anlatır mısın?\n{p}",
            "NullPointerException alıyorum ama nereden geldiğini bulamadım. Stack trace ve ilgili sınıf aşağıda: {p}",
            "değişkenlerin her adımda aldığı değerleri bir tablo halinde göster, x=5 için. hesap bir yerde kayıyor",
            "Docker container'ım başlar başlamaz kapanıyor, exit code 137. Ne olabilir ve nasıl teşhis ederim?",
        ],
        "it": [
            "Questo script Python dovrebbe sommare le righe del CSV ma mi dà sempre zero. Puoi seguirlo riga per riga e dirmi cosa succede? {p}",
            "Perché questa funzione ricorsiva va in stack overflow con n grandi? Spiegami il flusso delle chiamate.",
            "Ho un bug strano: in locale funziona, in produzione le date escono sfasate di un'ora. Idee su come procedere?",
            "Mi fai il trace dei valori di left, right e mid a ogni iterazione di questa ricerca binaria con l'array [2, 5, 8, 12, 16] e target 12?\n\n{p}",
        ],
    },
}
