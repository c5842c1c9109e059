package vn.trienkhai.core.task;

import vn.trienkhai.core.testing.CsvCopy;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.UnitPath;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A province's follow-up written straight into the tables of V3 and V7 with COPY, for {@link TaskBoardBenchmark}:
 * 1 province with 5 departments, 10 districts each with 5 departments and 150 communes, 12 villages per commune
 * (19,566 units). Plans: 40 of the province, 40 per district, 10 per commune; each has ordinary tasks led by the
 * issuer's departments or villages (a quarter with a coordinating unit, a tenth recurring quarterly with six
 * occurrences) and, above the communes, a task given to the group of subordinate committees that fans out into
 * one child task per unit. Parts are done on time, late, in progress or overdue as their deadline and a seeded
 * random draw say; progress and status entries follow. Dates are relative to today, so the timeliness filters find
 * every state. Every fifth plan belongs to the domain {@link #MODULE} ({@code document_module}, V10).
 */
public final class TaskProvince {

    /** The module id of every fifth plan, for the lists filtered by domain. */
    static final String MODULE = "culture";

    private static final String[] COLUMNS = {
            "id, organisation_id, parent_id, kind, code, name, search_key, sort_key, path, depth, valid_from, version",
            "id, organisation_id, kind, number, issuer_code, symbol, issuing_unit_id, owner_unit_id, issued_on, title, status,"
                    + " search_key, created_at, version",
            "id, organisation_id, document_id, position, text, lead_unit_name, lead_unit_id, deadline_type, deadline_date,"
                    + " recurrence, status, version, parent_task_id, kind",
            "id, task_id, name, unit_id",
            "id, task_id, sequence, period_start, due_on",
            "id, organisation_id, task_id, occurrence_id, unit_id, role, due_on, status, percent, done_on, completion_note,"
                    + " updated_at, version",
            "part_id, kind, entry_date, author_name, text, percent, status_from, status_to, created_at"};

    public record Unit(long id, String path, List<Unit> departments, List<Unit> children) {
    }

    private final long organisationId;
    private final LocalDate today = LocalDate.now();
    private final Instant now = Instant.now();
    private final Random random = new Random(8);
    private final CsvCopy units = new CsvCopy("unit", COLUMNS[0]);
    private final CsvCopy documents = new CsvCopy("document", COLUMNS[1]);
    private final CsvCopy tasks = new CsvCopy("task", COLUMNS[2]);
    private final CsvCopy coordinators = new CsvCopy("task_coordinator", COLUMNS[3]);
    private final CsvCopy occurrences = new CsvCopy("task_occurrence", COLUMNS[4]);
    private final CsvCopy parts = new CsvCopy("task_part", COLUMNS[5]);
    private final CsvCopy entries = new CsvCopy("task_entry", COLUMNS[6]);
    private final CsvCopy documentModules = new CsvCopy("document_module", "document_id, module_id");
    private long nextUnit;
    private long nextDocument;
    private long nextTask;
    private long nextCoordinator;
    private long nextOccurrence;
    private long nextPart;

    private TaskProvince(long organisationId) {
        this.organisationId = organisationId;
    }

    /** Writes the province under the organisation's root and returns the root with its tree. */
    static Unit build(DataSource dataSource, long organisationId, long rootUnitId) throws SQLException {
        TaskProvince province = new TaskProvince(organisationId);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            province.reserve(connection);
            Unit root = province.tree(rootUnitId);
            province.plans(root);
            for (CsvCopy table : List.of(province.units, province.documents, province.documentModules, province.tasks,
                    province.coordinators, province.occurrences, province.parts, province.entries)) {
                table.write(connection);
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
            connection.commit();
            System.out.printf("Built %,d units, %,d documents, %,d tasks, %,d occurrences, %,d parts, %,d entries%n",
                    province.units.count() + 1, province.documents.count(), province.tasks.count(), province.occurrences.count(),
                    province.parts.count(), province.entries.count());
            return root;
        }
    }

    /**
     * Writes only the province's units (no plans, no tasks) under the organisation's root, with one history revision
     * each, valid since 2020, as the tree "as of" a date reads them; for the benchmarks of other features.
     */
    public static Unit buildUnits(DataSource dataSource, long organisationId, long rootUnitId) throws SQLException {
        TaskProvince province = new TaskProvince(organisationId);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            province.nextUnit = CsvCopy.reserveIds(connection, "unit", 25_000);
            Unit root = province.tree(rootUnitId);
            province.units.write(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO unit_history (unit_id, organisation_id, parent_id, kind, code, name, path, depth, valid_from)"
                        + " SELECT id, organisation_id, parent_id, kind, code, name, path, depth, valid_from FROM unit"
                        + " WHERE organisation_id = " + organisationId + " AND id <> " + rootUnitId);
            }
            connection.commit();
            return root;
        }
    }

    private void reserve(Connection connection) throws SQLException {
        nextUnit = CsvCopy.reserveIds(connection, "unit", 25_000);
        nextDocument = CsvCopy.reserveIds(connection, "document", 20_000);
        nextTask = CsvCopy.reserveIds(connection, "task", 400_000);
        nextCoordinator = CsvCopy.reserveIds(connection, "task_coordinator", 200_000);
        nextOccurrence = CsvCopy.reserveIds(connection, "task_occurrence", 1_000_000);
        nextPart = CsvCopy.reserveIds(connection, "task_part", 2_000_000);
    }

    private Unit tree(long rootUnitId) {
        String rootPath = UnitPath.root(rootUnitId);
        List<Unit> districts = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            Unit district = unit(rootUnitId, rootPath, "COMMITTEE", "Huyện ủy " + d, 1);
            for (int c = 0; c < 150; c++) {
                Unit commune = unit(district.id(), district.path(), "COMMUNE", "Xã " + d + "." + c, 2);
                for (int v = 0; v < 12; v++) {
                    commune.children().add(unit(commune.id(), commune.path(), "CELL", "Thôn " + d + "." + c + "." + v, 3));
                }
                district.children().add(commune);
            }
            departments(district, 2);
            districts.add(district);
        }
        Unit root = new Unit(rootUnitId, rootPath, new ArrayList<>(), districts);
        departments(root, 1);
        return root;
    }

    private void departments(Unit committee, int depth) {
        for (int i = 0; i < 5; i++) {
            committee.departments().add(unit(committee.id(), committee.path(), "DEPARTMENT", "Ban " + i + " của " + committee.id(), depth));
        }
    }

    private Unit unit(long parentId, String parentPath, String kind, String name, int depth) {
        long id = nextUnit++;
        String path = UnitPath.child(parentPath, id);
        units.row(id, organisationId, parentId, kind, "U" + id, name, VietnameseText.fold(name), VietnameseText.sortKey(name), path,
                depth, LocalDate.of(2020, 1, 1), 0);
        return new Unit(id, path, new ArrayList<>(), new ArrayList<>());
    }

    private void plans(Unit root) {
        plans(root, 40, 12, root.departments());
        for (Unit district : root.children()) {
            plans(district, 40, 10, district.departments());
            for (Unit commune : district.children()) {
                plans(commune, 10, 9, commune.children());
            }
        }
    }

    /** {@code count} plans of {@code issuer}, each with {@code ordinary} tasks led by {@code leads} and a group's task. */
    private void plans(Unit issuer, int count, int ordinary, List<Unit> leads) {
        for (int i = 1; i <= count; i++) {
            long document = nextDocument++;
            LocalDate issued = today.minusDays(30 + random.nextInt(670));
            String title = "Kế hoạch " + i + " của đơn vị " + issuer.id();
            documents.row(document, organisationId, "KH", i, "HU", i + "-KH/HU", issuer.id(), issuer.id(), issued, title, "ISSUED",
                    VietnameseText.fold(title), now, 0);
            if (i % 5 == 0) {
                documentModules.row(document, MODULE);
            }
            for (int position = 0; position < ordinary; position++) {
                Unit lead = leads.get(random.nextInt(leads.size()));
                Unit coordinator = random.nextInt(4) == 0 ? leads.get(random.nextInt(leads.size())) : null;
                task(document, position, null, lead, coordinator == lead ? null : coordinator, issued, random.nextInt(10) == 0);
            }
            // a committee (it has departments) gives one task to all its subordinate committees or communes
            if (!issuer.departments().isEmpty()) {
                long group = task(document, ordinary, null, null, null, issued, false);
                for (Unit child : issuer.children()) {
                    task(document, ordinary, group, child, null, issued, false);
                }
            }
        }
    }

    /** A task with its occurrences and parts; returns its id. A task without a lead is a group's: it has no part. */
    private long task(long document, int position, Long parent, Unit lead, Unit coordinator, LocalDate issued, boolean recurring) {
        long id = nextTask++;
        LocalDate deadline = recurring ? null : issued.plusDays(30 + random.nextInt(510));
        tasks.row(id, organisationId, document, position, "Nhiệm vụ " + position + " của kế hoạch " + document,
                lead == null ? "Các đơn vị trực thuộc" : null, lead == null ? null : lead.id(), recurring ? "NONE" : "DATE", deadline,
                recurring ? "QUARTERLY" : null, "IN_PROGRESS", 0, parent, "ACTION");
        if (coordinator != null) {
            coordinators.row(nextCoordinator++, id, "Đơn vị phối hợp", coordinator.id());
        }
        int count = recurring ? 6 : 1;
        for (int sequence = 0; sequence < count; sequence++) {
            long occurrence = nextOccurrence++;
            LocalDate start = recurring ? issued.plusMonths(3L * sequence) : null;
            LocalDate due = recurring ? start.plusMonths(3).minusDays(1) : deadline;
            occurrences.row(occurrence, id, sequence, start, due);
            if (lead != null) {
                part(id, occurrence, lead, "LEAD", issued, due);
                if (coordinator != null) {
                    part(id, occurrence, coordinator, "COORDINATE", issued, due);
                }
            }
        }
        return id;
    }

    private void part(long task, long occurrence, Unit unit, String role, LocalDate issued, LocalDate due) {
        long id = nextPart++;
        int draw = random.nextInt(100);
        String status;
        LocalDate doneOn = null;
        int percent = 0;
        if (due.isBefore(today) ? draw < 55 : draw < 15) {
            status = "DONE";
            LocalDate finished = due.isBefore(today) ? due.minusDays(random.nextInt(20)) : today.minusDays(random.nextInt(10));
            doneOn = latest(issued, finished);
            percent = 100;
        } else if (due.isBefore(today) && draw < 70) {
            status = "DONE";
            doneOn = earliest(today, due.plusDays(1 + random.nextInt(60)));
            percent = 100;
        } else if (draw < 85) {
            status = "IN_PROGRESS";
            percent = 10 + random.nextInt(80);
        } else {
            status = "NOT_STARTED";
        }
        parts.row(id, organisationId, task, occurrence, unit.id(), role, due, status, percent, doneOn,
                doneOn == null ? null : "Đã hoàn thành", now, 0);
        if (!"NOT_STARTED".equals(status)) {
            LocalDate reported = latest(issued, earliest(today, due.minusDays(10)));
            entries.row(id, "PROGRESS", reported, "Báo cáo viên", "Đã triển khai đến các chi bộ", Math.min(percent, 50), null, null, now);
            if (random.nextBoolean()) {
                entries.row(id, "PROGRESS", reported, "Báo cáo viên", "Đang tổng hợp kết quả", percent, null, null, now);
            }
        }
        if (doneOn != null) {
            entries.row(id, "STATUS", doneOn, "Báo cáo viên", "Đã hoàn thành", null, "IN_PROGRESS", "DONE", now);
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
