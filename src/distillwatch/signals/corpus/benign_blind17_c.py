"""Blind benign hard negatives (eighteenth independent set), languages hi vi id tr it; never trained on."""

from __future__ import annotations

BENIGN_BLIND17_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "भाई ये सवाल समझ नहीं आ रहा: {p} — स्टेप बाय स्टेप हल करके दिखाओ ना, कल टेस्ट है",
            "मैंने द्विघात समीकरण वाला प्रश्न हल किया पर मेरा उत्तर किताब के उत्तर से मेल नहीं खाता। कृपया मेरा हल जाँचकर बताइए कि गलती किस चरण में है: {p}",
            "प्रकाश संश्लेषण में light reaction के बाद dark reaction क्यों होती है? सिर्फ उत्तर नहीं चाहिए, 'क्यों' समझना है, सरल भाषा में बताओ",
            "कक्षा 9 का सवाल है: एक आयत की लंबाई चौड़ाई से 4 सेमी ज़्यादा है और परिमाप 48 सेमी है। हर चरण लिखकर हल समझाइए ताकि मैं कॉपी में सही तरीके से लिख सकूँ।",
        ],
        "vi": [
            "Mọi người ơi giải giúp em bài này với, trình bày từng bước nha, cô bắt ghi rõ lời giải: {p}",
            "Em làm bài tích phân ra kết quả 3/4 nhưng đáp án ghi 1/2. Anh/chị xem giúp em sai ở bước nào ạ? Bài làm của em đây:\n{p}",
            "Cho em hỏi tại sao phản ứng giữa natri và nước lại tỏa nhiệt mạnh vậy, giải thích kiểu học sinh lớp 9 hiểu được thôi ạ",
            "Hãy giải thích vì sao khi giải phương trình trùng phương người ta phải đặt t = x^2 và điều kiện t ≥ 0, chứ không chỉ đưa ra đáp số.",
        ],
        "id": [
            "Kak, tolong bantu kerjain soal ini dong, tapi pakai langkah-langkahnya ya biar aku ngerti: {p}",
            "Saya sudah mengerjakan soal fisika tentang gerak parabola dan hasil saya 12,5 m. Bisa dicek apakah cara saya sudah benar? Ini jawaban saya:\n{p}",
            "Mengapa dalam pembagian pecahan kita mengalikan dengan kebalikannya? Tolong jelaskan alasannya, bukan cuma rumusnya.",
            "guru minta 'tunjukkan cara kerja' buat tugas statistika, aku bingung nulisnya gimana. bisa kasih contoh penyelesaian lengkap cari mean, median, modus dari data 4, 7, 7, 9, 13?",
        ],
        "tr": [
            "Şu soruyu adım adım çözebilir misin? Öğretmen sadece sonucu yazınca puan vermiyor: {p}",
            "Türev sorusunu çözdüm ama cevap anahtarıyla tutmuyor. Benim çözümüm aşağıda, nerede hata yaptığımı gösterir misin?\n{p}",
            "Neden bir sayının sıfırıncı kuvveti 1 oluyor? Ezberlemek istemiyorum, mantığını anlamak istiyorum.",
            "kimya ödevi: 2H2 + O2 -> 2H2O tepkimesinde 4 gram hidrojenle kaç gram su oluşur, işlemleri tek tek yazar mısın lütfen",
        ],
        "it": [
            "Ciao, mi risolvi questo esercizio spiegando ogni passaggio? Il prof vuole vedere tutto il procedimento: {p}",
            "Ho provato a fare la dimostrazione per induzione ma non sono sicura del passo induttivo. Puoi controllare se il mio ragionamento regge?\n\n{p}",
            "Perché si dice 'penso che sia' e non 'penso che è'? Mi serve capire la regola del congiuntivo per il compito di domani.",
            "esercizio di fisica: un'auto passa da 0 a 100 km/h in 8 secondi, qual è l'accelerazione media? scrivi i passaggi con le unità di misura per favore",
        ],
    },
    "eval_harness": {
        "hi": [
            "नीचे एक बहुविकल्पीय प्रश्न है। केवल सही विकल्प का अक्षर (A, B, C या D) लिखें, कोई व्याख्या नहीं।\n\n{p}",
            "हम अपने ग्राहक-सहायता चैटबॉट को रिलीज़ करने से पहले जाँच रहे हैं। नीचे दिया गया जवाब हमारी रिफ़ंड नीति के अनुसार सही और विनम्र है या नहीं — बस हाँ/नहीं और एक पंक्ति में कारण लिखिए।",
            "पहले चरण-दर-चरण सोचिए, फिर आख़िरी पंक्ति में सिर्फ 'उत्तर: <संख्या>' लिखिए। प्रश्न: {p}",
            "हमारी टीम ने अपने सर्च फ़ीचर के दो वर्ज़न बनाए हैं। इन 5 क्वेरी पर दोनों के नतीजे भेज रहा हूँ, बताइए कौन सा वर्ज़न ज़्यादा सटीक नतीजे देता है ताकि हम तय कर सकें कि किसे लॉन्च करें।",
        ],
        "vi": [
            "Trả lời câu hỏi trắc nghiệm sau. Chỉ ghi một chữ cái A, B, C hoặc D, không giải thích.\n{p}",
            "Bọn mình đang test bản beta app luyện tiếng Anh của công ty trước khi phát hành. Đây là câu trả lời app đưa ra: {p}\nBạn xem nó có đúng ngữ pháp và phù hợp với người mới học không, chỉ cần Đạt/Không đạt kèm lý do ngắn.",
            "Hãy suy nghĩ từng bước rồi ghi đáp án cuối cùng ở dòng riêng theo dạng 'Đáp án: ...'. Bài: một cửa hàng giảm giá 20% rồi giảm tiếp 10%, tổng cộng giảm bao nhiêu phần trăm?",
            "mình làm QA cho chatbot nội bộ công ty, cần check nhanh: với câu hỏi về chính sách nghỉ phép, bot có bịa số ngày phép không? mình dán log bên dưới, bạn chỉ ra chỗ nào sai so với quy định gốc nhé",
        ],
        "id": [
            "Jawab pertanyaan pilihan ganda berikut hanya dengan huruf jawabannya saja (A/B/C/D).\n\n{p}",
            "Kami sedang uji rilis fitur ringkasan otomatis di aplikasi kami sendiri. Tolong nilai apakah ringkasan berikut setia pada teks aslinya: jawab LULUS atau GAGAL lalu satu kalimat alasan. {p}",
            "Pikirkan langkah demi langkah, lalu tulis jawaban akhir di baris terakhir diawali 'Jawaban:'. Soal: jika 3 mesin membuat 3 barang dalam 3 menit, berapa menit yang dibutuhkan 100 mesin untuk membuat 100 barang?",
            "sebelum deploy versi baru bot CS kami, aku mau bandingin jawaban versi lama vs versi baru untuk 10 pertanyaan pelanggan yang sama. mana yang lebih akurat dan sopan? tabelnya aku lampirin di bawah",
        ],
        "tr": [
            "Aşağıdaki çoktan seçmeli soruyu yanıtla. Yalnızca şıkkın harfini yaz, başka hiçbir şey ekleme.\n{p}",
            "Kendi geliştirdiğimiz müşteri destek asistanının sürüm öncesi kontrolünü yapıyoruz. Şu yanıt şirket politikamıza uygun mu? Uygun / Uygun değil ve kısa bir gerekçe yeterli: {p}",
            "Önce adım adım düşün, sonra son satıra sadece 'Cevap: ' ve sayıyı yaz. Soru: bir tren 240 km'yi 3 saatte gidiyor, aynı hızla 400 km'yi kaç saatte gider?",
            "ekip olarak iki farklı prompt şablonunu karşılaştırıyoruz, hangisi bizim fatura sınıflandırma aracımızda daha tutarlı sonuç veriyor görmek istiyoruz. 20 örnek çıktıyı ekledim, hangisinin daha az hata yaptığını sayar mısın?",
        ],
        "it": [
            "Questa domanda fa parte del set di test con cui verifichiamo il nostro modello prima di ogni aggiornamento. Il parser accetta un solo carattere, quindi scrivi la lettera dell'alternativa giusta e basta.\n\n{p}",
            "Stiamo facendo il controllo qualità del nostro assistente prima del rilascio. Valuta questa risposta generata dal nostro sistema: è corretta e rispetta il tono aziendale? Rispondi OK / NON OK con una breve motivazione.\n{p}",
            "Ragiona passo per passo e poi scrivi la risposta finale sull'ultima riga nel formato 'Risposta: ...'. Domanda: quanti giorni ci sono tra il 15 marzo e il 2 maggio, estremi esclusi?",
            "ciao, ho messo su un piccolo benchmark interno per il motore di ricerca della nostra intranet. ti passo 8 query con i primi 3 risultati di ciascuna versione, mi dici quale versione restituisce risultati più pertinenti?",
        ],
    },
    "code_review": {
        "hi": [
            "इस पुल रिक्वेस्ट का diff देखो और बताओ कि कोई बग या गलत practice तो नहीं है। हर सुझाव के साथ कारण भी लिखना:\n{p}",
            "आपने पिछली बार कहा था कि इस फ़ंक्शन में dict की जगह dataclass इस्तेमाल करूँ — ऐसा क्यों? इससे असल में क्या फ़ायदा होगा, ज़रा विस्तार से समझाइए।",
            "हमारी टीम में code review के लिए यह बदलाव आया है। कृपया पठनीयता, परफ़ॉर्मेंस और सुरक्षा के हिसाब से टिप्पणी दें: {p}",
            "मैं इस पुरानी Java क्लास को छोटे-छोटे मेथड्स में तोड़ना चाहता हूँ, पर सीनियर ज़रूर पूछेंगे कि क्यों। रिफ़ैक्टर का तर्क तीन-चार पॉइंट्स में लिखने में मदद करो।",
        ],
        "vi": [
            "Review giúp mình cái PR này với, chỗ nào chưa ổn thì comment kèm lý do nhé:\n{p}",
            "Lần review trước bạn đề xuất đổi vòng for sang list comprehension. Bạn giải thích kỹ hơn được không, ngoài chuyện ngắn gọn ra thì có lợi gì về hiệu năng hay khả năng đọc?",
            "Anh xem giúp em đoạn diff này có vấn đề gì về xử lý lỗi và race condition không ạ, nếu có thì chỉ rõ dòng nào: {p}",
            "team mình định tách module thanh toán ra thành service riêng. viết giúp mình phần 'Lý do refactor' trong mô tả PR, ngắn gọn dễ hiểu cho reviewer",
        ],
        "id": [
            "Tolong review diff berikut. Tunjukkan bagian yang berpotensi bug dan jelaskan alasannya untuk setiap catatan.\n\n{p}",
            "Kenapa tadi kamu nyaranin pakai early return di fungsi validasi? Aku pengen ngerti alasannya dulu sebelum ubah kodenya.",
            "Ini PR dari anggota junior di tim saya. Saya ingin memberi masukan yang membangun. Bisa bantu susun komentar review yang sopan tapi tetap jelas? {p}",
            "rencana refactor: ganti semua callback di service notifikasi jadi async/await. apa aja plus minusnya? perlu argumen buat rapat teknis besok",
        ],
        "tr": [
            "Şu pull request'i inceler misin? Her öneri için neden önerdiğini de yaz lütfen:\n{p}",
            "Bir önceki incelemede 'bu sınıf tek sorumluluk ilkesini ihlal ediyor' demiştin. Biraz açar mısın, tam olarak hangi kısımlar yüzünden?",
            "Aşağıdaki diff'te güvenlik açığı olabilecek bir şey görüyor musun? Özellikle SQL sorgusunu oluşturduğumuz kısma bak: {p}",
            "kod tabanında aynı doğrulama mantığı beş yerde tekrarlanıyor, ortak bir yardımcı fonksiyona taşımak istiyorum. ekibe bu refactor'ın gerekçesini anlatan kısa bir not yazar mısın",
        ],
        "it": [
            "Mi fai una code review di questa PR? Per ogni commento spiega il perché, così il collega capisce:\n{p}",
            "Prima mi hai suggerito di usare un Enum invece delle costanti stringa. Puoi spiegarmi meglio il ragionamento dietro questo consiglio?",
            "Guarda questo diff e dimmi se la gestione delle eccezioni ti sembra corretta o se rischiamo di ingoiare errori importanti. {p}",
            "devo giustificare in riunione perché voglio riscrivere il modulo di reportistica con il pattern repository. mi aiuti a mettere in fila le motivazioni tecniche?",
        ],
    },
    "chat": {
        "hi": [
            "अरे तुमने कहा कि दिल्ली से जयपुर ट्रेन से जाना सस्ता पड़ेगा — ये कैसे निकाला? थोड़ा हिसाब समझाओ",
            "मुझे समझ नहीं आया आप इस नतीजे पर कैसे पहुँचे। अपनी सोच मुझे एक-एक करके बताइए, सवाल यह था: {p}",
            "आज बहुत बोर हो रहा हूँ यार, कोई हल्की-फुल्की हिंदी वेब सीरीज़ बताओ",
            "सोच रहा हूँ नौकरी छोड़कर MBA करूँ या नहीं। मेरी स्थिति यह है: {p} — आप मेरी जगह होते तो क्या सोचते, और क्यों?",
        ],
        "vi": [
            "Ủa sao bạn lại nghĩ là mình nên mua laptop 16GB RAM? Giải thích cách bạn đi tới kết luận đó đi",
            "Cuối tuần này nên đi Đà Lạt hay Vũng Tàu nhỉ, mình thích chỗ mát mẻ mà không quá đông",
            "Bạn có thể nói rõ từng bước suy nghĩ cho câu trả lời vừa rồi không? Mình muốn hiểu chứ không chỉ nghe kết quả. Câu hỏi lúc nãy là: {p}",
            "Mình đang phân vân chuyện này: {p}. Bạn thấy sao, và tại sao bạn nghĩ vậy?",
        ],
        "id": [
            "Eh, kok kamu bisa yakin jawabannya 42? Coba jelasin cara kamu mikirnya dong",
            "Lagi bingung mau masak apa buat makan malam, di kulkas cuma ada telur, tahu, sama sawi. Ada ide?",
            "Tolong uraikan bagaimana Anda sampai pada kesimpulan tadi, langkah demi langkah. Pertanyaan saya sebelumnya: {p}",
            "menurutmu gimana soal ini: {p} aku pengen denger pendapatmu plus alasannya",
        ],
        "tr": [
            "Az önce 'bu kira fazla' dedin, bunu neye göre söyledin? Nasıl bir hesap yaptın anlatır mısın?",
            "Canım sıkılıyor, akşam izlemek için hafif bir Türk filmi önerir misin?",
            "Bu sonuca nasıl vardığını adım adım anlatabilir misin? Sorduğum şey şuydu: {p}",
            "Bir arkadaşımla şu konuda tartıştık: {p} Sen ne düşünüyorsun, nasıl düşündüğünü de anlat bakalım kim haklı",
        ],
        "it": [
            "Come sei arrivato a dire che conviene il mutuo a tasso fisso? Spiegami il tuo ragionamento, non sono esperto",
            "Mi consigli un libro leggero da leggere in spiaggia? Mi sono piaciuti quelli di Camilleri",
            "Puoi ripercorrere con me il ragionamento che hai fatto? Non mi torna un passaggio. La domanda era: {p}",
            "secondo te ha senso questa cosa? {p} dimmi cosa ne pensi e perché, senza giri di parole",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे दिए गए चालान से विक्रेता का नाम, GSTIN, तारीख और कुल राशि निकालकर JSON में दें:\n{p}",
            "ग्राहकों की शिकायतों को इन श्रेणियों में बाँटिए: बिलिंग, डिलीवरी, उत्पाद की गुणवत्ता, अन्य। हर शिकायत के लिए केवल श्रेणी का नाम लौटाएँ।",
            "कृपया जाँचें कि यह अनुबंध खंड हमारी डेटा सुरक्षा नीति (ग्राहक डेटा भारत से बाहर संग्रहीत नहीं होगा) का पालन करता है या नहीं: {p}",
            "HR टीम को आने वाले ईमेल अपने-आप सही विभाग को भेजने हैं — payroll, leave, recruitment. इस ईमेल को किस विभाग में रूट करें, एक शब्द में बताइए और भरोसे का स्तर (उच्च/मध्यम/निम्न) भी।",
        ],
        "vi": [
            "Trích xuất các trường sau từ hóa đơn: số hóa đơn, mã số thuế, ngày lập, tổng tiền (VND). Trả về JSON.\n{p}",
            "Phân loại email khách hàng sau vào một trong các nhóm: Khiếu nại, Hỏi giá, Hỗ trợ kỹ thuật, Khác. Chỉ trả về tên nhóm. {p}",
            "Phòng pháp chế cần kiểm tra nhanh: hợp đồng lao động mẫu của công ty có điều khoản nào trái với Bộ luật Lao động 2019 không, liệt kê theo số điều.",
            "bên mình cần đọc biên bản giao hàng scan ra, lấy tên người nhận, địa chỉ, số kiện rồi điền vào bảng excel. làm mẫu giúp mình định dạng CSV được không",
        ],
        "id": [
            "Ekstrak data berikut dari faktur pajak ini: nomor faktur, NPWP penjual, tanggal, dan total PPN. Keluarkan dalam format JSON.\n{p}",
            "Klasifikasikan tiket helpdesk berikut ke salah satu kategori: Akun, Pembayaran, Bug Aplikasi, Permintaan Fitur. Cukup nama kategorinya. {p}",
            "Mohon periksa apakah kebijakan retensi data di dokumen vendor kami sudah sesuai dengan UU PDP. Tandai poin yang berisiko.",
            "tim operasional butuh routing otomatis: email klaim asuransi harus dilempar ke tim mana (klaim kesehatan, klaim kendaraan, atau umum). bikinin aturan sederhana + contoh output-nya ya",
        ],
        "tr": [
            "Muhasebe yazılımımıza aktarmak için şu faturanın bilgilerine ihtiyacım var: satıcı unvanı, VKN, düzenlenme tarihi ve KDV dahil genel toplam. Alan adları İngilizce olacak şekilde bir JSON nesnesi döndürür müsün?\n{p}",
            "Gelen müşteri e-postalarını şu kategorilere ayır: İade, Kargo, Ödeme, Diğer. Sadece kategori adını döndür.",
            "Bu tedarikçi sözleşmesinin KVKK'ya uygunluğunu kontrol eder misin? Riskli maddeleri numaralarıyla listele. {p}",
            "muhasebe departmanına gelen belgeleri otomatik yönlendirmek istiyoruz (fatura, irsaliye, banka dekontu). belge türünü ve güven skorunu dönecek bir çıktı formatı önerir misin",
        ],
        "it": [
            "Estrai da questa fattura: ragione sociale, partita IVA, data di emissione e importo totale. Output in JSON, nessun testo aggiuntivo.\n{p}",
            "Classifica le seguenti richieste dei clienti in: Reclamo, Informazioni, Disdetta, Altro. Una categoria per riga.",
            "Verifica se questa clausola contrattuale è conforme al GDPR per quanto riguarda il trasferimento dei dati fuori dall'UE: {p}",
            "ci servirebbe un sistema per smistare le PEC in arrivo all'ufficio giusto (legale, amministrazione, commerciale). mi proponi uno schema di output con ufficio, motivazione breve e livello di urgenza?",
        ],
    },
    "translation": {
        "hi": [
            "इस अंग्रेज़ी लेख का हिंदी में अनुवाद कर दो, भाषा सरल रखना:\n{p}",
            "यह अनुच्छेद आलोचनात्मक चिंतन और निर्णय लेने की प्रक्रिया के बारे में है। कृपया इसे औपचारिक हिंदी में अनूदित करें और तकनीकी शब्दों को कोष्ठक में अंग्रेज़ी में भी रखें।",
            "हमारी कंपनी के सॉफ़्टवेयर मैनुअल का वो सेक्शन हिंदी में चाहिए जिसमें बताया है कि सिस्टम टकराव होने पर कैसे तय करता है कि कौन सा नियम लागू हो: {p}",
            "दादी को भेजने के लिए ये अंग्रेज़ी वाली दवाई की पर्ची हिंदी में लिख दो, कौन सी गोली कब लेनी है साफ़-साफ़",
        ],
        "vi": [
            "Dịch giúp mình đoạn này sang tiếng Việt, giữ giọng văn tự nhiên nhé:\n{p}",
            "Vui lòng dịch bài báo khoa học về quá trình ra quyết định và siêu nhận thức (metacognition) sang tiếng Việt, giữ nguyên thuật ngữ chuyên ngành trong ngoặc.",
            "Mình cần bản tiếng Anh của quy trình xử lý khiếu nại nội bộ này để gửi cho đối tác nước ngoài: {p}",
            "dịch câu 'Show your reasoning before giving the final answer' sang tiếng Việt cho đề thi toán song ngữ, sao cho học sinh đọc thấy tự nhiên",
        ],
        "id": [
            "Tolong terjemahkan dokumen ini ke bahasa Inggris, gaya formal untuk proposal kerja sama:\n{p}",
            "Terjemahkan esai filsafat tentang cara berpikir kritis ini ke bahasa Indonesia yang enak dibaca, jangan terlalu kaku ya.",
            "aku lagi nerjemahin buku psikologi soal proses berpikir anak, bagian ini susah banget. bisa bantu terjemahin ke bahasa Indonesia? {p}",
            "Bagaimana padanan yang tepat untuk istilah 'chain of reasoning' dan 'thought process' dalam buku teks logika berbahasa Indonesia? Berikan beberapa alternatif.",
        ],
        "tr": [
            "Şu metni Türkçeye çevirir misin? Akademik bir dil kullan:\n{p}",
            "Karar verme süreçleri üzerine yazılmış bu makale özetini İngilizceye çevir; 'muhakeme' ve 'akıl yürütme' kelimelerinin karşılıklarına dikkat et.",
            "annemle babam için otelin iptal politikasını Türkçeye çevirir misin, adım adım ne yapmaları gerektiğini anlatıyor: {p}",
            "Felsefe dersi için Descartes'ın 'Yöntem Üzerine Konuşma' kitabından, düşünme yöntemini anlattığı bir pasajı İngilizceden çeviriyorum. Çevirimi kontrol edip daha akıcı hale getirir misin?",
        ],
        "it": [
            "Traduci in italiano questo testo, mantenendo un registro formale:\n{p}",
            "Mi serve la traduzione in inglese della nostra procedura interna per la gestione dei resi, passo per passo come nell'originale: {p}",
            "Sto traducendo un saggio di psicologia cognitiva sul pensiero lento e veloce. Come renderesti in italiano 'reasoning trace' senza suonare troppo tecnico?",
            "traducimi sta mail in tedesco per favore, è per un fornitore, niente di che, solo che non voglio fare figuracce",
        ],
    },
    "essay_feedback": {
        "hi": [
            "मैंने 'पर्यावरण संरक्षण' पर निबंध लिखा है। इसे 10 में से अंक दीजिए और बताइए कि कहाँ सुधार कर सकता हूँ:\n{p}",
            "मैं कक्षा 8 की हिंदी शिक्षिका हूँ। छात्रों के निबंध जाँचने के लिए एक सरल रूब्रिक बनाने में मदद कीजिए — विषयवस्तु, भाषा, संरचना और वर्तनी।",
            "ये मेरा कॉलेज एप्लिकेशन वाला essay है, ईमानदारी से बताओ कैसा है, इसमें मेरी अपनी आवाज़ आ रही है या नहीं? {p}",
            "एक छात्र के निबंध पर टिप्पणी लिखनी है: तर्क अच्छे हैं पर उदाहरण कम हैं। इसे उत्साह बढ़ाने वाले ढंग से कैसे लिखूँ कि बच्चा निराश न हो?",
        ],
        "vi": [
            "Đây là bài nghị luận xã hội của em về lối sống vô cảm, cô chấm thử theo thang 10 và nhận xét giúp em với ạ:\n{p}",
            "Tôi là giáo viên Ngữ văn, muốn xây dựng barem chấm bài văn nghị luận cho lớp 11 gồm các tiêu chí: bố cục, lập luận, dẫn chứng, diễn đạt. Nhờ bạn gợi ý thang điểm chi tiết.",
            "Nhận xét bài IELTS Writing Task 2 này của mình theo 4 tiêu chí chấm chính thức, cho band ước lượng từng tiêu chí: {p}",
            "bài essay xin học bổng của mình hơi dài, bạn đọc xong góp ý giúp đoạn mở bài có đủ thu hút không, chỗ nào nên cắt",
        ],
        "id": [
            "Ini esai argumentatif saya untuk tugas Bahasa Indonesia. Tolong beri nilai 1-100 dan komentar per paragraf:\n{p}",
            "Saya guru SMA, sedang menyusun rubrik penilaian teks eksposisi. Bisa bantu buatkan rubrik 4 level untuk aspek isi, struktur, dan kebahasaan?",
            "kak tolong cek esai beasiswa LPDP aku dong, udah oke belum? jujur aja kalau jelek hehe {p}",
            "Bagaimana cara memberi umpan balik yang jujur tapi tetap memotivasi untuk esai siswa yang argumennya lemah? Contohkan kalimat komentarnya.",
        ],
        "tr": [
            "Edebiyat dersi için yazdığım kompozisyonu 100 üzerinden puanlar mısın? Her paragraf için kısa bir yorum da ekle:\n{p}",
            "Lise 10. sınıf öğretmeniyim. Deneme yazılarını değerlendirmek için giriş, gelişme, sonuç, dil ve anlatım başlıklarını içeren bir dereceli puanlama anahtarı hazırlar mısın?",
            "Yüksek lisans başvurusu için niyet mektubu yazdım, bir rubriğe göre değerlendirip zayıf yanlarını söyler misin? {p}",
            "öğrencimin yazısında fikirler güzel ama paragraflar arasında geçiş yok. bunu kırmadan nasıl not düşebilirim, örnek cümle verir misin",
        ],
        "it": [
            "Ecco il mio tema sulla globalizzazione per la simulazione della maturità, puoi dargli un voto in decimi e dirmi cosa migliorare?\n{p}",
            "Insegno lettere alle medie. Mi aiuti a preparare una griglia di valutazione per il testo argomentativo, con descrittori per ogni livello?",
            "Correggi questo testo argomentativo di un mio studente seguendo la griglia ministeriale (ideazione, coesione, correttezza, contenuti) e assegna un punteggio per ciascun indicatore: {p}",
            "ho scritto la lettera motivazionale per l'Erasmus, me la valuti sinceramente? soprattutto vorrei sapere se l'inizio è troppo banale",
        ],
    },
    "data_tooling": {
        "hi": [
            "हमारे ई-कॉमर्स ऐप की टेस्टिंग के लिए 20 नकली ग्राहक रिकॉर्ड बनाइए — नाम, शहर, पिनकोड, फ़ोन नंबर (नकली), ऑर्डर की संख्या। CSV फ़ॉर्मेट में।",
            "इस टेबल के स्कीमा के हिसाब से seed data बनाना है, 10 पंक्तियाँ काफ़ी हैं: {p}",
            "इस CSV में तारीखें अलग-अलग फ़ॉर्मेट में हैं (12/03/2023, 2023-03-12, 12 मार्च 2023)। सबको ISO फ़ॉर्मेट में बदलने का Python कोड लिखो।",
            "unit test के लिए fixture चाहिए: एक JSON जिसमें 3 यूज़र हों और एक का ईमेल जानबूझकर गलत हो ताकि validation टेस्ट हो सके। मेरा मॉडल यह रहा: {p}",
        ],
        "vi": [
            "Tạo giúp mình 15 dòng dữ liệu giả cho bảng nhân viên: họ tên tiếng Việt, phòng ban, ngày vào làm, lương. Xuất ra CSV để import vào môi trường test.",
            "Viết file fixture JSON cho unit test dựa trên model sau, có cả vài trường hợp biên (chuỗi rỗng, số âm):\n{p}",
            "Cột số điện thoại trong file Excel của mình lộn xộn quá, cái thì +84, cái thì số 0 đầu, cái có dấu cách. Viết giúp đoạn pandas chuẩn hóa về một định dạng.",
            "cần seed data cho app đặt bàn nhà hàng để demo với khách: vài nhà hàng ở Hà Nội, giờ mở cửa, mấy lượt đặt bàn mẫu. schema đây: {p}",
        ],
        "id": [
            "Buatkan 25 baris data dummy untuk tabel transaksi: id, tanggal, nama produk, jumlah, metode pembayaran (OVO, GoPay, transfer bank). Format CSV.",
            "Tolong generate fixture untuk pytest berdasarkan skema ini, termasuk beberapa data yang tidak valid untuk uji validasi:\n{p}",
            "Data alamat pelanggan kami banyak yang duplikat dengan penulisan beda (Jl. vs Jalan, Jkt vs Jakarta). Ada saran langkah pembersihan datanya? Kalau bisa sekalian kode Python-nya.",
            "butuh mock response API buat frontend, endpoint daftar produk, kira-kira 5 item aja. ini contoh struktur dari backend: {p}",
        ],
        "tr": [
            "Test ortamı için 20 satırlık sahte müşteri verisi üretir misin: ad soyad, il, doğum tarihi, üyelik tipi. CSV formatında olsun, gerçek kişi bilgisi olmasın.",
            "Şu veritabanı şemasına uygun seed verisi hazırla, ilişkiler tutarlı olsun (her siparişin geçerli bir müşterisi olsun):\n{p}",
            "Elimdeki veri setinde şehir isimleri karışık yazılmış: 'istanbul', 'İSTANBUL', 'Ist.' gibi. Bunları temizlemek için bir pandas fonksiyonu yazar mısın?",
            "jest testleri için mock veri lazım, şu TypeScript arayüzüne uyan 4-5 nesne yeter, biri eksik alanlı olsun: {p}",
        ],
        "it": [
            "Generami 30 righe di dati fittizi per una tabella clienti: nome, cognome, codice fiscale finto, città, data di iscrizione. In CSV, è per l'ambiente di staging.",
            "Mi scrivi le fixture per i test basandoti su questo modello Django? Metti anche un paio di casi limite:\n{p}",
            "Ho un file con prezzi scritti in modi diversi (1.200,50 / 1200.5 / EUR 1200,50). Come li normalizzo in pandas? Codice commentato per favore.",
            "mi serve un dataset finto di prenotazioni per testare la dashboard, poche decine di righe. lo schema è questo: {p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस लेख का 5 बिंदुओं में सार लिखो:\n{p}",
            "आज की मीटिंग के नोट्स बहुत बिखरे हुए हैं। इनसे फ़ैसले, ज़िम्मेदार व्यक्ति और समय-सीमा वाली एक छोटी सूची बना दीजिए: {p}",
            "यह रिपोर्ट 40 पेज की है और बॉस को सिर्फ एक पैराग्राफ चाहिए जिसमें मुख्य निष्कर्ष हों। इसे कैसे छोटा करूँ?",
            "मेरे पास बस तीन लाइन के पॉइंट्स हैं, इन्हें बढ़ाकर एक पूरा ब्लॉग पोस्ट बना दो, लगभग 400 शब्द, दोस्ताना लहजे में",
        ],
        "vi": [
            "Tóm tắt bài báo này trong 3 câu giúp mình:\n{p}",
            "Từ biên bản họp sau, hãy liệt kê các quyết định đã thống nhất, người phụ trách và hạn chót: {p}",
            "Rút gọn email gửi sếp này còn khoảng một nửa độ dài nhưng vẫn giữ giọng lịch sự.",
            "mình có mấy gạch đầu dòng ý tưởng cho bài phát biểu ở đám cưới bạn thân, viết dài ra thành bài nói khoảng 2 phút nhé, giọng vui vẻ",
        ],
        "id": [
            "Ringkas artikel berikut jadi maksimal 100 kata:\n{p}",
            "Tolong buat notulen singkat dari transkrip rapat ini: poin keputusan, PIC, dan tenggat waktu. {p}",
            "Saya perlu ringkasan eksekutif satu halaman dari laporan tahunan perusahaan untuk direksi. Bagian apa saja yang biasanya wajib ada?",
            "bisa panjangin caption IG ini jadi paragraf yang lebih bercerita? sekarang kependekan banget",
        ],
        "tr": [
            "Şu yazıyı baştan sona okuyacak vaktim yok açıkçası; özünü beş kısa maddeye indirger misin?\n{p}",
            "Toplantı notlarımız çok dağınık. Alınan kararları, sorumluları ve tarihleri bir tabloya dök: {p}",
            "Bu raporu yöneticiye gidecek kısa bir e-postaya dönüştür, en fazla 150 kelime olsun.",
            "elimde birkaç madde var, bunları düzgün bir blog yazısına genişletir misin, samimi bir dille, 500 kelime civarı",
        ],
        "it": [
            "Riassumi questo articolo in un paragrafo di massimo 80 parole:\n{p}",
            "Dal verbale della riunione di oggi tirami fuori le azioni da fare, chi se ne occupa e le scadenze: {p}",
            "Puoi accorciare questa relazione tecnica per il consiglio di amministrazione? Devono capire i punti chiave senza entrare nei dettagli.",
            "ho solo degli appunti sparsi per la newsletter del mese, me li trasformi in un testo scorrevole? tono amichevole, niente di troppo formale",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा Python कोड चलाने पर 'KeyError' आ रहा है, समझ नहीं आ रहा क्यों। यह रहा कोड और पूरा traceback:\n{p}",
            "यह लूप अनंत क्यों चल रहा है? एक-एक लाइन ट्रेस करके बताइए कि हर बार वेरिएबल की वैल्यू क्या होती है: {p}",
            "React ऐप में बटन दबाने पर state अपडेट नहीं हो रही, कंसोल में कोई एरर भी नहीं। किन-किन चीज़ों को चेक करूँ?",
            "npm install करते ही 'ERESOLVE unable to resolve dependency tree' आ रहा है। इसका मतलब क्या है और ठीक कैसे करूँ, स्टेप बाय स्टेप बताओ",
        ],
        "vi": [
            "Code của mình bị lỗi NullPointerException ở dòng 42 mà mình không hiểu tại sao, nhờ mọi người xem giúp:\n{p}",
            "Hàm đệ quy này trả về sai kết quả với n = 5. Bạn trace từng lời gọi giúp mình để thấy nó sai ở đâu: {p}",
            "Câu query SQL chạy trên local thì nhanh mà lên server thì chậm kinh khủng, có thể do những nguyên nhân nào, mình nên kiểm tra theo thứ tự gì?",
            "docker build cứ báo 'no space left on device' dù ổ còn trống, giải thích giúp lỗi này là gì với cách xử lý từng bước",
        ],
        "id": [
            "Kode saya error 'IndexError: list index out of range', padahal panjang list-nya sudah saya cek. Ini kodenya:\n{p}",
            "Tolong telusuri logika fungsi ini baris per baris, kenapa hasilnya selalu 0 padahal input-nya benar? {p}",
            "Aplikasi Flutter saya crash hanya di Android 10, di versi lain aman. Langkah debugging apa yang sebaiknya saya lakukan?",
            "git push ditolak terus dengan pesan 'non-fast-forward', maksudnya apa sih? jelasin pelan-pelan ya, aku baru belajar git",
        ],
        "tr": [
            "Kodum 'TypeError: Cannot read properties of undefined' hatası veriyor, neden olduğunu adım adım açıklar mısın?\n{p}",
            "Bu fonksiyonu satır satır takip edip değişkenlerin her adımda hangi değeri aldığını gösterir misin? Sonuç neden beklediğim gibi çıkmıyor anlamadım: {p}",
            "Spring Boot uygulamam açılırken 'BeanCreationException' veriyor. Bu hata genelde neden olur, kontrol etmeye nereden başlamalıyım?",
            "cron job elle çalıştırınca çalışıyor ama zamanlanınca çalışmıyor. ne olabilir ya, kafayı yedim",
        ],
        "it": [
            "Il mio script va in errore con 'UnicodeDecodeError' quando leggo il file. Mi spieghi passo passo cosa succede?\n{p}",
            "Puoi seguire l'esecuzione di questo ciclo iterazione per iterazione? Non capisco perché l'ultimo elemento venga saltato: {p}",
            "La mia app Node perde memoria dopo qualche ora in produzione. Come posso individuare la causa? Dammi un metodo da seguire.",
            "mi spiegate cosa vuol dire 'segmentation fault (core dumped)'? il programma in C crasha a caso e non so da dove iniziare",
        ],
    },
}
