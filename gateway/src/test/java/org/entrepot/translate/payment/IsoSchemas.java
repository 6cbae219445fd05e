package org.entrepot.translate.payment;

import java.util.List;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;

/** ISO's own XSD of an ISO 20022 message version, as the check stage loads it (iso20022/ on the class path). */
final class IsoSchemas {

    private static final ClasspathSchemas SCHEMAS = new ClasspathSchemas();

    private IsoSchemas() {
    }

    /** What ISO's schema of {@code version} (e.g. pain.001.001.03) says is wrong with the document; empty when valid. */
    static List<org.entrepot.document.Rejection> problems(byte[] document, String version) {
        return XmlSchemaCheck.validate(document, SCHEMAS.schema("iso20022/" + version + ".xsd"));
    }
}
