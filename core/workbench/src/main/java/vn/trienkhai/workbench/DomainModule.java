package vn.trienkhai.workbench;

import vn.trienkhai.core.module.InstalledModule;

import java.util.List;

/**
 * The one SPI class of a domain module: what it contributes to the workspace.
 *
 * <p>A module declares a single {@code final} {@code @Singleton} implementing this interface. The workspace
 * reads it for every organisation that enabled the module and ignores it for the others; its methods must
 * be cheap and have no side effects. Example:
 * <pre>{@code
 * @Singleton
 * public final class PressModule implements DomainModule {
 *     public String id() { return "press"; }
 *     public String version() { return "1.0.0"; }
 *     public String icon() { return "vaadin:newspaper"; }
 *     public Optional<String> migrationsLocation() { return Optional.of("classpath:db/press"); }
 *     public List<ModuleView> views() {
 *         return List.of(new ModuleView("subscriptions", "press.nav.subscriptions", "vaadin:list", SubscriptionListView.class));
 *     }
 *     public List<DashboardCard> dashboardCards() {
 *         return List.of(new DashboardCard("press.card.budget", BudgetCard.class));
 *     }
 * }
 * }</pre>
 */
public interface DomainModule extends InstalledModule {

    /** The module's screens; each is routed at {@code <id>/<path>} and listed in the navigation. */
    default List<ModuleView> views() {
        return List.of();
    }

    /** Cards on the dashboard of the organisations that enabled the module. */
    default List<DashboardCard> dashboardCards() {
        return List.of();
    }

    /** Tabs on a unit's page. */
    default List<PageTab<UnitPage>> unitTabs() {
        return List.of();
    }

    /** Tabs on a document's page. */
    default List<PageTab<DocumentPage>> documentTabs() {
        return List.of();
    }
}
