package vn.trienkhai.core.module;

import jakarta.inject.Singleton;
import vn.trienkhai.core.i18n.MessageBundle;

import java.util.List;

/** The installed modules' bundles, read after the core's, the workbench's and the application's. */
@Singleton
class ModuleMessageBundles implements MessageBundle {

    private final ModuleRegistry registry;

    ModuleMessageBundles(ModuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<String> baseNames() {
        return registry.installed().stream().map(InstalledModule::messageBundle).toList();
    }
}
