package vn.trienkhai.core.document.parsing;

import java.math.BigDecimal;

/**
 * A numeric target.
 *
 * @param text  the phrase the number governs, from the number to the end of its clause
 * @param value the number ("84,6" gives 84.6)
 * @param unit  what the number measures
 * @param year  the year the target is set for ("Mục tiêu đến năm 2025"), or null
 */
public record ParsedTarget(String text, BigDecimal value, TargetUnit unit, Integer year) {
}
