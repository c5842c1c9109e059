package vn.trienkhai.core.unit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitNameMatcherTest {

    private static final List<Unit> TREE = List.of(
            unit(1, UnitKind.COMMITTEE, "Tỉnh ủy Lai Châu", "/1/"),
            unit(2, UnitKind.DEPARTMENT, "Ban Tuyên giáo Tỉnh ủy", "/1/2/"),
            unit(3, UnitKind.COMMITTEE, "Huyện ủy Tam Đường", "/1/3/"),
            unit(4, UnitKind.DEPARTMENT, "Ban Tuyên giáo Huyện ủy", "/1/3/4/"),
            unit(5, UnitKind.OFFICE, "Văn phòng Huyện ủy", "/1/3/5/"));

    private final UnitNameMatcher matcher = new UnitNameMatcher(null);

    @Test
    void aNameOfOneLevelIsNeverTheLikeNamedBodyOfAnother() {
        assertEquals(List.of(4L), ids("Ban Tuyên giáo Huyện ủy"));
        assertEquals(List.of(2L), ids("Ban Tuyên giáo Tỉnh ủy"));
        assertEquals(List.of(), matcher.resolve("Ban Tuyên giáo Tỉnh ủy", TREE.subList(2, 5)), "not the district's department instead");
        assertEquals(List.of(5L), ids("Văn phòng Huyện ủy"));
        assertEquals(List.of(), ids("Văn phòng"), "a name must cover most of the unit's");
    }

    @Test
    void aGroupOfTheCommitteesDepartmentsIsNotTheStatesAgenciesNorABlocsName() {
        assertEquals(List.of(2L, 4L, 5L), ids("Các ban, cơ quan Huyện ủy"));
        assertEquals(List.of(), ids("UBND huyện và các cơ quan nhà nước"), "the state's agencies are no unit of the tree");
        assertEquals(List.of(), ids("Đoàn Khối các cơ quan tỉnh"), "a bloc's union, not every department");
    }

    private List<Long> ids(String name) {
        return matcher.resolve(name, TREE).stream().map(Unit::id).toList();
    }

    private static Unit unit(long id, UnitKind kind, String name, String path) {
        return new Unit(id, 1, null, kind, "U" + id, name, path, UnitPath.depth(path), LocalDate.of(2020, 1, 1), null, 0);
    }
}
