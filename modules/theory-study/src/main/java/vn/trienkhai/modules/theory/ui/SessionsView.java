package vn.trienkhai.modules.theory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.theory.StudySessions;
import vn.trienkhai.modules.theory.TheoryAccess;
import vn.trienkhai.modules.theory.TheoryModel.Attendance;
import vn.trienkhai.modules.theory.TheoryModel.SessionFormat;
import vn.trienkhai.modules.theory.TheoryModel.SessionRequest;
import vn.trienkhai.modules.theory.TheoryModel.StudySession;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.trienkhai.modules.theory.ui.TheoryLabels.t;

/**
 * "Học tập, quán triệt": the sessions held in scope, the latest first, each with the document studied, how it was
 * held and who came per audience category; recorded and corrected by who may.
 */
@Prototype
public class SessionsView extends VerticalLayout implements HasDynamicTitle {

    /** The audience categories in the order of the plans, by the request field each fills. */
    private static final List<String> AUDIENCES = List.of("leadingCadres", "partyMembers", "civilServants", "unionMembers");

    private final StudySessions sessions;
    private final UnitService units;
    private final TheoryAccess access;
    private final Clock clock;
    private final Div list = new Div();

    SessionsView(StudySessions sessions, UnitService units, TheoryAccess access, Clock clock) {
        this.sessions = sessions;
        this.units = units;
        this.access = access;
        this.clock = clock;
        setId("theory-sessions");
        Button record = new Button(t("theory.session.new"), new Icon(VaadinIcon.PLUS), click -> open(null));
        record.setId("theory-session-new");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(access.mayRecord(WorkspaceSession.actor()));
        list.setId("theory-session-list");
        list.setWidthFull();
        add(new PageHeader(t("theory.nav.sessions"), t("theory.session.subtitle"), record), list);
        refresh();
    }

    private void refresh() {
        Actor actor = WorkspaceSession.actor();
        List<StudySession> shown = WorkspaceSession.scopeUnitId().map(unit -> sessions.ofUnit(actor, unit)).orElse(List.of());
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new EmptyState("vaadin:group", t("theory.session.empty"), t("theory.session.empty.hint")));
        }
        for (StudySession session : shown) {
            Div card = TheoryLabels.card();
            card.add(TheoryLabels.heading(session.documentLabel() + " – " + session.unitName()),
                    TheoryLabels.meta(List.of(TheoryLabels.date(session.heldOn()), t(session.format().labelKey()))),
                    TheoryLabels.meta(List.of(t("theory.session.members", TheoryLabels.attendance(session.partyMembers())),
                            attended("leadingCadres", session.leadingCadres()), attended("civilServants", session.civilServants()),
                            attended("unionMembers", session.unionMembers()))));
            if (access.mayRecord(actor)) {
                Button edit = new Button(t("theory.action.edit"), click -> open(session));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                edit.addClassName("theory-session-edit");
                card.add(edit);
            }
            list.add(card);
        }
    }

    private static String attended(String audience, Attendance attendance) {
        return attendance.expected() == 0 ? "" : t("theory.audience." + audience) + ": " + TheoryLabels.attendance(attendance);
    }

    /** Records a session ({@code session} null) or corrects one. */
    private void open(StudySession session) {
        Actor actor = WorkspaceSession.actor();
        UnitPicker unit = new UnitPicker(t("theory.field.organiser"), units.tree(actor, false));
        unit.select(session == null ? WorkspaceSession.scopeUnitId().orElse(null) : session.unitId());
        ComboBox<Document> document = new ComboBox<>(t("theory.field.document"));
        List<Document> choices = sessions.documentChoices(actor);
        document.setItems(choices);
        document.setItemLabelGenerator(choice -> choice.symbol() == null ? choice.title() : choice.symbol() + " – " + choice.title());
        VietnameseDatePicker heldOn = new VietnameseDatePicker(t("theory.field.held-on"), session == null ? LocalDate.now(clock) : session.heldOn());
        Select<SessionFormat> format = new Select<>();
        format.setLabel(t("theory.field.format"));
        format.setItems(SessionFormat.values());
        format.setItemLabelGenerator(value -> t(value.labelKey()));
        format.setValue(session == null ? SessionFormat.IN_PERSON : session.format());
        Map<String, IntegerField[]> counts = new LinkedHashMap<>();
        for (String audience : AUDIENCES) {
            Attendance given = session == null ? Attendance.NONE : attendance(session, audience);
            IntegerField expected = count(t("theory.field.expected", t("theory.audience." + audience)), given.expected());
            IntegerField present = count(t("theory.field.present", t("theory.audience." + audience)), given.present());
            counts.put(audience, new IntegerField[] {expected, present});
        }
        TextArea note = new TextArea(t("theory.field.note"));
        if (session != null) {
            choices.stream().filter(choice -> choice.id() == session.documentId()).findFirst().ifPresent(document::setValue);
            note.setValue(session.note() == null ? "" : session.note());
        }
        FormDialog dialog = new FormDialog(t(session == null ? "theory.session.new" : "theory.session.edit"), t("theory.action.save"), () -> {
            sessions.save(WorkspaceSession.actor(), session == null ? null : session.id(), new SessionRequest(
                    unit.getValue() == null ? null : unit.getValue().id(), document.getValue() == null ? null : document.getValue().id(),
                    heldOn.getValue(), format.getValue(), read(counts.get("leadingCadres")), read(counts.get("partyMembers")),
                    read(counts.get("civilServants")), read(counts.get("unionMembers")), note.getValue(),
                    session == null ? null : session.version()));
            Toasts.success(t("theory.saved"));
            refresh();
        });
        dialog.setId("theory-session-dialog");
        dialog.wideField("documentId", document);
        dialog.field("unitId", unit);
        dialog.field("heldOn", heldOn);
        dialog.field("format", format);
        counts.forEach((audience, fields) -> {
            dialog.field(audience + ".expected", fields[0]);
            dialog.field(audience + ".present", fields[1]);
        });
        dialog.wideField("note", note);
        dialog.confirmButton().setId("theory-session-save");
        dialog.open();
    }

    private static Attendance attendance(StudySession session, String audience) {
        return switch (audience) {
            case "leadingCadres" -> session.leadingCadres();
            case "partyMembers" -> session.partyMembers();
            case "civilServants" -> session.civilServants();
            default -> session.unionMembers();
        };
    }

    private static IntegerField count(String label, int value) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setValue(value);
        return field;
    }

    /** A category left empty was not invited. */
    private static Attendance read(IntegerField[] fields) {
        int expected = fields[0].getValue() == null ? 0 : fields[0].getValue();
        int present = fields[1].getValue() == null ? 0 : fields[1].getValue();
        return expected == 0 && present == 0 ? null : new Attendance(expected, present);
    }

    @Override
    public String getPageTitle() {
        return t("theory.nav.sessions");
    }
}
