package dev.vigil.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the {@code sla_reports} and {@code sla_report_lines} tables. */
@RegisterConstructorMapper(SlaReportRow.class)
@RegisterConstructorMapper(SlaReportLineRow.class)
public interface SlaReportDao {
    @SqlUpdate("""
            INSERT INTO sla_reports (id, title, period, period_from, period_to, period_end, generated_at,
                                     generated_by, overall_uptime, overall_availability, systems, systems_meeting,
                                     systems_breaching)
            VALUES (:id, :title, :period, :periodFrom, :periodTo, :periodEnd, :generatedAt, :generatedBy,
                    :overallUptime, :overallAvailability, :systems, :systemsMeeting, :systemsBreaching)""")
    void insert(@BindMethods SlaReportRow row);

    @SqlBatch("""
            INSERT INTO sla_report_lines (report_id, position, system_id, dependency_id, name, operational_ms,
                degraded_ms, outage_ms, maintenance_ms, unknown_ms, outages_started, outages_ended, ended_outage_ms,
                longest_ended_outage_ms, failures_after_recovery, between_failures_ms, uptime_percent,
                availability_percent, outages, longest_outage_ms, mttr_ms, mtbf_ms, target, met, budget_ms, spent_ms,
                remaining_ms, burn_rate, summary)
            VALUES (:reportId, :position, :systemId, :dependencyId, :name, :operationalMs, :degradedMs, :outageMs,
                :maintenanceMs, :unknownMs, :outagesStarted, :outagesEnded, :endedOutageMs, :longestEndedOutageMs,
                :failuresAfterRecovery, :betweenFailuresMs, :uptimePercent, :availabilityPercent, :outages,
                :longestOutageMs, :mttrMs, :mtbfMs, :target, :met, :budgetMs, :spentMs, :remainingMs, :burnRate,
                :summary)""")
    void insertLines(@BindMethods List<SlaReportLineRow> rows);

    @SqlQuery("SELECT * FROM sla_reports WHERE id = :id")
    Optional<SlaReportRow> byId(long id);

    @SqlQuery("SELECT * FROM sla_report_lines WHERE report_id = :reportId ORDER BY position")
    List<SlaReportLineRow> linesOf(long reportId);

    @SqlQuery("SELECT * FROM sla_reports ORDER BY generated_at DESC, id DESC LIMIT :limit")
    List<SlaReportRow> latest(int limit);

    @SqlUpdate("DELETE FROM sla_reports WHERE id = :id")
    void delete(long id);
}
