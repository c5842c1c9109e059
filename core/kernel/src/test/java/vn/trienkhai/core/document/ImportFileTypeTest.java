package vn.trienkhai.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportFileTypeTest {

    @Test
    void theExtensionDecides() {
        assertEquals(Optional.of(ImportFileType.DOCX), ImportFileType.of("Kế hoạch 102.DOCX", "application/octet-stream"));
        assertEquals(Optional.of(ImportFileType.TEXT), ImportFileType.of("ke-hoach.txt", null));
        assertEquals(Optional.empty(), ImportFileType.of("ke-hoach.pdf", "text/plain"));
        assertEquals(Optional.empty(), ImportFileType.of("ke-hoach.doc", "application/msword"));
    }

    @Test
    void aNameWithoutExtensionIsJudgedByItsContentType() {
        assertEquals(Optional.of(ImportFileType.TEXT), ImportFileType.of("ke-hoach", "text/plain; charset=UTF-8"));
        assertEquals(Optional.of(ImportFileType.DOCX),
                ImportFileType.of(null, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals(Optional.empty(), ImportFileType.of("ke-hoach", null));
    }
}
