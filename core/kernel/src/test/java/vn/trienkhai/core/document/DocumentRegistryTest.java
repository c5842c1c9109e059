package vn.trienkhai.core.document;

import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.document.DocumentModel.Cascade;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.DocumentDetails;
import vn.trienkhai.core.document.DocumentModel.Execution;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;
import vn.trienkhai.core.document.parsing.CitedDocument;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.DocumentNumber;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing plans into the registry, the duplicate rule, the cascade, who has not issued their plan, and numbering. */
@MicronautTest(transactional = false)
class DocumentRegistryTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject DocumentImport importer;
    @Inject DocumentRegistry registry;
    @Inject DocumentCascade cascade;
    @Inject DocumentNumbering numbering;

    private TestOrganisation org;
    private Actor admin;
    private Document plan102;

    @BeforeAll
    void organisation() throws IOException {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.DEPARTMENT, "BTG", "Ban Tuyên giáo Huyện ủy", TestOrganisation.START));
        units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.OFFICE, "VP", "Văn phòng Huyện ủy", TestOrganisation.START));
        plan102 = importSeed("002_8116868c8bd2955c.txt", org.districtA);
    }

    @Test
    void aSeedIsSavedWithItsTasksTargetsAndCascade() {
        Document plan = plan102;
        DocumentDetails details = registry.get(admin, plan.id());
        assertEquals("102-KH/HU", details.document().symbol());
        assertEquals(Status.ISSUED, details.document().status());
        assertEquals(List.of("224-KL/TU", "61-KH/TU"), details.implementsDocuments().stream().map(Document::symbol).sorted().toList());
        assertTrue(details.implementsDocuments().stream().allMatch(cited -> cited.status() == Status.CITED));
        assertTrue(details.targets().size() >= 10, details.targets().toString());
        var lead = details.tasks().stream().filter(task -> "Ban Tuyên giáo Huyện ủy".equals(task.leadUnitName())).findFirst().orElseThrow();
        assertTrue(lead.leadUnitId() != null, "the lead unit is mapped to the tree");
        assertEquals("Văn phòng Huyện ủy", lead.coordinators().getFirst().name());
        assertTrue(lead.coordinators().getFirst().unitId() != null);

        Cascade up = cascade.cascade(admin, plan.id());
        assertEquals(0, up.ancestors().stream().filter(document -> document.id() == plan.id()).count());
        Document cited = details.implementsDocuments().getFirst();
        assertEquals(plan.id(), cascade.cascade(admin, cited.id()).tree().implementedBy().getFirst().document().id());
        assertEquals(1, registry.search(admin, new DocumentFilter(DocumentKind.KH, "HU", 2022, null, "tu tuong"), Pageable.from(0, 10)).getTotalSize());
    }

    @Test
    void importingTheSamePlanTwiceIsRefusedAndSavesNothing() throws IOException {
        Document first = importSeed("004_58641b753ab0ee2c.txt", null);
        long before = registry.search(admin, new DocumentFilter(null, null, null, null, null), Pageable.from(0, 1)).getTotalSize();
        ConflictException duplicate = assertThrows(ConflictException.class, () -> importSeed("004_58641b753ab0ee2c.txt", null));
        assertTrue(duplicate.getMessage().contains("55-KH/ĐU"), duplicate.getMessage());
        assertEquals(before, registry.search(admin, new DocumentFilter(null, null, null, null, null), Pageable.from(0, 1)).getTotalSize());
        assertEquals(first.id(), registry.search(admin, new DocumentFilter(null, null, null, null, "23-CT/TW"), Pageable.from(0, 5))
                .getContent().stream().filter(document -> document.status() != Status.CITED).findFirst().orElseThrow().id());
    }

    @Test
    void aDraftWithABadCitationSavesNothing() {
        ImportDraft bad = new ImportDraft("07-KH/HU", 7, DocumentKind.KH, "HU", LocalDate.of(2023, 1, 5), null, "Kế hoạch thử",
                List.of(new CitedDocument("224-XX/TU", DocumentKind.KL, null, null)), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> importer.save(admin, new SaveImportRequest(bad, null, null, Map.of())));
        assertEquals("implements[0].symbol", refused.fieldErrors().getFirst().field());
        assertEquals(0, registry.search(admin, new DocumentFilter(null, null, null, null, "07-KH/HU"), Pageable.from(0, 1)).getTotalSize());
    }

    @Test
    void theCascadeRunsFromTheCentralDirectiveToEveryPlanAndShowsWhoIsLate() throws IOException {
        Document town = importSeed("000_907cd9c85062945f.txt", org.districtB);
        Cascade chain = cascade.cascade(admin, town.id());
        assertEquals(List.of("44-CT/TW", "168-KH/TU"), chain.ancestors().stream().map(Document::symbol).toList());

        Document plan = plan102;
        List<Execution> before = cascade.execution(admin, plan.id());
        assertTrue(before.stream().anyMatch(execution -> execution.unitId() == org.communeA.id() && execution.plan() == null
                && execution.due().equals(LocalDate.of(2022, 3, 31)) && execution.daysOverdue() > 0), before.toString());
        assertTrue(before.stream().allMatch(execution -> units.get(admin, execution.unitId()).path().startsWith(org.districtA.path())
                && execution.unitId() != org.districtA.id()), "only units under the issuer carry its plan out: " + before);
        registry.register(admin, new RegisterDocumentRequest("Số 03-KH/ĐU", null, LocalDate.of(2022, 4, 2), null,
                "Kế hoạch của xã A", org.communeA.id(), null, Status.ISSUED, plan.id()));
        Execution communeA = cascade.execution(admin, plan.id()).stream().filter(execution -> execution.unitId() == org.communeA.id())
                .findFirst().orElseThrow();
        assertEquals("03-KH/ĐU", communeA.plan().symbol());
        assertEquals(2, communeA.daysOverdue(), "issued two days after the deadline");
    }

    @Test
    void numbersRestartEachTermAndAreNeverGivenTwice() throws Exception {
        List<CompletableFuture<DocumentNumber>> calls = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 20; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> numbering.next(admin, null, "HU", DocumentKind.KH, "2025-2030"), threads));
            }
            List<Integer> numbers = new ArrayList<>(calls.stream().map(CompletableFuture::join).map(DocumentNumber::number).toList());
            Collections.sort(numbers);
            assertEquals(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList(), numbers);
        }
        assertEquals("01-KH/HU", numbering.next(admin, null, "HU", DocumentKind.KH, "2030-2035").symbol());
        assertEquals("01-CT/HU", numbering.next(admin, null, "HU", DocumentKind.CT, "2025-2030").symbol());
        assertThrows(InvalidRequestException.class, () -> numbering.next(admin, null, "HU", DocumentKind.KH, "nhiệm kỳ này"));
        InvalidRequestException hyphenated = assertThrows(InvalidRequestException.class,
                () -> numbering.next(admin, null, "CONC-A", DocumentKind.KH, "2025-2030"));
        assertEquals("issuerCode", hyphenated.fieldErrors().getFirst().field());
    }

    private Document importSeed(String file, Unit issuer) throws IOException {
        String text = Files.readString(Path.of(System.getProperty("seeds.dir", "../../../shared/seeds"), file));
        return importer.save(admin, new SaveImportRequest(importer.preview(admin, text), text, issuer == null ? null : issuer.id(), Map.of()));
    }
}
