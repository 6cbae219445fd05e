package org.entrepot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.translate.Samples;
import org.entrepot.translate.UblDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entrepot translate} on the order family: to its XML and to either EDI syntax, in the directory or version asked. */
class OrderCommandLineTest {

    @TempDir
    Path work;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    private Path sample(String name) throws Exception {
        Path file = work.resolve(Path.of(name).getFileName());
        Files.write(file, Samples.read(name));
        return file;
    }

    private String translate(String sample, String... options) throws Exception {
        Path out = work.resolve("out");
        String[] arguments = new String[options.length + 4];
        arguments[0] = "translate";
        arguments[1] = sample(sample).toString();
        System.arraycopy(options, 0, arguments, 2, options.length);
        arguments[arguments.length - 2] = "-o";
        arguments[arguments.length - 1] = out.toString();
        assertEquals(0, Entrepot.run(arguments), err.toString(StandardCharsets.UTF_8));
        return Files.readString(out, StandardCharsets.ISO_8859_1);
    }

    @Test
    void anInterchangeOfTwoOrdersBecomesTwoUblOrdersWithToXml() throws Exception {
        translate("orders/globex-nordwind-orders-d96a.edi", "--to", "xml");

        for (Path order : List.of(work.resolve("out"), work.resolve("out-2"))) {
            byte[] xml = Files.readAllBytes(order);
            assertEquals(List.of(), XmlSchemaCheck.validate(xml, UBL21Marshaller.order().getSchema()));
            assertTrue(UblDocument.parse(xml).text("/*/cbc:ID").startsWith("GX-PO-2026-088"));
        }
    }

    @Test
    void aUblOrderBecomesOrdersInTheDirectoryAsked() throws Exception {
        assertTrue(translate("orders/nordwind-meridian-ubl-order.xml", "--to", "edifact", "--directory", "D01B")
                .contains("UNH+1+ORDERS:D:01B:UN'"));
        assertTrue(translate("orders/nordwind-meridian-ubl-order.xml", "--to", "edifact", "--directory", "D96A")
                .contains("UNH+1+ORDERS:D:96A:UN'"));
    }

    @Test
    void a4010PurchaseOrderBecomes5010WithVersion5010() throws Exception {
        String x12 = translate("orders/atlas-lakeside-850-4010.edi", "--to", "x12", "--version", "5010");

        assertTrue(x12.contains("*^*00501*") && x12.contains("GS*PO*987654321*123456789*") && x12.contains("*X*005010~"), x12);
        assertTrue(Files.readString(work.resolve("out-2")).contains("BEG*00*SA*AH-PO-55121*"));
    }

    @Test
    void responsesAndChangesCrossBetweenSyntaxes() throws Exception {
        String ordrsp = translate("orders/lakeside-atlas-855-4010.edi", "--to", "edifact", "--directory", "D96A");
        assertTrue(ordrsp.contains("UNH+1+ORDRSP:D:96A:UN'") && ordrsp.contains("BGM+231+LS-SO-88120+4+CA'"), ordrsp);

        String x12 = translate("orders/globex-yuanhang-ordchg-d01b-unow.edi", "--to", "x12", "--version", "004010");
        assertTrue(x12.contains("ST*860*0001~") && x12.contains("BCH*04*SA*GX-PO-2026-0890**2*20261119*GX-PC-2026-0890-2*"), x12);
    }
}
