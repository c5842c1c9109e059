package vn.trienkhai.app.ui.indicator.sheet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.app.ui.MainLayout;
import vn.trienkhai.core.access.AccessPolicy;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.error.DomainException;
import vn.trienkhai.core.indicator.FigureSheets;
import vn.trienkhai.core.indicator.FigureSheets.Preview;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.DataSet;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;
import vn.trienkhai.workbench.kit.VietnameseUpload;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * "Nhập số liệu từ Excel": choose a data set, a unit and a period, download the template, fill it offline, upload it,
 * see every figure it would save with the errors of its cells, and save them all when there is none.
 */
@Route(value = "indicators/sheet", layout = MainLayout.class)
@Prototype
public class FigureSheetView extends VerticalLayout implements HasDynamicTitle {

    private final FigureSheets sheets;
    private final Actor actor;
    private final ComboBox<DataSet> dataSet = new ComboBox<>();
    private final ComboBox<Period> period = new ComboBox<>();
    private final UnitPicker unit;
    private final SheetPreviewGrid grid = new SheetPreviewGrid();
    private final Paragraph summary = new Paragraph();
    private final Div empty = new Div();
    private final Button save = new Button();
    private byte[] uploaded;

    FigureSheetView(FigureSheets sheets, IndicatorCatalogue catalogue, UnitService units, AccessPolicy policy, Clock clock) {
        this.sheets = sheets;
        this.actor = WorkspaceSession.actor();
        setId("figure-sheet");
        addClassName("tk-figure-sheet");
        unit = new UnitPicker(getTranslation("figure-sheet.unit"), units.tree(actor, false));
        List<DataSet> dataSets = policy.allows(actor, Operation.FIGURE_ENTER) ? catalogue.dataSets(actor) : List.of();
        Anchor download = downloadLink();
        add(new PageHeader(getTranslation("figure-sheet.title"), getTranslation("figure-sheet.subtitle"), download));
        if (!policy.allows(actor, Operation.FIGURE_ENTER)) {
            download.setVisible(false);
            add(new EmptyState("vaadin:lock", getTranslation("figure-sheet.not-allowed"), getTranslation("figure-sheet.not-allowed.hint")));
            return;
        }
        if (dataSets.isEmpty()) {
            download.setVisible(false);
            add(new EmptyState("vaadin:table", getTranslation("figure-sheet.no-data-sets"), getTranslation("figure-sheet.no-data-sets.hint")));
            return;
        }
        add(choices(dataSets, LocalDate.now(clock)), uploadArea(), summary, empty, grid, save);
        showPreview(null);
    }

    private Component choices(List<DataSet> dataSets, LocalDate today) {
        dataSet.setLabel(getTranslation("figure-sheet.data-set"));
        dataSet.setId("figure-sheet-data-set");
        dataSet.setItems(dataSets);
        dataSet.setItemLabelGenerator(DataSet::name);
        period.setLabel(getTranslation("figure-sheet.period"));
        period.setId("figure-sheet-period");
        period.setItemLabelGenerator(Period::label);
        dataSet.addValueChangeListener(change -> {
            List<Period> periods = change.getValue() == null ? List.of() : PeriodChoices.of(change.getValue(), today);
            period.setItems(periods);
            period.setValue(PeriodChoices.usual(periods, today));
        });
        dataSet.setValue(dataSets.getFirst());
        unit.setId("figure-sheet-unit");
        unit.select(UnitPath.ids(actor.scopePath()).getLast());
        Div row = new Div(dataSet, unit, period);
        row.addClassName("tk-sheet-choices");
        return row;
    }

    /** "Tải mẫu Excel": the template of the choices when the link is followed, read under the session's lock. */
    private Anchor downloadLink() {
        Anchor link = new Anchor((DownloadEvent event) -> {
            DataSet chosenSet;
            Unit chosenUnit;
            Period chosenPeriod;
            event.getSession().lock();
            try {
                chosenSet = dataSet.getValue();
                chosenUnit = unit.getValue();
                chosenPeriod = period.getValue();
            } finally {
                event.getSession().unlock();
            }
            if (chosenSet == null || chosenUnit == null || chosenPeriod == null) {
                event.getResponse().setStatus(422);
                event.getUI().access(() -> Toasts.error(getTranslation("figure-sheet.choose")));
                return;
            }
            byte[] template;
            try {
                template = sheets.template(actor, chosenSet.id(), chosenUnit.id(), chosenPeriod);
            } catch (DomainException refused) {
                event.getResponse().setStatus(422);
                event.getUI().access(() -> Toasts.error(refused.getMessage()));
                return;
            }
            event.setFileName("mau-so-lieu-" + chosenPeriod.code() + ".xlsx");
            event.setContentType(FigureSheets.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                out.write(template);
            }
        }, "");
        link.getElement().setAttribute("download", true);
        link.setId("figure-sheet-download");
        Button button = new Button(getTranslation("figure-sheet.download"), new Icon("vaadin:download"));
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }

    private Component uploadArea() {
        Upload upload = new VietnameseUpload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> read(bytes)))), FigureSheets.MAX_BYTES);
        upload.setId("figure-sheet-upload");
        upload.setAcceptedFileTypes(".xlsx", FigureSheets.CONTENT_TYPE);
        upload.addFileRejectedListener(rejected -> Toasts.error(getTranslation("figure-sheet.too-large", FigureSheets.MAX_BYTES / (1024 * 1024))));
        save.setText(getTranslation("figure-sheet.save"));
        save.setId("figure-sheet-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        return upload;
    }

    private void read(byte[] bytes) {
        try {
            Preview preview = sheets.preview(actor, bytes);
            uploaded = bytes;
            showPreview(preview);
        } catch (DomainException refused) {
            uploaded = null;
            showPreview(null);
            Toasts.error(refused.getMessage());
        }
    }

    private void save() {
        try {
            int saved = sheets.save(actor, uploaded).size();
            Toasts.success(getTranslation("figure-sheet.saved", saved));
            uploaded = null;
            showPreview(null);
        } catch (DomainException refused) {
            Toasts.error(refused.getMessage());
            read(uploaded);
        }
    }

    /** The preview of the upload, or the hint of what to do when there is none. */
    private void showPreview(Preview preview) {
        boolean shown = preview != null;
        empty.removeAll();
        if (!shown) {
            empty.add(new EmptyState("vaadin:upload", getTranslation("figure-sheet.empty"), getTranslation("figure-sheet.empty.hint")));
        }
        empty.setVisible(!shown);
        grid.setVisible(shown);
        summary.setVisible(shown);
        save.setEnabled(shown && preview.valid());
        save.setVisible(shown);
        grid.setItems(shown ? preview.lines() : List.of());
        if (shown) {
            summary.setText(getTranslation("figure-sheet.summary", preview.dataSetName(), preview.unitName(), preview.period().label(),
                    preview.lines().stream().filter(line -> line.indicatorCode() != null).count(), preview.unchanged(), preview.errors().size()));
            summary.setClassName("tk-sheet-summary-errors", !preview.errors().isEmpty());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("figure-sheet.title") + " · " + getTranslation("app.name");
    }
}
