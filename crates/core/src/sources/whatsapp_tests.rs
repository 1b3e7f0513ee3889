//! Tests of the parent module.
use super::*;

#[test]
fn timestamps_of_every_locale_start_a_message() {
    let starts = [
        "12/03/24 14.05 - Budi: Halo kak",
        "21/07/2026 03.16 - Budi: Pesan lain",
        "3/12/24, 2:05\u{202f}PM - Budi: Hello",
        "3/12/24, 2:05 pm - Budi: Hello",
        "23/06/2018, 01:55 p.m. - Loris: one",
        "[12/03/24, 14.05.33] Budi: Halo kak",
        "\u{200e}[14/10/2021, 3:34:09\u{202f}PM] Budi: \u{200e}<attached: x.jpg>",
    ];
    for s in starts {
        let (_, rest) = message_start(s).unwrap_or_else(|| panic!("{s:?} starts a message"));
        assert!(rest.contains(": "), "{s:?} → {rest:?}");
    }
    for s in [
        "mau pesan Sablon Kaos DTF 1 pcs",
        "2016-04-29 10:30:00 ok",
        "12/03 besok ya",
        "",
    ] {
        assert!(message_start(s).is_none(), "{s:?} continues a message");
    }
}

#[test]
fn titles_come_from_file_and_folder_names() {
    assert_eq!(
        chat_title(Path::new("x/WhatsApp Chat with Heru Santoso.txt")).as_deref(),
        Some("Heru Santoso")
    );
    assert_eq!(
        chat_title(Path::new("Chat WhatsApp dengan Bu Eka.txt")).as_deref(),
        Some("Bu Eka")
    );
    assert_eq!(
        chat_title(Path::new("WhatsApp Chat - Grup Pelanggan/_chat.txt")).as_deref(),
        Some("Grup Pelanggan")
    );
}

#[test]
fn authors_and_system_messages() {
    assert_eq!(author("Budi: Halo", false), (Some("Budi"), "Halo"));
    assert_eq!(
        author("Pesan dan panggilan terenkripsi secara end-to-end.", false).0,
        None
    );
    assert!(looks_like_phone("+62 812-3456-7890"));
    assert!(!looks_like_phone("Budi"));
}
