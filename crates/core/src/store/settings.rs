//! Small per-installation preferences (key → text).

use super::Store;
use crate::audit::Action;
use crate::Result;
use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;

/// The staff name used for the history when the window acts.
pub const OPERATOR: &str = "operator";

/// The name recorded in the history for whoever acts: the one chosen (Settings in the window,
/// `--actor` on the command line), else the login name, else "Petugas" (staff).
pub fn staff_name(chosen: Option<&str>) -> String {
    chosen
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .or_else(|| std::env::var("USER").ok().filter(|u| !u.trim().is_empty()))
        .unwrap_or_else(|| "Petugas".to_string())
}

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Removes a setting; `action` names it in the audit chain.
    pub fn remove_setting(
        &mut self,
        key: &str,
        action: Action,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        tx.execute("DELETE FROM settings WHERE key = ?1", [key])?;
        tx.append(action, "settings", actor, now, &[key])?;
        tx.commit()
    }

    /// Keeps a setting; `action` names it in the audit chain, which digests the value.
    pub fn set_setting(
        &mut self,
        key: &str,
        value: &str,
        action: Action,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        tx.append(action, "settings", actor, now, &[key, value])?;
        tx.commit()
    }
}

#[cfg(test)]
mod tests {
    use super::staff_name;

    #[test]
    fn the_chosen_staff_name_is_kept_and_a_blank_one_falls_back() {
        assert_eq!(staff_name(Some("  Sari Dewi ")), "Sari Dewi", "trimmed");
        let fallback = staff_name(None);
        assert!(
            !fallback.trim().is_empty(),
            "never an empty name in the history"
        );
        assert_eq!(
            staff_name(Some("   ")),
            fallback,
            "blank is as good as none"
        );
    }
}
