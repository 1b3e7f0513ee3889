// Bahasa Indonesia: the guide on a request — its steps in the flow's order and the one next
// action (the primary button), the register's "next step" column and the board's to-do list.
// Spread into `id` (id.ts); `en-guide.ts` is typed against these keys.

export const idGuide = {
  "guide.title": "Langkah permintaan",
  "guide.step.summary": "Ringkasan",
  "guide.step.verify": "Verifikasi",
  "guide.step.search": "Pencarian",
  "guide.step.fulfil": "Pemenuhan",
  "guide.step.letters": "Surat",
  "guide.step.history": "Riwayat",
  "guide.status.done": "selesai",
  "guide.status.needed": "perlu dikerjakan",
  "guide.status.not-needed": "tidak perlu",
  "guide.action.acknowledge": "Kirim surat tanda terima",
  "guide.action.issue-letter": "Terbitkan surat: {kind}",
  "guide.action.verify": "Verifikasi identitas",
  "guide.action.send-code": "Kirim kode verifikasi",
  "guide.action.search": "Cari data",
  "guide.action.confirm-hits": "Konfirmasi temuan",
  "guide.action.make-access-pack": "Buat paket akses",
  "guide.action.make-bundle": "Buat paket data",
  "guide.action.redact": "Jalankan penghapusan",
  "guide.action.issue-certificate": "Terbitkan berita acara",
  "guide.action.close": "Tutup permintaan",
  "guide.close.reason": "Semua yang diminta sudah dikerjakan dan surat jawabannya sudah terbit.",
  "guide.unverified": "Identitas pemohon belum terverifikasi. Pencarian boleh berjalan, tetapi tidak ada data yang boleh keluar dari kantor sebelum verifikasi selesai.",
  "guide.next": "Langkah berikutnya",
  "guide.ended": "Selesai",
};
