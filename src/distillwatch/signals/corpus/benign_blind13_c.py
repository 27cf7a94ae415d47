"""Blind benign hard negatives (fourteenth independent set), languages hi vi id tr it; training data, never a test set."""

from __future__ import annotations

BENIGN_BLIND13_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मेरे गणित के होमवर्क में यह सवाल है: {p} — क्या आप इसे स्टेप बाय स्टेप हल करके दिखा सकते हैं? टीचर पूरा तरीका माँगती हैं, सिर्फ़ उत्तर नहीं।",
            "bhai maine ye sawal khud solve kiya, answer 42 aa raha hai par book ke peeche 48 likha hai. mera kaam check karke batao galti kahan hui",
            "प्रकाश-संश्लेषण में क्लोरोफिल की भूमिका समझ नहीं आ रही। कक्षा 10 के स्तर पर समझाइए कि ऐसा क्यों होता है।",
            "{p}\nइस प्रश्न का हल लिखिए और हर चरण के साथ संक्षेप में बताइए कि वह नियम क्यों लगाया गया। कल परीक्षा है।",
        ],
        "vi": [
            "Em đang học lớp 11, bài này em làm mãi không ra: {p}. Anh/chị giải từng bước giúp em với, để em hiểu cách làm chứ không chỉ chép đáp án ạ.",
            "mình giải phương trình bậc hai ra nghiệm 3 và -5, nhưng thay vào thử lại thì sai. bạn xem giúp mình sai ở bước nào nhé",
            "Tại sao khi chia cho một phân số ta lại nhân với số nghịch đảo của nó? Giải thích dễ hiểu cho học sinh lớp 6 giúp mình.",
            "Đề bài: {p}\nYêu cầu trình bày lời giải đầy đủ, có lập luận từng bước như khi làm bài kiểm tra.",
        ],
        "id": [
            "Kak, tolong bantu kerjain soal ini langkah demi langkah ya: {p}. Guruku minta caranya ditulis lengkap.",
            "Aku udah ngerjain soal fisika tentang GLBB, jawabanku 25 m/s. Bisa dicek nggak bener apa salah, terus kalau salah di bagian mana?",
            "Mengapa hasil kali dua bilangan negatif menjadi positif? Saya ingin memahami alasannya, bukan sekadar menghafal aturan.",
            "{p}\nMohon tunjukkan cara penyelesaiannya secara runtut supaya saya bisa belajar untuk ujian akhir semester.",
        ],
        "tr": [
            "Şu soruyu adım adım çözer misin? {p} Öğretmen işlem basamaklarını görmek istiyor, sadece sonucu yazarsam puan vermiyor.",
            "kimya ödevinde mol hesabını yaptım 0,25 mol buldum ama emin değilim. çözümümü kontrol edip nerede hata yaptığımı söyler misin",
            "Türevde zincir kuralı neden işe yarıyor? Lise düzeyinde, sezgisel bir açıklama rica ediyorum.",
            "Ödev sorusu: {p}\nLütfen çözümü her adımı gerekçesiyle birlikte yaz, sınava böyle çalışıyorum.",
        ],
        "it": [
            "Ciao, mi aiuti con questo esercizio di matematica? {p} Mi servirebbe vedere tutti i passaggi, la prof vuole il procedimento.",
            "Ho risolto il problema sul piano inclinato e mi viene un'accelerazione di 3,2 m/s². Puoi controllare se il mio ragionamento è giusto e dirmi dove ho sbagliato?",
            "Perché in latino l'ablativo assoluto si traduce spesso con una subordinata? Me lo spieghi come se fossi al primo anno di liceo?",
            "Esercizio: {p}\nScrivi la soluzione passo per passo, spiegando perché si usa ogni formula. Domani ho la verifica.",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने चैटबॉट का आंतरिक मूल्यांकन कर रहे हैं। नीचे दिए बहुविकल्पीय प्रश्न का उत्तर केवल विकल्प के अक्षर (A, B, C या D) में दीजिए, और कुछ न लिखें।\n{p}",
            "पहले चरण-दर-चरण सोचिए, फिर आख़िरी पंक्ति में 'अंतिम उत्तर:' लिखकर उत्तर दीजिए — यह हमारे अपने मॉडल के बेंचमार्क रन का फ़ॉर्मैट है। प्रश्न: 15 का 40 प्रतिशत कितना होता है?",
            "रिलीज़ से पहले हम अपने ग्राहक-सहायता ऐप के जवाब जाँच रहे हैं। यह जवाब हमारी नीति के हिसाब से ठीक है या नहीं — हाँ/नहीं और एक पंक्ति में कारण: {p}",
            "नए वर्ज़न के स्मोक टेस्ट के लिए हर सवाल का जवाब सिर्फ़ एक शब्द में दें ताकि हमारी स्क्रिप्ट उसे अपने-आप मिला सके। पहला सवाल: भारत की राजधानी क्या है?",
        ],
        "vi": [
            "Chúng tôi đang kiểm thử nội bộ trợ lý ảo của công ty. Với câu hỏi trắc nghiệm sau, chỉ trả lời bằng một chữ cái (A/B/C/D), không giải thích thêm:\n{p}",
            "Định dạng cho bộ đánh giá của team: suy nghĩ từng bước trước, sau đó dòng cuối ghi 'Đáp án: ...'. Câu đầu tiên: cửa hàng giảm giá 20% rồi giảm tiếp 10%, tổng cộng giảm bao nhiêu phần trăm?",
            "Trước khi phát hành bản 2.3 của app, mình cần xem lại câu trả lời do chatbot bên mình tạo ra. Đánh giá giúp: có đúng thông tin sản phẩm không, đạt/không đạt kèm lý do ngắn. {p}",
            "test nhanh thôi: trả lời đúng một từ 'có' hoặc 'không' để script so khớp tự động. Nước sôi ở 100 độ C ở mực nước biển phải không?",
        ],
        "id": [
            "Ini untuk uji internal model kami sebelum rilis. Jawab soal pilihan ganda berikut hanya dengan huruf jawabannya, tanpa penjelasan.\n{p}",
            "Tolong ikuti format ini ya: pikirkan langkah demi langkah dulu, lalu tulis jawaban akhir di baris terakhir diawali 'JAWABAN:'. Soalnya: kereta menempuh 180 km dalam 2,5 jam, berapa kecepatan rata-ratanya?",
            "Kami lagi QA fitur ringkasan di aplikasi kami sendiri. Nilai apakah ringkasan berikut akurat terhadap teks aslinya: LULUS atau GAGAL, plus satu kalimat alasan. {p}",
            "Saya sedang membandingkan dua versi prompt sistem untuk bot layanan pelanggan kami. Dari dua jawaban bot yang saya tempel, mana yang lebih sesuai pedoman nada bicara perusahaan, A atau B? Cukup satu huruf.",
        ],
        "tr": [
            "Kendi modelimizin iç değerlendirmesini yapıyoruz. Aşağıdaki çoktan seçmeli soruyu yalnızca şık harfiyle yanıtla (A, B, C veya D), açıklama ekleme.\n{p}",
            "Benchmark betiğimiz son satırı okuyor, o yüzden önce adım adım düşün, sonra en alta 'Cevap:' ile başlayan tek bir satır yaz. Soru: 3 işçi bir duvarı 12 günde örüyorsa 4 işçi kaç günde örer?",
            "Yeni sürümü yayına almadan önce uygulamamızın ürettiği yanıtları gözden geçiriyoruz. Bu yanıt kullanıcının sorusunu doğru ve kibar biçimde karşılıyor mu? GEÇTİ/KALDI ve kısa gerekçe: {p}",
            "regresyon testi için: her soruya sadece 'evet' ya da 'hayır' de, başka hiçbir şey yazma. İlk soru: İstanbul Türkiye'nin başkenti mi?",
        ],
        "it": [
            "Stiamo facendo una valutazione interna del nostro assistente. Rispondi alla seguente domanda a scelta multipla indicando solo la lettera corretta, senza commenti.\n{p}",
            "Per il nostro harness di test: ragiona passo per passo e poi scrivi, su una riga a parte, 'Risposta finale:' seguita dal numero. Domanda: quanti minuti ci sono in tre giorni e mezzo?",
            "Prima del rilascio controlliamo a campione le risposte del nostro bot di assistenza. Questa risposta rispetta le linee guida aziendali? Scrivi CONFORME o NON CONFORME e una motivazione breve. {p}",
            "Sto confrontando la vecchia e la nuova versione del nostro classificatore di ticket. Ti incollo le due etichette assegnate allo stesso ticket: quale ti sembra più corretta e perché, in due righe?",
        ],
    },
    "code_review": {
        "hi": [
            "मेरे साथी ने यह पुल रिक्वेस्ट भेजी है। कृपया रिव्यू करें और हर सुझाव के साथ कारण भी बताएँ कि वह बदलाव क्यों बेहतर होगा:\n{p}",
            "आपने कहा था कि इस फ़ंक्शन में list की जगह set इस्तेमाल करूँ। ऐसा क्यों? परफ़ॉर्मेंस के लिहाज़ से थोड़ा समझाइए।",
            "yeh diff dekho aur batao ki isme koi race condition ho sakti hai kya, aur agar haan to kyun: {p}",
            "हमारी टीम एक पुराने मॉड्यूल को रिफ़ैक्टर करने की सोच रही है — 2000 लाइनों की एक ही क्लास है। इसे छोटे हिस्सों में बाँटने का तर्क मुझे मैनेजर को समझाना है, मुख्य कारण बिंदुवार लिख दीजिए।",
        ],
        "vi": [
            "Em mới đi làm, đây là merge request đầu tiên của em. Anh/chị đọc qua rồi chỉ giúp em chỗ nào viết chưa ổn, và vì sao nên viết khác đi để em rút kinh nghiệm ạ.\n{p}",
            "Lúc nãy bạn gợi ý tách phần xử lý thanh toán ra thành service riêng. Bạn giải thích rõ hơn vì sao làm vậy thì dễ viết test hơn được không?",
            "Anh xem đoạn diff này có vấn đề gì về bảo mật không, nhất là chỗ nối chuỗi SQL. Nếu có thì giải thích tại sao nó nguy hiểm. {p}",
            "Team em đang tranh luận nên chuyển sang async/await hay giữ callback trong module cũ. Anh phân tích ưu nhược điểm giúp em để em viết vào mô tả PR.",
        ],
        "id": [
            "Tolong review diff ini dong, terus jelasin alasan di balik tiap saran kamu biar aku bisa jawab komentar reviewer lain:\n{p}",
            "Kenapa kamu menyarankan pakai early return di fungsi validasi tadi? Apa bedanya dari segi keterbacaan dibanding if bersarang?",
            "Kami akan merge PR refaktor modul autentikasi minggu depan. Bisa bantu susun alasan teknis refaktornya untuk deskripsi PR? Poin utamanya: duplikasi kode, tes susah ditulis, dan ketergantungan ke variabel global.",
            "Cek kode ini, ada potensi memory leak nggak? Kalau ada, jelaskan kenapa terjadi dan gimana cara benerinnya. {p}",
        ],
        "tr": [
            "Ekip arkadaşımın açtığı pull request'i inceler misin? Her önerinin yanına neden gerekli olduğunu da yaz lütfen:\n{p}",
            "Az önce bu döngüyü list comprehension'a çevirmemi önerdin. Gerekçesi ne, sadece okunabilirlik mi yoksa performans farkı da var mı?",
            "Şu diff'te null kontrolü eksik gibi geliyor bana. Bakıp hangi durumda patlayacağını açıklayabilir misin? {p}",
            "Yöneticime eski ödeme modülünü neden yeniden yazmamız gerektiğini anlatmam lazım. Teknik borç, test eksikliği gibi gerekçeleri maddeler halinde toparlar mısın?",
        ],
        "it": [
            "Mi fai una code review di questa PR? Per ogni osservazione spiegami il motivo, così imparo anche qualcosa:\n{p}",
            "Perché mi consigli di usare un enum invece delle stringhe costanti in questo caso? Vorrei capire il ragionamento prima di cambiare tutto.",
            "Dai un'occhiata a questo diff e dimmi se la gestione delle eccezioni ti convince. Se no, spiegami cosa potrebbe andare storto. {p}",
            "Devo giustificare al team il refactoring del servizio ordini, che oggi è un unico file da 3000 righe. Mi aiuti a mettere per iscritto le ragioni in modo chiaro e convincente?",
        ],
    },
    "chat": {
        "hi": [
            "आपने अभी कहा कि मुंबई से पुणे ट्रेन से जाना ज़्यादा सस्ता पड़ेगा। आप इस नतीजे पर कैसे पहुँचे? थोड़ा समझाइए।",
            "यार आज बहुत बोर हो रहा हूँ, 90 के दशक की कोई अच्छी हिंदी फ़िल्म सुझाओ ना",
            "मैं सोच रहा हूँ कि नौकरी बदलूँ या नहीं। {p} आप मेरी जगह होते तो क्या सोचते? अपनी सोच कदम-दर-कदम बताइए।",
            "अच्छा एक बात बताओ — {p} — इसका जवाब तुमने कैसे निकाला, मुझे भी सिखाओ",
        ],
        "vi": [
            "Sao bạn lại nghĩ mình nên trồng cây lưỡi hổ trong phòng ngủ? Giải thích cách bạn suy ra điều đó đi.",
            "Chào bạn, cuối tuần này mình định đi Đà Lạt mà chưa biết ăn gì, gợi ý vài món với.",
            "Mình đang phân vân chuyện này: {p}. Bạn nghĩ sao, kể từng bước suy nghĩ của bạn cho mình nghe với.",
            "ủa sao lúc nãy bạn bảo 17 là số nguyên tố mà 21 thì không? bạn kiểm tra kiểu gì vậy",
        ],
        "id": [
            "Tadi kamu bilang lebih baik nabung emas daripada deposito buat jangka panjang. Gimana kamu sampai ke kesimpulan itu? Jelasin dong alurnya.",
            "Halo! Lagi bingung mau masak apa malam ini, di kulkas cuma ada telur, tahu, sama kangkung. Ada ide?",
            "Aku mau tanya pendapatmu soal ini: {p}\nCoba uraikan pelan-pelan gimana kamu mikirnya.",
            "Serius nih, kenapa langit sore warnanya oranye? Terangin kayak ngobrol biasa aja, jangan kayak buku pelajaran.",
        ],
        "tr": [
            "Az önce bana Kapadokya için en iyi zamanın ekim olduğunu söyledin. Bu sonuca nasıl vardın, biraz açar mısın?",
            "Selam, canım sıkılıyor. Bana kısa bir bilmece sorar mısın?",
            "Kafam karışık: {p} Sen olsan ne yapardın? Düşünce sürecini adım adım anlatırsan daha iyi anlarım.",
            "Bir dakika, kedimin günde 60 gram mama yemesi gerektiğini nasıl hesapladın? Hangi bilgileri kullandın?",
        ],
        "it": [
            "Prima mi hai detto che conviene prendere il treno per andare da Milano a Roma. Come ci sei arrivato? Fammi capire il ragionamento.",
            "ciao! stasera ho amici a cena e non so cosa cucinare, qualcosa di semplice con le zucchine?",
            "Ho un dubbio e vorrei un tuo parere: {p} Mi spieghi passo passo come la vedi?",
            "Scusa, ma come hai fatto a capire che il film era del 1987? Dimmi da quali indizi sei partito.",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे दिए बीजक (इनवॉइस) से विक्रेता का नाम, GST नंबर, कुल राशि और तारीख निकालकर JSON में दीजिए:\n{p}",
            "हमें रोज़ सैकड़ों ग्राहक ईमेल मिलते हैं। इस ईमेल को इनमें से किसी एक श्रेणी में डालिए: बिलिंग, तकनीकी समस्या, रिफ़ंड, अन्य। {p}",
            "इस अनुबंध के मसौदे को देखकर बताइए कि क्या इसमें डेटा संरक्षण से जुड़ी कोई ज़रूरी धारा छूट गई है। हमारी कानूनी टीम बाद में इसकी दोबारा जाँच करेगी।",
            "वेंडर ऑनबोर्डिंग फ़ॉर्म से ये फ़ील्ड निकालने हैं: कंपनी का नाम, PAN, पता, संपर्क व्यक्ति। जो फ़ील्ड न मिले उसके आगे 'उपलब्ध नहीं' लिखें।",
        ],
        "vi": [
            "Đây là nội dung một đơn đặt hàng khách gửi qua email. Điền giúp vào mẫu: mã khách hàng / sản phẩm / số lượng / địa chỉ giao. Ô nào không có thông tin thì để trống, đừng tự đoán.\n{p}",
            "Phân loại phiếu hỗ trợ này vào một trong các nhóm: Thanh toán, Kỹ thuật, Đổi trả, Khác. Chỉ ghi tên nhóm. {p}",
            "Bộ phận pháp chế cần rà soát hợp đồng thuê văn phòng. Liệt kê các điều khoản có thể chưa phù hợp với quy định về bảo vệ dữ liệu cá nhân, kèm số điều.",
            "email khách gửi tới cần chuyển cho đúng phòng: kinh doanh, kế toán hay chăm sóc khách hàng? trả lời ngắn gọn thôi, hệ thống tự đọc kết quả",
        ],
        "id": [
            "Ekstrak data berikut dari faktur ini: nama vendor, NPWP, total tagihan, dan tanggal jatuh tempo. Keluarkan dalam format JSON.\n{p}",
            "Tentukan kategori keluhan pelanggan ini: Pengiriman, Pembayaran, Produk Rusak, atau Lainnya. Tulis satu kategori saja. {p}",
            "Tim kepatuhan kami perlu memeriksa apakah kebijakan internal soal retensi dokumen sudah sesuai UU PDP. Buatkan daftar periksa poin-poin yang harus dicek.",
            "Tolong baca surat lamaran yang masuk dan isi kolom ini: nama pelamar, posisi yang dilamar, pengalaman kerja (tahun), pendidikan terakhir. Kalau tidak ada, tulis '-'.",
        ],
        "tr": [
            "Şu faturadan tedarikçi adı, vergi numarası, toplam tutar ve fatura tarihini çıkarıp JSON olarak ver:\n{p}",
            "Müşteri destek talebini şu kategorilerden birine ata: Fatura, Teknik, İade, Diğer. Sadece kategori adını yaz. {p}",
            "Hukuk birimimiz tedarikçi sözleşmelerini KVKK açısından tarıyor. Bu tür bir sözleşmede mutlaka bulunması gereken maddeleri listeler misin?",
            "Gelen kutusundaki e-postaları ilgili departmana yönlendiren bir akış kuruyoruz. Bu e-posta İK'ya mı, satın almaya mı, muhasebeye mi gitmeli? Tek kelimeyle.",
        ],
        "it": [
            "Estrai dalla fattura seguente: ragione sociale del fornitore, partita IVA, importo totale e data di emissione. Restituisci il risultato in JSON.\n{p}",
            "Classifica questa richiesta di assistenza in una delle categorie: Fatturazione, Problema tecnico, Reso, Altro. Solo il nome della categoria. {p}",
            "L'ufficio compliance deve verificare che i nostri moduli di consenso siano in linea con il GDPR. Mi prepari una checklist dei punti da controllare?",
            "Dal verbale dell'assemblea condominiale ci servono: data, partecipanti, delibere approvate e spese. Se un dato manca scrivi 'n.d.'.",
        ],
    },
    "translation": {
        "hi": [
            "इस अंग्रेज़ी लेख का हिंदी में अनुवाद कर दीजिए। यह 'क्रिटिकल थिंकिंग' और तर्क करने के तरीकों के बारे में है, तो शब्दावली सरल रखिए:\n{p}",
            "मेरी दादी को अंग्रेज़ी नहीं आती, डॉक्टर ने जो दवा के निर्देश दिए हैं उन्हें आसान हिंदी में लिख दीजिए। {p}",
            "हमारी कंपनी की 'निर्णय लेने की प्रक्रिया' वाली नीति का अंग्रेज़ी में औपचारिक अनुवाद चाहिए, ताकि विदेशी टीम भी पढ़ सके।",
            "'Chain of thought' को हिंदी में कैसे लिखें? मनोविज्ञान की एक किताब का अनुवाद कर रहा हूँ, वहाँ इसका मतलब विचारों का सिलसिला है।",
        ],
        "vi": [
            "Dịch giúp mình bài blog này sang tiếng Việt, nội dung nói về cách các nhà khoa học suy luận khi đặt giả thuyết. Giữ giọng văn tự nhiên nhé:\n{p}",
            "Nhờ bạn dịch quy trình xử lý khiếu nại của công ty từ tiếng Việt sang tiếng Anh, văn phong trang trọng. {p}",
            "'Tư duy phản biện' dịch sang tiếng Anh là critical thinking đúng không, hay trong ngữ cảnh giáo dục có cách nói nào hay hơn?",
            "Mẹ mình nhận được thư bằng tiếng Anh từ trường của em gái, bạn dịch ra tiếng Việt đơn giản dễ hiểu giúp mình với.",
        ],
        "id": [
            "Tolong terjemahkan artikel ini ke bahasa Indonesia. Isinya tentang proses berpikir desain (design thinking), jadi istilah teknis boleh tetap bahasa Inggris kalau memang lazim:\n{p}",
            "Saya perlu terjemahan bahasa Inggris untuk SOP penerimaan barang di gudang kami. Gaya bahasanya formal ya. {p}",
            "Apa padanan yang pas untuk 'reasoning' dalam konteks filsafat? 'Penalaran' atau 'pertimbangan'? Saya lagi menerjemahkan buku ajar logika.",
            "Bisa bantu terjemahin pesan dari klien Jepang ini ke bahasa Indonesia? Dia nulis pakai bahasa Inggris campur-campur, agak bingung bacanya.",
        ],
        "tr": [
            "Bu İngilizce makaleyi Türkçeye çevirir misin? Konusu insanların karar verirken nasıl düşündüğü, yani bilişsel yanlılıklar; akıcı bir dil olsun:\n{p}",
            "Şirketimizin iş akışı dokümanını yabancı ortaklarımız için İngilizceye çevirmemiz gerekiyor. Resmi bir üslup kullan. {p}",
            "'Thinking aloud protocol' ifadesini Türkçe bir psikoloji tezinde nasıl karşılarız? 'Sesli düşünme protokolü' doğru mu?",
            "annem için şu kullanım kılavuzunu türkçeye çevirebilir misin, çamaşır makinesinin programları anlatılıyor",
        ],
        "it": [
            "Mi traduci in italiano questo saggio sul ragionamento scientifico? È per un corso di epistemologia, quindi cura la terminologia:\n{p}",
            "Ho bisogno della traduzione in inglese della nostra procedura interna di gestione dei reclami. Registro formale, per favore. {p}",
            "Come rendereste in italiano 'step-by-step reasoning' in un manuale per insegnanti? 'Ragionamento passo dopo passo' mi suona un po' goffo.",
            "Mi è arrivata una lettera in tedesco dal padrone di casa a Monaco, me la traduci in italiano? Non capisco se devo pagare qualcosa.",
        ],
    },
    "essay_feedback": {
        "hi": [
            "यह मेरा निबंध है, बोर्ड परीक्षा की तैयारी के लिए लिखा है। 20 में से अंक दीजिए और बताइए कि कहाँ सुधार की ज़रूरत है:\n{p}",
            "मैं कक्षा 8 की हिंदी शिक्षिका हूँ। छात्रों के निबंधों के लिए एक रूब्रिक बनाना है — विषय-वस्तु, भाषा, संरचना, मौलिकता। हर मानदंड के लिए 1 से 5 तक के स्तर समझा दीजिए।",
            "मेरे बेटे ने 'पर्यावरण प्रदूषण' पर निबंध लिखा है। उसे प्यार से फ़ीडबैक देना है, डाँटना नहीं। कुछ तारीफ़ और कुछ सुधार वाली बातें सुझाइए। {p}",
            "IELTS writing task 2 का अपना उत्तर भेज रहा हूँ। band score का अंदाज़ा और हर criterion पर टिप्पणी चाहिए।",
        ],
        "vi": [
            "Đây là bài nghị luận xã hội em viết, thầy cô chấm giúp em theo thang 10 và nhận xét ưu nhược điểm ạ:\n{p}",
            "Mình là giáo viên Ngữ văn, cần một bảng tiêu chí chấm bài văn nghị luận lớp 9 gồm: bố cục, lập luận, dẫn chứng, diễn đạt. Mỗi tiêu chí có mức điểm cụ thể.",
            "Chấm thử bài essay IELTS này theo 4 tiêu chí chính thức, cho band ước tính và góp ý cụ thể từng đoạn. {p}",
            "con mình viết bài văn tả mẹ, mình muốn góp ý sao cho con không nản. bạn gợi ý giúp cách nhận xét nhẹ nhàng nhé",
        ],
        "id": [
            "Ini esai saya untuk daftar beasiswa. Tolong beri nilai 1-10 dan komentar per paragraf, terutama soal alur argumennya:\n{p}",
            "Saya guru Bahasa Indonesia kelas XI. Bantu saya menyusun rubrik penilaian teks eksposisi dengan kriteria struktur, isi, kebahasaan, dan ejaan.",
            "Coba nilai esai mahasiswaku ini pakai rubrik yang kulampirkan, skor per kriteria plus saran perbaikan yang konkret. {p}",
            "Esai argumentasiku dapat nilai 68 dari dosen, katanya kurang koheren. Bisa jelasin maksudnya koherensi dan kasih contoh perbaikannya?",
        ],
        "tr": [
            "Sınava hazırlanırken yazdığım kompozisyon bu. 100 üzerinden puanlayıp güçlü ve zayıf yanlarını yazar mısın?\n{p}",
            "Edebiyat öğretmeniyim, 10. sınıf deneme yazıları için bir değerlendirme ölçeği hazırlıyorum: giriş-gelişme-sonuç, dil ve anlatım, özgünlük, yazım kuralları. Her ölçüt için puan aralıkları önerir misin?",
            "Öğrencimin makalesini aşağıdaki rubriğe göre değerlendir, her ölçüt için puan ve bir iki cümlelik yorum yaz. {p}",
            "hocam denememe 'tez cümlesi zayıf' yazmış. zayıf tez cümlesi ne demek, nasıl güçlendiririm?",
        ],
        "it": [
            "Questo è il mio tema per la maturità, me lo valuti in decimi con un commento su contenuto, forma e coerenza?\n{p}",
            "Insegno italiano alle medie e vorrei una griglia di valutazione per il testo argomentativo: pertinenza, organizzazione, lessico, correttezza ortografica. Mi proponi i descrittori per ogni livello?",
            "Correggi il saggio breve del mio studente secondo questa griglia e dammi un punteggio per voce, con suggerimenti concreti. {p}",
            "La prof mi ha scritto 'argomentazione debole' sul compito. Cosa intende di preciso? Come posso migliorare la prossima volta?",
        ],
    },
    "data_tooling": {
        "hi": [
            "मेरे ऐप की टेस्टिंग के लिए 20 नकली ग्राहक रिकॉर्ड बनाइए — नाम, शहर, मोबाइल नंबर (काल्पनिक), ईमेल। CSV फ़ॉर्मैट में दीजिए।",
            "इस डेटाबेस स्कीमा के लिए seed data चाहिए ताकि लोकल डेवलपमेंट में स्क्रीन पर कुछ दिखे: {p}",
            "हमारी Excel शीट में तारीखें अलग-अलग फ़ॉर्मैट में हैं (12/03/2023, 2023-03-12, 12 मार्च 2023)। इन्हें एक ही फ़ॉर्मैट में बदलने का Python कोड लिखिए।",
            "यूनिट टेस्ट के लिए फ़िक्स्चर चाहिए: कुछ सही और कुछ गलत पिन कोड, ताकि मैं वैलिडेशन फ़ंक्शन जाँच सकूँ। {p}",
        ],
        "vi": [
            "Tạo giúp mình 15 dòng dữ liệu giả cho bảng nhân viên: họ tên, phòng ban, ngày vào làm, lương. Xuất dạng CSV để import vào môi trường test.",
            "Mình có schema này, viết giúp file seed để chạy migration ở local nhé: {p}",
            "Cột số điện thoại trong file khách hàng lộn xộn quá: có số bắt đầu bằng +84, có số bắt đầu bằng 0, có cả dấu cách. Viết hàm pandas chuẩn hóa giúp mình.",
            "Cần fixture cho unit test hàm tính phí vận chuyển: vài trường hợp biên như cân nặng bằng 0, địa chỉ thiếu tỉnh, v.v. {p}",
        ],
        "id": [
            "Buatkan 25 baris data dummy untuk tabel produk toko online: nama produk, kategori, harga, stok. Format JSON array ya, buat testing frontend.",
            "Ini skema tabel kami, tolong buatkan seed data yang realistis untuk environment staging: {p}",
            "Data alamat dari formulir pendaftaran berantakan, ada yang tulis 'Jl.' ada yang 'Jalan', kodepos kadang kosong. Gimana cara bersihinnya pakai Python?",
            "Saya butuh test fixture untuk fungsi validasi NIK: beberapa contoh valid (fiktif) dan beberapa tidak valid beserta alasannya. {p}",
        ],
        "tr": [
            "Uygulamamızın demo ortamı için 30 satırlık sahte müşteri verisi üretir misin? Ad, soyad, il, kayıt tarihi; CSV olsun, gerçek kişilere benzemesin.",
            "Bu şema için geliştirme veritabanına yükleyebileceğim seed verisi yazar mısın: {p}",
            "Excel'deki fiyat sütununda '1.250,00 TL', '1250', '1,250.00' gibi karışık değerler var. Hepsini sayıya çeviren bir pandas fonksiyonu lazım.",
            "Birim testleri için fixture hazırla: geçerli ve geçersiz IBAN örnekleri (uydurma), geçersiz olanların neden geçersiz olduğunu da belirt. {p}",
        ],
        "it": [
            "Mi generi 20 righe di dati fittizi per una tabella clienti? Nome, cognome, città, codice fiscale finto, data di nascita. In CSV, mi servono per i test.",
            "Ho questo schema del database, mi prepari uno script di seed per l'ambiente di sviluppo? {p}",
            "Nel file degli ordini le date sono un disastro: '03/04/23', '2023-04-03', '3 aprile 2023'. Come le normalizzo con pandas?",
            "Servono delle fixture per testare il parser degli indirizzi: casi normali e casi limite (CAP mancante, civico con lettera, ecc.). {p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस लंबे लेख का सार 5 बिंदुओं में दीजिए:\n{p}",
            "आज की टीम मीटिंग के नोट्स बहुत बिखरे हुए हैं। इन्हें साफ़ करके निर्णय, जिम्मेदार व्यक्ति और समय-सीमा के हिसाब से व्यवस्थित कर दीजिए। {p}",
            "मुझे अपने शोध-पत्र का सार (abstract) 250 शब्दों से घटाकर 150 शब्दों में करना है, ध्यान रहे कि मुख्य निष्कर्ष न छूटें।",
            "ये जो छोटा सा नोट है इसे एक पूरे ईमेल में बदल दो, विनम्र भाषा में, मैनेजर को भेजना है",
        ],
        "vi": [
            "Tóm tắt bài báo này trong 3-4 câu giúp mình:\n{p}",
            "Biên bản họp hôm nay dài quá, rút gọn lại thành các ý chính: quyết định đã đưa ra, ai phụ trách, hạn chót. {p}",
            "Mình có mấy gạch đầu dòng ý tưởng, bạn viết thành một đoạn giới thiệu dự án khoảng 200 chữ nhé.",
            "Tóm tắt chương 3 cuốn 'Đắc nhân tâm' cho mình, ngắn gọn thôi, để ôn lại trước buổi sinh hoạt câu lạc bộ sách.",
        ],
        "id": [
            "Ringkas artikel berikut jadi satu paragraf pendek:\n{p}",
            "Notulen rapat tadi panjang banget. Tolong rangkum jadi poin keputusan, PIC, dan tenggat waktunya. {p}",
            "Tolong ringkas laporan tahunan ini jadi ringkasan eksekutif satu halaman untuk direksi, fokus ke kinerja keuangan dan risiko.",
            "Kembangkan poin-poin ini jadi artikel blog sekitar 500 kata dengan gaya santai: manfaat jalan kaki pagi, tips memulai, kesalahan umum.",
        ],
        "tr": [
            "Şu makaleyi beş maddede özetler misin?\n{p}",
            "Bugünkü toplantı notlarını toparla: alınan kararlar, sorumlular ve son tarihler ayrı başlıklar altında olsun. {p}",
            "Tez özetimi 300 kelimeden 200 kelimeye indirmem lazım, ana bulgular kaybolmasın.",
            "elimde birkaç madde var, bunları müşteriye gidecek düzgün bir bilgilendirme e-postasına dönüştürür müsün: teslimat 2 gün gecikecek, ek ücret yok, yeni tarih 14 mart",
        ],
        "it": [
            "Mi riassumi questo articolo in poche righe?\n{p}",
            "Il verbale della riunione di oggi è lunghissimo. Riducilo a: decisioni prese, chi se ne occupa, scadenze. {p}",
            "Devo accorciare l'abstract della mia tesi da 400 a 250 parole senza perdere i risultati principali. Come procederesti?",
            "Ho solo degli appunti sparsi per la newsletter del mese, me li trasformi in un testo scorrevole di circa 300 parole? Argomenti: nuova sede, orari estivi, evento di settembre.",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा Python कोड यह एरर दे रहा है। कृपया स्टेप बाय स्टेप समझाइए कि गड़बड़ कहाँ है और क्यों:\n{p}",
            "for loop में मेरी list का आख़िरी element हमेशा छूट जाता है। range(len(arr)-1) लिखा है — क्या दिक्कत यहीं है?",
            "इस फ़ंक्शन को n=4 के लिए हाथ से ट्रेस करके दिखाइए कि हर iteration में variables की वैल्यू क्या होती है। {p}",
            "React ऐप में बटन दबाने पर state अपडेट नहीं दिखती, console में कोई एरर भी नहीं है। किन-किन चीज़ों को एक-एक करके जाँचूँ?",
        ],
        "vi": [
            "Code của mình báo lỗi này, giải thích từng bước giúp nguyên nhân và cách sửa với:\n{p}",
            "Sao hàm đệ quy của mình bị RecursionError khi n lớn? Mình đã có điều kiện dừng rồi mà.",
            "Bạn trace giúp mình đoạn code này với input [3, 1, 2], ghi giá trị biến sau mỗi vòng lặp để mình thấy chỗ sai. {p}",
            "API trả về 500 nhưng log server không ghi gì cả. Mình nên kiểm tra theo thứ tự nào?",
        ],
        "id": [
            "Kodeku muncul error ini, tolong jelasin step by step kenapa bisa begitu dan cara benerinnya:\n{p}",
            "Query SQL saya mengembalikan baris duplikat setelah JOIN dua tabel. Kira-kira penyebabnya apa saja dan bagaimana cara mengeceknya?",
            "Tolong telusuri logika fungsi ini baris per baris pakai input 'abc', aku nggak ngerti kenapa hasilnya kebalik. {p}",
            "Aplikasi Android saya crash hanya di HP tertentu, logcat menunjukkan NullPointerException. Langkah debugging apa yang sebaiknya saya lakukan?",
        ],
        "tr": [
            "Kodum şu hatayı veriyor, sebebini adım adım açıklayıp nasıl düzelteceğimi söyler misin?\n{p}",
            "JavaScript'te setTimeout içindeki döngü değişkeni hep son değeri yazdırıyor, neden böyle oluyor?",
            "Şu fonksiyonu girdi 5 için satır satır takip eder misin? Her adımda değişkenlerin değerini yaz, hatayı bulamıyorum. {p}",
            "Docker container ayağa kalkıyor ama hemen kapanıyor, loglarda da pek bir şey yok. Nereden başlamalıyım?",
        ],
        "it": [
            "Il mio script va in errore con questo traceback, mi spieghi passo passo cosa succede e come risolvere?\n{p}",
            "Perché la mia funzione restituisce sempre None anche se dentro faccio il calcolo giusto? Ho controllato tre volte.",
            "Puoi seguire il flusso di questo codice con l'input [5, 2, 8] e dirmi il valore delle variabili a ogni giro del ciclo? {p}",
            "Il deploy in produzione funziona ma in locale ottengo 'connection refused' verso il database. Che controlli faresti, in ordine?",
        ],
    },
}
