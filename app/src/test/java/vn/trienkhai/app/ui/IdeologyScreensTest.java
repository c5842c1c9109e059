package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
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
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.report.ConsolidatedReport;
import vn.trienkhai.core.report.PartyReport;
import vn.trienkhai.core.report.ReportSection;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentAction;
import vn.trienkhai.modules.ideology.IdeologyModel.Mood;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterLevel;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMember;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterRole;
import vn.trienkhai.modules.ideology.IdeologyModel.SynthesisLine;
import vn.trienkhai.workbench.WorkspaceSession;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

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
    @SuppressWarnings("unchecked")
    void anOfficerFindsAMemberWithoutDiacriticsAndAddsOne() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate("ideology/roster");
        assertEquals("11 đang tham gia: 5 báo cáo viên, 3 tuyên truyền viên, 3 cộng tác viên",
                _get(Span.class, spec -> spec.withId("ideology-roster-summary")).getText());
        _get(TextField.class, spec -> spec.withPlaceholder("Tìm theo tên")).setValue("lo van thanh");
        Grid<RosterMember> grid = _get(Grid.class, spec -> spec.withId("ideology-roster-list"));
        assertEquals(List.of("Lò Văn Thành"), rows(grid).stream().map(RosterMember::fullName).toList());
        _get(Checkbox.class, spec -> spec.withLabel("Chỉ người đang tham gia")).setValue(false);
        _get(TextField.class, spec -> spec.withPlaceholder("Tìm theo tên")).clear();
        assertEquals(12, GridKt._size(grid), "the reporter who stopped is listed too");

        _click(_get(Button.class, spec -> spec.withId("ideology-roster-new")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("ideology-roster-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withId("ideology-roster-save")));
        assertEquals("Nhập họ và tên.", _get(dialog, TextField.class, spec -> spec.withLabel("Họ và tên")).getErrorMessage());
        _get(dialog, TextField.class, spec -> spec.withLabel("Họ và tên")).setValue("Hà Thị Nguyệt");
        _get(dialog, ComboBox.class, spec -> spec.withLabel("Đơn vị, địa bàn")).setValue(unit("Xã Bản Bo"));
        _get(dialog, Select.class, spec -> spec.withLabel("Vai trò")).setValue(RosterRole.COLLABORATOR);
        _get(dialog, Select.class, spec -> spec.withLabel("Cấp")).setValue(RosterLevel.GRASSROOTS);
        _click(_get(dialog, Button.class, spec -> spec.withId("ideology-roster-save")));
        assertFalse(dialog.isOpened());
        assertTrue(_get(Span.class, spec -> spec.withId("ideology-roster-summary")).getText().contains("4 cộng tác viên"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBriefingIsRecordedWithItsAttendeesAndCountsInTheYear() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate("ideology/briefings");
        int before = conferences();
        _click(_get(Button.class, spec -> spec.withId("ideology-briefing-new")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("ideology-briefing-dialog"));
        MultiSelectComboBox<RosterMember> attendees = _get(dialog, MultiSelectComboBox.class, spec -> spec.withLabel("Người dự"));
        List<RosterMember> offered = attendees.getListDataView().getItems().toList();
        assertTrue(offered.stream().allMatch(RosterMember::active), "only active members are offered");
        _click(_get(dialog, Button.class, spec -> spec.withId("ideology-briefing-save")));
        assertTrue(_get(dialog, TextArea.class, spec -> spec.withLabel("Nội dung thông tin")).isInvalid());
        _get(dialog, TextArea.class, spec -> spec.withLabel("Nội dung thông tin")).setValue("Kết quả hội nghị Trung ương; dư luận về giá chè");
        attendees.setValue(Set.copyOf(offered.subList(0, 3)));
        _click(_get(dialog, Button.class, spec -> spec.withId("ideology-briefing-save")));
        assertFalse(dialog.isOpened());
        assertEquals(before + 1, conferences());
        Div list = _get(Div.class, spec -> spec.withId("ideology-briefing-list"));
        assertEquals(1, _find(list, Span.class, spec -> spec.withText("Kết quả hội nghị Trung ương; dư luận về giá chè")).size());
        assertEquals(1, _find(list, Div.class, spec -> spec.withText("Huyện ủy Tam Đường · " + LocalDate.now(context.getBean(Clock.class))
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " · 3 người dự")).size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDistrictsSynthesisHasALinePerCommuneAndATotal() {
        signIn("tamduong.lanhdao");
        UI.getCurrent().navigate("ideology/synthesis");
        _get(Select.class, spec -> spec.withLabel("Kỳ tổng hợp")).setValue(PeriodKind.QUARTER);
        Grid<SynthesisLine> grid = _get(Grid.class, spec -> spec.withId("ideology-synthesis-grid"));
        List<SynthesisLine> lines = rows(grid);
        assertEquals("Tổng cộng", lines.getLast().unitName());
        assertTrue(lines.stream().anyMatch(line -> line.unitName().equals("Xã Bản Bo")), "a line per commune");
        assertEquals(lines.subList(0, lines.size() - 1).stream().mapToInt(SynthesisLine::reports).sum(), lines.getLast().reports(),
                "the lines add up to the total");
    }

    @Test
    void anIncidentIsUpdatedWithWhatWasDone() {
        signIn("tamduong.tuyengiao");
        UI.getCurrent().navigate("ideology/incidents");
        Div list = _get(Div.class, spec -> spec.withId("ideology-incident-list"));
        int removed = _find(list, Span.class, spec -> spec.withText("Đã gỡ bỏ")).size();
        _click(_find(list, Button.class, spec -> spec.withText("Cập nhật xử lý")).getFirst());
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("ideology-incident-dialog"));
        _get(dialog, Select.class, spec -> spec.withLabel("Biện pháp xử lý")).setValue(IncidentAction.REMOVED);
        _click(_get(dialog, Button.class, spec -> spec.withId("ideology-incident-save")));
        assertTrue(dialog.isOpened(), "a handled incident names who handled it");
        _get(dialog, TextField.class, spec -> spec.withLabel("Người, đơn vị xử lý")).setValue("Tổ công tác 35 huyện Tam Đường");
        _click(_get(dialog, Button.class, spec -> spec.withId("ideology-incident-save")));
        assertFalse(dialog.isOpened());
        assertEquals(removed + 1, _find(_get(Div.class, spec -> spec.withId("ideology-incident-list")), Span.class,
                spec -> spec.withText("Đã gỡ bỏ")).size());
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

    private Unit unit(String name) {
        return context.getBean(UnitService.class).tree(WorkspaceSession.actor(), false).stream()
                .filter(unit -> unit.name().equals(name)).findFirst().orElseThrow();
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row)).toList();
    }

    /** The conferences of the district's year line: "Năm 2026: 10/12 tháng có hội nghị (10 hội nghị)". */
    private static int conferences() {
        Div year = _get(Div.class, spec -> spec.withId("ideology-briefing-year"));
        String lines = String.join("\n", _find(year, Div.class, spec -> spec.withClasses("tk-row-card-meta")).stream().map(Div::getText).toList());
        Matcher count = Pattern.compile("\\((\\d+) hội nghị\\)").matcher(lines);
        assertTrue(count.find(), lines);
        return Integer.parseInt(count.group(1));
    }

    private static List<String> headings(PartyReport report) {
        return report.sections().stream().map(ReportSection::heading).toList();
    }
}
