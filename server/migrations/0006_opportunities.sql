-- Opportunities (issue #6, modules 14 and 24): pipeline, activities, notes, scoring history,
-- notifications, DISC profiles and office positions for the score, teams on the desktop (team
-- dashboards and objectives work offline), and the once-only runs of the cron jobs.

-- ---------------------------------------------------------------------------------------------
-- Inputs of the score kept on existing records
-- ---------------------------------------------------------------------------------------------
ALTER TABLE prospects ADD COLUMN disc_profile text CHECK (disc_profile IS NULL OR disc_profile IN ('D', 'I', 'S', 'C'));
ALTER TABLE users ADD COLUMN disc_profile text CHECK (disc_profile IS NULL OR disc_profile IN ('D', 'I', 'S', 'C'));
-- The office of an entity (agency): the geography factor measures the distance to it.
ALTER TABLE entities
    ADD COLUMN office_latitude  double precision CHECK (office_latitude IS NULL OR office_latitude BETWEEN -90 AND 90),
    ADD COLUMN office_longitude double precision CHECK (office_longitude IS NULL OR office_longitude BETWEEN -180 AND 180);

-- Organisation-wide tables log only changes of their synced columns (migration 0002).
DROP TRIGGER users_sync_capture_update ON users;
CREATE TRIGGER users_sync_capture_update
    AFTER UPDATE ON users
    FOR EACH ROW
    WHEN ((OLD.email, OLD.first_name, OLD.last_name, OLD.role, OLD.entity_id, OLD.active, OLD.disc_profile)
          IS DISTINCT FROM (NEW.email, NEW.first_name, NEW.last_name, NEW.role, NEW.entity_id, NEW.active, NEW.disc_profile))
    EXECUTE FUNCTION hector_sync_capture();
DROP TRIGGER entities_sync_capture_update ON entities;
CREATE TRIGGER entities_sync_capture_update
    AFTER UPDATE ON entities
    FOR EACH ROW
    WHEN ((OLD.organization_id, OLD.parent_id, OLD.name, OLD.country_code, OLD.level, OLD.office_latitude, OLD.office_longitude)
          IS DISTINCT FROM (NEW.organization_id, NEW.parent_id, NEW.name, NEW.country_code, NEW.level, NEW.office_latitude,
                            NEW.office_longitude))
    EXECUTE FUNCTION hector_sync_capture();

-- ---------------------------------------------------------------------------------------------
-- Opportunities
-- ---------------------------------------------------------------------------------------------
CREATE TABLE opportunities (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_id           uuid NOT NULL REFERENCES entities(id),
    prospect_id         uuid REFERENCES prospects(id) ON DELETE SET NULL,
    owner_id            uuid REFERENCES users(id) ON DELETE SET NULL,
    title               text NOT NULL CHECK (length(trim(title)) > 0),
    stage               text NOT NULL DEFAULT 'prospection'
                        CHECK (stage IN ('prospection', 'qualification', 'proposition', 'negociation', 'signature',
                                         'gagne', 'perdu')),
    amount_eur          bigint CHECK (amount_eur IS NULL OR amount_eur >= 0),      -- one-off (installation)
    monthly_eur         bigint CHECK (monthly_eur IS NULL OR monthly_eur >= 0),    -- recurring (MRR)
    probability         integer CHECK (probability IS NULL OR probability BETWEEN 0 AND 100),
    expected_close_at   timestamptz,
    closed_at           timestamptz,
    lost_reason         text,
    shared_connections  integer CHECK (shared_connections IS NULL OR shared_connections >= 0),
    last_activity_at    timestamptz,
    stage_changed_at    timestamptz,
    -- written by the server's daily scoring (docs/scoring.md); clients compute the same live
    score               integer CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    temperature         text CHECK (temperature IS NULL OR temperature IN ('HOT', 'WARM', 'COLD')),
    scored_at           timestamptz,
    -- written by the 09:00 stagnation job: inactive for more than 30 days since then
    stagnant_since      timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    _field_at           jsonb NOT NULL DEFAULT '{}',
    _field_by           jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX opportunities_entity_idx ON opportunities (entity_id);
CREATE INDEX opportunities_prospect_idx ON opportunities (prospect_id);
CREATE INDEX opportunities_owner_stage_idx ON opportunities (owner_id, stage);

-- Activities of an opportunity: outgoing (we called, wrote, visited) and incoming (the prospect
-- answered). The reactivity factor measures the delay between them.
CREATE TABLE opportunity_activities (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_id       uuid NOT NULL REFERENCES entities(id),
    opportunity_id  uuid NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    author_id       uuid REFERENCES users(id) ON DELETE SET NULL,
    kind            text NOT NULL CHECK (kind IN ('appel', 'email', 'rdv', 'devis', 'autre')),
    direction       text NOT NULL CHECK (direction IN ('sortant', 'entrant')),
    occurred_at     timestamptz NOT NULL,
    summary         text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    _field_at       jsonb NOT NULL DEFAULT '{}',
    _field_by       jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX opportunity_activities_opp_idx ON opportunity_activities (opportunity_id, occurred_at);
CREATE INDEX opportunity_activities_entity_idx ON opportunity_activities (entity_id);

CREATE TABLE opportunity_notes (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_id       uuid NOT NULL REFERENCES entities(id),
    opportunity_id  uuid NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    author_id       uuid REFERENCES users(id) ON DELETE SET NULL,
    body            text NOT NULL CHECK (length(trim(body)) > 0),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    _field_at       jsonb NOT NULL DEFAULT '{}',
    _field_by       jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX opportunity_notes_opp_idx ON opportunity_notes (opportunity_id);
CREATE INDEX opportunity_notes_entity_idx ON opportunity_notes (entity_id);

-- One row per computation by the server (daily job or manual trigger); read-only for clients.
CREATE TABLE scoring_history (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_id       uuid NOT NULL REFERENCES entities(id),
    opportunity_id  uuid NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    score           integer NOT NULL CHECK (score BETWEEN 0 AND 100),
    temperature     text NOT NULL CHECK (temperature IN ('HOT', 'WARM', 'COLD')),
    factors         text NOT NULL,   -- JSON array of {key, points, max, reason, neutral}
    source          text NOT NULL CHECK (source IN ('cron', 'manual')),
    computed_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scoring_history_opp_idx ON scoring_history (opportunity_id, computed_at);
CREATE INDEX scoring_history_entity_idx ON scoring_history (entity_id);

-- Notifications to one user (stagnation today). Synced with the user's entity as scope; only the
-- recipient reads them and may only mark them read.
CREATE TABLE notifications (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_id      uuid NOT NULL REFERENCES entities(id),
    user_id        uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind           text NOT NULL CHECK (kind IN ('stagnation')),
    title          text NOT NULL,
    body           text,
    related_table  text,
    related_id     uuid,
    read_at        timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    _field_at      jsonb NOT NULL DEFAULT '{}',
    _field_by      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at);
CREATE INDEX notifications_entity_idx ON notifications (entity_id);
-- One stagnation notice per opportunity and day, whichever server process runs the job.
CREATE UNIQUE INDEX notifications_once_idx ON notifications (kind, related_id, user_id, ((created_at AT TIME ZONE 'UTC')::date));

-- ---------------------------------------------------------------------------------------------
-- Teams on the desktop: ids for team_members / team_objectives and their organisation, so they
-- sync as organisation-wide tables (their own row-level policies decide who reads them).
-- ---------------------------------------------------------------------------------------------
ALTER TABLE team_members
    ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    ADD COLUMN organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE;
ALTER TABLE team_objectives
    ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    ADD COLUMN organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE;
UPDATE team_members m SET organization_id = t.organization_id FROM teams t WHERE t.id = m.team_id;
UPDATE team_objectives o SET organization_id = t.organization_id FROM teams t WHERE t.id = o.team_id;
ALTER TABLE team_members ALTER COLUMN organization_id SET NOT NULL;
ALTER TABLE team_objectives ALTER COLUMN organization_id SET NOT NULL;

CREATE FUNCTION hector_team_organization() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$
BEGIN
    SELECT t.organization_id INTO NEW.organization_id FROM teams t WHERE t.id = NEW.team_id;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION hector_team_organization() FROM PUBLIC;
CREATE TRIGGER team_members_organization BEFORE INSERT OR UPDATE OF team_id ON team_members
    FOR EACH ROW EXECUTE FUNCTION hector_team_organization();
CREATE TRIGGER team_objectives_organization BEFORE INSERT OR UPDATE OF team_id ON team_objectives
    FOR EACH ROW EXECUTE FUNCTION hector_team_organization();

CREATE TRIGGER teams_sync_capture AFTER INSERT OR UPDATE OR DELETE ON teams
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture();
CREATE TRIGGER team_members_sync_capture AFTER INSERT OR UPDATE OR DELETE ON team_members
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture();
CREATE TRIGGER team_objectives_sync_capture AFTER INSERT OR UPDATE OR DELETE ON team_objectives
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture();

-- ---------------------------------------------------------------------------------------------
-- Triggers of the new synced tables
-- ---------------------------------------------------------------------------------------------
CREATE TRIGGER opportunities_stamp_fields BEFORE UPDATE ON opportunities
    FOR EACH ROW EXECUTE FUNCTION hector_stamp_fields();
CREATE TRIGGER opportunities_updated_at BEFORE UPDATE ON opportunities
    FOR EACH ROW EXECUTE FUNCTION hector_touch_updated_at();
CREATE TRIGGER opportunities_sync_capture AFTER INSERT OR UPDATE OR DELETE ON opportunities
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture('entity_id');

CREATE TRIGGER opportunity_activities_stamp_fields BEFORE UPDATE ON opportunity_activities
    FOR EACH ROW EXECUTE FUNCTION hector_stamp_fields();
CREATE TRIGGER opportunity_activities_updated_at BEFORE UPDATE ON opportunity_activities
    FOR EACH ROW EXECUTE FUNCTION hector_touch_updated_at();
CREATE TRIGGER opportunity_activities_sync_capture AFTER INSERT OR UPDATE OR DELETE ON opportunity_activities
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture('entity_id');

CREATE TRIGGER opportunity_notes_stamp_fields BEFORE UPDATE ON opportunity_notes
    FOR EACH ROW EXECUTE FUNCTION hector_stamp_fields();
CREATE TRIGGER opportunity_notes_updated_at BEFORE UPDATE ON opportunity_notes
    FOR EACH ROW EXECUTE FUNCTION hector_touch_updated_at();
CREATE TRIGGER opportunity_notes_sync_capture AFTER INSERT OR UPDATE OR DELETE ON opportunity_notes
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture('entity_id');

CREATE TRIGGER scoring_history_sync_capture AFTER INSERT OR UPDATE OR DELETE ON scoring_history
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture('entity_id');

CREATE TRIGGER notifications_stamp_fields BEFORE UPDATE ON notifications
    FOR EACH ROW EXECUTE FUNCTION hector_stamp_fields();
CREATE TRIGGER notifications_updated_at BEFORE UPDATE ON notifications
    FOR EACH ROW EXECUTE FUNCTION hector_touch_updated_at();
CREATE TRIGGER notifications_sync_capture AFTER INSERT OR UPDATE OR DELETE ON notifications
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture('entity_id');

-- ---------------------------------------------------------------------------------------------
-- Row-level security
-- ---------------------------------------------------------------------------------------------
GRANT SELECT, INSERT, UPDATE, DELETE ON opportunities, opportunity_activities, opportunity_notes TO hector_app;
GRANT SELECT ON scoring_history TO hector_app;
GRANT SELECT ON notifications TO hector_app;
GRANT UPDATE (read_at, _field_at, _field_by) ON notifications TO hector_app;

-- Opportunities follow the rule of RDV and actions: a commercial has only their own.
ALTER TABLE opportunities ENABLE ROW LEVEL SECURITY;
CREATE POLICY opportunities_read ON opportunities FOR SELECT TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id));
CREATE POLICY opportunities_insert ON opportunities FOR INSERT TO hector_app
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id)
                AND hector_prospect_visible(prospect_id));
CREATE POLICY opportunities_update ON opportunities FOR UPDATE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id))
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id)
                AND hector_prospect_visible(prospect_id));
CREATE POLICY opportunities_delete ON opportunities FOR DELETE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_may_access_owned(owner_id));

-- Rows that belong to an opportunity are visible with it (the policy of opportunities applies
-- inside the sub-query).
CREATE FUNCTION hector_opportunity_visible(o uuid) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT EXISTS (SELECT 1 FROM opportunities WHERE id = o) $$;

ALTER TABLE opportunity_activities ENABLE ROW LEVEL SECURITY;
CREATE POLICY opportunity_activities_read ON opportunity_activities FOR SELECT TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_opportunity_visible(opportunity_id));
CREATE POLICY opportunity_activities_insert ON opportunity_activities FOR INSERT TO hector_app
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_opportunity_visible(opportunity_id)
                AND author_id = hector_user_id());
CREATE POLICY opportunity_activities_update ON opportunity_activities FOR UPDATE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_opportunity_visible(opportunity_id)
           AND (author_id = hector_user_id() OR hector_role() IN ('admin', 'president', 'manager')))
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_opportunity_visible(opportunity_id));
CREATE POLICY opportunity_activities_delete ON opportunity_activities FOR DELETE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_opportunity_visible(opportunity_id)
           AND (author_id = hector_user_id() OR hector_role() IN ('admin', 'president', 'manager')));

ALTER TABLE opportunity_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY opportunity_notes_read ON opportunity_notes FOR SELECT TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_opportunity_visible(opportunity_id));
CREATE POLICY opportunity_notes_insert ON opportunity_notes FOR INSERT TO hector_app
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_opportunity_visible(opportunity_id)
                AND author_id = hector_user_id());
CREATE POLICY opportunity_notes_update ON opportunity_notes FOR UPDATE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_opportunity_visible(opportunity_id)
           AND (author_id = hector_user_id() OR hector_role() IN ('admin', 'president', 'manager')))
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_opportunity_visible(opportunity_id));
CREATE POLICY opportunity_notes_delete ON opportunity_notes FOR DELETE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_opportunity_visible(opportunity_id)
           AND (author_id = hector_user_id() OR hector_role() IN ('admin', 'president', 'manager')));

ALTER TABLE scoring_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY scoring_history_read ON scoring_history FOR SELECT TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_opportunity_visible(opportunity_id));

ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY notifications_read ON notifications FOR SELECT TO hector_app
    USING (user_id = hector_user_id());
CREATE POLICY notifications_update ON notifications FOR UPDATE TO hector_app
    USING (user_id = hector_user_id()) WITH CHECK (user_id = hector_user_id());

-- ---------------------------------------------------------------------------------------------
-- Cron: each scheduled run is claimed once (the unique key), whichever server process fires it
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cron_runs (
    id             bigserial PRIMARY KEY,
    job            text NOT NULL,
    scheduled_for  timestamptz NOT NULL,
    trigger        text NOT NULL DEFAULT 'schedule' CHECK (trigger IN ('schedule', 'manual')),
    started_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    status         text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
    detail         jsonb NOT NULL DEFAULT '{}',
    host           text
);
CREATE UNIQUE INDEX cron_runs_once_idx ON cron_runs (job, scheduled_for) WHERE trigger = 'schedule';
-- Owner-only (the scheduler runs on the owner connection); administrators read it through the
-- service layer.
