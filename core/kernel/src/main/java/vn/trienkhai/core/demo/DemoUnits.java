package vn.trienkhai.core.demo;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;

import java.time.LocalDate;
import java.util.List;

import static vn.trienkhai.core.unit.UnitKind.COMMITTEE;
import static vn.trienkhai.core.unit.UnitKind.COMMUNE;
import static vn.trienkhai.core.unit.UnitKind.DEPARTMENT;
import static vn.trienkhai.core.unit.UnitKind.GOVERNMENT_OFFICE;
import static vn.trienkhai.core.unit.UnitKind.MASS_ORGANISATION;
import static vn.trienkhai.core.unit.UnitKind.OFFICE;
import static vn.trienkhai.core.unit.UnitKind.PARTY_ORGANISATION;
import static vn.trienkhai.core.unit.UnitKind.PUBLIC_SERVICE_UNIT;

/**
 * The demo organisations, drawn from the seed plans: the bodies that issue, receive and carry them out.
 * Tỉnh ủy Lai Châu with Huyện ủy Tam Đường, its departments and the communes its plan 102-KH/HU names;
 * Đảng ủy Khối các cơ quan tỉnh with grassroots party organisations named in its plans; Thị ủy Hương Trà
 * with the bodies its plan for Chỉ thị 44-CT/TW assigns.
 */
@Singleton
class DemoUnits {

    static final String FIRST_ORGANISATION = "laichau";
    private static final LocalDate SINCE = LocalDate.of(2020, 10, 1);

    private final OrganisationService organisations;
    private final UnitService units;

    DemoUnits(OrganisationService organisations, UnitService units) {
        this.organisations = organisations;
        this.units = units;
    }

    List<Organisation> createOrganisations() {
        return List.of(laiChau(), provincialAgencies(), huongTra());
    }

    private Organisation laiChau() {
        Organisation province = organisations.create(Actor.installation(), FIRST_ORGANISATION, "Tỉnh ủy Lai Châu", COMMITTEE, "TU", SINCE);
        Builder tree = new Builder(province);
        long root = province.rootUnitId();
        tree.add(root, DEPARTMENT, "BTGTU", "Ban Tuyên giáo Tỉnh ủy");
        tree.add(root, OFFICE, "VPTU", "Văn phòng Tỉnh ủy");
        long district = tree.add(root, COMMITTEE, "HU-TD", "Huyện ủy Tam Đường");
        tree.add(district, DEPARTMENT, "BTG", "Ban Tuyên giáo Huyện ủy");
        tree.add(district, OFFICE, "VP", "Văn phòng Huyện ủy");
        tree.add(district, DEPARTMENT, "BTC", "Ban Tổ chức Huyện ủy");
        tree.add(district, DEPARTMENT, "BDV", "Ban Dân vận Huyện ủy");
        tree.add(district, DEPARTMENT, "UBKT", "Ủy ban Kiểm tra Huyện ủy");
        tree.add(district, PUBLIC_SERVICE_UNIT, "TTCT", "Trung tâm Chính trị huyện");
        tree.add(district, MASS_ORGANISATION, "MTTQ", "Ủy ban Mặt trận Tổ quốc huyện");
        tree.add(district, GOVERNMENT_OFFICE, "UBND", "Ủy ban nhân dân huyện");
        tree.add(district, GOVERNMENT_OFFICE, "PVHTT", "Phòng Văn hóa – Thông tin");
        tree.add(district, PUBLIC_SERVICE_UNIT, "TTVHTTTT", "Trung tâm Văn hóa – Thể thao và Truyền thông");
        List.of("Giang Ma", "Tả Lèng", "Nùng Nàng", "Thèn Sin", "Bản Giang", "Bản Bo", "Bình Lư", "Bản Hon", "Hồ Thầu")
                .forEach(commune -> tree.add(district, COMMUNE, "XA-" + initials(commune), "Xã " + commune));
        tree.add(district, COMMUNE, "TT-TD", "Thị trấn Tam Đường");
        return province;
    }

    private Organisation provincialAgencies() {
        Organisation bloc = organisations.create(Actor.installation(), "khoicqt", "Đảng ủy Khối các cơ quan tỉnh", COMMITTEE, "ĐUK", SINCE);
        Builder tree = new Builder(bloc);
        long root = bloc.rootUnitId();
        tree.add(root, DEPARTMENT, "BTGĐUK", "Ban Tuyên giáo Đảng ủy Khối");
        tree.add(root, DEPARTMENT, "BTCĐUK", "Ban Tổ chức Đảng ủy Khối");
        tree.add(root, OFFICE, "VPĐUK", "Văn phòng Đảng ủy Khối");
        tree.add(root, MASS_ORGANISATION, "ĐK", "Đoàn Khối các cơ quan tỉnh");
        tree.add(root, PARTY_ORGANISATION, "ĐB-SGDĐT", "Đảng bộ Sở Giáo dục và Đào tạo");
        tree.add(root, PARTY_ORGANISATION, "ĐB-SYT", "Đảng bộ Sở Y tế");
        tree.add(root, PARTY_ORGANISATION, "ĐB-SLĐTBXH", "Đảng bộ Sở Lao động – Thương binh và Xã hội");
        tree.add(root, PARTY_ORGANISATION, "ĐB-SKHCN", "Đảng bộ Sở Khoa học và Công nghệ");
        tree.add(root, PARTY_ORGANISATION, "ĐB-TCT", "Đảng bộ Trường Chính trị tỉnh");
        return bloc;
    }

    private Organisation huongTra() {
        Organisation town = organisations.create(Actor.installation(), "huongtra", "Thị ủy Hương Trà", COMMITTEE, "ThU", SINCE);
        Builder tree = new Builder(town);
        long root = town.rootUnitId();
        tree.add(root, DEPARTMENT, "BTG", "Ban Tuyên giáo Thị ủy");
        tree.add(root, OFFICE, "VP", "Văn phòng Thị ủy");
        tree.add(root, PUBLIC_SERVICE_UNIT, "TTCT", "Trung tâm Chính trị thị xã");
        tree.add(root, GOVERNMENT_OFFICE, "PVHTT", "Phòng Văn hóa và Thông tin");
        tree.add(root, GOVERNMENT_OFFICE, "PGDĐT", "Phòng Giáo dục và Đào tạo");
        tree.add(root, PUBLIC_SERVICE_UNIT, "TTVHTTTT", "Trung tâm Văn hóa - Thông tin và Thể thao thị xã");
        tree.add(root, MASS_ORGANISATION, "MTTQ", "Ủy ban Mặt trận Tổ quốc thị xã");
        return town;
    }

    private static String initials(String name) {
        return VietnameseText.fold(name).replace(" ", "").toUpperCase();
    }

    /** Adds units to one organisation's tree. */
    private final class Builder {
        private final Actor actor;

        Builder(Organisation organisation) {
            this.actor = Actor.system(organisation.id(), organisation.rootUnitId(), UnitPath.root(organisation.rootUnitId()));
        }

        long add(long parentId, UnitKind kind, String code, String name) {
            Unit unit = units.create(actor, new CreateUnitRequest(parentId, kind, code, name, SINCE));
            return unit.id();
        }
    }
}
