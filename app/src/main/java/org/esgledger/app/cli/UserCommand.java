package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.user.Enrolment;
import org.esgledger.app.user.NewUser;
import org.esgledger.app.user.OneTimeCode;
import org.esgledger.app.user.SignInCodes;
import org.esgledger.app.user.UserView;
import org.esgledger.app.user.Users;
import org.esgledger.engine.i18n.EsgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code esg user add|list|disable|enable|roles|scope|reset}: the workspace's users; every change is an admin's, recorded in the audit trail.
 * Adding a user and resetting one print the one-time code for their (next) first sign-in to the web application.
 */
@Command(name = "user", description = {"Manage the workspace's users: add, list, disable, enable, roles, scope, reset.",
        "管理工作区用户：添加、列出、停用、启用、更改角色、设定范围、重置。"},
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserAccessCommands.Disable.class, UserCommand.ScopeOf.class,
                UserCommand.Reset.class, UserAccessCommands.Enable.class, UserAccessCommands.Roles.class})
class UserCommand {

    @ParentCommand
    EsgCommand esg;

    /** {@code esg user add NAME --role R[,R] [--display TEXT] [--os-login L] [--by ADMIN]}. */
    @Command(name = "add", description = {"Add a user and print the one-time code for their first sign-in to the web application (esg serve). "
            + "The first user of a workspace must be an admin and needs no --by.",
            "添加用户，并打印其首次登录网页应用（esg serve）所用的一次性代码。工作区的第一个用户须为管理员，无需 --by。"})
    static class Add implements Callable<Integer> {
        @ParentCommand
        UserCommand user;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "Login within ESG Ledger: 2 to 40 of a-z 0-9 . _ -")
        String name;
        @Option(names = "--display", paramLabel = "TEXT", description = "Display name.")
        String display = "";
        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "Roles, comma-separated: admin, manager, contributor, reviewer, auditor.")
        List<String> roles;
        @Option(names = "--os-login", paramLabel = "LOGIN", description = "The operating-system login that acts as this user without --by.")
        String osLogin;
        @Option(names = "--by", paramLabel = "ADMIN", description = "The admin who adds the user (default: the user your login is mapped to).")
        String by;

        @Override
        public Integer call() {
            NewUser u = new NewUser(name.strip(), display, roles(roles), Optional.ofNullable(osLogin));
            try (var context = user.esg.open()) {
                Users users = context.getBean(Users.class);
                SignInCodes codes = context.getBean(SignInCodes.class);
                Enrolment added = users.any() ? codes.enrol(users.actor(Optional.ofNullable(by)), u) : codes.enrolFirst(u);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("已添加用户 / User added: %s (%s)%n", added.user().name(), roleList(added.user().roles()));
                printCode(out, added.code());
            }
            return 0;
        }
    }

    /** {@code esg user list}. */
    @Command(name = "list", description = {"List the users with their roles, login and scope.", "列出用户及其角色、登录名和范围。"})
    static class ListUsers implements Callable<Integer> {
        @ParentCommand
        UserCommand user;
        @Spec
        CommandSpec spec;
        @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        public Integer call() {
            try (var context = user.esg.open()) {
                Output output = new Output(List.of("name", "display_name", "roles", "os_login", "enabled", "scope"), List.of());
                for (UserView u : context.getBean(Users.class).list()) {
                    output.row(List.of(u.name(), u.displayName(), roleList(u.roles()), u.osLogin().orElse(""), Boolean.toString(u.enabled()),
                            u.scope().equals(Scope.NONE) ? "" : u.scope().describe()));
                }
                output.write(format, spec.commandLine().getOut());
            }
            return 0;
        }
    }

    /** {@code esg user scope NAME --entity E… --ledger K… --indicator-group G…}: replaces the user's scope. */
    @Command(name = "scope", description = {"Set the entities, ledger kinds and indicator groups a contributor or reviewer acts on (replaces them).",
            "设定填报人或复核人可操作的主体、台账类型和指标组（整体替换）。"})
    static class ScopeOf implements Callable<Integer> {
        @ParentCommand
        UserCommand user;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--entity", split = ",", paramLabel = "CODE", description = "Entity codes.")
        List<String> entities = new ArrayList<>();
        @Option(names = "--ledger", split = ",", paramLabel = "KIND", description = "Ledger kinds.")
        List<String> ledgers = new ArrayList<>();
        @Option(names = "--indicator-group", split = ",", paramLabel = "GROUP", description = "Indicator groups.")
        List<String> groups = new ArrayList<>();
        @Option(names = "--by", paramLabel = "ADMIN", description = "The admin (default: the user your login is mapped to).")
        String by;

        @Override
        public Integer call() {
            try (var context = user.esg.open()) {
                Users users = context.getBean(Users.class);
                UserView u = users.scope(users.actor(Optional.ofNullable(by)), name,
                        new Scope(new TreeSet<>(entities), new TreeSet<>(ledgers), new TreeSet<>(groups)));
                spec.commandLine().getOut().printf("范围 / Scope of %s: %s%n", u.name(), u.scope().describe());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** {@code esg user reset NAME [--by ADMIN]}: a new one-time code; the user's password stops working. */
    @Command(name = "reset", description = {"Issue a new one-time code for a user's sign-in to the web application; their password, if any, "
            + "stops working. Recorded.", "为用户签发新的网页应用登录一次性代码；其原有密码随即失效。记入审计记录。"})
    static class Reset implements Callable<Integer> {
        @ParentCommand
        UserCommand user;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--by", paramLabel = "ADMIN", description = "The admin (default: the user your login is mapped to).")
        String by;

        @Override
        public Integer call() {
            try (var context = user.esg.open()) {
                Users users = context.getBean(Users.class);
                OneTimeCode code = context.getBean(SignInCodes.class).reset(users.actor(Optional.ofNullable(by)), name);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("已重置 / Reset: %s%n", name.strip());
                printCode(out, code);
            }
            return 0;
        }
    }

    /** The code, once: it is stored only as a hash. */
    static void printCode(PrintWriter out, OneTimeCode code) {
        out.printf("一次性登录代码 / One-time sign-in code: %s%n", code.code());
        out.printf("  首次登录（esg serve）时用于设置密码，仅可使用一次，有效期至 / sets the password at the first sign-in (esg serve), "
                + "once, until %s%n", code.expiresAt());
        out.flush();
    }

    static Set<Role> roles(List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String c : codes) {
            roles.add(Role.parse(c).orElseThrow(() -> new EsgException(AppMessages.of("user.badRole", c))));
        }
        return roles;
    }

    static String roleList(Set<Role> roles) {
        return String.join(",", roles.stream().sorted().map(Role::code).toList());
    }
}
