package org.entrepot.translate;

import java.nio.file.Path;

/** A mapping folder that cannot be used: names the file and the key, and stops start-up. */
public final class MappingConfigException extends RuntimeException {

    public MappingConfigException(Path file, String key, String problem) {
        super(file + (key.isEmpty() ? "" : ", " + key) + ": " + problem);
    }

    public MappingConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
