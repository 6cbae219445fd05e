package org.entrepot.deliver.rest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * Reads a carrier's answer up to a limit: an answer is evidence and a reason, never a document,
 * so what a carrier sends beyond the limit is dropped instead of filling the gateway's memory.
 * What was read before the limit is kept, marked as cut.
 */
final class BoundedBody implements Flow.Subscriber<List<ByteBuffer>> {

    /** The body, and whether the carrier sent more than was kept. */
    record Read(byte[] bytes, boolean cut) {
    }

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private boolean cut;

    private BoundedBody(int limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<Read> handler(int limit) {
        return info -> {
            BoundedBody body = new BoundedBody(limit);
            return HttpResponse.BodySubscribers.fromSubscriber(body, BoundedBody::result);
        };
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int room = limit - bytes.size();
            int take = Math.min(room, buffer.remaining());
            byte[] chunk = new byte[take];
            buffer.get(chunk);
            bytes.write(chunk, 0, take);
            if (buffer.hasRemaining()) {
                // read on and drop: cancelling would leave the finisher uncalled (JDK 17) and the
                // exchange waiting for the read timeout; the read timeout bounds the time anyway
                cut = true;
                buffer.position(buffer.limit());
            }
        }
    }

    @Override
    public void onError(Throwable throwable) {
        // the exchange fails with the same error; nothing to add
    }

    @Override
    public void onComplete() {
        // result() is read once the body is complete or cancelled
    }

    private Read result() {
        return new Read(bytes.toByteArray(), cut);
    }
}
