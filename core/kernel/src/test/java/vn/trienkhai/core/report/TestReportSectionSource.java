package vn.trienkhai.core.report;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.indicator.Period;
import vn.trienkhai.core.report.ReportSection.Paragraph;
import vn.trienkhai.core.testing.TestModule;

import java.util.List;

/** The test module's section of the consolidated report: present only where the module is enabled. */
@Singleton
@Requires(property = "trienkhai.test.module", value = "on")
public class TestReportSectionSource implements ReportSectionSource {

    static final String HEADING = "CÔNG TÁC CỦA PHÂN HỆ THỬ";

    @Override
    public String moduleId() {
        return TestModule.ID;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public List<ReportSection> sections(Actor actor, long unitId, Period period) {
        return List.of(ReportSection.of(HEADING, new Paragraph("Trong " + period.label() + ", phân hệ thử ghi nhận 3 hoạt động.")));
    }
}
