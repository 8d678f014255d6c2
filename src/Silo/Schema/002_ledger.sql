-- The ledger: every accepted mark, correction and status change, appended before it is acknowledged.
-- A stream is one score sheet ('sheet:contest/event/competitor') or one event ('event:contest/event');
-- each row's hash covers its fields and the previous row's hash in the same stream.
CREATE TABLE ledger_entries
(
    stream         text          NOT NULL,
    sequence       integer       NOT NULL CHECK (sequence > 0),
    entry_id       uuid          NOT NULL,
    kind           text          NOT NULL,
    event_key      text          NOT NULL,
    competitor_id  text          NULL,
    aspect_id      text          NULL,
    judge_id       text          NULL,
    actor_id       text          NOT NULL,
    device_id      text          NULL,
    value          numeric(12,4) NULL,
    previous_value numeric(12,4) NULL,
    reason         text          NULL,
    recorded_at    timestamptz   NOT NULL,
    previous_hash  bytea         NOT NULL,
    hash           bytea         NOT NULL,
    PRIMARY KEY (stream, sequence),
    -- The client's mark id: a resent mark can never be stored twice, whichever silo receives it.
    CONSTRAINT ledger_entries_entry_id UNIQUE (entry_id)
);

CREATE INDEX ledger_entries_event ON ledger_entries (event_key, stream, sequence);

-- Append-only for the application. Tampering by a database owner who disables this is caught by the hash chain.
CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    RAISE EXCEPTION 'ledger_entries is append-only';
END
$f$;

CREATE TRIGGER ledger_entries_append_only
    BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();
