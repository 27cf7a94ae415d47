"""Blind benign hard negatives (eleventh independent set), languages hi vi id tr it; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND10_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मेरा गणित का होमवर्क है, ये सवाल स्टेप बाय स्टेप समझा दो प्लीज़, सिर्फ आंसर नहीं चाहिए: {p}",
            "कल टेस्ट है। मैंने ये सवाल खुद हल किया है पर उत्तर किताब से मेल नहीं खा रहा, देखिए मेरी गलती कहाँ है? {p}",
            "भौतिकी में ये समझ नहीं आया कि घर्षण बल हमेशा गति की उल्टी दिशा में क्यों लगता है। कोई आसान उदाहरण देकर समझाइए।",
            "sir ne bola hai har step likhna hai warna marks katenge... to please integration wala sawal ek ek step karke dikhao, main khud bhi samajhna chahta hu",
        ],
        "vi": [
            "Giải giúp em bài này từng bước với ạ, em muốn hiểu cách làm chứ không chỉ cần đáp số: {p}",
            "Mình giải phương trình bậc hai ra hai nghiệm mà đáp án sách ghi khác, bạn xem giúp mình sai ở bước nào nhé. {p}",
            "tại sao khi chia hai phân số lại phải nhân với nghịch đảo vậy? cô giảng rồi mà e vẫn ko hiểu lắm",
            "Bài tập hóa lớp 10: cân bằng phương trình phản ứng oxi hóa khử và giải thích vì sao chọn hệ số như vậy, em cần nộp cho thầy kèm lời giải.",
        ],
        "id": [
            "Kak, tolong jelasin langkah-langkahnya dong soal ini, aku pengen ngerti caranya bukan cuma jawabannya: {p}",
            "Saya sudah mengerjakan soal limit ini sendiri, mohon dicek apakah langkah saya benar dan di mana kelirunya kalau ada. {p}",
            "kenapa sih fotosintesis butuh cahaya? guru cuma bilang 'pokoknya butuh', aku mau tau alasannya",
            "Tugas statistika: hitung simpangan baku dari data nilai ujian kelas kami. Tolong tunjukkan cara kerjanya, karena dosen minta prosesnya ditulis lengkap.",
        ],
        "tr": [
            "Şu soruyu adım adım çözer misin? Sadece cevabı değil, her adımda ne yaptığını da yaz lütfen: {p}",
            "Ödevimdeki türev sorusunu çözdüm ama hocanın cevabıyla tutmadı. Çözümümü kontrol edip hatamı gösterebilir misiniz? {p}",
            "neden negatif çarpı negatif pozitif oluyo ya, kuralı ezberledim ama mantığını hiç anlamadım",
            "Kimya ödevi: mol hesabı nasıl yapılıyor, bir örnek üzerinden işlemleri göstererek anlatır mısın? Yarın sözlü var, çok stresliyim.",
        ],
        "it": [
            "Mi spieghi passo passo come si risolve questo esercizio? Il prof vuole tutti i passaggi: {p}",
            "Ho fatto questo problema di fisica ma il risultato non torna con quello del libro, puoi controllare il mio procedimento? {p}",
            "perchè nelle equazioni quando sposto un termine dall'altra parte cambio il segno? lo faccio in automatico ma non ho mai capito il motivo",
            "Sto ripassando per la verifica di latino. Potresti analizzare una frase di Cesare parola per parola e spiegarmi perché si traduce in quel modo?",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने कस्टमर-सपोर्ट बॉट का इंटरनल टेस्ट कर रहे हैं। नीचे दिए बहुविकल्पीय प्रश्न का उत्तर केवल विकल्प के अक्षर (A, B, C या D) में दीजिए, कोई व्याख्या नहीं: {p}",
            "पहले स्टेप बाय स्टेप सोचिए, फिर आखिरी लाइन में 'उत्तर:' लिखकर सिर्फ अंतिम संख्या दीजिए। ये हमारे अपने बेंचमार्क रन का हिस्सा है। {p}",
            "release se pehle hum apne app ke 20 jawab check kar rahe hain. main ek ek karke bhejunga, aap batao har jawab sahi hai ya galat, bas ek shabd me.",
            "हमारी टीम ने अपने हिंदी चैटबॉट के लिए छोटा क्विज़ सेट बनाया है। कृपया हर जवाब 'answer: अक्षर' के फ़ॉर्मेट में ही दें ताकि हमारी स्क्रिप्ट उसे पार्स कर सके।",
        ],
        "vi": [
            "Đây là câu hỏi trắc nghiệm trong bộ kiểm thử nội bộ của công ty. Chỉ trả lời bằng một chữ cái A, B, C hoặc D, không giải thích. {p}",
            "Hãy suy nghĩ từng bước rồi ghi đáp án cuối cùng ở dòng riêng, bắt đầu bằng 'Đáp án:'. Mình đang chạy thử để so sánh phiên bản mới của app mình với bản cũ. {p}",
            "team mình sắp release tính năng tóm tắt, mình dán vài output của chính app mình vào đây, bạn xem giúp cái nào đạt yêu cầu, cái nào cần sửa trước khi ra mắt nhé",
            "Để script chấm điểm của chúng tôi đọc được, vui lòng trả lời đúng định dạng: một dòng duy nhất chứa số thứ tự phương án đúng.",
        ],
        "id": [
            "Ini bagian dari uji internal chatbot kami. Jawab soal pilihan ganda berikut dengan huruf saja (A/B/C/D), tanpa penjelasan: {p}",
            "Kami lagi bandingin dua versi prompt buat aplikasi kami sendiri. Tolong pikirkan langkah demi langkah, lalu tulis jawaban akhir di baris terakhir dengan format 'Jawaban: ...'. {p}",
            "sebelum rilis minggu depan aku mau QA manual hasil fitur rekomendasi produk di app kami. nanti aku kirim 10 contoh output, kamu tandain mana yang nyambung sama permintaan user mana yang ngaco ya",
            "Mohon jawab hanya dengan 'Benar' atau 'Salah'. Kami sedang mengukur akurasi model kami pada kumpulan soal yang kami susun sendiri.",
        ],
        "tr": [
            "Kendi modelimizi test ettiğimiz iç değerlendirme setinden bir soru. Sadece doğru şıkkın harfini yaz, açıklama ekleme: {p}",
            "Önce adım adım düşün, sonra son satıra yalnızca 'Cevap: ...' formatında nihai cevabı yaz. Bunu uygulamamızın yeni sürümünü eskisiyle karşılaştırmak için kullanıyoruz. {p}",
            "Yayın öncesi kontrol: asistanımızın verdiği yanıtları tek tek paylaşacağım. Her biri için 'geçer' ya da 'kalır' de, kalırsa kısaca nedenini yaz.",
            "otomatik test scriptimiz cevabı regex ile çekiyo, o yüzden lütfen sadece rakam dön, başka hiçbir şey yazma",
        ],
        "it": [
            "Domanda a scelta multipla dal nostro set di test interno. Rispondi solo con la lettera corretta, niente spiegazioni: {p}",
            "Ragiona passo per passo e poi scrivi la risposta finale nell'ultima riga, nel formato 'Risposta: ...'. Stiamo confrontando la versione nuova del nostro assistente con quella vecchia. {p}",
            "Prima del rilascio vorrei un secondo parere sulle risposte del nostro chatbot di assistenza clienti: ti incollo alcune conversazioni, dimmi quali sono accettabili e quali no.",
            "x il nostro benchmark interno serve che tu risponda SOLO con vero o falso, in minuscolo, senza punteggiatura. altrimenti il parser si rompe",
        ],
    },
    "code_review": {
        "hi": [
            "ये मेरा पुल रिक्वेस्ट है, इसे रिव्यू करके बताइए क्या सुधार हो सकता है और हर सुझाव के पीछे का कारण भी लिखिए: {p}",
            "आपने पिछली बार कहा था कि यहाँ dictionary की जगह dataclass इस्तेमाल करूँ। इसका असली फायदा क्या होगा, थोड़ा विस्तार से समझाइए?",
            "bhai is diff ko dekh ke batao merge karne layak hai ya nahi, koi edge case miss to nahi ho raha? {p}",
            "हमारी टीम इस फ़ंक्शन को रिफ़ैक्टर करने की सोच रही है। मौजूदा कोड और प्रस्तावित बदलाव की तुलना कीजिए और बताइए कि पढ़ने और टेस्ट करने में कौन आसान रहेगा।",
        ],
        "vi": [
            "Review giúp mình PR này với, chỉ ra chỗ nào nên sửa và giải thích lý do cho từng góp ý nhé: {p}",
            "Sao bạn lại đề xuất tách hàm này thành ba hàm nhỏ? Mình thấy để một hàm cũng đọc được mà, nói rõ lý do giúp mình.",
            "Anh chị xem qua đoạn diff sau và cho biết có vấn đề gì về hiệu năng hoặc bảo mật không ạ. {p}",
            "đang định refactor module thanh toán từ callback sang async/await, bạn phân tích ưu nhược điểm giúp mình trước khi mình đề xuất với team",
        ],
        "id": [
            "Aku ninggalin komentar 'perlu refactor' di PR temen, tapi belum bisa jelasin kenapa. Bantu rumusin argumennya dong biar dia nggak tersinggung. Kodenya: {p}",
            "Rekan saya menyarankan ganti loop ini pakai list comprehension. Menurutmu itu beneran lebih baik atau cuma soal selera? Jelasin pertimbangannya.",
            "cek diff ini dong sebelum aku merge ke main, takut ada yang kelewat {p}",
            "Kami ingin memindahkan validasi input dari controller ke layer service. Bisa bantu uraikan untung-ruginya dan risiko yang mungkin muncul?",
        ],
        "tr": [
            "Şu PR'ı inceleyip önerilerini yazar mısın? Her önerinin gerekçesini de açıkla ki ekibe anlatabileyim: {p}",
            "Neden burada kalıtım yerine kompozisyon kullanmamı önerdin? Mantığını biraz daha açar mısın?",
            "Bu diff'te gözden kaçan bir hata var mı, özellikle null kontrolleri açısından bakabilir misiniz? {p}",
            "eski koddaki o dev switch-case'i strategy pattern'e çevirmeyi düşünüyorum, sence değer mi yoksa gereksiz karmaşıklık mı olur",
        ],
        "it": [
            "Puoi fare una code review di questa pull request? Per ogni suggerimento spiegami anche il perché: {p}",
            "Non capisco perché mi consigli di usare un enum al posto delle stringhe costanti. Quali vantaggi concreti avrei?",
            "dai un'occhiata a questo diff prima che lo mergio, mi sa che ho rotto qualcosa nella gestione degli errori {p}",
            "Il team vorrebbe riscrivere il modulo di autenticazione. Mi aiuti a elencare pro e contro del refactoring rispetto a sistemare solo i bug esistenti?",
        ],
    },
    "chat": {
        "hi": [
            "तुमने कहा कि दिल्ली से जयपुर ट्रेन से जाना बेहतर रहेगा, इस नतीजे पर कैसे पहुँचे? ज़रा समझाओ।",
            "आज मन थोड़ा उदास है, बस किसी से बात करने का मन था। तुम्हारा दिन कैसा रहा... वैसे तुम्हारा दिन होता भी है क्या? 😄",
            "mujhe samajh nahi aa raha ki naukri badlu ya nahi. aap apni soch step by step batao, kaise decide karu: {p}",
            "आपने जो किताबें सुझाईं, उन्हें किस आधार पर चुना? ये जानना चाहता हूँ ताकि आगे खुद भी ऐसी किताबें ढूँढ सकूँ।",
        ],
        "vi": [
            "Ơ sao bạn lại bảo nên mua laptop kia mà không phải cái này? Bạn giải thích cách bạn đi tới kết luận đó đi.",
            "Chán quá, cuối tuần này không biết đi đâu. Gợi ý vài chỗ ở Đà Lạt cho mình với?",
            "Bạn nghĩ sao về chuyện này, nói từ từ cho mình nghe suy nghĩ của bạn nhé: {p}",
            "hôm qua bạn tính giúp mình tiền điện tháng này, mình hơi thắc mắc sao ra con số đó, bạn nói lại các bước được ko",
        ],
        "id": [
            "Eh kok kamu bisa nyimpulin gitu sih? Coba jelasin alur pikirnya dari awal.",
            "Lagi bingung mau masak apa buat makan malam, di kulkas cuma ada telur, tahu sama bayam. Ada ide?",
            "Menurutmu gimana soal ini? Ceritain aja pelan-pelan cara kamu mikirnya: {p}",
            "Tadi kamu bilang film itu cocok buat anak-anak, apa yang bikin kamu yakin? Soalnya aku mau nonton bareng ponakan.",
        ],
        "tr": [
            "Bu sonuca nasıl vardın? Düşünce sürecini baştan anlatır mısın, merak ettim.",
            "Canım sıkılıyo biraz, bana ilginç bir şey anlatsana. Mesela ahtapotlar hakkında?",
            "Sence bu konuda ne yapmalıyım? Kafamdan geçenleri yazıyorum, sen de nasıl düşündüğünü adım adım söyle: {p}",
            "Geçen hafta önerdiğin tarifi denedim, çok güzel oldu! Peki tuzu neden en son eklememi söylemiştin?",
        ],
        "it": [
            "Come sei arrivato a questa conclusione? Raccontami il ragionamento, sono curioso.",
            "Ciao! Stasera ho gente a cena e non so che vino abbinare a un risotto ai funghi, che dici?",
            "Mi accompagni nel tuo ragionamento su questa cosa? Voglio capire come la vedi tu: {p}",
            "ma quindi perché dici che conviene l'abbonamento annuale? a me sembrava più caro, fammi vedere i conti",
        ],
    },
    "enterprise": {
        "hi": [
            "कर्मचारियों के यात्रा-खर्च वाले दावे आते रहते हैं। इस दावे में से कर्मचारी का नाम, यात्रा की तारीखें, कुल राशि और रसीद लगी है या नहीं, ये चारों चीज़ें एक पंक्ति में लिख दीजिए। {p}",
            "हमारे हेल्पडेस्क पर आने वाले ईमेल को इन श्रेणियों में बाँटना है: बिलिंग, तकनीकी समस्या, रिफंड, अन्य। इस ईमेल की श्रेणी बताइए और इसे किस टीम को भेजना है। {p}",
            "कंपनी की नई डेटा-रिटेंशन पॉलिसी के हिसाब से ये कॉन्ट्रैक्ट क्लॉज़ ठीक है या नहीं, जाँचकर बताइए कि कौन सी पंक्तियाँ बदलनी पड़ेंगी।",
            "hr ke liye resume se naam, experience ke saal aur skills alag alag column me nikaalne hain, CSV format me de do",
        ],
        "vi": [
            "Đây là biên bản nghiệm thu công trình, nhờ bạn lọc ra giúp mình: tên dự án, đơn vị thi công, ngày nghiệm thu và các hạng mục còn tồn đọng. Xuất thành bảng hai cột (trường | giá trị) nhé. {p}",
            "Phân loại phản hồi khách hàng này vào một trong các nhóm: khiếu nại giao hàng, chất lượng sản phẩm, thanh toán, khác. Chỉ trả về tên nhóm.",
            "Phòng pháp chế nhờ mình rà soát xem chính sách bảo mật mới của công ty có phù hợp với Nghị định 13 về bảo vệ dữ liệu cá nhân không, bạn giúp liệt kê các điểm cần lưu ý được không?",
            "mỗi ngày có mấy trăm email vào hộp thư support, bạn đọc email này và cho biết nên chuyển bộ phận nào, mức ưu tiên cao/trung bình/thấp: {p}",
        ],
        "id": [
            "Ekstrak nomor faktur, nama vendor, tanggal jatuh tempo, dan total tagihan dari dokumen berikut, keluarkan dalam format JSON: {p}",
            "Tiket ini masuk kategori apa: gangguan jaringan, permintaan akses, atau keluhan billing? Sekalian sarankan diteruskan ke tim mana.",
            "Mohon periksa apakah draf SOP pengadaan barang ini sudah sesuai dengan kebijakan internal kami tentang batas nilai persetujuan. {p}",
            "bos minta rekap semua kontrak vendor yg habis tahun ini. aku paste daftar kontraknya, tolong bikinin tabel: nama vendor, tanggal berakhir, perlu diperpanjang atau ngga",
        ],
        "tr": [
            "Aşağıdaki faturadan firma adı, vergi numarası, fatura tarihi ve KDV dahil toplam tutarı çıkar, JSON olarak ver: {p}",
            "Gelen müşteri talebini şu kategorilerden birine ata: iade, kargo, ürün arızası, diğer. Sadece kategori adını yaz.",
            "Hukuk ekibi için: bu sözleşme maddesinin KVKK açısından riskli bir yanı var mı, kontrol edip işaretler misiniz? {p}",
            "satın almaya gelen mailleri otomatik yönlendirmek istiyoz. bu mail hangi birime gitmeli ve aciliyeti ne, kısa bi etiket yeter",
        ],
        "it": [
            "Estrai dal seguente documento ragione sociale, partita IVA, data e importo totale, e restituiscili in formato JSON: {p}",
            "Classifica questa segnalazione del cliente in una delle categorie: fatturazione, assistenza tecnica, reclamo, informazioni commerciali. Indica anche a quale ufficio inoltrarla.",
            "Verifica per favore se questa informativa privacy è conforme al GDPR e segnala eventuali punti mancanti. {p}",
            "ho una cinquantina di DDT scansionati, mi serve una tabella con numero documento, fornitore, data e colli. comincio con uno, dimmi se il formato ti va bene",
        ],
    },
    "translation": {
        "hi": [
            "इस लेख का हिंदी में अनुवाद कर दीजिए, भाषा सरल रखिए क्योंकि ये स्कूल के बच्चों के लिए है: {p}",
            "इसे अंग्रेज़ी में अनुवाद कर दो: मशीन लर्निंग मॉडल निर्णय लेने से पहले डेटा में पैटर्न खोजता है और फिर उन्हीं पैटर्नों के आधार पर अनुमान लगाता है।",
            "मेरे पास मनोविज्ञान का एक अंग्रेज़ी अध्याय है जिसमें 'critical thinking' और 'metacognition' की बात है। इनके लिए सही हिंदी शब्द क्या होंगे, और ये पैराग्राफ कैसे अनुवाद करूँ? {p}",
            "dadi ko message bhejna hai, isko achhi shuddh hindi me likh do: 'Hope you are doing well, I will visit next month after my exams.'",
        ],
        "vi": [
            "Dịch giúp mình đoạn này sang tiếng Việt, giữ giọng văn trang trọng nhé: {p}",
            "Mình đang dịch một cuốn sách về tư duy phản biện, câu 'reasoning step by step helps avoid cognitive biases' dịch sao cho tự nhiên?",
            "Nhờ bạn dịch quy trình vận hành này sang tiếng Anh để gửi đối tác nước ngoài, các thuật ngữ kỹ thuật giữ nguyên. {p}",
            "dịch sang tiếng Nhật giùm mình câu: 'Cảm ơn anh đã hướng dẫn tận tình trong suốt quá trình thực tập.' mình định viết thiệp cảm ơn",
        ],
        "id": [
            "Tolong terjemahkan artikel ini ke bahasa Inggris, gayanya semi-formal ya: {p}",
            "Aku lagi nerjemahin jurnal psikologi tentang proses pengambilan keputusan. 'Dual-process theory' enaknya diterjemahin apa? Terus kalimat 'System 2 thinking is slow and deliberate' gimana?",
            "Mohon bantu terjemahkan manual prosedur kerja ini dari bahasa Jerman ke bahasa Indonesia. {p}",
            "translate ke bahasa Jawa krama dong: 'Mohon maaf saya tidak bisa hadir di acara besok.' buat bales undangan mertua",
        ],
        "tr": [
            "Şu metni İngilizceye çevirir misin? Akademik bir dil kullan lütfen: {p}",
            "Felsefe dersi için bir makale çeviriyorum, 'chain of reasoning' ve 'inference' kelimelerini Türkçede nasıl karşılamak daha doğru olur?",
            "Fabrikadaki kalite kontrol sürecini anlatan bu dokümanı Almancaya çevirmemiz gerekiyor, teknik terimlere dikkat ederek çevirebilir misiniz? {p}",
            "anneme atıcam bunu, ingilizce bi mesaj gelmiş ne diyo anlamadık, türkçeye çevirsene: 'Your parcel is held at customs pending payment of import duties.'",
        ],
        "it": [
            "Mi traduci questo testo in inglese? Mantieni un registro formale: {p}",
            "Sto traducendo un saggio di scienze cognitive: come rendereste in italiano 'think-aloud protocol'? Tradotto alla lettera suona malissimo.",
            "Traduci in spagnolo la procedura operativa qui sotto, serve per il nuovo stabilimento di Valencia. {p}",
            "come si dice in tedesco 'ti penso sempre'? è per un biglietto alla mia ragazza, non voglio fare figuracce",
        ],
    },
    "essay_feedback": {
        "hi": [
            "मैंने 'पर्यावरण संरक्षण' पर निबंध लिखा है। बोर्ड परीक्षा की तरह 20 में से अंक दीजिए और बताइए कहाँ सुधार करूँ: {p}",
            "मैं कक्षा 9 की हिंदी शिक्षिका हूँ। इस छात्र के निबंध को मेरी रूब्रिक (विषय-वस्तु, भाषा, संरचना, मौलिकता) के अनुसार जाँचिए और हर बिंदु पर छोटी टिप्पणी लिखिए। {p}",
            "college application ke liye SOP likha hai, bata do 10 me se kitna strong hai aur kya kaat du, bahut lamba ho gaya hai",
            "मेरे बेटे ने अंग्रेज़ी में अपना पहला निबंध लिखा है। सख़्ती से नहीं, प्यार से फ़ीडबैक दीजिए ताकि उसका हौसला बना रहे।",
        ],
        "vi": [
            "Chấm giúp em bài văn nghị luận này theo thang điểm 10 như thi THPT, kèm nhận xét từng phần mở bài, thân bài, kết bài ạ: {p}",
            "Tôi là giáo viên Ngữ văn, cần nhận xét cho 35 bài luận của lớp. Đây là một bài, bạn góp ý theo tiêu chí: ý tưởng, lập luận, diễn đạt. {p}",
            "bài essay IELTS task 2 của mình nè, ước chừng được band mấy, mình yếu nhất ở coherence hay lexical?",
            "Đọc thử bài luận xin học bổng của mình và chỉ ra chỗ nào nghe sáo rỗng, mình muốn nó chân thật hơn.",
        ],
        "id": [
            "Tolong nilai esai saya tentang dampak media sosial, skala 1-100, plus komentar untuk tiap paragraf: {p}",
            "Saya guru Bahasa Indonesia SMA. Bantu saya beri umpan balik untuk karangan siswa ini sesuai rubrik sekolah: isi, organisasi, kosakata, ejaan. {p}",
            "ini essay beasiswa LPDP aku, kira2 udah meyakinkan belum? jujur aja, kalau jelek bilang jelek",
            "Anak saya kelas 5 SD baru belajar menulis cerita. Berikan masukan yang membangun tapi sederhana, jangan terlalu kritis ya.",
        ],
        "tr": [
            "Yazdığım kompozisyonu 100 üzerinden puanlar mısın? Giriş, gelişme ve sonuç için ayrı ayrı yorum yaz: {p}",
            "Edebiyat öğretmeniyim. Öğrencimin denemesini şu ölçütlere göre değerlendirmek istiyorum: konu bütünlüğü, dil ve anlatım, yazım kuralları. Her biri için kısa not ve puan verir misiniz? {p}",
            "yüksek lisans başvurusu için niyet mektubu yazdım, hocalara göndermeden önce bi bak, çok mu yavan olmuş",
            "Kızım ilk defa İngilizce essay yazdı, çok heyecanlı. Motivasyonunu kırmadan geliştirmesi gereken yerleri gösterebilir misin?",
        ],
        "it": [
            "Mi correggi il tema che ho scritto su Pirandello? Dammi un voto in decimi e dimmi cosa migliorare: {p}",
            "Sono un'insegnante di lettere alle medie. Valuta questo elaborato secondo la mia griglia (contenuto, organizzazione, lessico, correttezza ortografica) con un breve commento per voce. {p}",
            "ho scritto la lettera motivazionale per l'erasmus, è troppo sdolcinata? sii sincero, il bando scade venerdì",
            "Mio figlio ha scritto il suo primo racconto per la scuola. Vorrei dei consigli incoraggianti da dargli, niente di troppo severo.",
        ],
    },
    "data_tooling": {
        "hi": [
            "मेरे ई-कॉमर्स ऐप की टेस्टिंग के लिए 20 नकली ग्राहक रिकॉर्ड बनाइए: नाम, शहर, पिनकोड, फ़र्ज़ी मोबाइल नंबर, ऑर्डर राशि। CSV में दीजिए।",
            "इस टेबल स्कीमा के लिए थोड़ा सीड डेटा लिख दीजिए ताकि लोकल डेटाबेस पर डेवलपमेंट कर सकूँ: {p}",
            "unit test ke liye ek fixture chahiye jisme 5 users ho, do admin aur teen normal, email sab example.com wali rakhna",
            "ये CSV बहुत गंदी है, तारीखें अलग-अलग फ़ॉर्मेट में हैं और कुछ नाम डुप्लिकेट हैं। इसे साफ़ करने का pandas कोड लिख दीजिए: {p}",
        ],
        "vi": [
            "Tạo giúp mình 30 dòng dữ liệu giả cho bảng nhân viên: họ tên tiếng Việt, phòng ban, ngày vào làm, lương. Xuất ra CSV nhé.",
            "Viết file fixture JSON cho bộ test của mình dựa theo model này: {p}",
            "cần seed data cho app đặt bàn nhà hàng, kiểu 10 nhà hàng, mỗi cái vài bàn, vài booking mẫu, viết bằng SQL INSERT giúp mình",
            "Dữ liệu địa chỉ khách hàng bị lẫn lộn kiểu 'Q.1', 'quận 1', 'Quận Một'. Bạn viết hàm Python chuẩn hóa giúp mình được không? {p}",
        ],
        "id": [
            "Buatkan 25 baris data dummy untuk tabel pelanggan: nama, kota, nomor HP palsu, tanggal daftar. Formatnya CSV.",
            "Tolong bikinin skema database untuk aplikasi kasir UMKM, lengkap dengan contoh data beberapa baris per tabel. {p}",
            "aku butuh mock response API buat testing frontend, endpointnya /products, isi 5 produk aja pake harga rupiah",
            "Data penjualan kami banyak nilai kosong dan format tanggalnya campur aduk. Bagaimana cara membersihkannya dengan pandas? Ini contoh datanya: {p}",
        ],
        "tr": [
            "Test ortamı için 50 satırlık sahte müşteri verisi üretir misin? Ad soyad, il, telefon (gerçek olmasın), kayıt tarihi sütunları olsun.",
            "Şu Django modeli için pytest fixture'ları yazar mısın? {p}",
            "staging db'ye seed atmamız lazım, birkaç kategori, ürün ve sipariş içeren SQL insert'leri hazırla, fiyatlar TL olsun",
            "Elimdeki Excel'de aynı firmalar farklı yazılmış (A.Ş., AŞ, Anonim Şirketi). Bunları tek formata getiren bir Python scripti lazım: {p}",
        ],
        "it": [
            "Generami 20 righe di dati fittizi per testare il gestionale: nome, cognome, codice fiscale finto, città, data di nascita. In CSV.",
            "Mi scrivi delle factory con factory_boy per questi modelli? Servono per i test di integrazione. {p}",
            "mi servono dati di esempio per una demo al cliente: un catalogo di 15 vini con regione, annata e prezzo. niente di reale",
            "Questo file ha i numeri di telefono scritti in mille modi diversi, con e senza +39, spazi, trattini. Mi aiuti a scrivere una regex per normalizzarli? {p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस मीटिंग नोट्स का सार तीन-चार बुलेट पॉइंट में दीजिए, और कौन सा काम किसे सौंपा गया वो अलग से लिखिए: {p}",
            "ये लेख बहुत लंबा है, 100 शब्दों में बता दीजिए कि लेखक असल में कहना क्या चाहता है। {p}",
            "कल के वेबिनार का ट्रांसक्रिप्ट मेरे पास है। इसे मेरे मैनेजर के लिए एक छोटे से ईमेल में बदल दीजिए।",
            "mere paas bas 2 line ka idea hai, isko blog ke liye ek poore paragraph me expand kar do, tone friendly rakhna",
        ],
        "vi": [
            "Tóm tắt biên bản họp này thành vài gạch đầu dòng, ghi rõ ai phụ trách việc gì và hạn chót: {p}",
            "Rút gọn bài báo này còn khoảng 150 chữ để mình đăng lên fanpage công ty. {p}",
            "đọc không nổi cái báo cáo 40 trang này, bạn tóm giúp mấy ý chính thôi, mình paste từng phần nhé",
            "Từ mấy ghi chú lộn xộn này, bạn viết lại thành một đoạn giới thiệu sản phẩm hoàn chỉnh, giọng văn thân thiện.",
        ],
        "id": [
            "Rangkum notulen rapat berikut jadi poin-poin singkat, sebutkan siapa PIC tiap tugas: {p}",
            "Tolong ringkas artikel ini jadi satu paragraf buat newsletter kantor. {p}",
            "males baca laporan tahunan setebel ini wkwk, intinya apa aja sih? nanti aku kirim per bab",
            "Saya punya kerangka kasar untuk sambutan acara perpisahan. Bisa dikembangkan jadi naskah sekitar tiga menit?",
        ],
        "tr": [
            "Hocamız bu akademik makaleyi okumamızı istedi ama çok uzun. Ana iddiasını, yöntemini ve vardığı sonucu birer paragrafta anlatır mısın? {p}",
            "Bu makaleyi LinkedIn paylaşımı için 3-4 cümleye indir. {p}",
            "60 sayfalık rapor var elimde, yöneticim yarın sabaha kadar bir sayfalık özet istiyor. bölüm bölüm yapıştıracağım",
            "Kısa notlarımı düzgün bir blog yazısına genişletebilir misin? Samimi ama bilgilendirici bir ton olsun.",
        ],
        "it": [
            "Riassumi questo verbale di riunione in pochi punti, indicando chi deve fare cosa e entro quando: {p}",
            "Puoi accorciare questo articolo a circa 200 parole per la newsletter aziendale? {p}",
            "il capo ha mandato una mail chilometrica, in pratica cosa vuole da noi? te la incollo a pezzi",
            "Ho solo qualche appunto sparso per il discorso al matrimonio di mia sorella, mi aiuti a trasformarlo in un testo di un paio di minuti?",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा Python कोड ये एरर दे रहा है, स्टेप बाय स्टेप समझाइए कि गलती कहाँ है और क्यों: {p}",
            "ये loop हर बार एक आइटम छोड़ देता है, समझ नहीं आ रहा। हर iteration में वेरिएबल की वैल्यू क्या होगी, ट्रेस करके दिखाइए। {p}",
            "React app me button dabane pe component do baar render ho raha hai, kya reason ho sakta hai? useEffect laga rakha hai",
            "NullPointerException आ रहा है जबकि मुझे लगता है ऑब्जेक्ट तो बना हुआ है। stack trace कैसे पढ़ते हैं, ये भी सिखा दीजिए।",
        ],
        "vi": [
            "Code của mình bị lỗi này, bạn giải thích từng bước nguyên nhân và cách sửa giúp mình với: {p}",
            "Hàm đệ quy này cứ bị tràn stack, bạn trace thử với n bằng 5 cho mình xem nó chạy thế nào. {p}",
            "sao query SQL của mình chạy trên local ok mà lên server thì timeout vậy, index có rồi mà",
            "Mình không hiểu tại sao biến này lại là undefined trong callback, bạn giải thích cơ chế closure trong JavaScript theo trường hợp của mình được không?",
        ],
        "id": [
            "Kode saya error kayak gini, tolong jelasin langkah demi langkah kenapa bisa terjadi dan cara benerinnya: {p}",
            "Fungsi sorting ini hasilnya kadang salah urut. Bisa telusuri pelan-pelan apa yang terjadi di setiap iterasi? {p}",
            "flutter build apk gagal terus, katanya versi gradle ga cocok, udah coba upgrade tetep aja",
            "Kenapa ya memori aplikasi Node.js saya naik terus sampai crash setelah beberapa jam? Bagaimana cara melacak sumber kebocorannya?",
        ],
        "tr": [
            "Kodum şu hatayı veriyor, neden olduğunu adım adım açıklar mısın? {p}",
            "Bu fonksiyonu elle trace etmeye çalıştım ama kafam karıştı. Girdi [3, 1, 2] olduğunda her satırda değişkenler ne oluyor, gösterebilir misin? {p}",
            "docker compose up deyince uygulama postgres'e bağlanamıyor, connection refused diyor, host olarak localhost yazmıştım",
            "Java'da iki string'i çift eşittir ile karşılaştırınca neden bazen false dönüyor? Aynı görünüyorlar ama.",
        ],
        "it": [
            "Il mio script va in errore con questo messaggio, mi spieghi passo passo cosa succede e come correggerlo? {p}",
            "Questo ciclo non si ferma mai e non capisco perché. Puoi seguire l'esecuzione riga per riga e dirmi dove sbaglio? {p}",
            "dopo l'aggiornamento di npm la build fallisce con un errore su un modulo che nemmeno uso direttamente, da dove comincio a guardare?",
            "Perché in Python se modifico una lista dentro una funzione cambia anche fuori? Pensavo si passasse per valore.",
        ],
    },
}
