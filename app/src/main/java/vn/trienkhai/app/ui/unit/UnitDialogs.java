package vn.trienkhai.app.ui.unit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.MergeUnitsRequest;
import vn.trienkhai.core.unit.UnitRequests.MoveUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.NewSuccessor;
import vn.trienkhai.core.unit.UnitRequests.SplitUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.UpdateUnitRequest;
import vn.trienkhai.core.unit.UnitRestructuring;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The dialogs that change the unit tree. Each sends one request to the services, which validate it; a
 * refusal is shown on the fields it names and the dialog stays open.
 */
@Singleton
class UnitDialogs {

    private final UnitService units;
    private final UnitRestructuring restructuring;
    private final Messages messages;
    private final Clock clock;

    UnitDialogs(UnitService units, UnitRestructuring restructuring, Messages messages, Clock clock) {
        this.units = units;
        this.restructuring = restructuring;
        this.messages = messages;
        this.clock = clock;
    }

    void create(Actor actor, Unit selected, Consumer<Unit> done) {
        List<Unit> tree = units.tree(actor, false);
        ComboBox<Unit> parent = unitChoice("units.field.parent", tree);
        parent.setValue(selected != null && selected.isActive() ? selected : tree.getFirst());
        Select<UnitKind> kind = kindChoice(null);
        TextField code = FormDialog.textField(t("units.column.code"), "");
        TextField name = FormDialog.textField(t("units.column.name"), "");
        VietnameseDatePicker validFrom = new VietnameseDatePicker(t("units.valid-from"), today());
        FormDialog dialog = new FormDialog(t("units.create"), t("action.save"), () -> done(done, "units.created",
                units.create(actor, new CreateUnitRequest(idOf(parent.getValue()), kind.getValue(), code.getValue(), name.getValue(), validFrom.getValue()))));
        dialog.field("parentId", parent);
        dialog.field("kind", kind);
        dialog.field("code", code);
        dialog.field("name", name);
        dialog.field("validFrom", validFrom);
        open(dialog, "unit-create-dialog");
    }

    void edit(Actor actor, Unit unit, Consumer<Unit> done) {
        Select<UnitKind> kind = kindChoice(unit.kind());
        TextField code = FormDialog.textField(t("units.column.code"), unit.code());
        TextField name = FormDialog.textField(t("units.column.name"), unit.name());
        VietnameseDatePicker effectiveOn = new VietnameseDatePicker(t("units.effective-on"), today());
        FormDialog dialog = new FormDialog(t("units.edit"), t("action.save"), () -> done(done, "units.saved",
                units.update(actor, unit.id(), new UpdateUnitRequest(unit.version(), kind.getValue(), code.getValue(), name.getValue(), effectiveOn.getValue()))));
        dialog.addWide(new Paragraph(t("units.edit.hint")));
        dialog.field("kind", kind);
        dialog.field("code", code);
        dialog.field("name", name);
        dialog.field("effectiveOn", effectiveOn);
        open(dialog, "unit-edit-dialog");
    }

    void move(Actor actor, List<Unit> tree, Unit unit, Consumer<Unit> done) {
        List<Unit> outside = tree.stream().filter(candidate -> !candidate.path().startsWith(unit.path())).toList();
        ComboBox<Unit> parent = unitChoice("units.field.new-parent", outside);
        VietnameseDatePicker effectiveOn = new VietnameseDatePicker(t("units.effective-on"), today());
        FormDialog dialog = new FormDialog(t("units.move") + ": " + unit.name(), t("units.move"), () -> done(done, "units.moved",
                restructuring.move(actor, unit.id(), new MoveUnitRequest(unit.version(), idOf(parent.getValue()), effectiveOn.getValue()))));
        dialog.field("parentId", parent);
        dialog.field("effectiveOn", effectiveOn);
        open(dialog, "unit-move-dialog");
    }

    void merge(Actor actor, List<Unit> tree, Unit selected, Consumer<Unit> done) {
        MultiSelectComboBox<Unit> merged = new MultiSelectComboBox<>(t("units.field.merged"));
        merged.setItems(tree);
        merged.setItemLabelGenerator(Unit::name);
        if (selected != null && selected.isActive()) {
            merged.select(selected);
        }
        ComboBox<Unit> parent = unitChoice("units.field.parent", tree);
        if (selected != null && selected.parentId() != null) {
            tree.stream().filter(unit -> unit.id() == selected.parentId()).findFirst().ifPresent(parent::setValue);
        }
        Select<UnitKind> kind = kindChoice(selected == null ? null : selected.kind());
        TextField code = FormDialog.textField(t("units.column.code"), "");
        TextField name = FormDialog.textField(t("units.column.name"), "");
        VietnameseDatePicker effectiveOn = new VietnameseDatePicker(t("units.effective-on"), today());
        FormDialog dialog = new FormDialog(t("units.merge"), t("units.merge"), () -> done(done, "units.merged",
                restructuring.merge(actor, new MergeUnitsRequest(merged.getValue().stream().map(Unit::id).toList(),
                        idOf(parent.getValue()), kind.getValue(), code.getValue(), name.getValue(), effectiveOn.getValue()))));
        dialog.addWide(new Paragraph(t("units.merge.hint")));
        dialog.field("unitIds", merged);
        dialog.field("parentId", parent);
        dialog.field("kind", kind);
        dialog.field("code", code);
        dialog.field("name", name);
        dialog.field("effectiveOn", effectiveOn);
        open(dialog, "unit-merge-dialog");
    }

    void split(Actor actor, Unit unit, Consumer<Unit> done) {
        List<SuccessorFields> successors = new ArrayList<>();
        Select<Integer> childrenTo = new Select<>();
        childrenTo.setLabel(t("units.field.children-to"));
        childrenTo.setItemLabelGenerator(index -> t("units.split.successor", index + 1));
        VietnameseDatePicker effectiveOn = new VietnameseDatePicker(t("units.effective-on"), today());
        FormDialog dialog = new FormDialog(t("units.split") + ": " + unit.name(), t("units.split"), () -> done(done, "units.split.done",
                restructuring.split(actor, unit.id(), new SplitUnitRequest(unit.version(),
                        successors.stream().map(SuccessorFields::request).toList(), childrenTo.getValue(), effectiveOn.getValue())).getFirst()));
        dialog.addWide(new Paragraph(t("units.split.hint")));
        Runnable addSuccessor = () -> {
            SuccessorFields fields = new SuccessorFields(successors.size(), unit.kind());
            successors.add(fields);
            fields.addTo(dialog);
            childrenTo.setItems(IntStream.range(0, successors.size()).boxed().toList());
            childrenTo.setValue(0);
        };
        addSuccessor.run();
        addSuccessor.run();
        dialog.field("childrenTo", childrenTo);
        dialog.field("effectiveOn", effectiveOn);
        Button more = new Button(t("units.split.add"), click -> addSuccessor.run());
        dialog.getFooter().addComponentAsFirst(more);
        open(dialog, "unit-split-dialog");
    }

    /** The kind, code and name of one new unit of a split, named in field errors by its place in the request. */
    private final class SuccessorFields {
        private final String apiPrefix;
        private final Select<UnitKind> kind;
        private final TextField code = FormDialog.textField(t("units.column.code"), "");
        private final TextField name = FormDialog.textField(t("units.column.name"), "");

        SuccessorFields(int index, UnitKind initialKind) {
            apiPrefix = "successors[" + index + "].";
            kind = kindChoice(initialKind);
            name.setLabel(t("units.split.successor", index + 1) + " – " + t("units.column.name"));
        }

        void addTo(FormDialog dialog) {
            dialog.wideField(apiPrefix + "name", name);
            dialog.field(apiPrefix + "kind", kind);
            dialog.field(apiPrefix + "code", code);
        }

        NewSuccessor request() {
            return new NewSuccessor(kind.getValue(), code.getValue(), name.getValue());
        }
    }

    private void done(Consumer<Unit> done, String messageKey, Unit unit) {
        Toasts.success(t(messageKey, unit.name()));
        done.accept(unit);
    }

    private ComboBox<Unit> unitChoice(String labelKey, List<Unit> choices) {
        return new UnitPicker(t(labelKey), choices);
    }

    private Select<UnitKind> kindChoice(UnitKind initial) {
        Select<UnitKind> kind = new Select<>();
        kind.setLabel(t("units.column.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(value -> t(value.labelKey()));
        kind.setValue(initial);
        return kind;
    }

    private void open(FormDialog dialog, String id) {
        dialog.setId(id);
        dialog.open();
    }

    private static Long idOf(Unit unit) {
        return unit == null ? null : unit.id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String t(String key, Object... args) {
        return messages.get(key, args);
    }
}
