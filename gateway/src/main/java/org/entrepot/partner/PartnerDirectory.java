package org.entrepot.partner;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entrepot.document.DocumentType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The trading community: partners, the identifiers they use in envelopes, and the agreements
 * between them. Loaded once at start-up from a YAML file (see {@code samples/partners.yaml});
 * immutable afterwards, so lookups need no locking.
 */
public final class PartnerDirectory {

    private final List<Partner> partners;
    private final List<Agreement> agreements;
    private final Map<String, Partner> byId;
    private final Map<PartyId, Partner> byIdentifier;
    private final Map<Exchange, Agreement> byExchange;

    private PartnerDirectory(List<Partner> partners, List<Agreement> agreements) {
        this.partners = List.copyOf(partners);
        this.agreements = List.copyOf(agreements);
        this.byId = partners.stream().collect(Collectors.toUnmodifiableMap(Partner::id, Function.identity()));
        this.byIdentifier = partners.stream()
                .flatMap(partner -> partner.identifiers().stream().map(id -> Map.entry(id, partner)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.byExchange = agreements.stream().collect(Collectors.toUnmodifiableMap(
                a -> new Exchange(a.sender(), a.receiver(), a.document()), Function.identity()));
    }

    /** A community of nobody, for a gateway whose flow needs no partners. */
    public static PartnerDirectory empty() {
        return new PartnerDirectory(List.of(), List.of());
    }

    /**
     * Loads and validates a partner file.
     *
     * @throws PartnerConfigException naming the file, line and key of the first problem
     */
    public static PartnerDirectory load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (CharacterCodingException e) {
            throw new PartnerConfigException(file.toString(), 0, "", "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new PartnerConfigException(file.toString(), 0, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a partner file from any source, e.g. a classpath resource.
     *
     * @param source how to name the file in error messages
     * @throws PartnerConfigException naming the source, line and key of the first problem
     */
    public static PartnerDirectory read(Reader reader, String source) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new PartnerConfigException(source, line, "", "is not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            String problem = e.getCause() instanceof CharacterCodingException ? "is not UTF-8 text"
                    : "is not valid YAML: " + e.getMessage();
            throw new PartnerConfigException(source, 0, "", problem, e);
        }
        if (root == null) {
            throw new PartnerConfigException(source, 0, "", "is empty; expected partners and agreements");
        }
        PartnerFileReader file = new PartnerFileReader().read(ConfigNode.root(source, root));
        return new PartnerDirectory(file.partners(), file.agreements());
    }

    public Optional<Partner> partner(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The partner that an envelope identifier names; identifiers are unique across partners. */
    public Optional<Partner> partnerFor(PartyId identifier) {
        return Optional.ofNullable(byIdentifier.get(identifier));
    }

    /** The agreement covering this exchange; at most one exists, the loader ensures it. */
    public Optional<Agreement> agreement(String senderId, String receiverId, DocumentType document) {
        return Optional.ofNullable(byExchange.get(new Exchange(senderId, receiverId, document)));
    }

    /** Partners in file order. */
    public List<Partner> partners() {
        return partners;
    }

    /** Agreements in file order. */
    public List<Agreement> agreements() {
        return agreements;
    }

    /** What an agreement is looked up by. */
    private record Exchange(String sender, String receiver, DocumentType document) {
    }
}
