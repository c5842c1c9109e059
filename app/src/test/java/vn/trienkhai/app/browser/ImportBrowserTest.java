package vn.trienkhai.app.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.trienkhai.app.browser.BrowserSession.DESKTOP;
import static vn.trienkhai.app.browser.BrowserSession.PHONE;

/**
 * "Nhập kế hoạch" in a real browser, as the propaganda department of Tam Đường uses it: the tasks of a plan
 * readable and editable across the page, the unit names mapped as suggested, a refused save shown on its field.
 * Screenshots go to target/screenshots/import-*.png.
 */
@ExtendWith(BrowserSession.Resolver.class)
class ImportBrowserTest {

    private static final String ROLE = "tamduong.tuyengiao";
    private static final String FIRST_SEED = "000_907cd9c85062945f";
    private static final String LONGEST_SEED = "002_8116868c8bd2955c";

    /** A plan numbered like the registered 102-KH/HU of the same date: saving it must be refused as a duplicate. */
    private static final String DUPLICATE = """
            Số 102 - KH/HU
            Tam Đường, ngày 26 tháng 01 năm 2022
            KẾ HOẠCH
            tuyên truyền kỷ niệm ngày thành lập huyện
            III. TỔ CHỨC THỰC HIỆN
            1. Ban Tuyên giáo Huyện ủy chủ trì tổ chức thực hiện, xong trong tháng 9/2023.
            """;

    private static final String EMPTY_TEXT = "Chưa có nội dung văn bản để đọc.";

    private BrowserSession session;

    @BeforeEach
    void session(BrowserSession shared) {
        session = shared;
    }

    /** The first seed plan and the longest (102-KH/HU, 35 KB), which once made the page 11,000 px long. */
    @ParameterizedTest(name = "the tasks of seed {1} are readable across the page at {0} px")
    @CsvSource({"1366, " + FIRST_SEED, "390, " + FIRST_SEED, "1366, " + LONGEST_SEED, "390, " + LONGEST_SEED})
    void theTasksAreReadableAcrossThePage(int width, String seed) {
        Browser browser = read(width, seed(seed));
        browser.scrollTo(browser.find("#import-tasks"));
        browser.waitForVaadin();
        browser.screenshot("import-tasks-" + seed + "-" + width);

        Browser.Box task = browser.box("#import-tasks vaadin-text-area");
        assertTrue(task != null && task.shown(), "no task text box: " + task);
        double wanted = width == DESKTOP ? task.viewport() / 2.0 : task.viewport() * 0.75;
        assertTrue(task.width() >= wanted, "a task text box is " + task.width() + " px wide of " + task.viewport());
        assertFalse(browser.horizontalScroll().scrolls(), "the page scrolls sideways: " + browser.horizontalScroll());
        Number page = (Number) browser.script("return document.documentElement.scrollHeight");
        assertTrue(page.intValue() < 4000, "the page is " + page + " px long");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMappingBoxesShowTheSuggestedUnits() {
        Browser browser = read(DESKTOP, seed(LONGEST_SEED));
        browser.scrollTo(browser.find("#import-units"));
        browser.waitForVaadin();
        browser.screenshot("import-units-" + DESKTOP);

        List<Map<String, String>> boxes = (List<Map<String, String>>) browser.script("""
                return [...document.querySelectorAll('#import-units vaadin-combo-box')].map(box => ({
                  name: box.getAttribute('data-name'), shown: box.inputElement.value,
                  helper: box.helperText || '' }));""");
        assertFalse(boxes.isEmpty(), "no mapping boxes");
        assertTrue(boxes.stream().anyMatch(box -> box.get("name").equals("Ban Tuyên giáo Huyện ủy")
                && box.get("shown").equals("Ban Tuyên giáo Huyện ủy")), boxes.toString());
        assertTrue(boxes.stream().filter(box -> box.get("shown").isEmpty()).allMatch(box -> !box.get("helper").isBlank()),
                "an empty box without a marker: " + boxes);
    }

    @ParameterizedTest(name = "a refused number is marked on its field and shown at {0} px")
    @ValueSource(ints = {DESKTOP, PHONE})
    void aRefusedNumberIsMarkedOnItsFieldAndShown(int width) {
        Browser browser = read(width, DUPLICATE);
        browser.scrollTo(browser.find("#import-save"));
        browser.find("#import-save").click();
        browser.waitForVaadin();
        browser.waitUntil("return document.querySelector('#import-symbol').hasAttribute('invalid')");
        browser.screenshot("import-refused-" + width);

        Browser.Box field = browser.box("#import-symbol");
        Number viewportHeight = (Number) browser.script("return window.innerHeight");
        assertTrue(field.top() >= 0 && field.top() + field.height() <= viewportHeight.doubleValue(),
                "the refused number field is out of view: " + field);
        String error = (String) browser.script("return document.querySelector('#import-symbol').errorMessage");
        assertTrue(error != null && error.contains("102-KH/HU"), "error on the number field: " + error);
        assertEquals(Boolean.TRUE, browser.script("return document.querySelector('#import-symbol').hasAttribute('focused')"));
    }

    @Test
    void anErrorOfAnEmptyReadGoesAwayWhenTheNextReadSucceeds() {
        Browser browser = openImport(DESKTOP);
        browser.find("#import-read").click();
        browser.waitUntil("return [...document.querySelectorAll('vaadin-notification-card')].some(card => card.textContent.includes(arguments[0]))",
                EMPTY_TEXT);
        paste(browser, DUPLICATE);
        long before = System.nanoTime();
        browser.find("#import-read").click();
        browser.waitUntil("return !!document.querySelector('#import-draft')");
        browser.waitUntil("return ![...document.querySelectorAll('vaadin-notification-card')].some(card => card.textContent.includes(arguments[0]))",
                EMPTY_TEXT);
        browser.screenshot("import-read-after-error-" + DESKTOP);
        // the toast would close by itself after 6 s: it must go with the successful read, well before that
        assertTrue(System.nanoTime() - before < 4_000_000_000L, "the error stayed " + (System.nanoTime() - before) / 1_000_000 + " ms");
    }

    private Browser read(int width, String text) {
        Browser browser = openImport(width);
        paste(browser, text);
        browser.find("#import-read").click();
        browser.waitUntil("return !!document.querySelector('#import-draft')");
        browser.waitForVaadin();
        return browser;
    }

    private Browser openImport(int width) {
        Browser browser = session.at(width);
        browser.signInAs(ROLE);
        browser.open("documents/import");
        browser.waitUntil("return !!document.querySelector('#import-text')");
        return browser;
    }

    private static void paste(Browser browser, String text) {
        browser.script("""
                const area = document.querySelector('#import-text');
                area.value = arguments[0];
                area.dispatchEvent(new Event('change', { bubbles: true }));""", text);
        browser.waitForVaadin();
    }

    private static String seed(String name) {
        try (InputStream in = ImportBrowserTest.class.getResourceAsStream("/demo/seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
