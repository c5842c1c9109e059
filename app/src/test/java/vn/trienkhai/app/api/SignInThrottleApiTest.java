package vn.trienkhai.app.api;

import org.junit.jupiter.api.Test;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Its own application: the throttle locks the test's address, which would disturb other tests. */
class SignInThrottleApiTest {

    @Test
    void repeatedFailuresLockTheLoginEvenForTheRightPassword() {
        try (RunningApp app = RunningApp.onPostgres()) {
            for (int attempt = 0; attempt < 5; attempt++) {
                assertEquals("auth.invalid", signIn(app, "laichau.lanhdao-wrong").object().get("code"));
            }
            Response locked = signIn(app, RunningApp.DEMO_PASSWORD);
            assertEquals(401, locked.status());
            assertEquals("auth.throttled", locked.object().get("code"));
            assertTrue(((String) locked.object().get("message")).contains("phút"));
        }
    }

    private static Response signIn(RunningApp app, String password) {
        return app.anonymous().call("POST", "/api/auth/token", "{\"login\":\"tamduong.lanhdao\",\"password\":\"%s\"}".formatted(password));
    }
}
