// Bahasa Indonesia: where the window would show a default (the staff name the core falls back
// to, an office profile not filled in) and links to Settings instead. Spread into `id` (id.ts);
// `en-setup.ts` is typed against these keys.

export const idSetup = {
  "setup.proc.title": "Kegiatan pemrosesan data kantor",
  "setup.proc.body": "Pilih profil contoh yang paling mirip dengan kantor Anda: data apa yang diolah, untuk apa, dasar hukumnya, kepada siapa diberikan, dan berapa lama disimpan. Paket akses dan rencana penghapusan memakainya. Bisa disesuaikan atau diganti nanti di Pengaturan.",
  "setup.proc.done": "Daftar pemrosesan dimulai dari profil “{profile}”. Sesuaikan di Pengaturan kapan saja.",
  "setup.proc.kept": "Kantor sudah punya daftar pemrosesan sendiri.",
  "setup.staff.unnamed": "petugas (nama belum diatur)",
  "setup.staff.link": "Atur nama petugas",
  "setup.board.title": "Lengkapi pengaturan",
  "setup.board.office": "Nama dan alamat kantor belum diisi. Keduanya tampil di kop setiap surat.",
  "setup.board.office.link": "Isi profil kantor",
  "setup.board.staff": "Nama petugas di komputer ini belum diatur. Riwayat permintaan mencatat petugas tanpa nama.",
};
