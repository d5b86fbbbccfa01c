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

/** SQL for the {@code status_day_tallies} and {@code status_tallied_days} tables. */
@RegisterConstructorMapper(DayTallyRow.class)
@RegisterConstructorMapper(TallySumRow.class)
public interface StatusTallyDao {
    @SqlQuery("SELECT MIN(day) FROM status_tallied_days")
    Optional<Long> firstDay();

    @SqlQuery("SELECT MAX(day) FROM status_tallied_days")
    Optional<Long> lastDay();

    @SqlUpdate("INSERT INTO status_tallied_days (day) VALUES (:day)")
    void markTallied(long day);

    @SqlBatch("""
            INSERT INTO status_day_tallies (day, subject_kind, subject_id, operational_ms, degraded_ms, outage_ms,
                maintenance_ms, unknown_ms, outages_started, outages_ended, ended_outage_ms, longest_ended_outage_ms,
                failures_after_recovery, between_failures_ms, total_operational_ms, total_degraded_ms,
                total_outage_ms, total_maintenance_ms, total_unknown_ms, total_outages_started, total_outages_ended,
                total_ended_outage_ms, total_failures_after_recovery, total_between_failures_ms, longest_2d,
                longest_4d, longest_8d, longest_16d, longest_32d, longest_64d, longest_128d, longest_256d,
                end_status, end_since, end_last_outage_end)
            VALUES (:day, :subjectKind, :subjectId, :operationalMs, :degradedMs, :outageMs, :maintenanceMs,
                :unknownMs, :outagesStarted, :outagesEnded, :endedOutageMs, :longestEndedOutageMs,
                :failuresAfterRecovery, :betweenFailuresMs, :totalOperationalMs, :totalDegradedMs, :totalOutageMs,
                :totalMaintenanceMs, :totalUnknownMs, :totalOutagesStarted, :totalOutagesEnded, :totalEndedOutageMs,
                :totalFailuresAfterRecovery, :totalBetweenFailuresMs, :longest2d, :longest4d, :longest8d,
                :longest16d, :longest32d, :longest64d, :longest128d, :longest256d, :endStatus, :endSince,
                :endLastOutageEnd)""")
    void insert(@BindMethods List<DayTallyRow> rows);

    @SqlQuery("SELECT * FROM status_day_tallies WHERE day = :day")
    List<DayTallyRow> ofDay(long day);

    @SqlQuery("SELECT * FROM status_day_tallies WHERE day BETWEEN :first AND :last AND subject_kind = :kind")
    List<DayTallyRow> ofKindBetween(String kind, long first, long last);

    @SqlQuery("SELECT * FROM status_day_tallies WHERE day IN (<days>)")
    List<DayTallyRow> ofDays(@BindList("days") Collection<Long> days);

    @SqlQuery("""
            SELECT subject_kind, subject_id, SUM(operational_ms) AS operational_ms, SUM(degraded_ms) AS degraded_ms,
                   SUM(outage_ms) AS outage_ms, SUM(maintenance_ms) AS maintenance_ms, SUM(unknown_ms) AS unknown_ms,
                   SUM(outages_started) AS outages_started, SUM(outages_ended) AS outages_ended,
                   SUM(ended_outage_ms) AS ended_outage_ms, MAX(longest_ended_outage_ms) AS longest_ended_outage_ms,
                   SUM(failures_after_recovery) AS failures_after_recovery,
                   SUM(between_failures_ms) AS between_failures_ms
            FROM status_day_tallies WHERE day BETWEEN :first AND :last
            GROUP BY subject_kind, subject_id""")
    List<TallySumRow> sum(long first, long last);
}
