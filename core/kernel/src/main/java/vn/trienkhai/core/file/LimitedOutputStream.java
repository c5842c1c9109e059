package vn.trienkhai.core.file;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/** Passes bytes on until a limit, then throws what {@code overflow} makes: an upload cannot fill the disk. */
final class LimitedOutputStream extends FilterOutputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> overflow;
    private long written;

    LimitedOutputStream(OutputStream out, long limit, Supplier<? extends RuntimeException> overflow) {
        super(out);
        this.limit = limit;
        this.overflow = overflow;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        count(length);
        out.write(bytes, offset, length);
    }

    private void count(int bytes) {
        written += bytes;
        if (written > limit) {
            throw overflow.get();
        }
    }
}
