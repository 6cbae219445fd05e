package org.entrepot.translate.payment;

import static org.entrepot.translate.payment.MxModel.text;
import static org.entrepot.translate.payment.PaymulToPain001Test.translateOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A bank's status report keeps every status, reference, reason and amount through BANSTA and back. */
class BanstaRoundTripTest {

    private static MappingCatalog mappings;
    private static Translator translator;

    @BeforeAll
    static void loadMappings() {
        mappings = Samples.mappings();
        translator = new Translator(mappings);
    }

    @AfterAll
    static void close() {
        mappings.close();
    }

    /** What a BANSTA can carry of a pain.002, read through Prowide's model. */
    static Map<String, String> statusFacts(byte[] pain002) {
        Object report = MxModel.parse(pain002).document("CstmrPmtStsRpt");
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("id", text(report, "GrpHdr/MsgId"));
        facts.put("created", text(report, "GrpHdr/CreDtTm").substring(0, 16));
        facts.put("bank", text(report, "GrpHdr/DbtrAgt/FinInstnId/BICFI"));
        facts.put("original", text(report, "OrgnlGrpInfAndSts/OrgnlMsgId"));
        facts.put("original.created", text(report, "OrgnlGrpInfAndSts/OrgnlCreDtTm").substring(0, 16));
        facts.put("original.sum", text(report, "OrgnlGrpInfAndSts/OrgnlCtrlSum"));
        facts.put("original.status", text(report, "OrgnlGrpInfAndSts/GrpSts"));
        for (Object order : MxModel.list(report, "OrgnlPmtInfAndSts")) {
            String key = "order." + text(order, "OrgnlPmtInfId");
            facts.put(key + ".status", text(order, "PmtInfSts"));
            facts.put(key + ".sum", text(order, "OrgnlCtrlSum"));
            for (Object payment : MxModel.list(order, "TxInfAndSts")) {
                String tx = key + ".payment." + text(payment, "OrgnlEndToEndId");
                facts.put(tx + ".statusId", text(payment, "StsId"));
                facts.put(tx + ".status", text(payment, "TxSts"));
                facts.put(tx + ".reason", text(payment, "StsRsnInf/Rsn/Cd"));
                facts.put(tx + ".reasonText", text(payment, "StsRsnInf/AddtlInf"));
                facts.put(tx + ".amount", text(payment, "OrgnlTxRef/Amt/InstdAmt/Value"));
                facts.put(tx + ".currency", text(payment, "OrgnlTxRef/Amt/InstdAmt/Ccy"));
                facts.put(tx + ".customer", text(payment, "OrgnlTxRef/Dbtr/Pty/Id/OrgId/Othr/Id"));
            }
        }
        return facts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"D96A", "D01B"})
    void elbufersStatusReportKeepsItsStatusesThroughBansta(String directory) {
        byte[] original = Samples.read(Pain002ToBanstaTest.ELBUFER_STATUS);
        byte[] bansta = translateOne(translator, original, Format.EDIFACT, directory);
        byte[] back = translateOne(translator, bansta, Format.ISO20022, "pain.002.001.10");
        assertEquals(List.of(), XmlSchemaCheck.validate(back, new ClasspathSchemas().schema("iso20022/pain.002.001.10.xsd")),
                () -> new String(back, java.nio.charset.StandardCharsets.UTF_8));

        Map<String, String> before = statusFacts(original);
        Map<String, String> after = statusFacts(back);
        assertEquals("RJCT", after.get("order.NW-PAY-2026-1120-USD.payment.NW-E2E-20261120-0003.status"));
        assertEquals("AC01", after.get("order.NW-PAY-2026-1120-USD.payment.NW-E2E-20261120-0003.reason"));
        assertEquals("4012345000009", after.get("order.NW-PAY-2026-1120-EUR.payment.NW-E2E-20261120-0002.customer"));
        assertEquals(before, after);
    }
}
