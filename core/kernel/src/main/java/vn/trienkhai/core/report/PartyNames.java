package vn.trienkhai.core.report;

import vn.trienkhai.core.text.VietnameseText;
import vn.trienkhai.core.unit.UnitKind;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a Party document names its issuer from the unit tree (Hướng dẫn 36-HD/VPTW, 1.2): a committee under a
 * committee writes the superior's party organisation ("ĐẢNG BỘ TỈNH LAI CHÂU" over "HUYỆN ỦY TAM ĐƯỜNG"); a body of a
 * committee writes the committee over its own name without the committee's ("HUYỆN ỦY TAM ĐƯỜNG" over "BAN TUYÊN
 * GIÁO", not "BAN TUYÊN GIÁO HUYỆN ỦY"); the top of an organisation writes its name alone. Names are compared folded
 * (no case, no diacritics), so "Huyện uỷ" and "Huyện ủy" are the same word.
 */
final class PartyNames {

    /** A name that starts with its territory's kind: "Huyện ủy Tam Đường" is ("Huyện ủy", "huyện", "Tam Đường"). */
    record Territorial(String prefix, String level, String place) {
    }

    private record Prefix(String folded, String level) {
        int words() {
            return folded.split(" ").length;
        }
    }

    /** Longest first, so that "Đảng ủy xã" wins over a bare "Đảng ủy". */
    private static final List<Prefix> TERRITORIAL = List.of(new Prefix("dang uy thi tran", "thị trấn"),
            new Prefix("dang uy phuong", "phường"), new Prefix("dang uy xa", "xã"), new Prefix("tinh uy", "tỉnh"),
            new Prefix("thanh uy", "thành phố"), new Prefix("huyen uy", "huyện"), new Prefix("thi uy", "thị xã"),
            new Prefix("quan uy", "quận"), new Prefix("thi tran", "thị trấn"), new Prefix("phuong", "phường"),
            new Prefix("xa", "xã"));
    private static final String COMMITTEE = "dang uy";
    private static final Set<UnitKind> PARTY_BODIES = EnumSet.of(UnitKind.COMMITTEE, UnitKind.COMMUNE,
            UnitKind.PARTY_ORGANISATION, UnitKind.CELL);

    private PartyNames() {
    }

    static Optional<Territorial> territorial(String name) {
        List<String> words = words(name);
        String folded = VietnameseText.fold(name) + " ";
        for (Prefix prefix : TERRITORIAL) {
            if (folded.startsWith(prefix.folded() + " ") && words.size() > prefix.words()) {
                return Optional.of(new Territorial(String.join(" ", words.subList(0, prefix.words())), prefix.level(),
                        String.join(" ", words.subList(prefix.words(), words.size()))));
            }
        }
        return Optional.empty();
    }

    /** The line over the issuer; none for the top of the organisation. */
    static Optional<String> superior(UnitKind kind, String parentName) {
        if (parentName == null) {
            return Optional.empty();
        }
        if (!PARTY_BODIES.contains(kind)) {
            return Optional.of(capitals(parentName));
        }
        Optional<Territorial> territory = territorial(parentName);
        if (territory.isPresent()) {
            return Optional.of(capitals("Đảng bộ " + territory.get().level() + " " + territory.get().place()));
        }
        List<String> words = words(parentName);
        if (VietnameseText.fold(parentName).startsWith(COMMITTEE + " ") && words.size() > 2) {
            return Optional.of(capitals("Đảng bộ " + String.join(" ", words.subList(2, words.size()))));
        }
        return Optional.of(capitals(parentName));
    }

    /**
     * The issuer's line: a commune's party committee for a commune ("ĐẢNG ỦY XÃ BẢN BO"); a committee's body without
     * the trailing mention of its committee ("Ban Tuyên giáo Huyện ủy", "Trung tâm Chính trị huyện"); else the name.
     */
    static String issuer(UnitKind kind, String name, String parentName) {
        if (kind == UnitKind.COMMUNE && !VietnameseText.fold(name).startsWith(COMMITTEE + " ") && territorial(name).isPresent()) {
            return capitals("Đảng ủy " + lowerFirst(name));
        }
        if (PARTY_BODIES.contains(kind) || parentName == null) {
            return capitals(name);
        }
        return capitals(withoutParent(name, parentName));
    }

    /** Drops the longest ending of the name that is the start of the parent's name or the parent's territory level. */
    private static String withoutParent(String name, String parentName) {
        List<String> words = words(name);
        String parent = VietnameseText.fold(parentName) + " ";
        String level = territorial(parentName).map(territory -> VietnameseText.fold(territory.level())).orElse(null);
        for (int start = 1; start < words.size(); start++) {
            String ending = VietnameseText.fold(String.join(" ", words.subList(start, words.size())));
            if (parent.startsWith(ending + " ") || ending.equals(level)) {
                return String.join(" ", words.subList(0, start));
            }
        }
        return name;
    }

    static String capitals(String text) {
        return text.toUpperCase(VietnameseText.LOCALE);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VietnameseText.LOCALE) + text.substring(1);
    }

    private static List<String> words(String name) {
        return Arrays.asList(name.strip().split("\\s+"));
    }
}
