package vn.trienkhai.core.testing;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.trienkhai.core.module.InstalledModule;

/** An installed module for kernel tests that need one; present only with {@code trienkhai.test.module=on}. */
@Singleton
@Requires(property = "trienkhai.test.module", value = "on")
public class TestModule implements InstalledModule {

    public static final String ID = "testmodule";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "0.0.1";
    }

    @Override
    public String icon() {
        return "vaadin:flask";
    }
}
