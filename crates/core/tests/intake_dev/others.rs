//! Mail that is clearly something else: invoices, orders, automatic replies, bounces,
//! newsletters, complaints about a product, meetings, job applications.

use super::{look, not, Case};

pub const CASES: &[Case] = &[
    not("Pertanyaan faktur\n\nSelamat pagi, mohon dikirim ulang faktur pajak bulan lalu ke email saya."),
    not("Pesanan spanduk\n\nKak, pesanan spanduk saya sudah jadi belum? Rencananya mau diambil besok."),
    not("Out of office: Re: Penawaran\n\nTerima kasih atas email Anda. Saya sedang cuti sampai 12 Desember dan akan membalas setelah kembali."),
    not("Undeliverable: Permohonan data\n\nDelivery has failed to these recipients: budi@example.com. The recipient's mailbox is full."),
    not("Newsletter Desember\n\nPromo akhir tahun! Diskon 30% untuk semua cetak brosur. Anda menerima email ini karena terdaftar sebagai pelanggan. Klik di sini untuk berhenti berlangganan."),
    not("Lamaran kerja\n\nBersama ini saya lampirkan CV dan portofolio untuk posisi desainer grafis."),
    not("Keluhan pengiriman\n\nPaket saya sudah seminggu belum sampai, kecewa sekali."),
    not("Undangan rapat\n\nMengundang Bapak/Ibu untuk rapat koordinasi hari Kamis pukul 10.00."),
    not("Konfirmasi pembayaran\n\nSaya sudah transfer pembayaran untuk invoice INV-2291 tadi pagi."),
    not("Re: Penawaran harga\n\nTerima kasih, harga sudah kami terima. Kami akan diskusikan dulu."),
    not("Invoice #4471\n\nPlease find attached invoice #4471 for the November print run. Payment due in 14 days."),
    not("Automatic reply: Data request\n\nI am out of the office until 5 January with limited access to email."),
    not("Mail delivery failed: returning message to sender\n\nThis message was created automatically by mail delivery software. A message that you sent could not be delivered to one or more of its recipients."),
    not("Our December newsletter\n\nNew templates are here! To stop receiving these emails, unsubscribe here. We respect your privacy: read our privacy policy."),
    not("Quote for 500 flyers\n\nHello, could you send me a quote for 500 A5 flyers?"),
    not("Complaint\n\nThe banner you printed has the wrong colours and the order was two days late."),
    not("Meeting tomorrow\n\nCan we move our meeting to 3pm tomorrow?"),
    not("Password reset\n\nYou requested a password reset. Click the link below to choose a new password. If you did not request this, ignore this email."),
    not("Order 2231 shipped\n\nYour order has shipped. This email is confidential; if you are not the intended recipient, please delete it."),
    not("Receipt\n\nThank you for your payment of Rp 1.250.000."),
    not("Pesanan\n\nHalo, pesanan nomor 512 sudah bisa diambil?"),
    not("Revisi desain\n\nMohon revisi desain brosur: ganti warna latar menjadi biru dan perbesar logo."),
    not("Buletin pelanggan\n\nHalo! Nikmati voucher belanja minggu ini. Jika Anda tidak ingin menerima email ini lagi, silakan berhenti berlangganan."),
    not("Terima kasih\n\nTerima kasih banyak atas bantuannya kemarin, hasil cetaknya bagus sekali."),
    not("Jadwal libur\n\nKantor kami tutup pada 25 Desember dan buka kembali 27 Desember."),
    // Mended after the second evaluation set (see DEVELOPMENT.md): written here in our own words.
    // An ask that does not say whose, in a sentence about an order or a print job, is the job's.
    look("Order dobel\n\nPesanan kartu nama saya masuk dua kali, yang kedua tolong dihapus saja."),
    look("Proof brosur\n\nDi proof brosur nomor telepon kantornya ada typo, tolong dikoreksi sebelum cetak."),
    not("Minta kuitansi\n\nBoleh minta salinan kuitansi untuk pembayaran minggu lalu? Untuk laporan kantor."),
    // A short answer to the office's question about a right.
    look("Re: Pertanyaan kami\n\nIya, boleh.\n\nPada Sen, 3 Mei 2027, Admin menulis:\n> Apakah Bapak ingin data Bapak di sistem kami dihapus?"),
    // Still contacted, consent given without being asked, data shown where it was not expected.
    look("WA lagi\n\nKenapa saya masih dapet WA promo dari kalian? Saya sudah lama tidak belanja."),
    look("Pendaftaran anak\n\nAnak saya mendaftar memakai nomor HP saya tanpa izin saya. Saya mau bicara dengan pengelola."),
    look("Foto di Instagram\n\nFoto saya muncul di Instagram kalian, saya tidak ingat pernah difoto untuk itu."),
    look("Who is your DPO?\n\nI'd like to talk to your data protection officer this week."),
    // A notice of new terms, a mailing's footer and a confirmation ask nothing of the office,
    // but their words of rights leave them to a person: a look, never the register.
    look("We've updated our Terms\n\nWe have updated our privacy policy. It explains your rights to access, correct and delete your data. No action is needed."),
    look("Your weekly digest\n\n5 people viewed your page this week. See who is looking.\n\nUnsubscribe | Privacy Policy"),
    look("You have been unsubscribed\n\nYou will no longer receive emails from us. You can subscribe again at any time."),
];
