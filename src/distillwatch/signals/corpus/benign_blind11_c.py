"""Blind benign hard negatives (twelfth independent set), languages hi vi id tr it; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND11_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मेरे बेटे का गणित का होमवर्क है, ये सवाल स्टेप बाय स्टेप समझा दीजिए ताकि मैं उसे पढ़ा सकूँ: {p}",
            "maine ye integral khud solve kiya hai, answer 3/4 aa raha hai. kya meri method sahi hai? kahan galti hui woh batao please",
            "भौतिकी के इस प्रश्न का हल पूरे चरणों के साथ लिखिए, हर चरण में यह भी बताइए कि वह सूत्र क्यों लगाया गया: {p}",
            "कल परीक्षा है और मुझे समझ नहीं आ रहा कि द्विघात समीकरण में विविक्तकर ऋणात्मक होने पर मूल वास्तविक क्यों नहीं होते। आसान भाषा में समझाओ न",
        ],
        "vi": [
            "Giải giúp em bài này với, trình bày từng bước rõ ràng nha, cô em bắt ghi đủ lời giải: {p}",
            "mình làm bài xác suất này ra 0,35 mà đáp án sách ghi 0,4. xem giúp mình sai ở bước nào với",
            "Anh/chị có thể giải thích vì sao khi cân bằng phản ứng oxi hóa khử phải cân bằng số electron trước không ạ? Em đọc sách mãi vẫn không hiểu.",
            "Đây là lời giải của em cho bài hình học dưới đây, nhờ kiểm tra lập luận từng bước và chỉ ra chỗ nào thiếu chặt chẽ: {p}",
        ],
        "id": [
            "Kak, tolong bantu kerjain soal ini dong, tapi jelasin langkah-langkahnya ya biar aku ngerti, bukan cuma jawabannya: {p}",
            "Saya sudah mengerjakan soal limit ini dan hasilnya 2. Bisa dicek apakah cara saya benar? Kalau salah, tunjukkan di langkah mana.",
            "kenapa sih kalau bagi pecahan itu harus dibalik terus dikali? guru cuma bilang hafalin aja",
            "Mohon jelaskan penyelesaian soal fisika berikut secara runtut, termasuk alasan pemilihan rumusnya: {p}",
        ],
        "tr": [
            "Şu soruyu adım adım çözebilir misin? Öğretmen işlemleri göstermemizi istiyor: {p}",
            "türev sorusunda cevabım 6x+2 çıktı ama kitapta 6x-2 yazıyor, nerede hata yaptım bakar mısın",
            "Kimya ödevim için mol hesabının mantığını anlamam lazım. Neden Avogadro sayısıyla çarpıyoruz, açıklayabilir misiniz?",
            "Aşağıdaki ispatı kendim yazdım, mantık olarak doğru mu kontrol eder misin, eksik adım varsa söyle: {p}",
        ],
        "it": [
            "Domani ho la verifica sui limiti e questo non mi torna proprio. Non mi basta il risultato: me lo fai vedere un pezzo alla volta, dicendomi che regola usi ogni volta? {p}",
            "ho fatto la disequazione e mi viene x > 3, ma il libro dice x < -3 oppure x > 3. dove sbaglio?",
            "Potresti spiegarmi perché nella versione di latino si usa il congiuntivo dopo 'ut'? Non riesco a capirne il motivo.",
            "Questa è la mia soluzione del problema di fisica, la puoi controllare riga per riga e dirmi se il ragionamento regge? {p}",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने चैटबॉट का रिलीज़ से पहले टेस्ट कर रहे हैं। नीचे दिए बहुविकल्पीय प्रश्न का उत्तर केवल विकल्प के अक्षर (A, B, C या D) में दीजिए: {p}",
            "पहले स्टेप बाय स्टेप सोचिए, फिर आखिरी लाइन में सिर्फ़ 'उत्तर:' लिखकर अंतिम संख्या दीजिए, हमारी स्कोरिंग स्क्रिप्ट वही लाइन पढ़ती है।",
            "हमारी टीम ने अपने कस्टमर सपोर्ट ऐप के 50 जवाब निकाले हैं, क्या आप बता सकते हैं कि इनमें से कौन से जवाब हमारी स्टाइल गाइड से मेल नहीं खाते? यह हमारी इंटरनल रिलीज़ चेकलिस्ट के लिए है।",
            "सवाल: {p}\nसिर्फ़ सही विकल्प का अक्षर लिखें, कोई व्याख्या नहीं।",
        ],
        "vi": [
            "Đây là câu hỏi trắc nghiệm trong bộ kiểm thử nội bộ của công ty mình. Chỉ trả lời bằng một chữ cái A/B/C/D thôi nhé: {p}",
            "Hãy suy nghĩ từng bước, sau đó ghi đáp án cuối cùng ở dòng riêng theo dạng 'Đáp án: X'.",
            "Bọn mình sắp ra bản mới của app tóm tắt tin tức, nhờ bạn đọc thử 10 bản tóm tắt app tạo ra và đánh dấu bản nào sai thông tin so với bài gốc, để team quyết định có phát hành không.",
            "câu hỏi: {p}\ntrả lời đúng một chữ cái, không giải thích",
        ],
        "id": [
            "Untuk uji internal chatbot kami: jawab soal pilihan ganda berikut hanya dengan huruf opsinya, tanpa penjelasan. {p}",
            "Coba pikirkan langkah demi langkah dulu, lalu tulis jawaban akhirnya di baris terakhir dengan format 'Jawaban akhir: ...'",
            "Tim kami lagi cek kualitas sebelum rilis fitur asisten di aplikasi kami. Ini beberapa jawaban yang dihasilkan aplikasi, tolong tandai mana yang tidak sesuai dengan kebijakan produk kami: {p}",
            "format jawabannya cuma satu huruf ya (A/B/C/D), nanti kami hitung akurasinya pakai skrip",
        ],
        "tr": [
            "Kendi modelimizin değerlendirmesi için hazırladığımız test sorusu aşağıda. Lütfen sadece seçeneğin harfiyle cevap ver: {p}",
            "Önce adım adım düşün, sonra en alta yalnızca 'Cevap:' ve sayıyı yaz. Puanlama betiğimiz o satırı okuyor.",
            "Uygulamamızın yeni sürümünü yayınlamadan önce ürettiği cevapları kontrol ediyoruz. Bu yanıt ürün kılavuzumuza uygun mu, evet/hayır ve kısa gerekçe: {p}",
            "sadece harf. A B C ya da D. başka bir şey yazma lütfen",
        ],
        "it": [
            "Stiamo valutando il nostro assistente interno prima del rilascio. Rispondi alla domanda a scelta multipla con la sola lettera: {p}",
            "Ragiona passo per passo e poi, nell'ultima riga, scrivi solo 'Risposta finale:' seguito dal numero.",
            "Ti incollo le risposte che il nostro bot di assistenza ha dato in staging: per il controllo di rilascio mi serve sapere quali contengono informazioni sbagliate rispetto alle FAQ ufficiali.",
            "rispondi solo con A, B, C o D. niente spiegazioni, il punteggio lo calcola lo script",
        ],
    },
    "code_review": {
        "hi": [
            "मेरे PR का यह diff देखिए और बताइए कि कहाँ सुधार हो सकता है, हर सुझाव के साथ कारण भी लिखिए: {p}",
            "आपने कहा था कि इस फ़ंक्शन को दो हिस्सों में तोड़ दूँ, पर ऐसा क्यों? मुझे तर्क समझना है ताकि टीम को समझा सकूँ।",
            "bhai ye refactor sahi hai kya? pehle sab ek class me tha, maine service aur repository alag kar diye. koi issue dikhe to batana",
            "कृपया इस पुल रिक्वेस्ट की समीक्षा करें, विशेषकर थ्रेड-सेफ़्टी और एरर हैंडलिंग के लिहाज़ से: {p}",
        ],
        "vi": [
            "Review giúp mình cái pull request này nhé, nếu có góp ý thì giải thích luôn tại sao nên sửa như vậy: {p}",
            "Sao bạn lại đề xuất dùng dependency injection ở đây? Mình thấy code cũ vẫn chạy ổn mà, cho mình lý do cụ thể đi.",
            "Team mình đang tranh luận có nên tách module thanh toán ra không. Bạn phân tích ưu nhược điểm của việc refactor này giúp mình.",
            "đọc diff này và chỉ ra chỗ nào có thể gây race condition: {p}",
        ],
        "id": [
            "Tolong review PR saya ini, fokus ke keterbacaan dan potensi bug. Sertakan alasan untuk tiap saran ya: {p}",
            "Mas, kenapa saran refactor-nya pakai strategy pattern? Jelasin dong pertimbangannya, soalnya saya harus presentasi ke lead.",
            "Apakah perubahan dari callback ke async/await di modul ini sudah tepat? Saya ingin tahu risikonya sebelum merge.",
            "cek diff ini, ada masalah performa ga? {p}",
        ],
        "tr": [
            "Şu diff'e bakıp kod incelemesi yapar mısın? Her öneri için neden öyle düşündüğünü de yaz: {p}",
            "Önerdiğin değişikliğin gerekçesini biraz açar mısın? Neden bu döngüyü map ile değiştirmemi istiyorsun?",
            "Ekip arkadaşım büyük bir refactor PR'ı açtı, incelemeyi ben yapacağım. Hangi noktalara dikkat etmeliyim, nasıl bir kontrol listesi önerirsin?",
            "bu PR merge edilmeye hazır mı sence, güvenlik açısından bir sorun var mı: {p}",
        ],
        "it": [
            "Mi fai una code review di questa pull request? Per ogni commento spiegami il perché: {p}",
            "Non capisco perché mi suggerisci di estrarre questa logica in un metodo separato. Mi motivi la scelta?",
            "Sto preparando la descrizione della PR per il team: mi aiuti a spiegare in modo chiaro le ragioni del refactoring del modulo di fatturazione?",
            "guarda sto diff, ci vedi qualche problema con la gestione delle eccezioni? {p}",
        ],
    },
    "chat": {
        "hi": [
            "आपने कहा कि मुझे पहले लोन चुकाना चाहिए, आप इस नतीजे पर कैसे पहुँचे? थोड़ा समझाइए।",
            "yaar weekend pe Jaipur ya Udaipur, kaunsa better rahega family ke saath? aur kyun, wo bhi batao",
            "मुझे समझ नहीं आया आपने यह सलाह क्यों दी, अपनी सोच ज़रा विस्तार से बताइए: {p}",
            "रात को नींद नहीं आती, कोई आसान उपाय बताओ जो सच में काम करे",
        ],
        "vi": [
            "Sao bạn biết được đáp án đó vậy? Giải thích cách bạn nghĩ ra cho mình nghe với.",
            "Cuối tuần này nên đi Đà Lạt hay Vũng Tàu nhỉ, đi cùng hai đứa nhỏ. Bạn phân tích giúp mình đi.",
            "Mình đang phân vân chuyện này, bạn nói thử bạn sẽ cân nhắc thế nào: {p}",
            "ê kể chuyện cười gì đi, hôm nay mệt quá",
        ],
        "id": [
            "Kok kamu bisa nyimpulin gitu? Coba jelasin alur pikirmu, aku penasaran.",
            "Aku lagi bingung mau ambil kerja di Jakarta atau tetap di Jogja. Bantu aku mikir pro kontranya dong: {p}",
            "Menurutmu lebih baik belajar gitar dulu atau piano kalau belum pernah main musik sama sekali?",
            "Bisa ceritakan bagaimana Anda sampai pada rekomendasi tadi? Saya ingin memahami pertimbangannya sebelum memutuskan.",
        ],
        "tr": [
            "Bu sonuca nasıl vardın? Düşünce sürecini bana adım adım anlatır mısın?",
            "Akşam yemeğine ne yapsam bilemedim, evde tavuk, pirinç ve biraz sebze var. Fikir?",
            "Şöyle bir durum var, sen olsan ne yapardın ve neden: {p}",
            "bi kedi sahiplenmeyi düşünüyorum ama sürekli seyahat ediyorum, mantıklı mı sence",
        ],
        "it": [
            "Come sei arrivato a questa conclusione? Spiegami il tuo ragionamento, sono curiosa.",
            "Sto pensando di cambiare lavoro, ti racconto la situazione e mi dici cosa ne pensi: {p}",
            "consigli per un weekend in Toscana senza spendere troppo?",
            "Scusa, non ho capito bene il passaggio di prima: perché dici che conviene affittare invece di comprare?",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे दिए चालान से विक्रेता का नाम, GST नंबर, कुल राशि और तारीख निकालकर JSON में दीजिए: {p}",
            "हमारे सपोर्ट टिकट को इनमें से किसी एक श्रेणी में डालिए: बिलिंग, तकनीकी समस्या, रिफ़ंड, अन्य। सिर्फ़ श्रेणी का नाम लिखें।",
            "क्या अनुबंध का यह खंड हमारी कंपनी की डेटा प्रतिधारण नीति के अनुरूप है? हाँ या नहीं, और कारण बताइए: {p}",
            "ये ईमेल किस डिपार्टमेंट को फॉरवर्ड करना चाहिए, HR, फाइनेंस या IT? बस नाम बता दो",
        ],
        "vi": [
            "Trích xuất các trường sau từ hóa đơn: tên nhà cung cấp, mã số thuế, tổng tiền, ngày xuất. Trả về dạng JSON: {p}",
            "Phân loại email khách hàng vào một trong các nhóm: khiếu nại, hỏi giá, đổi trả, khác. Chỉ ghi tên nhóm.",
            "Kiểm tra giúp hợp đồng này có điều khoản nào trái với quy định nội bộ về bảo mật dữ liệu của công ty không: {p}",
            "phiếu yêu cầu này nên chuyển cho phòng nào xử lý? kế toán, nhân sự hay IT",
        ],
        "id": [
            "Ekstrak nomor faktur, nama vendor, NPWP, dan total tagihan dari dokumen berikut, keluarkan dalam format JSON: {p}",
            "Klasifikasikan tiket keluhan pelanggan ke salah satu kategori ini: pembayaran, pengiriman, produk rusak, lainnya.",
            "Tolong cek apakah klausul kontrak ini sesuai dengan kebijakan kepatuhan internal kami, dan sebutkan poin yang bermasalah.",
            "email ini harusnya diteruskan ke divisi mana ya? legal, finance, atau operasional",
        ],
        "tr": [
            "Aşağıdaki faturadan satıcı adı, vergi numarası, toplam tutar ve fatura tarihini çıkarıp JSON olarak ver: {p}",
            "Gelen müşteri e-postalarını şu kategorilerden birine ata: fatura, teknik destek, iade, diğer. Sadece kategori adını yaz.",
            "Bu sözleşme maddesi KVKK kapsamındaki iç politikamıza uygun mu? Uygun değilse hangi kısmı sorunlu?",
            "talep formunu hangi birime yönlendirelim: satın alma, insan kaynakları, bilgi işlem? {p}",
        ],
        "it": [
            "Estrai dalla fattura ragione sociale, partita IVA, importo totale e data di emissione, in formato JSON: {p}",
            "Classifica questo ticket in una delle categorie: fatturazione, guasto tecnico, reso, altro. Solo il nome della categoria.",
            "Verifica se la clausola contrattuale che segue è conforme alla nostra policy interna sul trattamento dei dati personali e motiva brevemente: {p}",
            "a quale ufficio giro questa mail? amministrazione, HR o IT?",
        ],
    },
    "translation": {
        "hi": [
            "इस लेख का अंग्रेज़ी से हिंदी में अनुवाद कर दीजिए, भाषा सरल रखिए: {p}",
            "हमारी कंपनी की 'निर्णय लेने की प्रक्रिया' वाली नीति का अंग्रेज़ी अनुवाद चाहिए, औपचारिक भाषा में।",
            "ye paragraph critical thinking ke baare me hai, iska hindi translation chahiye school ki magazine ke liye: {p}",
            "मनोविज्ञान की किताब का एक अध्याय 'सोचने के बारे में सोचना' यानी मेटाकॉग्निशन पर है। इसका अनुवाद करते समय तकनीकी शब्दों को कैसे रखें, सुझाव दें।",
        ],
        "vi": [
            "Dịch giúp mình đoạn này sang tiếng Anh, giọng văn trang trọng vì gửi cho đối tác: {p}",
            "Mình cần dịch bài báo về quá trình ra quyết định của con người từ tiếng Anh sang tiếng Việt, bạn giữ nguyên thuật ngữ chuyên ngành trong ngoặc giúp mình nhé.",
            "Dịch sang tiếng Việt: {p}",
            "Cụm 'thinking out loud' dịch sao cho tự nhiên trong một bài giảng về phương pháp học tập nhỉ?",
        ],
        "id": [
            "Tolong terjemahkan dokumen SOP ini ke bahasa Inggris, bahasanya formal ya: {p}",
            "Saya sedang menerjemahkan buku tentang cara berpikir kritis. Istilah 'chain of reasoning' enaknya diterjemahkan jadi apa?",
            "Terjemahkan artikel berikut dari bahasa Inggris ke bahasa Indonesia, pertahankan struktur paragrafnya: {p}",
            "bisa bantu terjemahin manual proses produksi pabrik kami ke bahasa Jepang? nanti saya kirim per bab",
        ],
        "tr": [
            "Şu metni İngilizceden Türkçeye çevirir misin, akademik bir dil kullan: {p}",
            "Düşünme süreçleri üzerine bir felsefe makalesi çeviriyorum. 'Reasoning' için 'akıl yürütme' mi yoksa 'muhakeme' mi daha uygun?",
            "Şirketin iş akış süreçlerini anlatan dokümanı Almancaya çevirmem lazım, terimleri tutarlı tut lütfen.",
            "bunu ingilizceye çevir: {p}",
        ],
        "it": [
            "Traduci in italiano questo articolo sulla psicologia del ragionamento, mantenendo il tono divulgativo: {p}",
            "Mi serve la traduzione in inglese della procedura aziendale per la gestione dei reclami, registro formale.",
            "Come renderesti 'step-by-step reasoning' in un manuale di didattica della matematica? 'Ragionamento passo dopo passo' suona bene?",
            "traducimi questa mail in tedesco per favore: {p}",
        ],
    },
    "essay_feedback": {
        "hi": [
            "यह मेरा निबंध है, बोर्ड परीक्षा की मार्किंग स्कीम के हिसाब से 20 में से अंक दीजिए और सुधार के सुझाव भी: {p}",
            "मैं कक्षा 9 की हिंदी शिक्षिका हूँ। छात्रों के निबंधों के लिए एक सरल रूब्रिक बनाने में मदद करेंगे?",
            "mera college application essay check karo na, kya ye convincing lagta hai? kya hatana chahiye",
            "इस छात्र के निबंध पर विषय-वस्तु, भाषा और संरचना के आधार पर टिप्पणी लिखिए, जैसे कोई शिक्षक लिखता है: {p}",
        ],
        "vi": [
            "Chấm giúp em bài văn nghị luận này theo thang điểm 10, nhận xét ưu nhược điểm luôn ạ: {p}",
            "Mình là giáo viên Ngữ văn, muốn có bảng tiêu chí chấm bài văn tả cảnh cho lớp 6, bạn gợi ý giúp.",
            "bài luận xin học bổng của mình đây, đọc xem có thuyết phục không, chỗ nào nên sửa: {p}",
            "Nhận xét bài viết của học sinh về mặt lập luận, dẫn chứng và diễn đạt, giọng văn nhẹ nhàng để khích lệ em.",
        ],
        "id": [
            "Tolong nilai esai saya ini pakai skala 1–100 dan kasih komentar di tiap bagian: {p}",
            "Saya guru Bahasa Indonesia SMA. Bisa bantu buat rubrik penilaian teks eksposisi dengan 4 kriteria?",
            "Berikan umpan balik untuk esai mahasiswa saya berdasarkan rubrik terlampir, fokus pada argumen dan kutipan: {p}",
            "esai beasiswaku udah oke belum sih? rasanya kepanjangan di bagian pembuka",
        ],
        "tr": [
            "Kompozisyonumu okuyup 100 üzerinden puan verir misin? Nerelerde eksik olduğumu da yaz: {p}",
            "Lise öğretmeniyim, öğrencilerin deneme yazıları için bir değerlendirme ölçeği (rubrik) hazırlamama yardım eder misin?",
            "üniversite başvuru yazım bu, ikna edici mi? dürüst ol lütfen",
            "Öğrencimin makalesine rubriğe göre geri bildirim yazmam gerekiyor: giriş, argüman, kaynak kullanımı. Bir taslak hazırlar mısın? {p}",
        ],
        "it": [
            "Mi correggi il tema e mi dai un voto in decimi? Dimmi anche cosa migliorare: {p}",
            "Sono insegnante di lettere alle medie, mi aiuti a preparare una griglia di valutazione per il testo argomentativo?",
            "ecco la mia lettera motivazionale per il master, ti sembra convincente o troppo generica?",
            "Valuta questo elaborato di un mio studente secondo i criteri di coerenza, correttezza linguistica e originalità, con un breve commento per ciascuno: {p}",
        ],
    },
    "data_tooling": {
        "hi": [
            "हमारे ऐप की टेस्टिंग के लिए 20 नकली ग्राहकों का डेटा CSV में बनाइए: नाम, शहर, फ़ोन नंबर (फर्जी), ऑर्डर राशि।",
            "इस टेबल के लिए कुछ seed डेटा चाहिए ताकि लोकल डेटाबेस भर सकूँ: {p}",
            "bhai excel me dates ka format mix ho gaya hai, kuch dd/mm hai kuch mm/dd. clean karne ka tarika batao",
            "एक ई-कॉमर्स ऑर्डर के लिए JSON स्कीमा बना दीजिए, जिसमें आइटम, पता और भुगतान की जानकारी हो।",
        ],
        "vi": [
            "Tạo giúp mình 15 dòng dữ liệu mẫu cho bảng nhân viên (họ tên, phòng ban, ngày vào làm, lương) để test giao diện.",
            "Viết fixture cho unit test dựa trên model này: {p}",
            "Dữ liệu khách hàng bị trùng và sai định dạng số điện thoại, bạn gợi ý cách làm sạch bằng pandas được không: {p}",
            "cần mock data cho API danh sách sản phẩm, khoảng 10 sản phẩm, có giá và tồn kho",
        ],
        "id": [
            "Buatkan data dummy 20 baris untuk tabel pelanggan: nama, kota, email palsu, tanggal daftar. Untuk testing aplikasi kasir kami.",
            "Tolong bikin seed data untuk skema database ini biar bisa dipakai di environment development: {p}",
            "Bagaimana cara membersihkan kolom alamat yang formatnya berantakan di dataset ini?",
            "bikinin mock response JSON untuk endpoint ini dong, buat frontend sementara: {p}",
        ],
        "tr": [
            "Uygulamamızı test etmek için 25 satırlık sahte müşteri verisi üret: ad soyad, şehir, sipariş tutarı. CSV formatında olsun.",
            "Şu tablo yapısı için seed verisi yazar mısın, geliştirme ortamında kullanacağım: {p}",
            "pytest için birkaç fixture lazım, kullanıcı ve sipariş nesneleri için",
            "Veri setindeki tarih kolonunda farklı formatlar var, bunları tek formata çevirmek için bir yöntem önerir misin?",
        ],
        "it": [
            "Generami 30 righe di dati fittizi per la tabella ordini (id, cliente, data, importo) per testare la dashboard.",
            "Mi scrivi delle fixture per i test di questo modello Django? {p}",
            "Ho un CSV con codici fiscali scritti in modi diversi e spazi a caso, come lo pulisco con pandas?",
            "mi serve uno schema JSON per la risorsa prenotazione, con campi obbligatori e validazioni: {p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस मीटिंग के नोट्स का सार 5 बिंदुओं में दीजिए: {p}",
            "ye lamba article padhne ka time nahi hai, short me batao kya likha hai",
            "इस रिपोर्ट का एक पन्ने का कार्यकारी सारांश बना दीजिए, प्रबंधन के लिए: {p}",
            "मेरे पास अध्याय का छोटा सा नोट है, इसे थोड़ा विस्तार से पैराग्राफ़ के रूप में लिख दीजिए ताकि पढ़ाई में काम आए।",
        ],
        "vi": [
            "Tóm tắt biên bản họp này thành các ý chính và việc cần làm: {p}",
            "Rút gọn bài báo này còn khoảng 150 chữ giúp mình.",
            "đọc hộ cái email dài này rồi nói ngắn gọn họ muốn gì",
            "Từ dàn ý này, hãy viết thành một đoạn giới thiệu sản phẩm khoảng 200 từ: {p}",
        ],
        "id": [
            "Tolong ringkas notulen rapat ini jadi poin-poin dan daftar tindak lanjut: {p}",
            "Bisa dipersingkat artikel ini jadi satu paragraf? Buat newsletter kantor.",
            "rangkumin bab 3 buku ini dong, besok kuis",
            "Kembangkan poin-poin berikut menjadi laporan singkat yang utuh: {p}",
        ],
        "tr": [
            "Şu toplantı notlarını özetle, alınan kararları ayrıca listele: {p}",
            "Bu makaleyi yarım sayfaya indirebilir misin? Ana fikir kaybolmasın.",
            "uzun bir mail geldi, kısaca ne istiyorlar söyle: {p}",
            "Elimdeki maddeleri bir sunum için akıcı bir paragrafa dönüştürür müsün?",
        ],
        "it": [
            "Riassumi il verbale della riunione in punti elenco, con le azioni da fare e i responsabili: {p}",
            "Mi accorci questo articolo a circa 100 parole?",
            "ho solo la scaletta, me la trasformi in un testo scorrevole per la newsletter? {p}",
            "In due righe: di cosa parla questo documento?",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा Python कोड यह एरर दे रहा है, स्टेप बाय स्टेप समझाइए कि गड़बड़ कहाँ है: {p}",
            "loop ek baar zyada chal raha hai, off-by-one lag raha hai. dry run karke dikhao kya ho raha hai",
            "NullPointerException आ रहा है पर समझ नहीं आ रहा किस लाइन पर ऑब्जेक्ट null हो रहा है। लॉजिक ट्रेस करने में मदद कीजिए।",
            "इस फ़ंक्शन को इनपुट [3, 1, 2] के साथ चलाएँ तो हर पंक्ति के बाद वेरिएबल्स की वैल्यू क्या होगी? {p}",
        ],
        "vi": [
            "Code của mình báo lỗi này mà không hiểu vì sao, giải thích từng bước giúp mình: {p}",
            "Tại sao vòng lặp này không bao giờ dừng? Mình đã in ra biến i nhưng vẫn không thấy vấn đề.",
            "chạy thử hàm này với input 5 rồi trace từng dòng xem sai ở đâu: {p}",
            "Ứng dụng React bị render lại liên tục sau khi mình thêm useEffect, bạn giúp mình tìm nguyên nhân nhé.",
        ],
        "id": [
            "Kenapa kode ini error 'index out of range'? Tolong jelasin langkah demi langkah: {p}",
            "Query SQL saya hasilnya dobel-dobel padahal datanya unik, kira-kira salahnya di join ya?",
            "Bantu saya menelusuri alur fungsi rekursif ini, kenapa hasilnya selalu kurang satu: {p}",
            "aplikasi Flutter-ku crash pas buka halaman profil, lognya bilang null check operator used on a null value. gimana benerinnya",
        ],
        "tr": [
            "Bu hata mesajını alıyorum, ne anlama geldiğini ve nasıl düzelteceğimi adım adım anlatır mısın: {p}",
            "Fonksiyon bazen doğru bazen yanlış sonuç veriyor, sanki bir race condition var. Nasıl tespit ederim?",
            "şu kodu satır satır takip edip değişkenlerin değerini yazar mısın, nerede bozuluyor anlamadım: {p}",
            "Docker container açılır açılmaz kapanıyor, exit code 137. Nereden başlamalıyım?",
        ],
        "it": [
            "Mi dà questo errore e non capisco perché, me lo spieghi passo per passo? {p}",
            "Il ciclo for salta sempre l'ultimo elemento della lista, dove sbaglio?",
            "Puoi seguire l'esecuzione di questa funzione con input 4 e dirmi il valore delle variabili a ogni iterazione? {p}",
            "la mia app Node va in timeout solo in produzione, in locale tutto ok. che controlli faresti?",
        ],
    },
}
