package vn.trienkhai.core.document.parsing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The five seed plans, read from the directory named by the system property {@code seeds.dir}
 * (default {@code ../../../shared/seeds}, relative to the module directory core/kernel). Public for the app's tests.
 */
public final class SeedFiles {

    private static final String PROPERTY = "seeds.dir";
    private static final String DEFAULT_DIRECTORY = "../../../shared/seeds";

    private SeedFiles() {
    }

    public static Path directory() {
        Path directory = Path.of(System.getProperty(PROPERTY, DEFAULT_DIRECTORY)).toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            fail("Seed directory not found: " + directory + " (set -D" + PROPERTY + "=<path to shared/seeds>)");
        }
        return directory;
    }

    /** The seed plan files, sorted by name ("000_….txt" … "004_….txt"). */
    public static List<Path> all() {
        try (Stream<Path> files = Files.list(directory())) {
            List<Path> seeds = files.filter(path -> path.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
            if (seeds.size() != 5) {
                fail("Expected 5 seed plans in " + directory() + " but found " + seeds.size());
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path seed) {
        try {
            return Files.readString(seed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
