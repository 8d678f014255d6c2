-- Which canonical form a row's hash covers (LedgerRecord.ComputeHash): version 1 joined the fields with U+001F,
-- version 2 writes each field with its length. Rows stored before this script were hashed with version 1; the
-- default also keeps a silo still running the old code (which names no version) correct while a cluster upgrades.
ALTER TABLE ledger_entries ADD COLUMN hash_version smallint NOT NULL DEFAULT 1 CHECK (hash_version > 0);
