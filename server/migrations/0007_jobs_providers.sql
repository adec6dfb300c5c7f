-- Issue #7 (modules 13, 16, 17, 26): durable job queue, schedules with an enabled flag, provider
-- quotas / usage / incidents, geocoding cache and the app-wide Nominatim gate, and the enrichment
-- provenance of prospects (synced, sync schema 4). Every table here is owner-only: the server
-- processes use them on the owner connection; administrators reach them through the services.

-- ---------------------------------------------------------------------------------------------
-- Prospects: per-field provenance of the enrichment and the source of the coordinates
-- ---------------------------------------------------------------------------------------------
ALTER TABLE prospects
    -- {"<column>": {"source": "insee"|"pappers", "at": ISO-8601, "value": ...}}
    ADD COLUMN enrichment_provenance jsonb,
    ADD COLUMN geocode_source text CHECK (geocode_source IS NULL
                                          OR geocode_source IN ('google', 'nominatim', 'centroid', 'cache')),
    -- last attempt (success or failure): the 30-day cooldown of the nightly enrichment
    ADD COLUMN enrichment_attempted_at timestamptz;

-- ---------------------------------------------------------------------------------------------
-- Job queue: workers claim with FOR UPDATE SKIP LOCKED
-- ---------------------------------------------------------------------------------------------
CREATE TABLE jobs (
    id            bigserial PRIMARY KEY,
    kind          text NOT NULL,
    status        text NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued', 'running', 'done', 'failed', 'dead', 'cancelled')),
    payload       jsonb NOT NULL DEFAULT '{}',
    result        jsonb,
    attempts      integer NOT NULL DEFAULT 0,
    max_attempts  integer NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
    run_at        timestamptz NOT NULL DEFAULT now(),
    created_at    timestamptz NOT NULL DEFAULT now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    last_error    text,
    locked_by     text,
    -- at most one queued or running job per key (e.g. "enrich:<prospect id>")
    dedupe_key    text
);
CREATE INDEX jobs_ready_idx ON jobs (run_at, id) WHERE status = 'queued';
CREATE INDEX jobs_status_idx ON jobs (status, created_at DESC);
CREATE UNIQUE INDEX jobs_dedupe_idx ON jobs (dedupe_key) WHERE status IN ('queued', 'running');

-- ---------------------------------------------------------------------------------------------
-- Schedules of the cron (the times live in the code; the flag here, shared by every process)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cron_schedules (
    job         text PRIMARY KEY,
    enabled     boolean NOT NULL DEFAULT true,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO cron_schedules (job) VALUES ('rescoring'), ('stagnation'), ('enrichment');

-- ---------------------------------------------------------------------------------------------
-- Third-party providers: limits, every call, incidents
-- ---------------------------------------------------------------------------------------------
CREATE TABLE provider_quotas (
    provider           text PRIMARY KEY,
    label              text NOT NULL,
    per_minute         integer CHECK (per_minute IS NULL OR per_minute >= 0),
    per_hour           integer CHECK (per_hour IS NULL OR per_hour >= 0),
    per_day            integer CHECK (per_day IS NULL OR per_day >= 0),
    cost_per_call_eur  numeric(12, 4) NOT NULL DEFAULT 0 CHECK (cost_per_call_eur >= 0),
    budget_month_eur   numeric(12, 2) CHECK (budget_month_eur IS NULL OR budget_month_eur >= 0),
    -- counters count the calls made since this instant (POST .../reset)
    reset_at           timestamptz NOT NULL DEFAULT '-infinity'
);
INSERT INTO provider_quotas (provider, label, per_minute, per_hour, per_day, cost_per_call_eur, budget_month_eur) VALUES
    ('insee', 'INSEE Sirene', 30, NULL, NULL, 0, NULL),
    ('pappers', 'Pappers', 30, NULL, 500, 0.10, 50),
    ('google', 'Google Geocoding', 50, NULL, 2000, 0.005, 20),
    ('nominatim', 'OpenStreetMap Nominatim', 60, NULL, NULL, 0, NULL),
    ('anthropic', 'Anthropic', 50, NULL, 1000, 0.01, 30),
    ('resend', 'Resend', 120, NULL, NULL, 0, NULL),
    ('twilio', 'Twilio', 60, NULL, NULL, 0.05, NULL);

CREATE TABLE provider_calls (
    id           bigserial PRIMARY KEY,
    provider     text NOT NULL,
    at           timestamptz NOT NULL,
    endpoint     text NOT NULL,
    http_status  integer,
    duration_ms  integer,
    cost_eur     numeric(12, 4) NOT NULL DEFAULT 0
);
CREATE INDEX provider_calls_idx ON provider_calls (provider, at);

CREATE TABLE api_incidents (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL,
    provider     text NOT NULL,
    endpoint     text NOT NULL,
    http_status  integer,
    code         text NOT NULL,
    message      text NOT NULL,
    duration_ms  integer
);
CREATE INDEX api_incidents_idx ON api_incidents (provider, at DESC);

-- Nominatim allows 1 request per second for the whole application: the next allowed instant,
-- taken with SELECT ... FOR UPDATE by every thread of every server process.
CREATE TABLE provider_gates (
    provider  text PRIMARY KEY,
    next_at   timestamptz NOT NULL DEFAULT '-infinity'
);
INSERT INTO provider_gates (provider) VALUES ('nominatim');

-- Geocoding results by normalised address (country|postcode|city|address).
CREATE TABLE geocode_cache (
    key                text PRIMARY KEY,
    lat                double precision NOT NULL,
    lon                double precision NOT NULL,
    source             text NOT NULL,
    precision          text NOT NULL,
    formatted_address  text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    hits               integer NOT NULL DEFAULT 0
);
