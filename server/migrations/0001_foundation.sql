-- Foundation: organisation, entities, users, authentication, audit, prospects (minimal).
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE organizations (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text NOT NULL CHECK (length(trim(name)) > 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Entities form a hierarchy inside an organisation (level 0 = country entity).
CREATE TABLE entities (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    parent_id        uuid REFERENCES entities(id) ON DELETE RESTRICT,
    name             text NOT NULL CHECK (length(trim(name)) > 0),
    country_code     char(2) NOT NULL CHECK (country_code IN ('FR', 'LU', 'BE')),
    level            integer NOT NULL DEFAULT 0 CHECK (level >= 0),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, name)
);

CREATE TABLE users (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email            text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
    password_hash    text,                       -- NULL until an invitation is accepted
    first_name       text NOT NULL DEFAULT '',
    last_name        text NOT NULL DEFAULT '',
    role             text NOT NULL CHECK (role IN ('admin', 'president', 'manager', 'commercial', 'assistant')),
    organization_id  uuid NOT NULL REFERENCES organizations(id),
    entity_id        uuid NOT NULL REFERENCES entities(id),
    active           boolean NOT NULL DEFAULT true,
    last_login_at    timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);

-- One row per signed-in device. Revoking it invalidates its access and refresh tokens at once.
CREATE TABLE auth_sessions (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    remember_me  boolean NOT NULL,
    ip           text,
    user_agent   text,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    revoked_reason text
);
CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id);

-- Refresh tokens are stored as SHA-256 hashes; each is single use (rotation).
CREATE TABLE refresh_tokens (
    token_hash   bytea PRIMARY KEY,
    session_id   uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz
);
CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id);

-- Single-use tokens for password resets (1 h) and invitations (7 days), stored hashed.
CREATE TABLE password_reset_tokens (
    token_hash   bytea PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    ip           text
);

CREATE TABLE invitations (
    token_hash   bytea PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    email        text NOT NULL,
    invited_by   uuid REFERENCES users(id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    accepted_at  timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX invitations_user_idx ON invitations (user_id);

-- Failed-login throttling, keyed 'account:<email>' or 'ip:<address>'.
CREATE TABLE login_throttle (
    key               text PRIMARY KEY,
    failures          integer NOT NULL DEFAULT 0,
    window_started_at timestamptz NOT NULL,
    locked_until      timestamptz
);

CREATE TABLE audit_logs (
    id           bigserial PRIMARY KEY,
    created_at   timestamptz NOT NULL DEFAULT now(),
    user_id      uuid REFERENCES users(id) ON DELETE SET NULL,
    actor_email  text,
    action       text NOT NULL,               -- CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED, LOGOUT, ...
    entity_type  text,
    entity_id    text,
    changes      jsonb,
    ip           text
);
CREATE INDEX audit_logs_created_idx ON audit_logs (created_at);
CREATE INDEX audit_logs_user_idx ON audit_logs (user_id);
CREATE INDEX audit_logs_action_idx ON audit_logs (action);

-- Prospects: the minimal record the demo needs; module 6 (issue #5) extends it.
CREATE TABLE prospects (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_id     uuid NOT NULL REFERENCES entities(id),
    owner_id      uuid REFERENCES users(id) ON DELETE SET NULL,
    company_name  text NOT NULL CHECK (length(trim(company_name)) > 0),
    siren         char(9),
    siret         char(14),
    naf_code      text,
    legal_form    text,
    address       text,
    postcode      text,
    city          text,
    country_code  char(2) NOT NULL CHECK (country_code IN ('FR', 'LU', 'BE')),
    phone         text,
    email         text,
    website       text,
    contact_name  text,
    contact_title text,
    status        text NOT NULL DEFAULT 'nouveau',
    source        text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prospects_entity_idx ON prospects (entity_id);
CREATE INDEX prospects_siren_idx ON prospects (siren);

-- Server-wide secrets generated on first start (JWT signing key), shared by every server process.
CREATE TABLE server_keys (
    name        text PRIMARY KEY,
    value       bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
