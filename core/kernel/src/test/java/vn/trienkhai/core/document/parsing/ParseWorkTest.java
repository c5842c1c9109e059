package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The work counter behind the linearity proof of {@link PlanTextParserRobustnessTest}, and what keeps it honest. */
class ParseWorkTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/trienkhai/core/document/parsing");
    private static final Pattern DIRECT_MATCHER = Pattern.compile("(?<!ParseWork)\\.matcher\\(|::matcher");
    private static final Pattern DIRECT_FOLD = Pattern.compile("VietnameseText\\.fold\\(");
    /**
     * Files outside the parse, or whose own text is bounded: the strict number reader and the kind lookup
     * (a symbol of at most four letters; a kind name whose caller charges its length), and the counter itself.
     */
    private static final Set<String> OUTSIDE_THE_COUNT = Set.of(
            "ParseWork.java", "ParsingText.java", "DocumentNumber.java", "DocumentNumberSyntax.java", "DocumentKind.java");

    @Test
    void countsTheCharactersARegexReadsIncludingBacktracking() {
        String input = "a".repeat(200);
        long linear = ParseWork.count(() -> ParseWork.matcher(Pattern.compile("a{1,3}c"), input).find());
        long backtracking = ParseWork.count(() -> ParseWork.matcher(Pattern.compile("a*a*c"), input).find());
        assertTrue(linear <= 10 * 200, "a bounded pattern read " + linear + " characters of 200");
        assertTrue(backtracking > 200 * 200 / 2, "a backtracking pattern read only " + backtracking + " characters");
    }

    @Test
    void countsNothingOutsideACountAndNestedCountsAddUp() {
        ParseWork.charge(1_000);
        long outer = ParseWork.count(() -> {
            ParseWork.charge(5);
            assertEquals(7, ParseWork.count(() -> ParseWork.charge(7)));
        });
        assertEquals(12, outer);
        assertEquals(0, ParseWork.count(() -> { }));
    }

    /** A matcher made past the counter would make the linearity test blind to it. */
    @Test
    void everyRegexAndFoldOfTheParserIsCounted() throws IOException {
        List<String> uncounted = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString();
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (!OUTSIDE_THE_COUNT.contains(name)) {
                    find(DIRECT_MATCHER, name, source, uncounted);
                    find(DIRECT_FOLD, name, source, uncounted);
                }
            }
        }
        assertEquals(List.of(), uncounted, "use ParseWork.matcher and ParsingText.fold in the parser");
    }

    private static void find(Pattern pattern, String name, String source, List<String> found) {
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            int line = (int) source.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(name + ":" + line);
        }
    }
}
