package vn.trienkhai.modules.culture.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.culture.survey.CultureAccess;
import vn.trienkhai.modules.culture.survey.CultureModel.CommuneSurvey;
import vn.trienkhai.modules.culture.survey.CultureModel.CommuneYear;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageRow;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageSurvey;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageTotals;
import vn.trienkhai.modules.culture.survey.CultureRequests.CommuneSurveyRequest;
import vn.trienkhai.modules.culture.survey.CultureRequests.VillageSurveyRequest;
import vn.trienkhai.modules.culture.survey.CultureSurveys;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * One commune and one year: the commune's own survey above, its villages in an editable grid below, saved together
 * (all or nothing). The totals under the grid are the villages' roll-up the district's percentages are made of.
 */
@Prototype
public class SurveyView extends VerticalLayout {

    static final int FIRST_YEAR = 2020;
    /** How the service names a field of the i-th village it was sent: villages[2].households. */
    private static final Pattern VILLAGE_FIELD = Pattern.compile("villages\\[(\\d+)]\\.(\\w+)");

    private final CultureSurveys surveys;
    private final Actor actor;
    private final boolean editable;
    private final UnitPicker commune;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final VerticalLayout content = new VerticalLayout();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final List<VillageEditor> editors = new ArrayList<>();
    private CommuneForm communeForm;
    private CommuneYear shown;

    SurveyView(CultureSurveys surveys, CultureAccess access, UnitService units, Clock clock) {
        this.surveys = surveys;
        this.actor = WorkspaceSession.actor();
        this.editable = access.mayEdit(actor);
        setId("culture-survey");
        setPadding(false);
        List<Unit> communes = units.tree(actor, false).stream().filter(unit -> unit.kind() == UnitKind.COMMUNE).toList();
        commune = new UnitPicker(getTranslation("culture.survey.commune"), communes);
        commune.setId("culture-commune");
        commune.setClearButtonVisible(false);
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("culture.survey.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setId("culture-year");
        year.setWidth("8rem");
        Button save = new Button(getTranslation("culture.survey.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("culture-save");
        save.setVisible(editable);
        add(new PageHeader(getTranslation("culture.nav.survey"), getTranslation("culture.survey.subtitle"), save));
        if (communes.isEmpty()) {
            add(new EmptyState("vaadin:home-o", getTranslation("culture.survey.no-commune"), getTranslation("culture.survey.no-commune.hint")));
            return;
        }
        HorizontalLayout filters = new HorizontalLayout(commune, year);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.setPadding(false);
        add(filters, content);
        commune.setValue(communes.getFirst());
        year.setValue(latestSurveyed(communes.getFirst(), thisYear));
        commune.addValueChangeListener(change -> show());
        year.addValueChangeListener(change -> show());
        show();
    }

    private int latestSurveyed(Unit first, int thisYear) {
        List<CommuneSurvey> history = surveys.communeHistory(actor, first.id());
        return history.isEmpty() ? thisYear : history.getFirst().year();
    }

    private void show() {
        content.removeAll();
        fields.clear();
        editors.clear();
        if (commune.getValue() == null || year.getValue() == null) {
            return;
        }
        shown = surveys.communeYear(actor, commune.getValue().id(), year.getValue());
        communeForm = new CommuneForm(shown.survey());
        content.add(new H3(getTranslation("culture.survey.commune-part", shown.commune().name(), String.valueOf(shown.year()))), communeForm);
        content.add(new H3(getTranslation("culture.survey.villages-part")));
        if (shown.villages().isEmpty()) {
            content.add(new EmptyState("vaadin:home-o", getTranslation("culture.survey.no-village"),
                    getTranslation("culture.survey.no-village.hint")));
            return;
        }
        shown.villages().forEach(row -> editors.add(new VillageEditor(row)));
        Grid<VillageEditor> grid = new Grid<>();
        grid.setId("culture-villages");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(editor -> editor.village.name()).setHeader(getTranslation("culture.village.name")).setFrozen(true)
                .setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(editor -> editor.households).setKey("households").setHeader(getTranslation("culture.village.households")).setWidth("7.5rem");
        grid.addComponentColumn(editor -> editor.cultural).setKey("cultural").setHeader(getTranslation("culture.village.cultural")).setWidth("7.5rem");
        grid.addComponentColumn(editor -> editor.title).setKey("title").setHeader(getTranslation("culture.village.title")).setAutoWidth(true);
        grid.addComponentColumn(editor -> editor.house).setKey("house").setHeader(getTranslation("culture.village.house")).setWidth("12rem");
        grid.addComponentColumn(editor -> editor.troupe).setKey("troupe").setHeader(getTranslation("culture.village.troupe")).setAutoWidth(true);
        grid.addComponentColumn(editor -> editor.loudspeakers).setKey("loudspeakers").setHeader(getTranslation("culture.village.loudspeakers")).setAutoWidth(true);
        grid.setItems(editors);
        content.add(grid, totals(shown.totals()));
    }

    private Paragraph totals(VillageTotals totals) {
        Paragraph line = new Paragraph(getTranslation("culture.survey.totals", totals.surveyed(), totals.villages(), totals.households(),
                totals.culturalHouseholds(), totals.culturalVillages(), totals.houses(), totals.standardHouses(), totals.artTroupes(),
                totals.loudspeakers()));
        line.setId("culture-totals");
        line.addClassName("tk-page-subtitle");
        return line;
    }

    private void save() {
        if (shown == null) {
            return;
        }
        fields.values().forEach(field -> field.setInvalid(false));
        editors.forEach(VillageEditor::clearErrors);
        List<VillageEditor> sent = editors.stream().filter(VillageEditor::entered).toList();
        List<VillageSurveyRequest> villages = sent.stream().map(VillageEditor::request).toList();
        try {
            shown = surveys.saveYear(actor, shown.commune().id(), shown.year(), communeForm.request(), villages);
            Toasts.success(getTranslation("culture.survey.saved", shown.commune().name(), String.valueOf(shown.year())));
            show();
        } catch (DomainException refused) {
            refused.fieldErrors().forEach(error -> {
                Matcher row = VILLAGE_FIELD.matcher(error.field());
                HasValidation field = row.matches() ? sent.get(Integer.parseInt(row.group(1))).field(row.group(2)) : fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                }
            });
            Toasts.error(refused.getMessage());
        }
    }

    private Select<HouseState> houseSelect(String label, HouseState value) {
        Select<HouseState> select = new Select<>();
        select.setLabel(label);
        select.setItems(HouseState.values());
        select.setItemLabelGenerator(state -> getTranslation(state.labelKey()));
        select.setValue(value);
        select.setReadOnly(!editable);
        select.setWidthFull();
        return select;
    }

    private IntegerField number(String label, Integer value) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setValue(value);
        field.setReadOnly(!editable);
        field.setWidthFull();
        return field;
    }

    private Checkbox box(String label, boolean value) {
        Checkbox box = new Checkbox(label, value);
        box.setReadOnly(!editable);
        return box;
    }

    /** The commune's own part of the survey. */
    private final class CommuneForm extends FormLayout {
        private final CommuneSurvey survey;
        private final Select<HouseState> house;
        private final Checkbox radio;
        private final IntegerField clubs;
        private final TextField artForms;
        private final IntegerField agencies;
        private final IntegerField culturalAgencies;
        private final Checkbox history;

        CommuneForm(CommuneSurvey survey) {
            this.survey = survey;
            setId("culture-commune-form");
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36rem", 2), new ResponsiveStep("60rem", 3));
            house = field("commune.houseStandard", houseSelect(getTranslation("culture.commune.house"),
                    survey == null ? HouseState.NONE : HouseState.of(survey.hasHouse(), survey.houseStandard())));
            clubs = field("commune.heritageClubs", number(getTranslation("culture.commune.clubs"), survey == null ? 0 : survey.heritageClubs()));
            artForms = field("commune.heritageArtForms", new TextField(getTranslation("culture.commune.art-forms")));
            artForms.setValue(survey == null || survey.heritageArtForms() == null ? "" : survey.heritageArtForms());
            artForms.setPlaceholder(getTranslation("culture.commune.art-forms.placeholder"));
            artForms.setReadOnly(!editable);
            agencies = field("commune.agencies", number(getTranslation("culture.commune.agencies"), survey == null ? 0 : survey.agencies()));
            culturalAgencies = field("commune.culturalAgencies", number(getTranslation("culture.commune.cultural-agencies"),
                    survey == null ? 0 : survey.culturalAgencies()));
            radio = box(getTranslation("culture.commune.radio"), survey != null && survey.radioStation());
            history = box(getTranslation("culture.commune.history"), survey != null && survey.partyHistory());
            add(radio, history);
        }

        private <C extends com.vaadin.flow.component.Component & HasValidation> C field(String apiField, C component) {
            fields.put(apiField, component);
            add(component);
            return component;
        }

        CommuneSurveyRequest request() {
            return new CommuneSurveyRequest(shown.commune().id(), shown.year(), house.getValue().exists(), house.getValue().standard(),
                    radio.getValue(), clubs.getValue(), artForms.getValue(), agencies.getValue(), culturalAgencies.getValue(),
                    history.getValue(), survey == null ? null : survey.version());
        }
    }

    /** One village's row of the grid; a row whose households are empty is not sent. */
    private final class VillageEditor {
        private final Unit village;
        private final VillageSurvey survey;
        private final IntegerField households;
        private final IntegerField cultural;
        private final Checkbox title;
        private final Select<HouseState> house;
        private final Checkbox troupe;
        private final Checkbox loudspeakers;

        VillageEditor(VillageRow row) {
            village = row.village();
            survey = row.survey();
            households = number(null, survey == null ? null : survey.households());
            households.setAriaLabel(getTranslation("culture.village.households") + " " + village.name());
            cultural = number(null, survey == null ? null : survey.culturalHouseholds());
            cultural.setAriaLabel(getTranslation("culture.village.cultural") + " " + village.name());
            title = box(null, survey != null && survey.culturalTitle());
            title.setAriaLabel(getTranslation("culture.village.title") + " " + village.name());
            house = houseSelect(null, survey == null ? HouseState.NONE : HouseState.of(survey.hasHouse(), survey.houseStandard()));
            house.setAriaLabel(getTranslation("culture.village.house") + " " + village.name());
            troupe = box(null, survey != null && survey.artTroupe());
            troupe.setAriaLabel(getTranslation("culture.village.troupe") + " " + village.name());
            loudspeakers = box(null, survey != null && survey.loudspeakers());
            loudspeakers.setAriaLabel(getTranslation("culture.village.loudspeakers") + " " + village.name());
        }

        /** The input of a field the service names, or null for one the row does not show. */
        HasValidation field(String name) {
            return switch (name) {
                case "households" -> households;
                case "culturalHouseholds" -> cultural;
                case "houseStandard" -> house;
                default -> null;
            };
        }

        void clearErrors() {
            households.setInvalid(false);
            cultural.setInvalid(false);
            house.setInvalid(false);
        }

        boolean entered() {
            return survey != null || households.getValue() != null || cultural.getValue() != null;
        }

        VillageSurveyRequest request() {
            return new VillageSurveyRequest(village.id(), shown.year(), households.getValue(), cultural.getValue(), title.getValue(),
                    house.getValue().exists(), house.getValue().standard(), troupe.getValue(), loudspeakers.getValue(),
                    survey == null ? null : survey.version());
        }
    }
}
