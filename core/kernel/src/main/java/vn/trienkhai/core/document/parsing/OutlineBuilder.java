package vn.trienkhai.core.document.parsing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Builds the outline of the body: which lines are headings (listed as {@link Section}s) and under
 * which heading, and for what purpose, every other line sits.
 *
 * <p>A numbered line is a heading when lines follow it before the next numbered line of the same or
 * a higher level ("1. Mục đích" then a paragraph; "2. Nhiệm vụ" then "2.1. …"). It is instead an item
 * (a task, with the lines under it as its body) when it sits in "TỔ CHỨC THỰC HIỆN" or when it is
 * headed by a unit ("1. Đảng ủy Các cơ quan tỉnh: Tổ chức hội nghị …"). A numbered line with nothing
 * under it is a leaf item ("1. Tổ chức quán triệt …" in a list of five).
 *
 * <p>The role of a part comes from its heading: roman headings by the words they contain, numbered
 * headings by the words they start with ("Mục tiêu đến năm 2025"), else inherited from the parent;
 * see {@link #roleOf}. A short unnumbered line in capitals that names a role ("CHỈ TIÊU" above "- " lines) is a
 * caption: it gives its role to the lines after it within its part; see {@link #captionRole}. Each element is
 * looked at a bounded number of times, so the work is linear.
 */
final class OutlineBuilder {

    /** Headings and placed lines of a body. */
    record Outline(List<Section> sections, List<OutlineEntry> entries) {
    }

    /** An open heading; a caption has the level and code of the heading it sits under. */
    private record Heading(int level, String code, OutlineEntry.Role role, Integer year, boolean caption) {
    }

    private static final int MAX_CAPTION_WORDS = 12;

    private final List<BodyElement> elements;
    private final List<Section> sections = new ArrayList<>();
    private final List<OutlineEntry> entries = new ArrayList<>();
    /** Open headings, innermost first; the roman heading, when there is one, is at the bottom with level 0. */
    private final Deque<Heading> headings = new ArrayDeque<>();

    private OutlineBuilder(List<TextLine> lines) {
        this.elements = lines.stream().map(line -> HeadingRecognizer.classify(line.text())).toList();
    }

    static Outline build(List<TextLine> lines) {
        OutlineBuilder builder = new OutlineBuilder(lines);
        for (int i = 0; i < builder.elements.size(); i++) {
            i = builder.place(i);
        }
        return new Outline(List.copyOf(builder.sections), List.copyOf(builder.entries));
    }

    /** Places the element at {@code index} and returns the index of the last element it consumed. */
    private int place(int index) {
        BodyElement element = elements.get(index);
        switch (element.shape()) {
            case ROMAN -> {
                headings.clear();
                String title = element.text();
                open(new Heading(0, element.number(), roleOf(ParsingText.fold(title), false, OutlineEntry.Role.CONTENT),
                        year(title, null), false), title);
                return index;
            }
            case NUMBERED -> {
                return placeNumbered(index);
            }
            default -> {
                Optional<OutlineEntry.Role> captioned = captionRole(element);
                if (captioned.isPresent()) {
                    openCaption(element.text(), captioned.get());
                    return index;
                }
                Heading parent = headings.peek();
                entries.add(new OutlineEntry(code(parent), role(parent), element.shape(), element.text(), null, List.of(),
                        parent == null ? null : parent.year()));
                return index;
            }
        }
    }

    private int placeNumbered(int index) {
        BodyElement element = elements.get(index);
        while (!headings.isEmpty() && headings.peek().level() >= element.level()) {
            headings.pop();
        }
        Heading parent = headings.peek();
        Heading roman = headings.peekLast();
        boolean underRoman = roman != null && roman.level() == 0 && roman.code() != null;
        String code = underRoman ? roman.code() + "." + element.number() : element.number();
        OutlineEntry.Role role = roleOf(ParsingText.fold(element.text()), true, role(parent));
        Integer year = year(element.text(), parent == null ? null : parent.year());
        int bodyEnd = bodyEnd(index + 1);
        Optional<UnitPhrases.ItemLabel> label = UnitPhrases.itemLabel(element.text(), bodyEnd > index + 1);
        boolean taskRole = role == OutlineEntry.Role.CONTENT || role == OutlineEntry.Role.IMPLEMENTATION;
        if (role == OutlineEntry.Role.IMPLEMENTATION || taskRole && label.isPresent()) {
            List<String> body = elements.subList(index + 1, bodyEnd).stream().map(BodyElement::text).toList();
            entries.add(new OutlineEntry(code, role, BodyElement.Shape.NUMBERED,
                    label.map(UnitPhrases.ItemLabel::rest).orElse(element.text()),
                    label.map(UnitPhrases.ItemLabel::unit).orElse(null), body, year));
            return bodyEnd - 1;
        }
        if (bodyEnd > index + 1 || opensDeeper(bodyEnd, element.level())) {
            open(new Heading(element.level(), code, role, year, false), element.text());
        } else {
            entries.add(new OutlineEntry(code, role, BodyElement.Shape.NUMBERED, element.text(), null, List.of(), year));
        }
        return index;
    }

    private void open(Heading heading, String title) {
        headings.push(heading);
        sections.add(new Section(heading.code(), ParsingText.stripTrailing(title, ".:")));
    }

    /**
     * A caption gives its role to the lines after it, so it closes what the previous caption opened: that
     * caption and the headings placed under it. It has no number, so it is not listed as a section.
     */
    private void openCaption(String title, OutlineEntry.Role role) {
        ParseWork.charge(headings.size());
        while (headings.stream().anyMatch(Heading::caption)) {
            headings.pop();
        }
        Heading parent = headings.peek();
        headings.push(new Heading(parent == null ? 0 : parent.level(), code(parent), role,
                year(title, parent == null ? null : parent.year()), true));
    }

    /**
     * "CHỈ TIÊU", "NHIỆM VỤ CỤ THỂ", "TỔ CHỨC THỰC HIỆN:": a short unnumbered line in capitals that starts
     * with the words of a role. Capitals are required: in sentence case such a line is a task ("Nhiệm vụ
     * trọng tâm là …").
     */
    private static Optional<OutlineEntry.Role> captionRole(BodyElement element) {
        String text = ParsingText.stripTrailing(element.text(), ":");
        boolean caption = element.shape() == BodyElement.Shape.PLAIN && ParsingText.isAllCaps(text)
                && ParsingText.wordCount(text) <= MAX_CAPTION_WORDS && !text.endsWith(".") && !text.endsWith(";");
        return caption ? Optional.ofNullable(roleOf(ParsingText.fold(text), true, null)) : Optional.empty();
    }

    /** Index of the first element after {@code from} that is a heading or a numbered line. */
    private int bodyEnd(int from) {
        int end = from;
        while (end < elements.size() && elements.get(end).shape() != BodyElement.Shape.ROMAN
                && elements.get(end).shape() != BodyElement.Shape.NUMBERED) {
            end++;
        }
        ParseWork.charge(end - from);
        return end;
    }

    private boolean opensDeeper(int index, int level) {
        return index < elements.size() && elements.get(index).shape() == BodyElement.Shape.NUMBERED
                && elements.get(index).level() > level;
    }

    /**
     * "tổ chức thực hiện" makes an implementation part; "nhiệm vụ", "giải pháp", "nội dung" a content
     * part; "mục tiêu", "chỉ tiêu" a targets part; "mục đích", "yêu cầu" a purpose part. Numbered
     * headings must start with the words, so that "… đáp ứng yêu cầu …" does not turn a task heading
     * into a purpose heading.
     */
    private static OutlineEntry.Role roleOf(String folded, boolean mustStart, OutlineEntry.Role inherited) {
        if (mentions(folded, mustStart, "to chuc thuc hien")) {
            return OutlineEntry.Role.IMPLEMENTATION;
        }
        if (mentions(folded, mustStart, "nhiem vu", "giai phap", "noi dung")) {
            return OutlineEntry.Role.CONTENT;
        }
        if (mentions(folded, mustStart, "muc tieu", "chi tieu")) {
            return OutlineEntry.Role.TARGETS;
        }
        if (mentions(folded, mustStart, "muc dich", "yeu cau")) {
            return OutlineEntry.Role.PURPOSE;
        }
        return inherited;
    }

    private static boolean mentions(String folded, boolean mustStart, String... words) {
        for (String word : words) {
            if (mustStart ? folded.startsWith(word) : folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Integer year(String title, Integer inherited) {
        Integer year = DateExpressions.yearIn(title);
        return year != null ? year : inherited;
    }

    private static String code(Heading heading) {
        return heading == null ? null : heading.code();
    }

    private static OutlineEntry.Role role(Heading heading) {
        return heading == null ? OutlineEntry.Role.CONTENT : heading.role();
    }
}
