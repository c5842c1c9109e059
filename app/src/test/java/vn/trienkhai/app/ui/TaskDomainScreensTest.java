package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.document.DocumentView;
import vn.trienkhai.app.ui.task.FollowUpView;
import vn.trienkhai.app.ui.task.UnitTasksView;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.document.DocumentModules;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.task.FollowUpDashboard;
import vn.trienkhai.core.task.FollowUpModel.UnitCounts;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskModel.Timeliness;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.workbench.DomainModule;
import vn.trienkhai.workbench.WorkspaceSession;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The domains of a document ("Lĩnh vực") chosen on its page and filtering the task lists, and the follow-up
 * dashboard opening the task list on a unit's overdue parts. The test fixture module is the demo's one module.
 */
class TaskDomainScreensTest extends WorkspaceUiTest {

    private static final String PLAN = "102-KH/HU";
    private static final String MODULE = "fixture";
    private static final String MODULE_NAME = "Phân hệ thử nghiệm";

    @Test
    @SuppressWarnings("unchecked")
    void theHolderChoosesTheDomainOnThePageAndTheUnitListFiltersByIt() {
        signIn("tamduong.tuyengiao");
        long plan = planId();
        UI.getCurrent().navigate(DocumentView.class, plan);
        MultiSelectComboBox<String> picker = _get(MultiSelectComboBox.class, spec -> spec.withId("document-modules-picker"));
        assertEquals(MODULE_NAME, picker.getItemLabelGenerator().apply(MODULE));
        picker.setValue(Set.of(MODULE));
        DocumentModules modules = context.getBean(DocumentModules.class);
        try {
            assertEquals(List.of(MODULE), modules.list(WorkspaceSession.actor(), plan));

            UI.getCurrent().navigate(UnitTasksView.class);
            Grid<TaskLine> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
            int all = GridKt._size(grid);
            Select<DomainModule> domain = _get(Select.class, spec -> spec.withId("task-module-filter"));
            assertTrue(domain.isVisible(), "the organisation has a module enabled");
            DomainModule fixture = domain.getListDataView().getItems().filter(module -> module.id().equals(MODULE)).findFirst().orElseThrow();
            assertEquals(MODULE_NAME, domain.getItemLabelGenerator().apply(fixture));
            domain.setValue(fixture);
            List<TaskLine> ofDomain = lines(grid);
            assertFalse(ofDomain.isEmpty());
            assertTrue(ofDomain.size() < all, ofDomain.size() + " of " + all);
            assertTrue(ofDomain.stream().allMatch(line -> line.documentId() == plan), ofDomain.toString());
        } finally {
            modules.set(WorkspaceSession.actor(), plan, List.of());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void whoMayNotCorrectTheDocumentReadsItsDomainsAsChips() {
        signIn("laichau.xem");
        long plan = planId();
        DocumentModules modules = context.getBean(DocumentModules.class);
        Actor officer = context.getBean(Authenticator.class).signIn("tamduong.tuyengiao", "TrienKhai@2025", "127.0.0.1");
        modules.set(officer, plan, List.of(MODULE));
        try {
            UI.getCurrent().navigate(DocumentView.class, plan);
            _assertNone(MultiSelectComboBox.class, spec -> spec.withId("document-modules-picker"));
            Div domains = _get(Div.class, spec -> spec.withId("document-modules"));
            assertEquals(List.of(MODULE_NAME), _find(domains, Span.class, spec -> spec.withClasses("tk-chip")).stream()
                    .map(Span::getText).toList());
        } finally {
            modules.set(officer, plan, List.of());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUnitsOverdueFigureOpensTheListOfItsOverdueParts() {
        signIn("tamduong.lanhdao");
        UI.getCurrent().navigate(FollowUpView.class);
        Actor actor = WorkspaceSession.actor();
        UnitCounts child = context.getBean(FollowUpDashboard.class).get(actor, null, null).units().stream()
                .filter(unit -> !unit.own() && unit.counts().overdue() > 0).findFirst().orElseThrow();
        Div units = _get(Div.class, spec -> spec.withId("follow-up-units"));
        List<RouterLink> links = _find(units, RouterLink.class);
        RouterLink overdue = links.stream().filter(link -> link.getHref().startsWith("tasks/unit?unit=" + child.unitId() + "&"))
                .findFirst().orElseThrow(() -> new AssertionError(links.stream().map(RouterLink::getHref).toList().toString()));
        assertEquals("tasks/unit?unit=" + child.unitId() + "&timeliness=OVERDUE", overdue.getHref());
        assertEquals("Quá hạn " + child.counts().overdue(), _get(overdue, Span.class).getText());
        RouterLink all = _get(RouterLink.class, spec -> spec.withId("follow-up-overdue-all"));
        assertTrue(all.getHref().matches("tasks/unit\\?unit=\\d+&timeliness=OVERDUE"), all.getHref());

        UI.getCurrent().navigate("tasks/unit", overdue.getQueryParameters().orElseThrow());
        assertEquals(child.unitId(), ((ComboBox<Unit>) _get(ComboBox.class, spec -> spec.withId("task-unit"))).getValue().id());
        assertEquals(Set.of(Timeliness.OVERDUE), _get(MultiSelectComboBox.class, spec -> spec.withId("task-timeliness-filter")).getValue());
        List<TaskLine> lines = lines(_get(Grid.class, spec -> spec.withId("task-grid")));
        assertEquals(child.counts().overdue(), lines.size(), "the list holds the parts behind the figure");
        assertTrue(lines.stream().allMatch(line -> line.timeliness() == Timeliness.OVERDUE));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePeriodsDeadlinesAreReadFromTheAddressAndAnUnreadableValueIsLeftOut() {
        signIn("tamduong.lanhdao");
        UI.getCurrent().navigate("tasks/unit", new QueryParameters(Map.of("timeliness", List.of("OVERDUE", "DONE_LATE", "LATE"),
                "dueFrom", List.of("2022-01-01"), "dueTo", List.of("2022-12-31"), "unit", List.of("không phải số"))));
        assertEquals(Set.of(Timeliness.OVERDUE, Timeliness.DONE_LATE),
                _get(MultiSelectComboBox.class, spec -> spec.withId("task-timeliness-filter")).getValue());
        List<LocalDate> range = _find(DatePicker.class).stream().map(DatePicker::getValue).toList();
        assertEquals(List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), range);
        Grid<TaskLine> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
        assertFalse(lines(grid).isEmpty(), "the district's plans were due in 2022");
        assertTrue(lines(grid).stream().allMatch(line -> line.due() != null && line.due().getYear() == 2022), lines(grid).toString());
    }

    private long planId() {
        return context.getBean(DocumentRegistry.class).search(WorkspaceSession.actor(), new DocumentFilter(null, null, null, null, PLAN),
                Pageable.from(0, 20)).getContent().stream().filter(document -> PLAN.equals(document.symbol())).findFirst().orElseThrow().id();
    }

    private static List<TaskLine> lines(Grid<TaskLine> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row)).toList();
    }
}
