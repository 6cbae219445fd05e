package org.entrepot.translate.edi;

import java.io.IOException;
import org.smooks.api.ExecutionContext;
import org.smooks.api.SmooksException;
import org.smooks.api.TypedKey;
import org.smooks.api.resource.reader.SmooksXMLReader;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Smooks reader for EDI mappings ({@code <reader class="org.entrepot.translate.edi.EdiSmooksReader"/>}).
 * It does not read the Smooks source itself: the caller positions an {@link EdiMessageCursor}
 * on a message header and hands it over in the execution context, and each Smooks run consumes
 * exactly that message. That keeps one parse per interchange however many messages it has.
 */
public final class EdiSmooksReader implements SmooksXMLReader {

    /** Where the caller puts the cursor for the run. */
    public static final TypedKey<EdiMessageCursor> CURSOR = TypedKey.of("entrepot.edi.cursor");

    private ExecutionContext executionContext;
    private ContentHandler contentHandler;
    private ErrorHandler errorHandler;
    private EntityResolver entityResolver;
    private DTDHandler dtdHandler;

    @Override
    public void setExecutionContext(ExecutionContext executionContext) {
        this.executionContext = executionContext;
    }

    @Override
    public void parse(InputSource ignored) throws IOException, SAXException {
        EdiMessageCursor cursor = executionContext.get(CURSOR);
        if (cursor == null) {
            throw new SmooksException("EDI mappings run through the Translator, which supplies the interchange cursor");
        }
        cursor.emitMessage(contentHandler);
    }

    @Override
    public void parse(String systemId) throws IOException, SAXException {
        parse((InputSource) null);
    }

    @Override
    public boolean getFeature(String name) {
        return false;
    }

    @Override
    public void setFeature(String name, boolean value) {
        // EDI has no XML features to switch.
    }

    @Override
    public Object getProperty(String name) {
        return null;
    }

    @Override
    public void setProperty(String name, Object value) {
        // no properties
    }

    @Override
    public void setEntityResolver(EntityResolver resolver) {
        this.entityResolver = resolver;
    }

    @Override
    public EntityResolver getEntityResolver() {
        return entityResolver;
    }

    @Override
    public void setDTDHandler(DTDHandler handler) {
        this.dtdHandler = handler;
    }

    @Override
    public DTDHandler getDTDHandler() {
        return dtdHandler;
    }

    @Override
    public void setContentHandler(ContentHandler handler) {
        this.contentHandler = handler;
    }

    @Override
    public ContentHandler getContentHandler() {
        return contentHandler;
    }

    @Override
    public void setErrorHandler(ErrorHandler handler) {
        this.errorHandler = handler;
    }

    @Override
    public ErrorHandler getErrorHandler() {
        return errorHandler;
    }
}
