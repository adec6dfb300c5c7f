-- Issue #8 (business-card OCR) and module 25 (OCR monitoring): one row per recognition attempt,
-- whatever the engine: Claude Vision calls are recorded by the server, local Tesseract runs are
-- reported by the desktop client (POST /api/ocr/events, idempotent on the client's id).
CREATE TABLE ocr_requests (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    entity_id        uuid REFERENCES entities(id) ON DELETE SET NULL,
    user_id          uuid REFERENCES users(id) ON DELETE SET NULL,
    engine           text NOT NULL CHECK (engine IN ('tesseract', 'claude')),
    status           text NOT NULL CHECK (status IN ('success', 'failure')),
    error_type       text CHECK (error_type IS NULL OR error_type ~ '^[a-z_]{1,40}$'),
    duration_ms      integer NOT NULL CHECK (duration_ms >= 0),
    fields_found     smallint CHECK (fields_found IS NULL OR fields_found BETWEEN 0 AND 20),
    confidence       real CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 100),
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'success') = (error_type IS NULL))
);
CREATE INDEX ocr_requests_org_time_idx ON ocr_requests (organization_id, created_at);
CREATE INDEX ocr_requests_entity_idx ON ocr_requests (entity_id);

GRANT SELECT, INSERT ON ocr_requests TO hector_app;

-- Read: administrators and presidents their organisation; managers the rows of their readable
-- entities; anyone their own rows. Insert: only as oneself, in one's organisation, into a readable
-- entity (or none). Never updated or deleted through hector_app.
ALTER TABLE ocr_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY ocr_requests_read ON ocr_requests FOR SELECT TO hector_app
    USING (organization_id = hector_org_id()
           AND (hector_role() IN ('admin', 'president')
                OR (hector_role() = 'manager' AND entity_id IN (SELECT hector_readable_entities()))
                OR user_id = hector_user_id()));
CREATE POLICY ocr_requests_insert ON ocr_requests FOR INSERT TO hector_app
    WITH CHECK (organization_id = hector_org_id()
                AND user_id = hector_user_id()
                AND (entity_id IS NULL OR entity_id IN (SELECT hector_readable_entities())));
