"""Blind benign hard negatives (sixth independent set), languages hi vi id tr it; never trained on."""

from __future__ import annotations

BENIGN_BLIND5_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "यार ये सवाल कल से अटका हुआ है 😩 {p}\nहर स्टेप अलग से लिखकर समझाना, खासकर तीसरी लाइन वाला हिस्सा कि वहाँ तक कैसे पहुँचे",
            "मैंने इसका जवाब 42 निकाला है लेकिन किताब के पीछे 38 दिया है। मेरी कॉपी वाला हल नीचे है, बता दो गलती कहाँ हुई?",
            "Sir ne class me ye topic bahut jaldi karaya tha, kuch samajh nahi aaya. Aise samjhao jaise main 7th class me hoon: {p}",
            "प्रश्न: {p}\nकृपया केवल उत्तर न दें, हर चरण के पीछे का कारण भी बताइए ताकि परीक्षा में खुद कर सकूँ।",
        ],
        "vi": [
            "mn ơi giải giúp em bài này với, mai kiểm tra rồi 😭 {p} ghi rõ từng bước nha, em hay sai ở chỗ đổi dấu",
            "Em làm ra x = -3 nhưng thế lại vào phương trình thì không khớp. Anh/chị xem giúp em sai ở dòng nào ạ?",
            "Giải thích cho em đơn giản thôi, kiểu như nói với đứa em lớp 6 ấy, vì sao chỗ này lại dùng định lý Pytago: {p}",
            "Bài tập về nhà môn Hóa. Em không cần đáp án ngay đâu, chỉ cần gợi ý hướng làm rồi em tự làm tiếp, sai thì chị sửa sau nhé.",
        ],
        "id": [
            "kak tolong bantuin PR matematika aku dong, udah coba 3x tetep salah: {p}\njelasin langkahnya satu-satu ya",
            "Saya sudah mengerjakan soal ini dan hasilnya 12,5 cm². Bisa dicek apakah benar? Kalau salah, di langkah mana kelirunya?",
            "jelasin kayak ke anak SD aja, kenapa kalo dibagi pecahan itu jadinya dikali kebalikannya? guru aku cuma bilang 'hafalin aja'",
            "Soal fisika: {p}\nMohon tunjukkan rumus yang dipakai dan alasan memilih rumus itu, bukan cuma angka akhirnya.",
        ],
        "tr": [
            "Hocam şu soruyu bir türlü çözemedim, adım adım gösterir misiniz? {p}",
            "cevabı 7 buldum ama test kitabında D şıkkı yani 9 diyor. benim çözümüm aşağıda, nerede hata yaptım acaba",
            "Bunu bana 12 yaşındaki bir çocuğa anlatır gibi anlatabilir misin? Türev neden eğimi veriyor, hiç oturmadı kafamda.",
            "Ödev sorusu: {p}\nSadece sonucu yazma lütfen, her adımda neden o işlemi yaptığını da kısaca açıkla. Sınavda kendim yapmam lazım.",
        ],
        "it": [
            "Ciao! Domani ho la verifica di mate e non mi torna questo esercizio: {p} me lo spieghi passo per passo?",
            "Ho fatto l'esercizio ma il risultato del libro è diverso dal mio. Ti incollo il mio procedimento, mi dici dov'è l'errore senza rifarmelo tutto?",
            "spiegamelo come se avessi 12 anni perché la prof l'ha fatto in 5 minuti e nessuno ha capito niente: {p}",
            "Mi serve capire il *perché* della regola di Ruffini, non solo come si applica. Puoi farmi un esempio semplice e poi dirmi dove sbagliano di solito gli studenti?",
        ],
    },
    "eval_harness": {
        "hi": [
            "निम्नलिखित प्रश्न का उत्तर दें। पहले संक्षेप में तर्क लिखें, फिर अंतिम पंक्ति में केवल इस रूप में उत्तर दें: उत्तर: <संख्या>\n\n{p}",
            "बहुविकल्पीय प्रश्न। सही विकल्प का केवल अक्षर (क/ख/ग/घ) लिखें, कोई व्याख्या नहीं।\n\n{p}",
            "नीचे दिया गया कथन पढ़ें और सिर्फ़ 'सत्य' या 'असत्य' लिखें। इसके अलावा कुछ भी लिखा तो स्वचालित जाँच उसे गलत मानेगी।",
            "मूल्यांकन निर्देश: उत्तर ठीक उसी वर्तनी में दें जैसी संदर्भ उत्तर में अपेक्षित है; अतिरिक्त शब्द, विराम चिह्न या इकाई न जोड़ें, वरना exact-match में अंक कटेंगे।",
        ],
        "vi": [
            "Bài kiểm tra sinh code: chỉ trả về phần thân hàm Python, không kèm markdown, không giải thích. Hàm sẽ được chạy với bộ test ẩn.\n\n{p}",
            "Hãy suy nghĩ từng bước, sau đó ghi đáp án cuối cùng trên một dòng riêng theo dạng: ĐÁP ÁN: ...\n\nĐề bài: {p}",
            "[Bộ đánh giá nội bộ - tập toán tiểu học]\nĐịnh dạng đầu ra: một số nguyên duy nhất, không đơn vị, không dấu chấm cuối câu.",
            "Ví dụ:\nCâu hỏi: Thủ đô của Úc là gì?\nTrả lời: Canberra\n\nCâu hỏi: {p}\nTrả lời:",
        ],
        "id": [
            "Jawablah soal pilihan ganda berikut dengan satu huruf saja (A–E). Jangan tambahkan penjelasan.\n\n{p}",
            "Ini bagian dari uji kalibrasi. Jika Anda tidak yakin dengan jawabannya, tulis persis 'tidak tahu' daripada menebak.",
            "Soal 1: Berapa hasil 7 × 8?\nJawaban: 56\n\nSoal 2: Ibu kota Jawa Barat adalah?\nJawaban: Bandung\n\nSoal 3: {p}\nJawaban:",
            "Catatan untuk evaluasi otomatis: bulatkan hasil ke 2 angka desimal, pakai titik sebagai pemisah desimal, dan tuliskan hanya angkanya.",
        ],
        "tr": [
            "Aşağıdaki soruyu çöz. Akıl yürütmeni kısaca yaz, en son satıra yalnızca `Cevap: X` yaz.\n\n{p}",
            "Değerlendirme seti v2, bölüm: okuduğunu anlama. Yanıtı metinden birebir alıntı olarak ver, kendi cümlelerinle yazma; skorlama tam eşleşme ile yapılıyor.",
            "Çoktan seçmeli — yalnızca doğru şıkkın harfini döndür (A, B, C, D veya E).\n{p}",
            "Sadece 'Evet' ya da 'Hayır' ile yanıtla, başka bir şey ekleme. Çıktılar bir betikle otomatik karşılaştırılacak.",
        ],
        "it": [
            "Rispondi alla seguente domanda a scelta multipla indicando solo la lettera corretta.\n\n{p}\n\nRisposta:",
            'Ragiona passo dopo passo, poi scrivi la risposta finale da sola sull\'ultima riga, preceduta da "RISPOSTA FINALE:".',
            "Formato richiesto dal nostro script di valutazione: un solo numero intero, senza unità di misura né testo aggiuntivo. Domanda: {p}",
            'Esempio 1 — Domanda: Quanti lati ha un esagono? Risposta: 6\nEsempio 2 — Domanda: Qual è il plurale di "uovo"? Risposta: uova\nOra tocca a te.',
        ],
    },
    "code_review": {
        "hi": [
            "भाई ये PR देख लो merge से पहले 🙏 {p}\nहर comment के साथ बताना कि क्यों बदलना चाहिए, सिर्फ 'ये ठीक नहीं' मत लिखना",
            "कृपया इस फ़ंक्शन की कोड समीक्षा करें। प्रत्येक समस्या के लिए गंभीरता (उच्च/मध्यम/निम्न) और एक पंक्ति का औचित्य दें।",
            "मेरे सीनियर ने कहा कि यहाँ for loop की जगह map इस्तेमाल करो। क्या ये सच में बेहतर है या बस style की बात है? कोड: {p}",
            "Security ke angle se review karo — SQL injection, hardcoded secrets wagairah. Jo bhi mile uske saath line number aur kyun risky hai wo likhna.",
        ],
        "vi": [
            "Review giúp mình đoạn code này trước khi tạo PR nhé: {p}\nMỗi góp ý ghi rõ lý do và mức độ nghiêm trọng (cao/trung bình/thấp).",
            "Team mình đang cãi nhau nên dùng async/await hay callback cho chỗ này. Bạn phân tích ưu nhược từng cách giúp, dựa trên đoạn code bên dưới.",
            "anh xem giúp em hàm này có bị rò rỉ bộ nhớ không, nếu sửa thì tại sao cách sửa đó tốt hơn {p}",
            "Nhờ đánh giá code theo checklist: đặt tên, xử lý lỗi, test, hiệu năng. Mục nào ổn thì ghi OK, mục nào chưa thì giải thích ngắn gọn.",
        ],
        "id": [
            "Tolong review kode Python ini ya, aku baru belajar. Kalau ada yang perlu diubah, jelasin alasannya biar aku ngerti, jangan langsung dikasih versi jadinya aja: {p}",
            "Lakukan code review untuk diff berikut. Untuk setiap temuan cantumkan: baris, kategori (bug/keamanan/gaya), tingkat keparahan 1–5, dan justifikasi singkat.",
            "Menurutmu kenapa pakai dependency injection di sini lebih baik daripada instansiasi langsung di dalam kelas? {p}",
            "bro cek query SQL ini dong, lemot banget di production. kasih saran index + alasan kenapa index itu ngebantu",
        ],
        "tr": [
            "Şu PR'a bir göz atar mısın? {p}\nHer öneri için gerekçeni yaz, 'kritik / orta / düşük' diye de etiketle.",
            "Arkadaş kodu bu şekilde yazmış, ben farklı yazardım ama emin değilim. Hangisi daha okunabilir, neden? İki versiyon aşağıda.",
            "Go'da yazdığım bu HTTP handler'ı eşzamanlılık açısından incele lütfen. Race condition varsa hangi satırda ve nasıl oluştuğunu açıkla: {p}",
            "code review: isimlendirme ve hata yönetimine odaklan, stil tartışmasına girme. bulguları madde madde ver, her birine kısa bir neden ekle",
        ],
        "it": [
            "Mi fai una code review di questa classe? {p}\nPer ogni modifica che suggerisci spiegami il ragionamento, così imparo e la prossima volta non ripeto l'errore.",
            "Perché secondo te è meglio usare un dizionario invece di questa catena di if/elif? Non mi convince del tutto, vorrei capire pro e contro.",
            "Revisione del codice per il ticket JIRA-2231. Classifica ogni problema per gravità (bloccante, maggiore, minore) e motiva la classificazione in una riga.",
            "ciao, ho rifattorizzato questa funzione e i test passano, ma il collega dice che è peggio di prima. chi ha ragione? {p}",
        ],
    },
    "chat": {
        "hi": [
            "तुमने अभी जो कविता लिखी उसमें 'बारिश' वाला रूपक कैसे सूझा? बस जानने की उत्सुकता है",
            "Agar tum meri jagah hote aur do job offers me se ek chunna hota — ek me zyada salary, ek ghar ke paas — to kaise decide karte? Soch ka tareeka batao.",
            "माँ के 60वें जन्मदिन के लिए तोहफ़ा सोच रहा हूँ, बजट ₹5000. तुम किस तरह सोचोगे कि क्या देना ठीक रहेगा? {p}",
            "एक सामान्य सवाल: ये AI मॉडल जवाब देते कैसे हैं? क्या तुम सच में 'सोचते' हो या बस अगला शब्द अंदाज़ा लगाते हो? आसान भाषा में बताओ।",
        ],
        "vi": [
            "Ủa sao bạn biết câu đó là của Nguyễn Du vậy? Kể mình nghe bạn suy ra kiểu gì",
            "Cuối tuần này mình phân vân giữa đi Đà Lạt với ở nhà ôn thi. Nếu là bạn thì bạn cân nhắc những gì? {p}",
            "hỏi vui chút: mấy mô hình AI như bạn học nói chuyện kiểu gì vậy, có giống con người học ngôn ngữ không?",
            "Câu trả lời lúc nãy hay đấy. Bạn tóm tắt lại giúp mình mấy ý chính khiến bạn đi đến kết luận đó được không: {p}",
        ],
        "id": [
            "Eh btw kok kamu bisa nebak film yang aku maksud cuma dari deskripsi 'cowok terjebak di planet merah'? gimana mikirnya?",
            "Aku mau beliin kado buat pacar, dia suka kopi dan naik gunung. Kamu bakal mikirnya gimana buat milih? Budget 300rb.",
            "Pertanyaan iseng: apakah AI seperti kamu punya 'pendapat' sendiri, atau cuma merangkum dari data? Penasaran aja.",
            "Kalau kamu jadi aku: {p}\nKamu bakal ambil keputusan apa, dan faktor apa yang paling kamu timbang?",
        ],
        "tr": [
            "Az önce önerdiğin kitap listesini nasıl oluşturdun? Yani neye göre seçtin, merak ettim",
            "Kedimiz için isim arıyoruz, turuncu ve çok tembel 😄 Sen olsan nasıl bir mantıkla isim seçerdin?",
            "Genel bir soru: dil modelleri matematik sorularında neden bazen saçmalıyor? Basitçe anlatır mısın?",
            "Şu durumda sen ne yapardın, nasıl karar verirdin? {p}",
        ],
        "it": [
            "Curiosità: come ti è venuta in mente quella battuta sul pinguino? Mi ha fatto ridere un sacco",
            "Devo scegliere un regalo per mio nonno che ha 85 anni e non gli piace niente 😅 Tu come ragioneresti per trovare qualcosa?",
            "Ma tu quando rispondi, ragioni davvero o è tutta statistica? Spiegamelo in parole povere, senza tecnicismi.",
            "Stavo leggendo questo e mi è venuto un dubbio: {p}\nTu come l'avresti interpretato? Raccontami il tuo punto di vista.",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे दिए ग्राहक टिकट को इनमें से एक श्रेणी में रखें: बिलिंग, तकनीकी, डिलीवरी, अन्य। आउटपुट: श्रेणी | विश्वास (0-1) | एक पंक्ति का कारण\n\nटिकट: {p}",
            "इस बीमा क्लेम ईमेल से पॉलिसी नंबर, दावा राशि, घटना की तारीख और ग्राहक का नाम निकालें। जो फ़ील्ड न मिले वहाँ 'NA' लिखें।",
            "Is complaint ko sahi team ke paas bhejna hai — L1 support, refund ya fraud. Output me sirf team ka naam aur ek line ka reason do.\n{p}",
            "हमारे HR पोर्टल के लिए: कर्मचारी की छुट्टी की अर्ज़ी पढ़कर बताइए कि यह आकस्मिक, चिकित्सा या अर्जित अवकाश है, और किस आधार पर तय किया।",
        ],
        "vi": [
            "Phân loại phản hồi khách hàng sau thành: Khen / Phàn nàn / Hỏi thông tin. Trả về đúng định dạng: NHÃN;ĐỘ_TIN_CẬY;LÝ_DO (lý do tối đa 15 chữ).\n{p}",
            "Trích xuất từ hóa đơn: mã số thuế, tên công ty, tổng tiền, ngày xuất. Mỗi trường một dòng, dạng 'tên_trường: giá_trị'.",
            "Ticket này nên chuyển cho team nào: Kỹ thuật, Kế toán hay Chăm sóc khách hàng? Kèm mức ưu tiên P1–P4 và một câu giải thích. {p}",
            "Hệ thống kiểm duyệt của sàn TMĐT: đánh giá mô tả sản phẩm có vi phạm chính sách không (CÓ/KHÔNG), điểm tin cậy, lý do một dòng.",
        ],
        "id": [
            "Klasifikasikan email pelanggan ini ke salah satu: Komplain, Pertanyaan, Pembatalan, Spam. Berikan juga skor keyakinan 0–100 dan alasan satu kalimat.\n\nEmail:\n{p}",
            "Ekstrak data dari CV berikut: nama, no. HP, pendidikan terakhir, lama pengalaman kerja (tahun). Kalau tidak ada, isi dengan '-'.",
            "[Pipeline tiket helpdesk – tahap routing]\nTentukan tim tujuan (IT Infra / Aplikasi / Akses & Akun) untuk laporan di bawah. Output satu baris: TIM | PRIORITAS | ALASAN\n{p}",
            "Tolong baca ulasan aplikasi dari Play Store ini dan tandai sentimennya (positif/negatif/netral) beserta fitur yang dibahas, buat dashboard tim produk.",
        ],
        "tr": [
            "Aşağıdaki müşteri şikayetini kategorize et: Kargo, İade, Ürün Kusuru, Diğer. Format: KATEGORİ - GÜVEN(%) - tek cümlelik gerekçe.\n{p}",
            "Bu sözleşme metninden tarafları, başlangıç ve bitiş tarihini, cezai şart tutarını çıkar. Tablo halinde ver.",
            "Çağrı merkezi notunu oku ve hangi birime yönlendirilmesi gerektiğini söyle (Teknik Destek / Faturalama / Satış). Sebebini bir satırda yaz: {p}",
            "Banka içi kullanım: gelen EFT açıklamasını şüpheli/normal diye etiketle, 0-1 arası güven skoru ver ve kararı bir cümleyle gerekçelendir. Çıktı formatı sabit, ekstra metin yok.",
        ],
        "it": [
            "Classifica il seguente ticket di assistenza in una delle categorie: Fatturazione, Guasto tecnico, Richiesta info, Reclamo. Rispondi nel formato CATEGORIA | CONFIDENZA | MOTIVAZIONE (max una riga).\n\n{p}",
            "Estrai dalla fattura elettronica: partita IVA, ragione sociale, imponibile, IVA, totale. Se un campo manca scrivi N/D.",
            "Smistamento automatico email PEC: a quale ufficio va girata (Legale, Amministrazione, Commerciale)? Aggiungi un livello di urgenza e una breve giustificazione. {p}",
            "Per il nostro CRM: leggi la trascrizione della chiamata e compila esito, prodotto discusso, prossima azione e data di ricontatto.",
        ],
    },
    "translation": {
        "hi": [
            "इसे अंग्रेज़ी में अनुवाद करें, लहजा औपचारिक ही रहे। जहाँ किसी शब्द का सीधा अनुवाद नहीं बनता, वहाँ नीचे नोट में बताइए कि आपने कौन-सा शब्द क्यों चुना: {p}",
            "Is paragraph ko Hindi me translate karo, ye ek blog hai ki AI models 'reasoning' kaise karte hain. 'chain of thought' jaise technical words English me hi rehne do.",
            "मेरे दादाजी की चिट्ठी है, उर्दू-मिली हिंदी में। इसका भाव बनाए रखते हुए सरल अंग्रेज़ी में अनुवाद कर दीजिए।",
            "शिक्षकों के लिए मूल्यांकन दिशानिर्देश का अनुवाद चाहिए (अंग्रेज़ी → हिंदी)। 'rubric', 'partial credit' जैसे शब्दों के लिए कौन-से हिंदी शब्द सही रहेंगे, वो भी सुझाइए।\n\n{p}",
        ],
        "vi": [
            "Dịch sang tiếng Anh giúp mình, giữ giọng văn thân mật như bản gốc nhé: {p}",
            "Dịch đoạn trích này từ một bài báo khoa học về cách mô hình ngôn ngữ 'suy luận' sang tiếng Việt. Thuật ngữ nào khó thì chú thích vì sao bạn chọn từ đó.",
            "Cho mình hỏi câu tiếng Nhật này dịch sao cho tự nhiên: {p}\nGiải thích thêm vì sao không nên dịch sát từng chữ.",
            "Bản hướng dẫn chấm điểm của trường quốc tế, cần dịch sang tiếng Việt cho phụ huynh đọc. Giữ nguyên cấu trúc bảng, chỉ dịch nội dung.",
        ],
        "id": [
            "Terjemahkan ke bahasa Inggris dengan gaya yang tetap santai kayak aslinya, jangan kaku: {p}",
            "Tolong alihbahasakan abstrak ini ke bahasa Indonesia. Topiknya tentang bagaimana model AI menjelaskan penalaran mereka. Untuk istilah seperti 'faithfulness', jelaskan pilihan padanannya.",
            "Ini caption IG buat brand kopi lokal, mau dibikin versi Inggrisnya tapi vibes-nya tetap dapet. Kalau ada plesetan yang nggak bisa diterjemahin, kasih alternatif.",
            "Terjemahkan surat keputusan berikut ke bahasa Belanda formal, dan beri catatan untuk istilah hukum yang tidak punya padanan langsung.\n{p}",
        ],
        "tr": [
            "Şu metni İngilizceye çevirir misin? Resmi olsun ama soğuk durmasın. {p}",
            "Almanca bir yazıyı Türkçeye çeviriyorum, konu yapay zekâda 'düşünme zinciri' kavramı. Şu cümlede 'Begründung' için hangi kelimeyi kullanmalıyım, neden?",
            "Öğretmenlerin kullanacağı bu değerlendirme formunu İngilizceden Türkçeye çevir, puanlama ölçütlerinin anlamı kaymasın: {p}",
            "annemin yemek tarifini ingilizceye çevirmem lazım, 'göz kararı' ve 'bir tutam' gibi ifadeleri nasıl karşılarsın, açıklayarak çevir",
        ],
        "it": [
            "Traduci in inglese mantenendo il tono ironico dell'originale. Dove hai dovuto cambiare un'espressione idiomatica, spiegami la scelta in nota.\n\n{p}",
            "Mi servirebbe la traduzione in spagnolo di questo paragrafo di un saggio sul ragionamento nei modelli linguistici. Registro accademico, per favore.",
            "Sto sottotitolando un documentario: {p}\nTraduci in italiano rispettando la lunghezza delle righe, e dimmi se qualche battuta va riformulata per stare nei tempi.",
            'Come tradurresti "grading criteria" e "reasoning trace" in un documento per docenti italiani? Vorrei termini che suonino naturali, non calchi.',
        ],
    },
    "essay_feedback": {
        "hi": [
            "कक्षा 9 के छात्र का निबंध है 'मेरा प्रिय त्योहार'। इस रूब्रिक (विषयवस्तु, भाषा, संरचना, मौलिकता — प्रत्येक 5 अंक) के अनुसार अंक दें और हर मानदंड पर दो-तीन पंक्तियों की टिप्पणी लिखें।\n\n{p}",
            "मैंने UPSC मेन्स के लिए ये उत्तर लिखा है, 250 शब्द। ईमानदारी से बताइए कहाँ कमज़ोर है और 10 में से कितने मिलेंगे।",
            "Meri beti ka English essay hai school competition ke liye. Grammar ke alawa flow aur ideas pe bhi feedback do, lekin bahut harsh mat hona, wo 11 saal ki hai: {p}",
            "सहकर्मी शिक्षक के रूप में मदद करें: मैंने इस निबंध को 14/20 दिया है। क्या ये उचित है? अपना मूल्यांकन मानदंडवार बताइए।",
        ],
        "vi": [
            "Cô giáo nhờ chấm thử bài văn nghị luận này theo thang 10 điểm: mở bài, thân bài, kết bài, diễn đạt. Mỗi phần cho điểm và nhận xét.\n{p}",
            "Đây là bài luận xin học bổng của em, 650 từ. Anh/chị góp ý giúp em phần nào chưa thuyết phục, và nếu chấm theo tiêu chí của hội đồng thì em được mấy điểm?",
            "chấm giúp mình bài IELTS Writing Task 2 này theo 4 tiêu chí band descriptor, mỗi tiêu chí cho band và giải thích ngắn: {p}",
            "Tôi là giáo viên dạy Văn, muốn có ý kiến thứ hai. Bài này tôi cho 6.5, bạn xem theo rubric đính kèm có hợp lý không và nên nhận xét gì cho học sinh.",
        ],
        "id": [
            "Tolong nilai esai siswa kelas XI ini berdasarkan rubrik: isi (30), organisasi (25), bahasa (25), mekanika (20). Sertakan komentar untuk tiap kriteria.\n\n{p}",
            "Aku nulis esai buat daftar LPDP, bisa kasih masukan? Bagian mana yang klise dan gimana biar lebih personal.",
            "Sebagai dosen pembimbing kedua, saya ingin pendapat: apakah bab pendahuluan skripsi ini sudah memenuhi kriteria latar belakang, rumusan masalah, dan tujuan? Beri skor 1–4 per kriteria.",
            "Koreksi esai bahasa Inggris adik saya (SMP) ya, tapi jangan ditulis ulang. Cukup tandai kesalahan dan jelaskan kenapa salah, terus kasih nilai kira-kira: {p}",
        ],
        "tr": [
            "Lise 10. sınıf öğrencisinin kompozisyonu aşağıda. Ölçütler: giriş-gelişme-sonuç düzeni, dil bilgisi, özgünlük, konuya bağlılık (her biri 25 puan). Her ölçüt için puan ve kısa yorum ver.\n{p}",
            "YKS için deneme yazısı yazdım, hocam çok kısa bakabildi. Güçlü ve zayıf yanlarını söyler misin, 100 üzerinden kaç alırdı sence?",
            "Öğrencime 68 verdim ama içim rahat değil. Şu rubriğe göre sen de puanla, farklı çıkarsa nedenini açıkla: {p}",
            "yüksek lisans başvurusu için niyet mektubu, akademik ton yeterli mi? paragraf paragraf yorum istiyorum, puan şart değil",
        ],
        "it": [
            "Sono un'insegnante di lettere. Valuta questo tema di un alunno di terza media secondo la griglia: aderenza alla traccia, organizzazione, correttezza linguistica, lessico (ciascuno da 1 a 10). Commento breve per ogni voce.\n\n{p}",
            "Mi correggi il saggio breve per la maturità? Dimmi che voto prenderei in ventesimi e cosa migliorare prima dell'esame.",
            "Feedback sul mio elaborato per l'Erasmus, soprattutto sulla coerenza tra i paragrafi. Puoi usare i criteri che usano di solito le commissioni? {p}",
            "Ho corretto 30 compiti e sono cotta 😵 questo l'ho valutato 7-, mi dai un parere indipendente con una motivazione per ciascun criterio della rubrica?",
        ],
    },
    "data_tooling": {
        "hi": [
            "यूनिट टेस्ट के लिए 10 नकली ग्राहकों का CSV बना दो: नाम, मोबाइल (+91), शहर, पिन कोड, साइन-अप तारीख। नाम असली भारतीय नाम जैसे लगें पर किसी असली व्यक्ति के न हों।",
            "Mera date parser '12/03/2024', '12-Mar-24' jaise format padhta hai. Iske liye edge cases ki list do — leap year, galat mahina, khaali string sab: {p}",
            "डेमो डेटाबेस के लिए एक स्कूल की sample rows चाहिए: students, classes, marks टेबल। 5-5 पंक्तियाँ काफी हैं, बस foreign keys सही मिलें।",
            "इस फ़ंक्शन के pytest fixtures लिख दो, जिसमें valid और invalid दोनों तरह के इनपुट हों: {p}",
        ],
        "vi": [
            "Tạo giúp mình file CSV 20 khách hàng giả để demo: họ tên tiếng Việt, số điện thoại, email, quận/huyện ở TP.HCM. Dữ liệu bịa hết nhé.",
            "Mình cần edge case cho hàm tách địa chỉ Việt Nam: thiếu phường, viết tắt 'P.' 'Q.', có dấu/không dấu, lộn xộn thứ tự... liệt kê khoảng 15 cái. {p}",
            "Viết mock data dạng SQL INSERT cho bảng orders (id, customer_id, total, status, created_at) để chạy test tích hợp, có vài đơn bị hủy và vài đơn total = 0.",
            "Sinh dữ liệu kiểm thử cho hàm validate số CCCD này, gồm cả trường hợp hợp lệ và không hợp lệ, kèm kết quả mong đợi: {p}",
        ],
        "id": [
            "Bikinin data dummy 15 baris buat tabel `pegawai` (nama, NIK palsu, divisi, gaji, tanggal_masuk) buat demo ke klien. Jangan pakai data orang beneran ya.",
            "Tolong buat daftar input aneh untuk menguji parser nominal rupiah ini, misalnya 'Rp1.000,50', '1jt', spasi ganda, angka negatif: {p}",
            "Butuh fixture YAML untuk test endpoint registrasi: 3 user valid, 3 email tidak valid, 2 password kependekan. Tiap kasus kasih komentar kenapa harus lolos/gagal.",
            "Generate contoh data transaksi e-commerce palsu untuk seed database staging, minimal mencakup status 'dibayar', 'dikirim', 'retur'. Skemanya begini: {p}",
        ],
        "tr": [
            "Demo veritabanı için 12 sahte müşteri kaydı lazım: ad soyad, TC kimlik no (uydurma olsun), il, telefon. CSV formatında.",
            "Şu regex tabanlı e-posta doğrulayıcı için zorlayıcı test girdileri üretir misin? Türkçe karakterli adresler, çift nokta, çok uzun domain vs. {p}",
            "Jest ile test yazıyorum, bu servis için mock response'lar lazım: başarılı, 404, timeout ve bozuk gövde. Her biri için kısa örnek ver.",
            "Bu tablo şemasına uygun, birbiriyle tutarlı örnek satırlar oluştur (sipariş tarihi teslim tarihinden önce olsun vs.): {p}",
        ],
        "it": [
            "Mi generi un CSV con 25 clienti fittizi per una demo? Colonne: nome, cognome, codice fiscale (finto ma con formato plausibile), comune, email.",
            "Sto scrivendo un parser per gli indirizzi italiani. Dammi una lista di casi limite cattivi: 'V.le', civici con 'bis', CAP mancanti, frazioni... {p}",
            "Fixture per i test di Django: un po' di utenti, un paio di ordini con stati diversi e un prodotto esaurito. Basta qualcosa di realistico e piccolo.",
            "Righe di esempio per popolare il db di sviluppo a partire da questo schema, con qualche valore NULL e date ai limiti (29 febbraio, 31 dicembre): {p}",
        ],
    },
    "summarize": {
        "hi": [
            "आज की टीम मीटिंग के नोट्स हैं, बहुत बिखरे हुए। 5 बुलेट में सार दो और अंत में 'किसे क्या करना है' की सूची: {p}",
            "इस शोध-पत्र का सारांश चाहिए जो AI मॉडलों की तर्क क्षमता पर है। लेखकों ने प्रयोग किन चरणों में किए, वो क्रम से लिखें।",
            "Ye lamba article hai budget 2024 pe, mujhe bas main arguments chahiye aur lekhak kis baat ke khilaf hai wo. Hindi me 150 words.",
            "नीचे दिए सरकारी परिपत्र का सार आम नागरिक की भाषा में लिखिए — क्या बदला, किस पर लागू, कब से।\n\n{p}",
        ],
        "vi": [
            "Tóm tắt biên bản họp này trong 5 gạch đầu dòng, tách riêng phần quyết định và phần việc cần làm: {p}",
            "Mình đang đọc paper về chain-of-thought prompting mà dài quá. Tóm tắt giúp luận điểm chính, các bước thí nghiệm tác giả làm, và hạn chế họ tự nêu.",
            "tóm tắt chương 3 sách này giúp mình, để ôn thi, giữ các ý lập luận chính thôi {p}",
            "Hãy viết bản tóm tắt dành cho ban giám đốc (dưới 200 từ) từ báo cáo quý bên dưới, nhấn mạnh rủi ro và đề xuất.",
        ],
        "id": [
            "Ringkas notulen rapat RT ini ya, intinya aja: keputusan apa, siapa PJ-nya, deadline kapan.\n{p}",
            "Buatkan ringkasan makalah ini dalam bahasa Indonesia untuk presentasi kelas: masalah yang diangkat, metode langkah demi langkah, hasil, dan di bagian mana kritik saya bisa masuk.",
            "Tolong rangkum artikel opini tentang apakah AI benar-benar 'berpikir' ini, pertahankan argumen dari kedua sisi secara seimbang: {p}",
            "TL;DR-in thread email panjang ini dong, aku baru balik cuti dan ketinggalan semuanya 😅",
        ],
        "tr": [
            "Toplantı notlarını özetle: alınan kararlar, açık kalan konular, kimin neyi ne zamana kadar yapacağı.\n\n{p}",
            "Şu makale büyük dil modellerinin akıl yürütme yeteneklerini ölçüyor. Yazarların izlediği yöntemi adım adım ve ana bulguları kısaca özetler misin?",
            "Kitap kulübü için bu bölümün özetini çıkar, spoiler vermeden ama ana fikri kaçırmadan: {p}",
            "Yönetim kurulu için 1 sayfalık özet: denetim raporunun bulguları, risk seviyeleri ve önerilen aksiyonlar. Madde işaretli olsun.",
        ],
        "it": [
            "Riassumi il verbale della riunione di condominio in pochi punti: cosa si è deciso, quanto costa, chi deve fare cosa.\n\n{p}",
            "Mi fai un riassunto di questo articolo scientifico sul ragionamento negli LLM? Vorrei la tesi principale, i passaggi sperimentali seguiti dagli autori e i limiti.",
            "sintesi di max 100 parole per la newsletter interna, tono leggero: {p}",
            "Devo studiare questa sentenza per l'esame di diritto privato. Riassumila mantenendo i passaggi argomentativi della Corte, nell'ordine in cui compaiono.",
        ],
    },
    "debugging_help": {
        "hi": [
            "ये Python कोड IndexError दे रहा है और मुझे समझ नहीं आ रहा क्यों। लाइन-दर-लाइन बताओ कि हर लाइन पर वेरिएबल्स की वैल्यू क्या होती है: {p}",
            "Loop ek baar kam chal raha hai, off-by-one lag raha hai. i ki value har iteration me kya hai, trace karke dikhao please",
            "प्रोडक्शन में ये API कभी-कभी 500 लौटाती है, लोकल पर नहीं। नीचे लॉग और कोड है — संभावित कारण क्रम से बताइए और हर कारण को कैसे जाँचूँ।",
            "रिकर्शन वाला ये फ़ंक्शन n=5 पर कभी रुकता ही नहीं। कॉल स्टैक को कदम-दर-कदम लिखकर दिखाइए कि base case कहाँ छूट रहा है: {p}",
        ],
        "vi": [
            "Code này chạy ra kết quả sai mà không báo lỗi gì 😩 giải thích từng dòng nó làm gì và giá trị biến thay đổi ra sao: {p}",
            "Mình bị lỗi 'Cannot read properties of undefined' trong React, chỉ xảy ra lần render đầu. Tại sao vậy, và sửa thế nào cho đúng?",
            "Dò từng bước giúp mình với input [3, 1, 2] thì hàm sắp xếp này trả về gì, vì sao nó không sắp xếp đúng: {p}",
            "Service Java của tụi mình thỉnh thoảng bị deadlock. Đây là thread dump. Phân tích giúp thread nào đang giữ lock nào và vì sao kẹt.",
        ],
        "id": [
            "Kenapa kode ini selalu ngeluarin None padahal harusnya list? Tolong telusuri baris per baris ya: {p}",
            "Aplikasi Flutter saya crash pas scroll cepat di ListView, error-nya 'setState() called after dispose()'. Jelaskan penyebabnya dan cara benerinnya.",
            "Tracing manual dong: kalau input-nya n = 4, nilai `total` dan `i` di tiap iterasi berapa? Hasil akhirnya kok beda sama ekspektasi.\n{p}",
            "Query ini jalan di MySQL tapi error di PostgreSQL: 'column must appear in the GROUP BY clause'. Maksudnya apa dan kenapa di MySQL lolos?",
        ],
        "tr": [
            "Bu fonksiyon boş liste gelince patlıyor. Satır satır ne yaptığını ve hangi satırda neden hata verdiğini açıklar mısın? {p}",
            "Node.js'te await kullandığım halde sıralama karışıyor, çıktılar ters geliyor. Event loop açısından neden böyle oluyor?",
            "Şu döngüde değişkenlerin değerlerini her adımda tablo halinde gösterir misin? Sonuç 10 çıkması gerekirken 9 çıkıyor.\n{p}",
            "docker container ayağa kalkıyor ama 2 dk sonra exit code 137 ile kapanıyor. loglar aşağıda, sırayla neye bakmalıyım",
        ],
        "it": [
            "Questo script va in loop infinito e non capisco dove. Mi spieghi riga per riga cosa succede e come cambiano le variabili? {p}",
            "Ho un NullPointerException che salta fuori solo ogni tanto in produzione. Stack trace sotto. Quali sono le cause più probabili e come le verifico una alla volta?",
            "Puoi simulare a mano l'esecuzione con l'input \"abba\" e dirmi perché la funzione dice che non è palindroma? {p}",
            "La media che calcolo viene sempre arrotondata per difetto, tipo 2 invece di 2.5. Sospetto la divisione intera ma vorrei capire bene il perché.",
        ],
    },
}
