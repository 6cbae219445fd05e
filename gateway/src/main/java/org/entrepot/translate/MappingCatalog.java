package org.entrepot.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every mapping under a mappings root ({@code mappings/<family>/<pair>/mapping.properties}).
 * The root is a folder the operator names, or the {@code mappings/} folder packaged in the jar.
 * Descriptors are read and checked at start-up; Smooks configurations load on first use, so
 * start-up never pays for mappings no document needs.
 */
public final class MappingCatalog implements AutoCloseable {

    /** An EDIFACT directory name; compiled once because every translation sorts its candidates by it. */
    private static final java.util.regex.Pattern DIRECTORY = java.util.regex.Pattern.compile("D([0-9]{2})([A-Z])");

    /** How many distinct requests the catalog remembers the candidates of (see {@link #remembered}). */
    private static final int REMEMBERED_REQUESTS = 1_000;

    private final Path root;
    private final List<SmooksMapping> mappings;
    private final Map<Request, List<SmooksMapping>> directCandidates = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Request, List<SmooksMapping>> xmlCandidates = new java.util.concurrent.ConcurrentHashMap<>();

    private MappingCatalog(Path root, List<SmooksMapping> mappings) {
        this.root = root;
        this.mappings = List.copyOf(mappings);
    }

    /** Loads the mappings under a folder. */
    public static MappingCatalog load(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new MappingConfigException(absolute, "", "is not a mappings folder");
        }
        MappingResources resources = new MappingResources(absolute, MappingCatalog.class.getClassLoader());
        List<SmooksMapping> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(absolute, 4)) {
            files.filter(f -> f.getFileName() != null && f.getFileName().toString().equals(MappingDescriptor.FILE_NAME))
                    .sorted(Comparator.comparing(Path::toString))
                    .forEach(f -> found.add(new SmooksMapping(MappingDescriptor.read(absolute, f), resources)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list mappings under " + absolute, e);
        }
        return new MappingCatalog(absolute, found);
    }

    /** Loads the mappings packaged with the gateway (the repository's {@code mappings/} folder). */
    public static MappingCatalog packaged() {
        URL marker = MappingCatalog.class.getClassLoader().getResource("mappings/README.md");
        if (marker == null) {
            throw new IllegalStateException("the gateway jar carries no mappings/ folder");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                return load(jarFileSystem(uri).getPath("/mappings"));
            }
            return load(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the packaged mappings at " + marker, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    public Path root() {
        return root;
    }

    public List<MappingDescriptor> descriptors() {
        return mappings.stream().map(SmooksMapping::descriptor).toList();
    }

    /** The mapping that reads this message and writes what {@code target} asks, if one exists. */
    Optional<SmooksMapping> find(Format source, String messageType, String version, Target target) {
        return find(source, messageType, version, target, null);
    }

    /**
     * As {@link #find(Format, String, String, Target)} for a source whose content is known (an EDI
     * message read into its model, an XML document): a mapping whose {@code source.when} holds
     * comes before mappings without a condition, and one whose condition fails is left out.
     */
    Optional<SmooksMapping> find(Format source, String messageType, String version, Target target,
                                 SourceContent message) {
        List<SmooksMapping> candidates = remembered(directCandidates, new Request(source, messageType, version, target),
                () -> preferConditional(mappings.stream()
                        .filter(m -> target.accepts(m.descriptor().target(), m.descriptor().targetVersion())
                                && target.acceptsMessage(m.descriptor().targetMessage())
                                && m.descriptor().reads(source, messageType, version))));
        return candidates.stream().filter(m -> m.descriptor().appliesTo(message)).findFirst();
    }

    /**
     * What a translation asks the catalog, as a key: the candidates for a request are the same for
     * every message (only their conditions are read per message), so they are sorted once, not per message.
     */
    private record Request(Format source, String messageType, String version, Target target) {
    }

    /** Requests name what documents say, so the memory is bounded: past the limit, candidates are found afresh. */
    private static List<SmooksMapping> remembered(Map<Request, List<SmooksMapping>> memory, Request request,
                                                  java.util.function.Supplier<List<SmooksMapping>> find) {
        List<SmooksMapping> known = memory.get(request);
        if (known != null) {
            return known;
        }
        List<SmooksMapping> found = find.get();
        if (memory.size() < REMEMBERED_REQUESTS) {
            memory.put(request, found);
        }
        return found;
    }

    /** Every mapping that reads this message into XML: the first legs of a chain through a pivot. */
    List<SmooksMapping> toXml(Format source, String messageType, String version) {
        return toXml(source, messageType, version, null);
    }

    /** As {@link #toXml(Format, String, String)} for a source whose content is known, conditional mappings first. */
    List<SmooksMapping> toXml(Format source, String messageType, String version, SourceContent message) {
        List<SmooksMapping> candidates = remembered(xmlCandidates, new Request(source, messageType, version, null),
                () -> preferConditional(mappings.stream()
                        .filter(m -> m.descriptor().target().syntax() == org.entrepot.document.Syntax.XML
                                && m.descriptor().target() != source
                                && m.descriptor().reads(source, messageType, version))));
        return candidates.stream().filter(m -> m.descriptor().appliesTo(message)).toList();
    }

    /**
     * Candidates in the order a request takes them: a mapping whose condition holds before one
     * without, then the oldest version written first (D.96A before D.01B, 004010 before 005010),
     * so a request that names no version gets the one most partners read, whatever the folder names.
     */
    private static List<SmooksMapping> preferConditional(Stream<SmooksMapping> candidates) {
        return candidates.sorted(Comparator.comparing((SmooksMapping m) -> m.descriptor().when().isEmpty())
                .thenComparing(m -> versionAge(m.descriptor().targetVersion()))).toList();
    }

    /** A version as a sortable key: EDIFACT directories by year (D96A = 1996A, D01B = 2001B), others as written. */
    static String versionAge(String version) {
        java.util.regex.Matcher directory = DIRECTORY.matcher(version);
        if (directory.matches()) {
            int year = Integer.parseInt(directory.group(1));
            return (year < 50 ? 2000 + year : 1900 + year) + directory.group(2);
        }
        return version;
    }

    /** Loads every Smooks configuration now (for a server that prefers a slower start to a slow first document). */
    public void warmUp() {
        mappings.forEach(SmooksMapping::load);
    }

    @Override
    public void close() {
        mappings.forEach(SmooksMapping::close);
    }
}
