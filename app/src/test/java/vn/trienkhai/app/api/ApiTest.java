package vn.trienkhai.app.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import vn.trienkhai.app.RunningApp;
import vn.trienkhai.app.RunningApp.Response;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** The JSON object of a 200 answer; fails with the body otherwise. */
    protected static Map<String, Object> ok(Response response) {
        assertEquals(200, response.status(), response.body());
        return response.object();
    }

    @SuppressWarnings("unchecked")
    protected static List<Map<?, ?>> list(Map<String, Object> object, String key) {
        return (List<Map<?, ?>>) object.get(key);
    }

    /** The first field a refusal names. */
    protected static String field(Response refused) {
        return fields(refused).getFirst();
    }

    /** Every field a refusal names, in its order. */
    protected static List<String> fields(Response refused) {
        return ((List<?>) refused.object().get("fields")).stream().map(error -> (String) ((Map<?, ?>) error).get("field")).toList();
    }

    protected static long number(Map<?, ?> object, String key) {
        return ((Number) object.get(key)).longValue();
    }
}
