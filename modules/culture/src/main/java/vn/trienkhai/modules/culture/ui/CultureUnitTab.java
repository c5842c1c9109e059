package vn.trienkhai.modules.culture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.modules.culture.indicator.CultureProgress;
import vn.trienkhai.modules.culture.survey.CultureModel.CommuneSurvey;
import vn.trienkhai.modules.culture.survey.CultureModel.VillageTotals;
import vn.trienkhai.modules.culture.survey.CultureSurveys;
import vn.trienkhai.workbench.Contribution;
import vn.trienkhai.workbench.UnitPage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The culture tab of a unit's page: a commune's survey history year by year; for other units their targets. */
@Prototype
public class CultureUnitTab implements Contribution<UnitPage> {

    private final CultureSurveys surveys;
    private final CultureProgress progress;
    private final Clock clock;

    CultureUnitTab(CultureSurveys surveys, CultureProgress progress, Clock clock) {
        this.surveys = surveys;
        this.progress = progress;
        this.clock = clock;
    }

    /** A year of the commune's history: its own survey and its villages' sums. */
    private record Year(CommuneSurvey survey, VillageTotals villages) {
    }

    @Override
    public Component render(UnitPage page) {
        Div tab = new Div();
        tab.setId("culture-unit-tab");
        if (page.unit().kind() != UnitKind.COMMUNE) {
            Optional<Integer> year = progress.latestYear(page.actor(), page.unit().id(), LocalDate.now(clock).getYear(), SurveyView.FIRST_YEAR);
            if (year.isEmpty()) {
                tab.add(new Paragraph(tab.getTranslation("culture.card.empty")));
            } else {
                tab.add(new Paragraph(tab.getTranslation("culture.card.year", String.valueOf(year.get()))),
                        new ProgressList(progress.lines(page.actor(), page.unit().id(), year.get())));
            }
            return tab;
        }
        List<Year> years = surveys.communeHistory(page.actor(), page.unit().id()).stream()
                .map(survey -> new Year(survey, surveys.communeYear(page.actor(), page.unit().id(), survey.year()).totals())).toList();
        if (years.isEmpty()) {
            tab.add(new Paragraph(tab.getTranslation("culture.tab.empty")));
            return tab;
        }
        Grid<Year> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(year -> year.survey().year()).setHeader(tab.getTranslation("culture.survey.year")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(year -> year.villages().culturalHouseholds() + "/" + year.villages().households())
                .setHeader(tab.getTranslation("culture.tab.households")).setAutoWidth(true);
        grid.addColumn(year -> year.villages().culturalVillages() + "/" + year.villages().surveyed())
                .setHeader(tab.getTranslation("culture.tab.villages")).setAutoWidth(true);
        grid.addColumn(year -> tab.getTranslation(HouseState.of(year.survey().hasHouse(), year.survey().houseStandard()).labelKey()))
                .setHeader(tab.getTranslation("culture.commune.house")).setAutoWidth(true);
        grid.addColumn(year -> yesNo(tab, year.survey().radioStation())).setHeader(tab.getTranslation("culture.tab.radio")).setAutoWidth(true);
        grid.addColumn(year -> year.survey().heritageClubs()).setHeader(tab.getTranslation("culture.tab.clubs")).setAutoWidth(true);
        grid.addColumn(year -> yesNo(tab, year.survey().partyHistory())).setHeader(tab.getTranslation("culture.tab.history")).setAutoWidth(true);
        grid.setItems(years);
        tab.add(grid);
        return tab;
    }

    private static String yesNo(Component component, boolean value) {
        return component.getTranslation(value ? "culture.yes" : "culture.no");
    }
}
