package org.esgledger.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.user.UserView;
import org.esgledger.app.user.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code esg user disable}, {@code enable} and {@code roles}: an admin's changes to a user's access that take a reason, the
 * same {@link Users} calls the administration pages make (checked there, recorded with the reason, the last admin kept).
 */
final class UserAccessCommands {

    private UserAccessCommands() {
    }

    /** A change to one user, by an admin, with a reason: prints what it did. */
    abstract static class ReasonedChange implements Callable<Integer> {
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

        /** Makes the change and says what was done, in both languages. */
        abstract String change(Users users, Actor admin);

        @Override
        public Integer call() {
            try (var context = user.esg.open()) {
                Users users = context.getBean(Users.class);
                spec.commandLine().getOut().println(change(users, users.actor(Optional.ofNullable(by))));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** {@code esg user disable NAME --reason TEXT [--by ADMIN]}. */
    @Command(name = "disable", description = {"Disable a user: kept with their history, they can no longer act.", "停用用户：保留其记录，但不能再操作。"})
    static class Disable extends ReasonedChange {
        @Override
        String change(Users users, Actor admin) {
            users.disable(admin, name, reason);
            return "已停用 / Disabled: " + name;
        }
    }

    /** {@code esg user enable NAME --reason TEXT [--by ADMIN]}. */
    @Command(name = "enable", description = {"Enable a disabled user again, with the roles and scope they had.", "重新启用已停用的用户，沿用其原有角色和范围。"})
    static class Enable extends ReasonedChange {
        @Override
        String change(Users users, Actor admin) {
            users.enable(admin, name, reason);
            return "已启用 / Enabled: " + name.strip();
        }
    }

    /** {@code esg user roles NAME --role R[,R] --reason TEXT [--by ADMIN]}: replaces the user's roles. */
    @Command(name = "roles", description = {"Replace a user's roles (the last enabled admin keeps the admin role).",
            "替换用户的角色（最后一位启用的管理员保留管理员角色）。"})
    static class Roles extends ReasonedChange {
        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "Roles, comma-separated: admin, manager, contributor, reviewer, auditor.")
        List<String> roles;

        @Override
        String change(Users users, Actor admin) {
            UserView changed = users.roles(admin, name, UserCommand.roles(roles), reason);
            return "角色已更改 / Roles changed: " + changed.name() + " (" + UserCommand.roleList(changed.roles()) + ")";
        }
    }
}
