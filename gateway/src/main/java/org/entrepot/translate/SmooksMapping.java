package org.entrepot.translate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.entrepot.translate.edi.EdiMessageCursor;
import org.entrepot.translate.edi.EdiNode;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.api.SmooksException;
import org.smooks.engine.DefaultApplicationContextBuilder;
import org.smooks.io.sink.StringSink;
import org.smooks.io.source.ByteSource;
import org.smooks.io.source.JavaSourceWithoutEventStream;
import org.xml.sax.SAXException;

/**
 * One mapping folder made runnable: its Smooks configuration, loaded once on first use and then
 * shared by every thread (a configured Smooks instance is thread-safe; each run gets its own
 * execution context).
 */
final class SmooksMapping implements AutoCloseable {

    /** The bean templates see as {@code entrepot}: values the gateway supplies (control reference, time…). */
    static final String CONTEXT_BEAN = "entrepot";

    private final MappingDescriptor descriptor;
    private final MappingResources resources;
    private volatile Smooks smooks;

    SmooksMapping(MappingDescriptor descriptor, MappingResources resources) {
        this.descriptor = descriptor;
        this.resources = resources;
    }

    MappingDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Maps the message the cursor is positioned on. The message reaches Smooks as one model
     * ({@code interchange}), read straight from the stream, rather than as an event per segment:
     * Smooks' per-element dispatch and DOM would cost more than the whole rest of the translation.
     */
    String mapMessage(EdiMessageCursor cursor, Map<String, Object> context) {
        return mapMessage(cursor.readMessage(), context);
    }

    /** Maps a message already read from the cursor (when its content chose the mapping). */
    String mapMessage(EdiNode.Group interchange, Map<String, Object> context) {
        ExecutionContext execution = smooks().createExecutionContext();
        execution.getBeanContext().addBean("interchange", interchange);
        return run(execution, new JavaSourceWithoutEventStream(interchange), context);
    }

    /** Maps an XML document; the configuration's reader must be the hardened XML reader. */
    String mapXml(byte[] document, Map<String, Object> context) {
        return run(smooks().createExecutionContext(), new ByteSource(document), context);
    }

    private String run(ExecutionContext execution, org.smooks.api.io.Source source, Map<String, Object> context) {
        execution.getBeanContext().addBean(CONTEXT_BEAN, context);
        StringSink sink = new StringSink();
        smooks().filterSource(execution, source, sink);
        return sink.getResult();
    }

    /** Loads the configuration now, so the first document does not pay for it. */
    void load() {
        smooks();
    }

    private Smooks smooks() {
        Smooks loaded = smooks;
        if (loaded == null) {
            synchronized (this) {
                loaded = smooks;
                if (loaded == null) {
                    loaded = create();
                    smooks = loaded;
                }
            }
        }
        return loaded;
    }

    private Smooks create() {
        Smooks created = new Smooks(new DefaultApplicationContextBuilder().withClassLoader(resources).build());
        try {
            created.addResourceConfigs(descriptor.smooksConfig(),
                    new ByteArrayInputStream(resources.read(descriptor.smooksConfig())));
            // Templates compile when the first execution context is made: do it here, inside the lock.
            created.createExecutionContext();
            return created;
        } catch (IOException | SAXException | SmooksException e) {
            created.close();
            throw new MappingConfigException("mapping " + descriptor.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        Smooks loaded = smooks;
        if (loaded != null) {
            loaded.close();
        }
    }
}
