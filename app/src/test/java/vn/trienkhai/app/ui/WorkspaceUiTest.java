package vn.trienkhai.app.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import vn.trienkhai.app.server.MicronautInstantiator;
import vn.trienkhai.core.testing.TestDatabase;
import vn.trienkhai.core.text.VietnameseText;

import java.util.HashMap;
import java.util.Map;

/**
 * Server-side UI tests: the real Micronaut context on PostgreSQL with the demo data, Vaadin's mocked servlet,
 * and views instantiated through the same Micronaut instantiator as in production. No browser, no Jetty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorkspaceUiTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.trienkhai.app.ui");
    protected ApplicationContext context;

    @BeforeAll
    void startContext() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.postgres());
        properties.put("trienkhai.demo-data", "true");
        properties.put("trienkhai.ui.enabled", "false");
        properties.put("micronaut.server.enabled", "false");
        context = ApplicationContext.run(properties, "test");
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(MockedUI::new, new MockVaadinServlet(ROUTES) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
                MockService service = new MockService(this, configuration, getUiFactory()) {
                    @Override
                    protected Instantiator createInstantiator() {
                        return new MicronautInstantiator(this, context);
                    }
                };
                service.init();
                getRoutes().register(service.getContext());
                return service;
            }
        });
        UI.getCurrent().setLocale(VietnameseText.LOCALE);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Signs in through the sign-in page as a demo account. */
    protected static void signIn(String login) {
        UI.getCurrent().navigate(LoginView.class);
        LoginFormKt._login(LocatorJ._get(LoginForm.class), login, "TrienKhai@2025");
    }
}
