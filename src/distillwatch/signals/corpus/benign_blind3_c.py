"""Blind benign hard negatives (fourth independent set), languages hi vi id tr it; never trained on."""

from __future__ import annotations

BENIGN_BLIND3_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "सर, ये सवाल समझ नहीं आ रहा: {p}\nकृपया हर स्टेप अलग से लिखकर समझाइए कि वहाँ ऐसा क्यों किया।",
            "maine ye sum kiya par answer book se match nahi ho raha. meri galti kahan hai bata do pls\n{p}",
            "कक्षा 9 का विज्ञान का प्रश्न है। ऐसे समझाओ जैसे किसी 12 साल के बच्चे को समझा रहे हो, भारी शब्द मत इस्तेमाल करना।",
            "मेरा उत्तर 42 आया है। क्या यह सही है? अगर गलत है तो सिर्फ़ उस स्टेप पर उंगली रखो जहाँ गड़बड़ हुई, पूरा हल मत लिखना, मैं खुद दोबारा कोशिश करूँगा।",
        ],
        "vi": [
            "Mọi người ơi giải giúp em bài này với, em cần cả các bước trình bày để chép vào vở ạ: {p}",
            "em làm ra x = 3 mà đáp án ghi x = -3, em sai dấu ở đâu vậy ạ?? {p}",
            "Giải thích cho mình tại sao bài này lại dùng định lý Pytago chứ không phải định lý Ta-lét, nói dễ hiểu thôi nhé, mình mới lớp 7.",
            "Bài tập về nhà môn Hóa. Mình không cần đáp án ngay đâu, chỉ cần gợi ý bước đầu tiên thôi, phần còn lại mình tự làm.",
        ],
        "id": [
            "kak tolong bantu jelasin langkah2nya dong, aku bingung banget sama soal ini:\n{p}",
            "Saya sudah mengerjakan soal di bawah, mohon dicek apakah jawaban saya benar. Kalau salah, tunjukkan di baris mana kesalahannya.\n\n{p}",
            "Jelaskan konsep turunan seperti menjelaskan ke anak SD ya, pakai contoh sehari-hari, jangan langsung rumus.",
            "Ini PR fisika gw soal gerak lurus berubah beraturan. kenapa percepatannya negatif ya? gw kira harusnya positif",
        ],
        "tr": [
            "Hocam şu soruyu adım adım çözebilir misiniz, özellikle ikinci adımda neden o formülü kullandığımızı anlamadım: {p}",
            "cevabim 15 cikti ama kitapta 12 diyor, nerde hata yaptim bakar misin\n{p}",
            "12 yaşındaki kardeşime anlatacağım, fotosentezi onun anlayacağı şekilde basitçe açıklar mısın?",
            "Ödevimi kontrol eder misin? Sadece doğru ya da yanlış demen yetmez, yanlışsa nedenini de yaz lütfen.",
        ],
        "it": [
            "Ciao, mi spieghi passo passo come si risolve questo esercizio? Non voglio solo il risultato, voglio capire il ragionamento. {p}",
            "ho fatto l'esercizio ma il risultato non torna con quello del libro... dov'è l'errore?\n\n{p}",
            "Sono una mamma e non mi ricordo più come si fanno le divisioni in colonna. Mi spieghi il metodo che usano adesso a scuola, così aiuto mia figlia?",
            "Domani ho la verifica di latino. Perché in questa frase si usa il congiuntivo e non l'indicativo? Me lo spieghi senza troppi paroloni?",
        ],
    },
    "eval_harness": {
        "hi": [
            "निम्नलिखित प्रश्न का उत्तर दें। पहले चरण-दर-चरण सोचें, फिर अंतिम पंक्ति में केवल 'उत्तर: ' के बाद संख्या लिखें।\n\nप्रश्न: {p}",
            "बहुविकल्पीय प्रश्न। केवल सही विकल्प का अक्षर (A, B, C या D) लिखें, कोई व्याख्या नहीं।\n{p}",
            "### उदाहरण 1\nप्रश्न: 7 + 5 = ?\nउत्तर: 12\n\n### उदाहरण 2\nप्रश्न: {p}\nउत्तर:",
            "[मूल्यांकन सेट: हिंदी पठन-बोध]\nनीचे दिए गद्यांश को पढ़कर प्रश्न का उत्तर ठीक एक शब्द में दें। उत्तर को उद्धरण चिह्नों में न रखें।",
        ],
        "vi": [
            "Bạn là thí sinh trong bài kiểm tra toán. Trình bày lời giải ngắn gọn, dòng cuối cùng chỉ ghi kết quả dạng số thập phân làm tròn 2 chữ số.",
            "Đọc đoạn văn và câu hỏi rồi chọn đáp án đúng nhất. Trả lời theo mẫu (X), trong đó X là chữ cái của phương án.\n\n{p}",
            "Ví dụ:\nTiếng Anh: good morning\nTiếng Việt: chào buổi sáng\n\nTiếng Anh: {p}\nTiếng Việt:",
            "Bài đánh giá đọc hiểu. Trả lời đúng nguyên văn cụm từ trong đoạn văn, không thêm dấu chấm hay chữ nào khác, vì hệ thống chấm so khớp chính xác.",
        ],
        "id": [
            "Jawablah pertanyaan berikut. Tuliskan langkah pengerjaan secara singkat, lalu pada baris terakhir tulis hanya: Jawaban akhir: <angka>\n\n{p}",
            "Pilih satu jawaban yang paling tepat. Balas dengan huruf saja (A, B, C, D, atau E).\n\nSoal: {p}",
            "Contoh 1\nKalimat: Film ini membosankan.\nSentimen: negatif\n\nContoh 2\nKalimat: Pelayanannya ramah sekali.\nSentimen: positif\n\nSekarang tentukan sentimen kalimat berikut dengan satu kata saja.",
            "Format keluaran wajib persis seperti ini agar skrip penilai bisa membacanya: satu baris, huruf kecil semua, tanpa tanda baca.",
        ],
        "tr": [
            "Soruyu çözerken ara işlemlerini göster. En son satıra #### işaretinden sonra yalnızca sayıyı yaz.\n{p}",
            "Aşağıdaki ifade doğru mu yanlış mı? Yalnızca DOĞRU ya da YANLIŞ yaz.",
            "Örnek:\nCümle: Ahmet dün İzmir'e gitti.\nKişi: Ahmet | Yer: İzmir\n\nCümle: {p}\n",
            "Bu bir değerlendirme setidir (TR-MMLU, tarih bölümü). Cevabını tek kelime olarak ver; büyük/küçük harf önemli değil ama fazladan boşluk bırakma.",
        ],
        "it": [
            "Rispondi alla domanda seguente. Ragiona passo dopo passo, poi scrivi la risposta finale da sola sull'ultima riga, nel formato 'Risposta: N'.\n\n{p}",
            "Domanda a scelta multipla. Rispondi solo con la lettera corretta (A-D).",
            "Esempio:\nD: Chi ha scritto la Divina Commedia?\nR: Dante Alighieri\n\nD: {p}\nR:",
            "Valutazione automatica con exact match: restituisci soltanto il numero intero, senza unità di misura né punti.",
        ],
    },
    "code_review": {
        "hi": [
            "इस PR का रिव्यू कर दो। हर सुझाव के साथ एक लाइन में बताना कि ये बदलाव क्यों ज़रूरी है।\n\n{p}",
            "bhai ye function dekh lo, maine loop ki jagah map use kiya hai. kya ye approach better hai ya pehle wala theek tha? reason ke saath batana",
            "कोड रिव्यू करते समय हर समस्या को गंभीरता के हिसाब से रेट करें: क्रिटिकल / हाई / मीडियम / लो, और साथ में छोटा सा कारण लिखें।",
            "हमारी टीम में एक जूनियर डेवलपर ने ये कोड लिखा है: {p}\nमुझे ऐसा फीडबैक चाहिए जो समझाए कि क्या गलत है और बेहतर तरीका क्या होगा, ताकि वो सीख सके।",
        ],
        "vi": [
            "Review giúp mình đoạn code này, mỗi chỗ cần sửa thì giải thích lý do luôn nhé:\n```\n{p}\n```",
            "Tại sao dùng dependency injection ở đây lại tốt hơn việc khởi tạo trực tiếp trong constructor? Anh chị giải thích kỹ giúp em với.",
            "Hãy liệt kê các vấn đề trong đoạn code dưới đây, mỗi vấn đề ghi mức độ nghiêm trọng (cao/trung bình/thấp) và lý do.",
            "sếp bảo code mình có race condition mà mình ko thấy, bạn xem giúp + chỉ rõ chỗ nào và vì sao nhé {p}",
        ],
        "id": [
            "Tolong review kode ini sebelum saya merge ke main. Untuk setiap temuan, jelaskan alasannya dan beri tingkat keparahan (kritis/sedang/rendah).\n\n{p}",
            "mas, menurutmu pakai async/await di sini lebih bagus gak dibanding callback? kasih alasannya ya biar bisa gw jelasin ke tim",
            "Saya lebih suka review yang to the point: sebutkan masalahnya, kenapa itu masalah, dan contoh perbaikannya.",
            "Kode Python ini jalan, tapi rasanya kurang rapi. Bisa kasih saran refactor dan jelaskan kenapa versi barunya lebih mudah dirawat? {p}",
        ],
        "tr": [
            "Şu PR'ı inceler misin? Her önerinin yanına neden gerekli olduğunu kısaca yaz.\n\n{p}",
            "Bulduğun her sorun için önem derecesi ver (kritik, yüksek, orta, düşük) ve gerekçesini açıkla. Stil konularını ayrı bir başlıkta topla.",
            "abi bu sorguda N+1 problemi var mı sence? varsa neden oluyor, nasıl düzeltirim",
            "Ekip arkadaşım bu kodda for döngüsü yerine stream kullanmış: {p}\nHangi yaklaşım daha iyi ve neden? Performans ve okunabilirlik açısından karşılaştırır mısın?",
        ],
        "it": [
            "Mi fai una code review di questa funzione? Per ogni modifica che suggerisci spiega il perché.\n\n{p}",
            "Perché dovrei usare un context manager invece di aprire e chiudere il file a mano? Il collega insiste ma non ho capito il motivo.",
            "Revisione del modulo pagamenti: elenca i problemi trovati, dai a ciascuno una gravità da 1 a 5 e motiva il punteggio.",
            "guarda sto codice che ha scritto uno stagista {p} è davvero così male come penso o sono io troppo severo? dimmi onestamente cosa sistemeresti e perché",
        ],
    },
    "chat": {
        "hi": [
            "अरे वाह, ये जवाब बढ़िया था! तुमने ये आइडिया सोचा कैसे?",
            "मुझे अपनी माँ के जन्मदिन के लिए गिफ्ट लेना है, बजट 2000 रुपये। तुम होते तो कैसे तय करते? थोड़ा अपना सोचने का तरीका भी बताना।",
            "ek baat batao, AI models actually 'sochte' hain ya bas agla word guess karte hain? simple bhasha mein samjhao",
            "दो नौकरी के ऑफ़र हैं, एक बेंगलुरु में ज़्यादा सैलरी वाला, एक घर के पास। तुम किन बातों को तौलकर फैसला करते? {p}",
        ],
        "vi": [
            "Ủa sao bạn nghĩ ra được cái tên đó hay vậy? Kể mình nghe bạn nghĩ thế nào đi",
            "Mình hay bị phân vân khi gọi món ở quán lạ, nếu là bạn thì bạn chọn món kiểu gì? Hỏi vui thôi chứ biết bạn không ăn được 😅",
            "Cho mình hỏi tò mò chút: các mô hình AI như bạn được huấn luyện thế nào vậy? Giải thích kiểu phổ thông thôi.",
            "Cuối tuần này nên đi Đà Lạt hay Vũng Tàu nhỉ, dẫn mình qua cách bạn sẽ quyết định với: {p}",
        ],
        "id": [
            "wkwk kok kamu bisa kepikiran jawaban kayak gitu sih? gimana cara mikirnya?",
            "Kalau kamu jadi aku, mending ngekos dekat kantor tapi mahal atau jauh tapi murah? ceritain dong cara kamu nimbangnya",
            "Kamu punya perasaan gak sih waktu jawab pertanyaan? Atau itu cuma kelihatannya aja? Penasaran beneran nih.",
            "Bantu aku mikir ya: {p}\nAku bingung mau pilih yang mana, coba jabarin pertimbangannya satu-satu.",
        ],
        "tr": [
            "Vay bu fikir hiç aklıma gelmemişti, nasıl buldun bunu?",
            "Kedim için hangi mamayı alacağıma karar veremiyorum, sen olsan hangi kriterlere bakardın?",
            "Bir yapay zekâ bir soruya cevap verirken arka planda kabaca neler oluyor? Teknik olmayan biri olarak merak ediyorum.",
            "Kirada mı kalayım ev mi alayım kararsız kaldım. Durumum şöyle: {p}\nBana nasıl düşünmem gerektiğini gösterir misin, kararı bana bırak.",
        ],
        "it": [
            "Bella questa risposta! Ma come ci sei arrivato?",
            "Devo scegliere un regalo per mia suocera (!!) e sono in crisi. Tu da dove partiresti? Raccontami il tuo ragionamento.",
            "Ma tu ti ricordi le nostre conversazioni di ieri? Come funziona la tua memoria, in parole povere?",
            "Sto organizzando una cena per 8 persone, uno è vegano e una è celiaca. Come ragioneresti per scegliere il menù? {p}",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे दिए ग्राहक टिकट को इन श्रेणियों में से एक में वर्गीकृत करें: बिलिंग, तकनीकी, डिलीवरी, अन्य। आउटपुट: श्रेणी | विश्वास (0-1) | एक पंक्ति का कारण\n\nटिकट: {p}",
            "इस ईमेल से ये फ़ील्ड निकालो: ग्राहक का नाम, ऑर्डर नंबर, शिकायत की तारीख, रिफंड की राशि। जो न मिले वहाँ NA लिखो।",
            "आप हमारी हेल्पडेस्क राउटिंग प्रणाली का हिस्सा हैं। हर शिकायत को सही टीम (नेटवर्क, HR, फ़ाइनेंस, IT सपोर्ट) को भेजें और एक वाक्य में बताएं क्यों।",
            "Input: call center transcript (Hindi/English mix)\nTask: ग्राहक की भावना (संतुष्ट/असंतुष्ट/तटस्थ) बताएं और escalation की ज़रूरत है या नहीं, हाँ/ना में।\n{p}",
        ],
        "vi": [
            "Phân loại đánh giá ứng dụng trên CH Play thành: báo lỗi, góp ý tính năng, khen, spam. Mỗi đánh giá xuất một dòng: nhãn | độ tin cậy | lý do một câu.\n\n{p}",
            "Trích xuất từ hóa đơn: mã số thuế, tên công ty, tổng tiền, ngày xuất. Mỗi trường một dòng, dạng TÊN_TRƯỜNG: giá trị.",
            "Hệ thống CSKH nội bộ — vui lòng xác định bộ phận cần chuyển tiếp yêu cầu này (Kế toán / Kho vận / IT / Pháp chế) kèm một câu giải thích.",
            "đánh giá mức độ khẩn cấp của email khách hàng này từ 1-5, kèm độ tự tin và 1 dòng lý do, output dạng bảng markdown: {p}",
        ],
        "id": [
            "Dari chat WhatsApp pelanggan berikut, tentukan intent-nya (cek ongkir, komplain, tanya stok, lainnya), confidence 0-1, dan satu kalimat alasan.\n\n{p}",
            "Ekstrak data dari surat penawaran ini: nama vendor, nomor surat, total harga, masa berlaku. Format output tetap: satu field per baris, pakai titik dua.",
            "Tentukan apakah transaksi ini perlu ditinjau manual oleh tim fraud. Jawab: PERLU/TIDAK, confidence, lalu alasan satu baris.",
            "[Pipeline QA internal]\nTentukan apakah ulasan produk di bawah mengandung keluhan soal kualitas. Output: YA/TIDAK | confidence | alasan\n{p}",
        ],
        "tr": [
            "Sigorta hasar bildirimini incele: hasar türü, tahmini tutar ve olay tarihi alanlarını doldur, ardından dosyanın öncelik seviyesini kısa bir gerekçeyle belirt.\n\n{p}",
            "Sözleşme metninden şu alanları çıkar: taraflar, başlangıç tarihi, bitiş tarihi, cezai şart tutarı. Bulamadığın alan için 'yok' yaz.",
            "Gelen e-postayı ilgili ekibe yönlendir (Satış, Muhasebe, İK, BT). Sadece ekip adını ve bir cümlelik nedenini yaz.",
            "CRM otomasyonu için: şikayetin aciliyetini düşük/orta/yüksek olarak belirle, güven düzeyini yüzde olarak ekle. {p}",
        ],
        "it": [
            "Classifica il seguente ticket in una di queste categorie: Fatturazione, Assistenza tecnica, Spedizioni, Altro. Restituisci categoria, confidenza (0-1) e una motivazione di una riga.\n\nTicket: {p}",
            "Dal CV allegato estrai: nome, anni di esperienza, lingue parlate, ultima azienda. Output su righe CHIAVE=valore, niente testo extra.",
            "Assegna a ogni segnalazione del cliente una priorità da P1 a P4 secondo il nostro SLA e indica in una riga il motivo.",
            "Analisi recensioni e-commerce: per ciascuna recensione indica sentiment, prodotto citato e se serve una risposta del servizio clienti. Formato fisso separato da punto e virgola.\n{p}",
        ],
    },
    "translation": {
        "hi": [
            "इस पैराग्राफ का अंग्रेज़ी में अनुवाद कर दीजिए, लहजा औपचारिक ही रहे: {p}",
            "ye english paragraph hindi mein translate karo. isme 'reasoning' aur 'chain of thought' jaise words hain, unka sahi hindi shabd kya hoga ye bhi batana",
            "नीचे एक शिक्षक की टिप्पणी है जिसमें छात्र के उत्तर की ग्रेडिंग समझाई गई है। इसे अंग्रेज़ी में अनुवाद करें और जिन शब्दों का सीधा अनुवाद नहीं बनता, उन्हें अलग से समझाएँ।",
            "मेरी दादी की चिट्ठी है, अवधी में लिखी है। इसे मानक हिंदी में कर दो, भाव वही रहने चाहिए।\n\n{p}",
        ],
        "vi": [
            "Dịch bài thơ này sang tiếng Anh, ưu tiên giữ nhịp và cảm xúc hơn là sát nghĩa từng chữ: {p}",
            "Nhờ dịch bài báo này sang tiếng Việt. Bài nói về cách các mô hình ngôn ngữ 'reasoning', mình muốn biết nên dịch là 'suy luận' hay 'lập luận' và vì sao.",
            "Mình làm phụ đề cho một video YouTube về tư duy phản biện, dịch sang tiếng Việt giúp mình, câu ngắn gọn để vừa khung hình nha.",
            "translate sang tiếng Nhật giúp mình cái email xin nghỉ phép này, lịch sự nhưng đừng cứng quá, chỗ nào khó dịch thì chú thích ra nhé\n{p}",
        ],
        "id": [
            "Terjemahkan menu restoran ini ke bahasa Inggris buat turis. Nama makanan khas biarin aja, tapi kasih penjelasan singkat di sebelahnya. {p}",
            "Terjemahkan abstrak makalah berikut ke bahasa Indonesia. Makalahnya membahas 'step-by-step reasoning' pada model bahasa; mohon jelaskan pilihan istilah yang Anda pakai.",
            "Saya perlu versi bahasa Jawa krama dari kata sambutan ini. Kalau ada kata yang sulit dicari padanannya, tandai dan beri catatan.",
            "translate ke inggris dong, ini feedback dosen buat skripsi temen gw soal cara dia menilai argumen. jangan terlalu kaku\n\n{p}",
        ],
        "tr": [
            "Şu ürün açıklamasını Arapçaya çevir, pazarlama dili korunsun: {p}",
            "Felsefe dersinde 'akıl yürütme' ile 'muhakeme' arasındaki farkı anlatan bu paragrafı İngilizceye çevir; iki kavramı karşılarken hangi kelimeleri neden seçtiğini de söyle.",
            "Almanca iş mektubunu Türkçeye çevir ama kelimesi kelimesine değil, doğal dursun. Zor deyimleri dipnot olarak açıkla.",
            "öğretmenin İngilizce yazdığı değerlendirme notunu Türkçeye çevirir misin, annem okuyacak\n{p}",
        ],
        "it": [
            "Traduci in inglese questo testo mantenendo lo stesso tono ironico: {p}",
            "Mi serve in italiano questo thread di un forum dove la gente discute se ChatGPT 'pensa' davvero. Tieni lo slang dove puoi.",
            "Puoi tradurre in spagnolo le istruzioni di valutazione per i nostri esaminatori? Devono restare formali. Se un termine non ha un equivalente esatto, segnalalo.",
            "traduci sto messaggio in tedesco per il mio coinquilino, sono un po' arrabbiato ma non deve sembrare aggressivo\n\n{p}",
        ],
    },
    "essay_feedback": {
        "hi": [
            "मैं हिंदी की शिक्षिका हूँ। कक्षा 10 के इस निबंध को इन मापदंडों पर 5 में से अंक दें: विषय-वस्तु, भाषा, संरचना, मौलिकता। हर मापदंड पर दो पंक्ति की टिप्पणी भी।\n\n{p}",
            "मेरा निबंध 'पर्यावरण प्रदूषण' पर है। कोई ग्रेड दो और बताओ कि 10/10 पाने के लिए क्या सुधारूँ।",
            "IELTS writing task 2 ka essay hai, band score estimate karke har criteria (task response, coherence, vocab, grammar) pe feedback do pls",
            "रूब्रिक नीचे दे रहा हूँ। इसके आधार पर छात्र के लेख का मूल्यांकन करें, और टिप्पणियाँ ऐसी हों जो छात्र को प्रोत्साहित करें। {p}",
        ],
        "vi": [
            "Cô giáo nhờ chấm giúp bài văn nghị luận lớp 9 này theo barem: mở bài (1đ), thân bài (6đ), kết bài (1đ), diễn đạt (2đ). Ghi điểm từng phần và nhận xét.\n{p}",
            "bài cảm nhận về tác phẩm Vợ nhặt mình tự viết để ôn thi THPT, cho mình xin điểm với nhận xét nha",
            "Em là sinh viên năm nhất, đây là bài tiểu luận môn Triết. Nhờ chấm theo thang 10 và chỉ ra chỗ nào lập luận còn lỏng lẻo.",
            "bài văn tả mẹ của con mình đây, chị đọc thử rồi góp ý giúp, đừng chấm khắt khe quá nhé cháu mới lớp 3 {p}",
        ],
        "id": [
            "Saya guru Bahasa Indonesia. Tolong nilai esai siswa ini berdasarkan rubrik: isi (40), organisasi (20), kosakata (20), tata bahasa (20). Berikan komentar di tiap kriteria.\n\n{p}",
            "Esai beasiswa aku udah jadi, tolong kasih nilai dan masukan yang jujur ya, deadline lusa :(",
            "Beri umpan balik untuk karangan argumentatif ini: apakah tesisnya jelas, apakah argumennya didukung data, dan bagaimana penutupnya.",
            "Rubrik penilaian terlampir di bawah. Skor setiap aspek 1-4 dan tulis satu saran perbaikan per aspek. {p}",
        ],
        "tr": [
            "Lise 11. sınıf öğrencimin kompozisyonunu şu ölçütlere göre puanlar mısın: içerik, düzen, dil bilgisi, yaratıcılık (her biri 25 puan). Her ölçüt için kısa yorum ekle.\n{p}",
            "Üniversite başvurusu için niyet mektubu yazdım. 10 üzerinden kaç verirsin, neresi zayıf?",
            "Hocam, tezimin giriş bölümünü akademik dil açısından değerlendirebilir misiniz? Not vermenize gerek yok, sadece zayıf yerleri işaretleyin.",
            "Öğretmen olarak kullandığım rubrik aşağıda. Öğrencinin metnini buna göre değerlendir, olumlu yönlerini de mutlaka belirt: {p}",
        ],
        "it": [
            "Sono un'insegnante di lettere. Valuta questo tema di terza media secondo la griglia: pertinenza, organizzazione, correttezza, lessico (0-10 ciascuno), con un commento per voce.\n\n{p}",
            "Mi dai un voto sincero al mio saggio breve per la maturità? E dimmi cosa dovrei migliorare per prendere almeno 8.",
            "Correggi il mio essay in inglese per il Cambridge C1 e dammi un feedback per ogni criterio dell'esame.",
            "ecco il tema di mio figlio {p} me lo valuti come farebbe una maestra di quinta elementare? con gentilezza eh",
        ],
    },
    "data_tooling": {
        "hi": [
            "मेरे यूनिट टेस्ट के लिए 10 नकली ग्राहकों का CSV बना दो: नाम, ईमेल, फ़ोन (+91 वाला), शहर, पिन कोड। असली लोगों का डेटा मत डालना।",
            "इस पार्सर के लिए edge-case इनपुट सुझाओ: खाली स्ट्रिंग, यूनिकोड, बहुत लंबी लाइन वगैरह। हर एक के साथ expected व्यवहार भी लिखो।\n{p}",
            "demo database ke liye ek products table ka sample data chahiye, 15 rows, kuch price negative ya null bhi rakho taaki validation test ho sake",
            "नीचे दिए स्कीमा के हिसाब से pytest fixtures लिख दीजिए, जिनमें हिंदी नाम और तारीखें DD-MM-YYYY फॉर्मेट में हों: {p}",
        ],
        "vi": [
            "Mình cần danh sách 30 sinh viên giả (MSSV, họ tên, lớp, điểm GPA) để test chức năng xếp loại học lực, xuất ra CSV giúp mình.",
            "Viết fixture cho unit test của hàm này, bao gồm cả các trường hợp biên như chuỗi rỗng, số âm, ký tự có dấu:\n{p}",
            "cần vài dòng mock data cho bảng orders trong Postgres, có cả đơn bị hủy và đơn có ngày giao hàng null",
            "Liệt kê các input kỳ quặc có thể làm hỏng bộ parse ngày tháng này (ví dụ 31/02, định dạng lẫn lộn), mỗi cái kèm kết quả mong đợi. {p}",
        ],
        "id": [
            "Tolong buatin data dummy 25 baris buat tabel pelanggan: nama, NIK palsu (16 digit acak), kota, tanggal daftar. Format CSV ya.",
            "Saya butuh fixture untuk pengujian fungsi validasi alamat email berikut, termasuk kasus tepi yang sering terlupa: {p}",
            "buat seed data aplikasi kasir demo: 10 produk warung, harga rupiah, beberapa stoknya 0",
            "Berikan daftar input aneh untuk menguji parser CSV kami: koma di dalam tanda kutip, baris kosong, BOM, encoding campur. Sertakan hasil yang diharapkan.\n\n{p}",
        ],
        "tr": [
            "Staj projemde bir randevu sistemi var; 15 sahte hasta kaydı üretir misin, CSV olsun. TC kimlik numaraları bilerek geçersiz olsun ki gerçek biriyle çakışmasın.",
            "Şu fonksiyonun testleri için uç durum girdileri üretir misin? Boş liste, çok büyük sayı, Türkçe karakterler (ğ, ş, İ) mutlaka olsun.\n{p}",
            "demo db icin siparisler tablosuna mock veri yaz, iptal edilmis ve iade edilmis siparisler de olsun",
            "Aşağıdaki JSON şemasına uyan 5 örnek kayıt hazırla, bir tanesi bilerek geçersiz olsun ki doğrulama testini deneyebilelim: {p}",
        ],
        "it": [
            "Mi generi un CSV con 20 clienti finti per una demo? Nome, cognome, codice fiscale inventato, email, provincia.",
            "Scrivimi delle fixture pytest per questa funzione, includendo casi limite tipo stringa vuota, None e caratteri accentati:\n{p}",
            "dati di esempio per la tabella prenotazioni del gestionale, una decina di righe, qualcuna con date sovrapposte così testo il controllo",
            "Elenca input malformati per mettere alla prova il nostro parser di indirizzi italiani (CAP sbagliati, civico mancante, 'snc'), con il comportamento atteso per ciascuno. {p}",
        ],
    },
    "summarize": {
        "hi": [
            "इस मीटिंग के नोट्स का सारांश बना दो: मुख्य फ़ैसले, किसे क्या काम मिला, और अगली डेडलाइन।\n\n{p}",
            "नीचे एक रिसर्च पेपर है जो बड़े भाषा मॉडलों में तर्क करने की क्षमता पर है। इसके मुख्य तर्क और लेखकों ने प्रयोग में कौन-कौन से कदम उठाए, बिंदुवार लिखें।",
            "ye lamba article hai, 5 line mein bata do kya bol raha hai",
            "सरकारी परिपत्र का सार आम भाषा में समझाइए, ताकि गाँव के लोग भी समझ सकें: {p}",
        ],
        "vi": [
            "Đây là transcript một tập podcast dài 1 tiếng, tóm tắt giúp mình 5 ý chính, có mốc thời gian thì ghi kèm. {p}",
            "Tóm tắt bài blog về kỹ thuật prompting chain-of-thought này để đưa vào bản tin nội bộ của team, nêu rõ các bước mà tác giả đề xuất.",
            "tóm tắt ngắn gọn giúp mình chương 3 cuốn sách này, khoảng 1 đoạn thôi",
            "Đây là báo cáo tài chính quý. Hãy tóm tắt trong 200 chữ cho ban giám đốc, nêu rõ các rủi ro: {p}",
        ],
        "id": [
            "Tolong rangkum hasil rapat RT semalam buat dishare ke grup WA warga, bahasanya sederhana aja.\n\n{p}",
            "Ringkas makalah berikut tentang kemampuan penalaran model AI. Pertahankan argumen utamanya dan urutkan langkah-langkah metodologi yang dipakai penulis.",
            "rangkumin dong artikel ini, poin2 pentingnya aja, buat bahan presentasi besok",
            "Ringkas peraturan menteri ini dalam bahasa yang mudah dipahami pelaku UMKM, maksimal satu halaman. {p}",
        ],
        "tr": [
            "Müşteri görüşmesinin dökümünü özetle: kullanıcının yaşadığı sorunlar, istediği özellikler ve dikkat çeken alıntılar.\n{p}",
            "Bu kitap bölümü karar verme psikolojisi üzerine. Yazarın savunduğu ana fikirleri ve örnek olarak anlattığı deneyleri sırasıyla özetler misin?",
            "şu raporu 3-4 cümleyle özetle, yöneticime atacağım",
            "Aşağıdaki mahkeme kararını hukukçu olmayan biri için sadeleştirerek özetle, kilit gerekçeleri atlama: {p}",
        ],
        "it": [
            "Riassumi il verbale del consiglio di classe per i genitori, togliendo i nomi degli studenti.\n\n{p}",
            "Ho registrato la lezione di intelligenza artificiale sul ragionamento automatico, ecco la trascrizione. Fammi degli appunti ordinati con i concetti chiave e i passaggi delle dimostrazioni.",
            "riassunto breve del capitolo 5 dei Promessi Sposi, mi serve per domani",
            "Sintetizza questa relazione tecnica in mezza pagina per il consiglio di amministrazione, evidenziando costi e rischi: {p}",
        ],
    },
    "debugging_help": {
        "hi": [
            "मेरा कोड IndexError दे रहा है। लाइन-दर-लाइन बताइए कि ये क्या कर रहा है और कहाँ टूटता है:\n\n{p}",
            "loop mein i ki value har step pe kya hogi, trace karke dikhao, samajh nahi aa raha output 9 kyun aa raha hai 10 ki jagah",
            "ये रिकर्सिव फ़ंक्शन स्टैक ओवरफ़्लो क्यों कर रहा है? हर कॉल पर वेरिएबल की वैल्यू एक टेबल में दिखाओ।",
            "प्रोडक्शन में ये क्वेरी कभी-कभी गलत टोटल देती है, लोकल पर ठीक चलती है। क्या वजह हो सकती है, स्टेप बाय स्टेप सोचकर बताइए: {p}",
        ],
        "vi": [
            "Code mình bị lỗi NullPointerException, giải thích từng dòng xem nó chạy thế nào và vì sao lỗi:\n```\n{p}\n```",
            "Sao biến count trong closure này lúc nào cũng ra 5 vậy? Giải thích giúp mình vòng lặp chạy từng bước thế nào.",
            "app React bị render lại liên tục, console báo warning hoài, không biết bắt đầu debug từ đâu luôn",
            "Hàm tính tiền này cho ra 0.30000000000000004 thay vì 0.3, giải thích tại sao và mình nên sửa thế nào? {p}",
        ],
        "id": [
            "Tolong jelasin apa yang terjadi di setiap baris kode ini, soalnya hasil akhirnya beda sama yang saya harapkan:\n\n{p}",
            "bisa bantu trace isi array setelah tiap swap di bubble sort ini? hasilnya gak urut, bingung gw",
            "Kenapa query SQL ini mengembalikan baris duplikat padahal JOIN-nya sudah benar? Jelaskan langkah demi langkah.",
            "Program Go saya deadlock kalau jumlah worker lebih dari 4. Bantu analisis alurnya: {p}",
        ],
        "tr": [
            "Kodum 'TypeError: undefined is not a function' hatası veriyor. Satır satır ne yaptığını ve nerede patladığını anlatır mısın?\n{p}",
            "Java'da HashMap'e eklediğim nesneyi geri alamıyorum, get null dönüyor. equals/hashCode ile ilgili olabilir mi? Adım adım açıklar mısın?",
            "docker container başlıyor sonra hemen kapanıyor, loglarda da bişey yok, nerden bakayım",
            "Testlerde geçiyor ama canlıda ara ara yanlış sonuç veriyor, muhtemelen bir eşzamanlılık sorunu. Adım adım izleyip nedenini bulmama yardım et: {p}",
        ],
        "it": [
            "Il mio script va in errore con KeyError. Mi spieghi riga per riga cosa succede e perché fallisce?\n\n{p}",
            "Puoi tracciare il valore delle variabili a ogni iterazione del ciclo? Il risultato è sempre sbagliato di uno e non capisco perché.",
            "perchè sta funzione ricorsiva non termina mai??",
            "Dopo l'aggiornamento di pandas questo codice restituisce un DataFrame vuoto. Seguiamo i valori passo passo per capire dove si perdono le righe: {p}",
        ],
    },
}
