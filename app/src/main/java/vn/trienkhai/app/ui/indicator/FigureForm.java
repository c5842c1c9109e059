package vn.trienkhai.app.ui.indicator;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.error.DomainException.FieldError;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.indicator.FigureEntry;
import vn.trienkhai.core.indicator.FigureLocks;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.workbench.kit.Toasts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The form of one data set, unit and period: a line per indicator, saved through {@link FigureEntry} all or nothing.
 * The service's errors ({@code figures[3].numerator}) are shown on the fields they name; a period locked by a report's
 * approval is shown read-only with the reason; a form someone else saved meanwhile says so and offers to reload.
 */
class FigureForm extends Div {

    private static final Pattern FIELD = Pattern.compile("figures\\[(\\d+)]\\.(\\w+)");

    private final Actor actor;
    private final FigureEntry entry;
    private final Runnable reload;
    private final Paragraph problem = new Paragraph();
    private final List<FigureLine> lines = new ArrayList<>();

    /** The form for the set, unit and period with the figures as stored now; {@code reload} shows it afresh. */
    FigureForm(Actor actor, FigureEntry entry, FigureLocks locks, DataSet set, Unit unit, Period period, Runnable reload) {
        this.actor = actor;
        this.entry = entry;
        this.reload = reload;
        addClassName("tk-ind-form");
        problem.setId("entry-problem");
        problem.addClassName("tk-form-problem");
        problem.setVisible(false);
        boolean locked = locks.isLocked(unit.id(), period);
        Map<Long, Figure> stored = byIndicator(entry.figures(actor, unit.id(), period));
        Map<Long, Figure> previous = byIndicator(entry.figures(actor, unit.id(), period.previous()));
        Paragraph heading = new Paragraph(IndicatorFormat.t("indicators.entry.heading", set.name(), unit.name(), period.label()));
        heading.addClassName("tk-ind-form-heading");
        add(heading, problem);
        if (locked) {
            Paragraph note = new Paragraph(IndicatorFormat.t("indicators.entry.locked", unit.name(), period.label()));
            note.setId("entry-locked");
            note.addClassName("tk-ind-locked");
            add(note);
        }
        List<Indicator> indicators = set.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.isEnteredByHand() && indicator.active() && indicator.periodKinds().contains(period.kind())
                    && indicator.unitKinds().contains(unit.kind())) {
                FigureLine line = new FigureLine(i + 1, indicator, stored.get(indicator.id()), previous.get(indicator.id()), locked);
                lines.add(line);
                add(line);
            }
        }
        if (lines.isEmpty()) {
            add(new Paragraph(IndicatorFormat.t("indicators.entry.nothing", unit.name(), period.label())));
        } else if (!locked) {
            Button save = new Button(IndicatorFormat.t("indicators.entry.save"), new Icon("vaadin:check"), click -> save(unit, period));
            save.setId("entry-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div actions = new Div(save);
            actions.addClassName("tk-ind-form-actions");
            add(actions);
        }
    }

    private void save(Unit unit, Period period) {
        lines.forEach(line -> line.fields().values().forEach(field -> field.setInvalid(false)));
        problem.setVisible(false);
        List<FigureInput> inputs = lines.stream().map(line -> line.input(unit.id(), period)).filter(Objects::nonNull).toList();
        if (inputs.isEmpty()) {
            showProblem(IndicatorFormat.t("indicators.entry.empty"), false);
            return;
        }
        try {
            entry.save(actor, new FigureBatch(inputs, Source.MANUAL));
            Toasts.success(IndicatorFormat.t("indicators.entry.saved", inputs.size(), unit.name(), period.label()));
            reload.run();
        } catch (InvalidRequestException invalid) {
            show(invalid);
        } catch (ConflictException stale) {
            showProblem(stale.getMessage(), true);
        }
    }

    private void show(DomainException refused) {
        Map<Integer, FigureLine> byRow = lines.stream().collect(Collectors.toMap(FigureLine::row, Function.identity()));
        for (FieldError error : refused.fieldErrors()) {
            Matcher matcher = FIELD.matcher(error.field());
            FigureLine line = matcher.matches() ? byRow.get(Integer.parseInt(matcher.group(1))) : null;
            HasValidation field = line == null ? null : line.fields().get(matcher.group(2));
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
        showProblem(refused.getMessage(), false);
    }

    private void showProblem(String message, boolean offerReload) {
        problem.removeAll();
        problem.setText(message);
        if (offerReload) {
            Button again = new Button(IndicatorFormat.t("indicators.entry.reload"), click -> reload.run());
            again.setId("entry-reload");
            problem.add(again);
        }
        problem.setVisible(true);
    }

    private static Map<Long, Figure> byIndicator(List<Figure> figures) {
        return figures.stream().collect(Collectors.toMap(Figure::indicatorId, Function.identity()));
    }
}
