package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.task.TaskModel.PartRole;
import vn.trienkhai.core.task.TaskModel.Timeliness;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.workbench.DomainModule;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The criteria of a task list: status, timeliness, role, document, domain (the enabled modules, when there are any),
 * due range, text, and the order.
 */
final class TaskFilters extends HorizontalLayout {

    /** Overdue first: what the lists are opened for. */
    private static final List<Timeliness> TIMELINESS = List.of(Timeliness.OVERDUE, Timeliness.DUE_SOON, Timeliness.OPEN,
            Timeliness.DONE_ON_TIME, Timeliness.DONE_LATE);

    private final TextField text = new TextField(TaskLabels.t("tasks.filter.text"));
    private final MultiSelectComboBox<TaskStatus> statuses = new MultiSelectComboBox<>(TaskLabels.t("tasks.column.status"));
    private final MultiSelectComboBox<Timeliness> timeliness = new MultiSelectComboBox<>(TaskLabels.t("tasks.column.timeliness"));
    private final Select<PartRole> role = new Select<>();
    private final ComboBox<Document> document = new ComboBox<>(TaskLabels.t("tasks.column.document"));
    private final Select<DomainModule> module = new Select<>();
    private final VietnameseDatePicker dueFrom = new VietnameseDatePicker(TaskLabels.t("tasks.filter.due-from"), null);
    private final VietnameseDatePicker dueTo = new VietnameseDatePicker(TaskLabels.t("tasks.filter.due-to"), null);
    private final Select<TaskSort> sort = new Select<>();

    TaskFilters(List<Document> documents, List<DomainModule> modules, Component... leading) {
        text.setId("task-search");
        text.setPlaceholder(TaskLabels.t("tasks.filter.text.hint"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        statuses.setId("task-status-filter");
        statuses.setItems(TaskStatus.values());
        statuses.setItemLabelGenerator(status -> TaskLabels.t("task.status." + status.name()));
        timeliness.setId("task-timeliness-filter");
        timeliness.setItems(TIMELINESS);
        timeliness.setItemLabelGenerator(state -> TaskLabels.t("task.timeliness." + state.name()));
        role.setLabel(TaskLabels.t("tasks.column.role"));
        role.setItems(PartRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(TaskLabels.t("documents.any"));
        role.setItemLabelGenerator(value -> value == null ? TaskLabels.t("documents.any") : TaskLabels.t("task.role." + value.name()));
        document.setItems(documents);
        document.setItemLabelGenerator(value -> value.symbol() == null ? value.title() : value.symbol());
        document.setClearButtonVisible(true);
        module.setId("task-module-filter");
        module.setLabel(TaskLabels.t("tasks.filter.module"));
        module.setItems(modules);
        module.setEmptySelectionAllowed(true);
        module.setEmptySelectionCaption(TaskLabels.t("documents.any"));
        module.setItemLabelGenerator(value -> value == null ? TaskLabels.t("documents.any") : TaskLabels.t(value.nameKey()));
        module.setVisible(!modules.isEmpty());
        sort.setLabel(TaskLabels.t("tasks.sort"));
        sort.setItems(TaskSort.values());
        sort.setItemLabelGenerator(value -> TaskLabels.t("tasks.sort." + value.name()));
        sort.setValue(TaskSort.DUE);
        statuses.setClearButtonVisible(true);
        timeliness.setClearButtonVisible(true);
        List.<HasSize>of(text, statuses, timeliness, document).forEach(field -> field.setWidth("14rem"));
        List.<HasSize>of(role, module, dueFrom, dueTo, sort).forEach(field -> field.setWidth("10rem"));
        add(leading);
        add(text, statuses, timeliness, role, document, module, dueFrom, dueTo, sort);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("tk-task-filters");
    }

    void onChange(Runnable refresh) {
        List<HasValue<?, ?>> fields = List.of(text, statuses, timeliness, role, document, module, dueFrom, dueTo, sort);
        fields.forEach(field -> field.addValueChangeListener(change -> refresh.run()));
    }

    TaskFilter filter(Long unitId, boolean ownUnitOnly) {
        Document chosen = document.getValue();
        return new TaskFilter(unitId, ownUnitOnly, Set.copyOf(statuses.getValue()), Set.copyOf(timeliness.getValue()),
                role.getValue(), chosen == null ? null : chosen.id(), dueFrom.getValue(), dueTo.getValue(), text.getValue(),
                module.getValue() == null ? null : module.getValue().id());
    }

    /** Shows the parts of these timeliness states due in this range, as a link into the list asks (the dashboard's). */
    void show(Set<Timeliness> states, LocalDate from, LocalDate to) {
        timeliness.setValue(states);
        dueFrom.setValue(from);
        dueTo.setValue(to);
    }

    TaskSort sort() {
        return sort.getValue() == null ? TaskSort.DUE : sort.getValue();
    }
}
