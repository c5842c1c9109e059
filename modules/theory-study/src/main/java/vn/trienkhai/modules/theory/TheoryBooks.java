package vn.trienkhai.modules.theory;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.FieldErrors;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.record.ModuleRecords;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.modules.theory.TheoryModel.BookRecord;
import vn.trienkhai.modules.theory.TheoryModel.BookRequest;
import vn.trienkhai.modules.theory.internal.TheoryRepositories.BookRepository;
import vn.trienkhai.modules.theory.internal.TheoryRows.BookRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Political-theory books (Chỉ thị 44-CT/TW): per unit and year, the copies of a title received and distributed to
 * its libraries and cells, and the reading and introduction events held.
 */
@Singleton
public class TheoryBooks {

    static final String ENTITY = "theory_book";
    private static final int TITLE_MAX = 300;

    private final BookRepository books;
    private final ModuleRecords.Records records;
    private final TheoryAccess access;
    private final Messages messages;
    private final Clock clock;

    TheoryBooks(BookRepository books, ModuleRecords records, TheoryAccess access, Messages messages, Clock clock) {
        this.books = books;
        this.records = records.of(TheoryModule.ID);
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** The books of units the actor sees, the latest year first. */
    @ReadOnly
    public List<BookRecord> list(Actor actor) {
        Map<Long, Unit> visible = access.visibleUnits(actor);
        return books.latestFirst(actor.organisationId()).stream().filter(row -> visible.containsKey(row.unitId()))
                .map(row -> book(row, visible.get(row.unitId()))).toList();
    }

    @Transactional
    public BookRecord save(Actor actor, Long id, BookRequest request) {
        BookRow before = id == null ? null : records.find(actor, books, id, BookRow::unitId, "theory.book.not-found");
        FieldErrors errors = new FieldErrors(messages);
        Unit unit = records.requestedUnit(actor, errors, "unitId", request.unitId(), "theory.unit.required");
        access.requireRecord(actor);
        int year = TheoryChecks.year(errors, request.year(), LocalDate.now(clock));
        String title = errors.checkText("title", request.title(), TITLE_MAX, "theory.book.title.required");
        int received = TheoryChecks.count(errors, "received", request.received());
        int distributed = TheoryChecks.count(errors, "distributed", request.distributed());
        if (distributed > received) {
            errors.add("distributed", "theory.book.distributed.range");
        }
        int events = TheoryChecks.count(errors, "readingEvents", request.readingEvents());
        records.checkVersion(errors, before, request.version());
        errors.throwIfAny();
        BookRow row = new BookRow(id, unit.organisationId(), unit.id(), year, title, received, distributed, events,
                before == null ? null : request.version());
        return book(records.write(actor, books, ENTITY, before, row, unit.name() + ": " + title), unit);
    }

    private static BookRecord book(BookRow row, Unit unit) {
        return new BookRecord(row.id(), row.unitId(), unit.name(), row.year(), row.title(), row.received(), row.distributed(),
                row.readingEvents(), row.version());
    }
}
