package vn.trienkhai.core.document.parsing;

import java.nio.file.Path;
import java.util.List;

/**
 * Prints "seed, chars, microseconds per parse" for each seed plan: 200 timed parses after a warm-up.
 * Not a test; run it with {@code java -Dseeds.dir=… vn.trienkhai.core.document.parsing.PlanParseBenchmark}
 * on the test class path.
 */
public final class PlanParseBenchmark {

    private static final int WARM_UP_ROUNDS = 500;
    private static final int TIMED_PARSES = 200;

    private PlanParseBenchmark() {
    }

    public static void main(String[] args) {
        PlanTextParser parser = new PlanTextParser();
        List<Path> seeds = SeedFiles.all();
        List<String> texts = seeds.stream().map(SeedFiles::read).toList();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            texts.forEach(parser::parse);
        }
        System.out.println("seed, chars, microseconds per parse");
        for (int i = 0; i < seeds.size(); i++) {
            String text = texts.get(i);
            long start = System.nanoTime();
            for (int run = 0; run < TIMED_PARSES; run++) {
                parser.parse(text);
            }
            double micros = (System.nanoTime() - start) / 1_000.0 / TIMED_PARSES;
            System.out.printf("%s, %d, %.1f%n", seeds.get(i).getFileName(), text.length(), micros);
        }
    }
}
