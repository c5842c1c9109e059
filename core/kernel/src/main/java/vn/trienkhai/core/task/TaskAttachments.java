package vn.trienkhai.core.task;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.file.StoredFiles;
import vn.trienkhai.core.file.StoredFiles.StoredFile;
import vn.trienkhai.core.i18n.Messages;
import vn.trienkhai.core.task.TaskModel.EntryFile;
import vn.trienkhai.core.task.TaskModel.EntryKind;
import vn.trienkhai.core.task.internal.TaskRepositories.EntryAttachmentRepository;
import vn.trienkhai.core.task.internal.TaskRepositories.EntryRepository;
import vn.trienkhai.core.task.internal.TaskRows.EntryAttachmentRow;
import vn.trienkhai.core.task.internal.TaskRows.EntryRow;
import vn.trienkhai.core.task.internal.TaskRows.PartRow;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/**
 * Files reported with progress (minutes, photos, a report): attached to a progress entry by whoever may report on
 * its part, read by whoever sees the task. Stored like a document's attachments, by {@link StoredFiles}.
 */
@Singleton
public class TaskAttachments {

    private final StoredFiles files;
    private final EntryAttachmentRepository attachments;
    private final EntryRepository entries;
    private final PartAccess access;
    private final TaskPage page;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    TaskAttachments(StoredFiles files, EntryAttachmentRepository attachments, EntryRepository entries, PartAccess access,
                    TaskPage page, AuditTrail audit, Messages messages, Clock clock) {
        this.files = files;
        this.attachments = attachments;
        this.entries = entries;
        this.access = access;
        this.page = page;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A file's description and its bytes; the caller closes the stream. */
    public record Download(EntryFile file, InputStream content) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    @Transactional
    public EntryFile add(Actor actor, long entryId, String fileName, InputStream content) {
        EntryRow entry = entries.findById(entryId).filter(row -> EntryKind.PROGRESS.name().equals(row.kind()))
                .orElseThrow(this::notFound);
        PartRow part = access.workable(actor, entry.partId(), Operation.TASK_REPORT);
        StoredFile stored = files.store(fileName, content);
        try {
            EntryAttachmentRow row = attachments.save(new EntryAttachmentRow(null, entryId, stored.fileName(), stored.contentType(),
                    stored.sizeBytes(), stored.sha256(), stored.storageKey(), clock.instant()));
            audit.created(actor, part.organisationId(), "task_entry_attachment", row.id(), stored.fileName(), row);
            return toFile(row);
        } catch (RuntimeException failed) {
            files.delete(List.of(stored.storageKey()));
            throw failed;
        }
    }

    @ReadOnly
    public Download open(Actor actor, long attachmentId) {
        EntryAttachmentRow row = attachments.findById(attachmentId).orElseThrow(this::notFound);
        EntryRow entry = entries.findById(row.entryId()).orElseThrow(this::notFound);
        PartRow part = access.find(actor, entry.partId());
        page.requireVisible(actor, part.organisationId(), part.taskId());
        return new Download(toFile(row), files.open(row.storageKey()));
    }

    static EntryFile toFile(EntryAttachmentRow row) {
        return new EntryFile(row.id(), row.entryId(), row.fileName(), row.contentType(), row.sizeBytes());
    }

    private NotFoundException notFound() {
        return new NotFoundException("attachment.not-found", messages.get("attachment.not-found"));
    }
}
