//! One-time codes: six digits drawn from the OS random source (the use case draws, this module
//! only shapes), kept as a keyed hash only, valid for a while, locked after five wrong answers.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use ts_rs::TS;

/// Wrong answers allowed before a code is locked.
pub const MAX_ATTEMPTS: u32 = 5;
/// How long a code is valid unless the office says otherwise.
pub const DEFAULT_MINUTES: u32 = 30;

/// Six digits as the requester reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code(String);

impl Code {
    /// The code a 32-bit random draw gives, or `None` for the few draws above the last whole
    /// million (taking them would make low codes likelier): draw again.
    pub fn from_draw(draw: u32) -> Option<Code> {
        const WHOLE: u32 = u32::MAX - u32::MAX % 1_000_000;
        (draw < WHOLE).then(|| Code(format!("{:06}", draw % 1_000_000)))
    }

    /// A code as staff typed the requester's answer: six digits, spaces and dashes ignored.
    pub fn typed(text: &str) -> Option<Code> {
        let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        (digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(Code(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A code as the store keeps it: its keyed hash, never the digits.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveCode {
    pub hash: String,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub wrong: u32,
    pub answered: bool,
}

/// What checking an answer came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum Answer {
    /// The right code, in time: identity verified.
    Right,
    /// A wrong code; `left` more tries before it locks.
    Wrong { left: u32 },
    /// The fifth wrong code: the code is locked, a new one must be sent.
    Locked,
    /// Too late: a new code must be sent.
    Expired,
}

impl LiveCode {
    /// The expiry of a code issued at `now` for `minutes`.
    pub fn expiry(now: DateTime<Utc>, minutes: u32) -> DateTime<Utc> {
        now + Duration::minutes(i64::from(minutes.max(1)))
    }

    /// Whether the code can still be answered at `now`; `Err` says why not.
    pub fn usable(&self, now: DateTime<Utc>) -> Result<(), Answer> {
        if self.wrong >= MAX_ATTEMPTS {
            Err(Answer::Locked)
        } else if now >= self.expires_at {
            Err(Answer::Expired)
        } else {
            Ok(())
        }
    }

    /// Weighs an answer whose keyed hash is `hash` at `now`.
    pub fn answer(&self, hash: &str, now: DateTime<Utc>) -> Answer {
        if let Err(no) = self.usable(now) {
            return no;
        }
        if constant_time_eq(hash.as_bytes(), self.hash.as_bytes()) {
            Answer::Right
        } else if self.wrong + 1 >= MAX_ATTEMPTS {
            Answer::Locked
        } else {
            Answer::Wrong {
                left: MAX_ATTEMPTS - self.wrong - 1,
            }
        }
    }
}

/// Compares two hashes in time that does not depend on where they first differ.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The text staff send the requester (WhatsApp, a call, an e-mail), in Indonesian and English.
pub fn message(
    office: &str,
    request_id: &str,
    code: &Code,
    expires_local: &str,
) -> (String, String) {
    // An office without a name yet (a new install) is left out rather than printed blank.
    let office = office.trim();
    let at = |word: &str| {
        if office.is_empty() {
            String::new()
        } else {
            format!("{word}{office}")
        }
    };
    (
        format!(
            "Kode verifikasi permohonan data pribadi Anda ({request_id}){}: {}. \
             Kode berlaku sampai {expires_local}. Jangan berikan kode ini kepada siapa pun \
             selain petugas kami.",
            at(" di "),
            code.as_str()
        ),
        format!(
            "Your verification code for your personal data request ({request_id}){}: {}. \
             The code is valid until {expires_local}. Do not share it with anyone but our staff.",
            at(" at "),
            code.as_str()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live(now: DateTime<Utc>) -> LiveCode {
        LiveCode {
            hash: "abc".into(),
            issued_at: now,
            expires_at: LiveCode::expiry(now, DEFAULT_MINUTES),
            wrong: 0,
            answered: false,
        }
    }

    #[test]
    fn draws_become_six_digits_without_bias() {
        assert_eq!(Code::from_draw(42).unwrap().as_str(), "000042");
        assert_eq!(Code::from_draw(1_234_567).unwrap().as_str(), "234567");
        let (id, en) = message("", "REQ-2026-0001", &Code::from_draw(7).unwrap(), "x");
        assert!(
            id.contains("(REQ-2026-0001): 000007") && en.contains("(REQ-2026-0001): 000007"),
            "no blank office name: {id} / {en}"
        );
        assert!(
            Code::from_draw(u32::MAX).is_none(),
            "a draw past the last whole million is drawn again"
        );
    }

    #[test]
    fn typed_answers_are_six_digits() {
        assert_eq!(Code::typed(" 123-456 ").unwrap().as_str(), "123456");
        for bad in ["12345", "1234567", "12a456", "", "１２３４５６"] {
            assert!(Code::typed(bad).is_none(), "{bad:?} is not a code");
        }
    }

    #[test]
    fn five_wrong_answers_lock_and_time_expires() {
        let now = Utc::now();
        let mut code = live(now);
        for left in (1..MAX_ATTEMPTS).rev() {
            assert_eq!(code.answer("x", now), Answer::Wrong { left });
            code.wrong += 1;
        }
        assert_eq!(
            code.answer("x", now),
            Answer::Locked,
            "the fifth wrong answer locks"
        );
        code.wrong += 1;
        assert_eq!(
            code.answer("abc", now),
            Answer::Locked,
            "a locked code stays locked, even for the right answer"
        );
        let code = live(now);
        assert_eq!(code.answer("abc", now), Answer::Right);
        assert_eq!(
            code.answer("abc", now + Duration::minutes(30)),
            Answer::Expired,
            "the right code after its time is refused"
        );
    }
}
