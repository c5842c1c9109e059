package vn.trienkhai.core.module;

import java.util.List;
import java.util.Optional;

/**
 * What the kernel knows of a domain module: its identity, its schema, its permissions and its texts.
 *
 * <p>A module is installed when its jar is on the class path; its single SPI class is a {@code @Singleton}
 * bean implementing this interface (through the workbench's {@code DomainModule}, which adds the screens).
 * Every method must be cheap and free of side effects: the registry reads them without activating the
 * module. The id is the namespace of everything the module owns:
 * <pre>
 * id()              "press"
 * routes            press/…          API   /api/m/press/…
 * tables            press_…          Flyway classpath:db/press, history table flyway_history_press
 * message keys      press.…          bundle i18n/press/messages
 * </pre>
 */
public interface InstalledModule {

    /** One lower-case word, stable forever: it prefixes routes, tables, API paths and message keys. */
    String id();

    /** Semantic version of the module, shown to administrators. */
    String version();

    /** Message key of the module's name, e.g. {@code press.module.name}. */
    default String nameKey() {
        return id() + ".module.name";
    }

    /** Message key of the one-sentence description shown in the module administration. */
    default String descriptionKey() {
        return id() + ".module.description";
    }

    /** Icon name in the {@code vaadin:} icon set, e.g. {@code vaadin:newspaper}. */
    String icon();

    /** Base name of the module's message bundle. */
    default String messageBundle() {
        return "i18n/" + id() + "/messages";
    }

    /** Class path location of the module's Flyway migrations, if it owns tables. */
    default Optional<String> migrationsLocation() {
        return Optional.empty();
    }

    /** The permissions this module defines, granted to users and roles by administrators. */
    default List<ModulePermission> permissions() {
        return List.of();
    }

    /**
     * The entity types the module records in the audit log (prefixed with its id), each named by an
     * {@code audit.entity.<type>} key of its messages: the audit log offers them in its filter.
     */
    default List<String> auditedEntityTypes() {
        return List.of();
    }
}
