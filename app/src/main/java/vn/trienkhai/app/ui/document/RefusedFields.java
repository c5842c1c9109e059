package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ScrollIntoViewOption;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a form by the name a refusal gives them ("symbol", "implements[0].symbol"), so that every refused
 * field is marked where the user corrects it and the first one, in form order, is brought into view: a message
 * at the bottom of a long draft tells nobody which field to fix.
 */
final class RefusedFields {

    private final Map<String, Entry> fields = new LinkedHashMap<>();

    /**
     * Registers a field under the names the server refuses it by; register in form order. The field keeps the mark
     * until it is changed (the components' own validation would clear it at the next blur, so it is turned off).
     */
    <F extends Component & HasValue<?, ?> & HasValidation & Focusable<?>> F add(F field, String... names) {
        field.setManualValidation(true);
        field.addValueChangeListener(change -> field.setInvalid(false));
        for (String name : names) {
            fields.put(name, new Entry(field, field, field));
        }
        return field;
    }

    void clear() {
        fields.values().forEach(entry -> entry.validation().setInvalid(false));
    }

    /**
     * Marks each field named in {@code errors} (field name to message; an indexed name marks its list's field) and
     * scrolls to and focuses the first of them. Returns whether any field was marked.
     */
    boolean mark(Map<String, String> errors) {
        Entry first = null;
        for (Map.Entry<String, Entry> field : fields.entrySet()) {
            String message = errors.entrySet().stream().filter(error -> field.getKey().equals(listName(error.getKey())))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (message != null) {
                field.getValue().validation().setErrorMessage(message);
                field.getValue().validation().setInvalid(true);
                first = first == null ? field.getValue() : first;
            }
        }
        if (first != null) {
            first.component().scrollIntoView(ScrollIntoViewOption.Block.CENTER);
            first.focus().focus();
        }
        return first != null;
    }

    /** "implements[0].symbol" is refused on the field that shows the whole list, "implements". */
    private static String listName(String field) {
        int index = field.indexOf('[');
        return index < 0 ? field : field.substring(0, index);
    }

    private record Entry(Component component, HasValidation validation, Focusable<?> focus) {
    }
}
