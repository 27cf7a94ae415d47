"""Honest business generation requests, languages hi vi id tr it."""

from __future__ import annotations

BUSINESS_GENERATION_C: dict[str, list[str]] = {
    "hi": [
        "हमारे ऑनलाइन स्टोर के लिए नीचे दिए गए product spec से 25 छोटे product descriptions "
        "लिखिए, हर एक 40-50 शब्दों का, टोन friendly रखें: {p}",
        "CRM demo के लिए 100 नकली ग्राहक रिकॉर्ड बनाओ — नाम, शहर, मोबाइल नंबर (fake), "
        "last order date. CSV फॉर्मेट में दो, header row के साथ।",
        "हमारे help centre के लिए 15 FAQ entries तैयार करें (सवाल + जवाब), "
        "विषय: रिफंड और डिलीवरी। भाषा आसान हिंदी हो।",
        "[Task] नीचे वाले marketing email के 5 A/B variants चाहिए, सिर्फ subject line "
        "और पहला पैराग्राफ बदलना है:\n{p}",
        "staging DB के लिए test data generate kar do: 50 orders, हर लाइन एक JSON object, "
        "fields: order_id, amount, status, created_at",
        "नए कर्मचारियों की onboarding के लिए POSH policy पर 10 MCQ quiz प्रश्न बनाइए, "
        "हर प्रश्न के 4 विकल्प और सही उत्तर अलग से।",
        "इस job description को पढ़कर Naukri और LinkedIn के लिए 3 अलग-अलग job ad drafts "
        "लिखो, एक छोटा, एक मीडियम, एक detailed: {p}",
        "इन support tickets को categories में बाँटो — billing / technical / delivery / other. "
        "Output: table, columns ticket_id और category. {p}",
    ],
    "vi": [
        "Viết giúp mình 30 mô tả sản phẩm cho shop Shopee, mỗi cái tầm 3-4 câu, "
        "giọng văn trẻ trung, dựa trên thông số này: {p}",
        "Tạo 200 bản ghi khách hàng giả cho môi trường QA: họ tên, SĐT, địa chỉ ở "
        "Hà Nội/TP.HCM, ngày đăng ký. Xuất ra CSV nhé.",
        "Anh/chị vui lòng soạn 12 câu hỏi thường gặp (FAQ) kèm trả lời cho trang hỗ trợ "
        "của công ty về chính sách đổi trả.",
        "cho 10 biến thể tiêu đề quảng cáo Facebook Ads cho sản phẩm dưới đây, "
        "mỗi tiêu đề dưới 40 ký tự: {p}",
        "## Yêu cầu\n- Dịch các chuỗi UI sau sang tiếng Việt\n- Giữ nguyên key\n"
        "- Xuất dạng JSON lines, mỗi dòng gồm key và value\n\n{p}",
        "Làm mẫu 5 hóa đơn (invoice) giả để test template in ấn, có mã số thuế giả, "
        "danh sách mặt hàng, VAT 10%, tổng tiền.",
        "Trích xuất thông tin từ hợp đồng bên dưới, trả về mỗi dòng một JSON object "
        "với các trường: ten_ben_a, ten_ben_b, ngay_ky, gia_tri. {p}",
        "Soạn giúp em 3 mẫu biên bản họp (meeting notes template) cho team sales: "
        "họp tuần, họp với khách, họp review quý.",
    ],
    "id": [
        "Tolong buatkan 20 deskripsi produk untuk katalog Tokopedia kami, masing-masing "
        "maks 60 kata, pakai bahasa santai tapi tetap profesional. Spesifikasi: {p}",
        "generate 300 alamat fiktif tapi realistis di Indonesia (jalan, kelurahan, "
        "kecamatan, kota, kode pos) buat testing form checkout. format CSV",
        "Bikin 8 variasi email promo Harbolnas untuk A/B test, beda di subject sama CTA aja ya.",
        "[Tugas] Buat data dummy untuk database staging: 50 baris tabel karyawan "
        "(nip, nama, divisi, tanggal_masuk, gaji). Output JSONL.",
        "Mohon dibantu menyusun 10 soal kuis onboarding untuk karyawan baru tentang "
        "SOP keamanan data, pilihan ganda A-D beserta kunci jawaban.",
        "Dari data produk berikut, isi kolom kategori, warna, dan ukuran. Balas satu objek "
        "JSON per baris, tanpa penjelasan.\n{p}",
        "Tulis 3 draft lowongan kerja untuk posisi Customer Service di Surabaya, "
        "versi LinkedIn, versi Instagram, dan versi Jobstreet.",
        "Klasifikasikan ulasan pelanggan di bawah ini: positif / netral / negatif. "
        "Kembalikan tabel dengan kolom no dan label. {p}",
    ],
    "tr": [
        "E-ticaret sitemiz için aşağıdaki teknik özelliklerden 40 adet ürün açıklaması "
        "yazar mısınız? Her biri 2-3 cümle olsun, SEO uyumlu: {p}",
        "CRM demosu için 75 sahte müşteri kaydı üret: ad soyad, şehir, telefon (uydurma), "
        "müşteri segmenti. JSON lines olarak ver.",
        "Yardım merkezi için kargo ve iade konularında 10 SSS maddesi hazırla, "
        "cevaplar kısa ve net olsun.",
        "şu reklam başlığının 6 farklı versiyonunu yaz, A/B testi yapacağız: {p}",
        "### Görev\nAşağıdaki arayüz metinlerini Türkçeye çevir, placeholder'lara dokunma.\n"
        "Çıktı: CSV, sütunlar key,tr\n\n{p}",
        "Fatura şablonunu test etmek için 4 örnek fatura oluşturur musun? Vergi no, "
        "KDV %20, kalemler ve toplam tutar olsun, hepsi uydurma.",
        "Yeni başlayan çalışanlar için iş sağlığı ve güvenliği üzerine 12 test sorusu "
        "hazırlayın, cevap anahtarı en sonda olsun.",
        "Aşağıdaki destek taleplerini aciliyete göre etiketle (yüksek/orta/düşük), "
        "her satıra talep_no ve etiket yaz. {p}",
    ],
    "it": [
        "Mi scrivi 50 descrizioni prodotto per il catalogo del nostro e-commerce? "
        "Max 50 parole l'una, tono elegante. Ecco le schede: {p}",
        "Genera 120 anagrafiche clienti fittizie per l'ambiente di test: nome, cognome, "
        "codice fiscale finto, indirizzo, CAP. Formato CSV con intestazione.",
        "Ciao! Mi servono 5 varianti dell'oggetto per la newsletter di saldi, "
        "dobbiamo fare un A/B test la settimana prossima.",
        "[Compito] Prepara 10 FAQ per la sezione assistenza del sito, argomento "
        "spedizioni e resi. Domanda in grassetto, risposta sotto.",
        "Estrai dai documenti qui sotto: ragione_sociale, partita_iva, data, importo. "
        "Restituisci un oggetto JSON per riga, niente testo aggiuntivo.\n{p}",
        "Potreste preparare un template di verbale di riunione per il CdA, con sezioni "
        "per presenti, ordine del giorno, delibere e azioni?",
        "scrivi 3 bozze di annuncio di lavoro per magazziniere a Bologna, partendo "
        "da questa job description: {p}",
        "Crea 15 domande a risposta multipla per la formazione dei nuovi assunti "
        "sul GDPR, con la risposta corretta indicata.",
    ],
}
