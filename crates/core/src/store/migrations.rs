//! Numbered SQL migrations embedded in the binary. Each is applied in one transaction and recorded
//! with its SHA-256; a shipped migration whose text changed is refused, and so is a database that a
//! newer build has migrated further than this one knows.

use crate::{CoreError, Result};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};
use std::path::Path;

/// One embedded migration: `NNNN_slug.sql` under `crates/core/migrations/`.
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

/// Every migration, in order. Append new files here; never edit a released one.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "register",
        sql: include_str!("../../migrations/0001_register.sql"),
    },
    Migration {
        version: 2,
        name: "intake",
        sql: include_str!("../../migrations/0002_intake.sql"),
    },
    Migration {
        version: 3,
        name: "clocks",
        sql: include_str!("../../migrations/0003_clocks.sql"),
    },
    Migration {
        version: 4,
        name: "sources",
        sql: include_str!("../../migrations/0004_sources.sql"),
    },
    Migration {
        version: 5,
        name: "searches",
        sql: include_str!("../../migrations/0005_searches.sql"),
    },
    Migration {
        version: 6,
        name: "index",
        sql: include_str!("../../migrations/0006_index.sql"),
    },
    Migration {
        version: 7,
        name: "hit_fingerprints",
        sql: include_str!("../../migrations/0007_hit_fingerprints.sql"),
    },
    Migration {
        version: 8,
        name: "verification",
        sql: include_str!("../../migrations/0008_verification.sql"),
    },
    Migration {
        version: 9,
        name: "letters",
        sql: include_str!("../../migrations/0009_letters.sql"),
    },
    Migration {
        version: 10,
        name: "bundles",
        sql: include_str!("../../migrations/0010_bundles.sql"),
    },
    Migration {
        version: 11,
        name: "plans",
        sql: include_str!("../../migrations/0011_plans.sql"),
    },
    Migration {
        version: 12,
        name: "checklist",
        sql: include_str!("../../migrations/0012_checklist.sql"),
    },
    Migration {
        version: 13,
        name: "redactions",
        sql: include_str!("../../migrations/0013_redactions.sql"),
    },
    Migration {
        version: 14,
        name: "audit",
        sql: include_str!("../../migrations/0014_audit.sql"),
    },
    Migration {
        version: 15,
        name: "intake_queue",
        sql: include_str!("../../migrations/0015_intake_queue.sql"),
    },
    Migration {
        version: 16,
        name: "purge",
        sql: include_str!("../../migrations/0016_purge.sql"),
    },
    Migration {
        version: 17,
        name: "access_points",
        sql: include_str!("../../migrations/0017_access_points.sql"),
    },
    Migration {
        version: 18,
        name: "name_starts_of_four",
        sql: include_str!("../../migrations/0018_name_starts_of_four.sql"),
    },
];

/// The newest schema this build knows: the version of its last migration. A database this build
/// opened is at this schema.
pub fn schema_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

fn checksum(sql: &str) -> String {
    format!("{:x}", Sha256::digest(sql.as_bytes()))
}

/// Brings the database up to the newest known schema.
pub fn apply(conn: &mut Connection, db_path: &Path) -> Result<()> {
    apply_list(conn, db_path, MIGRATIONS)
}

pub(crate) fn apply_list(conn: &mut Connection, db_path: &Path, list: &[Migration]) -> Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version    INTEGER PRIMARY KEY,
             name       TEXT NOT NULL,
             sha256     TEXT NOT NULL,
             applied_at TEXT NOT NULL
         )",
    )?;
    let known = list.last().map_or(0, |m| m.version);
    let found: i64 = conn.query_row(
        "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
        [],
        |r| r.get(0),
    )?;
    if found > known {
        return Err(CoreError::NewerDatabase {
            path: db_path.to_path_buf(),
            found,
            known,
        });
    }
    for m in list {
        let applied: Option<String> = conn
            .query_row(
                "SELECT sha256 FROM schema_migrations WHERE version = ?1",
                [m.version],
                |r| r.get(0),
            )
            .optional()?;
        match applied {
            Some(sum) if sum == checksum(m.sql) => {}
            Some(_) => {
                return Err(CoreError::EditedMigration {
                    version: m.version,
                    name: m.name.to_string(),
                })
            }
            None => {
                // Another process opening the same new folder may be applying it right now: take
                // the write lock first and look again under it.
                let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
                let done: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = ?1)",
                    [m.version],
                    |r| r.get(0),
                )?;
                if done {
                    continue;
                }
                tx.execute_batch(m.sql)?;
                tx.execute(
                    "INSERT INTO schema_migrations (version, name, sha256, applied_at)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![
                        m.version,
                        m.name,
                        checksum(m.sql),
                        chrono::Utc::now().to_rfc3339()
                    ],
                )?;
                tx.commit()?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mem() -> Connection {
        Connection::open_in_memory().unwrap()
    }

    #[test]
    fn migration_files_are_numbered_in_order() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(
                m.version,
                i as i64 + 1,
                "migration versions must be 1, 2, 3, … without gaps"
            );
        }
    }

    #[test]
    fn an_index_with_three_letter_name_starts_is_dropped_and_its_file_read_again() {
        let mut c = mem();
        let before = MIGRATIONS.iter().position(|m| m.version == 18).unwrap();
        apply_list(&mut c, Path::new(":memory:"), &MIGRATIONS[..before]).unwrap();
        c.execute_batch(
            "INSERT INTO sources (id, path, is_folder, added_at, added_by)
                 VALUES (1, '/exports', 1, '2026-01-01T00:00:00Z', 'a');
             INSERT INTO source_files (id, source_id, rel_path, size, mtime, sha256, records)
                 VALUES (1, 1, 'indexed.csv', 10, 't', 'aa', 3),
                        (2, 1, 'failed.csv', 10, 't', 'bb', NULL);
             INSERT INTO index_files (file_id, size, mtime, records, checkpoints)
                 VALUES (1, 10, 't', 3, x'');
             INSERT INTO index_keys (file_id, key, records) VALUES (1, 7, x'01');",
        )
        .unwrap();
        apply(&mut c, Path::new(":memory:")).unwrap();
        let count = |sql: &str| c.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        assert_eq!(
            count("SELECT COUNT(*) FROM index_files") + count("SELECT COUNT(*) FROM index_keys"),
            0,
            "an index written with the old name starts would miss names: it goes"
        );
        assert_eq!(
            count("SELECT COUNT(*) FROM source_files WHERE sha256 IS NULL"),
            1,
            "the indexed file is marked unread, so the next reading indexes it again"
        );
        assert_eq!(
            count("SELECT records FROM source_files WHERE id = 1"),
            3,
            "what the last reading reported is kept"
        );
    }

    #[test]
    fn applying_twice_is_a_no_op() {
        let mut c = mem();
        apply(&mut c, Path::new(":memory:")).unwrap();
        apply(&mut c, Path::new(":memory:")).expect("re-applying the same migrations must succeed");
        let n: i64 = c
            .query_row("SELECT COUNT(*) FROM schema_migrations", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, MIGRATIONS.len() as i64);
    }

    #[test]
    fn an_edited_migration_is_refused() {
        let mut c = mem();
        let v1 = [Migration {
            version: 1,
            name: "a",
            sql: "CREATE TABLE a (x INTEGER);",
        }];
        apply_list(&mut c, Path::new("t"), &v1).unwrap();
        let edited = [Migration {
            version: 1,
            name: "a",
            sql: "CREATE TABLE a (x TEXT);",
        }];
        let err = apply_list(&mut c, Path::new("t"), &edited).unwrap_err();
        assert_eq!(
            err.code(),
            crate::ErrorCode::MigrationEdited,
            "an edited shipped migration must be detected: {err}"
        );
    }

    #[test]
    fn a_failing_migration_leaves_nothing_behind() {
        let mut c = mem();
        let bad = [Migration {
            version: 1,
            name: "bad",
            sql: "CREATE TABLE t (x); INSERT INTO nope VALUES (1);",
        }];
        assert!(apply_list(&mut c, Path::new("t"), &bad).is_err());
        let t: i64 = c
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 't'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            t, 0,
            "a migration is one transaction: its half-done work must be rolled back"
        );
    }

    #[test]
    fn a_database_from_a_newer_build_is_refused() {
        let mut c = mem();
        apply(&mut c, Path::new("db")).unwrap();
        c.execute(
            "INSERT INTO schema_migrations VALUES (999, 'future', 'x', '2030-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
        let err = apply(&mut c, Path::new("db")).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::DatabaseTooNew, "{err}");
    }
}
