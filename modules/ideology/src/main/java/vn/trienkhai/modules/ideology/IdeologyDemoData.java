package vn.trienkhai.modules.ideology;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.demo.DemoDataContributor;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.Source;
import vn.trienkhai.core.indicator.IndicatorModel.Target;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.indicator.ModuleFigures;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.indicator.PeriodKind;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyModel.BriefingRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.CloseRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentAction;
import vn.trienkhai.modules.ideology.IdeologyModel.IncidentRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Mood;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionReport;
import vn.trienkhai.modules.ideology.IdeologyModel.OpinionRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.Platform;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioKind;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPoint;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioPointRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.RadioStatus;
import vn.trienkhai.modules.ideology.IdeologyModel.RepairRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterLevel;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMember;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterMemberRequest;
import vn.trienkhai.modules.ideology.IdeologyModel.RosterRole;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tam Đường's radio and public opinion in the demo: every commune's station and four villages' loudspeaker clusters,
 * some down; a tense report open as a hot spot, one closed, a few ordinary ones; two posts found online; the district's
 * reporters and the communes' propagandists and collaborators, with a briefing conference in every month of the year so
 * far but one. The radio targets of plan 102-KH/HU
 * (seed 002: 100% communes with a working station, 100% villages with a working cluster), which the core's demo
 * attached to typed-in indicators, move to this module's computed ones, which then show their progress.
 */
@Singleton
final class IdeologyDemoData implements DemoDataContributor {

    private static final String ORGANISATION = "laichau";
    private static final String DISTRICT = "HU-TD";
    private static final List<String> VILLAGES = List.of("Bản Nà Bỏ", "Bản Hon", "Bản Nà Đon", "Bản Lao Chải", "Bản Sì Thâu Chải",
            "Bản Hồ Pen", "Bản Cốc Phát", "Bản Thèn Thầu", "Bản Chu Va", "Bản Nà Luồng", "Bản Tả Chải", "Bản Na Cương", "Bản Phiêng Phát");
    /** The communes and villages whose loudspeakers are down; Xã Hồ Thầu's station too. */
    private static final Map<String, Integer> BROKEN_CLUSTERS = Map.of("Xã Hồ Thầu", 2, "Xã Bản Bo", 1, "Xã Nùng Nàng", 1);
    private static final String BROKEN_STATION = "Xã Hồ Thầu";
    private static final int VILLAGES_PER_COMMUNE = 4;
    /** The words that name the radio goals in the plan's targets, and the module's indicator each becomes. */
    private static final List<String> PEOPLE = List.of("Lò Văn Thành", "Tẩn Thị Mai", "Nguyễn Văn Hùng", "Giàng A Páo", "Lý Thị Hoa",
            "Vàng Văn Chứ", "Trần Thị Lan", "Sùng A Dê", "Phạm Minh Tuấn", "Lò Thị Xuân", "Chảo Văn Lâm", "Đỗ Thị Hằng");
    private static final int DISTRICT_REPORTERS = 5;
    /** The month without a briefing conference: the year's count shows eleven of twelve by December. */
    private static final int MISSED_MONTH = 2;
    private static final Map<String, String> PLAN_GOALS = Map.of("trạm truyền thanh", IdeologyIndicators.RADIO_STATIONS,
            "cụm loa", IdeologyIndicators.VILLAGE_LOUDSPEAKERS);

    private final UnitService units;
    private final OpinionReports reports;
    private final GrassrootsRadio radio;
    private final FalseInformation incidents;
    private final Roster roster;
    private final Briefings briefings;
    private final IndicatorCatalogue catalogue;
    private final IndicatorTargets targets;
    private final ModuleFigures figures;
    private final Clock clock;

    IdeologyDemoData(UnitService units, OpinionReports reports, GrassrootsRadio radio, FalseInformation incidents, Roster roster,
                     Briefings briefings, IndicatorCatalogue catalogue, IndicatorTargets targets, ModuleFigures figures, Clock clock) {
        this.units = units;
        this.reports = reports;
        this.radio = radio;
        this.incidents = incidents;
        this.roster = roster;
        this.briefings = briefings;
        this.catalogue = catalogue;
        this.targets = targets;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return IdeologyModule.ID;
    }

    @Override
    public void seed(List<Organisation> demoOrganisations) {
        for (Organisation organisation : demoOrganisations) {
            if (!organisation.code().equals(ORGANISATION)) {
                continue;
            }
            Actor system = Actor.system(organisation.id(), organisation.rootUnitId(), UnitPath.root(organisation.rootUnitId()));
            List<Unit> tree = units.tree(system, false);
            Optional<Unit> district = tree.stream().filter(unit -> unit.code().equals(DISTRICT)).findFirst();
            if (district.isEmpty() || !radio.list(system).isEmpty()) {
                continue;
            }
            List<Unit> communes = tree.stream().filter(unit -> unit.kind() == UnitKind.COMMUNE && district.get().id() == unit.parentId())
                    .sorted(Comparator.comparing(Unit::name, VietnameseText.order())).toList();
            LocalDate today = LocalDate.now(clock);
            radio(system, communes, today);
            opinions(system, communes, today);
            incidents(system, district.get(), today);
            network(system, district.get(), communes, today);
            planTargets(system, today);
        }
    }

    private void radio(Actor system, List<Unit> communes, LocalDate today) {
        for (int c = 0; c < communes.size(); c++) {
            Unit commune = communes.get(c);
            RadioStatus station = commune.name().equals(BROKEN_STATION) ? RadioStatus.BROKEN : RadioStatus.WORKING;
            radio.save(system, null, new RadioPointRequest(commune.id(), RadioKind.STATION, null, station, today.minusDays(20 + c), null, null));
            int broken = BROKEN_CLUSTERS.getOrDefault(commune.name(), 0);
            for (int v = 0; v < VILLAGES_PER_COMMUNE; v++) {
                String village = VILLAGES.get((c * VILLAGES_PER_COMMUNE + v) % VILLAGES.size());
                // every cluster worked at the spring check; the recent checks found some down
                RadioPoint point = radio.save(system, null, new RadioPointRequest(commune.id(), RadioKind.CLUSTER, village,
                        RadioStatus.WORKING, today.minusDays(90), null, null));
                if (v < broken) {
                    radio.recordRepair(system, point.id(), new RepairRequest(today.minusDays(12 + v), "Kiểm tra định kỳ: loa không phát, "
                            + "hỏng bộ thu không dây, đã báo Trung tâm Văn hóa – Thể thao và Truyền thông huyện", RadioStatus.BROKEN, point.version()));
                } else if (v == VILLAGES_PER_COMMUNE - 1 && c % 3 == 0) {
                    radio.recordRepair(system, point.id(), new RepairRequest(today.minusDays(40), "Thay dây dẫn, cân chỉnh lại loa sau mưa bão",
                            RadioStatus.WORKING, point.version()));
                }
            }
        }
    }

    private void opinions(Actor system, List<Unit> communes, LocalDate today) {
        report(system, communes, "Xã Bản Bo", new OpinionRequest(null, today.minusDays(6), "Tranh chấp ranh giới đất sản xuất giữa hai bản",
                "Một số hộ bản Nà Bỏ và bản Hon tranh chấp ranh giới nương, đã xảy ra xô xát; người dân mong chính quyền sớm đo đạc, phân định.",
                Mood.TENSE, null, "Tổ chức đối thoại, phối hợp đo đạc, phân định ranh giới", "Đ/c Trưởng Ban Dân vận Huyện ủy",
                "Cộng tác viên DLXH xã Bản Bo", null));
        OpinionReport rumour = report(system, communes, "Xã Thèn Sin", new OpinionRequest(null, today.minusDays(45),
                "Thông tin sai lệch về thu hồi đất làm đường", "Trên mạng xã hội lan truyền tin thu hồi đất không bồi thường, "
                + "một số hộ hoang mang.", Mood.TENSE, null, "Thông tin chính thức qua loa truyền thanh, họp bản",
                "Đ/c Phó Trưởng Ban Tuyên giáo Huyện ủy", "Cộng tác viên DLXH xã Thèn Sin", null));
        reports.close(system, rumour.id(), new CloseRequest("Đã họp dân tại các bản, thông tin phương án bồi thường; dư luận ổn định.",
                today.minusDays(30), rumour.version()));
        report(system, communes, "Xã Bình Lư", new OpinionRequest(null, today.minusDays(20), "Giá vật tư nông nghiệp tăng",
                "Người dân phản ánh giá phân bón, giống tăng cao trong vụ chè.", Mood.NEGATIVE, null, "Đề nghị UBND huyện thông tin hỗ trợ",
                null, "Báo cáo viên xã Bình Lư", null));
        report(system, communes, "Thị trấn Tam Đường", new OpinionRequest(null, today.minusDays(15), "Chủ trương sáp nhập bản, tổ dân phố",
                "Đa số cán bộ, nhân dân đồng tình, mong sớm kiện toàn bộ máy.", Mood.POSITIVE, null, null, null,
                "Tuyên truyền viên thị trấn", null));
        report(system, communes, "Xã Giang Ma", new OpinionRequest(null, today.minusDays(70), "Chính sách hỗ trợ nhà ở cho hộ nghèo",
                "Nhiều ý kiến đồng tình, một số hộ chưa rõ tiêu chí được hỗ trợ.", Mood.MIXED, null, "Phổ biến tiêu chí qua loa truyền thanh",
                null, "Cộng tác viên DLXH xã Giang Ma", null));
    }

    /** A post removed after the district reported it, and one found yesterday, not handled yet. */
    private void incidents(Actor system, Unit district, LocalDate today) {
        incidents.save(system, null, new IncidentRequest(district.id(), today.minusDays(25), Platform.FACEBOOK,
                "https://www.facebook.com/groups/tamduong/posts/1", "Xuyên tạc chính sách bồi thường giải phóng mặt bằng", 3500,
                IncidentAction.REMOVED, "Tổ công tác 35 huyện Tam Đường", today.minusDays(22), null));
        incidents.save(system, null, new IncidentRequest(district.id(), today.minusDays(1), Platform.TIKTOK,
                "https://www.tiktok.com/@tintuc/video/2", "Tin giả về sạt lở đất vùng chè", 800, IncidentAction.PENDING, null, null, null));
    }

    /**
     * Five reporters at the district, a propagandist and a collaborator in each of the first communes; one reporter
     * stopped last year. The district briefed them every month this year but {@link #MISSED_MONTH}.
     */
    private void network(Actor system, Unit district, List<Unit> communes, LocalDate today) {
        LocalDate joined = today.withDayOfYear(1).minusYears(3);
        List<RosterMember> reporters = new ArrayList<>();
        for (int i = 0; i < DISTRICT_REPORTERS; i++) {
            reporters.add(roster.save(system, null, new RosterMemberRequest(district.id(), PEOPLE.get(i), RosterRole.REPORTER,
                    RosterLevel.DISTRICT, joined.plusMonths(i), "Bồi dưỡng báo cáo viên cấp huyện năm " + joined.getYear(), true, null)));
        }
        roster.save(system, null, new RosterMemberRequest(district.id(), PEOPLE.get(DISTRICT_REPORTERS), RosterRole.REPORTER,
                RosterLevel.DISTRICT, joined, null, false, null));
        int people = DISTRICT_REPORTERS + 1;
        for (Unit commune : communes.subList(0, Math.min(3, communes.size()))) {
            roster.save(system, null, new RosterMemberRequest(commune.id(), PEOPLE.get(people++ % PEOPLE.size()), RosterRole.PROPAGANDIST,
                    RosterLevel.GRASSROOTS, joined.plusYears(1), null, true, null));
            roster.save(system, null, new RosterMemberRequest(commune.id(), PEOPLE.get(people++ % PEOPLE.size()), RosterRole.COLLABORATOR,
                    RosterLevel.GRASSROOTS, joined.plusYears(2), "Tập huấn nắm bắt, tổng hợp dư luận xã hội", true, null));
        }
        List<Long> attendees = reporters.stream().map(RosterMember::id).toList();
        for (int month = 1; month <= today.getMonthValue(); month++) {
            LocalDate heldOn = LocalDate.of(today.getYear(), month, 10);
            if (month != MISSED_MONTH && !heldOn.isAfter(today)) {
                briefings.save(system, null, new BriefingRequest(district.id(), heldOn, "Thông tin thời sự tháng " + month
                        + "; tình hình dư luận xã hội trên địa bàn; định hướng tuyên truyền tháng " + (month % 12 + 1),
                        month % 4 == 0 ? attendees.subList(1, attendees.size()) : attendees, null));
            }
        }
    }

    private OpinionReport report(Actor system, List<Unit> communes, String commune, OpinionRequest request) {
        long unitId = communes.stream().filter(unit -> unit.name().equals(commune)).findFirst().orElseThrow().id();
        return reports.save(system, null, new OpinionRequest(unitId, request.reportDate(), request.topic(), request.summary(), request.mood(),
                request.hotSpot(), request.recommendation(), request.followUpOwner(), request.reporter(), null));
    }

    /**
     * Moves the plan's radio targets to the module's indicators and writes their figures for the targets' years and this
     * one; the typed-in indicators the core's demo made for them stop being followed.
     */
    private void planTargets(Actor system, LocalDate today) {
        List<Indicator> catalogueNow = catalogue.list(system);
        for (Map.Entry<String, String> goal : PLAN_GOALS.entrySet()) {
            Indicator computed = catalogueNow.stream().filter(indicator -> indicator.code().equals(goal.getValue())).findFirst().orElseThrow();
            Set<Integer> years = new TreeSet<>(Set.of(today.getYear()));
            for (Indicator typed : catalogueNow) {
                if (typed.source() == Source.MODULE || !typed.name().contains(goal.getKey())) {
                    continue;
                }
                for (Target target : targets.targets(system, typed.id())) {
                    if (target.planTargetId() != null) {
                        years.add(targets.attachPlanTarget(system, target.planTargetId(), computed.id()).year());
                    }
                }
                catalogue.update(system, typed.id(), new IndicatorRequest(typed.code(), typed.name(), typed.valueType(), typed.aggregation(),
                        typed.numeratorLabel(), typed.denominatorLabel(), typed.periodKinds(), typed.unitKinds(), typed.source(),
                        typed.moduleId(), false, typed.version()));
            }
            years.forEach(year -> figures.refresh(system, computed.id(), Period.year(year)));
        }
        Indicator hotSpots = catalogueNow.stream().filter(indicator -> indicator.code().equals(IdeologyIndicators.OPEN_HOT_SPOTS)).findFirst().orElseThrow();
        Indicator received = catalogueNow.stream().filter(indicator -> indicator.code().equals(IdeologyIndicators.OPINION_REPORTS)).findFirst().orElseThrow();
        Indicator briefingMonths = catalogueNow.stream().filter(indicator -> indicator.code().equals(IdeologyIndicators.BRIEFING_MONTHS))
                .findFirst().orElseThrow();
        Period quarter = Period.of(PeriodKind.QUARTER, today);
        figures.refresh(system, hotSpots.id(), quarter);
        figures.refresh(system, briefingMonths.id(), Period.year(today.getYear()));
        for (int back = 0; back < 4; back++) {
            figures.refresh(system, received.id(), Period.of(PeriodKind.QUARTER, today.minusMonths(3L * back)));
        }
    }
}
