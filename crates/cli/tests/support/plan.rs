//! The plan tests' office: a deletion (or another right) by Budi over a Chatwoot contacts export
//! and a Jurnal invoices export, searched, its strong hits confirmed.

use super::Desk;
use serde_json::Value;

const CONTACTS: &str = "id,name,email,phone_number,labels\n\
101,Budi Santoso,budi@example.com,+6281200002222,pelanggan\n\
102,Ani Lestari,ani@example.com,+6281200001111,pelanggan\n";

const INVOICES: &str =
    "*Customer,Email,BillingAddress,*InvoiceDate,*DueDate,*InvoiceNumber,*ProductName\n\
Budi Santoso,budi@example.com,Jl. Melati 3,17/05/2024,31/05/2024,INV-2024-0042,Cetak undangan\n\
Ani Lestari,ani@example.com,Jl. Mawar 9,18/05/2024,01/06/2024,INV-2024-0043,Stiker\n";

/// A deletion request by Budi, searched, its strong hits confirmed.
pub fn office(desk: &Desk, right: &str) -> String {
    desk.json(&["office", "set", "--name", "CV Cetak Ceria"]);
    let contacts = desk.write("chatwoot-contacts.csv", CONTACTS);
    let invoices = desk.write("jurnal-faktur.csv", INVOICES);
    desk.json(&["source", "add", &contacts]);
    desk.json(&["source", "add", &invoices]);
    let id = desk.new_request(&[
        "--name",
        "Budi Santoso",
        "--email",
        "budi@example.com",
        "--right",
        right,
        "--channel",
        "email",
    ]);
    desk.json(&["search", "--request", &id]);
    desk.json(&["hit", "confirm", "--request", &id, "--strong"]);
    id
}

pub fn line<'a>(plan: &'a Value, file: &str) -> &'a Value {
    plan["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .find(|l| l["file"].as_str().is_some_and(|f| f.contains(file)))
        .unwrap_or_else(|| panic!("a line for {file}: {plan}"))
}
