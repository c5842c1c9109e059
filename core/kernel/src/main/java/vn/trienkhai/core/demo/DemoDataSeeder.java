package vn.trienkhai.core.demo;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.module.InstalledModule;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.module.ModuleRegistry;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.schema.DatabaseVendor;
import vn.trienkhai.core.unit.UnitPath;

import javax.sql.DataSource;
import java.util.List;
import java.util.Locale;

/**
 * Seeds the demo organisations on the first start of a demo installation.
 *
 * <p>{@code trienkhai.demo-data} is {@code auto} by default: on for the embedded database, which only a
 * trial or a developer uses, and off for PostgreSQL, which is production. It is idempotent: nothing is
 * seeded when the first demo organisation already exists.
 */
@Singleton
public class DemoDataSeeder implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final String setting;
    private final DataSource dataSource;
    private final DemoUnits units;
    private final DemoAccounts accounts;
    private final DemoDocuments documents;
    private final DemoTaskProgress taskProgress;
    private final DemoIndicators indicators;
    private final DemoReports reports;
    private final OrganisationService organisations;
    private final ModuleRegistry registry;
    private final ModuleEnablement enablement;
    private final List<DemoDataContributor> contributors;

    DemoDataSeeder(@Value("${trienkhai.demo-data:auto}") String setting, DataSource dataSource, DemoUnits units, DemoAccounts accounts, DemoDocuments documents,
                   DemoTaskProgress taskProgress, DemoIndicators indicators, DemoReports reports,
                   OrganisationService organisations, ModuleRegistry registry, ModuleEnablement enablement,
                   List<DemoDataContributor> contributors) {
        this.setting = setting;
        this.dataSource = dataSource;
        this.units = units;
        this.accounts = accounts;
        this.documents = documents;
        this.taskProgress = taskProgress;
        this.indicators = indicators;
        this.reports = reports;
        this.organisations = organisations;
        this.registry = registry;
        this.enablement = enablement;
        this.contributors = contributors;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!isOn()) {
            return;
        }
        if (organisations.findByCode(DemoUnits.FIRST_ORGANISATION).isPresent()) {
            LOG.info("Demo data already present");
            return;
        }
        seed();
    }

    @Transactional
    void seed() {
        List<Organisation> demo = units.createOrganisations();
        for (Organisation organisation : demo) {
            Actor system = Actor.system(organisation.id(), organisation.rootUnitId(), UnitPath.root(organisation.rootUnitId()));
            for (InstalledModule module : registry.installed()) {
                enablement.setEnabled(system, module.id(), true);
            }
        }
        accounts.create(demo);
        Document tamDuong = documents.create(demo);
        taskProgress.record(tamDuong.id());
        indicators.record(demo.getFirst(), tamDuong);
        reports.record(demo.getFirst(), tamDuong);
        contributors.forEach(contributor -> contributor.seed(demo));
        LOG.info("Demo data seeded: {} organisations", demo.size());
    }

    boolean isOn() {
        return switch (setting.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "auto" -> DatabaseVendor.of(dataSource) == DatabaseVendor.H2;
            default -> false;
        };
    }

}
