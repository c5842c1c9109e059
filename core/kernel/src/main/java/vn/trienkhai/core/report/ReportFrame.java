package vn.trienkhai.core.report;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.report.PartyNames.Territorial;
import vn.trienkhai.core.report.PartyReport.Letterhead;
import vn.trienkhai.core.report.PartyReport.Signer;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything around a report's sections, from the unit and the tree above it: the letterhead (issuer under its
 * superior, the number line, the place and date), the title, the recipients and the signer. What the tree cannot
 * tell is taken from the unit's latest issued document — its symbol's issuer code ("HU" of 102-KH/HU) and its
 * signer's name — or left blank for the office to fill in.
 */
@Singleton
class ReportFrame {

    private final Sql sql;
    private final Messages messages;

    ReportFrame(Sql sql, Messages messages) {
        this.sql = sql;
        this.messages = messages;
    }

    /** A body of the tree as the letterhead needs it. */
    private record Body(long id, int depth, UnitKind kind, String name) {
    }

    /** What the unit's latest issued document says of it. */
    private record Issued(String issuerCode, String signerName) {
    }

    @ReadOnly
    public PartyReport around(Unit unit, Period period, LocalDate date, List<ReportSection> sections) {
        // the superiors are read directly: a district's reader may not browse the province, but every document the
        // district issues prints the province's name
        List<Body> above = above(unit);
        String parentName = above.isEmpty() ? null : above.getFirst().name();
        Optional<Issued> issued = latestIssued(unit);
        String code = issued.map(Issued::issuerCode).orElse(messages.get("report.blank.code"));
        Letterhead letterhead = new Letterhead(PartyNames.superior(unit.kind(), parentName).orElse(null),
                PartyNames.issuer(unit.kind(), unit.name(), parentName), messages.get("report.number", code),
                placeAndDate(unit, above, date));
        Signer signer = new Signer(Arrays.asList(messages.get("report.signer." + unit.kind().name()).split("\n")),
                issued.map(Issued::signerName).orElse(null));
        return new PartyReport(letterhead, messages.get("report.title"), messages.get("report.subtitle", lowerFirst(period.label())),
                sections, recipients(above), signer);
    }

    /** The unit's ancestors, its parent first. */
    private List<Body> above(Unit unit) {
        List<Long> ids = unit.ancestorIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        List<Body> bodies = new ArrayList<>(sql.list("SELECT id, depth, kind, name FROM unit WHERE id IN (" + marks + ")", ids,
                row -> new Body(row.getLong("id"), row.getInt("depth"), UnitKind.valueOf(row.getString("kind")), row.getString("name"))));
        bodies.sort(Comparator.comparingInt(Body::depth).reversed());
        return bodies;
    }

    private Optional<Issued> latestIssued(Unit unit) {
        return sql.list("SELECT issuer_code, signer_name FROM document WHERE organisation_id = ? AND issuing_unit_id = ?"
                        + " AND status = 'ISSUED' AND issuer_code IS NOT NULL"
                        + " ORDER BY CASE WHEN issued_on IS NULL THEN 1 ELSE 0 END, issued_on DESC, id DESC",
                List.of(unit.organisationId(), unit.id()), row -> new Issued(row.getString(1), row.getString(2))).stream().findFirst();
    }

    /** The place is the territory of the unit or of the nearest body above it that is named after one. */
    private String placeAndDate(Unit unit, List<Body> above, LocalDate date) {
        List<String> names = new ArrayList<>(List.of(unit.name()));
        above.forEach(body -> names.add(body.name()));
        String place = names.stream().map(PartyNames::territorial).flatMap(Optional::stream).map(Territorial::place).findFirst()
                .orElse(messages.get("report.blank.place"));
        // the Party's dates: days below 10 and the months January and February with a leading zero
        return messages.get("report.place-date", place, "%02d".formatted(date.getDayOfMonth()),
                date.getMonthValue() < 3 ? "%02d".formatted(date.getMonthValue()) : String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** To the standing committee of the committee above (or to the body above), and the file copy. */
    private List<String> recipients(List<Body> above) {
        List<String> lines = new ArrayList<>();
        if (!above.isEmpty()) {
            String parent = above.getFirst().name();
            lines.add(PartyNames.territorial(parent).filter(territory -> above.getFirst().kind() == UnitKind.COMMITTEE)
                    .map(territory -> messages.get("report.recipients.standing", territory.prefix()))
                    .orElse(messages.get("report.recipients.superior", parent)));
        }
        lines.add(messages.get("report.recipients.file"));
        return lines;
    }

    static String lowerFirst(String text) {
        return text.substring(0, 1).toLowerCase(VietnameseText.LOCALE) + text.substring(1);
    }
}
