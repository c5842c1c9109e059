package vn.trienkhai.app.ui.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.app.ui.WorkspaceModules;
import vn.trienkhai.core.document.DocumentAttachments;
import vn.trienkhai.core.document.DocumentCascade;
import vn.trienkhai.core.document.DocumentEditor;
import vn.trienkhai.core.document.DocumentModel.DocumentDetails;
import vn.trienkhai.core.document.DocumentModules;
import vn.trienkhai.core.document.DocumentModel.Execution;
import vn.trienkhai.core.document.DocumentModel.Recipient;
import vn.trienkhai.core.document.DocumentModel.Target;
import vn.trienkhai.core.document.DocumentModel.Task;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentTasks;
import vn.trienkhai.core.module.ModuleRegistry;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.Contributions;
import vn.trienkhai.workbench.DocumentPage;
import vn.trienkhai.workbench.DomainModule;
import vn.trienkhai.workbench.PageTab;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;

import java.util.List;

import static vn.trienkhai.app.ui.document.DocumentsView.DATE;

/**
 * A document's page: what it is, its tasks and targets, its place in the cascade, who has issued their own plan
 * for it, and the tabs the enabled modules add.
 */
@Route(value = "document", layout = MainLayout.class)
@Prototype
public class DocumentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DocumentRegistry registry;
    private final DocumentCascade cascade;
    private final DocumentAttachments attachments;
    private final WorkspaceModules modules;
    private final DocumentEditor editor;
    private final UnitService units;
    private final DocumentTasks documentTasks;
    private final DocumentModules documentModules;
    private final ModuleRegistry installed;
    private String title = "";

    DocumentView(DocumentRegistry registry, DocumentCascade cascade, DocumentAttachments attachments, WorkspaceModules modules,
                 DocumentEditor editor, UnitService units, DocumentTasks documentTasks, DocumentModules documentModules,
                 ModuleRegistry installed) {
        this.registry = registry;
        this.documentModules = documentModules;
        this.installed = installed;
        this.editor = editor;
        this.units = units;
        this.documentTasks = documentTasks;
        this.cascade = cascade;
        this.attachments = attachments;
        this.modules = modules;
        setId("document");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        var actor = WorkspaceSession.actor();
        DocumentDetails details = registry.get(actor, id);
        var document = details.document();
        title = document.symbol() == null ? getTranslation("document.kind." + document.kind().name()) : document.symbol();
        String meta = String.join(" · ", List.of(getTranslation("document.kind." + document.kind().name()),
                        document.issuedOn() == null ? "" : DATE.format(document.issuedOn()),
                        document.place() == null ? "" : document.place(),
                        getTranslation("document.status." + document.status().name())).stream()
                .filter(part -> !part.isBlank()).toList());
        boolean holds = registry.mayChange(actor, id);
        List<Unit> tree = holds ? units.tree(actor, false) : List.of();
        add(holds ? new PageHeader(title, meta, new DocumentCorrection(editor, actor, details, tree).actions())
                : new PageHeader(title, meta));
        add(new Paragraph(document.title()));
        List<DomainModule> enabled = modules.enabled();
        add(new DocumentDomains(documentModules, actor, id, details.moduleIds(), enabled.stream().map(DomainModule::id).toList(),
                this::moduleTitle, holds));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tasks(tabs, details, holds, tree);
        tabs.add(getTranslation("document.tab.targets", details.targets().size()), targets(details.targets()));
        tabs.add(getTranslation("document.tab.cascade"), new CascadeTree(cascade.cascade(actor, id)));
        tabs.add(getTranslation("document.tab.execution"), execution(cascade.execution(actor, id)));
        VerticalLayout info = info(details);
        info.addComponentAsFirst(new AttachmentsPanel(attachments, actor, id, holds));
        tabs.add(getTranslation("document.tab.info"), info);
        for (DomainModule module : enabled) {
            for (PageTab<DocumentPage> tab : module.documentTabs()) {
                tabs.add(getTranslation(tab.titleKey()), Contributions.render(tab.content(), new DocumentPage(actor, id)));
            }
        }
        add(tabs);
    }

    /** The tasks tab; who holds the document adds tasks there, and sees them and their count at once. */
    private void tasks(TabSheet tabs, DocumentDetails details, boolean holds, List<Unit> tree) {
        var actor = WorkspaceSession.actor();
        long id = details.document().id();
        TasksPanel panel = new TasksPanel(details.tasks());
        Tab tab = tabs.add(getTranslation("document.tab.tasks", details.tasks().size()), panel);
        if (holds) {
            panel.addAction(new TaskEntry(documentTasks, actor, id, title, tree, added -> {
                List<Task> tasks = registry.get(actor, id).tasks();
                panel.showAdded(tasks, added);
                tab.setLabel(getTranslation("document.tab.tasks", tasks.size()));
            }).button());
        }
    }

    private Component targets(List<Target> targets) {
        if (targets.isEmpty()) {
            return new EmptyState("vaadin:chart", getTranslation("document.targets.none"), null);
        }
        Grid<Target> grid = new Grid<>();
        // target wordings are whole sentences: cut to "Tiếp tụ…" they say nothing, so cells wrap
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(target -> target.value().stripTrailingZeros().toPlainString() + (target.unit().name().equals("PERCENT") ? "%" : ""))
                .setHeader(getTranslation("document.target.value")).setAutoWidth(true);
        grid.addColumn(Target::text).setHeader(getTranslation("document.target.text")).setFlexGrow(4);
        grid.addColumn(target -> target.year() == null ? "" : target.year().toString()).setHeader(getTranslation("document.target.year")).setAutoWidth(true);
        grid.setItems(targets);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component execution(List<Execution> executions) {
        return executions.isEmpty()
                ? new EmptyState("vaadin:sitemap", getTranslation("document.execution.none"), getTranslation("document.execution.none.hint"))
                : new ExecutionGrid(executions);
    }

    private VerticalLayout info(DocumentDetails details) {
        VerticalLayout info = new VerticalLayout();
        info.setPadding(false);
        var document = details.document();
        if (document.signerName() != null) {
            info.add(new Paragraph(getTranslation("document.signer") + ": " + document.signerName()
                    + (document.signerCapacity() == null ? "" : " (" + document.signerCapacity() + ")")));
        }
        if (!details.recipients().isEmpty()) {
            info.add(new H3(getTranslation("document.recipients")));
            details.recipients().stream().map(Recipient::name).distinct().forEach(name -> info.add(new Paragraph("– " + name)));
        }
        if (details.fullText() != null) {
            info.add(new H3(getTranslation("document.full-text")));
            Pre text = new Pre(details.fullText());
            text.addClassName("tk-full-text");
            info.add(text);
        }
        return info;
    }

    /** A module's name; an id whose module is no longer installed is shown as stored. */
    private String moduleTitle(String moduleId) {
        return installed.find(moduleId).map(module -> getTranslation(module.nameKey())).orElse(moduleId);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
