package vn.trienkhai.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.report.ConsolidatedReport;
import vn.trienkhai.core.report.PartyReport;
import vn.trienkhai.core.report.ReportSection;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyModel.Mood;
import vn.trienkhai.workbench.WorkspaceSession;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ideology module's screens on the demo: the district's propaganda officer records a tense report, which is a hot
 * spot on the dashboard until it is closed with a follow-up, and sees which villages' loudspeakers are down.
 */
class IdeologyScreensTest extends WorkspaceUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void aTenseReportIsAHotSpotOnTheDashboardUntilClosed() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate("ideology/opinion");
        _click(_get(Button.class, spec -> spec.withId("ideology-opinion-new")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("ideology-opinion-dialog"));
        Unit commune = context.getBean(UnitService.class).tree(WorkspaceSession.actor(), false).stream()
                .filter(unit -> unit.name().equals("Xã Tả Lèng")).findFirst().orElseThrow();
        _get(dialog, ComboBox.class, spec -> spec.withLabel("Đơn vị, địa bàn")).setValue(commune);
        _get(dialog, TextField.class, spec -> spec.withLabel("Chủ đề")).setValue("Tin đồn về dịch bệnh trên đàn gia súc");
        _get(dialog, TextArea.class, spec -> spec.withLabel("Nội dung tóm tắt")).setValue("Người dân lo lắng, bán tháo gia súc.");
        _get(dialog, Select.class, spec -> spec.withLabel("Tính chất dư luận")).setValue(Mood.TENSE);
        assertTrue(_get(dialog, Checkbox.class, spec -> spec.withLabel("Là điểm nóng")).getValue(), "a tense report is a hot spot");
        _click(_get(dialog, Button.class, spec -> spec.withId("ideology-opinion-save")));
        TextField owner = _get(dialog, TextField.class, spec -> spec.withLabel("Người theo dõi, xử lý"));
        assertTrue(owner.isInvalid());
        assertEquals("Điểm nóng phải có người theo dõi, xử lý.", owner.getErrorMessage());
        owner.setValue("Đ/c Trưởng Ban Tuyên giáo Huyện ủy");
        _click(_get(dialog, Button.class, spec -> spec.withId("ideology-opinion-save")));
        assertFalse(dialog.isOpened());

        UI.getCurrent().navigate("ideology/hot-spots");
        Div list = _get(Div.class, spec -> spec.withId("ideology-opinion-list"));
        assertEquals(1, _find(list, Span.class, spec -> spec.withText("Tin đồn về dịch bệnh trên đàn gia súc")).size());
        UI.getCurrent().navigate(HomeView.class);
        assertEquals("2 điểm nóng đang theo dõi", _get(Span.class, spec -> spec.withId("ideology-card-hot-spots")).getText());

        UI.getCurrent().navigate("ideology/hot-spots");
        Button close = _find(Button.class, spec -> spec.withText("Kết thúc theo dõi")).getLast();
        _click(close);
        Dialog closing = _get(Dialog.class, spec -> spec.withId("ideology-close-dialog"));
        _click(_get(closing, Button.class, spec -> spec.withId("ideology-close-confirm")));
        assertTrue(closing.isOpened(), "closing needs the follow-up");
        _get(closing, TextArea.class, spec -> spec.withLabel("Kết quả xử lý")).setValue("Thú y huyện xét nghiệm, thông tin trên loa: không có dịch.");
        _click(_get(closing, Button.class, spec -> spec.withId("ideology-close-confirm")));
        assertFalse(closing.isOpened());
        UI.getCurrent().navigate(HomeView.class);
        assertEquals("1 điểm nóng đang theo dõi", _get(Span.class, spec -> spec.withId("ideology-card-hot-spots")).getText());
    }

    @Test
    void theDistrictSeesWhichVillagesLoudspeakersAreDown() {
        signIn("tamduong.lanhdao");
        UI.getCurrent().navigate("ideology/radio");
        _get(Checkbox.class, spec -> spec.withId("ideology-radio-down-only")).setValue(true);
        Div list = _get(Div.class, spec -> spec.withId("ideology-radio-list"));
        assertEquals(3, _find(list, Span.class, spec -> spec.withClasses("tk-row-card-heading")).size(), "Bản Bo, Hồ Thầu, Nùng Nàng");
        assertEquals(1, _find(list, Div.class, spec -> spec.withText("Đang hỏng: Bản Na Cương, Bản Phiêng Phát")).size());
        assertTrue(_find(Button.class, spec -> spec.withId("ideology-radio-new")).stream().noneMatch(Button::isVisible),
                "a leader reads, the officers record");
    }

    @Test
    void disablingTheModuleRemovesItsMenuRoutesCardIndicatorsAndSection() {
        signIn("laichau.admin");
        Actor admin = WorkspaceSession.actor();
        Unit district = context.getBean(UnitService.class).tree(admin, false).stream()
                .filter(unit -> unit.code().equals("HU-TD")).findFirst().orElseThrow();
        Period year = Period.year(LocalDate.now(context.getBean(Clock.class)).getYear());
        ConsolidatedReport report = context.getBean(ConsolidatedReport.class);
        assertTrue(headings(report.build(admin, district.id(), year)).contains("CÔNG TÁC TƯ TƯỞNG, DƯ LUẬN XÃ HỘI"));
        ModuleEnablement enablement = context.getBean(ModuleEnablement.class);
        enablement.setEnabled(admin, "ideology", false);
        try {
            UI.getCurrent().navigate("ideology/opinion");
            _assertOne(NotFoundView.class);
            UI.getCurrent().navigate(HomeView.class);
            assertTrue(_find(Span.class, spec -> spec.withId("ideology-card-hot-spots")).isEmpty(), "no card");
            assertTrue(_get(SideNav.class, spec -> spec.withId("workspace-navigation")).getItems().stream()
                    .noneMatch(item -> item.getLabel().equals("Công tác tư tưởng")), "no menu");
            assertFalse(headings(report.build(admin, district.id(), year)).contains("CÔNG TÁC TƯ TƯỞNG, DƯ LUẬN XÃ HỘI"), "no section");
            assertTrue(context.getBean(IndicatorCatalogue.class).list(admin).stream()
                    .filter(indicator -> indicator.code().startsWith("ideology.")).noneMatch(Indicator::active), "indicators not followed");
        } finally {
            enablement.setEnabled(admin, "ideology", true);
        }
    }

    private static List<String> headings(PartyReport report) {
        return report.sections().stream().map(ReportSection::heading).toList();
    }
}
