package vn.trienkhai.core.indicator;

import io.micronaut.core.annotation.Nullable;
import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.unit.UnitKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a domain module contributes to the indicators: the definitions of the indicators it measures and their
 * figures, computed from its own records. A module declares one {@code @Singleton} implementing it; when an
 * organisation switches the module on, its indicators join that organisation's catalogue (source {@code MODULE},
 * not typed in), and {@link ModuleFigures#refresh} writes the figures it computes for a period, which then roll up
 * like any other. Example, in the culture module:
 * <pre>{@code
 * @Singleton
 * public final class CultureIndicators implements IndicatorSource {
 *     public String moduleId() { return "culture"; }
 *     public List<Definition> indicators() {
 *         return List.of(new Definition("culture.households", "Tỷ lệ hộ gia đình đạt chuẩn văn hóa", ValueType.PERCENTAGE,
 *                 Aggregation.RATIO_OF_SUMS, "Số hộ đạt chuẩn", "Tổng số hộ", Set.of(PeriodKind.YEAR), Set.of(UnitKind.VILLAGE)));
 *     }
 *     public List<Computed> compute(long organisationId, String code, Period period) {
 *         return surveys.byVillage(organisationId, period.year()).stream()
 *                 .map(survey -> Computed.ratio(survey.villageId(), survey.cultural(), survey.households())).toList();
 *     }
 * }
 * }</pre>
 * Codes are the module's: prefix them with its id. Every method may be called at any time and must not change
 * anything.
 */
public interface IndicatorSource {

    /** The id of the module this belongs to; its indicators exist only where the module is enabled. */
    String moduleId();

    List<Definition> indicators();

    /** The figures of the indicator {@code code} for {@code period}, one per unit (of an applicable kind) that has one. */
    List<Computed> compute(long organisationId, String code, Period period);

    record Definition(String code, String name, ValueType valueType, Aggregation aggregation, @Nullable String numeratorLabel,
                      @Nullable String denominatorLabel, Set<PeriodKind> periodKinds, Set<UnitKind> unitKinds) {
    }

    /** One computed figure: a value, or for a ratio its numerator and denominator. */
    record Computed(long unitId, @Nullable BigDecimal value, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator) {

        public static Computed value(long unitId, BigDecimal value) {
            return new Computed(unitId, value, null, null);
        }

        public static Computed ratio(long unitId, BigDecimal numerator, BigDecimal denominator) {
            return new Computed(unitId, null, numerator, denominator);
        }
    }
}
