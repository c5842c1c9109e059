package vn.trienkhai.core.indicator;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.testing.TestModule;
import vn.trienkhai.core.unit.UnitKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The test module's indicator: its figures are whatever a test puts in {@link #figures}. */
@Singleton
@Requires(property = "trienkhai.test.module", value = "on")
public class TestIndicatorSource implements IndicatorSource {

    static final String CODE = "testmodule.radio";

    final Map<Long, BigDecimal> figures = new ConcurrentHashMap<>();

    @Override
    public String moduleId() {
        return TestModule.ID;
    }

    @Override
    public List<Definition> indicators() {
        return List.of(new Definition(CODE, "Số cụm loa hoạt động", ValueType.COUNT, Aggregation.SUM, null, null, Set.of(PeriodKind.YEAR),
                Set.of(UnitKind.COMMUNE)));
    }

    @Override
    public List<Computed> compute(long organisationId, String code, Period period) {
        return figures.entrySet().stream().map(entry -> Computed.value(entry.getKey(), entry.getValue())).toList();
    }
}
