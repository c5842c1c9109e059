package vn.trienkhai.app.ui.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadEvent;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import vn.trienkhai.app.ui.WorkspaceModules;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.task.TaskBoard;
import vn.trienkhai.core.task.TaskExport;
import vn.trienkhai.core.task.TaskModel.TaskLine;
import vn.trienkhai.core.task.TaskRequests.TaskFilter;
import vn.trienkhai.core.task.TaskRequests.TaskSort;
import vn.trienkhai.core.task.TaskWork;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.PageHeader;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A task list: the filters, the lines page by page, its export to Excel, and for an officer the status change of the
 * selected lines.
 * The two lists differ only in which units' parts they show.
 */
abstract class TaskListView extends VerticalLayout implements HasDynamicTitle {

    /** Enough documents for the filter's choice; the registry's own screen searches the rest. */
    private static final int DOCUMENT_CHOICES = 500;

    private final TaskBoard board;
    private final String titleKey;
    private final TaskLineGrid grid = new TaskLineGrid();
    private final TaskFilters filters;

    TaskListView(String titleKey, TaskBoard board, TaskWork work, TaskExport export, DocumentRegistry documents,
                 AccessPolicy policy, WorkspaceModules modules, Component... leadingFilters) {
        this.board = board;
        this.titleKey = titleKey;
        Actor actor = WorkspaceSession.actor();
        setSizeFull();
        List<Document> choices = documents.search(actor, new DocumentFilter(null, null, null, null, null),
                Pageable.from(0, DOCUMENT_CHOICES)).getContent();
        filters = new TaskFilters(choices, modules.enabled(), leadingFilters);
        filters.onChange(this::refresh);
        Button bulk = new Button(getTranslation("tasks.bulk"), new Icon("vaadin:check-square-o"),
                click -> new BulkStatusDialog(work, grid.getSelectedItems(), this::refresh).open());
        bulk.setId("task-bulk-status");
        boolean manages = policy.allows(actor, Operation.TASK_MANAGE);
        bulk.setVisible(manages);
        if (manages) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        grid.setItems(this::page, query -> (int) list(Pageable.from(0, 1)).getTotalSize());
        grid.setSizeFull();
        add(new PageHeader(getTranslation(titleKey), getTranslation(titleKey + ".subtitle"), exportLink(export, actor), bulk), filters, grid);
    }

    /**
     * "Xuất Excel": the list as filtered and sorted when the link is followed. The download runs outside the UI's
     * requests, so the filters are read under the session's lock.
     */
    private Anchor exportLink(TaskExport export, Actor actor) {
        Anchor link = new Anchor((DownloadEvent event) -> {
            TaskFilter filter;
            TaskSort sort;
            event.getSession().lock();
            try {
                filter = filters.filter(unitId(), ownUnitOnly());
                sort = filters.sort();
            } finally {
                event.getSession().unlock();
            }
            event.setFileName("nhiem-vu-" + LocalDate.now() + ".xlsx");
            event.setContentType(TaskExport.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                export.write(actor, filter, sort, out);
            }
        }, "");
        link.getElement().setAttribute("download", true);
        link.setId("task-export");
        Button button = new Button(getTranslation("tasks.export"), new Icon("vaadin:download"));
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }

    TaskFilters filters() {
        return filters;
    }

    /** The unit whose parts are listed; none: the actor's own. */
    abstract Long unitId();

    abstract boolean ownUnitOnly();

    final void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private Stream<TaskLine> page(Query<TaskLine, Void> query) {
        return list(Pageable.from(query.getPage(), query.getPageSize())).getContent().stream();
    }

    private Page<TaskLine> list(Pageable pageable) {
        TaskFilter filter = filters.filter(unitId(), ownUnitOnly());
        return board.list(WorkspaceSession.actor(), filter, filters.sort(), pageable);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
