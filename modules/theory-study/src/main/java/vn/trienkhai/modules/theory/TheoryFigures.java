package vn.trienkhai.modules.theory;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.trienkhai.core.indicator.ModuleFigures;
import vn.trienkhai.core.indicator.Period;

import java.util.stream.Stream;

/**
 * Keeps the module's yearly indicators in step with its records, in the same transaction: a record saved refreshes its
 * year, and the year it moved from when a correction changed it.
 */
@Singleton
class TheoryFigures {

    private final ModuleFigures figures;

    TheoryFigures(ModuleFigures figures) {
        this.figures = figures;
    }

    void changed(long organisationId, int year, @Nullable Integer yearBefore) {
        Stream.of(year, yearBefore == null ? year : yearBefore).distinct()
                .forEach(changed -> figures.refreshModule(organisationId, TheoryModule.ID, Period.year(changed)));
    }
}
