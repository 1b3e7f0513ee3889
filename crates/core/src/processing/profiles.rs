//! The three starting profiles, written from the three offices' privacy policies the app was
//! built for (paraphrased, no names of real companies or people): an office picks the nearest,
//! then edits it to what it really does.

use super::{validate::parse, Bilingual, Register};
use crate::{CoreError, Result};
use serde::Serialize;
use ts_rs::TS;

/// A starting profile, as listed for staff.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "ProcessingProfile")]
pub struct Profile {
    /// `agency`, `ai-builder`, `print-studio`.
    pub id: String,
    pub name: Bilingual,
    pub entries: usize,
}

/// (id, name in Indonesian, name in English, the register as JSON)
pub const PROFILES: [(&str, &str, &str, &str); 3] = [
    (
        "agency",
        "Agensi perangkat lunak (juga prosesor klien)",
        "Software agency (also a processor for clients)",
        include_str!("../../../../assets/processing/agency.json"),
    ),
    (
        "ai-builder",
        "Pembuat situs web berbasis AI",
        "AI website builder",
        include_str!("../../../../assets/processing/ai-builder.json"),
    ),
    (
        "print-studio",
        "Studio cetak 3D (Chatwoot, Jurnal, Wix)",
        "3D-printing studio (Chatwoot, Jurnal, Wix)",
        include_str!("../../../../assets/processing/print-studio.json"),
    ),
];

/// Every starting profile.
pub fn profiles() -> Result<Vec<Profile>> {
    PROFILES
        .iter()
        .map(|(id, name_id, name_en, _)| {
            Ok(Profile {
                id: (*id).to_string(),
                name: Bilingual {
                    id: (*name_id).to_string(),
                    en: (*name_en).to_string(),
                },
                entries: profile(id)?.entries.len(),
            })
        })
        .collect()
}

/// The register of a starting profile.
pub fn profile(id: &str) -> Result<Register> {
    let wanted = id.trim().to_ascii_lowercase();
    let Some((_, _, _, json)) = PROFILES.iter().find(|(p, ..)| *p == wanted) else {
        let names: Vec<&str> = PROFILES.iter().map(|(p, ..)| *p).collect();
        return Err(CoreError::invalid(
            "profile",
            "unknown",
            format!(
                "unknown profile {}; use one of: {}",
                crate::text::quoted(id),
                names.join(", ")
            ),
        ));
    };
    parse(json)
        .map_err(|e| CoreError::Internal(format!("the shipped profile {wanted} is invalid: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::processing::LegalBasis;
    use crate::sources::SourceKind;

    #[test]
    fn every_profile_loads_and_is_valid() {
        let all = profiles().unwrap();
        assert_eq!(all.len(), 3);
        for p in &all {
            let r = profile(&p.id).unwrap();
            assert!(
                r.entries.len() >= 4,
                "{}: {} entries",
                p.id,
                r.entries.len()
            );
            assert!(r.entries.iter().any(|e| e.leaves_indonesia), "{}", p.id);
        }
    }

    #[test]
    fn the_agency_is_also_a_processor_and_keeps_books_ten_years() {
        let r = profile("agency").unwrap();
        assert!(r.entries.iter().any(|e| e.as_processor));
        let books = r.entry_for(SourceKind::JurnalInvoices).unwrap();
        assert_eq!(books.retention.months, Some(120));
        assert!(books.legal_bases().contains(&LegalBasis::LegalObligation));
        let leads = r.entry_for(SourceKind::Mail).unwrap();
        assert_eq!(leads.retention.months, Some(24), "leads: 2 years");
    }

    #[test]
    fn the_ai_builder_names_its_processors() {
        let r = profile("AI-Builder").unwrap();
        let names: Vec<&str> = r
            .entries
            .iter()
            .flat_map(|e| e.recipients.iter().map(|x| x.name.as_str()))
            .collect();
        for want in ["AWS", "Supabase", "Stripe", "Cloudflare"] {
            assert!(
                names.iter().any(|n| n.contains(want)),
                "{want} in {names:?}"
            );
        }
    }

    #[test]
    fn the_print_studio_covers_chatwoot_jurnal_and_wix() {
        let r = profile("print-studio").unwrap();
        let chat = r.entry_for(SourceKind::ChatwootConversations).unwrap();
        assert_eq!(chat.retention.months, Some(24));
        assert_eq!(
            r.entry_for(SourceKind::JurnalInvoices)
                .unwrap()
                .retention
                .months,
            Some(120)
        );
        assert!(r.entry_for(SourceKind::WixForms).unwrap().leaves_indonesia);
        assert!(
            r.entry_for(SourceKind::GenericCsv).is_none(),
            "an export the profile does not know is left for staff"
        );
    }

    #[test]
    fn an_unknown_profile_names_the_choices() {
        let e = profile("bakery").unwrap_err().to_string();
        assert!(e.contains("profile") && e.contains("print-studio"), "{e}");
    }
}
