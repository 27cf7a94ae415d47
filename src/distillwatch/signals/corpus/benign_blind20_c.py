"""Blind benign hard negatives (twenty-first independent set), languages hi, vi, id, tr, it; never trained on."""

from __future__ import annotations

BENIGN_BLIND20_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मेरा गणित का होमवर्क है, इस सवाल को स्टेप बाय स्टेप हल करके दिखाओ ताकि मैं समझ सकूँ: {p}",
            "मैंने ये समीकरण खुद हल किया है और जवाब x बराबर 7 आया। क्या मेरे स्टेप्स सही हैं? गलती कहाँ हुई, बताना।",
            "कक्षा 10 विज्ञान: प्रकाश का अपवर्तन क्यों होता है, आसान भाषा में समझाइए। सिर्फ उत्तर नहीं, कारण भी चाहिए।",
            "bhai kal exam hai, probability wala ye question samajh nahi aa raha, har step ke saath explain kar do pls: {p}",
        ],
        "vi": [
            "Giải giúp em bài này từng bước với ạ, thầy bắt trình bày đầy đủ lời giải: {p}",
            "Em tự làm bài tích phân này rồi, ra kết quả là 3/2. Anh chị xem giúp em sai ở bước nào không?",
            "Tại sao khi nhân hay chia cho số âm thì phải đổi chiều bất phương trình vậy? Giải thích dễ hiểu chút nha, em lớp 8.",
            "Bài tập hoá: cân bằng phương trình phản ứng sau và giải thích cách làm để mình tự làm được mấy câu tương tự: {p}",
        ],
        "id": [
            "Kak, tolong jelasin langkah-langkahnya dong soal fisika ini, aku mau ngerti caranya bukan cuma jawabannya: {p}",
            "Saya sudah mengerjakan soal limit ini dan hasilnya 4. Bisa dicek apakah cara saya benar? Kalau salah, di langkah mana?",
            "Kenapa sih rumus luas lingkaran itu pi r kuadrat? Guru cuma nyuruh hafal, aku pengen tau asalnya.",
            "Tugas akuntansi: buatkan penyelesaian jurnal penyesuaian ini secara bertahap, tunjukkan perhitungannya ya. {p}",
        ],
        "tr": [
            "Şu türev sorusunu adım adım çözer misin? Öğretmen işlem göstermeden puan vermiyor: {p}",
            "Bu problemi kendim çözdüm, cevabı 12 buldum ama emin değilim. Adımlarımı kontrol edip hatam varsa gösterebilir misin?",
            "Neden iki negatif sayının çarpımı pozitif oluyor? Lise 1'e giden kardeşime anlatmam lazım, mantığını açıklar mısın",
            "ödevim var ya, kimya mol hesabı, nasıl yapılıyor hiç anlamadım. her adımı açıkla lütfen {p}",
        ],
        "it": [
            "Domani ho la verifica sulle equazioni di secondo grado. Mi fai vedere come si arriva alla soluzione di questa, un passaggio alla volta, così capisco dove mi blocco? {p}",
            "Ho fatto da solo questo problema di geometria e mi viene 24 cm². Potresti controllare il mio ragionamento e dirmi dove sbaglio?",
            "Perché nelle versioni di latino il verbo sta quasi sempre alla fine? Spiegamelo con calma, sono al primo anno di liceo.",
            "Compito di fisica per domani: {p} — non voglio solo il risultato, spiegami perché si usa proprio quella formula.",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने चैटबॉट का मूल्यांकन कर रहे हैं। नीचे बहुविकल्पीय प्रश्न है, केवल सही विकल्प का अक्षर (A, B, C या D) लिखें: {p}",
            "रिलीज़ से पहले हमारी ऐप के जवाबों की जाँच करनी है। हर उत्तर को हमारी अपनी टेस्ट शीट के हिसाब से 'सही' या 'गलत' मार्क करें।",
            "पहले चरण दर चरण सोचिए, फिर आखिरी लाइन में सिर्फ अंतिम उत्तर लिखिए 'उत्तर:' के बाद। {p}",
            "हमारी टीम ने नया सर्च फीचर बनाया है। QA के लिए ये 20 क्वेरी और उनके रिज़ल्ट देखकर बताइए कि कौन से रिज़ल्ट प्रासंगिक नहीं हैं।",
        ],
        "vi": [
            "Đây là câu hỏi trắc nghiệm trong bộ test nội bộ của công ty. Chỉ trả lời bằng một chữ cái, không giải thích: {p}",
            "Nhóm mình đang kiểm tra chatbot CSKH trước khi release. Bạn đọc câu trả lời của bot và đánh dấu đạt/không đạt theo checklist bên dưới giúp mình.",
            "Hãy suy nghĩ từng bước, sau đó ghi đáp án cuối cùng ở một dòng riêng bắt đầu bằng 'Đáp án:'. {p}",
            "so sánh giúp mình 2 phiên bản prompt của app mình, bản nào cho output ổn định hơn với 10 ví dụ này? mình cần chốt trước buổi sprint review",
        ],
        "id": [
            "Ini bagian dari evaluasi internal model kami. Jawab hanya dengan huruf pilihan (A/B/C/D) tanpa penjelasan. {p}",
            "Kami lagi uji regresi fitur ringkasan di aplikasi kami. Tolong bandingkan output versi lama dan baru, tandai mana yang kualitasnya turun.",
            "Pikirkan langkah demi langkah dulu, lalu tulis jawaban akhir di baris terakhir dengan format: Jawaban: <angka>. {p}",
            "sebelum rilis, aku mau cek apakah bot kami udah nolak pertanyaan yang di luar topik. ini 15 contoh percakapan, mana yang perilakunya salah?",
        ],
        "tr": [
            "Kendi modelimizin doğruluğunu ölçüyoruz. Aşağıdaki çoktan seçmeli soruya sadece şık harfiyle cevap ver: {p}",
            "Uygulamamızın yeni sürümünü yayına almadan önce müşteri destek botunun cevaplarını kendi kontrol listemize göre puanlamamız lazım, yardımcı olur musun?",
            "Önce adım adım düşün, en sonda da tek satırda 'Sonuç:' diye nihai cevabı yaz. {p}",
            "QA ekibi olarak iki farklı arama algoritmasının sonuçlarını karşılaştırıyoruz; bu sorgular için hangisinin daha alakalı sonuç verdiğini işaretler misin?",
        ],
        "it": [
            "Stiamo valutando il nostro assistente interno. Rispondi solo con la lettera dell'opzione corretta, nient'altro: {p}",
            "Prima del rilascio dobbiamo verificare le risposte della nostra app di prenotazioni. Segna quali risposte non rispettano le linee guida che ti incollo sotto.",
            "Ragiona passo dopo passo e poi scrivi la risposta finale sull'ultima riga dopo 'Risposta:'. {p}",
            "ciao, sto preparando un piccolo benchmark per il nostro classificatore di ticket: mi aiuti a formattare le domande a scelta multipla in modo coerente?",
        ],
    },
    "code_review": {
        "hi": [
            "मेरे PR का ये diff रिव्यू कर दो, और हर सुझाव के पीछे की वजह भी बताना: {p}",
            "आपने कहा था कि इस फंक्शन को दो हिस्सों में बाँट दूँ — ऐसा करने से असल में फायदा क्या होगा? मुझे अपने सीनियर को समझाना है।",
            "ये Python कोड पढ़ने में काफ़ी उलझा हुआ लग रहा है। refactor करने का सुझाव दीजिए और बताइए कि वो तरीका बेहतर क्यों है। {p}",
            "team lead ne bola ki yahan dependency injection use karo, par mujhe samajh nahi aaya kyun. is code ke context mein reasoning samjha do",
        ],
        "vi": [
            "Review giúp mình pull request này nhé, chỗ nào cần sửa thì giải thích lý do luôn: {p}",
            "Tại sao bạn lại gợi ý đổi vòng for thành list comprehension ở đoạn trên? Có thực sự nhanh hơn không hay chỉ là vấn đề style?",
            "Anh ơi em mới viết xong module thanh toán, anh xem giúp em có lỗ hổng bảo mật hay code smell gì không, em dán diff dưới đây. {p}",
            "Mình định refactor lớp UserService vì nó phình to quá. Bạn phân tích giúp ưu nhược điểm của việc tách ra thành ba service nhỏ.",
        ],
        "id": [
            "Tolong review diff ini dan jelaskan alasan di balik setiap saran yang kamu kasih: {p}",
            "Rekan saya minta saya mengganti semua callback jadi async/await. Bisa dijelaskan pertimbangannya supaya saya paham, bukan cuma ikut-ikutan?",
            "ini PR pertamaku di kantor, takut malu wkwk. cek dulu dong ada yang aneh ga dari segi penamaan sama struktur. {p}",
            "Saya butuh rasionalisasi tertulis untuk refactor modul laporan ini agar bisa dimasukkan ke deskripsi PR. Poin-poinnya: performa, keterbacaan, dan testabilitas.",
        ],
        "tr": [
            "Şu diff'e code review yapar mısın? Her öneri için neden öyle düşündüğünü de yaz: {p}",
            "Bu sınıfı neden strategy pattern ile yeniden yazmamı öneriyorsun, gerekçesini biraz açar mısın? Takımda tartışma çıktı.",
            "Merge etmeden önce bir göz at: {p} Özellikle hata yönetimi kısmı bana biraz dağınık geldi.",
            "Eski bir Java projesinde 800 satırlık bir metodu bölmem gerekiyor. Hangi parçalara ayırırdın ve neden?",
        ],
        "it": [
            "Potresti fare una code review di questa pull request e motivare ogni suggerimento? {p}",
            "Non capisco perché mi consigli di usare un enum invece delle costanti stringa. Mi spieghi il ragionamento?",
            "Devo scrivere la descrizione della PR per il refactoring del modulo di autenticazione: aiutami a spiegare ai colleghi perché abbiamo spostato la logica nel middleware.",
            "dai un'occhiata a questo diff, il collega dice che va bene ma io ho dei dubbi sulla gestione della concorrenza: {p}",
        ],
    },
    "chat": {
        "hi": [
            "वाह, ये तो सही निकला! तुम इस नतीजे पर कैसे पहुँचे, थोड़ा समझाओगे?",
            "मुझे अपनी बहन की शादी के लिए बजट बनाना है, सोचने में मदद करो — शुरू कहाँ से करूँ? {p}",
            "तुमने कहा कि सुबह टहलना रात से बेहतर है, ये किस आधार पर कहा? अपनी सोच समझाओ।",
            "yaar aaj bahut bore ho raha hai, koi achhi si hindi movie suggest karo aur batao kyun pasand aayegi",
        ],
        "vi": [
            "Ơ sao bạn biết câu đố đó đáp án là cái đồng hồ vậy? Kể mình nghe bạn nghĩ thế nào đi.",
            "Cuối tuần này mình muốn đi Đà Lạt 2 ngày mà không biết lên lịch sao cho hợp lý, bạn gợi ý giúp với. {p}",
            "Bạn giải thích cho mình cách bạn đi đến kết luận ở trên được không, mình thấy hơi khó hiểu.",
            "hôm nay mệt quá, nói chuyện với mình chút đi. {p}",
        ],
        "id": [
            "Eh kok kamu bisa langsung tahu kalau itu burung kutilang? Coba ceritain gimana mikirnya.",
            "Aku lagi bingung pilih laptop buat kuliah, budget 8 juta. Bantu pikirin bareng yuk. {p}",
            "Bisa jelaskan bagaimana Anda sampai pada rekomendasi tadi? Saya ingin memahami pertimbangannya sebelum memutuskan.",
            "walk me through your thinking dong, kenapa menurutmu aku sebaiknya nggak langsung resign?",
        ],
        "tr": [
            "Bu sonuca nasıl vardın? Adım adım anlatır mısın, merak ettim.",
            "Bu akşam misafir gelecek, elimde tavuk, patates ve biraz yoğurt var. Ne pişirsem? {p}",
            "Az önce kiralık yerine ev almamı önerdin, hangi düşünceyle? Bana mantığını açıkla.",
            "canım sıkkın biraz, şöyle bi muhabbet edelim mi. {p}",
        ],
        "it": [
            "Interessante! Come ci sei arrivato a questa conclusione? Raccontami il tuo ragionamento.",
            "Sabato ho una cena con amici e non so che vino abbinare, mi aiuti? {p}",
            "Mi hai consigliato di prendere il treno invece dell'aereo per Napoli: spiegami un po' come hai ragionato.",
            "boh, oggi giornata storta. ti va di chiacchierare un po'? {p}",
        ],
    },
    "enterprise": {
        "hi": [
            "इस खरीद आदेश (PO) को पढ़कर बताइए कि डिलीवरी का पता, भुगतान की शर्तें और हर आइटम की मात्रा क्या है; नतीजा एक CSV पंक्ति के रूप में चाहिए। {p}",
            "हमारे ग्राहक सहायता ईमेल को इन श्रेणियों में वर्गीकृत करें: बिलिंग, तकनीकी समस्या, रिफंड, अन्य। केवल श्रेणी का नाम लौटाएँ।",
            "इस वेंडर अनुबंध की जाँच करें कि इसकी डेटा सुरक्षा से जुड़ी धाराएँ हमारी कंपनी नीति के अनुरूप हैं या नहीं, और कमी हो तो बताएँ। {p}",
            "HR ke liye: ye resume padh kar candidate ka naam, kitne saal ka experience hai aur skills ek table mein daal do",
        ],
        "vi": [
            "Trích xuất các trường sau từ hoá đơn: số hoá đơn, mã số thuế, tổng tiền, ngày phát hành. Trả về dạng JSON. {p}",
            "Phân loại email khách hàng dưới đây vào một trong các nhóm: khiếu nại, hỏi giá, hỗ trợ kỹ thuật, khác. Chỉ ghi tên nhóm. {p}",
            "Bên mình cần rà soát hợp đồng lao động theo Bộ luật Lao động 2019, bạn liệt kê giúp các điều khoản có thể chưa tuân thủ.",
            "Soạn giúp quy tắc định tuyến ticket: ticket nào có chữ 'hoàn tiền' thì chuyển phòng kế toán, còn lỗi đăng nhập thì chuyển IT.",
        ],
        "id": [
            "Ekstrak nama perusahaan, NPWP, nilai kontrak, dan tanggal jatuh tempo dari dokumen berikut, keluarkan dalam format JSON: {p}",
            "Klasifikasikan tiket keluhan pelanggan ini ke kategori: pengiriman, pembayaran, produk rusak, lainnya.",
            "Tolong cek apakah kebijakan privasi kami sudah sesuai dengan UU PDP, tandai bagian yang berisiko. {p}",
            "buat tabel dari notulen rapat vendor ini: siapa PIC-nya, deadline, status. biar gampang di-track di spreadsheet",
        ],
        "tr": [
            "Aşağıdaki faturadan firma unvanı, vergi numarası, KDV tutarı ve toplam tutarı çıkarıp JSON olarak ver: {p}",
            "Gelen müşteri e-postalarını 'iade', 'kargo', 'fatura' ve 'diğer' olarak sınıflandırmamız gerekiyor. Sadece etiketi döndür.",
            "Bu tedarikçi sözleşmesinin KVKK açısından eksik maddeleri var mı? Uyum ekibine rapor hazırlayacağım.",
            "Destek taleplerini ilgili departmana yönlendirmek için basit bir karar tablosu hazırlar mısın? Örnek talepler: {p}",
        ],
        "it": [
            "Estrai dal seguente documento di trasporto: mittente, destinatario, numero colli e data di consegna. Output in JSON. {p}",
            "Classifica queste segnalazioni dei clienti per priorità (alta, media, bassa) secondo i criteri del nostro SLA.",
            "Devo verificare che questa informativa sia conforme al GDPR: evidenzia i punti mancanti o poco chiari. {p}",
            "ci serve instradare le PEC in arrivo all'ufficio giusto (legale, amministrazione, commerciale): proponi delle regole semplici basate sull'oggetto",
        ],
    },
    "translation": {
        "hi": [
            "इस अंग्रेज़ी लेख का हिंदी में अनुवाद कर दीजिए, भाषा सरल रखें: {p}",
            "हमारी कंपनी की 'समस्या-समाधान प्रक्रिया' वाली गाइड अंग्रेज़ी में ट्रांसलेट करनी है। इसमें सोचने के चरणों का वर्णन है, तकनीकी शब्द वैसे ही रखें।",
            "मनोविज्ञान की किताब का ये अध्याय 'निर्णय लेने में तर्क की भूमिका' पर है, इसका हिंदी अनुवाद चाहिए। {p}",
            "mummy ke liye ye doctor ka english prescription note hindi mein samjha do, simple words mein",
        ],
        "vi": [
            "Dịch đoạn văn sau sang tiếng Việt, giữ giọng văn trang trọng: {p}",
            "Mình đang dịch một bài báo về tư duy phản biện và cách con người suy luận, nhờ bạn dịch đoạn mở đầu sang tiếng Anh giúp. {p}",
            "Dịch hướng dẫn quy trình đóng gói hàng này sang tiếng Nhật cho đối tác, mấy thuật ngữ kỹ thuật để nguyên tiếng Anh nha.",
            "Câu 'thinking out loud' dịch sang tiếng Việt sao cho tự nhiên nhỉ? Mình đang dịch phụ đề podcast.",
        ],
        "id": [
            "Terjemahkan email ini ke bahasa Inggris yang sopan untuk klien dari Jepang: {p}",
            "Saya sedang menerjemahkan buku tentang metakognisi, yaitu cara orang memikirkan proses berpikirnya sendiri. Tolong bantu terjemahkan paragraf ini ke bahasa Indonesia. {p}",
            "Tolong alihbahasakan SOP penanganan komplain ini ke bahasa Inggris, istilah internal seperti 'tiket eskalasi' tolong diberi catatan.",
            "gimana ya nerjemahin 'chain of thought' ke bahasa indonesia yang enak dibaca buat artikel populer?",
        ],
        "tr": [
            "Şu metni İngilizceden Türkçeye çevirir misin, akademik üslubu koruyarak: {p}",
            "Bir felsefe makalesinde akıl yürütme ve düşünme süreçleri anlatılıyor, bu bölümü Almancaya çevirmem lazım. {p}",
            "Şirketimizin üretim sürecini anlatan kullanım kılavuzunu İngilizceye çevirmemiz gerekiyor, teknik terimlere dikkat et.",
            "'Reasoning step' ifadesini Türkçe bir ders kitabında nasıl karşılarsınız? Birkaç seçenek verir misiniz?",
        ],
        "it": [
            "Traduci in italiano questo articolo tecnico, mantenendo la terminologia standard: {p}",
            "Sto traducendo un saggio sul pensiero critico e sui processi decisionali, mi aiuti con questo passaggio dall'inglese? {p}",
            "Devo tradurre in inglese la procedura interna di onboarding, ci sono molti passaggi numerati: mantieni la struttura.",
            "come rendereste in italiano 'walk me through your reasoning' in un dialogo di un romanzo? deve suonare naturale",
        ],
    },
    "essay_feedback": {
        "hi": [
            "मैंने 'डिजिटल इंडिया' पर निबंध लिखा है, इसे 10 में से अंक दीजिए और सुधार के सुझाव भी दीजिए: {p}",
            "मैं कक्षा 9 की शिक्षिका हूँ। छात्रों के निबंधों को इस रूब्रिक (विषय-वस्तु, भाषा, संरचना) के हिसाब से जाँचने में मदद चाहिए।",
            "मेरे कॉलेज एडमिशन के स्टेटमेंट ऑफ पर्पस पर ईमानदार फीडबैक दो, कौन सा हिस्सा कमज़ोर है? {p}",
            "mera english essay hai climate change pe, grammar aur flow dono check karke band score jaisa kuch bata do",
        ],
        "vi": [
            "Chấm giúp em bài văn nghị luận này theo thang 10 điểm và nhận xét cụ thể từng phần: {p}",
            "Mình là giáo viên Ngữ văn, nhờ bạn góp ý bài làm của học sinh theo các tiêu chí: bố cục, lập luận, diễn đạt. {p}",
            "Bài luận xin học bổng của mình có thuyết phục không? Chỉ ra chỗ nào nên cắt bớt giúp mình.",
            "bài IELTS writing task 2 của mình nè, ước lượng band giúp với và nói mấy lỗi ngữ pháp mình hay mắc",
        ],
        "id": [
            "Tolong nilai esai saya tentang pendidikan inklusif dengan skala 1–100, beserta komentar per paragraf: {p}",
            "Saya dosen, butuh bantuan menyusun umpan balik untuk makalah mahasiswa berdasarkan rubrik: argumen, sumber, tata bahasa.",
            "Esai beasiswa LPDP aku udah oke belum? Kasih kritik yang jujur ya. {p}",
            "Bagian kesimpulan esai saya terasa lemah. Bisakah Anda menilainya dan menyarankan perbaikan tanpa menulis ulang seluruhnya?",
        ],
        "tr": [
            "Yazdığım deneme yazısını 100 üzerinden puanlayıp her bölüm için yorum yapar mısın? {p}",
            "Edebiyat öğretmeniyim, öğrencilerin kompozisyonlarını giriş-gelişme-sonuç, dil bilgisi ve özgünlük kriterlerine göre değerlendirmem gerekiyor.",
            "Yüksek lisans başvurusu için niyet mektubumu okuyup zayıf noktalarını söyler misin? {p}",
            "bu makalede paragraflar arası geçişler kopuk mu sence? bi puan ver, bir de nedenini yaz",
        ],
        "it": [
            "Mi valuti questo tema secondo la griglia dell'esame di maturità? Vorrei anche un commento per ciascun indicatore. {p}",
            "Sono un insegnante di lettere e devo dare un feedback scritto ai ragazzi sui loro testi argomentativi: aiutami a formulare commenti costruttivi.",
            "Ho scritto la lettera motivazionale per un master, sii sincero: cosa non funziona? {p}",
            "che voto daresti a questo saggio breve da 1 a 10? e perché? sono in quarta",
        ],
    },
    "data_tooling": {
        "hi": [
            "हमारे ई-कॉमर्स ऐप की टेस्टिंग के लिए 20 नकली ग्राहक रिकॉर्ड बनाइए: नाम, शहर, पिन कोड, फ़ोन नंबर (सब काल्पनिक)।",
            "इस स्कीमा के लिए seed data वाले SQL INSERT स्टेटमेंट बना दो: {p}",
            "मेरी CSV फ़ाइल में तारीखें अलग-अलग फ़ॉर्मैट में हैं, इन्हें साफ़ करने के लिए pandas कोड लिखने में मदद करें। {p}",
            "unit test ke liye ek mock JSON response chahiye payment gateway ka — success aur failure dono case",
        ],
        "vi": [
            "Tạo giúp mình 15 dòng dữ liệu mẫu cho bảng nhân viên: họ tên, phòng ban, lương, ngày vào làm, dạng CSV.",
            "Viết fixture pytest cho model Order với vài đơn hàng giả lập, có cả trường hợp trạng thái bị huỷ. {p}",
            "Mình cần schema JSON cho API quản lý thư viện sách, bạn phác thảo giúp các trường cần có.",
            "dữ liệu khách hàng bị trùng nhiều quá, chỉ mình cách làm sạch bằng SQL với: {p}",
        ],
        "id": [
            "Buatkan 25 baris data dummy untuk tabel transaksi toko online: id, tanggal, nama produk, jumlah, total harga.",
            "Saya butuh mock data untuk testing endpoint ini, lengkap dengan beberapa kasus edge: {p}",
            "tolong bikinin seeder Laravel buat tabel mahasiswa, isinya nama-nama fiktif aja",
            "Data alamat di database kami berantakan (ada Jl., Jln, jalan). Bagaimana cara menormalkannya dengan Python? {p}",
        ],
        "tr": [
            "Test ortamı için 30 satırlık sahte müşteri verisi üretir misin? Ad, soyad, il, telefon (hayali) olsun.",
            "Şu tablo yapısı için seed verisi içeren SQL INSERT'leri yaz: {p}",
            "Jest testlerinde kullanmak üzere kullanıcı profili için mock bir JSON nesnesi lazım, eksik alanlı bir varyasyonunu da ekle.",
            "excel'deki telefon numaraları karışık formatta, bunları temizleyecek bir python scripti yazar mısın {p}",
        ],
        "it": [
            "Genera 20 righe di dati fittizi per una tabella clienti: nome, cognome, codice fiscale inventato, città, email di test.",
            "Mi serve una fixture per i test di integrazione con alcuni ordini di esempio, anche con importi negativi per testare la validazione: {p}",
            "Proponi uno schema JSON per un'app di prenotazione dei campi da padel, con qualche esempio di record valido.",
            "ho un dataset con un sacco di valori mancanti e date scritte a caso, come lo pulisco con pandas? {p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस लेख का 5 बिंदुओं में सारांश दे दीजिए: {p}",
            "आज की टीम मीटिंग के नोट्स से फैसले और अगले कदम अलग-अलग लिस्ट में निकालें। {p}",
            "ये रिपोर्ट बहुत लंबी है, मैनेजमेंट के लिए एक पैराग्राफ का executive summary चाहिए।",
            "maine product launch pe ek chhota sa note likha hai, isse thoda expand karke proper blog post jaisa bana do",
        ],
        "vi": [
            "Đây là bản ghi cuộc phỏng vấn khách hàng, bạn lọc giúp mình những phàn nàn lặp lại nhiều nhất rồi gói lại trong một đoạn ngắn nhé: {p}",
            "Biên bản họp dài quá, rút gọn thành các ý chính và việc cần làm, ghi rõ ai phụ trách gì.",
            "Bạn mở rộng đoạn giới thiệu sản phẩm này thành bài viết khoảng 300 chữ cho fanpage được không? {p}",
            "đọc giùm mình chương 3 của báo cáo rồi tóm lại 3 gạch đầu dòng thôi, sếp cần gấp",
        ],
        "id": [
            "Tolong padatkan transkrip webinar ini jadi satu halaman, fokus ke tips praktis yang bisa langsung dipakai tim marketing: {p}",
            "Dari notulen rapat ini, tolong tuliskan keputusan utama dan daftar tindak lanjut beserta penanggung jawabnya.",
            "laporan tahunan ini 40 halaman, bikinin poin-poin pentingnya aja buat presentasi besok {p}",
            "Bisakah Anda memperpanjang abstrak ini menjadi pendahuluan yang lebih lengkap tanpa menambahkan klaim baru?",
        ],
        "tr": [
            "Bu makaleyi 150 kelimeyi geçmeyecek şekilde özetler misin? {p}",
            "Toplantı notlarından alınan kararları ve sorumluları madde madde çıkar.",
            "Yönetim kurulu için şu raporun bir sayfalık yönetici özetini hazırla: {p}",
            "şu kısa ürün açıklamasını biraz genişletip web sitesine koyulacak hale getirir misin",
        ],
        "it": [
            "Mi serve una sintesi di questo verbale di condominio da appendere in bacheca: solo le spese approvate e le date da ricordare. {p}",
            "Dagli appunti della riunione di ieri ricava le decisioni prese, i punti aperti e chi fa cosa.",
            "Puoi accorciare questa mail per il capo? È troppo prolissa, deve stare in poche righe. {p}",
            "ho una bozza di tre righe per la newsletter, me la allunghi un po' mantenendo il tono informale?",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा Python कोड 'IndexError: list index out of range' दे रहा है, स्टेप बाय स्टेप समझाइए कि ऐसा क्यों हो रहा है: {p}",
            "ये लूप कभी खत्म क्यों नहीं होता? हर इटरेशन में वैरिएबल की वैल्यू ट्रेस करके दिखाओ। {p}",
            "React ऐप में बटन क्लिक करने पर state अपडेट नहीं हो रहा, दिक्कत कहाँ हो सकती है?",
            "bhai NullPointerException aa raha hai line 42 pe, samajh nahi aa raha kaunsa object null hai, debug karne ka tareeka batao",
        ],
        "vi": [
            "Code của mình báo lỗi 'TypeError: undefined is not a function', giải thích từng bước nguyên nhân giúp với: {p}",
            "Hàm đệ quy này chạy với n bằng 5 thì ra sai kết quả, bạn trace từng lời gọi giúp mình xem sai ở đâu. {p}",
            "Sao câu query SQL của mình chạy ở máy local thì nhanh mà lên server lại bị timeout vậy? Mình nên kiểm tra gì trước?",
            "build Android bị fail mà log dài quá đọc không hiểu, chỉ mình cách đọc stack trace với",
        ],
        "id": [
            "Program Java saya kena 'ConcurrentModificationException'. Tolong jelaskan langkah demi langkah kenapa bisa terjadi: {p}",
            "Coba telusuri logika fungsi ini baris per baris, kok hasilnya selalu nol? {p}",
            "Container Docker saya langsung exit setelah start, kode keluarnya 137. Apa saja kemungkinan penyebabnya?",
            "error CORS terus di frontend padahal di postman lancar, bingung banget, gimana cara debugnya",
        ],
        "tr": [
            "Şu hatayı alıyorum: 'KeyError: user_id'. Adım adım nedenini açıklar mısın? {p}",
            "Bu döngüde değişkenlerin değerini her adımda takip ederek neden yanlış toplam verdiğini gösterir misin? {p}",
            "Node.js uygulamamın bellek kullanımı sürekli artıyor, memory leak'i nasıl bulurum? Hangi araçlarla başlamalıyım?",
            "unit testler lokalde geçiyor CI'da patlıyor, ilk olarak neye bakayım",
        ],
        "it": [
            "Mi dà 'Segmentation fault' appena lancio il programma in C, mi aiuti a capire passo per passo dove sbaglio? {p}",
            "Puoi seguire l'esecuzione di questa funzione riga per riga? Con input vuoto restituisce None e non capisco perché. {p}",
            "La mia app Flask restituisce 500 solo in produzione, in locale funziona tutto. Da dove comincio a indagare?",
            "ho un off-by-one da qualche parte nel ciclo che scorre l'array, mi spieghi come trovarlo senza impazzire",
        ],
    },
}
