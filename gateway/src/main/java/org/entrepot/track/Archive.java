package org.entrepot.track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bytes of every step of every document, kept on disk as evidence under
 * {@code archive/<yyyy>/<MM>/<dd>/<messageId>/<step>.<extension>}.
 *
 * <p>The date folder is the day (UTC) the message id was made when it is one of
 * {@link MessageIds}' ids, so all steps of a document stay in one folder even when it crosses
 * midnight, and finding them needs no search. Other ids are filed under the day they were stored
 * and found by looking through the day folders.
 *
 * <p>Storing the same step of the same message again replaces the earlier file; a step that must
 * keep every attempt (a delivery retried with different bytes) needs a distinct step name such
 * as {@code delivered-2}.
 */
public final class Archive {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final Path root;
    private final Clock clock;

    /** @param dataDir the gateway's data folder; files go under {@code dataDir/archive} */
    public Archive(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    /**
     * @param dataDir the gateway's data folder
     * @param clock dates the folders of ids that carry no time of their own
     */
    public Archive(Path dataDir, Clock clock) {
        this.root = dataDir.resolve("archive");
        this.clock = clock;
    }

    /**
     * Stores the bytes of one step, atomically: a reader sees the complete file or none.
     *
     * @param messageId the gateway's id of the document; letters, digits, {@code . _ -}, 1 to 100
     * @param step the flow step, e.g. {@code received} or {@code translated}; same characters
     * @param bytes the content
     * @param extension lower-case letters and digits, 1 to 10, e.g. {@code edi} or {@code xml}
     * @return the stored file
     * @throws IllegalArgumentException if a name could escape the archive folder
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path store(String messageId, String step, byte[] bytes, String extension) {
        StorageNames.requireName("message id", messageId);
        StorageNames.requireName("step", step);
        StorageNames.requireExtension(extension);
        Path folder = dayFolder(dayOf(messageId)).resolve(messageId);
        Path target = folder.resolve(step + "." + extension);
        try {
            AtomicFile.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + step + " of " + messageId, e);
        }
        return target;
    }

    /**
     * The stored file of one step. If the step was stored under several extensions, the first
     * in name order.
     *
     * @param messageId the gateway's id of the document
     * @param step the flow step
     * @return the file, or empty if the step was never stored
     * @throws IllegalArgumentException if a name is not one {@link #store} would accept
     */
    public Optional<Path> find(String messageId, String step) {
        StorageNames.requireName("step", step);
        return files(messageId).stream()
                .filter(file -> stepOf(file.getFileName().toString()).equals(step))
                .min(Comparator.comparing(file -> file.getFileName().toString()));
    }

    /**
     * Every stored file of one message, in the order they were stored as far as the file system
     * can tell: day folder, then modification time (which can be coarse, a few milliseconds),
     * then name.
     *
     * @param messageId the gateway's id of the document
     * @return the files; empty if nothing was stored for the message
     */
    public List<Path> files(String messageId) {
        StorageNames.requireName("message id", messageId);
        try {
            List<Path> files = new ArrayList<>();
            for (Path folder : messageFolders(messageId)) {
                try (Stream<Path> entries = Files.list(folder)) {
                    entries.filter(Archive::isStoredFile)
                            .sorted(Comparator.comparing(Archive::modified)
                                    .thenComparing(file -> file.getFileName().toString()))
                            .forEach(files::add);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the archive of " + messageId, e);
        }
    }

    private LocalDate dayOf(String messageId) {
        Instant made = MessageIds.timeOf(messageId).orElseGet(clock::instant);
        return LocalDate.ofInstant(made, ZoneOffset.UTC);
    }

    private Path dayFolder(LocalDate day) {
        return root.resolve(String.format("%04d", day.getYear()))
                .resolve(String.format("%02d", day.getMonthValue()))
                .resolve(String.format("%02d", day.getDayOfMonth()));
    }

    private List<Path> messageFolders(String messageId) throws IOException {
        if (MessageIds.timeOf(messageId).isPresent()) {
            Path folder = dayFolder(dayOf(messageId)).resolve(messageId);
            return Files.isDirectory(folder) ? List.of(folder) : List.of();
        }
        // an id without a time may have been stored on any day, and on more than one
        List<Path> folders = new ArrayList<>();
        for (Path year : numberedFolders(root)) {
            for (Path month : numberedFolders(year)) {
                for (Path day : numberedFolders(month)) {
                    Path folder = day.resolve(messageId);
                    if (Files.isDirectory(folder)) {
                        folders.add(folder);
                    }
                }
            }
        }
        return folders;
    }

    private static List<Path> numberedFolders(Path parent) throws IOException {
        List<Path> folders = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return folders;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
                entry -> DIGITS.matcher(entry.getFileName().toString()).matches() && Files.isDirectory(entry))) {
            entries.forEach(folders::add);
        }
        folders.sort(null); // same-width numbers: name order is time order
        return folders;
    }

    // only names this class writes count; a temporary file left by a crash or a stray file does not
    private static boolean isStoredFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && StorageNames.isName(name.substring(0, dot))
                && StorageNames.isExtension(name.substring(dot + 1)) && Files.isRegularFile(file);
    }

    private static String stepOf(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
