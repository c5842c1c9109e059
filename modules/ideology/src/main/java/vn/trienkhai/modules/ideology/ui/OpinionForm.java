package vn.trienkhai.modules.ideology.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.ideology.IdeologyModel.CloseRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Mood;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionRequest;
import vn.trienkhai.modules.ideology.OpinionReports;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.LocalDate;
import java.util.List;

import static vn.trienkhai.modules.ideology.ui.IdeologyLabels.t;

/**
 * "Ghi nhận báo cáo dư luận" and "Kết thúc theo dõi". A tense mood ticks "điểm nóng", which the officer may untick;
 * the service refuses a hot spot without someone to follow it up.
 */
final class OpinionForm {

    private final UnitPicker unit;
    private final VietnameseDatePicker date;
    private final TextField topic;
    private final TextArea summary = new TextArea(t("ideology.field.summary"));
    private final Select<Mood> mood = new Select<>();
    private final Checkbox hotSpot = new Checkbox(t("ideology.field.hot-spot"));
    private final TextArea recommendation = new TextArea(t("ideology.field.recommendation"));
    private final TextField owner;
    private final TextField reporter;

    private OpinionForm(List<Unit> scope, OpinionReport report, LocalDate today) {
        unit = new UnitPicker(t("ideology.field.unit"), scope);
        unit.select(report == null ? null : report.unitId());
        date = new VietnameseDatePicker(t("ideology.field.date"), report == null ? today : report.reportDate());
        topic = FormDialog.textField(t("ideology.field.topic"), report == null ? null : report.topic());
        summary.setValue(report == null ? "" : report.summary());
        mood.setLabel(t("ideology.field.mood"));
        mood.setItems(Mood.values());
        mood.setItemLabelGenerator(value -> t(value.labelKey()));
        mood.setValue(report == null ? Mood.MIXED : report.mood());
        mood.addValueChangeListener(change -> hotSpot.setValue(change.getValue() == Mood.TENSE));
        hotSpot.setValue(report != null && report.hotSpot());
        recommendation.setValue(report == null || report.recommendation() == null ? "" : report.recommendation());
        owner = FormDialog.textField(t("ideology.field.owner"), report == null ? null : report.followUpOwner());
        owner.setHelperText(t("ideology.field.owner.hint"));
        reporter = FormDialog.textField(t("ideology.field.reporter"), report == null ? null : report.reporter());
    }

    /** Opens the dialog for a new report ({@code report} null) or to correct one; {@code saved} gets the stored report. */
    static void open(OpinionReports reports, List<Unit> scope, OpinionReport report, LocalDate today, Runnable saved) {
        OpinionForm form = new OpinionForm(scope, report, today);
        FormDialog dialog = new FormDialog(t(report == null ? "ideology.opinion.new" : "ideology.opinion.edit"), t("ideology.action.save"),
                () -> {
                    reports.save(WorkspaceSession.actor(), report == null ? null : report.id(), form.request(report));
                    saved.run();
                });
        dialog.setId("ideology-opinion-dialog");
        dialog.field("unitId", form.unit);
        dialog.field("reportDate", form.date);
        dialog.wideField("topic", form.topic);
        dialog.wideField("summary", form.summary);
        dialog.field("mood", form.mood);
        dialog.addWide(form.hotSpot);
        dialog.field("followUpOwner", form.owner);
        dialog.field("reporter", form.reporter);
        dialog.wideField("recommendation", form.recommendation);
        dialog.confirmButton().setId("ideology-opinion-save");
        dialog.open();
    }

    /** Opens "Kết thúc theo dõi" for an open report. */
    static void close(OpinionReports reports, OpinionReport report, LocalDate today, Runnable closed) {
        TextArea note = new TextArea(t("ideology.field.follow-up-note"));
        VietnameseDatePicker on = new VietnameseDatePicker(t("ideology.field.closed-on"), today);
        FormDialog dialog = new FormDialog(t("ideology.opinion.close.title", report.topic()), t("ideology.action.close"), () -> {
            reports.close(WorkspaceSession.actor(), report.id(), new CloseRequest(note.getValue(), on.getValue(), report.version()));
            closed.run();
        });
        dialog.setId("ideology-close-dialog");
        dialog.wideField("followUpNote", note);
        dialog.field("closedOn", on);
        dialog.confirmButton().setId("ideology-close-confirm");
        dialog.open();
    }

    private OpinionRequest request(OpinionReport report) {
        return new OpinionRequest(unit.getValue() == null ? null : unit.getValue().id(), date.getValue(), topic.getValue(), summary.getValue(),
                mood.getValue(), hotSpot.getValue(), recommendation.getValue(), owner.getValue(), reporter.getValue(),
                report == null ? null : report.version());
    }
}
