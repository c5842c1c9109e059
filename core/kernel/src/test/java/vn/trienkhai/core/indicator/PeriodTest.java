package vn.trienkhai.core.indicator;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @Test
    void labelsAreTheOnesTheReportsUse() {
        assertEquals("Quý II/2024", Period.quarter(2024, 2).label());
        assertEquals("6 tháng đầu năm 2024", Period.halfYear(2024, 1).label());
        assertEquals("6 tháng cuối năm 2024", Period.halfYear(2024, 2).label());
        assertEquals("Năm 2024", Period.year(2024).label());
        assertEquals("Tháng 3/2024", Period.month(2024, 3).label());
    }

    @Test
    void labelsAndCodesParseBack() {
        for (Period period : List.of(Period.quarter(2024, 2), Period.halfYear(2024, 1), Period.halfYear(2025, 2), Period.year(2024),
                Period.month(2024, 3), Period.month(2024, 12))) {
            assertEquals(Optional.of(period), Period.parse(period.label()), period.label());
            assertEquals(Optional.of(period), Period.parse(period.code()), period.code());
        }
        assertEquals(Optional.of(Period.quarter(2024, 4)), Period.parse("  quý iv / 2024 "));
        assertEquals(Optional.of(Period.month(2024, 3)), Period.parse("THÁNG 3/2024"));
        assertEquals(Optional.empty(), Period.parse("Quý V/2024"));
        assertEquals(Optional.empty(), Period.parse("Tháng 13/2024"));
        assertEquals(Optional.empty(), Period.parse("tuần 3"));
        assertEquals(Optional.empty(), Period.parse(null));
    }

    @Test
    void datesAndContainment() {
        Period second = Period.quarter(2024, 2);
        assertEquals(LocalDate.of(2024, 4, 1), second.start());
        assertEquals(LocalDate.of(2024, 6, 30), second.end());
        assertEquals(LocalDate.of(2024, 2, 29), Period.month(2024, 2).end());
        assertEquals(List.of(Period.quarter(2024, 1), Period.quarter(2024, 2), Period.quarter(2024, 3), Period.quarter(2024, 4)),
                Period.year(2024).split(PeriodKind.QUARTER));
        assertEquals(List.of(Period.quarter(2024, 3), Period.quarter(2024, 4)), Period.halfYear(2024, 2).split(PeriodKind.QUARTER));
        assertTrue(Period.year(2024).contains(second));
        assertTrue(Period.halfYear(2024, 1).contains(second));
        assertFalse(Period.halfYear(2024, 2).contains(second));
        assertFalse(second.contains(Period.year(2024)));
        assertThrows(IllegalArgumentException.class, () -> second.split(PeriodKind.YEAR));
        assertEquals(Period.quarter(2025, 1), Period.quarter(2024, 4).next());
        assertEquals(Period.quarter(2024, 2), Period.of(PeriodKind.QUARTER, LocalDate.of(2024, 5, 17)));
        assertThrows(IllegalArgumentException.class, () -> Period.quarter(2024, 5));
    }
}
