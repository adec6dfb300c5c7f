-- Issue #8: CSV import of prospects in batches that can be undone.
-- One row per POST /api/crm/prospects/batch-import; its rows say which prospects the batch
-- created and, for the ones it updated, the previous values of the columns it changed, so that
-- DELETE /api/crm/prospects/batch-import/{id} puts everything back. A batch is its author's: only
-- they read it and undo it (the prospects themselves stay under their own row-level security).

CREATE TABLE import_batches (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    on_duplicate    text NOT NULL CHECK (on_duplicate IN ('create', 'update', 'skip')),
    file_name       text,
    row_count       integer NOT NULL DEFAULT 0,
    created_count   integer NOT NULL DEFAULT 0,
    updated_count   integer NOT NULL DEFAULT 0,
    skipped_count   integer NOT NULL DEFAULT 0,
    invalid_count   integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    undone_at       timestamptz
);
CREATE INDEX import_batches_user_idx ON import_batches (user_id, created_at);

CREATE TABLE import_batch_rows (
    batch_id     uuid NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    seq          integer NOT NULL,          -- order of the writes (undone in reverse)
    prospect_id  uuid NOT NULL,             -- no foreign key: the prospect may be deleted since
    action       text NOT NULL CHECK (action IN ('created', 'updated')),
    previous     jsonb,                     -- 'updated': {column: value before the import}
    PRIMARY KEY (batch_id, seq)
);
CREATE INDEX import_batch_rows_prospect_idx ON import_batch_rows (prospect_id);

GRANT SELECT, INSERT, UPDATE ON import_batches TO hector_app;
GRANT SELECT, INSERT ON import_batch_rows TO hector_app;

ALTER TABLE import_batches ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_batches_own ON import_batches FOR ALL TO hector_app
    USING (user_id = hector_user_id())
    WITH CHECK (user_id = hector_user_id());

ALTER TABLE import_batch_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_batch_rows_own ON import_batch_rows FOR ALL TO hector_app
    USING (batch_id IN (SELECT id FROM import_batches))
    WITH CHECK (batch_id IN (SELECT id FROM import_batches));
