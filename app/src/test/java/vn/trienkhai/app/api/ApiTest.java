package vn.trienkhai.app.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import vn.trienkhai.app.RunningApp;

/** Base of the API tests: one running application per test class, on a fresh PostgreSQL schema with the demo. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTest {

    protected RunningApp app;

    @BeforeAll
    void startApplication() {
        app = RunningApp.onPostgres();
    }

    @AfterAll
    void stopApplication() {
        app.close();
    }
}
