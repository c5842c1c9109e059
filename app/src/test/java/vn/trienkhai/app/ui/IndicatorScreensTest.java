package vn.trienkhai.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.indicator.FigureEntryView;
import vn.trienkhai.app.ui.indicator.IndicatorAdminView;
import vn.trienkhai.app.ui.indicator.IndicatorsView;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.indicator.FigureEntry;
import vn.trienkhai.core.indicator.FigureLocks;
import vn.trienkhai.core.indicator.FigureRollUp;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Figure;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.SubUnitRollUp;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureBatch;
import vn.trienkhai.core.indicator.IndicatorRequests.FigureInput;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.workbench.WorkspaceSession;

import java.math.BigDecimal;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The indicator screens on the demo: Tam Đường's overview, Bản Bo's survey form, the officer's catalogue. */
class IndicatorScreensTest extends WorkspaceUiTest {

    private static final String PASSWORD = "TrienKhai@2025";

    @Test
    void theLeaderSeesTheHouseholdsTargetWithItsStatusAndCharts() {
        signIn("tamduong.lanhdao");
        Actor leader = WorkspaceSession.actor();
        Indicator households = households(leader);
        Target target = context.getBean(IndicatorTargets.class).targets(leader, households.id()).getFirst();
        String status = context.getBean(IndicatorTargets.class).achievement(leader, target.id(), 2024).status().name();
        UI.getCurrent().navigate(IndicatorsView.class);

        Div row = _find(Div.class, spec -> spec.withClasses("tk-ind-target")).stream()
                .filter(div -> households.code().equals(div.getElement().getAttribute("data-indicator"))).findFirst().orElseThrow();
        Span badge = _get(row, Span.class, spec -> spec.withClasses("tk-achievement"));
        assertTrue(badge.getClassNames().contains("tk-achievement-" + status.toLowerCase().replace('_', '-')), badge.getClassNames().toString());
        assertTrue(List.of("Đã đạt", "Đúng tiến độ", "Có nguy cơ chậm", "Chậm tiến độ").contains(badge.getText()));
        assertTrue(row.getElement().getTextRecursively().contains("(năm 2024)"), "assessed in the survey's latest year");

        _click(_get(row, Button.class));
        Div progress = _get(Div.class, spec -> spec.withId("indicators-progress"));
        assertTrue(progress.getElement().getTextRecursively().contains("Tiến độ qua các năm"));
        Div communes = _get(Div.class, spec -> spec.withId("indicators-sub-units"));
        List<SubUnitRollUp> expected = context.getBean(FigureRollUp.class).bySubUnit(leader, households.id(), target.unitId(),
                Period.year(2024)).stream().filter(child -> child.rollUp().reported() + child.rollUp().missing() > 0).toList();
        assertTrue(expected.size() > 1, "the district's communes, not its departments");
        assertEquals(expected.size(), _find(communes, Div.class, spec -> spec.withClasses("tk-ind-bar")).size());
        assertEquals(expected.stream().filter(child -> child.rollUp().value() == null).count(),
                _find(communes, Span.class, spec -> spec.withText("Chưa báo cáo")).size(), "a commune without a figure says so");
    }

    @Test
    void theReporterSavesTheSurveyAndSeesTheErrorsOnTheFields() {
        signIn("banbo.baocao");
        UI.getCurrent().navigate(FigureEntryView.class);
        _get(IntegerField.class, spec -> spec.withId("entry-year")).setValue(2023);
        BigDecimalField cultural = _get(BigDecimalField.class, spec -> spec.withLabel("Số hộ đạt tiêu chuẩn văn hóa"));
        BigDecimalField households = _get(BigDecimalField.class, spec -> spec.withLabel("Tổng số hộ"));
        assertTrue(_get(Div.class, spec -> spec.withId("entry-content")).getElement().getTextRecursively().contains("Kỳ trước:"));

        cultural.setValue(new BigDecimal("600"));
        households.setValue(new BigDecimal("500"));
        _click(_get(Button.class, spec -> spec.withId("entry-save")));
        assertTrue(cultural.isInvalid());
        assertEquals("Tử số (600) không được lớn hơn mẫu số (500).", cultural.getErrorMessage());

        cultural.setValue(new BigDecimal("450"));
        _click(_get(Button.class, spec -> spec.withId("entry-save")));
        Actor reporter = WorkspaceSession.actor();
        Figure saved = figure(reporter, Period.year(2023));
        assertEquals(0, new BigDecimal("450").compareTo(saved.numerator()));
        assertEquals(0, new BigDecimal("90").compareTo(saved.value()));
    }

    @Test
    void aFormSavedBySomeoneElseMeanwhileSavesNothingAndSaysSo() {
        signIn("banbo.baocao");
        Actor reporter = WorkspaceSession.actor();
        UI.getCurrent().navigate(FigureEntryView.class);
        _get(IntegerField.class, spec -> spec.withId("entry-year")).setValue(2024);
        Figure before = figure(reporter, Period.year(2024));
        long unit = UnitPath.ids(reporter.scopePath()).getLast();
        Indicator households = households(reporter);
        context.getBean(FigureEntry.class).save(reporter, new FigureBatch(List.of(new FigureInput(1, households.id(), unit,
                Period.year(2024), null, new BigDecimal("300"), new BigDecimal("400"), before == null ? null : before.version())),
                Source.MANUAL));

        _get(BigDecimalField.class, spec -> spec.withLabel("Số hộ đạt tiêu chuẩn văn hóa")).setValue(new BigDecimal("310"));
        _get(BigDecimalField.class, spec -> spec.withLabel("Tổng số hộ")).setValue(new BigDecimal("400"));
        _click(_get(Button.class, spec -> spec.withId("entry-save")));
        Paragraph problem = _get(Paragraph.class, spec -> spec.withId("entry-problem"));
        assertTrue(problem.getText().contains("người khác"), problem.getText());
        assertEquals(0, new BigDecimal("300").compareTo(figure(reporter, Period.year(2024)).numerator()), "nothing saved");
        _assertOne(Button.class, spec -> spec.withId("entry-reload"));
    }

    @Test
    void aLockedPeriodShowsReadOnlyWithTheReason() {
        Actor officer = context.getBean(Authenticator.class).signIn("tamduong.tuyengiao", PASSWORD, "test");
        signIn("banbo.baocao");
        long unit = UnitPath.ids(WorkspaceSession.actor().scopePath()).getLast();
        context.getBean(FigureLocks.class).lock(officer, unit, Period.year(2022));
        UI.getCurrent().navigate(FigureEntryView.class);
        _get(IntegerField.class, spec -> spec.withId("entry-year")).setValue(2022);
        Paragraph note = _get(Paragraph.class, spec -> spec.withId("entry-locked"));
        assertTrue(note.getText().contains("đã khóa"), note.getText());
        _assertNone(Button.class, spec -> spec.withId("entry-save"));
        assertTrue(_get(BigDecimalField.class, spec -> spec.withLabel("Tổng số hộ")).isReadOnly());
    }

    @Test
    void aReporterMayNotOpenTheManagement() {
        signIn("banbo.baocao");
        UI.getCurrent().navigate(IndicatorAdminView.class);
        _assertNone(IndicatorAdminView.class);
        _assertOne(NotFoundView.class);
    }

    @Test
    void theOfficersDialogNamesTheMissingFields() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate(IndicatorAdminView.class);
        _assertOne(Grid.class, spec -> spec.withId("indicator-grid"));
        _click(_get(Button.class, spec -> spec.withId("indicator-define")));
        _click(_get(Button.class, spec -> spec.withId("indicator-save")));
        TextField code = _get(TextField.class, spec -> spec.withLabel("Mã"));
        assertTrue(code.isInvalid());
        assertEquals("Hãy nhập mã chỉ tiêu.", code.getErrorMessage());
        _assertOne(Dialog.class);
    }

    private Indicator households(Actor actor) {
        return context.getBean(IndicatorCatalogue.class).list(actor).stream().filter(indicator -> indicator.name().contains("hộ gia đình"))
                .findFirst().orElseThrow();
    }

    private Figure figure(Actor actor, Period period) {
        long unit = UnitPath.ids(actor.scopePath()).getLast();
        long households = households(actor).id();
        return context.getBean(FigureEntry.class).figures(actor, unit, period).stream()
                .filter(figure -> figure.indicatorId() == households).findFirst().orElse(null);
    }
}
