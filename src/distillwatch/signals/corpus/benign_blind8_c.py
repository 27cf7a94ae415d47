"""Blind benign hard negatives (ninth independent set), languages hi vi id tr it; never trained on."""

from __future__ import annotations

BENIGN_BLIND8_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मेरे गणित के होमवर्क में ये सवाल है, प्लीज़ इसे स्टेप बाय स्टेप हल करके दिखाओ ताकि मैं समझ सकूँ: {p}",
            "Bhaiya maine ye integral khud solve kiya hai, answer 3/4 aa raha hai par book mein kuch aur likha hai. Check karke batao galti kahan hui? {p}",
            "कल टेस्ट है और मुझे अभी तक समझ नहीं आया कि द्विघात समीकरण में विविक्तकर ऋणात्मक होने पर मूल वास्तविक क्यों नहीं होते। आसान भाषा में समझा दीजिए।",
            "भौतिकी का ये न्यूमेरिकल कैसे करें? सिर्फ़ उत्तर नहीं, हर स्टेप का कारण भी लिखिए, हमारी टीचर पूरी वर्किंग माँगती हैं।",
        ],
        "vi": [
            "Giải giúp em bài này từng bước với ạ, cô giáo bắt trình bày đầy đủ lời giải chứ không được ghi mỗi đáp số: {p}",
            "mình làm bài hóa này ra 0,25 mol mà đáp án ghi 0,5 mol, bạn xem hộ mình sai ở bước nào nhé",
            "Tại sao khi nhân hoặc chia cả hai vế của bất phương trình với số âm thì phải đổi chiều vậy ạ? Em học thuộc quy tắc mà không hiểu bản chất.",
            "Đây là bài chứng minh hình học em tự làm, anh chị kiểm tra giúp lập luận có chặt chẽ không, chỗ nào thiếu thì chỉ ra giúp em với: {p}",
        ],
        "id": [
            "Kak, tolong bantu kerjain soal ini pakai langkah-langkahnya ya, soalnya guruku minta caranya ditulis lengkap: {p}",
            "Aku udah ngerjain soal limit ini tapi hasilnya beda sama kunci jawaban. Bisa dicek salahnya di mana? {p}",
            "Kenapa sih turunan dari sin x itu cos x? Aku cuma hafal rumusnya, pengen ngerti alasannya.",
            "Mohon penjelasan langkah demi langkah cara menyetarakan reaksi redoks dalam suasana asam. Saya mahasiswa semester satu dan masih bingung dengan metode setengah reaksi.",
        ],
        "tr": [
            "Şu soruyu adım adım çözer misin? Öğretmen sadece sonucu yazınca puan vermiyor, işlemleri görmek istiyor: {p}",
            "olasılık sorusunu çözdüm 5/12 buldum ama cevap anahtarında 7/12 yazıyor, nerde hata yaptım bakabilir misin",
            "Bir sayının sıfırıncı kuvveti neden 1 oluyor? Hoca 'kural böyle' dedi geçti ama mantığını gerçekten merak ediyorum.",
            "Fizik ödevimde eğik atış sorusu var. Çözümü yazarken her adımda hangi formülü neden kullandığını da açıklarsan çok sevinirim: {p}",
        ],
        "it": [
            "Mi spieghi passo passo come si risolve questo esercizio? La prof vuole tutti i passaggi, non solo il risultato: {p}",
            "Ho fatto questa derivata e mi viene un risultato diverso da quello del libro, mi dici dove ho sbagliato? {p}",
            "perché in un triangolo rettangolo vale il teorema di pitagora? cioè lo so usare ma non ho mai capito il motivo",
            "Domani ho la verifica di latino: potresti mostrarmi come si analizza una frase con l'ablativo assoluto, tipo 'Caesare duce, milites vicerunt', spiegando ogni passaggio?",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने ग्राहक-सहायता चैटबॉट का रिलीज़ से पहले मूल्यांकन कर रहे हैं। नीचे बहुविकल्पीय प्रश्न है, केवल सही विकल्प का अक्षर (A, B, C या D) लिखें: {p}",
            "Step by step socho aur aakhri line mein sirf final answer likho, 'उत्तर:' ke baad. Hamare internal benchmark ka format yahi hai.",
            "हमारी टीम ने अपने ऐप के जवाबों की एक सूची बनाई है। रिलीज़ चेकलिस्ट के लिए बताइए कि इनमें से कौन-से जवाब हमारी स्टाइल गाइड के हिसाब से ठीक हैं और कौन-से नहीं: {p}",
            "यह हमारे हिंदी प्रश्नोत्तर मॉडल की टेस्टिंग है। प्रश्न पढ़कर पहले संक्षेप में तर्क दीजिए, फिर अंतिम पंक्ति में सिर्फ़ उत्तर लिखिए।",
        ],
        "vi": [
            "Câu hỏi trắc nghiệm dưới đây nằm trong bộ kiểm thử nội bộ của bọn mình. Chỉ trả lời bằng một chữ cái A, B, C hoặc D, không giải thích: {p}",
            "Hãy suy nghĩ từng bước rồi ghi đáp án cuối cùng trên một dòng riêng, bắt đầu bằng 'Đáp án:'. Bọn mình cần đúng định dạng này để script tự chấm điểm.",
            "Trước khi phát hành bản mới của app, team mình muốn so sánh câu trả lời của phiên bản cũ và mới cho cùng một câu hỏi. Bạn xem giúp bản nào đáp ứng yêu cầu sản phẩm tốt hơn: {p}",
            "đang chạy thử bộ đề toán lớp 9 cho chatbot gia sư của công ty, trả lời ngắn gọn thôi, chỉ ghi con số cuối cùng nhé",
        ],
        "id": [
            "Ini bagian dari uji internal chatbot layanan pelanggan kami. Jawab pertanyaan pilihan ganda berikut hanya dengan huruf opsinya: {p}",
            "Pikirkan langkah demi langkah, lalu tulis jawaban akhir di baris terakhir dengan format 'Jawaban: X'. Format ini dibaca oleh skrip evaluasi kami.",
            "Tim QA kami perlu cek sebelum rilis: apakah jawaban aplikasi kami untuk pertanyaan ini sudah sesuai pedoman produk? Cukup tulis LULUS atau GAGAL plus alasan singkat. {p}",
            "lagi bikin benchmark kecil buat fitur pencarian di app kami, tolong jawab soal-soal ini singkat aja ya, satu kata per soal",
        ],
        "tr": [
            "Şirketimizin asistan botunu yayına almadan önce test ediyoruz. Aşağıdaki çoktan seçmeli soruya yalnızca şıkkın harfiyle cevap ver: {p}",
            "Önce adım adım düşün, sonra son satıra sadece 'Cevap:' yazıp sonucu ekle. Değerlendirme betiğimiz bu formatı okuyor.",
            "Kendi uygulamamızın verdiği yanıtları sürüm kontrolü için gözden geçiriyoruz. Bu yanıt kullanıcının sorusunu doğru ve eksiksiz karşılıyor mu? Evet/hayır ve kısa bir gerekçe yeterli: {p}",
            "ürün ekibi olarak yeni modelimizi eski sürümle kıyaslıyoruz, bu 20 soruluk seti sadece doğru şıkları vererek cevaplar mısın",
        ],
        "it": [
            "Stiamo valutando il nostro assistente interno prima del rilascio. Rispondi alla domanda a scelta multipla indicando solo la lettera: {p}",
            "Ragiona passo per passo e poi, nell'ultima riga, scrivi soltanto 'Risposta finale:' seguito dal numero. Ci serve in questo formato per il nostro script di valutazione.",
            "Per il controllo qualità della nuova versione della nostra app, dimmi se questa risposta del bot rispetta le linee guida che ti incollo sotto, con un sì/no e una riga di motivazione. {p}",
            "test veloce del nostro modello di classificazione: ti do dieci frasi e tu dimmi solo positivo/negativo/neutro per ciascuna, così confrontiamo coi nostri risultati",
        ],
    },
    "code_review": {
        "hi": [
            "इस पुल रिक्वेस्ट का रिव्यू कर दीजिए। जो भी बदलाव सुझाएँ, उसके पीछे का कारण भी लिखिए ताकि टीम के जूनियर डेवलपर सीख सकें: {p}",
            "Mere colleague ne bola ki is function ko chhote-chhote functions mein tod do. Kya ye refactor sach mein zaroori hai? Fayde aur nuksaan samjhao.",
            "नीचे दिए गए diff में कोई सुरक्षा संबंधी कमी दिख रही हो तो बताइए, और यह भी कि आपको ऐसा क्यों लगता है: {p}",
            "हमारी टीम कोड रिव्यू में हमेशा टोकती है कि ग्लोबल वेरिएबल मत रखो। इसका ठोस तर्क क्या है? एक उदाहरण देकर समझाइए।",
        ],
        "vi": [
            "Review giúp mình cái PR này với, chỗ nào nên sửa thì giải thích lý do luôn để mình còn ghi vào comment: {p}",
            "Anh lead bảo tách class này ra thành hai service riêng. Em chưa thấy lợi ích rõ ràng lắm, anh chị phân tích giúp em ưu nhược điểm được không?",
            "Trong diff dưới đây mình đổi vòng for thành list comprehension. Bạn thấy có ảnh hưởng gì đến hiệu năng hay độ dễ đọc không, và vì sao? {p}",
            "Tại sao nhiều người khuyên không nên bắt exception chung chung kiểu except Exception? Mình cần lý lẽ rõ ràng để thuyết phục team.",
        ],
        "id": [
            "Tolong review pull request ini dan jelaskan alasan di balik setiap saran yang kamu berikan: {p}",
            "Senior di kantor bilang kode saya kebanyakan nested if. Refactor yang baik itu seperti apa ya, dan kenapa hasilnya lebih bagus?",
            "Ada diff di bawah. Menurutmu perubahan nama variabel ini bikin kodenya lebih jelas atau malah membingungkan? Jelaskan pertimbanganmu. {p}",
            "bro, kenapa sih orang-orang nyaranin pakai dependency injection? aku pengen ngerti alasannya dulu sebelum ngerombak modul pembayaran",
        ],
        "tr": [
            "Şu PR'ı inceleyebilir misin? Önerdiğin her değişiklik için neden gerekli olduğunu da kısaca yaz, ekip arkadaşlarıma açıklamam gerekecek: {p}",
            "Kod incelemesinde biri 'bu metodu static yapma' diye yorum bırakmış ama gerekçe yazmamış. Sence neden böyle demiş olabilir?",
            "Aşağıdaki diff'te veritabanı sorgusunu döngünün dışına taşıdım. Bu değişikliğin mantığı doğru mu, gözden kaçırdığım bir yan etki var mı? {p}",
            "Eski bir modülü baştan yazmayı düşünüyoruz. Yöneticiye sunmak için refactor'un gerekçesini maddeler halinde hazırlar mısın?",
        ],
        "it": [
            "Mi fai una review di questa pull request? Per ogni modifica che suggerisci spiegami anche il perché: {p}",
            "Un collega mi ha lasciato il commento 'meglio usare una dataclass qui'. Non sono convinto: quali sarebbero i vantaggi concreti?",
            "Ecco il diff del mio refactoring. Secondo te ha senso aver estratto questa logica in un modulo separato? Motiva la risposta. {p}",
            "ciao, sto preparando le linee guida di code review per il team: mi aiuti a scrivere la motivazione del perché evitiamo i commit giganti?",
        ],
    },
    "chat": {
        "hi": [
            "अरे, तुमने अभी कहा कि सुबह दौड़ना शाम से बेहतर है, ये नतीजा तुमने कैसे निकाला? थोड़ा समझाओ ना।",
            "Main soch raha hoon naya phone loon ya purana wala repair karwa loon. Tum meri jagah hote toh kya karte, aur kyun? {p}",
            "आपने जो सुझाव दिया उसके पीछे आपकी सोच क्या थी? मुझे बस समझना है कि आप इस नतीजे तक कैसे पहुँचे: {p}",
            "आज बहुत बोर हो रहा हूँ यार, कोई हल्की-फुल्की अच्छी किताब बताओ",
        ],
        "vi": [
            "Ủa sao bạn lại nghĩ mình nên chọn căn hộ gần chỗ làm hơn? Giải thích cách bạn đi đến kết luận đó đi.",
            "Mình đang phân vân giữa hai lựa chọn này, bạn thử nói suy nghĩ của bạn từng bước xem nào: {p}",
            "Hôm nay mưa cả ngày, chán quá, gợi ý vài món dễ nấu cho bữa tối đi",
            "Lúc nãy bạn bảo đáp án câu đố là 'cái bóng', mình chưa hiểu lắm, bạn lý giải lại giúp mình được không? {p}",
        ],
        "id": [
            "Eh, tadi kamu bilang mending nabung emas daripada deposito. Kok bisa nyimpulin gitu? Jelasin dong alurnya.",
            "Coba jelaskan cara berpikirmu waktu menjawab pertanyaanku tadi, aku penasaran: {p}",
            "Lagi gabut nih, ada rekomendasi film seru buat ditonton bareng keluarga?",
            "Menurutmu aku sebaiknya ambil tawaran kerja ini atau tetap di kantor sekarang? Tolong uraikan pertimbangannya satu per satu. {p}",
        ],
        "tr": [
            "Az önce bana kahveyi öğleden sonra içmememi söyledin, bu sonuca nasıl vardın? Biraz açar mısın?",
            "Şu iki tatil planından hangisi daha mantıklı sence? Düşünürken neleri tarttığını adım adım anlat: {p}",
            "canım sıkıldı, biraz sohbet edelim mi? bugün ne yaptığımı sorsana mesela",
            "Bu bilmecenin cevabını nasıl bulduğunu merak ettim, bana mantığını anlatır mısın? {p}",
        ],
        "it": [
            "Aspetta, come sei arrivato a dire che conviene l'affitto invece del mutuo? Fammi capire il ragionamento.",
            "Sto decidendo se prendere un gatto o un cane, ma vivo in un bilocale e lavoro fuori tutto il giorno. Tu cosa faresti e perché? Ti spiego meglio: {p}",
            "che noia stasera, mi consigli una serie tv leggera da guardare?",
            "Mi hai detto che il volo conviene prenotarlo adesso: mi spieghi passo per passo cosa ti ha fatto concludere così? {p}",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे दिए गए बिल से विक्रेता का नाम, GST नंबर, कुल राशि और तारीख निकालकर JSON में दीजिए: {p}",
            "हमारे सपोर्ट टिकट को इनमें से किसी एक श्रेणी में रखें: बिलिंग, तकनीकी समस्या, डिलीवरी, अन्य। सिर्फ़ श्रेणी का नाम लिखें। {p}",
            "Is contract mein koi aisi clause hai kya jo hamari data protection policy ke khilaf jaati ho? Compliance team ke liye ek short note bana do.",
            "ग्राहकों के ईमेल को सही विभाग तक पहुँचाने के लिए रूटिंग के नियम सुझाइए; हमारे यहाँ बिक्री, HR और आईटी, तीन विभाग हैं।",
        ],
        "vi": [
            "Trích xuất giúp mình các trường: tên khách hàng, mã số thuế, tổng tiền, ngày hóa đơn từ văn bản sau, trả về dạng JSON: {p}",
            "Phân loại email sau vào một trong các nhóm: khiếu nại, hỏi giá, hỗ trợ kỹ thuật, khác. Chỉ ghi tên nhóm. {p}",
            "Bộ phận pháp chế cần kiểm tra xem hợp đồng lao động mẫu của công ty có điều khoản nào trái với Bộ luật Lao động hiện hành không. Bạn rà soát giúp và liệt kê các điểm cần lưu ý.",
            "cty mình nhận khoảng 300 ticket mỗi ngày, muốn tự động chuyển ticket đến đúng phòng ban. bạn đề xuất giúp bộ quy tắc định tuyến đơn giản được ko",
        ],
        "id": [
            "Ambil data berikut dari faktur ini: nama vendor, NPWP, total tagihan, dan tanggal jatuh tempo. Keluarkan dalam format JSON. {p}",
            "Klasifikasikan keluhan pelanggan di bawah ini ke salah satu kategori: pengiriman, pembayaran, produk rusak, lainnya: {p}",
            "Tim kepatuhan kami minta dicek apakah SOP penyimpanan data nasabah sudah sesuai dengan UU PDP. Bisa bantu susun daftar poin yang perlu diperiksa?",
            "tolong bikinin skema output terstruktur buat hasil ekstraksi dokumen KTP, field apa aja yang sebaiknya ada",
        ],
        "tr": [
            "Aşağıdaki faturadan firma adını, vergi numarasını, toplam tutarı ve fatura tarihini çıkarıp JSON olarak döndür: {p}",
            "Gelen müşteri e-postasını şu kategorilerden birine ata: iade, fatura, teknik destek, diğer. Yalnızca kategori adını yaz. {p}",
            "Hukuk departmanı için bu tedarikçi sözleşmesinde KVKK açısından riskli olabilecek maddeleri işaretler misin?",
            "çağrı merkezine gelen talepleri doğru ekibe yönlendirmek için basit bir karar tablosu hazırlayabilir misin, 4 ekibimiz var: satış, teknik, muhasebe, şikayet",
        ],
        "it": [
            "Estrai dalla seguente fattura ragione sociale, partita IVA, importo totale e data di scadenza, in formato JSON: {p}",
            "Classifica questa segnalazione del cliente in una delle categorie: guasto, fatturazione, reso, altro. Rispondi solo con la categoria. {p}",
            "L'ufficio compliance ci chiede di verificare se la nostra informativa privacy è allineata al GDPR: quali punti dovremmo controllare per primi?",
            "Buongiorno, avremmo bisogno di uno schema per smistare automaticamente le PEC in arrivo verso l'ufficio giusto (amministrazione, legale, commerciale). Ci può proporre delle regole?",
        ],
    },
    "translation": {
        "hi": [
            "इस लेख का हिंदी में अनुवाद कीजिए, भाषा सरल रखिए क्योंकि यह स्कूल के बच्चों के लिए है: {p}",
            "Ye paragraph 'critical thinking' ke baare mein hai, iska achha sa Hindi anuvaad chahiye jo machine translation jaisa na lage. {p}",
            "हमारी कंपनी की 'निर्णय लेने की प्रक्रिया' वाली नीति का अंग्रेज़ी में अनुवाद करना है। तकनीकी शब्दों का ख़ास ध्यान रखिए।",
            "मनोविज्ञान की किताब का एक अध्याय है जिसमें बताया गया है कि इंसान सोचते कैसे हैं। इसका अनुवाद करते समय 'metacognition' के लिए कौन-सा हिंदी शब्द ठीक रहेगा?",
        ],
        "vi": [
            "Dịch giúp mình đoạn văn sau sang tiếng Việt, giữ giọng văn trang trọng vì đây là tài liệu gửi đối tác: {p}",
            "Mình đang dịch một bài báo về quá trình ra quyết định của con người, cụm 'chain of reasoning' nên dịch thế nào cho tự nhiên?",
            "Dịch sang tiếng Anh giúp em phần mô tả quy trình sản xuất này nhé, thuật ngữ kỹ thuật nào không có từ tương đương thì giữ nguyên: {p}",
            "Cuốn sách triết học này có một chương nói về tư duy phản biện, bạn dịch giúp mình tiêu đề và phần tóm tắt chương sang tiếng Anh",
        ],
        "id": [
            "Tolong terjemahkan dokumen ini ke bahasa Indonesia yang baku, soalnya mau dilampirkan di laporan resmi: {p}",
            "Saya sedang menerjemahkan buku tentang cara otak manusia berpikir. Padanan yang enak untuk 'thought process' apa ya?",
            "Bisa bantu terjemahkan SOP alur kerja gudang ini ke bahasa Inggris? Istilah teknisnya jangan diubah-ubah. {p}",
            "terjemahin dong caption ini ke bahasa Jepang, buat postingan toko online aku",
        ],
        "tr": [
            "Şu metni Türkçeye çevirir misin? Akademik bir dergi için, üslup resmi olsun: {p}",
            "Bir bilişsel psikoloji makalesini çeviriyorum; 'reasoning steps' ifadesini 'akıl yürütme adımları' diye mi çevirmeliyim, yoksa daha oturaklı bir karşılık var mı?",
            "Şirketimizin üretim süreci dokümanını İngilizceye çevirmemiz lazım, teknik terimleri tutarlı kullanarak çevirir misin? {p}",
            "annemin yemek tarifini almancaya çevirebilir misin, alt kattaki komşumuza vereceğiz",
        ],
        "it": [
            "Puoi tradurre in italiano questo testo? È per un sito istituzionale, quindi registro formale: {p}",
            "Sto traducendo un saggio sul pensiero critico e non so come rendere 'reasoning process': 'processo di ragionamento' suona troppo letterale?",
            "mi traduci in inglese questa procedura aziendale con i passaggi per approvare una spesa? {p}",
            "Avrei bisogno di una traduzione dal tedesco all'italiano di un articolo su come i bambini sviluppano il linguaggio, con una nota sui termini più difficili.",
        ],
    },
    "essay_feedback": {
        "hi": [
            "यह 'पर्यावरण और हम' विषय पर मेरा निबंध है। कृपया दस में से अंक दीजिए और बताइए कि कहाँ सुधार करूँ: {p}",
            "मैं दसवीं कक्षा की हिंदी अध्यापिका हूँ। इस छात्र के निबंध को हमारे रूब्रिक (विषय-वस्तु, भाषा, संरचना) के अनुसार जाँचकर टिप्पणी लिखने में मदद कीजिए। {p}",
            "Mera college application essay thoda boring lag raha hai. Kya aap bata sakte ho ki opening ko kaise zyada dilchasp banaun?",
            "बोर्ड परीक्षा में निबंध जाँचते समय परीक्षक किन बातों पर ध्यान देते हैं? मैं अपने लेखन को उसी हिसाब से सुधारना चाहता हूँ।",
        ],
        "vi": [
            "Đây là bài văn nghị luận em tự viết, thầy cô chấm giúp em theo thang điểm 10 và nhận xét ưu nhược điểm với ạ: {p}",
            "Mình là giáo viên Ngữ văn, đang chấm 40 bài về lòng biết ơn. Bạn góp ý giúp bài này theo các tiêu chí bố cục, lập luận, diễn đạt, có điểm từng phần nhé. {p}",
            "bài luận xin học bổng của mình bị nhận xét là thiếu điểm nhấn, bạn gợi ý giúp mình nên sửa phần mở đầu thế nào",
            "Làm sao để tự đánh giá bài IELTS Writing Task 2 của mình theo bốn tiêu chí chấm cho sát nhất?",
        ],
        "id": [
            "Ini esai saya untuk tugas Bahasa Indonesia. Mohon diberi nilai 1 sampai 100 dan komentar per paragraf: {p}",
            "Saya guru SMA dan sedang menilai esai argumentatif siswa. Bisa bantu beri umpan balik sesuai rubrik: isi, organisasi, bahasa, dan mekanika? {p}",
            "Esai beasiswa aku katanya kurang personal. Biasanya bagian mana yang perlu diperkuat?",
            "kak, kalau latihan nulis esai sendiri, gimana cara ngecek argumennya udah kuat atau belum?",
        ],
        "tr": [
            "Bu benim kompozisyonum, 100 üzerinden puan verip güçlü ve zayıf yanlarını yazar mısın? {p}",
            "Lise edebiyat öğretmeniyim. Öğrencinin denemesini giriş, gelişme, sonuç ve dil kullanımı başlıklarına göre puanlayıp kısa yorum yazmama yardım eder misin? {p}",
            "Yüksek lisans başvurusu için niyet mektubu yazdım, açılış paragrafı çok sıradan duruyor. Nasıl daha etkileyici yapabilirim?",
            "deneme yazarken tez cümlesini nereye koymak lazım, hocam sürekli kenara 'tezin belirsiz' diye not düşüyor",
        ],
        "it": [
            "Ecco il mio tema sull'immigrazione in preparazione alla maturità. Mi dai un voto in decimi e mi dici cosa migliorare? {p}",
            "Sono docente di lettere alle medie. Mi aiuti a scrivere un giudizio per questo elaborato secondo la griglia: aderenza alla traccia, coerenza, correttezza, lessico? {p}",
            "Ho scritto una lettera motivazionale per un master ma l'inizio mi sembra piatto, come potrei renderlo più incisivo?",
            "quali sono gli errori più comuni che fanno perdere punti in un saggio breve? voglio ricontrollare il mio prima di consegnarlo",
        ],
    },
    "data_tooling": {
        "hi": [
            "हमारे ऐप की टेस्टिंग के लिए 20 नकली ग्राहकों का CSV डेटा बनाइए: नाम, शहर, काल्पनिक फ़ोन नंबर और ऑर्डर राशि।",
            "इस डेटाबेस स्कीमा के लिए कुछ सीड डेटा चाहिए ताकि लोकल में चलाकर देख सकें: {p}",
            "Mere paas ek CSV hai jisme dates alag-alag format mein hain (12/03/2024, 2024-03-12, 12 March). Inko ek hi format mein laane ka Python code likh do.",
            "यूनिट टेस्ट के लिए इस फ़ंक्शन के टेस्ट फ़िक्स्चर बना दीजिए, जिनमें एज केस भी शामिल हों: {p}",
        ],
        "vi": [
            "Tạo giúp mình 15 dòng dữ liệu giả cho bảng nhân viên (họ tên, phòng ban, ngày vào làm, lương) để test giao diện admin nhé.",
            "Viết fixture pytest cho model dưới đây, gồm vài trường hợp biên như chuỗi rỗng hoặc số âm: {p}",
            "file excel khách hàng bị trùng lặp với sai chính tả tên tỉnh, có cách nào làm sạch bằng pandas không",
            "Dựa trên schema sau, bạn sinh giúp dữ liệu mẫu dạng câu lệnh SQL INSERT để seed database môi trường dev: {p}",
        ],
        "id": [
            "Buatkan 25 baris data dummy untuk tabel transaksi (id, tanggal, nominal, metode pembayaran) buat testing dashboard.",
            "Tolong bikin mock response API dari skema ini buat frontend yang lagi aku kerjain: {p}",
            "Kolom nomor HP di data kami formatnya campur aduk (08xx, +628xx, 628xx). Gimana cara menyeragamkannya pakai SQL?",
            "Saya butuh fixture untuk unit test fungsi hitung diskon ini, termasuk kasus batasnya: {p}",
        ],
        "tr": [
            "Test ortamı için 30 satırlık sahte sipariş verisi üretir misin? Sütunlar: sipariş no, müşteri adı, il, tutar, durum.",
            "Şu tablo şemasına uygun seed verisi yazabilir misin, geliştirme veritabanını doldurmamız lazım: {p}",
            "csv dosyasında bazı satırlarda tarih boş, bazılarında ondalık ayırıcı virgül. pandas ile temizlemenin en pratik yolu ne?",
            "Bu fonksiyon için uç durumları da kapsayan test fixture'ları hazırlar mısın? {p}",
        ],
        "it": [
            "Mi generi 20 righe di dati fittizi per una tabella clienti (nome, cognome, codice fiscale inventato, comune, email) da usare nei test?",
            "Ho questo schema JSON, mi crei tre esempi validi e due non validi per i test di validazione? {p}",
            "nel nostro gestionale i CAP sono salvati a volte come numeri e perdono lo zero iniziale, come li sistemo in blocco?",
            "Servirebbero dei dati di seed per l'ambiente di staging a partire da questo modello Django: {p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस मीटिंग के नोट्स का पाँच बिंदुओं में सार बना दीजिए, और अंत में कौन क्या करेगा, वह अलग से लिखिए: {p}",
            "ये बहुत लंबा लेख है, बस दो-तीन लाइनों में बता दो कि इसमें कहा क्या गया है। {p}",
            "Report ka executive summary chahiye, boss ke paas poora padhne ka time nahi hai. Ek paragraph kaafi hoga.",
            "मेरे पास कुछ छोटे-छोटे नोट्स हैं, इन्हें थोड़ा विस्तार देकर एक औपचारिक ईमेल बना दीजिए।",
        ],
        "vi": [
            "Tóm tắt biên bản cuộc họp sau thành các gạch đầu dòng, kèm danh sách việc cần làm và người phụ trách: {p}",
            "Bài báo này dài quá, bạn tóm lại giúp mình trong khoảng 100 chữ nhé. {p}",
            "Mình có mấy ý chính cho bài phát biểu, bạn viết rộng ra thành đoạn văn hoàn chỉnh chừng nửa trang giúp mình.",
            "rút gọn giúp mình báo cáo quý này còn 1 trang để gửi sếp",
        ],
        "id": [
            "Tolong ringkas notulen rapat berikut jadi poin-poin, sertakan keputusan dan tindak lanjutnya: {p}",
            "Artikel ini kepanjangan, bisa diringkas jadi satu paragraf aja? {p}",
            "Saya punya kerangka kasar untuk kata sambutan, tolong dikembangkan jadi teks lengkap sekitar 300 kata.",
            "bikinin ringkasan eksekutif dari laporan tahunan kami, maksimal setengah halaman",
        ],
        "tr": [
            "Şu toplantı notlarını madde madde özetler misin? Alınan kararları ve sorumluları ayrıca belirt: {p}",
            "Bu makaleyi üç cümleyle özetle lütfen: {p}",
            "Elimde birkaç maddelik kaba bir taslak var, bunu bir blog yazısı olacak kadar genişletebilir misin?",
            "raporun yönetici özetini çıkar, müdür zaten tamamını okumayacak",
        ],
        "it": [
            "Mi fai un riassunto del verbale della riunione in punti elenco, con le azioni da fare e chi se ne occupa? {p}",
            "Riassumi questo articolo in massimo cinque righe: {p}",
            "Ho degli appunti sparsi per una presentazione, me li sviluppi in un testo discorsivo di circa una pagina?",
            "riduci questa relazione a mezza pagina, va mandata al direttore entro stasera",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा Python कोड 'IndexError: list index out of range' दे रहा है। स्टेप बाय स्टेप समझाइए कि ये एरर क्यों आ रहा है: {p}",
            "ये लूप अनंत क्यों चल रहा है? हर इटरेशन में वेरिएबल्स की वैल्यू ट्रेस करके दिखाइए। {p}",
            "Bhai mera React app production build mein blank screen dikha raha hai, local pe sab theek chalta hai. Debug kahan se shuru karoon?",
            "NullPointerException का मतलब क्या होता है और आम तौर पर ये किन गलतियों की वजह से आता है? उदाहरण देकर समझाइए।",
        ],
        "vi": [
            "Code của mình báo lỗi 'TypeError: undefined is not a function', bạn giải thích từng bước vì sao bị lỗi và sửa thế nào: {p}",
            "Hàm đệ quy này trả về sai kết quả khi n lớn, bạn trace giúp mình từng lời gọi xem sai ở đâu? {p}",
            "app android của mình cứ xoay màn hình là crash, log thì không rõ ràng lắm, nên bắt đầu kiểm tra từ đâu?",
            "Tại sao so sánh 0.1 + 0.2 với 0.3 trong Python lại ra False? Giải thích giúp mình cơ chế bên dưới.",
        ],
        "id": [
            "Kode saya error 'KeyError' terus, tolong jelaskan langkah demi langkah kenapa bisa begitu: {p}",
            "Query SQL ini hasilnya dobel-dobel, bisa bantu telusuri logikanya salah di mana? {p}",
            "Aplikasi Flutter aku tiba-tiba lemot banget setelah nambah fitur chat. Cara ngecek penyebabnya gimana ya?",
            "Apa bedanya error kompilasi dengan runtime error? Tolong beri contoh masing-masing dan cara melacaknya.",
        ],
        "tr": [
            "Kodum 'NoneType object is not subscriptable' hatası veriyor, hatanın nereden kaynaklandığını adım adım açıklar mısın? {p}",
            "Şu fonksiyonu elle takip ederek her adımda değişkenlerin değerini gösterebilir misin, beklediğim sonucu neden vermiyor anlamadım: {p}",
            "docker container ayağa kalkıp hemen kapanıyor, loglarda da bir şey yok. neye bakmam lazım?",
            "Race condition tam olarak nedir ve çok iş parçacıklı bir programda bunu nasıl tespit ederim?",
        ],
        "it": [
            "Il mio script va in errore con 'ZeroDivisionError' solo con certi input, mi aiuti a capire passo passo perché? {p}",
            "Questa funzione ricorsiva non termina mai, mi fai il tracciamento delle chiamate per vedere dove sbaglio? {p}",
            "ho un memory leak in un servizio Node che gira da giorni, da dove comincio a indagare?",
            "Perché il mio ciclo while in C salta sempre l'ultimo elemento dell'array? Il codice è corto ma non riesco a trovare l'errore.",
        ],
    },
}
