package vn.trienkhai.modules.theory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.theory.TheoryAccess;
import vn.trienkhai.modules.theory.TheoryBooks;
import vn.trienkhai.modules.theory.TheoryModel.BookRecord;
import vn.trienkhai.modules.theory.TheoryModel.BookRequest;
import vn.trienkhai.workbench.WorkspaceSession;
import vn.trienkhai.workbench.kit.EmptyState;
import vn.trienkhai.workbench.kit.FormDialog;
import vn.trienkhai.workbench.kit.PageHeader;
import vn.trienkhai.workbench.kit.Toasts;
import vn.trienkhai.workbench.kit.UnitPicker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static vn.trienkhai.modules.theory.ui.TheoryLabels.t;

/** "Sách lý luận chính trị" (Chỉ thị 44-CT/TW): per unit and year, the copies received and distributed, the reading events. */
@Prototype
public class BooksView extends VerticalLayout implements HasDynamicTitle {

    private final TheoryBooks books;
    private final UnitService units;
    private final TheoryAccess access;
    private final Clock clock;
    private final Div list = new Div();

    BooksView(TheoryBooks books, UnitService units, TheoryAccess access, Clock clock) {
        this.books = books;
        this.units = units;
        this.access = access;
        this.clock = clock;
        setId("theory-books");
        Button record = new Button(t("theory.book.new"), new Icon(VaadinIcon.PLUS), click -> open(null));
        record.setId("theory-book-new");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(access.mayRecord(WorkspaceSession.actor()));
        list.setId("theory-book-list");
        list.setWidthFull();
        add(new PageHeader(t("theory.nav.books"), t("theory.book.subtitle"), record), list);
        refresh();
    }

    private void refresh() {
        List<BookRecord> shown = books.list(WorkspaceSession.actor());
        list.removeAll();
        if (shown.isEmpty()) {
            list.add(new EmptyState("vaadin:book", t("theory.book.empty"), t("theory.book.empty.hint")));
        }
        for (BookRecord book : shown) {
            Div card = TheoryLabels.card();
            card.add(TheoryLabels.heading(book.title()), TheoryLabels.meta(List.of(book.unitName(), String.valueOf(book.year()),
                    t("theory.book.copies", book.received(), book.distributed()), t("theory.book.events", book.readingEvents()))));
            if (access.mayRecord(WorkspaceSession.actor())) {
                Button edit = new Button(t("theory.action.edit"), click -> open(book));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                card.add(edit);
            }
            list.add(card);
        }
    }

    private void open(BookRecord book) {
        Actor actor = WorkspaceSession.actor();
        UnitPicker unit = new UnitPicker(t("theory.field.unit"), units.tree(actor, false));
        unit.select(book == null ? WorkspaceSession.scopeUnitId().orElse(null) : book.unitId());
        IntegerField year = count("theory.field.year", book == null ? LocalDate.now(clock).getYear() : book.year());
        year.setMin(0);
        TextField title = FormDialog.textField(t("theory.field.book-title"), book == null ? null : book.title());
        IntegerField received = count("theory.field.received", book == null ? 0 : book.received());
        IntegerField distributed = count("theory.field.distributed", book == null ? 0 : book.distributed());
        IntegerField events = count("theory.field.reading-events", book == null ? 0 : book.readingEvents());
        FormDialog dialog = new FormDialog(t(book == null ? "theory.book.new" : "theory.book.edit"), t("theory.action.save"), () -> {
            books.save(WorkspaceSession.actor(), book == null ? null : book.id(), new BookRequest(unit.getValue() == null ? null
                    : unit.getValue().id(), year.getValue(), title.getValue(), received.getValue(), distributed.getValue(), events.getValue(),
                    book == null ? null : book.version()));
            Toasts.success(t("theory.saved"));
            refresh();
        });
        dialog.setId("theory-book-dialog");
        dialog.wideField("title", title);
        dialog.field("unitId", unit);
        dialog.field("year", year);
        dialog.field("received", received);
        dialog.field("distributed", distributed);
        dialog.field("readingEvents", events);
        dialog.confirmButton().setId("theory-book-save");
        dialog.open();
    }

    private static IntegerField count(String labelKey, int value) {
        IntegerField field = new IntegerField(t(labelKey));
        field.setMin(0);
        field.setValue(value);
        return field;
    }

    @Override
    public String getPageTitle() {
        return t("theory.nav.books");
    }
}
