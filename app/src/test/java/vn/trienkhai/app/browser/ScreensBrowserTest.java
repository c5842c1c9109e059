package vn.trienkhai.app.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.ElementClickInterceptedException;
import vn.trienkhai.app.RunningApp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.trienkhai.app.browser.BrowserSession.DESKTOP;
import static vn.trienkhai.app.browser.BrowserSession.PHONE;

/**
 * Every screen of the workspace in a real browser, at a desktop and at a phone width, as the account that uses it:
 * what a person relies on and the server-side UI tests cannot see (a 2-px-wide tree passed them). Screenshots go
 * to target/screenshots/{screen}-{role}-{width}.png.
 */
@ExtendWith(BrowserSession.Resolver.class)
class ScreensBrowserTest {

    /** A message key the bundle did not have, as the translation provider shows it. */
    private static final Pattern MISSING_KEY = Pattern.compile("![a-z][\\w.-]*!");

    /**
     * English words that give away an untranslated Vaadin default (login form, upload, drawer toggle, dialogs,
     * date picker, combo box), and "notes", which the sandbox module's home card once showed; the product's own
     * text is Vietnamese.
     */
    private static final Pattern ENGLISH = Pattern.compile("\\b(Username|Password|Log in|Sign in|Forgot password|required|Toggle"
            + "|Cancel|Confirm|Search|Upload|Drop|Loading|Close|Clear|Submit|Today|Select|Incorrect|Previous|Next|notes)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A unit without children, shown when the tree opens: tapping a parent's name expands or collapses it (the grid's
     * tree toggle takes the click), so selecting is proven on a leaf.
     */
    private static final String UNIT = "Ban Tuyên giáo Tỉnh ủy";

    private static final List<Screen> SCREENS = List.of(
            new Screen("sign-in", null, "login", "vaadin-login-form", false, "vaadin-login-form vaadin-button[slot=submit]", null,
                    ScreensBrowserTest::submitEmptySignIn),
            new Screen("home", "tamduong.lanhdao", "", "#home", null, null),
            new Screen("home", "quantri", "", "#home", null, null),
            new Screen("home", "banbo.baocao", "", "#home-awaited", false, null, null, browser -> { }),
            new Screen("home", "tamduong.tuyengiao", "", "#home-missing", false, null, null, browser -> { }),
            new Screen("units", "laichau.admin", "units", "#unit-tree", "#unit-create", "laichau.xem"),
            new Screen("documents", "tamduong.tuyengiao", "documents", "#document-grid", "#document-import", "laichau.xem"),
            new Screen("document", "laichau.admin", "@102-KH/HU", "#document vaadin-tabsheet", "#document-edit", "tamduong.lanhdao"),
            new Screen("import", "tamduong.tuyengiao", "documents/import", "#import-text", "#import-read", null,
                    ScreensBrowserTest::readSeedPlan),
            new Screen("accounts", "laichau.admin", "admin/accounts", "#account-grid", "#account-create", null),
            new Screen("audit", "laichau.admin", "admin/audit", "#audit-grid", null, null),
            new Screen("modules", "laichau.admin", "admin/modules", "#module-grid", null, null),
            new Screen("tokens", "tamduong.tuyengiao", "account/tokens", "#tokens .tk-empty-state, #tokens vaadin-grid", "#token-create", null),
            new Screen("tasks", "banbo.baocao", "tasks", "#task-grid", null, null),
            new Screen("tasks-unit", "tamduong.lanhdao", "tasks/unit", "#task-grid", null, null),
            // the officer's list has the grid's selection checkboxes, whose names the shell translates
            new Screen("tasks-unit", "tamduong.tuyengiao", "tasks/unit", "#task-grid", null, null),
            new Screen("follow-up", "tamduong.lanhdao", "tasks/follow-up", "#follow-up-content", null, null),
            new Screen("reports", "banbo.baocao", "reports", "#report-awaited", null, null),
            new Screen("reports", "tamduong.tuyengiao", "reports", "#report-issued", "#report-create", "laichau.xem"),
            // the demo's first request is the district's half-year report, which Bản Bo has not sent yet
            new Screen("report-request", "tamduong.tuyengiao", "reports/requests/1", "#report-sub-units", "#report-approve", null),
            new Screen("report-submission", "banbo.baocao", "reports", "#report-awaited, #report-narratives", true, "#report-submit", null,
                    ScreensBrowserTest::openFirstAwaitedReport),
            new Screen("indicators", "tamduong.lanhdao", "indicators", "#indicators-targets .tk-ind-target", null, null),
            new Screen("indicator-entry", "banbo.baocao", "indicators/entry", "#entry-content .tk-ind-line", "#entry-save", null),
            new Screen("indicator-admin", "tamduong.tuyengiao", "indicators/manage", "#indicator-grid", "#indicator-define", null),
            new Screen("figure-sheet", "tamduong.tuyengiao", "indicators/sheet", "#figure-sheet .tk-empty-state", "#figure-sheet-download", "laichau.xem"),
            new Screen("ideology-opinion", "tamduong.tuyengiao", "ideology/opinion", "#ideology-opinion-list", "#ideology-opinion-new", "laichau.xem"),
            new Screen("ideology-radio", "tamduong.tuyengiao", "ideology/radio", "#ideology-radio-list", "#ideology-radio-new", "tamduong.lanhdao"),
            new Screen("ideology-incidents", "tamduong.tuyengiao", "ideology/incidents", "#ideology-incident-list", "#ideology-incident-new", "laichau.xem"),
            new Screen("ideology-synthesis", "tamduong.lanhdao", "ideology/synthesis", "#ideology-synthesis-grid", null, null),
            new Screen("ideology-roster", "tamduong.tuyengiao", "ideology/roster", "#ideology-roster-list", "#ideology-roster-new", "laichau.xem"),
            new Screen("ideology-briefings", "tamduong.tuyengiao", "ideology/briefings", "#ideology-briefing-year", "#ideology-briefing-new",
                    "tamduong.lanhdao"),
            new Screen("theory-sessions", "tamduong.tuyengiao", "theory/sessions", "#theory-session-list", "#theory-session-new", "laichau.xem"),
            new Screen("theory-classes", "tamduong.tuyengiao", "theory/classes", "#theory-class-list", "#theory-class-new", "laichau.xem"),
            new Screen("theory-follow", "tamduong.tuyengiao", "theory/follow", "#theory-follow-without", null, null),
            // the page opens on its first tab; the use opens the theory module's and waits for its list of units
            new Screen("document-theory", "huongtra.admin", "@44-CT/TW", "#document vaadin-tabsheet", null, null,
                    ScreensBrowserTest::openStudyTab),
            new Screen("theory-books", "huongtra.admin", "theory/books", "#theory-book-list", "#theory-book-new", null),
            new Screen("culture-survey", "tamduong.tuyengiao", "culture/survey", "#culture-villages", "#culture-save", "laichau.xem"),
            new Screen("culture-schools", "tamduong.tuyengiao", "culture/schools", "#culture-school-grid", "#culture-school-add", "laichau.xem"),
            new Screen("not-found", "laichau.xem", "no-such-page", "#not-found", null, null));

    private BrowserSession session;

    @BeforeEach
    void session(BrowserSession shared) {
        session = shared;
    }

    static Stream<Arguments> screensAtBothWidths() {
        return Stream.of(DESKTOP, PHONE).flatMap(width -> SCREENS.stream().map(screen -> Arguments.of(screen, width)));
    }

    static Stream<Arguments> readOnlyScreensAtBothWidths() {
        return screensAtBothWidths().filter(arguments -> ((Screen) arguments.get()[0]).readOnly() != null);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("screensAtBothWidths")
    void theScreenIsUsable(Screen screen, int width) {
        Browser browser = open(screen, screen.role(), width);
        screen.use().accept(browser);
        browser.waitForVaadin();
        browser.screenshot(screen.name() + "-" + (screen.role() == null ? "anonymous" : screen.role()) + "-" + width);

        Browser.Box main = browser.box(screen.main());
        List<String> text = browser.visibleText();
        Browser.HorizontalScroll scroll = browser.horizontalScroll();
        List<String> cut = width == PHONE ? browser.cutGridCells() : List.of();
        assertAll(screen + " at " + width + " px",
                () -> assertTrue(main != null && main.shown(), screen.main() + " is not visible: " + main),
                () -> {
                    if (width == DESKTOP && screen.wide() && main != null) {
                        assertTrue(main.width() >= main.viewport() / 3.0,
                                screen.main() + " is " + main.width() + " px wide of " + main.viewport());
                    }
                },
                () -> assertFalse(scroll.scrolls(), "the page scrolls sideways: " + scroll),
                () -> assertEquals(List.of(), cut, "grid cells cut short on a phone"),
                () -> assertEquals(List.of(), matches(text, MISSING_KEY), "missing message keys"),
                () -> assertEquals(List.of(), matches(text, ENGLISH), "English UI text"),
                () -> {
                    if (screen.primary() != null) {
                        Browser.Box action = browser.box(screen.primary());
                        assertTrue(action != null && action.shown(), screen.primary() + " is not visible: " + action);
                        assertTrue(action.left() >= 0 && action.left() + action.width() <= action.viewport(),
                                screen.primary() + " is off screen: " + action);
                        assertEquals(Boolean.FALSE, browser.script("return arguments[0].hasAttribute('disabled')",
                                browser.find(screen.primary())), screen.primary() + " is disabled");
                    }
                });
    }

    @ParameterizedTest(name = "{0}: no primary action for the read-only role at {1} px")
    @MethodSource("readOnlyScreensAtBothWidths")
    void aReadOnlyRoleHasNoPrimaryAction(Screen screen, int width) {
        Browser browser = open(screen, screen.readOnly(), width);
        browser.screenshot(screen.name() + "-" + screen.readOnly() + "-" + width);
        Browser.Box main = browser.box(screen.main());
        Browser.Box action = browser.box(screen.primary());
        assertAll(screen.name() + " as " + screen.readOnly() + " at " + width + " px",
                () -> assertTrue(main != null && main.shown(), screen.main() + " is not visible"),
                () -> assertTrue(action == null || !action.shown(), screen.primary() + " is shown: " + action));
    }

    @ParameterizedTest(name = "a unit selected in the tree shows its details at {0} px")
    @ValueSource(ints = {DESKTOP, PHONE})
    void selectingAUnitShowsItsDetails(int width) {
        Browser browser = session.at(width);
        browser.signInAs("laichau.admin");
        browser.open("units");
        browser.waitUntil("return [...document.querySelectorAll('#unit-tree vaadin-grid-cell-content')]"
                + ".some(c => c.textContent.trim() === arguments[0])", UNIT);
        // a real click where a person would click: the middle of the row's visible cell, not a script event
        String where = "units as laichau.admin at " + width + " px: ";
        var row = browser.findAll("#unit-tree vaadin-grid-cell-content").stream()
                .filter(cell -> cell.getText().trim().equals(UNIT)).findFirst().orElseThrow();
        browser.scrollTo(row);
        try {
            row.click();
        } catch (ElementClickInterceptedException covered) {
            browser.screenshot("units-selected-laichau.admin-" + width);
            throw new AssertionError(where + "the row of " + UNIT + " cannot be clicked: " + covered.getRawMessage(), covered);
        }
        browser.waitForVaadin();
        browser.screenshot("units-selected-laichau.admin-" + width);
        Browser.Box details = browser.box("#unit-details");
        assertTrue(details != null && details.shown(), where + "no details panel: " + details);
        assertTrue(browser.find("#unit-details").getText().contains(UNIT), where + "the details do not show " + UNIT
                + ": " + browser.find("#unit-details").getText());
        assertEquals(Boolean.FALSE, browser.script("return document.querySelector('#unit-edit').hasAttribute('disabled')"),
                where + "editing the selected unit is not enabled");
    }

    /** The navigation a signed-in organisation administrator sees, in order and in Vietnamese. */
    @Test
    void theWorkspaceOffersItsAreasInVietnamese() {
        Browser browser = session.at(DESKTOP);
        browser.signInAs("laichau.admin");
        browser.open("");
        assertEquals(List.of("Tổng quan", "Văn bản", "Việc của tôi", "Việc của đơn vị", "Theo dõi, đôn đốc", "Chỉ tiêu", "Báo cáo định kỳ", "Đơn vị", "Văn hóa cơ sở", "Phân hệ thử nghiệm", "Công tác tư tưởng", "Học tập lý luận chính trị", "Quản trị"),
                browser.script("return [...document.querySelectorAll('#workspace-navigation > vaadin-side-nav-item')]"
                        + ".map(i => [...i.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim())"));
        assertEquals("vi", browser.script("return document.documentElement.lang"));
        assertTrue(browser.title().endsWith("Triển Khai"), browser.title());
    }

    /** The probes can fail: a page made wider than the phone, an English word and a raw key are all caught. */
    @Test
    void theProbesSeeWhatTheyLookFor() {
        Browser browser = session.at(PHONE);
        browser.signInAs("laichau.xem");
        browser.open("");
        assertFalse(browser.horizontalScroll().scrolls(), "the home page should not scroll: " + browser.horizontalScroll());
        browser.script("""
                const wide = document.createElement('div'); wide.id = 'probe'; wide.style.width = '900px';
                wide.textContent = 'Loading !probe.key!'; wide.setAttribute('aria-label', 'Toggle');
                document.body.appendChild(wide);""");
        try {
            assertTrue(browser.horizontalScroll().scrolls(), "a 900-px-wide block at 390 px was not seen");
            assertTrue(matches(browser.visibleText(), ENGLISH).containsAll(Set.of("Loading", "Toggle")), "English probe");
            assertTrue(matches(browser.visibleText(), MISSING_KEY).contains("!probe.key!"), "missing-key probe");
            browser.script("document.getElementById('probe').style.width = '2px'");
            assertTrue(browser.box("#probe").width() < PHONE / 3.0);
        } finally {
            browser.script("document.getElementById('probe').remove()");
        }
    }

    private Browser open(Screen screen, String role, int width) {
        Browser browser = session.at(width);
        browser.signInAs(role);
        String route = screen.route().startsWith("@") ? "document/" + documentId(role, screen.route().substring(1)) : screen.route();
        if (role != null || !route.equals("login")) {
            browser.open(route);
        }
        browser.waitUntil("return !!document.querySelector(arguments[0])", screen.main());
        return browser;
    }

    @SuppressWarnings("unchecked")
    private Object documentId(String role, String symbol) {
        RunningApp.Response found = session.app().as(role).get("/api/documents?q=" + java.net.URLEncoder.encode(symbol, StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found.body());
        List<Map<String, Object>> items = (List<Map<String, Object>>) found.object().get("items");
        Map<String, Object> document = items.stream().filter(item -> symbol.equals(item.get("symbol"))).findFirst().orElse(null);
        assertNotNull(document, symbol + " not found by " + role + ": " + found.body());
        return document.get("id");
    }

    /** Pressing "Đăng nhập" with nothing typed: the form's own required-field messages must be Vietnamese. */
    private static void submitEmptySignIn(Browser browser) {
        browser.find("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    /** Pastes the first demo seed plan into the text box and reads it: the draft must appear beside or below. */
    private static void openFirstAwaitedReport(Browser browser) {
        browser.find("#report-awaited a").click();
        browser.waitUntil("return !!document.querySelector('#report-narratives')");
    }

    /** The document page's tab of the theory module: who studied the document down its cascade. */
    private static void openStudyTab(Browser browser) {
        var tab = browser.findAll("#document vaadin-tab").stream().filter(candidate -> candidate.getText().trim().equals("Học tập, quán triệt"))
                .findFirst().orElseThrow();
        // on a phone the tab strip scrolls sideways and its arrows may cover the tab: select it as a tap on it would
        browser.scrollTo(tab);
        browser.script("arguments[0].click()", tab);
        browser.waitUntil("return !!document.querySelector('#theory-document-held .theory-document-unit')");
        Browser.Box held = browser.box("#theory-document-held");
        assertTrue(held != null && held.shown() && held.width() > held.viewport() / 2.0, "the units that studied it are not shown: " + held);
    }

    private static void readSeedPlan(Browser browser) {
        browser.script("""
                const area = document.querySelector('#import-text');
                area.value = arguments[0];
                area.dispatchEvent(new Event('change', { bubbles: true }));""", seed());
        browser.waitForVaadin();
        browser.find("#import-read").click();
        browser.waitUntil("return !!document.querySelector('#import-draft')");
    }

    private static String seed() {
        try (InputStream in = ScreensBrowserTest.class.getResourceAsStream("/demo/seeds/000_907cd9c85062945f.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> matches(List<String> texts, Pattern pattern) {
        return texts.stream().flatMap(text -> {
            Matcher matcher = pattern.matcher(text);
            return matcher.results().map(result -> result.group());
        }).distinct().toList();
    }
}
