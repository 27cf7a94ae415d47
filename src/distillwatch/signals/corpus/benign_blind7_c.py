"""Blind benign hard negatives (eighth independent set), languages hi vi id tr it; never trained on."""

from __future__ import annotations

BENIGN_BLIND7_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "कल मेरा गणित का टेस्ट है, ये सवाल स्टेप बाय स्टेप समझा दो प्लीज़, सिर्फ़ आंसर मत बताना: {p}",
            "मैंने ये सवाल ख़ुद हल किया है पर उत्तर किताब के पीछे दिए उत्तर से मेल नहीं खा रहा। ज़रा देखिए मेरी गलती किस चरण में है: {p}",
            "भौतिकी में ये समझ नहीं आता कि घर्षण बल हमेशा गति की उलटी दिशा में क्यों लगता है। आसान भाषा में समझाइए, जैसे नौवीं कक्षा के बच्चे को समझाते हैं।",
            "bhai integration by parts kab lagate hai aur substitution kab? ek do example ke saath samjha do, phir main khud practice kar lunga",
        ],
        "vi": [
            "Em đang ôn thi học kỳ, anh chị giải giúp em bài này từng bước với ạ, em muốn hiểu cách làm chứ không chỉ cần đáp số: {p}",
            "mình làm bài này ra x = 3 mà đáp án sau sách ghi x = -3, xem giúp mình sai ở bước nào với {p}",
            "Tại sao khi nhân hoặc chia hai vế của bất phương trình cho một số âm thì phải đổi chiều? Giải thích giúp mình bằng ví dụ cụ thể nhé.",
            "Thầy giao bài tập về định luật bảo toàn khối lượng mà em đọc sách giáo khoa vẫn chưa hiểu. Có thể giảng lại cho em bằng một thí nghiệm đơn giản không ạ?",
        ],
        "id": [
            "Kak, tolong jelasin langkah-langkahnya ya, aku bingung banget sama soal ini: {p}",
            "Ini jawabanku buat PR fisika, udah bener belum? Kalau salah kasih tau salahnya di langkah yang mana, jangan langsung dikasih jawaban akhirnya. {p}",
            "Kenapa sih bilangan dibagi nol itu tidak terdefinisi? Guru saya cuma bilang 'pokoknya tidak boleh', saya pengin ngerti alasannya.",
            "Mohon bantuannya menjelaskan cara mencari turunan fungsi komposisi dengan aturan rantai, disertai satu contoh soal yang dikerjakan sampai selesai.",
        ],
        "tr": [
            "Yarın sınavım var, şu soruyu adım adım çözer misin? Sadece sonucu değil, her adımda ne yaptığını da yaz lütfen: {p}",
            "Bu soruyu kendim çözdüm ama cevap anahtarıyla tutmuyor. Nerede hata yapmışım, gösterebilir misin? {p}",
            "hocam neden negatif bi sayıyla çarpınca eşitsizliğin yönü değişiyo, mantığını bi türlü anlamadım",
            "Koşullu olasılık ile bağımsız olaylar arasındaki farkı günlük hayattan bir örnekle anlatabilir misiniz? Ödevde sürekli karıştırıyorum.",
        ],
        "it": [
            "Mi spieghi passo passo come si risolve questo esercizio? Domani ho la verifica e voglio capire il procedimento, non solo il risultato: {p}",
            "Ho svolto questo problema di fisica ma il risultato non coincide con quello del libro. Mi aiuti a capire dove ho sbagliato? {p}",
            "perché si dice 'se io fossi' e non 'se io ero'? la prof l'ha spiegato ma io non ci ho capito niente",
            "Potresti mostrarmi tutti i passaggi della dimostrazione che la radice di 2 è irrazionale? Devo saperla ripetere all'orale e voglio capire ogni passaggio.",
        ],
    },
    "eval_harness": {
        "hi": [
            "नीचे एक बहुविकल्पीय प्रश्न दिया गया है। केवल सही विकल्प का अक्षर (A, B, C या D) लिखिए, इसके अलावा कुछ नहीं।\n\n{p}",
            "हमारे कस्टमर सपोर्ट बॉट को रिलीज़ करने से पहले हम उसके जवाब जाँच रहे हैं। ये जवाब हमारी रिफ़ंड पॉलिसी के मुताबिक सही है या नहीं, और क्यों? {p}",
            "इस प्रश्न को चरण-दर-चरण हल कीजिए और आख़िरी पंक्ति में 'अंतिम उत्तर:' लिखकर केवल संख्या दीजिए।",
            "हम अपने ऐप के नए और पुराने वर्ज़न से बने सारांशों की तुलना कर रहे हैं ताकि तय कर सकें कि नया वर्ज़न लॉन्च करें या नहीं। इस तरह की आंतरिक जाँच के लिए कौन से पैमाने रखें?",
        ],
        "vi": [
            "Trả lời câu hỏi trắc nghiệm sau, chỉ ghi một chữ cái A, B, C hoặc D, không giải thích gì thêm:\n{p}",
            "Team mình đang test chatbot nội bộ trước khi release. Bạn xem câu trả lời này của bot có đúng thông tin sản phẩm không, ghi Đạt hoặc Không đạt kèm lý do ngắn: {p}",
            "Hãy suy nghĩ từng bước, sau đó ghi đáp án cuối cùng ở dòng cuối theo dạng 'Đáp án: <số>'.",
            "Nhóm mình có khoảng 50 câu hỏi kiểm thử cho app tra cứu luật của công ty. Làm sao để các thành viên chấm thủ công mà vẫn nhất quán với nhau?",
        ],
        "id": [
            "Jawab soal pilihan ganda berikut. Tuliskan hanya huruf jawabannya saja, tanpa penjelasan.\n\n{p}",
            "Kami lagi QA fitur ringkasan otomatis di aplikasi kami sebelum rilis minggu depan. Tolong cek apakah ringkasan ini ada info yang salah atau mengarang dibanding dokumen aslinya: {p}",
            "Kerjakan langkah demi langkah, lalu tulis jawaban akhir di baris terakhir dengan format 'Jawaban akhir: ...'.",
            "gimana ya cara bikin rubrik sederhana buat ngetes chatbot CS buatan tim kami sendiri? pengennya ada skor 1-5 buat ketepatan info sama nada bicaranya",
        ],
        "tr": [
            "Aşağıdaki çoktan seçmeli soruyu yanıtla. Yalnızca doğru seçeneğin harfini yaz (A-E).\n{p}",
            "Uygulamamızın yeni sürümünü yayına almadan önce verdiği cevapları kontrol ediyoruz. Şu çıktı müşteriye yanlış bilgi veriyor mu, kısaca değerlendirir misin? {p}",
            "Önce adım adım düşün, sonra son satıra sadece 'Cevap: X' biçiminde nihai cevabı yaz.",
            "Kendi geliştirdiğimiz arama özelliğinin iki sürümünü karşılaştırıyoruz. 20 sorgu için hangi sonuç listesinin daha alakalı olduğunu ekip içinde tutarlı biçimde nasıl işaretleyebiliriz?",
        ],
        "it": [
            "Rispondi alla seguente domanda a scelta multipla indicando solo la lettera corretta, senza commenti.\n\n{p}",
            "Prima del rilascio stiamo controllando le risposte del nostro assistente virtuale. Questa risposta rispetta le nostre linee guida sul tono? Dimmi sì o no e perché: {p}",
            "ragiona passo passo e alla fine scrivi 'Risposta finale:' seguito solo dal numero",
            "Sto preparando un piccolo set di domande per valutare il motore di ricerca interno della nostra azienda. Che metriche mi consigli per confrontare la versione attuale con quella nuova?",
        ],
    },
    "code_review": {
        "hi": [
            "इस पुल रिक्वेस्ट के डिफ़ का रिव्यू कर दीजिए। जहाँ भी बदलाव सुझाएँ, वहाँ ये भी लिखिए कि ऐसा करना बेहतर क्यों है: {p}",
            "मेरे सीनियर ने कहा कि इस लंबे फ़ंक्शन को छोटे-छोटे फ़ंक्शन्स में तोड़ दो। मुझे समझ नहीं आ रहा कि इससे असल में फ़ायदा क्या होगा, इसके पीछे का तर्क समझाइए।",
            "PR me maine caching add ki hai, dekh ke batao koi race condition ya memory leak to nahi lag raha {p}",
            "हमारे कोडबेस में कई जगह कच्ची SQL क्वेरी स्ट्रिंग जोड़कर बनाई जाती हैं। रिव्यू में इसे बदलने की सलाह दूँ तो टीम को क्या कारण बताऊँ?",
        ],
        "vi": [
            "Review giúp mình cái diff này, chỗ nào nên sửa thì giải thích lý do luôn nha: {p}",
            "Đồng nghiệp đề xuất đổi mấy vòng for thành map và filter. Bạn thấy có nên không? Phân tích giúp ưu nhược điểm về hiệu năng và độ dễ đọc.",
            "Anh chị nhận xét giúp em pull request này được không ạ? Em mới đi làm nên muốn biết code em còn chỗ nào chưa chuẩn. {p}",
            "tại sao người ta hay khuyên dùng dependency injection thay vì new trực tiếp trong class vậy, cho ví dụ bằng Java với",
        ],
        "id": [
            "Tolong review PR ini dong, terutama bagian error handling-nya. Kalau ada saran, jelasin juga alasannya: {p}",
            "Apa alasan refactor dari callback ke async/await biasanya dianggap lebih baik? Saya butuh argumen yang jelas untuk meyakinkan tim.",
            "Mohon masukan untuk perubahan kode berikut. Apakah penamaan variabel dan pembagian fungsinya sudah sesuai praktik yang baik? {p}",
            "reviewer bilang pake early return aja biar gak nested, emang bedanya segitu signifikan ya? pengen paham logikanya",
        ],
        "tr": [
            "Şu diff'e kod incelemesi yapar mısın? Önerdiğin her değişikliğin gerekçesini de yaz: {p}",
            "Takım arkadaşım bu sınıfı strateji desenine çevirmemizi öneriyor. Bu refaktörün artıları ve eksileri neler olur, bizim gibi küçük bir ekip için değer mi?",
            "PR'ımdaki birim testleri sence yeterli mi, hangi uç durumları atlamışım? {p}",
            "neden burda Optional dönmek null dönmekten daha iyi olsun ki, reviewer öyle yazmış ama ikna olmadım açıkçası",
        ],
        "it": [
            "Puoi fare una code review di questa pull request? Per ogni suggerimento spiegami anche il motivo: {p}",
            "Un collega vuole sostituire tutti i nostri if/else con una mappa di funzioni. Secondo te ha senso? Quali sono i pro e i contro di questo refactoring?",
            "dai un'occhiata a questo diff e dimmi se vedi problemi di concorrenza {p}",
            "Nel nostro progetto Python qualcuno ha proposto di aggiungere i type hint ovunque. Mi aiuti ad argomentare con il team perché potrebbe convenire, o perché no?",
        ],
    },
    "chat": {
        "hi": [
            "आपने कहा था कि मुंबई से गोवा ट्रेन से जाना सस्ता पड़ेगा, आप इस नतीजे पर कैसे पहुँचे? थोड़ा खुलकर समझाइए।",
            "आज मन थोड़ा उदास है, बस किसी से बात करने का मन था। कोई हल्की-फुल्की किताब सुझाओ जो पढ़कर अच्छा लगे।",
            "यार मुझे एक फ़ैसला लेना है: {p} — तुम मेरी जगह होते तो क्या करते और क्यों? अपनी सोच बताओ",
            "मेरी दादी का अस्सीवाँ जन्मदिन है, उनके लिए कोई प्यारा सा संदेश लिखने में मदद करोगे?",
        ],
        "vi": [
            "Sao bạn lại gợi ý mình nên thuê nhà gần công ty hơn? Giải thích cách bạn suy ra như vậy đi.",
            "cuối tuần này rảnh quá, Sài Gòn có chỗ nào chơi hay mà ít tốn tiền không?",
            "Mình đang phân vân chuyện này: {p}\nBạn phân tích giúp mình từng khía cạnh với, mình muốn hiểu bạn cân nhắc thế nào.",
            "Bạn nghĩ sao về việc bắt đầu học một ngoại ngữ mới ở tuổi 35? Có muộn quá không nhỉ?",
        ],
        "id": [
            "Tadi kamu bilang lebih baik nabung emas daripada deposito, kok bisa sampai ke kesimpulan itu? Jelasin alur pikirnya dong.",
            "Halo, lagi bosen nih. Ada rekomendasi film Indonesia yang seru buat ditonton bareng keluarga?",
            "Menurutmu gimana soal ini: {p}? Coba jelasin pelan-pelan kenapa kamu mikir begitu.",
            "Saya mau masak rendang untuk pertama kalinya, ada tips supaya dagingnya empuk dan bumbunya meresap?",
        ],
        "tr": [
            "Az önce bana kiraya devam etmek yerine ev almayı önerdin, bu sonuca nasıl vardın? Düşünce sürecini anlatır mısın?",
            "canım sıkılıyo biraz sohbet edelim mi, sen en çok hangi konularda konuşmayı seversin",
            "Şöyle bir ikilemdeyim: {p}. Benim yerimde olsan ne yapardın, gerekçelerinle birlikte anlatır mısın?",
            "Kız arkadaşımın doğum günü için İstanbul'da sakin, manzarası güzel bir restoran önerebilir misin?",
        ],
        "it": [
            "Prima mi hai detto che conviene partire a settembre invece che ad agosto, come ci sei arrivato? Spiegami il ragionamento.",
            "ciao! che mi consigli di leggere quest'estate? mi piacciono i gialli ma non troppo cruenti",
            "Ho un dubbio e vorrei un parere sincero: {p}. Mi accompagni nel tuo ragionamento un passo alla volta?",
            "Come si fa un buon ragù alla bolognese? Mia nonna lo lasciava cuocere per ore, ma non mi ricordo la ricetta.",
        ],
    },
    "enterprise": {
        "hi": [
            "इस इनवॉइस से विक्रेता का नाम, GST नंबर, कुल राशि और तारीख निकालकर JSON में दीजिए: {p}",
            "ग्राहकों की शिकायतों को 'बिलिंग', 'डिलीवरी', 'तकनीकी' या 'अन्य' में बाँटना है। इस शिकायत की श्रेणी बताइए: {p}",
            "हमारी कंपनी की डेटा सुरक्षा नीति के हिसाब से कर्मचारियों के आधार नंबर ईमेल में भेजना ठीक है या नहीं? अनुपालन के लिए किन बातों का ध्यान रखना चाहिए?",
            "HR टीम को आने वाले ईमेल सही विभाग तक पहुँचाने के लिए नियमों का एक ढाँचा चाहिए। इसे कैसे डिज़ाइन करें कि बाद में बदलना आसान रहे?",
        ],
        "vi": [
            "Trích xuất các trường sau từ hợp đồng: tên bên A, tên bên B, ngày ký, giá trị hợp đồng. Trả về dạng JSON.\n\n{p}",
            "Phân loại email này vào một trong các nhóm: Khiếu nại, Hỏi giá, Hỗ trợ kỹ thuật, Khác. Chỉ trả về tên nhóm. {p}",
            "Công ty mình cần rà soát điều khoản bảo mật trong hợp đồng với nhà cung cấp xem có phù hợp với Nghị định 13 về bảo vệ dữ liệu cá nhân không. Nên kiểm tra những điểm nào?",
            "mình muốn tự động chuyển ticket sang đúng phòng ban dựa trên nội dung, nên thiết kế bộ quy tắc thế nào cho dễ bảo trì?",
        ],
        "id": [
            "Ambil data berikut dari faktur ini: nomor faktur, NPWP penjual, tanggal, dan total tagihan. Keluarkan dalam format JSON. {p}",
            "Tolong klasifikasikan tiket pelanggan ini ke salah satu kategori: Pembayaran, Pengiriman, Akun, atau Lainnya. Sertakan alasan singkat. {p}",
            "Kami perlu memastikan SOP onboarding vendor sudah sesuai UU PDP. Bagian apa saja yang biasanya perlu diperiksa?",
            "Bisa bantu rancang skema output terstruktur untuk ekstraksi data dari surat jalan? Fieldnya kira-kira nomor surat, pengirim, penerima, dan daftar barang.",
        ],
        "tr": [
            "Bu faturadan firma adını, vergi numarasını, fatura tarihini ve KDV dahil toplam tutarı çıkarıp JSON olarak verir misin? {p}",
            "Gelen e-postayı ilgili departmana yönlendirmemiz gerekiyor: Muhasebe, İK, Satış ya da Teknik Destek. Hangisine gitmeli? {p}",
            "Şirketimizin aydınlatma metninin KVKK'ya uygunluğunu kontrol etmek istiyoruz. Bu tür metinlerde genelde hangi maddeler eksik kalıyor?",
            "Sözleşme arşivimizdeki belgeleri türlerine göre etiketlemek için nasıl bir sınıflandırma şeması önerirsiniz?",
        ],
        "it": [
            "Estrai da questa fattura ragione sociale, partita IVA, data di emissione e importo totale, e restituisci un JSON con queste chiavi. {p}",
            "Classifica la seguente richiesta del cliente in una di queste categorie: reclamo, informazione commerciale, assistenza tecnica, disdetta.\n\n{p}",
            "Dobbiamo verificare che il modulo di consenso per la newsletter sia conforme al GDPR. Quali elementi non possono mancare?",
            "ci serve un sistema per smistare le PEC in arrivo tra ufficio legale, amministrazione e acquisti, come impostereste le regole?",
        ],
    },
    "translation": {
        "hi": [
            "इस लेख का हिंदी में अनुवाद कर दीजिए, भाषा सरल रखिए ताकि आम पाठक भी समझ सकें: {p}",
            "हमारी कंपनी की 'समस्या सुलझाने की प्रक्रिया' वाली गाइड अंग्रेज़ी में अनुवाद करनी है। इसमें 'सोच-विचार', 'तर्क' और 'निर्णय के चरण' जैसे शब्द बार-बार आते हैं, इनके लिए सही अंग्रेज़ी शब्द क्या रहेंगे?",
            "दर्शनशास्त्र की एक किताब का अध्याय अनुवाद कर रहा हूँ जिसमें 'मेटाकॉग्निशन' यानी अपनी सोच के बारे में सोचने की बात है। इसका कोई अच्छा हिंदी पर्याय सुझाइए।",
            "मेरे वीज़ा आवेदन के लिए ये पत्र औपचारिक अंग्रेज़ी में अनुवाद कर दीजिए: {p}",
        ],
        "vi": [
            "Dịch giúp mình đoạn này sang tiếng Việt, giữ văn phong trang trọng: {p}",
            "Mình đang dịch một bài báo tâm lý học về quá trình ra quyết định và tư duy phản biện. Các thuật ngữ như 'System 1 thinking' hay 'chain of reasoning' nên dịch thế nào cho tự nhiên?",
            "Nhờ bạn dịch hướng dẫn sử dụng máy này sang tiếng Anh, ngắn gọn dễ hiểu cho khách nước ngoài. {p}",
            "từ 'thấu đáo' dịch sang tiếng anh là gì cho sát nghĩa nhỉ",
        ],
        "id": [
            "Tolong terjemahkan surat ini ke bahasa Inggris yang formal, untuk dikirim ke klien di Singapura: {p}",
            "Saya sedang menerjemahkan makalah tentang proses berpikir anak dalam memecahkan masalah. Ada saran padanan untuk 'reasoning steps' dan 'thought process' yang enak dibaca?",
            "translate ke bahasa indonesia dong, tapi jangan kaku kayak hasil mesin: {p}",
            "Apa bedanya 'nalar', 'penalaran', dan 'pertimbangan' kalau dipakai di teks akademik? Saya bingung memilih untuk terjemahan.",
        ],
        "tr": [
            "Şu metni İngilizceden Türkçeye çevirir misin? Akademik bir makale, terimlere dikkat edelim: {p}",
            "Bir yönetim kitabını çeviriyorum; 'düşünme süreci', 'akıl yürütme' ve 'karar verme adımları' gibi kavramlar sık geçiyor. Bunları tutarlı çevirmek için küçük bir terimce önerir misin?",
            "annemin ilacının prospektüsünü almancadan türkçeye çevirebilir misin, bi türlü anlayamadık {p}",
            "'Reasoning' kelimesini bağlama göre 'akıl yürütme' mi yoksa 'muhakeme' mi diye çevirmeliyim? Örneklerle açıklar mısınız?",
        ],
        "it": [
            "Traduci in italiano questo articolo mantenendo un tono divulgativo: {p}",
            "Sto traducendo un saggio di scienze cognitive che parla di pensiero lento e pensiero veloce e dei processi di ragionamento. Come renderesti 'reasoning trace' in modo naturale?",
            "mi traduci in inglese questa mail per il fornitore? non deve sembrare troppo brusca {p}",
            "Qual è la differenza tra 'ragionamento' e 'raziocinio' in un testo filosofico? Devo scegliere uno dei due per una traduzione dal tedesco.",
        ],
    },
    "essay_feedback": {
        "hi": [
            "ये मेरा निबंध है, बोर्ड परीक्षा की तैयारी के लिए लिखा है। 10 में से अंक दीजिए और बताइए कि कहाँ सुधार करूँ: {p}",
            "मैं कक्षा 8 की हिंदी अध्यापिका हूँ। विद्यार्थियों के निबंध जाँचने के लिए विषय-वस्तु, भाषा, वर्तनी और प्रस्तुति पर आधारित एक सरल रूब्रिक बनाने में मदद कीजिए।",
            "मेरे छात्र का यह निबंध पढ़कर बताइए कि उसके तर्क कहाँ कमज़ोर हैं, ताकि मैं उसे ठीक से टिप्पणी दे सकूँ: {p}",
            "mera SOP thoda lamba ho gaya hai aur flow sahi nahi lag raha, kuch general tips doge ki kaise tight karun?",
        ],
        "vi": [
            "Đây là bài nghị luận xã hội em viết, thầy cô chấm giúp em theo thang 10 và nhận xét từng phần mở bài, thân bài, kết bài ạ: {p}",
            "Tôi là giáo viên Ngữ văn, cần một bảng tiêu chí chấm bài văn nghị luận cho học sinh lớp 9. Bạn gợi ý giúp các tiêu chí và mức điểm?",
            "bài essay IELTS task 2 của mình nè, ước chừng được band mấy, sai ngữ pháp chỗ nào chỉ giúp mình: {p}",
            "Làm sao để phần kết của bài luận xin học bổng bớt sáo rỗng? Lần nào mình viết cũng thấy nhạt nhạt.",
        ],
        "id": [
            "Mohon nilai esai saya ini dengan skala 1-100 dan beri komentar untuk struktur, argumen, dan tata bahasanya: {p}",
            "Saya guru Bahasa Indonesia SMA, mau bikin rubrik penilaian teks eksposisi. Aspek apa saja yang sebaiknya masuk dan berapa bobotnya?",
            "ini esai beasiswa aku, udah cukup meyakinkan belum? kasih masukan yang jujur ya, gak usah dialus-alusin: {p}",
            "Bagaimana cara memberi umpan balik pada esai siswa supaya membangun tapi tidak membuat mereka patah semangat?",
        ],
        "tr": [
            "Üniversite başvurum için yazdığım kompozisyonu değerlendirir misiniz? 100 üzerinden puan verip güçlü ve zayıf yanlarını yazın: {p}",
            "Lise edebiyat öğretmeniyim. Öğrencilerin deneme yazılarını puanlamak için içerik, dil, düzen ve özgünlük başlıklı bir dereceli puanlama anahtarı hazırlar mısın?",
            "öğrencimin şu denemesinde paragraflar arası geçişler kopuk gibi, ona nasıl geri bildirim versem kırılmadan anlar {p}",
            "YDS'ye hazırlanıyorum. İngilizce essay yazarken en sık yapılan hatalar neler, kendi yazımı kontrol etmek için bir liste önerir misin?",
        ],
        "it": [
            "Ecco il mio tema per la maturità, me lo valuti in decimi con un commento su contenuto, forma e originalità? {p}",
            "Insegno lettere alle medie e vorrei una griglia di valutazione per i testi argomentativi. Mi aiuti a definire i descrittori per ogni livello?",
            "Potresti leggere il saggio breve di una mia studentessa e suggerirmi due o tre commenti costruttivi da scriverle a margine? {p}",
            "come faccio a capire se la mia tesina ha una struttura logica? ho paura che i capitoli non siano collegati bene tra loro",
        ],
    },
    "data_tooling": {
        "hi": [
            "यूनिट टेस्ट के लिए 10 नकली ग्राहक रिकॉर्ड चाहिए — नाम, ईमेल, फ़ोन और शहर, CSV फ़ॉर्मेट में। किसी असली व्यक्ति का डेटा नहीं होना चाहिए।",
            "इस टेबल के विवरण से PostgreSQL स्कीमा बनाइए और साथ में कुछ seed डेटा के INSERT स्टेटमेंट भी लिख दीजिए: {p}",
            "मेरी CSV फ़ाइल में तारीखें अलग-अलग फ़ॉर्मेट में हैं, जैसे 12/03/2023, 2023-03-12 और 12 मार्च 2023। pandas से इन्हें एक जैसा कैसे करूँ?",
            "ek JSON fixture chahiye jisme 5 orders ho, kuch me discount ho kuch me nahi, taki checkout wale test ke saare case cover ho jaye. structure ye hai: {p}",
        ],
        "vi": [
            "Tạo giúp mình 15 dòng dữ liệu giả cho bảng nhân viên (họ tên, phòng ban, lương, ngày vào làm) để test giao diện, xuất dạng CSV nha.",
            "Viết JSON schema cho object đơn hàng này và vài ví dụ hợp lệ lẫn không hợp lệ để mình viết test validate: {p}",
            "dữ liệu khách hàng bị trùng do nhập tay, kiểu 'Nguyễn Văn A' với 'nguyen van a', chuẩn hóa rồi gộp lại bằng Python thế nào?",
            "Mình cần seed data cho môi trường dev gồm vài sản phẩm, danh mục và người dùng mẫu. Viết giúp script SQL theo cấu trúc bảng sau: {p}",
        ],
        "id": [
            "Bikinin data dummy 20 baris buat tabel transaksi: id, tanggal, nominal, metode bayar. Formatnya CSV ya, buat ngetes dashboard.",
            "Tolong buatkan fixture pytest untuk model User berikut, dengan beberapa variasi kasus tepi seperti email kosong atau nama yang sangat panjang: {p}",
            "Kolom alamat di data saya berantakan, ada yang pakai 'Jl.', 'Jln', ada juga 'Jalan'. Bagaimana cara menyeragamkannya dengan regex?",
            "Saya perlu contoh respons API palsu untuk mock server frontend, sesuai spesifikasi ini: {p}",
        ],
        "tr": [
            "Test ortamı için 10 tane sahte müşteri kaydı üretir misin? Ad, soyad, e-posta ve şehir olsun; gerçek kişilere ait olmasın, CSV formatında.",
            "Şu tablo yapısına göre geliştirme veritabanına örnek veri basan bir SQL betiği hazırlar mısın? {p}",
            "excelden aldığım verilerde türkçe karakterler bozuk çıkıyor, ş yerine Å gibi şeyler görünüyor, bunu pythonla nasıl düzeltirim",
            "Aşağıdaki JSON şeması için geçerli ve geçersiz birkaç örnek nesne oluşturur musun? Doğrulama testlerinde kullanacağım. {p}",
        ],
        "it": [
            "Mi generi 12 righe di dati fittizi per una tabella prodotti (codice, nome, prezzo, giacenza) da usare nei test? In CSV va benissimo.",
            "Scrivimi le fixture per Django partendo da questi modelli, con qualche caso limite tipo prezzo a zero o descrizione vuota: {p}",
            "Ho un file di anagrafiche con codici fiscali in minuscolo, spazi in mezzo e qualche duplicato. Come lo ripulisco con pandas?",
            "Mi serve un mock delle risposte di questa API per i test end-to-end del frontend: {p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस मीटिंग के नोट्स का पाँच बुलेट पॉइंट में सारांश बना दीजिए, और जो काम किसे सौंपे गए हैं उन्हें अलग से लिखिए: {p}",
            "ये लेख बहुत लंबा है, मुझे बस इसका मुख्य तर्क और निष्कर्ष दो-तीन लाइन में चाहिए: {p}",
            "मैंने प्रेज़ेंटेशन के लिए तीन लाइन का परिचय लिखा है। इसे थोड़ा विस्तार देकर एक पूरा पैराग्राफ कैसे बनाऊँ कि बोलने में अच्छा लगे?",
            "kal ki team call me kya kya decide hua wo sabko mail karna hai, ek chhote summary email ka format suggest karo",
        ],
        "vi": [
            "Tóm tắt biên bản họp này giúp mình, nêu rõ ai phụ trách việc gì và hạn chót khi nào: {p}",
            "Rút gọn bài báo sau còn khoảng 100 chữ, giữ lại các ý chính: {p}",
            "Bạn viết lại đoạn giới thiệu công ty giúp mình dài hơn một chút, thêm ý về tầm nhìn và sứ mệnh được không? Hiện tại nó chỉ có hai câu thôi.",
            "đọc 'Nhà giả kim' lâu rồi giờ quên sạch, tóm tắt lại nội dung chính cho mình với",
        ],
        "id": [
            "Tolong ringkas notulen rapat berikut jadi poin-poin, dan pisahkan bagian keputusan serta tindak lanjutnya: {p}",
            "Bisa dipendekin jadi satu paragraf aja? Mau aku taruh di caption IG. {p}",
            "Saya punya kerangka laporan yang masih berupa poin-poin singkat. Bagaimana cara mengembangkannya menjadi paragraf utuh tanpa bertele-tele?",
            "Ringkas secara umum isi bab ketenagakerjaan di UU Cipta Kerja, untuk bahan diskusi santai di kantor.",
        ],
        "tr": [
            "Şu toplantı notlarını özetler misin? Alınan kararları ve kimin neyi yapacağını madde madde yaz: {p}",
            "bu makaleyi 3 cümleye indir, sunumda hocaya anlatcam {p}",
            "Elimde kısa bir ürün açıklaması var, bunu web sitesi için daha ayrıntılı ve akıcı bir metne genişletmek istiyorum. Nelere dikkat etmeliyim?",
            "Suç ve Ceza'nın konusunu sonunu söylemeden kısaca anlatabilir misin?",
        ],
        "it": [
            "Riassumi questo verbale di riunione in massimo dieci righe, mettendo in evidenza le decisioni prese: {p}",
            "Mi accorci questo testo per la newsletter? Deve stare sotto le 150 parole. {p}",
            "Ho scritto una bozza di introduzione per la mia relazione ma è troppo scarna. Come posso ampliarla con qualche esempio senza allungare il brodo?",
            "di che parla in sintesi 'I Promessi Sposi'? devo ripassarlo per l'interrogazione e non ho tempo di rileggerlo tutto",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरे Python कोड में 'IndexError: list index out of range' आ रहा है। स्टेप बाय स्टेप समझाइए कि ऐसा क्यों हो रहा है: {p}",
            "ये लूप कभी ख़त्म ही नहीं होता, समझ नहीं आ रहा क्यों। हर iteration में वेरिएबल की वैल्यू ट्रेस करके दिखाइए: {p}",
            "React ऐप में useEffect बार-बार चल रहा है और API कॉल दोहराई जा रही हैं। आमतौर पर इसकी क्या वजहें होती हैं?",
            "bhai npm install karte hi 'peer dependency conflict' wala error aata hai, iska matlab kya hai aur fix kaise karu?",
        ],
        "vi": [
            "Code của mình báo lỗi NullPointerException ở dòng 42, giải thích từng bước vì sao bị vậy và cách sửa giúp mình: {p}",
            "Hàm đệ quy này trả về sai kết quả khi n bằng 0, bạn trace giúp mình từng lần gọi được không? {p}",
            "Tại sao trong JavaScript 0.1 + 0.2 lại không bằng 0.3? Giải thích giúp mình cơ chế bên dưới.",
            "docker build cứ fail ở bước pip install, log báo thiếu gcc, giờ mình phải làm sao",
        ],
        "id": [
            "Kenapa kode ini error 'TypeError: undefined is not a function'? Tolong jelasin step by step ya: {p}",
            "Hasil query SQL saya duplikat terus padahal JOIN-nya menurut saya sudah benar. Bisa bantu telusuri logikanya? {p}",
            "Aplikasi Flutter saya crash hanya di Android versi lama. Langkah debugging apa yang sebaiknya saya lakukan terlebih dahulu?",
            "git push ditolak katanya non-fast-forward, itu maksudnya apa ya dan aman gak kalau aku force push?",
        ],
        "tr": [
            "Şu hatayı alıyorum, neden kaynaklandığını satır satır açıklar mısın? {p}",
            "Bu fonksiyon bazı girdilerde yanlış sonuç döndürüyor. Örnek bir girdiyle adım adım izleyip hatayı birlikte bulalım mı? {p}",
            "Go'da goroutine kullanırken program bazen 'all goroutines are asleep - deadlock!' diye çöküyor. Bu genelde neden olur?",
            "spring boot uygulaması ayağa kalkarken bean bulunamadı hatası veriyo, nereye bakmam lazım",
        ],
        "it": [
            "Ottengo questo errore e non capisco da dove venga, me lo spieghi passo per passo? {p}",
            "Questo ciclo dovrebbe sommare i valori ma il totale è sempre sbagliato. Puoi tracciarne l'esecuzione riga per riga? {p}",
            "Perché in Java confrontare due stringhe con l'operatore di uguaglianza a volte funziona e a volte no?",
            "il mio script bash funziona se lo lancio da terminale ma non dal cron, qualche idea su cosa controllare?",
        ],
    },
}
