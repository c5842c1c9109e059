package vn.trienkhai.modules.theory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.theory.PoliticalClasses;
import vn.trienkhai.modules.theory.TheoryAccess;
import vn.trienkhai.modules.theory.TheoryModel.ClassRequest;
import vn.trienkhai.modules.theory.TheoryModel.CourseLevel;
import vn.trienkhai.modules.theory.TheoryModel.Learners;
import vn.trienkhai.modules.theory.TheoryModel.TheoryClass;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static vn.trienkhai.modules.theory.ui.TheoryLabels.t;

/**
 * "Lớp lý luận chính trị": the classes of the political centre, the latest first, with per unit who enrolled and who
 * graduated. A class's learners are entered as lines, one per unit.
 */
@Prototype
public class ClassesView extends VerticalLayout implements HasDynamicTitle {

    private final PoliticalClasses classes;
    private final UnitService units;
    private final TheoryAccess access;
    private final Clock clock;
    private final Div list = new Div();

    ClassesView(PoliticalClasses classes, UnitService units, TheoryAccess access, Clock clock) {
        this.classes = classes;
        this.units = units;
        this.access = access;
        this.clock = clock;
        setId("theory-classes");
        Button record = new Button(t("theory.class.new"), new Icon(VaadinIcon.PLUS), click -> open(null));
        record.setId("theory-class-new");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(access.mayRecord(WorkspaceSession.actor()));
        list.setId("theory-class-list");
        list.setWidthFull();
        add(new PageHeader(t("theory.nav.classes"), t("theory.class.subtitle"), record), list);
        refresh();
    }

    private void refresh() {
        List<TheoryClass> shown = classes.list(WorkspaceSession.actor());
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new EmptyState("vaadin:academy-cap", t("theory.class.empty"), t("theory.class.empty.hint")));
        }
        for (TheoryClass course : shown) {
            Div card = TheoryLabels.card();
            card.add(TheoryLabels.heading(course.title()), new Div(TheoryLabels.badge(t(course.level().labelKey()), "open")),
                    TheoryLabels.meta(List.of(course.unitName(), TheoryLabels.date(course.startsOn()) + " – " + TheoryLabels.date(course.endsOn()),
                            t("theory.class.totals", course.enrolled(), course.graduated()))),
                    TheoryLabels.meta(course.learners().stream().map(line -> t("theory.class.line", line.unitName(), line.enrolled(),
                            line.graduated())).toList()));
            if (access.mayRecord(WorkspaceSession.actor())) {
                Button edit = new Button(t("theory.action.edit"), click -> open(course));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                card.add(edit);
            }
            list.add(card);
        }
    }

    /** Records a class ({@code course} null) or corrects one. */
    private void open(TheoryClass course) {
        Actor actor = WorkspaceSession.actor();
        List<Unit> tree = units.tree(actor, false);
        UnitPicker organiser = new UnitPicker(t("theory.field.organiser"), tree);
        Select<CourseLevel> level = new Select<>();
        level.setLabel(t("theory.field.level"));
        level.setItems(CourseLevel.values());
        level.setItemLabelGenerator(value -> t(value.labelKey()));
        TextField title = FormDialog.textField(t("theory.field.class-title"), course == null ? null : course.title());
        LocalDate today = LocalDate.now(clock);
        VietnameseDatePicker startsOn = new VietnameseDatePicker(t("theory.field.starts-on"), course == null ? today : course.startsOn());
        VietnameseDatePicker endsOn = new VietnameseDatePicker(t("theory.field.ends-on"), course == null ? today : course.endsOn());
        List<LearnerLine> lines = new ArrayList<>();
        Div learners = new Div();
        learners.setWidthFull();
        Button addLine = new Button(t("theory.class.add-line"), new Icon(VaadinIcon.PLUS), click -> learners.add(line(tree, null, lines)));
        addLine.setId("theory-class-add-line");
        if (course == null) {
            organiser.select(WorkspaceSession.scopeUnitId().orElse(null));
            level.setValue(CourseLevel.ELEMENTARY);
            learners.add(line(tree, null, lines));
        } else {
            organiser.select(course.unitId());
            level.setValue(course.level());
            course.learners().forEach(given -> learners.add(line(tree, given, lines)));
        }
        FormDialog dialog = new FormDialog(t(course == null ? "theory.class.new" : "theory.class.edit"), t("theory.action.save"), () -> {
            classes.save(WorkspaceSession.actor(), course == null ? null : course.id(), new ClassRequest(
                    organiser.getValue() == null ? null : organiser.getValue().id(), level.getValue(), title.getValue(), startsOn.getValue(),
                    endsOn.getValue(), lines.stream().filter(LearnerLine::filled).map(LearnerLine::learners).toList(),
                    course == null ? null : course.version()));
            Toasts.success(t("theory.saved"));
            refresh();
        });
        dialog.setId("theory-class-dialog");
        dialog.wideField("title", title);
        dialog.field("unitId", organiser);
        dialog.field("level", level);
        dialog.field("startsOn", startsOn);
        dialog.field("endsOn", endsOn);
        dialog.addWide(learners);
        dialog.addWide(addLine);
        dialog.confirmButton().setId("theory-class-save");
        dialog.open();
    }

    private static FlexLayout line(List<Unit> tree, Learners given, List<LearnerLine> lines) {
        LearnerLine line = new LearnerLine(new UnitPicker(t("theory.field.learner-unit"), tree), new IntegerField(t("theory.field.enrolled")),
                new IntegerField(t("theory.field.graduated")));
        if (given != null) {
            line.unit().select(given.unitId());
            line.enrolled().setValue(given.enrolled());
            line.graduated().setValue(given.graduated());
        }
        lines.add(line);
        FlexLayout row = new FlexLayout(line.unit(), line.enrolled(), line.graduated());
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        row.addClassName("theory-class-line");
        return row;
    }

    /** One unit's learners being entered. */
    private record LearnerLine(UnitPicker unit, IntegerField enrolled, IntegerField graduated) {

        boolean filled() {
            return unit.getValue() != null;
        }

        Learners learners() {
            return new Learners(unit.getValue().id(), null, enrolled.getValue() == null ? 0 : enrolled.getValue(),
                    graduated.getValue() == null ? 0 : graduated.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return t("theory.nav.classes");
    }
}
