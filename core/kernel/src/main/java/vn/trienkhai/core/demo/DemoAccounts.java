package vn.trienkhai.core.demo;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.access.Role;
import vn.trienkhai.core.account.AccountRequests.CreateAccountRequest;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.util.List;
import java.util.Set;

/**
 * One demo account per role, all with the password {@value #PASSWORD} (README.md lists them). They exist only
 * in demo installations, which only the embedded database gets by default.
 */
@Singleton
class DemoAccounts {

    static final String PASSWORD = "TrienKhai@2025";

    private final AccountService accounts;
    private final UnitService units;

    DemoAccounts(AccountService accounts, UnitService units) {
        this.accounts = accounts;
        this.units = units;
    }

    void create(List<Organisation> demo) {
        Organisation laiChau = demo.get(0);
        add(laiChau, "quantri", "Quản trị hệ thống", "TU", Role.SYSTEM_ADMIN);
        add(laiChau, "laichau.admin", "Quản trị Tỉnh ủy Lai Châu", "TU", Role.ORGANISATION_ADMIN);
        add(laiChau, "tamduong.lanhdao", "Lãnh đạo Huyện ủy Tam Đường", "HU-TD", Role.LEADER);
        add(laiChau, "tamduong.tuyengiao", "Cán bộ Ban Tuyên giáo Huyện ủy", "BTG", Role.OFFICER);
        add(laiChau, "banbo.baocao", "Báo cáo viên xã Bản Bo", "XA-BANBO", Role.REPORTER);
        add(laiChau, "laichau.xem", "Người xem Tỉnh ủy Lai Châu", "TU", Role.VIEWER);
        add(demo.get(1), "khoi.admin", "Quản trị Đảng ủy Khối", "ĐUK", Role.ORGANISATION_ADMIN);
        add(demo.get(2), "huongtra.admin", "Quản trị Thị ủy Hương Trà", "ThU", Role.ORGANISATION_ADMIN);
    }

    private void add(Organisation organisation, String login, String name, String homeCode, Role role) {
        Actor system = Actor.system(organisation.id(), organisation.rootUnitId(), UnitPath.root(organisation.rootUnitId()));
        Unit home = units.tree(system, false).stream().filter(unit -> unit.code().equals(homeCode)).findFirst().orElseThrow();
        accounts.create(system, new CreateAccountRequest(login, name, PASSWORD, home.id(), Set.of(role), Set.of()));
    }
}
