package vn.trienkhai.core.unit;

import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.error.InvalidRequestException;
import vn.trienkhai.core.error.NotFoundException;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.MergeUnitsRequest;
import vn.trienkhai.core.unit.UnitRequests.MoveUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.NewSuccessor;
import vn.trienkhai.core.unit.UnitRequests.SplitUnitRequest;
import vn.trienkhai.core.unit.UnitRequests.UpdateUnitRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class UnitTreeTest extends PostgresTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject UnitRestructuring restructuring;

    Actor actor;
    long root;

    @BeforeAll
    void organisation() {
        Organisation organisation = organisations.create(Actor.installation(), "lc-" + UUID.randomUUID().toString().substring(0, 8),
                "Tỉnh ủy Lai Châu", UnitKind.COMMITTEE, "TU", START);
        actor = TestActors.administrator(organisation);
        root = organisation.rootUnitId();
    }

    @Test
    void subtreeAndAncestorsFollowTheMaterialisedPath() {
        Unit district = create(root, UnitKind.COMMITTEE, "HU1", "Huyện ủy Tam Đường");
        Unit department = create(district.id(), UnitKind.DEPARTMENT, "BTG", "Ban Tuyên giáo Huyện ủy");
        Unit commune = create(district.id(), UnitKind.COMMUNE, "BB", "Xã Bản Bo");

        assertEquals(List.of(district.id(), department.id(), commune.id()).stream().sorted().toList(),
                units.subtree(actor, district.id()).stream().map(Unit::id).sorted().toList());
        assertEquals(List.of(root, district.id()), units.ancestors(actor, commune.id()).stream().map(Unit::id).toList());
        assertEquals(2, commune.depth());
    }

    @Test
    void searchIgnoresDiacriticsAndSortsInVietnameseOrder() {
        Unit parent = create(root, UnitKind.COMMITTEE, "HU2", "Huyện ủy Sìn Hồ");
        create(parent.id(), UnitKind.COMMUNE, "DM", "Xã Đông Mai");
        create(parent.id(), UnitKind.COMMUNE, "DU", "Xã Dương Quỳ");
        create(parent.id(), UnitKind.COMMUNE, "AN", "Xã Ăn Tiền");

        List<String> found = units.search(actor, "xa", Pageable.from(0, 50)).getContent().stream().map(Unit::name)
                .filter(name -> List.of("Xã Đông Mai", "Xã Dương Quỳ", "Xã Ăn Tiền").contains(name)).toList();
        assertEquals(List.of("Xã Ăn Tiền", "Xã Dương Quỳ", "Xã Đông Mai"), found);
        assertEquals("Huyện ủy Sìn Hồ", units.search(actor, "sin ho", Pageable.from(0, 10)).getContent().getFirst().name());
        assertEquals(1, units.search(actor, "DONG MAI", Pageable.from(0, 10)).getTotalSize());
    }

    @Test
    void siblingCodesAreUniqueAndErrorsNameTheirFields() {
        Unit parent = create(root, UnitKind.COMMITTEE, "HU3", "Huyện ủy Phong Thổ");
        create(parent.id(), UnitKind.DEPARTMENT, "BTG", "Ban Tuyên giáo");

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () ->
                create(parent.id(), UnitKind.DEPARTMENT, "btg", "Ban Tuyên giáo 2"));
        assertEquals("unit.code.duplicate", refused.code());
        assertEquals("code", refused.fieldErrors().getFirst().field());
        assertTrue(refused.getMessage().contains("Huyện ủy Phong Thổ"), refused.getMessage());

        InvalidRequestException empty = assertThrows(InvalidRequestException.class, () ->
                units.create(actor, new CreateUnitRequest(parent.id(), null, " ", "", START)));
        assertEquals(List.of("kind", "name", "code"), empty.fieldErrors().stream().map(e -> e.field()).toList());
    }

    @Test
    void namesAndCodesAreStoredInOneNormalFormAndLookAlikesAreRefused() {
        Unit parent = create(root, UnitKind.COMMITTEE, "HUNN", "Huyện ủy Nậm Nhùn");
        Unit nfd = create(parent.id(), UnitKind.DEPARTMENT, java.text.Normalizer.normalize("ĐU", java.text.Normalizer.Form.NFD),
                "\u00A0Ban\u200B Dân  vận\u202F" + java.text.Normalizer.normalize("Huyện ủy", java.text.Normalizer.Form.NFD));
        assertEquals("ĐU", nfd.code());
        assertEquals("Ban Dân vận Huyện ủy", nfd.name());

        InvalidRequestException twin = assertThrows(InvalidRequestException.class, () ->
                create(parent.id(), UnitKind.DEPARTMENT, "đu", "Ban khác"));
        assertEquals("unit.code.duplicate", twin.code());
        InvalidRequestException cyrillic = assertThrows(InvalidRequestException.class, () ->
                create(parent.id(), UnitKind.DEPARTMENT, "\u0412TG", "Ban Tuyên giáo"));
        assertEquals(List.of("code"), cyrillic.fieldErrors().stream().map(e -> e.field()).toList());
        InvalidRequestException invisible = assertThrows(InvalidRequestException.class, () ->
                create(parent.id(), UnitKind.DEPARTMENT, "X1", "\u200B\u00A0\uFEFF"));
        assertEquals("unit.name.required", invisible.code());
        InvalidRequestException control = assertThrows(InvalidRequestException.class, () ->
                create(parent.id(), UnitKind.DEPARTMENT, "X2", "Ban\u0000Tuyên giáo"));
        assertEquals("unit.name.control", control.code());
    }

    @Test
    void anotherOrganisationSeesNothing() {
        Unit unit = create(root, UnitKind.DEPARTMENT, "BDV", "Ban Dân vận Tỉnh ủy");
        Actor stranger = TestActors.administrator(organisations.create(Actor.installation(),
                "other-" + UUID.randomUUID().toString().substring(0, 8), "Thị ủy Hương Trà", UnitKind.COMMITTEE, "ThU", START));
        assertThrows(NotFoundException.class, () -> units.get(stranger, unit.id()));
        assertThrows(NotFoundException.class, () -> units.create(stranger, new CreateUnitRequest(unit.id(),
                UnitKind.CELL, "X", "Chi bộ", START)));
        assertFalse(units.tree(stranger, false).stream().anyMatch(u -> u.id() == unit.id()));
    }

    @Test
    void renamingKeepsTheOldNameInHistory() {
        Unit unit = create(root, UnitKind.OFFICE, "VP", "Văn phòng Tỉnh ủy");
        Unit renamed = units.update(actor, unit.id(), new UpdateUnitRequest(unit.version(), UnitKind.OFFICE, "VP",
                "Văn phòng Tỉnh ủy Lai Châu", LocalDate.of(2023, 5, 1)));

        assertEquals("Văn phòng Tỉnh ủy Lai Châu", units.get(actor, unit.id()).name());
        assertEquals(List.of("Văn phòng Tỉnh ủy", "Văn phòng Tỉnh ủy Lai Châu"),
                units.history(actor, unit.id()).stream().map(UnitRevision::name).toList());
        assertEquals("Văn phòng Tỉnh ủy", nameAsOf(unit.id(), LocalDate.of(2023, 4, 30)));
        assertEquals("Văn phòng Tỉnh ủy Lai Châu", nameAsOf(unit.id(), LocalDate.of(2023, 5, 1)));
        assertTrue(renamed.version() > unit.version());
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        Unit unit = create(root, UnitKind.DEPARTMENT, "BTC", "Ban Tổ chức Tỉnh ủy");
        units.update(actor, unit.id(), new UpdateUnitRequest(unit.version(), UnitKind.DEPARTMENT, "BTC", "Ban Tổ chức", START));

        ConflictException conflict = assertThrows(ConflictException.class, () -> units.update(actor, unit.id(),
                new UpdateUnitRequest(unit.version(), UnitKind.DEPARTMENT, "BTC", "Tên cũ ghi đè", START)));
        assertEquals("unit.changed-by-someone-else", conflict.code());
        assertEquals("Ban Tổ chức", units.get(actor, unit.id()).name());
    }

    @Test
    void moveRewritesTheSubtreeAndRefusesCycles() {
        Unit from = create(root, UnitKind.COMMITTEE, "HU4", "Huyện ủy Than Uyên");
        Unit to = create(root, UnitKind.COMMITTEE, "HU5", "Huyện ủy Tân Uyên");
        Unit moving = create(from.id(), UnitKind.PARTY_ORGANISATION, "ĐB", "Đảng bộ xã Mường Khoa");
        Unit cell = create(moving.id(), UnitKind.CELL, "CB1", "Chi bộ bản Nà Khoa");

        InvalidRequestException cycle = assertThrows(InvalidRequestException.class, () ->
                restructuring.move(actor, moving.id(), new MoveUnitRequest(moving.version(), cell.id(), START.plusYears(1))));
        assertEquals("unit.move.cycle", cycle.code());

        LocalDate moved = LocalDate.of(2024, 1, 1);
        restructuring.move(actor, moving.id(), new MoveUnitRequest(moving.version(), to.id(), moved));

        assertTrue(units.subtree(actor, to.id()).stream().anyMatch(u -> u.id() == cell.id()));
        assertFalse(units.subtree(actor, from.id()).stream().anyMatch(u -> u.id() == cell.id()));
        assertEquals(List.of(root, to.id(), moving.id()), units.ancestors(actor, cell.id()).stream().map(Unit::id).toList());
        Unit cellBefore = units.treeAsOf(actor, moved.minusDays(1)).stream().filter(u -> u.id() == cell.id()).findFirst().orElseThrow();
        assertTrue(cellBefore.path().contains("/" + from.id() + "/"), cellBefore.path());
    }

    @Test
    void mergeEndsTheOldUnitsAndKeepsTheirHistory() {
        Unit district = create(root, UnitKind.COMMITTEE, "HU6", "Huyện ủy Mường Tè");
        Unit a = create(district.id(), UnitKind.COMMUNE, "A", "Xã Ka Lăng");
        Unit b = create(district.id(), UnitKind.COMMUNE, "B", "Xã Thu Lũm");
        Unit village = create(a.id(), UnitKind.VILLAGE, "V1", "Bản Ka Lăng");
        LocalDate mergedOn = LocalDate.of(2025, 7, 1);

        Unit merged = restructuring.merge(actor, new MergeUnitsRequest(List.of(a.id(), b.id()), district.id(),
                UnitKind.COMMUNE, "A", "Xã Ka Lăng mới", mergedOn));

        assertFalse(units.get(actor, a.id()).isActive());
        assertEquals(mergedOn, units.get(actor, b.id()).validTo());
        assertEquals(merged.id(), units.get(actor, village.id()).parentId());
        assertEquals(2, units.successions(actor, merged.id()).size());
        List<Long> before = units.treeAsOf(actor, mergedOn.minusDays(1)).stream().map(Unit::id).toList();
        List<Long> after = units.treeAsOf(actor, mergedOn).stream().map(Unit::id).toList();
        assertTrue(before.containsAll(List.of(a.id(), b.id(), village.id())) && !before.contains(merged.id()));
        assertTrue(after.containsAll(List.of(merged.id(), village.id())) && !after.contains(a.id()) && !after.contains(b.id()));
        assertEquals(a.id(), units.treeAsOf(actor, mergedOn.minusDays(1)).stream()
                .filter(u -> u.id() == village.id()).findFirst().orElseThrow().parentId());
    }

    @Test
    void splitCreatesSuccessorsAndHandsOverTheChildren() {
        Unit district = create(root, UnitKind.COMMITTEE, "HU7", "Huyện ủy Nậm Nhùn");
        Unit commune = create(district.id(), UnitKind.COMMUNE, "NH", "Xã Nậm Hàng");
        Unit village = create(commune.id(), UnitKind.VILLAGE, "V", "Bản Nậm Hàng");
        LocalDate on = LocalDate.of(2025, 7, 1);

        List<Unit> successors = restructuring.split(actor, commune.id(), new SplitUnitRequest(commune.version(),
                List.of(new NewSuccessor(UnitKind.COMMUNE, "NH1", "Xã Nậm Hàng 1"),
                        new NewSuccessor(UnitKind.COMMUNE, "NH2", "Xã Nậm Hàng 2")), 1, on));

        assertEquals(2, successors.size());
        assertEquals(successors.get(1).id(), units.get(actor, village.id()).parentId());
        assertEquals(on, units.get(actor, commune.id()).validTo());
        assertTrue(units.treeAsOf(actor, on.minusDays(1)).stream().anyMatch(u -> u.id() == commune.id()));
    }

    @Test
    void changesCannotPrecedeWhatTheyChange() {
        Unit unit = create(root, UnitKind.DEPARTMENT, "BNC", "Ban Nội chính Tỉnh ủy");
        InvalidRequestException early = assertThrows(InvalidRequestException.class, () -> units.update(actor, unit.id(),
                new UpdateUnitRequest(unit.version(), UnitKind.DEPARTMENT, "BNC", "Ban Nội chính", START.minusDays(1))));
        assertEquals("effectiveOn", early.fieldErrors().getFirst().field());
        assertEquals("Ngày hiệu lực không được trước ngày 01/01/2020.", early.getMessage());
    }

    private Unit create(long parent, UnitKind kind, String code, String name) {
        return units.create(actor, new CreateUnitRequest(parent, kind, code, name, START));
    }

    private String nameAsOf(long id, LocalDate date) {
        return units.treeAsOf(actor, date).stream().filter(u -> u.id() == id).findFirst().orElseThrow().name();
    }
}
