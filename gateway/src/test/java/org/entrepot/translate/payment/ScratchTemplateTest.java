package org.entrepot.translate.payment;

import freemarker.template.Configuration;
import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Translator;
import org.entrepot.translate.edi.EdiFunctions;
import org.entrepot.translate.edi.EdiMessageCursor;
import org.junit.jupiter.api.Test;

class ScratchTemplateTest {
    @Test
    void run() throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);
        cfg.setDirectoryForTemplateLoading(new File("../mappings"));
        String file = System.getProperty("scratch.file", "payments/nordwind-elbufer-paymul-d96a.edi");
        String template = System.getProperty("scratch.template", "payment/edifact-paymul_to_iso20022-pain.001.001.09/pain001.ftl");
        try (EdiMessageCursor cursor = new EdiMessageCursor(Samples.read(file), StandardCharsets.ISO_8859_1,
                Translator.transactionSchemas(new MessageSchemas()), false)) {
            cursor.nextMessage();
            Map<String, Object> model = new HashMap<>();
            model.put("interchange", cursor.readMessage());
            Map<String, Object> entrepot = new HashMap<>();
            entrepot.put("edi", EdiFunctions.all());
            entrepot.put("controlReference", "REF1");
            entrepot.put("date", "20261122"); entrepot.put("shortDate", "261122"); entrepot.put("time", "1200");
            entrepot.put("latin1", true);
            model.put("entrepot", entrepot);
            StringWriter out = new StringWriter();
            cfg.getTemplate(template).process(model, out);
            System.out.println(out);
        }
    }
}
