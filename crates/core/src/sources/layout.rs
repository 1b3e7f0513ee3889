//! Known layouts, recognised by their header: which kind of export a CSV is, the role of each
//! column, and where the source system's record id comes from.

use super::roles::{fold_header, guess};
use super::SourceKind;
use crate::vocabulary::FieldRole;

/// Where a record's id comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordIdRule {
    None,
    /// The (cleaned) value of this column.
    Column(usize),
    /// Jurnal: `<invoice number>#<line within the invoice>`, invoice numbers in this column.
    InvoiceLine(usize),
}

/// How to read a tabular file.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub kind: SourceKind,
    pub roles: Vec<FieldRole>,
    pub record_id: RecordIdRule,
    /// The roles were guessed for an unknown layout and staff should confirm them.
    pub needs_mapping: bool,
}

fn explicit(folded: &[String], table: &[(&str, FieldRole)]) -> Vec<FieldRole> {
    folded
        .iter()
        .map(|h| {
            table
                .iter()
                .find(|(name, _)| name == h)
                .map_or(FieldRole::Other, |(_, r)| *r)
        })
        .collect()
}

/// Recognises a header. `mapping`, when staff mapped this source's columns, replaces the roles.
pub fn detect(headers: &[String], mapping: Option<&[FieldRole]>) -> Layout {
    use FieldRole::*;
    let folded: Vec<String> = headers.iter().map(|h| fold_header(h)).collect();
    let pos = |name: &str| folded.iter().position(|h| h == name);
    let guessed: Vec<FieldRole> = headers.iter().map(|h| guess(h)).collect();
    let column_id = |name: &str| pos(name).map_or(RecordIdRule::None, RecordIdRule::Column);

    let (kind, roles, record_id) =
        if pos("phone number").is_some() && pos("email").is_some() && pos("id").is_some() {
            let mut roles = guessed.clone();
            if let Some(i) = pos("labels") {
                roles[i] = Other;
            }
            (SourceKind::ChatwootContacts, roles, column_id("id"))
        } else if pos("display id").is_some() && pos("contact email").is_some() {
            let mut roles = guessed.clone();
            for h in [
                "status",
                "status label",
                "assignee",
                "team",
                "inbox",
                "channel",
                "labels",
                "url",
            ] {
                if let Some(i) = pos(h) {
                    roles[i] = Other;
                }
            }
            (
                SourceKind::ChatwootConversations,
                roles,
                column_id("display id"),
            )
        } else if let (Some(_), Some(inv)) = (pos("customer"), pos("invoicenumber")) {
            let roles = explicit(
                &folded,
                &[
                    ("customer", Name),
                    ("email", Email),
                    ("billingaddress", Address),
                    ("shippingaddress", Address),
                    ("invoicedate", Date),
                    ("duedate", Date),
                    ("shippingdate", Date),
                    ("invoicenumber", Id),
                    ("message", Text),
                    ("memo", Text),
                    ("description", Text),
                ],
            );
            (
                SourceKind::JurnalInvoices,
                roles,
                RecordIdRule::InvoiceLine(inv),
            )
        } else if pos("display name").is_some()
            && (pos("billing address").is_some() || pos("identity number").is_some())
        {
            let roles = folded
                .iter()
                .zip(&guessed)
                .map(|(h, g)| match h.as_str() {
                    "company name" | "title" | "npwp" | "identity type" | "balance" => Other,
                    "other details" => Text,
                    _ => *g,
                })
                .collect();
            (SourceKind::JurnalCustomers, roles, RecordIdRule::None)
        } else if pos("submission time").is_some() && pos("submission id").is_some() {
            (
                SourceKind::WixForms,
                guessed.clone(),
                column_id("submission id"),
            )
        } else if folded.first().is_some_and(|h| h == "timestamp") {
            (
                SourceKind::GoogleForms,
                guessed.clone(),
                RecordIdRule::Column(0),
            )
        } else if folded.last().is_some_and(|h| h == "date")
            && folded.iter().any(|h| h.starts_with("your "))
        {
            (SourceKind::Flamingo, guessed.clone(), RecordIdRule::None)
        } else {
            let id = guessed
                .iter()
                .position(|r| *r == Id)
                .map_or(RecordIdRule::None, RecordIdRule::Column);
            (SourceKind::GenericCsv, guessed.clone(), id)
        };

    let known = kind != SourceKind::GenericCsv;
    let has = |r: FieldRole| roles.contains(&r);
    let confident = has(Name) && (has(Email) || has(Phone));
    match mapping {
        Some(m) if m.len() == headers.len() => {
            let record_id = m
                .iter()
                .position(|r| *r == Id)
                .map_or(record_id, RecordIdRule::Column);
            Layout {
                kind,
                roles: m.to_vec(),
                record_id,
                needs_mapping: false,
            }
        }
        _ => Layout {
            kind,
            roles,
            record_id,
            needs_mapping: !known && !confident,
        },
    }
}

/// Whether a cell reads like data rather than like a column title.
fn data_like(cell: &str) -> bool {
    let c = cell.trim();
    c.contains('@')
        || super::understood::date(c).is_some()
        || super::understood::amount(c).is_some()
        || c.chars().filter(char::is_ascii_digit).count() >= 7
}

/// Where the header is among a file's first rows: title rows (one filled cell above a wider row)
/// are passed over; `None` when the first real row is already data (a file without a header).
pub fn header_row(rows: &[Vec<String>]) -> Option<usize> {
    let filled = |r: &Vec<String>| r.iter().filter(|c| !c.trim().is_empty()).count();
    let mut i = 0;
    while i + 1 < rows.len() && filled(&rows[i]) <= 1 && filled(&rows[i + 1]) > 1 {
        i += 1;
    }
    let row = rows.get(i)?;
    (!row.iter().any(|c| data_like(c))).then_some(i)
}

/// Roles for a file without a header, guessed from its first data rows.
pub fn roles_from_values(rows: &[Vec<String>]) -> Vec<FieldRole> {
    use crate::identifiers::keys::{email_key, phone_key};
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    (0..width)
        .map(|c| {
            let cells: Vec<&str> = rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect();
            let all = |f: &dyn Fn(&str) -> bool| !cells.is_empty() && cells.iter().all(|x| f(x));
            if all(&|x| email_key(x).is_some()) {
                FieldRole::Email
            } else if all(&|x| super::understood::date(x).is_some()) {
                FieldRole::Date
            } else if all(&|x| phone_key(x).is_some() && !x.contains('.')) {
                FieldRole::Phone
            } else if all(&|x| {
                x.split_whitespace().count() >= 2
                    && x.chars()
                        .all(|ch| ch.is_alphabetic() || ch == ' ' || ch == '.' || ch == '\'')
            }) {
                FieldRole::Name
            } else {
                FieldRole::Other
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(line: &str, delim: char) -> Vec<String> {
        line.split(delim).map(String::from).collect()
    }

    #[test]
    fn known_exports_are_recognised_by_header() {
        let cases = [
            ("id,name,email,phone_number,labels", ',', SourceKind::ChatwootContacts),
            ("*Customer,Email,BillingAddress,ShippingAddress,*InvoiceDate,*DueDate,*InvoiceNumber,*ProductName", ',', SourceKind::JurnalInvoices),
            ("*Display Name;Company Name;Billing Address;Email;Phone;Identity Number", ';', SourceKind::JurnalCustomers),
            ("Submission time,First name,Last name,Email,Phone,Address,Message,Submission ID", ',', SourceKind::WixForms),
            ("Timestamp,Email Address,Nama Lengkap,Nomor WhatsApp", ',', SourceKind::GoogleForms),
            ("your-name,your-email,your-phone,your-message,Date", ',', SourceKind::Flamingo),
            ("display_id,url,created_at,contact_name,contact_email,contact_phone", ',', SourceKind::ChatwootConversations),
            ("No,Nama,Telepon,Email,Alamat,Catatan", ',', SourceKind::GenericCsv),
        ];
        for (line, d, kind) in cases {
            assert_eq!(detect(&h(line, d), None).kind, kind, "{line}");
        }
    }

    #[test]
    fn jurnal_roles_are_explicit_and_record_ids_known() {
        let l = detect(
            &h(
                "*Customer,Email,*InvoiceNumber,*ProductName,WarehouseName,TaxName",
                ',',
            ),
            None,
        );
        use FieldRole::*;
        assert_eq!(
            l.roles,
            [Name, Email, Id, Other, Other, Other],
            "product, warehouse and tax names are not people"
        );
        assert_eq!(l.record_id, RecordIdRule::InvoiceLine(2));
        let legacy = detect(&h("No,Nama,Telepon,Email,Alamat,Catatan", ','), None);
        assert_eq!(legacy.record_id, RecordIdRule::Column(0));
        assert!(!legacy.needs_mapping, "name and contact columns were found");
    }

    #[test]
    fn header_rows_title_rows_and_headerless_files() {
        let rows =
            |lines: &[&str]| -> Vec<Vec<String>> { lines.iter().map(|l| h(l, ',')).collect() };
        assert_eq!(
            header_row(&rows(&["Nama,Email", "Budi,budi@example.com"])),
            Some(0)
        );
        assert_eq!(
            header_row(&rows(&[
                "Daftar Pelanggan 2023,",
                "Nama,Email",
                "Budi,b@x.com"
            ])),
            Some(1),
            "a title row is passed over"
        );
        assert_eq!(
            header_row(&rows(&[
                "Budi Santoso,budi@example.com,0812-1111-2222",
                "Siti,s@x.com,0813"
            ])),
            None,
            "data in the first row: no header"
        );
        let roles = roles_from_values(&rows(&[
            "Budi Santoso,budi@example.com,0812-1111-2222,15/01/2026",
            "Siti Rahma,siti@example.com,0813-2222-3333,16/01/2026",
        ]));
        use FieldRole::*;
        assert_eq!(roles, [Name, Email, Phone, Date]);
    }

    #[test]
    fn an_unclear_layout_asks_for_a_mapping_and_a_mapping_wins() {
        let headers = h("kolom1,kolom2,kolom3", ',');
        assert!(detect(&headers, None).needs_mapping);
        let mapped = detect(
            &headers,
            Some(&[FieldRole::Id, FieldRole::Name, FieldRole::Phone]),
        );
        assert_eq!(
            mapped.roles,
            [FieldRole::Id, FieldRole::Name, FieldRole::Phone]
        );
        assert_eq!(mapped.record_id, RecordIdRule::Column(0));
        assert!(!mapped.needs_mapping);
    }
}
