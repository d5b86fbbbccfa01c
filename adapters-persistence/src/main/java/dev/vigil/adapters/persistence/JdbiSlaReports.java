package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.SlaReports;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportId;
import dev.vigil.domain.sla.SlaReportSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SLA reports in the {@code sla_reports} table, each with its lines; a report is written once. */
public final class JdbiSlaReports implements SlaReports {
    private static final String SEQUENCE = "sla_reports";
    private final SqliteDatabase database;

    public JdbiSlaReports(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public SlaReportId nextId() {
        return new SlaReportId(database.write(h -> h.attach(SequenceDao.class).next(SEQUENCE)));
    }

    @Override
    public void save(SlaReport report) {
        database.write(h -> {
            SlaReportDao dao = h.attach(SlaReportDao.class);
            long id = report.id().value();
            dao.delete(id);
            dao.insert(SlaReportRow.of(report));
            List<SlaReportLineRow> lines = new ArrayList<>();
            for (int i = 0; i < report.lines().size(); i++) {
                lines.add(SlaReportLineRow.of(id, i, report.lines().get(i)));
            }
            if (!lines.isEmpty()) {
                dao.insertLines(lines);
            }
            h.attach(SequenceDao.class).atLeast(SEQUENCE, id);
            return null;
        });
    }

    @Override
    public Optional<SlaReport> byId(SlaReportId id) {
        return database.read(h -> {
            SlaReportDao dao = h.attach(SlaReportDao.class);
            return dao.byId(id.value()).map(row -> row.toDomain(dao.linesOf(id.value()).stream()
                    .map(SlaReportLineRow::toDomain).toList()));
        });
    }

    @Override
    public List<SlaReportSummary> latest(int limit) {
        return database.read(h -> h.attach(SlaReportDao.class).latest(limit)).stream()
                .map(SlaReportRow::toSummary).toList();
    }

    @Override
    public void delete(SlaReportId id) {
        database.write(h -> {
            h.attach(SlaReportDao.class).delete(id.value());
            return null;
        });
    }
}
