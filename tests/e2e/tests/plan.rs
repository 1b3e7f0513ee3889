//! The action plan in the real window, on the demo office: a deletion request for a subject
//! planted in the sample exports, searched and her strong hits confirmed (CLI). In the window the
//! plan deletes her Chatwoot contact and keeps her invoices until ten years after their book year,
//! saying why; one line is changed with a reason; every system of the checklist but Jurnal is
//! ticked; closing is refused naming Jurnal, and closes once staff say why (kept in the history).

use crate::common;

use common::*;
use fantoccini::{Client, Locator};
use std::path::Path;

/// A deletion request by the demo's Tri Wulandari, searched, every strong hit confirmed, being
/// fulfilled (CLI). Returns its id.
fn deletion_request(data: &Path) -> String {
    let seeded = cli_json(data, &["demo"]);
    let exports = seeded["exports"]
        .as_str()
        .expect("the demo's exports")
        .to_string();
    cli_json(data, &["source", "add", &exports]);
    let id = cli_json(
        data,
        &[
            "request",
            "new",
            "--name",
            "Tri Wulandari",
            "--email",
            "tri.wulandari94@gmail.com",
            "--right",
            "deletion",
            "--channel",
            "email",
        ],
    )["id"]
        .as_str()
        .expect("a request id")
        .to_string();
    cli_json(data, &["search", "--request", &id]);
    cli_json(data, &["hit", "confirm", "--request", &id, "--strong"]);
    cli_json(
        data,
        &[
            "request",
            "state",
            &id,
            "fulfilling",
            "--reason",
            "Temuan dikonfirmasi.",
        ],
    );
    id
}

/// The hit of the plan's first line whose file starts with `file`.
fn hit_of(plan: &serde_json::Value, file: &str) -> String {
    plan["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .find(|l| l["file"].as_str().is_some_and(|f| f.starts_with(file)))
        .unwrap_or_else(|| panic!("a line of {file}: {plan}"))["hit"]
        .to_string()
}

/// Clicks the first element matching `css`, scrolled to the middle of the window.
async fn press_css(c: &Client, css: &str) {
    let e = wait_text(c, css, "").await;
    c.execute(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
        vec![serde_json::to_value(&e).expect("element as JSON")],
    )
    .await
    .expect("click");
}

async fn type_into(c: &Client, css: &str, text: &str) {
    wait_text(c, css, "")
        .await
        .send_keys(text)
        .await
        .expect("type");
}

#[tokio::test]
#[ignore = "needs the built app, tauri-driver and a display: run scripts/e2e"]
async fn the_plan_is_changed_ticked_and_the_request_closed_with_a_system_open() {
    let tmp = std::env::temp_dir().join(format!("pdpdesk-e2e-plan-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let data = tmp.join("data");
    let id = deletion_request(&data);
    let plan = cli_json(&data, &["plan", "show", "--request", &id]);
    let (contact, invoice) = (
        hit_of(&plan, "chatwoot_contacts"),
        hit_of(&plan, "jurnal_sales_invoices"),
    );
    let line = |hit: &str| format!("[data-testid=\"plan-line\"][data-hit=\"{hit}\"]");

    let (_driver, c) = open_window(&data, 4550).await;
    let result = async {
        el(&c, "nav-requests").await.click().await?;
        let row = wait_text(&c, &testid("request-row"), &id).await;
        row.find(Locator::Css("td")).await?.click().await?;
        el(&c, "plan-table").await;
        let contact_text = wait_text(&c, &line(&contact), "Hapus").await.text().await?;
        let invoice_row = wait_text(&c, &line(&invoice), "Simpan sampai").await;
        let invoice_text = invoice_row.text().await?;
        scroll_to(&c, "plan-section").await;
        screenshot(&c, "plan-table").await;

        press_css(&c, &format!("{} [data-testid=\"plan-line-change\"]", line(&contact))).await;
        el(&c, "plan-dialog").await;
        press(&c, "plan-kind-restrict").await;
        el(&c, "plan-reason")
            .await
            .send_keys("Pemohon masih punya pesanan berjalan; kontak dibatasi sampai selesai.")
            .await?;
        screenshot(&c, "plan-change").await;
        press(&c, "plan-submit").await;
        let changed = wait_text(
            &c,
            &format!("{}[data-action=\"restrict\"]", line(&contact)),
            "Diubah oleh",
        )
        .await
        .text()
        .await?;

        // Every message of the chat file at once: its box, then "Ubah yang dipilih".
        let chat = "[data-testid=\"plan-file\"][data-file^=\"whatsapp\"]";
        // The table may be drawn again (the plan read anew) just as the box is clicked: click
        // again until the selection shows.
        for _ in 0..5 {
            press_css(&c, &format!("{chat} [data-testid=\"plan-file-select\"]")).await;
            tokio::time::sleep(std::time::Duration::from_millis(400)).await;
            if !c
                .find_all(fantoccini::Locator::Css(&testid("plan-selection-count")))
                .await?
                .is_empty()
            {
                break;
            }
        }
        let selected = wait_text(&c, &testid("plan-selection-count"), "dipilih")
            .await
            .text()
            .await?;
        press(&c, "plan-selection-change").await;
        el(&c, "plan-dialog").await;
        press(&c, "plan-kind-retain").await;
        press(&c, "plan-kind-restrict").await;
        el(&c, "plan-reason")
            .await
            .send_keys("Percakapan jadi bukti sengketa pesanan; dibatasi sampai selesai.")
            .await?;
        screenshot(&c, "plan-change-many").await;
        press(&c, "plan-submit").await;
        wait_text(&c, &format!("{chat} [data-action=\"restrict\"]"), "Diubah oleh").await;

        for system in ["chatwoot", "wix", "whatsapp", "mailbox"] {
            let at = format!("[data-testid=\"checklist-system\"][data-system=\"{system}\"]");
            press_css(&c, &format!("{at} [data-testid=\"checklist-tick\"]")).await;
            if system == "chatwoot" {
                type_into(
                    &c,
                    &format!("{at} [data-testid=\"checklist-note\"]"),
                    "Kontak dibatasi di Chatwoot",
                )
                .await;
            }
            press_css(&c, &format!("{at} [data-testid=\"checklist-confirm\"]")).await;
            wait_text(&c, &format!("{at}[data-done=\"true\"]"), "").await;
        }
        scroll_to(&c, "checklist").await;
        screenshot(&c, "plan-checklist").await;

        press(&c, "state-action").await;
        press(&c, "state-option-closed").await;
        el(&c, "state-reason").await.send_keys("Penghapusan selesai.").await?;
        press(&c, "state-submit").await;
        let refused = wait_text(&c, &testid("state-checklist-systems"), "Jurnal")
            .await
            .text()
            .await?;
        el(&c, "state-checklist-open")
            .await
            .send_keys("Faktur wajib disimpan sampai 2033; data pelanggan di Jurnal menunggu admin keuangan.")
            .await?;
        screenshot(&c, "plan-close-refused").await;
        press(&c, "state-submit").await;
        wait_text(&c, &testid("detail-state"), "Selesai").await;

        press(&c, "lang-switch").await;
        wait_text(&c, "#plan-title", "Action plan").await;
        let invoice_en = wait_text(&c, &line(&invoice), "Keep until").await.text().await?;
        scroll_to(&c, "plan-section").await;
        screenshot(&c, "plan-table-en").await;
        press(&c, "lang-switch").await;
        wait_text(&c, "#plan-title", "Rencana tindakan").await;
        assert!(
            invoice_en.contains("Invoices are kept 10 years after the end of book year 2023"),
            "the reason in English: {invoice_en:?}"
        );
        Ok::<_, fantoccini::error::CmdError>((contact_text, invoice_text, changed, refused, selected))
    }
    .await;
    c.close().await.ok();
    let (contact_text, invoice_text, changed, refused, selected) = result.expect("window steps");

    assert!(
        contact_text.contains("Pemohon meminta penghapusan"),
        "the contact is deleted because deletion was asked: {contact_text:?}"
    );
    assert!(
        invoice_text.contains("Simpan sampai 31 Des 2033")
            && invoice_text.contains("Faktur disimpan 10 tahun setelah akhir tahun buku 2023")
            && invoice_text.contains("UU KUP Pasal 28 ayat 11"),
        "the invoice is kept until ten years after its book year, with the law named: {invoice_text:?}"
    );
    assert!(
        changed.contains("Batasi")
            && changed.contains("Bawaan: Hapus")
            && changed.contains("kontak dibatasi"),
        "the changed line shows the new action, the default and the reason: {changed:?}"
    );
    assert!(
        refused.contains("Jurnal") && !refused.contains("Chatwoot"),
        "only the system left open is named: {refused:?}"
    );

    let after = cli_json(&data, &["plan", "show", "--request", &id]);
    let kept = after["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["hit"] == contact.parse::<i64>().expect("a hit number"))
        .expect("the contact's line");
    assert_eq!(
        kept["action"]["action"], "restrict",
        "the core keeps the window's change: {kept}"
    );
    let chat: Vec<&serde_json::Value> = after["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| {
            l["file"]
                .as_str()
                .is_some_and(|f| f.starts_with("whatsapp"))
        })
        .collect();
    assert!(
        !chat.is_empty() && chat.iter().all(|l| l["action"]["action"] == "restrict"),
        "every message of the chat changed in one go: {chat:?}"
    );
    assert!(
        selected.contains(&format!("{} catatan dipilih", chat.len())),
        "the bar counts the file's records, folded ones too: {selected:?}"
    );
    let list = cli_json(&data, &["checklist", "show", "--request", &id]);
    assert_eq!(list["open"], serde_json::json!(["jurnal"]), "{list}");
    let shown = cli_json(&data, &["request", "show", &id]);
    assert_eq!(shown["state"], "closed");
    let history = shown["events"].to_string();
    assert!(
        history.contains("daftar periksa terbuka: jurnal") && history.contains("admin keuangan"),
        "the open system and staff's reason are in the history: {history}"
    );
    assert!(
        history.contains("Kontak dibatasi di Chatwoot"),
        "the tick's note is in the history"
    );
    let _ = std::fs::remove_dir_all(&tmp);
}
