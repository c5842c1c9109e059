package vn.trienkhai.core.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithArgon2idAndAFreshSaltEachTime() {
        String first = hasher.hash("Mật khẩu dài 2025");
        String second = hasher.hash("Mật khẩu dài 2025");
        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertNotEquals(first, second);
        assertFalse(first.contains("Mật khẩu"));
    }

    @Test
    void verifiesOnlyTheRightPassword() {
        String hash = hasher.hash("TrienKhai@2025");
        assertTrue(hasher.matches("TrienKhai@2025", hash));
        assertFalse(hasher.matches("trienkhai@2025", hash));
        assertFalse(hasher.matches("TrienKhai@2025", null));
    }
}
