package vn.trienkhai.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void nfdAndNfcTwinsBecomeOneName() {
        String nfd = Normalizer.normalize("Tam Đường", Normalizer.Form.NFD);
        assertEquals("Tam Đường", CleanText.name(nfd));
    }

    @Test
    void invisibleCharactersAndOddSpacesVanish() {
        assertEquals("", CleanText.name("\u200B\u00A0\u200D\uFEFF\u2007"));
        assertEquals("Ban Tuyên giáo", CleanText.name("\u00A0Ban\u202FTuy\u00ADên \u200Bgiáo  "));
    }

    @Test
    void controlCharactersAreReported() {
        assertTrue(CleanText.hasControl("Ban\u0000X"));
        assertTrue(CleanText.hasControl("Ban\u001BX"));
        assertFalse(CleanText.hasControl("Ban Tuyên giáo"));
    }

    @Test
    void vietnameseCodesAreLatinAndLookAlikesMixScripts() {
        assertEquals(Set.of(Character.UnicodeScript.LATIN), CleanText.letterScripts("ĐU-01"));
        assertEquals(Set.of(Character.UnicodeScript.LATIN), CleanText.letterScripts("BTG"));
        assertEquals(Set.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC),
                CleanText.letterScripts("\u0412TG"));
    }
}
