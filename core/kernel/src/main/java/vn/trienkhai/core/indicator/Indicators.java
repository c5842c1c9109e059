package vn.trienkhai.core.indicator;

import vn.trienkhai.core.indicator.IndicatorModel.Aggregation;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.ValueType;
import vn.trienkhai.core.indicator.internal.IndicatorRows.IndicatorRow;
import vn.trienkhai.core.unit.UnitKind;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Reading an indicator row: its enums and its comma-separated kinds. */
final class Indicators {

    private Indicators() {
    }

    static Indicator of(IndicatorRow row) {
        return new Indicator(row.id(), row.organisationId(), row.code(), row.name(), ValueType.valueOf(row.valueType()),
                Aggregation.valueOf(row.aggregation()), row.numeratorLabel(), row.denominatorLabel(),
                kinds(row.periodKinds(), PeriodKind.class), kinds(row.unitKinds(), UnitKind.class), Source.valueOf(row.source()),
                row.moduleId(), row.active(), row.version());
    }

    static String join(Collection<? extends Enum<?>> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> kinds(String names, Class<E> type) {
        EnumSet<E> kinds = EnumSet.noneOf(type);
        Arrays.stream(names.split(",")).filter(name -> !name.isBlank()).map(name -> Enum.valueOf(type, name)).forEach(kinds::add);
        return kinds;
    }
}
