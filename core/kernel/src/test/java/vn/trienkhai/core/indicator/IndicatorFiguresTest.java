package vn.trienkhai.core.indicator;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Defining indicators and typing their figures: every rule refuses on its field, and a batch saves all or nothing (DD004). */
@MicronautTest(transactional = false)
class IndicatorFiguresTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject IndicatorCatalogue catalogue;
    @Inject FigureEntry entry;
    @Inject FigureLocks locks;

    private TestOrganisation org;
    private Actor admin;
    private Actor reporterA;
    private Indicator households;
    private Indicator sessions;
    private Indicator coverage;
    private Indicator radio;
    private Indicator computed;

    @BeforeAll
    void indicators() {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        reporterA = org.signedIn(Role.REPORTER, org.districtA);
        households = catalogue.define(admin, ratio("VH01"));
        sessions = catalogue.define(admin, simple("TT01", ValueType.COUNT, Aggregation.SUM, Source.MANUAL));
        coverage = catalogue.define(admin, simple("PS01", ValueType.PERCENTAGE, Aggregation.MAX, Source.IMPORTED));
        radio = catalogue.define(admin, simple("TTH01", ValueType.YES_NO, Aggregation.MIN, Source.MANUAL));
        computed = catalogue.define(admin, new IndicatorRequest("BC01", "Số buổi báo cáo viên", ValueType.COUNT, Aggregation.SUM, null, null,
                Set.of(PeriodKind.QUARTER), Set.of(UnitKind.COMMUNE), Source.MODULE, "testmodule", true, null));
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.test.module", "on");
    }

    @Test
    void anIndicatorIsValidatedOnEveryField() {
        InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> catalogue.define(admin,
                new IndicatorRequest("VH01", " ", ValueType.COUNT, Aggregation.RATIO_OF_SUMS, null, null, Set.of(), Set.of(), null, null, null, null)));
        assertEquals(Set.of("code", "name", "aggregation", "numeratorLabel", "denominatorLabel", "periodKinds", "unitKinds", "source"),
                fields(invalid).keySet());
        assertEquals("Mã chỉ tiêu VH01 đã được dùng.", fields(invalid).get("code"));
        InvalidRequestException sumOfPercentages = assertThrows(InvalidRequestException.class,
                () -> catalogue.define(admin, simple("PS02", ValueType.PERCENTAGE, Aggregation.SUM, Source.MANUAL)));
        assertEquals(Set.of("aggregation"), fields(sumOfPercentages).keySet());
    }

    @Test
    void anIndicatorWithFiguresKeepsItsMeaningAndAStaleEditIsRefused() {
        Indicator indicator = catalogue.define(admin, simple("TT09", ValueType.COUNT, Aggregation.SUM, Source.MANUAL));
        entry.save(admin, batch(new FigureInput(1, indicator.id(), org.communeA.id(), Period.quarter(2024, 1), BigDecimal.ONE, null, null, null)));
        InvalidRequestException changed = assertThrows(InvalidRequestException.class, () -> catalogue.update(admin, indicator.id(),
                withVersion(simple("TT09", ValueType.COUNT, Aggregation.MAX, Source.MANUAL), indicator.version())));
        assertEquals("indicator.has-figures", changed.fieldErrors().getFirst().code());
        Indicator renamed = catalogue.update(admin, indicator.id(), withVersion(simple("TT09", ValueType.COUNT, Aggregation.SUM, Source.MANUAL),
                indicator.version()));
        assertEquals(indicator.version() + 1, renamed.version());
        assertThrows(ConflictException.class, () -> catalogue.update(admin, indicator.id(),
                withVersion(simple("TT09", ValueType.COUNT, Aggregation.SUM, Source.MANUAL), indicator.version())));
    }

    @Test
    void everyFigureRuleRefusesOnItsRowAndFieldAndNothingIsSaved() {
        Period q1 = Period.quarter(2024, 1);
        InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> entry.save(reporterA, batch(
                new FigureInput(1, sessions.id(), org.communeA.id(), q1, new BigDecimal("12"), null, null, null),
                new FigureInput(2, sessions.id(), org.communeA.id(), Period.quarter(2024, 2), new BigDecimal("-1"), null, null, null),
                new FigureInput(3, households.id(), org.communeA.id(), q1, null, new BigDecimal("120"), new BigDecimal("100"), null),
                new FigureInput(4, coverage.id(), org.communeA.id(), q1, new BigDecimal("100.5"), null, null, null),
                new FigureInput(5, radio.id(), org.communeA.id(), q1, new BigDecimal("2"), null, null, null),
                new FigureInput(6, sessions.id(), org.communeA.id(), Period.month(2024, 1), BigDecimal.ONE, null, null, null),
                new FigureInput(7, sessions.id(), org.districtA.id(), q1, BigDecimal.ONE, null, null, null),
                new FigureInput(8, sessions.id(), org.communeB.id(), q1, BigDecimal.ONE, null, null, null),
                new FigureInput(9, computed.id(), org.communeA.id(), q1, BigDecimal.ONE, null, null, null),
                new FigureInput(10, sessions.id(), org.communeA.id(), Period.quarter(2024, 3), new BigDecimal("2.5"), null, null, null),
                new FigureInput(11, households.id(), org.communeA.id(), Period.quarter(2024, 2), null, BigDecimal.ONE, null, null))));
        Map<String, String> fields = fields(invalid);
        assertEquals(Set.of("figures[2].value", "figures[3].numerator", "figures[4].value", "figures[5].value", "figures[6].period",
                "figures[7].unitId", "figures[8].unitId", "figures[9].indicatorId", "figures[10].value", "figures[11].denominator"), fields.keySet());
        assertEquals("Giá trị không được âm.", fields.get("figures[2].value"));
        assertEquals("Tử số (120) không được lớn hơn mẫu số (100).", fields.get("figures[3].numerator"));
        assertEquals("Tỷ lệ phải từ 0 đến 100.", fields.get("figures[4].value"));
        assertEquals("Giá trị có/không chỉ là 1 (có) hoặc 0 (không).", fields.get("figures[5].value"));
        assertEquals("Chỉ tiêu TT01 không thu thập theo kỳ Tháng.", fields.get("figures[6].period"));
        assertEquals("Chỉ tiêu TT01 không áp dụng cho loại đơn vị của Huyện ủy A.", fields.get("figures[7].unitId"));
        assertEquals("figure.unit.out-of-scope", invalid.fieldErrors().stream().filter(error -> error.field().equals("figures[8].unitId"))
                .findFirst().orElseThrow().code());
        assertEquals("Chỉ tiêu BC01 do phân hệ tính, không nhập tay.", fields.get("figures[9].indicatorId"));
        // the valid first row was not saved either
        assertEquals(List.of(), entry.figures(admin, org.communeA.id(), q1));
    }

    @Test
    void aStaleVersionRefusesTheWholeBatch() {
        Period q2 = Period.quarter(2023, 2);
        Figure first = entry.save(reporterA, batch(
                new FigureInput(1, households.id(), org.communeA.id(), q2, null, new BigDecimal("80"), new BigDecimal("100"), null))).getFirst();
        assertEquals(0, new BigDecimal("80").compareTo(first.value()));
        Figure second = entry.save(admin, batch(
                new FigureInput(1, households.id(), org.communeA.id(), q2, null, new BigDecimal("85"), new BigDecimal("100"), first.version()))).getFirst();
        ConflictException stale = assertThrows(ConflictException.class, () -> entry.save(reporterA, batch(
                new FigureInput(1, sessions.id(), org.communeA.id(), q2, new BigDecimal("4"), null, null, null),
                new FigureInput(2, households.id(), org.communeA.id(), q2, null, new BigDecimal("90"), new BigDecimal("100"), first.version()))));
        assertEquals("figure.changed-by-someone-else", stale.code());
        Map<Long, Figure> stored = entry.figures(admin, org.communeA.id(), q2).stream()
                .collect(Collectors.toMap(Figure::indicatorId, Function.identity()));
        assertEquals(Set.of(households.id()), stored.keySet());
        assertEquals(second.version(), stored.get(households.id()).version());
        // a new figure sent as new when someone else has just entered it is stale too
        assertThrows(ConflictException.class, () -> entry.save(reporterA, batch(
                new FigureInput(1, households.id(), org.communeA.id(), q2, null, new BigDecimal("90"), new BigDecimal("100"), null))));
    }

    @Test
    void aLockedUnitAndPeriodRefusesEdits() {
        Period q4 = Period.quarter(2023, 4);
        locks.lock(admin, org.communeA.id(), q4);
        InvalidRequestException locked = assertThrows(InvalidRequestException.class, () -> entry.save(reporterA, batch(
                new FigureInput(1, sessions.id(), org.communeA.id(), q4, BigDecimal.ONE, null, null, null))));
        assertEquals("Số liệu của Xã A, Quý IV/2023 đã khóa (báo cáo đã duyệt): không sửa được.", fields(locked).get("figures[1].period"));
        locks.unlock(admin, org.communeA.id(), q4);
        assertEquals(1, entry.save(reporterA, batch(new FigureInput(1, sessions.id(), org.communeA.id(), q4, BigDecimal.ONE, null, null, null))).size());
    }

    private static FigureBatch batch(FigureInput... inputs) {
        return new FigureBatch(List.of(inputs), Source.MANUAL);
    }

    static IndicatorRequest ratio(String code) {
        return new IndicatorRequest(code, "Tỷ lệ hộ gia đình đạt chuẩn văn hóa", ValueType.PERCENTAGE, Aggregation.RATIO_OF_SUMS,
                "Số hộ đạt chuẩn văn hóa", "Tổng số hộ", Set.of(PeriodKind.QUARTER, PeriodKind.YEAR), Set.of(UnitKind.COMMUNE), Source.MANUAL,
                null, true, null);
    }

    static IndicatorRequest simple(String code, ValueType type, Aggregation aggregation, Source source) {
        return new IndicatorRequest(code, "Chỉ tiêu " + code, type, aggregation, null, null, Set.of(PeriodKind.QUARTER, PeriodKind.YEAR),
                Set.of(UnitKind.COMMUNE), source, null, true, null);
    }

    private static IndicatorRequest withVersion(IndicatorRequest request, long version) {
        return new IndicatorRequest(request.code(), request.name() + " (sửa)", request.valueType(), request.aggregation(), request.numeratorLabel(),
                request.denominatorLabel(), request.periodKinds(), request.unitKinds(), request.source(), request.moduleId(), request.active(), version);
    }

    private static Map<String, String> fields(InvalidRequestException invalid) {
        return invalid.fieldErrors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a));
    }
}
