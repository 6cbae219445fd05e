package org.entrepot.deliver.soap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Refuses a request larger than the limit before an XML parser reads it: at once when its
 * Content-Length says so (HTTP 413), and, for a chunked request, as soon as the bytes read pass
 * the limit.
 */
final class SizeLimit extends AbstractPhaseInterceptor<Message> {

    private final long limit;

    SizeLimit(long limit) {
        super(Phase.RECEIVE);
        this.limit = limit;
    }

    @Override
    public void handleMessage(Message message) throws Fault {
        long declared = declaredLength(message);
        if (declared > limit) {
            throw tooLarge("the request declares " + declared + " bytes");
        }
        InputStream in = message.getContent(InputStream.class);
        if (in != null) {
            message.setContent(InputStream.class, new Bounded(in, limit));
        }
    }

    @SuppressWarnings("unchecked")
    private static long declaredLength(Message message) {
        Object headers = message.get(Message.PROTOCOL_HEADERS);
        if (!(headers instanceof Map<?, ?> map)) {
            return -1;
        }
        Map<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll((Map<String, List<String>>) map);
        List<String> values = caseless.get("Content-Length");
        if (values == null || values.isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(values.get(0).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Fault tooLarge(String what) {
        Fault fault = new Fault(new IOException("DOCUMENT_TOO_LARGE: " + what + "; the limit is " + limit + " bytes"));
        fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        fault.setStatusCode(413);
        return fault;
    }

    /** Fails the read that passes the limit. */
    private final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in, long bound) {
            super(in);
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

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("DOCUMENT_TOO_LARGE: the request passes the limit of " + limit + " bytes");
            }
        }
    }
}
