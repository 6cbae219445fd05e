package org.entrepot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the gateway keeps its state; shared by the commands that need it. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${ENTREPOT_DATA_DIR:-data}",
            description = "data folder: broker journal, tracking, archive, quarantine, demo PKI (default: ${DEFAULT-VALUE})")
    Path dataDir;
}
