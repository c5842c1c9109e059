package vn.trienkhai.modules.ideology.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.FalseInformation;
import vn.trienkhai.modules.ideology.IdeologyAccess;
import vn.trienkhai.modules.ideology.IdeologyModel.Incident;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentAction;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Platform;
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

/** "Chống thông tin xấu độc": the incidents found online in scope, the latest first, recorded and updated with what was done. */
@Prototype
public class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    private final FalseInformation incidents;
    private final UnitService units;
    private final IdeologyAccess access;
    private final Clock clock;
    private final Div list = new Div();

    IncidentsView(FalseInformation incidents, UnitService units, IdeologyAccess access, Clock clock) {
        this.incidents = incidents;
        this.units = units;
        this.access = access;
        this.clock = clock;
        setId("ideology-incidents");
        Button record = new Button(t("ideology.incident.new"), new Icon(VaadinIcon.PLUS), click -> open(null));
        record.setId("ideology-incident-new");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(access.mayRecord(WorkspaceSession.actor()));
        list.setId("ideology-incident-list");
        list.setWidthFull();
        add(new PageHeader(t("ideology.nav.incidents"), t("ideology.incident.subtitle"), record), list);
        refresh();
    }

    private void refresh() {
        List<Incident> shown = incidents.list(WorkspaceSession.actor());
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new EmptyState("vaadin:shield", t("ideology.incident.empty"), t("ideology.opinion.empty.hint")));
        }
        for (Incident incident : shown) {
            Div card = new Div();
            card.addClassNames("tk-row-card", "tk-home-line");
            Span topic = new Span(incident.topic());
            topic.addClassName("tk-row-card-heading");
            Div badges = new Div(IdeologyLabels.badge(t(incident.platform().labelKey()), "open"),
                    IdeologyLabels.badge(t(incident.action().labelKey()), incident.action() == IncidentAction.PENDING ? "overdue" : "done-on-time"));
            badges.addClassName("tk-task-meta");
            Anchor link = new Anchor(incident.link(), incident.link());
            link.setTarget("_blank");
            link.getStyle().set("overflow-wrap", "anywhere");
            card.add(topic, badges, link, IdeologyLabels.meta(List.of(incident.unitName(), IdeologyLabels.date(incident.foundOn()),
                    incident.reach() == null ? "" : t("ideology.incident.reach", incident.reach()),
                    incident.handledBy() == null ? ""
                            : t("ideology.incident.handled", incident.handledBy(), IdeologyLabels.date(incident.handledOn())))));
            if (access.mayRecord(WorkspaceSession.actor())) {
                Button update = new Button(t("ideology.incident.edit"), click -> open(incident));
                update.addThemeVariants(ButtonVariant.LUMO_SMALL);
                update.addClassName("ideology-incident-edit");
                card.add(update);
            }
            list.add(card);
        }
    }

    /** Records an incident ({@code incident} null) or what was done about it since. */
    private void open(Incident incident) {
        Actor actor = WorkspaceSession.actor();
        boolean recording = incident == null;
        LocalDate today = LocalDate.now(clock);
        UnitPicker unit = new UnitPicker(t("ideology.field.unit"), units.tree(actor, false));
        VietnameseDatePicker found = new VietnameseDatePicker(t("ideology.field.found-on"), recording ? today : incident.foundOn());
        Select<Platform> platform = new Select<>();
        platform.setLabel(t("ideology.field.platform"));
        platform.setItems(Platform.values());
        platform.setItemLabelGenerator(value -> t(value.labelKey()));
        TextField link = FormDialog.textField(t("ideology.field.link"), recording ? null : incident.link());
        TextField topic = FormDialog.textField(t("ideology.field.topic"), recording ? null : incident.topic());
        IntegerField reach = new IntegerField(t("ideology.field.reach"));
        Select<IncidentAction> action = new Select<>();
        action.setLabel(t("ideology.field.action"));
        action.setItems(IncidentAction.values());
        action.setItemLabelGenerator(value -> t(value.labelKey()));
        action.setValue(recording ? IncidentAction.PENDING : incident.action());
        TextField handledBy = FormDialog.textField(t("ideology.field.handled-by"), recording ? null : incident.handledBy());
        // updating a pending incident is usually recording what was done today
        VietnameseDatePicker handledOn = new VietnameseDatePicker(t("ideology.field.handled-on"),
                recording ? null : incident.handledOn() == null ? today : incident.handledOn());
        if (!recording) {
            unit.select(incident.unitId());
            platform.setValue(incident.platform());
            reach.setValue(incident.reach());
        }
        String title = recording ? t("ideology.incident.new") : t("ideology.incident.edit.title", incident.topic());
        FormDialog dialog = new FormDialog(title, t("ideology.action.save"), () -> {
            incidents.save(WorkspaceSession.actor(), recording ? null : incident.id(), new IncidentRequest(
                    unit.getValue() == null ? null : unit.getValue().id(), found.getValue(), platform.getValue(), link.getValue(),
                    topic.getValue(), reach.getValue(), action.getValue(), handledBy.getValue(), handledOn.getValue(),
                    recording ? null : incident.version()));
            Toasts.success(t("ideology.saved"));
            refresh();
        });
        dialog.setId("ideology-incident-dialog");
        dialog.field("unitId", unit);
        dialog.field("foundOn", found);
        dialog.field("platform", platform);
        dialog.field("reach", reach);
        dialog.wideField("link", link);
        dialog.wideField("topic", topic);
        dialog.field("action", action);
        dialog.field("handledBy", handledBy);
        dialog.field("handledOn", handledOn);
        dialog.confirmButton().setId("ideology-incident-save");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return t("ideology.nav.incidents");
    }
}
