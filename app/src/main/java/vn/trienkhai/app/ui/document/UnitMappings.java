package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.ParsedRecipient;
import vn.trienkhai.core.document.parsing.ParsedTask;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitNameMatcher;
import vn.trienkhai.workbench.kit.UnitPicker;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every unit name the draft uses (lead, coordinating, recipient) with the unit of the tree it stands for, pre-filled
 * by the same matcher the server applies to a name left empty, so what the user sees is what will be saved. A name
 * that matched nothing, or that stands for a whole group of units, says so under its box.
 */
class UnitMappings extends Grid<String> {

    private final Map<String, ComboBox<Unit>> choices = new LinkedHashMap<>();

    UnitMappings(ImportDraft draft, List<Unit> tree, UnitNameMatcher matcher) {
        setId("import-units");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        List<String> names = Stream.concat(
                draft.tasks().stream().flatMap(task -> Stream.concat(Stream.ofNullable(task.leadUnit()), task.coordinatingUnits().stream())),
                draft.recipients().stream().map(ParsedRecipient::name)).distinct().toList();
        names.forEach(name -> choices.put(name, choice(name, matcher.resolve(name, tree), tree)));
        // one cell a row: the name and its box side by side on a desktop, stacked on a phone (styles/trienkhai.css)
        addComponentColumn(name -> mapping(name, ledSections(draft, name))).setKey("mapping");
        setItems(names);
        LongLists.bound(this, names.size());
    }

    /** The units the user chose or kept, by name; a name left empty is matched by the server as suggested. */
    Map<String, Long> chosen() {
        Map<String, Long> chosen = new HashMap<>();
        choices.forEach((name, box) -> {
            if (box.getValue() != null) {
                chosen.put(name, box.getValue().id());
            }
        });
        return chosen;
    }

    private ComboBox<Unit> choice(String name, List<Unit> matched, List<Unit> tree) {
        UnitPicker box = new UnitPicker(null, tree);
        box.setWidthFull();
        box.setAriaLabel(getTranslation("import.units.unit") + ": " + name);
        box.getElement().setAttribute("data-name", name);
        box.setPlaceholder(matched.size() == 1 ? matched.getFirst().name()
                : getTranslation(matched.isEmpty() ? "import.units.unmatched" : "import.units.group.placeholder"));
        box.setClassName("tk-unmatched", matched.isEmpty());
        // an empty box says what saving it empty does: a name cleared by the user is still matched by the server
        String whenEmpty = matched.isEmpty() ? getTranslation("import.units.unmatched.hint")
                : matched.size() == 1 ? getTranslation("import.units.suggested", matched.getFirst().name())
                : getTranslation("import.units.group", matched.size());
        box.addValueChangeListener(change -> box.setHelperText(change.getValue() == null ? whenEmpty : null));
        box.setHelperText(whenEmpty);
        box.setValue(matched.size() == 1 ? matched.getFirst() : null);
        return box;
    }

    private Component mapping(String name, String sections) {
        Span written = new Span(name);
        written.addClassName("tk-mapping-name");
        Div label = new Div(written);
        if (!sections.isEmpty()) {
            Span leads = new Span(getTranslation("import.units.leads") + " " + sections);
            leads.addClassName("tk-mapping-leads");
            label.add(leads);
        }
        Div row = new Div(label, choices.get(name));
        row.addClassName("tk-mapping");
        return row;
    }

    private static String ledSections(ImportDraft draft, String name) {
        return draft.tasks().stream().filter(task -> name.equals(task.leadUnit())).map(ParsedTask::section).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining(", "));
    }
}
