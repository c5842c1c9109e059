package vn.trienkhai.core.module;

import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The installed modules: every {@link InstalledModule} bean on the class path.
 *
 * <p>Ids are checked once here, so that a module with a malformed or duplicate id stops the start-up with a
 * message instead of sharing another module's tables or routes.
 */
@Singleton
public class ModuleRegistry {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,30}");

    private final List<InstalledModule> modules;

    public ModuleRegistry(List<InstalledModule> modules) {
        this.modules = modules.stream().sorted(Comparator.comparing(InstalledModule::id)).toList();
        validateIds();
    }

    public List<InstalledModule> installed() {
        return modules;
    }

    public Optional<InstalledModule> find(String id) {
        return modules.stream().filter(module -> module.id().equals(id)).findFirst();
    }

    public boolean isInstalled(String id) {
        return find(id).isPresent();
    }

    private void validateIds() {
        modules.stream().map(InstalledModule::id).filter(id -> !ID.matcher(id).matches()).findFirst()
                .ifPresent(id -> {
                    throw new IllegalStateException("Module id '" + id + "' is not one lower-case word of 2-31 letters or digits");
                });
        modules.stream().collect(Collectors.groupingBy(InstalledModule::id, Collectors.counting()))
                .forEach((id, count) -> {
                    if (count > 1) {
                        throw new IllegalStateException("Module id '" + id + "' is installed " + count + " times");
                    }
                });
    }
}
