package vn.trienkhai.core.demo;

import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.task.TaskBoard;
import vn.trienkhai.core.task.TaskModel.EntryKind;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskModel.Timeliness;
import vn.trienkhai.core.task.TaskPage;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.core.testing.PostgresTest;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's first start leaves Tam Đường's follow-up under way: every colour of the lists and the dashboard. */
@MicronautTest(transactional = false)
class DemoTaskProgressTest extends PostgresTest {

    @Inject Authenticator authenticator;
    @Inject TaskBoard board;
    @Inject TaskPage page;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.demo-data", "true");
    }

    @Test
    void banBoHasPartsDoneOnTimeLateAndOverdue() {
        Set<Timeliness> states = states(signIn("banbo.baocao"), TaskFilter.mine());
        assertTrue(states.size() >= 3, "Bản Bo's states: " + states);
        assertTrue(states.containsAll(EnumSet.of(Timeliness.DONE_ON_TIME, Timeliness.DONE_LATE, Timeliness.OVERDUE)), states.toString());
    }

    @Test
    void theDistrictSeesAllFourColoursAndTheWorkInItsHistory() {
        Actor officer = signIn("tamduong.tuyengiao");
        Set<Timeliness> states = states(officer, TaskFilter.subtree(null));
        assertTrue(states.containsAll(EnumSet.of(Timeliness.DONE_ON_TIME, Timeliness.DONE_LATE, Timeliness.OVERDUE)), states.toString());
        assertTrue(states.contains(Timeliness.OPEN) || states.contains(Timeliness.DUE_SOON), states.toString());
        List<TaskLine> lines = lines(signIn("banbo.baocao"), TaskFilter.mine());
        assertTrue(lines.stream().anyMatch(line -> line.percent() > 0 && line.percent() < 100), "a part in progress with a percent");
        assertTrue(lines.stream().map(line -> page.get(officer, line.taskId())).flatMap(details -> details.history().stream())
                .anyMatch(entry -> entry.kind() == EntryKind.COMMENT), "the district's comment on Bản Bo's part");
    }

    private Set<Timeliness> states(Actor actor, TaskFilter filter) {
        return lines(actor, filter).stream().map(TaskLine::timeliness).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private List<TaskLine> lines(Actor actor, TaskFilter filter) {
        return board.list(actor, filter, TaskSort.DUE, Pageable.from(0, 1000)).getContent();
    }

    private Actor signIn(String login) {
        return authenticator.signIn(login, DemoAccounts.PASSWORD, "127.0.0.1");
    }
}
