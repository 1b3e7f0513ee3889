//! The desktop shell of PDP Desk: opens the store (a brand-new install on the first-start setup),
//! and exposes pdp-core to the window through thin commands (see `commands/`).

mod commands;
mod desk;
mod errors;
mod opener;
mod progress;

use desk::{Desk, Gate};

/// Starts the window. The data directory comes from `--data-dir DIR`, then `PDPDESK_DATA_DIR`,
/// then the platform's app-data directory.
pub fn run() {
    commands::startup::mark_launch();
    #[cfg(target_os = "linux")]
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        eprintln!("PDP Desk is a desktop window and needs a display (DISPLAY or WAYLAND_DISPLAY is not set).");
        std::process::exit(2);
    }
    let cannot_start = |e: pdp_core::CoreError| -> ! {
        eprintln!("PDP Desk cannot start: {e}");
        std::process::exit(2);
    };
    let dir = Desk::dir_from_args(std::env::args()).unwrap_or_else(|e| cannot_start(e));
    // An encrypted folder waits for its passphrase (commands::encryption::vault_unlock).
    let desk = if pdp_core::vault::is_encrypted(&dir) {
        None
    } else {
        Some(Desk::open(&dir, None).unwrap_or_else(|e| cannot_start(e)))
    };
    let mut builder = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(Gate { dir });
    if let Some(desk) = desk {
        builder = builder.manage(desk);
    }
    let result = builder
        .invoke_handler(tauri::generate_handler![
            commands::encryption::vault_status,
            commands::encryption::vault_unlock,
            commands::encryption::encryption_status,
            commands::encryption::encryption_on,
            commands::encryption::encryption_change,
            commands::encryption::encryption_off,
            commands::startup::first_paint,
            commands::report::metrics,
            commands::report::register_export,
            commands::office::office_get,
            commands::office::office_update,
            commands::office::office_letter_example,
            commands::office::office_logo,
            commands::office::office_set_logo,
            commands::office::office_clear_logo,
            commands::office::installation_get,
            commands::office::operator_get,
            commands::office::operator_set,
            commands::office::demo_clear,
            commands::office::setup_needed,
            commands::office::demo_start,
            commands::audit::audit_status,
            commands::records::purge_plan,
            commands::records::retention_set,
            commands::records::purge_run,
            commands::records::backup_make,
            commands::records::backup_restore,
            commands::records::backup_restore_here,
            commands::requests::request_list,
            commands::requests::request_get,
            commands::requests::request_create,
            commands::requests::request_change_state,
            commands::requests::request_add_note,
            commands::requests::request_correct_received,
            commands::requests::request_forwarding_note,
            commands::clocks::request_pause,
            commands::clocks::request_resume,
            commands::clocks::request_extend,
            commands::clocks::calendar_year,
            commands::clocks::calendar_add,
            commands::clocks::calendar_remove,
            commands::clocks::calendar_import,
            commands::search::request_search,
            commands::search::request_latest_search,
            commands::search::hits_decide,
            commands::search::request_found_identifiers,
            commands::search::request_add_identifiers,
            commands::search::hit_record,
            commands::sources::source_list,
            commands::sources::source_add,
            commands::sources::source_index,
            commands::sources::source_cancel,
            commands::sources::source_remove,
            commands::sources::source_map,
            commands::intake::intake_preview,
            commands::intake::intake_register,
            commands::intake::intake_link_reply,
            commands::intake::request_evidence,
            commands::intake::record_propose,
            commands::intake::record_register,
            commands::intake_queue::intake_queue,
            commands::intake_queue::intake_queue_add,
            commands::intake_queue::intake_queue_request,
            commands::intake_queue::intake_queue_dismiss,
            commands::verify::verification_status,
            commands::verify::verification_code,
            commands::verify::verification_check,
            commands::verify::verification_nik,
            commands::verify::verification_authority,
            commands::verify::verification_override,
            commands::verify::verification_levels,
            commands::verify::verification_set_levels,
            commands::verify::verification_waiting,
            commands::verify::verification_close,
            commands::letters::request_letters,
            commands::letters::letter_register,
            commands::letters::letters_due,
            commands::letters::letter_text,
            commands::letters::letter_draft,
            commands::letters::letter_issue,
            commands::letters::letter_pdf,
            commands::letters::letter_open,
            commands::letters::letter_send,
            commands::mail_server::mail_server_get,
            commands::mail_server::mail_server_set,
            commands::mail_server::mail_server_test,
            commands::fulfil::bundle_preview,
            commands::fulfil::make_bundle,
            commands::fulfil::make_access_pack,
            commands::fulfil::bundle_cancel,
            commands::fulfil::bundle_list,
            commands::fulfil::bundle_open_folder,
            commands::processing::processing_register,
            commands::processing::processing_profiles,
            commands::processing::processing_start_profile,
            commands::processing::processing_replace,
            commands::plan::request_plan,
            commands::plan::plan_change,
            commands::plan::request_checklist,
            commands::plan::checklist_tick,
            commands::certificate::certificate_key,
            commands::certificate::certificate_issue,
            commands::certificate::certificate_check,
            commands::certificate::certificate_verify,
            commands::certificate::certificate_save,
            commands::redact::redact_run,
            commands::redact::redact_cancel,
            commands::redact::redaction_list,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("PDP Desk stopped with an error: {e}");
        std::process::exit(1);
    }
}
