package vn.trienkhai.modules.ideology.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.ideology.GrassrootsRadio;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioKind;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPoint;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPointRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioStatus;
import vn.trienkhai.modules.ideology.IdeologyModel.RepairRequest;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseDatePicker;

import java.time.LocalDate;
import java.util.List;

import static vn.trienkhai.modules.ideology.ui.IdeologyLabels.t;

/** "Thêm trạm, cụm loa" and "Ghi kiểm tra, sửa chữa". */
final class RadioForm {

    private RadioForm() {
    }

    static void add(GrassrootsRadio radio, List<Unit> communes, LocalDate today, Runnable saved) {
        UnitPicker commune = new UnitPicker(t("ideology.field.commune"), communes);
        Select<RadioKind> kind = select(t("ideology.field.kind"), RadioKind.values(), RadioKind.CLUSTER);
        kind.setItemLabelGenerator(value -> t(value.labelKey()));
        TextField village = FormDialog.textField(t("ideology.field.village"), null);
        kind.addValueChangeListener(change -> village.setEnabled(change.getValue() == RadioKind.CLUSTER));
        Select<RadioStatus> status = statusSelect(t("ideology.field.status"));
        VietnameseDatePicker checked = new VietnameseDatePicker(t("ideology.field.last-checked"), today);
        TextArea note = new TextArea(t("ideology.field.note"));
        FormDialog dialog = new FormDialog(t("ideology.radio.new"), t("ideology.action.save"), () -> {
            radio.save(WorkspaceSession.actor(), null, new RadioPointRequest(commune.getValue() == null ? null : commune.getValue().id(),
                    kind.getValue(), village.getValue(), status.getValue(), checked.getValue(), note.getValue(), null));
            saved.run();
        });
        dialog.setId("ideology-radio-dialog");
        dialog.field("communeId", commune);
        dialog.field("kind", kind);
        dialog.field("village", village);
        dialog.field("status", status);
        dialog.field("lastChecked", checked);
        dialog.wideField("note", note);
        dialog.confirmButton().setId("ideology-radio-save");
        dialog.open();
    }

    static void repair(GrassrootsRadio radio, RadioPoint point, LocalDate today, Runnable saved) {
        VietnameseDatePicker on = new VietnameseDatePicker(t("ideology.field.repaired-on"), today);
        TextArea description = new TextArea(t("ideology.field.description"));
        Select<RadioStatus> after = statusSelect(t("ideology.field.status-after"));
        FormDialog dialog = new FormDialog(t("ideology.radio.repair.title", point.communeName(), IdeologyLabels.pointName(point)),
                t("ideology.action.save"), () -> {
                    radio.recordRepair(WorkspaceSession.actor(), point.id(), new RepairRequest(on.getValue(), description.getValue(),
                            after.getValue(), point.version()));
                    saved.run();
                });
        dialog.setId("ideology-repair-dialog");
        dialog.field("repairedOn", on);
        dialog.field("statusAfter", after);
        dialog.wideField("description", description);
        dialog.confirmButton().setId("ideology-repair-save");
        dialog.open();
    }

    private static Select<RadioStatus> statusSelect(String label) {
        Select<RadioStatus> status = select(label, RadioStatus.values(), RadioStatus.WORKING);
        status.setItemLabelGenerator(value -> t(value.labelKey()));
        return status;
    }

    private static <T> Select<T> select(String label, T[] values, T initial) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(values);
        select.setValue(initial);
        return select;
    }
}
