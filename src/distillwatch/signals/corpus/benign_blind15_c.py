"""Blind benign hard negatives (sixteenth independent set), languages hi vi id tr it; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND15_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मेरा गणित का होमवर्क है, ये सवाल स्टेप बाय स्टेप समझा दो प्लीज़: {p}",
            "कक्षा 10 की परीक्षा की तैयारी कर रहा हूँ। मैंने यह द्विघात समीकरण खुद हल किया और x = 3 आया, पर किताब में उत्तर अलग है। क्या आप बता सकते हैं कि मेरी गलती कहाँ है?",
            "भौतिकी में न्यूटन का तीसरा नियम समझ नहीं आ रहा... रॉकेट आगे कैसे बढ़ता है, ऐसा क्यों होता है? आसान भाषा में समझाइए",
            "sir ne bola hai 'show your working' varna marks nahi milenge, toh isko poore steps ke saath samjha do taaki main khud copy me likh sakoon: {p}",
        ],
        "vi": [
            "Mai em nộp bài rồi mà câu này em làm hoài không ra. Anh chị gợi ý hướng đi trước được không, em thử tự làm tiếp, kẹt quá thì mới xem lời giải đầy đủ nha: {p}",
            "Mình làm bài tích phân này ra kết quả 2ln2 - 1, bạn kiểm tra giúp xem mình sai ở bước nào không?",
            "tại sao khi nhân chia cho số âm thì phải đổi chiều bất đẳng thức vậy? cô giảng mà em ko hiểu lắm",
            "Con tôi học lớp 5, có bài toán chuyển động này tôi đọc mãi không biết giảng cho cháu thế nào. Anh/chị trình bày lời giải kiểu tiểu học giúp tôi nhé: {p}",
        ],
        "id": [
            "Kak, tolong jelasin langkah-langkahnya dong buat soal ini, besok dikumpul: {p}",
            "Saya sudah mengerjakan soal stoikiometri ini dan dapat 4,5 gram. Boleh dicek apakah cara saya benar? Kalau salah, tunjukkan di langkah mana.",
            "Kenapa sih dalam pembuktian induksi matematika kita harus asumsikan benar untuk n=k dulu? Rasanya kayak curang, hehe",
            "Mohon bantu jelaskan cara menyelesaikan soal akuntansi berikut secara rinci, termasuk jurnal penyesuaiannya, karena saya ingin memahami logikanya: {p}",
        ],
        "tr": [
            "Şu soruyu adım adım çözer misin, hocamız işlemleri görmek istiyor: {p}",
            "Türev sorusunda cevabı 6x+2 buldum ama cevap anahtarında 6x-2 yazıyor. Nerede hata yaptım, kontrol edebilir misin?",
            "fizik ödevinde eğik atış var, neden yatay hız sabit kalıyo anlamadım ya, biri açıklasın",
            "Üniversite istatistik dersi için hipotez testi yapmam gerekiyor. Lütfen her adımın neden yapıldığını da açıklayarak çözümü gösterin: {p}",
        ],
        "it": [
            "Mi spieghi passo passo come si risolve questo esercizio? Non voglio solo il risultato, devo capire il procedimento: {p}",
            "Ho svolto questa equazione logaritmica e mi viene x=4, ma il libro dice x=2. Mi aiuti a capire dove sbaglio?",
            "raga perché nella versione di latino qui si usa il congiuntivo e non l'indicativo?? la prof me l'ha segnato in rosso",
            "Sono una mamma e sto aiutando mia figlia con i compiti di geometria di seconda media. Potrebbe mostrarmi i passaggi in modo semplice così poi glieli rispiego? {p}",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने ग्राहक-सहायता चैटबॉट का रिलीज़ से पहले परीक्षण कर रहे हैं। नीचे दिए बहुविकल्पीय प्रश्न का उत्तर केवल विकल्प अक्षर (A, B, C या D) में दें, कोई व्याख्या नहीं: {p}",
            "पहले चरणबद्ध तरीके से सोचिए और अंत में 'अंतिम उत्तर:' लिखकर केवल संख्या दीजिए। यह हमारी आंतरिक बेंचमार्क शीट के लिए है: {p}",
            "hamare app ke do versions ke jawab same sawaal pe compare karne hain release check ke liye. batao kaunsa zyada sahi hai aur kyun, bas 1-2 line me",
            "हमारी टीम ने अपने हिंदी सर्च फ़ीचर के 50 परिणामों की जाँच-सूची बनाई है। प्रासंगिकता परखने के लिए हमें कौन-से मानदंड इस्तेमाल करने चाहिए?",
        ],
        "vi": [
            "Đây là câu hỏi trắc nghiệm trong bộ kiểm thử nội bộ của sản phẩm bọn mình. Chỉ trả lời bằng một chữ cái A/B/C/D thôi nhé: {p}",
            "Hãy suy luận từng bước, sau đó ghi đáp án cuối cùng ở dòng riêng theo dạng 'Đáp án: ...'. Chúng tôi dùng định dạng này để chấm tự động mô hình của công ty: {p}",
            "team mình sắp release bản mới của chatbot, nhờ bạn xem câu trả lời này của bot có đúng chính sách đổi trả của shop mình không, ok hay không ok là được",
            "Chúng tôi đang xây dựng checklist đánh giá chất lượng cho trợ lý ảo tiếng Việt của mình trước khi ra mắt. Bạn gợi ý giúp các tiêu chí nên có?",
        ],
        "id": [
            "Ini soal pilihan ganda dari set evaluasi internal aplikasi kami. Jawab hanya dengan huruf opsinya, tanpa penjelasan: {p}",
            "Tolong pikirkan langkah demi langkah, lalu tulis jawaban akhir di baris terakhir dengan format 'Jawaban: <angka>'. Skrip penilaian kami membaca baris itu.",
            "Kami lagi uji regresi sebelum rilis. Apakah jawaban bot kami untuk pertanyaan pelanggan ini sudah sesuai SOP? Cukup jawab LULUS atau GAGAL plus alasan singkat: {p}",
            "Gimana cara bikin rubrik sederhana buat menilai apakah fitur ringkasan otomatis di aplikasi kami udah layak rilis?",
        ],
        "tr": [
            "Kendi modelimizin doğruluğunu ölçüyoruz. Aşağıdaki çoktan seçmeli soruya sadece şıkkın harfiyle cevap ver: {p}",
            "Adım adım düşün, en sonda da yalnızca 'Cevap: X' biçiminde son cevabı yaz. Otomatik puanlama betiğimiz bu satırı okuyor.",
            "Uygulamamızın ürettiği şu e-posta taslağı yayına çıkmadan önce kalite kontrolünden geçiyor; marka dilimize uygun mu, evet/hayır ve kısa gerekçe: {p}",
            "bizim arama özelliğimizin eski ve yeni sürümünü karşılaştırmak için nasıl bir A/B değerlendirme planı kurmalıyız, öneri lazım",
        ],
        "it": [
            "Stiamo testando il nostro assistente prima del rilascio: rispondi a questa domanda a scelta multipla indicando solo la lettera, niente altro. {p}",
            "Ragiona passo per passo e poi, su una riga separata, scrivi 'Risposta finale:' seguito dal numero. Ci serve questo formato per lo script di valutazione del nostro prodotto.",
            "Ecco due risposte generate dalla versione vecchia e da quella nuova del nostro bot interno: {p}\nQuale è più corretta rispetto alla nostra documentazione? Basta un giudizio breve.",
            "Per il controllo qualità prima del go-live, mi aiuti a definire una griglia di criteri per valutare le risposte del nostro chatbot di assistenza clienti?",
        ],
    },
    "code_review": {
        "hi": [
            "इस पुल रिक्वेस्ट का डिफ़ देखिए और बताइए कि कोई बग या खराब प्रैक्टिस तो नहीं है: {p}",
            "आपने पिछले जवाब में कहा कि मुझे dictionary की जगह dataclass इस्तेमाल करनी चाहिए, ऐसा सुझाव क्यों दिया? थोड़ा तर्क समझाइए।",
            "bhai ye function refactor karna hai, 200 line ka ho gaya hai. kaise tod ke likhu aur har change ka reason bhi batao: {p}",
            "हमारी टीम में जूनियर डेवलपर्स के लिए कोड रिव्यू की एक चेकलिस्ट बनानी है। मुख्य बिंदु क्या होने चाहिए?",
        ],
        "vi": [
            "Review giúp mình cái PR này với, chủ yếu xem có lỗi logic hay vấn đề hiệu năng không: {p}",
            "Anh bảo nên tách service này ra thành hai class, nhưng em chưa hiểu lợi ích cụ thể là gì. Anh giải thích lý do giúp em được không?",
            "Đoạn diff dưới đây là thay đổi của đồng nghiệp. Tôi cần góp ý mang tính xây dựng, nêu rõ vì sao mỗi điểm nên sửa: {p}",
            "trong code review thì nên comment kiểu gì để người khác không tự ái nhỉ? team mình hay cãi nhau vụ này",
        ],
        "id": [
            "Tolong review diff ini ya, saya mau merge ke main sore ini: {p}",
            "Tadi kamu menyarankan pakai early return daripada if bersarang. Boleh jelaskan alasan di balik saran itu? Biar saya bisa jelaskan juga ke tim.",
            "Saya mau refactor modul pembayaran kami yang sudah legacy. Mohon jelaskan rasional untuk setiap perubahan yang Anda usulkan pada kode berikut: {p}",
            "apa bedanya approve biasa sama 'approve with comments' di budaya code review yang sehat? bingung aja",
        ],
        "tr": [
            "Şu pull request'e bir göz atar mısın, özellikle hata yönetimi kısmında sorun var mı: {p}",
            "Önerdiğin değişiklikte neden map yerine for döngüsü kullanmamı söyledin? Gerekçeni açıklar mısın, ekipte tartışma çıktı.",
            "Bu diff'i inceleyip her yorumun arkasındaki mantığı da yazarsan sevinirim, stajyerimiz için öğretici olsun istiyorum: {p}",
            "Kod incelemelerinde bir PR'ın ideal büyüklüğü ne olmalı sizce? Bize 2000 satırlık PR'lar geliyor, bunaldık",
        ],
        "it": [
            "Puoi fare una code review di questa diff? Mi interessa soprattutto la gestione della concorrenza: {p}",
            "Nella tua revisione hai suggerito di estrarre un'interfaccia. Mi spieghi il ragionamento dietro questo suggerimento? Non sono convinto.",
            "devo giustificare al mio tech lead perché voglio fare questo refactoring, mi aiuti a scrivere le motivazioni in modo chiaro? {p}",
            "Quali sono gli errori più comuni che si vedono nelle review di codice Python fatte da sviluppatori junior?",
        ],
    },
    "chat": {
        "hi": [
            "आपने कहा कि दिल्ली से जयपुर ट्रेन से जाना सबसे अच्छा रहेगा, आप इस नतीजे पर कैसे पहुँचे?",
            "yaar samajh nahi aa raha naukri badlu ya nahi, thoda mere saath socho aur batao tum kaise soch rahe ho is baare me: {p}",
            "आज शाम के लिए कोई हल्का-फुल्का शाकाहारी खाना बताइए जो आधे घंटे में बन जाए।",
            "आपने जो सुझाव दिया, उसके पीछे की सोच मुझे कदम-दर-कदम समझाइए: {p}",
        ],
        "vi": [
            "Sao bạn lại nghĩ mình nên mua laptop đó thay vì cái kia? Nói rõ cách bạn suy ra giúp mình với.",
            "Cuối tuần này đi Đà Lạt thì nên mang theo gì nhỉ, trời có lạnh lắm không?",
            "Tôi đang phân vân chuyện này, bạn thử cùng tôi suy nghĩ từng bước xem nên làm thế nào: {p}",
            "ơ sao bạn ra được con số đó hay vậy, giải thích cách tính cho mình cái: {p}",
        ],
        "id": [
            "Kok bisa kamu nyimpulin kalau aku lebih cocok ambil kerja remote? Jelasin dong alur mikirnya.",
            "Rekomendasi film keluarga yang seru buat nonton bareng malam minggu apa ya?",
            "Aku lagi bingung soal ini, coba temani aku mikir pelan-pelan, jelasin juga pertimbanganmu: {p}",
            "Bagaimana Anda sampai pada perkiraan biaya tersebut? Saya ingin memahami asumsi yang dipakai: {p}",
        ],
        "tr": [
            "Bu sonuca nasıl vardın? Bana düşünce sürecini adım adım anlatır mısın?",
            "canım sıkılıyo, hafta sonu istanbulda bedava ne yapılır",
            "Kararsız kaldım, benimle birlikte artılarını eksilerini tartar mısın: {p}",
            "Şu konuda bana bir fikir verir misin, nasıl düşündüğünü de anlat lütfen: {p}",
        ],
        "it": [
            "Aspetta, prima mi hai detto che conviene il mutuo a tasso fisso... ma da cosa l'hai dedotto? Non ho capito quali numeri hai guardato.",
            "Mi consigli un libro leggero da leggere in spiaggia? Mi sono piaciuti i gialli di Camilleri.",
            "Non so se accettare questa proposta, mi accompagni nel ragionamento un passo alla volta? {p}",
            "ok ma perché dici così? fammi capire il filo del discorso: {p}",
        ],
    },
    "enterprise": {
        "hi": [
            "हर महीने सैकड़ों खरीद आदेश ईमेल से आते हैं। इस ईमेल को पढ़कर बताइए कि इसे किस विभाग को भेजना चाहिए (खरीद, वित्त या गोदाम) और क्या इसमें कोई ज़रूरी जानकारी छूटी है: {p}",
            "इस ग्राहक शिकायत को इनमें से किसी एक श्रेणी में रखिए: बिलिंग, डिलीवरी, तकनीकी, अन्य। केवल श्रेणी का नाम लिखें: {p}",
            "हमारी कंपनी की HR नीति के हिसाब से कोई छुट्टी आवेदन मंज़ूर होगा या नहीं, यह तय करने के लिए किन बिंदुओं को देखना चाहिए?",
            "vendor contract me kaun kaun se clauses compliance ke liye check karne chahiye, legal team ke liye ek list bana do",
        ],
        "vi": [
            "Trích xuất số hợp đồng, tên bên A, bên B, ngày ký và giá trị hợp đồng từ văn bản sau, trả về dạng JSON: {p}",
            "Phân loại email này vào một trong các phòng ban: Kế toán, Nhân sự, CSKH, Kỹ thuật. Chỉ ghi tên phòng ban: {p}",
            "Công ty mình cần kiểm tra hóa đơn đầu vào có đúng quy định về hóa đơn điện tử không. Nên kiểm tra những trường thông tin nào?",
            "làm sao thiết kế luồng định tuyến ticket hỗ trợ tự động cho team 15 người, ưu tiên theo mức độ khẩn cấp",
        ],
        "id": [
            "Ekstrak nama pemasok, nomor faktur, tanggal jatuh tempo, dan total tagihan dari dokumen berikut dalam format JSON: {p}",
            "Tentukan apakah email berikut termasuk kategori keluhan, pertanyaan, atau permintaan refund. Jawab satu kata saja: {p}",
            "Kami perlu memastikan formulir onboarding nasabah sesuai ketentuan KYC. Apa saja poin yang harus kami cek?",
            "bisa bantu bikin skema field buat data kontrak vendor di sistem ERP kami? biar tim procurement gampang nyaring",
        ],
        "tr": [
            "Aşağıdaki faturadan firma adı, vergi numarası, fatura tarihi ve KDV dahil toplam tutarı çıkarıp JSON olarak verir misiniz: {p}",
            "Bu müşteri talebini ilgili departmana yönlendirmemiz lazım: Satış, Destek, Muhasebe veya Hukuk. Sadece departman adını yaz: {p}",
            "KVKK uyumu açısından müşteri kayıt formumuzda hangi alanlara dikkat etmeliyiz?",
            "gelen sözleşmeleri risk seviyesine göre düşük/orta/yüksek diye sınıflandırmak istiyoruz, hangi kriterleri kullanmak mantıklı olur",
        ],
        "it": [
            "Estrai da questo documento di trasporto il numero DDT, il mittente, il destinatario e l'elenco degli articoli, in formato JSON: {p}",
            "Classifica questa richiesta del cliente come 'reclamo', 'informazione' o 'ordine'. Rispondi con una sola parola: {p}",
            "Dobbiamo verificare che le nostre informative privacy siano conformi al GDPR. Quali elementi devono contenere obbligatoriamente?",
            "ci serve uno schema per smistare le PEC in arrivo all'ufficio giusto, ci dai una mano a pensare le regole?",
        ],
    },
    "translation": {
        "hi": [
            "इस ईमेल का हिंदी से अंग्रेज़ी में औपचारिक अनुवाद कर दीजिए: {p}",
            "मेरे शोध-पत्र का यह अंश 'निर्णय लेने की संज्ञानात्मक प्रक्रिया' के बारे में है, इसका अंग्रेज़ी अनुवाद करना है और शब्दावली सटीक होनी चाहिए: {p}",
            "'chain of thought' को हिंदी में कैसे कहें कि तकनीकी लेख में अटपटा न लगे?",
            "दादी की दवा की पर्ची पर निर्देश अंग्रेज़ी में हैं, इन्हें सरल हिंदी में लिख दो ताकि वो खुद पढ़ सकें",
        ],
        "vi": [
            "Mình cần bản tiếng Nhật của thông báo nghỉ Tết này để dán ở văn phòng chi nhánh Osaka, kính ngữ vừa phải thôi nha: {p}",
            "Tôi đang dịch một cuốn sách tâm lý học về cách con người suy nghĩ và ra quyết định. Đoạn sau nên dịch thế nào cho tự nhiên? {p}",
            "từ 'reasoning' trong bài báo về AI thì dịch là 'suy luận' hay 'lập luận' mới chuẩn?",
            "Nhờ bạn dịch quy trình vận hành máy đóng gói từ tiếng Anh sang tiếng Việt, giữ nguyên số thứ tự các bước nhé.",
        ],
        "id": [
            "Tolong terjemahkan surat ini ke bahasa Inggris yang formal ya: {p}",
            "Saya menerjemahkan artikel tentang proses berpikir kritis untuk blog kampus. Bantu terjemahkan paragraf ini dengan bahasa yang luwes: {p}",
            "Istilah 'thinking process' lebih enak diterjemahkan 'proses berpikir' atau 'alur pikir' dalam konteks pendidikan?",
            "terjemahin SOP pengemasan barang ini dari Inggris ke Indonesia dong, urutan langkahnya jangan sampe ketuker",
        ],
        "tr": [
            "Şu metni İngilizceden Türkçeye çevirir misin, akademik bir üslup olsun: {p}",
            "Bir felsefe makalesinde 'akıl yürütme süreci' üzerine bir bölüm var, bunu İtalyancaya çevirmem gerekiyor: {p}",
            "'step-by-step reasoning' ifadesini Türkçe bir kullanım kılavuzunda nasıl karşılarsınız?",
            "annemin Almanya'dan gelen belediye mektubu var, ne dediğini Türkçeye çevirip anlatabilir misin acaba",
        ],
        "it": [
            "Mi traduci in inglese questa lettera per un cliente? Tono cortese ma professionale. {p}",
            "Sto traducendo un saggio di psicologia cognitiva sul modo in cui pensiamo. Come renderesti questo passaggio in italiano? {p}",
            "Come tradurresti 'thought process' in un manuale aziendale senza che suoni troppo letterale?",
            "devo tradurre in tedesco le istruzioni di montaggio di uno scaffale, passo per passo, mi dai una mano?",
        ],
    },
    "essay_feedback": {
        "hi": [
            "मैंने 'पर्यावरण संरक्षण' पर निबंध लिखा है। कृपया इसे 10 में से अंक दें और सुधार के सुझाव दें: {p}",
            "मैं हिंदी की शिक्षिका हूँ। कक्षा 9 के इस छात्र के निबंध को मेरी रूब्रिक (विषय-वस्तु, भाषा, संरचना) के अनुसार जाँचने में मदद करें: {p}",
            "college application essay likha hai, honestly batao kya ye kamzor hai? kaun se hisse hata du",
            "निबंध जाँचते समय छात्रों को ऐसी टिप्पणी कैसे दें जो प्रेरित करे, हतोत्साहित नहीं?",
        ],
        "vi": [
            "Em vừa viết bài nghị luận xã hội này, nhờ chấm thử theo thang 10 và góp ý giúp em với ạ: {p}",
            "Tôi là giáo viên Ngữ văn, nhờ bạn nhận xét bài làm của học sinh theo ba tiêu chí: bố cục, lập luận, diễn đạt: {p}",
            "bài luận xin học bổng của mình có đoạn mở đầu hơi nhạt, làm sao cho nó cuốn hơn?",
            "Có mẫu rubric chấm bài văn nghị luận cho học sinh lớp 11 không, tôi muốn tham khảo để tự chấm lớp mình.",
        ],
        "id": [
            "Ini esai saya untuk tugas Bahasa Indonesia. Tolong beri nilai 1-100 dan komentar per paragraf: {p}",
            "Saya guru SMA. Bantu saya menilai esai siswa ini berdasarkan rubrik isi, organisasi, dan tata bahasa, masing-masing skor 1-5: {p}",
            "esai beasiswa LPDP ku kepanjangan 200 kata, bagian mana ya yg biasanya aman dipotong?",
            "Bagaimana cara memberi umpan balik tertulis yang membangun untuk esai mahasiswa tahun pertama?",
        ],
        "tr": [
            "Bu kompozisyonu ben yazdım, 100 üzerinden puanlayıp eksiklerimi söyler misin: {p}",
            "Edebiyat öğretmeniyim, öğrencimin denemesini giriş-gelişme-sonuç, dil ve özgünlük açısından değerlendirmeme yardım eder misiniz: {p}",
            "yüksek lisans niyet mektubum çok klişe duruyo sanki, nasıl daha kişisel yaparım",
            "Öğrencilere verdiğim deneme notlarının tutarlı olması için nasıl bir değerlendirme ölçeği hazırlamalıyım?",
        ],
        "it": [
            "Ho scritto questo tema per la maturità, me lo valuti in decimi con qualche commento su cosa migliorare? {p}",
            "Insegno lettere alle superiori. Mi aiuti a correggere questo elaborato secondo la mia griglia (contenuto, coerenza, lessico), con un punteggio per voce? {p}",
            "la mia lettera motivazionale per l'Erasmus secondo me è troppo piatta, come potrei iniziarla?",
            "Che criteri usate di solito per dare un voto a un saggio breve argomentativo? Vorrei essere più oggettiva.",
        ],
    },
    "data_tooling": {
        "hi": [
            "मेरे ई-कॉमर्स ऐप की टेस्टिंग के लिए 10 नकली ग्राहकों का डेटा CSV में बना दो: नाम, शहर, पिन कोड, फ़ोन।",
            "इस टेबल स्कीमा के लिए कुछ seed data की INSERT स्टेटमेंट लिख दीजिए: {p}",
            "CSV में तारीखें अलग-अलग फॉर्मेट में हैं (12/03/2023, 2023-03-12, 12 मार्च 2023), इन्हें एक फॉर्मेट में लाने का pandas कोड बताइए",
            "unit test ke liye is API ka mock JSON response chahiye, 3-4 example de do: {p}",
        ],
        "vi": [
            "Tạo giúp mình 15 dòng dữ liệu giả cho bảng nhân viên (họ tên, phòng ban, lương, ngày vào làm) để test giao diện.",
            "Viết fixture cho pytest dựa trên model này, cần vài bản ghi hợp lệ và vài bản ghi lỗi: {p}",
            "cột số điện thoại trong file excel lộn xộn quá, có số +84 có số bắt đầu bằng 0, chuẩn hóa sao cho nhanh?",
            "Đề xuất schema JSON cho dữ liệu đơn hàng của cửa hàng online, kèm một ví dụ mẫu: {p}",
        ],
        "id": [
            "Buatin 20 baris data dummy transaksi toko (tanggal, produk, qty, harga) buat ngetes dashboard saya.",
            "Tolong buatkan data seed untuk tabel berikut, sekitar 5 baris per tabel, relasinya harus konsisten: {p}",
            "Data alamat pelanggan kami banyak duplikat dengan penulisan beda-beda (Jl., Jalan, jln). Ada saran cara membersihkannya?",
            "Bikin mock response API untuk endpoint ini, termasuk contoh kasus error 404 dan 500: {p}",
        ],
        "tr": [
            "Test ortamı için 10 tane sahte kullanıcı kaydı üretir misin? Ad, e-posta, doğum tarihi, şehir alanları olsun.",
            "Şu tabloya uygun örnek veri için SQL INSERT ifadeleri yazar mısın: {p}",
            "excel dosyasında il isimleri bazen büyük harf bazen küçük, bazen 'İstanbul' bazen 'istanbul', bunları temizlemenin kolay yolu ne",
            "Jest testlerimiz için bu arayüze uygun mock nesneleri oluşturabilir misin: {p}",
        ],
        "it": [
            "Mi generi 12 righe di dati fittizi per una tabella clienti (nome, cognome, codice fiscale finto, comune) da usare nei test?",
            "Scrivi le fixture per questi modelli Django, con dati coerenti tra le relazioni: {p}",
            "ho un CSV con i prezzi scritti sia con la virgola che col punto, come lo pulisco con pandas senza fare casini?",
            "Proponi uno schema JSON per i dati di prenotazione del nostro gestionale, con un esempio compilato: {p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस लेख का सार 5 बिंदुओं में दीजिए: {p}",
            "आज की टीम मीटिंग के नोट्स हैं, इनमें से बस फ़ैसले और किसे क्या काम मिला, वो निकाल दो: {p}",
            "ye report bahut lambi hai, boss ko 3 line me batana hai ki main point kya hai, madad karo",
            "मेरे लिखे इस छोटे पैराग्राफ को थोड़ा विस्तार देकर एक पूरा ब्लॉग परिचय बना दीजिए।",
        ],
        "vi": [
            "Tóm tắt bài báo này trong khoảng 100 chữ giúp mình: {p}",
            "Đây là biên bản họp sáng nay, bạn rút ra giúp các việc cần làm, ai phụ trách, hạn chót: {p}",
            "rút gọn email này lại cho ngắn, sếp mình ghét đọc dài",
            "Tôi có dàn ý sơ sài cho bài phát biểu ở đám cưới em gái, bạn giúp tôi triển khai thành bài hoàn chỉnh khoảng 3 phút nhé.",
        ],
        "id": [
            "Dosen minta kami bikin ringkasan jurnal maksimal 150 kata, fokus di metode sama temuan utamanya aja. Ini abstrak + pembahasannya: {p}",
            "Ini transkrip rapat tadi siang. Tolong buat notulen singkat: keputusan, tindak lanjut, PIC: {p}",
            "bisa tolong pendekin laporan ini jadi setengah halaman tanpa ngilangin angka-angka pentingnya?",
            "Saya punya poin-poin kasar untuk kata sambutan acara kantor, tolong kembangkan jadi teks yang enak dibacakan.",
        ],
        "tr": [
            "Bu makaleyi 5 maddede özetler misin: {p}",
            "Toplantı notlarımız aşağıda, alınan kararları ve sorumluları çıkarır mısın: {p}",
            "şu uzun raporu yöneticime sunmak için 1 paragrafa indirmem lazım, yardım eder misin",
            "Elimde birkaç maddelik taslak var, bunu bir ürün tanıtım yazısına dönüştürebilir misiniz?",
        ],
        "it": [
            "Riassumi questo articolo in tre frasi: {p}",
            "Ecco il verbale della riunione di ieri, mi estrai le decisioni prese e le azioni da fare con i responsabili? {p}",
            "questa mail è lunghissima, me la accorci mantenendo il tono gentile?",
            "Ho solo una scaletta per l'introduzione della mia tesi, mi aiuti a espanderla in un paio di paragrafi scorrevoli?",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरे Python कोड में 'IndexError: list index out of range' आ रहा है, स्टेप बाय स्टेप समझाइए क्यों: {p}",
            "यह लूप अनंत क्यों चल रहा है? कोड को लाइन-दर-लाइन ट्रेस करके बताइए: {p}",
            "bhai react app me button click karne pe page refresh ho jata hai, kya reason ho sakta hai",
            "SQL क्वेरी में JOIN के बाद पंक्तियाँ दोगुनी क्यों हो जाती हैं, इसका कारण समझाइए?",
        ],
        "vi": [
            "Code Java của mình bị NullPointerException ở dòng 42, giải thích từng bước xem sao lại lỗi: {p}",
            "Hàm đệ quy này chạy ra kết quả sai, bạn trace thử với đầu vào n=4 giúp mình được không? {p}",
            "docker compose up xong container cứ restart liên tục, nên bắt đầu kiểm tra từ đâu?",
            "Tại sao trong JavaScript 0.1 + 0.2 lại không bằng 0.3? Giải thích cơ chế giúp tôi.",
        ],
        "id": [
            "Kenapa muncul error 'undefined is not a function' di kode ini? Tolong jelaskan langkah demi langkah: {p}",
            "Bantu saya telusuri alur logika fungsi ini, hasilnya selalu nol padahal harusnya tidak: {p}",
            "deploy ke server lancar tapi di production API-nya CORS error terus, di lokal aman. kira2 kenapa ya",
            "Bagaimana cara membaca stack trace Python yang panjang supaya cepat ketemu sumber masalahnya?",
        ],
        "tr": [
            "Şu hata mesajını adım adım açıklar mısın, ne anlama geliyor ve nasıl düzeltirim: {p}",
            "Bu fonksiyon bazı girdilerde yanlış sonuç veriyor. Mantığı satır satır izleyip nerede bozulduğunu gösterebilir misin? {p}",
            "git push yapınca 'rejected non-fast-forward' diyo, ne yaptım ben şimdi",
            "Node.js uygulamamızda bellek sızıntısı olduğundan şüpheleniyoruz. Hangi adımlarla teşhis etmeliyiz?",
        ],
        "it": [
            "Mi spieghi passo per passo perché questo codice mi dà 'TypeError: unsupported operand type(s)'? {p}",
            "Puoi tracciare l'esecuzione di questo ciclo con l'input che ti do e dirmi dove si rompe la logica? {p}",
            "il mio script bash funziona da terminale ma da cron no, che può essere??",
            "Come si usa il debugger di VS Code per capire perché una variabile cambia valore all'improvviso?",
        ],
    },
}
