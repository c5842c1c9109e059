package vn.trienkhai.modules.culture;

import jakarta.inject.Singleton;
import vn.trienkhai.core.module.ModulePermission;
import vn.trienkhai.modules.culture.survey.CultureAccess;
import vn.trienkhai.modules.culture.ui.CultureCard;
import vn.trienkhai.modules.culture.ui.CultureUnitTab;
import vn.trienkhai.modules.culture.ui.SchoolsView;
import vn.trienkhai.modules.culture.ui.SurveyView;
import vn.trienkhai.workbench.DashboardCard;
import vn.trienkhai.workbench.DomainModule;
import vn.trienkhai.workbench.ModuleView;
import vn.trienkhai.workbench.PageTab;
import vn.trienkhai.workbench.UnitPage;

import java.util.List;
import java.util.Optional;

/**
 * The yearly cultural survey of villages and communes and the culture targets of Tam Đường's plan 102-KH/HU to 2025
 * (seed 002): its records feed the core's indicators, so that a district sees its percentages against its targets.
 */
@Singleton
public final class CultureModule implements DomainModule {

    public static final String ID = "culture";

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
        return "vaadin:home-o";
    }

    @Override
    public Optional<String> migrationsLocation() {
        return Optional.of("classpath:db/culture");
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("survey", "culture.nav.survey", "vaadin:home-o", SurveyView.class),
                new ModuleView("schools", "culture.nav.schools", "vaadin:academy-cap", SchoolsView.class));
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("culture.card.title", CultureCard.class));
    }

    @Override
    public List<PageTab<UnitPage>> unitTabs() {
        return List.of(new PageTab<>("culture.tab.title", CultureUnitTab.class));
    }

    @Override
    public List<String> auditedEntityTypes() {
        return List.of("culture_village_survey", "culture_commune_survey", "culture_school");
    }

    @Override
    public List<ModulePermission> permissions() {
        return List.of(new ModulePermission(CultureAccess.EDIT, "culture.permission.survey.edit"));
    }
}
