package vn.trienkhai.modules.culture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.culture.survey.CultureAccess;
import vn.trienkhai.modules.culture.survey.CultureModel.School;
import vn.trienkhai.modules.culture.survey.CultureRequests.SchoolRequest;
import vn.trienkhai.modules.culture.survey.CultureSchools;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The schools and their clubs preserving the ethnic cultural identity; a click on a row edits it. */
@Prototype
public class SchoolsView extends VerticalLayout {

    private final CultureSchools schools;
    private final Actor actor;
    private final boolean editable;
    private final List<Unit> communes;
    private final Map<Long, Unit> byId;
    private final Grid<School> grid = new Grid<>();
    private final EmptyState empty;

    SchoolsView(CultureSchools schools, CultureAccess access, UnitService units) {
        this.schools = schools;
        this.actor = WorkspaceSession.actor();
        this.editable = access.mayEdit(actor);
        setId("culture-schools");
        setPadding(false);
        communes = units.tree(actor, false).stream().filter(unit -> unit.kind() == UnitKind.COMMUNE).toList();
        byId = communes.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Button add = new Button(getTranslation("culture.school.add"), click -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("culture-school-add");
        add.setVisible(editable && !communes.isEmpty());
        add(new PageHeader(getTranslation("culture.nav.schools"), getTranslation("culture.school.subtitle"), add));
        grid.setId("culture-school-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(School::name).setHeader(getTranslation("culture.school.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(school -> byId.containsKey(school.communeId()) ? byId.get(school.communeId()).name() : "")
                .setHeader(getTranslation("culture.survey.commune")).setAutoWidth(true);
        grid.addColumn(school -> school.clubName() == null ? "—" : school.clubName()).setHeader(getTranslation("culture.school.club"))
                .setAutoWidth(true);
        grid.addColumn(school -> getTranslation(school.clubActive() ? "culture.yes" : "culture.no"))
                .setHeader(getTranslation("culture.school.active")).setAutoWidth(true);
        if (editable) {
            grid.addItemClickListener(click -> edit(click.getItem()));
        }
        empty = new EmptyState("vaadin:academy-cap", getTranslation("culture.school.empty"), getTranslation("culture.school.empty.hint"));
        add(empty, grid);
        refresh();
    }

    private void refresh() {
        List<School> all = schools.list(actor);
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private void edit(School school) {
        UnitPicker commune = new UnitPicker(getTranslation("culture.survey.commune"), communes);
        commune.select(school == null ? communes.getFirst().id() : school.communeId());
        TextField name = FormDialog.textField(getTranslation("culture.school.name"), school == null ? null : school.name());
        TextField club = FormDialog.textField(getTranslation("culture.school.club"), school == null ? null : school.clubName());
        Checkbox active = new Checkbox(getTranslation("culture.school.active"), school != null && school.clubActive());
        FormDialog dialog = new FormDialog(getTranslation(school == null ? "culture.school.add" : "culture.school.edit"),
                getTranslation("culture.school.save"), () -> {
            School saved = schools.save(actor, school == null ? null : school.id(), new SchoolRequest(
                    commune.getValue() == null ? 0 : commune.getValue().id(), name.getValue(), club.getValue(), active.getValue(),
                    school == null ? null : school.version()));
            Toasts.success(getTranslation("culture.school.saved", saved.name()));
            refresh();
        });
        dialog.field("communeId", commune);
        dialog.wideField("name", name);
        dialog.wideField("clubName", club);
        dialog.addWide(active);
        dialog.open();
    }
}
