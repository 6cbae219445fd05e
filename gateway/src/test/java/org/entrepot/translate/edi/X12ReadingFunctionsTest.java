package org.entrepot.translate.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The X12 helpers of common/x12-read.ftl are Java functions (EdiFunctions); these are the rules
 * the templates rely on, beyond what the samples happen to contain.
 */
class X12ReadingFunctionsTest {

    @Test
    void anImpliedTwoDecimalValueBecomesADecimalWhateverItsLengthOrSign() {
        assertEquals("349.92", EdiFunctions.impliedTwoDecimals("34992"));
        assertEquals("0.12", EdiFunctions.impliedTwoDecimals("0012"));
        assertEquals("0.05", EdiFunctions.impliedTwoDecimals("5"));
        assertEquals("-0.05", EdiFunctions.impliedTwoDecimals("-5"));
        assertEquals("-1250.00", EdiFunctions.impliedTwoDecimals("-125000"));
        assertEquals("0.00", EdiFunctions.impliedTwoDecimals("0"));
        assertEquals("", EdiFunctions.impliedTwoDecimals(""));
    }

    @Test
    void productIdentifiersComeInQualifierIdPairsAndHalfPairsAreLeftOut() throws TemplateModelException {
        // IT1*1*10*EA*12.5**BP*4711*VN**UP*012345678905
        EdiNode.Segment it1 = segment("IT1", Map.of("e01", "1", "e02", "10", "e03", "EA", "e04", "12.5",
                "e06", "BP", "e07", "4711", "e08", "VN", "e10", "UP", "e11", "012345678905"));

        assertEquals(List.of(List.of("BP", "4711"), List.of("UP", "012345678905")),
                pairs(EdiFunctions.productIds(it1, 6, 24)));
        assertEquals(List.of(), pairs(EdiFunctions.productIds(null, 6, 24)));
    }

    @Test
    void theFirstCommunicationNumberOfEachKindWins() throws TemplateModelException {
        EdiNode.Segment per = segment("PER", Map.of("e01", "IC", "e02", "Dana Miller", "e03", "TE", "e04", "+1 312 555 0100",
                "e05", "TE", "e06", "+1 312 555 0199", "e07", "EM", "e08", "dana@example.com"));

        TemplateHashModelEx numbers = (TemplateHashModelEx) EdiFunctions.communications(per);

        assertEquals(2, numbers.size());
        assertEquals("+1 312 555 0100", text(numbers.get("TE")));
        assertEquals("dana@example.com", text(numbers.get("EM")));
    }

    private static EdiNode.Segment segment(String tag, Map<String, String> elements) {
        Map<String, String> ordered = new LinkedHashMap<>();
        elements.keySet().stream().sorted().forEach(key -> ordered.put(key, elements.get(key)));
        return new EdiNode.Segment(tag, ordered.keySet().toArray(String[]::new), ordered.values().toArray(String[]::new));
    }

    private static List<List<String>> pairs(TemplateModel model) throws TemplateModelException {
        TemplateSequenceModel sequence = (TemplateSequenceModel) model;
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < sequence.size(); i++) {
            TemplateSequenceModel pair = (TemplateSequenceModel) sequence.get(i);
            pairs.add(List.of(text(pair.get(0)), text(pair.get(1))));
        }
        return pairs;
    }

    private static String text(TemplateModel model) throws TemplateModelException {
        return ((TemplateScalarModel) model).getAsString();
    }
}
