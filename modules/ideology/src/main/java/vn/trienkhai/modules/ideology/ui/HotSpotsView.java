package vn.trienkhai.modules.ideology.ui;

import io.micronaut.context.annotation.Prototype;
import vn.trienkhai.core.unit.UnitService;
import vn.trienkhai.modules.ideology.IdeologyAccess;
import vn.trienkhai.modules.ideology.OpinionReports;

import java.time.Clock;

/** "Điểm nóng": the opinion reports' screen opened on the open hot spots, where the dashboard card leads. */
@Prototype
public class HotSpotsView extends OpinionReportsView {

    HotSpotsView(OpinionReports reports, UnitService units, IdeologyAccess access, Clock clock) {
        super(reports, units, access, clock, true);
    }
}
