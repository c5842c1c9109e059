package vn.trienkhai.modules.theory;

import jakarta.inject.Singleton;
import vn.trienkhai.core.module.ModulePermission;
import vn.trienkhai.modules.theory.ui.BooksView;
import vn.trienkhai.modules.theory.ui.ClassesView;
import vn.trienkhai.modules.theory.ui.DocumentStudyTab;
import vn.trienkhai.modules.theory.ui.FollowPlansView;
import vn.trienkhai.modules.theory.ui.SessionsView;
import vn.trienkhai.modules.theory.ui.TheoryCard;
import vn.trienkhai.modules.theory.ui.TheoryUnitTab;
import vn.trienkhai.workbench.DashboardCard;
import vn.trienkhai.workbench.DocumentPage;
import vn.trienkhai.workbench.DomainModule;
import vn.trienkhai.workbench.ModuleView;
import vn.trienkhai.workbench.PageTab;
import vn.trienkhai.workbench.UnitPage;

import java.util.List;
import java.util.Optional;

/**
 * Học tập lý luận chính trị: the sessions at which units study and disseminate the documents they receive, the
 * political centre's classes, the year's Ho Chi Minh topic with the units' "làm theo" plans, and political-theory
 * books. Its indicators measure targets such as seed 002's "98% cán bộ, đảng viên được học tập, quán triệt".
 */
@Singleton
public final class TheoryModule implements DomainModule {

    public static final String ID = "theory";

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
        return "vaadin:academy-cap";
    }

    @Override
    public Optional<String> migrationsLocation() {
        return Optional.of("classpath:db/" + ID);
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("sessions", "theory.nav.sessions", "vaadin:group", SessionsView.class),
                new ModuleView("classes", "theory.nav.classes", "vaadin:academy-cap", ClassesView.class),
                new ModuleView("follow", "theory.nav.follow", "vaadin:star", FollowPlansView.class),
                new ModuleView("books", "theory.nav.books", "vaadin:book", BooksView.class));
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("theory.card.title", TheoryCard.class));
    }

    @Override
    public List<PageTab<UnitPage>> unitTabs() {
        return List.of(new PageTab<>("theory.tab.title", TheoryUnitTab.class));
    }

    @Override
    public List<PageTab<DocumentPage>> documentTabs() {
        return List.of(new PageTab<>("theory.document-tab.title", DocumentStudyTab.class));
    }

    @Override
    public List<String> auditedEntityTypes() {
        return List.of(StudySessions.ENTITY, PoliticalClasses.ENTITY, FollowPlans.TOPIC_ENTITY, FollowPlans.ENTITY, TheoryBooks.ENTITY);
    }

    @Override
    public List<ModulePermission> permissions() {
        return List.of(new ModulePermission(TheoryAccess.RECORD, "theory.permission.record"));
    }
}
