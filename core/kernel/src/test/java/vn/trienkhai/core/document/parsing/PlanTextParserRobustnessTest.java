package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser must survive any text and stay linear: random token soups, shuffled pieces of the seeds and
 * pathological repetitions never make it throw, and the work it does per character of input, counted
 * by {@link ParseWork}, is bounded and does not grow with the size of the input.
 */
class PlanTextParserRobustnessTest {

    private static final int RANDOM_INPUTS = 2_000;
    private static final long SEED = 20_240_601L;
    private static final String[] TOKENS = {
        "Số", "số", "102", "05", "- ", "-", "–", "KH/HU", "CT/TW", "QĐi", "/", "ngày", "tháng", "năm", "quý", "I/2023",
        "2022-2025", "31/7/2018", "3/2022", "%", "84,6%", "(", ")", "(1)", "1.", "2.1.", "II.", "III-", "**", "*", "\\*",
        "## ", "### ", "\n", "\n\n", "\r\n", " ", ",", ";", ":", ".", "“", "”", "\"", "Thực hiện", "Căn cứ", "KẾ HOẠCH",
        "MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN", "Mục tiêu đến năm 2025", "Nơi nhận:", "T/M HUYỆN ỦY",
        "BÍ THƯ", "Tần Thị Quế", "(b/c)", "(t/h)", "Lưu VP", "Ban Tuyên giáo", "Huyện ủy", "chủ trì", "phối hợp với",
        "Giao", "Các cấp ủy", "tham mưu", "hằng tháng", "hàng năm", "6 tháng, cuối năm", "báo cáo quý", "có thêm 03",
        "500 triệu đồng", "1.500.000 đồng", "của", "về", "và", "nhiệm kỳ", "giai đoạn", "xong trong", "phấn đấu đến",
        "đảng viên", "cán bộ", "Đ", "ủy", "uỷ", "e\u0301", "\u00A0", "\t", "\uFEFF", "\uD83D\uDE00", "\uD800", "İ", "ß",
        "٣", "１", "9999999", "0", "00-KH/TU", "ngày 31/2/2020", "tháng 13/2022", "quý V/2023", "9999-0000"
    };
    /** Inputs made of one unit repeated, after an optional prefix that puts the parser in a given state. */
    private record Repetition(String prefix, String unit) {
        String build(int size) {
            return prefix + unit.repeat(Math.max(1, (size - prefix.length()) / unit.length()));
        }
    }

    private static final List<Repetition> PATHOLOGICAL = List.of(
            new Repetition("", "Số 1-"), new Repetition("", "- "), new Repetition("", "("), new Repetition("", ")"),
            new Repetition("", "1."), new Repetition("", "**"), new Repetition("", "\n"), new Repetition("", "\n\n- a"),
            new Repetition("", "a-\n\n"), new Repetition("", "ngày 1/1/2020 "), new Repetition("", "1% "),
            new Repetition("", "(1) "), new Repetition("", "I. A\n"), new Repetition("", "2.1.1.1 "), new Repetition("", "Ban "),
            new Repetition("", "phối hợp với "), new Repetition("", "Giao "), new Repetition("", "hằng năm, "),
            new Repetition("", "Nơi nhận:\n- x\n"), new Repetition("", "T/M\n"), new Repetition("", "“"),
            new Repetition("", "1-KH/TU, "), new Repetition("", "1.2."), new Repetition("", "có thêm 1 "), new Repetition("", "9"),
            new Repetition("", "lowercase\n"), new Repetition("", "KẾ HOẠCH\n"), new Repetition("", "0000-0000 "),
            new Repetition("", "quý I/2000 "), new Repetition("Thực hiện ", "1-KH/TU và "),
            new Repetition("III. TỔ CHỨC THỰC HIỆN\n1. Ban A chủ trì, phối hợp với ", "đơn vị, "),
            new Repetition("III. TỔ CHỨC THỰC HIỆN\n1. Ban A\n", "Ban B tham mưu.\n"),
            new Repetition("II. MỤC TIÊU\n- ", "1% ("),
            new Repetition("Nơi nhận:\n- A\n", "Tiếp\n"),
            new Repetition("T/M HUYỆN ỦY\n", "BÍ THƯ\n"),
            new Repetition("", "1/2024/QĐ-"), new Repetition("", "1/UBND-"), new Repetition("I- NỘI DUNG\n", "CHỈ TIÊU\n"));
    private static final int REPETITIONS = 50_000;
    private static final int BASE_SIZE = 2_000;
    private static final int[] SCALES = {1, 8, 64};
    private static final int RANDOM_SHAPES = 5;
    /**
     * Units of work per character of input. The seeds need about 15, the worst shape here about 165 (a
     * line of percentages in parentheses: every target's text runs to the end of its clause, capped at
     * 500 characters); the bound leaves room for new rules, not for a quadratic step.
     */
    private static final int MAX_WORK_PER_CHARACTER = 400;
    /** How much more work per character the 64x input may need than the 1x input. */
    private static final double MAX_GROWTH = 1.5;

    private final PlanTextParser parser = new PlanTextParser();
    private final List<String> seeds = SeedFiles.all().stream().map(SeedFiles::read).toList();

    @Test
    void neverThrowsOnRandomInput() {
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_INPUTS; i++) {
            String input = switch (i % 3) {
                case 0 -> tokenSoup(random);
                case 1 -> shuffledSeedPieces(random);
                default -> mutatedSeed(random);
            };
            parseOrFail("random input #" + i, input);
        }
    }

    @Test
    void neverThrowsOnPathologicalRepetitions() {
        for (Repetition repetition : PATHOLOGICAL) {
            parseOrFail(visible(repetition.prefix()) + " + 50,000 × " + visible(repetition.unit()),
                    repetition.prefix() + repetition.unit().repeat(REPETITIONS));
        }
        parseOrFail("null", null);
        parseOrFail("empty", "");
    }

    /**
     * Linearity by counting, not timing: the work of a parse ({@link ParseWork}: characters read by the
     * regex engine, backtracking included, plus characters and lines walked by the parser's own loops)
     * is deterministic, so these bounds hold on any machine. For each shape of input at 1, 8 and 64
     * times {@value #BASE_SIZE} characters, the work per character stays under one fixed bound, and
     * does not grow with the size: a quadratic part, however small, would make the 64x input cost
     * 64 times more per character than the 1x input.
     */
    @TestFactory
    Stream<DynamicTest> workPerCharacterIsBoundedAndDoesNotGrow() {
        return shapes().entrySet().stream().map(shape -> DynamicTest.dynamicTest(shape.getKey(), () -> {
            double[] perCharacter = new double[SCALES.length];
            for (int i = 0; i < SCALES.length; i++) {
                String input = shape.getValue().apply(SCALES[i] * BASE_SIZE);
                long work = ParseWork.count(() -> parser.parse(input));
                perCharacter[i] = (double) work / input.length();
                assertTrue(perCharacter[i] <= MAX_WORK_PER_CHARACTER, String.format(Locale.ROOT,
                        "%dx input: %.1f units of work per character, bound %d", SCALES[i], perCharacter[i],
                        MAX_WORK_PER_CHARACTER));
            }
            assertTrue(perCharacter[SCALES.length - 1] <= MAX_GROWTH * perCharacter[0] + 1, String.format(Locale.ROOT,
                    "work per character grew from %.2f (1x) to %.2f (64x)", perCharacter[0], perCharacter[SCALES.length - 1]));
        }));
    }

    /** Every shape of input, by name: the seeds, each pathological repetition, random soups. */
    private Map<String, IntFunction<String>> shapes() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("seeds, one after the other", size -> repeatTo(String.join("\n", seeds), size));
        shapes.put("seeds on one line without breaks", size -> repeatTo(String.join(" ", seeds).replace('\n', ' '), size));
        shapes.put("plain lines", size -> repeatTo("đảng viên\n", size));
        shapes.put("bullet tasks", size -> repeatTo("- Ban Tuyên giáo chủ trì, phối hợp với các ban, ngày 1/1/2020 hằng năm\n", size));
        shapes.put("thousands of roman and numbered headings",
                size -> repeatTo("I- NỘI DUNG\n1- Nhiệm vụ\n1.1- Mục tiêu\n- 5% x\nII. TỔ CHỨC THỰC HIỆN\n1. Ban A:\n", size));
        shapes.put("nested numbering", size -> repeatTo("1.1.1.1. A\n2.2.2. B\n3.3. C\n4- D\n", size));
        shapes.put("one execution line repeating chủ trì, phối hợp", new Repetition(
                "III. TỔ CHỨC THỰC HIỆN\n1. ", "Ban A chủ trì, phối hợp với Ban B, Công an phường; ")::build);
        shapes.put("huge citation list in one paragraph", new Repetition(
                "Thực hiện ", "Chỉ thị số 1-CT/TW ngày 1/1/2020 của Ban Bí thư về “Quyết định 2/QĐ-UBND”; ")::build);
        shapes.put("huge list of Căn cứ bullets", size -> repeatTo(
                "- Căn cứ Quyết định số 1253/QĐ-UBND ngày 15/02/2024 của Ủy ban nhân dân thành phố;\n", size));
        shapes.put("captions over targets and tasks citing state numbers", size -> repeatTo(
                "CHỈ TIÊU\n- 5% x\nNHIỆM VỤ\n1. Ban A\n- Căn cứ Công văn số 45/UBND-VX, Quyết định 15/2024/QĐ-UBND ngày 1/1/2024;\n",
                size));
        shapes.put("targets line of numbers", new Repetition("II- CHỈ TIÊU\n- ", "1% (2% (3% ")::build);
        for (Repetition repetition : PATHOLOGICAL) {
            shapes.put("repeated " + visible(repetition.prefix()) + " + " + visible(repetition.unit()), repetition::build);
        }
        for (int i = 0; i < RANDOM_SHAPES; i++) {
            long seed = SEED + i;
            shapes.put("random token soup #" + i, size -> tokenSoup(new Random(seed), size));
        }
        return shapes;
    }

    private void parseOrFail(String label, String input) {
        try {
            ImportDraft draft = parser.parse(input);
            assertNotNull(draft, label);
        } catch (RuntimeException | StackOverflowError e) {
            fail(label + " threw " + e + " on input starting " + visible(input == null ? "null" : input.substring(0, Math.min(200, input.length()))), e);
        }
    }

    private static String tokenSoup(Random random) {
        return tokenSoup(random, random.nextInt(2_000));
    }

    /** Random tokens up to {@code size} characters. */
    private static String tokenSoup(Random random, int size) {
        StringBuilder text = new StringBuilder();
        while (text.length() < size) {
            text.append(TOKENS[random.nextInt(TOKENS.length)]);
            if (random.nextInt(3) == 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private String shuffledSeedPieces(Random random) {
        List<String> lines = new ArrayList<>();
        for (String seed : seeds) {
            lines.addAll(Arrays.asList(seed.split("\n")));
        }
        Collections.shuffle(lines, random);
        return String.join("\n", lines.subList(0, random.nextInt(lines.size())));
    }

    private String mutatedSeed(Random random) {
        StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
        int cuts = 1 + random.nextInt(20);
        for (int i = 0; i < cuts && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + random.nextInt(200)));
                case 1 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }

    private static String repeatTo(String unit, int size) {
        return unit.repeat(size / unit.length() + 1).substring(0, size);
    }

    private static String visible(String text) {
        return "\"" + text.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
