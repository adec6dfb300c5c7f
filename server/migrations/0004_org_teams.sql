-- Administration of the organisation (module 3: organisation and entities) and teams (module 4).
--
-- Writes to organisations and entities are for admins of the organisation; teams are managed by
-- admins (whole organisation) and managers (teams of their entity and its descendants). Every
-- policy keys on the caller's context (Database::transactionAs), like migration 0002.

-- ---------------------------------------------------------------------------------------------
-- Organisation and entities: admin writes
-- ---------------------------------------------------------------------------------------------
GRANT UPDATE ON organizations TO hector_app;
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
-- The authentication path (no context) reads the organisation of the user signing in.
CREATE POLICY organizations_read ON organizations FOR SELECT TO hector_app
    USING (hector_org_id() IS NULL OR id = hector_org_id());
CREATE POLICY organizations_update ON organizations FOR UPDATE TO hector_app
    USING (id = hector_org_id() AND hector_role() = 'admin')
    WITH CHECK (id = hector_org_id() AND hector_role() = 'admin');
CREATE TRIGGER organizations_updated_at BEFORE UPDATE ON organizations
    FOR EACH ROW EXECUTE FUNCTION hector_touch_updated_at();

GRANT INSERT, UPDATE, DELETE ON entities TO hector_app;
CREATE POLICY entities_insert ON entities FOR INSERT TO hector_app
    WITH CHECK (organization_id = hector_org_id() AND hector_role() = 'admin');
CREATE POLICY entities_update ON entities FOR UPDATE TO hector_app
    USING (organization_id = hector_org_id() AND hector_role() = 'admin')
    WITH CHECK (organization_id = hector_org_id() AND hector_role() = 'admin');
CREATE POLICY entities_delete ON entities FOR DELETE TO hector_app
    USING (organization_id = hector_org_id() AND hector_role() = 'admin');
CREATE TRIGGER entities_updated_at BEFORE UPDATE ON entities
    FOR EACH ROW EXECUTE FUNCTION hector_touch_updated_at();

-- ---------------------------------------------------------------------------------------------
-- Teams
-- ---------------------------------------------------------------------------------------------
CREATE TABLE teams (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    entity_id        uuid NOT NULL REFERENCES entities(id) ON DELETE RESTRICT,
    parent_team_id   uuid REFERENCES teams(id) ON DELETE RESTRICT,
    name             text NOT NULL CHECK (length(trim(name)) > 0),
    manager_id       uuid REFERENCES users(id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (parent_team_id IS NULL OR parent_team_id <> id),
    UNIQUE (organization_id, name)
);
CREATE INDEX teams_entity_idx ON teams (entity_id);
CREATE INDEX teams_parent_idx ON teams (parent_team_id);
CREATE TRIGGER teams_updated_at BEFORE UPDATE ON teams
    FOR EACH ROW EXECUTE FUNCTION hector_touch_updated_at();

CREATE TABLE team_members (
    team_id     uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role        text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'lead')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user_idx ON team_members (user_id);

-- Monthly objectives; `month` is the first day of the month.
CREATE TABLE team_objectives (
    team_id           uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    month             date NOT NULL CHECK (extract(day FROM month) = 1),
    revenue_eur       numeric(14, 2) NOT NULL DEFAULT 0 CHECK (revenue_eur >= 0),
    rdv_count         integer NOT NULL DEFAULT 0 CHECK (rdv_count >= 0),
    signatures_count  integer NOT NULL DEFAULT 0 CHECK (signatures_count >= 0),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, month)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON teams, team_members, team_objectives TO hector_app;

-- Teams the caller belongs to (SECURITY DEFINER: the teams policy cannot query team_members
-- under its own policy without recursing).
CREATE FUNCTION hector_member_teams() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$ SELECT team_id FROM team_members WHERE user_id = hector_user_id() $$;
REVOKE ALL ON FUNCTION hector_member_teams() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hector_member_teams() TO hector_app;

-- May the caller manage teams of this entity? Admin: any entity of their organisation; manager:
-- their entity and its descendants.
CREATE FUNCTION hector_may_manage_teams_of(p_entity uuid) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT (hector_role() = 'admin'
            OR (hector_role() = 'manager' AND p_entity IN (SELECT hector_readable_entities())))
       AND EXISTS (SELECT 1 FROM entities e WHERE e.id = p_entity AND e.organization_id = hector_org_id())
    $$;

ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
-- Read: admin and president the organisation; manager the teams of their entities; everyone
-- the teams they belong to.
CREATE POLICY teams_read ON teams FOR SELECT TO hector_app
    USING (organization_id = hector_org_id()
           AND (hector_role() IN ('admin', 'president')
                OR (hector_role() = 'manager' AND entity_id IN (SELECT hector_readable_entities()))
                OR id IN (SELECT hector_member_teams())));
CREATE POLICY teams_insert ON teams FOR INSERT TO hector_app
    WITH CHECK (organization_id = hector_org_id() AND hector_may_manage_teams_of(entity_id));
CREATE POLICY teams_update ON teams FOR UPDATE TO hector_app
    USING (organization_id = hector_org_id() AND hector_may_manage_teams_of(entity_id))
    WITH CHECK (organization_id = hector_org_id() AND hector_may_manage_teams_of(entity_id));
CREATE POLICY teams_delete ON teams FOR DELETE TO hector_app
    USING (organization_id = hector_org_id() AND hector_may_manage_teams_of(entity_id));

-- Members and objectives follow their team: readable with it, written by who manages it.
ALTER TABLE team_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_members_read ON team_members FOR SELECT TO hector_app
    USING (team_id IN (SELECT id FROM teams));
CREATE POLICY team_members_write ON team_members FOR ALL TO hector_app
    USING (team_id IN (SELECT t.id FROM teams t WHERE hector_may_manage_teams_of(t.entity_id)))
    WITH CHECK (team_id IN (SELECT t.id FROM teams t WHERE hector_may_manage_teams_of(t.entity_id)));

ALTER TABLE team_objectives ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_objectives_read ON team_objectives FOR SELECT TO hector_app
    USING (team_id IN (SELECT id FROM teams));
CREATE POLICY team_objectives_write ON team_objectives FOR ALL TO hector_app
    USING (team_id IN (SELECT t.id FROM teams t WHERE hector_may_manage_teams_of(t.entity_id)))
    WITH CHECK (team_id IN (SELECT t.id FROM teams t WHERE hector_may_manage_teams_of(t.entity_id)));
