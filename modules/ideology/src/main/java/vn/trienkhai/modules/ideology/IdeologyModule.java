package vn.trienkhai.modules.ideology;

import jakarta.inject.Singleton;
import vn.trienkhai.core.module.ModulePermission;
import vn.trienkhai.modules.ideology.ui.BriefingsView;
import vn.trienkhai.modules.ideology.ui.HotSpotsView;
import vn.trienkhai.modules.ideology.ui.IdeologyCard;
import vn.trienkhai.modules.ideology.ui.IdeologyUnitTab;
import vn.trienkhai.modules.ideology.ui.IncidentsView;
import vn.trienkhai.modules.ideology.ui.OpinionReportsView;
import vn.trienkhai.modules.ideology.ui.RadioView;
import vn.trienkhai.modules.ideology.ui.RosterView;
import vn.trienkhai.modules.ideology.ui.SynthesisView;
import vn.trienkhai.workbench.DashboardCard;
import vn.trienkhai.workbench.DomainModule;
import vn.trienkhai.workbench.ModuleView;
import vn.trienkhai.workbench.PageTab;
import vn.trienkhai.workbench.UnitPage;

import java.util.List;
import java.util.Optional;

/**
 * Công tác tư tưởng: public-opinion reports, their hot spots and syntheses, grassroots radio (communes' stations,
 * villages' loudspeaker clusters), countering false information, and the network of reporters with its monthly
 * briefings. Its indicators measure the radio targets of plans such as Tam Đường's 102-KH/HU.
 */
@Singleton
public final class IdeologyModule implements DomainModule {

    public static final String ID = "ideology";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String icon() {
        return "vaadin:comments";
    }

    @Override
    public Optional<String> migrationsLocation() {
        return Optional.of("classpath:db/" + ID);
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("opinion", "ideology.nav.opinion", "vaadin:comments", OpinionReportsView.class),
                new ModuleView("hot-spots", "ideology.nav.hot-spots", "vaadin:fire", HotSpotsView.class),
                new ModuleView("synthesis", "ideology.nav.synthesis", "vaadin:table", SynthesisView.class),
                new ModuleView("radio", "ideology.nav.radio", "vaadin:volume-up", RadioView.class),
                new ModuleView("incidents", "ideology.nav.incidents", "vaadin:shield", IncidentsView.class),
                new ModuleView("roster", "ideology.nav.roster", "vaadin:users", RosterView.class),
                new ModuleView("briefings", "ideology.nav.briefings", "vaadin:presentation", BriefingsView.class));
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("ideology.card.title", IdeologyCard.class));
    }

    @Override
    public List<PageTab<UnitPage>> unitTabs() {
        return List.of(new PageTab<>("ideology.tab.title", IdeologyUnitTab.class));
    }

    @Override
    public List<String> auditedEntityTypes() {
        return List.of(OpinionReports.ENTITY, GrassrootsRadio.ENTITY, GrassrootsRadio.REPAIR_ENTITY, FalseInformation.ENTITY,
                Roster.ENTITY, Briefings.ENTITY);
    }

    @Override
    public List<ModulePermission> permissions() {
        return List.of(new ModulePermission(IdeologyAccess.RECORD, "ideology.permission.record"),
                new ModulePermission(IdeologyAccess.CLOSE_HOT_SPOT, "ideology.permission.hotspot.close"));
    }
}
