package vn.trienkhai.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import vn.trienkhai.app.ui.task.FollowUpView;
import vn.trienkhai.app.ui.task.NotificationBell;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.task.FollowUpDashboard;
import vn.trienkhai.core.task.FollowUpModel.FollowUp;
import vn.trienkhai.core.task.FollowUpModel.StateCounts;
import vn.trienkhai.core.task.FollowUpModel.UnitCounts;
import vn.trienkhai.core.notification.Notifications;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FollowUpScreenTest extends WorkspaceUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void aLeaderSeesTheFourStatesOfTheDistrictsUnitsAndOpensACommune() {
        signIn("tamduong.lanhdao");
        UI.getCurrent().navigate(FollowUpView.class);
        Actor actor = WorkspaceSession.actor();
        FollowUp expected = context.getBean(FollowUpDashboard.class).get(actor, null, null);
        assertFalse(expected.isEmpty(), "the demo plans give the district's units tasks");
        StateCounts total = expected.total();
        String rate = "Hoàn thành " + total.completionPercent() + "% (" + total.done() + "/" + total.total() + ")";
        assertEquals(rate, _get(_get(Div.class, spec -> spec.withId("follow-up-summary")), Span.class,
                spec -> spec.withClasses("tk-fu-rate-figure")).getText());
        Div units = _get(Div.class, spec -> spec.withId("follow-up-units"));
        UnitCounts child = expected.units().stream().filter(unit -> !unit.own()).findFirst().orElseThrow();
        List<String> overdue = _find(units, Span.class, spec -> spec.withClasses("tk-fu-figure tk-fu-overdue")).stream()
                .map(Span::getText).toList();
        assertEquals(expected.units().stream().map(unit -> "Quá hạn " + unit.counts().overdue()).toList(), overdue,
                "each unit's figures are written, not only coloured");
        _assertOne(Div.class, spec -> spec.withId("follow-up-most-overdue"));
        _find(Div.class, spec -> spec.withId("follow-up-overdue")).forEach(list -> _find(list, Anchor.class)
                .forEach(link -> assertTrue(link.getHref().matches("tasks/\\d+"), link.getHref())));

        _click(_get(units, Button.class, spec -> spec.withText(child.unitName())));
        ComboBox<Unit> unit = _get(ComboBox.class, spec -> spec.withId("follow-up-unit"));
        assertEquals(child.unitId(), unit.getValue().id());
        assertEquals(context.getBean(FollowUpDashboard.class).get(actor, child.unitId(), null).total().total() == 0,
                !_find(EmptyState.class).isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPeriodWithoutTasksSaysSo() {
        signIn("tamduong.lanhdao");
        UI.getCurrent().navigate(FollowUpView.class);
        Select<Object> year = _get(Select.class, spec -> spec.withId("follow-up-year"));
        assertFalse(year.isEnabled(), "the current view has no year");
        choose(_get(Select.class, spec -> spec.withId("follow-up-period")), "Quý I");
        assertTrue(year.isEnabled());
        year.setValue(2020);
        _assertOne(EmptyState.class);
        _assertNone(Div.class, spec -> spec.withId("follow-up-units"));
    }

    @Test
    void theBellCountsTheUnreadNoticesListsThemAndMarksThemRead() {
        signIn("tamduong.lanhdao");
        Notifications notifications = context.getBean(Notifications.class);
        long unread = notifications.unread(WorkspaceSession.actor());
        assertTrue(unread > 0, "the demo plans' tasks were given to the district");
        NotificationBell bell = _get(NotificationBell.class);
        assertEquals("Thông báo, " + unread + " chưa đọc", bell.getAriaLabel().orElseThrow());
        _click(bell);
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("notification-dialog"));
        assertFalse(_find(dialog, Anchor.class).isEmpty());
        assertTrue(_find(dialog, Span.class).stream().anyMatch(span -> span.getText().matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")));
        _click(_get(Button.class, spec -> spec.withId("notification-mark-all")));
        assertFalse(dialog.isOpened());
        assertEquals(0, notifications.unread(WorkspaceSession.actor()));
        assertEquals("Thông báo", bell.getAriaLabel().orElseThrow());
    }

    private static void choose(Select<Object> select, String label) {
        select.setValue(select.getListDataView().getItems().filter(item -> select.getItemLabelGenerator().apply(item).equals(label))
                .findFirst().orElseThrow());
    }
}
