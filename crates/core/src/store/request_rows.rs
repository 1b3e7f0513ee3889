//! Reading request rows back into requests: the stored columns, names back into their enums,
//! rights and contacts gathered, instants on the office's clock.

use super::requests::parse_ts;
use super::Store;
use crate::office::OfficeZone;
use crate::register::{Controller, Request, RequestState, Requester};
use crate::vocabulary::{Channel, RequesterRole, Right};
use crate::Result;
use chrono::{DateTime, Utc};
use rusqlite::Row;

/// Reads a stored name back into its enum; a name this build does not know is a database error.
pub(super) fn parse_name<T>(text: &str, parse: fn(&str) -> Result<T>) -> rusqlite::Result<T> {
    parse(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(super) struct RequestRow {
    id: String,
    received_at: DateTime<Utc>,
    channel: Channel,
    name: String,
    role: RequesterRole,
    on_behalf_of: Option<String>,
    postal_address: Option<String>,
    nik_masked: Option<String>,
    state: RequestState,
    is_demo: bool,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    controller_name: Option<String>,
    controller_contact: Option<String>,
    purged_at: Option<DateTime<Utc>>,
}

pub(super) const REQUEST_COLUMNS: &str =
    "id, received_at, channel, requester_name, requester_role, on_behalf_of,
     postal_address, nik_masked, state, is_demo, created_at, updated_at, controller_name,
     controller_contact, purged_at";

pub(super) fn request_row(r: &Row) -> rusqlite::Result<RequestRow> {
    Ok(RequestRow {
        id: r.get(0)?,
        received_at: parse_ts(&r.get::<_, String>(1)?)?,
        channel: parse_name(&r.get::<_, String>(2)?, Channel::parse)?,
        name: r.get(3)?,
        role: parse_name(&r.get::<_, String>(4)?, RequesterRole::parse)?,
        on_behalf_of: r.get(5)?,
        postal_address: r.get(6)?,
        nik_masked: r.get(7)?,
        state: parse_name(&r.get::<_, String>(8)?, RequestState::parse)?,
        is_demo: r.get(9)?,
        created_at: parse_ts(&r.get::<_, String>(10)?)?,
        updated_at: parse_ts(&r.get::<_, String>(11)?)?,
        controller_name: r.get(12)?,
        controller_contact: r.get(13)?,
        purged_at: r
            .get::<_, Option<String>>(14)?
            .map(|t| parse_ts(&t))
            .transpose()?,
    })
}

impl Store {
    pub(super) fn assemble(&self, row: RequestRow, zone: OfficeZone) -> Result<Request> {
        let mut rights_stmt = self
            .conn
            .prepare_cached("SELECT right_name FROM request_rights WHERE request_id = ?1")?;
        let mut rights = rights_stmt
            .query_map([&row.id], |r| {
                parse_name(&r.get::<_, String>(0)?, Right::parse)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rights.sort();
        let mut contacts_stmt = self
            .conn
            .prepare_cached("SELECT kind, value FROM request_contacts WHERE request_id = ?1 ORDER BY kind, position")?;
        let (mut emails, mut phones) = (Vec::new(), Vec::new());
        for c in contacts_stmt.query_map([&row.id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })? {
            let (kind, value) = c?;
            if kind == "email" {
                emails.push(value)
            } else {
                phones.push(value)
            }
        }
        Ok(Request {
            id: row.id,
            received_at: zone.local(row.received_at),
            channel: row.channel,
            rights,
            requester: Requester {
                name: row.name,
                emails,
                phones,
                postal_address: row.postal_address,
                nik_masked: row.nik_masked,
                role: row.role,
                on_behalf_of: row.on_behalf_of,
            },
            state: row.state,
            controller: row.controller_name.map(|name| Controller {
                name,
                contact: row.controller_contact,
            }),
            is_demo: row.is_demo,
            created_at: row.created_at,
            updated_at: row.updated_at,
            purged_at: row.purged_at,
        })
    }
}
