// Bahasa Indonesia: the clocks in the register and the request detail, the board, and their errors.
// Spread into `id` (id.ts); `en-clocks.ts` is typed against these keys.

export const idClocks = {
  "nav.calendar": "Kalender",

  "clock.hours.left": "{n} jam",
  "clock.hours.leftOne": "1 jam",
  "clock.hours.lessThanOne": "kurang dari 1 jam",
  "clock.hours.over": "lewat {n} jam",
  "clock.hours.overOne": "lewat 1 jam",
  "clock.days.left": "{n} hari kerja",
  "clock.days.leftOne": "1 hari kerja",
  "clock.days.today": "hari ini",
  "clock.days.over": "lewat {n} hari kerja",
  "clock.days.overOne": "lewat 1 hari kerja",
  "clock.days.overdue": "lewat tenggat",
  "clock.statutory.hint": "UU PDP 3×24 jam",
  "clock.paused": "Dijeda",
  "clock.pausedLeft": "sisa {time}",
  "clock.due": "Tenggat: {at}",
  "clock.dueStatutory": "Tenggat UU PDP: {at}",
  "clock.duePolicy": "Tenggat kebijakan kantor: {date}",

  "clock.section": "Tenggat",
  "clock.first": "lebih dulu",
  "clock.statutory.title": "UU PDP · 3×24 jam",
  "clock.statutory.none":
    "Hak yang diminta tidak punya tenggat 3×24 jam dalam UU PDP; yang berlaku hanya jangka waktu kebijakan kantor.",
  "clock.policy.title": "Kebijakan kantor · {n} hari kerja",
  "clock.extended": "diperpanjang",
  "clock.pausedSince": "Dijeda sejak {at}",
  "clock.paused.law": "Tenggat 3×24 jam UU PDP tidak ikut berhenti: undang-undang tidak mengenal jeda.",
  "clock.paused.lawNone": "Jeda hanya menghentikan jangka waktu kebijakan kantor; UU PDP sendiri tidak mengenal jeda.",
  "clock.warning.afterStatutory":
    "Jangka waktu kebijakan kantor baru berakhir {policy}, setelah tenggat UU PDP {statutory}. Jawab paling lambat {statutory}.",
  "clock.notices": "Catatan tenggat",
  "clock.pause": "Jeda",
  "clock.resume": "Lanjutkan",
  "clock.extend": "Perpanjang tenggat",

  "warn.policy_after_statutory": "Jangka waktu kebijakan kantor berakhir setelah tenggat 3×24 jam UU PDP: jawab sebelum tenggat UU PDP.",
  "warn.year_not_covered":
    "Hari libur nasional {year} belum dikenal PDP Desk: hari kerja {year} dihitung Senin–Jumat dikurangi hari tutup kantor, jadi tenggat bisa terlalu awal. Tambahkan libur {year} di Kalender atau impor file .ics.",
  "warn.provisional_holidays":
    "Daftar libur {year} belum dicocokkan dengan SKB resmi; periksa tenggat bila keputusan resminya berbeda.",
  "warn.paused": "Jangka waktu kebijakan kantor berhenti selama dijeda; tenggatnya bergeser sampai permintaan dilanjutkan.",

  "clockDialog.pause.title": "Jeda jangka waktu {id}",
  "clockDialog.resume.title": "Lanjutkan jangka waktu {id}",
  "clockDialog.extend.title": "Perpanjang tenggat {id}",
  "clockDialog.pause.body":
    "Jangka waktu kebijakan kantor berhenti sampai dilanjutkan, misalnya sambil menunggu bukti identitas dari pemohon.",
  "clockDialog.resume.body": "Jangka waktu kebijakan kantor berjalan lagi dengan sisa hari kerjanya.",
  "clockDialog.extend.body": "Tenggat sekarang: {date}. Tenggat baru harus hari kerja setelah tanggal itu.",
  "clockDialog.extend.law": "Perpanjangan hanya menggeser jangka waktu kebijakan kantor, bukan tenggat 3×24 jam UU PDP.",
  "clockDialog.until": "Tenggat baru",
  "clockDialog.reason": "Alasan",
  "clockDialog.reason.hint": "Wajib diisi; dicatat di riwayat permintaan.",
  "clockDialog.notLater": "Tenggat baru harus setelah {date}.",
  "clockDialog.done.pause": "{id} dijeda",
  "clockDialog.done.resume": "{id} berjalan lagi",
  "clockDialog.done.extend": "Tenggat {id} kini {date}",

  "reg.col.due": "Tenggat",
  "reg.filter.due": "Tenggat",
  "reg.filter.allDue": "Semua tenggat",
  "due.today": "Jatuh tempo hari ini",
  "due.soon": "Jatuh tempo ≤ 5 hari kerja",
  "due.overdue": "Terlambat",
  "due.paused": "Dijeda",

  "board.title": "Tenggat permintaan terbuka",
  "board.dueToday": "Jatuh tempo hari ini",
  "board.dueSoon": "≤ 5 hari kerja",
  "board.dueSoon.hint": "atau ≤ 24 jam untuk UU PDP",
  "board.overdue": "Terlambat",
  "board.paused": "Dijeda",
  "dash.openByRight": "Permintaan terbuka per hak",
  "dash.noneOpen": "Tidak ada",

  "errcode.clock_refused": "Jangka waktu tidak dapat diubah",
  "errcode.calendar_entry_not_found": "Tanggal itu tidak ada di kalender kantor",
  "errcode.cancelled": "Dibatalkan",

  "fielderr.until.required": "Pilih tanggal tenggat baru.",
  "fielderr.until.format": "Tanggal tidak valid; gunakan format TTTT-BB-HH.",
  "fielderr.until.not_later": "Tenggat baru harus setelah tenggat sekarang.",
  "fielderr.until.not_working_day": "Tanggal itu bukan hari kerja kantor (akhir pekan, hari libur, atau tutup kantor).",
} satisfies Record<string, string>;
