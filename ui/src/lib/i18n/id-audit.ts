// Bahasa Indonesia: the audit chain in Settings and the warning on start when it is broken.
// Spread into `id` (id.ts); `en-audit.ts` is typed against these keys.

export const idAudit = {
  "audit.title": "Jejak audit",
  "audit.hint": "Setiap perubahan yang dibuat PDP Desk dicatat dalam rantai yang saling mengunci. Catatan yang diubah, dihapus, disisipkan, atau dipindah langsung dari berkas basis data akan terlihat di sini.",
  "audit.state": "Keadaan",
  "audit.ok": "Utuh",
  "audit.broken": "Rusak",
  "audit.brokenAt": "Rusak pada catatan ke-{seq}",
  "audit.entries": "Jumlah catatan",
  "audit.last": "Catatan terakhir",
  "audit.problem": "Masalah",
  "audit.request": "Permintaan",
  "audit.checkNow": "Periksa sekarang",
  "audit.checking": "Memeriksa…",
  "audit.cli": "Daftar catatannya: pdpdesk audit list. Isi perubahan disimpan sebagai sidik berkunci, tanpa data pribadi.",

  "audit.problem.missing": "Catatan ini hilang: telah dihapus.",
  "audit.problem.broken_link": "Catatan ini tidak menyambung ke catatan sebelumnya: ada catatan yang dihapus, disisipkan, atau dipindah di sini.",
  "audit.problem.edited": "Isi catatan ini tidak cocok dengan hash-nya: catatan telah diubah.",
  "audit.problem.key_changed": "Catatan pertama tidak cocok: berkas index.key telah diganti atau hilang, atau catatan itu diubah.",
  "audit.problem.history_edited": "Baris riwayat permintaan yang dicatat di sini telah diubah.",
  "audit.problem.history_missing": "Baris riwayat permintaan yang dicatat di sini telah dihapus.",
  "audit.problem.history_unrecorded": "Ada baris riwayat permintaan tanpa catatan audit: ditambahkan di luar PDP Desk.",
  "audit.problem.truncated": "Berkas kepala audit.head menyebut catatan yang lebih akhir daripada isi basis data: ekor rantai telah dipotong.",
  "audit.problem.beyond_head": "Basis data memuat catatan sesudah yang disebut berkas kepala: audit.head adalah salinan lama.",
  "audit.problem.head_mismatch": "Berkas kepala audit.head tidak cocok dengan catatan ini: berkasnya diubah atau diganti.",
  "audit.problem.head_missing": "Berkas kepala audit.head tidak ada di folder data.",
  "audit.problem.head_mismatch_recorded": "Perubahan dicatat di sini ketika berkas kepala tidak cocok dengan basis data: rantainya pernah dipotong atau berkasnya diganti.",

  "audit.warning": "Jejak audit rusak: riwayat di basis data telah diubah di luar PDP Desk.",
  "audit.warning.open": "Lihat di Pengaturan",
} satisfies Record<string, string>;
