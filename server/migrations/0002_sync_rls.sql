-- Sync engine (issue #3): runtime role without BYPASSRLS, row-level security, change capture,
-- per-field write times, conflict history, idempotent push bookkeeping.
--
-- The server runs its requests as `hector_app`; migrations and the demo seeder run as the owner
-- (the role that owns the tables, which row-level security does not restrict). Every request of a
-- signed-in user runs in a transaction that sets the user's context (Database::transactionAs):
--   hector.user_id, hector.role, hector.entity_id, hector.organization_id
-- Authentication itself (login, refresh, session checks) runs without a context: that "system"
-- path may read the user directory but sees no prospect, history or change-log row.

-- ---------------------------------------------------------------------------------------------
-- Runtime role (roles are cluster-wide: created once, checked every time)
-- ---------------------------------------------------------------------------------------------
DO $$
DECLARE
    r pg_roles%ROWTYPE;
BEGIN
    SELECT * INTO r FROM pg_roles WHERE rolname = 'hector_app';
    IF NOT FOUND THEN
        CREATE ROLE hector_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION;
    ELSIF r.rolsuper OR r.rolbypassrls THEN
        RAISE EXCEPTION 'the role hector_app exists with SUPERUSER or BYPASSRLS: row-level security '
                        'would not apply; remove these attributes (ALTER ROLE hector_app NOSUPERUSER NOBYPASSRLS)';
    END IF;
    -- Lets an owner connection `SET ROLE hector_app` (external databases without database_app_url).
    IF NOT pg_has_role(current_user, 'hector_app', 'MEMBER') THEN
        EXECUTE format('GRANT hector_app TO %I', current_user);
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO hector_app;
GRANT SELECT ON organizations, entities TO hector_app;
GRANT SELECT, INSERT, UPDATE ON users TO hector_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON auth_sessions, refresh_tokens, password_reset_tokens,
    invitations, login_throttle TO hector_app;
-- The audit trail is append-only for the application.
GRANT SELECT, INSERT ON audit_logs TO hector_app;
GRANT USAGE ON SEQUENCE audit_logs_id_seq TO hector_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON prospects TO hector_app;
-- server_keys (JWT signing key) and schema_migrations stay owner-only.

-- ---------------------------------------------------------------------------------------------
-- Caller context
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION hector_user_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT NULLIF(current_setting('hector.user_id', true), '')::uuid $$;

CREATE FUNCTION hector_role() RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT NULLIF(current_setting('hector.role', true), '') $$;

CREATE FUNCTION hector_entity_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT NULLIF(current_setting('hector.entity_id', true), '')::uuid $$;

CREATE FUNCTION hector_org_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT NULLIF(current_setting('hector.organization_id', true), '')::uuid $$;

-- Entities whose records the caller may read: admin and president every entity of their
-- organisation; manager, commercial and assistant their entity and its descendants.
-- Without a context: none.
CREATE FUNCTION hector_readable_entities() RETURNS SETOF uuid
    LANGUAGE sql STABLE PARALLEL SAFE ROWS 10
    AS $$
    WITH RECURSIVE scope(id) AS (
        SELECT e.id FROM entities e
         WHERE e.organization_id = hector_org_id()
           AND (hector_role() IN ('admin', 'president')
                OR (hector_role() IN ('manager', 'commercial', 'assistant') AND e.id = hector_entity_id()))
        UNION
        SELECT c.id FROM entities c JOIN scope s ON c.parent_id = s.id
         WHERE c.organization_id = hector_org_id()
    )
    SELECT id FROM scope
    $$;

-- May the caller modify this prospect (in addition to reading its entity)? Permission matrix of
-- issue #4 will refine this; for now a commercial only modifies the prospects they own.
CREATE FUNCTION hector_may_modify_prospect(owner uuid) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT hector_role() IN ('admin', 'president', 'manager', 'assistant')
        OR (hector_role() = 'commercial' AND owner IS NOT NULL AND owner = hector_user_id())
    $$;

-- ---------------------------------------------------------------------------------------------
-- Row-level security
-- ---------------------------------------------------------------------------------------------
-- Organisation-wide tables: a user context sees its own organisation only; the authentication
-- path (no context) sees the directory (login by email, session checks).
ALTER TABLE entities ENABLE ROW LEVEL SECURITY;
CREATE POLICY entities_read ON entities FOR SELECT TO hector_app
    USING (hector_org_id() IS NULL OR organization_id = hector_org_id());

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_read ON users FOR SELECT TO hector_app
    USING (hector_org_id() IS NULL OR organization_id = hector_org_id());
CREATE POLICY users_insert ON users FOR INSERT TO hector_app
    WITH CHECK (hector_org_id() IS NULL OR organization_id = hector_org_id());
CREATE POLICY users_update ON users FOR UPDATE TO hector_app
    USING (hector_org_id() IS NULL OR organization_id = hector_org_id())
    WITH CHECK (hector_org_id() IS NULL OR organization_id = hector_org_id());

-- Prospects: nothing without a context.
ALTER TABLE prospects ENABLE ROW LEVEL SECURITY;
CREATE POLICY prospects_read ON prospects FOR SELECT TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()));
CREATE POLICY prospects_insert ON prospects FOR INSERT TO hector_app
    WITH CHECK (entity_id IN (SELECT hector_readable_entities())
                AND hector_role() IN ('admin', 'president', 'manager', 'commercial', 'assistant'));
CREATE POLICY prospects_update ON prospects FOR UPDATE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_may_modify_prospect(owner_id))
    WITH CHECK (entity_id IN (SELECT hector_readable_entities()) AND hector_may_modify_prospect(owner_id));
CREATE POLICY prospects_delete ON prospects FOR DELETE TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()) AND hector_may_modify_prospect(owner_id));

-- ---------------------------------------------------------------------------------------------
-- Per-field write times (last writer wins, field by field)
-- ---------------------------------------------------------------------------------------------
-- _field_at: column -> ISO-8601 time of the value's write; _field_by: column -> writer's user id.
-- A column absent from _field_at was written when the row was created.
ALTER TABLE prospects
    ADD COLUMN _field_at jsonb NOT NULL DEFAULT '{}',
    ADD COLUMN _field_by jsonb NOT NULL DEFAULT '{}';

-- Keeps _field_at/_field_by right for every writer: a changed column whose time the writer did not
-- set itself (any path other than the sync push) is stamped with now() and the caller.
CREATE FUNCTION hector_stamp_fields() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    stamp jsonb := to_jsonb(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
    writer jsonb := to_jsonb(hector_user_id());
    changed text[];
BEGIN
    SELECT array_agg(n.key) INTO changed
      FROM jsonb_each(to_jsonb(NEW)) n
      JOIN jsonb_each(to_jsonb(OLD)) o USING (key)
     WHERE n.value IS DISTINCT FROM o.value
       AND n.key NOT IN ('id', 'created_at', 'updated_at', '_field_at', '_field_by')
       AND (NEW._field_at -> n.key) IS NOT DISTINCT FROM (OLD._field_at -> n.key);
    IF changed IS NOT NULL THEN
        SELECT NEW._field_at || jsonb_object_agg(c, stamp), NEW._field_by || jsonb_object_agg(c, writer)
          INTO NEW._field_at, NEW._field_by
          FROM unnest(changed) c;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER prospects_stamp_fields BEFORE UPDATE ON prospects
    FOR EACH ROW EXECUTE FUNCTION hector_stamp_fields();

CREATE FUNCTION hector_touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER prospects_updated_at BEFORE UPDATE ON prospects
    FOR EACH ROW EXECUTE FUNCTION hector_touch_updated_at();

-- ---------------------------------------------------------------------------------------------
-- Conflict history (synced, read-only for clients)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE record_history (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_id     uuid NOT NULL REFERENCES entities(id),
    table_name    text NOT NULL,
    row_id        uuid NOT NULL,
    field         text NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('conflict')),
    kept_value    text,
    lost_value    text,
    kept_user_id  uuid REFERENCES users(id) ON DELETE SET NULL,
    lost_user_id  uuid REFERENCES users(id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX record_history_row_idx ON record_history (table_name, row_id);
CREATE INDEX record_history_entity_idx ON record_history (entity_id);
GRANT SELECT, INSERT ON record_history TO hector_app;
ALTER TABLE record_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY record_history_read ON record_history FOR SELECT TO hector_app
    USING (entity_id IN (SELECT hector_readable_entities()));
CREATE POLICY record_history_insert ON record_history FOR INSERT TO hector_app
    WITH CHECK (entity_id IN (SELECT hector_readable_entities())
                AND (kept_user_id = hector_user_id() OR lost_user_id = hector_user_id()));

-- ---------------------------------------------------------------------------------------------
-- Change log
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE sync_log_seq;
CREATE TABLE sync_log (
    xid              xid8 NOT NULL,
    seq              bigint NOT NULL,
    table_name       text NOT NULL,
    row_id           uuid NOT NULL,
    op               char(1) NOT NULL CHECK (op IN ('I', 'U', 'D')),
    old_entity_id    uuid,
    new_entity_id    uuid,
    organization_id  uuid,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX sync_log_cursor_idx ON sync_log (xid, seq);
CREATE INDEX sync_log_row_idx ON sync_log (row_id);
-- Read-only for the application: rows are written by the capture trigger only (SECURITY DEFINER).
GRANT SELECT ON sync_log TO hector_app;
ALTER TABLE sync_log ENABLE ROW LEVEL SECURITY;
-- A user sees a change when they may read its old or its new scope (so a record moved out of
-- their entity reaches them, as a delete), or, for organisation-wide tables, their organisation.
CREATE POLICY sync_log_read ON sync_log FOR SELECT TO hector_app
    USING (old_entity_id IN (SELECT hector_readable_entities())
           OR new_entity_id IN (SELECT hector_readable_entities())
           OR (old_entity_id IS NULL AND new_entity_id IS NULL AND organization_id = hector_org_id()));

-- AFTER INSERT/UPDATE/DELETE FOR EACH ROW. TG_ARGV[0]: the scope column (entity id); no argument
-- for organisation-wide tables, which must have an organization_id column.
CREATE FUNCTION hector_sync_capture() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    old_scope uuid;
    new_scope uuid;
    org uuid;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW);
    END IF;
    IF TG_NARGS > 0 THEN
        old_scope := (old_row ->> TG_ARGV[0])::uuid;
        new_scope := (new_row ->> TG_ARGV[0])::uuid;
        SELECT e.organization_id INTO org FROM entities e WHERE e.id = coalesce(new_scope, old_scope);
    ELSE
        org := (coalesce(new_row, old_row) ->> 'organization_id')::uuid;
    END IF;
    INSERT INTO sync_log (xid, seq, table_name, row_id, op, old_entity_id, new_entity_id, organization_id)
    VALUES (pg_current_xact_id(), nextval('sync_log_seq'), TG_TABLE_NAME,
            (coalesce(new_row, old_row) ->> 'id')::uuid, left(TG_OP, 1), old_scope, new_scope, org);
    PERFORM pg_notify('hector_sync', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION hector_sync_capture() FROM PUBLIC;

-- Was this row deleted (ever)? Deletes win: a later update of the id is refused, and an id is
-- never reused. Answers for any row, whatever the caller may read: it reveals no content.
CREATE FUNCTION hector_sync_deleted(p_table text, p_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$ SELECT EXISTS (SELECT 1 FROM sync_log WHERE row_id = p_id AND table_name = p_table AND op = 'D') $$;
REVOKE ALL ON FUNCTION hector_sync_deleted(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hector_sync_deleted(text, uuid) TO hector_app;

-- Does this row exist, whoever may read it? Lets a push answer `forbidden` for an id the caller
-- cannot see instead of trying to create it. Only for tables that have the capture trigger.
CREATE FUNCTION hector_sync_row_exists(p_table text, p_id uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    found boolean;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                    WHERE t.tgrelid = to_regclass(format('public.%I', p_table))
                      AND p.proname = 'hector_sync_capture') THEN
        RAISE EXCEPTION 'not a synced table: %', p_table USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM public.%I WHERE id = $1)', p_table) INTO found USING p_id;
    RETURN found;
END
$$;
REVOKE ALL ON FUNCTION hector_sync_row_exists(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hector_sync_row_exists(text, uuid) TO hector_app;

-- Every table of hector::sync::syncedTables() (core/sync/SyncSchema.cpp). Organisation-wide
-- tables log only changes of their synced columns.
CREATE TRIGGER entities_sync_capture
    AFTER INSERT OR DELETE ON entities
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture();
CREATE TRIGGER entities_sync_capture_update
    AFTER UPDATE ON entities
    FOR EACH ROW
    WHEN ((OLD.organization_id, OLD.parent_id, OLD.name, OLD.country_code, OLD.level)
          IS DISTINCT FROM (NEW.organization_id, NEW.parent_id, NEW.name, NEW.country_code, NEW.level))
    EXECUTE FUNCTION hector_sync_capture();

CREATE TRIGGER users_sync_capture
    AFTER INSERT OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture();
CREATE TRIGGER users_sync_capture_update
    AFTER UPDATE ON users
    FOR EACH ROW
    WHEN ((OLD.email, OLD.first_name, OLD.last_name, OLD.role, OLD.entity_id, OLD.active)
          IS DISTINCT FROM (NEW.email, NEW.first_name, NEW.last_name, NEW.role, NEW.entity_id, NEW.active))
    EXECUTE FUNCTION hector_sync_capture();

CREATE TRIGGER prospects_sync_capture
    AFTER INSERT OR UPDATE OR DELETE ON prospects
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture('entity_id');

CREATE TRIGGER record_history_sync_capture
    AFTER INSERT OR UPDATE OR DELETE ON record_history
    FOR EACH ROW EXECUTE FUNCTION hector_sync_capture('entity_id');

-- ---------------------------------------------------------------------------------------------
-- Scope versions: a user's readable set changed -> their replica must be rebuilt
-- ---------------------------------------------------------------------------------------------
ALTER TABLE users ADD COLUMN scope_version bigint NOT NULL DEFAULT 1;

CREATE FUNCTION hector_bump_scope_version() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF (NEW.role, NEW.entity_id, NEW.active, NEW.organization_id)
       IS DISTINCT FROM (OLD.role, OLD.entity_id, OLD.active, OLD.organization_id) THEN
        NEW.scope_version := OLD.scope_version + 1;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER users_scope_version BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION hector_bump_scope_version();

-- Moving an entity in the hierarchy changes what every member of the organisation may read.
CREATE FUNCTION hector_entities_moved() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$
BEGIN
    UPDATE users SET scope_version = scope_version + 1
     WHERE organization_id IN (OLD.organization_id, NEW.organization_id);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION hector_entities_moved() FROM PUBLIC;
CREATE TRIGGER entities_scope_moved
    AFTER UPDATE ON entities
    FOR EACH ROW
    WHEN ((OLD.parent_id, OLD.organization_id) IS DISTINCT FROM (NEW.parent_id, NEW.organization_id))
    EXECUTE FUNCTION hector_entities_moved();

-- ---------------------------------------------------------------------------------------------
-- Push bookkeeping: one row per client replica, bound to the first user that used it
-- ---------------------------------------------------------------------------------------------
CREATE TABLE sync_clients (
    client_id         uuid PRIMARY KEY,
    user_id           uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    last_mutation_id  bigint NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    last_seen_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_clients_user_idx ON sync_clients (user_id);
GRANT SELECT, INSERT, UPDATE ON sync_clients TO hector_app;
ALTER TABLE sync_clients ENABLE ROW LEVEL SECURITY;
CREATE POLICY sync_clients_own ON sync_clients FOR ALL TO hector_app
    USING (user_id = hector_user_id())
    WITH CHECK (user_id = hector_user_id());
