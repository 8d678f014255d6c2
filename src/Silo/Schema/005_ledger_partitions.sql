-- The ledger partitioned by year, so a year's contests can be archived and detached without touching the others.
-- Each contest belongs to one year (the year its first row was written) and every row of the contest goes to that
-- year's partition, whenever it is written: a late appeal in January stays with its contest, so every hash chain lies
-- whole inside one partition and a detached year verifies on its own (scripts/archive-ledger-year.sh).
CREATE TABLE ledger_contest_years
(
    contest_id  text     PRIMARY KEY,
    ledger_year smallint NOT NULL
);

-- The contest is the event key's first segment ('contest/event'; a contest's own streams use the contest id alone).
CREATE FUNCTION ledger_year_for(event_key text) RETURNS smallint LANGUAGE plpgsql AS $f$
DECLARE
    contest text := split_part(event_key, '/', 1);
    assigned smallint;
BEGIN
    SELECT ledger_year INTO assigned FROM ledger_contest_years WHERE contest_id = contest;
    IF assigned IS NULL THEN
        -- Two silos writing a new contest's first rows at once agree on one year: the second waits, then reads it.
        INSERT INTO ledger_contest_years VALUES (contest, extract(year FROM now())::smallint) ON CONFLICT (contest_id) DO NOTHING;
        SELECT ledger_year INTO assigned FROM ledger_contest_years WHERE contest_id = contest;
    END IF;
    RETURN assigned;
END
$f$;

-- Silos call this for this year and the next at every start; a detached (archived) year keeps its table name, so it is
-- not recreated and its contests stay read-only.
CREATE FUNCTION ledger_ensure_partition(year integer) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF ledger_entries FOR VALUES IN (%s)', 'ledger_entries_y' || year, year);
END
$f$;

INSERT INTO ledger_contest_years
SELECT split_part(event_key, '/', 1), extract(year FROM min(recorded_at))::smallint FROM ledger_entries GROUP BY 1;

ALTER TABLE ledger_entries RENAME TO ledger_entries_unpartitioned;
ALTER TABLE ledger_entries_unpartitioned RENAME CONSTRAINT ledger_entries_pkey TO ledger_entries_unpartitioned_pkey;
ALTER TABLE ledger_entries_unpartitioned RENAME CONSTRAINT ledger_entries_entry_id TO ledger_entries_unpartitioned_entry_id;
ALTER INDEX ledger_entries_event RENAME TO ledger_entries_unpartitioned_event;

-- Unique keys of a partitioned table include the partition key. A stream and an entry id never leave their contest's
-- year, so (stream, sequence) and entry_id stay unique where it matters: a resent mark always meets its first copy.
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
    hash_version   smallint      NOT NULL DEFAULT 1 CHECK (hash_version > 0),
    ledger_year    smallint      NOT NULL,
    PRIMARY KEY (stream, sequence, ledger_year),
    CONSTRAINT ledger_entries_entry_id UNIQUE (entry_id, ledger_year)
) PARTITION BY LIST (ledger_year);

CREATE INDEX ledger_entries_event ON ledger_entries (event_key, stream, sequence);

CREATE TRIGGER ledger_entries_append_only
    BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();

SELECT ledger_ensure_partition(year)
FROM (SELECT ledger_year::integer FROM ledger_contest_years
      UNION SELECT extract(year FROM now())::integer
      UNION SELECT extract(year FROM now())::integer + 1) AS years(year);

INSERT INTO ledger_entries SELECT l.*, ledger_year_for(l.event_key) FROM ledger_entries_unpartitioned l;
DROP TABLE ledger_entries_unpartitioned;
