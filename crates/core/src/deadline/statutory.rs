//! The clocks of the law itself: UU PDP gives "3 × 24 jam" from receipt of the request for
//! correction (Pasal 30), access (Pasal 32), stopping processing after consent is withdrawn
//! (Pasal 40) and restriction (Pasal 41). That is 72 clock hours, weekends and holidays included,
//! and the law knows no pause. Deletion, portability, information and objection have no
//! statutory deadline.

use crate::vocabulary::Right;
use chrono::{DateTime, Duration, Utc};

/// "3 × 24 jam".
pub const STATUTORY_HOURS: i64 = 72;

/// The article that sets a 3 × 24-hour clock for `right`, if the law sets one.
pub fn statutory_article(right: Right) -> Option<&'static str> {
    match right {
        Right::Correction => Some("Pasal 30"),
        Right::Access => Some("Pasal 32"),
        Right::WithdrawConsent => Some("Pasal 40"),
        Right::Restriction => Some("Pasal 41"),
        Right::Information
        | Right::Portability
        | Right::Deletion
        | Right::Objection
        | Right::Compensation => None,
    }
}

/// The statutory clock of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatutoryClock {
    /// Receipt plus 72 hours.
    pub due_at: DateTime<Utc>,
    /// The rights of the request that carry the clock, in register order.
    pub rights: Vec<Right>,
}

/// The 3 × 24-hour clock of a request asking for `rights`, or `None` when none of them has one.
pub fn statutory_clock(received_at: DateTime<Utc>, rights: &[Right]) -> Option<StatutoryClock> {
    let mut bound: Vec<Right> = rights
        .iter()
        .copied()
        .filter(|r| statutory_article(*r).is_some())
        .collect();
    bound.sort();
    bound.dedup();
    (!bound.is_empty()).then(|| StatutoryClock {
        due_at: received_at + Duration::hours(STATUTORY_HOURS),
        rights: bound,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn four_rights_carry_the_72_hour_clock() {
        let with: Vec<Right> = Right::ALL
            .iter()
            .copied()
            .filter(|r| statutory_article(*r).is_some())
            .collect();
        assert_eq!(
            with,
            [
                Right::Access,
                Right::Correction,
                Right::WithdrawConsent,
                Right::Restriction
            ],
            "Pasal 30, 32, 40 and 41 set 3 × 24 jam; nothing else does"
        );
    }

    #[test]
    fn the_clock_runs_through_weekends_and_holidays() {
        // Fri 20 Mar 2026 22:00 WIB (CB, before Idulfitri): 72 hours later is Mon 23 Mar 22:00 WIB,
        // a cuti bersama day; the law counts clock hours, not working days.
        let received = Utc.with_ymd_and_hms(2026, 3, 20, 15, 0, 0).unwrap();
        let clock = statutory_clock(received, &[Right::Deletion, Right::Access]).unwrap();
        assert_eq!(
            clock.due_at,
            Utc.with_ymd_and_hms(2026, 3, 23, 15, 0, 0).unwrap()
        );
        assert_eq!(
            clock.rights,
            [Right::Access],
            "deletion has no statutory deadline"
        );
    }

    #[test]
    fn deletion_portability_information_and_objection_have_none() {
        let received = Utc.with_ymd_and_hms(2026, 3, 2, 3, 0, 0).unwrap();
        let rights = [
            Right::Deletion,
            Right::Portability,
            Right::Information,
            Right::Objection,
        ];
        assert_eq!(
            statutory_clock(received, &rights),
            None,
            "only the policy window applies to these rights"
        );
    }
}
