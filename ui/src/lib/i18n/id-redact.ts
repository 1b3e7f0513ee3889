// Bahasa Indonesia: the redaction of the office's local exports under the action plan (the
// folder for the copies, replacing the originals, progress, the result per file, the re-search,
// the refusals and the runs so far). Spread into `id` (id.ts); `en-redact.ts` is typed against it.

export const idRedact = {
  "redact.title": "Penyamaran ekspor lokal",
  "redact.subtitle":
    "Salinan setiap ekspor yang memuat catatan pemohon: yang dihapus dikeluarkan, yang disimpan atau dibatasi disamarkan, yang dikoreksi diganti; catatan lain tetap sama persis. Penghapusan di sistem aslinya tetap lewat daftar periksa di atas.",
  "redact.start": "Samarkan ekspor lokal",
  "redact.close": "Tutup",

  "redact.out": "Folder untuk salinan",
  "redact.out.hint": "Harus di luar folder sumber data: salinan di dalamnya akan terbaca lagi sebagai ekspor kantor.",
  "redact.out.pick": "Pilih…",
  "redact.out.pickTitle": "Folder untuk salinan yang disamarkan",
  "redact.out.required": "Pilih folder untuk salinan.",
  "redact.out.insideSource": "Folder ini ada di dalam folder sumber data. Pilih folder di luarnya.",
  "redact.out.name": "Penyamaran {id}",
  "redact.replace": "Ganti ekspor asli dengan salinan",
  "redact.replace.hint":
    "Ekspor asli diganti sekaligus (atomik) hanya bila pencarian ulang tidak menemukan data subjek lagi; setelah itu PDP Desk tidak dapat memulihkan ekspor aslinya.",
  "redact.run": "Samarkan",
  "redact.run.replace": "Samarkan dan ganti ekspor asli",
  "redact.running": "Menyamarkan ekspor…",
  "redact.progress": "{records} catatan dibaca · {bytes}",
  "redact.cancelled": "Penyamaran dibatalkan. Tidak ada salinan setengah jadi yang tertinggal, ekspor asli tidak berubah.",

  "redact.confirm.title": "Ganti ekspor asli?",
  "redact.confirm.body":
    "Setiap ekspor asli di bawah ini diganti dengan salinannya yang sudah disamarkan — hanya bila pencarian ulang tidak menemukan data subjek lagi. PDP Desk tidak dapat memulihkan ekspor aslinya sesudahnya; simpan cadangan sendiri bila masih diperlukan.",
  "redact.confirm.files": "Ekspor yang diganti:",
  "redact.confirm.ok": "Ya, samarkan dan ganti",

  "redact.done.copies": "Salinan yang disamarkan sudah ditulis.",
  "redact.done.replaced": "Salinan ditulis dan ekspor asli sudah diganti.",
  "redact.col.file": "Ekspor",
  "redact.col.counts": "Catatan",
  "redact.col.sha": "SHA-256 sebelum → sesudah",
  "redact.col.original": "Ekspor asli",
  "redact.count.removed": "{n} dihapus",
  "redact.count.masked": "{n} disamarkan",
  "redact.count.corrected": "{n} dikoreksi",
  "redact.whole": "berkas dihapus utuh",
  "redact.whole.copy": "Tidak ada salinan: seluruh berkas milik subjek (percakapan 1:1 atau satu e-mail).",
  "redact.original.replaced": "Diganti",
  "redact.original.removed": "Dihapus",
  "redact.original.kept": "Tetap",
  "redact.openFolder": "Buka folder",
  "redact.copySha": "Salin SHA-256 {which}",
  "redact.sha.before": "sebelum",
  "redact.sha.after": "sesudah",
  "redact.copied": "SHA-256 disalin.",
  "redact.copyFailed": "Tidak dapat menyalin ke papan klip.",

  "redact.research.clean": "Pencarian ulang: tidak ada lagi data subjek di salinan.",
  "redact.research.hits": "Pencarian ulang masih menemukan {n} catatan yang tidak dijelaskan rencana:",
  "redact.research.undecided": "belum diputuskan — putuskan dulu di Pencarian data",
  "redact.research.strong": "temuan kuat",
  "redact.research.possible": "temuan mungkin",
  "redact.replaceRefused":
    "Ekspor asli TIDAK diganti: pencarian ulang masih menemukan data subjek. Selesaikan temuan di atas, lalu samarkan lagi.",
  "redact.toSearch": "Ke Pencarian data",

  "redact.gate.title": "Identitas pemohon belum terverifikasi",
  "redact.gate.hint": "Tidak ada ekspor yang disamarkan sebelum identitas pemohon diverifikasi sesuai hak yang diminta.",
  "redact.toVerify": "Ke Verifikasi identitas",
  "redact.nothing.title": "Tidak ada yang perlu disamarkan",
  "redact.nothing.body":
    "Rencana tidak menghapus, menyamarkan, atau mengoreksi catatan di ekspor lokal mana pun, atau ekspornya sudah diganti dengan salinan yang disamarkan.",
  "redact.changed.title": "Ekspor berubah sejak pencarian",
  "redact.changed.body":
    "Isi sebuah ekspor berubah setelah pencarian terakhir, jadi catatan pemohon tidak bisa dipastikan masih di tempat yang sama. Cari ulang, konfirmasi temuannya, lalu samarkan lagi.",
  "redact.changed.search": "Cari ulang",

  "redact.list.title": "Riwayat penyamaran",
  "redact.list.none": "Ekspor lokal belum pernah disamarkan untuk permintaan ini.",
  "redact.list.run": "{when} · {who}",
  "redact.list.clean": "pencarian ulang bersih",
  "redact.list.hits": "{n} temuan tersisa",
  "redact.list.replaced": "asli diganti",
  "redact.list.copiesIn": "Salinan di {dir}",
} satisfies Record<string, string>;
