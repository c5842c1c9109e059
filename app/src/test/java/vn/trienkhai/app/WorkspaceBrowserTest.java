package vn.trienkhai.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real browser (Debian's Chromium, headless) on the running application: the workspace opens with its
 * navigation and the demo tree after signing in. Saves target/login.png, target/workspace.png and target/units.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private RunningApp app;
    private ChromeDriver browser;

    @BeforeAll
    void start() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("The browser test needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        }
        app = RunningApp.onPostgres();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,850");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theWorkspaceOpensWithItsNavigationAndTheDemoTree() throws Exception {
        browser.get(app.workspaceUrl());
        waitFor("return !!document.querySelector('vaadin-login-form')");
        save("target/login.png");
        browser.findElement(By.name("username")).sendKeys("laichau.admin");
        browser.findElement(By.name("password")).sendKeys(RunningApp.DEMO_PASSWORD, Keys.ENTER);
        waitFor("return !!document.querySelector('vaadin-side-nav-item') && document.querySelectorAll('vaadin-side-nav-item').length > 5");
        @SuppressWarnings("unchecked")
        List<String> navigation = (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('#workspace-navigation > vaadin-side-nav-item')]"
                        + ".map(i => [...i.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim())");
        assertEquals(List.of("Tổng quan", "Văn bản", "Nhiệm vụ", "Chỉ tiêu", "Đơn vị", "Phân hệ thử nghiệm", "Quản trị"), navigation);
        assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        save("target/workspace.png");

        browser.get(app.workspaceUrl() + "units");
        waitFor("return [...document.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.includes('Huyện ủy Tam Đường'))");
        save("target/units.png");
        assertTrue(browser.getTitle().startsWith("Đơn vị"), browser.getTitle());
    }

    private void waitFor(String script) {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(script)));
    }

    private void save(String path) throws Exception {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of(path), StandardCopyOption.REPLACE_EXISTING);
    }
}
