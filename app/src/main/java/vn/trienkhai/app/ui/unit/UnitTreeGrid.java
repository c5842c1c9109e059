package vn.trienkhai.app.ui.unit;

import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unit tree. A search keeps the matching units and their ancestors, so a match is always shown in its
 * place; matching ignores diacritics. Units are rebuilt from the service after every change, which keeps
 * the tree exactly what the database holds.
 */
class UnitTreeGrid extends TreeGrid<Unit> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private List<Unit> all = List.of();

    UnitTreeGrid() {
        setId("unit-tree");
        addHierarchyColumn(Unit::name).setHeader(getTranslation("units.column.name"))
                .setWidth("22rem").setFlexGrow(1).setResizable(true).setSortable(false);
        addColumn(Unit::code).setHeader(getTranslation("units.column.code")).setAutoWidth(true);
        addColumn(unit -> getTranslation(unit.kind().labelKey())).setHeader(getTranslation("units.column.kind")).setAutoWidth(true);
        addColumn(unit -> unit.validTo() == null ? getTranslation("units.status.active")
                : getTranslation("units.status.ended", DATE.format(unit.validTo())))
                .setHeader(getTranslation("units.column.status")).setAutoWidth(true);
        setSizeFull();
    }

    void show(List<Unit> units, String query) {
        this.all = units;
        filter(query);
    }

    /** Shows the units matching {@code query}, with their ancestors, all expanded; everything when it is blank. */
    void filter(String query) {
        String folded = VietnameseText.fold(query);
        Map<Long, Unit> byId = new HashMap<>();
        all.forEach(unit -> byId.put(unit.id(), unit));
        Set<Long> shown = new HashSet<>();
        for (Unit unit : all) {
            if (folded.isEmpty() || VietnameseText.fold(unit.name() + " " + unit.code()).contains(folded)) {
                shown.add(unit.id());
                unit.ancestorIds().stream().filter(byId::containsKey).forEach(shown::add);
            }
        }
        TreeData<Unit> data = new TreeData<>();
        // the list comes parents first, so every parent is in the tree before its children
        for (Unit unit : all) {
            if (shown.contains(unit.id())) {
                Unit parent = unit.parentId() == null ? null : byId.get(unit.parentId());
                data.addItem(parent != null && shown.contains(parent.id()) ? parent : null, unit);
            }
        }
        setDataProvider(new TreeDataProvider<>(data));
        // without it a search that finds nothing looks like an empty organisation
        setEmptyStateText(folded.isEmpty() ? null : getTranslation("units.search.none", query.strip()));
        expandRecursively(data.getRootItems(), folded.isEmpty() ? 1 : Integer.MAX_VALUE);
    }

    /** Selects the unit with this id, expanding its ancestors. */
    void reveal(long id) {
        all.stream().filter(unit -> unit.id() == id).findFirst().ifPresent(unit -> {
            all.stream().filter(candidate -> unit.ancestorIds().contains(candidate.id())).forEach(this::expand);
            select(unit);
        });
    }
}
