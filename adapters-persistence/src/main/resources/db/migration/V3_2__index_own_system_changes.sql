-- Vigil schema, version 3.2 (issue 4): a system's own status changes (not its dependencies'), newest last, which
-- the automatic-incident sweep reads every few seconds.
CREATE INDEX status_log_own_system_changes ON status_log (system_id, id) WHERE dependency_id IS NULL;
