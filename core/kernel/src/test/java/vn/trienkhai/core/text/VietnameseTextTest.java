package vn.trienkhai.core.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VietnameseTextTest {

    @Test
    void foldingIgnoresDiacriticsCaseAndSpacing() {
        assertEquals("tam duong", VietnameseText.fold("  Tam   Đường "));
        assertEquals("huyen uy tam duong", VietnameseText.fold("HUYỆN ỦY TAM ĐƯỜNG"));
        assertEquals("ta leng", VietnameseText.fold("Tả Lèng"));
        assertEquals("", VietnameseText.fold(null));
    }

    @Test
    void foldingHandlesComposedAndDecomposedInput() {
        String decomposed = java.text.Normalizer.normalize("Nùng Nàng", java.text.Normalizer.Form.NFD);
        assertEquals(VietnameseText.fold("Nùng Nàng"), VietnameseText.fold(decomposed));
    }

    @Test
    void sortKeysOrderNamesInTheVietnameseAlphabet() {
        List<String> names = new ArrayList<>(List.of("Đông", "Dương", "Ăn", "An", "Âu", "Ơn", "Ôn", "On", "Bản Bo", "Bình Lư"));
        names.sort((a, b) -> VietnameseText.sortKey(a).compareTo(VietnameseText.sortKey(b)));
        assertEquals(List.of("An", "Ăn", "Âu", "Bản Bo", "Bình Lư", "Dương", "Đông", "On", "Ôn", "Ơn"), names);
    }

    @Test
    void sortKeysAgreeWithTheComparator() {
        List<String> names = List.of("Thèn Sin", "Tả Lèng", "Tam Đường", "Giang Ma", "Hồ Thầu", "Bản Hon");
        List<String> byKey = names.stream().sorted((a, b) -> VietnameseText.sortKey(a).compareTo(VietnameseText.sortKey(b))).toList();
        List<String> byComparator = names.stream().sorted(VietnameseText.order()).toList();
        assertEquals(byComparator, byKey);
    }
}
