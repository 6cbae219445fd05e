package org.entrepot.track;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the gateway's embedded database lives: {@code <data>/tracking/entrepot}, opened with
 * H2's AUTO_SERVER so the CLI can read while a gateway holds it. Tracking, control numbers and
 * the duplicate register all use this one database.
 */
public final class TrackingDatabase {

    /** The database file's base name inside {@code <data>/tracking}. */
    public static final String NAME = "entrepot";

    private TrackingDatabase() {
    }

    /**
     * The JDBC URL of the data folder's database, creating its folder if needed.
     *
     * @param dataDir  the gateway's data folder
     * @param settings extra H2 settings, each {@code KEY=VALUE}
     */
    public static String url(Path dataDir, String... settings) {
        Path folder = dataDir.toAbsolutePath().normalize().resolve("tracking");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the tracking folder " + folder, e);
        }
        String location = folder.resolve(NAME).toString();
        if (location.indexOf(';') >= 0) {
            // ';' starts a setting in an H2 URL; a folder name must not be able to add one
            throw new IllegalArgumentException("the data folder path must not contain ';': " + folder);
        }
        StringBuilder url = new StringBuilder("jdbc:h2:file:").append(location).append(";AUTO_SERVER=TRUE");
        for (String setting : settings) {
            url.append(';').append(setting);
        }
        return url.toString();
    }
}
