package vn.trienkhai.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.trienkhai.app.browser.BrowserSession.DESKTOP;

/**
 * A workspace session whose account changes under it ends at its next click: the page it has open, with the actor
 * read at sign-in in its listeners, cannot act any more (server-side UI tests do not run the request handler that
 * decides this, so a real browser proves it).
 */
@ExtendWith(BrowserSession.Resolver.class)
class SessionEndBrowserTest {

    @Test
    void aPasswordResetElsewhereEndsTheOpenSessionAtItsNextClick(BrowserSession session) {
        RunningApp.Client admin = session.app().as("laichau.admin");
        Object homeUnit = admin.get("/api/units").list().getFirst().get("id");
        Response created = admin.call("POST", "/api/accounts", """
                {"login":"phien.ketthuc","displayName":"Phiên kết thúc","password":"%s","homeUnitId":%s,"roles":["OFFICER"]}"""
                .formatted(RunningApp.DEMO_PASSWORD, homeUnit));
        assertEquals(201, created.status(), created.body());
        Browser browser = session.at(DESKTOP);
        try {
            browser.signInAs("phien.ketthuc");
            browser.open("units");
            assertTrue((Boolean) browser.script("return !!document.querySelector('#unit-tree')"));

            assertEquals(204, admin.call("POST", "/api/accounts/" + created.object().get("id") + "/password",
                    "{\"password\":\"mat-khau-moi-cua-quan-tri\"}").status());
            browser.script("document.querySelector('#workspace-navigation vaadin-side-nav-item[path=\"documents\"]')"
                    + ".shadowRoot.querySelector('a').click()");

            browser.waitUntil("return location.pathname.endsWith('/login') && !!document.querySelector('#session-ended')");
            assertTrue(browser.visibleText().stream().anyMatch(text -> text.contains("Phiên làm việc đã kết thúc")),
                    browser.visibleText().toString());
            browser.screenshot("session-ended");
        } finally {
            browser.signInAs(null);
        }
    }
}
