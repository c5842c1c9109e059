package vn.trienkhai.core.document.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the work of a parse, so that tests can prove it linear by counting instead of timing.
 *
 * <p>Two kinds of work are counted, in units of one character or one line:
 * <ul>
 *   <li>regular expressions: every matcher of the parser is made by {@link #matcher}, which, while a
 *       count is running, hands the regex engine a view of the text that counts every character the
 *       engine reads, backtracking included. A pattern that backtracks badly shows up in the count
 *       whatever its shape;</li>
 *   <li>everything else: a helper that walks a text ({@link ParsingText}) charges its length, and a
 *       loop over lines that calls no such helper charges one unit per line ({@link #charge}).</li>
 * </ul>
 * Outside {@link #count} nothing is counted and the cost is one thread-local read per matcher or charge.
 */
final class ParseWork {

    private static final ThreadLocal<Counter> CURRENT = new ThreadLocal<>();

    private ParseWork() {
    }

    /** A matcher of {@code pattern} over {@code text}, counting the characters it reads while a count runs. */
    static Matcher matcher(Pattern pattern, CharSequence text) {
        Counter counter = CURRENT.get();
        return pattern.matcher(counter == null ? text : new CountedText(text, counter));
    }

    /** Adds {@code units} of work done outside regular expressions. */
    static void charge(int units) {
        Counter counter = CURRENT.get();
        if (counter != null) {
            counter.units += units;
        }
    }

    /** Runs {@code work} on this thread and returns the units of work it did. For tests. */
    static long count(Runnable work) {
        Counter counter = new Counter();
        Counter outer = CURRENT.get();
        CURRENT.set(counter);
        try {
            work.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
                outer.units += counter.units;
            }
        }
        return counter.units;
    }

    private static final class Counter {
        private long units;
    }

    /** The text as the regex engine sees it: each character read is one unit. */
    private record CountedText(CharSequence text, Counter counter) implements CharSequence {

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            counter.units++;
            return text.charAt(index);
        }

        /** Groups and replacements are cut out of the text: copying them is work too. */
        @Override
        public CharSequence subSequence(int start, int end) {
            counter.units += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            counter.units += text.length();
            return text.toString();
        }
    }
}
