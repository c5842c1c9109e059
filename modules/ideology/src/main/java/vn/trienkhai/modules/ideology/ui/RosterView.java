package vn.trienkhai.modules.ideology.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyAccess;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterLevel;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMember;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMemberRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterRole;
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

import static vn.trienkhai.modules.ideology.ui.IdeologyLabels.t;

/**
 * "Đội ngũ báo cáo viên": the network in scope, by name, in a grid that scrolls through thousands, filtered by name,
 * role and whether they are still active. One column holds the person and their unit, so the grid reads on a phone.
 */
@Prototype
public class RosterView extends VerticalLayout implements HasDynamicTitle {

    private final Roster roster;
    private final UnitService units;
    private final IdeologyAccess access;
    private final Clock clock;
    private final TextField search = new TextField();
    private final Select<RosterRole> role = new Select<>();
    private final Checkbox activeOnly = new Checkbox(t("ideology.roster.filter.active-only"), true);
    private final Span summary = new Span();
    private final Grid<RosterMember> grid = new Grid<>();
    private final Div empty = new Div();
    private List<RosterMember> members = List.of();

    RosterView(Roster roster, UnitService units, IdeologyAccess access, Clock clock) {
        this.roster = roster;
        this.units = units;
        this.access = access;
        this.clock = clock;
        setId("ideology-roster");
        Actor actor = WorkspaceSession.actor();
        Button add = new Button(t("ideology.roster.new"), new Icon(VaadinIcon.PLUS), click -> open(null));
        add.setId("ideology-roster-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(access.mayRecord(actor));
        search.setPlaceholder(t("ideology.roster.filter.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> filter());
        role.setItems(RosterRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(t("ideology.roster.filter.all-roles"));
        role.setItemLabelGenerator(value -> value == null ? t("ideology.roster.filter.all-roles") : t(value.labelKey()));
        role.setAriaLabel(t("ideology.roster.filter.role"));
        role.addValueChangeListener(change -> filter());
        activeOnly.addValueChangeListener(change -> filter());
        FlexLayout filters = new FlexLayout(search, role, activeOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        summary.setId("ideology-roster-summary");
        summary.addClassName("tk-row-card-meta");
        grid.setId("ideology-roster-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("min(70vh, 40rem)");
        grid.setWidthFull();
        grid.addComponentColumn(this::person).setHeader(t("ideology.field.full-name")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        add(new PageHeader(t("ideology.nav.roster"), t("ideology.roster.subtitle"), add), filters, summary, grid, empty);
        refresh();
    }

    private void refresh() {
        members = roster.list(WorkspaceSession.actor());
        List<RosterMember> active = members.stream().filter(RosterMember::active).toList();
        summary.setText(t("ideology.roster.summary", active.size(), count(active, RosterRole.REPORTER), count(active, RosterRole.PROPAGANDIST),
                count(active, RosterRole.COLLABORATOR)));
        filter();
    }

    private void filter() {
        String wanted = VietnameseText.fold(search.getValue());
        List<RosterMember> shown = members.stream().filter(member -> !activeOnly.getValue() || member.active())
                .filter(member -> role.getValue() == null || member.role() == role.getValue())
                .filter(member -> wanted.isEmpty() || VietnameseText.fold(member.fullName()).contains(wanted)).toList();
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.removeAll();
        if (shown.isEmpty()) {
            empty.add(new EmptyState("vaadin:users", t("ideology.roster.empty"), t("ideology.roster.empty.hint")));
        }
    }

    private Div person(RosterMember member) {
        Span name = new Span(member.fullName());
        name.addClassName("tk-row-card-heading");
        Div badges = new Div(IdeologyLabels.badge(t(member.role().labelKey()), "open"));
        badges.addClassName("tk-task-meta");
        if (!member.active()) {
            badges.add(IdeologyLabels.badge(t("ideology.roster.inactive"), "due-soon"));
        }
        Div cell = new Div(name, badges, IdeologyLabels.meta(List.of(member.unitName(), t(member.level().labelKey()),
                t("ideology.field.since") + " " + IdeologyLabels.date(member.since()))));
        if (member.trainings() != null) {
            cell.add(IdeologyLabels.meta(member.trainings().lines().toList()));
        }
        return cell;
    }

    private Div actions(RosterMember member) {
        Div actions = new Div();
        if (access.mayRecord(WorkspaceSession.actor())) {
            Button edit = new Button(t("ideology.action.edit"), click -> open(member));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(edit);
        }
        return actions;
    }

    private void open(RosterMember member) {
        Actor actor = WorkspaceSession.actor();
        UnitPicker unit = new UnitPicker(t("ideology.field.unit"), units.tree(actor, false));
        TextField name = FormDialog.textField(t("ideology.field.full-name"), member == null ? null : member.fullName());
        Select<RosterRole> roleField = new Select<>();
        roleField.setLabel(t("ideology.field.role"));
        roleField.setItems(RosterRole.values());
        roleField.setItemLabelGenerator(value -> t(value.labelKey()));
        Select<RosterLevel> level = new Select<>();
        level.setLabel(t("ideology.field.level"));
        level.setItems(RosterLevel.values());
        level.setItemLabelGenerator(value -> t(value.labelKey()));
        VietnameseDatePicker since = new VietnameseDatePicker(t("ideology.field.since"), member == null ? LocalDate.now(clock) : member.since());
        TextArea trainings = new TextArea(t("ideology.field.trainings"));
        Checkbox active = new Checkbox(t("ideology.field.active"), member == null || member.active());
        if (member != null) {
            unit.select(member.unitId());
            roleField.setValue(member.role());
            level.setValue(member.level());
            trainings.setValue(member.trainings() == null ? "" : member.trainings());
        }
        FormDialog dialog = new FormDialog(t(member == null ? "ideology.roster.new" : "ideology.roster.edit"), t("ideology.action.save"), () -> {
            roster.save(WorkspaceSession.actor(), member == null ? null : member.id(), new RosterMemberRequest(
                    unit.getValue() == null ? null : unit.getValue().id(), name.getValue(), roleField.getValue(), level.getValue(),
                    since.getValue(), trainings.getValue(), active.getValue(), member == null ? null : member.version()));
            Toasts.success(t("ideology.saved"));
            refresh();
        });
        dialog.setId("ideology-roster-dialog");
        dialog.wideField("fullName", name);
        dialog.field("unitId", unit);
        dialog.field("role", roleField);
        dialog.field("level", level);
        dialog.field("since", since);
        dialog.wideField("trainings", trainings);
        dialog.addWide(active);
        dialog.confirmButton().setId("ideology-roster-save");
        dialog.open();
    }

    private static long count(List<RosterMember> members, RosterRole role) {
        return members.stream().filter(member -> member.role() == role).count();
    }

    @Override
    public String getPageTitle() {
        return t("ideology.nav.roster");
    }
}
