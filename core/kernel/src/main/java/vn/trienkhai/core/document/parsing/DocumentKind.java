package vn.trienkhai.core.document.parsing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.trienkhai.core.text.VietnameseText;

/**
 * Kinds of Party documents, with the symbol used in document numbers ("KH" in "102-KH/HU") and the
 * Vietnamese name used in running text ("Kế hoạch").
 *
 * <p>Symbols are matched exactly first and then ignoring case and diacritics. That fallback is safe
 * because no two folded symbols collide: "QĐ" (Quyết định) folds to "qd" and "QĐi" (Quy định) to
 * "qdi", so the trailing "i" alone tells them apart and "QĐI" still means Quy định.
 */
public enum DocumentKind {
    CT("CT", "Chỉ thị"),
    NQ("NQ", "Nghị quyết"),
    KL("KL", "Kết luận"),
    KH("KH", "Kế hoạch"),
    HD("HD", "Hướng dẫn"),
    TB("TB", "Thông báo"),
    CTR("CTr", "Chương trình", "Chương trình hành động"),
    QD("QĐ", "Quyết định"),
    QDI("QĐi", "Quy định"),
    CV("CV", "Công văn"),
    DA("ĐA", "Đề án"),
    BC("BC", "Báo cáo");

    private static final Map<String, DocumentKind> BY_FOLDED_SYMBOL = new HashMap<>();
    private static final Map<String, DocumentKind> BY_FOLDED_NAME = new HashMap<>();

    static {
        for (DocumentKind kind : values()) {
            BY_FOLDED_SYMBOL.put(VietnameseText.fold(kind.symbol), kind);
            kind.names.forEach(name -> BY_FOLDED_NAME.put(VietnameseText.fold(name), kind));
        }
    }

    private final String symbol;
    private final List<String> names;

    DocumentKind(String symbol, String... names) {
        this.symbol = symbol;
        this.names = List.of(names);
    }

    /** The symbol as written in document numbers: "KH", "CTr", "QĐ", "QĐi". */
    public String symbol() {
        return symbol;
    }

    /** The Vietnamese name: "Kế hoạch", "Chương trình", "Quy định". */
    public String vietnameseName() {
        return names.getFirst();
    }

    /** The kind whose symbol is written {@code symbol} ("KH", "CTr", "QĐi"); empty for anything else. */
    public static Optional<DocumentKind> fromSymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String trimmed = symbol.strip();
        for (DocumentKind kind : values()) {
            if (kind.symbol.equals(trimmed)) {
                return Optional.of(kind);
            }
        }
        return Optional.ofNullable(BY_FOLDED_SYMBOL.get(VietnameseText.fold(trimmed)));
    }

    /**
     * The kind named {@code name}, ignoring case, diacritics and extra spaces: "kế hoạch", "KẾ HOẠCH",
     * "Chương trình hành động". Empty when the text is not exactly one of the names.
     */
    public static Optional<DocumentKind> fromName(String name) {
        return Optional.ofNullable(BY_FOLDED_NAME.get(VietnameseText.fold(name)));
    }
}
