package org.entrepot.translate.payment;

import static org.entrepot.translate.payment.MxModel.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The business values of a pain.001 (either version), read through Prowide's ISO 20022 model and
 * named as a person would check them: {@code payment.NW-E2E-20261120-0001.creditor.iban}. Each
 * payment is keyed by its end-to-end id, each payment order (PmtInf) by its id, so facts of two
 * documents compare whatever order or version they are written in.
 */
final class Pain001Facts {

    private Pain001Facts() {
    }

    static Map<String, String> of(byte[] xml) {
        MxModel model = MxModel.parse(xml);
        boolean v09 = model.modelName().equals("MxPain00100109");
        Object initiation = model.document("CstmrCdtTrfInitn");
        Map<String, String> facts = new LinkedHashMap<>();
        put(facts, "message.id", text(initiation, "GrpHdr/MsgId"));
        put(facts, "message.created", text(initiation, "GrpHdr/CreDtTm").substring(0, 16));
        put(facts, "message.transactions", text(initiation, "GrpHdr/NbOfTxs"));
        put(facts, "message.controlSum", text(initiation, "GrpHdr/CtrlSum"));
        put(facts, "initiator.name", text(initiation, "GrpHdr/InitgPty/Nm"));
        put(facts, "initiator.id", text(initiation, "GrpHdr/InitgPty/Id/OrgId/Othr/Id"));
        put(facts, "initiator.scheme", text(initiation, "GrpHdr/InitgPty/Id/OrgId/Othr/SchmeNm/Cd"));
        for (Object order : MxModel.list(initiation, "PmtInf")) {
            String id = "order." + text(order, "PmtInfId");
            put(facts, id + ".method", text(order, "PmtMtd"));
            put(facts, id + ".transactions", text(order, "NbOfTxs"));
            put(facts, id + ".controlSum", text(order, "CtrlSum"));
            put(facts, id + ".date", text(order, v09 ? "ReqdExctnDt/Dt" : "ReqdExctnDt"));
            party(facts, id + ".debtor", order, "Dbtr");
            put(facts, id + ".debtor.iban", text(order, "DbtrAcct/Id/IBAN"));
            put(facts, id + ".debtor.account", text(order, "DbtrAcct/Id/Othr/Id"));
            put(facts, id + ".debtor.accountName", text(order, "DbtrAcct/Nm"));
            put(facts, id + ".debtor.currency", text(order, "DbtrAcct/Ccy"));
            put(facts, id + ".debtor.bic", text(order, "DbtrAgt/FinInstnId/BIC|BICFI"));
            put(facts, id + ".chargeBearer", text(order, "ChrgBr"));
            for (Object payment : MxModel.list(order, "CdtTrfTxInf")) {
                String key = "payment." + text(payment, "PmtId/EndToEndId");
                put(facts, key + ".order", text(order, "PmtInfId"));
                put(facts, key + ".instruction", text(payment, "PmtId/InstrId"));
                put(facts, key + ".amount", text(payment, "Amt/InstdAmt/Value"));
                put(facts, key + ".currency", text(payment, "Amt/InstdAmt/Ccy"));
                put(facts, key + ".chargeBearer", text(payment, "ChrgBr"));
                put(facts, key + ".creditor.bic", text(payment, "CdtrAgt/FinInstnId/BIC|BICFI"));
                party(facts, key + ".creditor", payment, "Cdtr");
                put(facts, key + ".creditor.iban", text(payment, "CdtrAcct/Id/IBAN"));
                put(facts, key + ".creditor.account", text(payment, "CdtrAcct/Id/Othr/Id"));
                put(facts, key + ".creditor.accountName", text(payment, "CdtrAcct/Nm"));
                put(facts, key + ".remittance", text(payment, "RmtInf/Ustrd"));
            }
        }
        return facts;
    }

    private static void party(Map<String, String> facts, String key, Object owner, String element) {
        put(facts, key + ".name", text(owner, element + "/Nm"));
        put(facts, key + ".street", text(owner, element + "/PstlAdr/StrtNm"));
        put(facts, key + ".postcode", text(owner, element + "/PstlAdr/PstCd"));
        put(facts, key + ".city", text(owner, element + "/PstlAdr/TwnNm"));
        put(facts, key + ".subdivision", text(owner, element + "/PstlAdr/CtrySubDvsn"));
        put(facts, key + ".country", text(owner, element + "/PstlAdr/Ctry"));
        put(facts, key + ".id", text(owner, element + "/Id/OrgId/Othr/Id"));
    }

    private static void put(Map<String, String> facts, String key, String value) {
        if (!value.isEmpty()) {
            facts.put(key, value);
        }
    }
}
