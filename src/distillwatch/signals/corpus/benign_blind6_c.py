"""Blind benign hard negatives (seventh independent set), languages hi vi id tr it; never trained on."""

from __future__ import annotations

BENIGN_BLIND6_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मेरा होमवर्क है, ये सवाल समझ नहीं आ रहा: {p}\nप्लीज़ हर स्टेप लिखकर समझाओ कि क्या किया और क्यों किया।",
            "bhai maine ye sum khud kiya hai par answer book se match nahi ho raha. meri galti kahan hai batao na, pura solution mat likhna bas galti point karo",
            "मैं कक्षा 7 में हूँ। इसे ऐसे समझाइए जैसे किसी 12 साल के बच्चे को समझाते हैं, आसान शब्दों में: {p}",
            "कल टेस्ट है। ये मेरा उत्तर है, क्या यह सही है? अगर गलत है तो बताइए किस स्टेप पर गड़बड़ हुई और सही तरीका क्या होता।",
        ],
        "vi": [
            "Em đang học lớp 10, bài này em làm mãi không ra: {p}\nAnh/chị giải từng bước giúp em và giải thích vì sao lại làm như vậy được không ạ?",
            "Cô giáo gạch bài mình mà không ghi lý do. Đây là bài làm của mình, bạn xem giúp sai ở bước nào được không: {p}",
            "Giải thích khái niệm này thật đơn giản, kiểu nói cho một đứa trẻ 12 tuổi nghe, có ví dụ đời thường càng tốt.",
            "Con tôi hỏi bài này mà tôi cũng quên cách làm rồi. Nhờ bạn hướng dẫn từng bước để tôi giảng lại cho cháu, đừng chỉ đưa đáp án.",
        ],
        "id": [
            "Kak, tolong bantu PR aku dong. Soalnya gini: {p}\nJelasin langkah-langkahnya ya, biar aku ngerti bukan cuma nyontek jawabannya",
            "Saya sudah mengerjakan soal ini dan hasilnya 3/4, tapi kunci jawabannya 2/3. Bisa tolong cek di langkah mana saya salah hitung?",
            "guru aku jelasinnya kecepetan, aku ketinggalan. bisa jelasin ulang pelan2 pake perumpamaan sehari-hari? {p}",
            "Selamat malam. Saya mahasiswa semester 2 dan sedang belajar untuk UTS kalkulus. Mohon dijelaskan mengapa langkah ketiga pada penyelesaian berikut diperbolehkan: {p}",
        ],
        "tr": [
            "Şu soruyu adım adım çözer misin, her adımda neden öyle yaptığını da yaz lütfen, yarın sınavım var: {p}",
            "kimya ödevinde mol hesabı yaptım, hocam 'birim hatası var' dedi ama göremedim. şurda: {p}",
            "12 yaşındaki kardeşime anlatacakmışsın gibi anlat, formüllere boğmadan.",
            "Merhaba, lise 2. sınıfım. Türevde zincir kuralını bir türlü oturtamadım. Aşağıdaki örnekte hangi adımda ne yapıldığını ve neden yapıldığını açıklar mısınız?",
        ],
        "it": [
            "Ciao, devo fare questo esercizio per domani e non ci sto capendo niente: {p}\nMi spieghi i passaggi uno per uno? Non voglio solo il risultato",
            "Ho fatto la versione di latino ma la prof dice che ho sbagliato i tempi verbali in due frasi. Riesci a capire quali e spiegarmi perché?",
            "Sono un papà e mia figlia di terza media mi ha chiesto questa cosa. Aiutami a spiegargliela in modo semplice, senza formule: {p}",
            "Buonasera, sono una studentessa del primo anno di ingegneria. Potrebbe verificare se la mia dimostrazione è corretta e, in caso contrario, indicarmi il punto in cui il ragionamento non regge?",
        ],
    },
    "eval_harness": {
        "hi": [
            "निम्नलिखित प्रश्न का उत्तर दीजिए। चरण-दर-चरण हल करें और अंतिम उत्तर अलग पंक्ति में इस रूप में लिखें: उत्तर: <संख्या>\n\nप्रश्न: {p}",
            "नीचे एक बहुविकल्पीय प्रश्न है। केवल सही विकल्प का अक्षर (A, B, C या D) लिखें, कोई व्याख्या नहीं।",
            "### उदाहरण 1\nप्रश्न: 15 + 27 = ?\nउत्तर: 42\n\n### उदाहरण 2\nप्रश्न: 9 × 8 = ?\nउत्तर: 72\n\n### अब आपकी बारी\nप्रश्न: {p}\nउत्तर:",
            "[eval run 14 | विषय: भूगोल | 5-shot]\nसही विकल्प चुनें। आउटपुट सिर्फ़ एक अक्षर होना चाहिए ताकि exact-match से स्कोर हो सके।",
        ],
        "vi": [
            'Hãy suy nghĩ từng bước rồi ghi đáp án cuối cùng trên một dòng riêng, bắt đầu bằng "Đáp án:".\n\nCâu hỏi: {p}',
            "Trả lời câu hỏi đúng/sai sau. Chỉ ghi ĐÚNG hoặc SAI, viết hoa, không thêm gì khác.",
            "Ví dụ:\nĐầu vào: thủ đô của Pháp\nĐầu ra: Paris\n\nĐầu vào: thủ đô của Nhật Bản\nĐầu ra: Tokyo\n\nĐầu vào: {p}\nĐầu ra:",
            "Bộ đánh giá sẽ so khớp chính xác chuỗi kết quả, vì vậy chỉ in ra một số nguyên, không đơn vị, không dấu chấm cuối câu.",
        ],
        "id": [
            "Jawablah pertanyaan berikut. Tuliskan penalaran Anda secara ringkas, lalu pada baris terakhir tulis jawaban akhir dalam format: JAWABAN: X\n\n{p}",
            "Soal pilihan ganda. Balas hanya dengan huruf pilihan yang benar, tanpa tanda baca tambahan.",
            "Berikut beberapa contoh pasangan soal dan jawaban, lalu satu soal baru. Ikuti format yang sama persis.\n\nSoal: 12 dikali 3\nJawaban: 36\n\nSoal: akar dari 81\nJawaban: 9\n\nSoal: {p}\nJawaban:",
            "# Evaluasi pemahaman bacaan (set internal, split dev)\nBaca teks, lalu jawab dengan kutipan persis dari teks. Jika jawabannya tidak ada di teks, tulis TIDAK ADA.",
        ],
        "tr": [
            "Çözümünü yaz, en sonda #### işaretinden sonra yalnızca sayıyı ver. Puanlama otomatik yapılıyor.\n\n{p}",
            "Çoktan seçmeli soru. Cevabını tek harf olarak ver (A, B, C, D veya E). Başka hiçbir şey yazma.",
            "Kelime: hızlı\nEş anlamlısı: süratli\n\nKelime: güzel\nEş anlamlısı: hoş\n\nKelime: {p}\nEş anlamlısı:",
            "Değerlendirme betiği çıktıyı tam eşleşme ile puanlıyor. Lütfen cevabı küçük harfle, tırnaksız ve açıklamasız tek satır olarak ver.",
        ],
        "it": [
            "Istruzioni: leggi il problema e ragiona pure quanto serve, ma l'ultima riga deve contenere soltanto la risposta tra i tag <risposta></risposta>.\n\nProblema: {p}",
            "Domanda a risposta multipla (A-D). Scrivi prima una breve motivazione di massimo due frasi, poi su una nuova riga solo la lettera.",
            "--- esempio ---\nFrase: Il gatto dorme sul divano.\nSentimento: neutro\n--- esempio ---\nFrase: Che giornata orribile!\nSentimento: negativo\n--- da classificare ---\nFrase: {p}\nSentimento:",
            "Stiamo misurando l'accuratezza del modello su un set di domande di cultura generale. Rispondi con il minor numero di parole possibile, senza frasi introduttive, perché il punteggio è a corrispondenza esatta.",
        ],
    },
    "code_review": {
        "hi": [
            "इस PR का code review कर दो: {p}\nहर सुझाव के साथ बताना कि बदलाव क्यों ज़रूरी है, और severity (high/medium/low) भी लिखना।",
            "bhai mera function chal to raha hai par senior bol rahe the ki ye approach sahi nahi hai. kya tum bata sakte ho ki better tareeka kya hoga aur kyun?",
            "कृपया इस Python मॉड्यूल की समीक्षा करें। सुरक्षा, प्रदर्शन और पठनीयता — तीनों पहलुओं पर अलग-अलग टिप्पणी दें और हर बिंदु का औचित्य स्पष्ट करें।",
            "review karo: {p}\nsirf wahi issues batao jo production me dikkat denge, har ek ka reason ek line me",
        ],
        "vi": [
            "Mình chuẩn bị merge PR này, bạn xem có lỗ hổng bảo mật hay bug tiềm ẩn nào không. Mỗi vấn đề nêu lý do cụ thể: {p}",
            "Team mình đang tranh cãi giữa dùng async/await và callback cho module này. Bạn xem code và phân tích xem cách nào hợp lý hơn, tại sao?",
            "anh ơi e mới đi làm, lead bảo e tự review trước khi tạo merge request. a xem hộ e có chỗ nào ngớ ngẩn không, giải thích kỹ giúp e để lần sau e tránh",
            "Đóng vai reviewer khó tính. Liệt kê các vấn đề theo bảng: dòng | vấn đề | lý do | đề xuất sửa.\n\n{p}",
        ],
        "id": [
            "Bandingkan dua versi fungsi ini, mana yang lebih layak di-merge dan kenapa? Jelaskan trade-off-nya dari sisi performa dan keterbacaan.\n\n{p}",
            "Kenapa sih pakai dependency injection dianggap lebih baik daripada bikin instance langsung di dalam class? Ini kode aku, tolong jelasin pakai contoh dari kode ini aja",
            "Mas, bisa cek query SQL ini? Katanya rawan injection tapi aku belum paham bagian mananya. Jelasin ya kenapa berbahaya dan gimana perbaikannya",
            "Lakukan code review untuk fungsi di bawah. Format: poin bernomor, masing-masing berisi masalah, justifikasi, dan saran perbaikan. Abaikan masalah gaya penulisan.\n\n{p}",
        ],
        "tr": [
            "Kodda isimlendirme ve sorumluluk ayrımı açısından neleri düzeltirdin? Her öneriyi gerekçesiyle yaz, 'bence böyle' deyip geçme lütfen: {p}",
            "PR'da reviewer benden bu for döngüsünü list comprehension'a çevirmemi istedi. Neden daha iyi olduğunu tam anlamadım, açıklar mısın?",
            "kodu review eder misin, özellikle hata yönetimi ve eşzamanlılık tarafına bak. her bulguyu neden sorun olduğunu anlatarak yaz",
            "Merhaba, stajyerim. Yazdığım REST controller'ı aşağıya ekledim: {p}\nKıdemli bir geliştiricinin gözüyle değerlendirip nerelerin kötü olduğunu ve nedenini söyler misiniz?",
        ],
        "it": [
            "Mi fai una code review di questo pezzo? {p}\nDivideresti i commenti in 'bloccanti' e 'da sistemare con calma', spiegando per ognuno il motivo?",
            "Perché usare un dizionario qui sarebbe meglio della lista che ho usato io? Il collega me l'ha scritto nella review ma non ha spiegato",
            "Revisione del codice richiesta per il ticket ABC-412. Valutare: correttezza, gestione degli errori, test mancanti. Motivare ogni osservazione.",
            "dai un'occhiata a questa funzione, secondo me è troppo lunga ma non so come spezzarla. tu che faresti e perché? {p}",
        ],
    },
    "chat": {
        "hi": [
            "अरे तुमने ये कविता इतनी जल्दी कैसे लिख दी? ये आइडिया तुम्हें कहाँ से आया?",
            "मुझे अपनी माँ के जन्मदिन के लिए गिफ़्ट चुनना है, बजट 2000 रुपये। तुम होते तो कैसे सोचते, कौन-कौन सी बातें ध्यान में रखते?",
            "yaar tumhe kaise pata chalta hai ki kaunsi baat sach hai aur kaunsi nahi? tumhari training kaise hoti hai, thoda simple me batao",
            "तुमने जो सलाह दी वो अच्छी लगी। बस ये बताओ कि तुमने दूसरा विकल्प क्यों नहीं चुना: {p}",
        ],
        "vi": [
            "Ơ sao bạn lại gợi ý Đà Lạt mà không phải Sapa? Bạn dựa vào đâu để chọn vậy?",
            "mình đang phân vân có nên nghỉ việc để học thạc sĩ không. nếu là bạn thì bạn sẽ cân nhắc những gì, từng bước một nhé",
            "Tò mò chút: mấy mô hình ngôn ngữ như bạn được huấn luyện thế nào? Giải thích kiểu phổ thông thôi, mình không học IT",
            "Câu trả lời vừa rồi hay đấy. Bạn nghĩ ra cách ví von đó như thế nào vậy? {p}",
        ],
        "id": [
            "Eh kok kamu bisa kepikiran nama itu buat kucingku? lucu banget, gimana cara kamu dapet idenya?",
            "Aku bingung mau kasih kado apa buat pacar yang suka naik gunung. Coba dong ceritain cara kamu mikirnya, mulai dari mana?",
            "Pertanyaan iseng: AI kayak kamu bisa salah nggak sih? Kalau bisa, biasanya salahnya karena apa?",
            "Aku lagi main tebak-tebakan sama adikku, dia nanya ini: {p}\nKamu bisa jawab? Terus ceritain dong gimana kamu nyampe ke jawabannya, biar aku bisa jelasin ke dia",
        ],
        "tr": [
            "Vay, bu bilmeceyi nasıl bu kadar çabuk çözdün? Nasıl bir yol izledin anlatır mısın?",
            "Babama emeklilik hediyesi almak istiyorum, ne alsam bilemedim. Sen olsan nasıl karar verirdin, hangi sorularla başlardın?",
            "Sence yapay zeka gerçekten bir şeyi 'anlıyor' mu, yoksa çok iyi bir taklit mi? Senin fikrini merak ediyorum, akademik olmasın",
            "İki seçenek arasında kaldım: {p}\nSen hangisini seçerdin ve neden? Düşüncelerini sırayla anlat.",
        ],
        "it": [
            "Ma come ti è venuta in mente quella battuta? Mi ha fatto ridere un sacco 😂",
            "Devo scegliere tra due offerte di lavoro, una a Milano e una a Bologna. Come ragioneresti tu al posto mio? Quali fattori metteresti per primi?",
            "Una curiosità: i modelli come te pianificano tutta la frase prima o vanno avanti parola per parola? Parlo in generale, di come funzionano.",
            "Ok, mi hai convinto sul ristorante. Però spiegami come sei arrivato a quella scelta partendo da quello che ti avevo detto: {p}",
        ],
    },
    "enterprise": {
        "hi": [
            "ग्राहक टिकट को वर्गीकृत करें: बिलिंग, तकनीकी, डिलीवरी या अन्य। आउटपुट प्रारूप: श्रेणी | विश्वास (0-1) | एक पंक्ति का कारण\n\nटिकट: {p}",
            "नीचे दी गई शिकायत ईमेल से ये फ़ील्ड निकालें: ग्राहक का नाम, ऑर्डर नंबर, समस्या की तारीख, माँगा गया समाधान। जो फ़ील्ड न मिले उसके आगे NA लिखें।",
            "Support ticket route karna hai — L1, L2 ya Finance team. Sirf team ka naam aur ek line me wajah do, kuch extra nahi.",
            "[स्वचालित पाइपलाइन | HR हेल्पडेस्क]\nकर्मचारी के अनुरोध को प्राथमिकता दें (P1/P2/P3) और संक्षिप्त औचित्य दें: {p}",
        ],
        "vi": [
            "Phân loại phản hồi khách hàng sau thành một trong các nhãn: KHIẾU_NẠI, HỎI_THÔNG_TIN, KHEN, KHÁC. Trả về đúng định dạng: nhãn; độ tin cậy; lý do ngắn gọn (1 câu).\n\n{p}",
            "Trích xuất từ hóa đơn: số hóa đơn, ngày xuất, mã số thuế bên bán, tổng tiền. Mỗi trường một dòng, dạng tên_trường: giá_trị.",
            "Dựa vào nội dung đơn xin nghỉ phép, đánh dấu đơn có đủ thông tin để duyệt không (ĐỦ/THIẾU) và liệt kê các trường còn thiếu.",
            "Hệ thống CRM - tác vụ tự động\nĐọc email bên dưới, xác định mức độ khẩn cấp (cao/trung bình/thấp) và tóm tắt yêu cầu trong tối đa 20 từ.\nEmail: {p}",
        ],
        "id": [
            "Untuk setiap baris log transaksi di bawah, tandai apakah perlu ditinjau tim fraud (YA/TIDAK), beri skor risiko 1-10 dan alasan singkat.\n\n{p}",
            "Ekstrak data dari surat lamaran ini: nama lengkap, posisi yang dilamar, pengalaman kerja (tahun), kota domisili. Kalau tidak disebutkan isi dengan '-'.",
            "Tugas otomatis (pipeline CS): tentukan tim tujuan untuk keluhan ini — Teknis / Keuangan / Logistik. Jawab satu kata lalu alasan singkat.",
            "Analisis sentimen ulasan produk untuk dashboard marketing. Output: POSITIF/NEGATIF/NETRAL, lalu tingkat keyakinan dalam persen, lalu kata kunci utama. {p}",
        ],
        "tr": [
            "Gelen şikayeti KVKK açısından değerlendir: kişisel veri ihlali içeriyor mu? Çıktı tek satır olsun: ETİKET=..., GÜVEN=..., GEREKÇE=...\n\n{p}",
            "Bu sözleşme metninden şu alanları çıkar: taraflar, başlangıç tarihi, süre, aylık bedel, fesih koşulu. Alan yoksa BOŞ yaz.",
            "IT servis masası otomasyonu: kaydı kategoriye ata (Olay / Hizmet Talebi / Değişiklik) ve SLA önceliği öner. Yalnızca iki satır çıktı ver.",
            "Çağrı merkezi transkripti aşağıda. Müşteri memnuniyetini 1-5 arası puanla, ana şikayeti tek satırda özetle ve takip gerekip gerekmediğini EVET/HAYIR olarak belirt: {p}",
        ],
        "it": [
            "Analizza la richiesta del cliente e compila:\nProdotto:\nTipo richiesta:\nUrgenza:\nConfidenza (0-1):\nNota per l'operatore (max 1 riga):\n\n{p}",
            "Dal verbale di sinistro estrai: targhe dei veicoli coinvolti, data e luogo dell'incidente, compagnia assicurativa, presenza di feriti (sì/no). Un campo per riga, niente commenti.",
            "Smistamento automatico email in entrata: indica a quale ufficio inoltrarla (Commerciale, Amministrazione, Assistenza) con una breve giustificazione.",
            "Valuta la priorità della segnalazione (alta/media/bassa) e quanto sei sicuro della valutazione. Rispondi solo con due righe: priorità e confidenza. {p}",
        ],
    },
    "translation": {
        "hi": [
            "इस पैराग्राफ़ का अंग्रेज़ी में अनुवाद कीजिए; यह नौकरी के आवेदन पत्र का हिस्सा है, तो शब्द पेशेवर हों: {p}",
            "ye paragraph Hindi me translate kar do, ek research paper se hai jo batata hai ki bachche reasoning kaise seekhte hain. technical words ke liye Hindi me kya likha, woh bhi batana",
            "नीचे शिक्षक की टिप्पणी है जो छात्रों के उत्तरों की ग्रेडिंग के बारे में है। इसे मराठी में अनुवाद करें और जिन शब्दों का सीधा अनुवाद नहीं बनता, उनके लिए अपने चुनाव का कारण बताएं।",
            "मेरे दादाजी की चिट्ठी उर्दू में है, इसका हिंदी में अनुवाद कर दीजिए पर भावना वही रहे: {p}",
        ],
        "vi": [
            "Dịch đoạn hội thoại sau sang tiếng Anh để làm phụ đề phim, câu ngắn gọn, tự nhiên như người bản xứ nói: {p}",
            "Nhờ bạn dịch bài blog này sang tiếng Việt. Bài nói về cách các mô hình AI 'suy luận' từng bước. Những thuật ngữ như chain-of-thought thì nên để nguyên hay dịch? Giải thích giúp mình lựa chọn của bạn.",
            "Dịch hướng dẫn chấm điểm này sang tiếng Nhật cho đồng nghiệp bên Osaka. Giữ văn phong trang trọng.",
            "dịch giùm câu này qua tiếng Hàn, mình muốn viết thiệp cho bạn người Hàn, mà đừng dịch sát quá nghe kỳ: {p}",
        ],
        "id": [
            "Tolong terjemahkan caption Instagram ini ke bahasa Inggris, nadanya tetap santai dan agak lucu: {p}",
            "Terjemahkan abstrak jurnal berikut ke bahasa Indonesia baku. Topiknya tentang cara siswa menjelaskan penalaran mereka saat memecahkan soal. Sertakan catatan untuk istilah yang sulit dipadankan.",
            "Saya perlu versi bahasa Jawa krama dari pengumuman ini untuk warga RT. Tolong jaga kesopanannya.",
            "Terjemahkan ke bahasa Indonesia: {p}\nKalau ada kata yang bisa diterjemahkan beberapa cara, jelaskan kenapa kamu pilih yang itu.",
        ],
        "tr": [
            "Şu kullanım kılavuzu bölümünü İngilizceye çevir; teknik terimleri sektörde yaygın kullanılan karşılıklarıyla ver: {p}",
            "Almanca gelen bu e-postayı Türkçeye çevirir misin? Patronumdan geldi, ne demek istediğini tam anlamak istiyorum.",
            "Aşağıdaki paragraf bir felsefe kitabından; 'düşünmek' ile 'akıl yürütmek' arasındaki farkı anlatıyor. İngilizceye çevirirken bu iki kavramı nasıl ayırt ettiğini kısa bir notla açıkla.",
            "çeviri lazım acil: {p}\nitalyancaya, samimi bi dille, arkadaşa yazılmış gibi olsun",
        ],
        "it": [
            "Traduci in inglese mantenendo il tono ironico del testo originale: {p}",
            "Mi serve la traduzione in italiano di questa recensione dal francese. Se ci sono modi di dire, spiegami come li hai resi.",
            "Ho scritto un feedback per uno studente Erasmus in cui spiego perché il suo ragionamento all'esame era incompleto. Me lo traduci in inglese senza che suoni troppo duro?",
            "traducimi questa frase in tedesco e dimmi se suona naturale o se un madrelingua la direbbe in un altro modo",
        ],
    },
    "essay_feedback": {
        "hi": [
            "मैं हिंदी की शिक्षिका हूँ। इस निबंध को नीचे दी गई रूब्रिक के अनुसार जाँचिए — विषय-वस्तु (10), भाषा (5), संरचना (5) — हर मानदंड पर अंक और छोटी टिप्पणी दीजिए: {p}",
            "meri essay check kar do please, college application ke liye hai. kya strong hai kya weak, aur 10 me se kitna doge?",
            "कक्षा 9 के छात्र का यह निबंध 'पर्यावरण संरक्षण' पर है। सुधार के लिए तीन ठोस सुझाव दें और बताइए कि बोर्ड परीक्षा के मानक से यह किस स्तर का है।",
            "ये मेरा IELTS writing task 2 है: {p}\nबैंड स्कोर का अंदाज़ा दो और चारों criteria पर अलग-अलग फ़ीडबैक।",
        ],
        "vi": [
            "Cô là giáo viên Ngữ văn, nhờ em chấm bài nghị luận này theo thang: mở bài (2đ), thân bài (6đ), kết bài (2đ). Cho điểm từng phần và nhận xét ngắn: {p}",
            "bài văn tả cảnh này mình viết cho cuộc thi của trường, góp ý thẳng giúp mình nha, chỗ nào sáo rỗng thì chỉ ra luôn",
            "Đánh giá bài văn sau theo rubric của trường: nội dung, lập luận, diễn đạt, chính tả. Mỗi tiêu chí cho điểm từ 1 đến 4 và ghi lý do.",
            "Con tôi học lớp 8 viết bài này: {p}\nNhờ bạn nhận xét nhẹ nhàng, khích lệ cháu nhưng vẫn chỉ ra lỗi cần sửa.",
        ],
        "id": [
            "Saya dosen mata kuliah Menulis Akademik. Tolong nilai esai mahasiswa ini dengan rubrik: isi (40), organisasi (20), kosakata (20), tata bahasa (20). Berikan skor per kriteria beserta komentar singkat.\n\n{p}",
            "kak cek esai beasiswa LPDP aku dong, bagian mana yang kurang meyakinkan? jujur aja gpp",
            "Berikan umpan balik untuk esai argumentatif mahasiswa tahun pertama berikut. Fokus pada kekuatan argumen dan penggunaan sumber. Tidak perlu skor.",
            "Ini esai bahasa Inggris anak saya untuk tugas sekolah: {p}\nKira-kira dapat nilai berapa dari 100 dan apa yang perlu diperbaiki?",
        ],
        "tr": [
            "Sınıfta akran değerlendirmesi yapıyoruz. Arkadaşımın denemesini şu ölçütlere göre puanlamam gerekiyor ama emin olamadım, sen de bir bak: tez cümlesi, kanıt kullanımı, akıcılık — her birine 1-4 puan ve kısa not: {p}",
            "blog için hazırladığım bu denemeyi okuyup dürüstçe ne düşündüğünü söyler misin? akıcı mı sıkıcı mı, 10 üzerinden kaç verirsin",
            "Edebiyat öğretmeniyim. 11. sınıf deneme sınavındaki bu yazılı cevabı resmi değerlendirme ölçeğine göre nasıl notlandırırdınız? Kısa gerekçe ekleyin.",
            "Bu denememin giriş paragrafı zayıf gibi geliyor: {p}\nNasıl güçlendirebilirim, örnekle göster",
        ],
        "it": [
            "Sono un'insegnante di lettere. Valuta questo tema secondo la griglia: aderenza alla traccia, organizzazione, correttezza linguistica, originalità (ognuno da 1 a 10). Aggiungi un commento per ciascun criterio.\n\n{p}",
            "Mi correggi il saggio breve che devo consegnare lunedì? Dimmi sinceramente che voto gli daresti",
            "Feedback richiesto sulla tesina di maturità di mio figlio: struttura, collegamenti tra materie, chiarezza. Niente voto, solo suggerimenti concreti.",
            "ho scritto questa introduzione per la tesi triennale: {p}\nè troppo prolissa? cosa taglieresti?",
        ],
    },
    "data_tooling": {
        "hi": [
            "unit test के लिए 10 नकली ग्राहकों का CSV बना दो: नाम, ईमेल, शहर, फ़ोन (भारतीय फ़ॉर्मैट), रजिस्ट्रेशन की तारीख। नाम भारतीय हों।",
            "mera date parser hai, iske liye edge cases chahiye — leap year, galat format, empty string, timezone wale. expected output ke saath list bana do: {p}",
            "डेमो डेटाबेस के लिए 'orders' टेबल की 20 sample rows चाहिए, SQL INSERT statements के रूप में। कुछ rows में NULL values भी डालना।",
            "इस फ़ंक्शन के लिए pytest fixtures लिख दीजिए, वैध और अवैध दोनों तरह के इनपुट के साथ: {p}",
        ],
        "vi": [
            "Tạo dữ liệu mẫu cho bảng nhân viên để demo phần mềm chấm công: mã NV, họ tên, phòng ban, ca làm, lương cơ bản. Khoảng 12 dòng, dạng CSV.",
            "Viết test case cho hàm chuẩn hóa địa chỉ này, nhớ bao gồm cả trường hợp có dấu/không dấu, viết tắt như 'Q.1', 'TP.HCM': {p}",
            "cần mock data cho API danh sách sản phẩm, khoảng 8 món, có cả sản phẩm hết hàng và giá = 0 để test UI",
            "Liệt kê các input biên cho parser số điện thoại Việt Nam: đầu số cũ, có +84, có khoảng trắng, độ dài sai... kèm kết quả mong đợi.",
        ],
        "id": [
            "Buatkan data dummy daftar siswa untuk demo aplikasi rapor: NIS, nama, kelas, nilai per mata pelajaran. 15 baris cukup, format CSV ya.",
            "Aku lagi bikin unit test buat fungsi validasi email. Tolong kasih daftar input aneh-aneh beserta hasil yang diharapkan: {p}",
            "Tolong buat seed data untuk database demo aplikasi kasir: produk, kategori, transaksi. Bentuk SQL INSERT, cukup 5-10 baris per tabel.",
            "Bikinin mock response dari API ongkir buat testing, termasuk kasus kota tidak ditemukan dan timeout: {p}",
        ],
        "tr": [
            "Yük testi için örnek sipariş verisi lazım: sipariş no, müşteri id, tutar, para birimi, durum. Birkaçı iptal, birkaçı iade olsun. CSV ver, 25 satır yeter.",
            "Şu CSV parser için uç durumları listele: tırnak içinde virgül, boş satır, BOM, farklı satır sonları... her biri için beklenen çıktıyı da yaz: {p}",
            "demo db icin urun tablosuna ornek kayitlar lazim, birkac tanesinde stok negatif olsun ki validasyonu gosterebileyim",
            "Bu sınıf için birim test fixture'ları yazar mısın? Hem mutlu yol hem hata durumları olsun: {p}",
        ],
        "it": [
            "Mi generi un CSV con 30 clienti fittizi per un database di prova? Colonne: nome, cognome, codice fiscale (finto), città, email.",
            "Scrivi dei casi di test per questa funzione che valida l'IBAN, includendo input limite e malformati: {p}",
            "Per una demo al cliente mi servono dati di esempio realistici di un magazzino: articoli, giacenze, fornitori. Una decina di righe per tabella in SQL.",
            "mi servono input cattivi per il mio parser di file INI: sezioni vuote, chiavi duplicate, commenti a metà riga, caratteri unicode... fai una lista col risultato atteso",
        ],
    },
    "summarize": {
        "hi": [
            "इस मीटिंग के नोट्स का सारांश दीजिए — फ़ैसले, एक्शन आइटम और ज़िम्मेदार व्यक्ति अलग-अलग: {p}",
            "ye research paper ka summary chahiye, isme bachon me logical thinking develop karne ke experiments hain. authors ne kya kya steps follow kiye aur result kya nikla, bullet points me",
            "कृपया इस सरकारी परिपत्र को पाँच बिंदुओं में सरल भाषा में समझाइए।",
            "नीचे लेख है: {p}\nइसे 100 शब्दों में समेटिए, लेखक के मुख्य तर्क छूटने नहीं चाहिए।",
        ],
        "vi": [
            "Tóm tắt buổi phỏng vấn khách hàng dưới đây thành các insight chính cho team sản phẩm: {p}",
            "Tóm tắt bài báo khoa học này về phương pháp đánh giá khả năng suy luận của mô hình ngôn ngữ. Nêu các bước tác giả đã thực hiện và kết luận chính.",
            "đọc hộ mình cái hợp đồng thuê nhà này rồi tóm lại mấy điểm quan trọng, nhất là phần đặt cọc với chấm dứt hợp đồng",
            "Viết tóm tắt 3 câu cho bài viết dưới đây, giữ nguyên các luận điểm chính: {p}",
        ],
        "id": [
            "Rangkum transkrip podcast ini jadi 5 poin utama plus satu kutipan yang paling menarik: {p}",
            "Tolong buat ringkasan artikel ilmiah pendidikan ini: peneliti mengamati bagaimana siswa menjelaskan cara berpikir mereka saat diskusi kelompok. Saya butuh tujuan, metode, dan hasilnya.",
            "bisa ringkasin bab ini ga? besok ujian dan aku belum baca sama sekali 😭",
            "Buat ringkasan eksekutif satu paragraf dari laporan kuartalan berikut untuk direksi: {p}",
        ],
        "tr": [
            "Bu mahkeme kararını hukukçu olmayan biri için özetler misin? Davanın konusu, tarafların iddiaları ve mahkemenin gerekçesi ayrı ayrı olsun: {p}",
            "Tez danışmanım bu makaleyi okumamı istedi, konusu yapay zeka kıyaslama setleri ve veri sızıntısı. Önce genel bir özet, sonra yazarların deney düzeneğini madde madde çıkarır mısın?",
            "şu uzun e-posta zincirini kısaca özetle, sonuçta ne karar verilmiş anlamadım",
            "Aşağıdaki raporu yönetim kurulu için yarım sayfayı geçmeyecek şekilde özetle, rakamları koru: {p}",
        ],
        "it": [
            "Riassumi questo thread di Slack per chi era in ferie: cosa si è deciso, cosa resta aperto, chi deve fare cosa.\n\n{p}",
            "Mi fai una scheda di lettura di questo saggio di filosofia sul concetto di spiegazione scientifica? Tesi, argomenti a sostegno, obiezioni considerate.",
            "riassunto veloce di questo capitolo di storia, domani interrogazione",
            "Sintetizza il documento seguente in massimo 150 parole, senza perdere gli argomenti chiave dell'autore: {p}",
        ],
    },
    "debugging_help": {
        "hi": [
            "ये कोड गलत आउटपुट दे रहा है: {p}\nलाइन-दर-लाइन बताइए कि हर स्टेप पर variables की value क्या होगी और गड़बड़ कहाँ है।",
            "bhai IndexError aa raha hai loop me, samajh nahi aa raha kyun. ek ek iteration trace karke dikhao please",
            "मेरा React component दो बार render हो रहा है और API call भी दो बार जा रही है। क्या आप समझा सकते हैं कि ऐसा क्यों होता है और इसे कैसे ठीक करूँ?",
            "recursion वाला ये function stack overflow दे रहा है। n=4 के लिए call-by-call trace करके दिखाइए कि base case तक क्यों नहीं पहुँच रहा: {p}",
        ],
        "vi": [
            "Mình viết hàm tính trung bình mà kết quả luôn bị làm tròn xuống, dù đã dùng float. Giải thích từng dòng giúp mình nhé: {p}",
            "hàm async của mình lúc chạy được lúc không, nghi là race condition. bạn phân tích giúp thứ tự thực thi với",
            "Lỗi NullPointerException ở dòng 42 nhưng mình đã kiểm tra null rồi. Nhờ bạn trace từng bước xem giá trị nào bị null và tại sao.",
            "Vòng lặp này đáng lẽ dừng sau 10 lần mà nó chạy mãi. Đi qua từng vòng cho mình xem biến i và tổng thay đổi thế nào nhé: {p}",
        ],
        "id": [
            "Tolong tracing manual kode di bawah pakai input [3, 1, 2]. Tulis tabel nilai variabel per iterasi, soalnya hasil sort-nya kebalik: {p}",
            "Kenapa query ini return kosong padahal datanya ada di tabel? Sudah saya cek berkali-kali, mohon bantuannya.",
            "gan, dapet error 'undefined is not a function' pas klik tombol. udah 2 jam ga nemu. bisa jelasin kenapa bisa gitu?",
            "Program Go saya deadlock. Bisa ditelusuri goroutine mana yang menunggu apa, langkah demi langkah? {p}",
        ],
        "tr": [
            "Stack trace aşağıda, kodu da ekledim. Hatanın hangi satırda, hangi değer yüzünden oluştuğunu adım adım açıklar mısın? {p}",
            "neden bu döngü son elemanı atlıyor anlamadım, off-by-one mı acaba? adım adım takip edelim",
            "Uygulama production'da bazen 'connection reset' hatası veriyor, lokalde hiç vermiyor. Olası nedenleri ve nasıl teşhis edeceğimi sırayla anlatır mısın?",
            "Bu regex neden '2024-1-5' gibi tarihleri yakalamıyor? Deseni parça parça açıklayıp eşleşmenin hangi kısımda koptuğunu gösterir misin? {p}",
        ],
        "it": [
            "Ciao! Il test unitario fallisce con 'expected 5, got 4'. Ti incollo funzione e test: {p}\nMi fai vedere passo per passo dove il conto va storto?",
            "perché mi dà KeyError se la chiave c'è?? sto impazzendo",
            "Ho un memory leak in un servizio Node.js. Puoi guidarmi passo passo nel capire da dove viene, partendo dallo snapshot dell'heap che ti incollo?",
            "Facciamo insieme il trace di questo ciclo: per ogni iterazione scrivi il valore di i, di j e dell'array. Non capisco perché l'ordinamento non funziona. {p}",
        ],
    },
}
