//! A new request as staff type it (or as intake proposes it), validated into normalised values.

use super::{Controller, Requester};
use crate::identifiers::{email, nik::Nik, phone};
use crate::office::OfficeZone;
use crate::text::check_name;
use crate::text::check_text;
use crate::vocabulary::{Channel, RequesterRole, Right};
use crate::{CoreError, Result};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The fields of the new-request form and of `pdpdesk request new`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewRequest {
    /// RFC 3339 (`2026-11-24T09:30:00+07:00`) or the office's local time (`2026-11-24T09:30`);
    /// empty means now.
    pub received_at: Option<String>,
    pub channel: Channel,
    pub rights: Vec<Right>,
    pub name: String,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub phones: Vec<String>,
    pub postal_address: Option<String>,
    /// Full NIK as sighted; only its masked form is stored.
    pub nik: Option<String>,
    pub role: RequesterRole,
    pub on_behalf_of: Option<String>,
    pub notes: Option<String>,
    /// The client (controller) when the office processes the data only on the client's behalf.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub controller: Option<Controller>,
}

/// A validated new request.
pub(crate) struct ValidRequest {
    pub received_at: DateTime<Utc>,
    pub channel: Channel,
    pub rights: Vec<Right>,
    pub requester: Requester,
    pub notes: Option<String>,
    pub controller: Option<Controller>,
}

fn non_empty(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl NewRequest {
    pub(crate) fn validate(&self, zone: OfficeZone, now: DateTime<Utc>) -> Result<ValidRequest> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(CoreError::invalid(
                "name",
                "required",
                "the requester's name is required",
            ));
        }
        if name.chars().count() > 200 {
            return Err(CoreError::invalid(
                "name",
                "too_long",
                "at most 200 characters",
            ));
        }
        check_name("name", name)?;
        if self.rights.is_empty() {
            return Err(CoreError::invalid(
                "rights",
                "required",
                "choose at least one right",
            ));
        }
        let mut rights = self.rights.clone();
        rights.sort();
        rights.dedup();

        let mut emails = Vec::new();
        for e in self.emails.iter().filter(|e| !e.trim().is_empty()) {
            let e = email::normalise(e)?;
            if !emails.contains(&e) {
                emails.push(e);
            }
        }
        let mut phones = Vec::new();
        for p in self.phones.iter().filter(|p| !p.trim().is_empty()) {
            let p = phone::to_e164(p)?;
            if !phones.contains(&p) {
                phones.push(p);
            }
        }
        let postal_address = non_empty(&self.postal_address).map(str::to_string);
        // A request made in a chat is answered in that chat.
        let reachable = !emails.is_empty() || !phones.is_empty() || postal_address.is_some();
        if !reachable && self.channel != Channel::Chat {
            return Err(CoreError::invalid(
                "contact",
                "required",
                "give at least one way to reach the requester: e-mail, phone or postal address",
            ));
        }
        let nik_masked = non_empty(&self.nik)
            .map(Nik::parse)
            .transpose()?
            .map(|n| n.masked());
        let on_behalf_of = non_empty(&self.on_behalf_of)
            .map(|n| check_name("on_behalf_of", n).map(str::to_string))
            .transpose()?;
        if self.role != RequesterRole::Subject && on_behalf_of.is_none() {
            return Err(CoreError::invalid(
                "on_behalf_of",
                "required",
                "an agent or guardian asks for someone: give the data subject's name",
            ));
        }
        let received_at = match non_empty(&self.received_at) {
            Some(text) => parse_received(text, zone, now)?,
            None => now,
        };
        let notes = non_empty(&self.notes)
            .map(|n| check_text("notes", n))
            .transpose()?;
        let controller = match &self.controller {
            Some(c) if !c.name.trim().is_empty() => Some(Controller {
                name: check_name("controller", &c.name)?.to_string(),
                contact: non_empty(&c.contact).map(str::to_string),
            }),
            Some(_) => {
                return Err(CoreError::invalid(
                    "controller",
                    "required",
                    "name the client (controller) the request concerns",
                ))
            }
            None => None,
        };
        Ok(ValidRequest {
            received_at,
            channel: self.channel,
            rights,
            requester: Requester {
                name: name.to_string(),
                emails,
                phones,
                postal_address,
                nik_masked,
                role: self.role,
                on_behalf_of: if self.role == RequesterRole::Subject {
                    None
                } else {
                    on_behalf_of
                },
            },
            notes,
            controller,
        })
    }
}

/// The day UU PDP No. 27/2022 came into force (Art. 76: on its promulgation, 17 October 2022). No
/// data-subject request under it was received earlier; an earlier receipt is a typo.
pub const UU_PDP_IN_FORCE: NaiveDate = match NaiveDate::from_ymd_opt(2022, 10, 17) {
    Some(day) => day,
    None => panic!("a valid date"),
};

/// Parses a time of receipt: RFC 3339 with an offset, or a local date-time on the office's clock
/// (`2026-11-24T09:30`, `2026-11-24 09:30`, seconds optional). A receipt before UU PDP came into
/// force (on the office's calendar) or more than five minutes in the future is refused. Every
/// path that sets a receipt time (a new request, intake, a correction) comes through here.
pub fn parse_received(text: &str, zone: OfficeZone, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    let at = parse_instant("received_at", text, zone)?;
    if zone.local(at).date_naive() < UU_PDP_IN_FORCE {
        return Err(CoreError::invalid(
            "received_at",
            "out_of_range",
            format!("the time of receipt lies before UU PDP came into force ({UU_PDP_IN_FORCE})"),
        ));
    }
    if at > now + Duration::minutes(5) {
        return Err(CoreError::invalid(
            "received_at",
            "future",
            "the time of receipt lies in the future",
        ));
    }
    Ok(at)
}

/// Parses an instant given for `field`: RFC 3339 with an offset, or a local date-time on the
/// office's clock (`2026-11-24T09:30`, `2026-11-24 09:30`, seconds optional).
pub fn parse_instant(field: &'static str, text: &str, zone: OfficeZone) -> Result<DateTime<Utc>> {
    let t = text.trim();
    match DateTime::parse_from_rfc3339(t) {
        Ok(dt) => Ok(dt.with_timezone(&Utc)),
        Err(_) => [
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%d %H:%M",
        ]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
        .and_then(|naive| naive.and_local_timezone(zone.offset()).single())
        .map(|dt| dt.with_timezone(&Utc))
        .ok_or_else(|| {
            CoreError::invalid(
                field,
                "format",
                format!(
                    "{} is not a date and time; use RFC 3339 such as 2026-11-24T09:30:00+07:00",
                    crate::text::quoted(t)
                ),
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 24, 3, 0, 0).unwrap()
    }

    fn form() -> NewRequest {
        NewRequest {
            received_at: None,
            channel: Channel::Email,
            rights: vec![Right::Deletion, Right::Access, Right::Deletion],
            name: "  Siti Rahma ".into(),
            emails: vec!["Siti@Example.com".into(), "siti@example.com".into()],
            phones: vec!["0812-3456-7890".into()],
            postal_address: None,
            nik: None,
            role: RequesterRole::Subject,
            on_behalf_of: None,
            notes: None,
            controller: None,
        }
    }

    #[test]
    fn form_is_normalised() {
        let v = form().validate(OfficeZone::Jakarta, now()).unwrap();
        assert_eq!(v.requester.name, "Siti Rahma");
        assert_eq!(
            v.rights,
            vec![Right::Access, Right::Deletion],
            "rights are sorted and deduplicated"
        );
        assert_eq!(
            v.requester.emails,
            vec!["siti@example.com"],
            "duplicate e-mails folded"
        );
        assert_eq!(v.requester.phones, vec!["+6281234567890"]);
        assert_eq!(v.received_at, now(), "no time given means now");
    }

    #[test]
    fn local_time_is_read_on_the_office_clock() {
        let at = parse_received("2026-11-24 09:30", OfficeZone::Makassar, now()).unwrap();
        assert_eq!(
            at,
            Utc.with_ymd_and_hms(2026, 11, 24, 1, 30, 0).unwrap(),
            "09:30 WITA is 01:30 UTC"
        );
        let at = parse_received("2026-11-20T23:15:00+09:00", OfficeZone::Jakarta, now()).unwrap();
        assert_eq!(at, Utc.with_ymd_and_hms(2026, 11, 20, 14, 15, 0).unwrap());
    }

    #[test]
    fn bad_input_names_the_field() {
        let cases: Vec<(NewRequest, &str)> = vec![
            (
                NewRequest {
                    name: " ".into(),
                    ..form()
                },
                "name",
            ),
            (
                NewRequest {
                    rights: vec![],
                    ..form()
                },
                "rights",
            ),
            (
                NewRequest {
                    emails: vec!["nope".into()],
                    ..form()
                },
                "email",
            ),
            (
                NewRequest {
                    phones: vec!["123".into()],
                    ..form()
                },
                "phone",
            ),
            (
                NewRequest {
                    emails: vec![],
                    phones: vec![],
                    ..form()
                },
                "contact",
            ),
            (
                NewRequest {
                    nik: Some("1234".into()),
                    ..form()
                },
                "nik",
            ),
            (
                NewRequest {
                    role: RequesterRole::Guardian,
                    ..form()
                },
                "on_behalf_of",
            ),
            (
                NewRequest {
                    received_at: Some("24/11/2026".into()),
                    ..form()
                },
                "received_at",
            ),
            (
                NewRequest {
                    received_at: Some("2027-01-01T00:00:00Z".into()),
                    ..form()
                },
                "received_at",
            ),
        ];
        for (f, field) in cases {
            let err = f
                .validate(OfficeZone::Jakarta, now())
                .err()
                .unwrap_or_else(|| panic!("{field} case must fail"));
            assert_eq!(err.field(), Some(field), "{err}");
        }
    }
}
