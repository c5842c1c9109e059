package vn.trienkhai.core.demo;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentImport;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;
import vn.trienkhai.core.document.parsing.CitedDocument;
import vn.trienkhai.core.document.parsing.DeadlineType;
import vn.trienkhai.core.document.parsing.DocumentKind;
import vn.trienkhai.core.document.parsing.ImportDraft;
import vn.trienkhai.core.document.parsing.ParsedDeadline;
import vn.trienkhai.core.document.parsing.ParsedTask;
import vn.trienkhai.core.organisation.Organisation;
import vn.trienkhai.core.unit.Unit;
import vn.trienkhai.core.unit.UnitPath;
import vn.trienkhai.core.unit.UnitService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The five seed plans, imported into the demo organisations that issued or would receive them, so that their
 * cascades, tasks and targets are there on the first start: 102-KH/HU of Huyện ủy Tam Đường (Lai Châu), the
 * Hương Trà plan for 168-KH/TU and Chỉ thị 44-CT/TW, and the bloc committee's plans. One commune, Bản Bo, has
 * already issued its plan for 102-KH/HU with tasks of its own, so the cascade page shows who has and who has not.
 */
@Singleton
class DemoDocuments {

    private final DocumentImport importer;
    private final UnitService units;

    DemoDocuments(DocumentImport importer, UnitService units) {
        this.importer = importer;
        this.units = units;
    }

    /** Imports the seeds; returns Tam Đường's plan 102-KH/HU, whose follow-up the demo shows under way. */
    Document create(List<Organisation> demo) {
        Organisation laiChau = demo.get(0);
        Organisation bloc = demo.get(1);
        Organisation huongTra = demo.get(2);
        Document tamDuong = importSeed(laiChau, "002_8116868c8bd2955c.txt", "HU-TD");
        importSeed(huongTra, "000_907cd9c85062945f.txt", "ThU");
        importSeed(bloc, "001_3f880769418587ef.txt", "ĐUK");
        importSeed(bloc, "003_486b93dd491ad7c7.txt", "BTGĐUK");
        importSeed(bloc, "004_58641b753ab0ee2c.txt", null);
        Actor system = system(laiChau);
        importer.save(system, new SaveImportRequest(banBoPlan(tamDuong), null, unit(system, "XA-BANBO").id(), Map.of()));
        return tamDuong;
    }

    /**
     * Bản Bo's plan for 102-KH/HU, entered as an import would leave it: its tasks are the commune's own, due in 2022,
     * so that the commune's follow-up has work of its own besides the plan it owed the district.
     */
    private static ImportDraft banBoPlan(Document tamDuong) {
        List<ParsedTask> tasks = List.of(
                task("1", "Tổ chức hội nghị quán triệt Kế hoạch số 102-KH/HU đến cán bộ, đảng viên", LocalDate.of(2022, 4, 15)),
                task("2", "Xây dựng đề cương tuyên truyền về công tác tư tưởng cho các chi bộ bản", LocalDate.of(2022, 4, 30)),
                task("3", "Tổ chức tuyên truyền trên hệ thống loa truyền thanh của xã", LocalDate.of(2022, 6, 30)),
                task("4", "Nắm bắt tình hình tư tưởng của cán bộ, đảng viên và nhân dân, báo cáo Huyện ủy", LocalDate.of(2022, 7, 31)),
                task("5", "Kiểm tra việc thực hiện kế hoạch tại các chi bộ bản", LocalDate.of(2022, 9, 30)),
                task("6", "Tổ chức sinh hoạt chuyên đề về công tác tư tưởng tại các chi bộ", LocalDate.of(2022, 10, 31)),
                task("7", "Sơ kết việc thực hiện kế hoạch, báo cáo Ban Tuyên giáo Huyện ủy", LocalDate.of(2022, 11, 30)),
                task("8", "Tổng kết, đánh giá kết quả thực hiện kế hoạch năm 2022", LocalDate.of(2022, 12, 15)));
        return new ImportDraft("12-KH/ĐU", 12, DocumentKind.KH, "ĐU", LocalDate.of(2022, 3, 15), "Bản Bo",
                "Kế hoạch thực hiện Kế hoạch số 102-KH/HU của Huyện ủy Tam Đường về công tác tư tưởng",
                List.of(new CitedDocument(tamDuong.symbol(), DocumentKind.KH, tamDuong.issuedOn(), "Huyện ủy Tam Đường")),
                List.of(), List.of(), List.of(), List.of(), tasks, List.of(), null);
    }

    private static ParsedTask task(String section, String text, LocalDate due) {
        return new ParsedTask(text, section, null, List.of(), new ParsedDeadline(DeadlineType.DATE, due), null);
    }

    private Document importSeed(Organisation organisation, String file, String issuerCode) {
        Actor system = system(organisation);
        String text = read(file);
        Long issuer = issuerCode == null ? null : unit(system, issuerCode).id();
        return importer.save(system, new SaveImportRequest(importer.preview(system, text), text, issuer, Map.of()));
    }

    private Unit unit(Actor actor, String code) {
        return units.tree(actor, false).stream().filter(unit -> unit.code().equals(code)).findFirst().orElseThrow();
    }

    private static Actor system(Organisation organisation) {
        return Actor.system(organisation.id(), organisation.rootUnitId(), UnitPath.root(organisation.rootUnitId()));
    }

    private static String read(String file) {
        try (InputStream in = DemoDocuments.class.getResourceAsStream("/demo/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
