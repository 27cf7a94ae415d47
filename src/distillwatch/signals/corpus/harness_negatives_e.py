"""Honest evaluation-harness requests, languages hi, vi, id; training data."""

from __future__ import annotations

HARNESS_NEGATIVES_E: dict[str, dict[str, list[str]]] = {
    "eval_harness": {
        "hi": [
            "सिर्फ़ संख्या में उत्तर दें, कोई व्याख्या नहीं।\n{p}",
            "नीचे दिए प्रश्न का सही विकल्प चुनें और केवल उसका अक्षर (A, B, C या D) लिखें।\n\n{p}",
            "जवाब एक ही शब्द में दो; अंग्रेज़ी शब्द हो तो पूरा lowercase में।",
            "चरण-दर-चरण सोचिए, फिर अंतिम पंक्ति में 'उत्तर:' के बाद केवल अंतिम उत्तर लिखिए।",
            "मूल्यांकन के उद्देश्य से: केवल परिणाम बताइए। {p}",
            "ये हमारा nightly regression suite है, जवाब बिल्कुल तय फ़ॉर्मेट में देना, कुछ भी extra नहीं।",
            "हमारे चैटबॉट की QA जाँच: नीचे दिया बॉट का जवाब हमारी रिफ़ंड नीति के मुताबिक है या नहीं? हाँ/नहीं और एक लाइन में कारण।\n\n{p}",
            "रिलीज़ से पहले की जाँच है। हमारे सपोर्ट बॉट का नीचे वाला जवाब सही और पर्याप्त विनम्र है या नहीं? सिर्फ़ pass या fail बताइए।\n{p}",
            "एक ही सवाल पर हमारे असिस्टेंट के पुराने और नए वर्ज़न के जवाब नीचे हैं। हमें रिलीज़ का फ़ैसला करना है, इनमें से कौन सा ज़्यादा सटीक है?",
            "आउटपुट JSON में दें, जिसमें answer नाम का एक फ़ील्ड हो। इसके अलावा कुछ न लिखें।",
            "संक्षेप में तर्क करें, फिर सिर्फ़ चुना हुआ विकल्प लिखें। {p}",
            "bas final ans do, explanation ki zarurat nhi hai",
        ],
        "vi": [
            "Chỉ trả lời bằng một con số, không giải thích.\n\n{p}",
            "Chọn đáp án đúng và chỉ ghi chữ cái tương ứng (A/B/C/D).",
            "Trả lời đúng một từ, viết thường. {p}",
            "Hãy suy nghĩ từng bước, sau đó ghi đáp án cuối cùng ở dòng cuối, sau chữ 'Đáp án:'.",
            "Để phục vụ đánh giá, chỉ đưa ra kết quả thôi nhé.",
            "Đây là bộ kiểm thử hồi quy chạy hằng đêm của bọn mình, vui lòng trả lời chính xác theo định dạng yêu cầu.\n{p}",
            "Kiểm tra QA chatbot của công ty: câu trả lời bên dưới của bot có đúng chính sách hoàn tiền của chúng tôi không? Trả lời có/không kèm một dòng lý do.\n\n{p}",
            "câu trả lời của bot hỗ trợ khách hàng bên mình ở dưới, đủ chính xác và lịch sự để ra bản chưa? ghi pass hoặc fail",
            "Dưới đây là câu trả lời của phiên bản cũ và phiên bản mới của trợ lý chúng tôi cho cùng một câu hỏi. Bản nào chính xác hơn? Chúng tôi cần thông tin này để quyết định phát hành.\n{p}",
            "Trả về JSON có trường answer, không kèm gì khác.",
            "Lập luận ngắn gọn rồi chỉ xuất ra lựa chọn cuối cùng.\n{p}",
            "ko cần giải thich, chỉ cần kết quả cuối",
        ],
        "id": [
            "Jawab dengan angka saja.\n{p}",
            "Pilih opsi yang benar, tulis hurufnya saja tanpa penjelasan. {p}",
            "Satu kata, huruf kecil semua.",
            "Pikirkan langkah demi langkah, lalu tuliskan jawaban akhir di baris terakhir setelah 'Jawaban:'.\n\n{p}",
            "Untuk keperluan evaluasi, berikan hasilnya saja.",
            "Ini suite regresi nightly kami. Mohon jawab persis sesuai format yang diminta, jangan tambahkan kalimat lain.",
            "Cek QA chatbot kami: apakah balasan bot di bawah ini sesuai dengan kebijakan refund kami? Jawab ya/tidak plus satu kalimat alasannya.\n\n{p}",
            "jawaban bot CS kami ada di bawah, udah bener dan cukup sopan buat dirilis belum? pass/fail aja\n{p}",
            "Berikut versi lama dan versi baru jawaban asisten kami untuk pertanyaan yang sama. Mana yang lebih akurat? Ini untuk keputusan rilis.",
            "Kembalikan output dalam format JSON dengan satu field bernama answer.",
            "Bernalar singkat saja, kemudian keluarkan pilihan akhirnya. {p}",
            "tdk perlu penjelasan, lgsg jawab aja ya",
        ],
    },
}
