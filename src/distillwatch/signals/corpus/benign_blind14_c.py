"""Blind benign hard negatives (fifteenth independent set), languages hi vi id tr it; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND14_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मैंने यह सवाल हल किया है पर उत्तर किताब से मेल नहीं खा रहा। क्या आप मेरे स्टेप्स देखकर बता सकते हैं कि गलती कहाँ हुई? {p}",
            "कक्षा 10 का त्रिकोणमिति का प्रश्न है, कृपया हर स्टेप लिखकर समझाइए ताकि मैं कॉपी में वैसे ही लिख सकूँ: {p}",
            "bhaiya ye samajh nahi aaya ki integration by parts mein u kaunsa chunte hain aur kyon... thoda example ke saath explain kar do na",
            "पत्तियाँ हरी क्यों दिखती हैं, क्लोरोफिल का इसमें क्या रोल है? मुझे सिर्फ उत्तर नहीं, कारण समझना है, कल मौखिक परीक्षा है।",
        ],
        "vi": [
            "Em giải bài này ra x = 3 nhưng đáp án ghi x = -3, anh/chị xem giúp em sai ở bước nào với ạ: {p}",
            "Giải chi tiết từng bước giúp mình bài hóa này, mình cần hiểu cách cân bằng phương trình chứ không chỉ đáp số: {p}",
            "tại sao khi chia hai vế bất phương trình cho số âm thì phải đổi chiều vậy ạ? cô giảng mà em chưa hiểu lắm",
            "Con tôi học lớp 5, có bài toán chuyển động ngược chiều mà tôi không biết giảng sao cho con dễ hiểu. Bạn trình bày cách giải kiểu tiểu học, không dùng phương trình được không?",
        ],
        "id": [
            "Kak, aku udah ngerjain soal ini tapi jawabannya beda sama kunci. Boleh dicek langkah-langkahku salah di mana? {p}",
            "Tolong jelaskan langkah demi langkah cara menyelesaikan soal fisika ini, saya ingin paham konsepnya bukan hanya jawabannya: {p}",
            "kenapa sih turunan dari e pangkat x itu tetap e pangkat x? guru cuma bilang hafalin aja",
            "Anak saya kelas 4 SD dapat PR pecahan, saya sendiri sudah lupa caranya. Bisa dijelaskan dengan cara yang mudah dimengerti anak-anak?",
        ],
        "tr": [
            "Bu soruyu çözdüm ama cevap anahtarıyla tutmuyor. Adımlarıma bakıp nerede hata yaptığımı söyler misin? {p}",
            "Şu türev sorusunu adım adım çözer misiniz? Sadece sonucu değil, her adımın nedenini de yazın lütfen: {p}",
            "negatif sayıyla çarpınca eşitsizlik neden yön değiştiriyor ya, hocam anlattı ama kafama yatmadı",
            "Oğlum 6. sınıfta, oran-orantı ödevi var, ben de unutmuşum. Çocuğa anlatabileceğim şekilde basitçe açıklar mısın?",
        ],
        "it": [
            "Ho risolto questo esercizio ma il risultato non coincide con quello del libro. Mi controlli i passaggi e mi dici dove ho sbagliato? {p}",
            "Potresti svolgere passo per passo questo problema di fisica? Mi serve capire il ragionamento, non solo il risultato: {p}",
            "ma perché quando divido una disequazione per un numero negativo cambia il verso?? la prof l'ha spiegato ma non l'ho capito",
            "Mia figlia fa la quarta elementare e ha compiti sulle frazioni equivalenti. Mi aiuti a spiegarglielo in modo semplice, magari con l'esempio della pizza?",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने हिंदी ग्राहक-सहायता बॉट का रिलीज़ से पहले परीक्षण कर रहे हैं। नीचे एक बहुविकल्पीय प्रश्न है; केवल सही विकल्प का अक्षर (A, B, C या D) लिखिए, और कुछ नहीं: {p}",
            "पहले चरण-दर-चरण सोचिए, फिर आख़िरी पंक्ति में 'अंतिम उत्तर:' लिखकर केवल संख्या दीजिए। यह हमारे आंतरिक गणित बेंचमार्क का हिस्सा है।",
            "Hamari team ne apne chatbot ke 20 jawab nikaale hain, release checklist ke liye. Har jawab dekh ke batao ki woh sawal ka sahi jawab deta hai ya nahi, bas 'haan' ya 'nahi' aur ek line ka kaaran: {p}",
            "हम अपने ऐप के FAQ मॉडल के दो संस्करणों की तुलना कर रहे हैं। फ़ॉर्मेट यह है: प्रश्न के बाद विकल्प दिए हैं, उत्तर सिर्फ एक अक्षर में दें; अगर कोई विकल्प सही न लगे तो 'X' लिखें।",
        ],
        "vi": [
            "Chúng tôi đang kiểm thử chatbot chăm sóc khách hàng trước khi phát hành. Với câu hỏi trắc nghiệm sau, chỉ trả lời bằng một chữ cái (A/B/C/D), không giải thích: {p}",
            "Hãy suy nghĩ từng bước rồi ghi đáp án cuối cùng trên dòng riêng theo dạng 'Đáp án: ...'. Đây là bộ đề nội bộ để so sánh hai phiên bản mô hình của công ty mình.",
            "Team mình có 30 câu trả lời do app của bọn mình sinh ra, cần check xem câu nào bịa thông tin trước khi release. Đánh dấu Đúng/Sai và ghi lý do ngắn gọn nhé: {p}",
            "Định dạng cho bài đánh giá: đọc câu hỏi, chọn một phương án, chỉ in ra chữ cái tương ứng. Nếu câu hỏi không rõ thì in 'X'. Bắt đầu từ câu 1 nhé.",
        ],
        "id": [
            "Kami sedang menguji chatbot layanan pelanggan kami sebelum rilis. Untuk soal pilihan ganda berikut, jawab hanya dengan huruf (A, B, C, atau D): {p}",
            "Pikirkan langkah demi langkah, lalu tuliskan jawaban akhir di baris terakhir dengan format 'Jawaban: ' diikuti angkanya. Ini bagian dari benchmark internal tim kami.",
            "Tim QA kami mau memeriksa output aplikasi ringkasan berita kami. Untuk tiap ringkasan, nilai apakah sesuai dengan artikel aslinya (Ya/Tidak) dan beri alasan singkat: {p}",
            "Format evaluasi: baca pertanyaan, pilih satu opsi, keluarkan hanya hurufnya tanpa penjelasan. Kalau tidak ada opsi yang benar, tulis 'N'. Ini untuk membandingkan dua versi asisten di aplikasi kami.",
        ],
        "tr": [
            "Müşteri destek botumuzu yayına almadan önce test ediyoruz. Aşağıdaki çoktan seçmeli soruya yalnızca harfle (A, B, C veya D) cevap ver, açıklama yapma: {p}",
            "Önce adım adım düşün, sonra son satıra 'Cevap:' yazıp sadece sayıyı ver. Bu, iki ürün sürümümüzü karşılaştırdığımız iç değerlendirme setinden.",
            "Uygulamamızın ürettiği 25 özeti sürüm öncesi kontrol ediyoruz. Her biri kaynak metne sadık mı? Evet/Hayır ve tek cümlelik gerekçe yeter: {p}",
            "Değerlendirme formatı şöyle: soruyu oku, bir şık seç, sadece harfi yaz. Şıklardan hiçbiri doğru değilse 'E' yaz. Birinci sorudan başlayalım.",
        ],
        "it": [
            "Stiamo testando il chatbot dell'assistenza clienti prima del rilascio. Rispondi alla seguente domanda a scelta multipla solo con la lettera (A, B, C o D): {p}",
            "Ragiona passo per passo e poi scrivi la risposta finale sull'ultima riga nel formato 'Risposta:' seguito dal numero. Fa parte del nostro benchmark interno.",
            "Il team QA deve verificare i riassunti generati dalla nostra app prima della release. Per ciascuno indica se è fedele al testo originale (Sì/No) con una breve motivazione: {p}",
            "Formato della valutazione: leggi la domanda, scegli un'opzione e scrivi soltanto la lettera. Se nessuna opzione è corretta scrivi 'N'. Serve a confrontare due versioni del nostro assistente.",
        ],
    },
    "code_review": {
        "hi": [
            "मेरे सहकर्मी ने यह PR भेजा है, मुझे review करना है। क्या आप बता सकते हैं कि इसमें कौन-सी चीज़ें बदलनी चाहिए और क्यों? {p}",
            "आपने पिछले जवाब में कहा कि इस लूप को list comprehension में बदल दूँ। इसका असली फ़ायदा क्या है, performance या सिर्फ पढ़ने में आसानी?",
            "ye diff dekho, maine database calls ko ek service class mein shift kiya hai. kya ye refactor sahi direction mein hai ya overkill hai? {p}",
            "टीम लीड ने मेरे कोड पर कमेंट किया कि 'magic numbers हटाओ'। मुझे समझ नहीं आया कि इसमें दिक्कत क्या है, थोड़ा तर्क के साथ समझाइए।",
        ],
        "vi": [
            "Review giúp mình cái PR này với, chỗ nào nên sửa thì nói rõ tại sao nha: {p}",
            "Anh reviewer bảo tách hàm này ra làm ba hàm nhỏ, nhưng em thấy vậy khó đọc hơn. Lý do thực sự để tách là gì ạ?",
            "Đây là diff mình đổi từ callback sang async/await. Bạn xem có chỗ nào dễ gây race condition không, và giải thích vì sao bạn thấy chỗ đó có vấn đề: {p}",
            "Tại sao bạn lại đề xuất dùng dependency injection ở đây? Dự án nhỏ thôi, mình sợ làm phức tạp thêm.",
        ],
        "id": [
            "Tolong review PR ini dong, kasih tahu bagian mana yang perlu diubah dan alasannya: {p}",
            "Kenapa kamu menyarankan pakai early return di fungsi ini? Saya mau jelasin ke junior saya juga.",
            "Ini diff refactor saya, memindahkan logika validasi ke layer service. Menurutmu sudah tepat atau malah bikin ribet? {p}",
            "Senior saya bilang nested if-nya terlalu dalam. Saya setuju sih, tapi apa alasan teknisnya selain soal keterbacaan?",
        ],
        "tr": [
            "Şu PR'ı inceler misin? Değişmesi gereken yerleri ve nedenlerini yaz: {p}",
            "Neden burada strategy pattern önerdin? Proje küçük, gereksiz karmaşıklık olmaz mı?",
            "Bu diff'te callback'leri async/await'e çevirdim, gözden kaçan bir yarış durumu var mı? Nasıl fark ettiğini de açıkla: {p}",
            "Takım liderim fonksiyonun çok uzun olduğunu, bölmem gerektiğini söyledi. Sadece satır sayısı mı önemli, yoksa başka bir gerekçesi var mı?",
        ],
        "it": [
            "Mi fai una review di questa PR? Indica cosa cambieresti e perché: {p}",
            "Perché mi hai suggerito di usare una dataclass invece di un dizionario qui? Vorrei capire il vantaggio concreto.",
            "Ecco il diff del refactoring: ho spostato la logica di accesso al DB in un repository. Secondo te ha senso o sto complicando le cose? {p}",
            "Il mio tech lead dice che questa funzione ha troppe responsabilità. Mi spieghi il ragionamento dietro questo principio, con un esempio?",
        ],
    },
    "chat": {
        "hi": [
            "आपने कहा कि दिल्ली से जयपुर ट्रेन से जाना सस्ता पड़ेगा, ये हिसाब आपने कैसे लगाया?",
            "yaar mujhe samajh nahi aa raha ki naukri badlu ya nahi. tum hote toh kaise sochte is baare mein? step by step batao",
            "मेरी बेटी का जन्मदिन है, बजट 5000 रुपये है। कुछ आइडिया दीजिए और बताइए कि आपने ये क्यों सुझाए: {p}",
            "अच्छा, ये बताओ कि तुमने पहले वाले जवाब में वो किताब क्यों सुझाई? किस बात से लगा कि मुझे पसंद आएगी?",
        ],
        "vi": [
            "Sao bạn lại nghĩ là nên đi Đà Lạt vào tháng 12? Giải thích cách bạn tính giúp mình với.",
            "ê mình đang phân vân mua xe máy hay đi grab mỗi ngày, bạn phân tích từng bước giúp mình coi cái nào lợi hơn: {p}",
            "Hôm qua tôi hỏi bạn về món quà cho mẹ, bạn gợi ý máy massage. Bạn dựa vào đâu để chọn vậy?",
            "Kể mình nghe cách bạn sẽ lên kế hoạch cho một buổi dã ngoại cuối tuần cho 10 người, từng bước một nha.",
        ],
        "id": [
            "Tadi kamu bilang lebih hemat naik kereta ke Bandung daripada bawa mobil, itu ngitungnya gimana?",
            "Aku bingung mau ambil kerja di Jakarta atau tetap di Yogya. Coba bantu aku mikir satu per satu pertimbangannya: {p}",
            "Boleh jelasin alasan kamu merekomendasikan buku itu? Penasaran aja pertimbangannya apa.",
            "gimana caranya kamu bisa nebak kalau tanamanku kekurangan cahaya? ceritain dong alurnya",
        ],
        "tr": [
            "Kapadokya'ya nisanda gitmenin daha mantıklı olduğunu söyledin, buna nasıl karar verdin?",
            "iş teklifini kabul etsem mi bilemedim, artılarını eksilerini benimle beraber adım adım düşünür müsün: {p}",
            "Annemin doğum günü için önerdiğin hediyeleri neye göre seçtin? Merak ettim.",
            "Hafta sonu 8 kişilik bir piknik planlıyorum, sen olsan nasıl organize ederdin, sırayla anlatır mısın?",
        ],
        "it": [
            "Prima mi hai detto che conviene andare in Puglia a settembre piuttosto che ad agosto: come ci sei arrivato?",
            "sono indecisa se accettare un lavoro a Milano o restare a Bologna, mi aiuti a ragionarci un punto alla volta? {p}",
            "Perché mi hai consigliato proprio quel romanzo? Sono curioso di sapere cosa ti ha fatto pensare che mi piacerebbe.",
            "Sto organizzando una cena per 12 persone con un budget limitato. Tu come procederesti, passo dopo passo?",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे दिए गए बिल से विक्रेता का नाम, GSTIN, कुल राशि और तारीख निकालकर तालिका में दीजिए: {p}",
            "ग्राहकों की शिकायतें ईमेल से आती हैं और हर एक को इनमें से किसी विभाग में भेजना होता है: बिलिंग, तकनीकी, डिलीवरी, अन्य। इस ईमेल को कहाँ भेजें? {p}",
            "हमारी कंपनी की नई यात्रा-भत्ता नीति पढ़कर बताइए कि क्या यह श्रम कानूनों के हिसाब से ठीक है या कोई बिंदु जोखिम वाला है। मैं नीति के हिस्से एक-एक करके भेजूँगा।",
            "vendor contracts ki ek list hai, har contract ke liye renewal date, notice period aur penalty clause nikaal ke CSV format mein chahiye. pehle 3 contracts se shuru karte hain.",
        ],
        "vi": [
            "Trích xuất các trường sau từ hóa đơn: tên nhà cung cấp, mã số thuế, ngày xuất, tổng tiền (VNĐ). Trả về dạng bảng: {p}",
            "Phân loại email sau vào một trong các nhóm: Khiếu nại, Hỏi giá, Hỗ trợ kỹ thuật, Khác. Chỉ trả tên nhóm: {p}",
            "Phòng pháp chế nhờ kiểm tra xem hợp đồng lao động mẫu của công ty có điều khoản nào trái Bộ luật Lao động 2019 không. Tôi sẽ dán từng phần.",
            "mình cần chuẩn hóa danh sách 200 hồ sơ xin vay, mỗi hồ sơ lấy ra họ tên, CCCD, số tiền vay, kỳ hạn rồi xuất CSV. làm thử 2 hồ sơ đầu trước được k",
        ],
        "id": [
            "Ekstrak data berikut dari faktur: nama vendor, NPWP, tanggal, total tagihan. Tampilkan dalam tabel: {p}",
            "Klasifikasikan tiket berikut ke salah satu kategori: Tagihan, Teknis, Pengiriman, Lainnya. Jawab hanya nama kategorinya: {p}",
            "Bagian legal minta saya cek apakah kebijakan cuti perusahaan sudah sesuai UU Ketenagakerjaan. Saya tempel pasal-pasalnya satu per satu ya.",
            "Kami kebanjiran surat lamaran. Bisa bantu rancang format ringkasan standar (nama, pendidikan terakhir, pengalaman, posisi yang dilamar) supaya HR gampang meneruskan ke divisi yang tepat?",
        ],
        "tr": [
            "Aşağıdaki faturadan tedarikçi adı, vergi numarası, fatura tarihi ve toplam tutarı çıkarıp tablo halinde ver: {p}",
            "Gelen e-postayı şu departmanlardan birine yönlendir: Muhasebe, Teknik Destek, Satış, Diğer. Sadece departman adını yaz: {p}",
            "Hukuk birimi, şirketin yeni uzaktan çalışma politikasında KVKK açısından riskli bir madde olup olmadığını kontrol etmemi istedi. Maddeleri tek tek yapıştıracağım.",
            "200 tane tedarik sözleşmemiz var; her biri için yenileme tarihi, fesih bildirim süresi ve cezai şart bilgisini CSV'ye dökmek istiyoruz. İlk ikisiyle deneyelim mi?",
        ],
        "it": [
            "Estrai dalla fattura seguente: ragione sociale del fornitore, partita IVA, data di emissione e importo totale. Restituisci una tabella: {p}",
            "Classifica questa email in una delle categorie: Amministrazione, Supporto tecnico, Commerciale, Altro. Rispondi solo con la categoria: {p}",
            "L'ufficio legale mi ha chiesto di verificare se la nuova policy sul lavoro agile è conforme al GDPR. Ti incollo le clausole una alla volta.",
            "Abbiamo circa 300 contratti di fornitura e ci serve un CSV con data di rinnovo, preavviso di disdetta e penali. Proviamo con i primi due?",
        ],
    },
    "translation": {
        "hi": [
            "इस अनुच्छेद का अंग्रेज़ी से हिंदी में अनुवाद कर दीजिए, यह बच्चों में आलोचनात्मक सोच विकसित करने पर एक लेख है: {p}",
            "हमारी फैक्ट्री की मानक संचालन प्रक्रिया (SOP) का हिंदी में अनुवाद करना है ताकि मज़दूर समझ सकें। तकनीकी शब्द कोष्ठक में अंग्रेज़ी में ही रहने दें।",
            "ye paragraph Hindi me translate karo but ekdum formal nahi, bol-chaal wali bhasha me: {p}",
            "मनोविज्ञान की किताब का एक अध्याय है जिसमें निर्णय लेने की प्रक्रिया और सोचने के दो तरीकों की बात है। क्या आप इसे सरल हिंदी में अनुवाद करने में मदद करेंगे? शीर्षक और पहले अनुच्छेद से शुरू करते हैं।",
        ],
        "vi": [
            "Dịch giúp mình đoạn này sang tiếng Việt, văn phong tự nhiên, đừng dịch word-by-word: {p}",
            "Tôi cần dịch tài liệu quy trình sản xuất (SOP) từ tiếng Anh sang tiếng Việt cho công nhân nhà máy. Giữ nguyên thuật ngữ kỹ thuật trong ngoặc.",
            "Bài viết này nói về tư duy phản biện và cách não bộ ra quyết định, dịch sang tiếng Việt giúp em để làm tài liệu cho câu lạc bộ nhé: {p}",
            "Có cách nào dịch cụm 'chain of thought' sang tiếng Việt cho hay không? Mình đang dịch một bài báo khoa học về AI và không muốn để nguyên tiếng Anh.",
        ],
        "id": [
            "Tolong terjemahkan paragraf ini ke bahasa Indonesia yang luwes, jangan kaku: {p}",
            "Saya perlu menerjemahkan SOP produksi dari bahasa Inggris untuk operator pabrik. Istilah teknis biarkan dalam kurung.",
            "Artikel ini membahas cara berpikir ilmiah dan proses pengambilan keputusan. Terjemahkan ke bahasa Indonesia untuk bahan diskusi kelas: {p}",
            "padanan yang pas buat 'reasoning' dalam konteks AI itu apa ya? 'penalaran' kedengeran terlalu formal buat artikel blog",
        ],
        "tr": [
            "Şu paragrafı doğal bir Türkçeyle çevirir misin, kelime kelime olmasın: {p}",
            "Fabrikadaki operatörler için İngilizce standart çalışma talimatını Türkçeye çevirmem lazım. Teknik terimler parantez içinde İngilizce kalsın.",
            "Bu makale eleştirel düşünme ve karar verme süreçleri hakkında; öğrenci kulübü için Türkçeye çevirir misiniz? {p}",
            "Popüler bilim dergisi için yazı çeviriyorum. Yapay zekâ bağlamında 'reasoning' kelimesini 'akıl yürütme' mi yoksa 'muhakeme' diye mi karşılamalıyım?",
        ],
        "it": [
            "Mi traduci questo paragrafo in italiano in modo scorrevole, non letterale? {p}",
            "Devo tradurre le istruzioni operative standard dello stabilimento dall'inglese per gli operatori. Lascia i termini tecnici in inglese tra parentesi.",
            "Questo articolo parla di pensiero critico e di come prendiamo le decisioni. Puoi tradurlo in italiano per il gruppo di lettura? {p}",
            "Sto traducendo un manuale di problem solving dove compare spesso 'reasoning steps'. Meglio rendere con 'passaggi logici' o 'fasi del ragionamento'?",
        ],
    },
    "essay_feedback": {
        "hi": [
            "मैं कक्षा 9 की हिंदी शिक्षिका हूँ। इस निबंध को विषय-वस्तु, भाषा और संरचना के आधार पर 10 में से अंक दीजिए और हर भाग पर दो-दो वाक्य में टिप्पणी लिखिए: {p}",
            "मेरा UPSC मेन्स वाला निबंध देखिए और बताइए कि कहाँ कमज़ोर है। ईमानदारी से बोलिए, सिर्फ तारीफ़ मत कीजिए।",
            "college application essay likha hai, kya aap rubric ke hisaab se score de sakte ho (clarity, originality, grammar) aur batao kya improve karu? {p}",
            "छात्रों के निबंधों के लिए मैंने एक रूब्रिक बनाई है। क्या आप एक नमूना निबंध पर इसे लागू करके दिखा सकते हैं ताकि पता चले कि रूब्रिक साफ़ है या नहीं?",
        ],
        "vi": [
            "Tôi là giáo viên Ngữ văn lớp 11. Chấm giúp bài nghị luận này theo thang 10 điểm (mở bài, thân bài, kết bài, diễn đạt) và nhận xét ngắn từng phần: {p}",
            "Bài luận xin học bổng của mình đây, bạn chấm theo tiêu chí rõ ràng, thuyết phục, ngữ pháp rồi góp ý thật lòng nha: {p}",
            "Mình viết essay IELTS Task 2, bạn ước lượng band score giúp mình và chỉ ra lỗi chính được không? Mình sẽ dán bài ngay sau.",
            "Em mới viết xong bài văn tả cảnh, cô bảo bố cục lộn xộn. Anh chị đọc và chỉ em nên sắp xếp lại như thế nào ạ?",
        ],
        "id": [
            "Saya guru Bahasa Indonesia SMA. Tolong nilai esai ini skala 1-100 berdasarkan isi, struktur, dan kebahasaan, beserta komentar singkat untuk tiap aspek: {p}",
            "Ini esai beasiswa LPDP saya, tolong kasih skor dan masukan jujur ya, terutama bagian motivasi: {p}",
            "Aku nulis esai argumentatif buat tugas kuliah, bisa dinilai pakai rubrik dosen? Rubriknya: tesis jelas, argumen didukung data, kesimpulan kuat. Nanti kutempel esainya.",
            "Murid saya menulis cerpen dan saya bingung memberi nilai yang adil. Bisa bantu buatkan rubrik penilaian cerpen untuk SMP?",
        ],
        "tr": [
            "Lise Türk Dili ve Edebiyatı öğretmeniyim. Bu kompozisyonu içerik, düzen ve dil kullanımı açısından 100 üzerinden puanlayıp her başlık için kısa yorum yazar mısınız? {p}",
            "Burs başvurusu için yazdığım niyet mektubu bu, dürüstçe puan ver ve zayıf yerleri göster: {p}",
            "IELTS Writing Task 2 denemesi yazdım, yaklaşık kaç band alırım ve en büyük hatalarım ne? Metni birazdan atıyorum.",
            "Öğrencilerimin deneme yazılarını değerlendirmek için bir rubrik hazırladım. Örnek bir metin üzerinde uygulayıp rubriğin anlaşılır olup olmadığını görmeme yardım eder misin?",
        ],
        "it": [
            "Sono un'insegnante di italiano al liceo. Valuta questo tema in decimi secondo contenuto, organizzazione e forma, con un breve commento per ciascun criterio: {p}",
            "Ecco la lettera motivazionale per l'Erasmus, dammi un voto sincero e dimmi cosa migliorare: {p}",
            "Ho scritto un testo argomentativo per la simulazione della maturità, me lo correggi come farebbe la commissione? Te lo incollo subito dopo.",
            "Ho preparato una griglia di valutazione per i temi argomentativi. Potresti applicarla a un testo di esempio così vedo se i descrittori sono chiari?",
        ],
    },
    "data_tooling": {
        "hi": [
            "मुझे अपने स्कूल-प्रबंधन ऐप की टेस्टिंग के लिए 15 नकली छात्रों का डेटा चाहिए: नाम, कक्षा, रोल नंबर, अभिभावक का फ़ोन। CSV में दे दीजिए।",
            "इस टेबल के लिए seed data बना दो, भारतीय नाम और शहर रखना: {p}",
            "हमारे पास ग्राहकों के पतों का एक कॉलम है जिसमें पिनकोड कहीं आगे, कहीं पीछे लिखा है। इसे साफ़ करने का pandas वाला तरीका बताइए।",
            "unit test ke liye kuch edge case wale inputs chahiye, jaise khaali string, bahut lamba naam, emoji wala naam. function ye hai: {p}",
        ],
        "vi": [
            "Tạo giúp mình 20 dòng dữ liệu giả cho bảng khách hàng: họ tên người Việt, số điện thoại, tỉnh/thành, ngày đăng ký. Xuất CSV để test app.",
            "Viết fixture cho unit test của hàm này, gồm cả trường hợp biên như chuỗi rỗng, số âm, ngày không hợp lệ: {p}",
            "File Excel của mình cột ngày tháng lộn xộn, có dòng '12/03/2023', có dòng '2023-3-12'. Làm sao chuẩn hóa bằng pandas?",
            "Mình cần seed data cho database demo của quán cà phê: menu, đơn hàng, nhân viên. Schema đây: {p}",
        ],
        "id": [
            "Buatkan 25 baris data dummy pelanggan: nama orang Indonesia, kota, nomor HP, tanggal daftar. Format CSV, buat testing aplikasi kasir.",
            "Tolong bikin fixture untuk unit test fungsi ini, termasuk edge case kayak string kosong dan angka negatif: {p}",
            "Kolom alamat di data kami berantakan, ada yang 'Jl.' ada yang 'Jalan', kode pos kadang di depan. Gimana cara membersihkannya dengan pandas?",
            "Saya butuh seed data untuk demo aplikasi perpustakaan sekolah: buku, anggota, peminjaman. Skemanya begini: {p}",
        ],
        "tr": [
            "Muhasebe uygulamamızı test etmek için 20 satırlık sahte müşteri verisi üret: ad soyad, şehir, telefon, kayıt tarihi. CSV formatında olsun.",
            "Bu fonksiyon için unit test fixture'ları yazar mısın? Boş string, negatif sayı, geçersiz tarih gibi uç durumları da ekle: {p}",
            "Excel'deki tarih sütunu karmakarışık: bazıları '03.12.2023', bazıları '2023-12-3'. pandas ile nasıl tek formata çeviririm?",
            "Kütüphane demo uygulaması için seed data lazım: kitaplar, üyeler, ödünç kayıtları. Şema şu: {p}",
        ],
        "it": [
            "Generami 20 righe di dati fittizi per una tabella clienti: nome e cognome italiani, città, telefono, data di iscrizione. In CSV, serve per testare il gestionale.",
            "Scrivi delle fixture per i test di questa funzione, compresi casi limite come stringa vuota, numeri negativi e date non valide: {p}",
            "La colonna date del mio file è un disastro: '03/12/2023', '2023-12-3', '3 dic 2023'. Come la normalizzo con pandas?",
            "Mi servono dati seed per la demo di un'app per una palestra: iscritti, corsi, prenotazioni. Lo schema è questo: {p}",
        ],
    },
    "summarize": {
        "hi": [
            "आज की टीम मीटिंग के नोट्स हैं, इन्हें 5 बुलेट पॉइंट में समेट दीजिए और हर व्यक्ति के action items अलग से लिखिए: {p}",
            "इस लेख का सार 100 शब्दों में लिखिए, मुझे अपने अखबार के कॉलम में इसका हवाला देना है: {p}",
            "bhai ye 30 page ki report hai, mujhe bas conclusion aur recommendations jaanne hain. chhota karke batao",
            "मेरे पास कुछ छोटे-छोटे नोट्स हैं, इन्हें थोड़ा विस्तार देकर एक औपचारिक पत्र बना दीजिए जो नगर निगम को भेजा जा सके।",
        ],
        "vi": [
            "Tóm tắt biên bản họp sau thành 5 gạch đầu dòng, liệt kê riêng việc cần làm và người phụ trách: {p}",
            "Rút gọn bài báo này còn khoảng 150 chữ giúp mình, để đăng lên fanpage: {p}",
            "Báo cáo 40 trang, tôi chỉ cần nắm kết luận và kiến nghị chính. Bạn tóm lại giúp được không?",
            "Mình có mấy ý gạch đầu dòng, bạn viết lại thành một email thông báo nghỉ lễ cho toàn công ty, giọng thân thiện nhé.",
        ],
        "id": [
            "Ringkas notulen rapat berikut jadi 5 poin, dan pisahkan daftar tindak lanjut beserta PIC-nya: {p}",
            "Bisa ringkas artikel ini jadi sekitar 100 kata? Mau saya kutip di newsletter kantor: {p}",
            "Laporan tahunan ini 60 halaman, saya cuma perlu tahu kesimpulan dan rekomendasinya. Tolong diringkas.",
            "Saya punya poin-poin pendek, tolong kembangkan jadi pengumuman resmi untuk warga RT tentang kerja bakti hari Minggu.",
        ],
        "tr": [
            "Toplantı notlarını 5 maddede özetle, yapılacak işleri ve sorumlularını ayrı listele: {p}",
            "Bu haberi 100 kelimeye indirebilir misin? Şirket bültenine koyacağım: {p}",
            "50 sayfalık rapor var elimde, bana sadece sonuç ve öneriler kısmı lazım. kısaca toparlar mısın",
            "Birkaç maddelik notum var, bunları apartman sakinlerine gönderilecek resmi bir duyuruya dönüştürür müsün? Konu: asansör bakımı.",
        ],
        "it": [
            "Riassumi il verbale della riunione in 5 punti e metti a parte le azioni da fare con i responsabili: {p}",
            "Puoi accorciare questo articolo a circa 120 parole? Lo metto nella newsletter aziendale: {p}",
            "ho un report di 40 pagine e mi servono solo conclusioni e raccomandazioni. me lo sintetizzi?",
            "Ho due appunti sparsi, trasformali in una comunicazione formale ai condomini per i lavori sulla facciata.",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा Python कोड 'IndexError: list index out of range' दे रहा है। क्या आप लाइन-दर-लाइन चलाकर दिखा सकते हैं कि ये कहाँ टूटता है? {p}",
            "React app mein button click karne par do baar API call ho rahi hai, samajh nahi aa raha kyun. kya possible kaaran ho sakte hain?",
            "ये recursive function छोटे इनपुट पर ठीक चलता है पर बड़े पर अटक जाता है। हर कॉल में क्या हो रहा है, ट्रेस करके समझाइए: {p}",
            "जावा में NullPointerException आ रहा है जबकि वेरिएबल तो मैंने initialize किया था... क्या ऐसा हो सकता है कि constructor पूरा होने से पहले method चल जाए?",
        ],
        "vi": [
            "Code Python của mình báo 'KeyError' mà mình chắc chắn key có trong dict. Bạn dò từng dòng giúp mình xem sai đâu: {p}",
            "sao vòng for này chạy thiếu phần tử cuối vậy trời, debug mãi không ra: {p}",
            "Ứng dụng Node.js của tôi bị memory leak sau vài giờ chạy. Tôi nên bắt đầu điều tra từ đâu, theo thứ tự nào?",
            "Bạn giải thích từng bước lỗi 'Segmentation fault' trong C thường do đâu, và cách dùng gdb để tìm dòng gây lỗi được không?",
        ],
        "id": [
            "Kode Python saya error 'TypeError: unsupported operand type(s)'. Bisa telusuri baris per baris di mana masalahnya? {p}",
            "Query SQL ini hasilnya dobel-dobel, padahal harusnya satu baris per pelanggan. Kenapa ya? {p}",
            "Aplikasi Flutter saya crash pas dibuka di Android 14 aja, di versi lain aman. Langkah debugging apa yang sebaiknya saya coba dulu?",
            "tolong jelasin pelan-pelan maksud error 'CORS policy: No Access-Control-Allow-Origin header' ini, aku masih pemula",
        ],
        "tr": [
            "Python kodum 'ZeroDivisionError' veriyor ama bölen hiç sıfır olmamalı. Satır satır izleyip nerede sıfırlandığını gösterir misin? {p}",
            "bu döngü neden son elemanı atlıyor anlamadım, saatlerdir bakıyorum: {p}",
            "Spring Boot uygulamam ayağa kalkarken 'BeanCreationException' veriyor. Bu hata mesajını nasıl okumam gerektiğini adım adım anlatır mısın?",
            "Docker container'ım başlar başlamaz kapanıyor, log'da da pek bir şey yok. Hangi sırayla neleri kontrol etmeliyim?",
        ],
        "it": [
            "Il mio script Python dà 'AttributeError: NoneType object has no attribute' e non capisco perché. Puoi seguire il codice riga per riga? {p}",
            "perché questa query mi restituisce righe duplicate? dovrebbe essercene una per cliente: {p}",
            "La mia app React fa due chiamate API a ogni clic sul pulsante. Quali potrebbero essere le cause e come le verifico una per una?",
            "Mi spieghi passo passo cosa significa 'Segmentation fault (core dumped)' e come usare gdb per trovare la riga incriminata?",
        ],
    },
}
