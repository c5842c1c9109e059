package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentModel.Task;
import vn.trienkhai.core.document.DocumentRequests.NewTaskRequest;
import vn.trienkhai.core.document.DocumentTasks;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.Recurrence;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The "Thêm nhiệm vụ" action of a document's tasks, for those who hold it: a task given by hand, to units of the
 * holder's subtree, followed up like one read from an imported plan. The service decides again; each field it
 * refuses is marked in the dialog, which keeps what was typed.
 */
final class TaskEntry {

    /** The precisions a task given by hand is set with; a range is what a plan says, not what one types. */
    private static final List<DeadlineType> DEADLINE_TYPES = List.of(DeadlineType.NONE, DeadlineType.DATE, DeadlineType.MONTH,
            DeadlineType.QUARTER, DeadlineType.YEAR);

    private final DocumentTasks tasks;
    private final Actor actor;
    private final long documentId;
    private final String documentLabel;
    private final List<Unit> tree;
    private final Consumer<Task> added;

    TaskEntry(DocumentTasks tasks, Actor actor, long documentId, String documentLabel, List<Unit> tree, Consumer<Task> added) {
        this.tasks = tasks;
        this.actor = actor;
        this.documentId = documentId;
        this.documentLabel = documentLabel;
        this.tree = tree;
        this.added = added;
    }

    Button button() {
        Button add = new Button(t("document.task.add"), new Icon("vaadin:plus"), click -> open());
        add.setId("document-task-add");
        return add;
    }

    private void open() {
        TextArea text = new TextArea(t("document.task.text"));
        // a task is a sentence or a paragraph: a one-line box hides most of what is typed or pasted
        text.setMinHeight("7rem");
        MultiSelectComboBox<Unit> leads = units(t("task.lead"), tasks.leadChoices(actor, documentId));
        leads.setHelperText(t("document.task.add.lead.hint"));
        MultiSelectComboBox<Unit> coordinators = units(t("document.task.add.coordinators"), tree);
        Select<DeadlineType> deadlineType = new Select<>();
        deadlineType.setLabel(t("document.task.add.deadline-type"));
        deadlineType.setItems(DEADLINE_TYPES);
        deadlineType.setItemLabelGenerator(type -> type == DeadlineType.NONE ? t("document.task.add.deadline.NONE")
                : t("deadline.type." + type.name()));
        deadlineType.setValue(DeadlineType.DATE);
        VietnameseDatePicker deadline = new VietnameseDatePicker(t("document.task.deadline"), null);
        deadlineType.addValueChangeListener(change -> follow(change.getValue(), deadline));
        Select<Recurrence> recurrence = new Select<>();
        recurrence.setLabel(t("document.task.recurrence"));
        recurrence.setItems(Recurrence.values());
        recurrence.setEmptySelectionAllowed(true);
        recurrence.setEmptySelectionCaption(t("document.task.add.recurrence.none"));
        recurrence.setItemLabelGenerator(value -> value == null ? t("document.task.add.recurrence.none") : t("recurrence." + value.name()));
        VietnameseDatePicker recurrenceEnd = new VietnameseDatePicker(t("document.task.add.recurrence-end"), null);
        recurrenceEnd.setHelperText(t("document.task.add.recurrence-end.hint"));
        recurrenceEnd.setEnabled(false);
        recurrence.addValueChangeListener(change -> recurrenceEnd.setEnabled(change.getValue() != null));
        TextField section = FormDialog.textField(t("document.task.add.section"), null);
        FormDialog dialog = new FormDialog(t("document.task.add.title", documentLabel), t("action.save"), () -> {
            Task task = tasks.add(actor, documentId, new NewTaskRequest(text.getValue(), section.getValue(), ids(leads.getValue()),
                    ids(coordinators.getValue()), deadlineType.getValue(), deadline.getValue(), recurrence.getValue(),
                    recurrence.getValue() == null ? null : recurrenceEnd.getValue()));
            Toasts.success(t("document.task.added", documentLabel));
            added.accept(task);
        });
        dialog.wideField("text", text);
        dialog.wideField("leadUnitIds", leads);
        dialog.wideField("coordinatingUnitIds", coordinators);
        dialog.field("deadlineType", deadlineType);
        dialog.field("deadline", deadline);
        dialog.field("recurrence", recurrence);
        dialog.field("recurrenceEnd", recurrenceEnd);
        dialog.field("section", section);
        dialog.setId("document-task-dialog");
        dialog.open();
        text.focus();
    }

    /** A deadline's date says which month, quarter or year is meant; the helper says that its last day is kept. */
    private static void follow(DeadlineType type, VietnameseDatePicker deadline) {
        boolean dated = type != null && type != DeadlineType.NONE;
        deadline.setEnabled(dated);
        if (!dated) {
            deadline.clear();
        }
        deadline.setHelperText(dated && type != DeadlineType.DATE ? t("document.task.add.deadline.hint." + type.name()) : null);
    }

    private static MultiSelectComboBox<Unit> units(String label, List<Unit> units) {
        MultiSelectComboBox<Unit> picker = new MultiSelectComboBox<>(label);
        picker.setItems((unit, filter) -> VietnameseText.fold(unit.name() + " " + unit.code()).contains(VietnameseText.fold(filter)), units);
        picker.setItemLabelGenerator(Unit::name);
        picker.setSelectedItemsOnTop(true);
        picker.setClearButtonVisible(true);
        return picker;
    }

    private static List<Long> ids(Set<Unit> units) {
        return units.stream().map(Unit::id).toList();
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
