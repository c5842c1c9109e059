package vn.trienkhai.modules.theory;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.demo.DemoDataContributor;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.indicator.IndicatorCatalogue;
import vn.trienkhai.core.indicator.IndicatorModel.Indicator;
import vn.trienkhai.core.indicator.IndicatorModel.PlanTarget;
import vn.trienkhai.core.indicator.IndicatorRequests.IndicatorRequest;
import vn.trienkhai.core.indicator.IndicatorTargets;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitKind;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitRequests.CreateUnitRequest;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.theory.TheoryModel.Attendance;
import vn.trienkhai.modules.theory.TheoryModel.BookRequest;
import vn.trienkhai.modules.theory.TheoryModel.ClassRequest;
import vn.trienkhai.modules.theory.TheoryModel.CourseLevel;
import vn.trienkhai.modules.theory.TheoryModel.FollowPlanRequest;
import vn.trienkhai.modules.theory.TheoryModel.Learners;
import vn.trienkhai.modules.theory.TheoryModel.SessionFormat;
import vn.trienkhai.modules.theory.TheoryModel.SessionRequest;
import vn.trienkhai.modules.theory.TheoryModel.TopicRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The module's demo, from the seeds. Tam Đường (seed 002): sessions on 102-KH/HU at the district and every commune in
 * 2025 and at seven communes this year, a knowledge-update class and an elementary class at the political centre, the
 * year's topic with the plans of the district and six communes; the plan's targets "98% cán bộ, đảng viên được học
 * tập, quán triệt" and "100% cán bộ lãnh đạo, quản lý được bồi dưỡng, cập nhật kiến thức" move to the module's
 * indicators. Hương Trà (seed 000): its wards, which Chỉ thị 44-CT/TW's page shows as having studied it or not, and the
 * political-theory books they received. The bloc (seed 004): sessions on its plan for Chỉ thị 23-CT/TW.
 */
@Singleton
final class TheoryDemoData implements DemoDataContributor {

    private static final String TOPIC = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng trong sạch, "
            + "vững mạnh, phát huy sức mạnh đại đoàn kết toàn dân tộc";
    private static final int TARGET_YEAR = 2025;
    private static final int COMMUNES_STUDIED_THIS_YEAR = 7;
    private static final int PLANS_THIS_YEAR = 6;
    /** Hương Trà's wards and communes: the first three held a session on Chỉ thị 44-CT/TW, the others have not. */
    private static final List<String> HUONG_TRA_WARDS = List.of("Phường Tứ Hạ", "Phường Hương Văn", "Phường Hương Xuân", "Phường Hương Vân",
            "Phường Hương Chữ", "Xã Hương Toàn");
    /** The plan targets' words, and the module's indicator each moves to. */
    private static final Map<String, String> PLAN_GOALS = Map.of("học tập, quán triệt", TheoryIndicators.MEMBERS_STUDIED,
            "cập nhật kiến thức", TheoryIndicators.LEADING_CADRES_UPDATED);

    private final UnitService units;
    private final StudyDocuments documents;
    private final StudySessions sessions;
    private final PoliticalClasses classes;
    private final FollowPlans plans;
    private final TheoryBooks books;
    private final IndicatorCatalogue catalogue;
    private final IndicatorTargets targets;
    private final Clock clock;

    TheoryDemoData(UnitService units, StudyDocuments documents, StudySessions sessions, PoliticalClasses classes, FollowPlans plans,
                   TheoryBooks books, IndicatorCatalogue catalogue, IndicatorTargets targets, Clock clock) {
        this.units = units;
        this.documents = documents;
        this.sessions = sessions;
        this.classes = classes;
        this.plans = plans;
        this.books = books;
        this.catalogue = catalogue;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return TheoryModule.ID;
    }

    @Override
    public void seed(List<Organisation> demoOrganisations) {
        for (Organisation organisation : demoOrganisations) {
            Actor system = Actor.system(organisation.id(), organisation.rootUnitId(), UnitPath.root(organisation.rootUnitId()));
            switch (organisation.code()) {
                case "laichau" -> tamDuong(system);
                case "huongtra" -> huongTra(system, organisation);
                case "khoicqt" -> bloc(system);
                default -> { }
            }
        }
    }

    private void tamDuong(Actor system) {
        Optional<Unit> district = unit(system, "HU-TD");
        Optional<Document> plan = document(system, "102-KH/HU");
        if (district.isEmpty() || plan.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<Unit> communes = units.tree(system, false).stream()
                .filter(unit -> unit.kind() == UnitKind.COMMUNE && district.get().id() == unit.parentId()).toList();
        for (int year : List.of(TARGET_YEAR, today.getYear())) {
            boolean thisYear = year == today.getYear();
            LocalDate first = LocalDate.of(year, 3, 10);
            session(system, district.get(), plan.get(), first, new Attendance(42, 42), new Attendance(310, 306));
            List<Unit> studied = thisYear ? communes.subList(0, Math.min(COMMUNES_STUDIED_THIS_YEAR, communes.size())) : communes;
            for (int c = 0; c < studied.size(); c++) {
                int members = 120 + 15 * c;
                session(system, studied.get(c), plan.get(), first.plusDays(7 + c), new Attendance(9, 9),
                        new Attendance(members, members - (thisYear ? 2 + c % 4 : c % 3)));
            }
            plans.saveTopic(system, null, new TopicRequest(year, TOPIC, null));
            List<Unit> planned = new ArrayList<>(List.of(district.get()));
            planned.addAll(thisYear ? communes.subList(0, Math.min(PLANS_THIS_YEAR, communes.size())) : communes);
            for (Unit body : planned) {
                plans.save(system, null, new FollowPlanRequest(body.id(), year, first.plusDays(30), "Nêu gương cán bộ, đảng viên; cải cách "
                        + "hành chính, gần dân, trọng dân; mỗi chi bộ đăng ký một việc làm cụ thể theo chuyên đề", 20 + body.name().length(), null));
            }
            Unit centre = unit(system, "TTCT").orElse(district.get());
            List<Learners> leaders = new ArrayList<>(List.of(new Learners(district.get().id(), null, 30, 30)));
            for (int c = 0; c < communes.size(); c++) {
                leaders.add(new Learners(communes.get(c).id(), null, 8, c % 4 == 0 ? 7 : 8));
            }
            classes.save(system, null, new ClassRequest(centre.id(), CourseLevel.KNOWLEDGE_UPDATE,
                    "Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý năm " + year, LocalDate.of(year, 5, 6),
                    LocalDate.of(year, 5, 10), leaders, null));
        }
        classes.save(system, null, new ClassRequest(unit(system, "TTCT").orElse(district.get()).id(), CourseLevel.ELEMENTARY,
                "Lớp sơ cấp lý luận chính trị khóa I năm " + TARGET_YEAR, LocalDate.of(TARGET_YEAR, 6, 2), LocalDate.of(TARGET_YEAR, 8, 29),
                communes.subList(0, Math.min(4, communes.size())).stream().map(commune -> new Learners(commune.id(), null, 12, 11)).toList(),
                null));
        movePlanTargets(system, plan.get());
    }

    /** Chỉ thị 44-CT/TW at Hương Trà: the town committee and two wards studied it, a third studied the town's plan for it. */
    private void huongTra(Actor system, Organisation town) {
        Optional<Document> directive = document(system, "44-CT/TW");
        if (directive.isEmpty()) {
            return;
        }
        LocalDate since = LocalDate.of(2020, 10, 1);
        List<Unit> wards = new ArrayList<>();
        for (int w = 0; w < HUONG_TRA_WARDS.size(); w++) {
            wards.add(units.create(system, new CreateUnitRequest(town.rootUnitId(), UnitKind.COMMUNE, "HT-P" + (w + 1), HUONG_TRA_WARDS.get(w),
                    since)));
        }
        Unit committee = units.get(system, town.rootUnitId());
        session(system, committee, directive.get(), LocalDate.of(2020, 10, 20), new Attendance(38, 38), new Attendance(460, 452));
        session(system, wards.get(0), directive.get(), LocalDate.of(2020, 11, 5), new Attendance(9, 9), new Attendance(215, 210));
        session(system, wards.get(1), directive.get(), LocalDate.of(2020, 11, 12), new Attendance(9, 8), new Attendance(190, 176));
        List<Long> implementing = documents.withImplementing(system, directive.get().id());
        Document townPlan = implementing.size() > 1 ? documents.find(system, implementing.getLast()).orElseThrow() : directive.get();
        session(system, wards.get(2), townPlan, LocalDate.of(2020, 11, 20), new Attendance(9, 9), new Attendance(170, 161));
        List<String> titles = List.of("Giáo trình Chủ nghĩa xã hội khoa học", "Hồ Chí Minh toàn tập (tuyển chọn)",
                "Một số vấn đề lý luận và thực tiễn về chủ nghĩa xã hội và con đường đi lên chủ nghĩa xã hội ở Việt Nam");
        for (int t = 0; t < titles.size(); t++) {
            books.save(system, null, new BookRequest(committee.id(), 2021, titles.get(t), 40 - 10 * t, 36 - 10 * t, 2, null));
            books.save(system, null, new BookRequest(wards.get(t).id(), 2021, titles.get(t), 10, 10 - t, 1, null));
        }
    }

    /** The bloc's plan 55-KH/ĐU for Chỉ thị 23-CT/TW, studied by two of its party organisations. */
    private void bloc(Actor system) {
        Optional<Document> plan = document(system, "55-KH/ĐU");
        if (plan.isEmpty()) {
            return;
        }
        unit(system, "ĐB-SGDĐT").ifPresent(education -> session(system, education, plan.get(), LocalDate.of(2018, 8, 14),
                new Attendance(12, 12), new Attendance(86, 84)));
        unit(system, "ĐB-SYT").ifPresent(health -> session(system, health, plan.get(), LocalDate.of(2018, 8, 21),
                new Attendance(15, 14), new Attendance(132, 127)));
    }

    private void session(Actor system, Unit unit, Document document, LocalDate heldOn, Attendance leading, Attendance members) {
        sessions.save(system, null, new SessionRequest(unit.id(), document.id(), heldOn, SessionFormat.IN_PERSON, leading, members, null, null,
                null, null));
    }

    /** The plan's targets these records measure now follow the module's indicators; the typed-in ones stop being followed. */
    private void movePlanTargets(Actor system, Document plan) {
        List<Indicator> catalogueNow = catalogue.list(system);
        for (PlanTarget target : targets.planTargets(system, plan.id())) {
            PLAN_GOALS.entrySet().stream().filter(goal -> target.text().contains(goal.getKey())).findFirst().ifPresent(goal -> {
                Indicator computed = catalogueNow.stream().filter(indicator -> indicator.code().equals(goal.getValue())).findFirst().orElseThrow();
                Long typedId = target.indicatorId();
                targets.attachPlanTarget(system, target.id(), computed.id());
                catalogueNow.stream().filter(indicator -> typedId != null && indicator.id() == typedId).findFirst()
                        .ifPresent(typed -> catalogue.update(system, typed.id(), new IndicatorRequest(typed.code(), typed.name(),
                                typed.valueType(), typed.aggregation(), typed.numeratorLabel(), typed.denominatorLabel(), typed.periodKinds(),
                                typed.unitKinds(), typed.source(), typed.moduleId(), false, typed.version())));
            });
        }
    }

    private Optional<Unit> unit(Actor system, String code) {
        return units.tree(system, false).stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    private Optional<Document> document(Actor system, String symbol) {
        return documents.choices(system).stream().filter(document -> symbol.equals(document.symbol())).findFirst();
    }
}
