//! The office's processing register, kept as one settings row of JSON (the register is read and
//! replaced whole; it is small).

use super::Store;
use crate::audit::Action;
use crate::processing::KeptRegister;
use crate::{CoreError, Result};
use chrono::{DateTime, Utc};

const KEY: &str = "processing_register";

impl Store {
    /// The kept register, if the office has one.
    pub fn processing_register(&self) -> Result<Option<KeptRegister>> {
        let Some(json) = self.setting(KEY)? else {
            return Ok(None);
        };
        serde_json::from_str(&json).map(Some).map_err(|e| {
            CoreError::invalid(
                "processing_register",
                "damaged",
                format!("the kept processing register cannot be read ({e}); set it again with pdpdesk office processing --set FILE.json"),
            )
        })
    }

    /// Keeps `register` in place of the one kept.
    pub fn set_processing_register(
        &mut self,
        register: &KeptRegister,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let json =
            serde_json::to_string(register).map_err(|e| CoreError::Internal(e.to_string()))?;
        self.set_setting(KEY, &json, Action::OfficeProcessing, actor, now)
    }
}
