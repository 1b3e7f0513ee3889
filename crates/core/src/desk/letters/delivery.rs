//! What the letters say of what was handed over: the portability letter cites the latest
//! bundle, the access letter the latest access pack (file, SHA-256, how the passcode travels).

use crate::language::Language;
use crate::letters::Facts;
use crate::{Result, Store};

/// (delivery kind, file, SHA-256, passcode route placeholders, why missing)
const DELIVERIES: [(&str, [&str; 3], &str); 2] = [
    (
        "bundle",
        ["bundle_file", "bundle_sha256", "passcode_route"],
        "make the portability bundle first (pdpdesk bundle)",
    ),
    (
        "access-pack",
        [
            "access_pack_file",
            "access_pack_sha256",
            "access_pack_passcode_route",
        ],
        "make the access pack first (pdpdesk access-pack)",
    ),
];

pub(super) fn facts(store: &Store, request_id: &str, lang: Language, f: &mut Facts) -> Result<()> {
    for (kind, [file, sha256, route], why) in DELIVERIES {
        let Some(b) = store.latest_bundle(request_id, kind)? else {
            for name in [file, sha256, route] {
                f.missing(name, why);
            }
            continue;
        };
        f.set(file, b.file_name);
        f.set(sha256, b.sha256);
        f.set(
            route,
            if b.passcode_used {
                lang.pick(
                    "Berkas dilindungi kata sandi (AES-256); kata sandinya kami sampaikan terpisah melalui WhatsApp atau telepon. Berkas dapat dibuka dengan 7-Zip.",
                    "The file is protected with a passcode (AES-256), which we send separately by WhatsApp or phone. It opens with 7-Zip.",
                )
            } else {
                lang.pick(
                    "Berkas tidak dilindungi kata sandi; mohon disimpan di tempat yang aman.",
                    "The file is not protected with a passcode; please keep it somewhere safe.",
                )
            },
        );
    }
    Ok(())
}
