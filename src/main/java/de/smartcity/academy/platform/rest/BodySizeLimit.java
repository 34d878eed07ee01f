package de.smartcity.academy.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies above the endpoint's limit before they are parsed: by the declared length at
 * once, and by counting for chunked bodies that do not declare one.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

    static final long DEFAULT_LIMIT = 1024 * 1024;

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limit();
        if (request.getLength() > limit) {
            throw new BodyTooLarge(limit);
        }
        request.setEntityStream(new CountingStream(request.getEntityStream(), limit));
    }

    private long limit() {
        MaxBodySize annotation = resource.getResourceMethod() == null
                ? null : resource.getResourceMethod().getAnnotation(MaxBodySize.class);
        return annotation == null ? DEFAULT_LIMIT : annotation.bytes();
    }

    private static final class CountingStream extends FilterInputStream {
        private final long limit;
        private long count;

        CountingStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new BodyTooLarge(limit);
            }
        }
    }
}
