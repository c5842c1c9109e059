package vn.trienkhai.workbench;

/** A card on the dashboard: a title and the contribution that renders its content. */
public record DashboardCard(String titleKey, Class<? extends Contribution<DashboardContext>> content) {
}
