package vn.trienkhai.modules.culture.indicator;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.ModuleFigures;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.sql.Sql;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.modules.culture.CultureModule;
import vn.trienkhai.modules.culture.survey.SurveyChanged;

import java.util.List;

/**
 * Keeps the computed figures in step with the survey: a saved survey refreshes the year's indicators of its level, in the
 * same transaction. The refresh is the installation's, not the person's: a commune's reporter who may fill in the survey
 * may not manage indicators, and the figures are derived from what they were allowed to enter.
 */
@Singleton
public class CultureFigures {

    private final IndicatorCatalogue catalogue;
    private final ModuleFigures moduleFigures;
    private final Sql sql;

    CultureFigures(IndicatorCatalogue catalogue, ModuleFigures moduleFigures, Sql sql) {
        this.catalogue = catalogue;
        this.moduleFigures = moduleFigures;
        this.sql = sql;
    }

    @EventListener
    void onSurveyChanged(SurveyChanged event) {
        Actor system = system(event.organisationId());
        for (Indicator indicator : followed(system)) {
            if (indicator.unitKinds().contains(event.level())) {
                moduleFigures.refresh(system, indicator.id(), Period.year(event.year()));
            }
        }
    }

    /** Recomputes every indicator of the module for the years given: after the demo's records, or a repair. */
    public void refreshAll(long organisationId, List<Integer> years) {
        Actor system = system(organisationId);
        for (Indicator indicator : followed(system)) {
            years.forEach(year -> moduleFigures.refresh(system, indicator.id(), Period.year(year)));
        }
    }

    private List<Indicator> followed(Actor system) {
        return catalogue.list(system).stream().filter(indicator -> CultureModule.ID.equals(indicator.moduleId()) && indicator.active())
                .toList();
    }

    private Actor system(long organisationId) {
        long root = sql.list("SELECT root_unit_id FROM organisation WHERE id = ?", List.of(organisationId), row -> row.getLong(1))
                .getFirst();
        return Actor.system(organisationId, root, UnitPath.root(root));
    }
}
