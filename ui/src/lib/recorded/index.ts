// Recorded by scripts/record-replies from the real core on the demo office. Do not edit: re-record.
import type { Recorded } from "./recorded-reply";
import office_get from "./office_get";
import office_letter_example from "./office_letter_example";
import installation_get from "./installation_get";
import operator_get from "./operator_get";
import request_list from "./request_list";
import request_get from "./request_get";
import request_forwarding_note from "./request_forwarding_note";
import calendar_year from "./calendar_year";
import source_list from "./source_list";
import source_add from "./source_add";
import source_index from "./source_index";
import record_propose from "./record_propose";
import request_search from "./request_search";
import request_latest_search from "./request_latest_search";
import request_found_identifiers from "./request_found_identifiers";
import hit_record from "./hit_record";
import verification_status from "./verification_status";
import verification_levels from "./verification_levels";
import verification_waiting from "./verification_waiting";
import request_letters from "./request_letters";
import letter_text from "./letter_text";
import mail_server_get from "./mail_server_get";
import letter_register from "./letter_register";
import letters_due from "./letters_due";
import bundle_preview from "./bundle_preview";
import bundle_list from "./bundle_list";
import processing_register from "./processing_register";
import processing_profiles from "./processing_profiles";
import request_plan from "./request_plan";
import request_checklist from "./request_checklist";
import certificate_key from "./certificate_key";
import intake_queue from "./intake_queue";
import audit_status from "./audit_status";
import encryption_status from "./encryption_status";
import metrics from "./metrics";
import purge_plan from "./purge_plan";
import redaction_list from "./redaction_list";
import certificate_check from "./certificate_check";
import certificate_verify from "./certificate_verify";

/** Each read command's replies, by `keyOf` its arguments. */
export const recorded: Record<string, Record<string, Recorded<unknown>>> = {
  office_get,
  office_letter_example,
  installation_get,
  operator_get,
  request_list,
  request_get,
  request_forwarding_note,
  calendar_year,
  source_list,
  source_add,
  source_index,
  record_propose,
  request_search,
  request_latest_search,
  request_found_identifiers,
  hit_record,
  verification_status,
  verification_levels,
  verification_waiting,
  request_letters,
  letter_text,
  mail_server_get,
  letter_register,
  letters_due,
  bundle_preview,
  bundle_list,
  processing_register,
  processing_profiles,
  request_plan,
  request_checklist,
  certificate_key,
  intake_queue,
  audit_status,
  encryption_status,
  metrics,
  purge_plan,
  redaction_list,
  certificate_check,
  certificate_verify,
};

/** What was recorded with what, and the paths the preview's pickers hand out. */
export const meta = {
  "recorded_with": "pdpdesk {'schema': 16, 'version': '0.1.0'}",
  "recorded_on": "2026-12-06",
  "data_dir": "/home/staf/.local/share/pdpdesk",
  "demo_exports": "/home/staf/.local/share/pdpdesk/demo-exports",
  "mail": [
    "/home/staf/.local/share/pdpdesk/demo-exports/email/01_permohonan_akses_data_pribadi.eml",
    "/home/staf/.local/share/pdpdesk/demo-exports/email/02_permohonan_penghapusan_data.eml",
    "/home/staf/.local/share/pdpdesk/demo-exports/email/03_request_to_delete_my_data.eml",
    "/home/staf/.local/share/pdpdesk/demo-exports/email/04_permintaan_salinan_data.eml",
    "/home/staf/.local/share/pdpdesk/demo-exports/email/05_pertanyaan_faktur.eml"
  ],
  "forms": "/home/staf/.local/share/pdpdesk/demo-exports/wix_form_submissions.csv",
  "certificate_copy": "/home/staf/Dokumen/Berita Acara REQ-2026-0006.pdf"
} as const;
