package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.core.annotation.Nullable;
import vn.trienkhai.core.task.TaskModel.Timeliness;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Việc của đơn vị" opened on a unit's parts of some timeliness states and deadlines, e.g.
 * {@code tasks/unit?unit=12&timeliness=OVERDUE&dueFrom=2025-01-01&dueTo=2025-06-30}: how the follow-up dashboard
 * drills down to the lines behind a figure. Written and read here only, so that both ends agree on the names.
 * A value that cannot be read is left out: the list then shows more, never an error.
 */
record UnitTasksLink(@Nullable Long unitId, Set<Timeliness> timeliness, @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo) {

    static final String UNIT = "unit";
    static final String TIMELINESS = "timeliness";
    static final String DUE_FROM = "dueFrom";
    static final String DUE_TO = "dueTo";

    /** The list's parameters; ISO dates, a state per repeated {@code timeliness}. */
    QueryParameters parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (unitId != null) {
            parameters.put(UNIT, List.of(unitId.toString()));
        }
        if (!timeliness.isEmpty()) {
            parameters.put(TIMELINESS, timeliness.stream().map(Timeliness::name).sorted().toList());
        }
        if (dueFrom != null) {
            parameters.put(DUE_FROM, List.of(dueFrom.toString()));
        }
        if (dueTo != null) {
            parameters.put(DUE_TO, List.of(dueTo.toString()));
        }
        return new QueryParameters(parameters);
    }

    /** A link to the list around {@code content}. */
    RouterLink around(Component content) {
        RouterLink link = new RouterLink(UnitTasksView.class);
        link.setQueryParameters(parameters());
        link.add(content);
        return link;
    }

    static UnitTasksLink read(QueryParameters parameters) {
        Set<Timeliness> states = EnumSet.noneOf(Timeliness.class);
        for (String state : parameters.getParameters(TIMELINESS)) {
            try {
                states.add(Timeliness.valueOf(state));
            } catch (IllegalArgumentException unknown) {
                // an unknown state is left out
            }
        }
        Long unit = parameters.getSingleParameter(UNIT).flatMap(UnitTasksLink::number).orElse(null);
        return new UnitTasksLink(unit, states, date(parameters, DUE_FROM), date(parameters, DUE_TO));
    }

    boolean isEmpty() {
        return unitId == null && timeliness.isEmpty() && dueFrom == null && dueTo == null;
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static LocalDate date(QueryParameters parameters, String name) {
        try {
            return parameters.getSingleParameter(name).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
