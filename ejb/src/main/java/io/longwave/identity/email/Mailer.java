package io.longwave.identity.email;

import io.longwave.identity.options.IdentityOptions;
import io.longwave.identity.options.IdentitySettings;
import io.longwave.platform.config.DeploymentSettings;
import io.longwave.platform.config.ServerSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Sends the Identity Server's e-mails. {@link #send} renders the message at once (so that a template error
 * fails the request) but delivers only after the caller's transaction has committed, on a small pool of
 * background threads: a rolled-back registration sends nothing, and a slow mail server never holds a request.
 * A failed delivery is logged without the body (it carries tokens) and counted in
 * {@code identity_email_failed_total}; the request that caused it has long succeeded.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final int QUEUE = 1000;

    @Inject
    IdentitySettings settings;

    @Inject
    ServerSettings server;

    @Inject
    Event<OutgoingEmail> outbox;

    @Inject
    MetricRegistry metrics;

    private ExecutorService senders;

    @PostConstruct
    void start() {
        // Plain threads carry no class loader of the application; Jakarta Mail looks its providers up there.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(1, Math.min(settings.get().email().smtpConnections(), 8));
        senders = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "longwave-mail-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        senders.shutdown();
    }

    /** Renders {@code template} for {@code to} and queues it for delivery once the current transaction commits. */
    public void send(EmailTemplate template, String to, Map<String, String> values) {
        IdentityOptions.Email options = settings.get().email();
        Map<String, String> all = new HashMap<>(values);
        String identityServerUrl = identityServerUrl(options);
        all.put("network_name", options.networkName());
        all.put("identity_server_url", identityServerUrl);
        all.put("console_url", options.consoleUrl().isBlank() ? identityServerUrl + "/console" : options.consoleUrl());
        EmailMessage message = template.render(to, all);
        String domain = options.senderAddress().substring(options.senderAddress().indexOf('@') + 1);
        OutgoingEmail email = new OutgoingEmail(message, options.senderAddress(), options.senderName(), Instant.now(),
                "<" + UUID.randomUUID() + "@" + domain + ">");
        LOG.info("email.queued kind=" + template.name().toLowerCase() + " message_id=" + email.messageId());
        outbox.fire(email);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingEmail email) {
        try {
            senders.execute(() -> deliver(email));
        } catch (RejectedExecutionException e) {
            failed("queue_full", email, "the mail queue is full");
        }
    }

    private void deliver(OutgoingEmail email) {
        MailRoute route;
        try {
            route = MailRoute.resolve(settings.get().email(), deployment());
        } catch (IllegalArgumentException e) {
            failed("config", email, e.getMessage());
            return;
        }
        try {
            switch (route.provider()) {
                case DIR -> DirectoryTransport.deliver(Path.of(route.dir()), email);
                case SMTP -> SmtpTransport.deliver(route, email);
                case NONE -> {
                    LOG.warning("email.not_sent reason=\"no e-mail provider: set is.email.provider or TTS_SMTP_HOST\" message_id="
                            + email.messageId());
                    metrics.counter("identity_email_unsent", new Tag("provider", "none")).inc();
                    return;
                }
            }
            metrics.counter("identity_email_sent", new Tag("provider", route.provider().name().toLowerCase())).inc();
            LOG.info("email.sent provider=" + route.provider().name().toLowerCase() + " message_id=" + email.messageId());
        } catch (Exception e) {
            // Mail exceptions name the server and its reply, never the password of the route.
            failed(route.provider().name().toLowerCase(), email, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void failed(String provider, OutgoingEmail email, String why) {
        metrics.counter("identity_email_failed", new Tag("provider", provider)).inc();
        LOG.log(Level.WARNING, "email.failed provider=" + provider + " message_id=" + email.messageId() + " reason=\"" + why + "\"");
    }

    private DeploymentSettings.Mail deployment() {
        try {
            return server.get().mail();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String identityServerUrl(IdentityOptions.Email options) {
        if (!options.identityServerUrl().isBlank()) {
            return options.identityServerUrl().replaceAll("/+$", "");
        }
        DeploymentSettings s = server.get();
        int port = s.listeners().httpsPort();
        return "https://" + s.domain() + (port == 443 ? "" : ":" + port);
    }
}
