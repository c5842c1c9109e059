package vn.trienkhai.core.document;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.document.DocumentAttachments.Attachment;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class DocumentAttachmentsTest extends PostgresTest {

    private static final Path DATA = createTempDirectory();

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject DocumentRegistry registry;
    @Inject DocumentAttachments attachments;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.data-dir", DATA.toString());
    }

    @Test
    void aPdfIsStoredAndReadBackAndRefusedFilesLeaveNothing() throws IOException {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = TestActors.administrator(org.organisation);
        Document document = registry.register(admin, new RegisterDocumentRequest("Số 08-CV/HU", null, LocalDate.of(2024, 3, 1), null, "Công văn", null, "Tỉnh ủy", null, null));
        byte[] pdf = "%PDF-1.7 nội dung thử".getBytes(StandardCharsets.UTF_8);

        Attachment stored = attachments.add(admin, document.id(), "cong-van.pdf", new ByteArrayInputStream(pdf));
        assertEquals("application/pdf", stored.contentType());
        try (InputStream back = attachments.open(admin, stored.id()).content()) {
            assertArrayEquals(pdf, back.readAllBytes());
        }
        long files = countFiles();
        InvalidRequestException renamed = assertThrows(InvalidRequestException.class, () ->
                attachments.add(admin, document.id(), "virus.pdf", new ByteArrayInputStream(new byte[] {'M', 'Z', 0, 0})));
        assertEquals("attachment.type.refused", renamed.code());
        InvalidRequestException large = assertThrows(InvalidRequestException.class, () ->
                attachments.add(admin, document.id(), "lon.pdf", new ByteArrayInputStream(new byte[DocumentAttachments.MAX_BYTES + 1])));
        assertEquals("attachment.too-large", large.code());
        assertEquals(files, countFiles(), "refused files are removed");
        assertEquals(1, attachments.list(admin, document.id()).size());
        Actor viewer = org.signedIn(Role.VIEWER, org.districtA);
        assertThrows(ForbiddenException.class, () -> attachments.add(viewer, document.id(), "a.pdf", new ByteArrayInputStream(pdf)));
    }

    @Test
    void pathLikeOrControlCharacterNamesAreRefusedOnTheFileNameAndFolderNamesAreDropped() {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = TestActors.administrator(org.organisation);
        Document document = registry.register(admin, new RegisterDocumentRequest("Số 09-CV/HU", null, LocalDate.of(2024, 3, 1), null, "Công văn", null, "Tỉnh ủy", null, null));
        byte[] pdf = "%PDF-1.7 thử".getBytes(StandardCharsets.UTF_8);
        for (String name : new String[] {"/", "\\", "..", "a\0.pdf", "a\n.pdf", "thư-mục/"}) {
            InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                    () -> attachments.add(admin, document.id(), name, new ByteArrayInputStream(pdf)), name);
            assertEquals("fileName", refused.fieldErrors().getFirst().field(), name);
        }
        assertEquals("b.pdf", attachments.add(admin, document.id(), "C:\\hồ sơ\\b.pdf", new ByteArrayInputStream(pdf)).fileName());
        assertEquals(1, attachments.list(admin, document.id()).size());
    }

    private static long countFiles() throws IOException {
        try (var stream = Files.list(DATA.resolve("attachments"))) {
            return stream.count();
        }
    }

    static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("trienkhai-attachments");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
