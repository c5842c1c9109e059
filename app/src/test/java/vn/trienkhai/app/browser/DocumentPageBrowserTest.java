package vn.trienkhai.app.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import vn.trienkhai.app.RunningApp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.trienkhai.app.browser.BrowserSession.DESKTOP;
import static vn.trienkhai.app.browser.BrowserSession.PHONE;

/**
 * A plan's page in a real browser, at a phone's and a desktop's width: its tasks, its executing units and its cascade
 * fit the window, and a task opens its whole text however little of it the row shows. Screenshots go to
 * target/screenshots/document-page-{what}-{width}.png.
 */
@ExtendWith(BrowserSession.Resolver.class)
class DocumentPageBrowserTest {

    private static final String ROLE = "tamduong.lanhdao";
    private static final String PLAN = "102-KH/HU";

    /** The tab that holds each grid of the page, by its Vietnamese title (the tasks' carries their count). */
    private static final Map<String, String> GRIDS = Map.of("Nhiệm vụ", "#document-tasks", "Chuỗi thực hiện", "#document-cascade",
            "Đơn vị thực hiện", "#document-execution");

    private BrowserSession session;

    @BeforeEach
    void session(BrowserSession shared) {
        session = shared;
    }

    @ParameterizedTest(name = "tasks, cascade and executing units fit {0} px")
    @ValueSource(ints = {PHONE, DESKTOP})
    void everyGridFitsTheWindow(int width) {
        Browser browser = openPlan(width);
        GRIDS.forEach((tab, grid) -> {
            select(browser, tab, grid);
            browser.screenshot("document-page-" + grid.substring("#document-".length()) + "-" + width);
            Browser.Box box = browser.box(grid);
            Browser.HorizontalScroll scroll = browser.horizontalScroll();
            List<String> cut = width == PHONE ? browser.cutGridCells() : List.of();
            assertAll(grid + " at " + width + " px",
                    () -> assertTrue(box != null && box.shown(), grid + " is not visible: " + box),
                    () -> assertFalse(scroll.scrolls(), "the page scrolls sideways: " + scroll),
                    () -> assertEquals(List.of(), cut, "grid cells cut short on a phone"),
                    () -> assertTrue(box.left() >= 0 && box.left() + box.width() <= box.viewport() + 1, grid + " leaves the window: " + box),
                    () -> assertTrue(width == PHONE || box.width() >= box.viewport() / 3.0, grid + " is " + box.width() + " px of " + box.viewport()));
        });
    }

    @ParameterizedTest(name = "a task opens its whole text at {0} px")
    @ValueSource(ints = {PHONE, DESKTOP})
    void aTaskOpensItsWholeText(int width) {
        Browser browser = openPlan(width);
        String text = longestTaskText();
        String start = text.substring(0, Math.min(30, text.length()));
        WebElement row = browser.findAll("#document-tasks vaadin-grid-cell-content").stream()
                .filter(cell -> cell.getText().contains(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no row shows the start of “" + start + "”"));
        browser.scrollTo(row);
        row.click();
        browser.waitUntil("return [...document.querySelectorAll('#document-tasks .tk-task-text')].some(p => p.textContent.startsWith(arguments[0]))", start);
        WebElement shown = browser.findAll("#document-tasks .tk-task-text").stream()
                .filter(paragraph -> paragraph.getText().startsWith(start)).findFirst().orElseThrow();
        browser.scrollTo(shown);
        browser.screenshot("document-page-task-opened-" + width);
        @SuppressWarnings("unchecked")
        Map<String, Object> fit = (Map<String, Object>) browser.script("""
                const r = arguments[0].getBoundingClientRect();
                return { whole: arguments[0].scrollHeight <= arguments[0].clientHeight + 1 && arguments[0].scrollWidth <= arguments[0].clientWidth + 1,
                         inside: r.left >= 0 && r.right <= window.innerWidth + 1 };""", shown);
        assertAll("the opened task at " + width + " px",
                () -> assertEquals(normalised(text), normalised(shown.getText())),
                () -> assertEquals(Boolean.TRUE, fit.get("whole"), "the text is cut short"),
                () -> assertEquals(Boolean.TRUE, fit.get("inside"), "the text leaves the window"),
                () -> assertFalse(browser.horizontalScroll().scrolls(), "the page scrolls sideways: " + browser.horizontalScroll()));
    }

    private Browser openPlan(int width) {
        Browser browser = session.at(width);
        browser.signInAs(ROLE);
        browser.open("document/" + planId());
        browser.waitUntil("return !!document.querySelector('#document-tasks')");
        return browser;
    }

    /** Selects the tab whose title starts with {@code title} and waits until its grid has rows. */
    private static void select(Browser browser, String title, String grid) {
        WebElement tab = browser.findAll("#document vaadin-tabsheet vaadin-tab").stream().filter(candidate -> candidate.getText().startsWith(title))
                .findFirst().orElseThrow(() -> new AssertionError("no tab " + title));
        // on a phone the tab row scrolls sideways inside itself: a person swipes to the tab first
        browser.scrollTo(tab);
        tab.click();
        browser.waitForVaadin();
        browser.waitUntil("return [...document.querySelectorAll(arguments[0] + ' vaadin-grid-cell-content')].some(c => c.textContent.trim())", grid);
    }

    @SuppressWarnings("unchecked")
    private String longestTaskText() {
        RunningApp.Response details = session.app().as(ROLE).get("/api/documents/" + planId());
        assertEquals(200, details.status(), details.body());
        return ((List<Map<String, Object>>) details.object().get("tasks")).stream().map(task -> (String) task.get("text"))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Object planId() {
        RunningApp.Response found = session.app().as(ROLE).get("/api/documents?q=" + URLEncoder.encode(PLAN, StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found.body());
        Map<String, Object> plan = ((List<Map<String, Object>>) found.object().get("items")).stream()
                .filter(item -> PLAN.equals(item.get("symbol"))).findFirst().orElse(null);
        assertNotNull(plan, PLAN + " not found by " + ROLE + ": " + found.body());
        return plan.get("id");
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
