package org.entrepot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entrepot.config.GatewayConfig;
import org.entrepot.receive.HttpIntakeRoute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entrepot serve}: the gateway, until it is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the gateway until stopped (Ctrl-C or SIGTERM): inbox folder, HTTP intake,",
                "durable queue, and the flow identify, check, translate, sign, deliver.",
                "Settings come from --config, then ENTREPOT_* environment variables, then -Dentrepot.* properties."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "gateway properties file (every key is optional)")
    Path configFile;

    @Override
    public Integer call() throws InterruptedException {
        GatewayConfig config = GatewayConfig.load(configFile);
        RunningGateway running = RunningGateway.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "entrepot-shutdown"));
        running.issueMissingTokens(System.out);
        System.out.printf("Entrepot is ready in %d ms: POST http://%s:%d%s, inbox %s, outbox %s%n",
                running.gateway().startupTime().toMillis(), config.httpHost(), running.gateway().httpPort(),
                HttpIntakeRoute.DOCUMENTS_PATH, config.inboxDir(), config.outboxDir());
        stopped.await();
        return 0;
    }
}
