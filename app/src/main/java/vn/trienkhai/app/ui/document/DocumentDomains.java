package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentModules;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.workbench.kit.Toasts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * "Lĩnh vực": the domains (modules) a document belongs to, which the task lists filter by. Whoever may correct the
 * document picks them among the organisation's enabled modules, each choice saved at once; everyone else reads them
 * as chips. Nothing is shown where there is nothing to read or to choose.
 */
final class DocumentDomains extends Div {

    private final DocumentModules modules;
    private final Actor actor;
    private final long documentId;
    private List<String> stored;
    private boolean reverting;

    /**
     * @param enabled the ids of the organisation's enabled modules
     * @param title   a module's Vietnamese name by its id
     */
    DocumentDomains(DocumentModules modules, Actor actor, long documentId, List<String> stored, List<String> enabled,
                    Function<String, String> title, boolean editable) {
        this.modules = modules;
        this.actor = actor;
        this.documentId = documentId;
        this.stored = stored;
        setId("document-modules");
        addClassName("tk-document-modules");
        setWidthFull();
        if (editable && !(enabled.isEmpty() && stored.isEmpty())) {
            add(picker(enabled, title));
        } else if (!stored.isEmpty()) {
            Span label = new Span(getTranslation("document.modules") + ":");
            label.addClassName("tk-document-modules-label");
            add(label);
            stored.forEach(id -> {
                Span chip = new Span(title.apply(id));
                chip.addClassName("tk-chip");
                add(chip);
            });
        } else {
            setVisible(false);
        }
    }

    /** The enabled modules, and those chosen before they were switched off, which stay until someone removes them. */
    private MultiSelectComboBox<String> picker(List<String> enabled, Function<String, String> title) {
        Set<String> choices = new LinkedHashSet<>(enabled);
        choices.addAll(stored);
        MultiSelectComboBox<String> picker = new MultiSelectComboBox<>(getTranslation("document.modules"));
        picker.setId("document-modules-picker");
        picker.setItems(choices.stream().sorted(Comparator.comparing(title)).toList());
        picker.setItemLabelGenerator(title::apply);
        picker.setValue(Set.copyOf(stored));
        picker.setPlaceholder(getTranslation("document.modules.none"));
        picker.setHelperText(getTranslation("document.modules.hint"));
        picker.addValueChangeListener(change -> {
            if (!reverting) {
                save(picker, change.getValue());
            }
        });
        return picker;
    }

    private void save(MultiSelectComboBox<String> picker, Set<String> chosen) {
        try {
            stored = modules.set(actor, documentId, new ArrayList<>(chosen));
            Toasts.success(getTranslation("document.modules.saved"));
        } catch (DomainException refused) {
            reverting = true;
            picker.setValue(Set.copyOf(stored));
            reverting = false;
            Toasts.error(refused.getMessage());
        }
    }
}
