package org.entrepot.gateway;

/** The consumer endpoint both queue routes use: one local JMS transaction per message. */
final class TransactedQueue {

    private TransactedQueue() {
    }

    /**
     * @param queue     the queue to consume
     * @param consumers how many messages are handled at once, at least 1
     */
    static String consumer(String queue, int consumers) {
        if (consumers < 1) {
            throw new IllegalArgumentException("at least one consumer: " + consumers);
        }
        return "jms:queue:" + queue
                + "?concurrentConsumers=" + consumers + "&maxConcurrentConsumers=" + consumers
                // a plain local JMS transaction per message; no transaction manager, no XA
                + "&transacted=true&lazyCreateTransactionManager=false&cacheLevelName=CACHE_CONSUMER"
                // the JMS message as it is: the route reads it, Camel's header mapping is not involved
                + "&mapJmsMessage=false"
                // GatewayErrors has logged the failure already; the listener's own report would repeat it
                + "&errorHandlerLoggingLevel=DEBUG&errorHandlerLogStackTrace=false";
    }
}
