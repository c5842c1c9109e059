package vn.trienkhai.core.document.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the outline entries of content and implementation parts into tasks.
 *
 * <ul>
 *   <li>Each bullet, "(n)" item, plain paragraph and leaf numbered line is a task, except a line that
 *       ends with ":" (it introduces the list after it).</li>
 *   <li>A line labelled with an attribute ("Tài liệu: …", "Thời gian: …") adds to the task before it
 *       in the same section rather than being a task.</li>
 *   <li>A numbered item that owns lines (every numbered item of "TỔ CHỨC THỰC HIỆN", and items headed by
 *       a unit) is one task, its lines appended, except that a line naming its own lead unit opens a
 *       new task in the same section (the "Ban Tổ chức Đảng ủy Khối tham mưu …" paragraphs of seed 001).</li>
 * </ul>
 * Lead and coordinating units come from {@link UnitPhrases}, deadlines from {@link DeadlineReader},
 * recurrence from {@link RecurrenceReader}, all read over the whole text of the task.
 */
final class TaskExtractor {

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\p{L} ]{2,30}):");
    private static final int MAX_ATTRIBUTE_WORDS = 4;

    private TaskExtractor() {
    }

    static List<ParsedTask> extract(List<OutlineEntry> entries) {
        List<TaskBuilder> tasks = new ArrayList<>();
        for (OutlineEntry entry : entries) {
            if (entry.role() != OutlineEntry.Role.CONTENT && entry.role() != OutlineEntry.Role.IMPLEMENTATION) {
                continue;
            }
            if (entry.unit() != null || !entry.body().isEmpty()) {
                addItem(entry, tasks);
            } else {
                addLine(entry, tasks);
            }
        }
        return tasks.stream().map(TaskBuilder::build).toList();
    }

    private static void addLine(OutlineEntry entry, List<TaskBuilder> tasks) {
        String text = entry.text();
        if (text.endsWith(":")) {
            return;
        }
        if (isAttribute(text)) {
            if (!tasks.isEmpty() && Objects.equals(tasks.getLast().section, entry.section())) {
                tasks.getLast().append(text);
            }
            return;
        }
        tasks.add(TaskBuilder.of(entry.section(), text));
    }

    private static void addItem(OutlineEntry entry, List<TaskBuilder> tasks) {
        TaskBuilder current = entry.unit() != null
                ? new TaskBuilder(entry.section(), entry.unit(), UnitPhrases.coordinating(entry.text()), entry.text())
                : TaskBuilder.of(entry.section(), entry.text());
        for (String line : entry.body()) {
            Optional<UnitPhrases.Assignment> own = UnitPhrases.assignment(line);
            if (own.isPresent() && current.hasText()) {
                tasks.add(current);
                current = new TaskBuilder(entry.section(), own.get().lead(), own.get().coordinating(), line);
            } else {
                current.append(line);
            }
        }
        tasks.add(current);
    }

    private static boolean isAttribute(String text) {
        Matcher label = ParseWork.matcher(ATTRIBUTE, text);
        return label.lookingAt() && ParsingText.wordCount(label.group(1)) <= MAX_ATTRIBUTE_WORDS
                && !UnitPhrases.startsWithUnit(label.group(1));
    }

    /** A task being assembled from an item and the lines under it. */
    private static final class TaskBuilder {
        private final String section;
        private final String lead;
        private final List<String> coordinating;
        private final StringBuilder text;

        TaskBuilder(String section, String lead, List<String> coordinating, String text) {
            this.section = section;
            this.lead = lead;
            this.coordinating = coordinating;
            this.text = new StringBuilder(text);
        }

        static TaskBuilder of(String section, String text) {
            Optional<UnitPhrases.Assignment> assignment = UnitPhrases.assignment(text);
            return new TaskBuilder(section, assignment.map(UnitPhrases.Assignment::lead).orElse(null),
                    assignment.map(UnitPhrases.Assignment::coordinating).orElse(List.of()), text);
        }

        boolean hasText() {
            return !text.isEmpty();
        }

        void append(String line) {
            if (hasText()) {
                text.append(' ');
            }
            text.append(line);
        }

        ParsedTask build() {
            String content = text.toString();
            ParseWork.charge(content.length());
            return new ParsedTask(content, section, lead, coordinating, DeadlineReader.read(content),
                    RecurrenceReader.read(content));
        }
    }
}
