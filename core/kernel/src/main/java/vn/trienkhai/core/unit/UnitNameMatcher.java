package vn.trienkhai.core.unit;

import jakarta.inject.Singleton;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.text.VietnameseText;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps the unit names written in a plan ("Ban Tuyên giáo Huyện ủy", "Các chi, đảng bộ cơ sở") to units of the
 * tree. A name is compared word by word, without diacritics: the unit sharing the most words wins, and a
 * match must cover most of the shorter name, so "Văn phòng" alone does not become "Văn phòng Tỉnh ủy" by luck,
 * and where both name a level (tỉnh, huyện, thị, xã…) it must be the same one: "Ban Tuyên giáo Tỉnh ủy" shares four
 * words of five with "Ban Tuyên giáo Huyện ủy" and is still another body.
 * Names of groups ("các chi, đảng bộ cơ sở", "các ban") stand for every unit of their kinds.
 */
@Singleton
public class UnitNameMatcher {

    private static final double MIN_COVERAGE = 0.7;
    private static final Set<String> LEVELS = Set.of("tinh", "huyen", "thi", "xa", "phuong", "tran", "khoi", "quan");
    private static final List<Group> GROUPS = List.of(
            new Group(List.of("chi, dang bo co so", "chi bo, dang bo co so", "tccs dang", "to chuc co so dang", "chi, dang bo truc thuoc"),
                    EnumSet.of(UnitKind.PARTY_ORGANISATION, UnitKind.CELL, UnitKind.COMMUNE), List.of()),
            new Group(List.of("cac ban", "ban dang", "cac co quan"), EnumSet.of(UnitKind.DEPARTMENT, UnitKind.OFFICE),
                    // a bloc's name ("Đảng ủy Khối các cơ quan tỉnh") and the state's agencies are not the committee's own
                    List.of("khoi cac co quan", "cac co quan nha nuoc", "cac co quan quan ly nha nuoc")),
            new Group(List.of("doan the", "mat tran"), EnumSet.of(UnitKind.MASS_ORGANISATION), List.of()));

    private final UnitService units;

    UnitNameMatcher(UnitService units) {
        this.units = units;
    }

    /** The units a written name stands for: one unit, every unit of a group, or none. */
    public List<Unit> resolve(String name, List<Unit> tree) {
        String folded = VietnameseText.fold(name);
        Set<UnitKind> kinds = GROUPS.stream().filter(group -> group.isNamedIn(folded))
                .flatMap(group -> group.kinds().stream()).collect(Collectors.toSet());
        if (!kinds.isEmpty()) {
            return tree.stream().filter(unit -> kinds.contains(unit.kind()) && unit.depth() > 0).toList();
        }
        return best(name, tree).map(List::of).orElse(List.of());
    }

    /** The best single unit for a name, if one is close enough. */
    public Optional<Unit> best(String name, List<Unit> tree) {
        Set<String> words = words(name);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return tree.stream()
                .filter(unit -> coverage(words, words(unit.name())) >= MIN_COVERAGE && sameLevel(words, words(unit.name())))
                .max(Comparator.comparingDouble((Unit unit) -> coverage(words, words(unit.name())))
                        .thenComparing(unit -> -Math.abs(words(unit.name()).size() - words.size())));
    }

    /** Units ranked by likeness to the name, for a picker; at most {@code limit}. */
    public List<Unit> suggestions(Actor actor, String name, int limit) {
        Set<String> words = words(name);
        return units.tree(actor, false).stream()
                .filter(unit -> coverage(words, words(unit.name())) > 0)
                .sorted(Comparator.comparingDouble((Unit unit) -> -coverage(words, words(unit.name()))))
                .limit(limit).toList();
    }

    private static double coverage(Set<String> left, Set<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        return (double) common.size() / Math.max(left.size(), right.size());
    }

    private static boolean sameLevel(Set<String> written, Set<String> unit) {
        Set<String> writtenLevels = levels(written);
        Set<String> unitLevels = levels(unit);
        return writtenLevels.isEmpty() || unitLevels.isEmpty() || writtenLevels.equals(unitLevels);
    }

    private static Set<String> levels(Set<String> words) {
        return words.stream().filter(LEVELS::contains).collect(Collectors.toSet());
    }

    private static Set<String> words(String name) {
        return Arrays.stream(VietnameseText.fold(name == null ? "" : name).split("[^a-z0-9]+"))
                .filter(word -> !word.isBlank()).collect(Collectors.toSet());
    }

    /** A group's phrases, the kinds of units it stands for, and longer phrases that contain one but name no group. */
    private record Group(List<String> phrases, Set<UnitKind> kinds, List<String> exceptions) {

        boolean isNamedIn(String folded) {
            String rest = folded;
            for (String exception : exceptions) {
                rest = rest.replace(exception, " ");
            }
            return phrases.stream().anyMatch(rest::contains);
        }
    }
}
