-- CRM core (issue #5, modules 6-9 and 11): the full prospect record, appointments (RDV), sales
-- actions and prospect notes. Every table syncs (hector::sync::syncedTables()) and carries the
-- per-field write times of migration 0002.

-- ---------------------------------------------------------------------------------------------
-- Prospects: the rest of a French B2B record
-- ---------------------------------------------------------------------------------------------
ALTER TABLE prospects
    ADD COLUMN mobile_phone      text,
    ADD COLUMN headcount_band    text,   -- INSEE trancheEffectifsUniteLegale code ("00" … "53")
    ADD COLUMN revenue_eur       bigint CHECK (revenue_eur IS NULL OR revenue_eur >= 0),
    ADD COLUMN latitude          double precision CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude         double precision CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    ADD COLUMN qualified_at      timestamptz,
    ADD COLUMN qualified_by      uuid REFERENCES users(id) ON DELETE SET NULL,
    -- written by the enrichment of issue #7 (pending, enriched, failed)
    ADD COLUMN enrichment_status text CHECK (enrichment_status IS NULL
                                             OR enrichment_status IN ('pending', 'enriched', 'failed')),
    ADD COLUMN enrichment_source text,
    ADD COLUMN enriched_at       timestamptz;
CREATE INDEX prospects_status_idx ON prospects (entity_id, status);
CREATE INDEX prospects_siret_idx ON prospects (siret);
CREATE INDEX prospects_owner_idx ON prospects (owner_id);

-- A commercial reads and writes only the appointments and actions they own; the other roles every
-- one of their readable entities (docs/permissions.md).
CREATE FUNCTION hector_may_access_owned(owner uuid) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT hector_role() IN ('admin', 'president', 'manager', 'assistant')
        OR (hector_role() = 'commercial' AND owner IS NOT NULL AND owner = hector_user_id())
    $$;

-- The linked prospect must be one the caller can read (foreign keys ignore row-level security).
CREATE FUNCTION hector_prospect_visible(p uuid) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT p IS NULL OR EXISTS (SELECT 1 FROM prospects WHERE id = p) $$;

-- ---------------------------------------------------------------------------------------------
-- Appointments (module 7)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE rdvs (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_id        uuid NOT NULL REFERENCES entities(id),
    prospect_id      uuid REFERENCES prospects(id) ON DELETE SET NULL,
    owner_id         uuid REFERENCES users(id) ON DELETE SET NULL,
    title            text NOT NULL CHECK (length(trim(title)) > 0),
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    location         text,
    status           text NOT NULL DEFAULT 'planifie' CHECK (status IN ('planifie', 'effectue', 'annule')),
    notes            text,
    reminder_minutes integer CHECK (reminder_minutes IS NULL OR reminder_minutes BETWEEN 0 AND 10080),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    _field_at        jsonb NOT NULL DEFAULT '{}',
    _field_by        jsonb NOT NULL DEFAULT '{}',
    CHECK (ends_at >= starts_at)
);
CREATE INDEX rdvs_entity_idx ON rdvs (entity_id);
CREATE INDEX rdvs_prospect_idx ON rdvs (prospect_id);
CREATE INDEX rdvs_owner_start_idx ON rdvs (owner_id, starts_at);

-- ---------------------------------------------------------------------------------------------
-- Sales actions (module 8)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE actions (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_id     uuid NOT NULL REFERENCES entities(id),
    prospect_id   uuid REFERENCES prospects(id) ON DELETE SET NULL,
    owner_id      uuid REFERENCES users(id) ON DELETE SET NULL,
    type          text NOT NULL CHECK (type IN ('appel', 'email', 'visite', 'devis')),
    status        text NOT NULL DEFAULT 'a_faire' CHECK (status IN ('a_faire', 'en_cours', 'termine')),
    title         text NOT NULL CHECK (length(trim(title)) > 0),
    due_at        timestamptz,
    completed_at  timestamptz,
    notes         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    _field_at     jsonb NOT NULL DEFAULT '{}',
    _field_by     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX actions_entity_idx ON actions (entity_id);
CREATE INDEX actions_prospect_idx ON actions (prospect_id);
CREATE INDEX actions_owner_due_idx ON actions (owner_id, due_at);

-- ---------------------------------------------------------------------------------------------
-- Prospect notes (timeline)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE prospect_notes (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_id    uuid NOT NULL REFERENCES entities(id),
    prospect_id  uuid NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
    author_id    uuid REFERENCES users(id) ON DELETE SET NULL,
    body         text NOT NULL CHECK (length(trim(body)) > 0),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    _field_at    jsonb NOT NULL DEFAULT '{}',
    _field_by    jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX prospect_notes_prospect_idx ON prospect_notes (prospect_id);
CREATE INDEX prospect_notes_entity_idx ON prospect_notes (entity_id);

-- ---------------------------------------------------------------------------------------------
-- Triggers: per-field times, updated_at, change capture
-- ---------------------------------------------------------------------------------------------
CREATE TRIGGER rdvs_stamp_fields BEFORE UPDATE ON rdvs
    FOR EACH ROW EXECUTE FUNCTION hector_stamp_fields();
CREATE TRIGGER rdvs_updated_at BEFORE UPDATE ON rdvs
    FOR EACH ROW EXECUTE FUNCTION hector_touch_updated_at();
CREATE TRIGGER rdvs_sync_capture AFTER INSERT OR UPDATE OR DELETE ON rdvs
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture('entity_id');

CREATE TRIGGER actions_stamp_fields BEFORE UPDATE ON actions
    FOR EACH ROW EXECUTE FUNCTION hector_stamp_fields();
CREATE TRIGGER actions_updated_at BEFORE UPDATE ON actions
    FOR EACH ROW EXECUTE FUNCTION hector_touch_updated_at();
CREATE TRIGGER actions_sync_capture AFTER INSERT OR UPDATE OR DELETE ON actions
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture('entity_id');

CREATE TRIGGER prospect_notes_stamp_fields BEFORE UPDATE ON prospect_notes
    FOR EACH ROW EXECUTE FUNCTION hector_stamp_fields();
CREATE TRIGGER prospect_notes_updated_at BEFORE UPDATE ON prospect_notes
    FOR EACH ROW EXECUTE FUNCTION hector_touch_updated_at();
CREATE TRIGGER prospect_notes_sync_capture AFTER INSERT OR UPDATE OR DELETE ON prospect_notes
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture('entity_id');

-- ---------------------------------------------------------------------------------------------
-- Row-level security
-- ---------------------------------------------------------------------------------------------
GRANT SELECT, INSERT, UPDATE, DELETE ON rdvs, actions, prospect_notes TO hector_app;

ALTER TABLE rdvs ENABLE ROW LEVEL SECURITY;
CREATE POLICY rdvs_read ON rdvs FOR SELECT TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id));
CREATE POLICY rdvs_insert ON rdvs FOR INSERT TO hector_app
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id)
                AND hector_prospect_visible(prospect_id));
CREATE POLICY rdvs_update ON rdvs FOR UPDATE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id))
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id)
                AND hector_prospect_visible(prospect_id));
CREATE POLICY rdvs_delete ON rdvs FOR DELETE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id));

ALTER TABLE actions ENABLE ROW LEVEL SECURITY;
CREATE POLICY actions_read ON actions FOR SELECT TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id));
CREATE POLICY actions_insert ON actions FOR INSERT TO hector_app
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id)
                AND hector_prospect_visible(prospect_id));
CREATE POLICY actions_update ON actions FOR UPDATE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id))
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id)
                AND hector_prospect_visible(prospect_id));
CREATE POLICY actions_delete ON actions FOR DELETE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id));

-- Notes: readable with their prospect's entity; written by their author (any role that reads the
-- prospect); administrators, presidents and managers may also correct or remove them.
ALTER TABLE prospect_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY prospect_notes_read ON prospect_notes FOR SELECT TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()));
CREATE POLICY prospect_notes_insert ON prospect_notes FOR INSERT TO hector_app
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND author_id = hector_user_id()
                AND prospect_id IS NOT NULL AND hector_prospect_visible(prospect_id));
CREATE POLICY prospect_notes_update ON prospect_notes FOR UPDATE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities())
           AND (author_id = hector_user_id() OR hector_role() IN ('admin', 'president', 'manager')))
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_prospect_visible(prospect_id));
CREATE POLICY prospect_notes_delete ON prospect_notes FOR DELETE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities())
           AND (author_id = hector_user_id() OR hector_role() IN ('admin', 'president', 'manager')));
