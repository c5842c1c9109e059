package vn.trienkhai.core.testing;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** The timings the benchmarks print: a call repeated after a warm-up, in microseconds, sorted. */
public final class Timing {

    private Timing() {
    }

    /** {@code runs} timings of {@code call}, sorted, after {@code warmUp} untimed calls. */
    public static long[] microseconds(int warmUp, int runs, LongSupplier call) {
        for (int i = 0; i < warmUp; i++) {
            call.getAsLong();
        }
        long[] micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.getAsLong();
            micros[i] = (System.nanoTime() - started) / 1_000;
        }
        Arrays.sort(micros);
        return micros;
    }

    public static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    public static long p95(long[] sorted) {
        return sorted[sorted.length * 95 / 100];
    }
}
