package vn.trienkhai.app.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Pageable;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditEntry;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.module.ModuleRegistry;
import vn.trienkhai.core.audit.AuditLog;
import vn.trienkhai.core.module.ModuleRegistry;
import vn.trienkhai.workbench.RequiresOperation;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The audit log, newest first, filtered by who, what and when; read-only, like the log itself. */
@Route(value = "admin/audit", layout = MainLayout.class)
@RequiresOperation(Operation.AUDIT_READ)
@Prototype
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final List<String> ENTITY_TYPES = List.of("", "unit", "unit_history", "unit_succession",
            "organisation", "organisation_module", "account", "api_token", "document", "document_link", "document_section",
            "document_recipient", "document_attachment", "document_number_sequence", "document_module", "task", "task_part",
            "task_entry", "task_entry_attachment", "target", "indicator", "indicator_target", "data_set", "figure", "figure_lock",
            "report_request", "report_submission");

    /** The fields that record enum constants, with the message prefix of their labels. */
    private static final Map<String, String> VALUE_LABELS = Map.of(
            "document.status", "document.status.", "document.kind", "document.kind.",
            "unit.kind", "unit.kind.", "unit_history.kind", "unit.kind.", "account.roles", "role.",
            "task.deadlineType", "deadline.type.", "task.status", "task.status.", "task.recurrence", "recurrence.",
            "target.unit", "target.unit.");

    private final AuditLog log;
    private final Messages messages;
    private final ModuleRegistry modules;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField login = new TextField();
    private final Select<String> entityType = new Select<>();
    private final VietnameseDatePicker from;
    private final VietnameseDatePicker to;

    AuditView(AuditLog log, Messages messages, ModuleRegistry modules) {
        this.messages = messages;
        this.modules = modules;
        this.log = log;
        this.from = new VietnameseDatePicker(getTranslation("audit.from"), null);
        this.to = new VietnameseDatePicker(getTranslation("audit.to"), null);
        setId("audit");
        setSizeFull();
        grid.setId("audit-grid");
        entityType.setId("audit-entity");
        grid.addColumn(entry -> WHEN.format(entry.at())).setHeader(getTranslation("audit.column.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::login).setHeader(getTranslation("audit.column.login")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action().name())).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(entry -> entityLabel(entry.entityType()) + " · " + entry.summary())
                .setHeader(getTranslation("audit.column.entity")).setFlexGrow(2);
        grid.addColumn(entry -> entry.changes().stream()
                        .map(change -> fieldLabel(change.field()) + ": " + value(entry, change.field(), change.oldValue())
                                + " → " + value(entry, change.field(), change.newValue()))
                        .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("audit.column.changes")).setFlexGrow(4);
        grid.setItems(this::page, query -> (int) search(Pageable.from(0, 1)).getTotalSize());
        grid.setSizeFull();
        add(new PageHeader(getTranslation("nav.admin.audit"), getTranslation("audit.subtitle")), filters(), grid);
    }

    private HorizontalLayout filters() {
        login.setLabel(getTranslation("audit.column.login"));
        login.setValueChangeMode(ValueChangeMode.LAZY);
        login.setClearButtonVisible(true);
        entityType.setLabel(getTranslation("audit.column.entity"));
        // the installed modules' entity types after the core's, whether or not this organisation enabled them: the log keeps
        // what a module recorded before it was switched off
        entityType.setItems(Stream.concat(ENTITY_TYPES.stream(), modules.installed().stream()
                .flatMap(module -> module.auditedEntityTypes().stream())).toList());
        entityType.setItemLabelGenerator(type -> type.isEmpty() ? getTranslation("audit.entity.all") : entityLabel(type));
        entityType.setValue("");
        login.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        entityType.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> dateRangeChanged());
        to.addValueChangeListener(change -> dateRangeChanged());
        HorizontalLayout filters = new HorizontalLayout(login, entityType, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    /** A reversed range finds nothing; saying so on the field beats an empty table that looks like "no changes". */
    private void dateRangeChanged() {
        boolean reversed = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setInvalid(reversed);
        to.setErrorMessage(reversed ? getTranslation("audit.range.reversed") : null);
        grid.getDataProvider().refreshAll();
    }

    private Stream<AuditEntry> page(Query<AuditEntry, Void> query) {
        return search(Pageable.from(query.getPage(), query.getPageSize())).getContent().stream();
    }

    private io.micronaut.data.model.Page<AuditEntry> search(Pageable pageable) {
        return log.search(WorkspaceSession.actor(), login.getValue(), entityType.getValue(), from.getValue(), to.getValue(), pageable);
    }

    /** The entity's Vietnamese name; an entity recorded by a module without a label keeps its own name. */
    private String entityLabel(String entityType) {
        return messages.find(getLocale(), "audit.entity." + entityType).orElse(entityType);
    }

    /** The field's Vietnamese name; a field recorded by a module without a label keeps its own name. */
    private String fieldLabel(String field) {
        return messages.find(getLocale(), "audit.field." + field).orElse(field);
    }

    /** A recorded value as people name it: an enum constant (or a comma-separated set of them) by its label. */
    private String value(AuditEntry entry, String field, String value) {
        if (value == null) {
            return "∅";
        }
        String prefix = VALUE_LABELS.get(entry.entityType() + "." + field);
        return prefix == null ? value : Arrays.stream(value.split(","))
                .map(constant -> messages.find(getLocale(), prefix + constant.strip()).orElse(constant))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.audit") + " · " + getTranslation("app.name");
    }
}
