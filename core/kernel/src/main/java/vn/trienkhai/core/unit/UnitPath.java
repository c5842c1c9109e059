package vn.trienkhai.core.unit;

import java.util.Arrays;
import java.util.List;

/** The materialised path format, {@code /1/7/42/}: ids from the root down, each closed by a slash. */
public final class UnitPath {

    private UnitPath() {
    }

    public static String root(long id) {
        return "/" + id + "/";
    }

    public static String child(String parentPath, long id) {
        return parentPath + id + "/";
    }

    /** The {@code LIKE} pattern of every strict and non-strict descendant of the unit with this path. */
    public static String subtreePattern(String path) {
        return path + "%";
    }

    public static List<Long> ids(String path) {
        return Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf).toList();
    }

    public static int depth(String path) {
        return ids(path).size() - 1;
    }
}
