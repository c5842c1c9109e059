package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The parser must survive any text and stay linear: random token soups, shuffled pieces of the seeds and
 * pathological repetitions never make it throw, and multiplying the input by 8 multiplies the time by
 * far less than the 64 a quadratic algorithm would need.
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
            new Repetition("T/M HUYỆN ỦY\n", "BÍ THƯ\n"));
    private static final int REPETITIONS = 50_000;

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

    @Test
    void parseTimeGrowsLinearly() {
        List<IntFunction<String>> shapes = new ArrayList<>(List.of(
                size -> repeatTo(String.join("\n", seeds), size),
                size -> repeatTo(String.join(" ", seeds).replace('\n', ' '), size),
                size -> repeatTo("đảng viên\n", size),
                size -> repeatTo("- Ban Tuyên giáo chủ trì, phối hợp với các ban, ngày 1/1/2020 hằng năm\n", size)));
        for (Repetition repetition : PATHOLOGICAL) {
            shapes.add(repetition::build);
        }
        int small = 16_000;
        for (IntFunction<String> shape : shapes) {
            String smallInput = shape.apply(small);
            String largeInput = shape.apply(8 * small);
            long smallTime = fastest(smallInput);
            long largeTime = fastest(largeInput);
            assertTrue(largeTime <= 40 * Math.max(smallTime, 50_000L),
                    "8x input took " + largeTime / 1_000 + " µs against " + smallTime / 1_000 + " µs for "
                            + visible(smallInput.substring(0, 40)));
        }
    }

    private void parseOrFail(String label, String input) {
        try {
            ImportDraft draft = parser.parse(input);
            assertNotNull(draft, label);
        } catch (RuntimeException | StackOverflowError e) {
            fail(label + " threw " + e + " on input starting " + visible(input == null ? "null" : input.substring(0, Math.min(200, input.length()))), e);
        }
    }

    /** Minimum over several runs, after a warm-up, to keep JIT and GC noise out of the comparison. */
    private long fastest(String input) {
        for (int i = 0; i < 2; i++) {
            parser.parse(input);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            parser.parse(input);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static String tokenSoup(Random random) {
        StringBuilder text = new StringBuilder();
        int tokens = random.nextInt(400);
        for (int i = 0; i < tokens; i++) {
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
