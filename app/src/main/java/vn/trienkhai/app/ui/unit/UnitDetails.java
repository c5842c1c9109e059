package vn.trienkhai.app.ui.unit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.WorkspaceModules;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitRevision;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.core.unit.UnitSuccession;
import vn.trienkhai.workbench.Contributions;
import vn.trienkhai.workbench.DomainModule;
import vn.trienkhai.workbench.PageTab;
import vn.trienkhai.workbench.UnitPage;
import vn.trienkhai.workbench.kit.EmptyState;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The selected unit's page: its details, its history and restructurings, and the enabled modules' tabs. */
@Prototype
class UnitDetails extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitService units;
    private final WorkspaceModules modules;

    UnitDetails(UnitService units, WorkspaceModules modules) {
        this.units = units;
        this.modules = modules;
        setId("unit-details");
        addClassName("tk-details");
        // a VerticalLayout is 100% wide by default, inline, which beat the stylesheet's width and left the tree
        // beside it 2 px wide: the stylesheet decides (a column beside the tree on a desktop, full width on a phone)
        setWidth(null);
        clear();
    }

    void clear() {
        removeAll();
        add(new EmptyState("vaadin:sitemap", getTranslation("units.details.none"), getTranslation("units.details.none.hint")));
    }

    void show(Actor actor, Unit unit) {
        removeAll();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("units.tab.info"), info(unit));
        tabs.add(getTranslation("units.tab.history"), history(actor, unit));
        for (DomainModule module : modules.enabled()) {
            for (PageTab<UnitPage> tab : module.unitTabs()) {
                tabs.add(getTranslation(tab.titleKey()), Contributions.render(tab.content(), new UnitPage(actor, unit)));
            }
        }
        add(new H3(unit.name()), tabs);
    }

    private Component info(Unit unit) {
        VerticalLayout info = new VerticalLayout(
                line("units.column.code", unit.code()),
                line("units.column.kind", getTranslation(unit.kind().labelKey())),
                line("units.valid-from", format(unit.validFrom())),
                line("units.valid-to", unit.validTo() == null ? getTranslation("units.status.active") : format(unit.validTo())));
        info.setPadding(false);
        info.setSpacing(false);
        return info;
    }

    private Component history(Actor actor, Unit unit) {
        Grid<UnitRevision> revisions = new Grid<>();
        revisions.setId("unit-history");
        revisions.addColumn(revision -> format(revision.validFrom())).setHeader(getTranslation("units.valid-from")).setAutoWidth(true);
        revisions.addColumn(revision -> revision.validTo() == null ? "" : format(revision.validTo())).setHeader(getTranslation("units.valid-to")).setAutoWidth(true);
        revisions.addColumn(UnitRevision::name).setHeader(getTranslation("units.column.name"));
        revisions.addColumn(UnitRevision::code).setHeader(getTranslation("units.column.code")).setAutoWidth(true);
        revisions.setItems(units.history(actor, unit.id()));
        revisions.setAllRowsVisible(true);
        VerticalLayout history = new VerticalLayout(revisions);
        history.setPadding(false);
        for (UnitSuccession succession : units.successions(actor, unit.id())) {
            history.add(new Paragraph(describe(actor, unit, succession)));
        }
        return history;
    }

    private String describe(Actor actor, Unit unit, UnitSuccession succession) {
        boolean ended = succession.predecessorId() == unit.id();
        String other = units.get(actor, ended ? succession.successorId() : succession.predecessorId()).name();
        String key = "units.succession." + succession.kind().name().toLowerCase() + (ended ? ".into" : ".from");
        return getTranslation(key, other, format(succession.effectiveOn()));
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph line = new Paragraph(getTranslation(labelKey) + ": " + value);
        line.addClassName("tk-detail-line");
        return line;
    }

    private static String format(LocalDate date) {
        return DATE.format(date);
    }
}
