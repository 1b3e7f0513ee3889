//! Processor routing: when the office only processes the data for a client, the client is the
//! controller and decides on the request. The office forwards it with this note.

use super::Request;
use crate::language::Language;
use crate::office::OfficeProfile;
use crate::{CoreError, Result};

fn when(request: &Request, office: &OfficeProfile, lang: Language) -> String {
    use chrono::{Datelike, Timelike};
    let t = request
        .received_at
        .with_timezone(&office.time_zone.offset());
    let sep = lang.pick(".", ":");
    format!(
        "{} {} {} {:02}{sep}{:02} {}",
        t.day(),
        lang.month(t.month0()),
        t.year(),
        t.hour(),
        t.minute(),
        office.time_zone.abbreviation()
    )
}

/// The note that forwards a request to its controller. Refused when the request names none.
pub fn forwarding_note(
    request: &Request,
    office: &OfficeProfile,
    lang: Language,
) -> Result<String> {
    let controller = request.controller.as_ref().ok_or_else(|| {
        CoreError::invalid(
            "controller",
            "required",
            format!("{} names no client (controller) to forward to", request.id),
        )
    })?;
    let q = &request.requester;
    let rights: Vec<String> = request
        .rights
        .iter()
        .map(|r| format!("- {}", r.label(lang)))
        .collect();
    let mut contacts: Vec<String> = q.emails.clone();
    contacts.extend(q.phones.iter().cloned());
    contacts.extend(q.postal_address.iter().cloned());
    let behalf = q
        .on_behalf_of
        .as_ref()
        .map(|s| format!("; {} {s}", lang.pick("atas nama", "on behalf of")))
        .unwrap_or_default();
    let to = match &controller.contact {
        Some(c) => format!("{} ({c})", controller.name),
        None => controller.name.clone(),
    };
    let office_line = if office.address.is_empty() {
        office.name.clone()
    } else {
        format!("{}, {}", office.name, office.address)
    };
    let statutory = request.rights.iter().any(|r| {
        matches!(
            r,
            crate::vocabulary::Right::Access
                | crate::vocabulary::Right::Correction
                | crate::vocabulary::Right::WithdrawConsent
                | crate::vocabulary::Right::Restriction
        )
    });
    let mut lines = vec![
        format!("{}: {to}", lang.pick("Kepada", "To")),
        format!("{}: {office_line}", lang.pick("Dari", "From")),
        format!("{}: {} {}", lang.pick("Perihal", "Subject"), lang.pick("Penerusan permintaan subjek data", "Forwarding of a data-subject request"), request.id),
        String::new(),
        lang.pick("Dengan hormat,", "Dear Sir or Madam,").to_string(),
        String::new(),
        match lang {
            Language::Id => format!(
                "Pada {} kami menerima lewat {} permintaan pelaksanaan hak subjek data pribadi. Permintaan ini menyangkut data yang kami proses atas nama {} selaku Pengendali Data Pribadi. Menurut UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, keputusan atas permintaan ini ada pada Pengendali; karena itu kami meneruskannya kepada Anda untuk ditindaklanjuti.",
                when(request, office, lang), request.channel.label(lang), controller.name
            ),
            Language::En => format!(
                "On {} we received by {} a request to exercise data-subject rights. It concerns data we process on behalf of {} as the controller. Under Indonesia's Personal Data Protection Law (UU No. 27/2022) the decision on the request rests with the controller, so we forward it to you for action.",
                when(request, office, lang), request.channel.label(lang), controller.name
            ),
        },
        String::new(),
        format!("{}: {} ({}{behalf})", lang.pick("Pemohon", "Requester"), q.name, q.role.label(lang)),
        format!("{}: {}", lang.pick("Kontak", "Contact"), if contacts.is_empty() { "-".into() } else { contacts.join(", ") }),
        format!("{}:", lang.pick("Hak yang diminta", "Rights requested")),
    ];
    lines.extend(rights);
    lines.push(format!(
        "{}: {}",
        lang.pick("Nomor kami", "Our reference"),
        request.id
    ));
    lines.push(String::new());
    if statutory {
        lines.push(
            lang.pick(
                "Untuk hak akses, perbaikan, penarikan persetujuan dan pembatasan, UU PDP menetapkan batas 3 × 24 jam sejak permintaan diterima. Mohon konfirmasi penerimaan penerusan ini secepatnya.",
                "For access, correction, withdrawal of consent and restriction, the law sets a limit of 3 × 24 hours from receipt. Please confirm receipt of this forwarding as soon as possible.",
            )
            .to_string(),
        );
        lines.push(String::new());
    }
    lines.push(
        lang.pick(
            "Kami siap membantu mencari dan menyiapkan data sesuai instruksi Anda dan tidak akan menjawab pemohon tanpa persetujuan Anda.",
            "We stand ready to search and prepare the data on your instructions and will not answer the requester without your approval.",
        )
        .to_string(),
    );
    lines.push(String::new());
    lines.push(lang.pick("Hormat kami,", "Yours faithfully,").to_string());
    lines.push(office.name.clone());
    Ok(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use crate::language::Language;
    use crate::register::{Controller, NewRequest};
    use crate::store::test_store;
    use crate::vocabulary::{Channel, RequesterRole, Right};
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_processor_forwards_to_the_controller_in_both_languages() {
        let (_t, mut s) = test_store();
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 2, 0, 0).unwrap();
        let form = NewRequest {
            received_at: Some("2026-11-24T09:00".into()),
            channel: Channel::Email,
            rights: vec![Right::Access],
            name: "Sari Dewi".into(),
            emails: vec!["sari@example.com".into()],
            phones: vec![],
            postal_address: None,
            nik: None,
            role: RequesterRole::Subject,
            on_behalf_of: None,
            notes: None,
            controller: Some(Controller {
                name: "Klinik Sehat Sentosa".into(),
                contact: Some("dpo@klinik.example".into()),
            }),
        };
        let r = crate::desk::request::create(&mut s, &form, "Tester", now).unwrap();
        let office = s.office().unwrap();
        let id = super::forwarding_note(&r, &office, Language::Id).unwrap();
        assert!(
            id.starts_with("Kepada: Klinik Sehat Sentosa (dpo@klinik.example)"),
            "{id}"
        );
        assert!(
            id.contains("24 November 2026 09.00 WIB"),
            "receipt on the office clock: {id}"
        );
        assert!(id.contains("akses dan salinan (Pasal 7)") && id.contains("3 × 24 jam"));
        let en = super::forwarding_note(&r, &office, Language::En).unwrap();
        assert!(
            en.contains("On 24 November 2026 09:00 WIB")
                && en.contains("on behalf of Klinik Sehat Sentosa"),
            "{en}"
        );
        let mut plain = r.clone();
        plain.controller = None;
        assert!(
            super::forwarding_note(&plain, &office, Language::Id).is_err(),
            "no controller, no forwarding"
        );
    }
}
