package vn.trienkhai.app.ui.reportrequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.reportrequest.ReportRequestModel.ReportRequest;
import vn.trienkhai.core.reportrequest.ReportRequestRequests.IssueRequest;
import vn.trienkhai.core.reportrequest.ReportRequests;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static vn.trienkhai.app.ui.reportrequest.ReportLabels.t;

/** "Tạo yêu cầu báo cáo": who is asked, for which period, what, by when. */
final class IssueRequestForm {

    /** The sections most of the Party's periodic reports have. */
    private static final String DEFAULT_SECTIONS = "Kết quả thực hiện nhiệm vụ\nHạn chế, nguyên nhân\nPhương hướng, nhiệm vụ kỳ tới";
    /** Days after the period's end a report is usually due. */
    private static final int DAYS_TO_REPORT = 15;

    private final TextField title = FormDialog.textField(t("reports.field.title"), "");
    private final UnitPicker unit;
    private final ComboBox<Period> period = new ComboBox<>(t("reports.field.period"));
    private final MultiSelectComboBox<UnitKind> kinds = new MultiSelectComboBox<>(t("reports.field.unit-kinds"));
    private final ComboBox<DataSet> dataSet = new ComboBox<>(t("reports.field.data-set"));
    private final TextArea sections = new TextArea(t("reports.field.sections"));
    private final VietnameseDatePicker due = new VietnameseDatePicker(t("reports.field.due"), null);

    private IssueRequestForm(List<Unit> scope, List<DataSet> dataSets, LocalDate today) {
        unit = new UnitPicker(t("reports.field.unit"), scope);
        unit.select(scope.isEmpty() ? null : scope.getFirst().id());
        period.setItems(periods(today));
        period.setItemLabelGenerator(Period::label);
        period.setValue(Period.of(PeriodKind.HALF_YEAR, today));
        period.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                due.setValue(change.getValue().end().plusDays(DAYS_TO_REPORT));
            }
        });
        due.setValue(period.getValue().end().plusDays(DAYS_TO_REPORT));
        kinds.setItems(UnitKind.values());
        kinds.setItemLabelGenerator(kind -> t("unit.kind." + kind.name()));
        kinds.setValue(Set.of(UnitKind.COMMUNE));
        dataSet.setItems(dataSets);
        dataSet.setItemLabelGenerator(DataSet::name);
        dataSet.setClearButtonVisible(true);
        dataSet.setHelperText(t("reports.field.data-set.hint"));
        sections.setValue(DEFAULT_SECTIONS);
        sections.setHelperText(t("reports.field.sections.hint"));
    }

    /** Opens the dialog; {@code issued} receives the request once the service has accepted it. */
    static void open(ReportRequests requests, List<Unit> scope, List<DataSet> dataSets, LocalDate today, Consumer<ReportRequest> issued) {
        IssueRequestForm form = new IssueRequestForm(scope, dataSets, today);
        FormDialog dialog = new FormDialog(t("reports.issue.title"), t("reports.issue.confirm"),
                () -> issued.accept(requests.issue(WorkspaceSession.actor(), form.request())));
        dialog.setId("report-issue-dialog");
        dialog.wideField("title", form.title);
        dialog.field("unitId", form.unit);
        dialog.field("period", form.period);
        dialog.field("unitKinds", form.kinds);
        dialog.field("dueOn", form.due);
        dialog.wideField("dataSetId", form.dataSet);
        dialog.wideField("sections", form.sections);
        dialog.confirmButton().setId("report-issue-confirm");
        dialog.open();
    }

    private IssueRequest request() {
        List<String> titles = Arrays.stream(sections.getValue().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new IssueRequest(title.getValue(), unit.getValue() == null ? null : unit.getValue().id(), period.getValue(),
                dataSet.getValue() == null ? null : dataSet.getValue().id(), kinds.getValue(), titles, due.getValue());
    }

    /** The periods from two years back to next year, the latest first: what a request is issued for. */
    private static List<Period> periods(LocalDate today) {
        List<Period> periods = new ArrayList<>();
        for (int year = today.getYear() + 1; year >= today.getYear() - 2; year--) {
            for (PeriodKind kind : List.of(PeriodKind.YEAR, PeriodKind.HALF_YEAR, PeriodKind.QUARTER, PeriodKind.MONTH)) {
                periods.addAll(Period.year(year).split(kind).reversed());
            }
        }
        return periods;
    }
}
