package vn.trienkhai.app.ui.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.app.ui.WorkspaceModules;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.module.InstalledModule;
import vn.trienkhai.core.module.ModuleEnablement;
import vn.trienkhai.core.module.ModuleRegistry;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.workbench.RequiresOperation;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;

import java.util.Set;

/** The installed modules, switched on and off for the current organisation. */
@Route(value = "admin/modules", layout = MainLayout.class)
@RequiresOperation(Operation.MODULE_SWITCH)
@Prototype
public class ModulesView extends VerticalLayout implements HasDynamicTitle {

    private final ModuleEnablement enablement;
    private final WorkspaceModules workspaceModules;

    ModulesView(ModuleRegistry registry, ModuleEnablement enablement, WorkspaceModules workspaceModules) {
        this.enablement = enablement;
        this.workspaceModules = workspaceModules;
        setId("modules");
        Organisation organisation = WorkspaceSession.organisation().orElseThrow();
        add(new PageHeader(getTranslation("nav.admin.modules"), getTranslation("modules.subtitle", organisation.name())));
        if (registry.installed().isEmpty()) {
            add(new EmptyState("vaadin:puzzle-piece", getTranslation("modules.none"), getTranslation("modules.none.hint")));
            return;
        }
        Set<String> enabled = enablement.enabledModules(organisation.id());
        Grid<InstalledModule> grid = new Grid<>();
        grid.setId("module-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(module -> new Icon(module.icon())).setWidth("4rem").setFlexGrow(0);
        grid.addColumn(module -> getTranslation(module.nameKey())).setHeader(getTranslation("modules.column.name")).setAutoWidth(true);
        grid.addColumn(module -> getTranslation(module.descriptionKey())).setHeader(getTranslation("modules.column.description")).setFlexGrow(2);
        grid.addColumn(InstalledModule::version).setHeader(getTranslation("modules.column.version")).setAutoWidth(true);
        grid.addComponentColumn(module -> toggle(organisation, module, enabled.contains(module.id())))
                .setHeader(getTranslation("modules.column.enabled")).setAutoWidth(true);
        grid.setItems(registry.installed());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Checkbox toggle(Organisation organisation, InstalledModule module, boolean on) {
        Checkbox toggle = new Checkbox(on);
        toggle.setId("module-toggle-" + module.id());
        toggle.setAriaLabel(getTranslation(module.nameKey()));
        toggle.addValueChangeListener(change -> {
            enablement.setEnabled(WorkspaceSession.actor(), module.id(), change.getValue());
            workspaceModules.refreshRoutes(MainLayout.class);
            Toasts.success(getTranslation(change.getValue() ? "modules.enabled" : "modules.disabled", getTranslation(module.nameKey())));
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        return toggle;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.modules") + " · " + getTranslation("app.name");
    }
}
