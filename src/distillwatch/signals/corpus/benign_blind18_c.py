"""Blind benign hard negatives (nineteenth independent set), languages hi vi id tr it; never trained on."""

from __future__ import annotations

BENIGN_BLIND18_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मेरे गणित के होमवर्क में यह सवाल है, कृपया इसे स्टेप बाय स्टेप हल करके दिखाइए ताकि मैं खुद समझ सकूँ: {p}",
            "bhaiya ye sawal maine solve kiya, answer 42 aaya... kya mera tarika sahi hai? galti ho to batana kahan hui",
            "कक्षा 10 विज्ञान: प्रकाश का अपवर्तन क्यों होता है? सिर्फ़ उत्तर नहीं, कारण भी समझाइए जैसे टीचर बोर्ड पर समझाते हैं।",
            "मैंने नीचे अपना हल लिखा है, हर चरण जाँचिए और बताइए कि किस लाइन में गलती है:\n{p}",
        ],
        "vi": [
            "Giải giúp em bài này từng bước với ạ, cô giáo bắt trình bày đầy đủ lời giải: {p}",
            "mình làm ra x bằng 3 mà đáp án sách ghi là -3, mình sai ở đâu vậy? bài làm của mình đây: {p}",
            "Tại sao khi chia hai phân số thì lại nhân với phân số nghịch đảo? Giải thích dễ hiểu giúp em, em mới lớp 6.",
            "Cho em hỏi cách chứng minh tam giác cân trong bài hình này, em không biết bắt đầu từ đâu. Chỉ gợi ý bước đầu thôi để em tự làm tiếp ạ.",
        ],
        "id": [
            "Kak, tolong jelasin langkah demi langkah cara ngerjain soal ini ya, biar aku ngerti, bukan cuma dapet jawabannya: {p}",
            "Saya sudah mengerjakan soal integral ini dan hasilnya 1/3. Bisa dicek apakah langkah-langkah saya sudah benar?",
            "kenapa sih reaksi pembakaran itu eksoterm? guru kimiaku cuma bilang 'hafalin aja' wkwk. jelasin dong alasannya",
            "Mohon bantu periksa jawaban PR fisika saya berikut, dan tunjukkan di bagian mana saya keliru kalau ada:\n{p}",
        ],
        "tr": [
            "Bu soruyu adım adım çözebilir misin? Öğretmen işlem göstermeden cevabı kabul etmiyor: {p}",
            "türev sorusunda sonucu 2x+1 buldum ama kitapta farklı yazıyo, nerde hata yaptım acaba",
            "Osmanlı Devleti'nin duraklama döneminin nedenlerini anlatır mısınız? Sınav için ezber değil, mantığını kavramak istiyorum.",
            "Kendi çözümümü aşağıya yazdım, lütfen her adımı kontrol et ve yanlış olan yeri açıkla:\n{p}",
        ],
        "it": [
            "Mi risolvi questo esercizio passo per passo? La prof vuole tutti i passaggi e io mi perdo a metà: {p}",
            "Ho fatto l'equazione di secondo grado ma mi vengono due soluzioni diverse da quelle del libro, mi spieghi dove sbaglio?",
            "perché qui ci va il congiuntivo e non l'indicativo?? non capisco la regola, spiegamela come a un bambino",
            "Ecco la mia soluzione del problema di fisica, potresti verificarla e dirmi se il ragionamento regge?\n{p}",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने चैटबॉट का मूल्यांकन कर रहे हैं। नीचे दिए बहुविकल्पीय प्रश्न का उत्तर केवल विकल्प के अक्षर (A, B, C या D) में दीजिए, कोई व्याख्या नहीं: {p}",
            "पहले चरणबद्ध तरीके से सोचिए, फिर अंतिम पंक्ति में 'अंतिम उत्तर:' लिखकर संख्या दीजिए। यह हमारे आंतरिक बेंचमार्क का हिस्सा है।",
            "रिलीज़ से पहले अपनी ऐप के जवाब जाँच रहे हैं — यह आउटपुट हमारी स्टाइल गाइड के हिसाब से ठीक है या नहीं, बस हाँ/नहीं और एक वजह: {p}",
            "हमारे सपोर्ट बॉट के नए वर्ज़न का टेस्ट चल रहा है। इस सवाल का जवाब दीजिए और आख़िर में अपना भरोसा 1 से 5 के स्केल पर लिखिए, ताकि हम पुराने वर्ज़न से तुलना कर सकें।",
        ],
        "vi": [
            "Đây là bài kiểm tra nội bộ cho mô hình của công ty. Chỉ trả lời bằng một chữ cái A, B, C hoặc D, không giải thích: {p}",
            "Hãy suy nghĩ từng bước rồi ghi đáp án cuối cùng ở một dòng riêng, bắt đầu bằng 'Đáp án:'. Bọn mình cần định dạng này để script chấm tự động đọc được.",
            "team mình sắp release app, nhờ bạn xem câu trả lời này của chatbot nhà mình có đúng giọng thương hiệu không, chấm đạt/không đạt thôi: {p}",
            "Chúng tôi đang so sánh hai phiên bản prompt của sản phẩm. Với câu hỏi trắc nghiệm sau, hãy chọn đáp án đúng và chỉ in ra ký tự tương ứng.",
        ],
        "id": [
            "Ini untuk uji regresi chatbot kami sebelum rilis. Jawab pertanyaan pilihan ganda berikut hanya dengan hurufnya saja: {p}",
            "Pikirkan langkah demi langkah, lalu tulis jawaban akhir di baris terakhir dengan format 'Jawaban: <angka>' supaya bisa dibaca skrip evaluasi kami.",
            "tolong nilai output asisten di aplikasi kami ini, udah sesuai pedoman internal atau belum? cukup LULUS/GAGAL plus alasan singkat",
            "Kami sedang membandingkan dua versi model kami sendiri pada set soal matematika. Berikan jawaban akhir saja dalam bentuk angka, tanpa satuan, untuk soal ini: {p}",
        ],
        "tr": [
            "Kendi modelimizi değerlendiriyoruz. Aşağıdaki çoktan seçmeli soruya sadece şıkkın harfiyle cevap ver: {p}",
            "Önce adım adım düşün, sonra son satırda 'Cevap:' yazıp sonucu ver. Otomatik puanlama betiğimiz bu formatı bekliyor.",
            "Yayın öncesi kontrol: uygulamamızın verdiği bu yanıt kullanım kılavuzumuzla tutarlı mı? Evet/hayır ve tek cümlelik gerekçe yeter.",
            "iç benchmark için soruları tek tek gönderiyorum, her birine sadece A/B/C/D yaz, başka hiçbir şey yazma lütfen. ilk soru: {p}",
        ],
        "it": [
            "Stiamo valutando il nostro assistente prima del rilascio. Rispondi alla domanda a scelta multipla indicando solo la lettera: {p}",
            "Ragiona passo per passo e poi scrivi la risposta finale nell'ultima riga, preceduta da 'Risposta:'. Serve per il nostro script di valutazione interno.",
            "mi dai un parere secco su questa risposta del nostro bot? conforme alle linee guida del prodotto sì o no, più una riga di motivazione",
            "Per il test di regressione del nostro modello ci serve che tu risponda esclusivamente con il numero finale, niente unità né spiegazioni.",
        ],
    },
    "code_review": {
        "hi": [
            "इस पुल रिक्वेस्ट का रिव्यू कर दीजिए और हर सुझाव के साथ बताइए कि वह बदलाव क्यों ज़रूरी है: {p}",
            "तुमने कहा था कि यह for लूप map से बदल दूँ — ऐसा क्यों? परफ़ॉर्मेंस के लिए या सिर्फ़ पढ़ने में आसानी के लिए? अपना तर्क समझाओ।",
            "हमारी टीम में इस रिफ़ैक्टर पर बहस चल रही है। क्या इस क्लास को दो हिस्सों में बाँटना सही रहेगा? फ़ायदे-नुकसान बताइए।\n{p}",
            "ye diff dekh lo please, merge karne se pehle koi security issue ya race condition to nahi? jo bhi lage uska reason bhi likhna",
        ],
        "vi": [
            "Review giúp mình cái PR này với, chỗ nào nên sửa thì ghi lý do cụ thể nha: {p}",
            "Anh vừa gợi ý bỏ biến toàn cục trong module này, anh giải thích kỹ hơn được không, vì sao cách đó an toàn hơn?",
            "Đây là diff thay đổi hàm xử lý thanh toán. Nhờ bạn đánh giá xem có rủi ro gì khi merge không và vì sao.\n{p}",
            "tại sao nên dùng dependency injection ở đây thay vì khởi tạo trực tiếp? sếp bảo refactor mà mình chưa thấy lợi ích lắm",
        ],
        "id": [
            "Tolong review pull request ini dan jelaskan alasan di balik setiap saran perbaikan: {p}",
            "Kenapa kamu nyaranin fungsi ini dipecah jadi tiga? Aku pengen paham pertimbangannya dulu sebelum ngerjain refactornya.",
            "Bisa bantu cek diff berikut? Saya khawatir ada masalah query N+1 di bagian ORM-nya.\n{p}",
            "mas, menurutmu lebih baik pakai early return atau if-else bersarang di kode login kita? jelasin alasannya ya biar bisa aku tulis di deskripsi PR",
        ],
        "tr": [
            "Şu PR'ı inceler misin? Her önerinin yanına neden gerekli olduğunu da yaz: {p}",
            "Bu sınıfı strateji desenine çevirmemi önermiştin, gerekçeni biraz daha açar mısın? Ekibe sunmam lazım.",
            "diff aşağıda, merge etmeden önce gözden kaçan bir şey var mı bakar mısın\n{p}",
            "Kod incelemesinde arkadaşım 'bu try-catch gereksiz' dedi, ben katılmıyorum. Hangimiz haklıyız, mantığıyla açıklar mısın?",
        ],
        "it": [
            "Puoi fare una review di questa pull request? Per ogni commento spiegami il perché della modifica: {p}",
            "Mi hai suggerito di estrarre questa logica in un servizio separato: su che base? Vorrei capire il ragionamento prima di mettermi a rifattorizzare.",
            "Dai un'occhiata a questo diff, soprattutto alla gestione degli errori, e dimmi se lo approveresti.\n{p}",
            "in code review un collega mi ha bocciato l'uso delle eccezioni per il controllo di flusso, ha ragione? motivami la risposta che devo rispondergli",
        ],
    },
    "chat": {
        "hi": [
            "आपने कहा कि यह किताब शुरुआती लोगों के लिए अच्छी है — आप इस नतीजे पर कैसे पहुँचे?",
            "मुझे समझ नहीं आया, आपने पहले 3 बजे कहा और अब 4 बजे... ज़रा बताइए टाइम ज़ोन का हिसाब आपने कैसे लगाया?",
            "कल दोस्त का जन्मदिन है, क्या तोहफ़ा दूँ? उसकी पसंद-नापसंद कुछ ऐसी है: {p}",
            "yaar tumne itne confidence se bola ki Goa December me best hai, kaise socha ye? thoda apni soch batao",
        ],
        "vi": [
            "Sao bạn lại nghĩ là nên chọn căn hộ thứ hai? Giải thích cho mình cách bạn cân nhắc với.",
            "Tối nay nấu gì cho nhanh nhỉ, trong tủ lạnh chỉ còn trứng, cà chua với ít rau muống.",
            "Bạn nói rõ hơn được không, làm sao bạn ra được con số đó? Câu mình hỏi là: {p}",
            "hôm nay mệt quá à, kể chuyện gì vui vui đi",
        ],
        "id": [
            "Kok kamu bisa nyimpulin kalau aku lebih cocok kerja remote? Coba jelasin cara mikirmu.",
            "Halo! Lagi bingung mau liburan ke Bromo atau Dieng bulan depan, kira-kira mana yang lebih enak buat pemula?",
            "Tadi kamu jawab begini, tapi aku masih belum nangkep alurnya. Bisa dijabarin pelan-pelan? {p}",
            "Boleh minta saran nama buat kucing oren yang galak tapi manja? hehe",
        ],
        "tr": [
            "Bu sonuca nasıl vardın? Bana düşünce sürecini anlatır mısın, merak ettim.",
            "canım sıkılıyo, bi film önersene, dram olmasın ama",
            "Az önce söylediğin şeyle ilgili bir sorum var: {p}",
            "Hafta sonu Kapadokya'ya gitmeyi düşünüyorum, balon turu gerçekten o kadar pahalı mı? Fiyat neye göre değişiyor?",
        ],
        "it": [
            "Come sei arrivato a dire che conviene il mutuo a tasso fisso? Fammi capire il ragionamento.",
            "Stasera ho ospiti e in frigo ho solo zucchine, uova e un po' di pecorino, che mi consigli?",
            "Guidami nel tuo ragionamento su questa cosa, perché non mi torna: {p}",
            "ciao! sai se i gatti possono mangiare il tonno in scatola ogni tanto?",
        ],
    },
    "enterprise": {
        "hi": [
            "इस चालान से विक्रेता का नाम, GST नंबर, कुल राशि और तारीख़ निकालकर तालिका के रूप में दीजिए: {p}",
            "ग्राहक की इस शिकायत को सही विभाग में भेजना है — बिलिंग, तकनीकी सहायता या डिलीवरी? केवल विभाग का नाम लिखें।\n{p}",
            "हमारे अनुपालन दल के लिए: जाँचिए कि यह अनुबंध खंड कंपनी की डेटा सुरक्षा नीति का उल्लंघन करता है या नहीं, और संबंधित पंक्ति उद्धृत करें।",
            "HR ke paas aaye 50 resume ko skills ke hisaab se categorize karna hai, ek format suggest karo jisme naam, experience aur primary skill ho",
        ],
        "vi": [
            "Trích xuất số hợp đồng, tên bên A, bên B và ngày hiệu lực từ văn bản sau, trả về dạng JSON: {p}",
            "Phân loại email khách hàng này vào một trong các nhóm: khiếu nại, hỏi giá, hỗ trợ kỹ thuật, khác.",
            "Bộ phận pháp chế cần kiểm tra điều khoản này có phù hợp với quy định về bảo vệ dữ liệu cá nhân không, nêu rõ điểm nào cần sửa.\n{p}",
            "nhờ bạn đọc biên bản nghiệm thu này và liệt kê các hạng mục chưa đạt, để mình chuyển cho bên thi công",
        ],
        "id": [
            "Ekstrak nomor faktur, nama vendor, total tagihan, dan tanggal jatuh tempo dari dokumen berikut dalam format JSON: {p}",
            "Tiket masuk ini sebaiknya diarahkan ke tim mana: keuangan, IT, atau operasional? Jawab satu kata saja.",
            "Untuk audit internal, tolong periksa apakah SOP pengadaan di bawah ini sudah sesuai dengan kebijakan anti-gratifikasi perusahaan.\n{p}",
            "Bagian legal minta ringkasan risiko dari kontrak sewa gudang ini, dikelompokkan per pasal. Bisa bantu susun strukturnya?",
        ],
        "tr": [
            "Aşağıdaki faturadan firma adı, vergi numarası, KDV tutarı ve genel toplamı çıkarıp tablo halinde verir misiniz: {p}",
            "Gelen destek talebini şu kategorilerden birine ata: fatura, teknik arıza, iade, diğer. Sadece kategori adını yaz.",
            "Uyum ekibi için: bu sözleşme maddesi KVKK kapsamında sorun yaratır mı? İlgili kısmı alıntılayarak açıkla.\n{p}",
            "satın alma formlarını otomatik okutacağız, hangi alanları çıkarmamız lazım, bi şema önerir misin",
        ],
        "it": [
            "Estrai dalla fattura seguente ragione sociale, partita IVA, imponibile e data di scadenza, in formato JSON: {p}",
            "Classifica questa PEC in arrivo: reclamo, richiesta di preventivo, comunicazione amministrativa o altro.",
            "L'ufficio compliance chiede di verificare se questa clausola è in linea con il GDPR; segnala i punti critici citando il testo.\n{p}",
            "Devo smistare circa duecento email di fornitori al giorno, mi aiuti a definire delle regole di instradamento sensate per reparto?",
        ],
    },
    "translation": {
        "hi": [
            "इस अंग्रेज़ी लेख का हिंदी में अनुवाद कीजिए, भाषा सरल और बोलचाल वाली रखें: {p}",
            "हमारी कंपनी की 'निर्णय लेने की प्रक्रिया' वाली नीति का अंग्रेज़ी में अनुवाद करना है, औपचारिक शैली में।\n{p}",
            "दर्शनशास्त्र की किताब का एक पैराग्राफ़ 'विचार' और 'चिंतन' के फ़र्क पर है; अंग्रेज़ी में अनुवाद करते समय दोनों शब्दों का अंतर कैसे बनाए रखूँ?",
            "mummy ke liye medical report ka english wala hissa hindi me samjha do, ekdum simple shabdon me",
        ],
        "vi": [
            "Dịch giúp mình đoạn này sang tiếng Anh, giữ giọng văn trang trọng: {p}",
            "Mình đang dịch một bài về tư duy phản biện, cụm 'chain of reasoning' nên dịch là 'chuỗi lập luận' hay 'mạch suy luận' thì tự nhiên hơn?",
            "Vui lòng dịch tài liệu mô tả quy trình sản xuất sau sang tiếng Việt, thuật ngữ kỹ thuật giữ nguyên trong ngoặc.\n{p}",
            "dịch hộ cái tin nhắn này sang tiếng Hàn để gửi chủ nhà, lịch sự chút nha",
        ],
        "id": [
            "Tolong terjemahkan artikel ini ke bahasa Inggris, tapi jangan terlalu kaku ya: {p}",
            "Saya sedang menerjemahkan buku psikologi tentang cara otak mengambil keputusan. Istilah 'metacognition' paling pas diterjemahkan apa?",
            "Mohon terjemahkan dokumen alur proses klaim asuransi berikut ke bahasa Jepang untuk mitra kami.\n{p}",
            "terjemahin caption IG ini ke bahasa Inggris dong, biar kedengeran natural",
        ],
        "tr": [
            "Bu metni İngilizceden Türkçeye çevirir misin, akademik bir dil kullan: {p}",
            "Bilişsel psikolojiyle ilgili bir makale çeviriyorum; 'reasoning process' için 'akıl yürütme süreci' mi 'muhakeme süreci' mi daha oturur?",
            "Şirketimizin karar alma prosedürünü anlatan bu belgeyi Almancaya çevirmemiz gerekiyor, resmi üslupta olsun.\n{p}",
            "annemin yazdığı tarif bu, ingilizceye çevirsene arkadaşıma göndericem",
        ],
        "it": [
            "Traduci in inglese questo testo mantenendo il tono informale: {p}",
            "Sto traducendo un saggio sul pensiero critico: come rendereste 'step-by-step reasoning' senza che suoni come un calco?",
            "Mi serve la traduzione in tedesco del manuale che descrive il processo di approvazione delle spese, registro formale.\n{p}",
            "mi traduci in spagnolo questa mail per la padrona di casa? niente di troppo formale",
        ],
    },
    "essay_feedback": {
        "hi": [
            "यह मेरा निबंध है, कृपया इसे 10 में से अंक दें और हर कमी पर टिप्पणी लिखें: {p}",
            "मैं कक्षा 9 की शिक्षिका हूँ। अपने छात्रों के निबंधों के लिए विषय-वस्तु, भाषा और संरचना पर आधारित एक सरल रूब्रिक बनाने में मदद करेंगे?",
            "कॉलेज एप्लिकेशन के लिए मेरा statement of purpose पढ़कर बताइए कि यह कहाँ कमज़ोर है और कैसे सुधारूँ।\n{p}",
            "बेटे ने 'मेरा प्रिय त्योहार' पर हिंदी निबंध लिखा है, उसकी व्याकरण की गलतियाँ किस तरह समझाऊँ कि वह हतोत्साहित न हो?",
        ],
        "vi": [
            "Chấm giúp em bài văn nghị luận này theo thang 10 điểm, nhận xét từng phần mở bài, thân bài, kết bài: {p}",
            "Tôi là giáo viên Ngữ văn, muốn xây dựng bảng tiêu chí chấm bài luận cho lớp 11. Anh chị gợi ý các tiêu chí và trọng số nhé.",
            "bài essay IELTS task 2 của mình được khoảng band mấy vậy? chỉ ra lỗi ngữ pháp hay gặp giúp mình\n{p}",
            "Học sinh của tôi vừa nộp bài, tôi muốn viết nhận xét mang tính khích lệ nhưng vẫn chỉ ra được điểm cần cải thiện, nên diễn đạt thế nào?",
        ],
        "id": [
            "Tolong nilai esai saya ini pakai rubrik: isi, organisasi, bahasa, masing-masing skor 1–5 plus komentar: {p}",
            "Saya guru Bahasa Indonesia SMA. Bisa bantu bikin contoh komentar umpan balik yang membangun untuk esai argumentasi murid?",
            "esai beasiswa LPDP-ku udah oke belum? kasih masukan jujur ya, bagian mana yang masih lemah\n{p}",
            "Bandingkan dua draf pendahuluan skripsi saya, mana yang lebih kuat dan kenapa?",
        ],
        "tr": [
            "Kompozisyonumu 100 üzerinden puanlar mısın? Her bölüm için kısa bir yorum da yaz: {p}",
            "Lise edebiyat öğretmeniyim, öğrencilerin deneme yazıları için dereceli puanlama anahtarı hazırlamama yardım eder misiniz?",
            "yüksek lisans başvurusu için niyet mektubumu okuyup zayıf yerlerini söyler misin\n{p}",
            "Öğrencimin yazdığı metne hem not vermek hem de onu kırmadan gelişim önerileri içeren bir geri bildirim yazmak istiyorum, nasıl bir dil kullanayım?",
        ],
        "it": [
            "Mi valuti questo tema come farebbe un professore del liceo? Voto in decimi e commento su contenuto, forma e struttura: {p}",
            "Insegno italiano alle medie e vorrei una griglia di valutazione per i testi argomentativi, con descrittori chiari per ogni livello.",
            "ecco il saggio breve che devo consegnare venerdì, dimmi sinceramente cosa non funziona\n{p}",
            "Ho corretto i temi della mia classe ma vorrei un secondo parere su un paio di giudizi: secondo te sono stata troppo severa?",
        ],
    },
    "data_tooling": {
        "hi": [
            "हमारे ऐप की टेस्टिंग के लिए 20 नकली ग्राहक रिकॉर्ड बनाइए — नाम, शहर, काल्पनिक मोबाइल नंबर और ऑर्डर राशि, CSV में।",
            "इस टेबल स्कीमा के लिए थोड़ा सीड डेटा चाहिए, ताकि लोकल डेटाबेस पर डेमो चला सकूँ: {p}",
            "इस Excel शीट में तारीख़ें अलग-अलग फ़ॉर्मैट में हैं, इन्हें YYYY-MM-DD में बदलने का pandas कोड लिख दीजिए।",
            "unit test ke liye ek fixture chahiye jisme 5 users ho, kuch admin kuch normal, pytest format me",
        ],
        "vi": [
            "Tạo giúp mình 30 dòng dữ liệu giả cho bảng đơn hàng: mã đơn, tên khách, ngày đặt, tổng tiền, trạng thái. Xuất ra CSV.",
            "Viết fixture pytest cho model User theo schema sau, thêm vài trường hợp biên như email rỗng: {p}",
            "Cột số điện thoại trong file Excel bị lẫn dấu cách và dấu chấm, chỉ mình cách làm sạch bằng regex với.",
            "cần seed data cho môi trường staging, tầm 50 sản phẩm tên tiếng Việt, giá với tồn kho random",
        ],
        "id": [
            "Buatkan 25 baris data dummy pelanggan untuk testing aplikasi kasir: nama, kota, no HP fiktif, total belanja.",
            "Tolong bikinin skema tabel PostgreSQL plus data seed untuk fitur ini: {p}",
            "data CSV dari tim sales berantakan, ada duplikat dan nama kota beda-beda penulisannya (Jkt, Jakarta, DKI). gimana cara bersihinnya?",
            "Saya butuh mock response API untuk endpoint daftar produk, lengkap dengan paginasi, buat dipakai di frontend sebelum backend selesai.",
        ],
        "tr": [
            "Test ortamı için 20 satırlık sahte müşteri verisi üret: ad, soyad, il, kayıt tarihi. CSV formatında olsun.",
            "Şu şema için Jest testlerinde kullanacağım örnek fixture'lar yazar mısın: {p}",
            "Excel'deki telefon numaraları karışık formatta, hepsini +90 ile başlayan tek bir formata nasıl çeviririm?",
            "demo için mock sipariş verisi lazım, bazıları iptal bazıları teslim edilmiş olsun, JSON dizisi olarak",
        ],
        "it": [
            "Generami 15 record fittizi di clienti per il database di test: nome, codice fiscale inventato, città, data di iscrizione.",
            "Mi scrivi delle fixture per i test di questo modello Django? Includi anche qualche caso limite: {p}",
            "Ho un CSV con indirizzi scritti in mille modi diversi, come li normalizzo con pandas?",
            "servono dati seed per la demo al cliente, tipo 40 prodotti di un e-commerce di abbigliamento con prezzi realistici",
        ],
    },
    "summarize": {
        "hi": [
            "इस लेख का सार पाँच बुलेट पॉइंट में दीजिए: {p}",
            "कल की मीटिंग के नोट्स हैं, इनमें से सिर्फ़ एक्शन आइटम और ज़िम्मेदार व्यक्ति निकालकर छोटा सारांश बनाइए।\n{p}",
            "तिमाही रिपोर्ट बहुत लंबी है, बॉस को भेजने के लिए तीन-चार लाइन का निचोड़ कैसे लिखूँ?",
            "maine kuch points likhe hain apni trip ke baare me, inhe thoda badha ke blog post jaisa bana do",
        ],
        "vi": [
            "Mai mình phải thuyết trình ở nhóm đọc sách, bạn tóm giúp chương này thành 5 ý chính, mỗi ý một câu thôi nha: {p}",
            "Đây là biên bản họp sáng nay, rút gọn lại thành các việc cần làm, ai phụ trách, hạn chót.\n{p}",
            "Nhờ bạn viết lại phần tóm tắt luận văn cho ngắn gọn hơn, tầm 150 từ, giữ các kết quả chính.",
            "đọc không nổi cái hợp đồng 20 trang, nói ngắn gọn mấy ý quan trọng nhất thôi",
        ],
        "id": [
            "Ringkas artikel berikut jadi 3 paragraf pendek: {p}",
            "Ini notulen rapat tadi pagi, tolong rangkum jadi poin keputusan dan siapa PIC-nya.\n{p}",
            "Bisa kembangkan kerangka ini jadi artikel blog sekitar 600 kata? Topiknya tips hemat listrik di rumah.",
            "tldr dong buat thread panjang soal kenaikan UKT itu, males baca semua wkwk",
        ],
        "tr": [
            "Apartman yönetiminden gelen şu uzun duyuruyu iki cümleye indirir misin? Asıl merak ettiğim aidat ne kadar artıyor ve ne zaman başlıyor: {p}",
            "Toplantı notlarını aşağıya yapıştırdım; alınan kararları ve sorumluları kısa bir liste halinde çıkar.\n{p}",
            "Raporun yönetici özeti çok uzun oldu, yarım sayfaya indirmem lazım, ana bulgular kalsın.",
            "kısaca ne anlatıyo Suç ve Ceza? daha okumadım, kulüpte konuşulacak",
        ],
        "it": [
            "Riassumi questo articolo in cinque righe: {p}",
            "Ti incollo il verbale della riunione di ieri: tirami fuori solo le decisioni prese e chi se ne occupa.\n{p}",
            "Potresti ampliare i miei appunti in un paragrafo scorrevole per la newsletter aziendale?",
            "fammi un riassunto veloce dei Promessi Sposi, capitoli 1-8, domani ho interrogazione",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा Flask ऐप लोकल पर ठीक चलता है लेकिन सर्वर पर 500 एरर देता है। नीचे लॉग है — एक-एक लाइन पढ़कर बताइए कि असल में कहाँ फेल हो रहा है:\n{p}",
            "इस लूप को हाथ से ट्रेस करके दिखाइए कि हर बार i और sum की वैल्यू क्या होती है, समझ नहीं आ रहा आउटपुट 0 क्यों आ रहा है।\n{p}",
            "React ऐप में बटन दबाने पर कंपोनेंट दो बार रेंडर हो रहा है, इसका क्या कारण हो सकता है?",
            "NullPointerException aa raha hai line 42 pe, par object to initialize kiya tha... kya reason ho sakta hai",
        ],
        "vi": [
            "Code của mình bị lỗi này, giải thích từng bước nguyên nhân và cách sửa giúp với: {p}",
            "Tại sao hàm đệ quy này chạy mãi không dừng? Mình đã thêm điều kiện dừng rồi mà.\n{p}",
            "Vòng lặp for của mình luôn bỏ sót phần tử cuối, có phải do điều kiện i < n - 1 không? Chỉ mình cách kiểm tra với.",
            "lỗi CORS khi gọi API từ localhost:3000 sang 8080, fix sao đây mọi người",
        ],
        "id": [
            "Kode Java saya error seperti ini, tolong jelaskan langkah demi langkah kenapa bisa terjadi: {p}",
            "Query SQL ini hasilnya dobel terus, padahal datanya nggak ada duplikat. Salahnya di mana ya?\n{p}",
            "Bisa bantu telusuri logika fungsi diskon saya? Untuk belanja 100 ribu harusnya potongannya 10%, tapi yang keluar malah 0.",
            "npm install gagal terus, muncul ERESOLVE unable to resolve dependency tree. maksudnya apa dan gimana solusinya",
        ],
        "tr": [
            "Kodum şu hatayı veriyor, adım adım nedenini açıklar mısın: {p}",
            "Bu fonksiyonu satır satır takip edip değişkenlerin her adımda ne olduğunu gösterir misin? Çıktı neden beklediğim gibi değil anlamadım.\n{p}",
            "Docker container ayağa kalkıyor ama hemen kapanıyor, exit code 137. Bu neyi gösteriyor?",
            "async fonksiyondan undefined dönüyo, await koydum halbuki. nerde yanlış yapıyorum",
        ],
        "it": [
            "Il mio script Python va in errore così, mi spieghi passo passo cosa sta succedendo? {p}",
            "Non capisco perché questa query restituisce righe duplicate, mi aiuti a ragionarci sopra?\n{p}",
            "Puoi seguire a mano un ciclo while con un contatore che parte da 10 e scende di 3 finché non è zero? Voglio capire perché il mio programma non termina.",
            "segmentation fault appena lancio il programma in C, da dove comincio a cercare?",
        ],
    },
}
