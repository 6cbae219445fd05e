package org.entrepot.translate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entrepot.translate.edi.EdiNode;
import org.entrepot.translate.xml.XmlElementText;

/** A source as conditions ({@code source.when}) read it, before the translator chooses a mapping. */
public sealed interface SourceContent {

    /** An EDI message, already read into its model ({@code interchange} as the cursor gives it). */
    record Edi(EdiNode.Group interchange) implements SourceContent {
    }

    /** An XML document; a path is read once however many candidate mappings ask about it. */
    final class Xml implements SourceContent {
        private final byte[] document;
        private final Map<List<String>, Optional<String>> read = new HashMap<>();

        public Xml(byte[] document) {
            this.document = document;
        }

        /** The text of the first element at that path below the root, if there is one. */
        Optional<String> text(List<String> path) {
            return read.computeIfAbsent(path, p -> XmlElementText.first(document, p));
        }
    }
}
