package vn.trienkhai.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.trienkhai.app.RunningApp;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium at one window width, signed in as one demo account at a time, with the layout probes
 * the browser tests assert on. Never downloads a driver: both binaries are the system's.
 */
final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** True once the page's Flow clients have answered every request they sent (Vaadin's own idle flag). */
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients || document.readyState !== 'complete') return false;
            return Object.values(flow.clients).every(c => typeof c.isActive !== 'function' || !c.isActive());""";

    /**
     * Text a person sees or hears: visible text nodes, through shadow roots, and the aria-label, placeholder and
     * title attributes of every element (hidden labels are read aloud).
     */
    private static final String VISIBLE_TEXT = """
            const out = [];
            const visible = el => { const s = getComputedStyle(el); const r = el.getBoundingClientRect();
              return s.visibility !== 'hidden' && s.display !== 'none' && r.width > 0 && r.height > 0; };
            const walk = root => {
              for (const node of root.childNodes) {
                if (node.nodeType === Node.TEXT_NODE) {
                  const parent = node.parentElement || (node.parentNode && node.parentNode.host);
                  if (parent && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName) && node.textContent.trim()
                      && visible(parent)) out.push(node.textContent.trim());
                } else if (node.nodeType === Node.ELEMENT_NODE) {
                  for (const a of ['aria-label', 'placeholder', 'title']) {
                    const v = node.getAttribute(a); if (v && v.trim()) out.push(a + '=' + v.trim());
                  }
                  if (node.shadowRoot) walk(node.shadowRoot);
                  walk(node);
                }
              }
            };
            walk(document.body);
            return out;""";

    private static final String PAGE_SCROLL = """
            const content = (() => { const layout = document.querySelector('vaadin-app-layout');
              return layout && layout.shadowRoot ? layout.shadowRoot.querySelector('[content]') : null; })();
            return { page: document.documentElement.scrollWidth, viewport: window.innerWidth,
                     content: content ? content.scrollWidth : 0, contentClient: content ? content.clientWidth : 0 };""";

    private final ChromeDriver driver;
    private final RunningApp app;
    private final int width;
    private String signedInAs;

    Browser(RunningApp app, int width, int height) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        }
        this.app = app;
        this.width = width;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=vi", "--user-data-dir=" + freshProfile(), "--window-size=" + width + "," + height);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    int width() {
        return width;
    }

    /** Signs in through the sign-in form, unless already signed in as that account; {@code null} signs out. */
    void signInAs(String login) {
        if (login != null && login.equals(signedInAs)) {
            return;
        }
        driver.manage().deleteAllCookies();
        signedInAs = null;
        open("login");
        waitUntil("return !!document.querySelector('vaadin-login-form input[name=username]')");
        if (login == null) {
            return;
        }
        driver.findElement(By.name("username")).sendKeys(login);
        driver.findElement(By.name("password")).sendKeys(RunningApp.DEMO_PASSWORD, Keys.ENTER);
        waitUntil("return !!document.querySelector('#workspace-navigation')");
        signedInAs = login;
    }

    void open(String route) {
        driver.get(app.workspaceUrl() + route);
        waitForVaadin();
    }

    void waitForVaadin() {
        waitUntil(VAADIN_IDLE);
    }

    void waitUntil(String script, Object... arguments) {
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script, arguments)));
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String title() {
        return driver.getTitle();
    }

    /** Saves the viewport as target/screenshots/{name}.png and returns the path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    List<String> visibleText() {
        return (List<String>) driver.executeScript(VISIBLE_TEXT);
    }

    /** Widths of the page and of the workspace's content container against the viewport. */
    @SuppressWarnings("unchecked")
    HorizontalScroll horizontalScroll() {
        Map<String, Number> widths = (Map<String, Number>) driver.executeScript(PAGE_SCROLL);
        return new HorizontalScroll(widths.get("page").intValue(), widths.get("viewport").intValue(),
                widths.get("content").intValue(), widths.get("contentClient").intValue());
    }

    /**
     * Texts of grid cells on screen that the grid cuts short with an ellipsis ("Tiếp tụ…"): on a phone a person
     * cannot read them and has no way to widen the column.
     */
    @SuppressWarnings("unchecked")
    List<String> cutGridCells() {
        return (List<String>) driver.executeScript("""
                return [...document.querySelectorAll('vaadin-grid-cell-content')].filter(cell => {
                  const r = cell.getBoundingClientRect();
                  return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0
                      && r.right <= window.innerWidth && cell.textContent.trim() && cell.scrollWidth > cell.clientWidth + 1;
                }).map(cell => cell.textContent.trim()).slice(0, 8);""");
    }

    /** Scrolls the element to the middle of its scrollers, as a person scrolls to what they want to click. */
    void scrollTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
    }

    /** The element's box in CSS pixels, or {@code null} when no element matches. */
    @SuppressWarnings("unchecked")
    Box box(String css) {
        Map<String, Number> box = (Map<String, Number>) driver.executeScript("""
                const el = document.querySelector(arguments[0]); if (!el) return null;
                const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                const shown = s.visibility !== 'hidden' && s.display !== 'none' && !el.hidden;
                return { left: r.left, top: r.top, width: shown ? r.width : 0, height: shown ? r.height : 0,
                         viewport: window.innerWidth };""", css);
        return box == null ? null : new Box(box.get("left").doubleValue(), box.get("top").doubleValue(),
                box.get("width").doubleValue(), box.get("height").doubleValue(), box.get("viewport").intValue());
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("trienkhai-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record HorizontalScroll(int page, int viewport, int content, int contentClient) {
        boolean scrolls() {
            return page > viewport || content > contentClient;
        }
    }

    record Box(double left, double top, double width, double height, int viewport) {
        boolean shown() {
            return width > 0 && height > 0;
        }
    }
}
