package org.entrepot.check.directory;

import java.util.List;

/**
 * The service segments that appear inside message bodies, from ISO 9735 (syntax 4 part 1).
 * Smooks' directory packs refer to them ({@code srv:UNS-SectionControl}) but define them in its
 * EDIFACT-Common schema, which is not part of the pack, so they are declared here. UNH/UNT are
 * not among them: StAEDI's control schema owns the message envelope.
 */
final class ServiceSegments {

    private ServiceSegments() {
    }

    static List<DataElement> elements() {
        return List.of(
                new DataElement("0081", "Section identification", "string", 1, 1, List.of("D", "S")),
                new DataElement("0087", "Anti-collision segment group identification", "string", 1, 4, List.of()));
    }

    static List<Segment> segments() {
        List<ElementPosition> sectionIdentification = List.of(new ElementPosition("E0081", true));
        List<ElementPosition> groupIdentification = List.of(new ElementPosition("E0087", true));
        return List.of(
                new Segment("UNS", "Section control", sectionIdentification),
                new Segment("UGH", "Anti-collision segment group header", groupIdentification),
                new Segment("UGT", "Anti-collision segment group trailer", groupIdentification));
    }
}
