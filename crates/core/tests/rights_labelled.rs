//! A labelled set of request messages written for PDP Desk (both languages, formal and chatty,
//! several rights, agents, typos) and some that are not requests. The test prints the measured
//! accuracy and fails below the bar.

use pdp_core::intake::rights::classify;
use pdp_core::intake::triage::MessageClass;
use pdp_core::vocabulary::Right::{self, *};

struct Case {
    text: &'static str,
    is_request: bool,
    rights: &'static [Right],
}

const fn req(text: &'static str, rights: &'static [Right]) -> Case {
    Case {
        text,
        is_request: true,
        rights,
    }
}

const fn not(text: &'static str) -> Case {
    Case {
        text,
        is_request: false,
        rights: &[],
    }
}

const CASES: &[Case] = &[
    req("Permohonan Akses Data Pribadi – UU PDP\n\nDengan hormat, berdasarkan UU No. 27 Tahun 2022 saya mengajukan permohonan untuk mendapatkan akses dan salinan seluruh data pribadi saya.", &[Access]),
    req("Permohonan Penghapusan Data Pribadi\n\nSaya memohon agar seluruh data pribadi saya di perusahaan Bapak/Ibu dihapus.", &[Deletion]),
    req("Request to delete my personal data (PDP Law)\n\nI would like you to delete all personal data you hold about me.", &[Deletion]),
    req("Permintaan salinan data pribadi saya\n\nHalo Admin, saya ingin meminta salinan data pribadi saya.", &[Access]),
    req("hapus data saya\n\nkak tolong hapus data saya ya dari sistem, makasih", &[Deletion]),
    req("Unsubscribe\n\nPlease stop sending me promotions on WhatsApp and withdraw my consent for marketing. My number is 0812-1111-2222.", &[WithdrawConsent]),
    req("Keberatan\n\nSaya tidak mau lagi dikirimi promosi. Saya menarik kembali persetujuan penggunaan data pribadi saya untuk pemasaran.", &[WithdrawConsent]),
    req("Perbaikan data\n\nSelamat siang, alamat saya di data pelanggan sudah tidak sesuai lagi. Mohon perbarui alamat saya menjadi Jl. Melati No. 5.", &[Correction]),
    req("Wrong name on my account\n\nHi, my name is misspelled on my account and invoices. Please correct my name to Andreas.", &[Correction]),
    req("Data portability request\n\nUnder the PDP law I request a copy of my personal data in a machine-readable format (CSV or JSON).", &[Portability]),
    req("Permohonan data dalam format yang dapat dibaca mesin\n\nSaya meminta data pribadi saya dalam format CSV agar bisa saya pindahkan ke penyedia lain.", &[Portability]),
    req("Mohon batasi pemrosesan data saya\n\nSampai sengketa selesai, mohon hentikan pemrosesan data pribadi saya.", &[Restriction]),
    req("Restriction of processing\n\nPlease restrict the processing of my personal data while you check its accuracy.", &[Restriction]),
    req("Keputusan otomatis\n\nSaya keberatan atas keputusan otomatis yang menolak pengajuan saya. Saya ingin keputusan itu ditinjau oleh manusia karena menyangkut data pribadi saya.", &[Objection]),
    req("Automated decision\n\nI object to the automated decision and profiling based on my personal data.", &[Objection]),
    req("Pertanyaan tentang data pribadi\n\nDari mana Anda mendapatkan data saya? Apa tujuan pemrosesan data pribadi saya?", &[Information]),
    req("Where did you get my number?\n\nHow did you get my personal data? What is the legal basis for processing it?", &[Information]),
    req("Atas nama anak saya\n\nSaya orang tua dari Clara. Mohon hapus data pribadi anak saya yang terdaftar di lomba desain.", &[Deletion]),
    req("Surat kuasa\n\nSaya bertindak atas nama Bapak Yusuf berdasarkan surat kuasa terlampir, untuk meminta salinan data pribadi beliau.", &[Access]),
    req("On behalf of my mother\n\nI am writing on behalf of my mother to request access to her personal data and a copy of it.", &[Access]),
    req("Hapus akun\n\nmin, tolong tutup akun saya dan hapus semua data saya. udah gak pakai lagi", &[Deletion]),
    req("Permohonan penghapusan dan penarikan persetujuan\n\nSaya mencabut persetujuan pemrosesan data pribadi saya dan meminta data saya dihapus.", &[Deletion, WithdrawConsent]),
    req("Access and deletion\n\nPlease send me a copy of my data, and afterwards delete my data from your systems.", &[Access, Deletion]),
    req("hpus data sy\n\nkak tolong dihapus data pribadi saya, nomor hp saya sudah ganti", &[Deletion]),
    req("Data saya\n\nSaya ingin tahu data apa saja yang kalian simpan tentang saya.", &[Access]),
    req("What data do you have?\n\nWhat personal data do you hold about me? Please send it.", &[Access]),
    req("Ganti nomor telepon\n\nNomor HP saya di data pelanggan salah ketik, mohon diubah nomor saya jadi 0813-2222-3333.", &[Correction]),
    req("Privacy request\n\nHi team, I no longer want marketing emails. Please opt out my account from all marketing and remove me from your list.", &[WithdrawConsent]),
    req("Jangan hubungi saya lagi\n\nTolong jangan kirim promosi lagi ke WA saya. Data saya jangan dipakai untuk iklan.", &[WithdrawConsent]),
    req("Permohonan informasi\n\nSaya ingin mendapatkan informasi tentang pemrosesan data pribadi saya: siapa saja yang menerima data saya?", &[Information]),
    req("Right to be forgotten\n\nI am exercising my right to be forgotten: erase my personal data.", &[Deletion]),
    req("Mohon dimusnahkan\n\nSesuai UU PDP, mohon data pribadi saya dimusnahkan dari arsip perusahaan.", &[Deletion]),
    req("Update my details\n\nPlease update my address in your customer records; my old address is outdated. This is my personal data.", &[Correction]),
    req("Tunda penggunaan data\n\nMohon tunda penggunaan data pribadi saya untuk keperluan apa pun sampai ada kejelasan.", &[Restriction]),
    req("PDP request\n\nDear team, as a data subject I request access to my personal data and ask you to correct my date of birth, which is wrong.", &[Access, Correction]),
    req("Salinan data\n\nSelamat pagi, bisa minta salinan data saya? Saya pelanggan sejak 2021. Terima kasih.", &[Access]),
    req("Export my data\n\nCan you export my data to a JSON file so I can move it to another print shop? It's my personal data.", &[Portability]),
    req("Profil pelanggan\n\nSaya menolak pemrofilan atas data pribadi saya untuk penawaran otomatis.", &[Objection]),
    not("Pertanyaan faktur 11676\n\nSelamat pagi, mohon dikirimkan faktur pajak untuk invoice nomor 11676. Terima kasih."),
    not("Pesanan kartu nama\n\nHalo kak, saya mau pesan kartu nama 2 box, desainnya saya kirim lewat WA ya."),
    not("Quotation request\n\nHello, could you send me a quotation for 500 flyers A5, full colour? Thanks."),
    not("Jadwal pengambilan\n\nKapan pesanan banner saya bisa diambil? Apakah kantor buka hari Sabtu?"),
    not("Newsletter\n\nThank you for your order. To unsubscribe from this newsletter click the link below."),
    not("Revisi desain\n\nMohon revisi desain brosur: ganti warna latar menjadi biru dan perbesar logo."),
    not("Payment confirmation\n\nI have transferred the payment for invoice 2291 this morning, please check."),
];

#[test]
fn labelled_messages_are_classified() {
    let (mut request_ok, mut rights_ok) = (0, 0);
    let mut misses = Vec::new();
    for case in CASES {
        let c = classify(case.text);
        let got: Vec<Right> = c.rights.iter().map(|f| f.right).collect();
        let mut want = case.rights.to_vec();
        want.sort();
        let is_request = c.class == MessageClass::Request;
        if is_request == case.is_request {
            request_ok += 1;
        }
        let rights_match = is_request == case.is_request && (!case.is_request || got == want);
        if rights_match {
            rights_ok += 1;
        } else {
            misses.push(format!(
                "  {:?}\n    expected {:?} {:?}, got {:?} {:?}",
                case.text.lines().next().unwrap_or(""),
                case.is_request,
                case.rights,
                c.class,
                got
            ));
        }
    }
    let n = CASES.len();
    println!("labelled set: {n} messages");
    println!(
        "request / not a request: {request_ok}/{n} = {:.1}%",
        100.0 * request_ok as f64 / n as f64
    );
    println!(
        "exact rights (or correctly not a request): {rights_ok}/{n} = {:.1}%",
        100.0 * rights_ok as f64 / n as f64
    );
    for m in &misses {
        println!("{m}");
    }
    assert!(n >= 40, "the labelled set must stay at 40 messages or more");
    assert!(
        request_ok * 100 >= n * 95,
        "request detection below 95%: {request_ok}/{n}"
    );
    assert!(
        rights_ok * 100 >= n * 85,
        "exact rights below 85%: {rights_ok}/{n}\n{}",
        misses.join("\n")
    );
}
