package vn.trienkhai.core.demo;

import vn.trienkhai.core.organisation.Organisation;

import java.util.List;

/**
 * Demo data a module adds on the first start of a demo installation, after the core's organisations and
 * units exist. Implementations are beans; they must be idempotent, because the seeder calls them only when
 * it creates the demo organisations but a developer may run them again.
 */
public interface DemoDataContributor {

    /** The module whose demo data this is; it is enabled in the demo organisations before {@link #seed}. */
    String moduleId();

    void seed(List<Organisation> demoOrganisations);
}
