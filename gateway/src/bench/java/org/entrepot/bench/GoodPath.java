package org.entrepot.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.TranslatedDocument;
import org.entrepot.translate.Translator;

/**
 * Checks, before anything is measured, that a generated interchange is one the gateway accepts
 * whole: our translator yields one UBL invoice with every line, and StAEDI with the D96A
 * structure reports no problem. A throughput figure for a rejection would be meaningless.
 */
final class GoodPath {

    private GoodPath() {
    }

    static void requireAccepted(byte[] interchange, int lines) {
        try (MappingCatalog mappings = BenchRepository.mappings()) {
            Outcome<List<TranslatedDocument>> outcome = new Translator(mappings).translate(interchange, Format.UBL);
            if (!outcome.isAccepted()) {
                throw new IllegalStateException("the translator rejects the generated interchange: " + outcome.rejections());
            }
            String ubl = new String(outcome.value().get(0).content(), StandardCharsets.UTF_8);
            require(outcome.value().size() == 1, "one UBL invoice, got " + outcome.value().size());
            require(occurrences(ubl, "<cac:InvoiceLine>") == lines, "UBL lines: " + occurrences(ubl, "<cac:InvoiceLine>"));
        }
        StaediPass pass = StaediPass.structured(new MessageSchemas());
        StaediPass.Count count = pass.read(interchange);
        require(count.problems() == 0, "StAEDI reports " + count.problems() + " problems in the generated interchange");
        require(count.loops() > lines, "StAEDI saw no segment groups: the D96A schema was not attached");
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
