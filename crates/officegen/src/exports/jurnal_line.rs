//! One Jurnal invoice line, written as a workbook row and as a CSV row.

use crate::pools::PRODUCTS;
use crate::unit::Fields;
use crate::write::{csv_row, rupiah, CsvStyle};
use crate::xlsx::{Cell, XlsxWriter};
use chrono::NaiveDate;
use std::io;

/// The template's header.
pub const HEADER: [&str; 31] = [
    "*Customer",
    "Email",
    "BillingAddress",
    "ShippingAddress",
    "*InvoiceDate",
    "*DueDate",
    "ShippingDate",
    "ShipVia",
    "TrackingNo",
    "CustomerRefNo",
    "*InvoiceNumber",
    "Message",
    "Memo",
    "*ProductName",
    "Description",
    "*Quantity",
    "Unit",
    "*UnitPrice",
    "ProductDiscountRate(%)",
    "InvoiceDiscountRate(%)",
    "TaxName",
    "TaxRate(%)",
    "ShippingFee",
    "WitholdingAccountCode",
    "WitholdingAmount(value or %)",
    "#paid?(yes/no)",
    "#PaymentMethod",
    "#PaidToAccountCode",
    "Tags (use ; to separate tags)",
    "WarehouseName",
    "#currency code(example: IDR, USD, CAD)",
];

/// One invoice line as both files write it.
pub struct Line<'a> {
    /// The invoice (customer, e-mail, memo, …).
    pub inv: &'a Fields,
    pub number: u64,
    /// The first line carries the invoice's message and memo.
    pub first: bool,
    pub date: NaiveDate,
    pub due: NaiveDate,
    pub date_as_text: bool,
    pub product: usize,
    pub quantity: u32,
    pub price: u64,
    pub price_as_text: bool,
    pub tax: bool,
    pub paid: bool,
    pub method: &'static str,
}

impl Line<'_> {
    fn texts(&self) -> [String; 12] {
        let Fields::Invoice {
            customer,
            email,
            billing,
            memo,
            message,
            tags,
            ..
        } = self.inv
        else {
            return Default::default();
        };
        let first = |s: &String| if self.first { s.clone() } else { String::new() };
        let p = &PRODUCTS[self.product % PRODUCTS.len()];
        [
            customer.clone(),
            email.clone(),
            billing.clone(),
            self.number.to_string(),
            first(message),
            first(memo),
            p.name.into(),
            p.unit.into(),
            if self.paid { "YES" } else { "" }.into(),
            if self.paid { self.method } else { "" }.into(),
            if self.paid { "1-10002" } else { "" }.into(),
            tags.clone(),
        ]
    }

    pub fn csv(&self) -> String {
        let [customer, email, billing, number, message, memo, product, unit, paid, method, account, tags] =
            self.texts();
        let date = |d: NaiveDate| d.format("%d/%m/%Y").to_string();
        let price = if self.price_as_text {
            rupiah(self.price, false)
        } else {
            self.price.to_string()
        };
        let tax = if self.tax { ["PPN", "11%"] } else { ["", ""] };
        let e = String::new;
        let cells = [
            customer,
            email,
            billing,
            e(),
            date(self.date),
            date(self.due),
            e(),
            e(),
            e(),
            e(),
            number,
            message,
            memo,
            product,
            e(),
            self.quantity.to_string(),
            unit,
            price,
            e(),
            e(),
            tax[0].into(),
            tax[1].into(),
            e(),
            e(),
            e(),
            paid,
            method,
            account,
            tags,
            e(),
            e(),
            e(),
            e(),
        ];
        csv_row(&cells, CsvStyle::plain(',', "\r\n"))
    }

    pub fn xlsx(&self, x: &mut XlsxWriter) -> io::Result<u64> {
        let [customer, email, billing, number, message, memo, product, unit, paid, method, account, tags] =
            self.texts();
        let (d, due) = (
            self.date.format("%d/%m/%Y").to_string(),
            self.due.format("%d/%m/%Y").to_string(),
        );
        let (date_cell, due_cell) = if self.date_as_text {
            (Cell::Text(&d), Cell::Text(&due))
        } else {
            (Cell::Date(self.date), Cell::Date(self.due))
        };
        let price_text = rupiah(self.price, false);
        let price = if self.price_as_text {
            Cell::Text(&price_text)
        } else {
            Cell::Number(self.price)
        };
        let tax = if self.tax { ["PPN", "11%"] } else { ["", ""] };
        let cells = [
            t(&customer),
            t(&email),
            t(&billing),
            Cell::Empty,
            date_cell,
            due_cell,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            t(&number),
            t(&message),
            t(&memo),
            t(&product),
            Cell::Empty,
            Cell::Number(u64::from(self.quantity)),
            t(&unit),
            price,
            Cell::Empty,
            Cell::Empty,
            t(tax[0]),
            t(tax[1]),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            t(&paid),
            t(&method),
            t(&account),
            t(&tags),
            Cell::Empty,
            Cell::Empty,
        ];
        x.row(&cells, false)
    }
}

/// A text cell, empty when the text is.
fn t(s: &str) -> Cell<'_> {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s)
    }
}
