//! SQL for the office profile (a single row) and its logo.

use super::Store;
use crate::audit::Action;
use crate::office::{OfficeProfile, OfficeZone};
use crate::Result;
use chrono::{DateTime, Utc};
use rusqlite::params;
use sha2::Digest;

impl Store {
    pub fn office(&self) -> Result<OfficeProfile> {
        let (profile, letterhead) = self.conn.query_row(
            "SELECT name, address, letterhead, logo_png IS NOT NULL, letter_number_pattern, time_zone,
                    policy_days, observes_cuti_bersama, is_demo, city, signatory_name, signatory_position
             FROM office WHERE id = 1",
            [],
            |r| {
                Ok((
                    OfficeProfile {
                        name: r.get(0)?,
                        address: r.get(1)?,
                        letterhead: Vec::new(),
                        has_logo: r.get(3)?,
                        city: r.get(9)?,
                        signatory_name: r.get(10)?,
                        signatory_position: r.get(11)?,
                        letter_number_pattern: r.get(4)?,
                        time_zone: OfficeZone::parse(&r.get::<_, String>(5)?).map_err(|e| {
                            rusqlite::Error::FromSqlConversionFailure(5, rusqlite::types::Type::Text, Box::new(e))
                        })?,
                        policy_days: r.get(6)?,
                        observes_cuti_bersama: r.get(7)?,
                        is_demo: r.get(8)?,
                    },
                    r.get::<_, String>(2)?,
                ))
            },
        )?;
        let letterhead = serde_json::from_str(&letterhead).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(e))
        })?;
        Ok(OfficeProfile {
            letterhead,
            ..profile
        })
    }

    /// Writes the office profile; its audit entry digests the profile as written.
    pub fn write_office(
        &mut self,
        p: &OfficeProfile,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let details = serde_json::to_string(p).unwrap_or_default();
        let tx = self.write()?;
        tx.execute(
            "UPDATE office SET name = ?1, address = ?2, letterhead = ?3, letter_number_pattern = ?4,
                 time_zone = ?5, policy_days = ?6, observes_cuti_bersama = ?7, is_demo = ?8, updated_at = ?9,
                 city = ?10, signatory_name = ?11, signatory_position = ?12
             WHERE id = 1",
            params![
                p.name,
                p.address,
                serde_json::to_string(&p.letterhead).unwrap_or_else(|_| "[]".into()),
                p.letter_number_pattern,
                p.time_zone.iana(),
                p.policy_days,
                p.observes_cuti_bersama,
                p.is_demo,
                now.to_rfc3339(),
                p.city,
                p.signatory_name,
                p.signatory_position
            ],
        )?;
        tx.append(Action::OfficeProfile, "office", actor, now, &[&details])?;
        tx.commit()
    }

    /// Keeps the letterhead logo (PNG bytes `office::check_logo` accepted).
    pub fn set_logo(&mut self, png: &[u8], actor: &str, now: DateTime<Utc>) -> Result<()> {
        let sha256 = format!("{:x}", sha2::Sha256::digest(png));
        let tx = self.write()?;
        tx.execute("UPDATE office SET logo_png = ?1 WHERE id = 1", [png])?;
        tx.append(Action::OfficeLogo, "office", actor, now, &[&sha256])?;
        tx.commit()
    }

    /// Removes the letterhead logo.
    pub fn clear_logo(&mut self, actor: &str, now: DateTime<Utc>) -> Result<()> {
        let tx = self.write()?;
        tx.execute("UPDATE office SET logo_png = NULL WHERE id = 1", [])?;
        tx.append(Action::OfficeLogo, "office", actor, now, &[""])?;
        tx.commit()
    }

    /// The logo's PNG bytes, if one is set.
    pub fn logo(&self) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT logo_png FROM office WHERE id = 1", [], |r| r.get(0))?)
    }
}
