//! The processing register, the use cases: show it, replace it with staff's own (checked first),
//! or start from one of the shipped profiles — never over a register staff edited, unless asked.

use crate::processing::{self, KeptRegister, Origin, Register};
use crate::store::settings::staff_name;
use crate::{CoreError, Result, Store};
use chrono::{DateTime, Utc};

/// The office's register, if it has one.
pub fn show(store: &Store) -> Result<Option<KeptRegister>> {
    store.processing_register()
}

/// The register the access pack is made from; refused while the office has none.
pub fn current(store: &Store) -> Result<Register> {
    show(store)?.map(|k| k.register).ok_or_else(|| {
        CoreError::invalid(
            "processing_register",
            "required",
            "the office has no processing register yet, and the access pack must carry its record of processing (Pasal 32); start one with pdpdesk office processing --profile agency|ai-builder|print-studio, or --set FILE.json",
        )
    })
}

fn keep(
    store: &mut Store,
    register: Register,
    origin: Origin,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<KeptRegister> {
    processing::validate(&register)?;
    let kept = KeptRegister {
        origin,
        updated_at: now,
        updated_by: staff_name(Some(actor)),
        register,
    };
    store.set_processing_register(&kept, actor, now)?;
    Ok(kept)
}

/// Replaces the register with staff's own, checked first.
pub fn replace(
    store: &mut Store,
    register: Register,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<KeptRegister> {
    keep(store, register, Origin::Edited, actor, now)
}

/// Starts the register from a shipped profile. A register staff edited is kept unless `replace`.
pub fn start_from_profile(
    store: &mut Store,
    profile: &str,
    replace: bool,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<KeptRegister> {
    let register = processing::profile(profile)?;
    if let Some(kept) = show(store)? {
        if kept.origin == Origin::Edited && !replace {
            return Err(CoreError::invalid(
                "replace",
                "edited",
                format!(
                    "the processing register was edited by {} on {}; starting from a profile would overwrite it — add --replace to do so",
                    kept.updated_by,
                    kept.updated_at.format("%Y-%m-%d")
                ),
            ));
        }
    }
    let id = processing::PROFILES
        .iter()
        .map(|(id, ..)| *id)
        .find(|id| id.eq_ignore_ascii_case(profile.trim()))
        .unwrap_or_default();
    keep(
        store,
        register,
        Origin::Profile {
            profile: id.to_string(),
        },
        actor,
        now,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_does_not_overwrite_an_edited_register_unless_asked() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let now = Utc::now();
        assert!(current(&store).is_err(), "none yet");
        start_from_profile(&mut store, "agency", false, "Sari", now).unwrap();
        // A profile over a profile is fine.
        let k = start_from_profile(&mut store, "print-studio", false, "Sari", now).unwrap();
        assert_eq!(
            k.origin,
            Origin::Profile {
                profile: "print-studio".into()
            }
        );
        let mut edited = k.register.clone();
        edited.entries.truncate(2);
        replace(&mut store, edited.clone(), "Sari", now).unwrap();
        let err = start_from_profile(&mut store, "agency", false, "Sari", now).unwrap_err();
        assert!(err.to_string().contains("--replace"), "{err}");
        assert_eq!(current(&store).unwrap(), edited, "kept as edited");
        start_from_profile(&mut store, "agency", true, "Sari", now).unwrap();
        assert_eq!(
            current(&store).unwrap(),
            processing::profile("agency").unwrap()
        );
        let mut bad = edited;
        bad.entries[0].purposes.clear();
        assert!(replace(&mut store, bad, "Sari", now).is_err());
    }
}
