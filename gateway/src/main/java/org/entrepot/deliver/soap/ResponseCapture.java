package org.entrepot.deliver.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Keeps the peer's answer exactly as it arrived (the signed envelope is the evidence of what
 * customs said), with its HTTP status, and refuses an answer larger than the limit before any
 * XML parser sees it. One instance per call.
 */
final class ResponseCapture extends AbstractPhaseInterceptor<Message> {

    private final int limit;
    private volatile byte[] envelope;
    private volatile int status;

    ResponseCapture(int limit) {
        super(Phase.RECEIVE);
        this.limit = limit;
    }

    @Override
    public void handleMessage(Message message) throws Fault {
        Object code = message.get(Message.RESPONSE_CODE);
        status = code instanceof Integer number ? number : 0;
        InputStream in = message.getContent(InputStream.class);
        if (in == null) {
            return;
        }
        try {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new Fault(new IOException("DOCUMENT_TOO_LARGE: the answer exceeds " + limit + " bytes"));
            }
            envelope = bytes;
            message.setContent(InputStream.class, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new Fault(e);
        }
    }

    /** The answer's bytes, or null when none arrived. */
    byte[] envelope() {
        return envelope;
    }

    /** The answer's HTTP status, 0 when none arrived. */
    int status() {
        return status;
    }
}
