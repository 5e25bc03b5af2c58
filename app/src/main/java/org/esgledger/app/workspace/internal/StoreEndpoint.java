package org.esgledger.app.workspace.internal;

import java.util.Optional;

/** Where the application connects: the workspace's embedded server, or the external one. */
final class StoreEndpoint implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final Optional<EmbeddedServer> server;

    StoreEndpoint(String url, String user, String password, Optional<EmbeddedServer> server) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.server = server;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        server.ifPresent(EmbeddedServer::close);
    }
}
