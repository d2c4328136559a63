package dev.punchlist.web.pages;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A rendered page held as 32 KB chunks. A growing single array (ByteArrayOutputStream) copied a
 * 2.6 MB checklist several times over and, past 2 MB, allocated it outside the young generation,
 * where every few requests it forced a garbage collection.
 */
final class PageBytes extends OutputStream {
    private static final int CHUNK = 32 * 1024;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[CHUNK];
    private int used;

    @Override
    public void write(int b) {
        if (used == CHUNK) {
            next();
        }
        current[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (used == CHUNK) {
                next();
            }
            int n = Math.min(length, CHUNK - used);
            System.arraycopy(bytes, offset, current, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    private void next() {
        full.add(current);
        current = new byte[CHUNK];
        used = 0;
    }

    /** The bytes written so far, in order, without copying them. */
    InputStream inputStream() {
        List<InputStream> parts = new ArrayList<>(full.size() + 1);
        full.forEach(chunk -> parts.add(new ByteArrayInputStream(chunk)));
        parts.add(new ByteArrayInputStream(current, 0, used));
        return new SequenceInputStream(Collections.enumeration(parts));
    }
}
