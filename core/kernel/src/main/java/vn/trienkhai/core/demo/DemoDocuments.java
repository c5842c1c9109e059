package vn.trienkhai.core.demo;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.document.DocumentImport;
import vn.trienkhai.core.document.DocumentModel.Document;
import vn.trienkhai.core.document.DocumentModel.Status;
import vn.trienkhai.core.document.DocumentRegistry;
import vn.trienkhai.core.document.DocumentRequests.RegisterDocumentRequest;
import vn.trienkhai.core.document.DocumentRequests.SaveImportRequest;
import vn.trienkhai.core.document.parsing.DocumentKind;
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
 * Hương Trà plan for 168-KH/TU and Chỉ thị 44-CT/TW, and the bloc committee's plans. One commune has already
 * issued its plan for 102-KH/HU, so the cascade page shows who has and who has not.
 */
@Singleton
class DemoDocuments {

    private final DocumentImport importer;
    private final DocumentRegistry registry;
    private final UnitService units;

    DemoDocuments(DocumentImport importer, DocumentRegistry registry, UnitService units) {
        this.importer = importer;
        this.registry = registry;
        this.units = units;
    }

    void create(List<Organisation> demo) {
        Organisation laiChau = demo.get(0);
        Organisation bloc = demo.get(1);
        Organisation huongTra = demo.get(2);
        Document tamDuong = importSeed(laiChau, "002_8116868c8bd2955c.txt", "HU-TD");
        importSeed(huongTra, "000_907cd9c85062945f.txt", "ThU");
        importSeed(bloc, "001_3f880769418587ef.txt", "ĐUK");
        importSeed(bloc, "003_486b93dd491ad7c7.txt", "BTGĐUK");
        importSeed(bloc, "004_58641b753ab0ee2c.txt", null);
        Actor system = system(laiChau);
        registry.register(system, new RegisterDocumentRequest("Số 12-KH/ĐU", DocumentKind.KH, LocalDate.of(2022, 3, 15), "Bản Bo",
                "Kế hoạch thực hiện Kế hoạch số 102-KH/HU của Huyện ủy Tam Đường về công tác tư tưởng",
                unit(system, "XA-BANBO").id(), null, Status.ISSUED, tamDuong.id()));
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
