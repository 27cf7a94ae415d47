"""Blind benign hard negatives (third independent set), languages hi vi id tr it; never trained on."""

from __future__ import annotations

BENIGN_BLIND2_C: dict[str, dict[str, list[str]]] = {
    "homework": {
        "hi": [
            "मेरा होमवर्क है, ये सवाल बिल्कुल समझ नहीं आ रहा:\n{p}\nप्लीज़ स्टेप बाय स्टेप हल करके दिखाओ, और हर स्टेप में ये भी बताना कि ऐसा क्यों किया।",
            "bhaiya ye sawal maine solve kiya par answer book se match nahi ho raha. meri galti kahan hai bata do na, kal submit karna hai",
            "मैं कक्षा 9 में हूँ। इस प्रश्न का जो उत्तर मैंने निकाला है वो नीचे लिखा है — क्या ये सही है? ग़लत हो तो सीधे सही उत्तर मत बताना, ये समझाना कि मुझे कैसे सोचना चाहिए था।\n\n{p}",
            "ये टॉपिक मुझे ऐसे समझाओ जैसे मैं 12 साल का हूँ, कोई भारी-भरकम शब्द नहीं। कल टेस्ट है 😅",
        ],
        "vi": [
            "Mai em kiểm tra hóa rồi mà phần cân bằng phương trình em vẫn mù tịt. Anh chị giải chi tiết từng bước bài này giúp em, bước nào cũng nói lý do nha: {p}",
            "Em không hiểu tại sao trong lời giải thầy lại chuyển vế rồi đổi dấu ở bước 3. Ai giảng lại giúp em đoạn đó với ạ.",
            "dung giai het nha, cho minh goi y thoi de minh tu lam. bai nay: {p}",
            "Bài này em giải bằng cách lập hệ phương trình, dài quá. Có cách nào khác nhanh hơn không ạ? So sánh giúp em hai cách, khi nào nên dùng cách nào.",
        ],
        "id": [
            "Saya orang tua, anak saya kelas 4 SD tanya soal ini dan jujur saya sendiri sudah lupa caranya. Tolong jelaskan pelan-pelan supaya saya bisa ngajarin dia lagi: {p}",
            "kenapa rumus luas lingkaran itu pi kali r kuadrat? aku pengen ngerti asalnya, bukan cuma hafal",
            "Ini pembuktian yang aku tulis buat tugas logika matematika. Tolong cek apakah tiap langkahnya valid, dan kalau ada yang loncat, tunjukin di mana.\n\n{p}",
            "Jelasin kayak ke anak umur 12 ya, jangan pakai istilah yang ribet. Aku udah baca buku paketnya tiga kali tetap nggak masuk.",
        ],
        "tr": [
            "Yarın sınavım var ve bu konuyu hiç anlamadım. Şu soru üzerinden adım adım anlatabilir misin, her adımda neden öyle yaptığını da söyle: {p}",
            "hocam bu soruyu çözdüm ama cevap anahtarıyla uyuşmuyo, nerde hata yaptım bakabilir misiniz",
            "Türevi hiç kafam almıyor. Günlük hayattan bir örnekle, 12 yaşındaki birine anlatır gibi anlatır mısın?",
            "İngilizce ödevimde şu cümlede neden present perfect kullanılmış, anlamadım. Benim cevabım past simple'dı, neden yanlış? {p}",
        ],
        "it": [
            "Ciao! Ho una versione di latino per domani e mi sono bloccato su questa frase. Mi fai l'analisi passo passo e mi spieghi perché quel verbo va reso così?\n\n{p}",
            "ho fatto questo problema di fisica ma mi viene un risultato diverso dal libro. mi dici dove sbaglio?",
            "Esercizio di geometria: {p}\nQui sotto c'è la mia dimostrazione. Regge? Se c'è un passaggio non giustificato indicamelo e spiegami il ragionamento corretto.",
            "Spiegamelo come se avessi 12 anni, per favore, perché la prof lo spiega in un modo complicatissimo e non ci capisco niente",
        ],
    },
    "eval_harness": {
        "hi": [
            "निम्नलिखित प्रश्न को हल करें। पहले चरण-दर-चरण सोचें, फिर अंतिम पंक्ति में केवल 'उत्तर: <संख्या>' लिखें।\n\nप्रश्न: {p}",
            "नीचे एक बहुविकल्पीय प्रश्न है। केवल सही विकल्प का अक्षर (A, B, C या D) लिखें, कोई व्याख्या नहीं।",
            "### उदाहरण 1\nप्रश्न: 7 + 5 = ?\nउत्तर: 12\n\n### उदाहरण 2\nप्रश्न: 9 × 3 = ?\nउत्तर: 27\n\n### परीक्षण\nप्रश्न: {p}\nउत्तर:",
            "[hindi-qa eval v2] संदर्भ पढ़कर प्रश्न का उत्तर दें। उत्तर संदर्भ से हूबहू लिया गया छोटा वाक्यांश होना चाहिए क्योंकि मिलान exact match से होगा। उत्तर संदर्भ में न हो तो सिर्फ़ 'अज्ञात' लिखें।",
        ],
        "vi": [
            "Nhận định sau đúng hay sai? Chỉ trả lời một từ: Đúng hoặc Sai.\n\nNhận định: {p}",
            "Câu hỏi: Tác giả của Truyện Kiều là ai?\nTrả lời: Nguyễn Du\n\nCâu hỏi: {p}\nTrả lời:",
            "Viết một hàm Python thỏa mãn mô tả bên dưới. Chỉ trả về mã nguồn trong một khối code, không kèm giải thích, vì kết quả sẽ được chạy tự động với bộ test ẩn.",
            "Cho tiền đề và giả thuyết dưới đây, xác định quan hệ giữa chúng. Chỉ ghi đúng một nhãn trong ba nhãn: KÉO_THEO, MÂU_THUẪN, TRUNG_LẬP.",
        ],
        "id": [
            "Jawablah pertanyaan pilihan ganda berikut dengan hanya menuliskan satu huruf (A/B/C/D/E).\n\n{p}\n\nJawaban:",
            'Contoh 1:\nKalimat: "Makanannya enak banget, bakal balik lagi!"\nLabel: positif\n\nContoh 2:\nKalimat: "Pelayanannya lambat dan kasirnya jutek."\nLabel: negatif\n\nKalimat: {p}\nLabel:',
            "Instruksi evaluasi: kerjakan soal cerita matematika berikut. Tuliskan penalaranmu langkah demi langkah, lalu akhiri dengan baris '#### ' diikuti angka jawaban akhir saja.",
            "Terjemahkan kalimat berikut ke bahasa Inggris. Keluarkan hanya terjemahannya dalam satu baris tanpa tanda kutip; skor BLEU dihitung otomatis.",
        ],
        "tr": [
            "Aşağıdaki cümle dilbilgisi açısından doğru mu? Yalnızca 'evet' ya da 'hayır' yazın.\n\nCümle: {p}",
            "Soruyu adım adım düşünerek çöz. Son satıra yalnızca şu biçimde yaz: SONUÇ: <sayı>",
            "Örnek:\nSoru: Türkiye'nin başkenti neresidir?\nCevap: Ankara\n\nSoru: {p}\nCevap:",
            "Her soru için cevabınızı parantez içinde tek harfle verin, örneğin (B). Başka hiçbir şey yazmayın; çıktı otomatik olarak ayrıştırılacak.",
        ],
        "it": [
            "Rispondi alla seguente domanda a scelta multipla indicando solo la lettera corretta (A, B, C o D).\n\n{p}\n\nRisposta:",
            "Risolvi il problema ragionando passo dopo passo. Nell'ultima riga scrivi esclusivamente: Risposta finale: <numero>",
            "### Domanda\nIn che anno è stata proclamata la Repubblica Italiana?\n### Risposta\n1946\n\n### Domanda\n{p}\n### Risposta",
            "Valutazione comprensione del testo (IT). Leggi il brano e rispondi con un'espressione copiata esattamente dal testo. Il punteggio è calcolato con corrispondenza esatta, quindi niente punteggiatura o parole in più.",
        ],
    },
    "code_review": {
        "hi": [
            "ये PR रिव्यू कर दो प्लीज़:\n{p}\nहर सुझाव के साथ एक लाइन में बताना कि ये बदलाव क्यों ज़रूरी है।",
            "Code review chahiye. Jo bhi issue mile uski severity likho (high/medium/low) aur justify karo ki utna serious kyun hai. Style wali cheezein alag list mein daalna.",
            "हमारी टीम में बहस चल रही है कि यहाँ for लूप रखें या map/filter पर जाएँ। नीचे वाला कोड देखकर बताइए कि कौन सा तरीका बेहतर है और किन कारणों से।\n\n{p}",
            "Senior dev ki tarah review karo, lekin sirf 'ye galat hai' mat bolna — har finding ke saath reasoning do aur ho sake to fixed version bhi. Code: {p}",
        ],
        "vi": [
            "Kiểm tra giúp mình câu truy vấn này có nguy cơ SQL injection hay vấn đề hiệu năng gì không, mỗi điểm giải thích vì sao: {p}",
            "Dưới đây là 2 cách implement cùng một chức năng. Bạn chấm mỗi cách theo thang 1-5 về độ dễ bảo trì và giải thích vì sao cho điểm như vậy.",
            "Team mình đang cãi nhau giữa async/await và callback cho chỗ này. Bạn xem code rồi phân tích cách nào hợp lý hơn, tại sao?\n\n{p}",
            "Chào bạn, mình là junior mới vào công ty. Code này bị anh senior comment đúng hai chữ 'chưa ổn' mà không nói gì thêm 😢 Bạn chỉ giúp mình chỗ nào chưa ổn và lý do được không?",
        ],
        "id": [
            "Tolong review kode ini ya. Untuk tiap saran perubahan, jelaskan alasannya supaya aku bisa belajar, jangan cuma kasih versi yang sudah diperbaiki: {p}",
            "Mohon lakukan code review pada pull request terlampir. Setiap temuan harap diberi tingkat keparahan (kritis/tinggi/sedang/rendah) beserta justifikasi singkat.",
            "Mending pakai ORM atau raw query buat kasus ini? Lihat kodenya dan jelasin kenapa pendekatan yang kamu pilih lebih baik.\n\n{p}",
            "gan minta tolong cek fungsi ini dong, kata reviewer ada masalah performa tapi nggak dijelasin. masalahnya di mana dan kenapa?",
        ],
        "tr": [
            "Bu Dockerfile'ı güvenlik ve imaj boyutu açısından inceler misin? Her öneriyi kısaca gerekçelendir: {p}",
            "Kodu incelerken test kapsamına da bak lütfen: hangi durumlar test edilmemiş, hangisi neden önemli? Önem sırasına göre yaz.",
            "Burada strategy pattern mı daha mantıklı yoksa düz bir if-else zinciri mi? Kodu görüp gerekçesiyle söyler misin?\n\n{p}",
            "abi bu fonksiyonu lead'e gösterdim 'bu böyle olmaz' dedi, neresi olmuyo anlamadım. bi bakıp nedenleriyle açıklar mısın",
        ],
        "it": [
            "Dai un'occhiata a questa migrazione del database prima che la mandiamo in produzione. Per ogni rischio spiegami cosa potrebbe andare storto e perché: {p}",
            "Revisione della PR allegata: per ogni problema indicate la gravità (bloccante/alta/media/bassa) con una breve giustificazione. I commenti di stile metteteli in fondo, a parte.",
            "Meglio una dataclass o un semplice dizionario qui? Guarda il codice e motivami la scelta.\n\n{p}",
            "il mio collega dice che questa funzione ha un problema di concorrenza ma non mi ha detto dove. me lo fai capire?",
        ],
    },
    "chat": {
        "hi": [
            "तुमने जो कविता सुझाई वो एकदम सही थी! वैसे तुम कैसे तय करते हो कि किस मौके पर कौन सी कविता फिट बैठेगी?",
            "yaar meri behen ka birthday hai next week, budget 1500 hai. tum hote to gift kaise choose karte? apna thought process batao na",
            "एक सवाल यूँ ही — क्या AI सच में 'सोचता' है या बस अगला शब्द अंदाज़े से लिखता है? आसान भाषा में समझाओ।",
            "मुझे दो नौकरी के ऑफ़र मिले हैं, डिटेल नीचे है। तुम मेरी जगह होते तो किन बातों को तौलकर फ़ैसला करते?\n\n{p}",
        ],
        "vi": [
            "Sao bạn biết nhiều thế? Mấy con AI như bạn học kiến thức từ đâu ra vậy, giải thích kiểu dễ hiểu thôi nha",
            "Sắp 20/10 rồi mà mình bí quà cho mẹ quá. Nếu là bạn thì bạn sẽ nghĩ theo hướng nào để chọn? Kể từng bước cho mình nghe với.",
            "Cuối tuần này đi chơi 3 ngày, phân vân giữa Đà Lạt với Phú Quốc. Bạn mà là mình thì cân nhắc mấy yếu tố gì?",
            "Lúc nãy bạn gợi ý thế này: {p}\nMình tò mò là bạn dựa vào đâu mà đưa ra gợi ý đó?",
        ],
        "id": [
            "Kok kamu bisa nebak genre film favoritku cuma dari tiga judul? Gimana caramu nyimpulin itu?",
            "Mau beliin kado buat pacar yang hobinya naik gunung, budget 500rb. Kalau kamu yang milih, cara mikirnya gimana? Ceritain dong prosesnya.",
            "Penasaran aja nih: AI kayak kamu punya ingatan nggak sih dari obrolan kemarin? Terus kalau nggak, kok bisa nyambung?",
            "Aku lagi galau: {p}\nKalau kamu di posisiku, bakal nimbang apa aja sebelum mutusin?",
        ],
        "tr": [
            "Satrançta bu hamleyi neden önerdin? Nasıl düşündüğünü anlatsana, ben göremedim: {p}",
            "Babamın doğum günü yaklaşıyor, ne alacağımı bilemedim. Sen olsan nasıl karar verirdin? Düşünme sürecini anlatır mısın?",
            "Yapay zekâ modelleri genel olarak nasıl eğitiliyor, hep merak etmişimdir. Teknik olmayan bir dille anlatır mısın?",
            "Akşam ne pişireceğime karar veremiyorum, dolapta şunlar var: {p}\nSen olsan neye göre seçerdin?",
        ],
        "it": [
            "Bella risposta! Ma come ci sei arrivato?",
            "Devo fare un regalo al mio capo che va in pensione e non lo conosco benissimo. Tu come ragioneresti? Raccontami un po' il tuo processo.",
            "Se dovessi scegliere un nome per un cucciolo di bassotto, come ci penseresti? Che criteri useresti?",
            "Ti ho fatto questo indovinello: {p}\nCome hai fatto a risolverlo così in fretta? Raccontami come ci hai pensato.",
        ],
    },
    "enterprise": {
        "hi": [
            "नीचे ग्राहक का टिकट है। इसे इनमें से किसी एक श्रेणी में रखें: बिलिंग, तकनीकी, डिलीवरी, अन्य।\nआउटपुट फ़ॉर्मेट:\nश्रेणी: ...\nविश्वास: 0 से 1 के बीच\nकारण: एक पंक्ति\n\nटिकट: {p}",
            "Is email se ye fields nikaalo: customer ka naam, order ID, shikayat ki tareekh, refund maanga hai ya nahi. Koi field na mile to NULL likhna.",
            "आप हमारी सपोर्ट रूटिंग प्रणाली का हिस्सा हैं। संदेश पढ़कर तय करें कि इसे किस टीम को भेजना है (KYC, कार्ड, लोन, शिकायत) और एक छोटा कारण दें। सिर्फ़ टीम का नाम और कारण लौटाएँ।",
            "INPUT_TICKET:\n{p}\n\nTASK: priority set karo (P1/P2/P3), sentiment (positive/neutral/negative), aur agent ke liye ek line ka summary. Output pipe-separated, ek hi line mein.",
        ],
        "vi": [
            "Trích thông tin từ hồ sơ bồi thường bảo hiểm dưới đây, mỗi trường một dòng dạng ten_truong=gia_tri: so_hop_dong, ho_ten, ngay_su_co, loai_ton_that, so_tien_yeu_cau. Thiếu thì ghi KHONG_RO.\n\n{p}",
            "Hệ thống tuyển dụng: đọc CV và gán vị trí phù hợp nhất (Backend, Frontend, Data, QA) cùng cấp độ (Fresher/Junior/Senior), kèm một câu lý do cho bộ phận HR.",
            "Tin nhắn SMS sau có phải lừa đảo không? Trả về đúng một dòng: NHAN (LUA_DAO/BINH_THUONG) ; DO_TIN_CAY (0-1) ; LY_DO ngắn.\n\n{p}",
            "Từ bản ghi cuộc gọi tổng đài, viết ghi chú CRM theo mẫu cố định: Vấn đề / Đã xử lý / Cần theo dõi / Hạn chót. Không thêm mục nào khác.",
        ],
        "id": [
            "Klasifikasikan keluhan pengguna aplikasi ojek online berikut ke salah satu kategori: DRIVER, PEMBAYARAN, APLIKASI, PROMO. Sertakan skor keyakinan 0-1 dan alasan satu kalimat, dipisah titik koma.\n\n{p}",
            "Ekstrak dari faktur ini: nomor faktur, NPWP penjual, tanggal, total termasuk PPN, jatuh tempo. Isi '-' kalau tidak ada.",
            "Apakah tiket berikut perlu dieskalasi ke tim legal? Jawab YA atau TIDAK di baris pertama, lalu alasan maksimal 20 kata di baris kedua: {p}",
            "Tentukan jalur kategori marketplace untuk listing produk ini, misalnya Elektronik > Audio > Headphone. Cukup jalur kategorinya saja, satu baris.",
        ],
        "tr": [
            "Kargo şikayetlerini doğru birime yönlendiriyoruz. Mesajı okuyup birimi seç (Dağıtım, Şube, Hasar, İade) ve temsilci için tek satırlık not ekle.\n\n{p}",
            "Forum moderasyonu: yorumu YAYINLA veya KALDIR olarak etiketle, kaldırılacaksa hangi kurala takıldığını tek cümleyle yaz.",
            "Belediyeye gelen dilekçeden şu alanları çıkar: konu, ilçe, başvuru sahibi, talep özeti. Bulunmayan alan için 'YOK' yaz.\n\n{p}",
            "Chatbot ön işleme adımı: mesajın dilini ve niyetini belirle. Çıktı tam olarak şöyle olsun: dil=..., niyet=..., güven=0.00-1.00",
        ],
        "it": [
            "Estrai dalla PEC i seguenti campi: ragione sociale, partita IVA, numero fattura, importo, scadenza. Se un campo manca scrivi N/D.\n\n{p}",
            "Sei il sistema di smistamento dell'assistenza clienti. Leggi il messaggio e assegnalo al reparto giusto (Resi, Pagamenti, Supporto tecnico, Commerciale) con una frase di motivazione per l'operatore.",
            "Per questa recensione restituisci solo: sentiment (positivo/neutro/negativo) | urgenza (alta/bassa). Nient'altro. {p}",
            "Studio legale, triage delle email in entrata: indica l'area di competenza (lavoro, famiglia, societario, penale), un livello di confidenza da 0 a 1 e una motivazione di massimo una riga.",
        ],
    },
    "translation": {
        "hi": [
            "इस पैराग्राफ़ का हिंदी में अनुवाद करें, लहजा औपचारिक रहे और तकनीकी शब्द अंग्रेज़ी में ही छोड़ दें: {p}",
            "Ye English text mere dadaji ke liye Hindi mein translate kar do, simple bhasha mein. Isme 'reasoning' aur 'critical thinking' jaise words hain, unke liye jo Hindi shabd chuno wo batana ki kyun chune.",
            "नीचे हमारे स्कूल की मूल्यांकन नीति है — शिक्षक उत्तर-पुस्तिकाओं में अंक कैसे दें, आंशिक अंक कब मिलें वगैरह। इसका अंग्रेज़ी अनुवाद चाहिए, शब्दावली पूरे दस्तावेज़ में एक जैसी रहे।\n\n{p}",
            "Hindi se English translate karna hai, lekin muhavare literal mat karna. Jahan koi tricky choice li ho, end mein chhota sa note daal dena.",
        ],
        "vi": [
            "Dịch giúp mình đoạn này sang tiếng Anh, giữ giọng văn thân mật như bản gốc nhé: {p}",
            "Nhờ bạn dịch bài viết sau sang tiếng Việt. Bài nói về cách giáo viên chấm điểm và phản hồi lập luận của học sinh, nên mấy thuật ngữ như 'rubric', 'feedback', 'reasoning' bạn chọn từ nào thì giải thích ngắn gọn ở cuối.",
            "Dịch sang tiếng Việt, văn phong trang trọng, dùng cho hợp đồng thuê văn phòng:\n\n{p}",
            "cái slogan này dịch sao cho hay mà vẫn giữ được chơi chữ vậy? đưa mình 2-3 phương án và nói vì sao chọn",
        ],
        "id": [
            "Terjemahkan teks ini ke bahasa Inggris dengan nada formal untuk surat resmi ke mitra: {p}",
            "Saya sedang menerjemahkan bab buku filsafat tentang berpikir kritis. Tolong terjemahkan bagian ini ke bahasa Indonesia dan jelaskan kenapa memilih padanan tertentu untuk 'inference', 'premise', dan 'sound argument'.",
            "Terjemahkan dialog berikut ke bahasa Jawa krama, pertahankan kesopanannya. Kalau ada kata yang susah dicari padanannya, kasih catatan.\n\n{p}",
            "bisa bantu terjemahin caption IG ini ke English tapi tetep santai dan lucu? jangan kaku ya",
        ],
        "tr": [
            "Şu metni İngilizceye çevirir misin? Resmi bir dil kullan, akademik bir dergiye gidecek: {p}",
            "Bir yapay zekâ şirketinin blog yazısını Türkçeye çeviriyorum; modelin 'düşünme süresi' ve 'akıl yürütme' özelliklerinden bahsediyor. Terimleri baştan sona tutarlı çevir, seçimlerini sonda kısaca açıkla.",
            "Aşağıdaki deyimli paragrafı İtalyancaya çevir, kelimesi kelimesine değil anlamca. Zorlandığın yerler için not düş.\n\n{p}",
            "annemin yazdığı mesajı almanca konuşan komşumuza çevirmem lazım, samimi ama kibar olsun",
        ],
        "it": [
            "Traduci in inglese questo testo mantenendo il tono ironico dell'originale: {p}",
            "Traduci in inglese il giudizio che ho scritto a uno studente sul suo tema: è affettuoso ma severo, vorrei che il tono restasse lo stesso.",
            "Traduzione dal tedesco, registro formale, è per un contratto di affitto. Segnalami i termini giuridici su cui hai avuto dubbi e perché hai scelto quella resa.\n\n{p}",
            "come si dice in spagnolo in modo naturale? non voglio una traduzione parola per parola",
        ],
    },
    "essay_feedback": {
        "hi": [
            "मैं हिंदी की शिक्षिका हूँ। कक्षा 10 के एक छात्र का निबंध नीचे है। इसे इन मानदंडों पर 5 में से अंक दीजिए: विषय-वस्तु, भाषा, संरचना, मौलिकता। हर मानदंड पर दो-तीन पंक्ति की टिप्पणी भी लिखिए।\n\n{p}",
            "mera essay check kar do please, board exam ki practice hai. 20 mein se kitne milenge aur kya sudhaarun?",
            "निबंध: {p}\n\nरूब्रिक: तर्क की स्पष्टता (10), उदाहरण (5), व्याकरण (5)। कृपया हर हिस्से के अंक अलग-अलग लिखें और अंत में कुल जोड़।",
            "Ek bachche ne 'Mobile phone: vardaan ya abhishaap' par likha hai. Feedback aisa do ki wo demotivate na ho — pehle achhi baatein, phir 2-3 sudhaar ke points.",
        ],
        "vi": [
            "Tôi là giáo viên Ngữ văn. Đây là bài nghị luận xã hội của một học sinh lớp 11. Nhờ chấm theo thang 10 với các tiêu chí: bố cục, luận điểm, dẫn chứng, diễn đạt; mỗi tiêu chí cho điểm và nhận xét ngắn.\n\n{p}",
            "bài văn của em đây ạ, em sắp thi vào 10. Anh chị đọc giúp em xem được khoảng mấy điểm và em cần sửa chỗ nào nhất?",
            "Đây là bài IELTS Writing Task 2 của mình. Chấm band giúp mình theo 4 tiêu chí TR, CC, LR, GRA, mỗi tiêu chí giải thích vì sao ra band đó: {p}",
            "Con tôi viết bài luận xin học bổng bằng tiếng Anh. Nhờ góp ý thẳng thắn nhưng mang tính xây dựng: điểm mạnh, điểm yếu và gợi ý sửa cụ thể.",
        ],
        "id": [
            "Saya guru Bahasa Indonesia SMA. Mohon nilai esai siswa berikut berdasarkan rubrik: isi (30), organisasi (25), kosakata (20), tata bahasa (25). Berikan skor dan komentar untuk tiap kriteria.\n\n{p}",
            "Aku punya dua versi paragraf pembuka buat esai tugas kuliah. Mana yang lebih kuat dan kenapa? Kasih nilai juga kira-kira.",
            "Saya dosen. Tolong bantu menyusun komentar untuk esai mahasiswa ini sesuai rubrik yang saya tempel; nilai akhir tetap saya yang putuskan, tapi beri usulan skor per kriteria. {p}",
            "Esai ini ikut lomba menulis tingkat SMP dan saya salah satu jurinya. Saya butuh pendapat kedua: nilai 1-10 untuk orisinalitas, alur, dan bahasa, masing-masing dengan alasan singkat.",
        ],
        "tr": [
            "Edebiyat öğretmeniyim. 10. sınıf öğrencimin kompozisyonunu şu ölçütlere göre 100 üzerinden değerlendirir misiniz: içerik (40), düzen (20), dil ve anlatım (30), yazım (10)? Her ölçüt için puan ve kısa yorum rica ediyorum.\n\n{p}",
            "dil sınavı için deneme yazısı yazdım, sence kaç alırım ve en çok neyi düzeltmem lazım?",
            "Kompozisyon: {p}\nGüçlü yanlarını, zayıf yanlarını ve bir sonraki taslak için üç somut öneriyi yaz.",
            "Yüksek lisans başvurusu için niyet mektubu yazdım. Rubrik yok ama bir kabul komisyonu üyesi gözüyle okuyup 10 üzerinden puan verir misin, nedenleriyle?",
        ],
        "it": [
            "Sono un'insegnante di lettere. Valuta questo tema di un alunno di terza media secondo la griglia: aderenza alla traccia, organizzazione, correttezza linguistica, originalità (da 1 a 10 ciascuna voce), con un commento per voce.\n\n{p}",
            "Ho scritto il tema di prova per la maturità, che voto mi dareste e cosa devo migliorare?",
            "Ho corretto questo tema dando 6. Secondo te è un voto giusto rispetto alla griglia che usiamo? Motiva la tua valutazione. {p}",
            "Tesina di storia di mia figlia: potresti dirmi se la struttura regge e dove l'argomentazione è debole, senza riscriverla al posto suo?",
        ],
    },
    "data_tooling": {
        "hi": [
            "Unit test ke liye 10 fake customers ka CSV bana do: naam, email, phone (+91 wala), shehar, signup_date. Naam Indian hone chahiye aur sab data nakli ho.",
            "मेरे पार्सर के लिए एज केस इनपुट चाहिए — खाली स्ट्रिंग, सिर्फ़ स्पेस, देवनागरी यूनिकोड, बहुत लंबी लाइन वगैरह। फ़ंक्शन ये है: {p}",
            "डेमो डेटाबेस के लिए एक स्कूल की सैंपल टेबल बनाइए — 15 छात्र, रोल नंबर, कक्षा, तीन विषयों के अंक। SQL INSERT स्टेटमेंट के रूप में दीजिए।",
            "pytest fixture likhna hai jo is model ke liye mock data return kare: {p}\nkuch rows mein None values bhi daalna taaki null handling test ho sake.",
        ],
        "vi": [
            "Tạo giúp mình dữ liệu giả cho bảng đơn hàng để demo dashboard doanh thu: khoảng 30 dòng CSV, có mã đơn, ngày, tổng tiền, trạng thái, vài đơn bị hủy hoặc hoàn tiền.",
            "Mình cần một file log giả khoảng 50 dòng theo định dạng nginx access log để test script phân tích, có vài dòng lỗi 500 và vài dòng bị cắt cụt giữa chừng.",
            "Viết giúp factory (factory_boy) tạo object giả cho model này để dùng trong test Django: {p}",
            "Cần mock response cho unit test của service này, gồm các trường hợp thành công, lỗi 404 và timeout: {p}",
        ],
        "id": [
            "Butuh 10 contoh alamat Indonesia yang aneh-aneh buat ngetes form checkout: ada RT/RW, gang, tanpa kode pos, nama kelurahan disingkat, dll. Fiktif semua ya.",
            "Tolong buatkan skema dan 5 baris contoh untuk tabel users di Postgres, untuk ditaruh di README sebagai ilustrasi. Datanya jelas palsu.",
            "Tolong buatkan data contoh jadwal shift satu minggu untuk 8 karyawan dalam tabel markdown, buat mockup aplikasi HR kami, sesuai ketentuan berikut: {p}",
            "Saya perlu string-string input aneh untuk ngetes fungsi ini secara manual: emoji, karakter kontrol, teks RTL, angka super panjang, dan sebagainya.\n\n{p}",
        ],
        "tr": [
            "Demo için 20 satırlık sahte müşteri CSV'si üretir misin: ad, soyad, e-posta, telefon (+90), şehir, kayıt tarihi. Hepsi uydurma olsun, gerçek kişilerle eşleşmesin.",
            "Bu tarih ayrıştırıcı için sınır durum girdileri lazım, özellikle 29 Şubat, Türkçe ay isimleri ve 'gg.aa.yyyy' dışı biçimler: {p}",
            "Küçük bir kütüphane uygulamasının demo veritabanı için INSERT ifadeleri yaz: kitaplar, üyeler ve ödünç kayıtları, her tablodan 8-10 satır.",
            "jest testleri için şu API'nin sahte yanıtlarını hazırla; başarılı, boş liste ve 500 hatası senaryoları olsun: {p}",
        ],
        "it": [
            "Mi servono 10 IBAN italiani di test, formalmente validi (checksum corretto) ma chiaramente fittizi, per i test del modulo di pagamento.",
            "Mi servono casi limite per testare questo parser di codici fiscali: omocodie, date impossibili, minuscole, spazi in mezzo. Ecco il codice: {p}",
            "Scrivi gli INSERT per popolare il database demo di una pizzeria: tabella prodotti con 15 pizze, prezzi e allergeni.",
            "Per i test di questa funzione che calcola l'IVA mi servono coppie input/output attese, compresi arrotondamenti e importi negativi: {p}",
        ],
    },
    "summarize": {
        "hi": [
            "आज की मीटिंग के नोट्स हैं, इन्हें 5 बुलेट पॉइंट में समेट दो और आख़िर में किसे क्या काम मिला उसकी लिस्ट बना दो: {p}",
            "Ye research paper ka abstract aur intro hai, AI models ki reasoning ke baare mein. Mujhe saar chahiye — authors ne kya claim kiya, experiment mein kaun se steps follow kiye, aur limitations kya batayi.",
            "कृपया इस सरकारी परिपत्र का सार सरल हिंदी में लिखें, मुख्य नियम और अंतिम तिथियाँ छूटनी नहीं चाहिए।\n\n{p}",
            "TL;DR chahiye bas, 3 line max.",
        ],
        "vi": [
            "Đây là transcript video bài giảng. Tóm tắt thành dàn ý có đề mục để mình ôn thi: {p}",
            "Tóm tắt giúp mình bài báo khoa học này (về khả năng suy luận của mô hình ngôn ngữ): câu hỏi nghiên cứu, các bước nhóm tác giả thực hiện, kết quả chính và hạn chế.",
            "đọc hộ mình cái văn bản dài này rồi nói ngắn gọn xem nó muốn gì, khoảng 3-4 câu thôi\n\n{p}",
            "Hãy tóm tắt chương sách sau, giữ lại các lập luận chính của tác giả và những ví dụ minh họa quan trọng nhất.",
        ],
        "id": [
            "Ringkas thread email panjang ini: siapa minta apa, apa yang sudah disepakati, dan pertanyaan apa yang belum dijawab: {p}",
            "Rangkum bab 3 skripsi ini (metodologi). Urutkan langkah-langkah penelitian yang dilakukan penulis dari awal sampai analisis data.",
            "ringkasin dong, intinya aja, max 3 kalimat",
            "Buat ringkasan eksekutif satu paragraf dari laporan di bawah untuk direksi. Angka-angka penting jangan sampai hilang.\n\n{p}",
        ],
        "tr": [
            "Bu podcast dökümünü özetler misin? Konuşmacıların ana argümanlarını ayrı ayrı ver: {p}",
            "Bu blog yazısı yapay zekânın gerçekten 'düşünüp düşünmediğini' tartışıyor. Yazarın ana savlarını ve değindiği karşı argümanları madde madde çıkar.",
            "kısaca ne diyo bu metin, 2-3 cümle yeter",
            "Aşağıdaki yönetmelik değişikliğini çalışanlara duyurmak için sade bir dille özetle; tarihler ve yükümlülükler eksik olmasın.\n\n{p}",
        ],
        "it": [
            "Riassumi il verbale della riunione in 5 punti e poi elenca le azioni da fare con il relativo responsabile: {p}",
            "Mi fai un riassunto di questo paper sul ragionamento dei modelli linguistici? Vorrei capire cosa volevano dimostrare, come hanno impostato gli esperimenti passo per passo e cosa non torna.",
            "riassuntino veloce per favore, tre righe al massimo",
            "Fai una sintesi della sentenza qui sotto per un cliente che non è del mestiere, mantenendo le motivazioni principali del giudice.\n\n{p}",
        ],
    },
    "debugging_help": {
        "hi": [
            "ये कोड चलाने पर IndexError आ रहा है, समझ नहीं आ रहा क्यों। लाइन दर लाइन बताओ क्या हो रहा है: {p}",
            "bhai loop mein variable ki value har iteration mein kaise badal rahi hai, table bana ke trace kar do. output 15 aana chahiye tha par 10 aa raha hai",
            "मेरा सॉर्टिंग फ़ंक्शन कुछ इनपुट पर ग़लत क्रम देता है। नीचे कोड है — कृपया हर पास के बाद ऐरे की स्थिति दिखाइए और बताइए गड़बड़ कहाँ है।\n\n{p}",
            "Production mein kabhi kabhi null pointer aata hai, local pe kabhi nahi. Code dekh ke batao kaun si line suspect hai aur kyun, step by step.",
        ],
        "vi": [
            "Lỗi: TypeError: Cannot read properties of undefined (reading 'map')\nĐoạn code: {p}\nGiải thích vì sao lỗi xảy ra và sửa thế nào.",
            "vòng while của mình cứ chạy mãi không dừng, bạn lần theo giá trị các biến qua từng vòng giúp mình với",
            "Code này chạy ra kết quả sai mà mình không hiểu tại sao. Bạn giải thích từng dòng nó làm gì được không?\n\n{p}",
            "Hàm đệ quy tính tổng của mình trả về sai khi n lớn. Nhờ bạn lần theo từng lời gọi hàm với n = 4 để chỉ ra chỗ sai.",
        ],
        "id": [
            "Fungsi ini harusnya mengembalikan True untuk palindrom, tapi 'Katak' malah False. Jelasin baris per baris apa yang terjadi dong.\n\n{p}",
            "Pagination saya selalu kehilangan halaman terakhir. Tolong telusuri perhitungan offset dan limit-nya langkah demi langkah.",
            "Query SQL-ku hasilnya dobel-dobel padahal datanya nggak dobel. Kenapa ya? {p}",
            "Aplikasi Android saya crash waktu layar diputar. Berikut stack trace-nya, tolong jelaskan penyebabnya langkah demi langkah.",
        ],
        "tr": [
            "Bu kod NullPointerException veriyor, nedenini çözemedim. Satır satır ne yaptığını anlatır mısın?\n\n{p}",
            "0.1 + 0.2 neden 0.30000000000000004 çıkıyor? Bilgisayarın bunu nasıl hesapladığını adım adım gösterir misin?",
            "Asenkron fonksiyonum bazen undefined dönüyor, bazen doğru değer. Olayların sırasını adım adım izleyerek açıklar mısın? {p}",
            "Regex'im bazı e-posta adreslerini kaçırıyor. Eşleşmenin karakter karakter nasıl ilerlediğini ve nerede başarısız olduğunu gösterir misin?",
        ],
        "it": [
            "Questo codice mi dà KeyError e non capisco perché. Mi spieghi riga per riga cosa succede?\n\n{p}",
            "Dentro la closure la variabile ha sempre l'ultimo valore del ciclo, perché? Seguimi passo passo.",
            "Il mio script funziona se lo lancio a mano ma da cron no. Cosa cambia tra i due casi? Ragioniamoci passo per passo.",
            "Il test passa se lo lancio da solo ma fallisce quando gira insieme agli altri. Ecco il codice: {p}\nChe cosa può essere?",
        ],
    },
}
