package dev.vigil.adapters.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code checks} table. */
@RegisterConstructorMapper(CheckRow.class)
public interface CheckDao {
    String UPSERT = """
            INSERT INTO checks (dependency_id, kind, url, method, expect_status, body_rule, body_rule_text,
                body_rule_value, headers, body, degraded_latency_ms, host, port, timeout_ms, interval_ms,
                push_period_ms, push_cron, push_zone, push_grace_ms, token_hash, failure_threshold, success_threshold,
                consecutive_failures, consecutive_successes, last_at, last_verdict, last_latency_ms, last_status_code,
                last_reason, last_ping_at, missing, ping_deadline, configured_at)
            VALUES (:dependencyId, :kind, :url, :method, :expectStatus, :bodyRule, :bodyRuleText, :bodyRuleValue,
                :headers, :body, :degradedLatencyMs, :host, :port, :timeoutMs, :intervalMs, :pushPeriodMs, :pushCron,
                :pushZone, :pushGraceMs, :tokenHash, :failureThreshold, :successThreshold, :consecutiveFailures,
                :consecutiveSuccesses, :lastAt, :lastVerdict, :lastLatencyMs, :lastStatusCode, :lastReason,
                :lastPingAt, :missing, :pingDeadline, :configuredAt)
            ON CONFLICT (dependency_id) DO UPDATE SET
                kind = excluded.kind, url = excluded.url, method = excluded.method,
                expect_status = excluded.expect_status, body_rule = excluded.body_rule,
                body_rule_text = excluded.body_rule_text, body_rule_value = excluded.body_rule_value,
                headers = excluded.headers, body = excluded.body, degraded_latency_ms = excluded.degraded_latency_ms,
                host = excluded.host, port = excluded.port, timeout_ms = excluded.timeout_ms,
                interval_ms = excluded.interval_ms, push_period_ms = excluded.push_period_ms,
                push_cron = excluded.push_cron, push_zone = excluded.push_zone, push_grace_ms = excluded.push_grace_ms,
                token_hash = excluded.token_hash, failure_threshold = excluded.failure_threshold,
                success_threshold = excluded.success_threshold, consecutive_failures = excluded.consecutive_failures,
                consecutive_successes = excluded.consecutive_successes, last_at = excluded.last_at,
                last_verdict = excluded.last_verdict, last_latency_ms = excluded.last_latency_ms,
                last_status_code = excluded.last_status_code, last_reason = excluded.last_reason,
                last_ping_at = excluded.last_ping_at, missing = excluded.missing,
                ping_deadline = excluded.ping_deadline, configured_at = excluded.configured_at""";

    @SqlUpdate(UPSERT)
    void upsert(@BindMethods CheckRow row);

    @SqlBatch(UPSERT)
    void upsertAll(@BindMethods Collection<CheckRow> rows);

    @SqlQuery("SELECT * FROM checks WHERE dependency_id = :id")
    Optional<CheckRow> byId(long id);

    @SqlQuery("SELECT * FROM checks WHERE dependency_id IN (<ids>)")
    List<CheckRow> byIds(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT * FROM checks WHERE token_hash = :hash")
    Optional<CheckRow> byTokenHash(String hash);

    @SqlQuery("SELECT * FROM checks WHERE kind IN ('http', 'tcp') ORDER BY dependency_id")
    List<CheckRow> scheduled();

    @SqlQuery("SELECT * FROM checks WHERE kind = 'push' AND missing = 0 AND ping_deadline < :now ORDER BY dependency_id")
    List<CheckRow> pushOverdue(long now);

    @SqlUpdate("DELETE FROM checks WHERE dependency_id = :id")
    void delete(long id);
}
