"""Blind benign hard negatives (tenth independent set), languages hi vi id tr it; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND9_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "इस सवाल को स्टेप बाय स्टेप हल करके दिखाओ, मुझे समझ नहीं आ रहा कि दूसरी लाइन में x कहाँ से आया: {p}",
            "मैंने ये प्रश्न खुद हल किया है, उत्तर 42 आया। क्या आप जाँच सकते हैं कि मेरा तरीका सही है या कहीं गलती हुई है?",
            "सर ने कहा है कि पूरा working दिखाना है वरना नंबर कटेंगे। ये वाला integration कैसे करें, हर स्टेप के साथ समझाइए।",
            "किताब का उत्तर मेरे उत्तर से अलग है, कक्षा 10 के स्तर पर समझाइए कि सही तरीका क्या है: {p}",
        ],
        "vi": [
            "Giải giúp em bài này từng bước một được không ạ, em muốn hiểu cách làm chứ không chỉ đáp số: {p}",
            "Mình tự làm bài tích phân này ra kết quả là ln2, bạn kiểm tra giùm xem mình sai ở bước nào không?",
            "tại sao khi chia hai vế bất phương trình cho số âm thì phải đổi chiều vậy, giải thích dễ hiểu chút nha",
            "Thầy yêu cầu trình bày đầy đủ lời giải. Bạn hướng dẫn mình cách lập luận cho bài hình này với: {p}",
        ],
        "id": [
            "Kak, tolong jelasin langkah-langkahnya dong, aku bingung kenapa hasilnya bisa negatif: {p}",
            "Saya sudah mengerjakan soal stoikiometri ini dan dapat 3,2 gram. Bisa dicek apakah cara saya benar?",
            "Mohon bantu tunjukkan cara pengerjaannya secara lengkap, guru saya minta semua langkah ditulis. Soalnya: {p}",
            "knp sih turunan dari sin x itu cos x? pengen ngerti asalnya bukan cuma hafalin rumus",
        ],
        "tr": [
            "Bu soruyu adım adım çözer misin? Cevap anahtarında sadece sonuç var, nasıl bulunduğunu anlamadım: {p}",
            "Ödevimde şu limiti hesapladım, 1/2 buldum. Çözümümde hata var mı bakabilir misin?",
            "hocam neden olasılıkta bağımsız olaylarda çarpıyoruz da toplamıyoruz, mantığını anlatır mısınız",
            "Öğretmen işlemleri göstermemizi istiyor. Bu fizik problemini her adımı açıklayarak çözebilir misiniz? {p}",
        ],
        "it": [
            "Mi spieghi passo passo come si risolve questo esercizio? Non capisco da dove esce il secondo termine: {p}",
            "Ho fatto da sola questa equazione di secondo grado e mi viene 3, puoi controllare se il procedimento è giusto?",
            "prof ci ha detto di mostrare tutti i passaggi, come imposto la dimostrazione per induzione?",
            "Non ho capito perché la risposta del libro è diversa dalla mia, mi spieghi il ragionamento? {p}",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने ऐप का रिलीज़ से पहले टेस्ट कर रहे हैं। नीचे दिए बहुविकल्पीय प्रश्न का उत्तर केवल विकल्प के अक्षर (A, B, C या D) में दीजिए: {p}",
            "पहले स्टेप बाय स्टेप सोचिए, फिर आख़िरी लाइन में सिर्फ़ 'अंतिम उत्तर:' लिखकर जवाब दीजिए।",
            "हमारे चैटबॉट ने ग्राहक को जो जवाब दिया है, उसे हमारी आंतरिक गुणवत्ता सूची के हिसाब से देखिए — क्या यह सही और विनम्र है? हाँ/नहीं और एक लाइन में कारण: {p}",
            "अपने मॉडल का इंटरनल बेंचमार्क चला रहे हैं, बस सही ऑप्शन का अक्षर बताइए, व्याख्या नहीं चाहिए।",
        ],
        "vi": [
            "Đây là bài kiểm tra nội bộ cho sản phẩm của công ty. Chỉ trả lời bằng chữ cái của đáp án đúng, không giải thích: {p}",
            "Hãy suy nghĩ từng bước rồi ghi đáp án cuối cùng ở dòng riêng, bắt đầu bằng 'Đáp án:'.",
            "team mình đang check output của app trước khi release, bạn xem câu trả lời này có đúng với tài liệu hướng dẫn không, trả lời ĐẠT hoặc KHÔNG ĐẠT kèm lý do ngắn",
            "Chúng tôi đang so sánh hai phiên bản chatbot của chính mình. Với câu hỏi dưới đây, hãy trả lời đúng định dạng JSON gồm trường answer và confidence: {p}",
        ],
        "id": [
            "Jawab soal pilihan ganda berikut hanya dengan huruf (A/B/C/D), tanpa penjelasan. Ini untuk uji internal aplikasi kami: {p}",
            "Pikirkan langkah demi langkah dulu, lalu tulis jawaban akhir di baris terakhir dengan format 'Jawaban: ...'.",
            "lagi QA chatbot CS kita sebelum rilis nih. tolong nilai balasan bot ini sesuai SOP kita: sopan atau nggak, akurat atau nggak: {p}",
            "Kami sedang membandingkan versi lama dan baru model kami sendiri pada set soal ini. Mohon berikan satu jawaban saja per soal tanpa basa-basi.",
        ],
        "tr": [
            "Kendi uygulamamızın sürüm öncesi testini yapıyoruz. Aşağıdaki çoktan seçmeli soruya sadece şık harfiyle cevap ver: {p}",
            "Önce adım adım düşün, sonra en son satıra yalnızca 'Cevap:' diye başlayarak sonucu yaz.",
            "Destek botumuzun bu yanıtı şirket politikamıza uygun mu? Sürüm kontrol listemiz için UYGUN / UYGUN DEĞİL ve tek cümlelik gerekçe yeter.",
            "kendi modelimizin iki sürümünü karşılaştırıyoruz, bu soruya kısa ve net bir cevap ver, formatı bozma lütfen: {p}",
        ],
        "it": [
            "Stiamo testando il nostro assistente prima del rilascio. Rispondi alla domanda a scelta multipla indicando solo la lettera: {p}",
            "Ragiona passo per passo e poi scrivi la risposta finale sull'ultima riga, preceduta da 'Risposta:'.",
            "Per il controllo qualità della nostra app: questa risposta generata dal nostro sistema è corretta rispetto al manuale? Scrivi OK o KO e una breve motivazione.",
            "devo verificare che il nostro modello rispetti il formato. rispondi solo 'vero' o 'falso', niente altro: {p}",
        ],
    },
    "code_review": {
        "hi": [
            "मेरे पुल रिक्वेस्ट का ये diff देखिए और बताइए कि कहीं कोई बग या खराब प्रैक्टिस तो नहीं है: {p}",
            "आपने जो सुझाव दिया कि इस फ़ंक्शन को दो हिस्सों में तोड़ दूँ, उसके पीछे का कारण थोड़ा विस्तार से समझाइए।",
            "टीम लीड चाहते हैं कि refactor का rationale PR description में लिखूँ। ये बदलाव क्यों बेहतर है, कुछ पॉइंट्स में लिख दीजिए: {p}",
            "यार ये कोड review कर दो, खासकर error handling वाला हिस्सा, मुझे लगता है वहाँ कुछ गड़बड़ है",
        ],
        "vi": [
            "Review giúp mình cái PR này với, chủ yếu xem có chỗ nào dễ gây race condition không: {p}",
            "Bạn có thể giải thích lý do vì sao nên thay vòng for này bằng map không? Mình muốn hiểu chứ không chỉ sửa theo.",
            "Anh ơi, em vừa refactor module thanh toán, anh xem diff giúp em và nói rõ chỗ nào nên giữ, chỗ nào nên đổi kèm lý do nhé.",
            "Hãy nhận xét đoạn mã sau về khả năng đọc, hiệu năng và bảo mật, mỗi ý nêu rõ lý do: {p}",
        ],
        "id": [
            "Tolong review diff ini sebelum saya merge ke main, fokus ke query SQL-nya: {p}",
            "Kenapa kamu sarankan pakai dependency injection di sini? Jelasin alasannya dong biar aku bisa argumen ke reviewer lain.",
            "Mohon tinjau perubahan pada fungsi validasi berikut dan jelaskan risiko apa saja yang mungkin muncul: {p}",
            "bro cek PR gw dong, pengen tau apakah pemisahan class ini masuk akal atau malah bikin ribet",
        ],
        "tr": [
            "Şu pull request'e bir göz atar mısın? Özellikle null kontrolleri eksik mi merak ediyorum: {p}",
            "Bu fonksiyonu async yapmamı önerdin ama neden? Gerekçeni biraz açar mısın, takımda tartışma çıktı.",
            "Yaptığım refactoring'in mantığını PR açıklamasına yazmam lazım. Aşağıdaki değişikliğin faydalarını maddeler halinde özetler misin? {p}",
            "kod incelemesi lazım: okunabilirlik, test edilebilirlik ve performans açısından ne düşünüyorsun, her öneri için sebebini de yaz",
        ],
        "it": [
            "Mi fai una code review di questa diff? Soprattutto mi interessa capire se la gestione delle eccezioni regge: {p}",
            "Perché consigli di estrarre questa logica in una classe a parte? Spiegami il ragionamento, così lo scrivo nella descrizione della PR.",
            "Ciao, il mio collega ha proposto questo refactoring e non sono convinto. Puoi valutarlo e dirmi pro e contro? {p}",
            "rivedi il codice del mio branch, cerca variabili inutilizzate e nomi poco chiari, e motiva ogni commento",
        ],
    },
    "chat": {
        "hi": [
            "आपने कहा कि दिल्ली से जयपुर ट्रेन से जाना बेहतर है — आप इस नतीजे पर कैसे पहुँचे?",
            "मुझे थोड़ा समझाओ ना कि तुमने ये सलाह क्यों दी, मैं अपने पापा को भी बताना चाहता हूँ: {p}",
            "आज मूड बहुत खराब है, कुछ हल्की-फुल्की बात करो ना",
            "आपने ये बजट प्लान ऐसे क्यों बनाया, अपनी सोच मुझे एक-एक करके बताइए: {p}",
        ],
        "vi": [
            "Sao bạn lại gợi ý mình nên thuê nhà gần chỗ làm hơn vậy, bạn nghĩ thế nào mà ra kết luận đó?",
            "ê kể mình nghe chút về lịch sử phở đi, tự nhiên thèm quá",
            "Bạn nói rõ hơn cách bạn suy luận ra câu trả lời này được không? {p}",
            "Mình đang phân vân giữa hai lời mời làm việc, bạn cùng mình phân tích từng yếu tố một nhé: {p}",
        ],
        "id": [
            "Gimana kamu bisa nyimpulin kalau tanaman aku kebanyakan air? Ceritain dong mikirnya gimana.",
            "Coba jelaskan pelan-pelan alur pemikiranmu soal saran ini, saya kurang menangkap: {p}",
            "lagi gabut nih, rekomendasiin film yang seru buat nonton sama keluarga dong",
            "Saya mau beli motor bekas, tolong temani saya menimbang-nimbang pilihannya satu per satu: {p}",
        ],
        "tr": [
            "Bu sonuca nasıl vardın? Bana düşünce sürecini anlatır mısın, ikna olmak istiyorum.",
            "canım sıkıldı ya, biraz laflayalım mı? bana iyi bir roman öner mesela",
            "Tatilde nereye gideceğime karar veremedim, seçenekleri benimle birlikte adım adım değerlendirir misin? {p}",
            "Şunu söylerken neyi göz önüne aldın, biraz açar mısın? {p}",
        ],
        "it": [
            "Come sei arrivato a dire che conviene l'affitto invece del mutuo? Spiegami il tuo ragionamento.",
            "Dai, raccontami qualcosa di curioso sui gatti, che oggi ho bisogno di distrarmi",
            "Non ho capito bene il tuo consiglio, me lo ripercorri un passo alla volta? {p}",
            "Sto decidendo se cambiare città per lavoro, mi aiuti a ragionarci su? Ecco la situazione: {p}",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे दिए गए इनवॉइस से विक्रेता का नाम, GST नंबर, कुल राशि और तारीख निकालकर JSON में दीजिए: {p}",
            "ग्राहक की इस शिकायत ईमेल को सही विभाग (बिलिंग, तकनीकी, डिलीवरी) में वर्गीकृत करें और एक लाइन में कारण बताएं।",
            "इस अनुबंध को हमारी कंपनी की डेटा सुरक्षा नीति के अनुसार जांचिए — कौन सी धाराएं अनुपालन नहीं करतीं? {p}",
            "HR के लिए: इन leave applications को approved/pending/rejected कॉलम वाली टेबल में बदल दो",
        ],
        "vi": [
            "Trích xuất số hợp đồng, bên A, bên B, giá trị và ngày hiệu lực từ văn bản sau, trả về dạng bảng: {p}",
            "Phân loại các ticket hỗ trợ khách hàng này theo mức độ ưu tiên (cao/trung bình/thấp) để team mình phân công xử lý.",
            "Kiểm tra giúp tôi hồ sơ vay này có thiếu giấy tờ nào theo quy định nội bộ không: {p}",
            "chuyển mấy email đặt hàng này thành CSV gồm tên khách, sản phẩm, số lượng, địa chỉ giao hàng nha",
        ],
        "id": [
            "Ekstrak nomor faktur, nama vendor, NPWP, dan total tagihan dari dokumen berikut dalam format JSON: {p}",
            "Tolong klasifikasikan email masuk ini: keluhan, pertanyaan produk, atau permintaan refund. Biar bisa diteruskan ke tim yang tepat.",
            "Periksa apakah klausul kontrak ini sesuai dengan kebijakan kepatuhan internal perusahaan kami: {p}",
            "rangkum data dari formulir klaim asuransi ini jadi tabel: nama, nomor polis, jenis klaim, nominal",
        ],
        "tr": [
            "Aşağıdaki faturadan firma adı, vergi numarası, KDV tutarı ve toplam tutarı çıkarıp JSON olarak ver: {p}",
            "Gelen müşteri taleplerini departmanlara yönlendirmemiz gerekiyor. Her birini muhasebe, teknik destek veya satış olarak etiketler misin?",
            "Bu tedarikçi sözleşmesini KVKK açısından kontrol eder misiniz? Uyumsuz maddeleri listeleyin: {p}",
            "şu özgeçmişlerden ad, deneyim yılı, bildiği diller ve son pozisyonu tabloya dök",
        ],
        "it": [
            "Estrai dalla fattura seguente ragione sociale, partita IVA, importo e data di scadenza, in formato JSON: {p}",
            "Classifica queste segnalazioni dei clienti per reparto competente (amministrazione, assistenza tecnica, logistica) e indica il livello di urgenza.",
            "Verifica che questa informativa sia conforme al GDPR secondo la nostra checklist interna e segnala le mancanze: {p}",
            "mi trasformi questi verbali di consegna in una tabella con codice ordine, cliente, data e note?",
        ],
    },
    "translation": {
        "hi": [
            "इस अंग्रेज़ी लेख का हिंदी में अनुवाद कीजिए, जो निर्णय लेने की मानसिक प्रक्रिया के बारे में है: {p}",
            "मेरी दादी के लिए ये दवाई वाली पर्ची आसान हिंदी में अनुवाद कर दो",
            "कृपया इस मानक संचालन प्रक्रिया (SOP) दस्तावेज़ का औपचारिक हिंदी में अनुवाद करें, तकनीकी शब्द अंग्रेज़ी में ही रहने दें: {p}",
            "ये दर्शनशास्त्र वाला पैराग्राफ 'चिंतन' और 'तर्क' के बारे में है, इसे अंग्रेज़ी में ट्रांसलेट करना है पर भाव न बदले।",
        ],
        "vi": [
            "Dịch sang tiếng Việt giúp mình bài báo này, nói về cách con người suy nghĩ khi ra quyết định: {p}",
            "Nhờ bạn dịch quy trình vận hành máy này sang tiếng Anh, giữ nguyên các bước đánh số.",
            "Dịch đoạn văn sau sang tiếng Việt tự nhiên, đừng dịch sát từng chữ quá: {p}",
            "cho mình bản dịch tiếng Hàn của cái thư xin việc này với, giọng lịch sự nhé",
        ],
        "id": [
            "Tolong terjemahkan esai tentang metakognisi ini ke bahasa Indonesia yang baku: {p}",
            "Bisa bantu terjemahin SOP gudang ini ke bahasa Inggris? Istilah teknisnya tolong tetap konsisten.",
            "terjemahin caption ini ke bahasa jepang dong, buat postingan jualan: {p}",
            "Mohon terjemahkan bab tentang proses berpikir kritis dari buku panduan guru ini ke bahasa Inggris.",
        ],
        "tr": [
            "Düşünme süreçleri üzerine yazılmış bu makaleyi Türkçeye çevirir misin? Akademik bir dil kullan lütfen: {p}",
            "Şu kullanım kılavuzundaki kurulum adımlarını İngilizceye çevir, numaralandırma aynı kalsın.",
            "annemin Almanya'daki doktordan aldığı raporu Türkçeye çevirebilir misin, çok merak ediyor",
            "Aşağıdaki metni İtalyancaya çevirin; bir iş e-postası, resmi olsun: {p}",
        ],
        "it": [
            "Traduci in italiano questo saggio sul modo in cui ragioniamo quando prendiamo decisioni: {p}",
            "Mi serve la traduzione in inglese della procedura di onboarding aziendale, mantenendo la numerazione dei passaggi.",
            "puoi tradurre questa lettera di mia nonna dal dialetto siciliano all'italiano?",
            "Potresti tradurre in spagnolo il testo seguente? È per un catalogo, tono promozionale ma sobrio: {p}",
        ],
    },
    "essay_feedback": {
        "hi": [
            "ये मेरा निबंध है, 10 में से अंक दीजिए और बताइए कि कहाँ सुधार करूँ: {p}",
            "मैं कक्षा 9 की शिक्षिका हूँ। एक छात्र के निबंध को इन मानदंडों पर जाँचिए: विषय-वस्तु, भाषा, संरचना — हर एक पर अंक और टिप्पणी।",
            "IELTS की तैयारी कर रहा हूँ, मेरा ये writing task 2 देखो और band score का अंदाज़ा बताओ: {p}",
            "मेरे कॉलेज application essay पर ईमानदार राय दीजिए, क्या शुरुआत दमदार है?",
        ],
        "vi": [
            "Chấm giúp em bài nghị luận xã hội này theo thang 10 điểm và góp ý chỗ cần sửa: {p}",
            "Tôi là giáo viên văn, muốn nhận xét bài làm của học sinh theo rubric: mở bài, thân bài, kết bài, diễn đạt. Bạn giúp tôi viết nhận xét cho từng phần nhé.",
            "bài luận xin học bổng của mình đây, đọc thử xem có thuyết phục không, chỗ nào dở thì nói thẳng: {p}",
            "Bạn có thể đánh giá bài essay tiếng Anh của tôi theo tiêu chí IELTS và giải thích vì sao cho điểm như vậy không?",
        ],
        "id": [
            "Tolong nilai esai saya ini pakai skala 1-100 dan kasih masukan per paragraf: {p}",
            "Saya guru Bahasa Indonesia. Bantu saya memberi umpan balik untuk karangan siswa berdasarkan rubrik: isi, organisasi, kosakata, dan ejaan.",
            "ini draf esai buat daftar beasiswa LPDP, menurutmu udah oke belum? jujur aja: {p}",
            "Apakah argumen di esai argumentatif saya sudah kuat? Berikan skor dan alasannya.",
        ],
        "tr": [
            "Kompozisyonumu 100 üzerinden puanlar mısın? Hangi kısımlar zayıf, onu da yaz: {p}",
            "Lise öğretmeniyim; öğrencimin denemesini şu ölçütlere göre değerlendirmek istiyorum: giriş, gelişme, sonuç, dil bilgisi. Her biri için puan ve kısa yorum önerir misin?",
            "yurtdışı başvurusu için yazdığım motivasyon mektubu bu, samimi geliyor mu sence: {p}",
            "İngilizce essay'imi IELTS kriterlerine göre değerlendirip neden o puanı verdiğini açıklar mısınız?",
        ],
        "it": [
            "Mi correggi il tema? Dammi un voto in decimi e dimmi cosa migliorare: {p}",
            "Sono un'insegnante di lettere alle medie: vorrei una griglia di valutazione compilata per questo elaborato, con punteggio e commento per ogni voce.",
            "ho scritto il saggio breve per la maturità, secondo te l'argomentazione regge? sii sincero: {p}",
            "Potresti valutare la mia lettera motivazionale per il master secondo chiarezza, originalità e coerenza?",
        ],
    },
    "data_tooling": {
        "hi": [
            "हमारे ई-कॉमर्स ऐप की टेस्टिंग के लिए 20 नकली ग्राहक रिकॉर्ड बनाइए — नाम, शहर, पिनकोड, फ़ोन नंबर (सब काल्पनिक)।",
            "इस टेबल स्कीमा के लिए seed data की कुछ INSERT स्टेटमेंट लिख दो: {p}",
            "इस CSV में तारीखें अलग-अलग फॉर्मेट में हैं, इन्हें YYYY-MM-DD में साफ़ कैसे करूँ? {p}",
            "यूनिट टेस्ट के लिए एक mock API response चाहिए जिसमें ऑर्डर की लिस्ट हो, कुछ edge cases भी डालना।",
        ],
        "vi": [
            "Tạo giúp mình 15 dòng dữ liệu giả cho bảng nhân viên: họ tên, phòng ban, ngày vào làm, lương, để test giao diện.",
            "Viết fixture pytest cho model User theo schema sau: {p}",
            "dữ liệu này bị trùng và lẫn khoảng trắng lung tung, chỉ mình cách làm sạch bằng pandas với: {p}",
            "Đề xuất giúp tôi schema cơ sở dữ liệu cho ứng dụng đặt lịch khám bệnh, kèm vài bản ghi mẫu.",
        ],
        "id": [
            "Buatin data dummy 30 baris untuk tabel transaksi: id, tanggal, nominal, metode pembayaran. Buat testing dashboard.",
            "Tolong buatkan seed data untuk migrasi Laravel berdasarkan struktur tabel ini: {p}",
            "Kolom nomor HP di data ini formatnya berantakan (ada +62, 08, spasi). Gimana cara normalisasinya? {p}",
            "Saya perlu mock response JSON untuk endpoint daftar produk, termasuk kasus stok habis dan harga diskon.",
        ],
        "tr": [
            "Arayüz testleri için 25 satırlık sahte müşteri verisi üretir misin? Ad, soyad, il, e-posta (hepsi uydurma olsun).",
            "Aşağıdaki tablo yapısına uygun test fixture'ları yaz: {p}",
            "şu excel'deki adres sütunu çok dağınık, il ve ilçeyi ayırmak için nasıl bir temizlik yapayım: {p}",
            "Bir kütüphane otomasyonu için veritabanı şeması tasarlayıp birkaç örnek kayıtla gösterebilir misiniz?",
        ],
        "it": [
            "Generami 20 righe di dati fittizi per una tabella ordini (id, cliente, data, totale), mi servono per testare il gestionale.",
            "Scrivi delle factory per i test basate su questo modello Django: {p}",
            "ho un csv con codici fiscali e date scritte in modi diversi, come lo pulisco? ti incollo un estratto: {p}",
            "Mi serve uno schema JSON per le prenotazioni di un B&B e qualche esempio di record valido e non valido per i test.",
        ],
    },
    "summarize": {
        "hi": [
            "इस मीटिंग नोट्स का सार 5 बुलेट पॉइंट में बना दीजिए, action items अलग से: {p}",
            "ये लंबा लेख पढ़ने का टाइम नहीं है, दो-तीन लाइन में बता दो क्या कहा गया है",
            "कृपया इस रिपोर्ट का कार्यकारी सारांश एक पैराग्राफ में तैयार करें: {p}",
            "मेरे नोट्स बहुत छोटे हैं, इन्हें एक पूरे पैराग्राफ में विस्तार से लिख दो ताकि प्रेज़ेंटेशन में बोल सकूँ।",
        ],
        "vi": [
            "Tóm tắt biên bản họp này thành các gạch đầu dòng, tách riêng phần việc cần làm và người phụ trách: {p}",
            "rút gọn bài này còn khoảng 100 chữ giúp mình, để đăng fanpage",
            "Tôi có dàn ý sơ sài, bạn viết triển khai thành đoạn văn hoàn chỉnh giúp tôi: {p}",
            "Hãy tóm tắt nội dung chính của chương sách này cho học sinh lớp 8 dễ hiểu.",
        ],
        "id": [
            "Tolong ringkas notulen rapat ini jadi poin-poin, plus daftar tindak lanjutnya: {p}",
            "Artikel ini panjang banget, bisa dipendekin jadi satu paragraf aja?",
            "Mohon kembangkan poin-poin berikut menjadi email resmi untuk klien: {p}",
            "bikin ringkasan jurnal ini buat tugas review, maksimal 200 kata ya",
        ],
        "tr": [
            "Toplantı notlarını maddeler halinde özetler misin? Kim neyi yapacak ayrıca belirt: {p}",
            "şu haberi iki cümlede özetle, okumaya vaktim yok",
            "Bu raporu yöneticilere sunmak için bir sayfalık yönetici özetine dönüştürebilir misiniz? {p}",
            "Elimdeki kısa notları bir blog yazısına genişletmek istiyorum, akıcı bir dille yazar mısın?",
        ],
        "it": [
            "Riassumi questo verbale di riunione in punti elenco, con le azioni da fare e i responsabili: {p}",
            "mi accorci questo articolo a 150 parole circa? deve andare sulla newsletter",
            "Ho solo degli appunti sparsi, potresti trasformarli in un paragrafo scorrevole? {p}",
            "Vorrei una sintesi del capitolo per ripassare prima dell'esame, con i concetti chiave in evidenza.",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा Python कोड 'IndexError: list index out of range' दे रहा है, स्टेप बाय स्टेप समझाइए कि गलती कहाँ है: {p}",
            "ये loop एक बार ज़्यादा चल रहा है, लाइन दर लाइन trace करके बताओ क्यों",
            "कृपया इस stack trace को समझाइए और बताइए कि समस्या किस फ़ाइल में शुरू हो रही है: {p}",
            "React में मेरा component बार-बार re-render हो रहा है, कारण ढूँढने में मदद कीजिए।",
        ],
        "vi": [
            "Code của mình bị NullPointerException mà không hiểu sao, bạn dò từng dòng giúp mình với: {p}",
            "Giải thích từng bước lỗi 'undefined is not a function' này nghĩa là gì và thường do đâu gây ra.",
            "hàm đệ quy này chạy mãi không dừng, trace thử với input nhỏ cho mình xem nó sai ở đâu: {p}",
            "Tại sao truy vấn SQL của tôi trả về số dòng nhiều gấp đôi dự kiến? Có thể là do JOIN không?",
        ],
        "id": [
            "Kode ini error 'TypeError: cannot read properties of undefined', tolong jelasin step by step kenapa: {p}",
            "Bantu telusuri logika fungsi ini pakai input contoh, hasilnya selalu kurang satu angka.",
            "Tolong analisis log error berikut dan jelaskan urutan kejadian sampai aplikasinya crash: {p}",
            "aplikasi flutter gw tiba2 blank putih pas dibuka, kira2 penyebabnya apa aja ya",
        ],
        "tr": [
            "Bu kod 'KeyError' veriyor, neden olduğunu adım adım açıklar mısın? {p}",
            "Döngüm bir eksik dönüyor galiba, değişkenlerin her adımdaki değerini takip ederek gösterir misin?",
            "Docker container'ım hemen kapanıyor, loglar şöyle, sorun ne olabilir: {p}",
            "Async fonksiyonum neden sırayla çalışmıyor, mantığını anlamak istiyorum.",
        ],
        "it": [
            "Il mio script va in 'segmentation fault', mi aiuti a capire passo passo dove sbaglio? {p}",
            "Perché questa funzione restituisce sempre None? Fammi il trace delle variabili con un input di esempio.",
            "mi spieghi cosa vuol dire questo errore e da dove parte il problema? {p}",
            "La mia query su Postgres è lentissima dopo l'ultimo deploy, come ragiono per trovare il collo di bottiglia?",
        ],
    },
}
