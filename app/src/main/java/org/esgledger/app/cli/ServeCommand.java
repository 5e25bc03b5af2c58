package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.user.Users;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code esg serve [--port 8080] [--bind 127.0.0.1]}: the web application on the workspace
 * (docs/web.md), until stopped (Ctrl-C). The only command whose application is a web application;
 * every other command starts none ({@link EsgCommand#open()}).
 */
@Command(name = "serve", description = {"Start the web application on the workspace (sign-in with the users of esg user add), until Ctrl-C.",
        "在工作区上启动网页应用（以 esg user add 添加的用户登录），按 Ctrl-C 停止。"})
class ServeCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only). Another address serves the network: "
                    + "put a TLS proxy in front (docs/web.md).")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = start();
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> closed.countDown());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("ESG Ledger 网页应用 / web application: %s (Ctrl-C 停止 / to stop)%n", address(context));
        if (!context.getBean(Users.class).any()) {
            out.printf("工作区尚无用户 / The workspace has no user yet: esg user add NAME --role admin,manager%n");
        }
        out.flush();
        closed.await();
        return 0;
    }

    /** Starts the web application and returns it once it listens. */
    ConfigurableApplicationContext start() {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new EsgException(AppMessages.of("serve.badBind", bind, e.getMessage()));
        }
        try {
            // the autoconfigurations the other commands leave out (application.properties) are the web application's;
            // a server that cannot start is reported once, by the command, unless --verbose
            String quiet = esg.verbose ? "INFO" : "OFF";
            return esg.open(WebApplicationType.SERVLET, "--spring.autoconfigure.exclude=", "--server.port=" + port,
                    "--server.address=" + address.getHostAddress(), "--logging.level.org.springframework.boot.diagnostics=" + quiet,
                    "--logging.level.org.springframework.boot.web.server.servlet.context=" + (esg.verbose ? "INFO" : "ERROR"));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof PortInUseException) {
                    throw new EsgException(AppMessages.of("serve.portInUse", address.getHostAddress(), String.valueOf(port)));
                }
            }
            throw e;
        }
    }

    /** {@code http://127.0.0.1:8080/}: the address and the port the server listens on. */
    String address(ConfigurableApplicationContext context) {
        int local = ((WebServerApplicationContext) context).getWebServer().getPort();
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + local + "/";
    }
}
