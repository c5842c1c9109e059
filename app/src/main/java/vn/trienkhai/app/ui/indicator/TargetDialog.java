package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Milestone;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorRequests.TargetRequest;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static vn.trienkhai.app.ui.indicator.IndicatorFormat.t;

/**
 * Sets a target of an indicator: its unit, year and value, an optional baseline, and a milestone for each year
 * between the baseline (or the five years before the target) and the target's year. The years' fields follow the
 * years typed; a milestone left empty is none, and the achievement then reads the straight line.
 */
class TargetDialog {

    private static final int YEARS_WITHOUT_BASELINE = 5;
    private static final int MOST_MILESTONES = 15;

    private final IntegerField year = new IntegerField(t("indicators.targets.year"));
    private final IntegerField baselineYear = new IntegerField(t("indicators.targets.baseline-year"));
    private final Div milestonesBox = new Div();
    private final Map<Integer, BigDecimalField> milestones = new LinkedHashMap<>();
    private final FormDialog dialog;

    TargetDialog(Actor actor, IndicatorTargets targets, List<Unit> units, Indicator indicator, Target target, Consumer<Target> saved) {
        boolean creating = target == null;
        UnitPicker unit = new UnitPicker(t("indicators.targets.unit"), units);
        BigDecimalField value = new BigDecimalField(t("indicators.targets.value"));
        BigDecimalField baselineValue = new BigDecimalField(t("indicators.targets.baseline-value"));
        milestonesBox.addClassName("tk-ind-milestones");
        if (!creating) {
            unit.select(target.unitId());
            unit.setReadOnly(true);
            year.setValue(target.year());
            value.setValue(target.value());
            baselineYear.setValue(target.baselineYear());
            baselineValue.setValue(target.baselineValue());
        }
        year.addValueChangeListener(change -> layOutMilestones(null));
        baselineYear.addValueChangeListener(change -> layOutMilestones(null));
        layOutMilestones(creating ? List.of() : target.milestones());
        dialog = new FormDialog(t(creating ? "indicators.targets.create" : "indicators.targets.edit", indicator.code()), t("action.save"),
                () -> {
                    List<Milestone> given = new ArrayList<>();
                    milestones.forEach((milestoneYear, field) -> {
                        if (field.getValue() != null) {
                            given.add(new Milestone(milestoneYear, field.getValue()));
                        }
                    });
                    Target result = targets.save(actor, creating ? null : target.id(), new TargetRequest(indicator.id(),
                            unit.getValue() == null ? null : unit.getValue().id(), year.getValue(), value.getValue(),
                            baselineYear.getValue(), baselineValue.getValue(), given, creating ? null : target.version()));
                    Toasts.success(t("indicators.targets.saved", indicator.code(), String.valueOf(result.year())));
                    saved.accept(result);
                });
        dialog.setId("target-dialog");
        dialog.confirmButton().setId("target-save");
        dialog.field("unitId", unit);
        dialog.field("year", year);
        dialog.field("value", value);
        dialog.field("baselineYear", baselineYear);
        dialog.field("baselineValue", baselineValue);
        Span heading = new Span(t("indicators.targets.milestones"));
        heading.addClassName("tk-ind-milestones-title");
        dialog.addWide(new Div(heading, milestonesBox));
    }

    FormDialog open() {
        dialog.open();
        return dialog;
    }

    /** A field per year before the target's; typed values stay with their year. */
    private void layOutMilestones(List<Milestone> initial) {
        Map<Integer, BigDecimal> typed = new LinkedHashMap<>();
        milestones.forEach((milestoneYear, field) -> typed.put(milestoneYear, field.getValue()));
        if (initial != null) {
            initial.forEach(milestone -> typed.put(milestone.year(), milestone.value()));
        }
        milestones.clear();
        milestonesBox.removeAll();
        Integer last = year.getValue();
        if (last == null) {
            milestonesBox.add(new Span(t("indicators.targets.milestones.hint")));
            return;
        }
        int first = baselineYear.getValue() != null && baselineYear.getValue() < last ? baselineYear.getValue() + 1
                : last - YEARS_WITHOUT_BASELINE;
        for (int milestoneYear = Math.max(first, last - MOST_MILESTONES); milestoneYear < last; milestoneYear++) {
            BigDecimalField field = new BigDecimalField(t("indicators.targets.milestone", String.valueOf(milestoneYear)));
            field.setValue(typed.get(milestoneYear));
            milestones.put(milestoneYear, field);
            milestonesBox.add(field);
        }
    }
}
