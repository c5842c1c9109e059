package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/** Parses each seed plan and compares every field of the draft with its hand-written golden file. */
class PlanTextParserGoldenTest {

    private final PlanTextParser parser = new PlanTextParser();

    @TestFactory
    Stream<DynamicTest> everySeedMatchesItsGoldenFile() {
        return SeedFiles.all().stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(), () -> check(seed)));
    }

    private void check(Path seed) {
        String name = seed.getFileName().toString();
        ImportDraft draft = parser.parse(SeedFiles.read(seed));
        ExpectedDraft expected = ExpectedDraft.load(name);
        List<Executable> checks = new ArrayList<>();
        scalar(checks, name, expected, "symbol", draft.symbol());
        scalar(checks, name, expected, "number", draft.number());
        scalar(checks, name, expected, "kind", draft.kind());
        scalar(checks, name, expected, "issuerCode", draft.issuerCode());
        scalar(checks, name, expected, "issuedOn", draft.issuedOn());
        scalar(checks, name, expected, "place", draft.place());
        scalar(checks, name, expected, "title", draft.title());
        list(checks, name, expected, "implements", draft.implementsDocs().stream().map(PlanTextParserGoldenTest::cited).toList());
        list(checks, name, expected, "basedOn", draft.basedOn().stream().map(PlanTextParserGoldenTest::cited).toList());
        list(checks, name, expected, "mentioned", draft.mentioned().stream().map(PlanTextParserGoldenTest::cited).toList());
        list(checks, name, expected, "section", draft.sections().stream().map(s -> s.code() + " | " + s.heading()).toList());
        list(checks, name, expected, "target", draft.targets().stream().map(PlanTextParserGoldenTest::target).toList());
        tasks(checks, name, expected.tasks(), draft.tasks());
        list(checks, name, expected, "recipient", draft.recipients().stream().map(r -> r.purpose() + " | " + r.name()).toList());
        scalar(checks, name, expected, "signer", draft.signer() == null ? null : draft.signer().capacity() + " | " + draft.signer().name());
        assertAll(name, checks);
    }

    private static void scalar(List<Executable> checks, String seed, ExpectedDraft expected, String key, Object actual) {
        String want = expected.scalar(key);
        checks.add(() -> assertEquals(want, show(actual), seed + " " + key));
    }

    private static void list(List<Executable> checks, String seed, ExpectedDraft expected, String key, List<String> actual) {
        List<String> want = expected.list(key);
        checks.add(() -> assertEquals(want.size(), actual.size(), seed + " number of " + key + " entries; actual: " + actual));
        for (int i = 0; i < Math.min(want.size(), actual.size()); i++) {
            int index = i;
            checks.add(() -> assertEquals(want.get(index), actual.get(index), seed + " " + key + " #" + (index + 1)));
        }
    }

    private static void tasks(List<Executable> checks, String seed, List<Map<String, String>> want, List<ParsedTask> actual) {
        checks.add(() -> assertEquals(want.size(), actual.size(), seed + " number of tasks; actual sections: "
                + actual.stream().map(ParsedTask::section).toList()));
        for (int i = 0; i < Math.min(want.size(), actual.size()); i++) {
            Map<String, String> task = want.get(i);
            ParsedTask parsed = actual.get(i);
            String where = seed + " task #" + (i + 1) + " (" + task.get("section") + ") ";
            checks.add(() -> assertEquals(task.get("section"), parsed.section(), where + "section"));
            checks.add(() -> assertEquals(task.get("lead"), show(parsed.leadUnit()), where + "lead"));
            checks.add(() -> assertEquals(task.get("coordinating"), show(String.join("; ", parsed.coordinatingUnits())),
                    where + "coordinating"));
            checks.add(() -> assertEquals(task.get("deadline"), deadline(parsed.deadline()), where + "deadline"));
            checks.add(() -> assertEquals(task.get("recurrence"), show(parsed.recurrence()), where + "recurrence"));
            checks.add(() -> assertTrue(parsed.text().startsWith(task.get("text")),
                    where + "text\n  expected to start with: " + task.get("text") + "\n  actual: " + parsed.text()));
        }
    }

    private static String cited(CitedDocument document) {
        return String.join(" | ", document.symbol(), document.kind().name(), show(document.issuedOn()), show(document.issuer()));
    }

    private static String target(ParsedTarget target) {
        return String.join(" | ", target.unit().name(), target.value().stripTrailingZeros().toPlainString(),
                show(target.year()), target.text());
    }

    private static String deadline(ParsedDeadline deadline) {
        return deadline.date() == null ? deadline.type().name() : deadline.type() + " " + deadline.date();
    }

    private static String show(Object value) {
        String text = Objects.toString(value, "");
        return text.isEmpty() ? ExpectedDraft.NONE : text;
    }
}
