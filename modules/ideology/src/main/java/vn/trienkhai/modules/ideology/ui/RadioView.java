package vn.trienkhai.modules.ideology.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.GrassrootsRadio;
import vn.trienkhai.modules.ideology.IdeologyAccess;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioKind;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPoint;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static vn.trienkhai.modules.ideology.ui.IdeologyLabels.t;

/**
 * "Truyền thanh cơ sở": per commune its station and how many villages' loudspeakers work, the ones down named on the
 * card; opening a commune lists every point with its last check and the button to record a check or repair.
 */
@Prototype
public class RadioView extends VerticalLayout implements HasDynamicTitle {

    private final GrassrootsRadio radio;
    private final IdeologyAccess access;
    private final Clock clock;
    private final Checkbox downOnly = new Checkbox(t("ideology.radio.down-only"));
    private final Div list = new Div();

    RadioView(GrassrootsRadio radio, UnitService units, IdeologyAccess access, Clock clock) {
        this.radio = radio;
        this.access = access;
        this.clock = clock;
        setId("ideology-radio");
        Actor actor = WorkspaceSession.actor();
        Button add = new Button(t("ideology.radio.new"), new Icon(VaadinIcon.PLUS), click -> RadioForm.add(radio,
                units.tree(actor, false).stream().filter(unit -> unit.kind() == UnitKind.COMMUNE).toList(), LocalDate.now(clock), this::saved));
        add.setId("ideology-radio-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(access.mayRecord(actor));
        downOnly.setId("ideology-radio-down-only");
        downOnly.addValueChangeListener(change -> refresh());
        list.setId("ideology-radio-list");
        list.setWidthFull();
        add(new PageHeader(t("ideology.nav.radio"), t("ideology.radio.subtitle"), add), downOnly, list);
        refresh();
    }

    private void saved() {
        Toasts.success(t("ideology.saved"));
        refresh();
    }

    private void refresh() {
        Actor actor = WorkspaceSession.actor();
        Map<String, List<RadioPoint>> byCommune = radio.list(actor).stream()
                .collect(Collectors.groupingBy(RadioPoint::communeName, LinkedHashMap::new, Collectors.toList()));
        list.removeAll();
        byCommune.forEach((commune, points) -> {
            if (!downOnly.getValue() || points.stream().anyMatch(point -> !point.isWorking())) {
                list.add(commune(commune, points, actor));
            }
        });
        if (list.getComponentCount() == 0) {
            list.add(new EmptyState("vaadin:volume-up", t(downOnly.getValue() ? "ideology.radio.none-down" : "ideology.radio.empty"),
                    t("ideology.radio.empty.hint")));
        }
    }

    private Div commune(String name, List<RadioPoint> points, Actor actor) {
        List<RadioPoint> clusters = points.stream().filter(point -> point.kind() == RadioKind.CLUSTER).toList();
        List<RadioPoint> down = clusters.stream().filter(point -> !point.isWorking()).toList();
        Div card = new Div();
        card.addClassNames("tk-row-card", "tk-home-line");
        Span heading = new Span(name);
        heading.addClassName("tk-row-card-heading");
        Div state = new Div();
        state.addClassName("tk-task-meta");
        points.stream().filter(point -> point.kind() == RadioKind.STATION).findFirst()
                .ifPresent(station -> state.add(new Span(t("ideology.radio-kind.STATION") + ":"), IdeologyLabels.status(station.status())));
        state.add(new Span(t("ideology.radio.clusters-working", clusters.size() - down.size(), clusters.size())));
        card.add(heading, state);
        if (!down.isEmpty()) {
            card.add(IdeologyLabels.meta(List.of(t("ideology.radio.down-list",
                    down.stream().map(RadioPoint::village).collect(Collectors.joining(", "))))));
        }
        VerticalLayout all = new VerticalLayout();
        all.setPadding(false);
        all.setSpacing(false);
        for (RadioPoint point : points) {
            Div line = new Div(new Span(IdeologyLabels.pointName(point)), IdeologyLabels.status(point.status()),
                    new Span(t("ideology.radio.last-checked", IdeologyLabels.date(point.lastChecked()))));
            line.addClassName("tk-task-meta");
            if (access.mayRecord(actor)) {
                Button repair = new Button(t("ideology.radio.repair"), click -> RadioForm.repair(radio, point, LocalDate.now(clock), this::saved));
                repair.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                repair.setId("ideology-repair-" + point.id());
                line.add(repair);
            }
            all.add(line);
        }
        card.add(new Details(t("ideology.radio.details"), all));
        return card;
    }

    @Override
    public String getPageTitle() {
        return t("ideology.nav.radio");
    }
}
