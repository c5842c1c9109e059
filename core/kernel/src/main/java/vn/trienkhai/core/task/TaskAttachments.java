package vn.trienkhai.core.task;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Operation;
import vn.trienkhai.core.audit.AuditTrail;
import vn.trienkhai.core.error.InvalidRequestException;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
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

    /** A file the user picked, held in memory until it is saved with its report; at most {@link StoredFiles#MAX_BYTES}. */
    public record NewFile(String fileName, byte[] content) {
    }

    /** Adds a file to a progress entry, by whoever may report on its part; a refused type or size keeps nothing. */
    @Transactional
    public EntryFile add(Actor actor, long entryId, String fileName, InputStream content) {
        PartRow part = progressPart(actor, entryId);
        return save(actor, part, entryId, List.of(files.store(fileName, content))).getFirst();
    }

    /**
     * Adds files to a progress entry, all or none: when one is refused, the files stored before it are removed and
     * the refusal (field {@code files}) names the file, keeping the code of why.
     */
    @Transactional
    public List<EntryFile> add(Actor actor, long entryId, List<NewFile> newFiles) {
        if (newFiles.isEmpty()) {
            return List.of();
        }
        PartRow part = progressPart(actor, entryId);
        List<StoredFile> stored = new ArrayList<>();
        for (NewFile file : newFiles) {
            try {
                stored.add(files.store(file.fileName(), new ByteArrayInputStream(file.content())));
            } catch (InvalidRequestException refused) {
                files.delete(stored.stream().map(StoredFile::storageKey).toList());
                String message = messages.get("task.attachment.refused", file.fileName(), refused.getMessage());
                throw InvalidRequestException.field("files", refused.code(), message);
            }
        }
        return save(actor, part, entryId, stored);
    }

    /** The rows of files already stored; when saving fails, their bytes are removed too. */
    private List<EntryFile> save(Actor actor, PartRow part, long entryId, List<StoredFile> stored) {
        try {
            return stored.stream().map(file -> {
                EntryAttachmentRow row = attachments.save(new EntryAttachmentRow(null, entryId, file.fileName(), file.contentType(),
                        file.sizeBytes(), file.sha256(), file.storageKey(), clock.instant()));
                audit.created(actor, part.organisationId(), "task_entry_attachment", row.id(), file.fileName(), row);
                return toFile(row);
            }).toList();
        } catch (RuntimeException failed) {
            files.delete(stored.stream().map(StoredFile::storageKey).toList());
            throw failed;
        }
    }

    private PartRow progressPart(Actor actor, long entryId) {
        EntryRow entry = entries.findById(entryId).filter(row -> EntryKind.PROGRESS.name().equals(row.kind()))
                .orElseThrow(this::notFound);
        return access.workable(actor, entry.partId(), Operation.TASK_REPORT);
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
