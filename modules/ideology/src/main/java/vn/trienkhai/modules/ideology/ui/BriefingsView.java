package vn.trienkhai.modules.ideology.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.Briefings;
import vn.trienkhai.modules.ideology.IdeologyAccess;
import vn.trienkhai.modules.ideology.IdeologyModel.Briefing;
import vn.trienkhai.modules.ideology.IdeologyModel.BriefingRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.BriefingYear;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMember;
import vn.trienkhai.modules.ideology.Roster;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static vn.trienkhai.modules.ideology.ui.IdeologyLabels.t;

/**
 * "Hội nghị báo cáo viên": for the chosen year, each unit's months with a conference against twelve, then the
 * conferences themselves, the latest first, with who attended. Attendees are picked from the active members of the
 * roster in the organiser's unit and below.
 */
@Prototype
public class BriefingsView extends VerticalLayout implements HasDynamicTitle {

    private static final int YEARS_SHOWN = 5;

    private final Briefings briefings;
    private final Roster roster;
    private final UnitService units;
    private final IdeologyAccess access;
    private final Clock clock;
    private final Select<Integer> year = new Select<>();
    private final Div progress = new Div();
    private final Div list = new Div();

    BriefingsView(Briefings briefings, Roster roster, UnitService units, IdeologyAccess access, Clock clock) {
        this.briefings = briefings;
        this.roster = roster;
        this.units = units;
        this.access = access;
        this.clock = clock;
        setId("ideology-briefings");
        Button record = new Button(t("ideology.briefing.new"), new Icon(VaadinIcon.PLUS), click -> open(null));
        record.setId("ideology-briefing-new");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(access.mayRecord(WorkspaceSession.actor()));
        int current = LocalDate.now(clock).getYear();
        year.setLabel(t("ideology.field.year"));
        year.setItems(IntStream.range(0, YEARS_SHOWN).mapToObj(back -> current - back).toList());
        year.setValue(current);
        year.addValueChangeListener(change -> refresh());
        progress.setId("ideology-briefing-year");
        progress.setWidthFull();
        list.setId("ideology-briefing-list");
        list.setWidthFull();
        add(new PageHeader(t("ideology.nav.briefings"), t("ideology.briefing.subtitle"), record), year, progress, list);
        refresh();
    }

    private void refresh() {
        Actor actor = WorkspaceSession.actor();
        int shownYear = year.getValue();
        progress.removeAll();
        for (BriefingYear unit : briefings.year(actor, shownYear)) {
            progress.add(yearLine(unit));
        }
        Map<Long, RosterMember> members = roster.list(actor).stream().collect(Collectors.toMap(RosterMember::id, Function.identity()));
        List<Briefing> held = briefings.list(actor).stream().filter(briefing -> briefing.heldOn().getYear() == shownYear).toList();
        list.removeAll();
        list.add(new H3(t("ideology.briefing.held", String.valueOf(shownYear))));
        if (held.isEmpty()) {
            list.add(new EmptyState("vaadin:presentation", t("ideology.briefing.empty"), t("ideology.briefing.empty.hint")));
        }
        held.forEach(briefing -> list.add(card(briefing, members)));
    }

    private static Div yearLine(BriefingYear unit) {
        Span name = new Span(unit.unitName());
        name.addClassName("tk-row-card-heading");
        ProgressBar bar = new ProgressBar(0, BriefingYear.PLANNED, unit.monthsHeld());
        bar.getElement().setAttribute("aria-label", unit.unitName());
        Div line = new Div(name, bar, IdeologyLabels.meta(List.of(t("ideology.briefing.year", String.valueOf(unit.year()), unit.monthsHeld(),
                unit.conferences()))));
        line.addClassNames("tk-row-card", "ideology-briefing-unit");
        return line;
    }

    private Div card(Briefing briefing, Map<Long, RosterMember> members) {
        Div card = new Div();
        card.addClassNames("tk-row-card", "tk-home-line");
        Span topics = new Span(briefing.topics());
        topics.addClassName("tk-row-card-heading");
        topics.getStyle().set("white-space", "pre-line");
        List<String> names = briefing.attendeeIds().stream().map(members::get).filter(member -> member != null)
                .map(RosterMember::fullName).toList();
        card.add(topics, IdeologyLabels.meta(List.of(briefing.unitName(), IdeologyLabels.date(briefing.heldOn()),
                t("ideology.briefing.attendance", briefing.attendeeIds().size()))));
        if (!names.isEmpty()) {
            card.add(IdeologyLabels.meta(List.of(String.join(", ", names))));
        }
        if (access.mayRecord(WorkspaceSession.actor())) {
            Button edit = new Button(t("ideology.action.edit"), click -> open(briefing));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.addClassName("ideology-briefing-edit");
            card.add(edit);
        }
        return card;
    }

    /** Records a conference ({@code briefing} null) or corrects one. */
    private void open(Briefing briefing) {
        Actor actor = WorkspaceSession.actor();
        List<Unit> tree = units.tree(actor, false);
        Map<Long, Unit> byId = tree.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<RosterMember> active = roster.list(actor).stream().filter(RosterMember::active).toList();
        UnitPicker organiser = new UnitPicker(t("ideology.field.organiser"), tree);
        VietnameseDatePicker heldOn = new VietnameseDatePicker(t("ideology.field.held-on"),
                briefing == null ? LocalDate.now(clock) : briefing.heldOn());
        TextArea topics = new TextArea(t("ideology.field.topics"));
        MultiSelectComboBox<RosterMember> attendees = new MultiSelectComboBox<>(t("ideology.field.attendees"));
        attendees.setItemLabelGenerator(member -> member.fullName() + " – " + member.unitName());
        attendees.setItems(active);
        organiser.addValueChangeListener(change -> {
            // the organiser's network: members of its unit and of the units below
            Unit chosen = change.getValue();
            attendees.setItems(active.stream().filter(member -> chosen == null || byId.containsKey(member.unitId())
                    && byId.get(member.unitId()).path().startsWith(chosen.path())).toList());
        });
        if (briefing != null) {
            organiser.select(briefing.unitId());
            topics.setValue(briefing.topics());
            attendees.setValue(active.stream().filter(member -> briefing.attendeeIds().contains(member.id())).toList());
        } else {
            // the committee a department works for, not the department itself
            organiser.select(WorkspaceSession.scopeUnitId().orElse(null));
        }
        FormDialog dialog = new FormDialog(t(briefing == null ? "ideology.briefing.new" : "ideology.briefing.edit"), t("ideology.action.save"),
                () -> {
                    briefings.save(WorkspaceSession.actor(), briefing == null ? null : briefing.id(), new BriefingRequest(
                            organiser.getValue() == null ? null : organiser.getValue().id(), heldOn.getValue(), topics.getValue(),
                            attendees.getValue().stream().map(RosterMember::id).toList(), briefing == null ? null : briefing.version()));
                    Toasts.success(t("ideology.saved"));
                    refresh();
                });
        dialog.setId("ideology-briefing-dialog");
        dialog.field("unitId", organiser);
        dialog.field("heldOn", heldOn);
        dialog.wideField("topics", topics);
        dialog.wideField("attendeeIds", attendees);
        dialog.confirmButton().setId("ideology-briefing-save");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return t("ideology.nav.briefings");
    }
}
