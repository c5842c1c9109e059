package vn.trienkhai.core.document;

import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentRequests.DocumentFilter;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;
import vn.trienkhai.core.document.DocumentRequests.UpdateDocumentRequest;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.ForbiddenException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees a document (its units' lines of descent) and who changes it (the subtree holding it), DD002. */
@MicronautTest(transactional = false)
class DocumentScopeTest extends PostgresTest {

    private static final Path DATA = DocumentAttachmentsTest.createTempDirectory();
    private static final byte[] PDF = "%PDF-1.7 thử".getBytes(StandardCharsets.UTF_8);

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;
    @Inject DocumentImport importer;
    @Inject DocumentRegistry registry;
    @Inject DocumentEditor editor;
    @Inject DocumentCascade cascade;
    @Inject DocumentNumbering numbering;
    @Inject DocumentAttachments attachments;
    @Inject PlanFollowUp followUp;

    private TestOrganisation org;
    private Actor admin;
    private Actor officer;
    private Document districtPlan;
    private Document provincialNotice;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("trienkhai.data-dir", DATA.toString());
    }

    @BeforeAll
    void documents() throws IOException {
        org = new TestOrganisation(organisations, units, accounts, authenticator);
        admin = TestActors.administrator(org.organisation);
        officer = org.signedIn(Role.OFFICER, org.districtA);
        String text = Files.readString(Path.of(System.getProperty("seeds.dir", "../../../shared/seeds"), "002_8116868c8bd2955c.txt"));
        districtPlan = importer.save(admin, new SaveImportRequest(importer.preview(admin, text), text, org.districtA.id(), Map.of()));
        provincialNotice = registry.register(admin, new RegisterDocumentRequest("Số 31-TB/TU", null, LocalDate.of(2024, 2, 1), null,
                "Thông báo của Tỉnh ủy", org.organisation.rootUnitId(), null, Status.ISSUED, null));
    }

    @Test
    void aDistrictPlanIsSeenAboveAndBelowItsIssuerButNotByTheNextDistrict() {
        Actor communeA = org.signedIn(Role.REPORTER, org.communeA);
        Actor communeB = org.signedIn(Role.REPORTER, org.communeB);
        Actor province = unitViewer(org.organisation.rootUnitId());
        attachments.add(admin, districtPlan.id(), "ke-hoach.pdf", new ByteArrayInputStream(PDF));

        assertTrue(listed(communeA, districtPlan) && listed(province, districtPlan));
        assertEquals(districtPlan.id(), registry.get(communeA, districtPlan.id()).document().id());
        assertFalse(listed(communeB, districtPlan), "the list of the next district's commune leaves it out");
        assertThrows(NotFoundException.class, () -> registry.get(communeB, districtPlan.id()));
        assertThrows(NotFoundException.class, () -> cascade.cascade(communeB, districtPlan.id()));
        assertThrows(NotFoundException.class, () -> cascade.execution(communeB, districtPlan.id()));
        assertThrows(NotFoundException.class, () -> attachments.list(communeB, districtPlan.id()));
        long attachment = attachments.list(communeA, districtPlan.id()).getFirst().id();
        assertThrows(NotFoundException.class, () -> attachments.open(communeB, attachment));

        assertTrue(listed(communeB, provincialNotice), "a province's document is seen throughout its subtree");
        Document cited = registry.get(admin, districtPlan.id()).implementsDocuments().getFirst();
        assertTrue(listed(communeB, cited), "a document from outside the tree is public to the organisation");
        assertTrue(cascade.cascade(communeB, cited.id()).tree().implementedBy().isEmpty(),
                "the cascade of a public document leaves out the plans the actor does not see");
        assertEquals(List.of(districtPlan.id()), cascade.cascade(communeA, cited.id()).tree().implementedBy().stream()
                .map(node -> node.document().id()).toList());
    }

    @Test
    void aCommunesReportToItsDistrictIsSeenAboveItButNotByTheNextCommune() {
        Unit neighbour = units.create(admin, new CreateUnitRequest(org.districtA.id(), UnitKind.COMMUNE, "XA2", "Xã A2", TestOrganisation.START));
        String text = """
                Số 04-KH/ĐU
                Xã A, ngày 03 tháng 3 năm 2024
                KẾ HOẠCH
                tuyên truyền bầu cử
                Nơi nhận:
                - Huyện ủy A (b/c),
                - Lưu.
                """;
        Document report = importer.save(admin, new SaveImportRequest(importer.preview(admin, text), text, org.communeA.id(),
                Map.of("Huyện ủy A", org.districtA.id())));
        assertTrue(listed(org.signedIn(Role.VIEWER, org.districtA), report) && listed(unitViewer(org.organisation.rootUnitId()), report));
        Actor next = org.signedIn(Role.VIEWER, neighbour);
        assertFalse(listed(next, report), "a unit it is reported to does not pass it down");
        assertThrows(NotFoundException.class, () -> registry.get(next, report.id()));
    }

    @Test
    void aCommuneSeesThePlanItOwesAndItsDistrictTheCommunesThatOweIt() {
        Actor commune = org.signedIn(Role.VIEWER, org.communeA);
        var awaited = followUp.awaitedFromHome(commune);
        assertEquals(List.of(districtPlan.id()), awaited.stream().map(plan -> plan.document().id()).toList());
        assertTrue(awaited.getFirst().daysOverdue() > 0, "the plan was due in March 2022");
        var missing = followUp.missingBelow(org.signedIn(Role.LEADER, org.districtA));
        assertEquals(List.of(districtPlan.id()), missing.stream().map(plans -> plans.document().id()).toList());
        assertTrue(missing.getFirst().late() >= 1 && missing.getFirst().missing() >= missing.getFirst().late());
        assertTrue(followUp.awaitedFromHome(org.signedIn(Role.VIEWER, org.communeB)).isEmpty(), "the next district owes nothing");
    }

    @Test
    void aDistrictOfficerChangesNothingTheProvinceHolds() {
        Document cited = registry.get(admin, districtPlan.id()).implementsDocuments().getFirst();

        assertThrows(ForbiddenException.class, () -> registry.register(officer, new RegisterDocumentRequest(cited.symbol(), null,
                Objects.requireNonNullElse(cited.issuedOn(), LocalDate.of(2021, 6, 1)), null, "Một trích yếu khác", org.districtA.id(), null, Status.ISSUED, null)),
                "the cited entry of a provincial document is not completed from a district");
        assertEquals(cited.title(), registry.get(admin, cited.id()).document().title());
        assertEquals("issuingUnitId", fieldOf(() -> registry.register(officer, new RegisterDocumentRequest("Số 40-TB/TU", null,
                LocalDate.of(2024, 3, 1), null, "Thông báo", org.organisation.rootUnitId(), null, Status.ISSUED, null))));
        assertEquals("issuingUnitId", fieldOf(() -> numbering.next(officer, org.organisation.rootUnitId(), "TU", DocumentKind.TB, "2025-2030")));
        assertThrows(ForbiddenException.class, () -> attachments.add(officer, provincialNotice.id(), "a.pdf", new ByteArrayInputStream(PDF)));
        assertThrows(ForbiddenException.class, () -> editor.update(officer, provincialNotice.id(), correction(provincialNotice, "Sửa")));
        assertThrows(ForbiddenException.class, () -> editor.delete(officer, provincialNotice.id(), provincialNotice.version()));
        assertFalse(registry.mayChange(officer, provincialNotice.id()));
        assertTrue(registry.mayChange(officer, districtPlan.id()));
    }

    @Test
    void everyDistrictNumbersItsOwnDocumentsUnderTheSameIssuerCode() {
        Actor officerA = officer;
        Actor officerB = org.signedIn(Role.OFFICER, org.districtB);
        assertEquals("01-KH/HU", numbering.next(officerA, null, "HU", DocumentKind.KH, "2030-2035").symbol());
        assertEquals("01-KH/HU", numbering.next(officerB, null, "HU", DocumentKind.KH, "2030-2035").symbol());
        assertEquals("02-KH/HU", numbering.next(officerA, org.districtA.id(), "HU", DocumentKind.KH, "2030-2035").symbol());
    }

    @Test
    void aDocumentIsCorrectedWithTheVersionReadAndAStaleCorrectionIsRefused() {
        Document letter = registry.register(officer, new RegisterDocumentRequest("Số 05-CV/HU", null, LocalDate.of(2024, 4, 1), null,
                "Công văn về tuyên truyền", org.districtA.id(), null, Status.ISSUED, null));
        Document corrected = editor.update(officer, letter.id(), correction(letter, "Công văn về công tác tuyên truyền"));
        assertEquals("Công văn về công tác tuyên truyền", corrected.title());
        assertThrows(ConflictException.class, () -> editor.update(officer, letter.id(), correction(letter, "Bản sửa cũ")));
        assertEquals(corrected.title(), registry.get(officer, letter.id()).document().title());

        InvalidRequestException empty = assertThrows(InvalidRequestException.class, () -> editor.update(officer, letter.id(),
                new UpdateDocumentRequest(corrected.version(), " ", null, null, null, "\u200b", null, null, null, null, null)));
        assertEquals(List.of("title", "number", "issuingUnitId", "kind"), empty.fieldErrors().stream().map(error -> error.field()).toList());
        assertThrows(ConflictException.class, () -> editor.update(officer, letter.id(), new UpdateDocumentRequest(corrected.version(),
                districtPlan.symbol(), null, districtPlan.issuedOn(), null, "Trùng số", org.districtA.id(), null, Status.ISSUED, null, null)),
                "a number another document has is refused");
    }

    @Test
    void aDocumentIsDeletedWithItsPartsUnlessAnotherRefersToIt() throws IOException {
        Document letter = registry.register(officer, new RegisterDocumentRequest("Số 06-CV/HU", null, LocalDate.of(2024, 4, 2), null,
                "Công văn sẽ xóa", org.districtA.id(), null, Status.ISSUED, null));
        attachments.add(officer, letter.id(), "cong-van.pdf", new ByteArrayInputStream(PDF));
        long files = countFiles();
        assertThrows(ConflictException.class, () -> editor.delete(officer, letter.id(), letter.version() + 1));
        editor.delete(officer, letter.id(), letter.version());
        assertThrows(NotFoundException.class, () -> registry.get(officer, letter.id()));
        assertEquals(files - 1, countFiles(), "the attachment's bytes go with it");

        Document cited = registry.get(admin, districtPlan.id()).implementsDocuments().getFirst();
        ConflictException referenced = assertThrows(ConflictException.class, () -> editor.delete(admin, cited.id(), cited.version()));
        assertEquals("document.referenced", referenced.code());
    }

    @Test
    void aDraftWithNeitherNumberNorIssuerIsRefusedOnBothAndSavesNothing() {
        ImportDraft bare = new ImportDraft(null, null, DocumentKind.KH, null, null, null, "Kế hoạch không số",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> importer.save(admin, new SaveImportRequest(bare, "KẾ HOẠCH", null, Map.of())));
        assertEquals(List.of("symbol", "issuingUnitId"), refused.fieldErrors().stream().map(error -> error.field()).toList());
        assertEquals(0, registry.search(admin, new DocumentFilter(null, null, null, null, "khong so"), Pageable.from(0, 1)).getTotalSize());
    }

    private boolean listed(Actor actor, Document document) {
        return registry.search(actor, new DocumentFilter(null, null, null, null, document.symbol()), Pageable.from(0, 50))
                .getContent().stream().anyMatch(found -> found.id() == document.id());
    }

    /** A viewer at the unit, built without an account: viewers change nothing that would need one. */
    private Actor unitViewer(long unitId) {
        return TestActors.at(units.get(admin, unitId), Role.VIEWER);
    }

    private static UpdateDocumentRequest correction(Document document, String title) {
        return new UpdateDocumentRequest(document.version(), document.symbol(), null, document.issuedOn(), null, title,
                document.issuingUnitId(), null, document.status(), null, null);
    }

    private static String fieldOf(Supplier<?> call) {
        return assertThrows(InvalidRequestException.class, call::get).fieldErrors().getFirst().field();
    }

    private static long countFiles() throws IOException {
        Path directory = DATA.resolve("attachments");
        try (var files = Files.list(directory)) {
            return files.count();
        }
    }
}
