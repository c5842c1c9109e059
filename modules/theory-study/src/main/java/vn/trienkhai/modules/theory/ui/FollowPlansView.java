package vn.trienkhai.modules.theory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.theory.FollowPlans;
import vn.trienkhai.modules.theory.TheoryAccess;
import vn.trienkhai.modules.theory.TheoryModel.FollowPlan;
import vn.trienkhai.modules.theory.TheoryModel.FollowPlanRequest;
import vn.trienkhai.modules.theory.TheoryModel.FollowYear;
import vn.trienkhai.modules.theory.TheoryModel.TopicRequest;
import vn.trienkhai.modules.theory.TheoryModel.UnitRef;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static vn.trienkhai.modules.theory.ui.TheoryLabels.t;

/**
 * "Học tập và làm theo": the year's Ho Chi Minh topic, the party bodies' "làm theo" plans with their members'
 * commitments, and the party bodies that have not registered one, each with a button to register it.
 */
@Prototype
public class FollowPlansView extends VerticalLayout implements HasDynamicTitle {

    private static final int YEARS_SHOWN = 5;

    private final FollowPlans plans;
    private final UnitService units;
    private final TheoryAccess access;
    private final Clock clock;
    private final Select<Integer> year = new Select<>();
    private final Div content = new Div();
    private FollowYear shown;

    FollowPlansView(FollowPlans plans, UnitService units, TheoryAccess access, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.access = access;
        this.clock = clock;
        setId("theory-follow");
        int current = LocalDate.now(clock).getYear();
        Button topic = new Button(t("theory.topic.set"), new Icon(VaadinIcon.STAR), click -> openTopic());
        topic.setId("theory-topic-set");
        topic.setVisible(access.maySetTopic(WorkspaceSession.actor()));
        year.setLabel(t("theory.field.year"));
        year.setItems(IntStream.range(-1, YEARS_SHOWN).mapToObj(back -> current - back).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(current);
        year.addValueChangeListener(change -> refresh());
        content.setId("theory-follow-content");
        content.setWidthFull();
        add(new PageHeader(t("theory.nav.follow"), t("theory.follow.subtitle"), topic), year, content);
        refresh();
    }

    private void refresh() {
        Actor actor = WorkspaceSession.actor();
        shown = plans.year(actor, year.getValue());
        content.removeAll();
        Paragraph topic = new Paragraph(shown.topic() == null ? t("theory.topic.none", String.valueOf(shown.year()))
                : t("theory.topic.of-year", String.valueOf(shown.year()), shown.topic().title()));
        topic.setId("theory-topic");
        content.add(topic, new H3(t("theory.follow.registered", shown.plans().size())));
        for (FollowPlan plan : shown.plans()) {
            Div card = TheoryLabels.card();
            card.add(TheoryLabels.heading(plan.unitName()), new Div(plan.summary()), TheoryLabels.meta(List.of(
                    t("theory.follow.registered-on", TheoryLabels.date(plan.registeredOn())), t("theory.follow.commitments", plan.commitments()))));
            if (access.mayRecord(actor)) {
                Button edit = new Button(t("theory.action.edit"), click -> openPlan(plan, null));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                card.add(edit);
            }
            content.add(card);
        }
        H3 missing = new H3(t("theory.follow.without", shown.withoutPlan().size()));
        Div without = new Div();
        without.setId("theory-follow-without");
        for (UnitRef unit : shown.withoutPlan()) {
            Div line = TheoryLabels.card();
            line.addClassName("theory-follow-missing");
            line.add(TheoryLabels.heading(unit.name()), TheoryLabels.badge(t("theory.follow.missing"), "overdue"));
            if (access.mayRecord(actor)) {
                Button register = new Button(t("theory.follow.register"), click -> openPlan(null, unit));
                register.addThemeVariants(ButtonVariant.LUMO_SMALL);
                line.add(register);
            }
            without.add(line);
        }
        content.add(missing, without);
    }

    /** Registers the plan of {@code unit} ({@code plan} null) or corrects {@code plan}. */
    private void openPlan(FollowPlan plan, UnitRef unit) {
        Actor actor = WorkspaceSession.actor();
        UnitPicker body = new UnitPicker(t("theory.field.unit"), units.tree(actor, false));
        body.select(plan == null ? unit.id() : plan.unitId());
        VietnameseDatePicker registeredOn = new VietnameseDatePicker(t("theory.field.registered-on"),
                plan == null ? LocalDate.now(clock) : plan.registeredOn());
        TextArea summary = new TextArea(t("theory.field.summary"));
        summary.setValue(plan == null ? "" : plan.summary());
        IntegerField commitments = new IntegerField(t("theory.field.commitments"));
        commitments.setMin(0);
        commitments.setValue(plan == null ? 0 : plan.commitments());
        int planYear = shown.year();
        FormDialog dialog = new FormDialog(t(plan == null ? "theory.follow.register" : "theory.follow.edit"), t("theory.action.save"), () -> {
            plans.save(WorkspaceSession.actor(), plan == null ? null : plan.id(), new FollowPlanRequest(
                    body.getValue() == null ? null : body.getValue().id(), planYear, registeredOn.getValue(), summary.getValue(),
                    commitments.getValue(), plan == null ? null : plan.version()));
            Toasts.success(t("theory.saved"));
            refresh();
        });
        dialog.setId("theory-follow-dialog");
        dialog.field("unitId", body);
        dialog.field("registeredOn", registeredOn);
        dialog.wideField("summary", summary);
        dialog.field("commitments", commitments);
        dialog.confirmButton().setId("theory-follow-save");
        dialog.open();
    }

    private void openTopic() {
        TextField title = FormDialog.textField(t("theory.field.topic"), shown.topic() == null ? null : shown.topic().title());
        int topicYear = shown.year();
        FormDialog dialog = new FormDialog(t("theory.topic.set-for", String.valueOf(topicYear)), t("theory.action.save"), () -> {
            plans.saveTopic(WorkspaceSession.actor(), shown.topic() == null ? null : shown.topic().id(), new TopicRequest(topicYear,
                    title.getValue(), shown.topic() == null ? null : shown.topic().version()));
            Toasts.success(t("theory.saved"));
            refresh();
        });
        dialog.setId("theory-topic-dialog");
        dialog.wideField("title", title);
        dialog.confirmButton().setId("theory-topic-save");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return t("theory.nav.follow");
    }
}
