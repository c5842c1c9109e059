package vn.trienkhai.core.document.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A golden file under src/test/resources/parsing/expected: "field: value" lines, "#" comments, list
 * fields repeated, "(none)" for null or empty, and tasks as blocks of indented "field: value" lines
 * after a "task: SECTION" line.
 */
final class ExpectedDraft {

    static final String NONE = "(none)";

    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final List<Map<String, String>> tasks = new ArrayList<>();

    private ExpectedDraft() {
    }

    static ExpectedDraft load(String seedFileName) {
        String resource = "/parsing/expected/" + seedFileName + ".expected";
        try (InputStream in = ExpectedDraft.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing golden file on the test class path: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExpectedDraft parse(String text) {
        ExpectedDraft draft = new ExpectedDraft();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (line.startsWith(" ")) {
                draft.tasks.getLast().put(key, value);
            } else if (key.equals("task")) {
                draft.tasks.add(new LinkedHashMap<>(Map.of("section", value)));
            } else {
                draft.fields.computeIfAbsent(key, k -> new ArrayList<>());
                if (!value.equals(NONE) || isScalar(key)) {
                    draft.fields.get(key).add(value);
                }
            }
        }
        return draft;
    }

    /** The single value of a scalar field, "(none)" for null. */
    String scalar(String key) {
        List<String> values = fields.get(key);
        if (values == null || values.size() != 1) {
            throw new IllegalStateException("Golden file must state " + key + " exactly once");
        }
        return values.getFirst();
    }

    /** The values of a list field; empty when stated as "(none)". */
    List<String> list(String key) {
        if (!fields.containsKey(key)) {
            throw new IllegalStateException("Golden file must state " + key + " (use \"" + key + ": (none)\" for an empty list)");
        }
        return fields.get(key);
    }

    List<Map<String, String>> tasks() {
        return tasks;
    }

    private static boolean isScalar(String key) {
        return List.of("symbol", "number", "kind", "issuerCode", "issuedOn", "place", "title", "signer").contains(key);
    }
}
