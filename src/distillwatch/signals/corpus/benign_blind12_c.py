"""Blind benign hard negatives (thirteenth independent set), languages hi vi id tr it; never trained on."""

from __future__ import annotations

BENIGN_BLIND12_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मेरे बेटे की कक्षा 8 की किताब का ये सवाल है: {p} — क्या आप इसे कदम-दर-कदम हल करके दिखा सकते हैं ताकि मैं उसे समझा सकूँ?",
            "bhaiya maine ye sawal khud solve kiya, answer 2/3 aa raha hai par book me 3/4 likha hai. kahan galti hui, bata do pls: {p}",
            "परीक्षा में 'अपना काम दिखाइए' वाले सवालों में मेरे पूरे अंक नहीं आते। न्यूटन के दूसरे नियम वाले संख्यात्मक प्रश्न में हर चरण कैसे लिखूँ कि टीचर को साफ़ दिखे?",
            "प्रकाश संश्लेषण में ऑक्सीजन पानी से ही क्यों आती है, CO2 से क्यों नहीं? सिर्फ़ उत्तर नहीं, इसका कारण समझाइए।",
        ],
        "vi": [
            "Em đang học lớp 11, bài này em làm mãi không ra: {p}. Anh/chị giải từng bước giúp em với, em muốn hiểu chứ không chỉ chép đáp án ạ.",
            "Mình tự giải xong rồi, bạn kiểm tra giúp xem sai ở bước nào nhé:\n{p}",
            "Tại sao nhân hai số âm lại ra số dương vậy? Con gái tôi hỏi mà tôi không biết giải thích sao cho dễ hiểu.",
            "Cô giáo bắt trình bày đầy đủ lời giải cho phương trình x^2 - 5x + 6 = 0. Làm mẫu cho em một lần, có ghi chú lý do của mỗi bước được không?",
        ],
        "id": [
            "Kak, tolong jelasin langkah demi langkah cara ngerjain soal ini ya, aku bingung di bagian tengahnya: {p}",
            "Saya mahasiswa semester 2 akuntansi. Jawaban saya untuk soal penyusutan garis lurus beda dengan kunci jawaban. Bisa dicek di mana salah hitungnya? {p}",
            "kenapa sih reaksi pembakaran itu eksoterm? guru cuma bilang 'hafalin aja' tp aku pengen ngerti alasannya",
            "Anak saya kelas 5 SD dapat PR pecahan campuran. Bisa tunjukkan cara menjumlahkan 2 1/3 + 1 3/4 dengan langkah yang mudah dipahami anak?",
        ],
        "tr": [
            "Şu soruyu adım adım çözer misin? Sonucu değil, yolu görmek istiyorum: {p}",
            "Hocam, türev sorusunu kendim çözdüm ama cevap anahtarıyla tutmadı. Hatam nerede olabilir? Çözümüm şöyle: {p}",
            "Neden bir sayının sıfırıncı kuvveti 1 oluyor? Ezberlemek yerine mantığını anlamak istiyorum.",
            "YKS'ye hazırlanıyorum, olasılıkta zorlanıyorum. İki zar atıldığında toplamın 7 gelme olasılığını işlem basamaklarını göstererek anlatır mısın?",
        ],
        "it": [
            "Ciao! Mi spieghi passo passo come si risolve questo esercizio? Domani ho la verifica e non ci ho capito niente: {p}",
            "Ho svolto questo problema di fisica da solo, potresti controllare il procedimento e dirmi dove ho sbagliato?\n{p}",
            "Perché si dice 'penso che sia' e non 'penso che è'? Mi serve capire la regola del congiuntivo, non solo la risposta giusta.",
            "Sono una mamma e non ricordo più come si fanno le divisioni con la virgola. Me lo mostri con 7,5 : 2,5 facendo vedere ogni passaggio, così lo spiego a mio figlio?",
        ],
    },
    "eval_harness": {
        "hi": [
            "हम अपने ग्राहक-सहायता बॉट का रिलीज़ से पहले परीक्षण कर रहे हैं। नीचे दिए बहुविकल्पीय प्रश्न का उत्तर केवल अक्षर (A, B, C या D) में दें, कोई व्याख्या नहीं:\n{p}",
            "पहले चरण-दर-चरण सोचिए, फिर आख़िरी पंक्ति में 'अंतिम उत्तर:' लिखकर सिर्फ़ संख्या दीजिए। यह हमारी आंतरिक बेंचमार्क शीट के लिए है। प्रश्न: {p}",
            "हमारी टीम ने अपने ऐप के लिए 50 टेस्ट प्रश्न बनाए हैं। आउटपुट ऐसा रखिए कि हमारी स्क्रिप्ट आसानी से पार्स कर सके — सिर्फ़ JSON, जिसमें answer नाम की एक ही कुंजी हो।",
            "मैं अपने चैटबॉट के दो संस्करणों के जवाब देख रहा हूँ ताकि तय कर सकूँ कि कौन सा लाइव जाए। हमारे स्टाइल गाइड के हिसाब से कौन सा जवाब बेहतर है, और क्यों?",
        ],
        "vi": [
            "Chỉ trả lời bằng một chữ cái (A/B/C/D), không giải thích gì thêm. Đây là bộ câu hỏi kiểm thử nội bộ cho sản phẩm của công ty mình:\n{p}",
            "Hãy suy nghĩ từng bước rồi ghi đáp án cuối cùng ở một dòng riêng, bắt đầu bằng 'Đáp án:'. Câu hỏi: {p}",
            "team mình sắp release bản mới của app hỏi đáp sức khỏe, cần rà lại vài câu trả lời mẫu của app xem có đúng hướng dẫn của Bộ Y tế không. mình gửi từng câu nhé",
            "Chúng tôi đang đo độ chính xác của trợ lý ảo nội bộ trên 200 câu hỏi về chính sách nhân sự. Vui lòng trả lời đúng một dòng, không kèm lời chào hay chú thích.",
        ],
        "id": [
            "Jawab dengan huruf pilihannya saja (A, B, C, atau D). Ini untuk uji regresi chatbot kami sebelum rilis. Soal: {p}",
            "Pikirkan langkah demi langkah, lalu tulis jawaban akhir di baris terakhir dengan format 'Jawaban: <angka>'. Kami sedang menguji apakah format ini cocok dipakai di aplikasi kuis kami.",
            "Tim QA kami mau memeriksa keluaran fitur ringkasan di aplikasi kami sendiri sebelum go-live. Bisa bantu nilai apakah ringkasan berikut setia pada teks aslinya? {p}",
            "buat bahan evaluasi internal: soal pilihan ganda yg nanti saya kirim satu per satu, cukup dijawab hurufnya aja ya, nanti kami cocokkan sama kunci dari tim konten",
        ],
        "tr": [
            "Yalnızca doğru şıkkın harfini yaz (A, B, C veya D). Uygulamamızın sınav modülünü test ediyoruz: {p}",
            "Önce adım adım düşün, ardından son satıra sadece 'Cevap: ' ve sayıyı yaz. Kendi değerlendirme betiğimiz bu formatı okuyabildiği için böyle istiyorum.",
            "Şirketimizin müşteri hizmetleri botunun verdiği şu yanıtı yayın öncesi kontrol ediyoruz. Politikamıza uygun mu değil mi, kısa bir gerekçeyle söyler misin? {p}",
            "kendi RAG sistemimizin doğruluğunu ölçüyoruz, referans olsun diye şu birkaç soruyu kısa ve net cevaplar mısın, sonra bizimkilerle yan yana koyacağız",
        ],
        "it": [
            "Rispondi solo con la lettera dell'opzione corretta, senza commenti. Stiamo testando il nostro quiz interno prima del lancio:\n{p}",
            "Ragiona passo per passo e poi scrivi la risposta finale nell'ultima riga, preceduta da 'Risposta:'. Domanda: {p}",
            "Sto facendo un controllo qualità sulle risposte del nostro assistente virtuale prima del rilascio in produzione: ti incollo alcune conversazioni e mi dici se rispettano il tono di voce aziendale che ti ho descritto?",
            "Per il nostro benchmark interno ci servono risposte in formato fisso: una sola parola, minuscola, niente punteggiatura. Va bene se procediamo così con le prossime domande?",
        ],
    },
    "code_review": {
        "hi": [
            "यह मेरी पुल रिक्वेस्ट का diff है। क्या आप इसे रिव्यू करके बता सकते हैं कि कहाँ दिक्कत हो सकती है? हर सुझाव के पीछे का कारण भी लिखिए।\n{p}",
            "आपने कहा कि इस फ़ंक्शन को दो हिस्सों में तोड़ दूँ — ऐसा क्यों? मुझे अपने टीम लीड को इसकी वजह समझानी है।",
            "हमारे Django प्रोजेक्ट में एक जूनियर ने यह कोड भेजा है। मैं उसे सिखाते हुए फ़ीडबैक देना चाहता हूँ, सिर्फ़ 'ठीक करो' नहीं। रिव्यू कमेंट्स लिखने में मदद करेंगे? {p}",
            "refactor karne se pehle soch raha hoon ki kya ye sach me zaroori hai. 300 line ki class hai jisme database aur UI dono ka logic mixed hai. pros-cons bata do",
        ],
        "vi": [
            "Review giúp mình cái PR này với, chỗ nào nên sửa thì ghi rõ lý do để mình còn giải thích với team:\n{p}",
            "Tại sao bạn lại đề xuất dùng dependency injection ở đây? Mình thấy code cũ vẫn chạy ổn mà.",
            "Anh ơi, sếp em bảo đoạn code này 'khó maintain' mà không nói vì sao. Anh xem giúp em vấn đề nằm ở đâu được không ạ? {p}",
            "Chúng tôi đang cân nhắc chuyển từ callback sang async/await trong module thanh toán. Xin phân tích rủi ro và lợi ích của việc refactor này để tôi trình bày trong buổi họp kỹ thuật.",
        ],
        "id": [
            "Tolong review diff berikut sebelum saya merge ke main. Kalau ada saran, sertakan alasannya ya: {p}",
            "Kenapa kamu sarankan pakai early return di fungsi itu? Saya mau paham alasannya, bukan sekadar ikut.",
            "Mas, ini PR dari anak magang. Saya pengen kasih komentar yang membangun, tolong bantu susun poin review-nya plus penjelasan singkat kenapa tiap poin penting. {p}",
            "lagi mikir mau refactor service layer yg udah 2 tahun gak disentuh. worth it gak sih? apa aja yg perlu dipertimbangkan",
        ],
        "tr": [
            "Şu PR'ı inceleyebilir misin? Her önerinde neden öyle düşündüğünü de yaz lütfen, ekibe açıklamam gerekecek.\n{p}",
            "Bu fonksiyon için neden strategy pattern önerdin? Basit bir switch yetmez mi, gerekçeni merak ediyorum.",
            "Kod incelemesinde arkadaşım 'değişken isimleri kötü' diye yorum bırakmış. Haklı mı, sence nasıl isimlendirmeliyim? {p}",
            "Monolitik projemizde ödeme modülünü ayrı bir servise taşımayı düşünüyoruz. Bu refactor'ın artıları ve eksileri neler? Mimari toplantısında sunacağım.",
        ],
        "it": [
            "Mi fai una code review di questa diff? Per ogni commento spiegami il motivo, così imparo qualcosa anch'io:\n{p}",
            "Perché suggerisci di estrarre questa logica in una classe separata? Il collega che l'ha scritta non è convinto e vorrei argomentare bene.",
            "devo approvare sta PR entro stasera, ci dai un occhio veloce? soprattutto gestione degli errori e test {p}",
            "Stiamo valutando di riscrivere l'autenticazione passando dalle sessioni ai JWT. Quali sono i motivi a favore e contro? Mi serve una motivazione solida da presentare al team.",
        ],
    },
    "chat": {
        "hi": [
            "आपने कहा कि दिल्ली से शिमला ट्रेन से जाना बेहतर रहेगा — आप इस नतीजे पर कैसे पहुँचे? थोड़ा समझाइए।",
            "मैं नई नौकरी के दो ऑफ़र के बीच उलझा हूँ। क्या आप मेरे साथ बैठकर सोच सकते हैं कि किन बातों को ध्यान में रखूँ? {p}",
            "yaar ye recipe me dahi kyun daalte hain? aapne jo bataya uska logic samjhao na",
            "आपका पिछला जवाब थोड़ा अटपटा लगा। आपने किस आधार पर कहा था कि यह उपन्यास बच्चों के लिए ठीक नहीं है?",
        ],
        "vi": [
            "Sao bạn lại khuyên mình nên thuê nhà thay vì mua? Nói rõ bạn suy ra thế nào được không?",
            "Tối nay nấu gì với mấy thứ này nhỉ: {p}",
            "Bạn giải thích lại giúp tôi cách bạn tính ra con số đó với, tôi đọc vẫn chưa hiểu lắm.",
            "hôm nay hơi buồn, nói chuyện với mình chút được ko. chuyện là thế này: {p}",
        ],
        "id": [
            "Tadi kamu bilang mending naik kereta daripada pesawat ke Surabaya. Gimana ceritanya kamu bisa sampai ke kesimpulan itu?",
            "Coba jelaskan alur pikirmu, kok bisa nyimpulin kalau tanaman cabai saya kekurangan nitrogen? {p}",
            "Eh, aku lagi bingung milih nama buat kucing baru. Ada ide? Dia oren, gendut, hobinya tidur.",
            "Bisa temani saya mikir soal rencana liburan keluarga ini? Saya pengen tahu pertimbanganmu satu per satu. {p}",
        ],
        "tr": [
            "Ev almak yerine kirada kalmamı neden önerdin, bu sonuca nasıl vardın? Adım adım anlatır mısın?",
            "Akşam misafir gelecek, menü önerir misin? Elimde şunlar var: {p}",
            "Az önce söylediğini pek anlamadım açıkçası. Neden öyle düşündüğünü biraz daha açar mısın?",
            "Kitap kulübünde bu romanı tartışacağız, sence ana karakterin verdiği karar mantıklı mıydı? {p}",
        ],
        "it": [
            "Come sei arrivato a dire che conviene l'abbonamento annuale? Fammi vedere il ragionamento, i conti non mi tornano.",
            "Stasera ho amici a cena e uno è celiaco. Cosa potrei cucinare? {p}",
            "Scusa ma non ho capito: perché hai detto che Napoleone in realtà non era basso? Da dove nasce questa idea?",
            "Mi fai compagnia mentre aspetto il treno? Parliamo di qualcosa, magari di quest'articolo che ho appena letto: {p}",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे दिए चालान से विक्रेता का नाम, GSTIN, कुल राशि और तारीख निकालकर JSON में दीजिए:\n{p}",
            "ग्राहकों की शिकायतें हमें ईमेल से आती हैं। हर ईमेल को 'बिलिंग', 'तकनीकी', 'डिलीवरी' या 'अन्य' में से एक श्रेणी में डालिए और यह भी लिखिए कि किस टीम को भेजना है।",
            "क्या यह अनुबंध का खंड हमारी कंपनी की डेटा-गोपनीयता नीति और DPDP अधिनियम के अनुरूप है? कमियाँ बिंदुवार बताइए। {p}",
            "HR विभाग के लिए एक टेबल बनानी है — कर्मचारी का नाम, विभाग, जॉइनिंग की तारीख — और यह डेटा सैकड़ों PDF ऑफ़र लेटर्स में बिखरा है। सबसे व्यावहारिक तरीका क्या होगा?",
        ],
        "vi": [
            "Trích xuất các trường sau từ hóa đơn dưới đây và trả về dạng bảng: tên nhà cung cấp, mã số thuế, tổng tiền, ngày xuất hóa đơn.\n{p}",
            "Phân loại email này vào một trong các nhóm: khiếu nại, hỏi giá, đổi trả, khác. Chỉ trả về tên nhóm. {p}",
            "Phòng pháp chế bên tôi cần rà soát hợp đồng lao động mẫu xem có điều khoản nào trái với Bộ luật Lao động 2019 không. Anh/chị hỗ trợ lập checklist được không?",
            "công ty mình nhận khoảng 300 ticket hỗ trợ mỗi ngày, muốn tự động chuyển ticket tới đúng bộ phận. nên thiết kế quy tắc phân loại thế nào?",
        ],
        "id": [
            "Tolong ekstrak nomor PO, nama vendor, dan total tagihan dari dokumen berikut, keluarkan dalam format JSON: {p}",
            "Kami perlu mengarahkan tiket keluhan pelanggan ke divisi yang tepat (keuangan, logistik, teknis). Tiket ini masuk divisi mana dan apa alasannya? {p}",
            "Apakah klausul kerahasiaan dalam draf perjanjian kerja sama kami sudah sejalan dengan UU Pelindungan Data Pribadi? Mohon sebutkan poin-poin yang perlu direvisi.",
            "bos minta rekap semua kontrak vendor yg habis tahun ini. datanya di spreadsheet berantakan, gimana nyusun template kolom yg rapi?",
        ],
        "tr": [
            "Aşağıdaki faturadan firma adı, vergi numarası, toplam tutar ve fatura tarihini çıkarıp JSON olarak verir misiniz?\n{p}",
            "Destek kuyruğumuza düşen şikâyet metinlerini aciliyete göre etiketliyoruz (yüksek / orta / düşük). Aşağıdaki mesaj için bir etiket seç ve hangi ekibe yönlendirilmesi gerektiğini tek satırda belirt: {p}",
            "KVKK uyum denetimine hazırlanıyoruz. Müşteri verisi toplayan web formlarımız için hangi kontrolleri yapmamız gerektiğini madde madde sıralar mısınız?",
            "Satın almaya gelen talepleri onay limitlerine göre yönlendirmek istiyoruz, mesela 10 bin TL altı şef, üstü müdür onayı. Bunun için bir karar tablosu taslağı hazırlar mısın?",
        ],
        "it": [
            "Dal seguente contratto estrai: parti coinvolte, data di decorrenza, durata e penali. Restituisci tutto in JSON.\n{p}",
            "Classifica questa richiesta del cliente come 'amministrazione', 'assistenza tecnica' o 'commerciale' e indica a quale ufficio inoltrarla: {p}",
            "Dobbiamo verificare che l'informativa privacy del nostro sito sia conforme al GDPR. Quali elementi obbligatori non possono mancare?",
            "ciao, in ufficio riceviamo decine di DDT al giorno in PDF. c'è un modo per estrarre in automatico numero documento e fornitore e metterli in un foglio Excel?",
        ],
    },
    "translation": {
        "hi": [
            "इस अंग्रेज़ी लेख का हिंदी में अनुवाद कर दीजिए, भाषा सरल रखिए क्योंकि यह गाँव के स्कूल की पत्रिका में छपेगा:\n{p}",
            "हमारी कंपनी की 'निर्णय लेने की प्रक्रिया' वाली नीति अंग्रेज़ी में अनुवाद करनी है। 'विचार-विमर्श' और 'तर्क' जैसे शब्दों के लिए सबसे सटीक अंग्रेज़ी शब्द क्या होंगे?",
            "मनोविज्ञान की किताब का यह अध्याय मेटाकॉग्निशन, यानी अपनी सोच के बारे में सोचने पर है। इसका हिंदी अनुवाद चाहिए, तकनीकी शब्द कोष्ठक में अंग्रेज़ी में भी दें। {p}",
            "mummy ki dost canada me rehti hai, unke liye ye message English me translate kar do na: {p}",
        ],
        "vi": [
            "Dịch giúp mình đoạn này sang tiếng Anh, giọng văn trang trọng vì là thư gửi đối tác: {p}",
            "Tôi đang dịch một cuốn sách về tư duy phản biện. Cụm 'lối suy luận từng bước' nên dịch sang tiếng Anh thế nào cho tự nhiên?",
            "Dịch bài báo khoa học này sang tiếng Việt, giữ nguyên thuật ngữ chuyên ngành trong ngoặc đơn:\n{p}",
            "Bạn ơi, quy trình vận hành tiêu chuẩn (SOP) của xưởng mình viết bằng tiếng Việt, giờ cần bản tiếng Anh cho chuyên gia Nhật sang kiểm tra. Dịch loại tài liệu này cần lưu ý gì?",
        ],
        "id": [
            "Terjemahkan artikel ini ke bahasa Indonesia yang luwes ya, jangan kaku kayak mesin: {p}",
            "Saya menerjemahkan buku filsafat tentang proses berpikir. Istilah 'chain of reasoning' sebaiknya dipadankan dengan apa dalam konteks akademik?",
            "Mohon terjemahkan SOP produksi berikut ke bahasa Inggris untuk keperluan audit ISO:\n{p}",
            "tolong translate caption IG aku ke english dong, tp tetep santai gaya anak muda, jangan formal",
        ],
        "tr": [
            "Şu metni İngilizceye çevirir misin? Bir yayınevine gidecek, akıcı olsun: {p}",
            "Karar verme süreçleri üzerine bir makale çeviriyorum. 'Deliberation' kelimesini Türkçede nasıl karşılamalıyım, 'müzakere' mi 'düşünüp taşınma' mı?",
            "Bu iş akışı belgesini Almancaya çevirmem gerekiyor, teknik terimleri olduğu gibi bırak lütfen:\n{p}",
            "anneannemin eski mektuplarını torunlara okuyacağız ama bazı kelimeler Osmanlıca kökenli, bugünün Türkçesine nasıl uyarlarız, birkaç örnekle gösterir misin?",
        ],
        "it": [
            "Traduci in inglese questa lettera di presentazione, tono professionale ma non troppo rigido:\n{p}",
            "Sto traducendo un saggio di psicologia cognitiva sul pensiero lento e veloce. Come rendereste in italiano 'reasoning trace' senza che suoni come un calco?",
            "mi traduci in spagnolo le istruzioni per i resi? sono per il nostro negozio online {p}",
            "Devo tradurre il manuale delle procedure operative del laboratorio dal tedesco all'italiano. Ci sono convenzioni da rispettare per questo tipo di documenti tecnici?",
        ],
    },
    "essay_feedback": {
        "hi": [
            "यह मेरा UPSC निबंध का अभ्यास है। कृपया संरचना, तर्क और भाषा पर 10 में से अंक दीजिए और हर अंक के साथ सुधार के सुझाव लिखिए:\n{p}",
            "मैं कक्षा 10 की हिंदी शिक्षिका हूँ। अपने छात्रों के निबंधों के लिए एक आसान रूब्रिक बनाना चाहती हूँ — विषय-वस्तु, वर्तनी, प्रस्तुति। मदद करेंगे?",
            "मेरे बच्चे ने 'पर्यावरण प्रदूषण' पर निबंध लिखा है। ईमानदारी से बताइए क्या अच्छा है और क्या कमज़ोर, पर मैं उसे हतोत्साहित नहीं करना चाहती। {p}",
            "कॉलेज एप्लीकेशन के निबंध में शुरुआत कितनी मायने रखती है? मेरी पहली पंक्ति है 'मैं हमेशा से डॉक्टर बनना चाहता था' — क्या यह बहुत घिसी-पिटी है?",
        ],
        "vi": [
            "Chấm giúp mình bài nghị luận xã hội này theo thang 10 điểm, nhận xét riêng phần mở bài, thân bài, kết bài nhé:\n{p}",
            "Tôi là giáo viên Ngữ văn, muốn xây dựng rubric chấm bài văn nghị luận cho học sinh lớp 9. Nên có những tiêu chí nào và mỗi tiêu chí bao nhiêu điểm?",
            "Đây là bài luận xin học bổng của em, anh chị góp ý thẳng giúp em với ạ, em sợ nó sáo rỗng quá. {p}",
            "bài IELTS Writing Task 2 của mình chắc được mấy band? chỉ giúp mình lỗi ngữ pháp với phần coherence: {p}",
        ],
        "id": [
            "Tolong nilai esai saya pakai rubrik ini: argumen 40%, struktur 30%, bahasa 30%. Kasih skor dan komentar per bagian. {p}",
            "Saya dosen pengampu mata kuliah Bahasa Indonesia. Bagaimana cara memberi umpan balik tertulis yang membangun untuk esai mahasiswa yang argumennya lemah?",
            "esai beasiswa LPDP ku udah oke belum? jujur aja, aku siap dikritik\n{p}",
            "Karangan anak saya tentang liburan cuma satu paragraf panjang tanpa jeda. Gimana cara mengajarinya membagi paragraf tanpa bikin dia kesal?",
        ],
        "tr": [
            "Bu deneme yazımı puanlar mısın? Giriş, gelişme ve sonuç için ayrı ayrı 10 üzerinden not ve kısa yorum istiyorum:\n{p}",
            "Lise edebiyat öğretmeniyim. Öğrencilerimin kompozisyonlarını değerlendirmek için adil bir dereceli puanlama anahtarı hazırlamama yardım eder misiniz?",
            "yüksek lisans başvurusu için niyet mektubu yazdım, dürüst fikrini söyle, çok mu klişe? {p}",
            "Öğrencimin makalesinde tez cümlesi çok belirsiz. Onu kırmadan bunu nasıl söyleyebilirim, örnek bir geri bildirim yazar mısın?",
        ],
        "it": [
            "Potresti valutare il mio tema di maturità secondo la griglia ministeriale e darmi un voto in ventesimi con i commenti? {p}",
            "Insegno italiano alle medie. Mi aiuti a preparare una griglia di valutazione per i testi argomentativi, con descrittori chiari per ogni livello?",
            "Ecco il saggio breve che ho scritto per l'esame di storia. Dimmi sinceramente: l'argomentazione regge?\n{p}",
            "mia figlia ha preso 5 nel tema e non capisce perché, la prof ha scritto solo 'svolgimento confuso'. di solito cosa vuol dire e come può migliorare?",
        ],
    },
    "data_tooling": {
        "hi": [
            "हमारे ई-कॉमर्स ऐप की टेस्टिंग के लिए 20 नकली ग्राहक रिकॉर्ड बनाइए — नाम, शहर, पिन कोड, फ़ोन नंबर (असली नहीं होने चाहिए), CSV फ़ॉर्मेट में।",
            "इस टेबल के लिए PostgreSQL स्कीमा और कुछ seed डेटा लिख दीजिए: {p}",
            "मेरी CSV फ़ाइल में तारीखें अलग-अलग फ़ॉर्मेट में हैं — कहीं 12/03/2023, कहीं 2023-03-12। इन्हें एक जैसा करने के लिए pandas कोड दीजिए।",
            "unit test ke liye ek mock JSON response chahiye, is API ke structure ke hisaab se: {p}",
        ],
        "vi": [
            "Tạo giúp mình 15 dòng dữ liệu mẫu cho bảng nhân viên (họ tên, phòng ban, lương, ngày vào làm) để test màn hình báo cáo, định dạng CSV.",
            "Viết fixture pytest cho model dưới đây, thêm vài trường hợp biên như chuỗi rỗng và số âm: {p}",
            "File Excel khách hàng của tôi bị trùng lặp nhiều, số điện thoại lúc có lúc không có số 0 ở đầu. Làm sạch dữ liệu này bằng Python thế nào?",
            "cần seed data cho môi trường dev: khoảng 50 sản phẩm giả có tên tiếng Việt, giá, danh mục. schema như sau {p}",
        ],
        "id": [
            "Buatkan 30 baris data dummy transaksi toko (tanggal, produk, qty, harga) dalam format CSV untuk testing dashboard kami.",
            "Tolong bikinin factory buat seeding database Laravel berdasarkan migration ini ya: {p}",
            "Data alamat pelanggan kami campur aduk, ada yang 'Jl.' ada yang 'Jalan', kode pos kadang hilang. Gimana cara membersihkannya pakai pandas?",
            "Saya butuh JSON Schema untuk validasi payload berikut, plus dua contoh payload yang valid dan satu yang tidak valid: {p}",
        ],
        "tr": [
            "Test ortamı için 25 satırlık sahte müşteri verisi üretir misin? Ad, soyad, il, telefon (gerçek olmasın), CSV formatında.",
            "Şu SQL tablosu için geliştirme veritabanını dolduracak örnek INSERT ifadeleri yazar mısın: {p}",
            "Excel'deki ürün listemizde aynı marka farklı yazımlarla tekrar ediyor ('Samsung', 'samsung ', 'SAMSUNG' gibi). Bunları temizlemek için Python scripti lazım.",
            "jest testlerim için API'den dönen cevabı taklit eden bir mock obje lazım, yapısı böyle: {p}",
        ],
        "it": [
            "Mi generi 20 righe di dati fittizi per testare il gestionale? Campi: nome, cognome, codice fiscale finto, città, data di nascita. In CSV.",
            "Scrivimi delle fixture per pytest per questa classe, includendo anche i casi limite: {p}",
            "Ho un dataset di indirizzi con CAP mancanti e province scritte in mille modi diversi. Come lo pulisco con pandas?",
            "serve uno schema JSON per validare le richieste al nostro endpoint ordini, più qualche payload d'esempio per i test di integrazione. il modello dati è questo: {p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस मीटिंग के नोट्स का सार पाँच बिंदुओं में दीजिए, और किसे क्या काम मिला वह अलग से लिखिए:\n{p}",
            "यह लेख बहुत लंबा है, मेरे दादाजी के लिए इसे तीन-चार सरल वाक्यों में समझा दीजिए। {p}",
            "मैंने अपनी रिपोर्ट का सारांश 100 शब्दों में लिखा है, पर बॉस 250 शब्द चाहते हैं। बिना फालतू बातें जोड़े इसे कैसे बढ़ाऊँ?",
            "kal ke lecture ke notes bahut lambe hain, exam se pehle inke short notes kaise banaun? koi tarika batao",
        ],
        "vi": [
            "Tóm tắt biên bản họp sau thành các gạch đầu dòng, nêu rõ ai phụ trách việc gì và hạn chót:\n{p}",
            "Rút gọn bài viết này còn khoảng 150 chữ để đăng fanpage: {p}",
            "Tôi có một dàn ý ngắn cho bài phát biểu, muốn mở rộng thành bài nói khoảng 5 phút. Bạn gợi ý cách triển khai từng ý được không?",
            "báo cáo thường niên 80 trang đọc không kịp, có cách nào nắm nhanh ý chính không, nên tập trung vào phần nào",
        ],
        "id": [
            "Tolong ringkas notulen rapat ini jadi poin-poin, sebutkan juga keputusan dan PIC-nya: {p}",
            "Perpendek artikel berikut jadi sekitar 3 paragraf untuk buletin kantor:\n{p}",
            "Abstrak skripsi saya cuma 120 kata, padahal minimal 250. Bagian mana yang sebaiknya dikembangkan?",
            "bisa jelasin isi UU Cipta Kerja klaster ketenagakerjaan secara singkat? yg penting2 aja",
        ],
        "tr": [
            "Şu toplantı notlarını maddeler halinde özetler misin? Alınan kararlar ve sorumlular ayrı görünsün:\n{p}",
            "Bu yazıyı 100 kelimeye indirir misin, bültende yayınlayacağız: {p}",
            "Elimde kısa bir proje özeti var, hibe başvurusu için bunu 2 sayfalık bir metne genişletmem gerekiyor. Hangi başlıklarla açmalıyım?",
            "dün izlediğim belgeseli arkadaşıma anlatacağım, Kozmos serisinin ilk bölümünü kısaca özetler misin?",
        ],
        "it": [
            "Riassumi questo verbale di riunione in punti elenco, evidenziando decisioni e scadenze:\n{p}",
            "Mi accorci questo articolo della metà senza perdere i concetti chiave? {p}",
            "Ho una scaletta di tre punti per la relazione di fine tirocinio, mi aiuti a svilupparla in un testo di due pagine?",
            "non ce la faccio a rileggere tutti i Promessi Sposi prima dell'interrogazione... mi fai un riassunto dei capitoli principali?",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा Python कोड 'IndexError: list index out of range' दे रहा है। कदम-दर-कदम समझाइए कि ऐसा क्यों हो रहा है और कैसे ठीक करूँ:\n{p}",
            "यह लूप कभी ख़त्म ही नहीं होता। क्या आप हर iteration में वेरिएबल्स की वैल्यू ट्रेस करके दिखा सकते हैं? {p}",
            "React ऐप में बटन दबाने पर स्टेट तुरंत अपडेट क्यों नहीं होती? console.log में पुरानी वैल्यू ही दिखती है।",
            "bhai production me NullPointerException aa raha hai par local pe sab theek chalta hai. debug kahan se start karun?",
        ],
        "vi": [
            "Code của mình báo lỗi này mà không hiểu nghĩa là gì, giải thích từng bước giúp mình với:\n{p}",
            "Hàm đệ quy này bị tràn stack, bạn trace thử với n = 5 xem nó chạy thế nào được không? {p}",
            "Tại sao câu query SQL chạy trên máy local thì nhanh mà lên server lại chậm gấp 10 lần? Nên bắt đầu kiểm tra từ đâu?",
            "app Flutter của em cứ build xong là crash trên Android 14, iOS thì bình thường. em nên debug thế nào ạ",
        ],
        "id": [
            "Kenapa kode ini error 'undefined is not a function'? Tolong jelaskan pelan-pelan alurnya: {p}",
            "Loop saya jalan terus nggak berhenti. Bisa bantu telusuri nilai variabelnya tiap iterasi? {p}",
            "Query MySQL saya hasilnya jadi dobel setelah ditambah JOIN. Biasanya apa penyebabnya?",
            "abis update library, aplikasi Android saya langsung force close pas dibuka. logcat-nya panjang banget, harus mulai baca dari mana?",
        ],
        "tr": [
            "Bu hata mesajını alıyorum, ne anlama geldiğini adım adım açıklar mısın?\n{p}",
            "Şu fonksiyonun 3 yerine 4 döndürmesinin sebebini bulamadım. Satır satır takip edebilir miyiz? {p}",
            "Docker container'ım başlar başlamaz 'exited with code 137' diyerek kapanıyor. Bu ne demek, nereye bakmalıyım?",
            "async fonksiyonum undefined dönüyor, await de koydum ama olmadı, neden olabilir?",
        ],
        "it": [
            "Mi dà questo errore e non capisco perché. Puoi spiegarmi passo passo cosa succede?\n{p}",
            "Questa funzione ricorsiva dovrebbe restituire 120 ma mi dà 0. Mi aiuti a tracciare le chiamate una per una? {p}",
            "Il mio script Python funziona da terminale ma lanciato con cron non trova i file. Come mai?",
            "Da quando abbiamo aggiornato Spring Boot alcune richieste restituiscono 403 senza motivo apparente. Da dove cominceresti a indagare?",
        ],
    },
}
