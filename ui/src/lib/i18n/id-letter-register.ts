// Bahasa Indonesia: the office's register of letters ("Surat" in the sidebar) and the letters open
// requests still wait for. Spread into `id` (id.ts); `en-letter-register.ts` is typed against these keys.

export const idLetterRegister = {
  "lreg.title": "Surat",
  "lreg.subtitle": "Semua surat yang diterbitkan kantor, dari semua permintaan, nomor terbaru di atas.",
  "lreg.requests": "Daftar permintaan",

  "lreg.due.title": "Perlu ditulis",
  "lreg.due.hint": "Permintaan terbuka yang belum mendapat surat ini. Surat lain disiapkan dari halaman permintaan.",
  "lreg.due.none": "Tidak ada surat yang tertunda: setiap permintaan terbuka sudah mendapat tanda terima, penerusan, dan pemberitahuan perpanjangannya.",
  "lreg.due.received": "diterima {at}",
  "lreg.due.extended": "diperpanjang {at}",
  "lreg.due.write": "Tulis",
  "lreg.due.more": "Tampilkan semua ({n})",
  "lreg.due.less": "Tampilkan lebih sedikit",

  "lreg.filters": "Saring surat",
  "lreg.filter.year": "Tahun",
  "lreg.filter.allYears": "Semua tahun",
  "lreg.filter.kind": "Jenis surat",
  "lreg.filter.allKinds": "Semua jenis",

  "lreg.col.number": "Nomor",
  "lreg.col.date": "Tanggal",
  "lreg.col.kind": "Surat",
  "lreg.col.request": "Permintaan",
  "lreg.col.sent": "E-mail",
  "lreg.col.actions": "Tindakan",
  "lreg.sent.yes": "Dikirim ke {to}",
  "lreg.sent.no": "Belum dikirim",
  "lreg.void": "BATAL",
  "lreg.void.reason": "Nomor diambil, tetapi PDF gagal dibuat: {reason}",
  "lreg.unprinted": "Nomor diambil, PDF belum dibuat",
  "lreg.lang.id": "ID",
  "lreg.lang.en": "EN",
  "lreg.lang.title.id": "Bahasa Indonesia",
  "lreg.lang.title.en": "English",
  "lreg.open": "Buka PDF",
  "lreg.open.hint": "Membuka PDF di penampil PDF komputer ini, untuk dicetak dari sana.",
  "lreg.count": "{n} surat",

  "lreg.empty.title": "Belum ada surat yang diterbitkan",
  "lreg.empty.body":
    "Surat diterbitkan dari halaman permintaan, di bagian Surat. Mulailah dengan tanda terima untuk permintaan yang baru masuk; daftar Perlu ditulis di atas menunjukkan mana saja.",
  "lreg.empty.nothingDue":
    "Surat diterbitkan dari halaman permintaan, di bagian Surat. Begitu ada permintaan baru, tanda terimanya muncul di atas sebagai surat yang perlu ditulis.",
  "lreg.noMatch.title": "Tidak ada surat yang cocok",
  "lreg.noMatch.body": "Tidak ada surat dengan tahun dan jenis ini. Ubah atau hapus filter untuk melihat surat lain.",
  "lreg.clearFilters": "Hapus filter",
} satisfies Record<string, string>;
