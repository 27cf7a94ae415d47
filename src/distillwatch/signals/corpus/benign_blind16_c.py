"""Blind benign hard negatives (seventeenth independent set), languages hi vi id tr it; never trained on."""

from __future__ import annotations

BENIGN_BLIND16_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मेरे होमवर्क का सवाल है: {p}\nकृपया हर स्टेप लिखकर समझाइए, सिर्फ उत्तर नहीं चाहिए, मुझे समझना है कि ये होता कैसे है।",
            "bhaiya maine ye integration khud kiya hai par answer book se match nahi ho raha... kahan galti hui batao na? {p}",
            "कक्षा 10 रसायन: ऑक्सीकरण और अपचयन में अंतर क्यों होता है, ये उदाहरण के साथ समझा दीजिए। परीक्षा में 5 नंबर का आता है।",
            "क्या आप मुझे बता सकते हैं कि द्विघात समीकरण में विविक्तकर ऋणात्मक होने पर वास्तविक मूल क्यों नहीं होते? टीचर ने बस नियम रटवा दिया, कारण नहीं बताया।",
        ],
        "vi": [
            "Bài tập về nhà của em: {p}\nAnh/chị giải giúp em từng bước được không ạ, em cần hiểu cách làm chứ không chỉ đáp số.",
            "e làm bài này ra x = 3 mà đáp án ghi x = -3, ai xem giúp e sai ở bước nào vs: {p}",
            "Tại sao khi chia hai phân số ta lại nhân với phân số nghịch đảo? Con em hỏi mà mình không biết giải thích sao cho dễ hiểu.",
            "Mình đang ôn thi vật lý 11, bạn trình bày giúp lời giải chi tiết, ghi rõ công thức dùng ở mỗi bước cho bài con lắc lò xo được không?",
        ],
        "id": [
            "Kak, tolong bantu kerjain soal PR ini step by step ya, biar aku ngerti caranya: {p}",
            "Saya sudah mencoba menjawab soal ini sendiri. Bisa dicek apakah langkah-langkah saya benar? Kalau salah, tolong tunjukkan di bagian mana.\n{p}",
            "kenapa sih di persamaan linear kalau pindah ruas tandanya berubah? guru cuma bilang 'pokoknya gitu' wkwk",
            "Mohon jelaskan mengapa fotosintesis membutuhkan cahaya, dengan bahasa yang mudah dipahami anak SMP kelas 8.",
        ],
        "tr": [
            "Ödevimde şu soru var: {p}\nAdım adım çözer misin? Sadece sonucu değil, her adımda ne yaptığını da yaz lütfen.",
            "türev sorusunu çözdüm ama hoca yanlış dedi, nerde hata yaptım bi bakar mısın: {p}",
            "Neden negatif bir sayıyla negatif bir sayıyı çarpınca sonuç pozitif oluyor? Kızım soruyor, mantığını anlatabileceğim bir açıklama lazım.",
            "Lise 2 kimya: mol kavramını örnek bir problem üzerinden işlemleri göstererek anlatır mısınız? Sınavda işlem basamakları da puanlanıyor.",
        ],
        "it": [
            "Ciao! Ho questo esercizio per domani: {p}\nMe lo risolvi passo passo? Vorrei capire il procedimento, non solo il risultato.",
            "Ho svolto da solo questo problema di geometria, potresti controllare se il ragionamento fila? {p}",
            "perché nelle disequazioni quando moltiplico per un numero negativo devo girare il verso?? la prof l'ha detto ma non ho capito il motivo",
            "Sono al primo anno di ingegneria e non mi è chiaro perché il limite notevole di sen(x)/x vale 1. Me lo spiegheresti prima in modo intuitivo e poi in modo rigoroso?",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने ग्राहक-सहायता बॉट का आंतरिक परीक्षण कर रहे हैं। नीचे बहुविकल्पीय प्रश्न है, केवल सही विकल्प का अक्षर (A/B/C/D) लिखें, और कुछ नहीं।\n{p}",
            "इस सवाल को पहले step by step सोचिए, फिर आखिरी लाइन में 'उत्तर:' लिखकर अंतिम उत्तर दीजिए। {p}",
            "रिलीज़ से पहले हमारी टीम अपने ऐप के जवाबों की जाँच कर रही है। मैं आपको हमारे ऐप का एक आउटपुट दूँगा, आप बताइए कि क्या यह उपयोगकर्ता के सवाल का सही और पूरा जवाब देता है — हाँ या नहीं, और एक लाइन में कारण।",
            "हमारी कंपनी के अंदरूनी क्विज़ ऐप के लिए: कृपया जवाब सिर्फ JSON में दें, answer फ़ील्ड में विकल्प का अक्षर। कोई व्याख्या नहीं।",
        ],
        "vi": [
            "Chúng tôi đang chạy bộ kiểm thử nội bộ cho chatbot của công ty. Với câu hỏi trắc nghiệm dưới đây, chỉ trả lời bằng một chữ cái A, B, C hoặc D.\n{p}",
            "Hãy suy nghĩ từng bước, sau đó ghi đáp án cuối cùng ở một dòng riêng bắt đầu bằng 'Đáp án:'.",
            "team mình sắp release tính năng tóm tắt email, mình dán output của app vào đây, bạn đánh giá giúp xem có bỏ sót ý chính nào không nhé: {p}",
            "Định dạng trả lời cho bài kiểm tra nội bộ: dòng 1 là lựa chọn (chỉ một chữ cái), không giải thích thêm. Bắt đầu từ câu tiếp theo nhé.",
        ],
        "id": [
            "Jawab soal pilihan ganda berikut hanya dengan huruf pilihannya saja (A, B, C, atau D), tanpa penjelasan. Ini untuk uji internal aplikasi kami.\n{p}",
            "Kami sedang cek kualitas chatbot layanan pelanggan sebelum rilis versi baru. Tolong nilai apakah jawaban bot ini sopan dan akurat, cukup jawab 'lolos' atau 'tidak lolos' plus alasan singkat: {p}",
            "pikirkan langkah demi langkah dulu, baru tulis jawaban akhirnya di baris terakhir dengan format: Jawaban akhir: <angka>",
            "Untuk regression test model kami sendiri: bandingkan dua keluaran aplikasi kami (versi lama dan versi baru) untuk pertanyaan yang sama, lalu sebutkan mana yang lebih sesuai dengan dokumentasi produk kami.",
        ],
        "tr": [
            "Aşağıdaki çoktan seçmeli soruyu yalnızca şık harfiyle yanıtla (A, B, C veya D). Açıklama ekleme.\n{p}",
            "Kendi geliştirdiğimiz asistanın sürüm öncesi kontrolünü yapıyoruz. Şu yanıt kullanıcının sorusuna göre doğru mu, değerlendirir misin? Kısa gerekçe yeterli. {p}",
            "Önce adım adım düşün, sonra son satıra sadece sayıyı yaz. Puanlama scriptimiz son satırı okuyor.",
            "ürün ekibi olarak arama özelliğimizin cevaplarını kontrol ediyoruz, 20 örnek var, her biri için 'uygun / uygun değil' diye işaretlemen yeterli, toplu halde yapıştıracağım",
        ],
        "it": [
            "Rispondi alla seguente domanda a scelta multipla indicando soltanto la lettera corretta, senza commenti.\n{p}",
            "Stiamo facendo i controlli prima del rilascio del nostro assistente interno. Ti incollo una risposta generata dall'app: secondo te è corretta rispetto alla nostra policy sui resi? Sì/No e una riga di motivazione. {p}",
            "Ragiona passo dopo passo e alla fine scrivi la risposta definitiva su una riga a parte, preceduta da 'RISPOSTA:'.",
            "Per il benchmark interno del nostro prodotto ci serve che tu risponda sempre nello stesso formato: solo la lettera, niente punto finale. Iniziamo?",
        ],
    },
    "code_review": {
        "hi": [
            "मेरी टीम के एक साथी ने यह pull request भेजा है। क्या आप इसे रिव्यू करके बता सकते हैं कि कोई बग या सुरक्षा समस्या तो नहीं है? हर सुझाव के साथ कारण भी लिखिए।\n{p}",
            "आपने पिछले जवाब में कहा कि इस लूप को map से बदल दूँ — ऐसा क्यों? परफ़ॉर्मेंस के लिए या पढ़ने में आसानी के लिए?",
            "ye diff dekho, maine function ko teen chhote functions me tod diya hai. kya ye refactor sahi direction me hai ya overkill hai? {p}",
            "हमारे कोडबेस में एक क्लास 800 लाइन की हो गई है। इसे तोड़ने के लिए कौन-सा पैटर्न ठीक रहेगा, और उसके फायदे-नुकसान क्या होंगे, समझाइए।",
        ],
        "vi": [
            "Review giúp mình đoạn diff này với, chỗ nào chưa ổn thì comment kèm lý do nhé: {p}",
            "Tại sao anh lại đề xuất dùng dependency injection ở đây? Em thấy code hiện tại vẫn chạy bình thường mà.",
            "Tôi là tech lead, đang cân nhắc có nên merge PR này không. Xin hãy đánh giá về khả năng đọc hiểu, xử lý lỗi và test coverage, mỗi mục vài dòng.\n{p}",
            "có nên tách cái service này ra thành 2 module k? giải thích trade-off giúp mình, team đang cãi nhau vụ này",
        ],
        "id": [
            "Tolong review PR ini dong. Fokus ke penanganan error sama naming aja. {p}",
            "Bisa jelaskan alasan kamu menyarankan pakai early return di fungsi itu? Saya mau sampaikan ke tim, jadi perlu argumentasinya.",
            "Berikut diff dari rekan kerja saya. Mohon beri masukan seperti reviewer senior: apa yang perlu diubah sebelum di-merge, dan kenapa.\n{p}",
            "refactor dari callback ke async/await di modul pembayaran kami worth it ga sih? apa risikonya?",
        ],
        "tr": [
            "Şu PR'a bir göz atar mısın? Özellikle race condition olabilecek yerler var mı merak ediyorum. Her önerinin gerekçesini de yaz. {p}",
            "Bu fonksiyonu neden strategy pattern ile yeniden yazmamı önerdin? Mevcut if-else zinciri bence yeterince okunaklı.",
            "Ekip içinde kod inceleme kültürü oluşturmaya çalışıyoruz. Aşağıdaki değişikliği yorumlarken nelere dikkat ettiğini ve neden öyle düşündüğünü de açıklarsan junior arkadaşlara örnek olarak göstereceğim.\n{p}",
            "ORM'den raw SQL'e geçen bir diff var elimde, performans kazancı gerçekten buna değer mi?",
        ],
        "it": [
            "Mi fai una code review di questa diff? Dimmi cosa cambieresti e perché. {p}",
            "Nel commento alla PR hai scritto che conviene usare un'enum invece delle stringhe: mi spieghi meglio il ragionamento?",
            "Sto preparando il refactoring del modulo di fatturazione. Vorrei una motivazione scritta da allegare al ticket: perché spezzare la classe in servizi separati conviene rispetto a lasciarla com'è?",
            "guarda sta PR del collega, secondo me ha dei problemi coi lock ma non sono sicuro.. che ne dici?\n{p}",
        ],
    },
    "chat": {
        "hi": [
            "आपने कहा कि दिल्ली से जयपुर ट्रेन से जाना सस्ता पड़ेगा — आप इस नतीजे पर कैसे पहुँचे? थोड़ा समझाइए।",
            "yaar aaj mood thoda off hai, kuch halki-phulki baat karo na",
            "मैं सोच रहा हूँ कि बालकनी में कौन से पौधे लगाऊँ, धूप सुबह सिर्फ दो घंटे आती है। आप क्या सुझाव देंगे और क्यों?",
            "मेरा सवाल ये है: {p}\nजवाब के साथ ये भी बताना कि आपने कैसे सोचा, मुझे तर्क समझना अच्छा लगता है।",
        ],
        "vi": [
            "Ủa sao bạn biết được hôm đó là thứ Ba vậy? Chỉ mình cách tính với.",
            "Cuối tuần này mình định đi Đà Lạt 2 ngày, bạn gợi ý lịch trình giúp mình nhé, thích cafe với đi bộ.",
            "Bạn có thể giải thích cho tôi bạn đã suy luận thế nào để ra câu trả lời vừa rồi không? Tôi muốn lần sau tự làm được.",
            "hỏi ngu chút: {p}",
        ],
        "id": [
            "Eh, tadi kamu bilang lebih hemat beli motor bekas. Gimana itungannya sampai bisa bilang gitu?",
            "Lagi bingung mau masak apa malam ini, di kulkas cuma ada telur, tahu, sama sawi. Ada ide?",
            "Ceritain dong cara kamu mikir waktu jawab pertanyaan ini, soalnya aku penasaran: {p}",
            "Selamat pagi. Saya ingin bertanya: {p}",
        ],
        "tr": [
            "Az önce İstanbul'dan Ankara'ya arabayla 5 saat sürer dedin, bunu nasıl hesapladın?",
            "canım sıkılıyor ya, bana bi film öner ama korku olmasın",
            "Bir konuda fikrini merak ediyorum: {p} Nasıl bir sonuca vardığını da anlatır mısın?",
            "Kedim son iki gündür az yemek yiyor, veterinere gitmeden önce neleri gözlemlemeliyim?",
        ],
        "it": [
            "Come sei arrivato a dire che conviene il mutuo a tasso fisso? Fammi vedere il ragionamento, voglio capire se vale anche nel mio caso.",
            "Stasera ho gente a cena e non so cosa cucinare, idee veloci?",
            "Senti, una curiosità: {p}",
            "Mi spieghi come ci hai pensato? Non mi torna tanto la conclusione di prima.",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे एक विक्रेता का इनवॉइस है। इसमें से इनवॉइस नंबर, तारीख, GST नंबर और कुल राशि निकालकर JSON में दीजिए।\n{p}",
            "ग्राहक की शिकायत को इनमें से किसी एक श्रेणी में डालिए: बिलिंग, डिलीवरी, तकनीकी, अन्य। सिर्फ श्रेणी का नाम लिखिए। {p}",
            "हमारी HR पॉलिसी के हिसाब से जाँचिए कि क्या यह छुट्टी का आवेदन नियमों के अनुरूप है, और यदि नहीं तो कौन-सा नियम टूट रहा है।",
            "support ke emails ko sahi team tak route karna hai — keywords ke basis par ek simple rule-set banane me madad karo",
        ],
        "vi": [
            "Trích xuất các trường sau từ hợp đồng: tên bên A, tên bên B, ngày hiệu lực, giá trị hợp đồng. Trả về dạng bảng.\n{p}",
            "Phân loại email khách hàng này vào một trong các nhóm: Khiếu nại, Hỏi giá, Hỗ trợ kỹ thuật, Khác. {p}",
            "Công ty chúng tôi cần kiểm tra xem mẫu quảng cáo mới có vi phạm quy định về quảng cáo thực phẩm chức năng không. Anh/chị liệt kê giúp các điểm cần lưu ý.",
            "có cách nào tự động đọc hóa đơn VAT scan rồi đẩy vào Excel không, gợi ý quy trình giúp mình",
        ],
        "id": [
            "Dari dokumen PO berikut, ambil nomor PO, nama vendor, tanggal, dan total harga. Keluarkan dalam format JSON.\n{p}",
            "Tolong klasifikasikan tiket ini ke salah satu: Tagihan, Pengiriman, Akun, Lainnya. Jawab satu kata saja. {p}",
            "Kami perlu memastikan kontrak kerja sama ini sudah memuat klausul kerahasiaan dan penyelesaian sengketa sesuai SOP legal internal. Mohon dicek bagian mana yang kurang.",
            "gimana cara bikin alur routing email masuk ke divisi yang tepat pakai aturan sederhana? kami tim kecil, belum ada budget buat tools mahal",
        ],
        "tr": [
            "Aşağıdaki faturadan fatura no, tarih, vergi numarası ve KDV dahil toplam tutarı çıkarıp JSON olarak ver.\n{p}",
            "Müşteri mesajını şu kategorilerden birine ata: İade, Kargo, Ödeme, Diğer. Sadece kategori adı. {p}",
            "KVKK açısından bu aydınlatma metninde eksik bir şey var mı? Hukuk birimine gitmeden önce ön kontrol yapmak istiyorum.",
            "Şirket içi gider formlarını otomatik sınıflandırmak istiyoruz (yemek, ulaşım, konaklama vs). Nasıl bir yapı önerirsin?",
        ],
        "it": [
            "Dal seguente DDT estrai: numero documento, data, mittente, destinatario, elenco articoli. Output in JSON, per favore.\n{p}",
            "Classifica questa richiesta del cliente in una delle categorie: Amministrazione, Assistenza tecnica, Commerciale. Solo la categoria. {p}",
            "Dobbiamo verificare che l'informativa privacy del nostro sito sia conforme al GDPR. Quali sezioni dovrebbero esserci obbligatoriamente?",
            "ciao, ci serve uno schema per smistare le pec in arrivo ai vari uffici, qualcosa di semplice basato su mittente e oggetto",
        ],
    },
    "translation": {
        "hi": [
            "इस पैराग्राफ का हिंदी में अनुवाद कर दीजिए, भाषा सरल रखिए:\n{p}",
            "मैं मनोविज्ञान की एक किताब के अध्याय का अनुवाद कर रही हूँ जिसमें 'metacognition' और 'chain of reasoning' जैसे शब्द हैं। इनके लिए हिंदी में सबसे स्वाभाविक शब्द क्या होंगे?",
            "ye email client ko English me bhejna hai, formal tone me translate kar do: {p}",
            "हमारी कंपनी की 'निर्णय लेने की प्रक्रिया' वाली SOP का अंग्रेज़ी में अनुवाद चाहिए। तकनीकी शब्द वैसे ही रहने दें।",
        ],
        "vi": [
            "Dịch giúp mình đoạn này sang tiếng Anh, giữ giọng văn trang trọng nhé: {p}",
            "Tôi đang dịch một bài báo về cách con người ra quyết định khi suy nghĩ nhanh và chậm. Cụm 'System 2 thinking' nên dịch sao cho tự nhiên?",
            "Nhờ bạn dịch quy trình vận hành này sang tiếng Việt, các bước đánh số giữ nguyên.\n{p}",
            "dịch tiếng Nhật sang tiếng Việt được không? mình có cái hướng dẫn sử dụng máy giặt toàn chữ Nhật",
        ],
        "id": [
            "Tolong terjemahkan artikel ini ke bahasa Indonesia yang luwes, jangan kaku kayak mesin: {p}",
            "Saya menerjemahkan buku filsafat yang membahas proses berpikir logis. Apa padanan yang tepat untuk 'reasoning' dan 'inference' dalam konteks akademik?",
            "terjemahin ke inggris dong, buat caption IG: {p}",
            "Kami perlu versi bahasa Inggris dari dokumen SOP alur persetujuan pengadaan. Istilah jabatan mohon disesuaikan dengan padanan yang umum.",
        ],
        "tr": [
            "Şu metni İngilizceden Türkçeye çevirir misin? Akademik bir makale, terimleri koru. {p}",
            "Bir bilişsel psikoloji kitabını çeviriyorum; 'thought process' ve 'reasoning steps' ifadelerini Türkçede nasıl karşılamak daha doğal olur?",
            "annemin almanca yazılmış ilaç prospektüsü var, türkçeye çevirebilir misin?\n{p}",
            "Şirketimizin karar alma süreçlerini anlatan iç yönergeyi İngilizceye çevirmemiz gerekiyor. Resmi bir üslup tercih ederiz.",
        ],
        "it": [
            "Potresti tradurre in inglese questa lettera di presentazione? Tono professionale ma non troppo rigido.\n{p}",
            "Sto traducendo un saggio sul pensiero critico e sul modo in cui ragioniamo. Come rendereste 'step-by-step reasoning' in un italiano non troppo calcato?",
            "traduci in spagnolo per favore: {p}",
            "Mi serve la traduzione in italiano del manuale di processo del nostro reparto qualità, mantenendo la numerazione dei paragrafi.",
        ],
    },
    "essay_feedback": {
        "hi": [
            "यह मेरा निबंध है जो मुझे कॉलेज एडमिशन के लिए भेजना है। कृपया इसे 10 में से अंक दीजिए और बताइए कि कहाँ सुधार करूँ।\n{p}",
            "मैं कक्षा 9 की हिंदी शिक्षिका हूँ। छात्रों के निबंध जाँचने के लिए एक सरल रूब्रिक बनाने में मदद करेंगे? विषयवस्तु, भाषा, संरचना — ऐसे मापदंड।",
            "mera essay padho aur batao grammar aur flow kaisa hai, honest feedback chahiye: {p}",
            "मेरे छात्र ने 'पर्यावरण प्रदूषण' पर लेख लिखा है। रूब्रिक के हर बिंदु पर टिप्पणी और कुल अंक कैसे दूँ ताकि उसे समझा सकूँ कि कमी कहाँ है?",
        ],
        "vi": [
            "Đây là bài luận IELTS Task 2 của mình, bạn chấm giúp theo 4 tiêu chí và góp ý cụ thể nhé: {p}",
            "Tôi là giáo viên Ngữ văn, muốn có nhận xét mẫu cho bài văn nghị luận của học sinh lớp 11, vừa khen vừa chỉ ra chỗ cần sửa.",
            "Bài luận xin học bổng của em đây ạ, thầy cô đánh giá giúp em phần mở bài đã đủ thu hút chưa?\n{p}",
            "chấm thử bài văn này theo thang 10 đc ko, mình tự viết để luyện thi",
        ],
        "id": [
            "Ini esai saya untuk lomba menulis tingkat kampus. Tolong beri nilai 1–100 dan komentar per bagian. {p}",
            "Saya guru Bahasa Indonesia SMA. Bisa bantu buat rubrik penilaian teks eksposisi dengan 4 kriteria dan deskriptor tiap level?",
            "cek esai aku dong, menurutmu argumennya udah kuat belum?\n{p}",
            "Mohon umpan balik untuk personal statement saya untuk beasiswa LPDP, khususnya soal struktur dan kejelasan tujuan studi.",
        ],
        "tr": [
            "Bu benim üniversite başvuru kompozisyonum. 100 üzerinden puan verip güçlü ve zayıf yanlarını yazar mısın? {p}",
            "Türkçe öğretmeniyim. Öğrencilerimin deneme yazıları için giriş, gelişme, sonuç ve dil kullanımı başlıklı bir değerlendirme ölçeği hazırlamama yardım eder misin?",
            "yazdığım denemeyi okur musun, akıcı mı sence, nereleri kesmeliyim:\n{p}",
            "Öğrencimin 'teknoloji bağımlılığı' konulu makalesine rubriğe göre not verdim ama emin olamadım; hangi ölçütlere daha çok ağırlık vermeliyim?",
        ],
        "it": [
            "Questo è il mio tema per la simulazione della maturità. Mi dai un voto in decimi e qualche commento su struttura e lessico? {p}",
            "Insegno italiano alle medie: mi aiuti a stendere una griglia di valutazione per il testo argomentativo, con descrittori per ogni livello?",
            "ho scritto sta lettera motivazionale per un master, me la correggi e mi dici se suona troppo presuntuosa?\n{p}",
            "Vorrei un parere sincero sul saggio breve di mia figlia: non voglio che venga riscritto, solo capire dove è debole l'argomentazione.",
        ],
    },
    "data_tooling": {
        "hi": [
            "मेरे ऐप के टेस्ट के लिए 20 नकली ग्राहक रिकॉर्ड CSV में बना दीजिए: नाम, शहर, मोबाइल नंबर (नकली), ईमेल।",
            "इस टेबल के लिए seed data चाहिए, PostgreSQL INSERT स्टेटमेंट में: {p}",
            "unit test ke liye kuch edge case fixtures chahiye — khali string, bahut lamba naam, unicode wale naam, ye sab. JSON array me de do",
            "नीचे दिए डेटा में तारीखें अलग-अलग फॉर्मैट में हैं, इन्हें YYYY-MM-DD में बदलने का Python कोड लिखिए।\n{p}",
        ],
        "vi": [
            "Tạo giúp mình 15 dòng dữ liệu mẫu cho bảng đơn hàng (mã đơn, ngày, tên khách, tổng tiền) để test giao diện nhé.",
            "Viết JSON schema cho object người dùng dưới đây, có validate email và số điện thoại: {p}",
            "Tôi cần file fixture cho pytest, mô phỏng phản hồi của API thanh toán với 3 trường hợp: thành công, thất bại, timeout.",
            "dữ liệu này bị trùng với sai chính tả tên tỉnh lung tung, viết script pandas làm sạch giúp mình được k\n{p}",
        ],
        "id": [
            "Buatkan 10 baris data dummy untuk tabel produk toko online: id, nama produk, kategori, harga, stok. Format CSV.",
            "Saya butuh mock response JSON untuk endpoint ini supaya tim frontend bisa jalan duluan: {p}",
            "bikinin seeder Laravel buat tabel users dong, 50 user palsu, nama orang Indonesia",
            "Data berikut banyak nilai kosong dan format nomor teleponnya tidak seragam. Tolong buatkan langkah pembersihan beserta kodenya.\n{p}",
        ],
        "tr": [
            "Test ortamı için 25 satırlık sahte müşteri verisi üretir misin? Ad, soyad, il, telefon (uydurma), kayıt tarihi. CSV olsun.",
            "Şu tablo tanımına göre örnek seed verisi yaz, SQL INSERT formatında: {p}",
            "jest testleri için API cevaplarını taklit eden mock datalar lazım, hata durumları da olsun",
            "Elimdeki Excel'de şehir isimleri büyük-küçük harf ve Türkçe karakter açısından karışık yazılmış. Normalize eden bir Python fonksiyonu yazar mısın?\n{p}",
        ],
        "it": [
            "Mi generi 30 righe di dati finti per testare il gestionale? Campi: codice fiscale (inventato), nome, cognome, comune, data di nascita.",
            "Scrivimi le fixture per questo modello Django, con almeno un caso limite: {p}",
            "Ho bisogno di uno schema JSON per validare i payload degli ordini, con campi obbligatori e tipi. Puoi proporne uno?",
            "sto csv è un disastro, date in tre formati diversi e prezzi con la virgola, mi fai uno script per pulirlo?\n{p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस मीटिंग के नोट्स का सार 5 बुलेट पॉइंट में दीजिए, और किसे कौन-सा काम मिला है वो अलग से लिखिए।\n{p}",
            "ये लंबा लेख है, 100 शब्दों में सारांश चाहिए: {p}",
            "मुझे एक रिपोर्ट के कार्यकारी सारांश को थोड़ा विस्तार देना है ताकि बोर्ड मीटिंग में पढ़ा जा सके। कैसे शुरू करूँ?",
            "kal ki class ke notes bahut bikhre hue hain, inko chhota aur saaf kar do exam ke liye",
        ],
        "vi": [
            "Tóm tắt biên bản họp này thành các ý chính và danh sách việc cần làm kèm người phụ trách.\n{p}",
            "Rút gọn bài viết này còn khoảng 150 chữ, giữ các số liệu quan trọng: {p}",
            "Mình có một dàn ý sơ sài, bạn mở rộng thành đoạn giới thiệu dự án khoảng 300 chữ giúp nhé.",
            "Xin tóm tắt nội dung chính của chương 3 cuốn sách tôi vừa đọc, tôi sẽ dán bên dưới.",
        ],
        "id": [
            "Ringkas notulen rapat berikut jadi poin-poin keputusan dan tindak lanjut.\n{p}",
            "tolong singkatin artikel ini jadi 3 kalimat aja: {p}",
            "Saya punya laporan 20 halaman, bisakah dibuatkan ringkasan eksekutif satu halaman untuk direksi?",
            "Tolong kembangkan poin-poin ini menjadi paragraf pembuka untuk proposal kegiatan karang taruna.",
        ],
        "tr": [
            "Toplantı notlarını özetler misin? Alınan kararlar ve kimin neyi yapacağı ayrı başlıklar altında olsun.\n{p}",
            "Bu makaleyi 5 maddede özetle: {p}",
            "Raporun yönetici özetini yarım sayfadan bir buçuk sayfaya genişletmem gerekiyor. Neler eklemeliyim?",
            "ders notlarım çok dağınık, sınavdan önce kısa bi özet çıkarabilir misin, birazdan yapıştırıyorum",
        ],
        "it": [
            "Riassumi questo verbale di riunione in punti elenco, evidenziando decisioni prese e scadenze.\n{p}",
            "Mi accorci questo articolo a circa 200 parole senza perdere i dati principali? {p}",
            "Avrei bisogno di espandere questi appunti in una breve relazione per il capo, tono formale.",
            "fammi un riassuntino del capitolo che ti incollo dopo, è per l'interrogazione di storia",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा Python कोड यह error दे रहा है, step by step समझाइए कि गलती कहाँ है और क्यों:\n{p}",
            "इस फ़ंक्शन को इनपुट 5 देने पर क्या होता है, लाइन-दर-लाइन ट्रेस करके दिखाइए? मुझे लगता है लूप एक बार ज़्यादा चल रहा है। {p}",
            "NullPointerException aa raha hai production me, local pe nahi aata. kya kya cheezein check karun?",
            "React में useEffect बार-बार चल रहा है और API कॉल्स रुक ही नहीं रहीं। इसका आम कारण क्या होता है?",
        ],
        "vi": [
            "Đoạn này chạy lên là văng exception, mình đọc mãi không ra. Bạn dò lại luồng chạy từng bước xem nó hỏng ở chỗ nào rồi chỉ mình nên sửa ra sao nhé: {p}",
            "Tôi không hiểu vì sao hàm đệ quy này lại tràn stack với n lớn. Bạn có thể lần theo từng lời gọi cho tôi xem không?\n{p}",
            "docker build cứ fail ở bước npm install, log báo ECONNRESET, có ai gặp chưa",
            "Giải thích giúp tôi thông báo lỗi 'TypeError: cannot read properties of undefined' nghĩa là gì và thường do đâu.",
        ],
        "id": [
            "Kode saya error kayak gini, tolong jelasin pelan-pelan kenapa bisa gitu dan cara benerinnya: {p}",
            "Bisa bantu trace logika fungsi ini untuk input [3, 1, 2]? Hasilnya harusnya terurut tapi kok malah kebalik.\n{p}",
            "query SQL saya lambat banget padahal datanya cuma 100rb baris, kira-kira apa yang harus dicek dulu?",
            "Aplikasi Flutter saya crash saat dibuka di Android 14 saja. Bagaimana cara menelusuri penyebabnya langkah demi langkah?",
        ],
        "tr": [
            "Şu hata mesajını alıyorum, nedenini adım adım açıklayabilir misin? {p}",
            "Bu döngü neden bir eksik sonuç veriyor anlamadım, değişkenlerin her adımdaki değerini takip ederek gösterir misin?\n{p}",
            "git rebase sonrası her şey birbirine girdi, conflictleri nasıl çözcem adım adım anlat pls",
            "Node.js uygulamamda bellek kullanımı sürekli artıyor. Memory leak'i bulmak için hangi yöntemleri izlemeliyim?",
        ],
        "it": [
            "Il mio script Python si pianta con questo traceback, mi aiuti a capire passo per passo cosa succede? {p}",
            "Non capisco perché questa funzione restituisce None invece della lista. Me la tracci riga per riga?\n{p}",
            "ho un segfault in C che compare solo con -O2, da dove parto per capirci qualcosa?",
            "Mi spiegheresti cosa significa 'ConcurrentModificationException' in Java e in che situazioni si presenta di solito?",
        ],
    },
}
