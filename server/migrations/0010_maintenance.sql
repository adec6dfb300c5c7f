-- The nightly housekeeping (04:00 Europe/Paris: provider_calls, api_incidents and finished jobs
-- past their retention, server/jobs/MaintenanceJob.h) has its enabled flag like every schedule.
INSERT INTO cron_schedules (job) VALUES ('maintenance') ON CONFLICT (job) DO NOTHING;
