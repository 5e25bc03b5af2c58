package org.esgledger.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.user.UserView;
import org.esgledger.app.user.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code esg user enable} and {@code esg user roles}: what an admin changes on a user's access besides scope, the same
 * {@link Users} calls the administration pages make (checked there, recorded with the reason, the last admin kept).
 */
final class UserAccessCommands {

    private UserAccessCommands() {
    }

    /** {@code esg user enable NAME --reason TEXT [--by ADMIN]}. */
    @Command(name = "enable", description = {"Enable a disabled user again, with the roles and scope they had.", "重新启用已停用的用户，沿用其原有角色和范围。"})
    static class Enable implements Callable<Integer> {
        @ParentCommand
        UserCommand user;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (recorded).")
        String reason;
        @Option(names = "--by", paramLabel = "ADMIN", description = "The admin (default: the user your login is mapped to).")
        String by;

        @Override
        public Integer call() {
            try (var context = user.esg.open()) {
                Users users = context.getBean(Users.class);
                users.enable(users.actor(Optional.ofNullable(by)), name, reason);
                spec.commandLine().getOut().printf("已启用 / Enabled: %s%n", name.strip());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** {@code esg user roles NAME --role R[,R] --reason TEXT [--by ADMIN]}: replaces the user's roles. */
    @Command(name = "roles", description = {"Replace a user's roles (the last enabled admin keeps the admin role).",
            "替换用户的角色（最后一位启用的管理员保留管理员角色）。"})
    static class Roles implements Callable<Integer> {
        @ParentCommand
        UserCommand user;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "Roles, comma-separated: admin, manager, contributor, reviewer, auditor.")
        List<String> roles;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (recorded).")
        String reason;
        @Option(names = "--by", paramLabel = "ADMIN", description = "The admin (default: the user your login is mapped to).")
        String by;

        @Override
        public Integer call() {
            try (var context = user.esg.open()) {
                Users users = context.getBean(Users.class);
                UserView changed = users.roles(users.actor(Optional.ofNullable(by)), name, UserCommand.roles(roles), reason);
                spec.commandLine().getOut().printf("角色已更改 / Roles changed: %s (%s)%n", changed.name(), UserCommand.roleList(changed.roles()));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
