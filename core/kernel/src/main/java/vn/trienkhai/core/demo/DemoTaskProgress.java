package vn.trienkhai.core.demo;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.document.DocumentModel.TaskStatus;
import vn.trienkhai.core.task.TaskBoard;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskRequests.CommentRequest;
import vn.trienkhai.core.task.TaskRequests.ProgressReport;
import vn.trienkhai.core.task.TaskRequests.StatusChange;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.core.task.TaskWork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Work already done on Tam Đường's plan 102-KH/HU and Xã Bản Bo's plan for it, so that the follow-up of a first start
 * is not all red: Bản Bo's reporter (on the commune's parts) and the district's propaganda officer (on the district's)
 * have finished some parts on time and some late, report progress on others and leave the rest overdue, and the
 * officer has asked Bản Bo about one of its late parts. Everything goes
 * through the task services as the demo accounts, so the history, audit and notifications are the real ones.
 *
 * <p>Deterministic: the parts are taken in deadline order and given the four outcomes in turn; the dates are the
 * deadlines' (a few days before, or some weeks after), never after today.
 */
@Singleton
class DemoTaskProgress {

    private static final String REPORTER = "banbo.baocao";
    private static final String OFFICER = "tamduong.tuyengiao";
    /** The district's other units get this many parts worked on; the rest of the plan stays as imported. */
    private static final int DISTRICT_PARTS = 60;
    private static final List<String> PROGRESS = List.of(
            "Đã tổ chức hội nghị quán triệt cho cán bộ chủ chốt, đang triển khai đến các chi bộ thôn bản.",
            "Đã xây dựng đề cương tuyên truyền, tổ chức được 3/7 buổi sinh hoạt tại các bản.",
            "Đang tổng hợp kết quả từ các chi bộ, dự kiến báo cáo trong tháng.");
    private static final List<String> DONE = List.of(
            "Đã hoàn thành, có báo cáo kết quả gửi Ban Tuyên giáo Huyện ủy.",
            "Đã tổ chức thực hiện xong, 100% chi bộ được quán triệt.",
            "Hoàn thành, đã lưu hồ sơ tại Văn phòng Đảng ủy.");

    private final Authenticator authenticator;
    private final TaskBoard board;
    private final TaskWork work;
    private final Clock clock;

    DemoTaskProgress(Authenticator authenticator, TaskBoard board, TaskWork work, Clock clock) {
        this.authenticator = authenticator;
        this.board = board;
        this.work = work;
        this.clock = clock;
    }

    void record(long planId) {
        Actor reporter = authenticator.signIn(REPORTER, DemoAccounts.PASSWORD, "demo");
        Actor officer = authenticator.signIn(OFFICER, DemoAccounts.PASSWORD, "demo");
        List<TaskLine> own = open(reporter, TaskFilter.mine());
        work(reporter, own);
        List<TaskLine> district = open(officer, new TaskFilter(null, false, null, null, null, planId, null, null, null, null)).stream()
                .filter(line -> line.unitId() != reporter.homeUnitId()).limit(DISTRICT_PARTS).toList();
        work(officer, district);
        // the fourth part is one of those left undone: the district asks after it
        if (own.size() > 3) {
            work.comment(officer, own.get(3).partId(), new CommentRequest(
                    "Đề nghị xã Bản Bo khẩn trương hoàn thành, báo cáo kết quả về Ban Tuyên giáo Huyện ủy."));
        }
    }

    private List<TaskLine> open(Actor actor, TaskFilter filter) {
        return board.list(actor, filter, TaskSort.DUE, Pageable.from(0, 1000)).getContent().stream()
                .filter(line -> line.status() == TaskStatus.NOT_STARTED).toList();
    }

    /** The parts in turn: done on time, done late, in progress, left as they are (overdue once their deadline passed). */
    private void work(Actor actor, List<TaskLine> lines) {
        LocalDate today = today();
        for (int i = 0; i < lines.size(); i++) {
            TaskLine line = lines.get(i);
            boolean past = line.due() != null && line.due().isBefore(today);
            switch (i % 4) {
                case 0 -> {
                    if (past) {
                        finish(actor, line, line.due().minusDays(3), i);
                    } else {
                        report(actor, line, today, i);
                    }
                }
                case 1 -> {
                    if (past && line.due().plusDays(25).isBefore(today)) {
                        finish(actor, line, line.due().plusDays(25), i);
                    } else {
                        report(actor, line, today, i);
                    }
                }
                case 2 -> report(actor, line, past ? line.due().minusDays(5) : today, i);
                default -> {
                    // left as imported: the red of the follow-up
                }
            }
        }
    }

    private void finish(Actor actor, TaskLine line, LocalDate doneOn, int turn) {
        work.changeStatus(actor, line.partId(), new StatusChange(TaskStatus.DONE, DONE.get(turn % DONE.size()), doneOn, line.version()));
    }

    private void report(Actor actor, TaskLine line, LocalDate date, int turn) {
        int percent = 30 + turn % 5 * 10;
        work.report(actor, line.partId(), new ProgressReport(date, PROGRESS.get(turn % PROGRESS.size()), percent, line.version()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
